/// Several reports of one incident, folded into the one observation they describe.
///
/// Two newspapers reporting the same bombing are one bombing: adding their figures
/// would count the dead twice. Reports sharing a non-empty `incident` value (and a
/// measure) merge like a stock's same-day rows (SPEC §3): min low, max high
/// (unbounded wins), lower median of the bests, and the earliest `date_start`. The
/// place, actor and extra keys are the earliest report's; when several reports share
/// that date, the one whose keys come first in byte order, so the choice never
/// depends on the order rows were read in.
public struct MergedIncident: Sendable {
    /// Keys and day of the chosen report; figures are the merged ones.
    public var observation: Observation
    public var bests: [Int64]
    /// Reports merged into this incident.
    public var reports: Int
    /// The reports by how well their dates were known.
    public var precisions: PrecisionCounts

    init(_ o: Observation, precision: DatePrecision) {
        observation = o
        bests = [o.best]
        reports = 1
        precisions = PrecisionCounts()
        precisions.add(precision)
    }

    /// The merged figures: the envelope of the reports with the lower median best.
    public var merged: Observation {
        var o = observation
        let s = bests.sorted()
        o.best = s[(s.count - 1) / 2]
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
    }

    /// The id of a key that is not read (an extra column not grouped by).
    public static let absent = UInt32.max

    public init(strings: Interner) { self.strings = strings }

    public var count: Int { pending.count }
    public var isEmpty: Bool { pending.isEmpty }

    /// Adds one report; `incident` is an id in ``incidentNames``. Every key of `o`
    /// (country, adm1, adm2, actor) must be interned, grouped or not, since the
    /// earliest report's keys are kept; extras not grouped by are ``IncidentMerger/absent``.
    public func add(incident: UInt32, _ o: Observation, precision: DatePrecision) {
        let key = IncidentKey(incident: incident, measure: o.measure)
        if let i = pending.index(forKey: key) {
            absorb(&pending.values[i], MergedIncident(o, precision: precision))
        } else {
            pending[key] = MergedIncident(o, precision: precision)
        }
    }

    private func absorb(_ a: inout MergedIncident, _ b: MergedIncident) {
        if precedes(b.observation, a.observation) {
            let keep = a
            a.observation = b.observation
            a.observation.low = keep.observation.low
            a.observation.high = keep.observation.high
            a.observation.unbounded = keep.observation.unbounded
            a.observation.approximate = keep.observation.approximate
        }
        a.observation.low = min(a.observation.low, b.observation.low)
        a.observation.high = max(a.observation.high, b.observation.high)
        a.observation.unbounded = a.observation.unbounded || b.observation.unbounded
        a.observation.approximate = a.observation.approximate || b.observation.approximate
        a.bests.append(contentsOf: b.bests)
        a.reports += b.reports
        a.precisions.add(b.precisions)
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
        var keyMap = [UInt32: UInt32]()
        func m(_ id: UInt32) -> UInt32 {
            if id == IncidentMerger.absent { return id }
            if let v = keyMap[id] { return v }
            let v = other.strings.bytes(id).withUnsafeBytes {
                strings.intern($0.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, $0.count)
            }
            keyMap[id] = v
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

    /// The merged incidents, in no particular order (aggregation is commutative).
    public var incidents: [MergedIncident] { Array(pending.values) }
}
