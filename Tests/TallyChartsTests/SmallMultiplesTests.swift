import Testing
import TallyCore
@testable import TallyCharts

/// Issue 13, item 5: past four series a timeline is small multiples, one panel per
/// series on one scale, aligned.
@Suite struct SmallMultiplesTests {
    func chart(_ n: Int, annotated: Bool = false) -> TimelineChart {
        let k0 = PeriodKind.month.parseLabel("2021-01")!
        let series = (0 ..< n).map { s in
            TimelineChart.Series(name: "Governorate number \(s)", kind: .flow, points: (0 ..< 12).map { i in
                let b = Int64((s + 1) * 100 + i * 7 * (s + 1))
                return TimelineChart.Sample(periodKey: k0 + Int32(i), day: PeriodKind.month.firstDay(k0 + Int32(i)),
                                            estimate: Estimate(unchecked: b * 8 / 10, best: b, high: b * 12 / 10))
            })
        }
        return TimelineChart(period: .month, series: series,
                             annotations: annotated ? [TimelineChart.Annotation(day: CalendarDay("2021-06-01")!, text: "Talks")] : [],
                             text: ChartText(title: "Killed per month by governorate", subtitle: "Best estimate per month",
                                             source: "Source: test"))
    }

    @Test func pastFourSeriesAutoIsSmallMultiples() {
        #expect(chart(4).arrangement(nil) == .overlay)
        #expect(chart(5).arrangement(nil) == .smallMultiples)
        #expect(chart(8).arrangement(nil) == .smallMultiples)
        #expect(chart(2).arrangement(.smallMultiples) == .smallMultiples)
        #expect(chart(8).arrangement(.overlay) == .overlay)
        // Annotations are drawn on an overlay: auto keeps it, an explicit choice is refused.
        #expect(chart(6, annotated: true).arrangement(nil) == .overlay)
        #expect(chart(6, annotated: true).arrangementProblem(.smallMultiples)?.contains("draw no annotations") == true)
        #expect(chart(6, annotated: true).arrangementProblem(nil) == nil)
    }

    @Test(arguments: [(5, 1200.0, 675.0), (8, 1200, 900), (6, 800, 700), (5, 400, 1400), (8, 400, 2000)])
    func panelsShareOneScaleAndAlign(n: Int, width: Double, height: Double) {
        let sm = SmallMultiples(chart(n))
        let size = Size(width: width, height: height)
        let plots = sm.plots(size: size, theme: .light, canvas: RecordingCanvas())
        #expect(plots.count == n)
        let columns = SmallMultiples.columns(width: width - 56)
        for (i, p) in plots.enumerated() {
            #expect(abs(p.width - plots[0].width) < 0.01 && abs(p.height - plots[0].height) < 0.01, "panel \(i) differs in size")
            #expect(abs(p.minY - plots[(i / columns) * columns].minY) < 0.01, "panel \(i) not on its row's line")
            #expect(abs(p.minX - plots[i % columns].minX) < 0.01, "panel \(i) not in its column")
            #expect(p.minX >= 0 && p.maxX <= width && p.maxY <= height)
            #expect(p.height >= 40, "panel \(i) plot only \(p.height) high")
        }
        // One value axis for all: every panel prints the same tick labels.
        let canvas = RecordingCanvas()
        sm.draw(on: canvas, size: size, theme: .light)
        let texts = canvas.texts
        let ticks = texts.filter { $0.string.allSatisfy { $0.isNumber || $0 == "," } && !$0.string.isEmpty }
        #expect(Set(ticks.map(\.string)).count <= 8)
        // No text over another, none off the canvas, none under 12 px.
        for (i, a) in texts.enumerated() {
            #expect(a.box.minX >= -0.5 && a.box.maxX <= width + 0.5 && a.box.minY >= -0.5 && a.box.maxY <= height + 0.5,
                    "'\(a.string)' leaves the canvas at \(width)×\(height)")
            for b in texts[(i + 1)...] { #expect(!a.box.intersects(b.box), "'\(a.string)' overlaps '\(b.string)' at \(width)×\(height)") }
        }
        for case let .text(s, _, font, _, _, _) in canvas.operations {
            #expect(font.size >= Theme.minimumTextSize, "'\(s)' at \(font.size) px")
        }
        // Every series is named once, by its panel.
        for s in sm.chart.series { #expect(texts.filter { $0.string == s.name }.count == 1) }
    }

    @Test func moreRowsNeedMoreHeight() {
        let canvas = RecordingCanvas()
        let a = SmallMultiples(chart(5)).fit(width: 400, theme: .light, canvas: canvas)
        let b = SmallMultiples(chart(8)).fit(width: 400, theme: .light, canvas: canvas)
        #expect(b.minimumHeight > a.minimumHeight)
        #expect(a.naturalHeight >= a.minimumHeight && b.naturalHeight >= b.minimumHeight)
        // And the natural height leaves each panel's plot room.
        let plots = SmallMultiples(chart(8)).plots(size: Size(width: 400, height: b.naturalHeight), theme: .light, canvas: canvas)
        #expect(plots.allSatisfy { $0.height >= 100 })
    }
}
