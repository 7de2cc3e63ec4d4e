import Foundation
import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// Issue 9 item 9: one file named twice is read once, however it is spelled.
@Suite struct DuplicateFiles {
    let text = nativeHeader + "1,2023-02-15,,Syria,,,IS,killed,5,5,5,x\n2,2023-02-16,,Iraq,,,IS,killed,2,2,2,x\n"

    func run(_ files: [String]) throws -> IngestOutcome {
        try Ingest.run(IngestRequest(files: files, config: AggregationConfig(grouping: Grouping([]), period: .all)))
    }

    @Test func everySpellingOfOneFileIsReadOnce() throws {
        let dir = scratchDirectory()
        let a = writeFile(text, name: "a.csv", in: dir)
        try FileManager.default.createSymbolicLink(atPath: dir + "/sym.csv", withDestinationPath: a)
        try FileManager.default.createSymbolicLink(atPath: dir + "/rel.csv", withDestinationPath: "a.csv")
        try FileManager.default.linkItem(atPath: a, toPath: dir + "/hard.csv")
        let spellings = [a, dir + "/./a.csv", dir + "//a.csv", dir + "/../" + (dir as NSString).lastPathComponent + "/a.csv",
                         dir + "/sym.csv", dir + "/rel.csv", dir + "/hard.csv"]
        for other in spellings {
            let o = try run([a, other])
            #expect(o.result.rows.map(\.estimate) == [.exactly(7)], "\(other)")
            #expect(o.rowsRead == 2)
            #expect(o.duplicateFiles == ["\(other) is the same file as \(a): read once"])
        }
        let all = try run(spellings)
        #expect(all.result.rows.map(\.estimate) == [.exactly(7)])
        #expect(all.duplicateFiles.count == spellings.count - 1)
    }

    @Test func aCopyIsReadOnce() throws {
        let dir = scratchDirectory()
        // A byte-for-byte copy (a download saved twice) is the same file: read once and
        // said, ids or not (review 9c: without an id column nothing else could tell its
        // rows apart, and every figure was counted twice, with no note).
        let a = writeFile(text, name: "a.csv", in: dir)
        let b = writeFile(text, name: "b.csv", in: dir)
        let o = try run([a, b])
        #expect(o.rowsRead == 2)
        #expect(o.result.rows.map(\.estimate) == [.exactly(7)])
        #expect(o.duplicateFiles == ["\(b) holds the same bytes as \(a): read once"])
        let noIds = text.split(separator: "\n").map { $0.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)[1] }
            .joined(separator: "\n") + "\n"
        let c = writeFile(noIds, name: "c.csv", in: dir)
        let d = writeFile(noIds, name: "d.csv", in: dir)
        let p = try run([c, d])
        #expect(p.result.rows.map(\.estimate) == [.exactly(7)])
        #expect(p.duplicateFiles == ["\(d) holds the same bytes as \(c): read once"])
        // A file of other bytes with the same events is another file: its ids are compared.
        let e = writeFile(text.replacingOccurrences(of: "\n", with: "\r\n"), name: "e.csv", in: dir)
        let q = try run([a, e])
        #expect(q.result.rows.map(\.estimate) == [.exactly(7)])
        #expect(q.duplicates.dropped == 2)
    }
}
