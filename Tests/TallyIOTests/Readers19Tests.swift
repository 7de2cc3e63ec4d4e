import Foundation
import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// readers19 (issue 11): real exports read as published. A note row of text cells
/// ("Checked | by | desk") between a table's header and its records hid records whose
/// date is a spreadsheet's date number (read past in silence); a note above or among
/// the records of the sheet read is named as one.
private func r19Killed(_ o: IngestOutcome) -> Int64 {
    o.result.rows.filter { $0.measure == "killed" }.map(\.estimate.best).reduce(0, +)
}

private let r19Columns = "event_id_cnty,event_date,year,event_type,country,admin1,fatalities".split(separator: ",").map(String.init)
private let r19Header = r19Columns.map { textCell($0) }

/// Sheet1: three ACLED records of 10 killed (30), then the later sheets.
private func r19Workbook(_ later: [(String, [[String]])], name: String) throws -> String {
    let one = [r19Header] + (2 ... 4).map { [textCell("SYR\($0)"), textCell("2021-05-08"), numberCell(2021), textCell("Battles"), textCell("Syria"), textCell("Aleppo"), numberCell(10)] }
    let sheets = [("Sheet1", one)] + later
    return try writeWorkbook(sheets.map { s in (name: s.0, xml: worksheetXML(s.1.enumerated().map { ($0.offset + 1, $0.element) })) },
                             styles: shortDateStyles, to: scratchFolder("workbook19") + "/" + name)
}

private func r19File(_ name: String, _ text: String) throws -> String {
    let path = scratchFolder("readers19") + "/" + name
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

private let note = [textCell("Checked"), textCell("by"), textCell("desk")]
private let serial = numberCell(44355)
private func cells(_ names: String...) -> [String] { names.map { textCell($0) } }

@Suite struct Readers19NoteRowUnderAHeader {
    @Test func aNoteRowUnderTheHeaderNoLongerHidesRecordsOfDateNumbers() throws {
        let records = Array(repeating: [serial, textCell("Syria"), numberCell(10)], count: 3)
        let sheets: [(String, [[String]])] = [
            ("between", [cells("Date", "Country", "Deaths"), note] + records),
            ("dayLast", [cells("Country", "Deaths", "Day"), note] + Array(repeating: [textCell("Syria"), numberCell(10), serial], count: 3)),
            // A second note that names a column by chance ("Source") does not hide the header above.
            ("twoNotes", [cells("Date", "Country", "Deaths"), note, cells("Source", "ACLED", "export")] + records),
            ("around", [note, cells("Date", "Country", "Deaths"), note] + records),
            ("blankRows", [cells("Date", "Country", "Deaths"), [], note, []] + records),
            ("wideNote", [cells("Date", "Country", "Deaths"), cells("Checked", "by", "the", "desk")] + records),
            ("textNumbers", [cells("Date", "Country", "Deaths"), note] + Array(repeating: [textCell("44355"), textCell("Syria"), numberCell(10)], count: 3)),
            // A note alone above headerless records is no header: the number's place decides.
            ("noteOnly", [note] + records),
        ]
        for (name, sheet) in sheets {
            let f = try r19Workbook([("Sheet2", sheet)], name: name + ".xlsx")
            let e = errorOf { _ = try read([f], by: [.country]) }
            #expect(e?.exitCode == 65, "\(name)")
            let m = e?.message ?? "(read)"
            #expect(m.hasPrefix("\(f): sheet \"Sheet2\" has no header tally reads, and its row "), "\(name): \(m)")
            #expect(m.contains("holds a spreadsheet's date number (\"44355\": 2021-06-08"), "\(name): \(m)")
            #expect(m.contains("Give --sheet Sheet1 to read that sheet alone, or remove sheet \"Sheet2\" from the workbook"), "\(name): \(m)")
            var one = InputOptions()
            one.sheet = "Sheet1"
            #expect(r19Killed(try read([f], by: [.country], input: one)) == 30, "\(name)")
        }
    }

    @Test func summariesUnderARealHeaderStillReadWithANoteBelowIt() throws {
        let sheets: [(String, [[String]])] = [
            ("totals", [cells("Country", "Events", "Fatalities"), note, [textCell("Syria"), numberCell(40000), numberCell(110000)]]),
            ("totalsNoteAbove", [note, cells("Country", "Events", "Fatalities"), [textCell("Syria"), numberCell(40000), numberCell(110000)]]),
            ("lookup", [cells("Code", "Country", "Population"), note] + (0 ..< 3).map { [numberCell(44355 + $0), textCell("Syria"), numberCell(10)] }),
            ("events", [cells("Country", "Events", "Deaths"), note, [textCell("Syria"), serial, numberCell(10)]]),
            ("french", [cells("Pays", "Événements", "Morts"), [textCell("Syrie"), numberCell(40000), numberCell(110000)]]),
            ("spanish", [cells("País", "Eventos", "Muertos"), [textCell("Siria"), numberCell(40000), numberCell(110000)]]),
            ("arabic", [cells("البلد", "الأحداث", "القتلى"), [textCell("سوريا"), numberCell(40000), numberCell(110000)]]),
        ]
        for (name, sheet) in sheets {
            let f = try r19Workbook([("Sheet2", sheet)], name: "summary-\(name).xlsx")
            #expect(r19Killed(try read([f], by: [.country])) == 30, "\(name)")
        }
    }

    @Test func aNoteRowAboveOrAmongTheRecordsReadIsNamedAsANote() throws {
        let header = r19Columns.joined(separator: ",")
        let record = "SYR1,2021-06-08,2021,Battles,Syria,Aleppo,10"
        // Above the header: the header's line is found and the note named.
        let above = try r19File("above.csv", "Checked,by,desk\n\(header)\n\(record)\n")
        let a = errorOf { _ = try read([above], by: [.country]) }
        #expect(a?.exitCode == 65)
        #expect(a?.message.hasSuffix("; line 2 holds ACLED's header (event_id_cnty,event_date,year,…): the line above it is a note; delete it so that the header "
            + "is the first line (in a workbook, delete the rows above the header)") == true, "\(a?.message ?? "(read)")")
        // Under it: the row is named as a note, in a CSV and in a workbook.
        let hint = "; this row holds text alone (\"Checked\", \"by\", \"desk\"), no date and no figure: a note written among the records, not a record; "
            + "delete it (in a workbook, delete the row: notes belong in a sheet of their own)"
        let under = try r19File("under.csv", "\(header)\nChecked,by,desk\n\(record)\n")
        let u = errorOf { _ = try read([under], by: [.country]) }
        #expect(u?.message == "\(under):2: expected 7 fields as in the header, found 3" + hint, "\(u?.message ?? "(read)")")
        let book = try writeWorkbook([(name: "Sheet1", xml: worksheetXML(numberedRows([r19Header, note,
            [textCell("SYR1"), numberCell(44355, style: 1), numberCell(2021), textCell("Battles"), textCell("Syria"), textCell("Aleppo"), numberCell(10)]])))],
            styles: shortDateStyles, to: scratchFolder("workbook19") + "/under.xlsx")
        let w = errorOf { _ = try read([book], by: [.country]) }
        #expect(w?.message == "\(book):row 2: column 'event_date': \"by\" is not a valid date (expected 2016-05-28, 28 May 2016, 28/05/2016 or 28-May-16)" + hint,
                "\(w?.message ?? "(read)")")
        // A row with a digit is no such note: its message is as it was.
        let dated = try r19File("dated.csv", "\(header)\nChecked on 8 June,by,desk\n\(record)\n")
        #expect(errorOf { _ = try read([dated], by: [.country]) }?.message == "\(dated):2: expected 7 fields as in the header, found 3")
    }
}

/// readers19 (issue 11): a date number written with a thousands separator (`44,355`, a
/// date cell formatted `#,##0`) or after Excel's text mark (`'44355`) was refused with no
/// word of what it is, and read past in silence in a later sheet. Never read as a date
/// (a count may be such a number, and a CSV's date system cannot be known): refused,
/// saying what it is and the day it means in each system.
@Suite struct Readers19DressedDateNumbers {
    @Test func dressedDateNumbersAreToldApartFromOtherText() {
        #expect(CalendarDay.spreadsheetSerialDressed("44,355").map { [$0.plain, "\($0.grouped)", "\($0.marked)", $0.day.description] } == ["44355", "true", "false", "2021-06-08"])
        #expect(CalendarDay.spreadsheetSerialDressed("'44355").map { [$0.plain, "\($0.grouped)", "\($0.marked)"] } == ["44355", "false", "true"])
        #expect(CalendarDay.spreadsheetSerialDressed("'44.355,5")?.plain == "44355.5")
        for t in ["44 355", "44\u{00A0}355", "44\u{202F}355", "44'355", "44,355.00", " 44,355 "] {
            #expect(CalendarDay.spreadsheetSerialDressed(t)?.plain.hasPrefix("44355") == true, "\(t)")
        }
        for t in ["4,4355", "44,35", "444,355", "44,3555", "44,355,5", "44,,355", "''44355", "'", "12,345", "2021-06-08", "Syria"] {
            #expect(CalendarDay.spreadsheetSerialDressed(t) == nil, "\(t)")
        }
        // The strict reading is unchanged (review46's test).
        #expect(CalendarDay.spreadsheetSerial("44,931") == nil)
    }

    @Test func aDressedDateNumberInTheDateColumnIsRefusedSayingWhatItIs() throws {
        let header = r19Columns.joined(separator: ",")
        let both = "(2021-06-08 in Excel's 1900 date system, 2025-06-09 in its 1904 system): format the column as dates (Format Cells > Date) and save again, or write YYYY-MM-DD"
        let cases: [(String, String)] = [
            ("\"44,355\"", "; it looks like a spreadsheet's date number, 44355, with a thousands separator " + both),
            ("44.355", "; it looks like a spreadsheet's date number, 44355, with a thousands separator " + both),
            ("44 355", "; it looks like a spreadsheet's date number, 44355, with a thousands separator " + both),
            ("44\u{00A0}355", "; it looks like a spreadsheet's date number, 44355, with a thousands separator " + both),
            ("44'355", "; it looks like a spreadsheet's date number, 44355, with a thousands separator " + both),
            ("'44355", "; it looks like a spreadsheet's date number, 44355, after Excel's text mark ' " + both),
            ("\"'44,355\"", "; it looks like a spreadsheet's date number, 44355, with a thousands separator after Excel's text mark ' " + both),
            ("\"44,355.5\"", "; it looks like a spreadsheet's date number, 44355.5, with a thousands separator " + both),
            ("'2021-06-08", "; the ' in front is Excel's mark for a cell kept as text, not part of the date: remove it (Find and Replace ' in the column) and save again"),
        ]
        for (field, advice) in cases {
            let f = try r19File("dressed.csv", "\(header)\nSYR1,\(field),2021,Battles,Syria,Aleppo,10\n")
            let e = errorOf { _ = try read([f], by: [.country]) }
            #expect(e?.exitCode == 65, "\(field)")
            let m = e?.message ?? "(read)"
            #expect(m.hasPrefix("\(f):2: column 'event_date': ") && m.hasSuffix(advice), "\(field): \(m)")
        }
        // The native schema's date column says the same.
        let native = try r19File("native.csv", "id,date_start,date_end,country,measure,best\ne1,\"44,355\",,Syria,killed,3\n")
        #expect(errorOf { _ = try read([native], by: [.country]) }?.message.hasSuffix("; it looks like a spreadsheet's date number, 44355, with a thousands separator " + both) == true)
        // Other numbers with a separator are no date number: no such words.
        for field in ["\"4,435\"", "\"444,355\"", "'12"] {
            let f = try r19File("other.csv", "\(header)\nSYR1,\(field),2021,Battles,Syria,Aleppo,10\n")
            let m = errorOf { _ = try read([f], by: [.country]) }?.message ?? "(read)"
            #expect(m.contains("is not a valid date") && !m.contains("spreadsheet's date number") && !m.contains("text mark"), "\(field): \(m)")
        }
    }

    @Test func dressedDateNumbersInALaterSheetAreNoLongerReadPast() throws {
        for (name, cell) in [("comma", "44,355"), ("mark", "'44355"), ("space", "44 355"), ("dot", "44.355")] {
            // In other columns than the first sheet's, and in its own columns.
            let loose = try r19Workbook([("Sheet2", [[textCell("Notes")]] + Array(repeating: [textCell(cell), textCell("Syria"), numberCell(10)], count: 3))], name: "loose-\(name).xlsx")
            let m = errorOf { _ = try read([loose], by: [.country]) }?.message ?? "(read)"
            #expect(m.contains("has no header tally reads, and its row 2 (") && m.contains("holds a spreadsheet's date number with a thousands separator") == (name != "mark")
                    && m.contains("(\"\(cell)\": 2021-06-08 in the 1900 date system, this workbook's; a date cell that lost its date format)"), "\(name): \(m)")
            let record = [textCell("SYR9"), textCell(cell), numberCell(2021), textCell("Battles"), textCell("Syria"), textCell("Aleppo"), numberCell(10)]
            let same = try r19Workbook([("Sheet2", [[textCell("Notes")], record])], name: "same-\(name).xlsx")
            let n = errorOf { _ = try read([same], by: [.country]) }?.message ?? "(read)"
            #expect(n.contains("has no header and its first record after 1 row of notes") && n.contains("(its 'event_date' cell \"\(cell)\" is a spreadsheet's date number"), "\(name): \(n)")
        }
    }
}

/// readers19 (issue 11): a workbook's own date system (`<workbookPr date1904="1"/>`). Its
/// date cells were already read in it; a date number that lost its date format was said
/// in both systems, the 1900 reading (four years and a day early) first. Said now in
/// the workbook's system alone.
@Suite struct Readers19WorkbookDateSystem {
    /// `workbookParts`, its workbook part saying the 1904 system.
    private func mac(_ sheets: [(name: String, xml: String)], name: String) throws -> String {
        let parts = workbookParts(sheets, styles: shortDateStyles).map { p in
            p.name == "xl/workbook.xml" ? ZipMember(p.name, String(decoding: p.head, as: UTF8.self).replacingOccurrences(of: "<sheets>", with: "<workbookPr date1904=\"1\"/><sheets>")) : p
        }
        return try writeZip(parts, to: scratchFolder("workbook19") + "/" + name)
    }

    @Test func aDateNumberIsSaidInTheWorkbooksOwnSystem() throws {
        // acled-1904.xlsx with the date format taken off one cell (B3, 41041).
        let f = fixture("acled-1904-serial.xlsx")
        let m = errorOf { _ = try read([f], by: [.country]) }?.message ?? "(read)"
        #expect(m == "\(f):row 3: column 'event_date': \"41041\" is not a valid date (expected 2016-05-28, 28 May 2016, 28/05/2016 or 28-May-16); it looks like "
            + "a spreadsheet's date number (2016-05-13 in the 1904 date system, this workbook's), a date cell that lost its date format: format the column as "
            + "dates (Format Cells > Date) and save again, or write the dates as YYYY-MM-DD", "\(m)")
        // Its date cells read in that system, as before: 2016, not 2012.
        let read1904 = try read([fixture("acled-1904.xlsx")], by: [.country], period: .year)
        #expect(Set(read1904.result.rows.map(\.period)).allSatisfy { $0.hasPrefix("2016") })
        // A workbook that does not say 1904 is in the 1900 system: said alone.
        let row = [textCell("SYR1"), numberCell(44355), numberCell(2021), textCell("Battles"), textCell("Syria"), textCell("Aleppo"), numberCell(10)]
        let plain = try writeWorkbook([(name: "Sheet1", xml: worksheetXML(numberedRows([r19Header, row])))], styles: shortDateStyles, to: scratchFolder("workbook19") + "/plain.xlsx")
        let p = errorOf { _ = try read([plain], by: [.country]) }?.message ?? "(read)"
        #expect(p.contains("it looks like a spreadsheet's date number (2021-06-08 in the 1900 date system, this workbook's), a date cell") && !p.contains("1904"), "\(p)")
        // A later sheet's date numbers, in a workbook of the 1904 system.
        let first = [r19Header] + [[textCell("SYR1"), numberCell(42000, style: 1), numberCell(2019), textCell("Battles"), textCell("Syria"), textCell("Aleppo"), numberCell(10)]]
        let later = [[textCell("Notes")]] + Array(repeating: [serial, textCell("Syria"), numberCell(10)], count: 3)
        let w = try mac([(name: "Sheet1", xml: worksheetXML(numberedRows(first))), (name: "Sheet2", xml: worksheetXML(numberedRows(later)))], name: "mac.xlsx")
        let l = errorOf { _ = try read([w], by: [.country]) }?.message ?? "(read)"
        #expect(l.contains("holds a spreadsheet's date number (\"44355\": 2025-06-09 in the 1904 date system, this workbook's; a date cell that lost its date format)") && !l.contains("2021-06-08"), "\(l)")
    }
}

/// readers19 (issue 11, message): a headerless table of totals by country whose count is
/// a day's date number next to the country (`Syria | 40000 | 110000`) is refused, as tally
/// cannot tell it from records whose date lost its format; the refusal now gives the way
/// out for a summary, the header row that readers17 reads such a table under.
@Suite struct Readers19HeaderlessTotals {
    @Test func aHeaderlessTableOfTotalsIsToldItsHeaderRowReadsIt() throws {
        let rows = [[textCell("Syria"), numberCell(40000), numberCell(110000)], [textCell("Iraq"), numberCell(41000), numberCell(120000)]]
        let hint = "; if they are a summary (the number a count, not a date: totals by country), put a header row naming their columns (such as Country, "
            + "Events, Fatalities) above them, and the workbook reads as it is"
        for (name, sheet) in [("bare", rows), ("note", [note] + rows)] {
            let f = try r19Workbook([("Sheet2", sheet)], name: "totals-\(name).xlsx")
            let m = errorOf { _ = try read([f], by: [.country]) }?.message ?? "(read)"
            #expect(m.contains("tally cannot tell whether its rows are records of that export") && m.hasSuffix(hint), "\(name): \(m)")
        }
        // One row alone keeps readers17's words (a note or a record).
        let one = try r19Workbook([("Sheet2", [rows[0]])], name: "totals-one.xlsx")
        #expect(errorOf { _ = try read([one], by: [.country]) }?.message.contains("tally cannot tell whether that row is a record left out of sheet \"Sheet1\" or a note") == true)
        // The way out: the same rows under that header read.
        let fixed = try r19Workbook([("Sheet2", [cells("Country", "Events", "Fatalities")] + rows)], name: "totals-fixed.xlsx")
        #expect(r19Killed(try read([fixed], by: [.country])) == 30)
        // Rows of a written date keep their words (no count can be a written date).
        let dated = try r19Workbook([("Sheet2", [[textCell("2021-06-08"), textCell("Syria"), numberCell(10)], [textCell("2021-06-09"), textCell("Syria"), numberCell(4)]])], name: "dated.xlsx")
        #expect(errorOf { _ = try read([dated], by: [.country]) }?.message.contains("if they are a summary (the number a count") == false)
    }
}
