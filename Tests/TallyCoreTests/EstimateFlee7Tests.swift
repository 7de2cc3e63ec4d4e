import Testing
import TallyCore

/// flee7 (review49 F9, F10, F14, and the Arabic verb first): refugees vs idps by the verb's
/// destination, with one table of countries (Destinations.swift). Each text refused here
/// read 5,000, exit 0, under the other measure on main c2b47bf (`tally estimate --measure M
/// -- TEXT`); each text that reads here was refused there, as noted.
@Suite("Estimate text: refugees vs idps by the destination, every country (flee7)")
struct EstimateFlee7Tests {
    /// F14: leaving the country, and the countries the short list lacked, read as idps.
    @Test func leavingTheCountryCountsRefugees() {
        let texts = [
            "5,000 fled the country", "5,000 left the country", "5,000 fled Syria", "5,000 Syrians fled their country",
            "5,000 fled to a neighbouring country", "5,000 fled to another country", "5,000 fled to Turkish territory",
            "5,000 fled into Turkish territory", "5,000 fled to the UAE", "5,000 fled to the United States", "5,000 fled to the US",
            "5,000 fled to the Central African Republic", "5,000 fled to Côte d'Ivoire", "5,000 fled to Ivory Coast",
            "5,000 fled to the DRC", "5,000 fled to the Democratic Republic of Congo", "5,000 fled to South Sudan",
            "5,000 fled to Somaliland", "5000 personnes ont fui en RDC", "5,000 fled Sudan for Chad",
            "5000 personnes ont trouvé refuge au Tchad", "5000 personas se refugiaron en Colombia", "5,000 fled to Guinea-Bissau",
            "5,000 fled from Aleppo to Turkey", "5000 personas huyeron de Venezuela", "5000 personnes ont quitté le pays",
            "5000 personnes ont fui vers un pays voisin", "5000 شخص لجأوا لتركيا", "5,000 fled to camps in Chad",
            "5,000 left for Europe", "5000 شخص غادروا البلاد", "5000 شخص فروا إلى جنوب السودان",
        ]
        for text in texts {
            refuses(text, containing: "counts refugees (people who crossed a border", measure: "idps")
            reads(text, 5000, 5000, 5000, measure: "refugees")
        }
        // Acronyms are countries only in capitals: "the car" and French "l'eau" are none.
        reads("5,000 fled to the car", 5000, 5000, 5000, measure: "idps")
        reads("5000 personnes ont fui vers l'eau", 5000, 5000, 5000, measure: "idps")
    }

    /// F9: a destination inside the country read as refugees.
    @Test func aPlaceInsideCountsIDPs() {
        let texts = [
            "5,000 fled to other parts of the country", "5000 شخص نزحوا إلى مناطق أخرى داخل البلاد",
            "5000 personnes ont fui vers les camps de déplacés", "5,000 fled to camps inside Syria",
            "5,000 fled to camps in northern Syria", "5,000 fled to displacement camps", "5,000 fled to other provinces",
            "5,000 fled to the countryside", "5,000 fled to the north of the country",
            "5000 personnes ont fui vers d'autres régions du pays", "5000 personas huyeron a otras zonas del país",
            "5,000 fled to nearby villages", "5,000 fled to the country's north",
        ]
        for text in texts {
            refuses(text, containing: "counts idps (people displaced inside their country", measure: "refugees")
            reads(text, 5000, 5000, 5000, measure: "idps")
        }
    }

    /// F10: a place in a country named after it is no country (each had been refused under
    /// idps as refugees); it names neither kind and reads under both, as "fled to Aleppo".
    @Test func aPlaceNamedAfterItsCountryIsNoCountry() {
        let texts = [
            "5,000 fled to Mexico City", "5,000 fled to Sudan's capital", "5,000 fled to Lebanon's south",
            "5,000 displaced to Lebanon's Bekaa valley", "5,000 fled to Niger state", "5,000 fled to the Jordan Valley",
            "5,000 fled to Turkey's border", "5,000 fled to Chad's border", "5000 personnes ont fui vers la frontière turque",
        ]
        for text in texts {
            reads(text, 5000, 5000, 5000, measure: "idps")
            reads(text, 5000, 5000, 5000, measure: "refugees")
        }
    }

    /// Arabic verb first and "sought refuge"/"arrived" had been refused as unknown words.
    @Test func verbFirstAndRefugeRead() {
        reads("نزح 5000 شخص إلى حلب", 5000, 5000, 5000, measure: "idps")
        // flee8 (review50, decided): نزح with no destination across a border is the internally
        // displaced, as "IDPs": refused under refugees (it read 5,000).
        refuses("نزح 5000 شخص إلى حلب", containing: "counts idps (people displaced inside their country", measure: "refugees")
        reads("فر 5000 شخص إلى حلب", 5000, 5000, 5000, measure: "refugees")
        for text in ["نزح 5000 شخص إلى تركيا", "فر 5000 شخص إلى لبنان", "5,000 sought refuge in Chad", "5,000 arrived in Chad",
                     "5,000 took refuge in Lebanon"] {
            refuses(text, containing: "counts refugees (people who crossed a border", measure: "idps")
            reads(text, 5000, 5000, 5000, measure: "refugees")
        }
        reads("5,000 arrived in Aleppo", 5000, 5000, 5000, measure: "idps")
        refuses("نزح 5000 شخص إلى حلب", containing: "counts displaced, not killed", measure: "killed")
        refuses("5,000 sought refuge in Chad", containing: "counts displaced, not killed", measure: "killed")
        refuses("5,000 arrived in Chad", containing: "counts people who did something else (\"arrived\")", measure: "killed")
    }

    /// The honest twins keep their reading.
    @Test func twinsKeepTheirReading() {
        for text in ["5,000 fled to Chad", "5,000 fled to Lebanon", "5,000 fled to Uganda", "5,000 fled to Egypt", "5,000 fled to Poland",
                     "5,000 fled to Jordan", "5,000 fled to Congo", "5,000 fled abroad", "5000 شخص فروا إلى لبنان"] {
            refuses(text, containing: "counts refugees (people who crossed a border", measure: "idps")
        }
        for text in ["5,000 fled to Aleppo", "5,000 fled to Idlib", "5,000 fled to Darfur", "5,000 fled to Gaza", "5,000 fled to Rafah",
                     "5,000 fled to Kyiv", "5,000 fled to the capital", "5,000 fled to safer areas", "5,000 fled to camps near the Turkish border",
                     "5000 personnes ont fui vers Alep", "5000 personas huyeron a Cúcuta", "5,000 displaced", "5000 شخص نزحوا إلى إدلب",
                     "5,000 fled towards the Turkish border", "5,000 fled their homes", "5,000 fled to northern Syria",
                     "5,000 fled to Kurdish territory", "5,000 fled deeper into Syrian territory", "5,000 fled to other parts of the world",
                     "5000 شخص فروا إلى جنوب لبنان", "5,000 fled to Kuwait City", "5,000 fled to the Congo River", "5,000 fled Syria's war"] {
            reads(text, 5000, 5000, 5000, measure: "idps")
        }
        reads("5,000 displaced", 5000, 5000, 5000, measure: "refugees")
        reads("5,000 fled to Aleppo", 5000, 5000, 5000, measure: "refugees")
    }

    /// One table of countries: its English forms are the English table's counted names, so
    /// "Two Sierra Leone soldiers", "Two Gibraltar residents" count as "Two Syria soldiers"
    /// did (each had been refused as maybe a name: the list lacked them).
    @Test func theCountriesAreCountedNames() {
        reads("Two Gibraltar residents killed", 2, 2, 2, measure: "killed")
        reads("Two Sierra Leone soldiers killed", 2, 2, 2, measure: "killed")
        reads("Two Syria soldiers killed", 2, 2, 2, measure: "killed")
    }

    /// The verb that says the destination may follow another of the figure's clause ("5,000
    /// people displaced by fighting fled to Uganda" had read as idps on main 5065a76); a word
    /// opening another clause ends the search.
    @Test func theDestinationOfALaterVerb() {
        refuses("5,000 people displaced by fighting fled to Uganda", containing: "counts refugees (people who crossed a border", measure: "idps")
        reads("5,000 people displaced by fighting fled to Uganda", 5000, 5000, 5000, measure: "refugees")
        refuses("5,000 displaced by clashes fled to camps inside Syria", containing: "counts idps (people displaced inside", measure: "refugees")
        reads("5,000 fled as troops moved to Chad", 5000, 5000, 5000, measure: "idps")
    }
}
