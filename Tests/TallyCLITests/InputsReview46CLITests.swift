import Foundation
import Testing
import TallyTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// review46 S2, S3, S5 and S10 at the command line: files changing under a run, a cut
/// file on standard input, and runs whose every input holds no record.

private let acled = "event_id_cnty,event_date,year,time_precision,event_type,actor1,country,admin1,admin2,fatalities\n"
    + "A1,2023-01-05,2023,1,Battles,A,Syria,Idlib,Idlib,12\nA2,2023-01-06,2023,1,Battles,A,Syria,Idlib,Idlib,3\n"

/// A run with every input empty wrote a header-only table with exit 0: a cron job
/// published an empty file (S10). Exit 65, nothing written, each input's note said.
@Suite struct EveryInputEmpty {
    @Test func headerOnlyAndEmptyAPIAnswersAreRefused() throws {
        let d = tempDir()
        let hdr = d + "/hdr.csv", api = d + "/api.json", full = d + "/full.csv", out = d + "/e.csv"
        try String(acled.prefix { $0 != "\n" } + "\n").write(toFile: hdr, atomically: false, encoding: .utf8)
        try #"{"status":200,"success":true,"count":0,"data":[]}"#.write(toFile: api, atomically: false, encoding: .utf8)
        try acled.write(toFile: full, atomically: false, encoding: .utf8)
        let one = try tally(["aggregate", hdr, "--period", "all", "-o", out])
        #expect(one.status == 65)
        #expect(one.stderr.contains("tally: \(hdr): no records (its header alone): it adds no figure and covers no day\n"), "\(one.stderr)")
        #expect(one.stderr.contains("tally: \(hdr) holds no record (the note above says what was read); nothing written, as an empty table would read as no events"), "\(one.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        let two = try tally(["aggregate", api, hdr, "--period", "all"])
        #expect(two.status == 65)
        #expect(two.stdout.isEmpty)
        #expect(two.stderr.contains("none of the 2 inputs (\(api), \(hdr)) holds a record (the notes above say what was read)"), "\(two.stderr)")
        // JSON output and standard input alike.
        #expect(try tally(["aggregate", "-", "--format", "json"], stdin: String(acled.prefix { $0 != "\n" } + "\n")).status == 65)
        // One empty input beside one that holds records: read, the empty one noted.
        let mixed = try tally(["aggregate", hdr, full, "--period", "all"])
        #expect(mixed.status == 0, "\(mixed.stderr)")
        #expect(mixed.stdout.contains("Syria,all,killed,15,15,15,2,15,"))
        #expect(mixed.stderr.contains("\(hdr): no records (its header alone)"))
        // A chart refuses too (64: no measure to draw); info describes the file (exit 0).
        let chart = try tally(["chart", "bar", hdr, "--measure", "killed", "-o", d + "/c.svg"])
        #expect(chart.status == 64, "\(chart.stderr)")
        #expect(chart.stderr.contains("the measures present are: none (no rows were read)"))
        #expect(!FileManager.default.fileExists(atPath: d + "/c.svg"))
        let info = try tally(["info", hdr])
        #expect(info.status == 0)
        #expect(info.stdout.contains("rows:         0"))
    }
}

/// A cut export on standard input is refused as a cut file is.
@Suite struct CutExportOnStandardInput {
    @Test func refusedAtItsLine() throws {
        let r = try tally(["aggregate", "-"], stdin: String(acled.dropLast(2)))
        #expect(r.status == 65)
        #expect(r.stderr.hasPrefix("tally: <stdin>:3: the file ends inside its last record"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }
}

/// A file rewritten in place while tally reads it gave a table of neither version with
/// exit 0, and a report's passes read two versions (S2, S3). The run stops itself
/// (`TALLY_TEST_STOP_AT=input-stamped:N` once the N-th input is open and stamped,
/// `input-opened:N` before the stamp; debug builds); the test rewrites the file, then
/// lets it go on.
@Suite(.serialized) struct FileChangedWhileRead {
    /// Runs tally stopped at `point`, calls `change` while it is stopped, then lets it end.
    func run(_ args: [String], stopAt point: String, change: () throws -> Void) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tallyBinary)
        p.arguments = args
        p.environment = ProcessInfo.processInfo.environment.merging(["TALLY_TEST_STOP_AT": point]) { $1 }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let pid = p.processIdentifier
        var stopped = false
        for _ in 0 ..< 6000 where !stopped {
            let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
            if let close = stat.lastIndex(of: ")"), stat[close...].dropFirst(2).first == "T" { stopped = true } else { usleep(10_000) }
        }
        defer { kill(pid, SIGCONT) }
        try #require(stopped, "the run did not reach \(point)")
        try change()
        kill(pid, SIGCONT)
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    /// Rewrites `path` in place (same inode), as `cp` over it does.
    func rewriteInPlace(_ path: String, _ text: String) throws {
        let h = try #require(FileHandle(forWritingAtPath: path))
        try h.truncate(atOffset: 0)
        try h.write(contentsOf: Data(text.utf8))
        try h.close()
    }

    static let doubled = acled.replacingOccurrences(of: ",12\n", with: ",24\n").replacingOccurrences(of: ",3\n", with: ",6\n")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/stat"), "reads a process's state in /proc"))
    func aggregateRefusesAFileRewrittenInPlace() throws {
        let d = tempDir(), data = d + "/data.csv", out = d + "/m.csv"
        try acled.write(toFile: data, atomically: false, encoding: .utf8)
        // Same length (a corrected figure) and another length (figures doubled).
        for text in [acled.replacingOccurrences(of: ",12\n", with: ",13\n"), Self.doubled] {
            let r = try run(["aggregate", data, "--period", "all", "-o", out], stopAt: "input-stamped:1") { try rewriteInPlace(data, text) }
            #expect(r.status == 74)
            #expect(r.stderr.contains("tally: \(data): changed while tally read it"), "\(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out))
            try acled.write(toFile: data, atomically: false, encoding: .utf8)
        }
        // A rename over it keeps the open descriptor on the file opened: read whole, as it was.
        let r = try run(["aggregate", data, "--period", "all"], stopAt: "input-stamped:1") {
            try Self.doubled.write(toFile: d + "/new.csv", atomically: false, encoding: .utf8)
            #expect(rename(d + "/new.csv", data) == 0)
        }
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Syria,all,killed,15,15,15,2,15,"), "\(r.stdout)")
        // Unchanged: read as always.
        let s = try run(["aggregate", data, "--period", "all"], stopAt: "input-stamped:1") {}
        #expect(s.status == 0)
        #expect(s.stdout.contains("Syria,all,killed,30,30,30,2,30,"))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/stat"), "reads a process's state in /proc"))
    func aReportRefusesADatasetChangedBetweenItsPasses() throws {
        let d = tempDir(), data = d + "/data.csv"
        // Ids out of order: the dataset is read twice (the second time with the table of
        // ids), as a report's passes read it again.
        let text = acled.replacingOccurrences(of: "A1,", with: "B9,")
        try text.write(toFile: data, atomically: false, encoding: .utf8)
        try """
        title: T
        name: t
        datasets:
          - path: \(data)
            source: test
            licence: test
        sections:
          - type: summary
        """.write(toFile: d + "/t.yml", atomically: false, encoding: .utf8)
        let args = ["report", d + "/t.yml", "--out-dir", d + "/out", "--format", "csv", "--period", "2023-01"]
        let r = try run(args, stopAt: "input-opened:2") {
            // Only its modification time moves (touch): the bytes may be the same, the file is not known to be.
            var times = [timespec(tv_sec: 1_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000, tv_nsec: 0)]
            #expect(utimensat(AT_FDCWD, data, &times, 0) == 0)
        }
        #expect(r.status == 74)
        #expect(r.stderr.contains("tally: \(data): changed since tally first read it in this run"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: d + "/out/t-2023-01.csv"))
        // Untouched: the brief is written.
        let s = try run(args, stopAt: "input-opened:2") {}
        #expect(s.status == 0, "\(s.stderr)")
        #expect(try String(contentsOfFile: d + "/out/t-2023-01.csv", encoding: .utf8).contains("killed,15,15,15,2,15"))
    }
}
