import Testing
import TallyCore

/// dest25 (issue 12, silent), on main b94cd58 (`tally estimate --measure refugees|idps|displaced|injured
/// -- TEXT`): a noun of the dead that governs the figure or that the figure counts read the figure
/// under the measures of the displaced, exit 0 ("the massacre of 13 people from Afrin", "13 bodies",
/// "death toll of 13", "a mass grave of 13 people", "massacre de 13 personnes", "matanza de 13
/// personas", "chacina de 13 pessoas", "وفاة 13 أشخاص" read 13 refugees), while "13 people killed"
/// was refused; under injured "exécution de 13", "matanza de 13", "ejecución
/// de 13", "chacina de 13", "execução de 13", "13 pessoas morreram" read 13. Under killed every one
/// reads 13, as before. ("the slaughter of 13" still reads 13 under injured: see the report.)
@Suite("Estimate text: a noun of the dead names killed, not the displaced nor the injured (dest25, issue 12)")
struct EstimateDest25Tests {
    static let deadNouns = [
        "the massacre of 13 people from Afrin", "a massacre of 13 people", "the slaughter of 13 people", "the execution of 13 people",
        "13 bodies found", "13 bodies", "13 corpses found", "death toll of 13", "the death toll rose to 13", "a mass grave of 13 people",
        "a mass grave with 13 bodies", "massacre de 13 personnes", "charnier de 13 corps", "exécution de 13 personnes",
        "matanza de 13 personas", "masacre de 13 personas", "ejecución de 13 personas", "chacina de 13 pessoas",
        "massacre de 13 pessoas", "execução de 13 pessoas", "وفاة 13 أشخاص",
    ]

    /// Each read 13 under refugees, idps and displaced on main; now refused as a count of the killed.
    @Test func deadNounIsNoFigureOfTheDisplaced() {
        for text in Self.deadNouns {
            for measure in ["refugees", "idps", "displaced"] {
                refuses(text, containing: "counts killed (", measure: measure)
            }
            reads(text, 13, 13, 13, measure: "killed")
        }
        // pt "morreram" (read 13 under each) is refused under displaced by the fate of the people.
        for measure in ["refugees", "idps", "displaced"] {
            refuses("13 pessoas morreram", containing: "morreram", measure: measure)
        }
        reads("5,000 people lost their homes", 5000, 5000, 5000, measure: "displaced")
        // The forms that were refused already keep their words ("counts killed, not refugees").
        for text in ["13 people killed in Afrin", "13 people massacred", "13 people died", "13 deaths", "13 fatalities", "13 morts",
                     "13 muertos", "13 mortos", "13 قتيلا", "مقتل 13 شخصا"] {
            refuses(text, containing: "counts killed, not refugees", measure: "refugees")
            refuses(text, containing: "counts killed, not displaced", measure: "displaced")
        }
        // Held: a flight from a massacre counts those who fled.
        for text in ["5,000 people fled the massacre", "the massacre forced 5,000 people to flee", "5000 personnes ont fui après le massacre",
                     "5000 personas huyeron tras la matanza"] {
            reads(text, 5000, 5000, 5000, measure: "displaced")
            reads(text, 5000, 5000, 5000, measure: "idps")
        }
        reads("after the massacre, 5,000 people fled to Chad", 5000, 5000, 5000, measure: "refugees")
    }

    /// Each read 13 under injured on main (its table of death words lacked the noun); now refused
    /// with the words of the others ("massacre de 13", "13 bodies").
    @Test func deadNounIsNoFigureOfTheInjured() {
        for text in ["exécution de 13 personnes", "matanza de 13 personas", "ejecución de 13 personas",
                     "chacina de 13 pessoas", "execução de 13 pessoas", "13 pessoas morreram"] {
            refuses(text, containing: "counts killed (", measure: "injured")
            refuses(text, containing: "counts killed (", measure: "refugees")
            reads(text, 13, 13, 13, measure: "killed")
        }
        for text in ["the massacre of 13 people from Afrin", "13 bodies", "massacre de 13 personnes"] {
            refuses(text, containing: "counts killed (", measure: "injured")
        }
    }
}
