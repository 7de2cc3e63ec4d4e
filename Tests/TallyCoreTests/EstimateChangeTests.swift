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
}
