/// Nouns of a group's people in one table (measures9 item 3): what `tally estimate`'s
/// measure column names for them (the built-in stock), whether they are also counted per
/// event, and how far the estimate reader knows them. Three lists had held them apart (the
/// CLI's stock nouns, the reader's nouns of a group's members and of a group's size), each
/// a little different; each use's set is derived here and pinned as it was
/// (GroupPeopleWordsPinned).
public enum GroupPeopleWords {
    /// How the estimate reader knows a noun: not at all (`followers`, `tropas`: no check of
    /// the reader uses it), as a noun of a group's size only (`membership`, `headcount`,
    /// `partisans`), or as a noun of a group's members too (`members`, `fighters`, `troops`).
    enum Reader { case unknown, sizeOnly, members }

    struct Row {
        /// The built-in stock the measure column names for the nouns (nil: none).
        let stock: String?
        /// Whether the people are also counted per event (fighters, troops, soldiers: "12
        /// soldiers" in a column of killed counts 12 killed), so a figure of them is no
        /// group's size; members, supporters and a force's strength are not.
        let alsoPerEvent: Bool
        let reader: Reader
        let words: String
    }

    static let rows: [Row] = [
        Row(stock: "members", alsoPerEvent: false, reader: .members,
            words: "members member membres membre miembros miembro mitglieder أعضاء عضو"),
        Row(stock: "members", alsoPerEvent: false, reader: .sizeOnly, words: "membership"),
        Row(stock: "members", alsoPerEvent: false, reader: .unknown, words: "miembras mitglied عضوا"),
        Row(stock: "fighters", alsoPerEvent: true, reader: .members,
            words: "fighters combatants combattants combatientes kämpfer militants cadres مقاتل مقاتلين مقاتلا"),
        Row(stock: "fighters", alsoPerEvent: true, reader: .unknown, words: "مقاتلون"),
        Row(stock: "supporters", alsoPerEvent: false, reader: .members, words: "supporters"),
        Row(stock: "supporters", alsoPerEvent: false, reader: .sizeOnly, words: "partisans seguidores simpatizantes أنصار"),
        Row(stock: "supporters", alsoPerEvent: false, reader: .unknown, words: "followers anhänger"),
        Row(stock: "strength", alsoPerEvent: false, reader: .members, words: "strength effectifs efectivos"),
        Row(stock: "strength", alsoPerEvent: false, reader: .sizeOnly, words: "manpower headcount"),
        Row(stock: "strength", alsoPerEvent: true, reader: .members, words: "troops personnel"),
        Row(stock: "strength", alsoPerEvent: true, reader: .unknown, words: "effectives tropas troupes"),
        // People of a group named by no stock: singulars, soldiers, recruits.
        Row(stock: nil, alsoPerEvent: true, reader: .members,
            words: "fighter combatant combattant combatiente soldiers elementos recruits عناصر"),
    ]

    static func words(_ row: Row) -> [String] { row.words.split(separator: " ").map(String.init) }

    /// The built-in stock (``MeasureCatalog/builtInStocks``) each noun names in `tally
    /// estimate`'s measure column ("5,000 members" → members, "3,000 troops" → strength).
    public static let stockNouns: [String: String] = {
        var out: [String: String] = [:]
        for r in rows { if let s = r.stock { for w in words(r) { out[w] = s } } }
        return out
    }()

    /// Nouns the reader takes for a group's members, of whatever kind of measure
    /// (``PhraseReader/peopleKindWords``).
    static let memberNouns: Set<String> = Set(rows.filter { $0.reader == .members }.flatMap(words))

    /// Nouns of a group's size the reader knows, people not also counted per event
    /// (``PhraseReader/groupSizeWords``): under a measure of deaths a bare figure of them is refused.
    static let sizeNouns: Set<String> = Set(rows.filter { $0.reader != .unknown && !$0.alsoPerEvent }.flatMap(words))

    /// Whether the people a noun names are also counted per event (nil: not a noun of the table).
    public static func alsoCountedPerEvent(_ word: String) -> Bool? {
        rows.first { words($0).contains(word) }?.alsoPerEvent
    }
}
