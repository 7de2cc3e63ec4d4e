/// Number words that compose into one number ("trois cents", "mil quinientos", "on iki",
/// "خمسة وعشرون", "zweihundertfünfzig", "دو هزار و پانصد", "two hundred and five"), in every
/// language. English is read through ``PhraseReader/numberWords(at:joinAnd:)``, which adds
/// what only English does around the same grammar ("a hundred", "two dozen", "and a half").
///
/// Each language lists what each of its words is as a *part* of a number; one small
/// grammar, the same for every language, composes the parts (issue 12, review12c: a
/// list of single words read "trois cents morts" as 3 and "mil quinientos" as 500,
/// dropping a part silently). A sequence of number words of one language that the
/// grammar cannot compose into one number is refused, never read in part.
///
/// The grammar, for one group below a thousand:
///
///     group = [hundreds] [tens-part]
///     hundreds  = hundred-word ("doscientos", "двести", "cent")
///               | unit times-hundred ("trois cents", "iki yüz", "dua ratus", "ثلاث مئة")
///     tens-part = teen | ten [joiner] [unit] | unit | unit plus-ten ("dua belas", "ثلاثة عشر")
///               | unit times-ten [unit] ("dua puluh lima") | unit joiner ten (``unitBeforeTen``)
///               | ten teen (``tenBeforeTeen``: "soixante-dix", "quatre-vingt-dix-sept")
///
/// and a number is groups each followed by a scale, smaller each time, then a last group
/// ("mil quinientos", "deux millions trois cent mille", "ألفين وخمسمئة"). A scale that opens
/// the number counts one of itself ("mille cinq cents", "bin beş yüz"). Joiners ("et",
/// "y", "e", "و", "und") may stand between any two parts; hyphens too where ``hyphens``.
struct NumberParts: Sendable {
    /// 1–9, in every form the language writes them ("un", "une"; "два", "две", "двух").
    var units: [(String, Int64)] = []
    /// Whole numbers below a hundred that take no unit after them: 10–19 and, where the
    /// language writes them as one word, 21–29 ("veintitrés").
    var teens: [(String, Int64)] = []
    /// Tens a unit may follow: 20–90, and 10 where the language builds 11–19 so
    /// (Turkish "on iki").
    var tens: [(String, Int64)] = []
    /// Whole hundreds: "doscientos", "двести", "پانصد", and the word for a hundred alone
    /// ("cent", "ciento", "сто", "yüz", "مئة").
    var hundreds: [(String, Int64)] = []
    /// Words that make the unit before them hundreds: "cents", "cent", "yüz", "ratus",
    /// "hundert", "مئة", "cento". A word may also be in ``hundreds`` ("cent" alone is 100).
    var timesHundred: [String] = []
    /// Words that make the unit before them tens: Indonesian "puluh" ("dua puluh" 20).
    var timesTen: [String] = []
    /// Words that add ten to the unit before them: "belas" ("dua belas" 12), "عشر", "zehn".
    var plusTen: [String] = []
    /// Thousand and up, multiplying the group before them: "mille", "mil", "тысяч", "ألف".
    var scales: [(String, Int64)] = []
    /// Scales with their count inside: "ألفين" 2,000, "seribu" 1,000, Italian "mille".
    var wholeScales: [(String, Int64)] = []
    /// Words that join parts: "et", "y", "e", "و", "und".
    var joiners: [String] = []
    /// Joiners written glued inside a word: German "und" ("siebenundneunzig"), Arabic "و"
    /// ("وعشرين").
    var gluedJoiners: [String] = []
    /// The unit comes before the ten, after a joiner: "fünfundzwanzig", "خمسة وعشرون".
    var unitBeforeTen = false
    /// Tens a teen may follow: French 60 and 80 ("soixante-dix" 70, "quatre-vingt-dix-sept" 97).
    var tenBeforeTeen: [Int64] = []
    /// Parts may be joined by hyphens ("dix-sept", "quatre-vingt-un").
    var hyphens = false
    /// Parts are written as one word ("zweihundertfünfzig", "centoventi", "ثلاثمائة").
    var fused = false
    /// Any number from 10 to 99 may count hundreds, and a scale may follow (English
    /// "twelve hundred", "twenty hundred", "ninety-nine hundred", "twelve hundred thousand").
    var tensOfHundreds = false
}

/// What one word is as a part of a number.
enum NumberPart: Equatable, Sendable {
    case unit(Int64), teen(Int64), ten(Int64), hundred(Int64), timesHundred, timesTen, plusTen
    case scale(Int64), wholeScale(Int64), joiner

    /// A part that cannot be a number alone: it needs a unit before it or a number after it.
    var isInner: Bool {
        switch self {
        case .timesHundred, .timesTen, .plusTen, .scale, .joiner: return true
        default: return false
        }
    }
}

/// One language's parts, compiled for the reader.
struct NumberGrammar: Sendable {
    var code: String
    /// Phrases (one word or several, "quatre-vingts", "mil millones") and what each can be.
    var phrases = PhraseIndex<[NumberPart]>()
    /// For fused languages: single-word forms and what each can be, longest first.
    var forms: [(scalars: [Unicode.Scalar], parts: [NumberPart])] = []
    var joinerWords: Set<String> = []
    var unitBeforeTen = false
    var tenBeforeTeen: Set<Int64> = []
    var hyphens = false
    var fused = false
    var tensOfHundreds = false
    /// Every word of the language's parts.
    var words: Set<String> = []

    init?(code: String, parts: NumberParts) {
        var all: [[Piece]: [NumberPart]] = [:]
        var order: [[Piece]] = []
        func add(_ text: String, _ part: NumberPart) {
            let p = Vocabulary.pieces(of: text)
            guard !p.isEmpty else { return }
            if all[p] == nil { order.append(p) }
            if !(all[p] ?? []).contains(part) { all[p, default: []].append(part) }
        }
        for (t, v) in parts.units { add(t, .unit(v)) }
        for (t, v) in parts.teens { add(t, .teen(v)) }
        for (t, v) in parts.tens { add(t, .ten(v)) }
        for (t, v) in parts.hundreds { add(t, .hundred(v)) }
        for t in parts.timesHundred { add(t, .timesHundred) }
        for t in parts.timesTen { add(t, .timesTen) }
        for t in parts.plusTen { add(t, .plusTen) }
        for (t, v) in parts.scales { add(t, .scale(v)) }
        for (t, v) in parts.wholeScales { add(t, .wholeScale(v)) }
        guard !order.isEmpty else { return nil }
        self.code = code
        for p in order {
            phrases.add(p, all[p]!)
            for piece in p { if case let .word(w) = piece { words.insert(w) } }
            if parts.fused, p.count == 1, case let .word(w) = p[0] { forms.append((Array(w.unicodeScalars), all[p]!)) }
        }
        for t in parts.joiners { joinerWords.insert(Vocabulary.word(t)) }
        if parts.fused {
            for t in parts.gluedJoiners { forms.append((Array(Vocabulary.word(t).unicodeScalars), [.joiner])) }
            forms.sort { $0.scalars.count > $1.scalars.count }
        }
        unitBeforeTen = parts.unitBeforeTen
        tenBeforeTeen = Set(parts.tenBeforeTeen)
        hyphens = parts.hyphens
        fused = parts.fused
        tensOfHundreds = parts.tensOfHundreds
    }

    /// The ways `word` splits wholly into forms (at most 12 pieces), each piece with what it
    /// can be. Only for fused languages; a word that is one form is not split.
    func segmentations(of word: String) -> [[[NumberPart]]] {
        guard fused else { return [] }
        let s = Array(word.unicodeScalars)
        var results: [[[NumberPart]]] = []
        func walk(_ from: Int, _ acc: [[NumberPart]]) {
            if results.count >= 8 || acc.count > 12 { return }
            if from == s.count {
                if acc.count >= 2 { results.append(acc) }
                return
            }
            for form in forms where form.scalars.count <= s.count - from {
                if Array(s[from..<(from + form.scalars.count)]) == form.scalars { walk(from + form.scalars.count, acc + [form.parts]) }
            }
        }
        walk(0, [])
        return results
    }
}

/// The state of the number being composed.
struct Composition {
    var total: Int64 = 0
    var lastScale: Int64 = .max
    var hundreds: Int64 = 0
    var tens: Int64 = 0
    var units: Int64 = 0
    /// The part below a hundred is complete ("dix-sept", "veintitrés", "fünfundzwanzig").
    var closed = false
    var afterJoiner = false
    var parts = 0
    /// The group before the first scale, while nothing but scales has followed it: "trois
    /// mille" keeps 3 and 1,000 apart, so a range can lend the 1,000 ("deux à trois mille").
    var head: Int64? = nil
    var multiplier: Int64 = 1
    var pure = true
    /// The number is one scale with its count inside ("mille", "ألفين"): a number alone.
    var onlyWhole = false

    var group: Int64 { hundreds + tens + units }
    var value: Int64 { total + group }
    var belowHundredEmpty: Bool { tens == 0 && units == 0 && !closed }

    /// The composition with `part` added, or nil when the part cannot come here.
    func adding(_ part: NumberPart, _ g: NumberGrammar) -> Composition? {
        var c = self
        c.afterJoiner = false
        c.onlyWhole = false
        c.parts += 1
        switch part {
        case .joiner:
            guard parts > 0, !afterJoiner else { return nil }
            c.parts = parts
            c.afterJoiner = true
            return c
        case let .unit(v):
            if belowHundredEmpty {
                c.units = v
            } else if tens > 0, units == 0, !closed {
                c.units = v
                c.closed = true
            } else { return nil }
        case let .teen(v):
            if belowHundredEmpty {
                c.tens = v
                c.closed = true
            } else if g.tenBeforeTeen.contains(tens), units == 0, !closed {
                c.tens = tens + v
                c.closed = true
            } else { return nil }
        case let .ten(v):
            if belowHundredEmpty {
                c.tens = v
            } else if g.unitBeforeTen, afterJoiner, units > 0, tens == 0, !closed {
                c.tens = v
                c.closed = true
            } else { return nil }
        case let .hundred(v):
            guard group == 0 else { return nil }
            c.hundreds = v
        case .timesHundred:
            if g.tensOfHundreds, hundreds == 0, tens > 0, !afterJoiner {
                // "twelve hundred", "twenty hundred", "ninety-nine hundred" (English).
                c.hundreds = (tens + units) * 100
                c.tens = 0
                c.units = 0
                c.closed = false
                c.pure = false
                return c
            }
            if hundreds == 0, closed, units == 0, (11...19).contains(tens), lastScale == .max, !afterJoiner {
                // "douze cents" 1,200, "quinze cents": no thousand may follow.
                c.hundreds = tens * 100
                c.tens = 0
                c.closed = false
                c.lastScale = 1_000
                c.pure = false
                return c
            }
            guard hundreds == 0, tens == 0, !closed, units > 0, !afterJoiner else { return nil }
            c.hundreds = units * 100
            c.units = 0
        case .timesTen:
            guard tens == 0, !closed, units > 0, !afterJoiner else { return nil }
            c.tens = units * 10
            c.units = 0
        case .plusTen:
            guard tens == 0, !closed, units > 0, !afterJoiner else { return nil }
            c.tens = units + 10
            c.units = 0
            c.closed = true
        case let .scale(v):
            var g0 = group
            if g0 == 0 {
                guard parts == 0 else { return nil }
                g0 = 1
            }
            guard v < lastScale, !afterJoiner else { return nil }
            let (product, overflow) = g0.multipliedReportingOverflow(by: v)
            guard !overflow, product <= Estimate.maximumValue else { return nil }
            c.total = total + product
            c.lastScale = v
            c.hundreds = 0; c.tens = 0; c.units = 0; c.closed = false
            if head == nil, total == 0 { c.head = g0; c.multiplier = v } else { c.pure = false }
            return c
        case let .wholeScale(v):
            guard group == 0 else { return nil }
            var scale: Int64 = 1
            while scale * 1_000 <= v { scale *= 1_000 }
            guard scale < lastScale else { return nil }
            c.total = total + v
            c.lastScale = scale
            c.pure = false
            c.onlyWhole = parts == 0
            return c
        }
        if head != nil { c.pure = false }
        return c
    }
}

extension PhraseReader {
    /// What could follow at `index` in `g`: each way to read the tokens there as parts, with
    /// the index after them. Joiners and hyphens are parts too.
    func numberParts(at index: Int, in g: NumberGrammar, joinAnd: Bool) -> [([[NumberPart]], Int)] {
        guard index < tokens.count else { return [] }
        var options: [([[NumberPart]], Int)] = []
        if let key = key(at: index) {
            for (pieces, parts) in g.phrases.candidates(key) {
                if let end = match(pieces, at: index) { options.append(([parts], end)) }
            }
        }
        if case let .word(w) = tokens[index].kind {
            if g.joinerWords.contains(w), joinAnd || !vocab.andWords.contains(w) { options.append(([[.joiner]], index + 1)) }
            for split in g.segmentations(of: w) { options.append((split, index + 1)) }
        }
        if g.hyphens, isDash(at: index), !tokens[index].spaceBefore, index + 1 < tokens.count, !tokens[index + 1].spaceBefore {
            options.append(([[.joiner]], index + 1))
        }
        return options
    }

    /// Every complete number of `g` starting at `start`: its end, its composition.
    func compositions(from start: Int, in g: NumberGrammar, joinAnd: Bool,
                      initial: Composition = Composition()) -> [(end: Int, c: Composition)] {
        var results: [(end: Int, c: Composition)] = []
        var steps = 0
        func walk(_ index: Int, _ c: Composition) {
            steps += 1
            if steps > 4_000 { return }
            if c.parts > 0, !c.afterJoiner { results.append((index, c)) }
            for (sequence, end) in numberParts(at: index, in: g, joinAnd: joinAnd) {
                // Apply the pieces of one token in turn, each with every reading it has.
                func apply(_ k: Int, _ c: Composition) {
                    if k == sequence.count { walk(end, c); return }
                    for part in sequence[k] { if let next = c.adding(part, g) { apply(k + 1, next) } }
                }
                apply(0, c)
            }
        }
        walk(start, initial)
        return results
    }

    /// Whether a part of `g` stands at `index` that no number before it took: right there,
    /// or after a joiner or hyphen when it cannot be a number of its own ("cents", "mil").
    func strayPart(at index: Int, in g: NumberGrammar, joinAnd: Bool) -> Bool {
        func partsAt(_ i: Int) -> [NumberPart] {
            guard i < tokens.count else { return [] }
            var all: [NumberPart] = []
            for (sequence, _) in numberParts(at: i, in: g, joinAnd: true) where !(sequence.count == 1 && sequence[0] == [.joiner]) {
                if let first = sequence.first { all += first }
            }
            return all
        }
        let direct = partsAt(index)
        if !direct.isEmpty, !direct.allSatisfy({ $0 == .joiner }) { return true }
        let joined = (g.hyphens && isDash(at: index) && !tokens[index].spaceBefore)
            || (word(at: index).map { g.joinerWords.contains($0) } ?? false)
        if joined {
            let after = partsAt(index + 1)
            if !after.isEmpty, after.allSatisfy({ $0.isInner }) { return true }
        }
        return false
    }

    /// The composed number of words at `index`, when one language's parts make a number of
    /// several parts (or of one phrase longer than the single number word there). Refused
    /// when the words there cannot be composed without leaving a part out.
    func composedNumber(at index: Int, joinAnd: Bool) throws(ParseFailure) -> Quantity? {
        guard case .word = tokens[index].kind else { return nil }
        // "۵/۵ هزار", "5/5 mil": a scale right after digits the lexer set aside belongs to them.
        let afterDigits: Bool = {
            guard index >= 1 else { return false }
            switch tokens[index - 1].kind {
            case .number, .skip, .name: return true
            default: return false
            }
        }()
        let flatEnd = match(vocab.numbers, at: index)?.0 ?? index
        var best: (end: Int, c: Composition, code: String)? = nil
        var conflict: String? = nil
        var stray: (end: Int, code: String)? = nil
        for g in vocab.numberGrammars {
            // In English text, only a composition holding or followed by a word no English text
            // has ("on iki", "mille morts"; not "on bin Laden", "six cents a gallon").
            let all = compositions(from: index, in: g, joinAnd: joinAnd).filter { r in
                isForeign || tokens[index..<min(r.end + 1, tokens.count)].contains { $0.word.map { vocab.foreignOnly.contains($0) } ?? false }
            }
            guard let longest = all.map(\.end).max() else { continue }
            // The longest reading whose end leaves no part of the language behind.
            let clean = all.filter { !strayPart(at: $0.end, in: g, joinAnd: joinAnd) }
            guard let end = clean.map(\.end).max() else {
                if stray == nil || longest > stray!.end { stray = (longest, g.code) }
                continue
            }
            let values = Set(clean.filter { $0.end == end }.map(\.c.value))
            guard var c = clean.first(where: { $0.end == end })?.c else { continue }
            // "mille" is a scale and a whole thousand: alone, it is the number.
            if clean.contains(where: { $0.end == end && $0.c.onlyWhole }) { c.onlyWhole = true }
            if values.count > 1 { conflict = phrase(index..<end); continue }
            if let b = best {
                if end > b.end { best = (end, c, g.code) } else if end == b.end, c.value != b.c.value, c.parts > 1 || b.c.parts > 1 {
                    conflict = phrase(index..<end)
                }
            } else {
                best = (end, c, g.code)
            }
        }
        if let conflict, best.map({ phrase(index..<$0.end) == conflict }) ?? true {
            throw ParseFailure(reason: "the number words \"" + conflict + "\" can be read as more than one number: give the figure in digits")
        }
        if let stray, best.map({ $0.end <= stray.end }) ?? true {
            var to = stray.end
            while to < tokens.count, to < stray.end + 3, tokens[to].word != nil || isDash(at: to) { to += 1 }
            throw ParseFailure(reason: "the number words \"" + phrase(index..<to) + "\" do not make one number: give the figure in digits")
        }
        // One part alone is the single number word it always was, unless it is a phrase
        // longer than that word ("quatre-vingts", "dix-sept").
        // A single number word that no flat list holds ("tre", "dodici", "venti" in Italian,
        // "dezesseis" in Portuguese) is read beside a word of its own language that is no
        // English word (review20b: "tre morti", "dezasseis mortos" were refused "no number";
        // "Report 328: tre morti" read 328); otherwise it is left alone ("due to", "sei").
        let singleOfItsOwn: Bool = {
            // One is left out: "un", "una", "uno", "ein", "uma" are articles too.
            guard let best, best.c.parts == 1, best.end - index == 1, flatEnd == index, best.c.value != 1,
                  let w = tokens[index].word, !vocab.englishWords.contains(w), !best.c.onlyWhole || !afterDigits,
                  let own = vocab.numberWordLanguages[w] else { return false }
            // A word of its own language beside it ("tre morti", "sono morte tre persone"); "at
            // least due to" has none.
            return [index - 1, index + 1].contains { k in
                guard k >= 0, k < tokens.count, let u = tokens[k].word, let languages = vocab.wordLanguages[u] else { return false }
                return !languages.contains("en") && !languages.isDisjoint(with: own)
            }
        }()
        guard let best, best.c.parts > 1 || (best.c.onlyWhole && !afterDigits) || (best.end - index > 1 && best.end > flatEnd)
                || singleOfItsOwn else { return nil }
        let c = best.c
        let amount: Quantity.Amount = c.pure && c.head != nil
            ? .exact(head: Magnitude(whole: c.head!), multiplier: c.multiplier)
            : .exact(head: Magnitude(whole: c.value), multiplier: 1)
        return Quantity(amount: amount, end: best.end, phrase: phrase(index..<best.end))
    }
}
