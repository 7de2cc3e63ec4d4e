#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opens a file tally reads (a dataset, a report spec) without ever hanging on a FIFO.
///
/// `open()` of a FIFO for reading blocks until some process opens it for writing: a
/// cron job given a FIFO whose producer never started waited forever, silently. Here
/// the file is opened without blocking; a FIFO is then given a bounded wait
/// (``fifoWaitSeconds``, 30 s, or `TALLY_FIFO_WAIT`) for its first data or its end.
/// If neither comes, the run is refused (66) with a message that says why and what to
/// do; otherwise reading goes on as for any file, blocking again between chunks.
public enum InputFile {
    /// How long a FIFO may stay silent before it is refused.
    public static let defaultFIFOWaitSeconds = 30

    /// `TALLY_FIFO_WAIT` (whole seconds, 0 to 86,400) when set and valid, else 30.
    public static var fifoWaitSeconds: Int {
        guard let raw = getenv("TALLY_FIFO_WAIT"), let v = Int(String(cString: raw)), (0 ... 86_400).contains(v) else {
            return defaultFIFOWaitSeconds
        }
        return v
    }

    /// An open read-only descriptor for `path` (close-on-exec); `what` names the file in
    /// messages ("the report spec"). Throws 66 when it cannot be opened or is a FIFO
    /// nobody writes to.
    public static func openForReading(_ path: String, what: String = "") throws(TallyError) -> Int32 {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        let label = what.isEmpty ? "" : " " + what
        guard fd >= 0 else { throw .noInput("\(path): cannot open\(label) (\(errnoText()))") }
        var st = stat()
        if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFIFO {
            do {
                try waitForWriter(fd, path: path, label: label)
            } catch {
                close(fd)
                throw error
            }
        }
        // Reading blocks as usual from here on (a FIFO whose writer pauses is waited for).
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
        return fd
    }

    /// Waits for data or end of data on a FIFO, at most ``fifoWaitSeconds``.
    static func waitForWriter(_ fd: Int32, path: String, label: String) throws(TallyError) {
        let seconds = fifoWaitSeconds
        var remaining = seconds * 1000
        while true {
            var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let step = min(remaining, 1000)
            let n = poll(&p, 1, Int32(step))
            if n > 0 { return }                      // data, or a writer came and went (end of file)
            if n < 0 && errno != EINTR { throw .io("\(path): cannot wait for the FIFO\(label) (\(errnoText()))") }
            if n == 0 { remaining -= step }
            if remaining <= 0 { break }
        }
        throw .noInput("\(path): is a FIFO (named pipe) and nothing was written to it in \(seconds) s; "
                       + "start the program that writes it before tally (or set TALLY_FIFO_WAIT to wait longer)")
    }

    /// The whole of a small file (a style file), at most `limit` bytes; `nil` past it.
    public static func readAll(_ path: String, what: String, limit: Int) throws(TallyError) -> [UInt8]? {
        let fd = try openForReading(path, what: what)
        defer { close(fd) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, 65536) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .noInput("\(path): cannot read \(what) (\(errnoText()))")
            }
            if n == 0 { return bytes }
            bytes += buffer[..<n]
            if bytes.count > limit { return nil }
        }
    }
}
