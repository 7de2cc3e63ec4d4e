/// The words around a chart: newsrooms publish every chart with a headline, a line
/// saying what is counted, and where the figures come from.
public struct ChartText: Equatable, Sendable {
    public var title: String
    public var subtitle: String
    /// Printed at the foot, e.g. `Source: UCDP GED 23.1`.
    public var source: String

    public init(title: String, subtitle: String = "", source: String) {
        self.title = title; self.subtitle = subtitle; self.source = source
    }
}

/// Spacing shared by both chart kinds, in chart units.
enum Spacing {
    static let outer = 28.0
    static let afterTitle = 6.0
    static let afterHeader = 20.0
    static let beforeFooter = 16.0
}

/// Where the header and footer went, and the space left for the chart itself.
public struct FrameLayout: Equatable, Sendable {
    /// The headline's box (all its lines).
    public let titleBox: Rect
    public let subtitleBox: Rect?
    public let sourceBox: Rect
    public let content: Rect
    /// Headline and subtitle wrap to at most two lines each.
    let titleLines: [Line]
    let subtitleLines: [Line]
    let source: String

    /// One line of a wrapped headline or subtitle, and where its top sits.
    struct Line: Equatable, Sendable {
        let text: String
        let y: Double
    }

    static let maximumLines = 2

    public init(text: ChartText, size: Size, theme: Theme, canvas: Canvas) {
        let width = size.width - 2 * Spacing.outer
        source = Bidi.isolate(LabelPlacement.truncate(text.source, toWidth: width, font: theme.sourceFont, canvas: canvas))

        var y = Spacing.outer
        let title = FrameLayout.block(text.title, font: theme.titleFont, width: width, top: y, canvas: canvas)
        titleLines = title.lines
        titleBox = title.box
        y = title.box.maxY
        if text.subtitle.isEmpty {
            subtitleLines = []
            subtitleBox = nil
        } else {
            y += Spacing.afterTitle
            let sub = FrameLayout.block(text.subtitle, font: theme.subtitleFont, width: width, top: y, canvas: canvas)
            subtitleLines = sub.lines
            subtitleBox = sub.box
            y = sub.box.maxY
        }
        y += Spacing.afterHeader
        let fm = canvas.measure(source, font: theme.sourceFont)
        let footerTop = size.height - Spacing.outer - fm.height
        sourceBox = Rect(x: Spacing.outer, y: footerTop, width: fm.width, height: fm.height)
        content = Rect(x: Spacing.outer, y: y, width: width,
                       height: max(40, footerTop - Spacing.beforeFooter - y))
    }

    /// Wrapped, isolated lines of a headline or subtitle from `top` down, and their box.
    static func block(_ text: String, font: Font, width: Double, top: Double,
                      canvas: Canvas) -> (lines: [Line], box: Rect) {
        var y = top
        var lines: [Line] = []
        var widest = 0.0
        for line in LabelPlacement.wrap(text, toWidth: width, font: font, canvas: canvas, maxLines: maximumLines) {
            let isolated = Bidi.isolate(line)
            let m = canvas.measure(isolated, font: font)
            lines.append(Line(text: isolated, y: y))
            widest = max(widest, m.width)
            y += m.height
        }
        return (lines, Rect(x: Spacing.outer, y: top, width: widest, height: y - top))
    }

    func draw(on canvas: Canvas, size: Size, theme: Theme) {
        canvas.fill(Rect(x: 0, y: 0, width: size.width, height: size.height), color: theme.background)
        for line in titleLines {
            canvas.text(line.text, at: Point(x: Spacing.outer, y: line.y), font: theme.titleFont, color: theme.text,
                        anchor: TextAnchor(.left, .top))
        }
        for line in subtitleLines {
            canvas.text(line.text, at: Point(x: Spacing.outer, y: line.y), font: theme.subtitleFont,
                        color: theme.mutedText, anchor: TextAnchor(.left, .top))
        }
        canvas.text(source, at: Point(x: sourceBox.x, y: sourceBox.y), font: theme.sourceFont,
                    color: theme.mutedText, anchor: TextAnchor(.left, .top))
    }
}

/// Anything the renderers can draw: both chart kinds lay themselves out on a canvas of a
/// given size.
public protocol ChartDrawing: Sendable {
    func draw(on canvas: Canvas, size: Size, theme: Theme)
}
