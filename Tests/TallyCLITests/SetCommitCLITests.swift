import Foundation
import Testing
import TallyTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Whether `tally` was built with its test hooks (a debug build, as these tests are).
let killHookBuilt: Bool = {
    #if DEBUG
    return true
    #else
    return false
    #endif
}()

/// Issue 9 / review16 #9: `kill -9` of `tally report` while it renames its files into
/// place left the new PDF beside the old CSV and HTML. The run is killed for real here
/// (SIGKILL at a chosen point of its commit, TALLY_TEST_KILL_AT); the next tally run
/// must leave the folder holding one run's complete set, and no temporary files.
///
/// The kill hook is compiled into debug builds only (a shipped release binary ignores
/// the variable), and these tests are built with the binary's configuration: under
/// `swift test -c release` they are skipped, and `tests/install_test.sh` checks that
/// the shipped binary ignores the variable.
@Suite(.enabled(if: killHookBuilt, "the kill hook (TALLY_TEST_KILL_AT) is in debug builds only"))
struct SetCommitCLITests {
    let names = ["brief-2023-04.pdf", "brief-2023-04-killed.png", "brief-2023-04.html", "brief-2023-04.csv"]

    /// A folder with the old set in `out`, the spec reading `data.csv` (now the new
    /// data), and the new set's bytes from a clean run elsewhere.
    func setUp() throws -> (dir: String, old: [String: Data], new: [String: Data]) {
        let d = tempDir()
        let data = try String(contentsOfFile: packageRoot + "/Datasets/news-balkh-2023-04.csv", encoding: .utf8)
        try data.write(toFile: d + "/data.csv", atomically: false, encoding: .utf8)
        try """
        title: Test brief
        name: brief
        period:
          every: month
          which: 2023-04
        datasets:
          - path: \(d)/data.csv
            source: News item
            licence: CC0 1.0
        sections:
          - type: summary
          - type: bar
            id: killed
            title: Killed by country
            measure: killed
            by: country
        """.write(toFile: d + "/brief.yml", atomically: false, encoding: .utf8)
        let old = try report(d, out: "out")
        #expect(old.status == 0, "\(old.stderr)")
        try (data + "extra-2023-04-02,2023-04-02,2023-04-02,Afghanistan,Balkh,,Taliban,killed,,4,4,4,test,,,\n")
            .write(toFile: d + "/data.csv", atomically: false, encoding: .utf8)
        let clean = try report(d, out: "clean")
        #expect(clean.status == 0, "\(clean.stderr)")
        var a: [String: Data] = [:], b: [String: Data] = [:]
        for n in names {
            a[n] = FileManager.default.contents(atPath: d + "/out/" + n)
            b[n] = FileManager.default.contents(atPath: d + "/clean/" + n)
            #expect(a[n] != nil && b[n] != nil && a[n] != b[n], "\(n) must differ between the runs")
        }
        return (d, a, b)
    }

    func report(_ d: String, out: String, kill point: String? = nil) throws -> Run {
        try tally(["report", d + "/brief.yml", "--out-dir", d + "/" + out, "--format", "pdf,png,html,csv"],
                  environment: point.map { ["TALLY_TEST_KILL_AT": $0] } ?? [:])
    }

    func hidden(_ dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasPrefix(".") }.sorted()
    }

    func holds(_ dir: String, _ set: [String: Data]) -> Bool {
        names.allSatisfy { FileManager.default.contents(atPath: dir + "/" + $0) == set[$0] }
    }

    /// Killed between renames: the folder is mixed for the moment, with a manifest; a
    /// reader of the CSV (`tally aggregate`) finishes the set before reading it.
    @Test func aReportKilledBetweenRenamesIsFinishedByTheNextReader() throws {
        let (d, old, new) = try setUp()
        let killed = try report(d, out: "out", kill: "renames:2")
        #expect(killed.status == SIGKILL)
        #expect(FileManager.default.contents(atPath: d + "/out/" + names[0]) == new[names[0]])
        #expect(FileManager.default.contents(atPath: d + "/out/" + names[3]) == old[names[3]])
        #expect(hidden(d + "/out").contains { $0.hasPrefix(".tally-commit-") })
        try old["brief-2023-04.csv"]!.write(to: URL(fileURLWithPath: d + "/old.csv"))
        let read = try tally(["aggregate", d + "/out/brief-2023-04.csv", "--period", "all", "--format", "csv"])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stderr.contains("was stopped while replacing its 4 files here; 2 were in place, put the other 2 in place"))
        #expect(holds(d + "/out", new))
        #expect(hidden(d + "/out") == [])
        // What was read is the new run's CSV, not the old one.
        let clean = try tally(["aggregate", d + "/clean/brief-2023-04.csv", "--period", "all", "--format", "csv"])
        let before = try tally(["aggregate", d + "/old.csv", "--period", "all", "--format", "csv"])
        #expect(clean.status == 0 && before.status == 0)
        #expect(read.stdout == clean.stdout)
        #expect(read.stdout != before.stdout)
        #expect(read.stdout.contains("Afghanistan,all,killed,10,10,10,"), "\(read.stdout)")
    }

    /// Killed between renames, then the next report run into the folder: it finishes
    /// the old commit first (said on stderr), then writes its own set.
    @Test func aReportKilledBetweenRenamesIsFinishedByTheNextReport() throws {
        let (d, _, new) = try setUp()
        for point in ["renames:0", "renames:1", "renames:3", "renames:4"] {
            let killed = try report(d, out: "out", kill: point)
            #expect(killed.status == SIGKILL, "\(point)")
            let next = try report(d, out: "out")
            #expect(next.status == 0, "\(next.stderr)")
            #expect(next.stderr.contains("was stopped while replacing its 4 files here"), "\(point): \(next.stderr)")
            #expect(holds(d + "/out", new), "\(point)")
            #expect(hidden(d + "/out") == [], "\(point): \(hidden(d + "/out"))")
        }
    }

    /// Killed with every file written but before the commit point: the old set stays
    /// whole; the next run for the same names removes the killed run's temporary files.
    @Test func aReportKilledBeforeItsCommitPointLeavesTheOldSet() throws {
        let (d, old, new) = try setUp()
        let killed = try report(d, out: "out", kill: "before-manifest")
        #expect(killed.status == SIGKILL)
        #expect(holds(d + "/out", old))
        #expect(hidden(d + "/out").filter { $0.hasPrefix(".tally-tmp-") }.count == names.count)
        let other = try tally(["aggregate", d + "/out/brief-2023-04.csv", "--format", "csv"])
        #expect(other.status == 0 && !other.stderr.contains("stopped"), "\(other.stderr)")
        #expect(holds(d + "/out", old))
        let next = try report(d, out: "out")
        #expect(next.status == 0, "\(next.stderr)")
        #expect(!next.stderr.contains("stopped"))
        #expect(holds(d + "/out", new))
        #expect(hidden(d + "/out") == [])
    }

    /// `aggregate -o` onto a name of a half-replaced set finishes the set first, so that
    /// finishing it later can never replace the newer file.
    @Test func anAggregateIntoTheFolderFinishesTheSetFirst() throws {
        let (d, _, new) = try setUp()
        _ = try report(d, out: "out", kill: "renames:1")
        let r = try tally(["aggregate", d + "/data.csv", "-o", d + "/out/brief-2023-04.csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("was stopped while replacing"))
        #expect(hidden(d + "/out") == [])
        for n in names.dropLast() { #expect(FileManager.default.contents(atPath: d + "/out/" + n) == new[n]) }
        #expect(FileManager.default.contents(atPath: d + "/out/brief-2023-04.csv") != new["brief-2023-04.csv"])
    }

    /// Two report runs writing the same names at once: the first is stopped (SIGSTOP)
    /// between its renames, holding the folder's lock; the second, with other data, says
    /// it waits and commits only after the first has finished, so the folder ends with
    /// the second run's whole set (before the lock it renamed its four files at once and
    /// the first then put two of its own over them: a mixed set, no manifest left).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/stat"), "reads a process's state in /proc"))
    func twoReportsIntoOneFolderCommitOneAfterTheOther() throws {
        let (d, _, firstSet) = try setUp()
        let first = Process()
        first.executableURL = URL(fileURLWithPath: tallyBinary)
        first.arguments = ["report", d + "/brief.yml", "--out-dir", d + "/out", "--format", "pdf,png,html,csv"]
        first.environment = ProcessInfo.processInfo.environment.merging(["TALLY_TEST_STOP_AT": "renames:2"]) { $1 }
        first.standardOutput = FileHandle.nullDevice
        first.standardError = FileHandle.nullDevice
        first.standardInput = FileHandle.nullDevice
        try first.run()
        let pid = first.processIdentifier
        defer { kill(pid, SIGCONT); first.waitUntilExit() }
        // Wait until the first run has stopped itself after two renames (state T).
        var stopped = false
        for _ in 0 ..< 6000 where !stopped {
            let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
            if let close = stat.lastIndex(of: ")"), stat[close...].dropFirst(2).first == "T" { stopped = true } else { usleep(10_000) }
        }
        try #require(stopped, "the first run did not reach its stop point")
        #expect(FileManager.default.contents(atPath: d + "/out/" + names[0]) == firstSet[names[0]])
        #expect(FileManager.default.contents(atPath: d + "/out/" + names[3]) != firstSet[names[3]])

        // Other data for the second run, and its set from a clean run elsewhere.
        let data = try String(contentsOfFile: d + "/data.csv", encoding: .utf8)
        try (data + "second-2023-04-03,2023-04-03,2023-04-03,Afghanistan,Balkh,,Taliban,killed,,7,7,7,test,,,\n")
            .write(toFile: d + "/data.csv", atomically: false, encoding: .utf8)
        let clean = try report(d, out: "clean2")
        #expect(clean.status == 0, "\(clean.stderr)")
        var secondSet: [String: Data] = [:]
        for n in names { secondSet[n] = FileManager.default.contents(atPath: d + "/clean2/" + n) }

        let second = Process()
        second.executableURL = URL(fileURLWithPath: tallyBinary)
        second.arguments = first.arguments
        let err = Pipe()
        second.standardOutput = FileHandle.nullDevice
        second.standardError = err
        second.standardInput = FileHandle.nullDevice
        try second.run()
        // Read its stderr until it says it waits (or it ends without saying so).
        var said = ""
        while !said.contains("waiting for another tally run") {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said += String(decoding: chunk, as: UTF8.self)
        }
        #expect(said.contains("\(d)/out: waiting for another tally run (pid \(pid)), which is replacing files here, to finish"), "\(said)")
        kill(pid, SIGCONT)
        first.waitUntilExit()
        said += String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        second.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(second.terminationStatus == 0, "\(said)")
        #expect(holds(d + "/out", secondSet), "the folder holds a mix of the two runs")
        #expect(hidden(d + "/out") == [], "\(hidden(d + "/out"))")
    }
}
