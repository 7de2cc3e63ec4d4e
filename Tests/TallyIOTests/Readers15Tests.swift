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
