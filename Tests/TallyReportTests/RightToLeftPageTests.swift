import Testing
import TallyCharts
import TallyCore
@testable import TallyReport

/// Issue 15, item 5 (and issue 13's leftover): the pages of a right-to-left brief. The
/// page is laid out left to right and drawn mirrored: every line ends at the right
/// margin, a table's first column is at the right, the running head's title at the
/// right and the period at the left, the contents' titles at the right and their page
/// numbers at the left; figures inside Arabic sentences keep their order.
@Suite struct RightToLeftPageTests {
    static let arabic = RightToLeftTextTests.arabic
    static let sentence = "قتل ما بين 5,000–7,000 شخص في حلب خلال الشهر بحسب التقارير"

    var style: PageStyle {
        var s = PageStyle(paper: .a4)
        s.theme.direction = .rightToLeft
        return s
    }

    func content() -> ReportContent {
        let table = TableContent(columns: ["المكان", "القتلى"], numeric: [false, true],
                                 rows: [["حلب", "1,200"], ["Idlib", "7"]], note: "")
        let sections = [
            SectionContent(title: "ملاحظات", body: .notes([.paragraph([StyledRun(Self.arabic)]),
                                                           .paragraph([StyledRun(Self.sentence)]),
                                                           .paragraph([StyledRun("An English note that stays in its own order.")])])),
            SectionContent(title: "حسب المكان", body: .table(table)),
        ]
        return ReportContent(title: "موجز شهري عن سوريا", subtitle: "نيسان 2023", kind: .month, periodKey: 24279, periodName: "April 2023",
                             periodLabel: "2023-04", isEmpty: false, sections: sections,
                             sources: SourcesContent(datasets: [], rowsRead: 1, namedSources: [], creationDate: "2023-05-01",
                                                     periodRule: "chosen"))
    }

    typealias Drawn = (text: String, drawn: String, anchor: TextAnchor, box: Rect)

    func drawn(_ canvas: RecordingDocumentCanvas) -> [Drawn] {
        canvas.base.operations.compactMap {
            if case let .text(s, _, _, _, a, box) = $0 { return (Bidi.stripped(s), s, a, box) }
            return nil
        }
    }

    /// Every block of the content drawn on a mirrored page.
    func drawPages() throws -> (RecordingDocumentCanvas, PageStyle) {
        let style = self.style
        let recording = RecordingDocumentCanvas()
        let layout = PageLayout(style: style, canvas: recording)
        let (pages, _) = layout.paginate(try layout.items(for: content()))
        let drawer = PageDrawer(style: style, content: content())
        let canvas = style.theme.direction.document(recording, width: style.size.width)
        for page in pages { for block in page { drawer.draw(block, on: canvas) } }
        return (recording, style)
    }

    @Test func everyLineEndsAtTheRightMarginArabicOrNot() throws {
        let (canvas, style) = try drawPages()
        let texts = drawn(canvas)
        let right = style.content.maxX
        let words = Set(Self.arabic.split(separator: " ").map(String.init))
        let arabicLines = texts.filter { t in t.text.split(separator: " ").first.map { words.contains(String($0)) } ?? false }
        #expect(arabicLines.count >= 2)
        for t in arabicLines { #expect(abs(t.box.maxX - right) < 0.01 && t.anchor.horizontal == .right, "\(t.text)") }
        let english = try #require(texts.first { $0.text.hasPrefix("An English") })
        #expect(abs(english.box.maxX - right) < 0.01)
        let heading = try #require(texts.first { $0.text == "ملاحظات" })
        #expect(abs(heading.box.maxX - right) < 0.01)
    }

    @Test func aRangeInsideAnArabicSentenceIsOneLeftToRightRun() throws {
        let (canvas, _) = try drawPages()
        let line = try #require(drawn(canvas).first { $0.text.contains("قتل ما بين") })
        // The sentence is isolated right to left, its range left to right as one run.
        #expect(line.drawn.hasPrefix(String(Bidi.rightToLeftMark) + String(Bidi.rightToLeftIsolate)))
        #expect(line.drawn.contains(String(Bidi.leftToRightIsolate) + "5,000\u{2013}7,000" + String(Bidi.popDirectionalIsolate)))
    }

    @Test func aRangeInAnArabicParagraphOfALeftToRightBriefIsIsolatedToo() throws {
        let style = PageStyle(paper: .a4)
        let canvas = RecordingDocumentCanvas()
        let layout = PageLayout(style: style, canvas: canvas)
        let (pages, _) = layout.paginate(try layout.items(for: content()))
        let drawer = PageDrawer(style: style, content: content())
        for page in pages { for block in page { drawer.draw(block, on: canvas) } }
        let line = try #require(drawn(canvas).first { $0.text.contains("قتل ما بين") })
        #expect(line.drawn.contains(String(Bidi.leftToRightIsolate) + "5,000\u{2013}7,000" + String(Bidi.popDirectionalIsolate)))
        #expect(abs(line.box.maxX - style.content.maxX) < 0.01)
    }

    @Test func aTablesFirstColumnIsAtTheRightAndFiguresAlignRight() throws {
        let (canvas, _) = try drawPages()
        let texts = drawn(canvas)
        let place = try #require(texts.first { $0.text == "المكان" })
        let killed = try #require(texts.first { $0.text == "القتلى" })
        #expect(place.box.minX > killed.box.maxX, "the first column is right of the second")
        let big = try #require(texts.first { $0.text == "1,200" })
        let small = try #require(texts.first { $0.text == "7" })
        #expect(abs(big.box.maxX - small.box.maxX) < 0.01, "figures line up at their units")
        #expect(big.box.maxX < place.box.minX)
        let aleppo = try #require(texts.first { $0.text == "حلب" })
        let idlib = try #require(texts.first { $0.text == "Idlib" })
        #expect(abs(aleppo.box.maxX - idlib.box.maxX) < 0.01, "names align at the column's right edge")
    }

    @Test func theRunningHeadAndTheContentsAreMirrored() {
        let style = self.style
        let recording = RecordingDocumentCanvas()
        let canvas = style.theme.direction.document(recording, width: style.size.width)
        let drawer = PageDrawer(style: style, content: content())
        drawer.drawFrame(on: canvas, page: 2, of: 3)
        drawer.drawContentsHeading(at: 100, on: canvas)
        drawer.drawContentsEntry(Anchor(title: "حسب المكان", page: 3, y: 200), at: 140, on: canvas)
        let texts = drawn(recording)
        let right = style.content.maxX, left = style.content.minX
        let title = texts.first { $0.text == "موجز شهري عن سوريا" }
        let period = texts.first { $0.text == "April 2023" }
        #expect(title.map { abs($0.box.maxX - right) < 0.01 } == true, "the running title ends at the right margin")
        #expect(period.map { abs($0.box.minX - left) < 0.01 } == true, "the period starts at the left margin")
        let entry = texts.first { $0.text == "حسب المكان" }
        let number = texts.first { $0.text == "3" }
        #expect(entry.map { abs($0.box.maxX - right) < 0.01 } == true)
        #expect(number.map { abs($0.box.minX - left) < 0.01 } == true)
        #expect(texts.first { $0.text == "Contents" }.map { abs($0.box.maxX - right) < 0.01 } == true)
        // The entry's link covers the same full-width line, and the page number is centred.
        #expect(recording.links.count == 1 && abs(recording.links[0].0.minX - left) < 0.01)
        #expect(texts.first { $0.text == "2 / 3" }.map { abs($0.box.midX - style.size.width / 2) < 0.01 } == true)
    }

    @Test func aChartIsPlacedNotMirroredTwice() throws {
        var style = self.style
        style.theme.direction = .rightToLeft
        let chart = BarChart(bars: [BarChart.Bar(label: "حلب", estimate: .exactly(10))], text: ChartText(title: "قتلى", source: "المصدر"))
        let units = style.chartUnits(for: chart)
        let recording = RecordingDocumentCanvas()
        let drawer = PageDrawer(style: style, content: content())
        drawer.draw(PlacedBlock(block: .chart(chart, units), y: 100, height: 300), on: style.theme.direction.document(recording, width: style.size.width))
        let ltr = RecordingDocumentCanvas()
        PageDrawer(style: PageStyle(paper: .a4), content: content()).draw(PlacedBlock(block: .chart(chart, units), y: 100, height: 300), on: ltr)
        let (o, scale) = try #require(recording.scaledOrigins.first)
        let (l, _) = try #require(ltr.scaledOrigins.first)
        // Mirrored about the page's middle: the chart spans the same margins.
        #expect(abs((o.x + units.width * scale) - (style.size.width - l.x)) < 0.01)
        #expect(o.y == l.y)
    }
}
