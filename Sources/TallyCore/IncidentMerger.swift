/// Several reports of one incident, folded into the one observation they describe.
///
/// Two newspapers reporting the same bombing are one bombing: adding their figures
/// would count the dead twice. Reports sharing a non-empty `incident` value (and a
/// measure) merge like a stock's same-day rows (SPEC §3): min low, max high
/// (unbounded wins), lower median of the bests, the earliest `date_start`, and the
/// span from the earliest report's start to the latest report's end. The
/// place, actor and extra keys are the earliest report's; when several reports share
/// that date, the one whose keys come first in byte order, so the choice never
/// depends on the order rows were read in.
public struct MergedIncident: Sendable {
    /// Keys and day of the chosen report; figures are the merged ones (its `best` is
    /// the first report's, see ``merged``).
    public var observation: Observation
    /// The bests of the other reports (empty, and unallocated, for a single report).
    var otherBests: [Int64] = []
    /// Whether each of ``otherBests`` was stated by its report (not a range's midpoint).
    var otherStated: [Bool] = []
    /// Whether the first report stated its best (``firstBest``).
    private var firstStated: Bool
    private var reportCount: UInt32 = 1
    /// Reports by date precision, day … year; 32 bits each keeps an incident small.
    private var precisionCounts: (UInt32, UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0, 0)

    /// Where reports were read, as the reader numbers rows: `(block + 1) << 32 | line in
    /// block`, so positions compare in the order of files and lines (0: not known).
    /// `at` is the report whose keys are kept.
    public internal(set) var at: UInt64
    /// The latest start and the earliest end among the reports, and where they were
    /// read: reports whose spans lie more than ``IncidentMerger/plausibleGap`` days apart
    /// cannot describe one event.
    public private(set) var latestStart: CalendarDay, latestStartAt: UInt64
    public private(set) var earliestEnd: CalendarDay, earliestEndAt: UInt64
    /// Two reports naming different countries (the first pair in reading order found).
    public private(set) var countryClash: CountryClash?

    /// Two reports of one incident in two countries.
    public struct CountryClash: Sendable {
        public var first: UInt64, firstCountry: UInt32
        public var second: UInt64, secondCountry: UInt32
        public init(first: UInt64, firstCountry: UInt32, second: UInt64, secondCountry: UInt32) {
            self.first = first; self.firstCountry = firstCountry; self.second = second; self.secondCountry = secondCountry
        }
    }

    init(_ o: Observation, precision: DatePrecision, at: UInt64 = 0) {
        observation = o
        firstStated = o.bestStated
        self.at = at
        latestStart = o.spanFirst; latestStartAt = at
        earliestEnd = max(o.spanFirst, o.spanLast); earliestEndAt = at
        addPrecision(precision, 1)
    }

    /// Folds `b`'s report positions, date bounds and country clash into ours; `a`'s
    /// observation must still be its own (called before the keys are chosen).
    mutating func absorbBounds(_ b: MergedIncident) {
        if b.latestStart > latestStart || (b.latestStart == latestStart && b.latestStartAt < latestStartAt) {
            latestStart = b.latestStart; latestStartAt = b.latestStartAt
        }
        if b.earliestEnd < earliestEnd || (b.earliestEnd == earliestEnd && b.earliestEndAt < earliestEndAt) {
            earliestEnd = b.earliestEnd; earliestEndAt = b.earliestEndAt
        }
        var clash = [countryClash, b.countryClash].compactMap { $0 }
        if observation.country != b.observation.country {
            let (x, y) = at < b.at ? ((at, observation.country), (b.at, b.observation.country))
                                   : ((b.at, b.observation.country), (at, observation.country))
            clash.append(CountryClash(first: x.0, firstCountry: x.1, second: y.0, secondCountry: y.1))
        }
        countryClash = clash.min { ($0.first, $0.second) < ($1.first, $1.second) }
    }

    /// Days between the earliest end and the latest start of the reports (0 when every
    /// two reports' spans meet).
    public var gapDays: Int { max(0, Int(latestStart.daysSinceEpoch) - Int(earliestEnd.daysSinceEpoch)) }

    /// Reports merged into this incident.
    public var reports: Int { Int(reportCount) }

    /// The reports by how well their dates were known.
    public var precisions: PrecisionCounts {
        var c = PrecisionCounts()
        c.add(.day, Int(precisionCounts.0)); c.add(.week, Int(precisionCounts.1)); c.add(.month, Int(precisionCounts.2))
        c.add(.quarter, Int(precisionCounts.3)); c.add(.year, Int(precisionCounts.4))
        return c
    }

    /// Every report's best.
    public var bests: [Int64] { [firstBest] + otherBests }
    private var firstBest: Int64 { observation.best }

    private mutating func addPrecision(_ p: DatePrecision, _ n: UInt32) {
        switch p {
        case .day: precisionCounts.0 += n
        case .week: precisionCounts.1 += n
        case .month: precisionCounts.2 += n
        case .quarter: precisionCounts.3 += n
        case .year: precisionCounts.4 += n
        }
    }

    /// Adds another incident's reports (figures, bests and counts; not its keys).
    mutating func absorbCounts(_ b: MergedIncident) {
        otherBests.append(b.observation.best)
        otherBests.append(contentsOf: b.otherBests)
        otherStated.append(b.firstStated)
        otherStated.append(contentsOf: b.otherStated)
        reportCount += b.reportCount
        precisionCounts.0 += b.precisionCounts.0; precisionCounts.1 += b.precisionCounts.1
        precisionCounts.2 += b.precisionCounts.2; precisionCounts.3 += b.precisionCounts.3
        precisionCounts.4 += b.precisionCounts.4
    }

    /// The merged figures: the envelope of the reports with the lower median best,
    /// stated only when a report that gave that figure stated it: "5 to 8" (7 by rule)
    /// and "10" merge to 7 of 5–10, a best no report gave (review38 S2).
    public var merged: Observation {
        var o = observation
        if !otherBests.isEmpty {
            let s = bests.sorted()
            o.best = s[(s.count - 1) / 2]
            o.bestStated = (firstStated && firstBest == o.best)
                || zip(otherBests, otherStated).contains { $0.0 == o.best && $0.1 }
        }
        return o
    }
}

/// Collects incident reports per worker; workers' mergers are folded together before
/// the incidents go into the aggregator, because reports of one incident may sit in
/// different blocks or files.
///
/// Memory grows with the number of incidents, not rows; rows without an `incident`
/// value never come here.
public final class IncidentMerger: @unchecked Sendable {
    /// The interner the observations' key ids refer to (the aggregator's).
    public let strings: Interner
    /// Incident values, kept apart so they do not grow the key table.
    public let incidentNames = Interner(capacity: 64)
    private var pending: [IncidentKey: MergedIncident] = [:]

    struct IncidentKey: Hashable {
        var incident: UInt32
        var measure: UInt32

        func hash(into h: inout Hasher) {
            // One word: much cheaper than feeding two fields to SipHash.
            h.combine((UInt64(incident) << 32 | UInt64(measure)) &* 0x9E37_79B9_7F4A_7C15)
        }
    }

    /// The id of a key that is not read (an extra column not grouped by).
    public static let absent = UInt32.max

    public init(strings: Interner) { self.strings = strings }

    public var count: Int { pending.count }
    public var isEmpty: Bool { pending.isEmpty }

    /// Adds one report; `incident` is an id in ``incidentNames``. Every key of `o`
    /// (country, adm1, adm2, actor) must be interned, grouped or not, since the
    /// earliest report's keys are kept; extras not grouped by are ``IncidentMerger/absent``.
    /// `at` is where the report was read (``MergedIncident/at``).
    public func add(incident: UInt32, _ o: Observation, precision: DatePrecision, at: UInt64 = 0) {
        let key = IncidentKey(incident: incident, measure: o.measure)
        if let i = pending.index(forKey: key) {
            absorb(&pending.values[i], MergedIncident(o, precision: precision, at: at))
        } else {
            pending[key] = MergedIncident(o, precision: precision, at: at)
        }
    }

    /// Reports of one incident whose spans lie further apart than this many days are
    /// refused: one event is not reported a month away from another report of it.
    public static let plausibleGap = 31

    private func absorb(_ a: inout MergedIncident, _ b: MergedIncident) {
        a.absorbBounds(b)
        var o = a.observation
        if precedes(b.observation, o) {
            // b's keys and day; the first best stays a's (bests are a multiset).
            let best = o.best
            o = b.observation
            o.best = best
            a.at = b.at
        }
        // The span every report allows: from the earliest start to the latest end. Taken
        // from both reports, never from the one whose keys won, so it does not depend on
        // the order reports were read in (files, blocks, threads).
        o.spanFirst = min(a.observation.spanFirst, b.observation.spanFirst)
        o.spanLast = max(a.observation.spanLast, b.observation.spanLast)
        o.low = min(a.observation.low, b.observation.low)
        o.high = max(a.observation.high, b.observation.high)
        o.unbounded = a.observation.unbounded || b.observation.unbounded
        o.approximate = a.observation.approximate || b.observation.approximate
        o.bestStated = a.observation.bestStated || b.observation.bestStated
        o.sources = a.observation.sources | b.observation.sources
        a.absorbCounts(b)
        a.observation = o
    }

    /// Earlier `date_start` first; on the same day, keys in byte order.
    private func precedes(_ x: Observation, _ y: Observation) -> Bool {
        if x.day != y.day { return x.day < y.day }
        for (a, b) in [(x.country, y.country), (x.adm1, y.adm1), (x.adm2, y.adm2), (x.actor, y.actor),
                       (x.extra0, y.extra0), (x.extra1, y.extra1)] where a != b {
            if a == IncidentMerger.absent || b == IncidentMerger.absent { return a == IncidentMerger.absent }
            return strings.bytes(a).lexicographicallyPrecedes(strings.bytes(b))
        }
        return false
    }

    /// Folds another worker's reports in, re-interning its names into ours.
    public func merge(_ other: IncidentMerger) {
        if other.pending.isEmpty { return }
        // Other's key ids → ours, filled on first use (absent marks "not yet").
        var keyMap = [UInt32](repeating: IncidentMerger.absent, count: other.strings.count)
        func m(_ id: UInt32) -> UInt32 {
            if id == IncidentMerger.absent { return id }
            let known = keyMap[Int(id)]
            if known != IncidentMerger.absent { return known }
            let v = other.strings.bytes(id).withUnsafeBytes {
                strings.intern($0.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, $0.count)
            }
            keyMap[Int(id)] = v
            return v
        }
        for (k, var c) in other.pending {
            let incident = other.incidentNames.bytes(k.incident).withUnsafeBytes {
                incidentNames.intern($0.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, $0.count)
            }
            var o = c.observation
            o.country = m(o.country); o.adm1 = m(o.adm1); o.adm2 = m(o.adm2); o.actor = m(o.actor)
            o.extra0 = m(o.extra0); o.extra1 = m(o.extra1); o.measure = m(o.measure)
            c.observation = o
            let key = IncidentKey(incident: incident, measure: o.measure)
            if let i = pending.index(forKey: key) {
                absorb(&pending.values[i], c)
            } else {
                pending[key] = c
            }
        }
    }

    /// An incident whose reports cannot be one event (``MergedIncident/gapDays`` above
    /// ``plausibleGap``, or two countries), with its value: the one whose first row
    /// named comes first by `precedes` (the caller's reading order: files as given, lines),
    /// so the message does not depend on threads or the order files were read in.
    public func firstImpossible(precedes: (UInt64, UInt64) -> Bool) -> (incident: String, merged: MergedIncident)? {
        var found: (key: IncidentKey, merged: MergedIncident, at: UInt64)?
        for (k, m) in pending {
            var rows: [UInt64] = []
            if let c = m.countryClash { rows += [c.first, c.second] }
            if m.gapDays > Self.plausibleGap { rows += [m.latestStartAt, m.earliestEndAt] }
            guard let at = rows.min(by: precedes) else { continue }
            if let f = found, !precedes(at, f.at) && (precedes(f.at, at) || f.key.measure <= k.measure) { continue }
            found = (k, m, at)
        }
        return found.map { (String(decoding: incidentNames.bytes($0.key.incident), as: UTF8.self), $0.merged) }
    }

    /// The merged incidents, in no particular order (aggregation is commutative).
    public var incidents: [MergedIncident] { Array(pending.values) }

    /// Visits the merged incidents without copying them (there may be millions).
    public func forEach(_ body: (MergedIncident) throws(AggregationOverflow) -> Void) throws(AggregationOverflow) {
        for i in pending.values { try body(i) }
    }
}
