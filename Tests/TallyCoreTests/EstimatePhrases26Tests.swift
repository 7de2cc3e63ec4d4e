import Testing
import TallyCore

/// phrases26: a later death or an added victim after the count ("3 soldiers killed, with
/// another dying later in hospital", "3 killed - another died later", "3 killed and their
/// commander died later", "3 killed; another body was found", "3 killed; a fifth died later")
/// had read 3: refused, as phrases25's "3 soldiers killed and another died" is. The one named
/// whose clause says they lived ("another escaped unharmed", "another is in hospital") is no
/// victim of the figure's measure, and "No civilians were killed or injured" says 0.
@Suite("Estimate text: a later death after the count; no one of a group (phrases26)")
struct EstimatePhrases26Tests {
    /// Each had read 3 with exit 0.
    @Test func aLaterDeathIsRefused() {
        for text in ["3 soldiers killed, with another dying later in hospital",
                     "3 soldiers killed, with a fourth dying in hospital",
                     "3 killed, with their driver dying later in hospital",
                     "3 killed, with another killed later",
                     "3 killed - another died later",
                     "3 killed – another died later",
                     "3 killed — another died later in hospital",
                     "3 killed - a fourth succumbed to his wounds",
                     "3 killed and their commander died later",
                     "3 killed and their driver also died",
                     "3 killed and their commander has since died",
                     "3 killed and another dies later",
                     "3 killed; another is dying in hospital"] {
            refuses(text, containing: "names someone besides the figure", measure: "killed")
            refuses(text, containing: "names someone besides the figure")
        }
    }

    /// A body found is one more dead (each had read 3).
    @Test func anotherBodyIsRefused() {
        for text in ["3 killed; another body was found",
                     "3 killed, another body was recovered later",
                     "3 killed; a body was found nearby",
                     "3 killed; the body of another was found",
                     "3 killed; the body of a fourth soldier was found on Tuesday",
                     "3 muertos; otro cuerpo fue hallado"] {
            refuses(text, containing: "names someone besides the figure", measure: "killed")
        }
    }

    /// An ordinal above the next one after an exact figure is one more victim too: the text says
    /// the toll went on past the figure without giving it (decided: refused, not read as 5).
    @Test func aLaterOrdinalIsRefused() {
        for text in ["3 killed; a fifth died later", "3 soldiers were killed and a sixth died in hospital",
                     "3 killed; the 5th died later"] {
            refuses(text, containing: "names someone besides the figure", measure: "killed")
        }
        // A fraction of the figure stays a part: a fifth of 40, a third of 40.
        reads("40 killed; a fifth were children", 40, 40, 40, measure: "killed")
        reads("40 killed; a third of them were children", 40, 40, 40, measure: "killed")
    }

    /// review39 R4: the other one lived; 3 is right (both had been refused).
    @Test func theOtherOneLivedReads() {
        for text in ["3 killed and another escaped unharmed",
                     "3 killed; another is in hospital",
                     "3 killed; another remains in hospital",
                     "3 killed, another is in critical condition",
                     "3 killed and another was taken to hospital",
                     "3 killed and another survived",
                     "3 killed and another narrowly escaped death",
                     "3 killed and their driver escaped unhurt",
                     "3 killed and a child survived",
                     "3 soldiers killed, another official confirmed the deaths",
                     "3 soldiers killed; another commander confirmed the deaths",
                     "3 killed, another witness told AFP"] {
            reads(text, 3, 3, 3, measure: "killed")
            reads(text, 3, 3, 3)
        }
        // In hospital is hurt: read for injured, the one in hospital is one more.
        refuses("3 wounded; another is in hospital", containing: "names someone besides the figure", measure: "injured")
        // Lived, then died: still refused.
        for text in ["3 killed; another was taken to hospital, where he died",
                     "3 killed; another is in hospital and later died",
                     "3 killed; another died in hospital",
                     "3 killed and another survived the blast but died later"] {
            refuses(text, containing: "names someone besides the figure", measure: "killed")
        }
    }

    /// review38 R1: "no" before people says 0 (it had been "no number").
    @Test func noCiviliansIsZero() {
        for text in ["No civilians were killed or injured", "no civilians",
                     "No civilians were killed or injured in this strike, CENTCOM said, adding that the group "
                        + "“continues to represent a threat to the region and beyond.”",
                     "no soldiers were killed", "No casualties were reported", "no deaths"] {
            reads(text, 0, 0, 0)
        }
        for measure in ["killed", "injured"] {
            reads("No civilians were killed or injured", 0, 0, 0, measure: measure)
            reads("no one was killed or injured", 0, 0, 0, measure: measure)
        }
        // A figure of killed or injured above zero counts both: still refused for one.
        refuses("5 were killed or injured", containing: "killed and injured together", measure: "injured")
        // "No" as a number sign and "no" as "not" are left as they were.
        refuses("No 64", containing: "a name or a number of something")
        refuses("no one claimed responsibility", containing: "says no one")
        // A casualty word elsewhere: the zero may be of one event of several (a UCDP headline).
        refuses("Casualties and injuries in a series of attacks against members of the SDF east of Deir Ezzor;An explosive "
                + "device was detonated in a car of SDF member in al-Shuhail town, no injuries were reported", containing: "no number")
        // No one of something the tables do not count (a UCDP headline): no figure.
        refuses("No civilians crossed from the eastern Ghouta into al-Wafdin camp by the Russian crossing",
                containing: "no number", measure: "killed")
        // With another figure in the text, "no civilians" is left as before: the figure is read.
        reads("No civilians were killed but 5 soldiers died", 5, 5, 5, measure: "killed")
    }
}

/// phrases26: one figure before a noun of people, auxiliaries and two measures ("5 people were
/// killed or injured") counts both together, as "5 killed or injured" does: it had read 5 for
/// killed, with exit 0.
@Suite("Estimate text: killed or injured after a noun of people (phrases26)")
struct EstimateTogetherAfterPeopleTests {
    @Test func twoMeasuresAfterPeopleAreRefusedForOne() {
        for text in ["5 people were killed or injured", "5 civilians were killed or wounded", "12 soldiers were killed and wounded"] {
            refuses(text, containing: "together", measure: "killed")
            refuses(text, containing: "together", measure: "injured")
        }
        reads("5 people were killed", 5, 5, 5, measure: "killed")
        reads("No casualties were reported", 0, 0, 0, measure: "killed")
        // "with" a doer or among the dead, no later death: read.
        reads("3 killed, with a gunman firing on the crowd", 3, 3, 3, measure: "killed")
        reads("3 killed, with a child among the dead", 3, 3, 3, measure: "killed")
        reads("No casualties were reported", 0, 0, 0, measure: "injured")
        refuses("no deaths", containing: "counts killed, not injured", measure: "injured")
    }
}
