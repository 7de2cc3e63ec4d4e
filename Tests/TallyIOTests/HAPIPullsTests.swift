import Foundation
import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// Two HDX HAPI downloads of one place, the later replacing the earlier unit by unit
/// (review48 F6): a later total is checked against every unit read under it, whichever
/// download gave it.
@Suite struct HAPIPullsAcrossDownloads {
    static let h = PartsAboveTheirWhole.hapiHeader
    static func row(_ admin1: String, _ code2: String, _ name2: String, level: Int, type: String = "political_violence",
                    _ events: Int, _ fatalities: Int, month: String = "2024-01") -> String {
        let code1 = admin1.isEmpty ? "" : (admin1 == "Khartoum" ? "SD01" : "SD02")
        return "SDN,Sudan,\(code1),\(admin1),\(code2),\(name2),\(level),\(type),\(events),\(fatalities),\(month)-01,\(month == "2024-02" ? "2024-02-29" : month + "-31")\n"
    }
    static let earlier = h + row("Khartoum", "SD01001", "Bahri", level: 2, 7, 20) + row("Khartoum", "SD01002", "Omdurman", level: 2, 3, 5)
        + row("Khartoum", "", "", level: 1, 10, 25)
    static let later = h + row("Khartoum", "SD01001", "Bahri", level: 2, 8, 22) + row("Khartoum", "", "", level: 1, 8, 22)

    static func killed(_ o: IngestOutcome) -> [String: Int64] {
        var out: [String: Int64] = [:]
        for r in o.result.rows where r.measure == "killed" { out[[r.country, r.adm1, r.adm2].compactMap { $0 }.joined(separator: "/"), default: 0] += r.estimate.best }
        return out
    }

    /// The later pull's Khartoum total is 22; Omdurman's 5 survive from the earlier pull
    /// beside it: 27 was printed. Now refused, naming both files, the unit and both sums.
    @Test func aLaterTotalBelowTheUnitsReadUnderItIsRefused() throws {
        let p1 = writeFile(Self.earlier, name: "p1.csv"), p2 = writeFile(Self.later, name: "p2.csv")
        let m = errorOf { _ = try read([p1, p2], by: [.adm2], period: .all) }?.message ?? "(no error)"
        #expect(m.hasPrefix("\(p2):3: this admin1-level row (SDN SD01 Khartoum, political_violence 2024-01-01, events 8, fatalities 22) is the total of this file's rows under it"), "\(m)")
        #expect(m.contains("but \(p1) (given earlier) has a row under it that \(p2) does not give (line 3: admin2 SD01 Khartoum / SD01002 Omdurman, events 3, fatalities 5)"), "\(m)")
        #expect(m.contains("add up to events 11, fatalities 27") && m.contains("give the later download alone"), "\(m)")
        // By country or admin1 the same: the figure would be 27 either way.
        #expect(errorOf { _ = try read([p1, p2], by: [.country], period: .month) } != nil)
        // Civilian targeting the same way (its own totals).
        let ct1 = writeFile(Self.h + Self.row("Khartoum", "SD01001", "Bahri", level: 2, 7, 20) + Self.row("Khartoum", "SD01001", "Bahri", level: 2, type: "civilian_targeting", 2, 4)
            + Self.row("Khartoum", "SD01002", "Omdurman", level: 2, type: "civilian_targeting", 1, 3) + Self.row("Khartoum", "", "", level: 1, type: "civilian_targeting", 3, 7), name: "ct1.csv")
        let ct2 = writeFile(Self.h + Self.row("Khartoum", "SD01001", "Bahri", level: 2, 7, 20) + Self.row("Khartoum", "SD01001", "Bahri", level: 2, type: "civilian_targeting", 2, 4)
            + Self.row("Khartoum", "", "", level: 1, type: "civilian_targeting", 2, 4), name: "ct2.csv")
        let c = errorOf { _ = try read([ct1, ct2], by: [.adm1], period: .all) }?.message ?? "(no error)"
        #expect(c.contains("civilian_targeting") && c.contains("add up to events 3, fatalities 7"), "\(c)")
    }

    /// A country total over admin1 rows, one admin1 unit dropped by the later pull.
    @Test func aLaterCountryTotalIsCheckedToo() throws {
        let a = writeFile(Self.h + Self.row("Khartoum", "", "", level: 1, 4, 10) + Self.row("Darfur", "", "", level: 1, 2, 6) + Self.row("", "", "", level: 0, 6, 16), name: "a.csv")
        let b = writeFile(Self.h + Self.row("Khartoum", "", "", level: 1, 5, 12) + Self.row("", "", "", level: 0, 5, 12), name: "b.csv")
        let m = errorOf { _ = try read([a, b], by: [.adm1], period: .all) }?.message ?? "(no error)"
        #expect(m.hasPrefix("\(b):3: this country-level row (SDN, political_violence 2024-01-01, events 5, fatalities 12)") && m.contains("add up to events 7, fatalities 18"), "\(m)")
    }

    /// Honest twins, read as before: the later download whole (every unit of the earlier
    /// one and more); the earlier total with later units that revise its parts (the
    /// later figures are the ones read); the files given the other way round; the same
    /// download twice; downloads of other months.
    @Test func downloadsThatAgreeStillRead() throws {
        let p1 = writeFile(Self.earlier, name: "p1.csv"), p2 = writeFile(Self.later, name: "p2.csv")
        let whole = writeFile(Self.h + Self.row("Khartoum", "SD01001", "Bahri", level: 2, 8, 22) + Self.row("Khartoum", "SD01002", "Omdurman", level: 2, 3, 6)
            + Self.row("Khartoum", "SD01003", "Khartoum", level: 2, 1, 1) + Self.row("Khartoum", "", "", level: 1, 12, 29), name: "whole.csv")
        #expect(Self.killed(try read([p1, whole], by: [.adm2], period: .all)) == ["Sudan/Khartoum/Bahri": 22, "Sudan/Khartoum/Omdurman": 6, "Sudan/Khartoum/Khartoum": 1])
        let partsOnly = writeFile(Self.h + Self.row("Khartoum", "SD01001", "Bahri", level: 2, 8, 22), name: "parts.csv")
        let revised = try read([p1, partsOnly], by: [.adm1], period: .all)
        #expect(Self.killed(revised) == ["Sudan/Khartoum": 27])
        // The earlier total (25) is not the figure read, and that is said (review51 F1).
        #expect(revised.notes.contains { $0.hasPrefix("\(p1):4: this admin1-level row (SDN SD01 Khartoum, political_violence 2024-01-01, events 10, fatalities 25) was the total")
            && $0.contains("\(partsOnly) (given later) replaced or added 1 of the rows under it (line 2 of \(partsOnly): admin2 SD01 Khartoum / SD01001 Bahri, events 8, fatalities 22)")
            && $0.contains("events 11, fatalities 27") }, "\(revised.notes)")
        // p1 given later: its own total (25) is its units' (Bahri 20 replacing p2's, Omdurman 5).
        let o = try read([p2, p1], by: [.adm2], period: .all)
        #expect(Self.killed(o) == ["Sudan/Khartoum/Bahri": 20, "Sudan/Khartoum/Omdurman": 5])
        #expect(o.notes.contains("\(p2): none of its HDX HAPI rows adds a figure of its own (its 2 rows: 2 also in a file given later, whose figures are read)"), "\(o.notes)")
        #expect(Self.killed(try read([p2, p2], by: [.adm1], period: .all)) == ["Sudan/Khartoum": 22])
        let feb = writeFile(Self.h + Self.row("Khartoum", "SD01001", "Bahri", level: 2, 1, 2, month: "2024-02") + Self.row("Khartoum", "", "", level: 1, 1, 2, month: "2024-02"), name: "feb.csv")
        #expect(Self.killed(try read([p1, feb], by: [.adm1], period: .all)) == ["Sudan/Khartoum": 27])
    }

    /// An earlier download's total whose finer rows later files revised (review51 F1:
    /// Kabul 20 in h1.csv, its district row revised by y1.csv, read as 15 without a
    /// word): the later figures are read and the older total is named with the figures
    /// read instead; at the country level, with two later files, and not when the revised
    /// rows still add up to the total.
    @Test func anOlderTotalWhoseRowsALaterFileRevisedIsSaid() throws {
        let p1 = writeFile(Self.earlier, name: "e1.csv")
        let bahri = writeFile(Self.h + Self.row("Khartoum", "SD01001", "Bahri", level: 2, 9, 30), name: "bahri.csv")
        let omdurman = writeFile(Self.h + Self.row("Khartoum", "SD01002", "Omdurman", level: 2, 1, 1), name: "omdurman.csv")
        let two = try read([p1, bahri, omdurman], by: [.adm1], period: .all)
        #expect(Self.killed(two) == ["Sudan/Khartoum": 31])
        let said = two.notes.filter { $0.contains("was the total of this file's rows under it") }
        #expect(said.count == 1 && said[0].contains("\(bahri) and \(omdurman) (given later) replaced or added 2 of the rows under it") && said[0].contains("events 10, fatalities 31, not"), "\(two.notes)")
        // Revised rows that still add up to the total: nothing to say.
        let swap = writeFile(Self.h + Self.row("Khartoum", "SD01001", "Bahri", level: 2, 6, 18) + Self.row("Khartoum", "SD01002", "Omdurman", level: 2, 4, 7), name: "swap.csv")
        let same = try read([p1, swap], by: [.adm1], period: .all)
        #expect(Self.killed(same) == ["Sudan/Khartoum": 25])
        #expect(!same.notes.contains { $0.contains("was the total of this file's rows under it") }, "\(same.notes)")
        // A country total over admin1 rows.
        let a = writeFile(Self.h + Self.row("Khartoum", "", "", level: 1, 4, 10) + Self.row("Darfur", "", "", level: 1, 2, 6) + Self.row("", "", "", level: 0, 6, 16), name: "c1.csv")
        let b = writeFile(Self.h + Self.row("Darfur", "", "", level: 1, 3, 9), name: "c2.csv")
        let country = try read([a, b], by: [.country], period: .all)
        #expect(Self.killed(country) == ["Sudan": 19])
        #expect(country.notes.contains { $0.hasPrefix("\(a):4: this country-level row (SDN, political_violence 2024-01-01, events 6, fatalities 16) was the total") && $0.contains("events 7, fatalities 19") }, "\(country.notes)")
    }

    /// A HAPI row becomes a figure per measure (killed, events, …): the records a
    /// report's cover and a command's messages count are the file's rows (review51 F3:
    /// "11 records read" of a 5-row file), beside native rows read as they are.
    @Test func recordsReadAreTheFilesRows() throws {
        let p1 = writeFile(Self.earlier, name: "r1.csv")
        let o = try read([p1], by: [.adm1], period: .all)
        #expect(o.recordsRead == 3 && o.rowsRead > 3, "\(o.recordsRead) \(o.rowsRead)")
        let native = writeFile("id,date_start,date_end,country,actor,measure,estimate\na,2024-01-05,2024-01-05,Mali,X,killed,3\nb,2024-01-06,2024-01-06,Mali,X,killed,4\n", name: "n.csv")
        let both = try read([p1, native], by: [.country], period: .all)
        #expect(both.recordsRead == 5, "\(both.recordsRead)")
    }
}
