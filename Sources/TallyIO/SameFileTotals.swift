import TallyCore

/// Totals typed into the same file as the events they total (review32 S11, names13): a
/// "Total" row at the bottom of each month, a row per month or governorate that sums the
/// rows beside it, a country row (no `adm_1`) over its governorates. Read as events they
/// count every event twice (`Syria 14` for 7), exit 0, whatever `--by` says. The
/// check across inputs (``Pipeline/summedRow(_:spans:_:spans:tableFirstOnly:)``) never
/// sees them: here the table and its events are one input.
///
/// Found by figures, per input, over the rows the run keeps (flows only; not tally's own
/// tables, not HDX HAPI, whose admin levels are summed by their own rule): a group is a
/// place (country and measure, or country, `adm_1` and measure) and an ISO week (of the
/// country only), a calendar month, a year or the whole input (a row counts in those its
/// days fit in; rows of 0 add nothing and total nothing, and are passed over), and the
/// measure over all countries together by month, year or whole input (a `Total` or
/// `All countries` row typed as a country: review46 S8, one rule at every level). A
/// group of three rows or more matches when its largest figure
/// is half the group's sum: one row is the sum of all the others. Chance makes such
/// groups in honest files (an event of 7 in a month of 3 + 4; in the real UCDP files 0 to
/// 20% of the groups that could match do), so the input is refused when
/// - a matching row says it is a total: a short cell (8 words at most of its place, 3 of
///   its source, incident, notes or event-type columns, 8 of its actor) holds a word such as `total`,
///   `sum`, `Gesamt`, `المجموع`, or a place cell is a total of everything (`All`,
///   `Grand total`: ``KeyNotes/totalled(_:)``); or
/// - of one level (country, or `adm_1`), kind of period and measure,
///   three groups or more match with a figure of 5 or more each (small figures match by
///   chance: review39 R1), at least three in four of those that could, and their figures
///   add up to 50: a total typed for each month matches in every month; or three or more
///   adding up to 50, three in four of those from the first match's period to the last's
///   (totals typed from some month on).
/// - a row that says it is a total strongly (a place or actor cell, or a note of total and
///   period words alone) is the largest of a group it is in beside two other rows or more
///   whose sum is at most 8 times its figure (``markedFindings(_:)``): totals by quarter or
///   half-month, revised, an actor's, or dated the 1st of the next month (totals3).
/// The real files, cut by month, year, governorate and into pieces of 5 to 500 rows
/// (10,676 files), give no refusal (a prototype of the rule, docs/aggregation.md). A total in one group alone with no word saying so (a
/// one-month file with a row of its sum and no `Total`) is not found: it cannot be told
/// from an event of that size.
struct SameFileTotals {
    /// kind: 0 ISO week, 1 month, 2 year, 3 the whole input; +4 for a place (`adm_1`),
    /// +8 for all countries together (a `Total` row typed as a country: review46 S8);
    /// +12, while rows are read, for a country's rows that name no place (``rollUp()``).
    /// Its measure (the series the half rule counts in) is its label's (``labels``).
    /// Kept small (12 bytes in the table, ``GroupTable/pack(_:)``): a million rows make a
    /// hundred thousand groups per worker, and the check is paid by every input.
    struct Key: Hashable {
        var label: UInt64
        var period: Int32
        var kind: UInt8
    }
    /// Of rows above 0 (those of 0 are not noted: they add nothing and total nothing).
    /// Whether the largest row says it is a total is the top bit of its place.
    struct Group {
        var sum: Int64 = 0
        var max: Int64 = -1
        fileprivate(set) var atAndMark = Group.noPlace
        var rows: Int32 = 0
        /// No largest row yet (the place of none, unmarked).
        static let noPlace = UInt64.max >> 1
        /// The largest row's block and line (``BlockParser/PeriodSum/at``).
        var maxAt: UInt64 { atAndMark & ~(1 << 63) }
        /// Whether the largest row (or one as large) says it is a total.
        var maxMarked: Bool { atAndMark >> 63 == 1 }
        static func place(_ at: UInt64, marked: Bool) -> UInt64 { at & ~(1 << 63) | (marked ? 1 << 63 : 0) }
        mutating func merge(_ o: Group) {
            sum = sum &+ o.sum
            rows += o.rows
            if o.max > max || (o.max == max && o.maxAt < maxAt) {
                max = o.max
                atAndMark = o.atAndMark
            }
        }
    }
    /// The groups: open addressing with linear probing, hashed by one multiply. In
    /// Swift's Dictionary the check's three lookups a row (hashing by SipHash, a probe
    /// per lookup) cost more than reading the row did. A slot is 32 bytes, the key and
    /// what every row adds to; the largest row's place is kept apart (``places``),
    /// written only when a row becomes its group's largest (a few times a group): issue
    /// 9, the groups of 10M generated rows filled ~12 MB a worker with 48-byte slots,
    /// and their cache misses slowed every other table.
    struct GroupTable {
        struct Slot {
            /// The key's label; 0 an empty slot (a label is a hash with its lowest bit set, ``label(_:)``).
            var label: UInt64 = 0
            /// The key's period and kind (``pack(_:)``).
            var periodKind: UInt32 = 0
            var rows: Int32 = 0
            var sum: Int64 = 0
            var max: Int64 = -1
        }
        fileprivate(set) var slots = [Slot](repeating: Slot(), count: 16)
        /// By slot: the largest row's place (``Group/atAndMark``).
        fileprivate(set) var places = [UInt64](repeating: Group.noPlace, count: 16)
        private(set) var count = 0

        init() {}

        /// Room for `capacity` groups without growing.
        init(capacity: Int) {
            var n = 16
            while n * 3 < capacity * 4 + 4 { n *= 2 }
            slots = [Slot](repeating: Slot(), count: n)
            places = [UInt64](repeating: Group.noPlace, count: n)
        }

        /// A key's period (a week, month or year number: far inside 28 bits either side
        /// of 0) above its kind (4 bits).
        @inline(__always)
        static func pack(_ k: Key) -> UInt32 { UInt32(bitPattern: k.period) << 4 | UInt32(k.kind) }
        static func key(_ s: Slot) -> Key {
            Key(label: s.label, period: Int32(bitPattern: s.periodKind) >> 4, kind: UInt8(s.periodKind & 15))
        }

        @inline(__always)
        private func home(_ label: UInt64, _ periodKind: UInt32) -> Int {
            var h = (label ^ UInt64(periodKind)) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
            return Int(truncatingIfNeeded: h) & (slots.count - 1)
        }

        /// The slot of `k`, made (with an empty group) if new.
        @inline(__always)
        mutating func slot(_ k: Key) -> (index: Int, new: Bool) {
            if (count + 1) * 4 > slots.count * 3 { grow() }
            let pk = Self.pack(k)
            var i = home(k.label, pk)
            while true {
                let at = slots[i]
                if at.label == k.label && at.periodKind == pk { return (i, false) }
                if at.label == 0 {
                    slots[i].label = k.label
                    slots[i].periodKind = pk
                    count += 1
                    return (i, true)
                }
                i = (i + 1) & (slots.count - 1)
            }
        }

        /// A row of `best` at `at` in slot `i`, `marked` when it says it is a total. The
        /// largest row is the first read of those as large, by line (determ51: whichever
        /// worker read it, as ``Group/merge(_:)`` keeps it).
        @inline(__always)
        mutating func add(_ i: Int, _ best: Int64, at: UInt64, marked: Bool) {
            slots[i].sum = slots[i].sum &+ best
            slots[i].rows += 1
            let m = slots[i].max
            guard best > m || best == m && at < places[i] & ~(1 << 63) else { return }
            slots[i].max = best
            places[i] = Group.place(at, marked: marked)
        }

        private func group(_ i: Int) -> Group {
            let s = slots[i]
            return Group(sum: s.sum, max: s.max, atAndMark: places[i], rows: s.rows)
        }

        private mutating func set(_ i: Int, _ g: Group) {
            slots[i].sum = g.sum
            slots[i].max = g.max
            slots[i].rows = g.rows
            places[i] = g.atAndMark
        }

        subscript(k: Key) -> Group? {
            let pk = Self.pack(k)
            var i = home(k.label, pk)
            while true {
                let at = slots[i]
                if at.label == k.label && at.periodKind == pk { return group(i) }
                if at.label == 0 { return nil }
                i = (i + 1) & (slots.count - 1)
            }
        }

        func forEach(_ body: (Key, Group) -> Void) {
            for i in slots.indices where slots[i].label != 0 { body(Self.key(slots[i]), group(i)) }
        }

        mutating func merge(_ o: GroupTable) {
            o.forEach { k, g in add(k, g) }
        }

        /// `g`'s rows added to the group of `k` (made if new).
        mutating func add(_ k: Key, _ g: Group) {
            let (i, _) = slot(k)
            var mine = group(i)
            mine.merge(g)
            set(i, mine)
        }

        private mutating func grow() {
            let old = self
            slots = [Slot](repeating: Slot(), count: old.slots.count * 2)
            places = [UInt64](repeating: Group.noPlace, count: old.slots.count * 2)
            count = 0
            old.forEach { k, g in
                let (i, _) = slot(k)
                set(i, g)
            }
        }
    }

    /// A label's name, as a message says it, and its measure.
    struct Label {
        var name: String
        var series: UInt32
        /// The row it was named after: the first read (determ51: a place's label names
        /// the place as that row spells it, `Raqqa` or `Raqqa total`, whichever worker read it).
        var at: UInt64 = .max
    }
    var groups = GroupTable()
    var labels: [UInt64: Label] = [:]
    /// A row of 2 or more that says it is a total: a few in an input that has totals, none
    /// in most. Read at the end (``markedFindings(_:)``), not per row.
    struct Marked {
        var at: UInt64
        var label: UInt64
        var place: UInt64
        var day: CalendarDay
        var last: CalendarDay
        var figure: Int64
        /// Said by a place or actor cell, or a note or type cell of total and period words
        /// alone (`Total`, `monthly total`, `Total for March`), not one that says more of
        /// an event (`Total losses`: ``SameFileTotals/totalStrength(_:_:)``).
        var strong: Bool
        /// The row's measure over all countries (``worldLabel(_:)``).
        var world: UInt64
    }
    /// The first ``markedLimit`` by line (``at``) of the rows that say they are totals, and
    /// up to as many more read since the last trim (``noteMarked(_:)``).
    var markedRows: [Marked] = []
    static let markedLimit = 1 << 12
    /// Once trimmed, the last kept row's place: a row read after it is not kept.
    var markedCut = UInt64.max
    /// Set when the groups grew past ``limit``: the input is not checked.
    var tooMany = false
    /// issue 9 (stop 54): a row is put in one group of its month, year or whole input, its
    /// place's (`adm_1`) or, naming none, its country's rows without a place (kind +12);
    /// the country's and all countries' groups are made from those once, after the rows
    /// (``rollUp()``): 2 puts a row where 4 were, the country's and the measure's groups
    /// being unions of their places'. By such a group's label: its country's label and its
    /// measure's over all countries (``worldLabel(_:)``), noted with the group's first row.
    var parents: [UInt64: (country: UInt64, world: UInt64)] = [:]
    /// Set by ``rollUp()``: the country's and all countries' groups are in ``groups``.
    var rolledUp = false
    static let limit = 1 << 18

    /// The label of a measure over every country of the input: the level a total typed
    /// as a country (`Total`, `All countries`, `المجموع` in the country column) sums at,
    /// as a governorate's `Total` sums at its country's (review46 S8: such a row was
    /// added to the countries it totals, a report's cover read 30 for 15, exit 0).
    static func worldLabel(_ series: UInt32) -> UInt64 {
        var x = (UInt64(series) ^ 0x7C3B_A1E5_92D4_F06B) &* 0xD6E8_FEB8_6659_FD93
        x ^= x >> 29
        return x | 1
    }

    static func placeLabel(_ label: UInt64, _ place: UInt64) -> UInt64 {
        var x = (label ^ place) &* 0xD6E8_FEB8_6659_FD93
        x ^= x >> 29
        return x | 1
    }

    /// Adds a row of `label` (country and measure), of its measure over all countries
    /// (``worldLabel(_:)``) and, when it names one, of `place` (``placeLabel(_:_:)``) to
    /// the groups its days fit in: by ISO week (the country only: a place's weeks would be
    /// most of the groups) and by month; a row of
    /// several months by year and whole input (those of the months are worked out from
    /// the months, ``years()``). `marked` is asked of every row of 2 or more (a total of
    /// two rows above 0 is 2 or more): determ51 (review57 F5), it was asked only of a row
    /// that was the largest of a group so far in its worker, so which smaller totals were
    /// known, and taken out of a total's "other rows", went by how the blocks were shared
    /// out, and the refusal quoted 4, 5 or 6 other rows from run to run.
    ///
    /// `month`: the row's month when it is of one day (the caller keeps months by day);
    /// `mark`: ``totalStrength(_:_:)`` of the row's cells, asked by the caller of every row
    /// of 2 or more. Returns the levels (bit 0 the country's, 1 the place's, 2 all
    /// countries') whose label has no name yet, or one from a later row, for the caller to
    /// give (``name(_:_:series:at:)``): issue 9 (stop 52), the closures that worked
    /// them out here retained what they captured, ~160 instructions a row.
    @inline(__always)
    mutating func add(label: UInt64, place: UInt64, series: UInt32, day: CalendarDay, last: CalendarDay, best: Int64, at: UInt64,
                      month oneDayMonth: Int32, mark: UInt8) -> UInt8 {
        guard !tooMany else { return 0 }
        let world = Self.worldLabel(series)
        let (week, month, year) = last == day ? Self.periods(oneDay: day, month: oneDayMonth) : Self.periods(day: day, last: last)
        let isMarked = mark > 0
        var unnamed: UInt8 = 0
        if let week, put(Key(label: label, period: week, kind: 0), best, at, isMarked) { unnamed |= unnamedBits(label, 0, at) }
        // The row's own group of its month (or year and whole input): its place's, or its
        // country's rows without one; the country's and all countries' are made from them
        // (``rollUp()``). A new one names its labels (the country's and the measure's too:
        // their first row in a worker makes a new group here).
        let own = place != 0 ? place : label
        if level(own, place != 0 ? 4 : 12, month: month, year: year, best, at, isMarked) {
            // The country's and the measure's names are the same whichever row gives them:
            // asked once, with the worker's first row of the group's label.
            if parents[own] == nil {
                parents[own] = (label, world)
                unnamed |= unnamedBits(label, 0, at) | unnamedBits(world, 8, at)
            }
            if place != 0 { unnamed |= unnamedBits(place, 4, at) }
        }
        if isMarked { noteMarked(Marked(at: at, label: label, place: place, day: day, last: last, figure: best, strong: mark > 1, world: world)) }
        if groups.count > Self.limit { self = SameFileTotals(tooMany: true); return 0 }
        return unnamed
    }

    /// Names the label of `level` (0 the country's, 4 the place's, 8 all countries') that
    /// ``add(label:place:series:day:last:best:at:month:mark:)`` said has none, after the
    /// row at `at` (the first read keeps it: a worker may read a later block first only
    /// across inputs; merge keeps the earliest too).
    mutating func name(_ label: UInt64, _ name: String, series: UInt32, at: UInt64) {
        if labels[label].map({ at < $0.at }) ?? true { labels[label] = Label(name: name, series: series, at: at) }
    }

    /// The bit of ``add(label:place:series:day:last:best:at:month:mark:)``'s answer for a level.
    @inline(__always)
    static func unnamedBit(_ level: UInt8) -> UInt8 { level == 0 ? 1 : level == 4 ? 2 : 4 }

    /// Keeps a row that says it is a total if it is among the first ``markedLimit`` by
    /// line of those noted (determ51: the first kept in read order, then in merge order,
    /// were whichever rows a worker met first).
    mutating func noteMarked(_ m: Marked) {
        guard m.at < markedCut else { return }
        markedRows.append(m)
        if markedRows.count >= 2 * Self.markedLimit { trimMarked() }
    }

    /// The first ``markedLimit`` of ``markedRows`` by line, in that order.
    mutating func trimMarked() {
        guard markedRows.count > Self.markedLimit else { return }
        markedRows.sort { $0.at < $1.at }
        markedRows.removeSubrange(Self.markedLimit...)
        markedCut = markedRows[Self.markedLimit - 1].at
    }

    /// Adds the row to `lab`'s groups of its month, or its year and whole input; whether
    /// one is new.
    @inline(__always)
    private mutating func level(_ lab: UInt64, _ base: UInt8, month: Int32?, year: Int32?, _ best: Int64, _ at: UInt64,
                                _ marked: Bool) -> Bool {
        if let month {
            return put(Key(label: lab, period: month, kind: 1 + base), best, at, marked)
        }
        var new = false
        if let year { new = put(Key(label: lab, period: year, kind: 2 + base), best, at, marked) }
        return put(Key(label: lab, period: 0, kind: 3 + base), best, at, marked) || new
    }

    /// Adds the row to its group of `k`; whether the group is new.
    @inline(__always)
    private mutating func put(_ k: Key, _ best: Int64, _ at: UInt64, _ marked: Bool) -> Bool {
        let (i, new) = groups.slot(k)
        groups.add(i, best, at: at, marked: marked)
        return new
    }

    /// The bit of `level` (``unnamedBit(_:)``) when `label` has no name from an earlier row
    /// than `at`, asked when a row makes a new group.
    @inline(__always)
    private func unnamedBits(_ label: UInt64, _ level: UInt8, _ at: UInt64) -> UInt8 {
        labels[label].map({ at < $0.at }) ?? true ? Self.unnamedBit(level) : 0
    }

    /// issue 9 (stop 54): the country's and all countries' groups of months, years and
    /// whole inputs, made from the groups the rows were put in (a place's, or a country's
    /// rows without one, kind +12, which are then dropped): the same sums, rows and largest
    /// row as when each row was put in them (``Group/merge(_:)`` keeps the largest row as
    /// ``GroupTable/add(_:_:at:marked:)`` does, the first by line of those as large).
    /// Once, after the workers' tables are merged, before ``finding()``; an input whose
    /// groups then pass ``limit`` is not checked, as when they passed it while read.
    mutating func rollUp() {
        guard !tooMany, !rolledUp else { return }
        rolledUp = true
        // Sized for every group at once: grown while filled in the old table's order, the
        // groups of one home stay side by side and each probe walks their run (a first
        // try, filled from 16 slots, cost 87 M instructions over 1M rows).
        var table = GroupTable(capacity: groups.count * 2)
        groups.forEach { k, g in
            let base = k.kind & 12
            if base == 4 || base == 12, let p = parents[k.label] {
                table.add(Key(label: p.country, period: k.period, kind: k.kind & 3), g)
                table.add(Key(label: p.world, period: k.period, kind: 8 + (k.kind & 3)), g)
            }
            if base != 12 { table.add(k, g) }
        }
        groups = table
        parents = [:]
        if groups.count > Self.limit { self = SameFileTotals(tooMany: true) }
    }

    /// The months' rows in their years and whole input, to be read beside ``groups``
    /// (whose own year and whole-input groups hold the rows of several months): a
    /// separate table, so the check makes no copy of the groups.
    func years() -> [Key: Group] {
        var out: [Key: Group] = [:]
        groups.forEach { k, g in
            guard k.kind & 3 == 1 else { return }
            for (period, kind) in [(k.period / 12, k.kind + 1), (0, k.kind + 2)] {
                let key = Key(label: k.label, period: period, kind: kind)
                if out[key] == nil, let own = groups[key] { out[key] = own }
                out[key, default: Group()].merge(g)
            }
        }
        return out
    }

    mutating func merge(_ o: SameFileTotals) {
        tooMany = tooMany || o.tooMany
        guard !tooMany else { self = SameFileTotals(tooMany: true); return }
        // The larger table takes in the smaller (a worker's table is the whole input's
        // groups again: copying one into an empty table held three at once).
        if o.groups.count > groups.count {
            var big = o
            big.groups.merge(groups)
            big.labels.merge(labels) { a, b in a.at <= b.at ? a : b }
            big.parents.merge(parents) { a, _ in a }
            big.markedRows += markedRows
            big.markedCut = min(big.markedCut, markedCut)
            big.trimMarked()
            self = big
        } else {
            groups.merge(o.groups)
            labels.merge(o.labels) { a, b in a.at <= b.at ? a : b }
            parents.merge(o.parents) { a, _ in a }
            markedRows += o.markedRows
            markedCut = min(markedCut, o.markedCut)
            trimMarked()
        }
        if groups.count > Self.limit { self = SameFileTotals(tooMany: true) }
    }

    struct Finding: Equatable {
        var name: String
        var kind: UInt8
        var period: Int32
        var figure: Int64
        /// The other rows of its group above 0.
        var others: Int32
        var at: UInt64
        var marked: Bool
        /// Groups of its level and kind that match, and that could.
        var matches: Int
        var candidates: Int
        /// Found by ``markedFindings(_:)``: the sum of the other rows (not those that say
        /// they are totals) of its group, which its figure need not equal.
        var othersSum: Int64? = nil

        /// The group's days, as a message says them.
        var periodText: String {
            switch kind & 3 {
            case 0:
                let monday = CalendarDay(daysSinceEpoch: period * 7 - 3)
                return "in the week \(monday) to \(monday.adding(days: 6))"
            case 1:
                guard let first = CalendarDay(year: Int(period) / 12, month: Int(period) % 12 + 1, day: 1) else { return "in a month" }
                return "from \(first) to \(DatePrecision.month.span(of: first).last)"
            case 2: return "in \(period)"
            default: return "in the whole input"
            }
        }
        var kindName: String { ["weeks", "months", "years", "inputs"][Int(kind & 3)] }
    }

    /// The first row (by line) that is the sum of its group's others by the rule above.
    /// Per level, kind of period and measure (a series): a marked match alone; or two
    /// matches or more, at least half of the series' groups that could match, with
    /// figures of 50 or more or four matches; or, figures of 50 or more, half of those
    /// from the first match's period to the last's (totals typed from some month on).
    /// After ``rollUp()``.
    func finding() -> Finding? {
        guard !tooMany else { return nil }
        precondition(rolledUp, "SameFileTotals.finding() before rollUp()")
        let extra = years()
        /// Every group that could match, once: a year's or whole input's from `extra`
        /// when its months hold rows. Passed over, not copied (review39's cost note).
        func eachCandidate(_ body: (Key, Group, UInt32) -> Void) {
            func one(_ k: Key, _ g: Group) {
                guard g.rows >= 3, let l = labels[k.label] else { return }
                body(k, g, l.series)
            }
            groups.forEach { k, g in if k.kind & 3 < 2 || extra[k] == nil { one(k, g) } }
            for (k, g) in extra { one(k, g) }
        }
        struct Series: Hashable { var kind: UInt8; var series: UInt32 }
        var candidates: [Series: Int] = [:]
        var matches: [Series: [(key: Key, group: Group)]] = [:]
        eachCandidate { k, g, series in
            let s = Series(kind: k.kind, series: series)
            candidates[s, default: 0] += 1
            if g.max > 0 && g.max &* 2 == g.sum { matches[s, default: []].append((k, g)) }
        }
        // Candidates from the first match's period to the last's, per series that needs them.
        var ranges: [Series: (lo: Int32, hi: Int32, count: Int)] = [:]
        for (s, ms) in matches {
            let big = ms.filter { $0.group.max >= 5 }
            if big.count >= 3 { ranges[s] = (big.map(\.key.period).min()!, big.map(\.key.period).max()!, 0) }
        }
        if !ranges.isEmpty {
            eachCandidate { k, _, series in
                let s = Series(kind: k.kind, series: series)
                if let r = ranges[s], k.period >= r.lo && k.period <= r.hi { ranges[s]!.count += 1 }
            }
        }
        var found: [Finding] = []
        for (s, ms) in matches {
            let all = candidates[s] ?? 0
            func finding(_ x: (key: Key, group: Group), _ c: Int) -> Finding {
                Finding(name: labels[x.key.label]?.name ?? "", kind: x.key.kind, period: x.key.period, figure: x.group.max, others: x.group.rows - 1,
                        at: x.group.maxAt, marked: x.group.maxMarked, matches: max(1, ms.filter { $0.group.max >= 5 }.count), candidates: c)
            }
            for x in ms where x.group.maxMarked { found.append(finding(x, all)) }
            // Unmarked, a match is evidence only with a figure of 5 or more: with small
            // figures one event equal to the others' sum is common by chance (three events
            // a week of 1 to 3 killed matched in 4 of 8 weeks, and 6 of 15 such 26-week
            // files were refused, review39 R1), and the sums need 50 or more.
            let big = ms.filter { $0.group.max >= 5 }
            let m = big.count
            guard m >= 3, let inRange = ranges[s]?.count else { continue }
            let figures = big.reduce(Int64(0)) { $0 &+ $1.group.max }
            // Three matches or more, three in four of the groups that could: a total typed
            // for each period matches in nearly every one, and two of four weeks matched by
            // chance in a generated file of events (CI, IngestTests seed 3).
            if m * 4 >= all * 3 && figures >= 50 {
                for x in big { found.append(finding(x, all)) }
            } else if m * 4 >= inRange * 3 && figures >= 50 {
                for x in big { found.append(finding(x, inRange)) }
            }
        }
        found += markedFindings(extra)
        // Ties broken to the end (determ51): a match's finding before a marked row's of the
        // same group (as it came first), then by kind and period.
        return found.min { ($0.at, $0.kind & 3, $0.name, $0.othersSum == nil ? 0 : 1, $0.kind, $0.period)
            < ($1.at, $1.kind & 3, $1.name, $1.othersSum == nil ? 0 : 1, $1.kind, $1.period) }
    }

    /// The groups a row of `label` (and `place`) from `day` to `last` is in: its ISO week
    /// (the country's), month, year and the whole input, those its days fit in.
    static func keys(label: UInt64, place: UInt64, world: UInt64, day: CalendarDay, last: CalendarDay) -> [Key] {
        let (week, month, year) = periods(day: day, last: last)
        var out: [Key] = []
        if let week { out.append(Key(label: label, period: week, kind: 0)) }
        var levels: [(lab: UInt64, base: UInt8)] = [(lab: label, base: UInt8(0))]
        if place != 0 { levels.append((lab: place, base: UInt8(4))) }
        levels.append((lab: world, base: UInt8(8)))
        for (lab, base) in levels {
            if let month { out.append(Key(label: lab, period: month, kind: 1 + base)) }
            if let year { out.append(Key(label: lab, period: year, kind: 2 + base)) }
            out.append(Key(label: lab, period: 0, kind: 3 + base))
        }
        return out
    }

    /// ``periods(day:last:)`` of a row of one day whose month (`year * 12 + month - 1`)
    /// the caller knows (issue 9: ``BlockParser`` keeps it by day, the calendar
    /// conversion was ~55 instructions a row).
    @inline(__always)
    static func periods(oneDay day: CalendarDay, month: Int32) -> (week: Int32?, month: Int32?, year: Int32?) {
        let d = Int64(day.daysSinceEpoch)
        let week = (d + 3 - ((d + 3) % 7 + 7) % 7) / 7
        return (Int32(truncatingIfNeeded: week), month, month / 12)
    }

    /// The ISO week (Monday-based days since the epoch / 7), month (`year * 12 + month - 1`)
    /// and year that a row's days fit in, nil where they run past it: what ``add`` notes
    /// and ``keys(label:place:world:day:last:)`` lists.
    @inline(__always)
    static func periods(day: CalendarDay, last: CalendarDay) -> (week: Int32?, month: Int32?, year: Int32?) {
        let (y, mo, _) = day.components
        let d = Int64(day.daysSinceEpoch), l = Int64(last.daysSinceEpoch)
        let week = (d + 3 - ((d + 3) % 7 + 7) % 7) / 7
        // A row of one day (most rows) is in its week, month and year: no more calendar
        // arithmetic (issue 9: two more conversions a row were 3% of reading 1M rows).
        if l == d { return (Int32(truncatingIfNeeded: week), Int32(y * 12 + mo - 1), Int32(y)) }
        return (l + 3 < (week + 1) * 7 ? Int32(truncatingIfNeeded: week) : nil,
                last <= DatePrecision.month.span(of: day).last ? Int32(y * 12 + mo - 1) : nil,
                last.components.year == y ? Int32(y) : nil)
    }

    /// Rows that say they are totals whose figures are not the sum of their group's
    /// others (review39 S1-S4, totals3): a `Total` row by quarter or half-month (its span
    /// no group's), one revised by a few, an actor's subtotal (`<actor> (total)`: groups
    /// are never by actor), a month's total dated the 1st of the next. Such a row is the
    /// largest of a group it is in (its week, month, year, the whole input, of its country
    /// or of the place it names; ties count), beside two other rows above 0 or more (not rows
    /// that say they are totals; or one, whose figure it is), and its figure is an eighth of
    /// their sum or more: it is of the order
    /// of the sums it stands for, not of one event among them. Said by a place or actor
    /// cell, or a note or type cell of total and period words alone (`Total`, `Q1 total`,
    /// `Total for March`); a note that says more (`Total losses`, `total dead`) may describe
    /// an event and is read so unless its figure is the others' exact sum (``finding()``).
    func markedFindings(_ extra: [Key: Group]) -> [Finding] {
        // The first ``markedLimit`` by line (determ51: whatever the read order).
        let markedRows = markedRows.count > Self.markedLimit ? Array(markedRows.sorted { $0.at < $1.at }.prefix(Self.markedLimit)) : markedRows
        guard markedRows.contains(where: \.strong) else { return [] }
        var markedIn: [Key: (rows: Int32, sum: Int64)] = [:]
        for m in markedRows {
            for k in Self.keys(label: m.label, place: m.place, world: m.world, day: m.day, last: m.last) {
                markedIn[k, default: (0, 0)].rows += 1
                markedIn[k, default: (0, 0)].sum &+= m.figure
            }
        }
        var out: [Finding] = []
        for m in markedRows where m.strong {
            // The month first (a message names it more plainly than the week), then the
            // week, the year and the whole input.
            let order: [UInt8] = [1, 0, 2, 3]
            for k in Self.keys(label: m.label, place: m.place, world: m.world, day: m.day, last: m.last).sorted(by: { order.firstIndex(of: $0.kind & 3)! < order.firstIndex(of: $1.kind & 3)! }) {
                // The largest, or as large as it (a total read after the one event it totals).
                guard let g = extra[k] ?? groups[k], g.max == m.figure, let label = labels[k.label] else { continue }
                let mk = markedIn[k] ?? (0, 0)
                let others = g.rows - mk.rows, sum = g.sum &- mk.sum
                // Beside one other row above 0 only when it is that row's figure: a month's
                // `Total` of its one event with victims among events of 0 (review40 S1).
                guard sum > 0, others >= 2 && m.figure &* 8 >= sum || others == 1 && m.figure == sum else { continue }
                out.append(Finding(name: label.name, kind: k.kind, period: k.period, figure: m.figure, others: others, at: m.at, marked: true,
                                   matches: 1, candidates: 1, othersSum: sum))
                break
            }
        }
        return out
    }

    /// Words that say a row is a total, in a short cell (``isTotalText(_:)``; TallyCore's
    /// ``TotalWords/inACell``: a sum, in more languages than a place's name).
    static let totalWords: Set<String> = TotalWords.inACell

    /// Lower-case pieces of ASCII one of which every ASCII word of ``totalWords`` and
    /// ``KeyNotes/totalMarkers`` holds (`tot`, `sum`, `all`, …), from those lists.
    static let asciiNeedles: [[UInt8]] = {
        let words = (totalWords.union(KeyNotes.totalMarkers)).filter { $0.utf8.allSatisfy { $0 < 0x80 } }.sorted { ($0.count, $0) < ($1.count, $1) }
        var kept: [String] = []
        for w in words where !kept.contains(where: { w.contains($0) }) { kept.append(w) }
        return kept.map { Array($0.utf8) }
    }()

    /// False when `isTotalText` cannot be true of these bytes: all ASCII (which folds by
    /// lower case alone, ``PlaceFolding/key(_:)``) and none of ``asciiNeedles`` in them.
    /// Lets the per-row check pass over most cells without making a String.
    static func mayHoldTotalWord(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        for j in 0..<n where p[j] >= 0x80 { return true }
        @inline(__always) func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
        let needles = asciiNeedles, starts = needleStarts
        for j in 0..<n where starts[Int(lower(p[j]))] {
            next: for needle in needles where needle[0] == lower(p[j]) && j + needle.count <= n {
                for k in 1..<needle.count where lower(p[j + k]) != needle[k] { continue next }
                return true
            }
        }
        return false
    }

    /// The bytes that begin one of ``asciiNeedles``.
    private static let needleStarts: [Bool] = {
        var out = [Bool](repeating: false, count: 128)
        for n in asciiNeedles { out[Int(n[0])] = true }
        return out
    }()

    /// Whether a cell says its row is a total: at most 8 words, one of them
    /// ``totalWords`` (`Total`, `monthly total`, `Syria total`, `Raqqa (gesamt)`); or, a
    /// place cell, a total of everything (`All`, `Grand total`, `All areas`).
    static func isTotalText(_ s: String, place: Bool) -> Bool {
        totalStrength(s, place ? .place : .text) > 0
    }

    enum Cell { case place, actor, text }

    /// How a cell says its row is a total: 0 not; 2 a place (``isTotalText(_:place:)``),
    /// an actor of at most 8 words with a word of ``totalWords`` (`Government of Syria
    /// (total)`), or a note or type cell of at most 3 words all of ``totalWords`` and
    /// ``periodWords`` (`Total`, `Monthly total`, `Total for March`, `Q1 2023 total`); 1 a
    /// note or type cell of at most 3 words one of them ``totalWords`` (`Total losses`,
    /// `total dead`), which may describe an event.
    static func totalStrength(_ s: String, _ cell: Cell) -> UInt8 {
        let ws = KeyNotes.words(s)
        // A note or type cell says so in three words at most (`Total`, `Monthly total`,
        // `Total for March`): `5 killed in total`, `total toll after hospital update` or
        // `Total: 5 soldiers killed` describe an event, and beside a chance match refused
        // an honest row (review39 R2).
        guard !ws.isEmpty, ws.count <= (cell == .text ? 3 : 8) else { return 0 }
        if ws.contains(where: totalWords.contains) {
            guard cell == .text else { return 2 }
            return ws.allSatisfy { totalWords.contains($0) || periodWords.contains($0) || $0.allSatisfy(\.isNumber)
                || ($0.count <= 3 && ($0.first == "q" || $0.first == "h" || $0.first == "w") && $0.dropFirst().allSatisfy(\.isNumber)) } ? 2 : 1
        }
        return cell == .place && KeyNotes.totalled(s) == "" ? 2 : 0
    }

    /// Words beside ``totalWords`` in a note that says nothing but that its row is a total
    /// of a period (`monthly total`, `Total for March`, `grand total`).
    static let periodWords: Set<String> = ["monthly", "weekly", "daily", "yearly", "annual", "quarterly", "month", "week", "year", "quarter",
                                           "day", "period", "grand", "overall", "cumulative", "running", "sub", "for", "of", "the", "in", "per",
                                           "all", "events", "incidents", "rows", "january", "february", "march", "april", "may", "june", "july",
                                           "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
                                           "aug", "sep", "sept", "oct", "nov", "dec", "halbjahr", "monat", "woche", "jahr", "mois", "semaine",
                                           "annee", "année", "شهر", "الشهر", "الشهري", "الأسبوع", "السنة"]

    /// For a place written as a total (`Raqqa total`, `Raqqa (gesamt)`, `Total Raqqa`):
    /// the name it totals (`Raqqa`), or "" for a total of everything (`Total`, `All`);
    /// nil for any other name. ``KeyNotes/totalled(_:)``'s rule, with ``totalWords`` too.
    static func totalled(_ name: String) -> String? {
        if let t = KeyNotes.totalled(name) { return t }
        let ws = KeyNotes.words(name)
        guard ws.contains(where: totalWords.contains) else { return nil }
        return ws.filter { !totalWords.contains($0) && !KeyNotes.totalMarkers.contains($0) && !KeyNotes.besideMarkers.contains($0)
            && !LoosePlace.areaWords.contains($0) }.joined(separator: " ")
    }

    /// Columns whose short cells may say a row is a total, by their names: notes and
    /// event types (a spreadsheet's `type` column: `event`, `monthly total`).
    static let textColumnNames: Set<String> = ["notes", "note", "comment", "comments", "remarks", "remark", "description", "type",
                                               "event_type", "sub_event_type", "category", "label", "row_type", "kind", "disorder_type"]

    static func textColumns(_ layout: RowLayout) -> [(index: Int, cell: Cell)] {
        var out: [(index: Int, cell: Cell)] = []
        if layout.actor >= 0 { out.append((layout.actor, .actor)) }
        for (i, n) in layout.names.enumerated() where textColumnNames.contains(n.trimmingSpaces.lowercased()) && i != layout.actor { out.append((i, .text)) }
        for i in [layout.source, layout.incident] where i >= 0 && !out.contains(where: { $0.index == i }) { out.append((i, .text)) }
        return out
    }

    /// The refusal. `line`: where the row is (`f.csv:120`), if known.
    static func message(_ f: Finding, input: String, line: String?) -> String {
        let at = line.map { " (\($0))" } ?? ""
        let why = f.marked ? "and says it is a total" : "as are those of \(f.matches) of the \(f.candidates) \(f.kindName) that could be (too many for chance)"
        let what = f.othersSum.map {
            f.others == 1
            ? "says it is a total and is the figure of the one other row above 0 of \(f.name) \(f.periodText) (\(Estimate.grouped($0))): "
                + "it totals that row"
            : "says it is a total and is the largest of the \(Estimate.grouped(Int64(f.others))) other rows above 0 of \(f.name) \(f.periodText) "
                + "(\(Estimate.grouped($0)) together), a figure of the order of their sums, not of one event among them"
        } ?? "is the sum of the \(Estimate.grouped(Int64(f.others))) other rows above 0 of \(f.name) \(f.periodText) (\(Estimate.grouped(f.figure))), \(why)"
        return "\(input) holds totals typed among its events: the row of \(f.name)\(at) with \(Estimate.grouped(f.figure)) \(what); read as an event, "
            + "a total row (a \"Total\" row under each month, a country or governorate row that sums the rows beside it) counts every event "
            + "it sums twice, whatever --by says; remove the total rows and keep the events (or give the events in one file and the totals "
            + "in none); if that row is an event of its own \(f.othersSum == nil ? "whose figure equals the others' sum by chance" : "that its cells call a total"), "
            + "give --overlap both (every row counted as written)"
    }
}
