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
    ///   text becomes one more, over-long line. Callers pass more lines than any chart
    ///   could hold (``lineLimit(font:)``), so a 100,000-character headline costs a
    ///   bounded number of measurements and is still refused as too tall.
    public static func lines(_ text: String, width: Double, font: Font, canvas: Canvas,
                             maxLines: Int = Int.max) -> [String] {
        var out: [String] = []
        let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, paragraph) in paragraphs.enumerated() {
            if out.count >= maxLines {
                out.append(paragraphs[index...].joined(separator: " "))
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
                return out + [([current] + words[index...].map(String.init)).filter { !$0.isEmpty }.joined(separator: " ")]
            }
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if candidate.count <= bound, canvas.measure(candidate, font: font).width <= width {
                current = candidate
                continue
            }
            if !current.isEmpty { out.append(current) }
            current = String(word)
            // A word wider than the line on its own is split between characters.
            while out.count < maxLines, current.count > bound || canvas.measure(current, font: font).width > width {
                let (head, tail) = split(current, width: width, font: font, canvas: canvas, bound: bound)
                out.append(head)
                current = tail
            }
        }
        out.append(current)
        return out
    }

    /// The longest prefix of `word` (at least one character, at most `bound`) that fits
    /// `width`, and the rest; found by bisection, so a long word costs O(log n)
    /// measurements of at most `bound` characters.
    static func split(_ word: String, width: Double, font: Font, canvas: Canvas, bound: Int) -> (String, String) {
        let chars = Array(word)
        var lo = 1, hi = min(chars.count - 1, bound)
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if canvas.measure(String(chars[..<mid]), font: font).width <= width { lo = mid } else { hi = mid - 1 }
        }
        return (String(chars[..<lo]), String(chars[lo...]))
    }

    /// The widest line's width.
    public static func width(_ lines: [String], font: Font, canvas: Canvas) -> Double {
        lines.map { canvas.measure(Bidi.isolate($0), font: font).width }.max() ?? 0
    }
}
