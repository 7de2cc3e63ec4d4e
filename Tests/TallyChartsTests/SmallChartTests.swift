import Testing
import TallyCore
@testable import TallyCharts

/// Charts far below the default size (a 300-unit social card, a 200-unit strip) must keep
/// their chart between the header and the source line, with no text over other text.
@Suite struct SmallChartTests {
    let longText = ChartText(title: "Killed by province in the north-eastern governorates",
                             subtitle: "Total, best estimate with low–high range; all dates in the data, January 2019 to December 2025",
                             source: "Source: hospital; field-report; ngo; and 7 more")

    func bars() -> BarChart {
        let list: [BarChart.Bar] = (0..<6).map { (i: Int) -> BarChart.Bar in
            let step = Int64(i) * 100
            return BarChart.Bar(label: "Province \(i)", estimate: est(800 - step, 1_000 - step, 1_400 - step))
        }
        return BarChart(bars: list, text: longText)
    }

    func timeline() -> TimelineChart {
        let k0 = PeriodKind.month.parseLabel("2021-01")!
        let series: [TimelineChart.Series] = (0..<3).map { (s: Int) -> TimelineChart.Series in
            let points: [TimelineChart.Sample] = (0..<24).map { (i: Int) -> TimelineChart.Sample in
                let key = k0 + Int32(i)
                let low = Int64(10 * s), best = Int64(20 * s + i), high = Int64(30 * s + 2 * i)
                return TimelineChart.Sample(periodKey: key, day: PeriodKind.month.firstDay(key), estimate: est(low, best, high))
            }
            return TimelineChart.Series(name: "Country \(s)", kind: .flow, points: points)
        }
        return TimelineChart(period: .month, series: series, text: longText)
    }

    @Test func typeShrinksOnlyBelowTheFullWidth() {
        #expect(Theme.light.fitted(toWidth: 1_200) == .light)
        #expect(Theme.light.fitted(toWidth: 800) == .light)
        let half = Theme.light.fitted(toWidth: 600)
        #expect(half.titleFont.size == Theme.light.titleFont.size * 0.75)
        #expect(half.tickFont.size == Theme.light.tickFont.size * 0.75)
        #expect(half.spacing == 0.75)
        // Never below 60 %.
        #expect(Theme.light.fitted(toWidth: 100).sourceFont.size == Theme.light.sourceFont.size * 0.6)
    }

    @Test func smallChartsKeepTextApartAndTheChartAboveTheSource() {
        let sizes = [Size(width: 300, height: 200), Size(width: 480, height: 300), Size(width: 1_200, height: 200),
                     Size(width: 600, height: 340)]
        for size in sizes {
            for chart in [bars() as ChartDrawing, timeline() as ChartDrawing] {
                let canvas = RecordingCanvas()
                chart.draw(on: canvas, size: size, theme: .light)
                let texts = canvas.texts
                let source = texts.first { $0.string.hasPrefix("Source:") }!
                for (i, a) in texts.enumerated() {
                    #expect(a.box.minX >= -0.5 && a.box.maxX <= size.width + 0.5, "\(a.string) leaves the \(size) chart")
                    for b in texts[(i + 1)...] {
                        #expect(!a.box.intersects(b.box), "\(a.string) overlaps \(b.string) at \(size)")
                    }
                }
                // Nothing is drawn across the source line.
                for op in canvas.operations {
                    if case let .fillRect(r, _) = op, r.width < size.width { #expect(r.maxY <= source.box.minY, "bar over the source at \(size)") }
                    if case let .polyline(p, _, _) = op { #expect(p.allSatisfy { $0.y <= source.box.minY }, "line over the source at \(size)") }
                }
            }
        }
    }

    @Test func theSubtitleGoesBeforeTheChartIsSquashed() {
        let theme = Theme.light
        let short = FrameLayout(text: longText, size: Size(width: 1_200, height: 200), theme: theme, canvas: RecordingCanvas())
        #expect(short.subtitleBox == nil)
        #expect(short.titleLines.count == 1)
        #expect(short.content.maxY <= short.sourceBox.minY)
        // At full size the header keeps both lines of both.
        let full = FrameLayout(text: longText, size: Size(width: 700, height: 675), theme: theme, canvas: RecordingCanvas())
        #expect(full.titleLines.count == 2)
        #expect(full.subtitleLines.count == 2)
    }
}
