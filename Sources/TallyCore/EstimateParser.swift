/// Reads a count the way reports and datasets write it ("5,000 to 7,000 members",
/// "at least 12 killed", "about 40", "six", "1.5 million", "dozens") into an
/// ``Estimate`` (SPEC §1).
///
/// Journalists copy figures out of wire copy, UN reports and spreadsheets; asking them
/// to pre-digest "5-7 thousand" into three columns invites silent transcription
/// errors. The parser therefore accepts the phrasing itself, ignores the words around
/// the figure, and refuses, with a reason, anything it cannot read without guessing:
/// no number, two numbers, a reversed range, a negative value, a fraction of a person,
/// a figure past 2^53, or a separator that could mean either `5` or `5,000`.
///
/// Forms and their values (the full table is in `docs/estimates.md`):
///
/// - `6`, `six`, `6,000`, `6 000` (thin, narrow or no-break space), `1.5 million`,
///   `two hundred`, `one thousand two hundred`, `a dozen`, `half a million` → n/n/n.
/// - `5,000 to 7,000`, `5,000-7,000`, `5,000–7,000`, `5,000—7,000`, `between 5,000 and
///   7,000`, `one or two`, `5-7 thousand` (the multiplier applies to both ends) →
///   low a, best the midpoint rounded half up, high b.
/// - `at least 12`, `12 or more`, `12+`, `no fewer than 12` → 12/12/unbounded.
/// - `more than 12`, `over 12`, `upwards of 12`, `in excess of 12` → 13/13/unbounded:
///   the bound is strict, so the floor is the next whole count.
/// - `about`, `around`, `roughly`, `some`, `approximately`, `circa`, `nearly`,
///   `almost`, `~`, `≈`, and the suffixes `or so`, `-odd` → the figure, flagged
///   approximate. "Nearly 40" is read as a hedged 40 (`~40`), not as 39: the writer
///   rounded a figure a little below 40 and gave no floor, which is what the
///   approximate flag records.
/// - `up to 40`, `as many as 40`, `at most 40`, `no more than 40`, `40 or fewer` →
///   0/40/40; `fewer than 40`, `less than 40`, `under 40` → 0/39/39 (strict).
/// - Vague words, each with a documented range (best is the midpoint rounded half
///   up, except `a couple`, whose best is the literal two):
///   `a couple` 2–3 (best 2), `a few` 2–4 (3), `a handful` 3–5 (4), `several` 3–9 (6),
///   each scalable (`several hundred` 300–900, `a few dozen` 24–48);
///   `tens` 20–99 (60), `dozens` 24–99 (62), `scores` 40–99 (70),
///   `hundreds` 200–999 (600), `thousands` 2,000–9,999 (6,000),
///   `millions` 2,000,000–9,999,999, `billions` likewise, and
///   `tens/dozens/hundreds of thousands/millions/billions` scaled the same way
///   (`tens of thousands` 20,000–99,999, best 60,000).
/// - Numbers that name or describe rather than count are skipped: `COVID-19`, `3rd`,
///   `a two-day siege`, `a 10-year-old`.
/// - The display forms of ``Estimate/display`` read back to the same estimate:
///   `~5,000–7,000`, `12+`, `~40`, `15+ (best 16)`.
///
/// A qualifier in front of a range or vague word bounds the side it speaks about and
/// keeps the rest: `at least dozens` is 24/62/unbounded, `up to several hundred` is
/// 0/600/900.
public enum EstimateParser {
    /// Parses one estimate; the words around the figure are ignored, but a second
    /// figure is an error, because picking one would be a guess.
    public static func parse(_ text: String) throws(EstimateParseError) -> Estimate {
        do throws(ParseFailure) {
            let tokens = try Lexer.tokens(of: text)
            return try PhraseReader(tokens: tokens).estimate()
        } catch {
            throw EstimateParseError(text: text, reason: error.reason)
        }
    }
}

/// Why a text is not an estimate, phrased for the person who typed it.
public struct EstimateParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input, verbatim, so the message can quote it.
    public let text: String
    /// What is wrong, e.g. `reversed range (5,000 is below 7,000)`.
    public let reason: String

    public init(text: String, reason: String) {
        self.text = text
        self.reason = reason
    }

    public var description: String { "\"" + text + "\" is not an estimate: " + reason }
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
}

// MARK: - Lexer

/// A figure as written, before any multiplier: `1.5` in "1.5 million" stays exact
/// until the multiplier is known, because only then can we tell whether it is whole.
struct Magnitude {
    var whole: Int64
    /// Decimal digits after the point, trailing zeros removed.
    var fraction: [UInt8]
    /// `5.000`: a European writer means 5,000, an English one 5.
    var ambiguousDot: Bool
    var rawFractionDigits: [UInt8]

    init(whole: Int64, fraction: [UInt8] = [], ambiguousDot: Bool = false) {
        self.whole = whole
        self.rawFractionDigits = fraction
        var trimmed = fraction
        while trimmed.last == 0 { trimmed.removeLast() }
        self.fraction = trimmed
        self.ambiguousDot = ambiguousDot
    }

    /// "two and a half million": the half is kept exact for the multiplier.
    var plusHalf: Magnitude {
        var copy = self
        copy.fraction = [5]
        copy.rawFractionDigits = [5]
        copy.ambiguousDot = false
        return copy
    }

    /// The whole count `self × scale`, or why there is none. `phrase` names the figure
    /// in messages.
    func scaled(by scale: Int64, phrase: String) throws(ParseFailure) -> Int64 {
        if scale == 1 && ambiguousDot {
            var large = whole
            for digit in rawFractionDigits { large = large * 10 + Int64(digit) }
            var small = String(whole)
            if !fraction.isEmpty { small += "." + fraction.map { String($0) }.joined() }
            throw .ambiguousDot(phrase, small: small, large: large)
        }
        let (wholePart, overflow) = whole.multipliedReportingOverflow(by: scale)
        guard !overflow, wholePart <= Estimate.maximumValue else { throw .tooLarge }
        var value = wholePart
        if !fraction.isEmpty {
            // More than 18 significant decimals cannot become whole under any multiplier
            // this parser knows (at most 10^17, "hundred quadrillion"), and would not fit
            // an Int64.
            guard fraction.count <= 18 else { throw .notWhole(phrase) }
            var numerator: Int64 = 0
            var denominator: Int64 = 1
            for digit in fraction {
                numerator = numerator * 10 + Int64(digit)
                denominator *= 10
            }
            let common = greatestCommonDivisor(scale, denominator)
            let reducedScale = scale / common
            let reducedDenominator = denominator / common
            guard numerator % reducedDenominator == 0 else { throw .notWhole(phrase) }
            let (part, partOverflow) = (numerator / reducedDenominator).multipliedReportingOverflow(by: reducedScale)
            let (sum, sumOverflow) = value.addingReportingOverflow(part)
            guard !partOverflow, !sumOverflow else { throw .tooLarge }
            value = sum
        }
        guard value <= Estimate.maximumValue else { throw .tooLarge }
        return value
    }
}

private func greatestCommonDivisor(_ a: Int64, _ b: Int64) -> Int64 {
    var (x, y) = (a, b)
    while y != 0 { (x, y) = (y, x % y) }
    return x
}

struct Token {
    enum Kind {
        case number(Magnitude)
        /// Lowercased letters.
        case word(String)
        /// Letters mixed with digits ("COVID19", "M16"): a name, never a count.
        case name
        /// `-`, `‐`, `‑`, `–`, `—`: a range, a hyphen, or a sign, depending on context.
        case dash
        /// `−` (U+2212) is only ever a sign.
        case minus
        case symbol(Unicode.Scalar)
        case punctuation(Unicode.Scalar)
    }

    let kind: Kind
    /// As written, for messages.
    let text: String
    let spaceBefore: Bool

    var word: String? {
        if case let .word(w) = kind { return w }
        return nil
    }
}

enum Lexer {
    static func tokens(of text: String) throws(ParseFailure) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var index = 0
        var spaceBefore = true
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                spaceBefore = true
                index += 1
                continue
            }
            let start = index
            let kind: Token.Kind
            if isDigit(scalar) || (scalar == "." && index + 1 < scalars.count && isDigit(scalars[index + 1])) {
                let (numberKind, end) = try number(scalars, from: index)
                kind = numberKind
                index = end
            } else if scalar.properties.isAlphabetic {
                var hasDigit = false
                while index < scalars.count,
                      scalars[index].properties.isAlphabetic || isDigit(scalars[index]) {
                    if isDigit(scalars[index]) { hasDigit = true }
                    index += 1
                }
                kind = hasDigit ? .name : .word(string(scalars[start..<index]).lowercased())
            } else {
                index += 1
                switch scalar {
                case "-", "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}": kind = .dash
                case "\u{2212}": kind = .minus
                case "~", "\u{2248}", "+", ">", "<", "\u{2265}", "\u{2264}", "=", "(", ")", "%":
                    kind = .symbol(scalar)
                default: kind = .punctuation(scalar)
                }
            }
            tokens.append(Token(kind: kind, text: string(scalars[start..<index]), spaceBefore: spaceBefore))
            spaceBefore = false
        }
        return tokens
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

    /// Separators SPEC §1 allows between groups of three digits, besides `,`.
    static func isSpaceSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{2009}" || scalar == "\u{202F}" || scalar == "\u{00A0}"
    }

    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    private static func digitRun(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var end = start
        while end < s.count, isDigit(s[end]) { end += 1 }
        return end - start
    }

    /// Reads `6`, `6,000`, `6 000`, `1.5`, `.5`; refuses `1,5`, `5000,000`, `5.000.000`
    /// and digits glued to letters (`5k`, `1990s`), which would otherwise be misread.
    /// Ordinals (`3rd`, `12th`) name a unit or a date, never a count, and are skipped.
    static func number(_ s: [Unicode.Scalar], from start: Int) throws(ParseFailure) -> (Token.Kind, Int) {
        var index = start
        var whole: Int64 = 0
        func addDigit(_ scalar: Unicode.Scalar) throws(ParseFailure) {
            whole = whole * 10 + Int64(scalar.value - 48)
            if whole > Estimate.maximumValue { throw .tooLarge }
        }
        let firstGroup = digitRun(s, from: index)
        for _ in 0..<firstGroup { try addDigit(s[index]); index += 1 }
        var separator: Unicode.Scalar? = nil
        while index < s.count, s[index] == "," || isSpaceSeparator(s[index]) {
            let candidate = s[index]
            let groupLength = digitRun(s, from: index + 1)
            let fits = (1...3).contains(firstGroup) && groupLength == 3
                && (separator == nil || separator == candidate)
            if fits {
                separator = candidate
                for offset in 1...3 { try addDigit(s[index + offset]) }
                index += 4
                continue
            }
            if candidate == "," && groupLength > 0 {
                throw .malformed(string(s[start..<(index + 1 + groupLength)]))
            }
            break
        }
        var fraction: [UInt8] = []
        if index + 1 < s.count, s[index] == ".", isDigit(s[index + 1]) {
            index += 1
            while index < s.count, isDigit(s[index]) {
                fraction.append(UInt8(s[index].value - 48))
                index += 1
            }
            if index + 1 < s.count, s[index] == "." || s[index] == ",", isDigit(s[index + 1]) {
                let end = index + 1 + digitRun(s, from: index + 1)
                throw .malformed(string(s[start..<end]))
            }
        }
        if index < s.count, s[index].properties.isAlphabetic {
            var end = index
            while end < s.count, s[end].properties.isAlphabetic || isDigit(s[end]) { end += 1 }
            let suffix = string(s[index..<end]).lowercased()
            if separator == nil, fraction.isEmpty, ["st", "nd", "rd", "th"].contains(suffix) {
                return (.name, end)
            }
            throw .lettersInNumber(string(s[start..<end]))
        }
        let ambiguous = separator == nil && fraction.count == 3 && (1...3).contains(firstGroup) && whole != 0
        return (.number(Magnitude(whole: whole, fraction: fraction, ambiguousDot: ambiguous)), index)
    }
}

// MARK: - Vocabulary

/// What a qualifier does to the figure it stands next to.
enum Qualifier: Equatable {
    case approximate
    /// "at least 12", "12+": floor inclusive, no ceiling.
    case atLeast
    /// "more than 12": floor strict, no ceiling.
    case moreThan
    /// "up to 40": ceiling inclusive, floor zero.
    case atMost
    /// "fewer than 40": ceiling strict, floor zero.
    case fewerThan
}

/// One element of a fixed phrase such as "no fewer than" or ">=".
enum Piece {
    case word(String)
    case symbol(Unicode.Scalar)
    case period
    case dash
}

enum Vocabulary {
    static func words(_ text: String) -> [Piece] {
        text.split(separator: " ").map { .word(String($0)) }
    }

    /// Longer phrases first where one begins another (`>=` before `>`).
    static let prefixes: [([Piece], Qualifier)] = [
        (words("approximately"), .approximate), (words("approx") + [.period], .approximate),
        (words("approx"), .approximate), (words("about"), .approximate),
        (words("around"), .approximate), (words("roughly"), .approximate),
        (words("some"), .approximate), (words("circa"), .approximate),
        (words("ca") + [.period], .approximate), (words("c") + [.period], .approximate),
        (words("nearly"), .approximate), (words("almost"), .approximate),
        (words("close to"), .approximate),
        ([.symbol("~")], .approximate), ([.symbol("\u{2248}")], .approximate),

        (words("at least"), .atLeast), (words("no fewer than"), .atLeast),
        (words("no less than"), .atLeast), (words("not fewer than"), .atLeast),
        (words("not less than"), .atLeast), (words("a minimum of"), .atLeast),
        (words("minimum of"), .atLeast),
        ([.symbol("\u{2265}")], .atLeast), ([.symbol(">"), .symbol("=")], .atLeast),

        (words("more than"), .moreThan), (words("over"), .moreThan),
        (words("upwards of"), .moreThan), (words("upward of"), .moreThan),
        (words("in excess of"), .moreThan), (words("greater than"), .moreThan),
        (words("above"), .moreThan), ([.symbol(">")], .moreThan),

        (words("up to"), .atMost), (words("as many as"), .atMost),
        (words("at most"), .atMost), (words("no more than"), .atMost),
        (words("not more than"), .atMost), (words("a maximum of"), .atMost),
        (words("maximum of"), .atMost),
        ([.symbol("\u{2264}")], .atMost), ([.symbol("<"), .symbol("=")], .atMost),

        (words("fewer than"), .fewerThan), (words("less than"), .fewerThan),
        (words("under"), .fewerThan), (words("below"), .fewerThan),
        ([.symbol("<")], .fewerThan),
    ]

    static let suffixes: [([Piece], Qualifier)] = [
        ([.symbol("+")], .atLeast), (words("plus"), .atLeast), ([.dash] + words("plus"), .atLeast),
        (words("or more"), .atLeast), (words("or above"), .atLeast),
        (words("or over"), .atLeast), (words("or higher"), .atLeast),
        (words("and more"), .atLeast), (words("and above"), .atLeast),
        (words("and over"), .atLeast), (words("and upwards"), .atLeast),
        (words("and up"), .atLeast),

        (words("or fewer"), .atMost), (words("or less"), .atMost),
        (words("or below"), .atMost), (words("or under"), .atMost),

        (words("or so"), .approximate), (words("or thereabouts"), .approximate),
        ([.dash] + words("odd"), .approximate), (words("odd"), .approximate),
    ]

    static let units: [String: Int64] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
        "six": 6, "seven": 7, "eight": 8, "nine": 9,
    ]
    static let teens: [String: Int64] = [
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Int64] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    /// Words that multiply everything before them within their group.
    /// Lakh and crore are the South Asian press's hundred thousand and ten million.
    static let scales: [String: Int64] = [
        "thousand": 1_000, "lakh": 100_000, "lakhs": 100_000, "million": 1_000_000,
        "crore": 10_000_000, "crores": 10_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000, "quadrillion": 1_000_000_000_000_000,
    ]
    static func isNumberWord(_ w: String) -> Bool {
        units[w] != nil || teens[w] != nil || tens[w] != nil || scales[w] != nil
            || countingUnits[w] != nil || plurals[w] != nil || w == "hundred" || w == "zero"
    }

    /// Multipliers that end a figure: "two dozen", "a score".
    static let countingUnits: [String: Int64] = ["dozen": 12, "score": 20]

    /// Vague quantity words that scale ("several hundred"): low, best, high of one unit.
    static let countWords: [(pieces: [Piece], low: Int64, best: Int64, high: Int64)] = [
        (words("a couple"), 2, 2, 3), (words("couple"), 2, 2, 3),
        (words("a few"), 2, 3, 4), (words("few"), 2, 3, 4),
        (words("a handful"), 3, 4, 5), (words("handful"), 3, 4, 5),
        (words("several"), 3, 6, 9),
    ]

    /// Plural vague words: "dozens" means at least two dozen and fewer than a hundred;
    /// "thousands" at least two thousand and fewer than ten thousand. `unit` decides
    /// which plural may follow with "of" ("tens of thousands").
    static let plurals: [String: (unit: Int64, low: Int64, high: Int64)] = [
        "tens": (10, 20, 99), "dozens": (12, 24, 99), "scores": (20, 40, 99),
        "hundreds": (100, 200, 999), "thousands": (1_000, 2_000, 9_999),
        "millions": (1_000_000, 2_000_000, 9_999_999),
        "billions": (1_000_000_000, 2_000_000_000, 9_999_999_999),
    ]

    /// Words that sound like counts but carry no size; named in the "no number" error.
    static let sizeless: Set<String> = [
        "many", "numerous", "countless", "multiple", "lots", "plenty", "untold",
    ]
}

// MARK: - Phrase reader

/// low/best/high before the invariant is checked.
struct Span {
    var low: Int64
    var best: Int64
    var high: Int64?
}

/// One figure: a number (with its trailing multiplier kept apart so that
/// "5-7 thousand" can lend it to the 5) or a vague word's range.
struct Quantity {
    enum Amount {
        /// value = head × multiplier; `multiplier` is the run of multiplier words at
        /// the end ("thousand" in "seven thousand"), 1 if none.
        case exact(head: Magnitude, multiplier: Int64)
        case vague(Span)
    }

    var amount: Amount
    var end: Int
    var phrase: String

    func span() throws(ParseFailure) -> Span {
        switch amount {
        case let .exact(head, multiplier):
            let value = try head.scaled(by: multiplier, phrase: phrase)
            return Span(low: value, best: value, high: value)
        case let .vague(span):
            return span
        }
    }
}

/// An estimate found in the text and where it lies, so a second one can be reported.
struct Finding {
    var span: Span
    var approximate: Bool
    var end: Int
    var phrase: String
}

struct PhraseReader {
    let tokens: [Token]

    func estimate() throws(ParseFailure) -> Estimate {
        var found: Finding? = nil
        var index = 0
        while index < tokens.count {
            if let finding = try finding(at: index) {
                if let first = found { throw .twoNumbers(first.phrase, finding.phrase) }
                found = finding
                index = finding.end
                continue
            }
            try rejectSign(at: index)
            index += 1
        }
        guard let found else {
            if let word = firstSizelessWord() { throw .noNumber(vagueWord: word) }
            throw .noNumber
        }
        do throws(EstimateError) {
            return try Estimate(low: found.span.low, best: found.span.best, high: found.span.high,
                                approximate: found.approximate)
        } catch {
            switch error {
            case .negative: throw .negative(found.phrase)
            case .tooLarge: throw .tooLarge
            case .lowAboveBest, .bestAboveHigh:
                throw .bestOutside(best: found.span.best, low: found.span.low, high: found.span.high)
            }
        }
    }

    // MARK: Helpers over tokens

    func word(at index: Int) -> String? {
        index < tokens.count ? tokens[index].word : nil
    }

    func isSymbol(_ scalar: Unicode.Scalar, at index: Int) -> Bool {
        guard index < tokens.count, case let .symbol(s) = tokens[index].kind else { return false }
        return s == scalar
    }

    func isDash(at index: Int) -> Bool {
        guard index < tokens.count, case .dash = tokens[index].kind else { return false }
        return true
    }

    /// The index after `pieces` if they stand at `index`.
    func match(_ pieces: [Piece], at index: Int) -> Int? {
        var i = index
        for piece in pieces {
            guard i < tokens.count else { return nil }
            switch (piece, tokens[i].kind) {
            case let (.word(expected), .word(actual)) where expected == actual: break
            case let (.symbol(expected), .symbol(actual)) where expected == actual: break
            case (.period, .punctuation(".")): break
            case (.dash, .dash): break
            default: return nil
            }
            i += 1
        }
        return i
    }

    func phrase(_ range: Range<Int>) -> String {
        var text = ""
        for i in range {
            if i > range.lowerBound && tokens[i].spaceBefore { text += " " }
            text += tokens[i].text
        }
        return text
    }

    /// `-5`, `(-5)`, `−5`: a sign, not a hyphen ("COVID-19") or a range ("5-7").
    func rejectSign(at index: Int) throws(ParseFailure) {
        // "minus 5", "negative five": a sign in words.
        if let w = word(at: index), w == "minus" || w == "negative",
           let amount = try? quantity(at: index + 1, joinAnd: true) {
            throw .negative(phrase(index..<amount.end))
        }
        guard index + 1 < tokens.count, case .number = tokens[index + 1].kind,
              !tokens[index + 1].spaceBefore else { return }
        switch tokens[index].kind {
        case .minus:
            throw .negative(phrase(index..<(index + 2)))
        case .dash:
            let standsAlone: Bool
            if index == 0 || tokens[index].spaceBefore {
                standsAlone = true
            } else {
                switch tokens[index - 1].kind {
                case .symbol, .punctuation: standsAlone = true
                default: standsAlone = false
                }
            }
            if standsAlone { throw .negative(phrase(index..<(index + 2))) }
        default:
            return
        }
    }

    func firstSizelessWord() -> String? {
        for (i, token) in tokens.enumerated() {
            guard let w = token.word else { continue }
            if Vocabulary.sizeless.contains(w) { return w }
            if w == "lot", i > 0, word(at: i - 1) == "a" { return "a lot" }
        }
        return nil
    }

    // MARK: Estimate phrases

    /// An estimate starting exactly at `start`: qualifiers, a figure or a range, suffixes.
    func finding(at start: Int) throws(ParseFailure) -> Finding? {
        var index = start
        var qualifiers: [(Qualifier, String)] = []
        prefixes: while true {
            for (pieces, qualifier) in Vocabulary.prefixes {
                if let end = match(pieces, at: index) {
                    qualifiers.append((qualifier, phrase(index..<end)))
                    index = end
                    continue prefixes
                }
            }
            break
        }

        var span: Span
        if word(at: index) == "between" {
            guard let range = try between(at: index + 1) else {
                // "between 5" is half a range; reading it as 5 would invent precision.
                if let lone = try quantity(at: index + 1, joinAnd: true) {
                    throw .incompleteRange(phrase(index..<lone.end))
                }
                return nil
            }
            span = range.span
            index = range.end
        } else {
            guard let first = try quantity(at: index, joinAnd: true) else { return nil }
            index = first.end
            // "a two-day siege", "a 10-year-old": the figure describes the noun, it is not a count.
            if isDash(at: index), !tokens[index].spaceBefore, index + 1 < tokens.count,
               !tokens[index + 1].spaceBefore, let next = word(at: index + 1),
               next != "odd", next != "plus", !Vocabulary.isNumberWord(next) {
                return nil
            }
            if let separatorEnd = rangeSeparator(at: index),
               let second = try quantity(at: separatorEnd, joinAnd: true) {
                span = try range(first, second)
                index = second.end
            } else if index + 1 == tokens.count, word(at: index) == "to" || isDash(at: index) {
                // "5 to", "5 -": the other end is missing.
                throw .incompleteRange(first.phrase + " " + tokens[index].text)
            } else {
                span = try first.span()
            }
        }

        // "10 million million", "two thousand million": a multiplier the grammar could
        // not take would otherwise be dropped silently.
        if let w = word(at: index),
           w == "hundred" || Vocabulary.scales[w] != nil || Vocabulary.countingUnits[w] != nil {
            throw .malformed(phrase(start..<(index + 1)))
        }

        var bestOverride: Int64? = nil
        suffixes: while true {
            if isSymbol("(", at: index), word(at: index + 1) == "best",
               let stated = try quantity(at: index + 2, joinAnd: true),
               isSymbol(")", at: stated.end), case .exact = stated.amount {
                bestOverride = try stated.span().best
                index = stated.end + 1
                continue
            }
            for (pieces, qualifier) in Vocabulary.suffixes {
                if let end = match(pieces, at: index) {
                    qualifiers.append((qualifier, phrase(index..<end)))
                    index = end
                    continue suffixes
                }
            }
            break
        }

        var approximate = false
        var bound: (Qualifier, String)? = nil
        for (qualifier, text) in qualifiers {
            if qualifier == .approximate {
                approximate = true
            } else if let bound {
                if bound.0 != qualifier { throw .conflicting(bound.1, text) }
            } else {
                bound = (qualifier, text)
            }
        }
        if let bound {
            span = try apply(bound.0, to: span, phrase: phrase(start..<index))
        }
        if let bestOverride {
            guard bestOverride >= span.low, bestOverride <= span.high ?? Int64.max else {
                throw .bestOutside(best: bestOverride, low: span.low, high: span.high)
            }
            span.best = bestOverride
        }
        return Finding(span: span, approximate: approximate, end: index, phrase: phrase(start..<index))
    }

    func apply(_ qualifier: Qualifier, to span: Span, phrase: String) throws(ParseFailure) -> Span {
        var result = span
        switch qualifier {
        case .approximate:
            break
        case .atLeast:
            result.high = nil
        case .moreThan:
            result.low = span.low + 1
            result.best = max(span.best, result.low)
            result.high = nil
        case .atMost:
            result.low = 0
        case .fewerThan:
            guard let high = span.high, high > 0 else { throw .negative(phrase) }
            result.low = 0
            result.high = high - 1
            result.best = min(span.best, high - 1)
        }
        return result
    }

    /// `to`, `-`, `–`, `—`, `or`: what may stand between the two ends of a range.
    func rangeSeparator(at index: Int) -> Int? {
        if isDash(at: index) { return index + 1 }
        if let w = word(at: index), w == "to" || w == "or" { return index + 1 }
        return nil
    }

    /// "between X and Y" (also with `to` or a dash). A number word may itself contain
    /// "and" ("a hundred and twenty"), so if reading it greedily leaves no separator,
    /// the first end is read again without joining "and".
    func between(at index: Int) throws(ParseFailure) -> (span: Span, end: Int)? {
        for joinAnd in [true, false] {
            guard let first = try quantity(at: index, joinAnd: joinAnd) else { return nil }
            let separatorEnd: Int? = word(at: first.end) == "and" ? first.end + 1 : rangeSeparator(at: first.end)
            if let separatorEnd, let second = try quantity(at: separatorEnd, joinAnd: true) {
                return (try range(first, second), second.end)
            }
        }
        return nil
    }

    /// Joins two ends; a bare first end borrows the second end's multiplier ("5-7
    /// thousand") unless that would reverse the range ("500 to 1 million").
    func range(_ first: Quantity, _ second: Quantity) throws(ParseFailure) -> Span {
        let upper = try second.span()
        guard let high = upper.high else { return upper }
        let low: Int64
        switch first.amount {
        case let .exact(head, multiplier):
            if multiplier == 1, case let .exact(_, borrowed) = second.amount, borrowed > 1,
               let scaled = try? head.scaled(by: borrowed, phrase: first.phrase), scaled <= upper.low {
                low = scaled
            } else {
                low = try head.scaled(by: multiplier, phrase: first.phrase)
            }
        case let .vague(span):
            low = span.low
        }
        guard low <= high else { throw .reversed(low: low, high: high) }
        return Span(low: low, best: low + (high - low + 1) / 2, high: high)
    }

    // MARK: Quantities

    func quantity(at index: Int, joinAnd: Bool) throws(ParseFailure) -> Quantity? {
        guard index < tokens.count else { return nil }
        var found: Quantity? = nil
        switch tokens[index].kind {
        case let .number(magnitude):
            if isNamePart(at: index) { return nil }
            try rejectCurrency(before: index)
            var head = magnitude
            var end = index + 1
            if let halfEnd = andAHalf(at: end) {
                head = head.plusHalf
                end = halfEnd
            }
            let (multiplier, chainEnd) = multiplierChain(at: end)
            found = Quantity(amount: .exact(head: head, multiplier: multiplier), end: chainEnd,
                             phrase: phrase(index..<chainEnd))
        case .word:
            if let zero = nobody(at: index) {
                found = zero
            } else if let vague = try countWord(at: index) {
                found = vague
            } else if let vague = try plural(at: index) {
                found = vague
            } else {
                found = half(at: index) ?? numberWords(at: index, joinAnd: joinAnd)
            }
        default:
            return nil
        }
        if let found { try rejectPercentage(after: found, from: index) }
        return found
    }

    /// "COVID-19", "F-16", "MH-17": a number glued by a hyphen to a word names a thing.
    func isNamePart(at index: Int) -> Bool {
        guard index >= 2, !tokens[index].spaceBefore, isDash(at: index - 1), !tokens[index - 1].spaceBefore
        else { return false }
        switch tokens[index - 2].kind {
        case .name: return true
        case let .word(w): return !Vocabulary.isNumberWord(w)
        default: return false
        }
    }

    /// "$5,000" is money, not a count of people.
    func rejectCurrency(before index: Int) throws(ParseFailure) {
        guard index >= 1, !tokens[index].spaceBefore, case let .punctuation(symbol) = tokens[index - 1].kind,
              ["$", "\u{20AC}", "\u{00A3}", "\u{00A5}"].contains(symbol) else { return }
        throw .currency(phrase((index - 1)..<(index + 1)))
    }

    func rejectPercentage(after quantity: Quantity, from start: Int) throws(ParseFailure) {
        let end = quantity.end
        let percentEnd: Int? = isSymbol("%", at: end) ? end + 1
            : word(at: end) == "percent" ? end + 1
            : (word(at: end) == "per" && word(at: end + 1) == "cent") ? end + 2
            : nil
        if let percentEnd { throw .percentage(phrase(start..<percentEnd)) }
    }

    /// "and a half" before a multiplier: "two and a half million".
    func andAHalf(at index: Int) -> Int? {
        guard word(at: index) == "and", word(at: index + 1) == "a", word(at: index + 2) == "half"
        else { return nil }
        return index + 3
    }

    /// `hundred`, `thousand`, `hundred thousand`, `million`, `dozen`, `score` after a
    /// figure; 1 when there is none.
    func multiplierChain(at index: Int) -> (Int64, Int) {
        if let w = word(at: index), let unit = Vocabulary.countingUnits[w] { return (unit, index + 1) }
        var multiplier: Int64 = 1
        var end = index
        if word(at: end) == "hundred" {
            multiplier = 100
            end += 1
        }
        if let w = word(at: end), let scale = Vocabulary.scales[w] {
            multiplier *= scale
            end += 1
        }
        return (multiplier, end)
    }

    /// "none", "no one", "nobody", "not one", "not a single": zero, so "no one was
    /// killed" is not read as one.
    func nobody(at index: Int) -> Quantity? {
        let end: Int
        if word(at: index) == "none" || word(at: index) == "nobody" {
            end = index + 1
        } else if word(at: index) == "no" || word(at: index) == "not", word(at: index + 1) == "one" {
            end = index + 2
        } else if word(at: index) == "not", word(at: index + 1) == "a", word(at: index + 2) == "single" {
            end = index + 3
        } else {
            return nil
        }
        return Quantity(amount: .exact(head: Magnitude(whole: 0), multiplier: 1), end: end,
                        phrase: phrase(index..<end))
    }

    /// "a few", "several", "a couple of hundred", "a few dozen".
    func countWord(at index: Int) throws(ParseFailure) -> Quantity? {
        for entry in Vocabulary.countWords {
            guard var end = match(entry.pieces, at: index) else { continue }
            var multiplier: Int64 = 1
            let ofSkipped = word(at: end) == "of" ? end + 1 : end
            let (chain, chainEnd) = multiplierChain(at: ofSkipped)
            if chain > 1 {
                multiplier = chain
                end = chainEnd
            }
            let span = try scaledSpan(low: entry.low, best: entry.best, high: entry.high, by: multiplier)
            return Quantity(amount: .vague(span), end: end, phrase: phrase(index..<end))
        }
        return nil
    }

    /// "dozens", "hundreds", "tens of thousands", "hundreds of millions".
    func plural(at index: Int) throws(ParseFailure) -> Quantity? {
        guard let w = word(at: index), let entry = Vocabulary.plurals[w] else { return nil }
        var end = index + 1
        var low = entry.low
        var high = entry.high
        if word(at: end) == "of", let next = word(at: end + 1), let outer = Vocabulary.plurals[next],
           outer.unit >= 1_000, outer.unit > entry.unit {
            let (scaledLow, o1) = low.multipliedReportingOverflow(by: outer.unit)
            let (scaledHigh, o2) = (high + 1).multipliedReportingOverflow(by: outer.unit)
            guard !o1, !o2 else { throw .tooLarge }
            low = scaledLow
            high = scaledHigh - 1
            end += 2
        }
        guard high <= Estimate.maximumValue else { throw .tooLarge }
        let span = Span(low: low, best: low + (high - low + 1) / 2, high: high)
        return Quantity(amount: .vague(span), end: end, phrase: phrase(index..<end))
    }

    func scaledSpan(low: Int64, best: Int64, high: Int64, by multiplier: Int64) throws(ParseFailure) -> Span {
        let (l, o1) = low.multipliedReportingOverflow(by: multiplier)
        let (b, o2) = best.multipliedReportingOverflow(by: multiplier)
        let (h, o3) = high.multipliedReportingOverflow(by: multiplier)
        guard !o1, !o2, !o3, h <= Estimate.maximumValue else { throw .tooLarge }
        return Span(low: l, best: b, high: h)
    }

    /// "half a million", "half a dozen". "half" alone ("half of them") is no figure.
    func half(at index: Int) -> Quantity? {
        guard word(at: index) == "half", let article = word(at: index + 1), article == "a" || article == "an"
        else { return nil }
        let (multiplier, end) = multiplierChain(at: index + 2)
        guard multiplier > 1 else { return nil }
        return Quantity(amount: .exact(head: Magnitude(whole: 0, fraction: [5]), multiplier: multiplier),
                        end: end, phrase: phrase(index..<end))
    }

    /// English number words: "six", "twenty-five", "two hundred", "a hundred and
    /// twenty", "one thousand two hundred", "two dozen", "one and a half million".
    ///
    /// Reads as far as the words still make one number, so "six seven" is two figures.
    /// When the phrase is a plain figure followed only by multipliers ("two hundred
    /// thousand"), the multipliers are kept apart so a range can lend them to its first end.
    func numberWords(at start: Int, joinAnd: Bool) -> Quantity? {
        enum Last { case start, article, unit, teen, tens, hundred, scale, and }
        var index = start
        var last = Last.start
        var total: Int64 = 0
        var group: Int64 = 0
        var groupHasHundred = false
        var smallestScale = Int64.max
        var end = start
        var headBeforeMultipliers: Int64? = nil
        var wordsAfterMultiplier = false

        if word(at: start) == "zero" {
            return Quantity(amount: .exact(head: Magnitude(whole: 0), multiplier: 1), end: start + 1,
                            phrase: phrase(start..<(start + 1)))
        }
        if let article = word(at: start), article == "a" || article == "an",
           let next = word(at: start + 1),
           next == "hundred" || Vocabulary.scales[next] != nil || Vocabulary.countingUnits[next] != nil {
            group = 1
            last = .article
            index = start + 1
        }

        func isNumeral(_ w: String?) -> Bool {
            guard let w else { return false }
            return Vocabulary.units[w] != nil || Vocabulary.teens[w] != nil || Vocabulary.tens[w] != nil
        }

        loop: while let w = word(at: index) {
            let opensGroup = last == .start || last == .hundred || last == .scale || last == .and
            if let value = Vocabulary.units[w],
               (opensGroup && group % 100 == 0) || last == .tens {
                group += value
                last = .unit
            } else if let value = Vocabulary.teens[w] ?? Vocabulary.tens[w], opensGroup, group % 100 == 0 {
                group += value
                last = Vocabulary.teens[w] != nil ? .teen : .tens
            } else if w == "hundred", [.unit, .teen, .tens, .article].contains(last), !groupHasHundred,
                      (1...99).contains(group) {
                if headBeforeMultipliers == nil { headBeforeMultipliers = group }
                group *= 100
                groupHasHundred = true
                last = .hundred
            } else if let scale = Vocabulary.scales[w], [.unit, .teen, .tens, .hundred, .article].contains(last),
                      group > 0, scale < smallestScale {
                if headBeforeMultipliers == nil { headBeforeMultipliers = group }
                total += group * scale
                group = 0
                groupHasHundred = false
                smallestScale = scale
                last = .scale
            } else if let unit = Vocabulary.countingUnits[w], [.unit, .teen, .tens, .article].contains(last),
                      total == 0, !groupHasHundred {
                return Quantity(amount: .exact(head: Magnitude(whole: group), multiplier: unit),
                                end: index + 1, phrase: phrase(start..<(index + 1)))
            } else if [.unit, .teen, .tens].contains(last), total == 0, !groupHasHundred,
                      let halfEnd = andAHalf(at: index) {
                // Without a multiplier ("two and a half") the half survives and is refused.
                let (multiplier, chainEnd) = multiplierChain(at: halfEnd)
                return Quantity(amount: .exact(head: Magnitude(whole: group).plusHalf, multiplier: multiplier),
                                end: chainEnd, phrase: phrase(start..<chainEnd))
            } else {
                break loop
            }
            if headBeforeMultipliers != nil, [.unit, .teen, .tens].contains(last) { wordsAfterMultiplier = true }
            index += 1
            end = index
            // Joiners are taken only when a numeral follows, so "a hundred and" ends at "hundred".
            if last == .tens, isDash(at: index), !tokens[index].spaceBefore,
               let next = word(at: index + 1), Vocabulary.units[next] != nil, !tokens[index + 1].spaceBefore {
                index += 1
            } else if joinAnd, last == .hundred || last == .scale, word(at: index) == "and",
                      isNumeral(word(at: index + 1)) {
                index += 1
                last = .and
            }
        }
        guard end > start, last != .article else { return nil }
        let value = total + group
        if let head = headBeforeMultipliers, !wordsAfterMultiplier, head > 0 {
            return Quantity(amount: .exact(head: Magnitude(whole: head), multiplier: value / head),
                            end: end, phrase: phrase(start..<end))
        }
        return Quantity(amount: .exact(head: Magnitude(whole: value), multiplier: 1), end: end,
                        phrase: phrase(start..<end))
    }
}
