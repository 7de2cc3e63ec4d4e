/// What aggregation needs to know besides the rows.
public struct AggregationConfig: Sendable, Equatable {
    public var grouping: Grouping
    public var period: PeriodKind
    public var measures: MeasureCatalog
    /// Count every flow in the period of its `date_start`, however long its date span
    /// (`--count-at-start`): what a publisher's own tables do. By default an event
    /// whose span is longer than the period goes to an interval row instead.
    public var countAtStart: Bool

    public init(grouping: Grouping = Grouping([.country]), period: PeriodKind = .year,
                measures: MeasureCatalog = MeasureCatalog(), countAtStart: Bool = false) {
        self.grouping = grouping
        self.period = period
        self.measures = measures
        self.countAtStart = countAtStart
    }
}
