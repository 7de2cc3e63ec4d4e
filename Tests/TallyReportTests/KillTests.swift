import Foundation
import Testing
import TallyIO
@testable import TallyReport

/// The `tally` executable next to the test bundle (`swift test` builds every product).
let tallyExecutable: String? = {
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    while dir.path != "/" {
        let candidate = dir.appendingPathComponent("tally").path
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        dir.deleteLastPathComponent()
    }
    return nil
}()

/// A native CSV of `rows` killings in April 2023, big enough that reading it takes a
/// while.
func writeLargeDataset(_ path: String, rows: Int) {
    var out = Array("id,date_start,date_end,country,adm_1,adm_2,actor,measure,low,best,high,source\n".utf8)
    out.reserveCapacity(rows * 90)
    let countries = ["Afghanistan", "Syria", "Iraq", "Yemen"].map { Array($0.utf8) }
    for i in 0 ..< rows {
        out += Array("e\(i),2023-04-\(10 + i % 19),2023-04-\(10 + i % 19),".utf8)
        out += countries[i % 4]
        out += Array(",Province \(i % 31),District \(i % 97),Actor \(i % 13),killed,\(i % 5),\(i % 5 + 1),\(i % 5 + 3),wire\n".utf8)
    }
    _ = FileManager.default.createFile(atPath: path, contents: Data(out))
}

@Suite(.serialized) struct KillTests {
    @Test func aKilledRunLeavesPreviousOutputsAndTheNextRunCleansUp() throws {
        guard let tally = tallyExecutable else {
            Issue.record("the tally executable was not built next to the tests")
            return
        }
        let dir = temporaryFolder("kill")
        let out = dir + "/out"
        write(newsSpec(), to: dir + "/brief.yml")
        _ = try run(dir + "/brief.yml", out: out)
        var before: [String: [UInt8]] = [:]
        for f in files(in: out) { before[f] = bytes(out + "/" + f) }
        #expect(before.count == 4)

        writeLargeDataset(dir + "/large.csv", rows: 400_000)
        write(newsSpec(dataset: dir + "/large.csv"), to: dir + "/large.yml")
        var killed = 0
        for delay in [0.05, 0.2, 0.5, 1.0] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: tally)
            p.arguments = ["report", dir + "/large.yml", "--out-dir", out]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            Thread.sleep(forTimeInterval: delay)
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            guard p.terminationReason == .uncaughtSignal else { continue } // finished first
            killed += 1
            // Every file under its final name is still last run's, byte for byte.
            for f in files(in: out) where !f.hasPrefix(AtomicOutput.temporaryPrefix) {
                #expect(bytes(out + "/" + f) == before[f], "\(f) was changed by a killed run (after \(delay) s)")
            }
        }
        #expect(killed > 0, "no run was slow enough to be killed")
        // A kill while the temporary files were being written leaves them behind; make
        // sure there is one, as there would be, and that the next good run removes it.
        write("partial", to: out + "/" + AtomicOutput.temporaryName(for: "brief-2023-04.pdf", pid: 2_147_483_000, suffix: "zz9Plu"))
        let r = Process()
        r.executableURL = URL(fileURLWithPath: tally)
        r.arguments = ["report", dir + "/brief.yml", "--out-dir", out]
        r.standardOutput = FileHandle.nullDevice
        try r.run()
        r.waitUntilExit()
        #expect(r.terminationStatus == 0)
        #expect(files(in: out) == before.keys.sorted())
        for (f, b) in before { #expect(bytes(out + "/" + f) == b) }
    }

    @Test func commandPrintsPathsAndJSON() throws {
        guard let tally = tallyExecutable else {
            Issue.record("the tally executable was not built next to the tests")
            return
        }
        let dir = temporaryFolder("cli")
        write(newsSpec(), to: dir + "/brief.yml")
        func go(_ args: [String]) throws -> (Int32, String) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: tally)
            p.arguments = args
            let pipe = Pipe()
            p.standardOutput = pipe
            p.standardError = FileHandle.nullDevice
            try p.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            return (p.terminationStatus, String(decoding: data, as: UTF8.self))
        }
        let (status, text) = try go(["report", dir + "/brief.yml", "--out-dir", dir + "/o", "--format", "pdf,csv"])
        #expect(status == 0)
        #expect(text == "\(dir)/o/brief-2023-04.pdf\n\(dir)/o/brief-2023-04.csv\n")
        let (s2, json) = try go(["report", dir + "/brief.yml", "--out-dir", dir + "/o", "--json", "--format", "png"])
        #expect(s2 == 0)
        // The files written, and each chart's alt text (issue 13 item 9), as JSON.
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(object?["period"] as? String == "2023-04")
        #expect(object?["png"] as? [String: String] == ["killed": "\(dir)/o/brief-2023-04-killed.png",
                                                        "killed-trend": "\(dir)/o/brief-2023-04-killed-trend.png"])
        let alts = object?["alt"] as? [String: String] ?? [:]
        #expect(alts.keys.sorted() == ["killed", "killed-trend"])
        #expect(alts.values.allSatisfy { $0.lowercased().contains("killed") })
        #expect(json.hasSuffix("}\n"))
        write(newsSpec(period: "2023-09"), to: dir + "/empty.yml")
        let (s3, out3) = try go(["report", dir + "/empty.yml", "--out-dir", dir + "/o"])
        #expect(s3 == 65)
        #expect(out3.isEmpty)
        let (s4, _) = try go(["report", dir + "/missing.yml"])
        #expect(s4 == 66)
        // The web page (issue 15): printed after the charts, before the CSV; in JSON as "html".
        let (s5, out5) = try go(["report", dir + "/brief.yml", "--out-dir", dir + "/h", "--format", "csv,html"])
        #expect(s5 == 0)
        #expect(out5 == "\(dir)/h/brief-2023-04.html\n\(dir)/h/brief-2023-04.csv\n")
        let (s6, json6) = try go(["report", dir + "/brief.yml", "--out-dir", dir + "/h", "--format", "html", "--json"])
        #expect(s6 == 0)
        let o6 = try JSONSerialization.jsonObject(with: Data(json6.utf8)) as? [String: Any]
        #expect(o6?["html"] as? String == "\(dir)/h/brief-2023-04.html")
        let (s7, _) = try go(["report", dir + "/brief.yml", "--out-dir", dir + "/h", "--format", "pdf,web"])
        #expect(s7 == 64)
        let (_, help) = try go(["help", "report"])
        #expect(help.contains("pdf,png,csv,html") && help.contains("NAME-PERIOD.html"))
    }
}
