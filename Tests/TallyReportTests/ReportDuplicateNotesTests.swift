import Foundation
import Testing
import TallyCore
import TallyIO
@testable import TallyReport

/// Issue 11 item 7 in reports: an event read from several datasets is counted once,
/// and the report says so on standard error with the words and counts `aggregate` says
/// (``IngestOutcome/duplicateNotes``); before, a report counted the events once and said
/// nothing of it.
@Suite struct ReportDuplicateNotes {
    /// A spec reading `paths`, each a dataset of its own, for January 2024.
    func spec(_ paths: [String]) -> String {
        """
        title: Duplicates
        name: dup
        period: 2024-01
        datasets:
        \(paths.map { "  - path: \($0)\n    source: S\n    licence: CC0 1.0\n" }.joined())
        sections:
          - type: summary
            measures: [killed]

        """
    }

    /// The report's warnings about repeats, and what `aggregate` (TallyIO) says of the
    /// same files: they must be the same lines.
    func notes(_ paths: [String], in dir: String) throws -> (report: [String], aggregate: [String], csv: String) {
        write(spec(paths), to: dir + "/dup.yml")
        let out = try run(dir + "/dup.yml", out: dir + "/out", formats: [.csv])
        let outcome = try Ingest.run(IngestRequest(files: paths.map { $0.hasPrefix("/") ? $0 : dir + "/" + $0 },
                                                   config: AggregationConfig(grouping: Grouping([.country]), period: .month)))
        let repeats = out.warnings.filter { $0.contains("read more than once") || $0.contains("repeating an earlier row")
            || $0.contains("read once") || $0.contains("without an id repeat") }
        return (repeats.map { $0.replacingOccurrences(of: dir + "/", with: "") },
                outcome.duplicateNotes.map { $0.replacingOccurrences(of: dir + "/", with: "") },
                String(decoding: bytes(out.csv!)!, as: UTF8.self))
    }

    @Test func twoDatasetsSharingIdsSayHowManyWereDroppedAndReplaced() throws {
        let dir = temporaryFolder("report-dup")
        let h = "id,date_start,country,measure,best\n"
        write(h + "1,2024-01-02,Mali,killed,5\n2,2024-01-03,Mali,killed,4\n3,2024-01-04,Mali,killed,1\n", to: dir + "/a.csv")
        write(h + "1,2024-01-02,Mali,killed,5\n2,2024-01-03,Mali,killed,7\n4,2024-01-31,Mali,killed,2\n", to: dir + "/b.csv")
        let n = try notes(["a.csv", "b.csv"], in: dir)
        #expect(n.report == ["2 events read more than once (same id in several files) counted once: 1 identical dropped, 1 replaced by the figures of the file given later"], "\(n.report)")
        #expect(n.report == n.aggregate)
        // 5 + 7 (b's figure) + 1 + 2.
        #expect(n.csv.contains(",killed,15,15,15,4,"), "\(n.csv)")
        // An id repeated within one dataset too: both counts, as aggregate gives them.
        write(h + "1,2024-01-02,Mali,killed,5\n1,2024-01-02,Mali,killed,5\n3,2024-01-04,Mali,killed,1\n", to: dir + "/c.csv")
        let w = try notes(["c.csv", "b.csv"], in: dir)
        #expect(w.report == ["1 event read more than once (same id in several files) counted once: 1 identical dropped, 0 replaced by the figures of the file given later",
                             "1 row repeating an earlier row of the same input (same id, same contents: a page saved twice, overlapping pages) counted once"], "\(w.report)")
        #expect(w.report == w.aggregate)
    }

    @Test func oneFileGivenTwiceIsReadOnceAndSaid() throws {
        let dir = temporaryFolder("report-dup2")
        let h = "id,date_start,country,measure,best\n"
        let rows = "1,2024-01-02,Mali,killed,5\n2,2024-01-31,Mali,killed,4\n"
        write(h + rows, to: dir + "/a.csv")
        // The same path twice, and the same records in other bytes (CRLF, as Excel saves).
        let same = try notes(["a.csv", "./a.csv"], in: dir)
        #expect(same.report == ["./a.csv is the same file as a.csv: read once"], "\(same.report)")
        #expect(same.report == same.aggregate)
        #expect(same.csv.contains(",killed,9,9,9,2,"), "\(same.csv)")
        write((h + rows).replacingOccurrences(of: "\n", with: "\r\n"), to: dir + "/a-crlf.csv")
        let crlf = try notes(["a.csv", "a-crlf.csv"], in: dir)
        #expect(crlf.report == ["2 events read more than once (same id in several files) counted once: 2 identical dropped, 0 replaced by the figures of the file given later"], "\(crlf.report)")
        #expect(crlf.report == crlf.aggregate)
        #expect(crlf.csv.contains(",killed,9,9,9,2,"), "\(crlf.csv)")
    }

    /// The other notes of reading go to standard error too, in the spec's words: a
    /// `filter.measures` name a schema calls otherwise (ACLED's `fatalities` is
    /// tally's `killed`); before, the report read it so and said nothing.
    @Test func whatReadingSaysOfTheFilterIsSaid() throws {
        let dir = temporaryFolder("report-dup4")
        write("event_id_cnty,event_date,actor1,country,admin1,fatalities\nMLI1,2024-01-05,JNIM,Mali,Mopti,3\nMLI2,2024-01-31,JNIM,Mali,Mopti,2\n", to: dir + "/acled.csv")
        write(spec(["acled.csv"]) + "filter:\n  measures: [fatalities]\n", to: dir + "/f.yml")
        let out = try run(dir + "/f.yml", out: dir + "/out", formats: [.csv])
        #expect(out.warnings.contains("filter.measures fatalities: read as 'killed' in the acled files (acled's fatalities is tally's killed)"), "\(out.warnings)")
        #expect(String(decoding: bytes(out.csv!)!, as: UTF8.self).contains(",killed,5,5,5,2,"))
    }

    /// Two ACLED pulls that overlap, the later one with a corrected figure: replaced,
    /// and the corrected figure counted.
    @Test func overlappingACLEDPullsWithAChangedFigureSayReplaced() throws {
        let dir = temporaryFolder("report-dup3")
        let h = "event_id_cnty,event_date,actor1,country,admin1,fatalities\n"
        write(h + "MLI1,2024-01-05,JNIM,Mali,Mopti,3\nMLI2,2024-01-10,JNIM,Mali,Mopti,2\nMLI3,2024-01-12,JNIM,Mali,Gao,1\n", to: dir + "/pull1.csv")
        write(h + "MLI2,2024-01-10,JNIM,Mali,Mopti,6\nMLI3,2024-01-12,JNIM,Mali,Gao,1\nMLI4,2024-01-31,JNIM,Mali,Gao,1\n", to: dir + "/pull2.csv")
        let n = try notes(["pull1.csv", "pull2.csv"], in: dir)
        #expect(n.report == ["2 events read more than once (same id in several files) counted once: 1 identical dropped, 1 replaced by the figures of the file given later"], "\(n.report)")
        #expect(n.report == n.aggregate)
        // 3 + 6 + 1 + 1.
        #expect(n.csv.contains(",killed,11,11,11,4,"), "\(n.csv)")
    }

    /// Review16 #1: two monitors (datasets with `source: A` and `source: B`) whose
    /// files have no `source` column, each numbering its rows 1, 2: B's rows replaced
    /// A's (headline 10 instead of 40, nothing said). A dataset's `source:` is the
    /// source of its rows, as a `source` column is in `aggregate`: another source's id
    /// is another event, refused (65) naming both files; the same `source:` replaces.
    @Test func datasetsOfOtherSourcesDoNotReplaceEachOthersIds() throws {
        let dir = temporaryFolder("report-dup5")
        let h = "id,date_start,country,adm_1,measure,best\n"
        write(h + "1,2024-01-02,Syria,Aleppo,killed,10\n2,2024-01-31,Syria,Aleppo,killed,20\n", to: dir + "/monA.csv")
        write(h + "1,2024-01-02,Syria,Idlib,killed,7\n2,2024-01-31,Syria,Daraa,killed,3\n", to: dir + "/monB.csv")
        let sourced = spec(["monA.csv"]).replacingOccurrences(of: "source: S\n", with: "source: Monitor A\n")
            .replacingOccurrences(of: "    licence: CC0 1.0\n", with: "    licence: CC0 1.0\n  - path: monB.csv\n    source: Monitor B\n    licence: CC0 1.0\n")
        write(sourced, to: dir + "/mon.yml")
        do throws(TallyError) {
            _ = try run(dir + "/mon.yml", out: dir + "/out", formats: [.csv])
            Issue.record("two sources' ids were read as one event's versions")
        } catch let e {
            #expect(e.exitCode == 65)
            #expect(e.message.contains("monA.csv:2: column 'id': the id \"1\" (measure killed) is in \(dir)/monB.csv, given later, with another source (here source: \"Monitor A\" of its dataset in the spec)"),
                    "\(e.message)")
        }
        // One source's two releases (the same source:): the later replaces.
        write(spec(["monA.csv", "monB.csv"]), to: dir + "/dup.yml")
        let out = try run(dir + "/dup.yml", out: dir + "/out", formats: [.csv])
        let report = out.warnings.filter { $0.contains("read more than once") }.map { $0.replacingOccurrences(of: dir + "/", with: "") }
        #expect(report == ["2 events read more than once (same id in several files) counted once: 0 identical dropped, 2 replaced by the figures of the file given later"], "\(report)")
        #expect(String(decoding: bytes(out.csv!)!, as: UTF8.self).contains(",killed,10,10,10,2,"))
        // With no source named at all (aggregate of the two files), ids are each file's row
        // numbers: another place is another event, refused (review46 S6), not replaced.
        #expect(throws: TallyError.self) {
            try Ingest.run(IngestRequest(files: [dir + "/monA.csv", dir + "/monB.csv"],
                                         config: AggregationConfig(grouping: Grouping([.country]), period: .month)))
        }
    }
}
