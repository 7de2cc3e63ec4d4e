/// The words around a chart: newsrooms publish every chart with a headline, a line
/// saying what is counted, and where the figures come from.
public struct ChartText: Equatable, Sendable {
    public var title: String
    public var subtitle: String
    /// Printed at the foot, e.g. `Source: UCDP GED 23.1`.
    public var source: String
    /// The chart in words, written by an editor (`--alt`, a spec's `alt:`); `nil` for
    /// the description ``AltText`` generates from the figures.
    public var alt: String?

    public init(title: String, subtitle: String = "", source: String, alt: String? = nil) {
        self.title = title; self.subtitle = subtitle; self.source = source; self.alt = alt
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
///
/// Nothing is cut: the headline, subtitle and source line (or `--note`) wrap to as
/// many lines as they need. What is left for the chart may then be too little; the
/// charts' ``ChartDrawing/fit(width:theme:canvas:)`` tells the height they need, so a
/// command grows the frame, or refuses a fixed size that cannot hold them.
public struct FrameLayout: Equatable, Sendable {
    /// The headline's box (all its lines).
    public let titleBox: Rect
    public let subtitleBox: Rect?
    /// The source line's box (all its lines).
    public let sourceBox: Rect
    public let content: Rect
    let titleLines: [Line]
    let subtitleLines: [Line]
    let sourceLines: [Line]
    /// Everything but the chart: margins, headline, subtitle and source line. A chart
    /// needs this much height on top of its own.
    public let chromeHeight: Double

    /// One line of a headline, subtitle or source line, and where its top sits.
    struct Line: Equatable, Sendable {
        let text: String
        let y: Double
        /// The left end of the line: the block's left edge, or for a right-to-left
        /// paragraph the block's right edge less the line's width.
        var x: Double = 0
    }

    /// The left and top margin of the headline and the source line.
    let margin: Double

    /// Where the style's logo goes, if any.
    public let logoRect: Rect?
    let logoFile: String?

    public init(text: ChartText, size: Size, theme: Theme, canvas: Canvas) {
        margin = Spacing.outer * theme.spacing
        let width = max(1, size.width - 2 * margin)
        let logo = theme.logo.map { FrameLayout.fitted($0, width: width) }
        let logoRoom = logo.map { $0.width + 16 } ?? 0
        // A headline or source line beside the logo wraps short of it.
        let titleWidth = logo?.placement == .topRight ? max(1, width - logoRoom) : width
        let footerWidth = logo?.placement == .bottomRight ? max(1, width - logoRoom) : width
        var y = margin
        let direction = theme.direction
        let title = FrameLayout.block(text.title, font: theme.titleFont, width: titleWidth, left: margin, top: y, canvas: canvas,
                                      direction: direction)
        y = title.box.maxY
        var sub: (lines: [Line], box: Rect)? = nil
        if !text.subtitle.isEmpty {
            y += Spacing.afterTitle * theme.spacing
            sub = FrameLayout.block(text.subtitle, font: theme.subtitleFont, width: titleWidth, left: margin, top: y, canvas: canvas,
                                    direction: direction)
            y = sub!.box.maxY
        }
        if let logo, logo.placement == .topRight { y = max(y, margin + logo.height) }
        let headerBottom = y + Spacing.afterHeader * theme.spacing
        let footerText = theme.credit.isEmpty ? text.source : text.source + "\n" + theme.credit
        let footerLines = TextWrap.lines(footerText, width: footerWidth, font: theme.sourceFont, canvas: canvas,
                                         maxLines: TextWrap.lineLimit(font: theme.sourceFont))
        var footerHeight = footerLines.reduce(0.0) { $0 + canvas.measure(Bidi.isolate($1), font: theme.sourceFont).height }
        if let logo, logo.placement == .bottomRight { footerHeight = max(footerHeight, logo.height) }
        let footerTop = size.height - margin - footerHeight
        let source = FrameLayout.block(footerText, font: theme.sourceFont, width: footerWidth, left: margin, top: footerTop, canvas: canvas,
                                       direction: direction)
        sourceLines = source.lines
        sourceBox = source.box
        let bottom = footerTop - Spacing.beforeFooter * theme.spacing
        titleLines = title.lines
        titleBox = title.box
        subtitleLines = sub?.lines ?? []
        subtitleBox = sub?.box
        chromeHeight = headerBottom + (size.height - bottom)
        content = Rect(x: margin, y: headerBottom, width: width, height: max(0, bottom - headerBottom))
        logoFile = logo?.file
        let m = margin
        logoRect = logo.map { l in
            Rect(x: m + width - l.width, y: l.placement == .topRight ? m : size.height - m - l.height,
                 width: l.width, height: l.height)
        }
    }

    /// The largest share of the chart's width a logo may take: past it the headline
    /// beside the logo would wrap to a word or a letter per line.
    static let logoWidthShare = 0.25

    /// `logo` scaled down (keeping its shape) to at most ``logoWidthShare`` of `width`.
    static func fitted(_ logo: Logo, width: Double) -> Logo {
        let most = width * logoWidthShare
        guard logo.width > most, logo.width > 0 else { return logo }
        let k = most / logo.width
        return Logo(file: logo.file, width: most, height: logo.height * k, placement: logo.placement)
    }

    /// Wrapped, isolated lines of a headline, subtitle or source from `top` down, and their box.
    static func block(_ text: String, font: Font, width: Double, left: Double, top: Double,
                      canvas: Canvas, direction: LayoutDirection = .leftToRight) -> (lines: [Line], box: Rect) {
        var y = top
        var lines: [Line] = []
        var minX = left + width, maxX = left
        // Each paragraph (a source line, a footnote, a credit) keeps its own direction:
        // a right-to-left one aligns right within the width, every line of it. In a
        // right-to-left chart (drawn mirrored) every line aligns at the start, the right.
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let rtl = !direction.isRightToLeft && Bidi.isRightToLeftParagraph(String(paragraph))
            for line in TextWrap.lines(String(paragraph), width: width, font: font, canvas: canvas, maxLines: TextWrap.lineLimit(font: font)) {
                let isolated = Bidi.isolate(line, direction: direction, paragraph: String(paragraph))
                let m = canvas.measure(isolated, font: font)
                let x = rtl ? left + max(0, width - m.width) : left
                lines.append(Line(text: isolated, y: y, x: x))
                minX = min(minX, x)
                maxX = max(maxX, x + m.width)
                y += m.height
            }
        }
        return (lines, Rect(x: min(minX, left + width), y: top, width: max(0, maxX - min(minX, maxX)), height: y - top))
    }

    func draw(on canvas: Canvas, size: Size, theme: Theme) {
        canvas.fill(Rect(x: 0, y: 0, width: size.width, height: size.height), color: theme.background)
        for line in titleLines {
            canvas.text(line.text, at: Point(x: line.x, y: line.y), font: theme.titleFont, color: theme.text,
                        anchor: TextAnchor(.left, .top))
        }
        for line in subtitleLines {
            canvas.text(line.text, at: Point(x: line.x, y: line.y), font: theme.subtitleFont,
                        color: theme.mutedText, anchor: TextAnchor(.left, .top))
        }
        for line in sourceLines {
            canvas.text(line.text, at: Point(x: line.x, y: line.y), font: theme.sourceFont,
                        color: theme.mutedText, anchor: TextAnchor(.left, .top))
        }
        if let logoRect, let logoFile { canvas.image(file: logoFile, in: logoRect) }
    }

    /// How the header and footer read in a message: "the headline (3 lines)".
    func describe() -> String {
        var parts = ["the headline (\(titleLines.count) line\(titleLines.count == 1 ? "" : "s"))"]
        if !subtitleLines.isEmpty { parts.append("the subtitle (\(subtitleLines.count) line\(subtitleLines.count == 1 ? "" : "s"))") }
        parts.append("the source line (\(sourceLines.count) line\(sourceLines.count == 1 ? "" : "s"))")
        return parts.joined(separator: ", ")
    }
}

/// How much room a chart needs at a given width, found before anything is drawn.
public struct ChartFit: Equatable, Sendable {
    /// The height the chart looks right at: every bar at a comfortable band, a timeline
    /// at 16:9 unless its words need more.
    public var naturalHeight: Double
    /// Below this height something would be cut or squashed past reading.
    public var minimumHeight: Double
    /// What takes the room, for a message ("the headline (3 lines), 12 bars and the axis").
    public var parts: String
    /// Set when the width itself is too small for the chart, whatever the height.
    public var widthProblem: String?
    /// Set when a text is longer than any chart draws (``TextBounds``), whatever the size.
    public var textProblem: TextBounds.Problem?

    public init(naturalHeight: Double, minimumHeight: Double, parts: String, widthProblem: String? = nil,
                textProblem: TextBounds.Problem? = nil) {
        self.naturalHeight = naturalHeight; self.minimumHeight = minimumHeight; self.parts = parts
        self.widthProblem = widthProblem
        self.textProblem = textProblem
    }

    /// A fit that is only a text too long to draw: nothing else is measured.
    static func refusing(_ p: TextBounds.Problem) -> ChartFit {
        ChartFit(naturalHeight: 0, minimumHeight: 0, parts: "", widthProblem: nil, textProblem: p)
    }

    /// Why a chart of `size` cannot be drawn without cutting something, or `nil`.
    public func problem(width: Double, height: Double) -> String? {
        if let textProblem { return textProblem.message }
        if let widthProblem { return widthProblem }
        guard height + 0.5 < minimumHeight else { return nil }
        let need = Int(minimumHeight.rounded(.up))
        return "a chart \(Int(width))×\(Int(height)) cannot hold \(parts): they need a height of at least \(need)"
    }
}

/// Anything the renderers can draw: both chart kinds lay themselves out on a canvas of a
/// given size.
public protocol ChartDrawing: Sendable {
    func draw(on canvas: Canvas, size: Size, theme: Theme)
    /// The room the chart needs at `width` (the theme is fitted to the width first, as
    /// ``draw(on:size:theme:)`` does).
    func fit(width: Double, theme: Theme, canvas: Canvas) -> ChartFit
    /// The headline, for a file's title (SVG `<title>`, PDF and PNG metadata).
    var headline: String { get }
    /// The chart in words for readers who cannot see it (``AltText``): SVG `<desc>`,
    /// the PNG's `Description`, the PDF figure's `/Alt`, `--json`.
    var altText: String { get }
}
