import Testing
import TallyCore
import TallyTestSupport

@Suite("Estimate: invariant")
struct EstimateInvariantTests {
    @Test func acceptsOrderedTriples() throws {
        let estimate = try Estimate(low: 5_000, best: 6_000, high: 7_000)
        #expect(estimate.low == 5_000 && estimate.best == 6_000 && estimate.high == 7_000)
        #expect(!estimate.approximate)
        let floor = try Estimate(low: 12, best: 20, high: nil, approximate: true)
        #expect(floor.isUnbounded && floor.approximate && floor.best == 20)
    }

    @Test func acceptsTheLimitItself() throws {
        let max = Estimate.maximumValue
        #expect(max == 9_007_199_254_740_992)
        let estimate = try Estimate(low: max, best: max, high: max)
        #expect(estimate.high == max)
    }

    struct Invalid: Sendable, CustomTestStringConvertible {
        let low: Int64, best: Int64, high: Int64?
        let error: EstimateError
        var testDescription: String { "\(low)/\(best)/\(String(describing: high))" }
    }

    static let invalid: [Invalid] = [
        .init(low: -1, best: 0, high: 0, error: .negative),
        .init(low: 0, best: -1, high: 0, error: .negative),
        .init(low: 0, best: 0, high: -1, error: .negative),
        .init(low: -5, best: 10, high: nil, error: .negative),
        .init(low: Estimate.maximumValue + 1, best: Estimate.maximumValue + 1, high: nil, error: .tooLarge),
        .init(low: 0, best: Estimate.maximumValue + 1, high: nil, error: .tooLarge),
        .init(low: 0, best: 0, high: Estimate.maximumValue + 1, error: .tooLarge),
        .init(low: 0, best: 0, high: Int64.max, error: .tooLarge),
        .init(low: 7, best: 6, high: 8, error: .lowAboveBest(low: 7, best: 6)),
        .init(low: 7, best: 6, high: nil, error: .lowAboveBest(low: 7, best: 6)),
        .init(low: 5, best: 9, high: 8, error: .bestAboveHigh(best: 9, high: 8)),
        .init(low: 7_000, best: 6_000, high: 5_000, error: .lowAboveBest(low: 7_000, best: 6_000)),
    ]

    @Test("refuses triples that break low ≤ best ≤ high, non-negative, ≤ 2^53", arguments: invalid)
    func refuses(_ case_: Invalid) {
        #expect(throws: case_.error) {
            try Estimate(low: case_.low, best: case_.best, high: case_.high)
        }
    }

    @Test func errorDescriptionsNameTheProblem() {
        #expect(EstimateError.negative.description == "counts cannot be negative")
        #expect(EstimateError.tooLarge.description == "a count is larger than 2^53 (9,007,199,254,740,992)")
        #expect(EstimateError.lowAboveBest(low: 7, best: 6).description == "low (7) is greater than best (6)")
        #expect(EstimateError.bestAboveHigh(best: 9, high: 8).description == "best (9) is greater than high (8)")
    }

    @Test func exactlyZeroAndFlags() {
        #expect(Estimate.exactly(6) == Estimate(unchecked: 6, best: 6, high: 6))
        #expect(Estimate.zero == Estimate(unchecked: 0, best: 0, high: 0))
        #expect(Estimate.exactly(6).isExact)
        #expect(!Estimate.exactly(6).isUnbounded)
        #expect(!Estimate(unchecked: 40, best: 40, high: 40, approximate: true).isExact)
        #expect(!Estimate(unchecked: 5, best: 6, high: 7).isExact)
        #expect(!Estimate(unchecked: 12, best: 12, high: nil).isExact)
        #expect(Estimate(unchecked: 12, best: 12, high: nil).isUnbounded)
    }
}

@Suite("Estimate: arithmetic")
struct EstimateArithmeticTests {
    /// A sum of ranges given with no best adds the bests SPEC §1 gives them, each part's
    /// midpoint rounded half up: 100 × "3 to 4" is 300–400 with best 400, shown `300–400`
    /// (a range with no best). Review 12c had seen that `300–400` alone reads back as best
    /// 350, and the sum's best had been made its range's midpoint; but then a month's best
    /// was no longer the sum of its records' bests, and a quarter summed from aggregate's
    /// monthly CSV differed from the quarter summed from the records (review30 S21). The
    /// CSV keeps the best in its `best` column (SumReadBackTests).
    @Test func aSumOfRangesGivenAloneAddsTheirMidpoints() throws {
        let part = try EstimateParser.parse("3 to 4")
        #expect(part.best == 4 && !part.bestStated)
        var sum = part
        for _ in 1 ..< 100 { sum = try sum.adding(part) }
        #expect(sum.low == 300 && sum.high == 400 && sum.best == 400 && !sum.bestStated)
        #expect(sum.display == "300–400")
        #expect(try EstimateParser.parse(sum.display) == Estimate(unchecked: 300, best: 350, high: 400))
        #expect((part + part).best == 8)
        // An exact part keeps the sum a range with no best (review28 S11: no best is stated
        // while a part's best is a midpoint by rule); its best is still the sum of bests.
        let mixed = try sum.adding(.exactly(10))
        #expect(mixed.low == 310 && mixed.high == 410 && mixed.best == 410 && !mixed.bestStated)
        #expect(mixed.display == "310–410")
        // A best stated off its range's midpoint keeps its place in the sum: "34 (9 to 70)"
        // and "3 to 5" are 12–75 with best 38 (not 44, the midpoint of 12–75).
        let stated = try EstimateParser.parse("34 (9 to 70)")
        let both = try stated.adding(EstimateParser.parse("3 to 5"))
        #expect(both == Estimate(unchecked: 12, best: 38, high: 75) && !both.bestStated && both.display == "12–75")
        // Unbounded the same (review46 S1): "at least 12" + "3 to 5" has best 16, 4 of it the
        // midpoint by rule, so it is its floor alone, best 16 kept for the sums after it.
        let open = try EstimateParser.parse("at least 12").adding(EstimateParser.parse("3 to 5"))
        #expect(open.low == 15 && open.best == 16 && open.high == nil && !open.bestStated && open.isFloorOnly)
        #expect(open.display == "15+" && open.shownBest == 15)
        // With a stated best beside the floor it is kept: "at least 12" + "300 (280 to 320)".
        let openStated = try EstimateParser.parse("at least 12").adding(EstimateParser.parse("300 (280 to 320)"))
        #expect(openStated.low == 292 && openStated.best == 312 && openStated.bestStated && !openStated.isFloorOnly)
        #expect(openStated.display == "292+ (best 312)" && openStated.shownBest == 312)
    }

    struct Sum: Sendable, CustomTestStringConvertible {
        let a: Estimate, b: Estimate, total: Estimate
        var testDescription: String { a.display + " + " + b.display }
    }

    static let sums: [Sum] = [
        .init(a: .exactly(6), b: .exactly(3), total: .exactly(9)),
        .init(a: .zero, b: .exactly(3), total: .exactly(3)),
        .init(a: Estimate(unchecked: 5_000, best: 6_000, high: 7_000), b: .exactly(6),
              total: Estimate(unchecked: 5_006, best: 6_006, high: 7_006)),
        .init(a: Estimate(unchecked: 12, best: 12, high: nil), b: Estimate(unchecked: 3, best: 4, high: 5),
              total: Estimate(unchecked: 15, best: 16, high: nil)),
        .init(a: Estimate(unchecked: 3, best: 4, high: 5), b: Estimate(unchecked: 12, best: 12, high: nil),
              total: Estimate(unchecked: 15, best: 16, high: nil)),
        .init(a: Estimate(unchecked: 1, best: 1, high: nil), b: Estimate(unchecked: 2, best: 2, high: nil),
              total: Estimate(unchecked: 3, best: 3, high: nil)),
        .init(a: Estimate(unchecked: 40, best: 40, high: 40, approximate: true), b: .exactly(2),
              total: Estimate(unchecked: 42, best: 42, high: 42, approximate: true)),
        .init(a: Estimate(unchecked: 0, best: 40, high: 40), b: Estimate(unchecked: 13, best: 13, high: nil),
              total: Estimate(unchecked: 13, best: 53, high: nil)),
    ]

    @Test("sums add lows, bests and highs (SPEC §1)", arguments: sums)
    func adds(_ sum: Sum) throws {
        #expect(sum.a + sum.b == sum.total)
        #expect(try sum.a.adding(sum.b) == sum.total)
    }

    @Test func addingReportsOverflowInsteadOfTrapping() throws {
        let huge = Estimate(unchecked: Int64.max - 1, best: Int64.max - 1, high: Int64.max - 1)
        #expect(throws: EstimateError.tooLarge) { try huge.adding(.exactly(2)) }
        let hugeHigh = Estimate(unchecked: 0, best: 0, high: Int64.max)
        #expect(throws: EstimateError.tooLarge) { try hugeHigh.adding(Estimate(unchecked: 0, best: 0, high: 1)) }
        let hugeBest = Estimate(unchecked: 0, best: Int64.max, high: nil)
        #expect(throws: EstimateError.tooLarge) { try hugeBest.adding(Estimate(unchecked: 0, best: 1, high: nil)) }
        // An unbounded term has no high to overflow.
        let unbounded = Estimate(unchecked: 1, best: 1, high: nil)
        #expect(try unbounded.adding(hugeHigh) == Estimate(unchecked: 1, best: 1, high: nil))
    }

    /// Every value in the program is refused past 2^53 (it cannot survive a JSON round
    /// trip), sums included.
    @Test func addingPastTwoToTheFiftyThreeIsRefused() throws {
        let max = Estimate.exactly(Estimate.maximumValue)
        #expect(throws: EstimateError.tooLarge) { try max.adding(.exactly(1)) }
        #expect(try max.adding(.zero) == max)
    }

    @Test("random sums keep low ≤ best ≤ high", arguments: [UInt64(7), 8, 9])
    func randomSumsStayOrdered(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        for _ in 0..<500 {
            let terms = (0..<Int.random(in: 1...20, using: &rng)).map { _ in
                EstimateParserPropertyTests.faithfulEstimate(&rng)
            }
            let total = terms.reduce(Estimate.zero, +)
            // Terms are non-negative, so lows and bests pass 2^53 exactly when their
            // totals do; highs can pass it only until the first unbounded term makes
            // the running high unbounded. `adding` must refuse exactly then, and agree
            // with `+` otherwise.
            let max = Estimate.maximumValue
            let boundedPrefix = terms.prefix { !$0.isUnbounded }
            let highBeforeUnbounded = boundedPrefix.reduce(Int64(0)) { $0 + $1.high! }
            let fits = total.low <= max && total.best <= max && highBeforeUnbounded <= max
            func checkedSum() throws(EstimateError) -> Estimate {
                var checked = Estimate.zero
                for term in terms { checked = try checked.adding(term) }
                return checked
            }
            if fits {
                #expect(try checkedSum() == total)
            } else {
                #expect(throws: EstimateError.tooLarge) { try checkedSum() }
            }
            #expect(total.low <= total.best)
            if let high = total.high { #expect(total.best <= high) }
            #expect(total.isUnbounded == terms.contains { $0.isUnbounded })
            #expect(total.approximate == terms.contains { $0.approximate })
            #expect(total.low == terms.reduce(0) { $0 + $1.low })
            #expect(total.best == terms.reduce(0) { $0 + $1.best })
            // Order does not matter.
            #expect(terms.reversed().reduce(Estimate.zero, +) == total)
        }
    }
}

@Suite("Estimate: display")
struct EstimateDisplayTests {
    struct Shown: Sendable, CustomTestStringConvertible {
        let estimate: Estimate, text: String
        var testDescription: String { text }
    }

    static let shown: [Shown] = [
        .init(estimate: .exactly(0), text: "0"),
        .init(estimate: .exactly(6), text: "6"),
        .init(estimate: .exactly(999), text: "999"),
        .init(estimate: .exactly(6_000), text: "6,000"),
        .init(estimate: .exactly(Estimate.maximumValue), text: "9,007,199,254,740,992"),
        // A stated best comes first; a range given with no best shows the range alone.
        .init(estimate: Estimate(unchecked: 5_000, best: 6_000, high: 7_000), text: "6,000 (5,000\u{2013}7,000)"),
        .init(estimate: Estimate(unchecked: 5_000, best: 6_000, high: 7_000, bestStated: false), text: "5,000\u{2013}7,000"),
        .init(estimate: Estimate(unchecked: 5_000, best: 6_500, high: 7_000), text: "6,500 (5,000\u{2013}7,000)"),
        .init(estimate: Estimate(unchecked: 0, best: 40, high: 40), text: "40 (0\u{2013}40)"),
        .init(estimate: Estimate(unchecked: 12, best: 12, high: nil), text: "12+"),
        .init(estimate: Estimate(unchecked: 15, best: 16, high: nil), text: "15+ (best 16)"),
        .init(estimate: Estimate(unchecked: 1_500, best: 2_750, high: nil), text: "1,500+ (best 2,750)"),
        .init(estimate: Estimate(unchecked: 40, best: 40, high: 40, approximate: true), text: "~40"),
        .init(estimate: Estimate(unchecked: 5_000, best: 6_000, high: 7_000, approximate: true),
              text: "~6,000 (5,000\u{2013}7,000)"),
        .init(estimate: Estimate(unchecked: 5_000, best: 6_000, high: 7_000, approximate: true, bestStated: false),
              text: "~5,000\u{2013}7,000"),
        .init(estimate: Estimate(unchecked: 12, best: 12, high: nil, approximate: true), text: "~12+"),
        .init(estimate: Estimate(unchecked: 15, best: 16, high: nil, approximate: true), text: "~15+ (best 16)"),
        // An open end whose best no source stated is its floor alone (review46 S1).
        .init(estimate: Estimate(unchecked: 5_012, best: 6_012, high: nil, bestStated: false), text: "5,012+"),
        .init(estimate: Estimate(unchecked: 5_352, best: 6_359, high: nil, approximate: true, bestStated: false), text: "~5,352+"),
        .init(estimate: Estimate(unchecked: 12, best: 12, high: nil, bestStated: false), text: "12+"),
    ]

    @Test("newsroom display form (SPEC §1)", arguments: shown)
    func display(_ shown: Shown) {
        #expect(shown.estimate.display == shown.text)
        #expect(shown.estimate.description == shown.text)
    }

    static let grouped: [(Int64, String)] = [
        (0, "0"), (7, "7"), (999, "999"), (1_000, "1,000"), (12_345, "12,345"), (123_456, "123,456"),
        (1_234_567, "1,234,567"), (-1, "-1"), (-999, "-999"), (-1_000, "-1,000"), (-123_456, "-123,456"),
        (Int64.max, "9,223,372,036,854,775,807"), (Int64.min, "-9,223,372,036,854,775,808"),
    ]

    @Test("thousands grouped with a comma", arguments: grouped)
    func groups(_ n: Int64, _ text: String) {
        #expect(Estimate.grouped(n) == text)
    }

    @Test func groupingMatchesDigitsForRandomValues() {
        var rng = SplitMix64(seed: 5)
        for _ in 0..<1_000 {
            let n = Int64.random(in: Int64.min...Int64.max, using: &rng) >> Int.random(in: 0...62, using: &rng)
            let text = Estimate.grouped(n)
            #expect(text.filter { $0 != "," } == String(n))
            let magnitude = text.hasPrefix("-") ? String(text.dropFirst()) : text
            let groups = magnitude.split(separator: ",", omittingEmptySubsequences: false)
            #expect((1...3).contains(groups[0].count))
            #expect(groups.dropFirst().allSatisfy { $0.count == 3 })
        }
    }
}

/// Whether a source stated a best survives sums (issue 10, item 4). review28 S11: one
/// stated part had made a sum's best "stated" though most of it was a midpoint by rule
/// (`15` + `40` + "5,000 to 7,000" printed `6,055 (5,055–7,055)`, drawn as a solid bar
/// to 6,055; checked failing before). A bounded sum states its best only when no part's
/// best is a midpoint by rule; an unbounded one keeps the old rule (its display gives
/// the floor first).
@Suite struct BestStatedTests {
    @Test func aBoundedSumIsRangeOnlyWhenAnyPartIs() throws {
        let given = try EstimateParser.parse("5,000 to 7,000")
        let other = try EstimateParser.parse("between 10 and 20")
        let stated = try EstimateParser.parse("307")
        let statedRange = try EstimateParser.parse("307 (300 to 323)")
        #expect(given.isRangeOnly && other.isRangeOnly && !statedRange.isRangeOnly)
        #expect((given + other).isRangeOnly)
        #expect((given + stated).isRangeOnly && (stated + given).isRangeOnly)
        #expect((given + stated).display == "5,307\u{2013}7,307" && (given + stated).best == 6_307)
        #expect((statedRange + given).isRangeOnly && (statedRange + given).display == "5,300\u{2013}7,323")
        #expect(try given.adding(other).isRangeOnly)
        #expect(try given.adding(stated).isRangeOnly && given.adding(statedRange).isRangeOnly)
        // Stated parts alone keep their best.
        #expect((stated + statedRange).bestStated && (stated + statedRange).display == "614 (607\u{2013}630)")
        // Unbounded: the same rule (review46 S1): a range given alone leaves no stated best,
        // so the sum is its floor alone (best 6,015 kept, shown nowhere), both operators.
        let open = try EstimateParser.parse("at least 15")
        #expect((open + given).display == "5,015+" && !(open + given).bestStated && (open + given).best == 6_015)
        #expect(try open.adding(given).display == "5,015+" && !open.adding(given).bestStated)
        #expect((given + open).isFloorOnly && !(given + open).isRangeOnly && (given + open).shownBest == 5_015)
        // "at least 15" + "307": every best stated, so it is kept.
        #expect((open + stated).display == "322+" && (open + stated).bestStated)
        #expect((open + statedRange).display == "315+ (best 322)" && (open + statedRange).bestStated)
        // The empty sum changes nothing.
        #expect((Estimate.zero + given).isRangeOnly)
        #expect((Estimate.zero + stated).bestStated)
        // An exact figure is never drawn as a floating range.
        #expect(!Estimate.zero.isRangeOnly)
        // Equality is about the figures.
        #expect(given == (try Estimate(low: 5_000, best: 6_000, high: 7_000)))
    }

    @Test func aggregationCarriesTheFlag() throws {
        let agg = Aggregator(config: AggregationConfig(grouping: Grouping([.country]), period: .all))
        func obs(_ country: String, _ text: String) throws -> Observation {
            var o = Observation()
            o.country = agg.strings.intern(country)
            o.measure = agg.strings.intern("killed")
            let e = try EstimateParser.parse(text)
            o.low = e.low; o.best = e.best; o.high = e.high ?? 0; o.unbounded = e.high == nil
            o.bestStated = e.bestStated
            return o
        }
        try agg.add(try obs("A", "5,000 to 7,000"))
        try agg.add(try obs("A", "10 to 20"))
        try agg.add(try obs("B", "5,000 to 7,000"))
        try agg.add(try obs("B", "12"))
        try agg.add(try obs("C", "300 (280 to 320)"))
        try agg.add(try obs("C", "12"))
        try agg.add(try obs("D", "at least 12"))
        try agg.add(try obs("D", "10 to 20"))
        let rows = try agg.result().rows
        #expect(rows.map(\.country) == ["A", "B", "C", "D"])
        #expect(rows[0].estimate.isRangeOnly)
        #expect(rows[1].estimate.isRangeOnly && rows[1].estimate.display == "5,012\u{2013}7,012")
        #expect(!rows[2].estimate.isRangeOnly && rows[2].estimate.display == "312 (292\u{2013}332)")
        // "at least 12" + "10 to 20": best 27, 15 of it a midpoint by rule (review46 S1).
        #expect(rows[3].estimate.display == "22+" && rows[3].estimate.best == 27 && !rows[3].estimate.bestStated)
    }
}
