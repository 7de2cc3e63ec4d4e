import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import TallyCharts
import TallyCore
@testable import TallyCairo

/// Whether `bytes` parse as XML (libxml2 through Foundation's XMLParser).
func parsesAsXML(_ bytes: [UInt8]) -> Bool {
    let parser = XMLParser(data: Data(bytes))
    return parser.parse()
}

/// A canvas that measures like ``RecordingCanvas`` and counts the work: how many
/// strings and characters were measured.
final class CountingCanvas: Canvas {
    var calls = 0
    var characters = 0
    func fill(_ rect: Rect, color: Color) {}
    func line(from start: Point, to end: Point, color: Color, width: Double, dash: [Double]) {}
    func stroke(_ points: [Point], color: Color, width: Double) {}
    func fill(_ polygon: [Point], color: Color) {}
    func fillCircle(center: Point, radius: Double, color: Color) {}
    func text(_ string: String, at point: Point, font: Font, color: Color, anchor: TextAnchor) {}
    func measure(_ string: String, font: Font) -> TextMetrics {
        calls += 1
        let n = string.count
        characters += n
        return TextMetrics(width: Double(n) * font.size * 0.6, ascent: font.size * 0.8, descent: font.size * 0.25)
    }
    func pushClip(_ rect: Rect) {}
    func popClip() {}
}

@Suite struct LongTextTests {
    /// Issue 9 item 10: shortening a label measured every shorter prefix (quadratic:
    /// 10,000 characters took 8 s). Now: one measurement of the whole text and a
    /// logarithmic number of short prefixes.
    @Test(arguments: [100, 10_000, 100_000])
    func truncationMeasuresLogarithmicallyMany(length: Int) {
        let canvas = CountingCanvas()
        let text = String(repeating: "Islamic State ", count: length / 14 + 1)
        let cut = LabelPlacement.truncate(text, toWidth: 300, font: Font(size: 12), canvas: canvas)
        #expect(cut.hasSuffix("…"))
        #expect(canvas.measure(cut, font: Font(size: 12)).width <= 300)
        // The longest prefix that fits is found: one more character would not fit.
        let kept = cut.dropLast().count
        #expect(Double(kept) >= 300 / 7.2 - 2)
        #expect(canvas.calls <= 40, "\(canvas.calls) measurements")
        #expect(canvas.characters <= text.count + 40 * 100, "\(canvas.characters) characters measured")
    }

    @Test func truncationEdgeCases() {
        let canvas = CountingCanvas()
        let f = Font(size: 10)  // 6 units per character
        #expect(LabelPlacement.truncate("abc", toWidth: 18, font: f, canvas: canvas) == "abc")
        #expect(LabelPlacement.truncate("abcd", toWidth: 18, font: f, canvas: canvas) == "ab…")
        #expect(LabelPlacement.truncate("abcd", toWidth: 5, font: f, canvas: canvas) == "…")
        #expect(LabelPlacement.truncate("a   bcdefgh", toWidth: 30, font: f, canvas: canvas) == "a…")
        #expect(LabelPlacement.truncate("", toWidth: 0, font: f, canvas: canvas) == "")
        #expect(LabelPlacement.longestFittingPrefix(upTo: 0) { _ in true } == 0)
        for limit in [1, 2, 3, 7, 100, 1000] {
            for answer in 0...min(limit, 20) {
                #expect(LabelPlacement.longestFittingPrefix(upTo: limit) { $0 <= answer } == answer)
            }
            #expect(LabelPlacement.longestFittingPrefix(upTo: limit) { _ in true } == limit)
            for guess in [0, 1, 2, 5, 50, 999, 5000] {
                for answer in [0, 1, 2, 3, 7, 40, 999] where answer <= limit {
                    #expect(LabelPlacement.longestFittingPrefix(upTo: limit, near: guess) { $0 <= answer } == answer)
                }
            }
        }
    }

    @Test func wrapStopsMeasuringAtTheLastLine() {
        let canvas = CountingCanvas()
        let text = String(repeating: "word ", count: 20_000)
        let lines = LabelPlacement.wrap(text, toWidth: 600, font: Font(size: 12), canvas: canvas, maxLines: 2)
        #expect(lines.count == 2)
        #expect(lines[1].hasSuffix("…"))
        #expect(canvas.calls <= 200, "\(canvas.calls) measurements")
    }

    /// Wrapping without loss (headlines, notes, bar labels): a 100,000-character word
    /// measured the whole rest of the word for every line it filled (quadratic).
    @Test(arguments: [1_000, 100_000])
    func wrappingALongWordMeasuresAboutALineAtATime(length: Int) {
        let canvas = CountingCanvas()
        let word = String(repeating: "X", count: length)
        let lines = TextWrap.lines("Killed in " + word + " and more", width: 300, font: Font(size: 12), canvas: canvas)
        #expect(lines.joined().filter { $0 != " " } == ("Killed in " + word + " and more").filter { $0 != " " })
        #expect(lines.dropLast().allSatisfy { canvas.measure($0, font: Font(size: 12)).width <= 300 })
        // Each full line costs two or three measurements of about a line's length (the
        // search starts from the last line's length): linear in the word, not quadratic,
        // and not the seven or so of a bisection per line.
        #expect(canvas.characters <= 4 * length + 2_000, "\(canvas.characters) characters measured")
    }

    /// Issue 9 review: an 8 MB name ran `chart bar` for minutes at 870 MB, because the
    /// text past the last line a chart could hold came back as one line that callers
    /// then measured whole. That rest is now cut to twice a line's characters: every
    /// measurement stays about a line long, whatever the text's length, with spaces or
    /// without, in one paragraph or many.
    @Test(arguments: ["words", "one word", "paragraphs"])
    func textPastTheLastLineIsNeverMeasuredWhole(shape: String) {
        let text = switch shape {
        case "words": String(repeating: "Liberation Front ", count: 120_000)
        case "one word": String(repeating: "X", count: 2_000_000)
        default: String(repeating: "Army of the\n", count: 150_000)
        }
        let font = Font(size: 12)
        for maxLines in [3, TextWrap.lineLimit(font: font)] {
            let canvas = CountingCanvas()
            let lines = TextWrap.lines(text, width: 300, font: font, canvas: canvas, maxLines: maxLines)
            let bound = TextWrap.characterBound(width: 300, font: font)
            #expect(lines.count == maxLines + 1, "a text that needs more lines says so with one more")
            #expect(lines.allSatisfy { $0.count <= 2 * bound }, "\(lines.map(\.count).max() ?? 0) characters in a line")
            // What was measured is a few lines' worth per line, never the text's length.
            #expect(canvas.characters <= 8 * bound * (maxLines + 1), "\(canvas.characters) characters measured")
            #expect(lines.last!.count > bound / 2, "the extra line is wider than a line, so it reads as \"too long\"")
        }
    }

    /// The whole renderer, with Pango measuring: a 100,000-character name, title and
    /// source in every format finish in seconds (it took minutes). Text is never cut
    /// (issue 13), so such a chart cannot fit 1200×675: it is refused, quickly, with a
    /// message naming the text and the bound (``TextBounds``); text within the bounds
    /// renders at the height it needs.
    /// The time bound (issue 9 item 10) is checked as a whole process by
    /// bench/hostile/render_and_specs.py, not here: a timed unit test fails on a loaded machine.
    @Test func hundredThousandCharacterNamesAreRefusedAndShorterOnesDrawn() throws {
        let long = String(repeating: "Ansar al-Sharia fi Bilad al-Sham ", count: 100_000 / 33)
        let chart = BarChart(bars: [.init(label: long, estimate: est(5_000, 6_000, 7_000)),
                                    .init(label: "Kabul", estimate: est(3_000, 3_000, 3_000))],
                             text: ChartText(title: long, subtitle: "Subtitle", source: "Source: " + long))
        for format in ChartFormat.allCases {
            do {
                _ = try ChartRenderer.render(chart, format: format, options: RenderOptions())
                Issue.record("a 100,000-character headline was drawn on 1200×675")
            } catch {
                // Past the bounds of TextBounds (review9c #17): refused before measuring.
                #expect(error.description.contains("is 99,990 characters long; a chart draws at most"), "\(error.description)")
            }
        }
        // Within the bounds (a name 300 characters, a headline and subtitle 400, the foot
        // 2,000) the chart takes the height it needs and renders.
        let phrase = "Ansar al-Sharia fi Bilad al-Sham "
        let name = String(repeating: phrase, count: 9), heading = String(repeating: phrase, count: 12)
        let fits = BarChart(bars: [.init(label: name, estimate: est(5_000, 6_000, 7_000))],
                            text: ChartText(title: heading, subtitle: heading, source: String(repeating: phrase, count: 60)))
        let fit = ChartRenderer.fit(fits, width: 1200, theme: .light)
        for format in ChartFormat.allCases {
            let bytes = try ChartRenderer.render(fits, format: format, options: RenderOptions(height: Int(fit.naturalHeight)))
            #expect(bytes.count > 1000)
        }
    }
}

@Suite struct XMLSafeSVGTests {
    /// Issue 9 item 16: a name with U+FFFE or U+FFFF (or a C0 control) made the SVG
    /// invalid XML, which browsers refuse to show.
    @Test(arguments: ["Iraq\u{FFFE}", "\u{FFFF}Syria", "Kabul\u{1}\u{8}\u{B}\u{C}\u{1F}", "a\u{FFFE}\u{FFFF}b & <c>",
                      "\u{7F}\u{85}\u{9F}", "مرحبا\u{FFFE}", "x" + String(Unicode.Scalar(0x1FFFE)!) + String(Unicode.Scalar(0x10FFFF)!) + String(Unicode.Scalar(0xFDD0)!)])
    func everySVGParses(name: String) throws {
        let chart = BarChart(bars: [.init(label: name, estimate: est(5, 6, 7)), .init(label: "Kabul", estimate: est(3, 3, 3))],
                             text: ChartText(title: "Killed in " + name, subtitle: name, source: "Source: " + name))
        let svg = try ChartRenderer.render(chart, format: .svg, options: RenderOptions())
        #expect(parsesAsXML(svg))
        let timeline = TimelineChart(period: .month, series: [
            TimelineChart.Series(name: name, kind: .flow, points: (0..<3).map {
                let k = PeriodKind.month.parseLabel("2021-01")! + Int32($0)
                return .init(periodKey: k, day: PeriodKind.month.firstDay(k), estimate: est(1, 2, 3))
            })], annotations: [TimelineChart.Annotation(argument: "2021-02-01=" + name)!],
            text: ChartText(title: name, subtitle: name, source: name))
        #expect(parsesAsXML(try ChartRenderer.render(timeline, format: .svg, options: RenderOptions())))
        #expect(parsesAsXML(try ChartRenderer.render(chart, format: .svg,
                                                     options: RenderOptions(fontFamily: "DejaVu Sans"))))
    }

    @Test func escapeKeepsValidCharactersAndReplacesTheRest() {
        #expect(SVGTextLayer.escape("a\u{FFFE}b\u{FFFF}c") == "a\u{FFFD}b\u{FFFD}c")
        #expect(SVGTextLayer.escape("\u{1}x") == "\u{FFFD}x")
        #expect(SVGTextLayer.escape("tab\there") == "tab\there")
        #expect(SVGTextLayer.escape("\u{FFFD}\u{E000}\u{10000}") == "\u{FFFD}\u{E000}\u{10000}")
    }
}
