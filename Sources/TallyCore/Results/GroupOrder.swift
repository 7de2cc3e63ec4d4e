/// The one order of groups wherever tally ranks them by size: bars (``Ranking``) and
/// report tables (``Pivot``) alike, so a chart and the table under it never disagree
/// about which group comes first.
///
/// A group whose own name is not given (`(province not given)`: records the source
/// could not place) is not a place or an actor that can top a ranking, however many
/// records it holds: it sorts after every named group (issue 10, item 6), and a cut to
/// the largest N groups keeps it, since it is not one of the groups being ranked and
/// dropping it would hide how much the data cannot place.
public enum GroupOrder {
    /// Whether a group's own name (its last key) is not given: `(province not given)`,
    /// `Mali / (not given)`, or a cell that spells "no name" (`Unknown`, `N/A`, `-`:
    /// ``NotGivenNames``). A group with no keys at all (an ungrouped total) is named.
    public static func isNotGiven(_ keyValues: [String]) -> Bool {
        guard let last = keyValues.last else { return false }
        return last.isEmpty || NotGivenNames.contains(last)
    }

    /// Whether the group `a` (best estimate `aBest`, `nil` when it has no figure of the
    /// ranking measure) comes before `b`: named groups first, then the larger best,
    /// then groups with a figure before groups without, then byte order of the keys.
    public static func precedes(_ a: [String], best aBest: Int64?, _ b: [String], best bBest: Int64?) -> Bool {
        let aMissing = isNotGiven(a), bMissing = isNotGiven(b)
        if aMissing != bMissing { return bMissing }
        if aBest != bBest {
            guard let aBest else { return false }
            guard let bBest else { return true }
            return aBest > bBest
        }
        return byteOrder(a, b)
    }

    /// The first `top` named groups of `ranked` (already in this order), then every
    /// group whose name is not given, and how many named groups were left out.
    public static func keeping<T>(_ ranked: [T], top: Int, keyValues: (T) -> [String]) -> (kept: [T], leftOut: Int) {
        let named = ranked.filter { !isNotGiven(keyValues($0)) }
        let unnamed = ranked.filter { isNotGiven(keyValues($0)) }
        let keep = max(0, top)
        guard named.count > keep else { return (named + unnamed, 0) }
        return (Array(named[..<keep]) + unnamed, named.count - keep)
    }
}
