import TallyCore

/// The words default headlines are made of, shared by `tally chart` and reports so a
/// chart says the same thing wherever it is drawn.
public enum ChartWords {
    /// `killed` → `Killed`, `civilians_killed` → `Civilians killed`.
    public static func headline(_ measure: String) -> String {
        let spaced = String(measure.map { $0 == "_" ? " " : $0 })
        guard let first = spaced.first else { return spaced }
        return first.uppercased() + spaced.dropFirst()
    }

    /// What one row of a grouping is, in a reader's words: `country`, `province`,
    /// `district`, `actor`, or `actor and place` when actors are split by place;
    /// `nil` for an ungrouped total.
    public static func groupNoun(_ grouping: Grouping) -> String? {
        guard let last = grouping.keys.last else { return nil }
        switch last {
        case .country: return "country"
        case .adm1: return "province"
        case .adm2: return "district"
        case .actor: return grouping.keys.count > 1 ? "actor and place" : "actor"
        }
    }
}
