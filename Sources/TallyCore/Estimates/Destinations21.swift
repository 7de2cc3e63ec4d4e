// dest21 (issue 12, silent): the sides dest20 left: a place gone across after a verb of fleeing
// ("fled across Darfur and into Chad"), a place then a bare country or a country's part after
// "displaced in" ("displaced in Darfur and Chad", "in Darfur, Chad", "in Sudan and eastern
// Chad"), and Arabic lists of a country and a place, which have no capitals ("فر 5000 شخص إلى
// تشاد وطويلة").

extension PhraseReader {
    /// dest21: the prepositions of a side where the people are ("in Darfur", "au Soudan", "en
    /// Sudán", "no Sudão", "في السودان").
    static let inSideLeads: Set<String> = ["in", "dans", "au", "aux", "en", "no", "na", "nos", "nas", "em", "في"]
    /// dest21: a country's part named by its quarter ("Chad's east", "the east of Chad", "l'est du
    /// Tchad", "el este de Chad", "o leste do Chade", "شرق تشاد").
    static let countryPartNouns: Set<String> = ["east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest",
                                                "est", "ouest", "nord", "sud", "este", "oeste", "norte", "sur", "leste", "sul",
                                                "border", "borders", "borderlands", "شرق", "غرب", "شمال", "جنوب"]
    /// dest21: Arabic words that may follow "و" after a destination and are no place ("وسط
    /// القتال", amid the fighting; "وفقا", according to; "وغيرها", and elsewhere, a side of its own).
    static let arabicNotPlaces: Set<String> = ["سط", "فق", "فقا", "ذلك", "هم", "هي", "هو", "لكن", "قد", "كان", "كانت", "قال",
                                               "قالت", "اكد", "اكدت", "افاد", "افادت", "ما", "من", "لا", "لم", "لن", "ان", "الي", "الى", "في", "عن",
                                               "علي", "بعد", "قبل", "منذ", "حتي", "ذكر", "ذكرت", "بحسب", "حسب", "اضاف", "اضافت", "يقول", "تقول"]
    /// dest21: Arabic words that open a place's name of two words ("جبل مرة", "شمال دارفور", "ولاية الجزيرة").
    static let arabicPlaceHeads: Set<String> = ["جبل", "شمال", "جنوب", "شرق", "غرب", "ولاية", "مدينة", "مخيم", "مخيمات", "منطقة", "اقليم", "معسكر"]
}

extension PhraseReader {
    /// dest21: a country or a country's part at `k0` (an "in"/"dans"/"en"/"no" before it passes;
    /// with `stripVav`, an Arabic "و" glued to the first word is taken off): "Chad", "eastern
    /// Chad", "Chad's east", "Chad's border areas", "the east of Chad", "l'est du Tchad", "el este
    /// de Chad", "o leste do Chade", "شرق تشاد"; the country's words and the end, nil when none.
    func countrySide(at k0: Int, stripVav: Bool = false) -> (country: [String], end: Int)? {
        var first: String?
        if stripVav {
            guard let w = word(at: k0), w.hasPrefix("و"), w.count > 2 else { return nil }
            first = String(w.dropFirst())
        }
        func wd(_ i: Int) -> String? { i == k0 && first != nil ? first : word(at: i) }
        func name(_ r: Range<Int>) -> [String] { r.compactMap { wd($0) } }
        var k = k0
        if first == nil, let w = wd(k), PhraseReader.inSideLeads.contains(w) { k += 1 }
        while k < k0 + 4, isPunctuation("'", at: k) || wd(k).map({ ["the", "le", "la", "l", "el", "o", "a"].contains($0) }) == true { k += 1 }
        if let e = countryEnd(at: k, firstWord: k == k0 ? first : nil) {
            if !placeInCountry(after: e) { return (name(k..<e), e) }
            // "Chad's east", "Chad's eastern region", "Chad's east and south", "Chad's border areas".
            guard isPunctuation("'", at: e), word(at: e + 1) == "s",
                  let x = word(at: e + 2), PhraseReader.countryPartNouns.contains(x) || PhraseReader.directionAdjectives.contains(x) else { return nil }
            var end = e + 3
            while end < e + 6, let y = word(at: end) {
                if ["region", "regions", "areas", "area", "provinces", "province", "parts"].contains(y) { end += 1; continue }
                if vocab.andWords.contains(y) || y == "or", let z = word(at: end + 1), PhraseReader.countryPartNouns.contains(z) { end += 2; continue }
                break
            }
            return (name(k..<e), end)
        }
        // "eastern Chad", "شرق تشاد" ("South Sudan" is a country, read above).
        if let x = wd(k), PhraseReader.directionAdjectives.contains(x) || ["شرق", "غرب", "شمال", "جنوب"].contains(x),
           let e = countryEnd(at: k + 1), !placeInCountry(after: e) { return (name((k + 1)..<e), e) }
        // "the east of Chad", "l'est du Tchad", "el este de Chad", "o leste do Chade".
        if let x = wd(k), PhraseReader.countryPartNouns.contains(x), let y = word(at: k + 1), ["of", "du", "de", "del", "do", "da", "d"].contains(y) {
            var c = k + 2
            while c < k + 4, isPunctuation("'", at: c) || word(at: c).map({ ["the", "le", "la", "l", "el", "o", "a"].contains($0) }) == true { c += 1 }
            if let e = countryEnd(at: c), !placeInCountry(after: e) { return (name(c..<e), e) }
        }
        return nil
    }

    /// dest21: the end of the place a route crosses, at `j` after "across", "through", "à
    /// travers", "a través de", "através do", "por", "pelo": a country ("across Sudan") or a name
    /// ("across North Darfur", "à travers le Darfour"); nil when none, when it is a country's part
    /// or border ("across Sudan's border", "across the Chadian border"), or a word of no place
    /// ("por la violencia", "por miedo").
    func routeSide(at j: Int) -> Int? {
        var k = j
        while k < j + 3, isPunctuation("'", at: k) || word(at: k).map({ ["the", "le", "la", "l", "el", "de", "del", "do", "da", "o", "a"].contains($0) }) == true { k += 1 }
        var e: Int
        if let c = countryEnd(at: k) {
            if placeInCountry(after: c) { return nil }
            e = c
        } else if capitalisedPlace(k), !(word(at: k).map({ vocab.andWords.contains($0) }) ?? true) {
            e = k
            while e < k + 3, e < tokens.count, capitalisedPlace(e), let x = word(at: e), !vocab.andWords.contains(x), countryEnd(at: e) == nil { e += 1 }
        } else {
            return nil
        }
        // dest22 (issue 12, silent): a list of places gone across is one route ("fled across
        // Darfur and Kordofan and into Chad" read 5,000 under both: "Kordofan" after "and" was no side).
        e = routeListEnd(from: e)
        // "across the Chadian border", "across Darfur's border": a border, read as one.
        if isPunctuation("'", at: e) { return nil }
        // It must end its phrase: "through the Adre crossing and into Chad" is one way into Chad.
        return sideEnds(at: e) ? e : nil
    }

    /// dest21 (issue 12, silent): an Arabic destination that lists a country and a place that is
    /// no country, joined by a glued "و" ("فر 5000 شخص إلى تشاد وطويلة", to Chad and Tawila,
    /// read 5,000 refugees; "إلى طويلة وتشاد", "نزح 5000 شخص في دارفور وتشاد" read under both):
    /// Arabic has no capitals, so the place is any word that is no country, no word of the
    /// displaced and no word of another clause, and the list must end the figure's phrase.
    /// Kind "part"; a country and another country's part after "في" ("في السودان وشرق تشاد")
    /// "countries"; nil otherwise ("إلى تشاد ومصر", "إلى تشاد وسط القتال").
    func arabicPlaceList(_ finding: Finding) -> (kind: String, range: Range<Int>, words: Range<Int>)? {
        guard finding.start > 0, let verb = word(at: finding.start - 1),
              PhraseReader.fleeingVerbs.contains(verb) || PhraseReader.arabicArrivalVerbs.contains(verb) || PhraseReader.displacedVerbs.contains(verb)
        else { return nil }
        var j = finding.end
        while j < finding.end + 3, let w = word(at: j), !["الي", "الى", "نحو", "في"].contains(w) { j += 1 }
        guard let lead = word(at: j), ["الي", "الى", "نحو", "في"].contains(lead) else { return nil }
        // "في" is where the people are after a verb of being displaced only.
        if lead == "في", !PhraseReader.displacedVerbs.contains(verb) { return nil }
        enum Item { case country([String]), part([String]), place }
        // An item at `k` (its first word `first`): a country, a country's part, or a place.
        func item(at k: Int, first: String?) -> (Item, Int)? {
            guard let w = first ?? word(at: k), w.unicodeScalars.first.map({ $0.value >= 0x600 && $0.value <= 0x6FF }) == true else { return nil }
            if let e = countryEnd(at: k, firstWord: first) {
                return (.country((k..<e).compactMap { $0 == k && first != nil ? first : word(at: $0) }), e)
            }
            // "وغيرها" (and elsewhere) may be in the country or abroad, as "to Chad and elsewhere".
            if ["غيرها", "غيره"].contains(w) { return (.place, k + 1) }
            if ["شرق", "غرب", "شمال", "جنوب"].contains(w), let e = countryEnd(at: k + 1) { return (.part((k + 1..<e).compactMap { word(at: $0) }), e) }
            if PhraseReader.arabicNotPlaces.contains(w) || PhraseReader.abroadWords.contains(w) || PhraseReader.otherCountryWords.contains(w)
                || PhraseReader.countryNouns.contains(w) || PhraseReader.exileNouns.contains(w) || PhraseReader.regionNouns.contains(w)
                || PhraseReader.fleeingVerbs.contains(w) || PhraseReader.displacementKindWords[w] != nil || w.count < 3 { return nil }
            // An imperfect verb ("ويعيشون", and they live).
            if w.hasPrefix("ي"), w.hasSuffix("ون") || w.hasSuffix("ان") { return nil }
            var e = k + 1
            if PhraseReader.arabicPlaceHeads.contains(w), let x = word(at: e), !x.hasPrefix("و") { e += 1 }
            return (.place, e)
        }
        func ends(_ e: Int) -> Bool { e >= tokens.count || { if case .punctuation = tokens[e].kind { return true }; return false }() }
        guard let (a, ae0) = item(at: j + 1, first: nil) else { return nil }
        // "إلى تشاد، وطويلة": a comma may stand before the "و".
        let ae = isPunctuation(",", at: ae0) || isPunctuation("،", at: ae0) ? ae0 + 1 : ae0
        guard let second = word(at: ae), second.hasPrefix("و"), second.count > 2 else { return nil }
        var bStart = ae
        var bFirst: String? = String(second.dropFirst())
        // "وإلى طويلة": the preposition said again.
        if let f = bFirst, ["الي", "الى", "في"].contains(f) { bStart = ae + 1; bFirst = nil }
        guard let (b, be) = item(at: bStart, first: bFirst), ends(be) else { return nil }
        let kind: String
        switch (a, b) {
        case (.country, .place), (.place, .country), (.part, .place), (.place, .part): kind = "part"
        case let (.country(x), .part(y)), let (.part(x), .country(y)), let (.part(x), .part(y)), let (.country(x), .country(y)):
            guard lead == "في", x != y, !CountryWords.sameCountry(x, y) else { return nil }
            kind = "countries"
        default: return nil
        }
        return (kind, (finding.start - 1)..<be, j..<be)
    }
}
