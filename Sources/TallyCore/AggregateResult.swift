/// One output cell (SPEC §4): its keys, period, measure and estimate.
public struct AggregateRow: Sendable, Equatable {
    public var country: String?
    public var adm1: String?
    public var adm2: String?
    public var actor: String?
    public var extras: [String]
    public var periodKey: Int32
    public var period: String
    public var measure: String
    public var kind: MeasureKind
    public var estimate: Estimate
    /// Rows summed (flows) or rows used for the snapshot (stocks).
    public var events: Int64

    public init(country: String? = nil, adm1: String? = nil, adm2: String? = nil, actor: String? = nil,
                extras: [String] = [], periodKey: Int32, period: String, measure: String, kind: MeasureKind,
                estimate: Estimate, events: Int64) {
        self.country = country; self.adm1 = adm1; self.adm2 = adm2; self.actor = actor
        self.extras = extras; self.periodKey = periodKey; self.period = period; self.measure = measure
        self.kind = kind; self.estimate = estimate; self.events = events
    }

    /// The value of a grouping column (`country`, `adm_1`, …, or an extra column).
    public func value(of key: GroupKey) -> String? {
        switch key {
        case .country: country
        case .adm1: adm1
        case .adm2: adm2
        case .actor: actor
        }
    }

    /// The key values in output-column order, for writers and chart labels.
    public func keyValues(_ grouping: Grouping) -> [String] {
        grouping.keys.map { value(of: $0) ?? "" } + extras
    }
}

/// A finished aggregation: rows sorted by key columns, period, then measure.
public struct AggregateResult: Sendable, Equatable {
    public var grouping: Grouping
    public var period: PeriodKind
    public var rows: [AggregateRow]

    public init(grouping: Grouping, period: PeriodKind, rows: [AggregateRow]) {
        self.grouping = grouping
        self.period = period
        self.rows = rows
    }
}
