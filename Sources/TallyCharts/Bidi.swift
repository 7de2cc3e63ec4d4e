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
    public static let rightToLeftIsolate: Character = "\u{2067}"

    public static func isolate(_ text: String) -> String {
        guard containsRightToLeft(text) else { return text }
        return String(firstStrongIsolate) + protecting(text, rightToLeft: isRightToLeftParagraph(text)) + String(popDirectionalIsolate)
    }

    /// A line of a paragraph in a layout of `direction`. Left to right, as
    /// ``isolate(_:)``. Right to left, a line of a right-to-left paragraph
    /// (``isRightToLeftParagraph(_:in:)``) is isolated right to left, not by its first
    /// letter: "UCDP يسجل 5,000–7,000 قتيل" would otherwise be laid out left to right,
    /// its Arabic words in the wrong order; it starts with a right-to-left mark, so
    /// Pango's base direction is right to left too. The numbers inside keep their order
    /// (``protectingNumbers(_:)``). Any other line is isolated by its first letter.
    ///
    /// A line of a left-to-right paragraph is isolated left to right whatever its first
    /// letter (``leftToRightRun(_:)``): "By place: Idlib 307; حلب 158 (156–163)" wrapped
    /// before "حلب" gave a second line that read as Arabic, its figures reordered.
    public static func isolate(_ text: String, direction: LayoutDirection, paragraph: String? = nil) -> String {
        if isRightToLeftParagraph(paragraph ?? text, in: direction) { return rightToLeftRun(text) }
        return paragraph == nil ? isolate(text) : leftToRightRun(text)
    }

    /// Whether `text` is a right-to-left paragraph in a layout of `direction`. Left to
    /// right, as ``isRightToLeftParagraph(_:)``: by its first letter. Right to left, a
    /// paragraph with any right-to-left letter is one: "Governorates of Syria · المجموع
    /// … نوفمبر 2019" (an English name before Arabic words) read by its first letter
    /// put `2019` at the far end of the line, away from its month. Only text with no
    /// right-to-left letter at all stays left to right.
    public static func isRightToLeftParagraph(_ text: String, in direction: LayoutDirection) -> Bool {
        direction.isRightToLeft ? containsRightToLeft(text) : isRightToLeftParagraph(text)
    }

    /// `text`, a piece of a left-to-right paragraph, as ``rightToLeftRun(_:)`` is for a
    /// right-to-left one: "UCDP GED سوريا 2016–2019" drawn as it is puts the range after
    /// the Arabic word into a right-to-left run, `2019–2016`. Text without right-to-left
    /// letters is left as it is.
    public static func leftToRightRun(_ text: String) -> String {
        guard containsRightToLeft(text) else { return text }
        return leftToRightLine(String(leftToRightIsolate) + protecting(text, rightToLeft: false) + String(popDirectionalIsolate))
    }

    /// `text`, a piece of a right-to-left paragraph, isolated right to left whatever its
    /// first letter, with a right-to-left mark first (Pango's base direction) and its
    /// number runs isolated left to right: "قتل 5,000–7,000 شخص" keeps `5,000–7,000`,
    /// where the bidi algorithm alone draws `7,000–5,000`.
    public static func rightToLeftRun(_ text: String) -> String {
        rightToLeftLine(String(rightToLeftIsolate) + protecting(text, rightToLeft: true) + String(popDirectionalIsolate))
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
                && $0 != leftToRightMark
                && $0 != rightToLeftIsolate && $0 != rightToLeftMark })
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

    /// U+200F, a strong right-to-left character of no width.
    public static let rightToLeftMark: Character = "\u{200F}"

    /// `line` laid out right to left: what ``leftToRightLine(_:)`` is in a right-to-left
    /// chart, where a note's arrow leads the line at its right end, next to its bar.
    public static func rightToLeftLine(_ line: String) -> String {
        String(rightToLeftMark) + line
    }

    /// `line` laid out in `direction` (see ``leftToRightLine(_:)``, ``rightToLeftLine(_:)``).
    public static func line(_ line: String, direction: LayoutDirection) -> String {
        direction.isRightToLeft ? rightToLeftLine(line) : leftToRightLine(line)
    }

    /// Several runs joined by spaces, each isolated on its own.
    public static func join(_ runs: [String], separator: String = " ") -> String {
        runs.filter { !$0.isEmpty }.map(isolate).joined(separator: separator)
    }
}
