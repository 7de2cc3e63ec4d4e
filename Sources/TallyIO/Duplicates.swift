/// The identity of an event read from a file: a 128-bit hash of its id (UCDP `id`,
/// ACLED `event_id_cnty`, native `id` with the measure) in the namespace of its schema,
/// so a UCDP id never meets a native one. Two independent 64-bit hashes make a
/// collision among even ten million ids vanishingly unlikely (about 2^-80).
struct EventKey: Hashable {
    var a: UInt64
    var b: UInt64

    init(_ p: UnsafePointer<UInt8>, _ n: Int, namespace: String) {
        a = 0xCBF2_9CE4_8422_2325
        b = 0x9E37_79B9_7F4A_7C15
        for u in namespace.utf8 { step(u) }
        step(0xFF)
        // Ids are compared without the spaces around them ("123 " is 123).
        var s = 0, e = n
        while s < e && p[s] == 0x20 { s += 1 }
        while e > s && p[e - 1] == 0x20 { e -= 1 }
        for i in s ..< e { step(p[i]) }
    }

    @inline(__always)
    mutating func step(_ u: UInt8) {
        a = (a ^ UInt64(u)) &* 0x0000_0100_0000_01B3
        b = (b &+ UInt64(u) &+ 1) &* 0xBF58_476D_1CE4_E5B9
        b ^= b >> 29
    }

    mutating func mix(_ text: String) {
        step(0xFE)
        for u in text.utf8 { step(u) }
    }
}

/// Event ids and the fingerprint of the figures they were read with.
final class IdTable: @unchecked Sendable {
    private(set) var entries: [EventKey: UInt64] = [:]

    var count: Int { entries.count }

    subscript(key: EventKey) -> UInt64? { entries[key] }

    /// Adds an id; false when it was already there.
    @inline(__always)
    func insert(_ key: EventKey, _ fingerprint: UInt64) -> Bool {
        entries.updateValue(fingerprint, forKey: key) == nil
    }

    /// Adds another table's ids; returns how many were already here.
    func absorb(_ other: IdTable) -> Int {
        var repeated = 0
        for (k, v) in other.entries where entries.updateValue(v, forKey: k) != nil { repeated += 1 }
        return repeated
    }

    func removeAll() { entries.removeAll() }
}

/// The ids of the input being read, shared by every worker: a row and its repeat may
/// sit in blocks parsed at the same time by different workers, so a per-worker table
/// would miss them. Sharded by hash so workers rarely wait for each other.
///
/// Within one input (a file, standard input, pages concatenated with `cat`) an id
/// identifies one event: a row repeated byte for byte (a page saved twice, pages that
/// overlap) is counted once; the same id with other contents is refused, because one
/// input cannot say which version is newer (docs/aggregation.md, "Duplicate events").
final class InputIds: @unchecked Sendable {
    struct Entry {
        /// What ``IdTable`` keeps for the files read after this one.
        var fingerprint: UInt64
        /// A hash of the whole record, to tell a repeat from another version.
        var row: UInt64
        /// Where the row is: its block and line in that block.
        var sequence: Int
        var line: Int
    }

    enum Outcome {
        case first
        case repeated
        case differs(Entry)
    }

    private final class Shard {
        let lock = Lock()
        var entries: [EventKey: Entry] = [:]
    }

    private let shards: [Shard] = (0 ..< 64).map { _ in Shard() }

    /// Notes an id; says whether it was already read in this input, and how.
    @inline(__always)
    func add(_ key: EventKey, _ entry: Entry) -> Outcome {
        let shard = shards[Int(truncatingIfNeeded: key.b >> 58)]
        return shard.lock.locked {
            if let old = shard.entries[key] { return old.row == entry.row ? .repeated : .differs(old) }
            shard.entries[key] = entry
            return .first
        }
    }

    /// Moves the ids into `table` (the ids of the files given later) and empties this.
    func drain(into table: IdTable?) {
        for s in shards {
            if let table { for (k, e) in s.entries { _ = table.insert(k, e.fingerprint) } }
            s.entries.removeAll()
        }
    }
}

/// A fast hash of a record's bytes, eight at a time (a repeat must be found without
/// slowing the reading of files that have none).
@inline(__always)
func recordHash(_ p: UnsafePointer<UInt8>, _ n: Int, _ seed: UInt64) -> UInt64 {
    var h = seed ^ (UInt64(n) &* 0x9E37_79B9_7F4A_7C15)
    var i = 0
    let raw = UnsafeRawPointer(p)
    while i + 8 <= n {
        let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        h = (h ^ w) &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 31
        i += 8
    }
    var tail: UInt64 = 0
    while i < n { tail = (tail << 8) | UInt64(p[i]); i += 1 }
    h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
    return h ^ (h >> 29)
}

/// Events read more than once, by id.
public struct DuplicateCounts: Sendable, Equatable {
    /// Rows whose id was read again from a file given later with the same figures:
    /// counted once.
    public var dropped = 0
    /// Rows whose id was read again from a file given later with other figures: the
    /// later file's figures replace them.
    public var replaced = 0
    /// Rows that repeat an earlier row of the same input byte for byte (same id, same
    /// contents: a page saved twice, overlapping API pages): counted once.
    public var withinFile = 0

    public init() {}

    public var any: Bool { dropped + replaced + withinFile > 0 }

    mutating func add(_ o: DuplicateCounts) {
        dropped += o.dropped; replaced += o.replaced; withinFile += o.withinFile
    }
}
