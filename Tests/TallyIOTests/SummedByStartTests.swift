import Foundation
import Testing
@testable import TallyCore
@testable import TallyIO

/// review32 S7: a monthly table made the usual way from an event list (pandas'
/// `groupby(date_start month).best.sum()`) holds the events that start in a month and end
/// after it; the sums rule added only the events that fit in the month, so beside the
/// real UCDP Syria file (41 of 47 months hold such an event) the desk's table never
/// matched and was read doubled (February 2016 7,041 for 3,495). A table's month now
/// also matches the records by the month they start in.
@Suite struct TablesSummedByStartMonth {
    static let events = """
    date_start,date_end,country,measure,best
    2023-04-03,2023-04-03,Syria,killed,6
    2023-04-09,2023-04-09,Syria,killed,11
    2023-04-17,2023-04-17,Syria,killed,4
    2023-04-28,2023-05-02,Syria,killed,30
    2023-05-05,2023-05-05,Syria,killed,9
    2023-05-14,2023-05-14,Syria,killed,13
    2023-05-30,2023-06-03,Syria,killed,25

    """

    func run(_ files: [String]) throws -> IngestOutcome {
        try Ingest.run(IngestRequest(files: files, config: AggregationConfig(grouping: Grouping([.country]), period: .year)))
    }

    /// By start month: April 51 (6 + 11 + 4 + 30), May 47 (9 + 13 + 25); by fit, 21 and 22.
    @Test(arguments: [
        "id,date_start,country,measure,best\n1,2023-04-01,Syria,killed,51\n2,2023-05-01,Syria,killed,47\n",
        "date_start,country,measure,best\n2023-04-30,Syria,killed,51\n",
        "id,date_start,country,measure,best\n0,2023-04-01,Syria,killed,51\n",
    ], [false, true])
    func aTableByStartMonthIsRefused(table: String, tableFirst: Bool) throws {
        let ev = writeFile(Self.events, name: "ev.csv", in: scratchDirectory())
        let tab = writeFile(table, name: "tab.csv", in: scratchDirectory())
        do {
            let o = try run(tableFirst ? [tab, ev] : [ev, tab])
            Issue.record("read: \(o.result.rows.map(\.estimate.best))")
        } catch let e as TallyError {
            #expect(e.exitCode == 65)
            #expect(e.message.hasPrefix("\(tab) reads as a table of figures by period beside the event records of \(ev): its row of Syria killed dated 2023-04-"), "\(e.message)")
        }
    }

    /// The events alone read; a table of other figures beside them reads (its months
    /// match neither way: another source's, added by the documented rule).
    @Test func theEventsAloneAndAnotherTableRead() throws {
        let ev = writeFile(Self.events, name: "ev.csv", in: scratchDirectory())
        #expect(try run([ev]).result.rows.map(\.estimate.best) == [98])
        let other = writeFile("id,date_start,country,measure,best\n1,2023-04-01,Syria,killed,60\n2,2023-05-01,Syria,killed,40\n", name: "other.csv", in: scratchDirectory())
        #expect(try run([ev, other]).result.rows.map(\.estimate.best) == [198])
    }
}

/// review35 S-h: a table of the events dated to within 2-6 days or better (UCDP's
/// date_prec <= 2), summed by the month they start in, beside the whole list was read
/// doubled (the real Syria file's March 2018: 6,574 for 3,588, exit 0): only the events
/// of one day, of at most 7 days, that fit, or all by start were matched. Now also those
/// of at most 5 days (date_prec <= 2) and of at most 30 (date_prec <= 4).
@Suite struct TablesOfAPrecisionSubset {
    /// Lengths past the first day 0, 3, 6, 15 (to May), 46 (to June), 0.
    /// By start: one day 110, <= 5 days 220, <= 6 260, <= 30 560, all 640; fit 260.
    static let events = """
    date_start,date_end,country,measure,best
    2023-04-03,2023-04-03,Syria,killed,60
    2023-04-09,2023-04-12,Syria,killed,110
    2023-04-17,2023-04-23,Syria,killed,40
    2023-04-20,2023-05-05,Syria,killed,300
    2023-04-25,2023-06-10,Syria,killed,80
    2023-04-28,2023-04-28,Syria,killed,50

    """

    func run(_ files: [String]) throws -> IngestOutcome {
        try Ingest.run(IngestRequest(files: files, config: AggregationConfig(grouping: Grouping([.country]), period: .year)))
    }

    @Test(arguments: [110, 220, 260, 560, 640], [false, true])
    func aTableOfEachSubsetIsRefused(figure: Int, tableFirst: Bool) throws {
        let dir = scratchDirectory()
        let ev = writeFile(Self.events, name: "ev.csv", in: dir)
        let tab = writeFile("id,date_start,country,measure,best\n1,2023-04-01,Syria,killed,\(figure)\n", name: "tab.csv", in: dir)
        let e = errorOf { _ = try run(tableFirst ? [tab, ev] : [ev, tab]) }
        #expect(e?.exitCode == 65 && e?.message.hasPrefix("\(tab) reads as a table of figures by period beside the event records of \(ev): its row of Syria killed dated 2023-04-01") == true,
                "\(figure): \(String(describing: e))")
    }

    /// Other figures beside the list are another source's, added.
    @Test(arguments: [100, 230, 300, 600])
    func otherFiguresRead(figure: Int) throws {
        let dir = scratchDirectory()
        let ev = writeFile(Self.events, name: "ev.csv", in: dir)
        let tab = writeFile("id,date_start,country,measure,best\n1,2023-04-01,Syria,killed,\(figure)\n", name: "tab.csv", in: dir)
        #expect(try run([ev, tab]).result.rows.map(\.estimate.best).reduce(0, +) == Int64(640 + figure))
    }
}

/// review32 S5: tables by weeks that start on a Saturday or a Friday, by dekads (1-10,
/// 11-20, 21-end, as FAO and WFP publish) and by half-months, dated to a window's first
/// or last day, were read doubled beside their events (on the real Syria file 224,674
/// for 112,337, exit 0): only calendar months and ISO weeks were matched.
@Suite struct TablesByOtherWindows {
    static let events = """
    date_start,date_end,country,measure,best
    2023-04-01,2023-04-01,Syria,killed,20
    2023-04-03,2023-04-03,Syria,killed,15
    2023-04-06,2023-04-07,Syria,killed,25
    2023-04-08,2023-04-08,Syria,killed,30
    2023-04-10,2023-04-10,Syria,killed,10
    2023-04-14,2023-04-14,Syria,killed,40
    2023-04-18,2023-04-18,Syria,killed,12
    2023-04-21,2023-04-21,Syria,killed,5
    2023-04-30,2023-04-30,Syria,killed,45

    """

    func run(_ files: [String]) throws -> IngestOutcome {
        try Ingest.run(IngestRequest(files: files, config: AggregationConfig(grouping: Grouping([.country]), period: .year)))
    }

    static func table(_ rows: [(String, Int)]) -> String {
        "date_start,country,measure,best\n" + rows.map { "\($0.0),Syria,killed,\($0.1)\n" }.joined()
    }

    @Test(arguments: [
        // Saturday weeks (2023-04-01 is a Saturday), by their first day and their last.
        [("2023-04-01", 60), ("2023-04-08", 80)], [("2023-04-07", 60), ("2023-04-14", 80)],
        // Friday weeks: 2023-03-31 to 04-06 (60, with the row of 04-06 to 04-07 by its start), 04-07 to 04-13 (40).
        [("2023-03-31", 60), ("2023-04-07", 40)], [("2023-04-06", 60), ("2023-04-13", 40)],
        // Dekads, by first day and by last.
        [("2023-04-01", 100), ("2023-04-11", 52), ("2023-04-21", 50)], [("2023-04-10", 100), ("2023-04-20", 52), ("2023-04-30", 50)],
        // Half-months.
        [("2023-04-01", 140), ("2023-04-16", 62)], [("2023-04-15", 140), ("2023-04-30", 62)],
    ], [false, true])
    func aTableByTheseWindowsIsRefused(rows: [(String, Int)], tableFirst: Bool) throws {
        let dir = scratchDirectory()
        let ev = writeFile(Self.events, name: "ev.csv", in: dir)
        let tab = writeFile(Self.table(rows), name: "tab.csv", in: dir)
        let e = errorOf { _ = try run(tableFirst ? [tab, ev] : [ev, tab]) }
        #expect(e?.exitCode == 65 && e?.message.hasPrefix("\(tab) reads as a table of figures by period beside the event records of \(ev): its row of Syria killed dated \(rows[0].0) (\(rows[0].1))") == true,
                "\(rows): \(String(describing: e))")
    }

    /// Figures that are not the list's sums (another monitor's weekly counts) are added;
    /// one window that matches is not enough (two must).
    @Test(arguments: [
        [("2023-04-01", 61), ("2023-04-08", 79)], [("2023-04-01", 60), ("2023-04-08", 81)],
        [("2023-04-01", 101), ("2023-04-11", 50), ("2023-04-21", 49)],
    ])
    func otherFiguresRead(rows: [(String, Int)]) throws {
        let dir = scratchDirectory()
        let ev = writeFile(Self.events, name: "ev.csv", in: dir)
        let tab = writeFile(Self.table(rows), name: "tab.csv", in: dir)
        #expect(try run([ev, tab]).result.rows.map(\.estimate.best).reduce(0, +) == Int64(202 + rows.map(\.1).reduce(0, +)))
    }
}
