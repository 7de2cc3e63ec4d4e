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
    public let titleBox: Rect
    public let subtitleBox: Rect?
    public let sourceBox: Rect
    public let content: Rect
    let title: String
    let subtitle: String
    let source: String

    public init(text: ChartText, size: Size, theme: Theme, canvas: Canvas) {
        let width = size.width - 2 * Spacing.outer
        title = Bidi.isolate(LabelPlacement.truncate(text.title, toWidth: width, font: theme.titleFont, canvas: canvas))
        subtitle = text.subtitle.isEmpty ? "" :
            Bidi.isolate(LabelPlacement.truncate(text.subtitle, toWidth: width, font: theme.subtitleFont, canvas: canvas))
        source = Bidi.isolate(LabelPlacement.truncate(text.source, toWidth: width, font: theme.sourceFont, canvas: canvas))

        var y = Spacing.outer
        let tm = canvas.measure(title, font: theme.titleFont)
        titleBox = Rect(x: Spacing.outer, y: y, width: tm.width, height: tm.height)
        y += tm.height
        if subtitle.isEmpty {
            subtitleBox = nil
        } else {
            y += Spacing.afterTitle
            let sm = canvas.measure(subtitle, font: theme.subtitleFont)
            subtitleBox = Rect(x: Spacing.outer, y: y, width: sm.width, height: sm.height)
            y += sm.height
        }
        y += Spacing.afterHeader
        let fm = canvas.measure(source, font: theme.sourceFont)
        let footerTop = size.height - Spacing.outer - fm.height
        sourceBox = Rect(x: Spacing.outer, y: footerTop, width: fm.width, height: fm.height)
        content = Rect(x: Spacing.outer, y: y, width: width,
                       height: max(40, footerTop - Spacing.beforeFooter - y))
    }

    func draw(on canvas: Canvas, size: Size, theme: Theme) {
        canvas.fill(Rect(x: 0, y: 0, width: size.width, height: size.height), color: theme.background)
        canvas.text(title, at: Point(x: titleBox.x, y: titleBox.y), font: theme.titleFont, color: theme.text,
                    anchor: TextAnchor(.left, .top))
        if let box = subtitleBox {
            canvas.text(subtitle, at: Point(x: box.x, y: box.y), font: theme.subtitleFont,
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
