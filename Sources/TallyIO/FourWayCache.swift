/// A small cache of answers worked out from a value's bytes (by their 64-bit hash), for
/// the per-row checks that ask the same question of the same few thousand spellings a
/// million times. Four ways a set, a new answer taking an empty way before it evicts
/// one: a direct-mapped cache (or four ways with the way fixed by the hash, as the totals
/// check had it) let two spellings that share a slot evict each other on every row, and
/// issue 9's profile of a million generated rows found 8,455 places and 4,478 cells
/// folded into words again in steady state, a String and ~30,000 instructions each.
/// A hash of 0 is never kept (it is the empty way): such a value is worked out each time.
/// A final class over memory of its own (issue 9, stop 52): as a struct of Swift arrays
/// held by the parser, every lookup retained and released the arrays' buffers, ~40
/// instructions a row of the million in the profile.
final class FourWayCache {
    /// Tags and answers side by side, way `w` of set `s` at `2 * (4 * s + w)`.
    private let slots: UnsafeMutablePointer<UInt64>
    /// Per set, the way the next eviction takes (round robin).
    private let victims: UnsafeMutablePointer<UInt8>
    private let setMask: Int

    /// `sets` is a power of two; the cache holds `4 * sets` answers.
    init(sets: Int) {
        precondition(sets > 0 && sets & (sets - 1) == 0, "sets must be a power of two")
        // A set is a cache line of its own (64 bytes: four tags and answers).
        slots = UnsafeMutableRawPointer.allocate(byteCount: sets * 64, alignment: 64).bindMemory(to: UInt64.self, capacity: sets * 8)
        slots.initialize(repeating: 0, count: sets * 8)
        victims = .allocate(capacity: sets)
        victims.initialize(repeating: 0, count: sets)
        setMask = sets - 1
    }

    deinit {
        UnsafeMutableRawPointer(slots).deallocate()
        victims.deallocate()
    }

    @inline(__always)
    private func set(_ tag: UInt64) -> Int {
        Int(truncatingIfNeeded: tag >> 32) & setMask
    }

    /// The answer kept for `tag`, if any.
    @inline(__always)
    func find(_ tag: UInt64) -> UInt64? {
        guard tag != 0 else { return nil }
        let ways = slots + set(tag) * 8
        // The four tags compared at once, one branch on the outcome (issue 9, stop 53: a
        // loop over the ways mispredicted about once a look-up, the way that held a tag
        // being any of the four). A tag is in one way at most (``put(_:_:)``).
        @inline(__always) func hit(_ w: Int) -> Int { ways[2 * w] == tag ? 1 : 0 }
        let h0 = hit(0), h1 = hit(1), h2 = hit(2), h3 = hit(3)
        guard h0 | h1 | h2 | h3 != 0 else { return nil }
        return ways[2 * (h1 + 2 * h2 + 3 * h3) + 1]
    }

    /// Keeps `value` for `tag`: in an empty way of its set, else in place of the set's
    /// oldest-placed answer.
    @inline(__always)
    func put(_ tag: UInt64, _ value: UInt64) {
        guard tag != 0 else { return }
        let s = set(tag), ways = slots + s * 8
        for w in 0 ..< 4 where ways[2 * w] == 0 || ways[2 * w] == tag {
            ways[2 * w] = tag
            ways[2 * w + 1] = value
            return
        }
        let w = Int(victims[s] & 3)
        victims[s] = (victims[s] &+ 1) & 3
        ways[2 * w] = tag
        ways[2 * w + 1] = value
    }
}
