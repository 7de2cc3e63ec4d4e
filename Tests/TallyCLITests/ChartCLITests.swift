import Foundation
import Testing
import TallyTestSupport

/// `tally chart` as a user runs it: format from the extension, atomic output,
/// byte-identical reruns.
@Suite struct ChartCommandTests {
    let news = packageRoot + "/Datasets/news-balkh-2023-04.csv"

    @Test(arguments: ["png", "pdf", "svg"])
    func sameCommandTwiceGivesIdenticalBytes(ext: String) throws {
        let d = tempDir()
        for name in ["a", "b"] {
            let r = try tally(["chart", "bar", news, "--by", "actor", "--measure", "killed", "--period", "2023",
                               "-o", "\(d)/\(name).\(ext)"])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
        let a = try Data(contentsOf: URL(fileURLWithPath: "\(d)/a.\(ext)"))
        let b = try Data(contentsOf: URL(fileURLWithPath: "\(d)/b.\(ext)"))
        #expect(a.count > 1000)
        #expect(a == b)
    }

    @Test func pngHasExactlyWidthTimesScaleByHeightTimesScalePixels() throws {
        let d = tempDir()
        let r = try tally(["chart", "timeline", news, "--measure", "killed", "--period", "month", "--width", "640",
                           "--height", "360", "--scale", "2", "-o", d + "/t.png"])
        #expect(r.status == 0, "\(r.stderr)")
        let png = try Data(contentsOf: URL(fileURLWithPath: d + "/t.png"))
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // IHDR: width and height are the big-endian words at offsets 16 and 20.
        func word(_ o: Int) -> Int { png[o ..< o + 4].reduce(0) { $0 << 8 | Int($1) } }
        #expect(word(16) == 1280)
        #expect(word(20) == 720)
    }

    func pngSize(_ path: String) throws -> (Int, Int) {
        let png = try Data(contentsOf: URL(fileURLWithPath: path))
        func word(_ o: Int) -> Int { png[o ..< o + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (word(16), word(20))
    }

    /// Issue 13, item 1: a bar chart takes the height its bars need unless --height is
    /// given; a timeline stays 16:9.
    @Test func barChartsTakeTheHeightTheirBarsNeed() throws {
        let d = tempDir()
        _ = try tally(["chart", "bar", news, "--by", "country", "--measure", "members", "-o", d + "/one.png"])
        let one = try pngSize(d + "/one.png")
        #expect(one.0 == 1200 && one.1 < 300, "\(one)")
        _ = try tally(["chart", "bar", news, "--by", "country", "--measure", "members", "--height", "300", "-o", d + "/short.png"])
        #expect(try pngSize(d + "/short.png") == (1200, 300))
        _ = try tally(["chart", "timeline", news, "--measure", "killed", "--period", "month", "-o", d + "/t.png"])
        #expect(try pngSize(d + "/t.png") == (1200, 675))
    }

    /// Items 2 and 4: text that a fixed size cannot hold is a usage error naming it,
    /// --top N is honoured by growing the chart, and bars a fixed height cannot hold are
    /// folded with a message.
    @Test func nothingIsCutSilently() throws {
        let d = tempDir()
        let events = packageRoot + "/bench/chart/data/events-200.csv"
        let long = String(repeating: "Killed in the north-eastern governorates over many years ", count: 3)
        var r = try tally(["chart", "bar", events, "--measure", "killed", "--title", long, "--width", "400", "--height", "150", "-o", d + "/a.png"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--height 150") && r.stderr.contains("the headline (") && r.stderr.contains("at least"))
        #expect(!FileManager.default.fileExists(atPath: d + "/a.png"))
        // Without --height the frame grows to hold it.
        r = try tally(["chart", "bar", events, "--measure", "killed", "--title", long, "--width", "400", "--note",
                       "Chart: Graphics desk, CC BY 4.0 https://creativecommons.org/licenses/by/4.0/", "-o", d + "/b.png"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try pngSize(d + "/b.png").1 > 675)
        // --top 15 of 20 countries: 16 rows, all drawn.
        r = try tally(["chart", "bar", events, "--measure", "killed", "--top", "15", "-o", d + "/c.png"])
        #expect(r.status == 0 && r.stderr.isEmpty, "\(r.stderr)")
        #expect(try pngSize(d + "/c.png").1 >= 16 * 44)
        // At a fixed height too small for 16 rows: drawn with fewer bars, and said.
        r = try tally(["chart", "bar", events, "--measure", "killed", "--top", "15", "--height", "400", "-o", d + "/e.png"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("--height 400 holds") && r.stderr.contains("others"), "\(r.stderr)")
    }

    @Test func unknownExtensionIsAUsageErrorAndWritesNothing() throws {
        let d = tempDir()
        let r = try tally(["chart", "bar", news, "--measure", "killed", "-o", d + "/chart.gif"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("unknown chart format"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: d).isEmpty)
    }

    @Test func dataErrorLeavesAnExistingChartUntouched() throws {
        let d = tempDir()
        try "previous chart".write(toFile: d + "/c.png", atomically: true, encoding: .utf8)
        try (header + "1,2023-01-01,,Mali,,,,killed,1,x,3,s\n").write(toFile: d + "/e.csv", atomically: true, encoding: .utf8)
        let r = try tally(["chart", "bar", "e.csv", "--measure", "killed", "-o", "c.png"], cwd: d)
        #expect(r.status == 65)
        #expect(r.stderr == "tally: e.csv:2: column 'best': \"x\" is not a number\n")
        #expect(try String(contentsOfFile: d + "/c.png", encoding: .utf8) == "previous chart")
        #expect(try FileManager.default.contentsOfDirectory(atPath: d).sorted() == ["c.png", "e.csv"])
    }

    /// Issue 10, item 5: a native CSV is not known to report continuously, so a month
    /// between two records without one is a break in the line; `--continuous` makes it
    /// a zero. Where every month has a record the flag changes nothing.
    @Test func continuousDecidesWhatAGapIs() throws {
        let d = tempDir()
        let head = "id,date_start,country,measure,best\n"
        try (head + "a,2023-01-05,A,killed,4\nb,2023-03-05,A,killed,6\n").write(toFile: d + "/gap.csv", atomically: true, encoding: .utf8)
        try (head + "a,2023-01-05,A,killed,4\nb,2023-02-05,A,killed,6\n").write(toFile: d + "/full.csv", atomically: true, encoding: .utf8)
        func svg(_ file: String, _ extra: [String]) throws -> Data {
            let out = d + "/\(file)\(extra.count).svg"
            let r = try tally(["chart", "timeline", d + "/\(file).csv", "--measure", "killed", "--period", "month", "-o", out] + extra)
            #expect(r.status == 0, "\(r.stderr)")
            return try Data(contentsOf: URL(fileURLWithPath: out))
        }
        #expect(try svg("gap", []) != svg("gap", ["--continuous"]))
        #expect(try svg("full", []) == svg("full", ["--continuous"]))
    }

    /// Issue 10: a month the data covers only in part (a file ending 28 May, or one cut
    /// by --to) is marked on its point, and the footer says which and why.
    @Test func aPartlyCoveredMonthIsMarkedAndNamed() throws {
        let d = tempDir()
        let rows = ["2023-01-05", "2023-02-05", "2023-03-05", "2023-04-05", "2023-04-25", "2023-05-28"]
        try ("id,date_start,country,measure,best\n" + rows.enumerated().map { "r\($0.offset),\($0.element),A,killed,\(10 + $0.offset)" }
            .joined(separator: "\n") + "\n").write(toFile: d + "/may.csv", atomically: true, encoding: .utf8)
        func svg(_ extra: [String]) throws -> String {
            let out = d + "/t\(extra.count).svg"
            let r = try tally(["chart", "timeline", d + "/may.csv", "--measure", "killed", "--period", "month", "-o", out] + extra)
            #expect(r.status == 0, "\(r.stderr)")
            return try String(contentsOfFile: out, encoding: .utf8)
        }
        // The data's first day is 5 January: January is partial too.
        #expect(try svg([]).contains("(January 2023, partial: data from 5 January; May 2023, partial: data to 28 May)"))
        let cut = try svg(["--from", "2023-02-01", "--to", "2023-04-20"])
        #expect(cut.contains("(April 2023, partial: data to 20 April)"))
        #expect(!cut.contains("May 2023") && !cut.contains("January 2023"))
        #expect(!(try svg(["--from", "2023-02-01", "--to", "2023-04-30"])).contains("partial"))
    }

    @Test func pdfTextIsExtractableWithTheRangeInOrder() throws {
        let d = tempDir()
        let r = try tally(["chart", "bar", news, "--by", "country", "--measure", "members", "--title", "Daesh members",
                           "-o", d + "/m.pdf"])
        #expect(r.status == 0, "\(r.stderr)")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        p.arguments = [d + "/m.pdf", "-"]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(text.contains("Daesh members"))
        #expect(text.contains("Iraq and Syria (joint)"))
        #expect(text.contains("5,000–7,000"))
    }
}

/// `--style FILE` (issue 13, item 7) as a user runs it.
@Suite struct ChartStyleCLITests {
    let events = packageRoot + "/bench/chart/data/events-200.csv"

    @Test func theDefaultStyleFileDrawsTheBuiltInLook() throws {
        let d = tempDir()
        var r = try tally(["chart", "bar", events, "--measure", "killed", "--top", "5", "-o", d + "/a.png"])
        #expect(r.status == 0)
        r = try tally(["chart", "bar", events, "--measure", "killed", "--top", "5", "--style", packageRoot + "/Reports/styles/default.yml",
                       "-o", d + "/b.png"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: d + "/a.png")) == Data(contentsOf: URL(fileURLWithPath: d + "/b.png")))
        // The print style changes the bytes and embeds its serif family in a PDF.
        r = try tally(["chart", "bar", events, "--measure", "killed", "--top", "5", "--style", packageRoot + "/Reports/styles/print-serif.yml",
                       "-o", d + "/c.pdf"])
        #expect(r.status == 0, "\(r.stderr)")
        let pdf = String(decoding: try Data(contentsOf: URL(fileURLWithPath: d + "/c.pdf")), as: UTF8.self)
        #expect(pdf.contains("DejaVuSerif"))
    }

    @Test func aStyleNamingAMissingFamilyIsExit64AndWritesNothing() throws {
        let d = tempDir()
        try "fonts:\n  headline: No Such Family Anywhere\n".write(toFile: d + "/s.yml", atomically: true, encoding: .utf8)
        let r = try tally(["chart", "bar", events, "--measure", "killed", "--style", d + "/s.yml", "-o", d + "/a.png"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("s.yml:2: fonts.headline: font family 'No Such Family Anywhere' is not installed"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: d + "/a.png"))
        let missing = try tally(["chart", "bar", events, "--measure", "killed", "--style", d + "/none.yml", "-o", d + "/a.png"])
        #expect(missing.status == 66)
    }

    @Test func commandLineSizesWinOverTheStyles() throws {
        let d = tempDir()
        try "size:\n  width: 640\n  scale: 2\n".write(toFile: d + "/s.yml", atomically: true, encoding: .utf8)
        // A fixed height: the footer's range key would otherwise make the natural height
        // taller than 16:9 at this width.
        _ = try tally(["chart", "timeline", events, "--measure", "killed", "--period", "year", "--style", d + "/s.yml",
                       "--height", "360", "-o", d + "/a.png"])
        let a = try Data(contentsOf: URL(fileURLWithPath: d + "/a.png"))
        func word(_ png: Data, _ o: Int) -> Int { png[o ..< o + 4].reduce(0) { $0 << 8 | Int($1) } }
        #expect(word(a, 16) == 1280 && word(a, 20) == 720)
        _ = try tally(["chart", "timeline", events, "--measure", "killed", "--period", "year", "--style", d + "/s.yml",
                       "--width", "400", "--scale", "1", "-o", d + "/b.png"])
        let b = try Data(contentsOf: URL(fileURLWithPath: d + "/b.png"))
        #expect(word(b, 16) == 400)
    }
}
