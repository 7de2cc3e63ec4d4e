import Foundation
import Synchronization
import Testing
@testable import TallyIO

/// Issue 9 (review16 #9): a set of files (a report's PDF, PNG, HTML, CSV) is replaced
/// as a set. A run stopped between its renames leaves a commit manifest; the next run
/// writing into the folder, or reading one of the set, finishes the renames first.
@Suite struct SetCommitTests {
    let names = ["r-2023-04.pdf", "r-2023-04-killed.png", "r-2023-04.html", "r-2023-04.csv"]

    /// A folder holding the old set ("old NAME" in each file).
    func oldSet() -> String {
        let dir = scratchDirectory()
        for n in names { _ = writeFile("old " + n, name: n, in: dir) }
        return dir
    }

    func content(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    func hidden(_ dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasPrefix(".") }.sorted()
    }

    /// The new set written to temporary files and flushed, as OutputBatch does.
    func staged(_ dir: String) throws -> [StagedFile] {
        try names.map { n in
            let s = try StagedFile(final: dir + "/" + n)
            try s.write(Array(("new " + n).utf8))
            try s.flush()
            return s
        }
    }

    /// Stopped after 0, 1, 2, 3 and all 4 renames: the folder is mixed (or whole) with a
    /// manifest beside it; finishing puts every new file in place and removes the manifest.
    @Test func aCommitStoppedBetweenRenamesIsFinishedByTheNextRun() throws {
        for stop in 0 ... names.count {
            let dir = oldSet()
            let files = try staged(dir)
            var notes: [String] = []
            let manifest = try SetCommit.prepare(files, folder: dir, notes: &notes)
            #expect(manifest != nil && notes.isEmpty)
            try SetCommit.apply(manifest, files, folder: dir, stoppingAfter: stop)
            for f in files { f.release() }  // the process is gone: its locks with it
            for (i, n) in names.enumerated() {
                #expect(content(dir + "/" + n) == (i < stop ? "new " : "old ") + n)
            }
            #expect(hidden(dir).contains { $0.hasPrefix(".tally-commit-") })
            let done = try SetCommit.recover(folder: dir)
            for n in names { #expect(content(dir + "/" + n) == "new " + n, "stopped after \(stop): \(n)") }
            #expect(hidden(dir) == [], "stopped after \(stop): \(hidden(dir))")
            #expect(done.count == 1)
            if stop < names.count {
                #expect(done[0].contains("was stopped while replacing its 4 files here"))
                #expect(done[0].contains(stop == 0 ? "put all 4 in place" : "\(stop) were in place, put the other \(4 - stop) in place"))
                #expect(done[0].contains(names[names.count - 1]))
            } else {
                #expect(done[0].contains("all 4 were already in place"))
            }
            // Finishing twice does nothing more.
            #expect(try SetCommit.recover(folder: dir) == [])
        }
    }

    /// A reader finishes only a set that holds one of its inputs, and then before reading.
    @Test func aReaderFinishesTheSetItReadsOnly() throws {
        let dir = oldSet()
        _ = writeFile("mine", name: "other.csv", in: dir)
        let files = try staged(dir)
        var notes: [String] = []
        let manifest = try SetCommit.prepare(files, folder: dir, notes: &notes)
        try SetCommit.apply(manifest, files, folder: dir, stoppingAfter: 1)
        for f in files { f.release() }
        #expect(try SetCommit.settle(inputs: [dir + "/other.csv", "-"]) == [])
        #expect(content(dir + "/r-2023-04.csv") == "old r-2023-04.csv")
        // Through a symlink from elsewhere, too.
        let link = scratchDirectory() + "/link.csv"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: dir + "/r-2023-04.csv")
        let said = try SetCommit.settle(inputs: [link])
        #expect(said.count == 1)
        for n in names { #expect(content(dir + "/" + n) == "new " + n) }
        #expect(hidden(dir) == [])
    }

    /// A commit under way (its manifest locked by a live run) is not touched by a writer.
    @Test func aLiveCommitIsLeftToItsRun() throws {
        let dir = oldSet()
        let files = try staged(dir)
        var notes: [String] = []
        let manifest = try SetCommit.prepare(files, folder: dir, notes: &notes)
        // Still locked: this "run" is alive.
        #expect(try SetCommit.recover(folder: dir) == [])
        #expect(content(dir + "/r-2023-04.pdf") == "old r-2023-04.pdf")
        try SetCommit.apply(manifest, files, folder: dir)
        for f in files { f.finish() }
        for n in names { #expect(content(dir + "/" + n) == "new " + n) }
        #expect(hidden(dir) == [])
    }

    /// What must see the folder as the set left it (a report removing an earlier run's
    /// files it did not write) runs after the renames with the folder's lock held, for a
    /// set and for a single file alike: another run cannot commit in between (until
    /// 2026-12-05 a report's removal came after the lock was released).
    @Test func workAfterTheRenamesRunsUnderTheFolderLock() throws {
        let dir = oldSet()
        let files = try staged(dir)
        var notes: [String] = []
        let manifest = try SetCommit.prepare(files, folder: dir, notes: &notes)
        var heldDuring: Bool?, newDuring: String?
        try SetCommit.apply(manifest, files, folder: dir) {
            heldDuring = SetCommit.FolderLock.takeIfFree(dir) == nil
            newDuring = content(dir + "/r-2023-04.csv")
        }
        for f in files { f.finish() }
        #expect(heldDuring == true && newDuring == "new r-2023-04.csv")
        #expect(hidden(dir) == [], "the lock is released after: \(hidden(dir))")
        let one = try StagedFile(final: dir + "/single.csv")
        try one.write(Array("one".utf8)); try one.flush()
        var heldForOne: Bool?
        try SetCommit.apply(nil, [one], folder: dir) { heldForOne = SetCommit.FolderLock.takeIfFree(dir) == nil }
        one.finish()
        #expect(heldForOne == true && content(dir + "/single.csv") == "one")
        #expect(hidden(dir) == [], "\(hidden(dir))")
    }

    /// Two runs committing sets into one folder at once: the second waits for the
    /// folder's lock; when it cannot have it in time it refuses (73), replacing nothing
    /// and leaving no manifest, so the renames of the two never interleave.
    @Test func aSecondCommitIntoTheFolderWaitsForTheFirst() throws {
        let dir = oldSet()
        let first = try staged(dir)
        var notes: [String] = []
        let manifest = try SetCommit.prepare(first, folder: dir, notes: &notes)
        #expect(hidden(dir).contains(".tally-lock"))
        let second = try names.map { n in
            let s = try StagedFile(final: dir + "/" + n)
            try s.write(Array(("second " + n).utf8))
            try s.flush()
            return s
        }
        do {
            _ = try SetCommit.prepare(second, folder: dir, notes: &notes, lockWait: 0)
            Issue.record("a second commit went ahead while the first held the folder")
        } catch {
            #expect(error.exitCode == 73)
            #expect(error.message.contains("another tally run (pid \(getpid())) has been replacing files here"), "\(error.message)")
            #expect(error.message.contains("so this run replaced none"))
        }
        #expect(hidden(dir).filter { $0.hasPrefix(".tally-commit-") }.count == 1)
        try SetCommit.apply(manifest, first, folder: dir)
        for f in first { f.finish() }
        for n in names { #expect(content(dir + "/" + n) == "new " + n) }
        // The first is done: the second commits, whole.
        let again = try SetCommit.prepare(second, folder: dir, notes: &notes, lockWait: 0)
        try SetCommit.apply(again, second, folder: dir)
        for f in second { f.finish() }
        for n in names { #expect(content(dir + "/" + n) == "second " + n) }
        #expect(hidden(dir) == [])
        #expect(notes.isEmpty)
    }

    /// A lock a killed run left behind (the file, no holder) neither blocks the next
    /// commit nor stays in the folder.
    @Test func aLockLeftByAKilledRunIsTakenAndRemoved() throws {
        let dir = oldSet()
        let stale = try SetCommit.FolderLock.take(dir, waitMilliseconds: 0)
        stale.drop()
        #expect(hidden(dir) == [".tally-lock"])
        let files = try staged(dir)
        var notes: [String] = []
        let manifest = try SetCommit.prepare(files, folder: dir, notes: &notes, lockWait: 0)
        try SetCommit.apply(manifest, files, folder: dir)
        for f in files { f.finish() }
        for n in names { #expect(content(dir + "/" + n) == "new " + n) }
        #expect(hidden(dir) == [])
        // A reader finishing nothing removes a free lock, too.
        try SetCommit.FolderLock.take(dir, waitMilliseconds: 0).drop()
        #expect(try SetCommit.settle(inputs: [dir + "/" + names[0]]) == [])
        #expect(hidden(dir) == [])
    }

    /// A new file deleted before it was put in place (by hand, or an older tally) is
    /// said, naming it: that file is not of the same run as the others.
    @Test func aNewFileDeletedBeforeItsRenameIsSaid() throws {
        let dir = oldSet()
        let files = try staged(dir)
        var notes: [String] = []
        let manifest = try SetCommit.prepare(files, folder: dir, notes: &notes)
        try SetCommit.apply(manifest, files, folder: dir, stoppingAfter: 2)
        for f in files { f.release() }
        unlink(files[3].temporary)
        let said = try SetCommit.recover(folder: dir)
        try #require(said.count == 1)
        #expect(said[0].contains("warning: the new r-2023-04.csv was deleted before it could be put in place"))
        #expect(content(dir + "/r-2023-04.html") == "new r-2023-04.html")
        #expect(content(dir + "/r-2023-04.csv") == "old r-2023-04.csv")
        #expect(hidden(dir) == [])
    }

    /// A manifest tally did not write whole is refused with what to do, not guessed at.
    @Test func aDamagedManifestIsRefused() throws {
        let dir = oldSet()
        for damaged in ["tally-commit 1\npid 5\nrename 12 .tally-tmp-x r.csv\n", "garbage", "tally-commit 1\npid 5\nrename 1 .tally-tmp-x ../r.csv\nend 1\n"] {
            let m = writeFile(damaged, name: ".tally-commit-5-abcdef", in: dir)
            do {
                _ = try SetCommit.recover(folder: dir)
                Issue.record("\(damaged) was read")
            } catch {
                #expect(error.exitCode == 74)
                #expect(error.message.contains("a commit manifest tally cannot read"))
                #expect(error.message.contains("delete the manifest"))
            }
            unlink(m)
        }
    }

    /// A manifest its run removes while another run reads it is read whole through the
    /// descriptor already open, not reopened by name (which finds nothing): the CI's
    /// hostile step once saw `aggregate -o` refuse (74, "a commit manifest tally cannot
    /// read") a live report's manifest that had just been finished.
    @Test func aManifestRemovedWhileReadIsReadThroughItsDescriptor() throws {
        let dir = oldSet()
        let entries = [SetCommit.Entry(temporary: ".tally-tmp-x-8-zzzzzz", final: "r.csv", inode: 7)]
        let m = writeFile(SetCommit.text(entries), name: ".tally-commit-5-abcdef", in: dir)
        let fd = open(m, O_RDONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        unlink(m)
        #expect(try SetCommit.parse(SetCommit.contents(ofOpen: fd)) == entries)
        #expect(SetCommit.contents(of: m) == nil)
    }

    /// A pending manifest (being written) is removed only when its run is gone: a live
    /// run's lock on it is free for a moment after its creation, and the CI once saw a
    /// run's recovery remove another's in that moment (that run then failed, "cannot
    /// write the commit manifest (No such file or directory)").
    @Test func aLiveRunsPendingManifestIsNotRemoved() throws {
        let dir = oldSet()
        let live = writeFile("tally-commit 1\n", name: ".tally-pending-\(getpid())-Ab12Cd", in: dir)
        let gone = writeFile("tally-commit 1\n", name: ".tally-pending-2147483000-Ef34Gh", in: dir)
        let odd = writeFile("", name: ".tally-pending-x-Ij56Kl", in: dir)
        #expect(try SetCommit.recover(folder: dir) == [])
        #expect(content(live) == "tally-commit 1\n")
        #expect(content(gone) == nil)
        #expect(content(odd) == nil)
        #expect(SetCommit.runIsLive("1-abc"))  // init, alive in any pid namespace
        #expect(!SetCommit.runIsLive("2147483000-abc"))
    }

    /// One run committing sets over and over while another finishes gone runs' commits
    /// in the same folder (as `aggregate -o` does there): the reader never takes a live
    /// commit's manifest, just finished, for a damaged one.
    @Test func recoveringBesideLiveCommitsNeverRefuses() throws {
        let dir = oldSet()
        let done = Mutex(false)
        let failures = Mutex<[String]>([])
        let reader = Thread {
            while !done.withLock({ $0 }) {
                do throws(TallyError) { _ = try SetCommit.recover(folder: dir) } catch { failures.withLock { $0.append(error.message) } }
            }
        }
        reader.start()
        for _ in 0 ..< 150 {
            var notes: [String] = []
            let set = try staged(dir)
            let manifest = try SetCommit.prepare(set, folder: dir, notes: &notes)
            try SetCommit.apply(manifest, set, folder: dir)
        }
        done.withLock { $0 = true }
        while !reader.isFinished { usleep(1_000) }
        #expect(failures.withLock { $0 } == [])
        #expect(content(dir + "/r-2023-04.csv") == "new r-2023-04.csv")
    }

    /// Names with spaces, `%`, newlines and non-ASCII survive the manifest.
    @Test func manifestNamesRoundTrip() throws {
        let entries = [SetCommit.Entry(temporary: ".tally-tmp-0123456789abcdef-7-AbCdEf", final: "Ḥalab 100% a b\nc.csv", inode: 42),
                       SetCommit.Entry(temporary: ".tally-tmp-x-8-zzzzzz", final: "plain.pdf", inode: 7)]
        #expect(try SetCommit.parse(Array(SetCommit.text(entries).utf8)) == entries)
        #expect(SetCommit.text(entries).split(separator: "\n").count == 5)
    }

    /// Leftover removal keeps a gone run's temporary file that a manifest names: it is
    /// part of a committed set, not a leftover.
    @Test func committedTemporaryFilesAreNotLeftovers() throws {
        let dir = oldSet()
        let gone: Int32 = 2_147_483_000
        let tmp = AtomicOutput.temporaryName(for: "r-2023-04.csv", pid: gone, suffix: "Qq1Rr2")
        let stray = AtomicOutput.temporaryName(for: "r-2023-04.csv", pid: gone, suffix: "Ss3Tt4")
        _ = writeFile("new r-2023-04.csv", name: tmp, in: dir)
        _ = writeFile("half", name: stray, in: dir)
        var st = stat()
        stat(dir + "/" + tmp, &st)
        _ = writeFile(SetCommit.text([.init(temporary: tmp, final: "r-2023-04.csv", inode: UInt64(st.st_ino))]),
                      name: ".tally-commit-\(gone)-AAAAAA", in: dir)
        AtomicOutput.removeLeftovers(of: dir + "/r-2023-04.csv")
        #expect(content(dir + "/" + tmp) == "new r-2023-04.csv")
        #expect(content(dir + "/" + stray) == nil)
    }
}
