/// A font request: charts ask for a size and a weight; the family is the renderer's
/// choice (DejaVu Sans by default, `--font`) unless a style file names one for this
/// role (headline, body or numbers). Layout code never names a font file.
public struct Font: Equatable, Hashable, Sendable {
    public enum Weight: Sendable, Hashable { case regular, bold }
    public var size: Double
    public var weight: Weight
    /// A font family from a style file; `nil` for the renderer's family.
    public var family: String?
    public init(size: Double, weight: Weight = .regular, family: String? = nil) {
        self.size = size; self.weight = weight; self.family = family
    }
}

/// Where a text's reference point sits on its line box.
public struct TextAnchor: Equatable, Sendable {
    public enum Horizontal: Sendable { case left, center, right }
    public enum Vertical: Sendable { case top, middle, baseline, bottom }
    public var horizontal: Horizontal
    public var vertical: Vertical
    public init(_ horizontal: Horizontal, _ vertical: Vertical) {
        self.horizontal = horizontal; self.vertical = vertical
    }
}

/// The logical extent of one line of text.
public struct TextMetrics: Equatable, Sendable {
    public var width: Double
    public var ascent: Double
    public var descent: Double
    public var height: Double { ascent + descent }
    public init(width: Double, ascent: Double, descent: Double) {
        self.width = width; self.ascent = ascent; self.descent = descent
    }

    /// The box a text drawn at `point` with `anchor` covers; layout uses it to find
    /// collisions before anything is drawn.
    public func box(at point: Point, anchor: TextAnchor) -> Rect {
        let x: Double = switch anchor.horizontal {
        case .left: point.x
        case .center: point.x - width / 2
        case .right: point.x - width
        }
        let top: Double = switch anchor.vertical {
        case .top: point.y
        case .middle: point.y - height / 2
        case .baseline: point.y - ascent
        case .bottom: point.y - height
        }
        return Rect(x: x, y: top, width: width, height: height)
    }
}

/// The few drawing operations charts need.
///
/// Layout code draws only through this protocol, so the same chart can go to Cairo
/// (PNG, PDF, SVG) or to a ``RecordingCanvas`` in tests, where tick positions, whisker
/// ends and label boxes are checked as numbers instead of pixels.
public protocol Canvas: AnyObject {
    func fill(_ rect: Rect, color: Color)
    func line(from start: Point, to end: Point, color: Color, width: Double, dash: [Double])
    /// An open polyline (series lines).
    func stroke(_ points: [Point], color: Color, width: Double)
    /// A closed, filled polygon (uncertainty bands, arrow heads).
    func fill(_ polygon: [Point], color: Color)
    func fillCircle(center: Point, radius: Double, color: Color)
    /// One line of text. The string may carry bidi isolates; the canvas shapes it.
    func text(_ string: String, at point: Point, font: Font, color: Color, anchor: TextAnchor)
    func measure(_ string: String, font: Font) -> TextMetrics
    /// Restricts drawing to `rect` until the matching ``popClip()``.
    func pushClip(_ rect: Rect)
    func popClip()
    /// A PNG image file (a newsroom's logo) scaled into `rect`.
    func image(file: String, in rect: Rect)
}

extension Canvas {
    /// Canvases that cannot show images (measuring only) draw nothing.
    public func image(file: String, in rect: Rect) {}

    public func line(from start: Point, to end: Point, color: Color, width: Double) {
        line(from: start, to: end, color: color, width: width, dash: [])
    }
}
