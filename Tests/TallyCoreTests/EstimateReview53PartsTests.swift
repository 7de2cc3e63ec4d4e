import Testing
import TallyCore

/// review53 F2 (issue 12, silent), on main 67674e8 (`tally estimate --measure M -- TEXT`): a
/// part of the people said by an adverb or a fraction before the destination ("5,000 people
/// fled, mainly to Chad", "a third of them to Chad", "mostly across the border") and a
/// destination that lists a country beside a place that is none ("fled to Darfur and Chad")
/// read 5,000 under refugees, and the last also under idps.
@Suite("Estimate text: a part of the people across a border said by an adverb, a fraction or a list of places (review53 F2)")
struct EstimateReview53PartsTests {
    @Test func anAdverbOrAFractionOfThePeopleBeforeADestinationAbroadIsOnlyAPart() {
        for text in ["5,000 people fled, mainly to Chad", "5,000 people fled, largely to Chad", "5,000 people fled, chiefly to Chad",
                     "5,000 people fled, a third of them to Chad", "5,000 people fled, two thirds of them to Chad",
                     "5,000 people fled, mostly across the border", "5,000 people fled, most of them abroad",
                     "5000 personnes ont fui, principalement vers le Tchad", "5000 personnes ont fui, un tiers d'entre elles vers le Tchad",
                     "5000 personas huyeron, muchas de ellas a Chad", "5000 personas huyeron, principalmente a Chad"] {
            refuses(text, containing: "only part of the people crossed a border", measure: "refugees")
            refuses(text, containing: "only part of the people crossed a border", measure: "idps")
        }
        // A part of whom, not of where, still reads; so does a part after refugees.
        reads("5,000 people fled, many of them children, to Chad", 5000, 5000, 5000, measure: "refugees")
        reads("5,000 refugees fled, mainly to Chad", 5000, 5000, 5000, measure: "refugees")
        reads("12 killed, mostly civilians", 12, 12, 12, measure: "killed")
    }

    @Test func aDestinationListingACountryAndAPlaceThatIsNoneIsOnlyAPart() {
        for text in ["5,000 people fled to Darfur and Chad", "5,000 people fled to Chad and Darfur", "5,000 people fled to Aleppo and Turkey",
                     "5,000 people fled to Darfur, Kordofan and Chad", "5000 personnes ont fui vers le Darfour et le Tchad",
                     "5000 personas huyeron a Darfur y Chad"] {
            refuses(text, containing: "only part of the people crossed a border", measure: "refugees")
            refuses(text, containing: "only part of the people crossed a border", measure: "idps")
        }
        // Countries alone, a town with its country, a clause after "and", a day: as before.
        for text in ["5,000 people fled to Chad and South Sudan", "5,000 people fled to Chad, Egypt and South Sudan",
                     "5,000 people fled to Chad and the Central African Republic", "5,000 people fled to Chad on Monday",
                     "5,000 people fled to Chad and Chadian officials registered them", "5,000 people fled to Chad and Cameroon last week"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
            refuses(text, containing: "counts refugees", measure: "idps")
        }
        reads("5,000 people fled to Idlib and Aleppo", 5000, 5000, 5000, measure: "idps")
        reads("5,000 refugees fled to Darfur and Chad", 5000, 5000, 5000, measure: "refugees")
    }
}
