import TallyCairo
import TallyCharts
import TallyCore

/// A piece of a page, measured before it is placed.
enum Block {
    case cover(title: [String], subtitle: String, meta: [String])
    case heading(String)
    case subheading(String)
    case line(TextLine)
    case spacer(Double)
    case headline(Headline)
    case chart(any ChartDrawing, Size)
    case tableHeader(TableGeometry)
    case tableRow(TableGeometry, [String], index: Int)
    case message(String)
    case pageBreak
}

/// One wrapped line of styled text.
struct TextLine {
    var runs: [StyledRun]
    var indent: Double
    var bullet: Bool
    var font: Font
    var color: Color
}

/// Column positions of a table, shared by its header and every row (also on the
/// continuation pages).
struct TableGeometry {
    let columns: [String]
    let numeric: [Bool]
    /// Left edge and width of each column, relative to the content's left edge.
    let x: [Double]
    let widths: [Double]
    static let padding = 6.0
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
