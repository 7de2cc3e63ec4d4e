import Testing
@testable import TallyCore
@testable import TallyIO

/// Stop 36's code list: three overlapping lists of total words (KeyNotes.totalMarkers,
/// SameFileTotals.totalWords, ActorWords' markers) have one home, TallyCore's
/// ``TotalWords``, and the zero reader's determiners come from the language tables. Each
/// user's list is pinned to the words it held before the move (written out here), and each
/// reads its cells as before.
@Suite struct TotalWordsHome {
    /// The three lists as they stood at df65edb.
    static let placeMarkers: Set<String> = ["total", "totals", "all", "whole", "overall", "entire", "sum", "subtotal",
                                            "grand", "national", "nationwide", "countrywide", "country", "nation",
                                            "الإجمالي", "اجمالي", "إجمالي", "الاجمالي", "المجموع", "مجموع", "كامل", "كل"]
    static let cellWords: Set<String> = ["total", "totals", "subtotal", "subtotals", "sum", "sums", "gesamt", "insgesamt", "summe",
                                         "gesamtzahl", "somme", "totaal", "totale", "totales", "المجموع", "مجموع", "الإجمالي",
                                         "اجمالي", "إجمالي", "الاجمالي", "الكلي", "المجموع الكلي"]
    static let countryWords: Set<String> = ["national", "nationwide", "countrywide", "country", "nation"]

    @Test func eachUsersListIsAsBefore() {
        #expect(KeyNotes.totalMarkers == Self.placeMarkers)
        #expect(SameFileTotals.totalWords == Self.cellWords)
        #expect(TotalWords.ofAllActors == Self.placeMarkers.subtracting(Self.countryWords))
        // ActorWords' markers hold the folded total words, never a country's whole.
        for w in Self.placeMarkers.subtracting(Self.countryWords) { #expect(ActorWords.markers.contains(ActorWords.fold(w)), "\(w)") }
        for w in Self.countryWords { #expect(!ActorWords.markers.contains(w) && !ActorWords.allMarkers.contains(w), "\(w)") }
        // The ASCII needles the per-row check looks for are made of the same words.
        #expect(SameFileTotals.asciiNeedles.map { String(decoding: $0, as: UTF8.self) }.sorted()
                == ["all", "country", "entire", "gesamt", "grand", "nation", "somme", "sum", "totaal", "total", "whole"])
    }

    @Test func eachUserReadsAsBefore() {
        // A place's name (KeyNotes).
        #expect(KeyNotes.totalled("Raqqa total") == "raqqa")
        #expect(KeyNotes.totalled("All areas") == "")
        #expect(KeyNotes.totalled("National") == "")
        #expect(KeyNotes.totalled("Raqqa (gesamt)") == nil)
        #expect(KeyNotes.totalled("Raqqa") == nil)
        // A short cell (SameFileTotals), which also knows the words of other languages.
        #expect(SameFileTotals.totalled("Raqqa (gesamt)") == "raqqa")
        #expect(SameFileTotals.isTotalText("Monthly total", place: false))
        #expect(SameFileTotals.isTotalText("Totale", place: false))
        #expect(!SameFileTotals.isTotalText("National", place: false))
        #expect(SameFileTotals.isTotalText("National", place: true))
        #expect(SameFileTotals.totalStrength("Total losses", .text) == 1)
        #expect(SameFileTotals.totalStrength("Government of Syria (total)", .actor) == 2)
        // An actor cell (ActorWords): a country's whole is a name there.
        #expect(ActorWords.namesNoOne("Total") && ActorWords.meansAll("Total"))
        #expect(ActorWords.namesNoOne("All armed groups") && ActorWords.meansAll("All armed groups"))
        #expect(ActorWords.namesNoOne("المجموع") && ActorWords.meansAll("المجموع"))
        #expect(ActorWords.namesNoOne("Unknown") && !ActorWords.meansAll("Unknown"))
        #expect(!ActorWords.namesNoOne("National forces"))
        #expect(!ActorWords.namesNoOne("All Tripura Tiger Force"))
        #expect(!ActorWords.namesNoOne("Gesamt"))
    }

    /// ZeroTable.determiners had its own list beside the language tables' articles; it is
    /// made of them now: the same words, and Spanish "una" (Spanish's own singular
    /// article, as French "une" was), which changes no reading below.
    @Test func theZeroReadersDeterminersAreTheLanguageTables() {
        let before: Set<String> = ["the", "those", "these", "its", "their", "among", "amongst", "les", "des", "la", "le", "une", "un",
                                   "chaque", "cette", "ce", "ces", "parmi", "los", "las", "el", "del", "entre", "cada", "esta", "este"]
        #expect(PhraseReader.zeroTable.determiners == before.union(["una"]))
        #expect(!PhraseReader.zeroTable.determiners.contains("a"))
        for text in ["personne n'a été blessé", "Personne n'a été blessée", "ninguna víctima", "no hubo heridos"] {
            #expect((try? EstimateParser.parse(text, convention: .unspecified, measure: "injured")) == Estimate(unchecked: 0, best: 0, high: 0), "\(text)")
        }
        for text in ["La personne blessée a été transportée à l'hôpital", "Chaque personne blessée a été soignée", "Una persona resultó herida"] {
            #expect((try? EstimateParser.parse(text, convention: .unspecified, measure: "injured")) != Estimate(unchecked: 0, best: 0, high: 0), "\(text)")
        }
    }
}
