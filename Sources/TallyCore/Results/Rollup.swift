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
/// the latest observation of each finest place and actor instead. The two are the same
/// when every row of the group in the coarser period adds up the same finest cells
/// (``AggregateRow/stockCells``, ``StockCells``); where they do not (Syria's January,
/// Groups A and B, then April, Group B alone: April's 130 for the year where the records
/// give 1,130) the roll-up is refused (``AggregationOverflow`` with its reason), as the
/// rows no longer hold each group's own figure. Charts and reports read at the period
/// they show, so this only matters to callers that roll up periods.
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
        func refusal(_ r: AggregateRow) -> String {
            let group = r.keyValues(self.grouping).joined(separator: " / ")
            return "\(r.measure) of \(group.isEmpty ? "everything read" : group) "
                + "cannot be given for \(kind == .all ? "all dates" : kind.label(newKey(r.periodKey))) from its figures by \(self.period.rawValue): "
                + "they add up different groups or places, some observed in one \(self.period.rawValue) only; read the records "
                + (kind == .all ? "over all dates (--period all)" : "by \(kind.rawValue) (--period \(kind.rawValue))")
        }
        let selected = rows.filter { r in
            (periods?.contains(r.periodKey) ?? true) && (measure.map { $0 == r.measure } ?? true)
        }
        // Stocks across periods: the latest snapshot of each source group first.
        var input: [AggregateRow] = []
        if changesPeriod {
            struct Latest: Hashable { var keys: [String]; var period: Int32; var measure: String }
            var latest: [Latest: Int] = [:]
            // The groups and places each group's rows add up (``AggregateRow/stockCells``;
            // 0, a row of cells observed at 0 only, adds nothing).
            var sums: [Latest: UInt64] = [:]
            for (i, r) in selected.enumerated() {
                guard r.kind == .stock else { input.append(r); continue }
                let id = Latest(keys: r.keyValues(self.grouping), period: newKey(r.periodKey), measure: r.measure)
                if r.stockCells != 0 {
                    // A group's latest row stands for the coarser period only when every
                    // row of it there adds up the same groups and places: Syria's April
                    // (Group B's 130) is not Syria's 2023 when Group A was last seen in
                    // March (1,000); the records by year give 1,130. Refused, not guessed
                    // (the rows no longer say what each group held).
                    if let other = sums[id], !StockCells.comparable(other, r.stockCells, kind: .stock) {
                        var e = AggregationOverflow(cell: r.cellName(self.grouping, kind))
                        e.reason = refusal(r)
                        throw e
                    }
                    sums[id] = r.stockCells
                }
                if let j = latest[id], selected[j].periodKey >= r.periodKey { continue }
                latest[id] = i
            }
            // A latest row of cells observed at 0 only stands for nothing earlier: the
            // groups of a row before it kept their figures (Group A's 100 in March, then
            // Group B's 0 in October, is 100 for the year, not 0).
            for (id, i) in latest.sorted(by: { $0.value < $1.value }) where selected[i].stockCells == 0 && sums[id] != nil {
                let r = selected[i]
                var e = AggregationOverflow(cell: r.cellName(self.grouping, kind))
                e.reason = refusal(r)
                throw e
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
