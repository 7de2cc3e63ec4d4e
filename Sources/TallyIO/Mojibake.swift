/// UTF-8 text read as Windows-1252 and saved as UTF-8 again (review30 S15): `TÃ¼rkiye`
/// for `Türkiye`, `CÃ´te d'Ivoire`, `SÃ£o TomÃ©`. Excel's "CSV" save of a UTF-8 file is
/// such a round trip; the result is valid UTF-8, so the encoding check never fires, and
/// each such name would be a group of its own beside the name spelt right. A key value
/// whose every character is one of Windows-1252 and whose bytes in Windows-1252 are
/// UTF-8 with a character beyond ASCII is refused (65), naming the line, the name it
/// was, and the repair. A name in Latin-1 letters alone (`Türkiye`, `Côte`) is never
/// such UTF-8, nor is one holding a character Windows-1252 lacks (Arabic, Cyrillic).
enum Mojibake {
    /// Windows-1252's characters for the bytes 0x80–0x9F.
    static let high: [Unicode.Scalar: UInt8] = [
        "\u{20AC}": 0x80, "\u{201A}": 0x82, "\u{0192}": 0x83, "\u{201E}": 0x84, "\u{2026}": 0x85, "\u{2020}": 0x86, "\u{2021}": 0x87,
        "\u{02C6}": 0x88, "\u{2030}": 0x89, "\u{0160}": 0x8A, "\u{2039}": 0x8B, "\u{0152}": 0x8C, "\u{017D}": 0x8E, "\u{2018}": 0x91,
        "\u{2019}": 0x92, "\u{201C}": 0x93, "\u{201D}": 0x94, "\u{2022}": 0x95, "\u{2013}": 0x96, "\u{2014}": 0x97, "\u{02DC}": 0x98,
        "\u{2122}": 0x99, "\u{0161}": 0x9A, "\u{203A}": 0x9B, "\u{0153}": 0x9C, "\u{017E}": 0x9E, "\u{0178}": 0x9F,
    ]

    /// The text `value` was before the round trip, or nil when it is no such text.
    static func repaired(_ value: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(value.utf8.count)
        var beyondASCII = false
        for u in value.unicodeScalars {
            if u.value < 0x80 {
                bytes.append(UInt8(u.value))
            } else if u.value <= 0xFF {
                // C1 controls stand for the bytes Windows-1252 leaves undefined (0x81, 0x8D, …).
                bytes.append(UInt8(u.value)); beyondASCII = true
            } else if let b = high[u] {
                bytes.append(b); beyondASCII = true
            } else {
                return nil
            }
        }
        guard beyondASCII else { return nil }
        var it = bytes.makeIterator()
        var decoder = UTF8()
        var out = String.UnicodeScalarView()
        var multi = false
        loop: while true {
            switch decoder.decode(&it) {
            case let .scalarValue(s): out.append(s); if s.value >= 0x80 { multi = true }
            case .emptyInput: break loop
            case .error: return nil
            }
        }
        guard multi else { return nil }
        // What the repair gives must read as text, or the value is a chance (`PERÚ»` would
        // be `PERڻ`, `JOSÉ–LUIS` `JOSɖLUIS`, `Ó”` a lone `Ӕ`): read as written. A word
        // must be Latin letters (ASCII with at least one of Latin-1 or Latin Extended-A,
        // `Türkiye`), or two or more letters of one other script with no Latin letter
        // (`سوريا`); no word may mix.
        func latinExtended(_ u: Unicode.Scalar) -> Bool {
            (0xC0 ... 0x17F).contains(u.value) && u.value != 0xD7 && u.value != 0xF7 || (0x1E00 ... 0x1EFF).contains(u.value)
        }
        var plausible = false
        var words: [[Unicode.Scalar]] = [[]]
        for u in out {
            if u.properties.isAlphabetic || u.properties.generalCategory == .nonspacingMark { words[words.count - 1].append(u) }
            else if !words[words.count - 1].isEmpty { words.append([]) }
        }
        for w in words where w.contains(where: { $0.value >= 0x80 }) {
            let ascii = w.contains { $0.value < 0x80 }
            if w.allSatisfy({ $0.value < 0x80 || latinExtended($0) }) {
                if ascii || w.count >= 2 { plausible = true }
                continue
            }
            let letters = w.filter { $0.properties.isAlphabetic }
            guard !ascii, !w.contains(where: latinExtended), letters.count >= 2,
                  // One block of 256 code points stands for one script here (Greek, Cyrillic,
                  // Arabic: what two UTF-8 bytes write).
                  let block = letters.first.map({ $0.value >> 8 }), letters.allSatisfy({ $0.value >> 8 == block })
            else { return nil }
            plausible = true
        }
        guard plausible else { return nil }
        return String(out)
    }

    /// Why a key value is refused (``repaired(_:)``).
    static func message(_ value: String, repaired: String) -> String {
        "\"\(MessageText.excerpt(value, limit: 60))\" is UTF-8 text that was read as Windows-1252 and saved as UTF-8 again "
            + "(mojibake; it was \"\(MessageText.excerpt(repaired, limit: 60))\"), a group apart from the name spelt right: "
            + "repair the file (iconv -f utf-8 -t windows-1252 in.csv > fixed.csv, when all its text went so) or the value"
    }
}
