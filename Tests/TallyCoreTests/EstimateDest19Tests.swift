import Testing
import TallyCore

/// dest19 (review56 F9; refusal, a regression of dest17's 7418fa5), on main fbaf7f4
/// (`tally estimate --measure refugees -- TEXT`): "5,000 FLEE TO CHAD AND NEED AID" (in capitals
/// every word after "and" was taken for a place inside), "5,000 FLEE TO CHAD, OFFICIALS",
/// "5,000 FLEE TO CHAD, WFP WARNS", "5,000 flee to Chad, Monday", "5,000 flee to Chad, Amnesty"
/// were refused as "only part of the people crossed a border"; before 7418fa5 each read 5,000.
@Suite("Estimate text: a headline's verbs after 'and', and its day or source after a comma, are no place (dest19, review56 F9)")
struct EstimateDest19Tests {
    @Test func aVerbAfterAndInAHeadlineIsNoPlace() {
        for text in ["5,000 FLEE TO CHAD AND NEED AID", "5,000 FLEE TO CHAD AND SEEK SHELTER", "5,000 FLEE TO CHAD AND ARE STRANDED",
                     "5,000 FLEE TO CHAD AND FACE HUNGER", "5,000 FLEE TO CHAD AND WAIT FOR AID", "5,000 FLEE TO CHAD AND REBUILD LIVES",
                     "5,000 FLEE TO CHAD AND NEED HELP", "5,000 FLEE TO CHAD AND LACK FOOD", "5,000 FLEE TO CHAD AND NOW LIVE IN CAMPS",
                     "5,000 Flee To Chad And Need Aid", "5,000 Flee To Chad And Face Hunger",
                     "5000 FUIENT AU TCHAD ET ONT BESOIN D'AIDE", "5000 HUYEN A CHAD Y NECESITAN AYUDA",
                     "5000 FOGEM PARA O CHADE E PRECISAM DE AJUDA"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
        }
    }

    @Test func aDayOrASourceAfterAHeadlinesCommaIsNoPlace() {
        for text in ["5,000 FLEE TO CHAD, OFFICIALS", "5,000 FLEE TO CHAD, WFP WARNS", "5,000 FLEE TO CHAD, AID GROUPS SAY",
                     "5,000 FLEE TO CHAD, MONDAY", "5,000 FLEE TO CHAD, AMNESTY", "5,000 flee to Chad, Monday", "5,000 flee to Chad, Tuesday",
                     "5,000 flee to Chad, Amnesty", "5,000 flee to Chad, June", "5,000 Flee To Chad, Officials Say",
                     "5000 fuient au Tchad, lundi", "5000 huyen a Chad, lunes"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
        }
    }

    /// review55 F19's lists of a country and a place inside stay refused.
    @Test func headlineListsOfAPlaceInsideStayRefused() {
        for text in ["5,000 flee to Chad, Darfur", "5,000 FLEE TO CHAD AND DARFUR", "5,000 flee to Chad, Darfur camps",
                     "5,000 FLEE TO CHAD AND DARFUR CAMPS", "5,000 FLEE TO CHAD, DARFUR", "5,000 FLEE TO CHAD AND NORTH DARFUR",
                     "5,000 FLEE TO CHAD AND EL FASHER", "5,000 FLEE TO TAWILA AND CHAD", "5,000 Flee To Chad And Darfur"] {
            refuses(text, containing: "only part of the people", measure: "refugees")
        }
        // dest18 (review56 F5, landed before this suite): "beyond" after a side all abroad is
        // abroad too, so the sentence-case form reads; dest23 (issue 12): the capitals form reads
        // as its sentence-case form ("BEYOND" is no place's name; it had been refused as one).
        reads("5,000 flee into Chad and beyond", 5000, 5000, 5000, measure: "refugees")
        reads("5,000 FLEE INTO CHAD AND BEYOND", 5000, 5000, 5000, measure: "refugees")
        reads("5,000 FLEE TO CHAD AND SOUTH SUDAN", 5000, 5000, 5000, measure: "refugees")
        reads("5,000 flee to Chad, Egypt", 5000, 5000, 5000, measure: "refugees")
    }
}
