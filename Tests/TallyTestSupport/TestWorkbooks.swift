import Foundation

// Small .xlsx workbooks and .zip archives that tests read (issue 9: one home for shared
// test helpers). Each test target kept its own copy of these builders (readers11–14,
// review46, the export review, the workbook and limit tests, the CLI's coverage tests);
// they differed only in the parts they wrote, so the differences are parameters here.
//
// The archives are written by python3's zipfile (stdlib), not by the ZIPFoundation
// that TallyIO reads with: a reader tested only on archives its own library wrote
// would miss what another zipper does. CI has python3.

/// How a zip member is compressed. Deflate is what Excel and most zippers write; stored
/// is the other method a reader must take; bzip2 and LZMA are ones tally refuses by name.
public enum ZipMethod: String, Sendable {
    case deflated = "ZIP_DEFLATED", stored = "ZIP_STORED", bzip2 = "ZIP_BZIP2", lzma = "ZIP_LZMA"
}

/// One member of a test archive: `head + unit × count + tail`. Most members are just
/// bytes (no unit); the repeated unit lets a limit test write a part of many megabytes
/// that is never held in memory or passed on a command line.
public struct ZipMember: Sendable {
    public var name: String
    public var head: [UInt8]
    public var unit: [UInt8]
    public var count: Int
    public var tail: [UInt8]

    /// A member holding `bytes` (any bytes: UTF-16, invalid UTF-8, another archive).
    public init(_ name: String, _ bytes: [UInt8]) {
        self.init(name, head: bytes, unit: [], count: 0, tail: [])
    }

    /// A member holding `text` as UTF-8.
    public init(_ name: String, _ text: String) { self.init(name, Array(text.utf8)) }

    /// A member holding `head`, then `unit` `count` times, then `tail` (UTF-8).
    public init(_ name: String, head: String, unit: String, count: Int, tail: String) {
        self.init(name, head: Array(head.utf8), unit: Array(unit.utf8), count: count, tail: Array(tail.utf8))
    }

    public init(_ name: String, head: [UInt8], unit: [UInt8], count: Int, tail: [UInt8]) {
        (self.name, self.head, self.unit, self.count, self.tail) = (name, head, unit, count, tail)
    }
}

/// python3 failed to write a test archive (the test cannot go on: its input is missing).
public struct ZipWriterFailed: Error, CustomStringConvertible {
    public let status: Int32
    public var description: String { "python3 zipfile exited with status \(status)" }
}

/// Writes a zip archive at `path` holding `members` in the order given (a reader that
/// ranks members must not depend on it), compressed by `method`, and returns `path`.
/// `zip64` writes every member streamed with zip64 sizes, as a writer of parts too large
/// to hold does; otherwise each is written whole (`writestr`), as most zippers do.
/// The members travel to python3 in a JSON file (base64), never on the command line.
@discardableResult
public func writeZip(_ members: [ZipMember], to path: String, method: ZipMethod = .deflated, zip64: Bool = false) throws -> String {
    let spec = NSTemporaryDirectory() + "tally-zip-" + UUID().uuidString + ".json"
    defer { try? FileManager.default.removeItem(atPath: spec) }
    let list: [[Any]] = members.map {
        [$0.name, Data($0.head).base64EncodedString(), Data($0.unit).base64EncodedString(), $0.count, Data($0.tail).base64EncodedString()]
    }
    FileManager.default.createFile(atPath: spec, contents: try JSONSerialization.data(withJSONObject: list))
    let script = """
    import base64, json, sys, zipfile
    with zipfile.ZipFile(sys.argv[2], "w", getattr(zipfile, sys.argv[3])) as z:
        for name, head, unit, count, tail in json.load(open(sys.argv[1])):
            head, unit, tail = base64.b64decode(head), base64.b64decode(unit), base64.b64decode(tail)
            if sys.argv[4] != "zip64":
                z.writestr(name, head + unit * count + tail)
                continue
            with z.open(name, "w", force_zip64=True) as f:
                f.write(head)
                per, left = max(1, 65536 // max(1, len(unit))), count
                block = unit * per
                while left >= per and unit:
                    f.write(block); left -= per
                f.write(unit * left)
                f.write(tail)
    """
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", script, spec, path, method.rawValue, zip64 ? "zip64" : "whole"]
    try p.run()
    p.waitUntilExit()
    guard p.terminationStatus == 0 else { throw ZipWriterFailed(status: p.terminationStatus) }
    return path
}

/// Writes a zip archive of `members` (name, bytes), deflated, as `name` in a fresh
/// scratch folder, and returns its path.
public func zipFile(_ members: [(String, [UInt8])], name: String) throws -> String {
    try writeZip(members.map { ZipMember($0.0, $0.1) }, to: scratchFolder("zip") + "/" + name)
}

/// The bytes of a zip archive holding `members` (for a test that writes them itself,
/// under a name or in a packaging of its own).
public func zipBytes(_ members: [ZipMember], method: ZipMethod = .deflated) throws -> [UInt8] {
    let dir = scratchFolder("zip")
    return Array(try Data(contentsOf: URL(fileURLWithPath: try writeZip(members, to: dir + "/archive.zip", method: method))))
}

// Cells as a worksheet holds them (`<c …>…</c>`): tests give rows as lists of these, so a
// row can mix text, numbers, dates and deliberately odd cells written by hand.

/// A text cell as an inline string (`t="inlineStr"`), the form script-written workbooks
/// use. The text goes in as given, so a test can put markup or entities in it; `escaped`
/// escapes `&` and `<` and keeps spaces and line breaks (`xml:space="preserve"`), as
/// Excel writes a cell holding them.
public func textCell(_ v: String, escaped: Bool = false) -> String {
    guard escaped else { return "<c t=\"inlineStr\"><is><t>\(v)</t></is></c>" }
    let x = v.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    return "<c t=\"inlineStr\"><is><t xml:space=\"preserve\">\(x)</t></is></c>"
}

/// A number cell (no type: Excel's default), with cell style `style` when given (in the
/// workbooks here style 1 is a date format, so a styled number is a day serial).
public func numberCell(_ v: some CustomStringConvertible, style: Int? = nil) -> String {
    "<c\(style.map { " s=\"\($0)\"" } ?? "")><v>\(v)</v></c>"
}

/// An ISO date cell (`t="d"`, Excel's strict form), with cell style `style` when given.
public func dateCell(_ v: String, style: Int? = nil) -> String {
    "<c t=\"d\"\(style.map { " s=\"\($0)\"" } ?? "")><v>\(v)</v></c>"
}

/// Rows numbered from 1 in the order given (a sheet with no gaps).
public func numberedRows(_ rows: [[String]]) -> [(Int, [String])] {
    rows.enumerated().map { ($0.offset + 1, $0.element) }
}

/// A worksheet part holding `rows`, each `(row number, cells)`: the numbers are what
/// the reader's messages cite, so a test can skip some.
public func worksheetXML(_ rows: [(Int, [String])]) -> String {
    worksheetXML(rows: rows.map { "<row r=\"\($0.0)\">" + $0.1.joined() + "</row>" }.joined())
}

/// A worksheet part holding `rows`, the `<row>` elements as written (for a row a
/// spreadsheet would never write).
public func worksheetXML(rows: String) -> String {
    "<?xml version=\"1.0\"?><worksheet xmlns=\"urn:x\"><sheetData>" + rows + "</sheetData></worksheet>"
}

/// The styles part the date tests use: style 1 is Excel's short date (numFmtId 14).
public let shortDateStyles = "<styleSheet><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>"

/// The parts of a workbook of `sheets` (name, worksheet XML), in order: the workbook,
/// its relationships (sheet k is `xl/worksheets/sheetk.xml`), `styles` as
/// xl/styles.xml when given, and a `[Content_Types].xml` when `contentTypes` (tally
/// does not need it; Excel writes it). The least a reader must take as a workbook.
public func workbookParts(_ sheets: [(name: String, xml: String)], styles: String? = nil, contentTypes: Bool = false) -> [ZipMember] {
    var parts: [ZipMember] = []
    if contentTypes {
        parts.append(ZipMember("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"))
    }
    parts.append(ZipMember("xl/workbook.xml", "<workbook xmlns:r=\"urn:r\"><sheets>"
        + sheets.enumerated().map { "<sheet name=\"\($0.element.name)\" sheetId=\"\($0.offset + 1)\" r:id=\"rId\($0.offset + 1)\"/>" }.joined()
        + "</sheets></workbook>"))
    parts.append(ZipMember("xl/_rels/workbook.xml.rels", "<Relationships>"
        + sheets.indices.map { "<Relationship Id=\"rId\($0 + 1)\" Target=\"worksheets/sheet\($0 + 1).xml\"/>" }.joined()
        + "</Relationships>"))
    if let styles { parts.append(ZipMember("xl/styles.xml", styles)) }
    for (k, sheet) in sheets.enumerated() { parts.append(ZipMember("xl/worksheets/sheet\(k + 1).xml", sheet.xml)) }
    return parts
}

/// Writes a workbook of `sheets` (name, worksheet XML) at `path` (see `workbookParts`)
/// and returns `path`.
@discardableResult
public func writeWorkbook(_ sheets: [(name: String, xml: String)], styles: String? = nil, contentTypes: Bool = false, to path: String) throws -> String {
    try writeZip(workbookParts(sheets, styles: styles, contentTypes: contentTypes), to: path)
}

/// Writes a workbook of `sheets`, each a name and its rows of cells by row number, as
/// `name` in a fresh scratch folder, and returns its path.
public func workbookFile(_ sheets: [(String, [(Int, [String])])], name: String) throws -> String {
    try writeWorkbook(sheets.map { (name: $0.0, xml: worksheetXML($0.1)) }, to: scratchFolder("workbook") + "/" + name)
}
