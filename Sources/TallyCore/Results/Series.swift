/// One group's figures of one measure over time (timelines).
public struct GroupSeries: Sendable, Equatable {
    /// The group's key values in output-column order (empty for an ungrouped total).
    public var keyValues: [String]
    public var kind: MeasureKind
    /// In period order, as ``GapRule`` leaves them.
    public var points: [Point]
    /// The inputs whose records the series holds (``AggregateRow/sources``, all its rows').
    public var sources: UInt32 = 0
    /// The group's country when the grouping has one (``AggregateRow/country``): its
    /// line is judged by that country's days (``DatasetCoverages/seen(by:)``).
    public var place: String?

    public struct Point: Sendable, Equatable {
        public var periodKey: Int32
        public var estimate: Estimate
        /// A stock's ``AggregateRow/stockCells`` in this period (0 for a flow): which
        /// groups and places its figure adds up (``StockCells``).
        public var cells: UInt64 = 0
        public init(periodKey: Int32, estimate: Estimate, cells: UInt64 = 0) {
            self.periodKey = periodKey; self.estimate = estimate; self.cells = cells
        }
    }
}

/// What a series shows in a period without a row (docs/aggregation.md, the gap rule).
///
/// A zero on a timeline says "recorded as none". Tally draws one only where the data
/// can say that:
///
/// - Before the measure's first record and after its last there is no point: the data
///   does not speak of those periods (a brief's six-month window reaching back before
///   the first `killed` record drew "0 killed" and invented a rising trend).
/// - Between them, a flow's period without a row is zero only when the source reports
///   continuously (UCDP GED, ACLED: every event they know of is in the file, so a month
///   without one is a month with none recorded). A source not known to do so (a native
///   CSV of transcribed news items) leaves the period without a point, and the line
///   breaks there.
/// - A stock has points only where it was observed: a size not observed is unknown.
/// - A line joins two points of consecutive periods only where their figures are
///   comparable (``StockCells``): a stock's two figures adding up different groups or
///   places (one group's 110 beside two groups' 1,120) are not joined (``runs(_:kind:period:)``).
///
/// Every series in tally (charts and reports) goes through this one function, so
/// changing the rule here changes it everywhere.
public enum GapRule {
    /// The points of a series observed at `observed`.
    /// - Parameters:
    ///   - span: every period key from the measure's first record to its last (within
    ///     the window asked for), ascending.
    ///   - continuous: whether the source reports continuously (``Reporting``).
    ///   - covered: whether the data's coverage reaches a period (a zero is drawn only
    ///     there: not in a gap between runs of records, ``Coverage``).
    ///   - cells: a stock's ``AggregateRow/stockCells`` by period (none for a flow).
    public static func points(kind: MeasureKind, observed: [Int32: Estimate], span: [Int32],
                              continuous: Bool, covered: (Int32) -> Bool = { _ in true },
                              cells: [Int32: UInt64] = [:]) -> [GroupSeries.Point] {
        switch kind {
        case .flow where continuous:
            return span.compactMap { k in
                if let e = observed[k] { return GroupSeries.Point(periodKey: k, estimate: e) }
                return covered(k) ? GroupSeries.Point(periodKey: k, estimate: .zero) : nil
            }
        case .flow, .stock:
            return span.compactMap { k in observed[k].map { GroupSeries.Point(periodKey: k, estimate: $0, cells: cells[k] ?? 0) } }
        }
    }

    /// Runs of consecutive periods: a line is drawn through each run and never across
    /// the break between two (a period without a point is not a zero).
    public static func runs(_ points: [GroupSeries.Point], period: PeriodKind) -> [ArraySlice<GroupSeries.Point>] {
        runs(of: points.map(\.periodKey), period: period).map { points[$0] }
    }

    /// Runs a line may be drawn through: consecutive periods whose figures are
    /// comparable (``StockCells``). A stock's line breaks where the next figure adds up
    /// other groups or places, though the periods follow each other (review38 S5: s7's
    /// 1,100, 110, 1,120, 130 drawn as one line).
    /// - Parameter cells: each point's ``GroupSeries/Point/cells``, in the order of `keys`.
    public static func runs(of keys: [Int32], cells: [UInt64], kind: MeasureKind, period: PeriodKind) -> [Range<Int>] {
        runs(of: keys, period: period).flatMap { run -> [Range<Int>] in
            var out: [Range<Int>] = []
            var start = run.lowerBound
            for i in run.dropFirst() where !StockCells.comparable(cells[i - 1], cells[i], kind: kind) {
                out.append(start ..< i)
                start = i
            }
            out.append(start ..< run.upperBound)
            return out
        }
    }

    /// The periods whose point follows a point of the period just before but is not
    /// joined to it, as their figures add up different groups or places
    /// (``runs(of:cells:kind:period:)``): what a chart's note names.
    public static func regrouped(_ keys: [Int32], cells: [UInt64], kind: MeasureKind,
                                 period: PeriodKind) -> [(from: Int32, to: Int32)] {
        guard kind == .stock, period != .all else { return [] }
        return keys.indices.dropFirst().filter { i in
            period.successor(keys[i - 1]) == keys[i] && !StockCells.comparable(cells[i - 1], cells[i], kind: kind)
        }.map { (keys[$0 - 1], keys[$0]) }
    }

    /// The periods between a line's runs (``runs(of:period:)``), each as its first and
    /// last key: no point is drawn there, and a chart's footer says why (review46 N-e:
    /// a native file's April without a record drew nothing, with no word, to be read as
    /// a drawing fault or a zero).
    public static func gaps(of keys: [Int32], period: PeriodKind) -> [(first: Int32, last: Int32)] {
        guard period != .all else { return [] }
        let r = runs(of: keys, period: period)
        return zip(r, r.dropFirst()).map { a, b in
            (period.successor(keys[a.upperBound - 1]), period.key(period.firstDay(keys[b.lowerBound]).adding(days: -1)))
        }
    }

    /// Index ranges of `keys` (ascending period keys) whose periods follow each other.
    public static func runs(of keys: [Int32], period: PeriodKind) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for i in keys.indices.dropFirst() where period == .all || period.successor(keys[i - 1]) != keys[i] {
            out.append(start ..< i)
            start = i
        }
        if !keys.isEmpty { out.append(start ..< keys.count) }
        return out
    }
}

/// Whether a source reports continuously: every event it knows of in the span it
/// covers is in the data, so a period without a record of a flow is a period with none
/// recorded. True of UCDP GED and ACLED (and HDX HAPI's ACLED tables); not known of a
/// native CSV, which may hold a few transcribed news items. The gap rule (``GapRule``)
/// draws a zero in such a period only for a continuous source.
public enum Reporting: Sendable, Equatable {
    /// A period without a record is a period with none recorded.
    case continuous
    /// A period without a record is a period nobody reported on.
    case sparse

    public var isContinuous: Bool { self == .continuous }
}

/// Series ranked, the largest first, and how many were left out.
public struct SeriesSet: Sendable, Equatable {
    public var series: [GroupSeries]
    public var omitted: Int
    /// Every period key from the measure's first record to its last, within the window
    /// asked for, ascending (what a continuous source's flows are filled over).
    public var span: [Int32]
}

extension AggregateResult {
    /// One series per group for `measure`, the `top` largest (a flow by its total best
    /// over the span, a stock by its peak best), gaps as ``GapRule`` decides; series
    /// whose own name is not given after them all (``GroupOrder``).
    /// - Parameters:
    ///   - window: the periods asked for (`--from`/`--to`, a report's last N periods);
    ///     rows outside it are left out. It never extends a series: before the
    ///     measure's first record and after its last (in all the rows, not only the
    ///     window's) the data says nothing.
    ///   - reporting: how the source reports (``Reporting``); `.sparse` unless known.
    ///   - coverage: the data's coverage; a continuous source's flow is zero only in
    ///     periods it reaches (never in a gap between runs of records).
    /// - Throws: ``AggregationOverflow`` when a group's figure in a period passes 2^53.
    public func series(of measure: String, top: Int? = nil, window: ClosedRange<Int32>? = nil,
                       reporting: Reporting = .sparse, coverage: Coverage? = nil, datasets: DatasetCoverages? = nil)
        throws(AggregationOverflow) -> SeriesSet {
        var rolled = try rolledUp(measure: measure)
        // The measure's first and last record over all the data, then the window: a
        // continuous source with a record before the window recorded none in its
        // quiet first months.
        guard var lo = rolled.rows.map(\.periodKey).min(), var hi = rolled.rows.map(\.periodKey).max() else {
            return SeriesSet(series: [], omitted: 0, span: [])
        }
        if let window {
            lo = max(lo, window.lowerBound); hi = min(hi, window.upperBound)
            rolled.rows.removeAll { !window.contains($0.periodKey) }
            if lo > hi { return SeriesSet(series: [], omitted: 0, span: []) }
        }
        var keys: [Int32] = []
        var k = lo
        while k <= hi {
            keys.append(k)
            if period == .all { break }
            k = period.successor(k)
        }
        var order: [[String]] = []
        var groups: [[String]: (kind: MeasureKind, observed: [Int32: Estimate], sources: UInt32, place: String?, cells: [Int32: UInt64])] = [:]
        for r in rolled.rows {
            let id = r.keyValues(grouping)
            if groups[id] == nil { order.append(id); groups[id] = (r.kind, [:], 0, r.country, [:]) }
            groups[id]!.observed[r.periodKey] = r.estimate
            groups[id]!.sources |= r.sources
            if r.kind == .stock { groups[id]!.cells[r.periodKey] = r.stockCells }
        }
        let kind = period
        var all = order.map { id in
            // A zero only where the coverage reaches: with each dataset's own coverage,
            // where every dataset of this series reaches (a line of one dataset is not
            // cut short where another dataset ends).
            let covered: (Int32) -> Bool
            if let datasets {
                let own = datasets.coverage(of: groups[id]!.sources, place: groups[id]!.place)
                covered = { k in own?.extent(of: k, kind: kind).isCovered ?? false }
            } else {
                covered = { k in coverage.map { $0.extent(of: k, kind: kind).isCovered } ?? true }
            }
            var s = GroupSeries(keyValues: id, kind: groups[id]!.kind,
                                points: GapRule.points(kind: groups[id]!.kind, observed: groups[id]!.observed, span: keys,
                                                       continuous: reporting.isContinuous, covered: covered,
                                                       cells: groups[id]!.cells))
            s.sources = groups[id]!.sources
            s.place = groups[id]!.place
            return s
        }
        func weight(_ s: GroupSeries) -> WideSum {
            var w = WideSum()
            // By the figures shown (an open sum with no stated best by its floor, review49 F12).
            if s.kind == .flow { for p in s.points { w.add(p.estimate.shownBest) } } else { w.add(s.points.map(\.estimate.shownBest).max() ?? 0) }
            return w
        }
        let weights = all.map(weight)
        // The one order of groups (``GroupOrder``): a series whose own name is not given
        // comes after every named one, however large, and a cut to the `top` largest
        // keeps it (it is not one of the groups being ranked).
        let missing = all.map { GroupOrder.isNotGiven($0.keyValues) }
        let ranked = all.indices.sorted { a, b in
            if missing[a] != missing[b] { return missing[b] }
            return weights[a] != weights[b] ? weights[b] < weights[a] : byteOrder(all[a].keyValues, all[b].keyValues)
        }
        all = ranked.map { all[$0] }
        let (kept, leftOut) = GroupOrder.keeping(all, top: top ?? all.count, keyValues: \.keyValues)
        return SeriesSet(series: kept, omitted: leftOut, span: keys)
    }
}
