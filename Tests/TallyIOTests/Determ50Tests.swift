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
