import Foundation

/// Place names as the overlap check compares them (``DayTable``): two exports of one
/// source may write a place otherwise (`ALEPPO`, `Aleppo Governorate`,
/// `aleppo-governorate`, `ḤALAB`, `Halab`, `İDLİB`, `DÊR EZ-ZOR`), and a re-export that
/// re-spelled its places was read doubled (review20b O3/O4: 908 for 454). Never used for
/// grouping or the record key.
enum LoosePlace {
    /// Words that end a first- or second-level area's name in some exports and not in
    /// others (`Aleppo Governorate`, `Kano State`, `Donetsk Oblast`, `Sevastopol City`,
    /// `Bucha Raion`), and their abbreviations (`Aleppo Gov.`, `Kyiv obl.`; the full stop
    /// is punctuation). A name with one and the name without it are one place, unless a
    /// file of the pair compared writes both (`Kyiv` and `Kyiv Oblast`, `Almaty` and
    /// `Almaty Region`: two first-level units; ``PlaceSpelling``).
    static let areaWords: Set<String> = ["governorate", "governate", "gouvernorat", "province", "state", "region", "oblast",
                                         "district", "prefecture", "department", "county", "division", "municipality",
                                         "wilaya", "wilayah", "wilayat", "muhafazah", "muhafaza", "mohafazah", "mohafaza",
                                         "city", "raion", "rayon", "krai", "kray", "okrug", "voblast", "voblasts", "voivodeship",
                                         "gov", "obl", "prov", "dept", "dist", "distr", "reg"]

    /// Words that begin an area's name in some exports (`City of Kyiv`, `Muhafazat
    /// Dimashq`, `Wilaya de Tizi Ouzou`, `Province of Kabul`, `Departamento del Cauca`,
    /// `Estado de México`, `Região de Lisboa`), dropped with the ``connectors`` after them.
    static let leadingAreaWords: Set<String> = ["city", "province", "provincia", "provincie", "governorate", "gouvernorat",
                                                "muhafazat", "muhafazah", "muhafaza", "mohafazat", "mohafazah", "mohafaza",
                                                "wilaya", "wilayat", "wilayah", "departamento", "department", "departement",
                                                "region", "regiao", "oblast", "district", "distrito", "estado", "state",
                                                "county", "municipality", "municipio", "municipalite", "prefecture", "ville",
                                                "ciudad", "cidade", "misto", "gorod", "raion", "rayon"]

    /// Area words (leading or last) that name a city, not an area: `Ciudad de México` is
    /// not `Estado de México`, `Kyiv City` not `Kyiv Oblast`, `Baghdad City` not `Baghdad
    /// Governorate` (issue 11: they were folded to one place). Two names that differ only
    /// by area words of the two kinds are two places; of one kind (`Aleppo Governorate`,
    /// `Muhafazat Halab`... `Provincia de Buenos Aires`, `Buenos Aires Province`) one.
    static let cityWords: Set<String> = ["city", "ciudad", "cidade", "ville", "misto", "gorod", "municipality",
                                         "municipio", "municipalite"]

    /// Words between a leading area word and the name (`of`, `de`, `del`, `du`, `d'`,
    /// `de la`, `do`, `da`, `al-`, `el-`).
    static let connectors: Set<String> = ["of", "the", "de", "del", "du", "des", "d", "l", "la", "le", "da", "do", "dos", "das", "di", "al", "el"]

    /// Endings of a Slavic adjective before an area word (`Kyivska oblast`,
    /// `Donetskaya oblast`, `Bilotserkivskyi raion`), longest first: with `sk` they are
    /// dropped, as is a last `sk` of any name (`Donetsk`), so `Donetska oblast`,
    /// `Donetsk Oblast` and `Donetsk` are one place. A stem that changes (`Odesa`,
    /// `Odeska`; `Moskva`, `Moskovskaya`) is not matched.
    static let slavicEndings = ["skaya", "skaia", "skyi", "skyy", "skiy", "skij", "skii", "skoi", "skoy", "ska", "sky", "ski", "ske", "sk"]

        /// Apostrophes, which join the letters around them (`Kyivs’ka`, `Dar'a`, `Oblastʹ`).
    static let apostrophes: Set<Unicode.Scalar> = ["'", "`", "\u{2019}", "\u{2018}", "\u{02BC}", "\u{02B9}", "\u{02BB}", "\u{00B4}"]

    /// Whether a word before an apostrophe is an elided article or preposition (`d'`, `l'`).
    @inline(__always)
    static func elided(_ word: String.UnicodeScalarView) -> Bool {
        word.count == 1 && (word.first == "d" || word.first == "l")
    }

    /// The longest name folded; a longer value (a quote left open, a blob) is compared
    /// as written.
    static let maximumBytes = 4096

    /// `name` without letter case (Unicode case folding), accents and other marks,
    /// width, spaces, punctuation and quotes, without a first word of
    /// ``leadingAreaWords`` (and its ``connectors``) or an Arabic article before other
    /// words, without a last word of ``areaWords`` after another word, and the last
    /// word without a Slavic adjective's ending (``slavicEndings``): its words joined by
    /// one space, whether an area word (or article) was dropped, and whether one of them
    /// names a city (``cityWords``). `Ḥalab`, `HALAB`,
    /// `Halab Governorate`, `Muhafazat Halab` and `Halab Gov.` give `halab`; `Kyivska
    /// oblast`, `Kyiv obl.` and `City of Kyiv` give `kyiv`; a name of punctuation only gives "".
    static func key(_ name: String) -> (key: String, areaWord: Bool, city: Bool) {
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
                // An apostrophe inside a word (a soft sign: `Kyivs'ka`, `Dar'a`) joins it,
                // but for an elided article (`d'Alger`, `l'Ouest`).
                case 0x27, 0x60: if elided(word) { close() }
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
                if apostrophes.contains(s) {
                    if elided(word) { close() }
                    continue
                }
                if p.isAlphabetic || p.numericType != nil {
                    for l in p.lowercaseMapping.unicodeScalars { word.append(l) }
                } else {
                    close()
                }
            }
        }
        close()
        var area = false, city = false
        // A leading area word and its connectors, when a word is left (`City of Kyiv`).
        if words.count > 1, leadingAreaWords.contains(words[0]) {
            city = cityWords.contains(words[0])
            var k = 1
            while k < words.count - 1, connectors.contains(words[k]) { k += 1 }
            words.removeFirst(k)
            area = true
        }
        // An Arabic article before a name of more words (`Al-Hasakah`, `Muhafazat
        // al-Hasakah`, `Hasakah`): taken as an area word is (two places if a file writes both).
        if words.count > 1, words[0] == "al" || words[0] == "el" {
            words.removeFirst()
            area = true
        }
        if words.count > 1, areaWords.contains(words[words.count - 1]) {
            city = city || cityWords.contains(words[words.count - 1])
            words.removeLast()
            area = true
        }
        // A Slavic adjective's ending, or a last `sk` (`Kyivska`, `Donetsk`): the stem.
        let last = words.count - 1
        if last >= 0 {
            for e in slavicEndings where words[last].hasSuffix(e) && words[last].utf8.count >= e.utf8.count + 2 {
                words[last].removeLast(e.count)
                break
            }
        }
        return (words.joined(separator: " "), area, city)
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
