import Testing
import TallyCore

/// mend43a (review43 S1, R2, R4, R5, S5, N3): measure names of less-lethal weapons, groups of
/// civilians, "not one" before a day, "but" in Spanish.
@Suite("Estimate text: less-lethal names, kinds of civilians, not one day, pero (mend43a)")
struct EstimatePhrases31Tests {
    /// review43 S1/R4: a65ffda read "lethal" beside any injury word as killed, so
    /// `less_lethal_injuries "3 people died"` read 3 killed and "5 people injured" was refused.
    /// A name counts the dead only when the death word qualifies the injury word directly.
    @Test func aLessLethalNameCountsInjured() {
        for measure in ["less_lethal_injuries", "injuries_from_less_lethal_weapons", "less-lethal injuries", "non_lethal_injuries",
                        "injured_by_less_lethal_weapons", "non_fatal_injuries"] {
            refuses("3 people died", containing: "counts killed, not injured", measure: measure)
            reads("5 people injured", 5, 5, 5, measure: measure)
        }
        for measure in ["fatal_and_non_fatal_injuries", "fatal_and_nonfatal_injuries", "fatal_or_non_fatal_injuries"] {
            reads("5 people injured", 5, 5, 5, measure: measure)
        }
        for measure in ["fatal_injuries", "fatally_injured", "mortally_wounded", "died_of_wounds", "lethal_injuries",
                        "injured_fatally", "mortal_injuries"] {
            reads("3 people died", 3, 3, 3, measure: measure)
            refuses("3 injured", containing: "counts injured, not killed", measure: measure)
        }
    }

    /// review43 R2: cd0d0c2 refused `civilians_killed "5 children were killed"` as a figure of
    /// another group (tally-main read 5); S5: "5 militiamen were killed" read 5 for it. Children,
    /// women, residents, villagers, passengers, journalists are kinds of civilians; militiamen
    /// are militants.
    @Test func kindsOfCiviliansAreCivilians() {
        for text in ["5 children were killed", "5 women were killed", "5 residents were killed", "5 niños muertos", "مقتل 5 أطفال",
                     "5 journalists were killed", "5 villagers were killed", "5 passengers were killed", "5 civilians were killed"] {
            reads(text, 5, 5, 5, measure: "civilians_killed")
        }
        for text in ["5 children were killed", "5 journalists were killed", "5 villagers were killed", "5 civilians were killed"] {
            refuses(text, containing: "a figure of one group is no figure of another", measure: "soldiers_killed")
        }
        refuses("5 civilians were killed", containing: "a figure of one group is no figure of another", measure: "children_killed")
        for text in ["5 militiamen were killed", "5 militia members were killed", "5 milicianos muertos", "5 soldiers killed"] {
            refuses(text, containing: "a figure of one group is no figure of another", measure: "civilians_killed")
        }
        reads("5 militiamen were killed", 5, 5, 5, measure: "militants_killed")
    }

    /// review43 R5: a3b1234 read "pas un"/"ni un solo" as zero before any noun, so "Pas un jour
    /// sans violence : 3 personnes ont été tuées" was refused as two numbers (tally-main read 3).
    /// Before a noun that is not of people (a day, a week, a family) it is no zero.
    @Test func notOneDayIsNoZero() {
        let texts: [(String, Int64)] = [("Pas un jour sans violence : 3 personnes ont été tuées", 3),
                                        ("Pas une semaine ne passe sans attaque ; 4 morts cette fois", 4),
                                        ("Ni un solo día sin muertos: 3 muertos en Culiacán", 3),
                                        ("Pas une famille épargnée : 3 morts", 3),
                                        ("Ni una semana sin violencia: 5 muertos", 5),
                                        ("Pas une nuit sans bombardements : 2 morts", 2)]
        for (text, n) in texts { reads(text, n, n, n, measure: "killed") }
        reads("Pas un seul mort", 0, 0, 0, measure: "killed")
        reads("Ni un solo muerto", 0, 0, 0, measure: "killed")
        #expect((try? EstimateParser.parse("Pas un jour sans mort à Gaza", convention: .unspecified, measure: "killed")) == nil)
    }

    /// review43 N3: "pero" (but) was an unknown word beside the figure.
    @Test func butInSpanishIsNoUnknownWord() {
        reads("Nadie murió en el ataque, pero 3 resultaron heridos", 3, 3, 3, measure: "injured")
        reads("No hubo muertos, pero 3 resultaron heridos", 3, 3, 3, measure: "injured")
        reads("Nadie murió en el ataque, pero 3 resultaron heridos", 0, 0, 0, measure: "killed")
    }
}
