import CTallyScan
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
    /// day's prints start (one more entry: the end), and the prints, `core` and `full`
    /// apart, each sorted within its day (0: a zero row, first in its day; a row's two
    /// prints are not at the same place). 8 bytes a row and 12 a country-day.
    private(set) var days: [UInt64] = []
    private(set) var starts: [UInt32] = []
    private(set) var cores: [UInt32] = []
    private(set) var fulls: [UInt32] = []
    /// The countries' names, by the 40 bits of their hash in a key (to name them).
    private(set) var names: [UInt64: String] = [:]
    /// Per country: the first and last day.
    private(set) var ranges: [UInt64: (first: Int32, last: Int32)] = [:]
    /// The countries and first-level places (``placeKey(country:place:)``, the place as
    /// the overlap prints compare it) the rows name, and the countries of rows naming no
    /// first-level place (``covers(country:place:day:)``): a few entries per place.
    private(set) var places: Set<UInt64> = [], placelessCountries: Set<UInt64> = []
    /// Per country: its first and last day and the rows naming a place on each
    /// (``EdgeDays``): a later export that repeats the cut day with revised figures.
    private(set) var edges: [UInt64: EdgeDays] = [:]

    static func placeKey(country: UInt64, place: UInt64) -> UInt64 {
        var x = (country ^ (place &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        x ^= x >> 31
        return x
    }

    /// Which columns beyond the core the rows' inputs have (``BlockParser``): inputs
    /// with other columns are compared on `core`.
    var columns: UInt32 = 0
    /// Rows that are not zero rows.
    private(set) var counted = 0
    /// Per day with rows whose other columns are written (``RowShapes``): their shapes,
    /// strict and stable (``RowShape``; stable ones only of UCDP and ACLED rows).
    private(set) var shapes: [UInt64: RowShapes] = [:], stableShapes: [UInt64: RowShapes] = [:]
    /// How varied those rows' other columns are (``OtherValues``), of each kind of shape.
    private(set) var others = OtherValues(), stableOthers = OtherValues()

    static func key(country: UInt64, day: Int32) -> UInt64 {
        (country & ~0xFF_FFFF) | UInt64(UInt32(bitPattern: day &+ (1 << 23)) & 0xFF_FFFF)
    }

    static func country(_ key: UInt64) -> UInt64 { key & ~0xFF_FFFF }
    static func day(_ key: UInt64) -> Int32 { Int32(truncatingIfNeeded: key & 0xFF_FFFF) &- (1 << 23) }

    /// A print of a record key: never 0 (0 marks a zero row); bit 1 says whether the
    /// row names a place (``OverlapFinding/isContained``); bits 2-3 and 4-5 whether its
    /// adm_1 and adm_2 were written with an area word and of which kind (1 an area:
    /// `Governorate`, `Estado`, `Oblast`; 2 a city: `Ciudad`, `City`; ``LoosePlace``),
    /// so `Estado de México` and `Ciudad de México`, or `Kyiv Oblast` and `Kyiv City`,
    /// are two places; set aside only when a file of the pair writes a place with an area
    /// word and the other without (``areaWordMask``).
    @inline(__always)
    static func print(_ h: UInt64, place: Bool, areaWords: UInt32 = 0) -> UInt32 {
        UInt32(truncatingIfNeeded: ContentHash.mixes(h).0 >> 32) & ~0x3F | areaWords << 2 | (place ? 3 : 1)
    }

    /// The bits of the prints compared: all, or (`looseAreas`) all but the area words'.
    static func areaWordMask(looseAreas: Bool) -> UInt32 { looseAreas ? ~0x3C : ~0 }

    /// The input's place spellings by loose name (``PlaceSpelling``), set once read.
    /// A place it writes both with an area word and without (`Kyiv`, `Kyiv Oblast`) is
    /// two places, against any input (``OverlapFinding/looseAreas(_:_:)``).
    var spellings: [UInt64: PlaceSpelling] = [:]

    var isEmpty: Bool { cores.isEmpty && (store?.count ?? 0) == 0 }

    /// Adds a row (prints 0 and 0 for a zero row); `name` is asked only for a country
    /// not seen yet.
    @inline(__always)
    /// `place`: the row's first-level place as the prints compare it (0: none), for
    /// ``places``; zero rows (`core` 0) name none there.
    /// `edge`: the row's print without its figures (``EdgeDays``), 0 when it names no place.
    mutating func add(_ key: UInt64, core: UInt32, full: UInt32, shape: RowShape = RowShape(), place: UInt64 = 0, edge: UInt64 = 0, name: () -> String) {
        if core != 0 {
            let c = DayTable.country(key)
            if place == 0 { placelessCountries.insert(c) } else { places.insert(Self.placeKey(country: c, place: place)) }
        }
        EdgeDays.note(&edges, key, edge, shape: shape.loose)
        if shape.strict != 0 { shapes[key, default: RowShapes()].add(shape.strict); others.add(shape.strictOther) }
        if shape.stable != 0 { stableShapes[key, default: RowShapes()].add(shape.stable); stableOthers.add(shape.stableOther) }
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
            for (k, v) in parts[i].shapes { t.shapes[k, default: RowShapes()].merge(v) }
            for (k, v) in parts[i].stableShapes { t.stableShapes[k, default: RowShapes()].merge(v) }
            t.others.merge(parts[i].others); t.stableOthers.merge(parts[i].stableOthers)
            t.places.formUnion(parts[i].places); t.placelessCountries.formUnion(parts[i].placelessCountries)
            for (c, e) in parts[i].edges { t.edges[c] = t.edges[c].map { $0.merged(e) } ?? e }
            if let s = parts[i].store { stores.append(s) }
            parts[i] = DayTable()
        }
        let total = stores.reduce(0) { $0 + $1.count }
        t.cores.reserveCapacity(total)
        t.fulls.reserveCapacity(total)
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
                    t.starts.append(UInt32(t.cores.count))
                    let c = DayTable.country(r.key), d = DayTable.day(r.key)
                    if let g = t.ranges[c] { t.ranges[c] = (min(g.first, d), max(g.last, d)) } else { t.ranges[c] = (d, d) }
                    last = r.key
                }
                t.cores.append(r.core)
                t.fulls.append(r.full)
                if r.core != 0 { t.counted += 1 }
            }
        }
        t.starts.append(UInt32(t.cores.count))
        for i in t.days.indices where t.starts[i + 1] - t.starts[i] > 1 {
            let r = Int(t.starts[i]) ..< Int(t.starts[i + 1])
            t.cores[r].sort()
            t.fulls[r].sort()
        }
        return t
    }

    /// The index of day `key` in ``days``, if it has rows.
    @inline(__always)
    func dayIndex(_ key: UInt64) -> Int? {
        var lo = 0, hi = days.count
        while lo < hi {
            let m = (lo + hi) >> 1
            if days[m] < key { lo = m + 1 } else { hi = m }
        }
        return lo < days.count && days[lo] == key ? lo : nil
    }

    /// Whether a file's rows of `country` reach `day` (between its first and last day).
    func covers(country: UInt64, day: Int32) -> Bool {
        guard let r = ranges[country] else { return false }
        return r.first <= day && day <= r.last
    }

    /// Whether a file's rows reach `day` for a row of `country` naming first-level
    /// place `place` (0: none): `day` is between the file's first and last day of that
    /// country (``covers(country:day:)``) and, for a row naming a place, the file has
    /// rows of that place or rows of that country naming none (a country-level list
    /// covers every place). review30 S17: a later file holding one governorate's rows
    /// of May covered the other governorates' rows of May, and `--overlap later` left
    /// them out (Syria May read 35 for 153, exit 0).
    ///
    /// A row naming no place that records an event (`placeless`: not a zero row) is
    /// covered only when the file has rows of that country naming none too: a later
    /// file without such rows does not count events of unknown location (review32 S10:
    /// a one-governorate extract given later left out the earlier export's "location
    /// unknown" rows of every day it spans, 21 killed, exit 0).
    func covers(country: UInt64, place: UInt64, day: Int32, placeless: Bool = false) -> Bool {
        guard covers(country: country, day: day) else { return false }
        if place == 0 { return !placeless || placelessCountries.contains(country) }
        return placelessCountries.contains(country) || places.contains(Self.placeKey(country: country, place: place))
    }

    /// This table's rows (not zero rows) on days that `other` covers: those
    /// `--overlap later` leaves out by it.
    func rowsCovered(by other: DayTable) -> Int {
        rowsCovered { other.covers(country: $0, day: $1) }
    }

    /// The rows (not zero rows) on the country-days `test` passes.
    func rowsCovered(where test: (_ country: UInt64, _ day: Int32) -> Bool) -> Int {
        var n = 0
        for (i, k) in days.enumerated() where test(DayTable.country(k), DayTable.day(k)) {
            for j in Int(starts[i]) ..< Int(starts[i + 1]) where cores[j] != 0 { n += 1 }
        }
        return n
    }

    /// The prints of day `i` that are not zero rows, `full` or `core`, into `into`,
    /// their bits in `mask` (``areaWordMask(looseAreas:)``): sorted when all are kept.
    @inline(__always)
    func dayPrints(_ i: Int, full: Bool, mask: UInt32 = ~0, into: inout [UInt32]) {
        let p = full ? fulls : cores
        for j in Int(starts[i]) ..< Int(starts[i + 1]) where p[j] != 0 { into.append(p[j] & mask) }
    }

    /// Rows of day `i` that are not zero rows, and those naming a place (bit 1 of a
    /// print, the same in both).
    @inline(__always)
    func dayCounts(_ i: Int) -> (rows: Int, place: Int) {
        var n = 0, place = 0
        for j in Int(starts[i]) ..< Int(starts[i + 1]) where cores[j] != 0 { n += 1; place += Int(cores[j] >> 1 & 1) }
        return (n, place)
    }
}

/// An input's first and last day of a country, and its rows naming a place on each, by
/// a print of each row without its figures (dates, measure, first- and second-level
/// place as the prints compare them: ``RowShapes``). Two exports of one source cut at a
/// day both hold (the earlier to the evening of its last day, the later from that day,
/// final) have that day's rows of the same places with other figures: no row alike, so
/// they read as parts of one export and the day was counted twice (review31 S13: March
/// 259 for 249, exit 0). A few entries per country.
struct EdgeDays: Equatable {
    var first: Int32, last: Int32
    var atFirst = RowShapes(), atLast = RowShapes()
    /// The loose shapes (``RowShape``: every column but the figures, the id, the places
    /// and the actor) of the rows on the first and last day, exactly, up to
    /// ``shapesKept`` a day (nil past it): a later export that repeats the cut day with
    /// revised figures and a row added or dropped, or a field re-coded, has most of the
    /// earlier's rows there alike but for their figures (review35 S-e: 796 for 769, exit
    /// 0, with one late row added), and but for their places when it re-coded them
    /// (review37 S2: 10 of 18 rows' `adm_2` re-coded, 33,460 for 33,336, exit 0, when
    /// the places were compared too).
    var firstShapes: [UInt64]? = [], lastShapes: [UInt64]? = []
    static let shapesKept = 4096

    init(day: Int32, print: UInt64, shape: UInt64 = 0) {
        first = day; last = day
        if print != 0 { atFirst.add(print); atLast.add(print) }
        if shape != 0 { firstShapes = [shape]; lastShapes = [shape] }
    }

    /// A row of the country's `key` (``DayTable/key(country:day:)``), its print 0 when
    /// it names no place, its strict shape 0 when it has none.
    @inline(__always)
    static func note(_ edges: inout [UInt64: EdgeDays], _ key: UInt64, _ print: UInt64, shape: UInt64 = 0) {
        let c = DayTable.country(key), d = DayTable.day(key)
        if edges[c] == nil { edges[c] = EdgeDays(day: d, print: print, shape: shape); return }
        edges[c]!.add(day: d, print: print, shape: shape)
    }

    @inline(__always)
    static func kept(_ list: inout [UInt64]?, _ shape: UInt64) {
        guard shape != 0, list != nil else { return }
        if list!.count >= shapesKept { list = nil } else { list!.append(shape) }
    }

    @inline(__always)
    mutating func add(day: Int32, print: UInt64, shape: UInt64 = 0) {
        if day < first { first = day; atFirst = RowShapes(); firstShapes = [] }
        if day == first { if print != 0 { atFirst.add(print) }; Self.kept(&firstShapes, shape) }
        if day > last { last = day; atLast = RowShapes(); lastShapes = [] }
        if day == last { if print != 0 { atLast.add(print) }; Self.kept(&lastShapes, shape) }
    }

    static func joined(_ a: [UInt64]?, _ b: [UInt64]?) -> [UInt64]? {
        guard let a, let b, a.count + b.count <= shapesKept else { return nil }
        return a + b
    }

    func merged(_ o: EdgeDays) -> EdgeDays {
        var m = self
        if o.first < m.first { m.first = o.first; m.atFirst = o.atFirst; m.firstShapes = o.firstShapes }
        else if o.first == m.first { m.atFirst.merge(o.atFirst); m.firstShapes = Self.joined(m.firstShapes, o.firstShapes) }
        if o.last > m.last { m.last = o.last; m.atLast = o.atLast; m.lastShapes = o.lastShapes }
        else if o.last == m.last { m.atLast.merge(o.atLast); m.lastShapes = Self.joined(m.lastShapes, o.lastShapes) }
        return m
    }

    /// How many rows of `p` have a row of `q` of the same shape (as many times), and of
    /// how many distinct shapes.
    static func alike(_ p: [UInt64], _ q: [UInt64]) -> (rows: Int, distinct: Int) {
        let x = p.sorted(), y = q.sorted()
        var i = 0, j = 0, rows = 0, distinct = 0
        var previous: UInt64? = nil
        while i < x.count && j < y.count {
            if x[i] == y[j] {
                rows += 1
                if x[i] != previous { distinct += 1; previous = x[i] }
                i += 1; j += 1
            } else if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return (rows, distinct)
    }

    /// Two inputs' rows of a country that meet on one day only, the last of one and the
    /// first of the other, and how their rows naming a place there compare: the same
    /// places (every row of one a row of the other but for its figures, as many times),
    /// 2 rows or more of 2 places or more (`refuse`), or one row each of one place (a
    /// note: a page cut inside a day can hold one event of a place on each side).
    ///
    /// `shapes` (both inputs' other columns varied, ``OtherValues``): also when rows
    /// were added or dropped there, or a field re-coded: at least two thirds of the
    /// rows of the side with fewer there alike in every column but the figures, the
    /// id, the places and the actor (the loose shapes, exactly), 2 rows or more of 2
    /// shapes or more (`alike` says how many). A query's pages cut inside a day hold
    /// other events on each side: text two events do not share row for row (notes,
    /// headline, place description). Every row of the side with fewer there so alike
    /// to one of the other, but fewer than that (one row: review37 S3, a sparse file's
    /// cut day of one event, 3,265 for 2,515), is a note (`refuse` false, `alike` the
    /// rows, each of another shape): UCDP writes one article's events of a day and place
    /// alike but for their figures, so a page cut between two of them has as much.
    static func cutDay(_ a: [UInt64: EdgeDays], _ b: [UInt64: EdgeDays], shapes: Bool = false)
        -> [(country: UInt64, day: Int32, a: Int, b: Int, refuse: Bool, alike: Int)] {
        var out: [(country: UInt64, day: Int32, a: Int, b: Int, refuse: Bool, alike: Int)] = []
        for (c, x) in a {
            guard let y = b[c] else { continue }
            let (lo, hi) = (max(x.first, y.first), min(x.last, y.last))
            guard lo == hi else { continue }
            // Which side ends there and which begins (one side may be that day alone).
            var pairs: [(RowShapes, RowShapes, [UInt64]?, [UInt64]?)] = []
            if x.last == lo && y.first == lo { pairs.append((x.atLast, y.atFirst, x.lastShapes, y.firstShapes)) }
            if y.last == lo && x.first == lo { pairs.append((x.atFirst, y.atLast, x.firstShapes, y.lastShapes)) }
            // The same places exactly: a day with a row added or dropped, or a page cut
            // inside a busy day (the first page's rows of it are places the second page
            // has too), is not told from this one by places alone.
            var found = false
            for (p, q, _, _) in pairs where p.rows > 0 && p == q {
                if p.rows >= 2 && p.bits.nonzeroBitCount >= 2 { out.append((c, lo, Int(p.rows), Int(q.rows), true, 0)); found = true; break }
                if p.rows == 1 { out.append((c, lo, 1, 1, false, 0)); found = true; break }
            }
            guard shapes, !found || !(out.last?.refuse ?? false) else { continue }
            for (_, _, s, t) in pairs {
                guard let s, let t, !s.isEmpty, !t.isEmpty else { continue }
                let m = alike(s, t)
                if m.rows >= 2, m.distinct >= 2, m.rows * 3 >= min(s.count, t.count) * 2 {
                    if found { out.removeLast() }
                    out.append((c, lo, s.count, t.count, true, m.rows))
                    break
                }
                if !found, m.rows >= 1, m.rows == min(s.count, t.count), m.distinct == m.rows {
                    out.append((c, lo, s.count, t.count, false, m.rows))
                    found = true
                }
            }
        }
        return out.sorted { ($0.day, $0.country) < ($1.day, $1.country) }
    }
}

/// A row's two shapes (``RowLayout/shapeColumns``, ``RowLayout/stableColumns``), each
/// with the sum over its other columns only (how varied they are, ``OtherValues``);
/// 0 when none of the kind's other columns is written.
///
/// **Strict**: every column but the figures, the id and the columns a re-export
/// rewrites or a revision changes by themselves (coordinates, `number_of_sources`,
/// `timestamp`), the key columns as the row rule reads them. **Stable** (UCDP GED and
/// ACLED only): a short list of columns every release of the schema has and a revision
/// of the figures leaves alone (UCDP's conflict, dyad, side_b, where_coordinates,
/// region, type of violence; ACLED's event and sub-event type, actor2, admin3,
/// location), so a revision that also rewrote its sources, headline or notes, or a
/// re-export that dropped or added a column outside the list, has the shapes of the
/// export it revised.
///
/// **Loose**: the strict shape without the places and the actor (the dates, the measure
/// and the other columns only), for a cut day repeated with its places or actors
/// re-coded (``EdgeDays``; review37 S2).
struct RowShape {
    var strict: UInt64 = 0, strictOther: UInt64 = 0, loose: UInt64 = 0
    var stable: UInt64 = 0, stableOther: UInt64 = 0
}

/// An input's rows of one country and day whose other columns are written (a source,
/// notes, a headline: ``RowLayout/shapeColumns``): how many, and the sum of their
/// shapes (every column but the figures and the id). Two inputs with the same shapes
/// on a day hold the same rows but, maybe, for their figures.
///
/// And a set of them, one bit of 64 a shape (``bits``): a revision that also added or
/// dropped rows on a day holds every shape of the other's day, or the other every one
/// of its (``OverlapFinding/Walk/shapes(_:_:)``); the sum alone said so only of days
/// with no row added or dropped.
struct RowShapes: Equatable {
    var sum: UInt64 = 0
    var bits: UInt64 = 0
    var rows: UInt32 = 0

    @inline(__always)
    mutating func add(_ shape: UInt64) {
        sum = sum &+ shape; rows &+= 1
        bits |= 1 << ((shape &* 0x9E37_79B9_7F4A_7C15) >> 58)
    }
    mutating func merge(_ o: RowShapes) { sum = sum &+ o.sum; bits |= o.bits; rows &+= o.rows }

    /// Whether every shape of this day may be among `o`'s: no more rows, and every bit
    /// set in `o` too. A set of 64 bits says "may": a shape of another text lands on a
    /// set bit of `o` by chance (``evidence(in:)``).
    @inline(__always)
    func isContained(in o: RowShapes) -> Bool { rows > 0 && rows <= o.rows && bits & ~o.bits == 0 }

    /// How unlikely (bits: -log2 of the chance) it is that this day's shapes, other
    /// texts than `o`'s, all land on bits set in `o`: each distinct bit of this day
    /// on one of `o`'s set bits by chance, `o.bits.nonzeroBitCount` of 64.
    func evidence(in o: RowShapes) -> Double {
        Double(bits.nonzeroBitCount) * log2(64 / Double(max(1, o.bits.nonzeroBitCount)))
    }
}

/// How varied an input's other columns are (``RowShapes``): its rows with one written,
/// and their distinct values (all other columns of a row together), up to
/// ``OtherValues/enough``. A column of a few categories (`event_type`, one `source`
/// for every row) is alike in two monitors of the same places and days: their shapes
/// prove nothing (two monitors' province totals by event type were refused as a
/// revision). Notes, headlines, coordinates and event ids are varied.
struct OtherValues {
    static let enough = 64
    private(set) var rows = 0
    private(set) var values: Set<UInt64> = []

    @inline(__always)
    mutating func add(_ v: UInt64) {
        rows += 1
        if values.count < Self.enough { values.insert(v) }
    }

    mutating func merge(_ o: OtherValues) {
        rows += o.rows
        for v in o.values where values.count < Self.enough { values.insert(v) }
    }

    /// At least half the rows' values distinct, or ``enough`` of them.
    var isVaried: Bool { rows > 0 && values.count >= min(Self.enough, (rows + 1) / 2) }
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
    /// Rows on the days of the windows whose rows have the same shapes in both inputs
    /// (``RowShapes``: alike in every column but the figures, other columns written),
    /// or one input's every shape among the other's (a revision that also added or
    /// dropped rows): each input's rows on such days, and those days; and the evidence
    /// (bits, ``RowShapes/evidence(in:)``) each input's such rows give: a day of exactly
    /// the same shapes gives 64, a day contained by chance could be a second source.
    var shapeA = 0, shapeB = 0, shapeDays = 0
    var evidenceA = 0.0, evidenceB = 0.0
    /// Days of the windows on which both inputs have rows with shapes.
    var shapeCompared = 0
    /// The rows alike but for their figures the refusal speaks of (``isRevised``).
    var shapeRows: Int {
        let a = revised(shapeA, rowsA, evidenceA), b = revised(shapeB, rowsB, evidenceB)
        return a && b ? min(shapeA, shapeB) : a ? shapeA : b ? shapeB : max(shapeA, shapeB)
    }

    /// Countries whose rows of both inputs meet on one day only, the last of one and
    /// the first of the other, with rows of the same places but other figures there
    /// (``EdgeDays/cutDay(_:_:)``): the first by day, its rows in each, how many such
    /// countries; `refuse` when the rows say so (``isCutDayRepeated``), else a note.
    /// `alike`: the rows alike there in every column but the figures (a row added,
    /// dropped or re-coded beside them), 0 when the places alone said so.
    var cut: (country: String, day: Int32, a: Int, b: Int, count: Int, refuse: Bool, alike: Int)?
    var isCutDayRepeated: Bool { cut?.refuse ?? false }

    /// The spellings of one place the rows are alike by only when taken for one place
    /// (`Kyiv Oblast` in the file given first, `Kyiv` in the other; ``LoosePlace``).
    var areaWordPair: (a: String, b: String)?

    /// Compares `a` and `b` (both ``DayTable/finished(_:)``); nil when no row of theirs
    /// is alike in the windows. A place written with an area word and without (`Aleppo
    /// Governorate`, `Aleppo`) is one place unless either file writes both (`Kyiv`,
    /// `Kyiv Oblast`: two first-level units of Ukraine; ``looseAreas(_:_:)``); `strict`
    /// compares area words whatever the files write.
    static func compare(_ a: DayTable, _ b: DayTable, strict: Bool = false) -> OverlapFinding? {
        let looseAreas = !strict && Self.looseAreas(a.spellings, b.spellings)
        let mask = DayTable.areaWordMask(looseAreas: looseAreas)
        guard var walk = Walk(a.ranges, b.ranges) else { return nil }
        let full = a.columns == b.columns
        var x: [UInt32] = [], y: [UInt32] = []
        var i = 0, j = 0
        // Both tables' days are sorted by key (country, then day): walk them together.
        while i < a.days.count || j < b.days.count {
            let k = i < a.days.count && (j >= b.days.count || a.days[i] <= b.days[j]) ? a.days[i] : b.days[j]
            x.removeAll(keepingCapacity: true); y.removeAll(keepingCapacity: true)
            if i < a.days.count, a.days[i] == k { a.dayPrints(i, full: full, mask: mask, into: &x); i += 1 }
            if j < b.days.count, b.days[j] == k { b.dayPrints(j, full: full, mask: mask, into: &y); j += 1 }
            guard walk.inWindow(k), !(x.isEmpty && y.isEmpty) else { continue }
            // Each day's prints come sorted (``DayTable/finished(_:)``), unless masked.
            if looseAreas { x.sort(); y.sort() }
            var alike = 0, placeAlike = 0, p = 0, q = 0
            while p < x.count && q < y.count {
                if x[p] == y[q] { alike += 1; placeAlike += Int(x[p] >> 1 & 1); p += 1; q += 1 } else if x[p] < y[q] { p += 1 } else { q += 1 }
            }
            walk.day(k, a: x.count, b: y.count, alike: alike, placeA: x.reduce(0) { $0 + Int($1 >> 1 & 1) },
                     placeB: y.reduce(0) { $0 + Int($1 >> 1 & 1) }, placeAlike: placeAlike)
        }
        walk.shapes((a.shapes, a.stableShapes), (b.shapes, b.stableShapes), strict: a.others.isVaried && b.others.isVaried,
                    stable: a.stableOthers.isVaried && b.stableOthers.isVaried)
        // The cut day compares places loosely: not again when area words are compared
        // (which only asks whether the rows alike are alike so too).
        if !strict { walk.cut(EdgeDays.cutDay(a.edges, b.edges, shapes: a.others.isVaried && b.others.isVaried), a.names, b.names) }
        guard var f = walk.finding(a.names, b.names, counted: (a.counted, b.counted), onCommonColumns: !full) else { return nil }
        if looseAreas, f.isOverlap, !(compare(a, b, strict: true)?.isOverlap ?? false) {
            f.areaWordPair = areaWordPair(a.spellings, b.spellings)
        }
        return f
    }

    /// An overlap only with area words dropped (`Kyiv Oblast` in one file, `Kyiv` in
    /// the other, the same figures): a re-export that dropped the word, or two places,
    /// tally cannot tell (ACLED's `Kyiv` is the oblast, other exports' the city). The
    /// refusal names the two spellings and what to give if two places.
    static func areaWordPair(_ a: [UInt64: PlaceSpelling], _ b: [UInt64: PlaceSpelling]) -> (a: String, b: String)? {
        for (k, s) in a.sorted(by: { ($0.value.withArea ?? $0.value.without ?? "") < ($1.value.withArea ?? $1.value.without ?? "") }) {
            guard let t = b[k], !s.isSplit, !t.isSplit else { continue }
            if let x = s.withArea, let y = t.without { return (x, y) }
            if let x = s.without, let y = t.withArea { return (x, y) }
        }
        return nil
    }

    /// Whether area words are set aside in the comparison: some place (a loose name at
    /// a level) is written with an area word in one input and without in the other
    /// (`Aleppo Governorate`, `Aleppo`), and neither writes it both ways. The rule is per
    /// place (review26 S2b): a file that writes `Almaty` and `Almaty Region` (two units)
    /// takes those two for two places, but does not keep `Aleppo Governorate` and
    /// `Aleppo` of a re-export apart. Rows of a place written both ways are compared
    /// with its area words aside too, when another place makes the comparison loose;
    /// they can only add rows alike, so a refusal, never a silent read.
    static func looseAreas(_ a: [UInt64: PlaceSpelling], _ b: [UInt64: PlaceSpelling]) -> Bool {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        for (k, s) in small where !s.isSplit {
            guard let t = large[k], !t.isSplit else { continue }
            if (s.withArea != nil && t.without != nil) || (s.without != nil && t.withArea != nil) { return true }
        }
        return false
    }

    /// Compares the input just read, whose rows were matched as they came with
    /// `probe`'s table (``DayProbe``), and that table: `stream` is the input's summary,
    /// `elsewhere` its rows (not zero rows) on days the table has none; `streamFirst`:
    /// the input is `a` (given first). The same finding as ``compare(_:_:)`` of the two
    /// tables.
    static func compare(_ probe: DayProbe, _ stream: StreamedDays, elsewhere: [UInt64: Int], streamFirst: Bool,
                        strict: Bool = false) -> OverlapFinding? {
        let t = probe.table
        let looseAreas = !strict && Self.looseAreas(stream.spellings, t.spellings)
        guard var walk = streamFirst ? Walk(stream.ranges, t.ranges) : Walk(t.ranges, stream.ranges) else { return nil }
        let full = stream.columns == t.columns
        for (i, k) in t.days.enumerated() where walk.inWindow(k) {
            let c = probe.counts(day: i, full: full, looseAreas: looseAreas)
            let mine = t.dayCounts(i)
            if streamFirst {
                walk.day(k, a: c.rows, b: mine.rows, alike: c.alike, placeA: c.place, placeB: mine.place, placeAlike: c.placeAlike)
            } else {
                walk.day(k, a: mine.rows, b: c.rows, alike: c.alike, placeA: mine.place, placeB: c.place, placeAlike: c.placeAlike)
            }
        }
        for (k, n) in elsewhere where walk.inWindow(k) {
            if streamFirst { walk.day(k, a: n, b: 0, alike: 0, placeA: 0, placeB: 0, placeAlike: 0) }
            else { walk.day(k, a: 0, b: n, alike: 0, placeA: 0, placeB: 0, placeAlike: 0) }
        }
        // The cut day compares places loosely: not again when area words are compared.
        let varied = stream.others.isVaried && t.others.isVaried
        if strict {} else if streamFirst { walk.cut(EdgeDays.cutDay(stream.edges, t.edges, shapes: varied), stream.names, t.names) }
        else { walk.cut(EdgeDays.cutDay(t.edges, stream.edges, shapes: varied), t.names, stream.names) }
        let strict = stream.others.isVaried && t.others.isVaried, stable = stream.stableOthers.isVaried && t.stableOthers.isVaried
        let x = (stream.shapes, stream.stableShapes), y = (t.shapes, t.stableShapes)
        if streamFirst { walk.shapes(x, y, strict: strict, stable: stable) } else { walk.shapes(y, x, strict: strict, stable: stable) }
        guard var f = streamFirst ? walk.finding(stream.names, t.names, counted: (stream.counted, t.counted), onCommonColumns: !full)
            : walk.finding(t.names, stream.names, counted: (t.counted, stream.counted), onCommonColumns: !full) else { return nil }
        if looseAreas, f.isOverlap,
           !(compare(probe, stream, elsewhere: elsewhere, streamFirst: streamFirst, strict: true)?.isOverlap ?? false) {
            f.areaWordPair = streamFirst ? areaWordPair(stream.spellings, t.spellings) : areaWordPair(t.spellings, stream.spellings)
        }
        return f
    }

    /// The sums of ``compare(_:_:)`` over the days of the windows, in any order of days.
    struct Walk {
        var f = OverlapFinding()
        let windows: [UInt64: (Int32, Int32)]
        /// Days that differ: how many, and the first three by day (then country): not
        /// every one (2 MiB for the 1M generated rows, each day differing).
        var differingDays = 0
        var differing: [(UInt64, Int32, Int, Int)] = []

        /// Nil when the inputs share no country's days.
        init?(_ a: [UInt64: (first: Int32, last: Int32)], _ b: [UInt64: (first: Int32, last: Int32)]) {
            var windows: [UInt64: (Int32, Int32)] = [:]
            for (c, r) in a {
                guard let s = b[c] else { continue }
                let w = (max(r.first, s.first), min(r.last, s.last))
                if w.0 <= w.1 { windows[c] = w }
            }
            guard !windows.isEmpty else { return nil }
            self.windows = windows
        }

        @inline(__always)
        func inWindow(_ k: UInt64) -> Bool {
            guard let w = windows[DayTable.country(k)] else { return false }
            let d = DayTable.day(k)
            return w.0 <= d && d <= w.1
        }

        /// A day of the windows: each side's rows (not zero rows) and those naming a
        /// place, and the rows alike (as many times in each) and those naming a place.
        mutating func day(_ k: UInt64, a: Int, b: Int, alike: Int, placeA: Int, placeB: Int, placeAlike: Int) {
            guard a + b > 0 else { return }
            f.rowsA += a; f.rowsB += b; f.alikeRows += alike
            if alike == a && alike == b { f.alikeDays += 1 } else { differ((DayTable.country(k), DayTable.day(k), a, b)) }
            // The days both have rows on: rows that name a place (bit 1 of a print),
            // each side's and those alike (a print's bit is the same on both sides).
            if a > 0 && b > 0 {
                f.bothDays += 1
                f.placeA += placeA; f.placeB += placeB; f.placeAlike += placeAlike
            }
        }

        /// The days of the windows on which both inputs' rows with other columns written
        /// have the same shapes: those rows (``OverlapFinding/isRevised``).
        /// Or on which one input's every shape is among the other's (a revision that
        /// also added or dropped rows: review issue 11, a third of the days with a row
        /// added had been read doubled): that input's rows there.
        ///
        /// Both kinds of shape (``RowShape``) are walked, each when both inputs' columns
        /// of that kind are varied, and the finding keeps the kind that finds the more
        /// (both inputs' rows revised, then one's), the strict one when neither does.
        mutating func shapes(_ a: (strict: [UInt64: RowShapes], stable: [UInt64: RowShapes]),
                             _ b: (strict: [UInt64: RowShapes], stable: [UInt64: RowShapes]), strict: Bool, stable: Bool) {
            let before = f
            if strict { shapes(a.strict, b.strict) }
            guard stable else { return }
            let strictFound = f
            f = before
            shapes(a.stable, b.stable)
            func found(_ g: OverlapFinding) -> Int {
                let a = g.revised(g.shapeA, g.rowsA, g.evidenceA), b = g.revised(g.shapeB, g.rowsB, g.evidenceB)
                return a && b ? 2 : a || b ? 1 : 0
            }
            if found(f) <= found(strictFound) { f = strictFound }
        }

        private mutating func shapes(_ a: [UInt64: RowShapes], _ b: [UInt64: RowShapes]) {
            let (small, large, swapped) = a.count <= b.count ? (a, b, false) : (b, a, true)
            for (k, v) in small where v.rows > 0 {
                guard let w = large[k], w.rows > 0, inWindow(k) else { continue }
                let (x, y) = swapped ? (w, v) : (v, w)
                f.shapeCompared += 1
                if x == y {
                    f.shapeA += Int(x.rows); f.shapeB += Int(y.rows); f.shapeDays += 1
                    f.evidenceA += 64; f.evidenceB += 64
                    continue
                }
                let inB = x.isContained(in: y), inA = y.isContained(in: x)
                if inB { f.shapeA += Int(x.rows); f.evidenceA += x.evidence(in: y) }
                if inA { f.shapeB += Int(y.rows); f.evidenceB += y.evidence(in: x) }
                if inA || inB { f.shapeDays += 1 }
            }
        }

        /// The countries whose rows meet on a cut day (``EdgeDays/cutDay(_:_:)``).
        mutating func cut(_ found: [(country: UInt64, day: Int32, a: Int, b: Int, refuse: Bool, alike: Int)], _ aNames: [UInt64: String], _ bNames: [UInt64: String]) {
            let refused = found.filter(\.refuse)
            guard let first = refused.first ?? found.first else { return }
            f.cut = (aNames[first.country] ?? bNames[first.country] ?? "?", first.day, first.a, first.b,
                     refused.isEmpty ? found.count : refused.count, !refused.isEmpty, first.alike)
        }

        private mutating func differ(_ d: (UInt64, Int32, Int, Int)) {
            differingDays += 1
            func before(_ x: (UInt64, Int32, Int, Int), _ y: (UInt64, Int32, Int, Int)) -> Bool { (x.1, x.0) < (y.1, y.0) }
            guard differing.count < 3 || before(d, differing[2]) else { return }
            if differing.count == 3 { differing.removeLast() }
            differing.insert(d, at: differing.firstIndex { before(d, $0) } ?? differing.count)
        }

        func finding(_ aNames: [UInt64: String], _ bNames: [UInt64: String], counted: (a: Int, b: Int), onCommonColumns: Bool) -> OverlapFinding? {
            var f = self.f
            guard f.alikeRows > 0 || f.shapeA > 0 || f.shapeB > 0 || f.cut != nil else { return nil }
            f.onCommonColumns = onCommonColumns
            for (c, w) in windows.sorted(by: { ($0.value.0, aNames[$0.key] ?? "") < ($1.value.0, aNames[$1.key] ?? "") }) {
                f.first = min(f.first, w.0)
                f.last = max(f.last, w.1)
                f.countries.append(aNames[c] ?? bNames[c] ?? "?")
            }
            f.differingDays = differingDays
            f.differing = differing.map { (aNames[$0.0] ?? bNames[$0.0] ?? "?", $0.1, $0.2, $0.3) }
            f.wholeA = f.rowsA == counted.a
            f.wholeB = f.rowsB == counted.b
            return f
        }
    }

    /// Whether the files look like two exports of one source that overlap: every day of
    /// the windows alike, or (a corrected figure, a row added or left out) at least
    /// two thirds of each file's rows there alike, row by row. Two sources whose records
    /// are alike only here and there stay below it (a note, as before); so do two
    /// monitors' daily totals that agree on half the days (review19 A3, mA+mB: 28 of 35
    /// and of 49 rows that are not zero rows).
    ///
    /// Or one file's rows contained in the other's: on the days both have rows, at least
    /// two thirds of one file's rows that name a place are alike, and a third of the
    /// other's, and 3 rows or more (``isContained``; review20a O1, O2,
    /// O7: a re-export adding late rows every day, 93 of 93 and 155 rows alike, or a few
    /// back-filled rows outside the true overlap, were read doubled). Rows naming only
    /// their country (a monitor's daily country total) are left out of that test: two
    /// monitors' small totals agree by chance (review19 A3, mA+mB: 28 of their 34 days
    /// with deaths on both alike).
    var isOverlap: Bool {
        (alikeRows > 0 && (differingDays == 0 || (alikeRows * 3 >= rowsA * 2 && alikeRows * 3 >= rowsB * 2) || isContained))
            || isRevised || isCutDayRepeated
    }

    /// The refusal of rows with ids in both inputs, whose ids are not in the other (the
    /// id rule matched the others; review28 S14: exports each numbering their own rows).
    /// Ids that differ are other events when both files draw them from one id system
    /// (two pages of one ACLED query share no id, and rows of theirs may be alike by
    /// chance: two events of one day and place, each "2 killed"), so only the stronger
    /// findings count: at least ``idsMinimum`` rows alike and every day of the window
    /// alike or two thirds of each input's rows there, or the same of the rows alike but
    /// for their figures (each input's, ``revised(_:_:_:)``); not one input's rows
    /// contained in the other's (a short last page beside a full one).
    var isOverlapWithIds: Bool {
        (alikeRows >= Self.idsMinimum && (differingDays == 0 || (alikeRows * 3 >= rowsA * 2 && alikeRows * 3 >= rowsB * 2)))
            || (shapeRows >= Self.idsMinimum && revised(shapeA, rowsA, evidenceA) && revised(shapeB, rowsB, evidenceB))
    }

    static let idsMinimum = 3

    /// A re-export that revised the figures (e2all: every figure changed, no row alike):
    /// on days holding at least two thirds of each input's rows in the windows, the
    /// rows of both are alike in every column but the figures and the id (the same
    /// shapes, ``RowShapes``), other columns written (a source, notes, a headline,
    /// coordinates) and varied in both inputs (``OtherValues``): text two independent
    /// sources do not write alike row for row.
    /// Rows with only dates, places, actor and measure (two monitors' daily totals by
    /// province) are no evidence and are not counted; nor are fewer than
    /// ``revisedMinimum`` such rows (one row each of a day, both citing one source with
    /// other figures: two reports, or a revision; a rate of one row proves nothing).
    ///
    /// One input's rows contained in the other's count too (a revision that also added
    /// or dropped rows on a day: review issue 11): on days where each of its shapes is
    /// among the other's, at least two thirds of that input's rows in the windows, with
    /// at least ``evidenceMinimum`` bits of evidence (``RowShapes/evidence(in:)``: a
    /// set of 64 bits can hold another text's shapes by chance; a day of the same
    /// shapes, 64).
    var isRevised: Bool { revised(shapeA, rowsA, evidenceA) || revised(shapeB, rowsB, evidenceB) }

    func revised(_ shape: Int, _ rows: Int, _ evidence: Double) -> Bool {
        shape >= Self.revisedMinimum && shape * 3 >= rows * 2 && evidence >= Self.evidenceMinimum + Double(shapeCompared)
    }

    static let revisedMinimum = 3
    /// Bits of evidence a revision's shapes must give: a chance of 2^-32 that another
    /// source's rows fall on them, and a bit more for each day compared (which of them
    /// were contained by chance: at most 2^n choices of n days).
    static let evidenceMinimum = 32.0

    /// The containment half of ``isOverlap``: on the days both have rows, at least
    /// ``containedMinimum`` rows naming a place alike, two thirds of one input's rows
    /// naming a place and a third of the other's (review29 R2: one row alike by chance,
    /// the only row of one page of a query on a day the next page had 12, refused two
    /// pages; a re-export adding two late rows a day is 93 of 93 and of 155).
    var isContained: Bool { containedSide != nil }

    /// The input whose rows are contained in the other's (``isContained``): `a` true
    /// for the input given first.
    var containedSide: (a: Bool, rows: Int)? {
        guard placeAlike >= Self.containedMinimum else { return nil }
        // The input with fewer such rows first: the larger share.
        for a in placeA <= placeB ? [true, false] : [false, true] {
            let (inner, outer) = a ? (placeA, placeB) : (placeB, placeA)
            if placeAlike * 3 >= inner * 2 && placeAlike * 3 >= outer { return (a, inner) }
        }
        return nil
    }

    static let containedMinimum = 3

    /// The note for one row of one place on a cut day in each input, figures other
    /// (``EdgeDays/cutDay(_:_:)``: too little to refuse, a page cut inside a day can
    /// do that), naming the day (review31 S13's one-row form: 243 for 240 in silence).
    ///
    /// Or every row of the side with fewer there alike to one of the other's in every
    /// column but the figures, places and actor (review37 S3: one event, revised, and
    /// a late row added).
    func cutDayNote(_ a: String, _ b: String) -> String? {
        guard let c = cut, !c.refuse, !isOverlap else { return nil }
        let fewer = c.a <= c.b ? a : b
        let rowsThere = c.alike == 0 ? "with one row of the same place there, its figures other"
            : "with \(c.alike == 1 ? "the 1 row" : "all \(c.alike) rows") of \(fewer) there alike to \(c.alike == 1 ? "a row" : "rows") of the other in every column "
                + "but the figures, places and actor (\(c.a) in \(a), \(c.b) in \(b))"
        return "\(a) and \(b) both hold \(CalendarDay(daysSinceEpoch: c.day)) (\(c.country)), the last day of one and the first of the other, \(rowsThere)"
            + ": both are counted; if the later export repeats that day with its figures revised, give "
            + "--overlap later (the file given last counts that day), or cut one file at that day"
    }

    /// The refusal, naming both files (`a` given before `b`).
    ///
    /// Rows with ids in both (`withIds` true and true) are rows whose ids are not in the
    /// other file (the id rule matched the others): the message says so, and the ways
    /// out do not count on the id rule (`--overlap later` leaves rows with ids to it:
    /// `rule` `.later` says that it was given).
    func message(_ a: String, _ b: String, withIds: (a: Bool, b: Bool), rule: OverlapRule = .refuse) -> String {
        let bothIds = withIds.a && withIds.b
        func day(_ d: Int32) -> String { CalendarDay(daysSinceEpoch: d).description }
        func rows(_ n: Int) -> String { n == 1 ? "1 row" : "\(Estimate.grouped(Int64(n))) rows" }
        let dates = first == last ? day(first) : "\(day(first)) to \(day(last))"
        let places = countries.count <= 3 ? countries.joined(separator: ", ") : countries.prefix(3).joined(separator: ", ") + " and \(countries.count - 3) more"
        let ids = bothIds
            ? " (both with ids, but their ids are not in the other file: ids each export gives its own rows, row numbers or ids renumbered by a tool, "
                + "which the id rule cannot match: it counts an event once only when both files give it the same id)"
            : withIds.a == withIds.b ? "" : " (\(withIds.a ? a : b) with an id column, \(withIds.a ? b : a) without: the id rule cannot match them)"
        let common = onCommonColumns ? ", compared on the columns both have" : ""
        var text: String
        let areaWords = areaWordPair.map { ". The rows are alike only with \"\($0.a)\" (\(a)) and \"\($0.b)\" (\(b)) taken for one place (a name with and without an area word): if they are two places, give --overlap both" } ?? ""
        let classic = alikeRows > 0 && (differingDays == 0 || (alikeRows * 3 >= rowsA * 2 && alikeRows * 3 >= rowsB * 2) || isContained)
        if let c = cut, c.refuse, !classic, !isRevised {
            let more = c.count > 1 ? ", and \(c.count - 1) more countr\(c.count == 2 ? "y" : "ies") on a day of theirs so" : ""
            let rowsThere = c.alike > 0
                ? "with \(c.alike) rows there alike in every column but the figures, the id, the places and the actor (\(c.a) rows in \(a), \(c.b) in \(b): places or actors re-coded, or the others added, dropped or re-coded)"
                : "with rows of the same places there (\(c.a) in \(a), \(c.b) in \(b)) but other figures"
            return "\(a) and \(b) both hold \(day(c.day)) (\(c.country)\(more)), the last day of one and the first of the other, \(rowsThere)"
                + ": the mark of a later export that repeats the day the earlier one was cut at, "
                + "with that day's figures revised (preliminary in one, final in the other); read both, that day's events would be counted twice: give "
                + "--overlap later to count the day from \(b) (the file given last, as the newer export) only, or cut one file at that day (the one "
                + "ending on it to \(day(c.day &- 1)), or the one starting on it from \(day(c.day &+ 1))); if the rows there are other events of that "
                + "day (a query's pages cut inside a day), give --overlap both"
        }
        // The rows the ways out speak of: those alike, or (a re-export that revised the
        // figures) those alike but for their figures.
        let shared = classic ? alikeRows : shapeRows
        if !classic {
            let n = { (k: Int) in Estimate.grouped(Int64(k)) }
            text = "\(a) and \(b) hold the same \(rows(shapeRows))\(ids) but for their figures on the dates they share (\(dates), \(places); \(n(rowsA)) in \(a) and \(n(rowsB)) in \(b) there): "
                + "on \(shapeDays == 1 ? "1 day" : "\(n(shapeDays)) days") each row of one has a row in the other alike in every column but the figures and the id "
                + "(dates, places, and text two sources do not write alike: source, notes, headline, coordinates), as a re-export of one source that revised the figures"
                + (alikeRows > 0 ? " (\(rows(alikeRows)) with the same figures)" : "") + "; read both, each of those events would be counted twice"
        } else if differingDays == 0 && wholeA && wholeB {
            // Rows are alike without their actors (exports spell them variously, review20b
            // O8), so two files of other events can be alike by chance (three rows of one
            // day and place, small figures, other actors): the way out for them is said.
            text = "\(b) holds the same \(rows(alikeRows)) as \(a)\(ids), on the same dates (\(dates), \(places)\(common)): a copy; read both, every event in them would be counted twice: give one of them"
                + (areaWords.isEmpty ? "; rows are compared without their actors (which exports spell variously): if the two files' actors differ and they "
                    + "are other events only alike in their dates, places, measures and figures, give --overlap both" : areaWords)
            return (rule == .later ? "--overlap later leaves rows with ids to the id rule, so it cannot apply here: " : "") + text
        } else if differingDays == 0 {
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
                let (inner, rowsIn) = containedSide.map { ($0.a ? a : b, $0.rows) } ?? (a, placeA)
                text += "; on the \(bothDays == 1 ? "day" : "\(n(bothDays)) days") both have rows on, \(n(placeAlike)) of the \(n(rowsIn)) rows of \(inner) naming a place are in the other"
            }
            text += "; read both, the rows alike would be counted twice"
        }
        let before = CalendarDay(daysSinceEpoch: first &- 1).description, after = CalendarDay(daysSinceEpoch: last &+ 1).description
        // What each way out keeps (review20b F1: two incident lists of one province, most
        // rows alike, were offered --overlap later, which kept the later list's rows only).
        let n = { (k: Int) in Estimate.grouped(Int64(k)) }
        let lost = rowsA - shared
        let later = bothIds
            ? "remove the id column of both files and give --overlap later (it leaves rows with ids to the id rule) to count those dates from \(b) "
            : "give --overlap later to count those dates from \(b) "
        let given = rule == .later ? "--overlap later leaves rows with ids to the id rule, so it cannot apply here: " : ""
        return given + text + ": " + later + "(the file given last, as a newer export) only "
            + "(its \(rows(rowsB)) there; \(a)'s \(n(rowsA)) there are left out" + (lost > 0 ? ", \(n(lost)) of them not in \(b)" : "") + "), "
            + "or cut one file at a date (\(a) to \(before), or \(b) from \(after)), "
            + (bothIds ? "or give the rows of both files the same ids (an event with an id is counted once); " : "or give the rows ids (an event with an id is counted once); ")
            + "if they are two sources whose records happen to be alike, give --overlap both (every row of both, the \(rows(shared)) alike\(classic ? "" : " but for their figures") counted twice)"
            + (lost > 0 && rowsB > shared ? ". Two lists of the same events by two sources (most events in both, some in one only) fit neither "
               + "(the events in both once and the others of each: \(n(rowsA + rowsB - shared)) rows there): merge them into one list first, or count each in a run of its own" : "")
            + areaWords
    }
}

/// The last input read is not kept as a table (issue 9: its rows, 16 bytes each while
/// read, were the peak): its rows are matched, as the workers read them, with each
/// earlier input's table they are compared with, and only what ``OverlapFinding`` needs
/// is kept: per day of that table, the input's rows, those naming a place and those
/// alike (by `core` and by `full`: which one counts is known when both inputs' columns
/// are), and per row of the table whether a row of the input took it (a bit each way).
/// A row takes a row of the table with its print on its day not yet taken, so each
/// print counts as many times as it is in both, as the table-to-table walk counts it.
/// Shared by the workers: bits are taken and counts added atomically.
final class DayProbe: @unchecked Sendable {
    let table: DayTable
    /// Which of the input's rows it takes: with ids (true) or without.
    let withIds: Bool
    /// Per row of the table and way of comparing (``mode``: `core` or `full`, area words
    /// compared or not, ``DayTable/areaWordMask(looseAreas:)``), whether a row of the
    /// input took it: 4 bitsets.
    private let taken: [UnsafeMutablePointer<UInt64>]
    /// Per day of the table: rows | rows naming a place << 32; then rows alike and rows
    /// naming a place alike, by way of comparing: 16-bit lanes of one word each when no
    /// day of the table has 65,536 rows (a day's alike rows are rows of the table's day,
    /// so no lane overflows), else a word each. Zeroed pages from calloc: a probe whose
    /// rows never come (the input has no rows with ids) costs no memory.
    private let sums: UnsafeMutablePointer<UInt64>
    private let lanes: Bool
    private let stride: Int

    /// The way of comparing: 0 core, 1 full, 2 core without area words, 3 full without.
    @inline(__always)
    static func mode(full: Bool, looseAreas: Bool) -> Int { (full ? 1 : 0) | (looseAreas ? 2 : 0) }

    init(table: DayTable, withIds: Bool) {
        self.table = table
        self.withIds = withIds
        let words = max(1, (table.cores.count + 63) / 64)
        taken = (0 ..< 4).map { _ in calloc(words, 8)!.assumingMemoryBound(to: UInt64.self) }
        var widest = 0
        for i in table.days.indices { widest = max(widest, Int(table.starts[i + 1] - table.starts[i])) }
        lanes = widest < 1 << 16
        stride = lanes ? 3 : 9
        sums = calloc(max(1, table.days.count * stride), 8)!.assumingMemoryBound(to: UInt64.self)
    }

    deinit {
        for t in taken { free(t) }
        free(sums)
    }

    /// A row of the input that is not a zero row; false when the table has no rows on
    /// its day (the caller counts it).
    @inline(__always)
    func add(_ key: UInt64, core: UInt32, full: UInt32) -> Bool {
        guard let i = table.dayIndex(key) else { return false }
        let place = UInt64(core >> 1 & 1)
        let base = sums + stride * i
        tally_atomic_add_u64(base, 1 | place << 32)
        let from = Int(table.starts[i]), to = Int(table.starts[i + 1])
        let c = Self.take(core, in: table.cores, from, to, taken[0], taken[2])
        let f = Self.take(full, in: table.fulls, from, to, taken[1], taken[3])
        let took = (c & 1) | (f & 1) << 1 | (c >> 1) << 2 | (f >> 1) << 3
        guard took != 0 else { return true }
        if lanes {
            var v: UInt64 = 0
            for m in 0 ..< 4 where took & 1 << m != 0 { v |= 1 << (16 * UInt64(m)) }
            tally_atomic_add_u64(base + 1, v)
            if place != 0 { tally_atomic_add_u64(base + 2, v) }
        } else {
            for m in 0 ..< 4 where took & 1 << m != 0 {
                tally_atomic_add_u64(base + 1 + m, 1)
                if place != 0 { tally_atomic_add_u64(base + 5 + m, 1) }
            }
        }
        return true
    }

    /// Takes a row with print `p` not yet taken among `prints[from ..< to]` (sorted), as
    /// it is (bit 0 of the result, in `exact`) and with its area-word bits aside (bit 1,
    /// in `loose`): the latter differ from it in its 6 low bits only, so lie between `p`
    /// with them cleared and set; each is the first not yet taken in order.
    @inline(__always)
    private static func take(_ p: UInt32, in prints: [UInt32], _ from: Int, _ to: Int,
                             _ exact: UnsafeMutablePointer<UInt64>, _ loose: UnsafeMutablePointer<UInt64>) -> Int {
        prints.withUnsafeBufferPointer { b in
            let low = p & ~0x3F, high = p | 0x3F
            let mask = DayTable.areaWordMask(looseAreas: true), want = p & mask
            var lo = from, hi = to
            while lo < hi {
                let m = (lo + hi) >> 1
                if b[m] < low { lo = m + 1 } else { hi = m }
            }
            var took = 0
            while lo < to && b[lo] <= high && took != 3 {
                let v = b[lo]
                if took & 1 == 0, v == p, tally_atomic_take_bit(exact, lo) != 0 { took |= 1 }
                if took & 2 == 0, v & mask == want, tally_atomic_take_bit(loose, lo) != 0 { took |= 2 }
                lo += 1
            }
            return took
        }
    }

    /// The input's rows on day `i` of the table (not zero rows), those naming a place,
    /// and those alike (by `full` or `core`, area words aside or not).
    func counts(day i: Int, full: Bool, looseAreas: Bool) -> (rows: Int, place: Int, alike: Int, placeAlike: Int) {
        let base = sums + stride * i
        let r = base[0], m = DayProbe.mode(full: full, looseAreas: looseAreas)
        if lanes {
            let shift = UInt64(16 * m)
            return (Int(r & 0xFFFF_FFFF), Int(r >> 32), Int(base[1] >> shift & 0xFFFF), Int(base[2] >> shift & 0xFFFF))
        }
        return (Int(r & 0xFFFF_FFFF), Int(r >> 32), Int(base[1 + m]), Int(base[5 + m]))
    }

    /// The input's rows (not zero rows) on days the table has and that `other` covers.
    func rowsCovered(by other: DayTable) -> Int {
        rowsCovered { other.covers(country: $0, day: $1) }
    }

    func rowsCovered(where test: (_ country: UInt64, _ day: Int32) -> Bool) -> Int {
        var n = 0
        for (i, k) in table.days.enumerated() where test(DayTable.country(k), DayTable.day(k)) {
            n += Int(sums[stride * i] & 0xFFFF_FFFF)
        }
        return n
    }
}

/// A worker's part of the last input read (``DayProbe``): per country the first and
/// last day and its name, the rows, and per probe its rows on days the probe's table
/// has none (by day: a table of days, not of rows).
struct DayStream {
    var probes: [DayProbe] = []
    var elsewhere: [[UInt64: Int]] = []
    var ranges: [UInt64: (first: Int32, last: Int32)] = [:]
    var names: [UInt64: String] = [:]
    var rows = 0, counted = 0
    var columns: UInt32 = 0
    var shapes: [UInt64: RowShapes] = [:], stableShapes: [UInt64: RowShapes] = [:]
    var others = OtherValues(), stableOthers = OtherValues()
    var edges: [UInt64: EdgeDays] = [:]

    init(probes: [DayProbe] = []) {
        self.probes = probes
        elsewhere = Array(repeating: [:], count: probes.count)
    }

    @inline(__always)
    mutating func add(_ key: UInt64, core: UInt32, full: UInt32, shape: RowShape = RowShape(), edge: UInt64 = 0, name: () -> String) {
        rows += 1
        EdgeDays.note(&edges, key, edge, shape: shape.loose)
        if shape.strict != 0 { shapes[key, default: RowShapes()].add(shape.strict); others.add(shape.strictOther) }
        if shape.stable != 0 { stableShapes[key, default: RowShapes()].add(shape.stable); stableOthers.add(shape.stableOther) }
        let c = DayTable.country(key), d = DayTable.day(key)
        if let r = ranges[c] {
            if d < r.first || d > r.last { ranges[c] = (min(r.first, d), max(r.last, d)) }
        } else {
            ranges[c] = (d, d)
            names[c] = name()
        }
        guard core != 0 else { return }
        counted += 1
        for i in probes.indices where !probes[i].add(key, core: core, full: full) {
            elsewhere[i][key, default: 0] += 1
        }
    }
}

/// The last input read, its workers' parts (``DayStream``) joined: what a
/// ``DayTable`` says of it but its rows.
struct StreamedDays {
    var ranges: [UInt64: (first: Int32, last: Int32)] = [:]
    var names: [UInt64: String] = [:]
    var rows = 0, counted = 0
    var columns: UInt32 = 0
    /// Per day with rows whose other columns are written: their shapes (``RowShapes``),
    /// and how varied those columns are.
    var shapes: [UInt64: RowShapes] = [:], stableShapes: [UInt64: RowShapes] = [:]
    var others = OtherValues(), stableOthers = OtherValues()
    /// Per country: its first and last day and their rows naming a place (``EdgeDays``).
    var edges: [UInt64: EdgeDays] = [:]
    /// Per probe (in the parts' order): rows on days its table has none.
    var elsewhere: [[UInt64: Int]] = []
    /// The input's place spellings (``DayTable/spellings``).
    var spellings: [UInt64: PlaceSpelling] = [:]

    var isEmpty: Bool { rows == 0 }

    /// Joins the parts (which are emptied), the first part's name of a country kept.
    init(_ parts: inout [DayStream]) {
        for i in parts.indices {
            let p = parts[i]
            columns |= p.columns
            rows += p.rows; counted += p.counted
            for (c, r) in p.ranges {
                if let g = ranges[c] { ranges[c] = (min(g.first, r.first), max(g.last, r.last)) } else { ranges[c] = r }
            }
            for (c, n) in p.names where names[c] == nil { names[c] = n }
            for (k, v) in p.shapes { shapes[k, default: RowShapes()].merge(v) }
            for (k, v) in p.stableShapes { stableShapes[k, default: RowShapes()].merge(v) }
            others.merge(p.others); stableOthers.merge(p.stableOthers)
            for (c, e) in p.edges { edges[c] = edges[c].map { $0.merged(e) } ?? e }
            if elsewhere.isEmpty { elsewhere = Array(repeating: [:], count: p.elsewhere.count) }
            for (j, e) in p.elsewhere.enumerated() { for (k, n) in e { elsewhere[j][k, default: 0] += n } }
            parts[i] = DayStream()
        }
    }

    /// The input's rows (not zero rows) on days that `other` covers, given probe `j`
    /// (whose table's days are the rest of its rows'): those `--overlap later` leaves out.
    func rowsCovered(by other: DayTable, probe: DayProbe, _ j: Int) -> Int {
        rowsCovered(where: { other.covers(country: $0, day: $1) }, probe: probe, j)
    }

    func rowsCovered(where test: (_ country: UInt64, _ day: Int32) -> Bool, probe: DayProbe, _ j: Int) -> Int {
        var n = probe.rowsCovered(where: test)
        for (k, m) in elsewhere[j] where test(DayTable.country(k), DayTable.day(k)) { n += m }
        return n
    }
}
