#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads an input's text into blocks that end on a record boundary, carrying the
/// partial last record over to the next block.
struct BlockReader {
    let source: ByteSource
    let name: String
    let blockSize: Int
    /// Where the last block filled starts in the text, and bytes read so far.
    private(set) var blockOffset = 0
    private var bytesRead = 0

    init(source: ByteSource, name: String, blockSize: Int) {
        self.source = source
        self.name = name
        self.blockSize = blockSize
    }

    /// Fills `block` with `carry` plus fresh bytes, cuts it after the last complete
    /// record and moves the rest into `carry`. Returns whether the file ended.
    mutating func fill(_ block: Block, carry: inout [UInt8]) throws(TallyError) -> Bool {
        var filled = carry.count
        blockOffset = bytesRead - carry.count
        carry.withUnsafeBufferPointer { c in
            if let src = c.baseAddress { block.memory.update(from: src, count: c.count) }
        }
        carry.removeAll(keepingCapacity: true)
        block.start = 0
        var atEOF = false
        while filled < block.capacity {
            let n = try source.read(into: block.memory + filled, capacity: block.capacity - filled)
            if n == 0 { atEOF = true; break }
            filled += n
            bytesRead += n
        }
        if atEOF {
            block.count = filled
            return true
        }
        let cut = lastRecordEnd(block.memory, filled)
        if cut == 0 {
            // One record longer than the block: keep all of it and read on into a
            // larger block next time.
            carry.append(contentsOf: UnsafeBufferPointer(start: block.memory, count: filled))
            block.count = 0
            return false
        }
        carry.append(contentsOf: UnsafeBufferPointer(start: block.memory + cut, count: filled - cut))
        block.count = cut
        return false
    }

    /// The position just after the last line feed that ends a record (a block always
    /// starts at a record start).
    ///
    /// A `"` opens a quoted field only at the start of a field, as the scanner reads
    /// it; a stray quote inside an unquoted field is the scanner's error to report at
    /// its line, and must not make every later line feed look quoted.
    private func lastRecordEnd(_ p: UnsafeMutablePointer<UInt8>, _ n: Int) -> Int {
        if memchr(p, 0x22, n) == nil {
            var i = n - 1
            while i >= 0 && p[i] != 0x0A { i -= 1 }
            return i + 1
        }
        var inQuotes = false
        var atFieldStart = true
        var last = 0
        var i = 0
        while i < n {
            let b = p[i]
            if inQuotes {
                if b == 0x22 {
                    if i + 1 < n && p[i + 1] == 0x22 { i += 1 } else { inQuotes = false }
                }
            } else if b == 0x22 && atFieldStart {
                inQuotes = true
                atFieldStart = false
            } else if b == 0x2C {
                atFieldStart = true
            } else if b == 0x0A {
                last = i + 1
                atFieldStart = true
            } else {
                atFieldStart = false
            }
            i += 1
        }
        return last
    }
}
