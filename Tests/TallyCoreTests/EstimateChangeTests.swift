import Testing
@testable import TallyCore

/// review28 S7: what two figures support of a change (``EstimateChange``).
@Suite struct EstimateChangeTests {
    func e(_ low: Int64, _ best: Int64, _ high: Int64?, stated: Bool = true) -> Estimate {
        Estimate(unchecked: low, best: best, high: high, bestStated: stated)
    }

    @Test func openEnds() {
        // 93, then at least 91: nothing; then at least 120: a rise, no percentage.
        #expect(EstimateChange.between(.exactly(93), e(91, 91, nil)) == .unknown(why: .laterOpen))
        #expect(EstimateChange.between(.exactly(93), e(120, 120, nil)) == .direction(rose: true, why: .laterOpen))
        #expect(EstimateChange.between(.exactly(93), e(93, 93, nil)) == .unknown(why: .laterOpen))
        #expect(EstimateChange.between(e(135, 135, nil), e(124, 124, nil)) == .unknown(why: .bothOpen))
        #expect(EstimateChange.between(e(135, 135, nil), e(500, 500, nil)) == .unknown(why: .bothOpen))
        #expect(EstimateChange.between(e(135, 135, nil), .exactly(12)) == .direction(rose: false, why: .earlierOpen))
        #expect(EstimateChange.between(e(135, 135, nil), .exactly(135)) == .unknown(why: .earlierOpen))
        #expect(EstimateChange.between(e(135, 135, nil), e(100, 120, 140)) == .unknown(why: .earlierOpen))
    }

    @Test func ranges() {
        #expect(EstimateChange.between(.exactly(93), .exactly(91)) == .bests(overlapping: false))
        #expect(EstimateChange.between(.exactly(93), .exactly(93)) == .bests(overlapping: false))
        #expect(EstimateChange.between(e(400, 450, 500), e(300, 600, 900)) == .bests(overlapping: true))
        #expect(EstimateChange.between(e(400, 450, 500), e(500, 600, 900)) == .bests(overlapping: true))
        #expect(EstimateChange.between(e(400, 450, 500), e(501, 600, 900)) == .bests(overlapping: false))
        #expect(EstimateChange.between(e(300, 307, 323), e(157, 158, 162)) == .bests(overlapping: false))
    }

    @Test func bestsNotStated() {
        #expect(EstimateChange.between(e(5000, 6000, 7000, stated: false), .exactly(6500)) == .unknown(why: .earlierNoBest))
        #expect(EstimateChange.between(e(5000, 6000, 7000, stated: false), .exactly(9000)) == .direction(rose: true, why: .earlierNoBest))
        #expect(EstimateChange.between(.exactly(9000), e(5000, 6000, 7000, stated: false)) == .direction(rose: false, why: .laterNoBest))
        #expect(EstimateChange.between(e(5, 6, 7, stated: false), e(5, 6, 7, stated: false)) == .unknown(why: .bothNoBest))
        // An open end is the first reason.
        #expect(EstimateChange.between(e(5000, 6000, 7000, stated: false), e(12, 12, nil)) == .unknown(why: .laterOpen))
    }

    func about(_ low: Int64, _ best: Int64, _ high: Int64?) -> Estimate {
        Estimate(unchecked: low, best: best, high: high, approximate: true)
    }

    /// review29 S4: "about 100", then "about 103", is no rise. An approximate figure is
    /// read as a fifth either way of it; only ranges apart after that give a change.
    @Test func approximateFiguresGiveAChangeOnlyBeyondTheirMargin() {
        #expect(EstimateChange.between(about(100, 100, 100), about(103, 103, 103)) == .unknown(why: .bothApproximate))
        #expect(EstimateChange.between(about(103, 103, 103), about(100, 100, 100)) == .unknown(why: .bothApproximate))
        #expect(EstimateChange.between(about(100, 100, 100), about(100, 100, 100)) == .unknown(why: .bothApproximate))
        // 80–120 and 120–180 meet; 80–120 and 120.8–181.2 are apart.
        #expect(EstimateChange.between(about(100, 100, 100), about(150, 150, 150)) == .unknown(why: .bothApproximate))
        #expect(EstimateChange.between(about(100, 100, 100), about(151, 151, 151)) == .bests(overlapping: false))
        #expect(EstimateChange.between(about(151, 151, 151), about(100, 100, 100)) == .bests(overlapping: false))
        // One side approximate: about 40 (32–48) then 100 rose; then 45 or 48 did not.
        #expect(EstimateChange.between(about(40, 40, 40), .exactly(100)) == .bests(overlapping: false))
        #expect(EstimateChange.between(about(40, 40, 40), .exactly(45)) == .unknown(why: .earlierApproximate))
        #expect(EstimateChange.between(about(40, 40, 40), .exactly(48)) == .unknown(why: .earlierApproximate))
        #expect(EstimateChange.between(about(40, 40, 40), .exactly(49)) == .bests(overlapping: false))
        // 100 then about 84 (67.2–100.8) meet; about 83 (66.4–99.6) fell.
        #expect(EstimateChange.between(.exactly(100), about(84, 84, 84)) == .unknown(why: .laterApproximate))
        #expect(EstimateChange.between(.exactly(100), about(83, 83, 83)) == .bests(overlapping: false))
        // An approximate range is widened at both ends: about 5,000 to 7,000 is 4,000–8,400.
        #expect(EstimateChange.between(about(5000, 6000, 7000), .exactly(8400)) == .unknown(why: .earlierApproximate))
        #expect(EstimateChange.between(about(5000, 6000, 7000), .exactly(8401)) == .bests(overlapping: false))
        // An open end or a best not stated is the reason first; the margin still holds the direction back.
        #expect(EstimateChange.between(about(100, 100, 100), e(110, 110, nil)) == .unknown(why: .laterOpen))
        #expect(EstimateChange.between(about(100, 100, 100), e(121, 121, nil)) == .direction(rose: true, why: .laterOpen))
        #expect(EstimateChange.between(about(100, 100, nil), .exactly(79)) == .direction(rose: false, why: .earlierOpen))
        #expect(EstimateChange.between(about(100, 100, nil), .exactly(80)) == .unknown(why: .earlierOpen))
        // Sums past 2^60 are compared exactly.
        let huge: Int64 = 1 << 61
        #expect(EstimateChange.between(about(huge, huge, huge), about(huge + huge / 2, huge + huge / 2, huge + huge / 2))
                == .unknown(why: .bothApproximate))
        #expect(EstimateChange.between(about(huge, huge, huge), e(Int64.max, Int64.max, Int64.max)) == .bests(overlapping: false))
    }
}
