import Testing
@testable import TallyIO

/// The id tables that count each event once: a key lost or confused here is an event
/// counted twice or dropped, so the table is checked against `Dictionary` itself.
@Suite struct EventKeyTableTests {
    /// Keys as the reader makes them, from id text in a schema's namespace.
    func key(_ id: String, _ namespace: String = "native") -> EventKey {
        let bytes = Array(id.utf8)
        return bytes.withUnsafeBufferPointer { EventKey($0.baseAddress!, $0.count, namespace: namespace) }
    }

    @Test func agreesWithADictionaryThroughEveryGrowth() {
        var table = EventKeyTable<UInt64>(filler: 0)
        var reference: [EventKey: UInt64] = [:]
        // 200,000 ids (the table grows from 16 slots 14 times), each added twice
        // (the second time with another value, which must not replace the first),
        // and ids that differ only in namespace or by a last digit.
        for i in 0 ..< 100_000 {
            for k in [key(String(i)), key(String(i), "ucdp")] {
                #expect(table.insertIfAbsent(k, UInt64(i)) == nil)
                reference[k] = UInt64(i)
            }
        }
        for i in stride(from: 0, to: 100_000, by: 7) {
            #expect(table.insertIfAbsent(key(String(i)), 999_999_999) == UInt64(i))
        }
        #expect(table.count == reference.count)
        #expect(table.count == 200_000)
        for (k, v) in reference { #expect(table[k] == v) }
        #expect(table[key("100000")] == nil)
        #expect(table[key("1", "acled")] == nil)
        var seen = 0
        table.forEach { k, v in
            seen += 1
            #expect(reference[k] == v)
        }
        #expect(seen == 200_000)
    }

    @Test func setReplacesAndAdds() {
        var table = EventKeyTable<UInt64>(filler: 0)
        table.set(key("a"), 1)
        table.set(key("a"), 2)
        table.set(key("b"), 3)
        #expect(table[key("a")] == 2)
        #expect(table[key("b")] == 3)
        #expect(table.count == 2)
        table.removeAll()
        #expect(table.count == 0)
        #expect(table[key("a")] == nil)
    }

    /// The all-zero key marks an empty slot; a real key equal to it must still be
    /// found, and must not be confused with its stand-in's neighbour.
    @Test func theVacantMarkerIsNeverLost() {
        var table = EventKeyTable<UInt64>(filler: 0)
        #expect(table[EventKey(a: 0, b: 0)] == nil)
        #expect(table.insertIfAbsent(EventKey(a: 0, b: 0), 7) == nil)
        #expect(table[EventKey(a: 0, b: 0)] == 7)
        #expect(table.count == 1)
        var seen = 0
        table.forEach { _, _ in seen += 1 }
        #expect(seen == 1)
    }

    @Test func inputIdsTellARepeatFromAnotherVersion() {
        let ids = InputIds()
        let k = key("42")
        let first = InputIds.Entry(fingerprint: 1, row: 10, sequence: 3, line: 17)
        guard case .first = ids.add(k, first) else { Issue.record("first add"); return }
        guard case .repeated = ids.add(k, InputIds.Entry(fingerprint: 1, row: 10, sequence: 5, line: 2)) else {
            Issue.record("a byte-for-byte repeat"); return
        }
        guard case let .differs(old) = ids.add(k, InputIds.Entry(fingerprint: 2, row: 11, sequence: 6, line: 1)) else {
            Issue.record("another version"); return
        }
        #expect(old.sequence == 3)
        #expect(old.line == 17)
        let later = IdTable()
        ids.drain(into: later, file: 4)
        #expect(later.count == 1)
        #expect(later[k]?.fingerprint == 1)
        #expect(later[k]?.file == 4)
        guard case .first = ids.add(k, first) else { Issue.record("drained"); return }
    }
}
