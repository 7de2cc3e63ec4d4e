import CCairo
import TallyCharts
import Testing
import TallyTestSupport
@testable import TallyCairo

/// PNG image data is compressed in bands of rows on several cores and joined into one
/// zlib stream (pigz's technique). zlib itself must read the stream back to exactly
/// the rows given (its Adler-32 check included), whatever the number of bands, and the
/// bytes must not depend on how the bands were scheduled.
@Suite struct ParallelDeflateTests {
    func rows(_ count: Int, width: Int, seed: UInt64) -> [[UInt8]] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { y in
            (0..<width).map { x in
                // Mostly flat, with runs and noise, like a filtered chart.
                x % 97 < 80 ? 0 : UInt8(truncatingIfNeeded: rng.next() >> 56) &+ UInt8(truncatingIfNeeded: y)
            }
        }
    }

    @Test(arguments: [1, 2, 63, 64, 65, 128, 675, 1000])
    func joinedBandsInflateToTheRows(count: Int) throws {
        let width = 3 * 97 + 1
        let input = rows(count, width: width, seed: UInt64(count))
        let compressed = try ParallelDeflate.zlib(rows: count, rowBytes: width) { y, o in
            for (i, b) in input[y].enumerated() { o[i] = b }
        }
        var out = [UInt8](repeating: 0, count: count * width + 1)
        var length = UInt(out.count)
        let status = compressed.withUnsafeBufferPointer { c in
            out.withUnsafeMutableBufferPointer { uncompress($0.baseAddress!, &length, c.baseAddress!, UInt(c.count)) }
        }
        #expect(status == Z_OK, "zlib status \(status)")
        #expect(Int(length) == count * width)
        #expect(Array(out[0..<Int(length)]) == input.flatMap { $0 })
        // Same bytes on a second run (the bands are scheduled differently).
        let again = try ParallelDeflate.zlib(rows: count, rowBytes: width) { y, o in
            for (i, b) in input[y].enumerated() { o[i] = b }
        }
        #expect(again == compressed)
    }
}

/// Review of issue 9: Pango measures in 32-bit units of 1/1024 px, so a 400,000-character
/// note measured about 100 px wide and all but a hundred of its characters were lost
/// with exit 0. Long texts are measured in pieces.
@Suite struct LongTextMeasureTests {
    @Test(arguments: [10, 4_097, 100_000, 400_000, 750_000])
    func widthGrowsWithTheText(length: Int) {
        let font = Font(size: 12)
        ChartRenderer.measuring(fontFamily: "DejaVu Sans") { canvas in
            let one = canvas.measure("x", font: font).width
            let all = canvas.measure(String(repeating: "x", count: length), font: font).width
            #expect(abs(all - one * Double(length)) <= one * Double(length) * 0.01 + 1, "\(all) for \(length) of \(one)")
        }
    }
}
