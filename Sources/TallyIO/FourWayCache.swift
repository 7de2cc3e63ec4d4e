/// A small cache of answers worked out from a value's bytes (by their 64-bit hash), for
/// the per-row checks that ask the same question of the same few thousand spellings a
/// million times. Four ways a set, a new answer taking an empty way before it evicts
/// one: a direct-mapped cache (or four ways with the way fixed by the hash, as the totals
/// check had it) let two spellings that share a slot evict each other on every row, and
/// issue 9's profile of a million generated rows found 8,455 places and 4,478 cells
/// folded into words again in steady state, a String and ~30,000 instructions each.
/// A hash of 0 is never kept (it is the empty way): such a value is worked out each time.
struct FourWayCache {
    private var tags: [UInt64]
    private var values: [UInt64]
    /// Per set, the way the next eviction takes (round robin).
    private var victims: [UInt8]

    /// `sets` is a power of two; the cache holds `4 * sets` answers.
    init(sets: Int) {
        precondition(sets > 0 && sets & (sets - 1) == 0, "sets must be a power of two")
        tags = Array(repeating: 0, count: sets * 4)
        values = Array(repeating: 0, count: sets * 4)
        victims = Array(repeating: 0, count: sets)
    }

    @inline(__always)
    private func set(_ tag: UInt64) -> Int {
        Int(truncatingIfNeeded: tag >> 32) & (victims.count - 1)
    }

    /// The answer kept for `tag`, if any.
    @inline(__always)
    func find(_ tag: UInt64) -> UInt64? {
        guard tag != 0 else { return nil }
        let base = set(tag) * 4
        for w in base ..< base + 4 where tags[w] == tag { return values[w] }
        return nil
    }

    /// Keeps `value` for `tag`: in an empty way of its set, else in place of the set's
    /// oldest-placed answer.
    @inline(__always)
    mutating func put(_ tag: UInt64, _ value: UInt64) {
        guard tag != 0 else { return }
        let s = set(tag), base = s * 4
        for w in base ..< base + 4 where tags[w] == 0 || tags[w] == tag {
            tags[w] = tag
            values[w] = value
            return
        }
        let w = base + Int(victims[s] & 3)
        victims[s] = (victims[s] &+ 1) & 3
        tags[w] = tag
        values[w] = value
    }
}
