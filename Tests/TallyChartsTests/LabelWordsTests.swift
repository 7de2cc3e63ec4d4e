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

    /// review28 N11: stray single days read "data for 10 May only and data for 20 May
    /// only"; now the days are said once, the month once when they share it, in every
    /// language.
    @Test func singleDaysAreSaidOnce() throws {
        let may = PeriodKind.month.parseLabel("2022-05")!
        let strays = Coverage(runs: [day("2022-05-10") ... day("2022-05-10"), day("2022-05-20") ... day("2022-05-20"),
                                     day("2023-01-01") ... day("2023-05-28")])!
        #expect(ChartWords.partialNote(strays.extent(of: may, kind: .month), key: may, kind: .month) == "partial: data for 10 and 20 May only")
        let q2 = PeriodKind.quarter.parseLabel("2022-Q2")!
        let apart = Coverage(runs: [day("2022-04-30") ... day("2022-04-30"), day("2022-05-02") ... day("2022-05-02"),
                                    day("2023-01-01") ... day("2023-05-28")])!
        #expect(ChartWords.partialNote(apart.extent(of: q2, kind: .quarter), key: q2, kind: .quarter) == "partial: data for 30 April and 2 May only")
        let expected = ["fr": "partiel : données des 10 et 20 mai seulement", "es": "parcial: datos solo de los días 10 y 20 de mayo"]
        for (id, words) in expected {
            let locale = try #require(DisplayLocale(identifier: id))
            DisplayLocale.with(locale) {
                #expect(ChartWords.partialNote(strays.extent(of: may, kind: .month), key: may, kind: .month) == words, "\(id)")
            }
        }
    }

    /// review18 #6: a year whose data has a gap between two runs (an Iraq monitor to 28
    /// February 2023, then December) was covered from its first day to its last, so
    /// the note had nothing to say and a report wrote "no Iraq monitor data" beside
    /// Iraq's 900. The words list the days covered, for a period and for dates alike.
    @Test func aPeriodWithAHoleListsTheDaysCovered() {
        let coverage = Coverage(runs: [day("2022-01-01") ... day("2023-02-28"), day("2023-12-01") ... day("2023-12-31")])!
        let y2023 = PeriodKind.year.parseLabel("2023")!
        let words = "partial: data to 28 February 2023 and data from 1 December 2023"
        #expect(ChartWords.partialNote(coverage.extent(of: y2023, kind: .year), key: y2023, kind: .year) == words)
        #expect(ChartWords.partialNote(coverage, shown: day("2023-01-01") ... day("2023-12-31")) == words)
        let named = ChartWords.partialNote([(name: "Iraq monitor", extent: coverage.extent(of: y2023, kind: .year))],
                                           key: y2023, kind: .year, naming: true)
        #expect(named == "partial: Iraq monitor data to 28 February 2023 and data from 1 December 2023")
        // Three runs in a quarter, one of them a single day, said in the quarter's year.
        let three = Coverage(runs: [day("2023-04-01") ... day("2023-04-10"), day("2023-05-15") ... day("2023-05-15"),
                                    day("2023-06-20") ... day("2023-07-31")])!
        let q2 = PeriodKind.quarter.parseLabel("2023-Q2")!
        #expect(ChartWords.partialNote(three.extent(of: q2, kind: .quarter), key: q2, kind: .quarter)
                == "partial: data to 10 April and data for 15 May only and data from 20 June")
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
        ["Idlib District", "Aleppo Governorate"],       // not the same unit
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

    /// Hostile review of issue 13, F8: UCDP writes one of Bangladesh's eight divisions
    /// "Mymensingh division", and that one name kept "Division" on every label (and the
    /// headline said "province"). A unit word matches in any case and in the spellings
    /// ``UnitWords`` knows; it is printed as most names write it.
    @Test func aUnitWordMatchesInAnyCaseOrLanguage() {
        let bangladesh = ["Chittagong Division", "Khulna Division", "Rajshahi Division", "Dhaka Division", "Mymensingh division"]
        let s = SharedSuffix.of(bangladesh)
        #expect(s?.words == "Division")
        #expect(bangladesh.map { s?.strip($0) } == ["Chittagong", "Khulna", "Rajshahi", "Dhaka", "Mymensingh"])
        #expect(ChartWords.unit(s) == "division")
        #expect(SharedSuffix.of(["Idlib governorate", "Aleppo Governorate", "Hama Governorate", "Homs GOVERNORATE"])?.words == "Governorate")
        // Spellings of one unit in other languages, as data mix them.
        let mixed = SharedSuffix.of(["Balkh Province", "Kabul Provincia", "Herat Province"])
        #expect(mixed?.words == "Province")
        #expect(mixed?.strip("Kabul Provincia") == "Kabul")
        #expect(SharedSuffix.of(["Dhaka বিভাগ", "Khulna Division"])?.strip("Dhaka বিভাগ") == "Dhaka")
        // Words before the unit still match word for word, without case.
        #expect(SharedSuffix.of(["Nord Al Wilaya", "Sud al wilayah"])?.words == "Al Wilaya")
        // Two units are not one: Myanmar's "Bago Division" and "Shan State".
        #expect(SharedSuffix.of(["Bago Division", "Shan State"]) == nil)
        #expect(SharedSuffix.of(["Bago Division", "Yangon  region"]) == nil)
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

    /// Hostile review of issue 13, F8: a province of a joint region read "Nineveh (Iraq
    /// and Syria (joint))", brackets in brackets. The region is worded once, inside the
    /// name's brackets; with two parents, `;` keeps its commas apart.
    @Test func aJointParentIsWordedOnceInsideTheBrackets() {
        let adm1 = Grouping([.adm1])
        #expect(Bidi.stripped(GroupLabel.of(values: ["Iraq;Syria", "Nineveh"], grouping: adm1, fallback: "")) == "Nineveh (Iraq and Syria, joint)")
        #expect(Bidi.stripped(GroupLabel.of(values: ["Iraq;Syria;Turkey", "Nineveh"], grouping: adm1, fallback: ""))
                == "Nineveh (Iraq, Syria and Turkey, joint)")
        #expect(Bidi.stripped(GroupLabel.of(values: ["Iraq;Syria", ""], grouping: adm1, fallback: "")) == "Iraq and Syria, joint (province not given)")
        let adm2 = Grouping([.adm2])
        #expect(Bidi.stripped(GroupLabel.of(values: ["Iraq;Syria", "Nineveh", "Mosul"], grouping: adm2, fallback: ""))
                == "Mosul (Nineveh; Iraq and Syria, joint)")
        #expect(Bidi.stripped(GroupLabel.of(values: ["Syria", "Aleppo", "Al Bab"], grouping: adm2, fallback: "")) == "Al Bab (Aleppo, Syria)")
        // Standing alone, the region keeps its own words.
        #expect(GroupLabel.of(values: ["Iraq;Syria"], grouping: Grouping([.country]), fallback: "") == "Iraq and Syria (joint)")
    }

    /// review41 N2: a name that carries its own brackets before the label's brackets read
    /// `Idlib (province) (Syria)`, and UCDP's `Myanmar (Burma)` as a parent nested
    /// (`Shan State (Myanmar (Burma))`, the real ucdp_ged191_mmr_bgd.csv by adm1). Such a
    /// name was then quoted (`Shan State (“Myanmar (Burma)”)`, 25 bars of the real chart);
    /// a newsroom writes `Shan State, Myanmar (Burma)`: a label with parents where a name
    /// carries brackets takes a comma and no quotes; a plain name keeps its brackets; a
    /// joint region quotes its own members once.
    @Test func namesCarryingBracketsAreWrittenWithACommaInALabel() {
        let adm1 = Grouping([.adm1])
        #expect(Bidi.stripped(GroupLabel.of(values: ["Syria", "Idlib (province)"], grouping: adm1, fallback: "")) == "Idlib (province), Syria")
        #expect(Bidi.stripped(GroupLabel.of(values: ["Myanmar (Burma)", "Shan State"], grouping: adm1, fallback: "")) == "Shan State, Myanmar (Burma)")
        #expect(Bidi.stripped(GroupLabel.of(values: ["Myanmar (Burma)", ""], grouping: adm1, fallback: "")) == "Myanmar (Burma), province not given")
        #expect(Bidi.stripped(GroupLabel.of(values: ["Bangladesh;Myanmar (Burma)", "Rakhine"], grouping: adm1, fallback: ""))
                == "Rakhine (Bangladesh and “Myanmar (Burma)”, joint)")
        #expect(GroupLabel.of(values: ["Bangladesh;Myanmar (Burma)"], grouping: Grouping([.country]), fallback: "") == "Bangladesh and “Myanmar (Burma)” (joint)")
        #expect(Bidi.stripped(GroupLabel.of(values: ["Syria", "Idlib"], grouping: adm1, fallback: "")) == "Idlib (Syria)")
        // A district within a bracketed province and its country: every parent after a comma.
        #expect(Bidi.stripped(GroupLabel.of(values: ["Syria", "Idlib (province)", "Harim"], grouping: Grouping([.adm1, .adm2]), fallback: ""))
                == "Harim, Idlib (province), Syria")
        let ar = DisplayLocale.with(DisplayLocale(identifier: "ar")!) {
            Bidi.stripped(GroupLabel.of(values: ["Myanmar (Burma)", "Shan State"], grouping: adm1, fallback: ""))
        }
        #expect(ar == "Shan State، Myanmar (Burma)")
        let fr = DisplayLocale.with(DisplayLocale(identifier: "fr")!) {
            Bidi.stripped(GroupLabel.of(values: ["Syria", "Idlib (province)"], grouping: adm1, fallback: ""))
        }
        #expect(fr == "Idlib (province), Syria")
        let foot = DisplayLocale.with(DisplayLocale(identifier: "es")!) {
            ChartWords.twoLevelsFootnote([TwoLevelStock(place: "\"Idlib (province)\" (Syria)", measure: "fighters", period: "2023-02",
                                                        within: (name: "Idlib (province)", parent: "Syria"))], measure: "fighters")
        }
        #expect(foot?.hasPrefix("«Idlib (province)» (Syria), ") == true, "\(foot ?? "none")")
    }

    /// One chart does not mix `Shan State, Myanmar (Burma)` with `Chittagong Division
    /// (Bangladesh)`: when a name among its groups carries brackets, every label with
    /// parents takes the comma form (the real ucdp_ged191_mmr_bgd.csv by adm1).
    @Test func oneChartWritesAllItsLabelsInOneForm() throws {
        let result = AggregateResult(grouping: Grouping([.adm1]), period: .all, rows: [
            row("Shan State", 5_523, country: "Myanmar (Burma)"), row("Chittagong Division", 749, country: "Bangladesh"),
            row("", 3_253, country: "Myanmar (Burma)"), row("", 72, country: "Bangladesh"),
        ])
        #expect(try BarChart.bars(from: result, measure: "killed").map { Bidi.stripped($0.label) }
                == ["Shan State, Myanmar (Burma)", "Chittagong Division, Bangladesh",
                    "Myanmar (Burma), province not given", "Bangladesh, province not given"])
        let plain = AggregateResult(grouping: Grouping([.adm1]), period: .all, rows: [
            row("Idlib", 300), row("Chittagong Division", 749, country: "Bangladesh"),
        ])
        #expect(try BarChart.bars(from: plain, measure: "killed").map { Bidi.stripped($0.label) }
                == ["Chittagong Division (Bangladesh)", "Idlib (Syria)"])
        // review43 N1: a name with a comma of its own keeps the chart in the bracket form
        // (`North Kivu, Congo, Dem. Rep.` would not say where the place ends).
        let commas = AggregateResult(grouping: Grouping([.adm1]), period: .all, rows: [
            row("North Kivu", 300, country: "Congo, Dem. Rep."), row("Shan State", 200, country: "Myanmar (Burma)"),
        ])
        #expect(try BarChart.bars(from: commas, measure: "killed").map { Bidi.stripped($0.label) }
                == ["North Kivu (Congo, Dem. Rep.)", "Shan State (“Myanmar (Burma)”)"])
        #expect(Bidi.stripped(GroupLabel.of(values: ["Colombia", "Bogotá, D.C."], grouping: Grouping([.adm1]), fallback: ""))
                == "Bogotá, D.C. (Colombia)")
    }

    /// Hostile review of issue 13, F8: names that all say "Governorate" had their missing
    /// one called "(province not given)". The not-given label takes the data's own unit.
    @Test func theNotGivenLabelUsesTheDataUnit() throws {
        let result = AggregateResult(grouping: Grouping([.adm1]), period: .all, rows: [
            row("Idlib Governorate", 300), row("Aleppo Governorate", 90), row("", 50),
        ])
        #expect(try BarChart.bars(from: result, measure: "killed").map { Bidi.stripped($0.label) }
                == ["Idlib", "Aleppo", "(governorate not given)"])
        let bangladesh = AggregateResult(grouping: Grouping([.adm1]), period: .all, rows: [
            row("Dhaka Division", 30, country: "Bangladesh"), row("Mymensingh division", 9, country: "Bangladesh"),
            row("", 4, country: "Bangladesh"),
        ])
        #expect(try BarChart.bars(from: bangladesh, measure: "killed").map { Bidi.stripped($0.label) }
                == ["Dhaka", "Mymensingh", "(division not given)"])
        #expect(GroupLabel.sharedSuffix(in: bangladesh, measure: "killed")?.phrase == "Divisions of Bangladesh")
        // Without a shared unit the reader's word for the level stays, or the one the
        // country uses for its first-level places (review29 N3: Syria's are governorates).
        let plain = AggregateResult(grouping: Grouping([.adm1]), period: .all,
                                    rows: [row("Balkh", 300, country: "Afghanistan"), row("", 50, country: "Afghanistan")])
        #expect(try BarChart.bars(from: plain, measure: "killed").map { Bidi.stripped($0.label) } == ["Balkh", "(province not given)"])
        #expect(GroupLabel.placeUnit(in: plain, measure: "killed") == nil)
        let syria = AggregateResult(grouping: Grouping([.adm1]), period: .all, rows: [row("Idlib", 300), row("", 50)])
        #expect(try BarChart.bars(from: syria, measure: "killed").map { Bidi.stripped($0.label) } == ["Idlib", "(governorate not given)"])
        #expect(GroupLabel.placeUnit(in: syria, measure: "killed") == "governorate")
        #expect(ChartWords.barTitle(measure: "killed", grouping: Grouping([.adm1]), unit: GroupLabel.placeUnit(in: syria, measure: "killed"))
                == "Killed by governorate")
        // Countries that call them differently: the default noun.
        let mixed = AggregateResult(grouping: Grouping([.adm1]), period: .all,
                                    rows: [row("Idlib", 300), row("Balkh", 50, country: "Afghanistan")])
        #expect(GroupLabel.placeUnit(in: mixed, measure: "killed") == nil)
        DisplayLocale.with(DisplayLocale(identifier: "ar")!) {
            #expect((try? BarChart.bars(from: syria, measure: "killed").map { Bidi.stripped($0.label) }) == ["Idlib", "(دون تحديد المحافظة)"])
        }
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
