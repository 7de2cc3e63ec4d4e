import Foundation
import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// HDX HAPI's rows are sums: the output's `events` carries the events each row gives,
/// not the number of rows (review46 N-j), and a political-violence row without its
/// deaths is a figure missing, not 0 (review50 F6).
@Suite struct HAPIEventCounts {
    static let h = PartsAboveTheirWhole.hapiHeader
    static func row(_ name2: String, _ code2: String, level: Int = 2, type: String = "political_violence", _ events: String, _ fatalities: String) -> String {
        "AFG,Afghanistan,AF01,Kabul,\(code2),\(name2),\(level),\(type),\(events),\(fatalities),2024-01-01T00:00:00,2024-01-31T23:59:59.999999\n"
    }
    /// review46's h1.csv: an admin1 total over two admin2 rows, civilian targeting inside
    /// political violence, and a demonstration row with no deaths.
    static let h1 = h + row("", "", level: 1, "10", "20") + row("Kabul", "AF0101", "6", "12") + row("Paghman", "AF0102", "4", "8")
        + row("Kabul", "AF0101", type: "civilian_targeting", "2", "5") + row("Kabul", "AF0101", type: "demonstration", "3", "")

    static func cells(_ o: IngestOutcome) -> [String: (best: Int64, events: Int64)] {
        var out: [String: (best: Int64, events: Int64)] = [:]
        for r in o.result.rows {
            let k = ([r.adm2].compactMap { $0 } + [r.measure]).joined(separator: "/")
            out[k] = ((out[k]?.best ?? 0) + r.estimate.best, (out[k]?.events ?? 0) + r.events)
        }
        return out
    }

    /// Before: killed 20 in 3 "events" (the rows), conflict_events 13 in 3. Now the events
    /// HAPI gives: 6 + 4 political violence and 3 demonstrations.
    @Test func eventsAreHAPIsEventsNotItsRows() throws {
        let f = writeFile(Self.h1, name: "h1.csv")
        let byCountry = Self.cells(try read([f], by: [.country], period: .month))
        #expect(byCountry["killed"]?.best == 20 && byCountry["killed"]?.events == 13)
        #expect(byCountry["conflict_events"]?.best == 13 && byCountry["conflict_events"]?.events == 13)
        #expect(byCountry["political_violence_events"]?.events == 10)
        #expect(byCountry["civilians_killed"]?.best == 5 && byCountry["civilians_killed"]?.events == 2)
        #expect(byCountry["demonstration_events"]?.events == 3)
        let byAdm2 = Self.cells(try read([f], by: [.adm2], period: .month))
        #expect(byAdm2["Kabul/killed"]?.best == 12 && byAdm2["Kabul/killed"]?.events == 9)
        #expect(byAdm2["Paghman/killed"]?.best == 8 && byAdm2["Paghman/killed"]?.events == 4)
        #expect(byAdm2["Kabul/political_violence_events"]?.events == 6)
    }

    /// A row of no events and no deaths (HAPI gives them) adds nothing and counts no event;
    /// `aggregate`'s table of it reads back (events 0 beside a figure of 0).
    @Test func aRowOfNoEventsCountsNone() throws {
        let f = writeFile(Self.h + Self.row("Kabul", "AF0101", "0", "0") + Self.row("Paghman", "AF0102", "2", "3"), name: "z.csv")
        let c = Self.cells(try read([f], by: [.adm2], period: .month))
        #expect(c["Kabul/killed"]?.best == 0 && c["Kabul/killed"]?.events == 0)
        #expect(c["Paghman/killed"]?.best == 3 && c["Paghman/killed"]?.events == 2)
        let table = writeFile("country,adm_1,adm_2,period,measure,low,best,high,events,estimate,covered\n"
            + "Afghanistan,Kabul,Kabul,2024-01,killed,0,0,0,0,0,\nAfghanistan,Kabul,Paghman,2024-01,killed,3,3,3,2,3,\n", name: "t.csv")
        let back = Self.cells(try read([table], by: [.adm2], period: .month))
        #expect(back["Kabul/killed"]?.events == 0 && back["Paghman/killed"]?.events == 2)
        // Deaths in no event: refused, naming both cells.
        let dz = writeFile(Self.h + Self.row("Kabul", "AF0101", type: "civilian_targeting", "0", "3") + Self.row("Kabul", "AF0101", "2", "3"), name: "dz.csv")
        let d = errorOf { _ = try read([dz], by: [.adm2], period: .month) }?.message ?? "(no error)"
        #expect(d.hasPrefix("\(dz):2: column 'events': 0 beside 3 fatalities: deaths with no event"), "\(d)")
        // Events 0 beside a figure is still refused.
        let bad = writeFile("country,adm_1,adm_2,period,measure,low,best,high,events,estimate,covered\nAfghanistan,Kabul,Kabul,2024-01,killed,3,3,3,0,3,\n", name: "bad.csv")
        let m = errorOf { _ = try read([bad], by: [.adm2], period: .month) }?.message ?? "(no error)"
        #expect(m.contains("column 'events': 0 beside a figure"), "\(m)")
    }

    /// Political violence or civilian targeting without its deaths (empty, or R's NA) was
    /// read as 0 deaths; refused now, naming the line. A demonstration's empty deaths
    /// are HAPI's normal and still read.
    @Test func aMissingDeathCountIsRefused() throws {
        for (type, cell, shown) in [("political_violence", "", "empty"), ("political_violence", "NA", "\"NA\""), ("civilian_targeting", "", "empty"),
                                    ("civilian_targeting", "NA", "\"NA\""), ("Political_Violence", " ", "empty")] {
            let f = writeFile(Self.h + Self.row("Kabul", "AF0101", "3", "5") + Self.row("Paghman", "AF0102", type: type, "7", cell), name: "na.csv")
            let m = errorOf { _ = try read([f], by: [.country], period: .month) }?.message ?? "(no error)"
            #expect(m.hasPrefix("\(f):3: column 'fatalities': \(shown) in a \(type.lowercased()) row"), "\(type) \(cell): \(m)")
            #expect(m.contains("not 0 deaths"), "\(m)")
        }
        for cell in ["", "NA"] {
            let f = writeFile(Self.h + Self.row("Kabul", "AF0101", "3", "5") + Self.row("Kabul", "AF0101", type: "demonstration", "4", cell), name: "demo.csv")
            let c = Self.cells(try read([f], by: [.country], period: .month))
            #expect(c["killed"]?.best == 5 && c["killed"]?.events == 7 && c["demonstration_events"]?.best == 4, "\(cell)")
        }
        // No event: no deaths to be missing (review51 F2).
        for cell in ["", "NA"] {
            let f = writeFile(Self.h + Self.row("Kabul", "AF0101", "3", "5") + Self.row("Paghman", "AF0102", "0", cell), name: "zero.csv")
            let c = Self.cells(try read([f], by: [.country], period: .month))
            #expect(c["killed"]?.best == 5 && c["killed"]?.events == 3, "\(cell)")
        }
        // An events cell of NA is quoted as written.
        let e = writeFile(Self.h + Self.row("Kabul", "AF0101", "NA", "5"), name: "ev.csv")
        let m = errorOf { _ = try read([e], by: [.country], period: .month) }?.message ?? "(no error)"
        #expect(m.contains("column 'events': \"NA\" is not a count (R's mark of a missing value)"), "\(m)")
    }
}
