import Foundation
import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// readers17 (issue 11): what readers16 left of later workbook sheets. Records whose date
/// is a spreadsheet's date number in other columns than the first sheet's
/// (`[44355, "Syria", 10]`) were read past in silence; one such row among notes is refused
/// saying what tally saw; `--sheet` on a sheet of notes over headerless records said
/// "missing required column".
private func r17Killed(_ o: IngestOutcome) -> Int64 {
    o.result.rows.filter { $0.measure == "killed" }.map(\.estimate.best).reduce(0, +)
}

private let r17Header = "event_id_cnty,event_date,year,event_type,country,admin1,fatalities".split(separator: ",").map { textCell(String($0)) }

/// Sheet1: three ACLED records of 10 killed (30), then the later sheets.
private func r17Workbook(_ later: [(String, [[String]])], name: String) throws -> String {
    let one = [r17Header] + (2 ... 4).map { [textCell("SYR\($0)"), textCell("2021-05-08"), numberCell(2021), textCell("Battles"), textCell("Syria"), textCell("Aleppo"), numberCell(10)] }
    let sheets = [("Sheet1", one)] + later
    return try writeWorkbook(sheets.map { s in (name: s.0, xml: worksheetXML(s.1.enumerated().map { ($0.offset + 1, $0.element) })) },
                             styles: shortDateStyles, to: scratchFolder("workbook17") + "/" + name)
}

private let notes = [textCell("Notes")]
private let serial = numberCell(44355)

@Suite struct Readers17LaterSheetSerials {
    @Test func recordsOfADateNumberACountryAndAFigureInOtherColumnsAreRefused() throws {
        let rows: [(String, [[String]])] = [
            ("first", [notes] + Array(repeating: [serial, textCell("Syria"), numberCell(10)], count: 3)),
            ("bare", Array(repeating: [serial, textCell("Syria"), numberCell(10)], count: 3)),
            ("middle", [notes] + Array(repeating: [textCell("Syria"), serial, numberCell(10)], count: 3)),
            ("id", [notes] + Array(repeating: [textCell("SYR9"), serial, textCell("Syria"), numberCell(10)], count: 3)),
            ("afterCountry", [notes] + Array(repeating: [textCell("SYR9"), textCell("Syria"), serial, numberCell(10)], count: 3)),
            ("general", [notes] + Array(repeating: [numberCell(44355, style: 0), textCell("Syria"), numberCell(10)], count: 3)),
            ("text", [notes] + Array(repeating: [textCell("44355"), textCell("Syria"), numberCell(10)], count: 3)),
            ("fraction", [notes] + Array(repeating: [numberCell("44355.5"), textCell("Syria"), numberCell(10)], count: 3)),
            ("year", [notes] + Array(repeating: [serial, textCell("Syria"), numberCell(2021), numberCell(10)], count: 3)),
            ("source", [[textCell("Source"), textCell("ACLED")]] + Array(repeating: [serial, textCell("Syria"), numberCell(10)], count: 3)),
            ("dateHeader", [[textCell("Date"), textCell("Country"), textCell("Deaths")]] + Array(repeating: [serial, textCell("Syria"), numberCell(10)], count: 3)),
            ("dayHeaderLast", [[textCell("Country"), textCell("Deaths"), textCell("Day")]] + Array(repeating: [textCell("Syria"), numberCell(10), serial], count: 3)),
            ("after60", (1 ... 60).map { [textCell("note \($0)")] } + Array(repeating: [serial, textCell("Syria"), numberCell(10)], count: 3)),
        ]
        for (name, sheet) in rows {
            let f = try r17Workbook([("Sheet2", sheet)], name: name + ".xlsx")
            let e = errorOf { _ = try read([f], by: [.country]) }
            #expect(e?.exitCode == 65, "\(name)")
            let m = e?.message ?? "(read)"
            #expect(m.hasPrefix("\(f): sheet \"Sheet2\" has no header tally reads, and its row "), "\(name): \(m)")
            #expect(m.contains("holds a spreadsheet's date number (\"44355") && m.contains(": 2021-06-08 in the 1900 date system, this workbook's; a date cell that lost its date format), a country and a whole number, as the records of sheet \"Sheet1\" do"), "\(name): \(m)")
            #expect(m.contains("Give --sheet Sheet1 to read that sheet alone, or remove sheet \"Sheet2\" from the workbook"), "\(name): \(m)")
            #expect(m.contains("its dates formatted as dates (Format Cells > Date) or written as YYYY-MM-DD"), "\(name): \(m)")
            // The sheet named is read alone.
            var one = InputOptions()
            one.sheet = "Sheet1"
            #expect(r17Killed(try read([f], by: [.country], input: one)) == 30, "\(name)")
        }
        // A third sheet is looked at as the second is.
        let third = try r17Workbook([("About", [[textCell("About")], [textCell("ACLED export")]]),
                                     ("More", [notes] + Array(repeating: [serial, textCell("Syria"), numberCell(10)], count: 3))], name: "third.xlsx")
        #expect(errorOf { _ = try read([third], by: [.country]) }?.message.hasPrefix("\(third): sheet \"More\" has no header tally reads") == true)
    }

    @Test func summariesWhoseNumbersLookLikeDateNumbersStillRead() throws {
        let sheets: [(String, [[String]])] = [
            // Totals under a header: 25000 events is under "Events", no date's name.
            ("Totals", [[textCell("Country"), textCell("Events"), textCell("Fatalities")], [textCell("Syria"), numberCell(25000), numberCell(110000)],
                        [textCell("Iraq"), numberCell(40000), numberCell(120000)]]),
            // A wide table of years, with its header or without: many such numbers a row.
            ("WideBare", [[textCell("Syria")] + [21000, 23000, 24000, 25000, 26000, 119000].map { numberCell($0) },
                          [textCell("Iraq")] + [1, 2, 3, 4, 5, 15].map { numberCell($0) }]),
            ("Wide", [[textCell("Country")] + (2017 ... 2021).map { numberCell($0) } + [textCell("Total")],
                      [textCell("Syria")] + [41000, 43000, 44000, 44500, 44600, 217100].map { numberCell($0) }]),
            // Counts by country and year: the year says another year than the number's.
            ("CountryYear", (0 ..< 4).map { [textCell("Syria"), numberCell(2015 + $0), numberCell(44000 + $0)] }),
            ("CountryYear2", (0 ..< 4).map { [textCell("Syria"), numberCell(44000 + $0), numberCell(2015 + $0), numberCell(10)] }),
            ("YearCountry", [[textCell("Year"), textCell("Country"), textCell("Events")]] + (0 ..< 4).map { [numberCell(2015 + $0), textCell("Syria"), numberCell(40000 + $0)] }),
            // The number under a header that names no date, even with a year that agrees.
            ("Events", [[textCell("Country"), textCell("Events"), textCell("Deaths"), textCell("Year")], [textCell("Syria"), serial, numberCell(10), numberCell(2021)]]),
            ("Lookup", [[textCell("Code"), textCell("Country"), textCell("Population")], [serial, textCell("Syria"), numberCell(10)]]),
            ("Rank", [[textCell("Rank"), textCell("Country"), textCell("Fatalities")], [numberCell(1), textCell("Syria"), numberCell(44000)]]),
            ("Notes", [[textCell("Source"), textCell("ACLED")], [textCell("Downloaded"), serial], [textCell("Countries"), textCell("Syria")], [textCell("Rows"), numberCell(10)]]),
        ]
        for s in sheets {
            let f = try r17Workbook([s], name: "summary-\(s.0).xlsx")
            #expect(r17Killed(try read([f], by: [.country])) == 30, "\(s.0)")
        }
    }
}

@Suite struct Readers17OneRowAmongNotes {
    @Test func oneRowOfADateACountryAndAFigureAmongNotesIsRefusedSayingWhatTallySaw() throws {
        let f = try r17Workbook([("Notes", [notes, [textCell("Downloaded from ACLED on request")], [textCell("2021-06-08"), textCell("Syria"), numberCell(10)],
                                            [textCell("Checked by the desk")]])], name: "one.xlsx")
        let e = errorOf { _ = try read([f], by: [.country]) }
        #expect(e?.exitCode == 65)
        #expect(e?.message == "\(f): sheet \"Notes\" has no header tally reads, and one of its 4 rows, row 3 (\"2021-06-08\", \"Syria\", \"10\"), holds a date, "
            + "a country and a whole number, as the records of sheet \"Sheet1\" do, in fewer columns; none of its other rows does. tally cannot tell whether "
            + "that row is a record left out of sheet \"Sheet1\" or a note, and reading the first sheet alone would leave it out of every figure if it is a "
            + "record. If it is a note, give --sheet Sheet1 to read that sheet alone (or write the note in one cell); if it is a record, move it into "
            + "sheet \"Sheet1\" under that sheet's columns", "\(e?.message ?? "(read)")")
        // The same row with its date a date number says so.
        let g = try r17Workbook([("Notes", [notes, [serial, textCell("Syria"), numberCell(10)]])], name: "oneSerial.xlsx")
        // A sheet of that one row says so.
        let alone = try r17Workbook([("Notes", [[textCell("2021-06-08"), textCell("Syria"), numberCell(10)]])], name: "alone.xlsx")
        #expect(errorOf { _ = try read([alone], by: [.country]) }?.message.contains("has no header tally reads, and its one row (\"2021-06-08\", \"Syria\", \"10\") holds a date, a country and a whole number, as the records of sheet \"Sheet1\" do, in fewer columns. tally cannot tell whether that row is a record") == true)
        let m = errorOf { _ = try read([g], by: [.country]) }?.message ?? "(read)"
        #expect(m.contains("one of its 2 rows, row 2 (\"44355\", \"Syria\", \"10\"), holds a spreadsheet's date number (\"44355\": 2021-06-08") && m.hasSuffix("its date formatted as a date (Format Cells > Date) or written as YYYY-MM-DD"), "\(m)")
        // Two such rows keep the words of rows that may be records or a summary.
        let two = try r17Workbook([("Notes", [notes, [textCell("2021-06-08"), textCell("Syria"), numberCell(10)], [textCell("2021-06-09"), textCell("Syria"), numberCell(4)]])], name: "two.xlsx")
        #expect(errorOf { _ = try read([two], by: [.country]) }?.message.contains("and its row 2 (\"2021-06-08\", \"Syria\", \"10\") holds a date, a country and a whole number, as the records of sheet \"Sheet1\" do, in fewer columns: tally cannot tell whether its rows are records") == true)
    }
}

@Suite struct Readers17NamedSheetWithoutHeader {
    @Test func aNamedSheetOfNotesOverHeaderlessRecordsSaysItHasNoHeaderRow() throws {
        var two = InputOptions()
        two.sheet = "Sheet2"
        let record = [textCell("SYR13"), textCell("2021-06-08"), numberCell(2021), textCell("Battles"), textCell("Syria"), textCell("Aleppo"), numberCell(10)]
        let f = try r17Workbook([("Sheet2", [notes, record, record])], name: "named.xlsx")
        let e = errorOf { _ = try read([f], by: [.country], input: two) }
        #expect(e?.exitCode == 65)
        #expect(e?.message == "\(f): sheet \"Sheet2\" has no header row tally knows: tally reads a sheet's column names from its first row, and its first row "
            + "(\"Notes\") names no column tally reads; its row 2 (\"SYR13\", \"2021-06-08\", \"2021\", \"Battles\", …) is a record of the columns of sheet \"Sheet1\". "
            + "Put the header line of sheet \"Sheet1\" (event_id_cnty, event_date, year, event_type, …) in its first row, above the records, with any rows of "
            + "notes above them deleted; or save the sheet as CSV with that header line on top and give the CSV file", "\(e?.message ?? "(read)")")
        #expect(e?.message.contains("missing required column") == false)
        // Date numbers, in the first sheet's columns or in others.
        var serialRecord = record
        serialRecord[1] = serial
        for (name, rows) in [("namedSerial", [notes, serialRecord]), ("namedLoose", [notes, [serial, textCell("Syria"), numberCell(10)]])] {
            let g = try r17Workbook([("Sheet2", rows)], name: name + ".xlsx")
            let m = errorOf { _ = try read([g], by: [.country], input: two) }?.message ?? "(read)"
            #expect(m.hasPrefix("\(g): sheet \"Sheet2\" has no header row tally knows") && m.contains("; its row 2 (") && m.contains("and format the dates as dates (Format Cells > Date)"), "\(name): \(m)")
        }
        // A sheet of notes alone keeps the header's message (no record to point at).
        let n = try r17Workbook([("Sheet2", [notes, [textCell("nothing here")]])], name: "namedNotes.xlsx")
        #expect(errorOf { _ = try read([n], by: [.country], input: two) }?.message.contains("missing required column 'date_start' (the first line has 1 field, none of them a column tally knows") == true)
        // A first row that names known columns keeps its own message (an incomplete header).
        let partial = try r17Workbook([("Sheet2", [[textCell("event_date"), textCell("country")], [textCell("2021-06-08"), textCell("Syria")]])], name: "partial.xlsx")
        #expect(errorOf { _ = try read([partial], by: [.country], input: two) }?.message.contains("has no header row") == false)
    }
}
