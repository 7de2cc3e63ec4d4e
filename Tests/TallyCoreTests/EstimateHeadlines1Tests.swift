import Testing
import TallyCore

/// headlines1: under an explicit measure, a figure no measure word stands beside was taken as
/// that measure even when its clause ties it to another fate a few words on (real UCDP
/// headlines, exit 0). The clause is now read to the figure's own verb (Fates.swift).
@Suite("Estimate text: a figure's fate across its noun phrase (headlines1)")
struct EstimateHeadlines1Tests {
    /// Each read its figure as killed on b70d580 (`tally estimate --measure killed`).
    @Test func anotherFateAcrossANounPhraseIsRefusedForKilled() {
        let texts: [(String, String)] = [
            ("17 members of the police were wounded", "counts injured (\"wounded\"), not killed"),
            ("17 members of the regime forces were arrested", "counts arrested"),
            ("Seven Myanmar soldiers sentenced to 10 years", "counts sentenced"),
            ("more than 12500 citizens left", "counts displaced (\"left\")"),
            ("After the exit of more than 60000 people of ISIS families", "counts displaced (\"exit\")"),
            ("Continued clashes and al-Fateh army releases 4 activists", "counts released"),
            ("Dozens of female citizens demand Jaysh al-Islam to release the kidnapped", "counts released"),
            ("A sit-in takes place in response to ISIS arrest of hundreds of citizens", "counts arrested (\"arrest\")"),
            ("6 Fighters of the “National Army” injured in explosion at the contact lines", "counts injured"),
            ("At least 7 members in Jandairis town were injured by an explosion", "counts injured"),
            ("IS detains dozens of civilians in Der-Ezzor countryside", "counts arrested"),
            ("The factions capture 8 members of the regime forces and their allies", "counts arrested"),
            ("Hundreds of people displace from ISIS last enclave", "counts displaced"),
            // Variants: plural, other word orders, fr/es/ar.
            ("12 members of the security forces of the regime were detained", "counts arrested"),
            ("12 fighters of the factions loyal to Turkey were abducted", "counts kidnapped"),
            ("12 membres des forces de sécurité ont été blessés", "counts injured"),
            ("12 miembros de las fuerzas de seguridad fueron detenidos", "counts arrested"),
            ("12 miembros de las fuerzas del régimen resultaron heridos", "counts injured"),
        ]
        for (text, fragment) in texts { refuses(text, containing: fragment, measure: "killed") }
        // The measure to read it for is named.
        refuses("17 members of the police were wounded", containing: "--measure injured", measure: "killed")
    }

    /// "killed and wounded" after a long noun phrase, "the death and the injury of", "kill and
    /// detain": one figure of two fates (each read as killed on b70d580).
    @Test func twoFatesTogetherAreRefused() {
        let texts = [
            "15 fighters of the Turkey-loyal factions are killed and wounded in an infiltration",
            "35 member from the “Islamic state” killed and injured when the SDF controlled a village",
            "After the death and the injury of about 35 citizens yesterday",
            "The SDF kill and detain 16 persons",
            "About 10 members of the regime forces and the militiamen loyal to them were killed and injured in a new ambush",
            "More than 26 members of Hayyaat Tahrir Al-Sham have been killed and injured in a booby trapped vehicle explosion",
            "Information about the killing and injury of 12 members of the Turkish Border Guard Forces",
            "More casualties raise to 15, the number of people killed and injured in a booby-trapped car explosion",
        ]
        for text in texts { refuses(text, containing: "together, not killed alone", measure: "killed") }
        refuses("15 fighters of the Turkey-loyal factions are killed and wounded", containing: "together, not injured alone", measure: "injured")
    }

    /// The honest twins keep reading: a figure tied to killed, a death said past the noun
    /// phrase, and a bare figure in a column of killed.
    @Test func honestReadingsStay() {
        reads("4 civilians were killed and many others injured after airstrikes", 4, 4, 4, measure: "killed")
        reads("Massacre claims the lives of 20 civilians", 20, 20, 20, measure: "killed")
        reads("About 20 members of the regime forces killed during the attack", 20, 20, 20, approximate: true, measure: "killed")
        reads("at least 12", 12, 12, nil, measure: "killed")
        reads("5,000 to 7,000", 5000, 6000, 7000, measure: "killed")
        reads("about 40", 40, 40, 40, approximate: true, measure: "killed")
        reads("3 bodies found", 3, 3, 3, measure: "killed")
        reads("3 bodies found in Hama and aerial bombardment cause casualty and injuries", 3, 3, 3, measure: "killed")
        reads("The attack left 12 dead", 12, 12, 12, measure: "killed")
        reads("17 members of the police were wounded", 17, 17, 17, measure: "injured")
        reads("12 members of the security forces were killed after ISIS arrested them", 12, 12, 12, measure: "killed")
    }

    /// Item 1: the measure shown for a figure whose verb stands past its noun phrase.
    @Test func theVerbPastTheNounPhraseNamesTheMeasure() throws {
        let r = try EstimateParser.reading("17 members of the police were wounded", convention: .unspecified, measure: nil)
        #expect(r.measureNamed == "injured")
        let k = try EstimateParser.reading("About 20 members of the regime forces killed during the attack", convention: .unspecified, measure: nil)
        #expect(k.measureNamed == "killed")
        refuses("17 members of the police were killed", containing: "counts killed", measure: "injured")
    }

    /// Item 3: counts of time and of groups (read 6+ and 2 killed on b70d580).
    @Test func countsOfThings() {
        refuses("The first caller for freedom in Kafr Nabl was killed after more than 5 and half years",
                containing: "counts years, not people", measure: "killed")
        refuses("killed after 3 and half months", containing: "counts months, not people", measure: "killed")
        refuses("Two Turkey-Backed Rebel Groups Clash in Syria’s Afrin", containing: "counts groups, not people", measure: "killed")
        refuses("Two Iran-backed militia groups clash", containing: "counts groups, not people", measure: "killed")
        // "and half" is a half only before a noun of time or things.
        reads("2 booby-trapped vehicles exploded and 5 people were killed", 5, 5, 5, measure: "killed")
    }
}
