import Testing
import TallyCore

/// dest24 (issue 12), on main 9ebc2f0 (`tally estimate --measure idps|refugees -- TEXT`): in lower
/// case a place after a preposition that does not say a destination was no place ("5,000 people
/// fled in tawila and into chad", "huyeron a tawila y hacia chad", "fugiram para tawila e para o
/// chade" read 5,000 refugees, exit 0); "fled in the north and into Chad" likewise; "huyeron de la
/// violencia en Darfur y hacia Chad" was refused as only part across a border; "fled in their
/// thousands and into Chad" as "more than one number"; "escaped into Chad" under refugees as
/// "counts escaped"; "5,000 people escape into Chad", "se sont échappées au Tchad" read 5,000 under
/// idps; "displaced within and beyond Khartoum state" said only part crossed, when none may have.
@Suite("Estimate text: lower-case places, crowds, escapes and what may have crossed a border (dest24, issue 12)")
struct EstimateDest24Tests {
    static let unplaced = "cannot be told: write a place's name with a capital"

    /// A phrase after a preposition that may be a place written in lower case is named, under
    /// both measures; the displaced read the whole figure. A known manner, time or cause reads
    /// refugees as before (held).
    @Test func lowerCasePlaceIsNamedNotRead() {
        for text in ["5,000 people fled in tawila and into chad", "5,000 people fled in tawila and into Chad",
                     "5,000 people fled across tawila and into chad", "5,000 people fled in tawila at night and into chad",
                     "5000 personas huyeron a tawila y hacia chad", "5000 personas huyeron en tawila y hacia chad",
                     "5000 personas huyeron por tawila y hacia chad", "5000 personnes ont fui à tawila et au tchad",
                     "5000 personnes ont fui dans tawila et vers le tchad", "5000 pessoas fugiram para tawila e para o chade",
                     "5000 pessoas fugiram em tawila e para o chade"] {
            refuses(text, containing: Self.unplaced, measure: "refugees")
            refuses(text, containing: Self.unplaced, measure: "idps")
            reads(text, 5000, 5000, 5000, measure: "displaced")
        }
        // After a preposition of a destination, or a quarter of a country: a place, only part crossed.
        refusedUnderIdpsAndRefugees(["5,000 people fled to tawila and into chad", "5000 personnes ont fui vers tawila et au tchad",
                                     "5000 personas huyeron hacia tawila y hacia chad", "5,000 people fled in the north and into Chad",
                                     "5,000 people fled in the east and into chad", "5000 personas huyeron en el norte y hacia chad",
                                     "5,000 PEOPLE FLED IN TAWILA AND INTO CHAD"],
                                    containing: "only part of the people", displaced: 5000)
        // A known manner, time or cause is no place in lower case either: refugees, as "fled into chad".
        for text in ["5,000 people fled on foot and into chad", "5,000 people fled in haste and into chad", "5,000 people fled at night and into chad",
                     "5,000 people fled for their lives and into chad", "5,000 people fled in the middle of the night and into chad",
                     "5,000 people fled in march and into chad", "5,000 people fled to safety and into chad", "5,000 people fled in disarray and into Chad",
                     "5,000 people fled a massacre and into chad", "5,000 people fled on foot and into Chad", "5,000 people fled at night and into Chad",
                     "5000 personnes ont fui en pleine nuit et vers le tchad", "5000 personnes ont fui pour sauver leur vie et vers le tchad",
                     "5000 personnes ont fui à pied et vers le tchad", "5000 personnes ont fui en pleine nuit et vers le Tchad",
                     "5000 personas huyeron a toda prisa y hacia chad", "5000 personas huyeron en medio de la noche y hacia chad",
                     "5000 personas huyeron para salvar sus vidas y hacia chad", "5000 personas huyeron en marzo y hacia chad",
                     "5000 personas huyeron a pie y hacia chad", "5000 pessoas fugiram no meio da noite e para o chade",
                     "5000 pessoas fugiram em massa e para o chade", "5000 pessoas fugiram a pé e para o chade",
                     "5,000 FLEE INTO CHAD AND BEYOND", "5,000 people fled the fighting in darfur and into chad"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
            refuses(text, containing: "counts refugees", measure: "idps")
        }
    }

    /// Where a cause or a home was, in Spanish and Portuguese as in English and French.
    @Test func causePlaceInSpanishAndPortuguese() {
        for text in ["5000 personas huyeron de la violencia en Darfur y hacia Chad", "5000 personas huyeron de los combates en Darfur y hacia Chad",
                     "5000 personas huyeron de la guerra en Sudán y hacia Chad", "5000 personas huyeron de sus hogares en El Fasher y hacia Chad",
                     "5000 personas huyeron de la violencia en Darfur hacia Chad", "5000 pessoas fugiram da violência em Darfur e para o Chade",
                     "5000 pessoas fugiram dos combates no Darfur e para o Chade", "5000 personnes ont fui les combats au Darfour et vers le Tchad"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
            refuses(text, containing: "counts refugees", measure: "idps")
        }
        // The people's own place stays a side.
        refusedUnderIdpsAndRefugees(["5000 personas huyeron a pie en Darfur y hacia Chad"], containing: "only part of the people", displaced: 5000)
    }

    /// A crowd's manner beside a figure is no second number; two counts still are.
    @Test func crowdMannerIsNoCount() {
        for text in ["5,000 people fled in their thousands and into Chad", "5,000 people fled by the thousands and into Chad",
                     "5,000 people fled in their tens of thousands into Chad", "5000 personas huyeron por miles hacia Chad",
                     "5000 personnes ont fui par milliers vers le Tchad", "5000 pessoas fugiram aos milhares para o Chade"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
            refuses(text, containing: "counts refugees", measure: "idps")
        }
        for text in ["thousands fled and 5,000 went into Chad", "5,000 people fled and thousands went into Chad",
                     "casualties in the thousands, 5,000 killed", "5 killed by hundreds of militants"] {
            refuses(text, containing: "more than one number", measure: "refugees")
        }
        // Read as the figure, the crowd keeps its verb's destination.
        refuses("Civilians fled in their thousands into Chad", containing: "counts refugees", measure: "idps")
        reads("Civilians fled in their thousands into Chad", 2000, 6000, 9999, measure: "refugees")
    }

    /// An escape across a border is a flight; an escape alone is no figure of refugees.
    @Test func escapeAcrossBorderIsRefugees() {
        for text in ["5,000 people escaped into Chad", "5,000 people escaped and crossed into Chad", "5,000 people escaped across the border",
                     "5,000 people escape into Chad", "5,000 people escaping into Chad", "5000 personnes se sont échappées au Tchad",
                     "5000 personas escaparon a Chad", "5000 pessoas escaparam para o Chade"] {
            reads(text, 5000, 5000, 5000, measure: "refugees")
            refuses(text, containing: "counts refugees", measure: "idps")
        }
        for text in ["5,000 people escaped", "5,000 people escaped to safety", "5,000 civilians escaped the fighting", "5 people escaped the attack",
                     "5,000 people escaped to Tawila"] {
            refuses(text, containing: "counts escaped", measure: "refugees")
        }
        refuses("5000 personas escaparon de la violencia", containing: "another fate", measure: "refugees")
        refuses("3 prisoners escaped into Chad", containing: "counts arrested", measure: "refugees")
        // A jailbreak that crosses a border is no flight into exile.
        for text in ["5,000 people escaped from prison and into Chad", "500 people escaped from jail into Chad"] {
            refuses(text, containing: "escape", measure: "refugees")
            refuses(text, containing: "escape", measure: "displaced")
        }
        // An escape alone, or from an attack, is no flight of the displaced either (read 5 and 5,000 on main).
        for text in ["5,000 people escaped", "5 people escaped the attack", "50 villagers escape after being trapped in clashes"] {
            refuses(text, containing: "another fate", measure: "idps")
            refuses(text, containing: "another fate", measure: "displaced")
        }
        // A flight it is: from a displacing cause, or to a place inside.
        for text in ["5,000 civilians escaped the fighting", "5,000 people escaped to Tawila", "5000 personas escaparon de la violencia"] {
            reads(text, 5000, 5000, 5000, measure: "idps")
        }
    }

    /// Beyond a place that is no country may be inside the country: the message says it may be that none crossed.
    @Test func beyondAPlaceMayBeInside() {
        refusedUnderIdpsAndRefugees(["5,000 people displaced within and beyond Khartoum state", "5000 people fled within and beyond Darfur"],
                                    containing: "only part of the people may have crossed a border, perhaps none", displaced: 5000)
        // Beyond a country's borders is across one: only part crossed, as before.
        refusedUnderIdpsAndRefugees(["5000 people displaced within and beyond Sudan's borders"],
                                    containing: "only part of the people crossed a border", displaced: 5000)
    }
}

/// review60 F1 (silent): an escape from a place the custody list lacks read as refugees.
@Suite struct EstimateReview60Tests {
    @Test func anEscapeFromAnUnknownPlaceIsNoFlightIntoExile() throws {
        for text in ["500 people escaped from the jailhouse into Chad", "500 people escaped from the police station into Chad",
                     "500 people escaped from the lock-up into Chad", "500 people escaped from the correctional facility into Chad",
                     "500 people escaped from their captors into Chad", "500 people escaped from the kidnappers into Chad"] {
            #expect(throws: (any Error).self, "\(text)") { try EstimateParser.parse(text, convention: .unspecified, measure: "refugees") }
        }
        for text in ["500 people escaped into Chad", "500 people escaped from the fighting into Chad", "500 people escaped from Darfur into Chad",
                     "500 people escaped from Sudan into Chad"] {
            #expect(try EstimateParser.parse(text, convention: .unspecified, measure: "refugees").best == 500, "\(text)")
        }
    }
}

/// review60 F2: "the flood" is a displacing cause as "the floods" is.
@Suite struct EstimateReview60FloodTests {
    @Test func anEscapeFromTheFloodIsAFlightOfTheDisplaced() throws {
        for text in ["500 people escaped the flood", "500 people escaped the flooding", "500 people escaped the floods"] {
            #expect(try EstimateParser.parse(text, convention: .unspecified, measure: "displaced").best == 500, "\(text)")
        }
    }
}
