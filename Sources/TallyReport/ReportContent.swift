import TallyCharts
import TallyCore
import TallyIO

/// Everything a report says, computed from the data before any page is laid out.
public struct ReportContent: Sendable {
    public var title: String
    public var subtitle: String
    public var kind: PeriodKind
    public var periodKey: Int32
    /// `April 2023`.
    public var periodName: String
    /// `2023-04`, used in file names.
    public var periodLabel: String
    public var isEmpty: Bool
    /// `partial: data to 28 May` when the coverage spans only part of the period (a
    /// period asked for explicitly); on the cover and on every chart.
    public var partial: String?
    public var sections: [SectionContent]
    public var sources: SourcesContent
    /// The cover's byline, lead figure and summary paragraph (issue 13, item 11).
    public var cover = CoverContent()

    public var hasCharts: Bool {
        sections.contains { if case .chart(let c) = $0.body { return c.drawing != nil } else { return false } }
    }
}

public struct SectionContent: Sendable {
    public var title: String
    public var body: Body

    public enum Body: Sendable {
        case summary([Headline])
        case chart(ChartContent)
        case table(TableContent)
        case notes([NoteBlock])
    }
}

/// One measure's figure for the period and how it compares.
public struct Headline: Sendable, Equatable {
    public var measure: String
    public var kind: MeasureKind
    /// The period's figure; `nil` when nothing was recorded in the period.
    public var figure: Estimate?
    public var events: Int64
    /// Whether ``events`` is a publisher's count of events rather than one record each
    /// (HDX HAPI's monthly counts: "13 events", not "13 records" of a file of 5 rows,
    /// review51 F3).
    public var eventsCounted = false
    /// For a stock not observed in the period: its last observation and when.
    public var lastObserved: (estimate: Estimate, period: String)?
    /// Lines such as `March 2023: 3 (+133%)`.
    public var comparisons: [String]
    /// The change against the period before, when both are covered completely and the
    /// earlier figure is not zero: the only change the cover's summary may state.
    public var change: Change?

    public struct Change: Sendable, Equatable {
        public var period: String
        public var then: Estimate
        public var now: Estimate
        /// `+133%`; empty when there is no percentage to give (``verdict`` says why).
        public var text: String
        /// What the two figures support: a change of bests, a direction, or neither.
        public var verdict: EstimateChange
        /// |now − then| / then of the best estimates, to find the largest.
        public var size: Double
    }

    public static func == (a: Headline, b: Headline) -> Bool {
        a.measure == b.measure && a.kind == b.kind && a.figure == b.figure && a.events == b.events
            && a.lastObserved?.estimate == b.lastObserved?.estimate && a.lastObserved?.period == b.lastObserved?.period
            && a.comparisons == b.comparisons
    }
}

/// What the cover says besides the title: who publishes the brief and when, the
/// lead figure drawn large, and a paragraph written from the figures.
public struct CoverContent: Sendable, Equatable {
    /// `By Jane Doe · Graphics desk · Published 5 May 2023`; empty when the spec names none.
    public var byline = ""
    public var lead: LeadFigure?
    /// Sentences written from the figures: the largest change, the top places, what is
    /// open (a partial period, an open-ended total, stocks not observed).
    public var summary = ""
}

/// The cover's large number: the best estimate, its range beside it.
public struct LeadFigure: Sendable, Equatable {
    /// `7`, `~40`, `12+`, or `5,000–7,000` when a range was given with no best estimate.
    public var figure: String
    /// Beside the figure: `range 6–8`, `best estimate, no range` …
    public var beside: String
    /// Under it: `Killed, April 2023 (partial: data to 3 April)`.
    public var caption: String
}

/// A chart section: the drawing (or why there is none) and its file id.
public struct ChartContent: Sendable {
    public var id: String
    public var drawing: (any ChartDrawing)?
    public var emptyMessage: String
    /// What the run says on stderr about this chart (an annotation left out by
    /// `annotate_outside: skip`).
    public var warnings: [String] = []
}

public struct TableContent: Sendable, Equatable {
    public var columns: [String]
    /// Right-aligned columns (figures).
    public var numeric: [Bool]
    public var rows: [[String]]
    /// Under the table, e.g. how many rows were left out.
    public var note: String
}

/// What the last page says about the data.
public struct SourcesContent: Sendable {
    public var datasets: [DatasetSpec]
    public var rowsRead: Int
    public var namedSources: [String]
    public var creationDate: String
    public var periodRule: String
    /// `count_at_start: true`: the method then says that events dated only to longer
    /// spans are counted at their start, not left out.
    public var countAtStart = false
}

/// Turns a spec and its data into content.
public struct ContentBuilder {
    public let spec: ReportSpec
    public let data: ReportData
    public let key: Int32

    var kind: PeriodKind { data.kind }

    public init(spec: ReportSpec, data: ReportData, key: Int32) {
        self.spec = spec; self.data = data; self.key = key
    }

    /// Source line under charts: the data's own `source` values, as `tally chart` does.
    var sourceLine: String {
        let names = spec.datasets.map(\.credit)
        return ChartWords.sources(names, named: 4)
    }

    /// `partial: data to 28 May` (or `from 3 May`) when the coverage spans only part of
    /// the report period.
    /// With several datasets it names those that fall short (`partial: myanmar.csv data
    /// to 30 December`).
    /// The datasets that count are those the report's figures hold in any period (a
    /// spec's filter may leave a dataset out altogether): one that has no record in
    /// this period because it ends before it is said (`no … data`), not left out.
    var partialNote: String? { partialNote(sources: reportSources()) }

    /// `after the data (which ends 27 May 2023)` when the one dataset covers no day of the
    /// report period (a brief run with `allow_empty: true` past the data's end); nil when
    /// some day is covered. "partial: no W data" said a month none of W's days reach was
    /// covered in part (review46 N-h).
    var uncoveredWords: String? {
        // One dataset: with several, the report's coverage is not every dataset's days
        // (review50 F5: "after the data (which ends 6 March)" of an April another
        // dataset covers); their notes name each dataset that falls short.
        guard data.datasets.datasets.count <= 1, let coverage = data.coverage, !coverage.runs.isEmpty else { return nil }
        let extent = data.coverage(of: key)
        switch extent {
        case .after: return Messages.text("report.uncovered.after_day", ["day": ReportWords.day(coverage.runs.last!.upperBound)])
        case .before: return Messages.text("report.uncovered.before_day", ["day": ReportWords.day(coverage.runs.first!.lowerBound)])
        case .outside, .gap: return ReportWords.uncovered(extent)
        case .complete, .partial, .split: return nil
        }
    }

    /// `no Iraq monitor data in May 2023`: the datasets holding records of `measure` in
    /// some period whose coverage does not reach this one (they add nothing to it);
    /// `nil` when there are none or only one dataset.
    func absentNote(measure: String?) -> String? {
        guard data.datasets.datasets.count > 1 else { return nil }
        // A dataset whose own days miss the period while some of its countries' are
        // there is partial, not absent (review34 S8).
        let names = data.datasets.contributing(reportSources(measure: measure)).compactMap { d -> String? in
            if d.coverage.extent(of: key, kind: kind).isCovered || ChartWords.countriesNote(d, key: key, kind: kind) != nil { return nil }
            return d.name
        }
        guard !names.isEmpty else { return nil }
        let period = ReportWords.period(key, kind: kind)
        return names.count <= 3 ? "no " + names.joined(separator: " or ") + " data in " + period
            : "no data in \(period) from \(names.count) of the datasets"
    }

    /// How period `k` lies against the coverage of the datasets holding records of
    /// `measure` (review10c F11: a file of injured only, ending 12 April, made the
    /// killed change of April withheld although no killed figure holds it).
    func extent(of k: Int32, measure: String) -> Coverage.Extent {
        guard data.datasets.datasets.count > 1 else { return data.coverage(of: k) }
        let c = data.datasets.coverage(of: reportSources(measure: measure))
        return c?.extent(of: k, kind: kind) ?? data.coverage(of: k)
    }

    /// The inputs whose records the report holds, in any period, of `measure` (all
    /// measures when `nil`); 0 (all inputs) when none.
    func reportSources(measure: String? = nil) -> UInt32 {
        data.result.rows.reduce(0) { measure == nil || $1.measure == measure ? $0 | $1.sources : $0 }
    }

    /// The same for a figure holding the records of `sources` (``AggregateRow/sources``;
    /// 0 for all): only the datasets it holds count (the coverage rule, per dataset).
    /// Whether the figures of country `place` see the period otherwise than the file's
    /// totals do (one dataset of several countries, ``DatasetCoverages/seen(by:)``): a
    /// table's or bar chart's figures are then marked each by its own country's days
    /// (with several datasets they always are).
    func placeDiffers(_ place: String?) -> Bool {
        guard place != nil, data.datasets.datasets.count == 1, let d = data.datasets.datasets.first, !d.placeCoverages.isEmpty else { return false }
        return d.coverage(place: place).extent(of: key, kind: kind) != d.coverage.extent(of: key, kind: kind)
    }

    /// The note of a total of one dataset of several countries whose period is partial
    /// because some countries fall short of it: ``ChartWords/countriesNote(_:key:kind:)``
    /// (`partial: no Bland data`, `Iraq partial: data to 10 March`), the rule a timeline
    /// of the total follows too. With several datasets, when some dataset's shortfall is
    /// its countries', every dataset that falls short named, that one with its countries
    /// (``ChartWords/datasetsNote(_:key:kind:sources:place:)``, review34 S8).
    func countriesNote(_ key: Int32, sources: UInt32? = nil) -> String? {
        guard data.datasets.datasets.count > 1 else {
            guard let d = data.datasets.datasets.first else { return nil }
            return ChartWords.countriesNote(d, key: key, kind: kind)
        }
        let sources = sources ?? reportSources()
        return ChartWords.datasetsNote(data.datasets, key: key, kind: kind, sources: sources, onlyByCountries: true)
    }

    /// `place`: the figure's country when it is of one (a table's line, a bar by
    /// country), judged by that country's days (``DatasetCoverages/seen(by:)``).
    func partialNote(sources: UInt32, place: String? = nil) -> String? {
        if data.datasets.datasets.count > 1 {
            return ChartWords.datasetsNote(data.datasets, key: key, kind: kind, sources: sources, place: place)
        }
        if place != nil && data.datasets.hasPlaces, let d = data.datasets.datasets.first {
            let extent = d.coverage(place: place).extent(of: key, kind: kind)
            if extent == .complete { return nil }
            if extent.isCovered { return ReportWords.partialNote(extent, key: key, kind: kind) }
            return ChartWords.partialNote([(d.name, extent)], key: key, kind: kind, naming: true)
        }
        let extent = data.coverage(of: key)
        if extent != .complete, let note = countriesNote(key) { return note }
        if extent.isCovered { return ReportWords.partialNote(extent, key: key, kind: kind) }
        // A period the data does not reach at all (a stock observed after the flows
        // end, named with --period) is marked as with several datasets, `partial: no
        // Flows data`, never published unmarked (review9d #16).
        if let d = data.datasets.datasets.first { return ChartWords.partialNote([(d.name, extent)], key: key, kind: kind, naming: true) }
        return ReportWords.uncovered(extent).map { Messages.text("partial.prefix", ["text": $0]) }
    }

    public func build() throws(TallyError) -> ReportContent {
        // A refused sum of stocks in a period shown (stocks6 item 2; loadPeriod refuses it
        // too, this is for callers that build content from one pass).
        _ = try data.unshownStockRefusals(key, spec: spec)
        let periodName = ReportWords.period(key, kind: kind)
        let empty = !data.result.rows.contains { $0.periodKey == key }
        var sections: [SectionContent] = []
        for section in spec.sections {
            switch section {
            case let .summary(s):
                let title = s.titleGenerated ? Messages.text("report.section.summary") : s.title
                sections.append(SectionContent(title: title, body: .summary(try summary(s))))
            case let .bar(b):
                let chart = try bar(b)
                sections.append(SectionContent(title: chart.drawing?.headline ?? b.title, body: .chart(chart)))
            case let .timeline(t):
                let chart = try timeline(t)
                sections.append(SectionContent(title: chart.drawing?.headline ?? t.title, body: .chart(chart)))
            case let .table(t):
                let title = t.titleGenerated ? Messages.text("report.section.by", ["group": ReportWords.groupWord(Grouping(t.by), firstNamedActor: data.actorIsFirstNamed)]) : t.title
                sections.append(SectionContent(title: title, body: .table(try table(t))))
            case let .notes(n):
                let title = n.titleGenerated ? Messages.text("report.section.notes") : n.title
                sections.append(SectionContent(title: title, body: .notes(MarkdownLite.parse(n.text))))
            }
        }
        var subtitle = spec.subtitle.isEmpty
            ? Messages.text(kind == .month ? "report.subtitle.month" : kind == .quarter ? "report.subtitle.quarter" : "report.subtitle.year", ["period": periodName])
            : spec.subtitle + " · " + periodName
        if let uncovered = uncoveredWords { subtitle += " · " + uncovered } else if let partialNote { subtitle += " · " + partialNote }
        // A dataset the spec gives no title is named by its publisher's title for the
        // schema it was read in (UCDP GED, ACLED), never by its path.
        let datasets = spec.datasets.map { d -> DatasetSpec in
            guard !d.nameGiven, let title = data.files.first(where: { $0.name == d.resolvedPath })?.schema.title else { return d }
            var named = d
            named.name = title
            return named
        }
        let sources = SourcesContent(datasets: datasets, rowsRead: data.rowsRead, namedSources: data.sources,
                                     creationDate: DisplayLocale.current.isEnglish ? ReportDates.creationDay(key, kind: kind).description
                                         : DisplayLocale.current.isoDay(ReportDates.creationDay(key, kind: kind)),
                                     periodRule: (spec.period.which == .latest
                                         ? Messages.text("report.rule.latest", ["period_noun": kind.rawValue])
                                         : Messages.text("report.rule.explicit"))
                                         + Self.coverageWords(data, latest: spec.period.which == .latest ? kind : nil))
        var sourcesContent = sources
        sourcesContent.countAtStart = spec.countAtStart
        var content = ReportContent(title: spec.title, subtitle: subtitle, kind: kind, periodKey: key,
                                    periodName: periodName, periodLabel: kind.label(key), isEmpty: empty,
                                    partial: partialNote, sections: sections, sources: sourcesContent)
        content.cover = try cover(sections: sections, periodName: periodName)
        return content
    }

    /// What the method says the data covers. With several datasets each is named with
    /// its own days: the days they all cover (what `latest` goes by) read as "the data
    /// covers 5 January to 10 April" in a brief of May, which one of them does cover.
    /// One dataset whose countries have days of their own (``DatasetCoverages/Dataset/placeCoverages``)
    /// names each country's (review28 N9: "the data covers 1 January 2023 to 10 March
    /// 2023" of a file whose Syria and Iraq run to 28 May). With `latest` (its `kind`),
    /// those whose data ends first, where the others' goes on, are named as what holds
    /// the period back: `latest` is the last period they all cover, unchanged.
    static func coverageWords(_ data: ReportData, latest: PeriodKind? = nil) -> String {
        func why(_ c: Coverage) -> String {
            Messages.text(c.declared ? "report.covers.declared" : c.runs.count > 1 ? "report.covers.runs" : "report.covers.records")
        }
        // What holds `latest` back: the entries whose data ends where the days all cover
        // end, when another's goes further.
        func heldBack(_ entries: [(name: String, coverage: Coverage)]) -> String {
            guard let latest, let all = data.coverage, entries.contains(where: { $0.coverage.last > all.last }) else { return "" }
            let names = entries.filter { $0.coverage.last == all.last }.map(\.name)
            guard !names.isEmpty else { return "" }
            return Messages.text("report.covers.held_back", ["period_noun": latest.rawValue, "names": joined(names), "day": ReportWords.day(all.last)])
        }
        func joined(_ names: [String]) -> String {
            names.dropFirst().reduce(names.first ?? "") { Messages.text("group.and", ["a": $0, "b": $1]) }
        }
        let named = data.datasets.datasets
        if named.count > 1 {
            return Messages.text("report.covers.datasets", ["list": named.map { d in
                "\(d.name) \(ReportWords.coverage(d.coverage))" + (d.coverage.declared ? Messages.text("report.covers.declared") : "")
            }.joined(separator: Messages.text("list.separator"))])
                + (named.allSatisfy(\.coverage.declared) ? "" : Messages.text("report.covers.their_records"))
                + (data.coverage.map { Messages.text("report.covers.all", ["range": ReportWords.coverage($0)]) } ?? Messages.text("report.covers.none"))
                + heldBack(named.map { ($0.name, $0.coverage) })
        }
        if let d = named.first, !d.placeCoverages.isEmpty {
            // Each country's days, countries of the same days together, the longest first.
            let places = Set(d.countries).union(d.placeCoverages.keys).sorted()
            var groups: [(names: [String], coverage: Coverage)] = []
            for p in places {
                let c = d.coverage(place: p)
                if let i = groups.firstIndex(where: { $0.coverage == c }) { groups[i].names.append(p) } else { groups.append(([p], c)) }
            }
            if groups.count > 1 {
                groups.sort { ($0.coverage.last, $1.names[0]) > ($1.coverage.last, $0.names[0]) }
                return Messages.text("report.covers.countries", ["list": groups.map { "\(joined($0.names)) \(ReportWords.coverage($0.coverage))" }
                    .joined(separator: Messages.text("list.separator"))])
                    + Messages.text("report.covers.their_records")
                    + (data.coverage.map { Messages.text("report.covers.all", ["range": ReportWords.coverage($0)]) } ?? Messages.text("report.covers.none"))
                    + heldBack(groups.map { (joined($0.names), $0.coverage) })
            }
        }
        return data.coverage.map { Messages.text("report.covers.data", ["range": ReportWords.coverage($0)]) + why($0) } ?? ""
    }

    /// The cover: byline from the spec, the lead figure (the first measure of the
    /// summary with a figure in the period) and a paragraph written from the figures.
    /// Every number in it is one the headlines or a bar chart of the same data shows;
    /// a change is stated only between two completely covered periods (``Headline/change``).
    func cover(sections: [SectionContent], periodName: String) throws(TallyError) -> CoverContent {
        var out = CoverContent()
        var by: [String] = []
        if let a = spec.author, !a.isEmpty { by.append(Messages.text("report.cover.by", ["author": a])) }
        if let o = spec.organisation, !o.isEmpty { by.append(o) }
        if let d = spec.published { by.append(Messages.text("report.cover.published", ["date": ReportWords.day(d)])) }
        out.byline = by.joined(separator: " · ")
        var headlines: [Headline] = []
        for s in sections { if case let .summary(h) = s.body { headlines = h; break } }
        if headlines.isEmpty, !sections.contains(where: { if case .summary = $0.body { true } else { false } }) {
            headlines = try summary(SummarySpec(title: "", measures: []))
        }
        var sentences: [String] = []
        let lead = headlines.first { $0.figure != nil && $0.kind == .flow } ?? headlines.first { $0.figure != nil }
        // The lead figure is partial by the datasets holding its measure, not by the report's.
        let partialNote = lead.map { self.partialNote(sources: reportSources(measure: $0.measure)) } ?? self.partialNote
        if let lead, let e = lead.figure {
            out.lead = LeadFigure(figure: Self.large(e), beside: Self.beside(e),
                                  caption: ReportWords.headline(lead.measure) + Messages.text("list.separator") + periodName
                                      + (partialNote.map { " (\($0))" } ?? ""))
            sentences.append(try places(lead.measure, figure: e))
            if lead.kind == .flow, let span = try spanSentence(lead.measure) { sentences.append(span) }
            if e.isUnbounded {
                let measure = DisplayLocale.current.isEnglish ? ReportWords.headline(lead.measure).lowercased() : ReportWords.headline(lead.measure)
                sentences.append(Messages.text("report.cover.open_total", ["measure": measure,
                                                                           "at_least": Messages.text("figure.at_least", ["n": ""]).trimmingSpaces]))
            }
        } else if uncoveredWords == nil {
            sentences.append(Messages.text("report.cover.no_figures", ["period": periodName]))
        }
        if let uncovered = uncoveredWords {
            // A period no dataset reaches (an allow_empty brief after the data) is not
            // "covered only in part" (review46 N-h).
            sentences.append(Messages.text("report.cover.uncovered", ["period": periodName, "where": uncovered]))
        } else if let partialNote {
            sentences.append(Messages.text("report.cover.partial", ["period": periodName, "note": ChartWords.dropPartial(partialNote)]))
        } else if let sentence = Self.changeSentence(headlines, period: periodName) {
            sentences.append(sentence)
        }
        // A stock adding a whole place's figure to its parts' (review32 N3: said on
        // standard error only, the cover's headline figure was the sum with no word).
        var saidTwoLevels: Set<String> = []
        for h in headlines where h.figure != nil && saidTwoLevels.insert(h.measure).inserted {
            // The headline is a total by measure: its own groups (a `Total` actor beside HTS
            // summed there while the charts by actor keep them apart: stop 38).
            // Of the period shown only (stocks6 item 3: a `Total` row of another period made
            // this period's cover say its headline counted a total twice).
            let label = kind.label(key)
            if let note = ChartWords.twoLevelsFootnote(data.totalTwoLevelStocks.filter { $0.period == label }, measure: h.measure) {
                sentences.append(note + ".")
            }
            // Two names that look like one group, both added in the headline (stocks6 item 1).
            if let note = ChartWords.likelyAliasFootnote(data.likelyAliases.filter { $0.period == key }, measure: h.measure) {
                sentences.append(note + ".")
            }
        }
        for h in headlines {
            if let last = h.lastObserved {
                sentences.append(Messages.text("report.cover.last_observed", ["measure": ReportWords.headline(h.measure), "period": periodName,
                                                                              "last_period": last.period, "figure": ChartWords.figure(last.estimate)]))
            }
        }
        out.summary = sentences.filter { !$0.isEmpty }.map(DisplayLocale.current.sentenceStart).joined(separator: " ")
        return out
    }

    /// The cover's sentence of change against the period before: the largest change of
    /// best estimates among the summary's measures ("Killed fell from 93 in January 2023
    /// to 71 (−24%)."), said to be one of bests when the ranges overlap; with none, the
    /// first measure whose figures allow only a direction or nothing, said why ("Killed:
    /// at least 91, against 93 in January 2023; no rise or fall can be given, as February
    /// 2023 has no upper bound."). `nil` when no measure has an earlier figure to compare.
    static func changeSentence(_ headlines: [Headline], period periodName: String) -> String? {
        let measured = headlines.filter { $0.change.map { !$0.text.isEmpty } ?? false }
        guard let h = measured.max(by: { $0.change!.size < $1.change!.size }) ?? headlines.first(where: { $0.change != nil }),
              let c = h.change else { return nil }
        let name = ReportWords.headline(h.measure)
        var args = ["measure": name, "measure_lower": ReportWords.inSentence(name), "period": c.period,
                    "then": ChartWords.figure(c.then), "now": ChartWords.figure(c.now), "change": c.text]
        let count = measured.count > 1 ? ".largest" : ".one"
        switch c.verdict {
        case .bests(overlapping: false) where c.text.isEmpty && c.then.best == 0 && c.now.best > 0:
            return Messages.text("report.cover.change.rose.zero", args)
        case .bests(overlapping: false) where c.now.best == c.then.best:
            // The same exact figure: "Killed stayed at 12, as in January 2023 (no change)."
            // Never "the largest change", as none changed (review29 N2).
            return Messages.text("report.cover.change.stayed", args)
        case .bests(overlapping: false):
            let verb = c.now.best > c.then.best ? "rose" : "fell"
            return Messages.text("report.cover.change." + verb + count, args)
        case .bests(overlapping: true):
            return Messages.text("report.cover.change.overlap" + count, args)
        case let .direction(rose, why):
            args["why"] = ReportWords.changeReason(why, then: c.period, now: periodName)
            return Messages.text(rose ? "report.cover.change.rose.open" : "report.cover.change.fell.open", args)
        case let .unknown(why):
            args["why"] = ReportWords.changeReason(why, then: c.period, now: periodName)
            return Messages.text("report.cover.change.unknown", args)
        }
    }

    /// What the date-span rule did to the lead figure of this period, said on the cover
    /// as the charts' footers say it: counted at their start (`count_at_start`), a
    /// year-dated event can be most of a month's figure (19,358 with 16,564 of it
    /// year-dated), so the cover says how much; left out, it says what is not in it.
    func spanSentence(_ measure: String) throws(TallyError) -> String? {
        let left: (tally: AggregateResult.SpanTally, countedAtStart: Bool)?
        do { left = try data.result.spanTally(of: measure, periods: key ... key) } catch { throw .data(error.description) }
        guard let left, left.tally.estimate.high != 0 else { return nil }
        let noun = ChartWords.periodNoun(kind)
        if !DisplayLocale.current.isEnglish {
            let args = ["figure": ChartWords.figure(left.tally.estimate), "measure": ReportWords.headline(measure),
                        "measure_lower": ReportWords.inSentence(ReportWords.headline(measure)), "period_noun": noun,
                        "period": ReportWords.period(key, kind: kind)]
            return Messages.text(left.countedAtStart ? "report.cover.span_at_start" : "report.cover.span_left_out", args)
        }
        let article = noun.first.map { "aeiou".contains($0) } == true ? "an" : "a"
        let what = ChartWords.figure(left.tally.estimate) + " " + ReportWords.headline(measure).lowercased()
        return left.countedAtStart
            ? "Of it, \(what) come from events dated only to spans longer than \(article) \(noun), counted in the \(noun) each starts in (count_at_start: true in the spec)."
            : "A further \(what) in events dated only to spans longer than \(article) \(noun) that include \(ReportWords.period(key, kind: kind)) are not in this figure: their dates do not say which \(noun)."
    }

    /// `By province: Balkh (6); Syria (1).`: the three largest places of the lead
    /// measure, as its bar chart by place would show them; empty when no place is named.
    func places(_ measure: String, figure: Estimate) throws(TallyError) -> String {
        let read = (data.periodResult ?? data.result).grouping
        let keys: [GroupKey] = read.keys.contains(.adm1) ? [.country, .adm1] : [.country]
        guard keys.allSatisfy(read.contains) else { return "" }
        let rows = try data.periodRollup(to: Grouping(keys), period: key, measure: measure)
        let bars: [BarChart.Bar]
        do { bars = try BarChart.bars(from: rows, measure: measure, top: 3) } catch { throw .data(error.description) }
        let named = bars.filter { !$0.isNotGiven && !$0.isOthers }
        guard !named.isEmpty else { return "" }
        // The data's own unit when every name carries it ("Governorate"), else "place".
        let unit = GroupLabel.placeUnit(in: rows, measure: measure)
        let noun = keys.count == 2 ? unit.map(ChartWords.localNoun) ?? Messages.text("report.cover.place") : Messages.text("group.country")
        let list = named.map { "\($0.label) \(ChartWords.figure($0.estimate))" }.joined(separator: Messages.text("report.cover.list_sep"))
        let more = bars.first(where: \.isOthers).map {
            Messages.text("report.cover.more", ["n": DisplayLocale.current.isEnglish ? String($0.foldedCount) : DisplayLocale.current.integer(Int64($0.foldedCount)),
                                                "figure": ChartWords.figure($0.estimate)])
        } ?? ""
        if named.count == 1 && bars.count == 1 {
            return Messages.text("report.cover.all_in", ["place": named[0].label])
        }
        let unnamed = bars.filter(\.isNotGiven).map(\.estimate)
        // Several groups may lack the name (one per country); their sum, unless it
        // overflows, in which case the figure is left out rather than wrapped.
        var sum = unnamed.first
        for e in unnamed.dropFirst() { sum = sum.flatMap { try? $0.adding(e) } }
        let notGiven = unnamed.isEmpty ? "" : Messages.text("report.cover.no_place_given", ["noun": noun]) + (sum.map { " " + ChartWords.figure($0) } ?? "")
        return Messages.text("report.cover.by_place", ["noun": noun, "list": list + more + notGiven])
    }

    /// The cover's large number: the best estimate, or the range when none was given.
    /// "+" only when the best is the lower bound too ("18+" is "at least 18" in tally's
    /// notation): a best of 19 with at least 18 is "19", with "at least 18" beside it,
    /// never "19+", which would claim at least 19. An open-ended sum with no stated best
    /// (``Estimate/isFloorOnly``: "at least 12" and "5,000 to 7,000") is its floor alone,
    /// "5,012+", never its best, 6,000 of which is a range's midpoint by rule (review46 S1).
    static func large(_ e: Estimate) -> String {
        let locale = DisplayLocale.current
        if !locale.isEnglish {
            let hedge = e.approximate ? locale.approximatelySign : ""
            if e.isRangeOnly, let high = e.high { return hedge + locale.range(e.low, high) }
            return hedge + locale.integer(e.shownBest) + (e.isUnbounded && e.shownBest == e.low ? "+" : "")
        }
        let hedge = e.approximate ? "~" : ""
        if e.isRangeOnly, let high = e.high { return hedge + Estimate.grouped(e.low) + "\u{2013}" + Estimate.grouped(high) }
        return hedge + Estimate.grouped(e.shownBest) + (e.isUnbounded && e.shownBest == e.low ? "+" : "")
    }

    /// What stands beside the large number: its range, or why there is none.
    static func beside(_ e: Estimate) -> String {
        let locale = DisplayLocale.current
        if e.isRangeOnly { return Messages.text("report.beside.range_only") }
        guard let high = e.high else {
            // An approximate floor keeps its sign, as the headline writes it (review38 N8:
            // the cover said "~10,000 best estimate; at least 9,000" beside "(at least ~9,000)").
            let floor = Messages.text("figure.at_least", ["n": (e.approximate ? locale.approximatelySign : "") + locale.integer(e.low)])
            return Messages.text(e.shownBest == e.low ? "report.beside.floor" : "report.beside.best_floor", ["floor": floor])
        }
        if e.low == high { return Messages.text(e.approximate ? "report.beside.approximate" : "report.beside.no_range") }
        return Messages.text("report.beside.range", ["range": locale.range(e.low, high)])
    }

    func summary(_ s: SummarySpec) throws(TallyError) -> [Headline] {
        let known = data.measures
        let wanted: [(String, MeasureKind)] = s.measures.isEmpty ? known
            : s.measures.map { m in (m, known.first { $0.name == m }?.kind ?? spec.measureCatalog.kind(of: m)) }
        var out: [Headline] = []
        // A comparison period before the first record of the datasets, or after the last,
        // is not a period without events: the data does not cover it, and "no records"
        // would read as none.
        let dataStart = data.result.rows.lazy.map(\.periodKey).min()
        let dataEnd = data.result.rows.lazy.map(\.periodKey).max()
        // HDX HAPI's rows carry a publisher's event counts (``Headline/eventsCounted``).
        let eventsCounted = data.files.contains { $0.schema == .hapiConflict }
        for (measure, mkind) in wanted {
            let now = try data.total(measure, period: key)
            var h = Headline(measure: measure, kind: mkind, figure: now?.estimate, events: now?.events ?? 0,
                             lastObserved: nil, comparisons: [])
            h.eventsCounted = eventsCounted
            if now == nil, mkind == .stock, let last = data.lastObserved(measure, before: key),
               let t = try data.total(measure, period: last) {
                h.lastObserved = (t.estimate, ReportWords.period(last, kind: kind))
            }
            var earlier: [Int32] = [key - 1]
            switch kind {
            case .month: earlier.append(key - 12)
            case .quarter: earlier.append(key - 4)
            default: break
            }
            // The coverage rule: a change is given only between two periods the data
            // covers completely; a partly covered one says so instead of a percentage
            // (an export ending 28 May makes May look like a fall, and a May a year
            // earlier held by a few stray rows like a twenty-fold rise).
            // A period partial because some countries of the file fall short names them
            // (``countriesNote(_:)``), not the file; so does one the file's days miss
            // altogether while some of its countries hold records there (review34 S3: "not
            // covered: no records from 20 June to 15 August" of a July with Aland's 31).
            func partial(_ e: Coverage.Extent, _ k: Int32) -> String? {
                if mkind == .flow, e != .complete, e != .before, e != .after,
                   let note = countriesNote(k, sources: reportSources(measure: measure)) { return note }
                return ReportWords.partialNote(e, key: k, kind: kind)
            }
            let nowPartial = partial(extent(of: key, measure: measure), key)
            for k in earlier {
                let name = ReportWords.period(k, kind: kind)
                let extent = extent(of: k, measure: measure)
                let thenPartial = partial(extent, k)
                guard let then = try data.total(measure, period: k) else {
                    let missing = extent == .before || dataStart.map { k < $0 } == true ? Messages.text("report.uncovered.before")
                        : extent == .after || dataEnd.map { k > $0 } == true ? Messages.text("report.uncovered.after")
                        // A stock with no observation there is "not observed", partial or not
                        // (review38 N3: the year-ago line said "no records (partial: ...)"
                        // beside the month's "not observed").
                        : thenPartial.map { Messages.text(mkind == .stock ? "report.compare.not_observed_partial" : "report.compare.no_records_partial", ["note": $0]) }
                        ?? ReportWords.uncovered(extent)
                        ?? Messages.text(mkind == .stock ? "report.figure.not_observed" : "report.figure.no_records")
                    h.comparisons.append(Messages.text("report.compare.line", ["name": name, "value": missing]))
                    continue
                }
                var line = Messages.text("report.compare.line", ["name": name, "value": ChartWords.figure(then.estimate)])
                func noChange(_ why: String) -> String { " (" + Messages.text("report.compare.no_change", ["why": why]) + ")" }
                if let thenPartial {
                    line += noChange(thenPartial)
                } else if let why = ReportWords.uncovered(extent) {
                    // Rows the coverage does not reach (stray rows before a long gap, or
                    // outside a declared `coverage:`) are not a period to compare with.
                    // Said as rows outside it, not "before the data" beside their own
                    // figure (review44 N3: "March 2023: 1,000 (before the data; …)").
                    // A stock's figure there is an observation dated outside the flows'
                    // days, not stray records (coverage10 F9: a members brief said
                    // "February 2023: 5,000 (stray records outside the data's coverage…)").
                    line += noChange(extent == .before || extent == .after
                        ? Messages.text(mkind == .stock ? "report.compare.stock_outside" : "report.compare.stray_rows") : why)
                } else if !(mkind == .flow && countriesNote(key, sources: reportSources(measure: measure)) != nil),
                          let why = ReportWords.uncovered(self.extent(of: key, measure: measure)) {
                    // (A period whose datasets' days miss it while their countries'
                    // figures are there is partial, said below: review34 S8.)
                    line += noChange(Messages.text("report.compare.now_is", ["period": ReportWords.period(key, kind: kind), "why": why]))
                } else if nowPartial != nil {
                    line += noChange(Messages.text("report.compare.now_partial", ["period": ReportWords.period(key, kind: kind)]))
                } else if let now {
                    // What the two figures support (``EstimateChange``): a percentage of
                    // bounded, stated bests; a direction the bounds show; or neither, said why.
                    // A stock's two figures summing different groups or places (one
                    // group's 110 in February, two groups' 1,120 in March) are no change
                    // of anything (review38 S5: "+918%"): TallyCore's rule.
                    let verdict = EstimateChange.between(then.estimate, now.estimate, kind: mkind,
                                                         cells: (then.stockCells, now.stockCells))
                    let nowName = ReportWords.period(key, kind: kind)
                    var percent: String?, note: String?
                    switch verdict {
                    case let .bests(overlapping):
                        percent = ReportWords.change(from: then.estimate.best, to: now.estimate.best)
                        note = percent.map { overlapping ? Messages.text("report.compare.overlap", ["change": $0]) : $0 }
                        // From zero to figures apart from it: a rise, with no percentage
                        // (review29 N4: 0 then 5 said nothing while 0 then "at least 5" said "rose").
                        if percent == nil && !overlapping && then.estimate.best == 0 && now.estimate.best > 0 {
                            note = Messages.text("report.compare.rose_from_zero")
                        }
                    case let .direction(rose, why):
                        note = Messages.text(rose ? "report.compare.rose_only" : "report.compare.fell_only",
                                             ["why": ReportWords.changeReason(why, then: name, now: nowName)])
                    case let .unknown(why):
                        note = Messages.text("report.compare.no_change", ["why": ReportWords.changeReason(why, then: name, now: nowName)])
                    }
                    if let note {
                        line += " (\(note))"
                        if k == key - 1 {
                            h.change = Headline.Change(period: name, then: then.estimate, now: now.estimate, text: percent ?? "", verdict: verdict,
                                                       size: percent == nil || then.estimate.best == 0 ? 0
                                                           : abs(Double(now.estimate.best - then.estimate.best)) / Double(then.estimate.best))
                        }
                    }
                }
                h.comparisons.append(line)
            }
            out.append(h)
        }
        return out
    }

    func bar(_ b: BarSpec) throws(TallyError) -> ChartContent {
        let grouping = Grouping(b.by)
        let stock = spec.measureCatalog.kind(of: b.measure) == .stock
        // A stock bar shows each group's latest observation up to the end of the period,
        // dated when it is older than the period ("7,000, as of Feb 2023", the code path
        // of `tally chart bar`): a brief that left out a group's last known size would
        // mislead more than one that dates it, as its headline does. A flow is the
        // period's sum.
        let rows = stock ? try data.stockHistory(to: grouping, through: key, measure: b.measure)
            : try data.periodRollup(to: grouping, period: key, measure: b.measure)
        var bars: [BarChart.Bar]
        do { bars = try BarChart.bars(from: rows, measure: b.measure, top: b.top, everyFoldChecked: true) } catch { throw .data(error.description) }
        bars = BarChart.dated(bars, shownFrom: kind.firstDay(key))
        if data.datasets.datasets.count > 1 || bars.contains(where: { placeDiffers($0.place) }) {
            bars = BarChart.marked(bars) { partialNote(sources: $0, place: $1) != nil }
        }
        let periodName = ReportWords.period(key, kind: kind)
        guard !bars.isEmpty else {
            return ChartContent(id: b.id, drawing: nil,
                                emptyMessage: Messages.text(stock ? "report.chart.empty.up_to" : "report.chart.empty.in", ["measure": b.measure, "period": periodName]))
        }
        let shared = GroupLabel.sharedSuffix(in: rows, measure: b.measure)
        var subtitle = b.subtitle ?? (shared.map { $0.phrase + " \u{00B7} " } ?? "")
            + ChartWords.barSubtitle(kind: stock ? .stock : .flow, when: periodName)
        // The datasets of the measure in any period: one that ends before this period
        // has no bar, and the subtitle says so rather than leaving its groups out unsaid.
        // One dataset whose countries have days of their own, bars by country (or by a
        // place within one): each country's own note, naming those that fall short when
        // they differ (`Lebanon partial: data to 10 March`), as `tally chart bar` does.
        // A country of the file with no day in the period has no bar: named ("no Lebanon
        // data"), a country the spec's `filter:` names too (the dataset's countries are
        // then those named alone); not with a filter of actors, which may be what leaves
        // it out.
        var absent: [String] = []
        if spec.filter.actors.isEmpty, let d = data.datasets.datasets.first {
            absent = d.absentCountries(in: kind.firstDay(key) ... kind.lastDay(key), besides: Set(bars.compactMap(\.place)),
                                       asked: !spec.filter.countries.isEmpty && bars.contains { $0.place != nil })
        }
        let placeNote = data.datasets.datasets.count == 1 && (data.datasets.hasPlaces || !absent.isEmpty)
            ? ChartWords.partialNote(places: bars.compactMap { bar in bar.place.map { ($0, partialNote(sources: bar.sources, place: $0)) } }, absent: absent) : nil
        // Several datasets, bars by country (or by a place within one): named by country
        // as with one (`Lebanon partial: data to 10 March`, `no Lebanon data`), not by
        // the datasets' titles, by TallyCore's rule (DatasetCoverages.countryBars), the
        // one `tally chart bar` uses.
        let byCountryOfSeveral = data.datasets.datasets.count > 1 && bars.contains { $0.place != nil }
            && bars.allSatisfy { $0.place != nil || $0.isOthers }
        let severalNote = byCountryOfSeveral
            ? ChartWords.partialNote(DatasetCoverages(data.datasets.contributing(reportSources(measure: b.measure)))
                                        .countryBars(bars.compactMap { bar in bar.place.map { ($0, bar.sources) } },
                                                     sources: bars.reduce(0) { $0 | $1.sources }, shown: kind.firstDay(key) ... kind.lastDay(key),
                                                               askedCountries: !spec.filter.countries.isEmpty, askedActors: !spec.filter.actors.isEmpty)) { ds, naming in
                ChartWords.partialNote(DatasetCoverages(ds).shortfalls(of: key, kind: kind, sources: 0), key: key, kind: kind, naming: naming)
            } : nil
        if let note = byCountryOfSeveral ? severalNote : placeNote ?? partialNote(sources: reportSources(measure: b.measure)) { subtitle += " · " + note }
        let notes = try footnotes(b.measure, periods: key ... key, shown: periodName,
                              rangeKey: ChartWords.rangeKey(bars.map(\.estimate), floating: true),
                              actors: grouping.keys.contains(.actor) ? rows.rows.filter { $0.measure == b.measure }.compactMap(\.actor) : [])
        let title = b.titleGenerated
            ? ChartWords.barTitle(measure: b.measure, grouping: grouping, unit: GroupLabel.placeUnit(in: rows, measure: b.measure),
                                  firstNamedActor: data.actorIsFirstNamed) : b.title
        var chart = BarChart(bars: bars, text: ChartText(title: title, subtitle: subtitle, source: sourceLine + notes, alt: b.alt))
        chart.labelSuffix = shared?.suffix
        if bars.contains(where: \.isOthers) { chart.foldReason = Messages.text("alt.reason.top", ["n": (DisplayLocale.current.isEnglish ? String(b.top) : DisplayLocale.current.integer(Int64(b.top)))]) }
        chart.highlighted = try highlighted(b.highlight, among: bars.map(\.label), suffix: shared?.suffix, chart: b.id)
        if let problem = chart.attach(b.annotations.compactMap(BarChart.Note.init(argument:))) {
            throw .usage("chart '\(b.id)': annotate " + problem.description)
        }
        return ChartContent(id: b.id, drawing: chart, emptyMessage: "")
    }

    /// A chart's `highlight:` names resolved to its labels; a name that names none is a
    /// spec error (64) with the nearest names: a highlight that silently did nothing
    /// would publish the wrong emphasis.
    func highlighted(_ names: [String], among labels: [String], suffix: SharedSuffix?, chart id: String) throws(TallyError) -> Set<String> {
        switch Highlight.labels(names, in: labels, suffix: suffix) {
        case let .success(set): return set
        case let .failure(error): throw .usage("chart '\(id)': highlight " + error.description)
        }
    }

    /// The lines under a chart's source that `tally chart` prints too, one per line:
    /// what the periods leave out (events dated only to spans longer than a period,
    /// ChartWords.spanFootnote) and, once, what the range marks mean (the key). Empty
    /// when there is nothing to say.
    /// - Parameters:
    ///   - periods: the periods the chart shows; an event dated to a longer span is
    ///     counted when its span overlaps them.
    ///   - shown: the one period a bar chart shows (`April 2023`).
    ///   - actors: the actors of a chart by actor: those that are not one are said
    ///     (``ReportWords/notOneActor(_:)``).
    func footnotes(_ measure: String, periods: ClosedRange<Int32>, shown: String?, rangeKey: String?, actors: [String] = []) throws(TallyError) -> String {
        var lines: [String] = []
        if let note = try spanNote(measure, periods: periods, shown: shown) { lines.append(note) }
        // Only the stocks of the periods the chart shows: a whole place beside its parts
        // in a month the chart does not show is no note of it (its cover says it then).
        let labels = Set(periods.map { kind.label($0) })
        if let note = ChartWords.twoLevelsFootnote(data.twoLevelStocks.filter { labels.contains($0.period) }, measure: measure) {
            lines.append(note)
        }
        if let note = ReportWords.notOneActor(actors) { lines.append(note) }
        if let rangeKey { lines.append(rangeKey) }
        return lines.map { "\n" + $0 }.joined()
    }

    /// What `periods` leave out of `measure` by the date-span rule, in the words of
    /// `tally chart`'s footnote: the events dated only to longer spans that overlap
    /// them (TallyCore's ``AggregationConfig/leftOut(spanFrom:to:overlapping:_:)``,
    /// the figure `tally chart bar --period` gives); `nil` when none.
    func spanNote(_ measure: String, periods: ClosedRange<Int32>, shown: String?) throws(TallyError) -> String? {
        // One overflow policy: a capped total in a footnote would be a wrong number.
        let left: (tally: AggregateResult.SpanTally, countedAtStart: Bool)?
        do { left = try data.result.spanTally(of: measure, periods: periods) } catch { throw .data(error.description) }
        // With `count_at_start: true` they are in the periods of their start dates, and
        // the footnote says so, naming the publisher's rule.
        guard let left else { return nil }
        return ChartWords.spanFootnote(left.tally.estimate, measure: measure, period: kind, countedAtStart: left.countedAtStart,
                                       shown: shown, rule: "count_at_start: true in the spec")
    }

    func timeline(_ t: TimelineSpec) throws(TallyError) -> ChartContent {
        // The window is the last `periods` periods up to the report's; the series in it
        // run from the measure's first record to its last (the gap rule, TallyCore's
        // GapRule): a period before the first record is not covered by the data, and a
        // zero there would tell the reader nothing happened (the bundled brief drew
        // "0 killed" for a February without a killed record, a rising trend next to
        // "+133%"). Between records, a flow is zero only for a continuous source.
        let wanted = key - Int32(t.periods - 1)
        let present = data.result.rows.lazy.map(\.periodKey)
        let first = max(wanted, min(key, present.min() ?? wanted))
        let last = max(first, min(key, present.max() ?? key))
        // Every period: the measure's first and last record bound the line even outside the window.
        let rows = try data.rollup(to: Grouping(t.by), periods: Int32.min ... Int32.max, measure: t.measure)
        let set: SeriesSet
        do {
            set = try rows.series(of: t.measure, top: min(t.top, TimelineChart.maximumSeries), window: first ... last,
                                  reporting: data.reporting, coverage: data.coverage,
                                  datasets: data.datasets.datasets.isEmpty ? nil : data.datasets)
        } catch {
            throw .data(error.description)
        }
        let shared = GroupLabel.sharedSuffix(in: rows, measure: t.measure)
        let series = TimelineChart.series(from: set, grouping: rows.grouping, period: kind, measure: t.measure,
                                          withParents: GroupLabel.needsParents(rows.rows.filter { (first ... last).contains($0.periodKey) }, grouping: rows.grouping),
                                          suffix: shared?.suffix)
        let omitted = set.omitted
        let window = first == last ? ReportWords.period(last, kind: kind)
            : Messages.text("when.from_to", ["from": ReportWords.period(first, kind: kind), "to": ReportWords.period(last, kind: kind)])
        guard !series.isEmpty, let shownFirst = set.span.first, let shownLast = set.span.last else {
            return ChartContent(id: t.id, drawing: nil, emptyMessage: Messages.text(first == last ? "report.chart.empty.in" : "report.chart.empty.from",
                                                                                    ["measure": t.measure, "period": window]))
        }
        // The subtitle names the periods drawn: those of the measure's records.
        let span = shownFirst == shownLast ? ReportWords.period(shownLast, kind: kind)
            : Messages.text("when.from_to", ["from": ReportWords.period(shownFirst, kind: kind), "to": ReportWords.period(shownLast, kind: kind)])
        let subtitle = t.subtitle ?? (shared.map { $0.phrase + " \u{00B7} " } ?? "")
            + ChartWords.timelineSubtitle(kind: series[0].kind, period: kind, singlePoint: shownFirst == shownLast, span: span)
        var source = sourceLine
        if let note = TimelineChart.omittedNote(omitted, drawn: series) { source += " · " + note }
        var chart = TimelineChart(period: kind, series: series,
                                  annotations: t.annotations.compactMap(TimelineChart.Annotation.init(argument:)),
                                  text: ChartText(title: t.titleGenerated
                                      ? ChartWords.timelineTitle(measure: t.measure, kind: series[0].kind, period: kind, grouping: Grouping(t.by),
                                                                 unit: GroupLabel.placeUnit(in: rows, measure: t.measure),
                                                                 firstNamedActor: data.actorIsFirstNamed)
                                      : t.title, subtitle: subtitle, source: "", alt: t.alt),
                                  namesSeries: !t.by.isEmpty)
        // A period the coverage spans only in part (the report's own, asked for
        // explicitly, or the first when the data starts mid-period) is marked on the
        // point itself, and the footer says what the mark means.
        if data.datasets.datasets.isEmpty {
            chart.partial = TimelineChart.partialPeriods(series, period: kind, coverage: data.coverage)
        } else {
            chart.markPartial(data.datasets)
        }
        // The report's own period, partly covered, is named in the subtitle; with several
        // datasets, as the lines drawn there are marked.
        // The periods the footer lists as partly covered are the ones the subtitle names.
        if data.datasets.datasets.count > 1 {
            if let note = chart.partialSubtitle { chart.text.subtitle += " · " + note }
            // A dataset whose line ends before the period (it has no record there) draws
            // nothing in it: the subtitle says so, or its line would just stop unexplained.
            if shownLast == key, let note = absentNote(measure: t.measure) { chart.text.subtitle += " · " + note }
        } else {
            if let note = chart.partialSubtitle { chart.text.subtitle += " · " + note }
            // The report's own period when no point there is marked (a period the data
            // does not reach draws none): its note, beside the periods drawn.
            let marked = chart.partial[key] != nil || chart.series.contains { $0.partial[key] != nil }
            // A period the data does not reach at all is said as on the cover ("after the
            // data (which ends 27 May 2023)"), not "partial: no W data" (review46 N-h).
            // The report's own period inside the data with no record of the measure: the
            // line stops a period short and the subtitle names the period drawn to, so it
            // says why (review51: April 2023 of g1.csv drew January to March under "January
            // 2023 to April 2023", nothing said), partly covered or not (review52 F7). No
            // point is drawn: no record is not a count of 0.
            let noRecords = !series.contains(where: { $0.points.contains { $0.periodKey == key } })
            func named(_ note: String) -> String {
                Messages.text("report.compare.line", ["name": ChartWords.periodName(key, kind: kind), "value": note])
            }
            if !marked, let uncovered = uncoveredWords {
                chart.text.subtitle += " · " + named(uncovered)
            } else if !marked, let partialNote {
                chart.text.subtitle += " · " + ChartWords.partialPeriod(partialNote, key: key, kind: kind)
                    + (noRecords ? "; " + Messages.text("report.figure.no_records") : "")
            } else if !marked, noRecords {
                chart.text.subtitle += " · " + named(Messages.text("report.figure.no_records"))
            }
        }
        // A country the spec's `filter:` names with no record in the periods drawn has no
        // line: named (`no Lebanon data`), as `tally chart timeline --country` does; not
        // with a filter of actors, which may be what leaves it out.
        if !spec.filter.countries.isEmpty, spec.filter.actors.isEmpty, Grouping(t.by).keys.contains(.country) {
            let present = Set(rows.rows.lazy.filter { $0.measure == t.measure && (first ... last).contains($0.periodKey) }.compactMap(\.country))
            if let note = ChartWords.absentNote(data.datasets.askedWithoutFigures(present: present)) { chart.text.subtitle += " · " + note }
        }
        chart.text.source = try source + footnotes(t.measure, periods: shownFirst ... shownLast, shown: nil,
                                               rangeKey: TimelineChart.rangeKey(series),
                                               actors: Grouping(t.by).keys.contains(.actor)
                                                   ? rows.rows.filter { $0.measure == t.measure && (shownFirst ... shownLast).contains($0.periodKey) }.compactMap(\.actor) : [])
            + (chart.partialKey.map { "\n" + $0 } ?? "")
            + (chart.gapKey.map { "\n" + $0 } ?? "")
            + (chart.regroupedKey.map { "\n" + $0 } ?? "")
        chart.labelSuffix = shared?.suffix
        chart.highlighted = try highlighted(t.highlight, among: series.map(\.name), suffix: shared?.suffix, chart: t.id)
        if let problem = chart.resolveNotes() { throw .usage("chart '\(t.id)': annotate " + problem) }
        // A note the editor wrote is never dropped unasked (issue 13): one dated outside
        // the periods drawn is refused unless `annotate_outside: skip`.
        var warnings: [String] = []
        if let problem = chart.outsideAnnotationsProblem {
            guard t.annotateOutside == .skip else {
                throw .usage("chart '\(t.id)': annotate " + problem
                             + "; remove it, give periods: that reach it, or write annotate_outside: skip to leave it out")
            }
            let shown = chart.visibleAnnotations
            for a in chart.annotations where !shown.contains(a) {
                warnings.append("chart '\(t.id)': annotate \(a.atPoint ? AltText.plain(a.series ?? "") + "@" : "")\(a.day)=\(AltText.plain(a.text)): "
                                + "outside the chart's periods, not drawn (annotate_outside: skip)")
            }
        }
        if let problem = chart.arrangementProblem(t.layout) { throw .usage("chart '\(t.id)': layout: " + problem) }
        if chart.arrangement(t.layout) == .smallMultiples {
            return ChartContent(id: t.id, drawing: SmallMultiples(chart), emptyMessage: "", warnings: warnings)
        }
        return ChartContent(id: t.id, drawing: chart, emptyMessage: "", warnings: warnings)
    }

    func table(_ t: TableSpec) throws(TallyError) -> TableContent {
        let grouping = Grouping(t.by)
        let rolled = try data.periodRollup(to: grouping, period: key)
        let measures = t.measures.isEmpty ? data.measures.filter { $0.kind == .flow }.map(\.name) : t.measures
        // One line per group, its figures side by side, in TallyCore's one order of
        // groups (named groups largest first, "(not given)" after them, as on bars);
        // `top` cuts the named groups only, as `--top` does on a bar chart.
        let pivot = rolled.pivot(measures: measures)
        let (lines, leftOut) = pivot.keeping(top: t.top)
        let sortMeasure = measures.first ?? ""
        let shown = lines.map(\.keyValues)
        func shownKey(_ i: Int, _ value: String) -> String { grouping.keys[i] == .country ? JointRegion.words(value) : value }
        // A key column with one value in every row (the country of a one-country
        // report) says nothing per row: it moves into the note and leaves room.
        let keyCount = grouping.keys.count
        let constant = (0 ..< keyCount).filter { i in
            keyCount > 1 && shown.count > 1 && shown.allSatisfy { $0[i] == shown[0][i] } && !shown[0][i].isEmpty
        }
        let kept = (0 ..< keyCount).filter { !constant.contains($0) }
        var columns = kept.map { ReportWords.column(grouping.keys[$0]) }
        var numeric = kept.map { _ in false }
        for m in measures { columns.append(ReportWords.headline(m)); numeric.append(true) }
        columns.append(Messages.text("report.column.records")); numeric.append(true)
        // With one file of several countries, a country's line goes by its own days
        // (a country that stopped in March is partial in April, the others not).
        let marksPartial = data.datasets.datasets.count > 1 || lines.contains { placeDiffers($0.place) }
        var rows: [[String]] = []
        for (i, k) in shown.enumerated() {
            // A joint region in the display language's words, as the chart and the cover
            // say it (review38 N1: the table printed `Iraq;Syria` beside `Iraq and Syria (joint)`).
            var line = kept.map { k[$0].isEmpty ? Messages.text("report.not_given") : shownKey($0, k[$0]) }
            let cells = lines[i].cells
            // With several datasets, a figure holding one that does not cover the period
            // says so, as its bar does (`5 (4–6), partial`); the note names the datasets.
            for cell in cells {
                line.append(cell.map { c in
                    ChartWords.figure(c.estimate) + (marksPartial && partialNote(sources: c.sources, place: lines[i].place) != nil ? Messages.text("report.partial_mark") : "")
                } ?? "–")
            }
            // Records of the sorting measure: one event often carries several measures
            // (killed, civilians killed), and adding those up would count it twice.
            line.append(DisplayLocale.current.integer(cells.first.flatMap { $0?.events } ?? 0))
            rows.append(line)
        }
        var notes: [String] = []
        if pivot.lines.isEmpty {
            let english = DisplayLocale.current.isEnglish
            notes.append(Messages.text("report.table.empty", ["measures": measures.map { english ? ReportWords.headline($0).lowercased() : ReportWords.headline($0) }
                .joined(separator: Messages.text("list.separator")), "period": ReportWords.period(key, kind: kind)]))
        } else {
            if !constant.isEmpty {
                notes.append(Messages.text("report.table.all_rows", ["list": constant.map { ReportWords.column(grouping.keys[$0]).lowercased() + " " + shownKey($0, shown[0][$0]) }
                    .joined(separator: Messages.text("list.separator"))]))
            }
            if leftOut > 0 {
                let unnamed = shown.count - t.top
                let locale = DisplayLocale.current
                let by = locale.isEnglish ? ReportWords.headline(sortMeasure).lowercased() : ReportWords.headline(sortMeasure)
                let number = { (n: Int) in locale.isEnglish ? String(n) : locale.integer(Int64(n)) }
                let args = ["top": number(t.top), "all": number(t.top + leftOut), "by": by,
                            "rows": unnamed == 1 ? "the row" : "the \(unnamed) rows", "unnamed": locale.integer(Int64(unnamed))]
                notes.append(Messages.text(unnamed == 0 ? "report.table.top" : "report.table.top_unnamed", args))
            }
            if measures.count > 1 {
                let measure = DisplayLocale.current.isEnglish ? ReportWords.headline(sortMeasure).lowercased() : ReportWords.headline(sortMeasure)
                notes.append(Messages.text("report.table.records_are", ["measure": measure]))
            }
            // An actor row that is not one actor (`Total`, `Unknown`), said (review40).
            if let i = grouping.keys.firstIndex(of: .actor), let note = ReportWords.notOneActor(shown.map { $0[i] }) { notes.append(note + ".") }
        }
        // What the period leaves out of each measure, as its bar chart's footnote says.
        for m in measures where data.measures.first(where: { $0.name == m })?.kind != .stock {
            if let span = try spanNote(m, periods: key ... key, shown: ReportWords.period(key, kind: kind)) { notes.append(DisplayLocale.current.sentenceStart(span) + ".") }
        }
        if marksPartial && data.datasets.datasets.count == 1 && grouping.keys.contains(.country) {
            // One file of several countries: the lines marked are named with their own
            // days (`Lebanon partial: data to 10 March`), not the file's.
            var said = Set<String>()
            for line in lines {
                guard let place = line.place, !said.contains(place),
                      let note = partialNote(sources: 0, place: place) else { continue }
                said.insert(place)
                notes.append(place + " " + note + ".")
            }
        } else if marksPartial {
            let sources = measures.reduce(UInt32(0)) { $0 | reportSources(measure: $1) }
            if let note = partialNote(sources: sources) {
                notes.append(DisplayLocale.current.sentenceStart(note) + ".")
            }
        }
        let note = notes.joined(separator: " ")
        return TableContent(columns: columns, numeric: numeric, rows: rows, note: note)
    }
}

/// Dates written into the document.
public enum ReportDates {
    /// The first day after the period: the earliest day a report on it can be complete.
    /// Used as the PDF's creation date so that the file depends on the data, not the clock.
    public static func creationDay(_ key: Int32, kind: PeriodKind) -> CalendarDay {
        kind.firstDay(kind.successor(key))
    }

    public static func pdfDate(_ key: Int32, kind: PeriodKind) -> String {
        creationDay(key, kind: kind).description + "T00:00:00Z"
    }
}
