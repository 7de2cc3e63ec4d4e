import CCairo
import Testing
import TallyCharts
import TallyCore
@testable import TallyCairo

func est(_ low: Int64, _ best: Int64, _ high: Int64?) -> Estimate { Estimate(unchecked: low, best: best, high: high) }

let sampleBars = BarChart(bars: [
    .init(label: "بلخ", estimate: est(5_000, 6_000, 7_000)),
    .init(label: "Kabul", estimate: est(3_000, 3_000, 3_000)),
    .init(label: "Kunduz", estimate: est(1_200, 1_200, nil)),
    .init(label: "3 others", estimate: est(300, 500, 900), foldedCount: 3),
], text: ChartText(title: "Members by province", subtitle: "Latest observed size", source: "Source: test data"))

let sampleTimeline: TimelineChart = {
    let k0 = PeriodKind.month.parseLabel("2021-01")!
    func series(_ name: String, _ f: (Int) -> Int64) -> TimelineChart.Series {
        TimelineChart.Series(name: name, kind: .flow, points: (0..<24).map {
            let b = f($0)
            return .init(periodKey: k0 + Int32($0), day: PeriodKind.month.firstDay(k0 + Int32($0)), estimate: est(b / 2, b, b * 2))
        })
    }
    return TimelineChart(period: .month, series: [series("Balkh") { Int64(100 + $0 * 10) }, series("Kabul") { Int64(50 + $0 * 3) }],
                         annotations: [TimelineChart.Annotation(argument: "2021-08-15=Taliban takeover")!],
                         text: ChartText(title: "Killed per month", subtitle: "By province", source: "Source: test data"))
}()

/// Big-endian 32-bit integer at `offset`.
func be32(_ b: [UInt8], _ offset: Int) -> Int {
    (0..<4).reduce(0) { $0 << 8 | Int(b[offset + $1]) }
}

func count(_ needle: String, in bytes: [UInt8]) -> Int {
    let n = Array(needle.utf8)
    guard bytes.count >= n.count else { return 0 }
    var c = 0
    var i = 0
    while i <= bytes.count - n.count {
        if bytes[i] == n[0], bytes[i..<(i + n.count)].elementsEqual(n) { c += 1; i += n.count } else { i += 1 }
    }
    return c
}

/// Draws a chart on an in-memory image and gives access to its pixels, together with
/// the layout computed with the same (real) text metrics.
final class PixelImage {
    let surface: OpaquePointer
    let width: Int
    let height: Int
    let scale: Int

    init(width: Int, height: Int, scale: Int = 1, draw: (CairoCanvas) -> Void) {
        self.width = width * scale; self.height = height * scale; self.scale = scale
        surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width * scale), Int32(height * scale))
        let cr = cairo_create(surface)!
        cairo_scale(cr, Double(scale), Double(scale))
        do {
            let canvas = CairoCanvas(cairo: cr, fontFamily: RenderOptions.defaultFont)
            draw(canvas)
        }
        cairo_destroy(cr)
        cairo_surface_flush(surface)
    }

    deinit { cairo_surface_destroy(surface) }

    /// The colour at chart coordinates (x, y).
    func pixel(_ x: Double, _ y: Double) -> (r: UInt8, g: UInt8, b: UInt8) {
        let px = Int(x * Double(scale)), py = Int(y * Double(scale))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        let p = data + py * stride + px * 4
        return (p[2], p[1], p[0])
    }
}

func close(_ a: (r: UInt8, g: UInt8, b: UInt8), _ c: Color, tolerance: Int = 3) -> Bool {
    let e = c.rgb8
    return abs(Int(a.r) - Int(e.r)) <= tolerance && abs(Int(a.g) - Int(e.g)) <= tolerance && abs(Int(a.b) - Int(e.b)) <= tolerance
}

@Suite struct FormatTests {
    @Test func formatFromExtension() {
        #expect(ChartFormat(path: "out/chart.png") == .png)
        #expect(ChartFormat(path: "chart.PDF") == .pdf)
        #expect(ChartFormat(path: "a.b/chart.svg") == .svg)
        #expect(ChartFormat(path: "chart.jpg") == nil)
        #expect(ChartFormat(path: "chart") == nil)
        #expect(ChartFormat(path: "dir.png/chart") == nil)
    }

    @Test func pngHasExactPixelSize() throws {
        for (w, h, s) in [(1_200, 675, 1), (1_200, 675, 2), (640, 360, 3)] {
            let png = try ChartRenderer.render(sampleBars, format: .png, options: RenderOptions(width: w, height: h, scale: s))
            #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            #expect(String(decoding: png[12..<16], as: UTF8.self) == "IHDR")
            #expect(be32(png, 16) == w * s)
            #expect(be32(png, 20) == h * s)
        }
    }

    @Test func pdfIsOnePageWithEmbeddedFontsAndFixedDates() throws {
        let pdf = try ChartRenderer.render(sampleBars, format: .pdf, options: RenderOptions(), title: "Members by province")
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
        #expect(count("/Type /Page\n", in: pdf) + count("/Type /Page ", in: pdf) + count("/Type /Page>", in: pdf) == 1)
        #expect(count("/FontFile2", in: pdf) + count("/FontFile3", in: pdf) >= 1)
        #expect(count("/MediaBox [ 0 0 1200 675 ]", in: pdf) == 1)
        #expect(count("/CreationDate (20000101000000", in: pdf) + count("/CreationDate (D:20000101000000", in: pdf) == 1)
        #expect(count("/Title (Members by province)", in: pdf) == 1)
        #expect(count("/ToUnicode", in: pdf) >= 1)
    }

    @Test func svgIsSizedInPoints() throws {
        let svg = String(decoding: try ChartRenderer.render(sampleTimeline, format: .svg, options: RenderOptions()), as: UTF8.self)
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains("width=\"1200pt\" height=\"675pt\""))
        #expect(svg.hasSuffix("</svg>\n"))
    }

    @Test func sameChartSameBytesInEveryFormat() throws {
        for format in ChartFormat.allCases {
            for chart in [sampleBars as any ChartDrawing, sampleTimeline] {
                let a = try ChartRenderer.render(chart, format: format, options: RenderOptions(theme: .dark))
                let b = try ChartRenderer.render(chart, format: format, options: RenderOptions(theme: .dark))
                #expect(a == b, "\(format) differs between renders")
                #expect(a.count > 1_000)
            }
        }
    }

    @Test func svgCarriesItsWordsAsText() throws {
        let chart = BarChart(bars: [.init(label: "Tom & Jerry <gang>", estimate: est(5_000, 6_000, 7_000))],
                             text: ChartText(title: "Members \"now\"", source: "Source: test"))
        let svg = String(decoding: try ChartRenderer.render(chart, format: .svg, options: RenderOptions()), as: UTF8.self)
        #expect(svg.contains(">Tom &amp; Jerry &lt;gang&gt;</text>"))
        #expect(svg.contains(">6,000 (5,000–7,000)</text>"))
        #expect(svg.contains(">Members &quot;now&quot;</text>"))
        #expect(svg.contains("font-weight=\"bold\""))
        // The layer is invisible: the outlines above it are what is seen.
        #expect(svg.contains("fill-opacity:0"))
        #expect(SVGTextLayer.number(12.5) == "12.5")
        #expect(SVGTextLayer.number(3.999) == "4")
        #expect(SVGTextLayer.number(-0.25) == "-0.25")
    }

    @Test func svgIdsAreRenumbered() {
        let input = Array("<g id=\"surface977\"><use xlink:href=\"#surface977\"/><g id=\"surface12\"/>".utf8)
        #expect(String(decoding: SVGIdentifiers.renumber(input), as: UTF8.self)
                == "<g id=\"surface1\"><use xlink:href=\"#surface1\"/><g id=\"surface2\"/>")
    }

    @Test func sizesOutOfRangeAreRejected() {
        #expect(throws: RenderError.self) { try ChartRenderer.render(sampleBars, format: .png, options: RenderOptions(width: 0)) }
        #expect(throws: RenderError.self) { try ChartRenderer.render(sampleBars, format: .png, options: RenderOptions(width: 20_000, scale: 2)) }
    }
}

@Suite struct PixelTests {
    @Test func barsWhiskersAndBackgroundLandWhereTheLayoutSays() {
        for theme in [Theme.light, .dark] {
            var layout: BarChartLayout!
            let image = PixelImage(width: 1_200, height: 675) { canvas in
                sampleBars.draw(on: canvas, size: Size(width: 1_200, height: 675), theme: theme)
                layout = BarChartLayout(chart: sampleBars, size: Size(width: 1_200, height: 675), theme: theme, canvas: canvas)
            }
            #expect(close(image.pixel(3, 3), theme.background))
            #expect(close(image.pixel(1_196, 671), theme.background))
            let balkh = layout.rows[0]
            // Inside the bar, away from the whisker line.
            #expect(close(image.pixel(balkh.barRect.minX + 10, balkh.barRect.minY + 3), theme.primary))
            // The whisker continues past the bar's end, up to high.
            let w = balkh.whisker!
            #expect(close(image.pixel((balkh.barRect.maxX + w.high) / 2, balkh.centerY), theme.whisker, tolerance: 40))
            // … and nothing is drawn just past it.
            #expect(close(image.pixel(w.high + 4, balkh.barRect.minY + 1), theme.background))
            // The folded bar is grey.
            let others = layout.rows[3]
            #expect(close(image.pixel(others.barRect.minX + 3, others.barRect.minY + 2), theme.others))
            // The open-ended arrow is drawn right before its tip.
            let tip = layout.rows[2].arrowTip!
            #expect(close(image.pixel(tip.x - 3, tip.y), theme.whisker, tolerance: 60))
        }
    }

    @Test func scaledImageMatchesAtDoubleDensity() {
        var layout: BarChartLayout!
        let image = PixelImage(width: 600, height: 340, scale: 2) { canvas in
            sampleBars.draw(on: canvas, size: Size(width: 600, height: 340), theme: .light)
            layout = BarChartLayout(chart: sampleBars, size: Size(width: 600, height: 340), theme: .light, canvas: canvas)
        }
        #expect(image.width == 1_200)
        let kabul = layout.rows[1]
        #expect(close(image.pixel(kabul.barRect.midX, kabul.barRect.minY + 2), Theme.light.primary))
    }

    @Test func titleInkIsInTheTitleBox() {
        var frame: FrameLayout!
        let image = PixelImage(width: 1_200, height: 675) { canvas in
            sampleTimeline.draw(on: canvas, size: Size(width: 1_200, height: 675), theme: .light)
            frame = FrameLayout(text: sampleTimeline.text, size: Size(width: 1_200, height: 675), theme: .light, canvas: canvas)
        }
        var dark = 0
        var y = frame.titleBox.minY
        while y < frame.titleBox.maxY {
            var x = frame.titleBox.minX
            while x < frame.titleBox.maxX {
                if image.pixel(x, y).r < 100 { dark += 1 }
                x += 1
            }
            y += 1
        }
        #expect(dark > 200)
        // Right of the title, on the same line, the background is untouched.
        #expect(close(image.pixel(frame.titleBox.maxX + 20, frame.titleBox.midY), Theme.light.background))
    }

    @Test func arabicIsShapedByPango() {
        let image = PixelImage(width: 10, height: 10) { _ in }
        _ = image
        var widths: (joined: Double, letters: Double) = (0, 0)
        _ = PixelImage(width: 10, height: 10) { canvas in
            let font = Font(size: 20)
            widths.joined = canvas.measure("بلخ", font: font).width
            // The same letters with zero-width non-joiners stay in their isolated forms,
            // which are wider than the joined word.
            widths.letters = canvas.measure("ب\u{200C}ل\u{200C}خ", font: font).width
            // Isolate marks take no room.
            let plain = canvas.measure("بلخ 5,000–7,000", font: font).width
            #expect(abs(canvas.measure(Bidi.isolate("بلخ 5,000–7,000"), font: font).width - plain) < 0.5)
        }
        #expect(widths.joined > 0)
        #expect(widths.letters > widths.joined)
    }
}
