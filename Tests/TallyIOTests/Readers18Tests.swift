import Foundation
import Testing
@testable import TallyCore
import TallyTestSupport
@testable import TallyIO

/// readers18 (review58 P3): an ACLED row given twice with only its id's letter case
/// changed (`SYR1`, then `syr1`, every other field equal) was refused "again with other
/// contents", quoting the later line's `syr1` for the earlier line. ACLED ids are
/// compared without letter case, so the row is a repeat, counted once; and an id given
/// twice with other contents quotes each line's spelling only where it is known.
@Suite struct Readers18RepeatedIdSpelling {
    static let acled = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,actor1,actor2,country,admin1,admin2,location,source,notes,fatalities\n"
    static func acledRow(_ id: String, fatalities: Int = 3) -> String {
        "\(id),2020-01-01,2020,1,Political violence,Battles,Military Forces of Syria (2000-),,Syria,Aleppo,A,T,Local Source,n,\(fatalities)\n"
    }
    static let ged = "id,date_start,date_end,country,adm_1,side_a,date_prec,deaths_a,deaths_b,deaths_civilians,deaths_unknown,low,best,high\n"

    @Test func anAcledRowRepeatedWithItsIdInAnotherCaseIsOneRepeatedEvent() throws {
        for (a, b) in [("SYR1", "syr1"), ("syr1", "SYR1"), ("Syr1", "sYR1")] {
            let f = writeFile(Self.acled + Self.acledRow(a) + Self.acledRow(b), name: "p3.csv")
            let o = try read([f], by: [.country], period: .all)
            #expect(o.result.rows.map(\.estimate.best) == [3], "\(a) \(b)")
            #expect(o.result.rows.map(\.events) == [1], "\(a) \(b)")
            #expect(o.duplicates.withinFile == 1, "\(a) \(b)")
        }
    }

    /// Another version (fatalities 3, then 4): refused, at the earlier line, quoting that
    /// line's own spelling and never the other's for it; the same message whatever the
    /// workers and blocks.
    @Test func anotherVersionWithTheIdWrittenAnotherWayQuotesEachLinesOwnSpelling() throws {
        let cases: [(String, String, String)] = [
            ("SYR1", "syr1", ":2: column 'event_id_cnty': the id \"SYR1\" is on line 3 again with other contents, written another way there (ids are compared without letter case); "),
            ("syr1", "SYR1", ":2: column 'event_id_cnty': the id of this line is on line 3 again with other contents, written \"SYR1\" there and another way here (ids are compared without letter case); "),
            ("syr1", "Syr1", ":2: column 'event_id_cnty': the id \"SYR1\" (as ids are compared without letter case) is on line 3 again with other contents, written another way on each line; "),
            // review59 F1: ids of 5 to 7 bytes that differ in their first byte alone.
            ("syr1000", "Syr1000", ":2: column 'event_id_cnty': the id \"SYR1000\" (as ids are compared without letter case) is on line 3 again with other contents, written another way on each line; "),
            ("Syr10", "syr10", ":2: column 'event_id_cnty': the id \"SYR10\" (as ids are compared without letter case) is on line 3 again with other contents, written another way on each line; "),
            ("SYR1000", "sYR1000", ":2: column 'event_id_cnty': the id \"SYR1000\" is on line 3 again with other contents, written another way there (ids are compared without letter case); "),
            // Written alike: as before.
            ("syr1", "syr1", ":2: column 'event_id_cnty': the id \"syr1\" is on line 3 again with other contents; "),
        ]
        for (a, b, want) in cases {
            var rows = ""
            for i in 0 ..< 300 { rows += Self.acledRow("SYR\(100 + i)") }
            let f = writeFile(Self.acled + Self.acledRow(a) + Self.acledRow(b, fatalities: 4) + rows, name: "p3v.csv")
            for workers in [1, 3] {
                for blockSize in [1 << 8, 1 << 22] {
                    let message = errorOf { _ = try read([f], by: [.country], period: .all, workers: workers, blockSize: blockSize) }?.message ?? "read"
                    #expect(message.hasPrefix(f + want), "\(a) \(b) workers \(workers) blocks \(blockSize): \(message)")
                }
            }
        }
    }

    /// UCDP ids are whole numbers (`214797.0`, `+214797`, `214,797` are 214797) and a
    /// native all-digit id has no leading zeros (`01` is 1): rows that differ only so are
    /// repeats, and another version quotes what is known. Native ids keep their letter
    /// case: `a1` and `A1` are two events.
    @Test func otherIdKindsFollowTheirOwnComparison() throws {
        let row = "2016-01-01,2016-01-01,Syria,Homs,Government of Syria,1,1,1,1,1,4,4,4\n"
        let ged = writeFile(Self.ged + "214797," + row + "214797.0," + row, name: "ged.csv")
        let o = try read([ged], by: [.country], period: .all)
        #expect(o.result.rows.filter { $0.measure == "killed" }.map(\.estimate.best) == [4] && o.duplicates.withinFile == 1)
        let other = "2016-01-01,2016-01-01,Syria,Homs,Government of Syria,1,1,1,1,2,5,5,5\n"
        let ged2 = writeFile(Self.ged + "214797.0," + row + "214797," + other, name: "ged2.csv")
        let m = errorOf { _ = try read([ged2], by: [.country], period: .all) }?.message ?? "read"
        #expect(m.hasPrefix(ged2 + ":2: column 'id': the id of this line is on line 3 again with other contents, written \"214797\" there and another way here (ids are compared as whole numbers); "), "\(m)")
        // review59 F1: a UCDP id of 7 bytes, written two ways that differ in the first byte.
        let ged3 = writeFile(Self.ged + "+100800," + row + "0100800," + other, name: "ged3.csv")
        let m3 = errorOf { _ = try read([ged3], by: [.country], period: .all) }?.message ?? "read"
        #expect(m3.hasPrefix(ged3 + ":2: column 'id': the id \"100800\" (as ids are compared as whole numbers) is on line 3 again with other contents, written another way on each line; "), "\(m3)")
        let native = writeFile(nativeHeader + "01,2023-04-01,,Syria,,,,killed,10,10,10,s\n1,2023-04-01,,Syria,,,,killed,10,10,10,s\n", name: "n.csv")
        let n = try read([native], by: [.country], period: .all)
        #expect(n.result.rows.map(\.estimate.best) == [10] && n.duplicates.withinFile == 1)
        let native2 = writeFile(nativeHeader + "1,2023-04-01,,Syria,,,,killed,10,10,10,s\n01,2023-04-01,,Syria,,,,killed,12,12,12,s\n", name: "n2.csv")
        let m2 = errorOf { _ = try read([native2], by: [.country], period: .all) }?.message ?? "read"
        #expect(m2.hasPrefix(native2 + ":2: column 'id': the id \"1\" (measure killed) is on line 3 again with other contents, written another way there (ids of digits are compared without leading zeros); "), "\(m2)")
        let cased = writeFile(nativeHeader + "a1,2023-04-01,,Syria,,,,killed,10,10,10,s\nA1,2023-04-01,,Syria,,,,killed,12,12,12,s\n", name: "c.csv")
        let c = try read([cased], by: [.country], period: .all)
        #expect(c.result.rows.map(\.estimate.best) == [22] && c.duplicates.withinFile == 0)
    }
}
