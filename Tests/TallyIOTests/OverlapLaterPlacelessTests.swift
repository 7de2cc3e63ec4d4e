import Foundation
import Testing
import TallyCore
@testable import TallyIO

/// review32 S10: `--overlap later` with a later extract of one governorate left out the
/// earlier export's rows naming no first-level place ("location unknown") on every day
/// the extract spans, though the extract has no such row and so does not count them
/// (Syria May, 21 killed gone, exit 0). A row naming no place is left out only by a later
/// file that has rows of its country naming none (the mirror of a place's rule), and the
/// rows kept on such days are said with their figures (a re-export that gave them a
/// place would count them twice).
@Suite struct OverlapLaterPlaceless {
    static let header = OverlappingExports.header
    static let all = OverlapLaterPlaces.all
    /// Three place-less rows of May (9, 7 and 5 killed), written as each form writes
    /// "no place": an empty field, or a quoted empty one.
    static func placeless(_ empty: String) -> String {
        "2023-05-10,Syria,\(empty),killed,9\n2023-05-11,Syria,\(empty),killed,7\n2023-05-25,Syria,\(empty),killed,5\n"
    }

    /// Before: the May row without a place (21) was gone (checked with the old rule:
    /// this test failed on main at a8f571a).
    @Test func aLaterExtractKeepsTheEarlierPlacelessRows() throws {
        for (label, empty) in [("empty", ""), ("quoted", "\"\"")] {
            let a = writeFile(Self.header + Self.all + Self.placeless(empty), name: "a-\(label).csv")
            let truth = OverlapLaterPlaces.killed(try OverlapLaterPlaces.read([a]))
            #expect(truth["2023-05 "] == 21)
            let idlib = OverlapLaterPlaces.extract(Self.all, place: "Idlib", from: "2023-05-01")
            for (name, text) in [("b.csv", idlib), ("bcrlf.csv", idlib.replacingOccurrences(of: "\n", with: "\r\n"))] {
                let b = writeFile(Self.header + text, name: "\(label)-\(name)")
                let o = try OverlapLaterPlaces.read([a, b], .later)
                let later = OverlapLaterPlaces.killed(o)
                #expect(later["2023-05 "] == 21, "\(label) \(name): \(later)")
                for place in ["Aleppo", "Homs", "Idlib"] { #expect(later["2023-05 \(place)"] == truth["2023-05 \(place)"]) }
                #expect(o.duplicates.placelessKept == 3)
                #expect(o.duplicateCountNotes.contains { $0.hasPrefix("3 rows naming no first-level place (21 killed) kept though a file given later covers") },
                        "\(o.duplicateCountNotes)")
            }
        }
    }

    /// A later file that has rows of the country naming no place (a full re-export)
    /// still covers the earlier's place-less rows: left out, the later file's count.
    @Test func aLaterFileWithPlacelessRowsCoversThem() throws {
        let a = writeFile(Self.header + Self.all + Self.placeless(""), name: "a.csv")
        let may = OverlapLaterPlaces.extract(Self.all, place: "Idlib", from: "2023-05-01")
            + "2023-05-10,Syria,,killed,10\n2023-05-25,Syria,,killed,5\n"
        let o = try OverlapLaterPlaces.read([a, writeFile(Self.header + may, name: "b.csv")], .later)
        #expect(OverlapLaterPlaces.killed(o)["2023-05 "] == 15)
        #expect(o.duplicates.placelessKept == 0)
    }

    @Test func theRule() {
        var t = DayTable()
        t.add(DayTable.key(country: 7 << 40, day: 10), core: 3, full: 3, place: 5) { "X" }
        t.add(DayTable.key(country: 7 << 40, day: 20), core: 3, full: 3, place: 5) { "X" }
        var parts = [t]
        let f = DayTable.finished(&parts)
        let c = DayTable.country(DayTable.key(country: 7 << 40, day: 10))
        #expect(f.covers(country: c, place: 0, day: 15))
        #expect(!f.covers(country: c, place: 0, day: 15, placeless: true))
        #expect(f.covers(country: c, place: 5, day: 15, placeless: true))
        #expect(!f.covers(country: c, place: 6, day: 15))
    }
}
