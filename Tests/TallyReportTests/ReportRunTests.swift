import Foundation
import Testing
import TallyCore
import TallyCharts
import TallyIO
import TallyTestSupport
@testable import TallyReport

let april2023 = CalendarDay("2026-01-01")!

func run(_ specPath: String, out: String, period: String? = nil, formats: Set<ReportFormat>? = ReportFormat.defaults,
         paper: Paper = .a4) throws(TallyError) -> ReportOutputs {
    try Report.run(ReportRequest(specPath: specPath, period: period, outDir: out, formats: formats, paper: paper,
                                 today: april2023))
}

@Suite struct ReportRunTests {
    @Test func writesPDFChartsAndCSVNamedByPeriod() throws {
        let dir = temporaryFolder()
        write(newsSpec(), to: dir + "/brief.yml")
        let out = try run(dir + "/brief.yml", out: dir + "/out")
        #expect(out.period == "2023-04")
        #expect(out.paths == [dir + "/out/brief-2023-04.pdf", dir + "/out/brief-2023-04-killed.png",
                              dir + "/out/brief-2023-04-killed-trend.png", dir + "/out/brief-2023-04.csv"])
        #expect(files(in: dir + "/out") == ["brief-2023-04-killed-trend.png", "brief-2023-04-killed.png",
                                            "brief-2023-04.csv", "brief-2023-04.pdf"])
        let pdf = bytes(out.pdf!)!
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(out.pageCount >= 2)
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.contains("/Title (Sources and method)"))
        #expect(text.contains("/CreationDate (20230501000000Z)"))
        // PNG at twice 1200 wide.
        let png = bytes(out.charts[0].path)!
        #expect(Array(png[0 ..< 8]) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let width = png[16 ..< 20].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 2400)
        // The CSV is the period's aggregate at the sections' grouping, as `tally aggregate`
        // writes it, and columns `partial` and `covered`: the news item's records end on 3 April.
        #expect(String(decoding: bytes(out.csv!)!, as: UTF8.self) == """
        country,adm_1,actor,period,measure,low,best,high,events,estimate,partial,covered
        Afghanistan,Balkh,Taliban,2023-04,killed,6,6,6,1,6,data to 3 April,2023-04-01/2023-04-03
        Syria,,United States (CENTCOM),2023-04,civilians_injured,0,0,0,1,0,data to 3 April,2023-04-01/2023-04-03
        Syria,,United States (CENTCOM),2023-04,civilians_killed,0,0,0,1,0,data to 3 April,2023-04-01/2023-04-03
        Syria,,United States (CENTCOM),2023-04,killed,1,1,1,1,1,data to 3 April,2023-04-01/2023-04-03

        """)
    }

    @Test func sameSpecAndDataGiveIdenticalBytes() throws {
        let dir = temporaryFolder()
        write(newsSpec(), to: dir + "/brief.yml")
        let first = try run(dir + "/brief.yml", out: dir + "/a")
        let second = try run(dir + "/brief.yml", out: dir + "/b")
        #expect(first.paths.count == 4)
        for (a, b) in zip(first.paths, second.paths) {
            let x = bytes(a)!, y = bytes(b)!
            #expect(x.count > 100)
            #expect(x == y, "\(a) differs from \(b)")
        }
    }

    /// The news item's data ends on 3 April: April is not covered, so `latest` is March
    /// (issue 10, item 2), however late the report runs.
    @Test func latestIsMarchForTheNewsItemEndingOn3April() throws {
        let dir = temporaryFolder()
        write(newsSpec(period: "latest"), to: dir + "/brief.yml")
        #expect(try run(dir + "/brief.yml", out: dir, formats: [.csv]).period == "2023-03")
        // --period overrides the spec.
        #expect(try run(dir + "/brief.yml", out: dir, period: "2023-03", formats: [.csv]).period == "2023-03")
    }

    @Test func emptyPeriodFailsWith65UnlessAllowed() throws {
        let dir = temporaryFolder()
        write(newsSpec(period: "2023-07"), to: dir + "/brief.yml")
        do {
            _ = try run(dir + "/brief.yml", out: dir + "/out")
            Issue.record("an empty period must fail")
        } catch {
            #expect(error.exitCode == 65)
            #expect(error.message == "no records in 2023-07 (the data covers 2023-03-01 to 2023-04-03); choose another period with --period, or set allow_empty: true in the spec to publish an empty report")
        }
        #expect(files(in: dir + "/out").isEmpty)
        write(newsSpec(period: "2023-07", extra: "allow_empty: true"), to: dir + "/brief.yml")
        let out = try run(dir + "/brief.yml", out: dir + "/out")
        // No chart has data in July, so no PNG is written; the PDF says so.
        #expect(out.charts.count == 1) // the six-month trend still reaches April
        #expect(out.pdf != nil)
        // A month after the data is not "covered only in part" (review46 N-h).
        let text = try pdftotext(out.pdf!).replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("Monthly brief · July 2023 · after the data (which ends 3 April 2023)"), "\(text)")
        #expect(text.contains("July 2023 is after the data (which ends 3 April 2023), so no figure and no change against earlier periods is given."), "\(text)")
        #expect(!text.contains("covered only in part") && !text.contains("No figures were recorded"), "\(text)")
    }

    /// Review 10c F4: a period the spec's declared coverage does not reach was published
    /// as complete ("Monthly brief · February 2023, 140", no mark) from its stray rows.
    @Test func aPeriodOutsideTheDeclaredCoverageIsRefused() throws {
        let dir = temporaryFolder()
        for (coverage, period) in [("coverage: {from: 2023-03-01}", "2023-02"), ("coverage: {to: 2023-02-28}", "2023-03"),
                                   ("coverage: {from: 2023-03-01, to: 2023-03-31}", "2023-04")] {
            write(newsSpec(period: period, extra: coverage), to: dir + "/brief.yml")
            do {
                _ = try run(dir + "/brief.yml", out: dir + "/out")
                Issue.record("published \(period) outside \(coverage)")
            } catch {
                #expect(error.exitCode == 65)
                #expect(error.message.hasPrefix("\(period) is outside the coverage the spec declares"), "\(error.message)")
            }
            #expect(files(in: dir + "/out").isEmpty)
        }
        // Inside it (in part) is published, marked partial; a March whose only killed row
        // starts before the declared start has no records left (review9d #7).
        write(newsSpec(period: "2023-04", extra: "coverage: {from: 2023-04-02}"), to: dir + "/brief.yml")
        #expect(try run(dir + "/brief.yml", out: dir + "/ok", formats: [.csv]).period == "2023-04")
        write(newsSpec(period: "2023-03", extra: "coverage: {from: 2023-03-10}"), to: dir + "/brief.yml")
        #expect(throws: TallyError.self) { _ = try run(dir + "/brief.yml", out: dir + "/ok2", formats: [.csv]) }
    }

    /// review9d #7: rows outside a declared coverage were counted in a figure marked
    /// as covered by it: data 1 January to 31 May, `coverage: 2023-04-30`, Q2 read
    /// "partial: data to 30 April" and showed 61 (April is 30); `{from: 2023-02-15}`
    /// February showed 28 (14 supported). They are left out of every figure, and said.
    @Test func rowsOutsideTheDeclaredCoverageAreLeftOutOfEveryFigure() throws {
        let dir = temporaryFolder()
        var rows = "date_start,country,measure,best\n"
        var day = CalendarDay("2023-01-01")!
        while day <= CalendarDay("2023-05-31")! { rows += "\(day),Mali,killed,1\n"; day = day.adding(days: 1) }
        write(rows, to: dir + "/d.csv")
        for (every, which, coverage, figure, left) in [("quarter", "2023-Q2", "2023-04-30", "2023-Q2,killed,30,30,30,30,30,data to 30 April,", "after 2023-04-30"),
                                                     ("year", "2023", "2023-04-30", "2023,killed,120,120,120,120,120,", "after 2023-04-30"),
                                                     ("month", "2023-02", "{from: 2023-02-15}", "2023-02,killed,14,14,14,14,14,data from 15 February,", "before 2023-02-15"),
                                                     ("month", "2023-04", "{from: 2023-02-15, to: 2023-04-30}", "2023-04,killed,30,30,30,30,30,,", "after 2023-04-30")] {
            write("""
                title: DC
                name: dc
                period:
                  every: \(every)
                  which: \(which)
                coverage: \(coverage)
                datasets:
                  - path: d.csv
                    name: D
                    source: S
                    licence: CC0
                sections:
                  - type: summary
                    title: H
                    measures: [killed]
                  - type: timeline
                    id: tl
                    title: K
                    measure: killed
                    periods: 8

                """, to: dir + "/dc.yml")
            let out = try run(dir + "/dc.yml", out: dir + "/o", formats: [.csv])
            let csv = String(decoding: bytes(out.csv!)!, as: UTF8.self)
            #expect(csv.contains("\n" + figure), "\(every) \(coverage): \(csv)")
            #expect(out.warnings.contains { $0.contains(left) && $0.contains("left out of every figure") }, "\(out.warnings)")
        }
        // A period wholly outside it is refused, rows or not (May has rows; June none).
        for period in ["2023-05", "2023-06"] {
            write(newsSpec(dataset: dir + "/d.csv", period: period, extra: "coverage: 2023-04-30\nallow_empty: true"), to: dir + "/n.yml")
            #expect(throws: TallyError.self) { _ = try run(dir + "/n.yml", out: dir + "/o2", formats: [.csv]) }
        }
    }

    @Test func aBadPeriodArgumentIsAUsageError() {
        let dir = temporaryFolder()
        write(newsSpec(), to: dir + "/brief.yml")
        #expect(throws: TallyError.usage("--period: \"April\" is neither 'latest' nor a month label such as 2026-01")) {
            _ = try run(dir + "/brief.yml", out: dir, period: "April")
        }
    }

    @Test func letterPaperChangesThePageSize() throws {
        let dir = temporaryFolder()
        write(newsSpec(), to: dir + "/brief.yml")
        let out = try run(dir + "/brief.yml", out: dir, formats: [.pdf], paper: .letter)
        let text = String(decoding: bytes(out.pdf!)!, as: UTF8.self)
        #expect(text.contains("/MediaBox [ 0 0 612 792 ]"))
        #expect(!text.contains("595.28"))
    }
}

@Suite struct FailureSafetyTests {
    /// A folder with last month's outputs in it.
    func previousRun() throws -> (dir: String, out: String, before: [String: [UInt8]]) {
        let dir = temporaryFolder("safety")
        write(newsSpec(), to: dir + "/brief.yml")
        let out = dir + "/out"
        _ = try run(dir + "/brief.yml", out: out)
        var before: [String: [UInt8]] = [:]
        for f in files(in: out) { before[f] = bytes(out + "/" + f) }
        #expect(before.count == 4)
        return (dir, out, before)
    }

    func unchanged(_ out: String, _ before: [String: [UInt8]]) {
        #expect(files(in: out) == before.keys.sorted())
        for (f, b) in before { #expect(bytes(out + "/" + f) == b, "\(f) changed") }
    }

    @Test func aSpecErrorLeavesPreviousOutputsUntouched() throws {
        let (dir, out, before) = try previousRun()
        write(newsSpec().replacingOccurrences(of: "measure: killed\n    by: actor", with: "measure: killed\n    by: district"),
              to: dir + "/brief.yml")
        #expect(throws: TallyError.self) { _ = try run(dir + "/brief.yml", out: out) }
        unchanged(out, before)
    }

    @Test func aDataErrorLeavesPreviousOutputsUntouched() throws {
        let (dir, out, before) = try previousRun()
        let broken = String(decoding: bytes(newsDataset)!, as: UTF8.self) + "bad,2023-04-05,,Syria,,,,killed,,abc,,,x\n"
        write(broken, to: dir + "/broken.csv")
        write(newsSpec(dataset: dir + "/broken.csv"), to: dir + "/brief.yml")
        do {
            _ = try run(dir + "/brief.yml", out: out)
            Issue.record("bad data must fail")
        } catch {
            #expect(error.exitCode == 65)
            #expect(error.message.hasPrefix(dir + "/broken.csv:"))
        }
        unchanged(out, before)
    }

    @Test func leftoversOfAKilledRunGoAwayOnTheNextSuccess() throws {
        let (dir, out, _) = try previousRun()
        // A process id above any pid_max: that run is gone.
        let leftover = out + "/" + AtomicOutput.temporaryName(for: "brief-2023-04.pdf", pid: 2_147_483_000, suffix: "Ab12Cd")
        write("half a PDF", to: leftover)
        write("keep me", to: out + "/notes.txt")
        _ = try run(dir + "/brief.yml", out: out)
        #expect(!FileManager.default.fileExists(atPath: leftover))
        #expect(bytes(out + "/notes.txt") == Array("keep me".utf8))
    }

    /// Another run writing into the same folder keeps its temporary files: one of a
    /// live process (this test's), one of another target, one in an older naming.
    @Test func otherRunsTemporaryFilesAreLeftAlone() throws {
        let (dir, out, _) = try previousRun()
        let live = AtomicOutput.temporaryName(for: "brief-2023-04.pdf", pid: getpid(), suffix: "Zz9Plu")
        let otherTarget = AtomicOutput.temporaryName(for: "totals.csv", pid: 2_147_483_000, suffix: "Qq1Rr2")
        let foreign = [live, otherTarget, AtomicOutput.temporaryPrefix + "brief-2023-04.pdf.Ab12Cd"]
        for f in foreign { write("busy", to: out + "/" + f) }
        _ = try run(dir + "/brief.yml", out: out)
        for f in foreign { #expect(bytes(out + "/" + f) == Array("busy".utf8), "\(f) was removed") }
    }

    /// A dataset stored under one of the report's output names, however the spec or
    /// the folder spells it, is refused before anything is written (issue 9, item 1).
    @Test func aDatasetUnderAnOutputNameIsRefused() throws {
        let dir = temporaryFolder("safety")
        let out = dir + "/out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let original = bytes(newsDataset)!
        try Data(original).write(to: URL(fileURLWithPath: out + "/brief-2023-04.csv"))
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.csv", withDestinationPath: out + "/brief-2023-04.csv")
        try FileManager.default.linkItem(atPath: out + "/brief-2023-04.csv", toPath: dir + "/hard.csv")
        try FileManager.default.createSymbolicLink(atPath: dir + "/alias", withDestinationPath: "out")
        for (dataset, folder) in [(out + "/brief-2023-04.csv", out), (dir + "/link.csv", out), (dir + "/hard.csv", out),
                                  (dir + "/./out/../out/brief-2023-04.csv", dir + "/alias")] {
            write(newsSpec(dataset: dataset), to: dir + "/brief.yml")
            do {
                _ = try run(dir + "/brief.yml", out: folder)
                Issue.record("\(dataset) in \(folder) was not refused")
            } catch {
                #expect(error.exitCode == 64)
                #expect(error.message.contains("which this report reads"))
            }
            #expect(bytes(out + "/brief-2023-04.csv") == original)
            #expect(files(in: out) == ["brief-2023-04.csv"])
        }
        // Without the CSV among the formats, nothing of it is replaced: the run goes ahead.
        write(newsSpec(dataset: out + "/brief-2023-04.csv"), to: dir + "/brief.yml")
        _ = try run(dir + "/brief.yml", out: out, formats: [.pdf])
        #expect(bytes(out + "/brief-2023-04.csv") == original)
    }

    /// Existing outputs keep their permission bits but never a setuid, setgid or
    /// sticky bit; a read-only one is refused (issue 9, item 5).
    @Test func replacedOutputsKeepTheirPermissionsOnly() throws {
        let (dir, out, _) = try previousRun()
        for (mode, expected) in [(0o600, 0o600), (0o640, 0o640), (0o4755, 0o755), (0o6775, 0o775), (0o1644, 0o644)] {
            chmod(out + "/brief-2023-04.csv", mode_t(mode))
            chmod(out + "/brief-2023-04.pdf", mode_t(mode))
            _ = try run(dir + "/brief.yml", out: out)
            for f in ["brief-2023-04.csv", "brief-2023-04.pdf"] {
                var st = stat()
                stat(out + "/" + f, &st)
                #expect(Int(st.st_mode & 0o7777) == expected, "\(f) was \(String(mode, radix: 8))")
            }
        }
        chmod(out + "/brief-2023-04.pdf", 0o444)
        let before = bytes(out + "/brief-2023-04.pdf")
        #expect(throws: TallyError.self) { _ = try run(dir + "/brief.yml", out: out) }
        #expect(bytes(out + "/brief-2023-04.pdf") == before)
    }

    @Test func anOutputFolderThatIsAFileIsError73() throws {
        let dir = temporaryFolder("safety")
        write(newsSpec(), to: dir + "/brief.yml")
        write("x", to: dir + "/file")
        #expect(throws: TallyError.cannotCreate(dir + "/file: exists and is not a folder")) {
            _ = try run(dir + "/brief.yml", out: dir + "/file")
        }
    }
}

/// Issue 10, coverage per dataset in a report: Syria's file runs to 31 May, Iraq's to
/// 10 May. A report on May says so of Iraq's figures only, naming the dataset: on the
/// cover, on a bar chart holding Iraq, on Iraq's line (not Syria's), and in the CSV's
/// `partial` column, row by row.
@Suite struct PerDatasetCoverageReportTests {
    @Test func mayIsPartialOnlyWhereTheIraqDatasetAddsToTheFigure() throws {
        let dir = temporaryFolder()
        func rows(to last: String, country: String, id: String) -> String {
            var out = "id,date_start,country,measure,best\n"
            var day = CalendarDay("2023-01-01")!
            var i = 0
            while day <= CalendarDay(last)! { out += "\(id)\(i),\(day),\(country),killed,10\n"; day = day.adding(days: 1); i += 1 }
            return out
        }
        write(rows(to: "2023-05-31", country: "Syria", id: "s"), to: dir + "/syria.csv")
        write(rows(to: "2023-05-10", country: "Iraq", id: "i"), to: dir + "/iraq.csv")
        func specText(_ filter: String) -> String { """
        title: T
        name: t
        \(filter)
        period: 2023-05
        datasets:
          - path: syria.csv
            name: Syria monitor
            source: A
            licence: L
          - path: iraq.csv
            name: Iraq monitor
            source: B
            licence: L
        sections:
          - type: summary
          - type: bar
            measure: killed
            by: country
          - type: timeline
            measure: killed
            by: country
            periods: 3
          - type: timeline
            title: Syria alone
            measure: killed
            periods: 3
          - type: table
            by: [country]
            measures: [killed]
        """
        }
        write(specText(""), to: dir + "/both.yml")
        write(specText("filter: {countries: [Syria]}"), to: dir + "/syria-only.yml")
        let spec = try SpecParser.parse(specText(""), file: dir + "/r.yml")
        let may = PeriodKind.month.parseLabel("2023-05")!
        let data = try ReportData.load(spec)
        let content = try ContentBuilder(spec: spec, data: data, key: may).build()
        #expect(content.partial == "partial: Iraq monitor data to 10 May")
        guard case let .chart(b) = content.sections[1].body, let bars = b.drawing as? BarChart,
              case let .chart(t) = content.sections[2].body, let line = t.drawing as? TimelineChart else {
            Issue.record("no charts"); return
        }
        // The bar chart names countries, as `chart bar` does (66d4033: one TallyCore rule).
        #expect(bars.text.subtitle.hasSuffix(" · Iraq partial: data to 10 May"), "\(bars.text.subtitle)")
        #expect(bars.bars.map(\.valueText) == ["310", "100, partial"])
        let iraq = line.series.first { $0.name == "Iraq" }, syria = line.series.first { $0.name == "Syria" }
        #expect(iraq?.partial == [may: "partial: Iraq monitor data to 10 May"])
        #expect(syria?.partial == [:])
        #expect(line.text.source.contains("marks a month the data covers only in part (Iraq, May 2023, partial: Iraq monitor data to 10 May)"),
                "\(line.text.source)")
        // The CSV, row by row; its datasets cover May differently, so the column is
        // covered_by_input, which tally refuses to read back as one dataset (review9d #1).
        let out = try run(dir + "/both.yml", out: dir + "/out", formats: [.csv])
        #expect(String(decoding: bytes(out.csv!)!, as: UTF8.self) == """
        country,period,measure,low,best,high,events,estimate,partial,covered_by_input
        Iraq,2023-05,killed,100,100,100,10,100,Iraq monitor data to 10 May,2023-05-01/2023-05-10
        Syria,2023-05,killed,310,310,310,31,310,,

        """)
        // A report of Syria's figures alone (the spec's filter) is complete in May,
        // although the Iraq dataset is read.
        let syriaOnly = try SpecParser.parse(specText("filter: {countries: [Syria]}"), file: dir + "/r.yml")
        #expect(try ContentBuilder(spec: syriaOnly, data: ReportData.load(syriaOnly), key: may).build().partial == nil)
        let alone = try run(dir + "/syria-only.yml", out: dir + "/alone", formats: [.csv])
        #expect(String(decoding: bytes(alone.csv!)!, as: UTF8.self).hasSuffix("Syria,2023-05,killed,310,310,310,31,310,,\n"))
        // Iraq's file ending in April has no May row at all: the cover and the bar chart
        // say so, rather than leaving Iraq out unsaid.
        write(rows(to: "2023-04-30", country: "Iraq", id: "i"), to: dir + "/iraq.csv")
        let ended = try ReportData.load(spec)
        let endedContent = try ContentBuilder(spec: spec, data: ended, key: may).build()
        #expect(endedContent.partial == "partial: no Iraq monitor data")
        guard case let .chart(eb) = endedContent.sections[1].body, let endedBars = eb.drawing as? BarChart else {
            Issue.record("no bars"); return
        }
        #expect(endedBars.bars.map(\.label) == ["Syria"])
        #expect(endedBars.text.subtitle.hasSuffix(" · partial: no Iraq data"), "\(endedBars.text.subtitle)")
        // Iraq's line ends in April: the timeline says why it draws nothing in May.
        guard case let .chart(et) = endedContent.sections[2].body, let endedLine = et.drawing as? TimelineChart,
              case let .table(endedTable) = endedContent.sections[4].body, case let .table(table) = content.sections[4].body else {
            Issue.record("no timeline or table"); return
        }
        #expect(endedLine.text.subtitle.hasSuffix(" · no Iraq monitor data in May 2023"), "\(endedLine.text.subtitle)")
        // Tables: a row holding a dataset that falls short is marked, as its bar is, and
        // the note names the datasets.
        #expect(table.rows.map { $0[1] } == ["310", "100, partial"], "\(table.rows)")
        #expect(table.note.hasSuffix("Partial: Iraq monitor data to 10 May."), "\(table.note)")
        #expect(endedTable.rows.map { $0[1] } == ["310"])
        #expect(endedTable.note.hasSuffix("Partial: no Iraq monitor data."), "\(endedTable.note)")
        // The method names each dataset's own days; the days both cover alone read as if
        // the data stopped in April, in a brief of May.
        #expect(endedContent.sources.periodRule.contains("the datasets cover Syria monitor 1 January 2023 to 31 May 2023, "
                                                         + "Iraq monitor 1 January 2023 to 30 April 2023"), "\(endedContent.sources.periodRule)")
    }
}
