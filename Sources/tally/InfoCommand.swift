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
        for file in files {
            var request = IngestRequest(
                files: [file],
                config: AggregationConfig(grouping: Grouping([.country]), period: .all,
                                          measures: MeasureCatalog(extraStocks: commaList(stock))),
                schema: schema)
            input.apply(to: &request)
            request.collectImplausibleDates = true
            // Ids repeated within the file are looked for too.
            request.deduplicate = true
            let outcome = try Ingest.run(request)
            blocks.append(try describe(file: file, outcome))
        }
        if files.count > 1 {
            // Events in more than one of the files: what aggregating them together does.
            var request = IngestRequest(files: files, config: AggregationConfig(grouping: Grouping([.country]), period: .all), schema: schema)
            input.apply(to: &request)
            request.collectImplausibleDates = true
            let d = try Ingest.run(request).duplicates
            let n = { (v: Int) in Estimate.grouped(Int64(v)) }
            blocks.append("all \(files.count) files together\n  duplicates:   " + (d.dropped + d.replaced == 0
                ? "none (no event id in more than one file)\n"
                : "\(n(d.dropped + d.replaced)) event\(d.dropped + d.replaced == 1 ? "" : "s") in more than one file, counted once: \(n(d.dropped)) identical, \(n(d.replaced)) with other figures (the file given later wins)\n"))
        }
        try writeStdout(Array(blocks.joined(separator: "\n").utf8))
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
            field("date form", forms.isEmpty ? "none read"
                : forms.map { "\($0.example)" + (forms.count > 1 ? ": \(n(o.dateForms.count($0))) rows" : "") }.joined(separator: "; ")
                + (f.dateOrder.map { "; all-numeric dates read \($0)" } ?? ""))
        }
        field("rows", n(o.rowsRead))
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
        for (i, v) in totals.enumerated() {
            func plural(_ k: Int64, _ word: String) -> String { Estimate.grouped(k) + " " + word + (k == 1 ? "" : "s") }
            let what = v.kind == .flow
                ? "flow, total \(v.estimate.display) (low \(Estimate.grouped(v.estimate.low)), best \(Estimate.grouped(v.estimate.best)), high \(v.estimate.high.map(Estimate.grouped) ?? "unbounded")), \(plural(v.events, "event"))"
                : "stock, \(plural(v.events, "observation")) used (latest per place)"
            field(i == 0 ? "measures" : "", v.measure + ": " + what)
        }
        if totals.isEmpty { field("measures", "none") }
        let p = o.datePrecisions
        let coarse = DatePrecision.allCases.filter { $0 != .day && p.count($0) > 0 }
        field("coarse dates", coarse.isEmpty ? "none (every date known to the day)"
            : "\(n(p.total - p.day)) rows: " + coarse.map { "\(n(p.count($0))) known only to the \($0.name)" }.joined(separator: ", "))
        let q = o.rangeQuirks
        if q.rows > 0 {
            field("ranges", RangeQuirks.sentence(q, rows: "\(n(q.rows)) row\(q.rows == 1 ? " has" : "s have")"))
        }
        let i = o.incidents
        field("incidents", i.reports == 0 ? "none (no incident column or no values)"
            : "\(n(i.reports)) reports merged into \(n(i.incidents)) incidents")
        let d = o.duplicates
        field("duplicates", !d.any ? "none (no event id read twice)"
            : [d.withinFile > 0 ? "\(n(d.withinFile)) rows repeating an earlier row of this input (same id and contents), counted once" : nil,
               d.dropped + d.replaced > 0 ? "\(n(d.dropped + d.replaced)) events read twice: \(n(d.dropped)) identical, \(n(d.replaced)) with other figures" : nil]
                .compactMap { $0 }.joined(separator: "; "))
        for note in o.notes { field("note", note) }
        return lines.joined(separator: "\n") + "\n"
    }
}

private extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
