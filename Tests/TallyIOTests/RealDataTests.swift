import Foundation
import Testing
import TallyTestSupport
import TallyCore
@testable import TallyIO

func datasetPath(_ name: String) -> String { packageRoot + "/Datasets/" + name }

/// The bundled UCDP files (Datasets/ucdp), checked against the figures their README
/// gives, which were computed from the files by other means.
@Suite struct BundledUCDPData {
    /// The best equals UCDP's own total; the low and high are the sums of each row's
    /// envelope (101 rows have a best outside their published range: the lows sum 187
    /// lower, the highs 173 higher than the columns as published, 104,929 and 119,020).
    @Test func syriaTotalsEqualUCDPsOwn() throws {
        let o = try ingest([datasetPath("ucdp/ucdp_ged_syria_2016_2019.csv")], period: .all,
                           filter: RecordFilter(measures: ["killed"]))
        #expect(o.files.map(\.schema) == [.ucdpGED])
        #expect(o.rowsRead == 16_566)
        #expect(o.result.rows.map(\.estimate) == [Estimate(unchecked: 104_929 - 187, best: 112_337, high: 119_020 + 173)])
        #expect(o.result.rows.map(\.events) == [16_566])
        #expect(o.rangeQuirks.highBelowBest == 71)
        #expect(o.rangeQuirks.lowAboveBest == 30)
        #expect((o.rangeQuirks.lowLoweredBy, o.rangeQuirks.highRaisedBy) == (187, 173))
        // Multi-day events are the ones whose dates are known less well than a day.
        #expect(o.datePrecisions.total - o.datePrecisions.day == 1_086)
    }

    @Test func myanmarBangladeshTotalsWithQuotedLineBreaks() throws {
        let o = try ingest([datasetPath("ucdp/ucdp_ged191_mmr_bgd.csv")], by: [], period: .all,
                           filter: RecordFilter(measures: ["killed"]))
        #expect(o.rowsRead == 3_194)
        #expect(o.result.rows.map(\.estimate) == [Estimate(unchecked: 19_808 - 2, best: 20_936, high: 30_686 + 18)])
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

    /// No cell of the real files, at any grouping and period, shows a best outside its
    /// range: every row was widened as it was read.
    @Test(arguments: ["ucdp/ucdp_ged_syria_2016_2019.csv", "ucdp/ucdp_ged191_mmr_bgd.csv", "ucdp/hdx_ucdp_conflict_data_BGD.csv"])
    func everyCellIsInOrder(file: String) throws {
        for (keys, period) in [([GroupKey.adm2], PeriodKind.day), ([.adm1], .month), ([.actor], .week), ([.country], .year)] {
            let o = try ingest([datasetPath(file)], by: keys, period: period, filter: RecordFilter(measures: ["killed"]))
            for r in o.result.rows + o.result.spanning {
                #expect(r.estimate.low <= r.estimate.best && r.estimate.best <= r.estimate.high!, "\(file) \(r.period)")
            }
        }
    }
}
