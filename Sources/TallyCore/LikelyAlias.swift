/// Two actor cells of stocks in one place and period that look like one group written two
/// ways (``Aggregator/stockLikelyAliases(totals:)``): added, with `note` on standard error
/// and a sentence on a report's cover for the period it shows.
public struct LikelyAlias: Sendable, Equatable {
    public let period: Int32
    public let periodLabel: String
    public let measure: String
    /// As standard error writes it (`"Idlib (province)" (Syria)`); `within` to say it in
    /// the display language's quotes.
    public let place: String
    public let within: (name: String, parent: String)?
    public let names: [String]
    public let kind: ActorAliases.Likeness
    public let note: String
    public init(period: Int32, periodLabel: String, measure: String, place: String, within: (name: String, parent: String)?,
                names: [String], kind: ActorAliases.Likeness, note: String) {
        self.period = period; self.periodLabel = periodLabel; self.measure = measure; self.place = place; self.within = within
        self.names = names; self.kind = kind; self.note = note
    }
    public func place(quote: (String) -> String) -> String {
        within.map { BracketedNames.within($0.name, $0.parent, quote: quote) } ?? place
    }
    public static func == (a: LikelyAlias, b: LikelyAlias) -> Bool {
        a.period == b.period && a.measure == b.measure && a.place == b.place && a.names == b.names && a.kind == b.kind
    }
}
