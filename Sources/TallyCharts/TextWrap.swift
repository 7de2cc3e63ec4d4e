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
    public static func lines(_ text: String, width: Double, font: Font, canvas: Canvas) -> [String] {
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let paragraph = String(paragraph)
            if canvas.measure(paragraph, font: font).width <= width {
                out.append(paragraph)
                continue
            }
            var current = ""
            for word in paragraph.split(separator: " ") {
                let candidate = current.isEmpty ? String(word) : current + " " + word
                if canvas.measure(candidate, font: font).width <= width {
                    current = candidate
                    continue
                }
                if !current.isEmpty { out.append(current) }
                current = String(word)
                // A word wider than the line on its own is split between characters.
                while canvas.measure(current, font: font).width > width {
                    let (head, tail) = split(current, width: width, font: font, canvas: canvas)
                    out.append(head)
                    current = tail
                }
            }
            out.append(current)
        }
        return out
    }

    /// The longest prefix of `word` (at least one character) that fits `width`, and the
    /// rest; found by bisection, so a long word costs O(log n) measurements.
    static func split(_ word: String, width: Double, font: Font, canvas: Canvas) -> (String, String) {
        let chars = Array(word)
        var lo = 1, hi = chars.count - 1
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
