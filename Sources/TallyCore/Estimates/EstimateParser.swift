/// Reads a count the way reports and datasets write it ("5,000 to 7,000 members",
/// "at least 12 killed", "10 casualties at least", "about 40", "six", "1.5 million",
/// "dozens", "al menos 13 muertos", "أكثر من 15 شهيدا") into an ``Estimate`` (SPEC §1).
///
/// The grammar is in ``PhraseReader`` and `docs/estimates.md`; the words of each
/// language are data, in `Estimates/Languages/`. Where the text cannot be read without
/// guessing (two figures, a separator that could mean `5` or `5,000`, a word the tables
/// do not know beside the figure of a non-English text, a part of a total without the
/// total) the parser refuses with a reason instead of returning a number.
public enum EstimateParser {
    /// Parses one estimate; the words around the figure are ignored, but a second
    /// figure is an error, because picking one would be a guess.
    public static func parse(_ text: String) throws(EstimateParseError) -> Estimate {
        try parse(text, convention: .unspecified)
    }

    /// Parses one estimate, reading digits under `convention` (`--locale de` reads
    /// `5.000` as five thousand and `1,5 Millionen` as one and a half million).
    ///
    /// Refused without a convention, the text is read again under the conventions a
    /// user could name (``NumberConvention/probes``): when one of them reads it, the
    /// error carries those readings, so the message can say which option settles it
    /// (`5.000` is 5 under `en`, 5,000 under `de`) instead of a bare refusal.
    public static func parse(_ text: String, convention: NumberConvention) throws(EstimateParseError) -> Estimate {
        try parse(text, convention: convention, measure: nil)
    }

    /// Parses one estimate for `measure` (a measure name: `killed`, `deaths`,
    /// `wounded`, …): a text with one figure per measure ("5 dead 3 wounded", "killed: 5
    /// wounded: 3") gives the figure of that measure, where without a measure it is
    /// refused. A text with one figure reads the same with or without a measure.
    public static func parse(_ text: String, convention: NumberConvention, measure: String?) throws(EstimateParseError) -> Estimate {
        try reading(text, convention: convention, measure: measure).estimate
    }

    /// Like ``parse(_:convention:measure:)``, with the measure the text names for the
    /// figure it read: "5 dead" names `killed`, "5 dead 3 wounded" read for `injured`
    /// names `injured`, "12 people" names none (nil), whatever measure was asked for.
    public static func reading(_ text: String, convention: NumberConvention, measure: String?) throws(EstimateParseError) -> EstimateReading {
        do throws(ParseFailure) {
            let tokens = try Lexer.tokens(of: text, convention: convention)
            let reader = PhraseReader(tokens: tokens, vocabulary: Vocabulary.shared, measure: measure)
            let estimate = try reader.estimate()
            return EstimateReading(estimate: estimate, measureNamed: reader.measureNamed)
        } catch {
            var readings: [LocaleReading] = []
            if convention == .unspecified {
                for (code, probe) in NumberConvention.probes {
                    guard let e = try? read(text, convention: probe, measure: measure) else { continue }
                    if let i = readings.firstIndex(where: { $0.reading == e.display }) {
                        // hi differs from en only by lakh grouping: naming both says nothing.
                        if code != "hi" { readings[i].locales.append(code) }
                    } else {
                        readings.append(LocaleReading(locales: [code], reading: e.display))
                    }
                }
            }
            throw EstimateParseError(text: text, reason: error.reason, readings: readings)
        }
    }

    private static func read(_ text: String, convention: NumberConvention, measure: String?) throws(ParseFailure) -> Estimate {
        let tokens = try Lexer.tokens(of: text, convention: convention)
        return try PhraseReader(tokens: tokens, vocabulary: Vocabulary.shared, measure: measure).estimate()
    }
}

/// An estimate read from text, with the measure the text names for its figure.
public struct EstimateReading: Sendable, Equatable {
    public var estimate: Estimate
    /// The table measure the words beside the figure name (`killed`, `injured`,
    /// `kidnapped`, `missing`, `arrested`, `displaced`), or nil when they name none.
    public var measureNamed: String?
}

/// What a refused text would read as under a locale: `5.000` is `5` under `en` and
/// `5,000` under `de`. Locales giving the same reading share one entry.
public struct LocaleReading: Sendable, Equatable {
    /// Language codes, e.g. `["de"]` or `["de", "fr"]`.
    public var locales: [String]
    /// The reading as ``Estimate/display`` shows it (`5,000`, `12+`, `~40`).
    public var reading: String

    public init(locales: [String], reading: String) {
        self.locales = locales
        self.reading = reading
    }
}

/// How the user of a command says which convention the text follows: the message
/// that refuses `5.000` names the way that works where the user is.
public enum LocaleAdvice: Sendable, Equatable {
    /// `--locale de` on the command line (`estimate`, `aggregate`, `chart`, `info`).
    case option
    /// `--read-locale de` on `tally chart`, whose `--locale` is also the language the
    /// chart is written in (and must be one tally writes in).
    case readOption
    /// `locale: de` in a report spec (report-wide or on the dataset), or `--locale`.
    case reportSpec

    /// How to give `code`: `--locale de` or `locale: de`.
    public func naming(_ code: String) -> String {
        switch self {
        case .option: return "--locale " + code
        case .readOption: return "--read-locale " + code
        case .reportSpec: return "locale: " + code
        }
    }

    /// The advice appended to a refusal with `readings`; empty without any.
    public func advice(_ readings: [LocaleReading]) -> String {
        guard !readings.isEmpty else { return "" }
        let parts = readings.enumerated().map { i, r in
            let others = r.locales.dropFirst()
            let names = naming(r.locales[0]) + (others.isEmpty ? "" : " (or " + others.joined(separator: ", ") + ")")
            return names + (i == 0 ? " reads it as " : " as ") + r.reading
        }
        let lead: String
        switch self {
        case .option, .readOption: lead = "; say which convention the text follows: "
        case .reportSpec: lead = "; say which convention the data follows in the report spec (report-wide or on the dataset; --locale overrides the report-wide one): "
        }
        return lead + parts.joined(separator: ", ")
    }
}

/// How digits are grouped and where the decimal mark is. Without one
/// (``unspecified``), `,` and thin spaces group and `.` is the decimal point, and a
/// figure that another convention would read differently (`5.000`, `1,5`) is refused.
public struct NumberConvention: Sendable, Equatable, CustomStringConvertible {
    /// The decimal mark.
    public let decimal: Unicode.Scalar
    /// Separators between groups of digits, besides the thin, narrow no-break and
    /// no-break spaces every convention allows.
    public let groupSeparators: Set<Unicode.Scalar>
    /// An ordinary space groups digits (`12 000` in French, Russian, Polish).
    public let spaceGroups: Bool
    /// Indian grouping: `1,00,000` is one lakh.
    public let lakh: Bool
    /// The name the user gave, for messages.
    public let name: String

    public var description: String { name }

    /// No locale given: `.` decimal point, `,` groups, ambiguous forms refused.
    public static let unspecified = NumberConvention(decimal: ".", groupSeparators: [","], spaceGroups: false,
                                                     lakh: false, name: "unspecified")

    init(decimal: Unicode.Scalar, groupSeparators: Set<Unicode.Scalar>, spaceGroups: Bool, lakh: Bool, name: String) {
        self.decimal = decimal
        self.groupSeparators = groupSeparators
        self.spaceGroups = spaceGroups
        self.lakh = lakh
        self.name = name
    }

    /// Languages whose writers group digits with `.` and write a decimal comma.
    static let dotGrouping: Set<String> = [
        "de", "es", "it", "pt", "nl", "id", "tr", "da", "el", "ro", "hr", "sl", "sr", "vi", "ca", "is", "az",
        "ms", "bs", "mk", "gl", "eu",
    ]
    /// Languages whose writers group digits with spaces and write a decimal comma.
    static let spaceGrouping: Set<String> = [
        "fr", "ru", "pl", "uk", "cs", "sk", "sv", "nb", "no", "nn", "fi", "hu", "bg", "lt", "lv", "et", "kk",
        "be", "hy", "ka", "uz", "ky", "tg",
    ]
    /// Languages whose writers use `,` to group and `.` as the decimal point (Arabic and
    /// Persian separators ٬ and ٫ are read as these).
    static let pointDecimal: Set<String> = [
        "en", "ar", "fa", "he", "zh", "ja", "ko", "th", "ps", "ku", "sw", "am", "so", "ha", "tl", "my", "km",
    ]
    /// Languages that group by lakh and crore.
    static let lakhGrouping: Set<String> = ["hi", "bn", "ur", "mr", "ta", "te", "gu", "pa", "kn", "ml", "ne", "si", "or", "as"]
    /// Regions whose Spanish writes `1,000.5`.
    static let pointSpanishRegions: Set<String> = ["mx", "us", "gt", "hn", "ni", "sv", "pa", "do", "pr", "cu"]

    /// The convention of a locale such as `de`, `de-DE`, `fr_CH`, `es-MX`, `en-IN`, `hi`;
    /// nil for a language tally does not know.
    public init?(locale: String) {
        let parts = locale.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let language = parts.first, !language.isEmpty else { return nil }
        let region = parts.count > 1 ? parts[1] : ""
        let name = locale
        if ["ch", "li"].contains(region), ["de", "fr", "it", "rm"].contains(language) {
            self.init(decimal: ".", groupSeparators: ["'"], spaceGroups: false, lakh: false, name: name)
        } else if language == "en" && ["in", "pk", "bd", "np", "lk"].contains(region) || NumberConvention.lakhGrouping.contains(language) {
            self.init(decimal: ".", groupSeparators: [","], spaceGroups: false, lakh: true, name: name)
        } else if language == "es" && NumberConvention.pointSpanishRegions.contains(region) {
            self.init(decimal: ".", groupSeparators: [","], spaceGroups: false, lakh: false, name: name)
        } else if language == "pt" && region == "pt" {
            self.init(decimal: ",", groupSeparators: [], spaceGroups: true, lakh: false, name: name)
        } else if NumberConvention.dotGrouping.contains(language) {
            self.init(decimal: ",", groupSeparators: ["."], spaceGroups: false, lakh: false, name: name)
        } else if NumberConvention.spaceGrouping.contains(language) {
            self.init(decimal: ",", groupSeparators: [], spaceGroups: true, lakh: false, name: name)
        } else if NumberConvention.pointDecimal.contains(language) {
            self.init(decimal: ".", groupSeparators: [","], spaceGroups: false, lakh: false, name: name)
        } else {
            return nil
        }
    }

    /// One locale for each way of writing digits, tried on a text refused without a
    /// locale to tell the user which one reads it: `en` (1,000.5), `de` (1.000,5),
    /// `fr` (1 000,5), `hi` (1,00,000).
    static let probes: [(String, NumberConvention)] = ["en", "de", "fr", "hi"].map { ($0, NumberConvention(locale: $0)!) }

    /// Every language code ``init(locale:)`` knows, for messages.
    public static var knownLanguages: [String] {
        (dotGrouping.union(spaceGrouping).union(pointDecimal).union(lakhGrouping)).sorted()
    }
}

/// Why a text is not an estimate, phrased for the person who typed it.
public struct EstimateParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input, verbatim, so the message can quote it.
    public let text: String
    /// What is wrong, e.g. `reversed range (5,000 is below 7,000)`.
    public let reason: String

    /// Readings the text gets under locales the user could name, when it was refused
    /// without one (``EstimateParser/parse(_:convention:)``); empty otherwise.
    public let readings: [LocaleReading]

    public init(text: String, reason: String, readings: [LocaleReading] = []) {
        self.text = text
        self.reason = reason
        self.readings = readings
    }

    /// The message for the command line (`--locale de` settles it).
    public var description: String { description(advising: .option) }

    /// The message, with the way to give a locale that works for the command the user ran.
    public func description(advising advice: LocaleAdvice) -> String {
        "\"" + text + "\" is not an estimate: " + reason + advice.advice(readings)
    }
}

// MARK: - Failures

/// The reason alone; ``EstimateParser/parse(_:)`` adds the text.
struct ParseFailure: Error {
    let reason: String

    static let noNumber = ParseFailure(reason: "no number")
    static let tooLarge = ParseFailure(reason: "larger than 2^53 (9,007,199,254,740,992)")

    static func noNumber(vagueWord: String) -> ParseFailure {
        ParseFailure(reason: "no number (\"" + vagueWord + "\" has no agreed size)")
    }
    /// No count, but figures that are something else: say what they were taken for.
    static func noNumber(skipped: [String]) -> ParseFailure {
        ParseFailure(reason: "no number (" + skipped.joined(separator: "; ") + ")")
    }
    static func reversed(low: Int64, high: Int64) -> ParseFailure {
        ParseFailure(reason: "reversed range (" + Estimate.grouped(high) + " is below "
                     + Estimate.grouped(low) + ")")
    }
    static func negative(_ text: String) -> ParseFailure {
        ParseFailure(reason: "negative value (" + text + ")")
    }
    static func incompleteRange(_ text: String) -> ParseFailure {
        ParseFailure(reason: "a range with one end (" + text + ")")
    }
    static func notWhole(_ text: String) -> ParseFailure {
        ParseFailure(reason: "not a whole number (" + text + ")")
    }
    static func malformed(_ text: String) -> ParseFailure {
        ParseFailure(reason: "malformed number (" + text + ")")
    }
    static func ambiguousDot(_ text: String, small: String, large: Int64) -> ParseFailure {
        ParseFailure(reason: "ambiguous separator (" + text + " could mean " + small + " or "
                     + Estimate.grouped(large) + ")")
    }
    static func percentage(_ text: String) -> ParseFailure {
        ParseFailure(reason: "a percentage is not a count (" + text + ")")
    }
    static func currency(_ text: String) -> ParseFailure {
        ParseFailure(reason: "a sum of money is not a count (" + text + ")")
    }
    static func lettersInNumber(_ text: String) -> ParseFailure {
        ParseFailure(reason: "letters inside a number (" + text + ")")
    }
    static func twoNumbers(_ first: String, _ second: String) -> ParseFailure {
        ParseFailure(reason: "more than one number (\"" + first + "\" and \"" + second + "\")")
    }
    static func conflicting(_ first: String, _ second: String) -> ParseFailure {
        ParseFailure(reason: "conflicting qualifiers (\"" + first + "\" and \"" + second + "\")")
    }
    static func bestOutside(best: Int64, low: Int64, high: Int64?) -> ParseFailure {
        let range = Estimate.grouped(low) + (high.map { "\u{2013}" + Estimate.grouped($0) } ?? "+")
        return ParseFailure(reason: "best " + Estimate.grouped(best) + " is outside " + range)
    }
    static func misspeltScale(_ word: String, scale: String, figure: String) -> ParseFailure {
        ParseFailure(reason: "\"" + word + "\" after \"" + figure + "\" looks like a misspelt \"" + scale
                     + "\": write the scale word correctly (or add the word to a vocabulary table if it is not one)")
    }
    static func unknownWord(_ word: String, figure: String) -> ParseFailure {
        ParseFailure(reason: "unknown word \"" + word + "\" next to \"" + figure
                     + "\" could change its meaning (add it to a vocabulary table if it does not)")
    }
    static func unknownGroup(_ word: String, figure: String) -> ParseFailure {
        ParseFailure(reason: "unknown word \"" + word + "\" after \"" + figure + "\" may name a group the figure is only a part of "
                     + "(\"one of the victims\"): give the total (or add the word to a vocabulary table)")
    }
    static func partAboveTotal(_ part: String, total: String) -> ParseFailure {
        ParseFailure(reason: "the part \"" + part + "\" is more than the total \"" + total
                     + "\" it breaks down, so one of the figures is wrong: correct the text")
    }
    static func partOnly(_ text: String) -> ParseFailure {
        ParseFailure(reason: "only a part of a total (\"" + text + "\"), not the total")
    }
    static func ellipsis(_ figure: String, after thing: String) -> ParseFailure {
        ParseFailure(reason: "\"" + figure + "\" may count the same things as \"" + thing
                     + "\": nothing says it counts people")
    }
    static func strayQualifier(_ qualifier: String, figure: String) -> ParseFailure {
        ParseFailure(reason: "\"" + qualifier + "\" stands apart from \"" + figure
                     + "\": cannot tell whether it bounds it")
    }
}
