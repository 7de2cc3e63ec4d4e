import Foundation
import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// What an `.xlsx` may hold (issue 11 item 1, issue 9 item 13): every part is bounded as
/// it is inflated, so a small workbook that inflates to gigabytes, or a part that holds
/// more than a spreadsheet ever writes, is refused early with a message that says what
/// to do (README, "Memory and the limits that bound it"). `bench/hostile/xlsx_limits.py`
/// runs the same abuse through the binary and measures time and peak RSS.
@Suite struct XLSXLimitTests {
    static let sheetHead = "<?xml version=\"1.0\"?><worksheet xmlns=\"urn:x\"><sheetData>"
        + "<row r=\"1\">" + ["id", "date_start", "country", "measure", "best"].map { textCell($0) }.joined() + "</row>"
        + "<row r=\"2\">" + [numberCell(1), textCell("2020-01-01"), textCell("A"), textCell("killed"), numberCell(3)].joined() + "</row>"
    static let sheetTail = "</sheetData></worksheet>"

    /// A workbook whose parts are `head + unit × count + tail` (the usual parts of one
    /// sheet unless given), streamed with zip64 sizes so parts of many megabytes never
    /// sit in memory.
    func workbook(_ parts: [String: (head: String, unit: String, count: Int, tail: String)], stored: Bool = false) throws -> String {
        func member(_ name: String, _ p: (head: String, unit: String, count: Int, tail: String)) -> ZipMember {
            ZipMember(name, head: p.head, unit: p.unit, count: p.count, tail: p.tail)
        }
        let usual = workbookParts([(name: "Events", xml: Self.sheetHead + Self.sheetTail)])
        let members = usual.map { u in parts[u.name].map { member(u.name, $0) } ?? u }
            + parts.filter { p in !usual.contains { $0.name == p.key } }.sorted { $0.key < $1.key }.map { member($0.key, $0.value) }
        return try writeZip(members, to: scratchDirectory() + "/w.xlsx", method: stored ? .stored : .deflated, zip64: true)
    }

    @Test func aWellFormedWorkbookStillReads() throws {
        let o = try read([try workbook([:])], by: [.country])
        #expect(csvText(o.result).contains("A,all,killed,3,3,3,1,3"))
    }

    /// The issue's case: a small workbook whose shared strings inflate to 64 MB. Refused
    /// from the sizes the archive declares, before a byte is inflated.
    @Test func sharedStringsThatInflateAThousandfoldAreRefusedBeforeInflating() throws {
        let si = "<si><t>" + String(repeating: "x", count: 52) + "</t></si>"
        let w = try workbook(["xl/sharedStrings.xml": ("<sst>", si, (64 << 20) / si.utf8.count, "</sst>")])
        let packed = try FileManager.default.attributesOfItem(atPath: w)[.size] as? Int ?? 0
        #expect(packed < 400_000)
        let e = errorOf { _ = try read([w]) }
        #expect(e?.exitCode == 65)
        #expect(e?.message.hasPrefix(w + ": xl/sharedStrings.xml inflates to more than 100 times its packed size (") == true, "\(e?.message ?? "")")
        #expect(e?.message.contains("a zip bomb or a damaged workbook; if the data is real, save the sheet as CSV") == true)
    }

    /// 1 GB of spaces in the sheet, packed a thousandfold.
    @Test func aSheetThatInflatesAThousandfoldIsRefused() throws {
        let w = try workbook(["xl/worksheets/sheet1.xml": (Self.sheetHead, String(repeating: " ", count: 1024), 1 << 20, Self.sheetTail)])
        let e = errorOf { _ = try read([w]) }
        #expect(e?.exitCode == 65)
        #expect(e?.message.contains("xl/worksheets/sheet1.xml inflates to more than 100 times its packed size") == true, "\(e?.message ?? "")")
    }

    /// The ratio is measured on the bytes inflated too, for an archive whose declared
    /// sizes lie: a reader that trusts the declaration would inflate it all.
    @Test func theRatioIsCheckedOnTheBytesInflated() throws {
        let w = try workbook(["xl/worksheets/sheet1.xml": (Self.sheetHead, String(repeating: " ", count: 1024), 64 << 10, Self.sheetTail)])
        // Patch the declared size (central directory and local header) down to 1 KiB.
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: w)))
        let name = Array("xl/worksheets/sheet1.xml".utf8)
        var patched = 0
        for k in 0 ..< bytes.count - 46 {
            let central = bytes[k] == 0x50 && bytes[k + 1] == 0x4B && bytes[k + 2] == 1 && bytes[k + 3] == 2
            let local = bytes[k] == 0x50 && bytes[k + 1] == 0x4B && bytes[k + 2] == 3 && bytes[k + 3] == 4
            guard central || local else { continue }
            let nameAt = central ? k + 46 : k + 30
            let sizeAt = central ? k + 24 : k + 22
            guard nameAt + name.count <= bytes.count, Array(bytes[nameAt ..< nameAt + name.count]) == name else { continue }
            // zip64: the 32-bit field is 0xFFFFFFFF and the size is in the extra field; only plain entries are patched.
            guard bytes[sizeAt ..< sizeAt + 4].contains(where: { $0 != 0xFF }) else { continue }
            bytes.replaceSubrange(sizeAt ..< sizeAt + 4, with: [0, 4, 0, 0])
            patched += 1
        }
        let lying = writeBytes(bytes, name: "lying.xlsx")
        if let e = errorOf({ _ = try read([lying]) }) {
            #expect(e.exitCode == 65)
            // Either the archive reader refuses the lie, or the inflated bytes are counted.
            #expect(e.message.contains("inflates to more than 100 times") || e.message.contains("damaged"), "\(e.message), patched \(patched)")
        } else {
            Issue.record("a 64 MiB sheet declared as 1 KiB was read")
        }
    }

    @Test func aSmallPartLargerThan8MiBIsRefused() throws {
        let w = try workbook(["xl/styles.xml": ("<styleSheet>", String(repeating: " ", count: 1024), 9 << 10, "</styleSheet>")], stored: true)
        let e = errorOf { _ = try read([w]) }
        #expect(e?.message == w + ": xl/styles.xml is larger than 8 MiB unpacked (Excel writes a few kilobytes): a damaged workbook or a zip bomb; if the data is real, save the sheet as CSV (Excel: File > Save As > CSV UTF-8), which tally streams")
    }

    /// styles.xml nested 100,000 deep crashed the tree parser (signal 11).
    @Test func aDeeplyNestedSmallPartIsRefusedBeforeItIsParsed() throws {
        let w = try workbook(["xl/styles.xml": ("<styleSheet>" + String(repeating: "<a>", count: 100_000), "", 0, String(repeating: "</a>", count: 100_000) + "</styleSheet>")])
        let e = errorOf { _ = try read([w]) }
        #expect(e?.exitCode == 65)
        #expect(e?.message.contains("xl/styles.xml nests its XML more than 64 levels deep") == true, "\(e?.message ?? "")")
        #expect(try SheetXML.depth(Data("<a><b/><c><d></d></c></a>".utf8), name: "t", limit: 64) == 3)
        // Exactly at the limit is read.
        let deep = "<styleSheet>" + String(repeating: "<a>", count: 63) + String(repeating: "</a>", count: 63) + "</styleSheet>"
        #expect(try SheetXML.depth(Data(deep.utf8), name: "t", limit: 64) == 64)
        #expect(try read([try workbook(["xl/styles.xml": (deep, "", 0, "")])], by: [.country]).result.rows.count == 1)
    }

    /// The limits on what the shared strings hold, with nothing to inflate (stored).
    @Test func oneSharedStringIsAtMost16MiB() throws {
        let sst = Array(("<sst><si><t>" + String(repeating: "a", count: (16 << 20) + 1) + "</t></si></sst>").utf8)
        let e = errorOf { _ = try SheetXML.sharedStrings(sst, name: "t") }
        #expect(e?.message.hasPrefix("t [xl/sharedStrings.xml]: shared string 1 is longer than 16 MiB (Excel holds at most 32,767 characters in a cell)") == true, "\(e?.message ?? "")")
        // 16 MiB exactly is read.
        let ok = Array(("<sst><si><t>" + String(repeating: "a", count: 16 << 20) + "</t></si></sst>").utf8)
        #expect(try SheetXML.sharedStrings(ok, name: "t").string(0).utf8.count == 16 << 20)
    }

    @Test func theSharedStringsCountIsBounded() throws {
        let n = XLSXLimits.sharedStringCount
        var sst = Array("<sst>".utf8)
        sst.reserveCapacity(5 * n + 20)
        for _ in 0 ..< n { sst.append(contentsOf: [0x3C, 0x73, 0x69, 0x2F, 0x3E]) } // <si/>
        let atLimit = sst + Array("</sst>".utf8)
        #expect(try SheetXML.sharedStrings(atLimit, name: "t").count == n)
        let past = sst + Array("<si/></sst>".utf8)
        let e = errorOf { _ = try SheetXML.sharedStrings(past, name: "t") }
        #expect(e?.message.hasPrefix("t [xl/sharedStrings.xml]: more than 8,388,608 shared strings") == true, "\(e?.message ?? "")")
    }

    @Test func theSharedStringsTextIsBounded() throws {
        // 9 strings of 15 MiB: 135 MiB of text, past 128 MiB.
        let one = "<si><t>" + String(repeating: "b", count: 15 << 20) + "</t></si>"
        let sst = Array(("<sst>" + String(repeating: one, count: 9) + "</sst>").utf8)
        let e = errorOf { _ = try SheetXML.sharedStrings(sst, name: "t") }
        #expect(e?.message.hasPrefix("t [xl/sharedStrings.xml]: the shared strings hold more than 128 MiB of text") == true, "\(e?.message ?? "")")
    }

    func sheet(_ body: String) throws(TallyError) -> String {
        let (csv, _) = try SheetXML.csv(Array((Self.sheetHead + body + Self.sheetTail).utf8), strings: SharedStrings(),
                                        dateStyles: [], date1904: false, name: "t")
        return String(decoding: csv, as: UTF8.self)
    }

    /// A cell (or a row of cells) past the 16 MiB record limit, whole or in CDATA pieces.
    @Test func aRowIsAtMostOneRecord() throws {
        let big = String(repeating: "c", count: (16 << 20) + 1)
        let message = "t: row 3 is longer than 16 MiB as text (the limit on one record; Excel holds at most 32,767 characters a cell); if the data is real, save the sheet as CSV (Excel: File > Save As > CSV UTF-8), which tally streams"
        #expect(errorOf { _ = try sheet("<row r=\"3\"><c t=\"inlineStr\"><is><t>\(big)</t></is></c></row>") }?.message == message)
        let cdata = String(repeating: "<![CDATA[" + String(repeating: "d", count: 1 << 20) + "]]>", count: 17)
        #expect(errorOf { _ = try sheet("<row r=\"3\"><c t=\"inlineStr\"><is><t>\(cdata)</t></is></c></row>") }?.message == message)
        // Many cells, each small, whose CSV line (commas, quotes) passes the limit.
        let cell = "<c t=\"inlineStr\"><is><t>" + String(repeating: "\"", count: 1 << 10) + "</t></is></c>"
        #expect(errorOf { _ = try sheet("<row r=\"3\">" + String(repeating: cell, count: 9_000) + "</row>") }?.message == message)
    }

    @Test func cellsAndRowsStayInsideExcelsGrid() throws {
        let wide = errorOf { _ = try sheet("<row r=\"3\">" + String(repeating: "<c><v>1</v></c>", count: 16_385) + "</row>") }
        #expect(wide?.message.hasPrefix("t: row 3 has a cell past Excel's last column (XFD, 16,384 columns)") == true, "\(wide?.message ?? "")")
        // 16,384 columns are read.
        #expect(try sheet("<row r=\"3\">" + String(repeating: "<c><v>1</v></c>", count: 16_384) + "</row>").hasSuffix(",1,1\n"))
        let zzz = errorOf { _ = try sheet("<row r=\"3\"><c r=\"ZZZ3\"><v>1</v></c></row>") }
        #expect(zzz?.message.hasPrefix("t: row 3 has a cell past Excel's last column") == true)
        // The same column a million times in one row.
        let same = errorOf { _ = try sheet("<row r=\"3\">" + String(repeating: "<c r=\"A3\"><v>1</v></c>", count: 20_000) + "</row>") }
        #expect(same?.message.hasPrefix("t: row 3 has a cell past Excel's last column") == true)
        // A row numbered past Excel's last row would be preceded by billions of blank lines.
        let far = errorOf { _ = try sheet("<row r=\"100000000000\"><c><v>1</v></c></row>") }
        #expect(far?.message.hasPrefix("t: row 100000000000 is past Excel's last row (1,048,576)") == true, "\(far?.message ?? "")")
        #expect(try sheet("<row r=\"1048576\"><c><v>1</v></c></row>").hasSuffix("\n1,,,,\n"))
    }

    /// A tag or comment of 100 MB waits whole for its end: refused at 16 MiB.
    @Test func oneTagOrCommentIsAtMost16MiB() throws {
        let long = String(repeating: "e", count: 17 << 20)
        for body in ["<row r=\"3\" x=\"\(long)\"/>", "<!--\(long)-->", "<?pi \(long)?>"] {
            let e = errorOf { _ = try sheet(body) }
            #expect(e?.message.hasPrefix("t: an XML tag, comment or CDATA section longer than 16 MiB at byte ") == true, "\(e?.message ?? "")")
        }
    }

    /// Text between tags is handed over as it comes: 40 MiB of spaces between rows, or
    /// one long cell, never waits whole (before: 1 GB of spaces took 2 GB of memory).
    @Test func longTextNeverWaitsWhole() throws {
        let xml = Array((Self.sheetHead + String(repeating: " ", count: 40 << 20) + Self.sheetTail).utf8)
        let csv = SheetXML.SheetCSV(strings: SharedStrings(), dateStyles: [], date1904: false, name: "t")
        var reader = SheetXML.PartReader(name: "t")
        try feedIn64KiBPieces(xml, &reader, csv)
        #expect(String(decoding: try csv.finish().0, as: UTF8.self) == "id,date_start,country,measure,best\n1,2020-01-01,A,killed,3\n")
        #expect(reader.largestPending < 1 << 20, "\(reader.largestPending) bytes waited")
        // An entity cut where a scan ends (the first scan takes the first 1 MiB) is
        // decoded whole, wherever the cut falls in it.
        for back in 1 ... 8 {
            let head = "<sst><si><t>"
            let before = String(repeating: "a", count: (1 << 20) - head.utf8.count - back)
            let text = before + "&#x41;&amp;" + String(repeating: "z", count: 100)
            let s = try SheetXML.sharedStrings(Array((head + text + "</t></si></sst>").utf8), name: "t")
            #expect(s.string(0) == before + "A&" + String(repeating: "z", count: 100), "cut \(back) bytes into the entities")
        }
    }
}
