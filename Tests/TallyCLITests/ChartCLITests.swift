import Foundation
import Testing
import TallyTestSupport

/// `tally chart` as a user runs it: format from the extension, atomic output,
/// byte-identical reruns.
/// A monthly timeline of one file from 5 January to 28 May 2023 (both ends partly
/// covered), rendered as SVG text with the extra options given.
func partlyCoveredTimeline() throws -> ([String]) throws -> String {
    let d = tempDir()
    let rows = ["2023-01-05", "2023-02-05", "2023-03-05", "2023-04-05", "2023-04-25", "2023-05-28"]
    try ("id,date_start,country,measure,best\n" + rows.enumerated().map { "r\($0.offset),\($0.element),A,killed,\(10 + $0.offset)" }
        .joined(separator: "\n") + "\n").write(toFile: d + "/may.csv", atomically: false, encoding: .utf8)
    return { extra in
        let out = d + "/t\(extra.count).svg"
        let r = try tally(["chart", "timeline", d + "/may.csv", "--measure", "killed", "--period", "month", "-o", out] + extra)
        #expect(r.status == 0, "\(r.stderr)")
        return try String(contentsOfFile: out, encoding: .utf8)
    }
}

@Suite struct ChartCommandTests {
    let news = packageRoot + "/Datasets/news-balkh-2023-04.csv"

    @Test(arguments: ["png", "pdf", "svg"])
    func sameCommandTwiceGivesIdenticalBytes(ext: String) throws {
        let d = tempDir()
        for name in ["a", "b"] {
            let r = try tally(["chart", "bar", news, "--by", "actor", "--measure", "killed", "--period", "2023",
                               "-o", "\(d)/\(name).\(ext)"])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
        let a = try Data(contentsOf: URL(fileURLWithPath: "\(d)/a.\(ext)"))
        let b = try Data(contentsOf: URL(fileURLWithPath: "\(d)/b.\(ext)"))
        #expect(a.count > 1000)
        #expect(a == b)
    }

    /// review32 N3: a chart of a stock that adds a country's own figure to its
    /// provinces' carries the note as a footnote (on main: stderr only), bar and timeline.
    @Test func aStockAtTwoLevelsIsAFootnote() throws {
        let d = tempDir()
        let f = d + "/s3.csv"
        try "date_start,country,adm_1,measure,best\n2023-03-01,Syria,,members,6000\n2023-03-01,Syria,Raqqa,members,100\n2023-03-01,Syria,Idlib,members,1500\n2023-03-01,Iraq,,members,3000\n"
            .write(toFile: f, atomically: true, encoding: .utf8)
        for args in [["bar"], ["timeline", "--period", "month"]] {
            let out = d + "/\(args[0]).svg"
            let r = try tally(["chart"] + args + [f, "--measure", "members", "--stock", "members", "--by", "country", "-o", out])
            #expect(r.status == 0, "\(r.stderr)")
            let svg = try String(contentsOfFile: out, encoding: .utf8)
            #expect(svg.contains("Syria, members: figures for the whole place and for places within it are added; some may be counted twice"), "\(args)")
        }
    }

    @Test func pngHasExactlyWidthTimesScaleByHeightTimesScalePixels() throws {
        let d = tempDir()
        let r = try tally(["chart", "timeline", news, "--measure", "killed", "--period", "month", "--width", "640",
                           "--height", "360", "--scale", "2", "-o", d + "/t.png"])
        #expect(r.status == 0, "\(r.stderr)")
        let png = try Data(contentsOf: URL(fileURLWithPath: d + "/t.png"))
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // IHDR: width and height are the big-endian words at offsets 16 and 20.
        func word(_ o: Int) -> Int { png[o ..< o + 4].reduce(0) { $0 << 8 | Int($1) } }
        #expect(word(16) == 1280)
        #expect(word(20) == 720)
    }

    func pngSize(_ path: String) throws -> (Int, Int) {
        let png = try Data(contentsOf: URL(fileURLWithPath: path))
        func word(_ o: Int) -> Int { png[o ..< o + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (word(16), word(20))
    }

    /// Issue 13, item 1: a bar chart takes the height its bars need unless --height is
    /// given; a timeline stays 16:9.
    @Test func barChartsTakeTheHeightTheirBarsNeed() throws {
        let d = tempDir()
        _ = try tally(["chart", "bar", news, "--by", "country", "--measure", "members", "-o", d + "/one.png"])
        let one = try pngSize(d + "/one.png")
        #expect(one.0 == 1200 && one.1 < 300, "\(one)")
        _ = try tally(["chart", "bar", news, "--by", "country", "--measure", "members", "--height", "300", "-o", d + "/short.png"])
        #expect(try pngSize(d + "/short.png") == (1200, 300))
        _ = try tally(["chart", "timeline", news, "--measure", "killed", "--period", "month", "-o", d + "/t.png"])
        #expect(try pngSize(d + "/t.png") == (1200, 675))
    }

    /// Items 2 and 4: text that a fixed size cannot hold is a usage error naming it,
    /// --top N is honoured by growing the chart, and bars a fixed height cannot hold are
    /// folded with a message.
    @Test func nothingIsCutSilently() throws {
        let d = tempDir()
        let events = packageRoot + "/bench/chart/data/events-200.csv"
        let long = String(repeating: "Killed in the north-eastern governorates over many years ", count: 3)
        var r = try tally(["chart", "bar", events, "--measure", "killed", "--title", long, "--width", "400", "--height", "150", "-o", d + "/a.png"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--height 150") && r.stderr.contains("the headline (") && r.stderr.contains("at least"))
        #expect(!FileManager.default.fileExists(atPath: d + "/a.png"))
        // Without --height the frame grows to hold it.
        r = try tally(["chart", "bar", events, "--measure", "killed", "--title", long, "--width", "400", "--note",
                       "Chart: Graphics desk, CC BY 4.0 https://creativecommons.org/licenses/by/4.0/", "-o", d + "/b.png"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try pngSize(d + "/b.png").1 > 675)
        // --top 15 of 20 countries: 16 rows, all drawn.
        r = try tally(["chart", "bar", events, "--measure", "killed", "--top", "15", "-o", d + "/c.png"])
        #expect(r.status == 0 && r.stderr.isEmpty, "\(r.stderr)")
        #expect(try pngSize(d + "/c.png").1 >= 16 * 44)
        // At a fixed height too small for 16 rows: drawn with fewer bars, and said.
        r = try tally(["chart", "bar", events, "--measure", "killed", "--top", "15", "--height", "400", "-o", d + "/e.png"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("--height 400 holds") && r.stderr.contains("others"), "\(r.stderr)")
    }

    @Test func unknownExtensionIsAUsageErrorAndWritesNothing() throws {
        let d = tempDir()
        let r = try tally(["chart", "bar", news, "--measure", "killed", "-o", d + "/chart.gif"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("unknown chart format"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: d).isEmpty)
    }

    @Test func dataErrorLeavesAnExistingChartUntouched() throws {
        let d = tempDir()
        try "previous chart".write(toFile: d + "/c.png", atomically: false, encoding: .utf8)
        try (header + "1,2023-01-01,,Mali,,,,killed,1,x,3,s\n").write(toFile: d + "/e.csv", atomically: false, encoding: .utf8)
        let r = try tally(["chart", "bar", "e.csv", "--measure", "killed", "-o", "c.png"], cwd: d)
        #expect(r.status == 65)
        #expect(r.stderr == "tally: e.csv:2: column 'best': \"x\" is not a number\n")
        #expect(try String(contentsOfFile: d + "/c.png", encoding: .utf8) == "previous chart")
        #expect(try FileManager.default.contentsOfDirectory(atPath: d).sorted() == ["c.png", "e.csv"])
    }

    /// Issue 10, item 5: a native CSV is not known to report continuously, so a month
    /// between two records without one is a break in the line; `--continuous` makes it
    /// a zero. Where every month has a record the flag changes nothing.
    @Test func continuousDecidesWhatAGapIs() throws {
        let d = tempDir()
        let head = "id,date_start,country,measure,best\n"
        try (head + "a,2023-01-05,A,killed,4\nb,2023-03-05,A,killed,6\n").write(toFile: d + "/gap.csv", atomically: false, encoding: .utf8)
        try (head + "a,2023-01-05,A,killed,4\nb,2023-02-05,A,killed,6\n").write(toFile: d + "/full.csv", atomically: false, encoding: .utf8)
        func svg(_ file: String, _ extra: [String]) throws -> Data {
            let out = d + "/\(file)\(extra.count).svg"
            let r = try tally(["chart", "timeline", d + "/\(file).csv", "--measure", "killed", "--period", "month", "-o", out] + extra)
            #expect(r.status == 0, "\(r.stderr)")
            return try Data(contentsOf: URL(fileURLWithPath: out))
        }
        #expect(try svg("gap", []) != svg("gap", ["--continuous"]))
        #expect(try svg("full", []) == svg("full", ["--continuous"]))
    }

    /// Issue 10: a month the data covers only in part (a file ending 28 May, or one cut
    /// by --to) is marked on its point, and the footer says which and why.
    @Test func aPartlyCoveredMonthIsMarkedAndNamed() throws {
        let svg = try partlyCoveredTimeline()
        // The data's first day is 5 January: January is partial too.
        #expect(try svg([]).contains("(January 2023, partial: data from 5 January; May 2023, partial: data to 28 May)"))
        let cut = try svg(["--from", "2023-02-01", "--to", "2023-04-20"])
        #expect(cut.contains("(April 2023, partial: data to 20 April)"))
        #expect(!cut.contains("May 2023") && !cut.contains("January 2023"))
        #expect(!(try svg(["--from", "2023-02-01", "--to", "2023-04-30"])).contains("partial"))
    }

    /// review10c F10: UCDP reports continuously, so a spell without records between its
    /// first and last is covered (none happened), not a gap: Bangladesh by year is
    /// partial in its first and last years only (17 of 30 years were hollow squares).
    @Test func aContinuousSourceCoversItsQuietSpells() throws {
        let d = tempDir()
        let bgd = packageRoot + "/Datasets/ucdp/hdx_ucdp_conflict_data_BGD.csv"
        let r = try tally(["chart", "timeline", bgd, "--measure", "killed", "--period", "year", "-o", d + "/b.png", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("mark years the data covers only in part (1989, partial: data from 20 May 1989; "
                                  + "2018, partial: data to 30 December 2018)."), "\(r.stdout)")
    }

    /// review10c F9: an export split by date (January–March, April–May) is one dataset
    /// with --one-dataset: nothing is partial; since review29 S5 without it too, as its
    /// files have one schema and the same columns and their dates meet.
    @Test func filesOfOneExportAreOneDatasetWhenSaid() throws {
        let d = tempDir()
        func rows(_ id: String, _ from: String, _ to: String) -> String {
            // Every day from `from` (the 1st of a month) to `to`.
            var out = "id,date_start,country,measure,best\n"
            let (y, m0) = (Int(from.prefix(4))!, Int(from.dropFirst(5).prefix(2))!)
            let m1 = Int(to.dropFirst(5).prefix(2))!
            for m in m0 ... m1 {
                for day in 1 ... [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] {
                    let date = "\(y)-" + (m < 10 ? "0" : "") + "\(m)-" + (day < 10 ? "0" : "") + "\(day)"
                    out += "\(id)\(date),\(date),Yemen,killed,5\n"
                }
            }
            return out
        }
        try rows("a", "2023-01-01", "2023-03-31").write(toFile: d + "/a.csv", atomically: false, encoding: .utf8)
        try rows("b", "2023-04-01", "2023-05-31").write(toFile: d + "/b.csv", atomically: false, encoding: .utf8)
        func alt(_ extra: [String]) throws -> String {
            let r = try tally(["chart", "timeline", d + "/a.csv", d + "/b.csv", "--measure", "killed", "--period", "month",
                               "-o", d + "/t\(extra.count).png", "--json"] + extra)
            #expect(r.status == 0, "\(r.stderr)")
            return r.stdout
        }
        // Since review29 S5 (ExportPartsCLITests) two files of one schema and the same
        // columns whose dates meet are parts of one export without --one-dataset too.
        #expect(!(try alt([])).contains("partial"))
        let one = try alt(["--one-dataset"])
        #expect(!one.contains("partial"), "\(one)")
        let help = try tally(["chart", "timeline", "--help"]).stdout
        #expect(help.contains("--one-dataset") && !help.contains("several files form one dataset"))
    }

    /// review10c F2: tally's own CSV read back is no more complete than the data: a
    /// file ending 15 May aggregated by month and charted or reported from that CSV
    /// still has May partial, and `latest` is April (it published May, "−65%").
    @Test func anAggregateCSVKeepsItsCoverage() throws {
        let d = tempDir()
        var rows = "id,date_start,country,measure,best\n"
        for m in 3 ... 5 {
            for day in 1 ... (m == 5 ? 15 : m == 4 ? 30 : 31) {
                let date = "2023-0\(m)-" + (day < 10 ? "0" : "") + "\(day)"
                rows += "e\(date),\(date),Syria,killed,2\n"
            }
        }
        try rows.write(toFile: d + "/e.csv", atomically: false, encoding: .utf8)
        let agg = try tally(["aggregate", d + "/e.csv", "--period", "month", "-o", d + "/m.csv"])
        #expect(agg.status == 0, "\(agg.stderr)")
        let written = try String(contentsOfFile: d + "/m.csv", encoding: .utf8)
        #expect(written.hasSuffix("Syria,2023-05,killed,30,30,30,15,30,2023-05-01/2023-05-15\n"), "\(written)")
        let chart = try tally(["chart", "timeline", d + "/m.csv", "--measure", "killed", "--period", "month", "-o", d + "/t.png", "--json"])
        #expect(chart.stdout.contains("May 2023 partial: data to 15 May"), "\(chart.stdout)")
        try """
        title: T
        datasets:
          - path: m.csv
            source: S
            licence: L
        sections:
          - type: summary
        """.write(toFile: d + "/r.yml", atomically: false, encoding: .utf8)
        let report = try tally(["report", d + "/r.yml", "--out-dir", d + "/out", "--format", "csv", "--as-of", "2023-06-10"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("r-2023-04.csv"), "\(report.stdout)")
    }

    /// Issue 10, coverage per dataset: Syria (UCDP, to 30 November 2019, its last record dated
    /// 30 November to 1 December) beside Myanmar/Bangladesh (GED 19.1, to 30
    /// December 2018). Each line is marked by the datasets it holds, and the note names
    /// them: Syria's 2018 is complete and its 2019 partial; Myanmar's and Bangladesh's
    /// 2018 partial. A total of both is partial in both years, and before Syria starts.
    /// (The days both cover made Syria 2018 "partial: data to 30 December" and left
    /// Syria 2019 unmarked.)
    @Test func coverageIsPerDatasetAndTheNoteNamesIt() throws {
        let d = tempDir()
        let syria = packageRoot + "/Datasets/ucdp/ucdp_ged_syria_2016_2019.csv"
        let mmr = packageRoot + "/Datasets/ucdp/ucdp_ged191_mmr_bgd.csv"
        func alt(_ extra: [String]) throws -> String {
            let r = try tally(["chart", "timeline", syria, mmr, "--measure", "killed", "--period", "year", "--from", "2014-01-01",
                               "-o", d + "/t\(extra.count).png", "--json"] + extra)
            #expect(r.status == 0, "\(r.stderr)")
            return r.stdout
        }
        let byCountry = try alt(["--by", "country"])
        #expect(byCountry.contains("Myanmar (Burma) and Bangladesh, 2018, partial: ucdp_ged191_mmr_bgd.csv data to 30 December 2018; "
                                   + "2019, partial: ucdp_ged_syria_2016_2019.csv data to 1 December 2019)"), "\(byCountry)")
        #expect(byCountry.contains("2019 partial: ucdp_ged_syria_2016_2019.csv data to 1 December 2019"))
        #expect(!byCountry.contains("Syria, 2018"))
        let total = try alt([])
        #expect(total.contains("(2014, partial: no ucdp_ged_syria_2016_2019.csv data; 2015, partial: no ucdp_ged_syria_2016_2019.csv data; "
                               + "2018, partial: ucdp_ged191_mmr_bgd.csv data to 30 December 2018; 2019, partial: "
                               + "ucdp_ged_syria_2016_2019.csv data to 1 December 2019 and no ucdp_ged191_mmr_bgd.csv data)"), "\(total)")
        // A bar chart of Syria alone in 2018 is complete; of both, it names the dataset that falls short.
        let syriaBar = try tally(["chart", "bar", syria, mmr, "--country", "Syria", "--measure", "killed", "--period", "2018",
                                  "-o", d + "/s.png", "--json"])
        #expect(syriaBar.status == 0, "\(syriaBar.stderr)")
        #expect(!syriaBar.stdout.contains("partial"), "\(syriaBar.stdout)")
        let both = try tally(["chart", "bar", syria, mmr, "--by", "country", "--measure", "killed", "--period", "2018",
                              "-o", d + "/b.png", "--json"])
        // Named by country, as with one file (issue 10; the file's name before).
        #expect(both.stdout.contains("2018 · Myanmar (Burma) partial: data to 30 December 2018 and Bangladesh partial: data to 30 December 2018"),
                "\(both.stdout)")
        #expect(!both.stdout.contains("ucdp_ged191_mmr_bgd.csv data"))
        // Bar by bar: Syria's is complete, Myanmar's and Bangladesh's say partial.
        #expect(both.stdout.contains("Syria 20,251 (range 18,969 to 21,684), Myanmar (Burma) 112 (range 85 to 150), partial and "
                                     + "Bangladesh 26 (range 26 to 27), partial"), "\(both.stdout)")
    }

    /// Issue 10 gap: a file given with others whose data ends before the period shown adds
    /// no bar, and was left out unsaid ("partial: b.csv data to 30 May" alone, Iraq
    /// simply missing). It is named, as a report names it; not when a --country filter
    /// could be what leaves it out.
    @Test func aFileEndingBeforeThePeriodIsNamed() throws {
        let d = tempDir()
        let header = "event_id,date_start,date_end,country,adm_1,adm_2,actor,measure,low,best,high,source\n"
        try (header + "1,2023-01-05,,Iraq,Nineveh,,X,killed,3,4,5,s\n2,2023-04-10,,Iraq,Nineveh,,X,killed,3,4,5,s\n")
            .write(toFile: d + "/a.csv", atomically: false, encoding: .utf8)
        try (header + "11,2023-01-05,,Syria,Idlib,,Y,killed,3,4,5,s\n12,2023-05-30,,Syria,Idlib,,Y,killed,3,4,5,s\n")
            .write(toFile: d + "/b.csv", atomically: false, encoding: .utf8)
        func json(_ extra: [String]) throws -> String {
            let r = try tally(["chart", "bar", d + "/a.csv", d + "/b.csv", "--by", "country", "--measure", "killed",
                               "-o", d + "/x\(extra.count).png", "--json"] + extra)
            #expect(r.status == 0, "\(r.stderr)")
            return r.stdout
        }
        // Named by their countries (issue 10: "no a.csv data and b.csv data to 30 May" before).
        let may = try json(["--period", "2023-05"])
        #expect(may.contains("partial: data to 30 May and no Iraq data"), "\(may)")
        let days = try json(["--from", "2023-05-01", "--to", "2023-05-31"])
        #expect(days.contains("no Iraq data"), "\(days)")
        // Syria alone: a.csv holds no Syria at all, so it is not what the chart lacks.
        let syria = try json(["--period", "2023-05", "--country", "Syria"])
        #expect(!syria.contains("a.csv"), "\(syria)")
        // Before b.csv starts: b.csv is named the same way.
        let dec = try json(["--from", "2022-12-01", "--to", "2023-01-31"])
        #expect(!dec.contains("no Syria data") && dec.contains("partial: data from 5 January") && !dec.contains("b.csv"), "\(dec)")
    }

    /// Review 10, F4: a record dated to a whole month covers the month (its span end),
    /// so the last month of an HDX HAPI file or of month-dated native rows is not
    /// "partial: data to 1 February".
    @Test func aMonthDatedLastRecordCoversItsMonth() throws {
        let d = tempDir()
        let hapi = packageRoot + "/Tests/Fixtures/inputs/hapi-conflict-events.csv"
        let r = try tally(["chart", "timeline", hapi, "--measure", "killed", "--period", "month", "-o", d + "/h.svg"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!(try String(contentsOfFile: d + "/h.svg", encoding: .utf8)).contains("partial"))
        try "id,date_start,date_end,country,measure,best\na,2023-04-01,2023-04-30,X,killed,5\nb,2023-05-01,2023-05-31,X,killed,9\n"
            .write(toFile: d + "/me.csv", atomically: false, encoding: .utf8)
        let m = try tally(["chart", "timeline", d + "/me.csv", "--measure", "killed", "--period", "month", "-o", d + "/m.svg"])
        #expect(m.status == 0, "\(m.stderr)")
        #expect(!(try String(contentsOfFile: d + "/m.svg", encoding: .utf8)).contains("partial"))
    }

    /// Issue 10, item 2, on standalone charts: a bar chart of one period, or of dates
    /// given with --from/--to, that the data (5 January to 28 May) covers only in part
    /// says so in its subtitle in a report's words, whatever --subtitle says; a timeline
    /// names its latest period so when it is partly covered, as a report's does.
    @Test(arguments: [
        (["--period", "2023-05"], "; May 2023 · partial: data to 28 May"),
        (["--period", "2023-01"], "; January 2023 · partial: data from 5 January"),
        (["--period", "2023-Q2"], "; Q2 2023 · partial: data to 28 May"),
        (["--period", "2023"], "; 2023 · partial: data 5 January 2023 to 28 May 2023"),
        (["--period", "2023-W01"], "; 2023-W01 · partial: data from 5 January"),
        (["--period", "2023-04"], "; April 2023"),
        (["--from", "2023-05-01", "--to", "2023-05-31"], "· partial: data to 28 May"),
        (["--from", "2023-01-01", "--to", "2023-03-31"], "· partial: data from 5 January"),
        (["--from", "2022-12-01"], "· partial: data from 5 January 2023"),
        (["--period", "2023-05", "--subtitle", "Own words"], "Own words · partial: data to 28 May"),
    ])
    func aPartlyCoveredPeriodIsSaidOnABarChart(args: [String], words: String) throws {
        let d = tempDir()
        let rows = ["2023-01-05", "2023-02-05", "2023-03-05", "2023-04-05", "2023-04-25", "2023-05-22", "2023-05-28"]
        try ("id,date_start,country,measure,best\n" + rows.enumerated().map { "r\($0.offset),\($0.element),A,killed,\(10 + $0.offset)" }
            .joined(separator: "\n") + "\n").write(toFile: d + "/may.csv", atomically: false, encoding: .utf8)
        let r = try tally(["chart", "bar", d + "/may.csv", "--measure", "killed", "-o", d + "/b.svg"] + args)
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try String(contentsOfFile: d + "/b.svg", encoding: .utf8)
        #expect(svg.contains(words), "\(args)")
        let partial = words.contains("partial")
        #expect(svg.contains("partial") == partial, "\(args)")
    }

    /// Issue 10, item 6, on timelines: "(province not given)" is the largest series here
    /// but comes after every named one, in the legend and the alt text, with one key or
    /// two, and a --top cut keeps it.
    // Syria's first-level places are governorates (review29 N3).
    @Test(arguments: [(["--by", "adm1"], "(governorate not given)"), (["--by", "adm2"], "(district not given)")])
    func aNotGivenSeriesComesLast(by: [String], unnamed: String) throws {
        let d = tempDir()
        var csv = "id,date_start,country,adm_1,adm_2,measure,best\n"
        for (m, month) in ["2019-01", "2019-02", "2019-03"].enumerated() {
            for (i, (adm1, adm2, n)) in [("Idlib", "Ariha", 30), ("", "", 500), ("Aleppo", "Azaz", 20), ("Hama", "Suqaylabiyah", 10)].enumerated() {
                csv += "r\(m)-\(i),\(month)-10,Syria,\(adm1),\(adm2),killed,\(n + m)\n"
            }
        }
        try csv.write(toFile: d + "/g.csv", atomically: false, encoding: .utf8)
        for top in ["5", "2"] {
            let r = try tally(["chart", "timeline", d + "/g.csv", "--measure", "killed", "--period", "month", "--top", top,
                               "--json", "-o", d + "/t\(top).svg"] + by)
            #expect(r.status == 0, "\(r.stderr)")
            // Each series is described by its peak: Idlib 32, Aleppo 22, Hama 12, the unnamed 502.
            let order = ["highest 32 ", "highest 22 ", top == "5" ? "highest 12 " : nil, "highest 502 "].compactMap { $0 }
            #expect(r.stdout.contains("\(order.count) series, largest first, then the one whose name is not given."), "\(r.stdout)")
            let described = order.compactMap { r.stdout.range(of: $0)?.lowerBound }
            #expect(described.count == order.count && described == described.sorted(), "\(r.stdout)")
            #expect(r.stdout.contains(unnamed + ": highest 502 "), "\(r.stdout)")
            #expect(top == "5" || !r.stdout.contains("highest 12 "))
        }
    }

    @Test func aTimelineNamesItsLatestPeriodWhenPartlyCovered() throws {
        let svg = try partlyCoveredTimeline()
        #expect(try svg([]).contains("· May 2023 partial: data to 28 May"))
        #expect(try svg(["--to", "2023-04-20"]).contains("· April 2023 partial: data to 20 April"))
        #expect(try svg(["--period", "quarter"]).contains("· Q2 2023 partial: data to 28 May"))
        #expect(try svg(["--subtitle", "Own words"]).contains("Own words · January 2023 partial: data from 5 January · May 2023 partial: data to 28 May"))
        // Every period the footer names is named in the subtitle (review18 #9): the
        // latest complete, the first (partial) alone; both partial, each with its own note.
        let april = try svg(["--to", "2023-04-30"])
        #expect(april.contains("· January 2023 partial: data from 5 January"))
        #expect(april.contains("(January 2023, partial: data from 5 January)"))
        #expect(try svg([]).contains("· January 2023 partial: data from 5 January · May 2023 partial: data to 28 May"))
    }

    @Test func pdfTextIsExtractableWithTheRangeInOrder() throws {
        let d = tempDir()
        let r = try tally(["chart", "bar", news, "--by", "country", "--measure", "members", "--title", "Daesh members",
                           "-o", d + "/m.pdf"])
        #expect(r.status == 0, "\(r.stderr)")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        p.arguments = [d + "/m.pdf", "-"]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(text.contains("Daesh members"))
        #expect(text.contains("Iraq and Syria (joint)"))
        #expect(text.contains("5,000–7,000"))
    }
}

/// `--style FILE` (issue 13, item 7) as a user runs it.
/// review9d #16: `chart bar --from/--to` said on stderr "dated only to spans longer
/// than a all … (all/all)"; it names the events whose spans reach outside the dates.
@Suite struct WindowSpanNoteCLITests {
    @Test func theStderrNoteOfADateWindowSaysWhatItLeavesOut() throws {
        let d = tempDir()
        let csv = "id,date_start,date_end,country,measure,best\n1,2016-01-05,2016-01-05,Syria,killed,3\n2,2016-01-01,2016-12-31,Syria,killed,40\n"
        try csv.write(toFile: d + "/w.csv", atomically: false, encoding: .utf8)
        let r = try tally(["chart", "bar", d + "/w.csv", "--measure", "killed", "--from", "2016-01-02", "--to", "2016-12-31", "-o", d + "/w.svg"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("40 killed (1 event) dated only to spans that reach outside the dates shown (--from/--to) are not counted"), "\(r.stderr)")
        #expect(!r.stderr.contains("a all") && !r.stderr.contains("all/all"), "\(r.stderr)")
    }
}

@Suite struct ChartStyleCLITests {
    let events = packageRoot + "/bench/chart/data/events-200.csv"

    @Test func theDefaultStyleFileDrawsTheBuiltInLook() throws {
        let d = tempDir()
        var r = try tally(["chart", "bar", events, "--measure", "killed", "--top", "5", "-o", d + "/a.png"])
        #expect(r.status == 0)
        r = try tally(["chart", "bar", events, "--measure", "killed", "--top", "5", "--style", packageRoot + "/Reports/styles/default.yml",
                       "-o", d + "/b.png"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: d + "/a.png")) == Data(contentsOf: URL(fileURLWithPath: d + "/b.png")))
        // The print style changes the bytes and embeds its serif family in a PDF.
        r = try tally(["chart", "bar", events, "--measure", "killed", "--top", "5", "--style", packageRoot + "/Reports/styles/print-serif.yml",
                       "-o", d + "/c.pdf"])
        #expect(r.status == 0, "\(r.stderr)")
        let pdf = String(decoding: try Data(contentsOf: URL(fileURLWithPath: d + "/c.pdf")), as: UTF8.self)
        #expect(pdf.contains("DejaVuSerif"))
    }

    @Test func aStyleNamingAMissingFamilyIsExit64AndWritesNothing() throws {
        let d = tempDir()
        try "fonts:\n  headline: No Such Family Anywhere\n".write(toFile: d + "/s.yml", atomically: false, encoding: .utf8)
        let r = try tally(["chart", "bar", events, "--measure", "killed", "--style", d + "/s.yml", "-o", d + "/a.png"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("s.yml:2: fonts.headline: font family 'No Such Family Anywhere' is not installed"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: d + "/a.png"))
        let missing = try tally(["chart", "bar", events, "--measure", "killed", "--style", d + "/none.yml", "-o", d + "/a.png"])
        #expect(missing.status == 66)
    }

    @Test func commandLineSizesWinOverTheStyles() throws {
        let d = tempDir()
        try "size:\n  width: 640\n  scale: 2\n".write(toFile: d + "/s.yml", atomically: false, encoding: .utf8)
        // A fixed height: the footer's range key would otherwise make the natural height
        // taller than 16:9 at this width.
        _ = try tally(["chart", "timeline", events, "--measure", "killed", "--period", "year", "--style", d + "/s.yml",
                       "--height", "360", "-o", d + "/a.png"])
        let a = try Data(contentsOf: URL(fileURLWithPath: d + "/a.png"))
        func word(_ png: Data, _ o: Int) -> Int { png[o ..< o + 4].reduce(0) { $0 << 8 | Int($1) } }
        #expect(word(a, 16) == 1280 && word(a, 20) == 720)
        _ = try tally(["chart", "timeline", events, "--measure", "killed", "--period", "year", "--style", d + "/s.yml",
                       "--width", "400", "--scale", "1", "-o", d + "/b.png"])
        let b = try Data(contentsOf: URL(fileURLWithPath: d + "/b.png"))
        #expect(word(b, 16) == 400)
    }
}

/// Hostile review of issue 10: with every record dated only to a span longer than the
/// period, `chart` said "no 'killed' figures" and `aggregate` "no rows passed the
/// filters … check --measure": both false, the figures are there.
@Suite struct LongSpansOnlyCLITests {
    @Test func chartsAndAggregateSayWhereTheFiguresAre() throws {
        let d = tempDir()
        let file = d + "/one.csv"
        try "id,date_start,date_end,country,measure,low,best,high,source\nr1,2023-03-01,2023-03-31,S,killed,10,10,10,s\n"
            .write(toFile: file, atomically: false, encoding: .utf8)
        let t = try tally(["chart", "timeline", file, "--measure", "killed", "--period", "day", "-o", d + "/t.png"])
        #expect(t.status == 65)
        #expect(t.stderr.contains("the 10 killed in the selected rows (1 event) are dated only to spans longer than a day"), "\(t.stderr)")
        #expect(!FileManager.default.fileExists(atPath: d + "/t.png"))
        let a = try tally(["aggregate", file, "--period", "day"])
        #expect(a.status == 0)
        #expect(a.stdout.contains("S,2023-03-01/2023-03-31,killed,10,10,10,1"))
        #expect(!a.stderr.contains("no rows passed the filters"), "\(a.stderr)")
    }
}

/// Hostile review of issue 11 (item 8): `--measure fatalities` on HDX HAPI dropped every
/// row with exit 0 (the converted rows are `killed`); `chart` refused it; a report's
/// `measures: [fatalities]` printed "No figures were recorded" with exit 0.
@Suite struct MeasureAliasCLITests {
    let hapi = packageRoot + "/Tests/Fixtures/inputs/hapi-conflict-events.csv"

    @Test func fatalitiesIsKilledInEveryCommand() throws {
        let killed = try tally(["aggregate", hapi, "--measure", "killed", "--period", "all"])
        let fatalities = try tally(["aggregate", hapi, "--measure", "fatalities", "--period", "all"])
        #expect(fatalities.status == 0)
        #expect(fatalities.stdout == killed.stdout)
        #expect(fatalities.stdout.split(separator: "\n").count > 1, "\(fatalities.stdout)")
        let d = tempDir()
        for kind in ["bar", "timeline"] {
            let r = try tally(["chart", kind, hapi, "--measure", "fatalities", "--period", kind == "bar" ? "2024-01" : "month", "-o", d + "/\(kind).svg"])
            #expect(r.status == 0, "\(kind): \(r.stderr)")
        }
    }

    /// review36 R2: an ACLED export's only measure is fatalities, and `chart bar` without
    /// --measure failed (64) "a chart shows exactly one measure". The only measure is
    /// taken, said on stderr, and draws what `--measure killed` draws; data holding
    /// several is still refused, naming them.
    @Test func theDataOnlyMeasureIsChartedWithoutMeasure() throws {
        let acled = packageRoot + "/Tests/Fixtures/inputs/acled-2023.csv"
        let d = tempDir()
        for (kind, extra) in [("bar", ["--by", "adm1"]), ("timeline", ["--period", "month"])] {
            let given = try tally(["chart", kind, acled, "--measure", "killed", "-o", d + "/\(kind)-given.svg"] + extra)
            let taken = try tally(["chart", kind, acled, "-o", d + "/\(kind)-taken.svg"] + extra)
            #expect(given.status == 0 && taken.status == 0, "\(kind): \(taken.stderr)")
            #expect(taken.stderr.contains("charting 'killed', the only measure in the data"), "\(taken.stderr)")
            #expect(try String(contentsOfFile: d + "/\(kind)-taken.svg", encoding: .utf8) == String(contentsOfFile: d + "/\(kind)-given.svg", encoding: .utf8))
        }
        let f = d + "/two.csv"
        try "date_start,country,measure,best\n2023-03-01,Syria,killed,5\n2023-03-02,Syria,injured,7\n".write(toFile: f, atomically: true, encoding: .utf8)
        for kind in ["bar", "timeline"] {
            let r = try tally(["chart", kind, f, "--period", kind == "bar" ? "2023" : "month", "-o", d + "/two.svg"])
            #expect(r.status == 64)
            #expect(r.stderr.contains("a chart shows exactly one measure, and the data holds 2: 'injured', 'killed'; give one"), "\(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: d + "/two.svg"))
        }
        // Filtered to one: that one.
        let one = try tally(["chart", "bar", f, "--measure", "injured", "-o", d + "/one.svg"])
        #expect(one.status == 0, "\(one.stderr)")
        let many = try tally(["chart", "bar", f, "--measure", "killed,injured", "-o", d + "/one.svg"])
        #expect(many.status == 64 && many.stderr.contains("2 are given (killed, injured)"), "\(many.stderr)")
    }

    @Test func aReportNamingAMeasureNotInTheDataIsRefused() throws {
        let d = tempDir()
        for (measure, says) in [("fatalities", "write killed in the spec"), ("deaths", "no such measure in the data")] {
            let spec = """
            title: T
            name: t
            period: 2024-01
            datasets:
              - path: \(hapi)
                source: HDX HAPI
                licence: CC BY-IGO
            sections:
              - type: summary
                measures: [\(measure)]
            """
            try spec.write(toFile: d + "/s.yml", atomically: false, encoding: .utf8)
            let r = try tally(["report", d + "/s.yml", "--out-dir", d + "/out"])
            #expect(r.status == 64)
            #expect(r.stderr.contains(says), "\(r.stderr)")
        }
    }
}

/// Hostile review of issue 11 (item 1): an ACLED CSV saved by Excel ends with rows of
/// empty fields (`,,,,,,`), which were refused as "event_date empty": they are blank.
@Suite struct EmptyFieldRowsCLITests {
    @Test func rowsOfEmptyFieldsAreBlankLines() throws {
        let d = tempDir()
        let f = d + "/acled.csv"
        try "event_date,country,admin1,fatalities,event_id_cnty,actor1,event_type\r\n2023-01-05,Mali,Kidal,3,MLI1,JNIM,Battles\r\n,,,,,,\r\n,,,,,,\r\n"
            .write(toFile: f, atomically: false, encoding: .utf8)
        let r = try tally(["aggregate", f])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Mali,2023,killed,3,3,3,1,3"))
        // A row with one field given is still checked.
        try "event_date,country,admin1,fatalities,event_id_cnty,actor1,event_type\n2023-01-05,Mali,Kidal,3,MLI1,JNIM,Battles\n,,,,,X,\n"
            .write(toFile: f, atomically: false, encoding: .utf8)
        #expect(try tally(["aggregate", f]).status == 65)
    }
}

/// Hostile review of issue 11 (item 6): two HDX HAPI files of one place at different
/// admin levels were added together, every event counted twice, exit 0.
@Suite struct HAPILevelsAcrossFilesCLITests {
    static let header = "location_code,location_name,admin1_code,admin1_name,admin2_code,admin2_name,admin_level,event_type,events,fatalities,reference_period_start,reference_period_end\n"

    @Test func twoLevelsOfOnePlaceInTwoFilesAreRefused() throws {
        let d = tempDir()
        try (Self.header + "SDN,Sudan,SD01,Khartoum,,,1,political_violence,12,31,2024-01-01,2024-01-31\n")
            .write(toFile: d + "/a1.csv", atomically: false, encoding: .utf8)
        try (Self.header + "SDN,Sudan,SD01,Khartoum,SD0101,Bahri,2,political_violence,5,11,2024-01-01,2024-01-31\n"
             + "SDN,Sudan,SD01,Khartoum,SD0102,Omdurman,2,political_violence,7,20,2024-01-01,2024-01-31\n")
            .write(toFile: d + "/a2.csv", atomically: false, encoding: .utf8)
        let r = try tally(["aggregate", d + "/a1.csv", d + "/a2.csv", "--measure", "killed", "--period", "all"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("count the same events at two admin levels"), "\(r.stderr)")
        // Another admin1 at level 1 in the second file does not overlap: both are read.
        try (Self.header + "SDN,Sudan,SD02,Darfur,,,1,political_violence,3,4,2024-01-01,2024-01-31\n")
            .write(toFile: d + "/b1.csv", atomically: false, encoding: .utf8)
        let ok = try tally(["aggregate", d + "/a2.csv", d + "/b1.csv", "--measure", "killed", "--period", "all"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("Sudan,all,killed,35,35,35"), "\(ok.stdout)")
    }
}

/// Hostile review of issue 11: bytes after the gzip data were called "the gzip data ends
/// early (a truncated download?)" though every byte had been unpacked.
@Suite struct GzipTrailingBytesCLITests {
    /// Makes the test's files with the system's own gzip.
    func shell(_ command: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(command)")
    }

    @Test func trailingGarbageIsNamed() throws {
        let d = tempDir()
        let csv = "id,date_start,country,measure,best\n1,2023-01-05,Mali,killed,3\n"
        try csv.write(toFile: d + "/a.csv", atomically: false, encoding: .utf8)
        try shell("gzip -c '\(d)/a.csv' > '\(d)/a.csv.gz' && cat '\(d)/a.csv.gz' > '\(d)/g.gz' && printf 'GARBAGE' >> '\(d)/g.gz'")
        #expect(try tally(["aggregate", d + "/a.csv.gz"]).status == 0)
        let r = try tally(["aggregate", d + "/g.gz"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("bytes that are not gzip follow (trailing garbage)"), "\(r.stderr)")
    }

    /// A workbook gzipped by a script was read as text: "lines end with a lone CR".
    @Test func aGzippedWorkbookIsNamed() throws {
        let d = tempDir()
        try shell("gzip -c '\(packageRoot)/Tests/Fixtures/inputs/acled-1904.xlsx' > '\(d)/wb.xlsx.gz'")
        let r = try tally(["aggregate", d + "/wb.xlsx.gz"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("a gzipped zip archive (.xlsx or .zip inside .gz): unpack it first"), "\(r.stderr)")
    }
}
