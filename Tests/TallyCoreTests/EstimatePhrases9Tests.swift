import Testing
import TallyCore

/// phrases9 (issue 12, review51 F9): a nationality beside a figure of the displaced and the
/// country they are in; a part of the people said to have crossed a border; the Arabic nouns
/// of nationality and the French "hommes armés". On main b3e2e1a (`tally estimate --measure M
/// -- TEXT`): "5000 نازح سوري في لبنان", "5,000 displaced Syrians in Lebanon" and "5,000 people
/// fled, including 2,000 to Chad" read 5,000 under idps (exit 0); the Arabic nationality nouns
/// and "hommes" were unknown words.
@Suite("Estimate text: nationality and country, a part across a border, nouns of nationality (phrases9)")
struct EstimatePhrases9Tests {
    static let refugee = "counts refugees (people who crossed a border"
    static let idp = "counts idps (people displaced inside their country"

    /// F9: another country's people in a country named are refugees.
    @Test func anotherCountrysPeopleInACountryAreRefugees() {
        for text in ["5000 نازح سوري في لبنان", "5,000 displaced Syrians in Lebanon", "5000 déplacés syriens au Liban",
                     "5000 desplazados sirios en Líbano", "5000 نازح سوداني في تشاد", "5000 نازح سوري في تركيا",
                     "5,000 displaced Sudanese in Chad", "5,000 displaced Afghans in Iran", "5000 desplazados venezolanos en Colombia",
                     "5000 déplacés soudanais au Tchad", "5000 سوري نازح في لبنان", "5,000 displaced Syrians in northern Lebanon"] {
            refuses(text, containing: Self.refugee, measure: "idps")
            reads(text, 5000, 5000, 5000, measure: "refugees")
        }
    }

    /// A country's own people in it are idps; a place that is no country keeps today's rule.
    @Test func ownPeopleInTheirCountryAreIdps() {
        for text in ["5000 نازح سوري في سوريا", "5,000 displaced Syrians in Syria", "5000 déplacés syriens en Syrie",
                     "5000 desplazados colombianos en Colombia"] {
            refuses(text, containing: Self.idp, measure: "refugees")
            reads(text, 5000, 5000, 5000, measure: "idps")
        }
        // No country named: "displaced" reads under both, نازح under idps only (flee8).
        for text in ["5,000 displaced Syrians in Idlib", "5000 déplacés syriens à Idlib"] {
            reads(text, 5000, 5000, 5000, measure: "idps")
            reads(text, 5000, 5000, 5000, measure: "refugees")
        }
        reads("5000 نازح سوري في حلب", 5000, 5000, 5000, measure: "idps")
        refuses("5000 نازح سوري في حلب", containing: Self.idp, measure: "refugees")
        // "South Sudanese" is not Sudanese.
        reads("5,000 displaced South Sudanese in Sudan", 5000, 5000, 5000, measure: "refugees")
    }

    /// The Arabic nouns of nationality after a figure are known words.
    @Test func arabicNationalityNounsAreKnown() {
        for text in ["لجأ 5000 سوداني إلى تشاد", "فر 5000 سوري إلى تركيا", "نزح 5000 سوداني إلى تشاد", "فر 5000 يمني إلى جيبوتي",
                     "لجأ 5000 أفغاني إلى إيران", "5000 لاجئ سوري في الأردن",
                     // A people's word that opens with "ل" (to) is no destination: it had read under idps.
                     "لجأ 5000 ليبي إلى تونس", "فر 5000 لبناني إلى قبرص"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
            refuses(text, containing: "counts", measure: "idps")
        }
        reads("قتل 12 يمنيا", 12, 12, 12, measure: "killed")
        reads("قتل 5 سوريين", 5, 5, 5, measure: "killed")
        // "سوريا" is Syria as well as the accusative "Syrian": refused as before.
        refuses("قتل 12 سوريا", containing: "unknown word", measure: "killed")
    }

    /// A part of the people across a border: refused under idps and under refugees.
    @Test func aPartAcrossABorderIsRefused() {
        for text in ["5,000 people fled, including 2,000 to Chad", "5,000 people fled, of whom 2,000 to Chad",
                     "5,000 people fled, among them 2,000 who reached Chad", "5000 personnes ont fui, dont 2000 vers le Tchad",
                     "5000 personas huyeron, de los cuales 2000 a Chad", "فر 5000 شخص بينهم 2000 إلى تشاد",
                     "5,000 people were displaced, including 2,000 who crossed into Chad"] {
            refuses(text, containing: "crossed a border", measure: "idps")
            refuses(text, containing: "crossed a border", measure: "refugees")
        }
        // No place across a border: today's reading.
        for text in ["5,000 people fled, including 2,000 to Aleppo", "5,000 people fled, including 2,000 children"] {
            reads(text, 5000, 5000, 5000, measure: "idps")
            reads(text, 5000, 5000, 5000, measure: "refugees")
        }
        // All of them abroad: refugees.
        reads("5,000 people fled to Chad, including 2,000 children", 5000, 5000, 5000, measure: "refugees")
    }

    /// "hommes armés" (armed men) is a noun of people; the killers' rule holds.
    @Test func armedMenAreKnown() {
        reads("12 hommes armés ont été tués", 12, 12, 12, measure: "killed")
        reads("3 civils tués par des hommes armés", 3, 3, 3, measure: "killed")
        refuses("12 hommes armés ont tué le gouverneur", containing: "killed", measure: "killed")
    }
}
