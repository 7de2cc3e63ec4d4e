/// A name that mixes scripts inside one word: Latin letters with a letter of Greek,
/// Cyrillic, Armenian or Cherokee, the scripts whose letters look like Latin ones
/// (`Вakhmut` with the Cyrillic `В`, `Kyіv` with the Ukrainian `і`, `Αthens` with the
/// Greek `Α`, `Kиїв` with a Latin `K`), or two of those scripts together. Such a name
/// is drawn like the name written in one script but is another string: read, it is a
/// group apart from `Bakhmut` (the figures of one place split in two, silently). It
/// is no encoding question: in UTF-8 it is what was typed or pasted. So a key value
/// holding one is refused, naming the letter, its script and code point, and the
/// column and line, to be fixed in the data (docs/spec.md, "Key values": "Names that mix scripts").
///
/// A word is a run of letters and combining marks; a hyphen, space, digit or other
/// sign ends it, so `Kyiv Київ`, `Kyiv-Київ` and a Greek `Ω` standing alone are read.
/// Letters of other scripts (Arabic, Hebrew, CJK...) have no Latin look-alikes and are
/// left to the encoding detector (`breakمقتل` is read).
///
/// Two orthographies write Latin letters in Cyrillic words as their ordinary spelling,
/// because keyboards lacked the Cyrillic ones: Ossetian `æ` (`Дзæуджыхъæу`,
/// Vladikavkaz, as Ossetian Wikipedia writes it) and Chuvash `ă ĕ ç ÿ` (`Çĕнĕ Шупашкар`,
/// Novocheboksarsk). In a word whose other letters are all Cyrillic those letters are
/// Cyrillic (``CyrillicOrthography``), not a slip, and the name is keyed with the
/// Cyrillic letter, one group with the name typed with `ӕ` or `ӗ`.
enum MixedScript {
    struct Finding: Equatable {
        /// The first letter of the script the word holds fewest of.
        let letter: Unicode.Scalar
        /// Its script, and the script of the word's other letters.
        let script: String
        let among: String
        /// The word.
        let word: String
    }

    /// Latin (with the IPA letters of African Latin orthographies), Greek, Cyrillic,
    /// Armenian, Cherokee: 0 to 4; nil for any other character.
    @inline(__always)
    static func lookAlikeScript(_ u: Unicode.Scalar) -> Int? {
        switch UndecidedEncodingSource.script(u.value) {
        case 1, 2: return 0
        case 3: return 1
        case 4: return 2
        case 5: return 3
        case 30: return 4
        default: return nil
        }
    }

    static let names = ["Latin", "Greek", "Cyrillic", "Armenian", "Cherokee"]

    /// A letter of a word: a letter or a combining mark (a hyphen, space, digit or other
    /// sign ends a word).
    @inline(__always)
    static func inWord(_ u: Unicode.Scalar) -> Bool {
        let p = u.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
            || p.generalCategory == .enclosingMark
    }

    /// The first word of `text` that mixes scripts (see ``MixedScript``), or nil.
    static func find<S: StringProtocol>(_ text: S) -> Finding? {
        // Only text above U+036F can hold a letter of those scripts.
        guard text.unicodeScalars.contains(where: { $0.value >= 0x370 }) else { return nil }
        var word: [Unicode.Scalar] = []
        func judge() -> Finding? {
            defer { word.removeAll(keepingCapacity: true) }
            var counts = [0, 0, 0, 0, 0]
            var first: [Unicode.Scalar?] = [nil, nil, nil, nil, nil]
            // Latin letters of Cyrillic orthographies count as Cyrillic when every other
            // letter of the word is Cyrillic, and as Latin otherwise (`Çĕнĕ` is read,
            // `Çaнĕ` is not).
            var orthographic = 0
            var firstOrthographic: Unicode.Scalar?
            for u in word where u.properties.isAlphabetic {
                if CyrillicOrthography.cyrillic(for: u) != nil {
                    orthographic += 1
                    if firstOrthographic == nil { firstOrthographic = u }
                    continue
                }
                guard let s = lookAlikeScript(u) else { continue }
                counts[s] += 1
                if first[s] == nil { first[s] = u }
            }
            if orthographic > 0 {
                let onlyCyrillic = counts[2] > 0 && counts.indices.allSatisfy { $0 == 2 || counts[$0] == 0 }
                let s = onlyCyrillic ? 2 : 0
                counts[s] += orthographic
                if first[s] == nil { first[s] = firstOrthographic }
            }
            let present = (0 ..< 5).filter { counts[$0] > 0 }
            guard present.count >= 2 else { return nil }
            // The script with the fewest letters is the odd one; on a tie, not Latin.
            let odd = present.min { counts[$0] != counts[$1] ? counts[$0] < counts[$1] : $0 > $1 }!
            let among = present.filter { $0 != odd }.max { counts[$0] < counts[$1] }!
            var w = ""
            w.unicodeScalars.append(contentsOf: word)
            return Finding(letter: first[odd]!, script: names[odd], among: names[among], word: w)
        }
        for u in text.unicodeScalars {
            if inWord(u) {
                word.append(u)
            } else if !word.isEmpty, let f = judge() {
                return f
            }
        }
        return word.isEmpty ? nil : judge()
    }

    /// What is wrong with a value holding `f`, and what to do.
    static func message(_ f: Finding) -> String {
        let hex = String(f.letter.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let name = f.letter.properties.name.map { ", \($0)" } ?? ""
        return "\"\(MessageText.excerpt(f.word, limit: 60))\" mixes scripts: \"\(f.letter)\" (\(code)\(name)) is a \(f.script) letter "
            + "among \(f.among) letters, a look-alike typed or pasted by mistake; read, the name would be a group apart from the one "
            + "written in one script: write it in one script (fix the value in the data)"
    }

    /// The message for the bytes `p[offset...]` of a CSV text's first bytes `p[0..<n]`
    /// (its header first) when the field they lie in mixes scripts, with its column
    /// and `place` (`events.csv:12`); nil when it does not. For the encoding detector,
    /// whose bytes there are also a Windows-1252 spelling (`Ð’akhmut`).
    static func message(in p: UnsafePointer<UInt8>, _ n: Int, at offset: Int, place: String) -> String? {
        // The header's names and the field around `offset`, quotes followed from the start.
        var header: [String] = []
        var headerDone = false
        var quoted = false
        var fieldStart = 0
        var column = 0
        var i = 0
        let delimiter: UInt8 = {
            var commas = 0, tabs = 0, q = false, k = 0
            while k < n, q || (p[k] != 0x0A && p[k] != 0x0D) {
                if p[k] == 0x22 { q.toggle() } else if !q && p[k] == 0x2C { commas += 1 } else if !q && p[k] == 0x09 { tabs += 1 }
                k += 1
            }
            return tabs > commas ? 0x09 : 0x2C
        }()
        func text(_ a: Int, _ b: Int) -> String {
            var bytes = Array(UnsafeBufferPointer(start: p + a, count: max(0, b - a)))
            if bytes.first == 0x22 && bytes.last == 0x22 && bytes.count >= 2 { bytes = Array(bytes[1 ..< bytes.count - 1]) }
            var out: [UInt8] = []
            var k = 0
            while k < bytes.count {
                out.append(bytes[k])
                k += bytes[k] == 0x22 && k + 1 < bytes.count && bytes[k + 1] == 0x22 ? 2 : 1
            }
            return String(decoding: out, as: UTF8.self)
        }
        while i < n {
            let b = p[i]
            if b == 0x22 {
                quoted.toggle()
            } else if !quoted && (b == delimiter || b == 0x0A || b == 0x0D) {
                if i > offset { break }
                if !headerDone { header.append(text(fieldStart, i)) }
                if b == delimiter {
                    column += 1
                } else {
                    if b == 0x0D && i + 1 < n && p[i + 1] == 0x0A { i += 1 }
                    headerDone = true
                    column = 0
                }
                fieldStart = i + 1
            }
            i += 1
        }
        guard let f = find(text(fieldStart, i)) else { return nil }
        let name = column < header.count && headerDone ? " column '\(header[column])':" : ""
        return "\(place):\(name) \(message(f))" + windows1252Note(Array(UnsafeBufferPointer(start: p + fieldStart, count: i - fieldStart)))
    }

    /// The encoding detector's note on a field whose bytes are also Windows-1252 text:
    /// how Windows-1252 reads them, and the option that reads the file so.
    static func windows1252Note(_ field: [UInt8]) -> String {
        var bytes = field
        if bytes.first == 0x22 && bytes.last == 0x22 && bytes.count >= 2 { bytes = Array(bytes[1 ..< bytes.count - 1]) }
        let cp1252 = String(decoding: bytes.flatMap { b -> [UInt8] in
            b < 0x80 ? [b] : Array(String(Unicode.Scalar(SingleByteDecoder.cp1252[Int(b) - 0x80] ?? UInt32(b))!).utf8)
        }, as: UTF8.self)
        return " (read as UTF-8; in Windows-1252 these bytes spell \"\(MessageText.excerpt(cp1252, limit: 60))\": if the file is "
            + "Windows-1252, give --encoding windows-1252)"
    }
}

/// The Latin letters that Ossetian (`æ`) and Chuvash (`ă ĕ ç ÿ`) write in Cyrillic words,
/// and the Cyrillic letters they stand for (see ``MixedScript``).
enum CyrillicOrthography {
    /// The Cyrillic letter the Latin `u` stands for in a Cyrillic word, or nil.
    @inline(__always)
    static func cyrillic(for u: Unicode.Scalar) -> Unicode.Scalar? {
        switch u.value {
        case 0xE6: return "\u{04D5}"  // æ ӕ
        case 0xC6: return "\u{04D4}"  // Æ Ӕ
        case 0x103: return "\u{04D1}" // ă ӑ
        case 0x102: return "\u{04D0}" // Ă Ӑ
        case 0x115: return "\u{04D7}" // ĕ ӗ
        case 0x114: return "\u{04D6}" // Ĕ Ӗ
        case 0xE7: return "\u{04AB}"  // ç ҫ
        case 0xC7: return "\u{04AA}"  // Ç Ҫ
        case 0xFF: return "\u{04F3}"  // ÿ ӳ
        case 0x178: return "\u{04F2}" // Ÿ Ӳ
        default: return nil
        }
    }

    /// `text` (NFC) with those Latin letters made Cyrillic in every word whose other
    /// letters are all Cyrillic, so `Дзæуджыхъæу` and `Дзӕуджыхъӕу` are one name.
    static func folded(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { cyrillic(for: $0) != nil }) else { return text }
        var out = String.UnicodeScalarView()
        var word: [Unicode.Scalar] = []
        func flush() {
            let letters = word.filter { $0.properties.isAlphabetic && cyrillic(for: $0) == nil }
            let cyrillicWord = !letters.isEmpty && letters.allSatisfy { MixedScript.lookAlikeScript($0) == 2 }
                && word.contains { cyrillic(for: $0) != nil }
            out.append(contentsOf: cyrillicWord ? word.map { cyrillic(for: $0) ?? $0 } : word)
            word.removeAll(keepingCapacity: true)
        }
        for u in text.unicodeScalars {
            if MixedScript.inWord(u) { word.append(u) } else { flush(); out.append(u) }
        }
        flush()
        return String(out)
    }
}
