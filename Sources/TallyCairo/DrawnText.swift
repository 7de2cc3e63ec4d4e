import CCairo

/// Text as it reaches Cairo and Pango, the same on every surface.
///
/// Cairo refuses a string holding a Unicode noncharacter (U+FDD0–U+FDEF and the last two
/// code points of every plane, U+FFFE, U+FFFF, U+1FFFE … U+10FFFF): its PDF surface
/// stops with "input string not valid UTF-8" while the PNG and SVG surfaces draw on, so
/// one odd name in the data made every PDF fail and the other formats disagree with it.
/// Control characters (C0, DEL, C1) have no glyph and no place in a one-line label.
/// Every string tally hands to Cairo or Pango (drawn text, measured text, PDF metadata
/// and bookmarks, the SVG text layer) goes through ``sanitized(_:)`` first, so PNG, SVG
/// and PDF all show U+FFFD (�) where the data holds such a character, and none fails.
public enum DrawnText {
    /// What replaces a character that cannot be drawn: the Unicode replacement character.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// U+FDD0–U+FDEF and U+xxFFFE, U+xxFFFF in every plane (Unicode §23.7).
    public static func isNoncharacter(_ s: Unicode.Scalar) -> Bool {
        (0xFDD0 ... 0xFDEF).contains(s.value) || (s.value & 0xFFFE) == 0xFFFE
    }

    /// C0 controls, DEL and C1 controls.
    public static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F ... 0x9F).contains(s.value)
    }

    static func needsReplacing(_ s: Unicode.Scalar) -> Bool { isControl(s) || isNoncharacter(s) }

    /// `text` with every noncharacter and control character replaced by U+FFFD, except
    /// a tab, which is white space to whoever typed it (`--title "Killed<TAB>by
    /// country"`) and becomes a space; the same string (no copy) when there is none,
    /// the common case.
    public static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsReplacing) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(s == "\t" ? " " : needsReplacing(s) ? replacement : s) }
        return String(out)
    }
}

/// Characters that no installed font could draw, with the text they were in.
///
/// Pango draws a character no font covers as a "hex box" (the code point in a little
/// frame) and carries on; a chart or report with such boxes must not leave tally with
/// exit 0 (issue 9, item 15). Every canvas of one render shares one record; the
/// renderer refuses the output when it is not empty after drawing.
public final class MissingGlyphs: @unchecked Sendable {
    /// The texts with missing characters, in drawing order, each text once.
    public private(set) var texts: [(text: String, scalars: [Unicode.Scalar])] = []
    /// How many texts are kept for the message (the first few say enough).
    static let keptTexts = 5
    /// All distinct characters missing, in order of first appearance.
    public private(set) var scalars: [Unicode.Scalar] = []
    var seenTexts: Set<String> = []

    public init() {}

    public var isEmpty: Bool { seenTexts.isEmpty }

    func record(_ text: String, missing: [Unicode.Scalar]) {
        guard seenTexts.insert(text).inserted else { return }
        for s in missing where !scalars.contains(s) { scalars.append(s) }
        if texts.count < Self.keptTexts { texts.append((text, missing)) }
    }

    /// `U+E000`.
    public static func codePoint(_ s: Unicode.Scalar) -> String {
        let hex = String(s.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// One sentence for an error message: the characters, their code points and the
    /// texts they were in (each cut to 60 characters), and what to do.
    public var message: String {
        func cut(_ t: String) -> String { t.count > 60 ? String(t.prefix(60)) + "…" : t }
        let shown = scalars.isEmpty ? "some characters" : scalars.prefix(10).map { "\(Self.codePoint($0)) '\(String($0))'" }.joined(separator: ", ")
            + (scalars.count > 10 ? " and \(scalars.count - 10) more" : "")
        let where_ = texts.map { "'" + cut($0.text) + "'" }.joined(separator: ", ")
            + (seenTexts.count > texts.count ? " and \(seenTexts.count - texts.count) more texts" : "")
        return "no installed font draws \(shown) (in \(where_)); they would be drawn as boxes. Install fonts covering "
            + "them (Debian or Ubuntu: fonts-noto-core covers most scripts, fonts-noto-cjk Chinese, Japanese and Korean), "
            + "or correct the names in the data (U+E000–U+F8FF are private-use characters no standard font has)"
    }
}

extension MissingGlyphs {
    /// Records the characters of `text` that `layout` (already holding `text`) draws as
    /// unknown glyphs. Pango marks such a glyph with `PANGO_GLYPH_UNKNOWN_FLAG`; which
    /// characters they are is found by laying each distinct character out alone with
    /// the same font, a cost paid only when something is missing.
    func check(_ layout: OpaquePointer, text: String) {
        guard pango_layout_get_unknown_glyphs_count(layout) > 0, !seenTexts.contains(text) else { return }
        let context = pango_layout_get_context(layout)!
        let probe = pango_layout_new(context)!
        defer { g_object_unref(UnsafeMutableRawPointer(probe)) }
        pango_layout_set_font_description(probe, pango_layout_get_font_description(layout))
        var missing: [Unicode.Scalar] = []
        var tried: Set<Unicode.Scalar> = []
        for s in text.unicodeScalars where tried.insert(s).inserted {
            pango_layout_set_text(probe, String(s), -1)
            if pango_layout_get_unknown_glyphs_count(probe) > 0 { missing.append(s) }
        }
        // Shaping can miss a glyph no single character misses; the text is named anyway.
        record(text, missing: missing)
    }
}
