// dest24 (issue 12, silent): dest23 told a place from a manner between a verb of fleeing and "and"
// + a destination abroad by capitals. In lower-case text nothing told them apart: "5,000 people
// fled in tawila and into chad", "huyeron a tawila y hacia chad", "fugiram para tawila e para o
// chade" read 5,000 refugees, exit 0, though some may have stayed in Tawila. A word there that is
// neither a known place nor a known manner, time or cause is now named in a refusal.
// Also: a crowd's manner is no count ("fled in their thousands"), an escape across a border is a
// flight ("escaped into Chad"), and a cause's place in Spanish ("de la violencia en Darfur").

extension PhraseReader {
    /// dest24: words that after a preposition say how, when or why the people fled, or with
    /// what, not where ("in haste", "for their lives", "à pied", "en pleine nuit", "a toda prisa",
    /// "por sus vidas", "em massa", "no meio da noite"), in en, fr, es and pt. With
    /// ``notPlaceNames``, ``causeNouns``, months, days, ``safetyWords`` and the border.
    static let notPlaceAfterLead: Set<String> = [
        "lives", "life", "haste", "hurry", "rush", "droves", "night", "nights", "midnight", "morning", "mornings", "evening",
        "afternoon", "weekend", "week", "weeks", "day", "days", "month", "months", "year", "years", "hours", "hour", "minutes",
        "dark", "early", "late", "vehicles", "vehicle", "pickups", "truck", "car", "bus", "boat", "camels", "horses", "convoy",
        "masse", "cover", "help", "protection", "food", "aid", "work", "fright", "horror", "shock", "chaos", "disarray", "confusion",
        "despair", "rain", "heat", "cold", "pursuit", "wake", "aftermath", "face", "midst", "light", "anticipation", "fears",
        "tens", "dozens", "millions", "anger", "vain", "earnest", "families", "family", "children", "belongings",
        // fr
        "pied", "pieds", "nuit", "nuits", "aube", "aurore", "crépuscule", "soirée", "hâte", "précipitation", "vie", "vies", "urgence", "catastrophe", "groupe", "groupes", "famille",
        "familles", "camions", "voitures", "bateaux", "milliers", "centaines", "dizaines", "catimini", "journée", "matin", "soir",
        "semaine", "semaines", "jours", "mois", "désordre", "abri", "quête", "recherche", "débandade",
        // es
        "pie", "noche", "noches", "alba", "amanecer", "anochecer", "masa", "prisa", "vidas", "vida", "madrugada", "oscuras", "escondidas", "grupos", "grupo",
        "camiones", "coches", "botes", "burros", "miles", "cientos", "centenares", "millares", "secreto", "silencio", "busca",
        "salvo", "día", "días", "semana", "semanas", "mes", "meses", "mañana", "tarde", "desbandada", "estampida", "tropel",
        "familia", "familias", "resguardo", "refugio", "protección", "ayuda", "seguridad",
        // pt
        "pé", "noite", "noites", "amanhecer", "entardecer", "massa", "pressa", "pressas", "madrugada", "camiões", "caminhões", "carros", "barcos", "milhares",
        "centenas", "dezenas", "segredo", "silêncio", "dia", "dias", "mês", "manhã", "debandada", "família", "famílias", "abrigo",
        "proteção", "socorro",
        // months and days of fr, es, pt (en: ``monthNames``, ``weekdays``)
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre",
        "diciembre", "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
        "segunda", "terça", "quarta", "quinta", "sexta",
    ]
    /// dest24: prepositions of ``placeMarkLeads`` that are English: before an English "and" the
    /// Spanish and Portuguese "a", "en", "no", "para" are an article, a word or none ("fled a
    /// massacre and into Chad" left a massacre).
    static let englishPlaceMarkLeads: Set<String> = ["in", "inside", "within", "across", "through", "throughout", "for", "around", "via"]
    /// dest24 (silent): a country's quarter after a preposition is a place inside it ("fled in the
    /// north and into Chad", "dans le nord", "en el norte", "no norte" read 5,000 refugees).
    static let quarterNouns: Set<String> = ["east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest",
                                            "est", "ouest", "nord", "sud", "este", "oeste", "norte", "sur", "leste", "sul",
                                            "centre", "center", "centro"]
    /// dest24: words that end the phrase after a preposition ("in tawila at night": "at night"
    /// is another phrase).
    static let phraseEndPrepositions: Set<String> = ["at", "on", "by", "with", "from", "after", "before", "during", "since", "until",
                                                     "sur", "avec", "par", "sans", "après", "depuis", "con", "sin", "desde", "tras",
                                                     "com", "sem", "após"]
    /// dest24 (review of 2b): a crowd's manner before its scale word: "in their thousands", "by
    /// the hundreds", "by thousands", "par milliers", "por miles", "aos milhares", "às centenas".
    /// dest26 (review60 F6): words of a sequence between "and" and what comes next ("and then into
    /// chad", "and later crossed", "y luego hacia Chad", "et puis vers le Tchad", "e depois para o Chade").
    static let sequenceWords: Set<String> = ["then", "later", "eventually", "subsequently", "finally", "on", "onward", "onwards", "afterwards",
                                             "puis", "ensuite", "finalement", "luego", "después", "finalmente", "depois"]
    static let crowdScales: Set<String> = ["thousands", "hundreds", "millions", "dozens", "tens", "milliers", "centaines", "dizaines",
                                           "miles", "cientos", "centenares", "millares", "decenas", "millones", "milhares", "centenas",
                                           "dezenas", "milhões"]
}

extension PhraseReader {
    /// dest24 (issue 12, silent): when ``placeMark(from:to:)`` finds no place between `a` (after
    /// the verb) and `b` (the "and" before a destination abroad), the first phrase after a
    /// preposition of a place that is neither a known place nor a known manner, time or cause
    /// ("in tawila", "a tawila", "para tawila", "em tawila"): it may be a place written in lower
    /// case, where some of the people stayed. Its words (the preposition to the phrase's end);
    /// nil when every such phrase is known to be no place. Headlines in capitals are read by
    /// ``placeMark(from:to:)`` (any word but a known one is a place there).
    func unplacedMark(from a: Int, to b: Int) -> Range<Int>? {
        if allCapitals { return nil }
        let english = word(at: b) == "and"
        var k = a
        while k < b {
            guard let w = word(at: k) else { k += 1; continue }
            // Where a cause or a home was is theirs ("fled the fighting in darfur and into chad").
            if PhraseReader.nounPlaceLeads.contains(w), k > a, let p = word(at: k - 1), PhraseReader.causeNouns.contains(p) || PhraseReader.homeNouns.contains(p) {
                k += 1
                continue
            }
            guard PhraseReader.placeMarkLeads.contains(w), !PhraseReader.strictPlaceLeads.contains(w),
                  !english || PhraseReader.englishPlaceMarkLeads.contains(w) else { k += 1; continue }
            var e = k + 1
            // dest26 (review60 F6, silent): not the article of a hyphenated name ("in el-fasher and into chad" read 5,000 refugees).
            while e < b, isPunctuation("'", at: e) || word(at: e).map({ PhraseReader.destinationFillers.contains($0) && !PhraseReader.otherCountryWords.contains($0) }) == true
                    && !(isDash(at: e + 1) && !tokens[e + 1].spaceBefore) { e += 1 }
            guard e < b, word(at: e) != nil else { k += 1; continue }
            // The phrase to the next preposition, four words at most ("in the middle of the night",
            // "en pleine nuit", "para salvar sus vidas"): one known word of no place makes it a manner.
            var f = e
            // dest26 (review60 F4): a route is no place where some stayed ("fled via tawila and into chad").
            var known = PhraseReader.routeLeads.contains(w) || word(at: e).map(["travers", "través"].contains) == true
            while f < b, f < e + 5 {
                if f > e, isDash(at: f), !tokens[f].spaceBefore { f += 1; continue }
                guard let x = word(at: f) else { break }
                if f > e, PhraseReader.placeMarkLeads.contains(x) && !["de", "of"].contains(x) || PhraseReader.phraseEndPrepositions.contains(x) { break }
                if PhraseReader.notPlaceAfterLead.contains(x) || PhraseReader.notPlaceNames.contains(x) || PhraseReader.causeNouns.contains(x)
                    || PhraseReader.monthNames.contains(x) || PhraseReader.weekdays.contains(x) || PhraseReader.safetyWords.contains(x)
                    || PhraseReader.borderWords.contains(x) { known = true; break }
                f += 1
            }
            if !known { return k..<f }
            k = f
        }
        return nil
    }

    /// dest24 (issue 12, needless refusal): whether the figure-less scale word of `finding` is a
    /// crowd's manner, not a count: "5,000 people fled in their thousands and into Chad", "by the
    /// thousands", "par milliers", "por miles", "aos milhares" had been refused as "more than one
    /// number". Only a scale alone ("in their tens of thousands"), never digits.
    func crowdManner(_ finding: Finding) -> Bool {
        guard finding.end > finding.start, let last = word(at: finding.end - 1), PhraseReader.crowdScales.contains(last),
              (finding.start..<finding.end).allSatisfy({ word(at: $0) != nil }) else { return false }
        return crowdLead(before: finding.start, end: finding.end)
    }

    /// dest24: whether the scale word(s) `s..<end` follow a crowd's manner ("in their", "by the",
    /// "by", "par", "por", "aos", "às") and end their phrase ("by hundreds of militants" counts
    /// the militants; "in the thousands" is a count's idiom: "casualties in the thousands").
    func crowdLead(before s: Int, end: Int) -> Bool {
        if let n = word(at: end), ["of", "de", "d", "do", "da", "des", "del"].contains(n) { return false }
        guard let p = word(at: s - 1) else { return false }
        // "in their tens of thousands", "par dizaines de milliers".
        if ["of", "de"].contains(p), s >= 2, let q = word(at: s - 2), PhraseReader.crowdScales.contains(q) { return crowdLead(before: s - 2, end: end) }
        if p == "their" && word(at: s - 2) == "in" || p == "the" && word(at: s - 2) == "by" { return true }
        return ["by", "par", "por", "aos", "às"].contains(p)
    }
}

extension PhraseReader {
    /// dest26 (review60 F6, silent): a country right after the "and" at `v` (past an article), when the
    /// clause of the verb at `verb` gave a destination before it ("fled to tawila and chad", "ont fui
    /// vers tawila et le tchad"): a second destination, across a border. Nil when the country opens
    /// another clause ("fled to tawila and chad closed its border").
    func countryAfterAnd(_ n: Int, verb: Int, and v: Int, start: Int) -> (kind: String, range: Range<Int>, words: Range<Int>)? {
        guard verb + 1 < v, (verb + 1..<v).contains(where: { word(at: $0).map(PhraseReader.andCountryLeads.contains) == true }) else { return nil }
        var c = n
        while c < n + 2, word(at: c).map(["the", "le", "la", "l", "el", "o"].contains) == true || isPunctuation("'", at: c) { c += 1 }
        guard let e = countryEnd(at: c), !placeInCountry(after: e) else { return nil }
        if e < tokens.count, let after = word(at: e), !(PhraseReader.phraseEndPrepositions.contains(after) || PhraseReader.placeMarkLeads.contains(after)
                                                     || vocab.andWords.contains(after) || ["or", "ou", "o"].contains(after)) { return nil }
        return ("refugees", start..<e, n..<e)
    }

    /// dest26: the prepositions of a destination before ``countryAfterAnd(_:verb:and:start:)``'s "and".
    static let andCountryLeads: Set<String> = strictPlaceLeads.union(laterDestinationLeads)

    /// dest26 (review60 F4, needless refusal): prepositions of a route: the people went on past the
    /// place ("fled via tawila and into chad", "through tawila", "a través de tawila", "através de tawila", "à
    /// travers tawila"). Not the Spanish "por" nor the Portuguese "pelo", which say "in" as often (dest24).
    static let routeLeads: Set<String> = ["via", "through", "vía", "através", "travers", "través"]
}

extension PhraseReader {
    /// dest24 (issue 12, message): the "beyond" of a part's words whose object is no country,
    /// border or region abroad ("within and beyond Khartoum state", "to Tawila and beyond"):
    /// beyond such a place may still be inside the country, so it may be that none crossed.
    /// Nil when there is none ("within and beyond Sudan's borders" crossed one).
    func beyondNoCountry(_ words: Range<Int>) -> Range<Int>? {
        for k in words where word(at: k) == "beyond" {
            if outsideObject(k + 1) == true { return nil }
            var e = k + 1
            while e < words.upperBound, word(at: e) != nil, !(word(at: e).map(vocab.andWords.contains) ?? true) { e += 1 }
            return k..<e
        }
        return nil
    }
}

extension PhraseReader {
    /// dest24: what an escape flees when it is a flight of the displaced ("escaped the fighting",
    /// "escaped the war", "escaparon de la violencia"); not an attack, a massacre or a bombing,
    /// which the people survived.
    static let displacingCauses: Set<String> = [
        "fighting", "violence", "war", "conflict", "clashes", "insecurity", "persecution", "famine", "hunger", "drought", "floods", "flood", "flooding",
        "combats", "violences", "guerre", "conflit", "insécurité", "violencia", "guerra", "conflicto", "combates", "inseguridad",
        "violência", "conflito", "confrontos", "insegurança",
    ]

    /// dest24 (issue 12, silent): whether the escape told of `finding`'s people is a flight of the
    /// displaced: it has a destination ("escaped into Chad", "escaped to Tawila") or flees a
    /// displacing cause or a country ("escaped the fighting", "escaped Syria"). "5 people escaped
    /// the attack" survived it; "5,000 people escaped" says no flight.
    func escapeIsFlight(_ finding: Finding) -> Bool {
        if escapeFromCustodyPlace(finding) { return false }
        if displacementDestination(finding) != nil { return true }
        guard let k = escapeVerb(finding) else { return false }
        if fledAfterEscape(k) { return true }
        // "escaped to Tawila", "escaped towards the hills": a destination of any kind.
        if let x = word(at: k + 1), PhraseReader.destinationLeads.contains(x) || PhraseReader.laterDestinationLeads.contains(x) { return true }
        let e = wordPast(k + 1, below: k + 5, skipping: PhraseReader.escapeSourceLeads)
        return word(at: e) != nil && fleesCauseOrCountry(e)
    }

    /// The escape verb of `finding`'s clause (`escaped`, `s'échappent`, `enfuis`, ...), in the
    /// eight words after its figure.
    func escapeVerb(_ finding: Finding) -> Int? {
        (finding.end..<min(tokens.count, finding.end + 8)).first { k in
            word(at: k).map { $0.hasPrefix("escap") || $0.hasPrefix("échapp") || $0.hasPrefix("enfui") } == true
        }
    }

    /// The first word from `k` (below `limit`) that is none of `skipping` nor an apostrophe.
    func wordPast(_ k: Int, below limit: Int, skipping: Set<String>) -> Int {
        var e = k
        while e < limit, word(at: e).map(skipping.contains) == true || isPunctuation("'", at: e) { e += 1 }
        return e
    }

    /// Whether the word at `e` is what a flight of the displaced flees: a displacing cause or a country.
    func fleesCauseOrCountry(_ e: Int) -> Bool {
        word(at: e).map(PhraseReader.displacingCauses.contains) == true || countryEnd(at: e) != nil
    }

    /// What stands between an escape and what it left ("escaped from the fighting").
    static let escapeSourceLeads: Set<String> = [
        "from", "the", "their", "de", "la", "el", "los", "las", "les", "des", "du", "da", "do", "dos", "das", "a", "o", "aux", "à", "l",
    ]
    /// ``escapeSourceLeads`` and the words review60 F1's check passes over too (`out of`, `his`, `leurs`, `sus`).
    static let escapeSourceLeadsWide: Set<String> = escapeSourceLeads.union([
        "out", "of", "his", "her", "its", "del", "d", "leur", "leurs", "su", "sus", "seu", "sua",
    ])
}

extension PhraseReader {
    /// dest24: places of custody an escape may leave ("escaped from prison").
    static let custodyPlaces: Set<String> = [
        "prison", "prisons", "jail", "jails", "gaol", "detention", "custody", "captivity", "cell", "cells", "penitentiary",
        "geôle", "pénitencier", "captivité", "prisión", "cárcel", "cárceles", "penal", "cautiverio", "prisão", "cadeia", "cadeias",
        "cativeiro", "presídio", "سجن", "السجن", "السجون", "الاسر",
        // dest26 (review60 F1, issue 12, silent): "500 people escaped from the jailhouse into Chad" read 500
        // under displaced: custody the list lacked, in en, fr, es, pt, ar; with "police station", "lock-up"
        // (``custodyWord(at:)``). One list for every measure of the displaced.
        "jailhouse", "jailhouses", "lockup", "lockups", "penitentiaries", "correctional", "reformatory", "stockade", "dungeon", "dungeons",
        "gulag", "captors", "kidnappers", "abductors", "jailers", "jailors", "guards",
        "commissariat", "commissariats", "cachot", "cachots", "cellule", "cellules", "détention", "rétention", "ravisseurs", "geôliers", "bagne",
        "comisaría", "comisarías", "calabozo", "calabozos", "celda", "celdas", "detención", "reclusorio", "penitenciaría", "captores",
        "secuestradores", "carceleros",
        "esquadra", "delegacia", "detenção", "cela", "celas", "penitenciária", "sequestradores", "carcereiros", "cárcere",
        "المعتقل", "معتقل", "الاحتجاز", "الزنزانة", "الزنازين", "خاطفيهم", "الخاطفين", "سجانيهم", "الحجز",
    ]

    /// dest26: a word of custody at `k`: of ``custodyPlaces``, "police" before a station, post or
    /// its cells, or "lock-up" written with a hyphen.
    func custodyWord(at k: Int) -> Bool {
        guard let w = word(at: k) else { return false }
        if PhraseReader.custodyPlaces.contains(w) { return true }
        if w == "police", let n = word(at: k + 1), ["station", "stations", "post", "posts", "cells", "cell", "custody", "headquarters", "lockup"].contains(n) { return true }
        return w == "lock" && isDash(at: k + 1) && word(at: k + 2) == "up"
    }

    /// dest24 (issue 12, silent): whether the clause of `finding`'s escape says a place of custody
    /// left ("5,000 people escaped from prison and into Chad" is a jailbreak, no flight into exile).
    /// dest26 (review60 F2, refusal): a custody word counts only where the people were held, before the
    /// escape, or as what the escape left, to the end of that phrase: "500 people escaped the shelling
    /// near the central prison and crossed into Chad" was refused under displaced and refugees.
    func escapeFromCustodyPlace(_ finding: Finding) -> Bool {
        let limit = min(tokens.count, finding.end + 8)
        guard let k = escapeVerb(finding) else { return (finding.end..<limit).contains(where: custodyWord(at:)) }
        if (finding.end..<k).contains(where: custodyWord(at:)) { return true }
        var e = wordPast(k + 1, below: k + 6, skipping: PhraseReader.escapeSourceLeadsWide)
        let stays: Set<String> = ["of", "de", "d", "du", "des", "del", "do", "da", "dos", "das", "the", "la", "el", "l", "o", "le", "les", "los", "las"]
        while e < min(tokens.count, k + 10) {
            if isDash(at: e), !tokens[e].spaceBefore { e += 1; continue }
            guard let w = word(at: e) else { return false }
            if custodyWord(at: e) { return true }
            if !stays.contains(w), PhraseReader.escapePhraseEnds.contains(w) || vocab.andWords.contains(w) { return false }
            e += 1
        }
        return false
    }

    /// dest26: words that end the phrase of what an escape left ("the shelling near the prison").
    static let escapePhraseEnds: Set<String> = destinationLeads.union(laterDestinationLeads).union(placeMarkLeads).union(phraseEndPrepositions)
        .union(["near", "close", "amid", "amidst", "as", "while", "when", "after", "during", "next", "outside", "behind", "around",
                "près", "proche", "cerca", "junto", "perto", "قرب", "بالقرب"])
        .union(fleeingVerbs)

    /// dest26: the first word from `k` past words of a sequence (``sequenceWords``, "em seguida").
    func pastSequence(_ k: Int) -> Int {
        var q = k
        while q < k + 3, let x = word(at: q) {
            if PhraseReader.sequenceWords.contains(x) { q += 1 } else if x == "em", word(at: q + 1) == "seguida" { q += 2 } else { break }
        }
        return q
    }

    /// dest26 (review60 F2, refusal): the people of an escape fled after it, in its clause ("500 people
    /// escaped the attack and fled to Tawila", "escaparon del ataque y huyeron a Tawila", "se sont
    /// échappés de l'attaque et ont fui vers Tawila", "escaparam do ataque e fugiram para Tawila"):
    /// the verb of flight makes it one of the displaced, as "fled to Tawila" is.
    func fledAfterEscape(_ k: Int) -> Bool {
        var j = k + 1
        while j < min(tokens.count, k + 12) {
            if isPunctuation(".", at: j) || isPunctuation(";", at: j) || isPunctuation("?", at: j) || isPunctuation("!", at: j) { return false }
            if let w = word(at: j), vocab.andWords.contains(w) || isPunctuation(",", at: j) {
                let q = pastSequence(j + 1)
                if let x = word(at: q), PhraseReader.fleeingVerbs.contains(x) || PhraseReader.fleeingVerbs.contains(word(at: q + 1) ?? "") && ["ont", "han", "têm", "have", "had"].contains(x) {
                    return true
                }
            }
            j += 1
        }
        return false
    }

    /// dest24 (issue 12, needless refusal): an escape across a border, a flight into exile
    /// ("escaped into Chad", "escaped and crossed into Chad", "escaped the country"), not from custody.
    func escapeAcrossBorder(_ finding: Finding) -> Bool {
        !escapeFromCustodyPlace(finding) && !escapeFromUnknownPlace(finding) && displacementDestination(finding)?.kind == "refugees"
    }

    /// review60 F1 (silent): an escape that says what it left ("escaped from the police station
    /// into Chad", "from their captors", "from the lock-up") is a flight into exile only when that
    /// is a displacing cause, a country or a place written as a name ("escaped from the fighting",
    /// "from Sudan", "from Darfur"): the list of places of custody cannot be complete, and a
    /// jailbreak read as refugees is a silent wrong figure. Anything else is refused, as before
    /// dest24 ("counts escaped").
    func escapeFromUnknownPlace(_ finding: Finding) -> Bool {
        guard let k = escapeVerb(finding) else { return false }
        guard let lead = word(at: k + 1), ["from", "out", "de", "du", "des", "da", "do", "dos", "das", "del", "d", "من"].contains(lead) else { return false }
        let e = wordPast(k + 1, below: k + 6, skipping: PhraseReader.escapeSourceLeadsWide)
        guard word(at: e) != nil else { return true }
        return !(fleesCauseOrCountry(e) || capitalisedPlace(e))
    }
}
