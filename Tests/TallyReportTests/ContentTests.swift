import Testing
import TallyCharts
import TallyCore
import TallyIO
import TallyTestSupport
@testable import TallyReport

@Suite struct ReportDataTests {
    func load(_ rows: [String], extra: String = "", sections: String = "  - type: summary\n",
              separatePeriodPass: Bool? = nil) throws -> (ReportSpec, ReportData) {
        let spec = try oneDatasetSpec(csv(rows), folder: "data", extra: extra, sections: sections)
        return (spec, try ReportData.load(spec, separatePeriodPass: separatePeriodPass))
    }

    @Test func latestIsTheLastPeriodThatHasEnded() throws {
        let (_, data) = try load(["2023-03-01,A,,x,killed,1,1,1", "2023-04-30,A,,x,killed,2,2,2", "2023-05-31,A,,x,killed,4,4,4"])
        let may = PeriodKind.month.parseLabel("2023-05")!
        // On 1 May, April is over and May is not.
        #expect(data.latestCompletePeriod(today: CalendarDay("2023-05-01")!) == may - 1)
        #expect(data.latestCompletePeriod(today: CalendarDay("2023-05-31")!) == may - 1)
        #expect(data.latestCompletePeriod(today: CalendarDay("2023-06-01")!) == may)
        #expect(data.latestCompletePeriod(today: CalendarDay("2023-04-30")!) == may - 2)
        #expect(data.latestCompletePeriod(today: CalendarDay("2023-03-31")!) == nil)
    }

    /// Issue 10, item 2: an export ending 28 May does not cover May, however late the
    /// report runs; nor does one starting 2 March cover March.
    @Test func latestIsTheLastPeriodTheCoverageSpansCompletely() throws {
        let (_, data) = try load(["2023-03-02,A,,x,killed,1,1,1", "2023-04-30,A,,x,killed,2,2,2", "2023-05-28,A,,x,killed,4,4,4"])
        let may = PeriodKind.month.parseLabel("2023-05")!
        #expect(data.coverage == Coverage(first: CalendarDay("2023-03-02")!, last: CalendarDay("2023-05-28")!))
        #expect(data.latestCompletePeriod(today: CalendarDay("2023-06-01")!) == may - 1)
        #expect(data.latestCompletePeriod(today: CalendarDay("2026-01-01")!) == may - 1)
        #expect(data.latestCompletePeriod(today: CalendarDay("2023-04-30")!) == nil)
        #expect(data.coverage(of: may) == .partial(first: CalendarDay("2023-05-01")!, last: CalendarDay("2023-05-28")!))
        #expect(data.coverage(of: may - 2) == .partial(first: CalendarDay("2023-03-02")!, last: CalendarDay("2023-03-31")!))
        #expect(data.coverage(of: may - 1) == .complete)
        #expect(data.coverage(of: may - 3) == .before)
        #expect(data.coverage(of: may + 1) == .after)
        #expect(ReportWords.partialNote(data.coverage(of: may), key: may, kind: .month) == "partial: data to 28 May")
        #expect(ReportWords.partialNote(data.coverage(of: may - 2), key: may - 2, kind: .month) == "partial: data from 2 March")
        // A spec that declares the coverage ("through 31 May") is taken at its word.
        let (_, declared) = try load(["2023-03-02,A,,x,killed,1,1,1", "2023-05-28,A,,x,killed,4,4,4"],
                                     extra: "coverage:\n  from: 2023-03-01\n  to: 2023-05-31")
        #expect(declared.latestCompletePeriod(today: CalendarDay("2023-06-01")!) == may)
        #expect(declared.coverage?.declared == true)
        let (_, through) = try load(["2023-03-02,A,,x,killed,1,1,1"], extra: "coverage: 2023-04-30")
        #expect(through.latestCompletePeriod(today: CalendarDay("2023-06-01")!) == may - 1)
    }

    @Test func aLatestQuarterMustBeCoveredToItsLastDay() throws {
        let rows = ["2019-07-01,A,,x,killed,1,1,1", "2019-10-05,A,,x,killed,2,2,2", "2019-11-30,A,,x,killed,3,3,3"]
        let quarterly = "period:\n  every: quarter"
        let (_, data) = try load(rows, extra: quarterly)
        let today = CalendarDay("2026-01-01")!
        let q3 = PeriodKind.quarter.parseLabel("2019-Q3")!
        #expect(data.latestCompletePeriod(today: today) == q3)
        let (_, data2) = try load(rows + ["2019-12-02,A,,x,killed,1,1,1"], extra: quarterly)
        #expect(data2.latestCompletePeriod(today: today) == q3)
        let (_, data3) = try load(rows + ["2019-12-31,A,,x,killed,1,1,1"], extra: quarterly)
        #expect(data3.latestCompletePeriod(today: today) == q3 + 1)
    }

    /// Issue 10, item 2: a partly covered period is marked on the cover and every
    /// chart, and no comparison gives a percentage with a partly covered period.
    @Test func partialPeriodsAreMarkedAndNotCompared() throws {
        // (The December row keeps the data one run: without it, ten months without a
        // record would leave April 2023 covered only from the 10th, the stray-row rule.)
        let rows = ["2022-05-29,A,,x,killed,1,1,1", "2022-06-10,A,,x,killed,5,5,5", "2022-12-01,A,,x,killed,0,0,0",
                    "2023-04-10,A,,x,killed,20,20,20",
                    "2023-05-03,A,,x,killed,11,11,11", "2023-05-28,A,,x,killed,0,0,0"]
        let sections = "  - type: summary\n  - type: bar\n    measure: killed\n    by: [country]\n  - type: timeline\n    measure: killed\n    periods: 3\n"
        let (spec, data) = try load(rows, sections: sections)
        let may = PeriodKind.month.parseLabel("2023-05")!
        let content = try ContentBuilder(spec: spec, data: data, key: may).build()
        #expect(content.partial == "partial: data to 28 May")
        #expect(content.subtitle.hasSuffix("May 2023 · partial: data to 28 May"))
        guard case let .summary(h) = content.sections[0].body else { Issue.record("no summary"); return }
        #expect(h[0].comparisons == ["April 2023: 20 (May 2023 is partial; no change given)",
                                     "May 2022: 1 (partial: data from 29 May; no change given)"])
        for section in content.sections.dropFirst() {
            guard case let .chart(c) = section.body, let drawing = c.drawing else { Issue.record("no chart"); continue }
            let subtitle = (drawing as? BarChart)?.text.subtitle ?? (drawing as? TimelineChart)?.text.subtitle ?? ""
            #expect(subtitle.contains("partial: data to 28 May"), "\(subtitle)")
        }
        // April is complete on both sides of its comparisons with March: a change is given.
        let april = try ContentBuilder(spec: spec, data: data, key: may - 1).build()
        guard case let .summary(h2) = april.sections[0].body else { Issue.record("no summary"); return }
        #expect(h2[0].comparisons[1] == "April 2022: before the data")
        #expect(april.partial == nil)
    }

    /// Issue 10, item 5: a timeline starts at the measure's first record, not at the
    /// data's (a stock observed in February drew "0 killed" for February and March in
    /// the bundled brief, a rising trend next to "+133%").
    @Test func timelinesStartAtTheMeasuresFirstRecord() throws {
        let (spec, data) = try load(["2023-02-10,A,,x,members,5,5,5", "2023-04-03,A,,x,killed,6,6,6"],
                                    sections: "  - type: timeline\n    measure: killed\n    periods: 6\n")
        let april = PeriodKind.month.parseLabel("2023-04")!
        let content = try ContentBuilder(spec: spec, data: data, key: april).build()
        guard case let .chart(chart) = content.sections[0].body, let timeline = chart.drawing as? TimelineChart else {
            Issue.record("expected a timeline"); return
        }
        #expect(timeline.series[0].points.map(\.periodKey) == [april])
        #expect(timeline.series[0].points.map(\.estimate.best) == [6])
        // The data ends on 3 April: April is partial, and the chart says so. (The
        // February members observation covers no day of the flows, review10c F11.)
        #expect(timeline.text.subtitle.hasSuffix("April 2023 · April 2023 partial: data for 3 April only"), "\(timeline.text.subtitle)")
        // A native CSV is not known to report continuously: a month between two records
        // without one has no point (the line breaks); declared continuous, it is zero.
        let rows = ["2022-01-10,A,,x,killed,1,1,1", "2023-01-10,A,,x,killed,2,2,2", "2023-04-03,A,,x,killed,6,6,6"]
        let timelineSection = "  - type: timeline\n    measure: killed\n    periods: 6\n"
        let (spec2, data2) = try load(rows, sections: timelineSection)
        #expect(data2.reporting == .sparse)
        guard case let .chart(c2) = try ContentBuilder(spec: spec2, data: data2, key: april).build().sections[0].body,
              let t2 = c2.drawing as? TimelineChart else { Issue.record("expected a timeline"); return }
        #expect(t2.series[0].points.map(\.periodKey) == [april - 3, april])
        // The report's own period inside the data with no record: the line stops short
        // and the subtitle says why, no point drawn (review51: nothing said).
        guard case let .chart(c4) = try ContentBuilder(spec: spec2, data: data2, key: april - 1).build().sections[0].body,
              let t4 = c4.drawing as? TimelineChart else { Issue.record("expected a timeline"); return }
        #expect(t4.series[0].points.map(\.periodKey) == [april - 3])
        #expect(t4.text.subtitle.hasSuffix(" · March 2023: no records"), "\(t4.text.subtitle)")
        #expect(!t2.text.subtitle.contains("no records"), "\(t2.text.subtitle)")
        // The same when the period is partly covered (review52 F7: only "partial" was said).
        let (specP, dataP) = try load(["2023-01-10,A,,x,killed,2,2,2", "2023-04-03,A,,x,injured,6,6,6"], sections: timelineSection)
        guard case let .chart(cP) = try ContentBuilder(spec: specP, data: dataP, key: april).build().sections[0].body,
              let tP = cP.drawing as? TimelineChart else { Issue.record("expected a timeline"); return }
        #expect(tP.series[0].points.map(\.periodKey) == [april - 3])
        #expect(tP.text.subtitle.hasSuffix("January 2023 · January 2023 partial: data from 10 January · April 2023 partial: data to 3 April; no records"), "\(tP.text.subtitle)")
        let spec5 = try oneDatasetSpec(csv(rows), folder: "continuous", dataset: "    continuous: true", sections: timelineSection)
        let data5 = try ReportData.load(spec5)
        #expect(data5.reporting == .continuous)
        guard case let .chart(c5) = try ContentBuilder(spec: spec5, data: data5, key: april).build().sections[0].body,
              let t5 = c5.drawing as? TimelineChart else { Issue.record("expected a timeline"); return }
        // The first killed record (January 2022) is before the window: the window's
        // quiet months are zeros of a source that recorded none.
        #expect(t5.series[0].points.map(\.periodKey) == Array((april - 5) ... april))
        #expect(t5.series[0].points.map(\.estimate.best) == [0, 0, 2, 0, 0, 6])
        // A report period after the data (allowed empty) ends the trend with the data,
        // not with months of zeros, and its comparisons say the data does not reach them.
        let august = PeriodKind.month.parseLabel("2023-08")!
        let late = try ContentBuilder(spec: spec, data: data, key: august).build()
        guard case let .chart(c3) = late.sections[0].body, let t3 = c3.drawing as? TimelineChart else {
            Issue.record("expected a timeline"); return
        }
        #expect(t3.series[0].points.map(\.periodKey) == [april])
        // The report's own period is marked: the data does not reach it (review9d #16),
        // said as the cover says it (review46 N-h: it read "partial: no e.csv data");
        // and April, whose hollow square the footer names, is named too (review18 #9).
        #expect(t3.text.subtitle.hasSuffix("; April 2023 · April 2023 partial: data for 3 April only · August 2023: after the data (which ends 3 April 2023)"),
                "\(t3.text.subtitle)")
        // One period has nothing to shade: its range is a bar.
        let (spec4, data4) = try load(["2023-04-03,A,,x,killed,6,6,9"],
                                      sections: "  - type: timeline\n    measure: killed\n    periods: 6\n")
        guard case let .chart(c4) = try ContentBuilder(spec: spec4, data: data4, key: april).build().sections[0].body,
              let t4 = c4.drawing as? TimelineChart else { Issue.record("expected a timeline"); return }
        #expect(t4.series[0].points.count == 1)
        #expect(t4.text.subtitle == "Best estimate per month, bar from low to high; April 2023 · April 2023 partial: data for 3 April only")
    }

    /// Issue 10, item 5: a headline never compares with a zero the gap rule would
    /// draw: a month without a record says "no records", with no percentage, whether
    /// or not the source reports continuously.
    @Test func comparisonsNeverUseAFilledZero() throws {
        for extra in ["", "    continuous: true\n"] {
            let dir = temporaryFolder("fill")
            write(csv(["2023-02-03,A,,x,killed,5,5,5", "2023-04-03,A,,x,killed,6,6,6", "2023-04-30,A,,x,killed,1,1,1"]),
                  to: dir + "/e.csv")
            let spec = try SpecParser.parse("title: T\ndatasets:\n  - path: e.csv\n    source: S\n    licence: L\n\(extra)"
                + "sections:\n  - type: summary\n", file: dir + "/r.yml")
            let data = try ReportData.load(spec)
            let april = PeriodKind.month.parseLabel("2023-04")!
            guard case let .summary(h) = try ContentBuilder(spec: spec, data: data, key: april).build().sections[0].body else {
                Issue.record("no summary"); return
            }
            #expect(h[0].comparisons[0] == "March 2023: no records", "\(extra)")
            #expect(!h[0].comparisons.joined().contains("%"))
        }
    }

    @Test func comparisonsBeforeTheDataSaySo() throws {
        // The source publishes through the end of April (declared coverage).
        let (spec, data) = try load(["2023-02-10,A,,x,members,5,5,5", "2023-03-03,A,,x,killed,2,2,2",
                                     "2023-04-03,A,,x,killed,6,6,6"], extra: "coverage:\n  from: 2023-02-01\n  to: 2023-04-30")
        let april = PeriodKind.month.parseLabel("2023-04")!
        let content = try ContentBuilder(spec: spec, data: data, key: april).build()
        guard case let .summary(headlines) = content.sections[0].body,
              let killed = headlines.first(where: { $0.measure == "killed" }),
              let members = headlines.first(where: { $0.measure == "members" }) else {
            Issue.record("expected a summary"); return
        }
        // March is covered (2 killed); April 2022 is a year before the first record.
        #expect(killed.comparisons == ["March 2023: 2 (+200%)", "April 2022: before the data"])
        #expect(members.comparisons == ["March 2023: not observed", "April 2022: before the data"])
        let june = PeriodKind.month.parseLabel("2023-06")!
        guard case let .summary(later) = try ContentBuilder(spec: spec, data: data, key: june).build().sections[0].body else {
            Issue.record("expected a summary"); return
        }
        #expect(later.first { $0.measure == "killed" }?.comparisons == ["May 2023: after the data", "June 2022: before the data"])
    }

    @Test func rollupAddsFlowsAndStockSnapshotsAcrossGroups() throws {
        let (_, data) = try load([
            "2023-04-01,A,North,x,killed,1,2,3", "2023-04-02,A,South,y,killed,0,1,9", "2023-04-03,B,East,x,killed,5,5,5",
            "2023-04-01,A,North,x,members,100,120,150", "2023-04-20,A,North,x,members,90,110,130",
            "2023-04-09,A,South,x,members,10,10,10", "2023-03-09,A,South,x,members,99,99,99",
        ], sections: "  - type: table\n    by: [adm1, actor]\n", separatePeriodPass: false)
        let april = PeriodKind.month.parseLabel("2023-04")!
        let byCountry = try data.rollup(to: Grouping([.country]), periods: april...april)
        #expect(byCountry.rows.map { "\($0.country!) \($0.measure) \($0.estimate.display) \($0.events)" } == [
            "A killed 3 (1–12) 2", "A members 120 (100–140) 2", "B killed 5 1",
        ])
        #expect(try data.total("members", period: april)!.estimate == Estimate(unchecked: 100, best: 120, high: 140))
        #expect(data.lastObserved("members", before: april) == april - 1)
    }

    @Test func summaryComparesWithThePreviousPeriodAndTheYearBefore() throws {
        let (spec, data) = try load([
            "2022-04-10,A,,x,killed,4,4,4", "2023-03-10,A,,x,killed,10,10,10", "2023-04-10,A,,x,killed,12,15,20",
            "2023-02-01,A,,x,members,5000,6000,7000",
        ], extra: "coverage:\n  from: 2022-04-01\n  to: 2023-04-30")
        let april = PeriodKind.month.parseLabel("2023-04")!
        let content = try ContentBuilder(spec: spec, data: data, key: april).build()
        guard case let .summary(headlines) = content.sections[0].body else { Issue.record("not a summary"); return }
        #expect(headlines.map(\.measure) == ["killed", "members"])
        #expect(headlines[0].figure?.display == "15 (12–20)")
        #expect(headlines[0].comparisons == ["March 2023: 10 (+50%)", "April 2022: 4 (+275%)"])
        #expect(headlines[1].figure == nil)
        #expect(headlines[1].lastObserved?.estimate.display == "6,000 (5,000–7,000)")
        #expect(headlines[1].lastObserved?.period == "February 2023")
        // The cover prints the best first, then the range (issue 10, item 4).
        #expect(PageDrawer.figureText(headlines[0], periodName: "April 2023").0 == "15 (12–20)")
        #expect(PageDrawer.figureText(headlines[1], periodName: "April 2023").0 == "6,000 (5,000–7,000)")
        #expect(headlines[1].comparisons == ["March 2023: not observed", "April 2022: not observed"])
        #expect(content.sources.creationDate == "2023-05-01")
    }

    /// review38 N3: a stock with no observation in a year-ago month the data covers in
    /// part said "no records (partial: ...)" beside the month's "not observed"; a flow
    /// keeps "no records".
    @Test func aStocksPartialYearAgoIsNotObservedAsTheMonthIs() throws {
        var rows = ["2022-04-15,A,,x,killed,3,3,3"]
        for m in 5 ... 12 { rows.append(String(format: "2022-%02d-10,A,,x,killed,3,3,3", m)) }
        for m in 1 ... 4 { rows.append(String(format: "2023-%02d-10,A,,x,killed,3,3,3", m)) }
        rows += ["2023-04-30,A,,x,killed,1,1,1", "2023-04-10,A,,x,members,1000,1000,1000", "2022-04-20,A,,x,injured,2,2,2"]
        let (spec, data) = try load(rows, sections: "  - type: summary\n    measures: [members, killed]\n")
        let april = PeriodKind.month.parseLabel("2023-04")!
        guard case let .summary(h) = try ContentBuilder(spec: spec, data: data, key: april).build().sections[0].body else {
            Issue.record("no summary"); return
        }
        let members = h.first { $0.measure == "members" }?.comparisons ?? []
        #expect(members == ["March 2023: not observed", "April 2022: not observed (partial: data from 15 April)"], "\(members)")
        let killed = h.first { $0.measure == "killed" }?.comparisons ?? []
        #expect(killed.last?.hasPrefix("April 2022: 3 (partial: data from 15 April") == true, "\(killed)")
    }

    /// review38 N1: a report table printed a joint region as the data spells it
    /// (`Iraq;Syria`) where its chart and cover say `Iraq and Syria (joint)`; the table
    /// now says it in the same words, in its rows and in its note.
    @Test func aTableSaysAJointRegionAsTheChartDoes() throws {
        let (spec, data) = try load(["2023-04-01,Iraq;Syria,,x,killed,5,5,5", "2023-04-02,Syria,,x,killed,3,3,3"],
                                    sections: "  - type: table\n    by: [country, actor]\n    measures: [killed]\n")
        let april = PeriodKind.month.parseLabel("2023-04")!
        guard case let .table(table) = try ContentBuilder(spec: spec, data: data, key: april).build().sections[0].body
        else { Issue.record("not a table"); return }
        #expect(table.rows.map { $0[0] } == ["Iraq and Syria (joint)", "Syria"], "\(table.rows)")
        let (one, oneData) = try load(["2023-04-01,Iraq;Syria,,x,killed,5,5,5", "2023-04-02,Iraq;Syria,,y,killed,3,3,3"],
                                      sections: "  - type: table\n    by: [country, actor]\n    measures: [killed]\n")
        guard case let .table(t2) = try ContentBuilder(spec: one, data: oneData, key: april).build().sections[0].body
        else { Issue.record("not a table"); return }
        #expect(t2.note.contains("country Iraq and Syria (joint)"), "\(t2.note)")
    }

    @Test func tableSortsByTheFirstMeasureAndShowsDisplayForms() throws {
        let (spec, data) = try load([
            "2023-04-01,A,North,x,killed,1,2,3", "2023-04-02,A,South,y,killed,12,12,20", "2023-04-03,A,South,y,injured,3,4,5",
            "2023-04-03,B,East,x,killed,5,5,5",
        ], sections: "  - type: table\n    by: adm1\n    measures: [killed, injured]\n    top: 2\n")
        let april = PeriodKind.month.parseLabel("2023-04")!
        let content = try ContentBuilder(spec: spec, data: data, key: april).build()
        guard case let .table(table) = content.sections[0].body else { Issue.record("not a table"); return }
        #expect(table.columns == ["Country", "Province", "Killed", "Injured", "Records"])
        #expect(table.rows == [["A", "South", "12 (12–20)", "4 (3–5)", "1"], ["B", "East", "5", "–", "1"]])
        #expect(table.note == "The 2 largest of 3 rows by killed; the CSV file has all of them. Records: events with a killed figure.")
    }

    /// Issue 10, item 6, in report tables: "(not given)" is not a province that can top
    /// the table, however many records it holds; `top` cuts named rows only, as on bars.
    @Test func notGivenRowsComeLastAndAreNeverCutByTop() throws {
        let rows = [
            "2023-04-01,A,,x,killed,90,90,90", "2023-04-02,A,,y,killed,10,10,10", "2023-04-02,A,South,y,killed,12,12,20",
            "2023-04-03,A,North,x,killed,5,5,5", "2023-04-03,A,West,x,killed,1,1,1", "2023-04-03,B,,x,injured,4,4,4",
        ]
        let april = PeriodKind.month.parseLabel("2023-04")!
        let (all, data) = try load(rows, sections: "  - type: table\n    by: adm1\n    measures: [killed, injured]\n")
        guard case let .table(table) = try ContentBuilder(spec: all, data: data, key: april).build().sections[0].body
        else { Issue.record("not a table"); return }
        #expect(table.rows.map { Array($0.prefix(2)) } == [["A", "South"], ["A", "North"], ["A", "West"],
                                                          ["A", "(not given)"], ["B", "(not given)"]])
        #expect(table.rows[3] == ["A", "(not given)", "100", "–", "2"])

        let (top, topData) = try load(rows, sections: "  - type: table\n    by: adm1\n    measures: [killed]\n    top: 2\n")
        guard case let .table(cut) = try ContentBuilder(spec: top, data: topData, key: april).build().sections[0].body
        else { Issue.record("not a table"); return }
        #expect(cut.rows.map { $0[0] } == ["South", "North", "(not given)"])
        #expect(cut.note == "All rows: country A. The 2 largest of 3 named rows by killed, then the row whose name is not given; the CSV file has all of them.")
    }

    /// Issue 10, items 7 and 8 in reports: a stock bar shows each group's latest
    /// observation up to the period, dated when older ("as of Feb 2023", the code path
    /// of `tally chart bar`), with one pass or two as the grouping needs; and every
    /// chart whose figures have ranges or open ends says once in its footer what the
    /// marks mean, as standalone charts do.
    @Test func stockBarsAreDatedAndChartsCarryTheKeyToTheirMarks() throws {
        let rows = [
            "2021-02-10,A,North,x,members,100,100,100", "2023-02-10,A,South,y,members,5000,6000,7000",
            "2023-04-05,A,South,z,members,40,40,40", "2023-03-02,A,South,z,killed,1,2,3", "2023-04-02,A,South,z,killed,10,12,20",
            "2023-04-20,B,East,x,members,7,7,7",
        ]
        let april = PeriodKind.month.parseLabel("2023-04")!
        // By actor, x sums its places' latest observations, made at different dates.
        let expected = [["6,000 (5,000–7,000), as of Feb 2023", "107, as of Feb 2021 to Apr 2023", "40"],
                        ["6,000 (5,000–7,000), as of Feb 2023", "100, as of Feb 2021", "40", "7"]]
        for (i, (by, split)) in [("actor", false), ("[adm1, actor]", true)].enumerated() {
            let (spec, loaded) = try load(rows, sections: """
              - type: bar
                measure: members
                by: \(by)
              - type: bar
                measure: killed
                by: \(by)
              - type: timeline
                measure: killed
                periods: 3

            """, separatePeriodPass: split)
            var data = loaded
            try data.loadPeriod(april, spec: spec)
            let content = try ContentBuilder(spec: spec, data: data, key: april).build()
            guard case let .chart(members) = content.sections[0].body, let chart = members.drawing as? BarChart else {
                Issue.record("no members chart"); return
            }
            let labels = chart.bars.map(\.valueText)
            #expect(labels == expected[i])
            #expect(chart.text.source.hasSuffix("\nWhiskers run from low to high estimate."), "\(chart.text.source)")
            guard case let .chart(killed) = content.sections[1].body, let bars = killed.drawing as? BarChart else {
                Issue.record("no killed chart"); return
            }
            #expect(bars.bars.map(\.valueText) == ["12 (10–20)"])
            // The dataset has a source (S) and no name: its source is the credit (audit10 F1;
            // its file name, e.csv, before).
            #expect(bars.text.source == "Source: S\nWhiskers run from low to high estimate.", "\(bars.text.source)")
            guard case let .chart(trend) = content.sections[2].body, let line = trend.drawing as? TimelineChart else {
                Issue.record("no timeline"); return
            }
            // The flows' records run from 2 March to 2 April (the stock observations,
            // to 20 April, cover no day of them, review10c F11): both months are partial.
            #expect(line.text.source == "Source: S\nShading runs from low to high estimate.\nHollow squares, the lines to them dashed, "
                + "mark months the data covers only in part (March 2023, partial: data from 2 March; April 2023, partial: data to 2 April).",
                "\(line.text.source)")
        }
    }

    @Test func chartsWithoutDataSayWhyInsteadOfDrawingNothing() throws {
        let (spec, data) = try load(["2023-03-01,A,,x,killed,1,1,1", "2023-04-01,A,,x,injured,1,1,1"],
                                    sections: "  - type: bar\n    measure: killed\n")
        let april = PeriodKind.month.parseLabel("2023-04")!
        let content = try ContentBuilder(spec: spec, data: data, key: april).build()
        guard case let .chart(chart) = content.sections[0].body else { Issue.record("not a chart"); return }
        #expect(chart.drawing == nil)
        #expect(chart.emptyMessage == "No 'killed' records in April 2023.")
    }

    // MARK: The coverage rule against stray rows, declared coverage, several datasets and spans (issue 10 item 2)

    static func d(_ s: String) -> CalendarDay { CalendarDay(s)! }

    /// Two rows on 1 May 2022, then a record every day from 1 January to 31 May 2023
    /// (review10's stray3.csv).
    static func strayRows() -> [String] {
        var rows = ["2022-05-01,A,,x,killed,2,2,2", "2022-05-01,A,,x,killed,2,2,2"]
        var day = d("2023-01-01")
        while day <= d("2023-05-31") { rows.append("\(day),A,,x,killed,7,7,7"); day = day.adding(days: 1) }
        return rows
    }

    /// review20b L3: one file of Syria (daily) and Iraq (daily to 10 April, one row on
    /// 20 May): the report's latest month was May, "fell from 130 to 41 (-68%)". Iraq's
    /// silence cuts the file's coverage: `latest` is March, April and May are partial.
    @Test func aCountrySilentInsideTheFileHoldsBackLatest() throws {
        var rows: [String] = [], day = Self.d("2023-01-01")
        while day <= Self.d("2023-05-31") {
            rows.append("\(day),Syria,,x,killed,1,1,1")
            if day <= Self.d("2023-04-10") { rows.append("\(day),Iraq,,x,killed,10,10,10") }
            day = day.adding(days: 1)
        }
        rows.append("2023-05-20,Iraq,,x,killed,10,10,10")
        let (spec, data) = try load(rows)
        let april = PeriodKind.month.parseLabel("2023-04")!
        #expect(data.latestCompletePeriod(today: Self.d("2023-06-10")) == april - 1)
        #expect(data.coverage(of: april) == .partial(first: Self.d("2023-04-01"), last: Self.d("2023-04-10")))
        #expect(data.coverageNotes.contains { $0.hasPrefix("Iraq in ") && $0.contains("2023-04, 2023-05 are partial") }, "\(data.coverageNotes)")
        // May asked for explicitly is partial and gives no change.
        let content = try ContentBuilder(spec: spec, data: data, key: april + 1).build()
        guard case let .summary(h) = content.sections[0].body else { Issue.record("no summary"); return }
        #expect(!h[0].comparisons.joined().contains("%"), "\(h[0].comparisons)")
    }

    /// Stop 26 gap: a report table split by country judged each line by the file's
    /// days (one dataset: no line marked at all, the note the file's). A country that
    /// stops on 10 March in a file going on to 30 April: its March line is partial with
    /// its own days, Syria's line is not; April, where Lebanon has no row, is complete
    /// for Syria. Bars by country alike.
    @Test func aTableByCountryMarksEachLineByItsOwnDays() throws {
        var rows: [String] = [], day = Self.d("2023-01-01")
        while day <= Self.d("2023-04-30") {
            rows.append("\(day),Syria,,x,killed,2,2,2")
            if day <= Self.d("2023-03-10") { rows.append("\(day),Lebanon,,x,killed,1,1,1") }
            day = day.adding(days: 1)
        }
        let (spec, data) = try load(rows, sections: "  - type: table\n    by: country\n    measures: [killed]\n  - type: bar\n    by: country\n    measure: killed\n")
        let march = PeriodKind.month.parseLabel("2023-03")!
        let content = try ContentBuilder(spec: spec, data: data, key: march).build()
        guard case let .table(table) = content.sections[0].body else { Issue.record("not a table"); return }
        #expect(table.rows == [["Syria", "62", "31"], ["Lebanon", "10, partial", "10"]], "\(table.rows)")
        #expect(table.note.contains("Lebanon partial: data to 10 March."), "\(table.note)")
        guard case let .chart(chart) = content.sections[1].body, let bars = chart.drawing as? BarChart else { Issue.record("not a bar chart"); return }
        #expect(bars.bars.map(\.partial) == [false, true], "\(bars.bars.map(\.label))")
        // The subtitle names Lebanon, whose days these are, not the file (issue 10 item
        // 3: it said "partial: data to 10 March" of a March whose Syria is whole).
        #expect(bars.text.subtitle.hasSuffix("March 2023 · Lebanon partial: data to 10 March"), "\(bars.text.subtitle)")
        let april = try ContentBuilder(spec: spec, data: data, key: march + 1).build()
        guard case let .table(t4) = april.sections[0].body else { Issue.record("not a table"); return }
        #expect(t4.rows == [["Syria", "60", "30"]], "\(t4.rows)")
        // April: Syria whole, Lebanon silent all month, so no bar of it: named.
        guard case let .chart(c4) = april.sections[1].body, let b4 = c4.drawing as? BarChart else { Issue.record("not a bar chart"); return }
        #expect(b4.text.subtitle.hasSuffix("April 2023 · partial: no Lebanon data"), "\(b4.text.subtitle)")
        // The cover names the country that falls short, not the file (review30 S20: "partial:
        // no <file> data" of an April whose Syria holds records).
        #expect(april.partial == "partial: no Lebanon data", "\(april.partial ?? "nil")")
        #expect(content.partial == "Lebanon partial: data to 10 March", "\(content.partial ?? "nil")")
    }

    /// Issue 10 (briefs11): a brief's bar chart by country of several datasets named
    /// the datasets by their titles ("partial: Lebanon monitor data to 10 March", "no
    /// Lebanon monitor data") where `tally chart bar` and a brief of one file name the
    /// country. Now one rule (TallyCore's DatasetCoverages.countryBars) for both.
    @Test func aBarChartOfSeveralDatasetsNamesCountries() throws {
        let dir = temporaryFolder("severalbars")
        write(csv(Self.days("2023-01-01", "2023-04-30").map { "\($0),Syria,,x,killed,2,2,2" }), to: dir + "/a.csv")
        write(csv(Self.days("2023-01-01", "2023-03-10").map { "\($0),Lebanon,,x,killed,1,1,1" }).replacingOccurrences(of: "\nr", with: "\nb"),
              to: dir + "/b.csv")
        func subtitle(_ key: String, filter: String = "") throws -> String {
            let spec = try SpecParser.parse("""
            title: T
            \(filter)
            datasets:
              - path: a.csv
                name: Syria monitor
                source: A
                licence: L
              - path: b.csv
                name: Lebanon monitor
                source: B
                licence: L
            sections:
              - type: bar
                by: country
                measure: killed
            """, file: dir + "/r.yml")
            let content = try ContentBuilder(spec: spec, data: try ReportData.load(spec), key: PeriodKind.month.parseLabel(key)!).build()
            guard case let .chart(chart) = content.sections[0].body, let bars = chart.drawing as? BarChart else { return "not a bar chart" }
            return bars.text.subtitle
        }
        let march = try subtitle("2023-03"), april = try subtitle("2023-04"), february = try subtitle("2023-02")
        #expect(march.hasSuffix("March 2023 · Lebanon partial: data to 10 March"), "\(march)")
        #expect(april.hasSuffix("April 2023 · partial: no Lebanon data"), "\(april)")
        #expect(february.hasSuffix("February 2023"), "\(february)")
        // Syria alone asked for: Lebanon is not what the chart lacks.
        let syria = try subtitle("2023-04", filter: "filter:\n  countries: [Syria]")
        #expect(syria.hasSuffix("April 2023"), "\(syria)")
    }

    /// review34 S8: a brief of two datasets, one of them two countries with Bland silent
    /// all July: the cover said "partial: no Monitor data" and a comparison "July 2023 is
    /// not covered: no records from 1 July to 31 July" of a July holding Monitor's 31
    /// Aland records. The dataset is named with the country that falls short.
    @Test func aDatasetOfSeveralCountriesIsNamedWithTheCountryThatFallsShort() throws {
        let dir = temporaryFolder("severalplaces")
        let days = Self.days("2023-01-01", "2023-09-30")
        let monitor = days.map { "\($0),Aland,,x,killed,1,1,1" } + days.filter { !$0.hasPrefix("2023-07") }.map { "\($0),Bland,,x,killed,2,2,2" }
        write(csv(monitor), to: dir + "/m.csv")
        write(csv(days.map { "\($0),Cland,,x,killed,3,3,3" }).replacingOccurrences(of: "\nr", with: "\nc"), to: dir + "/o.csv")
        let spec = try SpecParser.parse("""
        title: T
        datasets:
          - path: m.csv
            name: Monitor
            source: A
            licence: L
          - path: o.csv
            name: Other
            source: B
            licence: L
        sections:
          - type: summary
            measures: [killed]
        """, file: dir + "/r.yml")
        let data = try ReportData.load(spec)
        let july = try ContentBuilder(spec: spec, data: data, key: PeriodKind.month.parseLabel("2023-07")!).build()
        #expect(july.partial == "partial: Monitor (no Bland data)", "\(july.partial ?? "nil")")
        guard case let .summary(h) = july.sections[0].body else { Issue.record("no summary"); return }
        let said = h[0].comparisons.joined(separator: " | ")
        #expect(!said.contains("not covered") && !said.contains("no records from") && !said.contains("%"), "\(said)")
        #expect(said.contains("July 2023 is partial"), "\(said)")
        // June, whole for every country of both: no note.
        let june = try ContentBuilder(spec: spec, data: data, key: PeriodKind.month.parseLabel("2023-06")!).build()
        #expect(june.partial == nil, "\(june.partial ?? "nil")")
    }

    /// L3 over-marking (stop 26): the same file with the report's `filter.countries:
    /// [Syria]` kept `latest` at March because of Iraq's silence. A report of Syria
    /// alone goes by Syria's own records: May is latest and April complete.
    @Test func aReportOfOneCountryIsNotHeldBackByAnother() throws {
        var rows: [String] = [], day = Self.d("2023-01-01")
        while day <= Self.d("2023-05-31") {
            rows.append("\(day),Syria,,x,killed,1,1,1")
            if day <= Self.d("2023-04-10") { rows.append("\(day),Iraq,,x,killed,10,10,10") }
            day = day.adding(days: 1)
        }
        rows.append("2023-05-20,Iraq,,x,killed,10,10,10")
        let (_, data) = try load(rows, extra: "filter:\n  countries: [Syria]")
        let april = PeriodKind.month.parseLabel("2023-04")!
        #expect(data.latestCompletePeriod(today: Self.d("2023-06-10")) == april + 1)
        #expect(data.coverage(of: april) == .complete)
        #expect(!data.coverageNotes.contains { $0.contains("Iraq") }, "\(data.coverageNotes)")
        // Iraq alone: held back, as the file with both.
        let (_, iraq) = try load(rows, extra: "filter:\n  countries: [Iraq]")
        #expect(iraq.latestCompletePeriod(today: Self.d("2023-06-10")) == april - 1)
    }

    /// Stray rows before a long gap cover their own days, not the gap: the May a year
    /// earlier is partial (no "+5,325%"), the months between are not covered, and
    /// `latest` never lands in the gap.
    @Test func strayRowsBeforeALongGapCoverOnlyTheirOwnDays() throws {
        let may = PeriodKind.month.parseLabel("2023-05")!
        let (spec, data) = try load(Self.strayRows())
        #expect(data.coverage?.runs == [Self.d("2022-05-01") ... Self.d("2022-05-01"), Self.d("2023-01-01") ... Self.d("2023-05-31")])
        #expect(data.coverage(of: may - 12) == .partial(first: Self.d("2022-05-01"), last: Self.d("2022-05-01")))
        #expect(data.coverage(of: may - 6) == .gap(lastBefore: Self.d("2022-05-01"), firstAfter: Self.d("2023-01-01")))
        #expect(data.latestCompletePeriod(today: Self.d("2023-06-10")) == may)
        #expect(data.latestCompletePeriod(today: Self.d("2022-12-15")) == nil)
        let content = try ContentBuilder(spec: spec, data: data, key: may).build()
        guard case let .summary(h) = content.sections[0].body else { Issue.record("no summary"); return }
        #expect(h[0].comparisons == ["April 2023: 210 (+3%)", "May 2022: 4 (partial: data for 1 May only; no change given)"])
        // A month in the gap, asked for explicitly, is compared with nothing either.
        let nov = try ContentBuilder(spec: spec, data: data, key: may - 6).build()
        guard case let .summary(h2) = nov.sections[0].body else { Issue.record("no summary"); return }
        #expect(h2[0].comparisons == ["October 2022: not covered: no records from 2 May 2022 to 31 December 2022",
                                      "November 2021: before the data"])
    }

    /// A declared `coverage:` is what comparisons go by: a period before it is "before
    /// the data" even with rows in it; `to` alone keeps the stray-row rule for the start.
    @Test func aDeclaredCoverageIsWhatComparisonsGoBy() throws {
        let may = PeriodKind.month.parseLabel("2023-05")!
        let (spec, data) = try load(Self.strayRows(), extra: "coverage:\n  from: 2023-01-01\n  to: 2023-05-31")
        guard case let .summary(h) = try ContentBuilder(spec: spec, data: data, key: may).build().sections[0].body else {
            Issue.record("no summary"); return
        }
        // May 2022's stray row is before the declared coverage: left out (review9d #7).
        #expect(h[0].comparisons == ["April 2023: 210 (+3%)", "May 2022: before the data"])
        let (spec2, data2) = try load(Self.strayRows(), extra: "coverage:\n  to: 2023-05-31")
        guard case let .summary(h2) = try ContentBuilder(spec: spec2, data: data2, key: may).build().sections[0].body else {
            Issue.record("no summary"); return
        }
        #expect(h2[0].comparisons[1] == "May 2022: 4 (partial: data for 1 May only; no change given)")
    }

    /// A continuous source's timeline draws no zeros in a gap between runs of records.
    @Test func aContinuousTimelineHasNoZerosInAGap() throws {
        let may = PeriodKind.month.parseLabel("2023-05")!
        let spec = try oneDatasetSpec(csv(Self.strayRows()), folder: "straygap", dataset: "    continuous: true",
                                      sections: "  - type: timeline\n    measure: killed\n    periods: 18")
        let data = try ReportData.load(spec)
        #expect(data.reporting == .continuous)
        guard case let .chart(c) = try ContentBuilder(spec: spec, data: data, key: may).build().sections[0].body,
              let t = c.drawing as? TimelineChart else { Issue.record("expected a timeline"); return }
        #expect(t.series[0].points.map(\.periodKey) == [may - 12] + Array((may - 4) ... may))
        #expect(!t.series[0].points.contains { $0.estimate.best == 0 })
    }

    /// A period is complete only when every dataset covers it: A to 31 May and B to
    /// 10 May make May partial, and `latest` April (no "−32%" on half of B's May).
    @Test func everyDatasetMustCoverAPeriod() throws {
        let dir = temporaryFolder("twodatasets")
        func rows(to last: String, country: String) -> [String] {
            var out: [String] = []
            var day = Self.d("2023-01-01")
            while day <= Self.d(last) { out.append("\(day),\(country),,x,killed,10,10,10"); day = day.adding(days: 1) }
            return out
        }
        write(csv(rows(to: "2023-05-31", country: "Syria")), to: dir + "/a.csv")
        // (Ids of their own: rows with one id are one event read twice.)
        write(csv(rows(to: "2023-05-10", country: "Iraq")).replacingOccurrences(of: "\nr", with: "\nb"), to: dir + "/b.csv")
        let spec = try SpecParser.parse("""
        title: T
        datasets:
          - path: a.csv
            source: A
            licence: L
          - path: b.csv
            source: B
            licence: L
        sections:
          - type: summary
        """, file: dir + "/r.yml")
        let data = try ReportData.load(spec)
        let may = PeriodKind.month.parseLabel("2023-05")!
        #expect(data.coverage(of: may) == .partial(first: Self.d("2023-05-01"), last: Self.d("2023-05-10")))
        #expect(data.latestCompletePeriod(today: Self.d("2023-06-15")) == may - 1)
        guard case let .summary(h) = try ContentBuilder(spec: spec, data: data, key: may).build().sections[0].body else {
            Issue.record("no summary"); return
        }
        #expect(h[0].comparisons[0] == "April 2023: 600 (May 2023 is partial; no change given)")
        // Datasets that share no day have no complete period, and `latest` says why.
        write(csv(["2020-01-05,Iraq,,x,killed,1,1,1", "2020-03-05,Iraq,,x,killed,1,1,1"]).replacingOccurrences(of: "\nr", with: "\nb"),
              to: dir + "/b.csv")
        let apart = try ReportData.load(spec)
        #expect(apart.coverage == nil)
        #expect(apart.latestCompletePeriod(today: Self.d("2023-06-15")) == nil)
        #expect(throws: TallyError.data("no complete month in the data as of 2023-06-15 (the datasets cover 2023-01-01 to 2023-05-31 and "
                                        + "2020-01-05 to 2020-03-05, no day in common: a period is covered only when every dataset covers it (files that are parts of one export "
                                        + "are one dataset: list them as its path: [a.csv, b.csv])); "
                                        + "`latest` is the last month the data covers from its first to its last day and that has ended, "
                                        + "so name one with --period (a partly covered one is marked partial)")) {
            try Report.resolve(.latest, data: apart, spec: spec, today: Self.d("2023-06-15"))
        }
    }

    /// The days from `first` to `last`, `step` days apart.
    static func days(_ first: String, _ last: String, every step: Int = 1) -> [String] {
        var out: [String] = [], day = d(first)
        while day <= d(last) { out.append("\(day)"); day = day.adding(days: step) }
        return out
    }

    /// The two declared-coverage tests' report: `coverage: 2023-05-31` over a daily
    /// Syria monitor (1 January to 31 May 2023) and an "Iraq monitor" whose record
    /// days `load` writes (10 killed each) before loading the report data.
    static func dailySyriaBesideIraqMonitor(_ dir: String) throws -> (ReportSpec, ([String]) throws -> ReportData) {
        func rows(_ days: [String], country: String) -> String {
            csv(days.map { "\($0),\(country),,x,killed,10,10,10" })
        }
        write(rows(days("2023-01-01", "2023-05-31"), country: "Syria"), to: dir + "/a.csv")
        let spec = try SpecParser.parse("""
        title: T
        coverage: 2023-05-31
        datasets:
          - path: a.csv
            source: A
            licence: L
          - path: b.csv
            name: Iraq monitor
            source: B
            licence: L
        sections:
          - type: summary
        """, file: dir + "/r.yml")
        return (spec, { b in
            write(rows(b, country: "Iraq").replacingOccurrences(of: "\nr", with: "\nb"), to: dir + "/b.csv")
            return try ReportData.load(spec)
        })
    }

    /// review16 #3: a spec-wide `coverage: 2023-05-31` speaks for every dataset whose
    /// records reach it, not for one that stopped: the Iraq monitor's daily records end
    /// on 15 April, so May (and April) stay partial for its figures, `latest` is March,
    /// standard error names it, and the method gives its own days. Before, May was
    /// published complete ("All of it was recorded in Syria … (−83%)").
    @Test func aDeclaredCoverageDoesNotCompleteADatasetThatStopped() throws {
        let (spec, load) = try Self.dailySyriaBesideIraqMonitor(temporaryFolder("declaredstop"))
        func rows(to last: String, every step: Int = 1) -> [String] { Self.days("2023-01-01", last, every: step) }
        let may = PeriodKind.month.parseLabel("2023-05")!
        let stopped = try load(rows(to: "2023-04-15"))
        #expect(stopped.coverage(of: may) == .after)
        #expect(stopped.latestCompletePeriod(today: Self.d("2023-06-10")) == may - 2)
        #expect(stopped.coverageNotes.contains { $0.contains("does not speak for Iraq monitor: its records end on 2023-04-15, 46 days before 2023-05-31") },
                "\(stopped.coverageNotes)")
        #expect(stopped.datasets.datasets.map(\.coverage.last) == [Self.d("2023-05-31"), Self.d("2023-04-15")])
        let content = try ContentBuilder(spec: spec, data: stopped, key: may).build()
        #expect(content.partial?.contains("Iraq monitor") == true, "\(String(describing: content.partial))")
        guard case let .summary(h) = content.sections[0].body else { Issue.record("no summary"); return }
        #expect(h[0].comparisons[0].contains("no change given"), "\(h[0].comparisons)")
        #expect(ContentBuilder.coverageWords(stopped).contains("Iraq monitor 1 January 2023 to 15 April 2023 (their records"),
                "\(ContentBuilder.coverageWords(stopped))")
        // Records to 28 May: within its quiet spells (10 days), so it too publishes through 31 May.
        let quiet = try load(rows(to: "2023-05-28"))
        #expect(quiet.coverageNotes.isEmpty && quiet.latestCompletePeriod(today: Self.d("2023-06-10")) == may)
        // A weekly source whose last record is on 9 April: the declared end is within its
        // quiet spells, so April is covered to its end; but it has no record in May, so
        // the spec's word does not make May complete for it (review17 #1, cov_B5).
        let weekly = try load(rows(to: "2023-04-15", every: 7))
        // Its silence from 10 April to the declared end (52 days) is far longer than its
        // weeks, so April too is its data to 9 April only (the long-gap rule).
        #expect(weekly.latestCompletePeriod(today: Self.d("2023-06-10")) == may - 2, "\(weekly.coverageNotes)")
        #expect(weekly.coverageNotes.contains { $0.contains("Iraq monitor has no record from 2023-04-10 to 2023-05-31 (52 days)") },
                "\(weekly.coverageNotes)")
        #expect(weekly.coverageNotes.contains { $0.contains("2023-04, 2023-05 are partial for its figures") }, "\(weekly.coverageNotes)")
        let weeklyMay = try ContentBuilder(spec: spec, data: weekly, key: may).build()
        #expect(weeklyMay.partial?.contains("no Iraq monitor data") == true, "\(String(describing: weeklyMay.partial))")
    }

    /// review17 #1: the declared end's reach is fooled by one straggler row (daily to
    /// 31 March, then 30 May) and by a sparse source (a row on the 1st of each month to
    /// January): under `coverage: 2023-05-31` beside a daily Syria monitor, April (and
    /// May) were published as complete, "All of it was recorded in Syria". A dataset
    /// with no record in a period is not made complete there by the spec's coverage.
    @Test func aDeclaredCoverageDoesNotCompleteAPeriodWithoutARecordOfADataset() throws {
        let (spec, load) = try Self.dailySyriaBesideIraqMonitor(temporaryFolder("declaredsilent"))
        let april = PeriodKind.month.parseLabel("2023-04")!
        let straggler = try load(Self.days("2023-01-01", "2023-03-31") + ["2023-05-30"])
        #expect(straggler.datasets.datasets[1].coverage.extent(of: april, kind: .month) != .complete)
        // The long-gap rule names April (and May) before the silent-period rule would.
        #expect(straggler.coverageNotes.contains { $0.contains("Iraq monitor has no record from 2023-04-01 to 2023-05-29 (59 days)") },
                "\(straggler.coverageNotes)")
        let content = try ContentBuilder(spec: spec, data: straggler, key: april).build()
        #expect(content.partial?.contains("no Iraq monitor data") == true, "\(String(describing: content.partial))")
        // One straggler in May after 59 silent days: May is not published whole with
        // Iraq's straggler as its figure (the long-gap rule); `latest` is March.
        #expect(straggler.latestCompletePeriod(today: Self.d("2023-06-10")) == april - 1, "\(straggler.coverageNotes)")
        #expect(straggler.coverageNotes.contains { $0.contains("Iraq monitor has no record from 2023-04-01 to 2023-05-29 (59 days)") },
                "\(straggler.coverageNotes)")
        let mayContent = try ContentBuilder(spec: spec, data: straggler, key: april + 1).build()
        // The spec declares 31 May: the straggler's data runs to it.
        #expect(mayContent.partial?.contains("Iraq monitor data from 30 May") == true, "\(String(describing: mayContent.partial))")
        // Monthly rows on the 1st, the last on 1 January 2023: February to May are not its.
        let monthly = try load((1 ... 12).map { "2022-\($0 < 10 ? "0" : "")\($0)-01" } + ["2023-01-01"])
        #expect(monthly.latestCompletePeriod(today: Self.d("2023-06-10")) == april - 3, "\(monthly.coverageNotes)")
        #expect(monthly.coverageNotes.contains { $0.contains("Iraq monitor has no record from 2023-01-02 to 2023-05-31 (150 days)")
            && $0.contains("2023-02, 2023-03, 2023-04, 2023-05 are partial") }, "\(monthly.coverageNotes)")
        let may = try ContentBuilder(spec: spec, data: monthly, key: april + 1).build()
        #expect(may.partial?.contains("no Iraq monitor data") == true, "\(String(describing: may.partial))")
    }

    /// review18 #8: a source that reports continuously (UCDP, ACLED, `continuous: true`)
    /// is quiet in a month because nothing happened: under a declared coverage beside
    /// another dataset, its month without a record within its records is covered (zero),
    /// not "partial: no Iraq monitor data" (UCDP Myanmar/Bangladesh beside Syria made
    /// February 2018 partial). The same rows not declared continuous keep April
    /// partial and named.
    @Test func aContinuousSourceQuietForAMonthIsCoveredUnderADeclaredCoverage() throws {
        let dir = temporaryFolder("declaredcontinuous")
        func rows(_ days: [String], country: String, id: String) -> String {
            csv(days.map { "\($0),\(country),,x,killed,10,10,10" }).replacingOccurrences(of: "\nr", with: "\n" + id)
        }
        write(rows(Self.days("2023-01-01", "2023-05-31"), country: "Syria", id: "a"), to: dir + "/a.csv")
        write(rows(Self.days("2023-01-01", "2023-03-31") + Self.days("2023-05-01", "2023-05-31"), country: "Iraq", id: "b"),
              to: dir + "/b.csv")
        let april = PeriodKind.month.parseLabel("2023-04")!
        for continuous in [true, false] {
            let spec = try SpecParser.parse("""
            title: T
            coverage: 2023-05-31
            datasets:
              - path: a.csv
                source: A
                licence: L
              - path: b.csv
                name: Iraq monitor
                source: B
                licence: L
                continuous: \(continuous)
            sections:
              - type: summary
            """, file: dir + "/r.yml")
            let data = try ReportData.load(spec)
            let content = try ContentBuilder(spec: spec, data: data, key: april).build()
            if continuous {
                #expect(data.datasets.datasets[1].coverage.extent(of: april, kind: .month) == .complete)
                #expect(!data.coverageNotes.contains { $0.contains("Iraq monitor") }, "\(data.coverageNotes)")
                #expect(content.partial == nil, "\(String(describing: content.partial))")
            } else {
                #expect(content.partial?.contains("no Iraq monitor data") == true, "\(String(describing: content.partial))")
                // Named by the long-gap rule (30 silent days of a daily source), which
                // runs before the silent-period rule.
                #expect(data.coverageNotes.contains { $0.contains("Iraq monitor has no record from 2023-04-01 to 2023-04-30 (30 days)") },
                        "\(data.coverageNotes)")
            }
        }
    }

    /// review18 #6: an Iraq monitor daily to 28 February 2023 and again in December
    /// beside a Syria monitor, by year: 2023 was "covered only in part (no Iraq monitor
    /// data)" beside Iraq's 900, and its summary compared with 2022 in per cent (−68%).
    /// The note says which days the Iraq data covers, and no change is given.
    @Test func aYearWithAGapSaysTheDaysItsDataCovers() throws {
        let dir = temporaryFolder("yeargap")
        func rows(_ days: [String], country: String, id: String) -> String {
            csv(days.map { "\($0),\(country),,x,killed,10,10,10" }).replacingOccurrences(of: "\nr", with: "\n" + id)
        }
        write(rows(Self.days("2022-01-01", "2023-12-31"), country: "Syria", id: "a"), to: dir + "/a.csv")
        write(rows(Self.days("2022-01-01", "2023-02-28") + Self.days("2023-12-01", "2023-12-31"), country: "Iraq", id: "b"),
              to: dir + "/b.csv")
        let spec = try SpecParser.parse("""
        title: T
        period:
          every: year
          which: latest
        datasets:
          - path: a.csv
            source: A
            licence: L
          - path: b.csv
            name: Iraq monitor
            source: B
            licence: L
        sections:
          - type: summary
            measures: [killed]
        """, file: dir + "/r.yml")
        let data = try ReportData.load(spec)
        let y2023 = PeriodKind.year.parseLabel("2023")!
        let content = try ContentBuilder(spec: spec, data: data, key: y2023).build()
        let words = "partial: Iraq monitor data to 28 February 2023 and data from 1 December 2023"
        #expect(content.partial == words, "\(String(describing: content.partial))")
        guard case let .summary(h) = content.sections[0].body else { Issue.record("no summary"); return }
        #expect(h[0].comparisons[0].contains("no change given") && !h[0].comparisons[0].contains("%"), "\(h[0].comparisons)")
        #expect(data.latestCompletePeriod(today: Self.d("2024-02-01")) == y2023 - 1)
    }

    /// review17 #1 without a declared coverage: the straggler on 30 May joins the Iraq
    /// monitor's run to its daily records to 31 March (a 60-day quiet spell), so April
    /// was "All of it was recorded in Syria … (−91%)" with Iraq unnamed. April and May
    /// are thin for it: partial, named, and `latest` is March.
    @Test func aPeriodWithFarFewerRecordsThanOrdinaryIsPartialWithoutADeclaredCoverage() throws {
        let dir = temporaryFolder("thinnocov")
        func rows(_ days: [String], country: String, id: String) -> String {
            csv(days.map { "\($0),\(country),,x,killed,10,10,10" }).replacingOccurrences(of: "\nr", with: "\n" + id)
        }
        write(rows(Self.days("2023-01-01", "2023-05-31"), country: "Syria", id: "a"), to: dir + "/a.csv")
        write(rows(Self.days("2023-01-01", "2023-03-31") + ["2023-05-30"], country: "Iraq", id: "b"), to: dir + "/b.csv")
        let spec = try SpecParser.parse("""
        title: T
        datasets:
          - path: a.csv
            source: A
            licence: L
          - path: b.csv
            name: Iraq monitor
            source: B
            licence: L
        sections:
          - type: summary
        """, file: dir + "/r.yml")
        let data = try ReportData.load(spec)
        let april = PeriodKind.month.parseLabel("2023-04")!
        #expect(data.latestCompletePeriod(today: Self.d("2023-06-10")) == april - 1, "\(data.coverageNotes)")
        let content = try ContentBuilder(spec: spec, data: data, key: april).build()
        #expect(content.partial?.contains("no Iraq monitor data") == true, "\(String(describing: content.partial))")
        #expect(data.coverageNotes.contains { $0.contains("Iraq monitor has no record from 2023-04-01 to 2023-05-29 (59 days), far longer than its ordinary interval between record days (1 day or less, 9 times in 10): 2023-04, 2023-05 are partial") },
                "\(data.coverageNotes)")
    }

    /// A daily Syria monitor (1 January to 30 June 2023) beside an Iraq monitor with
    /// records on `iraq`, no declared coverage, summary and table, by `every`.
    static func syriaBesideIraq(_ dir: String, iraq: [String], every: String = "month") throws -> (ReportSpec, ReportData) {
        func rows(_ days: [String], country: String, id: String) -> String {
            csv(days.map { "\($0),\(country),,x,killed,10,10,10" }).replacingOccurrences(of: "\nr", with: "\n" + id)
        }
        write(rows(days("2023-01-01", "2023-06-30"), country: "Syria", id: "a"), to: dir + "/a.csv")
        write(rows(iraq, country: "Iraq", id: "b"), to: dir + "/b.csv")
        let spec = try SpecParser.parse("""
        title: T
        period:
          every: \(every)
          which: latest
        datasets:
          - path: a.csv
            source: A
            licence: L
          - path: b.csv
            name: Iraq monitor
            source: B
            licence: L
        sections:
          - type: summary
        """, file: dir + "/r.yml")
        return (spec, try ReportData.load(spec))
    }

    /// review19 B1-B5 (issue 10): a source that stopped and left stragglers was one run
    /// with enough record days in the stopping period for the old thin rule (a quarter
    /// of its ordinary ones), so April was published whole, "fell 62%" (B1), the second
    /// quarter "−44%" and "data to 20 June" (B2), a weekly source's April "All of it was
    /// recorded in Syria" (B3), and a source with a record every 5 days had May whole
    /// (B5). The long-gap rule makes each partial and named, with the last ordinary day.
    @Test func aSourceThatStoppedAndLeftStragglersIsPartial() throws {
        let june10 = Self.d("2023-06-10")
        // B1
        let (spec1, b1) = try Self.syriaBesideIraq(temporaryFolder("gapB1"), iraq: Self.days("2023-01-01", "2023-04-10") + ["2023-05-03", "2023-05-20"])
        let april = PeriodKind.month.parseLabel("2023-04")!
        #expect(b1.latestCompletePeriod(today: june10) == april - 1, "\(b1.coverageNotes)")
        let c1 = try ContentBuilder(spec: spec1, data: b1, key: april).build()
        #expect(c1.partial == "partial: Iraq monitor data to 10 April", "\(String(describing: c1.partial))")
        guard case let .summary(h) = c1.sections[0].body else { Issue.record("no summary"); return }
        #expect(h[0].comparisons.allSatisfy { !$0.contains("%") }, "\(h[0].comparisons)")
        let may1 = try ContentBuilder(spec: spec1, data: b1, key: april + 1).build()
        #expect(may1.partial == "partial: Iraq monitor data for 3 and 20 May only", "\(String(describing: may1.partial))")
        #expect(b1.coverageNotes.contains { $0.contains("Iraq monitor has no record from 2023-04-11 to 2023-05-02 (22 days), 2023-05-04 to 2023-05-19 (16 days)") },
                "\(b1.coverageNotes)")
        // B2, by quarter, the straggler on 20 June: data to 15 May, not "to 20 June".
        let (spec2, b2) = try Self.syriaBesideIraq(temporaryFolder("gapB2"), iraq: Self.days("2023-01-01", "2023-05-15") + ["2023-06-20"],
                                                    every: "quarter")
        let q2 = PeriodKind.quarter.parseLabel("2023-Q2")!
        #expect(b2.latestCompletePeriod(today: Self.d("2023-07-10")) == q2 - 1, "\(b2.coverageNotes)")
        let c2 = try ContentBuilder(spec: spec2, data: b2, key: q2).build()
        #expect(c2.partial == "partial: Iraq monitor data to 15 May and data for 20 June only", "\(String(describing: c2.partial))")
        // B3: a weekly source (Mondays) to 27 March, one row on 29 May.
        let (spec3, b3) = try Self.syriaBesideIraq(temporaryFolder("gapB3"), iraq: Self.days("2023-01-02", "2023-03-27", every: 7) + ["2023-05-29"])
        #expect(b3.latestCompletePeriod(today: june10) == april - 1, "\(b3.coverageNotes)")
        let c3 = try ContentBuilder(spec: spec3, data: b3, key: april).build()
        #expect(c3.partial == "partial: no Iraq monitor data", "\(String(describing: c3.partial))")
        // B5: a record every 5 days to 31 March, one straggler on 30 May.
        let (spec5, b5) = try Self.syriaBesideIraq(temporaryFolder("gapB5"), iraq: Self.days("2023-01-01", "2023-03-31", every: 5) + ["2023-05-30"])
        #expect(b5.latestCompletePeriod(today: june10) == april - 1, "\(b5.coverageNotes)")
        let c5 = try ContentBuilder(spec: spec5, data: b5, key: april + 1).build()
        #expect(c5.partial == "partial: Iraq monitor data for 30 May only", "\(String(describing: c5.partial))")
    }

    /// review19 B4: a healthy sparse source (about 8 record days a month, 9 in 10 of its
    /// intervals 8 days or less) with one record in April after 26 silent days was marked
    /// "partial: data for 24 April only" by the old thin rule. Its silence is under four
    /// times its ordinary interval (32): April is complete, compared, and unnamed.
    @Test func aQuietSpellOfASparseSourceIsNoGap() throws {
        let sparse = ["2023-01-03", "2023-01-04", "2023-01-05", "2023-01-09", "2023-01-16", "2023-01-19", "2023-01-25", "2023-01-26",
                      "2023-02-04", "2023-02-07", "2023-02-13", "2023-02-15", "2023-02-16", "2023-02-21", "2023-02-25", "2023-02-26",
                      "2023-03-01", "2023-03-09", "2023-03-13", "2023-03-14", "2023-03-15", "2023-03-20", "2023-03-27", "2023-03-28",
                      "2023-04-24", "2023-05-01", "2023-05-04", "2023-05-08", "2023-05-11", "2023-05-19", "2023-05-22", "2023-05-23", "2023-05-31"]
        let (spec, data) = try Self.syriaBesideIraq(temporaryFolder("gapB4"), iraq: sparse)
        let april = PeriodKind.month.parseLabel("2023-04")!
        #expect(data.latestCompletePeriod(today: Self.d("2023-06-10")) == april + 1, "\(data.coverageNotes)")
        #expect(!data.coverageNotes.contains { $0.contains("no record from") }, "\(data.coverageNotes)")
        let c = try ContentBuilder(spec: spec, data: data, key: april).build()
        #expect(c.partial == nil, "\(String(describing: c.partial))")
        guard case let .summary(h) = c.sections[0].body else { Issue.record("no summary"); return }
        #expect(h[0].comparisons.contains { $0.contains("%") }, "\(h[0].comparisons)")
    }

    /// review10c F9: an export split by date is one dataset when its spec lists the
    /// files under one `path:`: it covers January to May, `latest` is May and April is
    /// compared (listed as two datasets, they share no day and `latest` refuses).
    @Test func oneDatasetMayBeSeveralFiles() throws {
        let dir = temporaryFolder("splitexport")
        func rows(_ from: String, _ to: String) -> [String] {
            var out: [String] = []
            var day = Self.d(from)
            while day <= Self.d(to) { out.append("\(day),Yemen,,x,killed,5,5,5"); day = day.adding(days: 1) }
            return out
        }
        write(csv(rows("2023-01-01", "2023-03-31")), to: dir + "/jan-mar.csv")
        write(csv(rows("2023-04-01", "2023-05-31")).replacingOccurrences(of: "\nr", with: "\nb"), to: dir + "/apr-may.csv")
        let spec = try SpecParser.parse("""
        title: T
        datasets:
          - path: [jan-mar.csv, apr-may.csv]
            name: ACLED
            source: ACLED
            licence: L
        sections:
          - type: summary
        """, file: dir + "/r.yml")
        #expect(spec.datasets.count == 1 && spec.files == [dir + "/jan-mar.csv", dir + "/apr-may.csv"])
        let data = try ReportData.load(spec)
        let may = PeriodKind.month.parseLabel("2023-05")!
        #expect(data.coverage == Coverage(first: Self.d("2023-01-01"), last: Self.d("2023-05-31")))
        #expect(data.datasets.datasets.map(\.name) == ["ACLED"])
        #expect(data.latestCompletePeriod(today: Self.d("2023-06-10")) == may)
        let content = try ContentBuilder(spec: spec, data: data, key: may).build()
        guard case let .summary(h) = content.sections[0].body else { Issue.record("no summary"); return }
        #expect(h[0].comparisons[0] == "April 2023: 150 (+3%)")
        #expect(content.partial == nil)
        // An empty list, or an entry that is no path, is refused with the key.
        #expect(throws: TallyError.self) {
            try SpecParser.parse("title: T\ndatasets:\n  - path: []\n    source: S\n    licence: L\nsections:\n  - type: summary\n",
                                 file: dir + "/r.yml")
        }
    }

    /// review10c F11: a figure is partial by the datasets holding its measure. A file
    /// of injured only, ending 12 April, beside a file of killed through April: the
    /// killed headline compares April with March and the cover's lead is unmarked;
    /// the injured headline withholds its change.
    @Test func aHeadlineIsPartialOnlyByTheDatasetsOfItsMeasure() throws {
        let dir = temporaryFolder("permeasure")
        func rows(_ last: String, _ measure: String) -> [String] {
            var out: [String] = []
            var day = Self.d("2023-01-01")
            while day <= Self.d(last) { out.append("\(day),Syria,,x,\(measure),2,2,2"); day = day.adding(days: 1) }
            return out
        }
        write(csv(rows("2023-04-30", "killed")), to: dir + "/p.csv")
        write(csv(rows("2023-04-12", "injured")).replacingOccurrences(of: "\nr", with: "\nq"), to: dir + "/q.csv")
        let spec = try SpecParser.parse("""
        title: T
        datasets:
          - path: p.csv
            source: P
            licence: L
          - path: q.csv
            source: Q
            licence: L
        sections:
          - type: summary
        """, file: dir + "/r.yml")
        let data = try ReportData.load(spec)
        let april = PeriodKind.month.parseLabel("2023-04")!
        let content = try ContentBuilder(spec: spec, data: data, key: april).build()
        guard case let .summary(h) = content.sections[0].body else { Issue.record("no summary"); return }
        let killed = h.first { $0.measure == "killed" }, injured = h.first { $0.measure == "injured" }
        #expect(killed?.comparisons.first == "March 2023: 62 (−3%)", "\(String(describing: killed?.comparisons))")
        #expect(injured?.comparisons.first?.contains("no change given") == true)
        #expect(content.cover.lead?.caption.contains("partial") == false, "\(String(describing: content.cover.lead?.caption))")
    }

    /// review10c F10: a source that reports continuously covers its quiet spells (no
    /// record for five months is five months of none), so they are neither gaps nor
    /// partial; stray rows before its start stay apart (the test above), and a source
    /// not known to report continuously keeps its runs.
    @Test func aContinuousSourceCoversItsQuietSpells() throws {
        var rows: [String] = []
        var day = Self.d("2022-01-01")
        while day <= Self.d("2022-06-30") { rows.append("\(day),A,,x,killed,1,1,1"); day = day.adding(days: 10) }
        day = Self.d("2022-12-01")
        while day <= Self.d("2023-05-31") { rows.append("\(day),A,,x,killed,1,1,1"); day = day.adding(days: 5) }
        rows.append("2023-05-31,A,,x,killed,1,1,1")
        let sep = PeriodKind.month.parseLabel("2022-09")!
        let spec = try oneDatasetSpec(csv(rows), folder: "quiet", dataset: "    continuous: true",
                                      sections: "  - type: timeline\n    measure: killed\n    periods: 18")
        let data = try ReportData.load(spec)
        #expect(data.coverage == Coverage(first: Self.d("2022-01-01"), last: Self.d("2023-05-31")))
        #expect(data.coverage(of: sep) == .complete)
        guard case let .chart(c) = try ContentBuilder(spec: spec, data: data, key: sep + 8).build().sections[0].body,
              let t = c.drawing as? TimelineChart else { Issue.record("expected a timeline"); return }
        #expect(t.series[0].points.contains { $0.periodKey == sep && $0.estimate.best == 0 })
        #expect(t.series[0].partial.isEmpty && t.partial.isEmpty)
        let (_, sparse) = try load(rows)
        #expect(sparse.coverage?.runs.count == 2)
        #expect(sparse.coverage(of: sep) == .gap(lastBefore: Self.d("2022-06-30"), firstAfter: Self.d("2022-12-01")))
    }

    /// A record dated to a month (`date_end`, HDX HAPI's monthly rows) covers the whole
    /// month; one known only to the year does not claim the rest of the year.
    @Test func aRecordCoversItsSpanUpToAQuarter() throws {
        let dir = temporaryFolder("spanend")
        write("""
        id,date_start,date_end,country,measure,low,best,high,source
        a,2024-01-01,2024-01-31,X,killed,5,5,5,s
        b,2024-02-01,2024-02-29,X,killed,9,9,9,s
        c,2024-01-01,2024-12-31,X,killed,3,3,3,s
        """ + "\n", to: dir + "/e.csv")
        let spec = try SpecParser.parse("title: T\ndatasets:\n  - path: e.csv\n    source: S\n    licence: L\nsections:\n  - type: summary\n",
                                        file: dir + "/r.yml")
        let data = try ReportData.load(spec)
        let feb = PeriodKind.month.parseLabel("2024-02")!
        #expect(data.coverage == Coverage(first: Self.d("2024-01-01"), last: Self.d("2024-02-29")))
        #expect(data.coverage(of: feb) == .complete)
        #expect(data.latestCompletePeriod(today: Self.d("2024-06-01")) == feb)
    }
}

@Suite struct PageLayoutTests {
    func content(rows: Int, notes: Int = 0) -> ReportContent {
        let table = TableContent(columns: ["Country", "Actor", "Killed"], numeric: [false, false, true],
                                 rows: (0 ..< rows).map { ["Country \($0)", "Actor \($0)", Estimate.grouped(Int64(1000 + $0))] },
                                 note: "")
        var sections = [SectionContent(title: "Table", body: .table(table))]
        if notes > 0 {
            sections.append(SectionContent(title: "Notes", body: .notes((0 ..< notes).map { _ in
                .paragraph([StyledRun(String(repeating: "word ", count: 60))])
            })))
        }
        return ReportContent(title: "T", subtitle: "S", kind: .month, periodKey: 24279, periodName: "April 2023",
                             periodLabel: "2023-04", isEmpty: false, sections: sections,
                             sources: SourcesContent(datasets: [], rowsRead: 1, namedSources: [], creationDate: "2023-05-01",
                                                     periodRule: "chosen"))
    }

    @Test func longTablesRepeatTheirHeaderOnEveryPage() throws {
        let style = PageStyle(paper: .a4)
        let layout = PageLayout(style: style, canvas: RecordingDocumentCanvas())
        let (pages, anchors) = layout.paginate(try layout.items(for: content(rows: 150)))
        var tablePages = 0
        var rowsSeen = 0
        for page in pages {
            let headers = page.filter { if case .tableHeader = $0.block { true } else { false } }
            let rows = page.filter { if case .tableRow = $0.block { true } else { false } }
            rowsSeen += rows.count
            if !rows.isEmpty {
                tablePages += 1
                #expect(headers.count == 1)
                #expect(headers[0].y < rows[0].y)
                #expect(rows.count >= 3)
            }
            for b in page { #expect(b.y + b.height <= style.content.maxY + 0.01) }
        }
        #expect(rowsSeen == 150)
        #expect(tablePages >= 3)
        #expect(anchors.map(\.title) == ["Table", "Sources and method"])
        #expect(anchors.last!.page == pages.count)
    }

    @Test func contentsLinesLinkToTheirSections() {
        let style = PageStyle(paper: .a4)
        let canvas = RecordingDocumentCanvas()
        let drawer = PageDrawer(style: style, content: content(rows: 3))
        let anchors = [Anchor(title: "Headline figures", page: 1, y: 300), Anchor(title: "Deaths by district", page: 4, y: 90),
                       Anchor(title: "Sources and method", page: 7, y: 70)]
        drawer.drawContents(anchors, on: canvas)
        #expect(canvas.links.map(\.1) == [1, 4, 7])
        #expect(canvas.links.map(\.2) == [292, 82, 62])
        let texts = canvas.base.texts.map(\.string)
        #expect(texts.contains("Deaths by district"))
        #expect(texts.contains("7"))
        // Each link covers its line.
        for (rect, _, _) in canvas.links { #expect(rect.width == style.content.width) }
    }

    @Test func pageFramesNumberPagesAndRepeatTheTitle() {
        let style = PageStyle(paper: .a4)
        let drawer = PageDrawer(style: style, content: content(rows: 3))
        let first = RecordingDocumentCanvas()
        drawer.drawFrame(on: first, page: 1, of: 7)
        #expect(first.base.texts.map(\.string) == ["1 / 7"])
        let third = RecordingDocumentCanvas()
        drawer.drawFrame(on: third, page: 3, of: 7)
        #expect(third.base.texts.map(\.string) == ["T", "April 2023", "3 / 7"])
        for t in third.base.texts { #expect(Rect(x: 0, y: 0, width: style.size.width, height: style.size.height).contains(t.box)) }
    }

    @Test func wrappedLinesStayInsideTheTextColumn() {
        let canvas = RecordingDocumentCanvas()
        let layout = PageLayout(style: PageStyle(paper: .letter), canvas: canvas)
        let lines = layout.wrap(MarkdownLite.inline("Some **bold words**, then *italic ones*: " + String(repeating: "filler ", count: 40)),
                                font: layout.style.bodyFont, width: 300)
        #expect(lines.count > 3)
        for line in lines {
            let w = line.reduce(0.0) { $0 + layout.width($1, size: layout.style.bodyFont.size) }
            #expect(w <= 300.5)
        }
        // Punctuation after emphasis stays glued to it.
        #expect(lines[0].map(\.text).joined().contains("bold words,"))
        #expect(lines[0].contains { $0.text.hasPrefix("italic ones") && $0.italic })
    }
}

/// Issue 10: a spec's `count_at_start: true` keeps the publisher's rule (every flow in
/// the period of its `date_start`), as `--count-at-start` does, and the footnote says
/// so. UCDP Syria, January 2016: nine events dated only to spans of two months to a
/// year (best 16,564) start that month.
@Suite struct CountAtStartSpecTests {
    func january(_ extra: String) throws -> (bars: BarChart, line: TimelineChart) {
        let spec = try SpecParser.parse("""
        title: T
        period:
          every: month
          which: 2016-01
        \(extra)
        datasets:
          - path: \(packageRoot)/Datasets/ucdp/ucdp_ged_syria_2016_2019.csv
            source: UCDP
            licence: CC BY 4.0
        sections:
          - type: bar
            measure: killed
            by: country
          - type: timeline
            measure: killed
            periods: 3
        """, file: temporaryFolder("count-at-start") + "/r.yml")
        let key = PeriodKind.month.parseLabel("2016-01")!
        var data = try ReportData.load(spec)
        try data.loadPeriod(key, spec: spec)
        let content = try ContentBuilder(spec: spec, data: data, key: key).build()
        guard case let .chart(b) = content.sections[0].body, let bars = b.drawing as? BarChart,
              case let .chart(t) = content.sections[1].body, let line = t.drawing as? TimelineChart
        else { throw TallyError.data("the sections are not a bar chart and a timeline") }
        return (bars, line)
    }

    @Test func theSpecKeyCountsAtTheStartAndTheFootnoteSaysSo() throws {
        let spans = try january("")
        #expect(spans.bars.bars.map(\.estimate.best) == [2_794])
        #expect(spans.bars.text.source.contains("16,564 (11,588–16,590) killed in events dated only to spans longer than a month are not counted in January 2016"),
                "\(spans.bars.text.source)")
        let atStart = try january("count_at_start: true")
        #expect(atStart.bars.bars.map(\.estimate.best) == [19_358])
        #expect(atStart.line.series[0].points.first?.estimate.best == 19_358)
        let note = "16,564 (11,588–16,590) killed in events dated only to spans longer than a month are counted in the month each starts in, "
            + "as the publisher's own tables count them (count_at_start: true in the spec)"
        #expect(atStart.bars.text.source.contains(note), "\(atStart.bars.text.source)")
        #expect(atStart.line.text.source.contains(note), "\(atStart.line.text.source)")
        #expect(!atStart.bars.text.source.contains("not counted"))
        #expect(throws: TallyError.self) { _ = try january("count_at_start: maybe") }
    }

    /// Only the events counted in the periods a chart shows are in its footnote.
    @Test func theFootnoteCountsOnlyThePeriodsShown() throws {
        let spec = try SpecParser.parse("""
        title: T
        count_at_start: true
        period:
          every: month
          which: 2019-11
        datasets:
          - path: \(packageRoot)/Datasets/ucdp/ucdp_ged_syria_2016_2019.csv
            source: UCDP
            licence: CC BY 4.0
        sections:
          - type: bar
            measure: killed
            by: country
        """, file: temporaryFolder("count-at-start") + "/r.yml")
        let key = PeriodKind.month.parseLabel("2019-11")!
        var data = try ReportData.load(spec)
        try data.loadPeriod(key, spec: spec)
        let content = try ContentBuilder(spec: spec, data: data, key: key).build()
        guard case let .chart(b) = content.sections[0].body, let bars = b.drawing as? BarChart else {
            Issue.record("no chart"); return
        }
        #expect(!bars.text.source.contains("16,564"), "\(bars.text.source)")
    }
}

/// Review 10c F8: what the date-span rule did to the lead figure is said on the cover,
/// and the method says which rule the report follows. UCDP Syria, January 2016: nine
/// events dated only to spans of two months to a year (best 16,564 together).
@Suite struct CoverSaysTheDateSpanRule {
    func content(_ extra: String) throws -> ReportContent {
        let dir = temporaryFolder()
        let text = """
        title: T
        name: t
        period: 2016-01
        \(extra)
        datasets:
          - path: \(packageRoot)/Datasets/ucdp/ucdp_ged_syria_2016_2019.csv
            source: UCDP
            licence: CC BY 4.0
        sections:
          - type: summary
            measures: [killed]
        """
        let spec = try SpecParser.parse(text, file: dir + "/r.yml")
        return try ContentBuilder(spec: spec, data: ReportData.load(spec), key: PeriodKind.month.parseLabel("2016-01")!).build()
    }

    @Test func leftOutOrCountedAtStartTheCoverSaysHowMuch() throws {
        let plain = try content("")
        #expect(plain.cover.lead?.figure == "2,794", "\(String(describing: plain.cover.lead))")
        #expect(plain.cover.summary.contains("A further 16,564 (11,588–16,590) killed in events dated only to spans longer than a month "
                                             + "that include January 2016 are not in this figure"), "\(plain.cover.summary)")
        #expect(ReportText(plain).method.map { $0.map(\.text).joined() }.joined().contains("is in no single period's figure"))
        let atStart = try content("count_at_start: true")
        #expect(atStart.cover.lead?.figure == "19,358", "\(String(describing: atStart.cover.lead))")
        #expect(atStart.cover.summary.contains("Of it, 16,564 (11,588–16,590) killed come from events dated only to spans longer than a month, "
                                               + "counted in the month each starts in"), "\(atStart.cover.summary)")
        let method = ReportText(atStart).method.map { $0.map(\.text).joined() }.joined()
        #expect(!method.contains("is in no single period's figure"))
        #expect(method.contains("Every event counts in the period of its start date"))
    }
}

/// review31 N3: two datasets a desk names alike (`name: monitor export` for each monthly
/// file) made the cover say "Data: monitor export, monitor export". Each name once.
@Suite struct CoverNamesEachDatasetOnce {
    @Test func datasetsNamedAlikeAreNamedOnce() throws {
        let dir = temporaryFolder()
        write("date_start,country,adm_1,measure,best\n2023-05-03,Syria,Idlib,killed,4\n2023-05-20,Syria,Aleppo,killed,2\n", to: dir + "/may.csv")
        write("date_start,country,adm_1,measure,best\n2023-06-02,Syria,Idlib,killed,3\n2023-06-21,Syria,Homs,killed,1\n", to: dir + "/jun.csv")
        let text = """
        title: T
        name: t
        period: 2023-06
        datasets:
          - path: \(dir)/may.csv
            name: monitor export
            source: monitor
            licence: CC0
          - path: \(dir)/jun.csv
            name: monitor export
            source: monitor
            licence: CC0
        sections:
          - type: summary
            measures: [killed]
        """
        let spec = try SpecParser.parse(text, file: dir + "/r.yml")
        let content = try ContentBuilder(spec: spec, data: ReportData.load(spec), key: PeriodKind.month.parseLabel("2023-06")!).build()
        let meta = ReportText(content).coverMeta[0]
        #expect(meta.hasPrefix("Data: monitor export ·") || meta.contains("monitor export ·"), "\(meta)")
        #expect(!meta.contains("monitor export, monitor export"), "\(meta)")
    }
}

/// review36 N4: "Killed fell from 414 in April 2023 to 413 (−0%)". A change that rounds
/// to 0% gets one decimal, or as many as it takes not to be zero, in every language;
/// whole percentages are as before.
@Suite struct SmallChangesAreNotZero {
    @Test func aChangeUnderHalfAPercentHasDecimals() throws {
        #expect(ReportWords.change(from: 414, to: 413) == "\u{2212}0.2%")
        #expect(ReportWords.change(from: 413, to: 414) == "+0.2%")
        #expect(ReportWords.change(from: 100_000, to: 99_999) == "\u{2212}0.001%")
        #expect(ReportWords.change(from: 1000, to: 996) == "\u{2212}0.4%")
        // Unchanged: whole percentages and the same figure.
        #expect(ReportWords.change(from: 1000, to: 995) == "\u{2212}1%")
        #expect(ReportWords.change(from: 1154, to: 839) == "\u{2212}27%")
        #expect(ReportWords.change(from: 414, to: 414) == "no change")
        for code in ["fr", "es", "ar"] {
            let locale = try #require(DisplayLocale(identifier: code))
            DisplayLocale.with(locale) {
                let fell = ReportWords.change(from: 414, to: 413) ?? ""
                let digits = fell.unicodeScalars.filter { $0.properties.numericType != nil }.map { String($0.properties.numericValue.map { Int($0) } ?? -1) }.joined()
                #expect(digits == "02", "\(code): \(fell)")
                #expect(fell.contains("-") || fell.contains("\u{2212}"), "\(code): \(fell)")
                #expect(ReportWords.change(from: 1154, to: 839).map { !$0.contains(",") && !$0.contains(".") && !$0.contains("٫") } == true, "\(code)")
            }
        }
        DisplayLocale.with(try #require(DisplayLocale(identifier: "fr"))) {
            #expect(ReportWords.change(from: 414, to: 413).map { String($0.map { $0 == "\u{202F}" || $0 == "\u{A0}" ? " " : $0 }) } == "\u{2212}0,2 %")
        }
    }
}

/// review30 N9: the French cover dropped the measure's heading into a sentence ("En
/// outre, Tués : 180 …", "Plus forte variation depuis … : Tués, de … à …", no verb). A
/// heading inside a sentence is lowered, unless its first word is in capitals.
@Suite struct MeasureInSentence {
    @Test func aHeadingIsLoweredUnlessItsFirstWordIsInCapitals() {
        #expect(ReportWords.inSentence("Tués") == "tués")
        #expect(ReportWords.inSentence("Civilians killed") == "civilians killed")
        #expect(ReportWords.inSentence("IS members") == "IS members")
        #expect(ReportWords.inSentence("ACLED fatalities") == "ACLED fatalities")
        #expect(ReportWords.inSentence("قتلى") == "قتلى")
        #expect(ReportWords.inSentence("") == "")
    }

    @Test func theFrenchCoverSentencesHaveTheirVerb() throws {
        let fr = try #require(DisplayLocale(identifier: "fr"))
        let args = ["figure": "180 (5–180)", "measure": "Tués", "measure_lower": "tués", "period_noun": "mois", "period": "novembre 2019",
                    "then": "1 154", "now": "839", "change": "−27 %"]
        // No agreement to get wrong (review34 N1, N2: "1 tués", "les frappes aériennes sont passés").
        #expect(Messages.text("report.cover.span_left_out", args, locale: fr)
                .hasPrefix("Les événements datés seulement sur un intervalle plus long que la période (mois) et incluant novembre 2019 ne sont pas comptés dans ce chiffre ; ils représentent, pour « tués », 180 (5–180) ;"))
        // review40 N1: a figure with its range is never put inside the sentence's own
        // brackets (`(« tués » : 180 (5–180))`), in French or Spanish.
        let es = try #require(DisplayLocale(identifier: "es"))
        let nested = try Regex(#"\([^()]*\("#)
        for key in ["report.cover.span_left_out", "report.cover.span_at_start"] {
            for locale in [fr, es] {
                let text = Messages.text(key, args, locale: locale)
                #expect(text.contains("180 (5–180)") && text.firstMatch(of: nested) == nil, "\(text)")
            }
        }
        #expect(Messages.text("report.cover.change.fell.largest", args, locale: fr)
                == "Plus forte variation depuis novembre 2019 : le chiffre « tués » passe de 1 154 à 839 (−27 %).")
    }
}
