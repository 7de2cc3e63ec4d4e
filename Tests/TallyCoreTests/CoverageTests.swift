import Testing
@testable import TallyCore

/// The coverage rule (docs/aggregation.md): runs of records, the days every dataset
/// covers, a declared `coverage:`, and how far one record reaches.
@Suite struct CoverageTests {
    func d(_ s: String) -> CalendarDay { CalendarDay(s)! }
    func ends(_ days: [String], span: Int32 = 0) -> [Int32: Int32] {
        var out: [Int32: Int32] = [:]
        for s in days { out[d(s).daysSinceEpoch] = d(s).daysSinceEpoch + span }
        return out
    }

    @Test func aLongGapWithoutRecordsSplitsTheRuns() {
        var days = ["2022-05-01"]
        var day = d("2023-01-01")
        while day <= d("2023-03-31") { days.append(day.description); day = day.adding(days: 1) }
        let c = Coverage.ofRecords(ends(days))!
        #expect(c.runs == [d("2022-05-01") ... d("2022-05-01"), d("2023-01-01") ... d("2023-03-31")])
        #expect(c.extent(of: PeriodKind.month.key(d("2022-08-01")), kind: .month)
                == .gap(lastBefore: d("2022-05-01"), firstAfter: d("2023-01-01")))
        #expect(!c.extent(of: PeriodKind.month.key(d("2022-08-01")), kind: .month).isCovered)
        // A sparse source keeps its runs: a record every 40 days is one run.
        let sparse = (0 ..< 10).map { d("2020-01-01").adding(days: $0 * 40).description }
        #expect(Coverage.ofRecords(ends(sparse))!.runs.count == 1)
        // A gap of a quarter or less never splits.
        #expect(Coverage.ofRecords(ends(["2023-01-01", "2023-01-02", "2023-01-03", "2023-04-04"]))!.runs.count == 1)
        #expect(Coverage.maxGap([1, 2, 3, 4]) == 92)
    }

    /// The thin-period rule (review17 #1): daily records to 31 March and one straggler on
    /// 30 May are one run (60 quiet days are under the run rule's 92), so April and May
    /// read complete. A period with fewer than a quarter of the record days the run
    /// ordinarily has is cut to the days its records there speak for, for every period kind.
    @Test func aPeriodWithFarFewerRecordsThanOrdinaryIsNotCovered() {
        var days: [String] = []
        var day = d("2023-01-01")
        while day <= d("2023-03-31") { days.append(day.description); day = day.adding(days: 1) }
        let straggler = DatasetCoverages.Dataset(index: 1, name: "Iraq", recordEnds: ends(days + ["2023-05-30"]), continuous: false)!
        #expect(straggler.coverage.runs == [d("2023-01-01") ... d("2023-05-30")])
        let april = PeriodKind.month.key(d("2023-04-01")), may = april + 1
        let (byMonth, thin) = straggler.withoutThinPeriods(straggler.coverage, kind: .month)
        #expect(thin.map(\.first) == [d("2023-04-01"), d("2023-05-01")] && thin.map(\.recordDays) == [0, 1], "\(thin)")
        #expect(byMonth?.extent(of: april, kind: .month).isCovered == false)
        #expect(byMonth?.extent(of: may, kind: .month) == .partial(first: d("2023-05-30"), last: d("2023-05-30")))
        #expect(byMonth?.extent(of: april - 1, kind: .month) == .complete)
        // By week the silent weeks go, the ordinary ones stay.
        let (byWeek, weeks) = straggler.withoutThinPeriods(straggler.coverage, kind: .week)
        #expect(weeks.count == 8, "\(weeks)")
        #expect(byWeek?.extent(of: PeriodKind.week.key(d("2023-04-12")), kind: .week).isCovered == false)
        #expect(byWeek?.extent(of: PeriodKind.week.key(d("2023-03-15")), kind: .week) == .complete)
        // Dates that are not one period (a bar chart's --from/--to).
        let (window, _) = straggler.withoutThinSpans(straggler.coverage, spans: [d("2023-04-01") ... d("2023-04-30")])
        #expect(window?.runs == [d("2023-01-01") ... d("2023-03-31"), d("2023-05-01") ... d("2023-05-30")])
        // Years are no thinner than their runs; a continuous source's quiet spell is no
        // events (the gap rule); one record is no rate; a weekly source's month holds 4 or 5.
        #expect(straggler.withoutThinPeriods(straggler.coverage, kind: .year).thin.isEmpty)
        let continuous = DatasetCoverages.Dataset(index: 1, name: "Iraq", recordEnds: ends(days + ["2023-05-30"]), continuous: true)!
        #expect(continuous.withoutThinPeriods(continuous.coverage, kind: .month).thin.isEmpty)
        let one = DatasetCoverages.Dataset(index: 0, name: "one", recordEnds: ends(["2023-03-02"]), continuous: false)!
        #expect(one.withoutThinPeriods(Coverage(first: d("2023-03-02"), last: d("2023-04-30")), kind: .month).thin.isEmpty)
        let weekly = (0 ..< 20).map { d("2023-01-06").adding(days: $0 * 7).description }
        let w = DatasetCoverages.Dataset(index: 0, name: "w", recordEnds: ends(weekly), continuous: false)!
        #expect(w.withoutThinPeriods(w.coverage, kind: .month).thin.isEmpty && w.withoutThinPeriods(w.coverage, kind: .week).thin.isEmpty)
    }

    @Test func datasetsCoverOnlyTheDaysTheyShare() {
        let a = Coverage(first: d("2023-01-01"), last: d("2023-05-31"))
        let b = Coverage(runs: [d("2022-12-01") ... d("2023-02-10"), d("2023-03-01") ... d("2023-05-10")])!
        let both = Coverage.intersection([a, b])!
        #expect(both.runs == [d("2023-01-01") ... d("2023-02-10"), d("2023-03-01") ... d("2023-05-10")])
        #expect(both.extent(of: PeriodKind.month.key(d("2023-05-01")), kind: .month)
                == .partial(first: d("2023-05-01"), last: d("2023-05-10")))
        #expect(both.extent(of: PeriodKind.month.key(d("2023-02-01")), kind: .month)
                == .partial(first: d("2023-02-01"), last: d("2023-02-10")))
        #expect(Coverage.intersection([a, Coverage(first: d("2024-01-01"), last: d("2024-02-01"))]) == nil)
    }

    @Test func aDeclaredCoverageReplacesOrCutsTheRecords() {
        let c = Coverage(runs: [d("2022-05-01") ... d("2022-05-01"), d("2023-01-01") ... d("2023-05-28")])!
        #expect(c.declaring(from: d("2023-01-01"), to: d("2023-05-31"))!.runs == [d("2023-01-01") ... d("2023-05-31")])
        let to = c.declaring(from: nil, to: d("2023-05-31"))!
        #expect(to.runs == [d("2022-05-01") ... d("2022-05-01"), d("2023-01-01") ... d("2023-05-31")])
        #expect(to.declared)
        #expect(c.declaring(from: d("2022-12-01"), to: nil)!.runs == [d("2022-12-01") ... d("2023-05-28")])
    }

    @Test func aRecordCoversItsSpanUpToAQuarter() {
        #expect(Coverage.coveredEnd(start: d("2024-02-01"), spanLast: d("2024-02-29")) == d("2024-02-29").daysSinceEpoch)
        #expect(Coverage.coveredEnd(start: d("2024-01-01"), spanLast: d("2024-03-31")) == d("2024-03-31").daysSinceEpoch)
        #expect(Coverage.coveredEnd(start: d("2024-01-01"), spanLast: d("2024-12-31")) == d("2024-01-01").daysSinceEpoch)
        #expect(Coverage.coveredEnd(start: d("2024-01-01"), spanLast: d("2024-01-01")) == d("2024-01-01").daysSinceEpoch)
    }
}

extension CoverageTests {
    /// Two records alone are one run however far apart (the hostile run's
    /// `flow-long-gap --continuous`: January and July, zeros between).
    @Test func twoRecordsAreOneRun() {
        #expect(Coverage.ofRecords(ends(["2023-01-10", "2023-07-10"]))!.runs == [d("2023-01-10") ... d("2023-07-10")])
    }
}

/// The coverage rule per dataset: every row carries the inputs it holds, and a period
/// is partial for a figure only when a dataset it holds does not cover it.
@Suite struct PerDatasetCoverageTests {
    func d(_ s: String) -> CalendarDay { CalendarDay(s)! }

    func add(_ agg: Aggregator, _ day: String, _ country: String, input: Int, measure: String = "killed") throws {
        var o = Observation()
        o.country = agg.strings.intern(country)
        o.adm1 = agg.strings.intern(""); o.adm2 = o.adm1; o.actor = o.adm1
        o.measure = agg.strings.intern(measure)
        o.day = d(day); o.spanFirst = o.day; o.spanLast = o.day
        o.low = 1; o.best = 1; o.high = 1
        o.sources = SourceSet.bit(input)
        try agg.add(o)
    }

    @Test func rowsCarryTheirInputsThroughMergesAndRollUps() throws {
        let a = Aggregator(config: AggregationConfig(grouping: Grouping([.country]), period: .month,
                                                     measures: MeasureCatalog(extraStocks: ["members"])))
        let b = Aggregator(config: a.config)
        try add(a, "2023-05-02", "Syria", input: 0)
        try add(b, "2023-05-03", "Syria", input: 1)
        try add(b, "2023-05-03", "Iraq", input: 1)
        try add(b, "2023-05-03", "Iraq", input: 40, measure: "members")  // past the 32nd: the last bit
        try a.merge(b)
        let r = try a.result()
        #expect(r.rows.map { "\($0.country!) \($0.measure) \($0.sources)" } == ["Iraq killed 2", "Iraq members 2147483648", "Syria killed 3"])
        let total = try r.rolledUp(to: Grouping([]), measure: "killed")
        #expect(total.rows.map(\.sources) == [3])
        #expect(SourceSet.contains(1 << 31, 45) && SourceSet.contains(0, 3) && !SourceSet.contains(2, 0))
    }

    @Test func aPeriodIsPartialOnlyForTheDatasetsAFigureHolds() throws {
        let datasets = DatasetCoverages([
            .init(index: 0, name: "syria.csv", coverage: Coverage(first: d("2016-01-01"), last: d("2019-11-30"))),
            .init(index: 1, name: "mmr.csv", coverage: Coverage(first: d("1989-01-01"), last: d("2018-12-30"))),
        ])
        let y2018 = PeriodKind.year.key(d("2018-06-01")), y2019 = y2018 + 1
        #expect(datasets.shortfalls(of: y2018, kind: .year, sources: 0b01).isEmpty)
        #expect(datasets.shortfalls(of: y2019, kind: .year, sources: 0b01).map(\.name) == ["syria.csv"])
        #expect(datasets.shortfalls(of: y2018, kind: .year, sources: 0b10).map(\.name) == ["mmr.csv"])
        #expect(datasets.shortfalls(of: y2019, kind: .year, sources: 0).map(\.extent)
                == [.partial(first: d("2019-01-01"), last: d("2019-11-30")), .after])
        #expect(datasets.coverage(of: 0b11)?.last == d("2018-12-30"))
    }

    /// A continuous source's line is zero in a quiet period its own datasets cover,
    /// even when another dataset of the chart has ended (the days all datasets cover
    /// would cut it short), and not past its own dataset's end.
    @Test func theGapRuleUsesTheDatasetsOfEachLine() throws {
        let agg = Aggregator(config: AggregationConfig(grouping: Grouping([.country]), period: .month))
        try add(agg, "2023-01-05", "Syria", input: 0)
        try add(agg, "2023-04-05", "Syria", input: 0)
        try add(agg, "2023-01-05", "Iraq", input: 1)
        let r = try agg.result()
        let datasets = DatasetCoverages([
            .init(index: 0, name: "a", coverage: Coverage(first: d("2023-01-01"), last: d("2023-04-30"))),
            .init(index: 1, name: "b", coverage: Coverage(first: d("2023-01-01"), last: d("2023-01-31"))),
        ])
        let set = try r.series(of: "killed", reporting: .continuous, datasets: datasets)
        let syria = set.series.first { $0.keyValues == ["Syria"] }!
        #expect(syria.points.map(\.estimate.best) == [1, 0, 0, 1])
        #expect(syria.sources == 1)
        let iraq = set.series.first { $0.keyValues == ["Iraq"] }!
        #expect(iraq.points.map(\.estimate.best) == [1])
        // With the days both cover, Syria's quiet February and March were not zero.
        let both = try r.series(of: "killed", reporting: .continuous, coverage: datasets.coverage(of: 0))
        #expect(both.series.first { $0.keyValues == ["Syria"] }!.points.count == 2)
    }
}
