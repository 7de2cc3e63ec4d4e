import Testing
@testable import TallyIO

/// Issue 9 (speed): the long-gap rule's days by country moved from one hash table to a
/// flat array per country, with a hash table for what the arrays may not hold. Whatever
/// goes where, the entries must be the latest day covered per country and day, as the
/// dictionary they replace gave them.
@Suite struct CountryDayEndsTable {
    /// A generator of the same numbers on every machine (SplitMix64).
    struct Numbers {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(n))
        }
    }

    func check(_ notes: [(country: UInt32, day: Int32, end: Int32)]) {
        var table = CountryDayEnds()
        var reference: [UInt64: Int32] = [:]
        for n in notes {
            table.note(n.country, day: n.day, end: n.end)
            let k = UInt64(n.country) << 32 | UInt64(UInt32(bitPattern: n.day))
            reference[k] = max(reference[k] ?? n.end, n.end)
        }
        var got: [UInt64: Int32] = [:]
        var twice = 0
        table.forEach { k, e in
            if got[k] != nil { twice += 1 }
            got[k] = e
        }
        #expect(twice == 0)
        #expect(got == reference)
        // A file read again later in the run starts from its entries.
        var again: [UInt64: Int32] = [:]
        CountryDayEnds(table.entries).forEach { again[$0] = $1 }
        #expect(again == reference)
    }

    @Test func daysOfAFewCountriesInAnyOrderKeepTheLatestEnd() {
        var r = Numbers(state: 1)
        var notes: [(country: UInt32, day: Int32, end: Int32)] = []
        for _ in 0 ..< 50_000 {
            let day = Int32(18_000 + r.next(2_600))
            notes.append((UInt32(r.next(20) * 7), day, day + Int32(r.next(40))))
        }
        check(notes)
    }

    @Test func daysDecadesApartGoToTheHashTableAndStillCount() {
        // One country's days 1900 to 2026 (beyond an array's span), another's far apart.
        var notes: [(country: UInt32, day: Int32, end: Int32)] = []
        for y in stride(from: -25_567, through: 20_800, by: 97) { notes.append((3, Int32(y), Int32(y + 5))) }
        notes += [(4, 0, 3), (4, 40_000, 40_010), (4, 0, 9), (4, 40_000, 40_001), (4, 20, 20)]
        // Ends an array's byte cannot say (more than 254 days on, or before the day).
        notes += [(5, 100, 100), (5, 100, 400), (5, 101, 90), (5, 102, 103), (5, 100, 120)]
        check(notes)
    }

    @Test func manyCountriesBeyondTheCellLimitAndLargeIdsStillCount() {
        // 3,000 countries of a few days each fill the arrays' cells; ids past the direct table too.
        var r = Numbers(state: 7)
        var notes: [(country: UInt32, day: Int32, end: Int32)] = []
        for c in 0 ..< 3_000 {
            let id = UInt32(c < 2_000 ? c : 70_000 + c * 13)
            for _ in 0 ..< 3 {
                let day = Int32(19_000 + r.next(5_000))
                notes.append((id, day, day + Int32(r.next(3))))
            }
        }
        // An array that grows over days the hash table took already.
        notes += [(1, 10_000, 10_001), (1, 19_000, 19_002), (1, 10_000, 10_004)]
        check(notes)
    }
}
