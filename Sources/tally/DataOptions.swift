import ArgumentParser
import TallyCharts
import TallyCore
import TallyIO
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Options every data-reading command shares: which files, which rows.
struct DataOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("CSV files: native schema (docs/spec.md §2), UCDP GED or ACLED exports (see --schema); several files are summed together, each its own dataset for the coverage rule unless they are parts of one export (one schema, the same columns, a country in common, dates apart, or for UCDP GED and ACLED overlapping dates under one system of ids; see --one-dataset); - reads standard input.", valueName: "file"))
    var files: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Keep only these measures (comma-separated, e.g. killed,injured).", valueName: "measure[,measure]"))
    var measure: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Keep only this country (exact match; repeat for several). 'Syria' does not select the joint region 'Iraq;Syria'.", valueName: "name"))
    var country: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Keep only this actor (exact match; repeat for several).", valueName: "name"))
    var actor: [String] = []

    @Option(name: .long, help: ArgumentHelp("Keep events starting on or after this day.", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("Keep events starting on or before this day.", valueName: "YYYY-MM-DD"))
    var to: String?

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Treat this measure as a stock (a standing size, like members) besides the built-in members, fighters, supporters, strength.", valueName: "name"))
    var stock: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Treat this measure as a flow (counted per event and summed over time), where its name reads as a stock (members, troops, personnel, strength, …) but counts people per event, like new_members.", valueName: "name"))
    var flow: [String] = []

    @Option(name: .long, help: ArgumentHelp("Column layout of the files: auto (recognise each file by its header), native (docs/spec.md §2), ucdp-ged (UCDP GED) or acled (ACLED export).", valueName: "schema"))
    var schema: Schema = .auto

    /// Accepted so that scripts written when widening was optional keep running; it is
    /// what tally always does now, and a note on standard error says so.
    @Flag(name: .long, help: .hidden)
    var repairRanges = false

    @OptionGroup var input: InputFlags

    @Flag(name: .long, help: ArgumentHelp("Count every event in the period of its date_start, however long the span its date is known to (a year-dated event in January): how some publishers' own tables count. By default an event dated only to a span longer than the period goes to a row of its own, labelled with the interval (2016-01/2016-12)."))
    var countAtStart = false

    @Flag(name: .long, help: ArgumentHelp("The files are parts of one dataset (an export split by date: jan-mar.csv apr-may.csv): a period is covered where their records together cover it. Without it files of one schema with the same columns, a country in common and dates apart (monthly files, pages in date order) are still taken as one export, days between parts that none covers left uncovered; other files are each their own dataset, and a period is complete only where every file's records cover it (two sources ending on different days)."))
    var oneDataset = false

    @Flag(name: .long, help: "Say which schema each file was read in, and what was merged or skipped; name every country with long gaps, not the first 10.")
    var verbose = false

    /// Measure names as tally keys them (lower case, no surrounding spaces: `Killed` is `killed`).
    var measures: [String] { commaList(measure).map(KeyKind.measure.canonical) }
    var stocks: [String] { commaList(stock) }
    var flows: [String] { commaList(flow) }

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one CSV file (or - for standard input)") }
        _ = try day(from, "--from")
        _ = try day(to, "--to")
        if let f = try day(from, "--from"), let t = try day(to, "--to"), t < f {
            throw ValidationError("--to \(t) is before --from \(f)")
        }
        try input.validate()
        if let both = MeasureCatalog.declaredBothWays(stocks: stocks, flows: flows) {
            throw ValidationError("\"\(both)\" is given both --stock and --flow; declare it one or the other")
        }
    }

    private func day(_ text: String?, _ flag: String) throws -> CalendarDay? {
        guard let text else { return nil }
        guard let d = CalendarDay(text) else { throw ValidationError("\(flag): \"\(text)\" is not a valid date (YYYY-MM-DD)") }
        return d
    }

    var filter: RecordFilter {
        RecordFilter(measures: measures, countries: country, actors: actor,
                     from: from.flatMap(CalendarDay.init), to: to.flatMap(CalendarDay.init))
    }

    func request(grouping: Grouping, period: PeriodKind, collectSources: Bool = false) -> IngestRequest {
        var r = IngestRequest(files: files,
                              config: AggregationConfig(grouping: grouping, period: period,
                                                        measures: MeasureCatalog(extraStocks: stocks, extraFlows: flows), countAtStart: countAtStart),
                              filter: filter, collectSources: collectSources, schema: schema)
        input.apply(to: &r)
        if oneDataset { r.datasetOfFile = Array(repeating: 0, count: files.count) }
        // A chart reads its inputs twice (its months, then its bars): both the same files.
        r.identities = InputIdentities()
        return r
    }

    /// Tells the user, on standard error and only after a successful run, what the
    /// figures rest on: rows with dates coarser than the period, UCDP rows with
    /// figures out of order, incident reports merged; with `--verbose`, the schema
    /// of each file. Standard output stays exactly the requested result.
    func reportNotes(_ outcome: IngestOutcome) {
        if repairRanges {
            writeStderr("tally: --repair-ranges is no longer needed: UCDP rows with figures out of order are always widened to the envelope of their figures (docs/aggregation.md)\n")
        }
        for line in notes(outcome, verbose: verbose) { writeStderr("tally: " + line + "\n") }
    }
}

/// The summary lines for an ingest outcome (without the `tally: ` prefix).
func notes(_ outcome: IngestOutcome, verbose: Bool) -> [String] {
    var lines: [String] = outcome.duplicateFiles
    if verbose {
        for f in outcome.files {
            lines.append("\(f.name): read as \(f.schema.rawValue) (\(f.input.summary))" + (f.skippedTagRow ? "; skipped the HXL tag row under the header" : "")
                + (f.dateOrder.map { "; all-numeric dates read \($0)" } ?? ""))
        }
        let forms = outcome.dateForms.seen
        if !forms.isEmpty {
            lines.append("dates written as: " + forms.map { f in let k = outcome.dateForms.count(f); return "\(f.example): \(Estimate.grouped(Int64(k))) row\(k == 1 ? "" : "s")" }.joined(separator: ", "))
        }
    }
    // With --verbose, a note cut short in full (determ51: every country's long gaps).
    lines += verbose ? outcome.notes.map(outcome.inFull) : outcome.notes
    // Events read more than once: the words TallyIO gives every command (report too).
    lines += outcome.duplicateCountNotes
    if outcome.rowsRead > 0 && outcome.result.rows.isEmpty && outcome.result.spanning.isEmpty {
        var what = "no rows passed the filters (\(Estimate.grouped(Int64(outcome.recordsRead))) read"
        if let a = outcome.firstDay, let b = outcome.lastDay { what += ", dated \(a) to \(b)" }
        lines.append(what + "); check --measure, --country, --actor, --from and --to: names must match exactly")
    }
    let period = outcome.result.period
    let coarse = outcome.coarseDateRows
    if coarse > 0 {
        let parts = DatePrecision.allCases.filter { $0.isCoarser(than: period) && outcome.datePrecisions.count($0) > 0 }
            .map { "\(Estimate.grouped(Int64(outcome.datePrecisions.count($0)))) \($0.knownTo)" }
        lines.append("\(rowsHave(coarse)) dates known less precisely than the period (\(period.rawValue)): \(parts.joined(separator: ", "))"
            + (outcome.countedAtStart ? "; each is counted at its date_start (--count-at-start)" : ""))
    }
    for line in spanningNotes(outcome.result, tables: outcome.files.contains(where: \.isTable)) { lines.append(line) }
    let q = outcome.rangeQuirks
    if q.rows > 0 {
        lines.append(RangeQuirks.sentence(q, rows: rowsHave(q.rows)))
    }
    let i = outcome.incidents
    if i.reports > i.incidents || (verbose && i.reports > 0) {
        lines.append("\(Estimate.grouped(Int64(i.reports))) incident report\(i.reports == 1 ? "" : "s") merged into \(Estimate.grouped(Int64(i.incidents))) incident\(i.incidents == 1 ? "" : "s") (\(Estimate.grouped(Int64(i.incidentsInResult))) in the result)")
    }
    return lines
}

/// One line per measure with events dated only to spans longer than the period:
/// `16,564 killed (9 events) dated only to spans longer than a month are in rows of their own (2016-01/2016-12, …)`.
/// `tables`: an input is a table tally wrote, whose rows across two periods (a week
/// from 28 October to 3 November, read by month) are interval rows too.
func spanningNotes(_ result: AggregateResult, tables: Bool = false) -> [String] {
    guard !result.spanning.isEmpty else { return [] }
    var order: [String] = []
    // A total past 2^53 is said in words: the rows themselves are right, and a capped
    // or partial sum here would be a wrong number.
    var sums: [String: (estimate: Estimate?, events: Int64, labels: [String])] = [:]
    for r in result.spanning {
        if sums[r.measure] == nil { order.append(r.measure); sums[r.measure] = (.zero, 0, []) }
        sums[r.measure]!.estimate = sums[r.measure]!.estimate.flatMap { try? $0.adding(r.estimate) }
        sums[r.measure]!.events += r.events
        if !sums[r.measure]!.labels.contains(r.period) { sums[r.measure]!.labels.append(r.period) }
    }
    return order.map { m in
        let s = sums[m]!
        let shown = s.labels.prefix(3).joined(separator: ", ") + (s.labels.count > 3 ? ", …" : "")
        let total = s.estimate?.display ?? "a total past 2^53 (\(Estimate.grouped(Estimate.maximumValue)))"
        // A chart of dates (--from/--to, period all): these are the events whose spans
        // reach outside the dates, left out (review9d #16: "longer than a all … (all/all)").
        if result.period == .all {
            return "\(total) \(m) (\(Estimate.grouped(s.events)) event\(s.events == 1 ? "" : "s")) dated only to spans that reach outside the dates shown (--from/--to) are not counted; the chart's footnote says so"
        }
        if tables {
            // The example names the period asked (review36 N1: "(a week across two months" under --period quarter).
            let p = result.period.rawValue
            let example = result.period == .day || result.period == .week ? "a longer period read by \(p)" : "a week across two \(p)s"
            return "\(total) \(m) (\(Estimate.grouped(s.events)) event\(s.events == 1 ? "" : "s")) in rows of a table whose period spans more than one \(p) (\(example), or events dated only to longer spans) are in rows of their own, whose period is the interval they span (\(shown)); read the original records to place them"
        }
        return "\(total) \(m) (\(Estimate.grouped(s.events)) event\(s.events == 1 ? "" : "s")) dated only to spans longer than a \(result.period.rawValue) are in rows of their own, whose period is the interval they span (\(shown)); --count-at-start counts them at their date_start instead"
    }
}

/// "1 row in the result has" / "2 rows in the result have".
private func rowsHave(_ n: Int) -> String {
    Estimate.grouped(Int64(n)) + (n == 1 ? " row in the result has" : " rows in the result have")
}

/// Writes a message for the person at the terminal: controls and bidi overrides that
/// came from the data (a name with `ESC ]0;…` or `\r`) are shown as `\u{1B}` escapes,
/// never acted on; line feeds separate the lines of a message (TerminalText).
func writeStderr(_ text: String) {
    let bytes = Array(TerminalText.escaped(text, keepingLineFeeds: true).utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}


extension PeriodKind: ExpressibleByArgument {}
extension Schema: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}

/// Parses `--by country,adm1,side_b`: canonical keys (adm1 implies country) in any
/// order, and up to two source columns by name (`side_b`, `type_of_violence`), which
/// come after the canonical keys. A name that is no column of the file is reported
/// when the file's header is read.
/// The values of a repeatable option that also takes comma-separated lists
/// (`--measure killed,injured --measure members`), trimmed, empty ones dropped.
func commaList(_ values: [String]) -> [String] {
    values.flatMap { $0.split(separator: ",").map { String($0).trimmingSpaces } }.filter { !$0.isEmpty }
}

/// Output columns a source column may not be grouped under: the CSV would carry the
/// name twice and JSON readers would silently keep only one of the two values.
let reservedColumns: Set<String> = ["period", "measure", "low", "best", "high", "events", "estimate", "approximate", "best_stated"]

func parseGrouping(_ values: [String]) throws -> Grouping {
    var keys: [GroupKey] = []
    var extras: [String] = []
    for part in commaList(values) {
        if let k = GroupKey(name: part) {
            keys.append(k)
        } else if reservedColumns.contains(part) {
            throw ValidationError("--by \(part): '\(part)' is an output column of every result, not a key to group by")
        } else if !extras.contains(part) {
            extras.append(part)
        }
    }
    if extras.count > Grouping.maximumExtraColumns {
        throw ValidationError("--by: at most \(Grouping.maximumExtraColumns) source columns besides country, adm1, adm2, actor (got \(extras.joined(separator: ", ")))")
    }
    return Grouping(keys, extraColumns: extras)
}

extension DayMonthOrder: ExpressibleByArgument {}
extension OverlapRule: ExpressibleByArgument {}
extension DisplayLocale.Digits: ExpressibleByArgument {}

/// The display locale of `tally chart` and `tally report`: `--locale` (from the input
/// flags, where it also says how estimate text is read) must be one charts are written
/// in; a language tally only reads (`hi`) is refused, naming `read` (the way to read
/// without writing in it) when there is one.
func displayLocale(_ locale: String?, digits: DisplayLocale.Digits?, read: String?) throws -> DisplayLocale {
    guard let locale else { return DisplayLocale(identifier: "en", digits: digits) ?? .english }
    guard let display = DisplayLocale(identifier: locale, digits: digits) else {
        throw ValidationError(DisplayLocale.unknownMessage(locale)
                              + (NumberConvention(locale: locale) != nil && read != nil ? "; to read estimate text written the \(locale) way without writing the chart in it, give \(read!) \(locale)" : ""))
    }
    return display
}

/// How inputs are unpacked, decoded and checked: shared by every command that reads data.
struct InputFlags: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Text encoding: auto (UTF-8 with or without BOM, UTF-16 with BOM, and Windows-1252 when the bytes are not UTF-8), utf-8, windows-1252, latin-1, or utf-16 (with a BOM, or without one in the byte order the text shows; utf-16le or utf-16be name the order). Output is always UTF-8.", valueName: "encoding"))
    var encoding: String = "auto"

    @Option(name: .long, help: ArgumentHelp("The worksheet of an .xlsx workbook to read (default: the first).", valueName: "name"))
    var sheet: String?

    @Option(name: .long, help: ArgumentHelp("HDX HAPI conflict-event files: read only the rows of this admin level (0 country, 1 admin1, 2 admin2). Without it every level is read and a coarser row must be the total of the finer rows under it; a file whose levels disagree is refused, naming this option. Rows of other levels that no kept row stands for are said on standard error.", valueName: "0|1|2"))
    var adminLevel: Int?

    @Option(name: .long, help: ArgumentHelp("Order of all-numeric dates like 05/06/2016 (ACLED exports, and any file re-saved by a spreadsheet): dmy or mdy (default: decided per file from a day above 12, or refused).", valueName: "dmy|mdy"))
    var dateOrder: DayMonthOrder?

    @Option(name: .long, help: ArgumentHelp("Dates taken as plausible; others are data errors naming file and line (default 1900..tomorrow). Years or days: 1800..2100, 1990-01-01.., or any.", valueName: "from..to"))
    var dateRange: String?

    @Option(name: .long, help: ArgumentHelp("How digits in estimate text are written: a language code such as en, de, es, fr, ar, hi, or de-CH. \"de\" reads 5.000 as five thousand, \"fr\" 12 000, \"hi\" 1,00,000; without it such forms are refused.", valueName: "locale"))
    var locale: String?

    @Option(name: .long, help: ArgumentHelp("Files holding the same rows on the dates they share (two exports of one source that overlap, Jan-Mar and Mar-May, without ids): refuse (the default: exit 65 naming both files, the dates and the rows), later (rows of a file on a country's days that a file given later covers are left out: the later export counts them) or both (count both whole: two sources whose records happen to be alike; also UCDP GED beside ACLED or HDX HAPI records of one country on the same days, refused by default as two publishers' counts of one war).", valueName: "refuse|later|both"))
    var overlap: OverlapRule = .refuse

    func validate() throws {
        try validateLocale(locale)
        if TextEncoding(name: encoding) == nil {
            throw ValidationError("--encoding \(encoding): unknown; use \(TextEncoding.listed)")
        }
        if let level = adminLevel, !(0 ... 2).contains(level) {
            throw ValidationError("--admin-level \(level): HDX HAPI's admin levels are 0 (country), 1 and 2")
        }
        if let r = dateRange, PlausibleDates.parse(r, default: .standardToday) == nil {
            throw ValidationError("--date-range \(r): expected FROM..TO with years or YYYY-MM-DD days (1800..2100, 1990-01-01..), or any")
        }
    }

    var plausibleDates: PlausibleDates? { dateRange.flatMap { PlausibleDates.parse($0, default: .standardToday) } }

    func apply(to r: inout IngestRequest) {
        r.input = InputOptions(encoding: TextEncoding(name: encoding) ?? .auto, sheet: sheet, adminLevel: adminLevel)
        r.dateOrder = dateOrder
        r.plausibleDates = plausibleDates
        r.overlap = overlap
        if let convention = locale.flatMap(NumberConvention.init(locale:)) { r.numberConvention = convention }
    }
}

/// Refuses a `--locale` tally does not know, listing the ones it does.
func validateLocale(_ locale: String?) throws {
    if let locale, NumberConvention(locale: locale) == nil {
        throw ValidationError("--locale \(locale): unknown (known languages: "
                              + NumberConvention.knownLanguages.joined(separator: ", ") + "; charts and reports are written in "
                              + DisplayLocale.shipped.joined(separator: ", ") + ")")
    }
}

/// The dates asked for (`--from`/`--to`, or a chart's `--period`) lie wholly before or
/// after every row read: nothing matches them, and an empty table or chart with exit 0
/// looked like "no events then" (a `--to` before all the data printed a header
/// alone). A data error (exit 65, as a report period with no records), naming the
/// dates the data has; nothing is written. Dates inside the data's that the filters
/// or a gap in the data leave without a row are refused alike.
func checkWindowMatches(_ outcome: IngestOutcome, from: CalendarDay?, to: CalendarDay?, asked: String) throws(TallyError) {
    // The data reaches the last day of a record's span, not its last date_start (review19
    // B6: a row dated 1 January to 31 March made February "after the data", dated to 1 January).
    guard from != nil || to != nil, let first = outcome.firstDay, let last = outcome.lastSpanDay ?? outcome.lastDay else { return }
    let before = to.map { $0 < first } ?? false, after = from.map { $0 > last } ?? false
    let rows = "\(Estimate.grouped(Int64(outcome.recordsRead))) row\(outcome.recordsRead == 1 ? "" : "s") read"
    if before || after || (from != nil && to != nil && from! > to!) {
        throw TallyError.data("no record is dated within \(asked): the data is dated \(first) to \(last)"
            + " (\(rows)); nothing written. Choose dates the data reaches, or check that these are the files meant")
    }
    // Dates inside the data's that keep no row, one file or several (review19 B5: an
    // Iraq monitor that stopped, beside a Syria file reaching May, printed a header
    // alone with exit 0 for `--country Iraq` in May, where Iraq's file alone was 65):
    // the same refusal, saying whether the dates lie in a gap between the data's runs.
    guard outcome.result.rows.isEmpty && outcome.result.spanning.allSatisfy(\.outsideWindow) else { return }
    let window = (from ?? first) ... max(from ?? first, to ?? last)
    let runs = outcome.datasets.datasets.flatMap(\.coverage.runs)
    if !runs.contains(where: { $0.overlaps(window) }),
       let before = runs.filter({ $0.upperBound < window.lowerBound }).map(\.upperBound).max(),
       let after = runs.filter({ $0.lowerBound > window.upperBound }).map(\.lowerBound).min() {
        throw TallyError.data("no record is dated within \(asked): it lies in a gap of the data, which has no record from "
            + "\(before.adding(days: 1)) to \(after.adding(days: -1)) (dated \(first) to \(last), \(rows)); nothing written, "
            + "as an empty table would read as no events then. Choose dates the data reaches, or check that no export of those dates is missing")
    }
    throw TallyError.data("no record passes the filters within \(asked): the data is dated \(first) to \(last) (\(rows)), "
        + "but no row selected (--country, --actor, --measure) starts within it and ends in it (a row whose date span "
        + "reaches outside it is counted in no part of it); nothing written, as an empty table would read as no events then. "
        + "Check the names (they must match exactly), that the file of those rows reaches these dates (`tally info FILE` "
        + "gives each file's dates), or ask for dates that hold such a span whole")
}

/// No input holds a record (a header alone, an ACLED API response `"data":[]`, an empty
/// sheet): a table of its header alone with exit 0 was published by a cron job as "no
/// events" (review46 S10), though an expired query or a wrong filter gives the same.
/// A data error (exit 65) after the notes that say what each input held; nothing is
/// written. A run where only some inputs are empty reads the others (each empty one noted).
func checkSomeRecordRead(_ outcome: IngestOutcome, notes options: DataOptions) throws(TallyError) {
    guard outcome.rowsRead == 0 else { return }
    options.reportNotes(outcome)
    let n = outcome.files.count
    let names = outcome.files.prefix(3).map(\.name).joined(separator: ", ") + (n > 3 ? ", …" : "")
    throw TallyError.data((n == 1 ? "\(names) holds no record" : "none of the \(n) inputs (\(names)) holds a record")
        + " (the note\(n == 1 ? "" : "s") above say\(n == 1 ? "s" : "") what was read); nothing written, as an empty table would read as no events. "
        + "Check the download or the query (an expired key or a filter matching nothing gives an empty answer)")
}

/// `--from 2016-01-01 --to 2016-06-15` as the user gave them, for messages.
func windowWords(from: String?, to: String?) -> String {
    [from.map { "--from \($0)" }, to.map { "--to \($0)" }].compactMap { $0 }.joined(separator: " ")
}
