/// Running sum of a flow cell.
struct FlowCell {
    var low: Int64 = 0
    var best: Int64 = 0
    var high: Int64 = 0
    var unbounded = false
    var approximate = false
    var events: Int64 = 0

    @inline(__always)
    mutating func add(low l: Int64, best b: Int64, high h: Int64, unbounded u: Bool, approximate a: Bool, events e: Int64) -> Bool {
        let (nl, o1) = low.addingReportingOverflow(l)
        let (nb, o2) = best.addingReportingOverflow(b)
        let (nh, o3) = high.addingReportingOverflow(u ? 0 : h)
        low = nl; best = nb; high = nh
        unbounded = unbounded || u
        approximate = approximate || a
        events += e
        return !(o1 || o2 || o3)
    }
}

/// The latest observation(s) of a stock in one finest cell and period.
struct StockCell {
    var day: Int32
    var low: Int64
    var high: Int64
    var unbounded: Bool
    var approximate: Bool
    var bests: [Int64]

    init(_ o: Observation) {
        day = o.day.daysSinceEpoch
        low = o.low
        high = o.high
        unbounded = o.unbounded
        approximate = o.approximate
        bests = [o.best]
    }

    /// Keeps the rows at the latest date; several rows on that date form their
    /// envelope (SPEC §3): min low, max high (unbounded wins), all bests kept for the
    /// lower median.
    mutating func absorb(day d: Int32, low l: Int64, high h: Int64, unbounded u: Bool, approximate a: Bool, bests b: [Int64]) {
        if d < day { return }
        if d > day {
            day = d; low = l; high = h; unbounded = u; approximate = a; bests = b
            return
        }
        low = min(low, l)
        high = max(high, h)
        unbounded = unbounded || u
        approximate = approximate || a
        bests.append(contentsOf: b)
    }

    /// The lower median: for an even count, the smaller of the two middle values, so
    /// the result is always one of the reported figures.
    var lowerMedianBest: Int64 {
        let s = bests.sorted()
        return s[(s.count - 1) / 2]
    }
}
