import TallyCharts
import TallyCore
import TallyIO

/// What a report says and about which data: the content of a report spec file.
///
/// A spec is written once and run every month from cron, so everything a run needs is
/// here, and only the period (`latest` by default) changes between runs.
public struct ReportSpec: Sendable, Equatable {
    public var title: String
    public var subtitle: String
    /// Prefix of the output files (`monthly` → `monthly-2023-04.pdf`).
    public var name: String
    /// PDF subject; by default a sentence naming the period.
    public var subject: String?
    public var period: PeriodChoice
    /// Render a report (saying "no records") for a period without data instead of failing.
    public var allowEmpty: Bool
    public var stocks: [String]
    /// `flows:`: measures declared flows (counted per event, summed) though their
    /// names read as stocks (`militants`; ``MeasureCatalog/flows``).
    public var flows: [String] = []
    /// The spec's stocks and flows as a catalog.
    public var measureCatalog: MeasureCatalog { MeasureCatalog(extraStocks: stocks, extraFlows: flows) }
    public var filter: SpecFilter
    public var datasets: [DatasetSpec]
    /// `tally report`'s `--encoding`, `--sheet`, `--date-order`, `--date-range`: for
    /// every dataset that does not set its own.
    public var inputDefaults = FileInputOptions()
    public var sections: [SectionSpec]
    /// The `style:` file's fonts, colours, logo and credit for the report's charts.
    public var style: ChartStyle?
    /// The theme of the brief's pages and charts: the style's (or the light one), read
    /// in the direction of its locale (right to left for `ar`, `fa`: issue 15, item 5).
    public var theme: Theme {
        var t = style?.theme ?? .light
        t.direction = displayLocale.direction
        return t
    }
    /// Where the style file was read from (relative to the working folder), so a run
    /// never writes an output over it.
    public var stylePath: String?
    /// The days the datasets cover, when the source publishes "through" a date (or from
    /// one); otherwise the first to the last date of the records.
    public var coverage: CoverageSpec
    /// `locale:`, the language and number convention of the report (a code such as
    /// `de`, `fr`, `hi`, `de-CH`). Today it says how digits in the datasets' estimate
    /// text are written (`5.000` is five thousand under `de`); a dataset's own `locale:`
    /// wins for that dataset, and `--locale` replaces this one.
    public var locale: String?
    /// `digits:` (latin or native): the digits the report is written with; `nil` is
    /// CLDR's default for the locale (latin for ar, Persian for fa).
    public var digits: DisplayLocale.Digits?
    /// The language the report is written in: its `locale:` (English without one).
    public var displayLocale: DisplayLocale {
        DisplayLocale(identifier: locale ?? "en", digits: digits) ?? .english
    }
    /// `author:`, `organisation:` and `published:` (a date): the cover's byline.
    public var author: String?
    public var organisation: String?
    public var published: CalendarDay?
    /// `count_at_start: true`: every flow counts in the period of its `date_start`,
    /// however long its date span, as `--count-at-start` does (to reproduce a
    /// publisher's own tables); the charts' footnotes then say so.
    public var countAtStart = false
    /// `formats:`: the files a run writes when `--format` does not say (pdf, png, csv,
    /// html); `nil` for ``ReportFormat/defaults``.
    public var formats: Set<ReportFormat>?
    /// The stamps of the dataset files this run has read: every pass over a dataset (the
    /// history, the period, the stocks, each brief) must read the file the first read,
    /// or the brief's PDF and CSV would hold two versions (review46 S2).
    public var inputs = InputIdentities()

    public init(title: String, subtitle: String = "", name: String, subject: String? = nil,
                period: PeriodChoice = PeriodChoice(), allowEmpty: Bool = false, stocks: [String] = [],
                filter: SpecFilter = SpecFilter(), datasets: [DatasetSpec], sections: [SectionSpec],
                coverage: CoverageSpec = CoverageSpec()) {
        self.title = title; self.subtitle = subtitle; self.name = name; self.subject = subject
        self.period = period; self.allowEmpty = allowEmpty; self.stocks = stocks; self.filter = filter
        self.datasets = datasets; self.sections = sections; self.coverage = coverage
    }

    /// Every file the datasets read, in order (a dataset of several files, `path:` a
    /// list, gives them all in turn).
    public var files: [String] { datasets.flatMap(\.resolvedPaths) }
    /// The dataset (its index in ``datasets``) of each of ``files``.
    public var datasetOfFile: [Int] {
        datasets.enumerated().flatMap { i, d in Array(repeating: i, count: d.resolvedPaths.count) }
    }
    /// The dataset of each of ``files`` (its options, locale and schema apply to each).
    public var fileDatasets: [DatasetSpec] { datasetOfFile.map { datasets[$0] } }
}

/// A spec's `coverage:`: `coverage: 2023-05-31` (through that day) or
/// `coverage: {from: 2023-01-01, to: 2023-05-31}`.
public struct CoverageSpec: Sendable, Equatable {
    public var from: CalendarDay?
    public var to: CalendarDay?
    public init(from: CalendarDay? = nil, to: CalendarDay? = nil) { self.from = from; self.to = to }
}

/// The period a report covers: its length and which one.
public struct PeriodChoice: Sendable, Equatable {
    public enum Which: Sendable, Equatable {
        /// The last complete period present in the data.
        case latest
        /// A period by its key in `every`'s numbering (from a label such as `2023-04`).
        case key(Int32)
    }

    /// `month`, `quarter` or `year`.
    public var every: PeriodKind
    public var which: Which

    public init(every: PeriodKind = .month, which: Which = .latest) {
        self.every = every; self.which = which
    }

    /// Parses a `--period` value or the spec's `which`: `latest` or a label of `every`.
    public static func which(_ text: String, every: PeriodKind) -> Which? {
        if text.lowercased() == "latest" { return .latest }
        return every.parseLabel(text).map { .key($0) }
    }
}

/// Rows every section is computed from (like `--country`, `--actor`, `--measure`).
public struct SpecFilter: Sendable, Equatable {
    public var countries: [String] = []
    public var actors: [String] = []
    public var measures: [String] = []
    public init(countries: [String] = [], actors: [String] = [], measures: [String] = []) {
        self.countries = countries; self.actors = actors; self.measures = measures
    }
}

/// One input file and what the sources page must say about it.
public struct DatasetSpec: Sendable, Equatable {
    /// As written in the spec (relative to the spec's folder).
    public var path: String
    /// Resolved against the spec's folder.
    public var resolvedPath: String
    /// The further files of a dataset split into several (`path: [jan-mar.csv,
    /// apr-may.csv]`, an export in parts), as written and resolved: one dataset, whose
    /// coverage is the runs of all their records.
    public var morePaths: [String] = []
    public var resolvedMorePaths: [String] = []
    /// ``resolvedPath`` and ``resolvedMorePaths``.
    public var resolvedPaths: [String] { [resolvedPath] + resolvedMorePaths }
    /// Its title on the sources page (`name:` or `title:` in the spec). When the spec
    /// gives none (``nameGiven`` false) the report uses the publisher's title of the
    /// schema the file was read in, else the file's name without its folders.
    public var name: String
    public var nameGiven = true
    public var description: String
    public var source: String
    public var licence: String
    public var attribution: String
    /// Short credit for the source line under charts (default: ``name``).
    public var credit: String
    public var url: String
    /// Input schema name (`native`, `ucdp-ged`, `auto`) where tally's reader supports it.
    public var schema: String?
    /// `continuous:` in the spec: whether the dataset reports every event of the span
    /// it covers (the gap rule); `nil` leaves it to the schema (UCDP GED and ACLED do,
    /// a native CSV is not known to).
    public var continuous: Bool?
    /// The dataset's own `locale:` (how digits in its estimate text are written), when
    /// it differs from the report's.
    public var locale: String?
    /// How this file is read (`encoding`, `sheet`, `date_order`, `date_range`): they
    /// win over `tally report`'s `--encoding`, `--sheet`, `--date-order`, `--date-range`,
    /// which apply to every dataset.
    public var input = FileInputOptions()

    public init(path: String, resolvedPath: String, name: String, description: String = "", source: String,
                licence: String, attribution: String = "", credit: String? = nil, url: String = "", schema: String? = nil,
                continuous: Bool? = nil, locale: String? = nil) {
        self.path = path; self.resolvedPath = resolvedPath; self.name = name; self.description = description
        self.source = source; self.licence = licence; self.attribution = attribution; self.credit = credit ?? name; self.url = url
        self.schema = schema; self.continuous = continuous
        self.locale = locale
    }
}

/// One block of the report, in the order written.
public enum SectionSpec: Sendable, Equatable {
    case summary(SummarySpec)
    case bar(BarSpec)
    case timeline(TimelineSpec)
    case table(TableSpec)
    case notes(NotesSpec)

    public var title: String {
        switch self {
        case let .summary(s): s.title
        case let .bar(s): s.title
        case let .timeline(s): s.title
        case let .table(s): s.title
        case let .notes(s): s.title
        }
    }
}

extension SectionSpec {
    /// The id that names a chart's PNG; nil for sections without a chart.
    public var chartID: String? {
        get {
            switch self {
            case let .bar(b): b.id
            case let .timeline(t): t.id
            default: nil
            }
        }
        set {
            guard let newValue else { return }
            switch self {
            case var .bar(b): b.id = newValue; self = .bar(b)
            case var .timeline(t): t.id = newValue; self = .timeline(t)
            default: break
            }
        }
    }
}

/// Headline figures: each measure's estimate for the period, and how it changed.
public struct SummarySpec: Sendable, Equatable {
    public var title: String
    /// Empty: every measure in the data, flows first.
    public var measures: [String]
    /// The spec gave no `title:`: the brief writes the default in its own language
    /// (``ReportContent``; `Headline figures`, `Chiffres clés`).
    public var titleGenerated = false
    public init(title: String = "Headline figures", measures: [String] = []) {
        self.title = title; self.measures = measures
    }
}

/// A ranking chart, as `tally chart bar` draws it, for the report period.
public struct BarSpec: Sendable, Equatable {
    /// Names the PNG (`monthly-2023-04-ID.png`).
    public var id: String
    public var title: String
    public var subtitle: String?
    public var measure: String
    public var by: [GroupKey]
    public var top: Int
    /// The chart in words (`alt:`), replacing the generated description.
    public var alt: String?
    /// Bars drawn in the accent colour (`highlight:`), as `--highlight` names them.
    public var highlight: [String]
    /// Notes pointing at bars (`annotate:`, `NAME=TEXT` as `--annotate` takes them).
    public var annotations: [String]
    /// The spec gave no `title:`; the report writes one from the data's own unit
    /// ("Killed by governorate" when every name ends in "Governorate").
    public var titleGenerated = false
    public init(id: String, title: String, subtitle: String? = nil, measure: String, by: [GroupKey], top: Int = 10,
                alt: String? = nil, highlight: [String] = [], annotations: [String] = []) {
        self.id = id; self.title = title; self.subtitle = subtitle; self.measure = measure; self.by = by; self.top = top
        self.alt = alt; self.highlight = highlight; self.annotations = annotations
    }
}

/// A trend chart over the periods up to the report period.
public struct TimelineSpec: Sendable, Equatable {
    public var id: String
    public var title: String
    public var subtitle: String?
    public var measure: String
    public var by: [GroupKey]
    public var top: Int
    /// How many periods, ending with the report period.
    public var periods: Int
    /// `DATE=TEXT` marks, as `tally chart timeline --annotate` takes them.
    public var annotations: [String]
    /// The chart in words (`alt:`), replacing the generated description.
    public var alt: String?
    /// Series drawn in the accent colour (`highlight:`).
    public var highlight: [String]
    /// As ``BarSpec/titleGenerated``.
    public var titleGenerated = false
    /// `layout:` overlay or small-multiples; `nil` (auto): small multiples past
    /// ``TimelineChart/overlayLimit`` series without annotations.
    public var layout: TimelineChart.Arrangement?
    /// `annotate_outside:` refuse (default) or skip: what becomes of an `annotate:` date
    /// outside the periods drawn (``TimelineChart/OutsideAnnotations``).
    public var annotateOutside: TimelineChart.OutsideAnnotations = .refuse
    public init(id: String, title: String, subtitle: String? = nil, measure: String, by: [GroupKey] = [],
                top: Int = 5, periods: Int = 24, annotations: [String] = [], alt: String? = nil, highlight: [String] = []) {
        self.id = id; self.title = title; self.subtitle = subtitle; self.measure = measure; self.by = by
        self.top = top; self.periods = periods; self.annotations = annotations; self.alt = alt; self.highlight = highlight
    }
}

/// The largest groups of the period with their estimates in display form.
public struct TableSpec: Sendable, Equatable {
    public var title: String
    public var by: [GroupKey]
    /// Columns, the first one sorts; empty: every flow in the data.
    public var measures: [String]
    /// At most this many rows (0: all).
    public var top: Int
    /// The spec gave no `title:`: the brief writes `By {group}` in its own language.
    public var titleGenerated = false
    public init(title: String, by: [GroupKey], measures: [String] = [], top: Int = 0) {
        self.title = title; self.by = by; self.measures = measures; self.top = top
    }
}

/// Free text, Markdown-lite.
public struct NotesSpec: Sendable, Equatable {
    public var title: String
    public var text: String
    /// The spec gave no `title:`: the brief writes `Notes` in its own language.
    public var titleGenerated = false
    public init(title: String = "Notes", text: String) { self.title = title; self.text = text }
}
