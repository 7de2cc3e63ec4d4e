import ArgumentParser
import TallyCairo
import TallyCharts
import TallyCore
import TallyIO
import TallyReport

struct Chart: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw bar and timeline charts with their uncertainty, to PNG, PDF or SVG.",
        discussion: """
        Ranges are drawn, not hidden: a bar for "5,000 to 7,000" carries a whisker from low to high, an open-ended figure ("at least 12") ends in an arrow, and every value is labelled as tally prints it (5,000–7,000, 12+, ~40). The format follows the extension of -o; the same inputs and options give byte-identical files. See docs/charts.md.

        Examples:
          tally chart bar events.csv --measure killed --top 10 -o killed.png
          tally chart bar events.csv --by adm1 --measure killed --period 2023 -o a.pdf
          tally chart timeline events.csv --measure killed --period month \\
              --by country --annotate 2021-08-15="Taliban takeover" -o monthly.svg
        """,
        subcommands: [ChartBar.self, ChartTimeline.self]
    )
}

/// Options of every chart: wording, size, theme and output file.
struct ChartOptions: ParsableArguments {
    @Option(name: .long, help: "Headline (default: the measure and the grouping).")
    var title: String?

    @Option(name: .long, help: "Line under the headline (default: what is shown and when).")
    var subtitle: String?

    @Option(name: .long, help: ArgumentHelp("Footer text, replacing the source line built from the data's source column.", valueName: "text"))
    var note: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file; the extension picks the format: .png, .pdf or .svg.", valueName: "file"))
    var output: String

    @Option(name: .customLong("width"), help: ArgumentHelp("Width in pixels (PNG at scale 1) or points (PDF, SVG); default 1200, or the style file's.", valueName: "width"))
    var widthOption: Int?

    @Option(name: .customLong("height"), help: ArgumentHelp("Height in pixels or points (default: what the chart needs; a bar chart takes the height of its bars, a timeline 16:9 of the width unless its words need more).", valueName: "height"))
    var heightOption: Int?

    @Option(name: .customLong("scale"), help: ArgumentHelp("PNG pixel density: the image is width×scale by height×scale pixels (default 1).", valueName: "scale"))
    var scaleOption: Int?

    @Option(name: .customLong("theme"), help: ArgumentHelp("light or dark (default light, or the style file's).", valueName: "theme"))
    var themeOption: ThemeName?

    @Option(name: .long, help: ArgumentHelp("Font family for all text (overrides the style file's fonts).", valueName: "family"))
    var font: String?

    @Option(name: .long, help: ArgumentHelp("Style file (YAML): font families, type sizes, colours, palette, logo, credit line, default size. See docs/charts.md.", valueName: "file"))
    var style: String?

    @Option(name: .long, help: ArgumentHelp("The chart in words for readers who cannot see it, replacing the description generated from the figures (SVG <desc>, PNG Description, PDF /Alt, --json).", valueName: "text"))
    var alt: String?

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Draw this bar or line in the accent colour and the rest in grey (repeatable). The name as printed, without case, or without its parents (Balkh for \"Balkh (Afghanistan)\"); a name the chart does not draw is an error naming the nearest ones.", valueName: "name"))
    var highlight: [String] = []

    @Flag(name: .long, help: "Print what was written as one JSON object: file, format, size, headline and alt text.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Digits of a chart written under --locale ar or fa: latin or native (default: CLDR's, latin for ar and Persian for fa).", valueName: "latin|native"))
    var digits: DisplayLocale.Digits?

    @Option(name: .customLong("read-locale"), help: ArgumentHelp("How digits in estimate text are written, when it is not the chart's --locale (e.g. --locale fr --read-locale en for a French chart of English text).", valueName: "locale"))
    var readLocale: String?

    enum ThemeName: String, ExpressibleByArgument, CaseIterable { case light, dark }

    /// The chart's language (`--locale`, `--digits`); exit 64 for one charts are not written in.
    func displayLocale(_ input: InputFlags) throws -> DisplayLocale {
        try tally.displayLocale(input.locale, digits: digits, read: "--read-locale")
    }

    /// `--read-locale` replaces `--locale` as the convention estimate text is read in.
    func applyReading(to request: inout IngestRequest) {
        // A refusal names --read-locale: --locale would also change the chart's language.
        request.localeAdvice = .readOption
        if let code = readLocale, let convention = NumberConvention(locale: code) { request.numberConvention = convention }
    }

    var format: ChartFormat? { ChartFormat(path: output) }

    /// Words the chart draws may hold no bidi embedding, override or isolate
    /// (``UserText``): `--title "Killed\u{202E}"` reversed what followed it.
    static func refuseReordering(_ option: String, _ text: String) throws {
        if let c = UserText.reordering(in: text) {
            throw ValidationError("\(option) contains \(c), which reorders the text drawn after it; remove it "
                                  + "(--locale ar or fa lays a chart out right to left; the marks U+200E and U+200F are allowed)")
        }
    }

    func validate() throws {
        // `-` is standard input among the inputs, and standard output for `aggregate -o -`;
        // a chart's format comes from its file name, which standard output has none of.
        if output == "-" {
            throw ValidationError("-o -: a chart's format comes from its file name (.png, .pdf or .svg), and standard output has none; write a file (-o chart.png), or -o ./-.png for a file named -.png")
        }
        guard format != nil else {
            throw ValidationError("-o \(output): unknown chart format (use a .png, .pdf or .svg file name)")
        }
        guard (16...16000).contains(widthOption ?? 16), (16...16000).contains(heightOption ?? 16) else {
            throw ValidationError("--width and --height must be between 16 and 16000")
        }
        guard (1...8).contains(scaleOption ?? 1) else {
            throw ValidationError("--scale must be between 1 and 8")
        }
        for (option, text) in [("--title", title), ("--subtitle", subtitle), ("--note", note), ("--alt", alt)] {
            if let text { try Self.refuseReordering(option, text) }
        }
        if highlight.contains(where: { !$0.contains(where: { !$0.isWhitespace }) }) {
            throw ValidationError("--highlight is empty: give the name of a bar or line as the chart prints it")
        }
        if let alt, !alt.contains(where: { !$0.isWhitespace }) {
            throw ValidationError("--alt is empty: write the chart in words, or leave out --alt for the generated description")
        }
    }

    /// The labels `--highlight` names among `labels`; a name that names none is a usage
    /// error (64) with the nearest names, or, for one in `all` but not drawn, how to
    /// draw it (`notDrawn`).
    func highlighted(among labels: [String], all: [String]? = nil, suffix: SharedSuffix? = nil,
                     notDrawn: (String, Int) -> String = { _, _ in "is not drawn" }) throws -> Set<String> {
        switch Highlight.labels(highlight, in: labels, all: all, suffix: suffix, notDrawn: notDrawn) {
        case let .success(set): return set
        case let .failure(error): throw TallyError.usage("--highlight " + error.description)
        }
    }

    /// `--json`: what was written, with the words a reader's tools get.
    func printJSON(_ drawing: some ChartDrawing, setup: ChartSetup, height: Int) throws {
        guard json else { return }
        let fields = [
            "\"output\": " + ResultWriter.jsonString(output),
            "\"format\": " + ResultWriter.jsonString(setup.format.rawValue),
            "\"width\": \(setup.width)", "\"height\": \(height)", "\"scale\": \(setup.scale)",
            "\"title\": " + ResultWriter.jsonString(drawing.headline),
            "\"alt\": " + ResultWriter.jsonString(drawing.altText),
        ]
        try writeStdout(Array(("{" + fields.joined(separator: ", ") + "}\n").utf8))
    }

    /// The files a chart reads besides its data: the style file and its logo. An `-o`
    /// naming one of them is refused like one naming a dataset.
    func filesRead() throws -> [String] {
        guard let style else { return [] }
        return [style, try StyleFile.load(style).theme.logo?.file].compactMap { $0 }
    }

    /// The style file, fonts and size, settled before any data is read: a style file
    /// naming a font family that is not installed, `--font` naming one, or a fixed size
    /// too large for a PNG is a usage error here.
    /// - Parameter direction: which way the chart reads (right to left under `--locale ar`).
    func setup(direction: LayoutDirection = DisplayLocale.current.direction) throws -> ChartSetup {
        let loaded = try style.map { path throws in try StyleFile.load(path) }
        var theme: Theme = themeOption.map { $0 == .dark ? .dark : .light } ?? loaded?.theme ?? .light
        if let loaded, let themeOption {
            // --theme picks the base colours; the style's fonts, logo and credit stay.
            let base: Theme = themeOption == .dark ? .dark : .light
            var t = loaded.theme
            for k in [\Theme.background, \.text, \.mutedText, \.grid, \.axis, \.others, \.whisker, \.annotation] { t[keyPath: k] = base[keyPath: k] }
            t.series = base.series; t.primary = base.primary; t.bandOpacity = base.bandOpacity
            theme = t
        }
        theme.direction = direction
        let family: String
        if let font {
            family = try FontChoice.resolve(font, explicit: true).family
            for k in [\Theme.titleFont, \.subtitleFont, \.labelFont, \.valueFont, \.tickFont, \.sourceFont] { theme[keyPath: k].family = nil }
        } else if let body = loaded?.bodyFamily {
            family = body
        } else {
            let choice = try FontChoice.resolve(RenderOptions.defaultFont, explicit: false)
            if let warning = choice.warning { writeStderr("tally: " + warning + "\n") }
            family = choice.family
        }
        let width = widthOption ?? loaded?.width ?? 1200
        let height = heightOption ?? loaded?.height
        let scale = scaleOption ?? loaded?.scale ?? 1
        guard width * scale <= 32000, (height ?? 16) * scale <= 32000 else {
            throw TallyError.usage("--scale \(scale): the image would be more than 32000 pixels wide or high")
        }
        if format == .png, let height, let problem = ChartRenderer.pngSizeProblem(width: width, height: height, scale: scale) {
            throw TallyError.usage("--width, --height, --scale: " + problem)
        }
        return ChartSetup(format: format!, output: output, width: width, height: height, scale: scale, theme: theme, fontFamily: family)
    }

    /// `--note`, else the rows' `source` values, most frequent first, as a sentence
    /// (``ChartWords/sources(_:named:)``).
    /// - Parameter footnotes: lines the chart must carry whatever `--note` says (what
    ///   the periods leave out, what the range marks mean), one per line under it.
    func sourceLine(_ sources: [String], extra: String = "", footnotes: [String] = []) -> String {
        var line: String
        if let note {
            line = note
        } else {
            line = ChartWords.sources(sources)
        }
        if !extra.isEmpty { line += " · " + extra }
        for f in footnotes { line += "\n" + f }
        return line
    }

}

/// Size, theme and fonts of one chart, settled from the options and the style file.
struct ChartSetup {
    let format: ChartFormat
    let output: String
    let width: Int
    /// `--height` (or the style file's), when fixed.
    let height: Int?
    let scale: Int
    let theme: Theme
    let fontFamily: String

    /// The tallest chart tally draws when the height follows the content.
    var maximumHeight: Int { min(16000, 32000 / scale) }

    /// The chart's height: the fixed one when everything fits in it, else the height
    /// the content needs. Nothing is cut silently: a headline or note that does not fit
    /// a fixed size is a usage error (64) naming what needs the room.
    func chartHeight(for chart: some ChartDrawing) throws -> Int {
        let fit = ChartRenderer.fit(chart, width: width, theme: theme, fontFamily: fontFamily)
        if let p = fit.textProblem { throw TallyError(exitCode: p.inData ? 65 : 64, message: p.message) }
        if let problem = fit.widthProblem { throw TallyError.usage("--width \(width): \(problem)") }
        if let height {
            if let problem = fit.problem(width: Double(width), height: Double(height)) {
                throw TallyError.usage("--height \(height): \(problem); leave out --height to let the chart take the room it needs, or shorten the text")
            }
            return height
        }
        if let problem = fit.problem(width: Double(width), height: Double(maximumHeight)) {
            throw TallyError.usage("\(problem), more than the largest chart tally draws (\(maximumHeight) high at --scale \(scale)); shorten the text")
        }
        let natural = max(16, min(maximumHeight, Int(fit.naturalHeight.rounded(.up))))
        if format == .png, let problem = ChartRenderer.pngSizeProblem(width: width, height: natural, scale: scale) {
            throw TallyError.usage("the chart needs a height of \(natural): " + problem)
        }
        return natural
    }

    func renderOptions(height: Int) -> RenderOptions {
        RenderOptions(width: width, height: height, scale: scale, theme: theme, fontFamily: fontFamily)
    }

    /// Renders into memory first, then writes the file atomically: a failed chart
    /// leaves no file and keeps an older one intact (SPEC §5).
    @discardableResult
    func write(_ chart: some ChartDrawing, title: String, height: Int? = nil) throws -> Int {
        let height = try height ?? chartHeight(for: chart)
        let bytes: [UInt8]
        do {
            bytes = try ChartRenderer.render(chart, format: format, options: renderOptions(height: height), title: title)
        } catch {
            if error.isMissingGlyphs { throw TallyError(exitCode: FontChoice.noFontExitCode, message: "\(output): " + error.description) }
            throw TallyError.io("\(output): cannot render chart (\(error.description))")
        }
        // Text drawn in another family than the one chosen (a script it lacks) is said on
        // stderr, or refused before the file is written under TALLY_STRICT_FONTS=1.
        let fallbacks = FontFallbacks.shared.drain()
        if !fallbacks.isEmpty && FontFallbacks.strict {
            throw TallyError(exitCode: FontChoice.noFontExitCode, message: "\(output): TALLY_STRICT_FONTS=1 and "
                             + String(fallbacks[0].dropFirst("warning: ".count).dropLast(FontFallbacks.strictHint.count)))
        }
        try AtomicOutput.write(bytes, to: output)
        for w in fallbacks { writeStderr("tally: " + w + "\n") }
        return height
    }
}

/// The one measure a chart shows, as given; nil without --measure (the data's only
/// measure is then taken, ``chartMeasure(_:in:)``).
func chartMeasure(_ data: DataOptions) throws -> String? {
    let measures = data.measures
    guard measures.count <= 1 else {
        throw ValidationError("--measure: a chart shows exactly one measure, and \(measures.count) are given (\(measures.joined(separator: ", "))); give one, e.g. --measure \(measures[0])")
    }
    return measures.first
}

/// The measure a chart shows: the one given, or without --measure the only one the
/// data holds after filters (an ACLED export's fatalities), said on stderr. Data
/// holding several is refused, naming them: which one to draw is the user's choice.
func chartMeasure(_ typed: String?, in outcome: IngestOutcome) throws -> String {
    if let typed { return outcome.measureName(typed) }
    let measures = Set(outcome.result.rows.map(\.measure)).sorted()
    guard measures.count == 1 else {
        if measures.isEmpty {
            throw TallyError.usage("--measure: a chart shows exactly one measure, and the data holds none after filters to take; give --measure (e.g. --measure killed)")
        }
        throw TallyError.usage("--measure: a chart shows exactly one measure, and the data holds \(measures.count): "
                               + measures.prefix(10).map { "'\(MessageText.excerpt($0, limit: 40))'" }.joined(separator: ", ")
                               + (measures.count > 10 ? ", …" : "") + "; give one, e.g. --measure \(MessageText.excerpt(measures[0], limit: 40))")
    }
    writeStderr("tally: charting '\(MessageText.excerpt(measures[0], limit: 40))', the only measure in the data (--measure chooses one)\n")
    return measures[0]
}

struct ChartBar: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bar",
        abstract: "Horizontal bars of one measure by group, largest first, with ranges.",
        discussion: """
        Flows are summed over the chosen dates; a stock shows each group's latest observation. --period takes one period's label (2023, 2023-Q2, 2023-04, 2023-W14, 2023-04-03) and is the same as the matching --from/--to. --top N folds the rest into one "N others" bar, summed like any other estimate.

        Examples:
          tally chart bar events.csv --measure killed --top 10 -o killed.png
          tally chart bar events.csv --by adm1 --measure members --period 2023 -o m.pdf
        """
    )

    @OptionGroup var data: DataOptions

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Group by: country, adm1, adm2, actor (comma-separated for several).", valueName: "key"))
    var by: [String] = ["country"]

    @Option(name: .long, help: ArgumentHelp("Only this period, by its label: 2023, 2023-Q2, 2023-04, 2023-W14 or 2023-04-03.", valueName: "label"))
    var period: String?

    @Option(name: .long, help: "Show the N largest groups; the rest are summed into one \"N others\" bar.")
    var top: Int?

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("A note pointing at one bar, drawn after its value (repeatable), e.g. Idlib=\"Offensive began 26 April\"; NAME as --highlight takes it.", valueName: "name=text"))
    var annotate: [String] = []

    @OptionGroup var chart: ChartOptions

    func validate() throws {
        _ = try chartMeasure(data)
        _ = try parseGrouping(by)
        _ = try chart.displayLocale(data.input)
        if let code = chart.readLocale, NumberConvention(locale: code) == nil {
            throw ValidationError("--read-locale \(code): unknown (known languages: " + NumberConvention.knownLanguages.joined(separator: ", ") + ")")
        }
        if let top, !(1...ChartBar.maximumTop).contains(top) {
            throw ValidationError("--top must be between 1 and \(ChartBar.maximumTop)")
        }
        for a in annotate { try ChartOptions.refuseReordering("--annotate", a) }
        for a in annotate where BarChart.Note(argument: a) == nil {
            throw ValidationError("--annotate \"\(a)\": expected NAME=TEXT, the name of a bar and the note's text")
        }
        if let period {
            guard PeriodKind.span(ofLabel: period) != nil else {
                throw ValidationError("--period: \"\(period)\" is not a period label (2023, 2023-Q2, 2023-04, 2023-W14, 2023-04-03)")
            }
            if data.from != nil || data.to != nil {
                throw ValidationError("--period cannot be combined with --from or --to")
            }
        }
    }

    /// More bars than a 16,000-point chart can show; bounds `--top` far from overflow.
    static let maximumTop = 10_000

    func run() throws {
        try DisplayLocale.with(try chart.displayLocale(data.input)) { try draw() }
    }

    /// The first and last months of the records of `measure` the bars hold, for the
    /// subtitle (review38 N6: the span of every row read was said, so a measure whose
    /// records start years after the file's first row claimed coverage it does not have).
    /// The file's own months where they are the measure's (one measure read, no country
    /// or actor filter, or one month); otherwise one more pass by month, whose refusals
    /// the first pass already gave (kept by period, not thrown). Files that cannot be
    /// read twice (standard input, a pipe) keep the file's months.
    func drawnMonths(_ request: IngestRequest, outcome: IngestOutcome, measure: String) throws -> (Int32, Int32)? {
        guard let first = outcome.firstDay, let last = outcome.lastDay else { return nil }
        let whole = (PeriodKind.month.key(first), PeriodKind.month.key(last))
        if whole.0 == whole.1 { return whole }
        if outcome.measuresSeen.count <= 1 && request.filter.countries.isEmpty && request.filter.actors.isEmpty { return whole }
        let regular = request.files.allSatisfy { path in
            path != "-" && FileIdentity(path: path)?.isRegularFile == true
        }
        guard regular else { return whole }
        var byMonth = request
        byMonth.config.period = .month
        byMonth.config.window = nil
        byMonth.collectSources = false
        byMonth.stockRefusalsByPeriod = true
        let result = try Ingest.run(byMonth).result
        let keys = result.rows.filter { $0.measure == measure && !$0.outsideWindow }.map(\.periodKey)
            + result.spanning.filter { $0.measure == measure }.flatMap { [$0.periodKey, $0.lastPeriodKey ?? $0.periodKey] }
        guard let lo = keys.min(), let hi = keys.max() else { return whole }
        return (lo, hi)
    }

    func draw() throws {
        let typedMeasure = try chartMeasure(data)
        let grouping = try parseGrouping(by)
        try checkOutput(chart.output, inputs: data.files + chart.filesRead())
        let setup = try chart.setup()
        // A bar chart of one period aggregates by that period's kind, so an event dated
        // only to a longer span (a year-dated event in a chart of January) goes to its
        // interval row and is left out of the bars, as on a timeline, and said so.
        let kindShown = period.flatMap { PeriodKind.span(ofLabel: $0)?.kind } ?? .all
        var request = data.request(grouping: grouping, period: kindShown, collectSources: chart.note == nil)
        // The footnote counts every event the dates shown leave out by the date-span rule
        // whose span overlaps them, also one starting before them, as a report does.
        request.filter.overlappingSpans = true
        chart.applyReading(to: &request)
        let allDates = Messages.text("when.all_dates")
        var when = allDates
        if let period, let span = PeriodKind.span(ofLabel: period) {
            request.filter.from = span.first
            request.filter.to = span.last
            // "November 2019", "Q2 2023": the period in words, as reports write it.
            when = ReportWords.period(span.kind.key(span.first), kind: span.kind)
        } else if data.from != nil || data.to != nil {
            func day(_ text: String?) -> String {
                guard let text, let d = CalendarDay(text) else { return text ?? "…" }
                return DisplayLocale.current.isEnglish ? text : DisplayLocale.current.isoDay(d)
            }
            when = Messages.text("when.from_to", ["from": day(data.from), "to": day(data.to)])
        }
        // Dates that are not one period: an event whose date span reaches outside them
        // is not counted in them (the date-span rule for a window), and the footer says so.
        let window: ClosedRange<CalendarDay>? = period == nil && (request.filter.from != nil || request.filter.to != nil)
            ? (request.filter.from ?? CalendarDay(daysSinceEpoch: Int32.min / 2)) ... (request.filter.to ?? CalendarDay(daysSinceEpoch: Int32.max / 2))
            : nil
        if let window, window.lowerBound <= window.upperBound { request.config.window = window }
        var outcome = try Ingest.run(request)
        try checkSomeRecordRead(outcome, notes: data)
        try checkWindowMatches(outcome, from: request.filter.from, to: request.filter.to,
                               asked: period.map { "--period \($0)" } ?? windowWords(from: data.from, to: data.to))
        // A period (or the dates) shown that holds a long gap in a dataset's records is
        // partial for its bars and named (the long-gap rule, docs/spec.md §3).
        if kindShown != .all {
            outcome.markThinPeriods(kind: kindShown)
        } else if let from = request.filter.from ?? outcome.firstDay, let to = request.filter.to ?? outcome.lastDay, from <= to,
                  request.filter.from != nil || request.filter.to != nil {
            outcome.markThinPeriods(kind: .all, window: from ... to)
        }
        // `fatalities` in ACLED, HAPI or UCDP files is tally's `killed`: the rows the filter kept.
        let measure = try chartMeasure(typedMeasure, in: outcome)
        var bars: [BarChart.Bar]
        do { bars = try BarChart.bars(from: outcome.result, measure: measure, top: top ?? ChartBar.defaultTop) } catch {
            throw TallyError.data(error.description)
        }
        bars = BarChart.dated(bars, shownFrom: request.filter.from)
        // Coverage per dataset, bar by bar: a bar of a dataset that ends inside the
        // period shown says so on its label; the subtitle names the dataset. A bar of
        // one country goes by that country's days (a country that stopped in March is
        // partial in April, the others not): with one file, bars are marked when some
        // country's days there differ from the file's.
        func barNote(_ sources: UInt32, _ place: String?, naming: Bool = true) -> String? {
            ChartBar.partialNote(period: period, from: request.filter.from, to: request.filter.to,
                                 datasets: outcome.datasets.seen(by: place).contributing(sources), naming: naming)
        }
        if outcome.datasets.datasets.count > 1
            || (outcome.datasets.hasPlaces && bars.contains { $0.place != nil && barNote($0.sources, $0.place) != barNote($0.sources, nil) }) {
            bars = BarChart.marked(bars) { barNote($0, $1) != nil }
        }
        guard !bars.isEmpty else {
            throw try nothingToChart(outcome.result, measure)
        }
        let kind = outcome.result.rows.first { $0.measure == measure }?.kind ?? .flow
        let shared = GroupLabel.sharedSuffix(in: outcome.result, measure: measure)
        // "Killed by governorate" when every name says it is one.
        let title = chart.title ?? ChartWords.barTitle(measure: measure, grouping: grouping,
                                                       unit: GroupLabel.placeUnit(in: outcome.result, measure: measure),
                                                       firstNamedActor: outcome.actorIsFirstNamed)
        if when == allDates, let (a, b) = try drawnMonths(request, outcome: outcome, measure: measure) {
            // The months the bars' records span: "all dates" alone does not say which.
            when += Messages.text("list.separator") + (a == b ? ReportWords.period(a, kind: .month)
                : Messages.text("when.from_to", ["from": ReportWords.period(a, kind: .month), "to": ReportWords.period(b, kind: .month)]))
        }
        var subtitle = chart.subtitle ?? (shared.map { $0.phrase + " \u{00B7} " } ?? "") + ChartWords.barSubtitle(kind: kind, when: when)
        // The coverage rule, in the words a report uses: the data covers its first to
        // its last date (of every row read, whatever the filters), and a period or span
        // shown that it covers only in part says so, whatever --subtitle says.
        // Per dataset: the datasets whose records the bars hold, each by its own coverage.
        let sources = outcome.result.rows.reduce(UInt32(0)) { $1.measure == measure ? $0 | $1.sources : $0 }
        // With several files, one that holds no record in the dates shown because its
        // data lies wholly outside them adds nothing to any bar: name it ("no a.csv
        // data"), or its groups would be missing from the chart unsaid. Only when no
        // --country/--actor filter could be what leaves it out.
        let shownDatasets = outcome.datasets.contributing(sources)
            + (request.filter.countries.isEmpty && request.filter.actors.isEmpty
                ? ChartBar.outside(outcome.datasets, sources: sources, from: request.filter.from, to: request.filter.to) : [])
        // One dataset whose countries have days of their own, bars by country (or by a
        // place within one): each country's own note, the partial ones named when they
        // differ ("partial: Lebanon data to 10 March", not the file's "data to 10 March"
        // of a March whose Syria is whole).
        // A country of the file with no day in the dates shown has no bar: named ("no
        // Lebanon data"), and so is one asked for with --country (the dataset's countries
        // are then those asked for alone): a chart of Syria alone for `--country Liban
        // --country Syrie` would read as complete. Not with --actor, which may be what
        // leaves a country out.
        func shownDays() -> ClosedRange<CalendarDay>? {
            if let period, let span = PeriodKind.span(ofLabel: period) { return span.first ... span.last }
            if let a = request.filter.from ?? outcome.firstDay, let b = request.filter.to ?? outcome.lastDay, a <= b,
               request.filter.from != nil || request.filter.to != nil { return a ... b }
            return nil
        }
        func absentPlaces() -> [String] {
            guard request.filter.actors.isEmpty, let d = outcome.datasets.datasets.first, let shown = shownDays() else { return [] }
            return d.absentCountries(in: shown, besides: Set(bars.compactMap(\.place)),
                                     asked: !request.filter.countries.isEmpty && bars.contains { $0.place != nil })
        }
        let absent = outcome.datasets.datasets.count == 1 ? absentPlaces() : []
        let placeNote = outcome.datasets.datasets.count == 1 && (outcome.datasets.hasPlaces || !absent.isEmpty)
            ? ChartWords.partialNote(places: bars.compactMap { b in b.place.map { ($0, barNote(b.sources, $0, naming: false)) } }, absent: absent) : nil
        // Several files, bars by country (or by a place within one): named by country as
        // with one file (`Lebanon partial: data to 10 March`, not `lb.csv data to 10
        // March`), by TallyCore's rule (DatasetCoverages.countryBars), the one a report's
        // bar chart uses.
        let byCountryOfSeveral = outcome.datasets.datasets.count > 1 && bars.contains { $0.place != nil }
            && bars.allSatisfy { $0.place != nil || $0.isOthers }
        let note = byCountryOfSeveral
            ? ChartWords.partialNote(outcome.datasets.countryBars(bars.compactMap { b in b.place.map { ($0, b.sources) } }, sources: sources,
                                                                  shown: shownDays(), askedCountries: !request.filter.countries.isEmpty,
                                                                  askedActors: !request.filter.actors.isEmpty)) { ds, naming in
                ChartBar.partialNote(period: period, from: request.filter.from, to: request.filter.to, datasets: ds, naming: naming)
            }
            : placeNote ?? ChartBar.partialNote(period: period, from: request.filter.from, to: request.filter.to,
                                                datasets: shownDatasets.sorted { $0.index < $1.index },
                                                naming: outcome.datasets.datasets.count > 1)
        if let note {
            subtitle += " \u{00B7} " + note
        }
        var footnotes: [String] = []
        if let (t, atStart) = try spanTally(outcome.result, measure),
           let note = request.config.window != nil
               ? ChartWords.windowFootnote(t.estimate, measure: measure, countedAtStart: atStart, shown: when)
               : ChartWords.spanFootnote(t.estimate, measure: measure, period: kindShown, countedAtStart: atStart,
                                          shown: period.map { _ in when }) {
            footnotes.append(note)
        }
        if let note = ChartWords.twoLevelsFootnote(outcome.twoLevelStocks, measure: measure) { footnotes.append(note) }
        // By actor, a bar of an actor that is not one (`Total`, `Unknown`) says so (review40).
        if outcome.result.grouping.keys.contains(.actor),
           let note = ReportWords.notOneActor(outcome.result.rows.filter { $0.measure == measure }.compactMap(\.actor)) { footnotes.append(note) }
        if let key = ChartWords.rangeKey(bars.map(\.estimate), floating: true) { footnotes.append(key) }
        let text = ChartText(title: title, subtitle: subtitle, source: chart.sourceLine(outcome.sources, footnotes: footnotes), alt: chart.alt)
        var barChart = BarChart(bars: bars, text: text)
        barChart.labelSuffix = shared?.suffix
        if bars.contains(where: \.isOthers) {
            barChart.foldReason = Messages.text("alt.reason.top", ["n": (DisplayLocale.current.isEnglish ? String(top ?? ChartBar.defaultTop) : DisplayLocale.current.integer(Int64(top ?? ChartBar.defaultTop)))])
        }
        if !chart.highlight.isEmpty || !annotate.isEmpty {
            // Names past --top are in the data but summed away: say how to draw them.
            let all: [String]
            do { all = try BarChart.bars(from: outcome.result, measure: measure).map(\.label) } catch {
                throw TallyError.data(error.description)
            }
            let folded = bars.first(where: \.isOthers).map { AltText.plain($0.label) } ?? "others"
            let notDrawn = { (label: String, rank: Int) in
                "ranks \(rank) of \(all.count) and is summed in \"\(folded)\"; give --top \(rank) or more to draw it"
            }
            barChart.highlighted = try chart.highlighted(among: bars.map(\.label), all: all, suffix: shared?.suffix, notDrawn: notDrawn)
            if let problem = barChart.attach(annotate.compactMap(BarChart.Note.init(argument:)), all: all, notDrawn: notDrawn) {
                throw TallyError.usage("--annotate " + problem.description)
            }
        }
        let height = try setup.chartHeight(for: barChart)
        // Bars the height cannot give a readable row are folded: say so, and how to get them.
        let folded = ChartRenderer.measuring(fontFamily: setup.fontFamily) {
            barChart.foldedByLayout(size: Size(width: Double(setup.width), height: Double(height)), theme: setup.theme, canvas: $0)
        }
        if top == nil, let others = bars.first(where: \.isOthers), folded == 0 {
            let drawn = bars.count - 1
            writeStderr("tally: \(drawn + others.foldedCount) groups: \(drawn) are drawn, the other \(others.foldedCount) summed in one bar (--top N chooses how many)\n")
        }
        if folded > 0 {
            let kept = bars.count - folded
            let why = setup.height != nil
                ? "--height \(height) holds \(kept) bars with readable names"
                : "the tallest chart tally draws (\(height) high) holds \(kept) bars"
            let before = barChart.bars
            do { bars = try BarChart.fold(before, keeping: kept) } catch { throw TallyError.data(error.description) }
            barChart.bars = bars
            barChart.foldReason = Messages.text("alt.reason.height", ["n": (DisplayLocale.current.isEnglish ? String(kept) : DisplayLocale.current.integer(Int64(kept)))])
            let others = bars.first(where: \.isOthers)!
            // A highlighted or annotated bar folded away would publish without the
            // emphasis its editor asked for.
            let lost = barChart.highlighted.filter { name in !bars.contains { $0.label == name } }.map { ("--highlight", $0) }
                + before.filter { old in old.note != nil && !bars.contains { $0.label == old.label } }.map { ("--annotate", $0.label) }
            for (option, name) in lost.sorted(by: { $0.1 < $1.1 }) {
                throw TallyError.usage("\(option) \"\(AltText.plain(name))\": \(why), and that bar is folded into \"\(AltText.plain(others.label))\"; "
                                       + (setup.height != nil ? "leave out --height" : "use a smaller --top"))
            }
            writeStderr("tally: \(why); the other \(others.foldedCount) groups are summed in \"\(others.label)\" (\(setup.height != nil ? "leave out --height to give every bar its row" : "use --top"))\n")
        }
        try setup.write(barChart, title: title, height: height)
        data.reportNotes(outcome)
        try chart.printJSON(barChart, setup: setup, height: height)
    }

    /// The datasets of `all` that add nothing to `sources` because no run of their
    /// coverage reaches the dates from `from` to `to` (wholly before or after them, or
    /// silent in them between two runs); none when no dates are chosen.
    static func outside(_ all: DatasetCoverages, sources: UInt32, from: CalendarDay?, to: CalendarDay?) -> [DatasetCoverages.Dataset] {
        guard from != nil || to != nil else { return [] }
        return all.datasets.filter { d in
            !d.holds(sources)
                && !d.coverage.runs.contains { r in
                    (from.map { r.upperBound >= $0 } ?? true) && (to.map { r.lowerBound <= $0 } ?? true)
                }
        }
    }

    /// Bars drawn when `--top` is not given: a ranking of 264 districts is not a chart.
    static let defaultTop = 30

    /// `partial: data to 28 May` when the data (its first to its last date) covers only
    /// part of the period shown (`--period`) or of the dates asked for (`--from`,
    /// `--to`); `nil` when it covers all of them, or when nothing is shown.
    /// With several datasets (`naming`) the note names each that falls short
    /// (`partial: myanmar.csv data to 30 December`).
    static func partialNote(period: String?, from: CalendarDay?, to: CalendarDay?,
                            datasets: [DatasetCoverages.Dataset], naming: Bool) -> String? {
        guard let first = datasets.map(\.coverage.first).min(), let last = datasets.map(\.coverage.last).max() else { return nil }
        if let period, let span = PeriodKind.span(ofLabel: period) {
            let key = span.kind.key(span.first)
            let all = DatasetCoverages(datasets)
            if naming { return ChartWords.datasetsNote(all, key: key, kind: span.kind, sources: 0) }
            return ChartWords.partialNote(all.shortfalls(of: key, kind: span.kind, sources: 0), key: key, kind: span.kind, naming: false)
        }
        guard from != nil || to != nil else { return nil }
        let a = from ?? first, b = to ?? last
        guard a <= b else { return nil }
        return ChartWords.partialNote(datasets, shown: a ... b, naming: naming)
    }
}

struct ChartTimeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Lines of one measure per period, with the low–high range shaded.",
        discussion: """
        Flows are one line per series with the low–high range shaded, from the measure's first record to its last. A period between them without a record is zero for a source that reports continuously (UCDP GED, ACLED, or --continuous) and a break in the line otherwise (docs/aggregation.md, the gap rule). Stocks are points with range bars where they were observed, joined only across consecutive periods: a size nobody observed is not drawn. Series are named at the line ends when they fit, else in a legend.

        Examples:
          tally chart timeline events.csv --measure killed --period month -o m.png
          tally chart timeline events.csv --measure killed --period quarter \\
              --by country --top 5 --annotate 2021-08-15="Taliban takeover" -o q.svg
        """
    )

    @OptionGroup var data: DataOptions

    @Option(name: .long, help: "Period: day, week, month, quarter or year.")
    var period: PeriodKind

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("One series per group: country, adm1, adm2, actor (default: one series).", valueName: "key"))
    var by: [String] = []

    @Option(name: .long, help: "Show the N largest series (at most 8, the palette's size; default 5).")
    var top: Int = 5

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Mark a date with a labelled rule (repeatable), e.g. 2021-08-15=\"Taliban takeover\"; or point a note at one line's figure in the period holding the date: Idlib@2019-12=\"Offensive begins\" (@2019-12=… on a chart of one line).", valueName: "[line@]date=text"))
    var annotate: [String] = []

    @Option(name: .long, help: ArgumentHelp("An --annotate dated outside the periods drawn: refuse (default: exit 64 naming it, its date and the chart's span) or skip (leave it out, said on stderr), for a standing list of events used on charts of any span.", valueName: "refuse|skip"))
    var annotateOutside: TimelineChart.OutsideAnnotations = .refuse

    @Option(name: .long, help: ArgumentHelp("overlay: every series on one plot; small-multiples: one panel per series, all on the same dates and scale, aligned; auto (default): small multiples past \(TimelineChart.overlayLimit) series unless --annotate is given.", valueName: "layout"))
    var layout: TimelineArrangement = .auto

    @Flag(name: .long, help: ArgumentHelp("The files report continuously (every event of the span they cover is in them), so a period without a record between a measure's first and last record is zero. Known of UCDP GED and ACLED; a native CSV is by default not, and its line breaks there."))
    var continuous = false

    @OptionGroup var chart: ChartOptions

    func validate() throws {
        _ = try chartMeasure(data)
        _ = try parseGrouping(by)
        _ = try chart.displayLocale(data.input)
        if let code = chart.readLocale, NumberConvention(locale: code) == nil {
            throw ValidationError("--read-locale \(code): unknown (known languages: " + NumberConvention.knownLanguages.joined(separator: ", ") + ")")
        }
        if period == .all { throw ValidationError("--period all has a single period: use 'tally chart bar' instead") }
        guard (1...TimelineChart.maximumSeries).contains(top) else {
            throw ValidationError("--top must be between 1 and \(TimelineChart.maximumSeries)")
        }
        for a in annotate { try ChartOptions.refuseReordering("--annotate", a) }
        for a in annotate where TimelineChart.Annotation(argument: a) == nil {
            throw ValidationError("--annotate \"\(a)\": expected DATE=TEXT or LINE@DATE=TEXT with DATE as YYYY-MM-DD, YYYY-MM or YYYY")
        }
    }

    func run() throws {
        try DisplayLocale.with(try chart.displayLocale(data.input)) { try draw() }
    }

    func draw() throws {
        let typedMeasure = try chartMeasure(data)
        let grouping = try parseGrouping(by)
        try checkOutput(chart.output, inputs: data.files + chart.filesRead())
        let setup = try chart.setup()
        var request = data.request(grouping: grouping, period: period, collectSources: chart.note == nil)
        // As `chart bar`: the footnote counts the long spans overlapping --from/--to.
        request.filter.overlappingSpans = true
        chart.applyReading(to: &request)
        var outcome = try Ingest.run(request)
        try checkSomeRecordRead(outcome, notes: data)
        try checkWindowMatches(outcome, from: data.from.flatMap(CalendarDay.init), to: data.to.flatMap(CalendarDay.init),
                               asked: windowWords(from: data.from, to: data.to))
        if continuous { outcome.reportContinuously() }
        let measure = try chartMeasure(typedMeasure, in: outcome)
        let span = (data.from.flatMap(CalendarDay.init), data.to.flatMap(CalendarDay.init))
        // Before the long-gap rule, which walks every period the data touches: a timeline
        // of 3.65M days is refused here, not after building them (hostile: 113 MiB).
        if let problem = TimelineChart.periodProblem(outcome.result, measure: measure, span: span) {
            throw TallyError.usage(problem)
        }
        outcome.markThinPeriods(kind: period)
        let series: [TimelineChart.Series], omitted: Int
        do {
            (series, omitted) = try TimelineChart.series(from: outcome.result, measure: measure, top: top, span: span,
                                                         reporting: continuous ? .continuous : outcome.reporting, coverage: outcome.coverage,
                                                         datasets: outcome.datasets)
        } catch {
            throw TallyError.data(error.description)
        }
        guard !series.isEmpty else {
            throw try nothingToChart(outcome.result, measure)
        }
        let kind = series[0].kind
        let shared = GroupLabel.sharedSuffix(in: outcome.result, measure: measure)
        let title = chart.title ?? ChartWords.timelineTitle(measure: measure, kind: kind, period: period, grouping: grouping,
                                                            unit: GroupLabel.placeUnit(in: outcome.result, measure: measure),
                                                            firstNamedActor: outcome.actorIsFirstNamed)
        // The periods drawn, and a suffix every name shares said once.
        let keys = series.flatMap { $0.points.map(\.periodKey) }
        let drawnSpan = keys.min().map { lo in
            let hi = keys.max()!
            return lo == hi ? ReportWords.period(lo, kind: period)
                : Messages.text("when.from_to", ["from": ReportWords.period(lo, kind: period), "to": ReportWords.period(hi, kind: period)])
        }
        var subtitle = chart.subtitle ?? (shared.map { $0.phrase + " \u{00B7} " } ?? "")
            + ChartWords.timelineSubtitle(kind: kind, period: period, singlePoint: series.allSatisfy { $0.points.count == 1 }, span: drawnSpan)
        let extra = TimelineChart.omittedNote(omitted, drawn: series) ?? ""
        var footnotes: [String] = []
        if let (t, atStart) = try spanTally(outcome.result, measure),
           let note = ChartWords.spanFootnote(t.estimate, measure: measure, period: period, countedAtStart: atStart) {
            footnotes.append(note)
        }
        if let note = ChartWords.twoLevelsFootnote(outcome.twoLevelStocks, measure: measure) { footnotes.append(note) }
        if outcome.result.grouping.keys.contains(.actor),
           let note = ReportWords.notOneActor(outcome.result.rows.filter { $0.measure == measure }.compactMap(\.actor)) { footnotes.append(note) }
        if let key = TimelineChart.rangeKey(series) { footnotes.append(key) }
        // The coverage rule, per dataset: the days each input covers (cut by --from and
        // --to); a period that an input a line holds covers only in part is marked on
        // that line, naming the input when there are several.
        let datasets = outcome.datasets.cut(from: span.0, to: span.1)
        var timeline = TimelineChart(period: period, series: series,
                                     annotations: annotate.compactMap(TimelineChart.Annotation.init(argument:)),
                                     text: ChartText(title: title, subtitle: subtitle, source: ""), namesSeries: !grouping.keys.isEmpty)
        timeline.markPartial(datasets)
        // The periods drawn partly covered are named in the subtitle, the same ones the
        // footer lists ("May 2023 partial: data to 28 May"; "April 2023 and May 2023 partial").
        if let note = timeline.partialSubtitle { subtitle += " \u{00B7} " + note }
        // A country asked for with --country that has no record in the dates drawn has
        // no line: named (`no Lebanon data`), or the chart would read as complete; not
        // with --actor, which may be what leaves it out.
        if !request.filter.countries.isEmpty, request.filter.actors.isEmpty, grouping.keys.contains(.country),
           let note = ChartWords.absentNote(outcome.datasets.askedWithoutFigures(
               present: Set(outcome.result.rows.lazy.filter { $0.measure == measure }.compactMap(\.country)))) {
            subtitle += " \u{00B7} " + note
        }
        if let key = timeline.partialKey { footnotes.append(key) }
        // A line broken where a period has no point (the gap rule).
        if let key = timeline.gapKey { footnotes.append(key) }
        // A stock's line broken where two periods' figures add up different groups.
        if let key = timeline.regroupedKey { footnotes.append(key) }
        timeline.text = ChartText(title: title, subtitle: subtitle,
                                  source: chart.sourceLine(outcome.sources, extra: extra, footnotes: footnotes), alt: chart.alt)
        timeline.labelSuffix = shared?.suffix
        if !chart.highlight.isEmpty || timeline.annotations.contains(where: \.atPoint) {
            // Lines past --top are in the data but not drawn: say how to draw them.
            let all: [String]
            do {
                all = try TimelineChart.series(from: outcome.result, measure: measure, top: TimelineChart.maximumSeries, span: span,
                                               reporting: continuous ? .continuous : outcome.reporting, coverage: outcome.coverage,
                                               datasets: outcome.datasets).series.map(\.name)
            } catch { throw TallyError.data(error.description) }
            let notDrawn = { (label: String, rank: Int) in
                "is the \(rank == 2 ? "2nd" : rank == 3 ? "3rd" : "\(rank)th") largest line, not drawn at --top \(top); give --top \(rank) to draw it"
            }
            timeline.highlighted = try chart.highlighted(among: series.map(\.name), all: all, suffix: shared?.suffix, notDrawn: notDrawn)
            if let problem = timeline.resolveNotes(all: all, notDrawn: notDrawn) { throw TallyError.usage("--annotate " + problem) }
        }
        // A note the editor wrote is never dropped without being asked to (issue 13):
        // one dated outside the periods drawn is refused unless --annotate-outside skip.
        if annotateOutside == .refuse, let problem = timeline.outsideAnnotationsProblem {
            throw TallyError.usage("--annotate " + problem + "; remove it, or give --annotate-outside skip to leave it out of this chart")
        }
        let height: Int
        if let problem = timeline.arrangementProblem(layout.choice) { throw TallyError.usage("--layout small-multiples: " + problem) }
        switch timeline.arrangement(layout.choice) {
        case .overlay:
            height = try setup.write(timeline, title: title)
            data.reportNotes(outcome)
            try chart.printJSON(timeline, setup: setup, height: height)
        case .smallMultiples:
            let panels = SmallMultiples(timeline)
            height = try setup.write(panels, title: title)
            data.reportNotes(outcome)
            try chart.printJSON(panels, setup: setup, height: height)
        }
        let shown = timeline.visibleAnnotations
        if shown.count < timeline.annotations.count, let first = series.flatMap(\.points).map(\.periodKey).min(),
           let last = series.flatMap(\.points).map(\.periodKey).max() {
            for a in timeline.annotations where !shown.contains(a) {
                writeStderr("tally: --annotate \(a.atPoint ? AltText.plain(a.series ?? "") + "@" : "")\(a.day)=\(a.text): outside the chart's periods (\(period.label(first)) to \(period.label(last))), not drawn\n")
            }
        }
    }
}

/// ``AggregateResult/spanTally(of:)`` with its overflow as a data error (exit 65).
func spanTally(_ result: AggregateResult, _ measure: String) throws(TallyError) -> (tally: AggregateResult.SpanTally, countedAtStart: Bool)? {
    do throws(AggregationOverflow) { return try result.spanTally(of: measure) } catch { throw TallyError.data(error.description) }
}

/// `--layout` of `tally chart timeline`.
enum TimelineArrangement: String, ExpressibleByArgument, CaseIterable {
    case auto, overlay
    case smallMultiples = "small-multiples"

    var choice: TimelineChart.Arrangement? {
        switch self {
        case .auto: nil
        case .overlay: .overlay
        case .smallMultiples: .smallMultiples
        }
    }
}

/// Why a chart has nothing to draw. When the selected rows hold figures of the measure
/// but every one is dated only to a span longer than the period, "no figures" would be
/// false: say where they are and how to show them.
func nothingToChart(_ result: AggregateResult, _ measure: String) throws(TallyError) -> TallyError {
    if let (t, _) = try spanTally(result, measure) {
        return TallyError.data("the \(t.estimate.display) \(measure) in the selected rows (\(Estimate.grouped(t.events)) event"
            + "\(t.events == 1 ? "" : "s")) are dated only to spans longer than a \(result.period.rawValue): nothing to chart "
            + "by \(result.period.rawValue); choose a coarser --period, or --count-at-start to count each at its date_start")
    }
    return TallyError.data("no '\(measure)' figures in the selected rows: nothing to chart")
}

extension TimelineChart.OutsideAnnotations: ExpressibleByArgument {}
