#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TallyCairo
import TallyIO

/// The files an earlier run of the same spec and period wrote that this run did not
/// (review29 S9): a chart whose section has no data now, or is gone from the spec, or
/// whose id changed. Left in place they would sit beside the new brief under the same
/// period's name, and a web desk publishing `out/*.png` would publish a figure the brief
/// no longer stands behind.
///
/// A run owns, for its spec's `name` and its period, of the formats it writes this time
/// (a `--format pdf` run never removes the CSV or PNGs another run made for the web
/// desk: review30 S23), exactly these names in `--out-dir`:
/// - `NAME-PERIOD.pdf`, `NAME-PERIOD.html` and `NAME-PERIOD.csv`;
/// - `NAME-PERIOD-ID.png` for every chart section of the spec (`ID` its id);
/// - any other `NAME-PERIOD-*.png` whose PNG says it was written by a report of this
///   name and period under this very file name (the `iTXt` chunk ``pngKeyword``, which
///   every report PNG carries). Without that proof a file is never touched:
///   `brief-2023-2023-04-x.png` of a spec named `brief-2023` matches `brief-2023-*` of
///   spec `brief`'s year 2023, a user's own `brief-2023-04-photo.png` matches too, and
///   a user's copy of a chart (`…-killed-trend-web.png`) carries the chunk of the file
///   it was copied from.
///
/// After its set is committed, a run removes the names it owns and did not write, and
/// says so on stderr; it does so holding the folder's commit lock (``SetCommit``), so a
/// run of the same spec that committed in between is never taken for its leftovers. A run that fails removes nothing. A file that is one of the run's
/// inputs, is not a regular file, or is write-protected is left and said.
enum StaleOutputs {
    /// The PNG `iTXt` keyword naming the report that wrote a chart.
    static let pngKeyword = "tally-report"

    /// The text of ``pngKeyword``: the period label, the spec's name and the file's
    /// name, a space between.
    static func tag(name: String, period: String, file: String) -> String {
        DrawnText.sanitized(period + " " + name + " " + file)
    }

    /// Removes the names of `spec`'s period `period` in `folder` that this run owns and
    /// did not write (`written`: the paths it wrote); returns what it did, for stderr.
    static func remove(folder: String, name: String, period: String, formats: Set<String>, chartIDs: [String],
                       written: [String], inputs: [String]) -> (removed: [String], notes: [String]) {
        let base = name + "-" + period
        let writtenNames = Set(written.map { String($0.split(separator: "/", omittingEmptySubsequences: false).last ?? "") })
        // The formats written as one file a period (`x-2023-01.pdf`); PNGs are one a chart.
        let single = ["pdf", "html", "csv"]
        let fixed = Set(single.filter(formats.contains).map { base + "." + $0 }
            + (formats.contains("png") ? chartIDs.map { base + "-" + $0 + ".png" } : []))
        var candidates: [String] = [], kept: [String] = []
        for entry in folderNames(folder) where !writtenNames.contains(entry) {
            if fixed.contains(entry) {
                candidates.append(entry)
            } else if entry.hasPrefix(base + "-"), entry.hasSuffix(".png"), entry.utf8.count > base.utf8.count + 5,
                      pngTag(folder + "/" + entry) == tag(name: name, period: period, file: entry) {
                if formats.contains("png") { candidates.append(entry) } else { kept.append(entry) }
            } else if single.contains(where: { !formats.contains($0) && entry == base + "." + $0 }) {
                kept.append(entry)
            }
        }
        var removed: [String] = [], notes: [String] = []
        // An earlier run's files of formats this run does not write stay, and are said: after
        // a correction they hold the old figures (review31 S9).
        if !kept.isEmpty {
            let shown = kept.sorted().map { folder + "/" + $0 }
            notes.append("left as they were, since this run did not write their formats: \(shown.joined(separator: ", ")), "
                         + "from an earlier run of this report for \(period); if the data changed since, they do not match the new "
                         + "files: run with those formats too, or remove them")
        }
        for entry in candidates.sorted() {
            let path = folder + "/" + entry
            var st = stat()
            guard lstat(path, &st) == 0 else { continue }
            let why = "an earlier run of this report for \(period) wrote it and this run did not"
            if (st.st_mode & S_IFMT) != S_IFREG {
                notes.append("\(path): left in place, though \(why): it is not a regular file")
                continue
            }
            if let id = FileIdentity(path: path), let input = FileIdentity.firstMatch(id, in: inputs) {
                notes.append("\(path): left in place, though \(why): it is \(input), which this report reads")
                continue
            }
            if (st.st_mode & 0o222) == 0 {
                notes.append("\(path): left in place, though \(why): it is write-protected; remove it yourself "
                             + "if it is not this period's")
                continue
            }
            if unlink(path) == 0 {
                removed.append(path)
                notes.append("removed \(path): \(why) (its section has no data now, or is gone from the spec), "
                             + "so it would contradict the new files")
            } else {
                notes.append("\(path): could not remove it (\(String(cString: strerror(errno)))), though \(why); "
                             + "it does not match the new files: remove it before publishing the folder")
            }
        }
        return (removed, notes)
    }

    /// The names in `folder`, without `.` and `..`.
    static func folderNames(_ folder: String) -> [String] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The text of a PNG's ``pngKeyword`` `iTXt` chunk (uncompressed), read from the
    /// chunks before the image data; nil for a file that is no PNG or has none.
    static func pngTag(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        func take(_ count: Int) -> [UInt8]? {
            var buffer = [UInt8](repeating: 0, count: count)
            var got = 0
            while got < count {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + got, count - got) }
                if n <= 0 { return nil }
                got += n
            }
            return buffer
        }
        guard take(8) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else { return nil }
        // The text chunks tally writes come before the image data: stop there.
        for _ in 0 ..< 64 {
            guard let head = take(8) else { return nil }
            let length = head[0 ..< 4].reduce(0) { $0 << 8 | Int($1) }
            let type = String(decoding: head[4 ..< 8], as: UTF8.self)
            if type == "IDAT" || type == "IEND" || length > 1 << 24 { return nil }
            guard let body = take(length), take(4) != nil else { return nil }
            guard type == "iTXt" else { continue }
            let keyword = Array(pngKeyword.utf8)
            guard body.count >= keyword.count + 5, Array(body[0 ..< keyword.count]) == keyword,
                  body[keyword.count] == 0, body[keyword.count + 1] == 0 else { continue }
            // keyword NUL, compression flag and method, language tag NUL, translated keyword NUL.
            var i = keyword.count + 3
            for _ in 0 ..< 2 {
                while i < body.count && body[i] != 0 { i += 1 }
                i += 1
            }
            guard i <= body.count else { return nil }
            return String(decoding: body[i...], as: UTF8.self)
        }
        return nil
    }
}
