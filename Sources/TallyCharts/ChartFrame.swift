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

    /// The left and top margin of the headline and the source line.
    let margin: Double

    /// The chart must keep at least this share of the height between the top margin and
    /// the source line, and at least one full bar row (``BarChartLayout/maximumBand``);
    /// below that, the headline and subtitle give up lines, then the subtitle goes. A
    /// small chart with a two-line headline and subtitle would otherwise draw its bars
    /// and axis over the source line.
    static let minimumContentShare = 0.3

    public init(text: ChartText, size: Size, theme: Theme, canvas: Canvas) {
        margin = Spacing.outer * theme.spacing
        let width = size.width - 2 * margin
        source = Bidi.isolate(LabelPlacement.truncate(text.source, toWidth: width, font: theme.sourceFont, canvas: canvas))
        let fm = canvas.measure(source, font: theme.sourceFont)
        let footerTop = size.height - margin - fm.height
        sourceBox = Rect(x: margin, y: footerTop, width: fm.width, height: fm.height)
        let bottom = footerTop - Spacing.beforeFooter * theme.spacing
        let wanted = max(FrameLayout.minimumContentShare * (footerTop - margin), BarChartLayout.maximumBand * theme.spacing)

        // Fullest header first: two lines each, then one each, then the headline alone.
        let plans: [(title: Int, subtitle: Int)] = [(FrameLayout.maximumLines, FrameLayout.maximumLines), (1, 1), (1, 0)]
        var chosen: (title: (lines: [Line], box: Rect), subtitle: (lines: [Line], box: Rect)?, top: Double)? = nil
        for plan in plans {
            var y = margin
            let title = FrameLayout.block(text.title, font: theme.titleFont, width: width, left: margin, top: y,
                                          maxLines: plan.title, canvas: canvas)
            y = title.box.maxY
            var sub: (lines: [Line], box: Rect)? = nil
            if !text.subtitle.isEmpty, plan.subtitle > 0 {
                y += Spacing.afterTitle * theme.spacing
                sub = FrameLayout.block(text.subtitle, font: theme.subtitleFont, width: width, left: margin, top: y,
                                        maxLines: plan.subtitle, canvas: canvas)
                y = sub!.box.maxY
            }
            y += Spacing.afterHeader * theme.spacing
            chosen = (title, sub, y)
            if bottom - y >= wanted { break }
        }
        let header = chosen!
        titleLines = header.title.lines
        titleBox = header.title.box
        subtitleLines = header.subtitle?.lines ?? []
        subtitleBox = header.subtitle?.box
        content = Rect(x: margin, y: header.top, width: width, height: max(40, bottom - header.top))
    }

    /// Wrapped, isolated lines of a headline or subtitle from `top` down, and their box.
    static func block(_ text: String, font: Font, width: Double, left: Double, top: Double, maxLines: Int,
                      canvas: Canvas) -> (lines: [Line], box: Rect) {
        var y = top
        var lines: [Line] = []
        var widest = 0.0
        for line in LabelPlacement.wrap(text, toWidth: width, font: font, canvas: canvas, maxLines: maxLines) {
            let isolated = Bidi.isolate(line)
            let m = canvas.measure(isolated, font: font)
            lines.append(Line(text: isolated, y: y))
            widest = max(widest, m.width)
            y += m.height
        }
        return (lines, Rect(x: left, y: top, width: widest, height: y - top))
    }

    func draw(on canvas: Canvas, size: Size, theme: Theme) {
        canvas.fill(Rect(x: 0, y: 0, width: size.width, height: size.height), color: theme.background)
        for line in titleLines {
            canvas.text(line.text, at: Point(x: margin, y: line.y), font: theme.titleFont, color: theme.text,
                        anchor: TextAnchor(.left, .top))
        }
        for line in subtitleLines {
            canvas.text(line.text, at: Point(x: margin, y: line.y), font: theme.subtitleFont,
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
