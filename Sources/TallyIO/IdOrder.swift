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
    /// The last id and its run's measures.
    private(set) var last: [UInt8] = []
    private(set) var lastMeasures: [UInt32] = []
    /// Whether every id so far equals the first (the block is one run).
    private(set) var oneRun = true

    /// Notes an id (what ``idBounds`` leaves out is not part of it, as in ``EventKey``); `measure`
    /// is nil for schemas whose id names the event whatever the measure.
    @inline(__always)
    ///
    /// `foldsCase` (``Schema/idsFoldCase``): an id with a lower-case ASCII letter ends
    /// the check (ids are compared without case, which the byte order here does not
    /// know; the table does).
    mutating func note(_ p: UnsafePointer<UInt8>, _ n: Int, measure: UInt32?, integer: Bool = false, foldsCase: Bool = false) {
        if broken { return }
        let (s, e) = eventIdBounds(p, n, integer: integer)
        if foldsCase, (s ..< e).contains(where: { p[$0] >= 0x61 && p[$0] <= 0x7A }) {
            broken = true
            return
        }
        // An integer written with thousands separators: not compared here.
        if integer, memchr(p + s, 0x2C, e - s) != nil {
            broken = true
            return
        }
        let m = measure ?? UInt32.max
        let id = UnsafeBufferPointer(start: p + s, count: e - s)
        guard first != nil else {
            first = Array(id)
            last = Array(id)
            firstMeasures = [m]
            lastMeasures = [m]
            return
        }
        let order = IdOrder.compare(id, last)
        if order > 0 {
            // The next id is most often as long as the last: copy over it in place.
            if last.count == id.count && !id.isEmpty {
                last.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: id.baseAddress!, count: id.count) }
            } else {
                last = Array(id)
            }
            if lastMeasures.count == 1 { lastMeasures[0] = m } else { lastMeasures = [m] }
            oneRun = false
        } else if order == 0 && measure != nil && !lastMeasures.contains(m) {
            lastMeasures.append(m)
            if oneRun { firstMeasures.append(m) }
        } else {
            broken = true
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
