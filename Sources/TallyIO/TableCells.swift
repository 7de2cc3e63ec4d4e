import TallyCore

/// A table's figures by country, measure and the days each claims (``BlockParser/TableCell``),
/// to find a figure of another table over some of the same days (issue 10: two tables of
/// the same days summed, a monthly table given twice or beside its revision, read every
/// figure doubled). Cell by cell, not by each country's first and last day: tables of
/// January and March and of February of one country share no day.
///
/// Memory: one cell per figure of the table by country, measure and days (its rows by
/// `adm_1` or actor fold into their country's), with the spans' labels.
struct TableCells {
    /// Per country and measure: the cells sorted by first day, and the latest last day
    /// among the cells up to each (so the first cell reaching a day is found by halving).
    private var byKey: [UInt64: (cells: [BlockParser.TableCell], reach: [CalendarDay])] = [:]
    /// Per measure, its keys (a table without a country column has one for any country).
    private var keysByMeasure: [UInt64: [UInt64]] = [:]
    private let spans: [UInt64: BlockParser.TableSpan]

    init(_ cells: Set<BlockParser.TableCell>, spans: [UInt64: BlockParser.TableSpan]) {
        self.spans = spans
        var grouped: [UInt64: [BlockParser.TableCell]] = [:]
        for c in cells { grouped[c.key, default: []].append(c) }
        for (k, v) in grouped {
            let sorted = v.sorted()
            var reach: [CalendarDay] = []
            reach.reserveCapacity(sorted.count)
            for c in sorted { reach.append(reach.last.map { max($0, c.last) } ?? c.last) }
            byKey[k] = (sorted, reach)
            if let m = spans[k]?.measure { keysByMeasure[m, default: []].append(k) }
        }
        for m in keysByMeasure.keys { keysByMeasure[m]!.sort { (spans[$0]?.label ?? "") < (spans[$1]?.label ?? "") } }
    }

    /// The first cell (by first day) of `key` that shares a day with `first...last`.
    private func overlapping(key: UInt64, first: CalendarDay, last: CalendarDay) -> BlockParser.TableCell? {
        guard let e = byKey[key] else { return nil }
        // The cells starting on or before `last`: 0..<end.
        var lo = 0, hi = e.cells.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if e.cells[mid].first <= last { lo = mid + 1 } else { hi = mid }
        }
        let end = lo
        guard end > 0, e.reach[end - 1] >= first else { return nil }
        // The first of them whose reach gets to `first` ends on or after it.
        lo = 0; hi = end - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if e.reach[mid] >= first { hi = mid } else { lo = mid + 1 }
        }
        return e.cells[lo]
    }

    /// The first figure of this table (by its first day, then country and measure) that
    /// `other` has a figure for on some of the same days, of the same measure and the same
    /// country (or either table without a country column): the label of the country and
    /// measure, and the days both figures claim.
    func shared(with other: TableCells) -> (label: String, from: CalendarDay, to: CalendarDay)? {
        let mine = byKey.values.flatMap(\.cells).sorted {
            ($0.first, spans[$0.key]?.label ?? "", $0.last) < ($1.first, spans[$1.key]?.label ?? "", $1.last)
        }
        for c in mine {
            guard let span = spans[c.key] else { continue }
            let keys: [UInt64] = span.country == nil
                ? other.keysByMeasure[span.measure] ?? []
                : [c.key, BlockParser.spanKey(country: nil, measure: span.measure)]
            for k in keys {
                guard let o = other.overlapping(key: k, first: c.first, last: c.last) else { continue }
                let label = span.country == nil ? other.spans[k]?.label ?? span.label : span.label
                return (label, max(c.first, o.first), min(c.last, o.last))
            }
        }
        return nil
    }

    /// The first figure of this table that shares a day with event records of the same
    /// measure and country (or with this table without a country column): `records` are
    /// an input's first and last day per country and measure. Figure by figure, so a
    /// table with a gap is read beside records of the gap (review28 R4).
    func shared(withRecords records: [UInt64: BlockParser.TableSpan]) -> (label: String, from: CalendarDay, to: CalendarDay)? {
        var found: (label: String, from: CalendarDay, to: CalendarDay)?
        for (key, r) in records {
            for k in [key, BlockParser.spanKey(country: nil, measure: r.measure)] {
                guard let c = overlapping(key: k, first: r.first, last: r.last) else { continue }
                let hit = (label: r.label, from: max(c.first, r.first), to: min(c.last, r.last))
                if found.map({ (hit.from, hit.label) < ($0.from, $0.label) }) ?? true { found = hit }
            }
        }
        return found
    }
}
