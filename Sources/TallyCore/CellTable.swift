/// Identifies one cell: ids of the grouped names (`absent` where not grouped), the
/// period's key and the measure.
struct CellKey: Hashable {
    var country: UInt32
    var adm1: UInt32
    var adm2: UInt32
    var actor: UInt32
    var extra0: UInt32
    var extra1: UInt32
    var period: Int32
    var measure: UInt32

    static let absent = UInt32.max

    func hash(into h: inout Hasher) {
        h.combine(mixed)
    }

    /// All fields folded into one well-spread word; ``CellTable`` uses it directly,
    /// which is much cheaper than feeding eight fields to SipHash one by one.
    @inline(__always)
    var mixed: UInt64 {
        var x = UInt64(country) &* 0x9E37_79B9_7F4A_7C15
        x = (x ^ UInt64(adm1)) &* 0xC2B2_AE3D_27D4_EB4F
        x = (x ^ UInt64(adm2)) &* 0x1656_67B1_9E37_79F9
        x = (x ^ UInt64(actor)) &* 0x9E37_79B9_7F4A_7C15
        x = (x ^ (UInt64(extra0) << 32 | UInt64(extra1))) &* 0xC2B2_AE3D_27D4_EB4F
        x = (x ^ (UInt64(UInt32(bitPattern: period)) << 32 | UInt64(measure))) &* 0x1656_67B1_9E37_79F9
        // Products carry low input bits only upwards, and the table indexes by the
        // low bits: a full avalanche (MurmurHash3's finaliser) lets every field reach
        // them, or cells that differ only in period or measure pile up in one run.
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x = x &* 0xC4CE_B9FE_1A85_EC53
        return x ^ (x >> 33)
    }
}

/// An open-addressing hash table from cell keys to cells, in insertion order.
///
/// Every flow row of every file goes through one look-up here; a plain table with a
/// cheap hash skips `Dictionary`'s SipHash, and keeping cells in one array makes
/// merging and sorting a walk over memory. (Storing the entries in the slots
/// themselves was tried: no faster once the table outgrows the caches, and a third
/// more memory.)
struct CellTable<Cell> {
    private(set) var keys: [CellKey] = []
    var cells: [Cell] = []
    /// Index + 1 of the entry in each slot; 0 marks an empty slot.
    private var slots = [Int32](repeating: 0, count: 64)
    private var mask = 63

    var count: Int { keys.count }

    /// The index of `key`'s cell, adding `make()` first when the key is new.
    @inline(__always)
    mutating func index(of key: CellKey, orInsert make: () -> Cell) -> Int {
        var slot = Int(truncatingIfNeeded: key.mixed) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { break }
            if keys[entry - 1] == key { return entry - 1 }
            slot = (slot + 1) & mask
        }
        keys.append(key)
        cells.append(make())
        slots[slot] = Int32(keys.count)
        if keys.count * 2 > slots.count { grow() }
        return keys.count - 1
    }

    private mutating func grow() {
        let n = slots.count * 2
        slots = [Int32](repeating: 0, count: n)
        mask = n - 1
        for (i, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: key.mixed) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(i + 1)
        }
    }
}

/// A measure and the period its events dated only to longer spans were counted in
/// under ``AggregationConfig/countAtStart``.
struct AtStartKey: Hashable {
    var measure: UInt32
    var period: Int32
}
