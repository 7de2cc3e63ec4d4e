/// Which way a chart or a brief reads: left to right (English, French) or right to left
/// (Arabic, Persian: ``DisplayLocale/direction``), where everything that has a side
/// changes it (issue 15, item 5).
///
/// Charts and pages are laid out once, left to right, and a right-to-left one is drawn
/// through a ``MirroredCanvas``: value axes grow leftward, time runs from the right,
/// names sit right of their bars, the headline and source align right. Only the choices
/// that are about reading rather than geometry depend on the direction: in a
/// right-to-left layout every line aligns at its start edge (the right), a note's arrow
/// points right at its bar, and a right-to-left paragraph's lines are isolated right to
/// left (``Bidi/isolate(_:direction:paragraph:)``).
public typealias LayoutDirection = DisplayLocale.Direction

extension DisplayLocale.Direction {
    public var isRightToLeft: Bool { self == .rightToLeft }

    /// `canvas` as a chart `width` wide in this direction draws on it: itself left to
    /// right, mirrored right to left.
    public func canvas(_ canvas: Canvas, width: Double) -> Canvas {
        isRightToLeft ? MirroredCanvas(base: canvas, width: width) : canvas
    }
}

/// Draws on `base` mirrored left to right about the middle of a `width`-wide area: a
/// point at x lands at `width - x`, and a text anchored at its left end is anchored at
/// its right end instead, so text is never drawn backwards, only placed on the other
/// side. Vertical positions are kept.
public final class MirroredCanvas: Canvas {
    public let base: Canvas
    public let width: Double

    public init(base: Canvas, width: Double) { self.base = base; self.width = width }

    public func x(_ x: Double) -> Double { width - x }
    public func p(_ q: Point) -> Point { Point(x: width - q.x, y: q.y) }
    public func r(_ q: Rect) -> Rect { Rect(x: width - q.maxX, y: q.y, width: q.width, height: q.height) }
    public static func flipped(_ anchor: TextAnchor) -> TextAnchor {
        switch anchor.horizontal {
        case .left: TextAnchor(.right, anchor.vertical)
        case .right: TextAnchor(.left, anchor.vertical)
        case .center: anchor
        }
    }

    public func fill(_ rect: Rect, color: Color) { base.fill(r(rect), color: color) }
    public func line(from start: Point, to end: Point, color: Color, width: Double, dash: [Double]) {
        base.line(from: p(start), to: p(end), color: color, width: width, dash: dash)
    }
    public func stroke(_ points: [Point], color: Color, width: Double) { base.stroke(points.map(p), color: color, width: width) }
    public func fill(_ polygon: [Point], color: Color) { base.fill(polygon.map(p), color: color) }
    public func fillCircle(center: Point, radius: Double, color: Color) { base.fillCircle(center: p(center), radius: radius, color: color) }
    public func text(_ string: String, at point: Point, font: Font, color: Color, anchor: TextAnchor) {
        base.text(string, at: p(point), font: font, color: color, anchor: MirroredCanvas.flipped(anchor))
    }
    public func measure(_ string: String, font: Font) -> TextMetrics { base.measure(string, font: font) }
    public func pushClip(_ rect: Rect) { base.pushClip(r(rect)) }
    public func popClip() { base.popClip() }
    public func image(file: String, in rect: Rect) { base.image(file: file, in: r(rect)) }
}
