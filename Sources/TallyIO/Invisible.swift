/// What tally takes as drawing nothing: one definition for names and ids.
///
/// Names (``KeyKind``) drop these characters (save the few that choose a glyph) and
/// collapse white space; ids (``EventKey``, ``IdOrder``) are compared without them at
/// either end, so an id pasted with a trailing left-to-right mark is the same event as
/// the id without it, as a name with one is the same group (review16 #7).
enum Invisible {
    /// Unicode White_Space: space, tab, line ends, no-break spaces, U+2000–200A, U+3000 …
    @inline(__always)
    static func isWhiteSpace(_ u: Unicode.Scalar) -> Bool { u.properties.isWhitespace }

    /// Unicode's Default_Ignorable_Code_Point: soft hyphen, combining grapheme joiner,
    /// Arabic letter mark, Hangul fillers, Khmer inherent vowels, Mongolian free
    /// variation selectors and vowel separator, zero-width space, non-joiner and joiner,
    /// LRM and RLM, word joiner, invisible operators, variation selectors, byte-order
    /// mark, tag characters …
    @inline(__always)
    static func isIgnorable(_ u: Unicode.Scalar) -> Bool { u.properties.isDefaultIgnorableCodePoint }

    /// Characters that are no text: controls (C0 and C1 other than white space, DEL),
    /// bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069: drawn
    /// beside a figure an unclosed override reversed its digits, review 9c), the
    /// interlinear annotation marks U+FFF9–U+FFFB (never meant for interchange), and
    /// noncharacters (U+FFFE, a byte-order mark read the wrong way round; U+FFFF;
    /// U+FDD0–U+FDEF; the last two code points of every plane).
    @inline(__always)
    static func isControl(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x20 || (0x7F ... 0x9F).contains(v) { return !u.properties.isWhitespace }
        if v < 0x202A { return false }
        return (0x202A ... 0x202E).contains(v) || (0x2066 ... 0x2069).contains(v) || (0xFFF9 ... 0xFFFB).contains(v)
            || (0xFDD0 ... 0xFDEF).contains(v) || v & 0xFFFE == 0xFFFE
    }

    /// Drawn as nothing, or as a blank: white space, default-ignorable, or no text.
    @inline(__always)
    static func isInvisible(_ u: Unicode.Scalar) -> Bool { isWhiteSpace(u) || isIgnorable(u) || isControl(u) }

    /// Characters drawn as a blank that are none of the above and that tally refuses in
    /// a name rather than guess (U+2800 braille pattern blank: in braille it is the
    /// space, elsewhere a filler that makes `Bago⠀region` a second group drawn as
    /// `Bago region`).
    static func drawnBlank(_ u: Unicode.Scalar) -> Bool { u.value == 0x2800 }

    /// The scalar whose UTF-8 starts at `p[i]` (before `e`) and its length, or nil for
    /// bytes that are no UTF-8.
    @inline(__always)
    static func decode(_ p: UnsafePointer<UInt8>, _ i: Int, _ e: Int) -> (Unicode.Scalar, Int)? {
        let b = p[i]
        let n = b < 0x80 ? 1 : b < 0xC2 ? 0 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : b < 0xF5 ? 4 : 0
        guard n > 0, i + n <= e else { return nil }
        var v = n == 1 ? UInt32(b) : UInt32(b) & (0x7F >> UInt32(n))
        for k in 1 ..< n {
            let c = p[i + k]
            guard c & 0xC0 == 0x80 else { return nil }
            v = (v << 6) | UInt32(c & 0x3F)
        }
        guard let u = Unicode.Scalar(v) else { return nil }
        return (u, n)
    }

    /// The length of the invisible character (``isInvisible``) whose UTF-8 starts at
    /// `p[i]`, or 0.
    @inline(__always)
    static func length(at p: UnsafePointer<UInt8>, _ i: Int, _ e: Int) -> Int {
        let b = p[i]
        if b < 0x80 { return b <= 0x20 || b == 0x7F ? 1 : 0 }
        guard let (u, n) = decode(p, i, e), isInvisible(u) else { return 0 }
        return n
    }

    /// The length of the invisible character whose UTF-8 ends just before `p[e]`
    /// (starting at or after `s`), or 0.
    @inline(__always)
    static func length(endingAt p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Int {
        let b = p[e - 1]
        if b < 0x80 { return b <= 0x20 || b == 0x7F ? 1 : 0 }
        var k = e - 1
        while k > s, k > e - 4, p[k] & 0xC0 == 0x80 { k -= 1 }
        guard let (u, n) = decode(p, k, e), k + n == e, isInvisible(u) else { return 0 }
        return n
    }
}
