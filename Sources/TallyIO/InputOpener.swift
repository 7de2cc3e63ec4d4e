#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text encoding of an input (`--encoding`).
public enum TextEncoding: String, CaseIterable, Sendable {
    /// UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark, and
    /// Windows-1252 when the bytes are not UTF-8.
    case auto
    case utf8 = "utf-8"
    case windows1252 = "windows-1252"
    case latin1 = "latin-1"
    /// UTF-16 in the byte order its mark gives or, with no mark, the one its text shows
    /// (an ASCII character has a 0 byte in one place of its two; a CSV has commas and line
    /// ends): Excel's "Unicode text" has the mark, a file a script wrote often not
    /// (review46 R2).
    case utf16 = "utf-16"
    /// UTF-16 in one byte order, for a file with no mark whose text does not show it.
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"

    /// Accepts the usual spellings (`cp1252`, `iso-8859-1`, `UTF8`, …).
    public init?(name: String) {
        switch name.lowercased().replacingOccurrences("_", "-") {
        case "auto": self = .auto
        case "utf-8", "utf8": self = .utf8
        case "windows-1252", "cp1252", "win1252", "windows1252": self = .windows1252
        case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1": self = .latin1
        case "utf-16", "utf16", "ucs-2", "ucs2": self = .utf16
        case "utf-16le", "utf16le", "ucs-2le", "ucs2le": self = .utf16LE
        case "utf-16be", "utf16be", "ucs-2be", "ucs2be": self = .utf16BE
        default: return nil
        }
    }

    /// The names `--encoding` and a spec's `encoding:` list in their help and messages.
    public static let listed = "auto, utf-8, windows-1252, latin-1, utf-16, utf-16le or utf-16be"

    var isUTF16: Bool { self == .utf16 || self == .utf16LE || self == .utf16BE }
}

/// How inputs are unpacked and decoded.
public struct InputOptions: Sendable, Equatable {
    public var encoding: TextEncoding
    /// The worksheet of an `.xlsx` to read (default: the first).
    public var sheet: String?

    /// Where the sheet is chosen, for messages (`--sheet`, or a report's `sheet:`).
    public var optionNames: OptionNames = .commandLine
    /// HDX HAPI files: read only the rows of this admin level (0 country, 1, 2), for a file
    /// whose coarser rows are not the totals of its finer ones (review46 R1).
    public var adminLevel: Int?

    public init(encoding: TextEncoding = .auto, sheet: String? = nil, adminLevel: Int? = nil) {
        self.encoding = encoding
        self.sheet = sheet
        self.adminLevel = adminLevel
    }
}

/// What an input turned out to be, before its columns are read.
public struct InputDescription: Sendable, Equatable {
    /// `gzip`, `zip: events.csv`, `xlsx: sheet "Events"`, `ACLED API JSON (2 pages, 5,000 records)`; nil for a plain file.
    public var packaging: [String] = []
    /// `UTF-8`, `UTF-8 with byte-order mark`, `UTF-16LE`, `Windows-1252 (detected: not UTF-8)`, …
    public var encoding = "UTF-8"
    /// Said once on standard error and in `tally info` (an API page missing, …).
    public var notes: [String] = []
    /// A workbook's worksheets, in order, and whether the one read was named
    /// (`--sheet`) rather than taken as the first.
    public var sheets: [String] = []
    public var sheetNamed = false
    /// UCDP API responses: each page's `TotalCount`, `TotalPages`, page links and the
    /// records it holds, checked across the run (``APIJSON/checkUCDPPages(_:)``).
    public var ucdpPages: [UCDPPage] = []
    /// ACLED API responses: each one's `total_count` (where given) and records,
    /// checked across the run (``APIJSON/checkACLEDPages(_:)``).
    public var acledPages: [ACLEDPage] = []
    /// A workbook's formula cells with no value saved: the first sheet row of each
    /// column (0-based) that has one (``XLSXReader/formulaWithoutValue(_:columns:name:)``).
    public var formulasWithoutValue: [Int: Int] = [:]
    /// readers19 (issue 11): a workbook's date system (`<workbookPr date1904="1"/>`: the
    /// 1904 system), for messages about its date numbers; nil for any other input.
    public var date1904: Bool?

    public init() {}

    /// `gzip, UTF-8`, for one line of `--verbose` or `tally info`.
    public var summary: String { (packaging + [encoding]).joined(separator: ", ") }
}

/// Where a line of the CSV text the reader sees came from, for messages.
enum RecordLocator: Sendable {
    /// The input is CSV: lines are its own.
    case lines
    /// Converted from JSON: line 1 holds the keys, line `k + 1` record `k`.
    case records
    /// Converted from a worksheet: line `n` is spreadsheet row `n + offset`, less the
    /// line breaks inside cells of the rows before it (``LineShift``: Excel's row number,
    /// the `<row r=…>` of the sheet, not a count of the text's lines).
    /// `datedColumns`: the header names of the columns with a cell read as a date.
    case rows(offset: Int, shifts: [LineShift] = [], datedColumns: Set<String> = [])
    /// Native rows converted from another table (HDX HAPI's, ``ConvertedLines``): line
    /// `n` of the converted text is the line (or record, or row) of the file its row
    /// was read from, and its columns are named as the file names them.
    case converted(HAPIConflict.ConvertedLines)

    func place(_ line: Int) -> String {
        switch self {
        case let .converted(c): return c.inner.place(c.fileLine(line))
        case .lines: return "\(line)"
        case .records: return line <= 1 ? "keys" : "record \(line - 1)"
        case let .rows(offset, shifts, _):
            // The last shift at or before the line (shifts are in line order).
            var lo = 0, hi = shifts.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if shifts[mid].line <= line { lo = mid + 1 } else { hi = mid }
            }
            return "row \(line + offset - (lo > 0 ? shifts[lo - 1].extra : 0))"
        }
    }

    /// A message about a line of the text, with its columns named as the file names
    /// them (``ConvertedLines/columns``); as it is for a file's own text.
    func message(_ m: String) -> String {
        switch self {
        case let .converted(c): return c.renamingColumns(m)
        case let .rows(_, _, dated): return Self.workbookCause(m, datedColumns: dated)
        case .lines, .records: return m
        }
    }

    /// A worksheet's figure that reads as a day (`"2026-05-07" is not an estimate`):
    /// Excel made it one, turning a range typed `5-7` or `5/7` into 7 May, or formatting
    /// a column of counts as dates (`1900-01-05` for 5). The refusal stands (the typed
    /// text is lost); it says how it came about and what to do (review46 N-i).
    static func workbookCause(_ m: String, datedColumns: Set<String>) -> String {
        // Only in a column with a date cell (a text cell typed 2026-05-07 is no Excel's doing).
        guard datedColumns.contains(where: { m.contains("column '\($0)'") }),
              m.contains("is not an estimate") || m.contains("not a whole number") || m.contains("expected a number") || m.contains("is not a number"),
              m.range(of: #""[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9:]+)?""#, options: .regularExpression) != nil else { return m }
        return m + "; in a workbook this is a cell Excel shows as a date: Excel turns a range typed 5-7 or 5/7 into a date (7 May or 5 July), and a "
            + "column formatted as dates shows counts as days; format the column as Text (or Number) and type the figures again"
    }
}

/// From text line `line` on, `extra` line breaks inside earlier cells stand between
/// the text's line numbers and the sheet's rows.
struct LineShift: Sendable, Equatable {
    var line: Int
    var extra: Int
}

struct OpenedInput {
    var source: ByteSource
    var description: InputDescription
    var locator: RecordLocator
    /// Text whose encoding is decided past the first MiB (``UndecidedEncodingSource``).
    var undecided: UndecidedEncodingSource?
    /// The decoder of text read with `--encoding latin-1`: whether it met a byte
    /// 0x80-0x9F, read as Windows-1252 (readers11 F4), is known once the text is read.
    var latin1: SingleByteDecoder?

    /// The note for a text labelled Latin-1 that held a byte 0x80-0x9F, once read.
    func latin1Note(name: String) -> String? {
        guard let b = latin1?.windows1252Byte else { return nil }
        let place = b.line.map { "\(name):\($0)" } ?? "\(name) (byte \(b.byte))"
        return "\(place): --encoding latin-1, but the text holds bytes 0x80–0x9F (here \"\(b.text)\"), which are control codes in "
            + "ISO-8859-1 and never text: read as Windows-1252, as programs that write \"Latin-1\" mean it (and as browsers read the label); "
            + "--encoding windows-1252 says so and silences this note"
    }
}

/// Recognises an input by its first bytes and stacks the sources that turn it into
/// UTF-8 CSV text: gzip, zip and xlsx containers, UTF-16 and Windows-1252 text, API
/// JSON. Anything else that is not text gets a message naming what it is.
enum InputOpener {
    /// Bytes looked at to recognise containers and binary files.
    static let magicBytes = 4096
    /// Bytes of text looked at to tell UTF-8 from Windows-1252.
    static let encodingSniffBytes = 1 << 20
    /// The largest JSON input (read whole to be parsed).
    static let maximumWholeInput = 1 << 30

    static func open(fd: Int32, path: String?, name: String, options: InputOptions,
                     raw given: ByteSource? = nil) throws(TallyError) -> OpenedInput {
        let raw = given ?? FileDescriptorSource(fd: fd, name: name)
        let head = try readAhead(raw, magicBytes)
        var description = InputDescription()
        if head.starts(with: [0x1F, 0x8B]) {
            description.packaging.append("gzip")
            let gz = try GzipSource(inner: PrefixedSource(prefix: head, inner: raw), name: name)
            // What was gzipped may itself not be text (a workbook gzipped by a script).
            let inside = try readAhead(gz, magicBytes)
            if inside.starts(with: [0x50, 0x4B, 0x03, 0x04]) || inside.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
                throw .data("\(name): a gzipped zip archive (.xlsx or .zip inside .gz): unpack it first (gunzip), then give the .xlsx or .zip")
            }
            if inside.starts(with: [0x1F, 0x8B]) {
                throw .data("\(name): compressed twice with gzip (a .gz inside a .gz): unpack the outer layer (gunzip -c \(name) > inner.gz) and give the inner .gz file")
            }
            if let what = binaryKind(inside) {
                throw .data("\(name): gzip data holding what is not CSV text: \(what)")
            }
            return try text(PrefixedSource(prefix: inside, inner: gz), name: name, options: options, description: description)
        }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            guard let path else {
                throw .usage("\(name): a zip archive (.zip or .xlsx) cannot be read from standard input; save it to a file and give its name")
            }
            return try ZipInput.open(path: path, name: name, options: options)
        }
        if let what = binaryKind(head) {
            throw .data("\(name): \(what), not CSV text; tally reads CSV (plain, .gz or a .zip holding one CSV), .xlsx workbooks and ACLED/UCDP API JSON")
        }
        return try text(PrefixedSource(prefix: head, inner: raw), name: name, options: options, description: description)
    }

    /// Reads up to `n` bytes ahead (fewer only at the end of the input).
    static func readAhead(_ s: ByteSource, _ n: Int) throws(TallyError) -> [UInt8] {
        var buf = [UInt8](repeating: 0, count: n)
        let got = try buf.withUnsafeMutableBufferPointer { (b) throws(TallyError) -> Int in
            try s.readFully(into: b.baseAddress!, capacity: n)
        }
        buf.removeSubrange(got...)
        return buf
    }

    /// Names the common files that are not CSV text, from their first bytes.
    static func binaryKind(_ h: [UInt8]) -> String? {
        func starts(_ s: String) -> Bool { h.starts(with: Array(s.utf8)) }
        if starts("%PDF-") { return "this is a PDF document" }
        if h.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return "this is an Excel 97-2003 workbook (.xls), another Office 97 file, or a password-protected workbook (Excel encrypts .xlsx files in this form): save it as .xlsx without a password, or as \"CSV UTF-8\""
        }
        if starts("BZh") && h.count > 3 && (0x31 ... 0x39).contains(h[3]) { return "this is bzip2-compressed: unpack it first (bunzip2)" }
        if h.starts(with: [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return "this is xz-compressed: unpack it first (unxz)" }
        if h.starts(with: [0x28, 0xB5, 0x2F, 0xFD]) { return "this is zstd-compressed: unpack it first (unzstd)" }
        if h.starts(with: [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) { return "this is a 7-Zip archive: unpack it first" }
        if starts("Rar!") { return "this is a RAR archive: unpack it first" }
        if starts("PAR1") { return "this is a Parquet file: export it as CSV" }
        if starts("SQLite format 3") { return "this is an SQLite database: export a table as CSV" }
        if h.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return "this is a PNG image" }
        if h.starts(with: [0xFF, 0xD8, 0xFF]) { return "this is a JPEG image" }
        if starts("GIF8") { return "this is a GIF image" }
        if h.count >= 262 && Array(h[257 ..< 262]) == Array("ustar".utf8) { return "this is a tar archive: unpack it first (tar xf)" }
        return nil
    }

    /// Decodes text to UTF-8 and recognises JSON, HTML and XML.
    static func text(_ source: ByteSource, name: String, options: InputOptions,
                     description d: InputDescription) throws(TallyError) -> OpenedInput {
        var description = d
        var head = try readAhead(source, encodingSniffBytes)
        let complete = head.count < encodingSniffBytes
        let wide = wideText(head)
        if let wide, !(options.encoding.isUTF16 && wide.isUTF16) {
            throw .data("\(name): \(wide.message)")
        }
        var decoded: ByteSource
        let utf16LE = head.starts(with: [0xFF, 0xFE]), utf16BE = head.starts(with: [0xFE, 0xFF])
        if utf16LE || utf16BE || options.encoding.isUTF16 {
            if options.encoding != .auto && !options.encoding.isUTF16 {
                throw .usage("\(name): --encoding \(options.encoding.rawValue) given, but the file starts with a UTF-16 byte-order mark")
            }
            let bigEndian: Bool
            if utf16LE || utf16BE {
                if (options.encoding == .utf16LE && utf16BE) || (options.encoding == .utf16BE && utf16LE) {
                    throw .usage("\(name): --encoding \(options.encoding.rawValue) given, but the file starts with the byte-order mark of \(utf16LE ? "UTF-16LE" : "UTF-16BE"); give --encoding utf-16 to read it in the order its mark gives")
                }
                head.removeFirst(2)
                bigEndian = utf16BE
                description.encoding = utf16LE ? "UTF-16LE (byte-order mark)" : "UTF-16BE (byte-order mark)"
            } else {
                bigEndian = try Self.utf16Order(head, given: options.encoding, name: name)
                description.encoding = (bigEndian ? "UTF-16BE" : "UTF-16LE") + " (--encoding, no byte-order mark)"
            }
            decoded = UTF16Decoder(inner: PrefixedSource(prefix: head, inner: source), bigEndian: bigEndian, name: name)
            // Excel's "Unicode text" is UTF-16LE and tab-separated.
            let start = try readAhead(decoded, 1 << 16)
            decoded = PrefixedSource(prefix: start, inner: decoded)
            // readers12 (audit11 F2): an API response saved by Windows PowerShell 5.1's `>`
            // (`Out-File`) is UTF-16LE with a mark; it was parsed as CSV ("malformed quoting").
            var j = 0
            while j < start.count && (start[j] == 0x20 || start[j] == 0x09 || start[j] == 0x0A || start[j] == 0x0D) { j += 1 }
            if j < start.count && (start[j] == 0x7B || start[j] == 0x5B) {
                let bytes = try decoded.readAll(limit: maximumWholeInput, name: name)
                return try jsonInput(bytes, name: name, description: description)
            }
            if isTabSeparated(start) {
                description.packaging.append("tab-separated")
                decoded = TabSeparatedSource(inner: decoded)
            }
            return OpenedInput(source: decoded, description: description, locator: .lines)
        }
        let hasBOM = head.starts(with: [0xEF, 0xBB, 0xBF])
        var encoding = options.encoding
        var undecided: UndecidedEncodingSource?
        var latin1: SingleByteDecoder?
        var detectedAtLine: Int?
        if encoding == .auto {
            encoding = .utf8
            // The first byte above 0x7F decides: a valid UTF-8 sequence makes the text
            // UTF-8 (a later bad byte is then a file mixing two encodings, reported at its
            // line rather than decoded into nonsense); anything else makes it Windows-1252,
            // the encoding of the older exports that are not UTF-8.
            let high = head.withUnsafeBufferPointer { UndecidedEncodingSource.firstHighByte($0.baseAddress!, $0.count) } ?? head.count
            if !hasBOM && !complete && high >= head.count - 4 {
                // All ASCII so far: the first high byte may lie anywhere past the first MiB.
                let u = UndecidedEncodingSource(inner: PrefixedSource(prefix: Array(head[high...]), inner: source), offset: high, name: name)
                undecided = u
                head.removeSubrange(high...)
            } else if !hasBOM && high < head.count {
                let lineOf = { (offset: Int) in 1 + head[..<offset].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
                switch head.withUnsafeBufferPointer({ UndecidedEncodingSource.evidence($0.baseAddress! + high, $0.count - high, final: complete,
                                                                                             before: high > 0 ? head[high - 1] : 0x0A,
                                                                                             beforeThat: high > 1 ? head[high - 2] : 0x0A) }) {
                case .utf8:
                    break
                case .windows1252:
                    encoding = .windows1252
                    let line = lineOf(high)
                    description.encoding = InputOpener.detectedWindows1252(line: line)
                    detectedAtLine = line
                case .quotedThenWindows1252(let at):
                    throw .data(head.withUnsafeBufferPointer {
                        UndecidedEncodingSource.quotedThenWindows1252Message($0.baseAddress! + high + at, place: "\(name):\(lineOf(high + at))")
                    })
                case .undecided(let at):
                    // A look-alike letter of another script inside a Latin word (`Вakhmut`)
                    // is a name to fix, not an encoding to choose: said so, with its column.
                    throw .data(head.withUnsafeBufferPointer {
                        UndecidedEncodingSource.undecidedMessage($0.baseAddress! + high + at, $0.count - high - at, place: "\(name):\(lineOf(high + at))",
                                                                 mixedScript: MixedScript.message(in: $0.baseAddress!, $0.count, at: high + at,
                                                                                                  place: "\(name):\(lineOf(high + at))"))
                    })
                }
            }
        } else if encoding == .windows1252 {
            description.encoding = "Windows-1252 (--encoding)"
        } else if encoding == .latin1 {
            description.encoding = "Latin-1 (--encoding)"
        }
        if let undecided {
            description.encoding = "UTF-8"
            decoded = PrefixedSource(prefix: head, inner: undecided)
        } else if encoding == .utf8 {
            description.encoding = hasBOM ? "UTF-8 with byte-order mark" : "UTF-8"
            decoded = PrefixedSource(prefix: head, inner: source)
        } else {
            let d = SingleByteDecoder(inner: PrefixedSource(prefix: head, inner: source), windows1252: encoding == .windows1252,
                                      detectedIn: detectedAtLine.map { _ in name }, firstLine: detectedAtLine ?? 1,
                                      latin1Label: encoding == .latin1, name: name)
            decoded = d
            if encoding == .latin1 { latin1 = d }
        }
        // What the text is: JSON, a web page, or (by default) CSV.
        var i = hasBOM ? 3 : 0
        while i < head.count && (head[i] == 0x20 || head[i] == 0x09 || head[i] == 0x0A || head[i] == 0x0D) { i += 1 }
        if i < head.count && (head[i] == 0x7B || head[i] == 0x5B) {
            let bytes = try decoded.readAll(limit: maximumWholeInput, name: name)
            if undecided?.windows1252From != nil { description.encoding = InputOpener.detectedWindows1252(line: nil) }
            return try jsonInput(bytes, name: name, description: description, latin1: latin1)
        }
        if i < head.count && head[i] == 0x3C {
            let start = String(decoding: head[i ..< min(head.count, i + 256)], as: UTF8.self).lowercased()
            if start.hasPrefix("<!doctype html") || start.hasPrefix("<html") || start.contains("<html") {
                throw .data("\(name): this is an HTML web page, not CSV (a download link that returned a page, e.g. a login or error page?); download the data file itself")
            }
            if start.hasPrefix("<?xml") {
                throw .data("\(name): this is an XML document, not CSV; tally reads CSV, .xlsx and ACLED/UCDP API JSON")
            }
        }
        if isTabSeparated(hasBOM ? Array(head.dropFirst(3)) : head) {
            description.packaging.append("tab-separated")
            decoded = TabSeparatedSource(inner: decoded)
        }
        return OpenedInput(source: decoded, description: description, locator: .lines, undecided: undecided, latin1: latin1)
    }

    /// Text of two or four bytes a character that the sniffing of UTF-8 would misread.
    struct WideText {
        let message: String
        /// UTF-16 with no mark, which `--encoding utf-16` (or `-le`/`-be`) reads.
        let isUTF16: Bool
    }

    /// The byte order of UTF-16 text with no mark: the one named (`utf-16le`, `utf-16be`)
    /// if the text agrees, else the one the text shows: an ASCII character (a CSV's commas,
    /// digits and line ends) has its 0 byte second in little-endian, first in big-endian.
    /// Text that shows neither, or shows the other order than the one named, is refused:
    /// read the wrong way every character would be another, and nothing would say so.
    static func utf16Order(_ h: [UInt8], given: TextEncoding, name: String) throws(TallyError) -> Bool {
        let n = min(h.count, 4096) & ~1
        var zeroEven = 0, zeroOdd = 0
        for i in 0 ..< n where h[i] == 0 { if i & 1 == 0 { zeroEven += 1 } else { zeroOdd += 1 } }
        let shown: Bool? = zeroOdd > 0 && zeroEven == 0 ? false : zeroEven > 0 && zeroOdd == 0 ? true
            : zeroOdd >= 4 * zeroEven && zeroOdd > 0 ? false : zeroEven >= 4 * zeroOdd && zeroEven > 0 ? true : nil
        let named = given == .utf16LE ? false : given == .utf16BE ? true : nil
        guard n > 0 else { return named ?? false }
        if zeroEven + zeroOdd == 0 {
            throw .data("\(name): --encoding \(given.rawValue) given, but the file has no byte-order mark and none of its first \(n) bytes is 0, as every ASCII character of UTF-16 text (a CSV's commas and line ends) has one: it is not UTF-16 (most likely UTF-8: leave --encoding out)")
        }
        guard let shown else {
            if let named { return named }
            throw .data("\(name): --encoding utf-16 given and the file has no byte-order mark; its 0 bytes stand in both places of a character's two, so its byte order cannot be told: give --encoding utf-16le or utf-16be (or save it as UTF-8)")
        }
        if let named, named != shown {
            throw .data("\(name): --encoding \(given.rawValue) given, but the file's text is \(shown ? "UTF-16BE" : "UTF-16LE") (the 0 byte of its ASCII characters comes \(shown ? "first" : "second")): read as \(given.rawValue) every character would be another; give --encoding \(shown ? "utf-16be" : "utf-16le") or utf-16")
        }
        return shown
    }

    /// UTF-32 text (with or without its byte-order mark) and UTF-16 text without one,
    /// recognised by where their zero bytes fall: ASCII in UTF-16LE is every other byte
    /// 0, in UTF-32LE three bytes of four. Each would otherwise reach the CSV reader as
    /// text full of NULs and get a message about something else (line ends, quoting).
    /// UTF-16 with its mark is read (``text(_:name:options:description:)``), and without one
    /// when `--encoding utf-16` names it (``WideText/isUTF16``).
    static func wideText(_ h: [UInt8]) -> WideText? {
        func advice(_ enc: String) -> String {
            "; save it as UTF-8 (Excel: Save As > \"CSV UTF-8\"), or convert it: iconv -f \(enc) -t UTF-8 in.csv > out.csv"
        }
        if h.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return WideText(message: "this is UTF-32LE text (byte-order mark FF FE 00 00), which tally does not read" + advice("UTF-32LE"), isUTF16: false) }
        if h.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return WideText(message: "this is UTF-32BE text (byte-order mark 00 00 FE FF), which tally does not read" + advice("UTF-32BE"), isUTF16: false) }
        if h.starts(with: [0xFF, 0xFE]) || h.starts(with: [0xFE, 0xFF]) || h.starts(with: [0xEF, 0xBB, 0xBF]) { return nil }
        let n = min(h.count, 4096) & ~3
        guard n >= 8, h[0 ..< n].contains(0) else { return nil }
        var zeroAt = [0, 0, 0, 0], nonzeroAt = [0, 0, 0, 0]
        for i in 0 ..< n { if h[i] == 0 { zeroAt[i & 3] += 1 } else { nonzeroAt[i & 3] += 1 } }
        let quarter = n / 4
        func mostlyZero(_ k: Int) -> Bool { zeroAt[k] * 10 >= quarter * 9 }
        // UTF-32: the two high bytes of every character are 0 (all of Unicode below
        // U+10000), the second byte only for ASCII: Arabic or Cyrillic text has 06 or 04
        // there, and was a "NUL byte" (review48 F10).
        if mostlyZero(2) && mostlyZero(3) && nonzeroAt[0] > 0 && zeroAt[1] > 0 {
            return WideText(message: "this looks like UTF-32LE text without a byte-order mark (two or three bytes of every four are 0), which tally does not read" + advice("UTF-32LE"), isUTF16: false)
        }
        if mostlyZero(0) && mostlyZero(1) && nonzeroAt[3] > 0 && zeroAt[2] > 0 {
            return WideText(message: "this looks like UTF-32BE text without a byte-order mark (two or three bytes of every four are 0), which tally does not read" + advice("UTF-32BE"), isUTF16: false)
        }
        // UTF-16: the 0 bytes keep to one place of each two. Not "most of them": a
        // CSV with Arabic, Persian or Cyrillic text has a high byte of 06 or 04 in every
        // such character (review48 F10: 60 rows of Arabic names got "NUL byte: not a text
        // CSV file"); its commas, digits and line ends still put a 0 in every eighth
        // place at least. A binary file puts its 0 bytes in both places.
        let zeroOdd = zeroAt[1] + zeroAt[3], zeroEven = zeroAt[0] + zeroAt[2]
        func oneSided(_ zeros: Int, _ other: Int) -> Bool { zeros * 8 >= n / 2 && other * 20 <= zeros }
        if oneSided(zeroOdd, zeroEven) && nonzeroAt[0] + nonzeroAt[2] > quarter {
            return WideText(message: "this looks like UTF-16LE text without a byte-order mark (the 0 byte of its ASCII characters comes second): give --encoding utf-16 to read it" + advice("UTF-16LE"), isUTF16: true)
        }
        if oneSided(zeroEven, zeroOdd) && nonzeroAt[1] + nonzeroAt[3] > quarter {
            return WideText(message: "this looks like UTF-16BE text without a byte-order mark (the 0 byte of its ASCII characters comes first): give --encoding utf-16 to read it" + advice("UTF-16BE"), isUTF16: true)
        }
        return nil
    }

    /// Records of a JSON input (an API response, a bare array of records) as the CSV text
    /// the readers take, with what the conversion says in `description` (the UTF-8 and the
    /// UTF-16 paths of ``open``: review of readers12's twin branches).
    static func jsonInput(_ bytes: [UInt8], name: String, description: InputDescription,
                          latin1: SingleByteDecoder? = nil) throws(TallyError) -> OpenedInput {
        var description = description
        var converted = try APIJSON.convert(bytes, name: name)
        description.packaging.append(converted.format)
        description.notes += converted.notes
        description.ucdpPages = converted.ucdpPages
        description.acledPages = converted.acledPages
        let csv = converted.takeCSV()
        return OpenedInput(source: MemorySource(csv), description: description, locator: .records, latin1: latin1)
    }

    /// How a detected Windows-1252 text is described (`tally info`, `--verbose`).
    static func detectedWindows1252(line: Int?) -> String {
        "Windows-1252 (detected\(line.map { " at line \($0)" } ?? " past the first MiB"), the first byte that is not UTF-8; --encoding sets it)"
    }

    /// Whether the header line is split by tabs rather than commas (Excel's "Unicode
    /// text" and "Text (Tab delimited)", `.tsv` and `.tab` files): more tabs than
    /// commas outside quotes. A CSV header has commas between its names and, in
    /// practice, no tab at all.
    static func isTabSeparated(_ head: [UInt8]) -> Bool {
        var tabs = 0, commas = 0, inQuotes = false
        var i = 0
        while i < head.count && (head[i] == 0x0A || head[i] == 0x0D) { i += 1 }
        // Excel's `sep=` line above the header says which it is.
        if i < head.count, let line = head.withUnsafeBufferPointer({ separatorLine($0.baseAddress!, start: i, end: $0.count) }) {
            return line.separator == [0x09]
        }
        while i < head.count {
            let c = head[i]
            if c == 0x22 { inQuotes.toggle() } else if !inQuotes {
                if c == 0x0A || c == 0x0D { break }
                if c == 0x09 { tabs += 1 } else if c == 0x2C { commas += 1 }
            }
            i += 1
        }
        return tabs > 0 && tabs > commas
    }
}

extension String {
    func replacingOccurrences(_ a: Character, _ b: Character) -> String {
        String(map { $0 == a ? b : $0 })
    }
}
