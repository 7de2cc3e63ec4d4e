// The one overflow policy of tally: a sum whose low, best or high passes 2^53
// (`Estimate.maximumValue`) is an error naming what was being added up, never a
// wrapped, trapped or rounded figure. The aggregator applies it to its cells; every
// rule in this folder applies it to what it adds on top (roll-ups, totals, "N others").

extension Estimate {
    /// `self + other` under tally's overflow policy.
    /// - Parameter what: names the figure being summed (`Mali / 2023 / killed`), for
    ///   the message; evaluated only on overflow.
    @inlinable
    public func summed(with other: Estimate, for what: @autoclosure () -> String) throws(AggregationOverflow) -> Estimate {
        do {
            return try adding(other)
        } catch {
            throw AggregationOverflow(cell: what())
        }
    }
}

/// Orders series by a total that is never printed (a flow's best summed over every
/// period), exactly and without overflow: up to 2^64 terms of at most 2^63 each.
struct WideSum: Comparable {
    private var high: UInt64 = 0
    private var low: UInt64 = 0

    mutating func add(_ value: Int64) {
        let (sum, carry) = low.addingReportingOverflow(UInt64(max(0, value)))
        low = sum
        if carry { high &+= 1 }
    }

    static func < (a: WideSum, b: WideSum) -> Bool { a.high != b.high ? a.high < b.high : a.low < b.low }
}

/// Byte order of strings, the order SPEC §3 sorts names in.
@inline(__always)
func byteOrder(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

/// Byte order of key tuples, first differing value deciding.
func byteOrder(_ a: [String], _ b: [String]) -> Bool {
    for (x, y) in zip(a, b) where x != y { return byteOrder(x, y) }
    return a.count < b.count
}
