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
