import Foundation

// dest22 (issue 12, silent): what dest21 left: a list of places gone across before another side
// ("fled across Darfur and Kordofan and into Chad", "à travers le Darfour et le Kordofan et vers
// le Tchad", "عبر دارفور وكردفان وإلى تشاد"), and a cause or manner between the verb and "and" +
// a destination ("fled out of fear and into Chad", "huyeron por miedo y hacia Chad", "فر 5000
// شخص خوفا وإلى تشاد"), which read 5,000 under both idps and refugees.

extension PhraseReader {
    /// dest22: nouns of a cause said after a verb of fleeing ("out of fear", "the fighting",
    /// "por miedo", "por la violencia", "par peur", "por medo"): no place.
    static let causeNouns: Set<String> = [
        "fear", "fighting", "violence", "clashes", "attacks", "war", "conflict", "bombing", "bombings", "bombardment", "bombardments",
        "shelling", "airstrikes", "hunger", "famine", "panic", "terror", "insecurity", "persecution", "killings", "massacres",
        "peur", "crainte", "violences", "combats", "guerre", "conflit", "panique", "terreur", "insécurité", "persécutions", "bombardements",
        "attaques", "affrontements",
        "miedo", "temor", "violencia", "combates", "guerra", "conflicto", "hambre", "pánico", "inseguridad", "persecución", "ataques",
        "enfrentamientos", "bombardeos", "masacres",
        "medo", "violência", "conflito", "fome", "pânico", "insegurança", "perseguição", "confrontos", "bombardeamentos",
    ]
    /// dest22: words that are no place in a list of places gone across, though a headline in
    /// capitals writes them as names ("ACROSS DARFUR AND KORDOFAN AND INTO CHAD").
    static let routeListStops: Set<String> = [
        "into", "to", "towards", "toward", "onto", "over", "across", "through", "throughout", "beyond", "abroad", "overseas", "elsewhere",
        "further", "farther", "outside", "inside", "within", "internally", "externally", "then", "also", "even", "on", "at", "from", "in",
        "the", "their", "its", "border", "borders", "frontier", "neighbouring", "neighboring", "other", "another", "some", "many", "most",
        "others", "thousands", "hundreds", "more", "are", "were", "have", "has", "had", "now", "still", "who", "which",
    ]
}

extension PhraseReader {
    /// dest22 (issue 12, silent): the end of a list of places gone across that opens with the
    /// place ending at `e` ("across Darfur and Kordofan", "across Darfur, Kordofan and Blue
    /// Nile", "à travers le Darfour et le Kordofan", "por Darfur y Kordofán", "através do Darfur
    /// e do Kordofan"): each further place joined by "and"/"or"/a comma is gone across too; `e`
    /// when none follows. A word of another side ("and into Chad", "y a Chad", "and abroad")
    /// ends the list: the Spanish "a" is a destination's, never skipped here.
    func routeListEnd(from e0: Int) -> Int {
        var e = e0
        while e < tokens.count {
            let comma = isPunctuation(",", at: e)
            guard comma || word(at: e).map({ vocab.andWords.contains($0) || ["or", "ou"].contains($0) }) == true else { break }
            var k = e + 1
            if comma, word(at: k).map({ vocab.andWords.contains($0) || ["or", "ou"].contains($0) }) == true { k += 1 }
            while k < e + 5, isPunctuation("'", at: k)
                    || word(at: k).map({ ["the", "le", "la", "l", "les", "el", "los", "las", "de", "del", "do", "da", "dos", "das",
                                          "pelo", "pela", "por", "through", "across", "à", "travers", "través", "através"].contains($0) }) == true {
                // "à travers" again; "à" alone is a destination ("et au Tchad" has "au").
                if word(at: k) == "à", word(at: k + 1) != "travers" { break }
                k += 1
            }
            guard k < tokens.count, let w = word(at: k), !PhraseReader.routeListStops.contains(w), !PhraseReader.destinationLeads.contains(w),
                  !vocab.andWords.contains(w) else { break }
            if let c = countryEnd(at: k) {
                if placeInCountry(after: c) { break }
                e = c
                continue
            }
            guard capitalisedPlace(k) else { break }
            var n = k
            while n < k + 3, n < tokens.count, capitalisedPlace(n), let x = word(at: n), !vocab.andWords.contains(x),
                  !PhraseReader.routeListStops.contains(x), !PhraseReader.destinationLeads.contains(x), countryEnd(at: n) == nil { n += 1 }
            guard n > k else { break }
            e = n
        }
        return e
    }

    /// dest22 (issue 12, silent): the end of the places an Arabic "عبر" (across) names at `j`: a
    /// country or a place that is no country, and the next ones joined by a glued "و" ("عبر
    /// دارفور وكردفان وإلى تشاد"); a "و" + a preposition ("وإلى تشاد") is the next side, not a
    /// place. Nil when the first is a word of no place, a border or a crossing ("عبر الحدود",
    /// "عبر معبر أدري").
    func arabicRouteEnd(at j: Int) -> Int? {
        func item(_ k: Int, first: String?) -> Int? {
            guard let w = first ?? word(at: k), w.unicodeScalars.first.map({ $0.value >= 0x600 && $0.value <= 0x6FF }) == true else { return nil }
            if let e = countryEnd(at: k, firstWord: first) { return placeInCountry(after: e) ? nil : e }
            if PhraseReader.arabicNotPlaces.contains(w) || PhraseReader.abroadWords.contains(w) || PhraseReader.otherCountryWords.contains(w)
                || PhraseReader.countryNouns.contains(w) || PhraseReader.countryNounsSingular.contains(w) || PhraseReader.borderWords.contains(w)
                || PhraseReader.destinationLeads.contains(w) || PhraseReader.withinWords.contains(w) || PhraseReader.outsideWords.contains(w)
                || PhraseReader.exileNouns.contains(w) || PhraseReader.regionNouns.contains(w) || PhraseReader.fleeingVerbs.contains(w)
                || ["معبر", "المعبر", "معابر", "منفذ", "الحدود", "حدود", "الحدودي", "خط"].contains(w) || w.count < 3 { return nil }
            // An imperfect verb ("يعيشون").
            if w.hasPrefix("ي"), w.hasSuffix("ون") || w.hasSuffix("ان") { return nil }
            var e = k + 1
            if PhraseReader.arabicPlaceHeads.contains(w), let x = word(at: e), !x.hasPrefix("و") { e += 1 }
            // A name's adjective with its article ("النيل الأزرق", the Blue Nile).
            else if let x = word(at: e), x.hasPrefix("ال"), x.count > 3, !PhraseReader.arabicNotPlaces.contains(x), !PhraseReader.borderWords.contains(x),
                    !PhraseReader.abroadWords.contains(x), countryEnd(at: e) == nil { e += 1 }
            return e
        }
        guard var e = item(j, first: nil) else { return nil }
        while e < tokens.count, let w = word(at: e), w.hasPrefix("و"), w.count > 2 {
            let rest = String(w.dropFirst())
            if PhraseReader.destinationLeads.contains(rest) || rest == "في" { break }
            guard let n = item(e, first: rest) else { break }
            e = n
        }
        return e
    }

    // dest22's causeBefore and arabicCauseDestination became dest23's placeMark(from:to:) and
    // arabicMannerDestination (Destinations23.swift): a closed list of causes left other manners.
}

// dest22 (review56 F8): years of other calendars that open a dateline, and the current year of
// each calendar, from the reader's as-of day.
extension PhraseReader {
    /// Today (UTC), the as-of day of a reader not given one.
    static var today: CalendarDay { CalendarDay(daysSinceEpoch: Int32(Int(Date().timeIntervalSince1970) / 86_400)) }

    /// The current year, as of ``asOf``, of the calendar a span opening with `a` may be in:
    /// 13xx-14xx the later of the Hijri (lunar, tabular) and Solar Hijri years, 25xx the
    /// Buddhist era; `Int64.max` for any other (no such calendar: no bound).
    func currentOtherCalendarYear(of a: Int64) -> Int64 {
        let (y, m, d) = asOf.components
        if (1300...1499).contains(a) {
            // Tabular Islamic calendar (Calendrical Calculations): 1 Muharram 1 AH is 16 July 622 (Julian).
            let epoch = CalendarDay.daysFromCivil(622, 7, 19)
            let days = Int(asOf.daysSinceEpoch) - epoch
            let hijri = (30 * days + 10_646) / 10_631
            // The Solar Hijri year begins at the March equinox (20 or 21 March).
            let solar = (m, d) >= (3, 21) ? y - 621 : y - 622
            return Int64(max(hijri, solar))
        }
        if (2400...2699).contains(a) { return Int64(y + 543) }
        return Int64.max
    }

    /// dest22 (review56 F8): whether the four-digit figure at `index` (ending at `end`) opens a
    /// dateline: nothing before it but one word of a year ("In", "Year", "en", "عام", "سال"),
    /// an era's mark at most after it ("BE", "AH", "SH", "CE", "AD"), then a comma or a colon,
    /// and then a figure with a word of people or of a casualty within three words ("In 1398,
    /// 5,000 killed", "1398: 5000 were killed"); not "1398, 500 of them children".
    func datelineYear(at index: Int, end: Int) -> Bool {
        var before = 0
        for i in 0..<index {
            if tokens[i].word != nil { before += 1 }
            if case .number = tokens[i].kind { return false }
        }
        if before > 1 { return false }
        if before == 1, !(word(at: index - 1).map({ ["in", "year", "en", "em", "dans", "año", "ano", "année", "عام", "سنة", "سال", "در"].contains($0) }) ?? false) {
            return false
        }
        if countNounFollows(end) { return false }
        var e = end
        if let w = word(at: e), ["be", "ah", "sh", "ce", "ad", "bs", "hijri", "هـ", "ه", "ش", "م"].contains(w) { e += 1 }
        // "B.E.", "A.H.": the mark's letters with their dots.
        else if let w = word(at: e), ["b", "a", "s", "c"].contains(w), isPunctuation(".", at: e + 1), let x = word(at: e + 2), ["e", "h", "d"].contains(x) {
            e += 3
            if isPunctuation(".", at: e) { e += 1 }
        }
        guard isPunctuation(",", at: e) || isPunctuation(":", at: e) || isPunctuation("،", at: e) else { return false }
        var k = e + 1
        while k < min(tokens.count, e + 5) {
            if case .number = tokens[k].kind {
                var j = k + 1
                while j < tokens.count, case .number = tokens[j].kind { j += 1 }
                for x in j..<min(tokens.count, j + 3) {
                    if let w = word(at: x), vocab.personWords.contains(w) || vocab.casualtyWords.contains(w) || vocab.measures[w] != nil { return true }
                }
                return false
            }
            k += 1
        }
        return false
    }
}
