import Foundation
import SWXMLHash
import ZIPFoundation

/// `.zip` downloads holding one CSV (ACLED's and HDX's), and `.xlsx` workbooks.
///
/// ZIPFoundation reads the archive; a zipped CSV is inflated on a thread of its own
/// and handed to the reader in 64 KiB pieces through a queue of four, so memory stays
/// bounded whatever the size of the CSV inside.
enum ZipInput {
    static func open(path: String, name: String, options: InputOptions) throws(TallyError) -> OpenedInput {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw .data("\(name): a damaged or unreadable zip archive (\(error)); download it again")
        }
        let entries = Array(archive)
        let paths = Set(entries.map(\.path))
        // What ZIPFoundation cannot read is left out of its listing (encrypted entries)
        // or fails while unpacking (methods other than stored and deflate): said as what
        // it is, from the archive's own directory.
        let raw = ZipDirectory.read(path: path) ?? []
        let readable = raw.filter { !$0.name.hasSuffix("/") && !$0.name.hasPrefix("__MACOSX/") }
        let rawData = Set(dataMembers(readable.map(\.name)))
        let rawCSVs = readable.filter { rawData.contains($0.name) }
        if let e = (rawCSVs.isEmpty ? readable : rawCSVs).first(where: \.encrypted) {
            throw .data("\(name): a password-protected zip archive (\(e.name) is encrypted), which tally cannot open: unzip it with its password (unzip \(name) asks for it) and give the CSV inside")
        }
        if let e = (rawCSVs.isEmpty ? readable : rawCSVs).first(where: { $0.method != 0 && $0.method != 8 }) {
            throw .data("\(name): \(e.name) in this zip archive is compressed with \(ZipDirectory.methodName(e.method)) (zip method \(e.method)), which tally does not unpack (only the usual deflate): unzip it (unzip or 7z x) and give the CSV, or zip it again with deflate (zip -Z deflate)")
        }
        if paths.contains("xl/workbook.xml") {
            return try XLSXReader.read(archive, name: name, options: options)
        }
        if paths.contains("word/document.xml") { throw .data("\(name): this is a Word document (.docx), not data") }
        if paths.contains("ppt/presentation.xml") { throw .data("\(name): this is a PowerPoint file (.pptx), not data") }
        if paths.contains("mimetype") && paths.contains("content.xml") {
            throw .data("\(name): this is an OpenDocument file (.ods/.odt); save it as .xlsx or \"CSV UTF-8\"")
        }
        let files = entries.filter { $0.type == .file && !$0.path.hasPrefix("__MACOSX/") && !$0.path.hasSuffix("/") }
        // readers12 (audit11 F9): a zip of one .tsv, .txt (Excel's "Unicode text") or .json
        // is read as that file is read unzipped.
        // readers13 (review55 F8, silent loss): a zip of a.csv + b.tsv (or b.tsv + c.txt)
        // read the first-ranked member alone, the other's records left out of every
        // figure, nothing said. Every member that could be data counts; only a member
        // plainly not data (README*, LICENSE*, a datapackage.json, a metadata or codebook
        // file: ``plainlyNotData(_:)``) is passed over, and only beside data (F15: a .tsv
        // beside its datapackage.json was refused as two readable files).
        var data = Set(dataMembers(files.map(\.path)))
        // readers14 (issue 11, loss): a member passed over by its name alone
        // (events_metadata.csv holding records beside events.csv) was left out of every
        // figure, exit 0. A member so named is passed over only when its first lines are
        // plainly no records (no header tally reads: no date column); otherwise it counts
        // as data, and the two are refused together.
        // readers15 (review56 F2, loss): a README or licence with a table's extension
        // (README_events.csv, license_2021.csv holding records) was passed over by its
        // name, never looked into; and a metadata member was looked into in its first 10
        // lines and 64 KiB only (records after 12 title lines, or after a 70,000-byte
        // comment, were passed over). Every member with a table's extension is looked
        // into whole, whatever its name; one larger than ``lookLimit`` counts as data.
        var misnamed: [(path: String, look: MemberLook)] = []
        if !data.isEmpty {
            for f in files where !data.contains(f.path) && tier(f.path) != nil && !macResource(f.path) {
                let look = look(archive, f, name: name)
                guard look != .noRecords else { continue }
                data.insert(f.path)
                misnamed.append((f.path, look))
            }
        }
        let csvs = files.filter { data.contains($0.path) }
        guard csvs.count == 1, let entry = csvs.first, tier(entry.path) != nil else {
            let listed = files.prefix(10).map(\.path).joined(separator: ", ") + (files.count > 10 ? ", …" : "")
            if csvs.count <= 1 {
                throw .data("\(name): a zip archive with no .csv, .tsv, .txt or .json file in it (it holds: \(listed.isEmpty ? "nothing" : listed))")
            }
            func list(_ e: [Entry]) -> String { e.prefix(10).map(\.path).joined(separator: ", ") + (e.count > 10 ? ", …" : "") }
            // readers14: a workbook in the zip was listed among the "files tally could
            // read", though tally reads none inside a zip: named as a workbook, and how
            // to read it said.
            let readable = csvs.filter { tier($0.path) != nil }, books = csvs.filter { tier($0.path) == nil }
            let kind = readable.allSatisfy({ tier($0.path) == 0 }) ? "CSV files" : "files tally could read"
            let bookWord = books.count == 1 ? "a workbook" : "\(books.count) workbooks"
            let what = books.isEmpty ? "\(readable.count) \(kind) (\(list(readable)))"
                : readable.isEmpty ? "\(bookWord) (\(list(books)))"
                : "\(readable.count == 1 ? "a data file" : "\(readable.count) \(kind)") (\(list(readable))) and \(bookWord) (\(list(books)))"
            let misnamedNote = misnamed.isEmpty ? "" : " (" + misnamed.map(\.look).reduce(into: [MemberLook]()) { if !$0.contains($1) { $0.append($1) } }.map { look in
                let these = misnamed.filter { $0.look == look }.map(\.path)
                let one = these.count == 1, names = these.prefix(3).joined(separator: ", ")
                let named = these.allSatisfy(namedAsMetadata) ? "named as metadata" : these.allSatisfy({ !namedAsMetadata($0) }) ? "named as notes (a README or licence)" : "named as notes or metadata"
                switch look {
                case .records: return "\(names) \(one ? "is" : "are") \(named), but \(one ? "holds" : "hold") records under a header tally reads"
                case .tooLarge: return "\(names) \(one ? "is" : "are") \(named), but larger than tally looks into (\(lookLimit >> 20) MiB): tally cannot tell that \(one ? "it holds" : "they hold") no records"
                case .unreadable: return "\(names) \(one ? "is" : "are") \(named), but could not be unpacked to look into: tally cannot tell that \(one ? "it holds" : "they hold") no records"
                case .header, .noRecords: return "\(names) \(one ? "is" : "are") \(named), but \(one ? "has" : "have") a header tally reads: tally cannot tell whether the rows under it are records or descriptions of the columns"
                }
            }.joined(separator: "; ") + ")"
            let bookNote = books.isEmpty ? "" : "; tally does not read a workbook inside a zip archive: give a .xlsx as a file of its own (save a .xls or .ods as .xlsx)"
            throw .data("\(name): a zip archive with \(what)\(misnamedNote); unzip it and give the ones to read\(bookNote)")
        }
        let entryName = "\(name) [\(entry.path)]"
        // The archive is used by the producer thread alone from here on.
        final class Job: @unchecked Sendable {
            let archive: Archive, entry: Entry
            init(_ a: Archive, _ e: Entry) { archive = a; entry = e }
        }
        let job = Job(archive, entry)
        let source = ProducerSource(name: entryName) { (emit: (Data) throws -> Void) throws in
            _ = try job.archive.extract(job.entry, bufferSize: 1 << 16, skipCRC32: false) { data in try emit(data) }
        }
        var d = InputDescription()
        d.packaging.append("zip: \(entry.path)")
        var opened: OpenedInput
        if entry.path.lowercased().hasSuffix(".gz") {
            d.packaging.append("gzip")
            opened = try InputOpener.text(try GzipSource(inner: source, name: entryName), name: name, options: options, description: d)
        } else {
            opened = try InputOpener.text(source, name: name, options: options, description: d)
        }
        return opened
    }

    /// readers12 (audit11 F9): the kind of a member tally reads as data: 0 a .csv, 1 a
    /// .tsv, .tab or .json, 2 a .txt (each also gzipped); nil for any other file.
    /// (readers13: no longer a rank; a member of each kind beside another is refused.)
    static func tier(_ path: String) -> Int? {
        var p = path.lowercased()
        if p.hasSuffix(".gz") { p.removeLast(3) }
        if p.hasSuffix(".csv") { return 0 }
        if p.hasSuffix(".tsv") || p.hasSuffix(".tab") || p.hasSuffix(".json") { return 1 }
        if p.hasSuffix(".txt") { return 2 }
        return nil
    }

    /// readers13 (review55 F8): the members of `paths` that may be data: every one
    /// tally could read (``tier(_:)``) or a workbook (.xlsx, .xls, .ods: data tally does
    /// not read inside a zip, but data beside the other), less those plainly not data
    /// when any other remains.
    static func dataMembers(_ paths: [String]) -> [String] {
        let candidates = paths.filter { p in
            if tier(p) != nil { return true }
            let l = p.lowercased()
            return l.hasSuffix(".xlsx") || l.hasSuffix(".xls") || l.hasSuffix(".ods")
        }
        let data = candidates.filter { !plainlyNotData($0) }
        guard data.isEmpty else { return data }
        // readers14: nothing but notes and metadata: a metadata-named file is the data
        // beside a README (events_metadata.csv + README.txt was refused as two files).
        let readable = candidates.filter { tier($0) != nil }
        let described = readable.filter(namedAsMetadata)
        return described.isEmpty ? readable : described
    }

    /// readers15 (review56 F2): what looking into a member passed over by its name shows.
    enum MemberLook: Equatable { case noRecords, records, header, tooLarge, unreadable }

    /// readers15 (review56 F2): the most of a member passed over by its name that is
    /// looked into (unpacked): READMEs, licences, codebooks and metadata are small; a
    /// larger member counts as data (refused with the data, both named).
    static let lookLimit = 4 << 20

    /// readers14 (issue 11), readers15 (review56 F2): whether a member passed over by its
    /// name holds records: the whole member (unpacked; UTF-16 decoded; a .json's keys
    /// taken as a header) is looked into, every line. A member larger than ``lookLimit``
    /// or that cannot be unpacked counts as records: passing it over would be silent.
    static func look(_ archive: Archive, _ entry: Entry, name: String) -> MemberLook {
        struct Enough: Error {}
        let limit = lookLimit
        var head: [UInt8] = []
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 14, skipCRC32: true) { d in
                head.append(contentsOf: d)
                if head.count > limit { throw Enough() }
            }
        } catch is Enough {
            return .tooLarge
        } catch {
            return .unreadable
        }
        if entry.path.lowercased().hasSuffix(".gz") {
            guard let g = try? GzipSource(inner: MemorySource(head), name: name),
                  let t = try? InputOpener.readAhead(g, limit + 1) else { return .unreadable }
            guard t.count <= limit else { return .tooLarge }
            head = t
        }
        return looksLikeRecords(head)
    }

    static func looksLikeRecords(_ bytes: [UInt8]) -> MemberLook {
        var text: String
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { i in
                little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
            }
            text = String(decoding: units, as: UTF16.self)
        } else {
            text = String(decoding: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes, as: UTF8.self)
        }
        func recognised(_ fields: [String]) -> Bool {
            let names = fields.map { $0.trimmingSpaces.trimmingCharacters(in: CharacterSet(charactersIn: "\"'")).trimmingSpaces }
            guard names.filter({ !$0.isEmpty }).count >= 2 else { return false }
            return (try? RowLayout(header: names, file: "", extraColumns: [])) != nil
        }
        let start = text.drop(while: { $0.isWhitespace })
        if start.first == "{" || start.first == "[" {
            // An API response's records: their keys are the header.
            var keys: [String] = [], seen = Set<String>()
            var rest = Substring(text)
            while let q = rest.firstIndex(of: "\"") {
                let after = rest[rest.index(after: q)...]
                guard let close = after.firstIndex(of: "\"") else { break }
                let key = String(after[..<close])
                rest = after[after.index(after: close)...]
                if rest.drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).first == ":", key.count <= 64, seen.insert(key.lowercased()).inserted {
                    keys.append(key)
                }
            }
            return recognised(keys) ? .records : .noRecords
        }
        let lines = text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        for (i, line) in lines.enumerated() {
            let separator: Character = ["\t", ",", ";", "|"].max { a, b in line.count(where: { $0 == a }) < line.count(where: { $0 == b }) } ?? ","
            guard line.contains(separator) else { continue }
            let fields = line.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
            guard recognised(fields) else { continue }
            // A header tally reads. Records under it when a row after it has a date where
            // a record has one (any field written as a date); a codebook's second row of
            // descriptions ("Date of the event") has none: tally cannot tell it from records.
            for row in lines[(i + 1)...] {
                if row.split(separator: separator, omittingEmptySubsequences: false).contains(where: { looksLikeADate($0) }) { return .records }
            }
            // A header with nothing under it holds no record.
            return i + 1 < lines.count ? .header : .noRecords
        }
        return .noRecords
    }

    /// readers15: a field written as a day (2021-06-08, 08/06/2021, 8 June 2021,
    /// 08-Jun-21), as a record's date column is.
    static func looksLikeADate(_ field: Substring) -> Bool {
        let f = field.trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
        guard f.count >= 6, f.count <= 40, f.first?.isNumber == true else { return false }
        let parts = f.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." || $0 == " " || $0 == "T" })
        guard parts.count >= 3 else { return false }
        let (a, b, c) = (parts[0], parts[1], parts[2])
        guard a.allSatisfy(\.isNumber), c.prefix(2).allSatisfy(\.isNumber), a.count <= 4, a.count == 4 || c.prefix(4).allSatisfy(\.isNumber) && c.count >= 2 else { return false }
        return b.allSatisfy(\.isNumber) ? b.count <= 2 : b.count >= 3 && b.allSatisfy(\.isLetter)
    }

    /// A macOS "._" resource file: never data.
    static func macResource(_ path: String) -> Bool {
        (path.split(separator: "/").last.map(String.init) ?? path).hasPrefix("._")
    }

    /// readers13 (review55 F8, F15): a member named as no data: a README, LICENSE or
    /// notes file, a Frictionless datapackage.json, a metadata or codebook file, a
    /// macOS "._" resource file.
    static func plainlyNotData(_ path: String) -> Bool {
        let base = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
        if base.hasPrefix("._") { return true }
        for prefix in ["readme", "read_me", "read me", "license", "licence", "copying", "changelog"] where base.hasPrefix(prefix) {
            return true
        }
        return namedAsMetadata(path)
    }

    /// readers14: a member named as a description of the data (a metadata, codebook or
    /// data dictionary file, a datapackage.json), which may yet hold records; a README
    /// or licence is prose, and a "._" file is macOS's.
    static func namedAsMetadata(_ path: String) -> Bool {
        let base = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
        if base.hasPrefix("._") { return false }
        if base == "datapackage.json" { return true }
        return ["metadata", "codebook", "code_book", "code book", "data_dictionary", "data dictionary", "datadictionary"]
            .contains { base.contains($0) }
    }
}

/// Bytes produced by a push-style reader (ZIPFoundation's `extract`) on a thread of
/// its own, pulled by the CSV reader: at most four pieces wait in between.
final class ProducerSource: ByteSource, @unchecked Sendable {
    private let lock = Lock()
    private let items = DispatchSemaphore(value: 0)
    private let slots = DispatchSemaphore(value: 4)
    private var queue: [Data?] = []
    private var current = Data()
    private var offset = 0
    private var failure: Error?
    private var cancelled = false
    private var finished = false
    private var thread: WorkerThread?
    private let name: String

    struct Cancelled: Error {}

    init(name: String, produce: @escaping @Sendable (_ emit: (Data) throws -> Void) throws -> Void) {
        self.name = name
        thread = WorkerThread { [self] in
            do {
                try produce { data in
                    self.slots.wait()
                    if self.lock.locked({ self.cancelled }) { throw Cancelled() }
                    self.lock.locked { self.queue.append(data) }
                    self.items.signal()
                }
            } catch {
                lock.locked { failure = error }
            }
            slots.wait()
            lock.locked { queue.append(nil) }
            items.signal()
        }
    }

    deinit {
        lock.locked { cancelled = true }
        // Wake a producer waiting for room; it sees the cancellation and stops.
        for _ in 0 ..< 8 { slots.signal() }
        thread?.join()
    }

    func read(into p: UnsafeMutablePointer<UInt8>, capacity: Int) throws(TallyError) -> Int {
        while offset >= current.count {
            if finished { return 0 }
            items.wait()
            let next = lock.locked { queue.removeFirst() }
            slots.signal()
            guard let next else {
                finished = true
                thread?.join()
                thread = nil
                if let failure = lock.locked({ failure }), !(failure is Cancelled) {
                    throw .data("\(name): cannot unpack (\(failure)); the archive may be damaged, download it again")
                }
                return 0
            }
            current = next
            offset = 0
        }
        let n = min(capacity, current.count - offset)
        current.withUnsafeBytes { b in
            p.update(from: b.baseAddress!.assumingMemoryBound(to: UInt8.self) + offset, count: n)
        }
        offset += n
        return n
    }
}

/// The entries of a zip archive as its central directory lists them (name, flags,
/// method), read directly: ZIPFoundation leaves encrypted entries out of its listing.
/// Nil for an archive it cannot parse (ZIPFoundation then says what is wrong).
enum ZipDirectory {
    struct Item { var name: String; var encrypted: Bool; var method: Int }

    static func methodName(_ m: Int) -> String {
        switch m {
        case 9: "Deflate64"
        case 12: "bzip2"
        case 14: "LZMA"
        case 93: "Zstandard"
        case 95: "xz"
        case 98: "PPMd"
        case 99: "AES encryption"
        default: "method \(m)"
        }
    }

    static func read(path: String) -> [Item]? {
        guard let h = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? h.close() }
        guard let size = try? h.seekToEnd(), size >= 22 else { return nil }
        let tailLength = min(size, 65_557)
        guard (try? h.seek(toOffset: size - tailLength)) != nil, let tail = try? h.read(upToCount: Int(tailLength)) else { return nil }
        let t = [UInt8](tail)
        func u16(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
        func u32(_ b: [UInt8], _ i: Int) -> Int { u16(b, i) | u16(b, i + 2) << 16 }
        var eocd = -1
        var i = t.count - 22
        while i >= 0 {
            if t[i] == 0x50 && t[i + 1] == 0x4B && t[i + 2] == 0x05 && t[i + 3] == 0x06 { eocd = i; break }
            i -= 1
        }
        guard eocd >= 0 else { return nil }
        let count = u16(t, eocd + 10), dirSize = u32(t, eocd + 12), dirOffset = u32(t, eocd + 16)
        guard dirOffset != 0xFFFF_FFFF, count != 0xFFFF, UInt64(dirOffset + dirSize) <= size, dirSize <= 64 << 20,
              (try? h.seek(toOffset: UInt64(dirOffset))) != nil, let d = try? h.read(upToCount: dirSize) else { return nil }
        let b = [UInt8](d)
        var items: [Item] = []
        var p = 0
        while items.count < count && p + 46 <= b.count && u32(b, p) == 0x0201_4B50 {
            let n = u16(b, p + 28), extra = u16(b, p + 30), comment = u16(b, p + 32)
            guard p + 46 + n <= b.count else { break }
            items.append(Item(name: String(decoding: b[(p + 46) ..< (p + 46 + n)], as: UTF8.self),
                              encrypted: u16(b, p + 8) & 1 != 0, method: u16(b, p + 10)))
            p += 46 + n + extra + comment
        }
        return items
    }
}
