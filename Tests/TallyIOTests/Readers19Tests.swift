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
