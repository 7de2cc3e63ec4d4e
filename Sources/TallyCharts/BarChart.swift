import TallyCore

/// A ranking of groups by one measure: "killed by province, 2023".
public struct BarChart: ChartDrawing, Equatable {
    public struct Bar: Equatable, Sendable {
        public var label: String
        public var estimate: Estimate
        /// How many groups a folded "N others" bar stands for; 0 for an ordinary bar.
        public var foldedCount: Int
        public var isOthers: Bool { foldedCount > 0 }
        /// A group whose name is not given ("(province not given)"): drawn in grey,
        /// after every named group and the "N others" bar, never folded.
        public var isNotGiven: Bool
        /// For a stock: the days of the observations the bar's figure is made of.
        public var observed: ClosedRange<CalendarDay>?
        /// Set by ``dated(_:shownFrom:)`` when the observation is older than the
        /// period shown: `Feb 2023`, printed after the value ("as of Feb 2023").
        public var asOf: String?
        /// An editor's note pointing at this bar (`--annotate NAME=TEXT`), drawn after
        /// its value: "← Offensive began 26 April".
        public var note: String?
        /// The inputs whose records the bar holds (``AggregateRow/sources``; 0 for all,
        /// as an "N others" bar is taken to hold).
        public var sources: UInt32 = 0
        /// The group's country when the grouping has one (``AggregateRow/country``; nil
        /// for "N others"): the bar is judged by that country's days.
        public var place: String?
        /// Set by ``marked(_:partial:)``: a dataset the bar holds does not cover the
        /// period shown (with several datasets; the subtitle names them). Its label
        /// says so: `112 (85–150), partial`.
        public var partial = false
        /// For a stock by actor: the group the bar's actor is a name of, with its places
        /// (``Ranking/oneGroupKey(_:)``), and the actor as written. A fold never adds two
        /// bars of one group (audit9 F6).
        public var oneGroupKey: String?
        public var oneGroupActor: String?

        public init(label: String, estimate: Estimate, foldedCount: Int = 0, isNotGiven: Bool = false,
                    observed: ClosedRange<CalendarDay>? = nil) {
            self.label = label; self.estimate = estimate; self.foldedCount = foldedCount; self.isNotGiven = isNotGiven
            self.observed = observed
        }

        /// The label at the bar's end: the figure (``ChartWords/figure(_:)``) and, for a
        /// stock observed before the period shown, its date.
        public var valueText: String {
            ChartWords.figure(estimate) + (asOf.map { Messages.text("bar.as_of", ["date": $0]) } ?? "")
                + (partial ? Messages.text("report.partial_mark") : "")
        }
    }

    /// Bars whose datasets fall short of the period shown (`partial(sources)`, the
    /// coverage rule per dataset) marked ``Bar/partial``: beside a complete bar of one
    /// dataset, a bar of another that ends inside the period says so on its label.
    public static func marked(_ bars: [Bar], partial: (_ sources: UInt32, _ place: String?) -> Bool) -> [Bar] {
        bars.map { bar in
            var b = bar
            b.partial = partial(bar.sources, bar.place)
            return b
        }
    }

    /// Stock bars dated: a ranking of stocks puts figures observed years apart side by
    /// side, so each bar whose observation is older than the period shown says when it
    /// was made ("as of Feb 2023"; "as of Feb 2021 to Mar 2023" when its places were
    /// observed at different dates).
    /// - Parameter shownFrom: the first day of the period shown (`--period`, `--from`);
    ///   `nil` for all dates, where the period shown is the month of the newest
    ///   observation.
    public static func dated(_ bars: [Bar], shownFrom: CalendarDay?) -> [Bar] {
        guard let newest = bars.compactMap({ $0.observed?.upperBound }).max() else { return bars }
        let reference = shownFrom ?? PeriodKind.month.firstDay(PeriodKind.month.key(newest))
        return bars.map { bar in
            var b = bar
            if let seen = bar.observed, seen.lowerBound < reference { b.asOf = ChartWords.monthSpan(seen) }
            return b
        }
    }

    public var bars: [Bar]
    public var text: ChartText
    /// Labels of the bars drawn in the accent colour (`--highlight`); the others turn
    /// grey. Empty: every bar in the primary colour.
    public var highlighted: Set<String> = []
    /// The suffix stripped from every label (``GroupLabel/sharedSuffix(in:measure:)``):
    /// a name typed with it ("Idlib Governorate") still names the bar "Idlib".
    public var labelSuffix: SharedSuffix?
    /// Why the "N others" bar sums groups, as its alt-text sentence says it after
    /// "because", in a reader's words: `the chart names only the largest 10` (`top:`,
    /// `--top`), `a page holds 20 bars`.
    /// A reader who cannot see the chart must learn that the fold was chosen, and by
    /// what; `nil` when there is no "others" bar or nobody said.
    public var foldReason: String?

    public init(bars: [Bar], text: ChartText) {
        self.bars = bars
        self.text = text
    }

    /// A note pointing at one bar: `NAME=TEXT` (`--annotate` of `tally chart bar`, a bar
    /// chart's `annotate:` in a spec). NAME is matched as ``Highlight`` matches.
    public struct Note: Equatable, Sendable {
        public var name: String
        public var text: String
        public init(name: String, text: String) { self.name = name; self.text = text }

        /// Parses `NAME=TEXT` at the first `=`; `nil` when either side is blank.
        public init?(argument: String) {
            guard let eq = argument.firstIndex(of: "=") else { return nil }
            name = Note.trimmed(argument[..<eq])
            text = Note.trimmed(argument[argument.index(after: eq)...])
            guard !name.isEmpty, !text.isEmpty else { return nil }
        }

        static func trimmed(_ s: Substring) -> String {
            String(s.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        }
    }

    /// Puts each note on the bar it names. A name that names no drawn bar is refused
    /// with the nearest names (or, for a bar folded away, how to draw it): a note that
    /// silently went nowhere would leave the chart saying less than its editor wrote.
    /// - Parameter all: every bar the data has, before `--top` folded the tail.
    public mutating func attach(_ notes: [Note], all: [String]? = nil,
                                notDrawn: (String, Int) -> String = { _, _ in "is not drawn" }) -> HighlightError? {
        let labels = bars.map(\.label)
        for note in notes {
            switch Highlight.label(note.name, in: labels, all: all, suffix: labelSuffix, notDrawn: notDrawn) {
            case let .success(label):
                let i = labels.firstIndex(of: label)!
                guard bars[i].note == nil else {
                    return HighlightError(name: note.name, reason: "has two notes; join them into one")
                }
                bars[i].note = note.text
            case let .failure(e): return e
            }
        }
        return nil
    }

    /// Bars for `measure` from an aggregate: the ranking TallyCore computes
    /// (``AggregateResult/ranking(of:top:)``: largest best first, flows summed over the
    /// periods, a stock's latest snapshot per group, the tail past `top` folded into one
    /// "N others" bar), labelled.
    ///
    /// - Throws: ``AggregationOverflow`` when a bar, or the "N others" bar `top` asks
    ///   for, passes 2^53. A fold the layout makes later (bars that do not fit) is
    ///   checked where it is made: ``fold(_:keeping:)`` in `tally chart`,
    ///   `everyFoldChecked` for a report page.
    public static func bars(from result: AggregateResult, measure: String, top: Int? = nil,
                            everyFoldChecked: Bool = false) throws(AggregationOverflow) -> [Bar] {
        let all = try result.ranking(of: measure)
        // The fold `top` asks for first, so a refusal counts the groups it folds; then
        // any fold a page may add to it.
        let shown = try top.map { k throws(AggregationOverflow) in try all.folded(keeping: k) } ?? all
        if everyFoldChecked { try shown.checkEveryFold() }
        // Names carry their parents when any two groups differ in them, folded ones too.
        let withParents = GroupLabel.needsParents(all.groups.map { $0.keyValues(all.grouping) })
        // A suffix every name shares ("Governorate") is said once, in the subtitle.
        let suffix = GroupLabel.sharedSuffix(in: result, measure: measure)?.suffix
        return bars(from: shown, withParents: withParents, suffix: suffix)
    }

    /// Labelled bars of a ranking, its "others" last.
    /// - Parameter suffix: stripped from every name (``GroupLabel/sharedSuffix(in:measure:)``).
    public static func bars(from ranking: Ranking, withParents: Bool? = nil, suffix: SharedSuffix? = nil) -> [Bar] {
        let values = ranking.groups.map { $0.keyValues(ranking.grouping) }
        let withParents = withParents ?? GroupLabel.needsParents(values)
        let commaForm = GroupLabel.needsCommaForm(values)
        var bars = values.enumerated().map { i, v in
            Bar(label: GroupLabel.of(values: v, grouping: ranking.grouping, fallback: ranking.measure, withParents: withParents,
                                     suffix: suffix, commaForm: commaForm),
                estimate: ranking.groups[i].estimate, isNotGiven: ranking.isNotGiven(ranking.groups[i]),
                observed: ranking.groups[i].observed)
        }
        for i in bars.indices {
            bars[i].sources = ranking.groups[i].sources; bars[i].place = ranking.groups[i].country
            if let key = ranking.oneGroupKey(ranking.groups[i]) {
                bars[i].oneGroupKey = key
                bars[i].oneGroupActor = ranking.groups[i].actor ?? ""
            }
        }
        // Named groups, then "N others" (named groups too small to show), then the
        // groups whose name is not given.
        var out = bars.filter { !$0.isNotGiven }
        if let o = ranking.others { out.append(Bar(label: Messages.plural("bar.others", Int64(o.count)), estimate: o.estimate, foldedCount: o.count)) }
        return out + bars.filter(\.isNotGiven)
    }

    /// The first `keeping` bars, and one "N others" bar summing the rest (an earlier
    /// "others" bar included), as ``Ranking/folded(keeping:)`` folds. Folding a single
    /// bar would hide it for nothing, so then the bars are returned as they are.
    /// - Throws: ``AggregationOverflow`` when the folded figure passes 2^53.
    /// Bars whose group is not given are kept whole after it (``Ranking/folded(keeping:)``).
    public static func fold(_ all: [Bar], keeping: Int, measure: String = "") throws(AggregationOverflow) -> [Bar] {
        guard let shape = FoldShape(all, keeping: keeping) else { return all }
        try Ranking.checkOneGroupOnce(shape.rest.lazy.compactMap { b in b.oneGroupKey.flatMap { k in b.oneGroupActor.map { (k, $0) } } },
                                      count: shape.count, measure: measure, asked: false)
        var sum = shape.rest.first!.estimate
        for b in shape.rest.dropFirst() { sum = try sum.summed(with: b.estimate, for: "the \(shape.label) folded into one bar") }
        return shape.bars(others: sum)
    }

    /// Which bars a fold keeps, which it sums and which (not given) stay after it.
    private struct FoldShape {
        let kept: ArraySlice<Bar>, rest: ArraySlice<Bar>, unnamed: [Bar]
        let count: Int

        init?(_ all: [Bar], keeping: Int) {
            let keep = max(1, keeping)
            let bars = all.filter { !$0.isNotGiven }
            guard bars.count - 1 > keep else { return nil } // not keep + 1: keep may be Int.max
            kept = bars[..<keep]
            rest = bars[keep...]
            unnamed = all.filter(\.isNotGiven)
            count = rest.reduce(0) { $0 + max(1, $1.foldedCount) }
        }

        var label: String { Messages.plural("bar.others", Int64(count)) }

        func bars(others: Estimate) -> [Bar] {
            var o = Bar(label: label, estimate: others, foldedCount: count)
            // Its groups' inputs (0, all of them, when one of them is not known).
            o.sources = rest.contains { $0.sources == 0 } ? 0 : rest.reduce(0) { $0 | $1.sources }
            o.partial = rest.contains(where: \.partial)
            return Array(kept) + [o] + unnamed
        }
    }

    /// ``fold(_:keeping:)`` for the layout, which measures how many rows fit before
    /// anything is drawn. A fold whose sum passes 2^53 is measured with its figure at
    /// 2^53 (as wide as a value label gets), so the layout still learns how many bars
    /// fit. No such bar is drawn: a report page has checked every fold beforehand
    /// (``bars(from:measure:top:everyFoldChecked:)``), and `tally chart` folds for real
    /// with ``fold(_:keeping:)`` once the layout says it must, which refuses (65) naming
    /// the fold. (Keeping every bar instead made a forced height refuse with "shorten
    /// the text", exit 64, when the sum was the problem.)
    static func foldedForLayout(_ bars: [Bar], keeping: Int) -> [Bar] {
        if let folded = try? fold(bars, keeping: keeping) { return folded }
        guard let shape = FoldShape(bars, keeping: keeping) else { return bars }
        let top = Estimate.maximumValue
        return shape.bars(others: Estimate(unchecked: top, best: top, high: top))
    }

    public func draw(on canvas: Canvas, size: Size, theme: Theme) {
        let theme = theme.fitted(toWidth: size.width)
        var layout = BarChartLayout(chart: self, size: size, theme: theme, canvas: canvas)
        layout.highlighted = highlighted
        layout.draw(on: theme.direction.canvas(canvas, width: size.width), theme: theme)
    }

    public func fit(width: Double, theme: Theme, canvas: Canvas) -> ChartFit {
        BarChartLayout.fit(chart: self, width: width, theme: theme.fitted(toWidth: width), canvas: canvas)
    }

    /// How many of the bars a chart of `size` folds into one "N others" bar because
    /// they do not fit: 0 when every bar has its row.
    public func foldedByLayout(size: Size, theme: Theme, canvas: Canvas) -> Int {
        BarChartLayout(chart: self, size: size, theme: theme.fitted(toWidth: size.width), canvas: canvas).foldedByLayout
    }
}

/// The printed name of a group.
public enum GroupLabel {
    /// The most specific key first ("Balkh (Afghanistan)"): the province is what the
    /// reader looks for, the country disambiguates it. Without grouping keys the series
    /// is the measure itself.
    /// An empty value says which name is missing ("Syria (province not given)").
    /// - Parameter withParents: `false` when every row shares the same parents (all
    ///   provinces of one country), so the country is not repeated on every bar.
    public static func of(_ row: AggregateRow, grouping: Grouping, fallback: String, withParents: Bool = true) -> String {
        of(values: row.keyValues(grouping), grouping: grouping, fallback: fallback, withParents: withParents)
    }

    /// The label of a group given by its key values in output-column order.
    /// A joint region (`Iraq;Syria`) reads `Iraq and Syria (joint)` (``JointRegion``).
    /// - Parameter suffix: a suffix every name shares, stripped from the name.
    /// - Parameter commaForm: whether labels with parents take the comma form
    ///   (`Shan State, Myanmar (Burma)`); a chart decides once for all its labels
    ///   (``needsCommaForm(_:)``) so that one chart does not mix the two; nil decides for
    ///   this label alone.
    public static func of(values: [String], grouping: Grouping, fallback: String, withParents: Bool = true,
                          suffix: SharedSuffix? = nil, commaForm: Bool? = nil) -> String {
        guard let raw = values.last else { return fallback }
        let last = JointRegion.words(suffix.map { $0.strip(raw) } ?? raw)
        let parentValues = withParents ? values.dropLast().reversed().filter { !$0.isEmpty } : []
        // A joint region among the parents is worded once, inside the brackets
        // ("Nineveh (Iraq and Syria, joint)"); its own commas then call for `;` between parents.
        // A name that carries brackets of its own would nest the label's brackets
        // (`Shan State (Myanmar (Burma))`) or, quoted, weigh on every bar (`Shan State
        // (“Myanmar (Burma)”)` 25 times on the real Myanmar chart): such a label is written
        // as a newsroom writes it instead, `Shan State, Myanmar (Burma)`, `Idlib (province),
        // Syria` (review41 N2, stop 37; ``TallyCore/BracketedNames``). A joint region's
        // words keep their own brackets and quote their members (``JointRegion/list``).
        let hasJoint = parentValues.contains(where: JointRegion.isJoint) || JointRegion.isJoint(raw)
        let commaForm = !hasJoint && !parentValues.isEmpty
            && (commaForm ?? GroupLabel.needsCommaForm([values]))
        func quoted(_ name: String) -> String {
            commaForm ? name : BracketedNames.name(name) { Messages.text("actor.quote", ["name": $0]) }
        }
        let parents = parentValues.map { JointRegion.isJoint($0) ? JointRegion.parentWords($0) : quoted($0) }
        let between = parentValues.count > 1 && parentValues.contains(where: JointRegion.isJoint) ? "; " : ", "
        if last.isEmpty {
            // The data's own unit when its names carry one ("(governorate not given)").
            // Else what the row's country calls it ("Syria (governorate not given)").
            let country = grouping.keys.firstIndex(of: .country).flatMap { values.indices.contains($0) ? values[$0] : nil }
            let own = grouping.keys.last == .adm1 ? country.flatMap(ChartWords.firstLevelUnit(ofCountry:)) : nil
            let word = grouping.extraColumns.isEmpty ? missingWord(grouping.keys.last!, unit: ChartWords.unit(suffix) ?? own)
                : grouping.extraColumns.last!
            let unit = ChartWords.localNoun(word)
            if commaForm {
                return Messages.text("bar.not_given.within", ["parents": Bidi.isolate(parents.joined(separator: between)), "unit": unit])
            }
            let notGiven = Messages.text("bar.not_given", ["unit": unit])
            return parents.isEmpty ? notGiven : Bidi.isolate(parents.joined(separator: between)) + " " + notGiven
        }
        if commaForm {
            return Messages.text("label.within", ["name": Bidi.isolate(last), "parents": Bidi.isolate(parents.joined(separator: between))])
        }
        // Each name is its own isolate, so "بلخ (Afghanistan)" keeps the name first and the
        // brackets around the country instead of letting the Arabic run reorder the line.
        return parents.isEmpty ? last : Bidi.isolate(JointRegion.isJoint(raw) ? last : quoted(last)) + " (" + Bidi.isolate(parents.joined(separator: between)) + ")"
    }

    /// Whether the rows' parent keys differ, so labels need them to be told apart.
    public static func needsParents(_ rows: [AggregateRow], grouping: Grouping) -> Bool {
        needsParents(rows.map { $0.keyValues(grouping) })
    }

    /// Whether labels of groups given by their key values take the comma form: some
    /// name among them carries brackets of its own (UCDP's `Myanmar (Burma)`), so the
    /// label's brackets would nest. Every label of the chart then takes it, so that
    /// `Chittagong Division, Bangladesh` stands beside `Shan State, Myanmar (Burma)`.
    /// A name with a comma of its own (`Congo, Dem. Rep.`, `Bogotá, D.C.`) would make the
    /// comma form ambiguous (`North Kivu, Congo, Dem. Rep.`: review43 N1), so a chart with
    /// one keeps the bracket form.
    public static func needsCommaForm(_ values: [[String]]) -> Bool {
        values.contains { $0.contains(where: { !JointRegion.isJoint($0) && BracketedNames.carriesBrackets($0) }) }
            && !values.contains { $0.contains(where: { !JointRegion.isJoint($0) && $0.contains(",") }) }
    }

    /// Whether groups given by their key values differ in their parent keys.
    public static func needsParents(_ values: [[String]]) -> Bool {
        guard let first = values.first else { return false }
        let p0 = first.dropLast()
        return values.contains { $0.dropLast() != p0 }
    }

    static func missingWord(_ key: GroupKey, unit: String? = nil) -> String {
        switch key {
        case .country: "country"
        case .adm1: unit ?? "province"
        case .adm2: unit ?? "district"
        case .actor: "actor"
        }
    }
}

/// Positions of everything a bar chart draws, computed before drawing so tests can check
/// them as numbers.
///
/// Names sit beside their bars, wrapped to two lines where long; where a name needs
/// three lines, or the bars would keep less than 40 % of the width (a 400-wide mobile
/// chart), every name goes on its own line(s) above its bar, across the whole width.
/// No name is shortened. Rows never get thinner than their text: when a fixed height
/// cannot hold every bar, the tail is folded into "N others" and ``foldedByLayout``
/// says how many groups went, so the command can say so.
public struct BarChartLayout: Sendable {
    public enum LabelPosition: Sendable, Equatable { case beside, above }

    public struct Row: Sendable {
        public let bar: BarChart.Bar
        /// The printed name, its lines joined by a space.
        public var label: String { labelLines.joined(separator: " ") }
        /// The name's lines: one, two beside the bar, any number above it.
        public let labelLines: [String]
        public let labelBox: Rect
        /// The solid bar from zero to the best estimate; for a range given with no best
        /// (``Estimate/isRangeOnly``) the floating bar from low to high instead.
        public let barRect: Rect
        /// Whether ``barRect`` floats from low to high: the source gave no best, so no
        /// bar is drawn to the midpoint the rules chose.
        public var floats: Bool { bar.estimate.isRangeOnly }
        /// x of the whisker's ends (low, high) when the range is not a single value; for
        /// an unbounded estimate the end is the arrow's tip.
        public let whisker: (low: Double, high: Double)?
        /// The arrow tip of an open-ended ("at least") estimate.
        public let arrowTip: Point?
        public let value: String
        public let valueBox: Rect
        /// The bar's note (``BarChart/Bar/note``) as drawn: after the value on one line,
        /// or wrapped under the bar (``BarChartLayout/noteUnderPointer``) when it would
        /// take the plot's width.
        public var note: String? = nil
        /// The note's lines (one when it follows the value).
        public var noteLines: [String] = []
        /// All the note's lines.
        public var noteBox: Rect? = nil
        public var centerY: Double { barRect.midY }
    }

    public let frame: FrameLayout
    public let plot: Rect
    public let scale: LinearScale
    public let axis: ValueAxis
    public let rows: [Row]
    public let labelFont: Font
    public let valueFont: Font
    public let size: Size
    public let labelPosition: LabelPosition
    /// How many of the chart's bars the layout folded into one "N others" bar because
    /// the height could not hold a readable row for each; 0 when every bar is drawn.
    public let foldedByLayout: Int
    /// Bars drawn in the accent colour, the rest in grey (``BarChart/highlighted``).
    public var highlighted: Set<String> = []

    static let gutter = 12.0
    /// The tallest a row gets: three bars stretched over a 16:9 frame would look like a
    /// different chart.
    public static let maximumBand = 64.0
    /// The band a bar chart is drawn at when its height follows its bars.
    public static let naturalBand = 44.0
    static let valueGap = 8.0
    /// Between a value and the note pointing at its bar.
    static let noteGap = 10.0
    /// What a note starts with: it points back at the bar whose value it follows.
    public static let notePointer = "\u{2190} "
    /// What a note wrapped under its bar starts with: it points up at the bar.
    public static let noteUnderPointer = "\u{2191} "
    /// What a note starts with in a right-to-left chart, where it is left of its value.
    public static let rightToLeftNotePointer = "\u{2192} "

    /// What a note beside its value starts with in `direction`.
    public static func notePointer(_ direction: LayoutDirection) -> String {
        direction.isRightToLeft ? rightToLeftNotePointer : notePointer
    }
    /// A note stays on one line after its value only while the plot keeps this share
    /// of the width; a longer one wraps under its bar (issue 13 review F7: a
    /// 100-character note left a 130-unit plot at 1200 wide).
    static let plotShareWithNote = 0.5
    public static let arrowLength = 26.0
    /// Free space between one row's text and the next.
    static let rowPadding = 6.0
    /// The bar's thickness when names sit above the bars.
    static let thinBar = 16.0

    /// The height a bar chart of `bars` rows takes when nothing is measured (reports
    /// before layout); ``BarChart/fit(width:theme:canvas:)`` measures the real need.
    public static func preferredHeight(bars: Int, maximum: Int = 675) -> Int {
        min(maximum, max(300, 200 + Int(maximumBand) * bars))
    }

    /// Where names go and what each row needs, for the chart's bars at a content width.
    struct Plan {
        let position: LabelPosition
        let labels: [[String]]
        let values: [String]
        /// Each bar's note as drawn (``BarChartLayout/notePointer`` and the text).
        let notes: [String?]
        /// Whether notes are wrapped under their bars rather than after their values.
        let notesUnder: Bool
        /// Each bar's note lines (under the bar: wrapped, the first with the pointer).
        let noteLines: [[String]]
        /// Where the lines of a note under its bar start, after the pointer.
        let noteIndent: Double
        let labelWidth: Double
        let valueWidth: Double
        let lineHeight: Double
        let valueHeight: Double
        let anyOpen: Bool
        /// The smallest band of each row (beside: one uniform band; above: per row).
        let rowHeights: [Double]

        init(bars: [BarChart.Bar], width: Double, theme: Theme, canvas: Canvas) {
            let labelFont = theme.labelFont, valueFont = theme.valueFont
            lineHeight = canvas.measure("Ag", font: labelFont).height
            values = bars.map { Bidi.isolate($0.valueText) }
            let direction = theme.direction
            let pointerBeside = BarChartLayout.notePointer(direction)
            let notesBeside = bars.map { $0.note.map { Bidi.line(pointerBeside + Bidi.isolate($0), direction: direction) } }
            // A note is drawn after its value, so the two reserve room together.
            let valuesOnly = values.map { canvas.measure($0, font: valueFont).width }.max() ?? 0
            let withNotes = zip(values, notesBeside).map { value, note in
                canvas.measure(value, font: valueFont).width
                    + (note.map { BarChartLayout.noteGap + canvas.measure($0, font: labelFont).width } ?? 0)
            }.max() ?? 0
            valueHeight = canvas.measure("0", font: valueFont).height
            anyOpen = bars.contains { $0.estimate.isUnbounded }
            let arrow = anyOpen ? BarChartLayout.arrowLength : 0
            let column = width * 0.32
            // Beside a bar a name takes at most two lines; a third says "go above".
            let beside = bars.map { TextWrap.lines($0.label, width: column, font: labelFont, canvas: canvas, maxLines: 3) }
            let besideWidth = beside.flatMap { $0 }.map { canvas.measure(Bidi.isolate($0), font: labelFont).width }.max() ?? 0
            let namesFit = beside.allSatisfy { $0.count <= 2 }
            // A note on one line after its value while the plot keeps half the width;
            // else every note wraps under its bar and the values alone take the tail.
            let nameRoom = namesFit ? besideWidth + BarChartLayout.gutter : 0
            notesUnder = withNotes > valuesOnly
                && (width - nameRoom - BarChartLayout.valueGap - withNotes - arrow) / max(1, width) < BarChartLayout.plotShareWithNote
            notes = notesBeside
            valueWidth = notesUnder ? valuesOnly : withNotes
            let tail = BarChartLayout.valueGap + valueWidth + arrow
            let plotShare = (width - besideWidth - BarChartLayout.gutter - tail) / max(1, width)
            let lh = lineHeight
            if namesFit, plotShare >= 0.4 {
                position = .beside
                labels = beside.map { $0.map(Bidi.isolate) }
                labelWidth = besideWidth
            } else {
                position = .above
                let limit = TextWrap.lineLimit(font: labelFont)
                labels = bars.map { TextWrap.lines($0.label, width: width, font: labelFont, canvas: canvas, maxLines: limit).map(Bidi.isolate) }
                labelWidth = labels.flatMap { $0 }.map { canvas.measure($0, font: labelFont).width }.max() ?? 0
            }
            // A note under its bar starts where the bar starts and wraps to the right edge.
            let pointer = BarChartLayout.noteUnderPointer
            noteIndent = canvas.measure(pointer, font: labelFont).width
            let noteWidth = max(1, width - (position == .beside ? labelWidth + BarChartLayout.gutter : 0) - noteIndent)
            let wrapUnder = notesUnder
            let wrapped: [[String]] = bars.map { bar in
                guard let note = bar.note else { return [] }
                guard wrapUnder else { return [Bidi.line(pointerBeside + Bidi.isolate(note), direction: direction)] }
                let lines = TextWrap.lines(note, width: noteWidth, font: labelFont, canvas: canvas,
                                           maxLines: TextWrap.lineLimit(font: labelFont)).map { Bidi.isolate($0, direction: direction, paragraph: note) }
                return lines.enumerated().map { $0.offset == 0 ? Bidi.line(pointer + $0.element, direction: direction) : $0.element }
            }
            noteLines = wrapped
            let under = wrapped.map { wrapUnder && !$0.isEmpty ? lh * Double($0.count) + 2 : 0 }
            let names = labels
            switch position {
            case .beside:
                let lines = Double(names.map(\.count).max() ?? 1)
                let band = max(lh * lines, valueHeight) + BarChartLayout.rowPadding
                rowHeights = under.map { band + $0 }
            case .above:
                let barRow = max(BarChartLayout.thinBar, valueHeight)
                rowHeights = zip(names, under).map { lh * Double($0.count) + 2 + barRow + BarChartLayout.rowPadding + 4 + $1 }
            }
        }

        /// The rows' total height at their smallest.
        var minimumHeight: Double { rowHeights.reduce(0, +) }
    }

    static func axisHeight(theme: Theme, canvas: Canvas) -> Double {
        canvas.measure("0", font: theme.tickFont).height + 8
    }

    public init(chart: BarChart, size: Size, theme: Theme, canvas: Canvas) {
        self.size = size
        frame = FrameLayout(text: chart.text, size: size, theme: theme, canvas: canvas)
        let content = frame.content
        labelFont = theme.labelFont
        valueFont = theme.valueFont
        let available = content.height - BarChartLayout.axisHeight(theme: theme, canvas: canvas)

        // Fold the tail until the rows fit at their smallest band, keeping at least one
        // bar and the "others" bar: never thinner rows with smaller type.
        var shown = chart.bars
        var plan = Plan(bars: shown, width: content.width, theme: theme, canvas: canvas)
        if plan.minimumHeight > available, shown.count > 2 {
            // The most bars kept whose rows fit, by bisection (each plan measures every name).
            var lo = 1, hi = shown.count - 2
            var best = (BarChart.foldedForLayout(chart.bars, keeping: 1), Plan(bars: BarChart.foldedForLayout(chart.bars, keeping: 1),
                                                                    width: content.width, theme: theme, canvas: canvas))
            while lo <= hi {
                let mid = (lo + hi) / 2
                let candidate = BarChart.foldedForLayout(chart.bars, keeping: mid)
                let p = Plan(bars: candidate, width: content.width, theme: theme, canvas: canvas)
                if p.minimumHeight <= available { best = (candidate, p); lo = mid + 1 } else { hi = mid - 1 }
            }
            (shown, plan) = best
        }
        foldedByLayout = shown.count < chart.bars.count ? chart.bars.count - (shown.count - 1) : 0
        labelPosition = plan.position

        // Rows share the spare height up to ``maximumBand`` each.
        let spare = max(0, available - plan.minimumHeight)
        let grow = min(spare / Double(max(1, shown.count)),
                       max(0, BarChartLayout.maximumBand - (plan.rowHeights.max() ?? 0)))
        let heights = plan.rowHeights.map { $0 + grow }
        let rowsHeight = heights.reduce(0, +)

        let tail = BarChartLayout.valueGap + plan.valueWidth + (plan.anyOpen ? BarChartLayout.arrowLength : 0)
        let left = plan.position == .beside ? content.x + plan.labelWidth + BarChartLayout.gutter : content.x
        let right = content.maxX - tail
        plot = Rect(x: left, y: content.y, width: max(10, right - left), height: rowsHeight)

        let dataMax = shown.map { Double($0.estimate.high ?? $0.estimate.shownBest) }.max() ?? 1
        axis = ValueAxis(max: dataMax, length: plot.width, font: theme.tickFont, canvas: canvas)
        scale = LinearScale(domain: (0, axis.ticks.upper), range: (plot.minX, plot.maxX))

        var rows: [Row] = []
        var top = content.y
        let lineHeight = plan.lineHeight
        for (i, bar) in shown.enumerated() {
            let e = bar.estimate
            let band = heights[i]
            let lines = plan.labels[i]
            // A note under the bar takes the foot of the row; the bar, its name and value the rest.
            let noteHeight = plan.notesUnder && !plan.noteLines[i].isEmpty ? lineHeight * Double(plan.noteLines[i].count) + 2 : 0
            let upper = band - noteHeight
            let textHeight = lineHeight * Double(lines.count)
            let cy: Double, barHeight: Double, labelBox: Rect
            let widest = lines.map { canvas.measure($0, font: theme.labelFont).width }.max() ?? 0
            switch plan.position {
            case .beside:
                cy = top + upper / 2
                barHeight = min(upper * 0.64, 36)
                labelBox = Rect(x: left - BarChartLayout.gutter - widest, y: cy - textHeight / 2, width: widest, height: textHeight)
            case .above:
                let barRow = upper - textHeight - 2 - BarChartLayout.rowPadding
                labelBox = Rect(x: content.x, y: top + 2, width: widest, height: textHeight)
                barHeight = min(max(BarChartLayout.thinBar, barRow - 4), 28)
                cy = labelBox.maxY + 2 + barRow / 2
            }
            var whisker: (Double, Double)? = nil
            var tip: Point? = nil
            let barRect: Rect
            if e.isRangeOnly, let high = e.high {
                barRect = Rect(x: scale(Double(e.low)), y: cy - barHeight / 2,
                               width: scale(Double(high)) - scale(Double(e.low)), height: barHeight)
            } else {
                // An open-ended figure with no stated best is drawn to its floor (``Estimate/shownBest``).
                barRect = Rect(x: scale(0), y: cy - barHeight / 2, width: scale(Double(e.shownBest)) - scale(0), height: barHeight)
            }
            var end = barRect.maxX
            if e.isRangeOnly {
                // The floating bar is the range: no whisker over it.
            } else if let high = e.high {
                if e.low != high {
                    whisker = (scale(Double(e.low)), scale(Double(high)))
                    end = max(end, scale(Double(high)))
                }
            } else {
                let start = scale(Double(e.shownBest))
                tip = Point(x: start + BarChartLayout.arrowLength, y: cy)
                whisker = (scale(Double(e.low)), start + BarChartLayout.arrowLength)
                end = start + BarChartLayout.arrowLength
            }
            let valueBox = canvas.measure(plan.values[i], font: theme.valueFont)
                .box(at: Point(x: end + BarChartLayout.valueGap, y: cy), anchor: TextAnchor(.left, .middle))
            var row = Row(bar: bar, labelLines: lines, labelBox: labelBox, barRect: barRect, whisker: whisker,
                          arrowTip: tip, value: plan.values[i], valueBox: valueBox)
            if let note = plan.notes[i] {
                row.note = note
                row.noteLines = plan.noteLines[i]
                if plan.notesUnder {
                    let noteTop = plan.position == .beside ? top + upper - BarChartLayout.rowPadding / 2 + 2
                        : cy + (upper - textHeight - 2 - BarChartLayout.rowPadding) / 2 + 2
                    let widest = row.noteLines.enumerated().map { n, line in
                        canvas.measure(line, font: theme.labelFont).width + (n == 0 ? 0 : plan.noteIndent)
                    }.max() ?? 0
                    row.noteBox = Rect(x: left, y: noteTop, width: widest, height: noteHeight - 2)
                } else {
                    row.noteBox = canvas.measure(note, font: theme.labelFont)
                        .box(at: Point(x: valueBox.maxX + BarChartLayout.noteGap, y: cy), anchor: TextAnchor(.left, .middle))
                }
            }
            rows.append(row)
            top += band
        }
        self.rows = rows
    }

    /// Room needed at `width`: the frame, every bar at the natural band (or its text, if
    /// taller), and the axis; at least one bar and "N others" at the smallest band.
    static func fit(chart: BarChart, width: Double, theme: Theme, canvas: Canvas) -> ChartFit {
        if let p = TextBounds.problem(text: chart.text, credit: theme.credit, names: chart.bars.map(\.label),
                                      annotations: chart.bars.compactMap(\.note)) { return .refusing(p) }
        let frame = FrameLayout(text: chart.text, size: Size(width: width, height: 1_000), theme: theme, canvas: canvas)
        let plan = Plan(bars: chart.bars, width: frame.content.width, theme: theme, canvas: canvas)
        let axis = axisHeight(theme: theme, canvas: canvas)
        let natural = plan.rowHeights.reduce(0) { $0 + max($1, naturalBand) }
        // Fewest rows that still say something: every bar when there are one or two, else
        // the largest and one "N others".
        let least = chart.bars.count <= 2 ? plan.minimumHeight
            : Plan(bars: BarChart.foldedForLayout(chart.bars, keeping: 1), width: frame.content.width, theme: theme, canvas: canvas).minimumHeight
        let noun = chart.bars.count == 1 ? "1 bar" : "\(chart.bars.count) bars"
        let parts = frame.describe() + ", " + (chart.bars.count <= 2 ? noun : "the largest bar with \"N others\"") + " and the axis"
        var widthProblem: String? = nil
        let tail = valueGap + plan.valueWidth + (plan.anyOpen ? arrowLength : 0)
        if frame.content.width - tail < 60 {
            // A note that would leave no room follows its bar's value no more (``Plan/notesUnder``).
            widthProblem = "a chart \(Int(width)) wide has no room for bars beside values as wide as \(Int(plan.valueWidth.rounded(.up))): give a larger --width"
        }
        return ChartFit(naturalHeight: (frame.chromeHeight + natural + axis).rounded(.up),
                        minimumHeight: (frame.chromeHeight + least + axis).rounded(.up), parts: parts, widthProblem: widthProblem)
    }

    public func draw(on canvas: Canvas, theme: Theme) {
        frame.draw(on: canvas, size: size, theme: theme)
        let tickTop = plot.maxY + 8
        for (value, label) in zip(axis.ticks.values, axis.labels) {
            let x = scale(value)
            canvas.line(from: Point(x: x, y: plot.minY), to: Point(x: x, y: plot.maxY), color: theme.grid, width: 1)
            canvas.text(label, at: Point(x: x, y: tickTop), font: theme.tickFont, color: theme.mutedText,
                        anchor: TextAnchor(.center, .top))
        }
        for row in rows {
            let color = row.bar.isOthers || row.bar.isNotGiven ? theme.others
                : highlighted.isEmpty ? theme.primary
                : highlighted.contains(row.bar.label) ? theme.accent : theme.others
            if row.floats {
                // A range with no best: a pale bar from low to high with a solid outline,
                // so it cannot be read as a bar ending at a figure.
                canvas.fill(row.barRect, color: color.withAlpha(0.3))
                let r = row.barRect
                canvas.stroke([Point(x: r.minX, y: r.minY), Point(x: r.maxX, y: r.minY), Point(x: r.maxX, y: r.maxY),
                               Point(x: r.minX, y: r.maxY), Point(x: r.minX, y: r.minY)], color: color, width: 2)
            } else {
                canvas.fill(row.barRect, color: color)
            }
            if let (low, high) = row.whisker {
                let y = row.centerY
                let cap = row.barRect.height * 0.5
                canvas.line(from: Point(x: low, y: y), to: Point(x: high, y: y), color: theme.whisker, width: 2)
                canvas.line(from: Point(x: low, y: y - cap / 2), to: Point(x: low, y: y + cap / 2),
                            color: theme.whisker, width: 2)
                if let tip = row.arrowTip {
                    let head = min(9.0, cap * 0.7)
                    canvas.fill([Point(x: tip.x, y: tip.y), Point(x: tip.x - head * 1.3, y: tip.y - head / 2 - 1),
                                 Point(x: tip.x - head * 1.3, y: tip.y + head / 2 + 1)], color: theme.whisker)
                } else {
                    canvas.line(from: Point(x: high, y: y - cap / 2), to: Point(x: high, y: y + cap / 2),
                                color: theme.whisker, width: 2)
                }
            }
            let lineHeight = row.labelBox.height / Double(max(1, row.labelLines.count))
            let textColor = row.bar.isOthers || row.bar.isNotGiven ? theme.mutedText : theme.text
            // Beside a bar every name aligns right; above it a left-to-right name aligns
            // left and a right-to-left one right, every line of it (issue 13). Drawn
            // mirrored (a right-to-left chart), every name above its bar aligns right.
            let right = labelPosition == .beside || (!theme.direction.isRightToLeft && Bidi.isRightToLeftParagraph(row.bar.label))
            for (n, line) in row.labelLines.enumerated() {
                let y = row.labelBox.minY + lineHeight * (Double(n) + 0.5)
                canvas.text(line, at: Point(x: right ? row.labelBox.maxX : row.labelBox.minX, y: y), font: labelFont,
                            color: textColor, anchor: TextAnchor(right ? .right : .left, .middle))
            }
            canvas.text(row.value, at: Point(x: row.valueBox.minX, y: row.centerY),
                        font: valueFont, color: textColor, anchor: TextAnchor(.left, .middle))
            if let box = row.noteBox, row.noteLines.count == 1,
               Bidi.stripped(row.noteLines[0]).hasPrefix(BarChartLayout.notePointer(theme.direction)) {
                canvas.text(row.noteLines[0], at: Point(x: box.minX, y: row.centerY), font: labelFont, color: theme.text,
                            anchor: TextAnchor(.left, .middle))
            } else if let box = row.noteBox {
                // Wrapped under the bar: the pointer hangs, the lines after it align with the text.
                let lh = box.height / Double(max(1, row.noteLines.count))
                let indent = canvas.measure(BarChartLayout.noteUnderPointer, font: labelFont).width
                for (n, line) in row.noteLines.enumerated() {
                    canvas.text(line, at: Point(x: box.minX + (n == 0 ? 0 : indent), y: box.minY + lh * Double(n)),
                                font: labelFont, color: theme.text, anchor: TextAnchor(.left, .top))
                }
            }
        }
        canvas.line(from: Point(x: scale(0), y: plot.minY), to: Point(x: scale(0), y: plot.maxY), color: theme.axis, width: 1.5)
    }
}
