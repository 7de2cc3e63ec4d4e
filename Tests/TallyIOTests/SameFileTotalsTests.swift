import Foundation
import Testing
@testable import TallyCore
@testable import TallyIO

/// review32 S11, names13: totals typed into the same file as the events they total (a
/// "Total" row under each month, a row per governorate or country that sums the rows
/// beside it) were read as events: `Syria 14` for 7 by country, exit 0. The sums check
/// ran only across inputs, the key notes only with the place column in `--by`.
@Suite struct TotalsTypedIntoTheSameFile {
    static let header = "date_start,date_end,country,adm_1,adm_2,measure,best,notes\n"
    /// Three events of April 2023 (7 killed), in three governorates.
    static let april = """
        2023-04-03,2023-04-03,Syria,Aleppo,Azaz,killed,2,clash
        2023-04-10,2023-04-10,Syria,Idlib,Ariha,killed,2,airstrike
        2023-04-21,2023-04-21,Syria,Homs,Rastan,killed,3,shelling

        """

    func run(_ files: [String], by: [GroupKey] = [.country], period: PeriodKind = .month, overlap: OverlapRule = .refuse) throws -> IngestOutcome {
        var request = IngestRequest(files: files, config: AggregationConfig(grouping: Grouping(by), period: period))
        request.overlap = overlap
        return try Ingest.run(request)
    }

    func best(_ o: IngestOutcome) -> Int64 { o.result.rows.map(\.estimate.best).reduce(0, +) }

    @Test func aRowThatSaysItIsTheTotalIsRefusedWhateverTheGrouping() throws {
        let dir = scratchDirectory()
        // adm_1 written as a total in several languages, adm_2 `Total`, notes `monthly total`.
        let rows = [
            "2023-04-30,2023-04-30,Syria,Total,,killed,7,",
            "2023-04-30,2023-04-30,Syria,All,,killed,7,",
            "2023-04-30,2023-04-30,Syria,Syria total,,killed,7,",
            "2023-04-30,2023-04-30,Syria,Grand total,,killed,7,",
            "2023-04-30,2023-04-30,Syria,المجموع,,killed,7,",
            "2023-04-30,2023-04-30,Syria,Gesamt,,killed,7,",
            "2023-04-30,,Syria,,,killed,7,monthly total",
            "2023-04-12,2023-04-12,Syria,Aleppo,Total,killed,4,",
        ]
        for (i, row) in rows.enumerated() {
            // The last: adm_2 `Total` of Aleppo (4) beside its districts' 2, 1 and 1, not the country's sum.
            let extra = i == 7 ? "2023-04-11,2023-04-11,Syria,Aleppo,Mare,killed,1,\n2023-04-12,2023-04-12,Syria,Aleppo,Tal Rifaat,killed,1,\n" : ""
            let f = writeFile(Self.header + Self.april + extra + row + "\n", name: "t\(i).csv", in: dir)
            for by in [[GroupKey.country], [.country, .adm1], [.adm1]] {
                let e = errorOf { _ = try run([f], by: by) }
                #expect(e?.exitCode == 65 && e?.message.hasPrefix("\(f) holds totals typed among its events: the row of Syria") == true,
                        "\(row) by \(by): \(String(describing: e))")
                #expect(e?.message.contains("(\(f):\(i == 7 ? 7 : 5))") == true, "\(String(describing: e))")
                #expect(e?.message.contains("remove the total rows") == true)
            }
            // --overlap both counts every row as written (14 for 7: what the user asked).
            #expect(try best(run([f], overlap: .both)) == (i == 7 ? 13 : 14))
        }
        let e = errorOf { _ = try run([writeFile(Self.header + Self.april + rows[0] + "\n", name: "named.csv", in: dir)]) }
        #expect(e?.message.contains("the row of Syria killed (\(dir)/named.csv:5) with 7 is the sum of the 3 other rows above 0 of Syria killed from 2023-04-01 to 2023-04-30 (7), and says it is a total") == true,
                "\(String(describing: e))")
    }

    /// Review46 S8: a total typed as a country (`Total`, `All countries` in the country
    /// column) was added to the countries it totals (a report's cover read 30 for 15,
    /// exit 0), while the same row as a governorate was refused. One rule at every level.
    @Test(arguments: ["Total", "All countries", "All", "TOTAL", "Grand total", "Total général", "Totales", "المجموع", "Gesamt", "Total (all countries)", "\"  total \""])
    func aTotalTypedAsACountryIsRefused(_ name: String) throws {
        let dir = scratchDirectory()
        let events = "2023-02-05,2023-02-05,Syria,Idlib,,killed,10,\n2023-02-06,2023-02-06,Iraq,,,killed,3,\n2023-02-07,2023-02-07,Yemen,,,killed,2,\n"
        let f = writeFile(Self.header + events + "2023-02-28,2023-02-28,\(name),,,killed,15,\n", name: "c.csv", in: dir)
        for by in [[GroupKey.country], [.adm1], [.country, .adm1]] {
            let e = errorOf { _ = try run([f], by: by) }
            #expect(e?.exitCode == 65 && e?.message.hasPrefix("\(f) holds totals typed among its events: the row of all countries' killed (\(f):5) with 15 ") == true,
                    "\(name) by \(by): \(String(describing: e))")
        }
        // A total typed as a country whose figure is not the others' exact sum (a revised
        // total) is refused too; --overlap both counts every row as written.
        let revised = writeFile(Self.header + events + "2023-02-28,2023-02-28,\(name),,,killed,16,\n", name: "r.csv", in: dir)
        #expect(errorOf { _ = try run([revised]) }?.exitCode == 65)
        #expect(try best(run([f], overlap: .both)) == 30)
    }

    /// The honest twins of the rule above: countries whose figures happen to add up (one
    /// country's month the sum of the others' in one month), a country named like a
    /// word, files of one country, and a total with its own figure far below the others'.
    @Test func countriesWhoseFiguresAddUpByChanceRead() throws {
        let dir = scratchDirectory()
        let chance = writeFile(Self.header + "2023-02-05,,Syria,,,killed,10,\n2023-02-06,,Iraq,,,killed,6,\n2023-02-07,,Yemen,,,killed,4,\n"
            + "2023-03-05,,Syria,,,killed,12,\n2023-03-06,,Iraq,,,killed,3,\n2023-03-07,,Yemen,,,killed,4,\n", name: "chance.csv", in: dir)
        #expect(try best(run([chance])) == 39)
        let oneCountry = writeFile(Self.header + Self.april, name: "one.csv", in: dir)
        #expect(try best(run([oneCountry])) == 7)
    }

    /// Twelve months of events by governorate, each month a country row (no adm_1, no
    /// word) or a governorate row of the month's sum.
    static func year(countryTotals: Bool, governorateTotals: Bool, months: ClosedRange<Int> = 1...12) -> (text: String, events: Int) {
        var out = header, events = 0
        let places = ["Aleppo", "Homs", "Idlib", "Daraa"]
        for m in 1...12 {
            var sums: [String: Int] = [:]
            for i in 0..<8 {
                let best = 1 + (i * 7 + m * 3) % 6
                let place = places[i % 4]
                out += String(format: "2023-%02d-%02d,,Syria,%@,,killed,%d,\n", m, 1 + i * 3, place, best)
                sums[place, default: 0] += best
                events += best
            }
            let last = DatePrecision.month.span(of: CalendarDay(year: 2023, month: m, day: 1)!).last
            if countryTotals && months.contains(m) { out += "\(last),,Syria,,,killed,\(sums.values.reduce(0, +)),\n" }
            if governorateTotals && months.contains(m) {
                for p in places { out += "\(last),,Syria,\(p),,killed,\(sums[p]!),\n" }
            }
        }
        return (out, events)
    }

    @Test func totalsWithNoWordAreFoundByTheirFigures() throws {
        let dir = scratchDirectory()
        for (name, country, governorate, months) in [("c.csv", true, false, 1...12), ("g.csv", false, true, 1...12), ("from-june.csv", true, false, 6...12)] {
            let (text, events) = Self.year(countryTotals: country, governorateTotals: governorate, months: months)
            let f = writeFile(text, name: name, in: dir)
            let e = errorOf { _ = try run([f]) }
            #expect(e?.exitCode == 65 && e?.message.hasPrefix("\(f) holds totals typed among its events: ") == true, "\(name): \(String(describing: e))")
            #expect(e?.message.contains("that could be (too many for chance)") == true, "\(String(describing: e))")
            // What was read before: every total counted on top of its events.
            #expect(try best(run([f], overlap: .both)) > Int64(events))
        }
        // The same events without the totals read as written.
        let (plain, events) = Self.year(countryTotals: false, governorateTotals: false)
        #expect(try best(run([writeFile(plain, name: "plain.csv", in: dir)])) == Int64(events))
    }

    @Test func honestCoincidencesRead() throws {
        let dir = scratchDirectory()
        let cases: [(String, Int64)] = [
            // One event a month: its figure is the month's sum, no total.
            (Self.header + "2023-04-03,,Syria,Aleppo,Azaz,killed,7,clash\n2023-05-03,,Syria,Aleppo,Azaz,killed,4,clash\n", 11),
            // An event as large as the others together, in a place whose name means "the sum".
            (Self.header + Self.april + "2023-04-28,,Syria,Al-Majmoua,,killed,7,massacre\n", 14),
            // The same with no place: one month alone cannot tell it from a total.
            (Self.header + Self.april + "2023-04-28,,Syria,,,killed,7,\n", 14),
            // A word in a long note, the figure no sum.
            (Self.header + Self.april + "2023-04-28,,Syria,Homs,,killed,5,the total of the clashes this week\n", 12),
            // An actor whose name says national, as large as the others.
            ("date_start,country,adm_1,actor,measure,best\n2023-04-03,Syria,Aleppo,SAA,killed,2\n2023-04-10,Syria,Idlib,SAA,killed,2\n"
                + "2023-04-21,Syria,Homs,SAA,killed,3\n2023-04-22,Syria,Homs,National Defence Forces,killed,7\n", 14),
        ]
        for (i, (text, expected)) in cases.enumerated() {
            let f = writeFile(text, name: "h\(i).csv", in: dir)
            #expect(try best(run([f])) == expected, "\(i)")
        }
    }
    /// review39 R1, R2: a sparse monitor's three events a week of 1 or 2 killed, where one
    /// event equals the others' sum in 4 of 8 weeks by chance, was refused as "too many for
    /// chance"; and a note of an event that says `in total` made a chance match a total.
    @Test func smallFiguresAndNotesThatDescribeAnEventRead() throws {
        let dir = scratchDirectory()
        let weeks: [[Int]] = [[1, 1, 2], [1, 1, 1], [2, 1, 1], [1, 2, 2], [1, 2, 1], [1, 1, 1], [1, 1, 2], [2, 2, 1]]
        var text = Self.header, total = 0
        for (w, figures) in weeks.enumerated() {
            for (d, f) in figures.enumerated() {
                let day = CalendarDay(year: 2023, month: 1, day: 2)!.adding(days: w * 7 + d * 2)
                text += "\(day),,Syria,Idlib,,killed,\(f),\n"
                total += f
            }
        }
        #expect(try best(run([writeFile(text, name: "sparse.csv", in: dir)])) == Int64(total))
        for (i, note) in ["5 killed in total", "total toll after hospital update", "toll revised; total 5", "sum of two reports",
                          "Total: 5 soldiers killed"].enumerated() {
            let f = writeFile(Self.header + "2023-03-02,,Syria,Idlib,,killed,2,\n2023-03-09,,Syria,Aleppo,,killed,3,\n"
                              + "2023-03-16,,Syria,Hama,,killed,5,\(note)\n", name: "n\(i).csv", in: dir)
            #expect(try best(run([f])) == 10, "\(note)")
        }
    }

    /// review39 S1-S4 (totals3): rows that say they are totals, of spans no group is (a
    /// quarter, a half-month), revised by a few, of an actor (`SAA (total)`: groups are
    /// never by actor), or a month's dated the 1st of the next, were read as events: 648
    /// for 324, exit 0 (the revised: 642). Each is the largest row of a group it is in,
    /// beside other rows whose sum is at most eight times its figure.
    static let actorHeader = "date_start,date_end,country,adm_1,actor,measure,best,notes\n"
    /// 96 events of 2023 (324 killed), 8 a month in four governorates, by two actors.
    static let events: [(day: CalendarDay, place: String, actor: String, best: Int)] = (1...12).flatMap { m in
        (0..<8).map { i in (CalendarDay(year: 2023, month: m, day: 1 + i * 3)!, ["Aleppo", "Homs", "Idlib", "Daraa"][i % 4], ["SAA", "FSA"][i % 2], 1 + (i * 7 + m * 3) % 6) }
    }
    static func eventRows(note: (Int) -> String = { _ in "" }) -> String {
        events.enumerated().map { i, e in "\(e.day),,Syria,\(e.place),\(e.actor),killed,\(e.best),\(note(i))\n" }.joined()
    }
    static func sum(_ keep: ((day: CalendarDay, place: String, actor: String, best: Int)) -> Bool) -> Int {
        events.filter(keep).map(\.best).reduce(0, +)
    }

    @Test func rowsThatSayTheyAreTotalsOfAnySpanAreRefused() throws {
        let dir = scratchDirectory()
        func last(_ m: Int) -> CalendarDay { DatePrecision.month.span(of: CalendarDay(year: 2023, month: m, day: 1)!).last }
        func first(_ m: Int) -> CalendarDay { CalendarDay(year: 2023, month: m, day: 1)! }
        func month(_ d: CalendarDay) -> Int { d.components.month }
        let quarters = (0..<4).map { q in (first(q * 3 + 1), last(q * 3 + 3), Self.sum { (q * 3 + 1...q * 3 + 3).contains(month($0.day)) }) }
        let cases: [(String, String)] = [
            ("quarter", quarters.map { "\($0.0),\($0.1),Syria,Total,,killed,\($0.2),\n" }.joined()),
            ("quarter-note", quarters.enumerated().map { q, x in "\(x.0),\(x.1),Syria,,,killed,\(x.2),Q\(q + 1) total\n" }.joined()),
            ("quarter-place", (0..<4).flatMap { q in ["Aleppo", "Homs", "Idlib", "Daraa"].map { p in
                "\(first(q * 3 + 1)),\(last(q * 3 + 3)),Syria,\(p) total,,killed,\(Self.sum { $0.place == p && (q * 3 + 1...q * 3 + 3).contains(month($0.day)) }),\n" } }.joined()),
            ("half-month", (1...12).map { m in
                "\(first(m)),\(first(m).adding(days: 14)),Syria,Total,,killed,\(Self.sum { month($0.day) == m && $0.day.components.day <= 15 }),\n"
                    + "\(first(m).adding(days: 15)),\(last(m)),Syria,Total,,killed,\(Self.sum { month($0.day) == m && $0.day.components.day > 15 }),\n" }.joined()),
            ("revised", (1...12).map { m in "\(last(m)),,Syria,Total,,killed,\(Self.sum { month($0.day) == m } + (m % 2 == 1 ? 1 : -2)),\n" }.joined()),
            ("actor", (1...12).flatMap { m in ["SAA", "FSA"].map { a in
                "\(first(m)),\(last(m)),Syria,,\(a) (total),killed,\(Self.sum { month($0.day) == m && $0.actor == a }),\n" } }.joined()),
            ("next-month", (1...12).map { m in "\(last(m).adding(days: 1)),,Syria,Total,,killed,\(Self.sum { month($0.day) == m }),\n" }.joined()),
            ("one-month-revised", "\(last(4)),,Syria,Total,,killed,\(Self.sum { month($0.day) == 4 } + 1),\n"),
        ]
        for (name, totals) in cases {
            let text = Self.actorHeader + (name == "one-month-revised" ? Self.eventRows().split(separator: "\n").filter { $0.hasPrefix("2023-04") }.map { $0 + "\n" }.joined()
                                               : Self.eventRows()) + totals
            let f = writeFile(text, name: "\(name).csv", in: dir)
            let e = errorOf { _ = try run([f]) }
            #expect(e?.exitCode == 65 && e?.message.hasPrefix("\(f) holds totals typed among its events: the row of Syria") == true, "\(name): \(String(describing: e))")
            #expect(e?.message.contains("says it is a total") == true, "\(name): \(String(describing: e))")
            // What was read before: every total on top of its events (by the whole input:
            // by month, a quarter's row is one "known less precisely").
            #expect(try best(run([f], period: .all, overlap: .both)) > Int64(name == "one-month-revised" ? 24 : 324) + 20, "\(name)")
        }
        // The message of a quarter's row: the year's other rows, and their sum.
        let e = errorOf { _ = try run([writeFile(Self.actorHeader + Self.eventRows() + "\(quarters[0].0),\(quarters[0].1),Syria,Total,,killed,\(quarters[0].2),\n", name: "q1.csv", in: dir)]) }
        #expect(e?.message.contains("with \(quarters[0].2) says it is a total and is the largest of the 96 other rows above 0 of Syria killed in 2023 (324 together)") == true,
                "\(String(describing: e))")
    }

    /// review40 S1: a month's `Total` row equal to its one event above 0, among events of 0,
    /// read after it or before it, was added to it (8 for 4, exit 0): refused; the events
    /// alone read 4.
    @Test func aTotalOfTheOneEventWithVictimsIsRefused() throws {
        let dir = scratchDirectory()
        let events = ["2023-03-02,2023-03-02,Syria,Daraa,Busra,killed,0,clash", "2023-03-09,2023-03-09,Syria,Daraa,Nawa,killed,0,clash",
                      "2023-03-15,2023-03-15,Syria,Daraa,Izra,killed,4,shelling", "2023-03-22,2023-03-22,Syria,Daraa,Tafas,killed,0,clash"]
        let total = "2023-03-01,2023-03-31,Syria,Total,,killed,4,"
        for rows in [events + [total], [total] + events] {
            let f = writeFile(Self.header + rows.joined(separator: "\n") + "\n", name: "z.csv", in: dir)
            let e = errorOf { _ = try run([f]) }
            #expect(e?.exitCode == 65, "\(e?.message ?? "read")")
            #expect(e?.message.contains("holds totals typed among its events") == true, "\(e?.message ?? "read")")
            #expect(e?.message.contains("with 4 says it is a total and is the figure of the one other row above 0 of Syria killed "
                + "from 2023-03-01 to 2023-03-31 (4): it totals that row") == true, "\(e?.message ?? "read")")
        }
        let f = writeFile(Self.header + events.joined(separator: "\n") + "\n", name: "z.csv", in: dir)
        #expect(try best(run([f])) == 4)
    }

    /// The honest twins: the events alone, and with their largest event's note saying
    /// `Total losses` or `total dead` (a note that says more than that its row is a total
    /// may describe an event: read unless its figure is the others' exact sum).
    @Test func eventsWhoseNotesSayTotalAndMoreRead() throws {
        let dir = scratchDirectory()
        let largest = Self.events.indices.max { (Self.events[$0].best, -$0) < (Self.events[$1].best, -$1) }!
        for note in ["", "Total losses", "total dead", "sum of reports"] {
            let f = writeFile(Self.actorHeader + Self.eventRows { $0 == largest ? note : "" }, name: "e.csv", in: dir)
            #expect(try best(run([f])) == 324, "\(note)")
        }
    }
}

/// Issue 9 (speed): a row of one day takes its week, month and year without the
/// calendar arithmetic a row of several days needs; both give the same groups.
@Suite struct SameFileTotalsPeriodsOfADay {
    @Test func aDayIsInItsMondayWeekItsMonthAndItsYear() {
        let first = CalendarDay(year: 2019, month: 12, day: 20)!, last = CalendarDay(year: 2025, month: 1, day: 10)!
        var d = first
        var previousWeek: Int32?
        while d <= last {
            let p = SameFileTotals.periods(day: d, last: d)
            let (y, m, _) = d.components
            #expect(p.month == Int32(y * 12 + m - 1) && p.year == Int32(y), "\(d)")
            // A new week begins on a Monday and on no other day.
            if let w = previousWeek, let now = p.week { #expect((now == w + 1) == (d.isoWeekday == 1), "\(d)") }
            #expect(p.week != nil, "\(d)")
            // The same as a span of the day alone read the general way (a day's span to itself).
            let next = d.adding(days: 1)
            let wide = SameFileTotals.periods(day: d, last: next)
            #expect(wide.month == (next.components.month == m ? p.month : nil), "\(d)")
            previousWeek = p.week
            d = next
        }
    }
}
