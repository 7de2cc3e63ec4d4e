/// Maps byte strings to small integer ids, storing each distinct string once.
///
/// Aggregation keys on place and actor names, but a dataset has millions of rows and
/// only thousands of distinct names. Interning straight from the input buffer means
/// the hot path hashes a few bytes and compares integers; no `String` is built per row,
/// so memory grows with the number of distinct names, not with the file.
public final class Interner: @unchecked Sendable {
    /// The tables, behind a pointer the interner owns. Every row of every file goes
    /// through ``intern(_:_:)`` two or more times; stored `var`s of a class would cost a
    /// dynamic exclusivity check (a call into the runtime and its thread-local access
    /// set) on every read of every table, about a sixth of `tally aggregate`'s CPU time
    /// (measured with `perf` on 1M rows). Accesses through a pointer are not checked;
    /// the interner is used by one thread at a time (each worker has its own), as before.
    /// (Visible to inlined code: the readers ask ``tag(_:)`` and ``storedHash(_:)`` of
    /// every row, and a call across modules cost more than the look-up: issue 9.)
    @usableFromInline let table: UnsafeMutablePointer<Table>

    @usableFromInline struct Table {
        var arena: [UInt8] = []
        var starts: [Int] = []
        var lengths: [Int] = []
        /// By id: the bytes' hash (``storedHash(_:)``) and the tag, in memory the table
        /// owns, `columnCapacity` ids long (issue 9, stop 52: read through Swift arrays
        /// behind the pointer, every look-up of a reader retained and released an array's
        /// buffer, ~40 instructions a row of the million).
        @usableFromInline var hashAt: UnsafeMutablePointer<UInt64>
        @usableFromInline var tagAt: UnsafeMutablePointer<UInt8>
        var columnCapacity: Int
        /// Open-addressing slots holding `id + 1`; 0 marks an empty slot.
        var slots: [UInt32]
        var mask: Int
    }

    public init(capacity: Int = 1024) {
        var n = 16
        while n < capacity * 2 { n <<= 1 }
        table = .allocate(capacity: 1)
        let columns = max(capacity, 16)
        table.initialize(to: Table(hashAt: .allocate(capacity: columns), tagAt: .allocate(capacity: columns), columnCapacity: columns,
                                   slots: [UInt32](repeating: 0, count: n), mask: n - 1))
        table.pointee.arena.reserveCapacity(capacity * 16)
    }

    deinit {
        table.pointee.hashAt.deallocate()
        table.pointee.tagAt.deallocate()
        table.deinitialize(count: 1)
        table.deallocate()
    }

    public var count: Int { table.pointee.starts.count }

    /// One byte of caller-defined meaning per id (the aggregator records there whether
    /// a measure name is a flow or a stock, so that look-up costs an array index).
    public var tags: [UInt8] {
        Array(UnsafeBufferPointer(start: table.pointee.tagAt, count: count))
    }

    /// The tag of one id (see ``tags``), without copying the array.
    @inlinable @inline(__always)
    public func tag(_ id: UInt32) -> UInt8 { table.pointee.tagAt[Int(id)] }

    @inlinable @inline(__always)
    public func setTag(_ id: UInt32, _ tag: UInt8) { table.pointee.tagAt[Int(id)] = tag }

    /// The stored hash of an id's bytes: ``hash(_:_:)`` of them, the same in every
    /// interner (a content key made of names compares across workers and inputs).
    @inlinable @inline(__always)
    public func storedHash(_ id: UInt32) -> UInt64 { table.pointee.hashAt[Int(id)] }

    /// A fast non-cryptographic hash (multiply–xorshift over 8-byte words). Inputs are
    /// the user's own data, so flooding resistance is not a concern here.
    @inlinable @inline(__always)
    public static func hash(_ p: UnsafeRawPointer, _ n: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
        var i = 0
        while i + 8 <= n {
            h = (h ^ p.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        if i < n {
            // The last bytes without a loop over them (names are short, and most of a
            // name is its tail): the final eight bytes, overlapping words already
            // hashed, or two overlapping four-byte halves, or the first, middle and
            // last byte. All read inside the n bytes.
            let tail: UInt64
            if n >= 8 {
                tail = p.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
            } else if n >= 4 {
                tail = UInt64(p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)) << 32
                    | UInt64(p.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
            } else {
                tail = UInt64(p.load(fromByteOffset: 0, as: UInt8.self)) << 16
                    | UInt64(p.load(fromByteOffset: n >> 1, as: UInt8.self)) << 8
                    | UInt64(p.load(fromByteOffset: n - 1, as: UInt8.self))
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
        let t = table
        var slot = Int(truncatingIfNeeded: h) & t.pointee.mask
        while true {
            let entry = t.pointee.slots[slot]
            if entry == 0 { return insert(p, n, h, slot: slot) }
            let id = Int(entry - 1)
            if t.pointee.hashAt[id] == h && t.pointee.lengths[id] == n && equalBytes(id, p, n) { return UInt32(id) }
            slot = (slot + 1) & t.pointee.mask
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
        let t = table
        return t.pointee.arena.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[t.pointee.starts[i] ..< t.pointee.starts[i] + t.pointee.lengths[i]]),
                   as: UTF8.self)
        }
    }

    /// The stored bytes of an id, for byte-order sorting without decoding.
    public func bytes(_ id: UInt32) -> ArraySlice<UInt8> {
        let i = Int(id)
        let t = table
        return t.pointee.arena[t.pointee.starts[i] ..< t.pointee.starts[i] + t.pointee.lengths[i]]
    }

    /// Each id's position in the UTF-8 byte order of all stored strings (SPEC §3 sorts
    /// output that way); computed once per result, not per comparison.
    /// ``byteOrderRanks()`` with some ids ranked by another string (what they print as).
    public func byteOrderRanks(replacing names: [UInt32: String]) -> [UInt32] {
        func key(_ id: Int) -> [UInt8] { names[UInt32(id)].map { Array($0.utf8) } ?? Array(bytes(UInt32(id))) }
        let keys = (0 ..< count).map(key)
        let order = (0 ..< count).sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }
        var rank = [UInt32](repeating: 0, count: count)
        for (r, id) in order.enumerated() { rank[id] = UInt32(r) }
        return rank
    }

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
        let t = table
        return t.pointee.arena.withUnsafeBytes { a in memcmpBytes(a.baseAddress! + t.pointee.starts[id], p, n) }
    }

    private func insert(_ p: UnsafeRawPointer, _ n: Int, _ h: UInt64, slot: Int) -> UInt32 {
        let t = table
        let id = t.pointee.starts.count
        t.pointee.starts.append(t.pointee.arena.count)
        t.pointee.lengths.append(n)
        if id == t.pointee.columnCapacity { growColumns() }
        t.pointee.hashAt[id] = h
        t.pointee.tagAt[id] = 0
        t.pointee.arena.append(contentsOf: UnsafeRawBufferPointer(start: p, count: n))
        t.pointee.slots[slot] = UInt32(id + 1)
        if t.pointee.starts.count * 2 > t.pointee.slots.count { grow() }
        return UInt32(id)
    }

    /// Twice the room for ids' hashes and tags.
    private func growColumns() {
        let t = table
        let old = t.pointee.columnCapacity, new = old * 2
        let hashes = UnsafeMutablePointer<UInt64>.allocate(capacity: new)
        hashes.moveInitialize(from: t.pointee.hashAt, count: old)
        t.pointee.hashAt.deallocate()
        t.pointee.hashAt = hashes
        let tags = UnsafeMutablePointer<UInt8>.allocate(capacity: new)
        tags.moveInitialize(from: t.pointee.tagAt, count: old)
        t.pointee.tagAt.deallocate()
        t.pointee.tagAt = tags
        t.pointee.columnCapacity = new
    }

    private func grow() {
        let t = table
        let n = t.pointee.slots.count * 2
        t.pointee.slots = [UInt32](repeating: 0, count: n)
        t.pointee.mask = n - 1
        for id in 0 ..< t.pointee.starts.count {
            var slot = Int(truncatingIfNeeded: t.pointee.hashAt[id]) & t.pointee.mask
            while t.pointee.slots[slot] != 0 { slot = (slot + 1) & t.pointee.mask }
            t.pointee.slots[slot] = UInt32(id + 1)
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
    if i == n { return true }
    // The rest as one overlapping word or halves, as in the hash.
    if n >= 8 { return a.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) == b.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) }
    if n >= 4 {
        return a.loadUnaligned(fromByteOffset: 0, as: UInt32.self) == b.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
            && a.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self) == b.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
    }
    while i < n {
        if a.load(fromByteOffset: i, as: UInt8.self) != b.load(fromByteOffset: i, as: UInt8.self) { return false }
        i += 1
    }
    return true
}
