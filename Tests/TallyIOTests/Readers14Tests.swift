import Foundation
import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// readers14 (issue 11): the readers' gaps left by readers12 and readers13.
private let r14ACLED = "event_id_cnty,event_date,year,event_type,country,admin1,fatalities\n"

private func r14Killed(_ o: IngestOutcome) -> Int64 {
    o.result.rows.filter { $0.measure == "killed" }.map(\.estimate.best).reduce(0, +)
}

private func r14Row(_ id: String, _ date: String, _ killed: Int) -> [String] {
    [textCell(id), textCell(date), numberCell(2021), textCell("Battles"), textCell("Syria"), textCell("Aleppo"), numberCell(killed)]
}
private let r14HeaderCells = r14ACLED.dropLast().split(separator: ",").map { textCell(String($0)) }

/// Issue 11, item 1 (silent loss): the records of a second sheet after more than 50
/// rows of notes (readers13's window) were left out of every figure, exit 0.
@Suite struct SheetsPastAnyNotes {
    static let first: [(Int, [String])] = [(1, r14HeaderCells), (2, r14Row("SYR1", "2021-05-08", 10))]

    @Test func recordsAfterManyNotesAreRefused() throws {
        let cases: [(String, [(Int, [String])], String)] = [
            ("sixty.xlsx", (1 ... 60).map { ($0, [textCell("Note \($0)")]) }, "after 60 rows of notes"),
            ("wide.xlsx", (1 ... 400).map { ($0, [textCell("Note \($0)"), textCell("a"), textCell("b"), textCell("c")]) }, "after 400 rows of notes"),
        ]
        for (name, notes, said) in cases {
            let f = try workbookFile([("Sheet1", Self.first), ("Sheet2", notes + [(notes.count + 1, r14Row("SYR2", "2021-06-08", 100))])], name: name)
            let e = errorOf { _ = try read([f], by: [.country]) }
            #expect(e?.exitCode == 65, "\(name)")
            #expect(e?.message.hasPrefix("\(f): sheet \"Sheet2\" has no header and its first record \(said) (\"SYR2\", \"2021-06-08\"") == true, "\(name): \(e?.message ?? "(read)")")
        }
        // Seventy notes, then the header again: a sheet of the same header.
        let h = try workbookFile([("Sheet1", Self.first),
                                 ("Sheet2", (1 ... 70).map { ($0, [textCell("Note"), textCell("x"), textCell("y")]) }
                                    + [(71, r14HeaderCells), (72, r14Row("SYR2", "2021-06-08", 100))])], name: "hdr70.xlsx")
        #expect(errorOf { _ = try read([h], by: [.country]) }?.message.hasPrefix("\(h): sheets \"Sheet1\", \"Sheet2\" hold records under the same header") == true)
    }

    @Test func longNotesCodebooksAndPivotsStillRead() throws {
        let f = try workbookFile([("Sheet1", Self.first),
                                 ("Notes", (1 ... 500).map { ($0, [textCell("Note \($0)"), textCell("text"), textCell("2024-01-01")]) }),
                                 ("Codebook", [(1, [textCell("Column"), textCell("Type"), textCell("Description"), textCell("Example")])]
                                    + (2 ... 80).map { ($0, [textCell("country"), textCell("text"), textCell("Country"), textCell("Syria")]) }),
                                 ("Pivot", [(1, [textCell("country"), textCell("2021"), textCell("2022")])]
                                    + (2 ... 90).map { ($0, [textCell("Syria"), numberCell(111), numberCell(5)]) }),
                                 // The header after many notes, with nothing after it, adds nothing.
                                 ("Header", (1 ... 60).map { ($0, [textCell("Template")]) } + [(61, r14HeaderCells)])],
                                name: "quiet.xlsx")
        #expect(r14Killed(try read([f], by: [.country])) == 10)
    }
}

/// Issue 11, item 2 (silent loss): a data file named as metadata (`events_metadata.csv`
/// holding records) beside another data file in a zip was passed over by its name, its
/// records left out, exit 0. And a workbook in a zip was listed among the files tally
/// could read there.
@Suite struct ZipMetadataMembers {
    static let a = Array((r14ACLED + "SYR1,2021-05-08,2021,Battles,Syria,Aleppo,10\n").utf8)
    static let b = r14ACLED + "SYR2,2021-06-08,2021,Battles,Syria,Aleppo,20\n"

    @Test func metadataHoldingRecordsIsRefusedWithTheData() throws {
        let utf16 = [UInt8]([0xFF, 0xFE]) + Self.b.replacingOccurrences(of: ",", with: "\t").utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let api = "{\"status\":200,\"data\":[{\"event_id_cnty\":\"SYR2\",\"event_date\":\"2021-06-08\",\"year\":2021,\"event_type\":\"Battles\",\"country\":\"Syria\",\"admin1\":\"Aleppo\",\"fatalities\":20}]}"
        for (other, bytes, kind) in [("events_metadata.csv", Array(Self.b.utf8), "2 CSV files"),
                                     ("Events Metadata.tsv", utf16, "2 files tally could read"),
                                     ("codebook.json", Array(api.utf8), "2 files tally could read"),
                                     // A title line above the header.
                                     ("data_dictionary.csv", Array(("Extra rows\n\n" + Self.b).utf8), "2 CSV files")] {
            let z = try zipFile([("events.csv", Self.a), (other, bytes)], name: "meta.zip")
            let e = errorOf { _ = try read([z], by: [.country]) }
            #expect(e?.exitCode == 65, "\(other)")
            #expect(e?.message == "\(z): a zip archive with \(kind) (events.csv, \(other)) (\(other) is named as metadata, but holds records under a header tally reads); unzip it and give the ones to read", "\(e?.message ?? "(read)")")
        }
    }

    @Test func metadataOfNoRecordsIsStillLeftAside() throws {
        for (other, text) in [("metadata.csv", "field,description\nevent_date,The day of the event\ncountry,The country\n"),
                              ("data_dictionary.csv", "column,type,description,example\nevent_date,date,The day,2021-05-08\ncountry,text,Country,Syria\n"),
                              ("metadata.json", "{\"title\":\"ACLED\",\"fields\":[{\"name\":\"event_date\",\"type\":\"date\"},{\"name\":\"country\"}]}"),
                              ("codebook.txt", "ACLED codebook\n\nevent_date: the day of the event\ncountry: where\n"),
                              ("datapackage.json", "{}")] {
            let z = try zipFile([("events.csv", Self.a), (other, Array(text.utf8))], name: "meta.zip")
            #expect(r14Killed(try read([z], by: [.country])) == 10, "\(other)")
        }
        // A metadata file alone is read as before.
        let z = try zipFile([("events_metadata.csv", Self.a), ("README.txt", Array("About\n".utf8))], name: "alone.zip")
        #expect(r14Killed(try read([z], by: [.country])) == 10)
    }

    @Test func aWorkbookIsNotListedAsReadable() throws {
        let z = try zipFile([("a.csv", Self.a), ("b.xlsx", Array("PK".utf8))], name: "wb.zip")
        #expect(errorOf { _ = try read([z], by: [.country]) }?.message
                == "\(z): a zip archive with a data file (a.csv) and a workbook (b.xlsx); unzip it and give the ones to read; tally does not read a workbook inside a zip archive: give a .xlsx as a file of its own (save a .xls or .ods as .xlsx)")
        let two = try zipFile([("a.xlsx", Array("PK".utf8)), ("b.xlsx", Array("PK".utf8))], name: "wb2.zip")
        #expect(errorOf { _ = try read([two], by: [.country]) }?.message.hasPrefix("\(two): a zip archive with 2 workbooks (a.xlsx, b.xlsx); unzip it") == true)
    }
}

/// Issue 11, item 3 (refusal): a native file's date at midnight (`2016-05-28 00:00:00`)
/// was "not a valid date" while every other reader took midnight as the day; a date
/// with a month name at midnight (`01-Jun-2016 0:00`) was refused everywhere.
@Suite struct MidnightInEveryReader {
    static let native = "id,date_start,date_end,country,adm_1,adm_2,actor,measure,low,best,high,source\n"

    static func byMonth(_ o: IngestOutcome) -> [String: Int64] {
        Dictionary(o.result.rows.filter { $0.measure == "killed" }.map { ($0.period, $0.estimate.best) }, uniquingKeysWith: +)
    }

    @Test func nativeMidnightIsTheDay() throws {
        for t in ["2016-05-28 00:00:00", "2016-05-28T00:00:00", "2016-05-28 00:00", "2016-05-28 0:00", "2016-05-28T00:00:00Z", "2016-05-28 00:00:00.000"] {
            let f = writeFile(Self.native + "1,\(t),\(t),Mali,Gao,,A,killed,4,4,4,s\n2,2016-06-02,,Mali,Gao,,A,killed,1,1,1,s\n", name: "n.csv")
            let o = try read([f], by: [.country], period: .month)
            #expect(Self.byMonth(o) == ["2016-05": 4, "2016-06": 1], "\(t)")
            // `tally info` says the form as it does UCDP's.
            #expect(o.dateForms.seen == [.iso, .isoWithTime], "\(t)")
        }
    }

    @Test func nativeOtherTimesAreRefusedSayingWhy() throws {
        for (t, said) in [("2016-05-28 14:30:00", "carries the time 14:30: tally counts days and will not cut a time to its date"),
                          ("2016-05-28T23:00:00Z", "if it is a local midnight converted to UTC, the day is 2016-05-29 (UTC+1)"),
                          ("2016-05-28T00:00:00+01:00", "carries a time in UTC+1 (00:00)")] {
            let f = writeFile(Self.native + "1,\(t),,Mali,Gao,,A,killed,4,4,4,s\n", name: "n.csv")
            let m = errorOf { _ = try read([f], by: [.country]) }?.message ?? "(read)"
            #expect(m.hasPrefix("\(f):2: column 'date_start': \"\(t)\" ") && m.contains(said) && m.contains("write the dates as days (YYYY-MM-DD)"), "\(m)")
        }
    }

    @Test func writtenDatesAtMidnightAreTheDay() throws {
        let acled = r14ACLED
        for (a, b, want) in [("2016-06-02", "01-Jun-2016 0:00", ["2016-06": 5] as [String: Int64]),
                             ("01-Jun-2016 0:00", "02-Jun-2016 00:00:00", ["2016-06": 5]),
                             ("1 June 2016 0:00", "28 May 2016 12:00:00 AM", ["2016-06": 4, "2016-05": 1]),
                             ("9-May-20 0:00", "9-May-20", ["2020-05": 5])] {
            let f = writeFile(acled + "X1,\(a),2016,Battles,Mali,Gao,4\nX2,\(b),2016,Battles,Mali,Gao,1\n", name: "w.csv")
            #expect(Self.byMonth(try read([f], by: [.country], period: .month)) == want, "\(a) \(b)")
        }
        for t in ["01-Jun-2016 14:00", "1 June 2016 9:30"] {
            let f = writeFile(acled + "X1,\(t),2016,Battles,Mali,Gao,4\n", name: "w.csv")
            let m = errorOf { _ = try read([f], by: [.country]) }?.message ?? "(read)"
            #expect(m.hasPrefix("\(f):2: column 'event_date': \"\(t)\" carries the time ") && m.contains("will not cut a time to its date"), "\(m)")
        }
    }
}

/// Issue 11, item 4 (audit11 F7, silent): events of an older pull that a newer pull,
/// given after it, no longer holds on the days it covers (ACLED deletes and merges
/// events; UCDP's release drops Candidate events) were counted from the older pull with
/// no word. Counted still (which pull is newer is the user's word), but said.
@Suite struct DroppedByTheNewerPull {
    static func acled(_ rows: [(String, String, Int)], country: String = "Syria") -> String {
        r14ACLED + rows.map { "\($0.0),\($0.1),2021,Battles,\(country),Aleppo,\($0.2)\n" }.joined()
    }

    @Test func eventsTheNewerPullLacksAreSaid() throws {
        let older = writeFile(Self.acled([("SYR1", "2021-05-01", 1), ("SYR2", "2021-05-10", 2), ("SYR3", "2021-05-20", 4), ("SYR4", "2021-05-25", 8)]), name: "pullA.csv")
        // The newer pull: 2021-05-05 on; SYR3 deleted, SYR2 revised.
        let newer = writeFile(Self.acled([("SYR5", "2021-05-05", 16), ("SYR2", "2021-05-10", 3), ("SYR4", "2021-05-25", 8), ("SYR6", "2021-06-02", 32)]), name: "pullB.csv")
        let o = try read([older, newer], by: [.country])
        #expect(r14Killed(o) == 1 + 4 + 16 + 3 + 8 + 32)
        let said = o.notes.filter { $0.contains("given after it") }
        #expect(said == ["1 event of \(older) falls on days \(newer) (given after it) covers, in a country it holds, but \(newer) does not hold its id: counted from \(older). "
                         + "If \(newer) is a newer pull of the same events, ACLED has removed or merged them since: give it alone for those days; "
                         + "if it holds a selection (a sample, some event types), nothing is wrong"], "\(o.notes)")
        // Every event of the older pull in the newer: nothing said.
        let whole = writeFile(Self.acled([("SYR1", "2021-05-01", 1), ("SYR2", "2021-05-10", 3), ("SYR3", "2021-05-20", 4), ("SYR4", "2021-05-25", 8)]), name: "pullC.csv")
        #expect(try read([older, whole], by: [.country]).notes.allSatisfy { !$0.contains("given after it") })
        // Another country's pull on the same days is no newer view of these events.
        let mali = writeFile(Self.acled([("MLI1", "2021-05-05", 16), ("MLI2", "2021-05-30", 1)], country: "Mali"), name: "mali.csv")
        #expect(try read([older, mali], by: [.country]).notes.allSatisfy { !$0.contains("given after it") })
    }
}
