// dest23 (issue 12, silent): what stands between a verb of fleeing and "and" + a destination
// abroad. dest22 read a closed list of causes there ("out of fear", "por miedo"); any other
// manner, time or cause ("fled for their lives and into Chad", "on foot", "at night", "huyeron a
// pie y hacia Chad", "ont fui à pied et vers le Tchad", "فر 5000 شخص ليلا وإلى تشاد") still read
// 5,000 under idps. The rule is now read from what is known to be a place there, not from a
// list of manners: an unknown word is no place.

extension PhraseReader {
    /// dest23: prepositions after which a name is a place the people were in, passed or went
    /// to ("in Darfur", "across Darfur", "through North Darfur", "to Tawila", "dans le Darfour",
    /// "por Darfur", "pelo Darfur", "em Cabo Delgado").
    static let placeMarkLeads: Set<String> = [
        "in", "inside", "within", "across", "through", "throughout", "to", "into", "towards", "toward", "via", "for", "around",
        "en", "dans", "à", "au", "aux", "vers", "travers", "pour", "por", "a", "al", "hacia", "hasta", "dentro", "través",
        "em", "no", "na", "nos", "nas", "pelo", "pela", "através", "ao", "aos", "rumo", "para",
    ]
    /// dest23: of ``placeMarkLeads``, those that name a destination whatever follows: an unknown
    /// word after them ("fled to tawila and into Chad") may be a place written in lower case,
    /// so it counts as one. Not the "a"/"à"/"para"/"for" of a manner or an aim ("a pie", "à
    /// pied", "for their lives").
    static let strictPlaceLeads: Set<String> = ["to", "into", "towards", "toward", "vers", "hacia", "hasta", "rumo"]
    /// dest23: prepositions that after a noun say where the thing was ("the fighting in Darfur").
    static let nounPlaceLeads: Set<String> = ["in", "en", "dans", "au", "no", "na", "em"]
    /// dest23: homes left, whose place is where they were ("fled their homes in El Fasher").
    static let homeNouns: Set<String> = ["home", "homes", "houses", "villages", "village", "town", "towns", "city", "maisons", "foyers", "village",
                                         "hogares", "casas", "pueblos", "lares", "aldeias"]
    /// dest23: what a strict lead may take that is no place ("fled to safety and into Chad").
    static let safetyWords: Set<String> = ["safety", "safe", "sécurité", "seguridad", "segurança", "refuge", "shelter"]
    /// dest23: words a headline in capitals writes like names that are no place ("FLED IN PANIC",
    /// "AT NIGHT", "IN THEIR THOUSANDS").
    static let notPlaceNames: Set<String> = [
        "night", "nightfall", "dawn", "dusk", "daylight", "darkness", "foot", "haste", "hurry", "droves", "groups", "convoys", "trucks", "cars",
        "buses", "boats", "donkeys", "carts", "search", "desperation", "fear", "terror", "panic", "tears", "rags", "time", "recent", "past",
        "thousands", "hundreds", "numbers", "waves", "total", "all", "large", "small", "few", "secret", "silence", "order", "particular",
    ]

    /// dest23 (issue 12, silent): the first word between `a` and `b` (after a verb of fleeing,
    /// before "and" + a destination) that says a place the people were in, passed or went to,
    /// so that only part of them may have gone on across a border: a word of inside ("within",
    /// "inside", "internally", "elsewhere", "dentro", "داخل"), or a preposition of a place
    /// (``placeMarkLeads``) with a country, a name (capitalised in sentence case; in capitals
    /// any word but ``notPlaceNames``, causes, months and days), a place inside ("camps", "other
    /// parts", "the country"), or after a strict lead any word but "safety". Nil when there is
    /// none: a manner, time or cause ("for their lives", "on foot", "at night", "a pie", "à
    /// pied", "a pé"), and the place left that is the verb's object ("fled Darfur and into Chad").
    func placeMark(from a: Int, to b: Int) -> Int? {
        var k = a
        while k < b {
            guard let w = word(at: k) else { k += 1; continue }
            if PhraseReader.withinWords.contains(w) || PhraseReader.internallyWords.contains(w) || ["elsewhere", "ailleurs", "interior"].contains(w) { return k }
            // dest23 (needless refusal): where a cause or a home was is theirs, not the people's ("fled
            // the fighting in Darfur and into Chad", "their homes in El Fasher", "la violencia en Darfur").
            if PhraseReader.nounPlaceLeads.contains(w), let p = word(at: k - 1), k - 1 > a || k - 1 == a && a > 0,
               PhraseReader.causeNouns.contains(p) || PhraseReader.homeNouns.contains(p) {
                k += 1
                continue
            }
            if PhraseReader.placeMarkLeads.contains(w) {
                var e = k + 1
                while e < k + 5, e < b, isPunctuation("'", at: e) || word(at: e).map({ PhraseReader.destinationFillers.contains($0) && !PhraseReader.otherCountryWords.contains($0)
                        || ["of", "de", "du", "des", "del", "do", "da", "dos", "das", "travers", "través"].contains($0) }) == true { e += 1 }
                guard e < b, let head = word(at: e) else { k += 1; continue }
                if countryEnd(at: e) != nil || PhraseReader.otherCountryWords.contains(head) || PhraseReader.listPlacesInside.contains(head)
                    || PhraseReader.campWords.contains(head) || PhraseReader.listPlaceNouns.contains(head) || PhraseReader.regionNouns.contains(head)
                    || PhraseReader.countryNouns.contains(head) || PhraseReader.countryNounsSingular.contains(head)
                    // dest24 (silent): a country's quarter ("fled in the north and into Chad" read 5,000 refugees).
                    || PhraseReader.quarterNouns.contains(head) && word(at: e + 1) != "of" { return k }
                if capitalisedPlace(e), !PhraseReader.monthNames.contains(head), !PhraseReader.attributionWords.contains(head),
                   !allCapitals || !(PhraseReader.notPlaceNames.contains(head) || PhraseReader.causeNouns.contains(head)
                                     || PhraseReader.headlineObjects.contains(head) || PhraseReader.routeListStops.contains(head)) { return k }
                if PhraseReader.strictPlaceLeads.contains(w), !PhraseReader.safetyWords.contains(head) { return k }
            }
            k += 1
        }
        return nil
    }

    /// dest23 (issue 12, silent): the Arabic of ``placeMark(from:to:)``: after the people ("فر
    /// 5000 شخص ليلا وإلى تشاد", at night and to Chad; "سيرا على الأقدام وإلى تشاد", on foot),
    /// the first glued "و" + a preposition of a destination + a country within eight words, when
    /// nothing before it says a place: no preposition of one ("إلى", "نحو", "عبر", "داخل",
    /// "في", "خارج"), no place inside, no other verb or number. Nil otherwise.
    /// A place said there ("في دارفور", in Darfur; "داخل السودان", inside Sudan; "عبر دارفور", across
    /// Darfur; "إلى طويلة", to Tawila) makes the figure a part: some may have stayed there.
    func arabicMannerDestination(_ finding: Finding, start: Int) -> (kind: String, range: Range<Int>, words: Range<Int>)? {
        var j = finding.end
        var mark: Int?
        while j < min(tokens.count, finding.end + 8) {
            if case .number = tokens[j].kind { return nil }
            if isPunctuation(".", at: j) || isPunctuation(";", at: j) || isPunctuation(":", at: j) { return nil }
            guard let x = word(at: j) else { j += 1; continue }
            if x.hasPrefix("و"), x.count > 2, PhraseReader.laterDestinationLeads.contains(String(x.dropFirst())) { break }
            if mark == nil, PhraseReader.withinWords.contains(x) || x == "في" || x == "عبر" && !(word(at: j + 1).map({ PhraseReader.borderWords.contains($0)
                    || ["معبر", "المعبر", "معابر", "منفذ", "الحدودي"].contains($0) }) ?? true)
                || PhraseReader.destinationLeads.contains(x) && countryEnd(at: j + 1) == nil && word(at: j + 1) != nil {
                mark = j
                j += 1
                continue
            }
            if PhraseReader.destinationLeads.contains(x) || PhraseReader.outsideWords.contains(x)
                || PhraseReader.abroadWords.contains(x) || PhraseReader.internallyWords.contains(x) || ["عبر", "باتجاه", "صوب"].contains(x)
                || PhraseReader.listPlacesInside.contains(x) && mark == nil || PhraseReader.campWords.contains(x) && mark == nil || PhraseReader.fleeingVerbs.contains(x)
                || PhraseReader.fleeingClauseOpeners.contains(x) || mark == nil && countryEnd(at: j) != nil && word(at: j - 1) != "من" { return nil }
            j += 1
        }
        guard j > finding.end, let x = word(at: j), x.hasPrefix("و"), PhraseReader.laterDestinationLeads.contains(String(x.dropFirst())),
              let e = countryEnd(at: j + 1), !placeInCountry(after: e) else { return nil }
        if let m = mark { return ("part", start..<e, m..<e) }
        // "خوفا وإلى تشاد وطويلة" (to Chad and Tawila): a place joined to the country may be inside.
        if let n = word(at: e), n.hasPrefix("و"), n.count > 2, case let rest = String(n.dropFirst()),
           !PhraseReader.arabicNotPlaces.contains(rest), countryEnd(at: e, firstWord: rest) == nil { return ("part", start..<(e + 1), j..<(e + 1)) }
        return ("refugees", start..<e, j..<e)
    }

    /// dest23 (issue 12, refusal): a word of a text in capitals that sentence case writes in lower
    /// case and that names no place: a word of a side or of a route ("BEYOND", "ABROAD",
    /// "OVERSEAS", "FURTHER", "THEN"), a country's noun ("OTHER COUNTRIES"), a border, a joiner or
    /// a word that opens a clause ("AS"). Read as its sentence-case form is ("5,000 FLEE INTO
    /// CHAD AND BEYOND" was refused with "BEYOND" for a place).
    func capitalsNoName(_ k: Int) -> Bool {
        guard allCapitals, let w = word(at: k) else { return false }
        return PhraseReader.routeListStops.contains(w) || PhraseReader.countryNouns.contains(w) || PhraseReader.countryNounsSingular.contains(w)
            || PhraseReader.fleeingClauseOpeners.contains(w) || PhraseReader.abroadWords.contains(w) || PhraseReader.borderWords.contains(w)
            || vocab.andWords.contains(w) || ["or", "ou", "afield"].contains(w)
    }
}
