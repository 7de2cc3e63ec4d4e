import Testing
@testable import TallyCore

/// The aggregation hot path keeps its tables behind pointers (no dynamic exclusivity
/// checks) and remembers the period key of the last day it saw. These pin down that
/// neither changes a figure: a remembered key is never used for another day, tags and
/// ids survive the tables growing, and merged workers equal one sequential run.
@Suite struct AggregatorHotPath {
    func day(_ s: String) -> CalendarDay { CalendarDay(s)! }

    func add(_ agg: Aggregator, _ d: String, _ country: String, _ measure: String = "killed", best: Int64) throws {
        var o = Observation()
        o.country = agg.strings.intern(country)
        // Finest keys as readers give them (ids of this aggregator's own interner): a
        // stock's snapshot is per finest cell, and id 0 would name different strings in
        // different aggregators.
        o.adm1 = agg.strings.intern(""); o.adm2 = o.adm1; o.actor = o.adm1
        o.measure = agg.strings.intern(measure)
        o.day = day(d)
        o.spanFirst = o.day
        o.spanLast = o.day
        o.low = best; o.best = best; o.high = best
        try agg.add(o)
    }

    func figures(_ r: AggregateResult) -> [String] {
        r.rows.map { "\($0.country ?? "-") \($0.period) \($0.measure) \($0.estimate.best) \($0.events)" }
    }

    @Test(arguments: [PeriodKind.day, .week, .month, .quarter, .year, .all])
    func rememberedPeriodKeyIsOnlyUsedForItsDay(_ period: PeriodKind) throws {
        // Days alternate across week, month, quarter and year boundaries, and repeat.
        let days = ["2022-12-31", "2022-12-31", "2023-01-01", "2022-12-31", "2023-01-01", "2023-01-01",
                    "1970-01-01", "2023-03-31", "2023-04-01", "2023-03-31"]
        let agg = Aggregator(config: AggregationConfig(grouping: Grouping([.country]), period: period))
        for (i, d) in days.enumerated() { try add(agg, d, "Mali", best: Int64(i + 1)) }
        var want: [Int32: (best: Int64, events: Int64)] = [:]
        for (i, d) in days.enumerated() {
            let k = period.key(day(d))
            want[k, default: (0, 0)].best += Int64(i + 1)
            want[k, default: (0, 0)].events += 1
        }
        let rows = try agg.result().rows
        #expect(rows.map(\.periodKey) == want.keys.sorted())
        for r in rows {
            #expect(r.estimate.best == want[r.periodKey]!.best)
            #expect(r.events == want[r.periodKey]!.events)
        }
    }

    @Test func tagsAndIdsSurviveGrowth() {
        let s = Interner(capacity: 4)
        var ids: [UInt32] = []
        for i in 0 ..< 5000 { ids.append(s.intern("name \(i) \(String(repeating: "é", count: i % 7))")) }
        #expect(ids == (0 ..< 5000).map(UInt32.init))
        for i in stride(from: 0, to: 5000, by: 3) { s.setTag(UInt32(i), UInt8(i % 250 + 1)) }
        for i in 0 ..< 5000 {
            #expect(s.intern("name \(i) \(String(repeating: "é", count: i % 7))") == UInt32(i))
            #expect(s.string(UInt32(i)) == "name \(i) \(String(repeating: "é", count: i % 7))")
            #expect(s.tag(UInt32(i)) == (i % 3 == 0 ? UInt8(i % 250 + 1) : 0))
        }
        #expect(s.tags.count == 5000)
        #expect(s.count == 5000)
    }

    @Test func stockAndFlowTagsStayApart() throws {
        let agg = Aggregator(config: AggregationConfig(grouping: Grouping([.country]), period: .month))
        try add(agg, "2023-01-05", "Mali", "members", best: 10)
        try add(agg, "2023-01-05", "Mali", "killed", best: 1)
        try add(agg, "2023-01-20", "Mali", "members", best: 7)
        try add(agg, "2023-01-20", "Mali", "killed", best: 2)
        #expect(figures(try agg.result()) == ["Mali 2023-01 killed 3 2", "Mali 2023-01 members 7 1"])
    }

    @Test func mergedWorkersEqualOneRun() throws {
        let config = AggregationConfig(grouping: Grouping([.country]), period: .month)
        let one = Aggregator(config: config)
        let a = Aggregator(config: config), b = Aggregator(config: config)
        let countries = ["Mali", "Chad", "Ägypten", "Zambia", "afghanistan"]
        for i in 0 ..< 2000 {
            let d = CalendarDay(daysSinceEpoch: 19000 + Int32(i * 7919 % 400)).description
            let c = countries[i * 31 % countries.count]
            let m = i % 5 == 0 ? "members" : "killed"
            try add(one, d, c, m, best: Int64(i % 13))
            try add(i % 2 == 0 ? a : b, d, c, m, best: Int64(i % 13))
        }
        try a.merge(b)
        #expect(figures(try a.result()) == figures(try one.result()))
    }
}
