import Testing
import TallyCore

/// review51's estimate-text findings (F4, F5, and the message of a killer in another language):
/// each refused text below read 5,000 killed, exit 0, on main d634219.
@Suite("Estimate text: holders said by a noun or \"fell to\", group acts, Arabic counted nouns (review51)")
struct EstimateReview51Tests {
    /// F5: a place's holders or attackers said by a noun, "fell to", or an active verb of
    /// taking ("overrun by" was refused, its active twin read).
    @Test func holdersAndTakersAreNoToll() {
        for text in ["the town fell to 5,000 fighters", "the town fell to some 5,000 rebels", "the town is under the control of 5,000 fighters",
                     "the city is in the hands of 5,000 fighters", "an offensive of 5,000 fighters", "the base was lost to 500 militants"] {
            refuses(text, containing: "counts the people who did it", measure: "killed")
        }
        for text in ["5,000 fighters overran the town", "5,000 fighters infiltrated the city", "5,000 troops invaded the region",
                     "500 militants raided the village", "500 fighters ambushed the convoy"] {
            refuses(text, containing: "counts people who did something else", measure: "killed")
        }
        // Tolls that keep their reading.
        for text in ["the death toll fell to 12", "the toll fell to 12 soldiers", "the number of dead fell to 12 people",
                     "12 soldiers were killed as the town fell to rebels", "12 fighters who overran the town were killed",
                     "12 soldiers killed in an offensive", "the town, which fell to rebels, where 12 were killed"] {
            reads(text, 12, 12, 12, measure: "killed")
        }
    }

    /// F4: Arabic counted nouns in the accusative after a number (had been unknown words).
    @Test func arabicCountedNounsRead() {
        for text in ["مقتل 12 طفلا", "مقتل 12 طفلاً", "مقتل 12 شرطيا", "مقتل 12 عسكريا", "مقتل 12 صحفيا", "مقتل 12 رجلا"] {
            reads(text, 12, 12, 12, measure: "killed")
        }
        refuses("12 رجلا قتلوا المحافظ", containing: "counts the people who killed or wounded", measure: "killed")
    }

    /// A killer's verb in another language is not put in an English sentence ("the people
    /// who blessé someone").
    @Test func aForeignKillersVerbIsSaidInEnglish() {
        refuses("three gunmen killed a policeman", containing: "counts the people who killed someone (the figure is the subject of \"killed\")", measure: "killed")
        refuses("3 gunmen shot dead a policeman", containing: "counts the people who shot dead someone", measure: "killed")
    }
}
