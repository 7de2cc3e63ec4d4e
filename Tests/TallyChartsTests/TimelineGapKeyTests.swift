import Testing
import TallyCore
@testable import TallyCharts

/// A line that breaks for want of a point says so in the footer (review46 N-e: killed in
/// March and May of a native file, none in April, drew nothing in April with no word).
@Suite struct TimelineGapKey {
    func month(_ label: String) -> Int32 { PeriodKind.month.parseLabel(label)! }

    func chart(_ rows: [(String, String)], reporting: Reporting = .sparse, period: PeriodKind = .month,
               kind: MeasureKind = .flow) throws -> TimelineChart {
        let result = AggregateResult(grouping: Grouping([.country]), period: period, rows: rows.map { c, p in
            AggregateRow(country: c, periodKey: period.parseLabel(p)!, period: p, measure: "killed", kind: kind, estimate: est(3, 3, 3), events: 1)
        })
        let (series, _) = try TimelineChart.series(from: result, measure: "killed", reporting: reporting)
        return TimelineChart(period: period, series: series, text: ChartText(title: "t", subtitle: "s", source: "x"))
    }

    @Test func aGapIsNamedInTheFooter() throws {
        let g = try chart([("A", "2023-03"), ("A", "2023-05")])
        #expect(g.gaps.map(\.first) == [month("2023-04")] && g.gaps.map(\.last) == [month("2023-04")])
        #expect(g.gapKey == "A line breaks where no record gives a figure (April 2023); no zero is assumed there.")
        // Two lines: each its own spells, named (review51 F7: joined, they said "February to
        // June" where B had a point in February).
        let two = try chart([("A", "2023-01"), ("A", "2023-05"), ("B", "2023-02"), ("B", "2023-07"), ("B", "2023-09")])
        #expect(two.gaps.count == 2 && two.gaps[0].first == month("2023-02") && two.gaps[0].last == month("2023-06"))
        #expect(two.gapKey == "A line breaks where no record gives a figure (B, March 2023 to June 2023; B, August 2023; A, February 2023 to April 2023); no zero is assumed there.", "\(two.gapKey ?? "")")
        // One line, or lines not named: the spells of every line together.
        var unnamed = two
        unnamed.namesSeries = false
        #expect(unnamed.gapKey == "A line breaks where no record gives a figure (February 2023 to June 2023; August 2023); no zero is assumed there.")
        // Weeks (keys that are not consecutive numbers): the week between.
        let w = try chart([("A", "2023-W10"), ("A", "2023-W12")], period: .week)
        #expect(w.gaps.count == 1 && w.gaps[0].first == PeriodKind.week.parseLabel("2023-W11")!)
        // A stock not observed in between: the same note.
        #expect(try chart([("A", "2023-03"), ("A", "2023-06")], kind: .stock).gapKey?.contains("(April 2023 to May 2023)") == true)
    }

    /// No break, no note: consecutive periods, a continuous source's zeros, one period.
    @Test func noBreakNoNote() throws {
        #expect(try chart([("A", "2023-03"), ("A", "2023-04")]).gapKey == nil)
        #expect(try chart([("A", "2023-03"), ("A", "2023-05")], reporting: .continuous).gapKey == nil)
        #expect(try chart([("A", "2023-03")]).gapKey == nil)
    }

    /// Many spells: four named, then how many more.
    @Test func manySpellsAreCounted() throws {
        let rows = ["2023-01", "2023-03", "2023-05", "2023-07", "2023-09", "2023-11"].map { ("A", $0) }
        let k = try chart(rows).gapKey ?? ""
        #expect(k.hasPrefix("A line breaks where no record gives a figure (February 2023; April 2023; June 2023; August 2023; and 1 more)"), "\(k)")
    }
}
