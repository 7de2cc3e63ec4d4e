import Testing
import TallyCore

/// phrases25 (review37 S5): one more victim named by a word that stands alone ("another",
/// "a fourth" after 3, "otro", "un autre", "ein weiterer", "آخر") or by a noun of one person
/// with a verb of dying no measure table holds ("succumbed") is one more victim the figure
/// does not count: refused, never the figure alone.
@Suite("Estimate text: one more victim standing alone (phrases25)")
struct EstimateOneMoreAloneTests {
    @Test func anotherStandingAloneIsRefused() {
        for text in ["3 soldiers killed and another died",
                     "3 soldiers were killed and another later died of wounds",
                     "3 soldiers killed, another succumbed to his wounds",
                     "3 soldiers were killed in Idlib and another in Hama",
                     "3 soldiers killed, another critically injured and later died",
                     "3 soldiers killed. Another died later in hospital."] {
            refuses(text, containing: "names someone besides the figure", measure: "killed")
            refuses(text, containing: "names someone besides the figure")
        }
    }

    @Test func theNextOrdinalIsRefused() {
        for text in ["3 soldiers were killed; a fourth died later in hospital",
                     "3 soldiers killed; the fourth died in hospital",
                     "Two soldiers were killed and a third died later",
                     "3 killed; a 4th died later",
                     "3 soldiers killed, a fourth victim died"] {
            refuses(text, containing: "names someone besides the figure", measure: "killed")
        }
    }

    @Test func aVerbOfDyingNoTableHoldsIsTheFiguresMeasure() {
        for text in ["3 soldiers killed and a child succumbed to wounds",
                     "3 soldiers killed, a child succumbed to his injuries"] {
            refuses(text, containing: "names someone besides the figure", measure: "killed")
        }
    }

    @Test func otherLanguages() {
        for text in ["3 muertos y otro murió", "3 muertos y otro más falleció después",
                     "3 morts, un autre est mort", "3 soldats tués et un autre a succombé",
                     "3 Tote, ein weiterer starb", "3 Soldaten getötet, ein weiterer erlag später seinen Verletzungen",
                     "3 mortos e outro morreu", "3 morti e un altro è morto",
                     "قتل 3 جنود وتوفي آخر"] {
            refuses(text, containing: "names someone besides the figure", measure: "killed")
        }
    }

    /// The honest twins: another measure, a thing, a part, an ordinal that is no next person.
    @Test func honestTwinsStillRead() {
        reads("3 soldiers killed and another wounded", 3, 3, 3, measure: "killed")
        reads("3 soldiers killed, another critically wounded", 3, 3, 3, measure: "killed")
        reads("3 killed in another attack", 3, 3, 3, measure: "killed")
        reads("3 killed and another attack hit a school", 3, 3, 3, measure: "killed")
        reads("40 killed; a third of them were children", 40, 40, 40, measure: "killed")
        reads("2 soldiers killed, a third wounded", 2, 2, 2, measure: "killed")
        reads("3 killed, another official said", 3, 3, 3, measure: "killed")
        reads("3 muertos y otro herido", 3, 3, 3, measure: "killed")
        reads("قتل 3 جنود وأصيب آخر", 3, 3, 3, measure: "killed")
        reads("3 soldiers killed and a child wounded", 3, 3, 3, measure: "killed")
    }
}
