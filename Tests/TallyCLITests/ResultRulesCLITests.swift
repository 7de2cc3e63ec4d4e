import Foundation
import Testing
import TallyTestSupport

/// Item 6 of issue 9: groups that are each a valid count but together pass 2^53 end in
/// exit 65 with a message, in every command that adds them up: never a negative or
/// wrapped total, never a crash.
@Suite struct OverflowEverywhereTests {
    static let max53 = "9007199254740992"

    /// `n` groups at 2^53 each, as countries (or provinces of one country), in April 2023.
    func hugeFile(_ n: Int = 1_100, provinces: Bool = false, measure: String = "killed") -> String {
        var text = header
        for i in 0 ..< n {
            let place = provinces ? "Syria,P\(i)" : "C\(i),"
            text += "\(i),2023-04-0\(1 + i % 9),,\(place),,,\(measure),\(Self.max53),\(Self.max53),\(Self.max53),wire\n"
        }
        let path = tempDir() + "/huge.csv"
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    /// A minus sign before a digit that is not inside a date or a name: a negative figure.
    /// (`info` prints what it read of a refused file, dates like 2023-04 included.)
    func expectRefused(_ r: Run, _ what: String) {
        #expect(r.status == 65, "\(what): \(r.status) \(r.stderr)")
        #expect(r.stderr.contains("passes 2^53"), "\(what): \(r.stderr)")
        #expect(!r.stderr.contains("Fatal error") && !r.stderr.contains("Stack dump"), "\(what)")
        #expect(r.stdout.range(of: #"(^|[^0-9A-Za-z])-[0-9]"#, options: .regularExpression) == nil, "\(what): \(r.stdout)")
    }

    @Test(arguments: [[String](), ["--top", "10"], ["--top", "1"], ["--height", "16000"]])
    func barChartOthersBar(extra: [String]) throws {
        let out = tempDir() + "/bar.png"
        let r = try tally(["chart", "bar", hugeFile(), "--measure", "killed", "-o", out] + extra)
        expectRefused(r, "chart bar \(extra)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    /// Every bar asked for (`--top` at least the groups) but a height that holds only a
    /// few: the fold the height forces passes 2^53. That is a data refusal naming the
    /// fold (65), not "shorten the text" (64): the text fits once the bars are folded.
    @Test(arguments: [["--height", "300", "--top", "40"], ["--height", "420", "--width", "500", "--top", "1000"],
                      ["--height", "360", "--top", "30"]])
    func aFoldTheHeightForcesIsNamed(extra: [String]) throws {
        let out = tempDir() + "/bar.png"
        let r = try tally(["chart", "bar", hugeFile(40), "--measure", "killed", "-o", out] + extra)
        expectRefused(r, "chart bar \(extra)")
        #expect(r.stderr.contains("others folded into one bar"), "\(extra): \(r.stderr)")
        #expect(!r.stderr.contains("shorten the text"), "\(extra): \(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func barChartOfProvincesAndOfAFewGroups() throws {
        let r = try tally(["chart", "bar", hugeFile(40, provinces: true), "--by", "adm1", "--measure", "killed",
                           "--top", "5", "-o", tempDir() + "/p.svg"])
        expectRefused(r, "provinces")
        // Two groups at 2^53 are two valid bars: nothing is added up.
        let two = try tally(["chart", "bar", hugeFile(2), "--measure", "killed", "-o", tempDir() + "/two.svg"])
        #expect(two.status == 0, "\(two.stderr)")
    }

    @Test func timelineOfTheirTotal() throws {
        let r = try tally(["chart", "timeline", hugeFile(), "--measure", "killed", "--period", "month", "-o", tempDir() + "/t.png"])
        expectRefused(r, "timeline")
    }

    @Test(arguments: ["killed", "members"])
    func infoTotals(measure: String) throws {
        let r = try tally(["info", hugeFile(measure: measure)])
        if measure == "killed" {
            expectRefused(r, "info")
        } else {
            // A stock's total is not printed by info, only its observations.
            #expect(r.status == 0 || r.status == 65, "\(r.stderr)")
            #expect(r.stdout.range(of: #"(^|[^0-9A-Za-z])-[0-9]"#, options: .regularExpression) == nil)
        }
    }

    @Test(arguments: ["summary", "bar", "table"])
    func reportHeadlinesBarsAndTables(section: String) throws {
        let d = tempDir()
        let body: String = switch section {
        case "summary": "  - type: summary\n"
        case "bar": "  - type: bar\n    measure: killed\n    top: 5\n"
        default: "  - type: table\n    by: [country]\n"
        }
        let spec = """
        title: Huge
        name: huge
        period: 2023-04
        datasets:
          - path: \(hugeFile(section == "table" ? 1_100 : 1_100, provinces: section == "table"))
            source: test
            licence: CC0
        sections:
        \(body)
        """
        FileManager.default.createFile(atPath: d + "/spec.yml", contents: Data(spec.utf8))
        let r = try tally(["report", d + "/spec.yml", "--out-dir", d + "/out"])
        expectRefused(r, "report \(section)")
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: d + "/out")) ?? []).filter { $0.hasSuffix(".pdf") }.isEmpty)
    }
}

/// Issue 9 item 9 as users meet it: the note on stderr, in aggregate, chart and report.
@Suite struct DuplicateFileCLITests {
    func dataFile() -> (dir: String, path: String) {
        let d = tempDir()
        let p = d + "/a.csv"
        FileManager.default.createFile(atPath: p, contents: Data((header + "1,2023-02-15,,Syria,,,IS,killed,5,5,5,x\n").utf8))
        return (d, p)
    }

    @Test func aggregateReadsOnceAndSaysSo() throws {
        let (d, p) = dataFile()
        try FileManager.default.createSymbolicLink(atPath: d + "/link.csv", withDestinationPath: p)
        for args in [[p, "./a.csv"], ["a.csv", "link.csv"], ["a.csv", "-"]] {
            let r = try tally(["aggregate"] + args + ["--by", "country", "--period", "all"], stdin: nil, cwd: d, stdinFile: args.contains("-") ? p : nil)
            #expect(r.status == 0, "\(args) \(r.stderr)")
            #expect(r.stdout == "country,period,measure,low,best,high,events,estimate,covered\nSyria,all,killed,5,5,5,1,5,\n", "\(args)")
            #expect(r.stderr.contains("is the same file as") && r.stderr.contains("read once"), "\(args) \(r.stderr)")
        }
        let chart = try tally(["chart", "bar", p, p, "--measure", "killed", "-o", d + "/c.svg"])
        #expect(chart.status == 0)
        #expect(chart.stderr.contains("read once"))
        #expect((try? String(contentsOfFile: d + "/c.svg", encoding: .utf8))?.contains(">5<") ?? false)
    }

    @Test func reportWithTwoDatasetEntriesForOneFile() throws {
        let (d, p) = dataFile()
        let spec = """
        title: Twice
        name: twice
        period: 2023-02
        datasets:
          - path: \(p)
            source: A
            licence: CC0
          - path: \(d)/./a.csv
            source: B
            licence: CC0
        sections:
          - type: summary
        """
        FileManager.default.createFile(atPath: d + "/spec.yml", contents: Data(spec.utf8))
        let r = try tally(["report", d + "/spec.yml", "--out-dir", d + "/out", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("is the same file as \(p): read once"), "\(r.stderr)")
        let csv = try String(contentsOfFile: d + "/out/twice-2023-02.csv", encoding: .utf8)
        #expect(csv.contains(",5,5,5,1"), "\(csv)")
    }
}
