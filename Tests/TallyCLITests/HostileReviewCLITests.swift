import Foundation
import Testing
import TallyTestSupport

/// Issue 9, what the adversarial review found still open after the first round.

/// A folder with `a.csv` holding one row per name (killed 1–3), and a report spec.
private func dataset(_ names: [String]) -> (dir: String, csv: String) {
    let d = tempDir()
    let p = d + "/a.csv"
    var text = header
    for (i, n) in names.enumerated() {
        let quoted = "\"" + n.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        text += "\(i + 1),2023-02-1\(i % 9 + 1),,\(quoted),,,IS,killed,1,2,3,x\n"
    }
    FileManager.default.createFile(atPath: p, contents: Data(text.utf8))
    return (d, p)
}

private func writeSpec(_ dir: String, title: String = "Brief", bom: Bool = false) -> String {
    let spec = """
    title: \(title)
    name: brief
    period: 2023-02
    datasets:
      - path: a.csv
        source: A
        licence: CC0
    sections:
      - type: summary
      - type: bar
        by: country
        measure: killed
        title: Killed by country
    """
    let path = dir + "/spec.yml"
    FileManager.default.createFile(atPath: path, contents: Data((bom ? [0xEF, 0xBB, 0xBF] : []) + Array(spec.utf8)))
    return path
}

/// Item 1: noncharacters (U+FFFE, U+FFFF, U+1FFFE, U+10FFFF, U+FDD0–U+FDEF) in a name or
/// title made every PDF exit 74; now all three formats draw a title's as U+FFFD. A name
/// read from data drops them, as every invisible character (review16 #7: an id and a name
/// lose the same characters; U+FFFE is a byte-order mark read the wrong way round).
@Suite struct NoncharacterOutputTests {
    @Test(arguments: [0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF, 0xFDD0, 0xFDEF, 0x3FFFF].map { String(Unicode.Scalar(UInt32($0))!) })
    func chartsAndReportsInEveryFormat(_ n: String) throws {
        let (d, p) = dataset(["Ma" + n + "li", "Chad"])
        for ext in ["pdf", "png", "svg"] {
            let r = try tally(["chart", "bar", p, "--measure", "killed", "--title", "Killed " + n, "-o", d + "/c." + ext])
            #expect(r.status == 0, "\(ext): \(r.stderr)")
        }
        let svg = try String(contentsOfFile: d + "/c.svg", encoding: .utf8)
        #expect(svg.contains(">\u{2068}Mali\u{2069}<") || svg.contains(">Mali<"), "\(svg.suffix(600))")
        #expect(svg.contains("Killed \u{FFFD}"), "\(svg.prefix(2000))")
        // (YAML itself refuses U+FFFE and U+FFFF in a spec; the names carry them here.)
        let spec = writeSpec(d, title: n == "\u{FFFE}" || n == "\u{FFFF}" ? "Brief" : "\"Brief " + n + "\"")
        let r = try tally(["report", spec, "--out-dir", d + "/out"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: d + "/out/brief-2023-02.pdf"))
    }
}

/// Item 3: controls and bidi overrides from the data reached the terminal (ESC ]0;…
/// set its title, \r overwrote a line). Terminal outputs escape them; CSV and JSON
/// keep the data's bytes.
@Suite struct TerminalEscapeTests {
    static let hostile = ["Esc\u{1B}]0;pwned\u{7}", "over\rwrite", "tab\there", "nel\u{85}x", "csi\u{9B}2J",
                          "rlo\u{202E}0005", "iso\u{2066}x\u{2069}", "line\u{2028}sep", "del\u{7F}x", "new\nline"]

    @Test func tableInfoAndMessagesShowEscapes() throws {
        let (_, p) = dataset(Self.hostile)
        let table = try tally(["aggregate", p, "--format", "table", "--by", "country"])
        #expect(table.status == 0)
        for raw in ["\u{1B}", "\r", "\t", "\u{85}", "\u{9B}", "\u{202E}", "\u{2066}", "\u{2028}", "\u{7F}"] {
            #expect(!table.stdout.contains(raw), "table holds U+\(String(raw.unicodeScalars.first!.value, radix: 16))")
        }
        // Controls and bidi overrides inside a name are dropped, white space is one space
        // (review 9c: names that print alike are one group; an override drawn beside a
        // figure reversed its digits): nothing is left to escape in the names.
        #expect(table.stdout.contains("Esc]0;pwned") && table.stdout.contains("csi2J") && table.stdout.contains("delx"))
        // White space inside a name (a CR, a line break, a tab, NEL, U+2028) is one space
        // since names that print alike are one group (review 9c): nothing left to escape.
        #expect(table.stdout.contains("over write") && table.stdout.contains("new line") && table.stdout.contains("line sep"))
        #expect(table.stdout.contains("rlo0005") && table.stdout.contains("isox"))
        // One line per row, whatever the names hold: header, rule, ten rows.
        #expect(table.stdout.split(separator: "\n").count == 12, "\(table.stdout)")

        let info = try tally(["info", p])
        #expect(info.status == 0)
        #expect(!info.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\r" || $0 == "\u{202E}" })
        #expect(info.stdout.contains("Esc]0;pwned"))

        // CSV and JSON keep the bytes (JSON escapes as JSON does).
        let csv = try tally(["aggregate", p, "--format", "csv", "--by", "country"])
        #expect(csv.stdout.contains("\nEsc]0;pwned,") && csv.stdout.contains("\nover write,"))
        let json = try tally(["aggregate", p, "--format", "json", "--by", "country"])
        #expect(json.stdout.contains("\"Esc]0;pwned\""), "\(json.stdout.prefix(300))")

        // Messages on standard error: a --country filter naming nothing, an unknown --by column.
        let filtered = try tally(["aggregate", p, "--by", "bogus\u{1B}]0;x\u{7}col"])
        #expect(filtered.status == 64)
        #expect(!filtered.stderr.contains("\u{1B}") && filtered.stderr.contains("bogus\\u{1B}]0;x\\u{7}col"), "\(filtered.stderr)")
        let bad = dataset([])
        FileManager.default.createFile(atPath: bad.csv, contents: Data((header + "1,2023-01-01,,Mali\u{1B}[2J\r,,,,killed,1,x\u{1B}c,3,x\n").utf8))
        let data = try tally(["aggregate", bad.csv])
        #expect(data.status == 65)
        #expect(!data.stderr.contains("\u{1B}") && !data.stderr.contains("\r") && data.stderr.contains("\\u{1B}"), "\(data.stderr)")
        #expect(data.stderr.hasSuffix("\n") && data.stderr.split(separator: "\n").count == 1)
    }

    @Test func estimateTableEscapesTheTexts() throws {
        let r = try tally(["estimate", "5\u{1B}[31m killed", "at least 12\r killed", "\u{202E}000,5"])
        #expect(!r.stdout.contains("\u{1B}") && !r.stdout.contains("\r") && !r.stdout.contains("\u{202E}"), "\(r.stdout)")
        #expect(!r.stderr.contains("\u{1B}") && !r.stderr.contains("\r"))
    }
}

/// Item 4: a report spec or style file starting with a UTF-8 byte-order mark.
@Suite struct ByteOrderMarkSpecCLITests {
    @Test func aReportSpecAndStyleWithAMarkRun() throws {
        let (d, _) = dataset(["Mali"])
        let spec = writeSpec(d, bom: true)
        FileManager.default.createFile(atPath: d + "/style.yml", contents: Data([0xEF, 0xBB, 0xBF] + Array("size:\n  width: 900\n".utf8)))
        let r = try tally(["report", spec, "--out-dir", d + "/out", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let chart = try tally(["chart", "bar", d + "/a.csv", "--measure", "killed", "--style", d + "/style.yml", "-o", d + "/c.png"])
        #expect(chart.status == 0, "\(chart.stderr)")
    }
}

/// Item 7 (issue 9 item 15): a character no installed font draws gave hex boxes with
/// exit 0. Now exit 69 naming the characters and the text, and no file.
@Suite struct MissingGlyphCLITests {
    @Test(arguments: ["\u{E000}", "Kabul\u{F8FF}", "\u{100000}x"])
    func chartsAndReportsAreRefused(_ name: String) throws {
        let (d, p) = dataset([name, "Chad"])
        for ext in ["pdf", "png", "svg"] {
            let r = try tally(["chart", "bar", p, "--measure", "killed", "-o", d + "/c." + ext])
            #expect(r.status == 69, "\(ext): \(r.stderr)")
            #expect(r.stderr.contains("no installed font draws U+") && r.stderr.contains("fonts-noto-core"), "\(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: d + "/c." + ext))
        }
        let spec = writeSpec(d)
        for format in ["pdf", "png"] {
            let r = try tally(["report", spec, "--out-dir", d + "/out", "--format", format])
            #expect(r.status == 69, "\(format): \(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
        // The title of a chart is checked too.
        let (d2, p2) = dataset(["Chad"])
        let r = try tally(["chart", "bar", p2, "--measure", "killed", "--title", "Killed \u{E001}", "-o", d2 + "/c.png"])
        #expect(r.status == 69 && r.stderr.contains("U+E001"), "\(r.stderr)")
    }
}

/// Item 2: a FIFO given as a dataset (or spec) with no writer blocked forever on open().
/// Now a bounded wait (TALLY_FIFO_WAIT seconds, 30 by default), then exit 66 saying why.
@Suite struct FIFOWithoutWriterTests {
    func run(_ args: [String], wait: String = "1") throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tallyBinary)
        p.arguments = args
        var env = ProcessInfo.processInfo.environment
        env["TALLY_FIFO_WAIT"] = wait
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    @Test func aFIFONobodyWritesIsRefused() throws {
        let d = tempDir()
        let fifo = d + "/events.csv"
        #expect(mkfifo(fifo, 0o600) == 0)
        for args in [["aggregate", fifo], ["info", fifo], ["chart", "bar", fifo, "--measure", "killed", "-o", d + "/c.png"],
                     ["aggregate", d + "/x.csv", fifo]] {
            if args.contains(d + "/x.csv") {
                FileManager.default.createFile(atPath: d + "/x.csv", contents: Data((header + "1,2023-01-01,,Mali,,,,killed,1,2,3,x\n").utf8))
            }
            let r = try run(args)
            #expect(r.status == 66, "\(args): \(r.stderr)")
            #expect(r.stderr.contains("is a FIFO (named pipe) and nothing was written to it in 1 s"), "\(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
        // A report spec that is a FIFO.
        let r = try run(["report", fifo, "--out-dir", d + "/out"])
        #expect(r.status == 66 && r.stderr.contains("FIFO"), "\(r.stderr)")
        // A writer that comes within the wait is read as before.
        let writer = Thread {
            let fd = open(fifo, O_WRONLY)
            guard fd >= 0 else { return }
            let bytes = Array((header + "1,2023-01-01,,Mali,,,,killed,1,2,3,x\n").utf8)
            _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
        writer.start()
        let ok = try run(["aggregate", fifo, "--period", "all"], wait: "600")
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("Mali,all,killed,1,2,3,1"))
    }
}

/// Item 5: `tally report SPEC >> dataset.csv` (standard output appended to one of the
/// report's own inputs) was not refused. Every command that prints checks it first.
@Suite struct StandardOutputIsAnInputTests {
    /// Runs with standard output appended to `file` (`>> file`).
    func run(_ args: [String], appendingTo file: String) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tallyBinary)
        p.arguments = args
        let handle = FileHandle(forWritingAtPath: file)!
        handle.seekToEndOfFile()
        p.standardOutput = handle
        let err = Pipe()
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        try handle.close()
        return Run(status: p.terminationStatus, stdout: "", stderr: String(decoding: e, as: UTF8.self))
    }

    /// Runs with standard error appended to `file` (`2>> file`); standard output is returned.
    func run(_ args: [String], stderrAppendingTo file: String) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tallyBinary)
        p.arguments = args
        let handle = FileHandle(forWritingAtPath: file)!
        handle.seekToEndOfFile()
        p.standardError = handle
        let out = Pipe()
        p.standardOutput = out
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        try handle.close()
        return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: "")
    }

    /// Review 9c: `tally aggregate rw.csv --country X 2>> rw.csv` exited 0 and left its
    /// note inside its own input. Every command refuses standard error that is an input,
    /// writing nothing into it (the message goes to standard output).
    @Test func standardErrorAppendedToAnInputIsRefused() throws {
        let (d, p) = dataset(["Mali"])
        let spec = writeSpec(d)
        for args in [["aggregate", p, "--country", "Nowhere"], ["info", p], ["chart", "bar", p, "--measure", "killed", "-o", d + "/c.png"],
                     ["report", spec, "--out-dir", d + "/out"]] {
            let before = try Data(contentsOf: URL(fileURLWithPath: p))
            let r = try run(args, stderrAppendingTo: p)
            #expect(r.status == 64, "\(args[0]): \(r.stdout)")
            #expect(r.stdout.contains("standard error is the same file as the input"), "\(args[0]): \(r.stdout)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: p)) == before, "\(args[0])")
        }
    }

    @Test func reportRefusesEachOfItsInputs() throws {
        let (d, p) = dataset(["Mali"])
        let spec = writeSpec(d)
        try FileManager.default.createSymbolicLink(atPath: d + "/link.csv", withDestinationPath: p)
        #expect(link(p, d + "/hard.csv") == 0)
        for target in [p, spec, d + "/link.csv", d + "/hard.csv"] {
            let before = try Data(contentsOf: URL(fileURLWithPath: target))
            let r = try run(["report", spec, "--out-dir", d + "/out"], appendingTo: target)
            #expect(r.status == 64, "\(target): \(r.stderr)")
            #expect(r.stderr.contains("standard output is the same file as the input"), "\(r.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == before)
            #expect(!FileManager.default.fileExists(atPath: d + "/out/brief-2023-02.pdf"))
        }
        // Standard output appended to another file is fine.
        FileManager.default.createFile(atPath: d + "/log.txt", contents: Data("earlier\n".utf8))
        let r = try run(["report", spec, "--out-dir", d + "/out", "--format", "csv"], appendingTo: d + "/log.txt")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOfFile: d + "/log.txt", encoding: .utf8) == "earlier\n" + d + "/out/brief-2023-02.csv\n")
    }

    @Test func aggregateAndInfoStillRefuse() throws {
        let (_, p) = dataset(["Mali"])
        for args in [["aggregate", p], ["info", p]] {
            let before = try Data(contentsOf: URL(fileURLWithPath: p))
            let r = try run(args, appendingTo: p)
            #expect(r.status == 64, "\(args): \(r.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: p)) == before)
        }
    }
}

/// Item 6: ArgumentParser's own messages echoed a whole 100 KB argument.
@Suite struct LongArgumentMessageTests {
    @Test func argumentErrorsQuoteAtMostAnExcerpt() throws {
        let big = String(repeating: "x", count: 100_000)
        let (_, p) = dataset(["Mali"])
        for args in [["aggregate", p, "--" + big], ["aggregate", p, "--period", big], ["chart", "bar", p, "--top", big],
                     ["chart", "bar", p, "--measure", "killed", "-o", "c.png", "--width", big], [big],
                     ["aggregate", p, "--by", big], ["report", "spec.yml", "--paper", big], ["estimate", "--locale", big, "5"]] {
            let r = try tally(args)
            #expect(r.status == 64, "\(args.map { $0.prefix(20) }): \(r.stderr.prefix(300))")
            #expect(r.stderr.utf8.count < 4_000, "\(args.map { $0.prefix(20) }): \(r.stderr.utf8.count) bytes")
            if args.contains("--" + big) || args.contains("--period") { #expect(r.stderr.contains("… (100") , "\(r.stderr.prefix(400))") }
            #expect(!r.stderr.contains(String(repeating: "x", count: 200)), "\(r.stderr.prefix(400))")
        }
    }
}

/// Review 10c F3 (remainder): `tail -n +2 a.csv >> a.csv` on a file without ids doubled
/// every figure with "duplicates: none". The rows are still counted (two identical
/// events are possible) but said: on standard error, and in `info`.
@Suite struct RepeatedRowsCLITests {
    @Test func repeatedRowsWithoutIdsAreSaid() throws {
        let d = tempDir()
        let rows = "2023-01-01,Mali,killed,3\n2023-01-02,Mali,killed,4\n"
        let p = d + "/a.csv"
        FileManager.default.createFile(atPath: p, contents: Data(("date_start,country,measure,best\n" + rows + rows).utf8))
        let r = try tally(["aggregate", p])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Mali,2023,killed,14,14,14,4,14,"))
        #expect(r.stderr.contains("tally: 2 rows without an id repeat an earlier row of the same input (the same date, place, measure and figures, however quoted or spaced, and the same person named, if any), each counted as an event of its own"), "\(r.stderr)")
        let info = try tally(["info", p])
        #expect(info.stdout.contains("duplicates:   2 rows without an id repeating an earlier row of this input (the same record, however written)"), "\(info.stdout)")
        // The whole file appended to itself: refused at the second header, exit 65.
        let q = d + "/b.csv"
        FileManager.default.createFile(atPath: q, contents: Data(String(repeating: "date_start,country,measure,best\n" + rows, count: 2).utf8))
        let twice = try tally(["aggregate", q])
        #expect(twice.status == 65)
        #expect(twice.stderr.contains("b.csv:4: this line repeats the header"), "\(twice.stderr)")
    }
}

/// Review16 #4–#6 from the command line: an R-style copy in a report's second dataset,
/// an export and a longer one, and tally's own output read back by a glob over the
/// folder it was written to (a daily cron doubled from its second day).
@Suite struct CopiesAndTablesCLITests {
    let h = "date_start,country,adm_1,measure,best\n"
    let rows = "2023-04-01,Syria,Alep \u{E9},killed,10\n2023-04-02,Syria,Idlib,killed,20\n2023-04-03,Syria,Daraa,killed,5\n"

    @Test func copiesSupersetsAndTablesAreRefused() throws {
        let d = tempDir()
        try FileManager.default.createDirectory(atPath: d + "/data", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: d + "/data/a.csv", contents: Data((h + rows).utf8))
        FileManager.default.createFile(atPath: d + "/r.csv", contents: Data(("\"date_start\",\"country\",\"adm_1\",\"measure\",\"best\"\n"
            + rows.split(separator: "\n").map { $0.split(separator: ",").enumerated().map { $0.offset == 4 ? String($0.element) : "\"\($0.element)\"" }.joined(separator: ",") }.joined(separator: "\n") + "\n").utf8))
        FileManager.default.createFile(atPath: d + "/super.csv", contents: Data((h + rows + "2023-04-04,Syria,Homs,killed,1\n").utf8))
        let copy = try tally(["aggregate", d + "/data/a.csv", d + "/r.csv"])
        #expect(copy.status == 65 && copy.stdout.isEmpty && copy.stderr.contains("r.csv holds the same 3 records as \(d)/data/a.csv"), "\(copy.stderr)")
        let sup = try tally(["aggregate", d + "/super.csv", d + "/data/a.csv"])
        #expect(sup.status == 65 && sup.stderr.contains("every record of \(d)/data/a.csv (3 rows without an id) is also in \(d)/super.csv (4 rows)"), "\(sup.stderr)")
        // A report whose second dataset is the R-style copy.
        let spec = d + "/rq.yml"
        FileManager.default.createFile(atPath: spec, contents: Data("""
        title: Q
        name: q
        period: 2023-04
        datasets:
          - path: data/a.csv
            name: A
            source: S
            licence: CC0
          - path: r.csv
            name: A again
            source: S
            licence: CC0
        sections:
          - type: summary
            title: H
            measures: [killed]

        """.utf8))
        let report = try tally(["report", spec, "--out-dir", d + "/out", "--format", "csv"])
        #expect(report.status == 65 && report.stderr.contains("holds the same 3 records as"), "\(report.stderr)")
        // The glob over the output folder: the day's table, then the same glob again.
        let first = try tally(["aggregate", d + "/data/a.csv", "-o", d + "/data/total.csv"])
        #expect(first.status == 0)
        let again = try tally(["aggregate", d + "/data/a.csv", d + "/data/total.csv"])
        #expect(again.status == 65 && again.stdout.isEmpty, "\(again.stdout)")
        #expect(again.stderr.contains("tally: \(d)/data/total.csv is a table (a period column, as tally aggregate writes) and \(d)/data/a.csv holds event records, both with figures for "), "\(again.stderr)")
    }
}

/// review36 N1: a weekly table read back with `--period quarter` said its week across
/// two quarters was "a week across two months": the example names the period asked.
@Suite struct SpanningTableNoteCLITests {
    @Test func theNoteNamesThePeriodAsked() throws {
        let d = tempDir()
        try "date_start,country,measure,best\n2023-03-28,Mali,killed,5\n2023-04-10,Mali,killed,2\n"
            .write(toFile: d + "/w.csv", atomically: true, encoding: .utf8)
        let weekly = try tally(["aggregate", d + "/w.csv", "--period", "week"])
        #expect(weekly.status == 0 && weekly.stdout.contains("Mali,2023-W13,killed,5,5,5,1"), "\(weekly.stdout)")
        try weekly.stdout.write(toFile: d + "/wk.csv", atomically: true, encoding: .utf8)
        for (period, words, label) in [("quarter", "(a week across two quarters,", "2023-Q1/2023-Q2"), ("month", "(a week across two months,", "2023-03/2023-04"),
                                       ("year", nil, nil)] {
            let r = try tally(["aggregate", d + "/wk.csv", "--period", period])
            #expect(r.status == 0, "\(r.stderr)")
            if let words, let label {
                #expect(r.stderr.contains("5 killed (1 event) in rows of a table whose period spans more than one \(period) \(words) or events dated only to longer spans) are in rows of their own, whose period is the interval they span (\(label))"), "\(r.stderr)")
                #expect(r.stdout.contains("Mali,\(label),killed,5,5,5,1"), "\(r.stdout)")
            } else {
                #expect(!r.stderr.contains("rows of a table whose period spans"), "\(r.stderr)")
            }
        }
    }
}
