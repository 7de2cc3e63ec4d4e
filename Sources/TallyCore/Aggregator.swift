/// One record as the aggregator sees it: names already interned, dates as day numbers.
///
/// Readers fill it straight from their input buffers. Its figures are kept raw rather
/// than as an ``Estimate`` because some published datasets (UCDP GED) hold rows whose
/// `high` lies below `best`, and their totals must still equal the publisher's own.
public struct Observation: Sendable {
    /// Interned country, adm_1, adm_2, actor (use the aggregator's ``Aggregator/strings``).
    public var country: UInt32 = 0
    public var adm1: UInt32 = 0
    public var adm2: UInt32 = 0
    public var actor: UInt32 = 0
    /// Interned values of ``Grouping/extraColumns``, in order.
    public var extra0: UInt32 = 0
    public var extra1: UInt32 = 0
    /// Interned measure name.
    public var measure: UInt32 = 0
    public var day: CalendarDay = CalendarDay(daysSinceEpoch: 0)
    public var low: Int64 = 0
    public var best: Int64 = 0
    /// Ignored when ``unbounded``.
    public var high: Int64 = 0
    public var unbounded = false
    public var approximate = false

    public init() {}
}

/// Identifies one cell: ids of the grouped names (`absent` where not grouped), the
/// period's key and the measure.
struct CellKey: Hashable {
    var country: UInt32
    var adm1: UInt32
    var adm2: UInt32
    var actor: UInt32
    var extra0: UInt32
    var extra1: UInt32
    var period: Int32
    var measure: UInt32

    static let absent = UInt32.max

    func hash(into h: inout Hasher) {
        h.combine(mixed)
    }

    /// All fields folded into one well-spread word; ``CellTable`` uses it directly,
    /// which is much cheaper than feeding eight fields to SipHash one by one.
    @inline(__always)
    var mixed: UInt64 {
        var x = UInt64(country) &* 0x9E37_79B9_7F4A_7C15
        x = (x ^ UInt64(adm1)) &* 0xC2B2_AE3D_27D4_EB4F
        x = (x ^ UInt64(adm2)) &* 0x1656_67B1_9E37_79F9
        x = (x ^ UInt64(actor)) &* 0x9E37_79B9_7F4A_7C15
        x = (x ^ (UInt64(extra0) << 32 | UInt64(extra1))) &* 0xC2B2_AE3D_27D4_EB4F
        x = (x ^ (UInt64(UInt32(bitPattern: period)) << 32 | UInt64(measure))) &* 0x1656_67B1_9E37_79F9
        // Products carry low input bits only upwards, and the table indexes by the
        // low bits: a full avalanche (MurmurHash3's finaliser) lets every field reach
        // them, or cells that differ only in period or measure pile up in one run.
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x = x &* 0xC4CE_B9FE_1A85_EC53
        return x ^ (x >> 33)
    }
}

/// An open-addressing hash table from cell keys to cells, in insertion order.
///
/// Every flow row of every file goes through one look-up here; a plain table with a
/// cheap hash skips `Dictionary`'s SipHash, and keeping cells in one array makes
/// merging and sorting a walk over memory. (Storing the entries in the slots
/// themselves was tried: no faster once the table outgrows the caches, and a third
/// more memory.)
struct CellTable<Cell> {
    private(set) var keys: [CellKey] = []
    var cells: [Cell] = []
    /// Index + 1 of the entry in each slot; 0 marks an empty slot.
    private var slots = [Int32](repeating: 0, count: 64)
    private var mask = 63

    var count: Int { keys.count }

    /// The index of `key`'s cell, adding `make()` first when the key is new.
    @inline(__always)
    mutating func index(of key: CellKey, orInsert make: () -> Cell) -> Int {
        var slot = Int(truncatingIfNeeded: key.mixed) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { break }
            if keys[entry - 1] == key { return entry - 1 }
            slot = (slot + 1) & mask
        }
        keys.append(key)
        cells.append(make())
        slots[slot] = Int32(keys.count)
        if keys.count * 2 > slots.count { grow() }
        return keys.count - 1
    }

    private mutating func grow() {
        let n = slots.count * 2
        slots = [Int32](repeating: 0, count: n)
        mask = n - 1
        for (i, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: key.mixed) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(i + 1)
        }
    }
}

/// Running sum of a flow cell.
struct FlowCell {
    var low: Int64 = 0
    var best: Int64 = 0
    var high: Int64 = 0
    var unbounded = false
    var approximate = false
    var events: Int64 = 0

    @inline(__always)
    mutating func add(low l: Int64, best b: Int64, high h: Int64, unbounded u: Bool, approximate a: Bool, events e: Int64) -> Bool {
        let (nl, o1) = low.addingReportingOverflow(l)
        let (nb, o2) = best.addingReportingOverflow(b)
        let (nh, o3) = high.addingReportingOverflow(u ? 0 : h)
        low = nl; best = nb; high = nh
        unbounded = unbounded || u
        approximate = approximate || a
        events += e
        return !(o1 || o2 || o3)
    }
}

/// The latest observation(s) of a stock in one finest cell and period.
struct StockCell {
    var day: Int32
    var low: Int64
    var high: Int64
    var unbounded: Bool
    var approximate: Bool
    var bests: [Int64]

    init(_ o: Observation) {
        day = o.day.daysSinceEpoch
        low = o.low
        high = o.high
        unbounded = o.unbounded
        approximate = o.approximate
        bests = [o.best]
    }

    /// Keeps the rows at the latest date; several rows on that date form their
    /// envelope (SPEC §3): min low, max high (unbounded wins), all bests kept for the
    /// lower median.
    mutating func absorb(day d: Int32, low l: Int64, high h: Int64, unbounded u: Bool, approximate a: Bool, bests b: [Int64]) {
        if d < day { return }
        if d > day {
            day = d; low = l; high = h; unbounded = u; approximate = a; bests = b
            return
        }
        low = min(low, l)
        high = max(high, h)
        unbounded = unbounded || u
        approximate = approximate || a
        bests.append(contentsOf: b)
    }

    /// The lower median: for an even count, the smaller of the two middle values, so
    /// the result is always one of the reported figures.
    var lowerMedianBest: Int64 {
        let s = bests.sorted()
        return s[(s.count - 1) / 2]
    }
}

/// What aggregation needs to know besides the rows.
public struct AggregationConfig: Sendable, Equatable {
    public var grouping: Grouping
    public var period: PeriodKind
    public var measures: MeasureCatalog

    public init(grouping: Grouping = Grouping([.country]), period: PeriodKind = .year,
                measures: MeasureCatalog = MeasureCatalog()) {
        self.grouping = grouping
        self.period = period
        self.measures = measures
    }
}

/// Raised when a total passes 2^53, the largest count tally represents exactly (JSON
/// readers hold numbers as doubles); only absurd inputs get there, and they must end in
/// a clear error rather than a silently rounded figure.
public struct AggregationOverflow: Error, Sendable, CustomStringConvertible {
    /// The cell whose total passed the limit (`Mali / 2023 / killed`), when known.
    public var cell: String?

    public init(cell: String? = nil) { self.cell = cell }

    public var description: String {
        "the total" + (cell.map { " for " + $0 } ?? "")
            + " passes 2^53 (9,007,199,254,740,992), the largest count tally represents exactly; narrow the query (a filter, a finer grouping or period)"
    }
}

/// Accumulates observations into flow sums and stock snapshots (SPEC §3).
///
/// Memory is bounded by the number of cells, never by rows: flows are summed into
/// their output cell as they arrive, and stocks keep only their latest observations
/// per finest cell. Several aggregators can run on parts of a file in parallel and be
/// merged; every operation is commutative, so the merged result equals a sequential
/// run exactly.
public final class Aggregator: @unchecked Sendable {
    public let config: AggregationConfig
    /// Names of places, actors, extra key values and measures seen so far.
    public let strings: Interner
    private var flows = CellTable<FlowCell>()
    private var stocks: [CellKey: StockCell] = [:]
    private let byCountry: Bool, byAdm1: Bool, byAdm2: Bool, byActor: Bool
    private let extraCount: Int

    private static let tagFlow: UInt8 = 1
    private static let tagStock: UInt8 = 2

    public init(config: AggregationConfig, strings: Interner = Interner()) {
        self.config = config
        self.strings = strings
        byCountry = config.grouping.contains(.country)
        byAdm1 = config.grouping.contains(.adm1)
        byAdm2 = config.grouping.contains(.adm2)
        byActor = config.grouping.contains(.actor)
        extraCount = config.grouping.extraColumns.count
    }

    /// Whether rows of this (interned) measure are stocks; readers use it to know
    /// whether the finest keys must be interned for a row.
    @inline(__always)
    public func isStock(measure id: UInt32) -> Bool {
        var tag = strings.tags[Int(id)]
        if tag == 0 {
            tag = config.measures.kind(of: strings.string(id)) == .stock ? Aggregator.tagStock : Aggregator.tagFlow
            strings.tags[Int(id)] = tag
        }
        return tag == Aggregator.tagStock
    }

    @inline(__always)
    public func add(_ o: Observation) throws(AggregationOverflow) {
        let period = config.period.key(o.day)
        if isStock(measure: o.measure) {
            let key = CellKey(country: o.country, adm1: o.adm1, adm2: o.adm2, actor: o.actor,
                              extra0: extraCount > 0 ? o.extra0 : CellKey.absent,
                              extra1: extraCount > 1 ? o.extra1 : CellKey.absent,
                              period: period, measure: o.measure)
            if let i = stocks.index(forKey: key) {
                stocks.values[i].absorb(day: o.day.daysSinceEpoch, low: o.low, high: o.high,
                                        unbounded: o.unbounded, approximate: o.approximate, bests: [o.best])
            } else {
                stocks[key] = StockCell(o)
            }
            return
        }
        let key = CellKey(country: byCountry ? o.country : CellKey.absent,
                          adm1: byAdm1 ? o.adm1 : CellKey.absent,
                          adm2: byAdm2 ? o.adm2 : CellKey.absent,
                          actor: byActor ? o.actor : CellKey.absent,
                          extra0: extraCount > 0 ? o.extra0 : CellKey.absent,
                          extra1: extraCount > 1 ? o.extra1 : CellKey.absent,
                          period: period, measure: o.measure)
        let i = flows.index(of: key) { FlowCell() }
        guard flows.cells[i].add(low: o.low, best: o.best, high: o.high, unbounded: o.unbounded,
                                                  approximate: o.approximate, events: 1)
        else { throw AggregationOverflow() }
    }

    /// Folds another aggregator (same config, own interner) into this one.
    public func merge(_ other: Aggregator) throws(AggregationOverflow) {
        precondition(other.config == config, "merging aggregators with different configurations")
        var map = [UInt32](repeating: 0, count: other.strings.count)
        for id in 0 ..< other.strings.count {
            map[id] = other.strings.bytes(UInt32(id)).withUnsafeBytes { strings.intern($0.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, $0.count) }
            strings.tags[Int(map[id])] = max(strings.tags[Int(map[id])], other.strings.tags[id])
        }
        func remap(_ k: CellKey) -> CellKey {
            func m(_ id: UInt32) -> UInt32 { id == CellKey.absent ? id : map[Int(id)] }
            return CellKey(country: m(k.country), adm1: m(k.adm1), adm2: m(k.adm2), actor: m(k.actor),
                           extra0: m(k.extra0), extra1: m(k.extra1), period: k.period, measure: m(k.measure))
        }
        for (k, c) in zip(other.flows.keys, other.flows.cells) {
            let i = flows.index(of: remap(k)) { FlowCell() }
            guard flows.cells[i].add(low: c.low, best: c.best, high: c.high, unbounded: c.unbounded,
                                                           approximate: c.approximate, events: c.events)
            else { throw AggregationOverflow() }
        }
        for (k, c) in other.stocks {
            let key = remap(k)
            if let i = stocks.index(forKey: key) {
                stocks.values[i].absorb(day: c.day, low: c.low, high: c.high, unbounded: c.unbounded,
                                        approximate: c.approximate, bests: c.bests)
            } else {
                stocks[key] = c
            }
        }
    }

    /// The finished table, sorted as SPEC §3 requires.
    public func result() throws(AggregationOverflow) -> AggregateResult {
        // Stocks: one snapshot per finest cell, then summed into the output cells.
        var cells = flows
        for (k, c) in stocks {
            let key = CellKey(country: byCountry ? k.country : CellKey.absent,
                              adm1: byAdm1 ? k.adm1 : CellKey.absent,
                              adm2: byAdm2 ? k.adm2 : CellKey.absent,
                              actor: byActor ? k.actor : CellKey.absent,
                              extra0: k.extra0, extra1: k.extra1, period: k.period, measure: k.measure)
            let i = cells.index(of: key) { FlowCell() }
            guard cells.cells[i].add(low: c.low, best: c.lowerMedianBest, high: c.high,
                                                      unbounded: c.unbounded, approximate: c.approximate,
                                                      events: Int64(c.bests.count))
            else { throw AggregationOverflow() }
        }
        let rank = strings.byteOrderRanks()
        func r(_ id: UInt32) -> UInt32 { id == CellKey.absent ? 0 : rank[Int(id)] }
        let sorted = zip(cells.keys, cells.cells).sorted { a, b in
            let x = a.0, y = b.0
            if x.country != y.country { return r(x.country) < r(y.country) }
            if x.adm1 != y.adm1 { return r(x.adm1) < r(y.adm1) }
            if x.adm2 != y.adm2 { return r(x.adm2) < r(y.adm2) }
            if x.actor != y.actor { return r(x.actor) < r(y.actor) }
            if x.extra0 != y.extra0 { return r(x.extra0) < r(y.extra0) }
            if x.extra1 != y.extra1 { return r(x.extra1) < r(y.extra1) }
            if x.period != y.period { return x.period < y.period }
            return r(x.measure) < r(y.measure)
        }
        var names = [UInt32: String]()
        func name(_ id: UInt32) -> String? {
            if id == CellKey.absent { return nil }
            if let s = names[id] { return s }
            let s = strings.string(id)
            names[id] = s
            return s
        }
        let limit = Estimate.maximumValue
        for (k, c) in sorted where c.low > limit || c.best > limit || (!c.unbounded && c.high > limit) {
            let keys = [k.country, k.adm1, k.adm2, k.actor, k.extra0, k.extra1].compactMap(name)
            throw AggregationOverflow(cell: (keys + [config.period.label(k.period), name(k.measure)!]).joined(separator: " / "))
        }
        let rows = sorted.map { k, c in
            let measure = name(k.measure)!
            return AggregateRow(
                country: name(k.country), adm1: name(k.adm1), adm2: name(k.adm2), actor: name(k.actor),
                extras: [name(k.extra0), name(k.extra1)].prefix(extraCount).map { $0 ?? "" },
                periodKey: k.period, period: config.period.label(k.period), measure: measure,
                kind: config.measures.kind(of: measure),
                estimate: Estimate(unchecked: c.low, best: c.best, high: c.unbounded ? nil : c.high,
                                   approximate: c.approximate),
                events: c.events)
        }
        return AggregateResult(grouping: config.grouping, period: config.period, rows: rows)
    }
}

/// One output cell (SPEC §4): its keys, period, measure and estimate.
public struct AggregateRow: Sendable, Equatable {
    public var country: String?
    public var adm1: String?
    public var adm2: String?
    public var actor: String?
    public var extras: [String]
    public var periodKey: Int32
    public var period: String
    public var measure: String
    public var kind: MeasureKind
    public var estimate: Estimate
    /// Rows summed (flows) or rows used for the snapshot (stocks).
    public var events: Int64

    public init(country: String? = nil, adm1: String? = nil, adm2: String? = nil, actor: String? = nil,
                extras: [String] = [], periodKey: Int32, period: String, measure: String, kind: MeasureKind,
                estimate: Estimate, events: Int64) {
        self.country = country; self.adm1 = adm1; self.adm2 = adm2; self.actor = actor
        self.extras = extras; self.periodKey = periodKey; self.period = period; self.measure = measure
        self.kind = kind; self.estimate = estimate; self.events = events
    }

    /// The value of a grouping column (`country`, `adm_1`, …, or an extra column).
    public func value(of key: GroupKey) -> String? {
        switch key {
        case .country: country
        case .adm1: adm1
        case .adm2: adm2
        case .actor: actor
        }
    }

    /// The key values in output-column order, for writers and chart labels.
    public func keyValues(_ grouping: Grouping) -> [String] {
        grouping.keys.map { value(of: $0) ?? "" } + extras
    }
}

/// A finished aggregation: rows sorted by key columns, period, then measure.
public struct AggregateResult: Sendable, Equatable {
    public var grouping: Grouping
    public var period: PeriodKind
    public var rows: [AggregateRow]

    public init(grouping: Grouping, period: PeriodKind, rows: [AggregateRow]) {
        self.grouping = grouping
        self.period = period
        self.rows = rows
    }
}
