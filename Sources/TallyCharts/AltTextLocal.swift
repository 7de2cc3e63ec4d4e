import TallyCore

/// Alt text in a display locale other than English: the same sentences as
/// ``AltText`` (which English keeps, unchanged), worded from the catalogue, with the
/// locale's numbers and period names.
extension AltText {
    static func m(_ id: String, _ args: [String: String] = [:]) -> String { Messages.text(id, args) }
    static func n(_ count: Int) -> String { DisplayLocale.current.integer(Int64(count)) }

    static func localList(_ items: [String]) -> String {
        guard let first = items.first else { return "" }
        if items.count == 1 { return first }
        return m("group.and", ["a": items.dropLast().joined(separator: m("list.separator")), "b": items.last!])
    }

    static func localWords(_ e: Estimate) -> String {
        let l = DisplayLocale.current
        let about = e.approximate ? m("alt.about") : ""
        guard let high = e.high else {
            let floor = m("figure.at_least", ["n": l.integer(e.low)])
            // "about at least 5,041" (review49) said two things at once: an approximate floor.
            if e.shownBest == e.low && e.approximate { return m("alt.about_floor", ["n": l.integer(e.low)]) }
            return about + (e.shownBest == e.low ? floor : m("alt.best_floor", ["best": l.integer(e.best), "floor": floor]))
        }
        if e.low == high { return about + l.integer(e.best) }
        if e.isRangeOnly { return about + m("alt.range_only", ["low": l.integer(e.low), "high": l.integer(high)]) }
        return about + m("alt.best_range", ["best": l.integer(e.best), "low": l.integer(e.low), "high": l.integer(high)])
    }

    static func partialMark(_ partial: Bool) -> String { partial ? m("report.partial_mark") : "" }

    static func localNotGivenLast(_ count: Int) -> String {
        count == 0 ? "" : Messages.plural("alt.not_given_last", Int64(count))
    }

    static func describeLocal(_ chart: BarChart) -> String {
        var sentences = [sentence(m("alt.bar", ["title": plain(chart.text.title)]))]
        if !chart.text.subtitle.isEmpty { sentences.append(sentence(plain(chart.text.subtitle))) }
        let groups = chart.bars.filter { !$0.isOthers }
        let others = chart.bars.last(where: \.isOthers)
        let count = groups.count + (others?.foldedCount ?? 0)
        if groups.count == 1, others == nil {
            sentences.append(sentence(m("alt.one_bar", ["label": plain(groups[0].label), "value": localWords(groups[0].estimate) + partialMark(groups[0].partial)])))
        } else {
            let ranked = groups.filter { !$0.isNotGiven }, unknown = groups.filter(\.isNotGiven)
            let named = ranked.prefix(namedItems).map { plain($0.label) + " " + localWords($0.estimate) + partialMark($0.partial) }
            var lead = Messages.plural("alt.groups", Int64(count)) + localNotGivenLast(unknown.count)
            if !named.isEmpty {
                if ranked.count > named.count || others != nil {
                    lead += Messages.plural("alt.largest_named", Int64(named.count), ["list": localList(named)])
                } else {
                    lead += m("alt.colon_list", ["list": localList(named)])
                }
            }
            sentences.append(sentence(lead))
            let unnamed = ranked.count - named.count
            if unnamed > 0 { sentences.append(sentence(Messages.plural("alt.more_bars", Int64(unnamed)))) }
            if let others {
                let why = chart.foldReason.map { m("alt.fold_why", ["reason": $0]) } ?? ""
                sentences.append(sentence(Messages.plural("alt.others", Int64(others.foldedCount),
                                                          ["why": why, "value": localWords(others.estimate) + partialMark(others.partial)])))
            }
            if !unknown.isEmpty {
                let largestNamed = (ranked + [others].compactMap { $0 }).map(\.estimate.shownBest).max() ?? 0
                for bar in unknown {
                    sentences.append(sentence(m("alt.plus", ["label": plain(bar.label), "value": localWords(bar.estimate) + partialMark(bar.partial)])
                                              + (bar.estimate.shownBest > largestNamed ? m("alt.more_than_named") : "")))
                }
            }
        }
        let marked = chart.bars.filter { chart.highlighted.contains($0.label) }.map { plain($0.label) }
        if !marked.isEmpty { sentences.append(sentence(m("alt.highlighted", ["list": localList(marked)]))) }
        for bar in chart.bars {
            if let note = bar.note { sentences.append(sentence(m("alt.note_at", ["where": plain(bar.label), "note": plain(note)]))) }
        }
        let open = chart.bars.filter { $0.estimate.isUnbounded }.map {
            $0.isOthers ? m("alt.open_others", ["n": DisplayLocale.current.integer(Int64($0.foldedCount))]) : plain($0.label)
        }
        if !open.isEmpty { sentences.append(sentence(m("alt.open_bars", ["list": localList(open)]))) }
        for line in chart.text.source.split(whereSeparator: \.isNewline) { sentences.append(sentence(plain(String(line)))) }
        return sentences.joined(separator: " ")
    }

    static func describeLocal(_ chart: TimelineChart) -> String {
        var sentences = [sentence(m(chart.series.first?.kind == .stock ? "alt.stock_chart" : "alt.line_chart", ["title": plain(chart.text.title)]))]
        if !chart.text.subtitle.isEmpty { sentences.append(sentence(plain(chart.text.subtitle))) }
        let keys = chart.series.flatMap { $0.points.map(\.periodKey) }
        let noun = ChartWords.periodNoun(chart.period)
        if let lo = keys.min(), let hi = keys.max() {
            let count = Int(hi) - Int(lo) + 1
            sentences.append(sentence(lo == hi ? m("alt.one_period", ["period_noun": noun, "period": ChartWords.periodName(lo, kind: chart.period)])
                : Messages.plural("alt.span", Int64(count), ["from": ChartWords.periodName(lo, kind: chart.period),
                                                             "to": ChartWords.periodName(hi, kind: chart.period), "period_noun": noun])))
        }
        if chart.series.count > 1 {
            sentences.append(sentence(Messages.plural("alt.series", Int64(chart.series.count)) + localNotGivenLast(chart.series.filter(\.isNotGiven).count)))
        }
        for s in chart.series.prefix(namedItems) {
            sentences.append(sentence(localSeriesWords(s, period: chart.period, named: chart.namesSeries || chart.series.count > 1,
                                                       partial: Set(chart.partial.keys))))
        }
        if chart.series.count > namedItems {
            sentences.append(sentence(Messages.plural("alt.smaller_series", Int64(chart.series.count - namedItems))))
        }
        let marked = chart.series.filter { chart.highlighted.contains($0.name) }.map { plain($0.name) }
        if !marked.isEmpty { sentences.append(sentence(m("alt.highlighted", ["list": localList(marked)]))) }
        let open = chart.series.reduce(0) { $0 + $1.points.filter { $0.estimate.isUnbounded }.count }
        if open > 0 { sentences.append(sentence(Messages.plural("alt.open_figures", Int64(open)))) }
        let marks = chart.visibleAnnotations.filter { !$0.atPoint }.map { DisplayLocale.current.dayMonth($0.day, withYear: true) + m("list.separator") + plain($0.text) }
        if !marks.isEmpty { sentences.append(sentence(m("alt.marked", ["list": localList(marks)]))) }
        for note in chart.visibleAnnotations where note.atPoint {
            let line = chart.series.count > 1 ? note.series.map { plain($0) + m("list.separator") } ?? "" : ""
            sentences.append(sentence(m("alt.note_at", ["where": line + ChartWords.periodName(chart.period.key(note.day), kind: chart.period),
                                                        "note": plain(note.text)])))
        }
        for line in chart.text.source.split(whereSeparator: \.isNewline) { sentences.append(sentence(plain(String(line)))) }
        return sentences.joined(separator: " ")
    }

    static func localSeriesWords(_ s: TimelineChart.Series, period: PeriodKind, named: Bool, partial: Set<Int32> = []) -> String {
        let name = named ? plain(s.name) + m("alt.name_colon") : ""
        guard let peak = s.points.max(by: { $0.estimate.shownBest < $1.estimate.shownBest }) else { return name + m("alt.no_figures") }
        var parts: [String] = []
        func when(_ key: Int32) -> String { ChartWords.periodName(key, kind: period) }
        if s.kind == .stock {
            let last = s.points.last!
            parts.append(Messages.plural("alt.observed_in", Int64(s.points.count), ["period_noun": ChartWords.periodNoun(period)]))
            parts.append(m("alt.latest", ["value": localWords(last.estimate), "period": when(last.periodKey)]))
            if peak.periodKey != last.periodKey { parts.append(m("alt.largest", ["value": localWords(peak.estimate), "period": when(peak.periodKey)])) }
        } else {
            parts.append(m("alt.highest", ["value": localWords(peak.estimate), "period": when(peak.periodKey)]))
        }
        if let trend = localTrend(AltText.trendFigures(s, partial: partial), per: s.kind == .stock ? "" : ChartWords.periodNoun(period),
                                  cells: AltText.trendCells(s, partial: partial)) { parts.append(trend) }
        let words = parts.joined(separator: m("report.cover.list_sep"))
        return named ? name + words : words.prefix(1).uppercased() + words.dropFirst()
    }

    static func localTrend(_ figures: [Estimate], per: String, cells: [UInt64]? = nil) -> String? {
        guard let course = course(figures, cells: cells) else { return nil }
        func r(_ v: Double) -> String {
            v >= 10 ? DisplayLocale.current.integer(Int64(v.rounded()))
                : DisplayLocale.current.decimal((v * 10).rounded() / 10, decimals: Int((v * 10).rounded()) % 10 == 0 ? 0 : 1)
        }
        func why(_ reason: EstimateChange.Reason) -> String {
            let id: String
            switch reason {
            case .laterOpen: id = "alt.trend.why.later_open"
            case .earlierOpen: id = "alt.trend.why.earlier_open"
            case .bothOpen: id = "alt.trend.why.both_open"
            case .laterNoBest: id = "alt.trend.why.later_no_best"
            case .earlierNoBest: id = "alt.trend.why.earlier_no_best"
            case .bothNoBest: id = "alt.trend.why.both_no_best"
            case .laterApproximate: id = "alt.trend.why.later_approximate"
            case .earlierApproximate: id = "alt.trend.why.earlier_approximate"
            case .bothApproximate: id = "alt.trend.why.both_approximate"
            case .otherGroups: id = "alt.trend.why.other_groups"
            }
            return m(id)
        }
        switch course {
        case let .bests(first, last, overlapping):
            // A stock's trend names no period (review38 N5).
            let from = m(per.isEmpty ? "alt.trend.from_stock" : "alt.trend.from", ["a": r(first), "b": r(last), "per": per])
            if first == 0 && last == 0 { return m("alt.trend.zero") }
            if overlapping && (last > first * 1.25 || last < first * 0.8) { return m("alt.trend.overlap", ["from": from]) }
            if last > first * 1.25 { return m("alt.trend.rising", ["from": from]) }
            if last < first * 0.8 { return m("alt.trend.falling", ["from": from]) }
            return m("alt.trend.level", ["from": from])
        case let .direction(rose, reason):
            return m(rose ? "alt.trend.rising_only" : "alt.trend.falling_only", ["why": why(reason)])
        case let .unknown(reason):
            return m("alt.trend.unknown", ["why": why(reason)])
        }
    }
}
