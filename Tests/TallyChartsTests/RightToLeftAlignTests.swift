import Testing
import TallyCore
@testable import TallyCharts

/// Issue 13: a wrapped Arabic name's second line was drawn from the left like an
/// English one. Every line of a right-to-left paragraph aligns right, the first and
/// the later ones alike; a left-to-right one stays aligned left.
@Suite struct RightToLeftAlignTests {
    let arabic = "محافظة ريف دمشق الشمالية الشرقية البعيدة جدا عن المدينة القديمة وما حولها من القرى"

    @Test func aParagraphTakesTheDirectionOfItsFirstLetter() {
        #expect(Bidi.isRightToLeftParagraph("بلخ (Afghanistan)"))
        #expect(Bidi.isRightToLeftParagraph(Bidi.isolate("12 بلخ")))
        #expect(!Bidi.isRightToLeftParagraph("Balkh (بلخ)"))
        #expect(!Bidi.isRightToLeftParagraph("12, 13"))
        #expect(Bidi.isRightToLeftParagraph("שלום world"))
    }

    /// The label's text operations, in drawing order, with their anchors.
    func labelOps(_ canvas: RecordingCanvas, containing words: [String]) -> [(Point, TextAnchor, Rect)] {
        canvas.operations.compactMap {
            if case let .text(s, p, _, _, a, box) = $0, words.contains(where: { Bidi.stripped(s).contains($0) }) { return (p, a, box) }
            return nil
        }
    }

    @Test func aWrappedRightToLeftLabelAboveItsBarAlignsRightOnEveryLine() throws {
        let bars = [BarChart.Bar(label: arabic, estimate: .exactly(50)), BarChart.Bar(label: "Idlib Governorate of the north", estimate: .exactly(35))]
        let chart = BarChart(bars: bars, text: ChartText(title: "Killed", subtitle: "2023", source: "Source: test"))
        let size = Size(width: 400, height: 400)
        let canvas = RecordingCanvas()
        chart.draw(on: canvas, size: size, theme: .light)
        let layout = BarChartLayout(chart: chart, size: size, theme: Theme.light.fitted(toWidth: 400), canvas: RecordingCanvas())
        #expect(layout.labelPosition == .above)
        let row = layout.rows[0]
        try #require(row.labelLines.count >= 2)
        let ops = labelOps(canvas, containing: row.labelLines.map { Bidi.stripped($0) })
        #expect(ops.count == row.labelLines.count)
        for (point, anchor, box) in ops {
            #expect(anchor.horizontal == .right)
            #expect(abs(point.x - row.labelBox.maxX) < 0.001)
            #expect(abs(box.maxX - row.labelBox.maxX) < 0.001)
        }
        // The English name above its bar stays aligned left.
        let english = layout.rows[1]
        for (point, anchor, _) in labelOps(canvas, containing: english.labelLines.map { Bidi.stripped($0) }) {
            #expect(anchor.horizontal == .left && abs(point.x - english.labelBox.minX) < 0.001)
        }
    }

    @Test func aRightToLeftHeadlineAlignsRightOnEveryLineAndTheSourceKeepsItsOwnDirection() {
        let canvas = RecordingCanvas()
        let size = Size(width: 400, height: 300)
        let theme = Theme.light.fitted(toWidth: 400)
        let frame = FrameLayout(text: ChartText(title: arabic, subtitle: "", source: "Source: test\n" + arabic), size: size,
                                theme: theme, canvas: canvas)
        #expect(frame.titleLines.count >= 2)
        let right = frame.margin + (size.width - 2 * frame.margin)
        for line in frame.titleLines {
            #expect(abs(line.x + canvas.measure(line.text, font: theme.titleFont).width - right) < 0.001)
        }
        #expect(abs(frame.titleBox.maxX - right) < 0.001)
        #expect(frame.sourceLines[0].x == frame.margin)
        for line in frame.sourceLines.dropFirst() {
            #expect(abs(line.x + canvas.measure(line.text, font: theme.sourceFont).width - right) < 0.001)
        }
        // An English headline is where it always was.
        let english = FrameLayout(text: ChartText(title: "Killed by governorate, a headline long enough to wrap at this width",
                                                  subtitle: "", source: "Source: test"), size: size, theme: theme, canvas: canvas)
        #expect(english.titleLines.count >= 2 && english.titleLines.allSatisfy { $0.x == english.margin })
        #expect(english.titleBox.minX == english.margin)
    }
}
