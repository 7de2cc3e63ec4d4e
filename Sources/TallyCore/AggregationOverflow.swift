/// Raised when a total passes 2^53, the largest count tally represents exactly (JSON
/// readers hold numbers as doubles); only absurd inputs get there, and they must end in
/// a clear error rather than a silently rounded figure.
public struct AggregationOverflow: Error, Sendable, CustomStringConvertible {
    /// The cell whose total passed the limit (`Mali / 2023 / killed`), when known.
    public var cell: String?

    /// A limit other than 2^53 that made the aggregation stop (see `description`).
    public var reason: String?

    public init(cell: String? = nil) { self.cell = cell }
    public init(cell: String? = nil, reason: String) { self.cell = cell; self.reason = reason }

    public var description: String {
        if let reason { return reason }
        return "the total" + (cell.map { " for " + $0 } ?? "")
            + " passes 2^53 (9,007,199,254,740,992), the largest count tally represents exactly; narrow the query (a filter, a finer grouping or period)"
    }
}
