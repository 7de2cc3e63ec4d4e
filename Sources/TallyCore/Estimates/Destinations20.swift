// dest20 (review56 F6, F7, silent): the sides of "both sides of a border" said without the
// prepositions dest17's rule knew (the kinds named, "in exile", "the region", "across Sudan",
// a bare second country, a relative clause), exile as a destination in every language, and
// headline lists joined by "&", "+", "/" or ";".

extension PhraseReader {
    /// dest20: relative words that carry the same people's next verb after a joiner ("displaced
    /// within Sudan or who fled to Chad").
    static let sideRelatives: Set<String> = ["who", "qui", "quienes", "que", "الذين", "اللذين"]
    /// dest20: the nouns of exile ("into exile", "en exil", "al exilio", "para o exílio", "إلى المنفى").
    /// The lexer folds "ى" to "ي" and "إ" to "ا": "المنفى" is read as "المنفي", "إلى" as "الي".
    static let exileNouns: Set<String> = ["exile", "exil", "exilio", "exílio", "المنفي", "منفي"]
    /// dest20: prepositions before exile that put the people there ("into exile", "in exile",
    /// "en exil", "al exilio", "en el exilio", "para o exílio", "no exílio", "إلى المنفى", "في المنفى").
    static let exileLeads: Set<String> = ["into", "in", "to", "en", "al", "a", "à", "vers", "hacia", "para", "ao", "no", "rumo", "الي", "الى", "في", "نحو"]
    /// dest20: nouns of a way before "of exile" ("le chemin de l'exil", "el camino del exilio",
    /// "o caminho do exílio", "the road to exile" is said by "to").
    static let exilePathNouns: Set<String> = ["chemin", "route", "voie", "camino", "caminho", "rota", "road", "path", "طريق"]
    /// dest20: nouns before "in exile" that are not the people ("the government in exile").
    static let exileHolders: Set<String> = ["government", "gouvernement", "gobierno", "governo", "president", "président", "presidente", "leader",
                                            "leaders", "opposition", "king", "parliament", "cabinet", "حكومة", "الحكومة"]
    /// dest20: "the region" said of the countries around ("in Sudan and the region", "across
    /// the region", "la région", "la región", "a região", "المنطقة").
    static let regionNouns: Set<String> = ["region", "région", "región", "região", "المنطقة"]
}

extension PhraseReader {
    /// dest20 (review56 F6, F7, silent): a kind of the displaced named as a side at `k`: "as
    /// refugees", "comme réfugiés", "como refugiados", "as IDPs", "internally", "internamente",
    /// "internally displaced", or a refugee noun alone at the end of its clause ("internally
    /// displaced and refugees"); its side and end, nil when none.
    func kindCue(at k: Int) -> (side: SideCue, end: Int)? {
        var j = k
        if let w = word(at: j), ["as", "comme", "como"].contains(w) { j += 1 }
        else if word(at: j) == "en", word(at: j + 1) == "tant", word(at: j + 2) == "que" { j += 3 }
        let led = j > k
        guard let x = word(at: j) else { return nil }
        let kind = PhraseReader.displacementKindWords[x] ?? (PhraseReader.internallyWords.contains(x) ? "idps" : nil)
        guard let kind else { return nil }
        var e = j + 1
        if kind == "idps" {
            // "internal refugees", "réfugiés internes" are idps; "internally displaced".
            if let y = word(at: e), PhraseReader.displacementKindWords[y] == "refugees" || PhraseReader.displacedVerbs.contains(y) { e += 1 }
            return (.inside, e)
        }
        if ["asylum", "demandeurs", "solicitantes"].contains(x) {
            guard let y = word(at: e), ["seekers", "d", "de"].contains(y) else { return nil }
            e += 1
            while e < j + 4, let y = word(at: e), ["asile", "asilo", "'"].contains(y) || isPunctuation("'", at: e) { e += 1 }
        }
        // A refugee noun alone must end its clause: "and refugees arrived in Chad" is another subject.
        if !led, e < tokens.count, word(at: e).map({ !vocab.andWords.contains($0) && !["or", "ou", "alike", "both"].contains($0) }) ?? false { return nil }
        return (.outside, e)
    }

    /// dest20: the end of "into exile", "in exile", "en exil", "al exilio", "en el exilio", "para
    /// o exílio", "ao exílio", "إلى المنفى", "le chemin de l'exil", "el camino del exilio" at `k`;
    /// nil when none is said there ("the government in exile" is none).
    func exileEnd(at k: Int) -> Int? {
        guard let w = word(at: k) else { return nil }
        var j = k + 1
        if PhraseReader.exilePathNouns.contains(w) {
            guard let x = word(at: j), ["de", "del", "do", "d", "of", "to", "into", "vers", "hacia", "para", "الي"].contains(x) else { return nil }
            j += 1
        } else if PhraseReader.exileLeads.contains(w) {
            if let p = word(at: k - 1), PhraseReader.exileHolders.contains(p) { return nil }
        } else if w == "للمنفي" || w == "بالمنفي" {
            return k + 1
        } else {
            return nil
        }
        while j < k + 4, isPunctuation("'", at: j) || word(at: j).map({ ["the", "l", "le", "la", "el", "o", "a"].contains($0) }) == true { j += 1 }
        guard let x = word(at: j), PhraseReader.exileNouns.contains(x) else { return nil }
        return j + 1
    }

    /// dest20: the end of "the region" (the countries around) at `j`, or at `j + 1` after a
    /// preposition ("across the region", "in the region", "dans la région"); nil when none or
    /// when it is a region of the country ("the region of Darfur", "the region's camps").
    func regionEnd(at j: Int) -> Int? {
        var k = j
        if let w = word(at: k), ["across", "throughout", "in", "into", "to", "dans", "vers", "en", "a", "al", "à", "na", "para", "في", "الي"].contains(w) { k += 1 }
        var e = k
        while e < k + 3, isPunctuation("'", at: e) || word(at: e).map({ ["the", "la", "l", "a", "wider", "whole", "entire", "broader"].contains($0) }) == true { e += 1 }
        guard let w = word(at: e), PhraseReader.regionNouns.contains(w), e > k || w == "المنطقة" else { return nil }
        if isPunctuation("'", at: e + 1) { return nil }
        if let x = word(at: e + 1), ["of", "de", "du", "del", "do", "da", "d"].contains(x) { return nil }
        if e + 1 < tokens.count, capitalisedPlace(e + 1) { return nil }
        return e + 1
    }

    /// dest20 (review56 F7, silent): exile as the people's destination in the figure's clause
    /// when no verb's destination said one ("5000 personnes ont pris le chemin de l'exil", "5000
    /// personas partieron al exilio", "5000 pessoas foram para o exílio", "فر 5000 شخص إلى
    /// المنفى", "5000 people living in exile" read 5,000 idps): kind "refugees".
    func exileDestination(_ finding: Finding) -> (kind: String, range: Range<Int>, words: Range<Int>)? {
        var k = finding.end
        let limit = min(tokens.count, finding.end + 14)
        while k < limit {
            if isPunctuation(".", at: k) || isPunctuation(";", at: k) || isPunctuation(":", at: k) || isPunctuation("?", at: k) || isPunctuation("!", at: k) { return nil }
            if case .number = tokens[k].kind { return nil }
            if let w = word(at: k) {
                // Another clause ("as the leader went into exile"); the people's own relative clause passes.
                if PhraseReader.fleeingClauseOpeners.contains(w), !(PhraseReader.sideRelatives.contains(w) && k <= finding.end + 2) { return nil }
                if let e = exileEnd(at: k) {
                    let start = finding.start > 0 && word(at: finding.start - 1).map({ PhraseReader.fleeingVerbs.contains($0) }) == true ? finding.start - 1 : finding.start
                    return ("refugees", start..<e, k..<e)
                }
            }
            k += 1
        }
        return nil
    }

    /// dest20: whether a side said without a preposition of its own ends at `e` (a mark, the
    /// text's end, a joiner, or a word of time or place): "5,000 DISPLACED IN SUDAN AND CHAD",
    /// not "displaced in Sudan and Chad closed its border".
    func sideEnds(at e: Int) -> Bool {
        if e >= tokens.count { return true }
        if case .punctuation = tokens[e].kind { return !isPunctuation("'", at: e) }
        guard let w = word(at: e) else { return true }
        return vocab.andWords.contains(w) || ["or", "ou", "o", "او", "alike", "respectively"].contains(w) || PhraseReader.placeListBoundaries.contains(w)
            || PhraseReader.fleeingClauseOpeners.contains(w)
    }
}
