/// What two figures of one measure, an earlier and a later, say about its change: the
/// one rule for every place a brief states a change (the cover's sentence and the
/// headline's comparison lines, PDF and web page alike).
///
/// A change of the best estimates is a percentage only when both figures are bounded
/// and both bests were stated: "at least 91" after 93 may be 1,000, and the midpoint of
/// "5,000 to 7,000" is a rule's, not a source's. The bounds alone may still show the
/// direction (93, then at least 120: it rose; at least 500, then 300: it fell); then the
/// direction is given without a percentage. Ranges that overlap (400–500, then 300–900)
/// keep the change of their bests, said to be one of best estimates, and no direction:
/// either may be the larger.
///
/// An approximate figure (`~100`, "about 100") stands for any value within a fifth of
/// it either way (``approximateMargin``): its range is widened by a fifth of each bound
/// before the ranges are compared, so "about 100" is 80 to 120. Where a widened range
/// meets the other there is neither a direction nor a percentage (``Reason/laterApproximate``
/// and the like): "about 100", then "about 103", is no rise. Where they lie apart the
/// change is far larger than the approximation allows (about one and a half times, for
/// two approximate figures) and is given in full, percentage included.
public enum EstimateChange: Sendable, Equatable {
    /// Both bounded with stated bests: the change of the best estimates is given.
    /// `overlapping` when the ranges share a value (and the two are not the same exact
    /// figure), so the bests' direction is not the figures' own.
    case bests(overlapping: Bool)
    /// The bounds show the direction, but there is no percentage to give.
    case direction(rose: Bool, why: Reason)
    /// Neither a direction nor a percentage can be given.
    case unknown(why: Reason)

    /// Why there is no percentage: which figure has no upper bound, or no best of its own.
    public enum Reason: Sendable, Equatable {
        case laterOpen, earlierOpen, bothOpen
        case laterNoBest, earlierNoBest, bothNoBest
        /// The figure (or both) is approximate, and within its margin of the other.
        case laterApproximate, earlierApproximate, bothApproximate
        /// Two stocks' figures that sum different finest cells (groups or places), some
        /// observed in one period only: their difference is no rise or fall of anything
        /// (review38 S5). Given by ``between(_:_:kind:cells:)``, never by ``between(_:_:)``.
        case otherGroups
    }

    /// How far either way of its figure an approximate figure may lie, as a fraction
    /// (numerator, denominator): a fifth. "About 100" is read as 80 to 120.
    public static let approximateMargin: (numerator: Int64, denominator: Int64) = (1, 5)

    /// The change from `then` to `now`. Neither estimate is assumed to be zero-based;
    /// a percentage from zero is for the caller to refuse (there is none).
    public static func between(_ then: Estimate, _ now: Estimate) -> EstimateChange {
        // Certain only when the ranges are apart: every value of one above every value
        // of the other, an approximate figure's range widened by its margin.
        let rose = then.high.map { below(widened($0, then, up: true), widened(now.low, now, up: false)) } ?? false
        let fell = now.high.map { below(widened($0, now, up: true), widened(then.low, then, up: false)) } ?? false
        let open: Reason? = switch (then.isUnbounded, now.isUnbounded) {
        case (true, true): .bothOpen
        case (true, false): .earlierOpen
        case (false, true): .laterOpen
        case (false, false): nil
        }
        let noBest: Reason? = switch (then.bestStated, now.bestStated) {
        case (false, false): .bothNoBest
        case (false, true): .earlierNoBest
        case (true, false): .laterNoBest
        case (true, true): nil
        }
        if let why = open ?? noBest {
            return rose || fell ? .direction(rose: rose, why: why) : .unknown(why: why)
        }
        let same = then.isExact && now.isExact && then.low == now.low
        let approximate: Reason? = switch (then.approximate, now.approximate) {
        case (true, true): .bothApproximate
        case (true, false): .earlierApproximate
        case (false, true): .laterApproximate
        case (false, false): nil
        }
        if let why = approximate, !(rose || fell) { return .unknown(why: why) }
        return .bests(overlapping: !(rose || fell || same))
    }

    /// The change from `then` to `now`, two figures of a measure of `kind` with the
    /// ``AggregateRow/stockCells`` of each: two stock figures that sum different groups
    /// or places (``StockCells/comparable(_:_:kind:)``) are no change of anything,
    /// ``Reason/otherGroups``; otherwise ``between(_:_:)``. The one rule a brief's cover
    /// and headline lines and a chart's alt text use.
    public static func between(_ then: Estimate, _ now: Estimate, kind: MeasureKind,
                               cells: (then: UInt64, now: UInt64)) -> EstimateChange {
        StockCells.comparable(cells.then, cells.now, kind: kind) ? between(then, now) : .unknown(why: .otherGroups)
    }

    /// A bound times the margin's denominator, moved out by the margin when the figure
    /// is approximate: exact (a full-width product), so no sum is too large to compare.
    static func widened(_ bound: Int64, _ e: Estimate, up: Bool) -> (high: Int64, low: UInt64) {
        let (n, d) = approximateMargin
        let factor = e.approximate ? (up ? d + n : d - n) : d
        return bound.multipliedFullWidth(by: factor)
    }

    static func below(_ a: (high: Int64, low: UInt64), _ b: (high: Int64, low: UInt64)) -> Bool {
        a.high < b.high || (a.high == b.high && a.low < b.low)
    }
}

/// Whether two figures of one measure count the same things, so that the one may be
/// compared with the other (a change, a line joining them).
///
/// A flow's figures always are: each counts what happened in its period. A stock's
/// figure adds up the latest observation of each group and place observed in its
/// period, never carried forward, so two periods' figures may add up different ones:
/// Group A's 1,000 and Group B's 110 in one month, Group B's 110 alone in the next, is
/// no fall of 890 (review38 S5). Two stock figures are comparable when they add up the
/// same finest cells (place and actor, as observed: ``AggregateRow/stockCells``); a cell
/// observed at exactly 0 adds nothing to either and is left out of the comparison
/// (review41 R5: A's 1,000, then A's 1,200 beside B's 0, is A's change).
public enum StockCells {
    public static func comparable(_ a: UInt64, _ b: UInt64, kind: MeasureKind) -> Bool {
        kind == .flow || a == b
    }
}
