/// Whether a measure's figures add up over time (SPEC §2).
///
/// Deaths in March and deaths in April add up; a group's 5,000 members in March and
/// 5,000 in April are the same people. Adding stocks like flows would double-count, so
/// every measure is classified before it is aggregated.
public enum MeasureKind: String, Sendable {
    /// Counted per event and summed: `killed`, `injured`, `displaced`, …
    case flow
    /// A standing size observed at a date: `members`, `fighters`, …
    case stock
}

/// Decides each measure's kind: the built-in stocks plus any the user declares.
public struct MeasureCatalog: Sendable, Equatable {
    public static let builtInFlows: [String] = ["killed", "injured", "wounded", "kidnapped", "displaced", "events"]
    public static let builtInStocks: Set<String> = ["members", "fighters", "supporters", "strength"]

    public private(set) var stocks: Set<String>

    /// - Parameter extraStocks: names declared with `--stock`; unknown measures are
    ///   otherwise flows.
    public init(extraStocks: [String] = []) {
        stocks = MeasureCatalog.builtInStocks.union(extraStocks.map(MeasureCatalog.canonicalName))
    }

    /// A measure name as tally keys it: no surrounding white space, lower case, so a
    /// `--stock Members` declares the same stock as rows of `members ` (TallyIO brings
    /// the names in data to this form, with Unicode NFC besides).
    public static func canonicalName(_ name: String) -> String {
        let chars = Array(name)
        guard let first = chars.firstIndex(where: { !$0.isWhitespace }),
              let last = chars.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(chars[first ... last]).lowercased()
    }

    public func kind(of measure: String) -> MeasureKind {
        stocks.contains(measure) ? .stock : .flow
    }
}

/// Measure names that data writes for one count: `killed`, `deaths`, `dead`,
/// `fatalities`, `people killed`, `muertos`… A transcriber who wrote `deaths` on some rows
/// and `killed` on others has two measures, and tally never adds two measures (SPEC §2:
/// it cannot know they count the same people). So a run asked for one of them says the
/// others are there and left out, rather than print a `killed` total that is a part of
/// the deaths the file holds without a word (review28 N7).
public enum MeasureFamilies {
    /// One line per count: English, French, Spanish, Portuguese, German, Arabic,
    /// Persian, Indonesian and Turkish words, as monitors' spreadsheets head them.
    static let families: [[String]] = [
        ["killed", "kill", "kills", "killing", "killings", "deaths", "death", "dead", "fatalities", "fatality", "died",
         "muertos", "muertes", "muerto", "fallecidos", "asesinados", "morts", "mort", "tués", "décès", "mortos", "mortes",
         "óbitos", "tote", "todesopfer", "getötete", "قتلى", "القتلى", "وفيات", "کشته", "کشته‌ها", "tewas", "korban tewas",
         "ölü", "ölen"],
        ["injured", "injuries", "injury", "wounded", "hurt", "heridos", "lesionados", "blessés", "blessé", "feridos",
         "verletzte", "verwundete", "جرحى", "الجرحى", "مصابين", "زخمی", "زخمی‌ها", "luka", "luka-luka", "yaralı"],
        ["kidnapped", "kidnappings", "kidnapping", "abducted", "abductions", "abduction", "abductees", "hostages",
         "secuestrados", "secuestros", "enlevés", "enlèvements", "sequestrados", "entführte", "مختطفين", "المختطفين"],
        ["displaced", "idps", "displacement", "desplazados", "déplacés", "deslocados", "vertriebene", "نازحين", "النازحين"],
        ["arrested", "arrests", "detained", "detentions", "detenidos", "arrêtés", "arrestations", "presos", "festgenommene"],
    ]

    /// Words that name whom or how many, not what: `people killed`, `number of deaths`,
    /// `total_fatalities` are the family of their last word.
    static let fillers: Set<String> = ["people", "persons", "person", "total", "number", "of", "nb", "num", "no", "count",
                                       "reported", "personas", "personnes", "pessoas", "nombre", "número", "de", "des"]

    private static let familyOf: [String: Int] = {
        var d: [String: Int] = [:]
        for (i, f) in families.enumerated() { for w in f { d[w] = i } }
        return d
    }()

    /// The family of a measure name (as tally keys it: lower case, NFC), or nil. Separators
    /// `_`, `-` and spaces between words and the filler words are not part of the name.
    public static func family(of measure: String) -> Int? {
        if let i = familyOf[measure] { return i }
        let words = measure.split { $0 == " " || $0 == "_" || $0 == "-" || $0 == "." }.map(String.init)
        let named = words.filter { !fillers.contains($0) }
        guard !named.isEmpty, named.count < words.count || words.count > 1 else { return nil }
        return familyOf[named.joined(separator: " ")]
    }

    /// The names in `present` other than `measure` that are of its family, in byte order.
    public static func alike(_ measure: String, among present: some Sequence<String>) -> [String] {
        guard let f = family(of: measure) else { return [] }
        return present.filter { $0 != measure && family(of: $0) == f }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// The groups of two or more names in `present` that are of one family, each in
    /// byte order, in the order of their first name.
    public static func groups(in present: some Sequence<String>) -> [[String]] {
        var byFamily: [Int: [String]] = [:]
        for m in present { if let f = family(of: m) { byFamily[f, default: []].append(m) } }
        return byFamily.values.filter { $0.count > 1 }
            .map { $0.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) } }
            .sorted { Array($0[0].utf8).lexicographicallyPrecedes(Array($1[0].utf8)) }
    }
}
