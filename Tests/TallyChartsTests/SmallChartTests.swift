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

    @Test func typeShrinksOnlyBelowTheFullWidthAndNeverBelowTwelve() {
        #expect(Theme.light.fitted(toWidth: 1_200) == .light)
        #expect(Theme.light.fitted(toWidth: 800) == .light)
        let half = Theme.light.fitted(toWidth: 600)
        #expect(half.titleFont.size == Theme.light.titleFont.size * 0.75)
        #expect(half.subtitleFont.size == Theme.light.subtitleFont.size * 0.75)
        #expect(half.spacing == 0.75)
        // 13 × 0.75 would be 9.75: held at 12 instead.
        #expect(half.tickFont.size == 12)
        for width in [100.0, 300, 400, 599, 799] {
            let t = Theme.light.fitted(toWidth: width)
            for f in [t.titleFont, t.subtitleFont, t.labelFont, t.valueFont, t.tickFont, t.sourceFont] {
                #expect(f.size >= Theme.minimumTextSize, "\(f.size) px at width \(width)")
            }
        }
    }

    /// Every text the chart drew, with its font size.
    func drawnTexts(_ canvas: RecordingCanvas) -> [(string: String, box: Rect, size: Double)] {
        canvas.operations.compactMap {
            if case let .text(s, _, font, _, _, box) = $0 { return (Bidi.stripped(s), box, font.size) }
            return nil
        }
    }

    /// The layout rules of issue 13 across a grid of widths, heights and name lengths:
    /// either the chart reports what does not fit (and a command refuses it), or no text
    /// overlaps other text, nothing leaves the canvas, no text is under 12 px, no text is
    /// shortened with "…", and every word of the headline, subtitle, source line and
    /// names is on the chart.
    @Test func layoutGridFitsOrSaysWhatDoesNot() {
        let names = ["Kabul", "Islamic State Khorasan Province", String(repeating: "Northern Governorate ", count: 4) + "of Balkh"]
        let notes = ["Source: test", "Chart: Graphics desk. Licence CC BY 4.0, https://creativecommons.org/licenses/by/4.0/ from figures of the generated test file"]
        let titles = ["Killed", String(repeating: "Killed by province in the north-eastern governorates ", count: 3)]
        var checked = 0, refused = 0
        for width in [320.0, 400, 600, 800, 1_200] {
            for title in titles {
                for note in notes {
                    for name in names {
                        let text = ChartText(title: title, subtitle: longText.subtitle, source: note)
                        let bars = (0..<12).map { (i: Int) -> BarChart.Bar in
                            let n = Int64(i)
                            let high: Int64? = i == 5 ? nil : 1_400 - 60 * n
                            return BarChart.Bar(label: i % 3 == 0 ? name : "Province \(i)", estimate: est(800 - 40 * n, 1_000 - 50 * n, high))
                        }
                        var tl = timeline()
                        tl.text = text
                        tl.series[0].name = name
                        let charts: [ChartDrawing] = [BarChart(bars: bars, text: text), tl]
                        for chart in charts {
                            let fit = chart.fit(width: width, theme: .light, canvas: RecordingCanvas())
                            var heights = [200.0, 300, 675, fit.naturalHeight, fit.minimumHeight]
                            if fit.widthProblem != nil { heights = [fit.naturalHeight] }
                            for height in heights {
                                let size = Size(width: width, height: height)
                                if let problem = fit.problem(width: width, height: height) {
                                    #expect(problem.contains("cannot") || problem.contains("--width"))
                                    #expect(height < fit.minimumHeight || fit.widthProblem != nil)
                                    refused += 1
                                    continue
                                }
                                checked += 1
                                let canvas = RecordingCanvas()
                                chart.draw(on: canvas, size: size, theme: .light)
                                check(canvas, size: size, words: [title, text.subtitle, note] + (chart is BarChart ? [name] : []),
                                      context: "\(type(of: chart)) \(Int(width))×\(Int(height)) title \(title.count) name \(name.count)")
                            }
                        }
                    }
                }
            }
        }
        // The grid exercises both outcomes.
        #expect(checked > 200)
        #expect(refused > 20)
    }

    func check(_ canvas: RecordingCanvas, size: Size, words: [String], context: String) {
        let texts = drawnTexts(canvas)
        let page = Rect(x: 0, y: 0, width: size.width, height: size.height)
        for (i, a) in texts.enumerated() {
            #expect(page.contains(a.box), "\(a.string) leaves the canvas: \(context)")
            #expect(a.size >= Theme.minimumTextSize, "\(a.string) at \(a.size) px: \(context)")
            #expect(!a.string.contains("…"), "\(a.string) is cut: \(context)")
            for b in texts[(i + 1)...] {
                // Lines that merely touch (to rounding) do not overlap.
                #expect(!a.box.insetBy(dx: 0.01, dy: 0.01).intersects(b.box), "\(a.string) overlaps \(b.string): \(context)")
            }
        }
        let drawn = Set(texts.flatMap { $0.string.split(separator: " ").map(String.init) })
        let joined = texts.map(\.string).joined()
        for word in words.flatMap({ $0.split(separator: " ").map(String.init) }) {
            // A word wider than a line is broken between characters: its pieces are all there.
            #expect(drawn.contains(word) || joined.contains(word), "\(word) is missing: \(context)")
        }
        for op in canvas.operations {
            if case let .fillRect(r, _) = op, r.width < size.width { #expect(page.contains(r), "a bar leaves the canvas: \(context)") }
        }
    }

    @Test func naturalHeightFollowsTheBars() {
        let text = ChartText(title: "Killed", source: "Source: test")
        let canvas = RecordingCanvas()
        func chart(_ n: Int) -> BarChart {
            BarChart(bars: (0..<n).map { BarChart.Bar(label: "P\($0)", estimate: est(1, Int64(100 - $0), 200)) }, text: text)
        }
        let three = chart(3).fit(width: 1_200, theme: .light, canvas: canvas)
        let thirty = chart(30).fit(width: 1_200, theme: .light, canvas: canvas)
        // Three bars do not leave most of a 16:9 frame empty; thirty get their rows.
        #expect(three.naturalHeight < 400)
        #expect(thirty.naturalHeight >= 30 * BarChartLayout.naturalBand)
        let layout = BarChartLayout(chart: chart(30), size: Size(width: 1_200, height: thirty.naturalHeight), theme: .light, canvas: canvas)
        #expect(layout.rows.count == 30)
        #expect(layout.foldedByLayout == 0)
        // At 675 they are folded, and the layout says how many bars went.
        let short = BarChartLayout(chart: chart(30), size: Size(width: 1_200, height: 675), theme: .light, canvas: canvas)
        #expect(short.foldedByLayout > 0)
        #expect(short.rows.count - 1 + short.foldedByLayout == 30)
        #expect(short.rows.last!.bar.foldedCount == short.foldedByLayout)
    }

    @Test func theFrameNeverDropsText() {
        let theme = Theme.light
        let short = FrameLayout(text: longText, size: Size(width: 1_200, height: 200), theme: theme, canvas: RecordingCanvas())
        #expect(short.subtitleBox != nil)
        #expect(short.titleLines.count == 1)
        let narrow = FrameLayout(text: longText, size: Size(width: 400, height: 675), theme: theme.fitted(toWidth: 400), canvas: RecordingCanvas())
        #expect(narrow.titleLines.count >= 2)
        #expect(narrow.subtitleLines.count >= 2)
        let words = (narrow.titleLines + narrow.subtitleLines + narrow.sourceLines).map(\.text).joined(separator: " ")
        #expect(words == [longText.title, longText.subtitle, longText.source].joined(separator: " "))
        // A 200-high chart cannot hold it: the fit says so, naming the parts.
        let fit = bars().fit(width: 1_200, theme: theme, canvas: RecordingCanvas())
        let problem = fit.problem(width: 1_200, height: 100)
        #expect(problem?.contains("the headline (1 line), the subtitle (1 line), the source line (1 line)") == true)
        #expect(fit.problem(width: 1_200, height: fit.minimumHeight) == nil)
    }

    @Test func valueAxesKeepThreeTicks() {
        let canvas = RecordingCanvas()
        for length in [40.0, 80, 120, 200, 400, 1_000] {
            for top in [1.0, 2, 7, 60_000, 100_000, 1_234_567] {
                let axis = ValueAxis(max: top, length: length, font: Font(size: 12), canvas: canvas)
                #expect(axis.ticks.values.count >= 3, "\(axis.labels) for \(top) on \(length)")
                #expect(axis.ticks.upper >= top)
                #expect(axis.ticks.step >= 1)
            }
        }
    }

    @Test func noteWrapsInsteadOfBeingCut() {
        let note = "Chart: Graphics desk. Data: CC BY 4.0, Uppsala Conflict Data Program, with thanks to the field teams"
        let chart = BarChart(bars: [BarChart.Bar(label: "Kabul", estimate: est(1, 2, 3))], text: ChartText(title: "Killed", source: note))
        let canvas = RecordingCanvas()
        let fit = chart.fit(width: 400, theme: .light, canvas: canvas)
        chart.draw(on: canvas, size: Size(width: 400, height: fit.naturalHeight), theme: .light)
        let drawn = canvas.texts.map(\.string)
        let lines = drawn.drop { !$0.hasPrefix("Chart: Graphics desk.") }
        #expect(lines.count >= 2)
        #expect(lines.joined(separator: " ").hasPrefix(note))
    }
}
