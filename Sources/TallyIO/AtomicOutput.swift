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

    /// Runs `body` with a temporary path to write to, then renames it to `path`.
    /// On any failure the temporary file is removed and `path` is left untouched.
    public static func write(to path: String, _ body: (_ temporaryPath: String) throws -> Void) throws(TallyError) {
        let (dir, base) = split(path)
        var st = stat()
        if stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
            throw .cannotCreate("\(path): is a directory")
        }
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
        // Make the new file durable before it replaces the old one; a rename alone
        // can leave an empty file after a crash.
        let rfd = open(tmp, O_RDONLY)
        if rfd >= 0 { fsync(rfd); close(rfd) }
        // mkstemp creates 0600; an output file should get the usual umask-based mode.
        let mask = umask(0); umask(mask)
        chmod(tmp, 0o666 & ~mask)
        guard rename(tmp, path) == 0 else {
            let e = errnoText()
            unlink(tmp)
            throw .cannotCreate("\(path): cannot write output file (\(e))")
        }
    }

    /// Writes bytes atomically.
    public static func write(_ data: [UInt8], to path: String) throws(TallyError) {
        try write(to: path) { tmp in
            let fd = open(tmp, O_WRONLY | O_TRUNC)
            guard fd >= 0 else { throw TallyError.cannotCreate("\(path): \(errnoText())") }
            defer { close(fd) }
            try writeAll(fd, data, path: path)
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
