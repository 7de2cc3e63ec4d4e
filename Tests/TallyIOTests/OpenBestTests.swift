import Foundation
import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// review46 S1: one open-ended figure turned an invented midpoint into a published best.
/// "5,000 to 7,000" beside "at least 12" was `5,012+ (best 6,012)`, `best_stated` true,
/// 6,000 of the 6,012 the midpoint by rule of a range no source gave a best for. A sum,
/// bounded or not, states a best only when some term stated one and no term's best is
/// a midpoint by rule (SPEC §1); an open one with none is shown as its floor alone and
/// reads back, from tally's own CSV and JSON, with the same low, best, high and flag.
@Suite struct OpenBestTests {
    /// The review's file and its variants: each open end beside a range given alone, and
    /// beside a vague word ("dozens", 24–96 by rule).
    static let floorOnly: [(String, String, Int64, Int64, String)] = [
        ("5,000 to 7,000", "at least 12", 5_012, 6_012, "5,012+"),
        ("5,000 to 7,000", "12+", 5_012, 6_012, "5,012+"),
        ("5,000 to 7,000", "more than 12", 5_013, 6_013, "5,013+"),
        ("between 5,000 and 7,000", "at least 12", 5_012, 6_012, "5,012+"),
        ("dozens", "at least 12", 36, 74, "36+"),  // dozens: 24–99, 62 by rule
        ("3 to 5", "at least 12", 15, 16, "15+"),
        ("about 5,000 to 7,000", "at least 12", 5_012, 6_012, "~5,012+"),
    ]

    func file(_ a: String, _ b: String) -> String {
        writeFile("date_start,country,measure,estimate\n2023-02-01,Syria,killed,\"\(a)\"\n2023-02-02,Syria,killed,\"\(b)\"\n")
    }

    @Test func anOpenSumHoldingARangeGivenAloneStatesNoBest() throws {
        for (a, b, low, best, shown) in Self.floorOnly {
            let r = try aggregate([file(a, b)], period: .all)
            let e = try #require(r.rows.first?.estimate)
            #expect(e.low == low && e.best == best && e.high == nil, "\(a) + \(b): \(e.low)/\(e.best)")
            #expect(!e.bestStated && e.display == shown, "\(a) + \(b): \(e.display)")
            let json = String(decoding: ResultWriter.json(r), as: UTF8.self)
            #expect(json.contains("\"low\": \(low), \"best\": \(best), \"high\": null"), "\(json)")
            #expect(json.contains("\"best_stated\": false, \"estimate\": \"\(shown)\""), "\(json)")
            let field = shown.contains(",") ? "\"\(shown)\"" : shown
            #expect(csvText(r).contains(",\(low),\(best),,2,\(field)\n"), "\(csvText(r))")
            #expect(!csvText(r).contains("(best"))
        }
    }

    /// The honest twins keep their readings: a bounded sum, an open sum whose terms all
    /// stated a best (shown with it), an open end alone.
    @Test func theTwinsAreAsBefore() throws {
        for (a, b, shown, stated) in [("5,000 to 7,000", "3", "5,003–7,003", false), ("300 (280 to 320)", "at least 12", "292+ (best 312)", true),
                                      ("at least 12", "3", "15+", true), ("307", "at least 12", "319+", true),
                                      ("at least 12", "at least 40", "52+", true)] {
            let e = try #require(try aggregate([file(a, b)], period: .all).rows.first?.estimate)
            #expect(e.display == shown && e.bestStated == stated, "\(a) + \(b): \(e.display) \(e.bestStated)")
        }
    }

    /// tally's own CSV and JSON read back to the same low, best, high and flag, and summed
    /// by a coarser period give the records' own figures (SPEC §1: the same however the
    /// terms were grouped).
    @Test func theTablesReadBackWithTheSameFiguresAndFlag() throws {
        let f = writeFile("""
        date_start,country,measure,estimate
        2023-01-05,Syria,killed,"5,000 to 7,000"
        2023-01-09,Syria,killed,at least 12
        2023-02-03,Syria,killed,307 (300 to 323)
        2023-03-03,Syria,killed,at least 4
        2023-03-04,Syria,killed,40
        2023-01-05,Iraq,killed,dozens
        2023-02-05,Iraq,killed,12+
        2023-02-06,Mali,killed,3 to 5
        2023-03-06,Mali,killed,at least 12

        """)
        let monthly = try aggregate([f], period: .month)
        let shown = monthly.rows.map { "\($0.country!) \($0.period) \($0.estimate.display) \($0.estimate.best) \($0.estimate.bestStated)" }
        #expect(shown == ["Iraq 2023-01 24–99 62 false", "Iraq 2023-02 12+ 12 true", "Mali 2023-02 3–5 4 false", "Mali 2023-03 12+ 12 true",
                          "Syria 2023-01 5,012+ 6012 false", "Syria 2023-02 307 (300–323) 307 true", "Syria 2023-03 44+ 44 true"], "\(shown)")
        let csv = writeFile(csvText(monthly), name: "monthly.csv")
        let json = writeFile(String(decoding: ResultWriter.json(monthly), as: UTF8.self), name: "monthly.json")
        for back in [csv, json] {
            #expect(SumReadBackTests.rows(try aggregate([back], period: .month)) == SumReadBackTests.rows(monthly), "\(back)")
            for period in [PeriodKind.quarter, .year, .all] {
                let direct = SumReadBackTests.rows(try aggregate([f], period: period))
                #expect(SumReadBackTests.rows(try aggregate([back], period: period)) == direct, "\(back) by \(period)")
            }
        }
        let quarter = try aggregate([f], period: .quarter).rows.map { "\($0.country!) \($0.estimate.display) \($0.estimate.best)" }
        #expect(quarter == ["Iraq 36+ 74", "Mali 15+ 16", "Syria 5,356+ 6363"], "\(quarter)")
    }
}
