/// Roll-up: the same figures at a coarser grouping and/or a coarser period.
///
/// Within one period, the groups of a finer grouping partition those of a coarser one,
/// and flows and stock snapshots alike add across groups (SPEC §3). Across periods the
/// two differ: flows add; a stock keeps, per group of the source grouping, the row of
/// its latest observed period inside the coarser period (members in March and members
/// in April are the same people), and those snapshots then add across groups.
///
/// A stock rolled up to a coarser period from a coarse source grouping is each
/// group's latest snapshot as a whole; `tally aggregate` at the coarser period takes
/// the latest observation of each finest place instead, which can differ when places
/// inside a group were last observed in different periods. Charts and reports read at
/// the period they show, so this only matters to callers that roll up periods.
extension AggregateResult {
    /// - Parameters:
    ///   - grouping: keys to keep; a subset of this result's keys (and of its extra
    ///     columns). `nil` keeps the grouping.
    ///   - period: a period kind that nests this result's (`month` into `quarter`,
    ///     `year` or `all`; `week` only into `all`). `nil` keeps the periods.
    ///   - periods: only rows of these period keys (of this result's kind).
    ///   - measure: only rows of this measure.
    /// - Throws: ``AggregationOverflow`` when a rolled-up figure passes 2^53.
    public func rolledUp(to grouping: Grouping? = nil, period: PeriodKind? = nil,
                         periods: ClosedRange<Int32>? = nil, measure: String? = nil) throws(AggregationOverflow) -> AggregateResult {
        let target = grouping ?? self.grouping
        let kind = period ?? self.period
        precondition(target.keys.allSatisfy(self.grouping.contains), "roll-up to keys the result does not hold")
        precondition(target.extraColumns.allSatisfy(self.grouping.extraColumns.contains), "roll-up to extra columns the result does not hold")
        precondition(self.period.nests(in: kind), "roll-up from \(self.period) periods to \(kind) periods, which do not nest")
        let extraIndex = target.extraColumns.map { self.grouping.extraColumns.firstIndex(of: $0)! }
        let changesPeriod = kind != self.period

        func newKey(_ k: Int32) -> Int32 { changesPeriod ? kind.key(self.period.firstDay(k)) : k }
        let selected = rows.filter { r in
            (periods?.contains(r.periodKey) ?? true) && (measure.map { $0 == r.measure } ?? true)
        }
        // Stocks across periods: the latest snapshot of each source group first.
        var input: [AggregateRow] = []
        if changesPeriod {
            struct Latest: Hashable { var keys: [String]; var period: Int32; var measure: String }
            var latest: [Latest: Int] = [:]
            for (i, r) in selected.enumerated() {
                guard r.kind == .stock else { input.append(r); continue }
                let id = Latest(keys: r.keyValues(self.grouping), period: newKey(r.periodKey), measure: r.measure)
                if let j = latest[id], selected[j].periodKey >= r.periodKey { continue }
                latest[id] = i
            }
            input += latest.values.sorted().map { selected[$0] }
        } else {
            input = selected
        }

        struct Cell: Hashable { var keys: [String?]; var period: Int32; var measure: String }
        var index: [Cell: Int] = [:]
        var out: [AggregateRow] = []
        for r in input {
            var row = AggregateRow(periodKey: newKey(r.periodKey), period: "", measure: r.measure, kind: r.kind,
                                   estimate: r.estimate, events: r.events, sources: r.sources, observed: r.observed)
            row.stockCells = r.stockCells
            for key in target.keys {
                switch key {
                case .country: row.country = r.country
                case .adm1: row.adm1 = r.adm1
                case .adm2: row.adm2 = r.adm2
                case .actor: row.actor = r.actor
                }
            }
            row.extras = extraIndex.map { $0 < r.extras.count ? r.extras[$0] : "" }
            let id = Cell(keys: [row.country, row.adm1, row.adm2, row.actor] + row.extras.map { $0 }, period: row.periodKey,
                          measure: row.measure)
            if let i = index[id] {
                out[i].estimate = try out[i].estimate.summed(with: r.estimate, for: out[i].cellName(target, kind))
                out[i].events += r.events
                out[i].sources |= r.sources
                out[i].stockCells &+= r.stockCells
                if let a = out[i].observed, let b = r.observed {
                    out[i].observed = min(a.lowerBound, b.lowerBound) ... max(a.upperBound, b.upperBound)
                }
            } else {
                index[id] = out.count
                out.append(row)
            }
        }
        for i in out.indices { out[i].period = kind.label(out[i].periodKey) }
        out.sort { a, b in
            let ka = a.keyValues(target), kb = b.keyValues(target)
            if ka != kb { return byteOrder(ka, kb) }
            if a.periodKey != b.periodKey { return a.periodKey < b.periodKey }
            return byteOrder(a.measure, b.measure)
        }
        return AggregateResult(grouping: target, period: kind, rows: out)
    }
}

extension AggregateRow {
    /// `Mali / 2023 / killed`: the cell, for messages.
    func cellName(_ grouping: Grouping, _ kind: PeriodKind) -> String {
        (keyValues(grouping) + [kind.label(periodKey), measure]).joined(separator: " / ")
    }
}

extension PeriodKind {
    /// Whether every period of this kind lies inside one period of `coarser` (a kind
    /// nests in itself): days in everything, weeks only in `all` (a week can straddle
    /// two months), months in quarters and years.
    public func nests(in coarser: PeriodKind) -> Bool {
        if self == coarser || coarser == .all || self == .day { return true }
        switch self {
        case .month: return coarser == .quarter || coarser == .year
        case .quarter: return coarser == .year
        default: return false
        }
    }
}
