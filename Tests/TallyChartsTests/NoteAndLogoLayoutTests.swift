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
}
