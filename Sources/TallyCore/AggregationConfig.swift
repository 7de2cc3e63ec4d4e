/// What aggregation needs to know besides the rows.
public struct AggregationConfig: Sendable, Equatable {
    public var grouping: Grouping
    public var period: PeriodKind
    public var measures: MeasureCatalog
    /// Count every flow in the period of its `date_start`, however long its date span
    /// (`--count-at-start`): what a publisher's own tables do. By default an event
    /// whose span is longer than the period goes to an interval row instead.
    public var countAtStart: Bool
    /// The dates a chart shows when they are not one period (`tally chart bar --from
    /// --to`): a flow whose date span reaches outside them is not counted in them (it
    /// goes to a spanning row, as a span longer than the period does), or a year-dated
    /// event would fill a chart of one January. `nil`: periods alone decide.
    public var window: ClosedRange<CalendarDay>? = nil

    /// The date-span rule's one test: whether a flow dated `first`...`last` is counted
    /// in no single period of this aggregation, because its span is longer than the
    /// period allows or reaches outside ``window`` (it goes to an interval row, or with
    /// ``countAtStart`` to its start's period and the tally of those).
    /// `whole`: the figure is a total over every day of the span (a row of a table tally
    /// wrote, ``Observation/wholeSpan``), which a period holds only when the span lies
    /// within it: a week across two months lies in neither.
    @inline(__always)
    public func leavesOut(spanFrom first: CalendarDay, to last: CalendarDay, whole: Bool = false) -> Bool {
        last > first && (!period.holds(spanFrom: first, to: last)
                         || (whole && period.key(first) != period.key(last))
                         || (window.map { first < $0.lowerBound || last > $0.upperBound } ?? false))
    }

    /// What the dates a figure shows (`from`...`to`: a chart's `--period` or
    /// `--from`/`--to`, a report's period) leave out by the date-span rule: every flow
    /// left out of the periods (``leavesOut(spanFrom:to:)``) whose span **overlaps**
    /// those dates, wherever it starts. A year-dated event from 1 January is left out
    /// of February as much as of January, and the note under a chart of February says
    /// so. With ``countAtStart`` nothing is left out (an event counts in the period it
    /// starts in, and the note counts those that start in the dates shown).
    ///
    /// The one rule both callers use: `tally chart` reads such an event though it
    /// starts before `from` (it goes to an interval row, never to a bar), and a report,
    /// which reads every date, counts the interval rows overlapping its periods
    /// (``AggregateResult/spanTally(of:periods:)``, whose rows this rule made).
    @inline(__always)
    public func leftOut(spanFrom first: CalendarDay, to last: CalendarDay, overlapping from: CalendarDay?,
                        _ to: CalendarDay?, whole: Bool = false) -> Bool {
        (whole || !countAtStart) && leavesOut(spanFrom: first, to: last, whole: whole)
            && (from.map { last >= $0 } ?? true) && (to.map { first <= $0 } ?? true)
    }

    public init(grouping: Grouping = Grouping([.country]), period: PeriodKind = .year,
                measures: MeasureCatalog = MeasureCatalog(), countAtStart: Bool = false) {
        self.grouping = grouping
        self.period = period
        self.measures = measures
        self.countAtStart = countAtStart
    }
}
