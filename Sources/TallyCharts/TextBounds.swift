import TallyCore

/// How long a text a chart draws may be (issue 9, review9c #17).
///
/// Text wraps and the chart grows to hold it, so nothing is cut silently; but a
/// 50,000-character name wrapped into a 1200×9985 PNG in 9 s, a chart nobody can use.
/// Past these bounds the chart is refused before anything is measured or drawn, with a
/// message naming the text, its length and the bound: a name from the data exits 65
/// (shorten it in the data, or leave the row out with a filter), a headline, subtitle,
/// source line or annotation from options or a spec 64. Nothing is shortened with `…`:
/// two long names cut alike would label two bars the same. The bounds are in
/// characters, so they do not depend on the size, font or scale; at 1200 wide a name of
/// 300 characters takes about three lines above its bar, a headline of 400 about five.
public enum TextBounds {
    /// A bar's or a line's name (a small multiple's panel title).
    public static let name = 300
    /// An annotation (`--annotate`, a spec's `annotations:`) or a bar's note.
    public static let annotation = 500
    /// The headline, and the subtitle.
    public static let heading = 400
    /// The source lines, notes and credit at the foot, together.
    public static let footer = 2_000

    /// A text too long to draw, for a chart's ``ChartFit``.
    public struct Problem: Equatable, Sendable {
        public var message: String
        /// Whether the text came from the data (exit 65) rather than options or a spec (64).
        public var inData: Bool
    }

    /// The first text of a chart past its bound, or nil.
    static func problem(text: ChartText, credit: String, names: [String], annotations: [String] = []) -> Problem? {
        func check(_ t: String, _ bound: Int, _ what: String, inData: Bool, advice: String) -> Problem? {
            // Counting stops past the bound: a 300 MB name is not walked whole.
            var n = 0
            for _ in t.unicodeScalars { n += 1; if n > bound { break } }
            guard n > bound else { return nil }
            let total = t.unicodeScalars.count
            let shown = String(t.prefix(40).map { $0.isNewline ? " " : $0 })
            return Problem(message: "\(what) '\(shown)…' is \(Estimate.grouped(Int64(total))) characters long; a chart draws "
                           + "at most \(Estimate.grouped(Int64(bound))) (a name about three lines, a headline about five), "
                           + "so it would be taller than anyone can read: \(advice)", inData: inData)
        }
        if let p = check(text.title, heading, "the headline", inData: false, advice: "shorten --title (or the spec's title)") { return p }
        if let p = check(text.subtitle, heading, "the subtitle", inData: false, advice: "shorten --subtitle (or the spec's subtitle)") { return p }
        for name in names {
            if let p = check(name, TextBounds.name, "the name", inData: true,
                             advice: "shorten it in the data, or leave its rows out (--country, --actor or a filter in the spec)") { return p }
        }
        for a in annotations {
            if let p = check(a, annotation, "the annotation", inData: false, advice: "shorten the --annotate text (or the spec's annotation)") { return p }
        }
        let footer = credit.isEmpty ? text.source : text.source + "\n" + credit
        if let p = check(footer, TextBounds.footer, "the source and notes at the foot", inData: false,
                         advice: "shorten --note, the credit line or the source names in the data") { return p }
        return nil
    }
}
