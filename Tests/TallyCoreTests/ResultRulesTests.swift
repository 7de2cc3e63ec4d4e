import Testing
@testable import TallyCore
import TallyTestSupport

// The rules that combine aggregate results (TallyCore/Results), tested without charts:
// roll-up, totals by measure, ranking with "N others", series with their gap rule,
// pivot, each with flows and stocks and the one overflow policy.

private func e(_ low: Int64, _ best: Int64, _ high: Int64?) -> Estimate { Estimate(unchecked: low, best: best, high: high) }

private func arow(_ country: String, adm1: String? = nil, period: Int32 = 0, kind: PeriodKind = .all,
                 measure: String = "killed", stock: Bool = false, _ est: Estimate, events: Int64 = 1) -> AggregateRow {
    AggregateRow(country: country, adm1: adm1, periodKey: period, period: kind.label(period), measure: measure,
                 kind: stock ? .stock : .flow, estimate: est, events: events)
}

private let max53 = Estimate.maximumValue
private func huge() -> Estimate { e(max53, max53, max53) }

/// 1,100 countries at 2^53 each: every cell is valid, every sum of them is not.
private func hugeResult(_ countries: Int = 1_100, kind: PeriodKind = .all) -> AggregateResult {
    AggregateResult(grouping: Grouping([.country]), period: kind,
                    rows: (0 ..< countries).map { arow("C\($0)", period: kind == .all ? 0 : 24_276, kind: kind, huge()) })
}

/// One stock record of Syria's `members` for ``membersResult(_:grouping:period:)``.
struct MembersRow {
    var actor: String, day: Int32, low: Int64, best: Int64, high: Int64, adm1: String?
    init(_ actor: String, _ day: Int32, _ best: Int64, adm1: String? = nil) { self.init(actor, day, low: best, best: best, high: best, adm1: adm1) }
    init(_ actor: String, _ day: Int32, low: Int64, best: Int64, high: Int64, adm1: String? = nil) {
        (self.actor, self.day, self.low, self.best, self.high, self.adm1) = (actor, day, low, best, high, adm1)
    }
}

/// The aggregate of Syria's `members` records through a real ``Aggregator``: the stock
/// layouts the roll-up and series rules are pinned on (review38's s7 and its variants).
func membersResult(_ rows: [MembersRow], grouping: [GroupKey] = [.country], period: PeriodKind = .month) throws -> AggregateResult {
    let a = Aggregator(config: AggregationConfig(grouping: Grouping(grouping), period: period))
    for r in rows {
        var o = Observation()
        o.country = a.strings.intern("Syria"); o.adm1 = r.adm1.map { a.strings.intern($0) } ?? CellKey.absent; o.adm2 = CellKey.absent
        o.actor = a.strings.intern(r.actor); o.measure = a.strings.intern("members")
        o.day = CalendarDay(daysSinceEpoch: r.day)
        o.low = r.low; o.best = r.best; o.high = r.high
        try a.add(o)
    }
    return try a.result()
}

@Suite struct RollupTests {
    let month = PeriodKind.month
    var jan: Int32 { month.parseLabel("2023-01")! }

    @Test func coarserGroupingAddsFlowsAndStocksWithinAPeriod() throws {
        let r = AggregateResult(grouping: Grouping([.adm1]), period: .month, rows: [
            arow("A", adm1: "a1", period: jan, kind: month, e(1, 2, 3)),
            arow("A", adm1: "a2", period: jan, kind: month, e(10, 20, 30)),
            arow("A", adm1: "a1", period: jan, kind: month, measure: "members", stock: true, e(100, 100, 100)),
            arow("A", adm1: "a2", period: jan, kind: month, measure: "members", stock: true, e(50, 60, nil)),
            arow("B", adm1: "b1", period: jan + 1, kind: month, e(5, 5, 5), events: 4),
        ])
        let c = try r.rolledUp(to: Grouping([.country]))
        #expect(c.grouping.keys == [.country])
        #expect(c.rows.map { "\($0.country!) \($0.period) \($0.measure) \($0.estimate.display) \($0.events)" } == [
            "A 2023-01 killed 22 (11–33) 2", "A 2023-01 members 150+ (best 160) 2", "B 2023-02 killed 5 4",
        ])
        #expect(c.rows.allSatisfy { $0.adm1 == nil })
    }

    /// Stocks open list (stop 37): a report's roll-up of a stock to a coarser period kept
    /// each group's latest row: a monthly result by country of review38's s7 (Group A
    /// 1,000 in January and March, Group B 100 to 130 in January to April) rolled up to
    /// the year gave April's 130, where the records read by year give 1,130. Random
    /// records over places, actors and months: a monthly result rolled up to a year
    /// equals the records read by year at every grouping, or is refused, and only where
    /// a group's monthly figures add up different cells (or its latest holds only cells
    /// observed at 0, which the fingerprint does not name).
    @Test(arguments: 0 ..< 12)
    func aMonthlyStockRolledUpToAYearEqualsTheRecordsByYearOrIsRefused(seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed))
        let places = ["Idlib", "Aleppo", "Homs"], actors = ["Group A", "Group B", "Group C"]
        var records: [(adm1: String, actor: String, day: Int32, best: Int64)] = []
        let start = CalendarDay("2023-01-01")!.daysSinceEpoch
        for _ in 0 ..< Int.random(in: 2 ... 12, using: &rng) {
            records.append((places[Int.random(in: 0 ..< (seed % 3 + 1), using: &rng)], actors[Int.random(in: 0 ..< (seed % 2 + 2), using: &rng)],
                            start + Int32.random(in: 0 ..< 700, using: &rng), Int64.random(in: 0 ... 3, using: &rng) * 100))
        }
        func result(_ keys: [GroupKey], _ period: PeriodKind) throws -> AggregateResult {
            try membersResult(records.map { MembersRow($0.actor, $0.day, $0.best, adm1: $0.adm1) }, grouping: keys, period: period)
        }
        func lines(_ r: AggregateResult) -> [String] { r.rows.map { $0.keyValues(r.grouping).joined(separator: "/") + " \($0.period) \($0.estimate.display)" } }
        var refused = 0
        for keys in [[GroupKey.country], [.country, .adm1], [.actor], [.country, .adm1, .actor], []] as [[GroupKey]] {
            let byYear = try result(keys, .year), monthly = try result(keys, .month)
            do {
                let rolled = try monthly.rolledUp(period: .year)
                #expect(lines(rolled) == lines(byYear), "\(keys) \(records)")
            } catch {
                refused += 1
                // By the finest keys only where a cell's latest figure is 0 (nothing in
                // the rows tells which cells a 0 row holds: refused, never wrong).
                #expect(keys.count < 3 || monthly.rows.contains { $0.estimate.high == 0 }, "the finest keys: \(error)")
                #expect(error.description.contains("members of") && error.description.contains("add up different groups or places"), "\(error)")
            }
        }
        _ = refused
    }

    /// The latest row of cells observed at 0 only: Group A's 100 in March and Group B's 0
    /// in October are 100 for the year; the October row alone gave 0.
    @Test func aLatestRowOfZerosIsNotTheYearsFigure() throws {
        let r = AggregateResult(grouping: Grouping([.country]), period: .month, rows: [
            { var x = arow("A", period: jan + 2, kind: month, measure: "members", stock: true, e(100, 100, 100)); x.stockCells = 7; return x }(),
            arow("A", period: jan + 9, kind: month, measure: "members", stock: true, e(0, 0, 0)),
        ])
        var message = ""
        do { _ = try r.rolledUp(period: .year) } catch { message = error.description }
        #expect(message.hasPrefix("members of A cannot be given for 2023 from its figures by month"), "\(message)")
    }

    @Test func aStockRolledUpFromFiguresOfOtherGroupsIsRefused() throws {
        let d = { (s: String) in CalendarDay(s)!.daysSinceEpoch }
        let monthly = try membersResult([MembersRow("Group A", d("2023-01-10"), 1_000), MembersRow("Group B", d("2023-01-12"), 100),
                                         MembersRow("Group B", d("2023-02-12"), 110), MembersRow("Group A", d("2023-03-10"), 1_000),
                                         MembersRow("Group B", d("2023-03-12"), 120), MembersRow("Group B", d("2023-04-12"), 130)])
        var message = ""
        do { _ = try monthly.rolledUp(period: .year) } catch { message = error.description }
        #expect(message == "members of Syria cannot be given for 2023 from its figures by month: they add up different groups or places, "
                + "some observed in one month only; read the records by year (--period year)")
        // One month's rows alone (what a report's bar of one period ranks) roll up as before.
        let march = try monthly.rolledUp(period: .year, periods: monthly.rows[2].periodKey ... monthly.rows[2].periodKey)
        #expect(march.rows.map(\.estimate.best) == [1_120])
        #expect(monthly.rows[2].period == "2023-03")
    }

    @Test func coarserPeriodSumsFlowsAndKeepsEachGroupsLatestStock() throws {
        let r = AggregateResult(grouping: Grouping([.country]), period: .month, rows: [
            arow("A", period: jan, kind: month, e(1, 1, 1)),
            arow("A", period: jan + 5, kind: month, e(2, 2, 2)),
            arow("A", period: jan, kind: month, measure: "members", stock: true, e(5_000, 6_000, 7_000)),
            arow("A", period: jan + 3, kind: month, measure: "members", stock: true, e(100, 200, 300)),
            arow("B", period: jan + 1, kind: month, measure: "members", stock: true, e(10, 10, 10)),
            arow("A", period: jan + 12, kind: month, measure: "members", stock: true, e(1, 1, 1)),
        ])
        let y = try r.rolledUp(to: Grouping([.country]), period: .year)
        #expect(y.rows.map { "\($0.country!) \($0.period) \($0.measure) \($0.estimate.display)" } == [
            "A 2023 killed 3", "A 2023 members 200 (100–300)", "A 2024 members 1", "B 2023 members 10",
        ])
        // Totals over everything: flows summed, a stock's latest snapshot per group, added across groups.
        let t = try r.totals()
        #expect(t.map(\.measure) == ["killed", "members"])
        #expect(t[0].estimate == e(3, 3, 3))
        #expect(t[1].estimate == e(11, 11, 11))
        #expect(try r.total(of: "members", period: jan)?.estimate == e(5_000, 6_000, 7_000))
        #expect(try r.total(of: "killed", period: jan + 1) == nil)
    }

    @Test func periodsAndMeasureSelectRows() throws {
        let r = AggregateResult(grouping: Grouping([.country]), period: .month, rows: (0 ..< 6).map {
            arow("A", period: jan + Int32($0), kind: month, e(1, 1, 1))
        } + [arow("A", period: jan, kind: month, measure: "injured", e(9, 9, 9))])
        let part = try r.rolledUp(periods: (jan + 1) ... (jan + 3), measure: "killed")
        #expect(part.rows.map(\.periodKey) == [jan + 1, jan + 2, jan + 3])
        #expect(try r.rolledUp(to: Grouping([]), period: .all, measure: "killed").rows.map(\.estimate) == [e(6, 6, 6)])
    }

    @Test func overflowNamesTheCellInsteadOfWrapping() {
        let r = AggregateResult(grouping: Grouping([.adm1]), period: .all,
                                rows: [arow("Mali", adm1: "x", huge()), arow("Mali", adm1: "y", e(0, 1, 1))])
        #expect(throws: AggregationOverflow.self) { try r.rolledUp(to: Grouping([.country])) }
        do { _ = try r.rolledUp(to: Grouping([.country])) } catch {
            #expect(error.description.hasPrefix("the total for Mali / all / killed passes 2^53"))
        }
        // An unbounded high cannot overflow; low and best still can.
        let open = AggregateResult(grouping: Grouping([.adm1]), period: .all,
                                   rows: [arow("Mali", adm1: "x", e(max53, max53, nil)), arow("Mali", adm1: "y", e(0, 0, 5))])
        #expect((try? open.rolledUp(to: Grouping([.country])))?.rows[0].estimate == e(max53, max53, nil))
    }

    @Test func thousandsOfHugeCountriesNeverGiveANegativeTotal() throws {
        for n in [2, 3, 1_024, 1_100] {
            #expect(throws: AggregationOverflow.self) { try hugeResult(n).totals() }
            #expect(throws: AggregationOverflow.self) { try hugeResult(n, kind: .month).totals(period: 24_276) }
        }
        // Exactly 2^53 in total is still a figure.
        let edge = AggregateResult(grouping: Grouping([.country]), period: .all,
                                   rows: [arow("A", e(max53 - 1, max53 - 1, max53 - 1)), arow("B", e(1, 1, 1))])
        #expect((try? edge.totals())?.first?.estimate == huge())
    }

    @Test func periodNesting() {
        #expect(PeriodKind.day.nests(in: .week))
        #expect(PeriodKind.month.nests(in: .quarter))
        #expect(PeriodKind.month.nests(in: .year))
        #expect(!PeriodKind.week.nests(in: .month))
        #expect(PeriodKind.week.nests(in: .all))
        #expect(!PeriodKind.year.nests(in: .month))
    }
}

@Suite struct RankingTests {
    /// review49 F1/F2: an open sum with no stated best ("5,000 to 7,000" + "at least 1":
    /// shown "at least 5,001", best 6,001 by rule) ranks by the floor it shows, below a
    /// stated "at least 5,500"; by its invented best it was drawn above the longer bar and
    /// kept in a top 1 that folded the stated figure into "others".
    @Test func anOpenSumWithNoStatedBestRanksByItsFloor() throws {
        let floorOnly = Estimate(unchecked: 5001, best: 6001, high: nil, bestStated: false)
        #expect(floorOnly.isFloorOnly && floorOnly.shownBest == 5001)
        let r = AggregateResult(grouping: Grouping([.country]), period: .all, rows: [
            arow("Xland", floorOnly), arow("Yland", Estimate(unchecked: 5500, best: 5500, high: nil, bestStated: true)),
            arow("Zland", e(100, 100, 100)),
        ])
        #expect(try r.ranking(of: "killed").groups.map { $0.country! } == ["Yland", "Xland", "Zland"])
        #expect(try r.ranking(of: "killed", top: 1).groups.map { $0.country! } == ["Yland"])
    }

    @Test func largestFirstTiesInByteOrderTailFolded() throws {
        let r = AggregateResult(grouping: Grouping([.country]), period: .all, rows: [
            arow("b", e(1, 5, 5)), arow("a", e(1, 5, 5)), arow("C", e(2, 9, 9)), arow("d", e(0, 1, 1)), arow("e", e(0, 0, nil)),
        ])
        let all = try r.ranking(of: "killed")
        #expect(all.groups.map { $0.country! } == ["C", "a", "b", "d", "e"])
        #expect(all.others == nil)
        let top = try r.ranking(of: "killed", top: 2)
        #expect(top.groups.map { $0.country! } == ["C", "a"])
        #expect(top.others == Ranking.Others(count: 3, estimate: e(1, 6, nil)))
        // Folding a single group would hide it for nothing.
        #expect(try r.ranking(of: "killed", top: 4).others == nil)
        // Folding again counts the earlier "others" as the groups it stands for.
        let again = try top.folded(keeping: 1)
        #expect(again.others == Ranking.Others(count: 4, estimate: e(2, 11, nil)))
    }

    /// `--top 9223372036854775807` keeps every group; it used to trap on `keep + 1`
    /// (issue 9, item 14).
    @Test func aTopAsLargeAsIntMaxKeepsEveryGroup() throws {
        let r = AggregateResult(grouping: Grouping([.country]), period: .all, rows: [
            arow("a", e(1, 5, 5)), arow("b", e(1, 2, 2)), arow("c", e(0, 1, 1)),
        ])
        for top in [Int.max, Int.max - 1, Int(Int32.max) + 1] {
            let ranked = try r.ranking(of: "killed", top: top)
            #expect(ranked.groups.count == 3)
            #expect(ranked.others == nil)
            #expect(try ranked.folded(keeping: top) == ranked)
        }
    }

    @Test func stocksRankByTheirLatestSnapshot() throws {
        let r = AggregateResult(grouping: Grouping([.country]), period: .year, rows: [
            arow("A", period: 2022, kind: .year, measure: "members", stock: true, e(5_000, 6_000, 7_000)),
            arow("A", period: 2023, kind: .year, measure: "members", stock: true, e(100, 200, 300)),
            arow("B", period: 2022, kind: .year, measure: "members", stock: true, e(300, 300, 300)),
        ])
        let k = try r.ranking(of: "members")
        #expect(k.groups.map { "\($0.country!) \($0.estimate.display)" } == ["B 300", "A 200 (100–300)"])
    }

    @Test func othersPastTwoToThe53IsAnErrorNotANegativeBar() {
        for (n, top) in [(1_100, 10), (1_100, 1), (3, 1), (50, 48)] {
            #expect(throws: AggregationOverflow.self) { try hugeResult(n).ranking(of: "killed", top: top) }
        }
        do { _ = try hugeResult().ranking(of: "killed", top: 10) } catch {
            #expect(error.description.contains("the 1,090 others folded into one bar / killed"))
        }
        // Without a cut nothing is summed; a layout that may still fold asks first.
        #expect((try? hugeResult().ranking(of: "killed"))?.groups.count == 1_100)
        #expect(throws: AggregationOverflow.self) { try hugeResult().ranking(of: "killed").checkEveryFold() }
        #expect((try? hugeResult(2).ranking(of: "killed").checkEveryFold()) != nil)
    }
}

/// Issue 9 item 6, one overflow policy: the footnote total of events dated only to long
/// spans capped itself at 2^53 ("9,007,199,254,740,992+ killed …"), a figure the data
/// does not support. It throws like every other sum.
@Suite struct SpanTallyTests {
    @Test func aSpanTotalPastTwoToThe53Throws() throws {
        let month = PeriodKind.month
        let spans = (0 ..< 3).map { _ in arow("Syria", period: 24_276, kind: month, huge()) }
        let r = AggregateResult(grouping: Grouping([.country]), period: month, rows: [], spanning: spans)
        do {
            _ = try r.spanTally(of: "killed")
            Issue.record("a span total past 2^53 was returned")
        } catch {
            #expect(error.description.contains("events dated only to spans longer than a month / killed passes 2^53"))
        }
        let small = AggregateResult(grouping: Grouping([.country]), period: month, rows: [],
                                    spanning: [arow("Syria", period: 24_276, kind: month, e(1, 2, 3), events: 2),
                                               arow("Iraq", period: 24_276, kind: month, e(10, 20, nil))])
        let t = try #require(try small.spanTally(of: "killed"))
        #expect(t.tally.estimate == e(11, 22, nil))
        #expect(t.tally.events == 3)
        #expect(try small.spanTally(of: "injured") == nil)
    }
}

@Suite struct SeriesTests {
    let month = PeriodKind.month
    var jan: Int32 { month.parseLabel("2023-01")! }

    func result() -> AggregateResult {
        AggregateResult(grouping: Grouping([.country]), period: .month, rows: [
            arow("A", period: jan, kind: month, e(1, 1, 1)), arow("A", period: jan + 3, kind: month, e(2, 2, 2)),
            arow("B", period: jan + 1, kind: month, measure: "members", stock: true, e(5_000, 6_000, 7_000)),
            arow("B", period: jan + 3, kind: month, measure: "members", stock: true, e(4_000, 4_000, 4_000)),
        ])
    }

    @Test func flowsZeroFilledOnlyForAContinuousSourceStocksOnlyWhereObserved() throws {
        // A continuous source (UCDP, ACLED): a month between two records without one is a zero.
        let flows = try result().series(of: "killed", reporting: .continuous)
        #expect(flows.series.count == 1)
        #expect(flows.series[0].points.map(\.estimate.best) == [1, 0, 0, 2])
        #expect(flows.span == [jan, jan + 1, jan + 2, jan + 3])
        // A source not known to be continuous: the months without a record have no point.
        let sparse = try result().series(of: "killed")
        #expect(sparse.series[0].points.map(\.periodKey) == [jan, jan + 3])
        let stocks = try result().series(of: "members", window: (jan - 1) ... (jan + 4), reporting: .continuous)
        #expect(stocks.series[0].points.map(\.periodKey) == [jan + 1, jan + 3])
    }

    /// Issue 10 item 5: a window reaching before the measure's first record (or after
    /// its last) draws nothing there, not "0 killed".
    @Test func aWindowNeverExtendsASeriesBeyondItsRecords() throws {
        for reporting in [Reporting.continuous, .sparse] {
            let wide = try result().series(of: "killed", window: (jan - 6) ... (jan + 9), reporting: reporting)
            #expect(wide.series[0].points.first?.periodKey == jan)
            #expect(wide.series[0].points.last?.periodKey == jan + 3)
            #expect(wide.span.first == jan && wide.span.last == jan + 3)
        }
        // A window starting after the first record: a continuous source recorded none in
        // its first months (the measure was recorded before them), a sparse one says nothing.
        let cut = try result().series(of: "killed", window: (jan + 1) ... (jan + 9), reporting: .continuous)
        #expect(cut.series[0].points.map(\.periodKey) == [jan + 1, jan + 2, jan + 3])
        #expect(cut.series[0].points.map(\.estimate.best) == [0, 0, 2])
        #expect(try result().series(of: "killed", window: (jan + 1) ... (jan + 9)).series[0].points.map(\.periodKey) == [jan + 3])
        #expect(try result().series(of: "killed", window: (jan + 4) ... (jan + 9), reporting: .continuous).series.isEmpty)
        // The bounds are the measure's, not the group's: B's first killed record is in
        // March, A's in January; for a continuous source B is zero in January and
        // February (the source reported on every group and recorded none).
        var r = result()
        r.rows.append(arow("B", period: jan + 2, kind: month, e(4, 4, 4)))
        r.rows.sort { ($0.country ?? "", $0.periodKey) < ($1.country ?? "", $1.periodKey) }
        let both = try r.series(of: "killed", window: (jan - 3) ... (jan + 3), reporting: .continuous)
        #expect(both.series.map(\.keyValues) == [["B"], ["A"]])
        #expect(both.series[0].points.map(\.estimate.best) == [0, 0, 4, 0])
        #expect(try r.series(of: "killed", reporting: .sparse).series[0].points.map(\.periodKey) == [jan + 2])
    }

    /// review38 S5 in charts: s7.csv (Group A 1,000 in January and March, Group B 100,
    /// 110, 120, 130 in January to April) by country by month is 1,100, 110, 1,120, 130,
    /// each figure adding up other groups than the one before; a timeline drew them as
    /// one line. TallyCore's rule (``StockCells``, ``GapRule/runs(of:cells:kind:period:)``)
    /// breaks the line at each, and ``EstimateChange/between(_:_:kind:cells:)`` gives no
    /// change between them; the same groups in both give both as before. review42 S3: a
    /// group observed at 0 is observed (its 0 is a figure of that group).
    @Test func aStockLineBreaksWhereTheNextFigureAddsUpOtherGroups() throws {
        func result(_ rows: [(String, Int32, Int64)]) throws -> AggregateResult { try membersResult(rows.map { MembersRow($0.0, $0.1, $0.2) }) }
        let d = { (s: String) in CalendarDay(s)!.daysSinceEpoch }
        let s7 = [("Group A", d("2023-01-10"), Int64(1_000)), ("Group B", d("2023-01-12"), 100), ("Group B", d("2023-02-12"), 110),
                  ("Group A", d("2023-03-10"), 1_000), ("Group B", d("2023-03-12"), 120), ("Group B", d("2023-04-12"), 130)]
        let set = try result(s7).series(of: "members")
        let points = set.series[0].points
        #expect(points.map(\.estimate.best) == [1_100, 110, 1_120, 130])
        let keys = points.map(\.periodKey), cells = points.map(\.cells)
        #expect(GapRule.runs(of: keys, period: .month) == [0 ..< 4])
        #expect(GapRule.runs(of: keys, cells: cells, kind: .stock, period: .month) == [0 ..< 1, 1 ..< 2, 2 ..< 3, 3 ..< 4])
        #expect(GapRule.regrouped(keys, cells: cells, kind: .stock, period: .month).map(\.to) == Array(keys.dropFirst()))
        #expect(EstimateChange.between(points[1].estimate, points[2].estimate, kind: .stock, cells: (cells[1], cells[2]))
                == .unknown(why: .otherGroups))
        // January and March add up the same two groups: comparable (not consecutive, so
        // no line, but a change may be given).
        #expect(StockCells.comparable(cells[0], cells[2], kind: .stock))
        #expect(EstimateChange.between(points[0].estimate, points[2].estimate, kind: .stock, cells: (cells[0], cells[2])) == .bests(overlapping: false))
        // A flow's figures are always comparable.
        #expect(EstimateChange.between(points[1].estimate, points[2].estimate, kind: .flow, cells: (cells[1], cells[2])) == .bests(overlapping: false))
        // Group B alone: one line, no break.
        let b = try result(s7.filter { $0.0 == "Group B" }).series(of: "members").series[0].points
        #expect(GapRule.runs(of: b.map(\.periodKey), cells: b.map(\.cells), kind: .stock, period: .month) == [0 ..< 4])
        // Both groups every month: one line.
        let both = try result(s7 + [("Group A", d("2023-02-10"), 900), ("Group A", d("2023-04-10"), 900)]).series(of: "members").series[0].points
        #expect(both.map(\.estimate.best) == [1_100, 1_010, 1_120, 1_030])
        #expect(GapRule.runs(of: both.map(\.periodKey), cells: both.map(\.cells), kind: .stock, period: .month) == [0 ..< 4])
        // review42 S3: a group observed at 0 is observed. A's 1,000 in both months beside
        // B's 500 then 0 (or 0 then 500) add up the same groups: comparable, a change
        // (fffa88b had left the 0 out and called them different groups).
        for (february, march) in [(Int64(500), Int64(0)), (0, 500)] {
            let r = try result([("Group A", d("2023-02-10"), 1_000), ("Group A", d("2023-03-10"), 1_000),
                                ("Group B", d("2023-02-11"), february), ("Group B", d("2023-03-11"), march)])
            let p = r.rows.sorted { $0.periodKey < $1.periodKey }
            #expect(p.map(\.estimate.best) == [1_000 + february, 1_000 + march])
            #expect(StockCells.comparable(p[0].stockCells, p[1].stockCells, kind: .stock))
            #expect(GapRule.runs(of: p.map(\.periodKey), cells: p.map(\.stockCells), kind: .stock, period: .month) == [0 ..< 2])
        }
        // B observed (at 0) in one month only: the figures add up different groups, as
        // with any figure of B's in one month only (review41 R5 stays refused).
        for zero in [d("2023-02-11"), d("2023-03-11")] {
            let r = try result([("Group A", d("2023-02-10"), 1_000), ("Group A", d("2023-03-10"), 1_200), ("Group B", zero, 0)])
            let p = r.rows.sorted { $0.periodKey < $1.periodKey }
            #expect(p.map(\.estimate.best) == [1_000, 1_200])
            #expect(EstimateChange.between(p[0].estimate, p[1].estimate, kind: .stock, cells: (p[0].stockCells, p[1].stockCells)) == .unknown(why: .otherGroups))
        }
        // A range reaching above 0 (0 to 50) is a figure: B then counts.
        let p = try membersResult([MembersRow("Group A", d("2023-02-10"), 1_000), MembersRow("Group A", d("2023-03-10"), 1_200),
                                   MembersRow("Group B", d("2023-03-11"), low: 0, best: 0, high: 50)]).rows.sorted { $0.periodKey < $1.periodKey }
        #expect(!StockCells.comparable(p[0].stockCells, p[1].stockCells, kind: .stock))
    }

    @Test func theGapRuleIsOneFunction() {
        let observed: [Int32: Estimate] = [3: e(1, 1, 1), 5: e(2, 2, 2)]
        #expect(GapRule.points(kind: .flow, observed: observed, span: [3, 4, 5], continuous: true).map(\.estimate)
            == [e(1, 1, 1), .zero, e(2, 2, 2)])
        #expect(GapRule.points(kind: .flow, observed: observed, span: [3, 4, 5], continuous: false).map(\.periodKey) == [3, 5])
        #expect(GapRule.points(kind: .stock, observed: observed, span: [3, 4, 5], continuous: true).map(\.periodKey) == [3, 5])
        // Lines break between runs of consecutive periods.
        #expect(GapRule.runs(of: [3, 5, 6, 7, 9], period: .month) == [0 ..< 1, 1 ..< 4, 4 ..< 5])
        #expect(GapRule.runs(of: [], period: .month).isEmpty)
    }

    @Test func rankedByTotalOrPeakWithoutOverflow() throws {
        // Series whose totals over time pass Int64 still rank exactly (the total is not printed).
        var rows: [AggregateRow] = []
        for i in 0 ..< 1_100 {
            rows.append(arow("big", period: jan + Int32(i), kind: month, huge()))
            rows.append(arow("small", period: jan + Int32(i), kind: month, e(max53 - 1, max53 - 1, max53 - 1)))
        }
        rows.append(arow("tiny", period: jan, kind: month, e(1, 1, 1)))
        let s = try AggregateResult(grouping: Grouping([.country]), period: .month, rows: rows).series(of: "killed", top: 2)
        #expect(s.series.map(\.keyValues) == [["big"], ["small"]])
        #expect(s.omitted == 1)
    }

    /// Issue 10, item 6, on timelines: a series whose own name is not given comes after
    /// every named one, flows by total and stocks by peak alike, with one key or several,
    /// and a cut to the largest keeps it, by the rule bars and tables follow (GroupOrder).
    @Test func notGivenSeriesComeAfterEveryNamedOneAndAreNeverCut() throws {
        for stock in [false, true] {
            let measure = stock ? "members" : "killed"
            let one = AggregateResult(grouping: Grouping([.country]), period: .month, rows: [
                arow("", period: jan, kind: month, measure: measure, stock: stock, e(900, 900, 900)),
                arow("A", period: jan, kind: month, measure: measure, stock: stock, e(1, 1, 1)),
                arow("B", period: jan + 1, kind: month, measure: measure, stock: stock, e(5, 5, 5)),
                arow("C", period: jan, kind: month, measure: measure, stock: stock, e(3, 3, 3)),
            ])
            let all = try one.series(of: measure)
            #expect(all.series.map(\.keyValues) == [["B"], ["C"], ["A"], [""]], "\(measure)")
            #expect(all.omitted == 0)
            let cut = try one.series(of: measure, top: 1)
            #expect(cut.series.map(\.keyValues) == [["B"], [""]], "\(measure)")
            #expect(cut.omitted == 2)
            #expect(try one.series(of: measure, top: 3).series.map(\.keyValues) == [["B"], ["C"], ["A"], [""]])
        }
        let two = AggregateResult(grouping: Grouping([.adm1]), period: .month, rows: [
            arow("Mali", adm1: "", period: jan, kind: month, e(500, 700, nil)),
            arow("Mali", adm1: "Gao", period: jan, kind: month, e(3, 3, 3)),
            arow("Niger", adm1: "", period: jan, kind: month, e(50, 50, 50)),
            arow("Niger", adm1: "Tahoua", period: jan, kind: month, e(4, 4, 4)),
            arow("", adm1: "Nowhere", period: jan, kind: month, e(2, 2, 2)),
        ])
        // The group's own name (the province) decides; an unnamed parent alone does not.
        #expect(try two.series(of: "killed").series.map(\.keyValues) == [
            ["Niger", "Tahoua"], ["Mali", "Gao"], ["", "Nowhere"], ["Mali", ""], ["Niger", ""],
        ])
        #expect(try two.series(of: "killed", top: 2).series.map(\.keyValues) == [
            ["Niger", "Tahoua"], ["Mali", "Gao"], ["Mali", ""], ["Niger", ""],
        ])
    }
}

@Suite struct PivotTests {
    @Test func measuresSideBySideLargestFirst() {
        let r = AggregateResult(grouping: Grouping([.country]), period: .all, rows: [
            arow("A", e(1, 1, 1)), arow("A", measure: "injured", e(7, 7, 7), events: 3),
            arow("B", e(5, 5, 5), events: 2), arow("C", measure: "injured", e(9, 9, 9)),
            arow("D", measure: "other", e(9, 9, 9)),
        ])
        let p = r.pivot(measures: ["killed", "injured"])
        #expect(p.lines.map(\.keyValues) == [["B"], ["A"], ["C"]])
        #expect(p.lines[0].cells == [Pivot.Cell(estimate: e(5, 5, 5), events: 2), nil])
        #expect(p.lines[1].cells[1] == Pivot.Cell(estimate: e(7, 7, 7), events: 3))
    }

    /// Issue 10, item 6, in tables: a group whose name is not given ranks after every
    /// named group whatever its size, by the same rule as bars (GroupOrder), with one
    /// key or several, and a cut to the largest keeps it.
    @Test func notGivenGroupsComeAfterEveryNamedGroupAsOnBars() throws {
        let one = AggregateResult(grouping: Grouping([.country]), period: .all, rows: [
            arow("", e(900, 900, 900)), arow("A", e(1, 1, 1)), arow("B", e(5, 5, 5)),
            arow("C", measure: "injured", e(9, 9, 9)),
        ])
        let p = one.pivot(measures: ["killed", "injured"])
        #expect(p.lines.map(\.keyValues) == [["B"], ["A"], ["C"], [""]])
        #expect(try one.ranking(of: "killed").groups.map { $0.country! } == ["B", "A", ""])
        // The largest named line is kept by a cut to one; the unnamed one is never cut.
        #expect(p.keeping(top: 1).lines.map(\.keyValues) == [["B"], [""]])
        #expect(p.keeping(top: 1).leftOut == 2)
        #expect(p.keeping(top: 0).lines.count == 4)
        #expect(p.keeping(top: 9).leftOut == 0)

        let two = AggregateResult(grouping: Grouping([.adm1]), period: .all, rows: [
            arow("Mali", adm1: "", e(500, 700, nil)), arow("Mali", adm1: "Gao", e(3, 3, 3)),
            arow("Niger", adm1: "", e(50, 50, 50)), arow("Niger", adm1: "Tahoua", e(4, 4, 4)),
            arow("", adm1: "Nowhere", e(2, 2, 2)),
        ])
        // The group's own name (the province) decides; an unnamed parent alone does not.
        #expect(two.pivot(measures: ["killed"]).lines.map(\.keyValues) == [
            ["Niger", "Tahoua"], ["Mali", "Gao"], ["", "Nowhere"], ["Mali", ""], ["Niger", ""],
        ])
        #expect(try two.ranking(of: "killed").groups.map(\.adm1) == ["Tahoua", "Gao", "Nowhere", "", ""])
    }
}

@Suite struct CalendarArithmeticTests {
    @Test func successorLastDayAndSpans() {
        #expect(PeriodKind.month.successor(PeriodKind.month.parseLabel("2023-12")!) == PeriodKind.month.parseLabel("2024-01")!)
        #expect(PeriodKind.week.label(PeriodKind.week.successor(PeriodKind.week.parseLabel("2020-W53")!)) == "2021-W01")
        #expect(PeriodKind.quarter.lastDay(PeriodKind.quarter.parseLabel("2024-Q1")!).description == "2024-03-31")
        #expect(PeriodKind.month.lastDay(PeriodKind.month.parseLabel("2024-02")!).description == "2024-02-29")
        #expect(PeriodKind.day.lastDay(100) == CalendarDay(daysSinceEpoch: 100))
        let s = PeriodKind.span(ofLabel: "2023-W14")
        #expect(s?.kind == .week)
        #expect(s?.first.description == "2023-04-03")
        #expect(s?.last.description == "2023-04-09")
        #expect(PeriodKind.span(ofLabel: "2023")?.last.description == "2023-12-31")
        #expect(PeriodKind.span(ofLabel: "2023-13") == nil)
    }
}
