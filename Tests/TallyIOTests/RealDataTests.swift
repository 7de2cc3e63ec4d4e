import Foundation
import Testing
import TallyTestSupport
import TallyCore
@testable import TallyIO

func datasetPath(_ name: String) -> String { packageRoot + "/Datasets/" + name }

/// The bundled UCDP files (Datasets/ucdp), checked against the figures their README
/// gives, which were computed from the files by other means.
@Suite struct BundledUCDPData {
    @Test func syriaTotalsEqualUCDPsOwn() throws {
        let o = try ingest([datasetPath("ucdp/ucdp_ged_syria_2016_2019.csv")], period: .all,
                           filter: RecordFilter(measures: ["killed"]))
        #expect(o.files.map(\.schema) == [.ucdpGED])
        #expect(o.rowsRead == 16_566)
        #expect(o.result.rows.map(\.estimate) == [Estimate(unchecked: 104_929, best: 112_337, high: 119_020)])
        #expect(o.result.rows.map(\.events) == [16_566])
        #expect(o.rangeQuirks.highBelowBest == 71)
        #expect(o.rangeQuirks.lowAboveBest == 30)
        // Multi-day events are the ones whose dates are known less well than a day.
        #expect(o.datePrecisions.total - o.datePrecisions.day == 1_086)
    }

    @Test func myanmarBangladeshTotalsWithQuotedLineBreaks() throws {
        let o = try ingest([datasetPath("ucdp/ucdp_ged191_mmr_bgd.csv")], by: [], period: .all,
                           filter: RecordFilter(measures: ["killed"]))
        #expect(o.rowsRead == 3_194)
        #expect(o.result.rows.map(\.estimate) == [Estimate(unchecked: 19_808, best: 20_936, high: 30_686)])
        #expect(o.rangeQuirks.highBelowBest == 5)
        #expect(o.rangeQuirks.lowAboveBest == 1)
    }

    @Test func hdxLayoutEqualsTheGEDExtractForBangladesh() throws {
        let hdx = try ingest([datasetPath("ucdp/hdx_ucdp_conflict_data_BGD.csv")], by: [.adm2], period: .month)
        #expect(hdx.files.map(\.skippedTagRow) == [true])
        #expect(hdx.rowsRead == 601)
        let ged = try ingest([datasetPath("ucdp/ucdp_ged191_mmr_bgd.csv")], by: [.adm2], period: .month,
                             filter: RecordFilter(countries: ["Bangladesh"]))
        #expect(hdx.result == ged.result)
    }

    @Test func repairRangesOnlyWidens() throws {
        let f = datasetPath("ucdp/ucdp_ged_syria_2016_2019.csv")
        let asPublished = try ingest([f], by: [.adm1], period: .year, filter: RecordFilter(measures: ["killed"]))
        let repaired = try ingest([f], by: [.adm1], period: .year, filter: RecordFilter(measures: ["killed"]), repair: true)
        #expect(repaired.rangeQuirks.repaired == 101)
        #expect(asPublished.result.rows.count == repaired.result.rows.count)
        for (a, b) in zip(asPublished.result.rows, repaired.result.rows) {
            #expect(b.estimate.low <= a.estimate.low)
            #expect(b.estimate.best == a.estimate.best)
            #expect(b.estimate.high! >= a.estimate.high!)
            #expect(b.estimate.low <= b.estimate.best && b.estimate.best <= b.estimate.high!)
        }
    }
}
