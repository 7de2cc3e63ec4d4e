import Testing
import TallyCharts
import TallyCore
import TallyIO
@testable import TallyReport

/// Hostile review of issue 13 (F1, F2): a chart on a report page takes the height its
/// content needs up to the page, and what a page cannot hold is folded with a note or
/// refused, never cut or folded silently. Geometry on the layout, not pixels.
@Suite struct PageFitTests {
    let canvas = RecordingDocumentCanvas()

    func layout(_ paper: Paper = .a4) -> PageLayout { PageLayout(style: PageStyle(paper: paper), canvas: canvas) }

    /// `n` districts, largest first, with names that wrap to two lines beside the bars,
    /// and one whose name is not given.
    func bars(_ n: Int) -> BarChart {
        var bars = (0 ..< n).map { i in
            BarChart.Bar(label: "District number \(i) (Some Governorate, Syria)", estimate: .exactly(Int64(1000 - i)))
        }
        bars.append(BarChart.Bar(label: "Syria (district not given)", estimate: .exactly(5), isNotGiven: true))
        return BarChart(bars: bars, text: ChartText(title: "Killed by district", subtitle: "November 2019", source: "Source: test"))
    }

    /// F1: 16 bars used to be drawn in at most 470 units and fold to a few plus
    /// "N others" without a word; the page now gives them the height they need.
    @Test func barsTakeTheHeightTheyNeedUpToThePage() throws {
        let l = layout()
        let chart = bars(16)
        let (fitted, note) = try l.fitBars(chart, title: "Killed by district")
        #expect(note == nil)
        #expect(fitted.bars == chart.bars)
        let units = try l.chartUnits(fitted, title: "Killed by district")
        #expect(units.height > 470)
        #expect(units.height * l.style.chartScale <= l.style.content.height)
        #expect(fitted.foldedByLayout(size: units, theme: l.style.theme, canvas: canvas) == 0)
    }

    /// F1: more bars than a page holds are folded with a footnote under the chart and a
    /// message for stderr, and the alt text describes the bars that are drawn.
    @Test(arguments: [Paper.a4, .letter])
    func barsAPageCannotHoldAreFoldedAndSaidSo(paper: Paper) throws {
        let l = layout(paper)
        let chart = bars(60)
        let (fitted, note) = try l.fitBars(chart, title: "Killed by district")
        let message = try #require(note)
        let others = try #require(fitted.bars.first { $0.isOthers })
        let kept = fitted.bars.filter { !$0.isOthers && !$0.isNotGiven }.count
        #expect(kept > 10 && kept < 60)
        #expect(kept + others.foldedCount == 60)
        #expect(message.contains("the other \(others.foldedCount) groups are summed in \"\(others.label)\""))
        #expect(fitted.text.source.contains("A page holds \(kept + 1) bars"))
        #expect(fitted.altText.contains("The other \(others.foldedCount) groups together"))
        #expect(fitted.altText.contains("A page holds"))
        // The page draws every bar the folded chart has, no fewer.
        let units = try l.chartUnits(fitted, title: "Killed by district")
        #expect(units.height * l.style.chartScale <= l.style.content.height + 0.001)
        #expect(fitted.foldedByLayout(size: units, theme: l.style.theme, canvas: canvas) == 0)
        // The unfolded chart is refused by the page rather than folded silently.
        #expect(throws: TallyError.self) { try l.chartUnits(chart, title: "Killed by district") }
    }

    /// F1: a highlighted bar the page would fold away is refused, not published without
    /// its emphasis.
    @Test func aHighlightedBarThePageWouldFoldIsRefused() {
        var chart = bars(60)
        chart.highlighted = [chart.bars[55].label]
        #expect(throws: TallyError.self) { try layout().fitBars(chart, title: "Killed by district") }
    }

    func timeline(_ n: Int) -> SmallMultiples {
        let k0 = PeriodKind.month.parseLabel("2017-12")!
        let series = (0 ..< n).map { s in
            TimelineChart.Series(name: s == n - 1 ? "(province not given)" : "Governorate \(s)", kind: .flow,
                                 points: (0 ..< 24).map { i in
                let b = Int64(100 + i * 7 * (s + 1))
                return TimelineChart.Sample(periodKey: k0 + Int32(i), day: PeriodKind.month.firstDay(k0 + Int32(i)),
                                            estimate: Estimate(unchecked: b * 8 / 10, best: b, high: b * 12 / 10))
            })
        }
        return SmallMultiples(TimelineChart(period: .month, series: series, text: ChartText(
            title: "Killed per month by governorate",
            subtitle: "Governorates of Syria · Best estimate per month, shaded from low to high; December 2017 to November 2019",
            source: "Source: test · 6 smaller series not shown\nA second footnote line\nShading runs from low to high estimate.")))
    }

    /// F2: nine panels on A4 used to take their natural height, taller than the page,
    /// and run through the page number; now the chart fits its box on the page with
    /// every panel's plot readable, or is refused (64) naming it.
    @Test(arguments: [5, 8, 9, 10, 12, 16])
    func smallMultiplesFitThePageOrAreRefused(n: Int) throws {
        for paper in [Paper.a4, .letter] {
            let l = layout(paper)
            let chart = timeline(n)
            do {
                let units = try l.chartUnits(chart, title: "Killed per month by governorate")
                #expect(units.height * l.style.chartScale <= l.style.content.height + 0.001, "\(n) panels on \(paper)")
                let plots = chart.plots(size: units, theme: l.style.theme, canvas: canvas)
                #expect(plots.count == n)
                for p in plots {
                    #expect(p.height >= SmallMultiples.minimumPanelPlot - 0.5, "\(n) panels on \(paper)")
                    #expect(p.maxY <= units.height)
                }
            } catch {
                #expect(error.exitCode == 64)
                #expect(error.message.contains("Killed per month by governorate"))
                // Refused only when a page really cannot hold the panels at their minimum.
                let fit = chart.fit(width: l.style.chartUnitsWide, theme: l.style.theme, canvas: canvas)
                #expect(fit.minimumHeight > l.style.content.height / l.style.chartScale - 1, "\(n) panels on \(paper)")
            }
        }
        // Nine panels fit A4 (the review's case).
        if n == 9 { _ = try layout(.a4).chartUnits(timeline(9), title: "t") }
    }
}
