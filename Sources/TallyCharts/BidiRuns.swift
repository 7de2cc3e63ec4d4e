/// The pieces of a text that must be isolated to keep their order inside a paragraph of
/// one direction (issue 15, review15 items 2, 3, 6, 8).
///
/// Left to right (an English sentence), a run of right-to-left words is one piece: the
/// bidi algorithm alone joins an Arabic name to the figures after it and to the next
/// Arabic name ("حلب 158 (156–163); دمشق" became one right-to-left run, drawn
/// "(163–156) 158 حلب" with a figure beside the wrong name). The run stops at a digit or
/// a Latin letter, so a figure always stays in the sentence's order.
///
/// Right to left (an Arabic sentence), a run of Latin words and figures is one piece:
/// "CC BY 4.0" isolated number by number drew "4.0 CC BY", and an English fallback
/// "8 records" drew "records 8". The run goes from its first Latin letter or figure to
/// its last, and takes its closing bracket with it when it opened one; figures without
/// a Latin word among them are no run, but each a piece of its own in the sentence.
///
/// In both, each figure is a piece of its own inside (``BidiSegment/Kind/number``): its
/// digits (ASCII, Arabic-Indic or Persian), group and decimal separators, a range's dash,
/// a leading sign (`−27%`, `~40`) with CLDR's direction mark, a trailing `+`, `%` or `٪`.
/// Text is split only where such a piece starts or ends; joined, the pieces give the
/// text back unchanged.
public struct BidiSegment: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// In the paragraph's own direction.
        case plain
        /// A figure, always left to right and never broken across lines.
        case number
        /// A run in the other direction than the paragraph's.
        case opposite
        /// An isolate the text already held (a chart label's name, U+2066–U+2068 …
        /// U+2069), kept with its own opening mark; its inside is split again.
        case isolate(Character)
    }

    public var kind: Kind
    /// The text, without the marks of an isolate it held.
    public var text: String
    /// Inside an opposite run or an isolate: its own pieces.
    public var parts: [BidiSegment]
    /// The direction of an opposite run or an isolate.
    public var rightToLeft: Bool

    public init(_ kind: Kind, _ text: String, parts: [BidiSegment] = [], rightToLeft: Bool = false) {
        self.kind = kind; self.text = text; self.parts = parts; self.rightToLeft = rightToLeft
    }
}

extension Bidi {
    /// `text` as drawn inside a paragraph (`rightToLeft` or not): every figure in a
    /// left-to-right isolate, every opposite run in an isolate of its own direction
    /// (U+2066 or U+2067 … U+2069).
    public static func protecting(_ text: String, rightToLeft: Bool) -> String {
        var out = ""
        func add(_ s: BidiSegment) {
            switch s.kind {
            case .plain: out += s.text
            case .number:
                out.append(leftToRightIsolate); out += s.text; out.append(popDirectionalIsolate)
            case .opposite:
                out.append(s.rightToLeft ? rightToLeftIsolate : leftToRightIsolate)
                s.parts.forEach(add)
                out.append(popDirectionalIsolate)
            case let .isolate(mark):
                out.append(mark)
                s.parts.forEach(add)
                out.append(popDirectionalIsolate)
            }
        }
        segments(text, rightToLeft: rightToLeft).forEach(add)
        return out
    }

    /// The pieces of `text` in a paragraph of the given direction (see ``BidiSegment``).
    ///
    /// Isolates already in the text are kept, each one piece whose inside is split in
    /// its own direction; an opening or closing mark without its partner (a line cut
    /// out of a longer text, "…; ⁨حلب" and "2016–2019⁩ (Syria)") is dropped, since it
    /// would end or open the isolates put around the pieces.
    public static func segments(_ text: String, rightToLeft: Bool) -> [BidiSegment] {
        var chars = Array(text)
        var stack: [Int] = [], drop = Set<Int>(), partner: [Int: Int] = [:]
        for (k, c) in chars.enumerated() {
            if isIsolateOpener(c) { stack.append(k) }
            else if c == popDirectionalIsolate {
                if let o = stack.popLast() { partner[o] = k } else { drop.insert(k) }
            }
        }
        drop.formUnion(stack)
        if !drop.isEmpty {
            var kept: [Character] = []
            var map: [Int: Int] = [:]
            for (k, c) in chars.enumerated() where !drop.contains(k) { map[k] = kept.count; kept.append(c) }
            partner = Dictionary(uniqueKeysWithValues: partner.map { (map[$0.key]!, map[$0.value]!) })
            chars = kept
        }
        return segments(chars, 0, chars.count, rightToLeft: rightToLeft, partner: partner)
    }

    static func isIsolateOpener(_ c: Character) -> Bool {
        c == leftToRightIsolate || c == rightToLeftIsolate || c == firstStrongIsolate
    }

    static func segments(_ all: [Character], _ from: Int, _ to: Int, rightToLeft: Bool, partner: [Int: Int]) -> [BidiSegment] {
        let chars = Array(all[from..<to])
        let scanner = RunScanner(chars, rightToLeft: rightToLeft)
        var out: [BidiSegment] = []
        var plain = ""
        func flush() { if !plain.isEmpty { out.append(BidiSegment(.plain, plain)); plain = "" } }
        var i = 0
        while i < chars.count {
            if isIsolateOpener(chars[i]), let close = partner[from + i] {
                flush()
                let inner = String(all[(from + i + 1)..<close])
                let rtl = chars[i] == rightToLeftIsolate || (chars[i] == firstStrongIsolate && isRightToLeftParagraph(inner))
                let parts = segments(all, from + i + 1, close, rightToLeft: rtl, partner: partner)
                out.append(BidiSegment(.isolate(chars[i]), parts.map(\.text).joined(), parts: parts, rightToLeft: rtl))
                i = close - from + 1
                continue
            }
            if let end = scanner.runEnd(from: i) {
                let run = chars[i..<end]
                // A lone figure is a number, not a run around one.
                let parts = numberPieces(Array(run))
                if parts.count == 1, parts[0].kind == .number {
                    let (start, stop) = bracketed(chars, i, end, after: plain)
                    if start < i { plain.removeLast() }
                    flush()
                    out.append(BidiSegment(.number, String(chars[start..<stop])))
                    i = stop
                    continue
                } else {
                    flush()
                    out.append(BidiSegment(.opposite, String(run), parts: parts, rightToLeft: !rightToLeft))
                }
                i = end
                continue
            }
            if let end = numberEnd(chars, from: i) {
                let (start, stop) = bracketed(chars, i, end, after: plain)
                if start < i { plain.removeLast() }
                flush()
                out.append(BidiSegment(.number, String(chars[start..<stop])))
                i = stop
                continue
            }
            plain.append(chars[i])
            i += 1
        }
        flush()
        return out
    }

    /// A figure with the brackets right around it, `(805–892)`: one piece, so a line
    /// never breaks between a range and its closing bracket.
    static func bracketed(_ chars: [Character], _ start: Int, _ end: Int, after plain: String) -> (Int, Int) {
        guard start > 0, end < chars.count, plain.last == chars[start - 1] else { return (start, end) }
        let pairs: [Character: Character] = ["(": ")", "[": "]"]
        guard let close = pairs[chars[start - 1]], chars[end] == close else { return (start, end) }
        return (start - 1, end + 1)
    }

    /// Plain text and figures (an opposite run's inside).
    static func numberPieces(_ chars: [Character]) -> [BidiSegment] {
        var out: [BidiSegment] = []
        var plain = ""
        var i = 0
        while i < chars.count {
            if let end = numberEnd(chars, from: i) {
                let (start, stop) = bracketed(chars, i, end, after: plain)
                if start < i { plain.removeLast() }
                if !plain.isEmpty { out.append(BidiSegment(.plain, plain)); plain = "" }
                out.append(BidiSegment(.number, String(chars[start..<stop])))
                i = stop
            } else {
                plain.append(chars[i]); i += 1
            }
        }
        if !plain.isEmpty { out.append(BidiSegment(.plain, plain)) }
        return out
    }

    static func isDigit(_ c: Character) -> Bool {
        guard c.unicodeScalars.count == 1, let v = c.unicodeScalars.first?.value else { return false }
        return (0x30...0x39).contains(v) || (0x660...0x669).contains(v) || (0x6F0...0x6F9).contains(v)
    }

    /// A strong right-to-left character: a letter of a right-to-left script or its own
    /// punctuation (the Arabic semicolon `؛` is as strong as a letter: a Latin run in
    /// an Arabic sentence ended at it), not its digits, separators, the Arabic comma
    /// (a separator, as `,`) or combining marks.
    static func isRightToLeftLetter(_ c: Character) -> Bool {
        guard !isDigit(c), let first = c.unicodeScalars.first, containsRightToLeft(String(first)) else { return false }
        // ؛ ؞ ؟ ٭ ۔: Arabic punctuation of class AL.
        return first.properties.isAlphabetic || [0x061B, 0x061E, 0x061F, 0x066D, 0x06D4].contains(first.value)
    }

    static func isLeftToRightLetter(_ c: Character) -> Bool {
        !containsRightToLeft(String(c)) && c.unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// Direction marks CLDR puts in figures (ar's `؜-`, `‎%‎`).
    static func isMark(_ c: Character) -> Bool {
        c == "\u{200E}" || c == "\u{200F}" || c == "\u{061C}"
    }

    /// The end of the figure starting at `i`, if one does: digits with a separator or a
    /// range's dash between digits, an optional sign or `~` before, an optional `+`, `%`,
    /// `٪` after. None starts right after a letter or digit: the hyphen of "COVID-19" is
    /// no minus, and "ged191" is a word.
    static func numberEnd(_ chars: [Character], from i: Int) -> Int? {
        var j = i
        // Digits glued to a Latin word are part of it ("ged191", "W01"), not a figure
        // (an Arabic word may lead one: "و5,000"); nor does one start inside another.
        if i > 0, isLeftToRightLetter(chars[i - 1]) || isDigit(chars[i - 1]) { return nil }
        if i > 1, isDigit(chars[i - 2]), ",.\u{2013}-\u{066B}\u{066C}\u{202F}\u{00A0}'\u{2019}".contains(chars[i - 1]) { return nil }
        if !isDigit(chars[j]) {
            while j < chars.count, isMark(chars[j]) || "~\u{2212}+-≈".contains(chars[j]) { j += 1 }
            guard j > i, j < chars.count, isDigit(chars[j]), chars[i..<j].contains(where: { !isMark($0) }) else { return nil }
        }
        while j < chars.count {
            if isDigit(chars[j]) { j += 1; continue }
            if ",.\u{2013}-\u{066B}\u{066C}\u{202F}\u{00A0}'\u{2019}".contains(chars[j]), j + 1 < chars.count, isDigit(chars[j + 1]) { j += 2; continue }
            break
        }
        var k = j
        while k < chars.count, isMark(chars[k]) { k += 1 }
        if k < chars.count, "+%\u{066A}\u{2030}".contains(chars[k]) {
            j = k + 1
            while j < chars.count, isMark(chars[j]) { j += 1 }
        }
        return j
    }

    /// The end of the run in the other direction starting at `i`, if one does. Right to
    /// left, it starts at a Latin letter or a figure and ends after the last Latin letter
    /// or figure before the next right-to-left letter; left to right, it starts at a
    /// right-to-left letter and ends after the last one before a Latin letter or digit.
    /// Brackets: a run takes the closing bracket of one it opened when only neutral text
    /// lies between; otherwise it ends before the bracket it cannot close.
    /// What the run search needs of a text, worked out once per text, so that finding
    /// every run is linear in its length: each character's class, where the next
    /// character that ends a run is, the last Latin letter or digit before each place,
    /// and how many Latin letters come before it. (Searched afresh from every place, an
    /// Arabic note of 60,000 characters took minutes.)
    final class RunScanner {
        let chars: [Character]
        let rightToLeft: Bool
        /// 0 neutral, 1 Latin letter, 2 strong right to left, 3 digit, 4 isolate mark.
        let cls: [UInt8]
        var nextStop: [Int]
        var previousGood: [Int]
        var latinBefore: [Int]

        init(_ chars: [Character], rightToLeft: Bool) {
            self.chars = chars
            self.rightToLeft = rightToLeft
            cls = chars.map { c in
                if isIsolateOpener(c) || c == popDirectionalIsolate { return 4 }
                if isDigit(c) { return 3 }
                if isRightToLeftLetter(c) { return 2 }
                if isLeftToRightLetter(c) { return 1 }
                return 0
            }
            let n = chars.count
            nextStop = Array(repeating: n, count: n + 1)
            if n > 0 {
                for k in stride(from: n - 1, through: 0, by: -1) {
                    let c = cls[k]
                    let stops = c == 4 || (rightToLeft ? c == 2 : (c == 1 || c == 3))
                    nextStop[k] = stops ? k : nextStop[k + 1]
                }
            }
            previousGood = Array(repeating: -1, count: n + 1)
            latinBefore = Array(repeating: 0, count: n + 1)
            for k in 0..<n {
                let good = rightToLeft ? (cls[k] == 1 || cls[k] == 3) : cls[k] == 2
                previousGood[k + 1] = good ? k : previousGood[k]
                latinBefore[k + 1] = latinBefore[k] + (cls[k] == 1 ? 1 : 0)
            }
        }

        /// The end of the run in the other direction starting at `i`, if one does. Right
        /// to left, it starts at a Latin letter or a figure and ends after the last Latin
        /// letter or figure before the next right-to-left letter; left to right, it
        /// starts at a right-to-left letter and ends after the last one before a Latin
        /// letter or digit. Brackets: a run takes the closing bracket of one it opened
        /// when only neutral text lies between; otherwise it ends before the bracket it
        /// cannot close.
        func runEnd(from i: Int) -> Int? {
            let starts = rightToLeft ? (cls[i] == 1 || Bidi.numberEnd(chars, from: i) != nil) : cls[i] == 2
            guard starts else { return nil }
            let stop = nextStop[i]
            let good = previousGood[stop]
            guard good >= i || (rightToLeft && stop > i) else { return nil }
            var last = max(i, good + 1)
            if rightToLeft, good >= i, cls[good] == 3 {
                // A figure's sign-free tail: its `+`, `%` or `٪` and CLDR's marks.
                var k = last
                while k < stop, isMark(chars[k]) { k += 1 }
                if k < stop, "+%\u{066A}\u{2030}".contains(chars[k]) {
                    k += 1
                    while k < stop, isMark(chars[k]) { k += 1 }
                    last = k
                }
            }
            if rightToLeft, latinBefore[last] - latinBefore[i] == 0 { return nil }
            // Neutral text between the run's last letter and the next strong one: only a
            // closing bracket the run opened joins it. Brackets are matched within a
            // thousand characters of the run's start.
            var open: [Int] = []
            var cut: Int?
            for k in i..<min(last, i + 1000) {
                if "([{".contains(chars[k]) { open.append(k) }
                else if ")]}".contains(chars[k]) {
                    if open.isEmpty { cut = k; break } else { open.removeLast() }
                }
            }
            var end = last
            if let cut { end = cut }
            else if !open.isEmpty {
                var k = last
                var need = open.count
                while k < min(chars.count, last + 1000), need > 0 {
                    if cls[k] != 0 { break }
                    if ")]}".contains(chars[k]) { need -= 1 }
                    k += 1
                }
                end = need == 0 ? k : open[0]
            }
            while end > i, chars[end - 1] == " " { end -= 1 }
            // Right to left, figures with no Latin word among them are no run: each is
            // isolated on its own and they follow the sentence's order ("مجموعها 239
            // (215–266)" reads 239 first, from the right).
            if rightToLeft, latinBefore[max(i, end)] - latinBefore[i] == 0 { return nil }
            return end > i ? end : nil
        }
    }
}
