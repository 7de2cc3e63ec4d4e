#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TallyCore

/// Positions of everything a timeline draws.
public struct TimelineLayout: Sendable {
    public enum Naming: Equatable, Sendable {
        case none
        /// Names at the line ends, in a column right of the plot.
        case direct
        case legend
    }

    public struct DirectLabel: Sendable {
        public let seriesIndex: Int
        public let text: String
        public let box: Rect
        /// Where the series ends; a leader joins it to a label that had to move.
        public let anchor: Point
    }

    public struct LegendItem: Sendable {
        public let seriesIndex: Int
        public let text: String
        public let swatch: Rect
        public let box: Rect
    }

    public struct AnnotationMark: Sendable {
        public let x: Double
        public let text: String
        /// The note wrapped beside its rule (``annotationWidth``), each line isolated.
        public var lines: [String] = []
        public let box: Rect
    }

    /// The widest a date rule's or point's note is set before it wraps, as a share of
    /// the plot's width and at most ``annotationMaxWidth`` (issue 13 review F4: a
    /// 225-character note ran past a 1200-wide canvas).
    static let annotationShare = 0.45
    static let annotationMaxWidth = 320.0

    /// `text` wrapped to `width`, each line isolated, and the box's size.
    static func wrapNote(_ text: String, width: Double, font: Font, canvas: Canvas) -> (lines: [String], width: Double, height: Double) {
        let lines = TextWrap.lines(text, width: max(1, width), font: font, canvas: canvas,
                                   maxLines: TextWrap.lineLimit(font: font)).map(Bidi.isolate)
        let metrics = lines.map { canvas.measure($0, font: font) }
        return (lines, metrics.map(\.width).max() ?? 0, metrics.reduce(0) { $0 + $1.height })
    }

    /// A note pointing at one figure of a line (``TimelineChart/Annotation/atPoint``):
    /// the text in the plot beside the point, a leader to a ring around it.
    public struct PointNote: Sendable {
        public let point: Point
        public let text: String
        /// The note wrapped to at most ``annotationShare`` of the plot, each line isolated.
        public var lines: [String] = []
        public let box: Rect
        /// No place in the plot beside the figure was free of other notes: the box
        /// overlaps one. ``fit(chart:width:theme:canvas:)`` grows the chart until none does.
        public var overlaps = false
    }

    public let frame: FrameLayout
    public let plot: Rect
    public let xScale: TimeScale
    public let yScale: LinearScale
    public let yAxis: ValueAxis
    public let xAxis: DateAxis
    /// Ticks of `xAxis` whose labels fit inside the chart.
    public let xTicks: [(day: CalendarDay, label: String, box: Rect)]
    public let naming: Naming
    public let directLabels: [DirectLabel]
    public let legend: [LegendItem]
    public let annotations: [AnnotationMark]
    public let pointNotes: [PointNote]
    public let chart: TimelineChart
    public let size: Size
    public let labelFont: Font
    /// Whether a series name had to be shortened to fit the legend.
    public let namesCut: Bool

    static let legendSwatch = 22.0
    /// Room above an open-ended point for its arrow (range bars put the tip 18 above the
    /// point, lines 6 above; the arrow head is 8 tall).
    static let arrowRoom = 28.0

    public init(chart: TimelineChart, size: Size, theme: Theme, canvas: Canvas) {
        self.chart = chart
        self.size = size
        labelFont = theme.labelFont
        frame = FrameLayout(text: chart.text, size: size, theme: theme, canvas: canvas)
        let content = frame.content
        // Direct labels get at most a fifth of the width; longer names go to a legend,
        // which has room for them (truncated only past half the width).
        let fullWidth = chart.series.map { canvas.measure($0.name, font: theme.labelFont).width }.max() ?? 0
        let directFits = fullWidth <= content.width * 0.2
        // A legend item may take the whole width; a name wider than that is shortened,
        // and ``TimelineChart/fit(width:theme:canvas:)`` refuses such a chart.
        let legendWidth = content.width - TimelineLayout.legendSwatch - 6
        let names = chart.series.map {
            Bidi.isolate(directFits ? $0.name
                : LabelPlacement.truncate($0.name, toWidth: legendWidth, font: theme.labelFont, canvas: canvas))
        }
        namesCut = !directFits && chart.namesSeries
            && chart.series.contains { canvas.measure($0.name, font: theme.labelFont).width > legendWidth }
        let nameWidth = directFits ? fullWidth : 0
        let wantsNames = chart.namesSeries && !chart.series.isEmpty

        // Data extent.
        // Point notes sit in the plot (``pointNotes``); the band above holds date rules.
        let shownAnnotations = chart.visibleAnnotations.filter { !$0.atPoint }
        var days = chart.series.flatMap { $0.points.map(\.day) } + shownAnnotations.map(\.day)
        if days.isEmpty { days = [CalendarDay(daysSinceEpoch: 0)] }
        var first = days.min()!, last = days.max()!
        if first == last {
            let key = chart.period.key(first)
            let span = max(1, Int(chart.period.firstDay(chart.period.successor(key)).daysSinceEpoch - first.daysSinceEpoch) / 2)
            first = first.adding(days: -span)
            last = last.adding(days: span)
        }
        var dataMax = chart.series.flatMap { $0.points.map { Double($0.estimate.high ?? $0.estimate.shownBest) } }.max() ?? 1

        // An open-ended point's arrow rises above its best estimate; at the top of the
        // axis it would be clipped away and "at least 10" would read as exactly 10.
        var openBest = chart.series.flatMap { $0.points.filter(\.estimate.isUnbounded).map { Double($0.estimate.shownBest) } }.max()
        // Likewise the `~` above an approximate figure's mark (its arrow's tip when open).
        var tildeAt = TimelineLayout.tildeMarks(chart.series)
        if let shared = chart.sharedDomain {
            // A panel of small multiples: every panel on the same dates and scale.
            (first, last, dataMax, openBest, tildeAt) = (shared.first, shared.last, shared.max, shared.openBest, shared.tildeAt)
        }

        let tickHeight = canvas.measure("0", font: theme.tickFont).height
        let annotationTexts = shownAnnotations.map { Bidi.isolate($0.text) }
        let annotationGap = 4.0

        /// Lays out the plot for a given header height above it and naming mode.
        func attempt(_ naming: Naming, legendHeight: Double, annotationBand: Double)
            -> (plot: Rect, yAxis: ValueAxis, yScale: LinearScale, xScale: TimeScale) {
            let top = content.y + legendHeight + annotationBand + (annotationBand > 0 ? 4 : 0)
            let bottom = content.maxY - tickHeight - 8
            let height = max(20, bottom - top)
            var axisMax = dataMax
            if let openBest, height > 2 * TimelineLayout.arrowRoom {
                axisMax = max(axisMax, openBest / (1 - TimelineLayout.arrowRoom / height))
            }
            for (value, open) in tildeAt {
                let room = TimelineLayout.tildeRoom + (open ? TimelineLayout.openEndLength : 0)
                if height > 2 * room { axisMax = max(axisMax, value / (1 - room / height)) }
            }
            let yAxis = ValueAxis(max: axisMax, length: height, font: theme.tickFont, canvas: canvas, vertical: true, spacing: 16)
            let yLabelWidth = yAxis.labels.map { canvas.measure($0, font: theme.tickFont).width }.max() ?? 0
            let left = content.x + yLabelWidth + 10
            let right = content.maxX - (naming == .direct ? nameWidth + 14 : 24)
            let plot = Rect(x: left, y: top, width: max(20, right - left), height: height)
            return (plot, yAxis, LinearScale(domain: (0, yAxis.ticks.upper), range: (plot.maxY, plot.minY)),
                    TimeScale(first: first, last: last, range: (plot.minX, plot.maxX)))
        }

        /// Each date rule's note wrapped beside its rule (right of it, else left), the
        /// rows they stack in and the band's height.
        func annotationPlacement(_ xScale: TimeScale, _ plot: Rect)
            -> (marks: [(x: Double, start: Double, end: Double, lines: [String], height: Double)], rowTops: [Double], band: Double) {
            var marks: [(x: Double, start: Double, end: Double, lines: [String], height: Double)] = []
            let cap = min(plot.width * TimelineLayout.annotationShare, TimelineLayout.annotationMaxWidth)
            for a in shownAnnotations {
                let x = xScale(a.day)
                let rightRoom = content.maxX - x - 5, leftRoom = x - 5 - content.x
                let w = TimelineLayout.wrapNote(a.text, width: min(cap, max(rightRoom, leftRoom)), font: theme.tickFont, canvas: canvas)
                let start = w.width <= rightRoom ? x + 5 : max(content.x, x - 5 - w.width)
                marks.append((x, start, start + w.width, w.lines, w.height))
            }
            let rows = LabelPlacement.rows(for: marks.map { ($0.start, $0.end) })
            let count = (rows.max() ?? -1) + 1
            var heights = Array(repeating: 0.0, count: count)
            for (r, m) in zip(rows, marks) { heights[r] = max(heights[r], m.height + annotationGap) }
            var tops: [Double] = [], y = 0.0
            for h in heights { tops.append(y); y += h }
            return (marks, rows.map { tops[$0] }, y)
        }

        // Naming: direct labels when they fit, else a legend above the plot.
        var naming: Naming = wantsNames ? (directFits ? .direct : .legend) : .none
        var legendItems: [LegendItem] = []
        var legendHeight = 0.0
        var band = shownAnnotations.isEmpty ? 0.0 : canvas.measure("Ag", font: theme.tickFont).height + annotationGap
        var geometry = attempt(naming, legendHeight: 0, annotationBand: band)
        var direct: [DirectLabel] = []

        func placeDirect(_ g: (plot: Rect, yAxis: ValueAxis, yScale: LinearScale, xScale: TimeScale)) -> [DirectLabel]? {
            var wanted: [Double] = [], heights: [Double] = [], anchors: [Point] = []
            for s in chart.series {
                guard let lastPoint = s.points.last else { return nil }
                let y = g.yScale(Double(lastPoint.estimate.shownBest))
                anchors.append(Point(x: g.xScale(lastPoint.day), y: y))
                wanted.append(y)
                heights.append(canvas.measure("Ag", font: theme.labelFont).height)
            }
            // A name belongs at its line's end: a series that stopped early (a stock last
            // observed years ago) would need a leader across the plot that reads as a value
            // carried forward, and a name pushed far from its line is a puzzle. Both get a legend.
            let lastX = anchors.map(\.x).max() ?? g.plot.maxX
            guard anchors.allSatisfy({ $0.x >= lastX - 1 }) else { return nil }
            guard let centers = LabelPlacement.resolve(wanted: wanted, sizes: heights,
                                                       bounds: (g.plot.minY - 6, g.plot.maxY + 6), gap: 2),
                  zip(centers, wanted).allSatisfy({ abs($0 - $1) <= 2.5 * heights[0] }) else { return nil }
            return chart.series.indices.map { i in
                let m = canvas.measure(names[i], font: theme.labelFont)
                return DirectLabel(seriesIndex: i, text: names[i],
                                   box: m.box(at: Point(x: g.plot.maxX + 12, y: centers[i]), anchor: TextAnchor(.left, .middle)),
                                   anchor: anchors[i])
            }
        }

        if naming == .direct {
            if let placed = placeDirect(geometry) { direct = placed } else { naming = .legend }
        }
        if naming == .legend {
            var x = content.x, y = content.y
            let lineHeight = canvas.measure("Ag", font: theme.labelFont).height + 6
            for (i, name) in names.enumerated() {
                let w = canvas.measure(name, font: theme.labelFont).width
                let itemWidth = TimelineLayout.legendSwatch + 6 + w
                if x > content.x, x + itemWidth > content.maxX { x = content.x; y += lineHeight }
                let swatch = Rect(x: x, y: y + lineHeight / 2 - 6 - 3, width: TimelineLayout.legendSwatch, height: 12)
                let box = Rect(x: x + TimelineLayout.legendSwatch + 6, y: y, width: w, height: lineHeight - 6)
                legendItems.append(LegendItem(seriesIndex: i, text: name, swatch: swatch, box: box))
                x += itemWidth + 22
            }
            legendHeight = y + lineHeight - content.y + 8
        }
        geometry = attempt(naming, legendHeight: legendHeight, annotationBand: band)
        // Annotation rows depend on the x scale, which depends on the plot's height
        // through the y-axis labels' width; a few rounds settle it.
        for _ in 0..<4 where !shownAnnotations.isEmpty {
            let needed = annotationPlacement(geometry.xScale, geometry.plot).band
            if abs(needed - band) < 0.01 { break }
            band = needed
            geometry = attempt(naming, legendHeight: legendHeight, annotationBand: band)
        }
        if naming == .direct { direct = placeDirect(geometry) ?? direct }

        plot = geometry.plot
        yAxis = geometry.yAxis
        yScale = geometry.yScale
        xScale = geometry.xScale
        self.naming = naming
        directLabels = direct
        legend = legendItems

        let placement = annotationPlacement(xScale, plot)
        // If the last round did not settle, the band is what the plot's top left room for.
        let bandTop = plot.minY - 4 - max(placement.band, band)
        annotations = zip(placement.marks.indices, placement.marks).map { i, mark in
            AnnotationMark(x: mark.x, text: annotationTexts[i], lines: mark.lines,
                           box: Rect(x: mark.start, y: bandTop + placement.rowTops[i],
                                     width: mark.end - mark.start, height: mark.height))
        }

        pointNotes = TimelineLayout.placeNotes(chart, plot: plot, xScale: xScale, yScale: yScale, theme: theme, canvas: canvas)

        xAxis = DateAxis(scale: xScale, font: theme.tickFont, canvas: canvas, period: chart.period)
        var ticks: [(CalendarDay, String, Rect)] = []
        for (day, label) in zip(xAxis.days, xAxis.labels) {
            let box = canvas.measure(label, font: theme.tickFont)
                .box(at: Point(x: xScale(day), y: plot.maxY + 8), anchor: TextAnchor(.center, .top))
            if box.minX >= 0, box.maxX <= size.width - 4 { ticks.append((day, label, box)) }
        }
        xTicks = ticks
    }

    /// Room between a pointed-at figure and its note.
    static let noteOffset = 18.0

    /// Each point note beside its figure: above and right of it, else left where the
    /// text would pass the plot's right edge, moved up (then below the point) past
    /// notes already placed, and kept inside the plot so it never meets the axes,
    /// the names or the source line.
    static func placeNotes(_ chart: TimelineChart, plot: Rect, xScale: TimeScale, yScale: LinearScale,
                           theme: Theme, canvas: Canvas) -> [PointNote] {
        var notes: [PointNote] = []
        for a in chart.visibleAnnotations where a.atPoint {
            guard let line = chart.series.first(where: { $0.name == a.series }) ?? (chart.series.count == 1 ? chart.series.first : nil),
                  let sample = line.points.first(where: { $0.periodKey == chart.period.key(a.day) }) else { continue }
            let p = Point(x: xScale(sample.day), y: yScale(Double(sample.estimate.shownBest)))
            let text = Bidi.isolate(a.text)
            let rightRoom = plot.maxX - p.x - 8, leftRoom = p.x - 8 - plot.minX
            let cap = min(plot.width * annotationShare, annotationMaxWidth)
            let w = wrapNote(a.text, width: min(cap, max(rightRoom, leftRoom)), font: theme.tickFont, canvas: canvas)
            let m = (width: w.width, height: w.height)
            var x = p.x + 8
            if m.width > rightRoom { x = max(plot.minX, p.x - 8 - m.width) }
            let step = canvas.measure("Ag", font: theme.tickFont).height + 4
            let above = p.y - noteOffset - m.height, below = p.y + noteOffset
            var candidates: [Double] = []
            for k in 0..<6 { candidates.append(above - Double(k) * step) }
            for k in 0..<6 { candidates.append(below + Double(k) * step) }
            var boxes = candidates.map { Rect(x: x, y: $0, width: m.width, height: m.height) }
            // Then anywhere up the plot's height, on either side of the figure.
            let otherX = x > p.x ? max(plot.minX, p.x - 8 - m.width) : min(p.x + 8, plot.maxX - m.width)
            var y = plot.minY
            while y + m.height <= plot.maxY {
                boxes.append(Rect(x: x, y: y, width: m.width, height: m.height))
                boxes.append(Rect(x: otherX, y: y, width: m.width, height: m.height))
                y += step
            }
            let fits = boxes.first { r in
                r.minY >= plot.minY && r.maxY <= plot.maxY && !notes.contains { $0.box.insetBy(dx: -2, dy: -2).intersects(r) }
            }
            let box = fits ?? Rect(x: x, y: max(plot.minY, min(above, plot.maxY - m.height)), width: m.width, height: m.height)
            notes.append(PointNote(point: p, text: text, lines: w.lines, box: box, overlaps: fits == nil))
        }
        return notes
    }

    /// The smallest plot a timeline is drawn with: three value ticks and a line's shape.
    static let minimumPlotHeight = 100.0
    static let minimumPlotWidth = 120.0

    /// Room needed at `width`: the plot at 16:9 of the width unless the words around it
    /// (headline, legend, annotation rows, source) leave it less than 200 high, and at
    /// least ``minimumPlotHeight``.
    static func fit(chart: TimelineChart, width: Double, theme: Theme, canvas: Canvas) -> ChartFit {
        if let p = TextBounds.problem(text: chart.text, credit: theme.credit, names: chart.series.map(\.name),
                                      annotations: chart.annotations.map(\.text)) { return .refusing(p) }
        let probe = 4_000.0
        let layout = TimelineLayout(chart: chart, size: Size(width: width, height: probe), theme: theme, canvas: canvas)
        let chrome = probe - layout.plot.height
        var widthProblem: String? = nil
        if layout.plot.width < minimumPlotWidth {
            widthProblem = "a timeline \(Int(width)) wide leaves its plot \(Int(layout.plot.width)) wide: give a larger --width"
        } else if layout.namesCut {
            widthProblem = "a timeline \(Int(width)) wide cannot print every series name whole in its legend: give a larger --width"
        }
        var parts = layout.frame.describe()
        if !layout.legend.isEmpty { parts += ", the legend" }
        if !layout.annotations.isEmpty { parts += ", \(layout.annotations.count) annotation\(layout.annotations.count == 1 ? "" : "s")" }
        // A point note sits inside the plot above or below its figure: the plot holds the
        // tallest note on either side of a figure anywhere in it.
        var plotNeed = minimumPlotHeight
        if let tallest = layout.pointNotes.max(by: { $0.box.height < $1.box.height }),
           2 * (tallest.box.height + noteOffset) > plotNeed {
            plotNeed = 2 * (tallest.box.height + noteOffset)
            let words = Bidi.stripped(tallest.text)
            let shown = words.count > 40 ? String(words.prefix(40)) + "…" : words
            parts += ", the note \"\(shown)\" (\(tallest.lines.count) lines)"
        }
        parts += " and a plot at least \(Int(plotNeed.rounded(.up))) high"
        var natural = max((width * 9 / 16).rounded(), (chrome + max(200, plotNeed)).rounded(.up))
        var minimum = (chrome + plotNeed).rounded(.up)
        // Point notes placed clear of each other: the chart grows until they are, and a
        // fixed height below that is refused (the notes would overlap there).
        if !layout.pointNotes.isEmpty {
            var height = natural
            while TimelineLayout(chart: chart, size: Size(width: width, height: height), theme: theme, canvas: canvas)
                .pointNotes.contains(where: \.overlaps) {
                if height >= probe {
                    widthProblem = widthProblem ?? "a timeline \(Int(width)) wide cannot place its \(layout.pointNotes.count) point notes without one over another: give a larger --width or shorter notes"
                    break
                }
                height = min(probe, (height * 1.15).rounded(.up))
            }
            natural = height
            minimum = max(minimum, height)
            parts += " (\(layout.pointNotes.count) point note\(layout.pointNotes.count == 1 ? "" : "s") clear of each other)"
        }
        return ChartFit(naturalHeight: natural, minimumHeight: minimum, parts: parts, widthProblem: widthProblem)
    }

    public func draw(on canvas: Canvas, theme: Theme) {
        frame.draw(on: canvas, size: size, theme: theme)
        for (value, label) in zip(yAxis.ticks.values, yAxis.labels) {
            let y = yScale(value)
            canvas.line(from: Point(x: plot.minX, y: y), to: Point(x: plot.maxX, y: y),
                        color: value == 0 ? theme.axis : theme.grid, width: value == 0 ? 1.5 : 1)
            canvas.text(label, at: Point(x: plot.minX - 8, y: y), font: theme.tickFont, color: theme.mutedText,
                        anchor: TextAnchor(.right, .middle))
        }
        for tick in xTicks {
            let x = xScale(tick.day)
            canvas.line(from: Point(x: x, y: plot.maxY), to: Point(x: x, y: plot.maxY + 5), color: theme.axis, width: 1)
            canvas.text(tick.label, at: Point(x: tick.box.midX, y: tick.box.minY), font: theme.tickFont,
                        color: theme.mutedText, anchor: TextAnchor(.center, .top))
        }
        for mark in annotations {
            canvas.line(from: Point(x: mark.x, y: mark.box.minY), to: Point(x: mark.x, y: plot.maxY),
                        color: theme.annotation, width: 1, dash: [4, 3])
            var y = mark.box.minY
            for line in mark.lines {
                canvas.text(line, at: Point(x: mark.box.minX, y: y), font: theme.tickFont,
                            color: theme.text, anchor: TextAnchor(.left, .top))
                y += canvas.measure(line, font: theme.tickFont).height
            }
        }

        canvas.pushClip(plot.insetBy(dx: -8, dy: -8))
        // Largest series last, so it is drawn on top; highlighted ones above the grey.
        let order = chart.series.indices.reversed().filter { !chart.highlighted.contains(chart.series[$0].name) }
            + chart.series.indices.reversed().filter { chart.highlighted.contains(chart.series[$0].name) }
        for index in order {
            let series = chart.series[index]
            let color = chart.namesSeries || chart.series.count > 1 ? theme.seriesColor(index) : theme.primary
            switch series.kind {
            case .flow: drawFlow(series, color: color, on: canvas, theme: theme)
            case .stock: drawStock(series, color: color, on: canvas, theme: theme)
            }
        }
        canvas.popClip()

        for note in pointNotes {
            // A ring round the figure, a leader to the note's nearest corner, and the
            // text on the background so a line under it does not strike it through.
            let ring = (0...24).map { i -> Point in
                let t = Double(i) / 24 * 2 * Double.pi
                return Point(x: note.point.x + 7 * cos(t), y: note.point.y + 7 * sin(t))
            }
            canvas.stroke(ring, color: theme.text, width: 1.5)
            let corner = Point(x: note.box.minX > note.point.x ? note.box.minX - 2 : note.box.maxX + 2,
                               y: note.box.maxY < note.point.y ? note.box.maxY : note.box.minY)
            let start = TimelineLayout.towards(corner, from: note.point, distance: 7)
            canvas.line(from: start, to: corner, color: theme.text, width: 1, dash: [])
            canvas.fill(note.box.insetBy(dx: -2, dy: -1), color: theme.background.withAlpha(0.85))
            var y = note.box.minY
            for line in note.lines {
                canvas.text(line, at: Point(x: note.box.minX, y: y), font: theme.tickFont,
                            color: theme.text, anchor: TextAnchor(.left, .top))
                y += canvas.measure(line, font: theme.tickFont).height
            }
        }

        for label in directLabels {
            let color = theme.seriesColor(label.seriesIndex)
            if abs(label.box.midY - label.anchor.y) > 2 || label.anchor.x < plot.maxX - 1 {
                canvas.line(from: Point(x: label.anchor.x + 5, y: label.anchor.y),
                            to: Point(x: label.box.minX - 3, y: label.box.midY), color: color.withAlpha(0.7), width: 1)
            }
            // The name in a shade of its line's colour that reads at 4.5:1 (WCAG).
            canvas.text(label.text, at: Point(x: label.box.minX, y: label.box.midY), font: labelFont,
                        color: theme.seriesTextColor(label.seriesIndex), anchor: TextAnchor(.left, .middle))
        }
        for item in legend {
            let color = theme.seriesColor(item.seriesIndex)
            if chart.series[item.seriesIndex].kind == .stock {
                canvas.fillCircle(center: Point(x: item.swatch.midX, y: item.swatch.midY), radius: 5, color: color)
            } else {
                canvas.fill(Rect(x: item.swatch.minX, y: item.swatch.minY, width: item.swatch.width, height: item.swatch.height),
                            color: color.withAlpha(theme.bandOpacity))
                canvas.line(from: Point(x: item.swatch.minX, y: item.swatch.midY), to: Point(x: item.swatch.maxX, y: item.swatch.midY),
                            color: color, width: 2.5)
            }
            canvas.text(item.text, at: Point(x: item.box.minX, y: item.box.midY), font: labelFont, color: theme.text,
                        anchor: TextAnchor(.left, .middle))
        }
    }

    /// A flow's line through each run of consecutive periods, never across a period
    /// without a point (the gap rule: a source not known to report continuously says
    /// nothing of a period it has no record in, and a line across it would draw one).
    func drawFlow(_ series: TimelineChart.Series, color: Color, on canvas: Canvas, theme: Theme) {
        for run in chart.runs(series) {
            var part = series
            part.points = Array(series.points[run])
            drawFlowRun(part, color: color, on: canvas, theme: theme)
        }
    }

    func drawFlowRun(_ series: TimelineChart.Series, color: Color, on canvas: Canvas, theme: Theme) {
        let xs = series.points.map { xScale($0.day) }
        let upper = zip(xs, series.points).map { Point(x: $0, y: yScale(Double($1.estimate.high ?? $1.estimate.shownBest))) }
        let lower = zip(xs, series.points).map { Point(x: $0, y: yScale(Double($1.estimate.low))) }
        if series.points.count > 1, zip(upper, lower).contains(where: { $0.y != $1.y }) {
            canvas.fill(upper + lower.reversed(), color: color.withAlpha(theme.bandOpacity))
        }
        let line = zip(xs, series.points).map { Point(x: $0, y: yScale(Double($1.estimate.shownBest))) }
        let partial = series.points.map { chart.partial[$0.periodKey] != nil || series.partial[$0.periodKey] != nil }
        // A range given with no best ("5,000 to 7,000": its best is the midpoint by
        // rule) is drawn as its range alone, a bar from low to high, as bars draw it:
        // the line neither runs to nor through a midpoint nobody reported.
        let rangeOnly = series.points.map(\.estimate.isRangeOnly)
        if line.count == 1 {
            // One period has no band to shade: without a range bar, "5,000–7,000" or
            // "12+" would show as a plain point and look exact.
            drawRange(series.points[0].estimate, at: xs[0], color: color, on: canvas)
            if partial[0] { drawPartial(at: rangeOnly[0] ? upper[0] : line[0], color: color, theme: theme, on: canvas) } else if !rangeOnly[0] {
                canvas.fillCircle(center: line[0], radius: 4.5, color: color)
            }
            drawApproximate(series.points[0].estimate, at: rangeOnly[0] ? upper[0] : line[0], color: color, theme: theme, on: canvas)
            return
        }
        // Solid through the complete periods, dashed into and out of a partly covered
        // one: its figure holds only part of the period's events. No segment to or from
        // a range without a best.
        var solid: [Point] = [line[0]]
        for i in 1 ..< line.count {
            if rangeOnly[i - 1] || rangeOnly[i] {
                if solid.count > 1 { canvas.stroke(solid, color: color, width: 2.5) }
                solid = [line[i]]
            } else if partial[i - 1] || partial[i] {
                if solid.count > 1 { canvas.stroke(solid, color: color, width: 2.5) }
                canvas.line(from: line[i - 1], to: line[i], color: color, width: 2.5, dash: [5, 4])
                solid = [line[i]]
            } else {
                solid.append(line[i])
            }
        }
        if solid.count > 1 { canvas.stroke(solid, color: color, width: 2.5) }
        for (i, (p, s)) in zip(line, series.points).enumerated() {
            if rangeOnly[i] {
                drawRange(s.estimate, at: p.x, color: color, on: canvas)
                // A point between two others would be a dot on no line: the bar alone says it.
                if partial[i] { drawPartial(at: upper[i], color: color, theme: theme, on: canvas) }
                drawApproximate(s.estimate, at: upper[i], color: color, theme: theme, on: canvas)
                continue
            }
            if s.estimate.isUnbounded { drawOpenEnd(from: p, color: color, theme: theme, on: canvas) }
            if partial[i] { drawPartial(at: p, color: color, theme: theme, on: canvas) }
            // A figure between ranges with no best has no segment: a point, not nothing.
            let joined = (i > 0 && !rangeOnly[i - 1]) || (i + 1 < line.count && !rangeOnly[i + 1])
            if !joined && !partial[i] && !s.estimate.isUnbounded { canvas.fillCircle(center: p, radius: 4.5, color: color) }
            drawApproximate(s.estimate, at: s.estimate.isUnbounded ? Point(x: p.x, y: p.y - TimelineLayout.openEndLength) : p,
                            color: color, theme: theme, on: canvas)
        }
    }

    /// A figure given as "about" (``Estimate/approximate``): a `~` just above its mark,
    /// as its label would carry one on a bar (`~40`); the footer says once what it means
    /// (``TimelineChart/rangeKey(_:)``).
    func drawApproximate(_ estimate: Estimate, at point: Point, color: Color, theme: Theme, on canvas: Canvas) {
        guard estimate.approximate else { return }
        canvas.text("~", at: Point(x: point.x, y: point.y - 7), font: Font(size: theme.tickFont.size * 1.3, weight: .bold,
                                                                         family: theme.tickFont.family),
                    color: color, anchor: TextAnchor(.center, .bottom))
    }

    /// A point of a period the data covers only in part: a hollow square, unlike any
    /// other mark (a filled point, the ring of an open end).
    func drawPartial(at point: Point, color: Color, theme: Theme, on canvas: Canvas) {
        canvas.fill(Rect(x: point.x - 5, y: point.y - 5, width: 10, height: 10), color: color)
        canvas.fill(Rect(x: point.x - 3, y: point.y - 3, width: 6, height: 6), color: theme.background)
    }

    func drawStock(_ series: TimelineChart.Series, color: Color, on canvas: Canvas, theme: Theme) {
        // Join only consecutive observation periods whose figures add up the same groups
        // and places (``TimelineChart/runs(_:)``): a line across an unobserved period
        // would claim a size nobody measured, and one from a figure of other groups a
        // change of nothing (review38 S5).
        for run in chart.runs(series) {
            for (a, b) in zip(series.points[run], series.points[run].dropFirst()) where !a.estimate.isRangeOnly && !b.estimate.isRangeOnly {
                canvas.line(from: Point(x: xScale(a.day), y: yScale(Double(a.estimate.shownBest))),
                            to: Point(x: xScale(b.day), y: yScale(Double(b.estimate.shownBest))), color: color.withAlpha(0.6), width: 1.5)
            }
        }
        for s in series.points {
            let x = xScale(s.day)
            drawRange(s.estimate, at: x, color: color, on: canvas)
            // A range with no best is its bar alone: no point at the rule's midpoint.
            if !s.estimate.isRangeOnly {
                canvas.fillCircle(center: Point(x: x, y: yScale(Double(s.estimate.shownBest))), radius: 4.5, color: color)
            }
            let top = s.estimate.isRangeOnly ? yScale(Double(s.estimate.high!)) : yScale(Double(s.estimate.shownBest))
            drawApproximate(s.estimate, at: Point(x: x, y: top), color: color, theme: theme, on: canvas)
        }
    }

    /// A vertical range bar from low to high with caps, or from low up to an arrow above
    /// the best estimate when the high is unbounded; nothing for a single value.
    func drawRange(_ estimate: Estimate, at x: Double, color: Color, on canvas: Canvas) {
        let yLow = yScale(Double(estimate.low))
        if let high = estimate.high {
            guard high != estimate.low else { return }
            let yHigh = yScale(Double(high))
            canvas.line(from: Point(x: x, y: yLow), to: Point(x: x, y: yHigh), color: color, width: 2)
            canvas.line(from: Point(x: x - 4, y: yLow), to: Point(x: x + 4, y: yLow), color: color, width: 2)
            canvas.line(from: Point(x: x - 4, y: yHigh), to: Point(x: x + 4, y: yHigh), color: color, width: 2)
        } else {
            let tipY = yScale(Double(estimate.shownBest)) - 18
            canvas.line(from: Point(x: x, y: yLow), to: Point(x: x, y: tipY + 4), color: color, width: 2)
            drawArrowUp(at: Point(x: x, y: tipY), color: color, on: canvas)
        }
    }

    /// Room above a mark for its `~` (7 units of gap and the glyph, less the 8 the
    /// plot's clip leaves), so a `~` at the top of the axis is not clipped away.
    static let tildeRoom = 22.0

    /// The highest approximate figure's mark of each kind (plain, open-ended), whose
    /// `~` the value axis leaves room for: a range with no best is marked at its high.
    static func tildeMarks(_ series: [TimelineChart.Series]) -> [(value: Double, open: Bool)] {
        let approximate = series.flatMap { $0.points.map(\.estimate) }.filter(\.approximate)
        var out: [(value: Double, open: Bool)] = []
        if let top = approximate.filter({ !$0.isUnbounded }).map({ Double($0.isRangeOnly ? $0.high! : $0.shownBest) }).max() { out.append((top, false)) }
        if let top = approximate.filter(\.isUnbounded).map({ Double($0.shownBest) }).max() { out.append((top, true)) }
        return out
    }

    /// Length of the "at least" arrow above an open-ended point on a line, from the
    /// point to the arrow's tip.
    public static let openEndLength = 20.0

    /// An open-ended ("at least") point on a line: a ring at the figure (an open end,
    /// not a filled point) and an arrow rising from it, so it reads as "this or more"
    /// and not as one more point of the line.
    func drawOpenEnd(from point: Point, color: Color, theme: Theme, on canvas: Canvas) {
        let tip = Point(x: point.x, y: point.y - TimelineLayout.openEndLength)
        canvas.fillCircle(center: point, radius: 4.5, color: color)
        canvas.fillCircle(center: point, radius: 2.5, color: theme.background)
        canvas.line(from: Point(x: point.x, y: point.y - 4.5), to: Point(x: tip.x, y: tip.y + 6), color: color, width: 2)
        drawArrowUp(at: tip, color: color, on: canvas)
    }

    /// The point `distance` from `origin` towards `target`.
    static func towards(_ target: Point, from origin: Point, distance: Double) -> Point {
        let dx = target.x - origin.x, dy = target.y - origin.y
        let length = max(0.001, (dx * dx + dy * dy).squareRoot())
        return Point(x: origin.x + dx / length * distance, y: origin.y + dy / length * distance)
    }

    func drawArrowUp(at tip: Point, color: Color, on canvas: Canvas) {
        canvas.fill([tip, Point(x: tip.x - 5, y: tip.y + 8), Point(x: tip.x + 5, y: tip.y + 8)], color: color)
    }
}
