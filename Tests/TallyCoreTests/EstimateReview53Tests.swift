import Testing
import TallyCore

/// review53 (issue 12), on main b2e0b6c (`tally estimate --measure M -- TEXT`): F3, "12 jobs
/// eliminated", "12 firms liquidated", "12 puestos eliminados" read killed 12 (an unknown noun
/// let through by the killing word of military press after it); F4, "12 migrants noyés",
/// "12 migrantes ahogados" were refused under killed as an unknown word though the reader knows
/// them as deaths, and common fate words of wire copy were unknown.
@Suite("Estimate text: killing words of military press after nouns of things, fate words after the people (review53)")
struct EstimateReview53Tests {
    /// F3: after a word no table knows, "eliminated"/"liquidated" let none of it through:
    /// refused, the unknown noun named, as before phrases12.
    @Test func killingWordsOfMilitaryPressAfterUnknownNounsAreRefused() {
        for (text, word) in [("12 jobs eliminated", "jobs"), ("12 firms liquidated", "firms"), ("12 puestos eliminados", "puestos"),
                             ("12 gangs eliminated", "gangs"), ("12 terrorist cells liquidated", "terrorist")] {
            refuses(text, containing: "unknown word \"\(word)\"", measure: "killed")
            refuses(text, containing: "12", measure: "idps")
        }
        // After a noun of people they still count the dead.
        for text in ["12 soldiers eliminated", "12 militants were liquidated", "12 terroristes éliminés", "12 Boko Haram terrorists eliminated"] {
            reads(text, 12, 12, 12, measure: "killed")
            refuses(text, containing: "counts", measure: "injured")
        }
        // A killing word any noun may take still lets adjectives and names through.
        reads("12 Palestinian civilians killed", 12, 12, 12, measure: "killed")
        reads("12 Rohingya killed", 12, 12, 12, measure: "killed")
    }

    /// F4: a fate the reader knows (``fateVerbs``) is no unknown word; the wire forms added to
    /// the tables read for their measure and are refused under another.
    @Test func fateWordsAfterThePeopleReadForTheirMeasure() {
        reads("12 migrants noyés", 12, 12, 12, measure: "killed")
        reads("12 migrantes ahogados", 12, 12, 12, measure: "killed")
        refuses("12 migrants noyés", containing: "another fate", measure: "injured")
        for (text, measure) in [("12 personas secuestradas", "kidnapped"), ("12 pessoas sequestradas", "kidnapped"),
                                ("12 personas decapitadas", "killed"), ("12 pessoas assassinadas", "killed"),
                                ("12 civils hospitalisés", "injured"), ("12 personas hospitalizadas", "injured"),
                                ("12 soldiers maimed", "injured")] {
            reads(text, 12, 12, 12, measure: measure)
            refuses(text, containing: "counts", measure: measure == "killed" ? "injured" : "killed")
        }
        // An unknown word there is still refused under a measure of a fate.
        refuses("12 soldados xyzzy", containing: "unknown word \"xyzzy\"", measure: "idps")
    }
}

/// review53 F5 (silent, before this session too): "5,000 displaced families in Uganda", "5,000
/// displaced Congolese families in Uganda", "5000 عائلة نازحة" read 5,000 people (idps or refugees),
/// a fifth of them; "5,000 families" alone was refused as a count of families already.
@Suite("Estimate text: a figure of families after a people's name or a measure word (review53 F5)")
struct EstimateFamiliesReview53Tests {
    @Test func familiesAfterAnAdjectiveAreNoCountOfPeople() {
        for (text, measure) in [("5,000 displaced families in Uganda", "idps"), ("5,000 displaced families", "idps"),
                                ("5,000 displaced Congolese families in Uganda", "refugees"), ("5,000 Congolese families displaced in Uganda", "refugees"),
                                ("5,000 displaced households", "idps"), ("5,000 displaced Sudanese households in Chad", "idps"),
                                ("5000 عائلة نازحة", "idps"), ("5000 عائلة سورية نازحة في لبنان", "refugees")] {
            refuses(text, containing: "not people", measure: measure)
        }
        // People of a family, and families as a part of a count of people, still read.
        reads("12 family members killed", 12, 12, 12, measure: "killed")
        reads("12 members of one family killed", 12, 12, 12, measure: "killed")
        reads("5,000 displaced people, including 200 families", 5000, 5000, 5000, measure: "idps")
        reads("5,000 displaced Syrians", 5000, 5000, 5000, measure: "idps")
        reads("a family of 5 killed", 5, 5, 5, measure: "killed")
    }
}
