import Testing
import TallyCore

/// dest17 (review55 F16, F14, F17, F18, F19; silent), on main 6317143 (`tally estimate --measure M -- TEXT`):
/// "5000 people displaced inside and outside Sudan" read 5,000 idps, "in Sudan and neighbouring
/// countries" and "to Tawila or abroad" 5,000 under both measures, "either within Sudan or to Chad"
/// 5,000 refugees; "fled into exile", "streamed into Chad", "ont franchi la frontière", "were driven
/// out of the country" read 5,000 idps; "۱۳۹۸-۱۴۰۰ کشته" (Solar Hijri years) 1,398–1,400 killed;
/// "5,000 flee to Chad, Darfur" and "5,000 FLEE TO CHAD AND DARFUR" 5,000 refugees.
@Suite("Estimate text: inside and outside the country, exile and borders, other calendars' years (dest17, review55)")
struct EstimateDest17Tests {
    static let part = "only part of the people"

    func refusedUnderBoth(_ texts: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        // The measure of the displaced asks for both kinds: the figure is theirs.
        refusedUnderIdpsAndRefugees(texts, containing: Self.part, displaced: 5000, sourceLocation: sourceLocation)
    }

    @Test func insideAndOutsideTheCountryIsNeitherKind() {
        refusedUnderBoth([
            "5000 people displaced inside and outside Sudan", "5000 people displaced within and outside the country",
            "5000 people displaced both inside Sudan and abroad", "5000 people displaced in Sudan and neighbouring countries",
            "5000 people displaced internally and across borders", "5000 people displaced internally or across borders",
            "5000 people displaced internally and externally", "5000 people displaced at home and abroad",
            "5000 people displaced inside Sudan and across its borders", "5000 people displaced within and beyond Sudan's borders",
            "5000 people displaced in and outside Sudan", "5000 people displaced in Sudan and abroad",
            "5000 people have been uprooted inside Sudan or fled abroad", "5000 people fled their homes, either within Sudan or to Chad",
            "5000 people fled to Tawila or across the border", "5000 people fled to safer areas or across the border",
            "5000 people fled to Tawila or abroad", "5000 people fled to Tawila and abroad", "5000 people fled to other areas of Sudan and abroad",
            "5000 people have fled to other parts of Sudan or to neighbouring countries", "5000 people fled within and beyond Darfur",
            "5000 people fled within Sudan and across the border",
            // dest18 (review56 F5): "to Chad and beyond", "and further afield" moved to the reads of
            // EstimateDest18Tests: further on from a country is abroad (the brief's rule); bare
            // "elsewhere" after one country may be elsewhere in Sudan and stays here.
            "5000 people fled to Chad and elsewhere",
            "5000 people displaced, including refugees in Chad",
            "5000 personnes ont été déplacées à l'intérieur et à l'extérieur du Soudan", "5000 personnes déplacées au Soudan et dans les pays voisins",
            "5000 personnes déplacées à l'intérieur et hors du Soudan", "5000 personnes déplacées dans le pays et à l'étranger",
            "5000 personas desplazadas dentro y fuera de Sudán", "5000 personas desplazadas dentro y fuera del país",
            "5000 personas desplazadas en Sudán y en países vecinos", "5000 personas desplazadas dentro del país y al extranjero",
            "5000 pessoas deslocadas dentro e fora do Sudão", "5000 pessoas deslocadas dentro e fora do país",
            "5000 pessoas deslocadas no Sudão e nos países vizinhos",
            "نزح 5000 شخص داخل السودان وخارجه", "نزح 5000 شخص داخل البلاد وخارجها", "فر 5000 شخص داخل السودان وإلى دول الجوار",
            // review55 F18: "out of the country" with a place inside.
            "5000 people fled out of the country and to Tawila", "5000 people fled out of the country or to Tawila",
            "5000 people fled to Tawila and out of the country",
        ])
        // One side only, or both sides across a border: as before.
        for text in ["5000 people fled to Chad", "5000 people fled to Chad and other countries", "5000 people fled to Chad and South Sudan",
                     "5000 people fled to Chad and other neighbouring countries", "5000 people fled abroad", "5000 people fled to neighbouring countries",
                     "5000 people fled to Chad and beyond the reach of militias", "5000 people fled to Chad and were registered",
                     "5000 people fled to Chad, including refugees in Chad", "5000 people fled to Chad, most of them women and children",
                     "5000 personnes ont fui au Tchad", "فر 5000 شخص إلى تشاد",
                     // Where they live after a verb of refuge is no side.
                     "5000 people fled to Chad and are living in makeshift shelters", "5000 people fled to Chad and are sheltering in Adre"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
        }
        for text in ["5000 people fled to Tawila", "5000 people displaced within Sudan", "5000 people displaced internally",
                     "5000 people fled to Tawila and nearby villages", "5000 personnes déplacées à l'intérieur du Soudan",
                     "5000 personas desplazadas dentro de Sudán", "5000 pessoas deslocadas dentro do Sudão", "نزح 5000 شخص داخل السودان"] {
            reads(text, 5000, 5000, 5000, measure: "idps")
        }
        reads("5000 refugees fled to Chad and beyond", 5000, 5000, 5000, measure: "refugees")
    }

    /// review55 F14: a border crossed or a country reached, said by other words or verbs.
    @Test func exileBordersAndOtherVerbsOfReachingACountryAreRefugees() {
        for text in ["5000 people fled into exile", "5000 people went into exile", "5000 people fled beyond the border",
                     "5000 people fled beyond Sudan's borders", "5000 people fled across the Chad-Sudan border",
                     "5000 people fled to the other side of the border", "5000 people streamed into Chad", "5000 people poured into Chad",
                     "5000 people made their way to Chad", "5000 people trekked to Chad", "5000 personnes ont franchi la frontière",
                     "5000 personas cruzaron la frontera", "5000 pessoas abandonaram o país", "وصل 5000 شخص إلى تشاد",
                     // review55 F18.
                     "5000 people fled outside their own country", "5000 people were forced out of the country",
                     "5000 people were driven out of the country", "5000 people were pushed out of Sudan",
                     "5000 personnes ont été chassées du pays", "5000 pessoas foram expulsas do país"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
            refuses(text, containing: "counts refugees", measure: "idps")
        }
        // "Neighbouring states" may be the country's own states (Sudan's, Nigeria's).
        for measure in ["refugees", "idps"] {
            refuses("5000 people fled to neighbouring states", containing: "the country's own states", measure: measure)
        }
        // Not a border crossed: as before.
        reads("5000 people fled the fighting near the border", 5000, 5000, 5000, measure: "idps")
        reads("5000 people were forced to flee to Tawila", 5000, 5000, 5000, measure: "idps")
    }

    /// review55 F19: the headline's comma and a headline in capitals list a country and a place inside.
    @Test func headlineListsOfACountryAndAPlaceInside() {
        refusedUnderBoth(["5,000 flee to Chad, Darfur", "5,000 flee to Chad, Darfur camps", "5,000 FLEE TO CHAD AND DARFUR",
                          "5,000 flee Darfur violence for Chad, Tawila", "Sudan - 5,000 flee to Chad, Tawila"])
        // A town then its country is one place.
        refuses("5,000 flee to Adré, Chad", containing: "names a town with its country", measure: "idps")
        reads("5,000 FLEE TO CHAD", 5000, 5000, 5000, measure: "refugees")
        reads("5,000 FLEE TO CHAD AND SOUTH SUDAN", 5000, 5000, 5000, measure: "refugees")
        reads("5,000 flee to Chad, UN says", 5000, 5000, 5000, measure: "refugees")
        reads("5,000 flee to Chad, Reuters", 5000, 5000, 5000, measure: "refugees")
    }

    /// review55 F17: spans of Solar Hijri, Hijri and Buddhist-era years are years, as "2014-2016 killed" is.
    @Test func yearsOfOtherCalendarsBeforeACountNounAreRefused() {
        for text in ["۱۳۹۸-۱۴۰۰ کشته", "1398-1400 کشته", "۱۳۹۸–۱۴۰۰ کشته", "1398 - 1400 کشته", "١٤٤٤-١٤٤٥ قتيل", "1444-1445 قتيل",
                     "2559-2561 killed"] {
            refuses(text, containing: "may be the years", measure: "killed")
        }
        refuses("۱۳۹۸-۱۴۰۰", containing: "are years", measure: "killed")
        refuses("2559-2561", containing: "are years", measure: "killed")
        // Round hundreds, grouped figures, a qualifier, or a span no calendar's: counts.
        reads("1300-1400 کشته", 1300, 1350, 1400, measure: "killed")
        reads("۱,۳۹۸-۱,۴۰۰ کشته", 1398, 1399, 1400, measure: "killed")
        reads("1350-1400 killed", 1350, 1375, 1400, measure: "killed")
        reads("2500-2800 killed", 2500, 2650, 2800, measure: "killed")
        reads("1900-2000 fighters", 1900, 1950, 2000)
    }

    /// review56 F11 (needless refusal of the rule above): a span followed by a word that
    /// counts persons (شخص, نفر) is a count; years are not counted in persons.
    @Test func aSpanCountedInPersonsIsACount() {
        reads("قتل ما بين 1350 و1400 شخص", 1350, 1375, 1400, measure: "killed")
        reads("قتل 1350-1400 شخص", 1350, 1375, 1400, measure: "killed")
        reads("مقتل ١٣٥٠-١٤٠٠ شخص", 1350, 1375, 1400, measure: "killed")
        reads("قتل ما بين 1400 و1420 شخصا في الفاشر", 1400, 1410, 1420, measure: "killed")
        reads("کشته شدن ۱۳۵۰ تا ۱۴۰۰ نفر", 1350, 1375, 1400, measure: "killed")
        reads("بین ۱۴۰۰ تا ۱۴۲۰ نفر کشته شدند", 1400, 1410, 1420, measure: "killed")
        // A word of the dead says nothing of which: still refused.
        refuses("١٤٤٤-١٤٤٥ قتيل", containing: "may be the years", measure: "killed")
        refuses("2014-2016 people killed", containing: "may be the years", measure: "killed")
    }

    /// review55 F12: a part said with other quantity words or tails, in the same sentence or the next.
    @Test func morePartsOfThePeopleAcrossABorder() {
        refusedUnderBoth(["5000 people fled, many now live in Chad", "5000 people fled, most reached Chad", "5000 people fled (nearly all are now in Chad)",
                          "5000 people fled; at least half heading to Chad", "5000 people fled; more than half to Chad", "5000 people fled. Around half to Chad",
                          "5000 people fled, a large number to Chad", "5000 people fled, a significant number to Chad", "5000 people fled, a minority to Chad",
                          "5000 people fled, most families to Chad", "5000 people fled, most of the displaced to Chad",
                          "5000 people fled, with most families heading to Chad", "5000 people fled, of whom a few went to Chad",
                          "5000 people fled, of whom six in ten to Chad", "5000 people fled. Three quarters are now in Chad",
                          "5000 people fled (a fraction ended up in Chad)", "5000 people fled - the overwhelming majority reached Chad"])
        for text in ["5000 people fled; most are now in Tawila", "5000 people fled. Most now live in Tawila."] {
            refuses(text, containing: "only part of the people went", measure: "refugees")
            refuses(text, containing: "only part of the people went", measure: "idps")
        }
        // All of them, who they are, or a place already said: as before.
        for text in ["5000 people fled, all to Chad", "5000 people fled, of whom all are now in Chad", "5000 people fled to Chad, a large number arriving in Adre",
                     "5000 people fled to Chad, three quarters of them women", "5000 people fled to Chad, most now live in camps",
                     "5000 people fled Sudan, most reached Chad", "5000 people fled to Chad, of whom most are women",
                     "5000 people fled to Chad, where the majority are in Ourang camp"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
        }
        for text in ["5000 people fled to Tawila. Most now live in camps.", "5000 people fled to Tawila, a large number on foot",
                     "5000 people fled, of whom most were women", "5000 people fled, a large number of them on foot"] {
            reads(text, 5000, 5000, 5000, measure: "idps")
        }
    }
}
