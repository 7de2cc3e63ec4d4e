/// What a figure's clause says happened to the people it counts, when no measure word
/// stands beside the figure (headlines1). The tie of ``PhraseReader/measuresAround(_:)``
/// reaches a few words; in a headline a longer noun phrase stands between the figure and
/// its verb ("17 members of the police were wounded", "15 fighters of the Turkey-loyal
/// factions are killed and wounded", "the SDF kill and detain 16 persons", "After the death
/// and the injury of about 35 citizens"). Under `--measure killed` (or a data row whose
/// measure is killed) such a figure had been taken as killed, exit 0: a silent wrong number
/// on 1 in 30 of the UCDP headlines read. Here the whole clause is read for the figure's
/// fate: another measure or fate and none of the one asked for is refused, as is the measure
/// asked for joined to another ("killed and injured"); a clause that names nothing still
/// reads as the measure asked for (a bare figure in a column of killed).
extension PhraseReader {
    /// Words of a fate the measure tables do not list (their measure words, status nouns and
    /// outcomes count too), each with the measure it names. Verbs and nouns of arrest,
    /// release, sentence, leaving and recruitment in en, fr, es and ar, as UCDP headlines
    /// and wire copy write them around a count of people.
    static let fateWords: [String: String] = {
        var out: [String: String] = [:]
        func add(_ measure: String, _ words: [String]) { for w in words { out[w] = measure } }
        add("arrested", ["arrest", "arrests", "arresting", "detain", "detains", "detaining", "detention", "capture",
                         "captures", "capturing", "imprisoned", "jailed", "apprehended", "apprehend", "apprehends",
                         "arrestation", "arrestations", "arrêtés", "arrêtées", "arrête", "arrêtent", "interpellés",
                         "capturés", "détenus", "détient", "detenidos", "detenidas", "arrestados", "capturados",
                         "detiene", "detienen", "arresto", "arrestos", "detención", "captura", "capturan",
                         "اعتقال", "اعتقل", "اعتقلت", "اعتقلوا", "احتجاز", "معتقلين", "معتقلا", "اسر", "اسرى"])
        add("kidnapped", ["kidnap", "kidnaps", "kidnapping", "abduct", "abducts", "abducting", "abduction", "abductions",
                          "kidnapped", "abductees", "enlevés", "enlève", "enlèvent", "enlèvement", "kidnappés",
                          "secuestrados", "secuestra", "secuestran", "secuestro", "خطف", "اختطاف", "اختطف", "مخطوفين"])
        add("released", ["release", "releases", "releasing", "released", "freed", "frees", "libérés", "libère", "libèrent",
                         "libération", "liberados", "liberadas", "libera", "liberan", "liberación", "الافراج", "سراح", "اطلاق"])
        add("sentenced", ["sentenced", "sentences", "sentencing", "condemned", "condamnés", "condamné", "condamnées",
                          "condenados", "condenado", "condenadas"])
        add("displaced", ["displace", "displaces", "displacing", "displacement", "displaced", "flee", "flees", "fleeing", "fled",
                          "exit", "exits", "exited", "evacuated", "evacuation", "déplacés", "déplacées", "fuient", "fui",
                          "desplazados", "desplazadas", "huyeron", "huyen", "نزوح", "نزح", "نازحين", "تهجير", "خروج"])
        add("recruited", ["recruited", "recruiting", "recruitment", "enlisted", "joined", "recrutés", "reclutados", "تجنيد"])
        add("surrendered", ["surrender", "surrenders", "surrendered"])
        // fates3 (review45 N2): defecting is not surrendering (a defector most often joins the
        // other side): "300 fighters defected" had shown the measure "surrendered".
        add("defected", ["defected", "defect", "defects"])
        add("missing", ["missing", "disparus", "desaparecidos", "مفقودين"])
        // fates3 (review45 S5): Spanish "bajas" and French "pertes" are the dead and the
        // wounded together, as "casualties" ("el número de bajas asciende a 12", "12 bajas en
        // el combate", "le bilan des pertes s'élève à 12" read 12 killed); Arabic "إصابات" are
        // injuries ("ارتفاع عدد الإصابات إلى 12" read 12 killed).
        add("casualties", ["bajas", "pertes"])
        add("injured", ["إصابات", "اصابات"])
        // fates4 (review47 R3): the Arabic verb after its people, plural or passive, as
        // English "were killed" ("300 عنصر من داعش قتلوا", "12 عنصرا من التنظيم قتلوا": refused as
        // a group's size since a006854); "لقوا حتفهم" (met their death) in ``fateMeasure(at:)``.
        add("killed", ["قتلوا", "استشهدوا", "حتفهم", "حتفه", "مصرعهم", "مصرعه"])
        add("injured", ["أصيبوا", "اصيبوا", "جرحوا"])
        return out
    }()

    /// Nouns of a count a figure's clause goes on with past a comma ("rising to 84, the number
    /// of casualties").
    static let numberOfNouns: Set<String> = ["number", "toll", "tally", "count", "nombre", "bilan", "número", "cifra", "balance", "عدد", "حصيلة"]

    /// Words between a count's noun and its figure ("the number of casualties rises to 12",
    /// "casualties to 505", "le nombre de blessés s'élève à 12").
    static let risingTo: Set<String> = ["to", "at", "rises", "rose", "risen", "rising", "reaches", "reached", "climbs", "climbed",
                                        "stands", "stood", "is", "was", "now", "has", "have", "jumps", "jumped", "à", "a", "élève",
                                        "s", "atteint", "passe", "llega", "asciende", "sube", "alcanza", "الى", "إلى", "يرتفع", "ارتفع"]

    /// Words that leave a place, read as a fate only after the figure ("more than 12500
    /// citizens left"): before it they are the verb of a toll ("the attack left 12 dead",
    /// "escalation leaves 8 victims").
    static let leavingWords: Set<String> = ["left", "leave", "leaves", "leaving", "quitté", "quittent", "abandonaron", "salieron", "غادر", "غادروا"]

    /// Nouns and verbs of a death that the measure tables do not list as measure words
    /// ("3 bodies found", "claims the lives of 20", "the death toll rises to 19"): a clause
    /// holding one speaks of the dead, so its figure is not refused as another fate.
    static let deathWords: Set<String> = [
        "bodies", "body", "corpses", "corpse", "lives", "life", "massacre", "massacres", "toll", "tolls", "losses",
        "die", "dies", "dying", "murdered", "murder", "assassinated", "assassination", "drowned", "slaughtered",
        "executions", "execution", "execute", "executes", "losing", "lost", "funeral", "funerals", "buried", "graves", "grave",
        "corps", "cadavres", "vies", "bilan", "meurent", "assassinés", "cuerpos", "cadáveres", "vidas", "masacre", "balance",
        "mueren", "asesinados", "جثث", "جثة", "جثامين", "مجزرة", "حصيلة", "مقتل", "وفاة",
        // dest25 (issue 12, silent): "exécution de 13", "matanza de 13",
        // "ejecución de 13", "chacina de 13", "execução de 13", "13 pessoas morreram" read 13 under
        // injured (and refugees, idps, displaced).
        "exécution", "exécutions", "matanza", "matanzas", "ejecución", "ejecuciones", "chacina",
        "chacinas", "execução", "execuções", "morreram", "morreu", "faleceram", "faleceu",
        // dest26: the bodies of pt ("13 corpos").
        "corpos",
    ]

    /// Words of a life, a death word only after a verb or noun that takes it ("claims the
    /// lives of 20", "lost their lives", "loss of life", "ont perdu la vie", "cobró las
    /// vidas"): "300 fighters reintegrated into civilian life" names no death (fates3,
    /// review45 N3: it was refused under members as 'counts killed ("life")').
    static let lifeWords: Set<String> = ["life", "lives", "vies", "vidas"]
    static let lifeTakers: Set<String> = [
        "claim", "claims", "claimed", "claiming", "cost", "costs", "costing", "lost", "lose", "loses", "losing", "loss",
        "took", "take", "takes", "taking", "taken", "ended", "end", "ending", "ends", "perdu", "perdent", "perdre", "coûté",
        "coûte", "fauché", "emporté", "perdieron", "perdió", "perder", "cobró", "cobra", "cobraron", "costó", "segó",
    ]
    /// Whether a verb or noun of ``lifeTakers`` stands in the three words before `i` or the
    /// two after it ("20 lives lost").
    func lifeLost(before i: Int) -> Bool {
        (max(0, i - 3)..<(i + 3)).contains { $0 != i && word(at: $0).map(PhraseReader.lifeTakers.contains) == true }
    }

    /// The measure a word of a fate names, or nil: a measure word of the tables, a status
    /// noun ("refugees"), an outcome ("freed", "fled") or a word of ``fateWords``; "killed"
    /// for ``deathWords``. Arabic words are tried without a glued "و" (and) or "ال" (the).
    func fateMeasure(at i: Int) -> String? {
        guard let w = word(at: i) else { return nil }
        var forms = [w]
        if w.hasPrefix("و") { forms.append(String(w.dropFirst())) }
        for f in forms where f.hasPrefix("ال") { forms.append(String(f.dropFirst(2))) }
        // "the casualty toll rises to 12" (fates3, review45 S5: read 12 killed): a toll of
        // casualties counts them, not the dead.
        if ["toll", "tolls", "count", "figure", "figures"].contains(w), let b = word(at: i - 1), vocab.statusMeasures[b] == "casualties" {
            return "casualties"
        }
        // "لقوا حتفهم", "لقي مصرعه" (met their death): the verb with its object is a death.
        if ["لقوا", "لقي", "لقيت"].contains(w), let n = word(at: i + 1), PhraseReader.fateWords[n] == "killed" { return "killed" }
        for f in forms {
            if let m = vocab.measures[f] ?? vocab.statusMeasures[f] { return m }
            if PhraseReader.deathWords.contains(f), !PhraseReader.lifeWords.contains(f) || lifeLost(before: i) { return "killed" }
            if let m = PhraseReader.fateWords[f] { return m }
            if PhraseReader.leavingWords.contains(f) { return "displaced" }
            if vocab.outcomes.contains(f) { return f }
        }
        return nil
    }

    /// Whether the token at `i` ends a clause for ``clauseFate(_:measure:)``.
    private func endsFateClause(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count, case let .punctuation(p) = tokens[i].kind else { return false }
        return [".", ";", "!", "?", ":", ",", "|", "\u{061B}", "\u{060C}", "\u{2026}"].contains(p)
    }

    /// The fate a figure's clause names when it does not name the measure asked for (the
    /// word as written, and what it counts), or nil. The clause runs back from the figure up
    /// to eight words and on to fourteen, to punctuation; a word of the measure asked for in
    /// its clause before the figure, or after it before any other fate (as far as its sentence
    /// runs: "raise to 385, the number of people killed"), keeps the figure its own, unless that word is joined by "and"/"or" to another
    /// measure's ("killed and injured", "the death and the injury of 35", "kill and detain
    /// 16"): then the figure counts both together.
    func clauseFate(_ found: Finding, measure: String) -> (word: String, counts: String, range: Range<Int>)? {
        // tie3 (review45 R1): "the number of casualties rises to 12, all killed" (refused as a
        // toll of casualties): ", all killed" after the figure says every one of them died.
        let after = predicate(after: found.end)
        if after.relative, isPunctuation(",", at: found.end), let p = predicateFate(after: found.end), p.measure == measure, p.joined == nil {
            return nil
        }
        var clauseStart = found.start
        while clauseStart > 0, !endsFateClause(clauseStart - 1) { clauseStart -= 1 }
        // tie3 (review45 S4): "the number of casualties, killed or injured, rises to 12" (read
        // 12 killed): a clause of only a verb of rising has its subject before the commas of an
        // aside; the clause runs back over up to two of them to "the number of"/"the toll"
        // ("ISIS causes more human losses, rising to 84, the number of casualties": no number
        // noun before, no extension).
        if clauseStart < found.start, (clauseStart..<found.start).allSatisfy({ word(at: $0).map(PhraseReader.risingTo.contains) == true }) {
            var start = clauseStart
            var commas = 0
            while start > 0, commas < 2, isPunctuation(",", at: start - 1) {
                start -= 1
                commas += 1
                while start > 0, !endsFateClause(start - 1) { start -= 1 }
                if (start..<clauseStart).contains(where: { word(at: $0).map(PhraseReader.numberOfNouns.contains) == true }) {
                    clauseStart = start
                    break
                }
            }
        }
        let lo = max(clauseStart, found.start - 8)
        var hi = found.end
        while hi < tokens.count, hi < found.end + 14, !endsFateClause(hi) { hi += 1 }
        // "raises to more than 20, the number of casualties and injuries" (headlines2): a comma
        // and "the number of" go on with the figure's clause.
        if isPunctuation(",", at: hi), ((hi + 1)...(hi + 2)).contains(where: { word(at: $0).map(PhraseReader.numberOfNouns.contains) == true }) {
            let from = hi + 1
            hi += 1
            while hi < tokens.count, hi < from + 14, !endsFateClause(hi) { hi += 1 }
        }
        // The measure asked for, as far as the sentence runs after the figure.
        var sentenceEnd = found.end
        while sentenceEnd < tokens.count, sentenceEnd < found.end + 24,
              !(isPunctuation(".", at: sentenceEnd) || isPunctuation(";", at: sentenceEnd) || isPunctuation("!", at: sentenceEnd)
                || isPunctuation("?", at: sentenceEnd)) { sentenceEnd += 1 }
        let positions = Array(clauseStart..<found.start) + Array(found.end..<max(hi, sentenceEnd))
        var own: [Int] = []
        var others: [(Int, String)] = []
        for i in positions {
            guard let m = fateMeasure(at: i) else { continue }
            if m == measure { own.append(i); continue }
            // Before the figure, another fate counts within eight words of it.
            if i < lo { continue }
            // "besieged Ghouta" names a place.
            if m == "besieged" { continue }
            // fates6 (review49 wording): "5,000 protesters condemned the killings" denounced
            // them; "12 condemned to death" were sentenced.
            if m == "sentenced", i > found.start, hasObject(at: i + 1) { continue }
            // "the number of casualties rises to 76", "raises to 84, the number of casualties"
            // (headlines2: read for killed, while "76 casualties" was refused): casualties are
            // killed and injured together, their figure no figure of either alone. Not "the
            // number of civilian casualties killed", "casualties ... who were killed": those killed.
            // tie3 (review45 S4): the killed word must describe the casualties, as their
            // participle or the predicate of a relative clause about them, past a phrase of
            // "of" ("casualties of the regime forces and ISIS who were killed", "casualties of
            // Sosyan massacre"): not "casualties not killed", "casualties, killed or injured",
            // "casualties including those killed", "casualties of the strike that killed the
            // commander", "casualties in the killing fields", "... as the killing continues"
            // (each had read as killed: 30fa89d took a killed word within nine words); nor
            // the measure's word joined to them (fates3, review45 S5: "the number of casualties
            // and deaths rises to 12": no predicate after "and").
            if m == "casualties", let p = predicateFate(after: i + 1), p.measure == measure, p.joined == nil { continue }
            if i < found.start, let w = word(at: i), PhraseReader.leavingWords.contains(w) { continue }
            others.append((i, m))
        }
        // Joined: "killed and injured", "killed and the wounded", "مقتل وجرح" (glued "و").
        func joined(_ a: Int, _ b: Int) -> Bool { joinedByAnd(a, b) }
        for o in own {
            if let (i, m) = others.first(where: { joined(o, $0.0) }) {
                let r = min(o, i, found.start)..<max(o, i, found.end - 1) + 1
                return (tokens[o].text + " and " + tokens[i].text, measure + " and " + Vocabulary.describe(measure: m) + " together", r)
            }
        }
        return clauseFateApart(found, own: own, others: others, hi: hi)
    }

    /// Articles and "of" that may stand between an and-word and the fate it joins ("killed
    /// and the wounded", "morts et des blessés", "muertos y de los heridos").
    static let articlesBetweenFates: Set<String> = ["the", "of", "la", "le", "les", "l", "el", "los", "las", "de", "des", "du", "d", "del"]

    /// Whether the words at `a` and `b` are joined by an and/or word (or "&", "+", "/", or
    /// an Arabic "و" glued to the second), with at most articles between.
    func joinedByAnd(_ a: Int, _ b: Int) -> Bool {
        let (x, y) = a < b ? (a, b) : (b, a)
        if y == x + 1 { return word(at: y)?.hasPrefix("و") == true && vocab.measures[word(at: y)!] == nil }
        guard let after = joinerEnd(at: x + 1) else { return false }
        if y == after { return true }
        // An article or "of" between ("killed and the wounded"; fates3, review45 S5: "le
        // nombre de morts et de blessés", "le bilan des morts et des blessés" read 12, 20).
        return y > after && y <= after + 2 && (after..<y).allSatisfy { k in
            isPunctuation("'", at: k) || word(at: k).map(PhraseReader.articlesBetweenFates.contains) == true
        }
    }

    /// The index after an and/or word at `k` ("and", "or", "y", "و"), "and/or" ("et/ou",
    /// "y/o"), or a sign of one ("&", "+", "/"; fates3, review45 S5: "5 killed & wounded",
    /// "12 killed + wounded", "12 killed and/or wounded" read 5, 12, 12); nil when none.
    func joinerEnd(at k: Int) -> Int? {
        if let w = word(at: k), vocab.andWords.contains(w) || PhraseReader.orWords.contains(w) {
            if isPunctuation("/", at: k + 1), let o = word(at: k + 2), PhraseReader.orWords.contains(o) { return k + 3 }
            return k + 1
        }
        if isPunctuation("&", at: k) || isSymbol("&", at: k) || isSymbol("+", at: k) || isPunctuation("/", at: k) { return k + 1 }
        return nil
    }

    /// ``clauseFate(_:measure:)`` once no fate is joined to the measure asked for.
    private func clauseFateApart(_ found: Finding, own: [Int], others: [(Int, String)], hi: Int) -> (word: String, counts: String, range: Range<Int>)? {
        var others = others
        // Past the clause, another fate only joins one of the measure asked for (above).
        others.removeAll { $0.0 >= hi }
        // A word of the measure asked for before the figure in its clause ("Massacre claims the
        // lives of 20 Syrians and raids cause casualties and injuries") keeps it; after it, the
        // first fate named is the figure's verb ("17 of the regime forces were injured and
        // confirmed information about the death of Iranians": injured).
        // "ground shelling kills and injures people ... and raises the number of casualties to
        // 505" (headlines2: read 505 for killed): the count named right before the figure, with
        // only a verb of rising and "to" between, is the figure's, whatever the clause said before.
        if let (i, m) = others.last(where: { $0.0 < found.start }), !own.contains(where: { $0 > i && $0 < found.start }),
           found.start - i <= 5, ((i + 1)..<found.start).allSatisfy({ isPunctuation("'", at: $0) || word(at: $0).map(PhraseReader.risingTo.contains) == true }),
           found.start - i >= 2 {
            // "casualty toll": the noun before the toll is quoted with it.
            let from = others.contains(where: { $0.0 == i - 1 && $0.1 == m }) ? i - 1 : i
            return (phrase(from..<(i + 1)), Vocabulary.describe(measure: m), from..<found.end)
        }
        if own.contains(where: { $0 < found.start }) { return nil }
        // A verb or noun of another fate right before the figure governs it ("arrest 4 people",
        // "arrest of hundreds of citizens ... and the execution of others").
        if let (i, m) = others.last(where: { $0.0 < found.start }), found.start - i == 1
            || (found.start - i == 2 && word(at: i + 1).map(vocab.connectors.contains) == true) {
            return (tokens[i].text, Vocabulary.describe(measure: m), i..<found.end)
        }
        let firstOwn = own.first { $0 > found.start }
        if let (i, m) = others.first(where: { $0.0 > found.start }) {
            if let firstOwn, firstOwn < i { return nil }
            return (tokens[i].text, Vocabulary.describe(measure: m), found.start..<(i + 1))
        }
        guard own.isEmpty, let (i, m) = others.last else { return nil }
        return (tokens[i].text, Vocabulary.describe(measure: m), i..<found.end)
    }

    /// The figure's own measure word, the first measure word in the five words after it
    /// when it is `measure` and no status word ("12 killed", "12 people killed"): where
    /// ``fateJoinedToMeasure(_:measure:)`` and ``fateListedWithMeasure(_:measure:)`` look for
    /// another fate joined to it.
    func ownMeasureWord(after found: Finding, measure: String) -> (start: Int, end: Int)? {
        var i = found.end
        while i < tokens.count, i < found.end + 5, word(at: i) != nil {
            if let (m, end, status) = measureWord(at: i) { return m == measure && !status ? (i, end) : nil }
            i += 1
        }
        return nil
    }

    /// The measure of a figure's clause when no measure word stands beside it and the
    /// clause names exactly one ("17 members of the police were wounded": injured), for the
    /// measure a reading shows; nil otherwise.
    func clauseMeasure(_ found: Finding) -> String? {
        var hi = found.end
        var named: Set<String> = []
        while hi < tokens.count, hi < found.end + 14, !endsFateClause(hi) {
            if let m = fateMeasure(at: hi), m != "casualties" { named.insert(m) }
            hi += 1
        }
        return named.count == 1 ? named.first : nil
    }
    /// The figure's own measure word, when "and"/"or" joins another fate's word to it
    /// (headlines2): "11 Asayish members killed and wounded", "50 killed or injured in the
    /// shelling", "12 muertos y heridos", "12 tués et blessés", "12 قتيل وجريح", "5 dead and
    /// missing". The words joined, the other fate's measure, and the words to quote; nil when
    /// the other fate has a figure of its own ("3 killed and 5 wounded", "3 killed and many
    /// others injured", "killed and injured 5 more") or none is joined.
    func fateJoinedToMeasure(_ found: Finding, measure: String) -> (words: String, other: String, range: Range<Int>)? {
        guard let own = ownMeasureWord(after: found, measure: measure) else { return nil }
        var k = own.end
        // Arabic glues "و" to the second word: "قتيل وجريح".
        if let w = word(at: k), w.hasPrefix("و"), vocab.measures[w] == nil, let m = fateMeasure(at: k), m != measure, m != "casualties" {
            return figureFollows(k + 1) ? nil : (phrase(own.start..<(k + 1)), m, found.start..<(k + 1))
        }
        // "12 dead, wounded", "a total of 12 killed, wounded" (fates3, review45 S5: read 12): a
        // list of fates by a comma, the other with no figure and its clause ended after it.
        var commaList = false
        if let after = joinerEnd(at: k) {
            k = after
        } else if isPunctuation(",", at: k) || isPunctuation("\u{060C}", at: k) {
            k += 1
            commaList = true
        } else {
            return nil
        }
        // An Arabic dual after "و" is a figure of its own ("ثلاثة قتلى وجريحان": three
        // killed and two wounded).
        if let w = word(at: k), vocab.measures[w] != nil, vocab.isNumberWord(w) || !vocab.numbers.candidates("w:" + w).isEmpty {
            return nil
        }
        // "12 dead and left dozens injured": a verb of leaving after the and-word is a toll's.
        // Casualties joined to a measure of one of their fates ("12 deaths and casualties",
        // fates3: read 12 killed) count both.
        guard let m = fateMeasure(at: k), m != measure, m != "casualties" || measure != "casualties",
              !(word(at: k).map(PhraseReader.leavingWords.contains) ?? false) else { return nil }
        let end = measureWord(at: k)?.end ?? (k + 1)
        if commaList {
            // The list ends there: nothing, a mark, a preposition or another and-word ("12
            // dead, wounded and missing"); "5 killed, wounded soldiers evacuated" is not one.
            let closes = end >= tokens.count || { if case .punctuation = tokens[end].kind { return true }; return false }()
                || word(at: end).map { PhraseReader.listClosers.contains($0) || vocab.andWords.contains($0) } == true
            guard closes else { return nil }
        }
        return figureFollows(end) ? nil : (phrase(own.start..<end), m, found.start..<end)
    }

    /// Words after a list of fates that end it: prepositions of place, time and cause.
    static let listClosers: Set<String> = [
        "in", "on", "at", "during", "after", "near", "by", "from", "since", "as", "when", "following", "amid",
        "en", "dans", "à", "lors", "après", "près", "par", "au", "aux", "durante", "tras", "por", "cerca", "desde",
        "في", "خلال", "بعد", "جراء", "اثر", "إثر", "قرب",
    ]

    /// Whether a number (a figure of its own) follows at `i`: "killed and injured 5 more".
    private func figureFollows(_ i: Int) -> Bool {
        guard i < tokens.count else { return false }
        if case .number = tokens[i].kind { return true }
        return word(at: i).map { vocab.isNumberWord($0) && !["a", "an", "un", "une", "one"].contains($0) } == true
    }
}

/// The tie of a fate word to a figure (tie3): whether the word says what befell the people
/// the figure counts, or only stands somewhere in the text. review45 S1: under `--measure
/// killed` "ISIS has 5,000 members and has killed civilians", "5,000 members of the group
/// that killed the governor", "5,000 supporters attended the funeral of those killed" each
/// read 5,000 killed, exit 0, because a killed word anywhere let a group's size through;
/// review45 S4: "the number of casualties not killed" read as killed. The word is tied when
/// it stands in the figure's noun phrase or is the predicate of its clause: right before the
/// figure as its verb or noun ("kills 9 members", "the death of 35 citizens"), or after the
/// people named, past a phrase of "of"/"from"/"in" ("20 members of the regime forces killed
/// during the attack"), auxiliaries and a relative pronoun ("17 members of the police were
/// wounded", "casualties who were killed"), or ", all (of them)" ("rises to 12, all killed").
/// It is not tied when it is the verb of a relative clause with an object of its own ("the
/// group that killed the governor"), an active verb with an object ("... forces killed 5
/// civilians"), negated ("not killed"), or past a word that starts another clause ("and has
/// killed", a comma, "attended the funeral of those killed").
extension PhraseReader {
    static let tiePrepositions: Set<String> = ["of", "from", "in", "at", "among", "within", "with", "inside", "de", "du", "des",
                                               "d", "del", "en", "entre", "dans", "من", "في", "بين", "loyal", "affiliated",
                                               "belonging", "linked", "allied", "fidèles", "leales", "الموالية", "الموالين"]
    static let tieDeterminers: Set<String> = ["the", "a", "an", "le", "la", "les", "l", "un", "une", "el", "los", "las", "una",
                                              "unos", "unas"]
    static let tieRelatives: Set<String> = ["who", "that", "which", "whom", "qui", "que", "quienes", "cuales", "الذين", "الذي",
                                            "التي", "اللذين", "ممن"]
    static let tieAll: Set<String> = ["all", "tous", "toutes", "todos", "todas", "كلهم", "جميعهم"]
    /// Words between a verb or noun of a fate and the figure it governs ("kills at least 9",
    /// "the killing of some 5", "the number of members killed rises to 20").
    static let tieBefore: Set<String> = ["at", "least", "about", "some", "nearly", "around", "almost", "more", "than", "over",
                                         "up", "to", "of", "the", "another", "de", "des", "du", "les", "la", "el", "los", "las",
                                         "al", "menos", "moins", "au", "plus", "environ", "près", "unos", "unas", "من", "نحو",
                                         "حوالي", "ما", "يقارب", "لا", "يقل", "عن", "أكثر", "اكثر", "rises", "rose", "risen",
                                         "rising", "reaches", "reached", "climbs", "climbed", "stands", "stood", "is", "was"]
    /// Verbs of a crowd's taking part: a figure whose verb is one counts people there, not
    /// an event's toll ("5,000 people attended the funeral of those killed").
    static let crowdVerbs: Set<String> = [
        "attended", "attend", "attends", "attending", "gathered", "gather", "gathering", "marched", "march", "rallied",
        "protested", "demonstrated", "participated", "mourned", "assisté", "assistaient", "participé", "participaient",
        "rassemblés", "rassemblées", "manifesté", "défilé", "asistieron", "asisten", "participaron", "acudieron",
        "marcharon", "reunieron", "manifestaron", "شارك", "شاركوا", "حضر", "حضروا", "شيع", "شيعوا", "تظاهر", "تظاهروا",
    ]
    /// Nouns of a crowd at a funeral or a rally: a bare figure of them is no toll.
    static let crowdNouns: Set<String> = ["mourners", "attendees", "funeral-goers", "dolientes", "asistentes", "مشيعين",
                                          "المشيعين", "مشيع"]
    /// Nouns of a group's size the one table (``GroupPeopleWords``) does not hold as such:
    /// people of a group named by what they are to it, not by an event (review45 S2).
    static let moreGroupSizeWords: Set<String> = ["loyalists", "recruits", "عنصر", "عنصرا", "conscripts", "cadres"]
    /// Nouns of a group's size before its figure ("the group's strength is 5,000",
    /// "membership of 5,000", "effectifs de 5 000", "a force of 5,000": review45 S2).
    static let groupSizeBefore: Set<String> = ["strength", "membership", "headcount", "manpower", "effectifs", "efectivos",
                                               "force", "fuerza", "قوام", "قوامها", "قوامه", "تعداد",
                                               // fates4 (review47 S1): "an army of 5,000", "a militia of 5,000 men", "its
                                               // ranks swelled to 5,000", "the group's size is estimated at 5,000", "une
                                               // milice de 5000 combattants", "une armée de 5000 hommes" read 5,000 killed.
                                               "army", "militia", "ranks", "size", "armée", "milice", "rangs", "taille",
                                               "ejército", "milicia", "filas", "tamaño", "جيش", "ميليشيا"]

    /// Verbs of having before a group's figure ("has 5,000 members", "compte 300 combattants").
    static let havingVerbs: Set<String> = ["has", "have", "had", "numbers", "number", "counts", "boasts", "comprises", "compte",
                                           "comptent", "comptait", "comptaient", "compterait", "possède", "possèdent", "cuenta",
                                           "cuentan", "contaba", "tiene", "tienen", "يضم", "تضم", "يملك", "تملك",
                                           // fates4 (review47 S1, S12): "militia numbering some 5,000", "the group
                                           // commands/fields/can muster 5,000 fighters", "dispose de 5000 combattants".
                                           "numbering", "numbered", "commands", "command", "commanded", "fields", "field",
                                           "fielded", "fielding", "muster", "musters", "mustered", "commande", "commandait", "aligne",
                                           "alignent", "dispose", "disposent", "disposait", "comanda", "dispone", "disponen",
                                           "يقود", "تقود"]

    /// Verbs of a group's losing people (fates4, review47 S6): "ISIS lost 5,000 members",
    /// "has lost 5,000 fighters", "a perdu 5000 combattants", "perdió 5000 miembros", "خسر
    /// التنظيم 5000 عنصر". What a group loses is attrition (deaths, wounded, captured, deserted
    /// together), not a death count; "lost their lives" is a death (``lifeTakers``).
    static let lossVerbs: Set<String> = ["lost", "lose", "loses", "losing", "perdu", "perd", "perdent", "perdait", "perdaient",
                                         "perdió", "perdieron", "pierde", "pierden", "perdido", "perdía", "خسر", "خسرت", "خسروا",
                                         "يخسر", "تخسر", "فقد", "فقدت", "يفقد", "تفقد"]

    /// Who a loss verb's people are when they are no armed group's (review49 F17): a family,
    /// a household, an agency's or a newsroom's staff.
    static let civilianPeopleKinds: Set<String> = [
        "family", "families", "household", "households", "clan", "staff", "aid", "medical", "health", "humanitarian", "relief",
        "rescue", "press", "media", "crew", "famille", "familles", "foyer", "personnel", "familia", "familias", "hogar",
        "عائلة", "العائلة", "أسرة", "الأسرة", "عائلته", "عائلتها",
    ]

    /// Words of a people's standing where they are (fates4, review47 S12): "5,000 fighters are
    /// active in the area", "operate in the region", "remain in the area", "are still at
    /// large": a group's size, not an event's toll.
    static let presenceWords: Set<String> = [
        "active", "operate", "operates", "operating", "remain", "remains", "remained", "stationed", "based", "present",
        "deployed", "positioned", "entrenched", "actifs", "actives", "opèrent", "présents", "stationnés", "déployés", "basés",
        "restent", "demeurent", "activos", "operan", "presentes", "permanecen", "desplegados", "estacionados", "ينشطون",
        "ينتشرون", "متواجدون", "موجودون", "منتشرون", "يتواجدون",
    ]
    /// A group's hold on people after them: "under its command", "in its ranks", "sous son
    /// commandement", "dans ses rangs", "bajo su mando", "en sus filas", "في صفوفه", "تحت قيادته".
    static let holdNouns: Set<String> = ["command", "control", "ranks", "commandement", "rangs", "mando", "filas", "صفوفه",
                                         "صفوفها", "قيادته", "قيادتها"]
    /// Words that pass between people and a word of their standing ("are still", "sont toujours").
    static let presencePass: Set<String> = ["are", "is", "were", "was", "still", "currently", "reportedly", "now", "said", "believed",
                                            "to", "be", "sont", "étaient", "toujours", "encore", "son", "están", "estan", "siguen",
                                            "todavía", "aún", "لا", "يزالون", "زالوا", "ما"]

    /// Whether the noun at `i` names people a group holds (its members, fighters, soldiers,
    /// troops, ``GroupPeopleWords``), not civilians: "12 civilians remain trapped" or "the town
    /// lost 12 residents" say nothing of a group's size.
    func groupPerson(at i: Int) -> Bool {
        guard let w = word(at: i) else { return false }
        return GroupPeopleWords.rows.contains { GroupPeopleWords.words($0).contains(w) } || PhraseReader.groupSizeWords.contains(w)
            || PhraseReader.moreGroupSizeWords.contains(w)
            || ["soldiers", "soldier", "gunmen", "rebels", "insurgents", "jihadists", "militiamen", "men", "soldats", "soldados",
                "hombres", "hommes", "rebelles", "جنود", "جندي", "عناصر", "عنصر", "عنصرا",
                "جنديا", "مسلحا", "مسلحين", "مسلحون", "مسلح", "مقاتل", "مقاتلا", "مقاتلين"].contains(w)
    }

    /// The verb of a group's losing people that governs the figure (``lossVerbs``), with the
    /// words to quote; nil when none or the figure counts no people.
    func lossOfPeople(_ finding: Finding) -> (word: String, range: Range<Int>)? {
        var i = finding.start - 1
        var passed = 0
        while passed < 4, let w = word(at: i), PhraseReader.tieBefore.contains(w) || ["التنظيم", "الفصيل", "الجماعة", "داعش"].contains(w),
              !PhraseReader.lossVerbs.contains(w) { i -= 1; passed += 1 }
        guard let w = word(at: i), PhraseReader.lossVerbs.contains(w), let head = peopleHead(after: finding), groupPerson(at: head),
              !(word(at: i - 1).map { ["not", "no", "never", "لم", "ne", "no"].contains($0) } ?? false) else { return nil }
        // review49 F17: a family's members, an agency's staff members are people it lost
        // to death ("the family lost 12 members", "UNRWA has lost 12 staff members"), not
        // a group's strength.
        if let before = word(at: head - 1), PhraseReader.civilianPeopleKinds.contains(before) { return nil }
        var s = i - 1
        while let a = word(at: s), ["has", "have", "had", "a", "ont", "avait", "ha", "han", "había"].contains(a) { s -= 1 }
        if let subject = word(at: s), PhraseReader.civilianPeopleKinds.contains(subject) { return nil }
        return (tokens[i].text, i..<(head + 1))
    }

    /// A word after a figure's people that says they stand where they are or are held
    /// (``presenceWords``, ``holdNouns``), and the words to quote; nil if none.
    func presenceOfPeople(_ finding: Finding) -> (word: String, range: Range<Int>)? {
        guard let head = peopleHead(after: finding), groupPerson(at: head) else { return nil }
        var k = afterPeople(finding)
        var passed = 0
        while passed < 4, let w = word(at: k) {
            if PhraseReader.presenceWords.contains(w) { return (tokens[k].text, finding.start..<(k + 1)) }
            // "at large", "en fuite", "prófugos".
            if w == "at", word(at: k + 1) == "large" { return (tokens[k + 1].text, finding.start..<(k + 2)) }
            // "under its command", "in its ranks", "dans ses rangs", "في صفوفه".
            if ["under", "in", "within", "sous", "dans", "bajo", "en", "في", "تحت"].contains(w) {
                var j = k + 1
                if let d = word(at: j), ["its", "their", "his", "her", "the", "group's", "son", "ses", "leurs", "leur", "su", "sus"].contains(d) { j += 1 }
                if let n = word(at: j), PhraseReader.holdNouns.contains(n) { return (tokens[j].text, finding.start..<(j + 1)) }
                if let n = word(at: k + 1), PhraseReader.holdNouns.contains(n) { return (tokens[k + 1].text, finding.start..<(k + 2)) }
                return nil
            }
            guard PhraseReader.presencePass.contains(w) else { return nil }
            k += 1
            passed += 1
        }
        return nil
    }

    /// The group a part of which the figure's clause speaks of (fates4, review47 S5): "of its
    /// 5,000 fighters, many were killed", "the death toll among the group's 5,000 fighters":
    /// the figure is the whole, a part of it met the fate. The words to quote; nil if none.
    func partitiveWhole(_ finding: Finding) -> Range<Int>? {
        guard let head = peopleHead(after: finding), groupPerson(at: head) else { return nil }
        var i = finding.start - 1
        var passed = 0
        while passed < 4, i >= 0, word(at: i).map({ ["its", "their", "his", "the", "group", "group's", "s", "organisation", "organization",
                                                     "militia", "ses", "leurs", "les", "sus", "los", "las", "all", "total"].contains($0) }) == true
                || isPunctuation("'", at: i) || isPunctuation("\u{2019}", at: i) {
            i -= 1
            passed += 1
        }
        guard let w = word(at: i) else { return nil }
        let clauseStarts = i == 0 || endsFateClause(i - 1)
        // "of its 5,000 fighters, many were killed", "parmi ses 5000 combattants, beaucoup ...".
        if ["of", "out", "among", "parmi", "sur", "de", "entre", "من"].contains(w), clauseStarts || (w == "of" && word(at: i - 1) == "out" && (i == 1 || endsFateClause(i - 2))) {
            let after = afterPeople(finding)
            if isPunctuation(",", at: after) || isPunctuation("\u{060C}", at: after) { return (w == "of" && word(at: i - 1) == "out" ? i - 1 : i)..<(head + 1) }
        }
        // "the death toll among the group's 5,000 fighters", "les pertes parmi ses 5000 combattants".
        if ["among", "amongst", "parmi", "entre", "بين"].contains(w), let f = tieFate(at: i - 1), ["killed", "injured", "casualties"].contains(f) || word(at: i - 1) == "toll" {
            return (i - 1)..<(head + 1)
        }
        return nil
    }

    /// A verb of suffering whose object is a fate ("12 people suffered injuries", "sustained
    /// serious injuries", "ont subi des blessures"): that fate's measure (fates4, review47 N1:
    /// the measure column had lost "injured").
    func sufferedFate(at k: Int) -> String? {
        guard let w = word(at: k), ["suffered", "sustained", "suffer", "suffers", "sustain", "sustains", "subi", "subissent", "sufrieron",
                                    "sufren", "sufrió", "تعرضوا", "أصيبوا"].contains(w) else { return nil }
        for j in (k + 1)...(k + 3) {
            if let m = tieFate(at: j) { return m }
            guard let v = word(at: j), ["serious", "severe", "minor", "light", "critical", "grave", "des", "de", "heridas", "graves", "lesiones", "the"].contains(v) else { return nil }
        }
        return nil
    }

    /// The measure a word of a fate names at `i` (``fateMeasure(at:)``, the fate verbs and the
    /// measure phrases), or nil.
    func tieFate(at i: Int) -> String? {
        guard i >= 0, i < tokens.count else { return nil }
        if let m = fateMeasure(at: i) { return m }
        if let w = word(at: i), let m = PhraseReader.fateVerbs[w] { return m }
        return measureWord(at: i)?.measure
    }

    /// The predicate after a noun of people that ends before `start`: the index of the word
    /// past the phrases of "of"/"from"/"in", a relative pronoun and auxiliaries, the number of
    /// auxiliaries passed, and whether a relative pronoun or ", all" was passed.
    func predicate(after start: Int) -> (at: Int, aux: Int, relative: Bool) {
        var k = start
        while let w = word(at: k), PhraseReader.tiePrepositions.contains(w) {
            var j = k + 1
            if word(at: j).map(PhraseReader.tieDeterminers.contains) == true { j += 1 }
            var n = 0
            while n < 6 {
                // A list of nouns in the phrase: "of the factions, jihadis and the regime".
                if isPunctuation(",", at: j), let a = word(at: j + 1), tieFate(at: j + 1) == nil, !PhraseReader.fateAuxiliaries.contains(a),
                   (j + 2...j + 3).contains(where: { word(at: $0).map(vocab.andWords.contains) == true }),
                   !((j + 1)...(j + 2)).contains(where: { k in k < tokens.count && word(at: k) == nil }) {
                    j += 2
                    n += 1
                    continue
                }
                guard let w2 = word(at: j), tieFate(at: j) == nil, !PhraseReader.tieRelatives.contains(w2),
                      !PhraseReader.fateAuxiliaries.contains(w2), !PhraseReader.tieDeterminers.contains(w2),
                      !PhraseReader.tiePrepositions.contains(w2) else { break }
                if vocab.andWords.contains(w2) {
                    // "of the police and the army were wounded"; not "and has killed".
                    guard let next = word(at: j + 1), !PhraseReader.fateAuxiliaries.contains(next), tieFate(at: j + 1) == nil else { break }
                    j += PhraseReader.tieDeterminers.contains(next) ? 2 : 1
                    continue
                }
                j += 1
                n += 1
            }
            if n == 0 { break }
            k = j
        }
        var relative = false
        if isPunctuation(",", at: k), let w = word(at: k + 1), PhraseReader.tieAll.contains(w) {
            k += 2
            if word(at: k) == "of", word(at: k + 1).map({ ["them", "those"].contains($0) }) == true { k += 2 }
            relative = true
        } else if let w = word(at: k), PhraseReader.tieRelatives.contains(w) {
            k += 1
            relative = true
        }
        var aux = 0
        while aux < 4, let w = word(at: k), PhraseReader.fateAuxiliaries.contains(w) || ["been", "being", "got"].contains(w) {
            k += 1
            aux += 1
        }
        return (k, aux, relative)
    }

    /// The fate word that is the predicate after a noun of people ending before `start`
    /// (``predicate(after:)``): its measure, its index, and the other fate an "and"/"or"
    /// joins to it ("killed or injured"); nil when the word there is none, or is an active
    /// verb with an object of its own ("that killed the governor", "killed 5 civilians").
    func predicateFate(after start: Int) -> (measure: String, at: Int, joined: String?)? {
        let (k, aux, _) = predicate(after: start)
        guard let m = tieFate(at: k) else { return nil }
        let end = (k < tokens.count ? measureWord(at: k)?.end : nil) ?? (k + 1)
        if aux == 0, hasObject(at: end) { return nil }
        var joined: String? = nil
        if let j = word(at: end), vocab.andWords.contains(j) || PhraseReader.orWords.contains(j), let m2 = tieFate(at: end + 1), m2 != m {
            joined = m2
        }
        return (m, k, joined)
    }

    /// Whether every word of a fate in the text stands where it cannot be what befell the
    /// people a figure counts: there is none; the figure's verb is a crowd's ("5,000 people
    /// attended the funeral of those killed"); or each is a verb with an object of its own
    /// ("and has killed civilians", "the group that killed the governor"), an event in time
    /// ("after the killing"), "those killed", or a part of them ("some of them wounded").
    /// The group-size refusal asks for this as well as no tie (``tiedFate(_:)``), since a
    /// tie the walk cannot find (quotes, apostrophes, asides in real headlines) is no
    /// evidence that the word stands elsewhere.
    func fateWordsStandElsewhere(_ finding: Finding) -> Bool {
        let (k, _, _) = predicate(after: afterPeople(finding))
        if let w = word(at: k), PhraseReader.crowdVerbs.contains(w) { return true }
        let fates = tokens.indices.filter { $0 < finding.start || $0 >= finding.end }.filter { measureWord(at: $0) != nil }
        return fates.allSatisfy { i in
            if hasObject(at: measureWord(at: i)?.end ?? (i + 1)) { return true }
            // A noun of the event after a word of time ("after the killing"; not "after killing
            // and executing 35 members", a verb that governs the figure).
            if word(at: i - 1).map(PhraseReader.tieDeterminers.contains) == true, let w = word(at: i - 2),
               ["after", "before", "since", "following", "après", "depuis", "tras", "después"].contains(w) { return true }
            if let w = word(at: i - 1), ["those", "ceux", "celles", "quienes", "los"].contains(w) { return true }
            if word(at: i - 1) == "them", word(at: i - 2) == "of",
               let q = word(at: i - 3), ["some", "many", "most", "several", "few", "one", "two", "three"].contains(q) { return true }
            return false
        }
    }

    /// Whether the word at `i` starts an object of the verb before it (a determiner, a noun
    /// of people or a number): "killed the governor", "has killed civilians", "killed 5".
    func hasObject(at i: Int) -> Bool {
        if let next = word(at: i), PhraseReader.tieDeterminers.contains(next) || vocab.personWords.contains(next)
            || PhraseReader.peopleKindWords[next] != nil { return true }
        if i < tokens.count, case .number = tokens[i].kind { return true }
        return false
    }

    /// The head noun of people after a figure (within three words), its index; nil if none.
    func peopleHead(after finding: Finding) -> Int? {
        var k = finding.end
        while k < finding.end + 3, let w = word(at: k) {
            if vocab.personWords.contains(w) || PhraseReader.peopleKindWords[w] != nil || PhraseReader.groupSizeWords.contains(w)
                || PhraseReader.moreGroupSizeWords.contains(w) || PhraseReader.crowdNouns.contains(w) { return k }
            if tieFate(at: k) != nil { return nil }
            k += 1
        }
        return nil
    }

    /// The measure of the fate word tied to a figure (see above), or nil when none is: the
    /// word beside it (``measureOf(_:)``), the verb or noun that governs it, or the predicate
    /// after its people.
    func tiedFate(_ finding: Finding) -> String? {
        if let m = measureOf(finding) { return m }
        if let m = governingFate(finding) { return m }
        if let m = predicateFate(after: afterPeople(finding))?.measure { return m }
        if let m = sufferedFate(at: predicate(after: afterPeople(finding)).at) { return m }
        // fates6 (review49 F11): "12 soldiers who were deployed to the area were killed".
        return fateAfterAside(finding)
    }

    /// The measure of a verb or noun of a fate that governs the figure from before it ("kills
    /// at least 9 members", "the killing of 5 members", "the number of members killed rises
    /// to 20"), not negated; nil if none.
    func governingFate(_ finding: Finding) -> String? {
        var i = finding.start - 1
        var passed = 0
        while passed < 4, let w = word(at: i), PhraseReader.tieBefore.contains(w), tieFate(at: i) == nil { i -= 1; passed += 1 }
        guard let m = tieFate(at: i),
              !(word(at: i - 1).map { ["not", "no", "never", "non", "sans", "sin", "لم", "لا", "غير"].contains($0) } ?? false) else { return nil }
        return m
    }

    /// The index after the people a figure counts (its head noun and the nouns of people
    /// right after it), or the figure's end when no noun of people follows it.
    func afterPeople(_ finding: Finding) -> Int {
        guard let head = peopleHead(after: finding) else { return finding.end }
        func people(_ i: Int) -> Bool {
            guard let w = word(at: i) else { return false }
            return vocab.personWords.contains(w) || PhraseReader.peopleKindWords[w] != nil || PhraseReader.groupSizeWords.contains(w)
                || PhraseReader.moreGroupSizeWords.contains(w)
        }
        var start = head + 1
        // "members and fighters were killed", "ISIS members and gunmen loyal to Iran".
        while true {
            if people(start) { start += 1; continue }
            if let w = word(at: start), vocab.andWords.contains(w) || PhraseReader.orWords.contains(w) {
                if people(start + 1) { start += 2; continue }
                if word(at: start + 1) != nil, tieFate(at: start + 1) == nil, people(start + 2) { start += 3; continue }
            }
            break
        }
        return start
    }

    /// Whether a word of a fate, in either voice, governs the figure or is the predicate of
    /// its clause (``predicate(after:)``): "300 fighters left the group", "5,000 members who
    /// joined", but not "5,000 members and has killed civilians" (measures9's check of a
    /// stock took any fate word of the clause).
    func fateWordTied(_ finding: Finding) -> Bool {
        if governingFate(finding) != nil { return true }
        let k = predicate(after: afterPeople(finding)).at
        return tieFate(at: k) != nil || sufferedFate(at: k) != nil
    }

    /// Whether the people after a figure are those of a family ("members of one family",
    /// "membres d'une même famille", "miembros de una misma familia", "من عائلة واحدة").
    func familyAfter(_ finding: Finding) -> Bool {
        let families: Set<String> = ["family", "families", "household", "famille", "familles", "familia", "familias", "عائلة", "أسرة", "اسرة", "عائلات"]
        return (finding.end..<(finding.end + 7)).contains { word(at: $0).map(families.contains) == true && !(finding.end..<$0).contains { endsFateClause($0) } }
    }

    /// A noun of a group's size (or a crowd) that a figure counts: after it ("5,000 members",
    /// "5,000 loyalists", "5000 عنصر", "5,000 mourners", "a 5,000-strong group") or before it
    /// ("the group's strength is 5,000", "membership of 5,000"). The word and the range to quote.
    func groupSizeNoun(_ finding: Finding) -> (word: String, range: Range<Int>)? {
        // "a 5,000-strong group", "a 5,000-member force": the finding holds the size suffix.
        if finding.end - 2 >= finding.start, isDash(at: finding.end - 2), let w = word(at: finding.end - 1), ["strong", "member", "man", "men"].contains(w) {
            return (tokens[finding.end - 1].text, finding.start..<finding.end)
        }
        // fates4 (review47 S1): "The group, 5,000 strong, has killed civilians", "the militia is 5,000 strong".
        if word(at: finding.end) == "strong" { return (tokens[finding.end].text, finding.start..<(finding.end + 1)) }
        if finding.end - 2 >= finding.start, isDash(at: finding.end - 1), word(at: finding.end).map({ ["strong", "man", "member"].contains($0) }) == true {
            return (tokens[finding.end].text, finding.start..<(finding.end + 1))
        }
        // fates4 (review47 R3): members of a family are people, not a group's size ("12 membres
        // d'une même famille tués", "12 members of one family").
        if familyAfter(finding) { return nil }
        var k = finding.end
        while k < finding.end + 3, k < tokens.count {
            if let w = word(at: k) {
                if PhraseReader.groupSizeWords.contains(w) || PhraseReader.moreGroupSizeWords.contains(w) || PhraseReader.crowdNouns.contains(w) {
                    return (tokens[k].text, finding.start..<(k + 1))
                }
                if tieFate(at: k) != nil || vocab.personWords.contains(w) { break }
            }
            k += 1
        }
        var i = finding.start - 1
        var passed = 0
        while passed < 3, let w = word(at: i), ["is", "was", "of", "de", "at", "stands", "stood", "estimated", "about", "around", "s", "'s",
                                                 "est", "es", "une", "una", "a", "an", "d", "to", "swelled", "grew", "grown", "reached",
                                                 "some", "nearly", "environ", "unos", "قوامه"].contains(w) {
            i -= 1
            passed += 1
        }
        if passed > 0 || i == finding.start - 1, let w = word(at: i), PhraseReader.groupSizeBefore.contains(w) {
            return (tokens[i].text, i..<finding.end)
        }
        // fates6 (review49 F13, F7): "a brigade of 3,000", "كتيبة من 500 جندي", "ISIS's fighters are
        // estimated at 5,000", "the brigade's 5,000 fighters", "with 5,000 fighters".
        if let unit = unitSizeBefore(finding) { return unit }
        // "ISIS has 5,000 fighters", "le groupe compte 300 combattants", "el grupo cuenta con 300
        // combatientes", "يضم التنظيم 5000 مقاتل": a verb of having before the figure counts
        // what the group holds.
        i = finding.start - 1
        passed = 0
        while passed < 3, let w = word(at: i), ["con", "about", "some", "around", "nearly", "estimated", "an", "environ", "près", "de",
                                                 "unos", "unas", "alrededor", "التنظيم", "الفصيل", "الجماعة", "نحو", "حوالي"].contains(w) {
            i -= 1
            passed += 1
        }
        if let w = word(at: i), PhraseReader.havingVerbs.contains(w) {
            var end = finding.end
            if let head = peopleHead(after: finding) { end = head + 1 }
            return (end > finding.end ? tokens[end - 1].text : tokens[i].text, i..<end)
        }
        return nil
    }
}
