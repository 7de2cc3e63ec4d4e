import Testing
import TallyCore

/// headlines2: the figures `--measure killed` still read silently after headlines1 (the
/// ucdp_headlines ratchet's 21), and the attacker's death told by attackers in the plural with
/// no determiner or by a suicide vehicle rammed into its target (review44 S4).
@Suite("Estimate text: two fates joined to a figure's measure word; the attackers' death (headlines2)")
struct EstimateHeadlines2Tests {
    /// Each read its figure as killed on main before headlines2 (`tally estimate --measure killed`).
    @Test func aMeasureWordJoinedToAnotherFateIsRefused() {
        let texts = [
            // Real UCDP headlines (Datasets/ucdp/ucdp_ged_syria_2016_2019.csv).
            "More than 11 Asayish members killed and wounded in bombing at al-Qameshly city",
            "Tens of fighters were killed and wounded in clashes between the factions in al-Bab city",
            "Tens of people killed and injured in a counter and violent attack by ISIS west of Deir Ezzor city",
            "8 Turkish soldier were killed and injured in the vicinity of Tel Rifaat",
            "About 5 Turkish soldiers were killed and wounded by the Kurdish Forces’ targeting of the Turkish base",
            "More than 10 mostly children were killed and injured due to rocket shells",
            "a bloody day in Homs city and its northern countryside leaves tens of civilian martyrs and injured",
            // Picked among figures of several measures.
            "At least 20 casualties at the northern countryside of Homs, and more than 30 killed and wounded in the city",
            "About 30 people killed and injured in targeting by the Turkish warplanes, and medical sources try to rescue about 40 wounded",
            // Variants: or, other languages, other fates.
            "50 killed or wounded in shelling",
            "12 Syrian soldiers dead and injured",
            "12 muertos y heridos",
            "12 miembros de las fuerzas muertos y heridos",
            "12 tués et blessés",
            "12 soldats tués ou blessés",
            "12 قتيل وجريح",
            "5 dead and missing",
            "20 fighters killed and captured",
        ]
        for text in texts { refuses(text, containing: "together, not killed alone", measure: "killed") }
        refuses("More than 11 Asayish members killed and wounded", containing: "give the figure of killed alone", measure: "killed")
        refuses("12 tués et blessés", containing: "together, not injured alone", measure: "injured")
    }

    /// A toll of casualties (killed and injured together) told as "the number of casualties"
    /// read for killed (three UCDP headlines), while "12 casualties" was refused.
    @Test func theNumberOfCasualtiesIsNoFigureOfTheDead() {
        let texts = [
            "A second explosion targets Azaz city north of Aleppo and raises to more than 20, the number of casualties and injuries today",
            "ISIS causes more human losses, rising to 84, the number of casualties of the regime forces and their allies",
            "ground shelling raises the number of casualties to 505 during both presidents’ agreement",
            "the number of casualties rises to 12",
        ]
        for text in texts { refuses(text, containing: "counts casualties", measure: "killed") }
        refuses("the number of casualties rises to 12", containing: "--measure casualties", measure: "killed")
        reads("the number of casualties rises to 12", 12, 12, 12, measure: "casualties")
        // Casualties said to be killed are the dead (UCDP headlines).
        reads("More bombardment raises to 11, the number of civilian casualties killed by their strikes", 11, 11, 11, measure: "killed")
        reads("raise to about 260, the number of casualties of the regime forces who were killed", 260, 260, 260, approximate: true, measure: "killed")
    }

    /// Two figures, one per fate, and one figure with others told apart keep reading.
    @Test func honestTwinsKeepReading() {
        reads("3 killed and 5 wounded", 3, 3, 3, measure: "killed")
        reads("3 killed and 5 wounded", 5, 5, 5, measure: "injured")
        reads("3 muertos y 5 heridos", 3, 3, 3, measure: "killed")
        reads("3 tués et 5 blessés", 5, 5, 5, measure: "injured")
        reads("4 civilians were killed and many others injured", 4, 4, 4, measure: "killed")
        reads("3 killed and injured 5 more", 3, 3, 3, measure: "killed")
        reads("killing 6 civilian martyrs and injuring 26 others", 6, 6, 6, measure: "killed")
        reads("the death toll rises to 12", 12, 12, 12, measure: "killed")
        reads("Massacre claims the lives of 20 civilians and raids cause casualties and injuries", 20, 20, 20, measure: "killed")
    }

    /// review44 S4: the attackers' death besides one figure of victims (each read 3).
    @Test func theAttackersDeathIsRefused() {
        let texts = [
            "A suicide car bomber rammed a checkpoint, killing 3",
            "A suicide bomber rammed his explosives-laden truck into a checkpoint, killing 3",
            "3 killed when a suicide car bomber rammed a checkpoint",
            "Un kamikaze a foncé avec sa voiture piégée sur un checkpoint, tuant 3 personnes",
            "Un suicida embistió con un coche bomba un puesto de control, matando a 3 personas",
            "اقتحم انتحاري بسيارة مفخخة حاجزا مما أدى إلى مقتل 3 أشخاص",
            "3 killed in attack; assailants killed",
            "3 killed in an attack; attackers neutralized",
            "3 killed; gunmen shot dead",
            "3 killed, attackers shot dead by police",
            "3 morts dans une attaque; assaillants abattus",
            "3 muertos en un ataque; atacantes abatidos",
            // Already refused before; the class in its other forms.
            "3 killed in an attack, the attackers were neutralised",
            "3 morts, les assaillants ont été abattus",
            "3 muertos, los atacantes fueron abatidos",
            "قتل 3 أشخاص في هجوم وقتل المهاجمون",
        ]
        for text in texts { refuses(text, containing: "give the total, with the attacker or without", measure: "killed") }
        refuses("A suicide car bomber rammed a checkpoint, killing 3", containing: "the attacker's death")
    }

    /// The attackers alive, the killers of others, or a figure that says it leaves them out.
    @Test func attackersNotDeadKeepTheFigure() {
        reads("A suicide car bomber rammed a checkpoint, killing 3 others", 3, 3, 3, measure: "killed")
        reads("A car rammed a checkpoint, killing 3", 3, 3, 3, measure: "killed")
        reads("3 killed; gunmen fled", 3, 3, 3, measure: "killed")
        reads("3 killed by gunmen", 3, 3, 3, measure: "killed")
        reads("3 killed in attack; assailants arrested", 3, 3, 3, measure: "killed")
        reads("Gunmen killed 3 people", 3, 3, 3, measure: "killed")
        refuses("3 killed in attack; gunmen killed 2 soldiers", containing: "more than one number", measure: "killed")
    }
}
