import TallyCairo
import TallyCharts
import TallyCore

/// A piece of a page, measured before it is placed.
enum Block {
    case cover(CoverLines)
    /// The contents, placed on the cover or right after it; drawn once the pages are known.
    case contentsHeading
    /// The contents entry of the anchor of this index.
    case contentsEntry(Int)
    /// A section heading, wrapped: nothing on a page is cut with "…" (issue 13, item 2).
    case heading([String])
    case subheading(String)
    case line(TextLine)
    case spacer(Double)
    case headline(Headline, HeadlineLines)
    case chart(any ChartDrawing, Size)
    case tableHeader(TableGeometry)
    /// Each cell's wrapped lines; the row is as tall as its tallest cell.
    case tableRow(TableGeometry, [[String]], index: Int)
    case message([String])
    case pageBreak
}

/// One wrapped line of styled text.
struct TextLine {
    var runs: [StyledRun]
    var indent: Double
    var bullet: Bool
    var font: Font
    var color: Color
    /// A line of a right-to-left paragraph (``Bidi/isRightToLeftParagraph(_:)``):
    /// drawn from the right edge, its runs right to left, the bullet on the right.
    var rightToLeft = false
}

/// Column positions of a table, shared by its header and every row (also on the
/// continuation pages).
struct TableGeometry {
    let columns: [String]
    /// Each column name's wrapped lines.
    var header: [[String]] = []
    let numeric: [Bool]
    /// Left edge and width of each column, relative to the content's left edge.
    let x: [Double]
    let widths: [Double]
    static let padding = 6.0
    /// Distance between the baselines of a cell's wrapped lines.
    static let lineStep = 10.5

    func headerHeight(minimum: Double) -> Double {
        Self.rowHeight(lines: header.map(\.count).max() ?? 1, minimum: minimum)
    }

    /// A row holding cells of these many lines.
    static func rowHeight(lines: Int, minimum: Double) -> Double {
        max(minimum, Double(lines) * lineStep + 4.5)
    }
}

/// The cover's texts wrapped to the page, and where each part starts (from the top of
/// the block), so the layout's height and the drawing agree.
struct CoverLines {
    var title: [String] = []
    var subtitle: [String] = []
    var byline: [String] = []
    struct Lead {
        var figure: [String]
        var size: Double
        var figureWidth: Double
        var beside: [String]
        var caption: [String]
    }
    var lead: Lead?
    var summary: [String] = []
    var meta: [String] = []
    var logo: Logo?
    /// The width the title wrapped to (short of the logo): a right-to-left title aligns
    /// right at its end.
    var titleWidth = 0.0
    var titleStep = 29.0

    var subtitleTop: Double { max(Double(title.count) * titleStep, logo?.height ?? 0) + 4 }
    var bylineTop: Double { subtitleTop + Double(subtitle.count) * PageStyle.subtitleStep + 2 }
    var leadTop: Double { bylineTop + Double(byline.count) * 13.6 + 14 }
    var leadHeight: Double {
        guard let lead else { return 0 }
        return Double(lead.figure.count) * lead.size * 1.15 + 4 + Double(lead.caption.count) * 13.6 + 10
    }
    var summaryTop: Double { leadTop + leadHeight }
    var metaTop: Double { summaryTop + Double(summary.count) * PageStyle.coverLineStep + (summary.isEmpty ? 0 : 10) }
    var ruleY: Double { metaTop + Double(meta.count) * PageStyle.metaStep + 8 }
    var height: Double { ruleY + 14 }
}

/// A headline's texts, wrapped to their columns when the blocks are measured, so the
/// drawer draws exactly the lines the layout made room for.
struct HeadlineLines {
    var name: [String]
    var kind: [String]
    /// The big figure: one line unless even the smallest size cannot hold it.
    var figure: [String]
    var figureSize: Double
    var notes: [[String]]
    var comparisons: [[String]]
    var muted: Bool

    static let nameStep = 12.0, kindStep = 10.0, noteStep = 11.0
    static let comparisonStep = 12.5, continuationStep = 10.0

    /// The top of the first note line, below the figure's lines.
    var notesTop: Double { 22 + Double(max(0, figure.count - 1)) * (figureSize + 3) }

    var height: Double {
        let left = 8 + 14 + Double(name.count - 1) * Self.nameStep + Double(kind.count) * Self.kindStep + 8
        let middle = 8 + notesTop + Double(notes.reduce(0) { $0 + $1.count }) * Self.noteStep + 8
        let right = 14 + Self.comparisonStep
            + comparisons.reduce(0.0) { $0 + Self.comparisonStep + Double($1.count - 1) * Self.continuationStep }
        return max(left, middle, right)
    }
}

struct FlowItem {
    var block: Block
    var height: Double
    var keepWithNext = false
    /// Drawn first when this item opens a page (a table's header).
    var repeatHeader: Block? = nil
    var repeatHeight = 0.0
    /// Set on section headings: the outline and contents name it.
    var anchor: String? = nil
}

struct PlacedBlock {
    var block: Block
    var y: Double
    var height: Double
}

/// A heading's place, for the outline and the table of contents.
struct Anchor {
    var title: String
    var page: Int
    var y: Double
}
