import Foundation
import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// readers12 (issue 11; review54 F9, F10; audit11 F2, F9, F10): readers' door, second round.
private let r12ACLED = "event_id_cnty,event_date,year,event_type,country,admin1,fatalities\n"
private let r12GED = "id,date_start,date_end,country,adm_1,side_a,date_prec,deaths_a,deaths_b,deaths_civilians,deaths_unknown,low,best,high\n"

private func r12KilledByMonth(_ o: IngestOutcome) -> [String: Int64] {
    Dictionary(o.result.rows.filter { $0.measure == "killed" }.map { ($0.period, $0.estimate.best) }, uniquingKeysWith: +)
}

private func r12Row(_ id: String, _ date: String, _ killed: Int) -> [String] {
    [textCell(id), textCell(date), numberCell(2021), textCell("Battles"), textCell("Syria"), textCell("Aleppo"), numberCell(killed)]
}
private let r12HeaderCells = r12ACLED.dropLast().split(separator: ",").map { textCell(String($0)) }

private func utf16(_ s: String, bigEndian: Bool) -> [UInt8] {
    var out: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for u in s.utf16 { out += bigEndian ? [UInt8(u >> 8), UInt8(u & 0xFF)] : [UInt8(u & 0xFF), UInt8(u >> 8)] }
    return out
}

/// review54 F9 (silent): the two-forms rule watched date_start alone; ISO cells beside
/// `28/05/2018` in UCDP's date_end (the column UCDP counts at) were read under
/// --date-order dmy and landed in August. Without --date-order the refusal advised it.
@Suite struct DateEndForms {
    @Test func isoBesideAllNumericInDateEndIsRefused() throws {
        // Truly 28 May and 8 May; the second became 2018-08-05 in Excel.
        let ged = writeFile(r12GED + "1,2018-05-01,28/05/2018,Syria,Idlib,A,1,1,0,0,0,1,1,1\n2,2018-05-01,2018-08-05,Syria,Idlib,A,1,3,0,0,0,3,3,3\n",
                            name: "end.csv")
        for order: DayMonthOrder? in [.dmy, nil] {
            let e = errorOf { _ = try read([ged], by: [.country], period: .month, dateOrder: order) }
            #expect(e?.exitCode == 65)
            let m = e?.message ?? "(read)"
            #expect(m.hasPrefix("\(ged):3: column 'date_end' holds dates in two forms: line 2 \"28/05/2018\" (all-numeric, read day first (dd/mm/yyyy), "), "\(m)")
            #expect(m.contains("and line 3 \"2018-08-05\" (YYYY-MM-DD)") && !m.contains("give --date-order"), "\(m)")
        }
        let native = writeFile(DateOrderHint.native + "1,2018-05-01,28/05/2018,Syria,killed,1\n2,2018-05-01,2018-08-05,Syria,killed,3\n", name: "nend.csv")
        #expect(errorOf { _ = try read([native], by: [.country], dateOrder: .dmy) }?.message.hasPrefix("\(native):3: column 'date_end' holds dates in two forms") == true)
    }

    /// An all-numeric date_end no date orders, in a column that began in another form:
    /// --date-order is not advised (it would be refused again).
    @Test func anUndecidedDateEndBesideISOIsNotToldToGiveAnOrder() throws {
        let ged = writeFile(r12GED + "1,2018-05-01,2018-05-01,Syria,Idlib,A,1,1,0,0,0,1,1,1\n2,2018-05-01,08/05/2018,Syria,Idlib,A,1,3,0,0,0,3,3,3\n",
                            name: "amb.csv")
        let m = errorOf { _ = try read([ged], by: [.country]) }?.message ?? "(read)"
        #expect(m.hasPrefix("\(ged):3: column 'date_end' holds dates in two forms: line 2 \"2018-05-01\" and here \"08/05/2018\" (all-numeric)"), "\(m)")
        #expect(m.contains("--date-order does not settle it") && !m.contains("give --date-order"), "\(m)")
        // The first row ISO in date_end, a decided day-first date later: the same.
        let later = writeFile(r12GED + "1,2018-05-01,2018-05-01,Syria,Idlib,A,1,1,0,0,0,1,1,1\n2,2018-05-01,28/05/2018,Syria,Idlib,A,1,3,0,0,0,3,3,3\n",
                              name: "later.csv")
        let n = errorOf { _ = try read([later], by: [.country]) }?.message ?? "(read)"
        #expect(n.contains("holds dates in two forms") && !n.contains("give --date-order"), "\(n)")
    }

    /// Each column of one form reads: ISO starts beside day-first ends (the ends decide the order).
    @Test func eachDateColumnOfOneFormReads() throws {
        let ged = writeFile(r12GED + "1,2018-05-01,28/05/2018,Syria,Idlib,A,1,1,0,0,0,1,1,1\n2,2018-05-01,08/05/2018,Syria,Idlib,A,1,3,0,0,0,3,3,3\n",
                            name: "one.csv")
        #expect(r12KilledByMonth(try read([ged], by: [.country], period: .month)) == ["2018-05": 4])
    }
}

/// review54 F10 (loss): a second sheet whose records follow a note ("Continued from
/// Sheet1") or blank rows was left out silently, and so was one whose first record has
/// an empty date: the check looked at a sheet's first row alone.
@Suite struct SheetsPastNotes {
    static let first: [(Int, [String])] = [(1, r12HeaderCells), (2, r12Row("SYR1", "2021-05-08", 10))]

    @Test func recordsAfterANoteOrBlankRowsAreRefused() throws {
        let f = try workbookFile([("Sheet1", Self.first),
                                 ("Sheet2", [(1, [textCell("Continued from Sheet1")]), (2, r12Row("SYR2", "2021-06-08", 100))])], name: "note.xlsx")
        let e = errorOf { _ = try read([f], by: [.country]) }
        #expect(e?.exitCode == 65)
        #expect(e?.message.hasPrefix("\(f): sheet \"Sheet2\" has no header and its first record after 1 row of notes (\"SYR2\", \"2021-06-08\", \"2021\", \"Battles\", …) is a record of the columns of sheet \"Sheet1\"") == true,
                "\(e?.message ?? "(read)")")
        let g = try workbookFile([("Sheet1", Self.first),
                                 ("Sheet2", [(2, [textCell("Events, page 2")]), (3, [textCell("")]), (5, r12Row("SYR2", "2021-06-08", 100))])], name: "blank.xlsx")
        #expect(errorOf { _ = try read([g], by: [.country]) }?.message.contains("sheet \"Sheet2\" has no header") == true)
        // A first record whose date is empty does not hide the rest.
        let h = try workbookFile([("Sheet1", Self.first),
                                 ("Sheet2", [(1, r12Row("SYR2", "", 100)), (2, r12Row("SYR3", "2021-06-09", 1))])], name: "nodate.xlsx")
        #expect(errorOf { _ = try read([h], by: [.country]) }?.message.hasPrefix("\(h): sheet \"Sheet2\" has no header and its first dated record (\"SYR3\"") == true)
        // A note, then the header again, then records: a sheet of the same header.
        let k = try workbookFile([("Sheet1", Self.first),
                                 ("Sheet2", [(1, [textCell("Continued")]), (2, r12HeaderCells), (3, r12Row("SYR2", "2021-06-08", 100))])], name: "hdr.xlsx")
        #expect(errorOf { _ = try read([k], by: [.country]) }?.message.hasPrefix("\(k): sheets \"Sheet1\", \"Sheet2\" hold records under the same header") == true)
        var one = InputOptions(); one.sheet = "Sheet1"
        #expect(try read([f], by: [.country], input: one).result.rows.map(\.estimate.best) == [10])
    }

    @Test func notesAndCodebooksStillRead() throws {
        let f = try workbookFile([("Sheet1", Self.first),
                                 ("Notes", (1 ... 14).map { ($0, [textCell("Note \($0)"), textCell("text")]) }),
                                 ("Codebook", [(1, [textCell("Source")]), (2, [textCell("Column"), textCell("Type"), textCell("Description"), textCell("Example")]),
                                               (3, [textCell("event_date"), textCell("date"), textCell("The day"), textCell("2021-05-08")]),
                                               (4, [textCell("country"), textCell("text"), textCell("Country"), textCell("Syria")])]),
                                 ("Blank then pivot", [(3, [textCell("Syria"), textCell("2021"), numberCell(111)])])],
                                name: "quiet.xlsx")
        #expect(try read([f], by: [.country]).result.rows.map(\.estimate.best) == [10])
    }
}

/// audit11 F2: an API response saved as UTF-16 with a mark (Windows PowerShell 5.1's
/// `>`) was parsed as CSV and refused as "malformed quoting".
@Suite struct UTF16JSON {
    @Test func aUTF16APIResponseReadsAsItsUTF8() throws {
        let text = try String(contentsOfFile: fixture("ucdp-api.json"), encoding: .utf8)
        let plain = try read([fixture("ucdp-api.json")], by: [.country], period: .year)
        for big in [false, true] {
            let f = scratchDirectory() + "/api16\(big ? "be" : "le").json"
            FileManager.default.createFile(atPath: f, contents: Data(utf16(text, bigEndian: big)))
            let o = try read([f], by: [.country], period: .year)
            #expect(r12KilledByMonth(o) == r12KilledByMonth(plain))
            #expect(!o.result.rows.isEmpty)
        }
    }
}

/// audit11 F9: a zip holding one .tsv, .txt (Excel's "Unicode text") or .json was
/// refused though each reads unzipped.
@Suite struct ZippedTextForms {
    static let csv = r12ACLED + "SYR1,2021-05-08,2021,Battles,Syria,Aleppo,10\nSYR2,2021-06-08,2021,Battles,Syria,Aleppo,3\n"

    @Test func oneTSVTxtOrJSONInAZipReads() throws {
        let tsv = Array(Self.csv.replacingOccurrences(of: ",", with: "\t").utf8)
        let want: [String: Int64] = ["2021-05": 10, "2021-06": 3]
        for (member, bytes) in [("export.tsv", tsv), ("export.txt", utf16(Self.csv.replacingOccurrences(of: ",", with: "\t"), bigEndian: false))] {
            let z = try zipFile([(member, bytes)], name: member + ".zip")
            #expect(r12KilledByMonth(try read([z], by: [.country], period: .month)) == want, "\(member)")
        }
        // A README beside the data is not the data.
        let r = try zipFile([("data.tsv", tsv), ("README.txt", Array("About this export\n".utf8))], name: "readme.zip")
        #expect(r12KilledByMonth(try read([r], by: [.country], period: .month)) == want)
        let json = try zipFile([("page1.json", Array(try Data(contentsOf: URL(fileURLWithPath: fixture("ucdp-api.json")))))], name: "json.zip")
        #expect(r12KilledByMonth(try read([json], by: [.country], period: .year)) == r12KilledByMonth(try read([fixture("ucdp-api.json")], by: [.country], period: .year)))
        let two = try zipFile([("a.tsv", tsv), ("b.json", Array("{}".utf8))], name: "two.zip")
        // (The members' order in the archive is the dictionary's.)
        let m = errorOf { _ = try read([two], by: [.country]) }?.message ?? "(read)"
        #expect(m.hasPrefix("\(two): a zip archive with 2 files tally could read (") && m.contains("a.tsv") && m.contains("b.json")
                && m.hasSuffix("); unzip it and give the ones to read"), "\(m)")
    }
}

/// audit11 F10: Excel's CSV of a date-time column (`2/20/2009 0:00`, `28/05/2016 00:00`)
/// was "not a valid date". A midnight is the date, in the order rules of the date alone;
/// any other time is refused as it is after YYYY-MM-DD.
@Suite struct SpreadsheetDateTimes {
    @Test func midnightReadsAsTheDate() throws {
        let cases: [(String, String, [String: Int64])] = [
            ("5/28/2016 0:00", "6/2/2016 0:00", ["2016-05": 4, "2016-06": 1]),
            ("28/05/2016 00:00", "6/2/2016 00:00", ["2016-05": 4, "2016-02": 1]),
            ("5/28/2016 12:00:00 AM", "6/2/2016 12:00:00 AM", ["2016-05": 4, "2016-06": 1]),
            ("2016-05-28 0:00", "2016-06-02 00:00:00", ["2016-05": 4, "2016-06": 1]),
        ]
        for (a, b, want) in cases {
            let f = writeFile(r12ACLED + "X1,\(a),2016,Battles,Mali,Gao,4\nX2,\(b),2016,Battles,Mali,Gao,1\n", name: "dt.csv")
            #expect(r12KilledByMonth(try read([f], by: [.country], period: .month)) == want, "\(a)")
        }
        // UCDP written back by Excel from the converter's `2009-02-20 00:00:00.000`.
        let ged = writeFile(r12GED + "1,2/20/2009 0:00,2/20/2009 0:00,Syria,Idlib,A,1,1,0,0,0,1,1,1\n2,3/1/2009 0:00,3/2/2009 0:00,Syria,Idlib,A,1,3,0,0,0,3,3,3\n",
                            name: "ged.csv")
        #expect(r12KilledByMonth(try read([ged], by: [.country], period: .month)) == ["2009-02": 1, "2009-03": 3])
        // The order rules hold: nothing decides an ambiguous date with a time either.
        let amb = writeFile(r12ACLED + "X1,6/2/2016 0:00,2016,Battles,Mali,Gao,4\n", name: "amb.csv")
        #expect(errorOf { _ = try read([amb], by: [.country]) }?.message.contains("give --date-order dmy") == true)
    }

    @Test func anotherTimeIsRefused() throws {
        for t in ["5/28/2016 14:30", "2016-05-28 9:30", "5/28/2016 12:00 PM"] {
            let f = writeFile(r12ACLED + "X1,\(t),2016,Battles,Mali,Gao,4\nX2,6/20/2016,2016,Battles,Mali,Gao,1\n", name: "t.csv")
            let m = errorOf { _ = try read([f], by: [.country]) }?.message ?? "(read)"
            #expect(m.hasPrefix("\(f):2: column 'event_date': \"\(t)\" carries the time ") && m.contains("will not cut a time to its date"), "\(m)")
        }
    }
}

/// audit11 F1, F6, F11, F13 (messages): what a refused file is, and what to do.
@Suite struct DoorMessages {
    @Test func aTitleRowAboveTheHeaderNamesTheHeadersLine() throws {
        let f = writeFile("ACLED export 2019-2021\n\n" + r12ACLED + "SYR1,2021-05-08,2021,Battles,Syria,Aleppo,10\n", name: "title.csv")
        let m = errorOf { _ = try read([f], by: [.country]) }?.message ?? "(read)"
        #expect(m.hasSuffix("; line 3 holds ACLED's header (event_id_cnty,event_date,year,…): the lines above it are a title or notes; "
                            + "delete them so that the header is the first line (in a workbook, delete the rows above the header)"), "\(m)")
        let w = try workbookFile([("Sheet1", [(1, [textCell("Events")]), (2, r12HeaderCells), (3, r12Row("SYR1", "2021-05-08", 10))])], name: "title.xlsx")
        let n = errorOf { _ = try read([w], by: [.country]) }?.message ?? "(read)"
        #expect(n.contains("; line 2 holds ACLED's header (event_id_cnty,event_date,year,…): the line above it is a title; delete it"), "\(n)")
        // A first line that is no title (many fields) gets no such hint.
        let g = writeFile("a,b,c,d\n" + r12ACLED, name: "other.csv")
        #expect(errorOf { _ = try read([g], by: [.country]) }?.message.contains("holds ACLED's header") == false)
    }

    @Test func aclesMonthlyAggregatedDataIsNamed() throws {
        let f = writeFile("Country,Month,Year,Events,Fatalities\nSudan,January,2024,10,20\n", name: "pv.csv")
        #expect(errorOf { _ = try read([f], by: [.country]) }?.message.contains("this is ACLED's aggregated data (monthly counts of events and fatalities") == true)
        let w = try workbookFile([("TOU", [(1, [textCell("Terms of use")])]),
                                 ("Non_HRP", [(1, ["Country", "Month", "Year", "Events", "Fatalities"].map { textCell($0) }), (2, [textCell("Sudan"), textCell("January"), numberCell(2024), numberCell(1), numberCell(2)])])],
                                name: "pv.xlsx")
        let m = errorOf { _ = try read([w], by: [.country]) }?.message ?? "(read)"
        #expect(m.contains("sheet \"Non_HRP\": this is ACLED's aggregated data"), "\(m)")
    }

    @Test func aHAPIAPIResponseIsNotCalledACLEDs() throws {
        let f = writeFile("{\"data\":[{\"location_ref\":1,\"location_code\":\"SDN\",\"admin_level\":0,\"event_type\":\"political_violence\",\"events\":7,"
                          + "\"fatalities\":20,\"reference_period_start\":\"2024-01-01T00:00:00\",\"reference_period_end\":\"2024-01-31T23:59:59\"}]}", name: "hapi.json")
        let m = errorOf { _ = try read([f], by: [.country]) }?.message ?? "(read)"
        #expect(m.hasPrefix("\(f): an HDX HAPI API response (conflict events) in JSON") && !m.contains("with_total"), "\(m)")
    }

    @Test func aRewordedACLEDHeaderIsNamed() throws {
        let f = writeFile("Event ID,Event Date,Year,Event Type,Country,Admin1,Fatalities\nX,2020-01-01,2020,Battles,Mali,Gao,3\n", name: "pretty.csv")
        let m = errorOf { _ = try read([f], by: [.country]) }?.message ?? "(read)"
        #expect(m.contains("the header looks like ACLED's with its names reworded ('Event Date' for event_date)"), "\(m)")
    }
}
