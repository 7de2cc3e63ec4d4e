/// Unicode directional isolates.
///
/// A range printed after right-to-left text (`بلخ 5,000–7,000`) is reordered by the
/// bidi algorithm into `7,000–5,000` unless it is isolated. Every label a chart draws
/// goes through ``isolate(_:)``: text with right-to-left letters is wrapped in a
/// first-strong isolate, and each number run inside it (`5,000–7,000`, `~40`, `12+`)
/// in a left-to-right isolate, so an Arabic name runs right-to-left while the figures
/// keep their order. Text without right-to-left letters is left alone: it cannot be
/// reordered, and isolate marks would only send the shaper looking for fonts.
public enum Bidi {
    public static let firstStrongIsolate: Character = "\u{2068}"
    public static let leftToRightIsolate: Character = "\u{2066}"
    public static let popDirectionalIsolate: Character = "\u{2069}"

    public static func isolate(_ text: String) -> String {
        guard containsRightToLeft(text) else { return text }
        return String(firstStrongIsolate) + protectingNumbers(text) + String(popDirectionalIsolate)
    }

    /// Whether `text` is a right-to-left paragraph: its first letter (isolate marks
    /// aside) is Hebrew, Arabic or another right-to-left script, as the Unicode bidi
    /// algorithm finds a paragraph's direction. Every line of such a text, wrapped, is
    /// aligned right, the first and the later ones alike: "بلخ (Afghanistan)" wrapped
    /// after "بلخ" is still an Arabic paragraph on its second line.
    public static func isRightToLeftParagraph(_ text: String) -> Bool {
        for s in text.unicodeScalars where s.properties.isAlphabetic {
            return containsRightToLeft(String(s))
        }
        return false
    }

    /// Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic and their presentation
    /// forms, and the right-to-left blocks of the supplementary planes.
    public static func containsRightToLeft(_ text: String) -> Bool {
        text.unicodeScalars.contains { s in
            let v = s.value
            return (0x0590...0x08FF).contains(v) || (0xFB1D...0xFDFF).contains(v) || (0xFE70...0xFEFF).contains(v)
                || (0x10800...0x10FFF).contains(v) || (0x1E800...0x1EFFF).contains(v)
        }
    }

    /// Wraps each number run (digits with `,` `.` `–` `-` between digits, a leading `~`,
    /// a trailing `+`) in a left-to-right isolate. Runs already inside an isolate are
    /// wrapped again, which is harmless.
    public static func protectingNumbers(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        var i = 0
        func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
        while i < chars.count {
            let startsRun = isDigit(chars[i]) || (chars[i] == "~" && i + 1 < chars.count && isDigit(chars[i + 1]))
            guard startsRun else { out.append(chars[i]); i += 1; continue }
            var j = i + 1
            while j < chars.count {
                if isDigit(chars[j]) { j += 1; continue }
                if ",.\u{2013}-".contains(chars[j]), j + 1 < chars.count, isDigit(chars[j + 1]) { j += 2; continue }
                break
            }
            if j < chars.count, chars[j] == "+" { j += 1 }
            out.append(leftToRightIsolate)
            out.append(contentsOf: String(chars[i..<j]))
            out.append(popDirectionalIsolate)
            i = j
        }
        return out
    }

    /// The text without isolate marks, for measuring in tests and comparing labels.
    public static func stripped(_ text: String) -> String {
        String(text.filter { $0 != firstStrongIsolate && $0 != popDirectionalIsolate && $0 != leftToRightIsolate
                && $0 != leftToRightMark })
    }

    /// U+200E, a strong left-to-right character of no width.
    public static let leftToRightMark: Character = "\u{200E}"

    /// `line` (which starts with a neutral, such as a note's arrow, before isolated text)
    /// laid out left to right: without the mark a line holding right-to-left text is
    /// laid out right to left, and "← نص" puts its arrow at the far end, away from
    /// the bar it points at.
    public static func leftToRightLine(_ line: String) -> String {
        containsRightToLeft(line) ? String(leftToRightMark) + line : line
    }

    /// Several runs joined by spaces, each isolated on its own.
    public static func join(_ runs: [String], separator: String = " ") -> String {
        runs.filter { !$0.isEmpty }.map(isolate).joined(separator: separator)
    }
}
