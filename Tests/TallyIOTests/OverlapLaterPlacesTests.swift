import Foundation
import Testing
import TallyCore
@testable import TallyIO

/// review30 S17 (issue 11 item 7): `--overlap later`, as the refusal of a file contained
/// in another advised, left out every row of a country-day the later file covered: a
/// later file holding one governorate's rows of May (an extract) deleted the other
/// governorates' events of May (Syria May 35 for 153, exit 0). Now it leaves out a row
/// only where the later file has rows of its first-level place (or rows naming none);
/// and a later file whose every record is in the earlier one is advised away.
@Suite struct OverlapLaterPlaces {
    static let header = OverlappingExports.header

    /// One source's rows of days 91–151 of 2023 (April–May) by governorate.
    static let all = OverlappingExports.rows(91, 151)

    /// The rows of `text` of place `place` from `from` on (ISO day).
    static func extract(_ text: String, place: String, from: String, change: (String) -> String = { $0 }) -> String {
        text.split(separator: "\n").map(String.init).filter { l in
            let f = l.split(separator: ",", omittingEmptySubsequences: false)
            return f[2] == place && String(f[0]) >= from
        }.map(change).joined(separator: "\n") + "\n"
    }

    static func read(_ files: [String], _ rule: OverlapRule = .refuse) throws(TallyError) -> IngestOutcome {
        var r = IngestRequest(files: files, config: AggregationConfig(grouping: Grouping([.country, .adm1]), period: .month))
        r.overlap = rule
        return try Ingest.run(r)
    }

    static func killed(_ o: IngestOutcome) -> [String: Int64] {
        Dictionary(o.result.rows.map { ("\($0.period) \($0.adm1 ?? "")", $0.estimate.best) }, uniquingKeysWith: +)
    }

    /// A later file of one governorate's May rows (contained in the earlier, or revised):
    /// the other governorates' May rows stay. Before: Aleppo, Daraa, Hama and Homs of May
    /// left out (checked with the per-country rule: this test failed on main at 40d877e).
    @Test func aLaterExtractOfOnePlaceLeavesOutThatPlaceOnly() throws {
        let a = writeFile(Self.header + Self.all, name: "a.csv")
        let truth = Self.killed(try Self.read([a]))
        let idlib = Self.extract(Self.all, place: "Idlib", from: "2023-05-01")
        #expect(idlib.split(separator: "\n").count >= 6)
        // The extract as it is (every record in a.csv), and revised (+1 each).
        let revised = Self.extract(Self.all, place: "Idlib", from: "2023-05-01") { l in
            var f = l.split(separator: ",").map(String.init); f[4] = String(Int(f[4])! + 1); return f.joined(separator: ",")
        }
        // Revised, its rows there differ from a.csv's: another monitor's, maybe; refused, as before.
        #expect(errorOf { _ = try Self.read([a, writeFile(Self.header + revised, name: "brev.csv")], .later) }?.exitCode == 65)
        for (name, text) in [("b.csv", idlib), ("bcrlf.csv", idlib.replacingOccurrences(of: "\n", with: "\r\n"))] {
            let b = writeFile(Self.header + text, name: name)
            let later = Self.killed(try Self.read([a, b], .later))
            for place in ["Aleppo", "Daraa", "Hama", "Homs"] {
                #expect(later["2023-05 \(place)"] == truth["2023-05 \(place)"], "\(name) \(place): \(later)")
                #expect(later["2023-04 \(place)"] == truth["2023-04 \(place)"])
            }
            let idlibMay = text.split(whereSeparator: \.isNewline).reduce(Int64(0)) { $0 + Int64($1.split(separator: ",")[4])! }
            #expect(later["2023-05 Idlib"] == idlibMay, "\(name)")
            #expect(later["2023-04 Idlib"] == truth["2023-04 Idlib"])
        }
        // Written with the area word: the same place.
        let worded = writeFile(Self.header + idlib.replacingOccurrences(of: "Idlib", with: "Idlib Governorate"), name: "bgov.csv")
        let w = Self.killed(try Self.read([a, worded], .later))
        #expect(w["2023-05 Aleppo"] == truth["2023-05 Aleppo"] && w["2023-05 Idlib"] == nil && w["2023-05 Idlib Governorate"] == truth["2023-05 Idlib"], "\(w)")
    }

    /// A later re-export of every governorate of May replaces them all, as before.
    @Test func aLaterReExportStillCoversEveryPlace() throws {
        let a = writeFile(Self.header + Self.all, name: "a.csv")
        let may = Self.all.split(separator: "\n").filter { $0.hasPrefix("2023-05") }
        let reexport = writeFile(Self.header + may.joined(separator: "\n") + "\n", name: "reexport.csv")
        let r = try Self.read([a, reexport], .later)
        #expect(r.duplicates.overlapLeftOut == may.count)
        #expect(Self.killed(r) == Self.killed(try Self.read([a])))
    }

    /// The refusal of a later file whose every record is in the earlier one advises giving
    /// the earlier one only, not --overlap later (which would count the later one's days
    /// from it); an earlier file contained in a later one keeps the advice.
    @Test func aContainedLaterFileIsAdvisedAway() throws {
        let a = writeFile(Self.header + Self.all, name: "a.csv")
        let b = writeFile(Self.header + Self.extract(Self.all, place: "Idlib", from: "2023-05-01"), name: "b.csv")
        let m = errorOf { _ = try Self.read([a, b]) }
        #expect(m?.exitCode == 65)
        #expect(m?.message.contains("give only \(a)") == true && m?.message.contains("--overlap later") == false, "\(m?.message ?? "read")")
        let m2 = errorOf { _ = try Self.read([b, a]) }
        #expect(m2?.exitCode == 65)
        #expect(m2?.message.contains("--overlap later") == true, "\(m2?.message ?? "read")")
    }
}
