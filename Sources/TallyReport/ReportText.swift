import TallyCore

/// The words of a brief that are not a chart, a table or a headline: the cover's data
/// line, the notice of an empty report and the "Sources and method" page, written once
/// from ``ReportContent`` so that every format sets the same text (the PDF's
/// ``PageLayout`` and the web page's ``HTMLBrief``).
public struct ReportText: Sendable, Equatable {
    /// A dataset on the sources page: its title, what it is, and labelled facts.
    public struct Dataset: Sendable, Equatable {
        public var name: String
        public var description: [StyledRun]
        /// `Source`, `Licence`, then `Attribution` and `URL` when given.
        public var facts: [(label: String, value: String)]

        public static func == (a: Dataset, b: Dataset) -> Bool {
            a.name == b.name && a.description == b.description
                && a.facts.map(\.label) == b.facts.map(\.label) && a.facts.map(\.value) == b.facts.map(\.value)
        }
    }

    /// Under the cover's summary: what the data is and how its figures are written.
    public var coverMeta: [String]
    /// The paragraph an empty report (allow_empty: true) opens with; `nil` otherwise.
    public var emptyNotice: [StyledRun]?
    public var sourcesHeading = "Sources and method"
    public var datasetsHeading = "Datasets"
    public var datasets: [Dataset]
    /// `Sources named in the records: …` and `Records read: …`, each a label and its text.
    public var recordFacts: [(label: String, value: String)]
    public var methodHeading = "Method"
    /// One bullet each, with Markdown-lite emphasis already split into runs.
    public var method: [[StyledRun]]
    /// Above a headline's comparisons.
    public var comparedWith = "Compared with"
    /// A summary section with no measure to show.
    public var noFigures = "No figures in this period."
    /// The web page's words (``HTMLBrief``): the disclosure under a chart, the hidden
    /// caption of its figures table, that table's column heads, the logo's alt text.
    public var chartFigures = "The figures of this chart"
    public var chartFiguresCaption = "Figures of the chart: {title}"
    public var groupColumn = "Group", figureColumn = "Figure", periodColumn = "Period"
    public var logo = "Logo", logoOf = "Logo of {name}"

    public static func == (a: ReportText, b: ReportText) -> Bool {
        a.coverMeta == b.coverMeta && a.emptyNotice == b.emptyNotice && a.datasets == b.datasets
            && a.recordFacts.map(\.label) == b.recordFacts.map(\.label) && a.recordFacts.map(\.value) == b.recordFacts.map(\.value)
            && a.method == b.method
    }

    public init(_ content: ReportContent) {
        let s = content.sources
        coverMeta = ["Data: " + s.datasets.map(\.name).joined(separator: ", ") + " · "
                     + Estimate.grouped(Int64(s.rowsRead)) + " records read",
                     // The forms the figures are printed in (ChartWords.figure), so the key
                     // reads the way the headlines, tables and bar labels do.
                     "Figures are best estimates with their low–high ranges: 307 (300–323) is a best estimate and its range, 5,000–7,000 a range given with no best estimate, \"at least 12\" has no upper bound, ~40 is approximate."]
        emptyNotice = content.isEmpty
            ? [StyledRun("No records in \(content.periodName).", bold: true),
               StyledRun(" The spec allows an empty report (allow_empty: true), so this one says so instead of failing.")]
            : nil
        // By title and source, never by the path the spec happens to use (`../Datasets/…`
        // says nothing to a reader and exposes a machine's folders).
        datasets = s.datasets.map { d in
            var facts: [(label: String, value: String)] = [("Source", d.source), ("Licence", d.licence)]
            if !d.attribution.isEmpty { facts.append(("Attribution", d.attribution)) }
            if !d.url.isEmpty { facts.append(("URL", d.url)) }
            return Dataset(name: d.name, description: d.description.isEmpty ? [] : MarkdownLite.inline(d.description), facts: facts)
        }
        var named = s.namedSources.prefix(12).joined(separator: "; ")
        if s.namedSources.count > 12 { named += "; and \(s.namedSources.count - 12) more" }
        recordFacts = [("Sources named in the records", named.isEmpty ? "none (the source column is empty)" : named),
                       ("Records read", Estimate.grouped(Int64(s.rowsRead)) + " in all datasets, of every date.")]
        method = [
            "**Ranges.** Every figure is an estimate with a low, a best and a high value. Sums add the lows, the bests and the highs separately, so a total keeps the full range of its parts; one open-ended figure (\"at least 12\") makes the total open-ended (12+), and one approximate figure makes it approximate (~).",
            "**Flows and stocks.** Counts of events such as killed or injured are flows: the figures of all records of the period are added. Sizes such as members or fighters are stocks: for each place and actor the latest observation in the period is taken, and those are added across places and actors. Stocks are never added over time and never carried into a period without an observation; the headline then shows the last observation and its period, marked as such.",
            (s.countAtStart
                ? "**Periods and places.** Every event counts in the period of its start date, however long the span its date is known to (count_at_start: true in the spec, as the publisher's own tables count): a year-dated event counts in the period its year starts in, and the charts and the cover say how much of a figure such events are."
                : "**Periods and places.** An event counts in the period of its start date when its date is known to within the period (for a month, a span of at most 31 days); one dated only to a longer span (a year-dated event in a monthly brief) is in no single period's figure.")
                + " A stock counts at the date of its observation. A figure given for several countries together (for example Iraq;Syria) is its own joint region and is never split between them or counted in either.",
            "**Comparisons** use the best estimates of the period, the period before, and the same period a year earlier.",
            "**This report** covers \(content.periodName), \(s.periodRule). Its creation date (\(s.creationDate)) is the first day after the period, not the day it was run, so the same data always gives the same file.",
        ].map(MarkdownLite.inline)
    }
}
