import TallyCharts
import TallyCore
import TallyIO

/// The aggregate a report is computed from, read in one pass over the datasets (two
/// for fine groupings).
///
/// Every section's grouping is a subset of the union of all sections' keys, and within
/// one period the groups of a finer grouping partition those of a coarser one, so one
/// scan at the union grouping serves every section: flows and stock snapshots of a
/// period both add up across the finer groups (SPEC §3). Reading a million-row file
/// once instead of once per section is most of a report's running time.
///
/// When bars or tables ask for a fine grouping (districts, or actors by province), the
/// union grouping over every period of the data can have as many cells as the file has
/// rows. Then the history (summary, timelines) is read at the timelines' grouping and
/// the report period alone at the full grouping, in a second pass filtered to that
/// period: the same figures, at a fraction of the memory and time.
public struct ReportData: Sendable {
    /// Rows for every period of the data (after the spec's filter), at the union of all
    /// sections' keys, or at the timelines' keys when ``periodResult`` is read separately.
    public let result: AggregateResult
    /// The report period at the union of all sections' keys, when read in a second pass.
    public private(set) var periodResult: AggregateResult?
    /// The stocks of the spec's stock bars over every date up to the end of the report
    /// period (period `all`), at the union of all sections' keys: each finest place's
    /// and actor's latest observation, as `tally chart bar --to DAY` reads them
    /// (``stockHistory(to:through:measure:)``).
    public private(set) var stockResult: AggregateResult?
    /// Whether the report period needs its own pass (see ``loadPeriod(_:spec:files:)``).
    public let separatePeriodPass: Bool
    public let rowsRead: Int
    /// `source` values of the rows read, most frequent first.
    public let sources: [String]
    /// Notes on datasets left out because they name a file listed earlier (read once).
    public var duplicateFiles: [String] = []
    /// Events (or HDX HAPI rows) read more than once and counted once, and repeated
    /// rows: the sentences `aggregate` and `chart` say (``IngestOutcome/duplicateCountNotes``),
    /// from the first pass over the datasets only (a second pass reads the same files).
    public var duplicateNotes: [String] = []
    /// What else reading said for standard error (``IngestOutcome/notes``: a measure of
    /// `filter.measures` that a schema calls otherwise, `fatalities` read as `killed`).
    public var readNotes: [String] = []
    /// The groups whose stock adds a whole place's figure to its parts'
    /// (``IngestOutcome/twoLevelStocks``): said on the cover and under the charts.
    public var twoLevelStocks: [TwoLevelStock] = []
    /// The same groups in the headline's totals (a roll-up to no keys), whatever the
    /// sections' grouping (``IngestOutcome/totalTwoLevelStocks``): the cover says them.
    public var totalTwoLevelStocks: [TwoLevelStock] = []
    /// Sums of stocks refused in one period and measure (``IngestOutcome/stockRefusals``,
    /// the sections' grouping and the headline's): ``checkStockRefusals(_:spec:)`` refuses
    /// those of the periods the report shows once its period is known.
    public var stockRefusals: [StockRefusal] = []
    /// Stocks of two names that look like one group, added in the headline's totals
    /// (``IngestOutcome/totalLikelyAliases``): the cover says those of its period.
    public var likelyAliases: [LikelyAlias] = []
    /// Records outside the spec's declared `coverage:`, left out of every figure (for stderr).
    public var coverageNotes: [String] = []
    /// The last day a record read starts on (``Report`` says records dated after the
    /// day a report is made as of, coverage10 F10).
    public var lastRecordDay: CalendarDay?
    /// The days the datasets claim to cover (the coverage rule, docs/aggregation.md):
    /// the days every dataset's runs of records cover, each record to its span end
    /// (before the spec's filter), with the spec's `coverage:` applied. `nil` when
    /// nothing was read.
    public let coverage: Coverage?
    /// Each input file's own coverage (the files with rows, in input order).
    public var fileCoverages: [Coverage] = []
    /// Each dataset's own coverage (the spec's `coverage:` applied to each), named by
    /// its `name:`/`title:` in the spec, else its file name: a chart's period is
    /// partial only when a dataset its figures hold does not cover it.
    public var datasets = DatasetCoverages()
    /// Whether every dataset reports continuously (the gap rule): a flow's period
    /// without a record, between the measure's first record and its last, is then
    /// zero on a timeline; otherwise the line breaks there.
    public var reporting: Reporting = .sparse
    /// The files read, with the schema each was read in (for the sources page).
    public var files: [FileSummary] = []
    /// Whether an actor grouping holds the actor an event names first (UCDP GED's side
    /// A, ACLED's actor1), so titles say "first-named actor" (``FileSummary/actorIsFirstNamed(_:)``).
    public var actorIsFirstNamed: Bool { FileSummary.actorIsFirstNamed(files) }

    public var grouping: Grouping { result.grouping }
    public var kind: PeriodKind { result.period }

    public init(result: AggregateResult, rowsRead: Int, sources: [String], separatePeriodPass: Bool = false,
                coverage: Coverage? = nil) {
        self.result = result; self.rowsRead = rowsRead; self.sources = sources
        self.separatePeriodPass = separatePeriodPass
        self.coverage = coverage
    }

    /// Every measure a section names is in the data: a brief that said "No figures were
    /// recorded" for `measures: [fatalities]` on ACLED data (tally's `killed`), or for a
    /// misspelt measure, printed a false statement with exit 0. An alias names what to
    /// write instead; anything else lists the measures present (exit 64, as
    /// `--measure` does).
    static func checkNamedMeasures(_ spec: ReportSpec, _ outcome: IngestOutcome) throws(TallyError) {
        var named: [String] = []
        for section in spec.sections {
            switch section {
            case let .summary(s): named += s.measures
            case let .bar(b): named.append(b.measure)
            case let .timeline(t): named.append(t.measure)
            case let .table(t): named += t.measures
            default: break
            }
        }
        let present = Set(outcome.result.rows.map(\.measure) + outcome.result.spanning.map(\.measure))
        guard !present.isEmpty else { return }
        // A measure whose records the spec's filters or declared coverage leave out
        // is still in the data (the period's refusal then says why it is empty).
        for m in named where !present.contains(m) && !outcome.measuresSeen.contains(m) {
            let alias = outcome.measureName(m)
            if alias != m {
                throw .usage("measure '\(m)': the data calls it '\(alias)' (\(m) in these files is tally's \(alias)); write \(alias) in the spec")
            }
            throw .usage("measure '\(MessageText.excerpt(m))': no such measure in the data; the measures present are: "
                         + MessageText.list(present.sorted()))
        }
    }

    /// Reads the spec's datasets: the whole history, and for fine groupings only the
    /// history's part (call ``loadPeriod(_:spec:files:)`` once the period is known).
    /// - Parameter separatePeriodPass: overrides the choice (tests compare both ways).
    public static func load(_ spec: ReportSpec, files: [String]? = nil,
                            separatePeriodPass: Bool? = nil) throws(TallyError) -> ReportData {
        // A load is a run's first pass: the passes after it must read the files it reads,
        // whatever an earlier load of the same spec read (review46 S2's check).
        spec.inputs.reset()
        let full = sectionGrouping(spec)
        let split = separatePeriodPass ?? isFine(full)
        let grouping = split ? timelineGrouping(spec) : full
        var first = request(spec, grouping: grouping, period: spec.period.every, files: files, collectSources: true)
        // Refused sums of stocks are kept by period: only the periods shown refuse (stocks6 item 2).
        first.stockRefusalsByPeriod = true
        let outcome = try Ingest.run(first)
        try checkNamedMeasures(spec, outcome)
        // Each dataset reports as its `continuous:` says, else as its schema does: a
        // continuous source covers its quiet spells (the gap rule).
        var datasets = outcome.datasets
        for k in datasets.datasets.indices {
            let d = datasets.datasets[k]
            if d.index < spec.datasets.count, let c = spec.datasets[d.index].continuous { datasets.datasets[k].reporting(continuous: c) }
        }
        // The coverage rule: the days every dataset's runs of records cover (each
        // record to its span end), with the spec's `coverage:` applied to each dataset
        // whose records reach it (review16 #3: a spec-wide `coverage: 2023-05-31` made
        // a monitor whose records end on 15 April cover May, and May was published as
        // "all of it recorded in Syria"). A dataset that stops short keeps its own days,
        // said on standard error and in the method, and a period past them is partial.
        let declaring = spec.coverage.from != nil || spec.coverage.to != nil
        let recordCoverages = datasets.datasets.map(\.coverage)
        var unreached: [String] = []
        // A dataset of parts of one export (``ExportParts``) is named by its parts' names.
        func specName(_ index: Int, _ name: String) -> String {
            let parts = datasets.datasets.first { $0.index == index }?.parts ?? [index]
            let names = parts.map { i in i >= 0 && i < spec.datasets.count && spec.datasets[i].nameGiven ? spec.datasets[i].name : nil }
            guard names.allSatisfy({ $0 != nil }) else { return name }
            return ExportParts.name(names.map { $0! }, noun: "datasets")
        }
        if declaring {
            for k in datasets.datasets.indices {
                let d = datasets.datasets[k]
                // One dataset: the spec's coverage is its own, taken as declared.
                let (declared, short) = datasets.datasets.count == 1
                    ? (d.coverage.declaring(from: spec.coverage.from, to: spec.coverage.to) ?? d.coverage, [])
                    : d.declaring(from: spec.coverage.from, to: spec.coverage.to)
                var c = declared
                let name = specName(d.index, d.name)
                // coverage10 F5: a declared window does not cover its records' own
                // silences (between runs, around stray rows); say where it claimed months
                // that hold only a few record days, which stay uncovered (no zero drawn
                // there, no change given against them).
                if let from = spec.coverage.from {
                    let kind = spec.period.every == .all ? PeriodKind.month : spec.period.every
                    for (a, b) in zip(c.runs, c.runs.dropFirst()) where b.lowerBound.daysSinceEpoch &- a.upperBound.daysSinceEpoch > 31
                        && a.upperBound >= from && b.lowerBound <= (spec.coverage.to ?? c.last) {
                        let silent = a.upperBound.adding(days: 1) ... b.lowerBound.adding(days: -1)
                        let lo = kind.key(silent.lowerBound), hi = kind.key(silent.upperBound)
                        let months = kind.firstDay(lo).daysSinceEpoch ... kind.lastDay(hi).daysSinceEpoch
                        let n = d.recordSpans.filter { months.contains($0.lowerBound) }.count
                        unreached.append("the spec's coverage: (from \(from)\(spec.coverage.to.map { " to \($0)" } ?? "")) claims "
                            + (lo == hi ? kind.label(lo) : "\(kind.label(lo)) to \(kind.label(hi))") + ", which hold\(lo == hi ? "s" : "") only "
                            + "\(n) record day\(n == 1 ? "" : "s") of \(name), with no record from \(silent.lowerBound) to \(silent.upperBound): "
                            + "a declared coverage does not cover a silence of its records, so those days stay uncovered (no zero is drawn "
                            + "there, and no change is given against them); check that its file holds every export of those dates")
                    }
                }
                // The long-gap rule before anything else cuts the declared days: a
                // declared end far past the records is no record (the silence before it
                // is a gap), and the spec's word never completes a long gap.
                let (gapped, gaps, places) = d.thinnedPeriods(c, kind: spec.period.every)
                datasets.datasets[k].placeCoverages = places
                if !gaps.isEmpty {
                    c = gapped ?? Coverage(first: c.first, last: c.first, declared: c.declared)
                    unreached.append(DatasetCoverages.thinNote(name: name, periods: gaps, kind: spec.period.every, report: true))
                }
                datasets.datasets[k].coverage = c
                // Several datasets: the spec's word does not make a period complete for
                // one that has no record in it (review17 #1: one straggler row on 30 May
                // after daily records to 31 March made April "all of it recorded in Syria").
                if datasets.datasets.count > 1 {
                    let kind = spec.period.every
                    let (kept, silent) = d.withoutSilentPeriods(c, kind: kind)
                    if !silent.isEmpty {
                        datasets.datasets[k].coverage = kept ?? Coverage(first: c.first, last: c.first)
                        let days = silent.map { kind.firstDay($0) ... kind.lastDay($0) }
                        datasets.datasets[k].placeCoverages = datasets.datasets[k].placeCoverages.mapValues {
                            $0.subtracting(days) ?? Coverage(first: $0.first, last: $0.first)
                        }
                        let shown = silent.prefix(6).map(kind.label).joined(separator: ", ")
                            + (silent.count > 6 ? " and \(silent.count - 6) more" : "")
                        unreached.append("the spec's coverage: does not speak for \(name) in \(shown): it has no record there, so "
                            + "\(silent.count == 1 ? "that period is" : "those periods are") partial for its figures (no \(name) data) "
                            + "and not picked by `latest`; check that its file holds every export, or leave it out of the spec")
                    }
                }
                guard !short.isEmpty else { continue }
                let ends = short.map { day in
                    day == spec.coverage.to ? "end on \(d.coverage.last), \(day.daysSinceEpoch - d.coverage.last.daysSinceEpoch) days before \(day)"
                        : "start on \(d.coverage.first), \(d.coverage.first.daysSinceEpoch - day.daysSinceEpoch) days after \(day)"
                }.joined(separator: " and ")
                unreached.append("the spec's coverage: (\(spec.coverage.from.map { "from \($0)" } ?? "")"
                    + (spec.coverage.from != nil && spec.coverage.to != nil ? " " : "") + (spec.coverage.to.map { "to \($0)" } ?? "")
                    + ") does not speak for \(name): its records \(ends), further than its quiet spells (\(d.declarationReach) days: "
                    + "ten times the median interval between its record days, at least 7) explain. Its own days stand "
                    + "(\(d.coverage.first) to \(d.coverage.last)), so a period past them is partial for its figures and not picked by "
                    + "`latest`; check that its file is the latest export, or leave it out of the spec")
            }
        }
        // The long-gap rule without a declared coverage (with one, above), one dataset
        // or several: a period overlapping a silence of a dataset that does not report
        // continuously, far longer than its ordinary interval between record days, is
        // partial for its figures (review17 #1, review19 B1-B5: a source that stopped and
        // left stragglers was one run, and its stopping period was published whole).
        if !declaring {
            let (thinned, thin) = datasets.withoutThinPeriods(kind: spec.period.every)
            datasets = thinned
            for t in thin {
                let index = datasets.datasets.first { $0.name == t.name }?.index ?? -1
                unreached.append(DatasetCoverages.thinNote(name: specName(index, t.name), periods: t.periods, kind: spec.period.every, report: true))
            }
        }
        var coverage = datasets.intersection
        if declaring, coverage == nil, unreached.isEmpty, let a = spec.coverage.from, let b = spec.coverage.to {
            coverage = Coverage(first: a, last: b, declared: true)
        }
        // Not the spec's word where a dataset keeps its own days: a period past them is
        // partial for that dataset's figures, not outside what the spec declares.
        if !unreached.isEmpty { coverage?.declared = false }
        var data = ReportData(result: outcome.result, rowsRead: outcome.recordsRead, sources: outcome.sources,
                              separatePeriodPass: split, coverage: coverage)
        data.duplicateFiles = outcome.duplicateFiles
        data.duplicateNotes = outcome.duplicateCountNotes
        data.readNotes = outcome.notes
        data.twoLevelStocks = outcome.twoLevelStocks
        data.totalTwoLevelStocks = outcome.totalTwoLevelStocks
        // The headline adds one group's stocks under several names (review38 S6) or a
        // `Total` actor's with its parts' (stocks6 item 4): refused in the periods shown
        // (``checkStockRefusals(_:spec:)``).
        data.stockRefusals = outcome.stockRefusals + outcome.totalStockRefusals.filter { !outcome.stockRefusals.contains($0) }
        data.likelyAliases = outcome.totalLikelyAliases
        data.readNotes += outcome.totalLikelyAliases.map(\.note).filter { n in !outcome.notes.contains(n) }
        // The headline's own (a roll-up to no keys), said once where the sections' grouping
        // did not say the same.
        data.readNotes += outcome.totalNotes.filter { n in !outcome.notes.contains(n) }
        if let first = outcome.firstDay, let last = outcome.lastDay {
            var outside: [String] = []
            if let from = spec.coverage.from, first < from { outside.append("dated \(first) to \(min(last, from.adding(days: -1))) (before \(from))") }
            if let to = spec.coverage.to, last > to { outside.append("dated \(max(first, to.adding(days: 1))) to \(last) (after \(to))") }
            if !outside.isEmpty {
                data.coverageNotes.append("records " + outside.joined(separator: " and ") + " are outside the coverage the spec declares "
                    + "(coverage:), stray rows the data does not speak for: they are left out of every figure, and a period wholly "
                    + "outside it is refused")
            }
        }
        data.coverageNotes += unreached
        data.lastRecordDay = outcome.lastDay
        data.fileCoverages = recordCoverages
        // Dataset indices are the spec's datasets (a dataset of several files is one).
        data.datasets = DatasetCoverages(datasets.datasets.map { d in
            var d = d
            d.name = specName(d.index, d.name)
            return d
        })
        data.reporting = reporting(spec.datasets, files: outcome.files)
        data.files = outcome.files
        return data
    }

    /// Continuous when every dataset is: by its `continuous:` key, else by the schema
    /// it was read in (UCDP GED and ACLED are, a native CSV is not known to be).
    static func reporting(_ datasets: [DatasetSpec], files: [FileSummary]) -> Reporting {
        let all = datasets.allSatisfy { d in
            if let declared = d.continuous { return declared }
            if let read = files.first(where: { $0.name == d.resolvedPath }) { return read.schema.reporting == .continuous }
            return d.schema.flatMap(Schema.init(rawValue:))?.reporting == .continuous
        }
        return !datasets.isEmpty && all ? .continuous : .sparse
    }

    /// Districts, or actors within provinces, can number in the tens of thousands.
    static func isFine(_ grouping: Grouping) -> Bool {
        grouping.contains(.adm2) || (grouping.contains(.actor) && grouping.contains(.adm1))
    }

    /// Reads the report period at the full grouping when ``load`` left it out.
    public mutating func loadPeriod(_ key: Int32, spec: ReportSpec, files: [String]? = nil) throws(TallyError) {
        try loadStocks(key, spec: spec, files: files)
        guard separatePeriodPass else { try checkStockRefusals(key, spec: spec); return }
        var request = ReportData.request(spec, grouping: ReportData.sectionGrouping(spec), period: kind, files: files,
                                         collectSources: false)
        request.filter.from = kind.firstDay(key)
        request.filter.to = kind.lastDay(key)
        periodResult = try Ingest.run(request).result
        try checkStockRefusals(key, spec: spec)
    }

    /// The periods of `measure` the report of `key` shows: its own; for the summary, the
    /// periods its change is against and a stock's last observation before it when the
    /// period has none; a timeline's window.
    func shownPeriods(_ key: Int32, measure: String, spec: ReportSpec) -> Set<Int32> {
        var shown: Set<Int32> = [key]
        for section in spec.sections {
            switch section {
            case let .summary(s) where s.measures.contains(measure):
                shown.formUnion([key - 1, kind == .month ? key - 12 : kind == .quarter ? key - 4 : key - 1])
                if !periodAggregate(key).rows.contains(where: { $0.measure == measure }), let last = lastObserved(measure, before: key) {
                    shown.insert(last)
                }
            case let .timeline(t) where t.measure == measure: shown.formUnion((key - Int32(max(t.periods, 1) - 1)) ... key)
            default: break
            }
        }
        return shown
    }

    /// Refuses the first refused sum of stocks (``stockRefusals``) in a period the report
    /// of `key` shows; those of other periods are said on standard error only (stocks6
    /// item 2: a report of 2023-04 was refused for `IS` and `ISIS` stocks of 2022-11).
    mutating func checkStockRefusals(_ key: Int32, spec: ReportSpec) throws(TallyError) {
        let others = try unshownStockRefusals(key, spec: spec)
        if let r = others.first {
            let more = others.count > 1 ? " (and \(others.count - 1) more in periods this report does not show)" : ""
            readNotes.append("in a period this report does not show, and so not refused: " + r.message + more)
            dropNotOneNoteSaidBy(others)
        }
    }

    /// review44 N4: the sentence `by actor, "Total" is not one actor: its rows are figures
    /// for all actors together` said again what a refusal of a period the report does not
    /// show says of the same rows (`actor "Total" (12,000), a figure for all actors
    /// together`): two sentences on standard error for one row. It is left out when every
    /// row of each actor it names is in a period and measure of such a refusal naming that
    /// actor; an actor with rows elsewhere keeps it (their only word).
    mutating func dropNotOneNoteSaidBy(_ refusals: [StockRefusal]) {
        let actors = (result.rows + result.spanning).compactMap(\.actor)
        guard let note = ActorWords.notOneNote(actors), let i = readNotes.firstIndex(of: note) else { return }
        let (all, unnamed) = ActorWords.notOne(actors)
        guard unnamed.isEmpty else { return }
        for n in all {
            let said = refusals.filter { $0.message.contains("actor \"\(n)\" (") }
            let covered = (result.rows + result.spanning).filter { $0.actor == n }.allSatisfy { row in
                said.contains { $0.period == row.periodKey && $0.measure == row.measure }
            }
            if !covered { return }
        }
        readNotes.remove(at: i)
    }

    /// The refused sums of stocks of periods the report of `key` does not show; throws
    /// the first of a period it shows (``loadPeriod(_:spec:files:)`` calls it, and
    /// ``ContentBuilder/build()`` for callers that build content from one pass).
    public func unshownStockRefusals(_ key: Int32, spec: ReportSpec) throws(TallyError) -> [StockRefusal] {
        var shown: [String: Set<Int32>] = [:]
        var others: [StockRefusal] = []
        for r in stockRefusals {
            let periods = shown[r.measure] ?? shownPeriods(key, measure: r.measure, spec: spec)
            shown[r.measure] = periods
            if periods.contains(r.period) { throw .data(r.message) }
            others.append(r)
        }
        return others
    }

    /// The measures of the spec's bar sections that are stocks.
    static func stockBarMeasures(_ spec: ReportSpec) -> [String] {
        let catalog = spec.measureCatalog
        var out: [String] = []
        for case let .bar(b) in spec.sections where catalog.kind(of: b.measure) == .stock && !out.contains(b.measure) {
            out.append(b.measure)
        }
        return out
    }

    /// A stock bar dates each group's latest observation up to the report period, which
    /// may be older than it: one more pass reads those stocks over every date up to the
    /// period's last day. Stocks are snapshots, a small part of a file of events.
    mutating func loadStocks(_ key: Int32, spec: ReportSpec, files: [String]?) throws(TallyError) {
        let stocks = ReportData.stockBarMeasures(spec)
        var history = ReportData.request(spec, grouping: ReportData.sectionGrouping(spec), period: .all, files: files,
                                         collectSources: false)
        // (An empty list would mean every measure.)
        let wanted = history.filter.measures.isEmpty ? stocks : history.filter.measures.filter(stocks.contains)
        guard !wanted.isEmpty else { return }
        history.filter.measures = wanted
        history.filter.to = kind.lastDay(key)
        // A table tally wrote: each of its cells' latest row up to the period, a figure
        // the table states for its own period (review38 S3, S4 refuse other re-cuts).
        history.stockTablesAtAnyPeriod = true
        // A bar not by actor adds, in each place, the latest figure of each actor cell up to
        // the period's end: one group's March figure under one name and its April figure
        // under another made one figure (names9, review45 S8: Kunar 500 + 600 = 1,100 "as of
        // Mar 2023 to Apr 2023" where the group had 600). The history's refusals (one group
        // under two names, a `Total` actor beside its parts, anywhere up to the period's
        // end) refuse such a bar as `tally aggregate --period all` and `tally chart bar --to
        // DAY` refuse them; a bar by actor shows the names apart, as `--by actor` does.
        history.stockRefusalsByPeriod = true
        let outcome = try Ingest.run(history)
        stockResult = outcome.result
        let adding = spec.sections.compactMap { section -> BarSpec? in
            guard case let .bar(b) = section, wanted.contains(b.measure), !b.by.contains(.actor) else { return nil }
            return b
        }
        for r in outcome.stockRefusals + outcome.totalStockRefusals {
            guard let b = adding.first(where: { $0.measure == r.measure }) else { continue }
            throw .data("chart '\(b.id)' shows each group's latest \(b.measure) up to \(kind.lastDay(key)), "
                + "added over the actors of each place (the report's period \(kind.label(key))): " + r.message)
        }
        let said = Set(readNotes)
        for a in outcome.totalLikelyAliases where adding.contains(where: { $0.measure == a.measure }) {
            let n = "chart '\(adding.first { $0.measure == a.measure }!.id)', each group's latest \(a.measure) up to \(kind.lastDay(key)): " + a.note
            if !said.contains(n) && !readNotes.contains(n) { readNotes.append(n) }
        }
    }

    /// `measure` (a stock) at `grouping` in every period up to and including `key`:
    /// what a stock bar ranks (each group's latest observation, TallyCore's ranking).
    /// Without ``loadPeriod(_:spec:files:)`` (callers that build content from one pass),
    /// each group's latest period is taken from the history at the data's keys.
    public func stockHistory(to grouping: Grouping, through key: Int32, measure: String) throws(TallyError) -> AggregateResult {
        if let stockResult { return try ReportData.rollup(stockResult, to: grouping, periods: 0 ... 0, measure: measure) }
        precondition(!separatePeriodPass, "ReportData.loadPeriod must run before the period is used")
        return try ReportData.rollup(result, to: grouping, periods: Int32.min ... key, measure: measure)
    }

    /// The report period's rows at the union of the sections' keys: the CSV output.
    public func periodAggregate(_ key: Int32) -> AggregateResult {
        precondition(!separatePeriodPass || periodResult != nil, "ReportData.loadPeriod must run before the period is used")
        let source = periodResult ?? result
        return AggregateResult(grouping: source.grouping, period: kind, rows: source.rows.filter { $0.periodKey == key })
    }

    static func sectionGrouping(_ spec: ReportSpec) -> Grouping {
        var keys: [GroupKey] = []
        for section in spec.sections {
            switch section {
            case let .bar(b): keys += b.by
            case let .timeline(t): keys += t.by
            case let .table(t): keys += t.by
            case .summary, .notes: break
            }
        }
        return Grouping(keys)
    }

    static func timelineGrouping(_ spec: ReportSpec) -> Grouping {
        var keys: [GroupKey] = []
        for case let .timeline(t) in spec.sections { keys += t.by }
        return Grouping(keys)
    }

    static func request(_ spec: ReportSpec, grouping: Grouping, period: PeriodKind, files: [String]?,
                        collectSources: Bool) -> IngestRequest {
        let config = AggregationConfig(grouping: grouping, period: period, measures: spec.measureCatalog,
                                       countAtStart: spec.countAtStart)
        var filter = RecordFilter(measures: spec.filter.measures, countries: spec.filter.countries,
                                  actors: spec.filter.actors)
        // Records outside the spec's declared `coverage:` are stray: the data does not
        // speak for them, so no figure counts them (review9d #7: `coverage: 2023-04-30`
        // published Q2 "partial: data to 30 April" with May's rows in it). The coverage
        // itself is still taken from every record read (the filters come after it).
        filter.from = spec.coverage.from
        filter.to = spec.coverage.to
        // One schema for the run: the datasets' own when they agree, otherwise each
        // file is recognised by its header.
        let declared = Set(spec.datasets.compactMap(\.schema))
        let schema = declared.count == 1 ? Schema(rawValue: declared.first!) ?? .auto : .auto
        let paths = files ?? spec.files
        var request = IngestRequest(files: paths, config: config, filter: filter,
                                    collectSources: collectSources, schema: schema)
        request.datasetOfFile = spec.datasetOfFile
        request.identities = spec.inputs
        // A native id names one event within one source: a dataset's `source:` is the
        // source of its rows that name none (review16 #1).
        request.sourceOfFile = spec.fileDatasets.map(\.source)
        // Datasets the spec describes otherwise (another `continuous:`, `locale:`,
        // `schema:`, licence, attribution or address) are not parts of one export
        // (``ExportParts``), whatever their files hold.
        request.partKeyOfFile = spec.fileDatasets.map { d in
            [d.continuous.map { $0 ? "continuous" : "sparse" } ?? "", d.locale ?? "", d.schema ?? "", d.licence, d.attribution, d.url]
                .joined(separator: "\u{1F}")
        }
        // The spec's locale says how digits in estimate text are written; a dataset's
        // own wins for it. `files` (a pipe's seekable copy) follow the datasets' order.
        request.localeAdvice = .reportSpec
        if let code = spec.locale, let convention = NumberConvention(locale: code) { request.numberConvention = convention }
        for (path, dataset) in zip(paths, spec.fileDatasets) {
            if let code = dataset.locale, let convention = NumberConvention(locale: code) {
                request.fileConventions[path] = convention
            }
        }
        // The command's --encoding, --sheet, --date-order, --date-range, and each
        // dataset's own (which win).
        let d = spec.inputDefaults
        request.input = InputOptions(encoding: d.encoding ?? .auto, sheet: d.sheet, adminLevel: d.adminLevel)
        request.dateOrder = d.dateOrder
        request.plausibleDates = d.plausibleDates
        request.overlap = d.overlap ?? .refuse
        request.optionNames = .reportSpec
        for (path, dataset) in zip(paths, spec.fileDatasets) where !dataset.input.isEmpty { request.perFile[path] = dataset.input }
        return request
    }

    /// What standard error says of records dated after `today` (the day a report is made
    /// as of: `--as-of`, else the host's date), the last of them on `last`: how many, and
    /// the file and line of the first, from a second reading of the datasets that sets
    /// those rows aside as the plausible-dates check does (only when every dataset is a
    /// regular file: a pipe cannot be read again; the note then gives their dates alone).
    static func afterTodayNote(_ spec: ReportSpec, files: [String], today: CalendarDay, last: CalendarDay) -> String {
        var count = 0, place: String?
        let regular = files.allSatisfy { f in f != "-" && FileIdentity(path: f)?.isRegularFile == true }
        if regular {
            var r = request(spec, grouping: Grouping([]), period: spec.period.every, files: files, collectSources: false)
            r.plausibleDates = PlausibleDates(first: PlausibleDates.any.first, last: today)
            for k in r.perFile.keys { r.perFile[k]?.plausibleDates = nil }
            r.collectImplausibleDates = true
            if let o = try? Ingest.run(r) { count = o.implausibleDateRows; place = o.implausibleDatePlaces.first }
        }
        let rows = count > 0 ? "\(count) record\(count == 1 ? " is" : "s are") dated after \(today)" : "records dated \(today.adding(days: 1)) to \(last) are"
        return rows + ", the day this report is made as of (--as-of, or today's date)"
            + (place.map { " (the first at \($0)\(count > 1 ? ", the last dated \(last)" : ""))" } ?? "")
            + ": they are read and counted in the periods they are dated in, while `latest` is chosen among the periods ended by "
            + "\(today); check --as-of, or those rows' dates (a typo, or an event coded late)"
    }

    /// Period keys with at least one row, ascending.
    public var periodKeys: [Int32] {
        var seen = Set<Int32>()
        for r in result.rows { seen.insert(r.periodKey) }
        return seen.sorted()
    }

    /// The coverage rule (docs/aggregation.md): `latest` is the last period the
    /// coverage spans completely and that has ended by `today` (the host's local date,
    /// or `--as-of`). An export ending 28 May does not cover May: `latest` is April
    /// however many May rows it holds, and a monthly run on 1 May reports on April even
    /// when the data already holds records of 1 May.
    public func latestCompletePeriod(today: CalendarDay) -> Int32? {
        guard let coverage else { return nil }
        let lastEnded = kind.key(today) - 1
        let lastCovered = coverage.last == kind.lastDay(kind.key(coverage.last)) ? kind.key(coverage.last)
            : kind.key(coverage.last) - 1
        let firstCovered = coverage.first == kind.firstDay(kind.key(coverage.first)) ? kind.key(coverage.first)
            : kind.key(coverage.first) + 1
        // The last such period that the coverage spans completely (not one in a gap
        // between runs of records).
        var key = min(lastEnded, lastCovered)
        while key >= firstCovered {
            if coverage.extent(of: key, kind: kind) == .complete { return key }
            key -= 1
        }
        return nil
    }

    /// How much of the period `key` the coverage spans.
    public func coverage(of key: Int32) -> Coverage.Extent {
        coverage?.extent(of: key, kind: kind) ?? .outside
    }

    /// Measures in the data: flows first (in the order of the built-in list, then by
    /// name), then stocks by name.
    public var measures: [(name: String, kind: MeasureKind)] {
        var kinds: [String: MeasureKind] = [:]
        for r in result.rows { kinds[r.measure] = r.kind }
        let builtIn = MeasureCatalog.builtInFlows
        return kinds.sorted { a, b in
            if a.value != b.value { return a.value == .flow }
            let ia = builtIn.firstIndex(of: a.key) ?? builtIn.count
            let ib = builtIn.firstIndex(of: b.key) ?? builtIn.count
            return ia != ib ? ia < ib : a.key.utf8.lexicographicallyPrecedes(b.key.utf8)
        }.map { ($0.key, $0.value) }
    }

    /// Rows of the periods `keys` rolled up to `grouping` (a subset of the data's
    /// grouping), sorted as SPEC §3 sorts output rows.
    public func rollup(to grouping: Grouping, periods keys: ClosedRange<Int32>, measure: String? = nil)
        throws(TallyError) -> AggregateResult {
        precondition(grouping.keys.allSatisfy(result.grouping.contains), "rollup to keys the data was not read at")
        return try ReportData.rollup(result, to: grouping, periods: keys, measure: measure)
    }

    /// Like ``rollup(to:periods:measure:)`` for the report period alone, from the
    /// period's own pass when there is one (bars and tables).
    public func periodRollup(to grouping: Grouping, period key: Int32, measure: String? = nil)
        throws(TallyError) -> AggregateResult {
        precondition(!separatePeriodPass || periodResult != nil, "ReportData.loadPeriod must run before the period is used")
        return try ReportData.rollup(periodResult ?? result, to: grouping, periods: key...key, measure: measure)
    }

    /// TallyCore's roll-up (``AggregateResult/rolledUp(to:period:periods:measure:)``),
    /// its overflow a data error.
    static func rollup(_ result: AggregateResult, to grouping: Grouping, periods keys: ClosedRange<Int32>,
                       measure: String?) throws(TallyError) -> AggregateResult {
        do {
            return try result.rolledUp(to: grouping, periods: keys, measure: measure)
        } catch {
            throw .data(error.description)
        }
    }

    /// The total of `measure` in period `key` over everything read, with its event count
    /// (TallyCore's ``AggregateResult/total(of:period:)``).
    public func total(_ measure: String, period key: Int32) throws(TallyError) -> (estimate: Estimate, events: Int64, stockCells: UInt64)? {
        do {
            return try result.total(of: measure, period: key).map { ($0.estimate, $0.events, $0.stockCells) }
        } catch {
            throw .data(error.description)
        }
    }

    /// The last period before `key` in which `measure` was observed: for stocks, which
    /// are not carried forward, the headline says when the size was last seen.
    public func lastObserved(_ measure: String, before key: Int32) -> Int32? {
        var best: Int32?
        for row in result.rows where row.measure == measure && row.periodKey < key {
            if best == nil || row.periodKey > best! { best = row.periodKey }
        }
        return best
    }
}

/// Words reports print.
public enum ReportWords {
    /// `April 2023`, `Q2 2023`, `2023`: the words charts use (``ChartWords/periodName(_:kind:)``).
    public static func period(_ key: Int32, kind: PeriodKind) -> String {
        ChartWords.periodName(key, kind: kind)
    }

    public static func headline(_ measure: String) -> String { ChartWords.headline(measure) }

    /// Under a chart or table by actor: the actors among `actors` that are not one
    /// (TallyIO's ``ActorWords``: `Total`, `All armed groups` for all actors together;
    /// `Unknown`, `Various` naming none), said (review40: drawn as any actor with no
    /// word). nil when every actor is one.
    public static func notOneActor(_ actors: [String]) -> String? {
        let (all, unnamed) = ActorWords.notOne(actors)
        return ChartWords.notOneActorFootnote(all: all, unnamed: unnamed)
    }

    /// A measure's heading as a sentence holds it (`Tués` → `tués`, `Civilians killed` →
    /// `civilians killed`): its first letter lowered, unless its first word is written
    /// in capitals (`IS members`, `ACLED fatalities` stay).
    public static func inSentence(_ heading: String) -> String {
        let word = heading.prefix { !$0.isWhitespace }
        guard let first = word.first, first.isUppercase, !(word.count > 1 && word.dropFirst().allSatisfy { !$0.isLowercase }) else { return heading }
        return first.lowercased() + heading.dropFirst()
    }

    /// What a headline figure is, in a reader's words, under its name on the cover:
    /// `deaths in the month`, `members, latest figure` (never "count (flow)").
    public static func figureKind(_ measure: String, kind: MeasureKind, period: PeriodKind) -> String {
        let noun: String
        switch measure {
        case "killed", "fatalities", "deaths": noun = Messages.text("report.kind.deaths")
        case "civilians_killed": noun = Messages.text("report.kind.civilian_deaths")
        case "injured", "wounded": noun = Messages.text("report.kind." + measure)
        default: noun = DisplayLocale.current.isEnglish ? headline(measure).lowercased() : headline(measure)
        }
        return Messages.text(kind == .stock ? "report.kind.stock" : "report.kind.flow", ["noun": noun, "period_noun": ChartWords.periodNoun(period)])
    }

    public static func groupWord(_ grouping: Grouping, firstNamedActor: Bool = false) -> String {
        ChartWords.groupNoun(grouping, firstNamedActor: firstNamedActor) ?? "total"
    }

    public static func column(_ key: GroupKey) -> String {
        switch key {
        case .country: Messages.text("report.column.country")
        case .adm1: Messages.text("report.column.province")
        case .adm2: Messages.text("report.column.district")
        case .actor: Messages.text("report.column.actor")
        }
    }

    /// The PDF's Subject and the HTML's description when the spec gives no `subject:`:
    /// `Monthly brief on conflict-event data for May 2023`, in the brief's language.
    public static func defaultSubject(_ kind: PeriodKind, periodName: String) -> String {
        Messages.text(kind == .month ? "report.subject.month" : kind == .quarter ? "report.subject.quarter" : "report.subject.year",
                      ["period": periodName])
    }

    /// `28 May 2023`.
    public static func day(_ d: CalendarDay) -> String {
        if !DisplayLocale.current.isEnglish { return DisplayLocale.current.dayMonth(d, withYear: true) }
        let c = d.components
        return "\(c.day) \(ChartWords.fullMonths[c.month - 1]) \(c.year)"
    }

    /// `partial: data to 28 May`, `partial: data from 3 May`, `partial: data 3 May to
    /// 28 May` for a period the coverage spans only in part; `nil` otherwise
    /// (``ChartWords/partialNote(_:key:kind:)``, the words charts print too).
    public static func partialNote(_ extent: Coverage.Extent, key: Int32, kind: PeriodKind) -> String? {
        ChartWords.partialNote(extent, key: key, kind: kind)
    }

    /// The days `c` covers: `1 January 2023 to 31 May 2023`, runs joined by "and"
    /// (`1 May 2022 and 1 January 2023 to 31 May 2023`).
    public static func coverage(_ c: Coverage) -> String {
        let runs = c.runs.map { $0.lowerBound == $0.upperBound ? day($0.lowerBound)
            : Messages.text("report.coverage.range", ["from": day($0.lowerBound), "to": day($0.upperBound)]) }
        return runs.dropFirst().reduce(runs.first ?? "") { Messages.text("group.and", ["a": $0, "b": $1]) }
    }

    /// What to say of a period the coverage does not reach at all (`before the data`,
    /// `not covered: no records from 2 May 2022 to 31 December 2022`); `nil` for a
    /// period it covers completely or in part.
    public static func uncovered(_ extent: Coverage.Extent) -> String? {
        switch extent {
        case .complete, .partial, .split: nil
        case .before: Messages.text("report.uncovered.before")
        case .after: Messages.text("report.uncovered.after")
        case .outside: Messages.text("report.uncovered.outside")
        case let .gap(a, b):
            Messages.text("report.uncovered.gap", ["from": day(a.adding(days: 1)), "to": day(b.adding(days: -1))])
        }
    }

    /// Why two figures give no percentage, naming the period at fault: `February 2023
    /// has no upper bound`, `neither has an upper bound`, `January 2023 is a range with
    /// no best estimate`, `both are approximate and too close to tell apart`.
    public static func changeReason(_ why: EstimateChange.Reason, then: String, now: String) -> String {
        switch why {
        case .laterOpen: Messages.text("report.change.why.open", ["period": now])
        case .earlierOpen: Messages.text("report.change.why.open", ["period": then])
        case .bothOpen: Messages.text("report.change.why.both_open")
        case .laterNoBest: Messages.text("report.change.why.no_best", ["period": now])
        case .earlierNoBest: Messages.text("report.change.why.no_best", ["period": then])
        case .bothNoBest: Messages.text("report.change.why.both_no_best")
        case .laterApproximate: Messages.text("report.change.why.approximate", ["period": now])
        case .earlierApproximate: Messages.text("report.change.why.approximate", ["period": then])
        case .bothApproximate: Messages.text("report.change.why.both_approximate")
        case .otherGroups: Messages.text("report.change.why.other_groups")
        }
    }

    /// Relative change of best estimates: `+133%`, `−40%`, `no change` (0 then 0 too);
    /// `nil` from zero to more. A change under half a percent is not `−0%` beside "fell"
    /// (review36 N4: 414 then 413): it gets one decimal, `−0.2%`, or as many as it takes
    /// not to round to zero (`−0.001%`).
    public static func change(from old: Int64, to new: Int64) -> String? {
        if old == new { return Messages.text("report.change.none") }
        guard old > 0 else { return nil }
        let exact = Double(new - old) / Double(old) * 100
        var decimals = 0, scale = 1.0
        while decimals < 9 && (abs(exact) * scale).rounded() == 0 { decimals += 1; scale *= 10 }
        let sign = new > old ? "+" : "\u{2212}"
        let locale = DisplayLocale.current
        if decimals > 0 {
            let v = (abs(exact) * scale).rounded() / scale
            if locale.direction == .rightToLeft { return locale.signedPercent((new > old ? v : -v) / 100, decimals: decimals) }
            return sign + locale.percent(v / 100, decimals: decimals)
        }
        let pct = exact.rounded()
        let n = Int64(abs(pct))
        // CLDR's percent pattern (`133 %` fr, `%133` tr, `١٣٣٪؜` ar native) after the sign.
        // Right to left, CLDR's own signs, which carry their direction marks (ar `‎-27‎%‎`,
        // `؜-٢٧٪؜`): U+2212 before them was drawn after the figure, "(27%−)" (review15 item 3).
        if locale.direction == .rightToLeft { return locale.signedPercent(Double(new > old ? n : -n) / 100) }
        return locale.isEnglish ? sign + Estimate.grouped(n) + "%" : sign + locale.percent(Double(n) / 100)
    }
}
