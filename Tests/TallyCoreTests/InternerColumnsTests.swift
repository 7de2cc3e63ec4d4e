import Testing
@testable import TallyCore

/// Issue 9 (stop 52): the interner keeps each id's hash and tag in memory of its own,
/// grown by doubling, not in Swift arrays. Past every growth, an id keeps its hash (the
/// bytes' ``Interner/hash(_:_:)``, which content keys compare across workers), its tag,
/// and its bytes, and a spelling seen before gives its id again.
@Suite struct InternerColumns {
    @Test func idsKeepTheirHashesTagsAndBytesPastEveryGrowth() {
        let strings = Interner(capacity: 4)
        let names = (0 ..< 20_000).map { "place \($0) " + String(repeating: "é", count: $0 % 7) }
        var ids: [UInt32] = []
        for (i, name) in names.enumerated() {
            let id = strings.intern(name)
            ids.append(id)
            strings.setTag(id, UInt8(truncatingIfNeeded: i % 251 + 1))
        }
        #expect(ids == (0 ..< 20_000).map(UInt32.init))
        #expect(strings.count == 20_000)
        for (i, name) in names.enumerated() {
            let id = ids[i]
            let bytes = Array(name.utf8)
            #expect(strings.storedHash(id) == bytes.withUnsafeBytes { Interner.hash($0.baseAddress!, $0.count) })
            #expect(strings.tag(id) == UInt8(truncatingIfNeeded: i % 251 + 1))
            #expect(strings.string(id) == name)
            #expect(strings.intern(name) == id, "a spelling seen before keeps its id")
        }
        #expect(strings.tags.count == 20_000 && strings.tags[19_999] == UInt8(truncatingIfNeeded: 19_999 % 251 + 1))
        // A new spelling after the growths gets the next id, untagged.
        let late = strings.intern("a late name")
        #expect(late == 20_000 && strings.tag(late) == 0)
    }
}
