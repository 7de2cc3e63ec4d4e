import Foundation
import Testing
import TallyCore
import TallyIO
@testable import TallyReport

@Suite struct SpecParserTests {
    func parse(_ yaml: String) throws(TallyError) -> ReportSpec { try SpecParser.parse(yaml, file: "Reports/x.yml") }

    func error(_ yaml: String) -> TallyError? {
        do { _ = try parse(yaml); return nil } catch { return error }
    }

    let minimal = """
    title: Brief
    datasets:
      - path: ../Datasets/a.csv
        source: S
        licence: CC BY 4.0
    sections:
      - type: summary
    """

    /// Editors on Windows start UTF-8 files with a byte-order mark; YAML allows it and
    /// the spec reads the same with or without it (issue 9 review, item 4). A mark
    /// anywhere else is still the text it is.
    @Test func aSpecStartingWithAByteOrderMarkReadsAsWithout() throws {
        let plain = try parse(minimal)
        let marked = try parse("\u{FEFF}" + minimal)
        #expect(marked.title == plain.title && marked.title == "Brief")
        #expect(marked.datasets.count == 1 && marked.sections.count == 1)
        // Errors keep their line numbers after the mark.
        let e = error("\u{FEFF}title: Brief\nbogus: 1\n" + minimal.split(separator: "\n").dropFirst().joined(separator: "\n"))
        #expect(e?.exitCode == 64)
        #expect(e?.message.hasPrefix("Reports/x.yml:2: ") == true, "\(e?.message ?? "accepted")")
        #expect(error("\u{FEFF}") != nil)
        #expect(error("\u{FEFF}\u{FEFF}" + minimal) != nil)
    }

    /// A name starts every output file name and the paths are printed one a line:
    /// control and bidi-override characters are refused (issue 9, item 19).
    @Test func aNameWithControlOrBidiCharactersIsRefused() throws {
        for bad in ["x\\ny", "x\\ry", "x\\ty", "x\\ey", "x\\x7Fy", "x\\x85y", "x\\u202Ey", "x\\u2066y",
                    "x\\u2069y", "x\\u200Fy", "x\\u061Cy", "x\\u2028y"] {
            let e = error("name: \"\(bad)\"\n" + minimal)
            #expect(e?.exitCode == 64, "\(bad)")
            #expect(e?.message.contains("name: contains") == true, "\(bad): \(e?.message ?? "accepted")")
        }
        #expect(try parse("name: brief-é 2023\n" + minimal).name == "brief-é 2023")
    }

    /// Ids made from measure names stay inside --out-dir and apart from each other
    /// (issue 9, item 18); ids given in the spec keep their strict check.
    @Test func chartIDsFromMeasureNamesAreSafeFileNames() throws {
        let spec = try parse("""
        title: Brief
        datasets:
          - path: a.csv
            source: S
            licence: CC0
        sections:
          - type: bar
            measure: killed/wounded
          - type: bar
            measure: killed wounded
          - type: timeline
            measure: ../../x
          - type: bar
            id: killed-wounded-by-country-2
            measure: injured
          - type: bar
            measure: قتلى
        """)
        #expect(spec.sections.compactMap(\.chartID) == ["killed-wounded-by-country", "killed-wounded-by-country-3",
                                                         "x-trend", "killed-wounded-by-country-2",
                                                         "\(FileNames.chartID("قتلى"))-by-country"])
        #expect(FileNames.chartID("قتلى").hasPrefix("measure-"))
        #expect(FileNames.chartID(String(repeating: "k", count: 300)).utf8.count == 48)
        for id in spec.sections.compactMap(\.chartID) {
            #expect(!id.contains("/") && !id.hasPrefix(".") && !id.hasPrefix("-"))
        }
    }

    /// audit9b N3: one path as two datasets read differently lost one reading's records.
    @Test func onePathAsTwoDatasetsReadDifferentlyIsRefused() throws {
        let twice = """
        title: Brief
        datasets:
          - path: ../Datasets/two.xlsx
            sheet: Jan
            source: S
            licence: CC BY 4.0
          - path: ../Datasets/two.xlsx
            sheet: Feb
            source: S
            licence: CC BY 4.0
        sections:
          - type: summary
        """
        do {
            _ = try parse(twice)
            Issue.record("two readings of one path were accepted")
        } catch {
            #expect(error.description.contains("datasets[1]: ../Datasets/two.xlsx is also datasets[0], read there with other options"), "\(error)")
        }
        // Read alike, it is one file given twice: read once (the run says so).
        _ = try parse(twice.replacingOccurrences(of: "sheet: Feb", with: "sheet: Jan"))
    }

    @Test func minimalSpecTakesDefaults() throws {
        let spec = try parse(minimal)
        #expect(spec.title == "Brief")
        #expect(spec.name == "x")
        #expect(spec.period == PeriodChoice(every: .month, which: .latest))
        #expect(spec.allowEmpty == false)
        #expect(spec.datasets[0].resolvedPath == "Reports/../Datasets/a.csv")
        // audit10 F1: with no name, the credit under charts is the dataset's source, not
        // its file name ("a.csv" before).
        #expect(spec.datasets[0].credit == "S")
        #expect(spec.datasets[0].name == "a.csv")
        let named = try parse(minimal.replacingOccurrences(of: "    source: S\n", with: "    source: S\n    name: Balkh news\n"))
        #expect(named.datasets[0].credit == "Balkh news")
        let credited = try parse(minimal.replacingOccurrences(of: "    source: S\n", with: "    source: S\n    credit: C\n"))
        #expect(credited.datasets[0].credit == "C")
        var summary = SummarySpec()
        summary.titleGenerated = true
        #expect(spec.sections == [.summary(summary)])
    }

    @Test func everySectionKindParses() throws {
        let spec = try parse("""
        title: Brief
        name: monthly
        period: 2023-04
        allow_empty: yes
        stocks: [strength_est]
        filter:
          countries: [Syria]
        datasets:
          - path: /data/a.csv
            source: S
            license: CC0
            credit: A
            schema: ucdp-ged
        sections:
          - type: bar
            measure: killed
            by: adm1
            top: 5
          - type: timeline
            measure: killed
            by: [country]
            periods: 12
            annotate: ["2023-04-03=Raid"]
          - type: table
            by: adm1, actor
            measures: [killed, injured]
            top: 20
          - type: notes
            text: Hello
        """)
        #expect(spec.period.which == .key(PeriodKind.month.parseLabel("2023-04")!))
        #expect(spec.allowEmpty)
        #expect(spec.stocks == ["strength_est"])
        #expect(spec.filter.countries == ["Syria"])
        #expect(spec.datasets[0].resolvedPath == "/data/a.csv")
        #expect(spec.datasets[0].licence == "CC0")
        #expect(spec.datasets[0].schema == "ucdp-ged")
        // Titles not given are written again from the data's unit when the report runs.
        var bar = BarSpec(id: "killed-by-country-adm1", title: "Killed by province", measure: "killed", by: [.adm1], top: 5)
        bar.titleGenerated = true
        #expect(spec.sections[0] == .bar(bar))
        var timeline = TimelineSpec(id: "killed-trend-by-country", title: "Killed per month by country",
                                    measure: "killed", by: [.country], top: 5, periods: 12, annotations: ["2023-04-03=Raid"])
        timeline.titleGenerated = true
        #expect(spec.sections[1] == .timeline(timeline))
        // No title: the brief writes the default in its language (ReportContent).
        var table = TableSpec(title: "By actor involved and place", by: [.adm1, .actor], measures: ["killed", "injured"], top: 20)
        table.titleGenerated = true
        #expect(spec.sections[2] == .table(table))
        var notes = NotesSpec(title: "Notes", text: "Hello")
        notes.titleGenerated = true
        #expect(spec.sections[3] == .notes(notes))
    }

    @Test func unknownKeyIsNamedWithItsLine() {
        let e = error(minimal + "\n  - type: bar\n    measure: killed\n    mesure: injured\n")
        #expect(e?.exitCode == 64)
        #expect(e?.message == "Reports/x.yml:10: sections[1].mesure: unknown key (expected one of: type, id, title, subtitle, measure, by, top, alt, highlight, annotate)")
    }

    @Test func missingRequiredKeysAreNamed() {
        #expect(error("datasets: []\n")?.message == "Reports/x.yml:1: title: missing (required)")
        let noLicence = """
        title: T
        datasets:
          - path: a.csv
            source: S
        sections:
          - type: summary
        """
        #expect(error(noLicence)?.message == "Reports/x.yml:3: datasets[0].licence: missing (required)")
        #expect(error("title: T\ndatasets:\n  - path: a.csv\n    source: S\n    licence: L\n")?.message
            == "Reports/x.yml:1: sections: missing (required)")
    }

    @Test func badValuesNameKeyAndLine() {
        let period = minimal.replacingOccurrences(of: "title: Brief", with: "title: Brief\nperiod: April")
        #expect(error(period)?.message == "Reports/x.yml:2: period: \"April\" is neither 'latest' nor a month such as 2023-04")
        let every = minimal.replacingOccurrences(of: "title: Brief", with: "title: Brief\nperiod:\n  every: week")
        #expect(error(every)?.message == "Reports/x.yml:3: period.every: \"week\" is not month, quarter or year")
        let section = minimal.replacingOccurrences(of: "type: summary", with: "type: pie")
        #expect(error(section)?.message == "Reports/x.yml:7: sections[0].type: unknown section type 'pie' (summary, bar, timeline, table, notes)")
        let top = minimal + "\n  - type: bar\n    measure: killed\n    top: many\n"
        #expect(error(top)?.message == "Reports/x.yml:10: sections[1].top: expected a whole number")
        let by = minimal + "\n  - type: table\n    by: [province]\n"
        #expect(error(by)?.message == "Reports/x.yml:9: sections[1].by: unknown key 'province' (use country, adm1, adm2, actor)")
        let two = minimal + "\n  - type: bar\n    measure: killed,injured\n"
        #expect(error(two)?.message == "Reports/x.yml:9: sections[1].measure: a chart shows exactly one measure")
        let allow = minimal + "\nallow_empty: maybe\n"
        #expect(error(allow)?.message == "Reports/x.yml:8: allow_empty: expected true or false")
    }

    @Test func chartIDsAreFileNameSafeAndUnique() throws {
        let unsafe = minimal + "\n  - type: bar\n    id: ../evil\n    measure: killed\n"
        #expect(error(unsafe)?.message == "Reports/x.yml:9: sections[1].id: use letters, digits, '-' and '_' only (it is part of a file name)")
        let twice = minimal + "\n  - type: bar\n    measure: killed\n  - type: bar\n    measure: killed\n"
        // Ids made from the measure get -2, -3 (issue 9, item 18); ids the spec gives must be unique.
        #expect(try parse(twice).sections.compactMap(\.chartID) == ["killed-by-country", "killed-by-country-2"])
        let given = minimal + "\n  - type: bar\n    id: k\n    measure: killed\n  - type: bar\n    id: k\n    measure: killed\n"
        #expect(error(given)?.message.hasSuffix(": sections[2].id: 'k' is used by two charts (it names the PNG)") == true)
    }

    @Test func yamlSyntaxErrorsGiveTheLine() {
        let e = error("title: T\ndatasets:\n  - path: [a\nsections: []\n")
        #expect(e?.exitCode == 64)
        #expect(e?.message.hasPrefix("Reports/x.yml:4: not valid YAML") == true)
        #expect(error("")?.message == "Reports/x.yml: the report spec is empty")
    }
}

@Suite struct MarkdownLiteTests {
    @Test func paragraphsAndBullets() {
        let blocks = MarkdownLite.parse("""
        First line
        continues here.

        - one item
          wrapped
        * two
        After.
        """)
        #expect(blocks == [
            .paragraph([StyledRun("First line continues here.")]),
            .bullet([StyledRun("one item wrapped")]),
            .bullet([StyledRun("two After.")]),
        ])
    }

    @Test func emphasis() {
        #expect(MarkdownLite.inline("a **b c** d *e* _f_") == [
            StyledRun("a "), StyledRun("b c", bold: true), StyledRun(" d "), StyledRun("e", italic: true),
            StyledRun(" "), StyledRun("f", italic: true),
        ])
    }

    @Test func stray_markers_stay_literal() {
        #expect(MarkdownLite.inline("5 * 3 and civilians_killed") == [StyledRun("5 * 3 and civilians_killed")])
        #expect(MarkdownLite.inline("**open") == [StyledRun("**open")])
    }
}

/// `highlight:` and `annotate:` of a report's charts (issue 13, item 8), as
/// `--highlight` and `--annotate` take them.
@Suite struct HighlightSpecTests {
    func spec(_ bar: String, _ timeline: String = "") -> String {
        newsSpec().replacingOccurrences(of: "    by: actor\n", with: "    by: actor\n" + bar)
            .replacingOccurrences(of: "    periods: 6\n", with: "    periods: 6\n" + timeline)
    }

    func outcome(_ yaml: String) -> Result<ReportOutputs, TallyError> {
        let dir = temporaryFolder()
        write(yaml, to: dir + "/brief.yml")
        do { return .success(try run(dir + "/brief.yml", out: dir + "/out")) } catch { return .failure(error) }
    }

    @Test func highlightAndNotesReachTheChartsWords() throws {
        let out = try outcome(spec("    highlight: taliban\n    annotate: [\"Taliban=Balkh raid\"]\n",
                                   "    annotate: [\"@2023-04=Raid month\"]\n")).get()
        let bar = try #require(out.alt.first { $0.id == "killed" }?.text)
        #expect(bar.contains("Highlighted: Taliban.") && bar.contains("Note at Taliban: Balkh raid."), "\(bar)")
        let line = try #require(out.alt.first { $0.id != "killed" }?.text)
        #expect(line.contains("Note at April 2023: Raid month."), "\(line)")
    }

    @Test(arguments: [("    highlight: Talibn\n", "", "chart 'killed': highlight \"Talibn\" is not in the chart; did you mean \"Taliban\"?"),
                      ("    annotate: [\"Talibn=x\"]\n", "", "chart 'killed': annotate \"Talibn\" is not in the chart; did you mean \"Taliban\"?"),
                      ("", "    highlight: [killed, nobody]\n", "highlight \"nobody\""),
                      ("    highlight: []\n", "", nil)])
    func aNameThatNamesNothingIsASpecError(bar: String, timeline: String, says: String?) {
        switch outcome(spec(bar, timeline)) {
        case .success: #expect(says == nil)
        case let .failure(e):
            #expect(e.exitCode == 64)
            #expect(says.map { e.message.contains($0) } == true, "\(e.message)")
        }
    }

    @Test func aMalformedNoteIsRefusedWhereItIsWritten() {
        guard case let .failure(e) = outcome(spec("    annotate: [\"no equals\"]\n")) else { Issue.record("accepted"); return }
        #expect(e.exitCode == 64 && e.message.contains(".annotate[0]: expected NAME=TEXT"), "\(e.message)")
    }
}
