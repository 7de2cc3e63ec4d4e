/// fates6 (review49 F13, F6, F7, F5, F11, F8): more of what a figure's own words say its
/// people did, held or lost, when that is no death or injury; and the fate that ends a
/// figure's clause past an aside of another act ("12 soldiers who were deployed to the area
/// were killed"). Kept apart from Acts.swift (destinations) and from the tie (Fates.swift),
/// which it uses.
extension PhraseReader {
    /// Acts of anyone that are no fate under a measure of deaths or injuries (review49 F6:
    /// "5,000 people signed a petition over the killings", "took to the streets after the
    /// killing", "took part in the offensive" read 5,000 killed, exit 0).
    static let peopleActVerbs: Set<String> = [
        "signed", "sign", "signs", "petitioned", "took", "take", "takes", "massed", "massing", "flocked", "thronged",
        "signé", "signent", "firmaron", "firman", "وقعوا", "وقع",
    ]
    /// Acts and presence of a group's people (soldiers, fighters, troops, gunmen:
    /// ``groupPerson(at:)``) that are no fate (review49 F13, F6, F7: "5,000 fighters hold the
    /// city", "control the area", "entered the city", "attacked the town", "withdrew", "were
    /// trained", "5000 مقاتل دخلوا المدينة" read 5,000 killed). Civilians are not held to
    /// them ("12 civilians were trapped" is left to the rules before).
    static let groupActVerbs: Set<String> = [
        "hold", "holds", "holding", "control", "controls", "controlling", "defend", "defends", "defending", "defended",
        "entered", "enter", "enters", "entering", "crossed", "travelled", "traveled", "travel", "trained", "bussed", "bused",
        "withdrew", "withdraw", "withdrawn", "withdrawing", "retreated", "retreat", "pulled", "attacked", "attack", "attacks",
        "attacking", "launched", "launch", "launches", "stormed", "seized", "captured", "occupied", "occupy", "besieging",
        "advanced", "advance", "advancing", "holed", "trapped", "fought", "fight", "fighting", "clashed",
        // review51 F5 ("5,000 fighters overran the town" read 5,000 killed; "overrun by" was refused).
        "overran", "overrun", "overruns", "infiltrated", "infiltrate", "infiltrates", "invaded", "invade", "invades", "invading",
        "raided", "ambushed", "encircled", "besieged", "surrounded",
        "contrôlent", "tiennent", "défendent", "entrés", "attaqué", "attaquent", "lancé", "retirés", "repliés", "formés",
        "controlan", "defienden", "entraron", "atacaron", "atacan", "lanzaron", "retiraron", "entrenados",
        "وصلوا", "دخلوا", "يسيطرون", "سيطروا", "هاجموا", "يهاجمون", "انسحبوا", "عبروا", "يتحصنون", "تحصنوا", "نشرهم",
        "إرسالهم", "ارسالهم", "نقلهم", "تدريبهم", "يدافعون",
    ]
    /// Verbs of sending or deploying people, and nouns of people sent, that govern a figure
    /// from before it in the active voice (review49 F13: "the army deployed 5,000 troops
    /// after the killings", "the government dispatched 5,000 police officers", "troops
    /// deployed: 5,000", "reinforcements of 5,000 troops" read 5,000 killed; the passive
    /// "5,000 troops were deployed" was refused).
    static let sendingVerbs: Set<String> = [
        "deployed", "deploy", "deploys", "deploying", "redeployed", "dispatched", "dispatch", "dispatches", "dispatching",
        "sent", "send", "sends", "sending", "mobilised", "mobilized", "mobilise", "mobilize", "mobilises", "mobilizes",
        "mobilising", "mobilizing", "stationed", "posted", "rushed", "airlifted", "deployment", "reinforcements",
        "reinforcement", "fielding", "trained", "evacuated", "bussed",
        "déployé", "déploie", "déploient", "envoyé", "envoie", "envoient", "dépêché", "mobilisé", "mobilise", "renforts",
        "desplegó", "despliega", "desplegaron", "envió", "envía", "enviaron", "movilizó", "moviliza", "refuerzos",
        "نشر", "نشرت", "أرسل", "أرسلت", "ارسل", "ارسلت", "تعزيزات", "دفع", "دفعت",
    ]
    /// Nouns of a military unit before the size it holds (review49 F13, F7: "a brigade of
    /// 3,000", "a battalion of 500", "un bataillon de 500 soldats", "كتيبة من 500 جندي", "قوة
    /// من 5000 مقاتل" read as killed; "an army of 5,000", "a force of 5,000" were refused).
    static let unitNouns: Set<String> = [
        "brigade", "brigades", "regiment", "regiments", "division", "divisions", "contingent", "unit", "units", "battalion",
        "battalions", "company", "platoon", "squad", "detachment", "garrison", "column", "convoy",
        "bataillon", "régiment", "unité", "compagnie", "détachement", "colonne", "batallón", "brigada", "regimiento",
        "división", "contingente", "unidad", "compañía", "destacamento", "columna",
        "كتيبة", "لواء", "فوج", "سرية", "قوة", "قوات", "فرقة", "مفرزة", "رتل",
    ]
    /// Nouns of a group's losses (review49 F5): "the army suffered losses of 12 soldiers",
    /// "ISIS's losses reached 12 fighters", "les pertes de l'armée s'élèvent à 12 soldats",
    /// "ارتفعت خسائر التنظيم إلى 12 عنصرا" (losses: killed, wounded, captured and deserted
    /// together, as the verb "lost" is refused).
    static let lossNouns: Set<String> = ["losses", "loss", "pertes", "perte", "pérdidas", "pérdida", "خسائر", "خسارة", "الخسائر"]
    /// Words that may stand between a noun of losses and its figure: the tie's and a rise's
    /// words, the group whose losses they are.
    static let lossPassWords: Set<String> = tieBefore.union(risingTo).union([
        "s", "de", "du", "des", "l", "la", "le", "del", "its", "their", "army", "regime", "group", "militia", "forces", "organisation",
        "organization", "isis", "rebels", "raise", "raised", "raises", "total", "totalled", "totaled", "amount", "amounted",
        "armée", "élèvent", "atteignent", "ejército", "ascienden", "ascendieron", "llegan", "suben",
        "الجيش", "التنظيم", "النظام", "الفصائل", "ارتفعت", "ارتفع", "بلغت", "وصلت", "الي", "الى", "إلى",
    ])
    /// Words that make a loss one of lives ("human losses", "loss of life", "pertes humaines").
    static let humanLossWords: Set<String> = ["human", "humaines", "humaine", "humanas", "humana", "البشرية", "بشرية", "life", "lives",
                                              "vies", "vie", "vidas", "vida", "الأرواح", "ارواح", "أرواح"]

    /// The act of a figure's people, other than a fate, in the words after it (``peopleActVerbs``,
    /// ``groupActVerbs``, presence "in the city", "on the ground") or governing it from
    /// before (``sendingVerbs``), with the words to quote; nil when a fate that `fits` is
    /// tied to the figure or follows the act as the people's own verb ("5,000 fighters
    /// entered the city and were killed").
    func otherActOfPeople(_ finding: Finding, fits: (String) -> Bool) -> (word: String, range: Range<Int>)? {
        if let m = tiedFate(finding), fits(m) { return nil }
        if measureOf(finding) != nil { return nil }
        let head = peopleHead(after: finding)
        let group = head.map { groupPerson(at: $0) } ?? false
        var (k, _, _) = predicate(after: afterPeople(finding))
        if word(at: k) == "تم" { k += 1 }
        if let w = word(at: k) {
            var at: Int? = nil
            if PhraseReader.peopleActVerbs.contains(w) && head != nil { at = k }
            if group, PhraseReader.groupActVerbs.contains(w) || PhraseReader.sendingVerbs.contains(w) { at = k }
            // "5,000 troops on the ground", "5,000 fighters are believed to be in the city".
            if group, w == "on", word(at: k + 1) == "the", word(at: k + 2) == "ground" { at = k + 2 }
            if group, ["believed", "thought", "said", "reported", "understood"].contains(w), word(at: k + 1) == "to", word(at: k + 2) == "be",
               let p = word(at: k + 3), ["in", "inside", "at", "near", "around"].contains(p) { at = k + 3 }
            // "are believed to be in the city", "are holed up in": past the words of standing.
            // A hedge ("are believed") may be read into the figure: its people are then inside it.
            let inner = head == nil ? (finding.start..<min(tokens.count, finding.end + 1)).first { groupPerson(at: $0) } : nil
            if group || inner != nil, at == nil {
                let p0 = head != nil ? afterPeople(finding) : inner! + 1
                var p = p0
                while p < p0 + 7, let x = word(at: p),
                      PhraseReader.presencePass.contains(x) || ["believed", "thought", "understood", "be", "holed", "up", "gathered"].contains(x) { p += 1 }
                if p > p0, let x = word(at: p), ["in", "inside", "at", "near", "around", "within"].contains(x), word(at: p + 1) != "large" { at = p }
            }
            if let at, !fateFollowsAct(after: at, fits: fits) {
                return (tokens[at].text, finding.start..<(at + 1))
            }
        }
        // Before the figure: "the army deployed 5,000 troops", "troops deployed: 5,000",
        // "reinforcements of 5,000 troops", "نشر الجيش 5000 جندي".
        var i = finding.start - 1
        var passed = 0
        while passed < 4, i >= 0, isPunctuation(":", at: i) || word(at: i).map({ PhraseReader.tieBefore.contains($0) || ["الجيش", "التنظيم"].contains($0) }) == true,
              word(at: i).map(PhraseReader.sendingVerbs.contains) != true {
            i -= 1
            passed += 1
        }
        if let w = word(at: i), PhraseReader.sendingVerbs.contains(w),
           head != nil || finding.end >= tokens.count || word(at: finding.end) == nil || isPunctuation(".", at: finding.end),
           !fateFollowsAct(after: head ?? (finding.end - 1), fits: fits) {
            return (tokens[i].text, i..<(head.map { $0 + 1 } ?? finding.end))
        }
        return nil
    }

    /// The figure's people as the subject of a fate verb with a person as its object (after
    /// fates6: "three gunmen killed a policeman", "12 gunmen who killed the governor were
    /// arrested", "12 attackers have killed a guard" read 3 and 12 killed, exit 0): they are
    /// the people who killed, not the killed. The object is a person's noun, after a
    /// determiner and one word at most ("killed the local governor"); a time ("killed the day
    /// before", "the previous night") is none. Nil when a fate of the same people follows
    /// ("12 militants who killed the governor were killed"). The verb and the words to quote.
    func killersOfPeople(_ finding: Finding, fits: (String) -> Bool) -> (word: String, range: Range<Int>)? {
        guard let head = peopleHead(after: finding) else { return nil }
        var k = head + 1
        if let w = word(at: k), PhraseReader.tieRelatives.contains(w) { k += 1 }
        if let w = word(at: k), ["have", "has", "had", "ont", "avaient", "han", "habían", "habian"].contains(w) { k += 1 }
        // fates7: any past verb of killing or wounding the measure tables know ("murdered",
        // "executed", "assassinated", "beheaded", "shot dead", "gunned down": "3 gunmen
        // murdered a policeman" read 3 killed), not "dead" nor a noun.
        // A phrase's own measure first ("shot dead" is killed, "shot" alone is not).
        let multi = measureWord(at: k).flatMap { $0.end > k + 1 ? $0.measure : nil }
        guard let m = multi ?? tieFate(at: k), fits(m), let v = word(at: k),
              ["killed", "wounded", "injured", "shot", "tué", "tue", "blessé", "mataron", "matado", "hirieron", "herido"].contains(v)
                || (v.hasSuffix("ed") && v.count > 4 && v != "dead") || (measureWord(at: k).map { $0.end > k + 1 } ?? false)
        else { return nil }
        let verbEnd = measureWord(at: k)?.end ?? (k + 1)
        func person(_ i: Int) -> Bool {
            guard let w = word(at: i) else { return false }
            return vocab.onePerson.contains(w) || vocab.personWords.contains(w) || PhraseReader.peopleKindWords[w] != nil
        }
        var j = verbEnd
        let object: Int?
        if let w = word(at: j), PhraseReader.tieDeterminers.contains(w) || ["al", "his", "their", "its", "son", "leur", "su", "sus"].contains(w) {
            j += 1
            object = person(j) ? j : person(j + 1) ? j + 1 : nil
        } else {
            // "12 soldiers who killed civilians were arrested": a noun of people right after the verb.
            object = person(j) ? j : nil
        }
        guard let object, !fateFollowsAct(after: object, fits: fits) else { return nil }
        return (verbEnd > k + 1 ? phrase(k..<verbEnd) : tokens[k].text, finding.start..<(object + 1))
    }

    /// Whether a word of a fate that `fits` stands after `at` in its sentence as a verb of the
    /// same people ("were trapped and killed", "entered the city and were killed"), not a
    /// noun of the event ("after the killings") nor a verb with an object of its own
    /// ("launched an attack that killed 12"); a number or a word that opens another clause
    /// ends the search.
    func fateFollowsAct(after at: Int, fits: (String) -> Bool) -> Bool {
        var j = at + 1
        while j < tokens.count, j < at + 16 {
            if case let .punctuation(p) = tokens[j].kind, [".", ";", "!", "?", ","].contains(p) { return false }
            if case .number = tokens[j].kind { return false }
            if let w = word(at: j), ["where", "when", "while", "whereas", "as", "because", "but", "où", "quand", "donde", "cuando", "حيث"].contains(w) {
                return false
            }
            if let m = tieFate(at: j), fits(m),
               !(word(at: j - 1).map { PhraseReader.tieDeterminers.contains($0) || PhraseReader.actObjectLeads.contains($0) || PhraseReader.tieRelatives.contains($0) } ?? false),
               !hasObject(at: measureWord(at: j)?.end ?? (j + 1)) {
                return true
            }
            j += 1
        }
        return false
    }

    /// A military unit's noun before the figure (``unitNouns``: "a brigade of 3,000", "كتيبة
    /// من 500 جندي"), a group's people estimated at the figure ("ISIS's fighters are estimated
    /// at 5,000"), a possessive of a group before it ("the brigade's 5,000 fighters") or
    /// "with"/"fielding" ("with 5,000 fighters"): the size of a group. The word and the words
    /// to quote.
    func unitSizeBefore(_ finding: Finding) -> (word: String, range: Range<Int>)? {
        let head = peopleHead(after: finding)
        let end = head.map { $0 + 1 } ?? finding.end
        var i = finding.start - 1
        var passed = 0
        while passed < 3, let w = word(at: i), ["of", "de", "d", "من", "some", "about", "around", "nearly", "unos", "environ", "نحو", "حوالي"].contains(w) {
            i -= 1
            passed += 1
        }
        if passed > 0, let w = word(at: i), PhraseReader.unitNouns.contains(w) || PhraseReader.groupSizeBefore.contains(w)
            || (w.hasPrefix("ال") && PhraseReader.unitNouns.contains(String(w.dropFirst(2)))) {
            return (tokens[i].text, i..<end)
        }
        // "ISIS's fighters are estimated at 5,000", "its fighters number 5,000".
        i = finding.start - 1
        passed = 0
        while passed < 5, let w = word(at: i), ["at", "are", "is", "were", "was", "estimated", "put", "thought", "believed", "to", "be",
                                                 "number", "numbered", "about", "some", "around", "nearly", "sont", "estimés", "à",
                                                 "son", "se", "estiman", "en", "calculan"].contains(w) {
            i -= 1
            passed += 1
        }
        if passed >= 2, (finding.start - passed..<finding.start).contains(where: { ["estimated", "estimés", "number", "numbered", "estiman", "put"].contains(word(at: $0) ?? "") }),
           groupPerson(at: i) {
            return (tokens[i].text, i..<finding.end)
        }
        // "the brigade's 5,000 fighters", "with 5,000 fighters", "fielding 5,000 fighters".
        guard let head, groupPerson(at: head) else { return nil }
        var b = finding.start - 1
        while let w = word(at: b), ["some", "about", "around", "nearly", "its", "their", "ses", "sus", "son", "su"].contains(w) { b -= 1 }
        if word(at: b) == "s", isPunctuation("'", at: b - 1) || isPunctuation("\u{2019}", at: b - 1) {
            return (tokens[head].text, max(0, b - 2)..<end)
        }
        if let w = word(at: b), ["with", "fielding", "avec", "con", "مع"].contains(w) { return (tokens[head].text, b..<end) }
        return nil
    }

    /// A noun of a group's losses that governs the figure (``lossNouns``: "losses of 12
    /// soldiers", "the army's losses: 12 soldiers", "the regime's losses rose to 12", "the
    /// loss of 12 fighters", "les pertes de l'armée s'élèvent à 12 soldats", "ارتفعت خسائر
    /// التنظيم إلى 12 عنصرا"), or "lost" as the figure's participle ("12 fighters were lost",
    /// "12 soldiers lost in the attack"): the word and the words to quote. Not a loss of lives
    /// ("human losses", "loss of life", "lost their lives"), nor people who are no group's
    /// (civilians, a family: ``groupPerson(at:)``), nor a figure with a measure word of its own.
    func lossNounOfPeople(_ finding: Finding) -> (word: String, range: Range<Int>)? {
        if measureOf(finding) != nil { return nil }
        let head = peopleHead(after: finding)
        if let head, !groupPerson(at: head) { return nil }
        if let head, familyAfter(finding) || word(at: head - 1).map(PhraseReader.civilianPeopleKinds.contains) == true { return nil }
        let end = head.map { $0 + 1 } ?? finding.end
        // The participle: "12 fighters were lost", "12 soldiers lost in the attack".
        if let head {
            let (k, _, _) = predicate(after: afterPeople(finding))
            if let w = word(at: k), ["lost", "perdus", "perdidos"].contains(w), head < k,
               !(word(at: k + 1).map { ["their", "his", "her", "leur", "la", "sus", "su", "its", "lives", "life"].contains($0) } ?? false),
               !(k + 1..<min(tokens.count, k + 4)).contains(where: { tieFate(at: $0) != nil && word(at: $0) != "lost" }) {
                return (tokens[k].text, finding.start..<(k + 1))
            }
        }
        // "losses at least 28 of its members of who were killed": the fate follows as their verb.
        if fateFollowsAct(after: end - 1, fits: { $0 == "killed" || $0 == "injured" }) { return nil }
        var i = finding.start - 1
        var passed = 0
        while passed < 10, i >= 0 {
            if let w = word(at: i) {
                if PhraseReader.lossNouns.contains(w) {
                    // "le bilan des pertes s'élève à 12": a toll of losses is one of casualties (fates3).
                    var n = i - 1
                    while let a = word(at: n), PhraseReader.articlesBetweenFates.contains(a) { n -= 1 }
                    if word(at: n).map(PhraseReader.numberOfNouns.contains) == true { return nil }
                    if word(at: i - 1).map(PhraseReader.humanLossWords.contains) == true || word(at: i + 1).map(PhraseReader.humanLossWords.contains) == true
                        || (word(at: i + 1) == "of" && word(at: i + 2).map(PhraseReader.humanLossWords.contains) == true) {
                        return nil
                    }
                    if word(at: i - 1).map({ ["no", "not", "without", "sans", "sin", "بدون", "دون"].contains($0) }) == true { return nil }
                    return (tokens[i].text, i..<end)
                }
                if tieFate(at: i) != nil || vocab.isNumberWord(w) { return nil }
                // Only the loss's own words stand between ("the army's losses reached", "les
                // pertes de l'armée s'élèvent à"); "its loss in the east ... through assassinating
                // 2 members" is another loss.
                if !PhraseReader.lossPassWords.contains(w) { return nil }
            } else if case .number = tokens[i].kind {
                return nil
            } else if case let .punctuation(p) = tokens[i].kind, ![":", "'", "\u{2019}"].contains(p) {
                return nil
            }
            i -= 1
            passed += 1
        }
        return nil
    }

    /// The measure of a fate that ends the figure's clause past an aside of another act
    /// (review49 F11): a relative clause ("12 soldiers who were deployed to the area were
    /// killed", "12 people who had gathered for aid were killed", "12 soldados que habían
    /// sido desplegados murieron"), a participle ("12 people attending a funeral were
    /// killed") or an adjective of another fate before the people ("12 fleeing civilians
    /// killed", "12 displaced people killed in airstrike on camp"): the last verb governs the
    /// subject. Nil when the aside is cut by a comma, a number or a word that opens another
    /// clause, or no fate verb follows it.
    func fateAfterAside(_ finding: Finding) -> String? {
        var k = finding.end
        var aside: Int? = nil
        var sawPeople = false
        while k < finding.end + 5, let w = word(at: k) {
            if PhraseReader.tieRelatives.contains(w) { if sawPeople { aside = k }; break }
            // "12 fleeing civilians", "12 displaced civilians" ("displaced" is a noun of people
            // too), "12 wounded soldiers": an adjective of another fate before the people.
            if !sawPeople, tieFate(at: k) != nil, let n = word(at: k + 1),
               vocab.personWords.contains(n) || PhraseReader.peopleKindWords[n] != nil {
                aside = k + 1
                break
            }
            if vocab.personWords.contains(w) || PhraseReader.peopleKindWords[w] != nil || PhraseReader.groupSizeWords.contains(w)
                || PhraseReader.crowdNouns.contains(w) {
                sawPeople = true
                k += 1
                continue
            }
            // "12 people attending a funeral", "12 people queuing for bread".
            if sawPeople, w.hasSuffix("ing"), w.count > 5, tieFate(at: k) == nil || PhraseReader.crowdVerbs.contains(w) || fateMeasure(at: k) == "displaced" {
                aside = k
                break
            }
            break
        }
        guard let a = aside else { return nil }
        var j = a + 1
        while j < tokens.count, j < a + 16 {
            if case let .punctuation(p) = tokens[j].kind, [".", ";", "!", "?", ",", ":", "\u{060C}"].contains(p) { return nil }
            // A year is no figure of its own ("deployed in 2020").
            if case .number = tokens[j].kind, !(word(at: j - 1).map({ ["in", "since", "en", "depuis", "desde", "في", "منذ"].contains($0) }) == true && tokens[j].text.count == 4) {
                return nil
            }
            if let w = word(at: j) {
                if ["where", "when", "while", "as", "because", "but", "and", "or", "où", "quand", "donde", "cuando", "حيث", "et", "y", "ou", "o"].contains(w) {
                    return nil
                }
                if let m = measureWord(at: j)?.measure ?? tieFate(at: j), ["killed", "injured"].contains(m),
                   !(word(at: j - 1).map { PhraseReader.tieDeterminers.contains($0) || PhraseReader.actObjectLeads.contains($0) || PhraseReader.tieRelatives.contains($0) } ?? false),
                   !hasObject(at: measureWord(at: j)?.end ?? (j + 1)) {
                    // "... were killed or wounded", "... tués ou blessés": two fates joined
                    // are no one measure's figure (review50 F8: read 12 killed; refused before).
                    if joinedOtherFate(after: measureWord(at: j)?.end ?? (j + 1), than: m) { return nil }
                    return m
                }
            }
            j += 1
        }
        return nil
    }

    /// Whether another fate is joined after a fate word ending before `at` ("killed or
    /// wounded", "killed and captured", "tués ou blessés", "muertos o heridos", "قتلوا أو
    /// أصيبوا"): the clause then counts both together.
    func joinedOtherFate(after at: Int, than measure: String) -> Bool {
        guard let join = word(at: at), ["or", "and", "ou", "et", "o", "y", "أو", "و"].contains(join) || isPunctuation("/", at: at) else { return false }
        var k = at + 1
        if let w = word(at: k), ["were", "was", "been", "ont", "été", "fueron", "sont"].contains(w) { k += 1 }
        if let other = tieFate(at: k), other != measure { return true }
        return word(at: k).map { ["captured", "missing", "kidnapped", "abducted", "arrested", "detained", "disappeared", "taken",
                                  "capturés", "capturées", "enlevés", "disparus", "arrêtés", "capturados", "secuestrados", "desaparecidos",
                                  "detenidos", "أسروا", "اعتقلوا", "فقدوا"].contains($0) } ?? false
    }

    /// Words of a burial (review49 F8: "12 victimes ont été enterrées", "12 víctimas fueron
    /// enterradas", "دفن 12 ضحية" were refused as victims while "12 victims were buried"
    /// read): the dead are buried, so the victims are the dead.
    static let burialWords: Set<String> = ["buried", "enterrées", "enterrés", "inhumées", "inhumés", "enterradas", "enterrados",
                                           "sepultadas", "sepultados", "دفن", "تشييع", "دفنوا", "شيعت", "شيع", "دُفن"]
    /// Whether a word of burial ties the victims after the figure (within four words past
    /// auxiliaries: "ont été enterrées", "fueron enterradas") or governs the figure from before
    /// ("دفن 12 ضحية").
    func victimsBuried(_ found: Finding) -> Bool {
        if word(at: found.start - 1).map(PhraseReader.burialWords.contains) == true { return true }
        var k = found.end
        while k < tokens.count, k < found.end + 6, let w = word(at: k) {
            if PhraseReader.burialWords.contains(w) { return true }
            guard PhraseReader.victimWords.contains(w) || PhraseReader.fateAuxiliaries.contains(w) || ["ont", "été", "fueron", "han", "sido", "sont", "مدنية", "civiles"].contains(w) else {
                return false
            }
            k += 1
        }
        return false
    }
}
