import TallyCore

/// A timeline of many series as small multiples (issue 13, item 5): one panel per
/// series, every panel on the same dates and the same value axis, aligned in a grid,
/// under one headline, subtitle and source line. Past ``TimelineChart/overlayLimit``
/// series the bands of an overlay mix into brown and most lines sit on the baseline.
public struct SmallMultiples: ChartDrawing, Equatable {
    public var chart: TimelineChart

    public init(_ chart: TimelineChart) { self.chart = chart }

    public var headline: String { chart.headline }
    public var altText: String { chart.altText }

    /// Panels side by side: three on a desktop chart, two on a tablet, one on a phone.
    static func columns(width: Double) -> Int { width >= 1000 ? 3 : width >= 600 ? 2 : 1 }
    static let gap = 16.0
    /// No panel's plot is squeezed below this.
    static let minimumPanelHeight = 150.0

    /// Where each panel goes in the content area of `frame`.
    public static func panels(count: Int, in content: Rect) -> [Rect] {
        let columns = min(count, self.columns(width: content.width))
        let rows = (count + columns - 1) / max(1, columns)
        let w = (content.width - gap * Double(columns - 1)) / Double(max(1, columns))
        let h = (content.height - gap * Double(rows - 1)) / Double(max(1, rows))
        return (0 ..< count).map { i in
            Rect(x: content.x + Double(i % columns) * (w + gap), y: content.y + Double(i / columns) * (h + gap), width: w, height: h)
        }
    }

    /// The shared dates and scale: those of all series together.
    var domain: TimelineChart.SharedDomain {
        let days = chart.series.flatMap { $0.points.map(\.day) }
        var first = days.min() ?? CalendarDay(daysSinceEpoch: 0), last = days.max() ?? first
        if first == last {
            first = first.adding(days: -15)
            last = last.adding(days: 15)
        }
        let top = chart.series.flatMap { $0.points.map { Double($0.estimate.high ?? $0.estimate.shownBest) } }.max() ?? 1
        let open = chart.series.flatMap { $0.points.filter(\.estimate.isUnbounded).map { Double($0.estimate.shownBest) } }.max()
        return .init(first: first, last: last, max: top, openBest: open, tildeAt: TimelineLayout.tildeMarks(chart.series))
    }

    /// Panel `i`: its series alone, in its palette colour (or the accent or grey of a
    /// highlight), named by the panel's headline, on the shared domain.
    func panel(_ i: Int, theme: Theme) -> (TimelineChart, Theme) {
        let s = chart.series[i]
        var one = TimelineChart(period: chart.period, series: [s], text: ChartText(title: s.name, subtitle: "", source: ""),
                                namesSeries: false)
        one.partial = chart.partial
        one.sharedDomain = domain
        var t = theme
        // A group whose name is not given is grey, as its bar is (``GroupOrder``).
        let colour = s.isNotGiven ? theme.others : chart.highlighted.isEmpty ? theme.seriesColor(i)
            : chart.highlighted.contains(s.name) ? theme.accent : theme.others
        t.primary = colour
        t.series = [colour]
        t.titleFont = Font(size: theme.labelFont.size, weight: .bold, family: theme.titleFont.family)
        // Half a tick label above the plot: the top value sits on the top grid line.
        t.spacing = 0.5
        t.logo = nil
        t.credit = ""
        return (one, t)
    }

    public func draw(on canvas: Canvas, size: Size, theme: Theme) {
        let theme = theme.fitted(toWidth: size.width)
        let frame = FrameLayout(text: chart.text, size: size, theme: theme, canvas: canvas)
        // Right to left the whole grid is mirrored: the first panel at the top right.
        let canvas = theme.direction.canvas(canvas, width: size.width)
        frame.draw(on: canvas, size: size, theme: theme)
        for (i, rect) in Self.panels(count: chart.series.count, in: frame.content).enumerated() {
            let (one, t) = panel(i, theme: theme)
            let shifted = OffsetCanvas(base: canvas, by: Point(x: rect.x, y: rect.y))
            TimelineLayout(chart: one, size: Size(width: rect.width, height: rect.height), theme: t, canvas: shifted)
                .draw(on: shifted, theme: t)
        }
    }

    /// The plot of every panel, in chart coordinates: what tests check for alignment.
    public func plots(size: Size, theme: Theme, canvas: Canvas) -> [Rect] {
        let theme = theme.fitted(toWidth: size.width)
        let frame = FrameLayout(text: chart.text, size: size, theme: theme, canvas: canvas)
        return Self.panels(count: chart.series.count, in: frame.content).enumerated().map { i, rect in
            let (one, t) = panel(i, theme: theme)
            let p = TimelineLayout(chart: one, size: Size(width: rect.width, height: rect.height), theme: t, canvas: canvas).plot
            return Rect(x: p.x + rect.x, y: p.y + rect.y, width: p.width, height: p.height)
        }
    }

    /// The smallest plot a panel may have: below it the shared value axis has no room
    /// for three ticks.
    public static let minimumPanelPlot = 60.0

    /// Why a chart of `size` cannot draw every panel whole, checked panel by panel on the
    /// layout that will be drawn (not on an estimate), or `nil`.
    public func problem(size: Size, theme: Theme, canvas: Canvas) -> String? {
        let plots = self.plots(size: size, theme: theme, canvas: canvas)
        guard let i = plots.indices.first(where: { plots[$0].height + 0.5 < Self.minimumPanelPlot }) else { return nil }
        return "a chart \(Int(size.width))×\(Int(size.height)) leaves the plot of panel \(i + 1) of \(plots.count) ('"
            + AltText.plain(chart.series[i].name) + "') \(Int(plots[i].height)) high, "
            + "under the \(Int(Self.minimumPanelPlot)) each panel needs"
    }

    public func fit(width: Double, theme: Theme, canvas: Canvas) -> ChartFit {
        let theme = theme.fitted(toWidth: width)
        if let p = TextBounds.problem(text: chart.text, credit: theme.credit, names: chart.series.map(\.name),
                                      annotations: chart.annotations.map(\.text)) { return .refusing(p) }
        let probe = 4_000.0
        let frame = FrameLayout(text: chart.text, size: Size(width: width, height: probe), theme: theme, canvas: canvas)
        let chrome = probe - frame.content.height
        let columns = min(chart.series.count, Self.columns(width: frame.content.width))
        let rows = Double((chart.series.count + columns - 1) / max(1, columns))
        // A panel's own chrome (its name, tick labels) on top of its plot: the largest of
        // any panel's, since every panel of a grid has the same height and a name that
        // wraps makes its panel's chrome taller than the first one's.
        let panelWidth = (frame.content.width - Self.gap * Double(columns - 1)) / Double(columns)
        let panelChrome = chart.series.indices.map { i in
            let (one, t) = panel(i, theme: theme)
            return probe - TimelineLayout(chart: one, size: Size(width: panelWidth, height: probe), theme: t, canvas: canvas).plot.height
        }.max() ?? 0
        let minimum = chrome + rows * (panelChrome + Self.minimumPanelPlot) + (rows - 1) * Self.gap
        let natural = chrome + rows * (panelChrome + Self.minimumPanelHeight * 0.8) + (rows - 1) * Self.gap
        return ChartFit(naturalHeight: max((width * 9 / 16).rounded(), natural.rounded(.up)), minimumHeight: minimum.rounded(.up),
                        parts: frame.describe() + " and \(chart.series.count) panels in \(Int(rows)) rows",
                        widthProblem: panelWidth < TimelineLayout.minimumPlotWidth + 60
                            ? "small multiples \(Int(width)) wide leave each panel \(Int(panelWidth)) wide: give a larger --width" : nil)
    }
}

extension TimelineChart {
    /// More series than this on one plot become small multiples unless asked otherwise.
    public static let overlayLimit = 4

    public enum Arrangement: String, Sendable, Equatable {
        case overlay
        case smallMultiples = "small-multiples"
    }

    /// How the chart is drawn: `explicit` when given (`--layout`, a spec's `layout:`),
    /// else small multiples past ``overlayLimit`` series. Annotations are drawn on an
    /// overlay only, so `auto` keeps an annotated chart an overlay, and an explicit
    /// small-multiples layout with annotations is refused (``arrangementProblem(_:)``)
    /// rather than drawn without them.
    public func arrangement(_ explicit: Arrangement?) -> Arrangement {
        explicit ?? (series.count > Self.overlayLimit && annotations.isEmpty ? .smallMultiples : .overlay)
    }

    /// Why `explicit` cannot be drawn, or `nil`.
    public func arrangementProblem(_ explicit: Arrangement?) -> String? {
        guard explicit == .smallMultiples, !annotations.isEmpty else { return nil }
        return "small multiples draw no annotations (\(annotations.count) given): use the overlay layout "
            + "to mark dates, or leave the annotations out"
    }
}

/// Draws on `base` moved by `offset`: a panel lays itself out from (0, 0).
final class OffsetCanvas: Canvas {
    let base: Canvas
    let dx: Double, dy: Double
    init(base: Canvas, by offset: Point) { self.base = base; dx = offset.x; dy = offset.y }
    func p(_ q: Point) -> Point { Point(x: q.x + dx, y: q.y + dy) }
    func r(_ q: Rect) -> Rect { Rect(x: q.x + dx, y: q.y + dy, width: q.width, height: q.height) }
    func fill(_ rect: Rect, color: Color) { base.fill(r(rect), color: color) }
    func line(from start: Point, to end: Point, color: Color, width: Double, dash: [Double]) {
        base.line(from: p(start), to: p(end), color: color, width: width, dash: dash)
    }
    func stroke(_ points: [Point], color: Color, width: Double) { base.stroke(points.map(p), color: color, width: width) }
    func fill(_ polygon: [Point], color: Color) { base.fill(polygon.map(p), color: color) }
    func fillCircle(center: Point, radius: Double, color: Color) { base.fillCircle(center: p(center), radius: radius, color: color) }
    func text(_ string: String, at point: Point, font: Font, color: Color, anchor: TextAnchor) {
        base.text(string, at: p(point), font: font, color: color, anchor: anchor)
    }
    func measure(_ string: String, font: Font) -> TextMetrics { base.measure(string, font: font) }
    func pushClip(_ rect: Rect) { base.pushClip(r(rect)) }
    func popClip() { base.popClip() }
    func image(file: String, in rect: Rect) { base.image(file: file, in: r(rect)) }
}
