#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TallyCairo
import TallyCharts
import TallyCore
import TallyIO

/// The files a report run can write.
public enum ReportFormat: String, CaseIterable, Sendable {
    case pdf, png, csv
    /// One self-contained web page (``HTMLBrief``); written when asked for.
    case html

    /// What a run writes when neither `--format` nor the spec's `formats:` says.
    public static let defaults: Set<ReportFormat> = [.pdf, .png, .csv]
}

/// One `tally report` invocation.
public struct ReportRequest: Sendable {
    public var specPath: String
    /// `latest` or a label (`2023-04`); `nil` takes the spec's choice.
    public var period: String?
    public var outDir: String
    /// `--format`; `nil` takes the spec's `formats:`, else ``ReportFormat/defaults``.
    public var formats: Set<ReportFormat>?
    public var paper: Paper
    /// Decides which periods are complete for `latest`; the command passes the host's
    /// local date (cron runs in local time), or `--as-of`.
    public var today: CalendarDay
    /// `--locale`: replaces the spec's report-wide `locale:` (a dataset's own still wins).
    public var locale: String?
    /// `--digits`: replaces the spec's `digits:`.
    public var digits: DisplayLocale.Digits?
    /// `--encoding`, `--sheet`, `--date-order`, `--date-range`: for every dataset
    /// whose spec entry does not set its own.
    public var input = FileInputOptions()
    /// Whether the caller prints to standard output (the command prints the written
    /// paths): then standard output that is one of the report's inputs (`tally report
    /// spec.yml >> data.csv`) is refused before anything is read or written.
    public var printsToStandardOutput = false

    public init(specPath: String, period: String? = nil, outDir: String = ".",
                formats: Set<ReportFormat>? = nil, paper: Paper = .a4, today: CalendarDay,
                locale: String? = nil) {
        self.specPath = specPath; self.period = period; self.outDir = outDir; self.formats = formats
        self.paper = paper; self.today = today
        self.locale = locale
    }
}

/// What a run wrote, for the command to print.
public struct ReportOutputs: Sendable, Equatable {
    /// The period's label, `2023-04`.
    public var period: String
    public var pdf: String?
    public var csv: String?
    public var html: String?
    /// Chart PNGs by chart id, in section order.
    public var charts: [ChartFile]
    public var pageCount: Int
    /// Each drawn chart's description for readers who cannot see it (issue 13, item 9),
    /// by chart id in section order, whichever files were written: the same words are
    /// in the PNG's `Description` and the PDF figure's `/Alt`.
    public var alt: [ChartAlt] = []
    /// Said on stderr by the command (a font fallback, a file removed).
    public var warnings: [String] = []
    /// Files of an earlier run of this spec and period that this run did not write,
    /// removed after its commit (``StaleOutputs``).
    public var removed: [String] = []

    public struct ChartFile: Sendable, Equatable {
        public var id: String
        public var path: String
    }

    public struct ChartAlt: Sendable, Equatable {
        public var id: String
        public var text: String
    }

    /// Every path, one a line, in the order written.
    public var paths: [String] { [pdf].compactMap { $0 } + charts.map(\.path) + [html, csv].compactMap { $0 } }
}

/// Runs a report spec end to end: spec → data → content → pages → files.
///
/// Nothing is written until everything has been computed and rendered in memory, and
/// the files are then committed together (see ``OutputBatch``): a spec error, a data
/// error or a kill leaves the previous month's files as they were.
public enum Report {
    public static func run(_ request: ReportRequest) throws(TallyError) -> ReportOutputs {
        var spec = try loadSpec(request.specPath)
        if let locale = request.locale {
            guard DisplayLocale(identifier: locale) != nil else {
                throw .usage(DisplayLocale.unknownMessage(locale)
                             + (NumberConvention(locale: locale) != nil ? "; to read a dataset's estimate text written the \(locale) way, give that dataset `locale: \(locale)` in the spec" : ""))
            }
            spec.locale = locale
        }
        if let digits = request.digits { spec.digits = digits }
        return try DisplayLocale.with(spec.displayLocale) { () throws(TallyError) -> ReportOutputs in
            try run(request, spec: spec)
        }
    }

    static func run(_ request: ReportRequest, spec: ReportSpec) throws(TallyError) -> ReportOutputs {
        var spec = spec
        spec.inputDefaults = request.input
        var kind = spec.period.every
        var which = spec.period.which
        if let p = request.period {
            guard let w = PeriodChoice.which(p, every: kind) else {
                throw .usage("--period: \"\(p)\" is neither 'latest' nor a \(kind.rawValue) label such as \(kind.label(kind.key(request.today)))")
            }
            which = w
        }
        kind = spec.period.every
        let font: (family: String, warning: String?)
        if let body = spec.style?.bodyFamily {
            font = (body, nil)
        } else {
            font = try FontChoice.resolve(RenderOptions.defaultFont, explicit: false)
        }
        if request.printsToStandardOutput {
            try AtomicOutput.checkStandardError(inputs: inputs(of: spec, specPath: request.specPath))
            try AtomicOutput.checkStandardOutput(inputs: inputs(of: spec, specPath: request.specPath))
        }
        try OutputBatch.prepare(request.outDir)
        // A file of a set a killed run was replacing is read only once the set is whole.
        SetCommit.tell(try SetCommit.settle(inputs: inputs(of: spec, specPath: request.specPath)))
        // A dataset that is a pipe, FIFO or terminal can be read only once; a spec that
        // reads its datasets twice gets a temporary copy of it, read once.
        // A second pass (the period at fine keys, or stock bars' history) reads a pipe again.
        let secondPass = ReportData.isFine(ReportData.sectionGrouping(spec)) || !ReportData.stockBarMeasures(spec).isEmpty
        var buffers = StreamBuffers()
        defer { buffers.remove() }
        let files = secondPass ? try buffers.seekable(spec.files) : spec.files
        var data: ReportData
        let key: Int32
        do throws(TallyError) {
            data = try ReportData.load(spec, files: files)
            // coverage10 F10: records dated after the day the report is made as of are
            // read like any other (one row dated 1 September under `--as-of 2023-06-10`
            // joined an export to 28 May into May complete, unsaid): say how many, and
            // where the first is.
            if let last = data.lastRecordDay, last > request.today {
                data.coverageNotes.append(ReportData.afterTodayNote(spec, files: files, today: request.today, last: last))
            }
            key = try resolve(which, data: data, spec: spec, today: request.today)
            try data.loadPeriod(key, spec: spec, files: files)
        } catch {
            throw buffers.naming(error)
        }
        var content = try ContentBuilder(spec: spec, data: data, key: key).build()
        // Bars a page cannot hold are folded before anything is drawn, so the PDF, the
        // PNG and the alt text show the same bars, and the fold is said on stderr.
        let folds = try fitToPage(&content, spec: spec, paper: request.paper, fontFamily: font.family)
        let base = spec.name + "-" + content.periodLabel

        let formats = request.formats ?? spec.formats ?? ReportFormat.defaults
        var batch = OutputBatch(directory: request.outDir, inputs: inputs(of: spec, specPath: request.specPath))
        var outputs = ReportOutputs(period: content.periodLabel, pdf: nil, csv: nil, charts: [], pageCount: 0)
        outputs.warnings = (font.warning.map { [$0] } ?? []) + data.duplicateFiles + data.readNotes + data.duplicateNotes + data.coverageNotes + folds
            + content.sections.flatMap { section -> [String] in
                if case let .chart(chart) = section.body { return chart.warnings } else { return [] }
            }
        for section in content.sections {
            if case let .chart(chart) = section.body, let drawing = chart.drawing {
                outputs.alt.append(.init(id: chart.id, text: drawing.altText))
            }
        }
        do throws(TallyError) {
            if formats.contains(.pdf) {
                let (pdf, pages) = try renderPDF(content, spec: spec, paper: request.paper, fontFamily: font.family)
                try batch.add(pdf, as: base + ".pdf")
                outputs.pageCount = pages
            }
            if formats.contains(.png) {
                for section in content.sections {
                    guard case let .chart(chart) = section.body, let drawing = chart.drawing else { continue }
                    let file = base + "-" + chart.id + ".png"
                    try batch.add(try renderPNG(drawing, title: section.title, fontFamily: font.family,
                                                    theme: spec.theme,
                                                    writtenBy: StaleOutputs.tag(name: spec.name, period: content.periodLabel, file: file)),
                                  as: file)
                }
            }
            if formats.contains(.html) {
                try batch.add(HTMLBrief.render(content, spec: spec, fontFamily: font.family), as: base + ".html")
            }
            if formats.contains(.csv) {
                // The last columns say, row by row, whether the datasets the row holds
                // cover the period completely (the coverage rule, per dataset), in
                // words (`partial`) and in dates (`covered`).
                // A machine output: in English and latin digits whatever the report's
                // locale (docs/localisation.md), so scripts read every report alike.
                let builder = ContentBuilder(spec: spec, data: data, key: key)
                let fileLevel = data.datasets.withoutPlaces
                let csv = DisplayLocale.with(.english) { () -> [UInt8] in
                    // Datasets covering the period differently: `covered_by_input`, which
                    // tally refuses to read back as one dataset (review9d #1).
                    ResultWriter.csv(data.periodAggregate(key), partial: { row in
                        builder.partialNote(sources: row.sources).map { String($0.dropFirst("partial: ".count)) }
                    }, coveredColumn: data.datasets.coveredColumn(periods: [key], kind: data.kind), covered: { row in
                        // The same in dates tally reads back (docs/spec.md, `covered`);
                        // the days every country covers, as the `partial` words say.
                        fileLevel.coveredText(of: row, kind: data.kind)
                    })
                }
                try batch.add(csv, as: base + ".csv")
            }
            // Text drawn in another family than the one chosen (a script it lacks) is said
            // on stderr, or refused before anything is written under TALLY_STRICT_FONTS=1.
            let fallbacks = FontFallbacks.shared.drain()
            if !fallbacks.isEmpty && FontFallbacks.strict {
                let more = fallbacks.count > 1 ? " (and \(fallbacks.count - 1) more)" : ""
                let refusal = TallyError(exitCode: FontChoice.noFontExitCode,
                                         message: "TALLY_STRICT_FONTS=1 and "
                                            + String(fallbacks[0].dropFirst("warning: ".count).dropLast(FontFallbacks.strictHint.count)) + more)
                throw refusal
            }
            outputs.warnings += fallbacks
            // What an earlier run of this spec and period wrote and this one did not (a
            // chart now without data, a section or format dropped) goes (S9), under the
            // folder's lock: another run's set committed after this one's is never removed
            // as this run's leftover.
            var stale: (removed: [String], notes: [String]) = ([], [])
            let written = try batch.commit { paths in
                stale = StaleOutputs.remove(folder: request.outDir, name: spec.name, period: content.periodLabel,
                                            formats: Set(formats.map(\.rawValue)),
                                            chartIDs: spec.sections.compactMap(\.chartID), written: paths,
                                            inputs: inputs(of: spec, specPath: request.specPath))
            }
            outputs.removed = stale.removed
            outputs.warnings += stale.notes
            var i = 0
            if formats.contains(.pdf) { outputs.pdf = written[i]; i += 1 }
            if formats.contains(.png) {
                for section in content.sections {
                    guard case let .chart(chart) = section.body, chart.drawing != nil else { continue }
                    outputs.charts.append(.init(id: chart.id, path: written[i])); i += 1
                }
            }
            if formats.contains(.html) { outputs.html = written[i]; i += 1 }
            if formats.contains(.csv) { outputs.csv = written[i] }
        } catch {
            batch.discard()
            throw error
        }
        return outputs
    }

    /// Every file a run reads: the spec, its datasets, its style file and logo. No
    /// output of the run, standard output included, may be one of them.
    static func inputs(of spec: ReportSpec, specPath: String) -> [String] {
        [specPath] + spec.files + [spec.stylePath, spec.style?.theme.logo?.file].compactMap { $0 }
    }

    /// Reads and checks a spec file.
    public static func loadSpec(_ path: String) throws(TallyError) -> ReportSpec {
        // A spec is a page of text: stop reading a huge file (or /dev/zero) early.
        guard let bytes = try InputFile.readAll(path, what: "the report spec", limit: SpecGuard.maxBytes) else {
            throw .usage("\(path): the report spec is larger than \(SpecGuard.maxBytes) bytes (1 MiB); is it the right file?")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .usage("\(path): the report spec is not UTF-8 text")
        }
        return try SpecParser.parse(text, file: path)
    }

    /// Turns `latest` into a period (the coverage rule) and refuses a period without
    /// records unless the spec allows an empty report. A period named explicitly may be
    /// only partly covered; the report then says so on the cover and every chart.
    static func resolve(_ which: PeriodChoice.Which, data: ReportData, spec: ReportSpec,
                        today: CalendarDay) throws(TallyError) -> Int32 {
        let kind = spec.period.every
        let present = Set(data.periodKeys)
        let coverage = data.coverage.map { c in
            "the data covers " + c.runs.map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound) to \($0.upperBound)" }
                .joined(separator: " and ") + (c.declared ? " (coverage: in the spec)" : "")
        }
            ?? (data.fileCoverages.count > 1
                ? "the datasets cover " + data.fileCoverages.map { "\($0.first) to \($0.last)" }.joined(separator: " and ")
                    + ", no day in common: a period is covered only when every dataset covers it"
                    + " (files that are parts of one export are one dataset: list them as its path: [a.csv, b.csv])"
                : "the data has no records")
        switch which {
        case let .key(k):
            // A period the declared coverage does not reach at all: its rows are stray
            // (the publisher says the data starts or stops elsewhere), so its figures
            // would be published as if complete (review 10c F4).
            if let c = data.coverage, c.declared {
                switch c.extent(of: k, kind: kind) {
                case .complete, .partial, .split: break
                default:
                    throw .data("\(kind.label(k)) is outside the coverage the spec declares (\(coverage)): its records are stray rows "
                                + "the data does not speak for; choose a period inside it with --period, or change coverage: in the spec")
                }
            }
            if !present.contains(k) && !spec.allowEmpty {
                throw .data("no records in \(kind.label(k)) (\(coverage)); choose another period with --period, "
                            + "or set allow_empty: true in the spec to publish an empty report")
            }
            return k
        case .latest:
            guard let k = data.latestCompletePeriod(today: today) else {
                throw .data("no complete \(kind.rawValue) in the data as of \(today) (\(coverage)); `latest` is the last "
                            + "\(kind.rawValue) the data covers from its first to its last day and that has ended, "
                            + "so name one with --period (a partly covered one is marked partial)")
            }
            if !present.contains(k) && !spec.allowEmpty {
                throw .data("no records in \(kind.label(k)), the latest \(kind.rawValue) the data covers completely "
                            + "(\(coverage)); set allow_empty: true in the spec to publish it as a report of none, "
                            + "or name another period with --period")
            }
            return k
        }
    }

    /// Folds the smallest bars of each bar chart whose bars a page cannot hold
    /// (``PageLayout/fitBars(_:title:)``); what it says for each, for stderr.
    public static func fitToPage(_ content: inout ReportContent, spec: ReportSpec, paper: Paper,
                                 fontFamily: String = RenderOptions.defaultFont) throws(TallyError) -> [String] {
        var style = PageStyle(paper: paper)
        style.theme = spec.theme
        let document = PDFDocument(metadata: PDFMetadata(title: "", date: ""), firstPageSize: style.size, fontFamily: fontFamily)
        let layout = PageLayout(style: style, canvas: document.measuring)
        var said: [String] = []
        for i in content.sections.indices {
            guard case var .chart(chart) = content.sections[i].body, let bars = chart.drawing as? BarChart else { continue }
            let (fitted, note) = try layout.fitBars(bars, title: content.sections[i].title)
            guard let note else { continue }
            chart.drawing = fitted
            content.sections[i].body = .chart(chart)
            said.append(note)
        }
        return said
    }

    /// The PDF and its page count.
    public static func renderPDF(_ content: ReportContent, spec: ReportSpec, paper: Paper,
                                 fontFamily: String = RenderOptions.defaultFont) throws(TallyError) -> ([UInt8], Int) {
        var style = PageStyle(paper: paper)
        style.theme = spec.theme
        let subject = spec.subject ?? ReportWords.defaultSubject(content.kind, periodName: content.periodName)
        let document = PDFDocument(metadata: PDFMetadata(title: content.title + " — " + content.periodName, subject: subject,
                                                         keywords: "tally, \(content.periodLabel)",
                                                         date: ReportDates.pdfDate(content.periodKey, kind: content.kind)),
                                   firstPageSize: style.size, fontFamily: fontFamily)
        let layout = PageLayout(style: style, canvas: document.measuring)
        let (pages, anchors, contentsPage) = layout.paginateWithContents(try layout.items(for: content))
        let drawer = PageDrawer(style: style, content: content)
        for (index, page) in pages.enumerated() {
            // A right-to-left brief is laid out left to right and drawn mirrored.
            let canvas = style.theme.direction.document(document.beginPage(size: style.size), width: style.size.width)
            drawer.drawFrame(on: canvas, page: index + 1, of: pages.count)
            for placed in page {
                switch placed.block {
                case .contentsHeading: drawer.drawContentsHeading(at: placed.y, on: canvas)
                case let .contentsEntry(i): drawer.drawContentsEntry(anchors[i], at: placed.y, on: canvas)
                default: drawer.draw(placed, on: canvas)
                }
            }
        }
        let root = document.addOutline(content.title, page: 1, y: 0, open: true, bold: true)
        if let contentsPage { document.addOutline(Messages.text("report.contents"), parent: root, page: contentsPage, y: 0) }
        for a in anchors { document.addOutline(a.title, parent: root, page: a.page, y: max(0, a.y - 8)) }
        do {
            return (try document.finish(), pages.count)
        } catch {
            if error.isMissingGlyphs { throw TallyError(exitCode: FontChoice.noFontExitCode, message: "the report PDF: " + error.description) }
            throw .io("cannot render the report PDF (\(error.description))")
        }
    }

    /// A chart for the web: 1200 wide, as high as its content needs (675 for a timeline,
    /// less for a bar chart of few bars), at twice the pixel density.
    /// `writtenBy`: the ``StaleOutputs/tag(name:period:)`` of the report, kept in the PNG.
    public static func renderPNG(_ drawing: any ChartDrawing, title: String,
                                 fontFamily: String = RenderOptions.defaultFont, theme: Theme = .light,
                                 writtenBy: String? = nil) throws(TallyError) -> [UInt8] {
        // The height the chart's content needs: a bar chart of three bars is short, a
        // long headline makes the frame taller instead of being cut.
        let fit = ChartRenderer.fit(drawing, width: 1200, theme: theme, fontFamily: fontFamily)
        if let p = fit.textProblem {
            throw TallyError(exitCode: p.inData ? 65 : 64, message: "chart '\(MessageText.excerpt(title, limit: 60))': " + p.message)
        }
        // At scale 2 the PNG pixel limit allows 1200 × 13,981 units.
        let tallest = min(16_000, ChartRenderer.maxPNGPixels / (2400 * 2))
        let needed = Int(fit.minimumHeight.rounded(.up))
        let shownTitle = title.count > 80 ? String(title.prefix(80)) + "…" : title
        if needed > tallest {
            throw .data("chart '\(shownTitle)' would need an image \(needed) units high to hold its text (at most "
                        + "\(tallest) at 1200 wide and scale 2); shorten the names in the data or the titles in the spec")
        }
        let height = min(tallest, max(needed, Int(fit.naturalHeight.rounded(.up))))
        do {
            return try ChartRenderer.render(drawing, format: .png, options: RenderOptions(width: 1200, height: height, scale: 2, theme: theme, fontFamily: fontFamily),
                                            title: title, pngText: writtenBy.map { [(StaleOutputs.pngKeyword, $0)] } ?? [])
        } catch {
            if error.isMissingGlyphs { throw TallyError(exitCode: FontChoice.noFontExitCode, message: "chart '\(shownTitle)': " + error.description) }
            throw .io("cannot render chart '\(shownTitle)' (\(error.description))")
        }
    }
}
