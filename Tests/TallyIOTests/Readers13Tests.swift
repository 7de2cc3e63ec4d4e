import Foundation
import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// readers13 (review55 F7, F8, F15): two silent losses at the readers' door.
private let r13ACLED = "event_id_cnty,event_date,year,event_type,country,admin1,fatalities\n"

private func r13Killed(_ o: IngestOutcome) -> Int64 {
    o.result.rows.filter { $0.measure == "killed" }.map(\.estimate.best).reduce(0, +)
}

/// A zip archive of the given members (name → bytes), written with Python's zipfile.
private func r13Zip(_ members: [(String, [UInt8])], name: String) throws -> String {
    let dir = scratchDirectory()
    var listed: [[String]] = []
    for (k, (member, bytes)) in members.enumerated() {
        let part = dir + "/member\(k)"
        FileManager.default.createFile(atPath: part, contents: Data(bytes))
        listed.append([member, part])
    }
    FileManager.default.createFile(atPath: dir + "/members.json", contents: try JSONSerialization.data(withJSONObject: listed))
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", "import json, sys, zipfile\nwith zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED) as z:\n    for n, f in json.load(open(sys.argv[1])): z.write(f, n)\n",
                   dir + "/members.json", dir + "/" + name]
    try p.run()
    p.waitUntilExit()
    return dir + "/" + name
}

/// A workbook of sheets whose cells are given as XML, rows by number.
private func r13Workbook(_ sheets: [(String, [(Int, [String])])], name: String) throws -> String {
    var parts = [
        ("xl/workbook.xml", "<workbook xmlns:r=\"urn:r\"><sheets>"
            + sheets.enumerated().map { "<sheet name=\"\($0.element.0)\" sheetId=\"\($0.offset + 1)\" r:id=\"rId\($0.offset + 1)\"/>" }.joined()
            + "</sheets></workbook>"),
        ("xl/_rels/workbook.xml.rels", "<Relationships>"
            + sheets.indices.map { "<Relationship Id=\"rId\($0 + 1)\" Target=\"worksheets/sheet\($0 + 1).xml\"/>" }.joined()
            + "</Relationships>"),
    ]
    for (k, sheet) in sheets.enumerated() {
        parts.append(("xl/worksheets/sheet\(k + 1).xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"urn:x\"><sheetData>"
            + sheet.1.map { "<row r=\"\($0.0)\">" + $0.1.joined() + "</row>" }.joined()
            + "</sheetData></worksheet>"))
    }
    return try r13Zip(parts.map { ($0.0, Array($0.1.utf8)) }, name: name)
}

private func r13Text(_ v: String) -> String { "<c t=\"inlineStr\"><is><t>\(v)</t></is></c>" }
private func r13Number(_ v: Int) -> String { "<c><v>\(v)</v></c>" }
private func r13Row(_ id: String, _ date: String, _ killed: Int) -> [String] {
    [r13Text(id), r13Text(date), r13Number(2021), r13Text("Battles"), r13Text("Syria"), r13Text("Aleppo"), r13Number(killed)]
}
private let r13HeaderCells = r13ACLED.dropLast().split(separator: ",").map { r13Text(String($0)) }

/// review55 F8 (silent loss): a zip of a.csv + b.tsv (or b.tsv + c.txt) read the
/// first-ranked member alone; the other's records were left out, nothing said.
@Suite struct ZipOfSeveralDataFiles {
    static let a = Array((r13ACLED + "SYR1,2021-05-08,2021,Battles,Syria,Aleppo,10\n").utf8)
    static let b = Array((r13ACLED + "SYR2,2021-06-08,2021,Battles,Syria,Aleppo,20\n").replacingOccurrences(of: ",", with: "\t").utf8)
    static let c = Array((r13ACLED + "SYR3,2021-07-08,2021,Battles,Syria,Aleppo,40\n").replacingOccurrences(of: ",", with: "\t").utf8)

    @Test func membersOfDifferentKindsAreRefusedNamingThem() throws {
        for (members, names) in [([("a.csv", Self.a), ("b.tsv", Self.b)], "a.csv, b.tsv"),
                                 ([("b.tsv", Self.b), ("c.txt", Self.c)], "b.tsv, c.txt"),
                                 ([("a.csv", Self.a), ("notes.txt", Self.c)], "a.csv, notes.txt")] {
            let z = try r13Zip(members, name: "two.zip")
            let e = errorOf { _ = try read([z], by: [.country]) }
            #expect(e?.exitCode == 65)
            #expect(e?.message == "\(z): a zip archive with 2 files tally could read (\(names)); unzip it and give the ones to read", "\(e?.message ?? "(read)")")
        }
        // readers14: a workbook is refused beside data as before, but named as a workbook,
        // which tally does not read inside a zip (it was listed among "files tally could read").
        let w = try r13Zip([("a.csv", Self.a), ("b.xlsx", Array("PK".utf8))], name: "two.zip")
        let e = errorOf { _ = try read([w], by: [.country]) }
        #expect(e?.exitCode == 65)
        #expect(e?.message == "\(w): a zip archive with a data file (a.csv) and a workbook (b.xlsx); unzip it and give the ones to read; tally does not read a workbook inside a zip archive: give a .xlsx as a file of its own (save a .xls or .ods as .xlsx)", "\(e?.message ?? "(read)")")
    }

    @Test func membersPlainlyNotDataAreLeftAside() throws {
        // F15: a datapackage.json or a metadata json beside a .tsv was refused as two readable files.
        for other in ["datapackage.json", "metadata.json", "dataset_metadata.json", "README.txt", "readme.md", "LICENSE.txt", "codebook.txt"] {
            let z = try r13Zip([("b.tsv", Self.b), (other, Array("{}\n".utf8))], name: "meta.zip")
            #expect(r13Killed(try read([z], by: [.country])) == 20, "\(other)")
        }
        let z = try r13Zip([("a.csv", Self.a), ("datapackage.json", Array("{}".utf8)), ("README.txt", Array("About\n".utf8))], name: "pkg.zip")
        #expect(r13Killed(try read([z], by: [.country])) == 10)
        // A workbook alone is still no member tally reads in a zip.
        let w = try r13Zip([("b.xlsx", Array("PK".utf8))], name: "wb.zip")
        #expect(errorOf { _ = try read([w], by: [.country]) }?.message.contains("a zip archive with no .csv, .tsv, .txt or .json file in it (it holds: b.xlsx)") == true)
    }
}

/// review55 F7 (silent loss): a second sheet whose records follow a note row of three
/// cells, a "Source | Accessed | date" footer, or eleven note rows was left out silently.
@Suite struct SheetsPastLongerNotes {
    static let first: [(Int, [String])] = [(1, r13HeaderCells), (2, r13Row("SYR1", "2021-05-08", 10))]

    @Test func recordsAfterAnyNotesAreRefused() throws {
        let cases: [(String, [(Int, [String])], String)] = [
            ("three.xlsx", [(1, [r13Text("Continued from Sheet1"), r13Text("page 2"), r13Text("ACLED")])], "after 1 row of notes"),
            ("footer.xlsx", [(1, [r13Text("Source: ACLED"), r13Text("Accessed"), r13Text("2024-01-01")]), (2, [r13Text("")])], "after 2 rows of notes"),
            ("eleven.xlsx", (1 ... 11).map { ($0, [r13Text("Note \($0)")]) }, "after 11 rows of notes"),
            ("thirty.xlsx", (1 ... 30).map { ($0, [r13Text("Note \($0)"), r13Text("a"), r13Text("b"), r13Text("c")]) }, "after 30 rows of notes"),
        ]
        for (name, notes, said) in cases {
            let f = try r13Workbook([("Sheet1", Self.first), ("Sheet2", notes + [(notes.count + 1, r13Row("SYR2", "2021-06-08", 100))])], name: name)
            let e = errorOf { _ = try read([f], by: [.country]) }
            #expect(e?.exitCode == 65, "\(name)")
            #expect(e?.message.hasPrefix("\(f): sheet \"Sheet2\" has no header and its first record \(said) (\"SYR2\", \"2021-06-08\"") == true, "\(name): \(e?.message ?? "(read)")")
        }
        // Twelve notes, then the header again: a sheet of the same header.
        let h = try r13Workbook([("Sheet1", Self.first),
                                 ("Sheet2", (1 ... 12).map { ($0, [r13Text("Note"), r13Text("x"), r13Text("y")]) }
                                    + [(13, r13HeaderCells), (14, r13Row("SYR2", "2021-06-08", 100))])], name: "hdr.xlsx")
        #expect(errorOf { _ = try read([h], by: [.country]) }?.message.hasPrefix("\(h): sheets \"Sheet1\", \"Sheet2\" hold records under the same header") == true)
    }

    @Test func notesCodebooksAndPivotsStillRead() throws {
        let f = try r13Workbook([("Sheet1", Self.first),
                                 ("Notes", (1 ... 40).map { ($0, [r13Text("Note \($0)"), r13Text("text"), r13Text("2024-01-01")]) }),
                                 ("Codebook", [(1, [r13Text("Column"), r13Text("Type"), r13Text("Description"), r13Text("Example")]),
                                               (2, [r13Text("event_date"), r13Text("date"), r13Text("The day"), r13Text("2021-05-08")]),
                                               (3, [r13Text("country"), r13Text("text"), r13Text("Country"), r13Text("Syria")])]),
                                 ("Pivot", [(1, [r13Text("country"), r13Text("2021"), r13Text("2022")]), (2, [r13Text("Syria"), r13Number(111), r13Number(5)])]),
                                 // A sheet of the header alone adds nothing.
                                 ("Header", [(1, [r13Text("Template")]), (2, r13HeaderCells)])],
                                name: "quiet.xlsx")
        #expect(r13Killed(try read([f], by: [.country])) == 10)
    }
}
