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

/// One input's rows by country and day: per day, the count and an order-independent
/// sum of a mix of each row's record key (``BlockParser``'s row key), so two inputs'
/// days can be compared exactly (up to 2^-64) without keeping any row. Kept only when
/// several inputs are read; a key packs 40 bits of the country's hash and the day.
struct DayTable {
    struct Sums: Equatable {
        var sum: UInt64 = 0
        var rows: Int = 0
    }

    private(set) var sums: [UInt64: Sums] = [:]
    /// The countries' names, by the 40 bits of their hash in a key (to name them).
    private(set) var names: [UInt64: String] = [:]
    /// Per country: the first and last day (computed by ``finish()``).
    private(set) var ranges: [UInt64: (first: Int32, last: Int32)] = [:]
    var rows = 0

    static func key(country: UInt64, day: Int32) -> UInt64 {
        (country & ~0xFF_FFFF) | UInt64(UInt32(bitPattern: day &+ (1 << 23)) & 0xFF_FFFF)
    }

    static func country(_ key: UInt64) -> UInt64 { key & ~0xFF_FFFF }
    static func day(_ key: UInt64) -> Int32 { Int32(truncatingIfNeeded: key & 0xFF_FFFF) &- (1 << 23) }

    var isEmpty: Bool { sums.isEmpty }

    /// Adds a row: its key's mix, its country and day; `name` is asked only for a
    /// country not seen yet.
    @inline(__always)
    mutating func add(_ key: UInt64, mix: UInt64, name: () -> String) {
        rows += 1
        if var s = sums[key] {
            s.sum = s.sum &+ mix
            s.rows += 1
            sums[key] = s
        } else {
            sums[key] = Sums(sum: mix, rows: 1)
            let c = DayTable.country(key)
            if names[c] == nil { names[c] = name() }
        }
    }

    /// Adds another part's rows (a worker's).
    mutating func merge(_ o: DayTable) {
        rows += o.rows
        for (k, v) in o.sums {
            if var s = sums[k] {
                s.sum = s.sum &+ v.sum
                s.rows += v.rows
                sums[k] = s
            } else {
                sums[k] = v
            }
        }
        for (c, n) in o.names where names[c] == nil { names[c] = n }
    }

    mutating func removeAll() {
        sums.removeAll()
        names.removeAll()
        ranges.removeAll()
        rows = 0
    }

    /// Computes ``ranges``; called once the input is read.
    mutating func finish() {
        ranges.removeAll()
        for k in sums.keys {
            let c = DayTable.country(k), d = DayTable.day(k)
            if let r = ranges[c] { ranges[c] = (min(r.first, d), max(r.last, d)) } else { ranges[c] = (d, d) }
        }
    }

    /// Whether a file's rows of `country` reach `day` (between its first and last day).
    func covers(country: UInt64, day: Int32) -> Bool {
        guard let r = ranges[country] else { return false }
        return r.first <= day && day <= r.last
    }
}

/// How two inputs' rows compare on the dates they share: per country, the days from
/// the later of their first days to the earlier of their last days (the window).
struct OverlapFinding {
    /// Rows on days alike in both (each has this many), and the days.
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

    /// Compares `a` and `b` (both ``DayTable/finish()``ed); nil when no day of theirs
    /// is alike in the windows.
    static func compare(_ a: DayTable, _ b: DayTable) -> OverlapFinding? {
        var windows: [UInt64: (Int32, Int32)] = [:]
        for (c, r) in a.ranges {
            guard let s = b.ranges[c] else { continue }
            let w = (max(r.first, s.first), min(r.last, s.last))
            if w.0 <= w.1 { windows[c] = w }
        }
        guard !windows.isEmpty else { return nil }
        var f = OverlapFinding()
        var differing: [(UInt64, Int32, Int, Int)] = []
        for (k, v) in a.sums {
            let c = DayTable.country(k), d = DayTable.day(k)
            guard let w = windows[c], w.0 <= d, d <= w.1 else { continue }
            f.rowsA += v.rows
            if let o = b.sums[k], o == v {
                f.alikeRows += v.rows
                f.alikeDays += 1
            } else {
                differing.append((c, d, v.rows, b.sums[k]?.rows ?? 0))
            }
        }
        guard f.alikeRows > 0 else { return nil }
        for (k, v) in b.sums {
            let c = DayTable.country(k), d = DayTable.day(k)
            guard let w = windows[c], w.0 <= d, d <= w.1 else { continue }
            f.rowsB += v.rows
            if a.sums[k] == nil { differing.append((c, d, 0, v.rows)) }
        }
        for (c, w) in windows.sorted(by: { ($0.value.0, a.names[$0.key] ?? "") < ($1.value.0, a.names[$1.key] ?? "") }) {
            f.first = min(f.first, w.0)
            f.last = max(f.last, w.1)
            f.countries.append(a.names[c] ?? b.names[c] ?? "?")
        }
        f.differingDays = differing.count
        differing.sort { ($0.1, $0.0) < ($1.1, $1.0) }
        f.differing = differing.prefix(3).map { (a.names[$0.0] ?? b.names[$0.0] ?? "?", $0.1, $0.2, $0.3) }
        f.wholeA = f.rowsA == a.rows
        f.wholeB = f.rowsB == b.rows
        return f
    }

    /// Whether the files look like two exports of one source that overlap: every day of
    /// the windows alike, or (a corrected figure, a row added or left out) days alike
    /// holding at least half of each file's rows there. Two sources whose records are
    /// alike only here and there stay below it (a note, as before).
    var isOverlap: Bool {
        differingDays == 0 || (alikeRows * 2 >= rowsA && alikeRows * 2 >= rowsB)
    }

    /// The refusal, naming both files (`a` given before `b`).
    func message(_ a: String, _ b: String, withIds: (a: Bool, b: Bool)) -> String {
        func day(_ d: Int32) -> String { CalendarDay(daysSinceEpoch: d).description }
        func rows(_ n: Int) -> String { n == 1 ? "1 row" : "\(Estimate.grouped(Int64(n))) rows" }
        let dates = first == last ? day(first) : "\(day(first)) to \(day(last))"
        let places = countries.count <= 3 ? countries.joined(separator: ", ") : countries.prefix(3).joined(separator: ", ") + " and \(countries.count - 3) more"
        let ids = withIds.a == withIds.b ? "" : " (\(withIds.a ? a : b) with an id column, \(withIds.a ? b : a) without: the id rule cannot match them)"
        var text: String
        if differingDays == 0 && wholeA && wholeB {
            text = "\(b) holds the same \(rows(alikeRows)) as \(a)\(ids), on the same dates (\(dates), \(places)): a copy; read both, every event in them would be counted twice: give one of them"
            return text
        }
        if differingDays == 0 {
            text = "\(a) and \(b) hold the same \(rows(alikeRows))\(ids) on the dates they share (\(dates), \(places)): every row of both on those dates, as two exports of one source that overlap; "
                + "read both, each of those events would be counted twice"
        } else {
            let listed = differing.map { "\(day($0.day))\(countries.count > 1 ? " \($0.country)" : "") (\(rows($0.a)) in \(a), \($0.b) in \(b))" }
            text = "\(a) and \(b) hold the same \(rows(alikeRows))\(ids) on \(alikeDays) of the \(alikeDays + differingDays) days with rows that they share (\(dates), \(places)), as two exports of one source that overlap, "
                + "but differ on \(differingDays == 1 ? "1 day" : "\(differingDays) days"): " + listed.joined(separator: ", ") + (differingDays > differing.count ? ", …" : "")
                + " (a corrected figure, or a row added or left out); read both, the rows alike would be counted twice"
        }
        let before = CalendarDay(daysSinceEpoch: first &- 1).description, after = CalendarDay(daysSinceEpoch: last &+ 1).description
        return text + ": give --overlap later to count those dates from \(b) (the file given last, as a newer export) only, "
            + "or cut one file at a date (\(a) to \(before), or \(b) from \(after)), or give the rows ids (an event with an id is counted once); "
            + "if they are two sources whose records happen to be alike, give --overlap both"
    }
}
