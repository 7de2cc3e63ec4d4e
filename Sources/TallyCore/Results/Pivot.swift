/// Groups as lines and measures side by side (report tables).
public struct Pivot: Sendable, Equatable {
    public var grouping: Grouping
    public var measures: [String]
    /// In the one order of groups (``GroupOrder``), as bars are: named groups by the
    /// first measure's best, largest first (lines without it after them), ties in byte
    /// order of the keys; then the groups whose name is not given, in the same order.
    public var lines: [Line]

    public struct Line: Sendable, Equatable {
        public var keyValues: [String]
        public var periodKey: Int32
        /// One per measure, `nil` where the group has no row of it.
        public var cells: [Cell?]
        /// The group's country when the grouping has one (``AggregateRow/country``):
        /// its figures are judged by that country's days (``DatasetCoverages/seen(by:)``).
        public var place: String?
    }

    public struct Cell: Sendable, Equatable {
        public var estimate: Estimate
        public var events: Int64
        /// The inputs whose records the figure holds (``AggregateRow/sources``): a table
        /// row is partial only when one of them does not cover the period.
        public var sources: UInt32
        public init(estimate: Estimate, events: Int64, sources: UInt32 = 0) {
            self.estimate = estimate; self.events = events; self.sources = sources
        }
    }
}

extension AggregateResult {
    /// One line per group and period, holding `measures` side by side.
    public func pivot(measures: [String]) -> Pivot {
        struct LineKey: Hashable { var keys: [String]; var period: Int32 }
        var index: [LineKey: Int] = [:]
        var lines: [Pivot.Line] = []
        for r in rows {
            guard let m = measures.firstIndex(of: r.measure) else { continue }
            let id = LineKey(keys: r.keyValues(grouping), period: r.periodKey)
            if index[id] == nil {
                index[id] = lines.count
                lines.append(Pivot.Line(keyValues: id.keys, periodKey: id.period, cells: Array(repeating: nil, count: measures.count), place: r.country))
            }
            lines[index[id]!].cells[m] = Pivot.Cell(estimate: r.estimate, events: r.events, sources: r.sources)
        }
        lines.sort { a, b in
            // By the figure shown (an open sum with no stated best by its floor, review49 F2).
            let aBest = a.cells.first.flatMap { $0?.estimate.shownBest }, bBest = b.cells.first.flatMap { $0?.estimate.shownBest }
            if GroupOrder.precedes(a.keyValues, best: aBest, b.keyValues, best: bBest) { return true }
            if GroupOrder.precedes(b.keyValues, best: bBest, a.keyValues, best: aBest) { return false }
            return a.periodKey < b.periodKey
        }
        return Pivot(grouping: grouping, measures: measures, lines: lines)
    }
}

extension Pivot {
    /// The first `top` named lines and every line whose group is not given (which a
    /// cut to the largest never drops: ``GroupOrder/keeping(_:top:keyValues:)``), and
    /// how many named lines were left out. `top` 0 or less keeps every line.
    public func keeping(top: Int) -> (lines: [Line], leftOut: Int) {
        guard top > 0 else { return (lines, 0) }
        let kept = GroupOrder.keeping(lines, top: top, keyValues: \.keyValues)
        return (kept.kept, kept.leftOut)
    }
}
