import Foundation
import SWXMLHash
import TallyCore
import ZIPFoundation

/// One worksheet of an `.xlsx` workbook as CSV text (first sheet, or `--sheet NAME`).
///
/// The small parts of the workbook (its sheet list, relationships and number
/// formats) are read with SWXMLHash. The two large parts, the shared strings and the
/// sheet's cells, are scanned by ``SheetXML`` in one pass each: a document tree of a
/// 100,000-row sheet would cost far more time and memory than the rows themselves.
///
/// Cells become CSV fields: shared and inline strings as text, numbers as written,
/// booleans as TRUE/FALSE, error values (`#N/A`) as written (so a count reads as an
/// error), and numbers in a date format as `YYYY-MM-DD` (Excel's day serials, 1900 or
/// 1904 system; a time of day is dropped). Line `n` of the text is row `n + offset`.
enum XLSXReader {
    static func read(_ archive: Archive, name: String, options: InputOptions) throws(TallyError) -> OpenedInput {
        func part(_ path: String) throws(TallyError) -> [UInt8]? {
            guard let entry = archive[path] else { return nil }
            var data: [UInt8] = []
            data.reserveCapacity(Int(min(entry.uncompressedSize, 1 << 28)))
            do {
                _ = try archive.extract(entry, bufferSize: 1 << 16) { data.append(contentsOf: $0) }
            } catch {
                throw .data("\(name): cannot unpack \(path) (\(error)); the workbook may be damaged")
            }
            return data
        }
        guard let workbookData = try part("xl/workbook.xml") else { throw .data("\(name): no xl/workbook.xml: not an Excel workbook") }
        let workbook = XMLHash.config { $0.shouldProcessNamespaces = true }.parse(Data(workbookData))
        var sheets: [(name: String, rid: String)] = []
        for s in workbook["workbook"]["sheets"]["sheet"].all {
            guard let el = s.element, let n = el.attribute(by: "name")?.text else { continue }
            let rid = el.allAttributes.first(where: { $0.key == "id" || $0.key.hasSuffix(":id") })?.value.text ?? ""
            sheets.append((n, rid))
        }
        guard !sheets.isEmpty else { throw .data("\(name): the workbook lists no worksheets") }
        let date1904: Bool = {
            let v = workbook["workbook"]["workbookPr"].element?.attribute(by: "date1904")?.text ?? ""
            return v == "1" || v.lowercased() == "true"
        }()
        let chosen: (name: String, rid: String)
        if let wanted = options.sheet {
            guard let s = sheets.first(where: { $0.name == wanted }) ?? sheets.first(where: { $0.name.lowercased() == wanted.lowercased() }) else {
                throw .usage("\(name): --sheet \(wanted): no such worksheet; the workbook has: \(sheets.map { "\"\($0.name)\"" }.joined(separator: ", "))")
            }
            chosen = s
        } else {
            chosen = sheets[0]
        }
        // The sheet's file, from the workbook's relationships.
        var target = "xl/worksheets/sheet1.xml"
        if let rels = try part("xl/_rels/workbook.xml.rels") {
            let doc = XMLHash.config { $0.shouldProcessNamespaces = true }.parse(Data(rels))
            for r in doc["Relationships"]["Relationship"].all {
                guard let el = r.element, el.attribute(by: "Id")?.text == chosen.rid, let t = el.attribute(by: "Target")?.text else { continue }
                target = t.hasPrefix("/") ? String(t.dropFirst()) : "xl/" + t
            }
        }
        guard let sheetData = try part(target) else {
            throw .data("\(name): worksheet \"\(chosen.name)\" (\(target)) is missing from the workbook")
        }
        let dateStyles = try part("xl/styles.xml").map { dateStyleIndexes(Data($0)) } ?? []
        let strings = try part("xl/sharedStrings.xml").map { (d) throws(TallyError) -> SharedStrings in
            try SheetXML.sharedStrings(d, name: name)
        } ?? SharedStrings()
        let (csv, offset) = try SheetXML.csv(sheetData, strings: strings, dateStyles: dateStyles, date1904: date1904,
                                              name: "\(name) [sheet \"\(chosen.name)\"]")
        var d = InputDescription()
        d.packaging.append("xlsx: sheet \"\(chosen.name)\"" + (sheets.count > 1 ? " (first of \(sheets.count); --sheet picks another)" : "")
                           .replacingOccurrences(of: "(first of", with: options.sheet == nil ? "(first of" : "(of"))
        d.encoding = "UTF-8 (xlsx)"
        return OpenedInput(source: MemorySource(csv), description: d, locator: .rows(offset: offset))
    }

    /// The cell styles (indexes into `cellXfs`) whose number format shows a date.
    static func dateStyleIndexes(_ data: Data) -> Set<Int> {
        let doc = XMLHash.config { $0.shouldProcessNamespaces = true }.parse(data)
        var customDate: Set<Int> = []
        for f in doc["styleSheet"]["numFmts"]["numFmt"].all {
            guard let el = f.element, let id = el.attribute(by: "numFmtId").flatMap({ Int($0.text) }),
                  let code = el.attribute(by: "formatCode")?.text else { continue }
            if isDateFormat(code) { customDate.insert(id) }
        }
        var out: Set<Int> = []
        for (i, xf) in doc["styleSheet"]["cellXfs"]["xf"].all.enumerated() {
            guard let id = xf.element?.attribute(by: "numFmtId").flatMap({ Int($0.text) }) else { continue }
            if (14 ... 22).contains(id) || (27 ... 36).contains(id) || (45 ... 47).contains(id) || (50 ... 58).contains(id)
                || customDate.contains(id) {
                out.insert(i)
            }
        }
        return out
    }

    /// Whether a number format code shows a date: it has d, m or y outside quoted
    /// text, escapes and `[…]` (colours, elapsed hours).
    static func isDateFormat(_ code: String) -> Bool {
        var inQuote = false, inBracket = false, escaped = false
        var hasDateLetter = false
        for ch in code.lowercased() {
            if escaped { escaped = false; continue }
            if ch == "\\" { escaped = true; continue }
            if ch == "\"" { inQuote.toggle(); continue }
            if inQuote { continue }
            if ch == "[" { inBracket = true; continue }
            if ch == "]" { inBracket = false; continue }
            if inBracket { continue }
            if ch == "d" || ch == "y" { hasDateLetter = true }
            if ch == "m" { hasDateLetter = true }
            if ch == "h" || ch == "s" { continue }
            if ch == "0" || ch == "#" { return false }
        }
        return hasDateLetter
    }
}

/// The shared strings of a workbook: one byte buffer and where each string starts, so a
/// table of a million strings costs two allocations, not a million.
struct SharedStrings {
    var bytes: [UInt8] = []
    /// `offsets[i] ..< offsets[i + 1]` is string `i`.
    var offsets: [Int] = [0]

    var count: Int { offsets.count - 1 }

    init() {}

    init(_ strings: [String]) {
        for s in strings { bytes += Array(s.utf8); offsets.append(bytes.count) }
    }
}

/// A one-pass scanner for the two large SpreadsheetML parts (the shared strings and the
/// sheet's cells). It knows only what they hold: elements (with any namespace prefix),
/// attributes in quotes, text with the five named entities and numeric character
/// references, CDATA, comments and processing instructions.
///
/// Nothing is allocated per element or per cell: tag names are compared as bytes, the
/// three attributes the sheet needs (`r`, `t`, `s`) are kept as byte ranges, and cell
/// values go into one buffer. (A `String` per tag and a dictionary per cell made a
/// 100,000-row sheet cost 2.7 s and 338 MiB.)
enum SheetXML {
    enum Tag { case row, c, v, inlineString, t, si, phonetic, other }

    enum Event {
        case open(Tag, selfClosing: Bool)
        case close(Tag)
        /// Text between `start` and `end`; `raw` when it is CDATA (no entities).
        case text(start: Int, end: Int, raw: Bool)
        case end
    }

    struct Scanner {
        let p: UnsafePointer<UInt8>
        let n: Int
        let name: String
        var i = 0
        private var pendingClose: Tag?
        /// Byte ranges of the last `<c>` or `<row>`'s `r`, `t` and `s` attributes (empty: absent).
        var r = 0 ..< 0, t = 0 ..< 0, s = 0 ..< 0

        init(_ p: UnsafePointer<UInt8>, _ n: Int, name: String) {
            self.p = p; self.n = n; self.name = name
        }

        func fail(_ what: String) -> TallyError {
            .data("\(name): malformed XML (\(what)) at byte \(i); the workbook may be damaged")
        }

        @inline(__always)
        static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

        /// The tag of a name, without its namespace prefix.
        @inline(__always)
        func tag(_ a: Int, _ b: Int) -> Tag {
            var s = a
            var k = a
            while k < b { if p[k] == 0x3A { s = k + 1 }; k += 1 }
            switch b - s {
            case 1:
                switch p[s] {
                case 0x63: return .c
                case 0x76: return .v
                case 0x74: return .t
                default: return .other
                }
            case 2:
                if p[s] == 0x69 && p[s + 1] == 0x73 { return .inlineString }
                if p[s] == 0x73 && p[s + 1] == 0x69 { return .si }
                return .other
            case 3:
                if p[s] == 0x72 && p[s + 1] == 0x6F && p[s + 2] == 0x77 { return .row }
                if p[s] == 0x72 && p[s + 1] == 0x50 && p[s + 2] == 0x68 { return .phonetic }
                return .other
            default:
                return .other
            }
        }

        func find(_ pattern: [UInt8], from: Int) -> Int? {
            var k = from
            while k + pattern.count <= n {
                if p[k] == pattern[0] {
                    var ok = true
                    for j in 1 ..< pattern.count where p[k + j] != pattern[j] { ok = false; break }
                    if ok { return k }
                }
                k += 1
            }
            return nil
        }

        mutating func next() throws(TallyError) -> Event {
            if let c = pendingClose { pendingClose = nil; return .close(c) }
            guard i < n else { return .end }
            if p[i] != 0x3C {
                let start = i
                while i < n && p[i] != 0x3C { i += 1 }
                return .text(start: start, end: i, raw: false)
            }
            if i + 1 < n && p[i + 1] == 0x3F { // <? … ?>
                guard let e = find([0x3F, 0x3E], from: i + 2) else { throw fail("an unclosed <?") }
                i = e + 2
                return try next()
            }
            if i + 3 < n && p[i + 1] == 0x21 && p[i + 2] == 0x2D && p[i + 3] == 0x2D { // <!-- -->
                guard let e = find([0x2D, 0x2D, 0x3E], from: i + 4) else { throw fail("an unclosed comment") }
                i = e + 3
                return try next()
            }
            if i + 8 < n && p[i + 1] == 0x21 && p[i + 2] == 0x5B { // <![CDATA[ … ]]>
                guard let e = find([0x5D, 0x5D, 0x3E], from: i + 9) else { throw fail("an unclosed CDATA section") }
                let start = i + 9
                i = e + 3
                return .text(start: start, end: e, raw: true)
            }
            if i + 1 < n && p[i + 1] == 0x21 { // <!DOCTYPE …>
                guard let e = find([0x3E], from: i + 2) else { throw fail("an unclosed declaration") }
                i = e + 1
                return try next()
            }
            if i + 1 < n && p[i + 1] == 0x2F { // </name>
                var e = i + 2
                while e < n && p[e] != 0x3E { e += 1 }
                guard e < n else { throw fail("an unclosed end tag") }
                var last = e
                while last > i + 2 && Scanner.isSpace(p[last - 1]) { last -= 1 }
                let t = tag(i + 2, last)
                i = e + 1
                return .close(t)
            }
            // <name attr="v" …> or />
            var k = i + 1
            while k < n && !Scanner.isSpace(p[k]) && p[k] != 0x3E && p[k] != 0x2F { k += 1 }
            let t = tag(i + 1, k)
            let wanted = t == .c || t == .row
            if wanted { r = 0 ..< 0; self.t = 0 ..< 0; s = 0 ..< 0 }
            var selfClosing = false
            while true {
                while k < n && Scanner.isSpace(p[k]) { k += 1 }
                guard k < n else { throw fail("an unclosed tag") }
                if p[k] == 0x3E { k += 1; break }
                if p[k] == 0x2F {
                    guard k + 1 < n && p[k + 1] == 0x3E else { throw fail("'/' inside a tag") }
                    selfClosing = true
                    k += 2
                    break
                }
                let nameStart = k
                while k < n && p[k] != 0x3D && !Scanner.isSpace(p[k]) && p[k] != 0x3E { k += 1 }
                let nameEnd = k
                while k < n && Scanner.isSpace(p[k]) { k += 1 }
                guard k < n && p[k] == 0x3D else { throw fail("an attribute without a value") }
                k += 1
                while k < n && Scanner.isSpace(p[k]) { k += 1 }
                guard k < n && (p[k] == 0x22 || p[k] == 0x27) else { throw fail("an unquoted attribute") }
                let quote = p[k]
                k += 1
                let valueStart = k
                while k < n && p[k] != quote { k += 1 }
                guard k < n else { throw fail("an unclosed attribute value") }
                if wanted {
                    // Only r, t and s (no prefix: SpreadsheetML's own attributes have none).
                    if nameEnd - nameStart == 1 {
                        switch p[nameStart] {
                        case 0x72: r = valueStart ..< k
                        case 0x74: self.t = valueStart ..< k
                        case 0x73: s = valueStart ..< k
                        default: break
                        }
                    }
                }
                k += 1
            }
            i = k
            if selfClosing { pendingClose = t }
            return .open(t, selfClosing: selfClosing)
        }

        /// Appends text with its entities decoded.
        @inline(__always)
        func appendText(_ start: Int, _ end: Int, raw: Bool, to out: inout [UInt8]) throws(TallyError) {
            if raw || memchr(p + start, 0x26, end - start) == nil {
                out.append(contentsOf: UnsafeBufferPointer(start: p + start, count: end - start))
                return
            }
            var k = start
            while k < end {
                let b = p[k]
                if b != 0x26 { out.append(b); k += 1; continue }
                var semi = k + 1
                while semi < end && semi - k <= 12 && p[semi] != 0x3B { semi += 1 }
                guard semi < end && p[semi] == 0x3B else { throw fail("a '&' that starts no entity") }
                let entity = String(decoding: UnsafeBufferPointer(start: p + k + 1, count: semi - k - 1), as: UTF8.self)
                switch entity {
                case "amp": out.append(0x26)
                case "lt": out.append(0x3C)
                case "gt": out.append(0x3E)
                case "quot": out.append(0x22)
                case "apos": out.append(0x27)
                default:
                    var code: UInt32?
                    if entity.hasPrefix("#x") || entity.hasPrefix("#X") { code = UInt32(entity.dropFirst(2), radix: 16) }
                    else if entity.hasPrefix("#") { code = UInt32(entity.dropFirst()) }
                    guard let c = code, let scalar = Unicode.Scalar(c), c != 0 else { throw fail("an unknown entity &\(entity);") }
                    out.append(contentsOf: String(scalar).utf8)
                }
                k = semi + 1
            }
        }

        /// An attribute's value as a whole number (nil when absent or not a number).
        func integer(_ range: Range<Int>) -> Int? {
            guard !range.isEmpty, range.count <= 18 else { return nil }
            var v = 0
            for k in range {
                let d = Int(p[k]) - 48
                guard d >= 0 && d <= 9 else { return nil }
                v = v * 10 + d
            }
            return v
        }

        /// `B12` → 1 (0-based column) from a cell reference.
        func column(_ range: Range<Int>) -> Int? {
            var v = 0, letters = 0
            for k in range {
                let u = p[k]
                if u >= 0x41 && u <= 0x5A { v = v * 26 + Int(u - 0x40) } else if u >= 0x61 && u <= 0x7A { v = v * 26 + Int(u - 0x60) } else { break }
                letters += 1
            }
            return letters > 0 && letters <= 3 ? v - 1 : nil
        }

        /// The row number of a `<row r="12">`, or of a cell reference `B12`.
        func rowNumber(_ range: Range<Int>) -> Int? {
            var k = range.lowerBound
            while k < range.upperBound && !(p[k] >= 0x30 && p[k] <= 0x39) { k += 1 }
            return integer(k ..< range.upperBound)
        }

        func equals(_ range: Range<Int>, _ text: StaticString) -> Bool {
            guard range.count == text.utf8CodeUnitCount else { return false }
            let q = text.utf8Start
            for j in 0 ..< range.count where p[range.lowerBound + j] != q[j] { return false }
            return true
        }
    }

    /// `<si>` items of `sharedStrings.xml`: the text of their `<t>` elements, leaving
    /// out phonetic runs (`<rPh>`).
    static func sharedStrings(_ data: [UInt8], name: String) throws(TallyError) -> SharedStrings {
        var out = SharedStrings()
        out.bytes.reserveCapacity(data.count / 3)
        var inSI = false, inT = false, phonetic = 0
        try data.withUnsafeBufferPointer { (buf) throws(TallyError) in
            guard let base = buf.baseAddress else { return }
            var sc = Scanner(base, buf.count, name: name + " [xl/sharedStrings.xml]")
            while true {
                switch try sc.next() {
                case .end: return
                case let .open(tag, selfClosing):
                    switch tag {
                    case .si: if selfClosing { out.offsets.append(out.bytes.count) } else { inSI = true }
                    case .t: inT = !selfClosing
                    case .phonetic: if !selfClosing { phonetic += 1 }
                    default: break
                    }
                case let .close(tag):
                    switch tag {
                    case .si: if inSI { out.offsets.append(out.bytes.count) }; inSI = false
                    case .t: inT = false
                    case .phonetic: phonetic = max(0, phonetic - 1)
                    default: break
                    }
                case let .text(start, end, raw):
                    if inSI && inT && phonetic == 0 { try sc.appendText(start, end, raw: raw, to: &out.bytes) }
                }
            }
        }
        return out
    }

    /// One cell's value in ``csv``'s buffer.
    private struct Cell {
        var column: Int32
        var start: Int32
        var count: Int32
    }

    /// The sheet's cells as CSV text, starting at its first non-empty row; also the
    /// offset from a line of that text to the sheet's row number.
    static func csv(_ data: [UInt8], strings: SharedStrings, dateStyles: Set<Int>, date1904: Bool,
                    name: String) throws(TallyError) -> ([UInt8], Int) {
        guard data.count < Int(Int32.max) / 2 else { throw .data("\(name): the worksheet is larger than 1 GiB") }
        var values: [UInt8] = []
        values.reserveCapacity(data.count / 4)
        var cells: [Cell] = []
        var rows: [(number: Int, firstCell: Int)] = []
        var width = 0
        try data.withUnsafeBufferPointer { (buf) throws(TallyError) in
            guard let base = buf.baseAddress else { return }
            var sc = Scanner(base, buf.count, name: name)
            var rowNumber = 0, nextColumn = 0
            var cellColumn = 0, cellStyle = -1
            enum Kind { case number, shared, boolean, isoDate, text }
            var kind = Kind.number
            var valueStart = 0
            var inCell = false, inV = false, inIS = false, inT = false
            func finishCell() throws(TallyError) {
                switch kind {
                case .shared:
                    let digits = values[valueStart...]
                    var index = 0, ok = !digits.isEmpty && digits.count <= 18
                    for d in digits { if d < 0x30 || d > 0x39 { ok = false; break }; index = index * 10 + Int(d - 0x30) }
                    guard ok, index < strings.count else {
                        throw .data("\(name): row \(rowNumber): cell \(columnName(cellColumn))\(rowNumber) points to shared string \(String(decoding: digits, as: UTF8.self)), which does not exist")
                    }
                    values.removeSubrange(valueStart...)
                    values.append(contentsOf: strings.bytes[strings.offsets[index] ..< strings.offsets[index + 1]])
                case .boolean:
                    let one = values.count == valueStart + 1 && values[valueStart] == 0x31
                    values.removeSubrange(valueStart...)
                    values.append(contentsOf: one ? Array("TRUE".utf8) : Array("FALSE".utf8))
                case .isoDate:
                    if values.count > valueStart + 10 { values.removeSubrange((valueStart + 10)...) }
                case .text:
                    break
                case .number:
                    if dateStyles.contains(cellStyle), values.count > valueStart,
                       let serial = Double(String(decoding: values[valueStart...], as: UTF8.self)) {
                        values.removeSubrange(valueStart...)
                        appendDay(excelDayNumber(serial, date1904: date1904), to: &values)
                    }
                }
                if values.count > valueStart {
                    cells.append(Cell(column: Int32(cellColumn), start: Int32(valueStart), count: Int32(values.count - valueStart)))
                    width = max(width, cellColumn + 1)
                }
            }
            while true {
                switch try sc.next() {
                case .end: return
                case let .open(tag, selfClosing):
                    switch tag {
                    case .row:
                        rowNumber = sc.integer(sc.r) ?? rowNumber + 1
                        rows.append((rowNumber, cells.count))
                        nextColumn = 0
                    case .c:
                        cellColumn = sc.r.isEmpty ? nextColumn : (sc.column(sc.r) ?? nextColumn)
                        nextColumn = cellColumn + 1
                        if sc.t.isEmpty || sc.equals(sc.t, "n") { kind = .number }
                        else if sc.equals(sc.t, "s") { kind = .shared }
                        else if sc.equals(sc.t, "b") { kind = .boolean }
                        else if sc.equals(sc.t, "d") { kind = .isoDate }
                        else { kind = .text } // inlineStr, str, e (an error value, kept as written)
                        cellStyle = sc.integer(sc.s) ?? -1
                        valueStart = values.count
                        inCell = !selfClosing
                    case .v: inV = !selfClosing
                    case .inlineString: inIS = !selfClosing
                    case .t: inT = !selfClosing
                    default: break
                    }
                case let .close(tag):
                    switch tag {
                    case .c: if inCell { try finishCell() }; inCell = false
                    case .v: inV = false
                    case .inlineString: inIS = false
                    case .t: inT = false
                    default: break
                    }
                case let .text(start, end, raw):
                    if inCell && (inV || (inIS && inT)) { try sc.appendText(start, end, raw: raw, to: &values) }
                }
            }
        }
        // Rows as read; a row's cells run to the next row's first cell.
        func cellRange(_ k: Int) -> Range<Int> { rows[k].firstCell ..< (k + 1 < rows.count ? rows[k + 1].firstCell : cells.count) }
        guard let first = rows.indices.first(where: { !cellRange($0).isEmpty }) else {
            throw .data("\(name): the worksheet is empty")
        }
        let firstRow = rows[first].number
        var out: [UInt8] = []
        out.reserveCapacity(values.count + cells.count + rows.count * 2)
        var line = 0
        var fields = [Int](repeating: -1, count: width)
        for k in first ..< rows.count {
            let number = rows[k].number
            // Empty rows stay as blank lines, so line n is always row n + offset.
            while line + firstRow < number { out.append(0x0A); line += 1 }
            if number < line + firstRow { continue }
            let range = cellRange(k)
            if range.isEmpty { out.append(0x0A); line += 1; continue }
            for i in fields.indices { fields[i] = -1 }
            for c in range { fields[Int(cells[c].column)] = c }
            for (i, c) in fields.enumerated() {
                if i > 0 { out.append(0x2C) }
                guard c >= 0 else { continue }
                let v = values[Int(cells[c].start) ..< Int(cells[c].start + cells[c].count)]
                if v.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
                    out.append(0x22)
                    for b in v { if b == 0x22 { out.append(0x22) }; out.append(b) }
                    out.append(0x22)
                } else {
                    out.append(contentsOf: v)
                }
            }
            out.append(0x0A)
            line += 1
        }
        return (out, firstRow - 1)
    }

    /// Days since 1970-01-01 of an Excel day serial (the time of day dropped). In the
    /// 1900 system Excel counts a 29 February 1900 that never was, so serials from 61
    /// on are one day ahead of the calendar; the 1904 system (Excel for Mac) counts
    /// from 1904-01-01, 1,462 days later.
    static func excelDayNumber(_ serial: Double, date1904: Bool) -> Int32 {
        let whole = Int(serial.rounded(.down))
        let days = date1904 ? whole - 24107 : (whole >= 61 ? whole - 25569 : whole - 25568)
        return Int32(clamping: days)
    }

    /// `YYYY-MM-DD` of an Excel day serial.
    static func excelDay(_ serial: Double, date1904: Bool) -> String {
        CalendarDay(daysSinceEpoch: excelDayNumber(serial, date1904: date1904)).description
    }

    /// Writes a day as `YYYY-MM-DD` without making a string.
    private static func appendDay(_ days: Int32, to out: inout [UInt8]) {
        let d = CalendarDay(daysSinceEpoch: days)
        let (y, m, dd) = d.components
        guard y >= 0 && y <= 9999 else { out.append(contentsOf: Array(d.description.utf8)); return }
        out.append(UInt8(48 + y / 1000)); out.append(UInt8(48 + y / 100 % 10)); out.append(UInt8(48 + y / 10 % 10)); out.append(UInt8(48 + y % 10))
        out.append(0x2D); out.append(UInt8(48 + m / 10)); out.append(UInt8(48 + m % 10))
        out.append(0x2D); out.append(UInt8(48 + dd / 10)); out.append(UInt8(48 + dd % 10))
    }

    /// `B` → 1, `AA` → 26 (0-based), from a cell reference like `AA12`.
    static func columnIndex(_ ref: String) -> Int? {
        var a = Array(ref.utf8)
        return a.withUnsafeMutableBufferPointer { b in Scanner(b.baseAddress!, b.count, name: "").column(0 ..< b.count) }
    }

    static func columnName(_ index: Int) -> String {
        var n = index + 1
        var s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }
}
