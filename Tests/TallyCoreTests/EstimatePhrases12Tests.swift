import Testing
import TallyCore

/// phrases12 (issue 12, review52 F3, F4, F9; silent wrong numbers). On main 4ab0f34 (`tally
/// estimate --measure M -- TEXT`): "5000 من النازحين السوريين في لبنان", "50 نازحا سوريا في
/// لبنان", "5,000 displaced Syrians in camps in Lebanon", "Lebanon hosts 5,000 displaced
/// Syrians", "5,000 displaced Congolese in Uganda" read 5,000 (50) idps; "5,000 displaced
/// Lebanese and Syrians in Lebanon" read 5,000 under idps and refugees; "5,000 people fled,
/// 2,000 of them to Chad" read 5,000 idps and "5,000 people fled, most of them to Chad" 5,000
/// refugees; "12 soldiers eliminated" read 12 under injured.
@Suite("Estimate text: nationalities in another country, mixed peoples, parts across a border (phrases12)")
struct EstimatePhrases12Tests {
    static let refugee = "counts refugees (people who crossed a border"
    static let idp = "counts idps (people displaced inside their country"
    static let part = "says only part of the people crossed a border"
    static let mixed = "in one figure"

    /// F3: more forms of a nationality in another country, and peoples the table lacked.
    @Test func displacedOfAnotherCountryAreRefugees() {
        for text in ["50 نازحا سوريا في لبنان", "5000 نازح من السوريين في لبنان", "5000 نازح سوري في مخيمات لبنان",
                     "5,000 displaced Syrians in camps in Lebanon", "5,000 displaced Syrians, in Lebanon",
                     "5,000 displaced Syrian women and children in Lebanon", "5,000 displaced Syrian Kurds in Iraq",
                     "Lebanon hosts 5,000 displaced Syrians", "Lebanon received 5,000 displaced Syrians",
                     "5000 نازح سوري يقيمون في لبنان", "5000 نازح سوري في الأراضي اللبنانية",
                     "5,000 displaced Congolese in Uganda", "5000 déplacés congolais en Ouganda", "5000 desplazados congoleños en Uganda",
                     "5000 نازح كونغولي في أوغندا", "5,000 displaced Central Africans in Cameroon", "5000 déplacés centrafricains au Cameroun",
                     "5000 déplacés ivoiriens au Liberia", "5,000 displaced Rohingya in Bangladesh"] {
            reads(text, text.hasPrefix("50 ") ? 50 : 5000, text.hasPrefix("50 ") ? 50 : 5000, text.hasPrefix("50 ") ? 50 : 5000, measure: "refugees")
            refuses(text, containing: Self.refugee, measure: "idps")
        }
        refuses("5000 من النازحين السوريين في لبنان", containing: Self.refugee, measure: "idps")
        // Their own country keeps them idps.
        for text in ["50 نازحا سوريا في سوريا", "5,000 displaced Syrians in camps in Syria", "5000 نازح سوري في الأراضي السورية",
                     "Syria hosts 5,000 displaced Syrians", "5,000 displaced Ivorians in Côte d'Ivoire",
                     "5000 déplacés centrafricains en Centrafrique", "5,000 displaced Congolese in the DRC"] {
            reads(text, text.hasPrefix("50 ") ? 50 : 5000, text.hasPrefix("50 ") ? 50 : 5000, text.hasPrefix("50 ") ? 50 : 5000, measure: "idps")
            refuses(text, containing: Self.idp, measure: "refugees")
        }
        // No country: the nouns' rule as before.
        reads("5,000 displaced Rohingya", 5000, 5000, 5000, measure: "idps")
        reads("5,000 displaced Syrians in Idlib camps", 5000, 5000, 5000, measure: "idps")
    }

    /// F9: two peoples, or two countries, whose kinds differ in one figure.
    @Test func mixedPeoplesAreRefusedUnderBoth() {
        for text in ["5,000 displaced Lebanese and Syrians in Lebanon", "5,000 displaced Syrians and Lebanese in Lebanon",
                     "5,000 déplacés libanais et syriens au Liban", "5000 desplazados libaneses y sirios en Líbano",
                     "5000 نازح سوري ولبناني في لبنان", "5000 نازح لبناني وسوري في لبنان",
                     "5,000 displaced Syrians in Lebanon and Syria", "5,000 displaced Syrians in Syria and Lebanon",
                     "5000 نازح سوري في لبنان وسوريا"] {
            refuses(text, containing: Self.mixed, measure: "idps")
            refuses(text, containing: "give the figure of each", measure: "refugees")
        }
        // Both of another country, or both in it: one kind.
        reads("5,000 displaced Syrians and Iraqis in Lebanon", 5000, 5000, 5000, measure: "refugees")
        reads("5,000 displaced Syrians in Lebanon and Jordan", 5000, 5000, 5000, measure: "refugees")
        reads("5,000 displaced Syrians and Syrian Kurds in Syria", 5000, 5000, 5000, measure: "idps")
    }

    /// F4: a part across a border said by "N of them", "who crossed the border" or a quantity.
    @Test func aPartAcrossTheBorderIsRefused() {
        for text in ["5,000 people fled, 2,000 of them to Chad", "5,000 people fled, including 2,000 who crossed the border",
                     "5,000 people fled, including 2,000 across the border", "5,000 people fled, most of them to Chad",
                     "5,000 people fled, many to Chad", "5000 personnes ont fui, dont la moitié vers le Tchad",
                     "5000 personnes ont fui, la plupart vers le Tchad", "5000 personas huyeron, la mayoría a Chad",
                     "فر 5000 شخص معظمهم إلى تشاد"] {
            refuses(text, containing: Self.part, measure: "idps")
            refuses(text, containing: Self.part, measure: "refugees")
        }
        // The honest twins keep reading.
        for text in ["5,000 people fled, including 2,000 children", "5000 personnes ont fui, dont 2000 enfants",
                     "5,000 people fled, 2,000 of them children", "5,000 people fled, half of them children"] {
            reads(text, 5000, 5000, 5000, measure: "idps")
        }
        for text in ["5,000 people fled to Chad, including 2,000 children", "5,000 refugees, including 2,000 in Chad",
                     "5,000 people fled to Chad, most of them women", "5,000 people fled, many of them children, to Chad",
                     "5,000 Sudanese refugees fled, most of them to Chad"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
        }
    }

    /// Killing words of military press; "neutralised" stays refused under killed and injured.
    @Test func eliminatedIsKilled() {
        for text in ["12 soldiers eliminated", "12 soldiers liquidated", "12 terroristes éliminés", "12 terroristas eliminados"] {
            reads(text, 12, 12, 12, measure: "killed")
            refuses(text, containing: "counts killed, not injured", measure: "injured")
            refuses(text, containing: "counts killed, not", measure: "idps")
        }
        for measure in ["killed", "injured"] {
            refuses("12 soldiers neutralised", containing: "neutralised (killed, captured or surrendered)", measure: measure)
            refuses("12 terroristes neutralisés", containing: "neutralised (killed, captured or surrendered)", measure: measure)
        }
    }

    /// Issue 12: under a measure of a fate, an unknown word right after the noun of people with
    /// no fate said anywhere may be theirs ("12 soldados xyzzy" read 12 under every measure).
    @Test func anUnknownWordAfterTheNounOfPeopleIsRefused() {
        for measure in ["killed", "injured"] {
            refuses("12 soldados xyzzy", containing: "unknown word \"xyzzy\"", measure: measure)
            refuses("12 soldiers xyzzy", containing: "unknown word \"xyzzy\"", measure: measure)
            refuses("12 soldats xyzzy", containing: "unknown word \"xyzzy\"", measure: measure)
        }
        refuses("12 soldados xyzzy", containing: "unknown word \"xyzzy\"", measure: "idps")
        // A fate said elsewhere, a name, a people's word, a noun that is a fate: read.
        reads("12 soldiers deployed in the area were killed", 12, 12, 12, measure: "killed")
        reads("12 peacekeepers serving in Mali were killed", 12, 12, 12, measure: "killed")
        reads("12 soldats maliens tués", 12, 12, 12, measure: "killed")
        reads("12 victimes décédées", 12, 12, 12, measure: "killed")
        reads("12 soldiers Monday", 12, 12, 12, measure: "killed")
        reads("5000 personas abandonaron sus hogares hacia Colombia", 5000, 5000, 5000, measure: "refugees")
        // No measure asked: the figure is a count of its people.
        reads("12 soldados xyzzy", 12, 12, 12)
    }
}
