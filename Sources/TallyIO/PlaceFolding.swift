import TallyCore

/// Place names (adm_1, adm_2) that differ only in what a reader cannot see are one group
/// (review30 S5, S16): letter case (`ALEPPO`, `Aleppo`, `aleppo`; Turkish `İDLİB`), the
/// Arabic and Persian forms of yeh and kaf (`دیر الزور`, `دير الزور`: one glyph inside a
/// word), tatweel, a stretching mark (`كفـر نبل`), the hyphens and dashes (`Deir ez‑Zor`
/// with a non-breaking hyphen, `Deir ez–Zor`), s and t with comma below or cedilla
/// (`Timiș`, `Timiş`) and the marks written for an apostrophe or an ayn (`ʿAfrīn`,
/// `‘Afrīn`, `'Afrin`). Each group is printed as the input spelt it most (by events; on a
/// tie one in mixed case before one in a single case, then the first in UTF-8 byte order). Worked out once a run over the distinct place ids
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

    /// By id, the id each place spelling is folded into (only those that change): of the
    /// spellings sharing a ``key(_:)``, the one with the most events, the first in byte
    /// order on a tie.
    static func map(_ ids: [UInt32: Int], strings: Interner) -> [UInt32: UInt32] {
        guard ids.count > 1 else { return [:] }
        var groups: [String: [(id: UInt32, name: String, events: Int)]] = [:]
        for (id, events) in ids {
            let name = strings.string(id)
            groups[key(name), default: []].append((id, name, events))
        }
        var out: [UInt32: UInt32] = [:]
        for (_, g) in groups where g.count > 1 {
            // On a tie, a spelling in mixed case before one in one case (`Aleppo` before
            // `ALEPPO` and `aleppo`), then byte order.
            func oneCase(_ s: String) -> Bool { s == s.uppercased() || s == s.lowercased() }
            let chosen = g.min { a, b in
                a.events != b.events ? a.events > b.events
                    : oneCase(a.name) != oneCase(b.name) ? !oneCase(a.name)
                    : Array(a.name.utf8).lexicographicallyPrecedes(Array(b.name.utf8))
            }!
            for e in g where e.id != chosen.id { out[e.id] = chosen.id }
        }
        return out
    }
}
