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

private func r13Row(_ id: String, _ date: String, _ killed: Int) -> [String] {
    [textCell(id), textCell(date), numberCell(2021), textCell("Battles"), textCell("Syria"), textCell("Aleppo"), numberCell(killed)]
}
private let r13HeaderCells = r13ACLED.dropLast().split(separator: ",").map { textCell(String($0)) }

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
            let z = try zipFile(members, name: "two.zip")
            let e = errorOf { _ = try read([z], by: [.country]) }
            #expect(e?.exitCode == 65)
            #expect(e?.message == "\(z): a zip archive with 2 files tally could read (\(names)); unzip it and give the ones to read", "\(e?.message ?? "(read)")")
        }
        // readers14: a workbook is refused beside data as before, but named as a workbook,
        // which tally does not read inside a zip (it was listed among "files tally could read").
        let w = try zipFile([("a.csv", Self.a), ("b.xlsx", Array("PK".utf8))], name: "two.zip")
        let e = errorOf { _ = try read([w], by: [.country]) }
        #expect(e?.exitCode == 65)
        #expect(e?.message == "\(w): a zip archive with a data file (a.csv) and a workbook (b.xlsx); unzip it and give the ones to read; tally does not read a workbook inside a zip archive: give a .xlsx as a file of its own (save a .xls or .ods as .xlsx)", "\(e?.message ?? "(read)")")
    }

    @Test func membersPlainlyNotDataAreLeftAside() throws {
        // F15: a datapackage.json or a metadata json beside a .tsv was refused as two readable files.
        for other in ["datapackage.json", "metadata.json", "dataset_metadata.json", "README.txt", "readme.md", "LICENSE.txt", "codebook.txt"] {
            let z = try zipFile([("b.tsv", Self.b), (other, Array("{}\n".utf8))], name: "meta.zip")
            #expect(r13Killed(try read([z], by: [.country])) == 20, "\(other)")
        }
        let z = try zipFile([("a.csv", Self.a), ("datapackage.json", Array("{}".utf8)), ("README.txt", Array("About\n".utf8))], name: "pkg.zip")
        #expect(r13Killed(try read([z], by: [.country])) == 10)
        // A workbook alone is still no member tally reads in a zip.
        let w = try zipFile([("b.xlsx", Array("PK".utf8))], name: "wb.zip")
        #expect(errorOf { _ = try read([w], by: [.country]) }?.message.contains("a zip archive with no .csv, .tsv, .txt or .json file in it (it holds: b.xlsx)") == true)
    }
}

/// review55 F7 (silent loss): a second sheet whose records follow a note row of three
/// cells, a "Source | Accessed | date" footer, or eleven note rows was left out silently.
@Suite struct SheetsPastLongerNotes {
    static let first: [(Int, [String])] = [(1, r13HeaderCells), (2, r13Row("SYR1", "2021-05-08", 10))]

    @Test func recordsAfterAnyNotesAreRefused() throws {
        let cases: [(String, [(Int, [String])], String)] = [
            ("three.xlsx", [(1, [textCell("Continued from Sheet1"), textCell("page 2"), textCell("ACLED")])], "after 1 row of notes"),
            ("footer.xlsx", [(1, [textCell("Source: ACLED"), textCell("Accessed"), textCell("2024-01-01")]), (2, [textCell("")])], "after 2 rows of notes"),
            ("eleven.xlsx", (1 ... 11).map { ($0, [textCell("Note \($0)")]) }, "after 11 rows of notes"),
            ("thirty.xlsx", (1 ... 30).map { ($0, [textCell("Note \($0)"), textCell("a"), textCell("b"), textCell("c")]) }, "after 30 rows of notes"),
        ]
        for (name, notes, said) in cases {
            let f = try workbookFile([("Sheet1", Self.first), ("Sheet2", notes + [(notes.count + 1, r13Row("SYR2", "2021-06-08", 100))])], name: name)
            let e = errorOf { _ = try read([f], by: [.country]) }
            #expect(e?.exitCode == 65, "\(name)")
            #expect(e?.message.hasPrefix("\(f): sheet \"Sheet2\" has no header and its first record \(said) (\"SYR2\", \"2021-06-08\"") == true, "\(name): \(e?.message ?? "(read)")")
        }
        // Twelve notes, then the header again: a sheet of the same header.
        let h = try workbookFile([("Sheet1", Self.first),
                                 ("Sheet2", (1 ... 12).map { ($0, [textCell("Note"), textCell("x"), textCell("y")]) }
                                    + [(13, r13HeaderCells), (14, r13Row("SYR2", "2021-06-08", 100))])], name: "hdr.xlsx")
        #expect(errorOf { _ = try read([h], by: [.country]) }?.message.hasPrefix("\(h): sheets \"Sheet1\", \"Sheet2\" hold records under the same header") == true)
    }

    @Test func notesCodebooksAndPivotsStillRead() throws {
        let f = try workbookFile([("Sheet1", Self.first),
                                 ("Notes", (1 ... 40).map { ($0, [textCell("Note \($0)"), textCell("text"), textCell("2024-01-01")]) }),
                                 ("Codebook", [(1, [textCell("Column"), textCell("Type"), textCell("Description"), textCell("Example")]),
                                               (2, [textCell("event_date"), textCell("date"), textCell("The day"), textCell("2021-05-08")]),
                                               (3, [textCell("country"), textCell("text"), textCell("Country"), textCell("Syria")])]),
                                 ("Pivot", [(1, [textCell("country"), textCell("2021"), textCell("2022")]), (2, [textCell("Syria"), numberCell(111), numberCell(5)])]),
                                 // A sheet of the header alone adds nothing.
                                 ("Header", [(1, [textCell("Template")]), (2, r13HeaderCells)])],
                                name: "quiet.xlsx")
        #expect(r13Killed(try read([f], by: [.country])) == 10)
    }
}
