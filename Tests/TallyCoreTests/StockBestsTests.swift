import Testing
import TallyTestSupport
@testable import TallyCore

/// Issue 9 item 13: stock cells kept one best per row for the lower median, so 5M stock
/// rows on one day took 3.5 times the memory of the same rows as a flow. They now keep
/// a multiset of distinct bests, bounded per cell.
@Suite struct StockBestsTests {
    func observation(_ a: Aggregator, best: Int64, day: Int32 = 19_000, low: Int64? = nil, high: Int64? = nil) -> Observation {
        var o = Observation()
        o.country = a.strings.intern("Mali")
        o.adm1 = CellKey.absent; o.adm2 = CellKey.absent; o.actor = CellKey.absent
        o.measure = a.strings.intern("members")
        o.day = CalendarDay(daysSinceEpoch: day)
        o.low = low ?? best; o.best = best; o.high = high ?? best
        return o
    }

    func naiveLowerMedian(_ v: [Int64]) -> Int64 { v.sorted()[(v.count - 1) / 2] }

    /// Random multisets, fed in several workers' shares and merged in any order, give
    /// the lower median of all bests and the row count, as keeping every best did.
    @Test(arguments: 0 ..< 20)
    func lowerMedianOfTheMultisetEqualsTheNaiveOne(seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed))
        let n = Int.random(in: 1 ... 400, using: &rng)
        let spread = [1, 2, 5, 50, 1_000_000][seed % 5]
        let bests = (0 ..< n).map { _ in Int64(Int.random(in: 0 ..< spread, using: &rng)) }
        let parts = Int.random(in: 1 ... 4, using: &rng)
        let config = AggregationConfig(grouping: Grouping([.country]), period: .year)
        var aggregators = (0 ..< parts).map { _ in Aggregator(config: config) }
        for (i, b) in bests.enumerated() {
            let a = aggregators[i % parts]
            try a.add(observation(a, best: b))
            // An earlier day never counts.
            if i % 7 == 0 { try a.add(observation(a, best: 999_999_999, day: 18_995)) }
        }
        aggregators.shuffle(using: &rng)
        for other in aggregators.dropFirst() { try aggregators[0].merge(other) }
        let rows = try aggregators[0].result().rows
        #expect(rows.count == 1)
        #expect(rows[0].estimate.best == naiveLowerMedian(bests))
        #expect(rows[0].estimate.low == bests.min())
        #expect(rows[0].estimate.high == bests.max())
        #expect(rows[0].events == Int64(n))
    }

    @Test func repeatedFiguresTakeOneEntry() throws {
        let a = Aggregator(config: AggregationConfig(grouping: Grouping([.country]), period: .year))
        for _ in 0 ..< 100_000 { try a.add(observation(a, best: 5_000, low: 4_000, high: 7_000)) }
        try a.add(observation(a, best: 6_000))
        #expect(try a.result().rows[0].estimate.best == 5_000)
        #expect(try a.result().rows[0].events == 100_001)
    }

    @Test func tooManyDistinctBestsAreRefusedNamingTheCell() throws {
        let a = Aggregator(config: AggregationConfig(grouping: Grouping([.country]), period: .year))
        do {
            for b in 0 ... Int64(StockCell.maximumDistinctBests) { try a.add(observation(a, best: b)) }
            Issue.record("expected a refusal")
        } catch {
            #expect(error.description.contains("more than 100,000 different best figures"))
            #expect(error.description.contains("Mali / members"))
        }
        // A later date starts afresh.
        try a.add(observation(a, best: 1, day: 20_000))
    }
    /// audit9 F2: each cell was held to 100,000 different bests but the cells together
    /// were not, so ten places of 90,000 each took 98 MB where the same rows as a flow
    /// took 42 MB. The cells together keep at most ``Aggregator/maximumHeldBests``.
    func place(_ a: Aggregator, _ o: Observation, _ name: String) -> Observation {
        var o = o
        o.adm1 = a.strings.intern(name)
        return o
    }

    @Test func differentBestsAcrossCellsAreHeldOverall() throws {
        let a = Aggregator(config: AggregationConfig(grouping: Grouping([.country]), period: .year))
        let perPlace = Int64(StockCell.maximumDistinctBests) - 1
        var refusedAt: Int64?
        outer: for p in 0 ..< 4 {
            for b in 0 ..< perPlace {
                do { try a.add(place(a, observation(a, best: b), "P\(p)")) } catch {
                    #expect(error.description.contains("more than 250,000 different best figures for stocks"), "\(error)")
                    #expect(error.description.contains("across 3 places, actors and periods"), "\(error)")
                    refusedAt = Int64(p) * perPlace + b
                    break outer
                }
            }
        }
        // Cells of more than 16 figures count all theirs: two full places hold 2 x 99,999,
        // and the third passes 250,000 at its 50,003rd figure (index 50,002).
        #expect(refusedAt == 2 * perPlace + 50_002)
    }

    /// review55 F9: two sources' daily figures for 1,300 places, by day (two figures a
    /// cell, 260,000 cells), were refused when every figure past a cell's first counted.
    /// A few figures a cell cost a short array, bounded by the cells: not counted.
    @Test func manyCellsOfAFewFiguresEachAreRead() throws {
        let a = Aggregator(config: AggregationConfig(grouping: Grouping([.country]), period: .year))
        for p in 0 ..< 260_000 {
            try a.add(place(a, observation(a, best: 10), "P\(p)"))
            try a.add(place(a, observation(a, best: 12), "P\(p)"))
        }
        #expect(try a.result().rows.count == 1)
    }

    /// Two workers' shares that each stay under the limit are held to it when merged;
    /// figures the two share count once.
    @Test func mergedWorkersAreHeldToTheOverallLimit() throws {
        let config = AggregationConfig(grouping: Grouping([.country]), period: .year)
        let a = Aggregator(config: config), b = Aggregator(config: config)
        for v in 0 ..< Int64(60_000) { try a.add(place(a, observation(a, best: v), "P0")) }
        for v in 0 ..< Int64(60_000) { try b.add(place(b, observation(b, best: v + 60_000), "P0")) }
        // One place of 120,000 different figures once merged: the cell's own limit, named.
        do {
            try a.merge(b)
            Issue.record("expected a refusal")
        } catch {
            #expect(error.description.contains("more than 100,000 different best figures for one place"), "\(error)")
        }
        let c = Aggregator(config: config), d = Aggregator(config: config)
        for p in 0 ..< 12 {
            for v in 0 ..< Int64(10_000) { try c.add(place(c, observation(c, best: v), "P\(p)")) }
            for v in 0 ..< Int64(10_000) { try d.add(place(d, observation(d, best: v + (p < 6 ? 0 : 8_000)), "P\(p)")) }
        }
        // 6 places x 10,000 + 6 x 18,000 = 168,000 different figures, under the limit:
        // merged (figures the two share count once).
        try c.merge(d)
        #expect(try c.result().rows.count == 1)
        let e = Aggregator(config: config), f = Aggregator(config: config)
        for p in 0 ..< 12 {
            for v in 0 ..< Int64(12_000) { try e.add(place(e, observation(e, best: v), "P\(p)")) }
            for v in 0 ..< Int64(12_000) { try f.add(place(f, observation(f, best: v + 12_000), "P\(p)")) }
        }
        // 12 x 24,000 = 288,000 different figures, each worker 144,000: refused at the merge.
        do {
            try e.merge(f)
            Issue.record("expected a refusal")
        } catch {
            #expect(error.description.contains("more than 250,000 different best figures for stocks"), "\(error)")
        }
    }

    /// review38 S2: the envelope's best is stated only when a row that gave that figure
    /// stated it; a range's midpoint chosen as the lower median is a figure no source gave.
    func envelope(_ rows: [(low: Int64, best: Int64, high: Int64, stated: Bool)], parts: Int = 1) throws -> Estimate {
        let config = AggregationConfig(grouping: Grouping([.country]), period: .year)
        let aggregators = (0 ..< parts).map { _ in Aggregator(config: config) }
        for (i, r) in rows.enumerated() {
            let a = aggregators[i % parts]
            var o = observation(a, best: r.best, low: r.low, high: r.high)
            o.bestStated = r.stated
            try a.add(o)
        }
        for other in aggregators.dropFirst() { try aggregators[0].merge(other) }
        let rows = try aggregators[0].result().rows
        #expect(rows.count == 1)
        return rows[0].estimate
    }

    @Test(arguments: [1, 2])
    func aRangesMidpointChosenAsTheBestIsNotStated(parts: Int) throws {
        // "5,000 to 7,000" (6,000 by rule) and "10,000": lower median 6,000, not stated.
        let e = try envelope([(5_000, 6_000, 7_000, false), (10_000, 10_000, 10_000, true)], parts: parts)
        #expect(e.best == 6_000)
        #expect(e.low == 5_000)
        #expect(e.high == 10_000)
        #expect(!e.bestStated)
        #expect(e.display == "5,000–10,000")
        // Read in the other order: the same.
        let f = try envelope([(10_000, 10_000, 10_000, true), (5_000, 6_000, 7_000, false)], parts: parts)
        #expect(!f.bestStated)
        #expect(f.best == 6_000)
        // A third row moves the lower median to a stated figure: stated.
        let g = try envelope([(5_000, 6_000, 7_000, false), (10_000, 10_000, 10_000, true), (12_000, 12_000, 12_000, true)], parts: parts)
        #expect(g.best == 10_000)
        #expect(g.bestStated)
        #expect(g.display == "10,000 (5,000–12,000)")
        // A figure one row stated and another has as its midpoint is stated.
        let h = try envelope([(5_000, 6_000, 7_000, false), (6_000, 6_000, 6_000, true)], parts: parts)
        #expect(h.best == 6_000)
        #expect(h.bestStated)
        // Two ranges alone: not stated, as before.
        let k = try envelope([(5_000, 6_000, 7_000, false), (8_000, 9_000, 10_000, false)], parts: parts)
        #expect(!k.bestStated)
    }

    @Test func manyDistinctBestsKeepWhichWereStated() throws {
        // Past the short array (16 distinct bests) the dictionary keeps the flags too.
        typealias Row = (low: Int64, best: Int64, high: Int64, stated: Bool)
        var rows: [Row] = []
        for i in 0 ..< 20 {
            let v = Int64(1_000 + i)
            rows.append((v, v, v, true))
        }
        // One range whose midpoint is 1,009: 21 rows, lower median index 10 is 1,009,
        // given by a stated row too: stated.
        rows.append((500, 1_009, 1_518, false))
        let a = try envelope(rows)
        #expect(a.best == 1_009)
        #expect(a.bestStated)
        var apart: [Row] = []
        for i in 0 ..< 20 {
            let v = Int64(1_000 + 2 * i)
            apart.append((v, v, v, true))
        }
        // Midpoint 1,019, given by no stated row: bests 1,000 … 1,018 (10 rows), then
        // 1,019 at index 10.
        apart.append((500, 1_019, 1_538, false))
        let e = try envelope(apart)
        #expect(e.best == 1_019)
        #expect(!e.bestStated)
    }
}
