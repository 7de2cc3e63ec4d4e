import TallyCore

extension TimelineChart {
    /// The most periods a timeline draws. Flows are zero-filled in every period between
    /// the first and the last (each series holds one point per period), so a day-period
    /// timeline over rows dated 0001 to 9999 would hold 3.65 million points per series
    /// (1.5 GB); 10,000 periods are already eight per pixel of a 1200-wide chart.
    public static let maximumPeriods = 10_000

    /// How many periods of `kind` the keys `first` to `last` span (both included).
    public static func periodCount(_ kind: PeriodKind, from first: Int32, to last: Int32) -> Int {
        guard last >= first else { return 0 }
        switch kind {
        case .day, .month, .quarter, .year, .all: return Int(last) - Int(first) + 1
        case .week:
            let days = Int(kind.firstDay(last).daysSinceEpoch) - Int(kind.firstDay(first).daysSinceEpoch)
            return days / 7 + 1
        }
    }

    /// Why a timeline of `measure` over these rows (and the asked dates) is refused, or
    /// `nil` when its periods are within ``maximumPeriods``. Checked before the series
    /// are built.
    public static func periodProblem(_ result: AggregateResult, measure: String,
                                     span: (first: CalendarDay?, last: CalendarDay?) = (nil, nil)) -> String? {
        guard result.period != .all else { return nil }
        var lo: Int32?, hi: Int32?
        for row in result.rows where row.measure == measure {
            lo = min(lo ?? row.periodKey, row.periodKey)
            hi = max(hi ?? row.periodKey, row.periodKey)
        }
        // The asked dates narrow the line but never widen it (the gap rule): a wide
        // --from/--to around a month of data draws that month, and is not refused.
        guard var first = lo, var last = hi else { return nil }
        if let f = span.first { first = max(first, result.period.key(f)) }
        if let l = span.last { last = min(last, result.period.key(l)) }
        guard first <= last else { return nil }
        let count = periodCount(result.period, from: first, to: last)
        guard count > maximumPeriods else { return nil }
        let coarser: String = switch result.period {
        case .day: "week, month, quarter or year"
        case .week: "month, quarter or year"
        case .month: "quarter or year"
        default: "year"
        }
        return "the timeline would have \(count) \(result.period.rawValue)s (\(result.period.label(first)) to "
            + "\(result.period.label(last))); a timeline draws at most \(maximumPeriods): use --period \(coarser), "
            + "or narrow the dates with --from and --to"
    }
}
