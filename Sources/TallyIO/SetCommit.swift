#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces several files of one folder as a set (a report's PDF, PNGs, web page and
/// CSV): after a kill at any instant the folder ends up holding either the whole
/// previous set or the whole new one, never the new PDF beside the old CSV.
///
/// One `rename` is atomic; several are not. So the renames are made a transaction:
/// 1. every file is written to its temporary file and flushed (``StagedFile``);
/// 2. the **commit manifest** `.tally-commit-PID-XXXXXX`, listing each temporary name
///    (with its inode) and its final name, is written to `.tally-pending-PID-XXXXXX`,
///    flushed, locked and renamed into place: this rename is the commit point;
/// 3. the temporary files are renamed onto their final names;
/// 4. the manifest is removed.
///
/// A run killed before step 2 leaves the previous set (its temporary files are
/// leftovers, removed by the next run for the same names). A run killed in step 3
/// leaves a manifest whose lock is free: the next tally run that writes into the folder,
/// or reads one of the files the manifest names, finishes the renames first (roll
/// forward: every new file is complete and on disk) and says so on stderr. A live
/// commit holds the manifest's lock, so nobody finishes a commit still under way.
///
/// Steps 2–4 (with the finishing of gone runs' commits before them) hold the folder's
/// lock, `flock` on `.tally-lock` in the folder, so two runs writing sets into one folder
/// at the same moment commit one after the other: their renames never interleave into
/// a mixed set that no manifest describes. A run finding the lock taken says so on
/// stderr and waits (up to ``lockWaitMilliseconds``), then refuses (73).
public enum SetCommit {
    static let manifestPrefix = ".tally-commit-"
    static let pendingPrefix = ".tally-pending-"
    static let magic = "tally-commit 1"
    static let lockName = ".tally-lock"
    /// How long a run waits for another run's commit into the same folder: a commit is
    /// a few renames and two flushes, so this is a run stopped (`kill -STOP`, Ctrl-Z) or
    /// a hung disk, not a busy one.
    public static let lockWaitMilliseconds = 60_000

    /// One rename of a commit: names within the folder.
    struct Entry: Equatable {
        var temporary: String
        var final: String
        var inode: UInt64
    }

    /// A set's manifest, written and locked: the set is committed.
    public struct Manifest: Sendable {
        let path: String
        let fd: Int32
        /// The folder's lock (``FolderLock``), held until the renames are done.
        let lock: FolderLock
    }

    /// The folder's commit lock: `flock` on `.tally-lock` in the folder, the file
    /// removed by its holder on release (and by any run that finds it free), so a
    /// folder holds it only while a commit is under way or after a killed one.
    public struct FolderLock: Sendable {
        let path: String
        let fd: Int32

        /// Takes the lock of `folder`, waiting for another run's commit at most
        /// `waitMilliseconds` (saying on stderr that it waits); throws 73 after.
        static func take(_ folder: String, waitMilliseconds: Int) throws(TallyError) -> FolderLock {
            let path = folder + "/" + SetCommit.lockName
            var waited = 0
            var told = false
            while true {
                var fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o666)
                if fd < 0 && errno == EACCES { fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC) }
                guard fd >= 0 else {
                    throw .cannotCreate("\(path): cannot open the folder's lock, which keeps two tally runs from replacing files here "
                                        + "at the same moment (\(errnoText())); make \(folder) writable, or use another --out-dir")
                }
                if flock(fd, LOCK_EX | LOCK_NB) == 0 {
                    // Ours, unless its holder removed the file meanwhile (then a new one is
                    // the lock): the file we hold must still be the one named.
                    var mine = stat(), named = stat()
                    if fstat(fd, &mine) == 0, mine.st_nlink > 0, lstat(path, &named) == 0, mine.st_ino == named.st_ino,
                       mine.st_dev == named.st_dev {
                        if ftruncate(fd, 0) == 0 { _ = try? writeAll(fd, Array("\(getpid())\n".utf8), path: path) }
                        return FolderLock(path: path, fd: fd)
                    }
                    close(fd)
                    continue
                }
                let holder = SetCommit.lockHolder(fd)
                close(fd)
                if waited >= waitMilliseconds {
                    throw .cannotCreate("\(folder): another tally run\(holder) has been replacing files here for "
                                        + "\(waitMilliseconds / 1000) seconds (\(path) is locked), so this run replaced none; "
                                        + "run it again when that run has finished (if it was stopped, `kill -CONT` it)")
                }
                if !told {
                    SetCommit.tell(["\(folder): waiting for another tally run\(holder), which is replacing files here, to finish"])
                    told = true
                }
                usleep(10_000)
                waited += 10
            }
        }

        /// Takes the lock of `folder` only if it is free at once (nil if not).
        static func takeIfFree(_ folder: String) -> FolderLock? {
            let path = folder + "/" + SetCommit.lockName
            let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { return nil }
            var mine = stat(), named = stat()
            guard flock(fd, LOCK_EX | LOCK_NB) == 0, fstat(fd, &mine) == 0, mine.st_nlink > 0, lstat(path, &named) == 0,
                  mine.st_ino == named.st_ino, mine.st_dev == named.st_dev else {
                close(fd)
                return nil
            }
            return FolderLock(path: path, fd: fd)
        }

        /// Removes the lock file (while holding it, so no other run holds it), then
        /// releases the lock.
        func release() {
            unlink(path)
            close(fd)
        }

        /// Releases the lock as a killed run would: the file stays.
        func drop() { close(fd) }
    }

    /// ` (pid N)`: the pid the lock's holder wrote in it, or "".
    static func lockHolder(_ fd: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 32)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 32, 0) }
        guard n > 0, let pid = Int32(String(decoding: buffer[0 ..< n].prefix { $0 != 0x0A }, as: UTF8.self)) else { return "" }
        return " (pid \(pid))"
    }

    /// Steps 1–2 for `staged` (all in `folder`): finishes interrupted commits of gone
    /// runs in the folder first (so that none of them can later replace a file of this
    /// set; `notes` says what was done), then writes the manifest. Nil for a single
    /// file, whose one rename needs none. On a throw nothing is committed: discard the
    /// temporary files. For a set, the folder's lock is taken first (another run's
    /// commit there is waited for, at most `lockWait` milliseconds) and held until
    /// ``apply(_:_:folder:stoppingAfter:)`` has done the renames.
    public static func prepare(_ staged: [StagedFile], folder: String, notes: inout [String],
                               lockWait: Int = lockWaitMilliseconds) throws(TallyError) -> Manifest? {
        guard staged.count > 1 else {
            notes += try recover(folder: folder)
            testKill(at: "before-manifest")
            return nil
        }
        let lock = try FolderLock.take(folder, waitMilliseconds: lockWait)
        do throws(TallyError) {
            notes += try recover(folder: folder)
            testKill(at: "before-manifest")
            var entries: [Entry] = []
            for s in staged {
                var st = stat()
                guard fstat(s.fd, &st) == 0 else { throw .io("\(s.reportedAs): cannot read back the written file (\(errnoText()))") }
                entries.append(Entry(temporary: AtomicOutput.split(s.temporary).base, final: AtomicOutput.split(s.final).base,
                                     inode: UInt64(st.st_ino)))
            }
            return try writeManifest(entries, folder: folder, lock: lock)
        } catch {
            lock.release()
            throw error
        }
    }

    /// Steps 3–4: renames every temporary file onto its final name, then removes the
    /// manifest. On a throw the set is committed but not all in place: keep the
    /// temporary files (release their locks, do not delete them); the next run finishes.
    /// `stoppingAfter` is for tests: stop after that many renames as a killed run
    /// would, the manifest's lock released and the manifest left.
    /// `thenWhileLocked`: work that must see the folder as this set left it (a report's
    /// removal of the files an earlier run of it wrote and this one did not), run after
    /// the renames with the folder's lock still held, so another run's set committed in
    /// between is never mistaken for this run's leftovers. A single file takes the lock
    /// for it alone.
    public static func apply(_ manifest: Manifest?, _ staged: [StagedFile], folder: String,
                             stoppingAfter: Int? = nil, thenWhileLocked: (() -> Void)? = nil) throws(TallyError) {
        guard let manifest else {
            for s in staged { try s.commit() }
            // The file is in place: a lock that cannot be had leaves the work undone
            // (nothing removed) rather than fail a run whose output is written.
            if let thenWhileLocked, let lock = try? FolderLock.take(folder, waitMilliseconds: lockWaitMilliseconds) {
                thenWhileLocked()
                lock.release()
            }
            return
        }
        var done = 0
        for s in staged {
            testKill(at: "renames:\(done)")
            if done == stoppingAfter {
                close(manifest.fd)
                manifest.lock.drop()
                return
            }
            guard rename(s.temporary, s.final) == 0 else {
                let reason = errnoText()
                // The manifest stays; its lock goes with this process, and the next run
                // finishes the set (or says why it cannot).
                close(manifest.fd)
                manifest.lock.release()
                throw .cannotCreate("\(s.reportedAs): cannot write output file (\(reason)); \(done) of \(staged.count) files of the set "
                                    + "were replaced; the others are complete in temporary files, and the next tally run that writes "
                                    + "into \(folder) puts them in place (or says why it cannot)")
            }
            done += 1
        }
        testKill(at: "renames:\(done)")
        if done == stoppingAfter {
            close(manifest.fd)
            manifest.lock.drop()
            return
        }
        syncFolder(folder)
        unlink(manifest.path)
        close(manifest.fd)
        thenWhileLocked?()
        manifest.lock.release()
    }

    /// Finishes every interrupted commit in `folder` whose run is gone, and removes
    /// manifests such a run left half-written (it died before its commit point).
    /// Returns what was done, for stderr. `concerning`: only manifests naming one of
    /// these files (a reader); then a commit under way is waited for, briefly.
    @discardableResult
    public static func recover(folder: String, concerning: Set<String>? = nil) throws(TallyError) -> [String] {
        let names = listing(folder)
        var notes: [String] = []
        for name in names where name.hasPrefix(manifestPrefix) {
            let path = folder + "/" + name
            if let note = try finish(path, folder: folder, concerning: concerning) { notes.append(note) }
        }
        // A lock a killed run left (free): removed, so the folder holds no trace of it.
        if names.contains(lockName), let stale = FolderLock.takeIfFree(folder) { stale.release() }
        if concerning == nil {
            for name in names where name.hasPrefix(pendingPrefix) {
                // A live run's manifest being written is not a leftover: between its
                // creation and its lock there is a moment when the lock is free.
                if runIsLive(name.dropFirst(pendingPrefix.count)) { continue }
                let path = folder + "/" + name
                let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
                guard fd >= 0 else { continue }
                if flock(fd, LOCK_EX | LOCK_NB) == 0 { unlink(path) }
                close(fd)
            }
        }
        return notes
    }

    /// Finishes the commits that name any of `inputs` (a run about to read them), so
    /// that a run never reads one file of a half-replaced set. Notes for stderr.
    public static func settle(inputs: [String]) throws(TallyError) -> [String] {
        var byFolder: [String: Set<String>] = [:]
        var order: [String] = []
        for input in inputs where input != "-" {
            var st = stat()
            guard stat(input, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, let real = AtomicOutput.realPath(input) else { continue }
            let (dir, base) = AtomicOutput.split(real)
            if byFolder[dir] == nil { order.append(dir) }
            byFolder[dir, default: []].insert(base)
        }
        var notes: [String] = []
        for dir in order {
            notes += try recover(folder: dir, concerning: byFolder[dir])
        }
        return notes
    }

    /// The names in the temporary files of manifests in `folder`: a dead run's
    /// temporary file named there is part of a committed set, not a leftover.
    static func committedTemporaries(in folder: String) -> Set<String> {
        var names: Set<String> = []
        for name in listing(folder) where name.hasPrefix(manifestPrefix) {
            if let entries = try? parse(contents(of: folder + "/" + name)) { for e in entries { names.insert(e.temporary) } }
        }
        return names
    }

    // MARK: - The manifest

    static func writeManifest(_ entries: [Entry], folder: String, lock: FolderLock) throws(TallyError) -> Manifest {
        // Another run's recovery removes a pending manifest whose lock it can take. It
        // skips a live run's (by the pid in the name), but a run in another pid
        // namespace (a container sharing the folder) looks gone: if this manifest was
        // taken in the moment before its lock, it is written again under a new name.
        var attempt = 0
        while true {
            attempt += 1
            var bytes = Array((folder + "/" + pendingPrefix + "\(getpid())-XXXXXX").utf8CString)
            let fd = bytes.withUnsafeMutableBufferPointer { makeTemporaryFile($0.baseAddress!) }
            guard fd >= 0 else { throw .cannotCreate("\(folder): cannot create the commit manifest (\(errnoText()))") }
            let pending = String(decoding: bytes.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let path = folder + "/" + manifestPrefix + "\(getpid())-" + pending.suffix(6)
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
                // Another run holds it and is removing it.
                close(fd)
                if attempt < 100 { continue }
                throw .cannotCreate("\(pending): cannot lock the commit manifest; another tally run keeps removing it")
            }
            do throws(TallyError) {
                try writeAll(fd, Array(text(entries).utf8), path: pending)
                guard fsync(fd) == 0 else { throw .io("\(pending): cannot flush the commit manifest (\(errnoText()))") }
                if rename(pending, path) != 0 {
                    let code = errno
                    if code == ENOENT && attempt < 100 {  // removed before its lock was taken
                        close(fd)
                        continue
                    }
                    throw .cannotCreate("\(path): cannot write the commit manifest (\(String(cString: strerror(code))))")
                }
            } catch {
                unlink(pending)
                close(fd)
                throw error
            }
            syncFolder(folder)
            return Manifest(path: path, fd: fd, lock: lock)
        }
    }

    /// Whether the run whose pid begins `rest` (`PID-…`) is alive: this process, or one
    /// `kill(pid, 0)` finds. A name without a pid is no live run's.
    static func runIsLive(_ rest: Substring) -> Bool {
        guard let dash = rest.firstIndex(of: "-"), let pid = Int32(rest[..<dash]), pid > 0 else { return false }
        return pid == getpid() || kill(pid, 0) == 0 || errno != ESRCH
    }

    /// `tally-commit 1`, the run's pid, one `rename INODE TEMPORARY FINAL` a file, and
    /// `end N`: a manifest without its end line is not one tally wrote whole.
    static func text(_ entries: [Entry]) -> String {
        var t = magic + "\npid \(getpid())\n"
        for e in entries { t += "rename \(e.inode) \(escape(e.temporary)) \(escape(e.final))\n" }
        return t + "end \(entries.count)\n"
    }

    struct Malformed: Error {}

    static func parse(_ bytes: [UInt8]?) throws -> [Entry] {
        guard let bytes, let text = String(validating: bytes, as: UTF8.self) else { throw Malformed() }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 4, lines[0] == magic, lines[1].hasPrefix("pid "), lines.last == "" else { throw Malformed() }
        var entries: [Entry] = []
        for line in lines[2 ..< lines.count - 2] {
            let f = line.split(separator: " ", omittingEmptySubsequences: false)
            guard f.count == 4, f[0] == "rename", let inode = UInt64(f[1]), let t = unescape(f[2]), let n = unescape(f[3]),
                  t.hasPrefix(AtomicOutput.temporaryPrefix), !n.isEmpty, !n.contains("/"), n != ".", n != ".." else { throw Malformed() }
            entries.append(Entry(temporary: t, final: n, inode: inode))
        }
        guard lines[lines.count - 2] == "end \(entries.count)" else { throw Malformed() }
        return entries
    }

    /// Bytes other than printable ASCII, space and `%` as `%XX`, so every name is one field.
    static func escape(_ name: String) -> String {
        var out = ""
        for b in name.utf8 {
            if b > 0x20 && b < 0x7F && b != UInt8(ascii: "%") { out.unicodeScalars.append(Unicode.Scalar(b)) } else {
                let hex = String(b, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }

    static func unescape(_ field: Substring) -> String? {
        var out: [UInt8] = []
        var i = field.utf8.startIndex
        let u = field.utf8
        while i != u.endIndex {
            if u[i] == UInt8(ascii: "%") {
                guard let a = u.index(i, offsetBy: 1, limitedBy: u.endIndex), a != u.endIndex,
                      let b = u.index(a, offsetBy: 1, limitedBy: u.endIndex), b != u.endIndex,
                      let v = UInt8(String(decoding: [u[a], u[b]], as: UTF8.self), radix: 16) else { return nil }
                out.append(v)
                i = u.index(after: b)
            } else {
                out.append(u[i])
                i = u.index(after: i)
            }
        }
        return String(validating: out, as: UTF8.self)
    }

    // MARK: - Finishing a commit

    /// Finishes the commit of manifest `path` when its run is gone. Returns a note when
    /// files were put in place; nil when there was nothing to do (a commit under way,
    /// or one that does not concern `concerning`).
    static func finish(_ path: String, folder: String, concerning: Set<String>?) throws(TallyError) -> String? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }  // finished meanwhile
        defer { close(fd) }
        let entries: [Entry]
        do {
            entries = try parse(contents(ofOpen: fd))
        } catch {
            throw .io("\(path): a commit manifest tally cannot read (not one it wrote whole); the files of \(folder) "
                      + "may be a mix of two runs: check them, delete the manifest, and run the report again")
        }
        if let concerning, !entries.contains(where: { concerning.contains($0.final) }) { return nil }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            // Another run is renaming this set right now: a writer goes ahead (its own
            // renames come after); a reader of the set waits for it, briefly.
            guard let concerning else { return nil }
            var waited = 0
            while flock(fd, LOCK_EX | LOCK_NB) != 0 {
                if waited >= 10_000 {
                    let name = entries.first { concerning.contains($0.final) }!.final
                    throw .io("\(folder)/\(name): another tally run has been replacing it and the files beside it for "
                              + "10 seconds (\(path) is locked); read it when that run has finished")
                }
                usleep(10_000)
                waited += 10
            }
        }
        // The lock is ours; the manifest may have been removed by its run just before.
        var mine = stat(), named = stat()
        guard fstat(fd, &mine) == 0, mine.st_nlink > 0, lstat(path, &named) == 0, mine.st_ino == named.st_ino else { return nil }
        var moved: [String] = [], already = 0, lost: [String] = []
        for e in entries {
            let temporary = folder + "/" + e.temporary, final = folder + "/" + e.final
            var st = stat()
            if lstat(temporary, &st) == 0 && UInt64(st.st_ino) == e.inode {
                guard rename(temporary, final) == 0 else {
                    throw .cannotCreate("\(final): a tally run was killed while replacing it and the files beside it, and the "
                                        + "new file cannot be put in place (\(errnoText())); the complete new file is \(temporary): "
                                        + "make the folder writable and run tally again, or move it onto \(e.final) yourself "
                                        + "and delete \(path)")
                }
                moved.append(e.final)
            } else if lstat(final, &st) == 0 && UInt64(st.st_ino) == e.inode {
                already += 1
            } else {
                lost.append(e.final)
            }
        }
        syncFolder(folder)
        unlink(path)
        var note = "\(folder): a tally run\(manifestPid(path)) was stopped while replacing its \(entries.count) files here; "
        if moved.isEmpty {
            note += "all \(already) were already in place"
        } else {
            note += (already == 0 ? "put all \(moved.count)" : "\(already) were in place, put the other \(moved.count)")
                + " in place (\(moved.joined(separator: ", "))), so the folder holds that run's complete set"
        }
        if !lost.isEmpty {
            note += "; warning: the new \(lost.joined(separator: ", ")) \(lost.count == 1 ? "was" : "were") deleted before it could be put "
                + "in place, so \(lost.count == 1 ? "that file is" : "those files are") not of the same run as the others: run it again"
        }
        return note
    }

    static func manifestPid(_ path: String) -> String {
        let name = AtomicOutput.split(path).base.dropFirst(manifestPrefix.count)
        guard let dash = name.firstIndex(of: "-"), let pid = Int32(name[..<dash]) else { return "" }
        return " (pid \(pid))"
    }

    // MARK: - Helpers

    static func listing(_ folder: String) -> [String] {
        guard let d = opendir(folder) else { return [] }
        defer { closedir(d) }
        var names: [String] = []
        while let entry = readdir(d) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix(".tally-") { names.append(name) }
        }
        return names.sorted()
    }

    /// A manifest is a few hundred bytes; anything past 1 MiB is not one.
    static func contents(of path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        return contents(ofOpen: fd)
    }

    /// The bytes of an open manifest, read through its descriptor: its run may remove
    /// the name at any moment (a commit finishing), and a second `open` by name would
    /// then find nothing and mistake a whole manifest for a half-written one.
    static func contents(ofOpen fd: Int32) -> [UInt8]? {
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while out.count <= 1 << 20 {
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 65536, off_t(out.count)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return n == 0 ? out : nil }
            out += buffer[0 ..< n]
        }
        return nil
    }

    /// Makes renames in `folder` durable (the order manifest, renames, removal
    /// survives a power cut, not only a kill).
    static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    /// Writes notes to standard error, one a line, as `tally: NOTE`.
    public static func tell(_ notes: [String]) {
        for n in notes {
            let bytes = Array(TerminalText.escaped("tally: " + n + "\n", keepingLineFeeds: true).utf8)
            _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        }
    }

    /// For tests only, and only in a debug build: `TALLY_TEST_KILL_AT=before-manifest` or
    /// `renames:N` kills the run (SIGKILL) at that point of a set's commit, as `kill -9`
    /// from outside would; `TALLY_TEST_STOP_AT` stops it there (SIGSTOP) until a SIGCONT.
    /// A release build (what `make install`, `make dist` and `make deb` ship) holds
    /// neither the hook nor the variables' names: an environment variable never makes a
    /// production run kill itself.
    @inline(__always)
    static func testKill(at point: String) {
        #if DEBUG
        if let p = getenv("TALLY_TEST_KILL_AT"), String(cString: p) == point { kill(getpid(), SIGKILL) }
        if let p = getenv("TALLY_TEST_STOP_AT"), String(cString: p) == point { kill(getpid(), SIGSTOP) }
        #endif
    }
}
