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

    // MARK: Titles and subtitles, for `tally chart` and `tally report` alike

    /// `day`, `week`, `month`, `quarter`, `year` (`all` reads as `year`).
    public static func periodNoun(_ kind: PeriodKind) -> String {
        switch kind {
        case .day: "day"
        case .week: "week"
        case .month: "month"
        case .quarter: "quarter"
        case .year, .all: "year"
        }
    }

    /// A bar chart's default headline: `Killed by province`.
    public static func barTitle(measure: String, grouping: Grouping) -> String {
        headline(measure) + " by " + (groupNoun(grouping) ?? "total")
    }

    /// A bar chart's default subtitle: `Total, best estimate with low–high range; April 2023`.
    /// - Parameter when: the dates shown (`April 2023`, `all dates in the data`).
    public static func barSubtitle(kind: MeasureKind, when: String) -> String {
        (kind == .stock ? "Latest observed size" : "Total") + ", best estimate with low\u{2013}high range; " + when
    }

    /// A timeline's default headline: `Killed per month by country`; a stock is not "per
    /// month", it is a size observed in some months: `Members by country, as observed`.
    public static func timelineTitle(measure: String, kind: MeasureKind, period: PeriodKind, grouping: Grouping) -> String {
        let byWhat = groupNoun(grouping).map { " by " + $0 } ?? ""
        return kind == .stock ? headline(measure) + byWhat + ", as observed"
            : headline(measure) + " per " + periodNoun(period) + byWhat
    }

    /// A timeline's default subtitle: `Best estimate per month, shaded from low to high;
    /// February 2023 to April 2023`.
    /// - Parameters:
    ///   - singlePoint: every series has one point (drawn as a bar, not a band).
    ///   - span: the periods shown, when the chart should name them.
    public static func timelineSubtitle(kind: MeasureKind, period: PeriodKind, singlePoint: Bool, span: String? = nil) -> String {
        let per = periodNoun(period)
        let what = kind == .stock
            ? "Latest observed size in each \(per), best estimate with low\u{2013}high range; no line across \(per)s without an observation"
            : "Best estimate per \(per), " + (singlePoint ? "bar from low to high" : "shaded from low to high")
        return what + (span.map { "; " + $0 } ?? "")
    }
}

