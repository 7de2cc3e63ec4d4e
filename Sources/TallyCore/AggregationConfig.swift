/// What aggregation needs to know besides the rows.
public struct AggregationConfig: Sendable, Equatable {
    public var grouping: Grouping
    public var period: PeriodKind
    public var measures: MeasureCatalog

    public init(grouping: Grouping = Grouping([.country]), period: PeriodKind = .year,
                measures: MeasureCatalog = MeasureCatalog()) {
        self.grouping = grouping
        self.period = period
        self.measures = measures
    }
}
