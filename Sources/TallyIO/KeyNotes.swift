import TallyCore

/// Notes on key values of a result that a reader may take for one country or place, or
/// for a total beside its parts (docs/spec.md, "Key values"; names13). Each says what
/// was read and what to write; none changes a figure or a group: where the data alone
/// cannot say whether two values are one place, tally counts them as written and says so.
///
/// - a country that may mean either of two states (bare `Congo`, `Kongo`,
///   ``CountryNames/ambiguous``): a group of its own, apart from both;
/// - a country written as a two-letter ISO 3166 code that is not read bare (`SD`, also
///   South Dakota: ``CountryCodes/ambiguousAlpha2``): a group of its own;
/// - a place (or country) written as a total (`Raqqa total`, `Total Raqqa`, `All Raqqa`,
///   `Raqqa (total)`, `Total`) beside the places it totals: a row apart whose figure
///   already counts theirs;
/// - two places of one country and column one letter apart as transliterations and
///   slips make them (`Idlib`, `Idleb`; `Aleppo`, `Alepo`; ``oneApart(_:_:)``): maybe one
///   place misspelt, maybe two, so never folded.
///
/// Worked out once a run over the distinct keys of the result, never per row.
enum KeyNotes {
    /// The most pairs a note names; the rest are counted.
    static let shown = 3

    static func quoted(_ s: String, _ limit: Int = 60) -> String { "\"\(MessageText.excerpt(s, limit: limit))\"" }

    // MARK: Countries

    /// Notes for the countries of a result (as printed): ambiguous names and bare codes.
    static func countryNotes(_ countries: Set<String>) -> [String] {
        var notes: [String] = []
        let keyed = countries.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            .map { (shown: $0, key: CountryNames.spelling($0) ?? $0) }
        let keys = Set(keyed.map(\.key))
        // Bare `Congo` (or `Kongo`), alone or as a member of a joint region.
        for c in keyed {
            let members = c.shown.contains(";") ? c.shown.split(separator: ";").map { CountryNames.spelling(String($0)) ?? String($0) } : [c.key]
            guard let states = members.lazy.compactMap({ CountryNames.ambiguous[$0] }).first else { continue }
            let beside = keyed.filter { states.contains($0.key) }.map(\.shown)
            let besideText = beside.isEmpty ? ""
                : ", apart from \(beside.map { quoted($0, 40) }.joined(separator: " and ")) in the same table"
            let sorted = states.sorted()
            notes.append("country \(quoted(c.shown, 40)) may be either \(sorted.joined(separator: " or ")) (AP and Reuters write "
                + "bare Congo for the DRC, UCDP and the UN for the Republic of Congo): it is counted as a country of its own\(besideText); "
                + "write the state's name (\(sorted.map { "\"\($0)\"" }.joined(separator: ", "))) or its ISO code (COG, COD)")
        }
        // A two-letter code read only in brackets (`SD`: Sudan, or South Dakota).
        var codes: [(shown: String, country: String, beside: Bool)] = []
        for c in keyed where CountryCodes.looksLikeCode(c.shown) && c.shown.utf8.count == 2 {
            guard let k = CountryCodes.keys[c.shown], !k.bare else { continue }
            codes.append((c.shown, k.key, keys.contains(k.key)))
        }
        // Only where the column holds countries tally knows besides: a table of US states alone is no conflict table's.
        if !codes.isEmpty, keyed.contains(where: { !CountryCodes.looksLikeCode($0.shown) && CountryNames.isKnown($0.shown) }) {
            let list = codes.prefix(shown).map { c in
                "\(quoted(c.shown)) (\(c.country)'s ISO code\(c.beside ? ", beside \(c.country) in the same table" : ""))"
            }.joined(separator: "; ") + (codes.count > shown ? " and \(codes.count - shown) more" : "")
            notes.append("country \(list) \(codes.count == 1 ? "is" : "are") counted as written, a group apart: a two-letter code "
                + "that is also a US state's or province's abbreviation or a word is not read as its country alone; if it is the "
                + "country, write its name, its three-letter code (\(codes.prefix(shown).compactMap { threeLetter($0.country) }.joined(separator: ", "))) "
                + "or the code in brackets after the name (\"\(codes[0].country) (\(codes[0].shown))\")")
        }
        notes += totalNotes(keyed.map { (scope: "", column: "country", name: $0.shown, scopeKey: "") }, countryLevel: true)
        return notes
    }

    /// A country's three-letter ISO code, read bare.
    static func threeLetter(_ country: String) -> String? {
        CountryCodes.keys.first { $0.key.utf8.count == 3 && $0.value.key == country && $0.value.bare }?.key
    }

    // MARK: Places

    /// Notes for places of a result: totals beside their parts, and one-letter slips.
    /// `places`: (country as printed, column, place as printed, the coarser place: the
    /// adm_1 of an adm_2, or the country of an adm_1).
    static func placeNotes(_ places: [(country: String, column: String, name: String, coarser: String)]) -> [String] {
        totalNotes(places.map { (scope: $0.country, column: $0.column, name: $0.name, scopeKey: $0.coarser) }, countryLevel: false)
            + slipNotes(places.map { (country: $0.country, column: $0.column, name: $0.name) })
    }

    /// Words that say "the total of" in a place's name (TallyCore's ``TotalWords/ofAPlace``:
    /// a sum, a whole, a country's whole).
    static let totalMarkers: Set<String> = TotalWords.ofAPlace
    /// Words that may stand beside them (`level`, `of the`) or end an area's name.
    static let besideMarkers: Set<String> = ["level", "of", "the", "in", "for", "wide", "figure", "areas", "provinces",
                                             "governorates", "regions", "states", "districts", "countries"]

    /// A name's words, folded (``PlaceFolding/key(_:)``), split at anything not a letter or digit.
    static func words(_ name: String) -> [String] {
        PlaceFolding.key(name).split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// For a name written as a total: the folded name it totals (`raqqa` for `Raqqa
    /// total`), or "" for a total of everything (`Total`, `All areas`); nil for any other
    /// name (`Raqqa`, `All Saints`: a marker beside a name that is no other place's is read as a place).
    static func totalled(_ name: String) -> String? {
        let ws = words(name)
        guard ws.contains(where: { totalMarkers.contains($0) }) else { return nil }
        let rest = ws.filter { !totalMarkers.contains($0) && !besideMarkers.contains($0) && !LoosePlace.areaWords.contains($0) }
        return rest.joined(separator: " ")
    }

    /// Notes for values written as totals beside the values they total, of one scope
    /// (a country's adm_1s; an adm_1's adm_2s; the countries of the table).
    static func totalNotes(_ given: [(scope: String, column: String, name: String, scopeKey: String)], countryLevel: Bool) -> [String] {
        // review57 F1 (stderr changed between runs): the values came in a Dictionary's
        // order, and the first of a name's rows decided its note (`adm_2 "Anbar total"`
        // under adm_1 Anbar, "beside 6 other places", or under Ninewa, "beside "Anbar",
        // "Anbar""), by the hash seed. In a stable order now.
        let values = given.sorted { ($0.scope, $0.column, $0.name, $0.scopeKey) < ($1.scope, $1.column, $1.name, $1.scopeKey) }
        // Folded name (without area words) → names as printed, per scope and column.
        var plain: [[String]: [String]] = [:]
        var scopeNames: [[String]: String] = [:]
        for v in values where !v.name.isEmpty && totalled(v.name) == nil {
            // Compared as the overlap check compares places (``LoosePlace/key(_:)``: without
            // case, accents, area words or an Arabic article: `ar-Raqqa total` beside `Raqqa`).
            plain[[v.scope, v.column, LoosePlace.key(v.name).key], default: []].append(v.name)
            if countryLevel, let k = CountryNames.spelling(v.name) { plain[[v.scope, v.column, "\u{1}" + k], default: []].append(v.name) }
            scopeNames[[v.scope, v.column]] = scopeNames[[v.scope, v.column]] ?? v.name
        }
        var found: [(column: String, scope: String, total: String, parts: String)] = []
        var seen = Set<[String]>()
        for v in values where !v.name.isEmpty {
            guard let t = totalled(v.name), !seen.contains([v.scope, v.column, v.name]) else { continue }
            let scopeWords = words(v.scopeKey).joined(separator: " ")
            // The total of the coarser place it is in (adm_2 `Anbar total` in adm_1 Anbar):
            // beside that place's values, not every one of the country's (review57 F1).
            let ofCoarser = !t.isEmpty && !scopeWords.isEmpty && t == scopeWords
            if t.isEmpty || ofCoarser
                || (!countryLevel && v.column == "adm_1" && CountryNames.spelling(t).map { $0 == (CountryNames.spelling(v.scope) ?? v.scope) } == true) {
                // The whole of its scope, beside other values of the column there.
                let others = values.filter { $0.scope == v.scope && $0.column == v.column && !$0.name.isEmpty && totalled($0.name) == nil
                    && (!ofCoarser || $0.scopeKey == v.scopeKey) }
                guard let other = ofCoarser ? others.first?.name : scopeNames[[v.scope, v.column]] else { continue }
                let n = others.count
                seen.insert([v.scope, v.column, v.name])
                found.append((v.column, v.scope, v.name, n == 1 ? quoted(other, 40) : "\(n) other \(countryLevel ? "countries" : "places")"))
            } else if let parts = plain[[v.scope, v.column, LoosePlace.key(t).key]] ?? (countryLevel ? CountryNames.spelling(t).flatMap { plain[[v.scope, v.column, "\u{1}" + $0]] } : nil) {
                // Each name once (`Anbar` as the adm_2 of two adm_1s was listed twice).
                seen.insert([v.scope, v.column, v.name])
                found.append((v.column, v.scope, v.name, Set(parts).sorted().map { quoted($0, 40) }.joined(separator: ", ")))
            }
        }
        guard !found.isEmpty else { return [] }
        found.sort { ($0.scope, $0.column, $0.total) < ($1.scope, $1.column, $1.total) }
        let list = found.prefix(shown).map { f in
            "\(f.column) \(quoted(f.total)) beside \(f.parts)" + (f.scope.isEmpty ? "" : " (\(MessageText.excerpt(f.scope, limit: 40)))")
        }.joined(separator: "; ") + (found.count > shown ? " and \(found.count - shown) more" : "")
        return ["\(list): a value written as a total is counted as a \(countryLevel ? "country" : "place") of its own, and its figure "
            + "may already hold the others' (a total row beside its parts): added to them, or grouped by a coarser key, it counts "
            + "them twice; if it is a total, leave its rows out of the data"]
    }

    /// Whether `a` and `b` are one edit apart of a kind transliterations and typing slips
    /// make, the edit no digit: a vowel written for another (`Idlib`, `Idleb`; `Dawai`,
    /// `Dawei`) or a letter with and without its accent (`Barisal`, `Barisāl`); a letter
    /// doubled or not (`Aleppo`, `Alepo`), an `h` or a vowel added or dropped (`Hpapun`,
    /// `Papun`; `Jhenaidah`, `Jhenaidaha`); two neighbours swapped (`Deir`, `Dier`). One
    /// consonant for another is passed over: such pairs are mostly two places (`Kabul`
    /// and `Zabul`, `Kyaukme` and `Kyaukse`, `Namhkan` and `Namhsan`).
    static func oneApart(_ a: [Character], _ b: [Character]) -> Bool {
        guard a != b, abs(a.count - b.count) <= 1 else { return false }
        if a.count == b.count {
            let diff = a.indices.filter { a[$0] != b[$0] }
            if diff.contains(where: { a[$0].isNumber || b[$0].isNumber }) { return false }
            if diff.count == 1 {
                let (x, y) = (a[diff[0]], b[diff[0]])
                return (vowel(x) && vowel(y)) || base(x) == base(y)
            }
            return diff.count == 2 && diff[1] == diff[0] + 1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]
        }
        let (s, l) = a.count < b.count ? (a, b) : (b, a)
        var i = 0
        while i < s.count && s[i] == l[i] { i += 1 }
        guard Array(l[(i + 1)...]) == Array(s[i...]) else { return false }
        let c = l[i]
        return !c.isNumber && ((i > 0 && l[i - 1] == c) || (i + 1 < l.count && l[i + 1] == c) || c == "h" || vowel(c))
    }

    /// A letter without its accents (`ā` → `a`).
    static func base(_ c: Character) -> Character {
        // Without accents as the overlap check folds them (``LoosePlace/key(_:)``).
        guard !c.isASCII, let first = LoosePlace.key(String(c)).key.first else { return c }
        return first
    }

    /// Whether `c` (without accents) is a Latin vowel.
    static func vowel(_ c: Character) -> Bool { "aeiouy".contains(base(c)) }

    /// The shortest name compared for slips (in letters, folded): shorter names one
    /// letter apart are often two places (`Hit`, `Hut`).
    static let slipMinimum = 5
    /// The longest; longer values are compared as written.
    static let slipMaximum = 80

    /// Notes for places of one country and column one letter apart (``oneApart(_:_:)``).
    /// Candidates are found by their one-letter deletions (each name's `n` of them), not
    /// pair by pair, so 10,000 places cost 10,000 × their length.
    static func slipNotes(_ places: [(country: String, column: String, name: String)]) -> [String] {
        var byScope: [[String]: [String: String]] = [:] // scope → folded → printed
        for p in places where !p.name.isEmpty {
            let k = PlaceFolding.key(p.name)
            let n = k.count
            guard n >= slipMinimum, n <= slipMaximum else { continue }
            byScope[[p.country, p.column], default: [:]][k] = byScope[[p.country, p.column]]?[k] ?? p.name
        }
        var pairs: [(country: String, column: String, a: String, b: String)] = []
        for (scope, names) in byScope where names.count > 1 {
            var buckets: [String: [String]] = [:]
            for k in names.keys {
                let cs = Array(k)
                buckets[k, default: []].append(k)
                for i in cs.indices { buckets[String(cs[..<i] + cs[(i + 1)...]), default: []].append(k) }
            }
            var seen = Set<[String]>()
            for (_, ks) in buckets where ks.count > 1 {
                for i in ks.indices { for j in ks.indices where j > i {
                    let (x, y) = ks[i] < ks[j] ? (ks[i], ks[j]) : (ks[j], ks[i])
                    guard seen.insert([x, y]).inserted, oneApart(Array(x), Array(y)) else { continue }
                    let (p, q) = (names[x]!, names[y]!)
                    pairs.append((scope[0], scope[1], min(p, q), max(p, q)))
                }}
            }
        }
        guard !pairs.isEmpty else { return [] }
        pairs.sort { ($0.country, $0.column, $0.a, $0.b) < ($1.country, $1.column, $1.a, $1.b) }
        let list = pairs.prefix(shown).map { p in
            "\(p.column) \(quoted(p.a)) and \(quoted(p.b))" + (p.country.isEmpty ? "" : " (\(MessageText.excerpt(p.country, limit: 40)))")
        }.joined(separator: "; ") + (pairs.count > shown ? " and \(pairs.count - shown) more such pairs" : "")
        return ["\(list) are counted as two places each, names one letter apart (a vowel, an accent, a doubled letter, "
            + "an h or two neighbours swapped): if they are one place spelt two ways, write it one way in the data; if two, nothing is wrong"]
    }
}
