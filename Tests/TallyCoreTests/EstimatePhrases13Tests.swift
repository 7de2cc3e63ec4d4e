import Testing
import TallyCore

/// phrases13 (issue 12, silent wrong numbers). On main b2e0b6c (`tally estimate --measure M
/// -- TEXT`): "12 policías municipales muertos", "12 policiers municipaux tués" read 12 under
/// idps (measure null) while "12 policías muertos" is refused there ("counts killed"): an
/// adjective after the noun of people hid the fate word after it.
@Suite("Estimate text: an adjective between the people and their fate (phrases13)")
struct EstimatePhrases13Tests {
    /// Item 1: the fate after an adjective of the people counts under every other measure.
    @Test func theFateAfterAnAdjectiveOfThePeopleCounts() {
        let cases: [(String, String)] = [
            ("12 policías municipales muertos", "killed"), ("12 policiers municipaux tués", "killed"),
            ("12 policiais municipais mortos", "killed"), ("12 policías municipales heridos", "injured"),
            ("12 policías municipales detenidos", "arrested"), ("12 policiers municipaux enlevés", "kidnapped"),
            ("12 policías municipales secuestrados", "kidnapped"), ("12 policías municipales desaparecidos", "missing"),
        ]
        for (text, fate) in cases {
            reads(text, 12, 12, 12, measure: fate)
            for other in ["idps", "refugees", "killed", "injured", "arrested"] where other != fate {
                refuses(text, containing: "counts", measure: other)
            }
        }
        refuses("12 شرطيا محليا قتلوا", containing: "قتلوا", measure: "idps")
        refuses("12 شرطيا محليا قتلوا", containing: "قتلوا", measure: "injured")
        reads("12 شرطيا محليا قتلوا", 12, 12, 12, measure: "killed")
        // Twins: the fate right after the noun, and an adjective with no fate after it.
        refuses("12 policías muertos", containing: "counts killed", measure: "idps")
        reads("12 civiles desplazados", 12, 12, 12, measure: "idps")
        reads("5000 personas desplazadas internas", 5000, 5000, 5000, measure: "idps")
    }

    /// With no measure asked, the fate names the measure, as "12 policías muertos" does.
    @Test func theFateNamesTheMeasureWhenNoneIsAsked() throws {
        for (text, fate) in [("12 policías municipales muertos", "killed"), ("12 policiers municipaux tués", "killed"),
                             ("12 policías municipales detenidos", "arrested")] {
            let r = try EstimateParser.reading(text, convention: .unspecified, measure: nil)
            #expect(r.measureNamed == fate, "\(text)")
        }
    }
}
