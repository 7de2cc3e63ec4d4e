import TallyCore

/// Which records take part in an aggregation. Filtering happens after a row is read
/// and checked, so a bad row is reported even when the filter would have dropped it:
/// a file with an error is wrong whatever question is asked of it.
public struct RecordFilter: Sendable, Equatable {
    /// Measure names to keep; empty keeps all.
    public var measures: [String]
    /// Country values to keep (exact match, so `Syria` does not select the joint
    /// region `Iraq;Syria`); empty keeps all.
    public var countries: [String]
    /// Actor values to keep (exact match); empty keeps all.
    public var actors: [String]
    /// First and last `date_start` to keep, inclusive.
    public var from: CalendarDay?
    public var to: CalendarDay?
    /// Keep also the flows `from`...`to` leave out by the date-span rule because their
    /// spans are too long, when those spans overlap the dates, wherever they start
    /// (``AggregationConfig/leftOut(spanFrom:to:overlapping:_:)``): they go to interval
    /// rows, never to a period's row, so a chart's note of what its dates leave out is
    /// the figure a report gives for the same dates. `tally chart` sets it; `tally
    /// aggregate` keeps rows by `date_start` alone.
    public var overlappingSpans = false

    public init(measures: [String] = [], countries: [String] = [], actors: [String] = [],
                from: CalendarDay? = nil, to: CalendarDay? = nil) {
        self.measures = measures
        self.countries = countries
        self.actors = actors
        self.from = from
        self.to = to
    }
}
