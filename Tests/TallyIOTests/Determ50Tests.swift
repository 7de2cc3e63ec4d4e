import Foundation
import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// determ50: outputs that changed between runs of one command (review57 F4, F1, F2),
/// and a country in double quotes counted apart from itself (review57 F3).

private let d50Header = "id,date_start,date_end,country,measure,best\n"

private func d50File(_ folder: String, _ name: String, _ rows: [String]) throws -> String {
    let path = folder + "/" + name
    try (d50Header + rows.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

private func d50Countries(_ o: IngestOutcome) -> [String] { o.result.rows.compactMap(\.country) }

@Suite struct Determ50TieOfSpellings {
    /// review57 F4: `Burma` and `Myanmar` one row each in each input, in swapped order.
    /// Inputs are read last first, so one worker reading both read tb.csv first: its
    /// first `Burma` was tb.csv:3, its first `Myanmar` tb.csv:2, and the tie went to
    /// `Myanmar` (with several workers, to whichever worker took which block). The rule:
    /// the spelling used most, a tie to the one read first by input, then line.
    @Test func aTieGoesToTheSpellingOfTheFirstInputWhateverTheWorkers() throws {
        let dir = scratchFolder("determ50-tie")
        let a = try d50File(dir, "ta.csv", ["a1,2022-01-01,2022-01-01,Burma,killed,1", "a2,2022-01-02,2022-01-02,Myanmar,killed,1"])
        let b = try d50File(dir, "tb.csv", ["b1,2022-02-01,2022-02-01,Myanmar,killed,1", "b2,2022-02-02,2022-02-02,Burma,killed,1"])
        for workers in [1, 2, 3, 8] {
            for _ in 0 ..< (workers == 1 ? 2 : 15) {
                #expect(d50Countries(try read([a, b], by: [.country], workers: workers)) == ["Burma"], "workers \(workers)")
                #expect(d50Countries(try read([b, a], by: [.country], workers: workers)) == ["Myanmar"], "workers \(workers)")
                #expect(d50Countries(try read([a, b], by: [.country], workers: workers, deduplicate: false)) == ["Burma"], "workers \(workers)")
            }
        }
    }

    /// Many small blocks per input (one worker reads blocks of both inputs, in either
    /// order): the spelling first read is found in whichever block holds it.
    @Test func aTieAcrossManyBlocksGoesToTheFirstRead() throws {
        let dir = scratchFolder("determ50-blocks")
        func rows(_ p: String, _ month: Int, _ first: String, _ second: String) -> [String] {
            (0 ..< 300).map { i in
                let day = "2022-0\(month)-\(String(format: "%02d", i % 28 + 1))"
                return "\(p)\(i),\(day),\(day),\(i < 150 ? first : second),killed,1"
            }
        }
        // ta.csv: Côte d’Ivoire (150 rows) before Ivory Coast (150); tb.csv the other way.
        let a = try d50File(dir, "ta.csv", rows("a", 1, "Côte d’Ivoire", "Ivory Coast"))
        let b = try d50File(dir, "tb.csv", rows("b", 2, "Ivory Coast", "Côte d’Ivoire"))
        for workers in [1, 2, 4] {
            for _ in 0 ..< 5 {
                #expect(d50Countries(try read([a, b], by: [.country], workers: workers, blockSize: 1 << 12)) == ["Côte d’Ivoire"], "workers \(workers)")
                #expect(d50Countries(try read([b, a], by: [.country], workers: workers, blockSize: 1 << 12)) == ["Ivory Coast"], "workers \(workers)")
            }
        }
    }
}

@Suite struct Determ50QuotedCountries {
    /// review57 F3 (silent): `"Iraq"` (the CSV field `"""Iraq"""`) was a country apart
    /// from Iraq, exit 0 (5 and 7 killed for Iraq's 12), where `'Iraq'` is Iraq.
    @Test(arguments: ["\"\"\"Iraq\"\"\"", "“Iraq”", "«Iraq»", "„Iraq“", "« Iraq »", "\"\"\"IRAQ\"\"\"", "\"\"\"Irak\"\"\"", "'Iraq'"])
    func aCountryInQuotesIsThatCountry(_ field: String) throws {
        let dir = scratchFolder("determ50-quoted")
        let f = try d50File(dir, "q.csv", ["1,2022-01-01,2022-01-01,Iraq,killed,5", "2,2022-01-02,2022-01-02,\(field),killed,7",
                                           "3,2022-01-03,2022-01-03,Iraq,killed,1"])
        let o = try read([f], by: [.country])
        #expect(o.result.rows.map { "\($0.country ?? "-") \($0.estimate.best)" } == ["Iraq 13"], "\(field)")
    }

    /// Printed without its quotes even where the quoted spelling is read more often, and
    /// as a member of a joint region.
    @Test func aQuotedSpellingIsNotWhatIsPrinted() throws {
        let dir = scratchFolder("determ50-quoted2")
        let f = try d50File(dir, "q.csv", ["1,2022-01-01,2022-01-01,\"\"\"Syria\"\"\",killed,5", "2,2022-01-02,2022-01-02,“Syria”,killed,7",
                                           "3,2022-01-03,2022-01-03,Syria,killed,1", "4,2022-01-04,2022-01-04,\"\"\"Iraq\"\";Syria\",killed,2",
                                           "5,2022-01-05,2022-01-05,Iraq;Syria,killed,3"])
        let o = try read([f], by: [.country])
        #expect(o.result.rows.map { "\($0.country ?? "-") \($0.estimate.best)" }.sorted() == ["Iraq;Syria 5", "Syria 13"])
        #expect(CountryNames.spelling("\"Iraq\"") == "Iraq")
        #expect(CountryNames.isKnown("„Iraq“"))
        #expect(CountryNames.unquoted("Ira\"q") == nil)
        #expect(CountryNames.spelling("\"Ruritania\"") == nil)
    }
}

@Suite struct Determ50StableNotes {
    /// review57 F1: adm_2 `Anbar total` under adm_1 Anbar (its total), Ninewa and Basra
    /// (beside an adm_2 `Anbar` there): the note went by which came first in a
    /// Dictionary's order ("beside 6 other places", counting the country's adm_2s, or
    /// "beside "Anbar", "Anbar"").
    @Test func aPlaceTotalsNoteIsTheSameInAnyOrder() throws {
        var places: [(country: String, column: String, name: String, coarser: String)] = []
        for (a1, a2) in [("Anbar", "Anbar total"), ("Anbar", "Ramadi"), ("Anbar", "Fallujah"), ("Ninewa", "Anbar total"), ("Ninewa", "Anbar"),
                         ("Ninewa", "Mosul"), ("Basra", "Anbar total"), ("Basra", "Anbar"), ("Basra", "Zubair"),
                         ("Ninewa", "Mosul total"), ("Basra", "Mosul")] {
            places.append(("Iraq", "adm_2", a2, a1))
        }
        let notes = KeyNotes.placeNotes(places)
        #expect(notes.first?.hasPrefix("adm_2 \"Anbar total\" beside 2 other places (Iraq); adm_2 \"Mosul total\" beside \"Mosul\" (Iraq): ") == true,
                "\(notes)")
        var g = SystemRandomNumberGenerator()
        for _ in 0 ..< 30 { #expect(KeyNotes.placeNotes(places.shuffled(using: &g)) == notes) }
    }

    /// review57 F2: a joint region's three stocks beside four stocks of Iraq (four places)
    /// and one of Syria: the note quoted other figures in another order on each run.
    @Test func aJointRegionsStockNoteIsTheSameOnEveryRun() throws {
        let dir = scratchFolder("determ50-stocks")
        let path = dir + "/nd2.csv"
        var text = "id,date_start,date_end,country,adm_1,adm_2,actor,measure,low,best,high,source\n"
        for (i, r) in [("Iraq;Syria", "P1", 4, 5, 9), ("Iraq;Syria", "P2", 4, 7, 9), ("Iraq;Syria", "P3", 3, 9, 12), ("Iraq", "P4", 3, 6, 10),
                       ("Iraq", "P5", 0, 1, 4), ("Iraq", "P6", 2, 3, 4), ("Iraq", "P7", 3, 10, 13), ("Syria", "P8", 1, 2, 3)].enumerated() {
            text += "\(i + 1),2023-01-0\(i + 1),2023-01-0\(i + 1),\(r.0),\(r.1),,AAAA,members,\(r.2),\(r.3),\(r.4),s\n"
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let note = try read([path], by: [.actor]).notes.first { $0.contains("a stock of the joint region") }
        // The first joint stock by place (P1), its members by name, then place (P4, P5, P6);
        // each figure says its place since determ51.
        #expect(note?.hasPrefix("AAAA, all, members: a stock of the joint region Iraq;Syria (5 [4–9] in P1) and stocks of its member countries "
            + "(Iraq 6 [3–10] in P4, Iraq 1 [0–4] in P5, Iraq 3 [2–4] in P6 and 2 more) are added into one figure (and in 2 more groups)") == true, "\(note ?? "none")")
    }
}
