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
    /// `district`, `actor involved`, or `actor involved and place` when actors are split by place, and the
    /// named source columns (``ColumnWords``); `nil` for an ungrouped total.
    /// - Parameter unit: the unit the data's own place names carry (`governorate`,
    ///   from the suffix they all share), used instead of `province` or `district`.
    public static func groupNoun(_ grouping: Grouping, unit: String? = nil) -> String? {
        var base: String?
        if let last = grouping.keys.last {
            switch last {
            case .country: base = "country"
            case .adm1: base = unit ?? "province"
            case .adm2: base = unit ?? "district"
            case .actor: base = grouping.keys.count > 1 ? "actor involved and place" : "actor involved"
            }
        }
        guard !grouping.extraColumns.isEmpty else { return base }
        let extras = grouping.extraColumns.map(ColumnWords.name).joined(separator: " and ")
        return base.map { extras + " and " + $0 } ?? extras
    }

    /// The unit word of a shared suffix (`Governorate` → `governorate`).
    public static func unit(_ suffix: SharedSuffix?) -> String? {
        suffix?.words.split(separator: " ").last.map { $0.lowercased() }
    }

    /// ` by province`, or `, by side B of the dyad` for a source column: a column such as
    /// side B names who took part, and "Killed by side B" would read as who killed.
    ///
    /// An actor is the same: UCDP's actor is side A of the event's dyad and ACLED's its
    /// first actor, and the deaths of an event count every side's, the actor's own
    /// included; "Killed by actor" would say the actor killed them. So `Killed, by actor
    /// involved`.
    static func byPhrase(_ grouping: Grouping, unit: String?) -> String {
        guard let noun = groupNoun(grouping, unit: unit) else { return " by total" }
        return (grouping.extraColumns.isEmpty && grouping.keys.last != .actor ? " by " : ", by ") + noun
    }

    // MARK: Figures, for bar labels, report tables and the cover alike

    /// How a chart or a report labels a figure: the best estimate first, because that
    /// is where the bar ends or the line runs, and the range after it, so the number
    /// the reader sees is the number drawn.
    ///
    /// | estimate | label |
    /// |---|---|
    /// | 6/6/6 | `6` |
    /// | 40/40/40, hedged | `~40` |
    /// | 300/307/323 | `307 (300–323)` |
    /// | 300/307/323, hedged | `~307 (300–323)` |
    /// | 1,231/1,231/open | `at least 1,231` |
    /// | 15/16/open | `16 (at least 15)` |
    ///
    /// A range given with no best of its own (``Estimate/bestStated`` false: "5,000 to
    /// 7,000", whose best is only the midpoint by rule) is labelled by its range alone,
    /// `5,000–7,000`: printing the midpoint first would present a rule as a figure.
    public static func figure(_ e: Estimate) -> String {
        let hedge = e.approximate ? "~" : ""
        guard let high = e.high else {
            let floor = "at least " + hedge + Estimate.grouped(e.low)
            return e.best == e.low ? floor : hedge + Estimate.grouped(e.best) + " (" + floor + ")"
        }
        if e.low == high { return hedge + Estimate.grouped(e.best) }
        let range = Estimate.grouped(e.low) + "\u{2013}" + Estimate.grouped(high)
        if !e.bestStated { return hedge + range }
        return hedge + Estimate.grouped(e.best) + " (" + range + ")"
    }

    /// The footnote of a chart by period whose measure has events dated only to spans
    /// longer than the period (a year-dated event on a monthly timeline): `16,564
    /// killed in events dated only to spans longer than a month are not shown by
    /// month`; with `--count-at-start`, that they are counted in the period they start
    /// in instead. `nil` for charts without periods (``PeriodKind/all``) and when the
    /// events left out hold no figure at all (0).
    /// - Parameter shown: the one period a bar chart shows (`2016-01`), named instead
    ///   of "by month".
    /// - Parameter rule: how the user asked for `countedAtStart` (the option, or a
    ///   spec's key), named after the publisher's rule.
    public static func spanFootnote(_ estimate: Estimate, measure: String, period: PeriodKind, countedAtStart: Bool,
                                    shown: String? = nil, rule: String = "--count-at-start") -> String? {
        // Nothing left out is nothing to say ("0 civilians killed in events …" is noise).
        guard period != .all, estimate.high != 0 else { return nil }
        let noun = periodNoun(period)
        let article = noun.first.map { "aeiou".contains($0) } == true ? "an" : "a"
        let what = figure(estimate) + " " + String(measure.map { $0 == "_" ? " " : $0 })
            + " in events dated only to spans longer than \(article) \(noun)"
        if countedAtStart {
            return what + " are counted in the \(noun) each starts in" + (rule == "--count-at-start" ? "" : ", as the publisher's own tables count them")
                + " (\(rule))"
        }
        return what + (shown.map { " are not counted in \($0)" } ?? " are not shown by \(noun)")
    }

    /// The same for dates that are not one period (`--from`, `--to`): `16,564 killed in
    /// events whose date spans reach outside 2016-01-01 to 2016-01-31 are not counted`.
    public static func windowFootnote(_ estimate: Estimate, measure: String, countedAtStart: Bool, shown: String) -> String? {
        guard estimate.high != 0 else { return nil }
        let what = figure(estimate) + " " + String(measure.map { $0 == "_" ? " " : $0 })
            + " in events whose date spans reach outside \(shown)"
        return what + (countedAtStart ? " are counted at the date each starts (--count-at-start)" : " are not counted")
    }

    /// The footer line that says once what a chart's range marks mean, when it draws
    /// any: whiskers (a range) and arrows (no upper bound). `nil` when every figure is
    /// exact, so a plain chart is not cluttered.
    public static func rangeKey(_ estimates: [Estimate], floating: Bool = false, rangeWords: String = "whiskers run") -> String? {
        let ranges = estimates.contains { !$0.isUnbounded && $0.low != $0.high && !$0.isRangeOnly }
        let open = estimates.contains(where: \.isUnbounded)
        let given = floating && estimates.contains(where: \.isRangeOnly)
        var parts: [String] = []
        if ranges { parts.append("\(rangeWords) from low to high estimate") }
        if given { parts.append("pale bars are ranges given with no best estimate") }
        if open { parts.append("arrows mark figures with no upper bound (\"at least\")") }
        guard !parts.isEmpty else { return nil }
        let text = parts.joined(separator: "; ")
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    // MARK: Periods the data covers only in part, for charts and reports alike

    /// Month names written out, for charts and reports alike.
    public static let fullMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]

    /// `May 2023`, `Q2 2023`, `2023`, `2023-W14`, `2023-04-03`.
    public static func periodName(_ key: Int32, kind: PeriodKind) -> String {
        let k = Int(key)
        switch kind {
        case .month: return fullMonths[k % 12] + " " + String(k / 12)
        case .quarter: return "Q\(k % 4 + 1) " + String(k / 4)
        default: return kind.label(key)
        }
    }

    /// `partial: data to 28 May`, `partial: data from 3 May`, `partial: data 3 May to
    /// 28 May`, `partial: data for 3 May only` for a period the coverage spans only in
    /// part (the coverage rule); `nil` for any other period.
    public static func partialNote(_ extent: Coverage.Extent, key: Int32, kind: PeriodKind) -> String? {
        guard case let .partial(a, b) = extent else { return nil }
        return partialWords(covered: a ... b, of: kind.firstDay(key) ... kind.lastDay(key),
                            yearShown: kind == .year ? nil : kind.firstDay(key).components.year)
    }

    /// The note for a figure whose datasets fall short of the period `key`
    /// (``DatasetCoverages/shortfalls(of:kind:sources:)``). `naming` (the chart's data
    /// is of several datasets) names each: `partial: myanmar.csv data to 30 December`,
    /// `partial: syria.csv data to 30 November and no myanmar.csv data` (a dataset that
    /// does not reach the period at all adds nothing to it). Without `naming`, the one
    /// dataset's note as ``partialNote(_:key:kind:)`` words it. `nil` when none falls short.
    public static func partialNote(_ shortfalls: [(name: String, extent: Coverage.Extent)], key: Int32, kind: PeriodKind,
                                   naming: Bool) -> String? {
        guard naming else { return shortfalls.lazy.compactMap { partialNote($0.extent, key: key, kind: kind) }.first }
        guard !shortfalls.isEmpty else { return nil }
        let parts = shortfalls.map { s in
            partialNote(s.extent, key: key, kind: kind).map { s.name + " " + $0.dropFirst("partial: ".count) } ?? "no \(s.name) data"
        }
        return "partial: " + joinedParts(parts)
    }

    /// At most three datasets named in one note, then how many more fall short: a
    /// note naming forty files is no note.
    static func joinedParts(_ parts: [String]) -> String {
        guard parts.count > 3 else { return parts.joined(separator: " and ") }
        return parts.prefix(2).joined(separator: ", ") + " and \(parts.count - 2) other datasets short of it"
    }

    /// The same note for several datasets over dates that are not one period (a bar
    /// chart's `--from`/`--to`), naming each that falls short when `naming`.
    public static func partialNote(_ datasets: [DatasetCoverages.Dataset], shown: ClosedRange<CalendarDay>, naming: Bool) -> String? {
        var parts: [String] = []
        for d in datasets {
            if let n = partialNote(d.coverage, shown: shown) {
                if !naming { return n }
                parts.append(d.name + " " + n.dropFirst("partial: ".count))
            } else if d.coverage.last < shown.lowerBound || d.coverage.first > shown.upperBound {
                if naming { parts.append("no \(d.name) data") }
            }
        }
        return parts.isEmpty ? nil : "partial: " + joinedParts(parts)
    }

    /// The same note for the dates a chart shows when they are not one period
    /// (`--from 2023-05-01 --to 2023-05-31`): `partial: data to 28 May` when `coverage`
    /// spans only part of `shown`; `nil` when it spans all of it, or none (nothing drawn).
    /// The year is left out of the days when `shown` lies within one year and is not the
    /// whole of it, as for a month or a quarter.
    public static func partialNote(_ coverage: Coverage, shown: ClosedRange<CalendarDay>) -> String? {
        let a = max(coverage.first, shown.lowerBound), b = min(coverage.last, shown.upperBound)
        guard a <= b else { return nil }
        let (first, last) = (shown.lowerBound.components, shown.upperBound.components)
        let wholeYear = first.month == 1 && first.day == 1 && last.month == 12 && last.day == 31
        return partialWords(covered: a ... b, of: shown, yearShown: first.year == last.year && !wholeYear ? first.year : nil)
    }

    /// `partial: data to 28 May` and its variants, for days `covered` of the days
    /// `shown`; `nil` when they are all covered. Days in `yearShown` are written
    /// without their year.
    static func partialWords(covered: ClosedRange<CalendarDay>, of shown: ClosedRange<CalendarDay>, yearShown: Int?) -> String? {
        let (a, b) = (covered.lowerBound, covered.upperBound)
        func short(_ d: CalendarDay) -> String {
            let c = d.components
            return "\(c.day) \(fullMonths[c.month - 1])" + (c.year == yearShown ? "" : " \(c.year)")
        }
        let startsLate = a > shown.lowerBound, endsEarly = b < shown.upperBound
        if a == b && (startsLate || endsEarly) { return "partial: data for \(short(a)) only" }
        if startsLate && endsEarly { return a == b ? "partial: data for \(short(a)) only" : "partial: data \(short(a)) to \(short(b))" }
        if startsLate { return "partial: data from \(short(a))" }
        if endsEarly { return "partial: data to \(short(b))" }
        return nil
    }

    /// A partly covered period named before its note, as a timeline's subtitle says it
    /// of the latest period it draws: `May 2023 partial: data to 28 May`.
    public static func partialPeriod(_ note: String, key: Int32, kind: PeriodKind) -> String {
        periodName(key, kind: kind) + " " + note
    }

    /// `Feb 2023`, or `Feb 2021 to Mar 2023` for observations in different months.
    public static func monthSpan(_ days: ClosedRange<CalendarDay>) -> String {
        func month(_ d: CalendarDay) -> String {
            let c = d.components
            return DateStep.monthNames[c.month - 1] + " " + String(c.year)
        }
        let a = month(days.lowerBound), b = month(days.upperBound)
        return a == b ? a : a + " to " + b
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
    public static func barTitle(measure: String, grouping: Grouping, unit: String? = nil) -> String {
        headline(measure) + byPhrase(grouping, unit: unit)
    }

    /// A bar chart's default subtitle: `Total, best estimate with low–high range; April 2023`.
    /// - Parameter when: the dates shown (`April 2023`, `all dates in the data`).
    public static func barSubtitle(kind: MeasureKind, when: String) -> String {
        (kind == .stock ? "Latest observed size" : "Total") + ", best estimate with low\u{2013}high range; " + when
    }

    /// A timeline's default headline: `Killed per month by country`; a stock is not "per
    /// month", it is a size observed in some months: `Members by country, as observed`.
    public static func timelineTitle(measure: String, kind: MeasureKind, period: PeriodKind, grouping: Grouping,
                                     unit: String? = nil) -> String {
        let byWhat = groupNoun(grouping, unit: unit) == nil ? "" : byPhrase(grouping, unit: unit)
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

