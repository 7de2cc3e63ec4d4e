import TallyCore

/// Series of one measure over time: "killed per month, by country".
public struct TimelineChart: ChartDrawing, Equatable {
    public struct Sample: Equatable, Sendable {
        public var periodKey: Int32
        public var day: CalendarDay
        public var estimate: Estimate
        public init(periodKey: Int32, day: CalendarDay, estimate: Estimate) {
            self.periodKey = periodKey; self.day = day; self.estimate = estimate
        }
    }

    public struct Series: Equatable, Sendable {
        public var name: String
        public var kind: MeasureKind
        /// In period order. Flows have a point for every period of the chart's span
        /// (zero where nothing was recorded); stocks only where they were observed.
        public var points: [Sample]
        public init(name: String, kind: MeasureKind, points: [Sample]) {
            self.name = name; self.kind = kind; self.points = points
        }
    }

    /// A dated event worth marking, such as `2021-08-15=Taliban takeover`.
    public struct Annotation: Equatable, Sendable {
        public var day: CalendarDay
        public var text: String
        public init(day: CalendarDay, text: String) { self.day = day; self.text = text }

        /// Parses `DATE=TEXT`, the date as `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (the first
        /// day of that month or year).
        public init?(argument: String) {
            guard let eq = argument.firstIndex(of: "=") else { return nil }
            let date = String(argument[..<eq])
            let text = String(argument[argument.index(after: eq)...])
            guard !text.isEmpty else { return nil }
            if let d = CalendarDay(date) {
                day = d
            } else if let k = PeriodKind.month.parseLabel(date) {
                day = PeriodKind.month.firstDay(k)
            } else if let k = PeriodKind.year.parseLabel(date) {
                day = PeriodKind.year.firstDay(k)
            } else {
                return nil
            }
            self.text = text
        }
    }

    public var period: PeriodKind
    public var series: [Series]
    public var annotations: [Annotation]
    public var text: ChartText
    /// Whether series get names on the chart; a single ungrouped series is named by the
    /// title already.
    public var namesSeries: Bool

    /// Periods the data covers only in part (an export ending 28 May: May), with what
    /// the footer says of each (`partial: data to 28 May`). A flow's point there holds
    /// only part of the period's events: it is drawn as a hollow square, the line to it
    /// dashed, so a fall that is only missing days does not read as a fall. A stock's
    /// point is a snapshot as observed and is drawn as usual.
    public var partial: [Int32: String] = [:]

    /// At most this many series: the Okabe–Ito palette has eight colours.
    public static let maximumSeries = 8

    public init(period: PeriodKind, series: [Series], annotations: [Annotation] = [], text: ChartText,
                namesSeries: Bool = true) {
        self.period = period; self.series = series; self.annotations = annotations; self.text = text
        self.namesSeries = namesSeries
    }

    /// Series for `measure`: TallyCore's (``AggregateResult/series(of:top:window:reporting:)``:
    /// largest first, a flow by its total best, a stock by its peak; gaps as
    /// ``GapRule`` decides), at most `top` of them (never more than the palette's
    /// ``maximumSeries``), labelled; also returns how many series were left out.
    ///
    /// - Parameters:
    ///   - span: the first and last day asked for (`--from`, `--to`): rows outside
    ///     their periods are left out. The asked-for dates never extend a line: before
    ///     the measure's first record and after its last the data says nothing, and a
    ///     zero there would be invented.
    ///   - reporting: whether the source reports continuously (a flow's period without
    ///     a record between the first and the last is then zero, else a break).
    /// - Throws: ``AggregationOverflow`` when a figure passes 2^53.
    public static func series(from result: AggregateResult, measure: String, top: Int? = nil,
                              span: (first: CalendarDay?, last: CalendarDay?) = (nil, nil),
                              reporting: Reporting = .sparse)
        throws(AggregationOverflow) -> (series: [Series], omitted: Int) {
        var window: ClosedRange<Int32>?
        if span.first != nil || span.last != nil {
            let lo = span.first.map { result.period.key($0) } ?? Int32.min
            let hi = span.last.map { result.period.key($0) } ?? Int32.max
            window = lo <= hi ? lo ... hi : nil
        }
        let set = try result.series(of: measure, top: min(top ?? maximumSeries, maximumSeries), window: window,
                                    reporting: reporting)
        // Names carry their parents when any two groups differ in them, left-out ones too.
        let withParents = GroupLabel.needsParents(result.rows.filter { $0.measure == measure }, grouping: result.grouping)
        return (series(from: set, grouping: result.grouping, period: result.period, measure: measure,
                       withParents: withParents), set.omitted)
    }

    /// Labelled chart series of TallyCore's series.
    public static func series(from set: SeriesSet, grouping: Grouping, period: PeriodKind, measure: String,
                              withParents: Bool? = nil) -> [Series] {
        let withParents = withParents ?? GroupLabel.needsParents(set.series.map(\.keyValues))
        return set.series.map { s in
            Series(name: GroupLabel.of(values: s.keyValues, grouping: grouping, fallback: measure, withParents: withParents),
                   kind: s.kind,
                   points: s.points.map { Sample(periodKey: $0.periodKey, day: period.firstDay($0.periodKey), estimate: $0.estimate) })
        }
    }

    /// The footer line saying what the timeline's range marks mean
    /// (``ChartWords/rangeKey(_:floating:rangeWords:)``): a flow of several periods
    /// shades its range, stocks and single periods draw range bars.
    public static func rangeKey(_ series: [Series]) -> String? {
        let barred = series.contains { $0.kind == .stock || $0.points.count == 1 }
        let shaded = series.contains { $0.kind == .flow && $0.points.count > 1 }
        let words = barred && shaded ? "shading and range bars run" : barred ? "range bars run" : "shading runs"
        return ChartWords.rangeKey(series.flatMap { $0.points.map(\.estimate) }, rangeWords: words)
    }

    /// The periods of `series` that `coverage` spans only in part, with their notes
    /// (``ChartWords/partialNote(_:key:kind:)``); empty without a coverage.
    public static func partialPeriods(_ series: [Series], period: PeriodKind, coverage: Coverage?) -> [Int32: String] {
        guard let coverage else { return [:] }
        var out: [Int32: String] = [:]
        for s in series where s.kind == .flow {
            for p in s.points where out[p.periodKey] == nil {
                if let note = ChartWords.partialNote(coverage.extent(of: p.periodKey, kind: period), key: p.periodKey, kind: period) {
                    out[p.periodKey] = note
                }
            }
        }
        return out
    }

    /// The footer line that says what the hollow squares mean, naming each partly
    /// covered period: `Hollow squares, dashed: periods the data covers only in part
    /// (May 2023, partial: data to 28 May).` `nil` when there is none.
    public var partialKey: String? {
        guard !partial.isEmpty else { return nil }
        let named = partial.keys.sorted().map { ChartWords.periodName($0, kind: period) + ", " + partial[$0]! }
        let which = partial.count == 1 ? "a " + ChartWords.periodNoun(period) + " the data covers only in part"
            : ChartWords.periodNoun(period) + "s the data covers only in part"
        return (partial.count == 1 ? "A hollow square, the line to it dashed, marks " : "Hollow squares, the lines to them dashed, mark ")
            + which + " (" + named.joined(separator: "; ") + ")."
    }

    /// The annotations dated within the periods the series cover (from the first day of
    /// the first period to the last day of the last). One dated outside would stretch the
    /// time axis to reach it and squash the data into a corner: `2001-09-11=9/11` on a
    /// chart of 2023 left the year a sliver at the right edge.
    public var visibleAnnotations: [Annotation] {
        let keys = series.flatMap { $0.points.map(\.periodKey) }
        guard let lo = keys.min(), let hi = keys.max() else { return annotations }
        let first = period.firstDay(lo)
        let last = period.lastDay(hi)
        return annotations.filter { $0.day >= first && $0.day <= last }
    }

    public func draw(on canvas: Canvas, size: Size, theme: Theme) {
        let theme = theme.fitted(toWidth: size.width)
        TimelineLayout(chart: self, size: size, theme: theme, canvas: canvas).draw(on: canvas, theme: theme)
    }

    public func fit(width: Double, theme: Theme, canvas: Canvas) -> ChartFit {
        TimelineLayout.fit(chart: self, width: width, theme: theme.fitted(toWidth: width), canvas: canvas)
    }
}
