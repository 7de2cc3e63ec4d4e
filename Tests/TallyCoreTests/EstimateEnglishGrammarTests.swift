import Testing
@testable import TallyCore

/// English number words are table data (the English table's `numberParts`) composed by the
/// grammar every table shares (NumberWords.swift), not a reader of their own (issue 12, item
/// 7; helper "phrases9"). What only English does around the grammar (an article for one, a
/// counting unit, "and a half", which joins are English) stays in `numberWords(at:joinAnd:)`.
@Suite("Estimate text: English number words through the shared grammar (issue 12)")
struct EstimateEnglishGrammarTests {
    @Test func englishWordsAreTableData() throws {
        let english = try #require(Languages.all.first { $0.code == "en" })
        #expect(english.numberParts.units.count == 9)
        #expect(english.numberParts.teens.count == 10)
        #expect(english.numberParts.tens.count == 8)
        #expect(english.numberParts.timesHundred == ["hundred"])
        #expect(english.numberParts.scales.contains { $0.0 == "thousand" && $0.1 == 1_000 })
        // Read apart from the other languages' grammars, by the same composer.
        #expect(Vocabulary.shared.englishGrammar != nil)
        #expect(!Vocabulary.shared.numberGrammars.contains { $0.code == "en" })
    }

    func reads(_ text: String, _ low: Int64, _ best: Int64, _ high: Int64?, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            let e = try EstimateParser.parse(text, convention: .unspecified, measure: nil)
            #expect(e.low == low && e.best == best && e.high == high,
                    "\(text): \(e.low)/\(e.best)/\(String(describing: e.high))", sourceLocation: sourceLocation)
        } catch {
            Issue.record("\(text) was refused: \(error.reason)", sourceLocation: sourceLocation)
        }
    }

    /// Forms the shared grammar gained with the English table's `tensOfHundreds`, as the old
    /// English reader read them, and the joins that stay two numbers or a range.
    @Test func englishForms() {
        reads("twelve hundred", 1_200, 1_200, 1_200)
        reads("twenty hundred", 2_000, 2_000, 2_000)
        reads("ninety-nine hundred", 9_900, 9_900, 9_900)
        reads("twelve hundred thousand", 1_200_000, 1_200_000, 1_200_000)
        reads("a hundred and twenty", 120, 120, 120)
        reads("a hundred thousand", 100_000, 100_000, 100_000)
        reads("two dozen", 24, 24, 24)
        reads("a dozen", 12, 12, 12)
        reads("two and a half million", 2_500_000, 2_500_000, 2_500_000)
        reads("nine hundred and ninety-nine thousand nine hundred and ninety-nine", 999_999, 999_999, 999_999)
        reads("two crore fifty lakh", 25_000_000, 25_000_000, 25_000_000)
        // The multipliers of the second end are lent to the first.
        reads("two to three hundred thousand", 200_000, 250_000, 300_000)
        reads("between five and six hundred", 500, 550, 600)
        // "and" joins only after a hundred or a scale; words side by side are two numbers.
        refuses("twenty and five", containing: "more than one number")
        refuses("six seven", containing: "more than one number")
        refuses("ten quadrillion", containing: "larger than 2^53")
        refuses("two thousand million", containing: "malformed number")
    }
}
