/// The days a dataset claims to cover (docs/aggregation.md, the coverage rule): from
/// its first to its last date, or what a spec's `coverage:` declares for a source that
/// publishes "through" a date. A period it spans only in part (an export ending 28 May)
/// holds only part of the period's events: reports and charts say so wherever they
/// show it.
public struct Coverage: Sendable, Equatable {
    public var first: CalendarDay
    public var last: CalendarDay
    /// Whether the spec declared it (else it is the span of the records).
    public var declared: Bool

    public init(first: CalendarDay, last: CalendarDay, declared: Bool = false) {
        self.first = first; self.last = last; self.declared = declared
    }

    /// How a period lies against the coverage.
    public enum Extent: Sendable, Equatable {
        case complete
        /// Partly covered: the covered days within the period.
        case partial(first: CalendarDay, last: CalendarDay)
        case before
        case after
        /// No coverage at all (nothing read).
        case outside
    }

    public func extent(of key: Int32, kind: PeriodKind) -> Extent {
        let a = kind.firstDay(key), b = kind.lastDay(key)
        if b < first { return .before }
        if a > last { return .after }
        if a >= first && b <= last { return .complete }
        return .partial(first: max(a, first), last: min(b, last))
    }
}
