/// Fates of a figure's people the first fate check (``PhraseReader/fateOfPeople(_:)``,
/// review43 S3) did not know, and who the dead are told to be (fates2). Each read a number,
/// exit 0, in a hostile review: `--measure idps "5,000 displaced returned home"` 5,000,
/// `refugees "5 refugees were deported"` 5, `kidnapped "5 hostages escaped"` 5, `members "300
/// fighters defected"` 300 (a flow out of the group, not its size), `civilians_killed "12
/// killed, most of them soldiers"` 12. The words are phrases of two or three words ("went
/// home", "sent back", "found dead", "ont fait défection") that one-word tables cannot hold.
extension PhraseReader {
    /// Phrases of a fate after the people and their auxiliaries, with the fate they name:
    /// returns home, deportation, escape, defection and surrender, in en, fr, es and ar
    /// (Arabic without harakat and with bare alef, as the lexer writes it).
    static let otherFatePhrases: [([String], String)] = {
        var out: [([String], String)] = []
        func add(_ fate: String, _ phrases: [String]) {
            for p in phrases { out.append((p.split(separator: " ").map(String.init), fate)) }
        }
        add("returned", ["went home", "went back", "came back", "came home", "gone home", "gone back", "go home", "go back",
                         "returned", "return", "retornaron", "retornado", "regresado", "volvieron", "volvido", "rentrés", "rentrées",
                         "rentres", "revenus", "revenues", "retournés", "retournées", "rentrés", "رجعوا", "رجع", "عادوا", "عاد", "عودة"])
        add("deported", ["deported", "deport", "deports", "expelled", "expel", "expels", "sent back", "pushed back", "turned back",
                         "turned away", "forcibly returned", "refouled", "expulsés", "expulsées", "expulsé", "expulse", "expulsent",
                         "refoulés", "refoulées", "refoulé", "refoule", "refoulent", "reconduits", "renvoyés", "renvoyées", "deportados",
                         "deportadas", "deportó", "deportaron", "deporta", "expulsados", "expulsadas", "expulsó", "expulsaron", "expulsa",
                         "devueltos", "devueltas", "رحلوا", "رحلت", "رحل", "ترحيل", "طرد", "طردت", "طردوا", "ابعاد", "ابعدت", "ابعدوا"])
        add("escaped", ["escaped", "escape", "escapes", "évadés", "évadées", "évadé", "évader", "échappés", "échappées", "échapper",
                        "enfuis", "enfuies", "escaparon", "escapado", "escapar", "fugaron", "fugado", "هربوا", "هرب", "هربت",
                        // dest26 (issue 12, silent): "500 pessoas escaparam para o Chade" read 500 under killed (pt escapes unknown).
                        "escaparam", "escapou", "escapó", "escapan", "enfui", "enfuie", "échappé", "échappée", "evadiram", "evadiu",
                        "فروا من الاسر"])
        add("defected", ["defected", "defect", "defects", "deserted", "desert", "fait défection", "déserté", "désertés", "désertent",
                         "desertaron", "desertado", "desertores", "انشقوا", "انشق", "انشقاق"])
        add("surrendered", ["surrendered", "surrender", "surrenders", "turned themselves in", "handed themselves over",
                            "laid down their arms", "rindieron", "rendido", "entregaron", "استسلموا", "استسلم", "سلموا انفسهم"])
        add("released", ["افرج", "اطلق سراح", "سراح", "الافراج عن", "libérés", "liberados", "freed", "released"])
        return out
    }()

    /// Fates only a group's size takes as no figure of it (``groupFlow(_:)``): joining,
    /// recruitment, leaving. A count of recruits is a flow into the group, as "300 fighters
    /// left the group" is one out of it; neither is how many it holds.
    static let groupFlowPhrases: [([String], String)] = {
        var out: [([String], String)] = []
        func add(_ fate: String, _ phrases: [String]) {
            for p in phrases { out.append((p.split(separator: " ").map(String.init), fate)) }
        }
        add("recruited", ["joined", "joined by", "was joined by", "join", "joins", "recruited", "enlisted", "signed up", "rejoint", "rejoignent", "recrutés",
                          "recrutées", "enrôlés", "unieron", "sumaron", "reclutados", "reclutadas", "alistados", "انضموا", "انضم",
                          "جندوا", "تجنيد"])
        add("left", ["left", "quit", "quitté", "quittent", "abandonaron", "abandonado", "salieron", "غادروا", "تركوا"])
        add("surrendered", ["rendus", "rendues"])
        return out
    }()

    /// Nouns of people the person words do not hold, before a fate ("5,000 displaced families
    /// returned home", "5 asylum seekers were deported").
    static let morePeople: Set<String> = ["families", "households", "familles", "ménages", "familias", "hogares", "seekers", "asylum",
                                          "asylum-seekers", "demandeurs", "solicitantes", "عائلة", "عائلات", "اسرة", "اسر"]

    /// Words between the people and their fate that the auxiliaries do not hold: "5 hostages
    /// managed to escape", "ont réussi à s'évader", "lograron escapar".
    static let fateLeadIns: Set<String> = ["managed", "to", "able", "réussi", "à", "lograron", "logrado", "pudieron", "de", "tried"]

    /// Verbs of finding that take the measure word after them as the fate ("were found
    /// dead", "retrouvés morts", "hallados muertos").
    static let foundWords: Set<String> = ["found", "discovered", "retrouvés", "retrouvées", "retrouvé", "découverts", "hallados",
                                          "halladas", "encontrados", "encontradas", "localizados"]

    /// Nouns and adjectives of people back home, right after the figure ("5,000 returnees",
    /// "5 000 rapatriés", "5.000 retornados", "5000 عائد"): returns, another measure than the
    /// displaced they were.
    static let returneeWords: Set<String> = ["returnees", "returnee", "returned", "repatriated", "rapatriés", "rapatriées", "retournés",
                                             "rentrés", "retornados", "retornadas", "repatriados", "عائد", "عائدين", "العائدين",
                                             "عائدون", "العائدون"]

    /// The end of the pool a zero is taken from ("not a single one of the 5 hostages", "pas un
    /// seul des 5 otages", "ni uno solo de los 5 rehenes", "none of the 5"), or nil. Only when a
    /// noun of people that is no measure word follows the pool: "None of the 12 killed were
    /// civilians" has 12 killed, and stays two numbers.
    func zeroPool(after e: Int) -> Int? {
        var k = e
        if let w = word(at: k), ["one", "un", "une", "uno", "una"].contains(w) { k += 1 }
        guard let of = word(at: k), ["of", "des", "de", "d", "among", "parmi", "entre"].contains(of) else { return nil }
        k += 1
        if isPunctuation("'", at: k) { k += 1 }
        if let w = word(at: k), ["the", "les", "los", "las", "ces", "these", "those", "estos", "estas"].contains(w) { k += 1 }
        let isPool = isNumber(at: k) || word(at: k).map { vocab.isNumberWord($0) && !PhraseReader.oneWords.contains($0) } == true
        guard isPool, let noun = word(at: k + 1), vocab.measures[noun] == nil, !vocab.casualtyWords.contains(noun),
              vocab.personWords.contains(noun) || PhraseReader.peopleKindWords[noun] != nil || vocab.statusMeasures[noun] != nil
        else { return nil }
        return k + 1
    }

    /// Whether the token at `k` is a number.
    func isNumber(at k: Int) -> Bool {
        guard k >= 0, k < tokens.count, case .number = tokens[k].kind else { return false }
        return true
    }

    /// A longest phrase of `table` at `k`, its fate and end.
    func fatePhrase(_ table: [([String], String)], at k: Int) -> (fate: String, end: Int)? {
        var best: (String, Int)? = nil
        for (p, fate) in table where (0..<p.count).allSatisfy({ word(at: k + $0) == p[$0] }) {
            if p.count > (best.map { $0.1 - k } ?? 0) { best = (fate, k + p.count) }
        }
        return best
    }

    /// The fate a phrase at `k` names after the people ("returned home", "were found dead",
    /// "were sent back", "managed to escape"), or nil.
    func otherFate(at k: Int, table: [([String], String)] = PhraseReader.otherFatePhrases) -> (fate: String, end: Int)? {
        var k = k
        var steps = 0
        while steps < 4, isPunctuation("'", at: k) || word(at: k).map({ PhraseReader.fateLeadIns.contains($0) || PhraseReader.fateAuxiliaries.contains($0) }) == true {
            k += 1; steps += 1
        }
        if let w = word(at: k), PhraseReader.foundWords.contains(w), let (m, end, _) = measureWord(at: k + 1) { return (m, end) }
        return fatePhrase(table, at: k)
    }

    /// The measures a measure name's own words name as fates: `returnees` takes returns,
    /// `deportations` deportations, `hostages_released` releases (a figure of them is its own).
    static func fatesNamedByWords(_ measure: String) -> Set<String> {
        let words = MeasureCatalog.words(of: MeasureCatalog.canonicalName(measure))
        var out: Set<String> = []
        for w in words {
            switch w {
            case "returnees", "returnee", "returns", "return", "returned", "repatriated", "repatriations", "repatriation",
                 "retornados", "rapatriés", "retours", "retour", "retornos": out.insert("returned")
            case "deported", "deportations", "deportation", "deportees", "expelled", "expulsions", "expulsés", "deportados":
                out.insert("deported")
            case "escaped", "escapes", "escapees": out.insert("escaped")
            case "released", "releases", "freed", "liberated": out.insert("released")
            case "defections", "defectors", "defected", "deserters", "desertions": out.insert("defected")
            case "surrenders", "surrendered": out.insert("surrendered")
            case "recruits", "recruited", "recruitment", "recruitments": out.insert("recruited")
            default: break
            }
        }
        return out
    }

    /// Whether a fate told of a figure's people is the one a measure counts: one of
    /// ``fatesAsked(by:)``, one its name's words name (`returnees`: returns), or an escape
    /// for the displaced ("5,000 civilians escaped the fighting" fled it).
    static func fateFits(_ fate: String, asked: Set<String>, measure: String) -> Bool {
        if asked.contains(fate) || fatesNamedByWords(measure).contains(fate) { return true }
        return fate == "escaped" && asked.contains("displaced")
    }

    /// A flow of a group's people in words, for messages ("300 fighters defected" counts
    /// people who defected or deserted).
    static func describeGroupFlow(_ fate: String) -> String {
        switch fate {
        case "defected": return "defected or deserted"
        case "recruited": return "joined or were recruited"
        case "left": return "left"
        case "surrendered": return "surrendered"
        case "returned": return "returned"
        case "deported": return "were deported"
        case "escaped": return "escaped"
        case "released": return "were released"
        case "arrested": return "were arrested"
        case "killed": return "were killed"
        case "injured": return "were injured"
        default: return "were " + Vocabulary.describe(measure: fate)
        }
    }

    /// A flow into or out of a group told of a figure of its people ("300 fighters
    /// defected", "300 fighters joined", "300 fighters left the group", "انشق 300 مقاتل"), for
    /// a measure of the group's size (`members`): the fate, its words and the words to quote.
    func groupFlow(_ finding: Finding) -> (fate: String, word: String, span: Range<Int>)? {
        var k = finding.end, steps = 0
        while steps < 4, let w = word(at: k), vocab.personWords.contains(w) || PhraseReader.peopleKindWords[w] != nil
            || vocab.statusMeasures[w] != nil {
            k += 1; steps += 1
        }
        if k > finding.end, let (f, end) = otherFate(at: k, table: PhraseReader.otherFatePhrases + PhraseReader.groupFlowPhrases) {
            return (f, phrase(k..<end), finding.start..<end)
        }
        // Before it: "انضم 300 مقاتل", "the group was joined by 300 fighters". Not a verb of
        // leaving, which before a figure is a toll's ("the split left 300 fighters").
        if let at = [finding.start - 1, finding.start - 2].first(where: { i in
            i >= 0 && fatePhrase(PhraseReader.otherFatePhrases + PhraseReader.groupFlowPhrases, at: i)?.end == finding.start }),
           let (f, _) = fatePhrase(PhraseReader.otherFatePhrases + PhraseReader.groupFlowPhrases, at: at), f != "left" {
            return (f, phrase(at..<finding.start), at..<finding.end)
        }
        return nil
    }

    /// A verb of a fate before the figure in the word orders of wire copy and Arabic:
    /// right before it ("authorities deported 5 refugees", "انشق 300 مقاتل", "أفرج عن 5"),
    /// or with the subject or "عن" between ("رحّلت السلطات 5 لاجئين").
    func fateBefore(_ finding: Finding) -> (fate: String, at: Int)? {
        let between: Set<String> = ["عن", "السلطات", "الشرطة", "الجيش", "القوات", "the", "les", "los", "las"]
        for start in [finding.start - 1, finding.start - 2, finding.start - 3] where start >= 0 {
            if let (f, end) = fatePhrase(PhraseReader.otherFatePhrases, at: start), end <= finding.start,
               (end..<finding.start).allSatisfy({ word(at: $0).map(between.contains) == true }) {
                return (f, start)
            }
        }
        return nil
    }

    /// Group words of a figure's phrase the one-word table of ``group(of:)`` does not hold
    /// (fates2): police as a noun ("12 police killed", "12 police officers", "الشرطة"),
    /// gendarmes, the security forces ("members of the security forces", "forces de
    /// sécurité", "fuerzas de seguridad", "قوات الأمن") and a side's forces ("regime
    /// forces"). "police" before another noun ("a police station") names no one; "the
    /// police said" is a speaker, which the phrase of a figure does not reach.
    func figureGroup(at j: Int) -> (word: String, group: String)? {
        guard let w = word(at: j) else { return nil }
        if let g = PhraseReader.group(of: w) { return (tokens[j].text, g) }
        let next = word(at: j + 1), prev = word(at: j - 1), prev2 = word(at: j - 2)
        let policeNouns: Set<String> = ["officers", "officer", "men", "agents", "personnel", "members", "elements", "staff"]
        switch w {
        case "police", "policía", "polícia", "شرطة", "الشرطة", "والشرطة":
            if let next, policeNouns.contains(next) { return (tokens[j].text + " " + tokens[j + 1].text, "police") }
            if next == nil || next.map({ PhraseReader.fateAuxiliaries.contains($0) || vocab.andWords.contains($0) || vocab.measures[$0] != nil
                || PhraseReader.dies($0) || PhraseReader.group(of: $0) != nil || ["who", "qui", "que", "quienes"].contains($0) }) == true
                || (w.hasPrefix("ال") || w == "شرطة") && prev.map({ ["من", "عناصر", "افراد", "رجال", "كلهم", "جميعهم", "معظمهم", "اغلبهم"].contains($0) }) == true {
                return (tokens[j].text, "police")
            }
            return nil
        case "gendarmes", "gendarme", "gendarmerie", "carabineros", "شرطيا", "شرطيين", "شرطيون", "الدرك":
            return (tokens[j].text, "police")
        case "security", "sécurité", "seguridad", "الامن", "امن":
            if w == "security", let next, ["forces", "force", "personnel", "officers", "men", "agents", "guards", "services"].contains(next) {
                return (tokens[j].text + " " + tokens[j + 1].text, "security forces")
            }
            if prev == "de", let prev2, ["forces", "fuerzas", "agents", "agentes", "éléments", "elementos", "membres", "miembros", "cuerpos"].contains(prev2) {
                return (tokens[j - 2].text + " " + tokens[j - 1].text + " " + tokens[j].text, "security forces")
            }
            if let prev, ["قوات", "عناصر", "رجال", "افراد"].contains(prev) { return (tokens[j - 1].text + " " + tokens[j].text, "security forces") }
            return nil
        case "forces", "fuerzas":
            if let prev, ["government", "regime", "army", "armed", "pro-government", "military", "syrian", "iraqi", "afghan", "israeli",
                          "russian", "ukrainian", "gubernamentales", "armadas", "gouvernementales", "armées", "régime", "régimen"].contains(prev)
                || next.map({ ["armées", "armadas", "gouvernementales", "gubernamentales", "du", "del"].contains($0) }) == true {
                return (tokens[j].text, "military")
            }
            return nil
        default:
            return nil
        }
    }

    /// Words that say "most of them" (fates2): a part of the figure's people, named after it,
    /// weighed as "all of them" is ("12 killed, most of them soldiers", "pour la plupart des
    /// militaires", "la mayoría soldados", "معظمهم من الجنود").
    static let mostOfThem: Set<String> = ["most", "mostly", "mainly", "largely", "majority", "predominantly", "chiefly", "plupart",
                                          "majorité", "principalement", "majoritairement", "essentiellement", "mayoría", "mayoritariamente",
                                          "principalmente", "mayormente", "معظمهم", "اغلبهم", "غالبيتهم", "معظم", "اغلب", "غالبية"]
    /// "2 of them", "among them", "d'entre eux", "de ellos", "منهم" after a figure of a part.
    static let ofThemWords: Set<String> = ["of", "them", "whom", "among", "d", "entre", "eux", "elles", "de", "ellos", "ellas", "منهم", "بينهم", "parmi"]
    /// Nouns and pronouns a sentence about the dead begins with ("12 killed; the dead were all
    /// soldiers", "12 killed. Most of them were soldiers", "les victimes étaient des militaires").
    static let deadSubjects: Set<String> = ["dead", "victims", "killed", "they", "those", "morts", "victimes", "tués", "ils", "muertos",
                                            "víctimas", "fallecidos", "ellos", "القتلى", "الضحايا", "قتلى", "ضحايا", "وكان", "كان"]
    static let deadCopulas: Set<String> = ["were", "was", "are", "is", "étaient", "était", "sont", "eran", "era", "son", "fueron", "كانوا", "كان",
                                       "all", "tous", "todos", "كلهم", "جميعهم"]

    /// Who the figure's people are said to be after it (fates2, beside the "all of them" of
    /// phrases31): "most of them soldiers", "mostly soldiers", "2 of them soldiers", "the
    /// dead were soldiers", and a next sentence about the dead. Each group found, its words
    /// and group.
    func peopleNamedAfter(from start: Int) -> [(word: String, group: String)] {
        var out: [(String, String)] = []
        func groupAfter(_ j0: Int) {
            var j = j0
            while j < j0 + 5, isNumber(at: j) || isPunctuation("'", at: j) { j += 1 }
            while j < j0 + 5, let f = word(at: j), PhraseReader.allOfThemFillers.contains(f) || PhraseReader.ofThemWords.contains(f)
                || PhraseReader.mostOfThem.contains(f) || PhraseReader.allOfThem.contains(f) || PhraseReader.deadCopulas.contains(f)
                || ["la", "le", "les", "en", "su", "pour", "the", "من", "members", "membres", "miembros", "elements", "éléments",
                    "elementos", "عناصر", "افراد"].contains(f) || isPunctuation("'", at: j) || isNumber(at: j) {
                j += 1
            }
            if j < tokens.count, isPunctuation("'", at: j) { j += 1 }
            // The noun up to four words on ("most of them members of the regime forces"), to
            // punctuation or "by". A noun of the one-word table ends its phrase ("all military
            // bases" names none); ``figureGroup(at:)`` weighs its own words.
            for i in j..<(j + 4) {
                guard let w = word(at: i), !["by", "par", "por", "in", "en", "at", "à", "near", "près", "في"].contains(w) else { return }
                if let g = figureGroup(at: i), PhraseReader.group(of: w) == nil || groupNounEnds(at: i) {
                    out.append(g)
                    return
                }
            }
        }
        var k = start
        var sentences = 0
        while k < tokens.count {
            if isPunctuation(".", at: k) || isPunctuation(";", at: k) || isPunctuation("!", at: k) {
                // A next sentence about the same dead: its subject first.
                sentences += 1
                var s = k + 1
                if let w = word(at: s), ["the", "les", "los", "las"].contains(w) { s += 1 }
                guard sentences < 2, let w = word(at: s),
                      PhraseReader.deadSubjects.contains(w) || PhraseReader.mostOfThem.contains(w) || PhraseReader.allOfThem.contains(w)
                else { break }
                k = s
                continue
            }
            if ["by", "par", "por"].contains(word(at: k) ?? "") { break }
            if let w = word(at: k), PhraseReader.mostOfThem.contains(w) {
                groupAfter(k + 1)
            } else if let w = word(at: k), PhraseReader.deadSubjects.contains(w), k > start, let c = word(at: k + 1), PhraseReader.deadCopulas.contains(c) {
                groupAfter(k + 1)
            } else if case .number = tokens[k].kind, let o = word(at: k + 1), ["of", "among", "d", "de", "منهم", "بينهم", "parmi", "entre"].contains(o),
                      word(at: k + 2).map({ ["them", "whom", "eux", "elles", "ellos", "ellas", "entre"].contains($0) }) == true || o == "منهم" || o == "بينهم" {
                groupAfter(k + 1)
            } else if let w = word(at: k), PhraseReader.allOfThem.contains(w) || ["بينهم", "منهم"].contains(w) {
                groupAfter(k + 1)
            } else if let (e, _) = match(vocab.partsBefore, at: k) {
                // "dont 2 gendarmes", "including 2 police officers": the groups this table adds.
                groupAfter(e)
                k = e
                continue
            }
            k += 1
        }
        return out
    }
}
