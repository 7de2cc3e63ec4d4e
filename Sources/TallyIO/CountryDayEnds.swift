/// For the long-gap rule per country: the latest day a flow record covers, by its
/// country (a parser's string id) and start day, for the file being read.
///
/// A hash table keyed by `country << 32 | day` did this before, and its lookup was the
/// largest single cost of a row (issue 9: 11% of the 1M generated rows' time, most of
/// it cache misses in a table of 50,000 entries). Records of one country fall on a
/// few thousand days, so each country keeps a flat array of its days from a base, one
/// byte a day (how far past the day its latest record covers, plus one: 0 for none; a
/// record covers at most 91 days past its start, ``Coverage/coveredEnd(start:spanLast:)``),
/// reached with no hash; a country's id finds its array through a direct
/// table while ids are small. What would make the arrays large (a country whose days
/// span more than ``daysLimit``, or more than ``cellsLimit`` days over all countries:
/// memory must follow the groups, not the dates a hostile file spreads) goes to a hash
/// table, as before.
struct CountryDayEnds {
    /// Days a country's array may span (about 55 years).
    static let daysLimit = 20_000
    /// Days all countries' arrays may hold together (1 MB).
    static let cellsLimit = 1_000_000
    /// Country ids below this find their array in ``slotById``; others by hash.
    static let directIds = 1 << 16

    private struct Days {
        var base: Int32 = 0
        /// Per day from `base`: 0, or the latest day covered less the day, plus 1.
        var ends: [UInt8] = []
    }

    private var slotById: [Int32] = []
    private var slotByHash: [UInt32: Int32] = [:]
    private var countries: [UInt32] = []
    private var days: [Days] = []
    private var cells = 0
    /// Entries the arrays could not take, keyed `country << 32 | day`.
    private var overflow: [UInt64: Int32] = [:]

    var isEmpty: Bool { countries.isEmpty && overflow.isEmpty }

    /// Notes that a record of `country` starting on `day` covers to `end`.
    @inline(__always)
    mutating func note(_ country: UInt32, day: Int32, end: Int32) {
        let slot = slotOf(country)
        let i = Int(day) &- Int(days[slot].base)
        let past = Int(end) &- Int(day)
        if i >= 0 && i < days[slot].ends.count && past >= 0 && past < 255 {
            let cell = UInt8(truncatingIfNeeded: past &+ 1)
            if days[slot].ends[i] < cell { days[slot].ends[i] = cell }
            return
        }
        widen(slot, country, day: day, end: end)
    }

    /// The slot of a country met before, nil for a new one.
    @inline(__always)
    private func existingSlot(_ country: UInt32) -> Int? {
        if country < Self.directIds {
            let c = Int(country)
            return c < slotById.count && slotById[c] >= 0 ? Int(slotById[c]) : nil
        }
        return slotByHash[country].map { Int($0) }
    }

    @inline(__always)
    private mutating func slotOf(_ country: UInt32) -> Int {
        if let s = existingSlot(country) { return s }
        if country < Self.directIds {
            let c = Int(country)
            if c >= slotById.count { slotById += Array(repeating: -1, count: max(c + 1, min(2 * slotById.count, Self.directIds)) - slotById.count) }
            slotById[c] = Int32(countries.count)
        } else {
            slotByHash[country] = Int32(countries.count)
        }
        countries.append(country)
        days.append(Days())
        return countries.count - 1
    }

    /// A day outside the country's array: the array grows (a year either side of the
    /// day, so a file's days met in any order grow it a few times) when the limits
    /// allow, else the entry goes to ``overflow``.
    private mutating func widen(_ slot: Int, _ country: UInt32, day: Int32, end: Int32) {
        let old = days[slot]
        let lo = old.ends.isEmpty ? Int(day) - 366 : min(Int(old.base), Int(day) - 366)
        let hi = old.ends.isEmpty ? Int(day) + 367 : max(Int(old.base) + old.ends.count, Int(day) + 367)
        let past = Int(end) - Int(day)
        let inside = Int(day) >= Int(old.base) && Int(day) < Int(old.base) + old.ends.count
        guard !inside, past >= 0 && past < 255, hi - lo <= Self.daysLimit, cells - old.ends.count + (hi - lo) <= Self.cellsLimit else {
            let k = UInt64(country) << 32 | UInt64(UInt32(bitPattern: day))
            overflow[k] = max(overflow[k] ?? end, end)
            return
        }
        var grown = [UInt8](repeating: 0, count: hi - lo)
        let offset = Int(old.base) - lo
        for (j, e) in old.ends.enumerated() { grown[offset + j] = e }
        cells += grown.count - old.ends.count
        grown[Int(day) - lo] = UInt8(truncatingIfNeeded: past + 1)
        days[slot] = Days(base: Int32(lo), ends: grown)
    }

    /// Each entry, `country << 32 | day` and the latest day covered, in no set order.
    func forEach(_ body: (UInt64, Int32) -> Void) {
        for (slot, country) in countries.enumerated() {
            let d = days[slot]
            for (i, cell) in d.ends.enumerated() where cell != 0 {
                let day = d.base &+ Int32(i)
                let e = day &+ Int32(cell) &- 1
                let k = UInt64(country) << 32 | UInt64(UInt32(bitPattern: day))
                // A day the array took after the overflow had it (the array grew over it).
                body(k, max(e, overflow[k] ?? e))
            }
        }
        for (k, e) in overflow {
            let slot = countryHasDay(k)
            if !slot { body(k, e) }
        }
    }

    /// Whether the day of overflow key `k` lies in its country's array and holds an
    /// entry there (then ``forEach`` gave it already).
    private func countryHasDay(_ k: UInt64) -> Bool {
        let country = UInt32(truncatingIfNeeded: k >> 32), day = Int32(bitPattern: UInt32(truncatingIfNeeded: k))
        guard let slot = existingSlot(country) else { return false }
        let i = Int(day) - Int(days[slot].base)
        return i >= 0 && i < days[slot].ends.count && days[slot].ends[i] != 0
    }

    /// The entries as a list (16 bytes each: what a file read keeps).
    var entries: [(key: UInt64, end: Int32)] {
        var all: [(key: UInt64, end: Int32)] = []
        forEach { all.append(($0, $1)) }
        return all
    }

    /// A table holding `entries` (a file read again later in the run).
    init(_ entries: [(key: UInt64, end: Int32)] = []) {
        for e in entries {
            note(UInt32(truncatingIfNeeded: e.key >> 32), day: Int32(bitPattern: UInt32(truncatingIfNeeded: e.key)), end: e.end)
        }
    }
}
