import TallyCore

/// Place names (adm_1, adm_2) that differ only in what a reader cannot see are one group
/// (review30 S5, S16): letter case (`ALEPPO`, `Aleppo`, `aleppo`; Turkish `İDLİB`), the
/// Arabic and Persian forms of yeh and kaf (`دیر الزور`, `دير الزور`: one glyph inside a
/// word), tatweel, a stretching mark (`كفـر نبل`), the hyphens and dashes (`Deir ez‑Zor`
/// with a non-breaking hyphen, `Deir ez–Zor`), s and t with comma below or cedilla
/// (`Timiș`, `Timiş`), the marks written for an apostrophe or an ayn (`ʿAfrīn`,
/// `‘Afrīn`, `'Afrin`), and the Arabic variants of one spelling: alef with or without
/// hamza or madda (`إدلب`, `ادلب`), teh marbuta or heh (`حماة`, `حماه`), alef maksura or
/// yeh at a word's end, and short-vowel marks. Each group is printed in one of its
/// spellings, chosen by the spellings alone (``map(_:strings:)``: for these Arabic
/// pairs the first in UTF-8 byte order is the one with hamza, teh marbuta, alef maksura). Worked out once a run over the distinct place ids
/// of the result, never per row. Area words (`Aleppo Governorate`) are not folded: `Kyiv`
/// and `Kyiv Oblast` may be two places. Actor and other names keep their case (`ISIS`,
/// `Isis`). docs/spec.md, "Key values".
enum PlaceFolding {
    /// The form two spellings of one place share.
    static func key(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar = " "
        for u in name.lowercased().unicodeScalars {
            switch u.value {
            case 0x0640: continue // tatweel
            // Arabic spelling variants of one name (review32 S8: `حماة`/`حماه`, `إدلب`/`ادلب`,
            // `الرقة`/`الرقه` were two places): alef with hamza above or below, with madda,
            // or wasla as bare alef; teh marbuta as heh and alef maksura as yeh (each is
            // written only at a word's end, where the plain letter stands for it in
            // unvoweled and keyboard spellings); the short-vowel and other marks
            // (harakat, U+064B–U+065F, and the superscript alef) dropped.
            case 0x0622, 0x0623, 0x0625, 0x0671: out.append("\u{0627}")
            case 0x0629: out.append("\u{0647}")
            case 0x0649: out.append("\u{064A}")
            case 0x064B ... 0x065F, 0x0670: continue
            case 0x0307 where previous == "i": continue // `İ` lower-cased is `i` and a dot above
            case 0x06CC: out.append("\u{064A}") // Persian yeh as Arabic yeh
            case 0x06A9: out.append("\u{0643}") // keheh (Persian kaf) as kaf
            case 0x2010 ... 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: out.append("-")
            case 0x0219: out.append("\u{015F}") // ș as ş
            case 0x021B: out.append("\u{0163}") // ț as ţ
            case 0x0027, 0x0060, 0x00B4, 0x2018, 0x2019, 0x02BB, 0x02BC, 0x02BD, 0x02BE, 0x02BF, 0x2032: out.append("'")
            default: out.append(u)
            }
            previous = u
        }
        return String(out)
    }

    /// By id, the id each place spelling of one column is folded into (only those that
    /// change): of the spellings sharing a ``key(_:)``, one in mixed case before one in a
    /// single case (`Aleppo` before `ALEPPO` and `aleppo`), then the first in UTF-8 byte
    /// order. Chosen by the spellings alone, so the grouping, filters and workers never
    /// change it (bench/reference_aggregate.py `fold_places` does the same).
    static func map(_ ids: Set<UInt32>, strings: Interner) -> [UInt32: UInt32] {
        guard ids.count > 1 else { return [:] }
        var groups: [String: [(id: UInt32, name: String)]] = [:]
        for id in ids {
            let name = strings.string(id)
            groups[key(name), default: []].append((id, name))
        }
        func oneCase(_ s: String) -> Bool { s == s.uppercased() || s == s.lowercased() }
        var out: [UInt32: UInt32] = [:]
        for (_, g) in groups where g.count > 1 {
            let chosen = g.min { a, b in
                oneCase(a.name) != oneCase(b.name) ? !oneCase(a.name) : Array(a.name.utf8).lexicographicallyPrecedes(Array(b.name.utf8))
            }!
            for e in g where e.id != chosen.id { out[e.id] = chosen.id }
        }
        return out
    }

    /// `name` without a last word that names an area (``LoosePlace/areaWords``, not a
    /// city's: `Aleppo Governorate` → `Aleppo`, `Kano State` → `Kano`), else nil.
    static func withoutAreaWord(_ name: String) -> String? {
        var words = name.split(separator: " ")
        guard words.count > 1 else { return nil }
        var last = words.last!.lowercased()
        if last.hasSuffix(".") { last.removeLast() }
        guard LoosePlace.areaWords.contains(last), !LoosePlace.cityWords.contains(last) else { return nil }
        words.removeLast()
        return words.joined(separator: " ")
    }

    /// Notes for places of one country and column that are one name with an area word
    /// and without (`Aleppo Governorate` and `Aleppo`, review30 S16): counted as two
    /// places, since they may be two (`Kyiv` and `Kyiv Oblast`, `Moscow` and `Moscow
    /// Oblast`), but said. `places`: (country as printed, column, place as printed).
    static func areaWordNotes(_ places: [(country: String, column: String, name: String)]) -> [String] {
        var byBare: [[String]: Set<String>] = [:]
        var bare: [[String]: Set<String>] = [:]
        for p in places where !p.name.isEmpty {
            if let w = withoutAreaWord(p.name) {
                byBare[[p.country, p.column, key(w)], default: []].insert(p.name)
            } else {
                bare[[p.country, p.column, key(p.name)], default: []].insert(p.name)
            }
        }
        var pairs: [(country: String, column: String, with: String, without: String)] = []
        for (k, withArea) in byBare {
            guard let plain = bare[k]?.sorted().first else { continue }
            for w in withArea { pairs.append((k[0], k[1], w, plain)) }
        }
        guard !pairs.isEmpty else { return [] }
        pairs.sort { ($0.country, $0.column, $0.with) < ($1.country, $1.column, $1.with) }
        let shown = pairs.prefix(3).map { p in
            "\(p.column) \"\(MessageText.excerpt(p.with, limit: 60))\" and \"\(MessageText.excerpt(p.without, limit: 60))\""
                + (p.country.isEmpty ? "" : " (\(MessageText.excerpt(p.country, limit: 40)))")
        }
        let more = pairs.count > 3 ? " and \(pairs.count - 3) more such pairs" : ""
        return ["\(shown.joined(separator: "; "))\(more) are counted as two places each, a name with an area word and without: "
            + "if they are one place, write it one way in the data; if two (a city and the province around it), "
            + "name them apart (\"... City\")"]
    }
}
