import Testing
import TallyCore

/// review50 F8, F9 and its twins (found after fates6): each text refused here read its
/// figure as killed, exit 0, on main 4a5681f (`tally estimate --measure killed -- TEXT`);
/// the honest twins read on both.
@Suite("Estimate text: the killers are not the killed; two fates joined after an aside")
struct EstimateKillersTests {
    /// The figure's people killed someone: they are the killers.
    @Test func thePeopleWhoKilledAreNotTheKilled() {
        for text in ["three gunmen killed a policeman", "12 gunmen killed the governor", "12 gunmen who killed the governor were arrested",
                     "12 soldiers who killed civilians were arrested", "12 gunmen who killed the officer escaped",
                     "12 attackers have killed a guard", "12 fighters killed the local commander"] {
            refuses(text, containing: "counts the people who killed someone (the figure is the subject of \"killed\"), not the killed", measure: "killed")
        }
        refuses("12 fighters wounded a soldier", containing: "counts the people who wounded someone", measure: "injured")
        // Twins: a time is no object; the killed after the verb; a later fate of the same people.
        reads("12 soldiers killed the day before", 12, 12, 12, measure: "killed")
        reads("12 civilians killed this week", 12, 12, 12, measure: "killed")
        reads("12 soldiers killed the previous night", 12, 12, 12, measure: "killed")
        reads("gunmen killed 12 people", 12, 12, 12, measure: "killed")
        reads("12 soldiers killed in an attack by gunmen", 12, 12, 12, measure: "killed")
        reads("12 militants who killed the governor were killed", 12, 12, 12, measure: "killed")
    }

    /// F8 (a regression of fates6): the fate ending an aside joined to another fate.
    @Test func twoFatesJoinedAfterAnAsideAreNoOneMeasure() {
        for text in ["12 soldiers who were deployed to the area were killed or wounded",
                     "12 people who were killed or wounded were identified",
                     "12 soldiers who were deployed were killed and captured",
                     "12 soldiers who were deployed to the area were killed or injured"] {
            #expect(throws: EstimateParseError.self, "\(text)") { try EstimateParser.parse(text, convention: .unspecified, measure: "killed") }
        }
        reads("12 soldiers who were deployed to the area were killed", 12, 12, 12, measure: "killed")
        reads("12 people who had gathered for aid were killed", 12, 12, 12, measure: "killed")
    }
}
