import Foundation
import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// readers11 (issue 11's acceptance audit, audit11 F8, F3, F12, F4): silent wrong
/// numbers at the readers' door.
private let r11Header = "event_id_cnty,event_date,year,event_type,country,admin1,fatalities\n"

private func r11KilledByMonth(_ o: IngestOutcome) -> [String: Int64] {
    Dictionary(o.result.rows.map { ($0.period, $0.estimate.best) }, uniquingKeysWith: +)
}

private func r11Row(_ id: String, _ date: String, _ killed: Int) -> [String] {
    [textCell(id), date, numberCell(2021), textCell("Battles"), textCell("Syria"), textCell("Aleppo"), numberCell(killed)]
}
private let r11HeaderCells = r11Header.dropLast().split(separator: ",").map { textCell(String($0)) }

/// F8 (silent): a day-first export opened in a month-first Excel holds swapped date
/// cells (day 12 or less) beside day-first text (the others); the text decided the
/// order and the swapped cells were read as true dates: 116 of 300 rows in the wrong
/// month, exit 0. A column of all-numeric dates beside another form is refused.
@Suite struct MixedDateForms {
    // Truly 8 May (10 killed), 28 May (1), 5 August (100): Excel made the first and last
    // dates of 5 August and 8 May, and left 28/05/2021 as text.
    @Test func excelSwappedDateCellsBesideDayFirstTextAreRefused() throws {
        let f = try workbookFile([("Sheet1", [(1, r11HeaderCells), (2, r11Row("SYR1", dateCell("2021-08-05"), 10)),
                                         (3, r11Row("SYR2", textCell("28/05/2021"), 1)), (4, r11Row("SYR3", dateCell("2021-05-08"), 100))])],
                             name: "swap.xlsx")
        let e = errorOf { _ = try read([f], by: [.country], period: .month) }
        #expect(e?.exitCode == 65)
        let m = e?.message ?? "(read)"
        #expect(m.hasPrefix("\(f):row 3: column 'event_date' holds dates in two forms: row 2 a cell the workbook holds as a date (2021-08-05) "
                            + "and row 3 \"28/05/2021\" (all-numeric, read day first (dd/mm/yyyy), decided from line 3"), "\(m)")
        #expect(m.contains("no --date-order puts them right") && m.contains("Data > From Text/CSV"), "\(m)")
        // --date-order orders the text alone: still refused.
        #expect(errorOf { _ = try read([f], by: [.country], period: .month, dateOrder: .dmy) }?.exitCode == 65)
        // The same workbook's text cells alone, or its date cells alone, read.
        let dated = try workbookFile([("Sheet1", [(1, r11HeaderCells), (2, r11Row("SYR1", dateCell("2021-08-05"), 10)),
                                             (3, r11Row("SYR3", dateCell("2021-05-08"), 100))])], name: "cells.xlsx")
        #expect(r11KilledByMonth(try read([dated], by: [.country], period: .month)) == ["2021-05": 100, "2021-08": 10])
    }

    /// The CSV a spreadsheet writes back with the column formatted yyyy-mm-dd: the
    /// converted dates in ISO, the rest as typed.
    @Test func isoBesideAllNumericInOneColumnIsRefused() throws {
        let f = writeFile(r11Header + "SYR1,2021-08-05,2021,Battles,Syria,Aleppo,10\nSYR2,28/05/2021,2021,Battles,Syria,Aleppo,1\n"
                          + "SYR3,2021-05-08,2021,Battles,Syria,Aleppo,100\n", name: "swap.csv")
        let m = errorOf { _ = try read([f], by: [.country], period: .month) }?.message ?? "(read)"
        #expect(m.hasPrefix("\(f):3: column 'event_date' holds dates in two forms: line 2 \"2021-08-05\" (YYYY-MM-DD) and line 3 \"28/05/2021\" "
                            + "(all-numeric, read day first (dd/mm/yyyy), decided from line 3 (\"28/05/2021\": a day above 12))."), "\(m)")
        #expect(m.hasSuffix("Export the column again from the source in one form (the CSV as downloaded, or every date as YYYY-MM-DD)"), "\(m)")
        // Month first, and a month name beside all-numeric dates: the same.
        let g = writeFile(r11Header + "SYR1,05/28/2021,2021,Battles,Syria,Aleppo,1\nSYR2,8 May 2021,2021,Battles,Syria,Aleppo,10\n", name: "mdy.csv")
        let n = errorOf { _ = try read([g], by: [.country], period: .month) }?.message ?? "(read)"
        #expect(n.contains("line 2 \"05/28/2021\" (all-numeric, read month first (mm/dd/yyyy)") && n.contains("line 3 \"8 May 2021\" (with a month name)")
                && n.contains("a month-first file opened in a day-first spreadsheet"), "\(n)")
        // Far apart (past the first MiB, in a later block): still found, at its own line.
        var far = r11Header + "SYR0,28/05/2021,2021,Battles,Syria,Aleppo,1\n"
        for i in 0 ..< 30000 { far += "S\(i),13/0\(i % 9 + 1)/2021,2021,Battles,Syria,Aleppo,1\n" }
        far += "SYRZ,2021-08-05,2021,Battles,Syria,Aleppo,10\n"
        let h = writeFile(far, name: "far.csv")
        let k = errorOf { _ = try read([h], by: [.country], period: .month, workers: 2, blockSize: 65536) }?.message ?? "(read)"
        #expect(k.hasPrefix("\(h):30003: column 'event_date' holds dates in two forms: line 2 \"28/05/2021\""), "\(k)")
    }

    /// Native and UCDP files re-saved by a spreadsheet, and ACLED's API JSON: the same rule.
    @Test func nativeUCDPAndAPIJSONAlike() throws {
        let native = writeFile("id,date_start,date_end,country,measure,best\n1,28/05/2021,28/05/2021,Syria,killed,1\n2,2021-08-05,2021-08-05,Syria,killed,10\n",
                               name: "native.csv")
        #expect(errorOf { _ = try read([native], by: [.country]) }?.message.hasPrefix("\(native):3: column 'date_start' holds dates in two forms") == true)
        let ged = writeFile(DateOrderHint.ged + "1,28/05/2021,28/05/2021,Syria,Idlib,A,1,1,0,0,0,1,1,1\n2,2021-08-05,2021-08-05,Syria,Idlib,A,1,1,0,0,0,1,1,1\n",
                            name: "ged.csv")
        #expect(errorOf { _ = try read([ged], by: [.country]) }?.message.hasPrefix("\(ged):3: column 'date_start' holds dates in two forms") == true)
        func record(_ id: String, _ date: String, _ n: Int) -> String {
            "{\"event_id_cnty\":\"\(id)\",\"event_date\":\"\(date)\",\"year\":\"2021\",\"event_type\":\"Battles\",\"country\":\"Syria\",\"admin1\":\"Aleppo\",\"fatalities\":\"\(n)\"}"
        }
        let api = writeFile("{\"status\":200,\"success\":true,\"count\":2,\"data\":[" + record("SYR1", "2021-08-05", 10) + "," + record("SYR2", "28/05/2021", 1) + "]}",
                            name: "api.json")
        let m = errorOf { _ = try read([api], by: [.country]) }?.message ?? "(read)"
        #expect(m.hasPrefix("\(api):record 2: column 'event_date' holds dates in two forms: record 1 \"2021-08-05\" (YYYY-MM-DD) and record 2 \"28/05/2021\""), "\(m)")
    }

    /// One form, or forms that each say their order: read as before.
    @Test func unambiguousFormsStillRead() throws {
        let written = writeFile(r11Header + "SYR1,2021-08-05,2021,Battles,Syria,Aleppo,10\nSYR2,28 May 2021,2021,Battles,Syria,Aleppo,1\n"
                                + "SYR3,9-May-21,2021,Battles,Syria,Aleppo,100\n", name: "written.csv")
        #expect(r11KilledByMonth(try read([written], by: [.country], period: .month)) == ["2021-05": 101, "2021-08": 10])
        let dmy = writeFile(r11Header + "SYR1,05/08/2021,2021,Battles,Syria,Aleppo,10\nSYR2,28/05/2021,2021,Battles,Syria,Aleppo,1\n", name: "dmy.csv")
        #expect(r11KilledByMonth(try read([dmy], by: [.country], period: .month)) == ["2021-05": 1, "2021-08": 10])
        // Two files, one of each form: each file is one form.
        let iso = writeFile(r11Header + "SYR9,2021-08-06,2021,Battles,Syria,Aleppo,5\n", name: "iso.csv")
        #expect(r11KilledByMonth(try read([dmy, iso], by: [.country], period: .month)) == ["2021-05": 1, "2021-08": 15])
    }
}

/// F3 (silent loss): a workbook whose records go on in a second sheet with no header
/// was read from its first sheet alone (150 of 300 events, exit 0). Refused naming
/// the sheets and the option; sheets of notes stay quiet.
@Suite struct ContinuedSheets {
    @Test func aSheetOfRecordsWithNoHeaderIsRefused() throws {
        let first: [(Int, [String])] = [(1, r11HeaderCells), (2, r11Row("SYR1", textCell("2021-05-08"), 10))]
        let more: [(Int, [String])] = [(1, r11Row("SYR2", dateCell("2021-06-08"), 100)), (2, r11Row("SYR3", textCell("2021-07-08"), 1))]
        let f = try workbookFile([("Sheet1", first), ("Sheet2", more)], name: "continued.xlsx")
        let e = errorOf { _ = try read([f], by: [.country]) }
        #expect(e?.exitCode == 65)
        #expect(e?.message == "\(f): sheet \"Sheet2\" has no header and its first row (\"SYR2\", \"2021-06-08\", \"2021\", \"Battles\", …) is a record of the columns "
                + "of sheet \"Sheet1\": the records go on there (an export split over sheets, or rows pasted past a sheet's end); tally reads one sheet of a "
                + "workbook, and reading the first alone would leave the others' records out of every figure. Give --sheet Sheet1 to read that sheet alone; "
                + "to read them all, save each sheet as CSV, put the header line of \"Sheet1\" at the top of the others, and give the files together")
        var one = InputOptions(); one.sheet = "Sheet1"
        #expect(try read([f], by: [.country], input: one).result.rows.map(\.estimate.best) == [10])
        // A line break inside a cell of the first row does not hide it.
        let notes = [textCell("SYR2"), textCell("2021-06-08"), numberCell(2021), textCell("Battles"), textCell("Syria"), textCell("Aleppo\nCity"), numberCell(100)]
        let g = try workbookFile([("Sheet1", first), ("Sheet2", [(1, notes)]), ("About", [(1, [textCell("Downloaded\n2021")])])], name: "nl.xlsx")
        #expect(errorOf { _ = try read([g], by: [.country]) }?.message.hasPrefix("\(g): sheet \"Sheet2\" has no header") == true)
    }

    @Test func sheetsOfNotesAndSummariesStayQuiet() throws {
        let first: [(Int, [String])] = [(1, r11HeaderCells), (2, r11Row("SYR1", textCell("2021-05-08"), 10))]
        let f = try workbookFile([("Sheet1", first),
                              ("Notes", [(1, [textCell("Downloaded from acleddata.com on 2021-09-01")]), (2, [textCell("Terms of use apply")])]),
                              ("Pivot", [(1, [textCell("Syria"), textCell("2021"), numberCell(111)]), (2, [textCell("Iraq"), textCell("2021"), numberCell(3)])]),
                              ("Wide", [(1, [textCell("Syria"), textCell("2021-05-08"), numberCell(2021), textCell("Battles"), textCell("Syria"), textCell("Aleppo"), numberCell(1), textCell("x"), textCell("y")])])],
                             name: "quiet.xlsx")
        #expect(try read([f], by: [.country]).result.rows.map(\.estimate.best) == [10])
    }
}

/// F12 (loss, likely): a sheet reaching Excel's last row, or a CSV of exactly that
/// many lines, is what a spreadsheet kept of a longer export: read, and said.
@Suite struct ExcelGridEnd {
    @Test func aSheetEndingAtExcelsLastRowIsNoted() throws {
        let header: (Int, [String]) = (1, r11HeaderCells)
        let f = try workbookFile([("Sheet1", [header, (2, r11Row("SYR1", textCell("2021-05-08"), 10)), (1_048_576, r11Row("SYR2", textCell("2021-05-09"), 1))])],
                             name: "full.xlsx")
        let o = try read([f], by: [.country])
        #expect(o.result.rows.map(\.estimate.best) == [11])
        #expect(o.notes.contains { $0.hasPrefix("\(f) [sheet \"Sheet1\"]: the sheet's rows reach 1,048,576 rows, Excel's last row: the mark of an export longer than") })
        let g = try workbookFile([("Sheet1", [header, (2, r11Row("SYR1", textCell("2021-05-08"), 10)), (1_048_575, r11Row("SYR2", textCell("2021-05-09"), 1))])],
                             name: "short.xlsx")
        #expect(!(try read([g], by: [.country])).notes.contains { $0.contains("1,048,576") })
    }

    @Test func aCSVOfExactlyExcelsRowsIsNoted() throws {
        var text = r11Header.replacingOccurrences(of: "\n", with: "\r\n")
        text.reserveCapacity(48 * 1_048_576)
        for i in 2 ... 1_048_576 { text += "N\(i),2020-01-05,2020,Battles,Nigeria,Borno,1\r\n" }
        let f = writeFile(text, name: "full.csv")
        let o = try read([f], by: [.country])
        #expect(o.result.rows.map(\.estimate.best) == [1_048_575])
        #expect(o.notes.contains { $0.hasPrefix("\(f): the file has exactly 1,048,576 lines, the rows of Excel's grid") }, "\(o.notes)")
        let g = writeFile(r11Header + "N1,2020-01-05,2020,Battles,Nigeria,Borno,1\n", name: "one.csv")
        #expect(!(try read([g], by: [.country])).notes.contains { $0.contains("1,048,576") })
    }
}

/// F4 (silent): `--encoding latin-1` on a Windows-1252 export dropped ’ and – (bytes
/// 0x80-0x9F, C1 controls in ISO-8859-1): "Côte d’Ivoire" printed "Côte dIvoire" and
/// "Ségou–Nord" made a group of its own.
@Suite struct Latin1Label {
    static let bytes: [UInt8] = Array(r11Header.utf8)
        + Array("CIV1,2020-03-01,2020,Battles,Mali,S".utf8) + [0xE9] + Array("gou".utf8) + [0x96] + Array("Nord,2\n".utf8)
        + Array("CIV2,2020-03-01,2020,Battles,Mali,S".utf8) + [0xE9] + Array("gou-Nord,4\n".utf8)
        + Array("CIV3,2020-03-01,2020,Battles,C".utf8) + [0xF4] + Array("te d".utf8) + [0x92] + Array("Ivoire,Abidjan,1\n".utf8)

    @Test func latin1ReadsBytes0x80To0x9FAsWindows1252AndSaysSo() throws {
        let f = writeBytes(Self.bytes, name: "l1.csv")
        let l = try read([f], by: [.country, .adm1], input: InputOptions(encoding: .latin1))
        let w = try read([f], by: [.country, .adm1], input: InputOptions(encoding: .windows1252))
        #expect(csvText(l.result) == csvText(w.result))
        #expect(l.result.rows.contains { $0.country == "Côte d\u{2019}Ivoire" })
        #expect(l.result.rows.filter { $0.country == "Mali" }.map(\.estimate.best) == [6])
        #expect(l.notes.contains("\(f):2: --encoding latin-1, but the text holds bytes 0x80–0x9F (here \"–\"), which are control codes in ISO-8859-1 and never "
                                 + "text: read as Windows-1252, as programs that write \"Latin-1\" mean it (and as browsers read the label); --encoding "
                                 + "windows-1252 says so and silences this note"), "\(l.notes)")
        #expect(w.notes.isEmpty)
    }

    /// The five bytes Windows-1252 leaves undefined are no text in either: refused at their line.
    @Test func aByteNoCharacterStandsForIsRefused() throws {
        let f = writeBytes(Array(r11Header.utf8) + Array("A1,2020-03-01,2020,Battles,Mali,S".utf8) + [0xE9, 0x81] + Array("gou,2\n".utf8), name: "undef.csv")
        for encoding in [TextEncoding.latin1, .windows1252, .auto] {
            let e = errorOf { _ = try read([f], input: InputOptions(encoding: encoding)) }
            #expect(e?.exitCode == 65)
            #expect(e?.message.hasPrefix("\(f):2: byte 0x81 is no character in Windows-1252") == true, "\(encoding): \(String(describing: e?.message))")
        }
    }
}
