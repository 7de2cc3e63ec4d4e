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
/// A run killed before its commit point (the manifest, ``SetCommit``) leaves the
/// previous outputs as they were and some temporary files (see ``AtomicOutput``), which
/// the next successful run for the same names removes; temporary files of other runs
/// writing into the same folder are left alone. A run killed during the renames leaves
/// a manifest, and the next tally run writing into the folder (or reading one of the
/// set) finishes the renames first.
///
/// Every file lands directly in the folder: a name with `/`, `..` or a leading `.`, or
/// longer than 255 bytes, is refused (73), as is a name that is one of the run's inputs
/// (64) or a read-only file (73).
struct OutputBatch {
    let directory: String
    /// The files this run reads (spec and datasets): none of them may be replaced.
    let inputs: [String]
    private(set) var pending: [StagedFile] = []

    init(directory: String, inputs: [String] = []) {
        self.directory = directory
        self.inputs = inputs
    }

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
        // Before anything else: a set a killed run was replacing here is finished.
        SetCommit.tell(try SetCommit.recover(folder: directory))
    }

    /// The path of `name` in the folder, after checking that it stays in the folder
    /// and may be replaced.
    func check(_ name: String) throws(TallyError) -> String {
        let final = directory + "/" + name
        guard !name.isEmpty, !name.contains("/"), !name.hasPrefix("."), !name.utf8.contains(0) else {
            throw .cannotCreate("\(final): not a plain file name inside the output folder")
        }
        if name.utf8.count > AtomicOutput.maximumNameBytes {
            throw .cannotCreate("\(directory)/\(name.prefix(40))…: the file name is too long (\(name.utf8.count) bytes; "
                                + "at most \(AtomicOutput.maximumNameBytes)); shorten the spec's name or the chart id")
        }
        var st = stat()
        guard lstat(final, &st) == 0 else { return final }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw .cannotCreate("\(final): is a directory") }
        if let written = FileIdentity(path: final), let input = FileIdentity.firstMatch(written, in: inputs) {
            throw .usage("\(final): is the same file as \(input), which this report reads; "
                         + "write the report to another --out-dir or move the file")
        }
        if (st.st_mode & S_IFMT) == S_IFREG && (access(final, W_OK) != 0 || (st.st_mode & 0o222) == 0) {
            throw .cannotCreate("\(final): is read-only; tally does not replace a protected file (chmod u+w it, or use another --out-dir)")
        }
        return final
    }

    /// Writes `bytes` to a new temporary file destined for `name`.
    mutating func add(_ bytes: [UInt8], as name: String) throws(TallyError) {
        let staged = try StagedFile(final: try check(name))
        pending.append(staged)
        try staged.write(bytes)
        try staged.flush()
    }

    /// Renames every temporary file onto its final name as one set (``SetCommit``:
    /// after a kill the folder holds the old set or, once the next run has finished the
    /// renames, the new one), then clears leftovers of earlier killed runs for these
    /// names. Returns the final paths in the order added.
    /// `thenWhileLocked` gets the final paths, after the renames, under the folder's
    /// lock (``SetCommit/apply(_:_:folder:stoppingAfter:thenWhileLocked:)``).
    mutating func commit(thenWhileLocked: (([String]) -> Void)? = nil) throws(TallyError) -> [String] {
        var notes: [String] = []
        let manifest: SetCommit.Manifest?
        do {
            manifest = try SetCommit.prepare(pending, folder: directory, notes: &notes)
        } catch {
            SetCommit.tell(notes)
            discard()
            pending = []
            throw error
        }
        SetCommit.tell(notes)
        do {
            let finals = pending.map(\.final)
            try SetCommit.apply(manifest, pending, folder: directory, thenWhileLocked: thenWhileLocked.map { f in { f(finals) } })
        } catch {
            if manifest == nil {
                discard()
                pending = []
            } else {
                // Committed: the files not yet in place are kept for the next run.
                for staged in pending { staged.release() }
                pending = []
            }
            throw error
        }
        for staged in pending { staged.finish() }
        return pending.map(\.final)
    }

    /// Removes this run's temporary files after a failure.
    func discard() {
        for staged in pending { staged.discard() }
    }
}
