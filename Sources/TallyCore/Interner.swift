/// Maps byte strings to small integer ids, storing each distinct string once.
///
/// Aggregation keys on place and actor names, but a dataset has millions of rows and
/// only thousands of distinct names. Interning straight from the input buffer means
/// the hot path hashes a few bytes and compares integers; no `String` is built per row,
/// so memory grows with the number of distinct names, not with the file.
public final class Interner: @unchecked Sendable {
    private var arena: [UInt8] = []
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private var hashes: [UInt64] = []
    /// Open-addressing slots holding `id + 1`; 0 marks an empty slot.
    private var slots: [UInt32]
    private var mask: Int
    /// One byte of caller-defined meaning per id (the aggregator records there whether
    /// a measure name is a flow or a stock, so that look-up costs an array index).
    public var tags: [UInt8] = []

    public init(capacity: Int = 1024) {
        var n = 16
        while n < capacity * 2 { n <<= 1 }
        slots = [UInt32](repeating: 0, count: n)
        mask = n - 1
        arena.reserveCapacity(capacity * 16)
    }

    public var count: Int { starts.count }

    /// A fast non-cryptographic hash (multiply–xorshift over 8-byte words). Inputs are
    /// the user's own data, so flooding resistance is not a concern here.
    @inline(__always)
    public static func hash(_ p: UnsafeRawPointer, _ n: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
        var i = 0
        while i + 8 <= n {
            h = (h ^ p.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        if i < n {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                tail |= UInt64(p.load(fromByteOffset: i, as: UInt8.self)) << shift
                shift += 8
                i += 1
            }
            h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
            h ^= h >> 29
        }
        h = (h ^ (h >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        return h ^ (h >> 33)
    }

    /// The id of these bytes, adding them if new.
    @inline(__always)
    public func intern(_ p: UnsafeRawPointer, _ n: Int) -> UInt32 {
        let h = Interner.hash(p, n)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return insert(p, n, h, slot: slot) }
            let id = Int(entry - 1)
            if hashes[id] == h && lengths[id] == n && equalBytes(id, p, n) { return UInt32(id) }
            slot = (slot + 1) & mask
        }
    }

    public func intern(_ s: String) -> UInt32 {
        var s = s
        return s.withUTF8 { buf in
            intern(UnsafeRawPointer(buf.baseAddress ?? UnsafePointer(bitPattern: 1)!), buf.count)
        }
    }

    public func string(_ id: UInt32) -> String {
        let i = Int(id)
        return arena.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[starts[i] ..< starts[i] + lengths[i]]), as: UTF8.self)
        }
    }

    /// The stored bytes of an id, for byte-order sorting without decoding.
    public func bytes(_ id: UInt32) -> ArraySlice<UInt8> {
        let i = Int(id)
        return arena[starts[i] ..< starts[i] + lengths[i]]
    }

    /// Each id's position in the UTF-8 byte order of all stored strings (SPEC §3 sorts
    /// output that way); computed once per result, not per comparison.
    public func byteOrderRanks() -> [UInt32] {
        let order = (0 ..< count).sorted { a, b in
            bytes(UInt32(a)).lexicographicallyPrecedes(bytes(UInt32(b)))
        }
        var rank = [UInt32](repeating: 0, count: count)
        for (r, id) in order.enumerated() { rank[id] = UInt32(r) }
        return rank
    }

    @inline(__always)
    private func equalBytes(_ id: Int, _ p: UnsafeRawPointer, _ n: Int) -> Bool {
        arena.withUnsafeBytes { a in memcmpBytes(a.baseAddress! + starts[id], p, n) }
    }

    private func insert(_ p: UnsafeRawPointer, _ n: Int, _ h: UInt64, slot: Int) -> UInt32 {
        let id = starts.count
        starts.append(arena.count)
        lengths.append(n)
        hashes.append(h)
        tags.append(0)
        arena.append(contentsOf: UnsafeRawBufferPointer(start: p, count: n))
        slots[slot] = UInt32(id + 1)
        if starts.count * 2 > slots.count { grow() }
        return UInt32(id)
    }

    private func grow() {
        let n = slots.count * 2
        slots = [UInt32](repeating: 0, count: n)
        mask = n - 1
        for id in 0 ..< starts.count {
            var slot = Int(truncatingIfNeeded: hashes[id]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(id + 1)
        }
    }
}

@inline(__always)
func memcmpBytes(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ n: Int) -> Bool {
    var i = 0
    while i + 8 <= n {
        if a.loadUnaligned(fromByteOffset: i, as: UInt64.self) != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
        i += 8
    }
    while i < n {
        if a.load(fromByteOffset: i, as: UInt8.self) != b.load(fromByteOffset: i, as: UInt8.self) { return false }
        i += 1
    }
    return true
}
