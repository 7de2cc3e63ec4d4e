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

    /// At most this many series: the Okabe–Ito palette has eight colours.
    public static let maximumSeries = 8

    public init(period: PeriodKind, series: [Series], annotations: [Annotation] = [], text: ChartText,
                namesSeries: Bool = true) {
        self.period = period; self.series = series; self.annotations = annotations; self.text = text
        self.namesSeries = namesSeries
    }

    /// Series for `measure`, largest first (total best for flows, peak best for stocks),
    /// at most `top` of them; also returns how many series were left out.
    ///
    /// Flows are filled with zero between the first and last period of the result,
    /// because a month without a recorded event is a month with none recorded; stocks
    /// are not filled, because a size not observed is unknown, not zero.
    ///
    /// - Parameter span: the first and last day asked for (`--from`, `--to`); flows are
    ///   filled with zero out to the periods holding them, so a quiet last week shows as
    ///   zero instead of being cut off.
    public static func series(from result: AggregateResult, measure: String, top: Int? = nil,
                              span: (first: CalendarDay?, last: CalendarDay?) = (nil, nil))
        -> (series: [Series], omitted: Int) {
        let rows = result.rows.filter { $0.measure == measure }
        guard var minKey = rows.map(\.periodKey).min(), var maxKey = rows.map(\.periodKey).max() else { return ([], 0) }
        if let first = span.first { minKey = min(minKey, result.period.key(first)) }
        if let last = span.last { maxKey = max(maxKey, result.period.key(last)) }
        var order: [String] = []
        var cells: [String: (kind: MeasureKind, byPeriod: [Int32: Estimate])] = [:]
        let withParents = GroupLabel.needsParents(rows, grouping: result.grouping)
        for row in rows {
            let name = GroupLabel.of(row, grouping: result.grouping, fallback: measure, withParents: withParents)
            if cells[name] == nil { order.append(name); cells[name] = (row.kind, [:]) }
            let previous = cells[name]!.byPeriod[row.periodKey]
            cells[name]!.byPeriod[row.periodKey] = previous.map { $0 + row.estimate } ?? row.estimate
        }
        var allKeys: [Int32] = []
        var k = minKey
        while k <= maxKey {
            allKeys.append(k)
            if result.period == .all { break }
            k = result.period.successor(k)
        }
        var series: [Series] = order.map { name in
            let cell = cells[name]!
            let keys = cell.kind == .flow ? allKeys : cell.byPeriod.keys.sorted()
            let points = keys.map { key in
                Sample(periodKey: key, day: result.period.firstDay(key), estimate: cell.byPeriod[key] ?? .zero)
            }
            return Series(name: name, kind: cell.kind, points: points)
        }
        func weight(_ s: Series) -> Int64 {
            s.kind == .flow ? s.points.reduce(0) { $0 + $1.estimate.best } : (s.points.map(\.estimate.best).max() ?? 0)
        }
        series.sort { a, b in
            let wa = weight(a), wb = weight(b)
            return wa != wb ? wa > wb : a.name.utf8.lexicographicallyPrecedes(b.name.utf8)
        }
        let limit = min(top ?? maximumSeries, maximumSeries)
        let omitted = max(0, series.count - limit)
        return (Array(series.prefix(limit)), omitted)
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
}
