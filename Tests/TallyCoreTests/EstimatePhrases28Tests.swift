import Testing
import TallyCore

/// phrases28 (review41 S4-S9, R3, R6): estimate text as news writes it, read for another
/// measure, a death after the survivor words, the attacker's death before the figure, a count
/// of people beside a zero, a zero that means everyone was hurt.
@Suite("Estimate text: another measure's zero, later deaths, the attacker, everyone hurt (phrases28)")
struct EstimatePhrases28Tests {
    /// review41 S4: a measure named in more words (`civilians_killed`, `children_injured`) took
    /// any figure: "No one was hurt" read 0 for civilians_killed, "No deaths were reported" 0 for
    /// civilians_injured, and either 0 for casualties. Now checked as killed/injured are.
    @Test func aZeroOfAnotherMeasureIsRefused() {
        for measure in ["civilians_killed", "civilian_deaths", "children killed", "Civilian Fatalities"] {
            for text in ["No one was hurt", "no one was injured", "No injuries were reported", "personne n'a été blessé",
                         "no hubo heridos", "لا إصابات", "5 injured", "3 people were wounded"] {
                refuses(text, containing: "counts injured, not killed", measure: measure)
            }
            // Its twins read.
            for text in ["No civilians were killed", "no deaths were reported", "no casualties", "No one was harmed", "ningún muerto"] {
                reads(text, 0, 0, 0, measure: measure)
            }
            reads("5 killed", 5, 5, 5, measure: measure)
        }
        for measure in ["civilians_injured", "children_wounded", "injured civilians"] {
            for text in ["No deaths were reported", "No one was killed", "no lives were lost", "personne n'a été tué",
                         "ningún muerto", "لا قتلى", "5 killed"] {
                refuses(text, containing: "counts killed, not injured", measure: measure)
            }
            for text in ["No one was hurt", "no injuries were reported", "no casualties", "No one was harmed"] {
                reads(text, 0, 0, 0, measure: measure)
            }
            reads("5 wounded", 5, 5, 5, measure: measure)
        }
        for text in ["No one was hurt", "no one was injured", "no hubo heridos", "personne n'a été blessé"] {
            refuses(text, containing: "counts injured, not casualties", measure: "casualties")
        }
        for text in ["No deaths were reported", "No one was killed", "no lives were lost", "personne n'a été tué", "ningún muerto"] {
            refuses(text, containing: "counts killed, not casualties", measure: "casualties")
        }
        for text in ["No civilians were harmed", "No one was killed or injured", "no casualties", "sin víctimas"] {
            reads(text, 0, 0, 0, measure: "casualties")
        }
        // Names of two measures, or of none, stay outside the tables as before.
        reads("5 killed", 5, 5, 5, measure: "killed_or_injured")
        reads("5 killed", 5, 5, 5, measure: "affected")
    }
}
