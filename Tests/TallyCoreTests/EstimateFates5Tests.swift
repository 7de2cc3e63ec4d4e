import Testing
import TallyCore

/// fates5 (review47 S2, S3, S7, S10, S11, S13, R4): each text refused here read its figure,
/// exit 0, on main 769d7ed (`tally estimate --measure M -- TEXT`); each twin reads.
@Suite("Estimate text: other acts, killed and wounded together, liquidated, the destination of the displaced (fates5)")
struct EstimateFates5Tests {
    /// S2: the figure's people did something else (denounced, were deployed, searched);
    /// the killed word is the verb's object or in an after-clause, or absent.
    @Test func otherActsAreNoFigureOfTheDead() {
        let acts: [(String, String)] = [
            ("5,000 demonstrators denounced the killing", "(\"denounced\")"),
            ("5,000 des manifestants ont dénoncé les meurtres", "(\"dénoncé\")"),
            ("5,000 soldiers were deployed after the killing", "(\"deployed\")"),
            ("5,000 police officers were deployed after the killings", "(\"deployed\")"),
            ("5,000 soldiers searched for the killers", "(\"searched\")"),
            ("5,000 troops were deployed", "(\"deployed\")"),
            ("5,000 people called for justice after the killing", "(\"called\")"),
            ("5000 soldados fueron desplegados tras la matanza", "(\"desplegados\")"),
            ("5,000 troops deployed after the massacre", "(\"deployed\")"),
        ]
        for (text, says) in acts {
            refuses(text, containing: "counts people who did something else " + says + ", not killed", measure: "killed")
        }
        refuses("5,000 soldiers were deployed after the attack", containing: "counts people who did something else", measure: "injured")
        // The crowd's verbs keep the group-size rule's message (tie3).
        refuses("5,000 people mourned the dead", containing: "counts people who took part", measure: "killed")
    }

    /// S2 twins: the killed word is the figure's own verb.
    @Test func twinsOfOtherActsRead() {
        reads("5,000 killed after the attack", 5000, 5000, 5000, measure: "killed")
        reads("5,000 soldiers were killed after being deployed", 5000, 5000, 5000, measure: "killed")
        reads("troops killed 12", 12, 12, 12, measure: "killed")
        reads("12 soldiers killed", 12, 12, 12, measure: "killed")
        reads("12 soldiers deployed in the area were killed", 12, 12, 12, measure: "killed")
        reads("12 soldiers sent to the front died", 12, 12, 12, measure: "killed")
        reads("5,000 soldiers", 5000, 5000, 5000, measure: "killed")
        reads("5,000 demonstrators denounced the killing", 5000, 5000, 5000, measure: nil)
    }

    /// S3, S11, S13: killed and wounded together by a hyphen, a part of the other fate
    /// with no figure, or a label.
    @Test func killedAndWoundedTogetherInMoreForms() {
        refuses("12 killed-wounded", containing: "counts killed and injured together, not killed alone (\"killed-wounded\")", measure: "killed")
        refuses("12 dead-injured", containing: "counts killed and injured together", measure: "killed")
        refuses("12 killed-wounded", containing: "counts killed, not injured", measure: "injured")
        refuses("12 killed (including wounded)", containing: "counts killed and injured together, not killed alone", measure: "killed")
        refuses("12 killed, including wounded", containing: "counts killed and injured together, not killed alone", measure: "killed")
        refuses("12 killed, including the wounded", containing: "counts killed and injured together", measure: "killed")
        refuses("12 tués, y compris des blessés", containing: "counts killed and injured together", measure: "killed")
        refuses("wounded or killed: 12", containing: "counts killed and injured together, not killed alone (\"wounded or killed\")", measure: "killed")
        refuses("dead and injured: 12", containing: "counts killed and injured together", measure: "killed")
        refuses("casualties (dead and injured): 12", containing: "counts casualties (killed and injured together)", measure: "killed")
        refuses("casualties (dead and injured): 12", containing: "counts casualties (killed and injured together)", measure: "injured")
        refuses("casualty tally: 12", containing: "counts casualties (killed and injured together), not killed (\"casualty\")", measure: "killed")
        refuses("casualties: 12", containing: "counts casualties (killed and injured together)", measure: "killed")
        refuses("bajas: 12", containing: "counts casualties (killed and injured together)", measure: "killed")
    }

    /// Twins: a part with a figure of its own, a separate count, a label of the dead alone.
    @Test func twinsOfTogetherRead() {
        reads("12 killed, including 3 children", 12, 12, 12, measure: "killed")
        reads("12 killed (3 wounded)", 12, 12, 12, measure: "killed")
        reads("12 killed (3 wounded)", 3, 3, 3, measure: "injured")
        reads("12 killed - 3 wounded", 12, 12, 12, measure: "killed")
        reads("killed: 12", 12, 12, 12, measure: "killed")
        reads("death toll: 12", 12, 12, 12, measure: "killed")
        reads("Casualties: 12 killed, 30 wounded", 12, 12, 12, measure: "killed")
        reads("casualties (dead and injured): 12", 12, 12, 12, measure: "casualties")
        reads("12 killed-wounded", 12, 12, 12, measure: "casualties")
    }

    /// R4: "12 casualties, all killed" reads as its longer twin does.
    @Test func casualtiesAllKilledRead() {
        reads("12 casualties, all killed", 12, 12, 12, measure: "killed")
        reads("the number of casualties rises to 12, all killed", 12, 12, 12, measure: "killed")
        refuses("12 casualties", containing: "counts casualties", measure: "killed")
        refuses("12 casualties, all wounded", containing: "counts casualties", measure: "killed")
    }

    /// S7: "liquidated" is the attacker's death as "eliminated" is.
    @Test func liquidatedIsTheAttackersDeath() {
        for text in ["3 killed; terrorist liquidated", "3 killed; terrorists were liquidated", "3 tués; le terroriste a été liquidé",
                     "3 muertos; el terrorista fue liquidado"] {
            refuses(text, containing: "the attacker's death is a figure of its own", measure: "killed")
        }
        for text in ["3 killed in attack; assailants neutralized", "3 killed; the attacker was eliminated", "3 tués, l'assaillant abattu"] {
            refuses(text, containing: "the attacker's death is a figure of its own", measure: "killed")
        }
        // "3 liquidated" is no more a count of the dead than "3 eliminated" (an unknown word).
        refuses("3 liquidated", containing: "unknown word", measure: "killed")
        refuses("3 eliminated", containing: "unknown word", measure: "killed")
    }

    /// S4 (decided): victims in French, Spanish and Arabic with no death word tied to them
    /// count the dead and the injured together; English "victims" reads as before.
    @Test func victimsOfOtherLanguagesAreNoFigureOfTheDead() {
        for text in ["12 victimes", "le bilan des victimes s'élève à 12", "12 víctimas", "el número de víctimas asciende a 12",
                     "ارتفاع حصيلة الضحايا إلى 12", "le bilan humain s'élève à 12", "12 ضحية"] {
            refuses(text, containing: "counts victims", measure: "killed")
            refuses(text, containing: "counts victims", measure: "injured")
        }
        reads("12 victimes décédées", 12, 12, 12, measure: "killed")
        reads("12 víctimas mortales", 12, 12, 12, measure: "killed")
        reads("bilan: 12 morts", 12, 12, 12, measure: "killed")
        reads("12 victims", 12, 12, 12, measure: "killed")
        reads("the number of victims rose to 12", 12, 12, 12, measure: "killed")
        reads("12 victims of the massacre were buried", 12, 12, 12, measure: "killed")
    }

    /// S10: the verb's destination says whether a border was crossed.
    @Test func theDestinationSaysRefugeesOrIDPs() {
        for text in ["5,000 fled to Turkey", "5,000 fled across the border", "5,000 people have fled to neighbouring countries",
                     "5000 personnes ont fui vers le Tchad", "5000 personas huyeron a Colombia", "5000 شخص فروا إلى تركيا",
                     "5,000 crossed into Turkey", "5,000 displaced to Turkey", "5,000 fled abroad"] {
            refuses(text, containing: "counts refugees (people who crossed a border", measure: "idps")
            reads(text, 5000, 5000, 5000, measure: "refugees")
        }
        for text in ["5,000 displaced within Syria", "5,000 displaced inside the country", "5,000 fled within the country"] {
            refuses(text, containing: "counts idps (people displaced inside their country", measure: "refugees")
            reads(text, 5000, 5000, 5000, measure: "idps")
        }
        refuses("5,000 internal refugees", containing: "people displaced inside their country", measure: "refugees")
        reads("5,000 internal refugees", 5000, 5000, 5000, measure: "idps")
        // Decided: a place that is not a country names no kind (tally has no gazetteer).
        reads("5,000 fled to Idlib", 5000, 5000, 5000, measure: "idps")
        reads("5,000 fled to Idlib", 5000, 5000, 5000, measure: "refugees")
        reads("5,000 displaced", 5000, 5000, 5000, measure: "idps")
        reads("5,000 fled their homes", 5000, 5000, 5000, measure: "refugees")
        reads("5,000 fled to Turkey", 5000, 5000, 5000, measure: "displaced")
    }
}
