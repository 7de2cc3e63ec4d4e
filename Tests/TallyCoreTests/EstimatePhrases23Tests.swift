import Testing
import TallyCore

/// phrases23: someone named without a figure in a clause joined to the figure's is one more
/// victim; the figure alone would be short, so the text is refused (issue 12, stop33).
@Suite("Estimate text: one more victim in a clause of its own (phrases23)")
struct EstimatePhrases23Tests {
    @Test func aPersonInTheNextClauseIsRefused() {
        for text in ["IS crucifies 3 men and stones to death a woman in Der-Ezzor",
                     "IS executes 3 men and beheads a woman",
                     "IS crucifies 3 men, stones a woman",
                     "3 soldiers were killed and a civilian died",
                     "3 soldiers were killed, a civilian died",
                     "3 soldiers killed, a civilian also died",
                     "3 soldiers killed; a civilian also died",
                     "3 soldiers killed. A civilian also died.",
                     "two soldiers killed, and a boy",
                     "3 soldiers killed, also a civilian",
                     "Militants shot dead 4 policemen and later a teacher",
                     "3 men shot dead and a woman stabbed",
                     "17 rebels killed in Daraa and IS kills a commander in Raqqa countryside",
                     "3 hommes tués et une femme lapidée",
                     "tres hombres muertos y una mujer asesinada"] {
            refuses(text, containing: "names someone besides the figure")
        }
    }

    @Test func aPersonInTheClauseBeforeIsRefused() {
        for text in ["A soldier was killed and 3 civilians died",
                     "The army said a soldier was killed and 3 civilians died",
                     "a woman was stoned and 3 men crucified",
                     "IS stones a woman and crucifies 3 men"] {
            refuses(text, containing: "names someone besides the figure")
        }
    }

    /// The honest twins: another measure, a source, a perpetrator, a breakdown, a modifier,
    /// a quotation or a toll that holds the one named still read.
    @Test func honestTwinsStillRead() {
        reads("Gunmen kill 3 men and wound a woman", 3, 3, 3)
        reads("3 soldiers were killed and a civilian was injured", 3, 3, 3)
        reads("3 killed and a woman wounded", 3, 3, 3)
        reads("3 killed and a girl kidnapped", 3, 3, 3)
        reads("Militants shot dead 4 policemen and wounded a teacher", 4, 4, 4)
        reads("3 soldiers killed and a commander said", 3, 3, 3)
        reads("3 killed, a police officer, who asked not to be named, said", 3, 3, 3)
        reads("3 killed, a local resident told AFP", 3, 3, 3)
        reads("A gunman opened fire and killed 3", 3, 3, 3)
        reads("Police said a gunman opened fire and killed 3 people", 3, 3, 3)
        reads("3 people were killed when a gunman opened fire", 3, 3, 3)
        reads("3 killed in an attack by a suicide bomber", 3, 3, 3)
        reads("A man died and 3 were wounded", 3, 3, 3, measure: "injured")
        reads("3 killed, including a woman", 3, 3, 3)
        reads("40 killed, among others a child", 40, 40, 40)
        reads("3 killed and 5 wounded in an attack by a gunman", 3, 3, 3, measure: "killed")
        reads("killed 9 citizens, including a man and his child, another man, his brother and his daughter", 9, 9, 9)
        reads("3 killed in clashes between soldiers and a rebel group", 3, 3, 3)
        reads("3 soldiers killed and a civilian car hit", 3, 3, 3)
        reads("Execution of 4 persons on charges of “killing with intent and raping a child”", 4, 4, 4)
        reads("An IED killed 2 pro-Government fighters from the NDF and the Arab Nationalist Guard", 2, 2, 2)
        reads("Shelling kills a child and rises to 68, the number of civilians killed", 68, 68, 68)
    }
}

/// stop33: a total of people whose breakdown names another measure is no count of the one asked.
@Suite("Estimate text: a total holding another measure (phrases23)")
struct EstimateTotalOfAnotherMeasureTests {
    @Test func aTotalHoldingKilledIsNoCountOfInjured() {
        for text in ["40 people, including 12 killed", "40 victims, among them 12 dead", "40 people affected, including 12 killed"] {
            refuses(text, containing: "so it is no count of injured alone", measure: "injured")
        }
        refuses("40 people, including 12 injured", containing: "so it is no count of killed alone", measure: "killed")
        // The total's own measure still reads; so does the text read without a measure.
        reads("40 injured, including 12 children", 40, 40, 40, measure: "injured")
        reads("40 people, including 12 killed", 40, 40, 40)
    }
}

/// phrases24: the part after "of them", "of whom", "dont", "de ellas" names its measure too,
/// a total of injured holding killed is no count of injured, and every measure of the tables
/// refuses a total of people holding another measure.
@Suite("Estimate text: a part named after its \"of them\" (phrases24)")
struct EstimatePartOfThemTests {
    @Test func aPartAfterOfThemNamesItsMeasure() {
        for text in ["40 people, 12 of them killed", "40 victims, 12 of whom were killed",
                     "40 personas, 12 de ellas muertas", "40 people, of whom 12 died", "40 personnes, dont 12 tuées"] {
            refuses(text, containing: "so it counts more than killed", measure: "killed")
            refuses(text, containing: "so it is no count of injured alone", measure: "injured")
            refuses(text, containing: "so it is no count of displaced alone", measure: "displaced")
        }
        refuses("40 casualties, 12 of them fatal", containing: "counts casualties", measure: "killed")
    }

    @Test func aTotalOfInjuredHoldingKilledIsNoCountOfInjured() {
        refuses("40 people were hurt, including 12 killed", containing: "so it is no count of injured alone", measure: "injured")
        refuses("40 wounded, 12 of them killed", containing: "so it is no count of injured alone", measure: "injured")
        refuses("40 killed, including 12 injured", containing: "so it is no count of killed alone", measure: "killed")
    }

    @Test func honestTwinsStillRead() {
        reads("40 people killed, 12 of them children", 40, 40, 40, measure: "killed")
        reads("40 injured, including 12 children", 40, 40, 40, measure: "injured")
        reads("3 killed including 2 children and 8 injured including 5 women", 3, 3, 3, measure: "killed")
        reads("40 people, 12 of them killed", 40, 40, 40)
        // A measure outside the tables is not checked ("5 killed" reads 5 for it too).
        reads("40 people, 12 of them killed", 40, 40, 40, measure: "affected")
    }
}
