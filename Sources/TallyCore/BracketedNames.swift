/// Names that carry brackets of their own, where tally puts a name inside its own
/// brackets or right before them (review41 N2). ACLED's and UCDP's actor names carry
/// brackets (`Military Forces of Nigeria (2015-)`, `Unidentified Armed Group
/// (Nigeria)`, `Hayat Tahrir al-Sham (HTS)`) and places do too (`Idlib (province)`):
/// a note's list `(Hayat Tahrir al-Sham (HTS) 10,000–15,000, ...)` nested brackets, and
/// a place within its country read `Idlib (province) (Syria)`, two brackets a reader
/// cannot tell apart. Such a name is quoted there, as written:
/// `("Hayat Tahrir al-Sham (HTS)" 10,000–15,000, ...)`, `"Idlib (province)" (Syria)`; a
/// name with no bracket stays as it was (`Idlib (Syria)`, `(HTS 12,000 [10,000–15,000])`).
/// One rule for standard error's notes (straight quotes), chart labels and footnotes and
/// report pages (the display language's quotes, `actor.quote`), docs/spec.md §1.
public enum BracketedNames {
    /// Whether `name` holds a round or square bracket.
    @inlinable
    public static func carriesBrackets(_ name: String) -> Bool {
        name.utf8.contains { $0 == 0x28 || $0 == 0x29 || $0 == 0x5B || $0 == 0x5D }
    }

    /// Straight double quotes, standard error's (`with actor "Total"`). A name that holds
    /// double quotes of its own takes single quotes instead (review42 N2: `"Hayat Tahrir
    /// al-Sham "HTS" (Idlib)"` read as two names), and one that holds both kinds the
    /// typographic marks.
    public static func straight(_ name: String) -> String {
        guard name.utf8.contains(0x22) else { return "\"" + name + "\"" }
        return name.utf8.contains(0x27) ? "“" + name + "”" : "'" + name + "'"
    }

    /// One of ``straight(_:)``'s quotes for every name of one sentence, chosen by all of
    /// them together: a note that lists `Hayat Tahrir al-Sham "HTS" (Idlib)`, `Jaysh "X"
    /// al-Sham's (Aleppo)` and `Other (Hama)` quoted them with single, typographic and
    /// double quotes in one sentence (review43 N2). Double quotes unless a name holds its
    /// own; then single quotes for all, or the typographic marks for all if a name holds an
    /// apostrophe too.
    public static func straight(for names: [String]) -> (String) -> String {
        let quoted = names.filter(carriesBrackets)
        guard quoted.contains(where: { $0.utf8.contains(0x22) }) else { return { "\"" + $0 + "\"" } }
        return quoted.contains(where: { $0.utf8.contains(0x27) }) ? { "“" + $0 + "”" } : { "'" + $0 + "'" }
    }

    /// `name` as put inside a note's brackets, or right before a bracket of tally's:
    /// quoted with `quote` when it carries brackets of its own, else as it is.
    public static func name(_ name: String, quote: (String) -> String = straight) -> String {
        carriesBrackets(name) ? quote(name) : name
    }

    /// A place within its parent (a province within its country): `Idlib (Syria)`,
    /// `"Idlib (province)" (Syria)`. A parent that carries brackets is quoted inside
    /// them likewise (`Harim (district) ("Idlib (province)")` would nest).
    public static func within(_ place: String, _ parent: String, quote: (String) -> String) -> String {
        name(place, quote: quote) + " (" + name(parent, quote: quote) + ")"
    }
    /// ``within(_:_:quote:)`` on standard error: one quote for both names (``straight(for:)``).
    public static func within(_ place: String, _ parent: String) -> String {
        within(place, parent, quote: straight(for: [place, parent]))
    }
}
