import Foundation
import Testing
@testable import TallyCore
import TallyTestSupport
@testable import TallyIO

/// review58 P1: a repeated id with other contents is refused at its earlier row, naming the
/// later one; the later row's line was counted from the lines of the blocks before it, and
/// the earlier row's block (which threw) or a block skipped after the refusal had none:
/// "is on line 2 again" for a row on line 10264, and a different line from run to run.
@Suite struct Review58RepeatedIdLines {
    @Test func theLaterRowIsNamedByItsLineInTheFileWhateverTheWorkersAndBlocks() throws {
        let dir = scratchFolder("review58-lines")
        var rows: [String] = []
        for i in 1 ... 400 {
            // Line i + 1; the id of line 6 comes again on line 301 with another figure.
            let id = i == 300 ? 5 : i
            rows.append("\(id),2023-01-\(String(format: "%02d", i % 28 + 1)),,Mali,Gao,,Army,killed,,\(i == 300 ? 9 : 2),,s")
        }
        let f = dir + "/r.csv"
        try ("id,date_start,date_end,country,adm_1,adm_2,actor,measure,low,best,high,source\n" + rows.joined(separator: "\n") + "\n")
            .write(toFile: f, atomically: true, encoding: .utf8)
        for workers in [1, 2, 3, 8] {
            for blockSize in [1 << 10, 1 << 12, 1 << 22] {
                for _ in 0 ..< (workers == 1 ? 1 : 4) {
                    let request = IngestRequest(files: [f], config: AggregationConfig(grouping: Grouping([.country]), period: .month),
                                                workers: workers, blockSize: blockSize)
                    let message = errorOf { _ = try Ingest.run(request) }?.message ?? "read"
                    #expect(message.hasPrefix("\(f):6: column 'id': the id \"5\" (measure killed) is on line 301 again with other contents"),
                            "workers \(workers), blocks \(blockSize): \(message)")
                }
            }
        }
    }

    /// The review's case: the earlier row near the end of the first 1 MiB block, the later
    /// one among the first rows of the second, read by another worker at once: the first
    /// block's worker meets the id second and refuses at its own row, its block's lines
    /// never counted.
    @Test func theFirstBlocksLinesCountWhenItsWorkerRefuses() throws {
        let dir = scratchFolder("review58-race")
        // Rows of 64 bytes: 16,384 to a MiB; the id of row 16,000 comes again as row 16,450.
        func row(_ i: Int) -> String {
            let id = i == 16_450 ? 16_000 : i
            let head = "\(id),2023-01-\(String(format: "%02d", i % 28 + 1)),,Mali,Gao,,Army,killed,,\(i == 16_450 ? 9 : 2),,"
            return head + String(repeating: "s", count: 63 - head.utf8.count)
        }
        let f = dir + "/race.csv"
        try ("id,date_start,date_end,country,adm_1,adm_2,actor,measure,low,best,high,source\n"
             + (1 ... 17_000).map(row).joined(separator: "\n") + "\n").write(toFile: f, atomically: true, encoding: .utf8)
        var said = Set<String>()
        for workers in [2, 3] {
            for _ in 0 ..< 4 {
                let request = IngestRequest(files: [f], config: AggregationConfig(grouping: Grouping([.country]), period: .month),
                                            workers: workers, blockSize: 1 << 20)
                said.insert(errorOf { _ = try Ingest.run(request) }?.message.components(separatedBy: " with other contents").first ?? "read")
            }
        }
        #expect(said == ["\(f):16001: column 'id': the id \"16000\" (measure killed) is on line 16451 again"])
    }
}
