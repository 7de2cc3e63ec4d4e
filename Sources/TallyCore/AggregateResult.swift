/// One output cell (SPEC §4): its keys, period, measure and estimate.
public struct AggregateRow: Sendable, Equatable {
    public var country: String?
    public var adm1: String?
    public var adm2: String?
    public var actor: String?
    public var extras: [String]
    public var periodKey: Int32
    public var period: String
    public var measure: String
    public var kind: MeasureKind
    public var estimate: Estimate
    /// Rows summed (flows) or rows used for the snapshot (stocks).
    public var events: Int64
    /// For a row of events dated only to a span longer than the period: the key of the
    /// span's last period (``periodKey`` is its first, ``period`` the ISO 8601 interval
    /// `2016-01/2016-12`). `nil` for a row of one period.
    public var lastPeriodKey: Int32?
    /// For a stock: the days of the observations its snapshot is made of (one day when
    /// every place was last observed the same day), so a chart can say "as of Feb 2023"
    /// for a figure older than the period it shows. `nil` for flows.
    public var observed: ClosedRange<CalendarDay>?
    /// The inputs whose records the figure holds (``SourceSet``): a period is partial
    /// for it when one of them does not cover the period. Empty (0): not known, so
    /// every input is taken to add to it.
    public var sources: UInt32
    /// For a row of events whose date span reaches outside ``AggregationConfig/window``
    /// (`--from`/`--to`): they belong to no period of the window. `tally aggregate`
    /// leaves such rows out and says so; a chart's footnote counts them.
    public var outsideWindow = false
    /// For a stock: a fingerprint of the finest cells (place and actor, as observed)
    /// whose snapshots the figure sums, added up over them, so that two periods'
    /// figures can be told to sum the same groups or not (review38 S5: one group's 110
    /// in February against two groups' 1,120 in March read "+918%"). 0 for flows. A
    /// cell observed at exactly 0 (0, or 0–0) adds nothing to the sum and nothing to
    /// the fingerprint. Compared only through ``StockCells/comparable(_:_:kind:)``.
    public var stockCells: UInt64 = 0

    public init(country: String? = nil, adm1: String? = nil, adm2: String? = nil, actor: String? = nil,
                extras: [String] = [], periodKey: Int32, period: String, measure: String, kind: MeasureKind,
                estimate: Estimate, events: Int64, lastPeriodKey: Int32? = nil, sources: UInt32 = 0,
                observed: ClosedRange<CalendarDay>? = nil) {
        self.country = country; self.adm1 = adm1; self.adm2 = adm2; self.actor = actor
        self.extras = extras; self.periodKey = periodKey; self.period = period; self.measure = measure
        self.kind = kind; self.estimate = estimate; self.events = events; self.lastPeriodKey = lastPeriodKey
        self.observed = observed; self.sources = sources
    }

    /// Whether the row's period is an interval of several periods (events dated only
    /// to a span longer than one period).
    public var isSpanning: Bool { lastPeriodKey != nil }

    /// The value of a grouping column (`country`, `adm_1`, …, or an extra column).
    public func value(of key: GroupKey) -> String? {
        switch key {
        case .country: country
        case .adm1: adm1
        case .adm2: adm2
        case .actor: actor
        }
    }

    /// The key values in output-column order, for writers and chart labels.
    public func keyValues(_ grouping: Grouping) -> [String] {
        grouping.keys.map { value(of: $0) ?? "" } + extras
    }
}

/// A finished aggregation: rows sorted by key columns, period, then measure.
public struct AggregateResult: Sendable, Equatable {
    public var grouping: Grouping
    public var period: PeriodKind
    /// Rows of one period each: what charts, reports and comparisons use.
    public var rows: [AggregateRow]
    /// Rows of flows dated only to spans longer than the period, each under the
    /// ISO 8601 interval of the periods its events span (`2016-01/2016-12`), sorted
    /// like ``rows``. They belong to no single period, so charts and comparisons leave
    /// them out (and say so); files list them among the rows (``outputRows``), so the
    /// sum over a file's rows is still the dataset's total.
    public var spanning: [AggregateRow]
    /// With `--count-at-start` (``AggregationConfig/countAtStart``): per flow measure
    /// and period, what events dated only to spans longer than the period added to the
    /// period of their start dates, so a chart can say how much of its periods that
    /// rule put there. Empty otherwise.
    public var countedAtStart: [SpanTally]

    /// A measure's events dated only to spans longer than the period, summed.
    public struct SpanTally: Sendable, Equatable {
        public var measure: String
        public var estimate: Estimate
        public var events: Int64
        /// The period they were counted in (``countedAtStart``); `nil` for a total.
        public var periodKey: Int32?
        public init(measure: String, estimate: Estimate, events: Int64, periodKey: Int32? = nil) {
            self.measure = measure; self.estimate = estimate; self.events = events; self.periodKey = periodKey
        }
    }

    public init(grouping: Grouping, period: PeriodKind, rows: [AggregateRow], spanning: [AggregateRow] = [],
                countedAtStart: [SpanTally] = []) {
        self.grouping = grouping
        self.period = period
        self.rows = rows
        self.spanning = spanning
        self.countedAtStart = countedAtStart
    }

    /// Events of `measure` dated only to spans longer than the period: those left out
    /// of the periods (in ``spanning``), or with `--count-at-start` those counted at
    /// their start date; `nil` when there are none.
    /// - Throws: ``AggregationOverflow`` when their total passes 2^53: a footnote that
    ///   printed a capped figure instead would be a wrong number.
    /// - Parameter periods: only the events whose span overlaps these periods (with
    ///   `--count-at-start`, that were counted in one of them); all when `nil`.
    public func spanTally(of measure: String, periods: ClosedRange<Int32>? = nil)
        throws(AggregationOverflow) -> (tally: SpanTally, countedAtStart: Bool)? {
        let what = "events dated only to spans longer than a \(period.rawValue) / \(measure)"
        if countedAtStart.contains(where: { $0.measure == measure }) {
            var sum: Estimate? = nil, events: Int64 = 0
            for t in countedAtStart where t.measure == measure && (periods.map { p in t.periodKey.map(p.contains) ?? true } ?? true) {
                sum = try sum.map { s throws(AggregationOverflow) in try s.summed(with: t.estimate, for: what) } ?? t.estimate
                events += t.events
            }
            return sum.map { (SpanTally(measure: measure, estimate: $0, events: events), true) }
        }
        var sum: Estimate? = nil, events: Int64 = 0
        for r in spanning where r.measure == measure
            && (periods.map { r.periodKey <= $0.upperBound && (r.lastPeriodKey ?? r.periodKey) >= $0.lowerBound } ?? true) {
            if let s = sum {
                sum = try s.summed(with: r.estimate, for: "events dated only to spans longer than a \(period.rawValue) / \(measure)")
            } else {
                sum = r.estimate
            }
            events += r.events
        }
        return sum.map { (SpanTally(measure: measure, estimate: $0, events: events), false) }
    }

    /// ``rows`` and ``spanning`` in one list sorted as SPEC §3 sorts output rows (an
    /// interval's label sorts right after the period it starts in): what writers print.
    public var outputRows: [AggregateRow] {
        if spanning.isEmpty { return rows }
        if rows.isEmpty { return spanning }
        func precedes(_ a: AggregateRow, _ b: AggregateRow) -> Bool {
            for (x, y) in zip(a.keyValues(grouping), b.keyValues(grouping)) where x != y {
                return x.utf8.lexicographicallyPrecedes(y.utf8)
            }
            if a.periodKey != b.periodKey { return a.periodKey < b.periodKey }
            let ea = a.lastPeriodKey ?? a.periodKey, eb = b.lastPeriodKey ?? b.periodKey
            if ea != eb { return ea < eb }
            return a.measure.utf8.lexicographicallyPrecedes(b.measure.utf8)
        }
        var out: [AggregateRow] = []
        out.reserveCapacity(rows.count + spanning.count)
        var i = 0, j = 0
        while i < rows.count || j < spanning.count {
            if j == spanning.count || (i < rows.count && !precedes(spanning[j], rows[i])) {
                out.append(rows[i]); i += 1
            } else {
                out.append(spanning[j]); j += 1
            }
        }
        return out
    }
}

/// A cell of flows dated only to a span longer than the period: the cell (its period
/// the span's first) and the key of the span's last period.
struct SpanKey: Hashable {
    var cell: CellKey
    var lastPeriod: Int32
    /// Its events' spans reach outside the window (``AggregateRow/outsideWindow``).
    var outside = false
}
