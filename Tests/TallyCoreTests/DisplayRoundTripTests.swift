import Testing
import TallyCore
import TallyTestSupport

// Issue 10, item 3 and the bestStated flag: every display form reads back as the same
// estimate, whether its best was stated included, so the `estimate` column of an
// aggregate CSV keeps what the numbers alone lose.

private func estimate(_ low: Int64, _ best: Int64, _ high: Int64?, approximate: Bool = false,
                      stated: Bool = true) -> Estimate {
    Estimate(unchecked: low, best: best, high: high, approximate: approximate, bestStated: stated)
}

/// What must survive the round trip: the figures (``Estimate`` equality), and whether
/// the best was stated wherever that changes what is drawn (a bounded range with room
/// between its ends: a range-only one is a floating bar). An exact figure or an open
/// end has no range to float, and reads back as stated.
private func sameOnReadBack(_ e: Estimate, _ back: Estimate) -> Bool {
    e == back && e.isRangeOnly == back.isRangeOnly && (e.high == nil || e.low == e.high || e.bestStated == back.bestStated)
}

@Suite struct DisplayRoundTripTests {
    static let forms: [(Estimate, String)] = [
        (estimate(6, 6, 6), "6"),
        (estimate(0, 0, 0), "0"),
        (estimate(1_234_567, 1_234_567, 1_234_567), "1,234,567"),
        (estimate(5_000, 6_000, 7_000, stated: false), "5,000\u{2013}7,000"),
        (estimate(5_000, 6_000, 7_000), "6,000 (5,000\u{2013}7,000)"),
        (estimate(300, 307, 323), "307 (300\u{2013}323)"),
        (estimate(300, 300, 323), "300 (300\u{2013}323)"),
        (estimate(300, 323, 323), "323 (300\u{2013}323)"),
        (estimate(0, 40, 40), "40 (0\u{2013}40)"),
        (estimate(300, 307, 323, approximate: true), "~307 (300\u{2013}323)"),
        (estimate(5_000, 6_000, 7_000, approximate: true, stated: false), "~5,000\u{2013}7,000"),
        (estimate(12, 12, nil), "12+"),
        (estimate(12, 12, nil, approximate: true), "~12+"),
        (estimate(15, 16, nil), "15+ (best 16)"),
        (estimate(15, 16, nil, approximate: true), "~15+ (best 16)"),
        (estimate(40, 40, 40, approximate: true), "~40"),
        (estimate(Estimate.maximumValue - 2, Estimate.maximumValue - 1, Estimate.maximumValue),
         "9,007,199,254,740,991 (9,007,199,254,740,990\u{2013}9,007,199,254,740,992)"),
    ]

    @Test func eachFormIsPrintedAndReadBack() throws {
        for (e, text) in Self.forms {
            #expect(e.display == text)
            let back = try EstimateParser.parse(text)
            #expect(sameOnReadBack(e, back), "\(text): \(back.low)/\(back.best)/\(back.high.map(String.init) ?? "open") stated \(back.bestStated)")
            #expect(back.display == text)
        }
    }

    /// Sums keep the flag by rule (a bounded sum states a best when a part does and no
    /// part's best is a midpoint by rule): the round trip holds for them too.
    @Test func sumsOfStatedAndRangeOnlyFigures() throws {
        let rangeOnly = estimate(5_000, 6_000, 7_000, stated: false)
        #expect((rangeOnly + estimate(1, 3, 5, stated: false)).display == "5,001\u{2013}7,005")
        #expect((rangeOnly + estimate(10, 10, 10)).display == "5,010\u{2013}7,010")
        #expect((estimate(1, 3, 5) + estimate(10, 10, 10)).display == "13 (11\u{2013}15)")
        for sum in [rangeOnly + estimate(10, 10, 10), rangeOnly + estimate(1, 3, 5), estimate(1, 3, 5) + estimate(10, 10, 10)] {
            #expect(sameOnReadBack(sum, try EstimateParser.parse(sum.display)), "\(sum.display)")
        }
        #expect((Estimate.zero + rangeOnly).display == "5,000\u{2013}7,000")
    }

    /// Seeded random estimates of every shape, from small counts to 2^53.
    @Test func randomEstimatesReadBack() throws {
        var rng = SplitMix64(seed: 0x0E57_1A7E)
        for i in 0 ..< 4_000 {
            let scale: Int64 = [10, 1_000, 1_000_000, Estimate.maximumValue][i % 4]
            let low = Int64.random(in: 0 ... scale / 2, using: &rng)
            let high = Int64.random(in: low ... scale, using: &rng)
            let best = Int64.random(in: low ... high, using: &rng)
            let open = i % 5 == 0
            let stated = i % 3 != 0 || open
            // A range given with no best holds its midpoint, by the parser's rule.
            let b = stated ? best : low + (high - low + 1) / 2
            let e = estimate(low, b, open ? nil : high, approximate: i % 7 == 0, stated: stated)
            let back = try EstimateParser.parse(e.display)
            #expect(sameOnReadBack(e, back), "\(e.display) read back as \(back.display), stated \(back.bestStated)")
            if !sameOnReadBack(e, back) { return }
        }
    }

    /// `307 (300–323)` is read only when the brackets hold a range around the figure;
    /// anything else is two numbers as before, never a guess.
    @Test func bracketsAroundAnythingElseAreNotABest() throws {
        #expect(throws: EstimateParseError.self) { try EstimateParser.parse("400 (300\u{2013}323)") }
        #expect(throws: EstimateParseError.self) { try EstimateParser.parse("299 (300-323)") }
        #expect(throws: EstimateParseError.self) { try EstimateParser.parse("5 (3 children)") }
        #expect(throws: EstimateParseError.self) { try EstimateParser.parse("at least 307 (300–323)") }
        #expect(throws: EstimateParseError.self) { try EstimateParser.parse("dozens (20–30)") }
        // Words and other separators read the same way as digits and the en dash.
        let words = try EstimateParser.parse("307 (300 to 323) killed")
        #expect(words == estimate(300, 307, 323) && words.bestStated)
        let plain = try EstimateParser.parse("300 to 323")
        #expect(!plain.bestStated && plain.best == 312)
    }
}
