import Foundation

/// Place names as the overlap check compares them (``DayTable``): two exports of one
/// source may write a place otherwise (`ALEPPO`, `Aleppo Governorate`,
/// `aleppo-governorate`, `ḤALAB`, `Halab`, `İDLİB`, `DÊR EZ-ZOR`), and a re-export that
/// re-spelled its places was read doubled (review20b O3/O4: 908 for 454). Never used for
/// grouping or the record key.
enum LoosePlace {
    /// Words that end a first- or second-level area's name in some exports and not in
    /// others (`Aleppo Governorate`, `Kano State`, `Donetsk Oblast`, `Sevastopol City`).
    /// A name with one and the name without it are one place, unless a file of the pair
    /// compared writes both (`Kyiv` and `Kyiv Oblast`, `Almaty` and `Almaty Region`: two
    /// first-level units; ``PlaceSpelling``).
    static let areaWords: Set<String> = ["governorate", "province", "state", "region", "oblast", "district", "prefecture",
                                         "department", "county", "division", "municipality", "wilaya", "wilayah", "muhafazah", "city"]

    /// The longest name folded; a longer value (a quote left open, a blob) is compared
    /// as written.
    static let maximumBytes = 4096

    /// `name` without letter case (Unicode case folding), accents and other marks,
    /// width, spaces, punctuation and quotes, and without a last word of ``areaWords``
    /// after another word: its words joined by one space, and whether an area word was
    /// dropped. `Ḥalab`, `HALAB` and `Halab Governorate` give `halab`; a name of
    /// punctuation only gives "".
    static func key(_ name: String) -> (key: String, areaWord: Bool) {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        func close() {
            if !word.isEmpty { words.append(String(word)); word = String.UnicodeScalarView() }
        }
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII (most names): only letter case to fold, no Foundation call.
            for b in name.utf8 {
                switch b {
                case 0x41 ... 0x5A: word.append(Unicode.Scalar(b + 0x20))
                case 0x61 ... 0x7A, 0x30 ... 0x39: word.append(Unicode.Scalar(b))
                default: close()
                }
            }
        } else {
            // Case folding takes `İ` to `i` and a combining dot, which the accents go with.
            let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            for s in folded.unicodeScalars {
                let p = s.properties
                switch p.generalCategory {
                // Marks left by the folding, and invisible format characters (a
                // zero-width joiner, a soft hyphen), are not word breaks.
                case .nonspacingMark, .spacingMark, .enclosingMark, .format: continue
                default: break
                }
                if p.isAlphabetic || p.numericType != nil {
                    for l in p.lowercaseMapping.unicodeScalars { word.append(l) }
                } else {
                    close()
                }
            }
        }
        close()
        var area = false
        if words.count > 1, areaWords.contains(words[words.count - 1]) {
            words.removeLast()
            area = true
        }
        return (words.joined(separator: " "), area)
    }
}

/// The spellings a file gives one loose place name (``LoosePlace/key(_:)``): with an
/// area word and without (the least of each, so it does not depend on which worker read
/// which row). A file that writes both takes them for two places (`Kyiv`, `Kyiv Oblast`).
struct PlaceSpelling: Sendable {
    var withArea: String?
    var without: String?

    var isSplit: Bool { withArea != nil && without != nil }

    mutating func note(_ name: String, areaWord: Bool) {
        if areaWord {
            if withArea.map({ name < $0 }) ?? true { withArea = name }
        } else {
            if without.map({ name < $0 }) ?? true { without = name }
        }
    }

    mutating func merge(_ o: PlaceSpelling) {
        if let w = o.withArea { note(w, areaWord: true) }
        if let w = o.without { note(w, areaWord: false) }
    }
}
