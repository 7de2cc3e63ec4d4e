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
        func part(_ path: String) throws(TallyError) -> Data? {
            guard let entry = archive[path] else { return nil }
            var data = Data()
            do {
                _ = try archive.extract(entry, bufferSize: 1 << 16) { data.append($0) }
            } catch {
                throw .data("\(name): cannot unpack \(path) (\(error)); the workbook may be damaged")
            }
            return data
        }
        guard let workbookData = try part("xl/workbook.xml") else { throw .data("\(name): no xl/workbook.xml: not an Excel workbook") }
        let workbook = XMLHash.config { $0.shouldProcessNamespaces = true }.parse(workbookData)
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
            let doc = XMLHash.config { $0.shouldProcessNamespaces = true }.parse(rels)
            for r in doc["Relationships"]["Relationship"].all {
                guard let el = r.element, el.attribute(by: "Id")?.text == chosen.rid, let t = el.attribute(by: "Target")?.text else { continue }
                target = t.hasPrefix("/") ? String(t.dropFirst()) : "xl/" + t
            }
        }
        guard let sheetData = try part(target) else {
            throw .data("\(name): worksheet \"\(chosen.name)\" (\(target)) is missing from the workbook")
        }
        let dateStyles = try part("xl/styles.xml").map(dateStyleIndexes) ?? []
        let strings = try part("xl/sharedStrings.xml").map { (d) throws(TallyError) -> [String] in
            try SheetXML.sharedStrings(d, name: name)
        } ?? []
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

/// A one-pass scanner for the two large SpreadsheetML parts. It knows only what they
/// hold: elements (with any namespace prefix), attributes in quotes, text with the
/// five named entities and numeric character references, CDATA, comments and
/// processing instructions.
enum SheetXML {
    /// `<si>` items of `sharedStrings.xml`: the text of their `<t>` elements, leaving
    /// out phonetic runs (`<rPh>`).
    static func sharedStrings(_ data: Data, name: String) throws(TallyError) -> [String] {
        var out: [String] = []
        var current: [UInt8] = []
        var inSI = false, inT = false, inPhonetic = 0
        try scan(data, name: name + " [xl/sharedStrings.xml]") { event in
            switch event {
            case let .open(tag, _, selfClosing):
                switch tag {
                case "si": if !selfClosing { inSI = true; current.removeAll(keepingCapacity: true) } else { out.append("") }
                case "t": inT = !selfClosing
                case "rPh": if !selfClosing { inPhonetic += 1 }
                default: break
                }
            case let .close(tag):
                switch tag {
                case "si": inSI = false; out.append(String(decoding: current, as: UTF8.self))
                case "t": inT = false
                case "rPh": inPhonetic -= 1
                default: break
                }
            case let .text(bytes):
                if inSI && inT && inPhonetic == 0 { current.append(contentsOf: bytes) }
            }
        }
        return out
    }

    /// The sheet's cells as CSV text, starting at its first non-empty row; also the
    /// offset from a line of that text to the sheet's row number.
    static func csv(_ data: Data, strings: [String], dateStyles: Set<Int>, date1904: Bool,
                    name: String) throws(TallyError) -> ([UInt8], Int) {
        var rows: [(Int, [(Int, [UInt8])])] = []
        var row: [(Int, [UInt8])] = []
        var rowNumber = 0
        var nextColumn = 0
        var cellColumn = 0, cellType = "", cellStyle = -1
        var value: [UInt8] = []
        var inV = false, inT = false, inIS = false, inCell = false
        var width = 0
        func finishCell() throws(TallyError) {
            var text = value
            switch cellType {
            case "s":
                guard let i = Int(String(decoding: value, as: UTF8.self)), i >= 0, i < strings.count else {
                    throw .data("\(name): row \(rowNumber): cell \(columnName(cellColumn))\(rowNumber) points to shared string \(String(decoding: value, as: UTF8.self)), which does not exist")
                }
                text = Array(strings[i].utf8)
            case "b":
                text = Array((value == [0x31] ? "TRUE" : "FALSE").utf8)
            case "d":
                text = Array(value.prefix(10))
            case "inlineStr", "str", "e":
                break
            default:
                if dateStyles.contains(cellStyle), let serial = Double(String(decoding: value, as: UTF8.self)) {
                    text = Array(excelDay(serial, date1904: date1904).utf8)
                }
            }
            if !text.isEmpty {
                row.append((cellColumn, text))
                width = max(width, cellColumn + 1)
            }
        }
        try scan(data, name: name) { (event) throws(TallyError) in
            switch event {
            case let .open(tag, attributes, selfClosing):
                switch tag {
                case "row":
                    rowNumber = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
                    row = []
                    nextColumn = 0
                    if selfClosing { rows.append((rowNumber, [])) }
                case "c":
                    cellColumn = attributes["r"].flatMap(columnIndex) ?? nextColumn
                    nextColumn = cellColumn + 1
                    cellType = attributes["t"] ?? "n"
                    cellStyle = attributes["s"].flatMap { Int($0) } ?? -1
                    value.removeAll(keepingCapacity: true)
                    inCell = !selfClosing
                case "v": inV = !selfClosing
                case "is": inIS = !selfClosing
                case "t": inT = !selfClosing
                default: break
                }
            case let .close(tag):
                switch tag {
                case "row": rows.append((rowNumber, row)); row = []
                case "c": if inCell { try finishCell() }; inCell = false
                case "v": inV = false
                case "is": inIS = false
                case "t": inT = false
                default: break
                }
            case let .text(bytes):
                if inCell && (inV || (inIS && inT)) { value.append(contentsOf: bytes) }
            }
        }
        guard let first = rows.firstIndex(where: { !$0.1.isEmpty }) else {
            throw .data("\(name): the worksheet is empty")
        }
        let firstRow = rows[first].0
        var out: [UInt8] = []
        var line = 0
        var fields = [[UInt8]](repeating: [], count: width)
        for (number, cells) in rows[first...] {
            // Empty rows stay as blank lines, so line n is always row n + offset.
            while line + firstRow < number { out.append(0x0A); line += 1 }
            if number < line + firstRow { continue }
            for i in fields.indices { fields[i].removeAll(keepingCapacity: true) }
            for (c, t) in cells { fields[c] = t }
            if cells.isEmpty { out.append(0x0A); line += 1; continue }
            for (i, f) in fields.enumerated() {
                if i > 0 { out.append(0x2C) }
                if f.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
                    out.append(0x22)
                    for b in f { if b == 0x22 { out.append(0x22) }; out.append(b) }
                    out.append(0x22)
                } else {
                    out.append(contentsOf: f)
                }
            }
            out.append(0x0A)
            line += 1
        }
        return (out, firstRow - 1)
    }

    /// `YYYY-MM-DD` of an Excel day serial (the time of day dropped). In the 1900
    /// system Excel counts a 29 February 1900 that never was, so serials from 61 on
    /// are one day ahead of the calendar.
    static func excelDay(_ serial: Double, date1904: Bool) -> String {
        let whole = Int(serial.rounded(.down))
        let days: Int
        if date1904 {
            days = whole - 24107
        } else {
            days = whole >= 61 ? whole - 25569 : whole - 25568
        }
        return CalendarDay(daysSinceEpoch: Int32(clamping: days)).description
    }

    /// `B` → 1, `AA` → 26 (0-based), from a cell reference like `AA12`.
    static func columnIndex(_ ref: String) -> Int? {
        var n = 0
        var letters = 0
        for u in ref.utf8 {
            if u >= 0x41 && u <= 0x5A { n = n * 26 + Int(u - 0x40); letters += 1 } else if u >= 0x61 && u <= 0x7A {
                n = n * 26 + Int(u - 0x60); letters += 1
            } else { break }
        }
        return letters > 0 && letters <= 3 ? n - 1 : nil
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

    enum Event {
        case open(String, [String: String], selfClosing: Bool)
        case close(String)
        case text([UInt8])
    }

    /// Calls `handle` for each element start, end and run of text (entities decoded).
    static func scan(_ data: Data, name: String, _ handle: (Event) throws(TallyError) -> Void) throws(TallyError) {
        let bytes = [UInt8](data)
        let n = bytes.count
        var i = 0
        func fail(_ what: String) -> TallyError { .data("\(name): malformed XML (\(what)) at byte \(i); the workbook may be damaged") }
        func localName(_ s: ArraySlice<UInt8>) -> String {
            let str = String(decoding: s, as: UTF8.self)
            if let colon = str.lastIndex(of: ":") { return String(str[str.index(after: colon)...]) }
            return str
        }
        while i < n {
            if bytes[i] != 0x3C {
                let start = i
                while i < n && bytes[i] != 0x3C { i += 1 }
                try handle(.text(try decodeEntities(bytes[start ..< i], fail)))
                continue
            }
            // '<'
            if i + 1 < n && bytes[i + 1] == 0x3F { // <? … ?>
                guard let end = find(bytes, [0x3F, 0x3E], from: i + 2) else { throw fail("an unclosed <?") }
                i = end + 2
                continue
            }
            if i + 3 < n && bytes[i + 1] == 0x21 && bytes[i + 2] == 0x2D && bytes[i + 3] == 0x2D { // <!-- -->
                guard let end = find(bytes, [0x2D, 0x2D, 0x3E], from: i + 4) else { throw fail("an unclosed comment") }
                i = end + 3
                continue
            }
            if i + 8 < n && bytes[i + 1] == 0x21 && bytes[i + 2] == 0x5B { // <![CDATA[ … ]]>
                guard let end = find(bytes, [0x5D, 0x5D, 0x3E], from: i + 9) else { throw fail("an unclosed CDATA section") }
                try handle(.text(Array(bytes[(i + 9) ..< end])))
                i = end + 3
                continue
            }
            if i + 1 < n && bytes[i + 1] == 0x21 { // <!DOCTYPE …>
                guard let end = find(bytes, [0x3E], from: i + 2) else { throw fail("an unclosed declaration") }
                i = end + 1
                continue
            }
            if i + 1 < n && bytes[i + 1] == 0x2F { // </name>
                guard let end = find(bytes, [0x3E], from: i + 2) else { throw fail("an unclosed end tag") }
                var e = end
                while e > i + 2 && (bytes[e - 1] == 0x20 || bytes[e - 1] == 0x0A || bytes[e - 1] == 0x0D || bytes[e - 1] == 0x09) { e -= 1 }
                try handle(.close(localName(bytes[(i + 2) ..< e])))
                i = end + 1
                continue
            }
            // <name attr="v" …> or />
            var k = i + 1
            while k < n && !isSpace(bytes[k]) && bytes[k] != 0x3E && bytes[k] != 0x2F { k += 1 }
            let tag = localName(bytes[(i + 1) ..< k])
            var attributes: [String: String] = [:]
            var selfClosing = false
            while true {
                while k < n && isSpace(bytes[k]) { k += 1 }
                guard k < n else { throw fail("an unclosed tag <\(tag)") }
                if bytes[k] == 0x3E { k += 1; break }
                if bytes[k] == 0x2F {
                    guard k + 1 < n && bytes[k + 1] == 0x3E else { throw fail("'/' inside a tag") }
                    selfClosing = true
                    k += 2
                    break
                }
                let nameStart = k
                while k < n && bytes[k] != 0x3D && !isSpace(bytes[k]) && bytes[k] != 0x3E { k += 1 }
                let attrName = localName(bytes[nameStart ..< k])
                while k < n && isSpace(bytes[k]) { k += 1 }
                guard k < n && bytes[k] == 0x3D else { throw fail("an attribute without a value in <\(tag)") }
                k += 1
                while k < n && isSpace(bytes[k]) { k += 1 }
                guard k < n && (bytes[k] == 0x22 || bytes[k] == 0x27) else { throw fail("an unquoted attribute in <\(tag)") }
                let quote = bytes[k]
                k += 1
                let valueStart = k
                while k < n && bytes[k] != quote { k += 1 }
                guard k < n else { throw fail("an unclosed attribute value in <\(tag)") }
                if tag == "c" || tag == "row" {
                    // Only these attributes are read by the sheet scanner.
                    if attrName == "r" || attrName == "t" || attrName == "s" {
                        attributes[attrName] = String(decoding: try decodeEntities(bytes[valueStart ..< k], fail), as: UTF8.self)
                    }
                }
                k += 1
            }
            try handle(.open(tag, attributes, selfClosing: selfClosing))
            if selfClosing { try handle(.close(tag)) }
            i = k
        }
    }

    @inline(__always)
    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    private static func find(_ bytes: [UInt8], _ pattern: [UInt8], from: Int) -> Int? {
        var i = from
        while i + pattern.count <= bytes.count {
            if bytes[i] == pattern[0] {
                var ok = true
                for k in 1 ..< pattern.count where bytes[i + k] != pattern[k] { ok = false; break }
                if ok { return i }
            }
            i += 1
        }
        return nil
    }

    private static func decodeEntities(_ s: ArraySlice<UInt8>, _ fail: (String) -> TallyError) throws(TallyError) -> [UInt8] {
        guard s.contains(0x26) else { return Array(s) }
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var i = s.startIndex
        while i < s.endIndex {
            let b = s[i]
            if b != 0x26 { out.append(b); i += 1; continue }
            guard let semi = s[i...].firstIndex(of: 0x3B), semi - i <= 12 else { throw fail("a '&' that starts no entity") }
            let entity = String(decoding: s[(i + 1) ..< semi], as: UTF8.self)
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
            i = semi + 1
        }
        return out
    }
}
