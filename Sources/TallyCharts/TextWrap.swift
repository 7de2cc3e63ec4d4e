/// Breaks text into lines that fit a width without losing a character.
///
/// Headlines, subtitles, notes and bar labels go through this rather than
/// ``LabelPlacement/wrap(_:toWidth:font:canvas:maxLines:)``: a published chart must not
/// end a credit line ("CC BY 4.0, Graphics desk") or a name with "…". Lines break at
/// spaces; a hard line break in the text (`\n`) starts a new line; a single word wider
/// than the whole width (a long URL) is broken between characters, which keeps every
/// character on the chart. How many lines come out is the caller's problem: the frame
/// grows, or the command refuses a fixed size that cannot hold them.
public enum TextWrap {
    /// The tallest chart tally draws; no text needs wrapping past what fits in it.
    public static let maximumHeight = 16_000.0

    /// - Parameter maxLines: lines past this many are not measured: the rest of the
    ///   text becomes one more line, cut to about twice what fits a line (``overflow(_:bound:)``),
    ///   which says "there is more" and is never drawn. Callers pass more lines than any
    ///   chart could hold (``lineLimit(font:)``), so a text that reaches it is refused as
    ///   too tall, or 3 to learn that a bar label takes more than two lines beside its
    ///   bar. An 8 MB name thus costs a bounded number of measurements of bounded length
    ///   (measuring its whole rest took 870 MB of Pango layout).
    public static func lines(_ text: String, width: Double, font: Font, canvas: Canvas,
                             maxLines: Int = Int.max) -> [String] {
        var out: [String] = []
        let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, paragraph) in paragraphs.enumerated() {
            if out.count >= maxLines {
                out.append(overflow(paragraphs[index...].lazy.flatMap { [$0, Substring(" ")] }, bound: characterBound(width: width, font: font)))
                return out
            }
            out += wrap(String(paragraph), width: width, font: font, canvas: canvas, maxLines: maxLines - out.count)
        }
        return out
    }

    /// More lines of `font` than the tallest chart could hold.
    public static func lineLimit(font: Font) -> Int {
        Int(maximumHeight / max(1, font.size)) + 1
    }

    /// At most this many characters fit a line: no glyph is narrower than a fifth of
    /// an em here (DejaVu's narrowest is about 0.27 em). Bounds every measurement, so a
    /// 100,000-character word is never shaped whole.
    static func characterBound(width: Double, font: Font) -> Int {
        max(1, Int(width / max(0.01, font.size * 0.2)) + 1)
    }

    static func wrap(_ paragraph: String, width: Double, font: Font, canvas: Canvas, maxLines: Int) -> [String] {
        let bound = characterBound(width: width, font: font)
        if paragraph.count <= bound, canvas.measure(paragraph, font: font).width <= width { return [paragraph] }
        var out: [String] = []
        var current = ""
        let words = paragraph.split(separator: " ")
        for (index, word) in words.enumerated() {
            if out.count >= maxLines {
                let rest = ([Substring(current)] + words[index...]).lazy.filter { !$0.isEmpty }.flatMap { [$0, Substring(" ")] }
                return out + [overflow(rest, bound: bound)]
            }
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if candidate.count <= bound, canvas.measure(candidate, font: font).width <= width {
                current = candidate
                continue
            }
            if !current.isEmpty { out.append(current) }
            current = String(word)
            if current.count > bound || canvas.measure(current, font: font).width > width {
                // A word wider than the line on its own is split between characters.
                current = split(Array(word), width: width, font: font, canvas: canvas, bound: bound,
                                into: &out, maxLines: maxLines)
            }
        }
        out.append(current)
        return out
    }

    /// Cuts a word wider than a line into lines of the longest prefixes that fit, until
    /// `maxLines` lines are out; returns what is left (the word's last line, or the
    /// unmeasured rest). The characters are walked once by index and each line is found
    /// by galloping from the last line's length, so a word of n characters costs a few
    /// measurements of about a line per line and O(n) copying: a 100,000-character word
    /// is not copied once per line, as cutting the head off a `String` each time was.
    static func split(_ chars: [Character], width: Double, font: Font, canvas: Canvas, bound: Int,
                      into out: inout [String], maxLines: Int) -> String {
        var start = 0
        var guess = 1
        while out.count < maxLines {
            let rest = chars.count - start
            if rest <= bound, canvas.measure(String(chars[start...]), font: font).width <= width { break }
            let n = LabelPlacement.longestFittingPrefix(upTo: min(rest - 1, bound), near: guess) {
                canvas.measure(String(chars[start ..< start + $0]), font: font).width <= width
            }
            let taken = max(1, n) // one character per line at least, however narrow the width
            out.append(String(chars[start ..< start + taken]))
            start += taken
            guess = taken
        }
        if out.count >= maxLines { return String(chars[start ..< min(chars.count, start + 2 * bound)]) }
        return String(chars[start...])
    }

    /// The first `2 * bound` characters of the text past the last measured line: wider
    /// than any line (it would otherwise have been measured into lines), so it tells a
    /// caller "more than fits", without a copy or a measurement of a rest that may run
    /// to megabytes.
    static func overflow<S: Sequence>(_ pieces: S, bound: Int) -> String where S.Element: StringProtocol {
        var out = ""
        for piece in pieces {
            out += piece.prefix(2 * bound - out.count)
            if out.count >= 2 * bound { break }
        }
        while out.last == " " { out.removeLast() }
        return out
    }

    /// The widest line's width.
    public static func width(_ lines: [String], font: Font, canvas: Canvas) -> Double {
        lines.map { canvas.measure(Bidi.isolate($0), font: font).width }.max() ?? 0
    }
}
