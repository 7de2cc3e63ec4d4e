/// A group whose stock adds a whole place's figure to figures of places within it
/// (``Aggregator/stocksAtTwoLevels(namesCountry:)``): the whole as printed (`Syria`,
/// `Idlib (Syria)`), the measure and the period's label.
///
/// `kind`: a place beside places within it (`.place`); a joint region (`Iraq;Syria`)
/// beside its member countries, `place` the region as the input spells it
/// (`.jointRegion`); a stock with no actor beside named actors' stocks in `place`
/// (`.noActor`) (``Aggregator/stocksOverlapping()``, review38 S1, S1b).
///
/// For `.noActor`, `actor` says what the actor cell says (review40): empty (`.none`),
/// all actors together (`.allActors`: `Total`, `All armed groups`) or no actor named
/// (`.unnamed`: `Unknown`, `Various`); `othersNamed`, whether the stocks beside it all
/// name their actor.
public struct TwoLevelStock: Sendable, Equatable {
    public enum Kind: Int, Sendable { case place, jointRegion, noActor }
    public enum Actor: Int, Sendable { case none, allActors, unnamed }
    public let place: String, measure: String, period: String
    public let kind: Kind
    public let actor: Actor
    public let othersNamed: Bool
    /// A place within its country (`Idlib`, `Syria`; nil for a country or a joint
    /// region): `place` is it with standard error's quotes (`"Idlib (province)"
    /// (Syria)`, ``BracketedNames``); ``place(quote:)`` with the display language's.
    public let within: (name: String, parent: String)?
    public init(place: String, measure: String, period: String, kind: Kind = .place, actor: Actor = .none, othersNamed: Bool = true,
                within: (name: String, parent: String)? = nil) {
        self.place = place; self.measure = measure; self.period = period; self.kind = kind; self.actor = actor; self.othersNamed = othersNamed
        self.within = within
    }

    /// The place with a name that carries brackets quoted by `quote` (review41 N2).
    public func place(quote: (String) -> String) -> String {
        within.map { BracketedNames.within($0.name, $0.parent, quote: quote) } ?? place
    }

    /// `within` is how `place` was made, not more: equal when all else is.
    public static func == (a: TwoLevelStock, b: TwoLevelStock) -> Bool {
        a.place == b.place && a.measure == b.measure && a.period == b.period && a.kind == b.kind && a.actor == b.actor
            && a.othersNamed == b.othersNamed
    }
}
