#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether the ids of one block rise strictly, row after row, so that no id can
/// repeat within it: the check that lets one file be read without a table of every id.
///
/// Counting each event once within an input takes a table of every id read (40 bytes
/// an id, and a cache miss per row: a third of `aggregate`'s time on 2M rows). A file
/// whose ids rise throughout (UCDP's and ACLED's are often sorted, generated data
/// always) cannot repeat one, and needs only the last id of each block. Ids are
/// ordered shortest first, then byte by byte, so `9` < `10` < `SYR9`; a native id may
/// come once per measure, so an id equal to the one before is allowed with a measure
/// not yet seen for it. The first id that does not rise ends the check, and the input
/// is read again with the table (``Ingest``).
struct IdOrder {
    private(set) var broken = false
    /// The first id of the block and the measures its run of rows carries.
    private(set) var first: [UInt8]?
    private(set) var firstMeasures: [UInt32] = []
    /// Whether every id so far equals the first (the block is one run).
    private(set) var oneRun = true
    /// The last id: held as two words when it has at most 16 bytes (nearly every id),
    /// so that a row compares and replaces it without touching an array (issue 9: the
    /// array's uniqueness checks and copies cost ~150 instructions a row), else as bytes.
    private var lastShort = ShortId()
    private var lastLong: [UInt8] = []
    /// The last id's run's measures: the first, and any others (rare: an id per measure).
    private var lastMeasure: UInt32 = 0
    private var lastOtherMeasures: [UInt32] = []

    /// The last id.
    var last: [UInt8] { lastShort.count >= 0 ? lastShort.bytes : lastLong }
    /// The last id's run's measures.
    var lastMeasures: [UInt32] { first == nil ? [] : [lastMeasure] + lastOtherMeasures }

    /// An id of at most 16 bytes, as its length and its bytes packed into two words in
    /// order (the first 8 bytes in `high`): two ids of one length compare as the words do.
    /// `count` -1: the id is longer (``IdOrder/lastLong`` holds it).
    struct ShortId {
        var count = 0
        var high: UInt64 = 0
        var low: UInt64 = 0

        @inline(__always)
        init() {}

        /// Nil when the id is longer than 16 bytes. `stop` is set when a byte is a
        /// lower-case ASCII letter and `foldsCase`, or a comma and `integer` (the
        /// check ends there: ``IdOrder/note``).
        ///
        /// The bytes are read as words, each within the id: 8 to 16 bytes as its first 8
        /// and its last 8, 4 to 7 as its first 4 and last 4 (overlapping). Two ids of one
        /// length overlap alike, so the words compare as the bytes do: where the first
        /// words agree, the bytes the second repeats agree too.
        @inline(__always)
        init?(_ p: UnsafePointer<UInt8>, _ n: Int, foldsCase: Bool, integer: Bool, stop: inout Bool) {
            guard n <= 16 else { return nil }
            count = n
            let raw = UnsafeRawPointer(p)
            if n >= 8 {
                high = UInt64(bigEndian: raw.loadUnaligned(as: UInt64.self))
                low = UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self))
            } else if n >= 4 {
                high = UInt64(UInt32(bigEndian: raw.loadUnaligned(as: UInt32.self))) << 32
                    | UInt64(UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)))
            } else {
                var h: UInt64 = 0
                for i in 0 ..< n { h = h << 8 | UInt64(p[i]) }
                high = h
            }
            // A lower-case letter (ids folding case) or a comma (integer ids).
            stop = idChangesWhenCompared(p, n, integer: integer, foldsCase: foldsCase)
        }

        /// The id's bytes, from the words (for ``IdOrder/last``, once a block).
        var bytes: [UInt8] {
            func byte(_ word: UInt64, _ k: Int) -> UInt8 { UInt8(truncatingIfNeeded: word >> UInt64(56 - 8 * k)) }
            if count >= 8 {
                return (0 ..< count).map { i in i < 8 ? byte(high, i) : byte(low, i - (count - 8)) }
            }
            if count >= 4 {
                let first = (high >> 32) << 32, last = high << 32
                return (0 ..< count).map { i in i < 4 ? byte(first, i) : byte(last, i - (count - 4)) }
            }
            return (0 ..< count).map { i in byte(high << UInt64(64 - 8 * count), i) }
        }

        /// Shortest first, then byte by byte: negative, zero or positive.
        @inline(__always)
        func compare(_ other: ShortId) -> Int {
            if count != other.count { return count < other.count ? -1 : 1 }
            if high != other.high { return high < other.high ? -1 : 1 }
            if low != other.low { return low < other.low ? -1 : 1 }
            return 0
        }
    }

    /// Notes an id (what ``idBounds`` leaves out is not part of it, as in ``EventKey``); `measure`
    /// is nil for schemas whose id names the event whatever the measure.
    ///
    /// `foldsCase` (``Schema/idsFoldCase``): an id with a lower-case ASCII letter ends
    /// the check (ids are compared without case, which the byte order here does not
    /// know; the table does).
    @inline(__always)
    mutating func note(_ p: UnsafePointer<UInt8>, _ n: Int, measure: UInt32?, integer: Bool = false, foldsCase: Bool = false) {
        if broken { return }
        let (s, e) = eventIdBounds(p, n, integer: integer)
        let m = measure ?? UInt32.max
        var stop = false
        if let id = ShortId(p + s, e - s, foldsCase: foldsCase, integer: integer, stop: &stop) {
            // An integer written with thousands separators is not compared here.
            if stop { broken = true; return }
            guard first != nil else { start(UnsafeBufferPointer(start: p + s, count: e - s), m); return }
            let order = lastShort.count >= 0 ? id.compare(lastShort) : (lastLong.count > id.count ? -1 : 1)
            if order > 0 {
                lastShort = id
                if !lastLong.isEmpty { lastLong = [] }
                newRun(m)
            } else {
                sameId(order, measure, m)
            }
            return
        }
        noteLong(UnsafeBufferPointer(start: p + s, count: e - s), measure, m, integer: integer, foldsCase: foldsCase)
    }

    /// The block's first id.
    private mutating func start(_ id: UnsafeBufferPointer<UInt8>, _ m: UInt32) {
        first = Array(id)
        setLast(id)
        firstMeasures = [m]
        lastMeasure = m
    }

    private mutating func setLast(_ id: UnsafeBufferPointer<UInt8>) {
        var ignored = false
        if let short = ShortId(id.baseAddress ?? UnsafePointer(bitPattern: 1)!, id.count, foldsCase: false, integer: false, stop: &ignored) {
            lastShort = short
            lastLong = []
        } else {
            lastShort.count = -1
            lastLong = Array(id)
        }
    }

    /// A later id than the last: a run of its own begins.
    @inline(__always)
    private mutating func newRun(_ m: UInt32) {
        lastMeasure = m
        if !lastOtherMeasures.isEmpty { lastOtherMeasures = [] }
        oneRun = false
    }

    /// The id is the last one (`order` 0: another measure of it is allowed) or an earlier one.
    @inline(__always)
    private mutating func sameId(_ order: Int, _ measure: UInt32?, _ m: UInt32) {
        if order == 0 && measure != nil && m != lastMeasure && !lastOtherMeasures.contains(m) {
            lastOtherMeasures.append(m)
            if oneRun { firstMeasures.append(m) }
        } else {
            broken = true
        }
    }

    /// An id longer than 16 bytes.
    @inline(never)
    private mutating func noteLong(_ id: UnsafeBufferPointer<UInt8>, _ measure: UInt32?, _ m: UInt32, integer: Bool, foldsCase: Bool) {
        // A lower-case letter (ids folding case) or a comma (integer ids): not compared here.
        if idChangesWhenCompared(id.baseAddress ?? UnsafePointer(bitPattern: 1)!, id.count, integer: integer, foldsCase: foldsCase) { broken = true; return }
        guard first != nil else { start(id, m); return }
        let order = IdOrder.compare(id, last)
        if order > 0 {
            setLast(id)
            newRun(m)
        } else {
            sameId(order, measure, m)
        }
    }

    /// Shortest first, then byte by byte: negative, zero or positive.
    @inline(__always)
    static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: [UInt8]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        if a.isEmpty { return 0 }
        return b.withUnsafeBufferPointer { Int(memcmp(a.baseAddress!, $0.baseAddress!, a.count)) }
    }

    /// What the block says about its ids once read, with measures as names (workers
    /// number names each in their own way); nil when it had no id.
    func summary(_ name: (UInt32) -> String) -> Summary? {
        guard let first else { return broken ? Summary(broken: true) : nil }
        func names(_ ids: [UInt32]) -> Set<String> { Set(ids.map { $0 == UInt32.max ? "" : name($0) }) }
        return Summary(broken: broken, first: first, firstMeasures: names(firstMeasures), last: last,
                       lastMeasures: names(lastMeasures), oneRun: oneRun)
    }

    struct Summary {
        var broken: Bool
        var first: [UInt8] = []
        var firstMeasures: Set<String> = []
        var last: [UInt8] = []
        var lastMeasures: Set<String> = []
        var oneRun = false

        /// Whether ids still rise from the end of `previous` (the block before this one
        /// that had ids) to the start of this one. A run of one id across the boundary
        /// is allowed with other measures, unless either block is that run alone (then
        /// it might run on through a third block: the input is read with the table).
        func follows(_ previous: Summary) -> Bool {
            if broken || previous.broken { return false }
            let order = first.withUnsafeBufferPointer { IdOrder.compare($0, previous.last) }
            if order > 0 { return true }
            if order < 0 || oneRun || previous.oneRun { return false }
            return previous.lastMeasures.isDisjoint(with: firstMeasures) && !firstMeasures.contains("")
        }
    }
}
