import TallyCore

/// A ranking of groups by one measure: "killed by province, 2023".
public struct BarChart: ChartDrawing, Equatable {
    public struct Bar: Equatable, Sendable {
        public var label: String
        public var estimate: Estimate
        /// How many groups a folded "N others" bar stands for; 0 for an ordinary bar.
        public var foldedCount: Int
        public var isOthers: Bool { foldedCount > 0 }

        public init(label: String, estimate: Estimate, foldedCount: Int = 0) {
            self.label = label; self.estimate = estimate; self.foldedCount = foldedCount
        }
    }

    public var bars: [Bar]
    public var text: ChartText

    public init(bars: [Bar], text: ChartText) {
        self.bars = bars
        self.text = text
    }

    /// Bars for `measure` from an aggregate: the ranking TallyCore computes
    /// (``AggregateResult/ranking(of:top:)``: largest best first, flows summed over the
    /// periods, a stock's latest snapshot per group, the tail past `top` folded into one
    /// "N others" bar), labelled.
    ///
    /// - Throws: ``AggregationOverflow`` when a bar, or any "N others" bar the layout may
    ///   still fold when the bars do not fit, passes 2^53.
    public static func bars(from result: AggregateResult, measure: String, top: Int? = nil) throws(AggregationOverflow) -> [Bar] {
        let all = try result.ranking(of: measure)
        try all.checkEveryFold()
        // Names carry their parents when any two groups differ in them, folded ones too.
        let withParents = GroupLabel.needsParents(all.groups.map { $0.keyValues(all.grouping) })
        guard let top else { return bars(from: all, withParents: withParents) }
        return bars(from: try all.folded(keeping: top), withParents: withParents)
    }

    /// Labelled bars of a ranking, its "others" last.
    public static func bars(from ranking: Ranking, withParents: Bool? = nil) -> [Bar] {
        let values = ranking.groups.map { $0.keyValues(ranking.grouping) }
        let withParents = withParents ?? GroupLabel.needsParents(values)
        var bars = values.enumerated().map { i, v in
            Bar(label: GroupLabel.of(values: v, grouping: ranking.grouping, fallback: ranking.measure, withParents: withParents),
                estimate: ranking.groups[i].estimate)
        }
        if let o = ranking.others { bars.append(Bar(label: "\(o.count) others", estimate: o.estimate, foldedCount: o.count)) }
        return bars
    }

    /// The first `keeping` bars, and one "N others" bar summing the rest (an earlier
    /// "others" bar included), as ``Ranking/folded(keeping:)`` folds. Folding a single
    /// bar would hide it for nothing, so then the bars are returned as they are.
    /// - Throws: ``AggregationOverflow`` when the folded figure passes 2^53.
    public static func fold(_ bars: [Bar], keeping: Int) throws(AggregationOverflow) -> [Bar] {
        let keep = max(1, keeping)
        guard bars.count > keep + 1 else { return bars }
        let rest = bars[keep...]
        let count = rest.reduce(0) { $0 + max(1, $1.foldedCount) }
        var sum = rest.first!.estimate
        for b in rest.dropFirst() { sum = try sum.summed(with: b.estimate, for: "the \(Estimate.grouped(Int64(count))) others folded into one bar") }
        return Array(bars[..<keep]) + [Bar(label: "\(count) others", estimate: sum, foldedCount: count)]
    }

    public func draw(on canvas: Canvas, size: Size, theme: Theme) {
        let theme = theme.fitted(toWidth: size.width)
        BarChartLayout(chart: self, size: size, theme: theme, canvas: canvas).draw(on: canvas, theme: theme)
    }
}

/// The printed name of a group.
public enum GroupLabel {
    /// The most specific key first ("Balkh (Afghanistan)"): the province is what the
    /// reader looks for, the country disambiguates it. Without grouping keys the series
    /// is the measure itself.
    /// An empty value says which name is missing ("Syria (province not given)").
    /// - Parameter withParents: `false` when every row shares the same parents (all
    ///   provinces of one country), so the country is not repeated on every bar.
    public static func of(_ row: AggregateRow, grouping: Grouping, fallback: String, withParents: Bool = true) -> String {
        of(values: row.keyValues(grouping), grouping: grouping, fallback: fallback, withParents: withParents)
    }

    /// The label of a group given by its key values in output-column order.
    public static func of(values: [String], grouping: Grouping, fallback: String, withParents: Bool = true) -> String {
        guard let last = values.last else { return fallback }
        let parents = withParents ? values.dropLast().reversed().filter { !$0.isEmpty } : []
        if last.isEmpty {
            let word = grouping.extraColumns.isEmpty ? missingWord(grouping.keys.last!) : grouping.extraColumns.last!
            return parents.isEmpty ? "(\(word) not given)" : Bidi.isolate(parents.joined(separator: ", ")) + " (\(word) not given)"
        }
        // Each name is its own isolate, so "بلخ (Afghanistan)" keeps the name first and the
        // brackets around the country instead of letting the Arabic run reorder the line.
        return parents.isEmpty ? last : Bidi.isolate(last) + " (" + Bidi.isolate(parents.joined(separator: ", ")) + ")"
    }

    /// Whether the rows' parent keys differ, so labels need them to be told apart.
    public static func needsParents(_ rows: [AggregateRow], grouping: Grouping) -> Bool {
        needsParents(rows.map { $0.keyValues(grouping) })
    }

    /// Whether groups given by their key values differ in their parent keys.
    public static func needsParents(_ values: [[String]]) -> Bool {
        guard let first = values.first else { return false }
        let p0 = first.dropLast()
        return values.contains { $0.dropLast() != p0 }
    }

    static func missingWord(_ key: GroupKey) -> String {
        switch key {
        case .country: "country"
        case .adm1: "province"
        case .adm2: "district"
        case .actor: "actor"
        }
    }
}

/// Positions of everything a bar chart draws, computed before drawing so tests can check
/// them as numbers.
public struct BarChartLayout: Sendable {
    public struct Row: Sendable {
        public let bar: BarChart.Bar
        /// The printed name, its lines joined by a space.
        public var label: String { labelLines.joined(separator: " ") }
        /// One line, or two when a long name wraps in a band tall enough for both.
        public let labelLines: [String]
        public let labelBox: Rect
        public let barRect: Rect
        /// x of the whisker's ends (low, high) when the range is not a single value; for
        /// an unbounded estimate the end is the arrow's tip.
        public let whisker: (low: Double, high: Double)?
        /// The arrow tip of an open-ended ("at least") estimate.
        public let arrowTip: Point?
        public let value: String
        public let valueBox: Rect
        public var centerY: Double { barRect.midY }
    }

    public let frame: FrameLayout
    public let plot: Rect
    public let scale: LinearScale
    public let axis: ValueAxis
    public let rows: [Row]
    public let labelFont: Font
    public let valueFont: Font
    public let size: Size

    static let gutter = 12.0
    public static let maximumBand = 64.0
    public static let minimumBand = 16.0
    static let valueGap = 8.0
    public static let arrowLength = 26.0

    /// The height a bar chart of `bars` rows looks right at when the user gave none:
    /// rows at their full band, plus the title block and source line, between 300 and
    /// the 16:9 default of 675. Three bars on a 675-high canvas would leave half of an
    /// article's chart empty.
    public static func preferredHeight(bars: Int, maximum: Int = 675) -> Int {
        min(maximum, max(300, 200 + Int(maximumBand) * bars))
    }

    public init(chart: BarChart, size: Size, theme: Theme, canvas: Canvas) {
        self.size = size
        frame = FrameLayout(text: chart.text, size: size, theme: theme, canvas: canvas)
        let content = frame.content
        let tickHeight = canvas.measure("0", font: theme.tickFont).height
        // Rows are at most `maximumBand` tall: three bars stretched over the whole
        // height would look like a different chart; the axis follows the last row.
        // Rows thinner than `minimumBand` would print labels on top of each other, so
        // the tail is folded into "N others" until the rest fit.
        let available = content.height - tickHeight - 8
        let fitting = max(2, Int(available / BarChartLayout.minimumBand))
        // `bars(from:)` has checked that every such fold stays within 2^53; bars built
        // by hand that pass it are all shown, crowded, rather than summed wrongly.
        let shown = chart.bars.count > fitting ? ((try? BarChart.fold(chart.bars, keeping: fitting - 1)) ?? chart.bars) : chart.bars
        let count = max(1, shown.count)
        let band = min(available / Double(count), BarChartLayout.maximumBand)
        let rowsArea = Rect(x: content.x, y: content.y, width: content.width, height: band * Double(count))
        let labelFont = Font(size: min(theme.labelFont.size, max(7, band * 0.62)), weight: theme.labelFont.weight)
        let valueFont = Font(size: min(theme.valueFont.size, max(7, band * 0.58)), weight: theme.valueFont.weight)
        self.labelFont = labelFont
        self.valueFont = valueFont

        // Names longer than a third of the width wrap to a second line when the band has
        // room for two ("National Front for Liberation" / "and Islamic groups"); only
        // what still does not fit is shortened with "…". A truncated name in a published
        // chart leaves the reader guessing who is meant.
        let maxLabelWidth = content.width * 0.32
        let lineHeight = canvas.measure("Ag", font: labelFont).height
        let wraps = band >= 2 * lineHeight + 4
        let labels = shown.map {
            LabelPlacement.wrap($0.label, toWidth: maxLabelWidth, font: labelFont, canvas: canvas, maxLines: wraps ? 2 : 1)
                .map(Bidi.isolate)
        }
        let labelWidth = labels.flatMap { $0.map { canvas.measure($0, font: labelFont).width } }.max() ?? 0
        let values = shown.map { Bidi.isolate($0.estimate.display) }
        let valueWidth = values.map { canvas.measure($0, font: valueFont).width }.max() ?? 0
        let anyOpen = shown.contains { $0.estimate.isUnbounded }

        let left = content.x + labelWidth + BarChartLayout.gutter
        let right = content.maxX - valueWidth - BarChartLayout.valueGap - (anyOpen ? BarChartLayout.arrowLength : 0)
        plot = Rect(x: left, y: rowsArea.y, width: max(10, right - left), height: rowsArea.height)

        let dataMax = shown.map { Double($0.estimate.high ?? max($0.estimate.best, $0.estimate.low)) }.max() ?? 1
        axis = ValueAxis(max: dataMax, length: plot.width, font: theme.tickFont, canvas: canvas)
        scale = LinearScale(domain: (0, axis.ticks.upper), range: (plot.minX, plot.maxX))

        let barHeight = min(band * 0.64, 36)
        var rows: [Row] = []
        for (i, bar) in shown.enumerated() {
            let e = bar.estimate
            let cy = rowsArea.y + band * (Double(i) + 0.5)
            let barRect = Rect(x: scale(0), y: cy - barHeight / 2, width: scale(Double(e.best)) - scale(0), height: barHeight)
            var whisker: (Double, Double)? = nil
            var tip: Point? = nil
            var end = barRect.maxX
            if let high = e.high {
                if e.low != high {
                    whisker = (scale(Double(e.low)), scale(Double(high)))
                    end = max(end, scale(Double(high)))
                }
            } else {
                let start = scale(Double(max(e.best, e.low)))
                tip = Point(x: start + BarChartLayout.arrowLength, y: cy)
                whisker = (scale(Double(e.low)), start + BarChartLayout.arrowLength)
                end = start + BarChartLayout.arrowLength
            }
            let widest = labels[i].map { canvas.measure($0, font: labelFont).width }.max() ?? 0
            let height = lineHeight * Double(labels[i].count)
            let labelBox = Rect(x: left - BarChartLayout.gutter - widest, y: cy - height / 2, width: widest, height: height)
            let valueBox = canvas.measure(values[i], font: valueFont)
                .box(at: Point(x: end + BarChartLayout.valueGap, y: cy), anchor: TextAnchor(.left, .middle))
            rows.append(Row(bar: bar, labelLines: labels[i], labelBox: labelBox, barRect: barRect, whisker: whisker,
                            arrowTip: tip, value: values[i], valueBox: valueBox))
        }
        self.rows = rows
    }

    public func draw(on canvas: Canvas, theme: Theme) {
        frame.draw(on: canvas, size: size, theme: theme)
        let tickTop = plot.maxY + 8
        for (value, label) in zip(axis.ticks.values, axis.labels) {
            let x = scale(value)
            canvas.line(from: Point(x: x, y: plot.minY), to: Point(x: x, y: plot.maxY), color: theme.grid, width: 1)
            canvas.text(label, at: Point(x: x, y: tickTop), font: theme.tickFont, color: theme.mutedText,
                        anchor: TextAnchor(.center, .top))
        }
        for row in rows {
            let color = row.bar.isOthers ? theme.others : theme.primary
            canvas.fill(row.barRect, color: color)
            if let (low, high) = row.whisker {
                let y = row.centerY
                let cap = row.barRect.height * 0.5
                canvas.line(from: Point(x: low, y: y), to: Point(x: high, y: y), color: theme.whisker, width: 2)
                canvas.line(from: Point(x: low, y: y - cap / 2), to: Point(x: low, y: y + cap / 2),
                            color: theme.whisker, width: 2)
                if let tip = row.arrowTip {
                    let head = min(9.0, cap * 0.7)
                    canvas.fill([Point(x: tip.x, y: tip.y), Point(x: tip.x - head * 1.3, y: tip.y - head / 2 - 1),
                                 Point(x: tip.x - head * 1.3, y: tip.y + head / 2 + 1)], color: theme.whisker)
                } else {
                    canvas.line(from: Point(x: high, y: y - cap / 2), to: Point(x: high, y: y + cap / 2),
                                color: theme.whisker, width: 2)
                }
            }
            let lineHeight = row.labelBox.height / Double(max(1, row.labelLines.count))
            for (n, line) in row.labelLines.enumerated() {
                canvas.text(line, at: Point(x: row.labelBox.maxX, y: row.labelBox.minY + lineHeight * (Double(n) + 0.5)),
                            font: labelFont, color: row.bar.isOthers ? theme.mutedText : theme.text,
                            anchor: TextAnchor(.right, .middle))
            }
            canvas.text(row.value, at: Point(x: row.valueBox.minX, y: row.centerY),
                        font: valueFont,
                        color: row.bar.isOthers ? theme.mutedText : theme.text, anchor: TextAnchor(.left, .middle))
        }
        canvas.line(from: Point(x: scale(0), y: plot.minY), to: Point(x: scale(0), y: plot.maxY), color: theme.axis, width: 1.5)
    }
}
