/// A canvas that records what is drawn and measures text with a fixed approximate
/// metric, so layout can be tested (and dry-run) without a font library.
public final class RecordingCanvas: Canvas {
    public enum Operation: Equatable, Sendable {
        case fillRect(Rect, Color)
        case line(Point, Point, Color, width: Double, dash: [Double])
        case polyline([Point], Color, width: Double)
        case polygon([Point], Color)
        case circle(Point, radius: Double, Color)
        case text(String, Point, Font, Color, TextAnchor, box: Rect)
        case pushClip(Rect)
        case popClip
        case image(String, Rect)
    }

    public private(set) var operations: [Operation] = []

    public init() {}

    public func fill(_ rect: Rect, color: Color) { operations.append(.fillRect(rect, color)) }
    public func line(from start: Point, to end: Point, color: Color, width: Double, dash: [Double]) {
        operations.append(.line(start, end, color, width: width, dash: dash))
    }
    public func stroke(_ points: [Point], color: Color, width: Double) { operations.append(.polyline(points, color, width: width)) }
    public func fill(_ polygon: [Point], color: Color) { operations.append(.polygon(polygon, color)) }
    public func fillCircle(center: Point, radius: Double, color: Color) { operations.append(.circle(center, radius: radius, color)) }
    public func text(_ string: String, at point: Point, font: Font, color: Color, anchor: TextAnchor) {
        let box = measure(string, font: font).box(at: point, anchor: anchor)
        operations.append(.text(string, point, font, color, anchor, box: box))
    }
    public func pushClip(_ rect: Rect) { operations.append(.pushClip(rect)) }
    public func popClip() { operations.append(.popClip) }
    public func image(file: String, in rect: Rect) { operations.append(.image(file, rect)) }

    /// 0.6 em per character (bold 0.66), ascent 0.8 em, descent 0.25 em: close to DejaVu
    /// Sans for Latin text, and exact arithmetic for tests. Isolate marks take no room.
    public func measure(_ string: String, font: Font) -> TextMetrics {
        let count = Double(Bidi.stripped(string).count)
        let em = font.size * (font.weight == .bold ? 0.66 : 0.6)
        return TextMetrics(width: count * em, ascent: font.size * 0.8, descent: font.size * 0.25)
    }

    /// Every text drawn, with its box: what overlap tests look at.
    public var texts: [(string: String, box: Rect)] {
        operations.compactMap {
            if case let .text(s, _, _, _, _, box) = $0 { return (Bidi.stripped(s), box) }
            return nil
        }
    }
}
