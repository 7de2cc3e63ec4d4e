import Testing
import TallyCore

/// dest22 (issue 12), on main 1700668 (`tally estimate --measure idps|refugees|killed -- TEXT`):
/// "5000 people fled across Darfur and Kordofan and into Chad" read 5,000 under BOTH idps and
/// refugees, "5000 personas huyeron por miedo y hacia Chad" 5,000 under idps (silent); "In 1398,
/// 5,000 killed", "1398: 5,000 killed", "In 2559 BE, 5,000 killed" were refused as two numbers, and
/// "1450-1499 کشته", "1400-1450 قتيل", "2500-2599 killed" as "may be the years" (review56 F8).
@Suite("Estimate text: lists of places gone across, a cause before a destination, other calendars' datelines and future spans (dest22, issue 12)")
struct EstimateDest22Tests {
    /// A list of places gone across, then another side: part may have stayed in those places.
    @Test func placeListsGoneAcrossAreRefusedUnderBoth() {
        refusedUnderIdpsAndRefugees([
            "5000 people fled across Darfur and Kordofan and into Chad", "5000 people fled across Darfur, Kordofan and into Chad",
            "5000 people fled across Darfur, Kordofan, and into Chad", "5000 people fled across Darfur, Kordofan and Blue Nile and into Chad",
            "5000 people fled across North Darfur and West Kordofan and into Chad", "5000 people fled through Darfur and Kordofan and into Chad",
            "5000 people fled across Darfur and Kordofan and abroad", "5000 people fled across Darfur and Kordofan or into Chad",
            "5000 people fled across Darfur and Kordofan and across the border",
            "5000 people moved across Darfur and Kordofan and over the border into Chad",
            "5,000 FLEE ACROSS DARFUR AND KORDOFAN AND INTO CHAD", "5,000 FLEE ACROSS DARFUR, KORDOFAN AND BLUE NILE AND INTO CHAD",
            "5000 personnes ont fui à travers le Darfour et le Kordofan et vers le Tchad",
            "5000 personnes ont fui à travers le Darfour, le Kordofan et vers le Tchad",
            "5000 personnes ont fui à travers le Darfour, le Kordofan et le Nil Bleu et vers le Tchad",
            "5000 personas huyeron por Darfur y Kordofán y hacia Chad", "5000 personas huyeron a través de Darfur y Kordofán y hacia Chad",
            "5000 personas huyeron a través de Darfur, Kordofán y Nilo Azul y hacia Chad",
            "5000 pessoas fugiram através do Darfur e do Kordofan e para o Chade",
            "5000 pessoas fugiram através do Darfur e do Kordofan e rumo ao Chade",
            "5000 pessoas fugiram pelo Darfur, Kordofan e Nilo Azul e para o Chade",
            "فر 5000 شخص عبر دارفور وإلى تشاد", "فر 5000 شخص عبر دارفور وكردفان وإلى تشاد",
            "فر 5000 شخص عبر دارفور وكردفان والنيل الأزرق وإلى تشاد", "فر 5000 شخص عبر شمال دارفور وإلى تشاد",
            // An Arabic cause, then a country and a place joined by "و".
            "فر 5000 شخص خوفا وإلى تشاد وطويلة",
        ], containing: "only part of the people", displaced: 5000)
    }

    /// A cause or manner after the verb is no place: "fled out of fear and into Chad" is "fled
    /// into Chad": refugees only.
    @Test func causeThenDestinationIsRefugeesOnly() {
        for text in ["5000 personas huyeron por miedo y hacia Chad", "5000 personas huyeron por la violencia y hacia Chad",
                     "5000 personas huyeron por temor y hacia Chad", "5000 personas huyeron por miedo y rumbo a Chad",
                     "5000 people fled out of fear and into Chad", "5000 people fled out of fear and toward Chad",
                     "5000 people fled in fear and towards Chad", "5000 people fled for fear and into Chad",
                     "5000 people fled the fighting and into Chad", "5000 people fled the shelling and into Chad",
                     "5000 people fled the fighting, and into Chad", "5,000 FLEE OUT OF FEAR AND INTO CHAD",
                     "5000 personnes ont fui par peur et vers le Tchad", "5000 personnes ont fui par crainte et vers le Tchad",
                     "5000 personnes ont fui les combats et vers le Tchad", "5000 personnes ont fui par peur et au Tchad",
                     "5000 pessoas fugiram por medo e para o Chade", "5000 pessoas fugiram por medo e rumo ao Chade",
                     "5000 pessoas fugiram pela violência e para o Chade",
                     "فر 5000 شخص خوفا وإلى تشاد", "فر 5000 شخص خوفا ونحو تشاد", "فر 5000 شخص هربا من القتال وإلى تشاد"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
            refuses(text, containing: "counts refugees", measure: "idps")
        }
        // In capitals "TO" is no name of a list of places left.
        for text in ["5,000 FLEE DARFUR AND KORDOFAN TO CHAD", "5,000 FLEE ACROSS DARFUR AND KORDOFAN TO CHAD"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
            refuses(text, containing: "counts refugees", measure: "idps")
        }
    }

    /// What a reader has no doubt about reads as before.
    @Test func oneRouteOrOneSideStillReads() {
        for text in ["5000 people fled across Darfur to Chad", "5000 people fled across Darfur and Kordofan to Chad",
                     "5000 people fled through the Adre crossing and into Chad", "5000 people fled across the border and into Chad",
                     "فر 5000 شخص عبر الحدود إلى تشاد", "فر 5000 شخص عبر دارفور إلى تشاد", "فر 5000 شخص عبر دارفور وكردفان إلى تشاد", "فر 5000 شخص خوفا إلى تشاد",
                     "5000 people fled the fighting and crossed into Chad", "5000 personas huyeron por la violencia hacia Chad"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
            refuses(text, containing: "counts refugees", measure: "idps")
        }
        for text in ["5000 people fled across Darfur and Kordofan", "5000 personas huyeron por Darfur y Kordofán", "فر 5000 شخص عبر دارفور",
                     "5000 personnes ont fui à travers le Darfour et le Kordofan", "5,000 FLEE ACROSS DARFUR AND KORDOFAN",
                     "5000 people fled in fear and hid"] {
            reads(text, 5000, 5000, 5000, measure: "idps")
            reads(text, 5000, 5000, 5000, measure: "refugees")
        }
        refusedUnderIdpsAndRefugees(["5000 personas huyeron por Darfur y a Chad", "5000 people fled across Darfur and into Chad",
                                     "5000 people fled out of fear and into Chad and Darfur"], containing: "only part of the people", displaced: 5000)
    }

    /// review56 F8: a year of another calendar before a comma or a colon opens a dateline, as
    /// "In 2016, 5,000 killed" does.
    @Test func otherCalendarDatelinesRead() {
        for text in ["In 1398, 5,000 killed", "In 1398, 5000 were killed", "1398: 5,000 killed", "1398 : 5,000 killed",
                     "In 2559 BE, 5,000 killed", "In 2559 BE: 5,000 killed", "In 2559 B.E., 5,000 killed", "In 1398 SH, 5,000 killed",
                     "In 1500, 5,000 killed", "Year 1398: 5,000 people killed", "عام 1398، قتل 5000 شخص",
                     // Held: read before.
                     "In 1444 AH, 5,000 killed", "In 2016, 5,000 killed", "2016: 5,000 killed", "۱۳۹۸: ۵۰۰۰ کشته"] {
            reads(text, 5000, 5000, 5000, measure: "killed")
        }
        reads("In 1398, at least 5,000 killed", 5000, 5000, nil, measure: "killed")
        // Not a dateline: nothing says the second figure counts, or a word before the year.
        refuses("1398, 5000", containing: "more than one number", measure: "killed")
        refuses("Around 1398, 5,000 killed", containing: "more than one number", measure: "killed")
        refuses("1398, 500 of them children", containing: "part of a total", measure: "killed")
        reads("1398 killed, 500 of them children", 1398, 1398, 1398, measure: "killed")
    }

    /// review56 F8, F11: a span of Hijri, Solar Hijri or Buddhist-era years that ends past the
    /// current year of its calendar (1448 AH, 1405 SH, 2569 BE at the time of writing) is a
    /// range of counts; one that ends by then stays refused; persons counted read (review56 F11).
    @Test func spansPastTheCurrentYearAreCounts() {
        reads("1450-1499 کشته", 1450, 1475, 1499, measure: "killed")
        reads("۱۴۰۰-۱۴۹۹ کشته", 1400, 1450, 1499, measure: "killed")
        reads("1400-1499 قتيل", 1400, 1450, 1499, measure: "killed")
        reads("2500-2599 killed", 2500, 2550, 2599, measure: "killed")
        reads("2550-2600 killed", 2550, 2575, 2600, measure: "killed")
        reads("قتل ما بين 1350 و1400 شخص", 1350, 1375, 1400, measure: "killed")
        reads("بین ۱۴۰۰ تا ۱۴۲۰ نفر کشته شدند", 1400, 1410, 1420, measure: "killed")
        reads("۱۴۲۰-۱۴۹۰ نفر کشته", 1420, 1455, 1490, measure: "killed")
        for text in ["۱۳۹۸-۱۴۰۰ کشته", "۱۳۹۹-۱۴۰۰ کشته", "۱۴۰۰ تا ۱۴۰۱ کشته", "1440-1445 قتيل", "2559-2561 killed"] {
            refuses(text, containing: "may be the years", measure: "killed")
        }
        refuses("کشته‌ها: ۱۴۰۰-۱۴۲۰", containing: "are years", measure: "killed")
        reads("1398-1400 killed", 1398, 1399, 1400, measure: "killed")
    }
}
