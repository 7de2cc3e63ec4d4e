/// Classes of figures that count people but are no count of an event, or whose words
/// around them change what they mean (issue 12, the silent readings of review12b and
/// review12c). Each check names the words that decide it; the words are data, in the
/// language tables (`ratios`, `ordinals`, `parents`, `averages`, `additions`, `fillers`,
/// `timesBefore`, `personOrThing`, `qualifierTails`, `trends`). docs/estimates.md,
/// "Numbers that are not counts", lists each class.
extension PhraseReader {
    /// The first and last token of the clause holding the finding (stopping at `.`, `;`,
    /// `!`, `?`).
    func sentence(of found: Finding) -> Range<Int> {
        func stop(_ i: Int) -> Bool {
            isPunctuation(".", at: i) && !(i > 0 && !tokens[i].spaceBefore && i + 1 < tokens.count && !tokens[i + 1].spaceBefore)
                || isPunctuation(";", at: i) || isPunctuation("!", at: i)
        }
        var a = found.start
        while a > 0, !stop(a - 1) { a -= 1 }
        var b = found.end
        while b < tokens.count, !stop(b) { b += 1 }
        return a..<b
    }

    /// The value of a quantity at `index`, digits or words, or nil.
    func value(at index: Int) -> (value: Int64, end: Int)? {
        guard index < tokens.count else { return nil }
        if case let .number(m) = tokens[index].kind, m.fraction.isEmpty, !m.ambiguousDot { return (m.whole, index + 1) }
        guard case .word = tokens[index].kind, let q = try? quantity(at: index, joinAnd: false),
              let span = try? q.span() else { return nil }
        return (span.best, q.end)
    }

    /// A refusal for the classes below, or nil.
    func notACount(_ found: Finding) -> String? {
        let figure = phrase(found.start..<found.figureEnd)
        let clause = sentence(of: found)
        let fe = found.figureEnd

        // A unit with a power glued to it: "12 km2", "12 m2", "12 m3".
        if fe < tokens.count, case .name = tokens[fe].kind {
            let text = tokens[fe].text.lowercased()
            let letters = String(text.prefix { $0.isLetter })
            let rest = text.dropFirst(letters.count)
            if !letters.isEmpty, ["2", "3"].contains(String(rest)), vocab.durations.contains(letters) || vocab.otherCounts.contains(letters) {
                return "\"" + phrase(found.start..<(fe + 1)) + "\" is a measurement, not a count"
            }
        }
        // "12-30 (K-W)", "12/30 (KIA/WIA)": a label after two figures gives each its own
        // measure (killed, wounded); the pair is no range.
        if found.figureEnd - found.start >= 3, isSymbol("(", at: found.end) || isSymbol("(", at: fe),
           let open = [found.end, fe].first(where: { isSymbol("(", at: $0) }), open + 4 < tokens.count,
           isSymbol(")", at: open + 4), isDash(at: open + 2) || isPunctuation("/", at: open + 2) || isSymbol("/", at: open + 2) {
            return "\"" + phrase(found.start..<(open + 5)) + "\" gives each figure its own measure: give the figure of one measure"
        }

        // "± 300", "+/- 300", "+- 300": a margin, as "±300" is (rejectSign).
        if found.start >= 1, isPunctuation("\u{00B1}", at: found.start - 1) || isSymbol("\u{00B1}", at: found.start - 1)
            || (found.start >= 2 && isDash(at: found.start - 1) && (isSymbol("+", at: found.start - 2)
                || (found.start >= 3 && (isPunctuation("/", at: found.start - 2) || isSymbol("/", at: found.start - 2)) && isSymbol("+", at: found.start - 3)))) {
            return "\"" + phrase(max(0, found.start - 3)..<fe) + "\" is a margin (plus or minus), not a count"
        }
        // A fraction: "one third", "two-thirds killed", "3 quarters" (issue 12: read 1, 2, 3).
        if !found.isPart, let end = fractionEnd(figureStart: found.figureStart, figureEnd: fe, value: found.span.best) {
            return "\"" + phrase(found.start..<end) + "\" is a fraction, not a count: give the count"
        }
        // An age after the figure: "12 y.o.", "12 y/o", "12 yrs old", "في 12 من عمره".
        if let end = match(vocab.agesAfter, at: fe) {
            return "\"" + phrase(found.start..<end) + "\" reads as an age, not a count"
        }

        // Ratios: "1 in 4 of those killed", "3 out of 10 dead", "un mort sur quatre", "uno de
        // cada cuatro", "satu dari empat korban". The second number is larger, no year, and
        // counts no things ("12 killed in 3 attacks", "12 dead in 2 days" are counts). A bare
        // figure (no noun of its own) before a larger count of things is a share of those
        // things: "3 in 10 households", "1 in 3 families lost a member", "3 из 10 семей"
        // (issue 12: they had read 3 and 1, the second count skipped as things). Only a
        // duration keeps it a count: "30 in 10 days".
        // A casualty verb right before the figure is its noun too ("kill 4 in 12 villages").
        let verbBefore = found.start >= 1 && word(at: found.start - 1).map {
            vocab.casualtyWords.contains($0) || vocab.measures[$0] != nil
        } == true
        var k = fe
        var nouns = 0
        while nouns < 2, let w = word(at: k),
              vocab.personWords.contains(w) || vocab.casualtyWords.contains(w) || vocab.measures[w] != nil {
            k += 1
            nouns += 1
        }
        // Every phrase of the list is tried ("in" and "in every" both match "in every 10").
        // Only plain "in" before a duration is a span ("30 in 10 days"); "3 out of 10 days", "1
        // in every 4 days" are a ratio or a rate.
        for pieces in vocab.ratios {
            guard let end = match(pieces, at: k), let (whole, wholeEnd) = value(at: end), whole > found.span.best,
                  !(tokens[end].plainDigits == 4 && (1800...2099).contains(whole)) else { continue }
            let within = pieces == [.word("in")]
            var things = false
            for j in wholeEnd..<min(wholeEnd + 3, tokens.count) {
                guard let w = word(at: j) else { break }
                if vocab.durations.contains(w) || match(vocab.timePhrases, at: j) != nil { things = within || nouns > 0 || verbBefore; break }
                if vocab.otherCounts.contains(w) { things = nouns > 0 || verbBefore; break }
                if vocab.personWords.contains(w) || vocab.casualtyWords.contains(w) { break }
            }
            if !things {
                return "\"" + phrase(found.start..<wholeEnd) + "\" is a ratio, not a count: give the count"
            }
        }
        // "un foyer sur trois", "une famille sur cinq", "einer von drei": the figure is the whole
        // of a ratio whose part is one (an article or a number word) and a noun before it.
        if found.start >= 3, case .word = tokens[found.start].kind {
            for pieces in vocab.ratios where pieces.count <= found.start && pieces != [.word("in")] {
                let r = found.start - pieces.count
                guard match(pieces, at: r) == found.start, r >= 2 else { continue }
                if let one = word(at: r - 2), PhraseReader.oneWords.contains(one) || value(at: r - 2) != nil {
                    return "\"" + phrase((r - 2)..<fe) + "\" is a ratio, not a count: give the count"
                }
            }
        }
        // "every third victim", "jeder dritte Tote", "каждый третий погибший": a ratio.
        for i in clause where i + 1 < clause.upperBound {
            if let w = word(at: i), PhraseReader.everyBefore.contains(w),
               let o = word(at: i + 1), vocab.ordinals.contains(o) {
                return "\"" + phrase(i..<(i + 2)) + "\" is a ratio, not a count: give the count"
            }
        }
        // "every 5 hours", "her beş kişiden biri", "cada cinco": "every" right before the
        // figure makes it a rate or a ratio. (English "her" is a possessive.)
        if found.start >= 1, let w = word(at: found.start - 1),
           PhraseReader.everyBefore.contains(w)
            || (w == "her" && isForeign) {
            return "\"" + phrase((found.start - 1)..<fe) + "\" is a rate or a ratio, not a count: give the count"
        }

        // An average: "on average", "an average of 12", "en moyenne", "im Durchschnitt".
        for i in clause {
            if let end = match(vocab.averages, at: i) {
                return "\"" + phrase(i..<end) + "\" makes \"" + figure + "\" an average (a rate), not a count: give the count"
            }
        }

        // A toll added to: "authorities added 12", "12 deaths added today", "12 deaths were
        // added to the toll", "ajout de 12 morts".
        for pieces in vocab.additions where pieces.count <= found.start {
            if match(pieces, at: found.start - pieces.count) == found.start {
                return "\"" + phrase((found.start - pieces.count)..<fe) + "\" adds to an earlier count, it is not a total: give the total"
            }
        }
        var j = found.end
        var gap = 0
        while j < clause.upperBound, gap < 4 {
            if case .punctuation = tokens[j].kind { break }
            if let end = match(vocab.additions, at: j) {
                return "\"" + phrase(found.start..<end) + "\" adds to an earlier count, it is not a total: give the total"
            }
            j += 1
            gap += 1
        }

        // A parent named by the number of their children: "father of three", "père de
        // trois enfants", "mother-of-two", "üç çocuk babası".
        for pieces in vocab.parents where pieces.count <= found.start {
            if match(pieces, at: found.start - pieces.count) == found.start {
                return "\"" + phrase((found.start - pieces.count)..<fe) + "\" names a parent by their children: the figure counts children, not casualties"
            }
        }
        if let end = match(vocab.parentsAfter, at: fe) {
            return "\"" + phrase(found.start..<end) + "\" names a parent by their children: the figure counts children, not casualties"
        }

        // Hours: "a las 5", "às 5", "saat 5", "pukul 5", "الساعة 5".
        for pieces in vocab.timesBefore where pieces.count <= found.start {
            if match(pieces, at: found.start - pieces.count) == found.start {
                return "\"" + phrase((found.start - pieces.count)..<fe) + "\" is a time"
            }
        }

        // A word that counts people or things ("۱۲ تن": 12 people or 12 tons) with no
        // casualty word anywhere.
        if let w = word(at: fe), vocab.personOrThing.contains(w),
           !tokens.contains(where: { t in t.word.map { vocab.casualtyWords.contains($0) || vocab.measures[$0] != nil } ?? false }) {
            return "\"" + phrase(found.start..<(fe + 1)) + "\" may count people or things (\"" + tokens[fe].text
                + "\" is both): add what happened to them"
        }

        // A trend that bounds the figure neither way: "12 and falling".
        var t = found.end
        if t < tokens.count, isPunctuation(",", at: t) { t += 1 }
        if let end = match(vocab.trends, at: t) {
            return "\"" + phrase(found.start..<end) + "\" gives a trend, not a bound: give the figure alone"
        }

        // The tail of a qualifier alone ("least 12", "than 12"), or a qualifier misspelt the way
        // OCR does ("at Ieast 12", "a1 least 12"): a qualifier was meant, but which one is a guess.
        if found.start >= 1, let w = word(at: found.start - 1), vocab.qualifierTails.contains(w) {
            return "\"" + phrase(max(0, found.start - 2)..<fe) + "\" has the end of a qualifier without its start: write the qualifier whole"
        }
        for back in 1...2 where back <= found.start {
            let i = found.start - back
            let text = tokens[i].text
            guard text.count >= 2 else { continue }
            switch tokens[i].kind {
            case .word, .name: break
            default: continue
            }
            if let w = word(at: i), vocab.known.contains(w) { continue }
            var fixed = ""
            for ch in text {
                switch ch {
                case "I", "1": fixed += "l"
                case "0": fixed += "o"
                default: fixed += ch.lowercased()
                }
            }
            if fixed != text.lowercased(), vocab.qualifierTails.contains(fixed) || !vocab.prefixes.candidates("w:" + fixed).isEmpty {
                return "\"" + text + "\" before \"" + figure + "\" looks like a misspelt \"" + fixed + "\": write the qualifier correctly"
            }
        }

        // A qualifier cut from the figure by a filler or by punctuation alone: "about, uh, 40".
        var b = found.start - 1
        var cut = false
        while b >= 0 {
            if let w = word(at: b), vocab.fillers.contains(w) { cut = true; b -= 1; continue }
            if case .punctuation = tokens[b].kind { b -= 1; continue }
            if isDash(at: b) { b -= 1; continue }
            break
        }
        if cut, b >= 0 {
            for n in 1...3 where n <= b + 1 {
                if let (end, _) = match(vocab.prefixes, at: b + 1 - n), end == b + 1 {
                    return "\"" + phrase((b + 1 - n)..<fe) + "\": a qualifier set apart from the figure; write it next to the figure"
                }
            }
        }

        // "among (the) dead" after the figure: a part of a total ("Five journalists among dead").
        // A verb or an adverb may stand between ("3 children were reportedly among the
        // dead", "drei Kinder sind unter den Toten"), a preposition before the among-word
        // ("di antara korban tewas", "در میان کشته‌شدگان", "من بين القتلى"), and a phrase of the
        // tables' `partsBefore` that names the dead may close it where the language puts the
        // noun first ("3 çocuk ölenler arasında", "3 anak termasuk korban tewas";
        // phrases19, review28 S6: all read 3).
        // A bracket, or a breakdown set off by commas, may stand between ("3 children (aged 5
        // to 10) were among the dead", "Three Palestinians, including a child, were among the
        // dead"); Turkish puts "arasında" (among) after any noun of the dead ("3 çocuk da
        // hayatını kaybedenler arasında").
        for k in stride(from: fe + 1, to: min(clause.upperBound, fe + 6), by: 1) {
            if case .punctuation = tokens[k].kind { break }
            if value(at: k) != nil { break }
            if let w = word(at: k), PhraseReader.amongAfterNoun.contains(w), value(at: k + 1) == nil {
                return "\"" + phrase(found.start..<(k + 1)) + "\" is only a part of a total: give the total"
            }
        }
        var m = fe
        var steps = 0
        while steps < 6 {
            guard m < clause.upperBound else { break }
            if let end = matchAmong(at: m) ?? partOfTheDead(at: m) {
                return "\"" + phrase(found.start..<min(clause.upperBound, max(end, m + 1))) + "\" is only a part of a total: give the total"
            }
            if m > fe, isSymbol("(", at: m) || isPunctuation("(", at: m),
               let close = stride(from: m + 1, to: min(clause.upperBound, m + 12), by: 1).first(where: { isSymbol(")", at: $0) || isPunctuation(")", at: $0) }) {
                m = close + 1
                continue
            }
            if m > fe, isPunctuation(",", at: m), match(vocab.partsBefore, at: m + 1) != nil,
               let close = stride(from: m + 1, to: min(clause.upperBound, m + 10), by: 1).first(where: { isPunctuation(",", at: $0) }) {
                m = close + 1
                continue
            }
            guard let w = word(at: m), vocab.personWords.contains(w) || vocab.onePerson.contains(w) || !vocab.known.contains(w)
                || (m > fe && (PhraseReader.betweenPartAndAmong.contains(w) || PhraseReader.beforeAmong.contains(w))) else { break }
            m += 1
            steps += 1
        }

        // Someone listed after the figure without an article: "kills 5 Chinese nationals,
        // driver", "4 soldiers, interpreter".
        for c in found.end..<clause.upperBound where isPunctuation(",", at: c) {
            if let w = word(at: c + 1), vocab.onePerson.contains(w),
               c + 2 >= tokens.count || isPunctuation(".", at: c + 2) || isPunctuation(";", at: c + 2) || isSymbol(")", at: c + 2) {
                return "\"" + phrase(found.start..<(c + 2)) + "\" names someone besides the figure: give the total"
            }
        }

        return nil
    }

    /// What a claim of more in another clause does to the figure.
    enum MoreClaim {
        /// The text says there are at least the figure: it is a floor.
        case floor
        /// The text says there are more, but not of what the figure counts for sure, or before
        /// the figure, or fewer: refused.
        case refuse
    }

    /// A claim of more in another clause than the figure's: "23 dead, police say; residents
    /// say more", "40 killed. Many more are feared dead.", "40 killed. Some more died
    /// overnight.", "40 killed. Others are believed dead.", "40 killed. The toll is likely
    /// higher." The words that make the claim and what they do, or nil. After the figure, of
    /// its own measure, the figure is a floor (``PhraseReader/estimate()``): the text says there
    /// are at least that many. More of another measure is no claim ("8 killed, others
    /// injured"); a claim before the figure, of a measure the text does not settle, or of fewer
    /// is refused, as every claim was before helper "phrases11".
    func claimOfMore(_ found: Finding) -> (words: String, kind: MoreClaim)? {
        // The figure's measure: its own word, or the first measure word of its clause ("2
        // civilians including a child were killed, others injured").
        let own: String? = measureOf(found) ?? {
            var k = found.end
            let clause = sentence(of: found)
            while k < clause.upperBound {
                if isPunctuation(",", at: k) || isPunctuation(";", at: k) { break }
                if let (m, _, _) = measureWord(at: k) { return m }
                k += 1
            }
            return nil
        }()
        func ends(_ k: Int) -> Bool {
            k >= tokens.count || { if case .punctuation = tokens[k].kind { return true } else { return false } }()
        }
        var i = 0
        while i < tokens.count {
            if i >= found.start && i < found.end { i = found.end; continue }
            // In another clause only: "12 muertos más" right after the figure is an increment.
            let apart = (min(i, found.start)..<max(i, found.end)).contains { j in
                if case .punctuation = tokens[j].kind { return true } else { return false }
            }
            let after = i >= found.end
            guard apart, let w = word(at: i) else { i += 1; continue }
            // "40 killed. The death toll is likely to be much higher." (review17 #10).
            if PhraseReader.higherWords.contains(w), ends(i + 1),
               let t = (max(0, i - 8)..<i).last(where: { word(at: $0).map { PhraseReader.tollWords.contains($0) } ?? false }),
               // "The figure is not an undercount", "not higher": no claim of more.
               !(t..<i).contains(where: { word(at: $0).map(PhraseReader.negationWords.contains) == true }) {
                // "The number of wounded is higher" speaks of another measure: refused, not a floor.
                let other = (t..<i).contains { j in measureWord(at: j).map { $0.measure != own } ?? false }
                return (phrase(max(0, i - 2)..<(i + 1)), after && !other && !numberIn(sentenceFrom: i) ? .floor : .refuse)
            }
            // "40 killed. The toll has since doubled.", "… has since risen.", "… is likely to rise.",
            // "Le bilan pourrait s'alourdir.", "La cifra podría aumentar.", "Die Zahl dürfte
            // steigen.", "40 killed, a figure likely to rise": a toll that grew, or is expected
            // to, after the figure is more than the figure (review19 C: these read a bounded 40).
            // The toll word is within six words before the verb, in its clause.
            // Arabic puts the verb first ("ومن المتوقع أن ترتفع الحصيلة"): its toll word may follow.
            func isToll(_ j: Int) -> Bool { word(at: j).map { PhraseReader.tollWords.contains($0) || PhraseReader.otherTollWords.contains($0)
                || PhraseReader.tollNouns.contains($0) } ?? false }
            func clauseBreak(_ j: Int) -> Bool {
                guard j < tokens.count, case let .punctuation(c) = tokens[j].kind else { return false }
                return [".", ",", ";", ":", "!", "?"].contains(c)
            }
            if after, PhraseReader.riseWords.contains(w) {
                let verbFirst = w.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }
                let t = (max(found.end, i - 6)..<i).last(where: isToll)
                    ?? (verbFirst ? ((i + 1)..<min(tokens.count, i + 4)).first(where: isToll) : nil)
                // "The toll is not expected to rise", "unlikely to rise": no claim. "The number of
                // attacks has risen": the toll of something else.
                let from = max(found.end, min(t ?? i, i) - 3)
                let denied = (from..<i).contains { j in
                    word(at: j).map(PhraseReader.negationWords.contains) == true
                }
                let things = t.map { t in (min(t, i)..<max(t, i)).contains { j in
                    // (A unit's short form is no thing here: Spanish "ha" is "has", not hectares.)
                    word(at: j).map { $0.count > 2 && (vocab.otherCounts.contains($0) || vocab.durations.contains($0)) } == true } } ?? false
                if let t, !denied, !things, !(min(t, i)..<max(t, i)).contains(where: clauseBreak) {
                    let other = (min(t, i)..<max(t, i)).contains { j in measureWord(at: j).map { $0.measure != own } ?? false }
                    return (phrase(min(t, i)..<(max(t, i) + 1)), !other && !numberIn(sentenceFrom: i) ? .floor : .refuse)
                }
            }
            // "Residents say more", "moradores falam em mais"; "Residents say fewer" is refused.
            // "Officials expect more" after the figure says the toll will be more: a floor, as
            // "the toll is expected to rise" is (review19 C; it had left the figure bounded).
            if vocab.comparatives.contains(w) || PhraseReader.moreWords.contains(w), ends(i + 1),
               i >= 1, word(at: i - 1).map({ !vocab.andWords.contains($0) && $0 != "or" && $0 != "even" && !vocab.comparatives.contains($0) }) ?? false,
               match(vocab.trailing, at: max(0, i - 1)) == nil, match(vocab.trailing, at: max(0, i - 2)) == nil,
               after ? !((max(found.end, i - 4)..<i).contains { j in
                   word(at: j).map(PhraseReader.negationWords.contains) == true })
                     : !expectsMore(before: i) {
                let fewer = PhraseReader.fewerWords.contains(w)
                return (phrase(max(0, i - 2)..<(i + 1)), after && !fewer && !numberIn(sentenceFrom: i) ? .floor : .refuse)
            }
            // Before the figure only what was always refused: "More are feared dead; 40 bodies
            // found". ("More martyrs in Damascus, raising the number to 10" leads to its total.)
            if !after {
                if w == "more", !expectsMore(before: i) {
                    var k = i + 1
                    while k < i + 3, let v = word(at: k), PhraseReader.auxiliariesOfMore.contains(v) { k += 1 }
                    if let h = word(at: k), PhraseReader.hedgesOfMore.contains(h)
                        || (vocab.casualtyWords.contains(h) && (k > i + 1 || ends(k + 1))) {
                        return (phrase(max(0, i - 1)..<(k + 1)), .refuse)
                    }
                }
                i += 1
                continue
            }
            // "40 killed. Many more are feared dead.", "Some more died overnight.", "Many others
            // died.", "Others are believed dead.", "D'autres sont morts.", "Otros murieron.":
            // more dead than the figure already.
            if PhraseReader.moreOrOthers.contains(w) {
                var k = i + 1
                while k < i + 3, let v = word(at: k), PhraseReader.auxiliariesOfMore.contains(v) { k += 1 }
                // "Activists believe more were killed", "many more dead.": a verb before it or
                // nothing after it ("more killing operations" names operations); a verb that
                // names no noun ("died", "murieron") may have anything after it.
                let endsAfter = ends(k + 1) || word(at: k + 1).map { PhraseReader.afterMoreDead.contains($0) } == true
                if let h = word(at: k) {
                    let words = phrase(max(0, i - 1)..<(k + 1))
                    // A figure or a year in the claim ("More died in 2019", "Dozens more") is
                    // another count: refused.
                    let dated = numberIn(sentenceFrom: i)
                    // "More are feared dead"; "More are expected" (review19 C: read a bounded 40).
                    if PhraseReader.hedgesOfMore.contains(h) || vocab.expectations.contains(h) {
                        return (words, own == nil || dated ? .refuse : .floor)
                    }
                    let dying = PhraseReader.verbsOfDying.contains(h)
                    if dying || ((vocab.casualtyWords.contains(h) || vocab.measures[h] != nil) && (k > i + 1 || endsAfter)) {
                        let m = dying ? "killed" : vocab.measures[h]
                        if let m, let own, m != own { i += 1; continue }
                        return (words, m != nil && m == own && !dated ? .floor : .refuse)
                    }
                }
            }
            // "وقتل آخرون", "ومات آخرون": Arabic puts the verb before "others".
            if PhraseReader.othersAfterVerb.contains(w), i >= 1, let v = word(at: i - 1) {
                let verb = v.hasPrefix("و") && vocab.measures[v] == nil && !PhraseReader.verbsOfDying.contains(v) ? String(v.dropFirst()) : v
                if let m = PhraseReader.verbsOfDying.contains(verb) ? "killed" : vocab.measures[verb] {
                    if let own, m != own { i += 1; continue }
                    return (phrase((i - 1)..<(i + 1)), m == own && !numberIn(sentenceFrom: i) ? .floor : .refuse)
                }
            }
            i += 1
        }
        return nil
    }

    /// A number (digits) in the sentence from `index` on, or in the words just before it: "40
    /// killed. More died in 2019." speaks of another time.
    func numberIn(sentenceFrom index: Int) -> Bool {
        var k = max(0, index - 2)
        while k < tokens.count {
            if isPunctuation(".", at: k) || isPunctuation(";", at: k) || isPunctuation("!", at: k), k > index { break }
            if case .number = tokens[k].kind { return true }
            k += 1
        }
        return false
    }

    /// A verb of expecting up to three words before "more" at `index`, in its clause
    /// ("Officials expect more", "more are expected" is no claim at all): a toll that may
    /// rise, which leaves the figure as it is, as "the toll may rise" does.
    func expectsMore(before index: Int) -> Bool {
        var j = index - 1
        var n = 0
        while j >= 0, n < 3 {
            if case .punctuation = tokens[j].kind { return false }
            if let w = word(at: j), vocab.expectations.contains(w) { return true }
            j -= 1
            n += 1
        }
        return false
    }

    /// "among the dead", "parmi les morts", "entre los muertos", "unter den Toten", "среди
    /// погибших", "بين القتلى": a breakdown word before a casualty word, after the figure.
    func matchAmong(at index: Int) -> Int? {
        guard let w = word(at: index), PhraseReader.amongWords.contains(w) else { return nil }
        var k = index + 1
        if let a = word(at: k), vocab.articles.contains(a) || vocab.singular.contains(a) || ["the", "les", "los", "las", "den", "os", "as", "i", "le", "those"].contains(a) { k += 1 }
        // "among those killed", "among those who died".
        if word(at: k - 1) == "those", let r = word(at: k), ["who", "that"].contains(r) { k += 1 }
        if let n = word(at: k), isDeadNoun(n) || (word(at: k - 1) == "those" && PhraseReader.verbsOfDying.contains(n)) {
            return k + 1
        }
        return nil
    }

    /// A noun or participle of the dead or hurt, as a group a part is taken from: "dead",
    /// "killed", "victims", "القتلى" (with the Arabic article glued), "korban", "کشته‌شدگان".
    func isDeadNoun(_ n: String) -> Bool {
        if vocab.casualtyWords.contains(n) || vocab.measures[n] != nil || vocab.deadGroups.contains(n) { return true }
        if ["victims", "victimes", "víctimas", "opfern", "vítimas", "жертв", "الضحايا", "korban", "vittime"].contains(n) { return true }
        return vocab.foldedDeadGroups.contains(Vocabulary.foldedGroupNoun(n))
    }

    /// A phrase of the tables' `partsBefore` that names the dead ("ölenler arasında", "di
    /// antara korban", "بين القتلى"), or one that is followed by a noun of the dead ("termasuk
    /// korban tewas"): after a figure's noun it makes the figure a part. "Including" followed
    /// by another figure or a noun of people ("termasuk 3 anak", "including children") is a
    /// breakdown of the figure, not this. The index after the phrase, or nil.
    func partOfTheDead(at index: Int) -> Int? {
        guard let key = key(at: index) else { return nil }
        for (pieces, _) in vocab.partsBefore.candidates(key) {
            guard let end = match(pieces, at: index) else { continue }
            let named = (index..<end).contains { word(at: $0).map(isDeadNoun) == true }
            if named { return end }
            // "3 çocuk ölenler arasında", "3 children were among them": an among-word that no
            // figure follows ("among them 3 children" breaks the figure before it down).
            let among = (index..<end).contains { word(at: $0).map { PhraseReader.amongWords.contains($0) } == true }
            if among, value(at: end) == nil { return end }
            if let n = word(at: end), isDeadNoun(n) { return end + 1 }
        }
        return nil
    }

    /// "every" and its like before a figure or an ordinal.
    /// "One" as an article or a word, before a noun and a ratio ("un foyer sur trois").
    static let oneWords: Set<String> = ["one", "a", "un", "une", "uno", "una", "ein", "eine", "einer", "eines", "um", "uma", "один", "одна", "одно", "bir", "satu", "seorang", "jeden", "jedna", "jedno"]
    static let everyBefore: Set<String> = ["every", "each", "каждые", "каждый", "каждая", "кожні", "кожен", "кожна", "هر", "كل", "cada", "chaque",
                                           "setiap", "jede", "jeder", "jedes", "ogni", "każdy", "co"]
    // Written as the lexer reads them (Persian ی and ک as Arabic ي and ك: "میان" is "ميان").
    static let amongWords: Set<String> = Set(["among", "amongst", "parmi", "entre", "unter", "среди", "серед", "بين", "میان", "arasında", "antara", "tra", "fra", "wśród"].map(Vocabulary.word))
    /// Verbs and adverbs that may stand between a figure's noun and "among the dead" ("3
    /// children were reportedly among the dead", "drei Kinder sind unter den Toten", "3 enfants
    /// figurent parmi les morts", "3 niños se encuentran entre los muertos").
    static let betweenPartAndAmong: Set<String> = Set([
        "are", "were", "is", "was", "be", "been", "being", "reportedly", "reported", "also", "all", "said", "to", "believed",
        "thought", "confirmed", "now", "still", "allegedly", "understood", "known", "feared", "listed",
        "sind", "waren", "ist", "war", "seien", "auch", "befinden", "befanden", "sich",
        "sont", "étaient", "figurent", "figuraient", "comptent", "se", "trouvent", "trouvaient", "aussi",
        "son", "eran", "están", "estaban", "figuran", "figuraban", "encuentran", "encontraban", "hay", "también",
        "são", "eram", "estão", "estavam", "figuram", "também",
        "sono", "erano", "figurano", "anche",
        "были", "оказались", "есть", "также", "були", "опинилися", "також",
        "كانوا", "هم", "ايضا", "أيضا", "adalah", "juga", "merupakan", "termasuk", "da", "de", "هستند", "بودند", "نیز", "هم",
        "są", "byli", "były", "także", "również",
    ].map(Vocabulary.word))
    /// Among-words that follow the noun of the group (Turkish postpositions): "hayatını
    /// kaybedenler arasında", "yaralılar arasında".
    static let amongAfterNoun: Set<String> = ["arasında"]
    /// Prepositions before an among-word ("di antara", "در میان", "من بين", "de entre", "from among").
    static let beforeAmong: Set<String> = Set(["di", "در", "من", "from", "de"].map(Vocabulary.word))
    /// Hedges after "more" that say the toll is already higher ("more are feared dead").
    static let hedgesOfMore: Set<String> = ["feared", "believed", "presumed", "missing", "trapped", "unaccounted"]
    /// "more" and "others" in a later sentence ("Many others died", "D'autres sont morts").
    static let moreOrOthers: Set<String> = ["more", "others", "más", "otros", "otras", "plus", "autres"]
    /// Auxiliaries between "more" or "others" and the verb ("more were killed", "d'autres sont
    /// morts", "otros han muerto").
    static let auxiliariesOfMore: Set<String> = ["are", "were", "is", "was", "now", "have", "has", "had", "been", "may", "might",
                                                 "also", "later", "reportedly", "sont", "ont", "été", "seraient", "auraient",
                                                 "son", "fueron", "han", "habrían", "habían", "serían", "también"]
    /// Verbs of dying that name no noun: anything may follow them ("Some more died overnight").
    static let verbsOfDying: Set<String> = ["died", "perished", "succumbed", "drowned", "murieron", "fallecieron",
                                            "perecieron", "morts", "mortes", "décédés", "décédées", "périrent",
                                            "قتل", "مات", "ماتوا", "توفي", "استشهد", "لقي", "لقوا", "قضى"]
    /// Words after "more dead" that leave it a claim ("many more dead in Idlib").
    static let afterMoreDead: Set<String> = ["in", "at", "near", "across", "since", "after", "elsewhere", "overnight", "later",
                                             "yesterday", "today", "afterwards", "subsequently", "during", "from", "when", "while",
                                             "there", "too", "as", "en", "durante", "después", "pendant", "depuis", "après"]
    /// "Others" after a verb of its own measure: Arabic "وقتل آخرون".
    static let othersAfterVerb: Set<String> = ["آخرون", "آخرين", "اخرون", "اخرين"]
    static let fewerWords: Set<String> = ["fewer", "less", "weniger", "меньше", "менше", "menos", "moins", "أقل", "kurang", "mniej", "meno", "daha az"]
    static let higherWords: Set<String> = ["higher", "greater", "larger", "bigger",
        // "This figure is an undercount." (review20b: read a bounded 40).
        "undercount", "undercounted", "underestimate", "underestimated", "underreported", "understated"]
    /// Nouns of the dead that stand for the toll before a rise verb ("Casualties mounted",
    /// "Deaths rose"; review20b: read a bounded 40). Their measure is compared as any.
    static let tollNouns: Set<String> = ["casualties", "deaths", "fatalities", "victims"]
    static let tollWords: Set<String> = ["toll", "tolls", "number", "figure", "figures", "count", "tally", "total"]
    /// Words that deny a rise ("not expected to rise", "unlikely to rise", "ne devrait pas",
    /// "no se espera", "nicht"). (The tables' `negations` hold "could" and "would" too, for
    /// figures that did not happen: "The toll could climb" is a rise.)
    static let negationWords: Set<String> = ["not", "no", "never", "unlikely", "pas", "jamais", "nicht", "kaum", "nunca", "não",
                                             "لا", "لن", "не", "tidak", "nie", "non", "değil"]
    /// The toll in the other tables' words ("le bilan", "la cifra", "die Zahl", "الحصيلة").
    static let otherTollWords: Set<String> = ["bilan", "nombre", "chiffre", "cifra", "balance", "saldo", "número", "total",
                                              "zahl", "opferzahl", "totenzahl", "bilanz", "número", "balanço", "число", "количество",
                                              "حصيلة", "الحصيلة", "عدد", "jumlah", "angka", "liczba", "bilancio", "numero", "sayısı", "آمار"]
    /// Verbs of a toll that grew or will grow: "has since risen", "doubled", "is likely to rise",
    /// "pourrait s'alourdir", "podría aumentar", "dürfte steigen", "سترتفع".
    static let riseWords: Set<String> = ["rise", "rises", "rising", "rose", "risen", "climb", "climbs", "climbing", "climbed",
        "grow", "grows", "growing", "grew", "grown", "increase", "increases", "increasing", "increased", "mount", "mounts",
        "mounting", "mounted", "double", "doubles", "doubled", "triple", "tripled", "soar", "soared", "jump", "jumped",
        "alourdir", "alourdi", "alourdit", "augmenter", "augmenté", "augmente", "grimper", "grimpé", "monter", "s'alourdir",
        "aumentar", "aumentó", "aumentado", "aumenta", "subir", "subió", "subido", "crecer", "creció", "elevarse",
        "steigen", "gestiegen", "steigt", "stieg", "ansteigen", "angestiegen", "verdoppelt", "erhöhen", "erhöht",
        "crescer", "cresceu", "subiu", "aumentou", "вырасти", "вырос", "выросло", "возрасти", "возросло", "растёт", "увеличиться",
        "يرتفع", "ترتفع", "سترتفع", "ارتفع", "ارتفعت", "تضاعف", "تضاعفت", "bertambah", "meningkat", "naik", "wzrosnąć", "wzrosła",
        "wzrósł", "aumentare", "salire", "salito", "artabilir", "arttı", "yükseldi",
        // review20b E3: the doubling and rising verbs of es/fr/it/pt/ar ("se ha duplicado",
        // "a depuis doublé", "è poi raddoppiato", "وتضاعفت الحصيلة"), which had left 40 bounded.
        "duplicado", "duplicó", "duplicarse", "triplicado", "triplicó", "doublé", "doubler", "triplé", "tripler",
        "raddoppiato", "raddoppiata", "raddoppiare", "triplicato", "aumentato", "aumentata", "salita", "cresciuto",
        "duplicou", "dobrou", "triplicou", "وتضاعفت", "وتضاعف", "وارتفعت", "وارتفع", "وترتفع"]
    static let moreWords: Set<String> = ["mais", "más", "plus", "mehr", "больше", "більше", "أكثر", "بیشتر", "fazla", "lebih", "więcej", "più"]
}
