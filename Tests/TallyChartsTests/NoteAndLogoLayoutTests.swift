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

    /// F4: a timeline's notes wrap beside their rule or point, inside the canvas.
    @Test func timelineNotesWrapBesideTheirRuleOrPoint() throws {
        let long = "The government and its allies began a large offensive on the south of Idlib governorate, with heavy air strikes on towns and hospitals; hundreds of thousands of people fled north towards the Turkish border over the following months"
        let k0 = PeriodKind.month.parseLabel("2018-01")!
        let points: [TimelineChart.Sample] = (0..<24).map { i in
            let key = k0 + Int32(i)
            return TimelineChart.Sample(periodKey: key, day: PeriodKind.month.firstDay(key),
                                        estimate: est(Int64(100 + 10 * i), Int64(150 + 10 * i), Int64(200 + 10 * i)))
        }
        let line = TimelineChart.Series(name: "Syria", kind: .flow, points: points)
        let cases: [[String]] = [["2019-06-01=" + long], ["@2019-06=" + long], ["@2018-03=Eastern Ghouta offensive kills more than a thousand people in one month"],
                                 ["2018-02-01=" + long], (2...5).map { "@2018-0\($0)=Eastern Ghouta offensive kills more than a thousand people in one month, by the count of the monitors" },
                                 ["2019-06-01=" + long, "@2018-03=Eastern Ghouta offensive kills more than a thousand people in one month"]]
        for width in [400.0, 800.0, 1_200.0] {
            for (n, arguments) in cases.enumerated() {
                var chart = TimelineChart(period: .month, series: [line], annotations: arguments.map { TimelineChart.Annotation(argument: $0)! },
                                          text: ChartText(title: "Killed per month", source: "Source: test"))
                #expect(chart.resolveNotes() == nil)
                let canvas = RecordingCanvas()
                let fit = chart.fit(width: width, theme: .light, canvas: canvas)
                let here = "\(Int(width)) wide, case \(n)"
                #expect(fit.widthProblem == nil, "\(here)")
                let size = Size(width: width, height: fit.naturalHeight)
                let theme = Theme.light.fitted(toWidth: width)
                let layout = TimelineLayout(chart: chart, size: size, theme: theme, canvas: canvas)
                layout.draw(on: canvas, theme: theme)
                checkTexts(canvas, size: size, here)
                for mark in layout.annotations {
                    // Beside its rule: starting 5 right of it or ending 5 left of it.
                    #expect(abs(mark.box.minX - (mark.x + 5)) < 1e-6 || abs(mark.box.maxX - (mark.x - 5)) < 1e-6, "\(here): \(mark.box) rule \(mark.x)")
                    #expect(mark.box.maxY <= layout.plot.minY)
                    let drawn = mark.lines.map { Bidi.stripped($0) }.joined(separator: " ")
                    #expect(drawn == long, "\(here): \(drawn)")
                }
                for note in layout.pointNotes {
                    #expect(note.box.minX >= layout.plot.minX - 1e-6 && note.box.maxX <= layout.plot.maxX + 1e-6, "\(here): \(note.box)")
                    #expect(note.box.minY >= layout.plot.minY - 1e-6 && note.box.maxY <= layout.plot.maxY + 1e-6, "\(here): \(note.box)")
                    #expect(abs(note.box.minX - (note.point.x + 8)) < 1e-6 || abs(note.box.maxX - (note.point.x - 8)) < 1e-6
                            || note.box.minX <= note.point.x && note.point.x <= note.box.maxX, "\(here): note far from its point")
                    let drawn = note.lines.map { Bidi.stripped($0) }.joined(separator: " ")
                    #expect(arguments.contains { $0.hasSuffix("=" + drawn) }, "\(here): \(drawn)")
                }
            }
        }
    }
}
