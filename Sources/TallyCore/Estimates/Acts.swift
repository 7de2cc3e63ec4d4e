/// fates5 (review47 S2, S3, S10, S11, S13, R4): what a figure's own words say its people did
/// or where they went, when that is not the fate a measure asks for. Kept apart from the
/// tie (Fates.swift), which it uses: each check here is one more way a figure's clause says
/// what it counts, read before the figure is taken for the measure asked for.
extension PhraseReader {
    /// Verbs of what people did, or had done to them, that is no fate a death or injury
    /// measure counts: protest, condemnation, deployment, search (review47 S2: under
    /// `--measure killed` "5,000 demonstrators denounced the killing", "5,000 soldiers were
    /// deployed after the killing", "5,000 soldiers searched for the killers", "5,000 troops
    /// were deployed" each read 5,000 killed, exit 0). The crowd's verbs (``crowdVerbs``) are
    /// the same kind and are refused by the group-size rule.
    static let actVerbs: Set<String> = [
        "denounced", "denounce", "denounces", "denouncing", "decried", "deplored", "demanded", "demand", "demanding",
        "called", "calling", "chanted", "chanting", "rallying", "protesting",
        "condemned", "blocked", "stormed", "staged",
        "deployed", "redeployed", "dispatched", "sent", "mobilised", "mobilized", "stationed", "posted", "patrolled",
        "searched", "searching", "hunted", "hunting", "combed", "pursued", "chased", "arrived", "guarded", "surrounded",
        "dénoncé", "dénoncent", "dénonçaient", "dénonçant", "réclamé", "réclament", "exigé", "exigent", "appelé", "scandé",
        "déployés", "déployées", "déployé", "dépêchés", "envoyés", "mobilisés", "recherché", "recherchent", "fouillé",
        "denunciaron", "denuncian", "denunciando", "exigieron", "exigen", "reclamaron", "pidieron", "desplegados",
        "desplegadas", "desplegaron", "enviados", "movilizados", "buscaron", "buscan", "rastrearon",
        "نددوا", "ندد", "استنكروا", "طالبوا", "طالب", "انتشروا", "بحثوا",
    ]
    /// Words before a fate word that make it a noun of the event, not the figure's verb
    /// ("denounced the killing", "after the killings", "searched for the killers").
    static let actObjectLeads: Set<String> = [
        "after", "before", "since", "following", "over", "against", "for", "about", "of", "on", "amid", "those",
        "après", "depuis", "contre", "pour", "des", "les", "tras", "contra", "por", "sobre", "los", "las", "بعد",
    ]

    /// The verb of another act that is the predicate of a figure's people, when no word of
    /// the measure is tied to the figure (``tiedFate(_:)``): the verb's text and the words to
    /// quote. "5,000 soldiers deployed in the area were killed" is no such figure: a word of
    /// the measure later in its sentence that is a verb of its own, not a noun after an
    /// article or a preposition ("the killing", "after the killings"), may be its fate.
    func actInsteadOfFate(_ finding: Finding, fits: (String) -> Bool) -> (word: String, range: Range<Int>)? {
        if let m = tiedFate(finding), fits(m) { return nil }
        let (k, aux, _) = predicate(after: afterPeople(finding))
        guard let w = word(at: k), PhraseReader.actVerbs.contains(w) else { return nil }
        if aux == 0 {
            var j = k + 1
            while j < tokens.count, j < k + 16 {
                if case let .punctuation(p) = tokens[j].kind, [".", ";", "!", "?"].contains(p) { break }
                if let m = tieFate(at: j), fits(m),
                   !(word(at: j - 1).map { PhraseReader.tieDeterminers.contains($0) || PhraseReader.actObjectLeads.contains($0) } ?? false) {
                    return nil
                }
                j += 1
            }
        }
        return (tokens[k].text, finding.start..<(k + 1))
    }

    // MARK: Killed and injured together in more forms (review47 S3, S11, S13, R4)

    /// Words that open a part of a count ("12 killed, including wounded").
    static let includingWords: Set<String> = ["including", "incl", "inclusive", "incluidos", "incluidas", "incluyendo", "inclus",
                                              "compris", "بينهم", "منهم"]

    /// The figure's own measure word joined to another fate's by a hyphen ("12
    /// killed-wounded", a column heading), or followed by a part that names the other fate
    /// with no figure of its own ("12 killed (including wounded)", "12 killed, including
    /// wounded"): the figure counts both together. As ``fateJoinedToMeasure(_:measure:)``:
    /// the words joined, the other fate's measure, the words to quote.
    func fateListedWithMeasure(_ found: Finding, measure: String) -> (words: String, other: String, range: Range<Int>)? {
        guard let own = ownMeasureWord(after: found, measure: measure) else { return nil }
        var k = own.end
        var part = false
        if isDash(at: k) || isPunctuation("-", at: k) || isSymbol("-", at: k) {
            k += 1
        } else {
            if isSymbol("(", at: k) || isPunctuation("(", at: k) || isPunctuation(",", at: k) || isPunctuation("\u{060C}", at: k) { k += 1 }
            guard let w = word(at: k) else { return nil }
            if w == "y", word(at: k + 1) == "compris" { k += 2 } else if PhraseReader.includingWords.contains(w) { k += 1 } else { return nil }
            part = true
            while let w = word(at: k), PhraseReader.articlesBetweenFates.contains(w) || ["those", "les", "des"].contains(w) { k += 1 }
        }
        guard let m = fateMeasure(at: k), m != measure, m != "casualties" else { return nil }
        let end = measureWord(at: k)?.end ?? (k + 1)
        // "12 killed - 3 wounded", "12 killed, including 3 wounded": a figure of its own.
        if end < tokens.count, case .number = tokens[end].kind { return nil }
        // "12 dead, including wounded who later died" (review49 F16): the part names the
        // measure's own fate after all.
        if part {
            var j = end
            while let w = word(at: j), j < end + 4, ["who", "that", "which", "later", "subsequently", "since", "have", "had", "qui",
                                                   "sont", "ont", "plus", "tard", "depuis", "que", "luego", "después", "الذين"].contains(w) { j += 1 }
            if j > end, fateMeasure(at: j) == measure { return nil }
        }
        // The heading ends there: nothing, a mark, a preposition ("12 killed-wounded in
        // Idlib"); "12 killed - wounded soldiers evacuated" is not one.
        if !part {
            let closes = end >= tokens.count || { if case .punctuation = tokens[end].kind { return true }; return false }()
                || word(at: end).map { PhraseReader.listClosers.contains($0) || vocab.andWords.contains($0) } == true
            guard closes else { return nil }
        }
        let close = isSymbol(")", at: end) || isPunctuation(")", at: end) ? end + 1 : end
        return (phrase(own.start..<close), m, found.start..<close)
    }

    /// A label before a figure and a colon that names killed and injured together
    /// ("wounded or killed: 12", "casualties (dead and injured): 12", "casualty tally: 12",
    /// "casualties: 12"; review47 S11, S13: each read 12 under `--measure killed`): what the
    /// label counts ("casualties" or "<measure> and <other> together"), its words and the
    /// words to quote; nil when the figure has words of a fate of its own after it
    /// ("Casualties: 12 killed, 30 wounded") or the label names only the measure asked for.
    func labelCountsTogether(_ found: Finding, measure: String) -> (counts: String, words: String, range: Range<Int>)? {
        guard found.start >= 2, isPunctuation(":", at: found.start - 1) || isSymbol("=", at: found.start - 1) else { return nil }
        if (found.end..<min(tokens.count, found.end + 3)).contains(where: { fateMeasure(at: $0) != nil }) { return nil }
        var b = found.start - 2
        var measures: [(Int, String)] = []
        while b >= 0, b >= found.start - 10 {
            if case let .punctuation(p) = tokens[b].kind, [".", ";", "!", "?", ":", ",", "|", "\u{061B}", "\u{060C}"].contains(p) { break }
            if let m = fateMeasure(at: b) { measures.append((b, m)) }
            b -= 1
        }
        guard let first = measures.last?.0, let lastWord = measures.first?.0 else { return nil }
        let range = first..<found.end
        let words = phrase(first..<(lastWord + 1))
        if measure != "casualties", measures.contains(where: { $0.1 == "casualties" }) {
            return ("casualties", words, range)
        }
        if measures.contains(where: { $0.1 == measure }), let other = measures.first(where: { $0.1 != measure && ($0.1 == "killed" || $0.1 == "injured") }) {
            return (measure + " and " + Vocabulary.describe(measure: other.1) + " together", words, range)
        }
        return nil
    }

    /// "12 casualties, all killed" (review47 R4: refused while "the number of casualties
    /// rises to 12, all killed" reads, tie3 R1): ", all <measure>" right after the figure's
    /// casualties says every one of them had that fate.
    func casualtiesAllOf(_ found: Finding, measure: String) -> Bool {
        guard let c = (max(found.start, found.end - 1)..<min(tokens.count, found.end + 2)).first(where: { fateMeasure(at: $0) == "casualties" }) else {
            return false
        }
        let e = measureWord(at: c)?.end ?? (c + 1)
        guard isPunctuation(",", at: e), predicate(after: e).relative, let p = predicateFate(after: e) else { return false }
        return p.measure == measure && p.joined == nil
    }
}

// MARK: Victims in French, Spanish and Arabic news (review47 S4, decided)
extension PhraseReader {
    /// Words of victims that French, Spanish and Arabic news use for the dead and the
    /// injured together (as "bilan humain"): "12 victimes", "le bilan des victimes s'élève à
    /// 12", "12 víctimas", "ارتفاع حصيلة الضحايا إلى 12". English "victims" is left to read
    /// (decided, fates5: in the 42 real UCDP headlines that hold it, it is the dead of a
    /// massacre: "12 persons from one family are the victims of a massacre").
    static let victimWords: Set<String> = ["victime", "victimes", "víctima", "víctimas", "ضحية", "ضحايا", "الضحايا", "الضحية",
                                           "ضحيتين", "ضحيتان"]
    /// Words after a victim word that make its victims the dead ("víctimas mortales",
    /// "victimes mortelles").
    static let deadlyVictimWords: Set<String> = ["mortales", "mortal", "mortelles", "mortelle", "mortels", "mortel", "fatales",
                                                 "décédées", "décédés", "décédée", "décédé", "tuées", "tués", "tuée", "tué", "mortes", "morts",
                                                 "muertas", "muertos", "fallecidas", "fallecidos", "asesinadas", "asesinados", "قتلوا", "قتلي",
                                                 "قتيلا", "لقوا", "توفوا", "قضوا"]

    /// A figure of victims (``victimWords``) or of a "bilan humain" with no word of a death
    /// tied to it (``tiedFate(_:)``, "12 victimes décédées", "12 ضحية قتلوا", "12 víctimas
    /// mortales" read): the victim word and the words to quote; nil otherwise.
    func victimsWithoutDeath(_ found: Finding) -> (word: String, range: Range<Int>)? {
        if tiedFate(found) == "killed" { return nil }
        func deadly(_ i: Int) -> Bool {
            word(at: i).map(PhraseReader.deadlyVictimWords.contains) == true || fateMeasure(at: i) == "killed"
        }
        // After the figure, within two words ("12 victimes", "12 civil victims").
        var k = found.end
        while k < tokens.count, k < found.end + 3, let w = word(at: k) {
            if PhraseReader.victimWords.contains(w) {
                if deadly(k + 1) || deadly(k + 2) { return nil }
                return (tokens[k].text, found.start..<(k + 1))
            }
            if fateMeasure(at: k) != nil { return nil }
            k += 1
        }
        // Before it, past a verb of rising ("le bilan des victimes s'élève à 12", "el número
        // de víctimas asciende a 12", "ارتفاع حصيلة الضحايا إلى 12", "le bilan humain s'élève à 12").
        var b = found.start - 1
        let rising = PhraseReader.risingTo.union(["passé", "est", "monté", "grimpé", "subió", "llegó", "ascendió", "ha", "es", "elevó", "se",
                                                        "الي", "ارتفع", "ارتفعت", "بلغ", "بلغت", "وصل", "وصلت"])
        while b >= 0, b >= found.start - 6, isPunctuation("'", at: b) || word(at: b).map(rising.contains) == true { b -= 1 }
        guard let w = word(at: b) else { return nil }
        if PhraseReader.victimWords.contains(w) { return (tokens[b].text, b..<found.end) }
        if w == "humain", word(at: b - 1) == "bilan" { return ("bilan humain", (b - 1)..<found.end) }
        return nil
    }
}
