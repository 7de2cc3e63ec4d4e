import TallyCore

/// What one input file turned out to be.
public struct FileSummary: Sendable, Equatable {
    public var name: String
    /// The schema it was read in (detected when the request said `.auto`).
    public var schema: Schema
    /// Whether an HXL hashtag row under the header was skipped.
    public var skippedTagRow: Bool
    /// Whether it is a table tally wrote (a `period` column in place of dates), whose
    /// rows across two periods go to interval rows (docs/spec.md §2).
    public var isTable = false
    /// Packaging and encoding (`gzip, UTF-8`, `xlsx: sheet "Events", …`).
    public var input = InputDescription()
    /// How all-numeric dates were read: "day first, decided from line 7 (28/05/2016)".
    public var dateOrder: String?
    /// HDX HAPI files: the rows as published, before they became native rows (one per
    /// measure), and how their dates were written.
    public var hapi: HAPIConflict.Reading?
    /// Its header's column names, as written: inputs of one schema with the same columns
    /// may be parts of one export split by date (``ExportParts``).
    public var columns: [String] = []

    /// Whether any of `files` is UCDP GED or ACLED, whose actor is the one an event
    /// names first (``IngestOutcome/actorIsFirstNamed``).
    public static func actorIsFirstNamed(_ files: [FileSummary]) -> Bool {
        files.contains { $0.schema == .ucdpGED || $0.schema == .acled }
    }

    public init(name: String, schema: Schema, skippedTagRow: Bool) {
        self.name = name
        self.schema = schema
        self.skippedTagRow = skippedTagRow
    }
}

/// Reports that shared an `incident` value, and the incidents they became.
public struct IncidentSummary: Sendable, Equatable {
    /// Rows with an `incident` value (after the measure filter).
    public var reports = 0
    /// Distinct incidents (per measure) those rows form.
    public var incidents = 0
    /// Incidents, and the reports in them, that passed the filters into the result.
    public var incidentsInResult = 0
    public var reportsInResult = 0

    public init() {}
}

/// The aggregate and what was learnt about the input on the way.
public struct IngestOutcome: Sendable {
    public var result: AggregateResult
    /// Records read and checked (before filtering); an HDX HAPI row counts once per
    /// measure it became (``recordsRead`` counts the file's own rows).
    public var rowsRead: Int
    /// The records of the files as their readers would count them: ``rowsRead`` with
    /// each HDX HAPI file's rows as published (a place, level, event type and month) in
    /// place of the figures they became (review51 F3: a report cover said "11 records
    /// read" of a 5-row file).
    public var recordsRead: Int {
        let hapi = files.compactMap(\.hapi)
        guard !hapi.isEmpty else { return rowsRead }
        return max(0, rowsRead - hapi.reduce(0) { $0 + $1.nativeLines }) + hapi.reduce(0) { $0 + $1.rows }
    }
    /// Distinct `source` values of the rows that passed the filter, most frequent
    /// first (ties in byte order); empty unless requested. UCDP and ACLED rows are
    /// credited to the dataset ("UCDP GED", "ACLED").
    public var sources: [String]
    /// The input files in order, with the schema each was read in.
    public var files: [FileSummary] = []

    /// Whether an actor grouping holds the actor an event names first: UCDP GED's
    /// side A, ACLED's actor1 (an event of A against B counts under A only), so a chart
    /// says "first-named actor", not "actor involved" (review46 N-d).
    public var actorIsFirstNamed: Bool { FileSummary.actorIsFirstNamed(files) }

    /// The measure of the result that `typed` names: itself when the result has it,
    /// else what a schema of the inputs calls it (`fatalities` in ACLED, HDX HAPI and
    /// UCDP is tally's `killed`), so `chart --measure fatalities` shows the rows that
    /// `aggregate --measure fatalities` selects.
    public func measureName(_ typed: String) -> String {
        if result.rows.contains(where: { $0.measure == typed }) { return typed }
        for f in files {
            let c = Schema.canonicalMeasure(typed, in: f.schema)
            if c != typed, result.rows.contains(where: { $0.measure == c }) { return c }
        }
        return typed
    }
    /// Rows that went into the result, by how well their dates are known.
    public var datePrecisions = PrecisionCounts()
    /// Rows in the result whose date is known less well than the requested period.
    public var coarseDateRows: Int { datePrecisions.coarser(than: result.period) }
    /// Rows in the result with `high < best` or `low > best` (UCDP).
    public var rangeQuirks = RangeQuirks()
    public var incidents = IncidentSummary()
    /// A note for each input left out because it names a file given earlier
    /// (`a.csv ./a.csv`, a link, two spec entries): each file is read once.
    public var duplicateFiles: [String] = []
    /// Whether the input was read with a table of every id it holds (memory grows by
    /// 55–110 bytes an id): several inputs, or one whose ids do not rise. One input
    /// whose ids rise, by path or as a stream, is read without (``IdOrder``, ``StreamReplay``).
    public var readWithIdTable = false
    /// Earliest and latest `date_start` of all rows read; nil when no row was read.
    /// Measures of every record read, before filters (as the data spells them, canonical).
    public var measuresSeen: Set<String> = []
    public var firstDay: CalendarDay?
    public var lastDay: CalendarDay?
    /// The last day a record's date span reaches (`date_end`, or what its precision
    /// implies): a row dated 1 January to 31 March reaches March though it starts in January.
    public var lastSpanDay: CalendarDay?
    /// The coverage rule (docs/aggregation.md): the runs of records of each dataset
    /// read (each input file, or the files ``IngestRequest/datasetOfFile`` puts in one,
    /// in input order), and the days every one of them covers; nil when no row was read.
    public var fileCoverages: [Coverage] = []
    public var coverage: Coverage?
    /// Each dataset's own coverage, by its place among the datasets and named by its
    /// file name (without folders; "a.csv and b.csv" for one of several files): what a chart applies to the figures each input
    /// adds to (``AggregateRow/sources``).
    public var datasets = DatasetCoverages()

    /// Every dataset reports continuously (`--continuous`): each covers from its first
    /// record to its last (the gap rule), and ``coverage`` is what they all cover.
    public mutating func reportContinuously() {
        for i in datasets.datasets.indices { datasets.datasets[i].reporting(continuous: true) }
        fileCoverages = datasets.datasets.map(\.coverage)
        coverage = datasets.intersection
    }
    /// The long-gap rule for a chart or table of `kind` (or, for `all`, of the dates
    /// `window`): each dataset that does not report continuously loses the days of
    /// long gaps in its records from the periods holding them
    /// (``DatasetCoverages/withoutThinPeriods(kind:window:)``), so the chart marks them
    /// partial and names it, and standard error says which (review17 #1).
    public mutating func markThinPeriods(kind: PeriodKind, window: ClosedRange<CalendarDay>? = nil) {
        let (kept, thin) = datasets.withoutThinPeriods(kind: kind, window: window)
        guard !thin.isEmpty else { return }
        datasets = kept
        coverage = datasets.intersection
        for t in thin {
            let note = DatasetCoverages.thinNote(name: t.name, periods: t.periods, kind: kind, most: Self.thinCountriesSaid)
            notes.append(note)
            if note.hasSuffix("(--verbose lists them)") { cutNotes[note] = CutThinNote(name: t.name, periods: t.periods, kind: kind) }
        }
    }
    /// The countries of one file whose long gaps a note names (determ51, review56 F10);
    /// `--verbose` names them all (``inFull(_:)``).
    public static let thinCountriesSaid = 10
    public struct CutThinNote: Sendable {
        var name: String
        var periods: [DatasetCoverages.Dataset.ThinPeriod]
        var kind: PeriodKind
    }
    /// Notes of ``notes`` cut short (a file's long gaps past ``thinCountriesSaid``
    /// countries), with what they were made of: worked out in full only when asked.
    public var cutNotes: [String: CutThinNote] = [:]
    /// A note of ``notes`` in full: every country's long gaps (`--verbose`).
    public func inFull(_ note: String) -> String {
        guard let c = cutNotes[note] else { return note }
        return DatasetCoverages.thinNote(name: c.name, periods: c.periods, kind: c.kind)
    }
    /// Rows by the form their date was written in.
    public var dateForms = DateFormCounts()
    /// Events read more than once (by id), and what became of them.
    public var duplicates = DuplicateCounts()
    /// Rows set aside for implausible dates (only when the request collects them):
    /// how many, and the first messages with file and line.
    public var implausibleDateRows = 0
    public var implausibleDates: [String] = []
    /// Where each of ``implausibleDates`` is (`file:line`), in the same order.
    public var implausibleDatePlaces: [String] = []
    /// The span dates were checked against.
    public var plausibleDates = PlausibleDates.any
    /// Things to say on standard error after a successful run (an API page missing,
    /// `--measure fatalities` read as `killed`).
    public var notes: [String] = []
    /// The groups whose stock adds a whole place's figure to its parts' (the note of
    /// ``Aggregator/stocksAtTwoLevels(namesCountry:)``), for charts and reports to say.
    public var twoLevelStocks: [TwoLevelStock] = []
    /// The same groups in the totals by measure (a roll-up to no keys: a report's
    /// headline), whatever the grouping; and their notes for standard error where the
    /// grouping is not empty (``Aggregator/stocksOverlapping(totals:namesNoOne:meansAll:)``).
    public var totalTwoLevelStocks: [TwoLevelStock] = []
    public var totalNotes: [String] = []
    /// Stocks of one group under several names (``Aggregator/stockAliases(totals:)``)
    /// added in the totals by measure though the grouping keeps them apart (by actor):
    /// the refusal a caller that shows those totals (a report's headline) gives.
    public var totalAliases: String?
    /// With ``IngestRequest/stockRefusalsByPeriod``: the refused sums of stocks of each
    /// period and measure at the run's grouping, and in the totals by measure (a report's
    /// headline), for the caller to refuse those it shows.
    public var stockRefusals: [StockRefusal] = []
    public var totalStockRefusals: [StockRefusal] = []
    /// Stocks of two actor cells that look like one group written two ways, added
    /// (``Aggregator/stockLikelyAliases(totals:)``): at the run's grouping (their notes
    /// are in ``notes``) and in the totals by measure (a report's cover).
    public var likelyAliases: [LikelyAlias] = []
    public var totalLikelyAliases: [LikelyAlias] = []
    /// Continuous when every file read is of a dataset that reports continuously
    /// (``Schema/reporting``); one native file makes the whole run sparse.
    public var reporting: Reporting {
        !files.isEmpty && files.allSatisfy { $0.schema.reporting == .continuous } ? .continuous : .sparse
    }
    /// Whether flows were counted at their `date_start` whatever their date span
    /// (``AggregationConfig/countAtStart``).
    public var countedAtStart = false
}

extension IngestOutcome {
    /// Whether the datasets cover every period of the result alike
    /// (``DatasetCoverages/coverAlike(periods:kind:)``): else a table of their rows is
    /// written with `covered_by_input`, which tally refuses to read back (review9d #1).
    /// `from`/`to`: the window `--from`/`--to` cut the rows to (``DatasetCoverages/cut(from:to:)``).
    public func coveredAlike(from: CalendarDay? = nil, to: CalendarDay? = nil) -> Bool {
        let keys = result.rows.map(\.periodKey)
        guard let lo = keys.min(), let hi = keys.max() else { return true }
        return datasets.cut(from: from, to: to).coverAlike(periods: lo ... hi, kind: result.period)
    }

    /// The result as `tally aggregate` writes it (docs/spec.md §4): CSV or JSON with
    /// each row's `covered` (the days of its period its datasets cover), named
    /// `covered_by_input` when the inputs cover the periods differently.
    /// With `from`/`to` (`--from`/`--to`), each dataset's days are cut to them as the
    /// rows are (June 2016 with `--to 2016-06-15` is covered to the 15th).
    public func written(as format: OutputFormat, from: CalendarDay? = nil, to: CalendarDay? = nil) -> [UInt8] {
        let kind = result.period, datasets = self.datasets.cut(from: from, to: to).forTable(result.rows, kind: kind)
        let alike = coveredAlike(from: from, to: to)
        return ResultWriter.render(result, as: format, coveredColumn: alike ? "covered" : "covered_by_input") { row in
            datasets.coveredText(of: row, kind: kind)
        }
    }
}
