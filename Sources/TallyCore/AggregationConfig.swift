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

    public init(grouping: Grouping = Grouping([.country]), period: PeriodKind = .year,
                measures: MeasureCatalog = MeasureCatalog(), countAtStart: Bool = false) {
        self.grouping = grouping
        self.period = period
        self.measures = measures
        self.countAtStart = countAtStart
    }
}
