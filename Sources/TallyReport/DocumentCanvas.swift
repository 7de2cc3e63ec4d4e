import TallyCairo
import TallyCharts
import TallyCore

/// What report pages are drawn on: a chart canvas plus italics, scaled charts and links.
/// The PDF page implements it; tests use a recording one.
public protocol DocumentCanvas: Canvas {
    func text(_ string: String, at point: Point, font: Font, italic: Bool, color: Color, anchor: TextAnchor)
    func measure(_ string: String, font: Font, italic: Bool) -> TextMetrics
    /// `alt`: the drawing's description; a PDF tags it as a figure with that `/Alt`.
    func drawScaled(origin: Point, scale: Double, alt: String?, _ body: (Canvas) -> Void)
    func link(_ rect: Rect, toPage page: Int, y: Double)
}

extension PDFPageCanvas: DocumentCanvas {}
