import Testing
import TallyCore

/// dest21 (issue 12; silent), on main 06f9af1 (`tally estimate --measure idps|refugees --
/// TEXT`): "5000 people fled across Darfur and into Chad", "5000 people displaced in Darfur and
/// Chad", "5000 people displaced in Darfur, Chad", "5000 people displaced in Sudan and Chad's
/// east", "5000 people displaced in Sudan and eastern Chad" read 5,000 under BOTH idps and
/// refugees; "فر 5000 شخص إلى تشاد وطويلة" (to Chad and Tawila) read 5,000 refugees. Each is now
/// refused under both; `displaced` reads.
@Suite("Estimate text: a place gone across, a place then a bare country or a country's part, Arabic lists of a country and a place (dest21, issue 12)")
struct EstimateDest21Tests {
    /// A place inside and a country joined in one clause: part of the people may be on each side.
    @Test func placeAndCountryAreRefusedUnderBoth() {
        let part = [
            // A place gone across after a verb of fleeing, then another side.
            "5000 people fled across Darfur and into Chad", "5000 people fled across North Darfur and into Chad",
            "5000 people moved across Sudan and over the border into Chad", "5000 people fled through Darfur and into Chad",
            "5000 people fled across Darfur and abroad", "5000 people fled across Darfur and across the border",
            "5000 people fled throughout Darfur and into Chad", "5000 people fled across North Darfur or into Chad",
            "5,000 FLEE ACROSS DARFUR AND INTO CHAD",
            "5000 personnes ont fui à travers le Darfour et vers le Tchad", "5000 personnes ont fui à travers le Darfour et au Tchad",
            "5000 personas huyeron por Darfur y hacia Chad", "5000 personas huyeron a través de Darfur y hacia Chad",
            "5000 pessoas fugiram através do Darfur e para o Chade", "5000 pessoas fugiram pelo Darfur e para o Chade",
            "فر 5000 شخص عبر السودان وإلى تشاد",
            // A place where they are, then a bare country or a country's part.
            "5000 people displaced in Darfur and Chad", "5000 people displaced in El Fasher and Chad",
            "5000 people displaced in North Darfur and Chad", "5000 people displaced in Darfur and in Chad",
            "5000 people displaced in Darfur or Chad", "5,000 DISPLACED IN DARFUR AND CHAD", "5000 people displaced in Darfur and eastern Chad",
            "5000 personas desplazadas en Darfur y Chad", "5000 pessoas deslocadas no Darfur e no Chade", "5000 pessoas deslocadas em Darfur e Chade",
            // Arabic lists of a country and a place (no capitals).
            "فر 5000 شخص إلى تشاد وطويلة", "فر 5000 شخص إلى تشاد والفاشر", "فر 5000 شخص إلى تشاد وجبل مرة", "فر 5000 شخص إلى طويلة وتشاد",
            "فر 5000 شخص إلى تشاد وإلى دارفور", "نزح 5000 شخص في دارفور وتشاد", "فر 5000 شخص إلى تشاد، وطويلة", "فر 5000 شخص إلى تشاد وغيرها",
        ]
        refusedUnderIdpsAndRefugees(part, containing: "only part of the people", displaced: 5000)
        // A country and another country's part: more than one country.
        refusedUnderIdpsAndRefugees(["5000 people displaced in Sudan and Chad's east", "5000 people displaced in Sudan and eastern Chad",
                     "5000 people displaced in Sudan and in eastern Chad", "5000 people displaced in Sudan and Chad's east and south",
                     "5000 people displaced in Sudan and Chad's border areas", "5000 people displaced in Sudan and the east of Chad",
                     "5000 personnes déplacées au Soudan et dans l'est du Tchad", "5000 personas desplazadas en Sudán y el este de Chad",
                     "5000 pessoas deslocadas no Sudão e no leste do Chade", "نزح 5000 شخص في السودان وشرق تشاد", "5000 people displaced in Sudan, Chad"], containing: "more than one country", displaced: 5000)
        // A place, a comma, a country: a place in it or a list; cannot be told.
        refusedUnderIdpsAndRefugees(["5000 people displaced in Darfur, Chad", "5,000 displaced in Darfur, Chad", "5000 people displaced in Adre, Chad"], containing: "with only a comma between", displaced: 5000)
    }

    /// What a reader has no doubt about reads as before.
    @Test func oneRouteOneCountryOrOneClauseStillRead() {
        for text in ["5000 people fled across Darfur to Chad", "5000 people fled through Darfur to Chad", "5000 people fled across the border into Chad",
                     "5000 people fled to Chad and Egypt", "فر 5000 شخص إلى تشاد ومصر", "فر 5000 شخص إلى تشاد وسط القتال",
                     "فر 5000 شخص إلى تشاد وفقا للأمم المتحدة", "فر 5000 شخص إلى تشاد والكاميرون", "5000 personas huyeron por la violencia hacia Chad",
                     "5000 people fled through the Adre crossing and into Chad", "5000 people fled across the Chadian border and into Chad",
                     "فر 5000 شخص إلى تشاد ويعيشون في مخيمات", "فر 5000 شخص إلى تشاد وجنوب السودان"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
            refuses(text, containing: "counts refugees", measure: "idps")
        }
        for text in ["5000 people displaced in Darfur and Kordofan", "5000 people displaced in Darfur", "5000 people fled across Darfur",
                     "5000 people fled across Darfur and Kordofan", "5000 people displaced across Darfur and Kordofan",
                     "5000 people displaced in Darfur and Chad closed its border", "5000 people displaced in Darfur, Chad said",
                     "5000 people displaced in Sudan and Chad's government responded"] {
            reads(text, 5000, 5000, 5000, measure: "idps")
            reads(text, 5000, 5000, 5000, measure: "refugees")
        }
    }
}
