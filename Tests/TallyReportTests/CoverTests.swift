import Testing
import TallyCharts
import TallyCore
import TallyIO
@testable import TallyReport

/// Issue 13, item 11: the cover's byline, its lead figure and the summary written from
/// the figures.
@Suite struct CoverTests {
    func build(_ rows: [String], extra: String = "", sections: String = "  - type: summary\n",
               period: String = "2023-04", text: String? = nil) throws -> ReportContent {
        let spec = try oneDatasetSpec(text ?? csv(rows), folder: "cover", extra: extra, sections: sections)
        var data = try ReportData.load(spec)
        let key = PeriodKind.month.parseLabel(period)!
        try data.loadPeriod(key, spec: spec)
        return try ContentBuilder(spec: spec, data: data, key: key).build()
    }

    static let rows = [
        "2023-03-10,A,North,x,killed,10,10,10", "2023-04-10,A,North,x,killed,8,9,12", "2023-04-12,A,South,y,killed,4,6,8",
        "2023-03-11,A,North,x,injured,2,2,2", "2023-04-11,A,South,y,injured,6,6,6",
    ]
    static let table = "  - type: summary\n  - type: table\n    by: adm1\n"

    @Test func theLeadIsTheBestEstimateWithItsRangeBeside() throws {
        let c = try build(Self.rows, extra: "coverage: {from: 2023-03-01, to: 2023-04-30}", sections: Self.table)
        #expect(c.cover.lead == LeadFigure(figure: "15", beside: "best estimate; range 12–20", caption: "Killed, April 2023"))
        // The largest change between two complete months, with the places of the lead measure.
        #expect(c.cover.summary == "By place: North 9 (8–12); South 6 (4–8). "
            + "The largest change from March 2023 was in injured, which rose from 2 to 6 (+200%).")
        #expect(c.cover.byline == "")
    }

    /// A stock whose figure adds a country's own stock to its provinces' (review32 N3: the
    /// note reached standard error only and the cover showed 10,600 with no word).
    @Test func aStockAtTwoLevelsIsSaidOnTheCover() throws {
        let rows = ["2023-04-01,Syria,,x,members,6000,6000,6000", "2023-04-01,Syria,Raqqa,x,members,100,100,100",
                    "2023-04-01,Syria,Idlib,x,members,1500,1500,1500", "2023-04-01,Iraq,,x,members,3000,3000,3000"]
        let c = try build(rows, extra: "coverage: {from: 2023-04-01, to: 2023-04-30}\nstocks: [members]")
        #expect(c.cover.lead?.figure == "10,600")
        #expect(c.cover.summary.contains("Syria, members: figures for the whole place and for places within it are added; some may be counted twice."),
                "\(c.cover.summary)")
        let plain = try build(["2023-04-01,Syria,Raqqa,x,members,100,100,100", "2023-04-01,Syria,Idlib,x,members,1500,1500,1500"],
                              extra: "coverage: {from: 2023-04-01, to: 2023-04-30}\nstocks: [members]")
        #expect(!plain.cover.summary.contains("counted twice"), "\(plain.cover.summary)")
    }

    /// The headline is a total by measure whatever the sections group by (stop 38,
    /// stocks4 item 1): with a bar by actor, a `Total` actor's 12,000 was added to HTS's
    /// 10,000 and Hurras al-Din's 2,000 in the headline, 24,000, with no word on the cover
    /// (the note was worked out at the sections' grouping, by actor, where nothing is
    /// summed). Likewise an adm_1 `Total` beside governorates under a bar by adm1, and a
    /// joint region beside its member countries under a bar by country.
    @Test func theHeadlinesOwnSumIsSaidWhateverTheSectionsGroupBy() throws {
        let extra = "coverage: {from: 2023-04-01, to: 2023-04-30}\nstocks: [members]"
        func bar(_ by: String) -> String { "  - type: summary\n  - type: bar\n    measure: members\n    by: [\(by)]\n" }
        let actors = ["2023-04-10,Syria,Idlib,HTS,members,10000,10000,10000", "2023-04-10,Syria,Idlib,Hurras al-Din,members,2000,2000,2000"]
        // A cell for all actors together beside its parts: refused, the headline's sum too
        // (stocks6 item 4; it was 24,000 with this sentence).
        for total in ["Total", "All groups", "Tous", "الإجمالي"] {
            let m = errorOf { _ = try build(actors + ["2023-04-10,Syria,Idlib,\(total),members,12000,12000,12000"], extra: extra, sections: bar("actor")) }
            #expect(m?.exitCode == 65 && m?.description.contains("with actor \"\(total)\" (12,000), a figure for all actors together, would be added") == true,
                    "\(total): \(m?.description ?? "built")")
        }
        let places = ["2023-04-10,Syria,Idlib,HTS,members,10000,10000,10000", "2023-04-10,Syria,Aleppo,HTS,members,2000,2000,2000"]
        for total in ["Total", "All", "Overall", "Todos"] {
            let c = try build(places + ["2023-04-10,Syria,\(total),HTS,members,12000,12000,12000"], extra: extra, sections: bar("adm1"))
            #expect(c.cover.lead?.figure == "24,000")
            #expect(c.cover.summary.contains("Syria, members: figures for the whole place and for places within it are added; some may be counted twice."),
                    "\(total): \(c.cover.summary)")
        }
        let joint = ["2023-04-10,Iraq;Syria,,IS,members,5000,6000,7000", "2023-04-10,Syria,,IS,members,3000,3000,3000"]
        let j = try build(joint, extra: extra, sections: bar("country"))
        #expect(j.cover.summary.contains("Iraq and Syria (joint), members: figures for a joint region and for its member countries are added"),
                "\(j.cover.summary)")
        // The honest twins: named actors and places side by side say nothing.
        for (rows, by) in [(actors, "actor"), (places, "adm1")] {
            let c = try build(rows, extra: extra, sections: bar(by))
            #expect(c.cover.lead?.figure == "12,000")
            #expect(!c.cover.summary.contains("counted twice"), "\(c.cover.summary)")
        }
    }

    /// review44 N3: a compared month whose rows are strays before a long gap (the coverage
    /// starts after them) showed its figure beside "before the data", which says it has
    /// none. Now "stray records outside the data's coverage", in each language; a month
    /// with no rows before the data still says "before the data". (coverage10 F9: a
    /// stock's figure there is one observation, not stray records: "an observation dated
    /// outside the days the data's event records cover".)
    @Test func strayRowsBeforeTheCoverageAreSaidAsSuch() throws {
        let rows = ["2023-01-05,Syria,,HTS,members,9000,9000,9000", "2023-03-05,Syria,,HTS,members,1000,1000,1000",
                    "2023-04-02,Syria,,HTS,members,10000,10000,10000", "2023-04-03,Syria,,HTS,killed,5,5,5"]
        let sections = "  - type: summary\n    measures: [members, killed]\n"
        let c = try build(rows, extra: "stocks: [members]", sections: sections)
        guard case let .summary(h) = c.sections[0].body else { Issue.record("no summary"); return }
        #expect(h[0].comparisons.first == "March 2023: 1,000 (an observation dated outside the days the data's event records cover; no change given)", "\(h[0].comparisons)")
        #expect(h[0].comparisons.allSatisfy { !$0.contains("1,000 (before the data") }, "\(h[0].comparisons)")
        #expect(h[1].comparisons.first == "March 2023: before the data", "\(h[1].comparisons)")
    }

    /// stocks6 item 3: the cover's "counted twice" sentence was matched by measure only,
    /// so an adm_1 `Overall` row of 2022-11 beside its governorates made April 2023's cover
    /// say its headline adds a whole place to its parts. Now by the period shown.
    @Test func theCountedTwiceSentenceIsOfThePeriodShown() throws {
        let rows = ["2022-11-10,Syria,Idlib,HTS,members,10000,10000,10000", "2022-11-10,Syria,Aleppo,HTS,members,2000,2000,2000",
                    "2022-11-10,Syria,Overall,HTS,members,12000,12000,12000",
                    "2023-04-10,Syria,Idlib,HTS,members,10000,10000,10000", "2023-04-10,Syria,Aleppo,HTS,members,2000,2000,2000"]
        let sections = "  - type: summary\n  - type: bar\n    measure: members\n    by: [adm1]\n"
        let april = try build(rows, extra: "stocks: [members]", sections: sections)
        #expect(april.cover.lead?.figure == "12,000")
        #expect(!april.cover.summary.contains("counted twice"), "\(april.cover.summary)")
        let november = try build(rows, extra: "stocks: [members]", sections: sections, period: "2022-11")
        #expect(november.cover.summary.contains("Syria, members: figures for the whole place and for places within it are added; some may be counted twice."),
                "\(november.cover.summary)")
        // A bar by country's footnote likewise (review44: it was matched by measure only,
        // so April's bar said November's sum).
        let byCountry = "  - type: summary\n  - type: bar\n    measure: members\n    by: [country]\n"
        for (period, said) in [("2023-04", false), ("2022-11", true)] {
            let content = try build(rows, extra: "stocks: [members]", sections: byCountry, period: period)
            guard case let .chart(c) = content.sections[1].body, let bar = c.drawing as? BarChart else { Issue.record("no bar"); continue }
            #expect(bar.text.source.contains("counted twice") == said, "\(period): \(bar.text.source)")
        }
    }

    /// stocks6 item 2: a report was refused for one group under two names (`IS`, `ISIS`)
    /// or a `Total` actor beside its parts in 2022-11, a period it does not show; now
    /// only a period it shows refuses (its own, the change's, a timeline's window), the
    /// others are said on standard error.
    @Test func aRefusedSumOfStocksRefusesOnlyThePeriodsShown() throws {
        let named = ["2023-04-10,Syria,Idlib,HTS,members,10000,10000,10000", "2023-04-10,Syria,Idlib,Hurras al-Din,members,2000,2000,2000"]
        for old in [["2022-11-10,Syria,,IS,members,5000,5000,5000", "2022-11-11,Syria,,ISIS,members,6000,6000,6000"],
                    ["2022-11-10,Syria,Idlib,HTS,members,10000,10000,10000", "2022-11-10,Syria,Idlib,Total,members,12000,12000,12000"]] {
            for sections in ["  - type: summary\n", "  - type: summary\n  - type: bar\n    measure: members\n    by: [actor]\n"] {
                let spec = try oneDatasetSpec(csv(named + old), folder: "cover", extra: "stocks: [members]", sections: sections)
                var data = try ReportData.load(spec)
                try data.loadPeriod(PeriodKind.month.parseLabel("2023-04")!, spec: spec)
                #expect(data.readNotes.contains { $0.hasPrefix("in a period this report does not show, and so not refused: 2022-11, members:") },
                        "\(data.readNotes)")
                let c = try ContentBuilder(spec: spec, data: data, key: PeriodKind.month.parseLabel("2023-04")!).build()
                #expect(c.cover.lead?.figure == "12,000")
                // The period that holds them, or a timeline reaching it, refuses.
                let shown = errorOf { _ = try build(named + old, extra: "stocks: [members]", sections: sections, period: "2022-11") }
                #expect(shown?.exitCode == 65, "\(shown?.description ?? "built")")
                let timeline = sections + "  - type: timeline\n    measure: members\n    periods: 6\n"
                let reaching = errorOf { _ = try build(named + old, extra: "stocks: [members]", sections: timeline) }
                #expect(reaching?.exitCode == 65, "\(reaching?.description ?? "built")")
            }
        }
    }

    /// stocks6 item 1: two names that look like one group, both added in the headline,
    /// are named on the cover of the period that adds them.
    @Test func namesThatLookLikeOneGroupAreSaidOnTheCover() throws {
        let rows = ["2023-04-10,Syria,,FSA,members,2000,2000,2000", "2023-04-11,Syria,,Free Syrian Army,members,4000,4000,4000"]
        for sections in ["  - type: summary\n", "  - type: summary\n  - type: bar\n    measure: members\n    by: [actor]\n"] {
            let c = try build(rows, extra: "stocks: [members]", sections: sections)
            #expect(c.cover.lead?.figure == "6,000")
            #expect(c.cover.summary.contains("Syria, members: “FSA” and “Free Syrian Army” are added as two groups; they may be one group "
                + "written two ways, counted twice."), "\(c.cover.summary)")
        }
        let apart = try build(["2023-04-10,Iraq,,PMF,members,2000,2000,2000", "2023-04-11,Iraq,,Kataib Hezbollah,members,4000,4000,4000"],
                              extra: "stocks: [members]")
        #expect(!apart.cover.summary.contains("may be one group"), "\(apart.cover.summary)")
    }

    @Test func aPartialPeriodGetsNoChangeAndSaysWhy() throws {
        let c = try build(Self.rows, extra: "coverage: {from: 2023-03-01, to: 2023-04-20}", sections: Self.table)
        #expect(c.cover.lead?.caption == "Killed, April 2023 (partial: data to 20 April)")
        #expect(!c.cover.summary.contains("%"))
        #expect(!c.cover.summary.contains("rose") && !c.cover.summary.contains("fell"))
        #expect(c.cover.summary.contains("April 2023 is covered only in part (data to 20 April), so no change against earlier periods is given."))
    }

    @Test func aComparisonWithAnUncoveredMonthIsNeverAPercentage() throws {
        // March is covered only from the 5th: "+x%" against it would compare with a part.
        let c = try build(Self.rows, extra: "coverage: {from: 2023-03-05, to: 2023-04-30}", sections: Self.table)
        #expect(!c.cover.summary.contains("%"), "\(c.cover.summary)")
    }

    @Test func openEndsAndUnobservedStocksAreSaid() throws {
        let c = try build([], extra: "coverage: {from: 2023-02-01, to: 2023-04-30}",
                          text: "id,date_start,country,measure,estimate,source\n"
                              + "a,2023-04-10,A,killed,at least 12,s\nb,2023-02-01,A,members,\"6,000 (5,000-7,000)\",s\n")
        #expect(c.cover.lead?.figure == "12+")
        #expect(c.cover.lead?.beside == "at least 12; no upper bound")
        #expect(c.cover.summary.contains("The killed total has no upper bound"))
        #expect(c.cover.summary.contains("Members had no observation in April 2023; the last, in February 2023, was 6,000 (5,000–7,000)."))
    }

    @Test func aRangeWithoutABestIsTheLargeFigureItself() {
        let e = Estimate(unchecked: 5000, best: 6000, high: 7000, bestStated: false)
        #expect(ContentBuilder.large(e) == "5,000–7,000")
        #expect(ContentBuilder.beside(e) == "range given, no best estimate")
        #expect(ContentBuilder.large(Estimate(unchecked: 40, best: 40, high: 40, approximate: true)) == "~40")
    }

    /// Hostile review of issue 10: "15+ (best 16)" plus 3 made the cover print a large
    /// "19+" beside "at least 18": in tally's notation "19+" claims at least 19.
    @Test func anOpenEndWithABestAboveItsLowGetsNoPlus() {
        let e = Estimate(unchecked: 18, best: 19, high: nil)
        #expect(ContentBuilder.large(e) == "19")
        #expect(ContentBuilder.beside(e) == "best estimate; at least 18, no upper bound")
        #expect(ContentBuilder.large(Estimate(unchecked: 1_401, best: 1_490, high: nil, approximate: true)) == "~1,490")
        #expect(ContentBuilder.large(Estimate(unchecked: 12, best: 12, high: nil)) == "12+")
    }

    /// review46 S1: an open end whose best is no source's (a sum of "at least 12" and
    /// "5,000 to 7,000": best 6,012, 6,000 of it a midpoint by rule) was the cover's large
    /// "best estimate" (`~6,359` beside "best estimate; at least ~5,352, no upper bound").
    /// It is its floor alone, and the headline figure too.
    @Test func anOpenEndWithNoStatedBestIsItsFloorAlone() throws {
        let e = Estimate(unchecked: 5_352, best: 6_359, high: nil, approximate: true, bestStated: false)
        #expect(ContentBuilder.large(e) == "~5,352+")
        #expect(ContentBuilder.beside(e) == "at least ~5,352; no upper bound")
        let text = """
        date_start,country,adm_1,actor,measure,estimate
        2023-04-03,Syria,Hama,x,killed,"5,000 to 7,000"
        2023-04-04,Syria,Homs,x,killed,"307 (300-323)"
        2023-04-05,Syria,Aleppo,x,killed,~40
        2023-04-06,Syria,Idlib,x,killed,at least 12

        """
        let c = try build([], extra: "coverage: {from: 2023-04-01, to: 2023-04-30}", sections: Self.table, text: text)
        #expect(c.cover.lead == LeadFigure(figure: "~5,352+", beside: "at least ~5,352; no upper bound", caption: "Killed, April 2023"),
                "\(String(describing: c.cover.lead))")
        #expect(!c.cover.summary.contains("6,359"), "\(c.cover.summary)")
        guard case let .summary(headlines) = c.sections[0].body else { Issue.record("no summary"); return }
        let killed = try #require(headlines.first { $0.measure == "killed" }?.figure)
        #expect(killed.best == 6_359 && !killed.bestStated && ChartWords.figure(killed) == "at least ~5,352")
        // The stated twin keeps its best: "at least 12" beside "307 (300-323)" alone.
        let stated = try build([], extra: "coverage: {from: 2023-04-01, to: 2023-04-30}", sections: Self.table, text: """
        date_start,country,adm_1,actor,measure,estimate
        2023-04-04,Syria,Homs,x,killed,"307 (300-323)"
        2023-04-06,Syria,Idlib,x,killed,at least 12

        """)
        #expect(stated.cover.lead?.figure == "319" && stated.cover.lead?.beside == "best estimate; at least 312, no upper bound")
    }

    /// review38 N8: an approximate open-ended figure lost its sign on the low beside the
    /// large number ("~10,000 best estimate; at least 9,000") where the headline wrote
    /// "(at least ~9,000)". The floor keeps it; an exact one is as before.
    @Test func anApproximateFloorKeepsItsSign() {
        #expect(ContentBuilder.beside(Estimate(unchecked: 9_000, best: 10_000, high: nil, approximate: true))
                == "best estimate; at least ~9,000, no upper bound")
        #expect(ContentBuilder.beside(Estimate(unchecked: 9_000, best: 9_000, high: nil, approximate: true)) == "at least ~9,000; no upper bound")
        #expect(ContentBuilder.beside(Estimate(unchecked: 18, best: 19, high: nil)) == "best estimate; at least 18, no upper bound")
    }

    @Test func bylineComesFromTheSpec() throws {
        let c = try build(Self.rows, extra: "author: Jane Doe\norganisation: Graphics desk\npublished: 2023-05-05")
        #expect(c.cover.byline == "By Jane Doe · Graphics desk · Published 5 May 2023")
        do {
            _ = try build(Self.rows, extra: "published: May 2023")
            Issue.record("accepted")
        } catch let error as TallyError {
            #expect(error.exitCode == 64 && error.message.contains("published: \"May 2023\" is not a date (YYYY-MM-DD)"), "\(error.message)")
        } catch { Issue.record("\(error)") }
    }

    /// The cover's parts stack without overlapping, inside the text column, with the
    /// old "Period: April 2023 (2023-04)" line gone.
    @Test func coverPartsDoNotOverlap() throws {
        let c = try build(Self.rows, extra: "author: Jane Doe\npublished: 2023-05-05", sections: Self.table)
        let style = PageStyle(paper: .a4)
        let canvas = RecordingDocumentCanvas()
        let layout = PageLayout(style: style, canvas: canvas)
        let items = try layout.items(for: c)
        let drawer = PageDrawer(style: style, content: c)
        drawer.draw(PlacedBlock(block: items[0].block, y: style.content.minY, height: items[0].height), on: canvas)
        let texts = canvas.base.texts
        #expect(!texts.contains { $0.string.hasPrefix("Period:") })
        for (i, a) in texts.enumerated() {
            #expect(a.box.minX >= style.content.minX - 0.5 && a.box.maxX <= style.content.maxX + 0.5, "\(a.string)")
            #expect(a.box.maxY <= style.content.minY + items[0].height, "\(a.string) below the cover block")
            for b in texts[(i + 1)...] {
                let overlap = a.box.minX < b.box.maxX && b.box.minX < a.box.maxX && a.box.minY < b.box.maxY - 0.5 && b.box.minY < a.box.maxY - 0.5
                #expect(!overlap, "'\(a.string)' overlaps '\(b.string)'")
            }
        }
        #expect(texts.map(\.string).contains("15"))
        #expect(texts.map(\.string).contains("best estimate; range 12–20"))
    }

    /// review28 S7: a change is stated only as far as the two figures support it. An
    /// open-ended February read "Killed fell from 93 in January 2023 to at least 91
    /// (−2%)": February may be 1,000.
    func twoMonths(_ january: String, _ february: String) throws -> ReportContent {
        try build([], extra: "coverage: {from: 2023-01-01, to: 2023-02-28}", period: "2023-02",
                  text: "id,date_start,country,measure,estimate,source\n"
                      + "a,2023-01-10,A,killed,\"\(january)\",s\nb,2023-02-10,A,killed,\"\(february)\",s\n")
    }

    @Test func aLaterFigureWithNoUpperBoundGetsNoDirectionAndNoPercentage() throws {
        let c = try twoMonths("93", "at least 91")
        #expect(!c.cover.summary.contains("fell") && !c.cover.summary.contains("%"), "\(c.cover.summary)")
        #expect(c.cover.summary.contains("Killed: at least 91, against 93 in January 2023; no rise or fall can be given, as February 2023 has no upper bound."),
                "\(c.cover.summary)")
        guard case let .summary(h) = c.sections[0].body else { Issue.record("no summary"); return }
        #expect(h[0].comparisons[0] == "January 2023: 93 (February 2023 has no upper bound; no change given)", "\(h[0].comparisons)")
    }

    @Test func twoOpenFiguresGetNoDirection() throws {
        let c = try twoMonths("at least 135", "at least 124")
        #expect(c.cover.summary.contains("Killed: at least 124, against at least 135 in January 2023; no rise or fall can be given, as neither has an upper bound."),
                "\(c.cover.summary)")
        let earlier = try twoMonths("at least 135", "12")
        // At least 135, then 12: it fell, though by how much is not known.
        #expect(earlier.cover.summary.contains("Killed fell from at least 135 in January 2023 to 12; no percentage is given, as January 2023 has no upper bound."),
                "\(earlier.cover.summary)")
        let unknown = try twoMonths("at least 10", "12")
        #expect(unknown.cover.summary.contains("no rise or fall can be given, as January 2023 has no upper bound"), "\(unknown.cover.summary)")
    }

    @Test func aFloorAboveTheEarlierHighGivesTheDirectionAlone() throws {
        let c = try twoMonths("93", "at least 120")
        #expect(c.cover.summary.contains("Killed rose from 93 in January 2023 to at least 120; no percentage is given, as February 2023 has no upper bound."),
                "\(c.cover.summary)")
        guard case let .summary(h) = c.sections[0].body else { Issue.record("no summary"); return }
        #expect(h[0].comparisons[0] == "January 2023: 93 (a rise since; February 2023 has no upper bound, so no percentage)", "\(h[0].comparisons)")
    }

    @Test func overlappingRangesGiveTheChangeOfBestsWithoutADirection() throws {
        // 400–500, then 300–900: the bests rose by a third, the figures may have fallen.
        let c = try twoMonths("450 (400-500)", "600 (300-900)")
        #expect(!c.cover.summary.contains("Killed rose") && !c.cover.summary.contains("which rose"), "\(c.cover.summary)")
        #expect(c.cover.summary.contains("Killed: 600 (300–900), against 450 (400–500) in January 2023 (+33% in best estimates; the ranges overlap, so the data does not say whether it rose or fell)."),
                "\(c.cover.summary)")
        guard case let .summary(h) = c.sections[0].body else { Issue.record("no summary"); return }
        #expect(h[0].comparisons[0] == "January 2023: 450 (400–500) (+33% in best estimates; the ranges overlap)", "\(h[0].comparisons)")
        // Ranges apart: the direction is the figures' own.
        let apart = try twoMonths("450 (400-500)", "700 (600-900)")
        #expect(apart.cover.summary.contains("Killed rose from 450 (400–500) in January 2023 to 700 (600–900) (+56%)."), "\(apart.cover.summary)")
    }

    @Test func aRangeWithNoBestGetsNoPercentage() throws {
        let c = try twoMonths("5,000 to 7,000", "6,500")
        #expect(!c.cover.summary.contains("%"), "\(c.cover.summary)")
        guard case let .summary(h) = c.sections[0].body else { Issue.record("no summary"); return }
        #expect(h[0].comparisons[0] == "January 2023: 5,000–7,000 (January 2023 is a range with no best estimate; no change given)", "\(h[0].comparisons)")
        let apart = try twoMonths("5,000 to 7,000", "9,000")
        guard case let .summary(h2) = apart.sections[0].body else { Issue.record("no summary"); return }
        #expect(h2[0].comparisons[0] == "January 2023: 5,000–7,000 (a rise since; January 2023 is a range with no best estimate, so no percentage)", "\(h2[0].comparisons)")
    }

    /// review38 S5: a stock's figures of two periods that add up different groups (Group
    /// A observed in January and March, Group B every month): March's 1,120 against
    /// February's 110 read "Members rose from 110 in February 2023 to 1,120 (+918%)". The
    /// difference is no rise of anything: no percentage and no direction, said why; the
    /// same groups in both give the change as before.
    @Test func aStockAddingUpOtherGroupsThanThePeriodBeforeGetsNoChange() throws {
        let rows = ["2023-01-10,Syria,,Group A,members,1000,1000,1000", "2023-01-12,Syria,,Group B,members,100,100,100",
                    "2023-02-12,Syria,,Group B,members,110,110,110", "2023-03-10,Syria,,Group A,members,1000,1000,1000",
                    "2023-03-12,Syria,,Group B,members,120,120,120", "2023-04-12,Syria,,Group B,members,130,130,130"]
        let extra = "coverage: {from: 2023-01-01, to: 2023-04-30}\nstocks: [members]"
        let march = try build(rows, extra: extra, period: "2023-03")
        #expect(march.cover.lead?.figure == "1,120")
        #expect(!march.cover.summary.contains("%") && !march.cover.summary.contains("rose"), "\(march.cover.summary)")
        #expect(march.cover.summary.contains("Members: 1,120, against 110 in February 2023; no rise or fall can be given, as the two figures "
                + "add up different groups or places, some observed in one period only."), "\(march.cover.summary)")
        guard case let .summary(h) = march.sections[0].body else { Issue.record("no summary"); return }
        #expect(h[0].comparisons[0] == "February 2023: 110 (the two figures add up different groups or places, some observed in one period "
                + "only; no change given)", "\(h[0].comparisons)")
        // April (Group B alone) against March (both): the same.
        let april = try build(rows, extra: extra, period: "2023-04")
        #expect(!april.cover.summary.contains("%") && !april.cover.summary.contains("fell"), "\(april.cover.summary)")
        // The same group in both months: the change is given.
        let one = try build(rows.filter { $0.contains("Group B") }, extra: extra, period: "2023-03")
        #expect(one.cover.summary.contains("Members rose from 110 in February 2023 to 120 (+9%)."), "\(one.cover.summary)")
        // Both groups in both months: the change is given too.
        let both = try build(rows + ["2023-02-10,Syria,,Group A,members,900,900,900"], extra: extra, period: "2023-03")
        #expect(both.cover.summary.contains("Members rose from 1,010 in February 2023 to 1,120 (+11%)."), "\(both.cover.summary)")
        // In every language of a brief.
        for (locale, words) in [("fr", "car les deux chiffres additionnent des groupes ou des lieux différents"),
                                ("es", "porque las dos cifras suman grupos o lugares distintos"),
                                ("ar", "لأن الجماعات أو الأماكن المجموعة في الرقمين مختلفة")] {
            let spec = try oneDatasetSpec(csv(rows), folder: "cover", extra: extra + "\nlocale: \(locale)", sections: "  - type: summary\n")
            let c = try DisplayLocale.with(spec.displayLocale) { () throws -> ReportContent in
                var data = try ReportData.load(spec)
                let key = PeriodKind.month.parseLabel("2023-03")!
                try data.loadPeriod(key, spec: spec)
                return try ContentBuilder(spec: spec, data: data, key: key).build()
            }
            #expect(c.cover.summary.contains(words) && !c.cover.summary.contains("%") && !c.cover.summary.contains("٪"), "\(locale): \(c.cover.summary)")
        }
    }

    /// review42 S3: a group observed at 0 is observed. Group A 1,000 in both months, Group
    /// B 500 in February and 0 in March: a fall, -33% (for a day the 0 was left out and the
    /// brief said the figures add up different groups, falsely). Group B observed, at 0
    /// or 0 to 50, in one month only (review41 R5): different groups, no change given;
    /// without B, A's +20%.
    @Test func aGroupObservedAtZeroIsObserved() throws {
        let extra = "coverage: {from: 2023-01-01, to: 2023-04-30}\nstocks: [members]"
        let fall = try build(["2023-02-10,Syria,,Group A,members,1000,1000,1000", "2023-03-10,Syria,,Group A,members,1000,1000,1000",
                              "2023-02-11,Syria,,Group B,members,500,500,500", "2023-03-11,Syria,,Group B,members,0,0,0"], extra: extra, period: "2023-03")
        #expect(fall.cover.summary.contains("Members fell from 1,500 in February 2023 to 1,000 (\u{2212}33%)."), "\(fall.cover.summary)")
        #expect(!fall.cover.summary.contains("add up different groups"), "\(fall.cover.summary)")
        let base = ["2023-02-10,Syria,,Group A,members,1000,1000,1000", "2023-03-10,Syria,,Group A,members,1200,1200,1200"]
        for zero in ["2023-03-10,Syria,,Group B,members,0,0,0", "2023-02-10,Syria,,Group B,members,0,0,0"] {
            let c = try build(base + [zero], extra: extra, period: "2023-03")
            #expect(!c.cover.summary.contains("%") && c.cover.summary.contains("add up different groups"), "\(zero): \(c.cover.summary)")
        }
        #expect(try build(base, extra: extra, period: "2023-03").cover.summary.contains("Members rose from 1,000 in February 2023 to 1,200 (+20%)."))
        let range = try build(base + ["2023-03-10,Syria,,Group B,members,0,0,50"], extra: extra, period: "2023-03")
        #expect(!range.cover.summary.contains("%") && range.cover.summary.contains("add up different groups"), "\(range.cover.summary)")
    }
}

/// review29 S4: two approximate figures give neither a direction nor a percentage
/// unless they lie further apart than their margin (a fifth either way), in every
/// place a change is said and in every language the brief is written in.
@Suite struct ApproximateChangeTests {
    func twoMonths(_ january: String, _ february: String, locale: String = "en") throws -> ReportContent {
        let spec = try oneDatasetSpec("id,date_start,country,measure,estimate,source\n"
                                          + "a,2023-01-10,A,killed,\"\(january)\",s\nb,2023-02-10,A,killed,\"\(february)\",s\n",
                                      folder: "cover", extra: "coverage: {from: 2023-01-01, to: 2023-02-28}\nlocale: \(locale)",
                                      sections: "  - type: summary\n")
        return try DisplayLocale.with(spec.displayLocale) { () throws -> ReportContent in
            var data = try ReportData.load(spec)
            let key = PeriodKind.month.parseLabel("2023-02")!
            try data.loadPeriod(key, spec: spec)
            return try ContentBuilder(spec: spec, data: data, key: key).build()
        }
    }

    func comparison(_ c: ReportContent) -> String {
        guard case let .summary(h) = c.sections[0].body else { return "" }
        return h[0].comparisons.first ?? ""
    }

    @Test func aboutOneHundredThenAboutOneHundredAndThreeIsNoRise() throws {
        let c = try twoMonths("about 100", "about 103")
        #expect(c.cover.summary.contains("Killed: ~103, against ~100 in January 2023; no rise or fall can be given, as both are approximate and too close to tell apart."),
                "\(c.cover.summary)")
        #expect(!c.cover.summary.contains("%") && !c.cover.summary.contains("rose"), "\(c.cover.summary)")
        #expect(comparison(c) == "January 2023: ~100 (both are approximate and too close to tell apart; no change given)")
        let down = try twoMonths("about 103", "about 100")
        #expect(!down.cover.summary.contains("fell") && !down.cover.summary.contains("%"), "\(down.cover.summary)")
        let same = try twoMonths("about 100", "about 100")
        #expect(comparison(same) == "January 2023: ~100 (both are approximate and too close to tell apart; no change given)")
        // One side approximate: about 40 may be 48, not 100.
        let near = try twoMonths("about 40", "45")
        #expect(comparison(near) == "January 2023: ~40 (January 2023 is approximate and too close to the other to tell apart; no change given)")
        let far = try twoMonths("about 40", "100")
        #expect(far.cover.summary.contains("Killed rose from ~40 in January 2023 to 100 (+150%)."), "\(far.cover.summary)")
        // Further apart than the margin: the change is given in full.
        let double = try twoMonths("about 100", "about 200")
        #expect(double.cover.summary.contains("Killed rose from ~100 in January 2023 to ~200 (+100%)."), "\(double.cover.summary)")
    }

    @Test(arguments: [
        ("fr", "car les deux sont approximatifs et trop proches pour être départagés", "les deux sont approximatifs et trop proches pour être départagés ; pas de variation donnée"),
        ("es", "porque ambos son aproximados y demasiado cercanos para distinguirlos", "ambos son aproximados y demasiado cercanos para distinguirlos; sin variación"),
        ("ar", "لأن كلاهما تقريبي وهما متقاربان جدًا فلا يمكن التمييز بينهما", "كلاهما تقريبي وهما متقاربان جدًا فلا يمكن التمييز بينهما"),
    ])
    func inEveryLanguage(_ locale: String, _ cover: String, _ line: String) throws {
        let c = try twoMonths("about 100", "about 103", locale: locale)
        #expect(c.cover.summary.contains(cover), "\(c.cover.summary)")
        #expect(!c.cover.summary.contains("%") && !c.cover.summary.contains("٪"), "\(c.cover.summary)")
        #expect(comparison(c).contains(line), "\(comparison(c))")
    }
}

/// review29 N2, N4, N5: the change sentence reads as a sentence in every language.
@Suite struct ChangeWordingTests {
    let months = ApproximateChangeTests()

    /// N2: two equal exact figures: "stayed at", never "stayed from 12 … to 12".
    @Test(arguments: [
        ("en", "Killed stayed at 12, as in January 2023 (no change)."),
        ("fr", "Tués : 12, comme en janvier 2023 (inchangé)."),
        ("es", "Muertos: 12, igual que en enero de 2023 (sin cambios)."),
        ("ar", "القتلى: 12، كما في يناير 2023 (بلا تغيير)."),
    ])
    func theSameFigureTwice(_ locale: String, _ sentence: String) throws {
        let c = try months.twoMonths("12", "12", locale: locale)
        #expect(c.cover.summary.contains(sentence), "\(c.cover.summary)")
        #expect(!c.cover.summary.contains("stayed from"))
    }

    /// N4: 0 then 5 is a rise, as 0 then "at least 5" is; neither has a percentage.
    @Test func aRiseFromZeroIsSaidWithoutAPercentage() throws {
        let c = try months.twoMonths("0", "5")
        #expect(c.cover.summary.contains("Killed rose from 0 in January 2023 to 5 (no percentage from zero)."), "\(c.cover.summary)")
        #expect(months.comparison(c) == "January 2023: 0 (a rise since; no percentage from zero)")
        let open = try months.twoMonths("0", "at least 5")
        #expect(open.cover.summary.contains("Killed rose from 0 in January 2023 to at least 5"), "\(open.cover.summary)")
        let none = try months.twoMonths("0", "0")
        #expect(months.comparison(none) == "January 2023: 0 (no change)")
        #expect(none.cover.summary.contains("Killed stayed at 0, as in January 2023 (no change)."), "\(none.cover.summary)")
        let fr = try months.twoMonths("0", "5", locale: "fr")
        #expect(fr.cover.summary.contains("Tués : hausse de 0 en janvier 2023 à 5 (pas de pourcentage à partir de zéro)."), "\(fr.cover.summary)")
    }

    /// N5: French "de" before "au moins" elides.
    @Test func frenchElidesBeforeAVowel() throws {
        let c = try months.twoMonths("at least 100", "50", locale: "fr")
        #expect(c.cover.summary.contains("Tués : baisse d’au moins 100 en janvier 2023 à 50"), "\(c.cover.summary)")
        #expect(!c.cover.summary.contains("de au"))
        let es = try months.twoMonths("at least 100", "50", locale: "es")
        #expect(es.cover.summary.contains("Muertos: descenso de al menos 100 en enero de 2023 a 50"), "\(es.cover.summary)")
    }
}

/// Issue 13, item 12 in reports: a chart without `title:` is headed in the data's unit.
@Suite struct ReportHeadlineTests {
    @Test func aDefaultTitleUsesTheUnitTheNamesCarry() throws {
        let spec = try oneDatasetSpec(
            csv(["2023-04-10,Syria,Idlib Governorate,x,killed,1,1,1", "2023-04-11,Syria,Aleppo Governorate,y,killed,2,2,2"]),
            folder: "unit",
            sections: "  - type: bar\n    measure: killed\n    by: adm1\n  - type: bar\n    title: Deaths by place\n    measure: killed\n    by: adm1")
        var data = try ReportData.load(spec)
        let key = PeriodKind.month.parseLabel("2023-04")!
        try data.loadPeriod(key, spec: spec)
        let content = try ContentBuilder(spec: spec, data: data, key: key).build()
        #expect(content.sections.map(\.title) == ["Killed by governorate", "Deaths by place"])
        guard case let .chart(c) = content.sections[0].body else { Issue.record("no chart"); return }
        #expect(c.drawing?.headline == "Killed by governorate")
    }
}

/// A timeline section's `layout:` (issue 13, item 5).
@Suite struct TimelineLayoutSpecTests {
    func content(_ layout: String, annotate: Bool = false) throws -> ReportContent {
        let rows = (0 ..< 6).flatMap { g in ["2023-03-1\(g),A,P\(g),x,killed,1,\(g + 1),9", "2023-04-1\(g),A,P\(g),x,killed,1,\(g + 2),9"] }
        let spec = try oneDatasetSpec(csv(rows), folder: "layout", sections: """
          - type: timeline
            measure: killed
            by: adm1
            top: 6
        \(layout.isEmpty ? "" : "    layout: " + layout)
        \(annotate ? "    annotate: [\"2023-04-01=Talks\"]" : "")
        """)
        var data = try ReportData.load(spec)
        let key = PeriodKind.month.parseLabel("2023-04")!
        try data.loadPeriod(key, spec: spec)
        return try ContentBuilder(spec: spec, data: data, key: key).build()
    }

    func drawing(_ c: ReportContent) -> (any ChartDrawing)? {
        if case let .chart(chart) = c.sections[0].body { return chart.drawing }
        return nil
    }

    @Test func sixLinesArePanelsUnlessTheSpecSaysOverlay() throws {
        #expect(drawing(try content("")) is SmallMultiples)
        #expect(drawing(try content("auto")) is SmallMultiples)
        #expect(drawing(try content("overlay")) is TimelineChart)
        #expect(drawing(try content("", annotate: true)) is TimelineChart)
        #expect(throws: TallyError.self) { _ = try content("small-multiples", annotate: true) }
        do {
            _ = try content("grid")
            Issue.record("layout: grid accepted")
        } catch let error as TallyError {
            #expect(error.exitCode == 64 && error.message.contains("layout: \"grid\" (expected auto, overlay or small-multiples)"), "\(error.message)")
        }
    }
}

/// The refusal `body` throws (nil when it does not).
private func errorOf(_ body: () throws -> Void) -> TallyError? {
    do { try body() } catch let e as TallyError { return e } catch { Issue.record("not a TallyError: \(error)") }
    return nil
}
