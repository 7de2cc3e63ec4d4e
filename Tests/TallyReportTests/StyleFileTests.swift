import Foundation
import Testing
import TallyCharts
import TallyCore
import TallyIO
import TallyTestSupport
@testable import TallyReport

/// Issue 13, item 7: style files.
@Suite struct StyleFileTests {
    func parse(_ yaml: String, file: String = "/tmp/s.yml") throws(TallyError) -> ChartStyle {
        try StyleFile.parse(yaml, file: file)
    }

    func usage(_ yaml: String) -> String {
        do { _ = try parse(yaml); return "" } catch { #expect(error.exitCode == 64); return error.message }
    }

    @Test func shippedStylesLoad() throws {
        let d = try StyleFile.load(packageRoot + "/Reports/styles/default.yml")
        // The default written out is the built-in look.
        #expect(d.theme.series == Theme.light.series)
        #expect(d.theme.text == Theme.light.text)
        #expect(d.theme.titleFont.size == Theme.light.titleFont.size)
        #expect(d.width == 1200)
        let p = try StyleFile.load(packageRoot + "/Reports/styles/print-serif.yml")
        #expect(p.theme.titleFont.family == "DejaVu Serif")
        #expect(p.theme.tickFont.family == "DejaVu Sans")
        #expect(p.theme.labelFont.family == "DejaVu Serif")
        #expect(p.theme.logo?.placement == .bottomRight)
        // 120×40 PNG at height 28: 84 wide.
        #expect(abs((p.theme.logo?.width ?? 0) - 84) < 1e-9)
        #expect(p.theme.logo?.file == packageRoot + "/Reports/styles/desk-logo.png")
        #expect(p.theme.credit.hasPrefix("Chart: Graphics desk"))
        // The same logo as an SVG (issue 13, item 7; it was refused): sized from its width and height.
        let svg = try parse("logo:\n  file: desk-logo.svg\n  height: 30\n", file: packageRoot + "/Reports/styles/s.yml")
        #expect(svg.theme.logo?.file == packageRoot + "/Reports/styles/desk-logo.svg")
        #expect(abs((svg.theme.logo?.width ?? 0) - 90) < 1e-9)
        #expect(p.theme.series.count == 6 && p.theme.primary == Color(hex: 0x1F3A5F))
    }

    /// A style file saved with a byte-order mark reads as without (issue 9 review, item 4).
    @Test func aStyleFileStartingWithAByteOrderMarkReadsAsWithout() throws {
        let yaml = "fonts:\n  body: DejaVu Sans\nsize:\n  width: 900\n"
        let plain = try parse(yaml)
        let marked = try parse("\u{FEFF}" + yaml)
        #expect(marked == plain && marked.width == 900)
        let path = NSTemporaryDirectory() + "tally-bom-style-\(getpid()).yml"
        try Data([0xEF, 0xBB, 0xBF] + Array(yaml.utf8)).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try StyleFile.load(path) == plain)
        #expect(usage("\u{FEFF}fonts:\n  bogus: 1\n").hasPrefix("/tmp/s.yml:2: fonts.bogus"))
    }

    @Test func aFamilyThatIsNotInstalledIsAnErrorNamingIt() {
        let m = usage("fonts:\n  body: DejaVu Sans\n  headline: No Such Family Anywhere\n")
        #expect(m.contains("/tmp/s.yml:3: fonts.headline") && m.contains("'No Such Family Anywhere' is not installed"))
    }

    @Test func everyMistakeNamesFileLineAndKey() {
        #expect(usage("theme: light\nfont:\n  body: x\n").contains("/tmp/s.yml:2: font: unknown key"))
        #expect(usage("colours:\n  text: blue\n").contains("colours.text: \"blue\" is not a colour"))
        #expect(usage("colours:\n  text: \"#BBBBBB\"\n").contains("colours.text: text in this colour reads at 1.92:1"))
        #expect(usage("colours:\n  background: \"#000000\"\n").contains("4.5:1"))
        #expect(usage("type:\n  tick: 9\n").contains("type.tick: expected a number from 12 to 96"))
        #expect(usage("theme: sepia\n").contains("\"sepia\" is not a theme"))
        #expect(usage("palette: []\n").contains("palette: expected a list of one to eight colours"))
        // Hostile review of issue 13: white bars on white drew nothing with exit 0.
        #expect(usage("palette: [\"#0072B2\", \"#FFFFFF\"]\n").contains("palette[1]: bars and lines in this colour read at 1.00:1"))
        #expect(usage("colours:\n  background: \"#000000\"\n  text: \"#FFFFFF\"\n  muted: \"#BBBBBB\"\n  annotation: \"#BBBBBB\"\npalette: [\"#000000\"]\n")
            .contains("palette[0]"))
        #expect(usage("logo:\n  file: logo.gif\n").contains("must be a PNG or SVG file"))
        #expect(usage("logo:\n  file: missing.svg\n").contains("/tmp/missing.svg\" cannot be read"))
        #expect(usage("logo:\n  file: missing.png\n").contains("is not a readable PNG"))
        let logo = packageRoot + "/Reports/styles/desk-logo.png"
        #expect(usage("logo:\n  file: \(logo)\n  placement: middle\n").contains("/tmp/s.yml:3: logo.placement"))
        #expect(usage("size:\n  width: 5\n").contains("size.width"))
        #expect(usage("- a\n").contains("expected a mapping"))
    }

    /// Review 10c F12: a PNG logo past Cairo's 32,767 pixels drew nothing, and a logo of
    /// 1000:1 (or 1:1000) was a hairline or invisible, exit 0. Refused, naming the size.
    @Test func logosThatCannotBeDrawnVisiblyAreRefused() throws {
        let dir = temporaryFolder()
        func png(_ w: UInt32, _ h: UInt32, _ name: String) -> String {
            var b: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
            for v in [w, h] { b += [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
            b += [8, 6, 0, 0, 0, 0, 0, 0, 0]
            FileManager.default.createFile(atPath: dir + "/" + name, contents: Data(b))
            return dir + "/" + name
        }
        #expect(usage("logo:\n  file: \(png(40_000, 4_000, "wide.png"))\n").contains("40000×4000 pixels, and Cairo draws images of at most 32,767"))
        #expect(usage("logo:\n  file: \(png(1_000, 1, "strip.png"))\n").contains("is 1000×1: a logo between 1:10 and 20:1"))
        #expect(usage("logo:\n  file: \(png(1, 1_000, "sliver.png"))\n").contains("is 1×1000"))
        FileManager.default.createFile(atPath: dir + "/strip.svg",
                                       contents: Data("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1000000 1\"><rect width=\"9\" height=\"1\"/></svg>".utf8))
        #expect(usage("logo:\n  file: \(dir)/strip.svg\n").contains("is 1000000×1"))
        // The shipped logos (3:1) are fine.
        #expect(!usage("logo:\n  file: \(packageRoot)/Reports/styles/desk-logo.png\n").contains("logo.file"))
        // Review 9d: the shape drawn is the viewBox's (fitted into width × height), so a
        // square logo of a 100000:1 viewBox, an invisible hairline, is refused; stretched
        // (preserveAspectRatio none) it is drawn square and allowed.
        func svg(_ attributes: String, _ name: String) -> String {
            FileManager.default.createFile(atPath: dir + "/" + name, contents: Data(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" \(attributes)><rect width=\"100000\" height=\"1\"/></svg>".utf8))
            return dir + "/" + name
        }
        #expect(usage("logo:\n  file: \(svg("width=\"100\" height=\"100\" viewBox=\"0 0 100000 1\"", "hair.svg"))\n")
            .contains("hair.svg\" draws its viewBox, 100000×1, inside 100×100 keeping its shape: a logo between 1:10 and 20:1"))
        #expect(usage("logo:\n  file: \(svg("width=\"100\" height=\"100\" viewBox=\"0 0 1 1000\" preserveAspectRatio=\"xMinYMin slice\"", "sliver.svg"))\n")
            .contains("draws its viewBox, 1×1000"))
        #expect(!usage("logo:\n  file: \(svg("width=\"100\" height=\"100\" viewBox=\"0 0 100000 1\" preserveAspectRatio=\"none\"", "stretched.svg"))\n")
            .contains("logo.file"))
        #expect(!usage("logo:\n  file: \(svg("width=\"300\" height=\"100\" viewBox=\"0 0 30 10\"", "fits.svg"))\n").contains("logo.file"))
        // A PNG cut short (its image data or its end chunk missing) decodes to nothing: refused.
        let whole = try Data(contentsOf: URL(fileURLWithPath: packageRoot + "/Reports/styles/desk-logo.png"))
        for (cut, name) in [(whole.count / 2, "half.png"), (whole.count - 30, "cut.png"), (whole.count - 12, "noend.png")] {
            FileManager.default.createFile(atPath: dir + "/" + name, contents: whole.prefix(cut))
            #expect(usage("logo:\n  file: \(dir)/\(name)\n").contains("\(name)\" cannot be decoded whole: the file is cut short"), "\(name)")
            #expect(usage("logo:\n  file: \(dir)/\(name)\n").contains("export the logo again as PNG"))
        }
    }

    /// Issue 9 review (d): a style file's anchors, depth and size were refused as "a
    /// report spec", sending its editor to the wrong file.
    @Test func guardMessagesNameAStyleFile() {
        let anchor = usage("colours: &c\n  text: \"#000000\"\nx: *c\n")
        #expect(anchor.contains("/tmp/s.yml:1: YAML anchor '&c': a style file may not use anchors"), "\(anchor)")
        let deep = usage("font: " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "\n")
        #expect(deep.contains("the style file nests more than 64 levels"), "\(deep)")
        let big = usage("theme: light\n" + String(repeating: "# padding\n", count: 120_000))
        #expect(big.contains("the style file is") && big.contains("a style file may be at most"), "\(big)")
        for message in [anchor, deep, big] { #expect(!message.contains("report spec"), "\(message)") }
    }

    /// Issue 9 review (d): U+2028 and U+2029 were called bidirectional characters.
    @Test func separatorsAreNamedAsSeparators() {
        #expect(FileNames.describe("\u{2028}") == "a line separator (U+2028)")
        #expect(FileNames.describe("\u{2029}") == "a paragraph separator (U+2029)")
        #expect(FileNames.describe("\u{202E}") == "a bidirectional formatting character (U+202E)")
        #expect(FileNames.describe("\n") == "a line feed (U+000A)")
    }

    @Test func aStyledChartUsesItsFontsColoursLogoAndCredit() throws {
        let style = try StyleFile.load(packageRoot + "/Reports/styles/print-serif.yml")
        let chart = BarChart(bars: [BarChart.Bar(label: "Kabul", estimate: est(3, 3, 3))],
                             text: ChartText(title: "Killed", source: "Source: test"))
        let canvas = RecordingCanvas()
        let fit = chart.fit(width: 1_200, theme: style.theme, canvas: canvas)
        chart.draw(on: canvas, size: Size(width: 1_200, height: fit.naturalHeight), theme: style.theme)
        var fonts: [String: String?] = [:]
        var images: [Rect] = []
        var fills: [Color] = []
        for op in canvas.operations {
            if case let .text(s, _, f, _, _, _) = op { fonts[s] = f.family }
            if case let .image(_, r) = op { images.append(r) }
            if case let .fillRect(_, c) = op { fills.append(c) }
        }
        #expect(fonts["Killed"] == "DejaVu Serif")
        #expect(fonts["Kabul"] == "DejaVu Serif")
        #expect(fonts["3"] == "DejaVu Sans")
        #expect(fonts["Chart: Graphics desk · CC BY 4.0"] != nil)
        #expect(images.count == 1)
        #expect(fills.contains(Color(hex: 0x1F3A5F)))
        // The logo sits in the footer, clear of every text.
        let logo = try #require(images.first)
        #expect(abs(logo.maxY - (fit.naturalHeight - 28)) < 1e-9)
        for t in canvas.texts { #expect(!t.box.intersects(logo), "\(t.string) under the logo") }
    }
}

private func est(_ low: Int64, _ best: Int64, _ high: Int64?) -> Estimate {
    Estimate(unchecked: low, best: best, high: high)
}

/// `style:` in a report spec, relative to the spec.
@Suite struct ReportStyleKeyTests {
    let minimal = """
    title: Brief
    datasets:
      - path: ../Datasets/a.csv
        source: S
        licence: CC BY 4.0
    sections:
      - type: summary
    """

    @Test func styleKeyLoadsTheFileBesideTheSpec() throws {
        let spec = try SpecParser.parse(minimal + "\nstyle: styles/print-serif.yml\n", file: packageRoot + "/Reports/x.yml")
        #expect(spec.style?.theme.titleFont.family == "DejaVu Serif")
        #expect(try SpecParser.parse(minimal, file: packageRoot + "/Reports/x.yml").style == nil)
        do {
            _ = try SpecParser.parse(minimal + "\nstyle: styles/none.yml\n", file: packageRoot + "/Reports/x.yml")
            Issue.record("a missing style file was accepted")
        } catch {
            #expect(error.exitCode == 64)
            #expect(error.message.contains("x.yml:8: style: cannot read the style file"), "\(error.message)")
        }
    }
}
