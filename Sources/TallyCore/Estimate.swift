/// A count that sources give as a figure, a range or a floor: `low ≤ best ≤ high`.
///
/// Conflict statistics are rarely exact ("5,000 to 7,000 members", "at least 12
/// killed"), and flattening them to one number hides exactly what a reader needs to
/// judge a figure. An `Estimate` keeps all three values through every sum so that a
/// total can be published with its honest range (SPEC §1).
public struct Estimate: Hashable, Sendable, CustomStringConvertible {
    /// The largest value an estimate may hold: beyond 2^53 a figure can no longer be
    /// represented exactly as a JSON number, so it is rejected rather than rounded.
    public static let maximumValue: Int64 = 1 << 53

    public let low: Int64
    public let best: Int64
    /// `nil` when the estimate has no upper bound ("at least 12").
    public let high: Int64?
    /// Set for hedged figures ("about 40"), so the display can say `~40`.
    public let approximate: Bool
    /// `false` when the source gave a range and no best of its own ("5,000 to 7,000",
    /// "dozens"): ``best`` is then only the midpoint the rules choose (in a sum, the sum
    /// of the parts' bests, some of them such midpoints), and a chart draws the range as
    /// a floating bar instead of a solid bar to an invented figure.
    ///
    /// A sum, bounded or not, has a stated best when some part stated one and no part's
    /// best is only the midpoint of a range given alone (``sumStated(_:invented:)``;
    /// ``zero``, the empty sum, states none and invents none, so that starting a sum
    /// from it changes nothing). An unbounded estimate with no stated best is shown and
    /// drawn as its floor alone (`5,012+`, ``shownBest``). Equality and hashing ignore this flag: two
    /// estimates with the same low, best, high and hedge are the same figures; the flag
    /// only says how to present them.
    public let bestStated: Bool

    /// Checks the invariant once, so every estimate in the program can be trusted.
    public init(low: Int64, best: Int64, high: Int64?, approximate: Bool = false, bestStated: Bool = true) throws(EstimateError) {
        guard low >= 0, best >= 0, (high ?? 0) >= 0 else { throw .negative }
        guard low <= Estimate.maximumValue, best <= Estimate.maximumValue,
              (high ?? 0) <= Estimate.maximumValue else { throw .tooLarge }
        guard low <= best else { throw .lowAboveBest(low: low, best: best) }
        if let high, best > high { throw .bestAboveHigh(best: best, high: high) }
        self.init(unchecked: low, best: best, high: high, approximate: approximate, bestStated: bestStated)
    }

    /// For values already known to satisfy the invariant (sums of valid estimates).
    public init(unchecked low: Int64, best: Int64, high: Int64?, approximate: Bool = false, bestStated: Bool = true) {
        self.low = low
        self.best = best
        self.high = high
        self.approximate = approximate
        self.bestStated = bestStated
    }

    public static func == (a: Estimate, b: Estimate) -> Bool {
        a.low == b.low && a.best == b.best && a.high == b.high && a.approximate == b.approximate
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(low); hasher.combine(best); hasher.combine(high); hasher.combine(approximate)
    }

    /// The same figures with ``bestStated`` set as given.
    public func withBestStated(_ stated: Bool) -> Estimate {
        Estimate(unchecked: low, best: best, high: high, approximate: approximate, bestStated: stated)
    }

    /// Whether a chart should draw this as a range with no best: a bounded range whose
    /// best is only the midpoint by rule (``bestStated`` false and low below high).
    public var isRangeOnly: Bool { !bestStated && high.map { $0 > low } ?? false }

    /// Whether this is an open-ended figure whose best is no source's: a sum of "at
    /// least 12" and "5,000 to 7,000" has best 6,012, 6,000 of it the midpoint by rule of
    /// a range given alone (review46 S1). It is shown as its floor alone (`5,012+`, "at
    /// least 5,012") and drawn to its floor with the open-end mark, never a solid bar to
    /// its best; its ``best`` still sums as the parts' bests.
    public var isFloorOnly: Bool { high == nil && !bestStated && best > low }

    /// The best a label, a chart or a report shows and draws: ``best``, or for an
    /// open-ended figure with no stated best (``isFloorOnly``) its floor, which is the
    /// one figure the sources gave. The CSV's `best` column keeps ``best``.
    public var shownBest: Int64 { isFloorOnly ? low : best }

    /// A figure known exactly; `n` must be a valid count (0 … 2^53).
    public static func exactly(_ n: Int64) -> Estimate {
        precondition(n >= 0 && n <= maximumValue, "an exact estimate must be a count from 0 to 2^53")
        return Estimate(unchecked: n, best: n, high: n)
    }

    /// The empty sum; no best stated (``bestStated`` false) and none invented, so a sum
    /// started from it states its best as its parts do (``sumStated(_:invented:)``).
    public static let zero = Estimate(unchecked: 0, best: 0, high: 0, bestStated: false)

    public var isUnbounded: Bool { high == nil }
    public var isExact: Bool { high == low && !approximate }

    /// Sums add lows, bests and highs; one unbounded term makes the sum unbounded, and
    /// one hedged term makes the sum hedged (SPEC §1, Arithmetic). Sums that would pass
    /// `Int64` are a programming or data error the caller must have ruled out; use
    /// ``adding(_:)`` where that is not certain.
    public static func + (a: Estimate, b: Estimate) -> Estimate {
        let high: Int64? = if let ah = a.high, let bh = b.high { ah + bh } else { nil }
        let stated = sumStated(a.bestStated || b.bestStated, invented: a.invents || b.invents)
        return Estimate(unchecked: a.low + b.low, best: a.best + b.best,
                        high: high, approximate: a.approximate || b.approximate, bestStated: stated)
    }

    /// Whether the best is only the midpoint of a range by rule, above its low: a range
    /// given alone ("5,000 to 7,000"), or a sum holding one, bounded or not.
    public var invents: Bool { !bestStated && best > low }

    /// Whether a sum states its best, which decides only how it is shown and drawn: its
    /// best is the sum of the parts' bests either way (SPEC §1). A sum, bounded or
    /// unbounded, states it only when some part stated a best and no part's best was a
    /// midpoint by rule: `15` + `40` + "5,000 to 7,000" is shown `5,055–7,055`, not
    /// "6,055 (5,055–7,055)", and "at least 12" + "5,000 to 7,000" is shown `5,012+`, not
    /// "5,012+ (best 6,012)": 6,000 of that best is a figure no source gave, and drawn as
    /// a solid bar or printed as a "best estimate" it would be an invented number (issue
    /// 10 item 4; review28 S11; review46 S1).
    @inline(__always)
    public static func sumStated(_ anyStated: Bool, invented: Bool) -> Bool {
        anyStated && !invented
    }

    /// Like `+`, but reports a sum past ``maximumValue`` instead of trapping or
    /// silently losing precision downstream (JSON readers hold numbers as doubles): a
    /// dataset of many huge figures must end in a clear error.
    public func adding(_ other: Estimate) throws(EstimateError) -> Estimate {
        let max = Estimate.maximumValue
        guard low <= max - other.low, best <= max - other.best else { throw .tooLarge }
        var h: Int64? = nil
        if let ah = high, let bh = other.high {
            guard ah <= max - bh else { throw .tooLarge }
            h = ah + bh
        }
        let stated = Estimate.sumStated(bestStated || other.bestStated, invented: invents || other.invents)
        return Estimate(unchecked: low + other.low, best: best + other.best,
                        high: h, approximate: approximate || other.approximate, bestStated: stated)
    }

    /// The form a newsroom prints: `6`, `307 (300–323)`, `5,000–7,000`, `12+`, `~40`
    /// (SPEC §1). Every form reads back as the same estimate, ``bestStated`` included,
    /// except the best of a range shown with no best: alone it reads back as the
    /// midpoint, which a sum's best need not be (two "3 to 4" are `6–8` with best 8), so
    /// a CSV that `tally aggregate` wrote keeps it in its `best` column, and is read back
    /// as it was.
    ///
    /// A bounded range shows its best first when the source stated one, `307 (300–323)`,
    /// and its range alone when the best is only the midpoint by rule ("5,000 to
    /// 7,000": `5,000–7,000`) or a sum holding one, so the two read back differently. An
    /// unbounded estimate shows its floor (`12+`); when a stated best lies above the floor
    /// (a sum of "at least 12" and "300 (280–320)") the best follows in brackets, `292+
    /// (best 312)`, so no figure is silently dropped. A best no source stated (a sum of
    /// "at least 12" and "3 to 5", whose best 16 holds the midpoint 4) is not shown:
    /// `15+`, read back with its best from the `best` column as the bounded range's is.
    public var display: String {
        let prefix = approximate ? "~" : ""
        guard let high else {
            let floor = Estimate.grouped(low) + "+"
            return prefix + (shownBest == low ? floor : floor + " (best " + Estimate.grouped(best) + ")")
        }
        if low == high { return prefix + Estimate.grouped(best) }
        let range = Estimate.grouped(low) + "\u{2013}" + Estimate.grouped(high)
        return prefix + (bestStated ? Estimate.grouped(best) + " (" + range + ")" : range)
    }

    /// The form a figure takes inside a note's own brackets (`Idlib (HTS 12,000
    /// [10,000–15,000], Hurras al-Din 2,000+)`): ``display``'s, its range or best in
    /// square brackets, `12,000 [10,000–15,000]`, `15+ [best 16]`, so brackets never
    /// nest (review40 N1: `with no adm_2 (0 (0–1))`). Every note that names a figure
    /// inside brackets uses it (docs/spec.md §1).
    public var inline: String {
        String(display.map { $0 == "(" ? "[" : $0 == ")" ? "]" : $0 })
    }

    public var description: String { display }

    /// Thousands grouped with `,` as SPEC §1 requires, independent of the locale.
    public static func grouped(_ n: Int64) -> String {
        let digits = String(n.magnitude)
        guard digits.utf8.count > 3 else { return n < 0 ? "-" + digits : digits }
        var out = ""
        out.reserveCapacity(digits.utf8.count + digits.utf8.count / 3 + 1)
        let lead = digits.utf8.count % 3
        for (i, ch) in digits.enumerated() {
            if i > 0 && (i - lead) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return n < 0 ? "-" + out : out
    }
}

/// Why a triple of numbers is not a valid estimate.
public enum EstimateError: Error, Equatable, Sendable, CustomStringConvertible {
    case negative
    case tooLarge
    case lowAboveBest(low: Int64, best: Int64)
    case bestAboveHigh(best: Int64, high: Int64)

    public var description: String {
        switch self {
        case .negative: "counts cannot be negative"
        case .tooLarge: "a count is larger than 2^53 (9,007,199,254,740,992)"
        case let .lowAboveBest(low, best): "low (\(low)) is greater than best (\(best))"
        case let .bestAboveHigh(best, high): "best (\(best)) is greater than high (\(high))"
        }
    }
}
