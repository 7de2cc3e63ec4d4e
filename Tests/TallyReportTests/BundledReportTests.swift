import Testing
import TallyTestSupport
import TallyCharts
import TallyCore
import TallyIO
@testable import TallyReport

/// The specs shipped in Reports/ on the data shipped in Datasets/.
@Suite struct BundledReportTests {
    @Test func syriaBriefShowsUCDPFiguresWithRanges() throws {
        let spec = try Report.loadSpec(packageRoot + "/Reports/syria-ucdp.yml")
        var data = try ReportData.load(spec)
        // Districts are a fine grouping: the period gets its own pass.
        #expect(data.separatePeriodPass)
        let key = try #require(data.latestCompletePeriod(today: CalendarDay("2026-01-01")!))
        #expect(PeriodKind.month.label(key) == "2019-11")
        try data.loadPeriod(key, spec: spec)
        let content = try ContentBuilder(spec: spec, data: data, key: key).build()
        guard case let .summary(headlines) = content.sections[0].body else { Issue.record("no summary"); return }
        // Cross-checked with `tally aggregate … --by country --period month`.
        // Rows whose best lies outside their range are widened to their envelope (as
        // published the month summed to 806/839/891).
        #expect(headlines[0].figure == Estimate(unchecked: 805, best: 839, high: 892))
        #expect(headlines[0].figure?.display == "839 (805–892)")
        #expect(headlines[0].events == 192)
        // October 2019 without the events dated only to spans longer than a month (the
        // date-span rule; they were 1,134–1,411 with them piled into October).
        #expect(headlines[0].comparisons == ["October 2019: 1,154 (1,115–1,243) (\u{2212}27%)", "November 2018: 1,188 (1,188–1,401) (\u{2212}29%)"])
        #expect(headlines[1].figure?.display == "158")
        guard case let .table(table) = content.sections[5].body else { Issue.record("no table"); return }
        #expect(table.columns == ["Province", "District", "Killed", "Civilians killed", "Records"])
        #expect(table.rows[0] == ["Idlib Governorate", "Maarat al-Numaan district", "226 (219–228)", "56", "43"])
        // Districts not given (events placed only to a province) follow the 30 largest
        // named districts and are never cut (issue 10, item 6).
        #expect(table.note.hasPrefix("All rows: country Syria. The 30 largest of 32 named rows by killed, then the 3 rows whose name is not given"))
        #expect(table.rows.count == 33)
        #expect(table.rows[..<30].allSatisfy { $0[1] != "(not given)" })
        #expect(table.rows[30...].allSatisfy { $0[1] == "(not given)" })

        let (pdf, pages) = try Report.renderPDF(content, spec: spec, paper: .a4)
        #expect(pages > 4)
        let text = String(decoding: pdf, as: UTF8.self)
        // Over four pages: a contents page, in the outline too.
        #expect(text.contains("/Title (Contents)"))
        #expect(text.contains("/Count \(pages)"))
    }

    @Test func oneAndTwoPassesGiveTheSameFiles() throws {
        let spec = try Report.loadSpec(packageRoot + "/Reports/syria-ucdp.yml")
        let key = PeriodKind.month.parseLabel("2019-06")!
        let single = try ReportData.load(spec, separatePeriodPass: false)
        var split = try ReportData.load(spec, separatePeriodPass: true)
        try split.loadPeriod(key, spec: spec)
        #expect(single.result.grouping.keys == [.country, .adm1, .adm2, .actor])
        #expect(split.result.grouping.keys == [.country, .adm1])
        #expect(ResultWriter.csv(single.periodAggregate(key)) == ResultWriter.csv(split.periodAggregate(key)))
        let a = try Report.renderPDF(ContentBuilder(spec: spec, data: single, key: key).build(), spec: spec, paper: .a4)
        let b = try Report.renderPDF(ContentBuilder(spec: spec, data: split, key: key).build(), spec: spec, paper: .a4)
        #expect(a.1 == b.1)
        #expect(a.0 == b.0)
    }

    @Test func monthlyBriefOnTheNewsItem() throws {
        let spec = try Report.loadSpec(packageRoot + "/Reports/monthly.yml")
        var data = try ReportData.load(spec)
        // The news item's data ends on 3 April: the last month it covers is March, so the
        // spec names April, which is then marked partial (issue 10, item 2).
        #expect(PeriodKind.month.label(try #require(data.latestCompletePeriod(today: CalendarDay("2026-01-01")!))) == "2023-03")
        guard case let .key(key) = spec.period.which else { Issue.record("monthly.yml names its month"); return }
        #expect(PeriodKind.month.label(key) == "2023-04")
        try data.loadPeriod(key, spec: spec)
        let content = try ContentBuilder(spec: spec, data: data, key: key).build()
        #expect(content.partial == "partial: data to 3 April")
        guard case let .summary(headlines) = content.sections[0].body else { Issue.record("no summary"); return }
        #expect(headlines.map { $0.figure?.display ?? "last " + ($0.lastObserved?.estimate.display ?? "none") }
            == ["7", "0", "0", "last 5,000–7,000", "last ~2,500–3,500"])
        // No "+133%" of a partial April against March; a year before, the news item
        // (from February 2023) says nothing either way.
        #expect(headlines[0].comparisons == ["March 2023: 3 (April 2023 is partial; no change given)", "April 2022: before the data"])
        // Issue 10, item 5: the killed trend starts at the first killed record (March),
        // not at the February stock observations, and has no zero anywhere: the news
        // item is a native CSV, not known to report continuously.
        let trend = content.sections.compactMap { s -> TimelineChart? in
            if case let .chart(c) = s.body { return c.drawing as? TimelineChart }
            return nil
        }
        #expect(trend.count == 1)
        #expect(trend.first?.series.map { $0.points.map(\.periodKey) } == [[key - 1, key]])
        #expect(trend.first?.series[0].points.map(\.estimate.best) == [3, 7])
        #expect(data.reporting == .sparse)
        let (pdf, pages) = try Report.renderPDF(content, spec: spec, paper: .a4)
        // Cover (with its lead figure and summary) and headlines, charts and table,
        // the notes' end, sources: four pages, too few for contents.
        #expect(pages == 4)
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(!text.contains("/Title (Contents)"))
        #expect(text.contains("/Title (What the figures say)"))
    }
}

/// Issue 10, item 9: the sources page names datasets by title and source, never by the
/// path the spec reads them from; the cover says what a figure is in a reader's words.
@Suite struct ReaderWordsTests {
    /// Every text the pages draw, in order.
    func pageTexts(_ specPath: String, period: String? = nil) throws -> [String] {
        let spec = try Report.loadSpec(specPath)
        var data = try ReportData.load(spec)
        let key: Int32
        if let period { key = PeriodKind.month.parseLabel(period)! } else {
            switch spec.period.which {
            case let .key(k): key = k
            case .latest: key = try #require(data.latestCompletePeriod(today: CalendarDay("2026-01-01")!))
            }
        }
        try data.loadPeriod(key, spec: spec)
        let content = try ContentBuilder(spec: spec, data: data, key: key).build()
        let style = PageStyle(paper: .a4)
        let canvas = RecordingDocumentCanvas()
        let layout = PageLayout(style: style, canvas: canvas)
        let (pages, _) = layout.paginate(try layout.items(for: content))
        let drawer = PageDrawer(style: style, content: content)
        for page in pages { for block in page { drawer.draw(block, on: canvas) } }
        return canvas.base.texts.map(\.string)
    }

    @Test(arguments: ["monthly.yml", "syria-ucdp.yml"])
    func bundledBriefsShowNoPathsAndNoJargon(spec: String) throws {
        let texts = try pageTexts(packageRoot + "/Reports/" + spec)
        let all = texts.joined(separator: "\n")
        #expect(!all.contains("../"), "a relative path on a page")
        // The path the spec reads each dataset from, and its file name, appear nowhere
        // (a description written by the spec's author may still cite a README).
        for d in try Report.loadSpec(packageRoot + "/Reports/" + spec).datasets {
            #expect(!all.contains(d.path), "\(d.path) on a page")
            #expect(!all.contains(String(d.path.split(separator: "/").last!)), "a file name instead of a title")
        }
        for jargon in ["(flow)", "(stock)", "count (", "size ("] { #expect(!all.contains(jargon), "\(jargon)") }
        #expect(!all.contains("A record counts in the period of its start date"))
        if spec == "monthly.yml" {
            #expect(texts.contains("deaths in the month"))
            #expect(texts.contains("members, latest figure"))
            #expect(texts.contains("Balkh and Syria news item, April 2023"))
        } else {
            #expect(texts.contains("UCDP GED Syria 2016–2019"))
            #expect(texts.contains("civilian deaths in the month"))
        }
    }

    @Test func aDatasetWithoutATitleIsNamedByItsPublisher() throws {
        let dir = temporaryFolder("titles")
        let ucdp = packageRoot + "/Datasets/ucdp/ucdp_ged191_mmr_bgd.csv"
        func spec(_ dataset: String) -> String {
            "title: T\nperiod:\n  every: month\n  which: 2017-08\ndatasets:\n\(dataset)\nsections:\n  - type: summary\n"
        }
        // Detected from the header, without a schema key.
        write(spec("  - path: \(ucdp)\n    source: UCDP, Uppsala University\n    licence: CC BY 4.0"), to: dir + "/a.yml")
        let texts = try pageTexts(dir + "/a.yml")
        #expect(texts.contains("UCDP Georeferenced Event Dataset (GED)"))
        #expect(!texts.joined().contains("ucdp_ged191"))
        // Declared schema: the parser names it already; `title:` is the same as `name:`.
        let declared = try SpecParser.parse(spec("  - path: x.csv\n    schema: acled\n    source: S\n    licence: L"), file: dir + "/b.yml")
        #expect(declared.datasets[0].name == "ACLED, Armed Conflict Location & Event Data")
        let titled = try SpecParser.parse(spec("  - path: x.csv\n    title: My data\n    source: S\n    licence: L"), file: dir + "/c.yml")
        #expect(titled.datasets[0].name == "My data")
        #expect(throws: TallyError.self) {
            try SpecParser.parse(spec("  - path: x.csv\n    title: A\n    name: B\n    source: S\n    licence: L"), file: dir + "/d.yml")
        }
        // A native file without a title keeps its file name (no folders): nothing better is known.
        let native = try SpecParser.parse(spec("  - path: ../Data/x.csv\n    source: S\n    licence: L"), file: dir + "/e.yml")
        #expect(native.datasets[0].name == "x.csv")
    }

    @Test func figureKindsInReadersWords() {
        #expect(ReportWords.figureKind("killed", kind: .flow, period: .month) == "deaths in the month")
        #expect(ReportWords.figureKind("civilians_injured", kind: .flow, period: .quarter) == "civilians injured in the quarter")
        #expect(ReportWords.figureKind("members", kind: .stock, period: .month) == "members, latest figure")
        #expect(ReportWords.figureKind("strength_est", kind: .stock, period: .year) == "strength est, latest figure")
    }
}

/// Issue 15, item 6: the Arabic and French versions of the bundled Syria brief give the
/// English brief's figures; the Arabic one reads right to left.
@Suite struct TranslatedBriefTests {
    func build(_ file: String) throws -> (ReportSpec, ReportContent) {
        let spec = try Report.loadSpec(packageRoot + "/Reports/" + file)
        return try DisplayLocale.with(spec.displayLocale) { () throws -> (ReportSpec, ReportContent) in
            var data = try ReportData.load(spec)
            let key = try #require(data.latestCompletePeriod(today: CalendarDay("2026-01-01")!))
            try data.loadPeriod(key, spec: spec)
            return (spec, try ContentBuilder(spec: spec, data: data, key: key).build())
        }
    }

    @Test(arguments: ["syria-ucdp-ar.yml", "syria-ucdp-fr.yml"])
    func theTranslatedSyriaBriefsGiveTheEnglishFigures(file: String) throws {
        let (_, english) = try build("syria-ucdp.yml")
        let (spec, translated) = try build(file)
        #expect(translated.periodLabel == "2019-11" && english.periodLabel == "2019-11")
        try #require(translated.sections.count == english.sections.count)
        var compared = 0
        for (a, b) in zip(english.sections, translated.sections) {
            switch (a.body, b.body) {
            case let (.summary(x), .summary(y)):
                #expect(x.map(\.figure) == y.map(\.figure))
                #expect(y.first?.figure == Estimate(unchecked: 805, best: 839, high: 892))
                compared += 1
            case let (.chart(x), .chart(y)):
                if let p = x.drawing as? BarChart, let q = y.drawing as? BarChart {
                    #expect(p.bars.map(\.estimate) == q.bars.map(\.estimate))
                    compared += 1
                }
            case let (.table(x), .table(y)):
                #expect(x.rows.count == y.rows.count)
                compared += 1
            default: break
            }
        }
        #expect(compared == 4)
        #expect(spec.theme.direction == (file == "syria-ucdp-ar.yml" ? .rightToLeft : .leftToRight))
        let (_, pages) = try DisplayLocale.with(spec.displayLocale) { () throws -> ([UInt8], Int) in
            try Report.renderPDF(translated, spec: spec, paper: .a4)
        }
        // The notes end on the page they start on, as in the English brief: no page
        // holding a sentence's last line.
        #expect(pages == 6)
    }
}
