#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TallyIO

/// Writes a report's files so that a folder holds either last run's complete set or
/// this run's: all files go to temporary files in the folder first and are renamed
/// only when every one of them is complete and on disk.
///
/// A run killed before the renames leaves the previous outputs as they were and some
/// temporary files (named with ``AtomicOutput/temporaryPrefix``), which the next
/// successful run removes.
struct OutputBatch {
    let directory: String
    private(set) var pending: [(temporary: String, final: String)] = []

    init(directory: String) { self.directory = directory }

    /// Makes the folder (and its parents) when missing.
    static func prepare(_ directory: String) throws(TallyError) {
        var path = directory.hasPrefix("/") ? "/" : ""
        for part in directory.split(separator: "/") {
            path += (path.isEmpty || path == "/" ? "" : "/") + part
            var st = stat()
            if stat(path, &st) == 0 {
                if (st.st_mode & S_IFMT) != S_IFDIR { throw .cannotCreate("\(path): exists and is not a folder") }
                continue
            }
            if mkdir(path, 0o777) != 0 && errno != EEXIST {
                throw .cannotCreate("\(path): cannot create the output folder (\(String(cString: strerror(errno))))")
            }
        }
        guard access(directory, W_OK) == 0 else {
            throw .cannotCreate("\(directory): the output folder is not writable")
        }
    }

    /// Writes `bytes` to a new temporary file destined for `name`.
    mutating func add(_ bytes: [UInt8], as name: String) throws(TallyError) {
        let final = directory + "/" + name
        var template = Array((directory + "/" + AtomicOutput.temporaryPrefix + name + ".XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw .cannotCreate("\(final): cannot create output file (\(String(cString: strerror(errno))))") }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        pending.append((temporary, final))
        defer { close(fd) }
        try writeAll(fd, bytes, path: final)
        guard fsync(fd) == 0 else { throw .io("\(final): cannot flush to disk (\(String(cString: strerror(errno))))") }
        let mask = umask(0); umask(mask)
        fchmod(fd, 0o666 & ~mask)
    }

    /// Renames every temporary file onto its final name, then clears leftovers of
    /// earlier killed runs. Returns the final paths in the order added.
    func commit() throws(TallyError) -> [String] {
        for (temporary, final) in pending {
            guard rename(temporary, final) == 0 else {
                let e = String(cString: strerror(errno))
                discard()
                throw .cannotCreate("\(final): cannot write output file (\(e))")
            }
        }
        AtomicOutput.removeLeftovers(in: directory)
        return pending.map(\.final)
    }

    /// Removes this run's temporary files after a failure.
    func discard() {
        for (temporary, _) in pending { unlink(temporary) }
    }
}
