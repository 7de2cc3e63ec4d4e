import Foundation
import Testing
import TallyTestSupport

/// The bundled real UCDP data through the command line, as a newcomer would first
/// meet it.
@Suite struct RealDataCommandTests {
    let syria = packageRoot + "/Datasets/ucdp/ucdp_ged_syria_2016_2019.csv"

    @Test func infoGivesANewcomersFirstLook() throws {
        let r = try tally(["info", syria])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("schema:       ucdp-ged (recognised from the header)"))
        #expect(r.stdout.contains("rows:         16,566"))
        #expect(r.stdout.contains("dates:        2016-01-01 to 2019-11-30 (date_start)"))
        #expect(r.stdout.contains("killed: flow, total 112,337 (104,742–119,193) (low 104,742, best 112,337, high 119,193), 16,566 events"))
        #expect(r.stdout.contains("101 rows have figures out of order as published (high < best: 71, low > best: 30); each is widened to the envelope of its figures, best unchanged: in all, lows 187 lower and highs 173 higher than as published"))
    }

    @Test func countryTotalsEqualUCDPsOwnAndQuirksGoToStderr() throws {
        let r = try tally(["aggregate", syria, "--by", "country", "--period", "all", "--measure", "killed", "--format", "csv"])
        #expect(r.status == 0)
        #expect(r.stdout == "country,period,measure,low,best,high,events,estimate,covered\nSyria,all,killed,104742,112337,119193,16566,\"112,337 (104,742–119,193)\",\n")
        #expect(r.stderr.contains("101 rows in the result have figures out of order as published (high < best: 71, low > best: 30); each is widened to the envelope of its figures, best unchanged"))
    }

    /// `--repair-ranges` asked for what is now always done: the same result, and a note.
    @Test func repairRangesIsTheRuleNow() throws {
        let args = ["aggregate", syria, "--by", "adm1", "--period", "month", "--measure", "killed", "--format", "csv"]
        let plain = try tally(args), old = try tally(args + ["--repair-ranges"])
        #expect(plain.status == 0 && old.status == 0)
        #expect(old.stdout == plain.stdout)
        #expect(old.stderr.contains("--repair-ranges is no longer needed"))
        #expect(!plain.stderr.contains("--repair-ranges"))
    }

    @Test func byAcceptsAtMostTwoSourceColumns() throws {
        let ok = try tally(["aggregate", syria, "--by", "side_b,type_of_violence", "--period", "all", "--measure", "killed",
                            "--format", "csv"])
        #expect(ok.status == 0)
        #expect(ok.stdout.hasPrefix("side_b,type_of_violence,period,measure,low,best,high,events,estimate,covered\n"))
        let tooMany = try tally(["aggregate", syria, "--by", "side_b,type_of_violence,conflict_name"])
        #expect(tooMany.status == 64)
        #expect(tooMany.stderr.contains("at most 2 source columns"))
        #expect(tooMany.stdout.isEmpty)
    }

    @Test func chartsPrintTheSameNotesAsAggregate() throws {
        let d = tempDir()
        let r = try tally(["chart", "bar", syria, "--by", "adm1", "--measure", "killed", "--top", "5", "-o", d + "/s.png"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("figures out of order as published"))
    }

    /// The SVG's text lines, in drawing order.
    func svgTexts(_ path: String) throws -> [String] {
        let svg = try String(contentsOfFile: path, encoding: .utf8)
        return svg.components(separatedBy: "<text").dropFirst().compactMap { part in
            guard let gt = part.firstIndex(of: ">") else { return nil }
            let rest = part[part.index(after: gt)...]
            return String(rest.prefix { $0 != "<" })
        }
    }

    /// Events dated only to spans longer than the period are left out of a chart by
    /// period, and its footer says so with the figure (issue 10, item 1 footnote).
    @Test func chartsByPeriodSayWhatTheDateSpanRuleLeftOut() throws {
        let d = tempDir()
        let t = try tally(["chart", "timeline", syria, "--measure", "killed", "--period", "month", "-o", d + "/t.svg"])
        #expect(t.status == 0, "\(t.stderr)")
        let texts = try svgTexts(d + "/t.svg")
        #expect(texts.contains("21,184 (15,995–21,330) killed in events dated only to spans longer than a month are not shown by month"))
        // The charts of one period of 2016 below read the file's records of its first half
        // (the same bytes as from the whole file, WindowCoverageCLITests.syriaFirstHalf2016).
        let h1 = WindowCoverageCLITests.syriaFirstHalf2016
        // One month: the nine year-dated events of January 2016 are not in its bars.
        let b = try tally(["chart", "bar", h1, "--by", "adm1", "--measure", "killed", "--period", "2016-01", "-o", d + "/b.svg"])
        #expect(b.status == 0, "\(b.stderr)")
        let bars = try svgTexts(d + "/b.svg")
        #expect(bars.contains("16,564 (11,588–16,590) killed in events dated only to spans longer than a month are not counted in January 2016"))
        // Deir ez Zor: as published 649/614/649 (one row low 177, best 142) was labelled
        // "614", hiding a low above the best; widened, the row is 142/142/177.
        #expect(bars.contains("614 (614–649)"))
        #expect(!bars.contains { $0.hasPrefix("16,") && !$0.contains("dated") })
        // Review 10c F1: the same dates as --from/--to are the same bars; the year-dated
        // events were one "(governorate not given) 16,553" bar there, with no footnote.
        let w = try tally(["chart", "bar", h1, "--by", "adm1", "--measure", "killed", "--from", "2016-01-01", "--to", "2016-01-31",
                           "-o", d + "/w.svg"])
        #expect(w.status == 0, "\(w.stderr)")
        let window = try svgTexts(d + "/w.svg")
        #expect(window.contains("16,564 (11,588–16,590) killed in events whose date spans reach outside 2016-01-01 to 2016-01-31 are not counted"))
        #expect(!window.contains { $0.hasPrefix("16,") && !$0.contains("date spans") })
        func figures(_ texts: [String]) -> [String] { texts.filter { $0.first?.isNumber == true && !$0.contains(" ") || $0.contains(" (") && $0.first?.isNumber == true && $0.count < 20 } }
        #expect(figures(window) == figures(bars), "\(figures(window)) vs \(figures(bars))")
        // Review 10c F6: February 2016 leaves out every long span that overlaps it, also
        // the year-dated events starting in January: 16,615, as the report on February
        // says on its cover, under its bar charts, its table and in its alt text and web
        // page. The CLI said 51 (the one span starting in February); a day said nothing.
        let feb = "16,615 (11,639–16,641) killed in events dated only to spans longer than a month"
        let f = try tally(["chart", "bar", h1, "--by", "actor", "--measure", "killed", "--period", "2016-02", "-o", d + "/f.svg", "--json"])
        #expect(f.status == 0, "\(f.stderr)")
        #expect(try svgTexts(d + "/f.svg").contains(feb + " are not counted in February 2016"))
        #expect(f.stdout.contains(feb + " are not counted in February 2016"))
        let r = try tally(["report", packageRoot + "/Reports/syria-ucdp.yml", "--period", "2016-02", "--out-dir", d + "/r",
                           "--format", "html,csv", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains(feb + " are not counted in February 2016"))   // the bar charts' alt text
        // The page's text: its figures are in spans of their own (review15 item 10).
        let html = try String(contentsOfFile: d + "/r/syria-ucdp-2016-02.html", encoding: .utf8)
            .replacingOccurrences(of: "<span class=\"n\" dir=\"ltr\">([^<]*)</span>", with: "$1", options: .regularExpression)
        #expect(html.contains(feb + " that include February 2016 are not in this figure"))   // the cover
        #expect(html.contains(feb + " are not counted in February 2016."))   // the table's note
        // A day inside the spans: the same rule, not silence.
        let oneDay = try tally(["chart", "bar", h1, "--by", "actor", "--measure", "killed", "--period", "2016-02-10", "-o", d + "/day.svg"])
        #expect(oneDay.status == 0, "\(oneDay.stderr)")
        let dayTexts = try svgTexts(d + "/day.svg")
        #expect(dayTexts.contains { $0.hasSuffix("killed in events dated only to spans longer than a day are not counted in 2016-02-10") }, "\(dayTexts)")
        // --count-at-start keeps the publisher's rule, and the footnote says that instead.
        let s = try tally(["chart", "timeline", syria, "--measure", "killed", "--period", "month", "--count-at-start", "-o", d + "/s.svg"])
        #expect(s.status == 0, "\(s.stderr)")
        let start = try svgTexts(d + "/s.svg")
        #expect(start.contains("21,184 (15,995–21,330) killed in events dated only to spans longer than a month are counted in the month each starts in (--count-at-start)"))
        #expect(!start.contains { $0.contains("not shown by month") })
        // By year every one of them fits its year: no footnote.
        let y = try tally(["chart", "timeline", syria, "--measure", "killed", "--period", "year", "-o", d + "/y.svg"])
        #expect(y.status == 0, "\(y.stderr)")
        #expect(!(try svgTexts(d + "/y.svg")).contains { $0.contains("dated only") })
    }
}

/// A real UCDP GED release in the 49-column layout (`relid`, `code_status`,
/// `conflict_dset_id`, `gwnoa`, dates with a time of day), gzipped as shipped in
/// `Datasets/ucdp/` (its README gives the source): tally's totals against the same sums
/// made independently by Python's csv and gzip modules.
@Suite struct RealGED231SampleTests {
    let file = packageRoot + "/Datasets/ucdp/ucdp_ged231_sample.csv.gz"

    /// `python3` summing low, best, high and events per key over the file's rows, each
    /// row's low and high the least and largest of its three figures (13 of the 1,000
    /// rows have a best outside their published range and are widened as tally reads them).
    func pythonSums(key: String) throws -> [String: [Int]] {
        let script = """
        import csv, gzip, json, sys
        sums = {}
        with gzip.open(sys.argv[1], "rt", encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                k = eval(sys.argv[2])
                s = sums.setdefault(k, [0, 0, 0, 0])
                lo, b, hi = int(row["low"]), int(row["best"]), int(row["high"])
                s[0] += min(lo, b, hi); s[1] += b; s[2] += max(lo, b, hi); s[3] += 1
        print(json.dumps(sums))
        """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, file, key]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        return try JSONDecoder().decode([String: [Int]].self, from: data)
    }

    /// tally's CSV rows as key → [low, best, high, events].
    func tallySums(_ args: [String]) throws -> [String: [Int]] {
        let r = try tally(["aggregate", file, "--measure", "killed", "--format", "csv"] + args)
        #expect(r.status == 0, "\(r.stderr)")
        var out: [String: [Int]] = [:]
        for line in r.stdout.split(separator: "\n").dropFirst() {
            // key,period,measure,low,best,high,events,estimate (the key may be quoted).
            var fields: [String] = [], field = "", quoted = false
            for ch in line {
                if ch == "\"" { quoted.toggle() } else if ch == "," && !quoted { fields.append(field); field = "" } else { field.append(ch) }
            }
            fields.append(field)
            let key = fields[0]
            out[key] = [Int(fields[3])!, Int(fields[4])!, Int(fields[5])!, Int(fields[6])!]
        }
        return out
    }

    @Test func infoNamesTheReleaseLayout() throws {
        let r = try tally(["info", file])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("schema:       ucdp-ged (recognised from the header)"))
        #expect(r.stdout.contains("packaging:    gzip"))
        #expect(r.stdout.contains("date form:    YYYY-MM-DD with a time of day"))
        #expect(r.stdout.contains("rows:         1,000"))
        // As published the columns sum to 6,224 / 9,561 / 22,017; 13 rows widened.
        #expect(r.stdout.contains("killed: flow, total 9,561 (6,213–22,026) (low 6,213, best 9,561, high 22,026), 1,000 events"))
        #expect(r.stdout.contains("13 rows have figures out of order as published (high < best: 5, low > best: 8); each is widened to the envelope of its figures, best unchanged: in all, lows 11 lower and highs 9 higher than as published"))
        #expect(r.stdout.contains("duplicates:   none"))
    }

    @Test func countryTotalsEqualPythons() throws {
        let python = try pythonSums(key: "row['country']")
        #expect(python.count == 59)
        #expect(try tallySums(["--by", "country", "--period", "all"]) == python)
    }

    @Test func yearTotalsByStartDateEqualPythons() throws {
        let python = try pythonSums(key: "row['date_start'][:4]")
        #expect(python.count > 20)
        // By type of violence (1, 2, 3) and year of date_start, summed over the types.
        let years = try tally(["aggregate", file, "--measure", "killed", "--format", "csv", "--period", "year", "--count-at-start",
                               "--by", "type_of_violence"])
        #expect(years.status == 0, "\(years.stderr)")
        var perYear: [String: [Int]] = [:]
        for line in years.stdout.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            var s = perYear[f[1], default: [0, 0, 0, 0]]
            for k in 0 ..< 4 { s[k] += Int(f[3 + k])! }
            perYear[f[1]] = s
        }
        #expect(perYear == python)
    }
}
