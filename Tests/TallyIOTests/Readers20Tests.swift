import Foundation
import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// readers20 (issue 11, review60 F5, loss): a later sheet of records placed below the
/// country level (`Date | Governorate | Killed` over `44355 | Aleppo | 10`, or headerless
/// rows naming the first sheet's governorates) was read past in silence: the later-sheet
/// checks asked for a country in the row.
private func r20Killed(_ o: IngestOutcome) -> Int64 {
    o.result.rows.filter { $0.measure == "killed" }.map(\.estimate.best).reduce(0, +)
}

private let r20Header = "event_id_cnty,event_date,year,event_type,country,admin1,fatalities".split(separator: ",").map { textCell(String($0)) }

/// Sheet1: three ACLED records of 10 killed (30) in Aleppo, Idlib and Homs, then the later sheets.
private func r20Workbook(_ later: [[String]], name: String) throws -> String {
    let one = [r20Header] + zip(2 ... 4, ["Aleppo", "Idlib", "Homs"]).map {
        [textCell("SYR\($0.0)"), textCell("2021-05-08"), numberCell(2021), textCell("Battles"), textCell("Syria"), textCell($0.1), numberCell(10)]
    }
    return try writeWorkbook([(name: "Sheet1", xml: worksheetXML([(1, r20Header)] + one.dropFirst().enumerated().map { ($0.offset + 2, $0.element) })),
                              (name: "Sheet2", xml: worksheetXML(later.enumerated().map { ($0.offset + 1, $0.element) }))],
                             styles: shortDateStyles, to: scratchFolder("workbook20") + "/" + name)
}

private func header(_ names: String...) -> [String] { names.map { textCell($0) } }

@Suite struct Readers20LaterSheetPlaces {
    /// Under a header naming a date over the day and deaths or events over a whole number:
    /// refused whatever the place (a governorate of the first sheet's or another town), the
    /// day written or a date number, the columns in any order, in six languages.
    @Test func recordsUnderAHeaderOfTheirOwnPlacedBelowTheCountryAreRefused() throws {
        let headers: [[String]] = [
            ["Date", "Governorate", "Killed"], ["Event date", "Town", "Fatalities"], ["Fecha", "Municipio", "Muertos"],
            ["Date", "Localité", "Morts"], ["Data", "Cidade", "Mortos"], ["التاريخ", "المدينة", "القتلى"],
            ["Datum", "Ort", "Tote"], ["Report date", "Location", "Events"],
        ]
        let days: [(String, (Int) -> String)] = [
            ("serial", { numberCell(44355 + $0) }), ("serialText", { textCell(String(44355 + $0)) }),
            ("iso", { textCell("2021-06-0\(8 + $0 % 2)") }), ("slashed", { textCell("2\($0 % 2)/06/2021") }),
        ]
        var n = 0
        for h in headers {
            for (kind, day) in days {
                for order in [[0, 1, 2], [1, 2, 0], [2, 1, 0]] {
                    n += 1
                    func arranged(_ cells: [String]) -> [String] { order.map { cells[$0] } }
                    let rows = [arranged(h.map { textCell($0) })] + (0 ..< 3).map { arranged([day($0), textCell(["Al-Bab", "Azaz", "Manbij"][$0]), numberCell(10)]) }
                    let f = try r20Workbook(rows, name: "headed\(n).xlsx")
                    let e = errorOf { _ = try read([f], by: [.country]) }
                    #expect(e?.exitCode == 65, "\(h) \(kind) \(order)")
                    let m = e?.message ?? "(read)"
                    let shown = arranged(h).map { "\"\($0)\"" }.joined(separator: ", ")
                    #expect(m.hasPrefix("\(f): sheet \"Sheet2\" has a table under a header of its own (\(shown)) that tally does not read as records"), "\(m)")
                    #expect(m.contains("a name (a place or an actor) and a figure, as the records of sheet \"Sheet1\" do: tally cannot tell whether its rows are records left out of that export or a summary of them"), "\(m)")
                    #expect(m.contains("Give --sheet Sheet1 to read that sheet alone, or remove sheet \"Sheet2\" from the workbook"), "\(m)")
                    #expect(m.contains("spreadsheet's date number") == kind.hasPrefix("serial"), "\(kind): \(m)")
                    if kind == "serial" { #expect(m.contains("(\"44355\": 2021-06-08 in the 1900 date system, this workbook's; a date cell that lost its date format) under the date column")) }
                    var one = InputOptions()
                    one.sheet = "Sheet1"
                    #expect(r20Killed(try read([f], by: [.country], input: one)) == 30)
                }
            }
        }
        // A note row between the header and the records, or above the header, changes nothing.
        for (name, rows) in [
            ("between", [header("Date", "Governorate", "Killed"), header("Checked", "by", "desk"), [numberCell(44355), textCell("Al-Bab"), numberCell(10)]]),
            ("above", [[textCell("Source: OCHA")], [], header("Date", "Governorate", "Killed"), [numberCell(44355), textCell("Al-Bab"), numberCell(10)],
                       [numberCell(44356), textCell("Azaz"), numberCell(10)]]),
        ] {
            let f = try r20Workbook(rows, name: "\(name).xlsx")
            #expect(errorOf { _ = try read([f], by: [.country]) }?.message.contains("has a table under a header of its own (\"Date\", \"Governorate\", \"Killed\")") == true, "\(name)")
        }
    }

    /// Headerless rows of a date, a governorate the first sheet's records name, and a whole
    /// number: as a country there is refused (readers16, 17), so is the place, said as such.
    @Test func headerlessRecordsNamingTheFirstSheetsPlacesAreRefused() throws {
        for (name, row) in [
            ("serialFirst", [numberCell(44355), textCell("Aleppo"), numberCell(10)]),
            ("placeFirst", [textCell("Idlib"), numberCell(44355), numberCell(10)]),
            ("written", [textCell("2021-06-08"), textCell("Homs"), numberCell(10)]),
            ("writtenLast", [textCell("homs"), numberCell(10), textCell("08/06/2021")]),
        ] {
            let f = try r20Workbook([[textCell("Continued")], []] + Array(repeating: row, count: 3), name: "\(name).xlsx")
            let e = errorOf { _ = try read([f], by: [.country]) }
            #expect(e?.exitCode == 65, "\(name)")
            let m = e?.message ?? "(read)"
            #expect(m.contains("a place that the records of sheet \"Sheet1\" name (\""), "\(name): \(m)")
            #expect(m.contains("and a whole number, as the records of sheet \"Sheet1\" do"), "\(name): \(m)")
        }
    }

    /// What is no part of an export of events stays out of the check: the workbook reads as
    /// its first sheet, as before.
    @Test func summariesSeriesLogsAndOtherFiguresAreNotRecords() throws {
        let sheets: [(String, [[String]])] = [
            ("byGovernorate", [header("Governorate", "Events", "Fatalities"), [textCell("Aleppo"), numberCell(12), numberCell(40)]]),
            ("byMonth", [header("Month", "Governorate", "Fatalities"), [textCell("2021-06"), textCell("Aleppo"), numberCell(30)],
                         [textCell("June 2021"), textCell("Al-Bab"), numberCell(12)]]),
            ("dailySeries", [header("Date", "Killed"), [textCell("2021-06-08"), numberCell(30)], [numberCell(44356), numberCell(12)]]),
            ("downloadLog", [header("Date", "Source", "Rows"), [textCell("2021-06-08"), textCell("ACLED"), numberCell(100)]]),
            ("displacedAsOf", [header("Date", "Town", "IDPs"), [numberCell(44355), textCell("Al-Bab"), numberCell(4500)]]),
            ("censusDate", [header("Town", "Population", "Census date"), [textCell("Al-Bab"), numberCell(4500), numberCell(44355)]]),
            ("yearPivot", [header("Governorate", "2020", "2021"), [textCell("Al-Bab"), numberCell(30), numberCell(40)]]),
            ("lookup", [header("Code", "Name", "Population"), [textCell("SY02"), textCell("Al-Bab"), numberCell(4_868_000)]]),
            ("changes", [header("Version", "Changes", "Rows"), [textCell("2021-06-08"), textCell("Fixed dates"), numberCell(10)]]),
            ("hxl", [header("Date", "Governorate", "Killed"), header("#date", "#adm1+name", "#affected+killed")]),
        ]
        for (name, rows) in sheets {
            let f = try r20Workbook(rows, name: "not\(name).xlsx")
            #expect(r20Killed(try read([f], by: [.country])) == 30, "\(name)")
        }
    }

    /// `--sheet` on such a sheet says what its rows hold, not "missing required column".
    @Test func theSheetNamedAloneSaysWhatItsRowsHold() throws {
        let f = try r20Workbook([header("Date", "Town", "Killed"), [numberCell(44355), textCell("Al-Bab"), numberCell(10)]], name: "named.xlsx")
        var two = InputOptions()
        two.sheet = "Sheet2"
        let m = errorOf { _ = try read([f], by: [.country], input: two) }?.message ?? "(read)"
        #expect(m.contains("holds a spreadsheet's date number, a name (a place or an actor) and a figure under a header row that names no country column"), "\(m)")
    }
}

/// readers21 (review61): what the first change missed and what it refused needlessly.
@Suite struct Readers21LaterSheetPlaces {
    /// F6: a dated table of the first sheet's governorates under a header of its own that
    /// names no figure of the records (prices, cases, population, displaced people) reads as
    /// the first sheet alone; F7: nor do generic words in longer names ("Number of rows").
    @Test func datedTablesOfTheSamePlacesUnderTheirOwnHeaderAreNotRecords() throws {
        let sheets: [(String, [[String]])] = [
            ("prices", [header("Date", "Governorate", "Price"), [textCell("2021-06-08"), textCell("Aleppo"), numberCell(1200)]]),
            ("cases", [header("Governorate", "Cases", "Date"), [textCell("Idlib"), numberCell(12), numberCell(44355)]]),
            ("idps", [header("Date", "Governorate", "IDPs"), [numberCell(44355), textCell("Homs"), numberCell(4500)]]),
            ("changelog", [header("Date", "Change", "Number of rows"), [textCell("2021-06-08"), textCell("Aleppo fixed"), numberCell(10)]]),
            ("households", [header("Date", "Site", "Number of households"), [textCell("2021-06-08"), textCell("Al-Bab"), numberCell(120)]]),
        ]
        for (name, rows) in sheets {
            let f = try r20Workbook(rows, name: "r21not\(name).xlsx")
            #expect(r20Killed(try read([f], by: [.country])) == 30, "\(name)")
        }
        // Headerless, the same places still stand for a country (readers20).
        let bare = try r20Workbook([[textCell("2021-06-08"), textCell("Aleppo"), numberCell(10)]], name: "r21bare.xlsx")
        #expect(errorOf { _ = try read([bare], by: [.country]) }?.exitCode == 65)
    }

    /// F1-F5, F9: more languages, days with a time or in forms tally does not read, figures
    /// written as records write them, and places written with an area word.
    @Test func moreRecordsUnderTheirOwnHeaderAreRefused() throws {
        let sheets: [(String, [[String]])] = [
            ("ru", [header("Дата", "Область", "Погибшие"), [textCell("2021-06-08"), textCell("Азаз"), numberCell(10)]]),
            ("tr", [header("Tarih", "İl", "Ölü"), [textCell("2021-06-08"), textCell("Azez"), numberCell(10)]]),
            ("fa", [header("تاریخ", "ولسوالی", "کشته"), [textCell("2021-06-08"), textCell("بلخ"), numberCell(10)]]),
            ("ha", [header("Kwanan wata", "Jiha", "Mutuwa"), [textCell("2021-06-08"), textCell("Borno"), numberCell(10)]]),
            ("toll", [header("Day", "Area", "Toll"), [textCell("2021-06-08"), textCell("Al-Bab"), numberCell(10)]]),
            ("time", [header("Date", "Town", "Killed"), [textCell("2021-06-08 14:30:00"), textCell("Al-Bab"), numberCell(10)]]),
            ("dots", [header("Date", "Town", "Killed"), [textCell("08.06.2021"), textCell("Al-Bab"), numberCell(10)]]),
            ("compact", [header("Date", "Town", "Killed"), [textCell("20210608"), textCell("Al-Bab"), numberCell(10)]]),
            ("monthName", [header("Date", "Town", "Killed"), [textCell("Jun 8, 2021"), textCell("Al-Bab"), numberCell(10)]]),
            ("words", [header("Date", "Town", "Killed"), [textCell("2021-06-08"), textCell("Al-Bab"), textCell("10 killed")]]),
            ("range", [header("Date", "Town", "Deaths"), [textCell("2021-06-08"), textCell("Al-Bab"), textCell("5-7")]]),
        ]
        for (name, rows) in sheets {
            let f = try r20Workbook(rows, name: "r21rec\(name).xlsx")
            let m = errorOf { _ = try read([f], by: [.country]) }?.message ?? "(read)"
            #expect(m.contains("has a table under a header of its own"), "\(name): \(m)")
            #expect(m.contains("a name (a place or an actor) and a figure"), "\(name): \(m)")
            #expect(m.contains("and give that file together with the workbook and --sheet Sheet1"), "\(name): \(m)")
        }
        // A month alone is no day: a summary by month reads.
        let month = try r20Workbook([header("Date", "Town", "Killed"), [textCell("June 2021"), textCell("Al-Bab"), numberCell(10)]], name: "r21month.xlsx")
        #expect(r20Killed(try read([month], by: [.country])) == 30)
        // F9: "Aleppo governorate" is the first sheet's Aleppo, headerless.
        let area = try r20Workbook([[textCell("2021-06-08"), textCell("Aleppo governorate"), numberCell(10)]], name: "r21area.xlsx")
        #expect(errorOf { _ = try read([area], by: [.country]) }?.message.contains("a place that the records of sheet \"Sheet1\" name (\"Aleppo governorate\")") == true)
    }

    /// The day-like forms and the bare generic words, one by one.
    @Test func dayLikeCellsAndFigureNames() {
        for yes in ["2021-06-08 14:30:00", "2021-06-08T14:30", "08.06.2021", "20210608", "Jun 8, 2021", "8 juin 2021"] {
            #expect(XLSXReader.looksLikeDay(yes) || XLSXReader.writtenDay(yes), "\(yes)")
        }
        for no in ["2021-06", "June 2021", "Q1 2021", "20211399", "12345678", "2021", "10 killed"] {
            #expect(!XLSXReader.looksLikeDay(no), "\(no)")
        }
        let f = XLSXReader.deathOrEventColumnWords
        #expect(XLSXReader.namesFigure("Total", f) && XLSXReader.namesFigure("Number of deaths", f) && XLSXReader.namesFigure("adm_killed", f))
        #expect(!XLSXReader.namesFigure("Number of rows", f) && !XLSXReader.namesFigure("Total words", f) && !XLSXReader.namesFigure("Price", f))
    }
}

/// readers22 (review62): the place rule under a header, side tables apart; ranges of days.
@Suite struct Readers22LaterSheetPlaces {
    /// A1 (loss): records of the first sheet's governorates under words no list holds were
    /// read past once readers21 turned the place rule off under every header.
    @Test func theFirstSheetsPlacesUnderUnlistedWordsAreRefused() throws {
        for (name, h) in [("martyrs", ["Date", "Governorate", "Martyrs"]), ("muertes", ["Fecha", "Gobernación", "Muertes"]),
                          ("timeOfIncident", ["Time of incident", "Governorate", "Died"]), ("shuhada", ["التاريخ", "المحافظة", "الشهداء"])] {
            let f = try r20Workbook([h.map { textCell($0) }, [textCell("2021-06-08"), textCell("Aleppo"), numberCell(10)]], name: "r22\(name).xlsx")
            #expect(errorOf { _ = try read([f], by: [.country]) }?.exitCode == 65, "\(name)")
        }
    }

    /// A1's side tables (F6 of review61) still read; A2: "Value" is no record's figure; A10:
    /// a span of days ("1-15 May 2021", "May 3-9, 2021") is a summary's period.
    @Test func sideTablesAndSpansOfDaysRead() throws {
        let sheets: [(String, [[String]])] = [
            ("weekly", [header("Week starting", "Governorate", "Fatalities"), [textCell("2021-06-07"), textCell("Aleppo"), numberCell(40)]]),
            ("movements", [header("Date", "From", "To", "Individuals"), [textCell("2021-06-30"), textCell("Idlib"), textCell("Aleppo"), numberCell(1200)]]),
            ("indicator", [header("Date", "Indicator", "Value"), [textCell("2021-06-08"), textCell("Food insecure people"), numberCell(12_000_000)]]),
            ("halfMonth", [header("Dates", "Governorate", "Fatalities"), [textCell("1-15 May 2021"), textCell("Al-Bab"), numberCell(40)]]),
            ("weekRange", [header("Dates covered", "Town", "Civilian deaths"), [textCell("May 3-9, 2021"), textCell("Al-Bab"), numberCell(40)]]),
        ]
        for (name, rows) in sheets {
            let f = try r20Workbook(rows, name: "r22ok\(name).xlsx")
            #expect(r20Killed(try read([f], by: [.country])) == 30, "\(name)")
        }
        #expect(!XLSXReader.looksLikeDay("1-15 May 2021") && !XLSXReader.looksLikeDay("May 3-9, 2021") && !XLSXReader.looksLikeDay("3 to 9 May 2021"))
        #expect(XLSXReader.looksLikeDay("Jun 8, 2021") && XLSXReader.looksLikeDay("08.06.2021"))
    }
}
