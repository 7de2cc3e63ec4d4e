import Foundation
import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// One file is read without a table of its ids when they rise throughout (IdOrder);
/// the outcome must be exactly that of the reading with the table, whatever the
/// order of the ids, where blocks are cut and how many workers read them.
@Suite struct IdOrderTests {
    func ids(_ list: [String], measures: [UInt32?]? = nil) -> IdOrder {
        var o = IdOrder()
        for (i, id) in list.enumerated() {
            let bytes = Array(id.utf8)
            bytes.withUnsafeBufferPointer { o.note($0.baseAddress!, $0.count, measure: measures?[i] ?? nil) }
        }
        return o
    }

    @Test func shortestFirstThenByteByByte() {
        #expect(!ids(["9", "10", "11", "100", "SYR9", "SYR10"]).broken)
        #expect(ids(["10", "9"]).broken)
        #expect(ids(["5", "5"]).broken) // an id again, with no measure to tell them apart
        #expect(!ids([" 5", "6 "]).broken) // spaces are not part of an id
        #expect(ids(["5", " 5"]).broken)
    }

    @Test func aNativeIdComesOncePerMeasure() {
        #expect(!ids(["1", "1", "2", "2"], measures: [0, 1, 1, 0]).broken)
        #expect(ids(["1", "1"], measures: [0, 0]).broken)
        #expect(ids(["1", "2", "2", "2"], measures: [0, 0, 1, 0]).broken)
    }

    /// Ids of up to 16 bytes are compared as two words (issue 9): the check must say
    /// what the byte-by-byte rule says for every length around 8 and 16, long ids beside
    /// short ones, ties per measure, and the summary's first and last ids and measures.
    @Test func wordsCompareAsBytesDo() {
        /// The rule written out (as the check was before the words): shortest first, then bytes.
        func reference(_ list: [[UInt8]], _ measures: [UInt32?], integer: Bool, foldsCase: Bool) -> (Bool, [UInt8], [UInt32], [UInt8], [UInt32]) {
            var last: [UInt8]?, lastM: [UInt32] = [], first: [UInt8] = [], firstM: [UInt32] = [], oneRun = true
            for (id, measure) in zip(list, measures) {
                if foldsCase && id.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { return (true, [], [], [], []) }
                if integer && id.contains(0x2C) { return (true, [], [], [], []) }
                let m = measure ?? .max
                guard let l = last else { last = id; first = id; lastM = [m]; firstM = [m]; continue }
                let order = id.count != l.count ? (id.count < l.count ? -1 : 1) : (id == l ? 0 : (id.lexicographicallyPrecedes(l) ? -1 : 1))
                if order > 0 { last = id; lastM = [m]; oneRun = false }
                else if order == 0 && measure != nil && !lastM.contains(m) { lastM.append(m); if oneRun { firstM.append(m) } }
                else { return (true, [], [], [], []) }
            }
            return (false, first, firstM, last ?? [], lastM)
        }
        var rng = SplitMix64(seed: 9)
        let alphabet: [UInt8] = Array("0123456789AZaz-,".utf8)
        var compared = 0
        for round in 0 ..< 3_000 {
            let n = 1 + Int(rng.next() % 12)
            var list: [[UInt8]] = []
            var measures: [UInt32?] = []
            var previous: [UInt8] = []
            for _ in 0 ..< n {
                // Mostly rising (a run of the same length, one byte up), sometimes anything.
                var id: [UInt8]
                switch previous.isEmpty ? 4 : rng.next() % 5 {
                case 0: id = previous
                case 1, 2:
                    id = previous
                    let k = Int(rng.next() % UInt64(id.count))
                    id[k] = alphabet[Int(rng.next() % UInt64(alphabet.count))]
                default:
                    let length = [1, 7, 8, 9, 15, 16, 17, 24][Int(rng.next() % 8)]
                    id = (0 ..< length).map { _ in alphabet[Int(rng.next() % 12)] }
                }
                previous = id
                list.append(id)
                measures.append(round % 3 == 0 ? nil : UInt32(rng.next() % 3))
            }
            for (integer, foldsCase) in [(false, false), (true, false), (false, true)] {
                var o = IdOrder()
                for (id, m) in zip(list, measures) {
                    // Ids that start or end with a space or zeros are trimmed by the check: keep to plain ones.
                    id.withUnsafeBufferPointer { o.note($0.baseAddress!, $0.count, measure: m, integer: integer, foldsCase: foldsCase) }
                }
                let plain = list.allSatisfy { $0.first != 0x30 && !(integer && $0.last == 0x30) }
                guard plain else { continue }
                let r = reference(list, measures, integer: integer, foldsCase: foldsCase)
                #expect(o.broken == r.0, "\(list.map { String(decoding: $0, as: UTF8.self) }) \(measures)")
                if !r.0 && !o.broken {
                    #expect(o.first == r.1)
                    #expect(o.firstMeasures == r.2)
                    #expect(o.last == r.3, "\(list.map { String(decoding: $0, as: UTF8.self) })")
                    #expect(o.lastMeasures == r.4)
                }
                compared += 1
            }
        }
        #expect(compared > 3_000)
    }

    @Test func blocksMustFollowEachOther() {
        let name: (UInt32) -> String = { "m\($0)" }
        let a = ids(["1", "2", "3"], measures: [0, 0, 0]).summary(name)!
        let b = ids(["3", "4"], measures: [1, 0]).summary(name)!
        let c = ids(["3", "4"], measures: [0, 0]).summary(name)!
        let d = ids(["4"], measures: [0]).summary(name)!
        #expect(b.follows(a)) // id 3 runs on with another measure
        #expect(!c.follows(a)) // id 3 with measure m0 twice
        #expect(d.follows(a))
        #expect(!a.follows(d))
        let one = ids(["3"], measures: [1]).summary(name)!
        #expect(!one.follows(a)) // a block that is one run could run on: not trusted
        #expect(IdOrder().summary(name) == nil)
    }

    /// Every way a repeat can hide: rows repeated next to each other, far apart, across
    /// block boundaries, in descending and shuffled files, per measure, with spaces.
    @Test(arguments: [1, 3])
    func sameOutcomeAsTheTable(workers: Int) throws {
        let header = "id,date_start,date_end,country,adm_1,adm_2,actor,measure,low,best,high,source\n"
        func row(_ id: String, _ measure: String = "killed", best: Int = 2) -> String {
            "\(id),2023-0\(1 + (id.count % 9))-15,,Mali,,,x,\(measure),1,\(best),5,s\n"
                .replacingOccurrences(of: "2023-0", with: "2023-0").replacingOccurrences(of: ",2023-0", with: ",2023-0")
        }
        let rising = (1 ... 120).map { row(String($0)) }
        var texts: [String: String] = [
            "rising": rising.joined(),
            "descending": rising.reversed().joined(),
            "repeat-far": (rising + [rising[3]]).joined(),
            "repeat-next": (rising[..<50] + [rising[49]] + rising[50...]).joined(),
            "other-version": (rising + [row("4", best: 3)]).joined(),
            "per-measure": (1 ... 80).map { row(String($0)) + row(String($0), "injured") }.joined(),
            "measure-twice": ((1 ... 80).map { row(String($0)) + row(String($0), "injured") } + [row("40", "injured")]).joined(),
            "spaces": (rising + [row(" 7 ")]).joined(),
        ]
        var shuffled = rising
        var g = SeededGenerator(seed: 7)
        shuffled.shuffle(using: &g)
        texts["shuffled"] = shuffled.joined()
        for (name, body) in texts.sorted(by: { $0.key < $1.key }) {
            let f = writeFile(header + body)
            for block in [64, 97, 256, 1 << 22] {
                let request = IngestRequest(files: [f], config: AggregationConfig(grouping: Grouping([.country]), period: .month),
                                            workers: workers, blockSize: block)
                let optimistic = Result { () throws(TallyError) in try Ingest.run(request) }
                let table = Result { () throws(TallyError) in try Ingest.run(request, tableOfIds: true) }
                switch (optimistic, table) {
                case let (.success(a), .success(b)):
                    #expect(csvText(a.result) == csvText(b.result), "\(name), block \(block)")
                    #expect(a.duplicates == b.duplicates, "\(name), block \(block)")
                    #expect(a.rowsRead == b.rowsRead, "\(name), block \(block)")
                case let (.failure(a), .failure(b)):
                    #expect(["other-version", "spaces", "measure-twice"].contains(name), "\(name), block \(block): \(a)")
                    #expect(a.description == b.description, "\(name), block \(block)")
                default:
                    Issue.record("\(name), block \(block): \(optimistic) vs \(table)")
                }
            }
        }
    }
}

/// A small deterministic generator (SplitMix64) for shuffles that do not change.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// One input that is a stream (a pipe, a FIFO, standard input) is read like a file
/// given by path: without a table of its ids while they rise (memory bounded by the
/// output, not ~50 bytes an id), and with the same outcome and messages as the path
/// when they do not (the stream is copied as it is read and read again from the copy).
@Suite struct StreamIdOrderTests {
    /// Reads `text` through a FIFO written by another thread.
    func throughFIFO(_ text: String, workers: Int, block: Int) -> (Result<IngestOutcome, TallyError>, String) {
        let dir = scratchDirectory()
        let fifo = dir + "/events.pipe"
        precondition(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            let fd = open(fifo, O_WRONLY)
            let bytes = Array(text.utf8)
            var done = 0
            while done < bytes.count {
                let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, bytes.count - done) }
                if n <= 0 { break }
                done += n
            }
            close(fd)
        }
        writer.start()
        let request = IngestRequest(files: [fifo], config: AggregationConfig(grouping: Grouping([.country]), period: .month),
                                    workers: workers, blockSize: block)
        let r = Result { () throws(TallyError) in try Ingest.run(request) }
        // Drain what the reading left (an early error), so the writer ends.
        let rest = open(fifo, O_RDONLY | O_NONBLOCK)
        if rest >= 0 { close(rest) }
        return (r, fifo)
    }

    @Test(arguments: [1, 3])
    func streamReadsLikeAPath(workers: Int) {
        let header = "id,date_start,date_end,country,adm_1,adm_2,actor,measure,low,best,high,source\n"
        func row(_ id: Int, best: Int = 2) -> String { "\(id),2023-0\(1 + id % 9)-15,,C\(id % 7),,,x,killed,1,\(best),5,s\n" }
        let rising = (1 ... 3000).map { row($0) }
        var shuffled = rising
        var g = SeededGenerator(seed: 11)
        shuffled.shuffle(using: &g)
        let texts: [(String, String, Bool)] = [
            ("rising", rising.joined(), false),
            ("shuffled", shuffled.joined(), true),
            ("repeat-far", (rising + [rising[3]]).joined(), true),
            ("other-version", (rising + [row(4, best: 3)]).joined(), true),
            ("break-at-start", ([rising[9]] + rising).joined(), true),
        ]
        for (name, body, table) in texts {
            let f = writeFile(header + body)
            for block in [256, 1 << 22] {
                let request = IngestRequest(files: [f], config: AggregationConfig(grouping: Grouping([.country]), period: .month),
                                            workers: workers, blockSize: block)
                let byPath = Result { () throws(TallyError) in try Ingest.run(request) }
                let (stream, fifo) = throughFIFO(header + body, workers: workers, block: block)
                switch (byPath, stream) {
                case let (.success(a), .success(b)):
                    #expect(csvText(a.result) == csvText(b.result), "\(name), block \(block)")
                    #expect(a.duplicates == b.duplicates, "\(name), block \(block)")
                    #expect(a.rowsRead == b.rowsRead, "\(name), block \(block)")
                    #expect(a.readWithIdTable == table, "\(name), block \(block): path")
                    #expect(b.readWithIdTable == table, "\(name), block \(block): stream")
                case let (.failure(a), .failure(b)):
                    #expect(name == "other-version", "\(name), block \(block): \(a)")
                    #expect(a.description.replacingOccurrences(of: f, with: "X")
                            == b.description.replacingOccurrences(of: fifo, with: "X"), "\(name), block \(block)")
                default:
                    Issue.record("\(name), block \(block): \(byPath) vs \(stream)")
                }
            }
        }
    }
}

/// The figures' limit the reader checks without a call is the estimates' (issue 9).
@Suite struct CountLimit {
    @Test func isTheEstimatesLimit() {
        #expect(BlockParser.countLimit == Estimate.maximumValue)
    }
}
