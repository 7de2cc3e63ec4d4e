import Foundation

/// The country names tally knows, to tell a joint region written with a comma, a
/// slash, `&`, `+` or `and` (`Iraq, Syria`, `Iraq/Syria`, `Iraq and Syria`) from one
/// country whose name holds one of them (`Bosnia and Herzegovina`, `Korea, Republic
/// of`, `Congo, Democratic Republic of the`), to key the spellings of one country as one
/// (``countries``), and to tell a slip from a name (``JointRegionSlips``).
///
/// A value is read as a joint region only when it is not itself a name here and every
/// part is one (``KeyKind/canonical(_:)``): a name missing from this list is left as
/// written, never split. The list holds the names and usual variants of UCDP GED, ACLED,
/// ISO 3166 short names (also in their inverted `Name, qualifier` form), the UN and the
/// World Bank, and names in other languages, compared without case and with runs of
/// spaces as one, and, when no spelling matches so, loosely (``loose(_:)``).
enum CountryNames {
    /// Whether `name` (already trimmed, spaces collapsed) is a country tally knows.
    static func isKnown(_ name: String) -> Bool {
        lookups.answer(name, 0) {
            known.contains(folded(name)) || looseMatch(name)?.place == false || rewordedKey(name) != nil || unquoted(name).map(isKnown) == true
        }
    }

    /// Double quotes and guillemets (`"` `“` `”` `„` `‟` `«` `»` `‹` `›` `＂` `〝` `〞`).
    static let quoteMarks: Set<Character> = ["\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}",
                                             "\u{2039}", "\u{203A}", "\u{FF02}", "\u{301D}", "\u{301E}"]

    /// `name` without the double quotes or guillemets around it (``quoteMarks``, at
    /// either end, `"Iraq"`, `“Iraq”`, `«Iraq»`, `„Iraq“`); nil when it has none there.
    /// review57 F3 (silent): the CSV field `"""Iraq"""` (the value `"Iraq"`) was a
    /// country apart from Iraq, exit 0 (Iraq's 12 killed read as 5 and 7), where `'Iraq'`,
    /// whose apostrophes a loose comparison drops (``looseDropped``), is Iraq. A quote
    /// inside a name (`Ira"q`) is no quoting: left to the slip rule.
    static func unquoted(_ name: String) -> String? {
        guard let f = name.first, let l = name.last, quoteMarks.contains(f) || quoteMarks.contains(l) else { return nil }
        var s = Substring(name)
        while let c = s.first, quoteMarks.contains(c) || c.isWhitespace { s.removeFirst() }
        while let c = s.last, quoteMarks.contains(c) || c.isWhitespace { s.removeLast() }
        return s.isEmpty ? nil : String(s)
    }

    /// Whether `name` is a country tally knows or a place that stands in `country`
    /// columns (``places``): never a slip.
    static func isPlace(_ name: String) -> Bool {
        lookups.answer(name, 1) {
            let f = folded(name)
            return known.contains(f) || placeSet.contains(f) || looseMatch(name) != nil || rewordedKey(name) != nil
                || unquoted(name).map(isPlace) == true
        }
    }

    /// ``isKnown(_:)`` and ``isPlace(_:)`` by text, worked out once a run: a joined value
    /// is looked up by every group of its pieces (``KeyKind/jointParts(_:)``), again when
    /// its spellings are noted and again by the slip rule (``JointRegionSlips``), each
    /// lookup lower-casing, decomposing and rewording the text (review29 P1: 200 values of
    /// 10 dash-joined pieces took 1.25 s CPU). Texts up to 256 bytes (a joined piece group
    /// is at most ``KeyKind/longestJoinedName`` characters), at most 2^16 of them: then the
    /// table starts again, so memory stays bounded whatever the input.
    static let lookups = Lookups()

    final class Lookups: @unchecked Sendable {
        private let lock = Lock()
        private var answers: [String: UInt8] = [:]
        static let longest = 256, most = 1 << 16

        /// Bit `2 * which` set: known; bit `2 * which + 1`: the answer is true.
        func answer(_ text: String, _ which: Int, _ work: () -> Bool) -> Bool {
            guard text.utf8.count <= Self.longest else { return work() }
            let known = UInt8(1) << (2 * which), yes = UInt8(2) << (2 * which)
            if let a = lock.locked({ answers[text] }), a & known != 0 { return a & yes != 0 }
            let v = work()
            lock.locked {
                if answers.count >= Self.most { answers.removeAll(keepingCapacity: true) }
                answers[text, default: 0] |= known | (v ? yes : 0)
            }
            return v
        }
    }

    /// The key of a listed country (never a place) that `name` names in a wording the
    /// list does not hold letter for letter (review26 N2): `Rep`/`Rep.` read `Republic`,
    /// `Dem`/`Dem.` read `Democratic` (`Central African Rep.`, `Korea, Dem Rep`); a value
    /// of one comma inverted, `B A`, `B of A`, `B of the A` (`Guinea, Equatorial` →
    /// `Equatorial Guinea`, `Korea, Democratic Republic` → `Democratic Republic of
    /// Korea`, `Gambia, Republic of the`); and `Republic of X`, `Republic of the X`, `The
    /// Republic of X`, `X Republic` for a listed country X (`Niger Republic`, `Republic of
    /// Niger`), except where the wording names another state: never for `Congo`/`Kongo`
    /// (`Republic of Congo` is Brazzaville, bare `Congo` either), `China` (the Republic of
    /// China is Taiwan), `Vietnam` (the Republic of Vietnam was South Vietnam), `Dominica`
    /// (`Dominica Republic` is a slip of the Dominican Republic). A leading `The` is
    /// dropped (`The Philippines`, `Philippines, The`). A dash or a space between the two
    /// parts of a state named `X and Y` is the `and` (`Serbia-Montenegro`, `Trinidad-Tobago`,
    /// `Trinidad Tobago`). nil otherwise.
    /// bench/reference_aggregate.py (`_reworded_key`) reads the same way.
    /// The words of states' official long names before the short one: `Federal Republic
    /// of Nigeria`, `Kingdom of Saudi Arabia`, `State of Palestine`, `Islamic Republic of
    /// Afghanistan` are their country (review of regions5: each beside the short name was
    /// a group apart, silently). Longer first: the first that starts a name is taken.
    static let officialPrefixes = [
        "the republic of the ", "the republic of ", "republic of the union of ", "republic of the ", "republic of ",
        "federal democratic republic of ", "federal republic of ", "islamic republic of ", "arab republic of ",
        "united republic of ", "bolivarian republic of ", "plurinational state of ", "hashemite kingdom of ",
        "kingdom of the ", "kingdom of ", "state of ", "sultanate of ", "commonwealth of the ", "commonwealth of ",
        "principality of ", "grand duchy of ",
    ]
    /// Articles that may stand before a country's name, folded: English, French,
    /// Spanish, Italian and Arabic transliterated (`The Sudan`, `Le Niger`, `L'Irak`,
    /// `El Chad`, `Al-Iraq`).
    static let articles = ["the ", "le ", "la ", "les ", "l'", "el ", "el-", "al ", "al-", "il "]
    /// Words that may start an official long name, or abbreviate one (`Rep.`, `Dem.`).
    static let officialWords = ["rep", "dem", "kingdom", "state of", "sultanate", "commonwealth", "principality", "duchy", "federal"]

    /// Names that may mean either of two states, each a line of its own (bare `Congo`,
    /// German `Kongo`), and the states they may mean.
    static let ambiguous: [String: Set<String>] = [
        "Congo": ["Republic of Congo", "DR Congo"], "Kongo": ["Republic of Congo", "DR Congo"],
    ]

    /// The state an ambiguous name (``ambiguous``: bare `Congo`) means where the row also
    /// gives its ISO 3166 code (HDX HAPI's `location_code`): `Congo` with `COG` is the
    /// Republic of Congo, with `COD` the DRC; nil for any other name or code.
    static func resolvedByCode(_ name: String, code: String) -> String? {
        guard let states = spelling(name).flatMap({ ambiguous[$0] }), let k = CountryCodes.key(code.uppercased()),
              states.contains(k) else { return nil }
        return k
    }

    /// The countries of a joined value without a name that may mean either of two states
    /// when the value also names one of those two: `Congo-DRC`, `Congo, RDC`, `Congo/Zaire`
    /// are the DRC (review29 S1: each had been the "joint region" `Congo;DRC`, a group
    /// apart from the DRC). Parts of other countries are kept (`Congo-Angola` stays two).
    static func withoutAmbiguousBeside(_ parts: [String]) -> [String] {
        let keys = parts.map { spelling($0) }
        let named = Set(keys.compactMap { $0 })
        let drop = keys.map { k in k.flatMap { ambiguous[$0] }.map { !$0.isDisjoint(with: named) } ?? false }
        guard drop.contains(true) else { return parts }
        return zip(parts, drop).filter { !$0.1 }.map(\.0)
    }

    static func rewordedKey(_ name: String) -> String? {
        // An ISO 3166 code in capitals (`SYR`, `SY`), or a name with its own code in
        // brackets (`Syria (SY)`, `Syria [SYR]`): ``CountryCodes``.
        if name.utf8.count <= 3 || name.last == ")" || name.last == "]",
           let k = CountryCodes.key(name) ?? CountryCodes.namedWithOwnCode(name) { return k }
        return rewordedKey(name, codes: false)
    }

    /// The key of the listed country `n` names as the list spells it, in any letter case,
    /// loosely or reworded, never as a code (``CountryCodes`` builds on it).
    static func listedKey(_ n: String) -> String? {
        let f = folded(n)
        if known.contains(f) { return spellings[f] }
        if let m = looseMatch(n), !m.place { return m.key }
        return rewordedKey(n, codes: false)
    }

    private static func rewordedKey(_ name: String, codes: Bool) -> String? {
        func listed(_ n: String) -> String? {
            let f = folded(n)
            if known.contains(f) { return spellings[f] }
            if let m = looseMatch(n), !m.place { return m.key }
            return nil
        }
        // A name followed by another name of the same country in brackets, as UCDP and the
        // Gleditsch–Ward list write former names (`Iran (Persia)`, `Sri Lanka (Ceylon)`,
        // `Swaziland (Eswatini)`, `Turkey (Türkiye)`): that country (review33 S3's class;
        // names of two countries, `Sudan (South Sudan)`, are left as written).
        if name.last == ")", let open = name.lastIndex(of: "("), open > name.startIndex {
            let a = name[..<open].trimmingCharacters(in: .whitespaces)
            let b = name[name.index(after: open) ..< name.index(before: name.endIndex)].trimmingCharacters(in: .whitespaces)
            if !a.isEmpty, !b.isEmpty, let k = listed(a), listed(b) == k { return k }
        }
        // A state named by two parts joined with `and`, written with a dash between them
        // (`Serbia-Montenegro`, `Trinidad-Tobago`, `Saint Kitts-Nevis`: review29 S2, S3,
        // each read as a joint region or a group apart from the state): the state.
        // So with a slash, a plus or a comma (`Serbia/Montenegro`, `Trinidad/Tobago`,
        // `Serbia, Montenegro`, `Serbia + Montenegro`: review30 S6, groups apart).
        func parts(_ c: Character) -> Bool { KeyKind.dashSeparators.contains(c) || c == "/" || c == "+" || c == "," }
        if name.contains(where: parts) {
            let anded = name.split(omittingEmptySubsequences: false, whereSeparator: parts)
                .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " and ")
            if let k = listed(anded) { return k }
        }
        // The same with a space only (`Trinidad Tobago`, `Serbia Montenegro`, `Saint Kitts
        // Nevis`): the state, not the joint region nor a group apart (``KeyKind/spacedParts(_:)``).
        if name.contains(" ") {
            let words = name.split(separator: " ")
            if words.count >= 2 && words.count <= 8 {
                for i in 1 ..< words.count {
                    if let k = listed(words[..<i].joined(separator: " ") + " and " + words[i...].joined(separator: " ")) { return k }
                }
            }
        }
        let lower = folded(name)
        guard lower.contains(",") || articles.contains(where: { lower.hasPrefix($0) }) || officialWords.contains(where: { lower.contains($0) })
        else { return nil }
        let words = name.split(separator: " ").map { w -> String in
            var bare = folded(String(w))
            if bare.hasSuffix(".") { bare.removeLast() }
            return bare == "rep" ? "Republic" : bare == "dem" ? "Democratic" : String(w)
        }
        let expanded = words.joined(separator: " ")
        var candidates = [expanded]
        let halves = expanded.split(separator: ",", omittingEmptySubsequences: false)
        if halves.count == 2 {
            let a = halves[0].trimmingCharacters(in: .whitespaces), b = halves[1].trimmingCharacters(in: .whitespaces)
            if !a.isEmpty && !b.isEmpty { candidates += ["\(b) \(a)", "\(b) of \(a)", "\(b) of the \(a)"] }
            // A stray comma at an end (`Syria,`: review29 S10, a group apart).
            if a.isEmpty != b.isEmpty { candidates.append(a.isEmpty ? b : a) }
        }
        for c in candidates {
            if let k = listed(c) { return k }
            // The article: `The Philippines`, `the Sudan`, `Philippines, The` (review28 S9:
            // two groups beside `Philippines`); `Le Niger`, `L'Irak`, `Al-Iraq`, `El Chad`
            // (review29 S10). It names no other state, so none is excepted.
            let fc = folded(c)
            if let article = articles.first(where: { fc.hasPrefix($0) }), let k = listed(String(c.dropFirst(article.count))) { return k }
            let l = folded(c)
            var rest: Substring?
            for prefix in officialPrefixes where l.hasPrefix(prefix) {
                rest = c.dropFirst(prefix.count); break
            }
            if rest == nil && l.hasSuffix(" republic") { rest = c.dropLast(" republic".count) }
            if let x = rest, let k = listed(String(x)), !["Congo", "Kongo", "China", "Vietnam", "Dominica"].contains(k) { return k }
        }
        return nil
    }

    /// Lower case, `’` as `'`, for comparison only (the value keeps its spelling).
    static func folded(_ name: String) -> String {
        // Turkish capital İ lowers to i and a combining dot (U+0307): "TÜRKİYE" is Türkiye
        // (review20b J3: two groups, 7 and 5).
        let lower = name.lowercased()
        // A name holding neither U+2019 nor U+0307 is left as it is by both replacements,
        // which walk it by Character: skipped, as for nearly every name (the list's
        // spellings folded at start-up were a fifth of a small run's time).
        guard lower.unicodeScalars.contains(where: { $0 == "\u{2019}" || $0 == "\u{0307}" || $0 == "\u{06CC}" || $0 == "\u{06A9}" || $0 == "\u{0640}" })
        else { return lower }
        // The Persian yeh and kaf are the Arabic ones as a reader sees them inside a word,
        // and tatweel only stretches a joint (review30 R1: `سوریا`, `سوريـا` beside `سوريا`
        // were refused as slips).
        var out = String.UnicodeScalarView()
        for u in lower.replacingOccurrences("\u{2019}", "'").replacingOccurrences("i\u{0307}", "i").unicodeScalars {
            switch u {
            case "\u{0640}": continue
            case "\u{06CC}": out.append("\u{064A}")
            case "\u{06A9}": out.append("\u{0643}")
            default: out.append(u)
            }
        }
        return String(out)
    }

    /// A name compared loosely with the list, when no spelling of it matches as folded
    /// (review21: `Benín` beside `Benin` was refused as a slip, `Panamá` was a group apart):
    /// lower case, accents and other combining marks dropped (Unicode NFD), `ß` `ł` `ø` `đ`
    /// `ı` `æ` `œ` as `ss` `l` `o` `d` `i` `ae` `oe`, and apostrophes, hyphens, dashes,
    /// spaces and full stops dropped, `&` read as `and`: `Benín` → `benin`; `Côte D’Ivoire`,
    /// `Cote D Ivoire`, `Côte-d'Ivoire` → `cotedivoire`; `SÃO TOMÉ` → `saotome`;
    /// `Weißrussland` → `weissrussland`; `Trinidad & Tobago` → `trinidadandtobago` (one
    /// country, where `Iraq & Syria`, no name here, is still two). Only forms of four letters or more join (`Irã` as `ira` would take
    /// `IRA`), and a form two lines of the list share joins neither (a test holds none).
    static func loose(_ name: String) -> String {
        looseASCII(name) ?? looseUnicode(name)
    }

    /// ``loose(_:)`` of an ASCII name, by its bytes: what the Unicode way gives it (lower
    /// case; the ASCII members of ``looseDropped`` dropped; `&` as `and`), without NFD.
    /// Issue 9: the indexes of the list's spellings (``looseIndex``, ``looseListedSpelling``),
    /// built when a run meets a country the list does not hold, spent ~75 million
    /// instructions in NFD, a tenth of a million generated rows' time; nearly every
    /// spelling of the list is ASCII. nil when the name is not.
    static func looseASCII(_ name: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count + 2)
        for b in name.utf8 {
            switch b {
            case 0x80...: return nil
            case 0x41 ... 0x5A: out.append(b | 0x20)
            case 0x27, 0x60, 0x2D, 0x5F, 0x20, 0x09, 0x2E: continue // ' ` - _ space tab .
            case 0x26: out.append(contentsOf: [0x61, 0x6E, 0x64]) // & as "and"
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// ``loose(_:)`` the Unicode way (any name).
    static func looseUnicode(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        for u in name.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if u.properties.generalCategory == .nonspacingMark || looseDropped.contains(u) { continue }
            switch u {
            case "ß": out.append(contentsOf: "ss".unicodeScalars)
            case "ł": out.append("l")
            case "ø": out.append("o")
            case "đ": out.append("d")
            case "ı": out.append("i")
            case "æ": out.append(contentsOf: "ae".unicodeScalars)
            case "œ": out.append(contentsOf: "oe".unicodeScalars)
            case "&": out.append(contentsOf: "and".unicodeScalars)
            default: out.append(u)
            }
        }
        return String(out)
    }

    /// Apostrophes (`'` `’` `‘` `ʼ` `ʻ` `` ` `` `´` `′`), hyphens and dashes, spaces and
    /// full stops: dropped in a loose comparison.
    static let looseDropped: Set<Unicode.Scalar> = [
        "'", "\u{2019}", "\u{2018}", "\u{02BC}", "\u{02BB}", "`", "\u{00B4}", "\u{2032}",
        "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}",
        "\u{FF0D}", "\u{FE63}", "\u{FE58}", "\u{2043}", "_",
        " ", "\u{00A0}", "\u{2009}", "\u{202F}", "\t", ".",
    ]

    private static func looseMatch(_ name: String) -> (key: String, place: Bool)? { looseIndex[loose(name)] }

    /// By loose form (``loose(_:)``, four scalars or more), the key of the line or place
    /// that spells it, unless two do.
    private static let looseIndex: [String: (key: String, place: Bool)] = {
        var d: [String: (key: String, place: Bool)] = [:], clashing: Set<String> = []
        for (n, place) in countries.joined().map({ ($0, false) }) + places.map({ ($0, true) }) {
            let f = loose(n), key = spellings[folded(n)]!
            guard f.unicodeScalars.count >= 4 else { continue }
            if let old = d[f], old.key != key { clashing.insert(f) } else { d[f] = (key, place) }
        }
        for f in clashing { d[f] = nil }
        return d
    }()

    static let known: Set<String> = Set(countries.joined().map(folded))
    static let placeSet: Set<String> = Set(places.map(folded))

    /// The key of a country tally knows (or of a place, ``places``), written in any
    /// letter case, with `’` for `'`, in another of its spellings (``countries``), or
    /// loosely so (``loose(_:)``: `Benín`, `Cote D Ivoire`):
    /// `IRAQ`, `Irak`, `Iraque` → `Iraq`; `Turkey`, `TÜRKİYE` → `Türkiye`; nil for a name
    /// it does not hold. Key values of `country` are brought to it, alone and as members
    /// of a joint region (``KeyKind/canonical(_:)``), so `IRAQ;SYRIA`, `Irak;Syrie` and
    /// `Iraq;Syria` are one group, as `IRAQ` and `Iraq` are. What is printed is not the
    /// key but the spelling the input used most (``KeyInterner/regionSpellingRows()``).
    static func spelling(_ name: String) -> String? {
        spellings[folded(name)] ?? looseMatch(name)?.key ?? rewordedKey(name) ?? unquoted(name).flatMap(spelling)
    }

    static let spellings: [String: String] = {
        var d: [String: String] = [:]
        for g in countries { for n in g { let f = folded(n); if d[f] == nil { d[f] = g[0] } } }
        for n in places { let f = folded(n); if d[f] == nil { d[f] = n } }
        return d
    }()

    /// The country of tally's list `name` is most likely a slip of: its spelling in the
    /// list nearest `name` (folded) and the number of typing slips between them, when
    /// `name` is not a place tally knows and is one slip from a listed country (both of 4
    /// scalars or more) or two (both of ``twoSlipLength`` or more; a letter added, dropped
    /// or replaced, or two neighbours swapped, counts one). Ties go to the name listed first.
    static func likelyCountry(_ name: String) -> (spelling: String, slips: Int)? {
        let f = Array(folded(name).unicodeScalars)
        // Only a listed spelling within two scalars of its length can be two slips away
        // (the test below): none, no neighbourhood is hashed (a long name's is cubic in
        // its length; review29 P1's dash-joined groups).
        guard f.count >= 4 && f.count <= longestListed + 2, (f.count - 2 ... f.count + 2).contains(where: { listedLengths.contains($0) }),
              !isPlace(name) else { return nil }
        var best: (Int, Int)?
        for h in deletionHashes(f, upTo: f.count >= twoSlipLength ? 2 : 1) {
            for k in listIndex.sharing(h) {
                let other = listIndex.folded[k]
                let limit = min(f.count, other.count) >= twoSlipLength ? 2 : 1
                guard other.count >= 4, abs(other.count - f.count) <= limit,
                      let d = distance(f, other, atMost: limit), d >= 1 else { continue }
                if best == nil || (d, k) < best! { best = (d, k) }
            }
        }
        return best.map { (listIndex.spellings[$0.1], $0.0) }
    }

    /// The listed country spelling `name` is with two neighbouring letters swapped back
    /// (`Syira` → `Syria`, `Irqa` → `Iraq`, `Trukey` → `Turkey`), as folded or, when no
    /// folded spelling is so near, in the loose form (``loose(_:)``: `Bneín` → `Benin`,
    /// `Syíra` → `Syria`, `Tü rkye` → `Turkey`, `Côte d'Ivorie`), when `name` is 4 scalars
    /// or more and neither a name nor a place tally knows; nil otherwise. A lone country
    /// this near a listed one is refused even when no row spells that country
    /// (``JointRegionSlips``); the other one-slip kinds are not: in the 1M generated rows
    /// the country `Gamria` is one letter from `Gambia` (18,844 rows), in UCDP's sides
    /// `Luba` is one from `Cuba`, and real places are (`Styria`, `Lagos`, `Oran`, `Perm`),
    /// where no generated or real country name was a swap (docs/spec.md, "Key values").
    static func swappedCountry(_ name: String) -> String? {
        guard !isPlace(name) else { return nil }
        func swapped(_ s: [Unicode.Scalar], in listed: [String: String]) -> String? {
            guard s.count >= 4 && s.count <= longestListed else { return nil }
            var f = s
            for i in 0 ..< f.count - 1 where f[i] != f[i + 1] {
                f.swapAt(i, i + 1)
                var t = String.UnicodeScalarView()
                t.append(contentsOf: f)
                if let n = listed[String(t)] { return n }
                f.swapAt(i, i + 1)
            }
            return nil
        }
        return swapped(Array(folded(name).unicodeScalars), in: listedSpelling)
            ?? swapped(Array(loose(name).unicodeScalars), in: looseListedSpelling)
    }

    /// By folded form, the first spelling of ``countries`` that has it.
    private static let listedSpelling: [String: String] = {
        var d: [String: String] = [:]
        for n in countries.joined() where d[folded(n)] == nil { d[folded(n)] = n }
        return d
    }()

    /// By loose form (``loose(_:)``; four scalars or more, of one line alone), the first
    /// spelling of ``countries`` that has it.
    private static let looseListedSpelling: [String: String] = {
        var d: [String: String] = [:]
        for n in countries.joined() {
            let l = loose(n)
            if d[l] == nil, let e = looseIndex[l], !e.place { d[l] = n }
        }
        return d
    }()

    /// Hashes of `s` with up to `n` scalars dropped (itself included): two names within
    /// `n` slips of each other share one.
    private static func deletionHashes(_ s: [Unicode.Scalar], upTo n: Int) -> Set<UInt64> {
        var out: [UInt64] = []
        appendDeletionHashes(s, upTo: n, to: &out)
        return Set(out)
    }

    /// ``deletionHashes(_:upTo:)`` appended to `out` (repeats left in). A polynomial hash
    /// of the name's prefixes, so each of the n² names with two scalars dropped costs a
    /// step, not a pass over the name: hashing every listed spelling that way took 0.5 s
    /// of each debug run that met a country name tally does not list (most of the test
    /// suite's runs on generated data), and was cubic in a name's length.
    private static func appendDeletionHashes(_ s: [Unicode.Scalar], upTo n: Int, to out: inout [UInt64]) {
        let m = s.count
        let base: UInt64 = 0x9E37_79B9_7F4A_7C15
        var prefix = [UInt64](repeating: 0, count: m + 1), power = [UInt64](repeating: 1, count: m + 1)
        for i in 0 ..< m {
            prefix[i + 1] = prefix[i] &* base &+ UInt64(s[i].value) &+ 1
            power[i + 1] = power[i] &* base
        }
        /// The hash of the scalars `i ..< j`.
        func range(_ i: Int, _ j: Int) -> UInt64 { prefix[j] &- prefix[i] &* power[j - i] }
        /// Mixed with the length (a polynomial alone leaves the high bits of short names
        /// alike, and only the high 48 bits are kept in ``ListIndex``).
        func finish(_ h: UInt64, _ length: Int) -> UInt64 {
            var z = h ^ (UInt64(length) &* 0xFF51_AFD7_ED55_8CCD)
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        out.append(finish(prefix[m], m))
        guard n >= 1 else { return }
        for a in 0 ..< m {
            out.append(finish(prefix[a] &* power[m - 1 - a] &+ range(a + 1, m), m - 1))
            guard n >= 2 else { continue }
            for b in a + 1 ..< m {
                out.append(finish(prefix[a] &* power[m - 2 - a] &+ range(a + 1, b) &* power[m - 1 - b] &+ range(b + 1, m), m - 2))
            }
        }
    }

    /// Two slips are a slip only in names this long: shorter, two slips make other
    /// names (`Amria` is two from `Gambia`, and so is `Gamria`: two generated places).
    static let twoSlipLength = 8

    private static let longestListed = listIndex.folded.map(\.count).max() ?? 0
    /// The lengths (in scalars, folded) of the listed spellings of 4 scalars or more.
    private static let listedLengths = Set(listIndex.folded.map(\.count).filter { $0 >= 4 })

    /// Every listed country spelling (``countries``) folded, and its deletion
    /// hashes (up to two dropped), built once on first use: sorted, each hash's low 16
    /// bits the spelling's index (8 bytes a hash; a dictionary of arrays took 5 MB).
    private struct ListIndex {
        var spellings: [String] = [], folded: [[Unicode.Scalar]] = [], hashes: [UInt64] = []

        func sharing(_ h: UInt64) -> [Int] {
            let key = h & ~0xFFFF
            var lo = 0, hi = hashes.count
            while lo < hi { let mid = (lo + hi) / 2; if hashes[mid] & ~0xFFFF < key { lo = mid + 1 } else { hi = mid } }
            var out: [Int] = []
            while lo < hashes.count && hashes[lo] & ~0xFFFF == key { out.append(Int(hashes[lo] & 0xFFFF)); lo += 1 }
            return out
        }
    }

    private static let listIndex: ListIndex = {
        var index = ListIndex(), seen: Set<String> = []
        for n in countries.joined() where seen.insert(folded(n)).inserted {
            index.spellings.append(n)
            index.folded.append(Array(folded(n).unicodeScalars))
        }
        var hashes: [UInt64] = []
        for (k, f) in index.folded.enumerated() where f.count >= 4 {
            hashes.removeAll(keepingCapacity: true)
            appendDeletionHashes(f, upTo: f.count >= twoSlipLength ? 2 : 1, to: &hashes)
            for h in hashes { index.hashes.append(h & ~0xFFFF | UInt64(k)) }
        }
        radixSort(&index.hashes)
        // A name's repeats (`Iraq` less one `a`, less the other) are one entry.
        var kept = 0
        for i in index.hashes.indices where kept == 0 || index.hashes[kept - 1] != index.hashes[i] {
            index.hashes[kept] = index.hashes[i]
            kept += 1
        }
        index.hashes.removeLast(index.hashes.count - kept)
        return index
    }()

    /// Sorts `values` ascending by their bytes, four passes of 16 bits: linear, and
    /// without the generic comparisons the standard sort makes in a debug build, where
    /// sorting the index's 100,000-odd hashes took a tenth of a second of every run.
    private static func radixSort(_ values: inout [UInt64]) {
        var other = [UInt64](repeating: 0, count: values.count)
        var counts = [Int](repeating: 0, count: 1 << 16)
        values.withUnsafeMutableBufferPointer { a in
            other.withUnsafeMutableBufferPointer { b in
                counts.withUnsafeMutableBufferPointer { c in
                    var (from, to) = (a, b)
                    for pass in 0 ..< 4 {
                        let shift = UInt64(pass * 16)
                        for i in 0 ..< c.count { c[i] = 0 }
                        for v in from { c[Int((v >> shift) & 0xFFFF)] += 1 }
                        var total = 0
                        for i in 0 ..< c.count { let n = c[i]; c[i] = total; total += n }
                        for v in from {
                            let d = Int((v >> shift) & 0xFFFF)
                            to[c[d]] = v
                            c[d] += 1
                        }
                        swap(&from, &to)
                    }
                    // After an even number of passes the sorted values are back in `a`.
                }
            }
        }
    }

    /// Optimal string alignment distance of `a` and `b` (a swap of neighbours counts
    /// one), or nil when it is more than `limit`.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var before = [Int](repeating: 0, count: b.count + 1), previous = Array(0 ... b.count)
        var row = [Int](repeating: 0, count: b.count + 1)
        for i in 1 ... a.count {
            row[0] = i
            var least = i
            for j in 1 ... b.count {
                var d = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] { d = min(d, before[j - 2] + 1) }
                row[j] = d
                least = min(least, d)
            }
            if least > limit { return nil }
            (before, previous, row) = (previous, row, before)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    /// Optimal string alignment distance of `a` and `b` is exactly 1.
    static func oneEditApart(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        guard a != b else { return false }
        var prefix = 0
        while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
        let ra = a[prefix...], rb = b[prefix...]
        if a.count == b.count {
            // One replaced, or two neighbours swapped.
            if ra.dropFirst().elementsEqual(rb.dropFirst()) { return true }
            return ra.count >= 2 && ra.first == rb.dropFirst().first && rb.first == ra.dropFirst().first
                && ra.dropFirst(2).elementsEqual(rb.dropFirst(2))
        }
        // One added or dropped.
        return a.count > b.count ? ra.dropFirst().elementsEqual(rb) : rb.dropFirst().elementsEqual(ra)
    }

    /// Every country tally knows, one line each: its spellings, keyed as one (the first
    /// of each line is the key; what is printed is the spelling the input used most,
    /// ``KeyKind``). The names and usual variants of UCDP GED, ACLED, ISO 3166 short names
    /// (also inverted, `Korea, Republic of`), the UN and the World Bank; states whose parts
    /// are names here too and are never split (`Serbia and Montenegro`, `Hong Kong,
    /// China`); and the names in other languages of countries in conflict data, many one
    /// letter from the English name (`Syrie`, `Irak`, `Siria`, `Libye`, `Soudan`), which the
    /// slip rule (``JointRegionSlips``) must not refuse; and the short names of states of
    /// two or more islands or parts (`São Tomé`, `Trinidad`, `Antigua`, `Saint Kitts`,
    /// `Bosnia`), never one another country's land shares (bare `Timor`: West Timor is
    /// Indonesia's) nor another country's name (`Guinea`, `Congo`, `Sudan`, `Korea`); former
    /// names and abbreviations that name one state (`Zaire`, `Rhodesia`, `Dahomey`, `Upper
    /// Volta`, `Ceylon`, `Kampuchea`, `FYROM`, `KSA`, `PNG`: review28 S9), but not `Siam`:
    /// `Sima` (Comoros) is it with two letters swapped, refused alone. Compared without case, and
    /// loosely (``loose(_:)``: `Benín`, `Cote D Ivoire`) when no spelling here matches.
    ///
    /// Distinct countries are lines apart: `Republic of Congo` and `DR Congo`, `Niger` and
    /// `Nigeria`, `Sudan` and `South Sudan`, `Guinea`, `Guinea-Bissau` and `Equatorial
    /// Guinea`, `Dominica` and `Dominican Republic`. A name that may mean either of two is a
    /// line of its own: bare `Congo` (AP and Reuters write it for the DRC, UCDP and the UN
    /// for Brazzaville; review21 #2 found a newsroom's `Congo` rows added to `Republic of
    /// Congo`) and German `Kongo`. A new name has this one home; a test checks that no
    /// spelling is on two lines, nor folds loosely onto another line's.
    static let countries: [[String]] = [
        ["Afghanistan", "Afganistán", "Afeganistão", "Afganistan", "Afghanistán", "Afganisztán", "Afghánistán", "أفغانستان", "افغانستان", "Афганистан", "Афганістан", "אפגניסטן"],
        ["Albania", "Albanie", "Albanien", "Albánie", "Albânia", "Albanië", "Arnavutluk"],
        ["Algeria", "Algérie", "Algerie", "Argelia", "Argélia", "Algerien", "Algieria", "Alžírsko", "Algerije", "الجزائر", "Алжир", "Cezayir", "אלג'יריה", "الجزایر"],
        ["American Samoa"], ["Andorra", "Andorre"], ["Angola"], ["Anguilla"], ["Antarctica"], ["Antigua and Barbuda", "Antigua"], ["Argentina", "Argentine", "Argentinien"],
        ["Armenia", "Arménie", "Armenien", "Armênia", "Armènia", "Армения", "Вірменія", "Ermenistan", "ארמניה", "أرمينيا", "ارمنستان"],
        ["Aruba"],
        ["Australia", "Austrália", "Australie", "Australien", "Australië"],
        ["Austria", "Autriche", "Österreich", "Oesterreich", "Áustria", "Oostenrijk"],
        ["Azerbaijan", "Azerbaïdjan", "Aserbaidschan", "Azerbaiyán", "Azerbaijão", "Azerbejdżan", "Ázerbájdžán", "Azerbaigian", "Азербайджан", "Azerbaycan", "أذربيجان", "آذربایجان"],
        ["Bahamas", "The Bahamas", "Bahamas, The"],
        ["Bahrain", "Bahreïn", "Baréin", "Bahrein", "البحرين", "بحرین", "Бахрейн", "Bahreyn"],
        ["Bangladesh", "Bangladés", "Bangladesch", "Bangladexe"],
        ["Barbados"],
        ["Belarus", "Belarus (Byelorussia)", "Byelorussia", "Biélorussie", "Bielorrusia", "Weißrussland", "Białoruś", "Bielorussia", "Bielorrússia", "Belarús", "Беларусь", "Белоруссия", "Білорусь"],
        ["Belgium", "Belgique", "Bélgica", "Belgien", "Belgio", "België", "Belgia"], ["Belize"],
        ["Benin", "Bénin", "Benim", "Dahomey"],
        ["Bermuda"], ["Bhutan", "Bhoutan", "Bután", "Butão"],
        ["Bolivia", "Bolivia, Plurinational State of", "Bolivia (Plurinational State of)", "Bolivie", "Bolívia",
         "Bolivien"],
        ["Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia", "Bosnie-Herzégovine", "Bosnia y Herzegovina",
         "Bósnia e Herzegovina", "Bosnien und Herzegowina", "Bosnia ed Erzegovina", "Bosnien-Herzegowina", "Bosnië-Herzegovina",
         "Bosnië en Herzegovina"],
        ["Botswana", "Botsuana"],
        ["Brazil", "Brésil", "Bresil", "Brasil", "Brasilien", "Brasile"],
        ["British Virgin Islands", "Virgin Islands, British"],
        ["Brunei", "Brunei Darussalam"],
        ["Bulgaria", "Bulgarie", "Bulgária", "Bulgarien"],
        ["Burkina Faso", "Burkina", "Upper Volta", "Burkina Faso (Upper Volta)", "Haute-Volta", "Буркина-Фасо", "Буркіна-Фасо", "بوركينا فاسو", "בורקינה פאסו"],
        ["Burundi"],
        ["Cabo Verde", "Cape Verde", "Cap-Vert", "Kap Verde", "Capo Verde"],
        ["Cambodia", "Cambodia (Kampuchea)", "Kampuchea", "Cambodge", "Camboya", "Camboja", "Kambodscha", "Cambogia", "Kambodża"],
        ["Cameroon", "Cameroun", "Camerún", "Camarões", "Kamerun", "Camerun", "Камерун", "الكاميرون"],
        ["Canada", "Kanada", "Canadá"],
        ["Cayman Islands"],
        ["Central African Republic", "République centrafricaine", "Centrafrique", "República Centroafricana",
         "República Centro-Africana", "Zentralafrikanische Republik", "Repubblica Centrafricana", "CAR", "Central African Rep.", "Центральноафриканская Республика", "Центральноафриканська Республіка", "جمهورية أفريقيا الوسطى", "Orta Afrika Cumhuriyeti"],
        ["Chad", "Tchad", "Chade", "Tschad", "Ciad", "Czad", "Tsjaad", "Čad", "Чад", "تشاد", "Çad", "צ'אד"],
        ["Chile", "Chili", "Cile"],
        ["China", "Chine", "Cina"],
        ["Colombia", "Colombie", "Colômbia", "Kolumbien", "Kolumbia"],
        ["Comoros", "Comores", "Comoras", "Komoren", "Comore"],
        // Bare `Congo` may be either Congo: a line of its own, apart from both.
        ["Congo"],
        ["Republic of Congo", "Republic of the Congo", "Congo, Republic of the", "Congo, Rep.", "Congo-Brazzaville",
         "Congo (Brazzaville)", "Congo, Republic of", "Congo (Rep.)", "Congo (Republic)", "Congo Republic", "Kongo (Republik)", "Republik Kongo", "République du Congo", "República del Congo", "República do Congo", "Repubblica del Congo", "Kongo-Brazzaville"],
        ["DR Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo",
         "Congo, Democratic Republic of the", "Congo, Dem. Rep.", "Congo (Democratic Republic)", "Congo (Democratic Republic of the)",
         "Congo, Democratic Republic of (the)", "Kongo (Demokratische Republik)", "Congo DRC", "DRC Congo", "Congo (DRC)", "Congo, The Democratic Republic of the",
         "DR Congo (Zaire)", "Democratic Republic of Congo (Zaire)", "Congo, Democratic Republic of (Zaire)", "DRC", "Congo-Kinshasa", "Congo (Kinshasa)", "Zaire", "République démocratique du Congo",
         "RD Congo", "RDC", "República Democrática del Congo", "República Democrática do Congo",
         "Demokratische Republik Kongo", "Repubblica Democratica del Congo", "Congo, Democratic Republic",
         "Democratic Republic Congo", "Dem. Rep. Congo", "D.R.C.",
         "Congo (Democratic Republic of the)", "Kongo-Kinshasa", "Kongo (Kinshasa)", "Congo (DRC)", "Congo DR", "Congo (Zaire)"],
        ["Cook Islands"], ["Costa Rica"],
        ["Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast", "Côte-d'Ivoire", "Costa de Marfil", "Costa do Marfim",
         "Elfenbeinküste", "Costa d'Avorio", "Wybrzeże Kości Słoniowej"],
        ["Croatia", "Croatie", "Croacia", "Kroatien", "Chorwacja", "Hrvatska", "Croácia", "Croazia"],
        ["Cuba", "Kuba"],
        ["Curaçao", "Curacao"],
        ["Cyprus", "Chypre", "Chipre", "Zypern", "Cipro", "Kıbrıs", "قبرص", "Кипр", "Кіпр", "קפריסין"],
        ["Northern Cyprus"],
        ["Czechia", "Czech Republic", "Tchéquie", "République tchèque", "Chequia", "República Checa", "Tchéquia", "Chéquia", "República Tcheca", "Tschechien", "Cechia", "Repubblica Ceca", "Czechy"],
        ["Czechoslovakia"], ["Denmark", "Danemark", "Dinamarca", "Dänemark", "Danimarca", "Dania"],
        ["Djibouti", "Yibuti", "Dschibuti", "Gibuti", "Dżibuti", "جيبوتي", "Джибути", "Джибуті", "Cibuti", "Djibuti"],
        ["Dominica"],
        ["Dominican Republic", "República Dominicana", "Dominicana", "République dominicaine", "Dominikanische Republik",
         "Repubblica Dominicana"],
        ["Timor-Leste", "East Timor", "Oost-Timor", "Osttimor", "Timor oriental", "Timor-Est"],
        ["Ecuador", "Équateur", "Equador"],
        ["Egypt", "Egypt, Arab Rep.", "Égypte", "Egipto", "Egito", "Ägypten", "Egitto", "Egipt", "Egypte", "Egypten",
         "Misr", "مصر", "Египет", "Єгипет", "Mısır", "מצרים"],
        ["El Salvador"],
        ["Equatorial Guinea", "Guinée équatoriale", "Guinea Ecuatorial", "Guinea Equatoriale", "Guiné Equatorial",
         "Äquatorialguinea", "Guinea, Equatorial"],
        ["Eritrea", "Érythrée", "Erytrea", "Erythrée", "Eritreia", "إريتريا", "اریتره", "Эритрея", "Еритрея", "Eritre", "אריתריאה"],
        ["Estonia", "Estonie", "Estland", "Estónia", "Estônia"],
        ["Eswatini", "eSwatini", "Swaziland", "Kingdom of Eswatini", "Kingdom of eSwatini (Swaziland)", "Kingdom of eSwatini", "Swaziland (Eswatini)", "Eswatini (Swaziland)", "Essuatíni", "Suazilandia", "Swasiland"],
        ["Ethiopia", "Éthiopie", "Etiopía", "Etiópia", "Äthiopien", "Etiopia", "Ethiopië", "Etiopien", "Etiopie",
         "Etiyopya", "Ethiopie", "Etiopija", "إثيوبيا", "اتیوپی", "Эфиопия", "Ефіопія", "אתיופיה"],
        ["Falkland Islands"], ["Faroe Islands"], ["Fiji", "Fidji", "Fiyi", "Fidschi", "Figi"], ["Finland", "Finlande", "Finlandia", "Finlândia", "Finnland"], ["France", "Francia", "França", "Frankreich", "Francja", "Fransa", "فرنسا", "فرانسه", "Франция", "Франція", "צרפת"], ["French Guiana", "Guyane", "Guyane française", "Guyane Francaise", "Guayana Francesa", "Guiana Francesa", "Französisch-Guayana", "Guyana francese"], ["French Polynesia"],
        ["Gabon", "Gabón", "Gabão", "Gabun"],
        ["Gambia", "The Gambia", "Gambia, The", "Gambie", "Gâmbia"],
        ["Georgia", "Géorgie", "Georgien", "Gruzja", "Geórgia", "Грузия", "Грузія", "Gürcistan", "جورجيا", "گرجستان", "גאורגיה"],
        ["Germany", "Germany (Prussia)", "Allemagne", "Alemania", "Alemanha", "Deutschland", "Germania", "Niemcy", "Almanya", "ألمانيا", "آلمان", "Германия", "Німеччина", "גרמניה"], ["East Germany"], ["West Germany"], ["Ghana"], ["Gibraltar"], ["Greece", "Grèce", "Grecia", "Grécia", "Griechenland", "Grecja", "Yunanistan", "اليونان", "یونان", "Греция", "Греція", "יוון"], ["Greenland"], ["Grenada"],
        ["Guadeloupe"], ["Guam"], ["Guatemala"], ["Guernsey"],
        ["Guinea", "Guinée", "Gwinea", "Guiné", "Republic of Guinea", "Guinea-Conakry", "Guinée-Conakry", "Guinea Conakry", "Gine", "غينيا", "Гвинея", "Гвінея"],
        ["Guinea-Bissau", "Guinée-Bissau", "Guinea Bissau", "Guiné-Bissau", "Guinea-Bisáu", "Гвинея-Бисау", "Гвінея-Бісау", "غينيا بيساو"],
        ["Guyana"],
        ["Haiti", "Haïti", "Haití"],
        ["Holy See", "Vatican", "Vatican City", "Holy See (Vatican City State)"],
        ["Honduras"],
        ["Hong Kong", "Hong Kong, China", "Hong Kong SAR, China", "China, Hong Kong SAR",
         "China, Hong Kong Special Administrative Region"],
        ["Hungary", "Hongrie", "Hungría", "Hungria", "Ungarn", "Ungheria", "Węgry"], ["Iceland", "Islande", "Islandia", "Islândia", "Islanda"],
        ["India", "Inde", "Indie", "Indien", "Índia", "Hindistan", "الهند", "هند", "Индия", "Індія", "הודו"],
        ["Indonesia", "Indonésie", "Indonesien", "Indonezja", "Indonésia", "Endonezya", "إندونيسيا", "اندونزی", "Индонезия", "Індонезія"],
        ["Iran", "Iran, Islamic Republic of", "Iran, Islamic Rep.", "Iran (Islamic Republic of)",
         "Islamic Republic of Iran", "Iran (Persia)", "Irán", "Irã", "Irão", "Persia", "إيران", "ایران", "Иран", "Іран", "איראן"],
        ["Iraq", "Irak", "Iraque", "Irák", "Iraak", "Iraki", "Irakas", "Irāka", "العراق", "عراق", "Ирак", "Ірак", "עיראק"],
        ["Ireland", "Irlande", "Irlanda", "Irlandia", "Republic of Ireland", "Éire", "Eire"], ["Isle of Man"],
        ["Israel", "Israël", "Israele", "Izrael", "Israil", "إسرائيل", "اسرائيل", "اسرائیل", "Израиль", "Ізраїль", "ישראל"],
        ["Italy", "Italie", "Italia", "Itália", "Italien", "Włochy", "İtalya", "إيطاليا", "ایتالیا", "Италия", "Італія", "איטליה"], ["Jamaica", "Jamaïque", "Jamaika"], ["Japan", "Japon", "Japón", "Japão", "Giappone", "Japonia", "Japonya", "اليابان", "ژاپن", "Япония", "Японія", "יפן"], ["Jersey"],
        ["Jordan", "Jordanie", "Jordania", "Jordânia", "Jordanien", "Giordania", "الأردن", "اردن", "Иордания", "Йорданія", "Ürdün", "ירדן"],
        ["Kazakhstan", "Kazajistán", "Cazaquistão", "Kasachstan", "Kazakistan", "Kazachstan", "Казахстан", "كازاخستان", "قزاقستان"],
        ["Kenya", "Kenia", "Quênia", "Quénia", "كينيا", "Кения", "Кенія", "קניה"],
        ["Kiribati"],
        ["Kosovo", "Kosova", "Kósovo", "Косово", "كوسوفو"],
        ["Kuwait", "Koweït", "Kuwejt", "Kuveyt", "الكويت", "کویت", "Кувейт", "כווית"],
        ["Kyrgyzstan", "Kyrgyz Republic", "Kirghizistan", "Kirguistán", "Kirgisistan", "Quirguistão", "Kirgizistan", "Киргизия", "Кыргызстан", "Киргизстан", "Kırgızistan"],
        ["Laos", "Lao PDR", "Lao People's Democratic Republic"],
        ["Latvia", "Lettonie", "Letonia", "Letónia", "Letônia", "Lettland", "Lettonia", "Łotwa"],
        ["Lebanon", "Liban", "Líbano", "Libanon", "Libano", "Líban", "لبنان", "Ливан", "Ліван", "Lübnan", "לבנון"],
        ["Lesotho", "Lesoto"], ["Liberia", "Libéria"],
        ["Libya", "Libyan Arab Jamahiriya", "Libye", "Libia", "Líbia", "Libyen", "Libië", "Libija", "ليبيا", "لیبی", "Ливия", "Лівія", "לוב"],
        ["Liechtenstein"], ["Lithuania", "Lituanie", "Lituania", "Lituânia", "Litauen", "Litwa"], ["Luxembourg", "Luxemburgo", "Luxemburg", "Lussemburgo"],
        ["Macao", "Macau", "Macao, China", "Macao SAR, China", "Macau, China", "China, Macao SAR"],
        ["Madagascar", "Madagascar (Malagasy)", "Madagaskar"],
        ["Malawi", "Malaui", "Malaŵi"], ["Malaysia", "Malaisie", "Malasia", "Malásia"], ["Maldives", "Maldivas", "Malediven", "Maldive"],
        ["Mali", "Malí", "مالي", "Мали", "Малі"],
        ["Malta", "Malte"], ["Marshall Islands"], ["Martinique"],
        ["Mauritania", "Mauritanie", "Mauritânia", "Mauretanien", "Mauretania", "موريتانيا", "موریتانی", "Мавритания", "Мавританія", "Moritanya"],
        ["Mauritius", "Maurice", "Mauricio", "Maurícia", "Maurício", "Maurizio"],
        ["Mayotte"],
        ["Mexico", "Mexique", "México", "Mexiko", "Messico", "Meksyk"],
        ["Micronesia", "Micronesia, Federated States of", "Micronesia, Fed. Sts.", "Micronesia (Federated States of)"],
        ["Moldova", "Moldova, Republic of", "Republic of Moldova", "Moldavie", "Moldavia", "Moldawien", "Mołdawia", "Moldávia", "Молдова", "Молдавия"],
        ["Monaco"], ["Mongolia", "Mongolie", "Mongólia", "Mongolei"], ["Montenegro", "Monténégro"], ["Montserrat"],
        ["Morocco", "Maroc", "Marruecos", "Marrocos", "Marokko", "Marocco", "Maroko", "المغرب", "مراکش", "Марокко", "Fas"],
        ["Mozambique", "Moçambique", "Mosambik", "Mozambico", "Mozambik"],
        ["Myanmar", "Burma", "Myanmar (Burma)", "Birmanie", "Birmania", "Birmânia", "Birma", "Мьянма", "ميانمار"],
        ["Namibia", "Namibie", "Namíbia"], ["Nauru"],
        ["Nepal", "Népal"],
        ["Netherlands", "The Netherlands", "Netherlands (Kingdom of the)", "Kingdom of the Netherlands", "Holland", "Pays-Bas", "Países Bajos", "Países Baixos", "Niederlande", "Paesi Bassi", "Nederland", "Holanda", "Hollande"],
        ["New Caledonia"], ["New Zealand", "Nouvelle-Zélande", "Nueva Zelanda", "Nova Zelândia", "Neuseeland", "Nuova Zelanda"], ["Nicaragua"],
        ["Niger", "Níger", "Niger Republic", "Republic of Niger", "النيجر", "Нигер", "Нігер", "Nijer", "ניז'ר"],
        ["Nigeria", "Nigéria", "Nigerië", "Nigerija", "نيجيريا", "نیجریه", "Нигерия", "Нігерія", "Nijerya", "ניגריה"],
        ["Niue"],
        ["North Korea", "Korea, Democratic People's Republic of", "Korea, Dem. People's Rep.", "Korea, North",
         "Democratic People's Republic of Korea", "DPRK", "Korea, DPR", "Corée du Nord", "Corea del Norte", "Coreia do Norte", "Nordkorea", "Corea del Nord", "Korea Północna", "Kuzey Kore", "كوريا الشمالية", "Северная Корея", "Північна Корея", "Democratic Republic of Korea", "Korea, Democratic Republic of", "Korea, Democratic Republic", "Korea, Dem. Rep.", "Noord-Korea"],
        ["North Macedonia", "Macedonia", "Macedonia, FYR", "FYROM", "Former Yugoslav Republic of Macedonia", "Republic of North Macedonia", "Macédoine du Nord", "Macedonia del Norte", "Macedônia do Norte", "Macedónia do Norte", "Nordmazedonien", "Macedonia del Nord"],
        ["Northern Mariana Islands"], ["Norway", "Norvège", "Noruega", "Norwegen", "Norvegia", "Norwegia"], ["Oman", "Omán", "Omã", "عمان", "عُمان", "Оман", "Umman"],
        ["Pakistan", "Pakistán", "Paquistão", "باكستان", "پاکستان", "Пакистан", "Paquistán"],
        ["Palau"],
        ["Palestine", "State of Palestine", "Palestine, State of", "Palestinian Territory", "Palestinian Territories",
         "Occupied Palestinian Territory", "occupied Palestinian territory", "West Bank and Gaza", "Palestina",
         "Palästina", "Palestinian Territory, Occupied", "Palestyna", "Palestiina", "فلسطين", "فلسطین", "Палестина", "Filistin", "פלסטין"],
        ["Panama"], ["Papua New Guinea", "PNG", "Papouasie-Nouvelle-Guinée", "Papúa Nueva Guinea", "Papua-Nova Guiné", "Papua Nova Guiné", "Papua-Neuguinea", "Papua Nuova Guinea"], ["Paraguay", "Paraguai"],
        ["Peru", "Pérou", "Perú", "Perù", "Perou"],
        ["Philippines", "Filipinas", "Philippinen", "Filippine", "Filipiny", "Filipinler"],
        ["Poland", "Pologne", "Polonia", "Polônia", "Polónia", "Polen", "Polska", "Polonya", "Польша", "Польща"], ["Portugal", "Portogallo", "Portugalia"], ["Puerto Rico"],
        ["Qatar", "Katar", "قطر", "Катар", "Catar"],
        ["Réunion", "Reunion"],
        ["Romania", "Roumanie", "Rumania", "Rumanía", "Roménia", "Romênia", "Rumänien", "Rumunia", "Romanya"],
        ["Russia", "Russia (Soviet Union)", "Russian Federation", "Russie", "Rusia", "Rússia", "Russland", "Rosja",
         "Rusija", "Rusland", "Rusko", "Oroszország", "Venäjä", "Venemaa", "Urusi", "Rusya", "روسيا", "روسیه", "Россия", "Росія", "רוסיה"],
        ["Soviet Union"], ["USSR"],
        ["Rwanda", "Ruanda"],
        ["Saint Kitts and Nevis", "St. Kitts and Nevis", "Saint Kitts", "St. Kitts"],
        ["Saint Lucia", "St. Lucia", "Sainte-Lucie", "Santa Lucía"],
        ["Saint Vincent and the Grenadines", "St. Vincent and the Grenadines"],
        ["Samoa"], ["San Marino", "Saint-Marin"],
        ["Sao Tome and Principe", "São Tomé and Príncipe", "São Tomé"],
        ["Saudi Arabia", "KSA", "Arabie saoudite", "Arabia Saudita", "Arábia Saudita", "Saudi-Arabien", "Arabia Saudyjska", "السعودية", "المملكة العربية السعودية", "عربستان سعودی", "Саудовская Аравия", "Саудівська Аравія", "Suudi Arabistan", "ערב הסעודית"],
        ["Senegal", "Sénégal", "السنغال", "Сенегал"],
        ["Serbia", "Serbia (Yugoslavia)", "Yugoslavia (Serbia)", "Serbie", "Serbien", "Srbija", "Sérvia", "Sırbistan", "Сербия", "Сербія"],
        ["Yugoslavia"], ["Seychelles"],
        ["Sierra Leone", "Sierra Leona", "Serra Leoa"],
        ["Singapore", "Singapour", "Singapur", "Singapura"],
        ["Slovakia", "Slovak Republic", "Slovaquie", "Eslovaquia", "Eslováquia", "Slowakei", "Slovacchia", "Słowacja", "Slovensko"],
        ["Slovenia", "Slovénie", "Eslovenia", "Slowenien", "Slovenija", "Eslovénia", "Słowenia"],
        ["Solomon Islands"],
        ["Somalia", "Somalie", "Somália", "Somalië", "الصومال", "سومالی", "Сомали", "Сомалі", "סומליה"],
        ["Somaliland"], ["South Africa", "Afrique du Sud", "Sudáfrica", "África do Sul", "Südafrika", "Sudafrica", "Zuid-Afrika"],
        ["South Korea", "Korea, Republic of", "Korea, Rep.", "Korea, South", "Republic of Korea", "Corée du Sud", "Corea del Sur", "Coreia do Sul", "Südkorea", "Corea del Sud", "Zuid-Korea", "Korea Południowa", "Güney Kore", "كوريا الجنوبية", "Южная Корея", "Південна Корея"],
        ["South Sudan", "Soudan du Sud", "Sudán del Sur", "Sudão do Sul", "Südsudan", "Sudan del Sud", "Sudan Południowy",
         "Zuid-Soedan", "Sudan, South", "جنوب السودان", "Южный Судан", "Південний Судан", "Güney Sudan"],
        ["Spain", "Espagne", "España", "Espanha", "Spanien", "Spagna", "Hiszpania", "İspanya"], ["Sri Lanka", "Ceylon", "Sri Lanka (Ceylon)"],
        ["Sudan", "Soudan", "Sudán", "Sudão", "Soedan", "Súdán", "السودان", "سودان", "Судан", "סודן"],
        ["Suriname", "Surinam"], ["Sweden", "Suède", "Suecia", "Suécia", "Schweden", "Svezia", "Szwecja", "İsveç"], ["Switzerland", "Suisse", "Suiza", "Suíça", "Schweiz", "Svizzera", "Szwajcaria", "İsviçre"],
        ["Syria", "Syrian Arab Republic", "Syrie", "Siria", "Síria", "Syrien", "Syyria", "Sýrie", "Süüria", "Sirija",
         "Szíria", "Syrië", "Sirië", "Sýria", "Sīrija", "Suriah", "Suriye", "Syria (Syrian Arab Republic)", "سوريا", "سورية", "سوریه", "Сирия", "Сирія", "סוריה"],
        ["Taiwan", "Taiwan, China", "Taiwan, Province of China", "China, Taiwan Province of", "Chinese Taipei"],
        ["Tajikistan", "Tadjikistan", "Tayikistán", "Tadschikistan", "Tajiquistão", "Tagikistan", "Таджикистан", "Tacikistan"],
        ["Tanzania", "Tanzania, United Republic of", "United Republic of Tanzania", "Tanzania (Tanganyika)", "Tanzanie", "Tansania", "Tanzânia", "تنزانيا"],
        ["Thailand", "Thaïlande", "Tailandia", "Tailândia", "Tajlandia"],
        ["Togo"], ["Tonga"], ["Trinidad and Tobago", "Trinidad"],
        ["Tunisia", "Tunisie", "Túnez", "Tunísia", "Tunesien", "Tunezja", "تونس", "Тунис", "Туніс", "Tunus", "Tunesië", "תוניסיה"],
        ["Türkiye", "Turkey", "Turkiye", "Turquie", "Turquía", "Turquia", "Türkei", "Turchia", "Turcja", "Turkije",
         "Republic of Türkiye", "Türkiye Cumhuriyeti", "Turkey (Türkiye)", "Türkiye (Turkey)", "تركيا", "ترکیه", "Турция", "Туреччина", "טורקיה"],
        ["Turkmenistan", "Turkménistan", "Turkmenistán", "Turquemenistão", "Туркменистан", "Туркменістан", "Türkmenistan"], ["Turks and Caicos Islands", "Turks and Caicos"], ["Tuvalu"], ["Uganda", "Ouganda", "أوغندا", "Уганда"],
        ["Ukraine", "Ucrania", "Ucrânia", "Ucraina", "Ukraina", "Ukrajina", "Oekraïne", "Ukrajna", "Ukrayna", "أوكرانيا", "اوکراین", "Украина", "Україна", "אוקראינה"],
        ["United Arab Emirates", "UAE", "Émirats arabes unis", "Emiratos Árabes Unidos", "Emirados Árabes Unidos", "Vereinigte Arabische Emirate", "Emirati Arabi Uniti", "الإمارات", "الإمارات العربية المتحدة", "امارات متحده عربی", "Объединённые Арабские Эмираты", "ОАЭ", "Birleşik Arap Emirlikleri"],
        ["United Kingdom", "UK", "Great Britain", "United Kingdom of Great Britain and Northern Ireland", "Royaume-Uni", "Reino Unido", "Vereinigtes Königreich", "Regno Unito", "Wielka Brytania", "Birleşik Krallık", "المملكة المتحدة", "Великобритания", "Великобританія"],
        ["United States", "United States of America", "USA", "US", "États-Unis", "Estados Unidos", "Vereinigte Staaten", "Stati Uniti", "Stany Zjednoczone", "Amerika Birleşik Devletleri", "الولايات المتحدة", "ایالات متحده", "США", "ארצות הברית"],
        ["Uruguay", "Uruguai"], ["Uzbekistan", "Ouzbékistan", "Uzbekistán", "Uzbequistão", "Usbekistan", "Özbekistan", "Узбекистан", "أوزبكستان"], ["Vanuatu"],
        ["Venezuela", "Venezuela, Bolivarian Republic of", "Venezuela, RB", "Venezuela (Bolivarian Republic of)"],
        ["Vietnam", "Viet Nam", "Vietnam (North Vietnam)", "Viêt Nam", "Vietnã", "Vietname"],
        ["South Vietnam"],
        ["US Virgin Islands", "Virgin Islands, U.S.", "United States Virgin Islands"],
        ["Wallis and Futuna"], ["Western Sahara", "Sahara Occidental"],
        ["Yemen", "Yemen, Rep.", "Yemen (North Yemen)", "Yémen", "Iémen", "Jemen", "Iêmen", "Yemen, Republic of", "اليمن", "یمن", "Йемен", "Ємен", "תימן"],
        ["South Yemen", "Yemen (South Yemen)"],
        ["Zambia", "Zambie", "Sambia", "Zâmbia"],
        ["Zimbabwe", "Zimbabwe (Rhodesia)", "Rhodesia", "Zimbabue", "Simbabwe", "Zimbábue"],
        ["Serbia and Montenegro", "Serbia & Montenegro", "Serbia und Montenegro", "Serbien und Montenegro", "Serbie-et-Monténégro"],
        // Either Congo (German): a line of its own, like bare `Congo` above.
        ["Kongo"],
        // Territories of ISO 3166 (review26 R1: a territory one or two slips from a country is no slip).
        ["Saint Martin", "Saint-Martin", "St. Martin", "Saint Martin (French part)"],
        ["Sint Maarten", "Sint Maarten (Dutch part)"],
        ["Bonaire", "Bonaire, Sint Eustatius and Saba", "Caribbean Netherlands"],
        ["Saint Barthélemy", "Saint-Barthélemy", "St. Barthélemy"],
        ["Saint Helena", "Saint Helena, Ascension and Tristan da Cunha", "St. Helena"],
        ["Saint Pierre and Miquelon", "Saint-Pierre-et-Miquelon"],
        ["Tokelau"],
        ["Pitcairn", "Pitcairn Islands"],
        ["Norfolk Island"],
        ["Christmas Island"],
        ["Cocos (Keeling) Islands", "Cocos Islands"],
        ["Åland Islands", "Aland Islands"],
        ["Svalbard and Jan Mayen", "Svalbard"],
        ["South Georgia and the South Sandwich Islands"],
        ["British Indian Ocean Territory"],
        ["French Southern Territories"],
        ["Heard Island and McDonald Islands"],
        ["Bouvet Island"],
        ["United States Minor Outlying Islands"],
    ]

    /// Places that are not countries but stand in `country` columns (regions, islands,
    /// disputed and occupied territories): never taken for a slip of a country
    /// (`Irian` is no slip of `Iran`, nor `Bali` of `Mali`), and keyed in one spelling
    /// in any letter case. Never split out of a value, nor joined (``KeyKind/jointParts(_:)``
    /// reads countries only).
    static let places: [String] = [
        "Abkhazia", "Abyei", "Aceh", "Adjara", "Afar", "Amhara", "Ambazonia", "Anjouan", "Artsakh", "Assam", "Azad Kashmir",
        "Azawad", "Bali", "Balochistan", "Baluchistan", "Biafra", "Blue Nile", "Borneo", "Bougainville", "Cabinda",
        "Casamance", "Catalonia", "Chechnya", "Corsica", "Crimea", "Cyrenaica", "Dagestan", "Darfur", "Donbas", "Donbass",
        "Donetsk", "East Jerusalem", "Fezzan", "Gaza", "Gaza Strip", "Golan", "Golan Heights", "Ingushetia", "Irian",
        "Irian Jaya", "Ituri", "Jammu and Kashmir", "Java", "Jubaland", "Kabylie", "Kachin", "Karabakh", "Kasai",
        "Kashmir", "Katanga", "Khyber Pakhtunkhwa", "Kivu", "North Kivu", "South Kivu", "Kordofan", "South Kordofan",
        "Kurdistan", "Iraqi Kurdistan", "Kurdistan Region", "Luhansk", "Maluku", "Manipur", "Mindanao", "Nagaland",
        "Nagorno-Karabakh", "Northern Ireland", "Ogaden", "Oromia", "Papua", "West Papua", "Puntland", "Punjab", "Rakhine",
        "Rojava", "Sabah", "Sahel", "Sarawak", "Scotland", "Shan", "Sinai", "South Ossetia", "Sulawesi", "Sumatra",
        "Tibet", "Tigray", "Transnistria", "Tripolitania", "Wales", "England", "Waziristan", "West Bank", "Xinjiang",
        "Zanzibar", "Galmudug", "Hirshabelle", "Jammu", "Ladakh",
        "West Timor", "Timor", "Guiana", "Guianas", "Nusa Tenggara", "East Nusa Tenggara", "Kurdistan Region of Iraq",
    ]
}
