/// fates7 (review50 F2, F9 twins): the people a figure counts as the agent of a passive ("the
/// city is held by 5,000 fighters", "a policeman was killed by 3 gunmen"), people who moved or
/// served ("5,000 migrants crossed the border", "5,000 peacekeepers serve in Mali"), and
/// people who killed in the voices where the verb can only be active ("12 soldats ont tué",
/// "12 pistoleros mataron a un policía", "12 مسلحا قتلوا المحافظ"). Kept apart from the tie
/// (Fates.swift) and fates6 (Fates6.swift), which it uses.
extension PhraseReader {
    /// Words that name the agent of a passive before the figure ("held by 5,000 fighters",
    /// "tenue par 5000 combattants", "controlada por 5000 combatientes").
    static let agentWords: Set<String> = ["by", "par", "por"]
    /// Verbs a place is taken by before "to" ("the town fell to 5,000 fighters", "was lost to").
    static let fellToWords: Set<String> = ["fell", "fallen", "falls", "falling", "lost", "surrendered"]
    /// A count's nouns: "the toll fell to 12 soldiers" is the toll's figure.
    static let countNouns: Set<String> = ["toll", "number", "count", "figure", "tally", "total", "death", "deaths", "dead"]
    /// Nouns of holding or attacking before "of" and the figure ("under the control of 5,000
    /// fighters", "in the hands of", "an offensive of 5,000 fighters").
    static let holderNouns: Set<String> = ["control", "hands", "grip", "grasp", "offensive", "assault", "incursion", "invasion", "siege",
                                           "raid", "attack", "onslaught", "advance"]
    /// Words that may stand between the agent word and the figure ("by some 5,000 fighters",
    /// "by up to", "par près de", "por unos").
    static let agentPass: Set<String> = ["some", "about", "around", "nearly", "almost", "over", "more", "than", "at", "least", "up", "to",
                                         "an", "estimated", "roughly", "approximately", "environ", "près", "de", "plus", "quelque",
                                         "unos", "unas", "alrededor", "más", "casi", "cerca", "aproximadamente"]
    /// Words before "by" that make the figure a change or a comparison, not an agent ("rose by
    /// 12", "outnumbered by 3 to 1"), or a rate.
    static let notAgentVerbs: Set<String> = [
        "rose", "risen", "rise", "rises", "rising", "increased", "increase", "increases", "increasing", "up", "down", "fell", "fallen",
        "falls", "dropped", "drop", "decreased", "decrease", "reduced", "reduce", "grew", "grown", "climbed", "jumped", "declined",
        "exceeded", "outnumbered", "multiplied", "divided", "times", "one", "side", "surpassed", "lower", "higher", "more", "less",
        "fewer", "augmenté", "augmente", "baissé", "baisse", "diminué", "multiplié", "divisé", "aumentó", "aumenta", "aumentado",
        "disminuyó", "disminuye", "bajó", "subió", "multiplicado", "dividido", "superado", "cada", "chaque", "per",
    ]

    /// The figure as the agent of a passive: it follows "by"/"par"/"por" (or Arabic "من قبل")
    /// after a verb ("the city is held by 5,000 fighters", "the area is patrolled by 5,000
    /// troops", "attacked by 500 fighters", "a policeman was killed by 3 gunmen", "tenue par
    /// 5000 combattants", "controlada por 5000 combatientes": each read as the killed, exit 0,
    /// review50 F2). Its people did the act, whatever befell others. A people's noun after the
    /// figure, or a past participle before "by", is asked for; a change ("rose by 12") or a
    /// comparison is none. Nil when a fate of the figure's people follows as their own verb
    /// ("attacked by 500 fighters who were killed"). The verb and the words to quote.
    func agentOfPassive(_ finding: Finding, fits: (String) -> Bool) -> (word: String, range: Range<Int>)? {
        // "surrounded by 12 dead": the figure's own fate word after it.
        if let m = measureWord(at: finding.end)?.measure, fits(m) { return nil }
        var i = finding.start - 1
        var passed = 0
        while passed < 4, let w = word(at: i), PhraseReader.agentPass.contains(w) {
            i -= 1
            passed += 1
        }
        let arabic = word(at: i) == "قبل" && word(at: i - 1) == "من"
        // The holders or takers said by a noun or "fell to" (review51 F5: "the town fell to
        // 5,000 fighters", "under the control of 5,000 fighters", "in the hands of", "an
        // offensive of 5,000 fighters" read 5,000 killed): with a noun of people after the figure.
        // ("to" is also a word passed: "up to"; each place back to `i` is tried.)
        for t in stride(from: finding.start - 1, through: i, by: -1) {
            if let to = word(at: t), let before = word(at: t - 1),
               (to == "to" && PhraseReader.fellToWords.contains(before)) || (to == "of" && PhraseReader.holderNouns.contains(before)),
               let head = peopleHead(after: finding), !fateFollowsAct(after: head, fits: fits),
               // A toll "fell to 12 people" is its figure: a place falls to fighters, troops.
               to == "of" || (groupPerson(at: head) && !((t - 6)..<(t - 1)).contains { word(at: $0).map(PhraseReader.countNouns.contains) == true }) {
                return (before, (t - 1)..<(head + 1))
            }
        }
        guard let by = word(at: i), PhraseReader.agentWords.contains(by) || arabic else { return nil }
        // Arabic "من قبل 5000 مقاتل": the verb stands far before (a noun of the act most often).
        if arabic, let head = peopleHead(after: finding), !fateFollowsAct(after: head, fits: fits) {
            return ("من قبل", (i - 1)..<(head + 1))
        }
        if arabic { return nil }
        var v = i - 1
        // A verb with its particle: "carried out by", "set off by", "taken over by".
        if let p = word(at: v), ["out", "off", "over", "away"].contains(p), let w = word(at: v - 1),
           w.hasSuffix("ed") || w.hasSuffix("en") || ["carried", "set", "taken", "blown", "wiped", "held", "shot", "sought", "put"].contains(w) {
            v -= 1
        }
        // A verb of change ("raised by 12", the tables' ``LanguageTable/changes``) is left to
        // the rule of increments.
        guard let verb = word(at: v), !PhraseReader.notAgentVerbs.contains(verb), !vocab.changes.contains(verb), !vocab.isNumberWord(verb) else { return nil }
        if v >= 0, case .number = tokens[v].kind { return nil }
        let head = peopleHead(after: finding)
        let participle = verb.hasSuffix("ed") || verb.hasSuffix("en") || tieFate(at: v) != nil
            || ["held", "led", "shot", "hit", "struck", "fought", "won", "beaten", "overrun", "run", "caught", "seen", "manned",
                "tenue", "tenu", "tenues", "tenus", "menée", "mené", "menés", "contrôlée", "contrôlé", "contrôlés", "assiégée", "assiégé",
                "encerclée", "encerclé", "attaquée", "attaqué", "occupée", "occupé", "défendue", "défendu", "soutenue", "soutenu",
                "dirigée", "dirigé", "gardée", "gardé", "prise", "pris", "controlada", "controlado", "sitiada", "sitiado", "rodeada",
                "rodeado", "atacada", "atacado", "ocupada", "ocupado", "defendida", "defendido", "apoyada", "apoyado", "liderada",
                "liderado", "dirigida", "dirigido", "custodiada", "custodiado", "tomada", "tomado", "asaltada", "asaltado"].contains(verb)
            || ((verb.hasSuffix("ée") || verb.hasSuffix("és") || verb.hasSuffix("ées") || verb.hasSuffix("ada") || verb.hasSuffix("ado")
                 || verb.hasSuffix("adas") || verb.hasSuffix("ados") || verb.hasSuffix("ida") || verb.hasSuffix("ido")) && verb.count > 4)
        guard head != nil || participle else { return nil }
        // French "par" and Spanish "por" are also rates ("12 tués par jour"): a noun of people
        // after the figure, or a participle before, says it is an agent; "por" of a cause
        // ("muertos por 5 disparos") has no people.
        if by != "by" && !arabic && head == nil { return nil }
        if fateFollowsAct(after: head ?? (finding.end - 1), fits: fits) { return nil }
        let end = head.map { $0 + 1 } ?? finding.end
        return (tokens[v].text, v..<end)
    }

    /// Verbs of moving from place to place, of any people: "5,000 migrants crossed the border",
    /// "5,000 crossed into Chad", "5,000 people travelled to the capital", "5,000 people reached
    /// the city" read as the killed (exit 0). Under a measure of displacement they are left to
    /// its rules (this is asked only under deaths and injuries).
    static let movementVerbs: Set<String> = [
        "crossed", "cross", "crosses", "crossing", "travelled", "traveled", "travel", "travels", "reached", "walked", "trekked",
        "journeyed", "sailed", "swam", "poured", "streamed", "headed", "moved", "relocated", "migrated", "emigrated", "flowed",
        "traversé", "traversent", "franchi", "franchissent", "voyagé", "cruzaron", "cruzan", "atravesaron", "atraviesan", "viajaron",
        "عبروا", "ساروا", "توجهوا", "انتقلوا", "يعبرون",
    ]
    /// Verbs of a group's people serving or standing guard: "5,000 peacekeepers serve in the
    /// mission", "5,000 troops patrol the border".
    static let serviceVerbs: Set<String> = [
        "serve", "serves", "served", "serving", "patrol", "patrols", "patrolling", "guard", "guards", "guarding", "man", "manning",
        "besiege", "besieges", "besieged", "surround", "surrounding", "encircle", "encircled", "encircling", "occupying", "occupies",
        "servent", "patrouillent", "assiègent", "encerclent", "sirven", "patrullan", "sitian", "rodean", "يخدمون", "يحاصرون", "حاصروا",
    ]
    /// Verbs before a figure that make its people part of an operation: "the offensive involved
    /// 5,000 fighters", "an operation involving 3,000 soldiers".
    static let involvingVerbs: Set<String> = ["involved", "involving", "involves", "involve", "comprised", "comprising", "mobilising",
                                              "impliquant", "impliqué", "mobilisant", "involucró", "involucrando", "movilizando"]

    /// The figure's people moved (``movementVerbs``), served (``serviceVerbs``, a group's people)
    /// or took part in an operation (``involvingVerbs``, a group's people): the verb and the
    /// words to quote; nil when a fate that `fits` is tied to the figure or follows as the
    /// people's own verb ("12 migrants crossed the border and drowned").
    func movementOfPeople(_ finding: Finding, fits: (String) -> Bool) -> (word: String, range: Range<Int>)? {
        if let m = tiedFate(finding), fits(m) { return nil }
        if measureOf(finding) != nil { return nil }
        // Peacekeepers and police serve too; they are no group's strength elsewhere (and
        // "peacekeepers" is no noun of people of the tie's).
        let serving: Set<String> = ["peacekeepers", "peacekeeper", "policemen", "police", "officers", "guards", "casques", "gendarmes",
                                    "policiers", "policías", "agentes"]
        let servingHead = word(at: finding.end).map(serving.contains) == true ? finding.end : nil
        let head = peopleHead(after: finding) ?? servingHead
        let group = head.map { groupPerson(at: $0) || serving.contains(word(at: $0) ?? "") } ?? false
        var (k, aux, _) = predicate(after: head == servingHead && servingHead != nil ? finding.end + 1 : afterPeople(finding))
        // "3,000 troops guard the border": "guard" was taken as a noun of the people.
        if group, let g = word(at: k - 1), ["guard", "guards"].contains(g), k - 1 > (head ?? k), word(at: k).map(PhraseReader.tieDeterminers.contains) == true {
            k -= 1
            aux = 0
        }
        if let w = word(at: k), PhraseReader.movementVerbs.contains(w) || (group && PhraseReader.serviceVerbs.contains(w)),
           head != nil || (aux == 0 && k == finding.end), !fateFollowsAct(after: k, fits: fits) {
            return (tokens[k].text, finding.start..<(k + 1))
        }
        var i = finding.start - 1
        while let w = word(at: i), ["some", "about", "around", "nearly", "up", "to", "more", "than", "over"].contains(w) { i -= 1 }
        if let head, group, let w = word(at: i), PhraseReader.involvingVerbs.contains(w), !fateFollowsAct(after: head, fits: fits) {
            return (tokens[i].text, i..<(head + 1))
        }
        return nil
    }

    /// Verbs of killing or wounding that are active whatever follows them, after their
    /// subject: English present ("12 gunmen kill a policeman"), Spanish preterite and present
    /// ("12 pistoleros mataron a un policía"), French present and simple past. Their measure.
    static let activeFateVerbs: [String: String] = [
        "kill": "killed", "kills": "killed", "wound": "injured", "wounds": "injured", "injure": "injured", "injures": "injured",
        "mataron": "killed", "matan": "killed", "asesinaron": "killed", "asesinan": "killed", "ejecutaron": "killed",
        "ejecutan": "killed", "abatieron": "killed", "abaten": "killed", "acribillaron": "killed", "hirieron": "injured",
        "hieren": "injured", "tuent": "killed", "tuèrent": "killed", "abattent": "killed", "exécutent": "killed",
        "blessent": "injured", "blessèrent": "injured", "يقتلون": "killed", "اغتالوا": "killed",
    ]
    /// Past participles of killing and wounding that are active after an auxiliary of having
    /// ("12 soldats ont tué", "12 gunmen have killed", "12 soldados han matado"): a passive
    /// needs "been"/"été"/"sido" between.
    static let activeParticiples: [String: String] = [
        "killed": "killed", "wounded": "injured", "injured": "injured", "murdered": "killed", "executed": "killed", "shot": "killed",
        "tué": "killed", "blessé": "injured", "abattu": "killed", "exécuté": "killed", "assassiné": "killed",
        "matado": "killed", "asesinado": "killed", "herido": "injured", "ejecutado": "killed", "abatido": "killed",
    ]
    /// Auxiliaries of having before an active participle.
    static let havingAuxiliaries: Set<String> = ["have", "has", "had", "ont", "avaient", "avait", "auraient", "han", "habían", "habian",
                                                 "había", "hubieran"]
    /// Arabic nouns of a person that stand as the object of "قتلوا" (they killed) after it:
    /// "12 مسلحا قتلوا المحافظ" (the governor); a day or a place is none ("قتلوا الأحد").
    static let arabicObjectPersons: Set<String> = [
        "المحافظ", "محافظ", "الشرطي", "شرطيا", "الجندي", "جنديا", "الضابط", "ضابطا", "القائد", "قائدا", "المدنيين", "مدنيين",
        "مدنيا", "المدني", "الصحفي", "صحفيا", "رجلا", "الرجل", "امرأة", "المرأة", "طفلا", "الطفل", "أطفالا", "شخصا", "الشخص",
        "مواطنا", "المواطن", "المواطنين", "عناصر", "جنودا", "الجنود", "المسؤول", "مسؤولا", "رئيس", "الرئيس", "القاضي", "قاضيا",
        "الحارس", "حارسا", "العمدة", "الشيخ", "شيخا", "الإمام", "إماما", "الطبيب", "طبيبا", "المعلم", "معلما", "رهينة", "الرهينة",
    ]

    /// The figure's people killed or wounded in a voice that can only be active: an
    /// auxiliary of having before the participle ("12 soldats ont tué", "12 soldados han
    /// matado"), a verb that is active in its tense ("12 pistoleros mataron a un policía", "12
    /// gunmen kill a policeman"), not a reflexive ("se mataron", "killed themselves"); or the
    /// Arabic "قتلوا"/"قتل" with a person as its object ("12 مسلحا قتلوا المحافظ", "قتل 12
    /// مسلحا المحافظ": without the object "قتلوا" is "were killed" as often). Nil when a fate
    /// of the same people follows. The verb and the words to quote.
    func activeKillersOfPeople(_ finding: Finding, fits: (String) -> Bool) -> (word: String, range: Range<Int>)? {
        guard let head = peopleHead(after: finding) else { return nil }
        // Arabic verb first: "قتل 12 مسلحا المحافظ".
        if let v = word(at: finding.start - 1), ["قتل", "اغتال"].contains(v), fits("killed"),
           let o = word(at: head + 1), PhraseReader.arabicObjectPersons.contains(o) {
            return (tokens[finding.start - 1].text, (finding.start - 1)..<(head + 2))
        }
        // phrases9: past the people's words after the head ("12 hommes armés ont tué", "12
        // hombres armados mataron", "12 soldats maliens ont tué" had read 12 killed).
        var k = max(head + 1, afterPeople(finding))
        if let w = word(at: k), PhraseReader.tieRelatives.contains(w) { k += 1 }
        var having = false
        if let w = word(at: k), PhraseReader.havingAuxiliaries.contains(w) || (w == "a" && word(at: k + 1).map { ["tué", "blessé", "abattu", "exécuté", "assassiné"].contains($0) } == true) {
            k += 1
            having = true
        }
        guard let v = word(at: k) else { return nil }
        let m: String?
        if having { m = PhraseReader.activeParticiples[v] } else { m = PhraseReader.activeFateVerbs[v] }
        var object: Int? = nil
        if let m {
            guard fits(m) else { return nil }
            if let next = word(at: k + 1), ["themselves", "himself", "herself", "eux-mêmes", "sí", "mismos"].contains(next) { return nil }
            if word(at: k - 1) == "se" || word(at: k - 2) == "se" { return nil }
        } else if v == "قتلوا" || v == "اغتالوا", fits("killed"), let o = word(at: k + 1), PhraseReader.arabicObjectPersons.contains(o) {
            object = k + 1
        } else {
            return nil
        }
        if fateFollowsAct(after: object ?? k, fits: fits) { return nil }
        return (tokens[k].text, finding.start..<((object ?? k) + 1))
    }
}
