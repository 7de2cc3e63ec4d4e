import Testing
import TallyCharts
import TallyCore
@testable import TallyReport

/// Issue 13: report text in a right-to-left script (an Arabic title, heading, note or
/// place name) wrapped with every line aligned left. Each line of a right-to-left
/// paragraph now aligns right, the first and the later ones alike.
@Suite struct RightToLeftTextTests {
    static let arabic = "قتل عدد كبير من المدنيين في محافظة إدلب خلال شهر نيسان بحسب التقارير الواردة من المستشفيات والمنظمات المحلية"
        + " وقد ارتفع العدد مقارنة بالشهر السابق في معظم المناطق الشمالية"

    func content() -> ReportContent {
        let long = Self.arabic
        let table = TableContent(columns: ["Place", "Killed"], numeric: [false, true],
                                 rows: [[long, "7"], ["Idlib", "2"]], note: "")
        let sections = [
            SectionContent(title: long, body: .notes([.paragraph([StyledRun(long)]), .bullet([StyledRun(long)]),
                                                      .paragraph([StyledRun("An English note that is long enough to wrap onto a second line of the page, "
                                                                            + "as any note of a few sentences does on A4 paper.")])])),
            SectionContent(title: "By place", body: .table(table)),
        ]
        return ReportContent(title: long, subtitle: "Monthly brief", kind: .month, periodKey: 24279, periodName: "April 2023",
                             periodLabel: "2023-04", isEmpty: false, sections: sections,
                             sources: SourcesContent(datasets: [], rowsRead: 1, namedSources: [], creationDate: "2023-05-01",
                                                     periodRule: "chosen"))
    }

    @Test func everyLineOfARightToLeftParagraphAlignsRight() throws {
        let style = PageStyle(paper: .a4)
        let canvas = RecordingDocumentCanvas()
        let layout = PageLayout(style: style, canvas: canvas)
        let (pages, _) = layout.paginate(try layout.items(for: content()))
        let drawer = PageDrawer(style: style, content: content())
        for page in pages { for block in page { drawer.draw(block, on: canvas) } }
        let words = Set(Self.arabic.split(separator: " ").map(String.init))
        var arabicLines: [(Rect, TextAnchor)] = [], englishLines: [Rect] = []
        for op in canvas.base.operations {
            guard case let .text(s, _, _, _, anchor, box) = op else { continue }
            let plain = Bidi.stripped(s)
            if let w = plain.split(separator: " ").first, words.contains(String(w)) { arabicLines.append((box, anchor)) }
            if plain.hasPrefix("An English") || plain.hasPrefix("as any note") || plain.contains("few sentences") { englishLines.append(box) }
        }
        // Title (cover), heading, two notes and a table cell: each wraps.
        #expect(arabicLines.count >= 10, "\(arabicLines.count)")
        let right = style.content.maxX
        var cellRights = 0
        for (box, anchor) in arabicLines {
            #expect(anchor.horizontal == .right)
            if abs(box.maxX - right) < 0.01 { continue }
            // A bullet's lines end an indent short; a table cell's at its column's edge less the padding.
            cellRights += 1
            #expect(box.maxX < right && box.maxX > style.content.minX + 40)
        }
        #expect(cellRights >= 2, "a cell's or a bullet's lines end short of the page's edge")
        #expect(!englishLines.isEmpty && englishLines.allSatisfy { abs($0.minX - style.content.minX) < 0.01 })
    }

    /// review15 item 2: the report's own words on a left-to-right page were drawn as
    /// they are, and an Arabic place name took the figures after it into its run
    /// ("By place: … (163–156) 158 حلب"). Every such line is isolated left to right, the
    /// name apart from its figures; English lines are drawn as they are.
    @Test func theReportsOwnWordsIsolateAnArabicNameOnALeftToRightPage() {
        let drawer = PageDrawer(style: PageStyle(paper: .a4), content: content())
        let line = "By place: Idlib 307 (300–323); حلب 158 (156–163); Ar Raqqah 135"
        #expect(drawer.plain(line) == Bidi.leftToRightRun(line))
        #expect(drawer.plain(line).contains("\u{2067}حلب\u{2069} \u{2066}158\u{2069}"))
        #expect(drawer.plain("Killed 307 (300–323)") == "Killed 307 (300–323)")
        // A wrapped line of that paragraph starting with the name stays left to right.
        #expect(drawer.isolated("حلب 158 (156–163)", paragraph: line).hasPrefix("\u{200E}\u{2066}\u{2067}حلب"))
    }

    @Test func aParagraphsLinesShareItsDirection() {
        let layout = PageLayout(style: PageStyle(paper: .a4), canvas: RecordingDocumentCanvas())
        let lines = layout.paragraph([StyledRun(Self.arabic + " (UN OCHA, 2023)")]).compactMap { item -> TextLine? in
            if case let .line(l) = item.block { return l } else { return nil }
        }
        #expect(lines.count >= 2 && lines.allSatisfy(\.rightToLeft))
        let english = layout.paragraph([StyledRun("Idlib " + Self.arabic)]).compactMap { item -> TextLine? in
            if case let .line(l) = item.block { return l } else { return nil }
        }
        #expect(english.allSatisfy { !$0.rightToLeft })
    }
}
