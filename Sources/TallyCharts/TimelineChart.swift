import TallyCore

/// Series of one measure over time: "killed per month, by country".
public struct TimelineChart: ChartDrawing, Equatable {
    public struct Sample: Equatable, Sendable {
        public var periodKey: Int32
        public var day: CalendarDay
        public var estimate: Estimate
        /// A stock's ``GroupSeries/Point/cells``: which groups and places its figure
        /// adds up; a line joins two figures only where TallyCore's ``StockCells`` says
        /// they are comparable. 0 for a flow.
        public var cells: UInt64 = 0
        public init(periodKey: Int32, day: CalendarDay, estimate: Estimate, cells: UInt64 = 0) {
            self.periodKey = periodKey; self.day = day; self.estimate = estimate; self.cells = cells
        }
    }

    public struct Series: Equatable, Sendable {
        public var name: String
        public var kind: MeasureKind
        /// In period order. Flows have a point for every period of the chart's span
        /// (zero where nothing was recorded); stocks only where they were observed.
        public var points: [Sample]
        /// A group whose own name is not given (`(province not given)`): after every
        /// named series, in grey (``GroupOrder``, as bars are).
        public var isNotGiven: Bool
        /// The inputs whose records the line holds (``AggregateRow/sources``).
        public var sources: UInt32 = 0
        /// The line's country when the chart is split by country (``GroupSeries/place``):
        /// its periods are judged by that country's days (``DatasetCoverages/seen(by:)``).
        public var place: String?
        /// This line's periods that a dataset it holds covers only in part, with their
        /// notes (``TimelineChart/markPartial(_:)``): drawn as ``TimelineChart/partial``.
        public var partial: [Int32: String] = [:]
        public init(name: String, kind: MeasureKind, points: [Sample], isNotGiven: Bool = false) {
            self.name = name; self.kind = kind; self.points = points; self.isNotGiven = isNotGiven
        }
    }

    /// A dated event worth marking, such as `2021-08-15=Taliban takeover` (a dashed
    /// rule across the plot at that date), or a note pointing at one figure of one
    /// line, such as `Idlib@2019-12=Offensive begins` (issue 13, item 8).
    public struct Annotation: Equatable, Sendable {
        public var day: CalendarDay
        public var text: String
        /// Whether the note points at a line's figure in the period holding ``day``
        /// rather than drawing a rule at the date.
        public var atPoint: Bool
        /// The line a point note names, as written until ``TimelineChart/resolveNotes()``
        /// sets the label it names; `nil` for the chart's only line.
        public var series: String?
        public init(day: CalendarDay, text: String, atPoint: Bool = false, series: String? = nil) {
            self.day = day; self.text = text; self.atPoint = atPoint; self.series = series
        }

        /// Parses `DATE=TEXT` (a rule at the date) or `[SERIES]@DATE=TEXT` (a note at
        /// that line's figure; the series may be left out on a chart of one line), the
        /// date as `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (the first day of that month or
        /// year). The first `=` ends the place, so the text may hold `=` and `@`.
        public init?(argument: String) {
            guard let eq = argument.firstIndex(of: "=") else { return nil }
            var date = String(argument[..<eq])
            let text = String(argument[argument.index(after: eq)...])
            guard text.contains(where: { !$0.isWhitespace }) else { return nil }
            atPoint = false
            series = nil
            if let at = date.lastIndex(of: "@") {
                atPoint = true
                let name = BarChart.Note.trimmed(date[..<at])
                series = name.isEmpty ? nil : name
                date = String(date[date.index(after: at)...])
            }
            if let d = CalendarDay(date) {
                day = d
            } else if let k = PeriodKind.month.parseLabel(date) {
                day = PeriodKind.month.firstDay(k)
            } else if let k = PeriodKind.year.parseLabel(date) {
                day = PeriodKind.year.firstDay(k)
            } else {
                return nil
            }
            self.text = text
        }
    }

    public var period: PeriodKind
    public var series: [Series]
    public var annotations: [Annotation]
    public var text: ChartText
    /// Whether series get names on the chart; a single ungrouped series is named by the
    /// title already.
    public var namesSeries: Bool
    /// Set by ``markPartial(_:)`` when the lines' notes name their datasets (several
    /// files): a subtitle then need not name the lines too.
    public var notesNameDatasets = false
    /// Names of the series drawn in the accent colour (`--highlight`); the others turn
    /// grey. Empty: the palette.
    public var highlighted: Set<String> = []
    /// The suffix stripped from every series name, as ``BarChart/labelSuffix``.
    public var labelSuffix: SharedSuffix?

    /// Periods the data covers only in part (an export ending 28 May: May), with what
    /// the footer says of each (`partial: data to 28 May`). A flow's point there holds
    /// only part of the period's events: it is drawn as a hollow square, the line to it
    /// dashed, so a fall that is only missing days does not read as a fall. A stock's
    /// point is a snapshot as observed and is drawn as usual.
    public var partial: [Int32: String] = [:]

    /// The dates and the value axis of a panel of small multiples, shared by every panel
    /// so they compare at a glance (``SmallMultiples``); `nil`: the chart's own.
    public var sharedDomain: SharedDomain?

    public struct SharedDomain: Equatable, Sendable {
        public var first: CalendarDay
        public var last: CalendarDay
        public var max: Double
        public var openBest: Double?
        /// The highest approximate marks, whose `~` every panel leaves room for.
        public var tildeAt: [(value: Double, open: Bool)] = []

        public static func == (a: SharedDomain, b: SharedDomain) -> Bool {
            a.first == b.first && a.last == b.last && a.max == b.max && a.openBest == b.openBest
                && a.tildeAt.map(\.value) == b.tildeAt.map(\.value) && a.tildeAt.map(\.open) == b.tildeAt.map(\.open)
        }
    }

    /// At most this many series: the Okabe–Ito palette has eight colours.
    public static let maximumSeries = 8

    public init(period: PeriodKind, series: [Series], annotations: [Annotation] = [], text: ChartText,
                namesSeries: Bool = true) {
        self.period = period; self.series = series; self.annotations = annotations; self.text = text
        self.namesSeries = namesSeries
    }

    /// Series for `measure`: TallyCore's (``AggregateResult/series(of:top:window:reporting:)``:
    /// largest first, a flow by its total best, a stock by its peak; gaps as
    /// ``GapRule`` decides), at most `top` of them (never more than the palette's
    /// ``maximumSeries``), labelled; also returns how many series were left out.
    ///
    /// - Parameters:
    ///   - span: the first and last day asked for (`--from`, `--to`): rows outside
    ///     their periods are left out. The asked-for dates never extend a line: before
    ///     the measure's first record and after its last the data says nothing, and a
    ///     zero there would be invented.
    ///   - reporting: whether the source reports continuously (a flow's period without
    ///     a record between the first and the last is then zero, else a break).
    /// - Throws: ``AggregationOverflow`` when a figure passes 2^53.
    public static func series(from result: AggregateResult, measure: String, top: Int? = nil,
                              span: (first: CalendarDay?, last: CalendarDay?) = (nil, nil),
                              reporting: Reporting = .sparse, coverage: Coverage? = nil, datasets: DatasetCoverages? = nil)
        throws(AggregationOverflow) -> (series: [Series], omitted: Int) {
        var window: ClosedRange<Int32>?
        if span.first != nil || span.last != nil {
            let lo = span.first.map { result.period.key($0) } ?? Int32.min
            let hi = span.last.map { result.period.key($0) } ?? Int32.max
            window = lo <= hi ? lo ... hi : nil
        }
        let set = try result.series(of: measure, top: min(top ?? maximumSeries, maximumSeries), window: window,
                                    reporting: reporting, coverage: coverage, datasets: datasets)
        // Names carry their parents when any two groups differ in them, left-out ones too.
        let withParents = GroupLabel.needsParents(result.rows.filter { $0.measure == measure }, grouping: result.grouping)
        return (series(from: set, grouping: result.grouping, period: result.period, measure: measure,
                       withParents: withParents, suffix: GroupLabel.sharedSuffix(in: result, measure: measure)?.suffix), set.omitted)
    }

    /// Labelled chart series of TallyCore's series.
    /// - Parameter suffix: stripped from every name (``GroupLabel/sharedSuffix(in:measure:)``).
    public static func series(from set: SeriesSet, grouping: Grouping, period: PeriodKind, measure: String,
                              withParents: Bool? = nil, suffix: SharedSuffix? = nil) -> [Series] {
        let withParents = withParents ?? GroupLabel.needsParents(set.series.map(\.keyValues))
        let commaForm = GroupLabel.needsCommaForm(set.series.map(\.keyValues))
        return set.series.map { s in
            var out = Series(name: GroupLabel.of(values: s.keyValues, grouping: grouping, fallback: measure, withParents: withParents,
                                                 suffix: suffix, commaForm: commaForm),
                             kind: s.kind,
                             points: s.points.map { Sample(periodKey: $0.periodKey, day: period.firstDay($0.periodKey), estimate: $0.estimate,
                                                           cells: $0.cells) },
                             isNotGiven: GroupOrder.isNotGiven(s.keyValues))
            out.sources = s.sources
            out.place = s.place
            return out
        }
    }

    /// The footer's words for lines left out by a cut to the largest (`top`): `8
    /// smaller series not shown`, and when a line whose name is not given is drawn
    /// besides the largest (it is never ranked, ``GroupOrder``), that it is: a chart
    /// titled "top five governorates" drew six panels, the sixth "(governorate not
    /// given)", with nothing saying why (review28 N2). `nil` when nothing was left out.
    public static func omittedNote(_ omitted: Int, drawn series: [Series]) -> String? {
        guard omitted > 0 else { return nil }
        let note = Messages.plural("report.chart.omitted", Int64(omitted))
        let unnamed = series.filter(\.isNotGiven)
        guard let first = unnamed.first else { return note }
        return Messages.text("report.chart.omitted_not_given", ["omitted": note, "top": DisplayLocale.current.integer(Int64(series.count - unnamed.count)),
                                                                 "name": unnamed.count == 1 ? first.name : Messages.text("report.chart.not_given_lines")])
    }

    /// The footer line saying what the timeline's range marks mean
    /// (``ChartWords/rangeKey(_:floating:rangeWords:)``): a flow of several periods
    /// shades its range, stocks and single periods draw range bars.
    public static func rangeKey(_ series: [Series]) -> String? {
        let barred = series.contains { $0.kind == .stock || $0.points.count == 1 }
        let shaded = series.contains { $0.kind == .flow && $0.points.count > 1 }
        let words = Messages.text(barred && shaded ? "key.shading_and_bars_run" : barred ? "key.range_bars_run" : "key.shading_runs")
        let all = series.flatMap { $0.points.map(\.estimate) }
        var extra: [String] = []
        // A range with no best is drawn as its bar alone, off the line (as bars draw it
        // pale): say so, as the bar chart's key does.
        if all.contains(where: \.isRangeOnly) { extra.append(Messages.text("key.range_only")) }
        if all.contains(where: \.approximate) { extra.append(Messages.text("key.approximate", ["sign": DisplayLocale.current.approximatelySign])) }
        func joined(_ parts: [String]) -> String { parts.dropFirst().reduce(parts[0]) { Messages.text("key.join", ["a": $0, "b": $1]) } }
        guard let key = ChartWords.rangeKey(all, rangeWords: words) else {
            guard !extra.isEmpty else { return nil }
            let text = joined(extra)
            return text.prefix(1).uppercased() + text.dropFirst() + "."
        }
        return extra.isEmpty ? key : joined([String(key.dropLast())] + extra) + "."
    }

    /// Each line's runs of points a line is drawn through (TallyCore's
    /// ``GapRule/runs(of:cells:kind:period:)``): consecutive periods whose figures are
    /// comparable.
    public func runs(_ s: Series) -> [Range<Int>] {
        GapRule.runs(of: s.points.map(\.periodKey), cells: s.points.map(\.cells), kind: s.kind, period: period)
    }

    /// The periods where a stock's line breaks although the period before has a point,
    /// its figure adding up other groups or places (``GapRule/regrouped(_:cells:kind:period:)``),
    /// with the line's name.
    public var regrouped: [(line: String, from: Int32, to: Int32)] {
        series.flatMap { s in
            GapRule.regrouped(s.points.map(\.periodKey), cells: s.points.map(\.cells), kind: s.kind, period: period)
                .map { (s.name, $0.from, $0.to) }
        }
    }

    /// The footer line that says why a stock's line breaks between two observed
    /// periods: `No line joins February 2023 and March 2023 (Syria): the two figures add
    /// up different groups or places, some observed in one period only.` (review38 S5:
    /// s7's 1,100, 110, 1,120 and 130 drawn as one line). `nil` when no line breaks so.
    public var regroupedKey: String? {
        let breaks = regrouped
        guard !breaks.isEmpty else { return nil }
        let named = namesSeries && series.count > 1
        let pairs = breaks.map { b in
            Messages.text("key.regrouped.pair", ["from": ChartWords.periodName(b.from, kind: period),
                                                 "to": ChartWords.periodName(b.to, kind: period)])
                + (named ? " (" + b.line + ")" : "")
        }
        let shown = Array(pairs.prefix(Self.partialNamed))
        var list = shown.dropFirst().reduce(shown[0]) { Messages.text("key.join", ["a": $0, "b": $1]) }
        if pairs.count > shown.count { list = Messages.plural("key.more", Int64(pairs.count - shown.count), ["list": list]) }
        return Messages.text("key.regrouped", ["list": list])
    }

    /// The periods where a line breaks for want of a point (``GapRule/gaps(of:period:)``),
    /// every line's together, overlapping spells joined, in order.
    public var gaps: [(first: Int32, last: Int32)] {
        let all = series.flatMap { GapRule.gaps(of: $0.points.map(\.periodKey), period: period) }.sorted { ($0.first, $0.last) < ($1.first, $1.last) }
        var out: [(first: Int32, last: Int32)] = []
        for g in all {
            if let l = out.last, g.first <= l.last { out[out.count - 1].last = max(l.last, g.last) } else { out.append(g) }
        }
        return out
    }

    /// The footer line that says why a line breaks: `A line breaks where no record gives
    /// a figure (April 2023); no zero is assumed there.` A flow of a source that does not
    /// report every period, or a stock not observed, has no point there (the gap rule).
    /// `nil` when no line breaks so.
    public var gapKey: String? {
        func name(_ g: (first: Int32, last: Int32)) -> String {
            g.first == g.last ? ChartWords.periodName(g.first, kind: period)
                : Messages.text("when.from_to", ["from": ChartWords.periodName(g.first, kind: period), "to": ChartWords.periodName(g.last, kind: period)])
        }
        // Several named lines: each line's own spells, named with it (review51 F7: one list
        // of every line's spells joined said "March to September" where one line had points).
        let items: [String]
        if namesSeries && series.count > 1 {
            items = series.flatMap { s in
                GapRule.gaps(of: s.points.map(\.periodKey), period: period).map { s.name + Messages.text("list.separator") + name($0) }
            }
        } else {
            items = gaps.map(name)
        }
        guard !items.isEmpty else { return nil }
        let named = Array(items.prefix(Self.partialNamed))
        var list = named.dropFirst().reduce(named[0]) { Messages.text("key.join", ["a": $0, "b": $1]) }
        if items.count > named.count { list = Messages.plural("key.more", Int64(items.count - named.count), ["list": list]) }
        return Messages.text("key.gap", ["list": list])
    }

    /// The periods of `series` that `coverage` spans only in part, with their notes
    /// (``ChartWords/partialNote(_:key:kind:)``); empty without a coverage.
    public static func partialPeriods(_ series: [Series], period: PeriodKind, coverage: Coverage?) -> [Int32: String] {
        guard let coverage else { return [:] }
        var out: [Int32: String] = [:]
        for s in series where s.kind == .flow {
            for p in s.points where out[p.periodKey] == nil {
                let extent = coverage.extent(of: p.periodKey, kind: period)
                if let note = ChartWords.partialNote(extent, key: p.periodKey, kind: period) {
                    out[p.periodKey] = note
                } else if !extent.isCovered {
                    out[p.periodKey] = ChartWords.incompleteNote
                }
            }
        }
        return out
    }

    /// Marks each flow line's periods that a dataset it holds does not cover
    /// completely (the coverage rule, per dataset: ``DatasetCoverages``), in
    /// ``Series/partial``. With several datasets the note names the ones that fall
    /// short (`partial: myanmar.csv data to 30 December`); with one it says
    /// `partial: data to 28 May` as before. A stock's point is a snapshot as observed
    /// and is not marked.
    public mutating func markPartial(_ datasets: DatasetCoverages) {
        let naming = datasets.datasets.count > 1
        notesNameDatasets = naming
        for i in series.indices where series[i].kind == .flow {
            var marks: [Int32: String] = [:]
            for p in series[i].points {
                guard let note = naming
                    ? ChartWords.datasetsNote(datasets, key: p.periodKey, kind: period, sources: series[i].sources, place: series[i].place)
                    : ChartWords.partialNote(datasets.shortfalls(of: p.periodKey, kind: period, sources: series[i].sources, place: series[i].place),
                                             key: p.periodKey, kind: period, naming: false) else { continue }
                // A line of several countries of one file names the countries that fall
                // short, not the file's days (review34 S2).
                if !naming, series[i].place == nil, let d = datasets.datasets.first,
                   let named = ChartWords.countriesNote(d, key: p.periodKey, kind: period) {
                    marks[p.periodKey] = named
                } else {
                    marks[p.periodKey] = note
                }
            }
            series[i].partial = marks
        }
    }

    /// What a subtitle says of period `key` when lines drawn are partial there: the
    /// note in a report's words (`May 2023 partial: data to 28 May`) when every line
    /// drawn there has the same one; else the lines that fall short named before their
    /// own notes, as a bar chart by country names its countries (`March 2023 Lebanon
    /// partial: data to 10 March`, Syria whole); past three such lines, `May 2023
    /// partial on some lines` (the footer names them). `nil` when no line is marked there.
    public func partialSubtitle(at key: Int32) -> String? {
        if let note = partial[key] { return ChartWords.partialPeriod(note, key: key, kind: period) }
        let drawn = series.filter { s in s.kind == .flow && s.points.contains { $0.periodKey == key } }
        let notes = series.compactMap { $0.partial[key] }
        guard let note = notes.first else { return nil }
        // Notes that name their datasets (`partial: iraq.csv data to 10 May`) say whose
        // figures fall short already.
        if Set(notes).count == 1 && (notes.count == drawn.count || !namesSeries || notesNameDatasets) {
            return ChartWords.partialPeriod(note, key: key, kind: period)
        }
        guard namesSeries, !notesNameDatasets,
              let named = ChartWords.partialNote(places: drawn.map { ($0.name, $0.partial[key]) }), named != ChartWords.incompleteNote else {
            return Messages.text("partial.some_lines", ["period": ChartWords.periodName(key, kind: period)])
        }
        return ChartWords.periodName(key, kind: period) + " " + named
    }

    /// What a subtitle says of the partly covered periods drawn, the same periods
    /// ``partialKey`` names in the footer: each period once with its own note
    /// (``partialSubtitle(at:)``: `March 2023 Lebanon partial: data to 10 March · May
    /// 2023 partial: data to 28 May`); past ``partialNamed`` periods, the first of them
    /// in the footer's order and how many more, then the latest with its note (the
    /// footer gives each note). Until 2026-12-04 two to four periods were listed and the
    /// latest said again with its note (`March 2023 and May 2023 partial · May 2023
    /// partial: data to 28 May`), naming no line though March was Lebanon's alone; a
    /// subtitle naming only the latest period beside a footer listing April and May read
    /// as if April were whole (review18 #9). `nil` when no period is marked.
    public var partialSubtitle: String? {
        let keys = Set(partial.keys).union(series.flatMap(\.partial.keys)).sorted()
        guard !keys.isEmpty else { return nil }
        if keys.count <= Self.partialNamed {
            return keys.compactMap { partialSubtitle(at: $0) }.joined(separator: " \u{00B7} ")
        }
        let names = keys.prefix(Self.partialNamed).map { ChartWords.periodName($0, kind: period) }
        let list = Messages.plural("key.more", Int64(keys.count - names.count), ["list": names.joined(separator: Messages.text("list.separator"))])
        // The latest of them with its note, as a report names its own period (the
        // footer's list stops before it).
        return Messages.text("partial.periods", ["periods": list]) + (partialSubtitle(at: keys[keys.count - 1]).map { " \u{00B7} " + $0 } ?? "")
    }

    /// The footer line that says what the hollow squares mean, naming each partly
    /// covered period: `Hollow squares, dashed: periods the data covers only in part
    /// (May 2023, partial: data to 28 May).` A period marked on some lines only, or
    /// with other notes on other lines, names its line (`Syria, 2019, partial: …`).
    /// `nil` when there is none.
    public var partialKey: String? {
        var notes: [Int32: [(line: String, note: String)]] = [:]
        for (k, n) in partial { notes[k, default: []].append(("", n)) }
        for s in series {
            for (k, n) in s.partial where partial[k] == nil { notes[k, default: []].append((s.name, n)) }
        }
        guard !notes.isEmpty else { return nil }
        var named: [String] = []
        for k in notes.keys.sorted() {
            let all = notes[k]!
            let drawn = series.filter { s in s.kind == .flow && s.points.contains { $0.periodKey == k } }.count
            if Set(all.map(\.note)).count == 1 && (all.count == drawn || all[0].line.isEmpty || !namesSeries) {
                named.append(ChartWords.periodName(k, kind: period) + Messages.text("list.separator") + all[0].note)
            } else {
                // Lines with the same note are named together.
                var order: [String] = []
                var lines: [String: [String]] = [:]
                for e in all {
                    if lines[e.note] == nil { order.append(e.note) }
                    lines[e.note, default: []].append(e.line)
                }
                for note in order {
                    let names = lines[note]!
                    let comma = Messages.text("list.separator")
                    let who = names.count == 1 ? names[0] : Messages.text("group.and", ["a": names.dropLast().joined(separator: comma), "b": names.last!])
                    named.append(who + comma + ChartWords.periodName(k, kind: period) + comma + note)
                }
            }
        }
        // A long list would take the plot's room (37 months at 400 px): a few, then how many more.
        let shown = Array(named.prefix(Self.partialNamed))
        var list = shown.dropFirst().reduce(shown[0]) { Messages.text("key.join", ["a": $0, "b": $1]) }
        if named.count > shown.count { list = Messages.plural("key.more", Int64(named.count - shown.count), ["list": list]) }
        if !DisplayLocale.current.isEnglish {
            return Messages.text(named.count == 1 ? "key.hollow.one" : "key.hollow.other", ["list": list])
        }
        let which = named.count == 1 ? "a " + ChartWords.periodNoun(period) + " the data covers only in part"
            : ChartWords.periodNoun(period) + "s the data covers only in part"
        return (named.count == 1 ? "A hollow square, the line to it dashed, marks " : "Hollow squares, the lines to them dashed, mark ")
            + which + " (" + list + ")."
    }

    /// How many partly covered periods ``partialKey`` names before "and N more".
    public static let partialNamed = 4

    /// Point notes (`[SERIES]@DATE=TEXT`) with their series names resolved to the
    /// labels they name (as ``Highlight`` matches), or why one cannot be drawn: a name
    /// that names no line, no name on a chart of several lines, or a line with no
    /// figure in that period. Never a note silently left out or put on another figure.
    /// - Parameter all: every series name the data has, drawn or not.
    public mutating func resolveNotes(all: [String]? = nil,
                                      notDrawn: (String, Int) -> String = { _, _ in "is not drawn" }) -> String? {
        let names = series.map(\.name)
        for i in annotations.indices where annotations[i].atPoint {
            let a = annotations[i]
            let index: Int
            if let wanted = a.series {
                switch Highlight.label(wanted, in: names, all: all, suffix: labelSuffix, notDrawn: notDrawn) {
                case let .success(label): index = names.firstIndex(of: label)!
                case let .failure(e): return "\(wanted)@\(a.day)=\(AltText.plain(a.text)): the line " + e.description
                }
            } else if series.count == 1 {
                index = 0
            } else {
                return "@\(a.day)=\(AltText.plain(a.text)): the chart has \(series.count) lines; name one, as in \""
                    + AltText.plain(names[0]) + "@\(a.day)=…\""
            }
            let key = period.key(a.day)
            let line = series[index]
            annotations[i].series = line.name
            // Dated outside the chart's periods it is not drawn, as a rule there is not
            // (``visibleAnnotations``; the command says so). Inside them it must point
            // at a figure: a gap or a stock's unobserved period has none.
            let shown = visibleAnnotations.contains { $0.day == a.day && $0.text == a.text }
            if shown, !line.points.contains(where: { $0.periodKey == key }) {
                let span = line.points.first.map { " (its figures run from " + period.label($0.periodKey) + " to "
                    + period.label(line.points.last!.periodKey) + ")" } ?? ""
                return "\(AltText.plain(a.series ?? names[index]))@\(a.day)=\(AltText.plain(a.text)): \"\(AltText.plain(line.name))\" has no figure for "
                    + period.label(key) + span
            }
        }
        return nil
    }

    /// The annotations dated within the periods the series cover (from the first day of
    /// the first period to the last day of the last). One dated outside would stretch the
    /// time axis to reach it and squash the data into a corner: `2001-09-11=9/11` on a
    /// chart of 2023 left the year a sliver at the right edge.
    /// What becomes of an annotation dated outside the chart's periods.
    public enum OutsideAnnotations: String, Sendable, CaseIterable {
        /// Exit 64 naming it (the default): a chart must not go out without a note its
        /// editor wrote (issue 13).
        case refuse
        /// Leave it out, saying so on stderr: a newsroom's standing list of events used
        /// for charts of any span (`--annotate-outside skip`, `annotate_outside: skip`).
        case skip
    }

    /// The annotations ``visibleAnnotations`` leaves out, in words for a refusal:
    /// `2001-09-11=9/11 is dated 11 September 2001, outside the chart's periods
    /// (January 2023 to June 2023: 1 January 2023 to 30 June 2023), and would not be
    /// drawn`; `nil` when every annotation is drawn.
    public var outsideAnnotationsProblem: String? {
        let shown = visibleAnnotations
        let outside = annotations.filter { !shown.contains($0) }
        let keys = series.flatMap { $0.points.map(\.periodKey) }
        guard let a = outside.first, let lo = keys.min(), let hi = keys.max() else { return nil }
        let name = (a.atPoint ? AltText.plain(a.series ?? "") + "@" : "") + a.day.description + "=" + AltText.plain(a.text)
        let periods = lo == hi ? AltText.periodName(period, lo) : AltText.periodName(period, lo) + " to " + AltText.periodName(period, hi)
        let more = outside.count > 1 ? " (and \(outside.count - 1) more dated outside them)" : ""
        func long(_ d: CalendarDay) -> String {
            let c = d.components
            return "\(c.day) \(ChartWords.fullMonths[c.month - 1]) \(c.year)"
        }
        return "\(name): dated \(long(a.day)), outside the chart's periods (\(periods): "
            + "\(long(period.firstDay(lo))) to \(long(period.lastDay(hi)))), so it would not be drawn" + more
    }

    public var visibleAnnotations: [Annotation] {
        let keys = series.flatMap { $0.points.map(\.periodKey) }
        guard let lo = keys.min(), let hi = keys.max() else { return annotations }
        let first = period.firstDay(lo)
        let last = period.lastDay(hi)
        return annotations.filter { $0.day >= first && $0.day <= last }
    }

    public func draw(on canvas: Canvas, size: Size, theme: Theme) {
        var theme = theme.fitted(toWidth: size.width)
        if !highlighted.isEmpty {
            // Every colour a series takes (line, band, name, legend) comes from its
            // palette slot, so recolouring the slots recolours the series everywhere.
            theme.series = series.map { highlighted.contains($0.name) ? theme.accent : theme.others }
            theme.primary = theme.series.first ?? theme.primary
        } else if series.contains(where: \.isNotGiven) {
            // A group the data cannot name is grey, like its bar; the named series keep
            // their palette colours in order (they all come first).
            let palette = theme.series
            theme.series = series.indices.map { series[$0].isNotGiven ? theme.others : palette[$0 % palette.count] }
        }
        TimelineLayout(chart: self, size: size, theme: theme, canvas: canvas)
            .draw(on: theme.direction.canvas(canvas, width: size.width), theme: theme)
    }

    public func fit(width: Double, theme: Theme, canvas: Canvas) -> ChartFit {
        TimelineLayout.fit(chart: self, width: width, theme: theme.fitted(toWidth: width), canvas: canvas)
    }
}
