import Foundation
import Testing
import TallyTestSupport

/// review29 S5 (issue 10): an export split by date into files (one a month, the cron
/// shape README gives; one a year; pages of a query) covers the days of all its parts.
/// Before, each file was a dataset of its own and a figure holding several was covered
/// only on the days every one covers: every month of a timeline was marked partial,
/// `aggregate` wrote `covered_by_input` (`none` for a month split between two files) and
/// a report's cover said "partial: no export 2022-10 data". Each test here failed on
/// main at fdea197 (checked), except those that keep datasets apart, which pin what
/// must not change.
@Suite struct ExportPartsCLITests {
    static let months = [31, 28, 31, 30, 31, 30]

    /// Daily Syria rows of 2023 from January to `lastMonth` (to day `lastDay` of it),
    /// `killed` 1 + day % 5 in Aleppo, and `injured` 2 on the odd days; split into one
    /// file per month (`m01.csv` …) and written whole (`whole.csv`). `header` may
    /// add columns (with empty values).
    static func export(_ d: String, lastMonth: Int = 6, lastDay: Int? = nil, skip: Set<Int> = [], header: String = "") throws -> [String] {
        let head = "date_start,country,adm_1,measure,best" + header + "\n"
        let pad = String(repeating: ",", count: header.filter { $0 == "," }.count)
        var whole = head, files: [String] = []
        for m in 1 ... lastMonth {
            var part = head
            for day in 1 ... (m == lastMonth ? lastDay ?? months[m - 1] : months[m - 1]) {
                let date = "2023-0\(m)-" + (day < 10 ? "0" : "") + "\(day)"
                part += "\(date),Syria,Aleppo,killed,\(1 + day % 5)\(pad)\n"
                if day % 2 == 1 { part += "\(date),Syria,Idlib,injured,2\(pad)\n" }
            }
            if skip.contains(m) { continue }
            whole += part.dropFirst(head.count)
            let name = d + "/m0\(m).csv"
            try part.write(toFile: name, atomically: false, encoding: .utf8)
            files.append(name)
        }
        try whole.write(toFile: d + "/whole.csv", atomically: false, encoding: .utf8)
        return files
    }

    @Test func monthlyFilesCoverAsTheWholeExportDoes() throws {
        let d = tempDir()
        let files = try Self.export(d, lastDay: 15)
        let args = ["--period", "month", "--format", "csv"]
        let whole = try tally(["aggregate", d + "/whole.csv"] + args)
        let parts = try tally(["aggregate"] + files + args)
        #expect(parts.status == 0 && whole.status == 0, "\(parts.stderr)")
        #expect(parts.stdout == whole.stdout, "\(parts.stdout)")
        #expect(parts.stdout.hasPrefix("country,period,measure,low,best,high,events,estimate,covered\n"))
        // The month to date stays partial.
        #expect(parts.stdout.contains("Syria,2023-06,killed,45,45,45,15,45,2023-06-01/2023-06-15\n"), "\(parts.stdout)")
        #expect(parts.stderr.contains("m01.csv, m02.csv … m06.csv (6 files) are read as parts of one export (one schema, the same columns "
                                      + "and a country in common, their dates apart): they cover the days of their records together"), "\(parts.stderr)")
        let info = try tally(["info"] + files)
        #expect(info.stdout.contains("  one export:   m01.csv and 5 more files are parts of one export (one dataset "
                                     + "for the coverage rule), covering 2023-01-01 to 2023-06-15\n"), "\(info.stdout)")
        // In reverse order, from standard input as one part, by quarter and year.
        #expect(try tally(["aggregate"] + files.reversed() + args).stdout == whole.stdout)
        let piped = try tally(["aggregate", "-"] + files.dropFirst() + args, stdin: try String(contentsOfFile: files[0], encoding: .utf8))
        #expect(piped.stdout == whole.stdout, "\(piped.stderr)")
        for kind in ["quarter", "year", "week"] {
            let a = try tally(["aggregate"] + files + ["--period", kind, "--format", "json"])
            #expect(a.stdout == (try tally(["aggregate", d + "/whole.csv", "--period", kind, "--format", "json"])).stdout, "\(kind)")
        }
    }

    /// review46 N-l: parts that share a day (one ends on the day the next begins; two
    /// one-day files of the same day) were said to have "their dates apart".
    @Test func partsThatShareADayAreNotSaidToBeApart() throws {
        let d = tempDir()
        let head = "date_start,country,adm_1,measure,best\n"
        // (b.csv of another governorate: the same day's rows alike in two files would be an overlap, refused.)
        func rows(_ days: ClosedRange<Int>, _ place: String) -> String { days.map { "2023-01-0\($0),Syria,\(place),killed,\($0)\n" }.joined() }
        for (name, days, place) in [("a", 1...3, "Aleppo"), ("b", 3...5, "Idlib"), ("c", 6...8, "Aleppo")] {
            try (head + rows(days, place)).write(toFile: "\(d)/\(name).csv", atomically: false, encoding: .utf8)
        }
        let r = try tally(["aggregate", d + "/a.csv", d + "/b.csv", d + "/c.csv", "--period", "all"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("a.csv, b.csv and c.csv are read as parts of one export (one schema, the same columns and a country in common, "
                                  + "their dates apart but for a day where one ends and the next begins: 2023-01-03): they cover"), "\(r.stderr)")
        #expect(!r.stderr.contains("their dates apart)"), "\(r.stderr)")
        // Dates truly apart are still said so.
        let apart = try tally(["aggregate", d + "/a.csv", d + "/c.csv", "--period", "all"])
        #expect(apart.stderr.contains("a.csv and c.csv are read as parts of one export (one schema, the same columns and a country in common, their dates apart)"),
                "\(apart.stderr)")
    }

    /// review40 N3: halves of a UCDP GED export split by side (or by type of violence,
    /// by country) were said to be "parts of one export split by date (..., their dates
    /// apart)" while their dates overlap. Said as what is known: parts of one export,
    /// their dates overlapping, read as one by their event ids; the figures as the whole's.
    @Test func partsWhoseDatesOverlapAreNotSaidToBeSplitByDate() throws {
        let d = tempDir()
        let lines = try String(contentsOfFile: packageRoot + "/Tests/Fixtures/inputs/ged-191.csv", encoding: .utf8)
            .split(separator: "\n").map(String.init)
        // Events 1 and 3 (20 February, 4 March) in one half, 2 and 4 (21 February, 30 December) in the other.
        try ([lines[0], lines[1], lines[3]].joined(separator: "\n") + "\n").write(toFile: d + "/a.csv", atomically: false, encoding: .utf8)
        try ([lines[0], lines[2], lines[4]].joined(separator: "\n") + "\n").write(toFile: d + "/b.csv", atomically: false, encoding: .utf8)
        let args = ["--period", "month", "--format", "csv"]
        let halves = try tally(["aggregate", d + "/a.csv", d + "/b.csv"] + args)
        #expect(halves.status == 0, "\(halves.stderr)")
        #expect(halves.stdout == (try tally(["aggregate", packageRoot + "/Tests/Fixtures/inputs/ged-191.csv"] + args)).stdout)
        #expect(halves.stderr.contains("a.csv and b.csv are read as parts of one export (one schema, the same columns and a country in common; "
                                       + "their dates overlap, and their UCDP GED event ids are one system, so an event in two of them is counted once)"),
                "\(halves.stderr)")
        #expect(!halves.stderr.contains("split by date") && !halves.stderr.contains("dates apart"), "\(halves.stderr)")
        let info = try tally(["info", d + "/a.csv", d + "/b.csv"])
        #expect(info.stdout.contains("  one export:   a.csv and b.csv are parts of one export (one dataset for the coverage rule)"), "\(info.stdout)")
        #expect(!info.stdout.contains("split by date"), "\(info.stdout)")
    }

    /// A month split between two files (cut on the 15th): `covered` empty, not `none`.
    @Test func aMonthSplitBetweenTwoFilesIsCovered() throws {
        let d = tempDir()
        _ = try Self.export(d, lastMonth: 3)
        let lines = try String(contentsOfFile: d + "/whole.csv", encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let cut = lines.firstIndex { $0.hasPrefix("2023-02-16") }!
        try (lines[..<cut].joined(separator: "\n") + "\n").write(toFile: d + "/a.csv", atomically: false, encoding: .utf8)
        try (lines[0] + "\n" + lines[cut...].joined(separator: "\n")).write(toFile: d + "/b.csv", atomically: false, encoding: .utf8)
        let r = try tally(["aggregate", d + "/a.csv", d + "/b.csv", "--period", "month", "--measure", "killed", "--format", "csv"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Syria,2023-02,killed,") && !r.stdout.contains("none") && !r.stdout.contains("covered_by_input"), "\(r.stdout)")
    }

    /// Pages of 100 rows in published order; a page may end inside a day.
    @Test func pagesInDateOrderAreOneExport() throws {
        let d = tempDir()
        _ = try Self.export(d)
        let lines = try String(contentsOfFile: d + "/whole.csv", encoding: .utf8).split(separator: "\n").map(String.init)
        var pages: [String] = []
        for (k, start) in stride(from: 1, to: lines.count, by: 100).enumerated() {
            let name = d + "/p\(k).csv"
            try ([lines[0]] + lines[start ..< min(start + 100, lines.count)]).joined(separator: "\n").appending("\n")
                .write(toFile: name, atomically: false, encoding: .utf8)
            pages.append(name)
        }
        let args = ["--period", "month", "--format", "csv"]
        #expect(try tally(["aggregate"] + pages + args).stdout == (try tally(["aggregate", d + "/whole.csv"] + args)).stdout)
    }

    /// The timeline of monthly files marks nothing partial; a missing month is a gap
    /// (no point, never a zero), for a source said to report continuously too.
    @Test func timelinesMarkNothingPartialAndKeepAMissingMonthOut() throws {
        let d = tempDir()
        let files = try Self.export(d)
        let r = try tally(["chart", "timeline"] + files + ["--measure", "killed", "--period", "month", "-o", d + "/t.png", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.contains("partial"), "\(r.stdout)")
        let e = tempDir()
        let gapped = try Self.export(e, skip: [3])
        for extra in [[], ["--continuous"]] {
            let g = try tally(["chart", "timeline"] + gapped + ["--measure", "killed", "--period", "month", "-o", e + "/g.png", "--json"] + extra)
            #expect(g.status == 0, "\(g.stderr)")
            #expect(!g.stdout.contains("partial") && !g.stdout.contains("Lowest 0") && !g.stdout.contains("0 in March"), "\(extra) \(g.stdout)")
            #expect(g.stderr.contains("except 2023-03-01 to 2023-03-31, between parts, which none of them covers"), "\(g.stderr)")
            let csv = try tally(["aggregate"] + gapped + ["--period", "quarter", "--measure", "killed", "--format", "csv"])
            #expect(csv.stdout.contains("Syria,2023-Q1,killed,") && csv.stdout.contains(",2023-01-01/2023-02-28\n"), "\(csv.stdout)")
        }
    }

    @Test func aBarChartOfOneMonthIsComplete() throws {
        let d = tempDir()
        let files = try Self.export(d)
        let r = try tally(["chart", "bar"] + files + ["--measure", "killed", "--by", "adm1", "--period", "2023-02", "-o", d + "/b.png", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.contains("partial"), "\(r.stdout)")
    }

    /// Files that are not parts of one export keep their own days: other columns, two
    /// monitors on the same days, another country.
    @Test func otherDatasetsStayApart() throws {
        let d = tempDir()
        let files = try Self.export(d, lastMonth: 2)
        // Other columns (a second source's format).
        let e = tempDir()
        let other = try Self.export(e, lastMonth: 3, header: ",actor")
        let r = try tally(["aggregate", files[0], other[2], "--period", "month", "--format", "csv"])
        #expect(r.stdout.contains("covered_by_input") && !r.stderr.contains("parts of one export"), "\(r.stdout)")
        // Two monitors of one format on the same days: the one ending on 10 May leaves
        // May partial for totals.
        let f = tempDir()
        _ = try Self.export(f, lastMonth: 5, lastDay: 10)
        let g = tempDir()
        _ = try Self.export(g, lastMonth: 5)
        let two = try tally(["aggregate", f + "/whole.csv", g + "/whole.csv", "--period", "month", "--measure", "killed", "--format", "csv",
                             "--overlap", "both"])
        #expect(two.status == 0, "\(two.stderr)")
        #expect(two.stdout.contains(",2023-05-01/2023-05-10\n") && !two.stderr.contains("parts of one export"), "\(two.stdout)")
        // Another country in the same format, starting as the first ends.
        let iraq = try String(contentsOfFile: files[1], encoding: .utf8).replacingOccurrences(of: "Syria", with: "Iraq")
        try iraq.write(toFile: d + "/iraq.csv", atomically: false, encoding: .utf8)
        let i = try tally(["aggregate", files[0], d + "/iraq.csv", "--period", "month", "--measure", "killed", "--format", "csv"])
        #expect(i.stdout.contains("covered_by_input") && !i.stderr.contains("parts of one export"), "\(i.stdout)")
    }

    /// The report of six monthly datasets of one source (review29's mt.yml): the cover
    /// and headline say nothing is partial; `latest` is the last whole month.
    @Test func aReportOfMonthlyDatasetsIsNotPartial() throws {
        let d = tempDir()
        let files = try Self.export(d, lastDay: 15)
        var spec = "title: Months\nname: mt\nperiod: 2023-02\ndatasets:\n"
        for (k, f) in files.enumerated() {
            spec += "  - path: \(f)\n    name: export \(k + 1)\n    source: test\n    licence: CC0\n    attribution: test\n"
        }
        spec += "sections:\n  - type: summary\n    title: Headline\n    measures: [killed]\n"
            + "  - type: timeline\n    id: tl\n    title: Killed per month\n    measure: killed\n    periods: 6\n"
        try spec.write(toFile: d + "/mt.yml", atomically: false, encoding: .utf8)
        let r = try tally(["report", d + "/mt.yml", "--out-dir", d + "/out", "--format", "html"])
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOfFile: d + "/out/mt-2023-02.html", encoding: .utf8)
        #expect(!html.contains("partial") && !html.contains("not covered"), "\(html)")
        let latest = try tally(["report", d + "/mt.yml", "--out-dir", d + "/out2", "--format", "html", "--period", "latest"])
        #expect(latest.status == 0 && latest.stdout.contains("mt-2023-05.html"), "\(latest.stdout) \(latest.stderr)")
    }
}
