import Testing
import TallyCore
@testable import TallyCharts

/// Issue 13 review F4, F5, F7: notes and logos must stay inside the canvas, clear of
/// other text, and never squeeze text to a word or a letter per line.
@Suite struct NoteAndLogoLayoutTests {
    /// Every text box inside the canvas and at least 12 units tall-type; no two overlap.
    func checkTexts(_ canvas: RecordingCanvas, size: Size, _ where_: String) {
        let texts = canvas.texts.filter { !$0.string.isEmpty }
        for t in texts {
            #expect(t.box.minX >= -0.5 && t.box.maxX <= size.width + 0.5 && t.box.minY >= -0.5
                    && t.box.maxY <= size.height + 0.5, "\(where_): \(t.string) at \(t.box) leaves \(size)")
        }
        for op in canvas.operations {
            if case let .text(s, _, f, _, _, _) = op { #expect(f.size >= 12, "\(where_): \(s) at \(f.size)") }
        }
        for i in texts.indices {
            for j in texts.indices where j > i {
                let a = texts[i].box.insetBy(dx: 0.5, dy: 0.5), b = texts[j].box.insetBy(dx: 0.5, dy: 0.5)
                #expect(!a.intersects(b), "\(where_): \(texts[i].string) over \(texts[j].string)")
            }
        }
    }

    func bars(_ n: Int = 5) -> BarChart {
        let list = (0..<n).map { i in
            BarChart.Bar(label: "Province \(i)", estimate: est(800 - Int64(i) * 100, 1_000 - Int64(i) * 100, 1_400 - Int64(i) * 100))
        }
        return BarChart(bars: list, text: ChartText(title: "Killed by governorate", subtitle: "Total, best estimate",
                                                    source: "Source: test"))
    }

    /// F5: a 60–200 unit logo at 320–400 wide squeezed the headline to a letter per line.
    @Test func aLogoIsScaledToAQuarterOfTheWidth() throws {
        for width in [320.0, 400.0, 1_200.0] {
            for height in [28.0, 60.0, 80.0, 200.0] {
                for placement in Logo.Placement.allCases {
                    var theme = Theme.light
                    theme.logo = Logo(file: "/nonexistent.png", width: height * 3, height: height, placement: placement)
                    let chart = bars()
                    let canvas = RecordingCanvas()
                    let fit = chart.fit(width: width, theme: theme, canvas: canvas)
                    let size = Size(width: width, height: fit.naturalHeight)
                    chart.draw(on: canvas, size: size, theme: theme)
                    let here = "\(Int(width)) wide, logo \(Int(height * 3))×\(Int(height)) \(placement)"
                    checkTexts(canvas, size: size, here)
                    var logos: [Rect] = []
                    for op in canvas.operations { if case let .image(_, r) = op { logos.append(r) } }
                    let logo = try #require(logos.first)
                    #expect(logo.width <= width / 4 + 1e-9, "\(here): logo \(logo.width) wide")
                    #expect(abs(logo.width / logo.height - 3) < 1e-9, "\(here): logo shape changed")
                    #expect(logo.minX >= 0 && logo.maxX <= width && logo.minY >= 0 && logo.maxY <= size.height, "\(here)")
                    for t in canvas.texts { #expect(!t.box.intersects(logo), "\(here): \(t.string) under the logo") }
                    // No word of the headline is broken: "Killed by governorate" keeps its words whole.
                    let title = canvas.texts.filter { ["Killed", "by", "governorate", "Killed by", "by governorate",
                                                       "Killed by governorate"].contains($0.string) }
                    #expect(title.map(\.string).joined(separator: " ") == "Killed by governorate",
                            "\(here): headline drawn as \(title.map(\.string))")
                }
            }
        }
    }

    /// F7: a 100-character bar note left a 130-unit plot at 1200 wide; it wraps under its bar.
    @Test func aLongBarNoteWrapsUnderItsBar() throws {
        let long = "Government offensive on the south of the governorate from April, with Russian air support and many displaced"
        for width in [320.0, 400.0, 800.0, 1_200.0] {
            for (n, note) in [long, String(repeating: long + " ", count: 3), "Siege lifted"].enumerated() {
                var chart = bars()
                chart.bars[3].note = note
                let canvas = RecordingCanvas()
                let theme = Theme.light.fitted(toWidth: width)
                let fit = chart.fit(width: width, theme: .light, canvas: canvas)
                #expect(fit.widthProblem == nil, "\(Int(width)) wide, note \(n): \(fit.widthProblem ?? "")")
                let size = Size(width: width, height: fit.naturalHeight)
                let layout = BarChartLayout(chart: chart, size: size, theme: theme, canvas: canvas)
                layout.draw(on: canvas, theme: theme)
                let here = "\(Int(width)) wide, note \(n)"
                checkTexts(canvas, size: size, here)
                #expect(layout.plot.width >= 0.5 * layout.frame.content.width - 1 || layout.labelPosition == .beside
                        && layout.plot.width >= 0.4 * layout.frame.content.width,
                        "\(here): plot \(layout.plot.width) of \(layout.frame.content.width)")
                let row = try #require(layout.rows.first { $0.bar.note != nil })
                let box = try #require(row.noteBox)
                // Next to its bar: right after the value, or in the rows's own band under the bar.
                #expect(box.minY >= row.barRect.minY - 20 && box.minY <= row.barRect.maxY + 20, "\(here): note at \(box)")
                for other in layout.rows { #expect(!other.barRect.intersects(box), "\(here): note over a bar") }
                // Every character of the note is drawn.
                let drawn = row.noteLines.map { Bidi.stripped($0) }.joined(separator: " ")
                #expect(drawn.filter { !$0.isWhitespace }.hasSuffix(note.filter { !$0.isWhitespace }), "\(here): \(drawn)")
            }
        }
    }
}
