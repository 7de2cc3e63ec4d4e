#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TallyCore

/// What to aggregate, from which files.
public struct IngestRequest: Sendable {
    /// Paths; `-` reads standard input. Their records are summed together; for the
    /// coverage rule each file is its own dataset unless ``datasetOfFile`` says otherwise.
    public var files: [String]
    /// The dataset each file is part of, by file index (an export split into several
    /// files is one dataset: `path: [a.csv, b.csv]` in a spec, `--one-dataset`): its
    /// coverage is the runs of all their records, and figures name the dataset, not the
    /// file. Empty, or shorter than ``files``: a file past the end is its own dataset.
    /// Dataset indices are small and in input order (0, 1, …), as ``SourceSet`` bits.
    public var datasetOfFile: [Int] = []

    /// The dataset file `index` is part of (see ``datasetOfFile``).
    public func dataset(ofFile index: Int) -> Int {
        index < datasetOfFile.count ? datasetOfFile[index] : index
    }
    /// What else must be equal for files of datasets of their own to be taken as parts
    /// of one export split by date (``ExportParts``), by file index: a report dataset's
    /// `continuous:`. Empty, or shorter than ``files``: nothing more.
    public var partKeyOfFile: [String] = []
    /// The source each file's rows come from when a row names none in a `source`
    /// column (a report dataset's `source:`), by file index; empty, or shorter than
    /// ``files``: none declared. A native id is one event only within one source, the
    /// same rule for a `source` column and a declared source (docs/aggregation.md,
    /// "The same event read twice").
    public var sourceOfFile: [String] = []

    /// The source declared for file `index` (see ``sourceOfFile``).
    func declaredSource(ofFile index: Int) -> String? {
        index < sourceOfFile.count ? sourceOfFile[index] : nil
    }
    public var config: AggregationConfig
    public var filter: RecordFilter
    /// Count the `source` values of the rows that pass the filter, for the source
    /// line of charts and reports.
    public var collectSources: Bool
    /// Worker threads; `nil` uses one per core. Results do not depend on it.
    public var workers: Int?
    /// Bytes read per block; results do not depend on it (tests use tiny blocks to
    /// force records across block boundaries).
    public var blockSize: Int
    /// The column layout of the files; `.auto` recognises each file by its header.
    public var schema: Schema
    /// How inputs are decoded and unpacked (`--encoding`, `--sheet`).
    public var input = InputOptions()
    /// Dates outside this span are data errors; nil: 1900-01-01 to tomorrow (UTC).
    public var plausibleDates: PlausibleDates?
    /// The year two-digit years end at (`9-May-30`: the most recent year ending in 30
    /// not after it); nil for this year by the clock. Set by tests.
    public var thisYear: Int?
    /// Set aside rows with implausible dates instead of stopping (`tally info` lists them).
    public var collectImplausibleDates = false
    /// Whether a stock row of a table (a `period` column: tally's own, cut, or typed by
    /// hand) may be read at a period that is not the row's own, each table cell's latest row kept: `tally info`'s summary and a
    /// report's stock history, which read at period `all` and print no re-cut figure of
    /// it. Otherwise such a row is refused (review38 S3, S4: ``BlockParser``).
    public var stockTablesAtAnyPeriod = false
    /// The order of all-numeric ACLED dates (`--date-order`); nil decides it per file
    /// from the dates themselves.
    public var dateOrder: DayMonthOrder?
    /// Count an event id read from several files once (the file given last wins);
    /// nil does so whenever more than one file is given.
    public var deduplicate: Bool?
    /// Two inputs holding the same rows on the dates they share (two exports of one
    /// source that overlap): refused, the later file's dates win, or both counted
    /// (`--overlap`; docs/aggregation.md, "The same event read twice").
    public var overlap: OverlapRule = .refuse
    /// How digits in estimate text are written (`--locale de`, `locale: de` in a report
    /// spec): `5.000` is five thousand under `de`. `.unspecified` refuses such forms.
    public var numberConvention: NumberConvention = .unspecified
    /// A file's own convention (a report dataset's `locale:`), by the path as given in
    /// ``files``; it wins over ``numberConvention`` for that file.
    public var fileConventions: [String: NumberConvention] = [:]
    /// How the user names a locale where they are (`--locale de` or `locale: de`), so
    /// a refusal of `5.000` says what settles it in the command they ran.
    public var localeAdvice: LocaleAdvice = .option

    /// The convention estimate text of the file `path` (`-` for standard input) is read in.
    func convention(forFile path: String) -> NumberConvention {
        fileConventions[path] ?? numberConvention
    }
    /// Options for single files (a report spec's per-dataset `encoding`, `sheet`,
    /// `date_order`, `date_range`), by path as given in ``files``; they win over the
    /// run-wide ones above for that file.
    public var perFile: [String: FileInputOptions] = [:]
    /// How messages name the settings that change what is read: the command line's
    /// options, or a report spec's keys.
    public var optionNames: OptionNames = .commandLine
    /// Sums of stocks tally refuses (one group under several names, a `Total` actor
    /// beside its parts) are kept by period in ``IngestOutcome/stockRefusals`` instead of
    /// refusing the run: a report refuses only those of the periods it shows (stocks6
    /// item 2). Every other caller refuses the run, as it prints every period.
    public var stockRefusalsByPeriod = false
    /// The stamps of the files read by earlier passes of the same run (a report reads its
    /// datasets several times): a file rewritten between passes is refused (74) rather
    /// than read as another version (review46 S2). Nil: each reading is checked alone.
    public var identities: InputIdentities?

    public init(files: [String], config: AggregationConfig = AggregationConfig(), filter: RecordFilter = RecordFilter(),
                collectSources: Bool = false, workers: Int? = nil, blockSize: Int = 1 << 19,
                schema: Schema = .auto) {
        self.files = files
        self.config = config
        self.filter = filter
        self.collectSources = collectSources
        self.workers = workers
        self.blockSize = blockSize
        self.schema = schema
    }
}

/// Input options for one file, each nil where the run-wide option applies.
public struct FileInputOptions: Sendable, Equatable {
    public var encoding: TextEncoding?
    public var sheet: String?
    public var dateOrder: DayMonthOrder?
    public var plausibleDates: PlausibleDates?
    /// `--overlap` of `tally report` (run-wide: a dataset's own is not read).
    public var overlap: OverlapRule?
    /// An HDX HAPI dataset's one admin level (`admin_level:`, `--admin-level`).
    public var adminLevel: Int?

    public init(encoding: TextEncoding? = nil, sheet: String? = nil, dateOrder: DayMonthOrder? = nil,
                plausibleDates: PlausibleDates? = nil, overlap: OverlapRule? = nil, adminLevel: Int? = nil) {
        self.encoding = encoding; self.sheet = sheet; self.dateOrder = dateOrder; self.plausibleDates = plausibleDates
        self.overlap = overlap; self.adminLevel = adminLevel
    }

    public var isEmpty: Bool { self == FileInputOptions() }
}

/// Where the settings a message advises live: `tally aggregate`'s and `chart`'s
/// options, or a report spec's keys (`tally report` has no `--measure` or `--by`).
public enum OptionNames: Sendable, Equatable {
    case commandLine
    case reportSpec

    /// The measures filter.
    var measure: String { self == .commandLine ? "--measure" : "filter.measures" }
    /// The grouping (a section's keys in a report).
    var by: String { self == .commandLine ? "--by" : "by (of a section)" }
    /// The schema named for the files.
    var schema: String { self == .commandLine ? "--schema" : "schema (of the dataset)" }
    /// The period kind.
    var period: String { self == .commandLine ? "--period" : "period (of the spec)" }
    /// The one admin level of an HDX HAPI file to read.
    var adminLevel: String { self == .commandLine ? "--admin-level" : "admin_level:" }
    /// The worksheet of a workbook: `--sheet Events`, `--sheet 'Raw data'`.
    func sheet(_ name: String) -> String {
        if self == .reportSpec { return "sheet: \(name) (of the dataset)" }
        let plain = !name.isEmpty && name.unicodeScalars.allSatisfy {
            ($0.isASCII && ($0.properties.isAlphabetic || ("0" ... "9").contains($0))) || "_.-".unicodeScalars.contains($0)
        }
        return "--sheet " + (plain ? name : "'" + name.replacingOccurrences(of: "'", with: "'\\''") + "'")
    }
}

extension PlausibleDates {
    /// The default span, from today's date (UTC).
    public static var standardToday: PlausibleDates { .standard(today: Clock.today) }
}

/// Today's date (UTC): the clock's only use in ingest (the plausible span, and the
/// century of two-digit years).
public enum Clock {
    public static var today: CalendarDay {
        #if canImport(Glibc)
        let now = Int(Glibc.time(nil))
        #else
        let now = Int(Darwin.time(nil))
        #endif
        return CalendarDay(daysSinceEpoch: Int32(now / 86_400))
    }

    public static var thisYear: Int { today.components.year }
}
