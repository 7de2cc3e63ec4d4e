/// Running sum of a flow cell.
struct FlowCell {
    var low: Int64 = 0
    var best: Int64 = 0
    var high: Int64 = 0
    var unbounded = false
    var approximate = false
    /// Whether any part stated its best; an empty cell has none (``Estimate/bestStated``).
    var bestStated = false
    /// Whether a part's best was only its range's midpoint by rule (``Estimate/invents``):
    /// then a bounded sum's best (still the sum of the parts' bests) is no figure any
    /// source gave, and the sum is shown as a range with no best, however many parts
    /// stated theirs (``stated``).
    var invented = false
    /// The inputs that added to the cell (``Observation/sources``); in the padding
    /// after the flags, so the cell stays 40 bytes.
    var sources: UInt32 = 0
    var events: Int64 = 0

    @inline(__always)
    mutating func add(low l: Int64, best b: Int64, high h: Int64, unbounded u: Bool, approximate a: Bool,
                      bestStated s: Bool, invented i: Bool, events e: Int64, sources f: UInt32) -> Bool {
        let (nl, o1) = low.addingReportingOverflow(l)
        let (nb, o2) = best.addingReportingOverflow(b)
        let (nh, o3) = high.addingReportingOverflow(u ? 0 : h)
        low = nl; best = nb; high = nh
        unbounded = unbounded || u
        approximate = approximate || a
        bestStated = bestStated || s
        invented = invented || i
        sources |= f
        let (ne, o4) = events.addingReportingOverflow(e)
        events = ne
        // A low or best only grows, so past 2^53 here it is past it at the end
        // (``Aggregator/finish``'s check): refused at the row that passed it, not at the
        // row where Int64 itself would overflow (review46 N-f: "ovf.csv:1025" for a limit
        // passed at line 3). The high is left to the end: an open part arriving later
        // makes it no figure.
        let limit = Estimate.maximumValue
        return !(o1 || o2 || o3 || o4) && nl <= limit && nb <= limit
    }

    /// Whether the sum's best is stated (``Estimate/sumStated(_:invented:)``).
    var stated: Bool { Estimate.sumStated(bestStated, invented: invented) }
}

/// The latest observation(s) of a stock in one finest cell and period.
///
/// Several rows on the latest date form their envelope and the lower median of their
/// bests (SPEC §3). The bests are kept as a multiset of distinct values with counts,
/// not one entry per row: a million reports of the same figure cost one entry, and a
/// cell holds at most ``maximumDistinctBests`` different figures (about 48 bytes each)
/// before the aggregation refuses, so memory follows the cells, not the rows.
struct StockCell {
    var day: Int32
    var low: Int64
    var high: Int64
    var unbounded: Bool
    var approximate: Bool
    /// Whether any row on `day` stated its best (``Estimate/bestStated``); whether the
    /// chosen best was stated is ``lowerMedianStated``.
    var bestStated: Bool
    /// Whether a row whose best is `single` stated it.
    var singleStated: Bool
    /// The best of the first row at `day`; every best while `others` is `.none`.
    var single: Int64
    /// Rows at `day` (the lower median weighs each once).
    var count: Int64
    /// Events those rows stand for (``Observation/events``: 1 each, or a row of
    /// `tally aggregate`'s output read back with its `events`).
    var events: Int64
    /// The inputs of the rows at `day` (``Observation/sources``).
    var sources: UInt32
    /// The distinct bests with their counts once there are two or more: a short array
    /// up to ``fewLimit`` of them (far smaller than a dictionary; most cells stay
    /// there), a dictionary past that. One word in the cell either way.
    var others: Others = .none

    enum Others {
        case none
        case few([BestCount])
        case many([Int64: Int64], stated: Set<Int64>)
    }

    /// A distinct best, its rows, and whether any of them stated it (the others' best is
    /// their range's midpoint by rule).
    struct BestCount { var best: Int64; var count: Int64; var stated: Bool }
    static let fewLimit = 16

    /// Different best figures one place, actor and date of a stock may have.
    static let maximumDistinctBests = 100_000

    /// Different bests the cell keeps in a dictionary (past ``fewLimit``): what
    /// ``Aggregator``'s overall limit counts (``Aggregator/maximumHeldBests``). A cell of
    /// a few figures costs a short array, bounded by the cells like everything else
    /// (review55 F9: two sources' daily figures for 1,300 places by day, two figures a
    /// cell, were refused when every figure past a cell's first counted).
    var extraBests: Int {
        if case let .many(c, _) = others { return c.count }
        return 0
    }

    init(_ o: Observation) {
        day = o.day.daysSinceEpoch
        low = o.low
        high = o.high
        unbounded = o.unbounded
        approximate = o.approximate
        bestStated = o.bestStated
        singleStated = o.bestStated
        single = o.best
        count = 1
        events = o.events
        sources = o.sources
    }

    /// Adds events, held at `Int64.max` rather than wrapping: the result refuses a
    /// count past 2^53 (``Aggregator/result()``).
    private mutating func addEvents(_ n: Int64) {
        let (sum, over) = events.addingReportingOverflow(n)
        events = over ? .max : sum
    }

    /// Keeps the rows at the latest date; several rows on that date form their
    /// envelope (SPEC §3): min low, max high (unbounded wins), all bests counted for
    /// the lower median. Returns false when the cell would hold more than
    /// ``maximumDistinctBests`` different bests.
    mutating func absorb(_ o: Observation) -> Bool {
        let d = o.day.daysSinceEpoch
        if d < day { return true }
        if d > day {
            self = StockCell(o)
            return true
        }
        envelope(low: o.low, high: o.high, unbounded: o.unbounded, approximate: o.approximate)
        bestStated = bestStated || o.bestStated
        addEvents(o.events)
        sources |= o.sources
        return add(best: o.best, times: 1, stated: o.bestStated)
    }

    /// Folds another cell of the same key (another worker's) into this one.
    mutating func absorb(_ c: StockCell) -> Bool {
        if c.day < day { return true }
        if c.day > day {
            self = c
            return true
        }
        envelope(low: c.low, high: c.high, unbounded: c.unbounded, approximate: c.approximate)
        bestStated = bestStated || c.bestStated
        addEvents(c.events)
        sources |= c.sources
        switch c.others {
        case .none: return add(best: c.single, times: c.count, stated: c.singleStated)
        case let .few(pairs):
            for p in pairs where !add(best: p.best, times: p.count, stated: p.stated) { return false }
        case let .many(counts, stated):
            for (b, n) in counts where !add(best: b, times: n, stated: stated.contains(b)) { return false }
        }
        return true
    }

    private mutating func envelope(low l: Int64, high h: Int64, unbounded u: Bool, approximate a: Bool) {
        low = min(low, l)
        high = max(high, h)
        unbounded = unbounded || u
        approximate = approximate || a
    }

    private mutating func add(best b: Int64, times n: Int64, stated s: Bool) -> Bool {
        count += n
        switch others {
        case .none:
            if b == single { singleStated = singleStated || s; return true }
            others = .few([BestCount(best: single, count: count - n, stated: singleStated), BestCount(best: b, count: n, stated: s)])
            return true
        case var .few(pairs):
            others = .none  // drop the second reference so the array is changed in place
            if let i = pairs.firstIndex(where: { $0.best == b }) {
                pairs[i].count += n
                pairs[i].stated = pairs[i].stated || s
            } else if pairs.count < Self.fewLimit {
                pairs.append(BestCount(best: b, count: n, stated: s))
            } else {
                var counts: [Int64: Int64] = [:]
                var stated = Set<Int64>()
                for p in pairs {
                    counts[p.best] = p.count
                    if p.stated { stated.insert(p.best) }
                }
                counts[b, default: 0] += n
                if s { stated.insert(b) }
                others = .many(counts, stated: stated)
                return true
            }
            others = .few(pairs)
            return true
        case .many(var counts, var stated):
            others = .none
            counts[b, default: 0] += n
            if s { stated.insert(b) }
            others = .many(counts, stated: stated)
            return counts.count <= Self.maximumDistinctBests
        }
    }

    /// The cell's figure as the result has it (its envelope, the lower median as its
    /// best, stated only when a row that gave it stated it), for the notes that print it
    /// as tally prints an estimate (review39 N1).
    var estimate: Estimate {
        let m = lowerMedian
        return Estimate(unchecked: low, best: m.best, high: unbounded ? nil : high, approximate: approximate, bestStated: m.stated)
    }

    /// The lower median: for an even count, the smaller of the two middle values, so
    /// the result is always one of the reported figures.
    var lowerMedianBest: Int64 { lowerMedian.best }

    /// Whether the lower median was stated by a row that gave it (SPEC §4): two rows on
    /// one day, "5,000 to 7,000" (best 6,000 by rule) and "10,000", have 6,000 as their
    /// lower median, a figure no source gave, so the envelope's best is not stated
    /// although one row stated its own (review38 S2).
    var lowerMedianStated: Bool { lowerMedian.stated }

    private var lowerMedian: (best: Int64, stated: Bool) {
        let pairs: [BestCount]
        switch others {
        case .none: return (single, singleStated)
        case let .few(p): pairs = p
        case let .many(counts, stated): pairs = counts.map { BestCount(best: $0.key, count: $0.value, stated: stated.contains($0.key)) }
        }
        let target = (count - 1) / 2
        var seen: Int64 = 0
        for p in pairs.sorted(by: { $0.best < $1.best }) {
            seen += p.count
            if seen > target { return (p.best, p.stated) }
        }
        return (single, singleStated)
    }
}
