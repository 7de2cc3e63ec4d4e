import Testing
import TallyCharts
import TallyCore
import TallyIO
@testable import TallyReport

/// Issue 13, item 2 in the brief: no text on a page is cut with "…". Every text a
/// report draws wraps (its block grows), or the run is refused with 64 naming what
/// does not fit. Checked over a grid of lengths in every place a text goes.
@Suite struct NothingCutTests {
    /// Distinct words, so each can be found on the page: `w0 w1 w2 …`.
    static func words(_ n: Int) -> String { (0 ..< n).map { "w\($0)" }.joined(separator: " ") }

    enum Place: String, CaseIterable { case title, subtitle, heading, cell, column, comparison, measure, message }

    func content(_ text: String, in place: Place) -> ReportContent {
        let headline = Headline(measure: place == .measure ? text : "killed", kind: .flow, figure: .exactly(7), events: 2,
                                lastObserved: nil,
                                comparisons: [place == .comparison ? text : "March 2023: 3 (April 2023 is partial; no change given)"])
        let table = TableContent(columns: ["Country", place == .column ? text : "Actor", "Killed"], numeric: [false, false, true],
                                 rows: [["Syria", place == .cell ? text : "IS", "7"], ["Iraq", "PMF", "2"]], note: "")
        let sections = [
            SectionContent(title: place == .heading ? text : "Headline figures", body: .summary([headline])),
            SectionContent(title: "By place", body: .table(table)),
            SectionContent(title: "Chart", body: .chart(ChartContent(id: "c", drawing: nil,
                                                                     emptyMessage: place == .message ? text : "No records."))),
        ]
        return ReportContent(title: place == .title ? text : "Brief", subtitle: place == .subtitle ? text : "Monthly brief",
                             kind: .month, periodKey: 24279, periodName: "April 2023", periodLabel: "2023-04", isEmpty: false,
                             sections: sections,
                             sources: SourcesContent(datasets: [], rowsRead: 1, namedSources: [], creationDate: "2023-05-01",
                                                     periodRule: "chosen"))
    }

    /// Lays out and draws every page (frames too); the texts drawn, or the refusal.
    func render(_ content: ReportContent, style: PageStyle) -> Result<[(string: String, box: Rect)], TallyError> {
        let canvas = RecordingDocumentCanvas()
        let layout = PageLayout(style: style, canvas: canvas)
        let items: [FlowItem]
        do { items = try layout.items(for: content) } catch { return .failure(error) }
        let (pages, _) = layout.paginate(items)
        let drawer = PageDrawer(style: style, content: content)
        for (i, page) in pages.enumerated() {
            drawer.drawFrame(on: canvas, page: i + 1, of: pages.count)
            for block in page { drawer.draw(block, on: canvas) }
            // Nothing runs off the page it is on (checked page by page).
            for b in page { #expect(b.y + b.height <= style.content.maxY + 0.01, "\(b.block) below the page") }
        }
        return .success(canvas.base.texts)
    }

    @Test(arguments: [1, 4, 12, 40, 150, 3000])
    func everyTextWrapsOrIsRefused(length: Int) {
        let style = PageStyle(paper: .a4)
        let text = Self.words(length)
        for place in Place.allCases {
            switch render(content(text, in: place), style: style) {
            case let .success(texts):
                let drawn = texts.map(\.string)
                #expect(!drawn.contains { $0.contains("…") }, "\(place) \(length): an ellipsis")
                let seen = Set(drawn.joined(separator: " ").split(separator: " ").map(String.init))
                let missing = text.split(separator: " ").map(String.init).filter { !seen.contains($0) }
                #expect(missing.isEmpty, "\(place) \(length) words: \(missing.count) words not drawn, first \(missing.prefix(3))")
                // Inside the text column (the running header and page number too).
                for t in texts {
                    #expect(t.box.minX >= style.content.minX - 0.5 && t.box.maxX <= style.content.maxX + 0.5,
                            "\(place) \(length): '\(t.string.prefix(30))' leaves the column: \(t.box)")
                }
            case let .failure(error):
                // Refused only when the text cannot fit; short texts always fit.
                #expect(length >= 150, "\(place) \(length) words refused: \(error.message)")
                // A text from the data (a table's cell, a measure's name) is a data error
                // (audit9 F5); one from the spec a usage error.
                let fromData = place == .cell || place == .measure
                #expect(error.exitCode == (fromData ? 65 : 64) && error.message.contains("does not fit"), "\(place): \(error.message)")
                #expect(error.message.utf8.count < 600)
            }
        }
    }

    /// The bundled brief's comparison ("March 2023: 3 (April 2023 is partial; no
    /// change given)") was cut to "no ch…"; it now takes two lines and the headline row
    /// grows to hold them.
    @Test func aLongComparisonTakesTwoLinesAndTheRowGrows() throws {
        let style = PageStyle(paper: .a4)
        let layout = PageLayout(style: style, canvas: RecordingDocumentCanvas())
        let short = Headline(measure: "killed", kind: .flow, figure: .exactly(7), events: 2, lastObserved: nil,
                             comparisons: ["March 2023: 3 (+133%)", "April 2022: before the data"])
        var long = short
        long.comparisons[0] = "March 2023: 3 (April 2023 is partial; no change given)"
        let a = try layout.headlineLines(short, periodName: "April 2023", kind: .month)
        let b = try layout.headlineLines(long, periodName: "April 2023", kind: .month)
        #expect(a.comparisons.map(\.count) == [1, 1])
        #expect(b.comparisons[0].count == 2)
        #expect(b.comparisons[0].joined(separator: " ") == long.comparisons[0])
        #expect(b.height == a.height + HeadlineLines.continuationStep)
    }

    /// A table whose figure columns alone are wider than the page is refused, not drawn
    /// off its right edge.
    @Test func aTableTooWideForThePageIsRefused() {
        let style = PageStyle(paper: .a4)
        let layout = PageLayout(style: style, canvas: RecordingDocumentCanvas())
        let columns = ["Actor"] + (0 ..< 9).map { "Measure \($0)" }
        let table = TableContent(columns: columns, numeric: [false] + Array(repeating: true, count: 9),
                                 rows: [["A"] + Array(repeating: "1,234,567 (1,000,000–2,000,000)", count: 9)], note: "")
        #expect(throws: TallyError.self) { _ = try layout.geometry(table, title: "Wide") }
        do { _ = try layout.geometry(table, title: "Wide") } catch {
            #expect(error.exitCode == 64 && error.message.contains("table 'Wide' does not fit the page width"), "\(error.message)")
        }
    }
}
