import Testing
import TallyCore

/// dest26 (issue 12), on main 578c963 (`tally estimate --measure M -- TEXT`): review60 F2, F3, F4, F6 and
/// dest25's "left". Silent: "500 pessoas escaparam para o Chade" read 500 under killed; "fled in tawila
/// and then into chad", "fled to tawila and chad", "fled in el-fasher and into chad", "were displaced,
/// some beyond the border" read 5,000 under idps (and refugees); "escaped from the jailhouse into Chad"
/// read 500 under displaced; "the slaughter of 13 people" read 13 under injured. Needless refusals:
/// "escaped the attack and fled to Tawila" (idps, displaced), a custody word the escape did not leave,
/// "fled via tawila and into chad" (refugees), "13 personnes massacrées", "13 décès", "13 muertes", "13
/// corpos" (killed). Message: a title-case headline was told to write a place with a capital.
@Suite("Estimate text: escapes, flights to two places, routes and nouns of the dead (dest26, issue 12)")
struct EstimateDest26Tests {
    /// Portuguese escapes are escapes: never killed; a flight into exile for refugees.
    @Test func portugueseEscapeIsNoKilling() {
        for text in ["500 pessoas escaparam para o Chade", "500 pessoas escaparam para Tawila", "500 pessoas escapou para o Chade"] {
            refuses(text, containing: "another fate", measure: "killed")
            refuses(text, containing: "another fate", measure: "injured")
        }
        reads("500 pessoas escaparam para o Chade", 500, 500, 500, measure: "refugees")
        refuses("500 pessoas escaparam para o Chade", containing: "counts refugees", measure: "idps")
        reads("500 people escaped into Chad", 500, 500, 500, measure: "refugees")
        // A Portuguese jailbreak is no flight either.
        for measure in ["refugees", "idps", "displaced"] {
            refuses("500 pessoas escaparam da prisão para o Chade", containing: "another fate", measure: measure)
            refuses("500 pessoas escaparam da esquadra para o Chade", containing: "another fate", measure: measure)
        }
    }

    /// A flight to a place inside and to one across a border counts people of both kinds.
    @Test func twoDestinationsAreOnlyPart() {
        refusedUnderIdpsAndRefugees([
            "5,000 people fled in tawila and then into chad", "5,000 people fled in el-fasher and into chad",
            "5,000 personas huyeron a tawila y luego hacia chad", "5000 pessoas fugiram para tawila e o chade",
        ], containing: "names a place", displaced: 5000)
        refusedUnderIdpsAndRefugees([
            "5,000 people fled to tawila and chad", "5,000 people fled to tawila and then into chad", "5,000 people fled to tawila and Chad",
            "5,000 people fled in Tawila and then into Chad", "5000 personnes ont fui vers tawila et le tchad",
            "5000 personnes ont fui vers tawila et puis vers le tchad", "5,000 people were displaced, some beyond the border",
            "5,000 people were displaced, some beyond the borders",
        ], containing: "only part of the people", displaced: 5000)
        // Two countries, or a country that opens another clause, are as before.
        reads("5,000 people fled to chad and cameroon", 5000, 5000, 5000, measure: "refugees")
        reads("5,000 people fled to Chad and Cameroon", 5000, 5000, 5000, measure: "refugees")
        reads("5,000 people fled into Chad", 5000, 5000, 5000, measure: "refugees")
    }

    /// In title case a capital tells nothing: the refusal gives the only-part reason, no advice of capitals.
    @Test func titleCaseSaysOnlyPart() {
        for measure in ["refugees", "idps"] {
            refuses("5,000 People Fled In Tawila And Into Chad", containing: "only part of the people", measure: measure)
            do {
                _ = try EstimateParser.parse("5,000 People Fled In Tawila And Into Chad", convention: .unspecified, measure: measure)
                Issue.record("read")
            } catch {
                #expect(!error.reason.contains("with a capital"), "\(error.reason)")
            }
        }
        // Sentence case keeps its own words.
        refuses("5,000 people fled in tawila and into chad", containing: "write a place's name with a capital", measure: "refugees")
    }

    /// A route in lower case is no place where some stayed: all went on into the country.
    @Test func routeInLowerCaseReadsAsRefugees() {
        for text in ["5,000 people fled via tawila and into chad", "5,000 people fled through tawila and into chad",
                     "5,000 personas huyeron a través de tawila y hacia chad", "5000 pessoas fugiram através de tawila e para o chade",
                     "5000 personnes ont fui à travers tawila et vers le tchad"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
            refuses(text, containing: "counts refugees", measure: "idps")
        }
        // Not a route: still named ("por", "pelo" say "in" as often: dest24).
        refuses("5,000 people fled across darfur and into chad", containing: "across darfur", measure: "refugees")
        refuses("5000 personas huyeron por tawila y hacia chad", containing: "por tawila", measure: "refugees")
    }

    /// Custody words are one list under every measure of the displaced, and count only as what was left.
    @Test func custodyIsOneListAndOnlyWhatWasLeft() {
        for text in ["500 people escaped from the jailhouse into Chad", "500 people escaped from the lock-up into Chad",
                     "500 people escaped from the police station cells into Chad", "500 people escaped from the detention camp into Chad",
                     "500 people escaped from the police station into Chad", "500 personas escaparon de la comisaría hacia Chad",
                     "500 personnes se sont échappées du commissariat vers le Tchad", "500 people escaped from the central prison and fled to Tawila"] {
            for measure in ["refugees", "idps", "displaced"] {
                refuses(text, containing: "escap", measure: measure)
            }
        }
        // A prison near what they escaped is not where they escaped from.
        let shelling = "500 people escaped the shelling near the central prison and crossed into Chad"
        reads(shelling, 500, 500, 500, measure: "displaced")
        reads(shelling, 500, 500, 500, measure: "refugees")
    }

    /// An escape followed by a flight to a place inside is a flight of the displaced.
    @Test func escapeThenFlightReads() {
        for text in ["500 people escaped the attack and fled to Tawila", "500 people escaped the attack and then fled to Tawila",
                     "500 personas escaparon del ataque y huyeron a Tawila", "500 personnes se sont échappées de l'attaque et ont fui vers Tawila",
                     "500 pessoas escaparam do ataque e fugiram para Tawila"] {
            reads(text, 500, 500, 500, measure: "idps")
            reads(text, 500, 500, 500, measure: "displaced")
            refuses(text, containing: "refugees", measure: "refugees")
        }
        // Without the flight it stays no figure of the displaced.
        refuses("500 people escaped the attack", containing: "another fate", measure: "displaced")
    }

    /// A word of a death that governs the figure counts killed, under injured too.
    @Test func slaughterIsNoFigureOfInjured() {
        for text in ["the slaughter of 13 people", "the slaughter of 13 civilians"] {
            refuses(text, containing: "counts killed (\"slaughter\"), not injured", measure: "injured")
            reads(text, 13, 13, 13, measure: "killed")
        }
    }

    /// Nouns and participles of the dead in fr, es, pt read under killed and are refused under the others.
    @Test func deadWordsReadUnderKilled() {
        for text in ["13 personnes massacrées", "13 décès", "13 muertes", "13 corpos", "13 personas masacradas", "13 mortes",
                     "13 pessoas massacradas", "13 cuerpos", "13 cadáveres", "13 cadavres"] {
            reads(text, 13, 13, 13, measure: "killed")
            for measure in ["injured", "refugees", "idps", "displaced"] {
                refuses(text, containing: "counts killed", measure: measure)
            }
        }
    }
}
