import Testing
import TallyCore

/// dest16 (review55 F1, F2, F3; silent), on main 3fadeac (`tally estimate --measure M -- TEXT`):
/// "to Chad and Sudan's Darfur region" (a regression of dest15's 629189c) read 5,000 refugees;
/// "virtually all to Chad", "all but a few to Chad" and a part said in the next sentence ("5000
/// people fled. Most went to Chad.", read under both measures) were no part; lists of a country
/// and a place inside joined by "and across", "plus", "along with", "and in", or naming places
/// inside by nouns ("neighbouring villages", "the bush", "safer areas inside Sudan") read in full.
@Suite("Estimate text: possessive places, next-sentence parts and more mixed lists (dest16, review55)")
struct EstimateDest16Tests {
    static let part = "only part of the people"

    func refusedUnderBoth(_ texts: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        refusedUnderIdpsAndRefugees(texts, containing: Self.part, sourceLocation: sourceLocation)
    }

    @Test func aCountrysPlaceInsideInAListIsAPlaceInside() {
        refusedUnderBoth(["5000 people fled to Chad and Sudan's Darfur region", "5000 people fled to Chad and Sudan's Tawila",
                          "5000 people fled to South Sudan and Sudan's Kordofan state", "5000 people fled to Egypt and Sudan's El Fasher",
                          "5000 people fled to Sudan's Darfur region and Chad", "5000 people fled to Chad and within Sudan's Darfur region",
                          "5000 people fled to Chad and the Darfur region", "5000 people fled to Chad and Darfur state",
                          "5000 people fled to Chad and eastern Darfur", "5000 people fled to Chad and north Darfur",
                          "5000 personnes ont fui au Tchad et dans la région du Darfour"])
        // A country's place alone, or a country's place left: as before.
        reads("5000 people fled to Sudan's Darfur region", 5000, 5000, 5000, measure: "idps")
        reads("5000 people fled to Sudan's Gezira state", 5000, 5000, 5000, measure: "idps")
        reads("5000 people fled Sudan's Darfur region to Chad", 5000, 5000, 5000, measure: "refugees")
        reads("5000 people fled to Chad's Ouaddai province", 5000, 5000, 5000, measure: "refugees")
        reads("5000 Sudanese fled to Chad's Ouaddai region", 5000, 5000, 5000, measure: "refugees")
    }

    @Test func virtuallyAllAndAllButAFewArePartsAsIsAPartInTheNextSentence() {
        refusedUnderBoth(["5000 people fled, virtually all to Chad", "5000 people fled, practically all to Chad",
                          "5000 personnes ont fui, pratiquement toutes vers le Tchad", "5000 personas huyeron, prácticamente todas a Chad",
                          "5000 pessoas fugiram, praticamente todas para o Chade",
                          "5000 people fled. Most went to Chad.", "5000 people fled. The majority went to Chad.",
                          "5000 people fled. Half went to Chad.", "5000 people fled. Most to Chad.",
                          "5000 personnes ont fui. La plupart sont allées au Tchad.", "5000 personas huyeron. La mayoría fue a Chad.",
                          "5000 pessoas fugiram. A maioria foi para o Chade."])
        // "a few", "a handful" are read as a second number first: refused all the same.
        for text in ["5000 people fled, all but a few to Chad", "5000 people fled, all but a handful heading to Chad"] {
            refuses(text, containing: "more than one number", measure: "refugees")
            refuses(text, containing: "more than one number", measure: "idps")
        }
        // The next sentence says who they are or where they live, not where part of them went.
        for text in ["5000 people fled to Chad. Most were women.", "5000 people fled to Chad. Most of them are women and children.",
                     "5000 people fled to Chad. Most live in camps.", "5000 people fled to Chad. Many arrived in Adre.",
                     "5000 people fled to Chad. The UN said more could follow.", "5000 people fled to Chad, virtually all of them women"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
        }
        reads("5000 refugees fled. Most went to Chad.", 5000, 5000, 5000, measure: "refugees")
        reads("5000 people fled to Tawila. Most were women.", 5000, 5000, 5000, measure: "idps")
    }

    @Test func moreListsOfACountryAndPlacesInside() {
        refusedUnderBoth(["5000 people fled to Chad and across Darfur", "5000 people fled to Chad and to safer areas inside Sudan",
                          "5000 people fled to Chad, plus Darfur", "5000 people fled to Chad along with Darfur",
                          "5000 people fled to camps in Chad and in Darfur", "5000 people fled to Chad and displacement sites in Darfur",
                          "5000 people fled into the bush and to Chad", "5000 people fled to neighbouring villages and Chad",
                          "5000 people fled to Chad and neighbouring villages", "5000 people fled to Chad and the bush",
                          "5000 people fled to Chad and to nearby villages", "5000 people fled to Chad and around Tawila",
                          "5000 people fled to Chad and towns in Darfur", "5000 people fled to Chad and parts of Darfur",
                          "5000 personnes ont fui au Tchad et vers des villages voisins", "5000 personnes ont fui vers des villages voisins et au Tchad",
                          "5000 personas huyeron a Chad y a zonas seguras dentro de Sudán", "5000 personas huyeron a Chad y a pueblos cercanos",
                          "5000 pessoas fugiram para o Chade e para aldeias vizinhas"])
        // Countries, things and times after "and", "plus", "along with": refugees as before.
        for text in ["5000 people fled to Chad and South Sudan", "5000 people fled to Chad and the Central African Republic",
                     "5000 people fled to Chad and other neighbouring countries", "5000 people fled to Chad and the camps were full",
                     "5000 people fled to Chad and in June more followed", "5000 people fled to Chad along with their cattle",
                     "5000 people fled to Chad together with their livestock", "5000 people fled to Chad, plus 300 cattle",
                     "5000 people fled to Chad with their families", "5000 people fled across the border to Chad"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
        }
        // Places inside only: idps as before.
        for text in ["5000 people fled to Tawila and Kutum", "5000 people fled to neighbouring villages and the bush",
                     "5000 people fled to Tawila and nearby villages", "5000 people fled to safer areas inside Sudan",
                     "5000 people fled to displacement sites in Darfur", "5000 people fled into the bush"] {
            reads(text, 5000, 5000, 5000, measure: "idps")
        }
    }
}
