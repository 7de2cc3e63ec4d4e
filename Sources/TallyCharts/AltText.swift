import TallyCore

/// A chart in words, for readers who cannot see it (issue 13, item 9).
///
/// Screen readers, search engines and archives read an image's alt text, not its
/// pixels. A chart's alt text is generated from the same figures it draws, so it can
/// never disagree with the picture: what is shown, the largest values with their
/// ranges (a range is as much a part of the figure as the best estimate), the trend of
/// a timeline, which figures are open-ended, and where the data come from. `--alt TEXT`
/// or a spec's `alt:` replaces it when an editor writes a better one.
public enum AltText {
    /// How many bars or series are named one by one; the rest are counted.
    public static let namedItems = 5

    // MARK: Bar charts

    static func describe(_ chart: BarChart) -> String {
        if !DisplayLocale.current.isEnglish { return describeLocal(chart) }
        var sentences = [sentence("Bar chart: " + plain(chart.text.title))]
        if !chart.text.subtitle.isEmpty { sentences.append(sentence(plain(chart.text.subtitle))) }
        let groups = chart.bars.filter { !$0.isOthers }
        let others = chart.bars.last(where: \.isOthers)
        let count = groups.count + (others?.foldedCount ?? 0)
        if groups.count == 1, others == nil {
            sentences.append(sentence("One bar, " + plain(groups[0].label) + ": " + words(groups[0].estimate) + (groups[0].partial ? ", partial" : "")))
        } else {
            // Ranked among the largest are named groups only: a group whose name is not
            // given comes after them whatever its size (``GroupOrder``) and is described
            // on its own, with its size against the named ones (hostile review, F3).
            let ranked = groups.filter { !$0.isNotGiven }, unknown = groups.filter(\.isNotGiven)
            let named = ranked.prefix(namedItems).map { plain($0.label) + " " + words($0.estimate) + ($0.partial ? ", partial" : "") }
            var lead = "\(count) groups, largest first" + notGivenLast(unknown.count)
            if named.isEmpty {
                lead += ""
            } else if ranked.count > named.count || others != nil {
                lead += (named.count == 1 ? "; the largest named is " : "; the \(named.count) largest named are ") + list(named)
            } else {
                lead += ": " + list(named)
            }
            sentences.append(sentence(lead))
            let unnamed = ranked.count - named.count
            if unnamed > 0 { sentences.append(sentence(unnamed == 1 ? "1 more bar follows, smaller" : "\(unnamed) more bars follow, each smaller")) }
            if let others {
                // Why they are summed (issue 13: a folded report chart's alt text said
                // "the other 25 groups together" and not that `top:` chose it).
                let why = chart.foldReason.map { ", summed in one bar because " + $0 } ?? ""
                sentences.append(sentence("The other \(others.foldedCount) groups together" + why + ": " + words(others.estimate) + (others.partial ? ", partial" : "")))
            }
            if !unknown.isEmpty {
                let largestNamed = (ranked + [others].compactMap { $0 }).map(\.estimate.shownBest).max() ?? 0
                for bar in unknown {
                    sentences.append(sentence("Plus " + plain(bar.label) + ": " + words(bar.estimate) + (bar.partial ? ", partial" : "")
                                              + (bar.estimate.shownBest > largestNamed ? ", more than any named group" : "")))
                }
            }
        }
        let marked = chart.bars.filter { chart.highlighted.contains($0.label) }.map { plain($0.label) }
        if !marked.isEmpty { sentences.append(sentence("Highlighted: " + list(marked))) }
        for bar in chart.bars {
            if let note = bar.note { sentences.append(sentence("Note at " + plain(bar.label) + ": " + plain(note))) }
        }
        // The folded bar said as one bar of several groups (review38 N7: "L, A and 6 others"
        // read as eight open-ended groups).
        let open = chart.bars.filter { $0.estimate.isUnbounded }.map { $0.isOthers ? "the other \($0.foldedCount) groups together (one bar)" : plain($0.label) }
        if !open.isEmpty {
            sentences.append(sentence("Open-ended (no upper limit in the sources, drawn with an arrow): " + list(open)))
        }
        // The source line and the footnotes under it (one per line), each a sentence.
        for line in chart.text.source.split(whereSeparator: \.isNewline) {
            sentences.append(sentence(plain(String(line))))
        }
        return sentences.joined(separator: " ")
    }

    /// `, then the one whose name is not given`: such groups come after every named
    /// one, whatever their size (``GroupOrder``), so "largest first" must say so.
    static func notGivenLast(_ n: Int) -> String {
        n == 0 ? "" : n == 1 ? ", then the one whose name is not given" : ", then the \(n) whose names are not given"
    }

    // MARK: Timelines

    static func describe(_ chart: TimelineChart) -> String {
        if !DisplayLocale.current.isEnglish { return describeLocal(chart) }
        var sentences = [sentence((chart.series.first?.kind == .stock ? "Chart of observed sizes: " : "Line chart: ")
                                  + plain(chart.text.title))]
        if !chart.text.subtitle.isEmpty { sentences.append(sentence(plain(chart.text.subtitle))) }
        let keys = chart.series.flatMap { $0.points.map(\.periodKey) }
        if let lo = keys.min(), let hi = keys.max() {
            let n = Int(hi) - Int(lo) + 1
            let noun = ChartWords.periodNoun(chart.period) + (n == 1 ? "" : "s")
            sentences.append(sentence(lo == hi ? "One \(noun), " + periodName(chart.period, lo)
                                      : "From " + periodName(chart.period, lo) + " to " + periodName(chart.period, hi) + ", \(n) \(noun)"))
        }
        if chart.series.count > 1 {
            sentences.append(sentence("\(chart.series.count) series, largest first" + notGivenLast(chart.series.filter(\.isNotGiven).count)))
        }
        for s in chart.series.prefix(namedItems) {
            sentences.append(sentence(seriesWords(s, period: chart.period, named: chart.namesSeries || chart.series.count > 1,
                                                  partial: Set(chart.partial.keys))))
        }
        if chart.series.count > namedItems {
            let n = chart.series.count - namedItems
            sentences.append(sentence(n == 1 ? "1 smaller series is drawn but not described"
                                      : "\(Estimate.grouped(Int64(n))) smaller series are drawn but not described"))
        }
        let marked = chart.series.filter { chart.highlighted.contains($0.name) }.map { plain($0.name) }
        if !marked.isEmpty { sentences.append(sentence("Highlighted: " + list(marked))) }
        let open = chart.series.reduce(0) { $0 + $1.points.filter { $0.estimate.isUnbounded }.count }
        if open > 0 {
            sentences.append(sentence("\(open) figure\(open == 1 ? " is" : "s are") open-ended (no upper limit in the sources), drawn with an arrow"))
        }
        let marks = chart.visibleAnnotations.filter { !$0.atPoint }.map { $0.day.description + ", " + plain($0.text) }
        if !marks.isEmpty { sentences.append(sentence("Marked: " + list(marks))) }
        for note in chart.visibleAnnotations where note.atPoint {
            let line = chart.series.count > 1 ? note.series.map { plain($0) + ", " } ?? "" : ""
            sentences.append(sentence("Note at " + line + periodName(chart.period, chart.period.key(note.day)) + ": " + plain(note.text)))
        }
        // The source line and the footnotes under it (one per line), each a sentence.
        for line in chart.text.source.split(whereSeparator: \.isNewline) {
            sentences.append(sentence(plain(String(line))))
        }
        return sentences.joined(separator: " ")
    }

    /// The figures a series' trend is read from, in every language (review 15: the
    /// localised words read it from every point): only periods the data covers whole,
    /// for the chart and for the series, and only figures with a stated best (a range
    /// given with no best has only a rule's midpoint).
    static func trendFigures(_ s: TimelineChart.Series, partial: Set<Int32>) -> [Estimate] {
        trendPoints(s, partial: partial).map(\.estimate)
    }

    static func trendPoints(_ s: TimelineChart.Series, partial: Set<Int32>) -> [TimelineChart.Sample] {
        s.points.filter { !partial.contains($0.periodKey) && s.partial[$0.periodKey] == nil && !$0.estimate.isRangeOnly }
    }

    /// What a stock's figures of ``trendFigures(_:partial:)`` add up
    /// (``TimelineChart/Sample/cells``), for ``course(_:cells:)``; `nil` for a flow.
    static func trendCells(_ s: TimelineChart.Series, partial: Set<Int32>) -> [UInt64]? {
        s.kind == .stock ? trendPoints(s, partial: partial).map(\.cells) : nil
    }

    /// What a series' figures say of its course: the first and last thirds of its
    /// periods compared by TallyCore's rule for a change between two figures
    /// (``EstimateChange``, the one a brief's cover uses), their sums standing for them.
    /// A direction only when the sums' ranges lie apart or their bests are stated and
    /// bounded; "rising" from "at least" figures (review28 S7's class, briefs10) is
    /// never inferred from bests alone.
    enum Course: Equatable {
        /// Means of the first and last thirds' bests, and what may be said.
        case bests(first: Double, last: Double, overlapping: Bool)
        case direction(rose: Bool, why: EstimateChange.Reason)
        case unknown(why: EstimateChange.Reason)
    }

    /// `nil` for fewer than three figures, where a course is not a thing to claim, or
    /// sums past the overflow bound (no words rather than a wrong one).
    /// - Parameter cells: a stock's ``TimelineChart/Sample/cells`` of each figure: the
    ///   thirds are compared only where every figure of both adds up the same groups and
    ///   places (TallyCore's ``EstimateChange/between(_:_:kind:cells:)``), else no rise or
    ///   fall is given (``EstimateChange/Reason/otherGroups``).
    static func course(_ figures: [Estimate], cells: [UInt64]? = nil) -> Course? {
        guard figures.count >= 3 else { return nil }
        let third = max(1, figures.count / 3)
        func sum(_ part: ArraySlice<Estimate>) -> Estimate? {
            var total = part.first!
            for e in part.dropFirst() {
                guard let t = try? total.summed(with: e, for: "") else { return nil }
                total = t
            }
            return total
        }
        guard let a = sum(figures.prefix(third)), let b = sum(figures.suffix(third)) else { return nil }
        // Each third's figures must add up one set of cells for the third to stand for
        // it; a third mixing sets is compared as differing from the other.
        let ends = cells.map { c in [Set(c.prefix(third)), Set(c.suffix(third))] }
        let change = ends.map { e in
            e.allSatisfy { $0.count == 1 } ? EstimateChange.between(a, b, kind: .stock, cells: (e[0].first!, e[1].first!))
                : .unknown(why: .otherGroups)
        } ?? EstimateChange.between(a, b)
        switch change {
        case let .bests(overlapping):
            return .bests(first: Double(a.best) / Double(third), last: Double(b.best) / Double(third), overlapping: overlapping)
        case let .direction(rose, why): return .direction(rose: rose, why: why)
        case let .unknown(why): return .unknown(why: why)
        }
    }

    /// English words for a course's reason: which third's figures have no upper bound,
    /// no best estimate of their own, or are approximate and too close to tell apart.
    static func courseReason(_ why: EstimateChange.Reason) -> String {
        switch why {
        case .laterOpen: "figures at the end have no upper bound"
        case .earlierOpen: "figures at the start have no upper bound"
        case .bothOpen: "figures at the start and at the end have no upper bound"
        case .laterNoBest: "figures at the end are ranges with no best estimate"
        case .earlierNoBest: "figures at the start are ranges with no best estimate"
        case .bothNoBest: "figures at the start and at the end are ranges with no best estimate"
        case .laterApproximate: "figures at the end are approximate and too close to those at the start to tell apart"
        case .earlierApproximate: "figures at the start are approximate and too close to those at the end to tell apart"
        case .bothApproximate: "figures at the start and at the end are approximate and too close to tell apart"
        case .otherGroups: "figures at the start and at the end add up different groups or places"
        }
    }

    /// ``trend(_:per:)`` for estimates: the same words when the figures support them;
    /// "rising overall; figures at the end have no upper bound, so no size is given"
    /// when only the direction is certain; no direction when the ranges overlap or
    /// nothing bounds the change.
    static func trend(_ figures: [Estimate], per: String, cells: [UInt64]? = nil) -> String? {
        guard let course = course(figures, cells: cells) else { return nil }
        switch course {
        case let .bests(first, last, overlapping):
            let words = trend(first: first, last: last, per: per)
            guard overlapping, last > first * 1.25 || last < first * 0.8 else { return words }
            let from: String = fromWords(first, last, per: per)
            return "best estimates \(from); the ranges overlap, so no rise or fall is given"
        case let .direction(rose, why):
            let direction: String = rose ? "rising" : "falling"
            return "\(direction) overall; \(courseReason(why)), so no size is given"
        case let .unknown(why):
            return "no rise or fall can be given, as " + courseReason(why)
        }
    }

    static func seriesWords(_ s: TimelineChart.Series, period: PeriodKind, named: Bool, partial: Set<Int32> = []) -> String {
        let name = named ? plain(s.name) + ": " : ""
        guard let peak = s.points.max(by: { $0.estimate.shownBest < $1.estimate.shownBest }) else { return name + "no figures" }
        var parts: [String] = []
        if s.kind == .stock {
            let last = s.points.last!
            parts.append("observed in \(s.points.count) " + ChartWords.periodNoun(period) + (s.points.count == 1 ? "" : "s"))
            parts.append("latest " + words(last.estimate) + " in " + periodName(period, last.periodKey))
            if peak.periodKey != last.periodKey { parts.append("largest " + words(peak.estimate) + " in " + periodName(period, peak.periodKey)) }
        } else {
            parts.append("highest " + words(peak.estimate) + " in " + periodName(period, peak.periodKey))
        }
        // A stock's trend is over its observations; a flow's over every period. Only
        // over figures the data supports whole (review 10c F7): a period covered in
        // part is not a fall ("falling overall" from a month cut on the 10th), and a
        // range given with no best has no figure to compare (its midpoint is a rule's).
        // A stock's figures are sizes at a date, not amounts per period (review38 N5: "about
        // 1,100 a month"): its trend says no period ("" below).
        if let trend = trend(trendFigures(s, partial: partial), per: s.kind == .stock ? "" : ChartWords.periodNoun(period),
                             cells: trendCells(s, partial: partial)) { parts.append(trend) }
        let words = parts.joined(separator: "; ")
        return named ? name + words : words.prefix(1).uppercased() + words.dropFirst()
    }

    /// "rising", "falling" or "about level", comparing the mean of the first and last
    /// thirds of the periods; `nil` for fewer than three points, where a trend is not a
    /// thing to claim. Exact figures only: a chart's series go by
    /// ``trend(_:per:)-(Estimate)``, which asks whether their ranges allow it.
    public static func trend(_ values: [Double], per: String = "period") -> String? {
        guard values.count >= 3 else { return nil }
        let third = max(1, values.count / 3)
        let first: Double = values.prefix(third).reduce(0, +) / Double(third)
        let last: Double = values.suffix(third).reduce(0, +) / Double(third)
        return trend(first: first, last: last, per: per)
    }

    static func fromWords(_ first: Double, _ last: Double, per: String) -> String {
        "from about \(rounded(first))\(per.isEmpty ? "" : " a " + per) at the start to about \(rounded(last)) at the end"
    }

    static func trend(first: Double, last: Double, per: String) -> String {
        let from = fromWords(first, last, per: per)
        if first == 0 && last == 0 { return "zero at the start and at the end" }
        if last > first * 1.25 { return "rising overall, " + from }
        if last < first * 0.8 { return "falling overall, " + from }
        return "about level overall, " + from
    }

    // MARK: Words

    /// An estimate read aloud: `307 (range 300 to 323)`, `about 40`, `at least 12`; a
    /// range given with no best, `5,000 to 7,000 (no best estimate given)`, as the chart
    /// draws it (a pale bar, no midpoint presented as a figure); an open-ended sum with
    /// no stated best, `at least 5,012` (``Estimate/isFloorOnly``), `about 5,041 or more`
    /// when approximate.
    public static func words(_ e: Estimate) -> String {
        let about = e.approximate ? "about " : ""
        guard let high = e.high else {
            let floor = "at least " + Estimate.grouped(e.low)
            // An approximate floor: "about 5,041 or more", not "about at least 5,041" (review49).
            if e.shownBest == e.low && e.approximate { return "about " + Estimate.grouped(e.low) + " or more" }
            return e.shownBest == e.low ? about + floor : about + Estimate.grouped(e.best) + " (" + floor + ", no upper limit)"
        }
        if e.low == high { return about + Estimate.grouped(e.best) }
        if e.isRangeOnly { return about + Estimate.grouped(e.low) + " to " + Estimate.grouped(high) + " (no best estimate given)" }
        return about + Estimate.grouped(e.best) + " (range " + Estimate.grouped(e.low) + " to " + Estimate.grouped(high) + ")"
    }

    /// `April 2023`, `2023-Q2`, `2023`, `week 2023-W14`, `3 April 2023`.
    public static func periodName(_ kind: PeriodKind, _ key: Int32) -> String {
        let d = kind.firstDay(key).components
        switch kind {
        case .month: return months[d.month - 1] + " " + String(d.year)
        case .day: return String(d.day) + " " + months[d.month - 1] + " " + String(d.year)
        case .week: return "week " + kind.label(key)
        default: return kind.label(key)
        }
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    /// Text without the bidi isolates charts add for drawing (a reader's voice needs
    /// none) and without control characters; whitespace runs become one space.
    public static func plain(_ s: String) -> String {
        var out = ""
        var space = false
        for u in s.unicodeScalars {
            switch u.value {
            case 0x2066...0x2069, 0x200E, 0x200F, 0x202A...0x202E: continue
            case 0...0x20, 0x7F...0x9F:
                space = !out.isEmpty
            default:
                if space { out += " "; space = false }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    static func sentence(_ s: String) -> String {
        guard let last = s.last else { return s }
        return ".!?".contains(last) ? s : s + "."
    }

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case 2: return items[0] + " and " + items[1]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }

    static func rounded(_ v: Double) -> String {
        if v >= 10 { return Estimate.grouped(Int64(v.rounded())) }
        let tenths = Int64((v * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : String(tenths / 10) + "." + String(tenths % 10)
    }
}

extension BarChart {
    /// The chart in words: `text.alt` when an editor wrote one, else ``AltText``'s.
    public var altText: String { text.alt.map(AltText.plain) ?? AltText.describe(self) }
}

extension TimelineChart {
    public var altText: String { text.alt.map(AltText.plain) ?? AltText.describe(self) }
}

extension BarChart {
    public var headline: String { AltText.plain(text.title) }
}

extension TimelineChart {
    public var headline: String { AltText.plain(text.title) }
}
