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

/// A report page drawn right to left (``LayoutDirection/rightToLeft``): the page is laid
/// out left to right and mirrored here, as a right-to-left chart is (``MirroredCanvas``):
/// the running head's title at the right and the period at the left, a table's first
/// column at the right, the contents' page numbers at the left. Text is placed, never
/// drawn backwards. A chart is not mirrored by the page: it is drawn into its mirrored
/// place through ``drawUnmirrored(origin:scale:width:alt:_:)`` and mirrors itself (its
/// theme reads right to left too), so its words are laid out by its own rules.
final class MirroredDocumentCanvas: DocumentCanvas {
    let base: DocumentCanvas
    let mirror: MirroredCanvas
    var width: Double { mirror.width }

    init(base: DocumentCanvas, width: Double) {
        self.base = base
        mirror = MirroredCanvas(base: base, width: width)
    }

    func fill(_ rect: Rect, color: Color) { mirror.fill(rect, color: color) }
    func line(from start: Point, to end: Point, color: Color, width: Double, dash: [Double]) {
        mirror.line(from: start, to: end, color: color, width: width, dash: dash)
    }
    func stroke(_ points: [Point], color: Color, width: Double) { mirror.stroke(points, color: color, width: width) }
    func fill(_ polygon: [Point], color: Color) { mirror.fill(polygon, color: color) }
    func fillCircle(center: Point, radius: Double, color: Color) { mirror.fillCircle(center: center, radius: radius, color: color) }
    func text(_ string: String, at point: Point, font: Font, color: Color, anchor: TextAnchor) {
        mirror.text(string, at: point, font: font, color: color, anchor: anchor)
    }
    func measure(_ string: String, font: Font) -> TextMetrics { base.measure(string, font: font) }
    func pushClip(_ rect: Rect) { mirror.pushClip(rect) }
    func popClip() { mirror.popClip() }
    func image(file: String, in rect: Rect) { mirror.image(file: file, in: rect) }
    func text(_ string: String, at point: Point, font: Font, italic: Bool, color: Color, anchor: TextAnchor) {
        base.text(string, at: mirror.p(point), font: font, italic: italic, color: color, anchor: MirroredCanvas.flipped(anchor))
    }
    func measure(_ string: String, font: Font, italic: Bool) -> TextMetrics { base.measure(string, font: font, italic: italic) }
    /// A drawing mirrored as a whole about its origin (what a page does not do with charts).
    func drawScaled(origin: Point, scale: Double, alt: String?, _ body: (Canvas) -> Void) {
        base.drawScaled(origin: mirror.p(origin), scale: scale, alt: alt) { inner in body(MirroredCanvas(base: inner, width: 0)) }
    }
    /// A drawing `width` units wide (before scaling) at the mirrored place of the one
    /// laid out at `origin`, itself not mirrored.
    func drawUnmirrored(origin: Point, scale: Double, width units: Double, alt: String?, _ body: (Canvas) -> Void) {
        base.drawScaled(origin: Point(x: width - origin.x - units * scale, y: origin.y), scale: scale, alt: alt, body)
    }
    func link(_ rect: Rect, toPage page: Int, y: Double) { base.link(mirror.r(rect), toPage: page, y: y) }
}

extension LayoutDirection {
    /// `canvas`, a page `width` wide, as a page of this direction draws on it.
    func document(_ canvas: DocumentCanvas, width: Double) -> DocumentCanvas {
        isRightToLeft ? MirroredDocumentCanvas(base: canvas, width: width) : canvas
    }
}
