import TallyCharts
import TallyCore

/// The words of a brief that are not a chart, a table or a headline: the cover's data
/// line, the notice of an empty report and the "Sources and method" page, written once
/// from ``ReportContent`` so that every format sets the same text (the PDF's
/// ``PageLayout`` and the web page's ``HTMLBrief``).
public struct ReportText: Sendable, Equatable {
    /// `Source:`, `Source :` (fr): a fact's label as the sources page prints it, in the
    /// PDF and in the HTML alike (one message, `report.fact_label`).
    public static func factLabel(_ label: String) -> String {
        Messages.text("report.fact_label", ["label": label])
    }

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
    public var sourcesHeading = Messages.text("report.sources_heading")
    public var datasetsHeading = Messages.text("report.datasets_heading")
    public var datasets: [Dataset]
    /// `Sources named in the records: …` and `Records read: …`, each a label and its text.
    public var recordFacts: [(label: String, value: String)]
    public var methodHeading = Messages.text("report.method_heading")
    /// One bullet each, with Markdown-lite emphasis already split into runs.
    public var method: [[StyledRun]]
    /// Above a headline's comparisons.
    public var comparedWith = Messages.text("report.compared_with")
    /// A summary section with no measure to show.
    public var noFigures = Messages.text("report.section.no_figures")
    /// The web page's words (``HTMLBrief``): the disclosure under a chart, the hidden
    /// caption of its figures table, that table's column heads, the logo's alt text.
    public var chartFigures = Messages.text("html.chart_figures")
    public var chartFiguresCaption = Messages.text("html.chart_figures_caption")
    public var groupColumn = Messages.text("html.group"), figureColumn = Messages.text("html.figure"), periodColumn = Messages.text("html.period")
    public var logo = Messages.text("html.logo"), logoOf = Messages.text("html.logo_of")

    public static func == (a: ReportText, b: ReportText) -> Bool {
        a.coverMeta == b.coverMeta && a.emptyNotice == b.emptyNotice && a.datasets == b.datasets
            && a.recordFacts.map(\.label) == b.recordFacts.map(\.label) && a.recordFacts.map(\.value) == b.recordFacts.map(\.value)
            && a.method == b.method
    }

    public init(_ content: ReportContent) {
        let s = content.sources
        let locale = DisplayLocale.current
        // The forms the figures are printed in (ChartWords.figure), so the key reads the
        // way the headlines, tables and bar labels do.
        let example = { (low: Int64, best: Int64, high: Int64?, approximate: Bool, stated: Bool) in
            ChartWords.figure(Estimate(unchecked: low, best: best, high: high, approximate: approximate, bestStated: stated))
        }
        // Each name once (review31 N3: two monthly files a desk names alike, read as parts
        // of one export, made "Data: monitor export, monitor export").
        var namedOnce = Set<String>()
        let names = s.datasets.map(\.name).filter { namedOnce.insert($0).inserted }
        coverMeta = [Messages.text("report.cover.data", ["names": names.joined(separator: Messages.text("list.separator")),
                                                         "n": locale.integer(Int64(s.rowsRead))]),
                     Messages.text("report.cover.key", ["a": example(300, 307, 323, false, true), "b": example(5000, 6000, 7000, false, false),
                                                        "c": example(12, 12, nil, false, true), "d": example(40, 40, 40, true, true)])]
        emptyNotice = content.isEmpty
            ? [StyledRun(Messages.text("report.empty.title", ["period": content.periodName]), bold: true),
               StyledRun(Messages.text("report.empty.body"))]
            : nil
        // By title and source, never by the path the spec happens to use (`../Datasets/…`
        // says nothing to a reader and exposes a machine's folders).
        datasets = s.datasets.map { d in
            var facts: [(label: String, value: String)] = [(Messages.text("report.fact.source"), d.source), (Messages.text("report.fact.licence"), d.licence)]
            if !d.attribution.isEmpty { facts.append((Messages.text("report.fact.attribution"), d.attribution)) }
            if !d.url.isEmpty { facts.append((Messages.text("report.fact.url"), d.url)) }
            return Dataset(name: d.name, description: d.description.isEmpty ? [] : MarkdownLite.inline(d.description), facts: facts)
        }
        var named = s.namedSources.prefix(12).joined(separator: Messages.text("report.cover.list_sep"))
        if s.namedSources.count > 12 { named += Messages.plural("report.records_named.more", Int64(s.namedSources.count - 12)) }
        recordFacts = [(Messages.text("report.records_named"), named.isEmpty ? Messages.text("report.records_named.none") : named),
                       (Messages.text("report.records_read"), Messages.text("report.records_read.value", ["n": locale.integer(Int64(s.rowsRead))]))]
        method = [
            Messages.text("report.method.ranges", ["floor": example(12, 12, nil, false, true),
                                                   "open": locale.isEnglish ? "12+" : locale.digitsOf("12+"),
                                                   "sign": locale.approximatelySign]),
            Messages.text("report.method.flows"),
            Messages.text(s.countAtStart ? "report.method.periods_at_start" : "report.method.periods", ["days": locale.integer(31)]) + Messages.text("report.method.periods_rest"),
            Messages.text("report.method.comparisons"),
            Messages.text("report.method.this", ["period": content.periodName, "rule": s.periodRule, "date": s.creationDate]),
        ].map(MarkdownLite.inline)
    }
}
