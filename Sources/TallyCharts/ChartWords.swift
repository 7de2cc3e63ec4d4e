import TallyCore

/// The words default headlines are made of, shared by `tally chart` and reports so a
/// chart says the same thing wherever it is drawn.
public enum ChartWords {
    /// `killed` → `Killed`, `civilians_killed` → `Civilians killed`.
    public static func headline(_ measure: String) -> String {
        if !DisplayLocale.current.isEnglish, Messages.english["measure." + measure] != nil {
            return Messages.text("measure." + measure)
        }
        let spaced = String(measure.map { $0 == "_" ? " " : $0 })
        guard let first = spaced.first else { return spaced }
        return first.uppercased() + spaced.dropFirst()
    }

    /// What one row of a grouping is, in a reader's words: `country`, `province`,
    /// `district`, `actor involved`, or `actor involved and place` when actors are split by place, and the
    /// named source columns (``ColumnWords``); `nil` for an ungrouped total.
    /// - Parameter unit: the unit the data's own place names carry (`governorate`,
    ///   from the suffix they all share), used instead of `province` or `district`.
    /// - Parameter firstNamedActor: the actor is the one an event names first (UCDP's
    ///   side A, ACLED's actor1): an event with actors A and B counts under A only, so
    ///   "actor involved" would promise every event B took part in (review46 N-d).
    public static func groupNoun(_ grouping: Grouping, unit: String? = nil, firstNamedActor: Bool = false) -> String? {
        var base: String?
        if let last = grouping.keys.last {
            switch last {
            case .country: base = Messages.text("group.country")
            case .adm1: base = unit.map(localNoun) ?? Messages.text("group.province")
            case .adm2: base = unit.map(localNoun) ?? Messages.text("group.district")
            case .actor:
                let noun = firstNamedActor ? "group.actor_first" : "group.actor"
                base = Messages.text(grouping.keys.count > 1 ? noun + "_place" : noun)
            }
        }
        guard !grouping.extraColumns.isEmpty else { return base }
        let extras = grouping.extraColumns.map(ColumnWords.name).reduce(nil as String?) { a, b in a.map { Messages.text("group.and", ["a": $0, "b": b]) } ?? b } ?? ""
        return base.map { Messages.text("group.and", ["a": extras, "b": $0]) } ?? extras
    }

    /// A unit noun in the display language: `governorate` → `gouvernorat` (fr); a
    /// noun the catalogue does not have (a data's own unit) is kept as the data says it.
    public static func localNoun(_ english: String) -> String {
        let id = "group." + english
        return Messages.english[id] == nil ? english : Messages.text(id)
    }

    /// What a country calls its first-level places when it is not "province", for data
    /// whose place names carry no unit: the governorates (muhafazat) of the Arab states
    /// that have them. So a Syria chart by first-level place says "by governorate" (in
    /// Arabic حسب المحافظة, not المقاطعة; review29 N3), as UCDP's own names (`Idlib
    /// governorate`) make it say when they carry the word.
    static let firstLevelUnits: [String: String] = [
        "Bahrain": "governorate", "Egypt": "governorate", "Iraq": "governorate", "Jordan": "governorate",
        "Kuwait": "governorate", "Lebanon": "governorate", "Oman": "governorate", "Palestine": "governorate",
        "Syria": "governorate", "Tunisia": "governorate", "Yemen": "governorate",
    ]

    /// The unit of `country`'s first-level places (``firstLevelUnits``), or nil for
    /// "province".
    public static func firstLevelUnit(ofCountry country: String) -> String? {
        firstLevelUnits[country]
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
    static func byPhrase(_ grouping: Grouping, unit: String?, firstNamedActor: Bool = false) -> String {
        guard let noun = groupNoun(grouping, unit: unit, firstNamedActor: firstNamedActor) else { return " by total" }
        return (grouping.extraColumns.isEmpty && grouping.keys.last != .actor ? " by " : ", by ") + noun
    }

    /// Which title template a grouping takes: `by` (`Killed by province`), `by_column`
    /// (`Killed, by actor involved`) or `by_total`; with the group noun.
    static func byForm(_ grouping: Grouping, unit: String?, firstNamedActor: Bool = false) -> (form: String, group: String) {
        guard let noun = groupNoun(grouping, unit: unit, firstNamedActor: firstNamedActor) else { return ("by_total", "") }
        return (grouping.extraColumns.isEmpty && grouping.keys.last != .actor ? "by" : "by_column", noun)
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
    /// `5,000–7,000`: printing the midpoint first would present a rule as a figure. An
    /// open-ended sum with no stated best (``Estimate/isFloorOnly``: "at least 12" and
    /// "5,000 to 7,000") is labelled by its floor alone, `at least 5,012`.
    public static func figure(_ e: Estimate) -> String {
        let locale = DisplayLocale.current
        // CLDR's approximately sign (`~` in en, fr, es, ar) and numbers in the locale's form.
        let hedge = e.approximate ? locale.approximatelySign : ""
        let number = locale.integer
        guard let high = e.high else {
            let floor = Messages.text("figure.at_least", ["n": hedge + number(e.low)])
            return e.shownBest == e.low ? floor : Messages.text("figure.best_and_floor", ["best": hedge + number(e.best), "floor": floor])
        }
        if e.low == high { return hedge + number(e.best) }
        let range = locale.range(e.low, high)
        if !e.bestStated { return hedge + range }
        return Messages.text("figure.best_and_range", ["best": hedge + number(e.best), "range": range])
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
        if !DisplayLocale.current.isEnglish {
            let args = ["figure": figure(estimate), "measure": headline(measure), "period": periodNoun(period),
                        "shown": shown ?? "", "rule": rule]
            if countedAtStart { return Messages.text(rule == "--count-at-start" ? "span.counted_at_start" : "span.counted_at_start_publisher", args) }
            return Messages.text(shown == nil ? "span.not_shown" : "span.not_counted_in", args)
        }
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

    /// The footnote of a chart of a stock whose figures add a whole place's stock to
    /// stocks of places within it (``TallyCore/TwoLevelStock``; review32 N3: said on
    /// standard error only): `Syria, members: figures for the whole place and for places
    /// within it are added; some may be counted twice`. nil when `groups` holds none of
    /// `measure`. At most three places are named, then `…`.
    /// A joint region's stock beside its members' (`Iraq and Syria (joint), members:
    /// figures for a joint region and for its member countries are added; …`) and a stock
    /// with no actor beside named actors' are said likewise, each in its own words, the
    /// notes joined by `; ` (review38 S1, S1b).
    /// The note of stocks of two names that look like one group written two ways, both
    /// added (``LikelyAlias``, stocks6 item 1): `Afghanistan, members: “PMF” and “Popular
    /// Mobilization Forces” are added as two groups; they may be one group written two
    /// ways, counted twice`. nil when `aliases` holds none of `measure`; the first two.
    public static func likelyAliasFootnote(_ aliases: [LikelyAlias], measure: String) -> String? {
        func quoted(_ name: String) -> String { Messages.text("actor.quote", ["name": name]) }
        let shown = DisplayLocale.current.isEnglish ? String(measure.map { $0 == "_" ? " " : $0 }) : headline(measure)
        var notes: [String] = []
        for a in aliases where a.measure == measure && a.names.count == 2 {
            let n = Messages.text("stock.likely_alias", ["place": a.place(quote: quoted), "measure": shown, "a": a.names[0], "b": a.names[1]])
            if !notes.contains(n) { notes.append(n) }
        }
        guard !notes.isEmpty else { return nil }
        let id = DisplayLocale.current.identifier
        return notes.prefix(2).joined(separator: id == "ar" ? "؛ " : id == "fr" ? " ; " : "; ") + (notes.count > 2 ? "…" : "")
    }

    public static func twoLevelsFootnote(_ groups: [TwoLevelStock], measure: String) -> String? {
        // A place whose name carries brackets is quoted before its country's
        // (`“Idlib (province)” (Syria)`, review41 N2).
        func quoted(_ name: String) -> String { Messages.text("actor.quote", ["name": name]) }
        let shown = DisplayLocale.current.isEnglish ? String(measure.map { $0 == "_" ? " " : $0 }) : headline(measure)
        var notes: [String] = []
        // A stock with no actor is said as its actor cell says it (review40: `Total` and
        // `Unknown` were "a figure with no actor"): no actor, all actors together, or no
        // actor named; beside named actors' figures or other figures.
        let whole: [TwoLevelStock.Actor: String] = [.none: "stock.actor.none", .allActors: "stock.actor.all", .unnamed: "stock.actor.unnamed"]
        var kinds: [(TwoLevelStock.Kind, String, TwoLevelStock.Actor, Bool)] = [(.place, "stock.two_levels", .none, true), (.jointRegion, "stock.joint_and_members", .none, true)]
        for a in [TwoLevelStock.Actor.none, .allActors, .unnamed] { for named in [true, false] { kinds.append((.noActor, "stock.no_actor_and_actors", a, named)) } }
        for (kind, key, actor, named) in kinds {
            var places: [String] = []
            for g in groups where g.measure == measure && g.kind == kind && (kind != .noActor || (g.actor == actor && g.othersNamed == named)) {
                let p = kind == .jointRegion ? JointRegion.words(g.place) : g.place(quote: quoted)
                if !places.contains(p) { places.append(p) }
            }
            guard !places.isEmpty else { continue }
            let list = places.prefix(3).joined(separator: DisplayLocale.current.identifier == "ar" ? "، " : ", ") + (places.count > 3 ? "…" : "")
            notes.append(Messages.text(key, ["places": list, "measure": shown, "whole": Messages.text(whole[actor]!),
                                             "others": Messages.text(named ? "stock.actor.others_named" : "stock.actor.others")]))
        }
        let id = DisplayLocale.current.identifier
        return notes.isEmpty ? nil : notes.joined(separator: id == "ar" ? "؛ " : id == "fr" ? " ; " : "; ")
    }

    /// The footnote of a chart by actor some of whose actors are not one (review40: a
    /// `Total` actor was drawn as a bar like any actor, with no word): `“Total” is not
    /// one actor but all actors together; “Unknown” is not one actor: no actor is named`.
    /// `all`, `unnamed`: TallyIO's ``ActorWords/notOne(_:)``; nil when both are empty.
    /// At most three names each, then `…`.
    public static func notOneActorFootnote(all: [String], unnamed: [String]) -> String? {
        let separator = DisplayLocale.current.identifier == "ar" ? "، " : ", "
        var notes: [String] = []
        for (names, key) in [(all, "actor.not_one.all"), (unnamed, "actor.not_one.unnamed")] where !names.isEmpty {
            let list = names.prefix(3).map { Messages.text("actor.quote", ["name": $0]) }.joined(separator: separator) + (names.count > 3 ? "…" : "")
            notes.append(Messages.text(key + (names.count == 1 ? ".one" : ".other"), ["names": list]))
        }
        guard !notes.isEmpty else { return nil }
        let id = DisplayLocale.current.identifier
        return DisplayLocale.current.sentenceStart(notes.joined(separator: id == "ar" ? "؛ " : id == "fr" ? " ; " : "; "))
    }

    /// The same for dates that are not one period (`--from`, `--to`): `16,564 killed in
    /// events whose date spans reach outside 2016-01-01 to 2016-01-31 are not counted`.
    public static func windowFootnote(_ estimate: Estimate, measure: String, countedAtStart: Bool, shown: String) -> String? {
        guard estimate.high != 0 else { return nil }
        if !DisplayLocale.current.isEnglish {
            return Messages.text(countedAtStart ? "span.window_counted" : "span.window_not_counted",
                                 ["figure": figure(estimate), "measure": headline(measure), "shown": shown])
        }
        let what = figure(estimate) + " " + String(measure.map { $0 == "_" ? " " : $0 })
            + " in events whose date spans reach outside \(shown)"
        return what + (countedAtStart ? " are counted at the date each starts (--count-at-start)" : " are not counted")
    }

    /// The footer line that says once what a chart's range marks mean, when it draws
    /// any: whiskers (a range) and arrows (no upper bound). `nil` when every figure is
    /// exact, so a plain chart is not cluttered.
    public static func rangeKey(_ estimates: [Estimate], floating: Bool = false, rangeWords: String? = nil) -> String? {
        let ranges = estimates.contains { !$0.isUnbounded && $0.low != $0.high && !$0.isRangeOnly }
        let open = estimates.contains(where: \.isUnbounded)
        let given = floating && estimates.contains(where: \.isRangeOnly)
        var parts: [String] = []
        if ranges { parts.append(Messages.text("key.whiskers", ["ranges": rangeWords ?? Messages.text("key.whiskers_run")])) }
        if given { parts.append(Messages.text("key.pale_bars")) }
        if open { parts.append(Messages.text("key.arrows")) }
        guard !parts.isEmpty else { return nil }
        let text = parts.dropFirst().reduce(parts[0]) { Messages.text("key.join", ["a": $0, "b": $1]) }
        return DisplayLocale.current.sentenceStart(text) + "."
    }

    // MARK: Periods the data covers only in part, for charts and reports alike

    /// Month names written out, for charts and reports alike.
    public static let fullMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]

    /// `May 2023`, `Q2 2023`, `2023`, `2023-W14`, `2023-04-03`.
    public static func periodName(_ key: Int32, kind: PeriodKind) -> String {
        let k = Int(key)
        let locale = DisplayLocale.current
        if !locale.isEnglish {
            switch kind {
            case .month: return locale.monthYear(year: k / 12, month: k % 12 + 1, wide: true)
            case .quarter: return locale.quarterYear(year: k / 4, quarter: k % 4 + 1)
            case .year, .all: return locale.year(k)
            case .week:
                let w = kind.firstDay(key).isoWeek
                return locale.isoWeek(year: w.year, week: w.week)
            case .day: return locale.dayMonth(kind.firstDay(key), withYear: true)
            }
        }
        switch kind {
        case .month: return fullMonths[k % 12] + " " + String(k / 12)
        case .quarter: return "Q\(k % 4 + 1) " + String(k / 4)
        default: return kind.label(key)
        }
    }

    /// `partial: data to 28 May`, `partial: data from 3 May`, `partial: data 3 May to
    /// 28 May`, `partial: data for 3 May only` for a period the coverage spans only in
    /// part (the coverage rule); `nil` for any other period.
    /// A period with days not covered between covered ones (``Coverage/Extent/split(parts:)``,
    /// the long-gap rule) names each covered stretch: `partial: data to 15 May and data
    /// for 30 June only`, never `data to 30 June` over a silence of six weeks.
    /// The note of a figure in a period its data covers no day of (review26 S7: a
    /// country silent for all of March beside others that report: their total, the
    /// days every country covers, covers none of March, and its point holds only the
    /// others' figures). Drawn as whole it read as a 19% fall; it is partial.
    public static var incompleteNote: String {
        Messages.text("partial.prefix", ["text": Messages.text("partial.incomplete")])
    }

    public static func partialNote(_ extent: Coverage.Extent, key: Int32, kind: PeriodKind) -> String? {
        let parts = extent.coveredParts
        guard !parts.isEmpty else { return nil }
        return partialWords(parts: parts, of: kind.firstDay(key) ... kind.lastDay(key),
                            yearShown: kind == .year ? nil : kind.firstDay(key).components.year)
    }

    /// ``partialWords(covered:of:yearShown:)`` for one covered stretch or several
    /// (each named, joined as datasets are).
    static func partialWords(parts: [ClosedRange<CalendarDay>], of shown: ClosedRange<CalendarDay>, yearShown: Int?) -> String? {
        guard parts.count > 1 else { return parts.first.flatMap { partialWords(covered: $0, of: shown, yearShown: yearShown) } }
        if parts.allSatisfy({ $0.lowerBound == $0.upperBound }) { return singleDays(parts.map(\.lowerBound), yearShown: yearShown) }
        let words = parts.map { p in
            // A middle stretch both starts late and ends early: "data 3 May to 20 May".
            partialWords(covered: p, of: shown, yearShown: yearShown).map(dropPartial) ?? ""
        }
        return Messages.text("partial.prefix", ["text": joinedStretches(words)])
    }

    /// Covered stretches joined: `a and b`, `a, b and c`, and past four the first two
    /// and the last with how many between.
    static func joinedStretches(_ words: [String]) -> String {
        let shown = words.count > 4 ? [words[0], words[1], "…", words[words.count - 1]] : words
        return shown.dropFirst().reduce(shown[0]) { Messages.text("partial.and", ["a": $0, "b": $1]) }
    }

    /// The note for a figure whose datasets fall short of the period `key`
    /// (``DatasetCoverages/shortfalls(of:kind:sources:)``). `naming` (the chart's data
    /// is of several datasets) names each: `partial: myanmar.csv data to 30 December`,
    /// `partial: syria.csv data to 30 November and no myanmar.csv data` (a dataset that
    /// does not reach the period at all adds nothing to it). Without `naming`, the one
    /// dataset's note as ``partialNote(_:key:kind:)`` words it. `nil` when none falls short.
    public static func partialNote(_ shortfalls: [(name: String, extent: Coverage.Extent)], key: Int32, kind: PeriodKind,
                                   naming: Bool) -> String? {
        guard naming else {
            if let note = shortfalls.lazy.compactMap({ partialNote($0.extent, key: key, kind: kind) }).first { return note }
            return shortfalls.contains { !$0.extent.isCovered } ? incompleteNote : nil
        }
        guard !shortfalls.isEmpty else { return nil }
        return Messages.text("partial.prefix", ["text": joinedParts(shortfalls.map { namedShortfall($0.name, $0.extent, key: key, kind: kind) })])
    }

    /// One dataset's part of a note naming datasets: `myanmar.csv data to 30 December`,
    /// `no myanmar.csv data`.
    static func namedShortfall(_ name: String, _ extent: Coverage.Extent, key: Int32, kind: PeriodKind) -> String {
        partialNote(extent, key: key, kind: kind).map { name + " " + dropPartial($0) } ?? Messages.text("partial.no_data", ["name": name])
    }

    /// The note of a chart whose figures are each one country's (bars by country, or by
    /// a place within one), given each country's own note in the order its figures are
    /// drawn: when every country has the same note, that note (`partial: data to 28
    /// May`); otherwise each country that falls short named before its own, as a
    /// report's table note names them (`Lebanon partial: data to 10 March`, Syria
    /// whole; two joined by "and"); past three, `partial: data incomplete` (each bar
    /// says which). A country's days, not the days every country covers, are what its
    /// figures have: the file's note said "data to 10 March" of a March whose Syria is
    /// whole, and "data to 10 March 2023" of a 2023 whose Syria runs to 28 May.
    /// `absent`: countries of the data with no day in the dates shown (so no bar), named
    /// after (`partial: data to 28 May and no Lebanon data`), as a file with no data
    /// there is. `nil` when none falls short.
    public static func partialNote(places: [(name: String, note: String?)], absent: [String] = []) -> String? {
        guard let first = places.first, places.contains(where: { $0.note != nil }) || !absent.isEmpty else { return nil }
        let missing = absent.map { Messages.text("partial.no_data", ["name": $0]) }
        var parts: [String] = []
        if places.allSatisfy({ $0.note == first.note }) {
            guard !missing.isEmpty else { return first.note }
            parts = (first.note.map { [dropPartial($0)] } ?? []) + missing
            guard parts.count <= 3 else { return incompleteNote }
            return Messages.text("partial.prefix", ["text": parts.dropFirst().reduce(parts[0]) { Messages.text("partial.and", ["a": $0, "b": $1]) }])
        }
        var named = Set<String>()
        for p in places where named.insert(p.name).inserted {
            if let note = p.note { parts.append(p.name + " " + note) }
        }
        parts += missing
        guard parts.count <= 3 else { return incompleteNote }
        return parts.dropFirst().reduce(parts[0]) { Messages.text("partial.and", ["a": $0, "b": $1]) }
    }

    /// The note of a bar chart by country of several datasets
    /// (``DatasetCoverages/countryBars(_:sources:shown:askedCountries:askedActors:)``):
    /// each country's own note from the datasets its bar holds (`note(datasets, naming)`,
    /// naming them when they differ), what has no bar after, worded as one dataset's
    /// (``partialNote(places:absent:)``).
    public static func partialNote(_ bars: DatasetCoverages.CountryBars,
                                   note: ([DatasetCoverages.Dataset], Bool) -> String?) -> String? {
        var places: [(name: String, note: String?)] = []
        for c in bars.countries {
            let shown: [DatasetCoverages.Dataset] = c.namesDatasets ? c.datasets : Array(c.datasets.prefix(1))
            places.append((name: c.place, note: shown.isEmpty ? nil : note(shown, c.namesDatasets)))
        }
        return partialNote(places: places, absent: bars.absent)
    }

    /// The note of a total of one dataset of several countries whose period is partial
    /// because some countries fall short of it (``DatasetCoverages/Dataset/placeCoverages``):
    /// those countries named with their own shortfall, as a bar chart by country names
    /// them (`Bland partial: data to 19 June`, `partial: no Bland data`, `Bland partial:
    /// data from 16 August and no Cland data`). The file's own words said `no monitor
    /// data` of a month whose other countries hold records, or `data to 19 June` of a June
    /// whose other countries run to the 30th (review30 S20, review34 S2). `nil` when the
    /// countries do not explain it: none has days of its own, none has days in the
    /// period, or every country falls short alike (the file's note says it then).
    public static func countriesNote(_ d: DatasetCoverages.Dataset, key: Int32, kind: PeriodKind) -> String? {
        guard !d.placeCoverages.isEmpty else { return nil }
        var places: [(name: String, note: String?)] = [], absent: [String] = []
        for name in d.placeCoverages.keys.sorted() {
            let e = d.coverage(place: name).extent(of: key, kind: kind)
            if e == .complete { places.append((name, nil)) } else if e.isCovered {
                places.append((name, partialNote(e, key: key, kind: kind)))
            } else { absent.append(name) }
        }
        guard !places.isEmpty, !absent.isEmpty || Set(places.map(\.note)).count > 1 else { return nil }
        let short = places.compactMap { p in p.note.map { p.name + " " + $0 } }
        let missing = absent.map { Messages.text("partial.no_data", ["name": $0]) }
        guard short.count + missing.count <= 3 else { return incompleteNote }
        guard !short.isEmpty else { return Messages.text("partial.prefix", ["text": joinedStretches(missing)]) }
        return joinedStretches(short + missing)
    }

    /// The note of a figure of several datasets over the period `key`: each dataset of
    /// `sources` that falls short of it named (``partialNote(_:key:kind:naming:)``), and
    /// one whose shortfall its own countries explain (``countriesNote(_:key:kind:)``)
    /// named with them, `partial: Monitor (no Bland data)`. The dataset's own days are the
    /// days every country of it covers, so its own words said `no Monitor data` of a
    /// July holding Monitor's Aland records (review34 S8). `place`: the figure's country,
    /// judged by its own days. `nil` when none falls short, or, with `onlyByCountries`,
    /// when no dataset's shortfall is its countries' (its own days miss the period while
    /// its countries' figures are there).
    public static func datasetsNote(_ datasets: DatasetCoverages, key: Int32, kind: PeriodKind, sources: UInt32,
                                    place: String? = nil, onlyByCountries: Bool = false) -> String? {
        var byCountries = false
        let parts = datasets.contributing(sources).compactMap { d -> String? in
            let e = d.coverage(place: place).extent(of: key, kind: kind)
            guard e != .complete else { return nil }
            if place == nil, let named = countriesNote(d, key: key, kind: kind) {
                byCountries = true
                return Messages.text("partial.dataset_places", ["name": BracketedNames.name(d.name) { Messages.text("actor.quote", ["name": $0]) },
                                                                "text": dropPartial(named)])
            }
            return namedShortfall(d.name, e, key: key, kind: kind)
        }
        guard !parts.isEmpty, byCountries || !onlyByCountries else { return nil }
        return Messages.text("partial.prefix", ["text": joinedParts(parts)])
    }

    /// `partial: no Lebanon data` for countries asked for with no figure drawn (a
    /// timeline's, ``DatasetCoverages/askedWithoutFigures(present:)``); `nil` for none.
    public static func absentNote(_ names: [String]) -> String? {
        guard let first = names.first else { return nil }
        var text = Messages.text("partial.no_data", ["name": first])
        for n in names.dropFirst() { text = Messages.text("partial.and", ["a": text, "b": Messages.text("partial.no_data", ["name": n])]) }
        return Messages.text("partial.prefix", ["text": text])
    }

    /// At most three datasets named in one note, then how many more fall short: a
    /// note naming forty files is no note.
    static func joinedParts(_ parts: [String]) -> String {
        guard parts.count > 3 else { return parts.dropFirst().reduce(parts.first ?? "") { Messages.text("partial.and", ["a": $0, "b": $1]) } }
        return Messages.plural("partial.more", Int64(parts.count - 2), ["list": parts.prefix(2).joined(separator: Messages.text("list.separator"))])
    }

    /// A note without its `partial: ` prefix (in the display language).
    public static func dropPartial(_ note: String) -> String {
        let prefix = Messages.text("partial.prefix", ["text": ""])
        return note.hasPrefix(prefix) ? String(note.dropFirst(prefix.count)) : note
    }

    /// The same note for several datasets over dates that are not one period (a bar
    /// chart's `--from`/`--to`), naming each that falls short when `naming`.
    public static func partialNote(_ datasets: [DatasetCoverages.Dataset], shown: ClosedRange<CalendarDay>, naming: Bool) -> String? {
        var parts: [String] = []
        for d in datasets {
            if let n = partialNote(d.coverage, shown: shown) {
                if !naming { return n }
                parts.append(d.name + " " + dropPartial(n))
            } else if !d.coverage.runs.contains(where: { $0.overlaps(shown) }) {
                if naming { parts.append(Messages.text("partial.no_data", ["name": d.name])) }
            }
        }
        return parts.isEmpty ? nil : Messages.text("partial.prefix", ["text": joinedParts(parts)])
    }

    /// The same note for the dates a chart shows when they are not one period
    /// (`--from 2023-05-01 --to 2023-05-31`): `partial: data to 28 May` when `coverage`
    /// spans only part of `shown`; `nil` when it spans all of it, or none (nothing drawn).
    /// The year is left out of the days when `shown` lies within one year and is not the
    /// whole of it, as for a month or a quarter.
    public static func partialNote(_ coverage: Coverage, shown: ClosedRange<CalendarDay>) -> String? {
        // The runs' days within `shown`: a hole inside them (a dataset silent in the
        // dates shown, between two of its runs) is not covered.
        let inside = coverage.runs.filter { $0.overlaps(shown) }.map { max($0.lowerBound, shown.lowerBound) ... min($0.upperBound, shown.upperBound) }
        guard !inside.isEmpty else { return nil }
        let (first, last) = (shown.lowerBound.components, shown.upperBound.components)
        let wholeYear = first.month == 1 && first.day == 1 && last.month == 12 && last.day == 31
        return partialWords(parts: inside, of: shown, yearShown: first.year == last.year && !wholeYear ? first.year : nil)
    }

    /// `partial: data to 28 May` and its variants, for days `covered` of the days
    /// `shown`; `nil` when they are all covered. Days in `yearShown` are written
    /// without their year.
    static func partialWords(covered: ClosedRange<CalendarDay>, of shown: ClosedRange<CalendarDay>, yearShown: Int?) -> String? {
        let (a, b) = (covered.lowerBound, covered.upperBound)
        func short(_ d: CalendarDay) -> String { shortDay(d, yearShown: yearShown) }
        let startsLate = a > shown.lowerBound, endsEarly = b < shown.upperBound
        if a == b && (startsLate || endsEarly) { return Messages.text("partial.only", ["day": short(a)]) }
        if startsLate && endsEarly { return a == b ? Messages.text("partial.only", ["day": short(a)]) : Messages.text("partial.between", ["from": short(a), "to": short(b)]) }
        if startsLate { return Messages.text("partial.from", ["day": short(a)]) }
        if endsEarly { return Messages.text("partial.to", ["day": short(b)]) }
        return nil
    }

    /// `28 May`, `28 May 2022` outside `yearShown`, in the display locale.
    static func shortDay(_ d: CalendarDay, yearShown: Int?) -> String {
        let c = d.components
        let locale = DisplayLocale.current
        if !locale.isEnglish { return locale.dayMonth(d, withYear: c.year != yearShown) }
        return "\(c.day) \(fullMonths[c.month - 1])" + (c.year == yearShown ? "" : " \(c.year)")
    }

    /// Single days said once (review28 N11: "data for 10 May only and data for 20 May
    /// only"): `data for 10 and 20 May only`, the month once when every day is of one
    /// month; `data for 30 April and 2 May only` otherwise.
    static func singleDays(_ days: [CalendarDay], yearShown: Int?) -> String {
        let first = days[0].components
        let oneMonth = days.allSatisfy { d in
            let c = d.components
            return c.month == first.month && c.year == first.year
        }
        var words: [String] = []
        for (i, d) in days.enumerated() {
            if oneMonth && i < days.count - 1 {
                words.append(DisplayLocale.current.integer(Int64(d.components.day)))
            } else {
                words.append(shortDay(d, yearShown: yearShown))
            }
        }
        if words.count > 4 { words = [words[0], words[1], "…", words[words.count - 1]] }
        var joined = words[0]
        for w in words.dropFirst() { joined = Messages.text("partial.and", ["a": joined, "b": w]) }
        return Messages.text("partial.only_days", ["days": joined])
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
            let locale = DisplayLocale.current
            if !locale.isEnglish { return locale.monthYear(year: c.year, month: c.month, wide: false) }
            return DateStep.monthNames[c.month - 1] + " " + String(c.year)
        }
        let a = month(days.lowerBound), b = month(days.upperBound)
        return a == b ? a : Messages.text("when.from_to", ["from": a, "to": b])
    }

    // MARK: Titles and subtitles, for `tally chart` and `tally report` alike

    /// `day`, `week`, `month`, `quarter`, `year` (`all` reads as `year`).
    public static func periodNoun(_ kind: PeriodKind) -> String {
        switch kind {
        case .day: Messages.text("period.day")
        case .week: Messages.text("period.week")
        case .month: Messages.text("period.month")
        case .quarter: Messages.text("period.quarter")
        case .year, .all: Messages.text("period.year")
        }
    }

    /// A bar chart's default headline: `Killed by province`.
    public static func barTitle(measure: String, grouping: Grouping, unit: String? = nil, firstNamedActor: Bool = false) -> String {
        let (form, group) = byForm(grouping, unit: unit, firstNamedActor: firstNamedActor)
        return Messages.text("title." + form, ["measure": headline(measure), "group": group])
    }

    /// A bar chart's default subtitle: `Total, best estimate with low–high range; April 2023`.
    /// - Parameter when: the dates shown (`April 2023`, `all dates in the data`).
    public static func barSubtitle(kind: MeasureKind, when: String) -> String {
        Messages.text(kind == .stock ? "subtitle.bar.stock" : "subtitle.bar.flow", ["when": when])
    }

    /// A timeline's default headline: `Killed per month by country`; a stock is not "per
    /// month", it is a size observed in some months: `Members by country, as observed`.
    public static func timelineTitle(measure: String, kind: MeasureKind, period: PeriodKind, grouping: Grouping,
                                     unit: String? = nil, firstNamedActor: Bool = false) -> String {
        let (form, group) = byForm(grouping, unit: unit, firstNamedActor: firstNamedActor)
        let args = ["measure": headline(measure), "group": group, "period": periodNoun(period)]
        if kind == .stock { return Messages.text(form == "by_total" ? "title.stock" : "title.stock_" + form, args) }
        return Messages.text(form == "by_total" ? "title.per" : "title.per_" + form, args)
    }

    /// A timeline's default subtitle: `Best estimate per month, shaded from low to high;
    /// February 2023 to April 2023`.
    /// - Parameters:
    ///   - singlePoint: every series has one point (drawn as a bar, not a band).
    ///   - span: the periods shown, when the chart should name them.
    public static func timelineSubtitle(kind: MeasureKind, period: PeriodKind, singlePoint: Bool, span: String? = nil) -> String {
        let per = periodNoun(period)
        let what = kind == .stock
            ? Messages.text("subtitle.timeline.stock", ["period": per, "periods": per + "s"])
            : Messages.text(singlePoint ? "subtitle.timeline.flow.bar" : "subtitle.timeline.flow.band", ["period": per])
        return span.map { Messages.text("subtitle.span", ["what": what, "span": $0]) } ?? what
    }
}

