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
        // A file of other bytes with the same records (a CRLF copy): its ids settle it,
        // each event counted once (issue 11 item 7); only records without ids are
        // refused as a copy (review 9d #6: they were counted twice).
        let e = writeFile(text.replacingOccurrences(of: "\n", with: "\r\n"), name: "e.csv", in: dir)
        let crlf = try run([a, e])
        #expect(crlf.result.rows.map(\.estimate) == [.exactly(7)])
        #expect(crlf.duplicates.dropped == 2)
        let g = writeFile(noIds, name: "g.csv", in: dir)
        let h = writeFile(noIds.replacingOccurrences(of: "\n", with: "\r\n"), name: "h.csv", in: dir)
        #expect((errorOf { _ = try run([g, h]) })?.message.hasPrefix("\(h) holds the same 2 records, in the same order, as \(g)") == true)
        let f = writeFile(text + "3,2023-02-17,,Iraq,,,IS,killed,1,1,1,x\r\n", name: "f.csv", in: dir)
        let q = try run([a, f])
        #expect(q.result.rows.map(\.estimate) == [.exactly(8)])
        #expect(q.duplicates.dropped == 2)
    }
}

/// Review 10c F3 (remainder): rows repeated within one file without ids, the mark of a
/// file appended to another or to itself, counted twice with no word said.
@Suite struct RepeatsWithinOneFile {
    let header = "date_start,country,measure,best\n"

    func run(_ text: String, blockSize: Int = 1 << 22, workers: Int? = nil) throws -> IngestOutcome {
        try Ingest.run(IngestRequest(files: [writeFile(text)], config: AggregationConfig(grouping: Grouping([]), period: .all),
                                     workers: workers, blockSize: blockSize))
    }

    func refusal(_ text: String) -> String? {
        do { _ = try run(text); return nil } catch let error as TallyError { return "\(error.exitCode) \(error.description)" } catch { return "\(error)" }
    }

    /// `cat a.csv >> a.csv`: the header comes again mid-file. Refused (65) at its line,
    /// saying what happened, not "\"date_start\" is not a valid date"; a header of
    /// another file (its columns in another order) is refused too, since its rows would
    /// be read into the wrong columns.
    @Test func aHeaderLineMidFileIsRefusedNamingIt() throws {
        let a = header + "2023-01-01,Mali,killed,3\n2023-01-02,Mali,killed,4\n"
        let again = refusal(a + a)
        #expect(again?.hasPrefix("65 ") == true, "\(again ?? "accepted")")
        #expect(again?.contains(":4: this line repeats the header (the file's column names)") == true, "\(again ?? "")")
        #expect(again?.contains("cat a.csv >> b.csv") == true)
        // Spaces, case and a byte-order mark do not hide it; nor does CRLF.
        let loud = refusal(a + "\u{FEFF}DATE_START, Country,measure,best\r\n2023-01-03,Mali,killed,5\n")
        #expect(loud?.contains(":4: this line repeats the header") == true, "\(loud ?? "accepted")")
        let other = refusal(a + "country,date_start,best,measure\nMali,2023-01-05,9,killed\n")
        #expect(other?.contains(":4: this line is a header (column names) unlike the file's own") == true, "\(other ?? "accepted")")
        // With more columns than the header: still a header line, not "expected 4 fields".
        let wider = refusal(a + "date_start,country,measure,best,source\n")
        #expect(wider?.contains(":4: this line is a header") == true, "\(wider ?? "accepted")")
        // A row that merely holds one column's name is an ordinary bad row.
        let bad = refusal(a + "2023-01-03,country,killed,x\n")
        #expect(bad?.contains("header") == false, "\(bad ?? "accepted")")
        // UCDP appended to itself: refused at the second header (line 16,609).
        let syria = try String(contentsOfFile: packageRoot + "/Datasets/ucdp/ucdp_ged_syria_2016_2019.csv", encoding: .utf8)
        let twice = refusal(syria + syria)
        #expect(twice?.contains(".csv:16609: this line repeats the header") == true, "\(twice ?? "accepted")")
    }

    /// `tail -n +2 b.csv >> a.csv` of the same rows: no header to see. Rows without an id
    /// that repeat an earlier row byte for byte are counted each time (two events can
    /// have the same figures) and counted in `duplicates`, across blocks and workers.
    @Test func exactRepeatsWithoutIdsAreCountedAndSaid() throws {
        var rows = ""
        for i in 0 ..< 3000 { rows += "2023-01-\(String(format: "%02d", 1 + i % 28)),Mali,killed,\(i)\n" }
        for blockSize in [1 << 22, 4096] {
            let o = try run(header + rows + rows + "2023-01-01,Mali,killed,0 \n", blockSize: blockSize, workers: 2)
            #expect(o.rowsRead == 6001)
            #expect(o.duplicates.sameRowsWithoutId == 3000, "block \(blockSize)")
            #expect(o.duplicates.uncheckedWithoutId == 0)
            #expect(o.result.rows.first?.estimate.best == Int64(2 * (0 ..< 3000).reduce(0, +)))   // counted each time
        }
        let once = try run(header + rows)
        #expect(once.duplicates.sameRowsWithoutId == 0 && !once.duplicates.any)
        // Rows with ids are the id rule's: a repeat is counted once, as before.
        let ids = "id," + header + "1,2023-01-01,Mali,killed,3\n1,2023-01-01,Mali,killed,3\n"
        let withIds = try run(ids)
        #expect(withIds.duplicates.withinFile == 1 && withIds.duplicates.sameRowsWithoutId == 0)
        #expect(withIds.result.rows.first?.estimate.best == 3)
    }

    /// The table is bounded: past its slots rows are looked up but not added, and the
    /// count says it is a lower bound.
    @Test func theFingerprintTableIsBounded() {
        let table = RowFingerprints(maximumSlots: 64)
        let first = (1 ... 100).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        first.withUnsafeBufferPointer { table.add($0) }
        first.withUnsafeBufferPointer { table.add($0) }
        let (repeats, unchecked) = table.drain()
        #expect(repeats == 48)       // 48 fit in 64 slots at three quarters full
        #expect(unchecked == 52 + 52)
        // Drained: the next input starts empty.
        first.prefix(3).withUnsafeBufferPointer { table.add($0) }
        #expect(table.drain() == (0, 0))
    }
}

/// The row hash behind both checks on rows without an id (a copy given twice, rows
/// repeated within an input): a row's value depends on its bytes and on nothing beside
/// them, and a change of any one byte, or of the length, changes the value and the 32
/// bits of it the table of rows keeps.
@Suite struct RowHash {
    @Test func dependsOnTheRowsBytesOnly() {
        var rng = SplitMix64(seed: 9)
        for n in 0 ... 130 {
            let row = (0 ..< n).map { _ in UInt8.random(in: 0 ... 255, using: &rng) }
            let alone = row.withUnsafeBufferPointer { recordHash2($0.baseAddress ?? UnsafePointer(bitPattern: 8)!, n, 7) }
            // The same bytes inside other bytes, at every alignment: the same value.
            for offset in 0 ..< 9 {
                for filler: UInt8 in [0, 0xFF, 0x2C] {
                    let inside = [UInt8](repeating: filler, count: offset) + row + [UInt8](repeating: filler, count: 24)
                    let h = inside.withUnsafeBufferPointer { recordHash2($0.baseAddress! + offset, n, 7) }
                    #expect(h == alone, "length \(n) at offset \(offset) beside \(filler)")
                }
            }
        }
    }

    @Test func everyByteAndTheLengthCount() {
        var rng = SplitMix64(seed: 10)
        var seen = Set<UInt64>()
        var values = 0
        for n in 1 ... 130 {
            let row = (0 ..< n).map { _ in UInt8.random(in: 0 ... 255, using: &rng) }
            let h = row.withUnsafeBufferPointer { recordHash2($0.baseAddress!, n, 7) }
            seen.insert(h); values += 1
            // The row one byte shorter: another value.
            let shorter = row.withUnsafeBufferPointer { recordHash2($0.baseAddress!, n - 1, 7) }
            #expect(shorter != h)
            for i in 0 ..< n {
                for flip: UInt8 in [1, 0x80, 0x20] {
                    var other = row
                    other[i] ^= flip
                    let g = other.withUnsafeBufferPointer { recordHash2($0.baseAddress!, n, 7) }
                    #expect(g >> 32 != h >> 32, "length \(n), byte \(i) ^ \(flip)")
                    seen.insert(g); values += 1
                }
            }
        }
        #expect(seen.count == values)   // 25,000 near-identical rows, no two alike
    }
}
