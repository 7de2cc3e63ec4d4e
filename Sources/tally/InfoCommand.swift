import ArgumentParser
import TallyCore
import TallyIO

/// A newcomer's first look at a file: what it holds and what it will do to sums.
struct Info: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Describe event files: schema, rows, dates, countries, measures, and their quirks.",
        discussion: """
        One block per file: the schema it is read in (recognised from the header unless --schema is given), the number of rows, the range of date_start, the countries, each measure with its kind and total, rows whose dates are known only to the week, month or year, UCDP rows whose figures are out of order, and incident reports merged.

        A "completeness:" line says whether the file can show that it holds every record of its download. UCDP API pages carry the query's TotalCount and ACLED API responses downloaded with with_total=true carry total_count: tally checks the records given against them ("checked"), and refuses a query whose pages are missing. A CSV or workbook export carries no count, so a page or rows missing from it cannot be seen ("not checkable"): compare the row count with the download page before publishing.

        A file tally refuses still gets a block: what could be read (schema, columns, rows counted, encoding and where the text stops being UTF-8, an ACLED file's all-numeric dates and what --date-order dmy or mdy would read, a HAPI file's admin levels, a workbook's sheets), then "refused:" and the message. The run then exits 65, with the message on standard error too. Several files are also read together ("all N files together"): a refusal of them together names the files it concerns and is the run's error; a file refused on its own that the others complete (a HAPI admin1 row whose admin2 rows are in another file) is read with them, as tally aggregate reads it, and the run exits 0.

        Examples:
          tally info Datasets/ucdp/*.csv
          tally datasets events.csv --schema native
        """,
        aliases: ["datasets"]
    )

    @Argument(help: ArgumentHelp("CSV files to describe; - reads standard input.", valueName: "file"))
    var files: [String] = []

    @Option(name: .long, help: ArgumentHelp("Column layout: auto, native, ucdp-ged or acled.", valueName: "schema"))
    var schema: Schema = .auto

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Treat this measure as a stock besides the built-in ones.", valueName: "name"))
    var stock: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Treat this measure as a flow, where its name reads as a stock (new_members).", valueName: "name"))
    var flow: [String] = []

    @OptionGroup var input: InputFlags

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one CSV file (or - for standard input)") }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
        try input.validate()
    }

    func run() throws {
        // Read everything before printing, so a bad file prints nothing on stdout.
        try checkOutput(nil, inputs: files)
        var blocks: [String] = []
        // A file tally refuses still gets what can be read of it, then the refusal; the
        // first refusal is the run's error (exit 65, and its message on stderr).
        var refusal: TallyError?
        var refusedAlone: [String] = []
        for file in files {
            var request = IngestRequest(
                files: [file],
                config: AggregationConfig(grouping: Grouping([.country]), period: .all,
                                          measures: MeasureCatalog(extraStocks: commaList(stock), extraFlows: commaList(flow))),
                schema: schema)
            input.apply(to: &request)
            request.collectImplausibleDates = true
            // A table's stock rows are counted, not re-cut (review38 S3, S4).
            request.stockTablesAtAnyPeriod = true
            // Ids repeated within the file are looked for too.
            request.deduplicate = true
            do throws(TallyError) {
                let outcome = try Ingest.run(request)
                blocks.append(try describe(file: file, outcome))
            } catch {
                guard error.exitCode == 65 else { throw error }
                blocks.append(sketch(file: file, refused: error, options: request.input))
                refusal = refusal ?? error
                refusedAlone.append(file == "-" ? "standard input" : file)
            }
        }
        // Several files are read together too, even when one is refused on its own: a
        // rule across files may refuse the pair (then its message, which names both, is
        // the run's error: review17 #9, `info s1.csv s2.csv` named only s1.csv), or the
        // others may hold what the file lacks on its own (a HAPI admin1 row and its admin2
        // rows in two files: aggregate reads them; then so does info, exit 0).
        if files.count > 1 {
            // Events in more than one of the files: what aggregating them together does.
            var request = IngestRequest(files: files, config: AggregationConfig(grouping: Grouping([.country]), period: .all), schema: schema)
            input.apply(to: &request)
            request.collectImplausibleDates = true
            request.stockTablesAtAnyPeriod = true
            do throws(TallyError) {
                let together = try Ingest.run(request)
                var block = "all \(files.count) files together\n"
                // One file named twice, or two copies of its bytes, is read once (hostile9
                // F2: info said "duplicates: none" and nothing of it, while aggregate says
                // it on standard error).
                for note in together.duplicateFiles { block += "  read once:    " + TerminalText.escaped(note) + "\n" }
                // Left one file, there is no "more than one file" to speak of.
                if files.count - together.duplicateFiles.count > 1 {
                    block += "  duplicates:   " + together.duplicateSummaryAcrossFiles + "\n"
                }
                // Files taken as parts of one export (the coverage rule): one dataset, and
                // the days it covers; how the export was cut (by date, by side) is not known.
                for d in together.datasets.datasets where d.parts.count > 1 {
                    let days = d.coverage.runs.map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound) to \($0.upperBound)" }
                    block += "  one export:   " + TerminalText.escaped(d.name) + " are parts of one export (one dataset "
                        + "for the coverage rule), covering " + days.joined(separator: " and ") + "\n"
                }
                if !refusedAlone.isEmpty {
                    block += "  read:         " + TerminalText.escaped(refusedAlone.joined(separator: ", "))
                        + " (refused on \(refusedAlone.count == 1 ? "its" : "their") own, above) read with the other files given, as tally aggregate reads them\n"
                }
                blocks.append(block)
                refusal = nil
            } catch {
                // Files each readable that tally refuses together (one a copy of
                // another's records): said under the files, and the run's error.
                guard error.exitCode == 65 else { throw error }
                blocks.append("all \(files.count) files together\n  refused:      " + TerminalText.escaped(error.message) + "\n")
                refusal = error
            }
        }
        try writeStdout(Array(blocks.joined(separator: "\n").utf8))
        if let refusal { throw refusal }
    }

    /// What can be read of a file tally refuses (``InputSketch``): how it opens, its
    /// columns and schema, its rows counted, where it stops being UTF-8, the evidence
    /// for an ACLED date order and what each order would read; then the refusal.
    func sketch(file: String, refused: TallyError, options: InputOptions) -> String {
        func n(_ v: Int) -> String { Estimate.grouped(Int64(v)) }
        var lines = [file == "-" ? "<stdin>" : TerminalText.escaped(file)]
        func field(_ name: String, _ value: String) {
            lines.append("  " + (name.isEmpty ? "" : name + ":").padding(14) + TerminalText.escaped(value))
        }
        // Standard input was read once already; only a file can be looked at again.
        let s = file == "-" ? nil : InputSketch.of(path: file, options: options, schema: schema)
        if let s, let input = s.input {
            if let schemaFound = s.schema {
                field("schema", schemaFound.rawValue + (schema == .auto ? " (recognised from the header)" : " (as given)")
                    + (s.headerProblem == nil ? "" : "; the header lacks a column it needs (below)"))
            }
            if !s.columns.isEmpty { field("columns", s.columnsShown) }
            if !input.packaging.isEmpty { field("packaging", input.packaging.joined(separator: ", ")) }
            if input.sheets.count > 1 {
                field("sheets", input.sheets.map { "\"\($0)\"" }.joined(separator: ", "))
            }
            var encoding = input.encoding
            if let bad = s.notUTF8 {
                encoding += "; line \(bad.line) has \(LikelyEncoding.byteText(bad.byte)), which is not UTF-8"
                    + (s.utf8Before ? ", after UTF-8 letters earlier in the file: it mixes two encodings"
                       : LikelyEncoding.option(for: bad.byte).map { ": \($0) reads it" } ?? "")
            }
            field("encoding", encoding)
            field("rows", "\(n(s.rows))" + (s.stopped.map { " before counting stopped at \($0)" } ?? "") + " (counted only: nothing is summed from a refused file)")
            let d = s.slashed
            if d.total > 0 {
                func example(_ e: (line: Int, text: String)?) -> String { e.map { " (line \($0.line) \"\($0.text)\")" } ?? "" }
                var parts: [String] = []
                if d.dayFirstOnly > 0 { parts.append("\(n(d.dayFirstOnly)) only day first\(example(d.firstDayFirst))") }
                if d.monthFirstOnly > 0 { parts.append("\(n(d.monthFirstOnly)) only month first\(example(d.firstMonthFirst))") }
                if d.either > 0 { parts.append("\(n(d.either)) either way\(example(d.firstEither))") }
                field("date form", "all-numeric dates, \(n(d.total)) row\(d.total == 1 ? "" : "s"): " + parts.joined(separator: ", "))
                if d.dayFirstOnly > 0 && d.monthFirstOnly > 0 {
                    field("date order", "no one order reads them all: correct one of the two forms in the file")
                } else if d.dayFirstOnly == 0 && d.monthFirstOnly == 0 {
                    func span(_ x: (CalendarDay, CalendarDay)?) -> String { x.map { "\($0.0) to \($0.1)" } ?? "not every date" }
                    field("date order", "no day above 12 decides it; --date-order dmy reads \(span(d.spanDMY)), --date-order mdy reads \(span(d.spanMDY))")
                }
            }
            if !s.adminLevels.isEmpty {
                field("admin levels", s.adminLevels.keys.sorted().map { "\($0 == 0 ? "country" : "admin\($0)"): \(n(s.adminLevels[$0]!)) row\(s.adminLevels[$0]! == 1 ? "" : "s")" }.joined(separator: ", "))
            }
        }
        field("refused", refused.message)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Whether the file can show that it holds every record of its download: UCDP's API
    /// pages say how many records the query has (`TotalCount`, checked); ACLED's API says
    /// only how many its own response holds (`count`, checked), never the query's total;
    /// a CSV or workbook export of either says nothing. Said, so a reader does not take a
    /// file tally read for a file known to be whole.
    static func completeness(_ f: FileSummary) -> String? {
        let json = f.input.packaging.contains { $0.contains("API JSON") }
        switch f.schema {
        case .acled where f.input.acledPages.contains { $0.totalCount != nil }:
            return "checked: the ACLED API responses given hold the total_count records of their query"
        case .acled where json:
            return "not checkable: the ACLED API responses give no total_count (the API writes it, and count, only with with_total=true), "
                + "so a page of the query not given cannot be seen: download with with_total=true, or give every page"
        case .acled:
            return "not checkable: an ACLED export (CSV, workbook, a bare JSON array) carries no count of its records, so a page or rows missing from a download cannot be seen"
        case .ucdpGED where !f.input.ucdpPages.isEmpty:
            return "checked: the UCDP API pages given hold the TotalCount records of their query"
        case .ucdpGED:
            return "not checkable: a UCDP CSV, workbook or bare JSON array carries no count of its records (the UCDP API's paged JSON does: TotalCount)"
        default:
            return nil
        }
    }

    func describe(file: String, _ o: IngestOutcome) throws(TallyError) -> String {
        func n(_ v: Int) -> String { Estimate.grouped(Int64(v)) }
        var lines = [file == "-" ? "<stdin>" : TerminalText.escaped(file)]
        // Every value may hold names from the data: shown, never acted on by the
        // terminal, and one field a line whatever the data holds (TerminalText).
        func field(_ name: String, _ value: String) {
            lines.append("  " + (name.isEmpty ? "" : name + ":").padding(14) + TerminalText.escaped(value))
        }
        if let f = o.files.first {
            field("schema", f.schema.rawValue + (schema == .auto ? " (recognised from the header)" : " (as given)")
                + (f.skippedTagRow ? "; HXL tag row skipped" : ""))
            if !f.input.packaging.isEmpty { field("packaging", f.input.packaging.joined(separator: ", ")) }
            field("encoding", f.input.encoding)
            let forms = o.dateForms.seen
            var formWords: String
            if forms.isEmpty {
                formWords = "none read"
            } else if forms.count == 1, let first = o.firstDay {
                // One form: the file's first date in it (a constant day would be of no file).
                formWords = forms[0].example(of: first)
            } else {
                formWords = forms.map { "\($0.example): \(n(o.dateForms.count($0))) rows" }.joined(separator: "; ")
            }
            if !forms.isEmpty, let order = f.dateOrder { formWords += "; all-numeric dates read \(order)" }
            field("date form", formWords)
        }
        if let h = o.files.first?.hapi {
            // HAPI rows as published; each became a row per measure (killed, events, …).
            field("rows", "\(n(h.rows)) HDX HAPI row\(h.rows == 1 ? "" : "s") (place, admin level, event type, month)"
                + (h.rollUps > 0 ? "; \(n(h.rollUps)) coarser row\(h.rollUps == 1 ? "" : "s") left out as the total of the finer rows under \(h.rollUps == 1 ? "it" : "them")" : "")
                + (h.repeats > 0 ? "; \(n(h.repeats)) exact repeat\(h.repeats == 1 ? "" : "s") counted once" : "")
                + "; read as \(n(o.rowsRead)) figures, one per measure")
        } else {
            field("rows", n(o.rowsRead))
        }
        if o.implausibleDateRows > 0 {
            field("bad dates", "\(n(o.implausibleDateRows)) row\(o.implausibleDateRows == 1 ? "" : "s") outside the plausible dates \(o.plausibleDates), left out below (other commands refuse them; --date-range widens the span):")
            for m in o.implausibleDates.prefix(10) { field("", m) }
            if o.implausibleDateRows > 10 { field("", "… and \(n(o.implausibleDateRows - 10)) more") }
        }
        if let a = o.firstDay, let b = o.lastDay { field("dates", "\(a) to \(b) (date_start)") }
        var countries: [String] = []
        for r in o.result.rows where countries.last != r.country { countries.append(r.country ?? "") }
        let shown = countries.prefix(12).joined(separator: ", ")
        field("countries", "\(countries.count)" + (countries.isEmpty ? "" : ": " + shown
            + (countries.count > 12 ? ", … (\(countries.count - 12) more)" : "")))
        // Totals by measure are TallyCore's (every country added up, under its overflow policy).
        let totals: [MeasureTotal]
        do { totals = try o.result.totals() } catch {
            throw .data("\(file == "-" ? "<stdin>" : file): " + error.description)
        }
        /// The best as the figure shows it: a best no source stated (a range's midpoint,
        /// an open sum's) is named as such, not printed as a best (review49).
        func bestWords(_ e: Estimate) -> String {
            e.isFloorOnly ? "no best stated" : e.isRangeOnly ? "no best stated (midpoint \(Estimate.grouped(e.best)))" : "best \(Estimate.grouped(e.best))"
        }
        for (i, v) in totals.enumerated() {
            func plural(_ k: Int64, _ word: String) -> String { Estimate.grouped(k) + " " + word + (k == 1 ? "" : "s") }
            let what = v.kind == .flow
                ? "flow, total \(v.estimate.display) (low \(Estimate.grouped(v.estimate.low)), \(bestWords(v.estimate)), high \(v.estimate.high.map(Estimate.grouped) ?? "unbounded")), \(plural(v.events, "event"))"
                : "stock, \(plural(v.events, "observation")) used (latest per place)"
            field(i == 0 ? "measures" : "", v.measure + ": " + what)
        }
        if totals.isEmpty { field("measures", "none") }
        // Two names of one count (`killed` and `deaths`) are two measures, never added.
        for g in MeasureFamilies.groups(in: totals.map(\.measure)) {
            field("", g.joined(separator: ", ") + ": may count the same people under \(g.count) names; "
                + "tally never adds two measures (make the names one in the data to count them together)")
        }
        let p = o.datePrecisions
        let coarse = DatePrecision.allCases.filter { $0 != .day && p.count($0) > 0 }
        if o.files.first?.hapi != nil {
            field("coarse dates", "every HAPI row counts a month (HAPI publishes monthly counts; --period day or week is refused)")
        } else {
        // A row dated 1 to 30 April is no date known to the day (review28 N10).
        var spanned = ""
        // A stock is counted at its date_start, not by the date-span rule (review38 N4:
        // two stocks of three were said to be counted by it).
        let stocks = p.spannedStocks, flows = p.spanned - p.spannedStocks
        func rows(_ k: Int, _ what: String = "") -> String { "\(n(k)) \(what)row\(k == 1 ? "" : "s")" }
        let flowRule = "counted in a period only when its span fits in one (the date-span rule)"
        let stockRule = "counted at its date_start (a stock is a size at a date)"
        // "each" of two rows or more; one row is simply "counted" (review42 N3: "1 flow row,
        // each counted").
        func each(_ k: Int) -> String { k == 1 ? "" : "each " }
        if flows > 0 && stocks > 0 {
            spanned = rows(p.spanned) + " dated to a span of several days (date_start to date_end): " + rows(flows, "flow ") + ", "
                + each(flows) + flowRule + "; " + rows(stocks, "stock ") + ", " + each(stocks) + stockRule
        } else if flows > 0 {
            spanned = rows(flows) + " dated to a span of several days (date_start to date_end), " + each(flows) + flowRule
        } else if stocks > 0 {
            spanned = rows(stocks, "stock ") + " dated to a span of several days (date_start to date_end), " + each(stocks) + stockRule
        }
        var coarseWords: String
        if coarse.isEmpty {
            coarseWords = spanned.isEmpty ? "none (every date known to the day)" : "none by date precision; " + spanned
        } else {
            coarseWords = "\(n(p.total - p.day)) row\(p.total - p.day == 1 ? "" : "s"): " + coarse.map { "\(n(p.count($0))) known \($0.knownTo)" }.joined(separator: ", ")
            if !spanned.isEmpty { coarseWords += "; " + spanned }
        }
        field("coarse dates", coarseWords)
        }
        if let f = o.files.first, let c = Self.completeness(f) { field("completeness", c) }
        let q = o.rangeQuirks
        if q.rows > 0 {
            field("ranges", RangeQuirks.sentence(q, rows: "\(n(q.rows)) row\(q.rows == 1 ? " has" : "s have")"))
        }
        let i = o.incidents
        field("incidents", i.reports == 0 ? "none (no incident column or no values)"
            : "\(n(i.reports)) reports merged into \(n(i.incidents)) incidents")
        field("duplicates", o.duplicateSummary)
        for note in o.notes { field("note", note) }
        if let same = o.duplicates.sameRowsSentence { field("note", same) }
        return lines.joined(separator: "\n") + "\n"
    }
}

private extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
