import Testing
import TallyCore
@testable import TallyCharts

/// Issue 13, item 6: text drawn in a series colour reads at WCAG's 4.5:1.
@Suite struct ContrastTests {
    let white = Color(hex: 0xFFFFFF)

    @Test func formulaGivesWCAGsFigures() {
        // The ratios quoted in the issue and WCAG's fixed points.
        #expect(abs(Color(hex: 0x000000).contrastRatio(with: white) - 21) < 1e-9)
        #expect(abs(white.contrastRatio(with: white) - 1) < 1e-9)
        #expect(abs(Theme.OkabeIto.orange.contrastRatio(with: white) - 2.25) < 0.01)
        #expect(abs(Theme.OkabeIto.skyBlue.contrastRatio(with: white) - 2.31) < 0.01)
        #expect(abs(Theme.OkabeIto.yellow.contrastRatio(with: white) - 1.32) < 0.01)
        // #767676 is the lightest grey with 4.5:1 on white, #777777 just misses.
        #expect(Color(hex: 0x767676).contrastRatio(with: white) >= 4.5)
        #expect(Color(hex: 0x777777).contrastRatio(with: white) < 4.5)
        // Symmetric.
        #expect(Theme.OkabeIto.blue.contrastRatio(with: white) == white.contrastRatio(with: Theme.OkabeIto.blue))
    }

    @Test func everySeriesTextColourPassesInBothThemes() {
        for theme in [Theme.light, Theme.dark] {
            for i in theme.series.indices {
                let text = theme.seriesTextColor(i)
                let ratio = text.contrastRatio(with: theme.background)
                #expect(ratio >= 4.5, "series \(i) text at \(ratio):1")
                // Only as much darker as needed: a colour that already passes is kept.
                if theme.seriesColor(i).contrastRatio(with: theme.background) >= 4.5 {
                    #expect(text == theme.seriesColor(i))
                } else {
                    #expect(text.mixed(with: theme.seriesColor(i), amount: 0.05).quantized.contrastRatio(with: theme.background) < ratio + 0.5)
                }
            }
            // The fixed text colours pass too.
            for c in [theme.text, theme.mutedText, theme.annotation] {
                #expect(c.contrastRatio(with: theme.background) >= 4.5)
            }
        }
    }

    @Test func shadesStayInTheirHue() {
        // Darkened orange is still orange: red above green above blue.
        let orange = Theme.OkabeIto.orange.readable(on: white)
        #expect(orange.red > orange.green && orange.green > orange.blue)
        #expect(orange.red < Theme.OkabeIto.orange.red)
        // On the dark background, dark blue is lightened instead.
        let blue = Theme.OkabeIto.blue.readable(on: Theme.dark.background)
        #expect(blue.relativeLuminance > Theme.OkabeIto.blue.relativeLuminance)
        #expect(blue.contrastRatio(with: Theme.dark.background) >= 4.5)
    }

    @Test func directLabelsOnATimelineUseTheReadableShade() {
        let k0 = PeriodKind.month.parseLabel("2021-01")!
        let series: [TimelineChart.Series] = (0..<8).map { s in
            let v = Int64(100 * s)
            let points: [TimelineChart.Sample] = (0..<6).map { (i: Int) -> TimelineChart.Sample in
                let key: Int32 = k0 + Int32(i)
                return TimelineChart.Sample(periodKey: key, day: PeriodKind.month.firstDay(key), estimate: est(v, v, v))
            }
            return TimelineChart.Series(name: "S\(s)", kind: .flow, points: points)
        }
        for theme in [Theme.light, Theme.dark] {
            let chart = TimelineChart(period: .month, series: series, text: ChartText(title: "T", source: "S"))
            let canvas = RecordingCanvas()
            chart.draw(on: canvas, size: Size(width: 1_200, height: 675), theme: theme)
            #expect(TimelineLayout(chart: chart, size: Size(width: 1_200, height: 675), theme: theme, canvas: RecordingCanvas()).naming == .direct)
            var checked = 0
            for op in canvas.operations {
                if case let .text(_, _, _, color, _, _) = op {
                    #expect(color.contrastRatio(with: theme.background) >= 4.5, "text colour \(color)")
                    checked += 1
                }
            }
            #expect(checked > 10)
        }
    }
}
