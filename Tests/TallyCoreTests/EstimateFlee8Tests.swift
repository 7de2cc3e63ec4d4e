import Testing
import TallyCore

/// flee8 (review50 F3 and its minor notes): refugees vs idps when the destination follows the
/// verb's object, an adverbial or an aside, when a place is named with its country, and the
/// Arabic verbs and nouns of the displaced. Each text refused under idps here read 5,000, exit
/// 0, on main dab1c2f (`tally estimate --measure idps -- TEXT`): the same people counted as
/// internally displaced and as refugees.
@Suite("Estimate text: refugees vs idps, the destination anywhere in the verb's clause (flee8)")
struct EstimateFlee8Tests {
    static let refugee = "counts refugees (people who crossed a border"
    static let idp = "counts idps (people displaced inside their country"

    /// F3: a country after the verb's object, an adverbial or an aside.
    @Test func aDestinationAfterTheObjectOrAnAdverbial() {
        let texts = [
            "5,000 people fled Darfur to Chad", "5,000 people fled Darfur for Chad", "5,000 people fled Darfur into Chad",
            "5,000 people fled El Geneina to Chad", "5,000 people fled Aleppo to Turkey", "5,000 people fled Khartoum to Egypt",
            "5,000 people fled Khartoum for Egypt", "5,000 people fled their homes to Chad", "5,000 people fled their villages into Chad",
            "5,000 people fled the fighting to Chad", "5,000 people fled the violence into Chad",
            "5,000 people fled the clashes to neighbouring Chad", "5,000 people fled on foot to Chad", "5,000 people fled last week to Chad",
            "5,000 people fled in recent days to Chad", "5,000 people have fled Darfur to Chad since April",
            "5,000 personnes ont fui le Darfour vers le Tchad", "5,000 personnes ont fui Khartoum pour l'Égypte",
            "5,000 people were forced to flee their homes to Chad", "5,000 people, who fled to Chad, were registered",
            "5,000 people fled Goma into Rwanda", "5,000 people fled Kharkiv for Poland", "5,000 people fled their homes to the DRC",
            "5,000 people fled by boat to Yemen", "5,000 people fled (mostly women) to Chad",
            "5,000 people fled - many of them children - into Chad", "5,000 people have fled Darfur to neighbouring countries",
            "5000 personas abandonaron sus hogares hacia Colombia", "5000 personas huyeron la semana pasada hacia Colombia",
            "5,000 personnes ont fui à pied vers le Tchad",
        ]
        for text in texts {
            refuses(text, containing: Self.refugee, measure: "idps")
            reads(text, 5000, 5000, 5000, measure: "refugees")
        }
        // phrases12 (review52 F4): a quantity before the destination says only part crossed
        // (these had read 5,000 refugees here): refused under both.
        for text in ["5,000 people fled, most of them to Chad", "5,000 people fled, mostly to Chad", "5,000 people have fled, many of them to Chad"] {
            refuses(text, containing: "says only part of the people crossed a border", measure: "idps")
            refuses(text, containing: "says only part of the people crossed a border", measure: "refugees")
        }
        // A place inside after the object: idps, refused under refugees.
        for text in ["5,000 people fled Darfur to other parts of the country", "5,000 people fled the fighting to other provinces",
                     "5,000 people fled their homes to camps inside Syria", "5,000 people fled the city to the countryside"] {
            refuses(text, containing: Self.idp, measure: "refugees")
            reads(text, 5000, 5000, 5000, measure: "idps")
        }
    }

    /// Twins: a "to" that is no destination, another clause's verb, a place that is no
    /// country, and the French "au"/Spanish "en" after an object (where the fled thing was).
    @Test func theTwinsKeepTheirReading() {
        let texts = [
            "5,000 people fled to Aleppo", "5,000 people fled to Idlib", "5,000 people fled to Darfur", "5,000 people fled to Gaza",
            "5,000 people fled to Rafah", "5,000 people fled to Kyiv", "5,000 people fled to the capital", "5,000 people fled to safer areas",
            "5,000 people fled their homes", "5,000 people fled Darfur", "5,000 people fled to Mexico City", "5,000 people fled to Niger state",
            "5,000 people fled to Lebanon's south", "5,000 people fled to northern Syria", "5,000 displaced",
            "5,000 people fled the fighting close to Chad", "5,000 people fled, according to Chad",
            "5,000 people fled attacks by militias allied to Chad", "5,000 people fled the fighting, which spread to Chad",
            "5,000 people fled and rebels advanced to Chad", "5,000 people fled as troops moved to Chad", "5,000 people fled a Sudan army attack",
            "5,000 people fled for safety to Aleppo", "5,000 people fled Darfur for Aleppo", "5,000 people fled their homes to safer areas",
            "5,000 people fled Idlib to Turkey's border", "5,000 people fled the violence to Niger state",
            "5,000 personnes ont fui les combats au Soudan", "5,000 people fled to eastern Chad",
            "5,000 people fled to Goma in eastern Congo", "5,000 people fled to Adre, Chad's border town",
        ]
        for text in texts {
            reads(text, 5000, 5000, 5000, measure: "idps")
            reads(text, 5000, 5000, 5000, measure: "refugees")
        }
    }

    /// A place named with its country, the other side of a border, a part of a country
    /// the people are not of, and presence in a country after a flight.
    @Test func aPlaceNamedWithItsCountry() {
        let texts = [
            "5,000 people fled to Adre on the Chadian side",
            "5,000 Sudanese fled to eastern Chad", "5,000 Sudanese fled to camps in eastern Chad",
            "5,000 Syrians fled to southern Turkey", "5,000 Sudanese fled to Adré in eastern Chad",
            "5,000 people who fled Sudan are sheltering in camps in Chad", "5,000 people who fled the fighting are sheltering in Chad",
            "5,000 displaced people were registered in Chad", "5,000 people fled Sudan to Adré, Chad", "5,000 Sudanese fled to Adré in Chad",
        ]
        for text in texts {
            refuses(text, containing: Self.refugee, measure: "idps")
            reads(text, 5000, 5000, 5000, measure: "refugees")
        }
    }

    /// A town named with its country and nothing saying where the people came from: news
    /// places towns so whether they crossed a border or not ("fled to Maiduguri, Nigeria"
    /// inside Nigeria; "fled to Adré, Chad" from Sudan), so neither kind is read (review51
    /// F6: flee8 read every such line as refugees, refusing idps).
    @Test func aTownWithItsCountryAndNoOriginIsNeitherKind() {
        let texts = [
            "5,000 people fled to Adré in Chad", "5,000 people fled to Adré, Chad", "5,000 people fled to the town of Adré in Chad",
            "5,000 people fled to Adré, in Chad", "5,000 people fled to Renk in South Sudan", "5,000 people fled to Goma, DRC",
            "5,000 people fled to Maiduguri, Nigeria", "5,000 people fled Khartoum to Wad Madani, Sudan", "5,000 people fled to Lviv, Ukraine",
            "5,000 displaced people fled to Gao, Mali", "5,000 people fled to Kabul, Afghanistan",
        ]
        for text in texts {
            for measure in ["idps", "refugees"] {
                refuses(text, containing: "names a town with its country but not where the people came from", measure: measure)
            }
        }
    }

    /// The people's own country named before a place in it: inside it (review51 F6: "5,000
    /// Ukrainians fled to western Ukraine" read as refugees).
    @Test func aPlaceInThePeoplesOwnCountryIsIDPs() {
        for text in ["5,000 Syrians fled to northern Syria", "5,000 Sudanese fled to eastern Sudan", "5,000 Syrians fled to Idlib in Syria",
                     "5,000 Ukrainians fled to western Ukraine", "5,000 Nigerians fled to Maiduguri, Nigeria"] {
            refuses(text, containing: "counts idps", measure: "refugees")
            reads(text, 5000, 5000, 5000, measure: "idps")
        }
    }

    /// Arabic: لجأ before the figure reads (were "unknown word"); نازح/نزح without a
    /// destination across a border are the internally displaced, as "IDPs" (they had read
    /// 5,000 refugees).
    @Test func arabicVerbsAndNounsOfTheDisplaced() {
        for text in ["لجأ 5000 شخص إلى تشاد", "لجأ 5000 شخص إلى لبنان", "نزح 5000 شخص إلى تركيا"] {
            refuses(text, containing: Self.refugee, measure: "idps")
            reads(text, 5000, 5000, 5000, measure: "refugees")
        }
        reads("لجأ 5000 شخص إلى حلب", 5000, 5000, 5000, measure: "idps")
        reads("لجأ 5000 شخص إلى حلب", 5000, 5000, 5000, measure: "refugees")
        for text in ["5000 نازح", "نزح 5000 شخص", "5000 شخص نزحوا", "نزح 5000 شخص إلى حلب", "5000 نازح في حلب"] {
            refuses(text, containing: Self.idp, measure: "refugees")
            reads(text, 5000, 5000, 5000, measure: "idps")
            reads(text, 5000, 5000, 5000, measure: "displaced")
        }
        refuses("5,000 IDPs", containing: "not refugees", measure: "refugees")
        reads("5,000 displaced", 5000, 5000, 5000, measure: "refugees")
    }
}
