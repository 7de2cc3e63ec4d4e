import Testing
import TallyCore
@testable import TallyIO

/// Issue 9 (speed): the per-row caches added on 7 December must answer exactly what the
/// long way answers, whatever they evict.
@Suite struct ReadMemos {
    /// Four tags of one set are all kept; a fifth evicts one of them, which then is not
    /// found (worked out again by the caller), never another's answer.
    @Test func fourWayCacheKeepsFourTagsOfASetAndNeverAnswersAnothersTag() {
        let cache = FourWayCache(sets: 4)
        // The set is taken from bits 32 and up: these five share set 1.
        let tags: [UInt64] = (1 ... 5).map { UInt64($0) << 40 | 1 << 32 | UInt64($0) }
        for (i, t) in tags.prefix(4).enumerated() { cache.put(t, UInt64(i) + 100) }
        for (i, t) in tags.prefix(4).enumerated() { #expect(cache.find(t) == UInt64(i) + 100) }
        cache.put(tags[4], 104)
        #expect(cache.find(tags[4]) == 104)
        let kept = tags.prefix(4).filter { cache.find($0) != nil }
        #expect(kept.count == 3, "one of the four evicted, the others kept")
        for (i, t) in tags.prefix(4).enumerated() where cache.find(t) != nil { #expect(cache.find(t) == UInt64(i) + 100) }
        // A tag of 0 is the empty way: never kept, never found.
        cache.put(0, 7)
        #expect(cache.find(0) == nil)
        // Putting a tag again replaces its answer in place.
        cache.put(tags[4], 105)
        #expect(cache.find(tags[4]) == 105)
    }

    /// More spellings than the memo holds (3,000 countries and names of 5 to 32 bytes, read
    /// in turn three times, a measure between them): every id is the one the first
    /// reading gave.
    @Test func keyMemoGivesTheSameIdsPastItsSize() {
        let strings = Interner()
        let interner = KeyInterner(strings: strings)
        func spelling(_ i: Int) -> String {
            let digits = String(i)
            let pad = String(repeating: "x", count: i % 23)
            return (i % 3 == 0 ? "Ôr" : "Or") + digits + pad + String(digits.reversed())
        }
        let names = (0 ..< 3_000).map(spelling)
        #expect(names.contains { $0.utf8.count > KeyInterner.Memo.maxBytes } && names.contains { $0.utf8.count <= 8 })
        func intern(_ s: String, _ kind: KeyKind) -> UInt32 {
            var t = s
            return t.withUTF8 { interner.intern($0.baseAddress!, $0.count, kind) }
        }
        var first: [String: UInt32] = [:]
        for round in 0 ..< 3 {
            for (i, n) in names.enumerated() {
                for kind in [KeyKind.region, .name] {
                    let id = intern(n, kind)
                    let key = "\(kind)|\(n)"
                    if round == 0 && first[key] == nil { first[key] = id } else { #expect(first[key] == id, "\(key)") }
                }
                if i % 100 == 0 { #expect(intern("killed", .measure) == intern("killed", .measure)) }
            }
        }
        // The canonical form is what the long way gives: a name and a country of the same
        // bytes are one string here (no known country among them).
        #expect(intern(names[5], .region) == intern(names[5], .name))
    }

    /// A known country spelled two ways, read alternately past the memo's evictions: both
    /// spellings are the one key, and each spelling's rows are counted (the printed name
    /// is the spelling used most).
    @Test func aKnownCountrysSpellingsAreCountedThroughTheMemo() {
        let interner = KeyInterner(strings: Interner())
        func intern(_ s: String) -> UInt32 {
            var t = s
            return t.withUTF8 { interner.intern($0.baseAddress!, $0.count, .region) }
        }
        var ids = Set<UInt32>()
        for i in 0 ..< 5_000 {
            ids.insert(intern(i % 3 == 0 ? "Burma" : "Myanmar"))
            _ = intern("Place\(i)x\(i * 7)") // evicts
        }
        #expect(ids.count == 1)
        let counts = Dictionary(interner.regionSpellingRows().map { ($0.spelling, $0.rows) }, uniquingKeysWith: +)
        #expect(counts["Burma"] == 1_667 && counts["Myanmar"] == 3_333)
    }
}
