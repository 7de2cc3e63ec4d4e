import Foundation
import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// readers15 (review56): the losses and the message left by readers14.
private let r15ACLED = "event_id_cnty,event_date,year,event_type,country,admin1,fatalities\n"

private func r15Killed(_ o: IngestOutcome) -> Int64 {
    o.result.rows.filter { $0.measure == "killed" }.map(\.estimate.best).reduce(0, +)
}

/// review56 F2 (loss): a zip member holding records was passed over in silence when
/// named README*/LICENSE*, or when its header came after the first 10 lines or 64 KiB.
@Suite struct ZipMembersLookedIntoWhole {
    static let a = Array((r15ACLED + "SYR1,2021-05-08,2021,Battles,Syria,Aleppo,10\n").utf8)
    static let b = r15ACLED + "SYR2,2021-06-08,2021,Battles,Syria,Aleppo,20\n"

    @Test func membersOfRecordsAreRefusedWhateverTheirName() throws {
        let titles = (1 ... 12).map { "Title line \($0)\n" }.joined()
        let comment = "# " + String(repeating: "x", count: 70_000) + "\n"
        for (other, text, said) in [("README_events.csv", Self.b, "is named as notes (a README or licence), but holds records under a header tally reads"),
                                    ("license_2021.csv", Self.b, "is named as notes (a README or licence), but holds records under a header tally reads"),
                                    ("events_metadata.csv", titles + Self.b, "is named as metadata, but holds records under a header tally reads"),
                                    ("metadata.csv", comment + Self.b, "is named as metadata, but holds records under a header tally reads"),
                                    ("CODEBOOK.TXT", (1 ... 10).map { "Note \($0)\n" }.joined() + Self.b, "is named as metadata, but holds records under a header tally reads")] {
            let z = try zipFile([("events.csv", Self.a), (other, Array(text.utf8))], name: "r15.zip")
            let e = errorOf { _ = try read([z], by: [.country]) }
            #expect(e?.exitCode == 65, "\(other)")
            #expect(e?.message.contains("(events.csv, \(other)) (\(other) \(said)); unzip it") == true, "\(other): \(e?.message ?? "(read)")")
        }
    }

    @Test func aCodebookOfDescriptionsIsNotSaidToHoldRecords() throws {
        let cb = r15ACLED + "Unique id,Date of the event,Year,Type of event,Country,First-level region,Reported fatalities\n"
        let z = try zipFile([("events.csv", Self.a), ("codebook.csv", Array(cb.utf8))], name: "cb.zip")
        let e = errorOf { _ = try read([z], by: [.country]) }
        #expect(e?.exitCode == 65)
        #expect(e?.message.contains("(codebook.csv is named as metadata, but has a header tally reads: tally cannot tell whether the rows under it are records or descriptions of the columns)") == true, "\(e?.message ?? "(read)")")
        #expect(e?.message.contains("holds records") == false)
    }

    @Test func aLargeMemberCountsAsData() throws {
        let big = String(repeating: "Some words about the data, and more words.\n", count: (ZipInput.lookLimit / 40) + 10)
        let z = try zipFile([("events.csv", Self.a), ("README.txt", Array(big.utf8))], name: "big.zip")
        let e = errorOf { _ = try read([z], by: [.country]) }
        #expect(e?.exitCode == 65)
        #expect(e?.message.contains("(README.txt is named as notes (a README or licence), but larger than tally looks into (4 MiB): tally cannot tell that it holds no records)") == true, "\(e?.message ?? "(read)")")
    }

    @Test func proseNotesAndMetadataStillRead() throws {
        for (other, text) in [("README.txt", "About this export\n\nColumns: event_id_cnty, event_date, year, event_type, country, fatalities\nLicence: CC BY\n"),
                              ("LICENSE.txt", "Creative Commons Attribution 4.0, 2021-06-08\n"),
                              ("README.txt", "Columns\n" + r15ACLED),
                              ("README_events.csv", "field,description\nevent_date,The day of the event\n"),
                              ("metadata.csv", (1 ... 30).map { "Note \($0), written 2021-06-08\n" }.joined() + "field,description\nevent_date,The day\n")] {
            let z = try zipFile([("events.csv", Self.a), (other, Array(text.utf8))], name: "ok.zip")
            #expect(r15Killed(try read([z], by: [.country])) == 10, "\(other)")
        }
    }
}

/// review56 F3 (message): the "older pull's events the newer pull lacks" note fired on
/// one ACLED export per event type (battles.csv + protests.csv).
@Suite struct DroppedByTheNewerPullOfTheirKind {
    static func acled(_ rows: [(String, String, String, Int)]) -> String {
        r15ACLED + rows.map { "\($0.0),\($0.1),2021,\($0.2),Syria,Aleppo,\($0.3)\n" }.joined()
    }
    static func said(_ o: IngestOutcome) -> [String] { o.notes.filter { $0.contains("given after it") } }

    @Test func anExportPerEventTypeSaysNothing() throws {
        let battles = writeFile(Self.acled([("SYR1", "2021-05-01", "Battles", 1), ("SYR2", "2021-05-10", "Battles", 2), ("SYR3", "2021-05-20", "Battles", 4)]), name: "battles.csv")
        let protests = writeFile(Self.acled([("SYR4", "2021-05-02", "Protests", 0), ("SYR5", "2021-05-15", "Protests", 1), ("SYR6", "2021-05-25", "Protests", 8)]), name: "protests.csv")
        let o = try read([battles, protests], by: [.country])
        #expect(r15Killed(o) == 1 + 2 + 4 + 1 + 8)
        #expect(Self.said(o).isEmpty, "\(o.notes)")
        // Either order.
        #expect(Self.said(try read([protests, battles], by: [.country])).isEmpty)
    }

    @Test func aNewerPullOfTheKindStillSaysIt() throws {
        // The older pull: Battles and Protests; the newer: both kinds, SYR3 (Battles) gone.
        let older = writeFile(Self.acled([("SYR1", "2021-05-01", "Battles", 1), ("SYR2", "2021-05-10", "Protests", 2), ("SYR3", "2021-05-20", "Battles", 4), ("SYR4", "2021-05-25", "Battles", 8)]), name: "pullA.csv")
        let newer = writeFile(Self.acled([("SYR5", "2021-05-05", "Protests", 16), ("SYR2", "2021-05-10", "Protests", 2), ("SYR4", "2021-05-25", "Battles", 8), ("SYR6", "2021-06-02", "Battles", 32)]), name: "pullB.csv")
        let o = try read([older, newer], by: [.country])
        #expect(Self.said(o).count == 1 && Self.said(o).first?.hasPrefix("1 event of \(older) falls on days \(newer) (given after it)") == true, "\(o.notes)")
        // The newer pull of Protests alone: SYR3's Battles are none of its kind.
        let onlyProtests = writeFile(Self.acled([("SYR5", "2021-05-05", "Protests", 16), ("SYR2", "2021-05-10", "Protests", 2), ("SYR7", "2021-05-30", "Protests", 1)]), name: "pullP.csv")
        #expect(Self.said(try read([older, onlyProtests], by: [.country])).isEmpty)
        // The newer pull of Protests alone, with one protest (SYR8) it lacks: 1 said, not 4.
        let older2 = writeFile(Self.acled([("SYR1", "2021-05-01", "Battles", 1), ("SYR2", "2021-05-10", "Protests", 2), ("SYR3", "2021-05-20", "Battles", 4), ("SYR8", "2021-05-21", "Protests", 0), ("SYR4", "2021-05-25", "Battles", 8)]), name: "pullA2.csv")
        let s = Self.said(try read([older2, onlyProtests], by: [.country]))
        #expect(s.count == 1 && s.first?.hasPrefix("1 event of \(older2) falls on days \(onlyProtests)") == true, "\(s)")
    }
}

/// review56 F1 (loss): a later sheet's records with a cell more, shifted a column, or
/// under another schema's header were left out of every figure, exit 0.
@Suite struct LaterSheetsOfOtherShapes {
    static let header = r15ACLED.dropLast().split(separator: ",").map { textCell(String($0)) }
    static func row(_ id: String, _ killed: Int) -> [String] {
        [textCell(id), textCell("2021-05-08"), numberCell(2021), textCell("Battles"), textCell("Syria"), textCell("Aleppo"), numberCell(killed)]
    }
    static let first: [(Int, [String])] = [(1, header)] + (2 ... 4).map { ($0, row("SYR\($0)", 10)) }

    @Test func recordsOfAnotherShapeAreRefused() throws {
        let extra = (1 ... 3).map { ($0, Self.row("SYR1\($0)", 100) + [textCell("a note")]) }
        let shifted = (1 ... 3).map { ($0, [textCell("")] + Self.row("SYR2\($0)", 100)) }
        for (name, sheet) in [("extra.xlsx", extra), ("shift.xlsx", shifted)] {
            let f = try workbookFile([("Sheet1", Self.first), ("Sheet2", sheet)], name: name)
            let e = errorOf { _ = try read([f], by: [.country]) }
            #expect(e?.exitCode == 65, "\(name)")
            #expect(e?.message.hasPrefix("\(f): sheet \"Sheet2\" has no header and its first row (\"SYR") == true, "\(name): \(e?.message ?? "(read)")")
        }
        let native = "id,date_start,date_end,country,adm_1,adm_2,actor,measure,low,best,high,source".split(separator: ",").map { textCell(String($0)) }
        let ucdp = "id,year,type_of_violence,conflict_name,side_a,side_b,adm_1,adm_2,country,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,low,best,high".split(separator: ",").map { textCell(String($0)) }
        for (name, h, r, said) in [("native2.xlsx", native, ["n1", "2021-06-01", "", "Syria", "Aleppo", "", "A", "killed", "5", "5", "5", "s"].map { textCell($0) }, "native (tally's own)"),
                                   ("ucdp2.xlsx", ucdp, ["1", "2021", "1", "Syria: Government", "Govt", "IS", "Aleppo", "", "Syria", "1", "2021-06-01", "2021-06-01", "1", "1", "1", "2", "5", "5", "5"].map { textCell($0) }, "UCDP GED")] {
            let f = try workbookFile([("Sheet1", Self.first), ("Sheet2", [(1, h), (2, r)])], name: name)
            let e = errorOf { _ = try read([f], by: [.country]) }
            #expect(e?.exitCode == 65, "\(name)")
            #expect(e?.message.hasPrefix("\(f): sheet \"Sheet2\" holds records under a header tally reads as \(said), and sheet \"Sheet1\" under one read as ACLED") == true, "\(name): \(e?.message ?? "(read)")")
        }
    }

    @Test func notesAndLookupsStillRead() throws {
        // A header of another schema alone; a lookup of three columns; notes with a blank first cell.
        let native = "id,date_start,date_end,country,adm_1,adm_2,actor,measure,low,best,high,source".split(separator: ",").map { textCell(String($0)) }
        let f = try workbookFile([("Sheet1", Self.first), ("Template", [(1, native)]),
                                 ("Lookup", (1 ... 20).map { ($0, [textCell("Syria"), textCell("SYR"), textCell("Middle East")]) }),
                                 ("Notes", (1 ... 20).map { ($0, [textCell(""), textCell("Note \($0)"), textCell("2024-01-01")]) })], name: "quiet15.xlsx")
        #expect(r15Killed(try read([f], by: [.country])) == 30)
    }
}
