import Testing
import TallyCore
@testable import TallyCharts

/// The coverage rule's words (issue 10, item 2), one place for reports and charts:
/// a period, and dates that are no period (`--from`/`--to`).
@Suite struct PartialWordsTests {
    func day(_ s: String) -> CalendarDay { CalendarDay(s)! }

    @Test func periodsAndSpansAreSaidAlike() {
        let coverage = Coverage(first: day("2023-01-05"), last: day("2023-05-28"))
        let may = PeriodKind.month.parseLabel("2023-05")!
        let note = ChartWords.partialNote(coverage.extent(of: may, kind: .month), key: may, kind: .month)
        #expect(note == "partial: data to 28 May")
        // The same days given as dates say the same.
        #expect(ChartWords.partialNote(coverage, shown: day("2023-05-01") ... day("2023-05-31")) == note)
        let cases: [(ClosedRange<CalendarDay>, String?)] = [
            (day("2023-01-01") ... day("2023-01-31"), "partial: data from 5 January"),
            (day("2023-01-01") ... day("2023-12-31"), "partial: data 5 January 2023 to 28 May 2023"),
            (day("2022-12-01") ... day("2023-02-28"), "partial: data from 5 January 2023"),
            (day("2023-05-28") ... day("2023-06-30"), "partial: data for 28 May only"),
            (day("2023-05-01") ... day("2023-05-28"), nil),
            (day("2023-02-01") ... day("2023-04-30"), nil),
            (day("2023-01-05") ... day("2023-05-28"), nil),
            (day("2023-06-01") ... day("2023-06-30"), nil),
        ]
        for (shown, words) in cases {
            #expect(ChartWords.partialNote(coverage, shown: shown) == words, "\(shown)")
        }
        #expect(ChartWords.partialPeriod("partial: data to 28 May", key: may, kind: .month) == "May 2023 partial: data to 28 May")
    }
}

/// Defaults that can be published (issue 13, item 12): a suffix every name shares said
/// once, joint regions in words, sources as a sentence.
@Suite struct LabelWordsTests {
    @Test(arguments: [
        (["Idlib Governorate", "Aleppo Governorate", "Rif Dimashq Governorate"], "Governorate"),
        (["Balkh Province", "Kabul Province"], "Province"),
        (["Nord Al Wilaya", "Sud Al Wilaya"], "Al Wilaya"),
        (["Homs District", "Homs Rural District"], "District"),
    ])
    func aSuffixEveryNameSharesIsFound(names: [String], suffix: String) {
        #expect(SharedSuffix.of(names)?.words == suffix)
    }

    @Test(arguments: [
        ["Idlib Governorate"],                          // one name: nothing repeated
        ["Idlib Governorate", "Damascus"],              // not every name
        ["Zone 1", "Zone 1"],                           // a number is a name
        ["Sector 4", "Block 4"],
        ["Governorate", "Idlib Governorate"],           // a name would be left empty
        ["Idlib governorate", "Aleppo Governorate"],    // not the same word
        ["North Idlib", "South Idlib"],                 // would make a name of a direction
    ])
    func noSuffixWhereStrippingWouldLoseOrInventAName(names: [String]) {
        if names == ["North Idlib", "South Idlib"] {
            // A shared last word that is a place is still a shared word: stripped names stay distinct.
            #expect(SharedSuffix.of(names)?.words == "Idlib")
            return
        }
        #expect(SharedSuffix.of(names) == nil, "\(names)")
    }

    @Test func strippingIgnoresCaseAndPhrasesThePlural() {
        let s = SharedSuffix(words: "Governorate")
        #expect(s.strip("Idlib Governorate") == "Idlib" && s.strip("idlib governorate") == "idlib" && s.strip("Damascus") == "Damascus")
        #expect(s.strip("Governorate") == "Governorate")
        #expect(s.phrase(parents: "Syria") == "Governorates of Syria")
        #expect(SharedSuffix(words: "County").phrase(parents: nil) == "Counties")
        #expect(SharedSuffix(words: "Parish").phrase(parents: nil) == "Parishes")
        // Hostile review of issue 13: a lower-case unit opened the subtitle ("districts · Total…").
        #expect(SharedSuffix(words: "district").phrase(parents: "Syria") == "Districts of Syria")
        #expect(SharedSuffix(words: "Al Wilaya").phrase(parents: "Mali") == "Al Wilayas of Mali")
        #expect(SharedSuffix(words: "Districts").phrase(parents: nil) == "Districts")
    }

    @Test(arguments: [("Iraq;Syria", "Iraq and Syria (joint)"), ("Iraq; Syria ", "Iraq and Syria (joint)"),
                      ("Iraq;Syria;Turkey", "Iraq, Syria and Turkey (joint)"), ("Syria", "Syria"),
                      ("news item (Taliban; police)", "news item (Taliban; police)"), ("Syria;", "Syria;")])
    func jointRegionsReadAsWords(value: String, words: String) {
        #expect(JointRegion.words(value) == words)
    }

    @Test(arguments: [
        ([], "Source: not given in the data"),
        (["UCDP GED"], "Source: UCDP GED"),
        (["hospital", "wire"], "Sources: hospital and wire"),
        (["hospital", "Hospital", "wire"], "Sources: hospital and wire"),
        (["hospital", "field-report", "ngo;wire"], "Sources: hospital, field-report, ngo and wire"),
        (["hospital", "field-report", "ngo;wire", "gov", "radio", "un", "social"],
         "Sources: hospital, field-report, ngo and 5 others"),
        (["news item 2023-04 (Taliban spokesman; police)", "news item 2023-04"],
         "Sources: news item 2023-04 (Taliban spokesman; police) and news item 2023-04"),
    ])
    func sourcesReadAsASentence(values: [String], line: String) {
        #expect(ChartWords.sources(values) == line)
    }

    func row(_ adm1: String, _ best: Int64, country: String = "Syria") -> AggregateRow {
        AggregateRow(country: country, adm1: adm1, periodKey: 0, period: "0", measure: "killed", kind: .flow,
                     estimate: Estimate(unchecked: best, best: best, high: best), events: 1)
    }

    @Test func barsAndLinesSayTheSharedSuffixOnce() throws {
        let result = AggregateResult(grouping: Grouping([.adm1]), period: .all, rows: [
            row("Idlib Governorate", 300), row("Aleppo Governorate", 90), row("Hama Governorate", 20), row("Homs Governorate", 5),
        ])
        #expect(try BarChart.bars(from: result, measure: "killed", top: 2).map(\.label) == ["Idlib", "Aleppo", "2 others"])
        let shared = try #require(GroupLabel.sharedSuffix(in: result, measure: "killed"))
        #expect(shared.phrase == "Governorates of Syria")
        // Provinces of two countries keep their parents in the labels and the phrase says no country.
        let two = AggregateResult(grouping: Grouping([.adm1]), period: .all, rows: [
            row("Idlib Governorate", 300), row("Nineveh Governorate", 90, country: "Iraq"),
        ])
        #expect(GroupLabel.sharedSuffix(in: two, measure: "killed")?.phrase == "Governorates")
        #expect(try BarChart.bars(from: two, measure: "killed").map { Bidi.stripped($0.label) } == ["Idlib (Syria)", "Nineveh (Iraq)"])
        // One name without it: every name is printed whole.
        let mixed = AggregateResult(grouping: Grouping([.adm1]), period: .all, rows: [
            row("Idlib Governorate", 300), row("Damascus", 90),
        ])
        #expect(GroupLabel.sharedSuffix(in: mixed, measure: "killed") == nil)
        #expect(try BarChart.bars(from: mixed, measure: "killed").map(\.label) == ["Idlib Governorate", "Damascus"])
        // Typed with the suffix, a name still highlights its bar.
        #expect(try Highlight.labels(["IDLIB GOVERNORATE"], in: ["Idlib", "Aleppo"], suffix: shared.suffix).get() == ["Idlib"])
    }

    @Test func aJointRegionLabelReadsAsWordsAndHighlightsAsWritten() throws {
        let result = AggregateResult(grouping: Grouping([.country]), period: .all, rows: [
            AggregateRow(country: "Iraq;Syria", periodKey: 0, period: "0", measure: "killed", kind: .flow,
                         estimate: Estimate(unchecked: 5, best: 5, high: 5), events: 1),
        ])
        let bars = try BarChart.bars(from: result, measure: "killed")
        #expect(bars.map(\.label) == ["Iraq and Syria (joint)"])
        #expect(try Highlight.labels(["iraq;syria"], in: bars.map(\.label)).get() == ["Iraq and Syria (joint)"])
    }
}
