import Foundation
import Testing
import TallyTestSupport

/// review16 #2 (issue 10 item 2): `aggregate --from/--to` keeps only the records dated
/// inside the window, so a period the window cuts holds only part of its events. Its
/// `covered` (CSV and JSON) says the days the window kept, for every period kind, and
/// the file read back marks the period partial; before, June 2016 with `--to
/// 2016-06-15` was written as complete (1,497 of a real 3,195) and a report reading
/// the file published it as the whole month.
@Suite struct WindowCoverageCLITests {
    /// Daily records of 2019, 2 killed a day: complete in every period.
    static func daily() throws -> String {
        let d = tempDir()
        var s = "date_start,country,measure,best\n"
        var day = DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"), year: 2019, month: 1, day: 1).date!
        let f = DateFormatter(); f.dateFormat = "yyyy-MM-dd"; f.timeZone = TimeZone(identifier: "UTC")
        for _ in 0 ..< 365 { s += "\(f.string(from: day)),Mali,killed,2\n"; day.addTimeInterval(86_400) }
        try s.write(toFile: d + "/daily.csv", atomically: false, encoding: .utf8)
        return d
    }

    /// `period,covered` of each CSV row after the header.
    static func covered(_ csv: String) -> [String: String] {
        var out: [String: String] = [:]
        for line in csv.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false)
            out[String(f[1])] = String(f[f.count - 1])
        }
        return out
    }

    /// review36 S4: `--format table` (the default at a terminal) dropped the coverage:
    /// a month cut on 20 August was shown beside whole months with nothing said. A last
    /// column `covered` when some row is not whole; none when every row is.
    @Test func theTableSaysWhichPeriodsArePartial() throws {
        let d = try Self.daily()
        let cut = try tally(["aggregate", d + "/daily.csv", "--to", "2019-08-20", "--period", "month", "--format", "table"])
        #expect(cut.status == 0, "\(cut.stderr)")
        let lines = cut.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0].hasSuffix("estimate  events  covered"), "\(cut.stdout)")
        #expect(lines.contains { $0.hasPrefix("Mali     2019-08") && $0.hasSuffix("40      20  2019-08-01/2019-08-20") }, "\(cut.stdout)")
        #expect(lines.contains { $0.hasPrefix("Mali     2019-07") && $0.hasSuffix("62      31") }, "\(cut.stdout)")
        let whole = try tally(["aggregate", d + "/daily.csv", "--period", "month", "--format", "table"])
        #expect(whole.stdout.split(separator: "\n")[0].hasSuffix("estimate  events"), "\(whole.stdout)")
        // Inputs that cover the periods differently: named as the CSV names it (review37
        // N1: `covered` over each row's own inputs' days read as the data's).
        let csv = try String(contentsOfFile: d + "/daily.csv", encoding: .utf8)
        let cutRows = csv.split(separator: "\n").prefix(1 + 232).map { $0.replacingOccurrences(of: "Mali", with: "Niger") }
        try (cutRows.joined(separator: "\n") + "\n").write(toFile: d + "/niger.csv", atomically: false, encoding: .utf8)
        let two = try tally(["aggregate", d + "/daily.csv", d + "/niger.csv", "--period", "month", "--format", "table"])
        #expect(two.status == 0, "\(two.stderr)")
        #expect(two.stdout.split(separator: "\n")[0].hasSuffix("events  covered_by_input"), "\(two.stdout)")
    }

    @Test(arguments: [
        // kind, the first period and its covered, the last period and its covered
        ("day", "2019-03-10", "", "2019-08-20", ""),
        ("week", "2019-W10", "2019-03-10", "2019-W34", "2019-08-19/2019-08-20"),
        ("month", "2019-03", "2019-03-10/2019-03-31", "2019-08", "2019-08-01/2019-08-20"),
        ("quarter", "2019-Q1", "2019-03-10/2019-03-31", "2019-Q3", "2019-07-01/2019-08-20"),
        ("year", "2019", "2019-03-10/2019-08-20", "2019", "2019-03-10/2019-08-20"),
    ])
    func theWindowNarrowsCoveredForEveryPeriodKind(kind: String, first: String, firstCovered: String, last: String, lastCovered: String) throws {
        let d = try Self.daily()
        let w = try tally(["aggregate", d + "/daily.csv", "--from", "2019-03-10", "--to", "2019-08-20", "--period", kind, "-o", d + "/w.csv"])
        #expect(w.status == 0, "\(w.stderr)")
        let csv = try String(contentsOfFile: d + "/w.csv", encoding: .utf8)
        let c = Self.covered(csv)
        #expect(c[first] == firstCovered, "\(csv)")
        #expect(c[last] == lastCovered, "\(csv)")
        // Periods the window does not cut stay complete.
        let inner = c.filter { $0.key != first && $0.key != last }
        #expect(inner.values.allSatisfy { $0.isEmpty }, "\(csv)")
        // JSON says the same.
        let j = try tally(["aggregate", d + "/daily.csv", "--from", "2019-03-10", "--to", "2019-08-20", "--period", kind, "--format", "json"])
        #expect(j.status == 0)
        #expect(j.stdout.contains("\"period\": \"\(last)\"") && j.stdout.contains("\"covered\": \"\(lastCovered)\"}"), "\(j.stdout)")
        // Read back (CSV and JSON), the cut periods are partial again, not complete.
        try j.stdout.write(toFile: d + "/w.json", atomically: false, encoding: .utf8)
        for back in ["w.csv", "w.json"] {
            let r = try tally(["aggregate", d + "/" + back, "--period", kind, "--format", "csv"])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(Self.covered(r.stdout) == c, "\(back): \(r.stdout)")
        }
    }

    /// Without a window nothing changes: every period of 2019 is complete.
    @Test func withoutAWindowEveryPeriodIsComplete() throws {
        let d = try Self.daily()
        let r = try tally(["aggregate", d + "/daily.csv", "--period", "month", "--format", "csv"])
        #expect(r.status == 0)
        let all = Self.covered(r.stdout)
        #expect(all.count == 12 && all.values.allSatisfy { $0.isEmpty }, "\(r.stdout)")
    }

    /// The records of the bundled Syria file (Datasets/ucdp/ucdp_ged_syria_2016_2019.csv)
    /// that start by 30 June 2016 (2,984 of 16,566, fields as published): every window
    /// below ends by 15 June 2016, and on these the release build prints the same bytes
    /// (stdout, stderr, exit) as on the whole file for each command run on it here
    /// (checked when it was cut), and for the charts of one period of January and February
    /// 2016 in RealDataCLITests. The whole 10.8 MB file cost each of those sixteen runs of
    /// the debug build about 3 s of CPU (CI has 25 minutes); `--from` alone reads the
    /// whole file.
    static let syriaFirstHalf2016 = packageRoot + "/Tests/Fixtures/ucdp/ucdp_ged_syria_2016_h1.csv"

    /// The review's case on the bundled UCDP file: June 2016 cut on the 15th, January
    /// 2016 from the 2nd; a monthly timeline of the file read back marks June partial.
    @Test func theUCDPFileCutMidMonthIsPartialReadBack() throws {
        let d = tempDir()
        let syria = packageRoot + "/Datasets/ucdp/ucdp_ged_syria_2016_2019.csv"
        let to = try tally(["aggregate", Self.syriaFirstHalf2016, "--to", "2016-06-15", "--period", "month", "-o", d + "/to15.csv"])
        #expect(to.status == 0, "\(to.stderr)")
        let csv = try String(contentsOfFile: d + "/to15.csv", encoding: .utf8)
        #expect(csv.contains("\nSyria,2016-06,killed,1454,1461,1494,224,\"1,461 (1,454–1,494)\",2016-06-01/2016-06-15\n"), "\(csv)")
        // May is complete (its covered empty); the event dated 2016-05/2016-07 reaches
        // past --to: it belongs to no period of the window, left out and said.
        #expect(csv.split(separator: "\n").contains { $0.hasPrefix("Syria,2016-05,killed,") && $0.hasSuffix(",") }, "\(csv)")
        #expect(!csv.contains("2016-05/2016-07"), "\(csv)")
        #expect(to.stderr.contains("reach outside --from/--to are left out of every row"), "\(to.stderr)")
        let from = try tally(["aggregate", syria, "--from", "2016-01-02", "--period", "month", "--measure", "killed", "--format", "csv"])
        #expect(from.stdout.contains("\nSyria,2016-01,killed,2769,2769,2807,576,\"2,769 (2,769–2,807)\",2016-01-02/2016-01-31\n"), "\(from.stdout)")
        let chart = try tally(["chart", "timeline", d + "/to15.csv", "--period", "month", "--measure", "killed", "-o", d + "/t.svg"])
        #expect(chart.status == 0, "\(chart.stderr)")
        let svg = try String(contentsOfFile: d + "/t.svg", encoding: .utf8)
        #expect(svg.contains("partial: data to 15 June"), "\(chart.stderr)")
    }

    /// N8 (stop 29): an event or a table's row starting before --from whose span reaches
    /// into the window was left out without a word (a table's `2023-03-15,2023-04-14` row of
    /// 30 beside one of April 15 to May 14: April read 1, stderr naming only the second).
    /// Every figure whose span overlaps the window and reaches outside it is said, wherever
    /// it starts, as docs/aggregation.md ("What a period leaves out") and a chart say: on the
    /// bundled file, February 2016 leaves out 16,615 (11,639–16,641) killed in 10 events,
    /// the worked example's figure (only the 51 of one event starting in February before).
    @Test func spansStartingBeforeTheWindowAreSaid() throws {
        let r = try tally(["aggregate", Self.syriaFirstHalf2016, "--from", "2016-02-01", "--to", "2016-02-29", "--period", "month", "--measure", "killed", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\nSyria,2016-02,killed,3494,3495,3566,518,"), "\(r.stdout)")
        #expect(r.stderr.contains("16,615 (11,639–16,641) killed (10 events) dated only to spans that reach outside --from/--to are left out"), "\(r.stderr)")
        let d = tempDir()
        let table = d + "/t.csv"
        try "date_start,date_end,country,measure,best\n2023-03-15,2023-04-14,Syria,killed,30\n2023-04-15,2023-05-14,Syria,killed,20\n2023-04-20,,Syria,killed,1\n"
            .write(toFile: table, atomically: true, encoding: .utf8)
        for period in ["month", "all", "day"] {
            let t = try tally(["aggregate", table, "--from", "2023-04-01", "--to", "2023-04-30", "--period", period, "--format", "csv"])
            #expect(t.status == 0, "\(t.stderr)")
            #expect(t.stdout.hasSuffix(",killed,1,1,1,1,1,\n"), "\(period): \(t.stdout)")
            #expect(t.stderr.contains("50 killed (2 events) dated only to spans that reach outside --from/--to are left out"), "\(period): \(t.stderr)")
        }
    }

    /// review17 #7: `--to 2016-01-03 --period all` gave 16,724 killed, 16,517 of them in
    /// 6 events dated only to "2016"; by week they sat in a 2015-W53/2016-W52 row beside
    /// the window. An event whose date span reaches outside --from/--to is left out of
    /// every row and said, for every period kind (as `chart bar` leaves it out): 191
    /// killed in 56 events of 1-3 January stay; the six year-dated events and one of
    /// 2016-01/2016-04 (16,533 together) go.
    @Test(arguments: ["all", "day", "week", "month", "year"])
    func eventsReachingOutsideTheWindowAreLeftOut(kind: String) throws {
        let syria = Self.syriaFirstHalf2016
        let r = try tally(["aggregate", syria, "--to", "2016-01-03", "--period", kind, "--measure", "killed", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").dropFirst()
        let best = lines.reduce(0) { $0 + Int($1.split(separator: ",")[4])! }
        #expect(best == 191, "\(r.stdout)")
        #expect(!r.stdout.contains("2016-W52") && !r.stdout.contains("2016-12"), "\(r.stdout)")
        #expect(r.stderr.contains("16,533 (11,557–16,533) killed (7 events) dated only to spans that reach outside --from/--to are left out"), "\(r.stderr)")
        // The events left out are not "rows in the result" of the coarse-date line
        // (it said "7 rows in the result have dates known less precisely … 7 only to the year").
        #expect(!r.stderr.contains("less precisely"), "\(r.stderr)")
        // --count-at-start keeps them at their date_start, and says so.
        let s = try tally(["aggregate", syria, "--to", "2016-01-03", "--period", kind, "--measure", "killed", "--count-at-start", "--format", "csv"])
        #expect(s.status == 0, "\(s.stderr)")
        #expect(s.stderr.contains("killed (7 events) dated only to spans \(kind == "all" ? "" : "longer than a \(kind) or ")reaching outside --from/--to are counted at their date_start"),
                "\(s.stderr)")
        // Counted at their start, they are in the result, and the line counts them.
        #expect(s.stderr.contains("7 rows in the result have dates known less precisely") == ["day", "week", "month"].contains(kind), "\(s.stderr)")
    }
}

/// review17 #1 in charts: an Iraq monitor daily to 31 March with one straggler row on
/// 30 May is one run, so a bar chart of April drew Syria alone with nothing said of
/// Iraq, and a monthly timeline drew April as a complete fall of 91%. A period (or the
/// dates shown) in which a dataset has far fewer records than its ordinary rate is
/// partial for it and named, for every period kind.
@Suite struct ThinPeriodChartCLITests {
    static func files() throws -> String {
        let d = tempDir()
        let f = DateFormatter(); f.dateFormat = "yyyy-MM-dd"; f.timeZone = TimeZone(identifier: "UTC")
        var day = DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"), year: 2023, month: 1, day: 1).date!
        var syria = "date_start,country,measure,best\n", iraq = syria
        for i in 0 ..< 151 {
            syria += "\(f.string(from: day)),Syria,killed,1\n"
            if i < 90 { iraq += "\(f.string(from: day)),Iraq,killed,10\n" }
            day.addTimeInterval(86_400)
        }
        iraq += "2023-05-30,Iraq,killed,10\n"
        try syria.write(toFile: d + "/syria.csv", atomically: false, encoding: .utf8)
        try iraq.write(toFile: d + "/iraq.csv", atomically: false, encoding: .utf8)
        return d
    }

    @Test func aBarChartOfDatesADatasetIsSilentInNamesIt() throws {
        let d = try Self.files()
        for dates in [["--from", "2023-04-01", "--to", "2023-04-30"], ["--period", "2023-04"]] {
            let r = try tally(["chart", "bar", d + "/syria.csv", d + "/iraq.csv", "--measure", "killed", "--by", "country",
                               "-o", d + "/bar.svg"] + dates)
            #expect(r.status == 0, "\(r.stderr)")
            let svg = try String(contentsOfFile: d + "/bar.svg", encoding: .utf8)
            #expect(svg.contains("no Iraq data"), "\(dates) \(r.stderr)")
            #expect(r.stderr.contains("iraq.csv has no record from 2023-04-01 to 2023-05-29 (59 days)"), "\(r.stderr)")
        }
    }

    @Test(arguments: [("month", "April 2023, partial: no iraq.csv data"), ("week", "2023-W15, partial: no iraq.csv data")])
    func aTimelineMarksThePeriodsADatasetIsSilentIn(kind: String, marked: String) throws {
        let d = try Self.files()
        let r = try tally(["chart", "timeline", d + "/syria.csv", d + "/iraq.csv", "--measure", "killed", "--period", kind,
                           "-o", d + "/t.svg"])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try String(contentsOfFile: d + "/t.svg", encoding: .utf8)
        #expect(svg.contains(marked), "\(r.stderr)")
        #expect(r.stderr.contains("iraq.csv has no record from 2023-04-01 to 2023-05-29 (59 days)"), "\(r.stderr)")
    }
}

/// review19 B1/B3 (issue 10) outside reports: `aggregate`'s `covered` column had no
/// thin rule at all, so a source daily to 10 April with stragglers on 3 and 20 May wrote
/// April and May as covered (empty), and a weekly source stopped in March with one row
/// on 29 May drew April in a bar chart with nothing said (weekly sources were never
/// thin). The long-gap rule applies to both.
@Suite struct LongGapCLITests {
    static func write(_ name: String, _ days: [String], country: String = "Iraq") throws -> String {
        let d = tempDir()
        try ("date_start,country,measure,best\n" + days.map { "\($0),\(country),killed,10\n" }.joined())
            .write(toFile: d + "/" + name, atomically: false, encoding: .utf8)
        return d
    }
    static func days(_ first: String, _ last: String, every: Int = 1) -> [String] {
        let f = DateFormatter(); f.dateFormat = "yyyy-MM-dd"; f.timeZone = TimeZone(identifier: "UTC")
        var out: [String] = [], day = f.date(from: first)!
        while day <= f.date(from: last)! { out.append(f.string(from: day)); day.addTimeInterval(86_400 * Double(every)) }
        return out
    }

    @Test func aggregateWritesTheDaysALongGapLeaves() throws {
        let d = try Self.write("iraq.csv", Self.days("2023-01-01", "2023-04-10") + ["2023-05-03", "2023-05-20"])
        let r = try tally(["aggregate", d + "/iraq.csv", "--period", "month", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("2023-03,killed,310,310,310,31,310,\n"), "\(r.stdout)")
        #expect(r.stdout.contains("2023-04,killed,100,100,100,10,100,2023-04-01/2023-04-10\n"), "\(r.stdout)")
        #expect(r.stdout.contains("2023-05,killed,20,20,20,2,20,2023-05-03;2023-05-20\n"), "\(r.stdout)")
        #expect(r.stderr.contains("iraq.csv has no record from 2023-04-11 to 2023-05-02 (22 days), 2023-05-04 to 2023-05-19 (16 days)"), "\(r.stderr)")
    }

    /// review20b L3: one file of Syria (daily) and Iraq (daily to 10 April, one row on
    /// 20 May) wrote April Iraq 100 as covered. A country's own silence cuts its own
    /// coverage and the totals' (Syria's rows keep their days); the note names the
    /// country. L8: `--period all` said nothing of the gap.
    /// L9: a split period wrote its longest stretch only; now every stretch, and the
    /// file read back says the same.
    @Test func aCountrySilentInsideAFileIsPartialAndEveryStretchIsWritten() throws {
        let d = tempDir()
        let rows = Self.days("2023-01-01", "2023-05-31").map { "\($0),Syria,killed,1\n" }
            + (Self.days("2023-01-01", "2023-04-10") + ["2023-05-03", "2023-05-20"]).map { "\($0),Iraq,killed,10\n" }
        try ("date_start,country,measure,best\n" + rows.joined()).write(toFile: d + "/both.csv", atomically: false, encoding: .utf8)
        let r = try tally(["aggregate", d + "/both.csv", "--period", "month", "--format", "csv", "-o", d + "/m.csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let m = try String(contentsOfFile: d + "/m.csv", encoding: .utf8)
        #expect(m.contains("Iraq,2023-03,killed,310,310,310,31,310,\n"), "\(m)")
        #expect(m.contains("Iraq,2023-04,killed,100,100,100,10,100,2023-04-01/2023-04-10\n"), "\(m)")
        #expect(m.contains("Iraq,2023-05,killed,20,20,20,2,20,2023-05-03;2023-05-20\n"), "\(m)")
        #expect(m.contains("Syria,2023-04,killed,30,30,30,30,30,\n"), "\(m)")
        #expect(r.stderr.contains("Iraq in both.csv has no record from 2023-04-11 to 2023-05-02 (22 days), 2023-05-04 to 2023-05-19 (16 days), "
                                  + "2023-05-21 to 2023-05-31 (11 days)"), "\(r.stderr)")
        // Read back, the months say the same days.
        let back = try tally(["aggregate", d + "/m.csv", "--period", "month", "--format", "csv"])
        #expect(back.status == 0 && back.stdout == m, "\(back.stderr)\n\(back.stdout)")
        // By quarter, the second quarter's stretches, each one.
        let q = try tally(["aggregate", d + "/both.csv", "--period", "quarter", "--by", "actor", "--format", "csv"])
        #expect(q.stdout.contains(",2023-Q2,killed,"), "\(q.stdout)")
        #expect(q.stdout.contains("2023-04-01/2023-04-10;2023-05-03;2023-05-20\n"), "\(q.stdout)")
        // --period all: the hole is said.
        let all = try tally(["aggregate", d + "/both.csv", "--period", "all", "--format", "csv"])
        #expect(all.status == 0 && all.stdout.contains("Iraq,all,killed,1020,1020,1020,102,\"1,020\",2023-01-01/2023-04-10;2023-05-03;2023-05-20\n"),
                "\(all.stdout)")
        #expect(all.stdout.contains("Syria,all,killed,151,151,151,151,151,\n"), "\(all.stdout)")
        // Each country alone in its own file: as before, Syria whole.
        try ("date_start,country,measure,best\n" + Self.days("2023-01-01", "2023-05-31").map { "\($0),Syria,killed,1\n" }.joined())
            .write(toFile: d + "/syria.csv", atomically: false, encoding: .utf8)
        let s = try tally(["aggregate", d + "/syria.csv", "--period", "all", "--format", "csv"])
        #expect(s.stdout.hasSuffix("Syria,all,killed,151,151,151,151,151,\n"), "\(s.stdout)")
    }

    /// L3 over-marking (stop 26): a daily Syria + Lebanon file, Lebanon silent 11-19
    /// March, wrote Syria's March as covered `2023-03-01/2023-03-10;2023-03-20/2023-03-31`,
    /// with `--country Syria` too. Each country's rows have its own days; the total
    /// (`--by actor`) has the hole; `--country Syria` says nothing of Lebanon; the table
    /// reads back the same, and read back by actor the total keeps the hole.
    @Test func eachCountryOfAFileIsWrittenWithItsOwnDays() throws {
        let d = tempDir()
        let all = Self.days("2023-01-01", "2023-04-30")
        let rows = all.map { "\($0),Syria,killed,2\n" } + all.filter { !($0 >= "2023-03-11" && $0 <= "2023-03-19") }.map { "\($0),Lebanon,killed,1\n" }
        try ("date_start,country,measure,best\n" + rows.joined()).write(toFile: d + "/l3.csv", atomically: false, encoding: .utf8)
        let hole = "2023-03-01/2023-03-10;2023-03-20/2023-03-31"
        let r = try tally(["aggregate", d + "/l3.csv", "--period", "month", "-o", d + "/m.csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let m = try String(contentsOfFile: d + "/m.csv", encoding: .utf8)
        #expect(m.contains("Syria,2023-03,killed,62,62,62,31,62,\n") && m.contains("Lebanon,2023-03,killed,22,22,22,22,22,\(hole)\n"), "\(m)")
        #expect(r.stderr.contains("Lebanon in l3.csv has no record from 2023-03-11 to 2023-03-19 (9 days)")
                && r.stderr.contains("partial for Lebanon's figures and for totals of its file's countries"), "\(r.stderr)")
        let total = try tally(["aggregate", d + "/l3.csv", "--period", "month", "--by", "actor"])
        #expect(total.stdout.contains(",2023-03,killed,84,84,84,53,84,\(hole)\n"), "\(total.stdout)")
        let syria = try tally(["aggregate", d + "/l3.csv", "--period", "month", "--country", "Syria"])
        #expect(syria.status == 0 && syria.stdout.contains("Syria,2023-03,killed,62,62,62,31,62,\n") && !syria.stdout.contains(hole), "\(syria.stdout)")
        #expect(!syria.stderr.contains("Lebanon"), "\(syria.stderr)")
        let lebanon = try tally(["aggregate", d + "/l3.csv", "--period", "month", "--country", "Lebanon"])
        #expect(lebanon.stdout.contains("Lebanon,2023-03,killed,22,22,22,22,22,\(hole)\n"), "\(lebanon.stdout)")
        // Read back: the same rows; by actor the total keeps the hole; Syria alone whole.
        let back = try tally(["aggregate", d + "/m.csv", "--period", "month"])
        #expect(back.status == 0 && back.stdout == m, "\(back.stderr)\n\(back.stdout)")
        let backTotal = try tally(["aggregate", d + "/m.csv", "--period", "month", "--by", ""])
        #expect(backTotal.stdout.contains("2023-03,killed,84,84,84,53,84,\(hole)\n"), "\(backTotal.stdout)")
        let backSyria = try tally(["aggregate", d + "/m.csv", "--period", "quarter", "--country", "Syria"])
        #expect(backSyria.stdout.contains("Syria,2023-Q1,killed,180,180,180,90,180,\n"), "\(backSyria.stdout)")
    }

    /// A country that stops before the others (Lebanon daily to 10 March, Syria to 30
    /// April) was not checked: April Lebanon and the total read whole. Now its periods
    /// after are partial for it and the total; Syria's stay whole.
    @Test func aCountryThatStopsBeforeTheOthersIsWrittenPartial() throws {
        let d = tempDir()
        let rows = Self.days("2023-01-01", "2023-04-30").map { "\($0),Syria,killed,2\n" } + Self.days("2023-01-01", "2023-03-10").map { "\($0),Lebanon,killed,1\n" }
        try ("date_start,country,measure,best\n" + rows.joined()).write(toFile: d + "/stop.csv", atomically: false, encoding: .utf8)
        let r = try tally(["aggregate", d + "/stop.csv", "--period", "month"])
        // Lebanon has no April row to say its April is not covered, so the table's rows
        // say the days every country covers (read back, Syria's complete April row
        // would make April complete for Lebanon and the total).
        #expect(r.status == 0 && r.stdout.contains("Lebanon,2023-03,killed,10,10,10,10,10,2023-03-01/2023-03-10\n")
                && r.stdout.contains("Syria,2023-04,killed,60,60,60,30,60,none\n"), "\(r.stdout)")
        #expect(r.stderr.contains("Lebanon in stop.csv has no record from 2023-03-11 to 2023-04-30 (51 days)"), "\(r.stderr)")
        let total = try tally(["aggregate", d + "/stop.csv", "--period", "quarter", "--by", ""])
        #expect(total.stdout.contains("2023-Q1,killed,249,249,249,159,249,2023-01-01/2023-03-10\n"), "\(total.stdout)")
        let syria = try tally(["aggregate", d + "/stop.csv", "--period", "quarter", "--country", "Syria"])
        #expect(syria.stdout.contains("Syria,2023-Q1,killed,180,180,180,90,180,\n"), "\(syria.stdout)")
    }

    /// review30 S20 / review34 S1: one country silent in the middle (Bland every day but
    /// 20 June to 15 August). Aland's July row cannot say Bland's silence, so July's rows
    /// say the days every country covers (`none`); read back, whole or cut to July
    /// onward (a desk's filter), Bland's July is never covered (an invented zero), and
    /// the totals read back as the direct run's.
    @Test func aCountrySilentInTheMiddleIsNeverReadBackCovered() throws {
        let d = tempDir()
        let days = Self.days("2023-01-01", "2023-12-31")
        let rows = days.map { "\($0),Aland,killed,1\n" } + days.filter { !("2023-06-20" ... "2023-08-15").contains($0) }.map { "\($0),Bland,killed,2\n" }
        try ("date_start,country,measure,best\n" + rows.joined()).write(toFile: d + "/mid.csv", atomically: false, encoding: .utf8)
        let r = try tally(["aggregate", d + "/mid.csv", "--period", "month", "-o", d + "/m.csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let m = try String(contentsOfFile: d + "/m.csv", encoding: .utf8)
        #expect(m.contains("Aland,2023-07,killed,31,31,31,31,31,none\n") && !m.contains("Bland,2023-07"), "\(m)")
        for args in [["--period", "month", "--by", ""], ["--period", "year", "--by", ""]] {
            let direct = try tally(["aggregate", d + "/mid.csv"] + args), back = try tally(["aggregate", d + "/m.csv"] + args)
            #expect(back.status == 0 && back.stdout == direct.stdout, "\(args)\n\(direct.stdout)\n\(back.stdout)\n\(back.stderr)")
        }
        let cut = m.split(separator: "\n").filter { $0.hasPrefix("country,") || $0.contains(",2023-07,") || $0.contains(",2023-08,") || $0.contains(",2023-09,") }
        try (cut.joined(separator: "\n") + "\n").write(toFile: d + "/cut.csv", atomically: false, encoding: .utf8)
        let total = try tally(["aggregate", d + "/cut.csv", "--period", "month", "--by", ""])
        #expect(total.stdout.contains("2023-07,killed,31,31,31,31,31,none\n"), "\(total.stdout)")
    }

    /// Issue 10 item 3: a bar chart by country of one file (Syria daily to 28 May,
    /// Lebanon to 10 March) gave the file's note, the days every country covers: March
    /// "partial: data to 10 March" of a March whose Syria is whole, 2023 "partial: data
    /// to 10 March 2023" of a year whose Syria runs to 28 May, Q2 "data incomplete" of a
    /// Syria covered to 28 May. Each country is named with its own days when they differ;
    /// one note when every bar has it; a country with no day in the dates shown named
    /// ("no Lebanon data"), not with --country; by adm1, the bars' country; French alike.
    @Test func aBarChartByCountryNamesTheCountryThatIsPartial() throws {
        let d = tempDir()
        let rows = Self.days("2023-01-01", "2023-05-28").map { "\($0),Syria,Aleppo,killed,2\n" }
            + Self.days("2023-01-01", "2023-03-10").map { "\($0),Lebanon,Beirut,killed,1\n" }
        try ("date_start,country,adm_1,measure,best\n" + rows.joined()).write(toFile: d + "/sl.csv", atomically: false, encoding: .utf8)
        func subtitle(_ args: [String]) throws -> String {
            let r = try tally(["chart", "bar", d + "/sl.csv", "--measure", "killed", "-o", d + "/bar.svg"] + args)
            #expect(r.status == 0, "\(r.stderr)")
            let svg = try String(contentsOfFile: d + "/bar.svg", encoding: .utf8)
            let texts = svg.components(separatedBy: "<text").dropFirst().map { t in
                String(t.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" })
            }
            return texts.count > 1 ? texts[1] : ""
        }
        for (args, note) in [(["--by", "country", "--period", "2023-03"], "March 2023 · Lebanon partial: data to 10 March"),
                             (["--by", "adm1", "--period", "2023-03"], "March 2023 · Lebanon partial: data to 10 March"),
                             (["--by", "country", "--from", "2023-03-01", "--to", "2023-03-31"], "2023-03-31 · Lebanon partial: data to 10 March"),
                             (["--by", "country", "--period", "2023"], "2023 · Syria partial: data to 28 May 2023 and Lebanon partial: data to 10 March 2023"),
                             (["--by", "country", "--period", "2023-Q2"], "Q2 2023 · partial: data to 28 May and no Lebanon data"),
                             (["--by", "country", "--period", "2023-05"], "May 2023 · partial: data to 28 May and no Lebanon data"),
                             (["--by", "country", "--period", "2023-05", "--country", "Syria"], "May 2023 · partial: data to 28 May"),
                             // review28 N5: a country asked for by name and absent is named too.
                             (["--by", "country", "--period", "2023-05", "--country", "Liban", "--country", "Syrie"],
                              "May 2023 · partial: data to 28 May and no Lebanon data"),
                             (["--by", "country", "--from", "2023-04-01", "--to", "2023-04-30"], "2023-04-30 · partial: no Lebanon data")] {
            let s = try subtitle(args)
            #expect(s.hasSuffix(note), "\(args): \(s)")
        }
        #expect(try subtitle(["--by", "country", "--period", "2023-02"]).hasSuffix("February 2023"))
        #expect(try subtitle(["--by", "country", "--period", "2023-03", "--locale", "fr"]).hasSuffix("mars 2023 · Lebanon partiel : données jusqu’au 10 mars"))
    }

    /// review28 N3: a table by year (each row 1 January to 31 December, no id) covered
    /// each year's first day alone, the rule for an event known only to its year: the
    /// last year read "2015-01-01" in `covered` (a chart or report: "2015 partial: data
    /// to 1 January"), alone or beside records of 2016, and stderr said "y.csv covers
    /// 2014-01-01 to 2015-01-01". A table's year row covers its year; an event dated to a
    /// year among events of single days still covers its first day only.
    @Test func aTableByYearCoversItsYears() throws {
        let d = tempDir()
        try "date_start,date_end,country,measure,best\n2014-01-01,2014-12-31,Syria,killed,76000\n2015-01-01,2015-12-31,Syria,killed,55000\n"
            .write(toFile: d + "/y.csv", atomically: false, encoding: .utf8)
        try ("date_start,country,measure,best\n" + Self.days("2016-01-01", "2016-03-31").map { "\($0),Syria,killed,2\n" }.joined())
            .write(toFile: d + "/rec.csv", atomically: false, encoding: .utf8)
        let alone = try tally(["aggregate", d + "/y.csv", "--period", "year"])
        #expect(alone.status == 0 && alone.stdout.contains("Syria,2015,killed,55000,55000,55000,1,\"55,000\",\n"), "\(alone.stdout)")
        let both = try tally(["aggregate", d + "/y.csv", d + "/rec.csv", "--period", "year"])
        #expect(both.stdout.contains("Syria,2015,killed,55000,55000,55000,1,\"55,000\",\n"), "\(both.stdout)")
        #expect(both.stderr.contains("y.csv covers 2014-01-01 to 2015-12-31"), "\(both.stderr)")
        // Two countries: each country's years.
        try "date_start,date_end,country,measure,best\n2014-01-01,2014-12-31,Syria,killed,76000\n2015-01-01,2015-12-31,Syria,killed,55000\n2014-01-01,2014-12-31,Iraq,killed,20000\n2015-01-01,2015-12-31,Iraq,killed,17000\n"
            .write(toFile: d + "/y2.csv", atomically: false, encoding: .utf8)
        let two = try tally(["aggregate", d + "/y2.csv", "--period", "year"])
        #expect(two.stdout.contains("Iraq,2015,killed,17000,17000,17000,1,\"17,000\",\n") && two.stdout.contains("Syria,2015,killed,55000,55000,55000,1,\"55,000\",\n"),
                "\(two.stdout)")
        // Not a table: a year-dated event among single days covers its first day.
        try "date_start,date_end,country,measure,best\n2015-01-01,2015-12-31,Syria,killed,5\n2015-03-03,2015-03-03,Syria,killed,1\n"
            .write(toFile: d + "/mix.csv", atomically: false, encoding: .utf8)
        let mix = try tally(["aggregate", d + "/mix.csv", "--period", "year"])
        #expect(mix.stdout.contains("Syria,2015,killed,6,6,6,2,6,2015-01-01/2015-03-03\n"), "\(mix.stdout)")
    }

    /// review28 N5, the rest (briefs11): in an ACLED export (a source that reports
    /// continuously, so no country has days of its own), a country asked for with
    /// --country and with no record in the dates shown was dropped without a word: `chart
    /// bar --country Lebanon --country Syria` of May drew Syria alone, subtitle "May 2023";
    /// a timeline from April drew one line; a report whose `filter:` names both alike.
    /// Now named ("no Lebanon data"); not without --country, where a quiet country of a
    /// continuous source is a recorded zero, nothing missing.
    @Test func aCountryAskedForWithNoRecordIsNamedForAContinuousSource() throws {
        let d = tempDir()
        var rows = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,actor1,actor2,country,admin1,admin2,location,source,notes,fatalities\n"
        for (i, day) in Self.days("2023-01-01", "2023-05-31").enumerated() {
            rows += "SYR\(i),\(day),2023,1,Political violence,Battles,A,,Syria,Aleppo,Aleppo,X,Local,n,2\n"
        }
        for (i, day) in Self.days("2023-01-01", "2023-03-10").enumerated() {
            rows += "LBN\(i),\(day),2023,1,Political violence,Battles,B,,Lebanon,South,Tyre,Y,Local,n,1\n"
        }
        try rows.write(toFile: d + "/acled.csv", atomically: false, encoding: .utf8)
        func svgTexts(_ args: [String]) throws -> String {
            let r = try tally(["chart"] + args + [d + "/acled.csv", "--measure", "killed", "--by", "country", "-o", d + "/c.svg"])
            #expect(r.status == 0, "\(r.stderr)")
            return try String(contentsOfFile: d + "/c.svg", encoding: .utf8)
        }
        let asked = ["--country", "Lebanon", "--country", "Syria"]
        #expect(try svgTexts(["bar", "--period", "2023-05"] + asked).contains("May 2023 · partial: no Lebanon data"))
        #expect(try !svgTexts(["bar", "--period", "2023-05"]).contains("Lebanon"))
        #expect(try svgTexts(["bar", "--period", "2023-05", "--country", "Syria"]).contains("May 2023</text>"))
        #expect(try svgTexts(["timeline", "--period", "month", "--from", "2023-04-01"] + asked).contains("partial: no Lebanon data"))
        #expect(try !svgTexts(["timeline", "--period", "month", "--from", "2023-04-01"]).contains("no Lebanon data"))
        #expect(try !svgTexts(["timeline", "--period", "month"] + asked).contains("no Lebanon data"))
        // A report whose filter names both: its bar chart and its timeline say so.
        try """
        title: T
        period:
          every: month
          which: 2023-05
        filter:
          countries: [Lebanon, Syria]
        datasets:
          - path: acled.csv
            source: ACLED
            licence: L
        sections:
          - type: bar
            measure: killed
            by: country
          - type: timeline
            measure: killed
            by: country
            periods: 2
        """.write(toFile: d + "/r.yml", atomically: false, encoding: .utf8)
        let r = try tally(["report", d + "/r.yml", "--out-dir", d + "/out", "--format", "html"])
        #expect(r.status == 0, "\(r.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: d + "/out").filter { $0.hasSuffix(".html") }
        let html = try String(contentsOfFile: d + "/out/" + (files.first ?? ""), encoding: .utf8)
        #expect(html.components(separatedBy: "no Lebanon data").count - 1 >= 2, "\(html.prefix(3000))")
    }

    /// review28 N1: a timeline's subtitle said "March 2023 and May 2023 partial · May
    /// 2023 partial: data to 28 May": May twice, and March, partial for Lebanon alone,
    /// with no name. Each period once, with the lines that fall short named.
    @Test func aTimelineNamesEachPartialPeriodOnceWithItsLines() throws {
        let d = tempDir()
        let rows = Self.days("2023-01-01", "2023-05-28").map { "\($0),Syria,Aleppo,killed,2\n" }
            + Self.days("2023-01-01", "2023-03-10").map { "\($0),Lebanon,Beirut,killed,1\n" }
        try ("date_start,country,adm_1,measure,best\n" + rows.joined()).write(toFile: d + "/sl.csv", atomically: false, encoding: .utf8)
        let r = try tally(["chart", "timeline", d + "/sl.csv", "--measure", "killed", "--period", "month", "--by", "country",
                           "--json", "-o", d + "/t.svg"])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try String(contentsOfFile: d + "/t.svg", encoding: .utf8)
        #expect(svg.contains("January 2023 to May 2023 · March 2023 Lebanon partial: data to 10 March · May 2023 partial: data to 28 May"), "\(r.stdout)")
        #expect(!svg.contains("March 2023 and May 2023 partial"))
    }

    /// Issue 10: with several files, the bar chart's subtitle named files where one file
    /// names the country: Syria daily to 28 May in sy.csv and Lebanon daily to 10 March in
    /// lb.csv read "March 2023 · partial: lb.csv data to 10 March"; Syria and Lebanon in
    /// one file beside Iraq in another read "partial: sl.csv data to 10 March" of a March
    /// whose Syria is whole, and "partial: no sl.csv data" of a May that holds sl.csv's
    /// Syria to 28 May (the file's days, those every country covers). Now each country
    /// by the files its bar holds, seen by its own days; a file with no data in the dates
    /// named by its countries; a country whose files differ names the file that falls
    /// short.
    @Test func aBarChartOfSeveralFilesNamesCountries() throws {
        let d = tempDir()
        func write(_ name: String, _ parts: [(String, String, String, Int)]) throws {
            let rows = parts.flatMap { p in Self.days(p.1, p.2).map { "\($0),\(p.0),killed,\(p.3)\n" } }
            try ("date_start,country,measure,best\n" + rows.joined()).write(toFile: d + "/" + name, atomically: false, encoding: .utf8)
        }
        try write("sy.csv", [("Syria", "2023-01-01", "2023-05-28", 2)])
        try write("lb.csv", [("Lebanon", "2023-01-01", "2023-03-10", 1)])
        try write("sl.csv", [("Syria", "2023-01-01", "2023-05-28", 2), ("Lebanon", "2023-01-01", "2023-03-10", 1)])
        try write("iq.csv", [("Iraq", "2023-01-01", "2023-05-31", 3)])
        try write("sy2.csv", [("Syria", "2023-01-01", "2023-03-10", 1)])
        // The subtitle as the chart's alt text gives it (a long one is drawn on two lines).
        func subtitle(_ files: [String], _ args: [String]) throws -> String {
            let r = try tally(["chart", "bar"] + files.map { d + "/" + $0 }
                              + ["--measure", "killed", "--by", "country", "-o", d + "/bar.svg", "--json"] + args)
            #expect(r.status == 0, "\(r.stderr)")
            let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
            let alt = json?["alt"] as? String ?? r.stdout
            // "Bar chart: Killed by country. Total, …; March 2023 · … . 2 groups, …"
            return alt.components(separatedBy: ". ").dropFirst().first ?? alt
        }
        let cases: [([String], [String], String)] = [
            (["sy.csv", "lb.csv"], ["--period", "2023-03"], "March 2023 · Lebanon partial: data to 10 March"),
            (["sy.csv", "lb.csv"], ["--period", "2023-05"], "May 2023 · partial: data to 28 May and no Lebanon data"),
            (["sy.csv", "lb.csv"], ["--period", "2023"], "2023 · Syria partial: data to 28 May 2023 and Lebanon partial: data to 10 March 2023"),
            (["sy.csv", "lb.csv"], ["--from", "2023-04-01", "--to", "2023-04-30"], "partial: no Lebanon data"),
            (["sy.csv", "lb.csv"], ["--period", "2023-05", "--country", "Syria"], "May 2023 · partial: data to 28 May"),
            // A country asked for with no data there is named, as with one file.
            (["sy.csv", "lb.csv"], ["--period", "2023-05", "--country", "Syria", "--country", "Lebanon"], "May 2023 · partial: data to 28 May and no Lebanon data"),
            (["sl.csv", "iq.csv"], ["--period", "2023-03"], "March 2023 · Lebanon partial: data to 10 March"),
            (["sl.csv", "iq.csv"], ["--period", "2023-05"], "May 2023 · Syria partial: data to 28 May and no Lebanon data"),
            (["sy.csv", "lb.csv", "iq.csv"], ["--period", "2023-Q2"], "Q2 2023 · Iraq partial: data to 31 May and Syria partial: data to 28 May and no Lebanon data"),
            // One country in two files whose days differ: the file that falls short.
            (["sy.csv", "sy2.csv", "iq.csv"], ["--overlap", "both", "--period", "2023-03"], "March 2023 · Syria partial: sy2.csv data to 10 March"),
            // A file with no data in May whose country has a bar of another file's: by its name.
            (["sy.csv", "sy2.csv"], ["--overlap", "both", "--period", "2023-05"], "May 2023 · partial: data to 28 May and no sy2.csv data"),
        ]
        for (files, args, note) in cases {
            let s = try subtitle(files, args)
            #expect(s.hasSuffix(note), "\(files) \(args): \(s)")
        }
        #expect(try subtitle(["sy.csv", "lb.csv"], ["--period", "2023-02"]).hasSuffix("February 2023"))
        #expect(try subtitle(["sy.csv", "lb.csv"], ["--period", "2023-03", "--locale", "fr"]).contains("mars 2023 · Lebanon partiel : données jusqu’au 10 mars"))
    }

    @Test func aWeeklySourceThatStoppedIsNamedInABarChart() throws {
        let d = try Self.write("iraq.csv", Self.days("2023-01-02", "2023-03-27", every: 7) + ["2023-05-29"])
        try ("date_start,country,measure,best\n" + Self.days("2023-01-01", "2023-05-31").map { "\($0),Syria,killed,1\n" }.joined())
            .write(toFile: d + "/syria.csv", atomically: false, encoding: .utf8)
        let r = try tally(["chart", "bar", d + "/syria.csv", d + "/iraq.csv", "--measure", "killed", "--by", "country",
                           "--period", "2023-04", "-o", d + "/bar.svg"])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try String(contentsOfFile: d + "/bar.svg", encoding: .utf8)
        #expect(svg.contains("no Iraq data"), "\(r.stderr)")
        #expect(r.stderr.contains("iraq.csv has no record from 2023-03-28 to 2023-05-28 (62 days)"), "\(r.stderr)")
        // March, 4 silent days after its last Monday (under its 7), is whole.
        let m = try tally(["chart", "bar", d + "/syria.csv", d + "/iraq.csv", "--measure", "killed", "--by", "country",
                           "--period", "2023-03", "-o", d + "/m.svg"])
        let march = try String(contentsOfFile: d + "/m.svg", encoding: .utf8)
        #expect(m.status == 0 && !march.contains("partial"), "\(m.stderr)")
    }
}

/// A window that matches nothing (`--to` before all the data, `--from` after it, a
/// chart's `--period` outside it) printed a CSV header alone with exit 0, as if nothing
/// had happened then. It is a data error (65, as a report period with no records)
/// naming the data's dates, and nothing is written.
@Suite struct EmptyWindowCLITests {
    @Test func aWindowOutsideTheDataIsRefusedNamingTheDataDates() throws {
        let d = try WindowCoverageCLITests.daily()
        let data = d + "/daily.csv"
        for (args, asked) in [(["aggregate", data, "--to", "2018-12-31", "-o", d + "/x.csv"], "--to 2018-12-31"),
                              (["aggregate", data, "--from", "2020-01-01", "--to", "2020-02-01"], "--from 2020-01-01 --to 2020-02-01"),
                              (["chart", "bar", data, "--measure", "killed", "--to", "2018-12-31", "-o", d + "/x.png"], "--to 2018-12-31"),
                              (["chart", "bar", data, "--measure", "killed", "--period", "2018-12", "-o", d + "/x.png"], "--period 2018-12"),
                              (["chart", "timeline", data, "--measure", "killed", "--period", "month", "--from", "2020-01-01", "-o", d + "/x.png"], "--from 2020-01-01")] {
            let r = try tally(args)
            #expect(r.status == 65, "\(args) \(r.stderr)")
            #expect(r.stdout.isEmpty, "\(args)")
            #expect(r.stderr.contains("no record is dated within \(asked): the data is dated 2019-01-01 to 2019-12-31"), "\(args) \(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: d + "/x.csv") && !FileManager.default.fileExists(atPath: d + "/x.png"))
        // A window inside the data's dates that a filter leaves empty is refused too.
        let c = try tally(["aggregate", data, "--country", "Niger", "--to", "2019-02-01"])
        #expect(c.status == 65 && c.stdout.isEmpty && c.stderr.contains("no record passes the filters within --to 2019-02-01"), "\(c.stderr)")
        // A filter that matches nothing, with no dates asked, keeps exit 0 and its note.
        let n = try tally(["aggregate", data, "--country", "Niger"])
        #expect(n.status == 0 && n.stderr.contains("no rows passed the filters"), "\(n.stderr)")
    }

    /// review19 B5: `--country Iraq` in April, where the Iraq monitor has no row, was
    /// refused (65) for iraq.csv alone but printed a header alone with exit 0 beside
    /// syria.csv, whose rows reach April. The same refusal however many files, for
    /// `aggregate` and the charts.
    @Test func aWindowTheFiltersLeaveEmptyIsRefusedHoweverManyFiles() throws {
        let d = try ThinPeriodChartCLITests.files()
        let window = ["--country", "Iraq", "--from", "2023-04-01", "--to", "2023-04-30"]
        for files in [[d + "/iraq.csv"], [d + "/syria.csv", d + "/iraq.csv"], [d + "/iraq.csv", d + "/syria.csv"]] {
            for cmd in [["aggregate"], ["chart", "bar", "--measure", "killed", "-o", d + "/x.png"],
                        ["chart", "timeline", "--measure", "killed", "--period", "week", "-o", d + "/x.png"]] {
                let r = try tally(cmd + files + window)
                #expect(r.status == 65 && r.stdout.isEmpty, "\(cmd) \(files) \(r.status) \(r.stdout) \(r.stderr)")
                #expect(r.stderr.contains("no record passes the filters within --from 2023-04-01 --to 2023-04-30"), "\(cmd) \(files) \(r.stderr)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: d + "/x.png"))
    }

    /// review18 #9 / stop 24: dates in a gap between two runs of the data (a row in
    /// January 2022, then daily rows from 2023) printed a header alone with exit 0 and
    /// a note; refused, saying the gap.
    @Test func aWindowInAGapOfTheDataIsRefusedSayingSo() throws {
        let d = tempDir()
        var s = "date_start,country,measure,best\n2022-01-01,Mali,killed,2\n"
        for m in 1 ... 3 { for day in 1 ... 28 { s += "2023-0\(m)-\(day < 10 ? "0" : "")\(day),Mali,killed,2\n" } }
        try s.write(toFile: d + "/gap.csv", atomically: false, encoding: .utf8)
        let r = try tally(["aggregate", d + "/gap.csv", "--from", "2022-07-01", "--to", "2022-07-31"])
        #expect(r.status == 65 && r.stdout.isEmpty, "\(r.stderr)")
        #expect(r.stderr.contains("no record is dated within --from 2022-07-01 --to 2022-07-31: it lies in a gap of the data, "
                                  + "which has no record from 2022-01-02 to 2022-12-31"), "\(r.stderr)")
    }

    /// review19 B6: a row dated 1 January to 31 March 2023 (and one in June 2022) with
    /// `--from`/`--to` in February was refused as "the data is dated 2022-06-01 to
    /// 2023-01-01": the data reaches the end of the row's span. February holds no row
    /// starting in it (refused, saying that a span reaching into it counts in no part of
    /// it); April is after the data, which is dated to 31 March.
    @Test func theDataReachesTheEndOfARowsSpan() throws {
        let d = tempDir()
        try "date_start,date_end,country,measure,best\n2023-01-01,2023-03-31,Syria,killed,90\n2022-06-01,2022-06-30,Syria,killed,5\n"
            .write(toFile: d + "/span.csv", atomically: false, encoding: .utf8)
        let feb = try tally(["aggregate", d + "/span.csv", "--from", "2023-02-01", "--to", "2023-02-28"])
        #expect(feb.status == 65 && feb.stderr.contains("the data is dated 2022-06-01 to 2023-03-31")
                && feb.stderr.contains("a row whose date span reaches outside it is counted in no part of it"),
                "\(feb.status) \(feb.stderr)")
        #expect(!feb.stderr.contains("to 2023-01-01"), "\(feb.stderr)")
        let apr = try tally(["aggregate", d + "/span.csv", "--from", "2023-04-01", "--to", "2023-04-30"])
        #expect(apr.status == 65 && apr.stderr.contains("no record is dated within --from 2023-04-01 --to 2023-04-30: the data is dated 2022-06-01 to 2023-03-31"),
                "\(apr.stderr)")
    }
}

/// `aggregate --help` explained neither `covered` nor `covered_by_input`: a user whose
/// two-file table tally then refused to read had nowhere to learn why or what to do.
@Suite struct CoveredByInputHelpTests {
    @Test func aggregateHelpSaysWhenCoveredByInputIsWrittenAndWhatToDo() throws {
        let r = try tally(["aggregate", "--help"])
        #expect(r.status == 0)
        let help = r.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("the last column is written as covered_by_input"), "\(help)")
        #expect(help.contains("tally refuses to read such a file back (exit 65)"), "\(help)")
        #expect(help.contains("aggregate each input to a file of its own and give those files together"), "\(help)")
        #expect(help.contains("estimate (the display form") && help.contains("covered (the days of the row's period"), "\(help)")
    }
    /// review34 S6: `--period all` over a window inside a country's silence wrote the
    /// total covered whole, where by month the same days read `none`. A row of `all` is
    /// judged on the window's days within the data's own span: inside the silence,
    /// `none`; an edge in it, the stretches; days of the window past the data's last
    /// day are not claimed (as without a window), nor a hole outside the window.
    @Test(arguments: [
        ("2023-03-12", "2023-03-18", "none"),
        ("2023-03-01", "2023-03-31", "2023-03-01/2023-03-10;2023-03-20/2023-03-31"),
        ("2023-03-15", "2023-04-30", "2023-03-20/2023-04-30"),
        ("2023-03-05", "2023-03-15", "2023-03-05/2023-03-10"),
        ("2023-03-20", "2023-12-31", ""),
        ("2020-01-01", "2023-03-10", ""),
    ])
    func aRowOfAllOverAWindowSaysTheSilenceTheWindowFallsIn(from: String, to: String, covered: String) throws {
        let d = tempDir()
        let all = LongGapCLITests.days("2023-01-01", "2023-04-30")
        let syriaRows: [String] = all.map { "\($0),Syria,killed,2\n" }
        let lebanonDays: [String] = all.filter { !($0 >= "2023-03-11" && $0 <= "2023-03-19") }
        let rows: [String] = syriaRows + lebanonDays.map { "\($0),Lebanon,killed,1\n" }
        try ("date_start,country,measure,best\n" + rows.joined()).write(toFile: d + "/l3.csv", atomically: false, encoding: .utf8)
        let total = try tally(["aggregate", d + "/l3.csv", "--period", "all", "--by", "actor", "--from", from, "--to", to])
        #expect(total.status == 0, "\(total.stderr)")
        let line = total.stdout.split(separator: "\n").first { $0.contains(",all,killed,") }.map(String.init) ?? ""
        #expect(line.hasSuffix(",\(covered)") && (covered.isEmpty ? !line.hasSuffix(",,") : true), "\(total.stdout)")
        // Syria, never silent, is whole over every window; by month, no day the total
        // claims is one the months leave out.
        let syria = try tally(["aggregate", d + "/l3.csv", "--period", "all", "--country", "Syria", "--from", from, "--to", to])
        #expect(syria.stdout.split(separator: "\n").last?.hasSuffix(",") == true, "\(syria.stdout)")
    }
    /// A row of `all` over a window says what the month rows of the same window say,
    /// when a country's records lie past its own covered days (Lebanon daily in
    /// January, one straggler on 15 March) and when the table falls back to the days
    /// every country covers (Jordan, silent since January, has no row to say so): the
    /// window then misses those days altogether, and the rows are `none` (fuzz
    /// small#75: written whole).
    @Test(arguments: [(false, "2023-03-15", ""), (true, "none", "none")])
    func aRowOfAllOverAWindowSaysWhatItsMonthSays(jordan: Bool, lebanon: String, syria: String) throws {
        let d = tempDir()
        var rows: [String] = LongGapCLITests.days("2023-01-01", "2023-03-31").map { "\($0),Syria,killed,2\n" }
        rows += LongGapCLITests.days("2023-01-01", "2023-01-31").map { "\($0),Lebanon,killed,1\n" } + ["2023-03-15,Lebanon,killed,4\n"]
        if jordan { rows += LongGapCLITests.days("2023-01-01", "2023-01-31").map { "\($0),Jordan,killed,3\n" } }
        try ("date_start,country,measure,best\n" + rows.joined()).write(toFile: d + "/f.csv", atomically: false, encoding: .utf8)
        for period in ["all", "month"] {
            let run = try tally(["aggregate", d + "/f.csv", "--by", "country", "--period", period, "--from", "2023-03-01", "--to", "2023-03-31"])
            #expect(run.status == 0, "\(run.stderr)")
            let lines = run.stdout.split(separator: "\n").map(String.init)
            #expect(lines.contains { $0.hasPrefix("Lebanon,") && $0.hasSuffix(",4,4,4,1,4,\(lebanon)") }, "\(period): \(run.stdout)")
            #expect(lines.contains { $0.hasPrefix("Syria,") && $0.hasSuffix(",62,62,62,31,62,\(syria)") }, "\(period): \(run.stdout)")
        }
    }
}
