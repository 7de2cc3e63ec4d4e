/// The grammar of estimate text: a small reader over the tables of ``Vocabulary``.
/// `docs/estimates.md` states the same rules for users; keep the two in step.
///
/// A text is a sequence of tokens. The reader looks, at each token, for a *finding*:
///
///     finding   = prefix* (between-range | quantity [separator quantity]) suffix* [trailing]
///     quantity  = digits [multiplier] | number-words | vague-word [multiplier] | zero-word
///     trailing  = [","] up to two words, then a trailing qualifier ("10 casualties at least")
///
/// and then decides whether the finding is a count of people at all. It is not when
/// it is a year ("in 2017", "Timeline 2017"), a day of a month ("Nov. 24"), a
/// designation ("Route 5", "LID 77"), a time ("3 pm"), or when its noun counts
/// something else ("two families", "14 shells", "three times"); such a figure is
/// skipped, and named if nothing else is found. A figure after a breakdown word
/// ("including", "of whom") is a part of the total before it and is skipped; without
/// that total it is refused. Exactly one finding may remain.

/// low/best/high before the invariant is checked.
struct Span {
    var low: Int64
    var best: Int64
    var high: Int64?
    /// `false` when ``best`` is the midpoint of a range given without a best.
    var bestStated = true
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
    /// "une centaine" (about a hundred).
    var approximate = false

    func span() throws(ParseFailure) -> Span {
        switch amount {
        case let .exact(head, multiplier):
            let value = try head.scaled(by: multiplier, phrase: phrase)
            return Span(low: value, best: value, high: value)
        case let .vague(span):
            return span
        }
    }

    /// The plain digits of a figure with no multiplier ("2017"), for the year test.
    var plainValue: Int64? {
        if case let .exact(head, 1) = amount, head.fraction.isEmpty, !head.ambiguousDot { return head.whole }
        return nil
    }
}

/// An estimate found in the text and where it lies, so a second one can be reported.
struct Finding {
    var span: Span
    var approximate: Bool
    var end: Int
    var phrase: String
    /// Where the finding starts (its first qualifier) and where its figure ends.
    var start = 0
    var figureEnd = 0
    /// Where the figure itself starts, after its qualifiers.
    var figureStart = 0
    /// "11 of them": a part of a total.
    var isPart = false
    /// Not a count ("2016-2017", "between 2015 and 2019"): skip to `end`.
    var isSkip = false
    /// A word no table knows right before the figure (rule 8); refused if this finding
    /// is the one that remains.
    var unknownWordBefore: String? = nil
}

final class PhraseReader {
    let tokens: [Token]
    let vocab: Vocabulary
    /// Figures read as something other than a count, for the "no number" message.
    var skipped: [String] = []
    /// Figures set aside as named by the name before them that opens a bracket or a clause
    /// (``noteAside(designator:figure:)``): the opening's index (-1 at the start of the
    /// text) and the words, by figure.
    var asides: [Int: (opening: Int, phrase: String)] = [:]
    /// The last such aside passed before any figure was read, and where it ends: a figure
    /// read right after it, past a clause break, is refused as its mirror ("SOHR 35, 40
    /// killed").
    var asideBefore: (end: Int, phrase: String)? = nil
    /// The percent signs of an interval's level after its name ("IC 95% 300–323"), by index.
    var levelSigns: Set<Int> = []
    /// Where the first count of things ("two houses") was skipped, and its text.
    var skippedThing: Int? = nil
    var skippedThingText = ""
    /// The text has words of a language other than English: a word the tables do not
    /// know beside the figure is refused rather than ignored.
    let isForeign: Bool

    /// The measure asked for (a table measure name such as `killed`), or nil: a text
    /// with one figure per measure is read for it and refused without it.
    let measure: String?
    /// After ``estimate()``: the measure the text names for the figure it read ("5
    /// dead" names `killed`, "3 wounded" `injured`), or nil when it names none.
    private(set) var measureNamed: String? = nil
    /// After ``estimate()``: the words of the phrase of the figure read ("5 soldiers killed").
    private(set) var figureWords: [String] = []
    /// After ``estimate()``: the words that say who the figure's people are, told after it in
    /// its sentence ("5 people were killed, all of them soldiers", "5 tués, tous des
    /// militaires", "5 were killed, including 2 soldiers"), for the same group check.
    private(set) var figureOfWhom: [String] = []
    /// After ``estimate()``: the groups of the figure's own phrase, by ``figureGroup(at:)``
    /// (fates2: "police officers", "security forces" beside the one-word groups).
    private(set) var figureGroups: [(word: String, group: String)] = []
    /// After ``estimate()``: who the figure's people are told to be after it, by
    /// ``peopleNamedAfter(from:)`` ("most of them soldiers", "2 of them soldiers", "the dead
    /// were all soldiers").
    private(set) var figureNamedAfter: [(word: String, group: String)] = []
    /// "No civilians were killed or injured", "no deaths": "no" before a noun of people or of
    /// the dead is zero, read only when the text has no other figure (phrases26, review38 R1:
    /// "no number"); set on the second reading ``estimate()`` makes of such a text.
    var noPeopleZero = false
    /// The tokens and the measure as given, for that second reading.
    let givenTokens: [Token]
    let givenMeasure: String?

    /// A capitalised word after the figure that is the scale or a name (review19 C): the
    /// text does not settle which ("12 Million residents killed", "12 Thousand Oaks Residents
    /// Killed"), refused by ``estimate()``.
    let undecidedScale: Int?

    /// dest22 (review56 F8): the day the text is read as of (today, UTC): a span of years of
    /// another calendar that ends past its current year is no span of years.
    var asOf: CalendarDay = PhraseReader.today

    init(tokens: [Token], vocabulary: Vocabulary, measure: String? = nil) {
        self.givenTokens = tokens
        self.givenMeasure = measure
        let tokens = PhraseReader.gluedAndBeforeCounts(PhraseReader.metresOrMillion(tokens, vocabulary), vocabulary)
        self.vocab = vocabulary
        self.measure = measure.map(Vocabulary.tableMeasure)
        var otherScript = false
        var foreignWords: Set<String> = []
        var englishWords = 0
        for token in tokens {
            guard let w = token.word else { continue }
            if vocabulary.foreignOnly.contains(w) { foreignWords.insert(w) }
            if vocabulary.englishWords.contains(w) { englishWords += 1 }
            if w.unicodeScalars.contains(where: { $0.value >= 0x0370 && $0.properties.isAlphabetic
                    && !(0x1E00...0x1EFF).contains($0.value) }) {
                otherScript = true
            }
        }
        // One word of another language in English text is a name or a loan ("kind",
        // "Ghouta's"); two, or one with no English word at all, mark the text.
        isForeign = otherScript || foreignWords.count >= 2 || (foreignWords.count == 1 && englishWords == 0)
        notNumbers = PhraseReader.numberWordsOfAnotherLanguage(tokens, vocabulary)
        let joined = PhraseReader.hyphenedScales(tokens, vocabulary)
        let (named, undecided) = PhraseReader.namesForScales(joined, vocabulary, isForeign: isForeign)
        undecidedScale = undecided
        foreignScale = PhraseReader.foreignScaleInEnglish(named, vocabulary, isForeign: isForeign)
        let (fractioned, fractionFailure) = PhraseReader.fractionsOfScales(named, vocabulary)
        self.fractionFailure = fractionFailure
        (self.tokens, undecidedName) = PhraseReader.namesWithNumberWords(fractioned, vocabulary)
    }

    /// Arabic glues "و" (and) to the next word; before a count it is a word of its own
    /// (stop 26: "قتيلان وجريحان", two killed and two wounded, was refused as an unknown word):
    /// - before a dual that names its measure ("وجريحان", "وقتيلين"), always;
    /// - before another number word ("ثلاثة قتلى وخمسة جرحى"), after a word that is no
    ///   number, so the parts of one number ("خمسة وعشرون", "ألفين وخمسمائة") compose as before.
    static func gluedAndBeforeCounts(_ tokens: [Token], _ vocab: Vocabulary) -> [Token] {
        func numberWord(_ w: String) -> Bool { vocab.isNumberWord(w) || !vocab.numbers.candidates("w:" + w).isEmpty }
        var out: [Token] = []
        out.reserveCapacity(tokens.count)
        for (i, t) in tokens.enumerated() {
            guard let w = t.word, w.hasPrefix("\u{0648}"), w.unicodeScalars.count > 3,
                  vocab.measures[w] == nil, !numberWord(w) else { out.append(t); continue }
            let rest = String(w.dropFirst())
            let dual = numberWord(rest) && vocab.measures[rest] != nil
            let afterAWord = i > 0 && tokens[i - 1].word.map { !numberWord($0) } == true
            guard dual || (numberWord(rest) && afterAWord) else { out.append(t); continue }
            out.append(Token(kind: .word("\u{0648}"), text: String(t.text.prefix(1)), spaceBefore: t.spaceBefore))
            out.append(Token(kind: .word(rest), text: String(t.text.dropFirst()), spaceBefore: false))
        }
        return out
    }

    /// A scale word of another language, in lower case, after a count in English text ("12
    /// mila residents", "7 mille villagers"): the scale or a slip, refused by ``estimate()``
    /// naming it (review20b: "12 mila residents" read 12,000).
    let foreignScale: (scale: String, before: String, languages: String)?

    /// A lower-case scale word that no English table holds, after a figure or a number word,
    /// in a text whose words are English: its index. ("12 mila morti" is Italian and reads
    /// 12,000; "12 mila" alone too; "12 Mila residents" is a name, ``namesForScales``.)
    static func foreignScaleInEnglish(_ tokens: [Token], _ vocab: Vocabulary, isForeign: Bool) -> (scale: String, before: String, languages: String)? {
        guard !isForeign else { return nil }
        for i in 1..<max(1, tokens.count) {
            guard let w = tokens[i].word, !capitalised(tokens[i]), vocab.scaleWords.contains(w),
                  !englishScaleWords.contains(w), w != "mil" else { continue }  // "12 mil": its own message
            // After digits only: "on bin Laden" holds a Turkish ten and thousand.
            let afterCount: Bool = { if case .number = tokens[i - 1].kind { return true } else { return false } }()
            // The words after it are English ("12 mila residents"); before a word of its own
            // language ("7 mille morts") or one no table knows it reads as before.
            let englishAfter = i + 1 < tokens.count && tokens[i + 1].word.map { w in
                vocab.wordLanguages[w].map { $0 == ["en"] } ?? w.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic }
            } == true
            if afterCount, englishAfter {
                return (tokens[i].text, tokens[i - 1].text, (vocab.wordLanguages[w] ?? []).subtracting(["en"]).sorted().joined(separator: ", "))
            }
        }
        return nil
    }

    /// The English table's scale words ("thousand", "lakh", "k"); "mille" is an English word
    /// ("per mille") but no English scale.
    static let englishScaleWords: Set<String> = Set((Languages.english.scales.map { $0.0 }
        + Languages.english.numberParts.scales.map { $0.0 }).map(Vocabulary.word))

    /// A number word inside a name (review20b: "Le Pont-Neuf: des morts" read 9), or the
    /// index of one the text does not settle.
    let undecidedName: Range<Int>?

    /// A number word written with a capital that is part of a name is no figure:
    /// - joined by a hyphen to a capitalised word that is no number word ("Pont-Neuf",
    ///   "Sept-Îles", "Quatre-Bras"; "Vingt-Deux", "Twenty-Two" stay numbers);
    /// - in sentence case, inside a sentence and before a capitalised word no table knows
    ///   ("in Seven Sisters", "en Dos Hermanas", "alle Cinque Terre", "a Tres Cantos").
    /// At the start of a sentence in sentence case, before such a word and then no word
    /// of people or casualties ("Seven Sisters: deaths reported"), the text does not settle
    /// it: the index is returned, and the text refused.
    static func namesWithNumberWords(_ input: [Token], _ vocab: Vocabulary) -> ([Token], Range<Int>?) {
        var out = input
        // A headline all in capitals ("SEVEN SISTERS RESIDENTS KILLED") is read as title case:
        // every word has a capital, so only the rules that hold in any case apply.
        let words = input.filter { $0.word != nil && $0.text.contains(where: \.isLetter) }
        let allCaps = words.count >= 2 && words.allSatisfy { !$0.text.contains(where: \.isLowercase) }
        let tokens = !allCaps ? input : input.map { t -> Token in
            guard t.word != nil, let first = t.text.first else { return t }
            return Token(kind: t.kind, text: String(first) + t.text.dropFirst().lowercased(), spaceBefore: t.spaceBefore)
        }
        var undecided: Range<Int>? = nil
        let sentence = sentenceCase(tokens)
        func isDashAt(_ k: Int) -> Bool { if k >= 0, k < tokens.count, case .dash = tokens[k].kind { return true } else { return false } }
        func numberWord(_ k: Int) -> Bool {
            guard k >= 0, k < tokens.count, let w = tokens[k].word else { return false }
            // Scales and dozens are left out: German writes them with a capital before its
            // capitalised nouns ("mehrere Dutzend Gläubige", "12 Tausend Menschen").
            return (vocab.isNumberWord(w) || vocab.numberWordLanguages[w] != nil || !vocab.numbers.candidates("w:" + w).isEmpty)
                && !vocab.scaleWords.contains(w) && vocab.countingUnits[w] == nil && w != "hundred"
        }
        func nameWord(_ k: Int) -> Bool {
            guard k >= 0, k < tokens.count, let w = tokens[k].word, capitalised(tokens[k]), !numberWord(k) else { return false }
            return !vocab.known.contains(w) && !vocab.personWords.contains(w) && !vocab.casualtyWords.contains(w)
                && !vocab.groups.contains(w) && vocab.measures[w] == nil && !vocab.scaleWords.contains(w)
        }
        func sentenceStart(_ k: Int) -> Bool {
            guard k > 0 else { return true }
            if case let .punctuation(p) = tokens[k - 1].kind { return [".", ":", ";", "!", "?", "\u{2022}"].contains(p) }
            if isDashAt(k - 1), tokens[k - 1].spaceBefore { return true }
            return false
        }
        func figureAfter(_ k: Int) -> Bool {
            (k..<tokens.count).contains { m in
                if case .number = tokens[m].kind { return true }
                return numberWord(m)
            }
        }
        for i in tokens.indices {
            // A number word or a bare scale opening the text, a capitalised word no table
            // knows, a colon and a figure: the figure is the count, the words a place's name,
            // in any case and singular or plural ("Sieben Linden: 2 Tote", "Mil Palmeras: 3
            // muertos"; review26 R5: refused as two numbers).
            if i == 0, capitalised(tokens[i]), numberWord(i) || tokens[i].word.map({ vocab.scaleWords.contains($0) }) == true,
               tokens.count > 3, tokens[1].spaceBefore, nameWord(1), case .punctuation(":") = tokens[2].kind, figureAfter(3) {
                out[i] = Token(kind: .name, text: tokens[i].text, spaceBefore: tokens[i].spaceBefore)
                continue
            }
            // (phrases20, review28 S3) A scale word with a capital opening a sentence in sentence
            // case, before a capitalised word no table knows: "Mil Palmeras vecinos heridos" (a
            // place in Alicante) had read 1,000. German writes its scales so before its nouns, and
            // is left to the rules above.
            if sentence, sentenceStart(i), capitalised(tokens[i]), let w = tokens[i].word,
               vocab.scaleWords.contains(w) || w == "hundred", !vocab.nounScales.contains(w),
               i + 1 < tokens.count, tokens[i + 1].spaceBefore, nameWord(i + 1), !countedName(tokens[i + 1], vocab) {
                if i + 2 < tokens.count, case .punctuation(":") = tokens[i + 2].kind, figureAfter(i + 3) { continue }
                if undecided == nil { undecided = i..<(i + 2) }
                continue
            }
            guard numberWord(i), capitalised(tokens[i]) else { continue }
            // (phrases20, review28 S3) In sentence case, a number word with a capital that composes
            // with a capitalised number word before it, apart by a space or a lower-case "y"/"and"
            // ("Treinta y Tres", "Sixty Six gang member"): a capital inside a number is a name's
            // (Treinta y Tres in Uruguay; these had read 33 and 66). Before a colon and a figure
            // the figure is the count ("Treinta y Tres: dos heridos"); otherwise undecided.
            if sentence, i >= 1 {
                var p = i - 1
                if tokens[i].spaceBefore, let a = tokens[p].word, vocab.andWords.contains(a) || a == "and",
                   tokens[p].text.first?.isLowercase == true, p >= 1, tokens[p].spaceBefore { p -= 1 }
                // A place, people or group the count is of after them keeps the count ("Twenty One
                // Syrians killed" is 21, phrases17).
                let countedAfter = i + 1 < tokens.count && capitalised(tokens[i + 1]) && (countedName(tokens[i + 1], vocab)
                    || tokens[i + 1].word.map { n in vocab.personWords.contains(n)
                        || (n.hasSuffix("s") && n.count >= 5 && demonymEndings.contains { n.dropLast().hasSuffix($0) }) } == true)
                if tokens[i].spaceBefore, numberWord(p), capitalised(tokens[p]), !countedAfter {
                    var first = p
                    while first >= 1, tokens[first].spaceBefore, numberWord(first - 1), capitalised(tokens[first - 1]) { first -= 1 }
                    if i + 1 < tokens.count, case .punctuation(":") = tokens[i + 1].kind, figureAfter(i + 2), sentenceStart(first) {
                        for k in first...i where numberWord(k) {
                            out[k] = Token(kind: .name, text: input[k].text, spaceBefore: input[k].spaceBefore)
                        }
                        continue
                    }
                    // The name goes on over a capitalised word no table knows ("Twenty One Pilots").
                    if undecided == nil { undecided = first..<(nameWord(i + 1) && tokens[i + 1].spaceBefore ? i + 2 : i + 1) }
                    continue
                }
            }
            // (phrases20, review28 R3) A number word opening the text, a capitalised word no table
            // knows that is no people or place a count is of, at most three more words with no
            // casualty word, number or punctuation, a colon and a figure after it: the number is
            // the name's ("Seven Kings station stabbing: one dead", "One World Trade Center: 3
            // hurt", "Forty Thieves gang: 2 killed" were refused as two numbers).
            if i == 0, i + 2 < tokens.count, tokens[1].spaceBefore, nameWord(1) || (capitalised(tokens[1])
                   && tokens[1].word.map { vocab.nameNouns.contains($0) || vocab.kinNames.contains($0) } == true),
               !countedName(tokens[1], vocab), !countedPhraseWords(tokens, vocab, in: 1..<min(tokens.count, 5)).contains(1) {
                var k = 2
                while k < tokens.count, k < 5, tokens[k].spaceBefore, let u = tokens[k].word, !numberWord(k),
                      !vocab.casualtyWords.contains(u), vocab.measures[u] == nil { k += 1 }
                if k < tokens.count, case .punctuation(":") = tokens[k].kind, figureAfter(k + 1) {
                    out[i] = Token(kind: .name, text: tokens[i].text, spaceBefore: tokens[i].spaceBefore)
                    continue
                }
            }
            // (phrases18) The words between an English number word opening a sentence and the
            // noun of people it counts must be words a count of people carries: a place, a
            // people or a group the count is of, a singular noun of people ("Two Women
            // Journalists"). Any other word there, known to the tables or not, may be a name the
            // number belongs to ("Twenty One Pilots Fans Killed", "Three Doors Down fans hurt",
            // "Five Finger Death Punch Fans Hurt" had read 21, 3, 5): undecided, refused.
            if let r = nameInModifiers(tokens, vocab, at: i, sentence: sentence, numberWord: numberWord,
                                       sentenceStart: sentenceStart, figureAfter: figureAfter) {
                if undecided == nil { undecided = r }
                continue
            }
            // A one-word qualifier after the number, written with a capital in sentence case,
            // then a noun of people or a capitalised word no table knows: a name ("Four Tops fans
            // injured", "Ten Max fans injured", "Five Plus residents killed", "Twenty Odd Fellows
            // members injured" had read 0–4, 0–10, 5+, 21–29; phrases17). Undecided.
            if sentence, sentenceStart(i), i + 2 < tokens.count, tokens[i + 1].spaceBefore, capitalised(tokens[i + 1]),
               let q = tokens[i + 1].word,
               (vocab.suffixes.candidates("w:" + q) + vocab.trailing.candidates("w:" + q)).contains(where: { $0.0.count == 1 }),
               let n = tokens[i + 2].word, nameWord(i + 2) || (!capitalised(tokens[i + 2])
                && ((vocab.personWords.contains(n) && !vocab.casualtyWords.contains(n) && vocab.measures[n] == nil)
                    || (!vocab.known.contains(n) && n.allSatisfy(\.isLetter)))) {
                if undecided == nil { undecided = i..<(i + 2) }
                continue
            }
            // A number word of several hyphened ones starts where the first does ("Twenty-Nine Palms").
            var first = i
            while first >= 2, isDashAt(first - 1), !tokens[first - 1].spaceBefore, !tokens[first].spaceBefore, numberWord(first - 2) { first -= 2 }
            if sentenceStart(first), let (end, names, people) = nameBeforeNoun(tokens, vocab, after: i, nameWord: nameWord) {
                // At a sentence's start, before one or two capitalised words and a noun of
                // people, a place or an event, the number may begin a name. Which one the
                // capitalised words say (stop 26: "Forty Fort residents killed" read 40, "Two
                // Texas residents killed" was refused): a word names of places are made of
                // ("Fort", "Oaks", "Rivers", "Sisters", "Tre Fontane"; the tables' `nameNouns`,
                // `kinNames`, place nouns, a noun of things) last begins a name; a people or a
                // place ("Two Texas residents", "Two Kenyan soldiers") is what the count counts.
                // - a colon after the nouns and a figure after it: the number is the name's
                //   ("Nine Mile villagers: 4 killed" reads 4);
                // - a name, a figure later and no casualty word right after a noun of people:
                //   the name's too ("Forty Fort shooting leaves 2 dead" reads 2);
                // - a name otherwise: undecided, refused ("Forty Fort residents killed",
                //   "Seven Sisters residents killed");
                // - a people or a place and no colon: a count ("Two Texas residents killed" 2).
                let colon = end < tokens.count && { if case .punctuation(":") = tokens[end].kind { return true } else { return false } }()
                let later = figureAfter(end)
                // The last capitalised word says it: "Three Mile Island" is a name, "Two Fort
                // Hood soldiers" a count of soldiers from a place named with "Fort".
                // (phrases17) Any other capitalised word begins a name too ("Nine Ladies
                // residents killed" read 9, "Five Guys workers injured" 5, "One Direction fans
                // injured" 1), unless one of the words is a place, a people or a group the
                // count is of: a word of the tables' `countedNames` ("Texas", "Myanmar",
                // "Hezbollah"), a demonym by its ending ("Kenyan", "Turkish", "Burmese",
                // "Yemeni", "Islamic", "Islamist") or an acronym ("SDF", "BSF", "DR Congo");
                // or the name is whole before the noun ("Two Fort Hood soldiers", "Two Lake
                // Charles residents": a word names are made of, then a name).
                let counted = (i + 1..<(i + 1 + names.count)).contains { k in
                    countedName(tokens[k], vocab)
                } || (names.count >= 2 && nameNoun(names[0], vocab) && !nameNoun(names[names.count - 1], vocab))
                    || !countedPhraseWords(tokens, vocab, in: (i + 1)..<(i + 1 + names.count)).isEmpty
                let ofAName = names.last.map { nameNoun($0, vocab) } == true || !counted
                let casualtyNext = people && end < tokens.count && tokens[end].word.map {
                    vocab.casualtyWords.contains($0) || vocab.measures[$0] != nil
                } == true
                if (colon && later) || (ofAName && later && !casualtyNext) {
                    for k in stride(from: first, through: i, by: 2) {
                        out[k] = Token(kind: .name, text: input[k].text, spaceBefore: input[k].spaceBefore)
                    }
                    continue
                }
                if ofAName {
                    if undecided == nil { undecided = first..<(i + 2) }
                    continue
                }
            }
            // Hyphened to a name: "Pont-Neuf", "Sept-Îles", "Quatre-Bras".
            let gluedAfter = isDashAt(i + 1) && !tokens[i + 1].spaceBefore && i + 2 < tokens.count && !tokens[i + 2].spaceBefore
            let gluedBefore = i >= 2 && isDashAt(i - 1) && !tokens[i - 1].spaceBefore && !tokens[i].spaceBefore
            if (gluedAfter && nameWord(i + 2)) || (gluedBefore && nameWord(i - 2)) {
                out[i] = Token(kind: .name, text: tokens[i].text, spaceBefore: tokens[i].spaceBefore)
                continue
            }
            // A capitalised word of people in sentence case is a name too ("Seven Sisters"),
            // but not a demonym or a casualty word the tables know as such.
            let nameLike = nameWord(i + 1) || (i + 1 < tokens.count && capitalised(tokens[i + 1]) && tokens[i + 1].word.map {
                vocab.personWords.contains($0) && !vocab.casualtyWords.contains($0) && vocab.measures[$0] == nil && !vocab.groups.contains($0)
            } == true && vocab.kinNames.contains(tokens[i + 1].word ?? ""))
            guard sentence, i + 1 < tokens.count, tokens[i + 1].spaceBefore, nameLike else { continue }
            if !sentenceStart(i) {
                // The last of number words that compose ("Twenty One Pilots fans injured"):
                // taking it as a name would leave the others a smaller figure (phrases17: read
                // 20); undecided, refused.
                if i >= 1, tokens[i].spaceBefore, numberWord(i - 1), capitalised(tokens[i - 1]) {
                    if undecided == nil { undecided = (i - 1)..<(i + 2) }
                    continue
                }
                // With no other figure the text is refused as before, naming the name ("the
                // Seven Sisters states" is "part of a name", review12b).
                let another = tokens.indices.contains { k in
                    guard k != i else { return false }
                    if case .number = tokens[k].kind { return true }
                    return numberWord(k) || tokens[k].word.map { vocab.articles.contains($0) && $0 != "a" && $0 != "an" } == true
                }
                if another {
                    out[i] = Token(kind: .name, text: tokens[i].text, spaceBefore: tokens[i].spaceBefore)
                } else if undecided == nil, !countedName(tokens[i + 1], vocab), let w = tokens[i].word,
                          vocab.units[w] != nil || vocab.teens[w] != nil || vocab.tens[w] != nil {
                    // (phrases18) That refusal holds where at most half the words have a capital;
                    // in a short headline where more do, it did not ("Fans of Three Doors Down
                    // hurt", "Residents of Seven Sisters hurt" had read 3 and 7): undecided here.
                    let words = tokens.filter { $0.word != nil }
                    let capitals = words.filter { $0.text.first?.isUppercase == true }.count
                    if capitals * 2 > words.count { undecided = i..<(i + 2) }
                }
                continue
            }
            // At a sentence's start the capital is the sentence's: any word after the
            // name-like one makes it a count ("Two Kenyans killed", "Two Islamist party
            // workers"); the two words alone before punctuation or the end do not settle it
            // ("Seven Sisters: deaths reported", "Dos Hermanas: muertos").
            let alone: Bool = {
                guard i + 2 < tokens.count else { return true }
                if case .punctuation = tokens[i + 2].kind { return true }
                return false
            }()
            // A plural name, a colon and a figure after it: the figure is the count, the
            // number the name's ("Seven Sisters: 3 killed", "Dos Hermanas: 3 muertos").
            if alone, i + 2 < tokens.count, case .punctuation(":") = tokens[i + 2].kind, figureAfter(i + 3),
               let name = tokens[i + 1].word, (name.count > 3 && name.hasSuffix("s") && !name.hasSuffix("ss")) || nameNoun(name, vocab) {
                out[i] = Token(kind: .name, text: tokens[i].text, spaceBefore: tokens[i].spaceBefore)
                continue
            }
            if alone, undecided == nil { undecided = i..<(i + 2) }
        }
        return (out, undecided)
    }

    /// After the number word at `i`: capitalised words no table knows, kin or things (one or two),
    /// a possessive ("Three Rivers' residents", "Forty Fort's"), then one or two nouns of people
    /// (not of casualties), places or events. Returns the index after the nouns, the
    /// capitalised words and whether the last noun is one of people, or nil.
    static func nameBeforeNoun(_ tokens: [Token], _ vocab: Vocabulary, after i: Int, nameWord: (Int) -> Bool) -> (Int, [String], Bool)? {
        var k = i + 1
        // A capitalised noun of things is a name's word here too ("Seven Hills residents", "Nine
        // Villages residents": a count of hills is no compound before a noun of people).
        while k < tokens.count, k < i + 3, tokens[k].spaceBefore, nameWord(k) || (capitalised(tokens[k])
            && tokens[k].word.map { vocab.kinNames.contains($0) || vocab.nameNouns.contains($0) || (vocab.otherCounts.contains($0) && !vocab.durations.contains($0)) } == true) { k += 1 }
        guard k > i + 1 else { return nil }
        let names = tokens[(i + 1)..<k].compactMap(\.word)
        if k < tokens.count, !tokens[k].spaceBefore, case .punctuation("'") = tokens[k].kind {
            k += 1
            if k < tokens.count, !tokens[k].spaceBefore, tokens[k].word == "s" { k += 1 }
        }
        let nounsFrom = k
        // (phrases17) A lower-case word no table knows may be the noun too ("Twelve Apostles
        // visitors", "One Direction fans", "Six Flags ride").
        while k < tokens.count, k < nounsFrom + 2, tokens[k].spaceBefore, let w = tokens[k].word,
              (vocab.personWords.contains(w) && !vocab.casualtyWords.contains(w) && vocab.measures[w] == nil)
                || vocab.placeNouns.contains(w) || vocab.eventNouns.contains(w)
                || (!vocab.known.contains(w) && !capitalised(tokens[k]) && w.allSatisfy(\.isLetter)) { k += 1 }
        if k == nounsFrom, k < tokens.count, case .number = tokens[k].kind, tokens[k].spaceBefore,
           let last = names.last, nameNoun(last, vocab) {
            // A figure right after a name of a place made of such words ("Nine Mile Point 2
            // injured"): the name ends there, the figure comes later.
            return (k, names, false)
        }
        if k == nounsFrom, names.count == 2, k == tokens.count || tokens[k].word.map({
            vocab.casualtyWords.contains($0) || vocab.measures[$0] != nil }) == true {
            // In title case the noun is capitalised too ("Twelve Apostles Visitors Injured").
            return (k, [names[0]], false)
        }
        // (phrases20, review28 S3) German capitalises its nouns: a name of two words, then a
        // capitalised noun no table knows and a casualty word in lower case ("Drei Annen Hohne
        // Wanderer verletzt", a place in the Harz, had read 3).
        if k == nounsFrom, names.count == 2, k + 1 < tokens.count, tokens[k].spaceBefore, nameWord(k),
           tokens[k + 1].text.first?.isLowercase == true,
           tokens[k + 1].word.map({ vocab.casualtyWords.contains($0) || vocab.measures[$0] != nil }) == true {
            return (k + 1, names, false)
        }
        guard k > nounsFrom, let last = tokens[k - 1].word else { return nil }
        return (k, names, vocab.personWords.contains(last))
    }

    /// The words a count of people after an English number word at a sentence's start
    /// carries, before its noun of people (phrases18). The noun is the last noun of people (or
    /// a plural no table knows: "fans") of the words after the number, up to a join, a figure,
    /// punctuation or a casualty word that ends them ("Killed", not "Death" before more of a
    /// name: "Five Finger Death Punch Fans"). Every word before that noun (in sentence case,
    /// every such word written with a capital) must be a place, a people or a group the count
    /// is of (``countedName(_:_:)``, the `groups`), a noun of people that is no plural in -s
    /// ("Women", "Child", "Police") or, before a noun of people the tables know, a one-word
    /// qualifier ("Twenty Odd Soldiers"); otherwise the number and those words may be a name
    /// (a band, a brand, a place: "Twenty One Pilots", "Three Doors Down", "Nine Network",
    /// "Four Seasons", "Five Below"), and their range is returned. A text with a figure later
    /// is left to the other rules (the name's colon and later-figure readings), and a place
    /// named with a word names are made of, then a name ("Two Fort Hood Soldiers") counts.
    static func nameInModifiers(_ tokens: [Token], _ vocab: Vocabulary, at i: Int, sentence: Bool,
                                numberWord: (Int) -> Bool, sentenceStart: (Int) -> Bool,
                                figureAfter: (Int) -> Bool) -> Range<Int>? {
        guard let w = tokens[i].word, vocab.units[w] != nil || vocab.teens[w] != nil || vocab.tens[w] != nil else { return nil }
        func isDash(_ k: Int) -> Bool { if k >= 0, k < tokens.count, case .dash = tokens[k].kind { return true } else { return false } }
        // The last of number words that compose ("Twenty One", "Twenty-One").
        if i + 1 < tokens.count, tokens[i + 1].spaceBefore, numberWord(i + 1) { return nil }
        if i + 2 < tokens.count, isDash(i + 1), !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore, numberWord(i + 2) { return nil }
        var first = i
        while first >= 1 {
            if tokens[first].spaceBefore, numberWord(first - 1), capitalised(tokens[first - 1]) { first -= 1; continue }
            if first >= 2, isDash(first - 1), !tokens[first - 1].spaceBefore, !tokens[first].spaceBefore, numberWord(first - 2) { first -= 2; continue }
            break
        }
        // At a sentence's start, or anywhere in a title-case headline ("Crush At Twenty One
        // Pilots Show Injures Fans" had read 21).
        guard sentenceStart(first) || !sentence, !figureAfter(i + 1) else { return nil }
        // A fraction ("About Two Thirds of Casualties") and, in sentence case, a one-word
        // qualifier with a capital ("Twenty Odd Fellows members", phrases17) have rules of their own.
        if i + 1 < tokens.count, let q = tokens[i + 1].word {
            if fractionWords.contains(q) { return nil }
            if sentence, capitalised(tokens[i + 1]),
               (vocab.suffixes.candidates("w:" + q) + vocab.trailing.candidates("w:" + q)).contains(where: { $0.0.count == 1 }) { return nil }
        }
        func ends(_ k: Int) -> Bool {
            guard let u = tokens[k].word else { return true }
            if vocab.andWords.contains(u) || numberWord(k) { return true }
            // A small word title case leaves in lower case ends them ("Two Thirds of Casualties").
            if titleCaseLower.contains(u), tokens[k].text.first?.isLowercase == true { return true }
            guard vocab.casualtyWords.contains(u) || vocab.measures[u] != nil else { return false }
            // A casualty word inside a name goes on with a capitalised word no table knows.
            let next = k + 1
            return !(next < tokens.count && tokens[next].spaceBefore && capitalised(tokens[next])
                     && tokens[next].word.map { !vocab.known.contains($0) && !vocab.personWords.contains($0) } == true)
        }
        var words: [Int] = []
        var k = i + 1
        while k < tokens.count, words.count < 6, tokens[k].spaceBefore, !ends(k) { words.append(k); k += 1 }
        // The words end at a casualty word ("Three Doors Down Fan Hurt"), not at the end of the
        // text or a figure ("Mob Kills Four Arakanese Amid Ongoing Rakhine Violence").
        // The same when a casualty word stands inside them ("Five Finger Death Punch Gig Kills Fan").
        func casualty(_ m: Int) -> Bool {
            m < tokens.count && tokens[m].word.map { vocab.casualtyWords.contains($0) || vocab.measures[$0] != nil } == true
        }
        let casualtyAfter = casualty(k) || words.contains(where: casualty)
        func pluralInS(_ u: String) -> Bool {
            u.count > 3 && u.hasSuffix("s") && !u.hasSuffix("ss") && !u.hasSuffix("us") && !u.hasSuffix("is")
        }
        func noun(_ k: Int) -> Bool {
            guard let u = tokens[k].word else { return false }
            if vocab.personWords.contains(u) || vocab.groups.contains(u) { return true }
            // A plural no table knows ("Fans"), or any word no table knows that ends the words
            // ("Three Doors Down Fan Hurt").
            return !vocab.known.contains(u) && !countedName(tokens[k], vocab) && (pluralInS(u) || (k == words.last && casualtyAfter))
                && u.allSatisfy(\.isLetter)
        }
        guard let h = words.last(where: noun), h > i + 1 else { return nil }
        let names = ((i + 1)..<h).compactMap { tokens[$0].word }
        guard names.count == h - i - 1 else { return nil }
        if names.count >= 2, nameNoun(names[0], vocab), !nameNoun(names[names.count - 1], vocab) { return nil }
        let knownHead = tokens[h].word.map { vocab.personWords.contains($0) || vocab.groups.contains($0) } == true
        let inPhrase = countedPhraseWords(tokens, vocab, in: (i + 1)..<h)
        let named = ((i + 1)..<h).contains { m in
            guard let u = tokens[m].word, !sentence || capitalised(tokens[m]) else { return false }
            if countedName(tokens[m], vocab) || vocab.groups.contains(u) || inPhrase.contains(m) { return false }
            // "Two More Soldiers Killed", "Two Other Soldiers Killed": an increment or others,
            // refused by their own rules.
            if vocab.othersWords.contains(u) || vocab.comparatives.contains(u) { return false }
            if vocab.personWords.contains(u), !pluralInS(u) { return false }
            if knownHead, h - i == 2, (vocab.suffixes.candidates("w:" + u) + vocab.trailing.candidates("w:" + u)).contains(where: { $0.0.count == 1 }) {
                return false
            }
            return true
        }
        return named ? first..<h : nil
    }

    /// The indices in `range` of words that make up an entry of several words of the tables'
    /// `countedNames` ("Red Cross", "White Helmets"; phrases18).
    static func countedPhraseWords(_ tokens: [Token], _ vocab: Vocabulary, in range: Range<Int>) -> Set<Int> {
        var out: Set<Int> = []
        for phrase in vocab.countedPhrases {
            var k = range.lowerBound
            while k + phrase.count <= range.upperBound {
                if (0..<phrase.count).allSatisfy({ tokens[k + $0].word == phrase[$0] && ($0 == 0 || tokens[k + $0].spaceBefore) }) {
                    out.formUnion(k..<(k + phrase.count))
                }
                k += 1
            }
        }
        return out
    }

    /// A capitalised word after a number word that names a place, a people or a group a count
    /// of people is of (phrases17): a word of `countedNames`, a demonym by its ending, an acronym.
    static func countedName(_ token: Token, _ vocab: Vocabulary) -> Bool {
        guard let w = token.word else { return false }
        if vocab.countedNames.contains(w) { return true }
        let letters = token.text.filter(\.isLetter)
        if letters.count >= 2, letters.allSatisfy(\.isUppercase) { return true }
        return w.count >= 4 && demonymEndings.contains { w.hasSuffix($0) }
    }
    static let demonymEndings = ["an", "ese", "ish", "i", "ic", "ist", "ists"]

    /// A word names of places are made of after a number word ("Fort", "Oaks", "Sisters",
    /// "Fontane", "Villages"), not a people or a place of its own ("Texas", "Kenyan").
    static func nameNoun(_ word: String, _ vocab: Vocabulary) -> Bool {
        vocab.nameNouns.contains(word) || vocab.kinNames.contains(word) || vocab.placeNouns.contains(word)
            || (vocab.otherCounts.contains(word) && !vocab.durations.contains(word))
    }

    /// A fraction of a scale that is no whole number ("a third of a million"), refused by
    /// ``estimate()``.
    let fractionFailure: ParseFailure?
    /// Words that are numbers in a language the text is not written in (review20b E0:
    /// Portuguese "Um dos mortos", "of the dead", read as Spanish two; "the elf was
    /// killed" as German eleven), by token index: never read as a figure.
    let notNumbers: Set<Int>

    /// A number word of other languages than the text's is no number there: a word stands
    /// for its number unless the text's other words are known only to languages (English
    /// among them) that do not read it so and none only to one that does ("dos" beside
    /// "mortos", Portuguese, is "of the"; beside "muertos" it is two; alone, two; "the elf
    /// was killed" holds no eleven). English number words are read as before.
    static func numberWordsOfAnotherLanguage(_ tokens: [Token], _ vocab: Vocabulary) -> Set<Int> {
        var out: Set<Int> = []
        for (i, token) in tokens.enumerated() {
            guard let w = token.word, let numberLanguages = vocab.numberWordLanguages[w],
                  !numberLanguages.contains("en") else { continue }
            var against = false
            var for_ = false
            for (j, other) in tokens.enumerated() where j != i {
                guard let u = other.word, let languages = vocab.wordLanguages[u] else { continue }
                if languages.isSubset(of: numberLanguages) { for_ = true }
                else if languages.isDisjoint(with: numberLanguages) { against = true }
            }
            if against && !for_ { out.insert(i) }
        }
        return out
    }

    /// "Half" before a scale in other languages ("medio millón", "eine halbe Million").
    static let halfWords: Set<String> = ["medio", "media", "halbe", "halben", "halbes", "halbe", "mezzo", "mezza", "demi", "meio", "meia", "نصف"]
    /// Articles before such a half ("un demi-million", "eine halbe Million", "um meio milhão").
    static let halfArticles: Set<String> = ["un", "une", "una", "uno", "ein", "eine", "einen", "einer", "um", "uma"]
    /// Dozens in other languages, halved by those words ("une demi-douzaine", "media docena").
    static let dozenWords: [String: Int64] = ["douzaine": 12, "docena": 12, "dozzina": 12, "dutzend": 12, "dúzia": 12, "duzia": 12]

    /// Denominators of the fraction nouns a scale may take ("a quarter of a million").
    static let fractionDenominators: [String: Int64] = [
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
        "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
        "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
    ]

    /// A fraction of a scale is a number, not a part of a figure (review19 C2: these were
    /// refused as "only a part of a total" or "no number"): "a quarter of a million",
    /// "three-quarters of a million", "three quarters of a million", "a half-million", "a
    /// quarter-million", "a quarter million", "one-and-a-half million" (read as "one and a
    /// half million"). The words become one number token. A fraction of a figure ("a quarter
    /// of the 200") stays a part. One that is no whole number ("a third of a million") is
    /// refused.
    static func fractionsOfScales(_ tokens: [Token], _ vocab: Vocabulary) -> ([Token], ParseFailure?) {
        var out: [Token] = []
        var failure: ParseFailure? = nil
        func w(_ i: Int) -> String? { i >= 0 && i < tokens.count ? tokens[i].word : nil }
        func glued(_ i: Int) -> Bool { i < tokens.count && !tokens[i].spaceBefore }
        func dash(_ i: Int) -> Bool { if i < tokens.count, case .dash = tokens[i].kind { return true } else { return false } }
        func scale(_ i: Int) -> Int64? {
            guard let s = w(i) else { return nil }
            for (pieces, value) in vocab.scales.candidates("w:" + s) where pieces.count == 1 && value >= 1_000 { return value }
            return nil
        }
        func numerator(_ i: Int) -> Int64? {
            guard let n = w(i) else { return nil }
            if n == "a" || n == "an" { return 1 }
            if let v = vocab.units[n], (1...9).contains(v) { return v }
            return nil
        }
        var i = 0
        while i < tokens.count {
            // "one-and-a-half million": the hyphens of "and a half" are spaces.
            if numerator(i) != nil, w(i) != "a", w(i) != "an", dash(i + 1), w(i + 2) == "and", dash(i + 3), w(i + 4) == "a",
               dash(i + 5), w(i + 6) == "half", glued(i + 1), glued(i + 2), glued(i + 3), glued(i + 4), glued(i + 5), glued(i + 6) {
                out.append(tokens[i])
                for k in [i + 2, i + 4, i + 6] { out.append(Token(kind: tokens[k].kind, text: tokens[k].text, spaceBefore: true)) }
                i += 7
                continue
            }
            // "medio millón", "eine halbe Million", "mezzo milione", "un demi-million", "meio
            // milhão", "نصف مليون", "une demi-douzaine", "ein halbes Dutzend": half of a scale or
            // of a dozen in other languages (review20b: refused "no number").
            if let h = w(i), PhraseReader.halfWords.contains(h) {
                var m = i + 1
                if dash(m), glued(m), glued(m + 1) { m += 1 }
                let unit: Int64? = scale(m) ?? w(m).flatMap { PhraseReader.dozenWords[$0] }
                if let unit, unit % 2 == 0, h != "media" || !englishScaleWords.contains(w(m) ?? ""), !(i >= 1 && w(i - 1).map { vocab.andWords.contains($0) } == true) {
                    var from = i
                    if let a = w(i - 1), PhraseReader.halfArticles.contains(a), let last = out.last, last.word == a {
                        out.removeLast()
                        from = i - 1
                    }
                    let text = tokens[from...m].enumerated().map { ($0.offset > 0 && $0.element.spaceBefore ? " " : "") + $0.element.text }.joined()
                    var t = Token(kind: .number(Magnitude(whole: unit / 2)), text: text, spaceBefore: tokens[from].spaceBefore)
                    t.plainDigits = 0
                    out.append(t)
                    i = m + 1
                    continue
                }
            }
            // [numerator] [-] fraction (of [a|an|one] | -) scale; not after "and" ("two and a
            // half million", "three and a quarter million" are read, or refused, as before).
            if i >= 1, let a = w(i - 1), vocab.andWords.contains(a) {
                out.append(tokens[i])
                i += 1
                continue
            }
            var k = i
            var top: Int64 = 1
            if let n = numerator(k) {
                top = n
                k += 1
                if dash(k), glued(k), glued(k + 1) { k += 1 }
            }
            if let f = w(k), let bottom = fractionDenominators[f], f != "half" || top == 1 {
                var m = k + 1
                var ok = false
                if dash(m), glued(m), glued(m + 1), scale(m + 1) != nil, f == "half" || f == "quarter" {
                    m += 1
                    ok = true  // "a half-million", "a quarter-million", "three-quarter-million"
                } else if w(m) == "of", let a = w(m + 1), a == "a" || a == "an" || a == "one", scale(m + 2) != nil {
                    m += 2
                    ok = true  // "a quarter of a million", "three-quarters of a million"
                } else if (f == "half" || f == "quarter"), k > i, numerator(i) == 1, scale(m) != nil {
                    ok = true  // "a quarter million", "a half million"
                }
                if ok, let unit = scale(m) {
                    let text = tokens[i...m].enumerated().map { ($0.offset > 0 && $0.element.spaceBefore ? " " : "") + $0.element.text }.joined()
                    let (product, overflow) = unit.multipliedReportingOverflow(by: top)
                    if overflow || product % bottom != 0 {
                        if failure == nil {
                            failure = ParseFailure(reason: "\"" + text + "\" is no whole number: give the figure in digits")
                        }
                    } else {
                        var t = Token(kind: .number(Magnitude(whole: product / bottom)), text: text, spaceBefore: tokens[i].spaceBefore)
                        t.plainDigits = 0
                        out.append(t)
                        i = m + 1
                        continue
                    }
                }
            }
            out.append(tokens[i])
            i += 1
        }
        return (out, failure)
    }

    /// Whether `w` counts on its own before a scale: a number word that is not itself a
    /// multiplier ("thirty", "dreißig", "treinta"), or a suffix that a scale may follow.
    static func countBeforeScale(_ w: String, _ vocab: Vocabulary) -> Bool {
        if w == "hundred" || vocab.scaleWords.contains(w) || vocab.countingUnits[w] != nil { return false }
        if ["odd", "plus", "some", "something"].contains(w) { return true }
        return vocab.units[w] != nil || vocab.teens[w] != nil || vocab.tens[w] != nil
            || vocab.numbers.candidates("w:" + w).contains { $0.0.count == 1 }
            || vocab.numberGrammars.contains { $0.words.contains(w) }
    }

    /// "thirty-thousand", "30-thousand", "five-hundred", "dreißig-tausend", "treinta-mil",
    /// "40-odd-thousand", "40-plus-million": a hyphen between a count and its scale joins
    /// them; it is no range ("30–1,000") and no compound that drops the scale (review19 C:
    /// these read 30, 30–1,000, 41–49). "40+k": a glued scale letter after "+" is the scale.
    static func hyphenedScales(_ tokens: [Token], _ vocab: Vocabulary) -> [Token] {
        var out: [Token] = []
        var i = 0
        func isScale(_ w: String) -> Bool { w == "hundred" || vocab.scaleWords.contains(w) || vocab.countingUnits[w] != nil }
        while i < tokens.count {
            let t = tokens[i]
            if case .dash = t.kind, !t.spaceBefore, let before = out.last, i + 1 < tokens.count,
               !tokens[i + 1].spaceBefore, let s = tokens[i + 1].word, isScale(s) {
                let counts: Bool = {
                    switch before.kind {
                    case .number: return true
                    case let .word(w): return countBeforeScale(w, vocab)
                    default: return false
                    }
                }()
                if counts {
                    var scale = Token(kind: tokens[i + 1].kind, text: t.text + tokens[i + 1].text, spaceBefore: false)
                    scale.isAcronym = tokens[i + 1].isAcronym
                    out.append(scale)
                    i += 2
                    continue
                }
            }
            if case .symbol("+") = t.kind, !t.spaceBefore || out.last.map({ if case .number = $0.kind { return false } else { return true } }) == false,
               i + 1 < tokens.count, !tokens[i + 1].spaceBefore, let letters = tokens[i + 1].word,
               let (_, scale) = Lexer.gluedScales[letters], let before = out.last, case .number = before.kind {
                out.append(t)
                out.append(Token(kind: .word(scale), text: tokens[i + 1].text, spaceBefore: false))
                i += 2
                continue
            }
            out.append(t)
            i += 1
        }
        return out
    }

    /// Words that title case leaves in lower case.
    static let titleCaseLower: Set<String> = ["a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to",
        "by", "for", "from", "with", "as", "into", "near", "over", "per", "vs", "via", "up", "off", "out"]

    /// Whether the text is in sentence case: a word title case would capitalise is
    /// written in lower case ("12 Mila residents killed"; not "12 Thousand Killed in Attack").
    static func sentenceCase(_ tokens: [Token]) -> Bool {
        tokens.contains { t in
            guard let w = t.word, let first = t.text.first, first.isLetter, first.isLowercase else { return false }
            return !titleCaseLower.contains(w)
        }
    }

    /// A scale word written with a capital after a figure, in a language that does not
    /// capitalise its nouns, is a name in sentence case when a capitalised word no table
    /// knows follows it ("12 Thousand Oaks residents", "5 Lac Vert villagers"): it becomes a
    /// name, never a count (review19 C: these read 12,000 and 500,000). An English scale
    /// written so with lower-case words after it ("12 Million residents"), another
    /// language's scale in English text ("12 Mila residents killed", Mila in Algeria, beside
    /// "2 Tausend killed"), or any scale before such a word in title case ("12 Thousand Oaks
    /// Residents Killed"), could be either: its index is returned, and the text refused.
    static func namesForScales(_ tokens: [Token], _ vocab: Vocabulary, isForeign: Bool) -> ([Token], Int?) {
        var out = tokens
        var undecided: Int? = nil
        let sentence = sentenceCase(tokens)
        for i in 1..<max(1, tokens.count) {
            guard let w = tokens[i].word, capitalised(tokens[i]), vocab.scaleWords.contains(w) || w == "hundred" else { continue }
            let afterCount: Bool = {
                switch tokens[i - 1].kind {
                case .number: return true
                case let .word(b): return countBeforeScale(b, vocab) || vocab.isNumberWord(b)
                default: return false
                }
            }()
            guard afterCount else { continue }
            let next: (capital: Bool, known: Bool)? = {
                guard i + 1 < tokens.count, let n = tokens[i + 1].word else { return nil }
                return (capitalised(tokens[i + 1]), vocab.known.contains(n) || vocab.personWords.contains(n) || vocab.casualtyWords.contains(n)
                        || vocab.groups.contains(n) || vocab.measures[n] != nil || vocab.isNumberWord(n) || vocab.currencies.contains(n))
            }()
            let nameAfter = next.map { $0.capital && !$0.known } ?? false
            // German writes its scales with a capital ("12 Tausend Tote", "1 Million Menschen").
            if vocab.nounScales.contains(w), !nameAfter, isForeign || next.map({ $0.capital && $0.known }) == true { continue }
            // In text of another language, a lower-case word after it of the scale's own language
            // settles it: "2 Mil mortos", "3 Mila morti", "5 Ribu tewas" are the scale (review21:
            // refused). "2 Tausend killed" is English text and stays refused.
            if i + 1 < tokens.count, let n = tokens[i + 1].word, tokens[i + 1].text.first?.isLowercase == true,
               let languages = vocab.wordLanguages[n], !languages.contains("en"),
               !languages.intersection((vocab.wordLanguages[w] ?? []).union(vocab.numberGrammars.filter { $0.words.contains(w) }.map(\.code))).isEmpty {
                continue
            }
            // Another language's scale in English text: "12 Mila residents", "12 Mila Residents Killed".
            let otherLanguage = !isForeign && !vocab.englishWords.contains(w)
            // Another language's scale with a capital and no name after it is undecided,
            // not a name: "12 Mila residents" may be Mila in Algeria, but "2 Tausend killed",
            // "5 Mio. people killed" and "5 Ribu killed" are the scale, and read as names they
            // gave 2, 5 and 5 with exit 0 (review21 #1).
            if sentence && nameAfter {
                out[i] = Token(kind: .name, text: tokens[i].text, spaceBefore: tokens[i].spaceBefore)
            } else if sentence || nameAfter || otherLanguage {
                if undecided == nil { undecided = i }
            }
        }
        return (out, undecided)
    }

    /// Written with a capital and lower-case letters after it ("Mila", not "MILA", "k").
    static func capitalised(_ t: Token) -> Bool {
        guard let first = t.text.first, first.isUppercase else { return false }
        return t.text.dropFirst().contains { $0.isLowercase }
    }

    /// "1.5m" is 1.5 million when nothing follows it ("1.5m" in a cell) or a noun of people, a
    /// casualty word or a measure word does ("1.5m people", "2m displaced"); before any other
    /// word ("1.5m from the border", "a 1.5m wall", "1.5m tall") it may be metres, and the
    /// figure is set aside as a measurement (issue 12, sixth review).
    static func metresOrMillion(_ tokens: [Token], _ vocab: Vocabulary) -> [Token] {
        var out: [Token] = []
        var i = 0
        while i < tokens.count {
            if i + 1 < tokens.count, case .number = tokens[i].kind, case .word("million") = tokens[i + 1].kind,
               tokens[i + 1].text.lowercased() == "m", !tokens[i + 1].spaceBefore {
                var keep = i + 2 >= tokens.count
                if !keep, case let .word(next) = tokens[i + 2].kind {
                    keep = vocab.personWords.contains(next) || vocab.casualtyWords.contains(next) || vocab.measures[next] != nil
                }
                if !keep, case .punctuation = tokens[i + 2].kind { keep = true }
                // At the end or before punctuation, only when the text is about people ("toll
                // 1.5m", "about 1.5m", "1.5m") and names no thing the figure could measure
                // ("a wall of 1.5m", "the wall is 1.5m.").
                if keep, i + 2 >= tokens.count || { if case .punctuation = tokens[i + 2].kind { return true } else { return false } }() {
                    let words = tokens.compactMap { t -> String? in if case let .word(w) = t.kind { return w } else { return nil } }
                    let aboutPeople = words.contains { vocab.personWords.contains($0) || vocab.casualtyWords.contains($0) || vocab.measures[$0] != nil }
                    let onlyKnown = tokens[..<i].allSatisfy { t in
                        guard case let .word(w) = t.kind else { return true }
                        return vocab.known.contains(w) && !vocab.otherCounts.contains(w) && !vocab.designations.contains(w)
                    }
                    keep = aboutPeople || onlyKnown
                }
                if !keep {
                    out.append(Token(kind: .skip("a measurement (\"m\" may be metres: write \"million\" for a count)"),
                                     text: tokens[i].text + tokens[i + 1].text, spaceBefore: tokens[i].spaceBefore))
                    i += 2
                    continue
                }
            }
            out.append(tokens[i])
            i += 1
        }
        return out
    }

    func estimate() throws(ParseFailure) -> Estimate {
        let estimate = try estimateOfAnyGroup()
        // `--measure civilian_deaths "No military deaths were reported"`, `--measure
        // soldiers_killed "No civilian casualties"`: a zero of one group is no zero of another
        // (review42 S1: read 0 since phrases28 mapped civilian_deaths to killed). A measure whose
        // name names a group takes a zero that names a group only when it is the same group;
        // a zero that names none ("No one was harmed") is of everyone, its group included.
        if estimate.low == 0, estimate.high == 0, let givenMeasure {
            var own = Set(MeasureCatalog.words(of: MeasureCatalog.canonicalName(givenMeasure)).compactMap(PhraseReader.group(of:)))
            // Children and women are of the civilians: "No civilians were killed" is no child
            // killed (phrases28); "No children were killed" says nothing of other civilians.
            let ownGroups = own
            if !own.isEmpty, own.isSubset(of: ["children", "women"]) { own.insert("civilians") }
            if !own.isEmpty {
                let words = givenTokens.compactMap(\.word)
                for (i, w) in words.enumerated() {
                    guard let g = PhraseReader.group(of: w), !own.contains(g) else { continue }
                    // "No civilians were killed, the military said": the group that speaks.
                    if i + 1 < words.count, PhraseReader.sayingWords.contains(words[i + 1].lowercased()) { continue }
                    throw ParseFailure(reason: "the zero names " + g + " (\"" + w + "\"), and measure " + givenMeasure
                                       + " counts " + ownGroups.sorted().joined(separator: ", ")
                                       + ": a zero of one group is no zero of another; give the figure of " + givenMeasure)
                }
            }
        }
        // `--measure civilians_killed "5 soldiers killed"`, "No civilians were killed but 5
        // soldiers died": a figure of one group is no figure of another (mend42a leftover: read
        // 5). Decided: refused, the second too (the zero of civilians is in another clause, and
        // tally reads one figure). The figure's own words only: "5 civilians were killed by
        // soldiers" and "Soldiers killed 5 civilians" read 5. Children and women are a part of
        // the civilians, and civilians hold more than children: each refuses the other.
        if !(estimate.low == 0 && estimate.high == 0), let givenMeasure {
            let own = Set(MeasureCatalog.words(of: MeasureCatalog.canonicalName(givenMeasure)).compactMap(PhraseReader.group(of:)))
            // Children, women, residents, villagers, journalists... are kinds of civilians: a
            // figure of them is a figure of civilians (review43 R2: cd0d0c2 refused
            // `civilians_killed "5 children were killed"`); not the other way round.
            let taken = own.contains("civilians") ? own.union(PhraseReader.civilianKinds) : own
            if !own.isEmpty, let (w, g) = figureGroups.first(where: { !taken.contains($0.group) }) {
                throw ParseFailure(reason: "the figure counts " + g + " (\"" + w + "\"), and measure " + givenMeasure + " counts "
                                   + own.sorted().joined(separator: ", ") + ": a figure of one group is no figure of another; give the figure of "
                                   + givenMeasure)
            }
            // "5 people were killed, all of them soldiers", "5 were killed, including 2 soldiers"
            // (phrases31: read 5 for civilians_killed): the text says who they are, all or some
            // of them of another group.
            if !own.isEmpty, let (w, g) = (figureOfWhom.compactMap { w in PhraseReader.group(of: w).map { (w, $0) } } + figureNamedAfter)
                .first(where: { !taken.contains($0.1) }) {
                throw ParseFailure(reason: "the text says the figure's people are " + g + ", all or some of them (\"" + w + "\"), and measure "
                                   + givenMeasure + " counts " + own.sorted().joined(separator: ", ")
                                   + ": a figure of one group is no figure of another; give the figure of " + givenMeasure)
            }
        }
        return estimate
    }

    /// The group a word names ("soldiers" military, "civiles" civilians, "الأطفال" children),
    /// for the group check of ``estimate()``. Words of an institution that speaks ("army",
    /// "police") are left out: "No civilians were killed, the army said" is of civilians.
    static func group(of word: String) -> String? {
        var w = word.lowercased()
        if let g = groupWords[w] { return g }
        if w.hasPrefix("ال"), w.count > 4 { w.removeFirst(2); return groupWords[w] }
        return nil
    }
    /// A noun of a group at `j` that ends its phrase ("all of them soldiers", "including 2
    /// soldiers and a child", "dont 2 militaires qui"), not an adjective of a noun after it
    /// ("all military bases", "including 2 in a military camp").
    func groupNounEnds(at j: Int) -> Bool {
        guard let w = word(at: j), PhraseReader.group(of: w) != nil else { return false }
        guard j + 1 < tokens.count, let next = word(at: j + 1) else { return true }
        return vocab.andWords.contains(next) || PhraseReader.group(of: next) != nil || vocab.measures[next] != nil || PhraseReader.dies(next)
            || ["who", "whom", "were", "was", "are", "qui", "que", "quienes", "étaient", "eran", "fueron", "ont", "han", "according", "selon",
                "según", "said", "police", "officials"].contains(next)
    }

    /// "all" of the figure's people ("all of them soldiers", "tous des militaires", "todos
    /// ellos soldados", "كلهم جنود"), and the words that may stand before their noun.
    static let allOfThem: Set<String> = ["all", "tous", "toutes", "todos", "todas", "كلهم", "جميعهم", "كلهن", "جميعهن"]
    static let allOfThemFillers: Set<String> = ["of", "them", "whom", "were", "are", "being", "des", "d", "de", "étaient", "sont", "ellos",
                                                "ellas", "eran", "son", "los", "las", "من", "of them"]
    static let sayingWords: Set<String> = ["said", "says", "say", "stated", "announced", "told", "added", "claimed", "dit", "affirme", "annonce", "indique", "dijo", "dice", "informó",
                                           "afirmó", "señaló", "قال", "قالت", "أعلن", "أعلنت", "ذكر", "ذكرت"]
    /// Groups that are kinds of civilians, read for a measure of civilians.
    static let civilianKinds: Set<String> = ["children", "women", "residents", "passengers", "journalists", "villagers"]
    static let groupWords: [String: String] = {
        var out: [String: String] = [:]
        let table: [(String, String)] = [
            ("civilians", "civilian civilians civil civile civiles civils مدني مدنيين مدنيون مدنيا مدنية"),
            ("military", "soldier soldiers military troops servicemen militaire militaires soldat soldats soldado soldados militar militares tropas troupes عسكري عسكريين عسكريون جندي جنود"),
            ("children", "child children kids minors enfant enfants mineurs niño niños niña niñas menores طفل أطفال اطفال"),
            ("militants", "militant militants fighters rebels insurgents combatants jihadists combattants rebelles combatientes rebeldes insurgentes مسلحين مسلحون مقاتلين مقاتلون"),
            ("women", "woman women femme femmes mujer mujeres امرأة نساء"),
            ("militants", "militiamen militiaman militia militias milicianos miliciano milicias miliciens milices milicien ميليشيا ميليشيات"),
            ("police", "policemen policeman policiers policías شرطي"),
            ("journalists", "journalist journalists journaliste journalistes periodista periodistas صحفي صحفيين صحفيون"),
            ("villagers", "villager villagers villageois aldeanos lugareños قرويين"),
            ("residents", "residents habitants residentes vecinos"),
            ("passengers", "passengers passagers pasajeros ركاب"),
        ]
        for (g, ws) in table { for w in ws.split(separator: " ") { out[String(w)] = g } }
        return out
    }()

    private func estimateOfAnyGroup() throws(ParseFailure) -> Estimate {
        do throws(ParseFailure) {
            return try estimateFigure()
        } catch {
            // "No civilians were harmed", "no lives were lost", "aucune victime", "sin víctimas",
            // "لا إصابات": a text the figures above refused that says, and says only, that no
            // one was killed or hurt (phrases27).
            guard !noPeopleZero, let (range, named) = zeroStatement() else { throw error }
            // A zero of both is a zero of casualties too (review41 R4: `--measure casualties "no
            // civilians were harmed"` was refused as counting "casualties, not casualties").
            let covered: Set<String> = named == "killed" ? ["killed"] : named == "injured" ? ["injured"] : ["killed", "injured", "casualties"]
            if let measure, !covered.contains(measure) {
                throw ParseFailure(reason: "\"" + phrase(range) + "\" counts " + Vocabulary.describe(measure: named) + ", not " + measure)
            }
            measureNamed = measure ?? named
            return Estimate(unchecked: 0, best: 0, high: 0)
        }
    }

    /// The measure a text names for its zero: "killed", "injured", "casualties" or "killed
    /// or injured" when it says no one was killed nor hurt, and the words that say it.
    /// Only a text with no figure, no number word, no measure word and no word that leaves
    /// someone out ("else", "except", "but") besides the statement's own: "no one was
    /// harmed, police said" is one; "a man was killed; no one else was hurt", "no civilians
    /// were harmed but two soldiers died", "no casualty figures were given" are not.
    func zeroStatement(beside figure: Range<Int>? = nil, ofAll: Bool = false) -> (Range<Int>, String)? {
        let table = PhraseReader.zeroTable
        for (i, t) in tokens.enumerated() where !(figure?.contains(i) ?? false) { if case .number = t.kind { return nil } }
        let negations = tokens.indices.filter { match(vocab.negations, at: $0) != nil }
        // The words of the text, an apostrophe splitting a word ("n'a" is "n", "a") and the
        // apostrophes themselves left out.
        var words: [(index: Int, word: String?)] = []
        for (i, t) in tokens.enumerated() {
            if figure?.contains(i) ?? false { words.append((i, nil)); continue }
            if case .punctuation("'") = t.kind { continue }
            // "no-one": a hyphen inside a word.
            if case .dash = t.kind, !t.spaceBefore { continue }
            if let w = t.word {
                for piece in w.split(separator: "'") where !piece.isEmpty { words.append((i, String(piece))) }
            } else {
                words.append((i, nil))
            }
        }
        func phraseEnd(_ list: [[String]], at k: Int) -> Int? {
            var best: Int? = nil
            for p in list where k + p.count <= words.count {
                if (0..<p.count).allSatisfy({ words[k + $0].word == p[$0] }) { best = max(best ?? 0, k + p.count) }
            }
            return best
        }
        func outcome(at k: Int) -> (Int, String)? {
            var best: (Int, String)? = nil
            for (p, m) in table.outcomes where k + p.count <= words.count {
                if (0..<p.count).allSatisfy({ words[k + $0].word == p[$0] }), p.count > (best.map { $0.0 - k } ?? 0) { best = (k + p.count, m) }
            }
            return best
        }
        for start in words.indices {
            guard let headEnd = phraseEnd(table.heads, at: start) else { continue }
            // French "personne" is nobody only with its "ne" ("personne n'a été blessé"); after
            // an article it is a person ("la personne tuée", "chaque personne blessée": review41
            // S2, read 0).
            if words[start].word == "personne" {
                guard headEnd < words.count, ["n", "ne"].contains(words[headEnd].word ?? ""),
                      start == 0 || !table.determiners.contains(words[start - 1].word ?? "") else { continue }
            }
            var k = headEnd
            var named: Set<String> = []
            var steps = 0
            while k < words.count, steps <= 5 {
                if let (e, m) = outcome(at: k) {
                    // "none of the dead were civilians", "no one among the injured is in danger",
                    // "no soldiers were among the casualties": the outcome is a noun of people
                    // hurt or killed, and the zero is of a part of them (review41 S1, read 0).
                    if k > headEnd, let before = words[k - 1].word, table.determiners.contains(before) { return nil }
                    named.insert(m)
                    k = e
                    // "killed or injured", "muertos ni heridos", "dead or wounded".
                    if k < words.count, let w = words[k].word, table.joins.contains(w), let (e2, m2) = outcome(at: k + 1) {
                        named.insert(m2)
                        k = e2
                    }
                    while k < words.count, let w = words[k].word, table.trailers.contains(w) { k += 1 }
                    // "لم يصب أي جريح" (no one was hurt, not one wounded; fates2: "no number"):
                    // the verb's own noun after "أي" (any).
                    if k + 1 < words.count, let w = words[k].word, ["أي", "اي"].contains(w), let (e2, m2) = outcome(at: k + 1), named.contains(m2) {
                        k = e2
                    }
                    break
                }
                guard let w = words[k].word, table.fillers.contains(w) else { break }
                k += 1
                steps += 1
            }
            guard !named.isEmpty else { continue }
            // Of everyone: no group named in the zero ("no civilians were killed" is of a group).
            if ofAll, words[start..<k].contains(where: { PhraseReader.groupsInZero.contains($0.word ?? "") }) { return nil }
            // A word that may deny it ("denied", "faux"), but the statement's own ("pas de").
            let first = words[start].index, last = k > 0 ? words[k - 1].index : first
            // The figure's own ("Pas une personne n'a été tuée": "pas" of "pas une") is no denial.
            if negations.contains(where: { ($0 < first || $0 > last) && !(figure?.contains($0) ?? false) }) { return nil }
            // Nothing else in the text about people hurt or killed, or about others.
            for j in words.indices {
                guard let w = words[j].word else { continue }
                // The name before a figure beside the zero ("Report 328:") is the figure's own.
                if let figure, words[j].index >= figure.lowerBound - 2, words[j].index < figure.lowerBound { continue }
                // The head's own "not" ("Not a single life was lost") is the zero, not a doubt of it.
                if PhraseReader.leaveOut.contains(w) || PhraseReader.otherThanThese.contains(w) || PhraseReader.figureNouns.contains(w)
                    || (table.blockers.contains(w) && !(ofAll && PhraseReader.contrastWords.contains(w)) && !(j >= start && j < headEnd)) { return nil }
                if j >= start && j < k { continue }
                let i = words[j].index
                if measureWord(at: i) != nil || vocab.casualtyWords.contains(w) || PhraseReader.dies(w) || PhraseReader.deadBodies.contains(w)
                    || vocab.isNumberWord(w) || table.outcomeWords.contains(w)
                    || PhraseReader.noneOfTheDead.contains(w) || phraseEnd(table.heads, at: j) != nil {
                    return nil
                }
            }
            let measure = named.contains("casualties") ? "casualties" : named.count == 2 ? "killed or injured" : named.first!
            return (first..<(last + 1), measure)
        }
        return nil
    }

    /// A zero of everyone in a clause of its own, apart from the figure's clause, and the
    /// clause: "No deaths in Idlib, while the toll in Aleppo reached 5", "No deaths were
    /// reported in the city, while the death toll elsewhere reached 40", "لا قتلى، بينما قتل 5
    /// أشخاص في حلب" (review42 S5: read 5 and 40, the toll words beside the figure hid the zero
    /// from ``zeroStatement(beside:ofAll:)``). Each clause, between punctuation or a word of
    /// contrast, is read alone as ``zeroStatement()`` reads a whole text.
    func zeroClause(apartFrom found: Finding) -> (phrase: String, named: String, clause: Range<Int>)? {
        let heads = Set(PhraseReader.zeroTable.heads.compactMap(\.first))
        guard tokens.contains(where: { t in t.word.map { w in heads.contains(w) || w.split(separator: "'").contains { heads.contains(String($0)) } } == true })
        else { return nil }
        let ms = measureSpan(found)
        let figure = min(found.start, ms.lowerBound)..<max(found.end, ms.upperBound)
        var start = 0
        for k in 0...tokens.count {
            let stop = k == tokens.count || PhraseReader.clauseMarks.contains(where: { isPunctuation($0, at: k) })
                || word(at: k).map { PhraseReader.contrastWords.contains($0) || PhraseReader.contrastOpeners.contains($0) } == true
            guard stop else { continue }
            if start < k, !(start..<k).overlaps(figure) {
                let sub = PhraseReader(tokens: Array(tokens[start..<k]), vocabulary: vocab)
                if let (r, named) = sub.zeroStatement(ofAll: true) { return (sub.phrase(r), named, start..<k) }
            }
            start = k + 1
        }
        return nil
    }
    /// The clause a range stands in: to the punctuation or word of contrast on each side.
    func clause(around range: Range<Int>) -> Range<Int> {
        func stop(_ k: Int) -> Bool {
            PhraseReader.clauseMarks.contains(where: { isPunctuation($0, at: k) })
                || word(at: k).map { PhraseReader.contrastWords.contains($0) || PhraseReader.contrastOpeners.contains($0) } == true
        }
        var lo = range.lowerBound, hi = range.upperBound
        while lo > 0, !stop(lo - 1) { lo -= 1 }
        while hi < tokens.count, !stop(hi) { hi += 1 }
        return lo..<hi
    }
    /// A figure of the dead by its words: a noun of dead bodies or a verb of dying within
    /// three words after it ("3 bodies were later found", "2 people later died").
    func countsTheDead(_ found: Finding) -> Bool {
        (found.figureEnd..<min(tokens.count, found.figureEnd + 4)).contains { k in
            word(at: k).map { PhraseReader.bodiesWords.contains($0) || PhraseReader.dies($0) || vocab.measures[$0] == "killed" } == true
        }
    }
    static let clauseMarks: [Unicode.Scalar] = [",", ";", ".", ":", "!", "?", "،", "؛"]
    static let contrastOpeners: Set<String> = ["whereas", "however", "tandis", "alors", "mientras", "بينما", "لكن", "ولكن"]

    /// A zero said first and a figure after it, of the same event (review42 R3: refused since
    /// 920fdce): the zero is marked as the first word ("No fatalities at the scene", "Initially
    /// no deaths were reported", "No immediate deaths", "No hubo muertos en el acto") or the
    /// figure as a later one ("2 died in hospital", "2 people later died", "4 bodies were
    /// recovered", "3 bodies were later found"). The figure is the toll. Two sources ("Officials
    /// reported no deaths; activists put the toll at 3"), two places ("No deaths in Idlib, while
    /// 5 died in Aleppo") or two days ("No deaths today; 12 died yesterday") have no such mark,
    /// and stay refused.
    func laterToll(zeroClause: Range<Int>) -> Bool {
        var words: [(Int, String)] = []
        for (i, t) in tokens.enumerated() {
            guard let w = t.word else { continue }
            for piece in w.split(separator: "'") where !piece.isEmpty { words.append((i, String(piece))) }
        }
        var bodies = false, found = false
        for (n, (i, w)) in words.enumerated() {
            let next = n + 1 < words.count ? words[n + 1].1 : ""
            let third = n + 2 < words.count ? words[n + 2].1 : ""
            let inZero = zeroClause.contains(i)
            if inZero, PhraseReader.firstWords.contains(w) || PhraseReader.firstPairs.contains(w + " " + next)
                || PhraseReader.firstPairs.contains(w + " " + next + " " + third) { return true }
            if !inZero {
                if PhraseReader.laterWords.contains(w) || PhraseReader.laterPairs.contains(w + " " + next) { return true }
                if w == "después", !["de", "del", "que"].contains(next) { return true }
                if PhraseReader.bodiesWords.contains(w) { bodies = true }
                if PhraseReader.bodiesFoundWords.contains(w) { found = true }
            }
        }
        return bodies && found
    }
    static let firstWords: Set<String> = ["initially", "initial", "immediate", "immediately", "initialement", "inicialmente", "inmediatas", "inmediatos"]
    static let firstPairs: Set<String> = ["at first", "at the scene", "on the spot", "sur le coup", "sur place", "en el acto", "en el lugar",
                                          "al principio", "في البداية", "في الحال"]
    static let laterWords: Set<String> = ["later", "subsequently", "afterwards", "afterward", "hospital", "hospitals", "hôpital", "ensuite",
                                          "posteriormente", "luego", "hospitales", "لاحقا", "لاحقاً", "المستشفى", "مستشفى"]
    static let laterPairs: Set<String> = ["plus tard", "más tarde"]
    static let bodiesWords: Set<String> = ["bodies", "corpses", "corps", "cadavres", "cuerpos", "cadáveres", "corpos", "جثث", "جثة"]
    static let bodiesFoundWords: Set<String> = ["found", "recovered", "retrieved", "discovered", "unearthed", "exhumed", "retrouvé", "retrouvés",
                                               "découvert", "découverts", "hallados", "encontrados", "recuperados", "انتشال", "العثور"]

    /// Nouns of a group in a zero: "no civilians were harmed" says nothing of soldiers.
    static let groupsInZero: Set<String> = ["civilian", "civilians", "military", "soldiers", "residents", "passengers", "civile",
                                            "civiles", "soldats", "soldados", "militaires", "militares"]
    /// Words of contrast a zero beside a figure may stand with ("though activists said").
    static let contrastWords: Set<String> = ["but", "though", "although", "while", "whereas", "mais", "pero", "aunque", "mientras"]

    /// The words of ``zeroStatement()``, every language in one table (phrases27): a head that
    /// says none, up to five fillers (auxiliaries, nouns of people, words of reporting), and
    /// the outcome that names the measure.
    struct ZeroTable {
        var heads: [[String]] = []
        var fillers: Set<String> = []
        var outcomes: [([String], String)] = []
        var outcomeWords: Set<String> = []
        var joins: Set<String> = []
        var trailers: Set<String> = []
        var blockers: Set<String> = []
        /// Words before a noun that make it a noun phrase of its own ("the dead", "des
        /// blessés", "los heridos", "among those hurt", "la personne").
        var determiners: Set<String> = []
    }

    static let zeroTable: ZeroTable = {
        func words(_ text: String) -> [String] { Vocabulary.pieces(of: text).compactMap { if case let .word(w) = $0 { return w } else { return nil } } }
        var t = ZeroTable()
        t.heads = [
            "no", "none", "nobody", "no one", "no-one", "noone", "not one", "not a single", "without", "zero", "neither",
            "aucun", "aucune", "pas", "personne", "sans", "ni",
            "ningún", "ninguno", "ninguna", "nadie", "sin", "no hubo", "ni",
            "لا", "دون", "بدون", "لم", "عدم", "لا أحد",
        ].map(words)
        // "un seul", "una sola", "a single" after a head: "Il n'y a pas eu un seul mort", "Sin un
        // solo muerto", "Without a single death", "لم يسقط أي قتيل" (phrases32: "no number").
        let fillerText = """
            one of the people civilian civilians military human reported were was has have had been being is are             reportedly fortunately thankfully luckily there in among on board passengers residents soldiers people persons             n a été ont y eu il est sont d à déplorer signaler signalé signalée signalés faire fait ce cette civile civiles humaine humaines             hubo se registraron registró resultó resultaron reportaron reportó reporta hay han ha sido que lamentar de civiles personales             وقوع تسجيل تسجل يسجل يسفر تسفر أسفر عن أي اي شخص             un une una seul seule solo sola single يسقط تسقط
            """
        t.fillers = Set(fillerText.split(whereSeparator: { $0 == " " || $0 == "\n" }).flatMap { words(String($0)) })
        let outcomes: [(String, String)] = [
            ("harmed", "casualties"), ("hurt", "injured"), ("injured", "injured"), ("wounded", "injured"), ("injuries", "injured"),
            ("injury", "injured"), ("killed", "killed"), ("died", "killed"), ("dead", "killed"), ("deaths", "killed"), ("death", "killed"),
            ("fatalities", "killed"), ("casualties", "casualties"), ("casualty", "casualties"), ("victims", "casualties"),
            ("lives were lost", "killed"), ("lives lost", "killed"), ("life was lost", "killed"), ("loss of life", "killed"),
            ("loss of lives", "killed"), ("loss of human life", "killed"), ("loss of human lives", "killed"),
            ("victime", "casualties"), ("victimes", "casualties"), ("blessé", "injured"), ("blessés", "injured"), ("blessée", "injured"),
            ("blessées", "injured"), ("mort", "killed"), ("morts", "killed"), ("tué", "killed"), ("tués", "killed"), ("tuée", "killed"),
            ("décès", "killed"), ("perte humaine", "killed"), ("pertes humaines", "killed"),
            ("víctima", "casualties"), ("víctimas", "casualties"), ("víctimas mortales", "killed"), ("víctima mortal", "killed"),
            ("herido", "injured"), ("heridos", "injured"), ("herida", "injured"), ("heridas", "injured"), ("lesionados", "injured"),
            ("muerto", "killed"), ("muertos", "killed"), ("muerta", "killed"), ("muertas", "killed"), ("fallecidos", "killed"),
            ("bajas", "casualties"), ("daños personales", "casualties"),
            ("إصابات", "injured"), ("إصابة", "injured"), ("جرحى", "injured"), ("قتلى", "killed"), ("ضحايا", "casualties"),
            ("خسائر بشرية", "casualties"), ("خسائر في الأرواح", "killed"), ("يصب", "injured"),
            // "لم يقتل أي شخص", "لم يمت أحد", "Personne n'est morte" (review42 S5, N4: "no number").
            ("يقتل", "killed"), ("يمت", "killed"), ("يجرح", "injured"), ("morte", "killed"), ("mortes", "killed"),
            // "Not a single fatality", "لم يسقط أي قتيل", "لم يصب أي جريح": the singular nouns.
            ("fatality", "killed"), ("قتيل", "killed"), ("جريح", "injured"),
        ]
        t.outcomes = outcomes.map { (words($0.0), $0.1) }
        // Arabic "في" (in) of "خسائر في الأرواح" too: "لا قتلى في حلب" is a zero of a place (phrases32:
        // "no number", so "لا قتلى في حلب، بينما قتل 5 أشخاص في إدلب" read 5).
        t.outcomeWords = Set(t.outcomes.flatMap { $0.0 }).subtracting(["of", "were", "was", "in", "human", "في"])
        t.joins = Set(["or", "and", "nor", "ou", "et", "ni", "o", "y", "أو", "او"].flatMap(words))
        t.trailers = Set(["أحد", "بأذى", "reported", "recorded", "signalé", "signalée", "à déplorer", "registrados"].flatMap(words))
        // Words that say the zero is not sure or not of the event: "no immediate reports of
        // casualties", "not yet", "unclear whether", "if no one was hurt".
        // "no serious injuries", "no major casualties", "no hubo heridos graves": a zero of the
        // grave ones says nothing of the others (review41 S3, read 0).
        t.blockers = PhraseReader.severityWords.union(["immediate", "immediately", "yet", "unclear", "unknown", "whether", "if", "not", "but", "may", "might",
                          "could", "feared", "encore", "aún", "todavía", "si"].flatMap(words))
        // The language tables' own words (one source): each one's articles before a group
        // and words that make a noun phrase, and French and Spanish singular articles ("une
        // personne", "una persona"). English "a" and "an" are left out, as before: "a" is
        // French's verb too ("il n'y a personne").
        t.determiners = Set([Languages.english, Languages.french, Languages.spanish].flatMap { l in
            l.groupArticles + l.nounPhraseWords + (l.code == "en" ? [] : l.articles)
        })
        return t
    }()

    func estimateFigure() throws(ParseFailure) -> Estimate {
        if let fractionFailure { throw fractionFailure }
        if let (scale, before, languages) = foreignScale {
            throw ParseFailure(reason: "\"" + scale + "\" after \"" + before + "\" is a scale word of another language ("
                + languages + ") in a text tally reads as English: write the figure in digits, or the scale in English")
        }
        if let r = undecidedName {
            throw ParseFailure(reason: "\"" + phrase(r) + "\" may be a name (a place) or a count: write the figure in digits")
        }
        if let i = undecidedScale {
            throw ParseFailure(reason: "\"" + tokens[i].text + "\" after \"" + tokens[i - 1].text
                + "\" is written with a capital: it may be a name (a place) or the scale: write the scale in lower case, or the figure alone")
        }
        var found: Finding? = nil
        // Figures after the first, each with a measure of its own ("5 dead 3 wounded").
        var perMeasure: [Finding] = []
        var index = 0
        var partsUntil: Int? = nil
        var partMarker = ""
        var partHasFigure = false
        var groupTotal: Finding? = nil
        /// A part of the figure read that names a measure the figure does not ("1,506 civilian
        /// victims, including 549 people killed"), and that measure.
        var measuredPart: (finding: Finding, measure: String)? = nil
        /// A part of another of killed/injured right after the breakdown word of a total that
        /// names its measure ("40 people were hurt, including 12 killed").
        var crossedPart: (finding: Finding, measure: String)? = nil
        var markerEnd = -1
        while index < tokens.count {
            if let until = partsUntil, index >= until { partsUntil = nil }
            // "21 civilians, among them five children, died and dozens were hurt": a
            // comma after the breakdown's first figure ends it.
            // ", and 23 other persons" continues the list.
            if partsUntil != nil, partHasFigure, isPunctuation(",", at: index),
               !(word(at: index + 1).map { vocab.andWords.contains($0) } ?? false) { partsUntil = nil }
            if partsUntil == nil, let (end, _) = match(vocab.partsBefore, at: index) {
                partMarker = phrase(index..<end)
                markerEnd = end
                partsUntil = clauseEnd(from: end)
                partHasFigure = false
                index = end
                continue
            }
            // "307 deaths (95% UI 300–323)", "1,234 people died (IQR 1,100–1,400)": a range named
            // as a statistical interval after the figure's noun or verb is its range, as right
            // after the figure ("307 (95% UI 300–323)", ``bracketedRange``) (phrases21, review30
            // S18). The figure must be one exact figure, with up to three words between.
            if let f = found, perMeasure.isEmpty, partsUntil == nil, f.span.high == f.span.low, f.end < index,
               index - f.end <= 3, (f.end..<index).allSatisfy({ word(at: $0) != nil }), intervalNamed(after: index) != nil,
               let bracket = try bracketedRange(at: index, around: f.span.best) {
                found?.span = Span(low: bracket.span.low, best: f.span.best, high: bracket.span.high)
                found?.approximate = f.approximate || bracket.approximate
                index = bracket.end
                continue
            }
            let findingAt = index
            if let finding = try finding(at: index) {
                index = finding.end
                // dest24 (issue 12, needless refusal): "5,000 people fled in their thousands and into
                // Chad", "by the thousands", "por miles" were refused as "more than one number": a
                // crowd's manner beside a figure is no count ("thousands fled and 5,000 went into
                // Chad" still is two).
                if crowdManner(finding), found != nil || tokens[finding.end...].contains(where: { if case .number = $0.kind { return true }; return false }) {
                    continue
                }
                if finding.isSkip {
                    // "40 (SOHR 35)", "40, SOHR 35", "killed 40 (HRW 52)", "307 (XYZ 300–323)": a
                    // name and a figure in a bracket or clause right after the figure read (its
                    // noun and verb between) is another figure, not a designation (phrases21,
                    // review30 S18: 114 of 280 such texts read the first figure exact).
                    let aside = asides.filter({ (findingAt..<finding.end).contains($0.key) }).min(by: { $0.key < $1.key })?.value
                    if partsUntil == nil, let before = perMeasure.last ?? found, let aside,
                       before.end <= aside.opening, aside.opening - before.end <= 5,
                       (before.end..<aside.opening).allSatisfy({ word(at: $0) != nil }) {
                        throw ParseFailure(reason: "more than one number (\"" + before.phrase + "\" and \"" + aside.phrase
                                           + "\"): which is the figure?")
                    }
                    if found == nil, let aside { asideBefore = (finding.end, aside.phrase) }
                    continue
                }
                // "... including a child, and 32 others wounded": a new group ends the breakdown.
                if partsUntil != nil, othersFollow(finding) { partsUntil = nil }
                if partsUntil != nil || finding.isPart {
                    if found == nil {
                        throw .partOnly(partsUntil != nil ? partMarker + " " + finding.phrase : finding.phrase)
                    }
                    // A part above the total it breaks down ("5 killed, of whom 12
                    // civilians"): no reading makes both true, and the total would be
                    // published as if it held its part. The total is the latest one before
                    // ("2 killed and 20 injured, including 15 children": the injured); a
                    // part naming another measure is not compared. Only the figure right
                    // after the breakdown word is its part for sure: later figures in the
                    // clause are often a running toll ("kills 3 civilians including a child,
                    // and raises the death toll to 173", 17 UCDP headlines), and "1000 of
                    // them" may refer to a group, not to the total.
                    // A part naming another measure ("3 killed including 2 children and 8
                    // injured including 5 women") is the total of the parts after it.
                    if let whole = groupTotal ?? perMeasure.last ?? found {
                        // "40 people, 12 of them killed", "40 victims, 12 of whom were killed",
                        // "40 personas, 12 de ellas muertas": the part's measure word stands
                        // after its "of them" (phrases24: it had read 40 for killed and injured).
                        let partMeasure = measureOf(finding) ?? (finding.isPart ? measureAfterPart(finding) : nil)
                        if let m = partMeasure, m != measureOf(whole), whole.start == found?.start, perMeasure.isEmpty {
                            if measureOf(whole) == nil {
                                measuredPart = (finding, m)
                            } else if let w = measureOf(whole), ["killed", "injured"].contains(w), ["killed", "injured"].contains(m),
                                      finding.start == markerEnd || finding.isPart {
                                // "40 people were hurt, including 12 killed", "40 wounded, 12 of them
                                // killed": a part of the other of killed/injured right after the
                                // breakdown word is no part of the total's measure (phrases24: read 40
                                // injured).
                                crossedPart = (finding, m)
                            }
                        }
                        if let m = measureOf(finding), m != measureOf(whole) {
                            if measureOf(whole) == nil, whole.start == found?.start { measuredPart = (finding, m) }
                            groupTotal = finding
                        } else if partsUntil != nil, finding.start == markerEnd, let high = whole.span.high, finding.span.low > high {
                            throw .partAboveTotal(partsUntil != nil ? partMarker + " " + finding.phrase : finding.phrase, total: whole.phrase)
                        }
                    }
                    if partsUntil != nil { partHasFigure = true }
                    continue
                }
                if let first = found {
                    let taken = ([first] + perMeasure).map(measureOf)
                    // "206 civilians were killed ... out of 301 civilian casualties": the figure of
                    // the measure asked for is a part of the later one, no figure per measure. (The
                    // whole after it reads: "146 civilian casualties out of 1048 were killed" 1048.)
                    let between = first.end < finding.start ? (first.end..<finding.start) : (finding.end..<finding.end)
                    let partOfOther = measure != nil && measureOf(first) == measure && between.contains { k in
                        word(at: k).map { PhraseReader.amongWords.contains($0) } == true || (word(at: k) == "out" && word(at: k + 1) == "of")
                    }
                    if let m = measureOf(finding), !taken.contains(nil), !taken.contains(m), !partOfOther {
                        perMeasure.append(finding)
                        groupTotal = nil
                        continue
                    }
                    // "5 per 1,000", "5 deaths per 1,000 people", "5 pour 1 000", "5 لكل 1000": a
                    // rate, named as one (issue 12: it had been "more than one number").
                    if let w = word(at: finding.start - 1), PhraseReader.perWords.contains(w), finding.start - first.end <= 3 {
                        throw ParseFailure(reason: "\"" + phrase(first.start..<finding.end) + "\" is a rate (\"" + w + " "
                                           + finding.phrase + "\"), not a count: give the count")
                    }
                    // "1 in 1,000", "one out of 1,000 killed", "1 in 1,000 residents killed": a
                    // ratio, named as one (review19 C: it had been "more than one number").
                    if first.end <= finding.start, finding.start - first.end <= 3, finding.span.low > first.span.high ?? Int64.max {
                        for k in first.end..<finding.start {
                            for pieces in vocab.ratios where match(pieces, at: k) == finding.start {
                                throw ParseFailure(reason: "\"" + phrase(first.start..<finding.end) + "\" is a ratio, not a count: give the count")
                            }
                        }
                    }
                    // "per 1,000 people, 5 died": the rate's base first.
                    if let w = word(at: first.start - 1), PhraseReader.perWords.contains(w) {
                        throw ParseFailure(reason: "\"" + w + " " + first.phrase + "\" makes \"" + finding.phrase
                                           + "\" a rate, not a count: give the count")
                    }
                    // "3 killed and one more died later", "3 killed; two more died in hospital": a later
                    // death, refused as 9c9b75f refuses "another died later" (phrases27: it had been
                    // "more than one number").
                    if first.end <= finding.start, (first.end..<finding.start).contains(where: { k in
                        isPunctuation(",", at: k) || isPunctuation(";", at: k) || isPunctuation(".", at: k)
                            || word(at: k).map(vocab.andWords.contains) == true
                    }), let more = laterDeaths(after: finding) {
                        throw ParseFailure(reason: "\"" + phrase(first.start..<more) + "\" names someone besides the figure, in a clause of its own: give the total")
                    }
                    throw .twoNumbers(first.phrase, finding.phrase)
                }
                // "two houses were destroyed and 30 damaged": after a count of things, a
                // bare figure with nothing about people around it may count the same things.
                if let thing = skippedThing, thing < finding.start, !peopleAround(finding) {
                    throw .ellipsis(finding.phrase, after: skippedThingText)
                }
                // "SOHR 35, 40 killed", "(SOHR 35) 40 killed", "according to SOHR 35; 40 according
                // to the ministry": the mirror of "40 (SOHR 35)", a name's figure that opens the
                // text or a bracket, then a clause break and the figure read, up to four words
                // between (sums22: read 40 exact, the aside set aside as a designation).
                // The break may open the figure read ("SOHR 35 - 40 killed": a spaced dash, after
                // which the aside was no finding of its own).
                var before: [(end: Int, phrase: String)] = asideBefore.map { [$0] } ?? []
                for (k, aside) in asides where k < finding.start { before.append((end: k + 1, phrase: aside.phrase)) }
                if partsUntil == nil, let aside = before.first(where: { mirrors($0.end, finding.start) }) {
                    throw ParseFailure(reason: "more than one number (\"" + aside.phrase + "\" and \"" + finding.phrase
                                       + "\"): which is the figure?")
                }
                found = finding
                groupTotal = nil
                continue
            }
            if case let .skip(reason) = tokens[index].kind { noteSkipped("\"" + tokens[index].text + "\" is " + reason) }
            try rejectSign(at: index)
            index += 1
        }
        var together: String? = nil
        // "No civilians were killed or injured", "no one was killed or injured": no one of
        // either, so zero of each (phrases26, review38 R1: refused for either measure).
        var zeroOfEach = false
        if let first = found, perMeasure.isEmpty, let (a, b) = measuresTogether(first) {
            // "5 killed or wounded", "10 martyrs and wounded", "مقتل وجرح 10": one figure for two
            // measures, so it is a figure of neither (issue 12, sixth review).
            if let measure, first.span.high == 0, first.span.low == 0, measure == a || measure == b {
                // Named as the measure asked for (phrases27: it had shown "killed or injured").
                zeroOfEach = true
                together = measure
            } else {
                if let measure, Vocabulary.measureAliases.values.contains(measure) {
                    throw ParseFailure(reason: "\"" + phrase(first.start..<min(first.end + 3, tokens.count)) + "\" counts "
                                       + a + " and " + b + " together, not " + measure + " alone: give the figure of " + measure)
                }
                together = a + " or " + b
            }
        }
        if let first = found, !perMeasure.isEmpty {
            found = try pick(from: [first] + perMeasure)
            // "At least 20 casualties ..., and more than 30 killed and wounded in the city", "About
            // 30 people killed and injured ..., and ... about 40 wounded" (headlines2: UCDP
            // headlines read 31+ and ~30 for killed): the figure picked for its measure may count
            // another fate with it.
            if let picked = found, let measure, measure == "killed" || measure == "injured", measureOf(picked) == measure,
               let (words, other, range) = fateJoinedToMeasure(picked, measure: measure) ?? fateListedWithMeasure(picked, measure: measure) {
                throw ParseFailure(reason: "\"" + phrase(range) + "\" counts " + measure + " and " + Vocabulary.describe(measure: other)
                                   + " together, not " + measure + " alone (\"" + words + "\"): give the figure of " + measure + " alone")
            }
        } else if let first = found, let measure, !zeroOfEach, Vocabulary.measureAliases.values.contains(measure) {
            // "5 killed" read for injured, "1200 refugees" or "3 otages libérés" for killed: the
            // text says what its figure counts, and it is another measure. Two measure words
            // around it that disagree and neither is the one asked for ("freed 12 hostages" for
            // killed) are refused too.
            // "1,506 civilian victims were recorded, including 549 people killed" read for killed
            // (sums22: read 1,506): a figure that names no measure, with a part that names the
            // one asked for, counts more than that measure (victims, people hurt or killed).
            // (A part naming another measure is left: "al menos seis personas perecieron, entre
            // ellas un miembro …, y otras once fueron heridas" reads its others as a part.)
            if measureOf(first) == nil, let part = measuredPart, part.measure == measure {
                throw ParseFailure(reason: "\"" + first.phrase + "\" holds \"" + part.finding.phrase + "\" " + part.measure
                                   + ", so it counts more than " + measure + ": give the figure of " + measure)
            }
            // "40 people, including 12 killed" read for injured (stop33): the total holds people
            // of another measure, so it is no count of the one asked for.
            // ("y otras once fueron heridas" is a group of its own, not a part: phrases.tsv 1646.)
            // Any measure of the tables asked for: "40 people, including 12 killed" is no count
            // of displaced either (phrases24).
            if measureOf(first) == nil, let part = measuredPart, part.measure != measure,
               Vocabulary.measureAliases.values.contains(part.measure),
               !(word(at: part.finding.start - 1).map { vocab.othersWords.contains($0) } ?? false),
               !(word(at: part.finding.figureEnd).map { vocab.othersWords.contains($0) } ?? false) {
                throw ParseFailure(reason: "\"" + first.phrase + "\" holds \"" + part.finding.phrase + "\" " + part.measure
                                   + ", so it is no count of " + measure + " alone: give the figure of " + measure)
            }
            // "40 people were hurt, including 12 killed" read for injured (phrases24): the 40
            // holds the dead, so it is no count of injured.
            if let part = crossedPart, let named = measureOf(first), named == measure {
                throw ParseFailure(reason: "\"" + phrase(measureSpan(first)) + "\" holds \"" + part.finding.phrase + "\" " + part.measure
                                   + ", so it is no count of " + measure + " alone: give the figure of " + measure)
            }
            // fates5 (review47 S11, S13): a label of killed and injured together before the
            // figure ("wounded or killed: 12", "casualties (dead and injured): 12", "casualty
            // tally: 12" read 12 killed).
            if measure == "killed" || measure == "injured", let label = labelCountsTogether(first, measure: measure) {
                let casualties = label.counts == "casualties"
                throw ParseFailure(reason: "\"" + phrase(label.range) + "\" counts " + (casualties ? "casualties (killed and injured together)" : label.counts)
                                   + ", not " + measure + (casualties ? "" : " alone") + " (\"" + label.words + "\"): give the figure of " + measure
                                   + (casualties ? " alone, or read it for --measure casualties" : " alone"))
            }
            // fates5 (review47 S4, decided): victims in French, Spanish and Arabic news are
            // most often the dead and the injured together ("12 victimes", "le bilan des
            // victimes s'élève à 12", "12 víctimas", "ارتفاع حصيلة الضحايا إلى 12", "le bilan
            // humain s'élève à 12" read 12 killed): without a death word tied to them, no
            // figure of the dead alone nor of the hurt alone.
            // fates6 (review49 F5, silent): losses said as a noun ("the army suffered losses of
            // 12 soldiers", "ISIS's losses reached 12 fighters", "les pertes de l'armée s'élèvent
            // à 12 soldats", "12 soldiers lost in the attack") read 12 killed while "the army
            // lost 12 soldiers" is refused as losses: the same figure, refused the same.
            if measure == "killed" || measure == "injured", let loss = lossNounOfPeople(first) {
                throw ParseFailure(reason: "\"" + phrase(loss.range) + "\" counts a group's losses (\"" + loss.word
                                   + "\": killed, wounded, captured and deserted together), not " + measure
                                   + ": give the figure of " + measure + (measure != "killed" ? "" : "; if the source means killed, write \""
                                   + (peopleHead(after: first).map { phrase(first.start..<($0 + 1)) } ?? phrase(first.start..<first.end)) + " killed\""))
            }
            if measure == "killed" || measure == "injured", measureOf(first) == nil || measureOf(first) == "casualties",
               !(measure == "killed" && victimsBuried(first)),
               let v = victimsWithoutDeath(first) {
                throw ParseFailure(reason: "\"" + phrase(v.range) + "\" counts victims (\"" + v.word + "\"), in French, Spanish and Arabic news"
                                   + " most often the dead and the injured together, not " + measure + " alone: give the figure of " + measure
                                   + (measure == "killed" ? " (\"12 victimes décédées\", \"12 muertos\", \"12 قتيلا\")" : "")
                                   + ", or read it for --measure casualties")
            }
            let (before, after) = measuresAround(first)
            let named = measureOf(first) ?? (before != nil && after != nil && before != measure && after != measure ? before! + " or " + after! : nil)
            // "no casualties" is no one killed and no one injured (phrases26).
            let zeroOfCasualties = named == "casualties" && first.span.high == 0 && first.span.low == 0
                && (measure == "killed" || measure == "injured")
            // Named as the measure asked for (phrases27).
            if zeroOfCasualties { together = measure }
            // fates6 (review49 F11): "12 displaced people killed in airstrike on camp", "12
            // fleeing civilians killed": the other fate is an adjective of the people.
            let asideFate = fateAfterAside(first)
            if let named, named != measure, !zeroOfCasualties, !(named == "casualties" && casualtiesAllOf(first, measure: measure)),
               asideFate != measure {
                // The words quoted run to the measure word that says it (phrases17: "22" counts
                // killed quoted the figure alone, not "los muertos").
                throw ParseFailure(reason: "\"" + phrase(measureSpan(first)) + "\" counts " + Vocabulary.describe(measure: named) + ", not " + measure)
            }
            // "More than 11 Asayish members killed and wounded", "About 50 killed and wounded by
            // bombardment", "6 killed and wounded by Suicide attack" read for killed (headlines2:
            // 21 UCDP headlines, exit 0): the measure word the figure's own is joined by "and"/"or"
            // to another fate's, so the figure counts both together.
            if measure == "killed" || measure == "injured", measureOf(first) == measure,
               let (words, other, range) = fateJoinedToMeasure(first, measure: measure) ?? fateListedWithMeasure(first, measure: measure) {
                throw ParseFailure(reason: "\"" + phrase(range) + "\" counts " + measure + " and " + Vocabulary.describe(measure: other)
                                   + " together, not " + measure + " alone (\"" + words + "\"): give the figure of " + measure + " alone")
            }
            if measure == "killed" || measure == "injured", measureOf(first) == nil, asideFate != measure,
               let other = otherOutcome(first, measure: measure) {
                // "1200 refugees", "3 otages libérés", "12 people were saved" read for killed
                // (review12b, review12c): the words say what the figure counts (phrases6's
                // outcomes list, for what the measure words do not name).
                throw ParseFailure(reason: "\"" + phrase(first.start..<other.end) + "\" counts " + other.word + ", not " + measure)
            }
            // "17 members of the police were wounded", "the SDF kill and detain 16 persons",
            // "After the death and the injury of about 35 citizens" read for killed (headlines1:
            // each read its figure as killed, exit 0): the clause names the figure's fate past
            // the few words the tie above reaches (Fates.swift).
            if measure == "killed" || measure == "injured", measureOf(first) == nil, first.span.high != 0, asideFate != measure,
               let fate = clauseFate(first, measure: measure) {
                if fate.counts.hasSuffix(" together") {
                    throw ParseFailure(reason: "\"" + phrase(fate.range) + "\" counts " + fate.counts + ", not " + measure
                                       + " alone (\"" + fate.word + "\"): give the figure of " + measure)
                }
                // "casualties (killed and injured together)": the measure is its first word.
                let counted = fate.counts.hasPrefix("casualties") ? "casualties" : fate.counts
                let other = Vocabulary.measureAliases.values.contains(fate.counts) || counted == "casualties"
                    ? ", or read it for --measure " + counted : ""
                throw ParseFailure(reason: "\"" + phrase(fate.range) + "\" counts " + fate.counts + " (\"" + fate.word + "\"), not "
                                   + measure + ": give the figure of " + measure + other)
            }
            // dest26 (issue 12, silent): a word of a death that governs the figure and that the clause's
            // fate does not take ("the slaughter of 13 people" read 13 under injured, exit 0; dest25 kept
            // "slaughter" out of ``deathWords``, where it turned killed readings) counts killed.
            if measure == "injured", measureOf(first) == nil, first.span.high != 0, asideFate != measure,
               let dead = killedWordOfFigure(first) {
                throw ParseFailure(reason: "\"" + phrase(dead.range) + "\" counts killed (\"" + dead.word + "\"), not injured: give the figure of injured, "
                                   + "or read it for --measure killed")
            }
        }
        // `--measure members "5 killed"`, `incidents "5 dead"`, `refugees "12 injured"`,
        // `fighters "5 killed"` (stop 38: each read 5, exit 0; in data a membership row of "5
        // killed" added 5 members): a measure of no table that is KNOWN to count something
        // else takes no figure the text's words give to a measure of the tables. Known: its
        // words name other measures of the tables (`idp_caseload`: displaced), it is a stock
        // (a standing size: ``MeasureCatalog/stockWord(in:)``) or a count of events
        // (`incidents`, `attacks`). A name tally does not know (GTD's `nkill`, UCDP BRD's
        // `bd_best`, `kia`, `mortality`, `homicides`, `body_count`: review43 R3) is the user's
        // word for what the text counts and takes its figure, as before.
        //
        // measures9 (review44 N1, silent): the fate the figure's clause names counts too where
        // no measure word stands beside it (`--measure members "300 fighters defected"` read
        // 300 members, its column "surrendered", exit 0; `"5,000 members who joined"` 5,000
        // members, "recruited"): a size of a group is no count of people who left or joined
        // it. A besieged place names no fate of the people counted ("in besieged Ghouta").
        if let first = found, let measure, !zeroOfEach, measure != "casualties",
           !Vocabulary.measureAliases.values.contains(measure),
           // tie3 (review45 S1): the clause's fate only where its word is tied to the figure
           // ("ISIS has 5,000 members and has killed civilians" had been refused as killed).
           let named = measureOf(first) ?? clauseMeasure(first).flatMap({ $0 == "besieged" || !fateWordTied(first) ? nil : $0 }) {
            let own = Vocabulary.measuresNamed(byName: measure)
            // dest24 (issue 12, needless refusal): an escape across a border is a flight into exile
            // ("5,000 people escaped into Chad", "escaped and crossed into Chad" were refused under
            // refugees as "counts escaped"); an escape with no such destination still is no figure
            // of refugees (a jailbreak, "escaped the attack").
            let escapedAcross = named == "escaped" && PhraseReader.displacementKind(ofMeasure: givenMeasure ?? measure) == "refugees"
                && escapedFromCustody(first) == nil && escapeAcrossBorder(first)
            let fits = own.contains(named) || (own.contains("casualties") && (named == "killed" || named == "injured")) || escapedAcross
            let countsOther = !own.isEmpty || MeasureCatalog.builtInStocks.contains(measure)
                || MeasureCatalog.stockWord(in: measure) != nil || Vocabulary.countsEvents(measure)
            if !fits && countsOther {
                // A fate of the clause is quoted up to its word ("300 fighters defected").
                if measureOf(first) == nil, let at = (first.end ..< min(tokens.count, first.end + 14)).first(where: { fateMeasure(at: $0) == named }) {
                    throw ParseFailure(reason: "\"" + phrase(first.start..<(at + 1)) + "\" counts " + Vocabulary.describe(measure: named)
                                       + " (\"" + tokens[at].text + "\"), not " + measure + ": it is no figure of " + measure)
                }
                throw ParseFailure(reason: "\"" + phrase(measureSpan(first)) + "\" counts " + Vocabulary.describe(measure: named) + ", not " + measure)
            }
        }
        // review43 S3 (silent): a figure whose verb gives its people another fate than the
        // measure asked for counts that fate: `--measure refugees "5 refugees drowned"`,
        // `displaced "5,000 people returned home"`, `kidnapped "5 kidnapped people were freed"`
        // ("5 secuestrados fueron liberados", "5 réfugiés se sont noyés") each read 5. The
        // first verb after the people settles it ("5 people were kidnapped and later freed"
        // counts the kidnapped: their release is a later event of the same people), or a verb
        // of a fate just before the figure ("the army freed 5 hostages"). A text of one
        // figure per measure ("5 dead 3 wounded") has tied its figure to the measure asked
        // already: the word before that figure is the tail of another's ("dead").
        if let first = found, let measure, !zeroOfEach, perMeasure.isEmpty, case let asked = PhraseReader.fatesAsked(by: measure), !asked.isEmpty,
           let fate = fateOfPeople(first) ?? deathInjuryOrArrestOfPeople(first),
           // dest24 (issue 12, silent): an escape is a flight of the displaced only when it says one (a
           // destination, "escaped the fighting"): "5 people escaped the attack", "5,000 people
           // escaped" read 5 and 5,000 under idps.
           !PhraseReader.fateFits(fate.measure, asked: asked, measure: measure)
            // (an escape from custody is named by its own check below)
            || fate.measure == "escaped" && !asked.contains("escaped") && !PhraseReader.fatesNamedByWords(measure).contains("escaped") && escapedFromCustody(first) == nil
                && !(PhraseReader.displacementKind(ofMeasure: measure) == "refugees" ? escapeAcrossBorder(first) : escapeIsFlight(first)),
           // "No one escaped injury": a zero's escape is weighed by the checks of the zero.
           !(fate.measure == "escaped" && first.span.high == 0) {
            throw ParseFailure(reason: "\"" + phrase(fate.span) + "\" gives its people another fate (" + fate.word + ": "
                               + PhraseReader.describeFate(fate.measure) + "), not " + measure + ": it is no figure of " + measure)
        }
        // dest25 (issue 12, silent): a noun of the dead that governs the figure or that it counts
        // ("the massacre of 13 people from Afrin", "13 bodies", "matanza de 13 personas") read 13
        // under refugees, idps and displaced: the figure counts killed (Destinations25.swift). After the
        // checks above, which name the other measures' words in their own wording.
        if let first = found, let measure, !zeroOfEach, PhraseReader.isDisplacedMeasure(measure),
           let dead = killedWordOfFigure(first) {
            throw ParseFailure(reason: "\"" + phrase(dead.range) + "\" counts " + Vocabulary.describe(measure: "killed")
                               + " (\"" + dead.word + "\"), not " + measure + ": it is no figure of " + measure)
        }
        // fates2 (silent): `--measure members "300 fighters defected"` (deserted, joined, were
        // recruited, left the group, surrendered; "ont fait défection", "desertaron", "انشقوا")
        // read 300: a flow into or out of the group, another measure, is no figure of its size.
        if let first = found, let measure, !zeroOfEach, perMeasure.isEmpty, PhraseReader.peopleKinds(ofMeasure: measure).contains("a group's members"),
           MeasureCatalog.builtInStocks.contains(MeasureCatalog.canonicalName(measure)) || MeasureCatalog.stockWord(in: measure) != nil,
           let flow = groupFlow(first) ?? fateOfPeople(first).map({ (fate: $0.measure, word: $0.word, span: $0.span) }),
           !PhraseReader.fatesNamedByWords(measure).contains(flow.fate) {
            throw ParseFailure(reason: "\"" + phrase(flow.span) + "\" counts people who " + PhraseReader.describeGroupFlow(flow.fate) + " (\""
                               + flow.word + "\"), a flow of another measure, not " + measure + ": it is no figure of the group's size; give the figure of " + measure)
        }
        // review43 item 3 (silent): a noun of people of another stock or population after the
        // figure (`--measure idps "5,000 members"`, `refugees "300 fighters"`) counts them, not
        // the measure asked for; people of the same kind read (`members "300 fighters"`,
        // `idps "5,000 refugees"`).
        if let first = found, let measure, !zeroOfEach, perMeasure.isEmpty, measureOf(first) == nil, fateOfPeople(first) == nil {
            let askedKinds = PhraseReader.peopleKinds(ofMeasure: measure)
            if !askedKinds.isEmpty, let (w, kind, at) = peopleKindAfter(first), !askedKinds.contains(kind) {
                throw ParseFailure(reason: "\"" + phrase(first.start..<(at + 1)) + "\" counts " + w + " (" + kind + "), not " + measure)
            }
        }
        // fates5 (review47 S2, silent): a figure whose people's verb is another act (protest,
        // condemnation, deployment, search) counts the people who did it, whatever befell
        // others: `killed "5,000 demonstrators denounced the killing"`, "5,000 soldiers were
        // deployed after the killing", "5,000 troops were deployed" read 5,000 killed.
        if let first = found, let measure, !zeroOfEach, perMeasure.isEmpty, let fits = PhraseReader.fatesCounted(by: measure) {
            if let act = actInsteadOfFate(first, fits: fits)
                // fates6 (review49 F13, F6, F7): the active voice, other acts and presence.
                ?? otherActOfPeople(first, fits: fits) {
                throw ParseFailure(reason: "\"" + phrase(act.range) + "\" counts people who did something else (\"" + act.word + "\"), not "
                                   + measure + ": give the figure of " + measure)
            }
            // The figure's people killed someone: they are the killers ("three gunmen killed a
            // policeman"), not the killed.
            if let act = killersOfPeople(first, fits: fits) {
                // The verb in the sentence only when it is English ("who killed someone"); another
                // language's ("who blessé someone") is said in English words.
                let english = act.word.unicodeScalars.allSatisfy(\.isASCII)
                    && (act.word.hasSuffix("ed") || act.word.hasSuffix(" dead") || act.word.hasSuffix(" down") || ["shot", "slew", "slain", "hit"].contains(act.word))
                throw ParseFailure(reason: "\"" + phrase(act.range) + "\" counts the people who " + (english ? act.word : "killed or wounded") + " someone (the figure is the subject of \""
                                   + act.word + "\"), not the " + measure + ": give the figure of " + measure)
            }
            // fates7 (review50 F2, F9 twins): the figure's people as the agent of a passive ("the
            // city is held by 5,000 fighters", "a policeman was killed by 3 gunmen"), people who
            // moved or served ("5,000 migrants crossed the border", "5,000 peacekeepers serve in
            // the mission"), and killers in a voice that can only be active ("12 soldats ont tué",
            // "12 pistoleros mataron a un policía", "12 مسلحا قتلوا المحافظ"): each read as the killed.
            if let act = agentOfPassive(first, fits: fits) {
                throw ParseFailure(reason: "\"" + phrase(act.range) + "\" counts the people who did it (the figure is the agent of \""
                                   + act.word + "\"), not " + measure + ": give the figure of " + measure)
            }
            if let act = activeKillersOfPeople(first, fits: fits) {
                throw ParseFailure(reason: "\"" + phrase(act.range) + "\" counts the people who killed or wounded (the figure is the subject of \""
                                   + act.word + "\"), not the " + measure + ": give the figure of " + measure)
            }
            if let act = movementOfPeople(first, fits: fits) {
                throw ParseFailure(reason: "\"" + phrase(act.range) + "\" counts people who did something else (\"" + act.word + "\"), not "
                                   + measure + ": give the figure of " + measure)
            }
        }
        // fates3 (review45 S7, silent): refugees crossed a border, the internally displaced did
        // not (`--measure idps "5,000 refugees"`, "5,000 refugees fled to Turkey", "5,000
        // réfugiés", "5000 لاجئ" read 5,000 idps; `refugees "5,000 IDPs"`, "5,000 internally
        // displaced" 5,000 refugees). A figure that names the other kind is refused naming it,
        // as a measure of civilians refuses soldiers. "Displaced" alone names neither and reads
        // under both (the column says which; docs/estimates.md).
        // The name as given: `idps` asks for the table's `displaced`.
        if let first = found, let asking = givenMeasure ?? measure, !zeroOfEach, perMeasure.isEmpty,
           let asked = PhraseReader.displacementKind(ofMeasure: asking),
           let (w, kind, at) = displacementKindsNamed(first).first(where: { $0.1 != asked }),
           // dest17 (review55 F16): "displaced internally and across borders" names both sides.
           insideAndOutside(first) == nil {
            // "internally displaced", "asylum seekers" are quoted whole.
            let last = word(at: at + 1).map({ PhraseReader.peopleKindWords[$0] != nil || $0 == "seekers" }) == true ? at + 1 : at
            let span = at < first.start ? at..<first.end : first.start..<(last + 1)
            let named = last > at ? phrase(at..<(last + 1)) : w
            throw ParseFailure(reason: "\"" + phrase(span) + "\" counts " + named + " (" + PhraseReader.describeDisplacementKind(kind) + "), not "
                               + asking + " (" + PhraseReader.describeDisplacementKind(asked) + "): give the figure of " + asking)
        }
        // fates5 (review47 S10, silent): the verb's destination says the kind of the displaced
        // as the nouns do (`idps "5,000 fled to Turkey"`, "5,000 fled across the border",
        // "5000 personnes ont fui vers le Tchad", "5000 شخص فروا إلى تركيا" read 5,000 idps;
        // `refugees "5,000 displaced within Syria"`, "5,000 fled within the country" 5,000
        // refugees). After the nouns' check: a noun says it first. A place that is not a country ("fled to Idlib") says neither.
        if let first = found, let asking = givenMeasure ?? measure, !zeroOfEach, perMeasure.isEmpty,
           let asked = PhraseReader.displacementKind(ofMeasure: asking),
           let dest = displacementDestination(first), dest.kind != asked {
            // phrases9 (silent): "5,000 people fled, including 2,000 to Chad" read 5,000 idps.
            if dest.kind == "part" {
                // dest24 (issue 12, message): "within and beyond Khartoum state" says beyond a place that
                // is no country, which may be inside the country: that only part crossed overstated it.
                if let b = beyondNoCountry(dest.words) {
                    throw ParseFailure(reason: "\"" + phrase(dest.range) + "\" says only part of the people may have crossed a border, perhaps none (\""
                                       + phrase(dest.words) + "\": \"" + phrase(b) + "\" may be inside the country or across a border), so the figure is "
                                       + "neither all " + asking + " nor only a part: give the figure of " + asking + " alone")
                }
                throw ParseFailure(reason: "\"" + phrase(dest.range) + "\" says only part of the people crossed a border (\"" + phrase(dest.words)
                                   + "\"), so the figure is neither all " + asking + " nor only the part: give the figure of " + asking + " alone")
            }
            // dest24 (issue 12, silent): a phrase between the verb and a destination abroad that may
            // be a place in lower case ("5,000 people fled in tawila and into chad" read 5,000 refugees).
            if dest.kind == "unplaced" {
                throw ParseFailure(reason: "\"" + phrase(dest.range) + "\" has \"" + phrase(dest.words) + "\" before a destination across a border, "
                                   + "and whether \"" + phrase(dest.words) + "\" names a place (where some of the people may have stayed) or says how or "
                                   + "when they fled cannot be told: write a place's name with a capital (\"in Tawila\"), or give the figure of " + asking + " alone")
            }
            // phrases12 (review52 F9, silent): "5,000 displaced Lebanese and Syrians in
            // Lebanon", "5,000 displaced Syrians in Lebanon and Syria" read whole under both.
            // dest15 (review54 F12, silent): "5,000 people fled, mainly within Darfur", "mainly to
            // Tawila", "a third of them to Tawila" read 5,000 under idps.
            if dest.kind == "partInside" {
                throw ParseFailure(reason: "\"" + phrase(dest.range) + "\" says where only part of the people went (\"" + phrase(dest.words)
                                   + "\"), so the figure is neither all " + asking + " nor only the part: give the figure of " + asking + " alone")
            }
            if dest.kind == "mixed" {
                throw ParseFailure(reason: "\"" + phrase(dest.range) + "\" counts people in their own country (idps) and people of another "
                                   + "country who crossed a border (refugees) in one figure (\"" + phrase(dest.words) + "\"), so it is neither all "
                                   + asking + ": give the figure of each")
            }
            // dest17 (review55 F14): "fled to neighbouring states".
            if dest.kind == "either" {
                throw ParseFailure(reason: "\"" + phrase(dest.range) + "\" may name other countries or the country's own states (\"" + phrase(dest.words)
                                   + "\"), so whether the people crossed a border (refugees) or not (idps) cannot be told: give the figure of "
                                   + asking + " with the countries or the places named")
            }
            // dest18 (review56 F4, silent): "5000 people displaced in Sudan and in Chad".
            if dest.kind == "countries" {
                throw ParseFailure(reason: "\"" + phrase(dest.range) + "\" puts the people in more than one country (\"" + phrase(dest.words)
                                   + "\"), so whether they crossed a border (refugees) or are displaced inside their own (idps) cannot be told: give the figure of "
                                   + asking + " for each country")
            }
            // dest21 (issue 12, silent): "5000 people displaced in Darfur, Chad" read 5,000 under both.
            if dest.kind == "placeOrList" {
                throw ParseFailure(reason: "\"" + phrase(dest.range) + "\" names a place and a country with only a comma between (\"" + phrase(dest.words)
                                   + "\"): a place in that country or a list of places on both sides of a border cannot be told apart, so whether the people "
                                   + "crossed a border (refugees) or not (idps) cannot be told: give the figure of " + asking + " with the place alone, or for each country")
            }
            if dest.kind == "unknown" {
                throw ParseFailure(reason: "\"" + phrase(dest.words) + "\" names a town with its country but not where the people came from, so whether "
                                   + "they crossed a border (refugees) or stayed inside the country (idps) cannot be told: say where they fled from "
                                   + "(\"fled Sudan to Adré, Chad\"), or give the town alone if they stayed inside (\"fled to Maiduguri\")")
            }
            throw ParseFailure(reason: "\"" + phrase(dest.range) + "\" counts " + (dest.kind == "refugees" ? "refugees" : "idps") + " ("
                               + PhraseReader.describeDisplacementKind(dest.kind) + ": \"" + phrase(dest.words) + "\"), not " + asking + " ("
                               + PhraseReader.describeDisplacementKind(asked) + "): give the figure of " + asking)
        }
        // flee8 (review50, design): Arabic نازح/نزح (displaced) says the internally displaced,
        // as English "IDPs" does (`refugees "5000 نازح"`, "نزح 5000 شخص" read 5,000 refugees while
        // "5,000 IDPs" is refused): under a measure of refugees it is refused unless its
        // destination is across a border ("نزح 5000 شخص إلى تركيا" reads; the check above read it).
        if let first = found, let asking = givenMeasure ?? measure, !zeroOfEach, perMeasure.isEmpty,
           PhraseReader.displacementKind(ofMeasure: asking) == "refugees", let at = arabicDisplacedWord(first),
           displacementDestination(first) == nil {
            let span = at < first.start ? at..<first.end : first.start..<(at + 1)
            throw ParseFailure(reason: "\"" + phrase(span) + "\" counts idps (" + PhraseReader.describeDisplacementKind("idps") + ": \""
                               + (tokens[at].word ?? "") + "\" with no destination across a border), not " + asking + " ("
                               + PhraseReader.describeDisplacementKind("refugees") + "): give the figure of " + asking)
        }
        // phrases9 (silent): under a measure of the displaced, the figure's people as the
        // subject of an active verb of killing are the killers (`idps "12 soldados mataron a un
        // policía"` read 12).
        if let first = found, let asking = givenMeasure ?? measure, !zeroOfEach, perMeasure.isEmpty,
           Vocabulary.measuresNamed(byName: asking).contains("displaced"),
           let act = activeKillersOfPeople(first, fits: { $0 == "killed" || $0 == "injured" }) {
            throw ParseFailure(reason: "\"" + phrase(act.range) + "\" counts the people who killed or wounded (the figure is the subject of \""
                               + act.word + "\"), not " + asking + ": give the figure of " + asking)
        }
        // phrases10 (issue 12, silent): under a measure of the displaced, people held who fled
        // or escaped are a jailbreak's escapees, not displaced people (`idps "3 prisoners
        // fled"`, "12 détenus ont fui", "12 prisioneros huyeron", "فر 3 سجناء" read 3 and 12).
        if let first = found, let asking = givenMeasure ?? measure, !zeroOfEach, perMeasure.isEmpty,
           Vocabulary.measuresNamed(byName: asking).contains("displaced"), let esc = escapedFromCustody(first) {
            throw ParseFailure(reason: "\"" + phrase(esc.range) + "\" counts people held who escaped from custody or captivity (\"" + esc.verb
                               + "\": an escape), not displaced people: it is no figure of " + asking + "; give the figure of " + asking)
        }
        // review44 S1 (silent): a bare figure of a group's size under a measure of deaths or
        // injuries (`--measure killed "5,000 members"`, and a data row of killed reading
        // "5,000 members": 5,000 killed, exit 0). Members, supporters, a force's strength are
        // what a group holds, not what an event did to them. Nouns of people also counted per
        // event (soldiers, fighters, civilians) read as before: a killed column's "12 soldiers"
        // counts 12 soldiers killed.
        // tie3 (review45 S1, S2, silent): a word of the measure must be TIED to the figure (its
        // noun phrase, its governing verb or noun, the predicate of its clause: Fates.swift
        // ``tiedFate(_:)``), not stand anywhere in the text: "ISIS has 5,000 members and has
        // killed civilians", "5,000 members of the group that killed the governor", "5,000
        // supporters attended the funeral of those killed" had read 5,000 killed. "9 members
        // killed", "the attack kills 9 members at least", "20 members of the regime forces killed
        // during the attack", "17 members of the police were wounded" read. The nouns: a group's
        // size after the figure or before it ("the group's strength is 5,000", "membership of
        // 5,000", "a 5,000-strong group", "5,000 loyalists", "5000 عنصر"), a crowd ("5,000
        // mourners"), or a figure whose verb is a crowd's ("5,000 people attended the funeral").
        if let first = found, let measure, !zeroOfEach, perMeasure.isEmpty, measureOf(first) == nil, fateOfPeople(first) == nil,
           let fits = PhraseReader.fatesCounted(by: measure) {
            // fates4 (review47 S6, silent since a006854): "ISIS lost 5,000 members", "has lost
            // 5,000 fighters", "a perdu 5000 combattants", "خسر التنظيم 5000 عنصر" read 5,000
            // killed: what a group loses is its losses (killed, wounded, captured and deserted
            // together), also in a battle ("lost 5,000 fighters in the battle"); "lost their
            // lives" is a death, "5,000 fighters lost ... were killed" keeps its tied verb.
            if let (_, range) = lossOfPeople(first), !(predicateFate(after: afterPeople(first)).map { fits($0.measure) } ?? false) {
                // fates6 (review49 F4): the message says how to give the figure of the dead.
                let people = peopleHead(after: first).map { phrase(first.start..<($0 + 1)) } ?? phrase(first.start..<first.end)
                throw ParseFailure(reason: "\"" + phrase(range) + "\" counts the people a group lost (its losses: killed, wounded, captured and deserted together), not "
                                   + measure + ": give the figure of " + measure + (measure == "killed" ? "; if the source means killed, write \"" + people + " killed\"" : ""))
            }
            // fates4 (review47 S5, silent): "of its 5,000 fighters, many were killed", "the death
            // toll among the group's 5,000 fighters rose": the figure is the whole, a part of it died.
            if !(tiedFate(first).map(fits) ?? false), let range = partitiveWhole(first) {
                throw ParseFailure(reason: "\"" + phrase(range) + "\" counts a whole group, of which the text says a part was " + measure
                                   + ": give the figure of " + measure + " alone")
            }
            // Refused only when the text also shows its fate words stand elsewhere (none at all,
            // a crowd's verb, or each a verb with an object of its own or an event in time):
            // the tie alone missed real headlines whose people run past quotes, apostrophes and
            // asides ("18 members from the “Islamic state” killed in ...", "13 members of Iran's
            // elite force killed", "17 members of ..., including a commander were killed":
            // 44 of 3,812 UCDP headlines read at 49f8f59 and were refused by a006854).
            if !(tiedFate(first).map(fits) ?? false), fateWordsStandElsewhere(first) {
                // The example in the measure's own word (review45 N1: "(… killed)" under injured).
                let own = Vocabulary.measuresNamed(byName: measure)
                let example = own.contains("injured") ? "wounded" : own.contains("casualties") ? "killed or wounded" : "killed"
                if let (w, range) = groupSizeNoun(first) {
                    let crowd = PhraseReader.crowdNouns.contains(w.lowercased())
                    let after = range.lowerBound == first.start
                    // fates4 (review47 N2, N3): "counts X" names people counted, in English
                    // ("members", "mourners"); another word ("strength", "numbering", "عنصرا",
                    // "membres") is quoted after what it counts. The example is given for an
                    // English phrase only, whole (no bracket of the text cut in two).
                    let quoted = phrase(range)
                    let english = quoted.unicodeScalars.allSatisfy { $0.isASCII } && !quoted.contains("(") && !quoted.contains(")")
                    let lw = w.lowercased()
                    let named = english && (PhraseReader.groupSizeWords.contains(lw) || PhraseReader.moreGroupSizeWords.contains(lw) || crowd)
                        && lw.unicodeScalars.allSatisfy({ $0.isASCII })
                        && !["strength", "membership", "headcount", "manpower", "force", "forces", "numbers", "number", "size", "ranks",
                             "army", "militia", "strong", "man", "men", "member"].contains(lw)
                    let what = crowd ? (named ? w : "a crowd, \"" + w + "\"") + " (people at a funeral or a rally)"
                        : (named ? w : "the people a group holds, \"" + w + "\"") + " (the size of a group)"
                    throw ParseFailure(reason: "\"" + quoted + "\" counts " + what
                                       + ", not " + measure + ": give the figure of " + measure
                                       + (after && named ? " (\"" + quoted + " " + example + "\")" : ""))
                }
                // fates4 (review47 S12, silent): people standing where they are or held ("5,000
                // fighters are active in the area", "remain in the area", "are still at large",
                // "under its command", "in its ranks") are a group's size.
                if let (w, range) = presenceOfPeople(first) {
                    throw ParseFailure(reason: "\"" + phrase(range) + "\" counts people a group has where they are, \"" + w
                                       + "\" (the size of a group), not " + measure + ": give the figure of " + measure)
                }
                let (k, _, _) = predicate(after: afterPeople(first))
                if let w = word(at: k), PhraseReader.crowdVerbs.contains(w) {
                    throw ParseFailure(reason: "\"" + phrase(first.start..<(k + 1)) + "\" counts people who took part (\"" + tokens[k].text
                                       + "\"), not " + measure + ": give the figure of " + measure)
                }
            }
        }
        // `--measure casualties "No one was hurt"`, "No deaths were reported": a zero of the
        // injured alone or of the dead alone says nothing of the other, so it is no zero of
        // casualties (review41 S4: read 0). "No one was killed or injured" is a zero of both.
        // Decided (phrases30, review42 S5): a figure of the dead alone or of the hurt alone is
        // no figure of casualties either ("3 killed" had read exactly 3 casualties, "5 injured"
        // 5): the text says nothing of the other, and a floor would publish 3 as the best.
        if let first = found, measure == "casualties", perMeasure.isEmpty, together == nil,
           // fates5: "12 killed-wounded", "12 killed (including wounded)" name both.
           fateListedWithMeasure(first, measure: "killed") == nil, fateListedWithMeasure(first, measure: "injured") == nil {
            let (before, after) = measuresAround(first)
            if let named = measureOf(first) ?? before ?? after, named == "killed" || named == "injured" {
                throw ParseFailure(reason: "\"" + phrase(measureSpan(first)) + "\" counts " + named + ", not casualties"
                                   + (first.span.high == 0 && first.span.low == 0 ? "" : " (killed and injured together): the text says nothing of the "
                                      + (named == "killed" ? "injured" : "killed") + ": give the figure of casualties, or read it for --measure " + named))
            }
        }
        // "The number of villages ... rises to 34", "raising to about 410, the number of
        // shells": a figure with nothing about people around it, in a text that names
        // things it could count, is not taken.
        if let found, !peopleAround(found), let thing = thingNamed(outside: found) {
            throw .ellipsis(found.phrase, after: thing)
        }
        // "Um dos mortos era uma criança", "Einer der Toten war ein Kind": one of the dead,
        // with no figure or a figure after it in its sentence, is a part (review21: refused as
        // no number, or read 1 from "ein Kind").
        if let r = oneOfTheDead(), found.map({ $0.start >= r.lowerBound && !endsSentence(between: r.upperBound, and: $0.start) }) ?? true {
            throw .partOnly(phrase(r))
        }
        // Before the unknown-word refusal: what stands around the figure is the more
        // specific reason ("die Hälfte der 300").
        if let found { try checkSurroundings(found) }
        if let found, let w = found.unknownWordBefore {
            throw .unknownWord(w, figure: phrase(found.start..<found.figureEnd))
        }
        if let found, let w = try unknownWordAfter(found) {
            throw .unknownWord(w, figure: phrase(found.start..<found.figureEnd))
        }
        guard let found else {
            // "No civilians were killed or injured" (review38 R1): with no other figure in the
            // text, "no" before people is zero; read again so (phrases26).
            if !noPeopleZero, tokens.indices.contains(where: noPeople(at:)) {
                let again = PhraseReader(tokens: givenTokens, vocabulary: vocab, measure: givenMeasure)
                again.noPeopleZero = true
                let estimate = try again.estimate()
                measureNamed = again.measureNamed
                return estimate
            }
            if let word = firstSizelessWord() { throw .noNumber(vagueWord: word) }
            if !skipped.isEmpty { throw .noNumber(skipped: skipped) }
            if let numerals = HanWords.numerals(in: tokens) {
                throw ParseFailure(reason: "no number in digits (\"" + numerals
                    + "\" is written in Chinese numerals, which tally does not read: write the figure in digits)")
            }
            throw .noNumber
        }
        // "Report 328: no civilians were harmed", "Report 328: no casualties" (phrases27, the
        // phrase fuzzer: read 328): a figure with nothing about people around it, beside a
        // text that says no one was hurt, is two numbers.
        // A count of people that names no measure is two numbers too: "About 300 fighters
        // attacked; no civilians were harmed", "328 soldiers took part; no civilians were
        // harmed" (phrases28, review41 S7: read 300 and 328 killed).
        // A count of the dead after a zero said first ("Initially no deaths were reported, but 3
        // bodies were later found", "No deaths were reported; 4 bodies were recovered") is the
        // toll (review42 R3), as ``laterToll(zeroClause:)`` says below.
        var zeroNamed: String? = nil
        if !noPeopleZero, measureOf(found) == nil,
           let (range, named) = zeroStatement(beside: found.start..<found.end),
           !(countsTheDead(found) && laterToll(zeroClause: clause(around: range))) {
            // "Aucune personne n'a été tuée", "Pas une personne n'a été blessée": a zero read,
            // then "personne n'a été tuée" right after it, is one zero, named by its verb
            // (review42 R1: refused as "more than one number"; df65edb read 0).
            guard found.span.low == 0, found.span.high == 0, range.lowerBound == found.end else {
                throw .twoNumbers(found.phrase, phrase(range))
            }
            let covered: Set<String> = named == "killed" ? ["killed"] : named == "injured" ? ["injured"] : ["killed", "injured", "casualties"]
            if let measure, !covered.contains(measure) {
                throw ParseFailure(reason: "\"" + phrase(found.start..<range.upperBound) + "\" counts " + Vocabulary.describe(measure: named)
                                   + ", not " + measure)
            }
            zeroNamed = measure ?? named
        }
        // "no deaths were reported by the ministry, though activists said dozens died": a zero of
        // everyone beside a figure of its measure; the two say different things, and reading
        // the figure sets the denial aside (phrases28: read dozens). Decided: refused. A zero of
        // a group beside a figure of others reads ("No civilians were killed but 5 soldiers died").
        // A zero in a clause of its own is one too ("No deaths in Idlib, while the toll in Aleppo
        // reached 5": review42 S5, read 5). A zero said first, then a later figure of the same
        // event, is no disagreement: the figure is the toll ("No fatalities at the scene; 2 died
        // in hospital": review42 R3, refused since 920fdce).
        if !noPeopleZero, found.span.low > 0, let own = measureOf(found) ?? measure {
            var zero: (phrase: String, named: String, clause: Range<Int>)? = nil
            if let (range, named) = zeroStatement(beside: found.start..<max(found.end, measureSpan(found).upperBound), ofAll: true) {
                zero = (phrase(range), named, clause(around: range))
            } else {
                zero = zeroClause(apartFrom: found)
            }
            if let zero, zero.named == own || zero.named == "casualties" || zero.named == "killed or injured",
               !laterToll(zeroClause: zero.clause) {
                throw ParseFailure(reason: "\"" + zero.phrase + "\" says there were none, and \"" + phrase(measureSpan(found))
                                   + "\" gives a figure: the two disagree (two sources, or two places or times): give the figure of one")
            }
        }
        // A figure whose verb stands past its noun phrase shows that verb's measure ("17 members
        // of the police were wounded": injured; headlines1).
        // tie3 (review45 N4): the clause's measure only where its word is tied to the figure
        // ("5,000 people attended the funeral of those killed" showed killed, under a measure
        // of no table the asked one).
        measureNamed = together ?? zeroNamed ?? measureOf(found) ?? (fateWordTied(found) ? clauseMeasure(found) : nil)
        // The words of the figure's own phrase, for the group check of ``estimate()``: from
        // the figure to its measure word, and after a measure word before it ("killed 5
        // soldiers", "قتل 5 جنود") up to three words of its clause, to "by".
        let ms = measureSpan(found)
        var hi = max(found.end, ms.upperBound)
        if ms.lowerBound < found.start {
            while hi < tokens.count, hi < found.end + 3, let w = word(at: hi), !["by", "par", "por", "برصاص", "بنيران", "بقصف", "على"].contains(w) { hi += 1 }
        }
        figureWords = (min(found.start, ms.lowerBound)..<hi).compactMap { word(at: $0) }
        // fates2: with the groups the one-word table does not hold ("12 police officers
        // killed", "12 members of the security forces killed", "قتل 12 من عناصر الشرطة").
        // A long noun phrase before its measure word ("12 members of the security forces
        // killed": past the five words ``measureSpan(_:)`` reaches) is the figure's too.
        var groupEnd = hi
        if ms.upperBound <= found.end {
            var j = found.end
            while j < tokens.count, j < found.end + 9, let w = word(at: j), !["by", "par", "por"].contains(w) {
                if measureWord(at: j) != nil { groupEnd = max(groupEnd, j); break }
                j += 1
            }
        }
        figureGroups = (min(found.start, ms.lowerBound)..<groupEnd).compactMap { figureGroup(at: $0) }
        figureNamedAfter = peopleNamedAfter(from: found.end)
        // Who they are, after the figure in its sentence (phrases31: `--measure civilians_killed
        // "5 people were killed, all of them soldiers"` read 5): the noun right after "all of
        // them", "tous des", "todos ellos", "كلهم", and the words of a breakdown ("including 2
        // soldiers", "dont 2 militaires", "entre ellos 2 soldados"), to the next mark or "by".
        figureOfWhom = []
        var k = hi
        while k < tokens.count, !isPunctuation(".", at: k), !isPunctuation(";", at: k) {
            if let (e, _) = match(vocab.partsBefore, at: k) {
                var j = e
                while j < tokens.count, j < e + 5, !isPunctuation(",", at: j), !isPunctuation(";", at: j), !isPunctuation(".", at: j),
                      !["by", "par", "por"].contains(word(at: j) ?? "") {
                    if let w = word(at: j), groupNounEnds(at: j) { figureOfWhom.append(w) }
                    j += 1
                }
                k = max(j, k + 1)
                continue
            }
            if let w = word(at: k), PhraseReader.allOfThem.contains(w) {
                var j = k + 1
                while j < k + 5, let f = word(at: j), PhraseReader.allOfThemFillers.contains(f) { j += 1 }
                if let w = word(at: j), PhraseReader.group(of: w) != nil, groupNounEnds(at: j) { figureOfWhom.append(w) }
            }
            k += 1
        }
        var span = found.span
        // "40 killed. Many others died.", "at least 40 killed, more feared dead", "40 killed.
        // The toll is likely higher.": another clause says there are more, so the figure is a
        // floor (issue 12: they had read a bounded 40). A ceiling or a zero cannot be one, nor
        // can a claim of fewer.
        if let claim = claimOfMore(found) {
            let fewer = claim.words.split(separator: " ").last.map { PhraseReader.fewerWords.contains($0.lowercased()) } == true
            if claim.kind == .refuse || span.low == 0 {
                throw ParseFailure(reason: "\"" + claim.words + "\" says there may be " + (fewer ? "fewer" : "more") + " than \""
                                   + phrase(found.start..<found.figureEnd) + "\": give the figure alone if it stands")
            }
            span.high = nil
        }
        do throws(EstimateError) {
            return try Estimate(low: span.low, best: span.best, high: span.high,
                                approximate: found.approximate, bestStated: span.bestStated)
        } catch {
            switch error {
            case .negative: throw .negative(found.phrase)
            case .tooLarge: throw .tooLarge
            case .lowAboveBest, .bestAboveHigh:
                throw .bestOutside(best: found.span.best, low: found.span.low, high: found.span.high)
            }
        }
    }

    /// The measure a figure names: a measure word within the two words after it ("5
    /// dead", "5 people killed", "12 terörist etkisiz hale getirildi"), unless that word
    /// labels the next figure ("killed: 5 wounded: 3"), or a label with a colon right before
    /// it ("killed: 5"). Nil when there is none, or when the two disagree ("killed 5 wounded
    /// 3" could be either).
    /// The measure word after a part's "of them" ("12 of them killed", "12 of whom were
    /// killed", "12 de ellas muertas"), up to three words on, before punctuation.
    func measureAfterPart(_ finding: Finding) -> String? {
        guard let (end, _) = match(vocab.partsAfter, at: finding.end) else { return nil }
        var i = end
        while i < tokens.count, i < end + 3, word(at: i) != nil {
            if let (m, _, status) = measureWord(at: i), !status { return m }
            guard let w = word(at: i), PhraseReader.auxiliaries.contains(w) else { return nil }
            i += 1
        }
        return nil
    }

    func measureOf(_ finding: Finding) -> String? {
        let (before, after) = measuresAround(finding)
        if let before, let after { return before == after ? after : nil }
        return before ?? after
    }

    /// A measure word or phrase at `i`: its measure, the index after it, and whether it is a
    /// noun of people whose state is the measure ("refugees", "otages").
    func measureWord(at i: Int) -> (measure: String, end: Int, status: Bool)? {
        if let (end, m) = match(vocab.measurePhrases, at: i) { return (m, end, false) }
        guard let w = word(at: i) else { return nil }
        if let m = vocab.measures[w] { return (m, i + 1, false) }
        if let m = vocab.statusMeasures[w] { return (m, i + 1, true) }
        return nil
    }

    /// The figure and the measure word that names its measure, before it ("killed: 5",
    /// "killed 5") or in the five words after it ("22 los muertos", "Two Turkish soldiers
    /// killed"), for a message that names the word (phrases17).
    func measureSpan(_ finding: Finding) -> Range<Int> {
        if let w = word(at: finding.start - 1), vocab.measures[w] != nil { return (finding.start - 1)..<finding.end }
        if isPunctuation(":", at: finding.start - 1), let w = word(at: finding.start - 2), vocab.measures[w] != nil {
            return (finding.start - 2)..<finding.end
        }
        var i = finding.end
        while i < tokens.count, i < finding.end + 5, word(at: i) != nil {
            if let (_, end, _) = measureWord(at: i) { return finding.start..<end }
            i += 1
        }
        return finding.start..<finding.end
    }

    /// The measure words before and after a figure (see ``measureOf(_:)``).
    func measuresAround(_ finding: Finding) -> (before: String?, after: String?) {
        var after: String? = nil
        var i = finding.end
        // Two words, or up to four when those passed are a noun of people and auxiliaries
        // ("12 people were killed and dozens wounded": killed; review20b).
        // A modifier before that noun of people passes too ("Two Kenyan soldiers killed, 3
        // injured", "12 Syrian soldiers were killed and 5 wounded", "3 rebel fighters killed":
        // stop 26, refused as two numbers), unless it is a noun of things or a measure.
        for step in 0..<4 {
            if step >= 2, !(finding.end..<i).allSatisfy({ k in
                word(at: k).map { w in
                    vocab.personWords.contains(w) || PhraseReader.auxiliaries.contains(w)
                        || (vocab.measures[w] == nil && vocab.statusMeasures[w] == nil && !vocab.otherCounts.contains(w)
                            && !vocab.isNumberWord(w) && ((k + 1)..<i).contains { word(at: $0).map(vocab.personWords.contains) == true })
                        // phrases13 (issue 12, silent): an adjective after the noun of people
                        // ("12 policías municipales muertos" had read 12 under idps).
                        || adjectiveAfterPeople(at: k, from: finding.end)
                        || (k == finding.end && k + 1 < i && adjectiveAfterPeople(at: k + 1, from: finding.end))
                } ?? false
            }) { break }
            if let (m, end, status) = measureWord(at: i) {
                var named = m
                if status {
                    // "12 refugees were killed", "3 otages libérés": a verb after the noun says
                    // what happened to the people counted.
                    var k = end
                    for _ in 0..<3 {
                        if let (verb, _, isStatus) = measureWord(at: k), !isStatus { named = verb; break }
                        guard let w = word(at: k), !vocab.andWords.contains(w) else { break }
                        k += 1
                    }
                }
                if !isPunctuation(":", at: end) { after = named }
                break
            }
            guard let w = word(at: i) else { break }
            if vocab.andWords.contains(w) { break }
            i += 1
        }
        // "10 casualties at least", "12 killed, at least": the noun stands between the figure
        // and a trailing qualifier the finding took (it was read as killed for --measure
        // killed: phrases8).
        if after == nil, finding.figureEnd < finding.end {
            var k = finding.figureEnd
            while k < finding.end, k < finding.figureEnd + 3 {
                if let (m, _, _) = measureWord(at: k) { after = m; break }
                k += 1
            }
        }
        // A figure that names its measure itself: the Arabic duals "قتيلان" (two killed),
        // "جريحين" (two wounded).
        if after == nil, finding.figureEnd - finding.figureStart == 1, let w = word(at: finding.figureStart), let m = vocab.measures[w] {
            after = m
        }
        var before: String? = nil
        if isPunctuation(":", at: finding.start - 1), let w = word(at: finding.start - 2) {
            before = vocab.measures[w]
        } else if let w = word(at: finding.start - 1),
                  finding.start < 2 || { if case .number = tokens[finding.start - 2].kind { return false } else { return true } }() {
            // "killed 5, wounded 3"; in "5 dead 3 wounded" the "dead" is the 5's.
            before = vocab.measures[w]
        }
        return (before, after)
    }

    /// A word of ``Vocabulary/outcomes`` within four words after the figure, before
    /// punctuation, when no measure word stands in the five words after it.
    /// Verbs of a fate that are no measure word of the tables (review43 S3): a death by
    /// drowning, a return home, a release, by the table measure they count (`returned` for
    /// returns, which no table counts).
    static let fateVerbs: [String: String] = [
        "drowned": "killed", "drown": "killed", "noyés": "killed", "noyées": "killed", "noyé": "killed", "noyée": "killed",
        "noyes": "killed", "ahogados": "killed", "ahogadas": "killed", "ahogaron": "killed", "ahogado": "killed",
        "murieron": "killed", "fallecieron": "killed", "غرقوا": "killed", "غرق": "killed", "ماتوا": "killed",
        "returned": "returned", "return": "returned", "returning": "returned", "repatriated": "returned",
        "rentrés": "returned", "rentrées": "returned", "retournés": "returned", "retournées": "returned", "revenus": "returned",
        "rentres": "returned", "retournes": "returned", "rapatriés": "returned", "regresaron": "returned", "retornaron": "returned",
        "volvieron": "returned", "regresado": "returned", "retornado": "returned", "vuelto": "returned", "repatriados": "returned",
        "عادوا": "returned", "عاد": "returned",
        "freed": "released", "released": "released", "rescued": "released", "liberated": "released", "libérés": "released",
        "libérées": "released", "liberes": "released", "relâchés": "released", "relaches": "released", "liberados": "released",
        "liberadas": "released", "rescatados": "released", "rescatadas": "released", "liberaron": "released",
        "arrested": "arrested", "arrêtés": "arrested", "arrêtées": "arrested", "arrestados": "arrested", "detenidos": "arrested",
    ]

    /// Words between the people and their verb: auxiliaries and reflexives in English,
    /// French and Spanish ("were", "se sont", "fueron", "ont été").
    static let fateAuxiliaries: Set<String> = auxiliaries.union([
        "se", "s", "sont", "ont", "été", "ete", "furent", "fueron", "fue", "han", "sido", "habían", "habian", "son", "later",
        "finally", "all", "reportedly", "have", "then",
    ]).subtracting(["later", "finally", "then"])

    /// The table measures a measure name asks for as a fate (``fateOfPeople(_:)``): its
    /// table measure (`displaced`, `kidnapped`, `killed`), or the measures its words name
    /// (`refugees`: displaced, `hostages_held`: kidnapped); `casualties` both killed and
    /// injured. Empty for a name tally does not know (`nkill`, `members`): not checked.
    static func fatesAsked(by measure: String) -> Set<String> {
        let t = Vocabulary.tableMeasure(measure)
        if t == "casualties" { return ["killed", "injured", "casualties"] }
        if Vocabulary.measureAliases.values.contains(t) { return [t] }
        var named = Vocabulary.measuresNamed(byName: measure)
        if named.contains("casualties") { named.formUnion(["killed", "injured"]) }
        return named
    }

    /// A fate in words, for messages.
    static func describeFate(_ m: String) -> String {
        switch m {
        case "killed": return "a death count"
        case "returned": return "returns"
        case "released": return "releases"
        case "injured": return "injuries"
        case "deported": return "deportations"
        case "escaped": return "escapes"
        case "defected": return "defections"
        case "surrendered": return "surrenders"
        default: return Vocabulary.describe(measure: m)
        }
    }

    /// The fate the words around a figure give its people (review43 S3): the first verb
    /// after the people named after it (`5 refugees drowned`, `5 kidnapped people were
    /// freed`, `5 secuestrados fueron liberados`), past auxiliaries and reflexives; or a
    /// verb of a fate just before it (`freed 5 hostages`). Its measure (a measure word's,
    /// or ``fateVerbs``), the verb and the words to quote; nil where no such verb is found.
    func fateOfPeople(_ finding: Finding) -> (measure: String, word: String, span: Range<Int>)? {
        func fate(_ w: String) -> String? { PhraseReader.fateVerbs[w] ?? vocab.measures[w] }
        func person(_ w: String) -> Bool {
            vocab.personWords.contains(w) || vocab.statusMeasures[w] != nil || PhraseReader.peopleKindWords[w] != nil || PhraseReader.morePeople.contains(w)
        }
        // fates2: a word of a fate right after the figure is its people's ("5,000 returnees",
        // "5 returned IDPs", "5 freed hostages", "5 deported refugees"): not a measure word,
        // which is weighed below ("5 kidnapped people were freed").
        if let w = word(at: finding.end), vocab.measures[w] == nil {
            if PhraseReader.returneeWords.contains(w) { return ("returned", tokens[finding.end].text, finding.start..<(finding.end + 1)) }
            if let m = PhraseReader.fateVerbs[w] { return (m, tokens[finding.end].text, finding.start..<(finding.end + 1)) }
            if let (f, end) = fatePhrase(PhraseReader.otherFatePhrases, at: finding.end) { return (f, phrase(finding.end..<end), finding.start..<end) }
        }
        var k = finding.end, steps = 0
        // The people: person words, status nouns, and a measure word before people or an
        // auxiliary ("kidnapped people", "secuestrados fueron").
        while steps < 4, let w = word(at: k) {
            if person(w) || adjectiveAfterPeople(at: k, from: finding.end) { k += 1; steps += 1; continue }
            if fate(w) != nil, let next = word(at: k + 1), person(next) || PhraseReader.fateAuxiliaries.contains(next)
                // fates2: a measure word as the people, its fate right after it ("5,000
                // displaced returned home", "5.000 desplazados regresaron", "went home").
                || (k == finding.end && (PhraseReader.fateVerbs[next] != nil || otherFate(at: k + 1) != nil)) {
                k += 1; steps += 1; continue
            }
            break
        }
        var aux = 0
        while aux < 3, let w = word(at: k), PhraseReader.fateAuxiliaries.contains(w) { k += 1; aux += 1 }
        // A phrase of the tables first ("shot dead": killed); a measure of two fates ("shot",
        // killed or wounded; "neutralised") settles none.
        let unsettled: Set<String> = ["shot", "neutralised", "casualties"]
        // fates2: phrases of a fate ("went home", "were deported", "were sent back", "were
        // found dead", "managed to escape", "ont fait défection").
        if k > finding.end, let (f, end) = otherFate(at: k), !unsettled.contains(f) {
            return (f, phrase(k..<end), finding.start..<end)
        }
        if k > finding.end, let (m, end, _) = measureWord(at: k) {
            return unsettled.contains(m) ? nil : (m, phrase(k..<end), finding.start..<end)
        }
        if k > finding.end, let w = word(at: k), let m = PhraseReader.fateVerbs[w] {
            return (m, tokens[k].text, finding.start..<(k + 1))
        }
        // Just before the figure: "the army freed 5 hostages".
        if let w = word(at: finding.start - 1), let m = PhraseReader.fateVerbs[w] ?? vocab.measures[w], !unsettled.contains(m) {
            return (m, tokens[finding.start - 1].text, (finding.start - 1)..<finding.end)
        }
        // fates2: "authorities deported 5 refugees", "رحّلت السلطات 5 لاجئين", "أفرج عن 5 مختطفين".
        if let (f, at) = fateBefore(finding) { return (f, tokens[at].text, at..<finding.end) }
        return nil
    }

    /// phrases11 (review52 F6, silent): a death, an injury or an arrest said after the
    /// figure's people by words ``fateOfPeople(_:)`` does not weigh: "12 people lost their
    /// lives", "12 مدنيا قتلوا", "12 شخصا لقوا حتفهم", "12 شخصا أصيبوا", "12 شخصا اعتقلوا", "12
    /// personnes sont mortes", "ont péri", "ont perdu la vie", "12 personas perdieron la vida",
    /// "resultaron heridas", "5 civiles sirios asesinados" read 12 under idps, arrested or
    /// injured. The people (nouns of people, nationalities), auxiliaries, then the verb; its
    /// measure, the words and the words to quote; nil when none ("5,000 people lost their
    /// homes" names no death). Only the fate check of the measure asked for uses it.
    func deathInjuryOrArrestOfPeople(_ finding: Finding) -> (measure: String, word: String, span: Range<Int>)? {
        func person(_ w: String) -> Bool {
            vocab.personWords.contains(w) || vocab.statusMeasures[w] != nil || PhraseReader.peopleKindWords[w] != nil
                || PhraseReader.morePeople.contains(w) || CountryWords.peopleByWord[w] != nil || PhraseReader.nationalityFillers.contains(w)
        }
        var k = finding.end, steps = 0
        while steps < 4, let w = word(at: k), vocab.measures[w] == nil, person(w) || adjectiveAfterPeople(at: k, from: finding.end) { k += 1; steps += 1 }
        guard k > finding.end else { return nil }
        var aux = 0
        while aux < 3, let w = word(at: k), PhraseReader.fateAuxiliaries.contains(w) || PhraseReader.resultVerbs.contains(w) { k += 1; aux += 1 }
        guard let w = word(at: k) else { return nil }
        // A life lost: "lost their lives", "ont perdu la vie", "perdieron la vida"; not "lost
        // their homes".
        if PhraseReader.lifeTakers.contains(w) {
            var e = k + 1
            while e < k + 4, let x = word(at: e) {
                if PhraseReader.lifeWords.contains(x) || x == "vie" || x == "vida" { return ("killed", phrase(k..<(e + 1)), finding.start..<(e + 1)) }
                e += 1
            }
            return nil
        }
        if PhraseReader.dyingAfterPeople.contains(w) { return ("killed", tokens[k].text, finding.start..<(k + 1)) }
        if PhraseReader.injuredAfterPeople.contains(w) { return ("injured", tokens[k].text, finding.start..<(k + 1)) }
        if let m = fateMeasure(at: k), ["killed", "injured", "arrested"].contains(m) {
            let end = word(at: k).map({ ["لقوا", "لقي", "لقيت"].contains($0) }) == true ? k + 2 : k + 1
            return (m, phrase(k..<end), finding.start..<end)
        }
        return nil
    }
    /// phrases13 (issue 12, silent): a word no table knows right after the figure's noun of
    /// people (or after another such word), that is no verb by its shape: an adjective of
    /// the people ("12 policías municipales muertos", "12 policiers municipaux tués", "12
    /// شرطيا محليا قتلوا"). These had hidden the fate after them: 12 read under idps, measure
    /// null, while "12 policías muertos" is refused there ("counts killed"). The fate checks
    /// pass it as they pass the noun; English "-ed"/"-ing" words and capitals (names) do not
    /// pass ("300 fighters attacked, killing 12" stays the killers' check's).
    func adjectiveAfterPeople(at k: Int, from start: Int) -> Bool {
        /// A word in lower case that no table gives a fate or a measure and that is no
        /// English verb by its shape: what both the adjective and a noun of people the
        /// tables lack must be.
        func unknownWithoutFate(at i: Int) -> Bool {
            guard let w = word(at: i), let first = tokens[i].text.first, !first.isUppercase,
                  !acceptedAfterFigure(w), vocab.statusMeasures[w] == nil, match(vocab.measurePhrases, at: i) == nil,
                  PhraseReader.fateVerbs[w] == nil, !PhraseReader.dyingAfterPeople.contains(w), !PhraseReader.injuredAfterPeople.contains(w),
                  fateMeasure(at: i) == nil, !PhraseReader.killingAfterPeopleOnly.contains(w)
            else { return false }
            return !(w.unicodeScalars.allSatisfy(\.isASCII) && (w.hasSuffix("ed") || w.hasSuffix("ing")))
        }
        guard k > start, unknownWithoutFate(at: k), let w = word(at: k), !vocab.otherCounts.contains(w),
              !PhraseReader.fateAuxiliaries.contains(w), !PhraseReader.resultVerbs.contains(w),
              fatePhrase(PhraseReader.otherFatePhrases, at: k) == nil, !PhraseReader.lifeTakers.contains(w)
        else { return false }
        // Right after a noun of people, or after another adjective that is; or after the
        // figure's first word when no table knows it either (a noun of people the tables
        // lack: "12 policiais municipais mortos", "12 شرطيا محليا قتلوا").
        guard let prev = word(at: k - 1) else { return false }
        if k - 1 == start, unknownWithoutFate(at: start) { return true }
        return vocab.personWords.contains(prev) || vocab.statusMeasures[prev] != nil || PhraseReader.peopleKindWords[prev] != nil
            || adjectiveAfterPeople(at: k - 1, from: start)
    }

    /// Words of dying after the people (``deathInjuryOrArrestOfPeople(_:)``).
    static let dyingAfterPeople: Set<String> = [
        "died", "perished", "succumbed", "péri", "périrent", "mort", "morte", "morts", "mortes", "décédé", "décédée", "décédés",
        "décédées", "succombé", "tués", "tuées", "assassinés", "assassinées", "murieron", "fallecieron", "perecieron", "muerto",
        "muerta", "muertos", "muertas", "fallecido", "fallecidos", "fallecidas", "perecido", "asesinados", "asesinadas",
        "ماتوا", "توفوا", "قضوا", "استشهدوا", "قتلوا",
    ]
    /// Words of being hurt after the people (``deathInjuryOrArrestOfPeople(_:)``).
    static let injuredAfterPeople: Set<String> = [
        "wounded", "injured", "hurt", "blessé", "blessée", "blessés", "blessées", "herido", "herida", "heridos", "heridas",
        "أصيبوا", "اصيبوا", "جرحوا",
    ]
    /// Verbs that carry a participle of a fate ("resultaron heridas", "quedaron heridos").
    static let resultVerbs: Set<String> = ["resultaron", "resultó", "resulto", "quedaron", "quedó"]

    /// Nouns of people by kind (review43 item 3): a group's size, the displaced, people
    /// held, residents. A measure name's kinds are those of its words.
    static let peopleKindWords: [String: String] = {
        var d: [String: String] = [:]
        // A group's members: one table with the CLI's stock nouns (GroupPeopleWords, measures9).
        for w in GroupPeopleWords.memberNouns { d[w] = "a group's members" }
        for w in ["refugees", "refugee", "idps", "idp", "displaced", "réfugiés", "refugies", "déplacés", "deplaces", "refugiados",
                  "desplazados", "desplazadas", "نازح", "نازحين", "النازحين", "لاجئ", "لاجئين", "اللاجئين", "asylum-seekers",
                  "returnees"] { d[w] = "displaced people" }
        for w in ["detainees", "prisoners", "hostages", "captives", "détenus", "prisonniers", "otages", "rehenes", "presos",
                  "رهائن", "الرهائن", "معتقلين", "المعتقلين", "pows", "inmates"] { d[w] = "people held" }
        for w in ["residents", "inhabitants", "population", "habitants", "habitantes", "residentes", "سكان", "السكان"] {
            d[w] = "residents"
        }
        return d
    }()

    /// Nouns of what a group holds, not of people an event befalls (review44 S1): under a
    /// measure of deaths or injuries a bare figure of them is refused.
    static let groupSizeWords: Set<String> = GroupPeopleWords.sizeNouns

    /// The kinds of people a measure name counts (``peopleKindWords``), by its words.
    static func peopleKinds(ofMeasure measure: String) -> Set<String> {
        var out: Set<String> = []
        let key = MeasureCatalog.canonicalName(measure)
        // Only a name whose own words are nouns of people (`idps`, `refugees`, `members`,
        // `hostages_held`): `kidnapped` may count soldiers, `killed` anyone. A name with words
        // of two kinds takes both.
        for w in MeasureCatalog.words(of: key) + [key] { if let k = peopleKindWords[w] { out.insert(k) } }
        return out
    }

    /// Words of people who crossed a border ("refugees", "asylum seekers") and of people
    /// displaced inside their country ("IDPs", "internally displaced", "déplacés internes",
    /// "desplazados internos", "نازحين داخليا"), by kind: the two kinds of the displaced a
    /// measure may count (fates3, review45 S7). "Displaced" alone is of neither.
    static let displacementKindWords: [String: String] = {
        var d: [String: String] = [:]
        for w in ["refugees", "refugee", "réfugiés", "réfugiées", "réfugié", "refugies", "refugie", "refugiados", "refugiadas",
                  "refugiado", "لاجئ", "لاجئا", "لاجئين", "لاجئون", "اللاجئين", "اللاجئون", "asylum", "asylum-seekers", "demandeurs",
                  "solicitantes"] { d[w] = "refugees" }
        for w in ["idps", "idp", "internally", "internes", "interne", "internos", "internas", "interno", "داخليا", "داخلياً",
                  "internal"] { d[w] = "idps" }
        return d
    }()

    /// The fates a figure under a measure of deaths or injuries may count: the measure's own
    /// (``Vocabulary/measuresNamed(byName:)``), and killed or injured for casualties; nil for
    /// any other measure, whose checks of what the counted people did do not apply.
    static func fatesCounted(by measure: String) -> ((String) -> Bool)? {
        let own = Vocabulary.measuresNamed(byName: measure)
        guard own.contains("killed") || own.contains("injured") || own.contains("casualties") else { return nil }
        return { own.contains($0) || (own.contains("casualties") && ($0 == "killed" || $0 == "injured")) }
    }

    /// The kind of the displaced a measure name counts ("refugees" or "idps"), or nil when it
    /// names neither or both (`displaced`, `refugees_and_idps`).
    static func displacementKind(ofMeasure measure: String) -> String? {
        let key = MeasureCatalog.canonicalName(measure)
        let kinds = Set((MeasureCatalog.words(of: key) + [key]).compactMap { displacementKindWords[$0] })
        return kinds.count == 1 ? kinds.first : nil
    }

    /// flee8: Arabic words of the displaced that say the internally displaced (نازح, نزح,
    /// نزوح): right before the figure ("نزح 5000 شخص", "نزوح 5000 شخص") or in the three words
    /// after it ("5000 نازح", "5000 شخص نزحوا"); its index, nil when none.
    func arabicDisplacedWord(_ finding: Finding) -> Int? {
        let words: Set<String> = ["نازح", "نازحا", "نازحين", "النازحين", "نازحون", "النازحون", "نزحوا", "نزح", "نزوح"]
        if let w = word(at: finding.start - 1), words.contains(w) { return finding.start - 1 }
        var k = finding.end
        while k < finding.end + 3, let w = word(at: k) {
            if words.contains(w) { return k }
            k += 1
        }
        return nil
    }

    static func describeDisplacementKind(_ kind: String) -> String {
        kind == "refugees" ? "people who crossed a border" : "people displaced inside their country"
    }

    /// The noun of a kind of the displaced that a figure counts: in the four words after it
    /// (eight when none of the displaced is named in the four: "5,000 people fled to Turkey as
    /// refugees"), to a mark or another number ("5,000 Syrian refugees", "5,000 déplacés
    /// internes"), or,
    /// with none of the displaced named after it, in the five words before it in its clause
    /// ("the number of refugees rose to 5,000"). Each word, its kind and index; all of them
    /// after it ("5,000 refugees and IDPs" names both); none when "displaced" alone is named.
    func displacementKindsNamed(_ finding: Finding) -> [(String, String, Int)] {
        var out: [(String, String, Int)] = []
        var k = finding.end
        var displacedAfter = false
        while k < finding.end + 8, k < tokens.count, let w = word(at: k) {
            if case .number = tokens[k].kind { break }
            // Past four words, only when none of the displaced was named in them ("5,000
            // people fled to Turkey as refugees").
            if k >= finding.end + 4, displacedAfter || !out.isEmpty { break }
            if let kind = PhraseReader.displacementKindWords[w] { out.append((tokens[k].text, kind, k)) }
            if PhraseReader.peopleKindWords[w] == "displaced people" { displacedAfter = true }
            k += 1
        }
        // fates5 (review47 S10): "internal refugees", "réfugiés internes" are the internally
        // displaced (`refugees "5,000 internal refugees"` read 5,000): the refugee word beside
        // a word of "internal" names no border crossed.
        let internalAt = Set(out.filter { $0.1 == "idps" && !["idps", "idp"].contains($0.0.lowercased()) }.map { $0.2 })
        out.removeAll { $0.1 == "refugees" && (internalAt.contains($0.2 - 1) || internalAt.contains($0.2 + 1)) }
        if displacedAfter || !out.isEmpty { return out }
        var b = finding.start - 1
        while b >= 0, b >= finding.start - 5, let w = word(at: b) {
            if let kind = PhraseReader.displacementKindWords[w] { return [(tokens[b].text, kind, b)] }
            if PhraseReader.peopleKindWords[w] != nil { return [] }
            b -= 1
        }
        return []
    }

    /// The first noun of people of a kind in the three words after a figure, its kind and
    /// index (``peopleKindWords``).
    func peopleKindAfter(_ finding: Finding) -> (String, String, Int)? {
        var k = finding.end
        while k < finding.end + 3, let w = word(at: k) {
            if let kind = PhraseReader.peopleKindWords[w] { return (tokens[k].text, kind, k) }
            k += 1
        }
        return nil
    }

    func otherOutcome(_ finding: Finding, measure: String) -> (word: String, end: Int)? {
        // "12 civilians shot dead": a measure word anywhere in the words after settles it.
        var words: [(String, Int)] = []
        var i = finding.end
        while words.count < 5, let w = word(at: i) { words.append((w, i)); i += 1 }
        // A measure word names what it counts: the one asked for settles it ("12 civilians shot
        // dead"), another is the outcome ("12 people were saved": rescued).
        if let (w, at) = words.first(where: { vocab.measures[$0.0] != nil }) {
            return vocab.measures[w] == measure ? nil : (tokens[at].text, at + 1)
        }
        for (w, at) in words.prefix(4) where vocab.outcomes.contains(w) { return (tokens[at].text, at + 1) }
        return nil
    }

    /// Words for "or" between two measure words ("killed or wounded"); the and-words of
    /// the tables count too.
    static let orWords: Set<String> = ["or", "ou", "o", "oder", "или", "atau", "أو", "او", "یا", "veya", "/", "&"]

    /// Two measure words joined around one figure: "5 killed or wounded", "10 martyrs and
    /// wounded", "killed and injured 4 persons", "مقتل وجرح 10". The two measures, or nil.
    func measuresTogether(_ finding: Finding) -> (String, String)? {
        func joined(_ i: Int) -> Bool {
            if let w = word(at: i) { return vocab.andWords.contains(w) || PhraseReader.orWords.contains(w) }
            return isSymbol("&", at: i) || isPunctuation("/", at: i) || isSymbol("/", at: i)
        }
        func pair(_ i: Int) -> (String, String)? {
            guard let w1 = word(at: i), let m1 = vocab.measures[w1] else { return nil }
            // Arabic glues "و" (and) to the next word: "مقتل وجرح".
            if let w2 = word(at: i + 1), w2.hasPrefix("و"), let m2 = vocab.measures[w2] ?? vocab.measures[String(w2.dropFirst())],
               m2 != m1 { return (m1, m2) }
            guard joined(i + 1), let w2 = word(at: i + 2), let m2 = vocab.measures[w2], m2 != m1 else { return nil }
            return (m1, m2)
        }
        // After the figure, with at most one word between ("5 people killed or wounded").
        if let p = pair(finding.end) { return p }
        if let w = word(at: finding.end), vocab.measures[w] == nil, let p = pair(finding.end + 1) { return p }
        // After a noun of people and auxiliaries ("5 people were killed or injured", "No
        // civilians were killed or injured"): phrases26, they had read 5 for killed.
        var k = finding.end
        while k < finding.end + 4, let w = word(at: k), vocab.measures[w] == nil,
              vocab.personWords.contains(w) || PhraseReader.auxiliaries.contains(w) { k += 1 }
        if k > finding.end + 1, let p = pair(k) { return p }
        // Before it: "killed and injured 4", "مقتل وجرح 10".
        for start in [finding.start - 3, finding.start - 2] where start >= 0 {
            if let p = pair(start) {
                let glued = word(at: start + 1).map { $0.hasPrefix("و") && vocab.measures[$0] == nil } == true
                let end = glued ? start + 2 : start + 3
                if end == finding.start { return p }
            }
        }
        return nil
    }

    /// One figure per measure: the one of the measure asked for. Without a measure, or
    /// when the text has none for it, refused with each figure's measure named.
    func pick(from findings: [Finding]) throws(ParseFailure) -> Finding {
        let named = findings.map { ($0, measureOf($0) ?? "") }
        let list = named.map { "\"" + $0.0.phrase + "\" is " + $0.1 }.joined(separator: ", ")
        guard let measure else {
            throw ParseFailure(reason: "more than one number, one per measure (" + list + "); say which measure to read: "
                               + named.map { "--measure " + $0.1 }.joined(separator: " or "))
        }
        guard let match = named.first(where: { $0.1 == measure }) else {
            throw ParseFailure(reason: "no figure for measure " + measure + " (" + list + ")")
        }
        return match.0
    }

    func noteSkipped(_ reason: String) {
        if !skipped.contains(reason) { skipped.append(reason) }
    }

    /// Where a breakdown ends: the end of its clause.
    func clauseEnd(from index: Int) -> Int {
        var i = index
        while i < tokens.count {
            if case let .punctuation(p) = tokens[i].kind, p == ";" || p == "|" || p == "\u{061B}" { return i }
            if case .punctuation(".") = tokens[i].kind, i + 1 == tokens.count || tokens[i + 1].spaceBefore { return i }
            i += 1
        }
        return i
    }

    // MARK: Helpers over tokens

    func word(at index: Int) -> String? {
        index >= 0 && index < tokens.count ? tokens[index].word : nil
    }

    func isSymbol(_ scalar: Unicode.Scalar, at index: Int) -> Bool {
        guard index >= 0, index < tokens.count, case let .symbol(s) = tokens[index].kind else { return false }
        return s == scalar
    }

    func isPunctuation(_ scalar: Unicode.Scalar, at index: Int) -> Bool {
        guard index >= 0, index < tokens.count, case let .punctuation(p) = tokens[index].kind else { return false }
        return p == scalar
    }

    func isDash(at index: Int) -> Bool {
        guard index < tokens.count, case .dash = tokens[index].kind else { return false }
        return true
    }

    func key(at index: Int) -> String? {
        guard index < tokens.count else { return nil }
        switch tokens[index].kind {
        case let .word(w): return "w:" + w
        case let .symbol(s): return "s:" + String(s)
        case let .punctuation(p): return "p:" + String(p)
        case .dash: return "-"
        default: return nil
        }
    }

    /// The index after `pieces` if they stand at `index`.
    func match(_ pieces: [Piece], at index: Int) -> Int? {
        var i = index
        for piece in pieces {
            guard i < tokens.count else { return nil }
            switch (piece, tokens[i].kind) {
            case let (.word(expected), .word(actual)) where expected == actual: break
            case let (.symbol(expected), .symbol(actual)) where expected == actual: break
            case let (.punctuation(expected), .punctuation(actual)) where expected == actual: break
            case (.dash, .dash): break
            default: return nil
            }
            i += 1
        }
        return i
    }

    /// The end of the first phrase of `list` that matches at `index`.
    func match(_ list: [[Piece]], at index: Int) -> Int? {
        for pieces in list { if let end = match(pieces, at: index) { return end } }
        return nil
    }

    /// The longest phrase of `index` standing at `at`, and its value.
    func match<V>(_ index: PhraseIndex<V>, at position: Int) -> (Int, V)? {
        guard let key = key(at: position) else { return nil }
        for (pieces, value) in index.candidates(key) {
            if let end = match(pieces, at: position) { return (end, value) }
        }
        return nil
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
        case .punctuation("\u{00B1}"), .symbol("\u{00B1}"):
            // "±5": a margin of error, not a count.
            throw ParseFailure(reason: "\"" + phrase(index..<(index + 2)) + "\" is a margin (plus or minus), not a count")
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
            if vocab.sizeless.contains(w) {
                if w == "lot", word(at: i - 1) == "a" { return "a lot" }
                if w != "lot" && w != "a" { return w }
            }
        }
        return nil
    }

    // MARK: Estimate phrases

    /// An estimate starting exactly at `start`: qualifiers, a figure or a range, suffixes.
    func finding(at start: Int) throws(ParseFailure) -> Finding? {
        var index = start
        var qualifiers: [(Qualifier, String)] = []
        while let (end, qualifier) = match(vocab.prefixes, at: index) {
            if qualifier != .none { qualifiers.append((qualifier, phrase(index..<end))) }
            index = end
        }
        let figureStart = index
        // "nicht mehr als 37", "not over 37", "tidak lebih dari 37": a negated qualifier means
        // its opposite bound; the tables list the common ones, any other is refused rather
        // than read inverted (review12c: "not over 37" read 38+). "keine 37 Tote" ("not even
        // 37") is refused too.
        if start >= 1, let w = word(at: start - 1), PhraseReader.negationParticles.contains(w),
           match(vocab.prefixes, at: start - 1) == nil,
           !qualifiers.filter({ $0.0 != .approximate }).isEmpty || ["kein", "keine", "keinen"].contains(w) {
            throw ParseFailure(reason: "a negated qualifier (\"" + phrase((start - 1)..<min(figureStart + 1, tokens.count))
                               + "\"): write the bound it means (\"at most\" or \"at least\")")
        }
        // "not even 12": fewer than 12, by how many the text does not say.
        if qualifiers.isEmpty, start >= 2, word(at: start - 1) == "even",
           let w = word(at: start - 2), PhraseReader.negationParticles.contains(w) {
            throw ParseFailure(reason: "a negated qualifier (\"" + phrase((start - 2)..<min(figureStart + 1, tokens.count))
                               + "\"): write the bound it means (\"at most\" or \"at least\")")
        }

        var span: Span
        var approximate = false
        /// One figure in digits or words, not a range or a vague word: the only figure
        /// `307 (300–323)` can start with.
        var singleFigure = false
        if let w = word(at: index), vocab.betweenWords.contains(w) {
            // "aged between 12 and 15": ages, not a count.
            if let w = word(at: index - 1), vocab.designations.contains(w), let range = try between(at: index + 1) {
                noteSkipped("\"" + phrase((index - 1)..<range.second.end) + "\" names something")
                return Finding(span: Span(low: 0, best: 0, high: 0), approximate: false, end: range.second.end,
                               phrase: "", isSkip: true)
            }
            guard let range = try between(at: index + 1) else {
                // "between 5" is half a range; reading it as 5 would invent precision.
                if let lone = try quantity(at: index + 1, joinAnd: true) {
                    if nonCount(lone, at: index + 1, findingStart: start, qualifiers: qualifiers) != nil { return nil }
                    throw .incompleteRange(phrase(index..<lone.end))
                }
                return nil
            }
            if let years = try yearRange(range.first, range.second, at: index + 1, findingStart: start) {
                noteSkipped(years)
                return Finding(span: Span(low: 0, best: 0, high: 0), approximate: false, end: range.second.end,
                               phrase: "", isSkip: true)
            }
            // "the toll rose from 5 to 17", "pasó de 5 a 17": a count that changed.
            // "ارتفع عدد القتلى من 12 إلى 15", "toll revised upward from 12 to 15": the verb may
            // stand a few words before.
            if let at = ([start - 1, start - 2, index - 1] + Array(stride(from: start - 3, through: max(0, start - 4), by: -1)))
                .first(where: { $0 >= 0 && word(at: $0).map(vocab.changes.contains) == true }) {
                throw ParseFailure(reason: "\"" + phrase(at..<range.second.end) + "\" is a count that changed, not a range: give the figure it reached ("
                                   + range.second.phrase + ")")
            }
            // "between 12 and 14 March": days of a month.
            if let a = range.first.plainValue, let b = range.second.plainValue, (1...31).contains(a), (1...31).contains(b),
               tokens[index + 1].plainDigits <= 2, isMonth(at: range.second.end) {
                noteSkipped("\"" + phrase((index + 1)..<range.second.end) + "\" are days of a month")
                return Finding(span: Span(low: 0, best: 0, high: 0), approximate: false, end: range.second.end,
                               phrase: "", isSkip: true)
            }
            span = try self.range(range.first, range.second)
            approximate = range.first.approximate || range.second.approximate
            index = range.second.end
        } else {
            guard let first = try quantity(at: index, joinAnd: true) else { return nil }
            let firstIndex = index
            index = first.end
            // "a two-day siege", "a 10-year-old": the figure describes the noun, it is not a
            // count. "a 100,000-strong force", "a 12-man team" give the size of a group.
            if isDash(at: index), !tokens[index].spaceBefore, index + 1 < tokens.count,
               !tokens[index + 1].spaceBefore, let next = word(at: index + 1), next != "odd", next != "plus",
               next != "something", next != "some",
               !vocab.isNumberWord(next) {
                guard vocab.sizeSuffixes.contains(next) else { return nil }
                index += 2
            }
            if let separatorEnd = rangeSeparator(at: index),
               let second = try quantity(at: separatorEnd, joinAnd: true),
               try !dateline(first, at: firstIndex, second, at: separatorEnd) {
                if shorthandRange(first, at: firstIndex, second, at: separatorEnd),
                   !printedByTally(firstIndex: firstIndex, separator: index, secondEnd: second.end) {
                    throw ParseFailure(reason: "\"" + phrase(firstIndex..<second.end) + "\" may mean " + first.phrase + " to "
                                       + second.phrase + " or its shorthand for thousands: write both ends in full")
                }
                if let years = try yearRange(first, second, at: firstIndex, findingStart: start) {
                    noteSkipped(years)
                    return Finding(span: Span(low: 0, best: 0, high: 0), approximate: false, end: second.end,
                                   phrase: "", isSkip: true)
                }
                // "since 9-11", "after 9/11": the attacks of 11 September 2001, unless people follow ("9-11 killed"),
                // or the text is the range as tally prints it (`9–11` alone, a sum's range
                // read back from an `estimate` column: it had been refused).
                // What may follow a figure makes it a range, read as `8–11` with the same
                // words is (``figureTailFollows``): a bracket with a figure (`9–11 (best 10)`,
                // `9–11 (est. 10)`), a suffix or trailing qualifier (`9–11+ (best 10)`), a
                // qualifier before it (`at least 9–11`), or nothing at all (review30 S3, review31
                // S7: all but `(best N)` had read the bare figure in brackets, the range dropped).
                if first.plainValue == 9, second.plainValue == 11, isDash(at: first.end), !tokens[first.end].spaceBefore,
                   separatorEnd == first.end + 1, !tokens[separatorEnd].spaceBefore, !countNounFollows(second.end),
                   !printedByTally(firstIndex: firstIndex, separator: index, secondEnd: second.end),
                   !figureTailFollows(findingStart: start, qualified: !qualifiers.isEmpty, end: second.end) {
                    noteSkipped("\"" + phrase(firstIndex..<second.end) + "\" names the attacks of 11 September 2001")
                    return Finding(span: Span(low: 0, best: 0, high: 0), approximate: false, end: second.end,
                                   phrase: "", isSkip: true)
                }
                if let reason = nonCount(first, at: firstIndex, findingStart: start, qualifiers: qualifiers, inRange: true) {
                    // The first end is a date or a designation: the range is no count either.
                    noteSkipped(reason)
                    // "aged 18 to 25", "aged 5-7": the other end is an age too, not a count
                    // of its own. A spaced dash ("Nov. 24 - 12 killed") may start a new clause.
                    let spacedDash = isDash(at: first.end) && tokens[first.end].spaceBefore
                    if !spacedDash {
                        return Finding(span: Span(low: 0, best: 0, high: 0), approximate: false, end: second.end,
                                       phrase: "", isSkip: true)
                    }
                    return nil
                }
                // "ارتفع عدد القتلى من 12 إلى 15", "toll revised upward 12 to 15": a count that changed.
                if let at = stride(from: start - 1, through: max(0, start - 4), by: -1)
                    .prefix(while: { word(at: $0) != nil })
                    .first(where: { word(at: $0).map(vocab.changes.contains) == true }) {
                    throw ParseFailure(reason: "\"" + phrase(at..<second.end) + "\" is a count that changed, not a range: give the figure it reached ("
                                       + second.phrase + ")")
                }
                if let a = first.plainValue, let b = second.plainValue, (1...31).contains(a), (1...31).contains(b),
                   tokens[firstIndex].plainDigits <= 2, isMonth(at: second.end) || isMonth(before: start) {
                    // "18-25 May 2018": days of a month.
                    noteSkipped("\"" + phrase(firstIndex..<second.end) + "\" are days of a month")
                    return Finding(span: Span(low: 0, best: 0, high: 0), approximate: false, end: second.end,
                                   phrase: "", isSkip: true)
                }
                if let reason = otherThing(second) {
                    // "3-4 villages", "12-14 yaşlarında": the noun after the range counts things.
                    noteSkipped(reason)
                    return Finding(span: Span(low: 0, best: 0, high: 0), approximate: false, end: second.end,
                                   phrase: "", isSkip: true)
                }
                // "the toll rose from 5 to 17", "increased by 5 to 17": a count that
                // changed, whose figure is the second; a range would invent a span.
                if let at = [start - 1, start - 2].first(where: { word(at: $0).map(vocab.changes.contains) == true }) {
                    throw ParseFailure(reason: "\"" + phrase(at..<second.end) + "\" is a count that changed, not a range: give the figure it reached ("
                                       + second.phrase + ")")
                }
                span = try range(first, second)
                approximate = first.approximate || second.approximate
                index = second.end
            } else {
                // "three fourths of the 900", "two thirds of the 900 killed", "three quarters of
                // those 900": the fraction is no figure of its own; the figure after it is a part
                // of that whole (checkSurroundings), as "2/3 of the 900" is. Every fraction noun
                // is read by this one rule (issue 12: "fourths" had been two numbers, "quarters"
                // a count of things).
                if let fEnd = fractionEnd(figureStart: firstIndex, figureEnd: first.end, value: (try? first.span().best) ?? 0),
                   let of = word(at: fEnd), PhraseReader.ofWords.contains(of) {
                    var k = fEnd + 1
                    if let d = word(at: k), vocab.fractionDeterminers.contains(d) { k += 1 }
                    if k < tokens.count, (try? quantity(at: k, joinAnd: true)) != nil {
                        return Finding(span: Span(low: 0, best: 0, high: 0), approximate: false, end: fEnd,
                                       phrase: "", isSkip: true)
                    }
                }
                // "three quarters of them": a fraction of a total, not a count of quarters.
                let fractionOfThem = fractionEnd(figureStart: firstIndex, figureEnd: first.end, value: (try? first.span().best) ?? 0)
                    .map { match(vocab.partsAfter, at: $0) != nil } == true
                if !fractionOfThem, let reason = nonCount(first, at: firstIndex, findingStart: start, qualifiers: qualifiers) {
                    noteSkipped(reason)
                    // Skip the whole quantity: after "5 millions d'euros" is set aside, its
                    // "millions" must not be read again as the vague word "millions".
                    return Finding(span: Span(low: 0, best: 0, high: 0), approximate: false, end: first.end,
                                   phrase: "", isSkip: true)
                }
                if index + 1 == tokens.count, let w = word(at: index), w == "to" || isDash(at: index) {
                    // "5 to", "5 -": the other end is missing.
                    throw .incompleteRange(first.phrase + " " + tokens[index].text)
                } else if index + 1 == tokens.count, isDash(at: index) {
                    throw .incompleteRange(first.phrase + " " + tokens[index].text)
                }
                span = try first.span()
                approximate = first.approximate
                if case .exact = first.amount { singleFigure = true }
            }
        }

        let figureEnd = index
        // "10 million million", "two thousand million": a multiplier the grammar could
        // not take would otherwise be dropped silently.
        if let w = word(at: index), w == "hundred" || vocab.scaleWords.contains(w) || vocab.countingUnits[w] != nil,
           !tokens[index].spaceBefore || match(vocab.scales, at: index) != nil || w == "hundred" {
            throw .malformed(phrase(start..<(index + 1)))
        }

        var bestOverride: Int64? = nil
        var endsWithSuffix = false
        suffixes: while true {
            if singleFigure, bestOverride == nil, qualifiers.allSatisfy({ $0.0 == .approximate }),
               let bracket = try bracketedRange(at: index, around: span.best) {
                // "307 (300–323)": the form tally prints for a range whose best was stated
                // (Estimate.display), so the best reads back as stated, not as a midpoint.
                bestOverride = span.best
                span = Span(low: bracket.span.low, best: span.best, high: bracket.span.high)
                approximate = approximate || bracket.approximate
                index = bracket.end
                singleFigure = false
                endsWithSuffix = false
                continue
            }
            if singleFigure, bestOverride == nil, qualifiers.allSatisfy({ $0.0 == .approximate }),
               let floor = try bracketedFloor(at: index, under: span.best) {
                // "16 (at least 15)", "~16 (at least ~15)", "about 16 (at least 15, no upper
                // limit)": the forms a chart label and its alt text print for an open-ended
                // estimate whose best lies above its floor (ChartWords.figure, AltText.words).
                bestOverride = span.best
                span = Span(low: floor.low, best: span.best, high: nil)
                approximate = approximate || floor.approximate
                index = floor.end
                singleFigure = false
                endsWithSuffix = false
                continue
            }
            if isSymbol("(", at: index), word(at: index + 1) == "best",
               let stated = try quantity(at: index + 2, joinAnd: true),
               isSymbol(")", at: stated.end), case .exact = stated.amount {
                bestOverride = try stated.span().best
                index = stated.end + 1
                endsWithSuffix = false
                continue
            }
            if let (end, qualifier) = match(vocab.suffixes, at: index) {
                qualifiers.append((qualifier, phrase(index..<end)))
                index = end
                endsWithSuffix = true
                continue suffixes
            }
            break
        }
        // "forty-odd thousand", "40+ thousand", "40-plus thousand": a scale after the suffix
        // multiplies the figure (issue 12, review18: it was dropped, a figure 1,000 times too
        // small). The suffix is read on the figure as written, then scaled.
        var suffixScale: Int64? = nil
        if endsWithSuffix, let (end, scale) = match(vocab.scales, at: index) {
            suffixScale = scale
            index = end
        } else if endsWithSuffix, let w = word(at: index), w == "hundred" || vocab.countingUnits[w] != nil {
            // "40-odd hundred", "20-odd dozen": a multiplier the scale tables lack; not dropped.
            throw ParseFailure(reason: "\"" + phrase(start..<(index + 1)) + "\": a multiplier after the figure's suffix is not read: give the figure as a number")
        } else if endsWithSuffix, let w = word(at: index), !acceptedAfterFigure(w), let scale = misspeltScale(w, at: index) {
            // "forty-odd thousnd": the check of the word after the figure stops at the suffix.
            throw ParseFailure.misspeltScale(tokens[index].text, scale: scale, figure: phrase(start..<index))
        }
        func scaled(_ s: Span) throws(ParseFailure) -> Span {
            guard let scale = suffixScale else { return s }
            func times(_ v: Int64) throws(ParseFailure) -> Int64 {
                let (r, overflow) = v.multipliedReportingOverflow(by: scale)
                if overflow { throw ParseFailure(reason: "\"" + phrase(start..<index) + "\" is too large to count") }
                return r
            }
            var r = s
            r.low = try times(s.low)
            r.best = try times(s.best)
            if let h = s.high { r.high = try times(h) }
            return r
        }
        if suffixScale != nil, !qualifiers.contains(where: { $0.0 == .odd }) { span = try scaled(span) }
        if let (end, qualifier, text) = trailingQualifier(from: index) {
            qualifiers.append((qualifier, text))
            index = end
        }
        // "94, about one third of them are children": a fraction of the total before it, a
        // part as "6 of them" is (issue 12; it had been two numbers).
        let fractionPartEnd = index == figureEnd
            ? fractionEnd(figureStart: figureStart, figureEnd: figureEnd, value: span.best).flatMap { match(vocab.partsAfter, at: $0)?.0 }
            : nil
        let isPart = match(vocab.partsAfter, at: index) != nil || fractionPartEnd != nil

        for (qualifier, _) in qualifiers where qualifier == .approximate { approximate = true }
        // "twenty-odd", "20-something", "veinte y pico": more than the figure, fewer than the
        // next step of its last non-zero digit (21–29), read as a vague word is (issue 12: it
        // had read ~20, with 20 as both ends).
        if let odd = qualifiers.first(where: { $0.0 == .odd }) {
            // "20-odd years", "20-something years old", "30-odd villages": the noun after the
            // suffix counts something else, as after the figure itself.
            // "20-something-year-old" is an age, as "a 20-year-old" is.
            let noun = isDash(at: index) && !tokens[index].spaceBefore ? index + 1 : index
            if let w = word(at: noun), vocab.otherCounts.contains(w) || vocab.durations.contains(w) {
                noteSkipped("\"" + phrase(start..<(noun + 1)) + "\" counts " + w + ", not people")
                return Finding(span: Span(low: 0, best: 0, high: 0), approximate: false, end: noun + 1, phrase: "", isSkip: true)
            }
            span = try scaled(oddSpan(span, figure: phrase(figureStart..<figureEnd), odd: odd.1, start: start))
            qualifiers.removeAll { $0.0 == .odd }
        }
        var bound: (Qualifier, String)? = nil
        for (qualifier, text) in qualifiers where qualifier != .approximate && qualifier != .none {
            if let bound {
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
            span.bestStated = true
        }
        // A known qualifier before the figure is what an unknown word there could have
        // been; the word before the qualifier is not checked.
        // The part's phrase names its fraction: "three quarters of them", not "three".
        var finding = Finding(span: span, approximate: approximate, end: index, phrase: phrase(start..<(fractionPartEnd ?? index)),
                              start: start, figureEnd: figureEnd, isPart: isPart)
        finding.figureStart = figureStart
        if figureStart == start { finding.unknownWordBefore = unknownWordBefore(start) }
        return finding
    }

    /// In text that is not English, a word no table knows right before the figure may
    /// be a qualifier the tables lack ("presque 40"): refuse rather than drop it. In
    /// English the qualifiers are listed; an unknown adverb ("supposedly 40") is refused.
    func unknownWordBefore(_ start: Int) -> String? {
        guard start > 0, let w = word(at: start - 1), !vocab.known.contains(w) else { return nil }
        let adverb = w.count > 3 && w.hasSuffix("ly")
        return isForeign || adverb ? w : nil
    }

    /// The word right after the figure must be one the tables know (issue 12, seventh
    /// review, "review12b"): a noun of people, a casualty word, a qualifier, a join or
    /// another word of a table; or punctuation, a number, the end. An unknown word there
    /// may be a scale, a unit, a percent or a noun of things no table lists ("5 тисяч",
    /// "40 Prozent", "12 танков", "100 cattle"), so it is refused, named, in every language,
    /// as rule 9 does for the word before. Up to three unknown words are let through when a
    /// noun of people, a group or a casualty word follows them: adjectives or a people's
    /// name ("12 Palestinian civilians", "12 Rohingya killed", "four suspected Islamist
    /// militants", "5 Syrian Government forces").
    func unknownWordAfter(_ found: Finding) throws(ParseFailure) -> String? {
        let i = found.figureEnd
        guard i < tokens.count, match(vocab.suffixes, at: i) == nil, let w = word(at: i) else { return nil }
        // phrases12: "eliminated", "liquidated" are killing words after a noun of people ("12
        // soldiers eliminated"); right after a bare figure they stay an unknown word ("3
        // eliminated" is no sure count of the dead: fates5).
        if PhraseReader.killingAfterPeopleOnly.contains(w) { return tokens[i].text }
        // phrases12 (issue 12, silent): under a measure of what happened to people, a word no
        // table knows right after the figure's noun of people, when nothing else in the text
        // says what happened to them, may be it ("12 soldiers deserted" had read 12 killed;
        // "12 soldados xyzzy" 12 under every measure): refused, named, when it ends the clause
        // ("12 civilians remain trapped", "4 technicians working with ..." read). A name (a capital), a
        // people's word ("12 soldados venezolanos"), a verb of fleeing, a noun that is a fate
        // itself ("12 victimes décédées") and a fate said elsewhere ("12 soldiers deployed in
        // the area were killed") pass; Arabic, whose names have no capitals, is not judged.
        if let asked = givenMeasure ?? measure,
           !Vocabulary.measuresNamed(byName: asked).isDisjoint(with: ["killed", "injured", "displaced", "arrested", "kidnapped", "missing", "captured"]),
           vocab.personWords.contains(w) || vocab.groups.contains(w), !vocab.casualtyWords.contains(w), !vocab.deadGroups.contains(w), vocab.measures[w] == nil,
           !["victims", "victimes", "víctimas", "victimas", "bajas", "pertes"].contains(w),
           compoundEnd(i) == i, i + 1 < tokens.count, let next = word(at: i + 1),
           tokens[i + 1].text.first.map({ $0.isLowercase && ($0.isASCII || "éèêàâáíóúñçü".contains($0)) }) == true,
           compoundEnd(i + 1) == i + 1, !acceptedAfterFigure(next), match(vocab.measurePhrases, at: i + 1) == nil,
           i + 2 >= tokens.count || { if case .punctuation = tokens[i + 2].kind { return !isPunctuation("'", at: i + 2) }; return false }(),
           CountryWords.peopleByWord[next] == nil, !PhraseReader.fleeingVerbs.contains(next), !PhraseReader.refugeVerbs.contains(next),
           // A verb of a fate the tables give no measure word ("12 migrants noyés", "12 migrantes
           // ahogados": review53 F4, refused as unknown under killed) is weighed by fateOfPeople.
           PhraseReader.fateVerbs[next] == nil,
           !PhraseReader.leavingCountryVerbs.contains(next),
           !tokens.indices.contains(where: { k in
               k != i + 1 && (word(at: k).map { vocab.measures[$0] != nil || vocab.casualtyWords.contains($0) } == true
                              || match(vocab.measurePhrases, at: k) != nil)
           }) {
            return tokens[i + 1].text
        }
        if acceptedAfterFigure(w) || match(vocab.measurePhrases, at: i) != nil { return nil }
        // "5 rb orang", "5 Tsd Tote", "5 K fighters", "5 мн беженцев": a short word or one with
        // a dot may be a scale the tables lack, not an adjective; acronyms ("12 US soldiers") pass.
        let letters = tokens[i].text.count
        // An organisation or trade the tables list, right before a noun of people, is no scale
        // ("4 aid workers", "2 Red Cross workers"; phrases18: refused for "aid", "Red"). Not
        // before anything else: "4 oil fields" stays refused.
        func people(at k: Int, listedBefore: Bool = true) -> Bool {
            guard let u = word(at: k) else { return false }
            if vocab.personWords.contains(u) || vocab.groups.contains(u) { return true }
            // "2 Red Cross aid workers": one more listed word first.
            return listedBefore && vocab.countedNames.contains(u) && people(at: k + 1, listedBefore: false)
        }
        let listed: Bool = {
            if vocab.countedNames.contains(w) { return people(at: i + 1) }
            let words = PhraseReader.countedPhraseWords(tokens, vocab, in: i..<min(tokens.count, i + 4))
            guard words.contains(i) else { return false }
            var e = i
            while words.contains(e) { e += 1 }
            return people(at: e)
        }()
        let acronym = tokens[i].isAcronym || listed
        if compoundEnd(i) == i, (letters <= 3 && !acronym) || isPunctuation(".", at: i + 1) && !tokens[i + 1].spaceBefore {
            return tokens[i].text
        }
        // "12 thou people", "5 mill fighters": the start of a scale word, cut short.
        if w.count >= 3, vocab.scaleWords.contains(where: { $0.count > w.count && $0.hasPrefix(w) }) { return tokens[i].text }
        // "3 hunderd killed", "one thousnd", "three milllion", "3 milles morts": a scale word
        // misspelt by one letter (or two swapped) is refused, named, before the adjectives
        // below would let it through and leave the figure 1,000 times too small.
        if let scale = misspeltScale(w, at: i) { throw ParseFailure.misspeltScale(tokens[i].text, scale: scale, figure: phrase(found.start..<found.figureEnd)) }
        var k = compoundEnd(i)
        for _ in 0..<4 {
            k += 1
            guard let next = word(at: k) else { break }
            // "12 Gaza-based fighters", "11 pro-Turkish Syrian fighters", "298 MH-17 victims",
            // "18 Jabhat Thuwar al-Suriyya militants": a hyphenated word is one word.
            let last = compoundEnd(k)
            let noun = word(at: last) ?? next
            // A killing word of military press counts the dead only after a noun of people
            // (review53 F3: "12 jobs eliminated", "12 firms liquidated", "12 puestos eliminados"
            // read 12 killed): after words no table knows it lets none of them through.
            if vocab.personWords.contains(noun) || vocab.casualtyWords.contains(noun) || vocab.onePerson.contains(noun)
                || vocab.groups.contains(noun) || (vocab.measures[noun] != nil && !PhraseReader.killingAfterPeopleOnly.contains(noun))
                || vocab.othersWords.contains(noun) {
                return nil
            }
            if last != k { k = last; continue }
            // Adjectives and names before the noun ("four suspected Islamist militants", "8
            // Islamic State militants", "80 SDF and ISIS fighters"); a known word in lower case
            // ends them ("40 Prozent der Opfer").
            // "3 Lakes region deaths", "12 Idlib province residents": a place noun after a name
            // written with a capital in sentence case (review19 C2: it was refused).
            if vocab.placeNouns.contains(next), PhraseReader.capitalised(tokens[k - 1]), sentenceCase { continue }
            if acceptedAfterFigure(next), !vocab.andWords.contains(next), tokens[k].text.first?.isUppercase != true { break }
        }
        return tokens[i].text
    }

    /// The scale word (of five letters or more, any language's, "hundred", or a counting
    /// unit such as "dozen") that `w`, a word no table knows of five letters or more, is one
    /// edit from: a letter added, dropped, changed, or two neighbours swapped ("hunderd",
    /// "thousnd", "milllion", "billon", "milles", "tausen", "dozzen"); or a short scale with
    /// a plural "s" its language does not write ("mils"). A capitalised word in sentence case
    /// is a name ("12 Milton residents", "7 Miller family members", "3 Lakes region"), and a
    /// word of four letters is too often an ordinary one ("3 core members", not crore).
    func misspeltScale(_ w: String, at index: Int) -> String? {
        if index < tokens.count, PhraseReader.capitalised(tokens[index]), sentenceCase { return nil }
        if Languages.untabledWords.contains(w) { return nil }
        if w.hasSuffix("s"), let stem = Optional(String(w.dropLast())), stem.count >= 3, stem.count <= 4,
           vocab.scaleWords.contains(stem), !vocab.known.contains(w) { return stem }
        guard w.count >= 5 else { return nil }
        let a = Array(w)
        let units = vocab.countingUnits.keys.filter { $0 != "score" && $0 != "scores" }
        for scale in (vocab.scaleWords.union(["hundred"]).union(units)).sorted() where scale.count >= 5 && scale != w {
            if PhraseReader.withinOneEdit(a, Array(scale)) { return scale }
        }
        return nil
    }

    /// Whether the text is in sentence case (``sentenceCase(_:)``).
    var sentenceCase: Bool { PhraseReader.sentenceCase(tokens) }

    /// Whether two words are at most one edit apart (optimal string alignment distance ≤ 1).
    static func withinOneEdit(_ a: [Character], _ b: [Character]) -> Bool {
        if abs(a.count - b.count) > 1 { return false }
        var i = 0
        while i < min(a.count, b.count), a[i] == b[i] { i += 1 }
        if i == a.count && i == b.count { return true }
        if a.count == b.count {
            if Array(a[(i + 1)...]) == Array(b[(i + 1)...]) { return true }
            return i + 1 < a.count && a[i] == b[i + 1] && a[i + 1] == b[i] && Array(a[(i + 2)...]) == Array(b[(i + 2)...])
        }
        return a.count > b.count ? Array(a[(i + 1)...]) == Array(b[i...]) : Array(a[i...]) == Array(b[(i + 1)...])
    }

    /// The last token of a word hyphenated to others at `index` ("al-Suriyya", "MH-17",
    /// "pro-Turkish"), or `index` itself.
    func compoundEnd(_ index: Int) -> Int {
        var k = index
        while k + 2 < tokens.count, isDash(at: k + 1), !tokens[k + 1].spaceBefore, !tokens[k + 2].spaceBefore {
            switch tokens[k + 2].kind {
            case .word, .number, .name, .skip: k += 2
            default: return k
            }
        }
        return k
    }

    func acceptedAfterFigure(_ w: String) -> Bool {
        vocab.known.contains(w) || vocab.personWords.contains(w) || vocab.casualtyWords.contains(w)
            || vocab.onePerson.contains(w) || vocab.groups.contains(w) || vocab.measures[w] != nil
            || vocab.othersWords.contains(w) || vocab.andWords.contains(w) || vocab.isNumberWord(w)
            || vocab.currencies.contains(w)
    }

    /// "10 casualties at least", "12, at least", "20 people or more": a qualifier after
    /// the figure's noun. Up to two words may stand between; the qualifier must not
    /// open the next figure ("5 killed, at least 12 injured").
    func trailingQualifier(from index: Int) -> (Int, Qualifier, String)? {
        var j = index
        var gap = 0
        while j <= tokens.count {
            var k = j
            if isPunctuation(",", at: k) || isDash(at: k) || isSymbol("(", at: k) { k += 1 }
            // "7 killed and more than 35 injured": a qualifier whose words open the next figure
            // is that figure's ("and more" would take "more" from "more than 35").
            // dest15 (review54 F2, silent): "5000 people fled, roughly half to Chad": the word
            // qualifies the part after it, not the figure (it had read ~5,000).
            if let (end, qualifier) = match(vocab.trailing, at: k), !startsFigure(at: end),
               partWordEnd(at: end, approximations: false) == nil,
               !(word(at: end).map({ ["a", "an", "one", "un", "une", "una", "um", "uma"].contains($0) }) == true && partWordEnd(at: end + 1, approximations: false) != nil),
               !((k + 1)..<max(k + 1, end)).contains(where: { startsFigure(at: $0) }) {
                return (end, qualifier, phrase(k..<end))
            }
            guard gap < 3, let w = word(at: j), !vocab.isNumberWord(w), match(vocab.prefixes, at: j) == nil,
                  match(vocab.partsBefore, at: j) == nil, !vocab.betweenWords.contains(w)
            else { return nil }
            j += 1
            gap += 1
        }
        return nil
    }

    /// Whether a figure (possibly with qualifiers) starts at `index`.
    func startsFigure(at index: Int) -> Bool {
        var i = index
        while let (end, _) = match(vocab.prefixes, at: i) { i = end }
        if i < tokens.count, case .number = tokens[i].kind { return true }
        return (try? quantity(at: i, joinAnd: true)) != nil
    }

    /// The span of "N-odd" (``Qualifier/odd``): N+1 to N+u−1, where u is the unit of N's last
    /// non-zero digit (20-odd: 21–29, 300-odd: 301–399, 1,500-odd: 1,501–1,599), best the
    /// midpoint rounded half up as a vague word's is. A figure whose last digit is not zero
    /// ("25-odd") or a range gives no such step and is refused; so is "a twenty-something",
    /// an age.
    func oddSpan(_ span: Span, figure: String, odd: String, start: Int) throws(ParseFailure) -> Span {
        let n = span.best
        guard span.low == n, span.high == n, n >= 10, n % 10 == 0 else {
            throw ParseFailure(reason: "\"" + figure + (odd.hasPrefix("-") ? "" : " ") + odd + "\" says more than " + figure
                               + " without a step to count to: give the figure or a range")
        }
        if let a = word(at: start - 1), ["a", "an"].contains(a) {
            throw ParseFailure(reason: "\"" + phrase((start - 1)..<start) + " " + figure + odd + "\" reads as an age, not a count")
        }
        var unit: Int64 = 10
        while n % (unit * 10) == 0 { unit *= 10 }
        let low = n + 1, high = n + unit - 1
        return Span(low: low, best: low + (high - low + 1) / 2, high: high, bestStated: false)
    }

    func apply(_ qualifier: Qualifier, to span: Span, phrase: String) throws(ParseFailure) -> Span {
        var result = span
        switch qualifier {
        case .approximate, .none, .odd:
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

    // MARK: Figures that are not counts

    /// Why the figure at `index` is not a count of people, or nil if it is one.
    func nonCount(_ quantity: Quantity, at index: Int, findingStart: Int, qualifiers: [(Qualifier, String)],
                  inRange: Bool = false) -> String? {
        guard case .number = tokens[index].kind else {
            if let day = dayInWords(quantity, at: index, findingStart: findingStart) { return day }
            return otherThing(quantity, governedAt: findingStart - 1)
        }
        let text = tokens[index].text
        // "Rs 5 lakh", "USD 5 million": before the designations, which would take "USD" for a name.
        if let w = word(at: index - 1), vocab.currencies.contains(w) {
            return "\"" + phrase((index - 1)..<quantity.end) + "\" is a sum of money"
        }
        if findingStart == index, let named = designation(at: index) { return named }
        // (phrases20, review28 R5) A figure right before an event noun in the singular, with no
        // noun of people or casualty word after it, names the event's thing, not a count ("Boeing
        // 737 crash: 157 dead", "737 crash kills 157" were refused as two numbers); "12 blast
        // victims" counts victims.
        if findingStart == index, quantity.plainValue != nil, quantity.end == index + 1,
           let e = word(at: quantity.end), tokens[quantity.end].spaceBefore, vocab.eventNouns.contains(e),
           !countNounFollows(quantity.end + 1) || (word(at: quantity.end + 1).map { !vocab.personWords.contains($0) } == true
                                                   && startsFigure(at: quantity.end + 2)) {
            return "\"" + phrase(index..<(quantity.end + 1)) + "\" names something"
        }
        if let value = quantity.plainValue, quantity.end == index + 1 {
            let digits = tokens[index].plainDigits
            // "Nov. 24", "24 November", "May 8".
            // "at midnight on 12", "tués le 12", "the night of 12-13", "on the 12-13th": a day
            // with its month left out, when nothing follows it in its clause (review12b).
            let b1 = word(at: findingStart - 1), b2 = word(at: findingStart - 2)
            let dayBefore = b1.map { PhraseReader.dayWords.contains($0) } == true
                || (b1 == "the" && b2 == "on")
                || (b1 == "of" && b2.map { ["night", "morning", "evening", "afternoon", "dawn", "day"].contains($0) } == true)
            let nothingAfter = quantity.end >= tokens.count || isDash(at: quantity.end)
                || { if case .punctuation = tokens[quantity.end].kind { return true } else { return false } }()
            if (1...2).contains(digits), (1...31).contains(value),
               dayBefore && nothingAfter
                || isMonth(before: findingStart) || isMonth(at: quantity.end) || monthAhead(quantity.end)
                || word(at: findingStart - 1).map({ PhraseReader.weekdays.contains($0) }) == true {
                return "\"" + text + "\" is a day of a month"
            }
            if digits == 4, !inRange, (1800...2099).contains(value), isYear(index, findingStart: findingStart, end: quantity.end,
                                                                   qualifiers: qualifiers) {
                return "\"" + text + "\" is a year"
            }
            // dest22 (review56 F8, needless refusal): "In 1398, 5,000 killed", "1398: 5,000
            // killed", "In 2559 BE, 5,000 killed" (two numbers) are a dateline and a count, as
            // "In 2016, 5,000 killed" is.
            if digits == 4, !inRange, findingStart == index, (1300...2699).contains(value), datelineYear(at: index, end: quantity.end) {
                return "\"" + text + "\" is a year"
            }
        }
        if let value = quantity.plainValue, quantity.end == index + 1 {
            let digits = tokens[index].plainDigits
            // "at 0400 local time": four digits with a leading zero are a time or a code.
            if digits == 4, text.first == "0" { return "\"" + text + "\" is a time or a code" }
            // "20191012": a date written without separators.
            if digits == 8, (18_000_000...20_991_231).contains(value), (1...12).contains((value / 100) % 100),
               (1...31).contains(value % 100) { return "\"" + text + "\" is a date" }
            // "Q1 2019", "H1 2019": a year after a quarter or a half.
            if digits == 4, (1800...2099).contains(value), index >= 1, case .name = tokens[index - 1].kind,
               ["q1", "q2", "q3", "q4", "h1", "h2"].contains(tokens[index - 1].text.lowercased()) {
                return "\"" + text + "\" is a year"
            }
        }
        // "40°C", "40 °C": a temperature or an angle.
        if isPunctuation("°", at: quantity.end) || isSymbol("°", at: quantity.end) {
            return "\"" + phrase(index..<min(quantity.end + 2, tokens.count)) + "\" is a measurement"
        }
        // German "am 5. Mai" is "on the 5th of May": "70 am 5." is no time.
        if let value = quantity.plainValue, quantity.end == index + 1 {
            let digits = tokens[index].plainDigits
            // "در سال ۱۳۹۸", "в 1398 году", "عام 1441 هـ": a year of the Solar or Lunar Hijri
            // calendar, after a year word or before a calendar's mark.
            if digits == 4, (1300...1499).contains(value),
               word(at: findingStart - 1).map({ PhraseReader.otherCalendarYearWords.contains($0) }) == true
                || (word(at: findingStart - 1).map({ vocab.months.contains($0) }) == true && !countNounFollows(quantity.end))
                || word(at: quantity.end).map({ PhraseReader.calendarMarks.contains($0) }) == true {
                return "\"" + text + "\" is a year"
            }
            // A bare "۱۳۹۸", "١٤٤١", "১৪২৬", "२०७६": four digits of a script whose calendar
            // numbers its years so (Solar or Lunar Hijri, Bangla, Vikram Samvat), with nothing
            // that says it counts (issue 12, seventh review). "1398" in Latin digits stays a count.
            if digits == 4, !inRange, otherCalendarYear(index, value: value, findingStart: findingStart,
                                                         end: quantity.end, qualifiers: qualifiers) {
                return "\"" + phrase(index..<quantity.end) + "\" is a year of another calendar (Hijri, Bangla, Vikram Samvat, Buddhist or Myanmar)"
            }
            // "سال ۹۸": a year of two digits after the Persian word for year.
            if digits == 2, word(at: findingStart - 1) == "سال", !countNounFollows(quantity.end) {
                return "\"" + text + "\" is a year"
            }
            // "since April 20107": a year mistyped after a month.
            if digits == 5, (19000...20999).contains(value), isMonth(before: findingStart) {
                return "\"" + text + "\" is a mistyped year after a month"
            }
            // "in '17", "Jan 15 '17": a year of two digits after an apostrophe.
            if digits == 2, index >= 1, isPunctuation("'", at: index - 1) || isPunctuation("\u{2019}", at: index - 1),
               !tokens[index].spaceBefore, index == 1 || tokens[index - 1].spaceBefore, !countNounFollows(quantity.end) {
                return "\"'" + text + "\" is a year"
            }
        }
        if quantity.plainValue != nil, let (end, _) = match(vocab.timePhrases, at: quantity.end),
           !(word(at: quantity.end) == "am" && isPunctuation(".", at: end + 1)
             && (end < tokens.count && { if case .number = tokens[end].kind { return true } else { return false } }())) {
            return "\"" + phrase(index..<end) + "\" is a time"
        }
        // "5 million USD", "5 millones de dólares".
        var k = quantity.end
        for _ in 0..<2 {
            if let w = word(at: k), vocab.connectors.contains(w) || w == "of" { k += 1 }
            if isPunctuation("'", at: k) || isPunctuation("\u{2019}", at: k) { k += 1 }
        }
        if let w = word(at: k), vocab.currencies.contains(w) {
            return "\"" + phrase(index..<(k + 1)) + "\" is a sum of money"
        }
        if let end = match(vocab.currencyPhrases, at: k) {
            return "\"" + phrase(index..<end) + "\" is a sum of money"
        }
        return otherThing(quantity, governedAt: findingStart - 1)
    }

    /// A day of a month written in number words (phrases20, review28 S2: "el tres de febrero
    /// murieron personas", "le trois mars, morts", "il tre marzo morti", "o três de março" had
    /// read 3, while "el 3 de febrero" was refused): a number from one to thirty-one with no
    /// scale, right before its month ("de"/"del"/"di" between, or a dot), or right after a
    /// month when nothing follows it in its clause ("on May three,"). "In May three soldiers
    /// were killed" stays a count of soldiers. Skipped like the day in digits, so another
    /// figure in the text is read ("el tres de febrero murieron cinco personas" is 5).
    func dayInWords(_ quantity: Quantity, at index: Int, findingStart: Int) -> String? {
        guard case let .exact(head, 1) = quantity.amount, head.fraction.isEmpty, (1...31).contains(head.whole),
              quantity.end > index, word(at: index) != nil else { return nil }
        let nothingAfter = quantity.end >= tokens.count || isDash(at: quantity.end)
            || { if case .punctuation = tokens[quantity.end].kind { return true } else { return false } }()
        guard isMonth(at: quantity.end) || (isMonth(before: index) && nothingAfter) else { return nil }
        return "\"" + phrase(index..<quantity.end) + "\" is a day of a month"
    }

    /// Whether the capitalised word at `k` ends a place's name opened by a number word (the
    /// number a name's, ``namesOfNumberWords``) and a casualty word follows the figure at
    /// `figure`: "Nine Mile Point 2 injured" is 2 injured (phrases17: refused as no number).
    func endsNameOfANumber(_ k: Int, figure: Int) -> Bool {
        guard figure == k + 1, let next = word(at: figure + 1),
              vocab.casualtyWords.contains(next) || vocab.measures[next] != nil else { return false }
        var j = k
        while j >= 0, PhraseReader.capitalised(tokens[j]) {
            if case .name = tokens[j].kind { return j < k }
            j -= 1
        }
        return false
    }

    /// "Route 5", "Resolution 2254", "LID 77", "#3", "No. 4", and the numbers listed
    /// after one ("TNLA 661 and 885", "IB 12, LIB 442 and 517").
    func designation(at index: Int, depth: Int = 0) -> String? {
        let before = index - 1
        guard before >= 0 else { return nil }
        var designator = before
        if isPunctuation(".", at: designator) { designator -= 1 }
        if let w = word(at: designator), vocab.designations.contains(w),
           (w != "no" && w != "nr") || designator != before, !endsNameOfANumber(designator, figure: index) {
            return "\"" + phrase(designator..<(index + 1)) + "\" names something"
        }
        // "شارع الـ 16" ("street the-16"): the Arabic article, written apart, between the word and its number.
        if word(at: before) == "ال", let w = word(at: before - 1), vocab.designations.contains(w) {
            return "\"" + phrase((before - 1)..<(index + 1)) + "\" names something"
        }
        // "N° 328", "n° 12": a number sign after a letter (the lexer reads "°" as punctuation).
        if isPunctuation("°", at: before) || isSymbol("°", at: before), before >= 1, word(at: before - 1) != nil,
           !tokens[before].spaceBefore {
            return "\"" + phrase((before - 1)..<(index + 1)) + "\" names something"
        }
        // "Su 24", "C 130", "Il 76", "ET 302": a model's name as written, then its number.
        if case .word = tokens[before].kind, vocab.models.contains(tokens[before].text) {
            return "\"" + phrase(before..<(index + 1)) + "\" names something"
        }
        // "Article 2(4)": a numbered part of a designation.
        if isSymbol("(", at: before), !tokens[before].spaceBefore, before >= 1, case .number = tokens[before - 1].kind,
           depth < 8, designation(at: before - 1, depth: depth + 1) != nil {
            return "\"" + phrase((before - 1)..<(isSymbol(")", at: index + 1) ? index + 2 : index + 1)) + "\" names something"
        }
        // "U5MR 2", "MH17 298"? a name of letters and digits right before the figure, unless people follow.
        if case .name = tokens[before].kind, tokens[before].text.first?.isLetter == true, !countNounFollows(index + 1) {
            noteAside(designator: before, figure: index)
            return "\"" + phrase(before..<(index + 1)) + "\" names something"
        }
        if isPunctuation("#", at: before), !tokens[index].spaceBefore {
            return "\"" + phrase(before..<(index + 1)) + "\" names something"
        }
        if let named = nameBeforeFigure(at: index) { noteAside(designator: before, figure: index); return named }
        // An acronym no table knows right before the figure ("LID 77", "TNLA 223"), unless a
        // noun of people follows ("UN 12"? rare): also in headlines all in capitals, where
        // "KILL 6" is a known word and so no acronym.
        if tokens[before].isAcronym, let w = word(at: before), !vocab.known.contains(w), !countNounFollows(index + 1) {
            noteAside(designator: before, figure: index)
            return "\"" + phrase(before..<(index + 1)) + "\" names something"
        }
        // "MB 123 456" (a grid reference), "DOI 10.1000/182": a number right after a numbered
        // designation, apart by a space only or glued by "/" or ".", is part of it.
        if depth < 8, case .number = tokens[before].kind, !countNounFollows(index + 1),
           designation(at: before, depth: depth + 1) != nil {
            return "\"" + phrase((before - 1)..<(index + 1)) + "\" names something"
        }
        if depth < 8, before >= 1, !tokens[index].spaceBefore, !tokens[before].spaceBefore,
           isPunctuation("/", at: before) || isSymbol("/", at: before) || isPunctuation(".", at: before),
           case .number = tokens[before - 1].kind, designation(at: before - 1, depth: depth + 1) != nil {
            return "\"" + phrase((before - 1)..<(index + 1)) + "\" names something"
        }
        if depth < 8, before >= 1, !countNounFollows(index + 1) || ageList(at: index),
           isPunctuation(",", at: before) || word(at: before).map({ vocab.andWords.contains($0) }) == true,
           case .number = tokens[before - 1].kind, designation(at: before - 1, depth: depth + 1) != nil {
            return "\"" + tokens[index].text + "\" names something (listed with \"" + tokens[before - 1].text + "\")"
        }
        return nil
    }

    /// (phrases21, review30 S18) A figure a name of letters no table lists stands before
    /// ("SOHR 35", "CI 300", "U5MR 2") when that name opens a bracket or a clause (`(`, `[`, a
    /// comma, a semicolon, a slash, a spaced dash; up to three words in lower case between:
    /// "(according to SOHR 35)"): the index of that opening and the words, by the figure's
    /// index. ``estimate()`` refuses such a figure right after the figure it reads ("40 (SOHR
    /// 35)", "40, SOHR 35", "killed 40 (HRW 52)": another source's figure, or a range the
    /// tables do not name, had been dropped and 40 read exact) and sets it aside anywhere else
    /// ("LID 77", "12 soldiers of LID 77 killed").
    func noteAside(designator d: Int, figure index: Int) {
        var o = d - 1
        var n = 0
        while n < 3, word(at: o) != nil, tokens[o].text.first?.isLowercase == true { o -= 1; n += 1 }
        // The start of the text opens one too: its mirror ("SOHR 35, 40 killed", sums22).
        guard o == -1 || isSymbol("(", at: o) || isPunctuation("[", at: o) || clauseBreak(at: o)
        else { return }
        asides[index] = (o, phrase(d..<(index + 1)))
    }

    /// Whether a figure read at `start` mirrors an aside ending at `end`: a clause break
    /// right after the aside, then up to four words (or the break opens the figure).
    func mirrors(_ end: Int, _ start: Int) -> Bool {
        guard end <= start, start - end <= 5, clauseBreak(at: end) else { return false }
        return start == end || (end + 1 ..< start).allSatisfy { word(at: $0) != nil }
    }

    /// A comma, semicolon, colon, full stop, slash, closing bracket or spaced dash at `k`:
    /// where one clause of a text ends and another begins ("40 killed. SOHR 35", "SOHR 35,
    /// 40 killed").
    func clauseBreak(at k: Int) -> Bool {
        guard k >= 0, k < tokens.count else { return false }
        return isPunctuation(",", at: k) || isPunctuation(";", at: k) || isPunctuation(":", at: k) || isPunctuation(".", at: k)
            || isPunctuation("/", at: k) || isSymbol(")", at: k) || isPunctuation("]", at: k) || isPunctuation("\u{060C}", at: k)
            || isPunctuation("\u{061B}", at: k) || (isDash(at: k) && tokens[k].spaceBefore)
    }

    /// (phrases20, review28 S15) A word written with a capital that no table knows, a space
    /// before the figure, names what the figure numbers rather than what it counts, as the
    /// listed designations do ("Brigade 35", "LID 77"), whatever follows the figure:
    /// - a short word, an abbreviation of one to four letters ("Bde 35 soldiers killed", "Bn 92
    ///   fighters", "OMB 10 soldiers", "PD 6 residents hurt", "members of G 7 hurt");
    /// - any such word after "of", "from", "in", "at", "near" or a possessive ("crew of Apollo
    ///   13 hurt", "fans of Blink 182 hurt", "Kabul's PD 6").
    /// A word of a table (a qualifier, a casualty word, a month, a people or place listed in
    /// `countedNames`: "Killed 12", "About 20", "SDF 12 fighters"), a number word, and a headline
    /// all in capitals (every word has one) are left to the other rules.
    func nameBeforeFigure(at index: Int) -> String? {
        let before = index - 1
        // A count of things after the figure says what it is ("in Shaddadi 3 days ago").
        if let next = word(at: index + 1), vocab.otherCounts.contains(next) || vocab.durations.contains(next) { return nil }
        guard before >= 0, tokens[index].spaceBefore, case let .word(w) = tokens[before].kind,
              let first = tokens[before].text.first, first.isUppercase,
              // A scale's abbreviation never stands before its figure ("Bn 92 fighters": a battalion).
              !vocab.known.contains(w) || vocab.scaleWords.contains(w),
              !vocab.countedNames.contains(w), !vocab.personWords.contains(w),
              !vocab.casualtyWords.contains(w), vocab.measures[w] == nil, !vocab.months.contains(w),
              vocab.units[w] == nil, vocab.teens[w] == nil, vocab.tens[w] == nil,
              !vocab.groups.contains(w), !notNumbers.contains(before) else { return nil }
        // Every word written with a capital: a headline in capitals says nothing by its capitals.
        let letterWords = tokens.filter { $0.word != nil && $0.text.contains(where: \.isLetter) }
        if letterWords.count >= 2, letterWords.allSatisfy({ !$0.text.contains(where: \.isLowercase) }) { return nil }
        let letters = tokens[before].text.filter(\.isLetter).count
        let afterPreposition: Bool = {
            var p = before - 1
            if p >= 1, word(at: p) == "s", isPunctuation("'", at: p - 1) || isPunctuation("\u{2019}", at: p - 1) { return true }
            if isPunctuation("'", at: p) || isPunctuation("\u{2019}", at: p) { p -= 1; return word(at: p) != nil }
            return word(at: p).map { ["of", "from", "in", "at", "near"].contains($0) } == true
        }()
        guard letters <= 4 || afterPreposition else { return nil }
        return "\"" + phrase(before..<(index + 1)) + "\" names something"
    }

    /// "aged 5 and 7", "aged 5, 7 and 9": the figure at `index` ends a list of figures
    /// opened by an age word.
    func ageList(at index: Int) -> Bool {
        var i = index
        for _ in 0..<8 {
            let before = i - 1
            guard before >= 1, isPunctuation(",", at: before) || word(at: before).map({ vocab.andWords.contains($0) }) == true,
                  case .number = tokens[before - 1].kind else { return false }
            if let w = word(at: before - 2), vocab.ageWords.contains(w) { return true }
            i = before - 1
        }
        return false
    }

    /// Places whose population stands in the possessive before a figure ("the town's
    /// 20,000 residents"); a capitalised name no table knows is one too ("Aleppo's").
    static let placeOwners: Set<String> = ["town", "city", "village", "camp", "country", "district", "province",
                                           "region", "area", "neighbourhood", "neighborhood", "island", "state",
                                           "nation", "capital", "county", "municipality", "governorate", "strip"]
    /// Nouns of a population after such a possessive.
    static let populationNouns: Set<String> = ["residents", "inhabitants", "population", "people", "citizens",
                                               "villagers", "townspeople", "dwellers", "souls"]

    /// Words before a day of the month written without its month ("on 12", "le 12", "el 12",
    /// "am 12.", "dia 12").
    static let dayWords: Set<String> = ["on", "le", "el", "am", "dia", "tanggal", "числа"]

    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
                                        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]

    /// Words after a year of another calendar: "1398 году", "1441 هـ" (hijri), "1398 ش" (solar).
    static let calendarMarks: Set<String> = ["году", "года", "год", "г", "هـ", "ه", "ش", "ق", "ah", "sh"]
    /// Words for "year" before a year of another calendar ("سال ۱۳۹۸", "عام 1441", "Timeline 1398"):
    /// only these, not "to" or "of", which stand before tolls of 1,300 to 1,499 as often.
    static let otherCalendarYearWords: Set<String> = ["سال", "عام", "العام", "سنة", "timeline", "year"]

    func isMonth(at index: Int) -> Bool {
        // "5 de mayo", "5. Mai", "5 de Maio": a day, then "de" or a dot, then the month.
        if let w = word(at: index), ["de", "del", "di"].contains(w), let m = word(at: index + 1), vocab.months.contains(m) {
            return true
        }
        if isPunctuation(".", at: index), let m = word(at: index + 1), vocab.months.contains(m) { return true }
        guard let w = word(at: index), vocab.months.contains(w) else { return false }
        // "12 may have died": the verb, not the month.
        if w == "may", let next = word(at: index + 1), ["have", "be", "not", "also", "still", "well", "yet", "rise"].contains(next) {
            return false
        }
        return true
    }

    /// "du 5 au 7 mai", "vom 12. bis 14. März", "с 5 по 7 мая", "del 12 al 14 de marzo",
    /// "between 12 and 14 March": a month after a second day and a word of a range.
    func monthAhead(_ index: Int) -> Bool {
        var i = index
        var sawDay = false
        for _ in 0..<5 {
            guard i < tokens.count else { return false }
            if case .number = tokens[i].kind {
                guard tokens[i].plainDigits <= 2, let v = Int(tokens[i].text), (1...31).contains(v) else { return false }
                sawDay = true
            } else if isPunctuation(".", at: i) || isDash(at: i) {
            } else if let w = word(at: i) {
                if sawDay, isMonth(at: i) { return true }
                guard ["au", "al", "bis", "по", "до", "to", "and", "y", "et", "und", "a", "e", "ila"].contains(w) else { return false }
            } else { return false }
            i += 1
        }
        return false
    }

    func isMonth(before index: Int) -> Bool {
        var i = index - 1
        if isPunctuation(".", at: i) { i -= 1 }
        return isMonth(at: i) && word(at: i) != "may" || (word(at: i) == "may" && i >= 0)
    }

    /// A four-digit figure between 1800 and 2099 is a year unless something says it
    /// counts people: a qualifier that bounds a count ("at least 2000"), a noun of
    /// people or a casualty word close after it ("2000 people", "1900 killed"), or a
    /// casualty verb before it ("killed 2000"). A year word before it ("in", "since",
    /// a month) makes it a year whatever follows.
    func isYear(_ index: Int, findingStart: Int, end: Int, qualifiers: [(Qualifier, String)]) -> Bool {
        if let w = word(at: findingStart - 1), vocab.yearMarkers.contains(w) || vocab.months.contains(w) { return true }
        if isPunctuation(",", at: findingStart - 1), word(at: findingStart - 2).map({ vocab.months.contains($0) }) == true {
            return true
        }
        if qualifiers.contains(where: { [.atLeast, .moreThan, .approximate].contains($0.0) }) { return false }
        // "born 1999, killed 2022": beside a year its word marks, a year-shaped figure with no
        // noun of people after it is a year too (review12c).
        if !countNounFollows(end), tokens.indices.contains(where: { j in
            j != index && j >= 1 && tokens[j].plainDigits == 4 && { if case let .number(m) = tokens[j].kind { return (1800...2099).contains(m.whole) } else { return false } }()
                && (word(at: j - 1).map { vocab.yearMarkers.contains($0) } ?? false)
        }) { return true }
        if standsAlone(from: findingStart, to: end) { return false }
        if match(vocab.suffixes, at: end) != nil || trailingQualifier(from: end) != nil { return false }
        if let w = word(at: findingStart - 1), vocab.casualtyWords.contains(w) || vocab.personWords.contains(w) {
            return false
        }
        return !countNounFollows(end)
    }

    /// A four-digit figure written in the digits of a script whose calendar numbers its
    /// current years so: Persian or Arabic-Indic digits 1300–1499 (Solar and Lunar Hijri),
    /// Bengali 1300–1499 (Bangla), Devanagari 2000–2099 (Vikram Samvat), the digits of any
    /// other script 1300–1499 (Myanmar) or 2400–2699 (Buddhist Era). It is a count
    /// only when something says so: a qualifier that bounds a count, a noun of people or
    /// a casualty word after it, or one right before it.
    func otherCalendarYear(_ index: Int, value: Int64, findingStart: Int, end: Int,
                           qualifiers: [(Qualifier, String)]) -> Bool {
        switch tokens[index].digitScript {
        // "حمله 1398": Latin digits in a text written in Arabic script.
        case .latin: guard (1300...1499).contains(value), arabicScriptText else { return false }
        case .arabic, .bengali: guard (1300...1499).contains(value) else { return false }
        case .devanagari: guard (2000...2099).contains(value) else { return false }
        // (phrases20) Thai, Khmer, Lao: the Buddhist Era (2567 is 2024); Myanmar: its own era
        // (1386 is 2024).
        case .other: guard (1300...1499).contains(value) || (2400...2699).contains(value) else { return false }
        }
        if qualifiers.contains(where: { [.atLeast, .moreThan, .approximate, .atMost, .fewerThan].contains($0.0) }) { return false }
        if countNounFollows(end) || match(vocab.suffixes, at: end) != nil || trailingQualifier(from: end) != nil { return false }
        if let w = word(at: findingStart - 1), vocab.casualtyWords.contains(w) || vocab.personWords.contains(w)
            || vocab.measures[w] != nil {
            return false
        }
        return true
    }

    /// Whether a word of the text is written in Arabic script (Arabic, Persian, Urdu).
    lazy var arabicScriptText: Bool = tokens.contains { token in
        token.word.map { $0.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } } ?? false
    }

    /// The figure and its qualifiers are the whole text ("2017", "up to 2019", "1950+"),
    /// as in an `estimate` column: a count, since nothing around it says year.
    func standsAlone(from start: Int, to end: Int) -> Bool {
        for i in 0..<start where tokens[i].word != nil { return false }
        var i = end
        while i < tokens.count {
            if let (next, _) = match(vocab.suffixes, at: i) { i = next; continue }
            if tokens[i].word != nil { return false }
            if case .number = tokens[i].kind { return false }
            i += 1
        }
        return true
    }

    /// Whether no word comes before token `index`, or only a label that a colon ends
    /// ("killed: 1950-5,926").
    func noWordBefore(_ index: Int) -> Bool {
        if index > 0, tokens[index - 1].text == ":" { return true }
        for i in 0..<index where tokens[i].word != nil { return false }
        return true
    }

    /// A person noun or casualty word among the next two words.
    func countNounFollows(_ index: Int) -> Bool {
        var i = index
        for _ in 0..<2 {
            guard let w = word(at: i) else { return false }
            if vocab.personWords.contains(w) || vocab.casualtyWords.contains(w) { return true }
            i += 1
        }
        return false
    }

    /// "1994 – 800,000 killed", "Gaza 2014 – 2,251 killed", "killed 1,500 – 2023 report",
    /// "۱۳۹۸ – ۱۵۰۰ کشته": a year and a figure on either side of a dash are a dateline and a
    /// count, not a range (issue 12, review12b), when the dash is spaced or the other figure
    /// is grouped ("Aleppo 2016—4,500 dead"). "1800-2500 killed" stays a range.
    func dateline(_ first: Quantity, at firstIndex: Int, _ second: Quantity, at secondIndex: Int) throws(ParseFailure) -> Bool {
        guard isDash(at: first.end), secondIndex == first.end + 1 else { return false }
        func yearShaped(_ q: Quantity, at i: Int) -> Bool {
            guard let v = q.plainValue, q.end == i + 1, tokens[i].plainDigits == 4 else { return false }
            return (1800...2099).contains(v) || (tokens[i].digitScript != .latin && (1300...1499).contains(v))
        }
        let a = yearShaped(first, at: firstIndex), b = yearShaped(second, at: secondIndex)
        guard a != b else { return false }
        // "2000 – 3000 killed": two round figures are a range of counts.
        if let x = first.plainValue, let y = second.plainValue, x % 100 == 0, y % 100 == 0 { return false }
        let spaced = tokens[first.end].spaceBefore || tokens[secondIndex].spaceBefore
        // audit11 F5 (silent): two figures joined by a hyphen or an en dash with no word
        // around them ("1950-5,926" in an estimate column) are a range, not a dateline:
        // the low end had been dropped (read 5,926). A dateline has its place, its words
        // or an em dash ("Aleppo 2016—4,500 dead", "2016 – 4,500").
        if !spaced, tokens[first.end].text != "—", standsAlone(from: firstIndex, to: second.end) { return false }
        let other = a ? secondIndex : firstIndex
        let grouped = tokens[other].plainDigits == 0 && { if case .number = tokens[other].kind { return true } else { return false } }()
        // review54 F5, review55 F6 (silent): the same join, one end grouped, with words
        // after it and nothing but a label, a tag or a bullet before it ("1950-5,926
        // killed", "killed: 1950-5,926", "Syria: 2016-4,500 killed", "• 2016-4,500
        // killed") had been a dateline (5,926) while "1950-5926 killed" was the range; read
        // as the range, a headline's dateline became 2,016–4,500. A year and a count or a
        // range of counts, which nothing tells apart: refused. With a place before it
        // ("Aleppo 2016-4,500 dead") it stays a dateline.
        if !spaced, tokens[first.end].text != "—", grouped, noWordBefore(firstIndex) {
            throw ParseFailure(reason: "\"" + phrase(firstIndex..<second.end) + "\" may be a range (" + phrase(firstIndex..<first.end)
                               + " to " + phrase(secondIndex..<second.end) + ") or a year and a figure: write a range with both ends "
                               + "grouped alike (1,950–5,926), or the year apart from the figure (2016: 4,500 killed)")
        }
        // Spaced or by an em dash, and alone ("1950 - 5,926", "1950—5,926" in a cell): a
        // range or a year and a figure, which no word tells apart.
        if spaced || tokens[first.end].text == "—", standsAlone(from: firstIndex, to: second.end) {
            throw ParseFailure(reason: "\"" + phrase(firstIndex..<second.end) + "\" may be a range (" + phrase(firstIndex..<first.end)
                               + " to " + phrase(secondIndex..<second.end) + ") or a year and a figure: write a range with no spaces "
                               + "around its dash and both ends grouped alike (1,950–5,926), or the figure alone")
        }
        return spaced || grouped
    }

    /// Arabic and Persian words that count persons and nothing else (person, persons; the
    /// Persian counters نفر and تن): review56 F11. Not a word of the dead (قتيل, کشته), which a
    /// heading of years may take too.
    static let personCounters: Set<String> = ["شخص", "شخصا", "شخصاً", "أشخاص", "اشخاص", "الأشخاص", "نفر", "تن"]

    /// dest17: letters or digits of the Arabic script in the text (Arabic, Persian, Urdu).
    var arabicScript: Bool {
        tokens.contains { $0.digitScript == .arabic || $0.text.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } }
    }

    /// "2016-2017", "between 2015 and 2019", "2014 to 2018": two years, unless a count
    /// noun follows ("1900-2000 fighters").
    func yearRange(_ first: Quantity, _ second: Quantity, at index: Int, findingStart: Int) throws(ParseFailure) -> String? {
        // dest17 (review55 F17, silent): years of other calendars too: Solar Hijri and Hijri
        // (13xx, 14xx) in a text in Arabic script or its digits ("۱۳۹۸-۱۴۰۰ کشته", "١٤٤٤-١٤٤٥
        // قتيل" read 1,398–1,400 and 1,444–1,445), and the Buddhist era (25xx: "2559-2561 killed").
        func yearLike(_ v: Int64) -> Bool { (1800...2099).contains(v) || (2500...2599).contains(v) || arabicScript && (1300...1499).contains(v) }
        guard let a = first.plainValue, let b = second.plainValue, first.end == index + 1,
              tokens[index].plainDigits == 4, yearLike(a) else { return nil }
        // A year is written without a group separator: "1891 to 1,960" is a range of counts.
        let secondIsYear = (yearLike(b) || (b < 100 && b >= 0)) && [2, 4].contains(tokens[second.end - 1].plainDigits)
        guard secondIsYear else { return nil }
        // Alone ("2016-2017" in an estimate column) two years are still a span of years
        // (issue 12, seventh review), unless a qualifier or a suffix makes them a count
        // ("at least 1900-2000", "1900-2000+").
        let qualified = findingStart < index
            && !(findingStart + 1 == index && word(at: findingStart).map { vocab.betweenWords.contains($0) } == true)
        // review56 F11 (needless refusal of dest17's rule): a span of 13xx or 14xx in Arabic
        // script followed by a word for persons ("قتل 1350-1400 شخص", "۱۳۵۰ تا ۱۴۰۰ نفر") is a
        // count: years are not counted in persons. A word of the dead ("کشته", "قتيل") after
        // it says nothing of which: still refused below.
        if !(1800...2099).contains(a), !(2500...2599).contains(a), let w = word(at: second.end), Self.personCounters.contains(w) {
            return nil
        }
        // dest22 (review56 F8, needless refusal): a span of Hijri or Solar Hijri years (13xx,
        // 14xx) or Buddhist-era years (25xx) that ends past the current year of its calendar
        // (both Hijri calendars for 13xx-14xx) cannot be years of events: "1450-1499 کشته",
        // "1400-1450 قتيل", "2500-2599 killed" are ranges of counts.
        if !(1800...2099).contains(a), a < b, b > currentOtherCalendarYear(of: a) { return nil }
        if countNounFollows(second.end) {
            // review54 F13 (silent): "2014-2016 killed", a table's heading for the killed of
            // those years, read 2,014–2,016 people. Two ungrouped years, the second later,
            // before a count noun are a span of years or a range of counts, and a range of
            // counts is seldom written so: refused, unless qualified ("at least 2014-2016
            // killed") or both round hundreds ("1900-2000 fighters").
            if !qualified, tokens[second.end - 1].plainDigits == 4, yearLike(b), a < b, b - a < 100 || (1800...2099).contains(a),
               !(a % 100 == 0 && b % 100 == 0) {
                throw ParseFailure(reason: "\"" + phrase(index..<second.end) + "\" may be the years \(a) to \(b)"
                                   + " or a range of counts: write a range of counts with its "
                                   + "thousands grouped (" + Estimate.grouped(Int64(a)) + "–" + Estimate.grouped(Int64(b)) + "), or the figure alone")
            }
            return nil
        }
        if standsAlone(from: findingStart, to: second.end), qualified || second.end < tokens.count || b <= a { return nil }
        return "\"" + phrase(index..<second.end) + "\" are years"
    }

    /// "and 32 others wounded", "and injured 11 others": a new group, not the last item
    /// of the breakdown. "including 10 soldiers and 23 other persons" (the monitor's
    /// daily toll) is still the breakdown: "others" after "and" with no casualty word
    /// of its own.
    func othersFollow(_ finding: Finding) -> Bool {
        // "… including 110 children were killed and more than 1500 people were injured": after
        // a casualty verb and an and-word, a figure is a new group, not a part (phrases8).
        if finding.start >= 2, let a = word(at: finding.start - 1), vocab.andWords.contains(a),
           let v = word(at: finding.start - 2), vocab.measures[v] != nil { return true }
        var i = finding.figureEnd
        for _ in 0..<3 {
            guard let w = word(at: i) else { return false }
            if vocab.othersWords.contains(w) {
                var k = i + 1
                for _ in 0..<2 {
                    guard let after = word(at: k) else { break }
                    if vocab.casualtyWords.contains(after) { return true }
                    k += 1
                }
                let before = finding.start - 1
                let listed = isPunctuation(",", at: before) || word(at: before).map { vocab.andWords.contains($0) } == true
                return !listed
            }
            i += 1
        }
        return false
    }

    /// "the number of villages", "عدد القذائف": a count-of phrase whose noun (within two
    /// words) is a thing, not people, anywhere in the text outside the finding.
    func thingNamed(outside finding: Finding) -> String? {
        var i = 0
        while i < tokens.count {
            if i < finding.start || i >= finding.figureEnd, let (end, _) = match(vocab.numberOf, at: i) {
                var k = end
                for _ in 0..<3 {
                    guard let w = word(at: k) else { break }
                    if vocab.personWords.contains(w) || vocab.casualtyWords.contains(w) { break }
                    if vocab.otherCounts.contains(w), !vocab.durations.contains(w) { return w }
                    k += 1
                }
            }
            i += 1
        }
        return nil
    }

    /// Prepositions of place or time after a figure a verb of a death governs ("kill 3 in
    /// attack"): ``otherThing(_:governedAt:)``.
    static let placeOrTimePrepositions: Set<String> = ["in", "during", "at", "near", "on", "after", "en", "dans", "lors", "durante",
                                                       "tras", "après", "في", "خلال", "اثر", "إثر", "بعد"]

    /// A person noun or casualty word within two words after the figure, or a casualty
    /// word right before it ("kill 12", "12 people", "12 were killed").
    func peopleAround(_ finding: Finding) -> Bool {
        if countNounFollows(finding.figureEnd) { return true }
        var i = finding.figureEnd
        for _ in 0..<3 {
            guard let w = word(at: i) else { break }
            if vocab.casualtyWords.contains(w) || vocab.personWords.contains(w) { return true }
            i += 1
        }
        // "kill 12", "the death toll to 37", "the number of casualties rises to 54".
        var k = finding.start - 1
        for _ in 0..<5 {
            guard k >= 0 else { break }
            if let w = word(at: k), vocab.casualtyWords.contains(w) || vocab.personWords.contains(w) { return true }
            k -= 1
        }
        return !tokens[0..<finding.start].contains { $0.word != nil }
    }

    /// "two families", "14 artillery shells", "three times": the noun within the next
    /// two words counts something other than people.
    ///
    /// `governedAt`: the word before the figure. tie3 (review45 R2): a verb of a death or an
    /// injury there governs the figure, so a phrase of place or time right after it ("Gunmen
    /// kill 3 in attack", "militants kill 5 in raid", "killed 3 in an attack on a checkpoint")
    /// says where the people died, not what the figure counts (refused: '"3 in attack" counts
    /// attack, not people').
    func otherThing(_ quantity: Quantity, governedAt: Int? = nil) -> String? {
        if let g = governedAt, let verb = word(at: g), vocab.measures[verb] != nil || vocab.casualtyWords.contains(verb),
           let w = word(at: quantity.end), PhraseReader.placeOrTimePrepositions.contains(w) {
            return nil
        }
        // "25 of 30 drones", "two of the three brigades": a part of a count of things.
        if word(at: quantity.end) == "of" {
            var k = quantity.end + 1
            if word(at: k) == "the" { k += 1 }
            if let whole = try? self.quantity(at: k, joinAnd: false), whole.end > k, let reason = otherThing(whole) {
                return reason
            }
        }
        var i = quantity.end
        var words = 0
        var steps = 0
        while words < 3, steps < 8 {
            steps += 1
            // "2 booby-trapped vehicles", "6 long-range bombers": a hyphenated adjective is one word.
            // "Two Turkey-Backed Rebel Groups" (headlines1: read 2): right after the figure, its
            // parts are one word too ("kills 11 in government-held town" still counts people).
            if isDash(at: i), i + 1 < tokens.count, !tokens[i].spaceBefore, !tokens[i + 1].spaceBefore {
                i += 1
                if i == quantity.end + 2, words > 0 { words -= 1 }
            }
            guard let w = word(at: i) else { return nil }
            // "6 B-52 bombers", "4 F-16s", "6 Ту-22", "5 COVID-19 deaths": a name hyphenated to a
            // number is one word; a model of the tables (``LanguageTable/models``) counts
            // aircraft or weapons unless a noun of people follows ("298 MH-17 victims").
            if i + 2 < tokens.count, isNamePart(at: i + 2),
               { switch tokens[i + 2].kind { case .number, .name, .skip: return true; default: return false } }() {
                let model = tokens[i].text
                let next = i + 3 < tokens.count && !tokens[i + 3].spaceBefore ? word(at: i + 3) : nil
                i += next == "s" ? 4 : 3
                words += 1
                if let after = word(at: i), vocab.personWords.contains(after) || vocab.casualtyWords.contains(after)
                    || vocab.measures[after] != nil { return nil }
                if vocab.models.contains(model), word(at: i).map({ vocab.otherCounts.contains($0) }) != true {
                    return "\"" + phrase((quantity.end - 1)..<i).trimmingLeadingFigure(quantity.phrase) + "\" counts "
                        + "aircraft or weapons of a model, not people"
                }
                continue
            }
            // "870 artillery and air strikes", "12 air or ground attacks": modifiers of things
            // (``LanguageTable/thingModifiers``) joined by an and-word or "or" do not end the
            // figure's words (issue 12, seventh review); "two girls and attacks on villages" do.
            if i > quantity.end, vocab.andWords.contains(w) || w == "or",
               let modifier = word(at: i - 1), vocab.thingModifiers.contains(modifier) {
                i += 1
                continue
            }
            words += 1
            if vocab.currencies.contains(w) || match(vocab.currencyPhrases, at: i) != nil {
                return "\"" + phrase((quantity.end - 1)..<(i + 1)).trimmingLeadingFigure(quantity.phrase) + "\" is a sum of money"
            }
            // "6 suicide bombers": a noun of things that is people after its modifier.
            if match(vocab.peopleCompounds, at: i) != nil { return nil }
            // "10 police vehicles", "4 fighter jets", "16 rebel factions", "3 armoured personnel
            // carriers": a noun of one person or of a group right before a noun of things (not
            // a duration: "5 soldiers days later") is a modifier of it; a plural of people or a
            // measure word is not ("a 30 casualties massacre" counts casualties).
            if vocab.onePerson.contains(w) || vocab.groups.contains(w) || w == "personnel", vocab.measures[w] == nil,
               let next = word(at: i + 1), vocab.otherCounts.contains(next),
               !vocab.durations.contains(next), !vocab.personWords.contains(next), !vocab.casualtyWords.contains(next) {
                i += 1
                continue
            }
            // "1,200 civilian harm incidents", "3 child protection cases": a noun of people, a word
            // no table knows and a noun of things make one noun of things (review12c).
            if vocab.personWords.contains(w) || vocab.onePerson.contains(w), vocab.measures[w] == nil,
               let next = word(at: i + 1), !vocab.known.contains(next), !vocab.personWords.contains(next),
               let third = word(at: i + 2), vocab.otherCounts.contains(third), !vocab.durations.contains(third),
               !vocab.personWords.contains(third), !vocab.casualtyWords.contains(third) {
                i += 1
                continue
            }
            // "5,000 Lebanese pounds", "2 million Congolese francs": a demonym before a currency
            // names the money (review12c).
            if vocab.personWords.contains(w), let next = word(at: i + 1),
               vocab.currencies.contains(next) || match(vocab.currencyPhrases, at: i + 1) != nil {
                return "\"" + phrase((quantity.end - 1)..<(i + 2)).trimmingLeadingFigure(quantity.phrase) + "\" is a sum of money"
            }
            // review53 F5 (silent): "5,000 displaced families", "5,000 displaced Congolese families
            // in Uganda", "5,000 Syrian households": a people's name, a casualty or measure word
            // before a noun of families counts the families (some five people each), as "5,000
            // families" does; they had read 5,000 people. "Two family members" is people.
            if vocab.personWords.contains(w) || vocab.casualtyWords.contains(w) || vocab.measures[w] != nil || vocab.statusMeasures[w] != nil {
                var k = i + 1
                while k < i + 3, let u = word(at: k), !PhraseReader.familyUnits.contains(u),
                      vocab.personWords.contains(u) || vocab.casualtyWords.contains(u) || vocab.measures[u] != nil { k += 1 }
                if let u = word(at: k), PhraseReader.familyUnits.contains(u), word(at: k + 1).map({ vocab.personWords.contains($0) }) != true {
                    if skippedThing == nil {
                        skippedThing = quantity.end
                        skippedThingText = phrase((quantity.end - 1)..<(k + 1))
                    }
                    return "\"" + phrase((quantity.end - 1)..<(k + 1)).trimmingLeadingFigure(quantity.phrase) + "\" counts " + u + ", not people"
                }
            }
            if vocab.personWords.contains(w) { return nil }
            // "20 killed in clashes": the figure's own words end at a casualty word or a
            // preposition.
            // "12 dead cattle", "5 killed goats": a casualty word as the adjective of a noun of
            // things counts the things (review12c).
            if vocab.casualtyWords.contains(w) || vocab.personWords.contains(w), let next = word(at: i + 1),
               vocab.otherCounts.contains(next), !vocab.durations.contains(next), !vocab.personWords.contains(next),
               PhraseReader.animals.contains(next) {
                return "\"" + phrase((quantity.end - 1)..<(i + 2)).trimmingLeadingFigure(quantity.phrase) + "\" counts " + next + ", not people"
            }
            if vocab.casualtyWords.contains(w) || (i > quantity.end && vocab.yearMarkers.contains(w)) { return nil }
            // "two family members": a noun of things right before a noun of people is
            // part of a compound.
            // ("12 yaşındaki çocuk" is an age: a duration is no such compound.)
            if vocab.otherCounts.contains(w), !vocab.durations.contains(w), let next = word(at: i + 1),
               vocab.personWords.contains(next) { return nil }
            if vocab.otherCounts.contains(w) {
                if skippedThing == nil {
                    skippedThing = quantity.end
                    skippedThingText = phrase((quantity.end - 1)..<(i + 1))
                }
                return "\"" + phrase((quantity.end - 1)..<(i + 1)).trimmingLeadingFigure(quantity.phrase)
                    + "\" counts " + w + ", not people"
            }
            i += 1
        }
        return nil
    }

    // MARK: What stands around the figure

    /// Refuses a figure whose surroundings change what it counts, where reading the
    /// figure alone would give a wrong number with no warning:
    /// - a `+` before it ("+50 morts" is "more than 50" in French headlines, "+5" an
    ///   increase elsewhere);
    /// - a fraction of it ("half of the 300", "la mitad de los 300");
    /// - an age (``age(_:)``);
    /// - someone named beside it (``personBeside(_:)``): the count is more than the figure;
    /// - an increment (``increment(_:)``): "rose by 12", "another 12", "12 more".
    func checkSurroundings(_ found: Finding) throws(ParseFailure) {
        let start = found.start
        let figure = phrase(start..<found.figureEnd)
        // (phrases18) A qualifier of the tables one or two verbs before a figure that has none
        // of its own, in text not in English: "al menos murieron 12 personas", "至少已造成12人"
        // had read exactly 12, the qualifier dropped. It is refused, naming it. (phrases20) In
        // English too, with only casualty words between ("at least killed 12" had read exactly 12).
        if found.figureStart == start {
            for gap in 1...2 where start - gap >= 1 {
                let between = (start - gap)..<start
                // Neutral words and casualty verbs ("murieron", "造成"), or a Han character no
                // table knows ("已"); in English, casualty words only.
                guard between.allSatisfy({ k in word(at: k).map {
                    vocab.casualtyWords.contains($0) || vocab.measures[$0] != nil
                        || (isForeign && (vocab.neutralWords.contains($0)
                            || (!vocab.known.contains($0) && $0.unicodeScalars.allSatisfy(HanWords.isHan))))
                } == true }) else { break }
                for k in max(0, start - gap - 4)..<(start - gap) {
                    if let (end, qualifier) = match(vocab.prefixes, at: k), end == start - gap, qualifier != .none {
                        throw ParseFailure(reason: "\"" + phrase(k..<end) + "\" stands before \"" + phrase(between) + "\", not next to \""
                            + figure + "\": write it next to the figure (\"" + phrase(k..<end) + " " + figure + "\")")
                    }
                }
            }
        }
        if start >= 1, case .symbol("+") = tokens[start - 1].kind,
           start == 1 || { if case .number = tokens[start - 2].kind { return false } else { return true } }() {
            throw ParseFailure(reason: "a \"+\" before \"" + figure + "\" may mean more than it or a rise by it: write \""
                               + figure + "+\" or \"more than " + figure + "\"")
        }
        for pieces in vocab.fractionsOf where pieces.count <= start {
            let from = start - pieces.count
            if match(pieces, at: from) == start {
                throw .partOnly(phrase(from..<found.figureEnd))
            }
            // With a determiner between: "one-third of the 1,200 victims", "half of those 400"
            // (issue 12: "one-third of the 1,200" had read 1,200).
            if from >= 1, let d = word(at: start - 1), vocab.fractionDeterminers.contains(d),
               match(pieces, at: from - 1) == start - 1 {
                throw .partOnly(phrase((from - 1)..<found.figureEnd))
            }
        }
        // Any fraction of the figure: "four-fifths of the 500", "2/3 of the 900", "quarter of
        // a million", "three sixths of those 60" (review17 #5: only the listed forms were parts).
        do {
            var k = start
            if k >= 1, let d = word(at: k - 1), vocab.fractionDeterminers.contains(d) { k -= 1 }
            if k >= 2, let of = word(at: k - 1), PhraseReader.ofWords.contains(of) {
                let f = k - 2
                var fraction = false
                if case let .skip(reason) = tokens[f].kind, reason.contains("fraction") { fraction = true }
                if let w = word(at: f), PhraseReader.fractionWords.contains(w) || (of != "of" && PhraseReader.otherFractionNouns.contains(w)) {
                    fraction = true
                }
                // The whole fraction in the message: "four-fifths", "three quarters".
                var from = f
                if from >= 2, isDash(at: from - 1), word(at: from - 2) != nil { from -= 2 }
                else if from >= 1, let c = word(at: from - 1), vocab.articles.contains(c) || vocab.units[c] != nil || vocab.isNumberWord(c) { from -= 1 }
                if fraction { throw .partOnly(phrase(from..<found.figureEnd)) }
            }
        }
        // "half of the dead, 240, were children", "most of them, 20, were women", "la mitad de
        // los muertos, 240, eran niños": a figure set off by a comma after a fraction or a part
        // of a group is that part, not the total (review19 C: it read 240). Set off on both
        // sides ("As part of its activity, about 20 casualties" is no apposition).
        // "Four-fifths of those killed, 400 people, were civilians": a noun of people may
        // stand before the closing comma.
        let closing: Int = {
            var k = found.figureEnd
            while k < found.figureEnd + 2, let n = word(at: k), vocab.personWords.contains(n) || vocab.casualtyWords.contains(n) { k += 1 }
            return k
        }()
        // "Most dead, 300, were civilians", "Die meisten Toten, 300": a part word right before
        // the noun of the group, with no "of" (review20b: German and Italian read 300).
        // One walk back from the opening comma, to punctuation or a number, tries both: a
        // fraction or part "of" the group, and a part word before the group's noun.
        func fractionOf(at j: Int) -> Int? {
            for pieces in vocab.fractionsOf where match(pieces, at: j).map({ $0 <= start - 1 }) == true { return j }
            if let of = word(at: j), PhraseReader.ofWords.contains(of), let f = word(at: j - 1),
               PhraseReader.fractionWords.contains(f) || PhraseReader.fractionNouns.contains(f)
                || PhraseReader.otherFractionNouns.contains(f) || vocab.partQuantifiers.contains(f) {
                return j - 1
            }
            return nil
        }
        func partBeforeNoun(at j: Int) -> Int? {
            guard j >= 1, let n = word(at: j), vocab.casualtyWords.contains(n) || vocab.personWords.contains(n),
                  let q = word(at: j - 1), vocab.partQuantifiers.contains(q) else { return nil }
            return j - 1
        }
        if start >= 2, isPunctuation(",", at: start - 1),
           isPunctuation(",", at: closing) || isSymbol(")", at: closing) || isDash(at: closing) {
            // The fraction is named first wherever it stands ("Die meisten Toten, 300": "die
            // meisten" is a fraction phrase of the German table, "meisten Toten" a part word).
            var j = start - 2
            var part: Int? = nil
            while j >= 0, start - 2 - j < 8 {
                if case .punctuation = tokens[j].kind { break }
                if case .number = tokens[j].kind { break }
                if let from = fractionOf(at: j) { throw .partOnly(phrase(from..<found.figureEnd)) }
                if part == nil { part = partBeforeNoun(at: j) }
                j -= 1
            }
            if let part { throw .partOnly(phrase(part..<found.figureEnd)) }
        }
        // "Children accounted for 12 of the deaths", "12 of the dead were children", "Uno dei
        // morti era un bambino", "12 der Toten waren Kinder": a count of some of the dead is
        // not the toll (review20b: these read 12 and 1).
        // The group is definite: an article, or one fused with "of" ("dei", "des", "der",
        // "dos"), or a case that needs none ("из", "من ال…"); "dozens of casualties", "des
        // dizaines de victimes" are no part.
        // A counted unit may stand before the "of" ("۱۲ نفر از کشته شدگان", "12 orang dari
        // korban"; phrases17: the Persian read 12).
        let ofAt = word(at: found.figureEnd).map { vocab.partCounters.contains($0) } == true
            && word(at: found.figureEnd + 1).map { vocab.groupOf.contains($0) } == true ? found.figureEnd + 1 : found.figureEnd
        // "ölenlerden 12 kişi", "yaralılardan 3'ü": the group of the dead in a case that takes a
        // part, right before the figure (phrases17).
        if start >= 1, let group = word(at: start - 1), vocab.groupsFrom.contains(group) {
            throw .partOnly(phrase((start - 1)..<found.figureEnd))
        }
        if let of = word(at: ofAt), vocab.groupOf.contains(of) {
            var k = ofAt + 1
            var definite = vocab.groupOfThe.contains(of)
            if let a = word(at: k), vocab.groupArticles.contains(a) { k += 1; definite = true }
            if definite, isGroupOfDead(at: k) { throw .partOnly(phrase(start..<(k + 1))) }
            // "jedna z obětí", "jeden z mŕtvych" (Czech, Slovak: one of the victims, of the
            // dead): a word no table knows after the "of" may be a group's noun of a language
            // tally does not read; a capital names a place ("12 z Gazy") (review26 S5: read 1).
            // A word of the tables just before, a verb, says what befell them ("قتل 12 من
            // سكان القرية", killed 12 of the village's people).
            let befell = start >= 1 && word(at: start - 1).map { vocab.known.contains($0) } == true
            // Adjectives before a noun of people ("20 of the regime forces") are no group's noun.
            let people = ((k + 1)..<max(k + 1, min(k + 4, tokens.count))).contains { j in
                word(at: j).map { vocab.personWords.contains($0) || vocab.groups.contains($0) || vocab.casualtyWords.contains($0)
                    || vocab.measures[$0] != nil } == true
            }
            if definite, !befell, !people, k < tokens.count, let n = word(at: k), !vocab.known.contains(n),
               !vocab.known.contains(Vocabulary.foldedGroupNoun(n)), !PhraseReader.capitalised(tokens[k]) {
                throw .unknownGroup(tokens[k].text, figure: phrase(start..<k))
            }
        }
        // "Of the dead, 12 were children", "De los muertos, 12 eran niños", "Von den Toten
        // waren 12 Kinder": the group named first, at the start of the sentence.
        for j in stride(from: start - 2, through: max(0, start - 7), by: -1) {
            guard let of = word(at: j), vocab.groupOf.contains(of) || PhraseReader.amongWords.contains(of) else { continue }
            let atStart: Bool = {
                if j == 0 { return true }
                if case let .punctuation(p) = tokens[j - 1].kind { return [".", ":", ";", "!", "?"].contains(p) }
                return false
            }()
            guard atStart else { continue }
            var k = j + 1
            if let a = word(at: k), vocab.groupArticles.contains(a) { k += 1 }
            guard isGroupOfDead(at: k) else { continue }
            // Only a comma and a verb between the group and the figure.
            var words = 0
            var ok = true
            for m in (k + 1)..<start {
                switch tokens[m].kind {
                case .word: words += 1
                case .punctuation(","): break
                default: ok = false
                }
            }
            if ok, words <= 1 { throw .partOnly(phrase(j..<found.figureEnd)) }
        }
        // "twice the 500", "double the 500 killed last year", "three times the 40", "twice as
        // many as the 500", "el doble de los 500": a multiple of a figure is no count of it
        // (review19 C: these read the figure).
        do {
            var j = start - 1
            while j >= 0, start - 1 - j < 5, let w = word(at: j), PhraseReader.multipleFillers.contains(w) { j -= 1 }
            if let m = word(at: j), PhraseReader.multiples.contains(m) || (m == "times" && j >= 1 && value(at: j - 1) != nil) {
                let from = m == "times" ? j - 1 : j
                throw ParseFailure(reason: "\"" + phrase(from..<found.figureEnd) + "\" is a multiple of a figure, not a count: give the count")
            }
        }
        // "a camp built for 5,000", "capacity of 5,000", "a town of 20,000", "a convoy of 20":
        // the figure is a capacity, a population or a size (issue 12, sixth review).
        for pieces in vocab.capacities where pieces.count <= start {
            let from = start - pieces.count
            if match(pieces, at: from) == start {
                throw ParseFailure(reason: "\"" + phrase(from..<found.figureEnd) + "\" is a capacity, a population or the size "
                                   + "of something, not a count of casualties: give the count")
            }
        }
        // "the town's 20,000 residents", "Aleppo's 2 million inhabitants": the population of a
        // place in the possessive, not a count of what happened to it (issue 12, seventh review).
        if start >= 3, word(at: start - 1) == "s", isPunctuation("'", at: start - 2), let owner = word(at: start - 3),
           PhraseReader.placeOwners.contains(owner)
            || (tokens[start - 3].text.first?.isUppercase == true && !vocab.known.contains(owner)
                && !vocab.onePerson.contains(owner) && !vocab.groups.contains(owner) && !vocab.personWords.contains(owner)) {
            var k = found.figureEnd
            for _ in 0..<2 {
                guard let w = word(at: k) else { break }
                if PhraseReader.populationNouns.contains(w) {
                    throw ParseFailure(reason: "\"" + phrase((start - 3)..<(k + 1)) + "\" is the population of a place, "
                                       + "not a count of casualties: give the count")
                }
                k += 1
            }
        }
        // "two children's hospitals": a noun of people in the possessive names whose things the figure counts.
        var i = found.figureEnd
        for _ in 0..<2 {
            guard let w = word(at: i) else { break }
            if vocab.personWords.contains(w), isPunctuation("'", at: i + 1) || isPunctuation("\u{2019}", at: i + 1),
               word(at: i + 2) == "s", let thing = word(at: i + 3), vocab.otherCounts.contains(thing) {
                throw ParseFailure(reason: "\"" + phrase(start..<(i + 4)) + "\" counts " + thing + ", not people")
            }
            i += 1
        }
        // "5 mil people": Spanish and Portuguese "mil" is a thousand, English "mil" a million.
        if !isForeign, tokens[found.start..<found.figureEnd].contains(where: { $0.word == "mil" }) {
            throw ParseFailure(reason: "\"" + figure + "\" is a thousand in Spanish or Portuguese and a million in English: "
                               + "write thousand or million")
        }
        // "un millón y medio", "1 millón y medio": a half after the multiplier is not read; refuse
        // rather than drop it.
        if let and = word(at: found.figureEnd), ["y", "e", "et", "und"].contains(and),
           let half = word(at: found.figureEnd + 1), ["medio", "media", "meio", "meia", "demi", "demie", "halb"].contains(half) {
            throw ParseFailure(reason: "\"" + phrase(found.start..<(found.figureEnd + 2)) + "\" has a half after its multiplier: "
                               + "write it as a decimal (1.5 millones)")
        }
        // "12. kurban", "das 12. Opfer", "12'nci kurban", "12'si": an ordinal or a part, in
        // languages that write them with a dot or an apostrophe after the figure.
        let fe = found.figureEnd
        if fe + 1 < tokens.count, isPunctuation(".", at: fe), !tokens[fe].spaceBefore, let next = word(at: fe + 1),
           tokens[fe + 1].spaceBefore, isForeign || tokens[fe + 1].text.first?.isLowercase == true
            || vocab.designations.contains(next) || vocab.groups.contains(next), !vocab.months.contains(next) {
            throw ParseFailure(reason: "\"" + phrase(found.start..<(fe + 2)) + "\" reads as an ordinal, not a count")
        }
        if fe + 1 < tokens.count, isPunctuation("'", at: fe), !tokens[fe].spaceBefore, !tokens[fe + 1].spaceBefore,
           let suffix = word(at: fe + 1),
           ["nci", "ncı", "ncü", "ncu", "inci", "ıncı", "üncü", "uncu", "si", "sı", "sü", "su", "ü", "i", "ı", "u"].contains(suffix) {
            throw ParseFailure(reason: "\"" + phrase(found.start..<(fe + 2)) + "\" reads as an ordinal or a part, not a count")
        }
        // "n=12", "N = 12", "U5MR = 2": a value of something named before "=".
        if start >= 2, isSymbol("=", at: start - 1),
           !(word(at: start - 2).map { vocab.casualtyWords.contains($0) || vocab.measures[$0] != nil } ?? false) {
            throw ParseFailure(reason: "\"" + phrase((start - 2)..<found.figureEnd) + "\" is a value of something named, not a count")
        }
        // "каждый день по 300 погибших", "her gün 12 kişi", "هر روز ۱۲ کشته", "every day 12 people":
        // a rate before the figure.
        for k in max(0, start - 4)..<start {
            for pieces in vocab.rates {
                guard case let .word(first)? = pieces.first, PhraseReader.everyWords.contains(first) else { continue }
                if let end = match(pieces, at: k), end <= start {
                    throw ParseFailure(reason: "\"" + phrase(k..<found.figureEnd) + "\" is a rate, not a count of "
                                       + figure + ": give the count for the period")
                }
            }
        }
        // "12 1/2": a fraction after the figure.
        if fe < tokens.count, case let .skip(reason) = tokens[fe].kind, reason.contains("fraction") {
            throw ParseFailure(reason: "\"" + phrase(found.start..<(fe + 1)) + "\" is not a whole number")
        }
        // "a ratio of 1 to 3", "odds of 1 to 10", "a CFR of 4", "GAM rate of 15": a ratio or a rate.
        for pieces in PhraseReader.ratioPieces where pieces.count <= start {
            if match(pieces, at: start - pieces.count) == start {
                throw ParseFailure(reason: "\"" + phrase((start - pieces.count)..<fe) + "\" is a ratio, a rate or a part of something, not a count")
            }
        }
        // "the high hundreds", "the low thousands": a part of a vague range.
        if let w = word(at: start - 1), ["high", "low", "mid", "upper", "lower"].contains(w),
           case .word = tokens[start].kind {
            throw ParseFailure(reason: "\"" + phrase((start - 1)..<fe) + "\" is a part of a vague range: give the figure")
        }
        // "the Group of Seven", "the Seven Sisters states": a number word with a capital inside a
        // sentence that is not written in title case is part of a name (review12b).
        if start > 0, case let .word(w) = tokens[start].kind, vocab.isNumberWord(w) || vocab.units[w] != nil,
           tokens[start].text.first?.isUppercase == true, word(at: start - 1) != nil {
            let words = tokens.filter { $0.word != nil }
            let capitals = words.filter { $0.text.first?.isUppercase == true }.count
            // "the Big Three", "the Chicago Seven": "the", a capitalised word no table knows,
            // a capitalised number word, in any case of the text.
            let titled = start >= 2 && tokens[start - 1].text.first?.isUppercase == true
                && (word(at: start - 1).map { !vocab.known.contains($0) } ?? false)
                && (word(at: start - 2).map { ["the", "la", "le", "les", "el", "los", "die", "der", "os", "as"].contains($0) } ?? false)
            if capitals * 2 <= words.count || titled {
                throw ParseFailure(reason: "\"" + phrase(max(0, start - 1)..<fe) + "\" is part of a name: a number word with a capital "
                                   + "inside a sentence")
            }
        }
        if let reason = notACount(found) { throw ParseFailure(reason: reason) }
        if let word = negation(found) {
            throw ParseFailure(reason: "\"" + word + "\" in the sentence may deny or doubt \"" + figure
                               + "\": give the figure alone if it stands")
        }
        // "no one was killed except the gunman", "nobody but the driver was hurt": a zero that
        // leaves someone out counts them (phrases27: read 0).
        // "no one was seriously hurt", "no serious injuries", "personne n'a été grièvement
        // blessé": a zero of the grave ones says nothing of the others (review41 S3, read 0).
        // Within the zero's own words, to two after its measure word ("heridos de gravedad"):
        // "no one was killed; two were seriously injured" still reads 0 killed.
        if found.span.high == 0, found.span.low == 0,
           let w = (found.start ..< min(tokens.count, measureSpan(found).upperBound + 2)).lazy.compactMap({ self.word(at: $0) })
            .first(where: PhraseReader.severityWords.contains) {
            throw ParseFailure(reason: "\"" + w + "\": the zero is of the grave ones only and says nothing of the others: give the figure of all")
        }
        // "No one escaped injury", "Nobody escaped injury", "No one was spared injury", "None of the
        // residents escaped injury": no one escaped is everyone hurt, not a zero (phrases28,
        // review41 S9: read 0 injured). A verb of escaping or sparing, or a word of the unhurt,
        // in the zero's clause.
        if found.span.high == 0, found.span.low == 0 {
            var k = found.start
            while k < tokens.count, !isPunctuation(",", at: k), !isPunctuation(";", at: k), !isPunctuation(".", at: k),
                  !(k > found.start && word(at: k).map { vocab.andWords.contains($0) || PhraseReader.clauseJoins.contains($0) } == true) {
                if let w = word(at: k), PhraseReader.escapedAll.contains(w) {
                    throw ParseFailure(reason: "\"" + phrase(found.start..<min(tokens.count, max(k + 2, measureSpan(found).upperBound)))
                                       + "\" says everyone was hurt or killed, not that no one was: give the figure")
                }
                k += 1
            }
        }
        if found.span.high == 0, found.span.low == 0, let w = zeroLeavesOut(found) {
            throw ParseFailure(reason: "\"" + phrase(found.start..<found.end) + "\" leaves someone out (\"" + w
                               + "\"): give the figure with them")
        }
        // "no one claimed responsibility", "none survived": a zero word says nothing about
        // casualties unless a casualty word or a noun of people stands near it.
        if case .word = tokens[found.start].kind, found.span.high == 0, found.span.low == 0,
           !standsAlone(from: found.start, to: found.end), !casualtyNear(found) {
            throw ParseFailure(reason: "\"" + phrase(found.start..<min(found.end + 2, tokens.count))
                               + "\" says no one of something the tables do not count: give the figure")
        }
        if let limit = ageLimit(found) {
            throw ParseFailure(reason: "\"" + limit + "\" reads as an age, not a count")
        }
        if let age = age(found) {
            throw ParseFailure(reason: "\"" + age + "\" reads as an age, not a count")
        }
        if let reason = rateOrDifference(found) { throw ParseFailure(reason: reason) }
        if let name = numberedName(found) {
            throw ParseFailure(reason: "\"" + name + "\" reads as a name or a number of something (an issue, an incident, a page), "
                               + "and nothing in the text says it counts people: give the count")
        }
        if let named = personBeside(found) {
            throw ParseFailure(reason: "\"" + named + "\" names someone besides the figure: give the total")
        }
        // "3 people died, as did the gunman", "3 killed, as was a policeman", "…, and so did the
        // driver" (stop 38: read 3): someone else died too, after the figure's clause.
        if let (named, attacker) = asDidSomeone(found) {
            if attacker {
                throw ParseFailure(reason: "\"" + named + "\": the attacker's death is a figure of its own besides \"" + phrase(measureSpan(found))
                                   + "\": give the total, with the attacker or without")
            }
            throw ParseFailure(reason: "\"" + named + "\" names someone besides the figure: give the total")
        }
        if let attacker = attackerDied(found) {
            throw ParseFailure(reason: "\"" + attacker + "\": the attacker's death is a figure of its own besides \"" + phrase(measureSpan(found))
                               + "\": give the total, with the attacker or without")
        }
        if let named = victimInClause(found) {
            throw ParseFailure(reason: "\"" + named + "\" names someone besides the figure, in a clause of its own: give the total")
        }
        if let named = othersBeside(found) {
            let hint = measureOf(found).map { ", or read it for the measure it counts: --measure " + $0 } ?? ""
            throw ParseFailure(reason: "\"" + named + "\" names someone besides the figure: give the total" + hint)
        }
        if let others = othersUnnamed(found) {
            throw ParseFailure(reason: "\"" + others + "\" counts people besides someone the text does not count: give the total")
        }
        // After someone named: "the driver and another 4 passengers" names the driver.
        if let reason = increment(found) { throw ParseFailure(reason: reason) }
    }

    /// A word of ``LanguageTable/negations`` in the figure's sentence, outside the figure and
    /// its qualifiers ("the army denied that 12 were killed", "12 were not killed", "reports
    /// of 12 dead were false", "nicht"), or nil.
    /// Animals (English): "12 dead cattle", "12 animals killed" count animals.
    /// Nouns of families and households: a figure of them counts units of some five people
    /// (``otherThing(_:governedAt:)``).
    static let familyUnits: Set<String> = [
        "families", "family", "households", "household", "familles", "famille", "ménages", "ménage", "familias", "familia",
        "hogares", "famílias", "família", "agregados", "عائلة", "عائلات", "أسرة", "أسر", "اسرة", "اسر",
    ]

    static let animals: Set<String> = [
        "cattle", "cows", "sheep", "goats", "dogs", "cats", "fish", "birds", "camels", "horses", "donkeys", "mules", "animals",
        "livestock", "whales", "dolphins", "rhinos", "gorillas", "elephants", "pigs", "chickens", "poultry", "lions",
    ]

    /// First words of the English negations that make a figure hypothetical (review12c).
    static let hypotheticals: Set<String> = ["could", "would", "might", "threatened", "planned", "tried", "attempted", "plot", "enough", "projected", "may"]

    /// Words that negate the qualifier right after them ("not over", "nicht über", "não mais").
    static let negationParticles: Set<String> = [
        "not", "no", "nicht", "kein", "keine", "keinen", "não", "nao", "не", "ні", "لا", "نه", "tidak", "non", "nie", "ne", "ni", "nor",
    ]

    func negation(_ found: Finding) -> String? {
        func stop(_ i: Int) -> Bool { isPunctuation(".", at: i) || isPunctuation(";", at: i) || isPunctuation("!", at: i) }
        var a = found.start
        while a > 0, !stop(a - 1) { a -= 1 }
        var b = found.end
        while b < tokens.count, !stop(b) { b += 1 }
        var i = a
        while i < b {
            if i >= found.start, i < found.end { i = found.end; continue }
            // "12? dead", "dead: 12?", "?12 dead": a figure asked about or doubted (review12c).
            if isPunctuation("?", at: i) || isSymbol("?", at: i) || isPunctuation("\u{061F}", at: i) { return "?" }
            if let end = match(vocab.negations, at: i) {
                // "not only", "not including": no denial of the figure.
                if let next = word(at: end), ["only", "including", "counting", "least"].contains(next) { i = end; continue }
                // "not", "never" and their like deny the figure only between it and its
                // casualty word ("12 were not killed") or as "not true" ("it is not true that
                // 12 …"); elsewhere they belong to another clause ("warplanes not known …").
                // "false", "fake" before the figure only before a word of reports ("fake news: 12
                // killed"), not as an adjective ("False truce kills 12").
                let w = word(at: i) ?? ""
                // "could have killed 1,200", "threatened to kill 1,200", "1,200 would have died": a
                // figure that did not happen, only next to the modal ("… as they tried to
                // advance" in another clause leaves "killed 5" alone).
                if PhraseReader.hypotheticals.contains(w),
                   !(i < found.start && found.start - end <= 3) && !(i >= found.end && i - found.end <= 2) {
                    i = end; continue
                }
                if PhraseReader.nearNegations.contains(w), !(i >= found.end && i < found.end + 4),
                   !(word(at: end).map { ["true", "confirmed", "verified", "correct"].contains($0) } ?? false) {
                    i = end; continue
                }
                // "FALSE: 12 killed", "Fake - 12 dead", "It is false that 12 …": a fact-check's
                // label or verdict (review12c).
                let label = isPunctuation(":", at: end) || isDash(at: end) || word(at: end) == "that"
                    || (word(at: i - 1).map { ["is", "was", "are", "were", "s"].contains($0) } ?? false)
                if ["false", "fake", "falsely"].contains(w), i < found.start, !label,
                   !(word(at: end).map { ["news", "reports", "report", "claims", "claim", "rumours", "rumors"].contains($0) } ?? false) {
                    i = end; continue
                }
                return phrase(i..<end)
            }
            i += 1
        }
        return nil
    }

    /// Determiners between a fraction and the figure ("a third of the 400", "half of those 400").
    /// A fraction written as a number word and a fraction noun ("one third", "two-thirds",
    /// "three quarters", "one half"): where the fraction noun ends, or nil. Digits ("12 half of
    /// them", a comma left out) and a value of 10 or more are no numerator.
    func fractionEnd(figureStart: Int, figureEnd: Int, value: Int64) -> Int? {
        guard figureStart < tokens.count, case .word = tokens[figureStart].kind, (1...9).contains(value) else { return nil }
        let k = isDash(at: figureEnd) && figureEnd + 1 < tokens.count && !tokens[figureEnd].spaceBefore ? figureEnd + 1 : figureEnd
        guard let w = word(at: k), PhraseReader.fractionNouns.contains(w) || PhraseReader.otherFractionNouns.contains(w),
              w != "half" || value == 1 else { return nil }
        return k + 1
    }

    /// Fractions written after a number ("one third of them", "two-thirds of whom").
    static let fractionNouns: Set<String> = ["third", "thirds", "quarter", "quarters", "fourth", "fourths", "fifth", "fifths",
                                             "sixth", "sixths", "seventh", "sevenths", "eighth", "eighths", "ninth", "ninths",
                                             "tenth", "tenths", "half"]
    /// Fraction nouns of the French and Spanish tables ("les deux tiers des 900", "dos tercios
    /// de los 900"), read by the same rule as the English ones.
    static let otherFractionNouns: Set<String> = ["tiers", "quarts", "cinquièmes", "dixièmes", "tercio", "tercios", "cuartos",
                                                  "quintos", "décimos"]
    /// Words of a rate before its second number: "5 per 1,000", "5 pour 1 000", "5 por cada
    /// 1.000", "5 je 1000", "5 на 1000", "5 لكل 1000".
    static let perWords: Set<String> = ["per", "pour", "par", "cada", "pro", "je", "на", "لكل", "ל", "setiap", "başına", "każde", "ogni", "every"]
    /// "of" before the whole a fraction is taken of: "of", "des", "de", "del".
    static let ofWords: Set<String> = ["of", "de", "des", "du", "del"]
    /// Auxiliaries between a noun of people and its verb ("12 people were killed", "have
    /// been killed").
    static let auxiliaries: Set<String> = ["were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "got", "reportedly"]

    /// Words for "one" before "of the dead": the tables' articles and words of one ("um", "uma",
    /// "einer", "uno", "один"), English "a" and "an" left out.
    static let oneOfWords: Set<String> = {
        var out: Set<String> = []
        for table in Languages.all {
            for a in table.articles { out.insert(Vocabulary.word(a)) }
            for (w, v) in table.numberParts.units + table.numbers where v == 1 && Vocabulary.pieces(of: w).count == 1 {
                out.insert(Vocabulary.word(w))
            }
        }
        return out.subtracting(["a", "an"])
    }()

    /// "one of the dead", "um dos mortos", "einer der Toten", "uno de los muertos": where the
    /// first such phrase stands, or nil.
    func oneOfTheDead() -> Range<Int>? {
        for k in tokens.indices {
            guard let one = word(at: k), PhraseReader.oneOfWords.contains(one), let of = word(at: k + 1),
                  vocab.groupOf.contains(of) else { continue }
            var g = k + 2
            var definite = vocab.groupOfThe.contains(of)
            if let a = word(at: g), vocab.groupArticles.contains(a) { g += 1; definite = true }
            if definite, isGroupOfDead(at: g) { return k..<(g + 1) }
        }
        for k in tokens.indices {
            // "یکی از کشته شدگان", "salah satu korban tewas", "salah satu dari korban": a phrase
            // for "one of" that is no number word, before the group, with or without an "of"
            // (phrases17: the Persian read as no number, the Indonesian refused for "salah").
            if let end = match(vocab.oneOf, at: k) {
                var g = end
                if let of = word(at: g), vocab.groupOf.contains(of) { g += 1 }
                if let a = word(at: g), vocab.groupArticles.contains(a) { g += 1 }
                if isGroupOfDead(at: g) { return k..<(g + 1) }
            }
            // "ölenlerden biri", "yaralılardan bir kişi": the group in a case that takes a part,
            // then one (phrases17: refused as no number).
            if let group = word(at: k), vocab.groupsFrom.contains(group), k + 1 < tokens.count {
                if let end = match(vocab.oneOf, at: k + 1) { return k..<end }
                if let one = word(at: k + 1), PhraseReader.oneOfWords.contains(one) { return k..<(k + 2) }
            }
        }
        return nil
    }

    /// Whether a sentence ends between two token indices.
    func endsSentence(between from: Int, and to: Int) -> Bool {
        guard from < to else { return false }
        return (from..<to).contains { k in
            if case let .punctuation(p) = tokens[k].kind { return [".", ";", "!", "?"].contains(p) }
            return false
        }
    }

    /// A word for the dead, the hurt or the victims at `k` ("deaths", "morti", "Toten",
    /// "القتلى", "victims").
    func isGroupOfDead(at k: Int) -> Bool {
        guard let n = word(at: k) else { return false }
        let measure = vocab.measures[n]
        if let measure, measure != "killed", measure != "injured" { return false }  // "one of the arrested"
        if vocab.casualtyWords.contains(n) || measure != nil || vocab.deadGroups.contains(n) { return true }
        // Inflected, unaccented or with the Arabic article: "jeden z zabitých", "12 das
        // vitimas", "واحد من القتلى" (review26 S5: these read 1 and 12).
        return vocab.foldedDeadGroups.contains(Vocabulary.foldedGroupNoun(n))
    }
    /// Words that multiply a figure: "twice the 500", "el doble de los 500", "das Doppelte der 500".
    static let multiples: Set<String> = ["twice", "double", "triple", "treble", "thrice", "quadruple", "doble", "triple",
                                         "doppelte", "dreifache", "doppelt", "dreimal", "zweimal", "dobro", "triplo"]
    /// Words between a multiple and its figure ("twice as many as the 500", "doppelt so viele wie die 500").
    static let multipleFillers: Set<String> = ["as", "many", "much", "high", "large", "the", "those", "that", "this", "its",
                                               "their", "than", "of", "de", "los", "las", "des", "der", "die", "so", "viele",
                                               "wie", "el", "le", "la", "les", "do", "dos", "das"]
    static let ratioPieces: [[Piece]] = ["ratio of", "a ratio of", "odds of", "rate of", "a rate of", "cfr of", "a cfr of",
                                         "cmr of", "a cmr of", "the better part of", "better part of"].map { Vocabulary.pieces(of: $0) }

    /// First words of rates that stand before the figure too ("every day 12", "her gün 12").
    /// ("daily" and its like are left out: "the largest daily death toll with 44" is a count.)
    static let everyWords: Set<String> = ["every", "each", "каждый", "каждые", "за", "her", "هر", "كل", "cada", "chaque",
                                          "jeden", "jede", "setiap", "todos", "tous"]

    /// Negations that deny a figure only close after it or as "not true".
    static let nearNegations: Set<String> = ["not", "never", "nicht", "kein", "keine", "tidak", "bukan", "değil", "não", "pas", "не"]

    /// A casualty word, a measure word or a noun of people within four words after the
    /// finding or three before it ("no one was killed", "zero deaths", "killed: none").
    func casualtyNear(_ found: Finding) -> Bool {
        // A verb of dying too: "Nadie murió", "personne ne mourut" (review42 N4: refused as
        // "something the tables do not count").
        func counts(_ w: String) -> Bool {
            vocab.casualtyWords.contains(w) || vocab.measures[w] != nil || vocab.personWords.contains(w) || PhraseReader.dies(w)
        }
        for k in found.end..<min(found.end + 4, tokens.count) { if let w = word(at: k), counts(w) { return true } }
        for k in max(0, found.start - 3)..<found.start { if let w = word(at: k), counts(w) { return true } }
        return false
    }

    /// A figure that is not the count of one event though it counts people: a rate
    /// ("5 people a day", "12 deaths per day", "one person is killed every 5 hours"), a
    /// count per group ("5 soldiers from each side"), or a difference ("12 more people
    /// were killed than last year": a comparative right after the figure, then a
    /// comparison word). The words that make it so stand within five words
    /// after the figure, before punctuation or another figure; a rate phrase after a
    /// preposition ("12 killed in a day") is a span, not a rate.
    func rateOrDifference(_ found: Finding) -> String? {
        let figure = phrase(found.start..<found.figureEnd)
        var j = found.figureEnd
        while j < tokens.count && j < found.figureEnd + 5 {
            switch tokens[j].kind {
            case .punctuation, .number, .skip: return nil
            default: break
            }
            // "in a day", "during more than a month", "within a week": a span.
            let afterPreposition = word(at: j - 1).map {
                (vocab.yearMarkers.contains($0) && !vocab.andWords.contains($0))
                    || ["than", "within", "over", "under", "about", "almost", "nearly", "past", "last", "next", "one", "first", "a"].contains($0)
            } ?? false
            if !afterPreposition || j == found.figureEnd {
                for pieces in vocab.rates {
                    // "a month after Jaysh al-Izza executed …" dates something else.
                    if let end = match(pieces, at: j),
                       !(word(at: end).map { ["after", "before", "ago", "later", "earlier"].contains($0) } ?? false) {
                        return "\"" + phrase(found.start..<end) + "\" is a rate, not a count of "
                            + figure + ": give the count for the period"
                    }
                }
            }
            if let w = word(at: j), vocab.perEach.contains(w) {
                return "\"" + phrase(found.start..<(j + 1)) + "\" counts per group (\"" + w + "\"), not a total: give the total"
            }
            // "12 more people … than", and "12 deaths more than last year" (the comparative after
            // one noun of the figure; "54 casualties more than half of them children" is no comparison).
            if let w = word(at: j), vocab.comparisons.contains(w),
               word(at: found.figureEnd).map(vocab.comparatives.contains) == true
                || (j == found.figureEnd + 2 && word(at: found.figureEnd + 1).map(vocab.comparatives.contains) == true
                    && word(at: j + 1).map { !["half", "a", "one", "two", "third", "quarter"].contains($0) } == true) {
                return "\"" + phrase(found.start..<(j + 1)) + "\" is a difference, not a count: give the count"
            }
            j += 1
        }
        return nil
    }

    /// A figure added to an earlier count, whose total the text does not give: after a
    /// phrase of ``LanguageTable/increments`` ("another 12", "a further 12"), after a verb
    /// of change and its by-word ("rose by 12", "aumenta en 12", "steigt um 12"), or before
    /// a comparative that no comparison word closes ("12 more were killed"; "12 or more"
    /// is a qualifier and stops before "more").
    func increment(_ found: Finding) -> String? {
        let start = found.start
        let figure = phrase(start..<found.figureEnd)
        for pieces in vocab.increments where pieces.count <= start {
            let from = start - pieces.count
            if match(pieces, at: from) == start {
                // Portuguese "mais 3" is "3 more", French "mais 3" is "but 3" ("L'attaque a été
                // repoussée, mais 3 soldats ont été tués": phrases32, refused as an addition). In a
                // text with a word only French has, it is the contrast, as Spanish "pero" is.
                if pieces.count == 1, word(at: from) == "mais", tokens.contains(where: { t in
                    t.word.map { w in w.split(separator: "'").contains { vocab.wordLanguages[String($0)] == ["fr"] } } == true
                }) { continue }
                // "Un suicida se hizo estallar y mató a otras 3 personas": others than the one
                // who died by his own hand (phrases31).
                if pieces.count == 1, case let .word(o) = pieces[0], vocab.othersWords.contains(o), selfDeathBefore(found) != nil { continue }
                return "\"" + phrase(from..<found.figureEnd) + "\" adds to an earlier count, it is not a total: give the total, or \""
                    + figure + "\" alone if it is the count of this event"
            }
        }
        if start >= 2, let by = word(at: start - 1), vocab.changeBy.contains(by),
           let verb = word(at: start - 2), vocab.changes.contains(verb) {
            return "\"" + phrase((start - 2)..<found.figureEnd) + "\" is a rise or fall by the figure, not a total: give the total it reached"
        }
        if let w = word(at: found.figureEnd), vocab.comparatives.contains(w) {
            return "\"" + phrase(start..<(found.figureEnd + 1)) + "\" adds to an earlier count, it is not a total: give the total, or \""
                + figure + "\" alone if it is the count of this event"
        }
        // "100 weitere", "12 kişi daha", "12 orang lagi", "12 up on last week": right
        // after the figure, or after one noun of people or casualty word.
        var after = [found.figureEnd]
        if let w = word(at: found.figureEnd),
           vocab.personWords.contains(w) || vocab.casualtyWords.contains(w) || vocab.measures[w] != nil {
            after.append(found.figureEnd + 1)
        }
        for at in after {
            // "5 New Zealanders", "3 New Yorkers", "Nueva York": a place or a people, not "new".
            if match(vocab.newPlaces, at: at) != nil { continue }
            for pieces in vocab.incrementsAfter {
                if let end = match(pieces, at: at) {
                    return "\"" + phrase(start..<end) + "\" adds to an earlier count or is a rise by the figure, it is not a total: "
                        + "give the total, or \"" + figure + "\" alone if it is the count of this event"
                }
            }
        }
        // "Up 12", "Deaths: up 12": "up" or "down" that opens the text or a clause is a
        // rise or fall by the figure ("picked up 12 bodies" is a verb's particle).
        if start >= 1, let w = word(at: start - 1), w == "up" || w == "down",
           start == 1 || { if case .punctuation = tokens[start - 2].kind { return true } else { return false } }() {
            return "\"" + phrase((start - 1)..<found.figureEnd) + "\" is a rise or fall by the figure, not a total: give the total it reached"
        }
        return nil
    }

    /// A plain figure right after a capitalised word no table knows ("Noche y Niebla
    /// 27", "Incident 236", "Annex 54") or a number sign ("N° 328", "No 64") in a text with no noun of people, casualty word
    /// or measure word anywhere: the number of an issue, an incident, a page, not a
    /// count. Returns the name and the figure.
    func numberedName(_ found: Finding) -> String? {
        let start = found.start
        guard start >= 1, found.figureEnd == start + 1, case .number = tokens[start].kind else { return nil }
        // "N° 328", "No 64": a number sign, or a capitalised "No" before the figure.
        // ("°" is lexed as punctuation.) A word of ``LanguageTable/documents`` ("Report 328",
        // "Bulletin 45"), or a word no table knows: capitalised ("Noche y Niebla 27"), or in
        // lower case when the figure ends the text ("noche y niebla 27"; in "ölenlerden
        // 44'ünün kimliğinin …" the figure goes on).
        let endsText = tokens[found.figureEnd...].allSatisfy { if case .punctuation = $0.kind { return true } else { return false } }
        let numberSign = isSymbol("°", at: start - 1) || isSymbol("º", at: start - 1)
            || isPunctuation("°", at: start - 1) || isPunctuation("º", at: start - 1)
            || (tokens[start - 1].text == "No" || tokens[start - 1].text == "Nr")
        if !numberSign {
            guard let w = word(at: start - 1),
                  vocab.documents.contains(w)
                    || (!vocab.known.contains(w) && !vocab.personWords.contains(w) && !vocab.onePerson.contains(w)
                        && (tokens[start - 1].text.first?.isUppercase == true || endsText))
            else { return nil }
        }
        for token in tokens {
            guard let t = token.word else { continue }
            if vocab.personWords.contains(t) || vocab.casualtyWords.contains(t) || vocab.measures[t] != nil
                || vocab.onePerson.contains(t) || vocab.groups.contains(t) { return nil }
        }
        return phrase((start - 1)..<found.figureEnd)
    }

    /// An age where a count could stand: a figure up to 120, alone, that
    /// - is set off by commas or brackets right after a noun of people or a name ("a man,
    ///   45, was shot", "John Smith (45)");
    /// - ends the text or its sentence after a noun of one person or a full name ("his
    ///   son, 12", "John Smith, 45");
    /// - follows a noun of one person and "of" ("a boy of 12", "the father of 5").
    /// Reading it would count one person as many. Returns the words that make it an age.
    func age(_ found: Finding) -> String? {
        let start = found.start
        guard found.figureEnd == start + 1, case .number = tokens[start].kind, start >= 2,
              let value = Int(tokens[start].text), value <= 120,
              let noun = word(at: start - 2), !vocab.casualtyWords.contains(noun), !vocab.isNumberWord(noun)
        else { return nil }
        let capitalized = tokens[start - 2].text.first?.isUppercase == true
        let fullName = capitalized && start >= 3 && tokens[start - 3].text.first?.isUppercase == true
            && word(at: start - 3) != nil
        let endsSentence = start + 1 == tokens.count || isPunctuation(".", at: start + 1)
            || isPunctuation(";", at: start + 1)
        if (isPunctuation(",", at: start - 1) && isPunctuation(",", at: start + 1))
            || (isSymbol("(", at: start - 1) && isSymbol(")", at: start + 1)) {
            if vocab.personWords.contains(noun) || vocab.onePerson.contains(noun) || capitalized {
                return phrase((start - 2)..<(start + 2))
            }
        }
        if isPunctuation(",", at: start - 1), endsSentence, vocab.onePerson.contains(noun) || fullName {
            return phrase((start - 2)..<(start + 1))
        }
        // "Karzai, 45": one capitalised name, a comma and a figure that ends the text, with
        // nothing in it about people (issue 12, seventh review): a name and an age.
        if isPunctuation(",", at: start - 1), endsSentence, capitalized, !vocab.known.contains(noun),
           !tokens.contains(where: { t in t.word.map { vocab.personWords.contains($0) || vocab.casualtyWords.contains($0)
               || vocab.measures[$0] != nil || vocab.onePerson.contains($0) } ?? false }) {
            return phrase((start - 2)..<(start + 1))
        }
        if let of = word(at: start - 1), vocab.connectors.contains(of), vocab.onePerson.contains(noun) || ["father", "mother"].contains(noun),
           !(word(at: start + 1).map { vocab.personWords.contains($0) } ?? false) {
            return phrase((start - 2)..<(start + 1))
        }
        return nil
    }

    /// An age limit or an age where a count could stand (issue 12, review12b): a bound
    /// right after a noun of people ("children under 5", "men over 50", "those under 25",
    /// "recruits aged under 18"), an age phrase ("as young as 12", "younger than 15"), a
    /// figure that ends its sentence after "was" and a person ("the boy was 12", "He was
    /// 45", "the oldest was 92") or after a casualty verb and "at" ("killed at 45"), and a
    /// number word after "aged" ("a girl aged five").
    func ageLimit(_ found: Finding) -> String? {
        let start = found.start
        let end = found.figureEnd
        let range = phrase(max(0, start - 1)..<end)
        for phraseText in ["as young as", "as old as", "younger than", "older than"] {
            if phrase(start..<end).lowercased().contains(phraseText) { return phrase(start..<end) }
        }
        if match(vocab.prefixes, at: start) != nil || word(at: start).map({ vocab.betweenWords.contains($0) }) == true,
           let w = word(at: start - 1),
           vocab.personWords.contains(w) && !vocab.measures.keys.contains(w) || vocab.onePerson.contains(w)
            || ["those", "aged", "age", "ages"].contains(w) {
            return range
        }
        let endsSentence = end == tokens.count || isPunctuation(".", at: end) || isPunctuation(";", at: end)
            || isPunctuation(",", at: end)
        if endsSentence, let verb = word(at: start - 1), ["was", "is", "were"].contains(verb), let who = word(at: start - 2),
           vocab.onePerson.contains(who) || ["he", "she", "youngest", "oldest", "eldest"].contains(who) {
            return phrase((start - 2)..<end)
        }
        if endsSentence, word(at: start - 1) == "at", let verb = word(at: start - 2), vocab.casualtyWords.contains(verb) {
            return phrase((start - 2)..<end)
        }
        if case .word = tokens[start].kind, let w = word(at: start - 1), vocab.ageWords.contains(w) {
            return range
        }
        return nil
    }

    /// Someone named beside the figure, whom the figure does not count:
    /// - before it, joined by an and-word or another join of the tables ("&", "as well
    ///   as", "plus", "así como", "sowie", "وكذلك"): a noun of one person, of a group, or
    ///   any noun of people, with or without an article ("the driver and 4 passengers",
    ///   "the army and 4 civilians", "soldiers and 4 civilians", "el ejército y 4
    ///   civiles", "водитель и 4 пассажира"), unless a figure counts it ("5 soldiers and
    ///   4 civilians" is two figures); "the gunman and 3 others", "Ahmed and 3 others"
    ///   (anyone, when the figure counts "others");
    /// - before it, set off by a comma where the clause begins: a noun of one person or
    ///   of a group ("the driver, 4 passengers", "Army, 4 civilians killed"); not a plural
    ///   noun of people ("the victims, 4 women, were shot" says who the 4 are), nor
    ///   after a preposition ("according to police, 4 people died");
    /// - after it, joined: a noun of one person, or an article with a noun of people ("4
    ///   passengers and the driver", "4 pasajeros y el conductor"); a plural alone lists
    ///   what the figure counts ("12 men, women and children"), and a group after it
    ///   mostly opens a new clause ("leaving 6 casualties and the regime forces shell …").
    /// Returns the words that name them.
    func personBeside(_ found: Finding) -> String? {
        let start = found.start
        var k = start - 1
        var possessive = false
        if let w = word(at: k), vocab.possessives.contains(w) { k -= 1; possessive = true }
        // "y otros 4", "and another 4".
        if let w = word(at: k), vocab.othersWords.contains(w) || w == "another" { k -= 1 }
        var join = joinEnding(at: k)
        // "the army, as well as 4 civilians", "полиция, а также 3": a comma before a join.
        if let (s, comma) = join, !comma, isPunctuation(",", at: s - 1) { join = (s - 1, false) }
        if let (joinStart, comma) = join, var noun = word(at: joinStart - 1) {
            var nounAt = joinStart - 1
            // "the driver of the bus and 4 passengers", "el chofer del colectivo y unos
            // seis ocupantes": a noun of one person or a group with its of-phrase.
            for p in [joinStart - 3, joinStart - 4] where p >= 0 && !vocab.personWords.contains(noun) {
                if let w = word(at: p), vocab.onePerson.contains(w) || vocab.groups.contains(w),
                   let of = word(at: p + 1), vocab.connectors.contains(of) {
                    noun = w
                    nounAt = p
                    break
                }
            }
            let article = word(at: nounAt - 1).map { vocab.singular.contains($0) } ?? false
            let from = article ? nounAt - 1 : nounAt
            // "5 soldiers and 4 civilians", "two families and 4 people": a figure counts
            // the noun; the figures are weighed elsewhere.
            let counted = from >= 1 && ({ if case .number = tokens[from - 1].kind { return true } else { return false } }()
                || word(at: from - 1).map(vocab.isNumberWord) == true)
            let named = vocab.onePerson.contains(noun) || vocab.groups.contains(noun)
            // "un policía muerto y 5 heridos" read for injured: the one named before is of
            // another measure than the figure asked for (one figure per measure, rule 7).
            let otherMeasure = vocab.measures[noun].map { $0 != measureOf(found) } == true
                && measure != nil && measureOf(found) == measure
            if !counted, !otherMeasure, comma ? named && opensClause(at: from) : named || vocab.personWords.contains(noun) {
                return phrase(from..<found.figureEnd)
            }
            // "Ahmed and his 4 sons": a name no table knows, then a possessive before the figure.
            if !counted, !comma, possessive, ["he", "she"].contains(noun)
                || (tokens[nounAt].text.first?.isUppercase == true && !vocab.known.contains(noun)) {
                return phrase(nounAt..<found.figureEnd)
            }
            // "two families and 4 people": the figure before counts groups of people, and
            // the people in them are not among the 4.
            if counted, !comma, vocab.groups.contains(noun), vocab.otherCounts.contains(noun) {
                var numberAt = from - 1
                while numberAt >= 1, word(at: numberAt - 1).map(vocab.isNumberWord) == true { numberAt -= 1 }
                return phrase(numberAt..<found.figureEnd)
            }
            // "the gunman and 3 others": whoever stands before the and-word is one more.
            let othersAfter = word(at: found.figureEnd).map { vocab.othersWords.contains($0) } ?? false
            if !comma, othersAfter, !vocab.casualtyWords.contains(noun), !vocab.isNumberWord(noun),
               !vocab.otherCounts.contains(noun), !vocab.personWords.contains(noun) || article {
                return phrase(from..<(found.figureEnd + 1))
            }
        }
        // "4 passengers and the driver died": figure, up to two words, join, [article], noun.
        var j = found.figureEnd
        var pastCasualty = false
        for _ in 0..<4 {
            // "Three children, a high school student and an adult were killed": a list
            // goes on after a comma with someone else, up to two words before the noun,
            // and another join or comma after it. ("4 killed, a police officer said" is
            // no list.)
            // "71 others, besides a soldier": a comma before a join other than an and-word.
            if isPunctuation(",", at: j), let next = joinStarting(at: j + 1), next > j + 1,
               word(at: j + 1).map(vocab.andWords.contains) != true {
                j += 1
                continue
            }
            if isPunctuation(",", at: j), let a = word(at: j + 1), vocab.singular.contains(a) || vocab.possessives.contains(a) {
                for n in (j + 2)...(j + 4) {
                    guard let noun = word(at: n) else { break }
                    if vocab.onePerson.contains(noun), isPunctuation(",", at: n + 1) || joinStarting(at: n + 1) != nil {
                        return phrase(start..<(n + 1))
                    }
                    if vocab.casualtyWords.contains(noun) || vocab.personWords.contains(noun) { break }
                }
                break
            }
            if let joinEnd = joinStarting(at: j) {
                // "4 soldiers were killed and the driver was wounded": after a casualty word
                // an and-word opens a new clause; "4 killed along with the driver" does not.
                let isAnd = word(at: j).map(vocab.andWords.contains) == true
                if pastCasualty, isAnd { break }
                var n = joinEnd
                let article = word(at: n).map { vocab.singular.contains($0) || vocab.possessives.contains($0) } ?? false
                if article { n += 1 }
                // "5 militants and a suicide bomber", "4 passengers and the bus driver": up to
                // two words before the noun of one person, after an article.
                for _ in 0..<(article ? 3 : 1) {
                    guard let noun = word(at: n) else { break }
                    // "eight regime and rebel fighters", "70 civilian and fighter casualties": a
                    // noun of one person before a noun of people is an adjective of the figure's noun.
                    // (Only after an and-word: "4 killed besides the driver" names the driver.)
                    let adjective = isAnd && word(at: n + 1).map {
                        vocab.personWords.contains($0) && !vocab.casualtyWords.contains($0) && vocab.measures[$0] == nil } == true
                    if !adjective, vocab.onePerson.contains(noun) || (article && vocab.personWords.contains(noun)) {
                        // "3 morts et le tireur en fuite" (phrases31): alive and free, no victim.
                        if ((n + 1)...(n + 3)).contains(where: { atLarge(at: $0) }) { break }
                        // "A suicide bomber blew himself up, killing 3 people besides the bomber":
                        // the figure says it leaves him out (phrases31).
                        if othersThanSelfKiller(found) { break }
                        return phrase(start..<(n + 1))
                    }
                    if vocab.casualtyWords.contains(noun) { break }
                    n += 1
                }
                break
            }
            // "4 civilians including children and a volunteer": the breakdown says who the
            // figure counts.
            if match(vocab.partsBefore, at: j) != nil { break }
            guard let w = word(at: j) else { break }
            // "4 مدنيين وجندي": Arabic glues "و" (and) to the noun of one person.
            if j > found.figureEnd, !pastCasualty, w.hasPrefix("و"), vocab.onePerson.contains(String(w.dropFirst())) {
                return phrase(start..<(j + 1))
            }
            if vocab.casualtyWords.contains(w) { pastCasualty = true }
            j += 1
        }
        return nil
    }

    /// Words right before an article that make the one named after it no victim joined to the
    /// figure ("by a gunman", "of a soldier", "for a teacher", "said a villager").
    static let beforeNoVictim: Set<String> = [
        "by", "of", "with", "from", "for", "in", "at", "on", "near", "against", "into", "as", "like", "than", "after",
        "before", "when", "while", "including", "among", "under", "behind", "inside", "outside", "toward", "towards",
        "upon", "via", "per", "without", "whom",
        // "3 killed, excluding the gunman", "sans compter le kamikaze": the one named is left out
        // of the figure by the text itself (phrases29, review42 R5).
        "excluding", "counting", "compter", "contar", "incluir", "inclure", "compris", "excluyendo",
        "de", "du", "des", "del", "por", "para", "con", "par", "pour", "avec", "von", "mit", "durch", "für", "selon", "según",
    ]

    /// Words that open a clause of speech or of time before an article ("said a villager",
    /// "that a soldier", "when a gunman"): after the figure, the one named is no victim joined
    /// to it; before the figure, a passive still makes them one ("the army said a soldier was
    /// killed and 3 civilians died").
    static let clauseOpeners: Set<String> = ["that", "if", "because", "said", "says", "told", "tells", "according", "when", "while", "after", "before", "as"]

    /// Words after a noun of one person that keep it a noun ("a woman was", "a civilian
    /// also died", "a boy in Idlib"); another word there makes the noun an adjective of
    /// a thing ("a civilian car", "a rebel base"), unless it is a participle.
    static let afterVictim: Set<String> = [
        "was", "were", "is", "are", "has", "had", "have", "been", "being", "got", "also", "later", "too", "reportedly",
        "who", "whose", "in", "at", "near", "on", "from", "inside", "outside", "during", "after", "when", "while",
        "shot", "slain", "struck", "beaten", "burnt", "hung", "hit", "run", "thrown", "left", "found", "taken",
        "a", "an", "the",
    ]

    /// Endings of participles after a noun of one person ("a woman stabbed", "une femme
    /// lapidée", "una mujer asesinada"): the noun is a victim, not an adjective.
    static let participleEndings: [String] = ["ed", "ée", "ées", "é", "és", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"]

    /// Words of speech after the noun of one person: that person is the source ("3 killed, a
    /// police officer, who asked not to be named, said").
    static let speechWords: Set<String> = [
        "said", "says", "told", "tells", "reported", "reports", "stated", "confirmed", "confirms", "added", "explained",
        "announced", "claimed", "claims", "wrote", "tweeted", "posted", "declared", "noted", "warned", "insisted",
        "dijo", "afirmó", "a déclaré", "déclaré", "sagte",
    ]

    /// Words after a word for one more person, in the tables' other languages, that keep it a
    /// person standing alone ("un autre est mort", "otro más murió", "ein weiterer starb
    /// später"); English ones are ``afterVictim``'s.
    static let afterOneMore: Set<String> = [
        "est", "fut", "aussi", "également", "plus", "tard", "ha", "fue", "también", "más", "tarde", "ist", "wurde", "später",
        "auch", "foi", "depois", "è", "anche", "позже", "также", "juga", "kemudian",
    ]

    /// Verbs of one person dying that no measure table holds ("succumbed", "murió", "starb",
    /// "est mort" has its "mort"): in the clause of one more victim they name killed.
    static let verbsOfOneDying: Set<String> = [
        "succumbed", "succumbs", "passed", "dies", "dying", "succumbing", "perishes", "perishing", "murió", "falleció", "pereció", "mourut", "décédé", "décédée", "succombé",
        "starb", "erlag", "verstarb", "morreu", "faleceu", "morto", "morta", "morì", "умер", "умерла", "скончался",
        "скончалась", "meninggal", "tewas", "öldü",
    ]

    /// Ordinals of one more person after a figure ("3 killed; a fourth died"): their value.
    static let ordinalValues: [String: Int64] = [
        "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
        "deuxième": 2, "seconde": 2, "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7,
        "huitième": 8, "neuvième": 9, "dixième": 10,
        "segundo": 2, "segunda": 2, "tercer": 3, "tercero": 3, "tercera": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5,
        "terceiro": 3, "terceira": 3, "quarto": 4, "quarta": 4,
        "zweiter": 2, "zweite": 2, "dritter": 3, "dritte": 3, "vierter": 4, "vierte": 4, "fünfter": 5, "fünfte": 5,
    ]

    /// Nouns of a dead body ("another body was found", "the body of a fourth soldier"): one
    /// more dead (phrases26).
    static let deadBodies: Set<String> = ["body", "corpse", "cuerpo", "cadáver", "cadavre", "leiche", "corpo", "тело", "جثة", "جثمان"]

    /// Words that say the one named lived (phrases26, review39 R4: "another escaped unharmed",
    /// "another is in hospital"): in the clause of one more person they name a measure that is
    /// not killed ("unharmed"), or injured for a stay in hospital.
    static let livedWords: [String: String] = [
        "unharmed": "unharmed", "unhurt": "unharmed", "uninjured": "unharmed", "unscathed": "unharmed", "alive": "unharmed",
        "escaped": "unharmed", "escapes": "unharmed", "safely": "unharmed",
        "hospital": "injured", "hospitalized": "injured", "hospitalised": "injured", "treated": "injured", "treatment": "injured",
        "condition": "injured", "recovering": "injured",
        // phrases27: "another was left in a coma", "un autre est à l'hôpital", "otro hospitalizado".
        "coma": "injured", "comatose": "injured", "hôpital": "injured", "hospitalisé": "injured", "hospitalisée": "injured",
        "réanimation": "injured", "hospitalizado": "injured", "hospitalizada": "injured", "intensive": "injured",
    ]

    /// Words that say one is alive and free at `k`: "at large", "on the run", "fled", "en
    /// fuite", "prófugo", "se dio a la fuga" (phrases31).
    func atLarge(at k: Int) -> Bool {
        guard let w = word(at: k) else { return false }
        if w == "large", word(at: k - 1) == "at" { return true }
        if w == "run", word(at: k - 1) == "the", word(at: k - 2) == "on" { return true }
        if w == "fuite", ["en", "la"].contains(word(at: k - 1) ?? "") { return true }
        if w == "fuga", word(at: k - 1) == "la" { return true }
        return ["fled", "flees", "fleeing", "prófugo", "prófuga", "prófugos", "fugitif", "fugitifs", "huyó", "huyeron", "escapó",
                "hidden", "هارب", "فر", "وفر", "لاذ"].contains(w)
    }

    /// Verbs of living through something: the casualty word right after them is what they
    /// escaped ("narrowly escaped death", "survived injury"), not what happened.
    static let escapeVerbs: Set<String> = ["escaped", "escapes", "survived", "survives", "cheated"]

    /// "one more", "two more" right after `finding` with a death in its clause ("3 killed and
    /// one more died later"): the index after "more", or nil (phrases27).
    func laterDeaths(after finding: Finding) -> Int? {
        // Right after the figure, not "and more than half" nor "85 and more" (a UCDP headline).
        let k = finding.figureEnd
        guard word(at: k) == "more", word(at: k + 1) != "than", !(word(at: k - 1).map(vocab.andWords.contains) ?? false) else { return nil }
        var end = k
        while end < tokens.count, !isPunctuation(",", at: end), !isPunctuation(";", at: end), !isPunctuation(".", at: end) { end += 1 }
        let dies = (k..<end).contains { j in
            measureWord(at: j)?.measure == "killed" || word(at: j).map { PhraseReader.dies($0) || PhraseReader.deadBodies.contains($0) } == true
        }
        return dies ? max(k + 1, finding.end) : nil
    }

    /// Nouns of the one who attacked ("the gunman", "l'assaillant", "el atacante",
    /// "الانتحاري"): their death is a figure of its own (phrases27).
    static let attackers: Set<String> = [
        "gunman", "attacker", "assailant", "shooter", "bomber", "perpetrator", "terrorist", "hijacker", "knifeman",
        // A real UCDP headline (stop 38): "A militant detonate himself and kills 7 rebel commanders in Inkhel" read 7.
        "militant",
        "assaillant", "tireur", "kamikaze", "terroriste", "agresseur", "atacante", "agresor", "tirador", "pistolero", "terrorista", "suicida",
        "المهاجم", "الانتحاري", "منفذ", "المسلح", "الارهابي",
    ]
    /// The attackers in the plural ("both gunmen were shot dead", "les deux assaillants ont été
    /// abattus", "المهاجمان"): their death is one too (phrases31: "3 killed; both gunmen were shot
    /// dead" read 3). Not "militants", nor "المسلحين": most often a group the figure counts.
    /// Not joined to the dead by "and" alone ("clashes between soldiers and gunmen").
    static let pluralAttackers: Set<String> = [
        "gunmen", "attackers", "assailants", "shooters", "bombers", "perpetrators", "terrorists", "hijackers",
        "assaillants", "tireurs", "kamikazes", "terroristes", "agresseurs", "atacantes", "agresores", "tiradores", "pistoleros",
        "terroristas", "suicidas", "المهاجمان", "المهاجمين", "المهاجمون", "الانتحاريان", "الانتحاريين", "الانتحاريون",
    ]
    static func isAttacker(_ noun: String) -> Bool { attackers.contains(noun) || pluralAttackers.contains(noun) }
    /// Words that open a clause of their own after a figure ("3 killed before police shot
    /// the attacker dead", "with a gunman killed by police").
    static let clauseJoins: Set<String> = [
        "with", "before", "after", "as", "while", "when", "then", "but", "avant", "après", "tandis", "alors", "antes", "después", "mientras",
        // phrases29 (review42 S4): "3 muertos cuando un suicida se hizo estallar", "3 morts lorsqu'un
        // kamikaze s'est fait exploser", "قتل 3 أشخاص ثم فجر المهاجم نفسه".
        "cuando", "quand", "lorsque", "lorsqu", "puis", "luego", "tras", "ثم", "عندما", "حين", "حينما", "بعدما",
    ]

    /// phrases12: killing words of military press that count the dead only after a noun of
    /// people (``unknownWordAfter(_:)``).
    static let killingAfterPeopleOnly: Set<String> = [
        "eliminated", "liquidated", "éliminés", "éliminées", "liquidés", "liquidées", "eliminados", "eliminadas", "liquidados", "liquidadas",
    ]

    /// Words of the attacker's death besides the tables' measure words and verbs of dying.
    static let attackerDeathWords: Set<String> = [
        "abattu", "abattue", "abattus", "abatido", "abatida", "abatidos", "neutralisé", "neutralised", "neutralized",
        "neutralizado", "blew", "blows", "exploser", "immolé", "inmoló", "لقي", "مصرع", "قتل", "مقتل",
        // fates3 (review45 S6): the plural and feminine forms, and "eliminated" ("3 tués; les
        // assaillants ont été neutralisés", "3 killed in attack; assailants eliminated" read 3).
        "neutralisés", "neutralisée", "neutralisées", "neutralizados", "neutralizada", "neutralizadas", "eliminated",
        "éliminé", "éliminés", "éliminée", "éliminées", "eliminado", "eliminados", "eliminada", "eliminadas", "abattues",
        "abatidas", "تصفية", "تحييد",
        // fates5 (review47 S7): "liquidated" of translated security reports ("3 killed;
        // terrorist liquidated", "3 killed; terrorists were liquidated" read 3).
        "liquidated", "liquidé", "liquidés", "liquidée", "liquidées", "liquidado", "liquidados", "liquidada", "liquidadas",
        "ликвидирован", "ликвидированы", "ликвидирована", "ликвидировали",
    ]
    /// Fighters in the plural that name attackers only as the whole subject of a sentence of
    /// their own that tells their death ("3 killed in attack; militants killed", "3 muertos;
    /// insurgentes abatidos": fates3, review45 S6, read 3): elsewhere most often the group a
    /// figure counts ("12 militants killed").
    static let pluralFighters: Set<String> = [
        "militants", "insurgents", "jihadists", "fighters", "militantes", "insurgentes", "yihadistas", "combatientes", "insurgés",
        "djihadistes", "jihadistes", "combattants", "المسلحون", "المسلحين", "المتشددين", "المتشددون",
    ]

    /// "3 killed, with a gunman killed by police", "3 civilians killed; the attacker was shot
    /// dead", "3 killed before police shot the attacker dead", "3 morts, l'assaillant a été
    /// abattu": an attacker named after the figure, with a death after the attacker in their
    /// clause, died besides the figure (refused, phrases27: a total with the attacker and one
    /// without are both in use). Not "3 killed, including the gunman" (a part) nor a figure
    /// that names another measure. The words from the attacker to the death, or nil.
    func attackerDied(_ found: Finding) -> String? {
        if let own = measureOf(found) ?? measure, own != "killed" { return nil }
        // The figure says it leaves the attacker out (phrases29, review42 R5): "killing 3 others",
        // "3 killed, not counting the gunman", "3 muertos, sin contar al atacante", "3 tués, sans
        // compter l'assaillant", "دون احتساب المهاجم". The figure is the one the text gives.
        if figureOfOthers(found) || othersThanSelfKiller(found) { return nil }
        for i in 0..<tokens.count where attackerNoun(at: i) != nil {
            var b = i - 1
            while b >= 0, isPunctuation("'", at: b) || word(at: b).map(PhraseReader.articlesBeforeAttacker.contains) == true { b -= 1 }
            if PhraseReader.excludingPhrases.contains(where: { p in
                b - p.count + 1 >= 0 && (0..<p.count).allSatisfy { word(at: b - p.count + 1 + $0) == p[$0] }
            }) { return nil }
        }
        if let before = attackerDiedAround(found) { return before }
        // A death one gives oneself, told before the figure in its sentence, whoever it is
        // (phrases31: "Un homme s'est fait exploser, tuant 3 personnes", "فجر انتحاري حزامه
        // الناسف مما أدى إلى مقتل 3", "Suicide bombers blew themselves up, killing 3" read 3).
        if let s = selfDeathBefore(found) ?? selfDeathAfter(found) { return s }
        var inParts = false
        // Past the figure's own words ("6 suicide bombers killed"): a punctuation mark or a
        // word that joins another clause first.
        var apart = false
        var i = found.end
        while i < tokens.count {
            if match(vocab.partsBefore, at: i) != nil { inParts = true }
            if isPunctuation(";", at: i) || isPunctuation(".", at: i) { inParts = false }
            if isPunctuation(",", at: i) || isPunctuation(";", at: i) || isPunctuation(".", at: i) { apart = true }
            guard let w = word(at: i) else { i += 1; continue }
            if vocab.andWords.contains(w) || PhraseReader.clauseJoins.contains(w) { apart = true }
            // "ومقتل المهاجم" ("and the killing of the attacker"): Arabic glues "و" to the death.
            if w.hasPrefix("و"), deathEnd(at: i) != nil { apart = true }
            let glued = attackerNoun(at: i)
            let noun = glued?.noun ?? w
            // "3 dead and gunman", "3 morts et l'assaillant", "مقتل 3 أشخاص والمهاجم": the attacker
            // joined to the dead, with nothing after them in the clause or a death of theirs
            // (phrases29, review42 S4: read 3). Not "3 dead and gunman arrested".
            if !inParts, let glued, i > found.end, !PhraseReader.pluralAttackers.contains(glued.noun) {
                var b = i - 1
                while b > found.end, isPunctuation("'", at: b) || word(at: b).map(PhraseReader.articlesBeforeAttacker.contains) == true
                    || word(at: b) == "un" || word(at: b) == "une" { b -= 1 }
                let joined = glued.and || (b >= found.end && word(at: b).map(vocab.andWords.contains) == true)
                if joined {
                    var e = i + 1
                    while e < tokens.count, word(at: e).map(PhraseReader.afterJoinedAttacker.contains) == true { e += 1 }
                    let ends = e >= tokens.count || isPunctuation(",", at: e) || isPunctuation(";", at: e) || isPunctuation(".", at: e)
                    if ends || deathEnd(at: e) != nil { return phrase(max(found.end, glued.and ? i : b)..<min(tokens.count, ends ? e : e + 1)) }
                }
            }
            // "3 killed by a suicide bomber who blew himself up", "فجر فيه المهاجم نفسه": a death
            // the attacker gives himself, wherever it stands around them (phrases29).
            if !inParts, glued != nil, let d = selfDeathAround(i) { return d }
            if !inParts, PhraseReader.isAttacker(noun) {
                // "3 muertos, además del atacante", "3 killed as well as the gunman": the attacker
                // added to the dead; "ومقتل المهاجم": the death right before the attacker
                // (phrases28, review41 S6: read 3).
                var b = i - 1
                while b > found.end, isPunctuation("'", at: b) || word(at: b).map(PhraseReader.articlesBeforeAttacker.contains) == true { b -= 1 }
                if b >= found.end, PhraseReader.besidesPhrases.contains(where: { p in
                    p.count <= b - found.end + 1 && (0..<p.count).allSatisfy { word(at: b - p.count + 1 + $0) == p[$0] }
                }) || (b >= found.end && ((b - 2)...b).contains { d in d >= found.end && deathEnd(at: d) == b + 1 }) {
                    return phrase(max(found.end, b - 2)..<(i + 1))
                }
            }
            if !inParts, i > found.end, PhraseReader.pluralFighters.contains(noun), isPunctuation(";", at: i - 1) || isPunctuation(".", at: i - 1),
               pluralAttackersDieInOwnClause(at: i) {
                var j = i + 1
                while j < tokens.count, deathEnd(at: j) == nil { j += 1 }
                return phrase(i..<min(tokens.count, deathEnd(at: j) ?? j))
            }
            // Attackers in the plural only past the figure's own measure word (before it, or
            // after it before them): "58 members of
            // the regime force and the gunmen loyal to them were killed" counts them (a UCDP
            // headline); "3 killed; both gunmen were shot dead" does not (phrases31).
            // And after a determiner only ("the gunmen", "both gunmen", "los atacantes"; Arabic
            // glues it): "..., gunmen loyal to them" and "unidentified gunmen kill a colonel" are
            // others (two UCDP headlines).
            if !inParts, apart, PhraseReader.isAttacker(noun),
               !PhraseReader.pluralAttackers.contains(noun)
                || ((measureSpan(found).lowerBound < found.start
                     || (found.end..<i).contains(where: { measureWord(at: $0) != nil || word(at: $0).map(PhraseReader.dies) == true }))
                    && (noun.hasPrefix("ال") || word(at: i - 1).map({ ["the", "both", "two", "three", "all", "les", "deux", "trois", "los",
                                                                     "las", "dos", "tres", "ambos"].contains($0) }) == true
                        || pluralAttackersDieInOwnClause(at: i))) {
                var j = i + 1
                while j < tokens.count, !isPunctuation(",", at: j), !isPunctuation(";", at: j), !isPunctuation(".", at: j) {
                    if measureWord(at: j)?.measure == "killed" || word(at: j).map({ PhraseReader.dies($0) || PhraseReader.attackerDeathWords.contains($0) }) == true
                        || deathEnd(at: j) != nil {
                        let from = word(at: i - 1).map { vocab.singular.contains($0) || $0 == "the" } == true ? i - 1 : i
                        return phrase(from..<(j + 1))
                    }
                    j += 1
                }
            }
            i += 1
        }
        return nil
    }

    /// Attackers in the plural with no determiner that open a clause of their own and are its
    /// dead (headlines2, review44 S4: "3 killed in attack; assailants killed", "3 muertos;
    /// atacantes abatidos", "3 morts, assaillants abattus" read 3): the noun right after a
    /// punctuation mark, an and-word or a word that joins a clause, then nothing but
    /// auxiliaries, adverbs and the police before a death, and no one after it that the death
    /// befalls ("..., unidentified gunmen kill a colonel" and "gunmen killed 2 soldiers" are
    /// the killers of others, not the dead).
    func pluralAttackersDieInOwnClause(at i: Int) -> Bool {
        guard i > 0 else { return false }
        let opens: Bool = {
            if case .punctuation = tokens[i - 1].kind { return true }
            guard let w = word(at: i - 1) else { return false }
            return vocab.andWords.contains(w) || PhraseReader.clauseJoins.contains(w)
        }()
        guard opens else { return false }
        var j = i + 1
        while j < tokens.count, j <= i + 5, let w = word(at: j), PhraseReader.attackerDeathFillers.contains(w), deathEnd(at: j) == nil { j += 1 }
        guard let end = deathEnd(at: j) else { return false }
        // A death with someone after it is the attackers' deed ("gunmen killed a colonel").
        guard let next = word(at: end) else { return true }
        if vocab.isNumberWord(next) || vocab.personWords.contains(next) || PhraseReader.group(of: next) != nil
            || ["a", "an", "the", "his", "her", "their", "un", "une", "des", "le", "la", "les", "el", "los", "las", "al", "a"].contains(next) {
            return false
        }
        if end < tokens.count, case .number = tokens[end].kind { return false }
        return true
    }

    /// A death at `j` (a killed measure word, a verb of dying, "abattu", "shot him dead",
    /// "took his own life", "s'est suicidé"; Arabic with "و" glued before it): the index after
    /// it, or nil.
    func deathEnd(at j: Int) -> Int? {
        guard let w = word(at: j) else { return nil }
        if let (m, end, status) = measureWord(at: j), m == "killed", !status { return end }
        if PhraseReader.dies(w) || PhraseReader.attackerDeathWords.contains(w) || PhraseReader.selfKilling.contains(w) { return j + 1 }
        if w.hasPrefix("و"), w.count > 2 {
            let rest = String(w.dropFirst())
            if vocab.measures[rest] == "killed" || PhraseReader.dies(rest) || PhraseReader.attackerDeathWords.contains(rest)
                || PhraseReader.selfKilling.contains(rest) { return j + 1 }
        }
        if let e = selfDeathEnd(at: j) { return e }
        if ["shoot", "shoots", "shot", "shooting", "gunned"].contains(w) {
            if ["dead", "down"].contains(word(at: j + 1) ?? "") { return j + 2 }
            if ["him", "her", "them"].contains(word(at: j + 1) ?? ""), word(at: j + 2) == "dead" { return j + 3 }
        }
        if ["took", "take", "takes", "taking", "ended", "ending"].contains(w), word(at: j + 2) == "own",
           ["life", "lives"].contains(word(at: j + 3) ?? "") { return j + 4 }
        if let e = diedAfterAll(at: j) { return e }
        if lostLife(at: j) { return j + 2 }
        return nil
    }

    /// Words between an attacker and the figure that make the attacker no subject of the
    /// figure's verb ("gunman who killed 3", "after killing 3").
    static let relativeOrJoin: Set<String> = ["who", "that", "which", "qui", "que", "quien", "quienes", "الذي", "التي", "الذين",
                                              "after", "before", "après", "avant", "antes", "después", "بعد", "قبل"]
    /// Words of one killing himself ("s'est suicidé", "se suicidó", "suicidarse").
    static let selfKilling: Set<String> = ["suicidé", "suicidée", "suicider", "suicidarse", "suicidó", "suicidándose", "suicided", "انتحر"]
    /// "himself", "lui-même", "sí mismo", "نفسه": the killer among the dead when a death or the
    /// figure's own verb joins them ("killed 3 people and himself").
    static let reflexives: Set<String> = ["himself", "herself", "themselves", "lui-même", "elle-même", "eux-mêmes", "sí", "نفسه", "نفسها"]
    /// Words that add the attacker to the dead ("3 muertos, además del atacante", "3 killed as
    /// well as the gunman", "3 morts, sans compter l'assaillant"), each ending right before the
    /// attacker (an article or "of"/"to" between).
    static let besidesPhrases: [[String]] = [
        ["besides"], ["plus"], ["additionally"], ["in", "addition"], ["as", "well", "as"], ["along", "with"], ["together", "with"],
        ["además"], ["aparte"], ["junto"], ["amén"], ["más"],
        ["en", "plus"], ["outre"], ["ainsi", "que"], ["ainsi", "qu"],
        // "بالإضافة إلى المهاجم", "إضافة إلى", "فضلا عن", "علاوة على", "إلى جانب" (phrases29, review42 S4),
        // as the lexer writes them (hamza forms as bare alif, final alif maqsura as ya).
        ["بالاضافة", "الي"], ["بالاضافة"], ["اضافة", "الي"], ["اضافة"], ["فضلا", "عن"], ["علاوة", "علي"], ["الي", "جانب"],
    ]
    /// Words that say the figure leaves the attacker out ("3 killed, not counting the gunman",
    /// "3 muertos, sin contar al atacante", "3 tués, sans compter l'assaillant", "دون احتساب
    /// المهاجم"): the figure is the one the text gives (phrases29, review42 R5; c8327ac had
    /// refused "sans compter" as it refuses "besides").
    static let excludingPhrases: [[String]] = [
        ["not", "counting"], ["not", "including"], ["excluding"], ["without", "counting"], ["sin", "contar"], ["sin", "incluir"],
        ["excluyendo"], ["sans", "compter"], ["sans", "inclure"], ["non", "compris"], ["دون", "احتساب"], ["بدون", "احتساب"],
    ]
    /// Words of "others" by the figure ("killing 3 others", "3 other people"): the figure says
    /// it leaves out the one before it (phrases29, review42 R5).
    static let othersWords: Set<String> = ["others", "other", "autres", "otros", "otras", "اخرين", "اخرون", "آخرين"]
    /// Words that may follow an attacker joined to the dead and still end the list ("3 dead and
    /// the gunman too", "ومنفذ الهجوم": the perpetrator of the attack).
    static let afterJoinedAttacker: Set<String> = ["too", "also", "aussi", "también", "ايضا", "الهجوم", "العملية", "التفجير", "الهجمات"]
    /// Verbs a killer turns on himself ("shot himself", "blew himself up").
    static let selfVerbs: Set<String> = [
        "shot", "shoots", "shoot", "shooting", "kills", "kill", "killed", "killing", "blew", "blows", "blow", "blowing", "detonated",
        "detonates", "detonating", "detonate", "hanged", "hangs", "immolated", "immolates", "immolate", "stabbed",
    ]
    static let articlesBeforeAttacker: Set<String> = ["the", "a", "an", "of", "to", "de", "del", "des", "du", "la", "le", "l", "el", "al",
                                                       "los", "las", "les", "d", "lone", "suicide", "suicida"]
    /// Words that may stand between the attacker's clause and their death without naming anyone
    /// else ("before being shot dead", "before police shot him dead", ", a été abattu", "antes de
    /// ser abatido").
    static let attackerDeathFillers: Set<String> = [
        "being", "been", "was", "were", "is", "he", "she", "him", "her", "they", "them", "later", "then", "subsequently", "also",
        "himself", "herself", "by", "police", "officers", "security", "forces", "troops", "the", "eventually", "finally", "reportedly",
        "had", "has", "who", "when", "il", "elle", "a", "été", "est", "fut", "ensuite", "puis", "finalement", "par", "policiers",
        "de", "d", "se", "s", "l", "lui", "être", "d'être", "avoir", "fue", "ser", "sido", "luego", "después", "policía", "agentes",
        "fuerzas", "él", "lo", "le", "también", "ha",
        // "and was later found dead", "a été retrouvé mort", "fue hallado muerto" (phrases29).
        "found", "discovered", "retrouvé", "retrouvée", "trouvé", "trouvée", "hallado", "hallada", "encontrado", "encontrada",
    ]

    /// The attacker at `i` ("gunman", "l'assaillant", "للمهاجم", "والمهاجم"): the noun, and
    /// whether an Arabic "و" ("and") is glued to it; or nil.
    func attackerNoun(at i: Int) -> (noun: String, and: Bool)? {
        guard let w = word(at: i) else { return nil }
        let noun = w.split(separator: "'").last.map(String.init) ?? w
        if PhraseReader.isAttacker(noun) { return (noun, false) }
        // Arabic glues "و" (and), "ف", "ب", "ل" to the noun; "ل" before "ال" drops the alif.
        var rest = noun
        var and = false
        if rest.hasPrefix("و") || rest.hasPrefix("ف") { and = rest.hasPrefix("و"); rest = String(rest.dropFirst()) }
        if rest.hasPrefix("لل") { rest = "ال" + rest.dropFirst(2) } else if rest.hasPrefix("ب") { rest = String(rest.dropFirst()) }
        if rest != noun, rest.count > 2, PhraseReader.isAttacker(rest) { return (rest, and) }
        return nil
    }

    /// A death the one named at `i` gives himself, around him: "bomber who blew himself up",
    /// "فجر فيه المهاجم نفسه" (the verb before him, "himself" after), "l'assaillant s'est
    /// suicidé" (phrases29). The words, or nil.
    func selfDeathAround(_ i: Int) -> String? {
        func stop(_ k: Int) -> Bool { isPunctuation(".", at: k) || isPunctuation(";", at: k) || isPunctuation(",", at: k) }
        // Arabic, verb first: "فجر المهاجم نفسه", "فجر فيه المهاجم نفسه".
        for r in (i + 1)...(i + 2) where word(at: r).map({ ["نفسه", "نفسها"].contains($0) }) == true {
            for v in max(0, i - 3)..<i where word(at: v).map({ PhraseReader.arabicSelfVerbs.contains($0) }) == true {
                if !(v..<r).contains(where: stop) { return phrase(v..<(r + 1)) }
            }
        }
        // After him, in his clause: "who blew himself up", "se hizo estallar", "s'est suicidé".
        var j = i + 1
        while j < tokens.count, j <= i + 4, !stop(j) {
            if let e = selfDeathEnd(at: j) ?? (word(at: j).map(PhraseReader.selfKilling.contains) == true ? j + 1 : nil) {
                return phrase(i..<e)
            }
            j += 1
        }
        return nil
    }

    /// Arabic verbs of blowing up or killing, said of oneself with "نفسه".
    static let arabicSelfVerbs: Set<String> = ["فجر", "ففجر", "وفجر", "يفجر", "فجرت", "قتل", "وقتل", "فقتل", "اطلق"]

    /// A death one gives oneself at `j`: "shot himself", "blew himself up", "s'est donné la mort",
    /// "s'est fait exploser", "se hizo estallar", "se quitó la vida", "se mató", "فجر نفسه"
    /// (phrases29, review42 S4). The index after the words, or nil.
    func selfDeathEnd(at j: Int) -> Int? {
        guard let w = word(at: j) else { return nil }
        if let e = detonatedOwnCharge(at: j) { return e }
        if let e = rammedWithCharge(at: j) { return e }
        if PhraseReader.selfVerbs.contains(w), let r = word(at: j + 1), ["himself", "herself"].contains(r) {
            return word(at: j + 2) == "up" ? j + 3 : j + 2
        }
        if ["committed", "commits", "commit", "committing"].contains(w), word(at: j + 1) == "suicide" { return j + 2 }
        if PhraseReader.arabicSelfVerbs.contains(w), w != "قتل", w != "وقتل", w != "فقتل",
           let r = ((j + 1)...(j + 3)).first(where: { word(at: $0).map { ["نفسه", "نفسها"].contains($0) } == true }) { return r + 1 }
        // Spanish infinitives with the pronoun glued: "hacerse estallar", "quitarse la vida".
        if ["hacerse", "haciéndose"].contains(w), ["estallar", "explotar", "volar"].contains(word(at: j + 1) ?? "") { return j + 2 }
        if ["quitarse", "quitándose"].contains(w), word(at: j + 1) == "la", word(at: j + 2) == "vida" { return j + 3 }
        if ["inmolarse", "matarse", "inmolándose", "immoler"].contains(w) { return j + 1 }
        // "se", "s'" and what follows: an auxiliary, then the verb.
        guard ["se", "s"].contains(w) else { return nil }
        var k = j + 1
        while isPunctuation("'", at: k) || word(at: k).map({ ["est", "était", "a", "fut", "sont", "ha", "había", "habría", "va", "vient"].contains($0) }) == true
              || (word(at: k) == "de" && k > j + 1) { k += 1 }
        guard let v = word(at: k) else { return nil }
        if PhraseReader.selfKilling.contains(v) { return k + 1 }
        if ["tué", "tuée", "tue", "tuer", "tua", "mató", "mata", "matar", "inmoló", "inmola", "immolé", "immolée", "immola", "voló", "vuela"].contains(v) {
            return k + 1
        }
        if ["donné", "donnée", "donne", "donner", "donna"].contains(v), word(at: k + 1) == "la", word(at: k + 2) == "mort" { return k + 3 }
        if ["quitó", "quita", "quitar", "quitado"].contains(v), word(at: k + 1) == "la", word(at: k + 2) == "vida" { return k + 3 }
        if ["fait", "faire", "fit", "hizo", "hace", "hecho", "hacer"].contains(v),
           ["exploser", "sauter", "estallar", "explotar", "volar"].contains(word(at: k + 1) ?? "") { return k + 2 }
        return nil
    }

    /// "as did the gunman", "as was a policeman", "so did the driver" after the figure, in its
    /// sentence: the words and whether they name the attacker. Only determiners may stand
    /// between the verb and the noun of people ("as was reported by police" names no one).
    func asDidSomeone(_ found: Finding) -> (String, Bool)? {
        let auxiliaries: Set<String> = ["did", "was", "were", "had", "does", "is", "are", "has", "have", "do"]
        let determiners: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "one", "another", "alleged", "suspected",
                                        "lone", "suicide", "would-be", "also", "two", "three", "both"]
        var k = max(found.end, found.figureEnd)
        while k + 2 < tokens.count, !isPunctuation(".", at: k), !isPunctuation(";", at: k) {
            if let w = word(at: k), w == "as" || w == "so", let v = word(at: k + 1), auxiliaries.contains(v) {
                var j = k + 2
                while let d = word(at: j), determiners.contains(d), j < k + 6 { j += 1 }
                if let n = word(at: j) {
                    if PhraseReader.attackers.contains(n) { return (phrase(k..<(j + 1)), true) }
                    if vocab.personWords.contains(n) || PhraseReader.group(of: n) != nil { return (phrase(k..<(j + 1)), false) }
                }
            }
            k += 1
        }
        return nil
    }

    /// The charge a suicide attacker carries, set off at `j` (phrases31, review43 S2: each
    /// read 3): "A suicide bomber detonated his explosive belt, killing 3", "set off his
    /// explosives", "triggered his suicide vest", "Un kamikaze a déclenché sa ceinture
    /// d'explosifs", "Un terrorista suicida detonó su cinturón explosivo", "فجر انتحاري حزامه
    /// الناسف". It tells the attacker's death as "blew himself up" does. A charge worn on the
    /// body (belt, vest) with a possessive or a word of suicide in the text; any other charge
    /// (explosives, car bomb) with a word of suicide in the text ("An attacker detonated a
    /// bomb", "Militants detonated a car bomb" tell no death). The index after the charge, or nil.
    func detonatedOwnCharge(at j: Int) -> Int? {
        guard let w = word(at: j) else { return nil }
        var k: Int
        var transitive = true
        if PhraseReader.detonationVerbs.contains(w) {
            k = j + 1
            transitive = !["exploded", "explodes", "exploding", "activated", "activates", "activé", "activó"].contains(w)
        } else if ["set", "sets", "setting"].contains(w), word(at: j + 1) == "off" {
            k = j + 2
        } else if ["blew", "blows", "blow", "blowing"].contains(w), word(at: j + 1) == "up" {
            k = j + 2
        } else if ["fait", "fit", "faire", "hizo", "hace", "hacer", "hicieron", "firent"].contains(w),
                  ["exploser", "sauter", "détoner", "estallar", "explotar", "volar"].contains(word(at: j + 1) ?? "") {
            k = j + 2
        } else {
            return nil
        }
        let suicide = tokens.indices.contains { word(at: $0).map(PhraseReader.suicideWords.contains) == true }
        var owned = false
        while k < tokens.count, k <= j + 6 {
            if isPunctuation("'", at: k) { k += 1; continue }
            guard let x = word(at: k) else { return nil }
            if PhraseReader.ownPossessives.contains(x) { owned = true; k += 1; continue }
            if PhraseReader.wornCharges.contains(x) { return owned || suicide || x.hasSuffix("ه") || x.hasSuffix("ها") ? k + 1 : nil }
            if PhraseReader.carriedCharges.contains(x) { return suicide && (owned || transitive) ? k + 1 : nil }
            if vocab.andWords.contains(x) || PhraseReader.clauseJoins.contains(x) || vocab.measures[x] != nil { return nil }
            k += 1
        }
        return nil
    }
    /// A suicide attacker's vehicle driven into its target at `j` (headlines2, review44 S4: "A
    /// suicide car bomber rammed a checkpoint, killing 3" read 3): a verb of ramming with a
    /// word of suicide in the text and a vehicle within its words ("car bomber", "rammed his
    /// explosives-laden truck", "Un kamikaze a foncé avec sa voiture piégée", "Un suicida
    /// embistió con un coche bomba", "اقتحم انتحاري بسيارة مفخخة"). It tells the attacker's
    /// death as setting off his charge does; "A car rammed a checkpoint, killing 3" tells
    /// none. The index after the verb, or nil.
    ///
    /// fates3 (review45 S6): the same in French and Spanish ("un kamikaze a lancé sa voiture
    /// piégée contre un barrage, tuant 3", "un suicida embistió un puesto de control, matando
    /// a 3" read 3): "lancé"/"jeté" with a vehicle, and a ramming whose subject is the suicide
    /// attacker himself ("un suicida embistió", "a suicide bomber rammed") with no vehicle
    /// named. A drone called "suicide" or "kamikaze" carries no one ("a kamikaze drone
    /// crashed into a car, killing 3").
    func rammedWithCharge(at j: Int) -> Int? {
        guard let w = word(at: j), PhraseReader.rammingVerbs.contains(w) else { return nil }
        let suicide = tokens.indices.filter { word(at: $0).map(PhraseReader.suicideWords.contains) == true }
        guard !suicide.isEmpty else { return nil }
        if suicide.contains(where: { s in ((s - 1)...(s + 1)).contains { word(at: $0).map(PhraseReader.drones.contains) == true } }) { return nil }
        let near = max(0, j - 4)..<min(tokens.count, j + 7)
        if near.contains(where: { k in word(at: k).map { v in PhraseReader.ramVehicles.contains(v) } == true }) { return j + 1 }
        // The suicide attacker as the verb's subject: right before it, past auxiliaries.
        var s = j - 1
        while s >= 0, s >= j - 3, word(at: s).map({ PhraseReader.fateAuxiliaries.contains($0) || ["a", "ha", "has", "had", "se"].contains($0) }) == true { s -= 1 }
        guard let subject = word(at: s) else { return nil }
        if ["kamikaze", "suicida", "انتحاري", "الانتحاري"].contains(subject) { return j + 1 }
        if ["bomber", "bombers", "attacker", "attackers"].contains(subject), word(at: s - 1).map(PhraseReader.suicideWords.contains) == true { return j + 1 }
        return nil
    }
    static let drones: Set<String> = ["drone", "drones", "dron", "uav", "uavs", "مسيرة", "مسيّرة", "طائرة"]
    static let rammingVerbs: Set<String> = [
        "rammed", "rams", "ram", "ramming", "drove", "drives", "driving", "crashed", "crashes", "crashing", "slammed", "slams",
        "slamming", "ploughed", "plowed", "percuté", "percute", "foncé", "fonce", "fonçant", "précipité", "embistió", "embiste",
        "embistieron", "embistiendo", "estrelló", "estrella", "estrellaron", "اقتحم", "اقتحمت", "واقتحم",
        "lancé", "lancée", "lançant", "jeté", "jetée", "projeté", "lanzó", "lanzando", "arrojó",
    ]
    static let ramVehicles: Set<String> = [
        "car", "cars", "truck", "lorry", "vehicle", "van", "motorcycle", "motorbike", "vbied", "svbied", "voiture", "véhicule",
        "camion", "coche", "vehículo", "camión", "carro", "سيارة", "بسيارة", "سيارته", "مفخخة", "السيارة",
    ]
    static let detonationVerbs: Set<String> = [
        "detonated", "detonates", "detonating", "detonate", "triggered", "triggers", "triggering", "trigger", "exploded", "explodes",
        "exploding", "activated", "activates", "déclenché", "déclenche", "déclencha", "actionné", "activé", "détoné", "detonó", "detona",
        "detonaron", "detonar", "activó", "accionó", "فجر", "وفجر", "ففجر", "يفجر", "فجرت", "وفجرت",
    ]
    static let ownPossessives: Set<String> = ["his", "her", "their", "sa", "son", "ses", "leur", "leurs", "su", "sus"]
    static let wornCharges: Set<String> = [
        "belt", "belts", "vest", "vests", "jacket", "ceinture", "gilet", "cinturón", "cinturon", "chaleco",
        "حزام", "حزامه", "حزامها", "الحزام", "سترة", "سترته", "سترتها", "السترة",
    ]
    static let carriedCharges: Set<String> = [
        "explosives", "bomb", "bombs", "device", "charge", "charges", "payload", "car", "truck", "vehicle", "explosifs",
        "bombe", "engin", "voiture", "véhicule", "camion", "explosivos", "bomba", "artefacto", "carga", "coche", "vehículo", "camión",
        "عبوة", "عبوته", "سيارة", "سيارته", "المتفجرات", "متفجرات", "العبوة", "السيارة",
    ]
    static let suicideWords: Set<String> = ["suicide", "kamikaze", "kamikazes", "suicida", "suicidas", "انتحاري", "الانتحاري", "انتحارية",
                                            "انتحاريا", "انتحاريان", "الانتحاريان", "انتحاريون"]

    /// A death one gives oneself (``selfDeathEnd(at:)``, or "blew themselves up"), told before
    /// the figure in its sentence, in a clause with no number: the words, or nil (phrases31).
    /// "7 members ... after 4 of them blew themselves up" has it after the figure.
    func selfDeathBefore(_ found: Finding) -> String? {
        var s = found.start
        while s > 0, !isPunctuation(".", at: s - 1), !isPunctuation(";", at: s - 1) { s -= 1 }
        var clause = s
        for j in s..<found.start {
            if isPunctuation(",", at: j) { clause = j + 1 }
            if case .number = tokens[j].kind { continue }
            var e = selfDeathEnd(at: j)
            if e == nil, let w = word(at: j), PhraseReader.selfVerbs.contains(w), word(at: j + 1) == "themselves" {
                e = word(at: j + 2) == "up" ? j + 3 : j + 2
            }
            guard let e, e <= found.start else { continue }
            let numbered = (clause..<j).contains { k in
                if case .number = tokens[k].kind { return true }
                return word(at: k).map { vocab.isNumberWord($0) && !["a", "an", "un", "une", "one"].contains($0) } == true
            }
            if !numbered { return phrase(j..<e) }
        }
        return nil
    }

    /// A death one gives oneself told after the figure, in a clause of its own with no number
    /// and no "them" (not a breakdown of the figure): "3 killed when a man detonated his
    /// explosive belt", "3 morts quand un homme s'est fait exploser" (phrases31). The words, or nil.
    func selfDeathAfter(_ found: Finding) -> String? {
        let ownEnd = max(found.end, measureSpan(found).upperBound)
        var clause: Int? = nil
        var j = ownEnd
        while j < tokens.count, !isPunctuation(".", at: j), !isPunctuation(";", at: j) {
            if match(vocab.partsBefore, at: j) != nil { return nil }
            if isPunctuation(",", at: j) || word(at: j).map({ PhraseReader.clauseJoins.contains($0) }) == true { clause = j + 1 }
            if let c = clause, let e = selfDeathEnd(at: j) {
                let numbered = (c..<j).contains { k in
                    if case .number = tokens[k].kind { return true }
                    return word(at: k).map { ["them", "whom", "of", "eux", "ellos", "ellas"].contains($0)
                        || (vocab.isNumberWord($0) && !["a", "an", "un", "une", "one", "uno", "una"].contains($0)) } == true
                }
                if !numbered { return phrase(j..<e) }
            }
            j += 1
        }
        return nil
    }

    /// The figure says it leaves out the one who died by his own hand before it: "A suicide
    /// bomber blew himself up, killing 3 people besides himself", "... besides the bomber",
    /// "tuant 3 personnes en plus de lui-même" (phrases31, review43 S2).
    func othersThanSelfKiller(_ found: Finding) -> Bool {
        guard selfDeathBefore(found) != nil else { return false }
        let ownEnd = max(found.end, found.figureEnd, measureSpan(found).upperBound)
        let phrases = PhraseReader.besidesPhrases + [["other", "than"], ["apart", "from"], ["aside", "from"], ["à", "part"], ["aparte", "de"]]
        for b in ownEnd..<min(tokens.count, ownEnd + 3) {
            for p in phrases {
                guard let e = match(p.map { Piece.word($0) }, at: b) else { continue }
                var n = e
                while n < tokens.count, n < e + 3, isPunctuation("'", at: n) || word(at: n).map(PhraseReader.articlesBeforeAttacker.contains) == true { n += 1 }
                if attackerNoun(at: n) != nil || word(at: n).map(PhraseReader.reflexives.contains) == true
                    || word(at: n).map({ ["lui", "él", "sí"].contains($0) }) == true { return true }
            }
        }
        return false
    }

    /// The figure of others: "killing 3 others", "3 other people", "otras 3 personas".
    func figureOfOthers(_ found: Finding) -> Bool {
        let end = max(found.end, found.figureEnd) + 1
        return (max(0, found.start - 1)..<min(tokens.count, end)).contains { word(at: $0).map(PhraseReader.othersWords.contains) == true }
    }

    /// The attacker named before the figure, in its sentence, dead: "Police shoot dead gunman who
    /// killed 3", "Gunman shot dead after killing 3", "The gunman killed 3 people before being
    /// shot dead", "L'assaillant, qui a tué 3 personnes, a été abattu", "El atacante mató a 3
    /// personas antes de ser abatido"; and after it, "killed 3 people and himself" (phrases28,
    /// review41 S6: each read 3; 20f9b3d looked after the figure only). The words, or nil.
    func attackerDiedAround(_ found: Finding) -> String? {
        func stop(_ k: Int) -> Bool { isPunctuation(".", at: k) || isPunctuation(";", at: k) || isPunctuation("!", at: k) || isPunctuation("?", at: k) }
        var sentenceStart = found.start
        while sentenceStart > 0, !stop(sentenceStart - 1) { sentenceStart -= 1 }
        var sentenceEnd = found.end
        while sentenceEnd < tokens.count, !stop(sentenceEnd) { sentenceEnd += 1 }
        let ownEnd = max(found.end, measureSpan(found).upperBound)
        // The figure's own verb right before it ("killed 3", "a tué 3", "mató a 3"): no death of
        // the attacker.
        func ownVerb(_ j: Int, _ end: Int) -> Bool {
            end == found.start || (end == found.start - 1 && ["a", "à"].contains(word(at: found.start - 1) ?? ""))
        }
        func noun(_ k: Int) -> String? { word(at: k).map { w in w.split(separator: "'").last.map(String.init) ?? w } }
        // "killed 3 people and himself", "then turned the gun on himself": after the figure.
        var clauseStart = ownEnd
        for r in ownEnd..<sentenceEnd {
            if isPunctuation(",", at: r) || word(at: r).map({ PhraseReader.clauseJoins.contains($0) }) == true { clauseStart = r + 1 }
            guard let w = word(at: r), PhraseReader.reflexives.contains(w) else { continue }
            if w == "sí", word(at: r + 1) != "mismo" { continue }
            // "3 killed, including a suicide bomber who blew himself up": one of the figure (phrases29).
            if (ownEnd..<r).contains(where: { match(vocab.partsBefore, at: $0) != nil }) { continue }
            // The figure counts killed here (``attackerDied(_:)``'s guard): "and himself" joins the dead.
            var b = r - 1
            while b > ownEnd, let a = word(at: b), ["a", "then", "finally", "eventually", "later", "also", "à"].contains(a) { b -= 1 }
            // "Gunman kills 3, then himself", "a tué 3 personnes, puis lui-même" (phrases29).
            let joined = word(at: b).map { vocab.andWords.contains($0) } == true
                || (r > ownEnd && (ownEnd..<r).allSatisfy { k in
                    isPunctuation(",", at: k) || word(at: k).map { ["then", "finally", "eventually", "later", "puis", "ensuite", "luego",
                                                                    "después", "ثم"].contains($0) || vocab.andWords.contains($0) } == true
                } && (ownEnd..<r).contains { k in word(at: k).map { ["then", "puis", "ensuite", "luego", "después", "ثم"].contains($0) } == true })
            // A death in a clause of its own after the figure, with no figure in it: "then turned
            // the gun on himself"; not the figure's own people ("one of the cells blows himself
            // up", "7 ... were killed after 4 of them blew themselves up": UCDP headlines).
            let ownClause = clauseStart > ownEnd && !(clauseStart..<r).contains { k in
                if case .number = tokens[k].kind { return true }
                return word(at: k).map { $0 == "them" || $0 == "whom" } == true
            }
            let deathInClause = ownClause && ((clauseStart..<r).contains { deathEnd(at: $0) != nil }
                || (clauseStart..<r).contains { word(at: $0) == "gun" || word(at: $0) == "blew" || word(at: $0) == "blowing" })
            if joined || deathInClause { return phrase(found.start..<(r + 1)) }
        }
        // The attacker before the figure.
        guard let a = (sentenceStart..<found.start).last(where: { noun($0).map(PhraseReader.isAttacker) == true }) else { return nil }
        if a > sentenceStart, let by = word(at: a - 1), ["by", "par", "por"].contains(by) { return nil }
        // The death before the attacker: "Police shoot dead gunman who killed 3"; not the
        // figure's own verb before its subject ("قتل المهاجم 3 أشخاص", "the attacker killed 3").
        let apartFromFigure = ((a + 1)..<found.start).contains { k in
            isPunctuation(",", at: k) || word(at: k).map { PhraseReader.relativeOrJoin.contains($0) } == true
        }
        for d in sentenceStart..<a where apartFromFigure {
            if let e = deathEnd(at: d), e <= a, a - e <= 2, (e..<a).allSatisfy({ word(at: $0).map(PhraseReader.articlesBeforeAttacker.contains) == true }) {
                return phrase(d..<(a + 1))
            }
        }
        // Right after it: "Gunman shot dead after killing 3".
        var j = a + 1
        while j < found.start, j <= a + 5 {
            if let e = deathEnd(at: j) {
                if !ownVerb(j, e) { return phrase(a..<e) }
                break
            }
            if isPunctuation("'", at: j) { j += 1; continue }
            guard let w = word(at: j), PhraseReader.auxiliaries.contains(w)
                || ["later", "a", "été", "est", "fue", "ha", "sido", "s", "se", "fait", "fue", "found", "retrouvé", "retrouvée",
                    "hallado", "hallada", "encontrado", "encontrada"].contains(w) else { break }
            j += 1
        }
        // After the figure, with nothing but auxiliaries, pronouns and the police between:
        // "... before being shot dead", ", a été abattu", "antes de ser abatido".
        var clean = true
        var k = ownEnd
        while k < sentenceEnd {
            if isPunctuation(",", at: k) || isDash(at: k) { clean = true; k += 1; continue }
            guard let w = word(at: k) else { k += 1; continue }
            if vocab.andWords.contains(w) || PhraseReader.clauseJoins.contains(w) { clean = true; k += 1; continue }
            if clean, let e = deathEnd(at: k),
               !(word(at: k - 1).map { PhraseReader.zeroTable.determiners.contains($0) && !["a", "le"].contains($0) } ?? false) {
                return phrase(a..<e)
            }
            if !PhraseReader.attackerDeathFillers.contains(w) { clean = false }
            k += 1
        }
        return nil
    }

    /// "lost his life", "lost their lives", "lost her life": a death (phrases27: "3 killed;
    /// another lost his life" read 3); "a perdu la vie", "perdió la vida" (phrases28, review41
    /// S5: "3 tués, un autre dans le coma a perdu la vie" read 3); and a death told with the
    /// words of the one who lived (``diedAfterAll(at:)``).
    func lostLife(at k: Int) -> Bool {
        if diedAfterAll(at: k) != nil { return true }
        guard let w = word(at: k), ["lost", "loses", "losing", "lose", "perdu", "perd", "perdit", "perdre", "perdirent", "perdió",
                                    "perdieron", "perdido", "pierde", "pierden", "perder"].contains(w) else { return false }
        return [k + 1, k + 2].contains { ["life", "lives", "vie", "vies", "vida", "vidas"].contains(word(at: $0) ?? "") }
    }

    /// A death told with the words of the one who lived, negated, or as a state: "did not
    /// survive", "failed to survive", "did not make it", "could not be saved", "since
    /// deceased", "n'a pas survécu", "no sobrevivió", "لم ينج" (phrases28, review41 S5: "3
    /// killed, another in intensive care did not survive" read 3). Not a death yet: "not
    /// expected to survive", "may not survive", "fighting for his life". The index after
    /// the words, or nil.
    func diedAfterAll(at k: Int) -> Int? {
        guard let first = word(at: k), PhraseReader.diedAfterAllFirst.contains(first) else { return nil }
        var best: Int? = nil
        // The words from k, an apostrophe between them left out ("n'a" is "n", "a").
        var at: [Int] = []
        var j = k
        while j < tokens.count, at.count < 6 {
            if isPunctuation("'", at: j) { j += 1; continue }
            guard word(at: j) != nil else { break }
            at.append(j)
            j += 1
        }
        for p in PhraseReader.diedAfterAllPhrases where p.count <= at.count && (0..<p.count).allSatisfy({ word(at: at[$0]) == p[$0] }) {
            best = max(best ?? 0, at[p.count - 1] + 1)
        }
        return best
    }

    static let diedAfterAllPhrases: [[String]] = [
        "did not survive", "didn't survive", "did not make it", "didn't make it", "failed to survive", "never survived",
        "did not pull through", "didn't pull through", "failed to pull through", "never recovered", "did not recover",
        "didn't recover", "could not be saved", "couldn't be saved", "could not be revived", "couldn't be revived",
        "was not saved", "wasn't saved", "deceased", "has since passed", "later passed",
        "n'a pas survécu", "n'ont pas survécu", "n'a pas pu être sauvé", "n'a pas pu être sauvée", "n'a pu être sauvé",
        "n'a pu être sauvée", "ne s'est pas réveillé", "ne s'est jamais réveillé", "décédé", "décédée", "succombé", "succombée",
        "no sobrevivió", "no sobrevivieron", "no logró sobrevivir", "no pudo sobrevivir", "no pudo ser salvado",
        "no pudo ser salvada", "no se pudo salvar", "falleció", "fallecido", "fallecida",
        "لم ينج", "لم ينجُ", "لم يتمكن من النجاة", "فارق الحياة", "توفي", "توفيت",
    ].map { Vocabulary.pieces(of: $0).compactMap { if case let .word(w) = $0 { return w } else { return nil } } }
    static let diedAfterAllFirst: Set<String> = Set(diedAfterAllPhrases.compactMap(\.first))

    /// Words that make a zero one of the grave cases only ("no serious injuries", "no one was
    /// critically hurt", "no hubo heridos graves", "aucun blessé grave"): refused, review41 S3.
    static let severityWords: Set<String> = [
        "serious", "seriously", "major", "severe", "severely", "critical", "critically", "grave", "graves", "gravedad",
        "gravemente", "gravement", "grièvement", "sérieux", "sérieuse", "sérieusement", "significant", "substantial",
        "heavy", "lourdes", "life-threatening",
    ]

    /// Arabic words for "another" after the verb of their clause ("وتوفي آخر").
    static let anotherAfterVerb: Set<String> = ["آخر", "اخر", "أخرى", "اخرى"]

    /// A verb of dying: ``verbsOfDying`` or ``verbsOfOneDying``.
    static func dies(_ w: String) -> Bool { verbsOfDying.contains(w) || verbsOfOneDying.contains(w) }

    /// The value of an ordinal at `i` ("fourth", "4th", "quatrième", "4e"), or nil.
    func ordinalValue(at i: Int) -> Int64? {
        guard i >= 0, i < tokens.count else { return nil }
        if let w = word(at: i), let v = PhraseReader.ordinalValues[w] { return v }
        let text = tokens[i].text.lowercased()
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, Lexer.ordinals.contains(String(text.dropFirst(digits.count))) else { return nil }
        return Int64(digits)
    }

    /// A word for one more person standing alone at `i`: a phrase of ``LanguageTable/oneMore``
    /// ("another", "otro", "un autre", "ein weiterer"), or an article and the ordinal after an
    /// exact figure ("a fourth" after 3; after 40, "a third" is a part), with a noun of one
    /// person after it if there is one ("a fourth victim"). The index after them, or nil; nil
    /// too before "of" ("a third of them").
    func oneMoreAlone(at i: Int, after found: Finding) -> Int? {
        var e: Int
        if let (end, _) = match(vocab.oneMore, at: i) {
            e = end
        } else if let a = word(at: i), vocab.singular.contains(a), let value = ordinalValue(at: i + 1),
                  found.span.low == found.span.best, found.span.high == found.span.best, value > found.span.best {
            // "a fourth" after 3, and "a fifth" after 3 too (phrases26: read 3): an ordinal above
            // an exact figure is a later person, whatever happened in between ("a third" after
            // 40 is a part).
            e = i + 2
        } else {
            return nil
        }
        if let w = word(at: e), vocab.groupOf.contains(w) || w == "of" { return nil }
        if let w = word(at: e), vocab.onePerson.contains(w) || PhraseReader.deadBodies.contains(w)
            || ["victim", "person", "one", "individual"].contains(w) { e += 1 }
        return e
    }

    /// "IS crucifies 3 men and stones to death a woman", "3 soldiers were killed and a civilian
    /// died", "3 soldiers killed, a civilian also died", "Militants shot dead 4 policemen and
    /// later a teacher", "A soldier was killed and 3 civilians died", "IS stones a woman and
    /// crucifies 3 men": someone named without a figure (an article and a noun of one person)
    /// in a clause joined to the figure's (an and-word, a join phrase, a comma, a semicolon
    /// or a full stop) is one more victim the figure does not count, unless that clause
    /// names another measure than the figure's ("and wounds a woman", "a civilian was
    /// injured", "a gunman was arrested"), or the person is the source ("a police officer
    /// said"), the one by or of whom something is ("by a gunman", "of a farmer"), or a
    /// modifier ("a civilian car"). Before the figure, the person must be the object of a
    /// verb right before the join, or the subject of a passive or a measure word ("A soldier
    /// was killed and"); "A gunman opened fire and killed 3" names no victim. Refused: the
    /// figure alone would be short (phrases23; the simple joins are ``personBeside``'s).
    /// Returns the words from the figure to that person (or from the person to the figure).
    func victimInClause(_ found: Finding) -> String? {
        let own = measureOf(found) ?? measure
        func isBoundary(_ i: Int) -> Int? {
            if isPunctuation(",", at: i) || isPunctuation(";", at: i) || isPunctuation(".", at: i) { return i + 1 }
            // "3 killed - another died later": a spaced dash opens a clause (phrases26).
            if isDash(at: i), tokens[i].spaceBefore { return i + 1 }
            return joinStarting(at: i)
        }
        // "their commander", "their driver" (phrases26: read 3) as "his brother" is.
        func isArticle(_ w: String) -> Bool {
            vocab.singular.contains(w) || w == "one" || w == "another" || ["their", "our", "my", "your"].contains(w)
        }
        // A quotation mark at `i`: true for `"` (it opens or closes), false for a closing one
        // (”, »), nil for none; an opening one (“, «, „) is true.
        func quote(at i: Int) -> Bool? {
            guard i < tokens.count else { return nil }
            let scalar: Unicode.Scalar
            switch tokens[i].kind {
            case let .punctuation(p): scalar = p
            case let .symbol(p): scalar = p
            default: return nil
            }
            switch scalar {
            case "\"", "“", "«", "„": return true
            case "”", "»": return false
            default: return nil
            }
        }
        // The noun of one person after the article at `a` (up to two words between), if it
        // is a noun there (not "a civilian car").
        func personNoun(after a: Int) -> Int? {
            for n in (a + 1)...(a + 3) {
                guard let noun = word(at: n) else { return nil }
                if PhraseReader.beforeNoVictim.contains(noun) || vocab.connectors.contains(noun) { return nil }
                if vocab.onePerson.contains(noun) || PhraseReader.deadBodies.contains(noun) {
                    // "the Arab Nationalist Guard", "the Republican Guard": a name.
                    if tokens[n].text.first?.isUppercase == true, n > a + 1, tokens[n - 1].text.first?.isUppercase == true {
                        return nil
                    }
                    guard let next = word(at: n + 1) else { return n }
                    // "civilian casualties", "fighter jets": an adjective of the noun after it.
                    if ["deaths", "death", "fatalities", "casualties", "casualty", "injuries", "toll"].contains(next)
                        || (measureWord(at: n + 1) == nil
                            && (vocab.personWords.contains(next) || vocab.casualtyWords.contains(next) || vocab.otherCounts.contains(next))) {
                        return nil
                    }
                    if vocab.andWords.contains(next) || joinStarting(at: n + 1) != nil || PhraseReader.afterVictim.contains(next)
                        || PhraseReader.dies(next) || lostLife(at: n + 1)
                        || measureWord(at: n + 1) != nil || PhraseReader.participleEndings.contains(where: { next.hasSuffix($0) && next.count > $0.count + 2 }) {
                        return n
                    }
                    return nil
                }
                if vocab.personWords.contains(noun) || vocab.casualtyWords.contains(noun) || vocab.isNumberWord(noun)
                    || vocab.measures[noun] != nil || isBoundary(n) != nil { return nil }
            }
            return nil
        }
        // The measures named in the clause `from..<to`, and whether the person at `noun`
        // is a source.
        func measures(_ range: Range<Int>) -> Set<String> {
            var found = Set<String>()
            var k = range.lowerBound
            while k < range.upperBound {
                defer { k += 1 }
                if let w = word(at: k), PhraseReader.escapeVerbs.contains(w) {
                    // "narrowly escaped death": what they lived through, not what happened.
                    found.insert(vocab.measures[w] ?? "unharmed")
                    if k + 1 < range.upperBound, measureWord(at: k + 1) != nil || word(at: k + 1).map(vocab.casualtyWords.contains) == true {
                        k += 1
                    }
                    continue
                }
                // "3 dead and the gunman at large", "on the run", "en fuite", "prófugo" (phrases31:
                // refused as one more victim): alive and free.
                if atLarge(at: k) { found.insert("unharmed"); continue }
                if let (m, _, _) = measureWord(at: k) {
                    found.insert(m)
                } else if let w = word(at: k), PhraseReader.dies(w) || PhraseReader.deadBodies.contains(w) || lostLife(at: k) {
                    // "a child succumbed to wounds": a verb of dying no measure table holds;
                    // "another body was found": one more dead (phrases26).
                    found.insert("killed")
                } else if let w = word(at: k), let m = PhraseReader.livedWords[w] {
                    // "another escaped unharmed", "another is in hospital" (phrases26).
                    found.insert(m)
                }
            }
            return found
        }
        // "with another dying later in hospital": "with" opens a clause of a later death, not a
        // doer or an owner ("with a gunman"), when a verb of dying follows in its clause.
        func blocked(_ b: Int, _ i: Int) -> Bool {
            (b..<i).contains { k in
                guard let w = word(at: k), PhraseReader.beforeNoVictim.contains(w) else { return false }
                if w == "with" {
                    // "with another killed later" too: the figure's measure in its clause.
                    var j = i
                    while j < tokens.count, isBoundary(j) == nil { j += 1 }
                    if (i..<j).contains(where: { word(at: $0).map(PhraseReader.dies) == true })
                        || measures(i..<j).contains(own ?? "killed") { return false }
                }
                return true
            }
        }
        // The one named lived through their clause ("another escaped unharmed", "another is in
        // hospital"), but the text names the figure's measure after it ("..., where he died"):
        // they may have died too.
        func diesLater(_ end: Int) -> Bool {
            guard let own, end < tokens.count else { return false }
            return measures(end..<tokens.count).contains(own)
        }
        func isSource(_ noun: Int) -> Bool {
            var k = noun + 1
            while k < tokens.count, k <= noun + 9 {
                if let w = word(at: k) {
                    if PhraseReader.speechWords.contains(w) { return true }
                    if vocab.andWords.contains(w) || measureWord(at: k) != nil { return false }
                }
                k += 1
            }
            return false
        }
        // Another measure than the figure's, and only that: the person is not among its victims.
        func otherMeasure(_ ms: Set<String>) -> Bool {
            guard let own, !ms.isEmpty else { return false }
            return !ms.contains(own)
        }
        // After the figure.
        var boundary: Int? = nil
        var inParts = false
        var inQuote = false
        var i = found.end
        while i < tokens.count {
            // "including three women and a child": a breakdown of the figure, up to the next
            // comma, semicolon or full stop.
            if let (e, _) = match(vocab.partsBefore, at: i) { boundary = nil; inParts = true; i = max(e, i + 1); continue }
            // "on charges of “killing and raping a child”": words quoted are no clause of the text.
            if let q = quote(at: i) {
                if q || !inQuote { inQuote.toggle() }
                i += 1
                continue
            }
            if inQuote { i += 1; continue }
            // "including a man and his child, another man, his brother": the list goes on
            // after its commas.
            if inParts {
                if isPunctuation(";", at: i) || isPunctuation(".", at: i) { inParts = false; boundary = i + 1 }
                i += 1
                continue
            }
            // "قتل 3 جنود وتوفي آخر" ("3 soldiers killed and another died"): Arabic puts the word
            // for another after its verb, glued to "و" or after a comma (phrases25).
            if i > found.end, let w = word(at: i), PhraseReader.anotherAfterVerb.contains(w), let v = word(at: i - 1) {
                let glued = v.hasPrefix("و") && vocab.measures[v] == nil && !PhraseReader.dies(v)
                let verb = glued ? String(v.dropFirst()) : v
                if glued || boundary == i - 1, let m = PhraseReader.dies(verb) ? "killed" : vocab.measures[verb], !otherMeasure([m]) {
                    return phrase(found.start..<(i + 1))
                }
            }
            // "قتل 3 أشخاص وآخر في العناية المركزة توفي" ("and another in intensive care died"),
            // "وأصيب آخر ثم توفي" ("another was hurt, then died"): the Arabic one more, glued to
            // "و" or after its verb, with a verb of dying later in its sentence (phrases28,
            // review41 S5: read 3).
            if i > found.end, own == "killed", let w = word(at: i),
               (w.hasPrefix("و") && PhraseReader.anotherAfterVerb.contains(String(w.dropFirst())))
                || (PhraseReader.anotherAfterVerb.contains(w) && word(at: i - 1).map { $0.hasPrefix("و") || vocab.measures[$0] != nil } == true) {
                var k = i + 1
                while k < tokens.count, !isPunctuation(".", at: k), !isPunctuation(";", at: k) {
                    if let v = word(at: k), PhraseReader.dies(v) || PhraseReader.dies(String(v.dropFirst())) && v.hasPrefix("و") || lostLife(at: k) {
                        return phrase(found.start..<(diedAfterAll(at: k) ?? k + 1))
                    }
                    k += 1
                }
            }
            if let e = isBoundary(i) { boundary = e; i = max(e, i + 1); continue }
            if let b = boundary, i - b <= 3, let a = word(at: i), isArticle(a),
               !(word(at: i - 1).map { PhraseReader.clauseOpeners.contains($0) } ?? false),
               // "among others a child", "by a gunman": no word between the join and the
               // article makes the one named a part, a doer or an owner.
               !blocked(b, i),
               let n = personNoun(after: i) {
                var end = n + 1
                while end < tokens.count, isBoundary(end) == nil { end += 1 }
                // "killing 3 people besides the bomber" after "A suicide bomber blew himself up":
                // the one the figure says it leaves out (phrases31).
                if !otherMeasure(measures(b..<end)) || diesLater(end), !isSource(n),
                   !(attackerNoun(at: n) != nil && othersThanSelfKiller(found)) {
                    return phrase(found.start..<(n + 1))
                }
                boundary = nil
                i = n + 1
                continue
            }
            // "3 killed; the body of another was found", "the body of a fourth soldier": one more
            // dead (phrases26: read 3).
            if let b = boundary, i - b <= 3, !blocked(b, i),
               let body = [i, i + 1].first(where: { k in
                   word(at: k).map(PhraseReader.deadBodies.contains) == true && word(at: k + 1) == "of"
                       && (k == i || word(at: i).map(isArticle) == true)
               }) {
                var named = oneMoreAlone(at: body + 2, after: found)
                if named == nil, let a = word(at: body + 2), isArticle(a), let n = personNoun(after: body + 2) { named = n + 1 }
                if let named, own == nil || own == "killed" {
                    return phrase(found.start..<named)
                }
            }
            // "3 soldiers killed and another died", "3 killed; a fourth died later in hospital",
            // "3 muertos y otro murió", "3 morts, un autre est mort", "3 Tote, ein weiterer
            // starb": a word for one more person standing alone (no noun of one person after
            // it) is one more victim too (phrases25, review37 S5).
            if let b = boundary, i - b <= 3, let e = oneMoreAlone(at: i, after: found),
               !(word(at: i - 1).map { PhraseReader.clauseOpeners.contains($0) } ?? false),
               !blocked(b, i) {
                var end = e
                while end < tokens.count, isBoundary(end) == nil { end += 1 }
                // Up to the next comma, semicolon or full stop, and-words included: "another
                // critically injured and later died".
                var sentenceEnd = e
                while sentenceEnd < tokens.count, !isPunctuation(",", at: sentenceEnd), !isPunctuation(";", at: sentenceEnd),
                      !isPunctuation(".", at: sentenceEnd) { sentenceEnd += 1 }
                let inClause = measures(b..<end)
                let standsAlone = e >= tokens.count || { if case .punctuation = tokens[e].kind { return true } else { return false } }()
                    || word(at: e).map { w in
                        PhraseReader.afterVictim.contains(w) || PhraseReader.afterOneMore.contains(w) || PhraseReader.dies(w) || lostLife(at: e)
                            || PhraseReader.participleEndings.contains(where: { w.hasSuffix($0) && w.count > $0.count + 2 })
                    } == true
                    || measureWord(at: e) != nil
                // "another airstrike killed civilians": whatever "another" names, the clause
                // says more were killed than the figure.
                let namesOwn = own.map { measures(b..<sentenceEnd).contains($0) } == true
                if (standsAlone && (!otherMeasure(inClause) || diesLater(end))) || namesOwn, !isSource(e - 1) {
                    return phrase(found.start..<e)
                }
                boundary = nil
                i = e
                continue
            }
            i += 1
        }
        // Before the figure: the last join before it, at most four words before the figure.
        var join: Int? = nil
        for k in stride(from: found.start - 1, through: max(0, found.start - 5), by: -1) {
            if isPunctuation(",", at: k) || isPunctuation(";", at: k) || vocab.andWords.contains(word(at: k) ?? "") { join = k; break }
        }
        guard let join else { return nil }
        // "kills a child and rises to 68, the number of civilians killed": a toll that rose
        // holds the one named before it.
        if ((join + 1)..<found.start).contains(where: { word(at: $0).map(vocab.changes.contains) == true }) { return nil }
        var clauseStart = join - 1
        while clauseStart > 0, isBoundary(clauseStart - 1) == nil { clauseStart -= 1 }
        guard clauseStart >= 0 else { return nil }
        for a in clauseStart..<join {
            guard let art = word(at: a), isArticle(art), let n = personNoun(after: a), n < join, n >= join - 4 else { continue }
            if let w = word(at: a - 1), PhraseReader.beforeNoVictim.contains(w) { continue }
            let after = word(at: n + 1) ?? ""
            let object = n + 1 == join && a > clauseStart && a >= 1 && word(at: a - 1).map { !PhraseReader.clauseOpeners.contains($0) } == true
            let passive = PhraseReader.auxiliaries.contains(after) || measureWord(at: n + 1) != nil
            guard object || passive else { continue }
            if otherMeasure(measures(clauseStart..<join)) || isSource(n) { continue }
            return phrase(a..<found.figureEnd)
        }
        return nil
    }

    /// "A policeman was killed and three others were injured", "kill a child and injure
    /// 2 others": "others" after the figure counts people besides someone the text
    /// names before it without a figure. Read when a measure is asked and the figure
    /// names it ("A soldier was killed and 5 others wounded" gives 5 for injured).
    /// Returns the words from that someone to "others".
    func othersBeside(_ found: Finding) -> String? {
        let start = found.start
        let ownMeasure = measure != nil && measureOf(found) == measure
        // "A suicide bomber blew himself up, killing 3 others", "Le kamikaze s'est fait
        // exploser, tuant 3 autres personnes": others than the one who died by his own hand,
        // whom the text names (phrases31: refused without --measure killed, and the French
        // with it).
        if selfDeathBefore(found) != nil { return nil }
        if let w = word(at: found.figureEnd), vocab.othersWords.contains(w), w != "more", !ownMeasure {
            for i in stride(from: start - 1, through: 0, by: -1) {
                guard let noun = word(at: i) else { continue }
                let counted = i >= 1 && ({ if case .number = tokens[i - 1].kind { return true } else { return false } }()
                    || word(at: i - 1).map(vocab.isNumberWord) == true)
                if !counted, vocab.onePerson.contains(noun) || vocab.groups.contains(noun) {
                    return phrase(i..<(found.figureEnd + 1))
                }
            }
        }
        return nil
    }

    /// "3 others killed", "مقتل 3 آخرين", "12 otros muertos": a figure of "others" counts
    /// people besides someone the text leaves out, so alone it is short (issue 12, seventh
    /// review). Read only when someone is named before it and the figure is read for its
    /// own measure ("A soldier was killed and 5 others wounded" with `--measure injured`).
    func othersUnnamed(_ found: Finding) -> String? {
        // The word for "others" right after the figure, or after its noun where the language
        // puts it there: "3 قتلى آخرين", "ثلاثة قتلى آخرون", "3 کشته دیگر", "3 orang lainnya"
        // (phrases19, review28 S12: read 3).
        var at = found.figureEnd
        if let n = word(at: at), !vocab.othersWords.contains(n),
           vocab.personWords.contains(n) || vocab.casualtyWords.contains(n) || vocab.measures[n] != nil,
           let o = word(at: at + 1), vocab.othersWords.contains(o), o != "more", o != "daha", o != "еще", o != "ещё", o != "ще" {
            at += 1
        }
        guard let w = word(at: at), vocab.othersWords.contains(w), w != "more",
              !vocab.incrementsAfter.contains([.word(w)]) else { return nil }
        let ownMeasure = measure != nil && measureOf(found) == measure
        // "Le kamikaze s'est fait exploser, tuant 3 autres personnes", "فجر انتحاري نفسه مما أدى
        // إلى مقتل 3 آخرين": others than the one who died by his own hand (phrases31).
        if selfDeathBefore(found) != nil { return nil }
        let named = tokens[0..<found.start].contains { token in
            guard let t = token.word else { return false }
            return vocab.onePerson.contains(t) || vocab.groups.contains(t) || vocab.personWords.contains(t)
        }
        if ownMeasure && named { return nil }
        return phrase(found.start..<(at + 1))
    }

    /// A join that ends at `index` (an and-word, a join phrase of the tables, or a
    /// comma): the index of its first token, and whether it is the comma.
    func joinEnding(at index: Int) -> (start: Int, comma: Bool)? {
        guard index >= 1, index < tokens.count else { return nil }
        if isPunctuation(",", at: index) { return (index, true) }
        if let w = word(at: index), vocab.andWords.contains(w) { return (index, false) }
        for pieces in vocab.joins where pieces.count <= index {
            let from = index + 1 - pieces.count
            if match(pieces, at: from) == index + 1 { return (from, false) }
        }
        return nil
    }

    /// An and-word or a join phrase of the tables at `index`: the index after it.
    func joinStarting(at index: Int) -> Int? {
        guard index >= 0, index < tokens.count else { return nil }
        if let w = word(at: index), vocab.andWords.contains(w) { return index + 1 }
        var best: Int? = nil
        for pieces in vocab.joins {
            if let end = match(pieces, at: index), end > (best ?? 0) { best = end }
        }
        return best
    }

    /// Whether a noun phrase starting at `index` can be someone listed before a comma:
    /// not after an attribution ("according to police, 4 people died", "selon la police,
    /// 4 morts", "menurut polisi, 4 orang tewas"). Anywhere else it is a list ("Victims
    /// were the driver, 4 passengers", "a funeral for the driver, 13 fighters").
    func opensClause(at index: Int) -> Bool {
        guard index >= 1 else { return true }
        for pieces in vocab.attributions where pieces.count <= index {
            if match(pieces, at: index - pieces.count) == index { return false }
        }
        return true
    }

    // MARK: Ranges

    /// `to`, `-`, `–`, `—`, `or`, and the tables' range words.
    func rangeSeparator(at index: Int) -> Int? {
        if isDash(at: index) { return index + 1 }
        if let (end, _) = match(vocab.rangeSeparators, at: index) { return end }
        return nil
    }

    /// "between X and Y" (also with `to` or a dash). A number word may itself contain
    /// "and" ("a hundred and twenty"), so if reading it greedily leaves no separator,
    /// the first end is read again without joining "and".
    func between(at index: Int) throws(ParseFailure) -> (first: Quantity, second: Quantity)? {
        for joinAnd in [true, false] {
            guard let first = try quantity(at: index, joinAnd: joinAnd) else { return nil }
            let separatorEnd: Int? = word(at: first.end).map { vocab.andWords.contains($0) } == true
                ? first.end + 1 : rangeSeparator(at: first.end)
            if let separatorEnd, let second = try quantity(at: separatorEnd, joinAnd: true) {
                return (first, second)
            }
        }
        return nil
    }

    /// Joins two ends; a bare first end borrows the second end's multiplier ("5-7
    /// thousand") unless that would reverse the range ("500 to 1 million").
    /// `(300–323)` at `index`, a bounded range of two figures that holds `best` with
    /// room between its ends, and the index after the `)`; `nil` for anything else, so
    /// that "5 (2019–2021)" or "12 (3-4 children)" are read as before.
    ///
    /// The range may be named as a statistical interval first (phrases21, review30 S18:
    /// "307 (CI 300–323)", "307 (UI 300–323)", "40 (IQR 35–45)" read as an exact 307 and 40,
    /// the acronym and its first end taken for a designation): `(range 300 to 323)` as the
    /// alt text words it (AltText.words), `(95% CI 300–323)`, `(95% UI: 300–323)`, `(CI 95%,
    /// 300–323)`, `(IC à 95 % 300–323)`, `[95% CI 300–323]`, the words of the tables'
    /// ``Vocabulary/intervals``. In square brackets only when so named (`307 [300–323]` stays
    /// two numbers).
    func bracketedRange(at index: Int, around best: Int64) throws(ParseFailure) -> (span: Span, approximate: Bool, end: Int)? {
        let square = isPunctuation("[", at: index)
        guard isSymbol("(", at: index) || square else { return nil }
        let named = intervalNamed(after: index)
        if square, named == nil { return nil }
        let open = (named ?? (index + 1)) - 1
        guard let first = try quantity(at: open + 1, joinAnd: true),
              case .exact = first.amount, let separatorEnd = rangeSeparator(at: first.end),
              let second = try quantity(at: separatorEnd, joinAnd: true), case .exact = second.amount,
              square ? isPunctuation("]", at: second.end) : isSymbol(")", at: second.end),
              let span = try? range(first, second), let high = span.high, span.low < high,
              span.low <= best, best <= high
        else { return nil }
        return (span, first.approximate || second.approximate, second.end + 1)
    }

    /// After the bracket at `index`: the words naming a statistical interval, with its level
    /// before or after them (`95% CI`, `CI 95%`, `IC à 95 %`) and a colon, comma or `=` after
    /// them; the index of the range's first end, or nil when no such name stands there.
    func intervalNamed(after index: Int) -> Int? {
        var j = index + 1
        func level(at k: Int) -> Int? {
            guard k < tokens.count, case .number = tokens[k].kind,
                  isSymbol("%", at: k + 1) || isPunctuation("\u{066A}", at: k + 1) else { return nil }
            // "IC 95% 300–323": the sign is the level's, not a percent written before "300".
            levelSigns.insert(k + 1)
            return k + 2
        }
        var hasLevel = false
        if let end = level(at: j) { j = end; hasLevel = true }
        // The longest name of the tables at j ("interquartile range" before "range").
        var nameEnd: Int? = nil
        for pieces in vocab.intervals {
            if let end = match(pieces, at: j), end > (nameEnd ?? j) { nameEnd = end }
        }
        guard let end = nameEnd else { return nil }
        j = end
        if !hasLevel {
            if let e = level(at: j) { j = e } else if let w = word(at: j), ["à", "a", "al", "del", "de", "di", "do", "zu"].contains(w),
                                                     let e = level(at: j + 1) { j = e }
        }
        if isPunctuation(":", at: j) || isPunctuation(",", at: j) || isSymbol("=", at: j) { j += 1 }
        return j
    }

    /// `(at least 15)`, `(at least ~15)`, `(at least 15, no upper limit)` at `index`: the
    /// floor of an open-ended estimate printed after its best, which must not lie below it;
    /// `nil` for anything else.
    func bracketedFloor(at index: Int, under best: Int64) throws(ParseFailure) -> (low: Int64, approximate: Bool, end: Int)? {
        guard isSymbol("(", at: index), word(at: index + 1) == "at", word(at: index + 2) == "least" else { return nil }
        var i = index + 3
        var approximate = false
        if let (end, qualifier) = match(vocab.prefixes, at: i), qualifier == .approximate { approximate = true; i = end }
        guard let floor = try quantity(at: i, joinAnd: true), case .exact = floor.amount else { return nil }
        var end = floor.end
        if isPunctuation(",", at: end), word(at: end + 1) == "no", word(at: end + 2) == "upper", word(at: end + 3) == "limit" {
            end += 4
        }
        guard isSymbol(")", at: end) else { return nil }
        let low = try floor.span().low
        guard low <= best else { throw .bestOutside(best: best, low: low, high: nil) }
        return (low, approximate || floor.approximate, end + 1)
    }

    /// "5-7,000 fighters", "5 to 7,000": a low end of one to three digits with no separator
    /// before a grouped round high end whose thousands it could be is written as 5,000–7,000 in much copy
    /// and as 5–7,000 literally; refused (issue 12, review12b).
    /// The forms tally itself prints for a range given without a best (Estimate.display,
    /// ChartWords.figure: `5–7,000`, `~5–7,000`; AltText.words: `5 to 7,000 (no best
    /// estimate given)`, with `about`), as the whole text: read literally, so that what
    /// tally wrote reads back (phrases6). Copy's shorthand (`5-7,000 fighters`, `5 to
    /// 7,000`) is still refused: a hyphen, spaces around the dash, or any other word.
    func printedByTally(firstIndex: Int, separator: Int, secondEnd: Int) -> Bool {
        let before = tokens[0..<firstIndex].map(\.text)
        guard before.isEmpty || before == ["~"] || before == ["about"] else { return false }
        if isDash(at: separator), tokens[separator].text == "\u{2013}", !tokens[separator].spaceBefore,
           separator + 1 < tokens.count, !tokens[separator + 1].spaceBefore, before != ["about"] {
            return secondEnd == tokens.count
        }
        if word(at: separator) == "to", before != ["~"] {
            let tail = tokens[secondEnd...].map { $0.text.lowercased() }
            return tail == ["(", "no", "best", "estimate", "given", ")"]
        }
        return false
    }

    /// Whether what stands around `9–11` (from `findingStart` to `end`) is what stands around
    /// a figure rather than around the name of the attacks of 11 September 2001 (phrases21,
    /// review31 S7): a qualifier before it (`at least 9–11`, `~9–11`), a suffix or a trailing
    /// qualifier after it (`9–11+`, `9–11 or more`), a bracket holding a figure that is no year
    /// (`(best 10)`, `(est. 10)`, `(median 10)`, `(best 10–11)`), a casualty word right before
    /// it (`killed 9–11`), or no other word in the text (`9-11`). `since 9–11`, `the 9-11 attacks`, `after 9-11, 40 killed` stay the attacks.
    func figureTailFollows(findingStart: Int, qualified: Bool, end: Int) -> Bool {
        if qualified || match(vocab.suffixes, at: end) != nil || trailingQualifier(from: end) != nil { return true }
        if standsAlone(from: findingStart, to: end) { return true }
        // "killed 9–11", "dead: 9–11": a casualty word right before it, as after it.
        var b = findingStart - 1
        if isPunctuation(":", at: b) { b -= 1 }
        if let w = word(at: b), vocab.casualtyWords.contains(w) || vocab.measures[w] != nil { return true }
        let square = isPunctuation("[", at: end)
        guard isSymbol("(", at: end) || square else { return false }
        var j = end + 1
        while j < tokens.count, !(square ? isPunctuation("]", at: j) : isSymbol(")", at: j)) {
            if case let .number(m) = tokens[j].kind {
                return !(tokens[j].plainDigits == 4 && (1800...2099).contains(m.whole))
            }
            j += 1
        }
        return false
    }

    func shorthandRange(_ first: Quantity, at firstIndex: Int, _ second: Quantity, at secondIndex: Int) -> Bool {
        guard let a = first.plainValue, let b = second.plainValue, first.end == firstIndex + 1, second.end == secondIndex + 1,
              tokens[firstIndex].plainDigits >= 1, tokens[firstIndex].plainDigits <= 3,
              tokens[secondIndex].plainDigits == 0, a > 0, b % 1_000 == 0, a * 1_000 <= b, a * 1_000 * 10 >= b
        else { return false }
        return true
    }

    func range(_ first: Quantity, _ second: Quantity) throws(ParseFailure) -> Span {
        let upper = try second.span()
        guard let high = upper.high else { return upper }
        let low: Int64
        switch first.amount {
        case let .exact(head, multiplier):
            if multiplier == 1, case let .exact(_, borrowed) = second.amount, borrowed > 1,
               let scaled = try? head.scaled(by: borrowed, phrase: first.phrase), scaled <= upper.low {
                low = scaled
            } else if multiplier == 100, case let .exact(_, borrowed) = second.amount,
                      borrowed == 100_000 || borrowed == 100_000_000 || borrowed == 100_000_000_000 {
                // "two hundred to three hundred thousand": a reader lends the thousand to both
                // ends (review17 #4 read 200 to 300,000).
                let scaled = try head.scaled(by: borrowed, phrase: first.phrase)
                guard scaled <= upper.low else {
                    throw ParseFailure(reason: "\"" + first.phrase + "\" and \"" + second.phrase
                                       + "\" may share the larger multiplier or not: give both ends in full")
                }
                low = scaled
            } else if multiplier == 100, case let .exact(_, borrowed) = second.amount, borrowed >= 1_000_000 {
                // "two hundred to three million": 200 or 200 thousand; no reader knows.
                throw ParseFailure(reason: "\"" + first.phrase + "\" and \"" + second.phrase
                                   + "\" may share the larger multiplier or not: give both ends in full")
            } else {
                low = try head.scaled(by: multiplier, phrase: first.phrase)
            }
        case let .vague(span):
            low = span.low
        }
        guard low <= high else { throw .reversed(low: low, high: high) }
        return Span(low: low, best: low + (high - low + 1) / 2, high: high, bestStated: false)
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
            // ",000 killed", "'000", "N5,000", ".000 killed" (OCR and cut text): a separator
            // with no digit before it; the digits after it are not the figure (issue 12,
            // review12b: they read 0). ".5 million" keeps its multiplier.
            let glued: Bool = {
                guard index >= 1, !tokens[index].spaceBefore else { return false }
                switch tokens[index - 1].kind {
                // "in '17" is a year of two digits, judged with the other years.
                case let .punctuation(c): return c == "," || c == "." || (c == "'" && tokens[index].plainDigits != 2)
                default: return false
                }
            }()
            let leadingPoint = tokens[index].text.first == "." || tokens[index].text.first == ","
            // "F-16 , 000": zeros alone, more than one of them, are what is left of a cut number.
            // ("5 000" is two numbers, or 5,000 under a locale: not this.)
            let zeros = tokens[index].plainDigits >= 2 && tokens[index].text.allSatisfy { $0 == "0" } && multiplier == 1
                && !(index >= 1 && { if case .number = tokens[index - 1].kind { return true } else { return false } }())
            if glued || zeros || (leadingPoint && multiplier == 1) {
                let from = glued ? index - 1 : index
                throw ParseFailure(reason: "malformed number (" + tokens[from..<end].map(\.text).joined()
                                   + (zeros && !glued ? "): zeros alone, the rest of the number is missing"
                                      : "): a separator with no digit before it"))
            }
            found = Quantity(amount: .exact(head: head, multiplier: multiplier), end: chainEnd,
                             phrase: phrase(index..<chainEnd))
            if multiplier >= 1_000, let compound = try compound(head: head, multiplier: multiplier,
                                                                 start: index, at: chainEnd) {
                found = compound
            }
        case let .word(w):
            if notNumbers.contains(index) { return nil }
            if let zero = nobody(at: index) {
                found = zero
            } else if vocab.articles.contains(w), w != "a", w != "an", let noun = word(at: index + 1),
                      vocab.personWords.contains(noun) {
                // "un muerto", "un mort", "ein Toter": one person. (English says "one
                // dead"; its "a" is left alone: "a member of the group said".)
                found = Quantity(amount: .exact(head: Magnitude(whole: 1), multiplier: 1), end: index + 1,
                                 phrase: phrase(index..<(index + 2)))
            } else if let (end, value) = match(vocab.approximateUnits, at: index) {
                found = Quantity(amount: .exact(head: Magnitude(whole: value), multiplier: 1), end: end,
                                 phrase: phrase(index..<end), approximate: true)
            } else if ["сотни", "тысячи"].contains(w), let before = word(at: index - 1),
                      ["около", "более", "свыше", "почти", "менее", "порядка", "больше", "меньше", "до", "близько", "понад"].contains(before) {
                // "около сотни", "свыше тысячи": after these the word is "a hundred", "a thousand"
                // (genitive singular), not the plural "hundreds" (review12b: read ~200-999, 2,001+).
                found = Quantity(amount: .exact(head: Magnitude(whole: w == "сотни" ? 100 : 1_000), multiplier: 1), end: index + 1,
                                 phrase: phrase(index..<(index + 1)))
            } else if let vague = try countWord(at: index) {
                found = vague
            } else if let vague = try plural(at: index) {
                found = vague
            } else if let composed = try composedNumber(at: index, joinAnd: joinAnd) {
                // "trois cents", "mil quinientos", "on iki", "خمسة وعشرون" (NumberWords.swift).
                found = composed
                try rejectAdjacentNumberWord(after: composed, from: index)
            } else if let (end, value) = match(vocab.numbers, at: index) {
                let (multiplier, chainEnd) = multiplierChain(at: end)
                found = Quantity(amount: .exact(head: Magnitude(whole: value), multiplier: multiplier), end: chainEnd,
                                 phrase: phrase(index..<chainEnd))
                try rejectAdjacentNumberWord(after: found!, from: index)
            } else {
                found = half(at: index) ?? numberWords(at: index, joinAnd: joinAnd)
                if let found { try rejectAdjacentNumberWord(after: found, from: index) }
            }
            if let q = found { found = try touchingWords(q, from: index) }
        default:
            return nil
        }
        if let found { try rejectPercentage(after: found, from: index) }
        return found
    }

    /// "41 ألفا و272" (Arabic joins the parts of one number with و), "3 mil 414" (Latin
    /// American Spanish), "2 million 300 thousand": a smaller figure right after a
    /// multiplied one is its remainder.
    func compound(head: Magnitude, multiplier: Int64, start: Int, at index: Int) throws(ParseFailure) -> Quantity? {
        let next = word(at: index) == "\u{0648}" ? index + 1 : index
        guard next < tokens.count, case let .number(rest) = tokens[next].kind, tokens[next].plainDigits > 0,
              tokens[next].plainDigits <= 3 || next > index, rest.whole < multiplier else { return nil }
        let (smaller, smallerEnd) = multiplierChain(at: next + 1)
        let part = rest.whole * smaller
        guard part < multiplier else { return nil }
        let total = try head.scaled(by: multiplier, phrase: phrase(start..<index)) + part
        guard total <= Estimate.maximumValue else { throw .tooLarge }
        return Quantity(amount: .exact(head: Magnitude(whole: total), multiplier: 1), end: smallerEnd,
                        phrase: phrase(start..<smallerEnd))
    }

    /// "COVID-19", "F-16", "MH-17": a number glued by a hyphen to a word names a thing.
    func isNamePart(at index: Int) -> Bool {
        guard index >= 2, !tokens[index].spaceBefore, isDash(at: index - 1), !tokens[index - 1].spaceBefore
        else { return false }
        switch tokens[index - 2].kind {
        case .name: return true
        case let .word(w): return !vocab.isNumberWord(w)
        default: return false
        }
    }

    /// "$5,000" is money, not a count of people.
    func rejectCurrency(before index: Int) throws(ParseFailure) {
        // "$5,000", "₦5,000", "₹5,000", "R$ 5 mil", "﷼5000", "5,000₽", "5000 ₺": any currency
        // sign (Unicode category Sc) beside the figure (issue 12, review12b).
        func sign(_ i: Int) -> Bool {
            guard i >= 0, i < tokens.count else { return false }
            switch tokens[i].kind {
            case let .punctuation(c), let .symbol(c): return c.properties.generalCategory == .currencySymbol
            default: return false
            }
        }
        if sign(index - 1) { throw .currency(phrase((index - 1)..<(index + 1))) }
        if sign(index + 1) { throw .currency(phrase(index..<(index + 2))) }
        // "Rs. 5,000": the currency word, a dot, the figure.
        if index >= 2, isPunctuation(".", at: index - 1), let w = word(at: index - 2), vocab.currencies.contains(w) {
            throw .currency(phrase((index - 2)..<(index + 1)))
        }
    }

    func rejectPercentage(after quantity: Quantity, from start: Int) throws(ParseFailure) {
        let end = quantity.end
        let signs: Set<Unicode.Scalar> = ["%", "\u{066A}", "\u{2030}", "\u{FF05}"]
        let isSign = { (i: Int) -> Bool in
            guard i >= 0, i < self.tokens.count else { return false }
            switch self.tokens[i].kind {
            case let .symbol(c), let .punctuation(c): return signs.contains(c)
            default: return false
            }
        }
        let percentEnd: Int? = isSign(end) ? end + 1 : match(vocab.percents, at: end)
        if let percentEnd { throw .percentage(phrase(start..<percentEnd)) }
        // "%40", "٪40" (Turkish and Arabic write the sign first), "yüzde 40".
        if isSign(start - 1), !levelSigns.contains(start - 1) { throw .percentage(phrase((start - 1)..<end)) }
        for pieces in vocab.percentsBefore where pieces.count <= start {
            if match(pieces, at: start - pieces.count) == start { throw .percentage(phrase((start - pieces.count)..<end)) }
        }
    }

    /// Number words read, and right after them another number word that did not join them
    /// ("seize two": French 16 beside English 2; "cinq six"): they do not make one number, and
    /// reading either would drop the other (issue 12, review12c). The one reader of number
    /// words in several parts is ``composedNumber(at:joinAnd:)`` (NumberWords.swift), over
    /// each table's ``NumberParts``; English words compose by the same grammar through
    /// ``numberWords(at:joinAnd:)``.
    func rejectAdjacentNumberWord(after q: Quantity, from index: Int) throws(ParseFailure) {
        guard let w = word(at: q.end), q.end > index else { return }
        let single = vocab.units[w] != nil || vocab.teens[w] != nil || vocab.tens[w] != nil
            || vocab.numbers.candidates("w:" + w).contains { $0.0.count == 1 }
        guard single, !vocab.andWords.contains(w), !vocab.articles.contains(w) else { return }
        // "six seven": English number words side by side are two figures (rule 7).
        if let first = word(at: q.end - 1), vocab.englishWords.contains(first), vocab.englishWords.contains(w) { return }
        throw ParseFailure(reason: "the number words \"" + phrase(index..<(q.end + 1)) + "\" do not make one number: give the figure in digits")
    }

    /// English number words touched by a word the grammar does not know, which would leave
    /// a part of the number out (issue 12, review17 #4): "three and a quarter million" (read
    /// 3), "the two hundredth victim" (2), "twenty something" (20), "a dozen dozen" (12),
    /// "fourty-two" (2), "hundred and five" (5), "a million and a half" (1,000,000). Refused
    /// naming the words, except "and a half" right after one multiplier with its count ("a
    /// million and a half", "a dozen and a half", "two thousand and a half"), read as
    /// "one and a half million" is.
    func touchingWords(_ q: Quantity, from index: Int) throws(ParseFailure) -> Quantity {
        guard q.end > index, let w = word(at: index), !isForeign || vocab.englishWords.contains(w) else { return q }
        func refuse(_ from: Int, _ to: Int, _ why: String) -> ParseFailure {
            ParseFailure(reason: "the number words \"" + phrase(from..<min(to, tokens.count)) + "\" " + why + ": give the figure in digits")
        }
        func isScale(_ w: String?) -> Bool {
            guard let w else { return false }
            return w == "hundred" || w == "hundreds" || singleScale(w) != nil || vocab.countingUnits[w] != nil
        }
        let end = q.end
        // "twelve thousand and fourty", "three hundred ninty", "two thousand fourty": a number
        // word misspelt by one letter after the words, which would leave its part out
        // (review19 C: these read 12,000, 300, 2,000).
        var misspelt = end
        if let a = word(at: misspelt), vocab.andWords.contains(a) { misspelt += 1 }
        if let m = word(at: misspelt), m.count >= 5, !vocab.known.contains(m), !vocab.isNumberWord(m), !Languages.untabledWords.contains(m),
           !PhraseReader.ordinals.contains(m), !PhraseReader.fractionWords.contains(m),
           let fixed = (Array(vocab.units.keys) + Array(vocab.teens.keys) + Array(vocab.tens.keys)).filter({ $0.count >= 5 }).sorted()
            .first(where: { PhraseReader.withinOneEdit(Array(m), Array($0)) }) {
            throw ParseFailure(reason: "\"" + tokens[misspelt].text + "\" after \"" + phrase(index..<end) + "\" looks like a misspelt \""
                               + fixed + "\": write the number word correctly, or give the figure in digits")
        }
        // "two thousand and thee", "two hundred and fiev", "a thousand and sx": after an
        // and-word, a short word no table knows one edit from a number word (review20b: these
        // read 2,000, 200, 1,000; the rule above checks words of five letters or more only).
        if misspelt > end, let m = word(at: misspelt), (2...4).contains(m.count), !vocab.known.contains(m), !vocab.isNumberWord(m),
           !PhraseReader.ordinals.contains(m), !PhraseReader.fractionWords.contains(m),
           let fixed = (Array(vocab.units.keys) + Array(vocab.teens.keys) + Array(vocab.tens.keys)).filter({ $0.count >= 3 && $0 != m }).sorted()
            .first(where: { PhraseReader.withinOneEdit(Array(m), Array($0)) }) {
            throw ParseFailure(reason: "\"" + tokens[misspelt].text + "\" after \"" + phrase(index..<(misspelt)) + "\" looks like a misspelt \""
                               + fixed + "\": write the number word correctly, or give the figure in digits")
        }
        // After the words.
        if let next = word(at: end) {
            // "twenty something killed": a round number and "something" is twenty-odd
            // (``Qualifier/odd``), read by the table's after-phrases.
            if PhraseReader.vagueTails.contains(next), !(["something", "some"].contains(next) && PhraseReader.roundForOdd(q)) {
                throw refuse(index, end + 1, "hold \"" + next + "\", which is no number")
            }
            if PhraseReader.ordinals.contains(next) {
                throw refuse(index, end + 1, "end in \"" + next + "\", an ordinal, not a count")
            }
            // "a dozen dozen", "two dozen hundred". ("two thousand million" is refused as
            // malformed by the grammar; "one hundred and two hundred" is read again as a range.)
            if isScale(next), vocab.countingUnits[next] != nil || word(at: end - 1).map({ vocab.countingUnits[$0] != nil }) == true {
                throw refuse(index, end + 1, "hold a second multiplier (\"" + next + "\") the grammar does not join")
            }
            if vocab.andWords.contains(next) {
                var k = end + 1
                if let a = word(at: k), vocab.articles.contains(a) || vocab.units[a] != nil { k += 1 }
                if let f = word(at: k), PhraseReader.fractionWords.contains(f) {
                    // "a million and a half": one multiplier with its count, then half of it.
                    if f == "half", k == end + 2, word(at: end + 1) == "a" || word(at: end + 1) == "an",
                       end - index == 2, isScale(word(at: end - 1)),
                       case let .exact(head, multiplier) = q.amount, multiplier > 1, head.fraction.isEmpty,
                       (1...9).contains(head.whole) {
                        return Quantity(amount: .exact(head: head.plusHalf, multiplier: multiplier), end: k + 1,
                                        phrase: phrase(index..<(k + 1)), approximate: q.approximate)
                    }
                    throw refuse(index, k + 1, "hold a fraction (\"" + f + "\") they cannot be read with")
                }
            }
        }
        if isDash(at: end), !tokens[end].spaceBefore, end + 1 < tokens.count, !tokens[end + 1].spaceBefore,
           let next = word(at: end + 1), PhraseReader.ordinals.contains(next)
            || (PhraseReader.vagueTails.contains(next) && !(["something", "some"].contains(next) && PhraseReader.roundForOdd(q))) {
            throw refuse(index, end + 2, "end in \"" + next + "\", which is no count")
        }
        // Before the words: a word glued by a hyphen ("fourty-two", "ninty-five"), or a
        // multiplier with no count of its own ("hundred and five", "thousand five").
        if index >= 2, isDash(at: index - 1), !tokens[index - 1].spaceBefore, !tokens[index].spaceBefore,
           let before = word(at: index - 2), vocab.units[before] == nil, vocab.teens[before] == nil, vocab.tens[before] == nil {
            throw refuse(index - 2, end, "start with \"" + before + "\", which is no number word tally knows")
        }
        // "fourty two", "ninty five": a ten misspelt by one letter before a unit.
        if vocab.units[w] != nil, index >= 1, tokens[index].spaceBefore, let before = word(at: index - 1),
           vocab.tens[before] == nil, !PhraseReader.ordinals.contains(before), !PhraseReader.fractionNouns.contains(before),
           before != "forth", vocab.tens.keys.contains(where: { PhraseReader.oneEditApart($0, before) }) {
            throw refuse(index - 1, end, "start with \"" + before + "\", which is no number word tally knows")
        }
        var j = index - 1
        if let a = word(at: j), vocab.andWords.contains(a) { j -= 1 }
        if j >= 0, j < index, let m = word(at: j), isScale(m), m != "dozens", m != "hundreds" {
            let counted: Bool = {
                guard j >= 1 else { return false }
                if case .number = tokens[j - 1].kind { return true }
                guard let c = word(at: j - 1) else { return false }
                return vocab.articles.contains(c) || vocab.units[c] != nil || vocab.teens[c] != nil || vocab.tens[c] != nil
                    || vocab.numbers.candidates("w:" + c).contains { $0.0.count == 1 }
            }()
            if !counted { throw refuse(j, end, "start with \"" + m + "\" and no count for it") }
        }
        return q
    }

    /// Whether `a` and `b` differ by one letter changed, added or dropped.
    static func oneEditApart(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        guard x != y, abs(x.count - y.count) <= 1, min(x.count, y.count) >= 4 else { return false }
        var i = 0
        while i < min(x.count, y.count), x[i] == y[i] { i += 1 }
        if x.count == y.count { return Array(x[(i + 1)...]) == Array(y[(i + 1)...]) }
        return x.count > y.count ? Array(x[(i + 1)...]) == Array(y[i...]) : Array(x[i...]) == Array(y[(i + 1)...])
    }

    /// Ordinals: "the two hundredth victim" is no count of two.
    static let ordinals: Set<String> = ["first", "second", "sixth", "seventh", "eighth", "ninth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
        "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth", "hundredth", "thousandth",
        "millionth", "billionth"]
    /// Fractions, written as words: "four-fifths of the 500", "three and a quarter million".
    static let fractionWords: Set<String> = ["half", "halves", "third", "thirds", "quarter", "quarters", "fourth", "fourths",
        "fifth", "fifths", "sixths", "sevenths", "eighths", "ninths", "tenth", "tenths", "hundredths", "thousandths"]
    /// Words that make the number vague or unknown: "twenty something", "twenty-some".
    static let vagueTails: Set<String> = ["something", "somethings", "some", "ish"]
    /// A number of words read with "-something" or "-some" as twenty-odd: a multiple of ten.
    static func roundForOdd(_ q: Quantity) -> Bool {
        guard case let .exact(head, multiplier) = q.amount, head.fraction.isEmpty else { return false }
        let n = head.whole * multiplier
        return n >= 10 && n % 10 == 0
    }

    /// "and a half" before a multiplier: "two and a half million".
    func andAHalf(at index: Int) -> Int? {
        // "more than 5 and half years" (a UCDP headline, headlines1: read 6+ killed): without
        // its "a", only before a noun of things or time, so "10 and half of them" stays a part.
        if word(at: index) == "and", word(at: index + 1) == "half", let noun = word(at: index + 2),
           vocab.durations.contains(noun) || vocab.otherCounts.contains(noun) {
            return index + 2
        }
        guard word(at: index) == "and", word(at: index + 1) == "a", word(at: index + 2) == "half"
        else { return nil }
        return index + 3
    }

    /// After a figure: a counting unit ("dozen"), or a small scale ("hundred", "ratus")
    /// optionally followed by a large one ("thousand", "mil", "тыс."); 1 when none.
    func multiplierChain(at index: Int) -> (Int64, Int) {
        if let w = word(at: index), let unit = vocab.countingUnits[w] { return (unit, index + 1) }
        var multiplier: Int64 = 1
        var end = index
        if word(at: end) == "hundred" {
            multiplier = 100
            end += 1
        } else if let (scaleEnd, scale) = match(vocab.scales, at: end), scale < 1_000 {
            multiplier = scale
            end = scaleEnd
        }
        if let (scaleEnd, scale) = match(vocab.scales, at: end), scale >= 1_000 {
            multiplier *= scale
            end = scaleEnd
        }
        return (multiplier, end)
    }

    /// "none", "no one", "nobody", "not one", "not a single", "nadie": zero, so "no one
    /// was killed" is not read as one.
    func nobody(at index: Int) -> Quantity? {
        if noPeopleZero, noPeople(at: index) {
            return Quantity(amount: .exact(head: Magnitude(whole: 0), multiplier: 1), end: index + 1,
                            phrase: phrase(index..<(index + 1)))
        }
        guard let (end, _) = match(vocab.zeroWords, at: index) else { return nil }
        // "pas un", "ni una" after a copula are "not a" ("ce n'est pas un civil qui a été
        // tué", "no era ni una mujer"): the "un" stays one.
        if ["pas", "ni"].contains(word(at: index) ?? ""), let last = word(at: end - 1), ["un", "une", "una", "uno"].contains(last),
           let before = word(at: index - 1), PhraseReader.copulas.contains(before) {
            return nil
        }
        // "Pas un jour sans violence", "Ni un solo día sin muertos", "Pas une famille épargnée":
        // "not one" of a day or a family is no zero of people (review43 R5: a3b1234 refused
        // "Pas un jour sans violence : 3 personnes ont été tuées" as two numbers).
        if ["pas", "ni"].contains(word(at: index) ?? ""), let noun = word(at: end), PhraseReader.notPeopleNouns.contains(noun) {
            return nil
        }
        // fates2: "Not a single one of the 5 hostages was killed", "Pas un seul des 5 otages",
        // "Ni uno solo de los 5 rehenes murió", "None of the 5 hostages" (refused as two
        // numbers): the 5 is the pool the zero is taken from, part of the zero's words.
        let through = zeroPool(after: end) ?? end
        return Quantity(amount: .exact(head: Magnitude(whole: 0), multiplier: 1), end: through,
                        phrase: phrase(index..<through))
    }

    /// Nouns after "pas un" / "ni un solo" that are not of people: no zero (``nobody(at:)``).
    static let notPeopleNouns: Set<String> = ["jour", "jours", "semaine", "mois", "nuit", "an", "année", "heure", "instant", "moment",
                                               "famille", "village", "ville", "quartier", "maison", "foyer", "día", "semana", "mes", "noche",
                                               "año", "hora", "momento", "familia", "pueblo", "aldea", "ciudad", "barrio", "casa", "hogar"]
    /// Copulas before "pas un" / "ni un" that make it "not a" (``nobody(at:)``).
    static let copulas: Set<String> = ["est", "était", "sont", "étaient", "fut", "serait", "soit", "es", "era", "fue", "son", "eran", "fueron", "sea"]

    /// English "no" right before a noun of people or of the dead ("No civilians were killed",
    /// "no casualties", "no deaths"), not after "there is"-less forms of "No." as a number sign
    /// (a figure follows those).
    func noPeople(at index: Int) -> Bool {
        guard word(at: index) == "no", let noun = word(at: index + 1) else { return false }
        // A casualty or measure word elsewhere in the text ("Casualties and injuries in a series
        // of attacks …; … no injuries were reported"): the zero may be of one event of several.
        // Its clause only (phrases27: "no civilians were killed but soldiers died" read 0):
        // up to a punctuation mark or a word that opens another clause.
        var nearEnd = index + 1
        while nearEnd < min(tokens.count, index + 7), word(at: nearEnd).map({ !PhraseReader.clauseTurns.contains($0) }) ?? false {
            nearEnd += 1
        }
        let near = index..<nearEnd
        if tokens.indices.contains(where: { k in
            !near.contains(k) && (measureWord(at: k) != nil
                || word(at: k).map { vocab.casualtyWords.contains($0) || PhraseReader.noneOfTheDead.contains($0) } == true)
        }) { return false }
        // "no casualty figures were released", "no death toll was given": no zero, no figure
        // (phrases27: read 0).
        if let next = word(at: index + 2), PhraseReader.figureNouns.contains(next) { return false }
        if PhraseReader.noneOfTheDead.contains(noun) { return true }
        guard vocab.englishWords.contains(noun), vocab.personWords.contains(noun), !vocab.onePerson.contains(noun), noun != "one"
        else { return false }
        // "no civilians" alone, or a measure word in the next words of its clause ("No
        // civilians were killed"): "No civilians crossed into the camp" says no one of
        // something the tables do not count.
        if index + 2 >= tokens.count { return true }
        var k = index + 2
        while k < tokens.count, k <= index + 5, word(at: k) != nil {
            if measureWord(at: k) != nil || word(at: k).map(PhraseReader.dies) == true { return true }
            k += 1
        }
        return false
    }

    /// Words that open another clause after a zero ("no civilians were killed but soldiers
    /// died"): the zero is of its own clause only (phrases27).
    static let clauseTurns: Set<String> = [
        "but", "while", "whereas", "although", "though", "yet", "however", "except", "apart", "besides", "save",
        "mais", "alors", "tandis", "sauf", "hormis", "pero", "mientras", "aunque", "salvo", "excepto", "sino", "لكن", "بينما",
    ]

    /// Nouns of a figure given or not ("no casualty figures", "no death toll"): "no" before
    /// them says no figure, not zero people (phrases27).
    static let figureNouns: Set<String> = [
        "figure", "figures", "toll", "tolls", "count", "counts", "number", "numbers", "report", "reports", "details",
        "information", "info", "word", "data", "estimate", "estimates", "tally", "list", "lists", "record", "records",
        "confirmation", "comment", "update", "updates", "breakdown", "statistics", "stats",
        "chiffre", "chiffres", "bilan", "bilans", "nombre", "cifra", "cifras", "balance", "número", "datos",
        "حصيلة", "عدد", "أرقام", "معلومات",
    ]

    /// Words after a zero that leave someone out of it ("no one was killed except the
    /// gunman", "no one else", "no other casualties", "nobody but the driver"): the
    /// text says someone was (phrases27).
    static let leaveOut: Set<String> = [
        "except", "excepting", "apart", "besides", "barring", "sauf", "hormis", "excepté", "excepto", "salvo", "aparte",
        "باستثناء", "سوى", "عدا",
    ]
    /// Words right after a zero or its noun that leave out the ones the text counts ("no one
    /// else", "no other casualties", "no further deaths", "aucun autre", "ningún otro").
    static let otherThanThese: Set<String> = [
        "else", "other", "others", "further", "additional", "more", "new", "autre", "autres", "otro", "otros", "otra",
        "otras", "más", "اخر", "اخرين", "اخري",
    ]

    /// The word of ``leaveOut`` in the text of a zero, a word of ``otherThanThese`` within
    /// two words after it, or "but" before someone ("no one but the bomber", "no one was
    /// killed but the gunman"), if there is one.
    func zeroLeavesOut(_ found: Finding) -> String? {
        for k in found.start..<min(tokens.count, found.end + 2) {
            if let w = word(at: k), PhraseReader.otherThanThese.contains(w) { return w }
        }
        // "but" in the zero's own clause only: "No one was hurt, but the house was destroyed"
        // leaves no one out.
        var clauseEnd = found.end
        while clauseEnd < tokens.count, word(at: clauseEnd) != nil { clauseEnd += 1 }
        for k in tokens.indices {
            guard let w = word(at: k) else { continue }
            if PhraseReader.leaveOut.contains(w) || (w == "other" && word(at: k + 1) == "than") { return w }
            if w == "but", k < clauseEnd, let next = word(at: k + 1),
               vocab.singular.contains(next) || ["the", "his", "her", "their", "its"].contains(next) || vocab.onePerson.contains(next) {
                return w
            }
        }
        return nil
    }

    /// Verbs of escaping, sparing or surviving and words of the unhurt: after a zero they say
    /// everyone was hurt ("no one escaped injury", "nadie salió ileso").
    static let escapedAll: Set<String> = [
        "escaped", "escape", "escapes", "spared", "survived", "unscathed", "unhurt", "unharmed", "uninjured", "avoided",
        "échappé", "épargné", "épargnée", "épargnés", "indemne", "indemnes", "escapó", "escaparon", "salvó", "salvaron",
        "ileso", "ilesos", "ilesa", "indemnes", "نجا", "ينج",
    ]

    /// Nouns of casualties after "no" that say zero ("no casualties were reported").
    static let noneOfTheDead: Set<String> = ["casualties", "deaths", "fatalities", "injuries", "dead", "wounded", "injured", "victims"]

    /// "a few", "several", "a couple of hundred", "a few dozen", "kilkanaście tysięcy".
    func countWord(at index: Int) throws(ParseFailure) -> Quantity? {
        guard case (var end, let entry)? = match(vocab.countWords, at: index) else { return nil }
        var multiplier: Int64 = 1
        let ofSkipped = word(at: end).map { vocab.connectors.contains($0) } == true ? end + 1 : end
        let (chain, chainEnd) = multiplierChain(at: ofSkipped)
        if chain > 1 {
            multiplier = chain
            end = chainEnd
        } else if let (pluralEnd, plural) = match(vocab.plurals, at: ofSkipped), plural.unit >= 10 {
            // "plusieurs centaines", "varias decenas", "بضع مئات", "several hundreds", "varios
            // miles de": the plural of a unit after a count word is its multiplier, as
            // "several thousands" is (phrases19, review28 R2: refused as two numbers, or the
            // count word dropped: "varios miles de muertos" read 2,000–9,999).
            multiplier = plural.unit
            end = pluralEnd
            if let (scaleEnd, scale) = match(vocab.scales, at: end), scale >= 1_000, scale > plural.unit {
                let (m, o) = multiplier.multipliedReportingOverflow(by: scale)
                guard !o else { throw .tooLarge }
                multiplier = m
                end = scaleEnd
            }
        } else if case (let wordEnd, let value)? = match(vocab.numbers, at: ofSkipped), wordEnd == ofSkipped + 1,
                  value >= 100, String(value).dropFirst().allSatisfy({ $0 == "0" }) {
            // "einige hundert", "birkaç yüz", "چند صد": a number word of a round hundred or
            // thousand after a count word multiplies it, as "several hundred" does.
            multiplier = value
            end = wordEnd
            if let (scaleEnd, scale) = match(vocab.scales, at: end), scale >= 1_000, scale > value {
                let (m, o) = multiplier.multipliedReportingOverflow(by: scale)
                guard !o else { throw .tooLarge }
                multiplier = m
                end = scaleEnd
            }
        }
        var span = try scaledSpan(low: entry.low, best: entry.best, high: entry.high, by: multiplier)
        // The best of a vague word is the midpoint its range gives by rule, never stated
        // ("several hundred" is 300–900, shown so, drawn as a range; phrases19, review28
        // S10: it was "600 (300–900)", a best no source gave). A word whose best is not that
        // midpoint says it ("a couple" is two, perhaps three): that best is stated.
        span.bestStated = entry.best != entry.low + (entry.high - entry.low + 1) / 2
        return Quantity(amount: .vague(span), end: end, phrase: phrase(index..<end))
    }

    /// "dozens", "hundreds", "tens of thousands", "decenas de miles", "عشرات".
    func plural(at index: Int) throws(ParseFailure) -> Quantity? {
        guard let (matchEnd, entry) = match(vocab.plurals, at: index) else { return nil }
        var end = matchEnd
        var low = entry.low
        var high = entry.high
        if let w = word(at: end), vocab.connectors.contains(w), let (outerEnd, outer) = match(vocab.plurals, at: end + 1),
           outer.unit >= 1_000, outer.unit > entry.unit {
            let (scaledLow, o1) = low.multipliedReportingOverflow(by: outer.unit)
            let (scaledHigh, o2) = (high + 1).multipliedReportingOverflow(by: outer.unit)
            guard !o1, !o2 else { throw .tooLarge }
            low = scaledLow
            high = scaledHigh - 1
            end = outerEnd
        }
        guard high <= Estimate.maximumValue else { throw .tooLarge }
        let span = Span(low: low, best: low + (high - low + 1) / 2, high: high, bestStated: false)
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

    func singleScale(_ w: String) -> Int64? {
        for (pieces, value) in vocab.scales.candidates("w:" + w) where pieces.count == 1 { return value }
        return nil
    }

    /// English number words: "six", "twenty-five", "two hundred", "a hundred and
    /// twenty", "one thousand two hundred", "two dozen", "one and a half million".
    ///
    /// The words are the English table's ``NumberParts`` and compose by the grammar every
    /// table shares (``compositions(from:in:joinAnd:initial:)``, NumberWords.swift). Around it,
    /// what only English does: an article for one before a multiplier ("a hundred", "a
    /// thousand", "a dozen"), a counting unit after a number below a hundred ("two dozen"),
    /// "and a half" before a multiplier ("two and a half million"). "and" joins only after a
    /// hundred or a scale ("a hundred and twenty"; "twenty and five" is two numbers) and a
    /// hyphen only a ten and a unit ("twenty-five").
    ///
    /// Reads as far as the words still make one number, so "six seven" is two figures.
    /// When the phrase is a plain figure followed only by multipliers ("two hundred
    /// thousand"), the multipliers are kept apart so a range can lend them to its first end.
    func numberWords(at start: Int, joinAnd: Bool) -> Quantity? {
        guard let g = vocab.englishGrammar, let first = word(at: start) else { return nil }
        func isMultiplier(_ w: String?) -> Bool {
            guard let w else { return false }
            return w == "hundred" || (singleScale(w).map { $0 >= 1_000 } ?? false)
        }
        func isNumeral(_ w: String?) -> Bool {
            guard let w else { return false }
            return vocab.units[w] != nil || vocab.teens[w] != nil || vocab.tens[w] != nil
        }
        // "a hundred", "a thousand", "a dozen": the article is one.
        var from = start
        var initial = Composition()
        if vocab.articles.contains(first), let next = word(at: start + 1), isMultiplier(next) || vocab.countingUnits[next] != nil {
            if let unit = vocab.countingUnits[next] {
                return Quantity(amount: .exact(head: Magnitude(whole: 1), multiplier: unit), end: start + 2,
                                phrase: phrase(start..<(start + 2)))
            }
            initial.units = 1
            initial.parts = 1
            from = start + 1
        } else if !isNumeral(first) {
            // A multiplier alone is no number ("thousands of people", "hundred").
            return nil
        }
        // The longest composition whose joins are English: "and" right after a hundred or a
        // scale and before a numeral, a hyphen between a ten and a unit written glued.
        let all = compositions(from: from, in: g, joinAnd: joinAnd, initial: initial).filter { r in
            for i in from..<r.end {
                if word(at: i) == "and", !(isMultiplier(word(at: i - 1)) && isNumeral(word(at: i + 1))) { return false }
                if isDash(at: i), !(word(at: i - 1).map { vocab.tens[$0] != nil } == true && word(at: i + 1).map { vocab.units[$0] != nil } == true) {
                    return false
                }
            }
            return r.c.parts > 1 || from == start
        }
        guard let end = all.map(\.end).max(), let c = all.first(where: { $0.end == end })?.c else { return nil }
        let value = c.value
        // "ten quadrillion": a scale the grammar left because the number would pass 2^53 is
        // kept, so that the figure is refused as too large rather than as malformed.
        if let w = word(at: end), let scale = singleScale(w), scale >= 1_000, scale < c.lastScale {
            return Quantity(amount: .exact(head: Magnitude(whole: value), multiplier: scale), end: end + 1,
                            phrase: phrase(start..<(end + 1)))
        }
        // Below a hundred, with no multiplier: "two dozen", "two and a half million".
        let plain = !(from..<end).contains { isMultiplier(word(at: $0)) }
        if plain, from == start {
            if let unitWord = word(at: end), let unit = vocab.countingUnits[unitWord] {
                return Quantity(amount: .exact(head: Magnitude(whole: value), multiplier: unit),
                                end: end + 1, phrase: phrase(start..<(end + 1)))
            }
            if let halfEnd = andAHalf(at: end) {
                // Without a multiplier ("two and a half") the half survives and is refused.
                let (multiplier, chainEnd) = multiplierChain(at: halfEnd)
                return Quantity(amount: .exact(head: Magnitude(whole: value).plusHalf, multiplier: multiplier),
                                end: chainEnd, phrase: phrase(start..<chainEnd))
            }
        }
        // "two hundred thousand": the figure before its multipliers, and the multipliers.
        if let m = (from..<end).first(where: { isMultiplier(word(at: $0)) }),
           !((m + 1)..<end).contains(where: { isNumeral(word(at: $0)) }) {
            let head: Int64? = m == from ? (from > start ? 1 : nil)
                : compositions(from: from, in: g, joinAnd: false, initial: initial).first(where: { $0.end == m })?.c.value
            if let head, head > 0, value % head == 0 {
                return Quantity(amount: .exact(head: Magnitude(whole: head), multiplier: value / head), end: end,
                                phrase: phrase(start..<end))
            }
        }
        return Quantity(amount: .exact(head: Magnitude(whole: value), multiplier: 1), end: end,
                        phrase: phrase(start..<end))
    }
}

extension String {
    /// "14 artillery shells" from the phrase starting at the figure's last token.
    fileprivate func trimmingLeadingFigure(_ figure: String) -> String {
        hasPrefix(figure) ? self : figure + " " + self.split(separator: " ", maxSplits: 1).dropFirst().joined()
    }
}
