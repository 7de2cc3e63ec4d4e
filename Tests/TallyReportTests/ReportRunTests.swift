import Foundation
import Testing
import TallyCore
import TallyIO
@testable import TallyReport

let april2023 = CalendarDay("2026-01-01")!

func run(_ specPath: String, out: String, period: String? = nil, formats: Set<ReportFormat> = Set(ReportFormat.allCases),
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
        // The CSV is the period's aggregate at the sections' grouping, as `tally aggregate` writes it.
        #expect(String(decoding: bytes(out.csv!)!, as: UTF8.self) == """
        country,adm_1,actor,period,measure,low,best,high,events
        Afghanistan,Balkh,Taliban,2023-04,killed,6,6,6,1
        Syria,,United States (CENTCOM),2023-04,civilians_injured,0,0,0,1
        Syria,,United States (CENTCOM),2023-04,civilians_killed,0,0,0,1
        Syria,,United States (CENTCOM),2023-04,killed,1,1,1,1

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

    @Test func latestIsAprilForTheNewsItem() throws {
        let dir = temporaryFolder()
        write(newsSpec(period: "latest"), to: dir + "/brief.yml")
        #expect(try run(dir + "/brief.yml", out: dir, formats: [.csv]).period == "2023-04")
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
            #expect(error.message == "no records in 2023-07 (the data covers 2023-02 to 2023-04); choose another period with --period, or set allow_empty: true in the spec to publish an empty report")
        }
        #expect(files(in: dir + "/out").isEmpty)
        write(newsSpec(period: "2023-07", extra: "allow_empty: true"), to: dir + "/brief.yml")
        let out = try run(dir + "/brief.yml", out: dir + "/out")
        // No chart has data in July, so no PNG is written; the PDF says so.
        #expect(out.charts.count == 1) // the six-month trend still reaches April
        #expect(out.pdf != nil)
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
        let leftover = out + "/" + AtomicOutput.temporaryPrefix + "brief-2023-04.pdf.Ab12Cd"
        write("half a PDF", to: leftover)
        write("keep me", to: out + "/notes.txt")
        _ = try run(dir + "/brief.yml", out: out)
        #expect(!FileManager.default.fileExists(atPath: leftover))
        #expect(bytes(out + "/notes.txt") == Array("keep me".utf8))
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
