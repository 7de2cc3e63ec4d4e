import TallyCore

/// What to do with two inputs that hold the same rows on the dates they share (two
/// exports of one source that overlap: Jan–Mar and Mar–May): `--overlap`.
public enum OverlapRule: String, Sendable, CaseIterable {
    /// Refused (exit 65), naming both files, the dates and the rows (the default).
    case refuse
    /// Rows of a file on a day (of a country) that a file given later also covers are
    /// left out, unless the id rule can match them: the later export wins, as a later
    /// file's figures replace an id's.
    case later
    /// Both files are counted whole (two sources whose records happen to be alike),
    /// and the shared rows are said on standard error, as before.
    case both
}

/// One input's rows by country and day: per row, its country and day and two 32-bit
/// prints of its record key (``BlockParser``'s row key), so two inputs' rows on a day
/// can be compared row by row (review19 A1: a re-export that corrected one row a day
/// had no day wholly alike and was read doubled). Kept only when several inputs are
/// read; a key packs 40 bits of the country's hash and the day.
///
/// The prints: `core` of the row's dates, best figure, events, measure, country and adm_1
/// (every export has those), `full` of every column of the record key. Two inputs
/// with the same columns are compared on `full`; otherwise on `core`, the columns both
/// have (an export and its re-export with an `adm_2` column added). A **zero row** (its
/// figures 0, naming nothing but its country: no adm_1, adm_2, actor, source, incident
/// or `--by` value, as a monitor's daily country total on a quiet day) has prints 0:
/// it records no event, so it neither shows an overlap nor counts toward one (review19
/// A3), though it still spans its day.
struct DayTable {
    struct Row {
        var key: UInt64
        var core: UInt32
        var full: UInt32
    }

    /// While an input is read: a worker's rows, as they come, in fixed chunks by the top
    /// bits of their key (``RowChunks``): no array grown by doubling (a copy, and up to
    /// twice the room), and ``finished(_:)`` sorts one bucket at a time.
    private var store: RowChunks?
    /// Once finished (``finished(_:)``): the days with rows (keys, sorted), where each
    /// day's prints start (one more entry: the end), and the prints, `core << 32 | full`
    /// (0: a zero row). 8 bytes a row and 12 a country-day.
    private(set) var days: [UInt64] = []
    private(set) var starts: [UInt32] = []
    private(set) var prints: [UInt64] = []
    /// The countries' names, by the 40 bits of their hash in a key (to name them).
    private(set) var names: [UInt64: String] = [:]
    /// Per country: the first and last day.
    private(set) var ranges: [UInt64: (first: Int32, last: Int32)] = [:]
    /// Which columns beyond the core the rows' inputs have (``BlockParser``): inputs
    /// with other columns are compared on `core`.
    var columns: UInt32 = 0
    /// Rows that are not zero rows.
    private(set) var counted = 0

    static func key(country: UInt64, day: Int32) -> UInt64 {
        (country & ~0xFF_FFFF) | UInt64(UInt32(bitPattern: day &+ (1 << 23)) & 0xFF_FFFF)
    }

    static func country(_ key: UInt64) -> UInt64 { key & ~0xFF_FFFF }
    static func day(_ key: UInt64) -> Int32 { Int32(truncatingIfNeeded: key & 0xFF_FFFF) &- (1 << 23) }

    /// A print of a record key: never 0 (0 marks a zero row); bit 1 says whether the
    /// row names a place (``OverlapFinding/isContained``); bits 2 and 3 whether its
    /// adm_1 and adm_2 were written with an area word (``LoosePlace``), compared only
    /// when a file of the pair writes a place both ways (``areaWordMask``).
    @inline(__always)
    static func print(_ h: UInt64, place: Bool, areaWords: UInt32 = 0) -> UInt32 {
        UInt32(truncatingIfNeeded: ContentHash.mixes(h).0 >> 32) & ~0xF | areaWords << 2 | (place ? 3 : 1)
    }

    /// The bits of the prints compared: all, or (`looseAreas`) all but the area words'.
    static func areaWordMask(looseAreas: Bool) -> UInt32 { looseAreas ? ~0xC : ~0 }

    /// The input's place spellings by loose name (``PlaceSpelling``), set once read.
    var spellings: [UInt64: PlaceSpelling] = [:] {
        didSet { writesBothWays = spellings.values.contains { $0.isSplit } }
    }
    /// Whether the input writes some place both with an area word and without
    /// (`Kyiv`, `Kyiv Oblast`): then, against any input, the two are two places.
    private(set) var writesBothWays = false

    var isEmpty: Bool { prints.isEmpty && (store?.count ?? 0) == 0 }

    /// Adds a row (prints 0 and 0 for a zero row); `name` is asked only for a country
    /// not seen yet.
    @inline(__always)
    mutating func add(_ key: UInt64, core: UInt32, full: UInt32, name: () -> String) {
        if store == nil { store = RowChunks() }
        store!.append(Row(key: key, core: core, full: full))
        let c = DayTable.country(key)
        if names[c] == nil { names[c] = name() }
    }

    /// The input's table from its workers' parts (which are emptied), a bucket at a time:
    /// each bucket's rows (every worker's) gathered, their chunks freed, sorted by day,
    /// and appended to the compact form. The buckets are ranges of keys in order, so
    /// the days come sorted; the rows are never held twice (only one bucket is).
    static func finished(_ parts: inout [DayTable]) -> DayTable {
        var t = DayTable()
        var stores: [RowChunks] = []
        for i in parts.indices {
            t.columns |= parts[i].columns
            for (c, n) in parts[i].names where t.names[c] == nil { t.names[c] = n }
            if let s = parts[i].store { stores.append(s) }
            parts[i] = DayTable()
        }
        t.prints.reserveCapacity(stores.reduce(0) { $0 + $1.count })
        var last: UInt64? = nil
        var rows: [Row] = []
        for b in 0 ..< RowChunks.buckets {
            rows.removeAll(keepingCapacity: false)
            rows.reserveCapacity(stores.reduce(0) { $0 + $1.count(bucket: b) })
            for s in stores { s.drain(bucket: b, into: &rows) }
            rows.sort { $0.key < $1.key }
            for r in rows {
                if r.key != last {
                    t.days.append(r.key)
                    t.starts.append(UInt32(t.prints.count))
                    let c = DayTable.country(r.key), d = DayTable.day(r.key)
                    if let g = t.ranges[c] { t.ranges[c] = (min(g.first, d), max(g.last, d)) } else { t.ranges[c] = (d, d) }
                    last = r.key
                }
                t.prints.append(UInt64(r.core) << 32 | UInt64(r.full))
                if r.core != 0 { t.counted += 1 }
            }
        }
        t.starts.append(UInt32(t.prints.count))
        return t
    }

    /// Whether a file's rows of `country` reach `day` (between its first and last day).
    func covers(country: UInt64, day: Int32) -> Bool {
        guard let r = ranges[country] else { return false }
        return r.first <= day && day <= r.last
    }

    /// This table's rows (not zero rows) on days that `other` covers: those
    /// `--overlap later` leaves out by it.
    func rowsCovered(by other: DayTable) -> Int {
        var n = 0
        for (i, k) in days.enumerated() where other.covers(country: DayTable.country(k), day: DayTable.day(k)) {
            for j in Int(starts[i]) ..< Int(starts[i + 1]) where prints[j] != 0 { n += 1 }
        }
        return n
    }

    /// The prints of day `i` that are not zero rows, `full` or `core`, into `into`,
    /// their bits in `mask` (``areaWordMask(looseAreas:)``).
    @inline(__always)
    func dayPrints(_ i: Int, full: Bool, mask: UInt32 = ~0, into: inout [UInt32]) {
        for j in Int(starts[i]) ..< Int(starts[i + 1]) where prints[j] != 0 {
            into.append(UInt32(truncatingIfNeeded: full ? prints[j] : prints[j] >> 32) & mask)
        }
    }
}

/// A worker's day-table rows while an input is read: chunks of 4,096 rows (64 KiB),
/// one list per bucket of keys (their top 4 bits: the country's hash), taken as rows
/// come and freed as ``DayTable/finished(_:)`` drains a bucket. A bucket's rows hold
/// keys of one range, so sorting bucket after bucket sorts them all.
final class RowChunks {
    static let buckets = 16
    static let chunkRows = 1 << 12
    @exclusivity(unchecked) private var chunks: [[UnsafeMutablePointer<DayTable.Row>]] = Array(repeating: [], count: RowChunks.buckets)
    /// Rows in each bucket's last chunk.
    @exclusivity(unchecked) private var fill = [Int](repeating: RowChunks.chunkRows, count: RowChunks.buckets)
    @exclusivity(unchecked) private(set) var count = 0

    deinit {
        for list in chunks { for c in list { c.deallocate() } }
    }

    @inline(__always)
    func append(_ r: DayTable.Row) {
        let b = Int(truncatingIfNeeded: r.key >> 60)
        if fill[b] == RowChunks.chunkRows {
            chunks[b].append(.allocate(capacity: RowChunks.chunkRows))
            fill[b] = 0
        }
        chunks[b][chunks[b].count - 1][fill[b]] = r
        fill[b] += 1
        count += 1
    }

    func count(bucket b: Int) -> Int {
        chunks[b].isEmpty ? 0 : (chunks[b].count - 1) * RowChunks.chunkRows + fill[b]
    }

    /// Appends bucket `b`'s rows to `into` and frees their chunks.
    func drain(bucket b: Int, into: inout [DayTable.Row]) {
        for (i, c) in chunks[b].enumerated() {
            into.append(contentsOf: UnsafeBufferPointer(start: c, count: i == chunks[b].count - 1 ? fill[b] : RowChunks.chunkRows))
            c.deallocate()
        }
        count -= count(bucket: b)
        chunks[b] = []
        fill[b] = RowChunks.chunkRows
    }
}

/// How two inputs' rows compare on the dates they share: per country, the days from
/// the later of their first days to the earlier of their last days (the window).
/// Rows are compared row by row, zero rows left out (``DayTable``).
struct OverlapFinding {
    /// Rows alike in both (as many times in each), and days on which every row is.
    var alikeRows = 0, alikeDays = 0
    /// Rows of each in the windows.
    var rowsA = 0, rowsB = 0
    /// The windows' first and last day, over countries.
    var first = Int32.max, last = Int32.min
    var countries: [String] = []
    /// Days (with rows in either) that differ, the first few by day: country, day,
    /// rows in A and in B; and how many.
    var differing: [(country: String, day: Int32, a: Int, b: Int)] = []
    var differingDays = 0
    /// Whether every row of A (of B) is in the windows.
    var wholeA = false, wholeB = false
    /// Whether the inputs have other columns, so were compared on those both have.
    var onCommonColumns = false
    /// On the days of the windows both have rows on (zero rows left out): how many,
    /// each side's rows that name a place (an adm_1, adm_2, actor, source, incident or
    /// `--by` value), and those alike.
    var bothDays = 0, placeA = 0, placeB = 0, placeAlike = 0

    /// The spellings of one place the rows are alike by only when taken for one place
    /// (`Kyiv Oblast` in the file given first, `Kyiv` in the other; ``LoosePlace``).
    var areaWordPair: (a: String, b: String)?

    /// Compares `a` and `b` (both ``DayTable/finished(_:)``); nil when no row of theirs
    /// is alike in the windows. A place written with an area word and without (`Aleppo
    /// Governorate`, `Aleppo`) is one place unless either file writes both (`Kyiv`,
    /// `Kyiv Oblast`: two first-level units of Ukraine); `strict` compares area words
    /// whatever the files write.
    static func compare(_ a: DayTable, _ b: DayTable, strict: Bool = false) -> OverlapFinding? {
        let looseAreas = !strict && !a.writesBothWays && !b.writesBothWays
        let mask = DayTable.areaWordMask(looseAreas: looseAreas)
        var windows: [UInt64: (Int32, Int32)] = [:]
        for (c, r) in a.ranges {
            guard let s = b.ranges[c] else { continue }
            let w = (max(r.first, s.first), min(r.last, s.last))
            if w.0 <= w.1 { windows[c] = w }
        }
        guard !windows.isEmpty else { return nil }
        var f = OverlapFinding()
        f.onCommonColumns = a.columns != b.columns
        let full = !f.onCommonColumns
        var differing: [(UInt64, Int32, Int, Int)] = []
        var x: [UInt32] = [], y: [UInt32] = []
        var i = 0, j = 0
        // Both tables' days are sorted by key (country, then day): walk them together.
        while i < a.days.count || j < b.days.count {
            let k = i < a.days.count && (j >= b.days.count || a.days[i] <= b.days[j]) ? a.days[i] : b.days[j]
            x.removeAll(keepingCapacity: true); y.removeAll(keepingCapacity: true)
            if i < a.days.count, a.days[i] == k { a.dayPrints(i, full: full, mask: mask, into: &x); i += 1 }
            if j < b.days.count, b.days[j] == k { b.dayPrints(j, full: full, mask: mask, into: &y); j += 1 }
            let c = DayTable.country(k), d = DayTable.day(k)
            guard let w = windows[c], w.0 <= d, d <= w.1, !(x.isEmpty && y.isEmpty) else { continue }
            x.sort(); y.sort()
            var alike = 0, p = 0, q = 0
            while p < x.count && q < y.count {
                if x[p] == y[q] { alike += 1; p += 1; q += 1 } else if x[p] < y[q] { p += 1 } else { q += 1 }
            }
            f.rowsA += x.count; f.rowsB += y.count; f.alikeRows += alike
            if alike == x.count && alike == y.count { f.alikeDays += 1 } else { differing.append((c, d, x.count, y.count)) }
            // The days both have rows on: rows that name a place (bit 1 of a print),
            // each side's and those alike (a print's bit is the same on both sides).
            if !x.isEmpty && !y.isEmpty {
                f.bothDays += 1
                f.placeA += x.reduce(0) { $0 + Int($1 >> 1 & 1) }
                f.placeB += y.reduce(0) { $0 + Int($1 >> 1 & 1) }
                p = 0; q = 0
                while p < x.count && q < y.count {
                    if x[p] == y[q] { f.placeAlike += Int(x[p] >> 1 & 1); p += 1; q += 1 } else if x[p] < y[q] { p += 1 } else { q += 1 }
                }
            }
        }
        guard f.alikeRows > 0 else { return nil }
        for (c, w) in windows.sorted(by: { ($0.value.0, a.names[$0.key] ?? "") < ($1.value.0, a.names[$1.key] ?? "") }) {
            f.first = min(f.first, w.0)
            f.last = max(f.last, w.1)
            f.countries.append(a.names[c] ?? b.names[c] ?? "?")
        }
        f.differingDays = differing.count
        differing.sort { ($0.1, $0.0) < ($1.1, $1.0) }
        f.differing = differing.prefix(3).map { (a.names[$0.0] ?? b.names[$0.0] ?? "?", $0.1, $0.2, $0.3) }
        f.wholeA = f.rowsA == a.counted
        f.wholeB = f.rowsB == b.counted
        // An overlap only with area words dropped (`Kyiv Oblast` in one file, `Kyiv` in
        // the other, the same figures): a re-export that dropped the word, or two
        // places, tally cannot tell (ACLED's `Kyiv` is the oblast, other exports' the
        // city). The refusal names the two spellings and what to give if two places.
        if looseAreas, f.isOverlap, !(compare(a, b, strict: true)?.isOverlap ?? false) {
            for (k, s) in a.spellings.sorted(by: { ($0.value.withArea ?? $0.value.without ?? "") < ($1.value.withArea ?? $1.value.without ?? "") }) {
                guard let t = b.spellings[k] else { continue }
                if let x = s.withArea, let y = t.without { f.areaWordPair = (x, y); break }
                if let x = s.without, let y = t.withArea { f.areaWordPair = (x, y); break }
            }
        }
        return f
    }

    /// Whether the files look like two exports of one source that overlap: every day of
    /// the windows alike, or (a corrected figure, a row added or left out) at least
    /// two thirds of each file's rows there alike, row by row. Two sources whose records
    /// are alike only here and there stay below it (a note, as before); so do two
    /// monitors' daily totals that agree on half the days (review19 A3, mA+mB: 28 of 35
    /// and of 49 rows that are not zero rows).
    ///
    /// Or one file's rows contained in the other's: on the days both have rows, at least
    /// two thirds of either file's rows that name a place are alike (review20a O1, O2,
    /// O7: a re-export adding late rows every day, 93 of 93 and 155 rows alike, or a few
    /// back-filled rows outside the true overlap, were read doubled). Rows naming only
    /// their country (a monitor's daily country total) are left out of that test: two
    /// monitors' small totals agree by chance (review19 A3, mA+mB: 28 of their 34 days
    /// with deaths on both alike).
    var isOverlap: Bool {
        differingDays == 0 || (alikeRows * 3 >= rowsA * 2 && alikeRows * 3 >= rowsB * 2) || isContained
    }

    /// The containment half of ``isOverlap``.
    var isContained: Bool {
        placeAlike > 0 && (placeAlike * 3 >= placeA * 2 || placeAlike * 3 >= placeB * 2)
    }

    /// The refusal, naming both files (`a` given before `b`).
    func message(_ a: String, _ b: String, withIds: (a: Bool, b: Bool)) -> String {
        func day(_ d: Int32) -> String { CalendarDay(daysSinceEpoch: d).description }
        func rows(_ n: Int) -> String { n == 1 ? "1 row" : "\(Estimate.grouped(Int64(n))) rows" }
        let dates = first == last ? day(first) : "\(day(first)) to \(day(last))"
        let places = countries.count <= 3 ? countries.joined(separator: ", ") : countries.prefix(3).joined(separator: ", ") + " and \(countries.count - 3) more"
        let ids = withIds.a == withIds.b ? "" : " (\(withIds.a ? a : b) with an id column, \(withIds.a ? b : a) without: the id rule cannot match them)"
        let common = onCommonColumns ? ", compared on the columns both have" : ""
        var text: String
        let areaWords = areaWordPair.map { ". The rows are alike only with \"\($0.a)\" (\(a)) and \"\($0.b)\" (\(b)) taken for one place (a name with and without an area word): if they are two places, give --overlap both" } ?? ""
        if differingDays == 0 && wholeA && wholeB {
            text = "\(b) holds the same \(rows(alikeRows)) as \(a)\(ids), on the same dates (\(dates), \(places)\(common)): a copy; read both, every event in them would be counted twice: give one of them" + areaWords
            return text
        }
        if differingDays == 0 {
            text = "\(a) and \(b) hold the same \(rows(alikeRows))\(ids) on the dates they share (\(dates), \(places)\(common)): every row of both on those dates, as two exports of one source that overlap; "
                + "read both, each of those events would be counted twice"
        } else {
            let listed = differing.map { "\(day($0.day))\(countries.count > 1 ? " \($0.country)" : "") (\(rows($0.a)) in \(a), \($0.b) in \(b))" }
            let n = { (k: Int) in Estimate.grouped(Int64(k)) }
            text = "\(a) and \(b) hold the same \(rows(alikeRows))\(ids) on the dates they share (\(dates), \(places); \(n(rowsA)) in \(a) and \(n(rowsB)) in \(b) there"
                + (onCommonColumns ? ", compared on the columns both have" : "") + "), as two exports of one source that overlap, "
                + "but differ on \(differingDays == 1 ? "1 day" : "\(differingDays) days"): " + listed.joined(separator: ", ") + (differingDays > differing.count ? ", …" : "")
                + " (a corrected figure, or a row added or left out)"
            if isContained && !(alikeRows * 3 >= rowsA * 2 && alikeRows * 3 >= rowsB * 2) {
                let (inner, rowsIn) = placeA <= placeB ? (a, placeA) : (b, placeB)
                text += "; on the \(bothDays == 1 ? "day" : "\(n(bothDays)) days") both have rows on, \(n(placeAlike)) of the \(n(rowsIn)) rows of \(inner) naming a place are in the other"
            }
            text += "; read both, the rows alike would be counted twice"
        }
        let before = CalendarDay(daysSinceEpoch: first &- 1).description, after = CalendarDay(daysSinceEpoch: last &+ 1).description
        // What each way out keeps (review20b F1: two incident lists of one province, most
        // rows alike, were offered --overlap later, which kept the later list's rows only).
        let n = { (k: Int) in Estimate.grouped(Int64(k)) }
        let lost = rowsA - alikeRows
        return text + ": give --overlap later to count those dates from \(b) (the file given last, as a newer export) only "
            + "(its \(rows(rowsB)) there; \(a)'s \(n(rowsA)) there are left out" + (lost > 0 ? ", \(n(lost)) of them not in \(b)" : "") + "), "
            + "or cut one file at a date (\(a) to \(before), or \(b) from \(after)), or give the rows ids (an event with an id is counted once); "
            + "if they are two sources whose records happen to be alike, give --overlap both (every row of both, the \(rows(alikeRows)) alike counted twice)"
            + (lost > 0 && rowsB > alikeRows ? ". Two lists of the same events by two sources (most events in both, some in one only) fit neither "
               + "(the events in both once and the others of each: \(n(rowsA + rowsB - alikeRows)) rows there): merge them into one list first, or count each in a run of its own" : "")
            + areaWords
    }
}
