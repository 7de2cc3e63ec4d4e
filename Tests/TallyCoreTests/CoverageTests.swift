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
