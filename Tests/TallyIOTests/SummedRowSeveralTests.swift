import Foundation
import Testing
@testable import TallyCore
@testable import TallyIO

/// review32 S1: a table of sums beside its events when the events come in several
/// inputs (one file per governorate, odd and even rows, one per type of violence) was
/// compared with each input alone, never with their sum, and read doubled (540 for
/// 270; the real UCDP Syria file split by type of violence beside a one-row March 2018
/// table read 7,176 for 3,588). Each input is now also compared, as the table, with all
/// the others together.
@Suite struct TablesBesideEventsInSeveralFiles {
    typealias T = TablesBesideTheirEventsBySums

    func run(_ files: [String]) throws -> IngestOutcome {
        try Ingest.run(IngestRequest(files: files, config: AggregationConfig(grouping: Grouping([.country]), period: .year)))
    }

    func list(_ keep: ((day: String, place: String, best: Int), Int) -> Bool) -> String {
        "date_start,country,adm_1,measure,best\n"
            + T.events.enumerated().filter { keep($0.element, $0.offset) }.map { "\($0.element.day),Syria,\($0.element.place),killed,\($0.element.best)\n" }.joined()
    }

    @Test(arguments: ["by place", "odd and even", "thirds"], [false, true])
    func aTableBesideItsEventsSplitInFilesIsRefused(split: String, tableFirst: Bool) throws {
        let dir = scratchDirectory()
        let parts: [String]
        switch split {
        case "by place": parts = ["Aleppo", "Homs", "Idlib"].map { p in writeFile(list { e, _ in e.place == p }, name: "g_\(p).csv", in: dir) }
        case "odd and even": parts = [0, 1].map { k in writeFile(list { _, i in i % 2 == k }, name: "part\(k).csv", in: dir) }
        default: parts = [0, 1, 2].map { k in writeFile(list { _, i in i % 3 == k }, name: "third\(k).csv", in: dir) }
        }
        let table = writeFile("id,date_start,country,measure,best\n1,2023-04-30,Syria,killed,\(T.sum(month: 4))\n2,2023-05-31,Syria,killed,\(T.sum(month: 5))\n",
                              name: "tab.csv", in: dir)
        let files = tableFirst ? [table] + parts : parts + [table]
        do {
            let o = try run(files)
            Issue.record("read: \(o.result.rows.map(\.estimate.best))")
        } catch let e as TallyError {
            #expect(e.exitCode == 65)
            #expect(e.message.contains("tab.csv reads as a table of figures by period beside the event records of "), "\(e.message)")
            #expect(e.message.contains(" together: its row of Syria killed dated 2023-04-30 (\(T.sum(month: 4))), "), "\(e.message)")
        }
    }

    /// The parts alone, and an honest split by place, by rows or by thirds with no table, read.
    @Test func theSplitsAloneRead() throws {
        let dir = scratchDirectory()
        let parts = ["Aleppo", "Homs", "Idlib"].map { p in writeFile(list { e, _ in e.place == p }, name: "g_\(p).csv", in: dir) }
        #expect(try run(parts).result.rows.map(\.estimate.best) == [Int64(T.total)])
        let thirds = [0, 1, 2].map { k in writeFile(list { _, i in i % 3 == k }, name: "t\(k).csv", in: dir) }
        #expect(try run(thirds).result.rows.map(\.estimate.best) == [Int64(T.total)])
    }
}

/// review33 R2: honest small files agree by chance: one event of 2 equal to two others'
/// 1 + 1 in the same month, three times, made "three matches of any size" and the pair
/// was refused as a table (the real UCDP Myanmar file cut in 20 to 40 files by row, a
/// generated list cut by actor). Three small matches now need one that sums three
/// records or more; figures reaching 50 still count alone.
@Suite struct ChanceMatchesOfTwoRecords {
    func run(_ files: [String]) throws -> IngestOutcome {
        try Ingest.run(IngestRequest(files: files, config: AggregationConfig(grouping: Grouping([.country]), period: .year)))
    }

    @Test(arguments: [false, true])
    func threeSmallMatchesOfTwoRecordsRead(reversed: Bool) throws {
        let dir = scratchDirectory()
        let a = writeFile("date_start,country,measure,best\n2023-04-10,Syria,killed,2\n2023-05-10,Syria,killed,2\n2023-06-10,Syria,killed,3\n", name: "a.csv", in: dir)
        let b = writeFile("date_start,country,measure,best\n2023-04-03,Syria,killed,1\n2023-04-20,Syria,killed,1\n2023-05-05,Syria,killed,1\n"
                          + "2023-05-25,Syria,killed,1\n2023-06-02,Syria,killed,1\n2023-06-28,Syria,killed,2\n", name: "b.csv", in: dir)
        let o = try run(reversed ? [b, a] : [a, b])
        #expect(o.result.rows.map(\.estimate.best) == [14])
    }

    /// Three small matches of three records each are a table's.
    @Test func threeSmallMatchesOfThreeRecordsAreATable() throws {
        let dir = scratchDirectory()
        let a = writeFile("id,date_start,country,measure,best\n1,2023-04-30,Syria,killed,3\n2,2023-05-31,Syria,killed,3\n3,2023-06-30,Syria,killed,4\n", name: "tab.csv", in: dir)
        let b = writeFile("date_start,country,measure,best\n2023-04-03,Syria,killed,1\n2023-04-12,Syria,killed,1\n2023-04-20,Syria,killed,1\n"
                          + "2023-05-05,Syria,killed,1\n2023-05-15,Syria,killed,1\n2023-05-25,Syria,killed,1\n"
                          + "2023-06-02,Syria,killed,1\n2023-06-12,Syria,killed,1\n2023-06-28,Syria,killed,2\n", name: "ev.csv", in: dir)
        #expect(throws: TallyError.self) { _ = try run([b, a]) }
    }
}
