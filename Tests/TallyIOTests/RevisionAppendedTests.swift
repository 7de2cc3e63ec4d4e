import Foundation
import Testing
import TallyCore
@testable import TallyIO

/// review30 S14 (issue 11 item 7): an ACLED re-pull without ids whose fatalities were
/// revised (and with a new `timestamp`), appended into the earlier export, was read with
/// the shared days doubled (February 1,020 for 666 and the revision), exit 0, with only
/// the note that rows repeat: no row was alike, only alike but for its figures. The two
/// files given apart were refused. Now one file is compared the same way, by the rows'
/// stable shapes (``RowShape/stable``), in any order.
@Suite struct RevisionAppended {
    static let header = "event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,actor2,country,admin1,admin2,admin3,location,latitude,longitude,source,notes,fatalities,timestamp"
    static let places = ["Idlib", "Aleppo", "Homs", "Hama", "Daraa"]

    /// ACLED-shaped Syria rows of days `from...to` of 2023 (day numbers), four or five a
    /// day, each with notes of its own; `revise`: every figure +1 and a new timestamp.
    static func rows(_ from: Int, _ to: Int, revise: Bool = false) -> [String] {
        var out: [String] = []
        for d in from ... to {
            let day = CalendarDay(daysSinceEpoch: CalendarDay(year: 2023, month: 1, day: 1)!.daysSinceEpoch + Int32(d - 1))
            for i in 0 ..< 4 + d % 2 {
                let place = places[(d + i) % places.count], n = (d * 7 + i * 3) % 9
                let types = i % 2 == 0 ? "Battles,Armed clash" : "Explosions/Remote violence,Shelling/artillery/missile attack"
                out.append("\(day),2023,1,Political violence,\(types),Military Forces of Syria (2000-),Opposition (\(i)),Syria,\(place),\(place) district,,"
                    + "Village \(d * 10 + i),35.\(d),36.\(i),SOHR,\"On \(day), event \(d)-\(i) near village \(d * 10 + i).\",\(n + (revise ? 1 : 0)),"
                    + (revise ? "1690000000" : "1680000000"))
            }
        }
        return out
    }

    static func read(_ files: [String], _ rule: OverlapRule = .refuse) throws(TallyError) -> IngestOutcome {
        var r = IngestRequest(files: files, config: AggregationConfig(grouping: Grouping([.country]), period: .month))
        r.overlap = rule
        return try Ingest.run(r)
    }

    /// Appended, sorted by date, the revision in another order, half of it revised, CRLF:
    /// refused. Before: each read, February doubled, exit 0 (checked with the check
    /// disabled).
    @Test func aRevisionAppendedIsRefusedInAnyOrder() throws {
        let a = Self.rows(1, 40), b = Self.rows(30, 59, revise: true)
        let half = zip(Self.rows(30, 59), b).enumerated().map { $0.offset % 2 == 0 ? $0.element.0 : $0.element.1 }
        let variants: [(String, [String])] = [
            ("appended.csv", a + b), ("sorted.csv", (a + b).sorted()), ("laterreversed.csv", a + b.reversed()),
            ("half.csv", a + half), ("halfsorted.csv", (a + half).sorted()),
        ]
        for (name, body) in variants {
            for crlf in [false, true] {
                let end = crlf ? "\r\n" : "\n"
                let f = writeFile(([Self.header] + body).joined(separator: end) + end, name: (crlf ? "crlf-" : "") + name)
                let m = errorOf { _ = try Self.read([f]) }
                #expect(m?.exitCode == 65, "\(name): \(m?.message ?? "read")")
                #expect(m?.message.contains(" holds the same rows without an id twice or more but for their figures") == true
                    || m?.message.contains("repeating an earlier row") == true
                    || m?.message.contains("gives every row without an id") == true, "\(name): \(m?.message ?? "read")")
            }
        }
        // The fully revised join names the revision (no exact repeat there).
        let f = writeFile(([Self.header] + (a + b).sorted()).joined(separator: "\n") + "\n", name: "sorted-msg.csv")
        #expect(errorOf { _ = try Self.read([f]) }?.message.hasPrefix("\(f) holds the same rows without an id twice or more but for their figures on days from 2023-01-30 to 2023-02-09") == true)
        // --overlap both reads every row.
        #expect(try Self.read([f], .both).result.rows.count > 0)
    }

    /// review32 S6: the re-pull also re-coded the second-level places and the actors
    /// (`admin2`, `actor1`, `actor2` written otherwise), so no row of it was alike to the
    /// first pull's even but for its figures (UCDP Syria rows of January-June 2017 as
    /// ACLED rows, the re-pull of March-June re-coded: 14,722 for 11,000, exit 0, no
    /// word but the note that rows repeat). Within one input the stable shape now leaves
    /// the second-level place and the actors out: refused, appended or sorted.
    @Test func aRevisionAppendedWithPlacesAndActorsRecodedIsRefused() throws {
        let a = Self.rows(1, 40)
        func recoded(_ r: String) -> String {
            r.replacingOccurrences(of: "Military Forces of Syria (2000-)", with: "Military Forces of Syria (2000-2024)")
                .replacingOccurrences(of: ",Opposition (", with: ",Syrian Opposition (")
                .replacingOccurrences(of: " district,", with: " District (re-coded),")
        }
        for revise in [false, true] {
            let b = Self.rows(30, 59, revise: revise).map(recoded)
            for (name, body) in [("recoded.csv", a + b), ("recoded-sorted.csv", (a + b).sorted())] {
                let f = writeFile(([Self.header] + body).joined(separator: "\n") + "\n", name: (revise ? "revised-" : "") + name)
                let m = errorOf { _ = try Self.read([f]) }
                #expect(m?.exitCode == 65, "\(name) \(revise): \(m?.message ?? "read")")
                #expect(m?.message.contains(" holds the same rows without an id twice or more but for their figures") == true,
                        "\(name) \(revise): \(m?.message ?? "read")")
            }
        }
        // Another group's strike on the same village the same day, one row in five: read.
        let others = Self.rows(1, 59).enumerated().flatMap { i, r -> [String] in
            i % 5 == 0 ? [r, r.replacingOccurrences(of: "Military Forces of Syria (2000-)", with: "Islamic State (Syria)")] : [r]
        }
        let g = writeFile(([Self.header] + others).joined(separator: "\n") + "\n", name: "others.csv")
        #expect(try Self.read([g]).result.rows.count > 0)
    }

    /// Honest exports: one alone, two that abut joined, and one whose events share date,
    /// place and type now and then (one a day): read.
    @Test func honestExportsAreRead() throws {
        let abut = Self.rows(1, 29) + Self.rows(30, 59)
        let f = writeFile(([Self.header] + abut.sorted()).joined(separator: "\n") + "\n", name: "abut.csv")
        #expect(try Self.read([f]).result.rows.count > 0)
        // A second event alike but for its figure on each day (another strike on the same village).
        let twins = Self.rows(1, 59).enumerated().flatMap { i, r -> [String] in
            i % 5 == 0 ? [r, r.replacingOccurrences(of: ",SOHR,", with: ",SNHR,").replacingOccurrences(of: ",1680000000", with: ",1680000001")] : [r]
        }
        let g = writeFile(([Self.header] + twins).joined(separator: "\n") + "\n", name: "twins.csv")
        #expect(try Self.read([g]).result.rows.count > 0)
    }
}
