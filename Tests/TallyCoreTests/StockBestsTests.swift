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
            #expect(error.description.contains("more than 100000 different best figures"))
            #expect(error.description.contains("Mali / members"))
        }
        // A later date starts afresh.
        try a.add(observation(a, best: 1, day: 20_000))
    }
}
