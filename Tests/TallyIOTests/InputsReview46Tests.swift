import Foundation
import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// review46 S5, S7 and R3: how TallyIO reads the end of a file, the sheets of a
/// workbook and whole-valued float codes, each tried on its variants and on the honest
/// twins that must keep reading.

private let r46Acled = "event_id_cnty,event_date,year,time_precision,event_type,actor1,country,admin1,admin2,fatalities\n"
private let r46Ged = "id,year,date_start,date_end,country,adm_1,side_a,date_prec,where_prec,deaths_civilians,low,best,high\n"

private func killed(_ o: IngestOutcome) -> String {
    o.result.rows.filter { $0.measure == "killed" }.map { $0.estimate.display }.joined(separator: ";")
}

/// A CSV cut inside its last record (no line end after it, every line before it ending
/// with one) was read as whole: UCDP's last column is `high`, so the range changed,
/// exit 0 (S5). Publishers' exports and tally's own tables always end with a line end:
/// refused naming file and line. A hand-made native file may lack it: read, with a note.
@Suite struct CutLastRecord {
    @Test func aUCDPExportCutInItsHighIsRefusedAtItsLine() throws {
        let whole = r46Ged + "1,2019,2019-01-02,2019-01-02,Bangladesh,Dhaka,G,1,1,0,1,1,1\n"
            + "2,2019,2019-01-03,2019-01-03,Bangladesh,Dhaka,G,1,1,0,80,90,1000\n"
        #expect(killed(try read([writeFile(whole, name: "whole.csv")], by: [.country])) == "91 (81–1,001)")
        let cut = writeFile(String(whole.dropLast(2)), name: "cut.csv")
        let e = errorOf { _ = try read([cut], by: [.country]) }
        #expect(e?.exitCode == 65)
        #expect(e?.message.hasPrefix("\(cut):3: the file ends inside its last record: no line end after it, though a UCDP GED export always ends with one") == true, "\(e?.message ?? "")")
        #expect(e?.message.contains("last field (here 'high') would be read cut; download it again") == true)
    }

    @Test(arguments: [
        // Plain LF lines, the last cut inside its fatalities.
        ("plain", r46Acled + "A1,2023-01-05,2023,1,Battles,A,Syria,Idlib,Idlib,12\nA2,2023-01-06,2023,1,Battles,A,Syria,Idlib,Idlib,3", 3),
        // CRLF lines, the last cut before its CR.
        ("crlf", r46Acled.replacingOccurrences(of: "\n", with: "\r\n") + "A1,2023-01-05,2023,1,Battles,A,Syria,Idlib,Idlib,12\r\nA2,2023-01-06,2023,1,Battles,A,Syria,Idlib,Idlib,3", 3),
        // A quoted last field.
        ("quoted", r46Acled + "A1,2023-01-05,2023,1,Battles,A,Syria,Idlib,Idlib,\"12\"\nA2,2023-01-06,2023,1,Battles,A,Syria,Idlib,Idlib,\"3\"", 3),
        // A file of one record.
        ("one", r46Acled + "A1,2023-01-05,2023,1,Battles,A,Syria,Idlib,Idlib,12", 2),
    ])
    func anACLEDExportCutIsRefused(name: String, text: String, line: Int) throws {
        let f = writeFile(text, name: "\(name).csv")
        let e = errorOf { _ = try read([f]) }
        #expect(e?.exitCode == 65, "\(name)")
        #expect(e?.message.hasPrefix("\(f):\(line): the file ends inside its last record") == true, "\(name): \(e?.message ?? "")")
        // The same bytes with the line end: read (the honest twin).
        let whole = writeFile(text + (name == "crlf" ? "\r\n" : "\n"), name: "\(name)-whole.csv")
        #expect(try read([whole]).result.rows.isEmpty == false)
        // gzip of the cut file: the stream is whole, the text is cut.
        let gz = writeBytes(try gzipped(Array(text.utf8)), name: "\(name).csv.gz")
        #expect(errorOf { _ = try read([gz]) }?.message.contains(": the file ends inside its last record") == true)
    }

    @Test func aSmallBlockSizeFindsTheLineOfTheLastBlock() throws {
        var text = r46Acled
        for i in 1 ... 30_000 { text += "A\(i),2023-01-05,2023,1,Battles,A,Syria,Idlib,Idlib,\(i % 7)\n" }
        text += "A30001,2023-01-06,2023,1,Battles,A,Syria,Idlib,Idlib,1"
        #expect(text.utf8.count > 1 << 20) // more than the first block
        let f = writeFile(text, name: "many.csv")
        let e = errorOf { _ = try read([f], workers: 2, blockSize: 4096) }
        #expect(e?.message.hasPrefix("\(f):30002: the file ends inside its last record") == true, "\(e?.message ?? "")")
    }

    @Test func aTallyTableCutIsRefused() throws {
        let table = "country,period,measure,low,best,high,events,estimate,covered\nSyria,2023-01,killed,10,12,15,2,12 (10–15),\nIraq,2023-01,killed,4,4,4,1,4,"
        let f = writeFile(table, name: "table.csv")
        let e = errorOf { _ = try read([f], by: [.country], period: .month) }
        #expect(e?.message.hasPrefix("\(f):3: the file ends inside its last record: no line end after it, though a table tally writes always ends with one") == true, "\(e?.message ?? "")")
    }

    @Test func aNativeFileWithoutAFinalLineEndIsReadAndNoted() throws {
        let text = nativeHeader + "1,2023-01-05,2023-01-05,Syria,Idlib,,A,killed,,12,,news\n2,2023-01-06,2023-01-06,Syria,Idlib,,A,killed,,3,,news"
        let f = writeFile(text, name: "hand.csv")
        let o = try read([f], by: [.country])
        #expect(killed(o) == "15")
        #expect(o.notes.contains { $0.hasPrefix("\(f):3: the file ends with no line end after its last record, read as it stands") }, "\(o.notes)")
        // With the line end, or with only a row of commas (what a spreadsheet leaves) or
        // a CR after the last record: nothing to say.
        for (name, tail) in [("lf", "\n"), ("commas", "\n,,,,,,,,,,,"), ("cr", "\r")] {
            let g = writeFile(text + tail, name: "hand-\(name).csv")
            let p = try read([g], by: [.country])
            #expect(killed(p) == "15")
            #expect(!p.notes.contains { $0.contains("no line end") }, "\(name): \(p.notes)")
        }
        // A header alone without its line end: no record, no note of a cut.
        let h = writeFile(String(nativeHeader.dropLast()), name: "header.csv")
        #expect(!(try read([h])).notes.contains { $0.contains("no line end") })
    }
}

/// ACLED's `time_precision` and UCDP's `date_prec` saved through pandas as floats
/// (`1.0`, a column that once held a missing value) were refused while fatalities
/// `12.0` read (R3): whole-valued floats are the codes; `1.5` names none.
@Suite struct FloatPrecisionCodes {
    @Test func acledTimePrecisionAsFloats() throws {
        let text = r46Acled + "A1,2023-01-05,2023.0,1.0,Battles,A,Syria,Idlib,Idlib,12.0\n"
            + "A2,2023-01-06,2023.0,2.0,Battles,A,Syria,Idlib,Idlib,3.0\nA3,2023-01-15,2023.0,3.00,Battles,A,Syria,Idlib,Idlib,5\n"
        let o = try read([writeFile(text, name: "flt.csv")], by: [.country], period: .month)
        // The same as the integer codes.
        let ints = text.replacingOccurrences(of: ".00,", with: ",").replacingOccurrences(of: ".0,", with: ",").replacingOccurrences(of: ".0\n", with: "\n")
        let p = try read([writeFile(ints, name: "int.csv")], by: [.country], period: .month)
        #expect(csvText(o.result) == csvText(p.result))
        #expect(killed(o) == "20")
        for bad in ["1.5", "1.", ".0", "4.0", "1.0.0", "1,0"] {
            let f = writeFile(r46Acled + "A1,2023-01-05,2023,\"\(bad)\",Battles,A,Syria,Idlib,Idlib,12\n", name: "bad.csv")
            let e = errorOf { _ = try read([f]) }
            #expect(e?.message == "\(f):2: column 'time_precision': \"\(bad)\" is not a precision code (ACLED time_precision 1–3)", "\(bad)")
        }
    }

    @Test func ucdpDatePrecAndYearAsFloats() throws {
        let text = r46Ged + "1,2019.0,2019-01-02,2019-01-02,Bangladesh,Dhaka,G,1.0,1.0,0.0,1,1,1\n"
            + "2,2019.0,2019-01-01,2019-01-31,Bangladesh,Dhaka,G,4.0,2.0,0,2,3,4\n"
        let o = try read([writeFile(text, name: "gflt.csv")], by: [.country], period: .month)
        let p = try read([writeFile(text.replacingOccurrences(of: ".0,", with: ","), name: "gint.csv")], by: [.country], period: .month)
        #expect(csvText(o.result) == csvText(p.result))
        #expect(killed(o) == "4 (3–5)")
        let f = writeFile(r46Ged + "1,2019,2019-01-02,2019-01-02,Bangladesh,Dhaka,G,2.5,1,0,1,1,1\n", name: "g25.csv")
        #expect(errorOf { _ = try read([f]) }?.message == "\(f):2: column 'date_prec': \"2.5\" is not a precision code (UCDP date_prec 1–5)")
    }
}

/// A workbook with the data in two sheets of one header (one a year) was read from its
/// first sheet only, nothing said: 150 of 165 killed left out (S7). Refused naming the
/// sheets, unless a sheet is named; sheets of another header (notes) stay quiet.
@Suite struct WorkbookSheetsOfOneHeader {
    func workbook(_ sheets: [(String, [[String]])], name: String) throws -> String {
        try workbookFile(sheets.map { ($0.0, numberedRows($0.1.map { $0.map { textCell($0) } })) }, name: name)
    }

    static let header = ["event_id_cnty", "event_date", "year", "time_precision", "event_type", "actor1", "country", "admin1", "admin2", "fatalities"]
    static func row(_ id: String, _ date: String, _ n: Int) -> [String] {
        [id, date, String(date.prefix(4)), "1", "Battles", "A", "Syria", "Idlib", "Idlib", String(n)]
    }
    static let y2023 = [header, row("A1", "2023-01-05", 12), row("A2", "2023-02-05", 3)]
    static let y2024 = [header, row("B1", "2024-01-05", 100), row("B2", "2024-02-05", 50)]

    /// audit9b N3 (silent loss): one workbook named twice with a sheet each (a report's
    /// two datasets, `sheet: 2023` and `sheet: 2024`) was read once, "the same file ...:
    /// read once", and one sheet's records were lost with exit 0. Read differently, two
    /// namings of one file are two inputs; read alike, still one.
    @Test func oneWorkbookNamedTwiceWithASheetEachReadsBoth() throws {
        let f = try workbook([("2023", Self.y2023), ("2024", Self.y2024)], name: "two.xlsx")
        let link = f + ".link.xlsx"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: f)
        var request = IngestRequest(files: [f, link], config: AggregationConfig(grouping: Grouping([.country]), period: .all))
        var a = FileInputOptions(), b = FileInputOptions()
        a.sheet = "2023"; b.sheet = "2024"
        request.perFile = [f: a, link: b]
        let both = try Ingest.run(request)
        #expect(killed(both) == "165")
        #expect(both.duplicateFiles.isEmpty)
        // A third naming read as the first is the first again, not a third input.
        let link2 = f + ".link2.xlsx"
        try FileManager.default.createSymbolicLink(atPath: link2, withDestinationPath: f)
        request.files = [f, link, link2]
        request.perFile = [f: a, link: b, link2: a]
        let third = try Ingest.run(request)
        #expect(killed(third) == "165")
        #expect(third.duplicateFiles.count == 1)
        request.files = [f, link]
        request.perFile = [f: b, link: b]
        let once = try Ingest.run(request)
        #expect(killed(once) == "150")
        #expect(once.duplicateFiles.count == 1)
    }

    @Test func twoSheetsOfOneHeaderAreRefusedNamingThem() throws {
        let f = try workbook([("2023", Self.y2023), ("2024", Self.y2024)], name: "two.xlsx")
        let e = errorOf { _ = try read([f], by: [.country]) }
        #expect(e?.exitCode == 65)
        #expect(e?.message == "\(f): sheets \"2023\", \"2024\" hold records under the same header; tally reads one sheet of a workbook, and reading the first alone would leave the others' records out of every figure. Give --sheet 2023 (or another sheet's name) to read one; to read them all, save each sheet as CSV and give the files together")
        // A sheet named: read as asked.
        var one = InputOptions(); one.sheet = "2024"
        #expect(killed(try read([f], by: [.country], input: one)) == "150")
        // In a report spec the key is named.
        var request = IngestRequest(files: [f], config: AggregationConfig(grouping: Grouping([.country]), period: .all))
        request.optionNames = .reportSpec
        #expect(errorOf { _ = try Ingest.run(request) }?.message.contains("Give sheet: 2023 (of the dataset)") == true)
        // Columns in another order, or one column more, in the second sheet: the same export.
        let moved = Self.y2024.map { [$0[9]] + $0[0 ..< 9] + ["x"] }
        let g = try workbook([("a", Self.y2023), ("notes", [["About"], ["Downloaded 2024"]]), ("b", moved)], name: "moved.xlsx")
        #expect(errorOf { _ = try read([g]) }?.message.hasPrefix("\(g): sheets \"a\", \"b\" hold records") == true)
    }

    @Test func otherSheetsThatAreNotTheDataStayQuiet() throws {
        // A notes sheet, a sheet of the header alone.
        let native = [["id", "date_start", "country", "measure", "best"], ["1", "2023-01-01", "Syria", "killed", "4"]]
        let f = try workbook([("data", Self.y2023), ("notes", [["About"], ["x"]]), ("empty", [Self.header])],
                             name: "quiet.xlsx")
        #expect(killed(try read([f], by: [.country])) == "15")
        // readers15 (review56 F1, loss): a native sheet of records beside ACLED was read
        // past in silence (its 4 killed out of every figure): now refused, naming it.
        let m = try workbook([("data", Self.y2023), ("notes", [["About"], ["x"]]), ("empty", [Self.header]), ("mine", native)],
                             name: "mine.xlsx")
        #expect(errorOf { _ = try read([m], by: [.country]) }?.message.hasPrefix("\(m): sheet \"mine\" holds records under a header tally reads as native (tally's own), and sheet \"data\" under one read as ACLED") == true)
        // Two native sheets of other columns: not one table.
        let g = try workbook([("a", native), ("b", [["id", "date_start", "country", "measure", "best", "actor"], ["1", "2023-01-01", "Syria", "killed", "4", "X"]])],
                             name: "natives.xlsx")
        #expect(killed(try read([g], by: [.country])) == "4")
        // Two native sheets of the same columns: refused.
        let h = try workbook([("a", native), ("b", native)], name: "natives2.xlsx")
        #expect(errorOf { _ = try read([h]) }?.message.hasPrefix("\(h): sheets \"a\", \"b\" hold records under the same header") == true)
    }
}
