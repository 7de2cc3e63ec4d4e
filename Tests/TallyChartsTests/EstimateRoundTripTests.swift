import Testing
import TallyCore
import TallyCharts

/// A fixed-seed generator (SplitMix64), so that a failure names an estimate that can be
/// found again.
private struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A count of 1 to 16 digits, so that every grouping is drawn.
private func count(_ rng: inout SplitMix, below limit: Int64 = Estimate.maximumValue / 4) -> Int64 {
    let digits = Int.random(in: 1...16, using: &rng)
    var top: Int64 = 1
    for _ in 0..<digits where top <= limit / 10 { top *= 10 }
    return Int64.random(in: 0..<top, using: &rng)
}

/// Estimates of every shape tally prints: exact, a range with a stated best, a range
/// alone (its best the midpoint the reader gives "5,000 to 7,000"), open-ended with the
/// best at the floor or above it; each hedged or not.
private func randomEstimate(_ rng: inout SplitMix) -> Estimate {
    let approximate = Bool.random(using: &rng)
    let low = count(&rng)
    let gap = count(&rng, below: Estimate.maximumValue / 4)
    switch Int.random(in: 0..<6, using: &rng) {
    case 0:
        return Estimate(unchecked: low, best: low, high: low, approximate: approximate)
    case 1:
        let high = low + max(gap, 1)
        return Estimate(unchecked: low, best: Int64.random(in: low...high, using: &rng), high: high, approximate: approximate)
    case 2:
        let high = low + max(gap, 1)
        // Midpoint rounded half up (docs/estimates.md, "Midpoint").
        return Estimate(unchecked: low, best: low + (high - low + 1) / 2, high: high, approximate: approximate, bestStated: false)
    case 3:
        return Estimate(unchecked: low, best: low, high: nil, approximate: approximate)
    case 4:
        // "5–7,000": a low end that could be the thousands of the high end, the shape the
        // reader refuses in copy as a possible shorthand.
        let small = Int64.random(in: 1...999, using: &rng)
        let high = 1_000 * Int64.random(in: small...(small * 10), using: &rng)
        return Bool.random(using: &rng)
            ? Estimate(unchecked: small, best: small + (high - small + 1) / 2, high: high, approximate: approximate, bestStated: false)
            : Estimate(unchecked: small, best: Int64.random(in: small...high, using: &rng), high: high, approximate: approximate)
    default:
        return Estimate(unchecked: low, best: low + max(gap, 1), high: nil, approximate: approximate)
    }
}

/// Every way tally prints an estimate reads back as the same estimate (issue 12): what a
/// user copies from a CSV, a chart label, a report table or an alt text and pastes into an
/// estimate column must not become another number.
@Suite("Estimates: every printed form reads back (issue 12)")
struct EstimateRoundTripTests {
    private func check(_ text: String, _ e: Estimate, form: String, stated: Bool = true,
                       sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            let back = try EstimateParser.parse(text)
            #expect(back == e, "\(form) \"\(text)\" of \(e.low)/\(e.best)/\(e.high.map(String.init) ?? "inf")\(e.approximate ? "~" : "") read \(back.low)/\(back.best)/\(back.high.map(String.init) ?? "inf")\(back.approximate ? "~" : "")",
                    sourceLocation: sourceLocation)
            // A range given alone stays a range with no best; a stated best stays stated.
            if stated, e.high.map({ $0 > e.low }) == true {
                #expect(back.bestStated == e.bestStated, "\(form) \"\(text)\": best stated \(back.bestStated), was \(e.bestStated)",
                        sourceLocation: sourceLocation)
            }
        } catch {
            Issue.record("\(form) \"\(text)\" of \(e.low)/\(e.best)/\(e.high.map(String.init) ?? "inf") was refused: \(error)",
                         sourceLocation: sourceLocation)
        }
    }

    @Test func theFormsTheIssueNames() throws {
        for (text, low, best, high) in [("5,000–7,000", 5_000, 6_000, 7_000), ("5,000-7,000", 5_000, 6_000, 7_000),
                                        ("112 (85–150)", 85, 112, 150), ("16 (at least 15)", 15, 16, nil),
                                        ("about 307 (range 300 to 323)", 300, 307, 323),
                                        ("about 16 (at least 15, no upper limit)", 15, 16, nil)] as [(String, Int64, Int64, Int64?)] {
            let e = try EstimateParser.parse(text)
            #expect(e.low == low && e.best == best && e.high == high, "\(text)")
        }
        #expect(try EstimateParser.parse("12+") == EstimateParser.parse("at least 12"))
        #expect(try EstimateParser.parse("~40").approximate)
        // A floor above the figure before it is refused, not read.
        #expect(throws: EstimateParseError.self) { try EstimateParser.parse("14 (at least 15)") }
        // tally prints "5–7,000" for a range given alone from 5 to 7,000; it reads back as
        // written. Copy's shorthand around it stays refused.
        let printed = try EstimateParser.parse("5–7,000")
        #expect(printed.low == 5 && printed.high == 7_000 && !printed.bestStated)
        for copy in ["5-7,000", "5 to 7,000", "5–7,000 fighters", "5 – 7,000"] {
            #expect(throws: EstimateParseError.self, "\(copy)") { try EstimateParser.parse(copy) }
        }
    }

    @Test func randomEstimatesInEveryPrintedForm() {
        var rng = SplitMix(state: 12)
        for _ in 0..<3_000 {
            let e = randomEstimate(&rng)
            check(e.display, e, form: "display (CSV, JSON, tables)")
            check(ChartWords.figure(e), e, form: "chart label and report table")
            check(AltText.words(e), e, form: "alt text")
        }
    }

    /// An axis label (`5K`, `12.5K`, `1.2M`, `3B`) reads back as its value, whole steps of
    /// the nice ticks a chart draws.
    @Test func compactAxisLabels() throws {
        for step in [1.0, 10, 50, 100, 250, 500, 1_000, 2_500, 10_000, 50_000, 100_000, 250_000, 1_000_000, 5_000_000,
                     10_000_000, 250_000_000, 1_000_000_000] {
            for k in 0...12 {
                let value = step * Double(k)
                let label = NumberFormat.compact(value, step: step)
                let e = try EstimateParser.parse(label)
                #expect(e == Estimate.exactly(Int64(value)), "\(label) for \(value)")
            }
        }
    }
}
