import Testing
#if canImport(Glibc)
import Glibc
#endif
import TallyCharts
import TallyCore
import TallyTestSupport
@testable import TallyCairo

/// Issue 13, item 7: a style's logo may be an SVG, drawn by librsvg as vectors, the
/// same bytes every run; what it cannot draw faithfully is refused with what to do.
@Suite struct SVGLogoTests {
    let logo = packageRoot + "/Reports/styles/desk-logo.svg"

    func write(_ text: String) -> String {
        let path = scratchFolder("svglogo") + "/l.svg"
        let f = fopen(path, "wb")!
        _ = text.utf8CString.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count - 1, f) }
        fclose(f)
        return path
    }

    @Test func theBundledLogoHasItsSize() throws {
        #expect(try SVGLogo.size(logo).get() == Size(width: 120, height: 40))
        // A viewBox alone gives the size.
        let boxed = write("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 60 30\"><rect width=\"60\" height=\"30\"/></svg>")
        #expect(try SVGLogo.size(boxed).get() == Size(width: 60, height: 30))
    }

    @Test(arguments: [
        ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"9\" height=\"9\"><text x=\"1\" y=\"8\">DESK</text></svg>", "has text (<text>)"),
        ("<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\" width=\"9\" height=\"9\"><svg:text>D</svg:text></svg:svg>", "has text"),
        ("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"9\" height=\"9\">"
         + "<image xlink:href=\"desk.png\" width=\"9\" height=\"9\"/></svg>", "refers to \"desk.png\" outside the file"),
        ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"9\" height=\"9\"><rect fill=\"url( 'http://x.org/p.svg#g' )\" width=\"9\" height=\"9\"/></svg>",
         "refers to \"http://x.org/p.svg#g\""),
        ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"9\" height=\"9\"><style>@import url(#a);</style></svg>", "@import"),
        ("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"9\" height=\"9\"/></svg>", "has no size"),
        ("not an svg", "is not an SVG file librsvg can read"),
    ])
    func whatCannotBeDrawnFaithfullyIsRefused(svg: String, says: String) {
        guard case let .failure(e) = SVGLogo.size(write(svg)) else { Issue.record("accepted: \(svg)"); return }
        #expect(e.description.contains(says), "\(e)")
    }

    @Test func referencesInsideTheFileAreFine() throws {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"9\" height=\"9\"><defs><linearGradient id=\"g\"/></defs>"
            + "<rect fill=\"url(#g)\" width=\"9\" height=\"9\"/><use href=\"#g\"/><textarea-not-svg/>"
            + "<!-- no <text> here: comments draw nothing --></svg>"
        #expect(try SVGLogo.size(write(svg)).get() == Size(width: 9, height: 9))
    }

    /// Review 13: a CDATA section is character data: a style sheet or a script that
    /// mentions `<text>` (or `<svg:text>`) draws no text and was refused as if it did.
    /// A style sheet's reference inside CDATA is still read, so still refused.
    @Test func cdataIsNotElements() throws {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"9\" height=\"9\">"
            + "<style><![CDATA[ /* labels were <text> and <svg:text>, now paths */ rect { fill: #123 } ]]></style>"
            + "<script type=\"application/ecmascript\"><![CDATA[ var s = '<text>'; ]]></script><rect width=\"9\" height=\"9\"/></svg>"
        #expect(try SVGLogo.size(write(svg)).get() == Size(width: 9, height: 9))
        let imports = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"9\" height=\"9\">"
            + "<style><![CDATA[ rect { fill: url(http://x.org/p.svg#g) } ]]></style><rect width=\"9\" height=\"9\"/></svg>"
        guard case let .failure(e) = SVGLogo.size(write(imports)) else { Issue.record("accepted"); return }
        #expect(e.description.contains("refers to \"http://x.org/p.svg#g\""), "\(e)")
        // Text after a CDATA section is still found.
        let after = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"9\" height=\"9\"><style><![CDATA[ x ]]></style><text>D</text></svg>"
        guard case let .failure(t) = SVGLogo.size(write(after)) else { Issue.record("accepted text after CDATA"); return }
        #expect(t.description.contains("has text"))
    }

    func chart() -> BarChart {
        BarChart(bars: [BarChart.Bar(label: "Idlib", estimate: .exactly(300)), BarChart.Bar(label: "Aleppo", estimate: .exactly(90))],
                 text: ChartText(title: "Killed by governorate", subtitle: "November 2019", source: "Source: UCDP GED"))
    }

    @Test func aChartWithAnSVGLogoIsTheSameBytesEveryRunAndDrawsIt() throws {
        var theme = Theme.light
        theme.logo = Logo(file: logo, width: 120, height: 40, placement: .topRight)
        var options = RenderOptions(width: 800, height: 400, scale: 1)
        options.theme = theme
        for format in [ChartFormat.png, .pdf, .svg] {
            let a = try ChartRenderer.render(chart(), format: format, options: options)
            let b = try ChartRenderer.render(chart(), format: format, options: options)
            #expect(a == b, "\(format)")
        }
        // The orange bar of the logo is drawn where the logo goes (top right).
        let frame = FrameLayout(text: chart().text, size: Size(width: 800, height: 400), theme: theme.fitted(toWidth: 800),
                                canvas: RecordingCanvas())
        let rect = try #require(frame.logoRect)
        let image = PixelImage(width: 800, height: 400) { canvas in chart().draw(on: canvas, size: Size(width: 800, height: 400), theme: theme) }
        let k = rect.width / 120
        #expect(close(image.pixel(rect.minX + 27 * k, rect.minY + 20 * k), Color(hex: 0xE69F00), tolerance: 8))
        #expect(close(image.pixel(rect.minX + 3 * k, rect.minY + 3 * k), Color(hex: 0x1C1C1C), tolerance: 8))
        // In a PDF the logo is vectors: no image is embedded.
        let pdf = try ChartRenderer.render(chart(), format: .pdf, options: options)
        #expect(count("/Subtype /Image", in: pdf) == 0)
    }
}
