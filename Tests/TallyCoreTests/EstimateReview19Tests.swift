import Testing
import TallyCore

/// review19 C and C2 (issue 12): scale words that are names, misspelt number words,
/// scales joined by a hyphen.
@Suite("Estimate text: a capitalised scale word or near-miss is a name (review19 C, C2)")
struct EstimateScaleNameTests {
    @Test func aCapitalisedScaleInSentenceCaseIsAName() {
        // Had read 12,000 / 500,000 / 12,000.
        reads("5 Lac Vert villagers", 5, 5, 5)
        reads("12 Thousand Oaks residents", 12, 12, 12)
        reads("12 Miliardi residents were shot dead", 12, 12, 12)
        // Lower case it is the scale; German writes its scales with a capital.
        reads("12 mila morti", 12_000, 12_000, 12_000)
        reads("7 mille morts", 7_000, 7_000, 7_000)
        reads("12 Tausend Menschen getötet", 12_000, 12_000, 12_000)
        reads("1 Million Menschen vertrieben", 1_000_000, 1_000_000, 1_000_000)
        reads("2 Millionen Menschen auf der Flucht", 2_000_000, 2_000_000, 2_000_000)
        // Title case capitalises the scale.
        reads("12 Thousand Killed in Attack", 12_000, 12_000, 12_000)
        reads("3 Million Syrians Displaced", 3_000_000, 3_000_000, 3_000_000)
    }

    @Test func aCapitalisedScaleTheTextDoesNotSettleIsRefused() {
        // Another language's scale in English text, no name after it: Mila may be the town in
        // Algeria, but the same rule read "2 Tausend killed" as 2 (review21 #1), so both refuse.
        refuses("12 Mila residents killed", containing: "\"Mila\" after \"12\" is written with a capital")
        for text in ["2 Tausend killed", "5 Mio. people killed", "3 Millionen displaced", "2 Tsd. killed", "3 Milliarden killed",
                     "2 Mrd. killed", "5 Mil killed", "5 Mila killed", "5 Millones killed", "5 Milhões killed", "5 Ribu killed",
                     "5 Juta killed", "5 Tysięcy killed"] {
            refuses(text, containing: "is written with a capital")
        }
        refuses("12 Million residents killed", containing: "\"Million\" after \"12\" is written with a capital")
        refuses("12 Thousand Oaks Residents Killed", containing: "may be a name (a place) or the scale")
        refuses("12 Mila Residents Killed", containing: "\"Mila\" after \"12\"")
        refuses("5 Lac Vert Villagers Killed", containing: "\"Lac\" after \"5\"")
    }

    @Test func aCapitalisedNearMissIsANameNotAMisspeltScale() {
        reads("12 Milton residents were killed", 12, 12, 12)
        reads("7 Miller family members", 7, 7, 7)
        reads("6 Mills residents", 6, 6, 6)
        reads("12 Milan residents killed", 12, 12, 12)
        // A place noun may follow the name (had been refused as an unknown word).
        reads("3 Lakes region deaths", 3, 3, 3)
        reads("12 Idlib province residents killed", 12, 12, 12)
        refuses("3 lakes region deaths", containing: "misspelt \"lakhs\"")
        // A word of four letters is no misspelt crore.
        reads("3 core members", 3, 3, 3)
        // Lower case, or in title case, it is still refused.
        refuses("3 cores displaced", containing: "misspelt \"crores\"")
        refuses("12 Milton Residents Killed", containing: "misspelt \"milion\"")
    }
}

@Suite("Estimate text: misspelt number words and hyphened scales (review19 C)")
struct EstimateMisspeltNumberWordTests {
    @Test func aMisspeltCountingUnitOrShortScaleIsRefused() {
        // Had read 3.
        refuses("three dozzen killed", containing: "\"dozzen\" after \"three\" looks like a misspelt \"dozen\"")
        refuses("3 dozzens killed", containing: "misspelt \"dozens\"")
        refuses("tres mils muertos", containing: "\"mils\" after \"tres\" looks like a misspelt \"mil\"")
        reads("three dozen killed", 36, 36, 36)
        reads("tres mil muertos", 3_000, 3_000, 3_000)
    }

    @Test func aMisspeltNumberWordAfterTheWordsIsRefused() {
        // Had read 12,000 / 200 / 300.
        refuses("twelve thousand and fourty", containing: "\"fourty\" after \"twelve thousand\" looks like a misspelt \"forty\"")
        refuses("two hundred and fourty killed", containing: "misspelt \"forty\"")
        refuses("three hundred ninty killed", containing: "misspelt \"ninety\"")
        refuses("seven hundred sevnty killed", containing: "misspelt \"seventy\"")
        reads("twelve thousand and forty", 12_040, 12_040, 12_040)
    }

    @Test func aHyphenBetweenACountAndItsScaleJoinsThem() {
        // Had read 30, 30, 30–1,000, 30–1,000, 5, 41–49, 40+, 40+.
        reads("thirty-thousand killed", 30_000, 30_000, 30_000)
        reads("30-thousand killed", 30_000, 30_000, 30_000)
        reads("dreißig-tausend Tote", 30_000, 30_000, 30_000)
        reads("treinta-mil muertos", 30_000, 30_000, 30_000)
        reads("five-hundred killed", 500, 500, 500)
        reads("40-odd-thousand displaced", 41_000, 45_000, 49_000)
        reads("twenty-odd-thousand displaced", 21_000, 25_000, 29_000)
        reads("40-plus-thousand displaced", 40_000, 40_000, nil)
        reads("40+k displaced", 40_000, 40_000, nil)
        reads("300-thousand-strong army", 300_000, 300_000, 300_000)
        // Ranges and -odd keep their readings.
        reads("5-7 thousand killed", 5_000, 6_000, 7_000)
        reads("five-seven thousand killed", 5_000, 6_000, 7_000)
        reads("a hundred-odd killed", 101, 150, 199)
    }
}

@Suite("Estimate text: fractions of a scale, parts in apposition, multiples, ratios (review19 C, C2)")
struct EstimateFractionOfScaleTests {
    @Test func aFractionOfAScaleIsANumber() {
        // Had been refused as a part of a total, or as no number.
        reads("a quarter of a million", 250_000, 250_000, 250_000)
        reads("three-quarters of a million", 750_000, 750_000, 750_000)
        reads("three quarters of a million displaced", 750_000, 750_000, 750_000)
        reads("a half-million", 500_000, 500_000, 500_000)
        reads("a quarter-million", 250_000, 250_000, 250_000)
        reads("a quarter million displaced", 250_000, 250_000, 250_000)
        reads("one-and-a-half million displaced", 1_500_000, 1_500_000, 1_500_000)
        reads("a fifth of a million refugees", 200_000, 200_000, 200_000)
        reads("more than a quarter of a million displaced", 250_001, 250_001, nil)
        refuses("a third of a million displaced", containing: "\"a third of a million\" is no whole number")
        // A fraction of a figure stays a part.
        refuses("a quarter of the 200 killed", containing: "only a part of a total")
        refuses("a quarter of a million of them were children", containing: "only a part of a total")
    }

    @Test func aPartInAppositionIsAPart() {
        // Had read 240 / 20.
        refuses("half of the dead, 240, were children", containing: "only a part of a total (\"half of the dead, 240\")")
        refuses("most of the dead, 240, were children", containing: "only a part of a total")
        refuses("half of them, 20, were children", containing: "only a part of a total")
        refuses("la mitad de los muertos, 240, eran niños", containing: "only a part of a total")
        refuses("die Hälfte der Toten, 240, waren Kinder", containing: "only a part of a total")
        refuses("Four-fifths of those killed, 400 people, were civilians", containing: "only a part of a total")
        reads("As part of its activity in the Desert, about 20 casualties of the regime forces", 20, 20, 20, approximate: true)
        // The people named before the comma are who the figure is.
        reads("the dead, 240, were mostly children", 240, 240, 240)
    }

    @Test func aMultipleOfAFigureIsNoCountOfIt() {
        // Had read 500 / 500 / 40.
        refuses("twice the 500", containing: "\"twice the 500\" is a multiple of a figure")
        refuses("double the 500 killed last year", containing: "is a multiple of a figure")
        refuses("three times the 40 killed", containing: "\"three times the 40\" is a multiple")
        refuses("twice as many as the 500 last year", containing: "is a multiple of a figure")
        reads("bombed twice killing 40", 40, 40, 40)
        reads("a double suicide bombing killed 40", 40, 40, 40)
        reads("killed 40, twice the toll of last week", 40, 40, 40)
    }

    @Test func oneInAThousandIsARatio() {
        refuses("1 in 1,000", containing: "\"1 in 1,000\" is a ratio")
        refuses("one in 1,000 residents was killed", containing: "is a ratio")
        refuses("one out of 1,000 killed", containing: "is a ratio")
    }
}

@Suite("Estimate text: a later sentence saying the toll grew, or will, lifts the ceiling (review19 C)")
struct EstimateTollGrewTests {
    @Test func aTollThatGrewOrWillGrowIsMoreThanTheFigure() {
        // Each had read a bounded 40 (while "is likely higher" read 40+).
        for text in ["40 killed. The toll has since doubled.", "40 killed. The toll has since risen.",
                     "40 killed. The toll is likely to rise.", "40 killed. Officials said the toll could climb.",
                     "40 killed, a figure likely to rise.", "40 killed. More are expected.",
                     "quarante morts. Le bilan pourrait s'alourdir.", "40 morts. Le bilan risque de s'alourdir.",
                     "40 muertos. La cifra podría aumentar.", "40 Tote. Die Zahl dürfte steigen.",
                     "40 mortos. O número pode aumentar.", "مقتل 40 شخصا. ومن المتوقع أن ترتفع الحصيلة."] {
            reads(text, 40, 40, nil)
        }
    }

    @Test func aTollThatDoubledInEveryTablesWordsIsMoreThanTheFigure() {
        // review20b E3: each had read a bounded 40 (es "ha" had been taken for hectares).
        for text in ["40 muertos. La cifra se ha duplicado desde entonces.", "40 muertos. La cifra ha aumentado.",
                     "40 morts. Le bilan a depuis doublé.", "40 morti. Il bilancio è poi raddoppiato.",
                     "40 قتيلا. وتضاعفت الحصيلة لاحقا", "40 mortos. O número dobrou."] {
            reads(text, 40, 40, nil)
        }
        reads("40 muertos. El número de ataques ha aumentado.", 40, 40, 40)
    }

    @Test func aRiseWithAFigureOfAnotherMeasureOrBeforeTheFigureIsNoFloor() {
        refuses("40 killed. The toll rose to 52.", containing: "more than one number")
        refuses("40 killed. The number of wounded has risen.", containing: "number of wounded has risen")
        refuses("up to 40 killed. The toll has since risen.", containing: "toll has since risen")
        reads("Death toll rises to 40", 40, 40, 40)
        reads("Death toll rises in Syria; 40 killed", 40, 40, 40)
        reads("40 killed. The toll was revised down.", 40, 40, 40)
        // A denied rise, or a rise of a count of things, says nothing of the toll.
        reads("40 killed. The toll is not expected to rise.", 40, 40, 40)
        reads("40 killed. The toll is unlikely to rise.", 40, 40, 40)
        reads("40 killed. Officials do not expect more.", 40, 40, 40)
        reads("40 killed. The number of attacks has risen.", 40, 40, 40)
        reads("40 killed. Prices have risen.", 40, 40, 40)
    }
}
