/// A sum of stocks refused in one period (its key) and measure: a report refuses those
/// of the periods it shows and says the others (stocks6 item 2).
public struct StockRefusal: Sendable, Equatable {
    public let period: Int32
    public let measure: String
    public let message: String
    public init(period: Int32, measure: String, message: String) { self.period = period; self.measure = measure; self.message = message }
}
