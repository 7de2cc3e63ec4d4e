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
