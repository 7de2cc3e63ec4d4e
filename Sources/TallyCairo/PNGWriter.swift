import CCairo
import Dispatch

/// Encodes a Cairo RGB24 image as PNG, about four times faster than
/// `cairo_surface_write_to_png`.
///
/// A chart is mostly flat colour. Cairo hands libpng its default zlib settings, and
/// compressing 1200×675 pixels that way took 17 ms of a 19 ms render (30 ms for a
/// timeline). With the "Up" filter, flat areas become rows of zeros, and zlib's
/// run-length strategy compresses those at memory speed; files stay about as small as
/// Cairo's. The output is deterministic: no timestamp chunk, fixed zlib settings.
enum PNGWriter {
    /// - Parameter text: `iTXt` chunks (keyword, text), written after the header and
    ///   before the image data, where readers that stop early still find them.
    static func encode(_ surface: OpaquePointer, text: [(keyword: String, text: String)] = []) throws(RenderError) -> [UInt8] {
        try Encoder(surface).finish(text: text)
    }

    /// A PNG encoded while it is drawn: ``rowsDrawn(_:)`` hands the rows drawn so far
    /// to a core that filters and compresses them, while the caller draws the rest
    /// (``ChartRenderer`` draws a chart in two passes, top rows first); ``finish(text:)``
    /// compresses what is left on every core and writes the file. The bytes are those
    /// of ``encode(_:text:)``: the bands are the same whenever they are compressed.
    final class Encoder: @unchecked Sendable {
        let surface: OpaquePointer
        let width: Int, height: Int
        let deflate: ParallelDeflate.Pipeline?

        init(_ surface: OpaquePointer) {
            self.surface = surface
            width = Int(cairo_image_surface_get_width(surface))
            height = Int(cairo_image_surface_get_height(surface))
            let stride = Int(cairo_image_surface_get_stride(surface))
            guard let data = cairo_image_surface_get_data(surface), width > 0, height > 0 else { deflate = nil; return }
            let width = self.width
            deflate = ParallelDeflate.Pipeline(rows: height, rowBytes: 1 + width * 3) { y, o in
                PNGWriter.filterRow(y, width: width, stride: stride, data: data, into: o)
            }
        }

        /// Rows `0 ..< rows` are drawn and will not change: their whole bands start.
        func rowsDrawn(_ rows: Int) {
            cairo_surface_flush(surface)
            deflate?.start(rowsReady: rows)
        }

        /// Waits for the bands started: the surface must outlive them, also when the
        /// render fails after ``rowsDrawn(_:)``.
        func wait() { deflate?.group.wait() }

        func finish(text: [(keyword: String, text: String)] = []) throws(RenderError) -> [UInt8] {
            cairo_surface_flush(surface)
            guard let deflate else { throw RenderError(description: "png: empty image") }
            return PNGWriter.file(width: width, height: height, text: text, data: try deflate.finish())
        }
    }

    /// Row `y` filtered: "Up" (0 for the first row), filter type first.
    static func filterRow(_ y: Int, width: Int, stride: Int, data: UnsafeMutablePointer<UInt8>, into o: UnsafeMutablePointer<UInt8>) {
            // Cairo stores RGB24 as native-endian 32-bit xRGB words; the "Up" filter
            // subtracts the pixel above.
            data.withMemoryRebound(to: UInt32.self, capacity: stride / 4 * (y + 1)) { words in
                let wordsPerRow = stride / 4
                let row = words + y * wordsPerRow
                if y == 0 {
                    o[0] = 0
                    for x in 0..<width {
                        let v = row[x]
                        o[1 + x * 3] = UInt8(truncatingIfNeeded: v >> 16)
                        o[2 + x * 3] = UInt8(truncatingIfNeeded: v >> 8)
                        o[3 + x * 3] = UInt8(truncatingIfNeeded: v)
                    }
                } else {
                    o[0] = 2
                    let above = row - wordsPerRow
                    for x in 0..<width {
                        let v = row[x], u = above[x]
                        o[1 + x * 3] = UInt8(truncatingIfNeeded: v >> 16) &- UInt8(truncatingIfNeeded: u >> 16)
                        o[2 + x * 3] = UInt8(truncatingIfNeeded: v >> 8) &- UInt8(truncatingIfNeeded: u >> 8)
                        o[3 + x * 3] = UInt8(truncatingIfNeeded: v) &- UInt8(truncatingIfNeeded: u)
                    }
                }
            }
    }

    /// The PNG file around its compressed image data.
    static func file(width: Int, height: Int, text: [(keyword: String, text: String)], data compressed: [UInt8]) -> [UInt8] {
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header += [8, 2, 0, 0, 0]   // 8-bit, truecolour, deflate, adaptive filtering, no interlace
        appendChunk("IHDR", header, to: &png)
        for t in text { appendChunk("iTXt", Accessibility.iTXt(keyword: t.keyword, text: t.text), to: &png) }
        appendChunk("IDAT", compressed, to: &png)
        appendChunk("IEND", [], to: &png)
        return png
    }

    static func appendChunk(_ type: String, _ body: [UInt8], to png: inout [UInt8]) {
        png.appendBigEndian(UInt32(body.count))
        let typeBytes = Array(type.utf8)
        png += typeBytes
        png += body
        var crc = crc32(0, typeBytes, UInt32(typeBytes.count))
        crc = body.withUnsafeBufferPointer { crc32(crc, $0.baseAddress, UInt32($0.count)) }
        png.appendBigEndian(UInt32(crc))
    }
}

/// The image data of a PNG as one zlib stream, compressed in bands of rows on every
/// core.
///
/// Compressing was most of a PNG's render time (7 of 14 ms for a 1200×675 timeline).
/// Each band of ``bandRows`` rows is filtered and compressed on its own, as raw
/// deflate with the run-length strategy, ending on a byte boundary (a sync flush; the
/// last band ends the stream), and the bands are joined behind one zlib header with
/// their Adler-32 sums combined: the technique of pigz. The bands depend only on the
/// image's height, never on the number of cores, so the bytes are the same on every
/// machine. A band holds its filtered rows only while it is compressed.
enum ParallelDeflate {
    /// Rows per band: a 1200-wide band is about 230 KB filtered, few enough bands for
    /// the joins to cost nothing in size, enough to share a chart between two cores.
    static let bandRows = 64

    /// Where ``ChartRenderer`` splits a PNG of `rows` rows into a top part, compressed
    /// on one core while the bottom part is drawn on the other: on a band's edge, at or
    /// just below half way (the larger half first). Measured on the 1200×675 timeline
    /// (bench/chart, 11 bands): splitting after 4, 5, 6, 7, 8 bands gave 10.5, 10.0,
    /// **9.4**, 10.6–12.0, 12.7–13.1 ms wall, one pass 10.4–10.9. `nil` below two bands.
    static func pipelineSplit(rows: Int) -> Int? {
        let count = (rows + bandRows - 1) / bandRows
        return count < 2 ? nil : (count + 1) / 2 * bandRows
    }

    /// One slot per band, each written by the one thread that compresses the band:
    /// plain memory, so no two threads ever touch the same array storage.
    final class Bands: @unchecked Sendable {
        let output: UnsafeMutablePointer<[UInt8]>
        let adler: UnsafeMutablePointer<UInt>
        let status: UnsafeMutablePointer<Int32>
        let count: Int
        init(_ n: Int) {
            count = n
            output = .allocate(capacity: n); output.initialize(repeating: [], count: n)
            adler = .allocate(capacity: n); adler.initialize(repeating: 1, count: n)
            status = .allocate(capacity: n); status.initialize(repeating: Z_OK, count: n)
        }
        deinit {
            output.deinitialize(count: count); output.deallocate()
            adler.deallocate(); status.deallocate()
        }
    }

    /// - Parameter row: writes row `y`'s filtered bytes (filter type first) into the
    ///   buffer it is given, `rowBytes` long; called from several threads at once.
    static func zlib(rows: Int, rowBytes: Int,
                     row: (Int, UnsafeMutablePointer<UInt8>) -> Void) throws(RenderError) -> [UInt8] {
        try withoutActuallyEscaping(row) { row throws(RenderError) in
            try Pipeline(rows: rows, rowBytes: rowBytes, row: row).finish()
        }
    }

    /// Bands compressed as their rows become ready: ``start(rowsReady:)`` gives the
    /// whole bands of the rows ready so far to one core (the caller keeps drawing on
    /// another), ``finish()`` compresses the rest on every core and joins them.
    final class Pipeline: @unchecked Sendable {
        let rows: Int, rowBytes: Int, count: Int
        let bands: Bands
        let row: (Int, UnsafeMutablePointer<UInt8>) -> Void
        let group = DispatchGroup()
        /// Bands handed out so far, in order.
        var started = 0

        init(rows: Int, rowBytes: Int, row: @escaping (Int, UnsafeMutablePointer<UInt8>) -> Void) {
            self.rows = rows; self.rowBytes = rowBytes; self.row = row
            count = (rows + bandRows - 1) / bandRows
            bands = Bands(count)
        }

        func start(rowsReady: Int) {
            let ready = rowsReady >= rows ? count : rowsReady / bandRows
            guard ready > started else { return }
            let range = started ..< ready
            started = ready
            DispatchQueue.global().async(group: group) { for i in range { self.compress(i) } }
        }

        func compress(_ i: Int) {
            let first = i * bandRows, last = min(rows, first + bandRows)
            let length = (last - first) * rowBytes
            let input = UnsafeMutablePointer<UInt8>.allocate(capacity: length)
            defer { input.deallocate() }
            for y in first..<last { row(y, input + (y - first) * rowBytes) }
            let adler = adler32(1, input, UInt32(length))
            var out: [UInt8] = []
            let status = deflateBand(input, length, final: i == count - 1, into: &out)
            bands.output[i] = out
            bands.adler[i] = adler
            bands.status[i] = status
        }

        func finish() throws(RenderError) -> [UInt8] {
            let rest = started ..< count
            started = count
            DispatchQueue.concurrentPerform(iterations: rest.count) { compress(rest.lowerBound + $0) }
            group.wait()
            return try join()
        }

        func join() throws(RenderError) -> [UInt8] {
        let count = self.count, rows = self.rows, rowBytes = self.rowBytes
        if let failed = (0..<count).first(where: { bands.status[$0] != Z_OK }) {
            throw RenderError(description: "png: zlib failed (\(bands.status[failed]))")
        }
        // CMF 0x78: deflate, 32 KiB window; FLG 0x01 makes the pair a multiple of 31.
        var stream: [UInt8] = [0x78, 0x01]
        stream.reserveCapacity(2 + (0..<count).reduce(0) { $0 + bands.output[$1].count } + 4)
        var adler = bands.adler[0]
        for i in 0..<count {
            stream += bands.output[i]
            if i > 0 {
                let length = (min(rows, (i + 1) * bandRows) - i * bandRows) * rowBytes
                adler = adler32_combine(adler, bands.adler[i], off_t(length))
            }
        }
        stream.appendBigEndian(UInt32(truncatingIfNeeded: adler))
        return stream
        }
    }

    final class RowBox: @unchecked Sendable {
        let row: (Int, UnsafeMutablePointer<UInt8>) -> Void
        init(_ row: @escaping (Int, UnsafeMutablePointer<UInt8>) -> Void) { self.row = row }
    }

    /// One band as raw deflate: ends with a sync flush (byte-aligned, so the next band
    /// follows directly) or, for the last band, with the final block.
    static func deflateBand(_ input: UnsafeMutablePointer<UInt8>, _ length: Int, final: Bool, into out: inout [UInt8]) -> Int32 {
        var stream = z_stream()
        var status = deflateInit2_(&stream, 6, Z_DEFLATED, -15, 8, Z_RLE, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { return status }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, UInt(length))) + 16
        out = [UInt8](repeating: 0, count: bound)
        out.withUnsafeMutableBufferPointer { o in
            stream.next_in = input
            stream.avail_in = UInt32(length)
            stream.next_out = o.baseAddress!
            stream.avail_out = UInt32(o.count)
            status = deflate(&stream, final ? Z_FINISH : Z_SYNC_FLUSH)
        }
        guard status == (final ? Z_STREAM_END : Z_OK), stream.avail_in == 0 else { return status == Z_OK ? Z_BUF_ERROR : status }
        // A copy of the right size: the buffer was sized for the worst case, about the
        // band itself, and every band's output is held until they are joined.
        out = Array(out[0 ..< Int(stream.total_out)])
        return Z_OK
    }
}

extension Array where Element == UInt8 {
    mutating func appendBigEndian(_ v: UInt32) {
        append(UInt8(v >> 24)); append(UInt8((v >> 16) & 0xFF)); append(UInt8((v >> 8) & 0xFF)); append(UInt8(v & 0xFF))
    }
}
