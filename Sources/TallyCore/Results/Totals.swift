/// One measure's figure over a whole result (or one period of it).
public struct MeasureTotal: Sendable, Equatable {
    public var measure: String
    public var kind: MeasureKind
    public var estimate: Estimate
    /// Rows summed (flows) or rows behind the snapshots (stocks).
    public var events: Int64
    /// ``AggregateRow/stockCells`` of the total: which finest cells a stock's figure sums.
    public var stockCells: UInt64 = 0
}

extension AggregateResult {
    /// Totals by measure, in byte order of the measure names: every group added up, and
    /// across periods flows summed while a stock keeps each group's latest snapshot
    /// (see ``rolledUp(to:period:periods:measure:)``).
    /// - Parameter key: only this period; `nil` for all of them.
    /// - Throws: ``AggregationOverflow`` when a total passes 2^53.
    public func totals(period key: Int32? = nil) throws(AggregationOverflow) -> [MeasureTotal] {
        let rolled = try rolledUp(to: Grouping([]), period: key == nil ? .all : nil, periods: key.map { $0 ... $0 })
        return rolled.rows.map { MeasureTotal(measure: $0.measure, kind: $0.kind, estimate: $0.estimate, events: $0.events) }
            .sorted { byteOrder($0.measure, $1.measure) }
    }

    /// The total of one measure in one period; `nil` when it has no row there.
    public func total(of measure: String, period key: Int32) throws(AggregationOverflow) -> MeasureTotal? {
        let rolled = try rolledUp(to: Grouping([]), periods: key ... key, measure: measure)
        return rolled.rows.first.map { MeasureTotal(measure: $0.measure, kind: $0.kind, estimate: $0.estimate, events: $0.events,
                                                    stockCells: $0.stockCells) }
    }
}
