// dest17 (review55 F16, F18, silent): destinations inside and outside the country joined in
// one clause ("displaced inside and outside Sudan", "internally and across borders", "either
// within Sudan or to Chad", "to Tawila or abroad", "to Chad and elsewhere", "dentro y fuera de
// Sudán", "داخل السودان وخارجه"), and a figure said to include refugees.

extension PhraseReader {
    /// Where a cue of ``insideAndOutside(_:)`` puts the people: inside the country, outside it,
    /// or somewhere the words do not settle ("elsewhere", "beyond", "further afield").
    /// dest18 (review56 F5): `further` is "further afield" or "beyond", abroad after a side that
    /// is all abroad ("to Chad and further afield"), unsettled otherwise; `place` is where the
    /// people live or shelter ("in and outside camps"), which is no side and is passed over.
    enum SideCue { case inside, outside, vague, further, place }

    /// dest17: verbs of being displaced, whose "in"/"au"/"en" + a country is where the people
    /// are, not where they went ("displaced in Sudan and neighbouring countries", "déplacées au
    /// Soudan et dans les pays voisins").
    static let displacedVerbs: Set<String> = ["displaced", "uprooted", "déplacés", "déplacées", "desplazados", "desplazadas", "deslocados",
                                              "deslocadas", "نزح", "نزحوا", "نازح", "نازحا", "نازحين"]
    /// dest17 (review55 F14, F18): verbs of moving or being moved whose destination says
    /// whether a border was crossed ("streamed into Chad", "made their way to Chad", "were forced
    /// out of the country", "ont franchi la frontière"); read as the verbs of fleeing are.
    static let movingVerbs: Set<String> = [
        "streamed", "streaming", "poured", "pouring", "flooded", "flooding", "flocked", "flocking", "trekked", "trekking", "walked", "walking",
        "surged", "spilled", "made", "making", "went", "headed", "travelled", "traveled", "uprooted", "forced", "driven", "pushed", "expelled",
        "دخل", "دخلوا", "franchi", "franchissent", "franchissant", "traversé", "traversés", "traversées", "traversent",
        "chassés", "chassées", "expulsés", "expulsées", "expulsados", "expulsadas", "expulsos", "expulsas", "abandonaram", "abandonou",
    ]
    /// dest17: words of "inside" said of the people themselves ("displaced internally").
    static let internallyWords: Set<String> = ["internally", "internamente", "intérieurement", "داخليا", "داخلياً"]
    static let externallyWords: Set<String> = ["externally", "externamente", "extérieurement", "خارجيا", "خارجياً", "وخارجيا", "وخارجياً"]
    /// dest17: the "outside" half of "inside and outside" in its languages ("à l'extérieur du
    /// Soudan"; Arabic "خارج", "وخارجه" outside it).
    static let outsideWords: Set<String> = ["outside", "extérieur", "fuera", "fora", "hors", "خارج", "خارجه", "خارجها", "الخارج", "بالخارج"]
    /// dest17: words that join the two sides ("and", "or", "either ... or", "as well as").
    /// dest20 (review56 F6): "whether internally or as refugees", "soit ... soit", "ya sea ... o", "seja ... ou".
    static let sideJoiners: Set<String> = ["or", "ou", "nor", "either", "both", "well", "as", "whether", "soit", "sea", "seja"]
    /// dest17: words that may stand between the two sides besides a joiner ("or fled abroad",
    /// "and have fled to Chad", "ou ont fui au Tchad").
    static let sideGapWords: Set<String> = ["also", "then", "even", "have", "has", "had", "been", "were", "was", "are", "is", "being",
                                            "ont", "été", "sont", "se", "han", "sido", "foram", "têm", "estão", "aussi", "también", "também",
                                            "others", "many", "some", "thousands", "more", "still", "further", "those", "ya"]

    /// dest17 (review55 F16, F18, silent): a clause of a verb of fleeing or being displaced that
    /// puts the people both inside the country and outside it ("5000 people displaced inside and
    /// outside Sudan" read 5,000 idps; "in Sudan and neighbouring countries", "to Tawila or
    /// abroad" read under both; "either within Sudan or to Chad", "to Chad and elsewhere" read
    /// 5,000 refugees): kind "part", refused under refugees and under idps (read under
    /// `--measure displaced`, which asks for both). Two sides joined by "and"/"or" ("et", "y",
    /// "e", "ou", Arabic "و"), in either order; a side is a word of inside ("within", "inside",
    /// "internally", "at home", "dentro", "à l'intérieur", "داخل"; "in Sudan" after a verb of
    /// being displaced), a place a destination names that is no country ("to Tawila", "to
    /// safer areas", "to other parts of Sudan"), a word of outside ("outside", "abroad",
    /// "across borders", "externally", "neighbouring countries", "fuera de", "à l'extérieur",
    /// "خارجه"), a country gone to ("to Chad"), or a word that settles neither ("elsewhere",
    /// "beyond", "further afield"), which pairs with any other. Nil when the figure's words name
    /// the kind (refugees, IDPs) or no such pair is said.
    func insideAndOutside(_ finding: Finding) -> (kind: String, range: Range<Int>, words: Range<Int>)? {
        // "displaced internally" names idps by its adverb; the adverb is a side here.
        if displacementKindsNamed(finding).contains(where: { !PhraseReader.internallyWords.contains($0.0.lowercased()) }) { return nil }
        var start = finding.start
        var verbSeen = false
        var displacedVerb = false
        var refugeVerb = false
        func noteVerb(_ w: String) {
            verbSeen = true
            displacedVerb = PhraseReader.displacedVerbs.contains(w)
            refugeVerb = PhraseReader.refugeVerbs.contains(w)
        }
        // Arabic verb first: "نزح 5000 شخص داخل السودان وخارجه".
        if finding.start > 0, let w = word(at: finding.start - 1),
           PhraseReader.fleeingVerbs.contains(w) || PhraseReader.refugeVerbs.contains(w) || PhraseReader.leavingCountryVerbs.contains(w) {
            noteVerb(w)
            start = finding.start - 1
        }
        let verbFirst = start < finding.start
        // A side must follow the verb, a joiner or a comma: "fled their homes inside Sudan and
        // crossed into Chad" says where the homes were, not a side.
        var cues: [(side: SideCue, at: Range<Int>, clean: Bool)] = []
        // Whether a joiner stood between the last cue and the next.
        var joinedSinceCue = false
        var gapClean = true
        var pairs: [(Range<Int>, Range<Int>)] = []
        var twoCountries = false
        // dest21: "displaced in El Fasher, Sudan" may be a place in its country or a list.
        var placeThenCountry = false
        var k = finding.end
        let limit = min(tokens.count, finding.end + 26)
        while k < limit {
            if isPunctuation(".", at: k) || isPunctuation(";", at: k) || isPunctuation(":", at: k) || isPunctuation("?", at: k)
                || isPunctuation("!", at: k) { break }
            if case .number = tokens[k].kind { break }
            guard let w0 = word(at: k) else {
                // A comma passes ("either within Sudan, or to Chad"); brackets and dashes too.
                if cues.isEmpty, isPunctuation(",", at: k) { gapClean = true }
                k += 1
                continue
            }
            // Arabic "و" (and) glued to the next word: "وخارجه", "وإلى دول الجوار".
            var w = w0
            var glued = false
            if w0.hasPrefix("و"), w0.count > 2, !PhraseReader.fleeingVerbs.contains(w0), !vocab.andWords.contains(w0) {
                let rest = String(w0.dropFirst())
                if PhraseReader.outsideWords.contains(rest) || PhraseReader.destinationLeads.contains(rest) || PhraseReader.withinWords.contains(rest)
                    || rest == "في" || PhraseReader.abroadWords.contains(rest) || PhraseReader.externallyWords.contains(rest)
                    // dest20 (review56 F7, silent): "في السودان ودول الجوار" (and neighbouring countries).
                    || PhraseReader.countryNouns.contains(rest) && word(at: k + 1).map({ PhraseReader.abroadWords.contains($0) || PhraseReader.otherCountryWords.contains($0) }) == true {
                    w = rest
                    glued = true
                }
            }
            if glued { joinedSinceCue = true }
            if PhraseReader.fleeingVerbs.contains(w) || PhraseReader.refugeVerbs.contains(w) || PhraseReader.leavingCountryVerbs.contains(w)
                || PhraseReader.movingVerbs.contains(w) {
                noteVerb(w)
                gapClean = true
                k += 1
                continue
            }
            // dest21 (issue 12, silent): a country or a country's part said bare after "displaced in
            // <place> and" or "in <place>, " ("displaced in Darfur and Chad", "in El Fasher and Chad",
            // "in Darfur, Chad", "in Sudan and Chad's east", "in Sudan and eastern Chad", "au Soudan et
            // dans l'est du Tchad", "في السودان وشرق تشاد" read 5,000 under both): a side in that
            // country, as "and in Chad" is. "in Darfur and Kordofan" names no country: no side.
            if verbSeen, displacedVerb, gapClean, let last = cues.last, last.side == .inside, last.clean,
               let lead = word(at: last.at.lowerBound), PhraseReader.inSideLeads.contains(lead) {
                let comma = !joinedSinceCue && isPunctuation(",", at: k - 1) && last.at.upperBound == k - 1
                let vav = !glued && w0.hasPrefix("و") && w0.count > 2
                if joinedSinceCue || comma || vav, let second = countrySide(at: k, stripVav: vav), sideEnds(at: second.end) {
                    let a = cueCountry(last.at)
                    if a.map({ $0 != second.country && !CountryWords.sameCountry($0, second.country) }) ?? true {
                        pairs.append((last.at, k..<second.end))
                        if a != nil { twoCountries = true } else if comma { placeThenCountry = true }
                        cues.append((.inside, k..<second.end, true))
                        joinedSinceCue = false
                        k = second.end
                        continue
                    }
                }
            }
            // dest20 (review56 F6, silent): a second country said bare after "displaced in <country>
            // and" ("5,000 DISPLACED IN SUDAN AND CHAD", "displaced in Mali and Niger") is a side
            // in another country, as "and in Chad" is.
            if verbSeen, displacedVerb, joinedSinceCue, gapClean, let last = cues.last, last.side == .inside, last.clean, cueCountry(last.at) != nil,
               let e = countryEnd(at: k), !placeInCountry(after: e), sideEnds(at: e), let a = cueCountry(last.at),
               case let b = (k..<e).compactMap({ word(at: $0) }), a != b, !CountryWords.sameCountry(a, b) {
                pairs.append((last.at, k..<e))
                twoCountries = true
                cues.append((.inside, k..<e, true))
                joinedSinceCue = false
                k = e
                continue
            }
            // dest20 (review56 F6, silent): a relative clause of the same people after a joiner
            // ("displaced within Sudan or who fled to Chad", "inside the country or who crossed
            // into Chad") goes on with their next verb.
            if joinedSinceCue, !cues.isEmpty, PhraseReader.sideRelatives.contains(w), var p = word(at: k - 1) {
                // "and those who fled", "et ceux qui", "y quienes", "e os que".
                if ["those", "ceux", "celles", "aquellos", "aquellas", "los", "las", "os", "as", "aqueles", "aquelas"].contains(p) { p = word(at: k - 2) ?? "" }
                if vocab.andWords.contains(p) || ["or", "ou", "o", "او"].contains(p) {
                    k += 1
                    continue
                }
            }
            if verbSeen || kindCue(at: k) != nil, let cue = sideCue(at: k, word: w, displaced: displacedVerb, refuge: refugeVerb, loose: gapClean) {
                // dest18 (review56 F5): "in and outside camps" says where they shelter: no side.
                if cue.side == .place {
                    k = cue.end
                    continue
                }
                var side = cue.side
                if let last = cues.last, last.clean, joinedSinceCue, gapClean {
                    let pairs2: Bool
                    switch (last.side, cue.side) {
                    // dest18 (review56 F5): "to Chad and further afield", "across the border and
                    // beyond": further on from abroad is abroad.
                    case (.outside, .further): pairs2 = false; side = .outside
                    // "to neighbouring countries and elsewhere": other countries again ("to Chad
                    // and elsewhere" may be elsewhere in Sudan: it pairs).
                    case (.outside, .vague) where ["elsewhere", "ailleurs"].contains(w) && cue.end == k + 1
                        && last.at.contains(where: { word(at: $0).map({ ["countries", "nations", "pays", "países", "دول", "البلدان"].contains($0) }) == true }):
                        pairs2 = false; side = .outside
                    case (.further, .outside), (.further, .further): pairs2 = false
                    case (.inside, .outside), (.outside, .inside), (.vague, _), (_, .vague), (.further, _), (_, .further): pairs2 = true
                    // dest18 (review56 F4, silent): "displaced in Sudan and in Chad", "in Mali and
                    // Niger": displaced in two countries, whether any crossed a border is not said.
                    case (.inside, .inside):
                        if let a = cueCountry(last.at), let b = cueCountry(k..<cue.end), a != b, !CountryWords.sameCountry(a, b) {
                            twoCountries = true
                            pairs2 = true
                        } else { pairs2 = false }
                    default: pairs2 = false
                    }
                    if pairs2 { pairs.append((last.at, k..<cue.end)) }
                } else if cue.side == .further, let last = cues.last, last.side == .outside {
                    // "abroad, to Chad and beyond": the comma's list is all abroad.
                    side = .outside
                }
                cues.append((side, k..<cue.end, gapClean))
                joinedSinceCue = false
                gapClean = true
                k = cue.end
                continue
            }
            // dest20 (review56 F7): the Spanish "o"/"u" (or) between two sides ("dentro del país o
            // como refugiados"); an article "o" before a side's place is read by the side.
            if vocab.andWords.contains(w) || PhraseReader.sideJoiners.contains(w) || ["o", "u"].contains(w) && !cues.isEmpty || w == "او" {
                // "as well as"; "as" alone opens another clause ("fled as troops moved in").
                if w == "as", !(word(at: k + 1) == "well" || word(at: k - 1) == "well") { break }
                joinedSinceCue = true
                k += 1
                continue
            }
            if verbSeen, PhraseReader.fleeingClauseOpeners.contains(w) { break }
            if !PhraseReader.sideGapWords.contains(w), !PhraseReader.destinationLeads.contains(w),
               !PhraseReader.destinationFillers.contains(w), !["in", "dans", "à", "l", "في"].contains(w),
               // The figure's noun after an Arabic verb first ("نزح 5000 شخص داخل ...").
               !(verbFirst && cues.isEmpty && k < finding.end + 2) {
                gapClean = false
            }
            k += 1
        }
        guard let (a, b) = pairs.first else { return nil }
        let kind = pairs.count > 1 ? "part" : twoCountries ? "countries" : placeThenCountry ? "placeOrList" : "part"
        return (kind, start..<b.upperBound, a.lowerBound..<b.upperBound)
    }

    /// dest18: the country an "in" side names ("in Sudan", "au Tchad", "en Chad"); nil for any other side.
    func cueCountry(_ r: Range<Int>) -> [String]? {
        guard let w = word(at: r.lowerBound), ["in", "dans", "no", "na", "nos", "nas", "em", "au", "aux", "en", "في"].contains(w) else { return nil }
        for x in r {
            if let e = countryEnd(at: x), e <= r.upperBound { return (x..<e).compactMap { word(at: $0) } }
        }
        return nil
    }

    /// dest17: the side a cue of ``insideAndOutside(_:)`` at `k` (its word `w`, an Arabic "و"
    /// taken off) says, and where it ends; nil when none starts there.
    func sideCue(at k: Int, word w: String, displaced: Bool, refuge: Bool, loose: Bool = false) -> (side: SideCue, end: Int)? {
        // dest20 (review56 F6, F7, silent): the kinds named as the sides ("internally or as
        // refugees", "as IDPs or refugees", "internally displaced and refugees", "à l'intérieur du
        // pays ou comme réfugiés", "dentro del país o como refugiados").
        if let c = kindCue(at: k) { return c }
        // dest20: "in exile", "into exile", "en exil", "al exilio", "para o exílio", "إلى المنفى".
        if let e = exileEnd(at: k) { return (.outside, e) }
        // dest20: "the region", "across the region", "its borders" (after "across Sudan and").
        if let e = regionEnd(at: w == "across" || w == "throughout" ? k + 1 : k) { return (.outside, e) }
        if ["its", "their", "ses", "leurs", "sus", "seus", "suas"].contains(w), word(at: k + 1).map(PhraseReader.borderWords.contains) == true { return (.outside, k + 2) }
        // dest20 (Arabic order): "دول الجوار" (countries of the neighbourhood), "بلدان مجاورة".
        if PhraseReader.countryNouns.contains(w), w.unicodeScalars.first.map({ $0.value >= 0x600 && $0.value <= 0x6FF }) == true,
           word(at: k + 1).map({ PhraseReader.abroadWords.contains($0) || PhraseReader.otherCountryWords.contains($0) }) == true { return (.outside, k + 2) }
        // dest18 (review56 F5, needless refusal): "in and outside camps", "inside and outside the
        // town", "within and outside Khartoum", "à l'intérieur et à l'extérieur des camps": a pair
        // whose object is no country names no border.
        if let (end, shelter) = insideAndOutsidePlace(at: k, word: w) { return (shelter || refuge ? .place : .inside, end) }
        // The object of a side, if any ("inside Sudan", "within the country", "à l'intérieur du
        // Soudan", "dentro del país"); "inside and outside Sudan" shares one.
        func objectEnd(_ j: Int) -> Int {
            var c = j
            while c < j + 4, isPunctuation("'", at: c) || word(at: c).map({ PhraseReader.destinationFillers.contains($0) && !PhraseReader.otherCountryWords.contains($0)
                    || ["of", "du", "de", "del", "do", "da", "d", "its", "their", "own"].contains($0) }) == true { c += 1 }
            if let e = countryEnd(at: c) {
                if isPunctuation("'", at: e), word(at: e + 1) == "s", word(at: e + 2).map(PhraseReader.borderWords.contains) == true { return e + 3 }
                return e
            }
            if word(at: c).map({ PhraseReader.countryNounsSingular.contains($0) || PhraseReader.borderWords.contains($0) }) == true { return c + 1 }
            // dest23: not a word a headline in capitals writes that is no name ("INTO CHAD AND BEYOND AS
            // FIGHTING SPREADS" had "AS FIGHTING SPREADS" for the place beyond).
            if c < tokens.count, capitalisedPlace(c), !capitalsNoName(c) {
                var e = c
                while e < c + 3, e < tokens.count, capitalisedPlace(e), let x = word(at: e), !vocab.andWords.contains(x) { e += 1 }
                return e
            }
            return j
        }
        if PhraseReader.withinWords.contains(w) || PhraseReader.internallyWords.contains(w) { return (.inside, objectEnd(k + 1)) }
        if w == "at", word(at: k + 1) == "home" { return (.inside, k + 2) }
        if PhraseReader.externallyWords.contains(w) { return (.outside, k + 1) }
        if let e = outsideCountryEnd(at: k) { return (.outside, e) }
        if PhraseReader.outsideWords.contains(w) { return (.outside, objectEnd(k + 1)) }
        if ["abroad", "overseas", "الخارج"].contains(w) { return (.outside, k + 1) }
        // "across borders", "across its borders", "over the border", "beyond Sudan's borders".
        // dest21: "à travers le Darfour", "a través de Darfur"; "por Darfur", "pelo Darfur" (a route).
        if ["à", "a"].contains(w), let x = word(at: k + 1), ["travers", "través"].contains(x) {
            return sideCue(at: k + 1, word: x, displaced: displaced, refuge: refuge, loose: loose)
        }
        if ["por", "pelo", "pela"].contains(w), !refuge, let r = routeSide(at: k + 1) { return (.inside, r) }
        if ["across", "over", "beyond", "através", "travers", "través", "عبر", "throughout", "through"].contains(w) {
            var e = k + 1
            while e < k + 6, e < tokens.count, case let x = word(at: e) ?? "", !PhraseReader.borderWords.contains(x),
                  PhraseReader.destinationFillers.contains(x) || ["its", "de", "la", "da", "del", "s"].contains(x) || isPunctuation("'", at: e)
                    || countryEnd(at: e) != nil || isPunctuation("-", at: e) || isSymbol("-", at: e) || isDash(at: e) { e += 1 }
            if word(at: e).map(PhraseReader.borderWords.contains) == true { return (.outside, e + 1) }
            // dest20 (review56 F6, silent): "displaced across Sudan", "across Darfur" is where they
            // are, as "displaced in Sudan" ("displaced across Sudan and into Chad" read under both).
            if w == "across" || w == "throughout", displaced, !refuge, let r = routeSide(at: k + 1) { return (.inside, r) }
            // dest21 (issue 12, silent): after a verb of fleeing too, a place gone across is a side
            // when another side is joined to it ("fled across Darfur and into Chad", "moved across
            // Sudan and over the border", "ont fui à travers le Darfour et vers le Tchad" read 5,000
            // under both): some may have stayed there. "fled across Darfur to Chad" is one route.
            if ["across", "throughout", "through", "travers", "través", "através"].contains(w), !refuge, let r = routeSide(at: k + 1) { return (.inside, r) }
            // dest22 (issue 12, silent): a place that is no country too, and a list of them ("فر 5000
            // شخص عبر دارفور وكردفان وإلى تشاد", "عبر دارفور وإلى تشاد" read 5,000 under both).
            if w == "عبر", !refuge, let c = arabicRouteEnd(at: k + 1) { return (.inside, c) }
            if w == "beyond" {
                // "within and beyond Darfur", "to Chad and beyond"; not "beyond the reach of".
                let o = objectEnd(k + 1)
                // dest18 (review56 F5): "beyond" alone goes on from the side before it.
                if o == k + 1, k + 1 >= tokens.count || word(at: k + 1) == nil || word(at: k + 1).map(vocab.andWords.contains) == true { return (.further, o) }
                if o > k + 1 { return (.vague, o) }
            }
            return nil
        }
        // "elsewhere" alone ("to Chad and elsewhere"); "elsewhere in Sudan" is inside.
        if ["elsewhere", "ailleurs"].contains(w) {
            // "elsewhere in the region", "in the world": other countries.
            if word(at: k + 1) == "in", word(at: k + 2) == "the", let x = word(at: k + 3), ["region", "world"].contains(x) { return (.outside, k + 4) }
            if let x = word(at: k + 1), ["in", "au", "en", "dans", "inside", "within"].contains(x) {
                let o = objectEnd(k + 2)
                if o > k + 2 { return (.inside, o) }
            }
            // dest18 (review56 F5): "elsewhere abroad", "elsewhere outside Sudan" are abroad.
            if let x = word(at: k + 1), PhraseReader.abroadWords.contains(x) { return (.outside, k + 2) }
            if let e = outsideCountryEnd(at: k + 1) { return (.outside, e) }
            if let x = word(at: k + 1), PhraseReader.outsideWords.contains(x), outsideObject(k + 2) == true { return (.outside, objectEnd(k + 2)) }
            return (.vague, k + 1)
        }
        if ["further", "farther"].contains(w), word(at: k + 1) == "afield" {
            // dest18 (review56 F5): "further afield in Darfur" is inside; "in the region" abroad.
            if let x = word(at: k + 2), ["in", "inside", "within"].contains(x) {
                if word(at: k + 3) == "the", let y = word(at: k + 4), ["region", "world"].contains(y) { return (.outside, k + 5) }
                let o = objectEnd(k + 3)
                if o > k + 3, countryEnd(at: k + 3) == nil { return (.inside, o) }
            }
            return (.further, k + 2)
        }
        // "neighbouring countries", "other countries" without a preposition ("in Sudan and
        // neighbouring countries").
        if PhraseReader.otherCountryWords.contains(w), word(at: k + 1).map(PhraseReader.countryNouns.contains) == true { return (.outside, k + 2) }
        // A preposition and its place.
        let inLeads: Set<String> = ["in", "dans", "في", "no", "na", "nos", "nas", "em"]
        let eitherLeads: Set<String> = ["au", "aux", "en", "à"]
        guard PhraseReader.destinationLeads.contains(w) || inLeads.contains(w) || eitherLeads.contains(w) else { return nil }
        // "in" + a country after a verb of being displaced is where they are; "to" where they went.
        let inside = inLeads.contains(w) || eitherLeads.contains(w) && displaced
        // dest20 (review56 F6, silent): after a verb of fleeing with nothing between but a comma or
        // a joiner ("fled, in Sudan or abroad", "fled their homes, both in Sudan and across
        // borders"), "in" + a country is where they are too.
        if inLeads.contains(w), !displaced, !refuge, !(loose && countryEnd(at: k + 1).map(sideEnds) == true) { return nil }
        var e = k + 1
        var other = false
        while e < k + 5, isPunctuation("'", at: e) || word(at: e).map({ PhraseReader.destinationFillers.contains($0) || PhraseReader.listPlaceAdjectives.contains($0)
                || ["ao", "aos", "as"].contains($0) && ["para", "rumo"].contains(w) }) == true {
            if word(at: e).map(PhraseReader.otherCountryWords.contains) == true { other = true }
            e += 1
        }
        guard let head = word(at: e) else {
            // "in and outside Sudan": the side's object is shared.
            return nil
        }
        if inLeads.contains(w), e == k + 1, vocab.andWords.contains(head) || head == "or" { return (.inside, k + 1) }
        if w == "à" || w == "a" || w == "al", ["intérieur"].contains(head) { return (.inside, objectEnd(e + 1)) }
        if ["extérieur", "exterior", "estrangeiro", "étranger", "extranjero"].contains(head) { return (.outside, objectEnd(e + 1)) }
        if let c = countryEnd(at: e) {
            if placeInCountry(after: c) { return nil }
            return (inside && !refuge ? .inside : .outside, c)
        }
        if PhraseReader.countryNouns.contains(head) || PhraseReader.countryNounsSingular.contains(head) {
            let after = word(at: e + 1).map { PhraseReader.otherCountryWords.contains($0) || PhraseReader.abroadWords.contains($0) } == true
            if other || after { return (.outside, after ? e + 2 : e + 1) }
            if inside, !refuge, word(at: e - 1).map({ ["the", "le", "el", "o", "their", "leur", "su", "seu"].contains($0) }) == true || head.hasPrefix("ال") {
                return (.inside, e + 1)
            }
            return nil
        }
        if PhraseReader.abroadWords.contains(head) { return (.outside, e + 1) }
        // Where people live or shelter after a verb of refuge is no side ("fled to Chad and are
        // living in makeshift shelters", "sheltering in Adré").
        if refuge { return nil }
        // A place that is no country: "to Tawila", "to safer areas", "to other parts of Sudan",
        // "to camps", "into the bush".
        if PhraseReader.listPlacesInside.contains(head) || PhraseReader.campWords.contains(head) || PhraseReader.listPlaceNouns.contains(head) {
            var o = e + 1
            if let x = word(at: o), ["of", "in", "inside", "within", "du", "de", "del", "do", "da", "dans"].contains(x) { o = objectEnd(o + 1) }
            return (.inside, o)
        }
        if capitalisedPlace(e), !inLeads.contains(w) || displaced {
            var o = e
            while o < e + 3, o < tokens.count, capitalisedPlace(o), let x = word(at: o), !vocab.andWords.contains(x), countryEnd(at: o) == nil { o += 1 }
            return (.inside, o)
        }
        return nil
    }

    /// dest18 (review56 F5): whether the object of an "outside" at `j` is a country ("Sudan",
    /// "the country", "its borders", "the region"): true; a place that is none ("camps", "the
    /// town", "El Fasher", "des camps", "de los campamentos"): false; nil when there is none.
    func outsideObject(_ j: Int) -> Bool? {
        var c = j
        while c < j + 4, isPunctuation("'", at: c) || word(at: c).map({ PhraseReader.destinationFillers.contains($0) && !PhraseReader.otherCountryWords.contains($0)
                || ["of", "du", "de", "del", "do", "da", "d", "des", "dos", "das", "its", "their", "own", "both"].contains($0) }) == true { c += 1 }
        guard let w = word(at: c), !vocab.andWords.contains(w), w != "or" else { return nil }
        if countryEnd(at: c) != nil { return true }
        for x in c..<min(tokens.count, c + 3) {
            guard let y = word(at: x) else { break }
            if PhraseReader.countryNouns.contains(y) || PhraseReader.countryNounsSingular.contains(y) || PhraseReader.borderWords.contains(y)
                || PhraseReader.abroadWords.contains(y) || ["region", "région", "región", "região", "المنطقة"].contains(y) { return true }
            if !CountryWords.territoryAdjectives.contains(y), !(isPunctuation("'", at: x + 1) && word(at: x + 2) == "s") { break }
        }
        return false
    }

    /// dest18 (review56 F5, needless refusal): the end of "in/inside/within and outside" + a
    /// place that is no country at `k` ("in and outside camps", "both inside and outside Zamzam
    /// camp", "inside and outside the town", "within and outside Khartoum", "à l'intérieur et
    /// à l'extérieur des camps", "dentro y fuera de los campamentos", "dentro e fora dos campos"),
    /// and whether it is a place of shelter (camps, sites); nil when there is none or its object
    /// is a country ("inside and outside Sudan", "within and outside the country").
    func insideAndOutsidePlace(at k: Int, word w: String) -> (end: Int, shelter: Bool)? {
        var j: Int
        if PhraseReader.withinWords.contains(w) || ["in", "dans"].contains(w) { j = k + 1 }
        else if w == "à" {
            var e = k + 1
            while e < k + 3, word(at: e) == "l" || isPunctuation("'", at: e) { e += 1 }
            guard word(at: e) == "intérieur" else { return nil }
            j = e + 1
        } else { return nil }
        guard let joiner = word(at: j), vocab.andWords.contains(joiner) || joiner == "or" || joiner == "ou" else { return nil }
        j += 1
        guard let o = word(at: j) else { return nil }
        // "within and beyond Darfur" is no pair of this kind: beyond a region may be across a border.
        if PhraseReader.outsideWords.contains(o) { j += 1 }
        else if o == "à" {
            var e = j + 1
            while e < j + 3, word(at: e) == "l" || isPunctuation("'", at: e) { e += 1 }
            guard word(at: e) == "extérieur" else { return nil }
            j = e + 1
        } else { return nil }
        guard outsideObject(j) == false else { return nil }
        // The place's words: to a joiner, a verb, a preposition of another place or a mark.
        var end = j
        var shelter = false
        while end < j + 5, let x = word(at: end), !vocab.andWords.contains(x), x != "or", !PhraseReader.fleeingVerbs.contains(x),
              !PhraseReader.refugeVerbs.contains(x), !PhraseReader.destinationLeads.contains(x) || ["de", "des", "du", "of", "do", "da", "dos", "das", "del"].contains(x) {
            if PhraseReader.campWords.contains(x) || PhraseReader.listPlaceNouns.contains(x) { shelter = true }
            end += 1
        }
        return (end, shelter)
    }

    /// dest17: a word written as a name: with a capital in a text in sentence case, or any word
    /// of letters in a text written all in capitals ("5,000 FLEE TO CHAD AND DARFUR").
    func capitalisedPlace(_ k: Int) -> Bool {
        guard k < tokens.count, tokens[k].word != nil else { return false }
        if PhraseReader.capitalised(tokens[k]) { return sentenceCase }
        return allCapitals && tokens[k].text.contains(where: \.isLetter) && tokens[k].text.allSatisfy { !$0.isLetter || $0.isUppercase }
    }

    /// dest17 (review55 F19): the text's letters are all capitals (a wire headline).
    var allCapitals: Bool {
        var letters = 0
        for t in tokens where t.word != nil {
            for ch in t.text where ch.isLetter {
                if ch.isLowercase { return false }
                if ch.isUppercase { letters += 1 }
            }
        }
        return letters >= 8
    }

    /// dest17 (review55 F16, silent): a figure of people said to include refugees or the
    /// internally displaced ("5000 people displaced, including refugees in Chad" read 5,000
    /// under both measures): only part of them is of either kind: "part"; nil otherwise.
    func includingKind(_ finding: Finding) -> (kind: String, range: Range<Int>, words: Range<Int>)? {
        var k = finding.end
        let limit = min(tokens.count, finding.end + 12)
        let including: Set<String> = ["including", "includes", "include", "among", "incl", "dont", "parmi", "incluidos", "incluidas", "incluyendo",
                                      "incluindo", "entre", "بينهم", "منهم", "بمن"]
        while k < limit {
            if isPunctuation(".", at: k) || isPunctuation(";", at: k) { return nil }
            if case .number = tokens[k].kind { return nil }
            if let w = word(at: k), including.contains(w) {
                var e = k + 1
                while e < k + 4, let x = word(at: e), ["them", "whom", "des", "de", "ellos", "eles", "los", "os", "les", "some", "many", "fi"].contains(x) { e += 1 }
                if let x = word(at: e), PhraseReader.displacementKindWords[x] != nil || x == "internally" {
                    return ("part", finding.start..<(e + 1), k..<(e + 1))
                }
                return nil
            }
            k += 1
        }
        return nil
    }
}

extension PhraseReader {
    /// dest17 (review55 F18, silent): verbs of being put out, whose object ("the country",
    /// "du pays", "do país") is the country left, as ``leavingCountryVerbs``' ("were expelled
    /// from the country", "chassées du pays", "expulsas do país", "abandonaram o país").
    static let expelVerbs: Set<String> = ["expelled", "chassés", "chassées", "expulsés", "expulsées", "expulsados", "expulsadas", "expulsos",
                                          "expulsas", "abandonaram", "abandonou", "deported"]
}

extension PhraseReader {
    /// dest17 (review55 F14): Arabic verbs of arriving said before the figure ("وصل 5000 شخص إلى
    /// تشاد", arrived in Chad), read as the verbs of fleeing said there.
    static let arabicArrivalVerbs: Set<String> = ["وصل", "وصلوا", "دخل", "دخلوا", "عبر", "عبروا", "لجأ", "لجا", "لجأوا", "لجاوا"]
}

extension PhraseReader {
    /// dest17 (review55 F19): names of news sources a headline ends with after a comma ("5,000 flee
    /// to Chad, Reuters"), which are no place.
    static let newsSourceWords: Set<String> = ["reuters", "afp", "ap", "xinhua", "bbc", "cnn", "anadolu", "jazeera", "aljazeera", "unhcr", "iom",
                                               "ocha", "msf", "unicef", "wfp", "ap-news", "dpa", "efe", "ansa", "tass", "report", "reports", "says", "said"]
}

extension PhraseReader {
    /// dest19 (review56 F9, refusal): verbs a headline says of the people after "and" ("5,000
    /// FLEE TO CHAD AND NEED AID", "AND SEEK SHELTER", "AND ARE STRANDED", "And Face Hunger"):
    /// in capitals or Title Case every word has a capital, so each had been taken for a place
    /// inside and the figure refused. No place is named so.
    static let headlineVerbs: Set<String> = [
        "need", "needs", "seek", "seeks", "are", "is", "were", "was", "be", "been", "have", "has", "had", "face", "faces", "wait", "waits",
        "rebuild", "rebuilds", "register", "registers", "remain", "remains", "stay", "stays", "struggle", "struggles", "live", "settle",
        "settles", "find", "finds", "get", "gets", "receive", "receives", "return", "returns", "arrive", "arrive", "beg", "begs", "lack",
        "lacks", "ask", "asks", "appeal", "appeals", "call", "calls", "die", "dies", "starve", "suffer", "suffers", "fear", "fears", "hope",
        "hopes", "recount", "recounts", "describe", "describes", "sleep", "sleeps", "shelter", "crowd", "crowds", "swell", "swells", "strain",
        "strains", "overwhelm", "overwhelms", "join", "joins", "now", "still", "survive", "survives", "cope", "endure", "endures",
        "ont", "sont", "attendent", "cherchent", "manquent", "demandent", "vivent", "survivent", "affrontent", "reçoivent", "trouvent",
        "necesitan", "buscan", "esperan", "están", "son", "enfrentan", "piden", "viven", "sufren", "carecen", "reciben",
        "precisam", "buscam", "esperam", "estão", "são", "enfrentam", "pedem", "vivem", "sofrem", "recebem",
    ]
    /// dest19: what such a verb has for its object ("NEED AID", "REBUILD LIVES", "FACE
    /// HUNGER"): no place either, and a word before it is a verb.
    static let headlineObjects: Set<String> = [
        "aid", "help", "food", "water", "hunger", "famine", "starvation", "lives", "homes", "safety", "refuge", "asylum", "uncertainty",
        "hardship", "hardships", "disease", "cholera", "misery", "danger", "dangers", "assistance", "support", "protection", "trauma", "their",
        "them", "besoin", "aide", "nourriture", "faim", "ayuda", "comida", "hambre", "ajuda", "fome", "abrigo",
    ]
    /// dest19 (review56 F9, refusal): words that, after a headline's comma, say when or who says
    /// it, not where the people went ("5,000 flee to Chad, Monday", "..., Amnesty", "5,000
    /// FLEE TO CHAD, OFFICIALS", "..., WFP WARNS", "..., AID GROUPS SAY"), in any case.
    static let attributionWords: Set<String> = newsSourceWords.union([
        "say", "warn", "warns", "warned", "tell", "tells", "told", "claim", "claims", "according", "estimate", "estimates", "official",
        "officials", "sources", "source", "witnesses", "witness", "residents", "agency", "agencies", "amnesty", "hrw", "nrc", "icrc", "irc",
        "ifrc", "un", "who", "oxfam", "unfpa", "undp", "ohchr", "acled", "monitor", "monitors", "medics", "doctors", "survey", "update",
        "today", "yesterday", "tonight", "week", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "selon", "dit", "disent", "affirme", "rapporte", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "según", "dice", "dicen", "afirma", "informa", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "segundo", "diz", "dizem", "informa", "segunda", "terça", "quarta", "quinta", "sexta", "feira",
    ]).union(monthNames)
}

extension PhraseReader {
    /// dest19 (review56 F9): a word of a headline that starts no place's name, whatever its case:
    /// a verb of ``headlineVerbs`` or an object of ``headlineObjects``, or a word one of those
    /// objects follows when it is the `first` of a place's words ("REBUILD LIVES"). Only a
    /// place's first word is judged: "5,000 FLEE TO CHAD AND DARFUR FOR SAFETY" still lists one.
    func headlineNotPlace(_ k: Int, first: Bool) -> Bool {
        guard let w = word(at: k) else { return false }
        if PhraseReader.headlineVerbs.contains(w) || PhraseReader.headlineObjects.contains(w) { return true }
        return first && (word(at: k + 1).map(PhraseReader.headlineObjects.contains) ?? false)
    }

    /// dest19 (review56 F9): a place after a headline's comma (`range`, its words) that says
    /// when or who ("Monday", "Amnesty", "OFFICIALS", "WFP WARNS", "AID GROUPS SAY").
    func attributionAfterComma(_ range: Range<Int>) -> Bool {
        range.contains { word(at: $0).map(PhraseReader.attributionWords.contains) ?? false }
    }
}
