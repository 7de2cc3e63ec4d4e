/// The joint-region slip rule (docs/aggregation.md, "Names"), applied to a run's country
/// values once every input is read.
///
/// The harm of a misspelt member is a group split from the group the input also spells
/// right: `Iraq;Syira` beside `Iraq;Syria`, one figure counted twice in a total. So a
/// member of a joint region is refused when it is one typing slip (a letter added,
/// dropped or replaced, two neighbours swapped; both of 4 letters or more) from, or the
/// same but for letter case as, a name the run's input itself spells (a member of a
/// joint region, or a country alone), and tally's list of country names
/// (``CountryNames``) does not hold it. A member no other name of the input is near is
/// read as written: `Irák;Sýrie` (Czech), `Etiopia;Somalia` (Italian) or `Iraki;Syria`
/// (Swahili) alone are groups of their own, whatever their language. A country alone is
/// refused beside a name it is a slip of, or, with nothing in the input spelling that
/// country, when it is a listed country with two neighbouring letters swapped (`Syira`).
enum JointRegionSlips {
    struct Slip: Equatable {
        /// The country value (canonical) holding the slip, and the member.
        var value: String
        var member: String
        /// The name the member is near (of the input, or of tally's list), and the value
        /// of the input that spells it (or its country); nil when only the list does.
        var near: String
        var nearValue: String?
        /// Whether the two differ only in letter case.
        var caseOnly: Bool
        /// Typing slips between them: 1 or 2 (0 when they differ only in case).
        var slips: Int = 1
        /// Whether the value is a country alone, not a joint region.
        var lone: Bool = false
        /// The key of the country `near` names, when `near` is another of its names
        /// (`Siria` for `Syria`).
        var country: String?
        /// Whether the member is `near` with two neighbouring letters swapped, and the
        /// input spells no name of that country (a lone `Syira`).
        var swapped: Bool = false
    }

    /// The longest name compared (in Unicode scalars): no country name comes near it.
    static let longestName = 64

    /// The first value of `values` (the distinct canonical country values of a run, in
    /// the order their rows were read) with a member that is a slip of another name the values
    /// spell; nil when there is none. Costs nothing past a scan when no joint region has
    /// a member the list does not hold.
    static func first(in values: [String]) -> Slip? {
        func separated(_ v: String) -> Bool { KeyKind.mayJoin(v) }
        func size(_ v: String) -> Int { v.unicodeScalars.count }
        func candidate(_ m: String) -> Bool { !CountryNames.isPlace(m) && (4 ... longestName).contains(size(m)) }
        // Nothing to check: no value with a name the list does not hold, nor a joint one.
        guard values.contains(where: { v in
            v.contains(";") ? v.split(separator: ";").contains { candidate(String($0)) || separated(String($0)) }
                : separated(v) || candidate(v)
        }) else { return nil }

        // The names the input spells: each spelling once, with its folded scalars and the
        // first value holding it; by folded form, the first name (and, for a form spelt
        // more ways, every one).
        var spelling: [String] = [], holder: [Int32] = [], scalars: [Unicode.Scalar] = [], ends: [Int32] = []
        func folded(_ k: Int) -> ArraySlice<Unicode.Scalar> { scalars[(k == 0 ? 0 : Int(ends[k - 1])) ..< Int(ends[k])] }
        var byForm: [String: Int] = [:], moreWays: [String: [Int]] = [:]
        for (i, v) in values.enumerated() {
            for m in v.contains(";") ? v.split(separator: ";").map(String.init) : [v] {
                let f = CountryNames.folded(m)
                if let first = byForm[f], spelling[first] == m || moreWays[f]?.contains(where: { spelling[$0] == m }) == true { continue }
                let k = spelling.count
                spelling.append(m); holder.append(Int32(i)); scalars += f.unicodeScalars; ends.append(Int32(scalars.count))
                if let first = byForm[f] { moreWays[f, default: [first]].append(k) } else { byForm[f] = k }
            }
        }
        // Deletion neighbourhoods (every name with one scalar dropped, and itself), as
        // sorted 40-bit hashes beside the name's index: two names one slip apart share one
        // (a replaced or swapped letter, dropped from both; an added one, dropped from the
        // longer). A shared hash is checked letter by letter. 8 bytes a neighbourhood.
        func hash<C: Collection<Unicode.Scalar>>(_ s: C, without skip: Int) -> UInt64 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for (j, u) in s.enumerated() where j != skip { h = (h ^ UInt64(u.value)) &* 0x100_0000_01b3 }
            return h >> 24
        }
        var neighbourhoods: [UInt64] = []
        if spelling.count < 1 << 24 {
            for k in spelling.indices {
                let s = folded(k)
                guard (4 ... longestName).contains(s.count) else { continue }
                for j in -1 ..< s.count { neighbourhoods.append(hash(s, without: j) << 24 | UInt64(k)) }
            }
            neighbourhoods.sort()
        }
        func sharing(_ h: UInt64) -> ArraySlice<UInt64> {
            var lo = 0, hi = neighbourhoods.count
            while lo < hi { let mid = (lo + hi) / 2; if neighbourhoods[mid] >> 24 < h { lo = mid + 1 } else { hi = mid } }
            var end = lo
            while end < neighbourhoods.count && neighbourhoods[end] >> 24 == h { end += 1 }
            return neighbourhoods[lo ..< end]
        }
        /// A name of the input `member` is one slip from or equal to but for case.
        func near(_ member: String) -> (String, Int, Bool)? {
            guard candidate(member) else { return nil }
            let f = CountryNames.folded(member)
            for k in moreWays[f] ?? [] where spelling[k] != member { return (spelling[k], Int(holder[k]), true) }
            let s = Array(f.unicodeScalars)
            var found: [Int] = []
            for j in -1 ..< s.count {
                for e in sharing(hash(s, without: j)) {
                    let k = Int(e & 0xFF_FFFF)
                    if !found.contains(k) && CountryNames.oneEditApart(s, Array(folded(k))) { found.append(k) }
                }
            }
            guard let k = found.min(by: { spelling[$0] < spelling[$1] }) else { return nil }
            return (spelling[k], Int(holder[k]), false)
        }
        /// The country of tally's list `member` is one or two slips from, and the value
        /// of the input that spells that country (by its key), if one does.
        func listed(_ member: String) -> (String, Int, Int?)? {
            guard let (n, d, at) = listedSpelling(member) else { return nil }
            return (n, d, at)
        }
        func country(_ n: String) -> String? { CountryNames.spelling(n).flatMap { $0 == n ? nil : $0 } }
        func listedSpelling(_ member: String) -> (String, Int, Int?)? {
            guard candidate(member), let (n, d) = CountryNames.likelyCountry(member) else { return nil }
            let key = CountryNames.spelling(n) ?? n
            guard let k = byForm[CountryNames.folded(key)] else { return (n, d, nil) }
            // The input spells the country (as its key, `Syria` for `Siria`): named as
            // the input's value holds it when the member is as near that.
            let toKey = CountryNames.distance(Array(CountryNames.folded(member).unicodeScalars),
                                              Array(CountryNames.folded(key).unicodeScalars), atMost: 2)
            if let e = toKey, e >= 1, e <= d { return (key, e, Int(holder[k])) }
            return (n, d, Int(holder[k]))
        }
        /// Whether two names the list does not hold are slips of one listed country
        /// (`Syira`, `Syiria`): `Gamria` (near `Gambia`) and `Amria` are two places.
        func sameCountry(_ a: String, _ b: String) -> Bool {
            guard let x = listed(a), let y = listed(b) else { return false }
            return CountryNames.spelling(x.0) == CountryNames.spelling(y.0)
        }
        // The joint regions of the input, by value: a place written with its country is
        // refused only as a slip of one of them (``KeyKind/placeAndCountry(_:)``).
        var jointAt: [String: Int] = [:]
        for (i, v) in values.enumerated() where v.contains(";") && jointAt[v] == nil { jointAt[v] = i }
        func jointValue(_ a: String, _ b: String) -> Int? {
            guard a != b else { return nil }
            return jointAt[[a, b].sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.joined(separator: ";")]
        }
        var nearGroup: [String: String?] = [:]
        for (i, v) in values.enumerated() {
            let members = v.contains(";") ? v.split(separator: ";").map(String.init) : [v]
            let joint = members.count > 1
            for m in members {
                // `Amli, Norway`, `Aleppo, Syria`: a place written with its country, a name
                // of its own, not a joint region whose `Amli` is a slip of `Mali`; refused
                // only beside the joint region it would split from (`Syira, Iraq` beside
                // `Iraq;Syria`: the same two countries, one misspelt).
                if let (place, inCountry) = KeyKind.placeAndCountry(m) {
                    let key = CountryNames.spelling(inCountry) ?? inCountry
                    if let (n, _, caseOnly) = near(place), let j = jointValue(CountryNames.spelling(n) ?? n, key) {
                        return Slip(value: v, member: place, near: n, nearValue: values[j], caseOnly: caseOnly, slips: caseOnly ? 0 : 1)
                    }
                    if let (n, d, _) = listed(place), let j = jointValue(CountryNames.spelling(n) ?? n, key) {
                        return Slip(value: v, member: place, near: n, nearValue: values[j], caseOnly: false, slips: d, country: country(n))
                    }
                    continue
                }
                if joint {
                    // Two spellings the list does not hold (`Kurdistna`, `Kurdistan` aside):
                    // either may be the slip; it is named where the second is read.
                    if let (n, at, caseOnly) = near(m), CountryNames.isPlace(n) || at <= i {
                        return Slip(value: v, member: m, near: n, nearValue: values[at], caseOnly: caseOnly, slips: caseOnly ? 0 : 1)
                    }
                    // `Iraq;Syrai` with no `Syria` in the input: a slip of a listed country.
                    if let (n, d, at) = listed(m) {
                        return Slip(value: v, member: m, near: n, nearValue: at.map { values[$0] }, caseOnly: false, slips: d, country: country(n))
                    }
                }
                // `Iraq/Syira`: pieces each known or a slip of a name spelt elsewhere or listed.
                if separated(m), let piece = KeyKind.misspeltPiece(m, near: { group in
                    // Each group of pieces is looked up once for the run: values joined from
                    // a few names repeat their groups (review29 P1: 20,000 such values ran
                    // for minutes).
                    if let known = nearGroup[group] { return known }
                    let found = near(group)?.0 ?? listed(group)?.0
                    nearGroup[group] = .some(found)
                    return found
                }) {
                    if let (n, at, caseOnly) = near(piece.member) {
                        return Slip(value: v, member: piece.member, near: n, nearValue: values[at], caseOnly: caseOnly, slips: caseOnly ? 0 : 1)
                    }
                    if let (n, d, at) = listed(piece.member) {
                        return Slip(value: v, member: piece.member, near: n, nearValue: at.map { values[$0] }, caseOnly: false, slips: d, country: country(n))
                    }
                }
                // `Iraq Syira` (spaces only) beside `Iraq;Syria`: a joint region written with
                // spaces (``KeyKind/spacedParts(_:)``) with a misspelt member, refused only
                // beside the joint region it would split from (a place and its country
                // written so, `Lagos Nigeria`, `Amli Norway`, is read as written).
                if !joint, m.contains(" "), !KeyKind.mayJoin(m), let found = KeyKind.misspeltPieceAndNames(m, spaces: true, near: { group in
                    if let known = nearGroup[group] { return known }
                    let found = near(group)?.0 ?? listed(group)?.0
                    nearGroup[group] = .some(found)
                    return found
                }) {
                    var keys = found.names.map { CountryNames.spelling($0) ?? $0 }
                    keys.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                    var unique: [String] = []
                    for k in keys where unique.last != k { unique.append(k) }
                    if unique.count >= 2, let j = jointAt[unique.joined(separator: ";")] {
                        let caseOnly = near(found.member).map { $0.2 } ?? false
                        let slips = caseOnly ? 0 : near(found.member) != nil ? 1 : listed(found.member)?.1 ?? 1
                        return Slip(value: v, member: found.member, near: found.known, nearValue: values[j], caseOnly: caseOnly,
                                    slips: slips)
                    }
                }
                // A country alone (`Syira` beside `Syria`): refused when it is a slip of a
                // place tally knows that the input spells, or of another unknown spelling
                // that differs only in case or is a slip of the same listed country
                // (`Syira` beside `Syiria`).
                // (A hyphen or a dash alone makes no joint region of a name: `Sri-Lnaka` is
                // one name, a slip, when its pieces are no countries.)
                if !joint && !KeyKind.mayJoin(m, dashes: false) {
                    if let (n, at, caseOnly) = near(m), CountryNames.isPlace(n) || (at <= i && (caseOnly || sameCountry(m, n))) {
                        return Slip(value: v, member: m, near: n, nearValue: values[at], caseOnly: caseOnly,
                                    slips: caseOnly ? 0 : 1, lone: true)
                    }
                    if let (n, d, at) = listed(m), let at {
                        return Slip(value: v, member: m, near: n, nearValue: values[at], caseOnly: false, slips: d, lone: true, country: country(n))
                    }
                    // `Syira` with no row spelling Syria: two neighbours swapped in a listed
                    // country's name (``CountryNames/swappedCountry(_:)``; other slips of a
                    // listed country, alone, are read: `Gamria`, `Styria` are places).
                    if candidate(m), let n = CountryNames.swappedCountry(m) {
                        // Swapped in the loose form (`Bneín`), two slips from the input's
                        // `Benin` as folded: named beside it.
                        let key = CountryNames.spelling(n) ?? n
                        if let k = spelling.indices.first(where: { CountryNames.spelling(spelling[$0]) == key }) {
                            return Slip(value: v, member: m, near: spelling[k], nearValue: values[Int(holder[k])], caseOnly: false,
                                        slips: 1, lone: true, country: country(spelling[k]))
                        }
                        return Slip(value: v, member: m, near: n, nearValue: nil, caseOnly: false, slips: 1, lone: true,
                                    country: country(n), swapped: true)
                    }
                }
            }
        }
        return nil
    }
}
