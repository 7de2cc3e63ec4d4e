#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TallyIO

/// Temporary copies of datasets that can be read only once (a pipe, a FIFO,
/// `/dev/stdin` on a pipe, a terminal), for specs that read their datasets twice
/// (`latest` quarters and years, district tables): a second `open` of a drained pipe
/// reads nothing, and of a FIFO blocks until some writer comes, perhaps never.
///
/// The copies live in `$TMPDIR` (default `/tmp`) and are removed when the run ends.
struct StreamBuffers {
    private var copies: [FileIdentity: String] = [:]
    /// The name each copy stands for, for messages.
    private var originals: [String: String] = [:]

    /// `paths` with every non-regular file replaced by a temporary copy of its content
    /// (one copy per underlying stream, so two names for one pipe share it).
    mutating func seekable(_ paths: [String]) throws(TallyError) -> [String] {
        var out: [String] = []
        for path in paths {
            var st = stat()
            guard stat(path, &st) == 0, (st.st_mode & S_IFMT) != S_IFREG, (st.st_mode & S_IFMT) != S_IFDIR,
                  let identity = FileIdentity(path: path) else {
                out.append(path) // a regular file, or an error Ingest reports in its words
                continue
            }
            if let copy = copies[identity] { out.append(copy); continue }
            let copy = try StreamBuffers.copy(path)
            copies[identity] = copy
            originals[copy] = path
            out.append(copy)
        }
        return out
    }

    static func copy(_ path: String) throws(TallyError) -> String {
        var folder = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        if folder.isEmpty { folder = "/tmp" }
        var template = Array((folder + "/tally-dataset-XXXXXX").utf8CString)
        let out = template.withUnsafeMutableBufferPointer { makeTemporaryFile($0.baseAddress!) }
        guard out >= 0 else {
            throw .cannotCreate("\(path): is a pipe or device, which this spec reads twice; cannot make a temporary copy in \(folder) (\(String(cString: strerror(errno))))")
        }
        let copy = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { close(out) }
        let input: Int32
        do {
            input = try InputFile.openForReading(path)
        } catch {
            unlink(copy)
            throw error
        }
        defer { close(input) }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                let e = String(cString: strerror(errno))
                unlink(copy)
                throw .io("\(path): read failed (\(e))")
            }
            if n == 0 { break }
            do {
                try writeAll(out, Array(buffer[..<n]), path: folder + " (temporary copy of \(path), a pipe read twice by this spec)")
            } catch {
                unlink(copy)
                throw error
            }
        }
        return copy
    }

    /// `error` with the copies' names replaced by the datasets they stand for.
    func naming(_ error: TallyError) -> TallyError {
        var message = error.message
        for (copy, original) in originals {
            while let r = message.firstRange(of: copy) { message.replaceSubrange(r, with: original) }
        }
        return TallyError(exitCode: error.exitCode, message: message)
    }

    /// Removes the copies.
    func remove() {
        for copy in copies.values { unlink(copy) }
    }
}
