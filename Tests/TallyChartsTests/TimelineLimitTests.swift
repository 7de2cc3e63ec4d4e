import Testing
import TallyCore
@testable import TallyCharts

/// Issue 9 item 13: a day-period timeline over rows dated 0001 to 9999 zero-filled 3.65
/// million points per series (1.5 GB). Timelines of more than 10,000 periods are refused
/// before the series are built, suggesting a coarser period.
@Suite struct TimelineLimitTests {
    func result(_ kind: PeriodKind, _ days: [CalendarDay]) -> AggregateResult {
        AggregateResult(grouping: Grouping([.country]), period: kind, rows: days.map {
            AggregateRow(country: "Mali", periodKey: kind.key($0), period: kind.label(kind.key($0)), measure: "killed",
                         kind: .flow, estimate: Estimate(unchecked: 1, best: 1, high: 1), events: 1)
        })
    }

    @Test(arguments: [(PeriodKind.day, 10_000, 10_001), (.week, 70_000, 70_008), (.month, 303_000, 305_000),
                      (.quarter, 900_000, 914_000)])
    func theLimitSitsAtTenThousandPeriods(kind: PeriodKind, okDays: Int, tooManyDays: Int) {
        let start = CalendarDay(year: 1900, month: 1, day: 1)!
        let ok = result(kind, [start, start.adding(days: okDays - 1)])
        #expect(TimelineChart.periodProblem(ok, measure: "killed") == nil)
        let many = result(kind, [start, start.adding(days: tooManyDays)])
        let problem = TimelineChart.periodProblem(many, measure: "killed")
        #expect(problem?.contains("at most 10000") == true, "\(kind)")
        #expect(problem?.contains("--period") == true)
    }

    /// Wide --from/--to never extend a line (the gap rule), so they never make a
    /// timeline too long; narrow ones shorten it.
    @Test func spanFromOptionsNarrowAndOtherMeasuresDoNotCount() {
        let d = CalendarDay(year: 2023, month: 1, day: 1)!
        let r = result(.day, [d])
        #expect(TimelineChart.periodProblem(r, measure: "killed") == nil)
        #expect(TimelineChart.periodProblem(r, measure: "killed", span: (CalendarDay(year: 1, month: 1, day: 1)!, nil)) == nil)
        let wide = result(.day, [CalendarDay(year: 1, month: 1, day: 1)!, d])
        #expect(TimelineChart.periodProblem(wide, measure: "killed")?.contains("days (0001-01-01 to 2023-01-01)") == true)
        #expect(TimelineChart.periodProblem(wide, measure: "killed", span: (CalendarDay(year: 2022, month: 1, day: 1)!, nil)) == nil)
        #expect(TimelineChart.periodProblem(r, measure: "injured", span: (CalendarDay(year: 1, month: 1, day: 1)!, nil)) == nil)
        #expect(TimelineChart.periodCount(.week, from: PeriodKind.week.key(d), to: PeriodKind.week.key(d.adding(days: 7 * 52))) == 53)
    }
}
