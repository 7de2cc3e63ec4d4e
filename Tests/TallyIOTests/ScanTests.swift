import Foundation
import Testing
import TallyTestSupport
@testable import TallyIO

/// The two loops over every input byte (CTallyScan: the CSV structure masks and the
/// UTF-8 check) against plain references, on random inputs built to put every
/// interesting byte at every position of the 64-byte masks and the 16-byte checks.
@Suite struct ScanTests {
    // MARK: CSV records

    enum Outcome: Equatable {
        case record([String], lineFeeds: Int)
        case malformed(QuotingProblem, field: Int)
    }

    /// RFC 4180 as tally reads it, one byte at a time (the reference).
    static func reference(_ bytes: [UInt8]) -> [Outcome] {
        var out: [Outcome] = []
        var p = 0
        let end = bytes.count
        while p < end {
            var fields: [String] = []
            var feeds = 0
            while true {
                var field: [UInt8] = []
                if bytes[p] == 0x22 {
                    p += 1
                    var closed = false
                    while p < end {
                        if bytes[p] == 0x22 {
                            if p + 1 < end && bytes[p + 1] == 0x22 { field.append(0x22); p += 2; continue }
                            closed = true
                            break
                        }
                        if bytes[p] == 0x0A { feeds += 1 }
                        field.append(bytes[p])
                        p += 1
                    }
                    if !closed { out.append(.malformed(.unterminatedQuote, field: fields.count)); return out }
                    p += 1
                    if p < end && bytes[p] == 0x0D && (p + 1 == end || bytes[p + 1] == 0x0A) { p += 1 }
                    if p < end && bytes[p] != 0x2C && bytes[p] != 0x0A {
                        out.append(.malformed(.textAfterClosingQuote, field: fields.count)); return out
                    }
                } else {
                    while p < end && bytes[p] != 0x2C && bytes[p] != 0x0A && bytes[p] != 0x22 { field.append(bytes[p]); p += 1 }
                    if p < end && bytes[p] == 0x22 { out.append(.malformed(.quoteInUnquotedField, field: fields.count)); return out }
                    if (p == end || bytes[p] == 0x0A) && field.last == 0x0D { field.removeLast() }
                }
                fields.append(String(decoding: field, as: UTF8.self))
                if p >= end { break }
                if bytes[p] == 0x0A { feeds += 1; p += 1; break }
                p += 1
                if p >= end { fields.append(""); break }
            }
            out.append(.record(fields, lineFeeds: feeds))
        }
        return out
    }

    static func scanned(_ bytes: [UInt8]) -> [Outcome] {
        bytes.withUnsafeBufferPointer { buf -> [Outcome] in
            guard let base = buf.baseAddress else { return [] }
            var scanner = CSVScanner(base: base, start: 0, end: buf.count)
            let capacity = 64
            let spans = UnsafeMutablePointer<FieldSpan>.allocate(capacity: capacity)
            defer { spans.deallocate() }
            var out: [Outcome] = []
            while true {
                let feedsBefore = scanner.lineFeeds
                switch scanner.next(into: spans, capacity: capacity) {
                case .endOfBlock: return out
                case let .malformed(problem, field): out.append(.malformed(problem, field: field)); return out
                case let .record(n):
                    let fields = (0 ..< n).map { i -> String in
                        let s = spans[i]
                        let text = String(decoding: UnsafeBufferPointer(start: base + s.start, count: s.count), as: UTF8.self)
                        return s.hasEscapes ? text.replacingOccurrences(of: "\"\"", with: "\"") : text
                    }
                    out.append(.record(fields, lineFeeds: scanner.lineFeeds - feedsBefore))
                }
            }
        }
    }

    /// Random CSV text: fields of 0 to 150 bytes (so that fields and records cross
    /// the 64-byte masks anywhere), quoted fields holding commas, doubled quotes,
    /// CRLF and line feeds, and now and then a stray quote or a CR.
    static func randomCSV(_ rng: inout SplitMix64, records: Int, damaged: Bool) -> [UInt8] {
        var out: [UInt8] = []
        let plain: [UInt8] = Array("abcXYZ019 -_.;é".utf8)
        for _ in 0 ..< records {
            let fields = Int.random(in: 1 ... 14, using: &rng)
            for f in 0 ..< fields {
                if f > 0 { out.append(0x2C) }
                let length = Int.random(in: 0 ... 150, using: &rng) >> Int.random(in: 0 ... 4, using: &rng)
                if Int.random(in: 0 ..< 4, using: &rng) == 0 {
                    out.append(0x22)
                    for _ in 0 ..< length {
                        switch Int.random(in: 0 ..< 20, using: &rng) {
                        case 0: out.append(contentsOf: [0x22, 0x22])
                        case 1: out.append(0x2C)
                        case 2: out.append(0x0A)
                        case 3: out.append(contentsOf: [0x0D, 0x0A])
                        default: out.append(plain.randomElement(using: &rng)!)
                        }
                    }
                    out.append(0x22)
                } else {
                    for _ in 0 ..< length { out.append(plain.randomElement(using: &rng)!) }
                }
                if damaged && Int.random(in: 0 ..< 400, using: &rng) == 0 { out.append([0x22, 0x0D, 0x61].randomElement(using: &rng)!) }
            }
            out.append(contentsOf: Int.random(in: 0 ..< 3, using: &rng) == 0 ? [0x0D, 0x0A] : [0x0A])
        }
        if Int.random(in: 0 ..< 3, using: &rng) == 0, !out.isEmpty { out.removeLast() }
        return out
    }

    @Test func recordsMatchTheByteByByteReading() {
        var rng = SplitMix64(seed: 64)
        for round in 0 ..< 300 {
            let csv = ScanTests.randomCSV(&rng, records: 1 + round % 40, damaged: round % 3 == 0)
            #expect(ScanTests.scanned(csv) == ScanTests.reference(csv), "round \(round)")
        }
    }

    @Test func everyStructuralByteAtEveryOffsetOfTheMask() {
        // A record of one long field with a comma, a quote or a line feed placed at each
        // offset 0..<140: the mask and the tail path must find it wherever it is.
        for byte: UInt8 in [0x2C, 0x0A] {
            for offset in 0 ..< 140 {
                var csv = [UInt8](repeating: 0x61, count: 140)
                csv[offset] = byte
                #expect(ScanTests.scanned(csv) == ScanTests.reference(csv), "byte \(byte) at \(offset)")
            }
        }
        for offset in 1 ..< 140 {
            var csv = [UInt8](repeating: 0x61, count: 140)
            csv[offset] = 0x22
            #expect(ScanTests.scanned(csv) == [.malformed(.quoteInUnquotedField, field: 0)], "quote at \(offset)")
        }
    }

    @Test func aQuotedFieldAcrossManyMasksCountsItsLineFeeds() {
        let inner = String(repeating: "line, with \"\"quotes\"\"\n", count: 40)
        let csv = Array("a,\"\(inner)\",b\nc,d,e".utf8)
        #expect(ScanTests.scanned(csv) == [.record(["a", inner.replacingOccurrences(of: "\"\"", with: "\""), "b"], lineFeeds: 41),
                                           .record(["c", "d", "e"], lineFeeds: 0)])
    }

    /// The loop for unquoted records (C, issue 9) and the general one must leave the
    /// same fields, outcome and state after every record, from any start, with room for
    /// fewer fields than the record has, and hand quoted records over untouched.
    @Test func theUnquotedLoopAgreesWithTheGeneralOne() {
        var rng = SplitMix64(seed: 4_180)
        let alphabet: [UInt8] = Array("ab,,\"\n\r xyzé".utf8)
        // Without quotes: long records of many commas stay in the C loop, which takes the
        // commas before a chunk's first line feed in one run (issue 9, stop 52).
        let unquoted: [UInt8] = Array("ab,,,\n\r xyzé".utf8)
        func fields(_ s: UnsafeMutablePointer<FieldSpan>, _ n: Int) -> [[Int]] {
            (0 ..< n).map { [s[$0].start, s[$0].count, s[$0].hasEscapes ? 1 : 0] }
        }
        var records = 0, quoted = 0
        for round in 0 ..< 4_000 {
            let bytes: [UInt8] = round % 4 == 0
                ? ScanTests.randomCSV(&rng, records: 1 + round % 7, damaged: round % 8 == 0)
                : (0 ..< Int.random(in: 0 ... (round % 2 == 0 ? 200 : 900), using: &rng)).map { _ in
                    (round % 3 == 1 ? unquoted : alphabet).randomElement(using: &rng)! }
            let start = bytes.isEmpty ? 0 : Int.random(in: 0 ... bytes.count, using: &rng)
            for capacity in [0, 1, 3, 64] {
                bytes.withUnsafeBufferPointer { b in
                    let base = b.baseAddress ?? UnsafePointer(bitPattern: 8)!
                    let sa = UnsafeMutablePointer<FieldSpan>.allocate(capacity: 64), sb = UnsafeMutablePointer<FieldSpan>.allocate(capacity: 64)
                    defer { sa.deallocate(); sb.deallocate() }
                    var a = CSVScanner(base: base, start: start, end: b.count), g = CSVScanner(base: base, start: start, end: b.count)
                    while true {
                        let ra = a.next(into: sa, capacity: capacity)
                        let rb = g.position < b.count ? g.general(into: sb, capacity: capacity) : .endOfBlock
                        switch (ra, rb) {
                        case (.endOfBlock, .endOfBlock): return
                        case let (.record(x), .record(y)):
                            #expect(x == y && fields(sa, min(x, capacity)) == fields(sb, min(y, capacity)), "round \(round)")
                            records += 1
                            if (0 ..< min(y, capacity)).contains(where: { sb[$0].start > 0 && base[sb[$0].start - 1] == 0x22 }) { quoted += 1 }
                        case let (.malformed(p, f), .malformed(q, h)):
                            #expect(p == q && f == h, "round \(round)")
                            #expect(a.position == g.position && a.lineFeeds == g.lineFeeds)
                            return
                        default:
                            Issue.record("round \(round): \(ra) against \(rb)")
                            return
                        }
                        #expect(a.position == g.position && a.lineFeeds == g.lineFeeds, "round \(round)")
                    }
                }
            }
        }
        #expect(records > 10_000 && quoted > 1_000)
    }

    // MARK: UTF-8

    /// Independent of CTallyScan: a prefix is good when the standard library decodes it
    /// and it holds no NUL; at the offset returned no sequence of 1 to 4 bytes decodes.
    static func checkProblem(_ bytes: [UInt8]) -> Bool {
        let problem = bytes.withUnsafeBufferPointer { firstTextProblem($0.baseAddress!, $0.count) }
        let offset = problem?.offset ?? bytes.count
        guard String(validating: bytes[..<offset], as: UTF8.self) != nil, !bytes[..<offset].contains(0) else { return false }
        guard let problem else { return true }
        if bytes[offset] == 0 { return problem.kind == .nulByte }
        guard problem.kind == .invalidUTF8 else { return false }
        return (1 ... 4).allSatisfy { k in offset + k > bytes.count || String(validating: bytes[offset ..< offset + k], as: UTF8.self) == nil }
    }

    @Test func textProblemsMatchTheStandardLibrary() {
        var rng = SplitMix64(seed: 8)
        let pieces: [[UInt8]] = [
            Array("plain ascii text, ".utf8), Array("é".utf8), Array("ب".utf8), Array("€".utf8), Array("😀".utf8),
            [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF8], [0x80],
            [0xC3], [0xE2, 0x82], [0x00], [0xFF], Array(String(repeating: "x", count: 37).utf8),
        ]
        for round in 0 ..< 2000 {
            var bytes: [UInt8] = []
            let good = round % 2 == 0
            for _ in 0 ..< Int.random(in: 1 ... 30, using: &rng) {
                let piece = pieces[Int.random(in: 0 ..< (good ? 5 : pieces.count), using: &rng)]
                bytes.append(contentsOf: good && piece.first == 0 ? [] : piece)
            }
            if round % 7 == 0, !bytes.isEmpty { bytes.removeLast() } // a sequence cut short by the end
            guard !bytes.isEmpty else { continue }
            #expect(ScanTests.checkProblem(bytes), "round \(round): \(bytes)")
        }
    }

    @Test func aBadByteIsFoundAtEveryOffsetOfTheWideCheck() {
        for offset in 0 ..< 70 {
            for bad: [UInt8] in [[0x80], [0x00], [0xC3], [0xED, 0xA0, 0x80]] {
                var bytes = [UInt8](repeating: 0x61, count: 70)
                bytes.replaceSubrange(offset ..< min(70, offset + bad.count), with: bad.prefix(70 - offset))
                let problem = bytes.withUnsafeBufferPointer { firstTextProblem($0.baseAddress!, $0.count) }
                #expect(problem?.offset == offset, "\(bad) at \(offset)")
            }
        }
    }
}
