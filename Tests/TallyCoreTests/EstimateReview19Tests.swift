import Testing
import TallyCore

/// review19 C and C2 (issue 12): scale words that are names, misspelt number words,
/// scales joined by a hyphen.
private func reads(_ text: String, _ low: Int64, _ best: Int64, _ high: Int64?, approximate: Bool = false,
                   sourceLocation: SourceLocation = #_sourceLocation) {
    do {
        let e = try EstimateParser.parse(text)
        #expect(e == Estimate(unchecked: low, best: best, high: high, approximate: approximate), "\(text)",
                sourceLocation: sourceLocation)
    } catch {
        Issue.record("\(text) was refused: \(error)", sourceLocation: sourceLocation)
    }
}

@Suite("Estimate text: a capitalised scale word or near-miss is a name (review19 C, C2)")
struct EstimateScaleNameTests {
    @Test func aCapitalisedScaleInSentenceCaseIsAName() {
        // Had read 12,000 / 500,000 / 12,000.
        reads("12 Mila residents killed", 12, 12, 12)
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
