#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes an output file so that readers only ever see the old file or the complete
/// new one (SPEC §5).
///
/// A monthly report run from cron may be killed, run out of disk or meet bad data
/// half-way; the previous month's file must survive all of that. Content goes to a
/// temporary file in the destination folder (same file system, so the final `rename`
/// is atomic), is flushed to disk, and replaces the target only when complete.
public enum AtomicOutput {
    /// The prefix of temporary files, so that a later run can recognise and remove
    /// leftovers of a run that was killed.
    public static let temporaryPrefix = ".tally-tmp-"

    /// What writing to a path will do, decided before any work so that a run fails
    /// early rather than after reading gigabytes.
    enum Target {
        /// A regular file (or none yet) at this path, symlinks resolved: replaced by
        /// renaming a complete temporary file over it.
        case file(String)
        /// A device, FIFO or socket (`/dev/stdout`, a pipe): written in place, since it
        /// cannot be renamed over and holds no earlier result to protect.
        case stream(String)
    }

    /// Checks that `path` can be written: its folder exists and is writable, it is not
    /// a folder or a read-only file. Commands call it before reading their input.
    public static func checkWritable(_ path: String) throws(TallyError) {
        _ = try target(path)
    }

    static func target(_ path: String) throws(TallyError) -> Target {
        var st = stat()
        let resolved: String
        if stat(path, &st) == 0 {
            switch st.st_mode & S_IFMT {
            case S_IFDIR: throw .cannotCreate("\(path): is a directory")
            case S_IFREG:
                guard access(path, W_OK) == 0 else { throw .cannotCreate("\(path): is read-only") }
                resolved = realPath(path) ?? path
            default:
                // Opened by the name given: /dev/stdout and /proc/self/fd/N are links
                // the kernel resolves, not paths that can be followed by hand.
                guard access(path, W_OK) == 0 else { throw .cannotCreate("\(path): is not writable") }
                return .stream(path)
            }
        } else {
            resolved = resolvingSymlinks(path)
        }
        let dir = split(resolved).dir
        let folder = dir.isEmpty ? "." : dir
        guard stat(folder, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else {
            throw .cannotCreate("\(path): cannot create output file (folder \(folder) does not exist)")
        }
        guard access(folder, W_OK) == 0 else {
            throw .cannotCreate("\(path): cannot create output file (folder \(folder) is not writable)")
        }
        return .file(resolved)
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
            var st = stat()
            guard lstat(current, &st) == 0, (st.st_mode & S_IFMT) == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: 4097)
            let n = readlink(current, &buffer, 4096)
            guard n > 0 else { return current }
            let link = String(decoding: buffer[0 ..< n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if link.hasPrefix("/") {
                current = link
            } else {
                let dir = split(current).dir
                current = (dir.isEmpty ? "" : dir + "/") + link
            }
        }
        return current
    }

    /// Whether two paths name the same file (same device and inode), so a command can
    /// refuse to write its result over one of its own inputs.
    public static func sameFile(_ a: String, _ b: String) -> Bool {
        var x = stat(), y = stat()
        guard stat(a, &x) == 0, stat(b, &y) == 0 else { return false }
        return x.st_dev == y.st_dev && x.st_ino == y.st_ino
    }

    /// Runs `body` with a temporary path to write to, then renames it to `path` (or,
    /// through a symlink, to the file the link points to). On any failure the
    /// temporary file is removed and `path` is left untouched.
    public static func write(to path: String, _ body: (_ temporaryPath: String) throws -> Void) throws(TallyError) {
        guard case let .file(resolved) = try target(path) else {
            throw .cannotCreate("\(path): not a regular file; cannot replace it atomically")
        }
        try replace(resolved, reportedAs: path, body)
    }

    /// Writes bytes: atomically to a file, in place to a device or pipe.
    public static func write(_ data: [UInt8], to path: String) throws(TallyError) {
        switch try target(path) {
        case let .stream(device):
            let fd = open(device, O_WRONLY)
            guard fd >= 0 else { throw .cannotCreate("\(path): cannot open for writing (\(errnoText()))") }
            do {
                try writeAll(fd, data, path: path)
            } catch {
                close(fd)
                throw error
            }
            guard close(fd) == 0 else { throw .io("\(path): write failed (\(errnoText()))") }
        case let .file(resolved):
            try replace(resolved, reportedAs: path) { tmp in
                let fd = open(tmp, O_WRONLY | O_TRUNC)
                guard fd >= 0 else { throw TallyError.cannotCreate("\(path): \(errnoText())") }
                defer { close(fd) }
                try writeAll(fd, data, path: path)
            }
        }
    }

    private static func replace(_ resolved: String, reportedAs path: String,
                                _ body: (_ temporaryPath: String) throws -> Void) throws(TallyError) {
        let (dir, base) = split(resolved)
        let template = (dir.isEmpty ? "" : dir + "/") + temporaryPrefix + base + ".XXXXXX"
        var bytes = Array(template.utf8CString)
        let fd = bytes.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw .cannotCreate("\(path): cannot create output file (\(errnoText()))")
        }
        let tmp = String(cString: bytes)
        close(fd)
        do {
            try body(tmp)
        } catch let e as TallyError {
            unlink(tmp)
            throw e
        } catch {
            unlink(tmp)
            throw .io("\(path): \(error)")
        }
        // Make the new file durable before it replaces the old one; a rename alone can
        // leave an empty file after a crash, and a full disk or quota may only show here.
        let rfd = open(tmp, O_RDONLY)
        guard rfd >= 0, fsync(rfd) == 0 else {
            let e = errnoText()
            if rfd >= 0 { close(rfd) }
            unlink(tmp)
            throw .io("\(path): cannot flush the output to disk (\(e))")
        }
        close(rfd)
        // A replaced file keeps its permissions; a new one gets the usual umask-based
        // mode (mkstemp creates 0600).
        var old = stat()
        if stat(resolved, &old) == 0 {
            chmod(tmp, old.st_mode & 0o7777)
        } else {
            let mask = umask(0); umask(mask)
            chmod(tmp, 0o666 & ~mask)
        }
        guard rename(tmp, resolved) == 0 else {
            let e = errnoText()
            unlink(tmp)
            throw .cannotCreate("\(path): cannot write output file (\(e))")
        }
    }

    /// Removes temporary files a killed run left in `dir` (only ours, by prefix).
    public static func removeLeftovers(in dir: String) {
        guard let d = opendir(dir.isEmpty ? "." : dir) else { return }
        defer { closedir(d) }
        while let entry = readdir(d) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix(temporaryPrefix) { unlink((dir.isEmpty ? "." : dir) + "/" + name) }
        }
    }

    static func split(_ path: String) -> (dir: String, base: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        let dir = String(path[..<slash])
        return (dir.isEmpty ? "/" : dir, String(path[path.index(after: slash)...]))
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
