/// Turns estimate text into tokens: numbers (read under a ``NumberConvention``),
/// lowercased words, dashes, symbols, and spans that are not counts at all (dates,
/// times, measurements), which the reader skips.

// MARK: - Normalisation

enum Normalizer {
    /// The text as the lexer reads it:
    /// - HTML character references left in scraped text are decoded (`&#8217;` is `’`,
    ///   `&amp;` is `&`), so their digits are never read as a count;
    /// - digits of other scripts (Arabic-Indic, Persian, Devanagari, Bengali) become
    ///   0–9, and the Arabic separators ٬ and ٫ become `,` and `.`;
    /// - Arabic short vowels and tatweel are dropped, أ/إ/آ/ٱ read as ا, ى and ی as ي,
    ///   ک as ك, so one table entry matches every spelling;
    /// - a zero-width non-joiner is a space, bidi controls and soft hyphens vanish,
    ///   curly apostrophes are `'`;
    /// - footnote markers (`[2]`, `[a]`, `[note 3]`, `[citation needed]`) are removed;
    /// - a run of Han characters (Chinese, written without spaces) is split into the words of
    ///   the Chinese table and spaced from the digits beside it (``HanWords``).
    static func scalars(of text: String) -> [Unicode.Scalar] {
        scalarsAndScripts(of: text).scalars
    }

    /// ``scalars(of:)``, with the script each digit was written in (`.latin` for every
    /// other scalar): a bare `۱۳۹۸` is a year of the Solar Hijri calendar, `1398` a count.
    static func scalarsAndScripts(of text: String) -> (scalars: [Unicode.Scalar], scripts: [DigitScript]) {
        let input = Array(text.unicodeScalars)
        var out: [Unicode.Scalar] = []
        var scripts: [DigitScript] = []
        out.reserveCapacity(input.count)
        var i = 0
        while i < input.count {
            let c = input[i]
            if c == "&", let (decoded, end) = entity(input, at: i) {
                out.append(contentsOf: decoded.unicodeScalars.flatMap { map($0) })
                i = end
                scripts.append(contentsOf: repeatElement(.latin, count: out.count - scripts.count))
                continue
            }
            if c == "[", let end = footnoteEnd(input, at: i) {
                i = end
                continue
            }
            out.append(contentsOf: map(c))
            scripts.append(contentsOf: repeatElement(script(of: c), count: out.count - scripts.count))
            i += 1
        }
        return HanWords.spaced(out, scripts)
    }

    private static func script(of c: Unicode.Scalar) -> DigitScript {
        switch c.value {
        case 0x0660...0x0669, 0x06F0...0x06F9: return .arabic
        case 0x0966...0x096F: return .devanagari
        case 0x09E6...0x09EF: return .bengali
        default: return c.value >= 0x80 && decimalDigit(c) != nil && !(0xFF10...0xFF19).contains(c.value) ? .other : .latin
        }
    }

    /// The value of a decimal digit of any script Unicode lists (Thai ๑๒, Myanmar ၁၂, Khmer
    /// ១២, Lao, Tibetan, Gujarati, Tamil, …; phrases20, review28 R5: these read "no number").
    /// Superscripts and circled digits are no decimal digits and stay apart.
    static func decimalDigit(_ c: Unicode.Scalar) -> Int? {
        guard c.properties.numericType == .decimal, let v = c.properties.numericValue, (0...9).contains(v) else { return nil }
        return Int(v)
    }

    private static func map(_ c: Unicode.Scalar) -> [Unicode.Scalar] {
        let v = c.value
        switch v {
        case 0x0660...0x0669: return [Unicode.Scalar(48 + v - 0x0660)!]
        case 0x06F0...0x06F9: return [Unicode.Scalar(48 + v - 0x06F0)!]
        case 0x0966...0x096F: return [Unicode.Scalar(48 + v - 0x0966)!]
        case 0x09E6...0x09EF: return [Unicode.Scalar(48 + v - 0x09E6)!]
        case 0x066C: return [","]
        case 0x066B: return ["."]
        case 0x064B...0x065F, 0x0670, 0x0640: return []
        case 0x0623, 0x0625, 0x0622, 0x0671: return ["\u{0627}"]
        case 0x0649, 0x06CC: return ["\u{064A}"]
        case 0x06A9: return ["\u{0643}"]
        case 0x200C: return [" "]
        case 0x200B, 0x200D, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0x00AD: return []
        case 0x2019, 0x2018, 0x02BC, 0x2032: return ["'"]
        // Fullwidth digits and signs (CJK input, some PDFs), and variants of the signs of
        // the tables (issue 12, review12b: "１２,000" lost its digits and read 0).
        case 0xFF10...0xFF19: return [Unicode.Scalar(48 + v - 0xFF10)!]
        case 0xFF0B, 0x207A: return ["+"]
        case 0xFF1E: return [">"]
        case 0xFF1C: return ["<"]
        case 0xFF05: return ["%"]
        case 0xFF0C: return [","]
        case 0xFF0E: return ["."]
        // Chinese and Japanese punctuation (phrases18): "。" ends a sentence, "、" lists.
        case 0x3002, 0xFF61: return ["."]
        case 0x3001, 0xFF64: return [","]
        case 0xFF1A: return [":"]
        case 0xFF1B: return [";"]
        case 0xFF01: return ["!"]
        case 0xFF1F: return ["?"]
        case 0xFF08: return ["("]
        case 0xFF09: return [")"]
        case 0xFF5E, 0x301C, 0x223C: return ["~"]
        case 0x2243, 0x2245: return ["\u{2248}"]
        case 0x2266, 0x2A7D: return ["\u{2264}"]
        case 0x2267, 0x2A7E: return ["\u{2265}"]
        // "1½ million" is 1.5 million; "12½" alone is not a whole number.
        case 0x00BD: return [".", "5"]
        case 0x00BC: return [".", "2", "5"]
        case 0x00BE: return [".", "7", "5"]
        default:
            if v >= 0x80, let d = decimalDigit(c) { return [Unicode.Scalar(UInt8(48 + d))] }
            return [c]
        }
    }

    private static let named: [String: String] = [
        "amp": "&", "quot": "\"", "apos": "'", "lt": "<", "gt": ">", "nbsp": "\u{00A0}",
        "rsquo": "\u{2019}", "lsquo": "\u{2018}", "rdquo": "\u{201D}", "ldquo": "\u{201C}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "thinsp": "\u{2009}",
        "laquo": "\u{00AB}", "raquo": "\u{00BB}", "minus": "\u{2212}", "asymp": "\u{2248}",
        "ge": "\u{2265}", "le": "\u{2264}", "plus": "+", "shy": "",
    ]

    /// `&#8217;`, `&#x2019;`, `&amp;`; the `;` may be missing after a numeric reference
    /// (`Dar&#8217a`), as scrapers often cut it.
    private static func entity(_ s: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var i = start + 1
        guard i < s.count else { return nil }
        if s[i] == "#" {
            i += 1
            var hex = false
            if i < s.count, s[i] == "x" || s[i] == "X" { hex = true; i += 1 }
            var value: UInt32 = 0
            let digitsStart = i
            while i < s.count, i - digitsStart < 7 {
                let d = s[i].value
                if d >= 48 && d <= 57 { value = value * (hex ? 16 : 10) + (d - 48) }
                else if hex, (d | 0x20) >= 97, (d | 0x20) <= 102 { value = value * 16 + ((d | 0x20) - 87) }
                else { break }
                i += 1
            }
            guard i > digitsStart, let scalar = Unicode.Scalar(value) else { return nil }
            if i < s.count, s[i] == ";" { i += 1 }
            return (String(Character(scalar)), i)
        }
        var name = ""
        while i < s.count, i - start <= 8, s[i].properties.isAlphabetic {
            name.unicodeScalars.append(s[i])
            i += 1
        }
        guard i < s.count, s[i] == ";", let value = named[name.lowercased()] else { return nil }
        return (value, i + 1)
    }

    /// The index after a footnote marker starting at `[`, or nil.
    private static func footnoteEnd(_ s: [Unicode.Scalar], at start: Int) -> Int? {
        var i = start + 1
        var inner = ""
        while i < s.count, s[i] != "]", i - start <= 30 {
            inner.unicodeScalars.append(s[i])
            i += 1
        }
        guard i < s.count, s[i] == "]" else { return nil }
        let text = inner.lowercased()
        let words = text.split(separator: " ")
        func isSmallNumber(_ w: Substring) -> Bool { (1...3).contains(w.count) && w.allSatisfy { $0.isASCII && $0.isNumber } }
        let isFootnote: Bool
        if words.count == 1, let w = words.first {
            isFootnote = isSmallNumber(w) || (w.count == 1 && w.first!.isLetter)
                || ["citation needed", "dubious", "unreliable source?"].contains(text)
        } else if words.count == 2 {
            isFootnote = ["note", "nb", "n", "fn", "lower-alpha"].contains(String(words[0])) && isSmallNumber(words[1])
                || ["citation needed", "clarification needed", "verification needed", "better source needed",
                    "failed verification", "page needed"].contains(text)
        } else {
            isFootnote = ["better source needed", "not in citation given"].contains(text)
        }
        return isFootnote ? i + 1 : nil
    }
}

// MARK: - Magnitude

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

// MARK: - Tokens

/// The script of a figure's digits, which tells which calendar a bare year-like figure
/// belongs to (issue 12): Persian and Arabic-Indic digits write the Solar and Lunar Hijri
/// years (1300–1499), Bengali digits the Bangla years (1300–1499), Devanagari digits the
/// Vikram Samvat years of the Nepali press (2000–2099).
enum DigitScript: Sendable {
    case latin, arabic, bengali, devanagari
    /// Any other script's decimal digits (Thai, Khmer, Myanmar, Lao, …).
    case other
}

struct Token {
    enum Kind {
        case number(Magnitude)
        /// Lowercased letters.
        case word(String)
        /// Letters mixed with digits ("COVID19", "M16"): a name, never a count.
        case name
        /// Digits that are not a count: a date, a time, a measurement, a decade.
        case skip(String)
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
    /// A word of two or more letters, all capitals ("LID", "TNLA").
    var isAcronym: Bool = false
    /// For a number written as plain digits ("2017"), how many; 0 otherwise.
    var plainDigits: Int = 0
    /// The script its first digit was written in: `۱۳۹۸` is `.arabic` (Persian and
    /// Arabic-Indic digits), `1398` is `.latin`.
    var digitScript: DigitScript = .latin

    var word: String? {
        if case let .word(w) = kind { return w }
        return nil
    }
}

// MARK: - Lexer

enum Lexer {
    static func tokens(of text: String, convention: NumberConvention) throws(ParseFailure) -> [Token] {
        let (scalars, scripts) = Normalizer.scalarsAndScripts(of: text)
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
            if isDigit(scalar) || (scalar == convention.decimal && index + 1 < scalars.count && isDigit(scalars[index + 1])) {
                if let (end, reason) = dateLike(scalars, from: index) {
                    tokens.append(Token(kind: .skip(reason), text: string(scalars[start..<end]), spaceBefore: spaceBefore))
                    index = end
                } else {
                    let (lexed, end) = try number(scalars, from: index, convention: convention)
                    for (n, piece) in lexed.enumerated() {
                        var token = Token(kind: piece.kind, text: piece.text ?? string(scalars[start..<end]),
                                          spaceBefore: n == 0 ? spaceBefore : false)
                        token.plainDigits = piece.plainDigits
                        token.digitScript = scripts[start]
                        tokens.append(token)
                    }
                    index = end
                }
            } else if isLetter(scalar) {
                var hasDigit = false
                var upper = 0
                var letters = 0
                while index < scalars.count, isLetter(scalars[index]) || isDigit(scalars[index]) {
                    if isDigit(scalars[index]) {
                        // "و272": the Arabic conjunction glued to a figure is a word of its own.
                        if index - start == 1, arabicPrefixes.contains(scalars[start]) { break }
                        hasDigit = true
                    }
                    if scalars[index].properties.isUppercase { upper += 1 }
                    if scalars[index].properties.isAlphabetic { letters += 1 }
                    index += 1
                }
                let text = string(scalars[start..<index])
                var token = Token(kind: hasDigit ? .name : .word(text.lowercased()), text: text, spaceBefore: spaceBefore)
                token.isAcronym = !hasDigit && letters >= 2 && upper == letters
                tokens.append(token)
            } else {
                index += 1
                let kind: Token.Kind
                switch scalar {
                case "-", "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}": kind = .dash
                // Other minus signs: fullwidth, small, superscript, subscript, heavy (review12c:
                // "－5" read 5).
                case "\u{2212}", "\u{FF0D}", "\u{FE63}", "\u{207B}", "\u{208B}", "\u{2796}": kind = .minus
                case "~", "\u{2248}", "+", ">", "<", "\u{2265}", "\u{2264}", "=", "(", ")", "%":
                    kind = .symbol(scalar)
                default: kind = .punctuation(scalar)
                }
                tokens.append(Token(kind: kind, text: string(scalars[start..<index]), spaceBefore: spaceBefore))
            }
            spaceBefore = false
        }
        return tokens
    }

    /// و (and), ب (with), ل (for), ف (then) glue to the next word in Arabic script.
    static let arabicPrefixes: Set<Unicode.Scalar> = ["\u{0648}", "\u{0628}", "\u{0644}", "\u{0641}"]

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isAlphabetic { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }

    /// Separators SPEC §1 allows between groups of three digits under every convention.
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

    /// `2019-04-28`, `28/04/2019`, `12.05.2019`, `10:30`, `2014-15`: dates, times and
    /// fractions written with digits, which are never counts.
    static func dateLike(_ s: [Unicode.Scalar], from start: Int) -> (Int, String)? {
        var runs: [Int] = [digitRun(s, from: start)]
        var index = start + runs[0]
        var separator: Unicode.Scalar? = nil
        while index + 1 < s.count, ["-", "/", ".", ":", "\u{2013}"].contains(s[index]), isDigit(s[index + 1]),
              separator == nil || separator == s[index], runs.count < 3 {
            separator = s[index]
            let run = digitRun(s, from: index + 1)
            runs.append(run)
            index += 1 + run
        }
        guard let separator, runs.count >= 2 else { return nil }
        // Followed by more of the same shape ("1.2.3.4"): not a date we know.
        if index + 1 < s.count, s[index] == separator, isDigit(s[index + 1]) { return nil }
        let first = runs[0], second = runs[1]
        func value(_ run: Int, at offset: Int) -> Int {
            var v = 0
            for i in offset..<(offset + run) { v = v * 10 + Int(s[i].value - 48) }
            return v
        }
        switch separator {
        case ":":
            if runs.count <= 3, (1...2).contains(first), runs.dropFirst().allSatisfy({ $0 == 2 }) {
                return (index, "a time")
            }
        case "/":
            if runs.allSatisfy({ (1...4).contains($0) }) { return (index, runs.count == 2 ? "a date or a fraction" : "a date") }
        case "-", "\u{2013}":
            if runs.count == 3, (first == 4 && (1...2).contains(second) && (1...2).contains(runs[2]))
                || ((1...2).contains(first) && (1...2).contains(second) && runs[2] == 4) {
                return (index, "a date")
            }
            if runs.count == 2, first == 4, second == 2, (1800...2099).contains(value(4, at: start)) {
                return (index, "a date")
            }
        case ".":
            if runs.count == 3, (1...2).contains(first), (1...2).contains(second), runs[2] == 2 || runs[2] == 4 {
                return (index, "a date")
            }
        default:
            break
        }
        return nil
    }

    struct Lexed {
        var kind: Token.Kind
        var text: String? = nil
        var plainDigits: Int = 0
    }

    /// Letters glued to a figure that multiply it: "5k", "1.5m", "2bn".
    static let gluedScales: [String: (Int64, String)] = [
        "k": (1_000, "thousand"), "m": (1_000_000, "million"), "mn": (1_000_000, "million"),
        "mln": (1_000_000, "million"), "bn": (1_000_000_000, "billion"),
    ]
    /// Letters glued to a figure that make it a measurement, a time or a rank.
    static let gluedUnits: Set<String> = [
        "km", "kms", "kg", "kgs", "mm", "cm", "mi", "ft", "lb", "lbs", "kph", "kmh", "mph", "hr", "hrs", "h",
        "min", "mins", "sec", "am", "pm", "gb", "mb", "kw", "mw", "x", "t", "°", "ha", "l",
    ]
    /// The Arabic letters of an era glued to a year: "م" (AD) and "ه"/"هـ" (Hijri).
    static let arabicEras: Set<String> = ["م", "ه", "هـ"]
    static let ordinals: Set<String> = ["st", "nd", "rd", "th", "e", "er", "ème", "eme", "º", "ª"]
    /// "100s", "1,000s": the plural of a round figure is the vague plural.
    static let roundPlurals: [Int64: String] = [10: "tens", 100: "hundreds", 1_000: "thousands", 1_000_000: "millions"]

    /// Reads `6`, `6,000`, `6 000`, `1.5`, `.5` under `convention`; refuses `1,5`,
    /// `5000,000`, `5.000.000` (unless the convention groups with dots) and digits glued
    /// to letters it does not know, which would otherwise be misread.
    static func number(_ s: [Unicode.Scalar], from start: Int, convention: NumberConvention)
        throws(ParseFailure) -> ([Lexed], Int) {
        var index = start
        var whole: Int64 = 0
        func addDigit(_ scalar: Unicode.Scalar) throws(ParseFailure) {
            whole = whole * 10 + Int64(scalar.value - 48)
            if whole > Estimate.maximumValue { throw .tooLarge }
        }
        let firstGroup = digitRun(s, from: index)
        for _ in 0..<firstGroup { try addDigit(s[index]); index += 1 }
        var separator: Unicode.Scalar? = nil
        var groups: [Int] = []
        func isGroupSeparator(_ c: Unicode.Scalar) -> Bool {
            convention.groupSeparators.contains(c) || isSpaceSeparator(c) || (convention.spaceGroups && c == " ")
        }
        func isWeak(_ c: Unicode.Scalar) -> Bool { c == " " || isSpaceSeparator(c) }
        while index < s.count, isGroupSeparator(s[index]) {
            let candidate = s[index]
            let groupLength = digitRun(s, from: index + 1)
            let lengthFits = groupLength == 3 || (convention.lakh && groupLength == 2)
            let fits = (1...3).contains(firstGroup) && lengthFits && (separator == nil || separator == candidate)
            if fits {
                separator = candidate
                for offset in 1...groupLength { try addDigit(s[index + offset]) }
                groups.append(groupLength)
                index += 1 + groupLength
                continue
            }
            if !isWeak(candidate) && groupLength > 0 {
                throw .malformed(string(s[start..<(index + 1 + groupLength)]))
            }
            break
        }
        if !groups.isEmpty {
            let western = groups.allSatisfy { $0 == 3 }
            let indian = convention.lakh && firstGroup <= 2 && groups.last == 3 && groups.dropLast().allSatisfy { $0 == 2 }
            if !western && !indian { throw .malformed(string(s[start..<index])) }
        }
        var fraction: [UInt8] = []
        if index + 1 < s.count, s[index] == convention.decimal, isDigit(s[index + 1]) {
            index += 1
            while index < s.count, isDigit(s[index]) {
                fraction.append(UInt8(s[index].value - 48))
                index += 1
            }
            if index + 1 < s.count, s[index] == convention.decimal || (isGroupSeparator(s[index]) && !isWeak(s[index])),
               isDigit(s[index + 1]) {
                let end = index + 1 + digitRun(s, from: index + 1)
                throw .malformed(string(s[start..<end]))
            }
        }
        // Only without a locale: a writer who says which convention applies is taken at
        // their word ("5.000" is 5 under en, 5,000 under de).
        let ambiguous = convention == .unspecified && groups.isEmpty && fraction.count == 3 && (1...3).contains(firstGroup) && whole != 0
        // Under a locale, "5.000" (decimal point) or "5,000" (decimal comma) is 5 with three
        // zero decimals: no one writes a count so. Most likely the text uses the other
        // convention; refused rather than read as 5 (issue 12, sixth review).
        if convention != .unspecified, groups.isEmpty, fraction == [0, 0, 0], (1...3).contains(firstGroup), whole != 0 {
            let written = string(s[start..<index])
            throw ParseFailure(reason: "\"" + written + "\" under --locale " + convention.name
                + " is " + String(whole) + " with three zero decimals, which no count has: if it means "
                + String(whole) + ",000, give the locale whose separator groups digits, or write " + String(whole) + "000")
        }
        // The locale that settles it is named by the caller (EstimateParseError.readings).
        let magnitude = Magnitude(whole: whole, fraction: fraction, ambiguousDot: ambiguous)
        let plain = groups.isEmpty && fraction.isEmpty ? firstGroup : 0
        let digits = string(s[start..<index])
        if index < s.count, isLetter(s[index]) {
            var end = index
            while end < s.count, isLetter(s[end]) || isDigit(s[end]) { end += 1 }
            let suffix = string(s[index..<end]).lowercased()
            let all = string(s[start..<end])
            if let (_, word) = gluedScales[suffix] {
                return ([Lexed(kind: .number(magnitude), text: digits), Lexed(kind: .word(word), text: string(s[index..<end]))], end)
            }
            // "3B", "2.5B": the billions of a chart's axis (NumberFormat.compact), read only as
            // the whole text, so that tally reads back what it prints; "Flat 3B" stays a name.
            // ("1T" stays refused: a tonne as often as a trillion.)
            if string(s[index..<end]) == "B", s[..<start].allSatisfy({ $0 == " " }), s[end...].allSatisfy({ $0 == " " }) {
                return ([Lexed(kind: .number(magnitude), text: digits), Lexed(kind: .word("billion"), text: "B")], end)
            }
            if suffix == "s", fraction.isEmpty {
                if let plural = roundPlurals[whole] { return ([Lexed(kind: .word(plural), text: all)], end) }
                return ([Lexed(kind: .skip("a decade or an age"), text: all)], end)
            }
            if ordinals.contains(suffix), groups.isEmpty, fraction.isEmpty { return ([Lexed(kind: .name, text: all)], end) }
            if gluedUnits.contains(suffix) { return ([Lexed(kind: .skip("a measurement"), text: all)], end) }
            // "2015م", "١٤٣٦هـ": the Arabic era letter glued to a year (م, ميلادي, AD; هـ, هجري,
            // Hijri) is a word of its own, read as "2015 م" is (review26 R5b: refused). Only
            // after three or four plain digits; "500م" (metres) stays refused beside a count.
            if arabicEras.contains(suffix), groups.isEmpty, fraction.isEmpty, (3...4).contains(firstGroup) {
                return ([Lexed(kind: .number(magnitude), text: digits, plainDigits: plain),
                         Lexed(kind: .word(suffix), text: string(s[index..<end]))], end)
            }
            throw .lettersInNumber(all)
        }
        return ([Lexed(kind: .number(magnitude), text: digits, plainDigits: plain)], index)
    }
}
