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
