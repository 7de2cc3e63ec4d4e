#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One input named twice, or two copies of its bytes, read once (issue 9 item 9).
extension Ingest {
    /// The indices (among `files`) of the files in order with every later naming of an
    /// earlier file left out, and a note for each one left out. A file is known by its device and inode, so `a.csv`,
    /// `./a.csv`, a symbolic or hard link to it, and `-` with it as standard input are
    /// one file: read twice, every row would be counted twice.
    ///
    /// Two regular files of the same bytes (a download saved twice, `a (1).csv`) are
    /// one file too: without an id column nothing else could tell their rows apart,
    /// and every figure would be counted twice. Contents are compared only between
    /// files of the same size.
    ///
    /// `readAs` gives a file's own reading options (a report dataset's `sheet:`,
    /// `encoding:`, …): two namings of one file read differently are two inputs, never
    /// one read once (audit9b N3: a workbook given as two datasets, `sheet: Jan` and
    /// `sheet: Feb`, lost one sheet's records with exit 0).
    static func distinctFiles(_ files: [String], readAs: (String) -> FileInputOptions? = { _ in nil }) -> (files: [Int], notes: [String]) {
        struct Identity: Hashable { let device: UInt64, inode: UInt64 }
        struct Contents: Hashable { let size: Int64, digest: Int }
        var kept: [Int] = []
        var notes: [String] = []
        var seen: [(name: String, path: String)] = []
        // Every earlier naming of a file, each maybe read with other options.
        var byIdentity: [Identity: [Int]] = [:]
        // The first file of each size (-1 once hashed), hashed only when a second of that
        // size comes; then every file of a shared size by size and hash: a copy is looked for among these
        // alone (1,500 one-row files of one size compared each with every one before it:
        // review46 H1).
        var firstOfSize: [Int64: Int] = [:]
        var byContents: [Contents: [Int]] = [:]
        var digests = FileDigests()
        for (index, path) in files.enumerated() {
            var st = stat()
            let ok = path == "-" ? fstat(0, &st) == 0 : stat(path, &st) == 0
            // Only regular files: a pipe or terminal has no second reading to avoid, and
            // a path that cannot be read is reported when it is opened.
            guard ok, (st.st_mode & S_IFMT) == S_IFREG else { kept.append(index); continue }
            let id = Identity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
            let name = path == "-" ? "standard input" : path
            if let first = byIdentity[id]?.first(where: { readAs(path) == readAs(seen[$0].path) }) {
                notes.append("\(name) is the same file as \(seen[first].name): read once")
                continue
            }
            let size = Int64(st.st_size)
            // Only files of the same size can be copies, and only those with the same
            // hash are compared byte by byte: 1,100 one-row files of one size were each
            // opened once per file before them (602,000 opens, 18 s of system time).
            var contents: Contents?
            if path != "-", size > 0 {
                if let first = firstOfSize[size] {
                    if first >= 0, let d = digests.digest(seen[first].path) { byContents[Contents(size: size, digest: d), default: []].append(first) }
                    firstOfSize[size] = -1 // hashed: found by its contents now
                    contents = digests.digest(path).map { Contents(size: size, digest: $0) }
                    if let contents, let copy = (byContents[contents] ?? []).lazy.map({ seen[$0] })
                        .first(where: { readAs($0.path) == readAs(path) && sameBytes($0.path, path) }) {
                        notes.append("\(name) holds the same bytes as \(copy.name): read once")
                        continue
                    }
                } else {
                    firstOfSize[size] = seen.count
                }
            }
            if let contents { byContents[contents, default: []].append(seen.count) }
            byIdentity[id, default: []].append(seen.count)
            seen.append((name, path))
            kept.append(index)
        }
        return (kept, notes)
    }
}

/// Each file's bytes hashed once, when another input has its size: what keeps the
/// copy check of `distinctFiles` linear in the number of files.
struct FileDigests {
    private var known: [String: Int?] = [:]

    /// `nil` when the file cannot be read (it is reported when it is opened).
    mutating func digest(_ path: String) -> Int? {
        if let d = known[path] { return d }
        let d = Self.hash(path)
        known[path] = d
        return d
    }

    private static func hash(_ path: String) -> Int? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let chunk = 1 << 16
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        var hasher = Hasher()
        while true {
            let k = read(fd, buffer, chunk)
            if k < 0 && errno == EINTR { continue }
            if k < 0 { return nil }
            if k == 0 { return hasher.finalize() }
            hasher.combine(bytes: UnsafeRawBufferPointer(start: buffer, count: k))
        }
    }
}

/// Whether two files hold the same bytes, read a MiB at a time until they differ;
/// `false` when either cannot be read (it is reported when it is opened).
func sameBytes(_ a: String, _ b: String) -> Bool {
    let fa = open(a, O_RDONLY | O_CLOEXEC), fb = open(b, O_RDONLY | O_CLOEXEC)
    defer { if fa >= 0 { close(fa) }; if fb >= 0 { close(fb) } }
    guard fa >= 0, fb >= 0 else { return false }
    let chunk = 1 << 20
    let ba = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16), bb = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16)
    defer { ba.deallocate(); bb.deallocate() }
    func fill(_ fd: Int32, _ p: UnsafeMutableRawPointer) -> Int {
        var n = 0
        while n < chunk {
            let k = read(fd, p + n, chunk - n)
            if k < 0 && errno == EINTR { continue }
            if k <= 0 { break }
            n += k
        }
        return n
    }
    while true {
        let na = fill(fa, ba), nb = fill(fb, bb)
        if na != nb || memcmp(ba, bb, na) != 0 { return false }
        if na < chunk { return true }
    }
}
