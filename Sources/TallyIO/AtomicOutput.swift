#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes an output file so that readers only ever see the old file or the complete
/// new one (SPEC §5), and so that no run ever replaces a file it reads.
///
/// A monthly report run from cron may be killed, run out of disk or meet bad data
/// half-way; the previous month's file must survive all of that. Content goes to a
/// temporary file in the destination folder (same file system, so the final `rename`
/// is atomic), is flushed to disk, and replaces the target only when complete.
///
/// The rules, for every command (README, "Output files"):
/// - A regular file is replaced by renaming a complete temporary file over it. It
///   keeps its permission bits (never setuid, setgid or sticky) and, when tally runs
///   as root, its owner. A read-only file (no write bit at all) is refused, as root too.
/// - A device, FIFO or socket (`/dev/null`, a pipe), and a descriptor the run already
///   has open (`/dev/stdout`, `/dev/stderr`, `/proc/self/fd/N`, `/dev/fd/N`, or a
///   symlink to one) is written in place: `-o /dev/stdout >> log.txt` appends to the log.
/// - An output that is the same file (device and inode) as one of the run's inputs is
///   refused, however either is spelled: symlinks, hard links, `./x`, `/dev/stdin`,
///   `/proc/self/fd/0`, or `-` when standard input is a redirected file.
/// - Temporary names are `.tally-tmp-HASH-PID-XXXXXX`: unique to the target (HASH, of
///   the file name) and the run (PID, and a lock held while writing), always within
///   the 255-byte name limit. After a success a run removes only leftovers of its own
///   target whose run is gone (a killed earlier run), never another run's.
public enum AtomicOutput {
    /// The prefix of every temporary file.
    public static let temporaryPrefix = ".tally-tmp-"

    /// The longest file name (one path component) the common file systems take.
    public static let maximumNameBytes = 255

    /// What writing to a path will do, decided before any work so that a run fails
    /// early rather than after reading gigabytes.
    public enum Target: Equatable, Sendable {
        /// A regular file (or none yet) at this path, symlinks resolved: replaced by
        /// renaming a complete temporary file over it.
        case file(String)
        /// One of this process's open descriptors, named through `/dev/stdout`,
        /// `/proc/self/fd/N` or `/dev/fd/N`: written through that descriptor, at its
        /// offset and in its mode (appending when the shell opened it with `>>`).
        case descriptor(Int32)
        /// A device, FIFO or socket, or another process's descriptor: opened by the
        /// name given and written in place (appending to a regular file behind it).
        case stream(String)
    }

    /// Checks that `path` can be written: its folder exists and is writable, it is not
    /// a folder or a read-only file. Commands call it before reading their input.
    public static func checkWritable(_ path: String) throws(TallyError) {
        _ = try target(path)
    }

    /// Checks `path` as an output of a run that reads `inputs` (`-` is standard input):
    /// writable, and none of the inputs. Call before reading anything.
    public static func check(output path: String, inputs: [String]) throws(TallyError) {
        let t = try target(path)
        let written: FileIdentity?
        switch t {
        case let .file(resolved):
            // A set a killed run was replacing in that folder is finished first, so
            // that finishing it later can never replace this run's file.
            SetCommit.tell(try SetCommit.recover(folder: folderOf(resolved)))
            written = FileIdentity(path: path)
        case let .descriptor(fd): written = FileIdentity(descriptor: fd)
        case .stream: written = FileIdentity(path: path)
        }
        guard let written, written.isRegularFile else { return }
        if let input = FileIdentity.firstMatch(written, in: inputs) {
            throw .usage("-o \(path): is the same file as the input \(input == "-" ? "- (standard input)" : input); "
                         + "write the result elsewhere")
        }
    }

    /// Refuses standard output that is (appended to) one of the inputs:
    /// `tally aggregate in.csv >> in.csv` would mix the result into its own data.
    public static func checkStandardOutput(inputs: [String]) throws(TallyError) {
        guard let out = FileIdentity(descriptor: 1), out.isRegularFile else { return }
        if let input = FileIdentity.firstMatch(out, in: inputs) {
            throw .usage("standard output is the same file as the input \(input == "-" ? "- (standard input)" : input); "
                         + "redirect it elsewhere or use -o")
        }
    }

    /// Refuses standard error that is (appended to) one of the inputs: `tally aggregate
    /// in.csv 2>> in.csv` would write its notes into its own data. The refusal cannot
    /// go there either: standard error is pointed at /dev/null and the message goes to
    /// standard output, then the run stops (64) before writing anything else.
    public static func checkStandardError(inputs: [String]) throws(TallyError) {
        guard let err = FileIdentity(descriptor: 2), err.isRegularFile, let input = FileIdentity.firstMatch(err, in: inputs) else { return }
        let null = open("/dev/null", O_WRONLY | O_CLOEXEC)
        if null >= 0 { _ = dup2(null, 2); close(null) }
        let message = "tally: standard error is the same file as the input \(input == "-" ? "- (standard input)" : input), "
            + "and tally's notes would be written into it: redirect standard error elsewhere (2>> log.txt)\n"
        if let out = FileIdentity(descriptor: 1), out.isRegularFile, FileIdentity.firstMatch(out, in: inputs) != nil {} else {
            _ = message.utf8CString.withUnsafeBufferPointer { systemWrite(1, $0.baseAddress, $0.count - 1) }
        }
        throw .usage("standard error is the same file as the input \(input)")
    }

    public static func target(_ path: String) throws(TallyError) -> Target {
        if let fd = ownDescriptor(path) { return .descriptor(fd) }
        var st = stat()
        let resolved: String
        if stat(path, &st) == 0 {
            switch st.st_mode & S_IFMT {
            case S_IFDIR: throw .cannotCreate("\(path): is a directory")
            case S_IFREG:
                if throughDescriptorFolder(path) { return .stream(path) }
                try refuseReadOnly(path, st)
                resolved = realPath(path) ?? path
            default:
                // Opened by the name given: a device or a FIFO holds no earlier result
                // to protect, and cannot be renamed over.
                guard access(path, W_OK) == 0 else { throw .cannotCreate("\(path): is not writable") }
                return .stream(path)
            }
        } else {
            resolved = resolvingSymlinks(path)
        }
        let (dir, base) = split(resolved)
        if base.utf8.count > maximumNameBytes {
            throw .cannotCreate("\(path): the file name is too long (\(base.utf8.count) bytes; at most \(maximumNameBytes))")
        }
        let folder = dir.isEmpty ? "." : dir
        guard stat(folder, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else {
            throw .cannotCreate("\(path): cannot create output file (folder \(folder) does not exist)")
        }
        guard access(folder, W_OK) == 0 else {
            throw .cannotCreate("\(path): cannot create output file (folder \(folder) is not writable)")
        }
        return .file(resolved)
    }

    /// A file nobody may write (mode without any `w` bit) was protected on purpose:
    /// refused even for root, whom `access` lets through.
    static func refuseReadOnly(_ path: String, _ st: stat) throws(TallyError) {
        if access(path, W_OK) != 0 || (st.st_mode & 0o222) == 0 {
            throw .cannotCreate("\(path): is read-only; tally does not replace a protected file (chmod u+w it, or write elsewhere)")
        }
    }

    /// The descriptor number when `path` names one of this process's open descriptors
    /// (`/dev/stdout`, `/dev/stderr`, `/proc/self/fd/N`, `/dev/fd/N`, a symlink to one).
    static func ownDescriptor(_ path: String) -> Int32? {
        var current = path
        for _ in 0 ..< 40 {
            let (dir, base) = split(current)
            if let folder = realPath(dir.isEmpty ? "." : dir), isOwnDescriptorFolder(folder),
               let n = Int32(base), n >= 0, fcntl(n, F_GETFD) != -1 {
                return n
            }
            guard let next = readLink(current) else { return nil }
            current = next
        }
        return nil
    }

    /// Whether the symlink chain of `path` passes through a `/proc/PID/fd` folder (of
    /// another process): such a name opens the file that process has open.
    static func throughDescriptorFolder(_ path: String) -> Bool {
        var current = path
        for _ in 0 ..< 40 {
            let (dir, _) = split(current)
            if let folder = realPath(dir.isEmpty ? "." : dir), isDescriptorFolder(folder) { return true }
            guard let next = readLink(current) else { return false }
            current = next
        }
        return false
    }

    static func isOwnDescriptorFolder(_ folder: String) -> Bool {
        let pid = "/proc/\(getpid())"
        return folder == pid + "/fd" || (folder.hasPrefix(pid + "/task/") && folder.hasSuffix("/fd"))
            || folder == "/proc/self/fd" || folder == "/dev/fd"
    }

    static func isDescriptorFolder(_ folder: String) -> Bool {
        folder.hasPrefix("/proc/") && folder.hasSuffix("/fd")
    }

    /// The target of a symlink, made absolute against the link's folder; nil when
    /// `path` is not a symlink.
    static func readLink(_ path: String) -> String? {
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFLNK else { return nil }
        var buffer = [CChar](repeating: 0, count: 4097)
        let n = readlink(path, &buffer, 4096)
        guard n > 0 else { return nil }
        let link = String(decoding: buffer[0 ..< n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if link.hasPrefix("/") { return link }
        let dir = split(path).dir
        return (dir.isEmpty ? "" : dir + "/") + link
    }

    /// The canonical path of an existing file, symlinks followed.
    static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    /// Follows symlinks of a path that does not exist yet, so that writing through a
    /// dangling link creates the file it points to and the link survives.
    static func resolvingSymlinks(_ path: String) -> String {
        var current = path
        for _ in 0 ..< 40 {
            guard let next = readLink(current) else { return current }
            current = next
        }
        return current
    }

    /// Whether two paths name the same file (same device and inode), so a command can
    /// refuse to write its result over one of its own inputs.
    public static func sameFile(_ a: String, _ b: String) -> Bool {
        guard let x = FileIdentity(path: a), let y = FileIdentity(path: b) else { return false }
        return x == y
    }

    /// Runs `body` with a temporary path to write to, then renames it to `path` (or,
    /// through a symlink, to the file the link points to). On any failure the
    /// temporary file is removed and `path` is left untouched.
    public static func write(to path: String, _ body: (_ temporaryPath: String) throws -> Void) throws(TallyError) {
        guard case let .file(resolved) = try target(path) else {
            throw .cannotCreate("\(path): not a regular file; cannot replace it atomically")
        }
        let staged = try StagedFile(final: resolved, reportedAs: path)
        do {
            try body(staged.temporary)
        } catch let e as TallyError {
            staged.discard()
            throw e
        } catch {
            staged.discard()
            throw .io("\(path): \(error)")
        }
        do {
            try staged.flush()
            SetCommit.tell(try SetCommit.recover(folder: folderOf(resolved)))
            try staged.commit()
        } catch {
            staged.discard()
            throw error
        }
        staged.finish()
    }

    /// Writes bytes: atomically to a file, in place to a device, pipe or descriptor.
    public static func write(_ data: [UInt8], to path: String) throws(TallyError) {
        switch try target(path) {
        case let .descriptor(fd):
            try writeAll(fd, data, path: path)
        case let .stream(device):
            var st = stat()
            let regular = stat(device, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
            let fd = open(device, O_WRONLY | O_CLOEXEC | (regular ? O_APPEND : 0))
            guard fd >= 0 else { throw .cannotCreate("\(path): cannot open for writing (\(errnoText()))") }
            do {
                try writeAll(fd, data, path: path)
            } catch {
                close(fd)
                throw error
            }
            guard close(fd) == 0 else { throw .io("\(path): write failed (\(errnoText()))") }
        case let .file(resolved):
            let staged = try StagedFile(final: resolved, reportedAs: path)
            do {
                try staged.write(data)
                try staged.flush()
                SetCommit.tell(try SetCommit.recover(folder: folderOf(resolved)))
                try staged.commit()
            } catch {
                staged.discard()
                throw error
            }
            staged.finish()
        }
    }

    /// The temporary name for a file called `base`, written by process `pid`; the
    /// last six characters are filled in by `mkstemp`.
    public static func temporaryName(for base: String, pid: Int32, suffix: String = "XXXXXX") -> String {
        temporaryPrefix + targetHash(base) + "-\(pid)-" + suffix
    }

    /// The part of a temporary name that ties it to its target: 16 hex digits of the
    /// 64-bit FNV-1a hash of the file name.
    static func targetHash(_ base: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in base.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Removes temporary files of `final`'s name, in its folder, that runs now gone
    /// left behind (killed, or out of power). A temporary file of a live run, or of
    /// another target, is never touched: its process still exists, or it still holds
    /// the lock taken when it was created.
    public static func removeLeftovers(of final: String) {
        let (dir, base) = split(final)
        let folder = dir.isEmpty ? "." : dir
        let prefix = temporaryPrefix + targetHash(base) + "-"
        guard let d = opendir(folder) else { return }
        defer { closedir(d) }
        var doomed: [String] = []
        while let entry = readdir(d) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard name.hasPrefix(prefix) else { continue }
            let rest = name.dropFirst(prefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = Int32(rest[..<dash]), pid != getpid() else { continue }
            if kill(pid, 0) == 0 || errno != ESRCH { continue }
            doomed.append(folder + "/" + name)
        }
        // A gone run's temporary file that a commit manifest names is part of a committed
        // set: SetCommit puts it in place, it is not a leftover.
        let committed = doomed.isEmpty ? [] : SetCommit.committedTemporaries(in: folder)
        for path in doomed where !committed.contains(split(path).base) {
            let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { continue }
            if flock(fd, LOCK_EX | LOCK_NB) == 0 { unlink(path) }
            close(fd)
        }
    }

    /// The folder of a file path (`.` for a bare name).
    static func folderOf(_ path: String) -> String {
        let dir = split(path).dir
        return dir.isEmpty ? "." : dir
    }

    static func split(_ path: String) -> (dir: String, base: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        let dir = String(path[..<slash])
        return (dir.isEmpty ? "/" : dir, String(path[path.index(after: slash)...]))
    }
}

/// A file's device and inode: what makes two spellings of a path the same file.
public struct FileIdentity: Hashable, Sendable {
    public let device: UInt64
    public let inode: UInt64
    public let isRegularFile: Bool

    init(_ st: stat) {
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
        isRegularFile = (st.st_mode & S_IFMT) == S_IFREG
    }

    /// The file at `path` (symlinks followed); `-` is standard input.
    public init?(path: String) {
        if path == "-" { self.init(descriptor: 0); return }
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        self.init(st)
    }

    public init?(descriptor: Int32) {
        var st = stat()
        guard fstat(descriptor, &st) == 0 else { return nil }
        self.init(st)
    }

    public static func == (a: FileIdentity, b: FileIdentity) -> Bool { a.device == b.device && a.inode == b.inode }
    public func hash(into h: inout Hasher) { h.combine(device); h.combine(inode) }

    /// The first of `inputs` that is the file `identity`.
    public static func firstMatch(_ identity: FileIdentity, in inputs: [String]) -> String? {
        inputs.first { FileIdentity(path: $0) == identity }
    }
}

/// A temporary file in the folder of `final`, locked while this run writes it, renamed
/// over `final` on commit.
public struct StagedFile: Sendable {
    public let final: String
    public let temporary: String
    let reportedAs: String
    /// Open for the run's lifetime: holds the lock that tells other runs this file is
    /// in use.
    let fd: Int32

    public init(final: String, reportedAs: String? = nil) throws(TallyError) {
        self.final = final
        self.reportedAs = reportedAs ?? final
        let (dir, base) = AtomicOutput.split(final)
        if base.utf8.count > AtomicOutput.maximumNameBytes {
            throw .cannotCreate("\(self.reportedAs): the file name is too long (\(base.utf8.count) bytes; at most \(AtomicOutput.maximumNameBytes))")
        }
        let template = (dir.isEmpty ? "" : dir + "/") + AtomicOutput.temporaryName(for: base, pid: getpid())
        var bytes = Array(template.utf8CString)
        let fd = bytes.withUnsafeMutableBufferPointer { makeTemporaryFile($0.baseAddress!) }
        guard fd >= 0 else {
            throw .cannotCreate("\(self.reportedAs): cannot create output file (\(errnoText()))")
        }
        _ = flock(fd, LOCK_EX | LOCK_NB)
        self.fd = fd
        temporary = String(decoding: bytes.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Writes all of `data` to the temporary file.
    public func write(_ data: [UInt8]) throws(TallyError) {
        try writeAll(fd, data, path: reportedAs)
    }

    /// Makes the content durable before it replaces the old file (a rename alone can
    /// leave an empty file after a crash; a full disk or quota may only show here),
    /// and gives it the replaced file's mode, or the umask's for a new file.
    public func flush() throws(TallyError) {
        guard fsync(fd) == 0 else { throw .io("\(reportedAs): cannot flush the output to disk (\(errnoText()))") }
        var old = stat()
        if lstat(final, &old) == 0 && (old.st_mode & S_IFMT) == S_IFREG {
            // As root, keep the owner of the replaced file; otherwise this fails
            // harmlessly and the file is the writer's, as with any new file.
            if geteuid() == 0 { _ = fchown(fd, old.st_uid, old.st_gid) }
            // Permission bits only: a setuid, setgid or sticky bit is never carried
            // onto a file tally wrote.
            fchmod(fd, old.st_mode & 0o777)
        } else {
            let mask = umask(0); umask(mask)
            fchmod(fd, 0o666 & ~mask)
        }
    }

    /// Renames the temporary file over `final`.
    public func commit() throws(TallyError) {
        guard rename(temporary, final) == 0 else {
            throw .cannotCreate("\(reportedAs): cannot write output file (\(errnoText()))")
        }
    }

    /// Removes the temporary file (after a failure) and releases the lock.
    public func discard() {
        unlink(temporary)
        close(fd)
    }

    /// Releases the lock and keeps the file: a committed set's file that is not yet in
    /// place (SetCommit finishes it).
    public func release() {
        close(fd)
    }

    /// Releases the lock after a commit, then clears leftovers of earlier killed runs
    /// for the same target.
    public func finish() {
        close(fd)
        AtomicOutput.removeLeftovers(of: final)
    }
}

/// Writes every byte or reports why not (disk full is an I/O error, exit 74): `write`
/// may write less than asked, and a report must never end up silently truncated.
public func writeAll(_ fd: Int32, _ data: [UInt8], path: String) throws(TallyError) {
    var written = 0
    while written < data.count {
        let n = data.withUnsafeBytes { write(fd, $0.baseAddress! + written, data.count - written) }
        if n < 0 {
            if errno == EINTR { continue }
            throw .io("\(path): write failed (\(errnoText()))")
        }
        written += n
    }
}

func errnoText() -> String { String(cString: strerror(errno)) }

#if canImport(Glibc)
/// The system's write(2) (the name `write` is taken by methods in this file's types).
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
