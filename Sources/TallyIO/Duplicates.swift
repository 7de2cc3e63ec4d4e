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

/// Events read more than once, by id.
public struct DuplicateCounts: Sendable, Equatable {
    /// Rows whose id was read again from a file given later with the same figures:
    /// counted once.
    public var dropped = 0
    /// Rows whose id was read again from a file given later with other figures: the
    /// later file's figures replace them.
    public var replaced = 0
    /// Ids that appear on more than one row of one file; each row is counted as
    /// published (a file's own rows are never second-guessed).
    public var withinFile = 0

    public init() {}

    public var any: Bool { dropped + replaced + withinFile > 0 }

    mutating func add(_ o: DuplicateCounts) {
        dropped += o.dropped; replaced += o.replaced; withinFile += o.withinFile
    }
}
