import Testing
@testable import TallyCore

/// The vocabulary tables are data a contributor extends: the checks here catch an entry
/// that the merged lookups would read as something else than it says.
@Suite("Estimate vocabulary: entries of one-word lists are one word (issue 12)")
struct EstimateVocabularyTests {
    /// Lists that the merged vocabulary keeps as single words (``Vocabulary/word(_:)``):
    /// an entry of several ("us-dollar") would be cut to its first word ("us"), and "12 US
    /// soldiers killed" was refused as a sum of money.
    @Test func oneWordListsHoldOneWordEach() {
        for table in Languages.all {
            let lists: [(String, [String])] = [
                ("singular", table.singular), ("onePerson", table.onePerson),
                ("groups", table.groups), ("changes", table.changes), ("changeBy", table.changeBy),
                ("documents", table.documents), ("perEach", table.perEach), ("comparisons", table.comparisons),
                ("comparatives", table.comparatives),
            ]
            for (name, entries) in lists {
                for entry in entries {
                    let pieces = Vocabulary.pieces(of: entry)
                    #expect(pieces.count == 1, "\(table.code) \(name): \"\(entry)\" is \(pieces.count) pieces, read as its first word only")
                }
            }
        }
    }

    /// Measure entries of several pieces are phrases, matched whole: "shot dead" is killed,
    /// "shot" alone is no death (review12c).
    @Test func measurePhrasesAreMatchedWhole() throws {
        #expect(Vocabulary.shared.measures["shot"] == "shot")
        #expect(try EstimateParser.parse("5 shot dead", convention: .unspecified, measure: "killed").best == 5)
        #expect(throws: EstimateParseError.self) { try EstimateParser.parse("5 shot", convention: .unspecified, measure: "killed") }
        #expect(throws: EstimateParseError.self) {
            try EstimateParser.parse("12 terörist etkisiz hale getirildi", convention: .unspecified, measure: "killed")
        }
    }

    @Test func aCountryBeforeANounOfPeopleIsNoCurrency() throws {
        for text in ["12 US soldiers killed", "12 AU troops", "3 UN staff", "12 US troops killed"] {
            let e = try EstimateParser.parse(text)
            #expect(e.low == e.best && e.best == e.high && e.low == Int64(text.split(separator: " ")[0])!, "\(text)")
        }
        #expect(throws: EstimateParseError.self) { try EstimateParser.parse("12 US-Dollar") }
        #expect(throws: EstimateParseError.self) { try EstimateParser.parse("5000 US dollars") }
        // A currency of several pieces is matched whole: "5000 ل.س" is money, "ل" alone is not a currency.
        #expect(throws: EstimateParseError.self) { try EstimateParser.parse("5000 ل.س") }
        #expect(!Vocabulary.shared.currencies.contains("ل"))
    }
}
