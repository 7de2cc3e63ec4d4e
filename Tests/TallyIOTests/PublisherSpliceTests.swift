import Foundation
import Testing
import TallyCore
@testable import TallyIO

/// review32 R4: one timeline spliced from UCDP GED (to its end) and ACLED (after it), the
/// two sharing their boundary days, was refused even with `--overlap later`, whose rule
/// (the later file's days from the later file) is exactly the splice: ids of two systems
/// never meet, so rows with ids were left to an id rule that could not settle them. Now,
/// under `--overlap later`, a row with an id of another system on a day a later file's
/// span of its country holds is left out, and the publishers' test takes start days.
@Suite struct PublisherSplice {
    /// UCDP rows of Syria, 25–30 November and 1–3 December (one a day, 2 killed; one
    /// spanning 30 November to 1 December, 28), and one of Iraq in December.
    static let ged: String = {
        var t = "id,year,type_of_violence,conflict_name,side_a,side_b,adm_1,adm_2,country,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,low,best,high\n"
        var id = 1
        for d in ["2019-11-25", "2019-11-27", "2019-11-29", "2019-12-01", "2019-12-02", "2019-12-03"] {
            t += "\(id),2019,1,Syria: Government,Government of Syria,IS,Idlib Governorate,,Syria,1,\(d),\(d),1,1,0,0,2,2,2\n"; id += 1
        }
        t += "\(id),2019,1,Syria: Government,Government of Syria,IS,Idlib Governorate,,Syria,2,2019-11-30,2019-12-01,10,10,8,0,28,28,28\n"
        t += "\(id + 1),2019,1,Iraq: IS,Government of Iraq,IS,Anbar,,Iraq,1,2019-12-02,2019-12-02,1,1,0,0,3,3,3\n"
        return t
    }()
    /// ACLED rows of Syria, 1–20 December: 3, 4, 5 killed.
    static let acled = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,actor1,actor2,country,admin1,admin2,location,source,notes,fatalities\n"
        + "SYR900,2019-12-01,2019,1,Political violence,Battles,A,B,Syria,Idlib,,L,S,n1,3\n"
        + "SYR901,2019-12-10,2019,1,Political violence,Battles,A,B,Syria,Aleppo,,L,S,n2,4\n"
        + "SYR902,2019-12-20,2019,1,Political violence,Battles,A,B,Syria,Homs,,L,S,n3,5\n"

    func run(_ files: [String], _ overlap: OverlapRule) throws(TallyError) -> IngestOutcome {
        var r = IngestRequest(files: files, config: AggregationConfig(grouping: Grouping([.country]), period: .month))
        r.overlap = overlap
        return try Ingest.run(r)
    }

    static func killed(_ o: IngestOutcome) -> [String: Int64] {
        Dictionary(o.result.rows.filter { $0.measure == "killed" }.map { ("\($0.country ?? "") \($0.period)", $0.estimate.best) }, uniquingKeysWith: +)
    }

    /// Before: refused 65 with --overlap later too (checked with the other system's ids
    /// not covering: this test failed).
    @Test func aSpliceIsReadWithOverlapLater() throws {
        for end in ["\n", "\r\n"] {
            let u = writeFile(Self.ged.replacingOccurrences(of: "\n", with: end), name: "ged.csv")
            let a = writeFile(Self.acled.replacingOccurrences(of: "\n", with: end), name: "acled.csv")
            // Without it: refused, and the refusal names the splice.
            let m = errorOf { _ = try run([u, a], .refuse) }
            #expect(m?.exitCode == 65 && m?.message.contains("to join them in one series (one publisher's days, then the other's), give --overlap later") == true,
                    "\(m?.message ?? "read")")
            let o = try run([u, a], .later)
            let k = Self.killed(o)
            // November from UCDP (three 2s; the 30 Nov–1 Dec event, 28, starts in November),
            // December's Syria from ACLED alone (12); Iraq, which ACLED does not cover, from UCDP.
            #expect(k["Syria 2019-11"] == Int64(34), "\(k)")
            #expect(k["Syria 2019-12"] == Int64(12), "\(k)")
            #expect(k["Iraq 2019-12"] == Int64(3), "\(k)")
            #expect(o.duplicates.overlapLeftOut == 3)
            // Given the other way round, ACLED's rows on UCDP's days (to 3 December) lose
            // to UCDP's: 1 December's 3 left out, the 10th and 20th kept.
            let r = Self.killed(try run([a, u], .later))
            #expect(r["Syria 2019-12"] == 15, "\(r)")
        }
    }

    /// Two ACLED pulls with ids are one system: left to the id rule, as before (no
    /// row of the earlier pull left out by the later's ids).
    @Test func oneSystemsIdsAreLeftToTheIdRule() throws {
        let a = writeFile(Self.acled, name: "a.csv")
        let b = writeFile(Self.acled.replacingOccurrences(of: "SYR901", with: "SYR905").replacingOccurrences(of: "SYR902", with: "SYR906"), name: "b.csv")
        let o = try run([a, b], .later)
        // SYR900 in both is one event (the id rule); the others are other events.
        #expect(Self.killed(o)["Syria 2019-12"] == 21, "\(Self.killed(o))")
        #expect(o.duplicates.overlapLeftOut == 0)
    }
}
