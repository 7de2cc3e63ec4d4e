import Foundation
import Testing
import TallyCore
import TallyIO
@testable import TallyReport

/// A re-run into the same folder leaves no file of an earlier run of the same spec and
/// period that it did not write itself (review29 S9), and touches nothing else.
@Suite struct StaleOutputsTests {
    /// Injured in Idlib in January and, `withInjured`, February; killed each month.
    func data(withInjured: Bool) -> String {
        csv(["2023-01-10,Syria,Idlib,A,killed,3,3,3", "2023-02-10,Syria,Idlib,A,killed,5,5,5",
             "2023-03-10,Syria,Idlib,A,killed,2,2,2", "2023-01-11,Syria,Idlib,A,injured,1,1,1"]
            + (withInjured ? ["2023-02-11,Syria,Idlib,A,injured,4,4,4"] : []))
    }

    func spec(name: String = "st", period: String = "2023-02", injuredID: String? = "inj", formats: String = "[pdf, png, csv]",
              dataset: String = "d.csv") -> String {
        let injured = injuredID.map { "  - type: bar\n    id: \($0)\n    title: Injured by province\n    measure: injured\n    by: adm1\n" } ?? ""
        return """
        title: Stale test
        name: \(name)
        period: \(period)
        formats: \(formats)
        allow_empty: true
        datasets:
          - path: \(dataset)
            source: test
            licence: CC0
            attribution: test
        sections:
          - type: summary
            measures: [killed, injured]
          - type: bar
            id: kil
            title: Killed by province
            measure: killed
            by: adm1
        \(injured)
        """
    }

    func runSpec(_ dir: String, _ text: String, period: String? = nil) throws(TallyError) -> ReportOutputs {
        write(text, to: dir + "/s.yml")
        return try Report.run(ReportRequest(specPath: dir + "/s.yml", period: period, outDir: dir + "/out", today: april2023))
    }

    func visible(_ dir: String) -> [String] { files(in: dir + "/out").filter { !$0.hasPrefix(".") } }

    /// The reproduction: the February injured row is withdrawn; the chart of injured
    /// has no data now, and its PNG of the first run (Idlib 4) goes.
    @Test func aChartWithNoDataNowLosesItsEarlierPNG() throws {
        let dir = temporaryFolder("stale")
        write(data(withInjured: true), to: dir + "/d.csv")
        let first = try runSpec(dir, spec())
        #expect(first.charts.map(\.id) == ["kil", "inj"])
        #expect(visible(dir) == ["st-2023-02-inj.png", "st-2023-02-kil.png", "st-2023-02.csv", "st-2023-02.pdf"])
        write(data(withInjured: false), to: dir + "/d.csv")
        let second = try runSpec(dir, spec())
        #expect(second.charts.map(\.id) == ["kil"])
        #expect(visible(dir) == ["st-2023-02-kil.png", "st-2023-02.csv", "st-2023-02.pdf"])
        #expect(second.removed == [dir + "/out/st-2023-02-inj.png"])
        #expect(second.warnings.contains { $0.hasPrefix("removed \(dir)/out/st-2023-02-inj.png: an earlier run of this report for 2023-02 wrote it") })
    }

    /// A section dropped from the spec, or given another id: its earlier PNG carries
    /// the report's name and period, so it goes although the spec no longer names it.
    @Test func aSectionGoneFromTheSpecOrRenamedLosesItsPNG() throws {
        let dir = temporaryFolder("stale")
        write(data(withInjured: true), to: dir + "/d.csv")
        _ = try runSpec(dir, spec())
        let renamed = try runSpec(dir, spec(injuredID: "injured-by-province"))
        #expect(renamed.removed == [dir + "/out/st-2023-02-inj.png"])
        #expect(visible(dir) == ["st-2023-02-injured-by-province.png", "st-2023-02-kil.png", "st-2023-02.csv", "st-2023-02.pdf"])
        let dropped = try runSpec(dir, spec(injuredID: nil))
        #expect(dropped.removed == [dir + "/out/st-2023-02-injured-by-province.png"])
        #expect(visible(dir) == ["st-2023-02-kil.png", "st-2023-02.csv", "st-2023-02.pdf"])
    }

    /// A format not asked for this time is another run's (the web desk's PNGs beside the
    /// nightly PDF): its files stay (review30 S23: they were removed). Of the formats
    /// asked for, what this run did not write goes.
    @Test func filesOfFormatsNotAskedForStay() throws {
        let dir = temporaryFolder("stale")
        write(data(withInjured: true), to: dir + "/d.csv")
        _ = try runSpec(dir, spec(formats: "[pdf, png, csv, html]"))
        #expect(visible(dir).count == 5)
        let pdfOnly = try runSpec(dir, spec(formats: "[pdf]"))
        #expect(visible(dir).count == 5)
        #expect(pdfOnly.removed.isEmpty)
        // Said, not silent (review31 S9): after a correction they hold the old figures.
        #expect(pdfOnly.warnings.contains { $0.hasPrefix("left as they were, since this run did not write their formats: \(dir)/out/st-2023-02-inj.png, \(dir)/out/st-2023-02-kil.png, \(dir)/out/st-2023-02.csv, \(dir)/out/st-2023-02.html, from an earlier run") },
                "\(pdfOnly.warnings)")
        // The injured rows gone: a png run removes the injured chart, and nothing else.
        write(data(withInjured: false), to: dir + "/d.csv")
        let pngOnly = try runSpec(dir, spec(formats: "[png]"))
        #expect(pngOnly.removed == [dir + "/out/st-2023-02-inj.png"])
        #expect(visible(dir) == ["st-2023-02-kil.png", "st-2023-02.csv", "st-2023-02.html", "st-2023-02.pdf"])
    }

    /// A user's copy of a report chart carries the chunk of the file it was copied from,
    /// not its own name: never removed (review30 S23).
    @Test func aCopyOfAChartIsNotRemoved() throws {
        let dir = temporaryFolder("stale")
        write(data(withInjured: true), to: dir + "/d.csv")
        _ = try runSpec(dir, spec())
        try FileManager.default.copyItem(atPath: dir + "/out/st-2023-02-inj.png", toPath: dir + "/out/st-2023-02-inj-web.png")
        write(data(withInjured: false), to: dir + "/d.csv")
        let again = try runSpec(dir, spec())
        #expect(again.removed == [dir + "/out/st-2023-02-inj.png"])
        #expect(visible(dir).contains("st-2023-02-inj-web.png"))
    }

    /// Other periods, other specs, and the user's own files are never touched, even
    /// when their names begin like this run's; a run that fails removes nothing.
    @Test func otherPeriodsSpecsUserFilesAndFailedRunsAreLeftAlone() throws {
        let dir = temporaryFolder("stale")
        write(data(withInjured: true), to: dir + "/d.csv")
        _ = try runSpec(dir, spec(), period: "2023-01")
        _ = try runSpec(dir, spec())
        // A spec whose name begins with this one's base: its PNG matches `st-2023-02-*.png`.
        _ = try runSpec(dir, spec(name: "st-2023-02-x"))
        let before = visible(dir)
        #expect(before.contains("st-2023-02-x-2023-02-inj.png"))
        // The user's files: a PNG without tally's mark (another report's chart copied in
        // by hand counts as one), a text file.
        try FileManager.default.copyItem(atPath: dir + "/out/st-2023-02-x-2023-02-kil.png", toPath: dir + "/photo.png")
        let foreign = try Data(contentsOf: URL(fileURLWithPath: dir + "/photo.png"))
        try foreign.write(to: URL(fileURLWithPath: dir + "/out/st-2023-02-photo.png"))
        write("keep", to: dir + "/out/st-2023-02-notes.txt")
        // A failed run (bad data) removes nothing, though it would drop the injured chart.
        write(data(withInjured: false) + "r9,2023-02-12,Syria,Idlib,A,killed,,abc,,src\n", to: dir + "/d.csv")
        let all = visible(dir)
        #expect(throws: TallyError.self) { _ = try runSpec(dir, spec()) }
        #expect(visible(dir) == all)
        write(data(withInjured: false), to: dir + "/d.csv")
        let second = try runSpec(dir, spec())
        #expect(second.removed == [dir + "/out/st-2023-02-inj.png"])
        #expect(visible(dir) == all.filter { $0 != "st-2023-02-inj.png" })
        #expect(visible(dir).contains("st-2023-01-inj.png"))
        #expect(visible(dir).contains("st-2023-02-x-2023-02-inj.png"))
        #expect(visible(dir).contains("st-2023-02-photo.png"))
    }

    /// A dataset stored under a name a run of other formats would own is one of its
    /// inputs: it is read, never removed (a `--format pdf` run owns no CSV name since
    /// review30 S23; the check on inputs stays for the names it does own).
    @Test func anInputUnderAnOwnedNameIsNeverRemoved() throws {
        let dir = temporaryFolder("stale")
        try FileManager.default.createDirectory(atPath: dir + "/out", withIntermediateDirectories: true)
        write(data(withInjured: true), to: dir + "/out/st-2023-02.csv")
        let out = try runSpec(dir, spec(formats: "[pdf]", dataset: "out/st-2023-02.csv"))
        #expect(out.removed.isEmpty)
        #expect(bytes(dir + "/out/st-2023-02.csv") == Array(data(withInjured: true).utf8))
    }

    /// Every report PNG says which report and period wrote it.
    @Test func aReportPNGCarriesItsNameAndPeriod() throws {
        let dir = temporaryFolder("stale")
        write(data(withInjured: true), to: dir + "/d.csv")
        let out = try runSpec(dir, spec())
        #expect(StaleOutputs.pngTag(out.charts[0].path) == "2023-02 st " + String(out.charts[0].path.split(separator: "/").last!))
        #expect(StaleOutputs.pngTag(out.pdf!) == nil)
    }
}
