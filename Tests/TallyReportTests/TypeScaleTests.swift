import Testing
import TallyCharts
import TallyCore
@testable import TallyReport

/// Issue 13, item 10: one type scale, and contents that take no page of their own.
@Suite struct TypeScaleTests {
    @Test(arguments: [Paper.a4, .letter])
    func coverTitleOverSectionOverChartHeadlineOverBodyOverNotes(paper: Paper) {
        var style = PageStyle(paper: paper)
        for titleSize in [26.0, 40.0] {
            style.theme.titleFont.size = titleSize
            #expect(style.titleFont.size > style.headingFont.size)
            #expect(style.headingFont.size >= style.chartHeadlineSize, "a \(titleSize)-unit chart headline over its section")
            #expect(style.chartHeadlineSize > style.bodyFont.size)
            #expect(style.bodyFont.size > style.smallFont.size)
            #expect(style.subheadingFont.size > style.bodyFont.size && style.subheadingFont.size < style.headingFont.size)
        }
        // The default chart headline, 26 units scaled onto the page.
        #expect(abs(PageStyle(paper: .a4).chartHeadlineSize - 16.9) < 0.1)
    }

    func content(rows: Int, sections: Int) -> ReportContent {
        let table = TableContent(columns: ["Country", "Killed"], numeric: [false, true],
                                 rows: (0 ..< rows).map { ["Country \($0)", "\($0)"] }, note: "")
        return ReportContent(title: "T", subtitle: "S", kind: .month, periodKey: 24279, periodName: "April 2023",
                             periodLabel: "2023-04", isEmpty: false,
                             sections: (0 ..< sections).map { SectionContent(title: "Section \($0)", body: .table(table)) },
                             sources: SourcesContent(datasets: [], rowsRead: 1, namedSources: [], creationDate: "2023-05-01",
                                                     periodRule: "chosen"))
    }

    /// Contents appear past four pages, directly under the cover (page 1) or at the top
    /// of page 2 when the cover is full; every page has something besides the contents.
    @Test(arguments: [(8, 3), (30, 6), (45, 12), (12, 40)])
    func contentsSitOnTheCoverOrRightAfterIt(rows: Int, sections: Int) throws {
        let style = PageStyle(paper: .a4)
        let layout = PageLayout(style: style, canvas: RecordingDocumentCanvas())
        let items = try layout.items(for: content(rows: rows, sections: sections))
        let plain = layout.paginate(items).pages.count
        let (pages, anchors, contentsPage) = layout.paginateWithContents(items)
        if plain <= 4 {
            #expect(contentsPage == nil)
            return
        }
        let page = try #require(contentsPage)
        #expect(page <= 2)
        let blocks = pages[page - 1]
        func isContents(_ b: PlacedBlock) -> Bool {
            switch b.block { case .contentsHeading, .contentsEntry: true; default: false }
        }
        let at = try #require(blocks.firstIndex { if case .contentsHeading = $0.block { true } else { false } })
        #expect(at == (page == 1 ? 1 : 0), "right under the cover, or at the top of the next page")
        // A page holding only contents is one the contents fill and run past.
        for (i, p) in pages.enumerated() where p.allSatisfy(isContents) {
            #expect(pages[i + 1].first.map(isContents) == true, "page \(i + 1) holds only part of the contents")
        }
        let entries = pages.joined().filter(isContents).count - 1
        #expect(entries == anchors.count)
        #expect(anchors.count == sections + 1)
        for p in pages { for b in p { #expect(b.y + b.height <= style.content.maxY + 0.01) } }
    }
}
