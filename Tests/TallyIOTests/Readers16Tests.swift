import Foundation
import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// readers16 (issue 11, loss): later sheets of a workbook whose records tally passed over
/// in silence: dates that are spreadsheet date numbers (review56 serial.xlsx), and rows of
/// fewer columns (review56 fewer.xlsx), in the first sheet's order or another.
private func r16Killed(_ o: IngestOutcome) -> Int64 {
    o.result.rows.filter { $0.measure == "killed" }.map(\.estimate.best).reduce(0, +)
}

private let r16Header = "event_id_cnty,event_date,year,event_type,country,admin1,fatalities".split(separator: ",").map { textCell(String($0)) }

private func r16Row(_ id: String, date: String = textCell("2021-05-08"), _ killed: Int) -> [String] {
    [textCell(id), date, numberCell(2021), textCell("Battles"), textCell("Syria"), textCell("Aleppo"), numberCell(killed)]
}

/// Sheet1: three records of 10 killed (30); styles: 0 General, 1 a date format.
private func r16Workbook(_ later: [(String, [(Int, [String])])], first: [(Int, [String])]? = nil, name: String) throws -> String {
    let one = first ?? [(1, r16Header)] + (2 ... 4).map { ($0, r16Row("SYR\($0)", 10)) }
    let sheets = [("Sheet1", one)] + later
    return try writeWorkbook(sheets.map { (name: $0.0, xml: worksheetXML($0.1)) }, styles: shortDateStyles,
                             to: scratchFolder("workbook16") + "/" + name)
}

@Suite struct LaterSheetsOfSerialDates {
    @Test func recordsWhoseDatesAreSpreadsheetNumbersAreRefused() throws {
        // No style, General, stored as text, with a time of day: the same record.
        for (k, date) in [numberCell(44355), numberCell(44355, style: 0), textCell("44355"), numberCell("44355.5")].enumerated() {
            for notes in [[(1, [textCell("Notes")])], [], (1 ... 60).map { ($0, [textCell("note \($0)")]) }] {
                let rows = notes + (1 ... 3).map { (notes.count + $0, r16Row("SYR1\($0)", date: date, 100)) }
                let f = try r16Workbook([("Sheet2", rows)], name: "serial\(k).xlsx")
                let e = errorOf { _ = try read([f], by: [.country]) }
                #expect(e?.exitCode == 65, "\(date)")
                let m = e?.message ?? "(read)"
                #expect(m.hasPrefix("\(f): sheet \"Sheet2\" has no header and its first "), "\(date): \(m)")
                #expect(m.contains("(its 'event_date' cell \"44355") && m.contains("\" is a spreadsheet's date number, 2021-06-08 in the 1900 date system, this workbook's: a date cell that lost its date format"), "\(date): \(m)")
                #expect(m.contains("or remove sheet \"Sheet2\" from the workbook if its rows are not records"), "\(m)")
            }
        }
        // A date-styled number is a date: refused as records, as before, without the serial clause.
        let f = try r16Workbook([("Sheet2", [(1, [textCell("Notes")])] + (2 ... 4).map { ($0, r16Row("SYR2\($0)", date: numberCell(44355, style: 1), 100)) })], name: "styled.xlsx")
        let e = errorOf { _ = try read([f], by: [.country]) }
        #expect(e?.exitCode == 65)
        #expect(e?.message.contains("(\"SYR22\", \"2021-06-08\", \"2021\", \"Battles\", …) is a record of the columns of sheet \"Sheet1\": the records go on") == true, "\(e?.message ?? "(read)")")
    }

    @Test func theFirstSheetsSerialsStayRefusedAsSerials() throws {
        for date in [numberCell(44355), numberCell(44355, style: 0), textCell("44355")] {
            let f = try r16Workbook([], first: [(1, r16Header)] + (2 ... 4).map { ($0, r16Row("SYR\($0)", date: date, 10)) }, name: "first.xlsx")
            let e = errorOf { _ = try read([f], by: [.country]) }
            #expect(e?.exitCode == 65)
            #expect(e?.message.contains("column 'event_date': \"44355\" is not a valid date") == true, "\(e?.message ?? "(read)")")
            #expect(e?.message.contains("it looks like a spreadsheet's date number (2021-06-08 in the 1900 date system") == true, "\(e?.message ?? "(read)")")
        }
        let styled = try r16Workbook([], first: [(1, r16Header)] + (2 ... 4).map { ($0, r16Row("SYR\($0)", date: numberCell(44355, style: 1), 10)) }, name: "firstStyled.xlsx")
        #expect(r16Killed(try read([styled], by: [.country])) == 30)
    }

    @Test func summariesOfCountsStillRead() throws {
        let years = [(1, [textCell("Year"), textCell("Events"), textCell("Fatalities")])] + (2 ... 8).map { ($0, [numberCell(2013 + $0), numberCell(120), numberCell(340)]) }
        let countryYears = [(1, [textCell("Country"), textCell("Year"), textCell("Events"), textCell("Fatalities")])] + (2 ... 8).map { ($0, [textCell("Syria"), numberCell(2013 + $0), numberCell(120), numberCell(340)]) }
        let wide = [(1, [textCell("Country")] + (2017 ... 2021).map { numberCell($0) } + [textCell("Total")]),
                    (2, [textCell("Syria"), numberCell(21000), numberCell(23000), numberCell(24000), numberCell(25000), numberCell(26000), numberCell(119000)])]
        let months = [(1, [textCell("Month"), textCell("Country"), textCell("Events"), textCell("Fatalities")])] + (2 ... 8).map { ($0, [textCell("2021-0\($0)"), textCell("Syria"), numberCell(12), numberCell(40)]) }
        // A number in the date column whose row's year column says another year is a count out of place.
        let outOfPlace = [(1, [textCell("Summary")])] + (2 ... 4).map { ($0, [textCell("Syria"), numberCell(25000 + $0), numberCell(2013 + $0), textCell("Battles"), textCell("Syria"), textCell("all"), numberCell(10)]) }
        let f = try r16Workbook([("Years", years), ("ByCountry", countryYears), ("Wide", wide), ("Months", months), ("OutOfPlace", outOfPlace)], name: "summaries.xlsx")
        #expect(r16Killed(try read([f], by: [.country])) == 30)
    }
}

@Suite struct LaterSheetsOfFewerColumns {
    @Test func recordsWithTheirLastCellsEmptyAreRefused() throws {
        // review56 fewer.xlsx: the figure empty (a spreadsheet writes no cell, or an empty one).
        for last in [[], [textCell("")]] {
            let rows = [(1, [textCell("x")])] + (2 ... 4).map { ($0, Array(r16Row("SYR1\($0)", 0).prefix(6)) + last) }
            let f = try r16Workbook([("Sheet2", rows)], name: "fewer.xlsx")
            let e = errorOf { _ = try read([f], by: [.country]) }
            #expect(e?.exitCode == 65)
            #expect(e?.message.hasPrefix("\(f): sheet \"Sheet2\" has no header and its first record after 1 row of notes (\"SYR12\", \"2021-05-08\", \"2021\", \"Battles\", …) is a record of the columns of sheet \"Sheet1\"") == true, "\(e?.message ?? "(read)")")
        }
    }

    @Test func rowsOfADateACountryAndAFigureInOtherColumnsAreRefusedSayingWhatTallyCannotTell() throws {
        let variants: [(String, [String])] = [
            ("figures", [textCell("2021-06-08"), textCell("Syria"), numberCell(10)]),
            ("order", [textCell("Syria"), textCell("2021-06-08"), numberCell(10), textCell("SYR9")]),
            ("written", [textCell("SYR9"), textCell("8 June 2021"), textCell("Syria"), numberCell(10)]),
            ("styled", [textCell("SYR9"), numberCell(44355, style: 1), textCell("Syria"), numberCell(10)]),
        ]
        for (name, row) in variants {
            let f = try r16Workbook([("Sheet2", [(1, [textCell("Notes")]), (2, row), (3, row)])], name: name + ".xlsx")
            let e = errorOf { _ = try read([f], by: [.country]) }
            #expect(e?.exitCode == 65, "\(name)")
            let m = e?.message ?? "(read)"
            #expect(m.hasPrefix("\(f): sheet \"Sheet2\" has no header tally reads, and its row 2 ("), "\(name): \(m)")
            #expect(m.contains(") holds a date, a country and a whole number, as the records of sheet \"Sheet1\" do, in fewer columns: tally cannot tell whether its rows are records of that export"), "\(name): \(m)")
            #expect(m.contains("Give --sheet Sheet1 to read that sheet alone, or remove sheet \"Sheet2\" from the workbook"), "\(name): \(m)")
        }
        // A table of counts by day and country under its own header is the same to tally: said so.
        let byDay = [(1, [textCell("Date"), textCell("Country"), textCell("Fatalities")]), (2, [textCell("2021-05-01"), textCell("Syria"), numberCell(10)])]
        let f = try r16Workbook([("ByDay", byDay)], name: "byday.xlsx")
        #expect(errorOf { _ = try read([f], by: [.country]) }?.message.contains("tally cannot tell whether its rows are records of that export (some columns dropped or moved) or a summary of them") == true)
        // Under --sheet the sheet named is read alone.
        var one = InputOptions()
        one.sheet = "Sheet1"
        #expect(r16Killed(try read([f], by: [.country], input: one)) == 30)
    }

    @Test func notesWithADateOrACountryAloneStillRead() throws {
        let notes = [(1, [textCell("Source"), textCell("ACLED")]), (2, [textCell("Downloaded"), textCell("2021-06-08")]),
                     (3, [textCell("Countries"), textCell("Syria")]), (4, [textCell("Rows"), numberCell(10)]),
                     (5, [textCell("2021-06-08"), textCell("Checked against Syria sources, 10 rows"), textCell("")]),
                     (6, [textCell("Syria"), textCell("Aleppo"), numberCell(10)])]
        let f = try r16Workbook([("Notes", notes)], name: "notes16.xlsx")
        #expect(r16Killed(try read([f], by: [.country])) == 30)
    }
}
