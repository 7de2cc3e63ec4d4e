/// The days a dataset claims to cover (docs/aggregation.md, the coverage rule): the runs
/// of its records, or what a spec's `coverage:` declares for a source that publishes
/// "through" a date. A period it spans only in part (an export ending 28 May) holds
/// only part of the period's events, and a period in a gap between runs (a few stray
/// rows, then nothing for months) holds none that the data speaks of: reports and
/// charts say so wherever they show it, and never give a change against it.
public struct Coverage: Sendable, Equatable {
    /// The covered days: ascending, disjoint, never empty.
    public private(set) var runs: [ClosedRange<CalendarDay>]
    /// Whether the spec declared it (else it is the span of the records).
    public var declared: Bool
    /// The days a `--from`/`--to` window left of the data's own first-to-last span, when
    /// they reach past ``runs`` (``DatasetCoverages/cut(to:)``): a window whose edge, or
    /// whole, lies in a hole between runs keeps that hole here, which the cut runs alone
    /// lose. A row of `all` is judged on these days (review34 S6: a July window inside a
    /// country's silence was written covered whole). `nil`: ``first`` to ``last``.
    public var spoken: ClosedRange<CalendarDay>? = nil
    /// Whether a window missed the data's days altogether (``DatasetCoverages/cut(to:)``
    /// keeps a stand-in day far from it): such a dataset says nothing of a row of `all`.
    public var windowMissed = false

    public var first: CalendarDay { runs[0].lowerBound }
    public var last: CalendarDay { runs[runs.count - 1].upperBound }

    public init(first: CalendarDay, last: CalendarDay, declared: Bool = false) {
        runs = [first ... max(first, last)]; self.declared = declared
    }

    /// `nil` when `runs` is empty. Overlapping or touching runs are joined.
    public init?(runs: [ClosedRange<CalendarDay>], declared: Bool = false) {
        let sorted = runs.sorted { $0.lowerBound < $1.lowerBound }
        var out: [ClosedRange<CalendarDay>] = []
        for r in sorted {
            if let l = out.last, r.lowerBound.daysSinceEpoch <= l.upperBound.daysSinceEpoch &+ 1 {
                out[out.count - 1] = l.lowerBound ... max(l.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        guard !out.isEmpty else { return nil }
        self.runs = out; self.declared = declared
    }

    /// How a period lies against the coverage.
    public enum Extent: Sendable, Equatable {
        case complete
        /// Partly covered: the first and last covered day within the period.
        case partial(first: CalendarDay, last: CalendarDay)
        /// Partly covered with days not covered between covered ones (a source silent
        /// for weeks inside the period, the long-gap rule): the covered stretches within
        /// the period, two or more, ascending. Daily records to 15 May and a straggler
        /// on 30 June cover the second quarter as `2023-04-01...2023-05-15` and
        /// `2023-06-30...2023-06-30`: its data runs to 15 May, not to 30 June.
        case split(parts: [ClosedRange<CalendarDay>])
        case before
        case after
        /// Between two runs of the data: no record near it (the last covered day
        /// before it, the first after it).
        case gap(lastBefore: CalendarDay, firstAfter: CalendarDay)
        /// No coverage at all (nothing read).
        case outside

        /// Whether the data speaks of the period at all (complete or partial).
        public var isCovered: Bool {
            switch self {
            case .complete, .partial, .split: true
            default: false
            }
        }

        /// The covered days within the period, ascending (empty when none is).
        public var coveredParts: [ClosedRange<CalendarDay>] {
            switch self {
            case let .partial(a, b): [a ... b]
            case let .split(parts): parts
            default: []
            }
        }
    }

    /// The covered days within `shown`, ascending (empty when none is).
    public func days(within shown: ClosedRange<CalendarDay>) -> [ClosedRange<CalendarDay>] {
        runs.filter { $0.overlaps(shown) }.map { max($0.lowerBound, shown.lowerBound) ... min($0.upperBound, shown.upperBound) }
    }

    public func extent(of key: Int32, kind: PeriodKind) -> Extent {
        let a = kind.firstDay(key), b = kind.lastDay(key)
        if b < first { return .before }
        if a > last { return .after }
        var parts: [ClosedRange<CalendarDay>] = []
        for r in runs where r.upperBound >= a && r.lowerBound <= b {
            if r.lowerBound <= a && r.upperBound >= b { return .complete }
            parts.append(max(a, r.lowerBound) ... min(b, r.upperBound))
        }
        if parts.count == 1 { return .partial(first: parts[0].lowerBound, last: parts[0].upperBound) }
        if parts.count > 1 { return .split(parts: parts) }
        let before = runs.last { $0.upperBound < a }!.upperBound
        let after = runs.first { $0.lowerBound > b }!.lowerBound
        return .gap(lastBefore: before, firstAfter: after)
    }

    /// The days every one of `all` covers: a period is complete only when every
    /// dataset that adds to its figure covers it (source A to 31 May and B to 10 May
    /// cover May only to 10 May). `nil` when they share no day.
    public static func intersection(_ all: [Coverage]) -> Coverage? {
        guard var acc = all.first?.runs else { return nil }
        for c in all.dropFirst() {
            var out: [ClosedRange<CalendarDay>] = []
            for x in acc {
                for y in c.runs where x.overlaps(y) { out.append(max(x.lowerBound, y.lowerBound) ... min(x.upperBound, y.upperBound)) }
            }
            acc = out
        }
        return Coverage(runs: acc, declared: all.contains { $0.declared })
    }

    /// A spec's `coverage:` applied to the data's: `to` ends the last run there (a
    /// source that publishes "through" a date), `from` starts the first run there; runs
    /// wholly outside are dropped. The days between runs stay uncovered, with both ends
    /// declared too (coverage10 F5, silent: `from` and `to` together replaced the runs,
    /// so `coverage: {from: 2022-05-01, to: 2023-05-31}` over two stray rows in May 2022
    /// and an ACLED export from January 2023 made May 2022 complete, "May 2022: 6
    /// (+3,133%)", and drew June to December 2022 as zeros): a declaration says where
    /// the source's window starts and ends, not that its records' silences are none.
    public func declaring(from: CalendarDay?, to: CalendarDay?) -> Coverage? {
        var r = runs
        if let to {
            r = r.filter { $0.lowerBound <= to }
            if let l = r.last { r[r.count - 1] = l.lowerBound ... to } else { r = [to ... to] }
        }
        if let from {
            r = r.filter { $0.upperBound >= from }
            if let f = r.first { r[0] = from ... max(from, f.upperBound) } else { r = [from ... from] }
        }
        return Coverage(runs: r, declared: from != nil || to != nil)
    }

    /// These days without the days of `cut` (ascending, disjoint); `nil` when none is left.
    public func subtracting(_ cut: [ClosedRange<CalendarDay>]) -> Coverage? {
        var out: [ClosedRange<CalendarDay>] = []
        for r in runs {
            var lo = r.lowerBound
            for x in cut where x.upperBound >= lo && x.lowerBound <= r.upperBound {
                if x.lowerBound > lo { out.append(lo ... x.lowerBound.adding(days: -1)) }
                lo = x.upperBound.adding(days: 1)
            }
            if lo <= r.upperBound { out.append(lo ... r.upperBound) }
        }
        return Coverage(runs: out, declared: declared)
    }

    /// The stray-row rule (docs/aggregation.md): the records of one dataset, as the
    /// latest covered day for each start day (`ends[day] >= day`), split into runs
    /// wherever no record covers more than `maxGap(…)` days in a row. Two rows on
    /// 1 May 2022 and daily records from 1 January 2023 are two runs: May 2022 is
    /// covered on its first day only, June to December 2022 not at all.
    public static func ofRecords(_ ends: [Int32: Int32]) -> Coverage? {
        runsOfRecords(ends).map { Coverage(runs: $0.runs)! }
    }

    /// ``ofRecords(_:)``'s runs, each with the number of days records start on in it.
    public static func runsOfRecords(_ ends: [Int32: Int32]) -> (runs: [ClosedRange<CalendarDay>], recordDays: [Int])? {
        let days = ends.keys.sorted()
        guard !days.isEmpty else { return nil }
        let threshold = maxGap(days)
        var runs: [ClosedRange<CalendarDay>] = []
        var counts: [Int] = []
        var start = days[0], end = ends[days[0]]!, n = 0
        for d in days {
            if d &- end > threshold {
                runs.append(CalendarDay(daysSinceEpoch: start) ... CalendarDay(daysSinceEpoch: end)); counts.append(n)
                start = d; n = 0
            }
            end = max(end, ends[d]!); n += 1
        }
        runs.append(CalendarDay(daysSinceEpoch: start) ... CalendarDay(daysSinceEpoch: end)); counts.append(n)
        return (runs, counts)
    }

    /// The runs of a table tally wrote, read back: exactly the days its rows' `covered`
    /// column claims, joined only where they touch (a year row covering 1 January to
    /// 28 February and 1 to 31 December stays two runs: the run rule's quiet spells,
    /// measured between row starts a year apart, joined them and read 2023 back as
    /// complete, review18 #6); each with the number of days rows start on in it.
    public static func claimedRuns(_ ends: [Int32: Int32]) -> (runs: [ClosedRange<CalendarDay>], recordDays: [Int])? {
        let days = ends.keys.sorted()
        guard !days.isEmpty else { return nil }
        var runs: [ClosedRange<CalendarDay>] = [], counts: [Int] = []
        var start = days[0], end = ends[days[0]]!, n = 0
        for d in days {
            if d > end &+ 1 {
                runs.append(CalendarDay(daysSinceEpoch: start) ... CalendarDay(daysSinceEpoch: end)); counts.append(n)
                start = d; n = 0
            }
            end = max(end, ends[d]!); n += 1
        }
        runs.append(CalendarDay(daysSinceEpoch: start) ... CalendarDay(daysSinceEpoch: end)); counts.append(n)
        return (runs, counts)
    }

    /// The coverage of a source that **reports continuously** (the gap rule: every
    /// event of the span it covers is in it), from its runs of records: one run from its
    /// first record to its last, since a quiet spell of such a source is a spell with
    /// no events, not days it does not speak of (UCDP's Bangladesh file has years with a
    /// single event, and months-long silences between). Only stray rows at either end of
    /// the export stay apart (``strayEdges(_:)``): two rows dated a year before an ACLED
    /// export's first month, or one row dated 15 July after an export to 28 May.
    ///
    /// `spans`: its records' days (each start day to the last day a record starting
    /// then covers), when known. Stray rows cover those days only, not every day between
    /// them: two stray rows on 1 and 31 May 2022 covered all May 2022, and
    /// a report compared a May 2023 with "May 2022: 7 (+6,414%)" (review36 S3).
    /// `lastOrdinary`: the last day its records cover when those dated to longer spans
    /// than ``DatasetCoverages/Dataset/gapSpans`` hold cover their first day alone
    /// (``DatasetCoverages/Dataset/ordinaryEnd``): such a record says an event happened
    /// somewhere in those days, not that the source reported on each, so it does not
    /// end the coverage past the source's other records. One
    /// month-dated event made an export cut on 15 April cover April whole, and one ACLED
    /// row of `time_precision` 3 the whole of its export's last month (review36 S1, S2).
    public static func continuous(runs: [ClosedRange<CalendarDay>], recordDays: [Int],
                                  spans: [ClosedRange<Int32>] = [], lastOrdinary: CalendarDay? = nil) -> Coverage? {
        guard let first = runs.first, let last = runs.last else { return nil }
        let total = recordDays.reduce(0, +)
        var out: [ClosedRange<CalendarDay>]
        func own(_ s: ArraySlice<ClosedRange<Int32>>) -> [ClosedRange<CalendarDay>] {
            s.map { CalendarDay(daysSinceEpoch: $0.lowerBound) ... CalendarDay(daysSinceEpoch: $0.upperBound) }
        }
        // A first run of the run rule under 2% of the record days stays stray as before.
        let firstRun = runs.count > 1 && recordDays[0] * 50 < total ? recordDays[0] : 0
        if spans.count == total, case let (edge, tail) = strayEdges(spans), case let head = max(edge, firstRun), head + tail > 0 {
            let main = spans[head ..< spans.count - tail]
            // A stray tail ends the main run at its own records' reach (``spans`` count a
            // long span's first day alone), not at the tail's.
            let end = tail > 0 ? CalendarDay(daysSinceEpoch: main.map(\.upperBound).max()!) : last.upperBound
            out = own(spans[..<head]) + [CalendarDay(daysSinceEpoch: main.first!.lowerBound) ... end] + own(spans[(spans.count - tail)...])
        } else if spans.isEmpty, runs.count > 1, recordDays[0] * 50 < total {
            out = [first, runs[1].lowerBound ... last.upperBound]
        } else {
            out = [first.lowerBound ... last.upperBound]
        }
        guard let c = Coverage(runs: out) else { return nil }
        guard let lastOrdinary, let clipped = Coverage.intersection([c, Coverage(first: c.first, last: lastOrdinary)]) else { return c }
        return clipped
    }

    /// The stray-row rule of a continuous source, at both ends (coverage10 F10, silent):
    /// how many of `spans` (its record days, ascending by start) at its start and at its
    /// end are stray. A stray edge holds under 2% of the record days and is set apart from
    /// the rest by a silence (from the furthest day the records before reach to the
    /// next record's start) of more than 31 days, more than ten times the median
    /// interval between record days (``maxGap(_:)``'s measure of a quiet spell, with a
    /// month in place of its quarter), and longer than every silence between the records
    /// away from the edges (those past the first and last 2%): the longest such edge on
    /// each side. A sparse source's silence before its last records is no stray edge
    /// when it has as long ones inside (UCDP's Bangladesh file, silent for months and
    /// years between events, keeps 2017 and 2018 whole). Until
    /// 2026-12-07 only a first run (a silence over 92 days) was: one row dated 15 July
    /// after an ACLED export to 28 May joined the 48 days between, May read complete
    /// ("Killed fell from 267 in April 2023 to 194 (−27%)") and June was drawn as 0.
    public static func strayEdges(_ spans: [ClosedRange<Int32>]) -> (head: Int, tail: Int) {
        let n = spans.count, most = (n - 1) / 50
        guard most >= 1 else { return (0, 0) }
        var gaps = zip(spans.dropFirst(), spans).map { $0.lowerBound &- $1.lowerBound }
        gaps.sort()
        let limit = max(31, 10 &* gaps[gaps.count / 2])
        var reach = [Int32](repeating: 0, count: n + 1)
        reach[0] = Int32.min
        for i in 0 ..< n { reach[i + 1] = max(reach[i], spans[i].upperBound) }
        // The longest silence away from the edges, where no stray row can be.
        var inner: Int32 = 0
        if most + 1 <= n - most - 1 {
            for i in (most + 1) ... (n - most - 1) { inner = max(inner, spans[i].lowerBound &- reach[i]) }
        }
        let bar = max(limit, inner)
        var head = 0
        for k in 1 ... most where spans[k].lowerBound &- reach[k] > bar { head = k }
        // review54 F8 (silent): a stray tail is a row or two, never a run: a full last week
        // after a 54-day lull (7 record days, under 2% of ~670) had been set apart, December
        // called partial and `latest` sent back to October.
        var tail = 0
        for t in 1 ... min(most, 2) where n - t > head && spans[n - t].lowerBound &- reach[n - t] > bar { tail = t }
        return (head, tail)
    }

    /// The longest stretch of days without a record that does not break a run: 92
    /// days (a quarter), or ten times the median interval between the record days of
    /// a sparser source, whichever is longer (two records are one run however far
    /// apart: nothing tells which of them is stray).
    public static func maxGap(_ sortedDays: [Int32]) -> Int32 {
        guard sortedDays.count > 1 else { return 92 }
        var gaps = zip(sortedDays.dropFirst(), sortedDays).map { $0 &- $1 }
        gaps.sort()
        return max(92, 10 &* gaps[gaps.count / 2])
    }

    /// The last day a record covers for the coverage rule: its span end (`date_end`, or
    /// the end of the week, month or quarter its precision names) when the span is at
    /// most a quarter (92 days), else its start date. A month-dated row covers its
    /// month; an event known only to the year does not claim the rest of the year.
    @inline(__always)
    public static func coveredEnd(start: CalendarDay, spanLast: CalendarDay) -> Int32 {
        let d = spanLast.daysSinceEpoch &- start.daysSinceEpoch
        return d > 0 && d < 92 ? spanLast.daysSinceEpoch : start.daysSinceEpoch
    }
}

/// The inputs a figure holds records of, as bits: bit *i* for the *i*-th input file,
/// and the last bit (31) for every input from the 32nd on, so a figure of a later
/// file is taken to hold all of them (more datasets checked, never fewer).
public enum SourceSet {
    public static let lastBit = 31

    /// The bit of input `index`.
    @inline(__always)
    public static func bit(_ index: Int) -> UInt32 { 1 << UInt32(min(max(index, 0), lastBit)) }

    /// Whether input `index` is in `set`; every input is in the empty set (not known).
    public static func contains(_ set: UInt32, _ index: Int) -> Bool {
        set == 0 || set & bit(index) != 0
    }
}

/// Each dataset's own coverage (the coverage rule, per dataset): a period is partial
/// for a figure only when a dataset that adds to that figure does not cover it. Syria
/// (to 30 November 2019) beside Myanmar (to 30 December 2018): the Syria line's 2018
/// is complete and its 2019 partial; the Myanmar line's 2018 is partial; a total of
/// both is partial in each.
public struct DatasetCoverages: Sendable, Equatable {
    public struct Dataset: Sendable, Equatable {
        /// Its place among the inputs (its bit in ``SourceSet``).
        public var index: Int
        /// What notes call it (a report's dataset title, else the file's name).
        public var name: String
        public var coverage: Coverage
        /// The input as named on the command line or in the spec.
        public var path: String
        /// The runs of its records and the days with records in each
        /// (``Coverage/runsOfRecords(_:)``), when known: ``reporting(continuous:)``
        /// makes ``coverage`` from them.
        public var recordRuns: [ClosedRange<CalendarDay>] = []
        public var recordDays: [Int] = []
        /// The median number of days between its record days (`nil` with fewer than
        /// two): how long the source goes without a record in the ordinary way.
        public var medianInterval: Int32?
        /// Its ordinary interval between record days (the long-gap rule): the 90th
        /// percentile (the element at (n−1)·9/10 of the n steps sorted) of the days from
        /// the last day its records so far cover to the next record's start (at least 1),
        /// so about 9 in 10 of its quiet spells are no longer; with 4 to 7 record spans,
        /// its ``cadence`` when it has one; else `nil` (a few records are no rhythm). 1 for a daily monitor and for rows
        /// that each cover their month, 7 for a weekly one of single days.
        public var ordinaryInterval: Int32?
        /// Its cadence (the cadence rule), when its records come at a regular step: the
        /// median step between them (measured as for ``ordinaryInterval``, from 4 record
        /// spans on), when three in four steps or more lie within max(1, m/8) days of it
        /// and a report's start is a week or more from the next's (m plus the median span,
        /// less 1, at least 7).
        /// 7 for weekly rows, 14 for fortnightly ones, 1 for rows that each cover their
        /// month. A source with a cadence that misses a report is missing data
        /// (``longGapDays``), and one with 4 to 7 record spans is checked at all.
        public var cadence: Int32?
        /// Its records as days: each start day with the last day a record starting then
        /// covers (``Coverage/coveredEnd(start:spanLast:)``), ascending by start.
        public var recordSpans: [ClosedRange<Int32>] = []
        /// The records the long-gap rule counts (``longGaps(within:)``, ``ordinaryInterval``):
        /// ``recordSpans`` without those dated to a span longer than twice the median of
        /// its records' spans (a row dated to April, a quarter, 1..31 May among daily
        /// rows). Such a row says an event happened somewhere in those days, not that the
        /// source reported on each of them, so it fills no gap (review20b L1/L2); it is
        /// still counted in the figures and in the runs.
        public var gapSpans: [ClosedRange<Int32>] = []
        /// When some records are dated to longer spans than ``gapSpans`` holds and it has
        /// records of its own (not a table read back): the last day its records cover,
        /// those counting their first day alone, past which a continuous source's
        /// coverage does not reach (``Coverage/continuous(runs:recordDays:spans:lastOrdinary:)``).
        /// Records are kept by start day, so a day holding a long span counts its first
        /// day alone whatever else starts then: the end is never later than the data.
        public var ordinaryEnd: CalendarDay?
        /// Days of a period a row of tally's own table (read back) said were not
        /// covered: its period's days outside the `covered` of every row of that period
        /// in the dataset (ascending, disjoint). They stay out of ``coverage`` whatever
        /// the runs join, so a longer period holding them is partial (review20b L10:
        /// March covered 1..10 March read back by quarter was Q1 complete).
        public var silentClaims: [ClosedRange<CalendarDay>] = [] {
            didSet { reporting(continuous: continuous) }
        }
        /// Days between parts of one export split in files (``ExportParts/Group/gaps``)
        /// that no part covers: they stay out of ``coverage`` whatever the runs join
        /// (a continuous source's runs too), so the month of a missing file is never
        /// covered, never a zero on a timeline.
        public var partGaps: [ClosedRange<CalendarDay>] = [] {
            didSet { reporting(continuous: continuous) }
        }
        /// Its countries' own records when it holds flows of two or more (set by the
        /// reader for a source that does not report continuously; ``withoutThinSpans(_:spans:)``):
        /// a country that goes silent inside a multi-country file while the others go on
        /// leaves a long gap in its own records, not in the file's (review20b L3: Iraq
        /// daily to 10 April and one row in May beside daily Syria read April Iraq whole).
        public var places: [Place] = []
        /// The coverage of one country's own figures in a dataset of several countries
        /// (``places``, or for a table tally wrote, its rows of that country), by its
        /// name: the dataset's days less that country's own silences only. ``coverage``
        /// is the days every country covers, which the file's totals have (a Lebanon
        /// silence leaves Syria's March whole for Syria's rows, and partial for Syria and
        /// Lebanon together). A country not listed has ``coverage``.
        public var placeCoverages: [String: Coverage] = [:]
        /// The countries of its flow records, as rows print them (with `--country`, those
        /// asked for); empty when not known. A chart of several datasets names a country
        /// with no data in the dates shown by these, not by the file's name.
        public var countries: [String] = []
        /// For a table tally wrote, read back: ``silentClaims`` of each country's rows
        /// alone (their union is the dataset's).
        public var placeSilentClaims: [String: [ClosedRange<CalendarDay>]] = [:] {
            didSet { reporting(continuous: continuous) }
        }
        /// Whether it reports continuously (its schema's, or as a spec or option says).
        public private(set) var continuous = false
        /// Whether its coverage is of flow records; `false` for a dataset of stocks
        /// alone, which covers the days of its observations (``DatasetCoverages/intersection``).
        public var flows = true
        /// The inputs it stands for, as ``SourceSet`` bits: its own index's, or, for the
        /// parts of one export split in files (``ExportParts``), every part's.
        public var bits: UInt32
        /// The datasets it is made of, by index, in input order: itself alone, or each
        /// part of one export split in files (``ExportParts``; ``index`` is the first).
        public var parts: [Int]
        public init(index: Int, name: String, coverage: Coverage, path: String = "") {
            self.index = index; self.name = name; self.coverage = coverage; self.path = path
            bits = SourceSet.bit(index); parts = [index]
        }

        /// Whether a figure of `sources` holds records of it (every dataset for 0, not known).
        public func holds(_ sources: UInt32) -> Bool { sources == 0 || sources & bits != 0 }

        /// The coverage of the figures of country `place` (``placeCoverages``), or of
        /// the whole dataset for `nil`.
        public func coverage(place: String?) -> Coverage {
            guard let place, let c = placeCoverages[place] else { return coverage }
            return c
        }

        /// This dataset as the figures of country `place` see it: its coverage that
        /// country's own days (``coverage(place:)``), or unchanged for `nil` or a
        /// country without days of its own.
        public func seen(by place: String?) -> Dataset {
            guard let place, let c = placeCoverages[place] else { return self }
            var d = self
            d.coverage = c
            d.placeCoverages = [:]
            return d
        }

        /// The countries of this dataset with no day of their own in `shown`, leaving out
        /// those in `drawn`: a chart by country has no bar for them, and names them (`no
        /// Lebanon data`) rather than leave them out unsaid (`tally chart bar` and a
        /// report's bar chart, ``placeCoverages``).
        public func placesWithoutDays(in shown: ClosedRange<CalendarDay>, besides drawn: Set<String>) -> [String] {
            placeCoverages.filter { !drawn.contains($0.key) && !$0.value.runs.contains { $0.overlaps(shown) } }.keys.sorted()
        }

        /// The countries a chart by country of `shown` has no figure of, to be named (`no
        /// Lebanon data`): ``placesWithoutDays(in:besides:)``, and when countries were
        /// asked for (`asked`: `--country`, a spec's `filter:`; ``countries`` are then
        /// those asked for) and this dataset has no days by country (a source that
        /// reports continuously, UCDP GED or ACLED, or one country), each asked-for
        /// country of it not in `drawn`: a desk that asked for Syria and Lebanon and got
        /// Syria alone must not read the chart as complete (review28 N5).
        public func absentCountries(in shown: ClosedRange<CalendarDay>, besides drawn: Set<String>, asked: Bool) -> [String] {
            let own = placesWithoutDays(in: shown, besides: drawn)
            guard asked, placeCoverages.isEmpty, coverage.runs.contains(where: { $0.overlaps(shown) }) else { return own }
            return own + countries.filter { !drawn.contains($0) && !own.contains($0) }
        }

        /// This dataset with `f` applied to its coverage and to each country's.
        public func mapCoverages(_ f: (Coverage) -> Coverage) -> Dataset {
            var d = self
            d.coverage = f(coverage)
            d.placeCoverages = placeCoverages.mapValues(f)
            return d
        }

        /// Of records: its runs, joined into one when the source reports continuously
        /// (``Coverage/continuous(runs:recordDays:)``).
        /// `claimed`: a table tally wrote, whose rows say the days they cover
        /// (``Coverage/claimedRuns(_:)``), not records the run rule joins.
        public init?(index: Int, name: String, recordEnds: [Int32: Int32], continuous: Bool, path: String = "", claimed: Bool = false) {
            guard let r = claimed ? Coverage.claimedRuns(recordEnds) : Coverage.runsOfRecords(recordEnds),
                  let c = Coverage(runs: r.runs) else { return nil }
            self.init(index: index, name: name, coverage: c, path: path)
            recordRuns = r.runs; recordDays = r.recordDays
            let days = recordEnds.keys.sorted()
            recordSpans = days.map { $0 ... max($0, recordEnds[$0]!) }
            let lengths = recordSpans.map { $0.upperBound &- $0.lowerBound &+ 1 }.sorted()
            let ordinarySpan = lengths.isEmpty ? 1 : lengths[(lengths.count - 1) / 2]
            gapSpans = recordSpans.filter { $0.upperBound &- $0.lowerBound &+ 1 <= 2 &* ordinarySpan }
            if !claimed, gapSpans.count < recordSpans.count,
               let hi = recordSpans.map({ $0.upperBound &- $0.lowerBound &+ 1 <= 2 &* ordinarySpan ? $0.upperBound : $0.lowerBound }).max() {
                ordinaryEnd = CalendarDay(daysSinceEpoch: hi)
            }
            if days.count > 1 {
                var gaps = zip(days.dropFirst(), days).map { $0 &- $1 }
                gaps.sort()
                medianInterval = gaps[gaps.count / 2]
            }
            if gapSpans.count >= 4 {
                // From the furthest day the records so far cover to the next record's
                // start (at least 1): a day apart for daily points, 7 for weekly ones,
                // 1 for rows that each cover their month. The lower 90th percentile: of
                // 7 to 10 steps, the second longest, so one long silence is never its
                // own measure.
                var steps: [Int32] = [], reach = gapSpans[0].upperBound
                for s in gapSpans.dropFirst() {
                    steps.append(max(1, s.lowerBound &- reach)); reach = max(reach, s.upperBound)
                }
                steps.sort()
                // A regular cadence (the cadence rule): three in four steps or more
                // within max(1, m/8) days of the median step m (weekly rows 6 to 8 days
                // apart, monthly ones 28 to 34, month-dated rows 1), reports a week
                // apart or more (m plus the median span, less 1: records on a few
                // neighbouring days are events close together, not a daily report).
                let m = steps[(steps.count - 1) / 2], tolerance = max(1, m / 8)
                let alike = steps.filter { abs($0 &- m) <= tolerance }.count
                if alike * 4 >= steps.count * 3, m &+ ordinarySpan &- 1 >= 7 { cadence = m }
                if gapSpans.count >= 8 { ordinaryInterval = steps[(steps.count - 1) * 9 / 10] }
                else if cadence != nil { ordinaryInterval = m }
            }
            reporting(continuous: continuous)
        }

        /// How far a declared `coverage:` end may lie from this dataset's records and
        /// still speak for it: ten times the median interval between its record days
        /// (the run rule's measure of an ordinary quiet spell), at least 7 days; 7 when
        /// it has fewer than two record days. A daily source whose records end on 15
        /// April does not publish "through 31 May".
        public var declarationReach: Int32 { max(7, 10 &* (medianInterval ?? 0)) }

        /// A spec's `coverage:` applied to this dataset where its records reach it
        /// (within ``declarationReach`` days of `from` and of `to`): the coverage it
        /// then has, and the ends it does not reach (its own days stand there).
        public func declaring(from: CalendarDay?, to: CalendarDay?) -> (coverage: Coverage, unreached: [CalendarDay]) {
            let reach = declarationReach
            let fromOK = from.map { coverage.first.daysSinceEpoch &- $0.daysSinceEpoch <= reach } ?? false
            let toOK = to.map { $0.daysSinceEpoch &- coverage.last.daysSinceEpoch <= reach } ?? false
            let unreached = [fromOK ? nil : from, toOK ? nil : to].compactMap { $0 }
            guard fromOK || toOK else { return (coverage, unreached) }
            return (coverage.declaring(from: fromOK ? from : nil, to: toOK ? to : nil) ?? coverage, unreached)
        }

        /// `c` without the periods of `kind` in which this dataset has no record (none
        /// starts in it or covers a day of it), and their keys: a spec-wide `coverage:`
        /// does not make a period complete for a dataset that is silent in it (an Iraq
        /// monitor daily to 31 March and one straggler row on 30 May, under
        /// `coverage: 2023-05-31` beside a Syria monitor: April is `no Iraq monitor
        /// data`, not "all of it recorded in Syria"). Unchanged for `all`, a dataset
        /// made without its records, or a source that reports continuously: its quiet
        /// period within its coverage is a period without events (the gap rule), so
        /// UCDP's Myanmar/Bangladesh file beside Syria under `coverage: 2019-11-30`
        /// covers February 2018 (review18 #8: it read "partial: no MMR BGD GED data").
        public func withoutSilentPeriods(_ c: Coverage, kind: PeriodKind) -> (coverage: Coverage?, silent: [Int32]) {
            guard kind != .all, !continuous, !recordSpans.isEmpty else { return (c, []) }
            var silent: [Int32] = [], cut: [ClosedRange<CalendarDay>] = []
            var i = 0, reach = Int32.min
            for (key, days) in Dataset.periods(of: kind, touching: c) {
                while i < recordSpans.count, recordSpans[i].lowerBound <= days.upperBound.daysSinceEpoch {
                    reach = max(reach, recordSpans[i].upperBound); i += 1
                }
                if reach < days.lowerBound.daysSinceEpoch { silent.append(key); cut.append(days) }
            }
            guard !cut.isEmpty else { return (c, []) }
            return (c.subtracting(cut), silent)
        }

        /// A period that overlaps a long gap in this dataset's records (docs/aggregation.md,
        /// the long-gap rule): the period's days, the silent days within it that it loses,
        /// and the dataset's ordinary interval between record days.
        public struct ThinPeriod: Sendable, Equatable {
            public var first: CalendarDay
            public var last: CalendarDay
            /// The days of the period within long gaps that the coverage held (ascending,
            /// disjoint): the days cut from it.
            public var silent: [ClosedRange<CalendarDay>]
            /// The whole long gaps those days lie in (``longGaps(within:)``).
            public var gaps: [ClosedRange<CalendarDay>]
            /// ``ordinaryInterval``, in days.
            public var ordinary: Int
            /// ``cadence``, in days, when the source has one of 2 days or more: its note
            /// then speaks of a missed report, not of a silence "far longer" than usual (a
            /// weekly source's 13 silent days are not far longer than its 7).
            public var cadence: Int? = nil
            /// Whether ``ordinary`` is the source's regular step (the cadence rule, 4 to 7
            /// record spans), not the interval 9 quiet spells in 10 are no longer than.
            public var regular = false
            /// The country whose silence it is (one of ``places``), or `nil` for the
            /// dataset's own.
            public var place: String? = nil
        }

        /// One country's records within a dataset of several (the long-gap rule per
        /// country, review20b L3): its record spans and rhythm, as a dataset of its own.
        public struct Place: Sendable, Equatable {
            public var name: String
            public var records: Dataset
            public init(name: String, records: Dataset) { self.name = name; self.records = records }
        }

        /// The silent stretch a record-less spell of `days` days (from one record's reach
        /// to the next record's start) must exceed to be a long gap: four times the
        /// ordinary interval, and at least 7 days. A daily monitor's 7 silent days are one;
        /// a source with about 8 record days a month (90% of its intervals 7 days or less)
        /// may be silent for 27.
        /// With a cadence of 2 days or more (``cadence``), a silence of one and a half
        /// steps (at least the step plus its tolerance and a day) is one too, whichever is
        /// shorter: a weekly source missing one week (13 silent days) has a long gap of 10,
        /// a fortnightly one missing a batch (27) of 21, monthly rows missing a month (about
        /// 59) of 46 or so.
        public var longGapDays: Int32? {
            guard let p = ordinaryInterval else { return nil }
            let usual = max(7, 4 &* p)
            guard let m = cadence, m >= 2 else { return usual }
            return min(usual, max(7, m &+ max(max(1, m / 8) &+ 1, m / 2)))
        }

        /// The long gaps within `c` (the long-gap rule): each stretch of days without
        /// a record, from the day after a record's reach to the day before the next record
        /// (or to `c`'s own first or last day: a declared `coverage:` end far past the
        /// records is no record), longer than ``longGapDays``. Empty for a continuous
        /// source (its quiet spells are spells without events, the gap rule) or one
        /// without an ordinary interval.
        public func longGaps(within c: Coverage) -> [ClosedRange<CalendarDay>] {
            guard !continuous, let limit = longGapDays, let firstSpan = gapSpans.first else { return [] }
            var out: [ClosedRange<CalendarDay>] = []
            func add(_ lo: Int32, _ hi: Int32) {
                // Silent days lo...hi, kept only within c's days.
                guard hi >= lo, hi &- lo &+ 1 >= limit else { return }
                out.append(CalendarDay(daysSinceEpoch: lo) ... CalendarDay(daysSinceEpoch: hi))
            }
            add(c.first.daysSinceEpoch, firstSpan.lowerBound &- 1)
            var reach = firstSpan.upperBound
            for s in gapSpans.dropFirst() {
                add(reach &+ 1, s.lowerBound &- 1)
                reach = max(reach, s.upperBound)
            }
            add(reach &+ 1, c.last.daysSinceEpoch)
            return out
        }

        /// `c` without the days of `spans` (ascending, disjoint) that lie in a long gap of
        /// this dataset's records (``longGaps(within:)``), for each span where those days
        /// are at least its ordinary interval (or the whole span, when shorter): a period
        /// overlapping such a gap is covered only where its records are, whatever a
        /// `coverage:` declares. An Iraq monitor daily to 10 April with stragglers on 3 and
        /// 20 May is one run by the run rule, yet April is its data to 10 April only, and
        /// May its 3 and 20 May: without this, a report of April published "fell 62%"
        /// (review19 B1). A weekly source's last record on 27 March leaves March whole
        /// (4 silent days, under its 7), April none of its. Unchanged for a continuous
        /// source or one made without its records.
        ///
        /// Then the same for each of its ``places`` (the long-gap rule per country), with
        /// that country's gaps from its own first record to the dataset's last
        /// (``placeLongGaps(_:)``) and its own interval: the days cut for any country are
        /// cut from the coverage returned (the days every country covers, which the
        /// file's totals have), and each such period says the country
        /// (``ThinPeriod/place``). ``thinned(_:spans:)`` gives each country's own too.
        public func withoutThinSpans(_ c: Coverage, spans: some Sequence<ClosedRange<CalendarDay>>) -> (coverage: Coverage?, thin: [ThinPeriod]) {
            let t = thinned(c, spans: spans)
            return (t.coverage, t.thin)
        }

        /// ``withoutThinSpans(_:spans:)``, with each country's own coverage
        /// (``placeCoverages``): `c` less the dataset's own long gaps and that country's
        /// alone. A country left with no day keeps its first.
        public func thinned(_ c: Coverage, spans: some Sequence<ClosedRange<CalendarDay>>)
            -> (coverage: Coverage?, thin: [ThinPeriod], places: [String: Coverage]) {
            var (cut, thin) = Self.cutThin(c, spans: spans, gaps: longGaps(within: c), ordinary: ordinaryInterval, cadence: cadence,
                                           regular: ordinaryIsCadence, place: nil)
            let own = cut.isEmpty ? c : c.subtracting(cut)
            var byPlace: [String: Coverage] = [:]
            // A table read back: each country's rows' own claims, less the days cut here.
            for (name, pc) in placeCoverages {
                byPlace[name] = (cut.isEmpty ? pc : pc.subtracting(cut)) ?? Coverage(first: pc.first, last: pc.first, declared: pc.declared)
            }
            guard !continuous, !places.isEmpty else { return (own, thin, byPlace) }
            // Each country against the days the dataset's own rule leaves, all at once.
            if let own {
                let fileLast = gapSpans.map(\.upperBound).max()
                for place in places {
                    let (x, t) = Self.cutThin(own, spans: spans, gaps: place.records.placeLongGaps(fileLast),
                                              ordinary: place.records.ordinaryInterval, cadence: place.records.cadence,
                                              regular: place.records.ordinaryIsCadence, place: place.name)
                    cut += x; thin += t
                    byPlace[place.name] = x.isEmpty ? own : own.subtracting(Coverage(runs: x)?.runs ?? [])
                        ?? Coverage(first: own.first, last: own.first, declared: own.declared)
                }
            }
            guard !cut.isEmpty else { return (c, thin, byPlace) }
            return (c.subtracting(Coverage(runs: cut)?.runs ?? []), thin, byPlace)
        }

        /// Whether ``ordinaryInterval`` is the regular step (the cadence rule, with 4 to 7
        /// record spans) rather than the 90th percentile of its steps.
        public var ordinaryIsCadence: Bool { gapSpans.count < 8 && cadence != nil }

        /// The long gaps between its own first record and the furthest day its records
        /// reach (``longGaps(within:)`` without the silences at either end): a country's
        /// within a multi-country file.
        public var innerLongGaps: [ClosedRange<CalendarDay>] { placeLongGaps(nil) }

        /// A country's long gaps within a multi-country file whose records reach day
        /// `fileLast`: ``innerLongGaps``, and the silence from its own last record's reach
        /// to `fileLast` when that is a long gap too (a country that stops while the
        /// others go on: its periods after are partial for its figures). The silence
        /// before its first record is not one (a country may enter the file later).
        public func placeLongGaps(_ fileLast: Int32?) -> [ClosedRange<CalendarDay>] {
            guard let a = gapSpans.first?.lowerBound, let b = gapSpans.map(\.upperBound).max() else { return [] }
            return longGaps(within: Coverage(first: CalendarDay(daysSinceEpoch: a), last: CalendarDay(daysSinceEpoch: max(b, fileLast ?? b))))
        }

        static func cutThin(_ c: Coverage, spans: some Sequence<ClosedRange<CalendarDay>>, gaps: [ClosedRange<CalendarDay>], ordinary: Int32?,
                            cadence: Int32?, regular: Bool = false, place: String?) -> (cut: [ClosedRange<CalendarDay>], thin: [ThinPeriod]) {
            guard let p = ordinary, !gaps.isEmpty else { return ([], []) }
            var thin: [ThinPeriod] = [], cut: [ClosedRange<CalendarDay>] = []
            let gapsFirst = gaps[0].lowerBound, gapsLast = gaps.map(\.upperBound).max()!
            for span in spans {
                if span.upperBound < gapsFirst { continue }
                if span.lowerBound > gapsLast { break }
                let length = span.upperBound.daysSinceEpoch &- span.lowerBound.daysSinceEpoch &+ 1
                var silent: [ClosedRange<CalendarDay>] = [], whole: [ClosedRange<CalendarDay>] = [], days: Int32 = 0
                for g in gaps where g.overlaps(span) {
                    let x = max(g.lowerBound, span.lowerBound) ... min(g.upperBound, span.upperBound)
                    // Only the days the coverage still holds count (another rule may
                    // have cut some already).
                    for r in c.runs where r.overlaps(x) {
                        let y = max(r.lowerBound, x.lowerBound) ... min(r.upperBound, x.upperBound)
                        silent.append(y); days &+= y.upperBound.daysSinceEpoch &- y.lowerBound.daysSinceEpoch &+ 1
                        if whole.last != g { whole.append(g) }
                    }
                }
                guard !silent.isEmpty, days >= min(p, length) else { continue }
                thin.append(ThinPeriod(first: span.lowerBound, last: span.upperBound, silent: silent, gaps: whole, ordinary: Int(p),
                                       cadence: cadence.flatMap { $0 >= 2 ? Int($0) : nil }, regular: regular, place: place))
                cut += silent
            }
            return (cut, thin)
        }

        /// ``withoutThinSpans(_:spans:)`` over every period of `kind` that `c` touches.
        /// Unchanged for `all`.
        public func withoutThinPeriods(_ c: Coverage, kind: PeriodKind) -> (coverage: Coverage?, thin: [ThinPeriod]) {
            guard kind != .all else { return (c, []) }
            return withoutThinSpans(c, spans: Dataset.periods(of: kind, touching: c).lazy.map(\.days))
        }

        /// ``thinned(_:spans:)`` over every period of `kind` that `c` touches (for `all`,
        /// `c` unchanged and each country's coverage as it is).
        public func thinnedPeriods(_ c: Coverage, kind: PeriodKind) -> (coverage: Coverage?, thin: [ThinPeriod], places: [String: Coverage]) {
            guard kind != .all else { return (c, [], placeCoverages) }
            return thinned(c, spans: Dataset.periods(of: kind, touching: c).lazy.map(\.days))
        }

        /// The periods of `kind` (not `all`) from `c`'s first day to its last that hold a
        /// day of its runs, in order: their keys and days. Walked as asked, never held:
        /// by day, years 1 to 9998 are 3.65 million periods.
        static func periods(of kind: PeriodKind, touching c: Coverage) -> PeriodWalk {
            PeriodWalk(kind: kind, coverage: c, day: c.first)
        }

        /// ``periods(of:touching:)``'s walk.
        struct PeriodWalk: Sequence, IteratorProtocol {
            let kind: PeriodKind
            let coverage: Coverage
            var day: CalendarDay?
            var run = 0

            mutating func next() -> (key: Int32, days: ClosedRange<CalendarDay>)? {
                let runs = coverage.runs
                while let d = day, d <= coverage.last {
                    let key = kind.key(d)
                    let a = kind.firstDay(key), b = kind.lastDay(key)
                    day = b < coverage.last ? b.adding(days: 1) : nil
                    while run < runs.count, runs[run].upperBound < a { run += 1 }
                    if run < runs.count, runs[run].lowerBound <= b { return (key, a ... b) }
                    // Between runs: go on from the next run's first day.
                    if run < runs.count, let n = day, n < runs[run].lowerBound { day = runs[run].lowerBound }
                }
                return nil
            }
        }

        /// Sets how the source reports and its coverage from its records accordingly
        /// (nothing changes for a dataset made without its records).
        public mutating func reporting(continuous: Bool) {
            self.continuous = continuous
            guard !recordRuns.isEmpty else { return }
            // A stray first run covers its records' days, a record dated to a long span
            // (``gapSpans``, as for ``ordinaryEnd``) its first day alone: one row dated
            // June 2015 before an export from 2016 covered June 2015 whole (review37 S4).
            let short = ordinaryEnd == nil ? [] : Set(gapSpans)
            let strayDays = ordinaryEnd == nil ? recordSpans
                : recordSpans.map { short.contains($0) ? $0 : $0.lowerBound ... $0.lowerBound }
            let c = continuous ? Coverage.continuous(runs: recordRuns, recordDays: recordDays, spans: strayDays, lastOrdinary: ordinaryEnd)!
                : Coverage(runs: recordRuns)!
            let cut = partGaps.isEmpty ? silentClaims : Coverage(runs: silentClaims + partGaps)?.runs ?? []
            coverage = cut.isEmpty ? c : c.subtracting(cut) ?? c
            placeCoverages = placeSilentClaims.mapValues { $0.isEmpty ? c : c.subtracting($0 + partGaps) ?? c }
        }
    }

    /// The days of `periods` outside every range of `claimed` (each a period of a
    /// read-back row and what its `covered` said), ascending and disjoint
    /// (``Dataset/silentClaims``).
    public static func unclaimed(periods: [ClosedRange<CalendarDay>], claimed: [ClosedRange<CalendarDay>]) -> [ClosedRange<CalendarDay>] {
        func merged(_ rs: [ClosedRange<CalendarDay>]) -> [ClosedRange<CalendarDay>] {
            var out: [ClosedRange<CalendarDay>] = []
            for r in rs.sorted(by: { $0.lowerBound < $1.lowerBound }) {
                if let l = out.last, r.lowerBound <= l.upperBound.adding(days: 1) {
                    out[out.count - 1] = l.lowerBound ... max(l.upperBound, r.upperBound)
                } else { out.append(r) }
            }
            return out
        }
        let have = merged(claimed)
        var out: [ClosedRange<CalendarDay>] = []
        for p in merged(periods) {
            var lo = p.lowerBound
            for x in have where x.upperBound >= lo && x.lowerBound <= p.upperBound {
                if x.lowerBound > lo { out.append(lo ... x.lowerBound.adding(days: -1)) }
                lo = x.upperBound.adding(days: 1)
            }
            if lo <= p.upperBound { out.append(lo ... p.upperBound) }
        }
        return out
    }

    /// The datasets with records, in input order.
    public var datasets: [Dataset]

    public init(_ datasets: [Dataset] = []) { self.datasets = datasets }

    /// Each dataset without the periods of `kind` (or, for `all`, the days of `window`,
    /// else of its own first to last day) that overlap a long gap in its records (the long-gap rule)
    /// (``Dataset/withoutThinSpans(_:spans:)``), and those periods by dataset name: what a chart of
    /// that kind marks partial and names. A dataset left with no day keeps its first.
    public func withoutThinPeriods(kind: PeriodKind, window: ClosedRange<CalendarDay>? = nil)
        -> (datasets: DatasetCoverages, thin: [(name: String, periods: [Dataset.ThinPeriod])]) {
        var out = self, thin: [(name: String, periods: [Dataset.ThinPeriod])] = []
        for k in datasets.indices {
            let d = datasets[k]
            // `all` without a window: the dataset's own days, first to last (review20b L8).
            let (kept, periods, places) = kind == .all
                ? d.thinned(d.coverage, spans: [window ?? (d.coverage.first ... d.coverage.last)])
                : d.thinnedPeriods(d.coverage, kind: kind)
            out.datasets[k].placeCoverages = places
            guard !periods.isEmpty else { continue }
            out.datasets[k].coverage = kept ?? Coverage(first: d.coverage.first, last: d.coverage.first, declared: d.coverage.declared)
            thin.append((d.name, periods))
        }
        return (out, thin)
    }

    /// The standard-error note for ``withoutThinPeriods(kind:window:)``'s periods of one
    /// dataset: its long gaps, its ordinary interval, which periods are partial, and
    /// what to check.
    /// A country's silence inside a multi-country file (``Dataset/places``) is said of
    /// that country: "Iraq in both.csv has no record from …; … are partial for Iraq's
    /// figures and for totals of the file's countries".
    /// `most`: the countries said, the first by name (determ51, review56 F10: a file of
    /// 5,000 countries over a century wrote a sentence for each, 1.4 MB on one line of
    /// standard error); the others are counted, "and 4,990 more countries in f.csv have
    /// long gaps (--verbose lists them)".
    public static func thinNote(name: String, periods: [Dataset.ThinPeriod], kind: PeriodKind, report: Bool = false, most: Int = .max) -> String {
        // Each place's periods in one pass (a filter per place was places × periods).
        var places: [String?] = [], of: [String?: [Dataset.ThinPeriod]] = [:]
        for p in periods {
            if of[p.place] == nil { places.append(p.place) }
            of[p.place, default: []].append(p)
        }
        // A total order: places equal as Strings (canonically equal spellings) are one.
        places.sort { ($0 == nil ? 0 : 1, $0 ?? "") < ($1 == nil ? 0 : 1, $1 ?? "") }
        let named = places.filter { $0 != nil }.count
        let cut = named > most ? places.prefix(while: { $0 == nil }).count + most : places.count
        let more = places.count - cut
        return places.prefix(cut).map { place in
            thinSentence(name: place.map { "\($0) in \(name)" } ?? name, periods: of[place] ?? [], kind: kind, report: report, place: place)
        }.joined(separator: "; ")
            + (more > 0 ? "; and \(Estimate.grouped(Int64(more))) more countries in \(name) have long gaps in their records, their figures partial likewise "
                + "(--verbose lists them)" : "")
    }

    static func thinSentence(name: String, periods: [Dataset.ThinPeriod], kind: PeriodKind, report: Bool, place: String?) -> String {
        // The gaps themselves, each once, in order.
        var gaps: [ClosedRange<CalendarDay>] = []
        for g in periods.flatMap(\.gaps) where !gaps.contains(g) { gaps.append(g) }
        gaps.sort { $0.lowerBound < $1.lowerBound }
        func days(_ g: ClosedRange<CalendarDay>) -> Int32 { g.upperBound.daysSinceEpoch &- g.lowerBound.daysSinceEpoch &+ 1 }
        let gapWords = gaps.prefix(4).map { "\($0.lowerBound) to \($0.upperBound) (\(days($0)) days)" }.joined(separator: ", ")
            + (gaps.count > 4 ? " and \(gaps.count - 4) more spells" : "")
        let labels = periods.map { kind == .all ? "\($0.first) to \($0.last)" : kind.label(kind.key($0.first)) }
        let shown = labels.prefix(6).joined(separator: ", ") + (labels.count > 6 ? " and \(labels.count - 6) more" : "")
        let p = periods.first?.ordinary ?? 0
        let whose = place.map { "\($0)'s figures and for totals of its file's countries (each other country's own figures keep their days)" }
            ?? "its figures"
        // Which rule measured the silence: a missed report of a regular source, its
        // regular step (4 to 7 records), or the interval 9 quiet spells in 10 keep to.
        let measure = periods.first?.cadence.map { m in
            ", though its records come every \(m) days or so (3 steps in 4 or more), so at least one report is missing: "
        } ?? (periods.first?.regular == true
            ? ", far longer than its regular step between record days (\(p) day\(p == 1 ? "" : "s"), 3 steps in 4 or more): "
            : ", far longer than its ordinary interval between record days (\(p) day\(p == 1 ? "" : "s") or less, 9 times in 10): ")
        return "\(name) has no record from \(gapWords)" + measure + "\(shown) \(periods.count == 1 ? "is" : "are") partial for \(whose) "
            + "(covered only where its records are)\(report ? " and not picked by `latest`" : ""); check that its file "
            + "holds every export of those dates"
    }

    /// The days every dataset covers (`nil` when they share none, or there are none):
    /// the period `latest` names and the one a run speaks for. A dataset of stocks
    /// alone does not hold back the flows' (review9d #16: members observed on 15 June
    /// held `latest` at May although June's killed records were complete): a stock is
    /// an observation as of its day, shown with that day, not a record of every day.
    /// With stocks alone, their observation days are the coverage.
    public var intersection: Coverage? {
        let flows = datasets.filter(\.flows)
        return Coverage.intersection((flows.isEmpty ? datasets : flows).map(\.coverage))
    }

    /// What a chart of bars by country (or by a place within one) of these datasets
    /// says of coverage (``countryBars(_:sources:shown:askedCountries:)``).
    public struct CountryBars: Sendable, Equatable {
        public struct Country: Sendable, Equatable {
            /// The country, as the bar is labelled.
            public var place: String
            /// The datasets its bar holds, each seen by that country's own days
            /// (``Dataset/seen(by:)``), in input order.
            public var datasets: [Dataset]
            /// Whether those datasets cover different days of the dates shown: the note
            /// then names the one that falls short (`Syria partial: b.csv data to 10
            /// March`); else it is the country's own (`Lebanon partial: data to 10 March`).
            public var namesDatasets: Bool
        }
        /// Each country drawn, once, in the order of its first bar.
        public var countries: [Country]
        /// What has no bar in the dates shown and would be missing unsaid, in input
        /// order: a country of a dataset with bars that has no day of its own there; a
        /// dataset with no day there, by its countries (by its name when one of them has
        /// a bar of another dataset's, or none is known and no country was asked for).
        public var absent: [String]
    }

    /// The coverage of a bar chart by country of these datasets, the one rule `tally
    /// chart bar` and a report's bar chart use: each country by the datasets its bar
    /// holds, seen by its own days, and what has no bar named by country, as one file
    /// names them (`Lebanon partial: data to 10 March`, `no Lebanon data`), not by the
    /// file (`lb.csv data to 10 March`).
    /// - Parameters:
    ///   - bars: each bar of one country: its label and the datasets it holds
    ///     (``AggregateRow/sources``). Bars of no country (`N others`) are left out.
    ///   - sources: the datasets the chart's measure holds in the dates shown.
    ///   - shown: the days shown (a period, or `--from`/`--to`); `nil` when they are all
    ///     the data's dates, where nothing is absent.
    ///   - askedCountries: whether the countries were chosen (`--country`, a spec's
    ///     `filter:`): a dataset's ``Dataset/countries`` are then those asked for, and a
    ///     dataset none of whose countries was asked for is not named.
    ///   - askedActors: whether actors were chosen (`--actor`, a spec's `filter:`):
    ///     that may be what leaves a country out, so nothing is named absent.
    public func countryBars(_ bars: [(place: String, sources: UInt32)], sources: UInt32, shown: ClosedRange<CalendarDay>?,
                            askedCountries: Bool, askedActors: Bool) -> CountryBars {
        var countries: [CountryBars.Country] = [], drawn = Set<String>()
        for bar in bars where drawn.insert(bar.place).inserted {
            let ds = seen(by: bar.place).contributing(bar.sources).sorted { $0.index < $1.index }
            // Two datasets say the same of the dates when they cover the same days of them.
            let days = ds.map { d in shown.map { d.coverage.days(within: $0) } ?? [] }
            countries.append(.init(place: bar.place, datasets: ds, namesDatasets: days.contains { $0 != days[0] }))
        }
        guard let shown, !askedActors else { return CountryBars(countries: countries, absent: []) }
        var names: [String] = []
        for d in datasets.sorted(by: { $0.index < $1.index }) {
            if d.holds(sources) {
                names += d.absentCountries(in: shown, besides: drawn, asked: askedCountries)
            } else if !d.coverage.runs.contains(where: { $0.overlaps(shown) }) {
                if d.countries.contains(where: drawn.contains) || (d.countries.isEmpty && !askedCountries) { names.append(d.name) }
                else { names += d.countries }
            }
        }
        var seenNames = Set<String>()
        return CountryBars(countries: countries, absent: names.filter { seenNames.insert($0).inserted })
    }

    /// The countries asked for (`--country`, a spec's `filter:`: each dataset's
    /// ``Dataset/countries`` are then those asked for) with no figure among `present`,
    /// in name order: a timeline by country of Syria and Lebanon whose Lebanon has no
    /// record in the dates shown draws one line, and names the other (`no Lebanon
    /// data`), for a source that reports continuously too (review28 N5).
    public func askedWithoutFigures(present: Set<String>) -> [String] {
        Set(datasets.flatMap(\.countries)).subtracting(present).sorted()
    }

    /// The datasets whose records `sources` holds (all of them for 0).
    public func contributing(_ sources: UInt32) -> [Dataset] {
        datasets.filter { $0.holds(sources) }
    }

    /// The days every dataset in `sources` covers; `nil` when they share none.
    public func coverage(of sources: UInt32) -> Coverage? {
        Coverage.intersection(contributing(sources).map(\.coverage))
    }

    /// The days every dataset in `sources` covers for the figures of country `place`
    /// (``Dataset/coverage(place:)``; all countries for `nil`).
    public func coverage(of sources: UInt32, place: String?) -> Coverage? {
        Coverage.intersection(contributing(sources).map { $0.coverage(place: place) })
    }

    /// Each dataset cut to `window` (the dates a chart shows). One that keeps no day
    /// covers nothing the window shows: it keeps one day on the side its data lies,
    /// more than a year from the window, so no period the window touches holds it and
    /// every such period reads `none` / "no data" (fuzz small#16: a stock observed on
    /// 1 October between two runs of killed records, `--from`/`--to 2023-10-01`, read
    /// as covered because the old stand-in was the window's own first day).
    /// Each keeps, as ``Coverage/spoken``, the days of the window within its data's own
    /// first-to-last span when they reach past what it keeps, so a row of `all` still
    /// sees the holes the window's edges fall in.
    public func cut(to window: ClosedRange<CalendarDay>) -> DatasetCoverages {
        DatasetCoverages(datasets.map { d in
            d.mapCoverages { coverage in
                let own = coverage.spoken ?? (coverage.first ... coverage.last)
                let lo = max(window.lowerBound, own.lowerBound), hi = min(window.upperBound, own.upperBound)
                let spoken = lo <= hi ? lo ... hi : nil
                if var c = Coverage.intersection([coverage, Coverage(first: window.lowerBound, last: window.upperBound)]) {
                    if let spoken, spoken != c.first ... c.last { c.spoken = spoken }
                    return c
                }
                let before = coverage.first < window.lowerBound
                let day = before ? min(coverage.runs.last { $0.upperBound < window.lowerBound }!.upperBound, window.lowerBound.adding(days: -367))
                    : max(coverage.first, window.upperBound.adding(days: 367))
                var standIn = Coverage(first: day, last: day, declared: coverage.declared)
                standIn.spoken = spoken
                standIn.windowMissed = spoken == nil
                return standIn
            }
        })
    }

    /// Each dataset cut to the dates `--from`/`--to` keep (either may be open): the
    /// rows of a run with a window hold only the records dated inside it, so a period
    /// the window cuts (June 2016 with `--to 2016-06-15`) is covered only to the cut,
    /// in charts and in the `covered` column alike. Unchanged without a window.
    public func cut(from: CalendarDay?, to: CalendarDay?) -> DatasetCoverages {
        guard from != nil || to != nil, let first = datasets.map(\.coverage.first).min(),
              let last = datasets.map(\.coverage.last).max() else { return self }
        let a = from ?? first
        return cut(to: a ... max(a, to ?? last))
    }

    /// The `covered` column of tally's CSVs (docs/spec.md): the days of period `key`
    /// that every dataset of `sources` covers, so that the file read back is never more
    /// complete than the data: empty when they cover it completely, `2019-11-01/2019-11-15`
    /// (or one day, `2019-11-01`) when in part, `none` when they share no day of it.
    /// For `all`, ``allCoveredText(sources:)``; an interval row's is ``coveredText(of:kind:)``'s.
    /// With no dataset (records that claim no day, every row of a table read back
    /// `none`), `none`.
    /// `place`: the row's country, whose own coverage its figure has (``Dataset/placeCoverages``).
    public func coveredText(of key: Int32, kind: PeriodKind, sources: UInt32, place: String? = nil) -> String {
        guard kind != .all else { return allCoveredText(sources: sources, place: place) }
        guard !datasets.isEmpty else { return "none" }
        switch coverage(of: sources, place: place)?.extent(of: key, kind: kind) {
        case .complete?: return ""
        case let .partial(first, last)?: return first == last ? "\(first)" : "\(first)/\(last)"
        case let .split(parts)?:
            // Each covered stretch, joined by `;` (review20b L9: the longest alone hid the
            // rows of the others, which the figure holds), so that the file read back
            // claims every day its data speaks of and none it is silent on.
            return parts.map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)/\($0.upperBound)" }
                .joined(separator: ";")
        default: return "none"
        }
    }

    /// The `covered` of a row of `all` (review20b L8: it was always empty, while a chart
    /// of the same dates said partial): empty when no dataset of `sources` has a hole
    /// between its first and last covered day (a long gap, ``withoutThinPeriods(kind:window:)``,
    /// or runs apart); else the days the datasets cover, less every dataset's holes, as
    /// stretches joined by `;` (`2023-01-01/2023-04-10;2023-05-20`).
    /// With a `--from`/`--to` window, each dataset is judged on the days of the window
    /// within its own first-to-last span (``Coverage/spoken``), so a window inside a
    /// silence is `none` and one whose edge falls in a silence lists its stretches
    /// (review34 S6); days of the window before or after the data are not claimed, as
    /// without a window.
    func allCoveredText(sources: UInt32, place: String? = nil) -> String {
        let cs = contributing(sources).map { $0.coverage(place: place) }
        var held: [ClosedRange<CalendarDay>] = [], holes: [ClosedRange<CalendarDay>] = []
        for c in cs {
            // A window that misses a dataset's own days altogether: a row holding its
            // records (`sources` says so) holds records it does not cover, so `none`
            // (fuzz small#75: Iraq's 2004 and 2015 records beside a file whose every
            // country's days end in 2003); a row of unknown sources learns nothing of it.
            if c.windowMissed {
                if sources != 0 { return "none" }
                continue
            }
            let span = c.spoken ?? (c.first ... c.last)
            var from = span.lowerBound
            for r in c.runs where r.overlaps(span) {
                let inside = max(r.lowerBound, span.lowerBound) ... min(r.upperBound, span.upperBound)
                if inside.lowerBound > from { holes.append(from ... inside.lowerBound.adding(days: -1)) }
                held.append(inside)
                from = inside.upperBound.adding(days: 1)
            }
            if from <= span.upperBound { holes.append(from ... span.upperBound) }
        }
        guard !holes.isEmpty else { return "" }
        guard let all = Coverage(runs: held),
              let kept = all.subtracting(Coverage(runs: holes)?.runs ?? []) else { return "none" }
        return kept.runs.map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)/\($0.upperBound)" }
            .joined(separator: ";")
    }

    /// `2019-11-01/2019-11-15`, one day (`2019-11-01`), or the runs within it joined by
    /// `;` when there are holes between them (`2023-01-01/2023-02-28;2023-12-01/2023-12-31`:
    /// their first and last day alone read back as the whole year, review18 #6).
    static func coveredText(first: CalendarDay, last: CalendarDay, holes: [ClosedRange<CalendarDay>]) -> String {
        var spans: [ClosedRange<CalendarDay>] = [], from = first
        for h in holes { spans.append(from ... h.lowerBound.adding(days: -1)); from = h.upperBound.adding(days: 1) }
        spans.append(from ... last)
        return spans.map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)/\($0.upperBound)" }
            .joined(separator: ";")
    }

    /// Whether every dataset says the same of each of the periods `keys` (the same
    /// ``coveredText(of:kind:sources:)``). A table of several datasets' rows read back
    /// is one dataset whose coverage is what its rows claim; when the datasets cover
    /// its periods alike that is each one's, else a period where one has no row would
    /// read as covered by the others' rows (review9d #1), and the file's `covered`
    /// column is written as `covered_by_input`, which tally refuses to read back.
    public func coverAlike(periods keys: some Sequence<Int32>, kind: PeriodKind) -> Bool {
        guard datasets.count > 1, kind != .all else { return true }
        for k in keys {
            let said = datasets.map { coveredText(of: k, kind: kind, sources: $0.bits) }
            if said.contains(where: { $0 != said[0] }) { return false }
        }
        return true
    }

    /// The name of the `covered` column of a table of these datasets' rows over the
    /// periods `keys` (``coverAlike(periods:kind:)``).
    public func coveredColumn(periods keys: some Sequence<Int32>, kind: PeriodKind) -> String {
        coverAlike(periods: keys, kind: kind) ? "covered" : "covered_by_input"
    }

    /// The `covered` column of any output row: ``coveredText(of:kind:sources:)`` for a
    /// period, and for an interval row (events dated to a span longer than a period,
    /// `2019-06-01/2019-06-30` by day) the days of the interval its datasets cover,
    /// always written out (`2019-06-01/2019-06-30`, or `none`): an empty value on an
    /// interval row is what tally wrote before 2026-12-03 and claims no day, so the
    /// coverage read back is the data's, never more.
    public func coveredText(of row: AggregateRow, kind: PeriodKind) -> String {
        guard let last = row.lastPeriodKey else {
            return coveredText(of: row.periodKey, kind: kind, sources: row.sources, place: row.country)
        }
        guard kind != .all else { return "" }
        let (a, b) = (kind.firstDay(row.periodKey), kind.lastDay(last))
        guard let c = coverage(of: row.sources, place: row.country) else { return "none" }
        var lo: CalendarDay?, hi: CalendarDay?, holes: [ClosedRange<CalendarDay>] = []
        for r in c.runs where r.upperBound >= a && r.lowerBound <= b {
            if let hi { holes.append(hi.adding(days: 1) ... r.lowerBound.adding(days: -1)) }
            lo = lo ?? max(a, r.lowerBound); hi = min(b, r.upperBound)
        }
        guard let lo, let hi else { return "none" }
        return Self.coveredText(first: lo, last: hi, holes: holes)
    }

    /// These datasets as the figures of country `place` see them (``Dataset/seen(by:)``).
    /// The one rule by which a figure of one country is judged, wherever it is shown: a
    /// row of `aggregate --by country`, a timeline's line, a bar, a report table's line,
    /// each with `place` its country (``AggregateRow/country``, ``GroupSeries/place``;
    /// `nil` for a figure of several countries, judged by the days every country covers).
    /// A table written to be read back then takes ``forTable(_:kind:)``'s fallback.
    public func seen(by place: String?) -> DatasetCoverages {
        guard place != nil, datasets.contains(where: { !$0.placeCoverages.isEmpty }) else { return self }
        return DatasetCoverages(datasets.map { $0.seen(by: place) })
    }

    /// Whether some dataset has days of its own for some country (``Dataset/placeCoverages``):
    /// figures split by country may then be partial where the total is not, and the
    /// reverse.
    public var hasPlaces: Bool { datasets.contains { !$0.placeCoverages.isEmpty } }

    /// These datasets with no country's own days (``Dataset/placeCoverages``): every
    /// figure judged by the days every country of its datasets covers.
    public var withoutPlaces: DatasetCoverages {
        var out = self
        for i in out.datasets.indices { out.datasets[i].placeCoverages = [:] }
        return out
    }

    /// What a table of `rows` of `kind` is written with, period by period: each
    /// country's rows with that country's own days where the file read back says the
    /// same (``Dataset/placeSilentClaims``); else, in that period, the days every country
    /// covers on every row (``withoutPlaces``, as before 2026-12-04). Read back, a
    /// country's days in a period are what its row says, or with no row of it there,
    /// what the rows there say; and the total's are what they all say. So where the
    /// countries' days in a period differ, every country must have a row in it: a
    /// country silent for the whole of April has no April row to say so, and Syria's
    /// April row, complete, would read back as April complete for the country and the
    /// total. Periods are read back apart, so one such period does not make another
    /// fall back (until 2026-12-04 one did the whole table: Lebanon stopping on 10
    /// March made Syria's March row `2023-03-01/2023-03-10`). Interval rows (a span of
    /// periods) keep the days every country covers when any period falls back.
    public func forTable(_ rows: [AggregateRow], kind: PeriodKind) -> TableCoverages {
        let flat = TableCoverages(placed: self, fileLevel: self, fallBack: [], intervalsFallBack: false)
        guard datasets.contains(where: { !$0.placeCoverages.isEmpty }) else { return flat }
        // The days some country covers that the file does not.
        var differ: [ClosedRange<CalendarDay>] = []
        var names = Set<String>()
        for d in datasets where !d.placeCoverages.isEmpty {
            for (name, pc) in d.placeCoverages {
                names.insert(name)
                differ += pc.subtracting(d.coverage.runs)?.runs ?? []
            }
        }
        guard let days = Coverage(runs: differ) else { return flat }
        var have: [String: Set<Int32>] = [:]
        for r in rows where r.lastPeriodKey == nil { if let c = r.country { have[c, default: []].insert(r.periodKey) } }
        func sound(_ k: Int32) -> Bool {
            let said = Set(names.map { coveredText(of: k, kind: kind, sources: 0, place: $0) })
            return said.count < 2 || names.allSatisfy { have[$0]?.contains(k) == true }
        }
        let file = withoutPlaces
        if kind == .all {
            let keys = Set(rows.map(\.periodKey))
            return keys.allSatisfy(sound) ? flat : TableCoverages(placed: file, fileLevel: file, fallBack: [], intervalsFallBack: true)
        }
        var fallBack = Set<Int32>()
        for (k, _) in Dataset.periods(of: kind, touching: days) where !sound(k) { fallBack.insert(k) }
        return TableCoverages(placed: self, fileLevel: file, fallBack: fallBack, intervalsFallBack: !fallBack.isEmpty)
    }

    /// The `covered` of each row of a table (``forTable(_:kind:)``).
    public struct TableCoverages: Sendable {
        /// Each country's own days.
        public var placed: DatasetCoverages
        /// The days every country covers.
        public var fileLevel: DatasetCoverages
        /// The periods whose rows take ``fileLevel``.
        public var fallBack: Set<Int32>
        /// Whether interval rows take ``fileLevel``.
        public var intervalsFallBack: Bool

        public func coveredText(of row: AggregateRow, kind: PeriodKind) -> String {
            let file = row.lastPeriodKey == nil ? fallBack.contains(row.periodKey) : intervalsFallBack
            return (file ? fileLevel : placed).coveredText(of: row, kind: kind)
        }
    }

    /// How each dataset of `sources` that does not cover the period `key` completely
    /// lies against it, in input order; empty when they all do.
    public func shortfalls(of key: Int32, kind: PeriodKind, sources: UInt32, place: String? = nil) -> [(name: String, extent: Coverage.Extent)] {
        contributing(sources).compactMap { d in
            let e = d.coverage(place: place).extent(of: key, kind: kind)
            return e == .complete ? nil : (d.name, e)
        }
    }
}
