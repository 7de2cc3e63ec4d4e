/// One group's figures of one measure over time (timelines).
public struct GroupSeries: Sendable, Equatable {
    /// The group's key values in output-column order (empty for an ungrouped total).
    public var keyValues: [String]
    public var kind: MeasureKind
    /// In period order, as ``GapRule`` leaves them.
    public var points: [Point]

    public struct Point: Sendable, Equatable {
        public var periodKey: Int32
        public var estimate: Estimate
        public init(periodKey: Int32, estimate: Estimate) { self.periodKey = periodKey; self.estimate = estimate }
    }
}

/// What a series shows in a period without a row.
///
/// Today: a flow is zero there, because a month without a recorded event is a month
/// with none recorded; a stock has no point, because a size not observed is unknown,
/// not zero. Every series in tally (charts and reports) goes through this one function,
/// so changing the rule here changes it everywhere.
public enum GapRule {
    /// The points of a series observed at `observed`, over the periods `span` (every
    /// period key of the series' span, ascending).
    public static func points(kind: MeasureKind, observed: [Int32: Estimate], span: [Int32]) -> [GroupSeries.Point] {
        switch kind {
        case .flow:
            return span.map { GroupSeries.Point(periodKey: $0, estimate: observed[$0] ?? .zero) }
        case .stock:
            return observed.keys.sorted().map { GroupSeries.Point(periodKey: $0, estimate: observed[$0]!) }
        }
    }
}

/// Series ranked, the largest first, and how many were left out.
public struct SeriesSet: Sendable, Equatable {
    public var series: [GroupSeries]
    public var omitted: Int
    /// Every period key of the span, ascending (what flows are filled over).
    public var span: [Int32]
}

extension AggregateResult {
    /// One series per group for `measure`, the `top` largest (a flow by its total best
    /// over the span, a stock by its peak best), gaps as ``GapRule`` decides.
    /// - Parameter span: period keys the series must cover besides those with rows (the
    ///   dates asked for, or a report's window), so a quiet last week shows as zero
    ///   instead of being cut off.
    /// - Throws: ``AggregationOverflow`` when a group's figure in a period passes 2^53.
    public func series(of measure: String, top: Int? = nil, span: ClosedRange<Int32>? = nil)
        throws(AggregationOverflow) -> SeriesSet {
        let rolled = try rolledUp(measure: measure)
        guard var lo = rolled.rows.map(\.periodKey).min(), var hi = rolled.rows.map(\.periodKey).max() else {
            return SeriesSet(series: [], omitted: 0, span: [])
        }
        if let span { lo = min(lo, span.lowerBound); hi = max(hi, span.upperBound) }
        var keys: [Int32] = []
        var k = lo
        while k <= hi {
            keys.append(k)
            if period == .all { break }
            k = period.successor(k)
        }
        var order: [[String]] = []
        var groups: [[String]: (kind: MeasureKind, observed: [Int32: Estimate])] = [:]
        for r in rolled.rows {
            let id = r.keyValues(grouping)
            if groups[id] == nil { order.append(id); groups[id] = (r.kind, [:]) }
            groups[id]!.observed[r.periodKey] = r.estimate
        }
        var all = order.map { id in
            GroupSeries(keyValues: id, kind: groups[id]!.kind,
                        points: GapRule.points(kind: groups[id]!.kind, observed: groups[id]!.observed, span: keys))
        }
        func weight(_ s: GroupSeries) -> WideSum {
            var w = WideSum()
            if s.kind == .flow { for p in s.points { w.add(p.estimate.best) } } else { w.add(s.points.map(\.estimate.best).max() ?? 0) }
            return w
        }
        let weights = all.map(weight)
        let ranked = all.indices.sorted { a, b in
            weights[a] != weights[b] ? weights[b] < weights[a] : byteOrder(all[a].keyValues, all[b].keyValues)
        }
        all = ranked.map { all[$0] }
        let limit = top.map { max(0, $0) } ?? all.count
        return SeriesSet(series: Array(all.prefix(limit)), omitted: max(0, all.count - limit), span: keys)
    }
}
