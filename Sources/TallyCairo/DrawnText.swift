import CCairo
import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        FontFallbacks.shared.check(layout, text: text)
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

/// Characters the chosen font family has no glyph for, which Pango drew in another
/// installed family instead (`--font "DejaVu Serif"` has no Arabic: Arabic names came
/// out in DejaVu Sans, with exit 0 and no word of it).
///
/// Every text drawn is checked run by run: the family of each run's font is compared
/// with the family the text's font description resolves to (so a generic `serif` is
/// the family fontconfig gives it). Fallbacks from tally's default family (DejaVu Sans)
/// are documented behaviour (a script it lacks, such as Chinese, takes another font)
/// and are not reported. One record per process, filled by every render: commands say
/// what it holds on standard error once their outputs are written (``messages``), and
/// `TALLY_STRICT_FONTS=1` makes a render that needed a fallback fail instead.
public final class FontFallbacks: @unchecked Sendable {
    public static let shared = FontFallbacks()

    private let lock = DispatchSemaphore(value: 1)
    /// (asked-for family, family used) → characters, in order of first appearance, and
    /// the first few texts they were in.
    private var found: [(asked: String, used: String, scalars: [Unicode.Scalar], texts: [String])] = []
    /// What each requested family resolves to (its primary font's family).
    private var resolved: [String: String] = [:]

    /// Whether `TALLY_STRICT_FONTS` is set to `1`: a fallback is then an error (exit 69).
    public static var strict: Bool {
        guard let v = getenv("TALLY_STRICT_FONTS") else { return false }
        return String(cString: v) == "1"
    }

    public var isEmpty: Bool { lock.wait(); defer { lock.signal() }; return found.isEmpty }

    /// Said after a warning, not in the refusal it becomes under ``strict``.
    public static let strictHint = "; TALLY_STRICT_FONTS=1 refuses such output"

    /// One warning per asked-for family and family used (`warning: font 'DejaVu Serif'
    /// has no glyphs for …`, ending with ``strictHint``), and empties the record.
    public func drain() -> [String] {
        lock.wait()
        defer { lock.signal() }
        let out = found.map { f -> String in
            func shown(_ t: String) -> String {
                // The isolates tally wraps right-to-left names in are not the data's.
                var v = String.UnicodeScalarView()
                v.append(contentsOf: t.unicodeScalars.filter { !$0.properties.isDefaultIgnorableCodePoint })
                let s = String(v)
                return s.count > 40 ? String(s.prefix(40)) + "…" : s
            }
            let chars = f.scalars.prefix(6).map { "\(MissingGlyphs.codePoint($0)) '\(String($0))'" }.joined(separator: ", ")
                + (f.scalars.count > 6 ? " and \(f.scalars.count - 6) more" : "")
            let hex = String(f.scalars[0].value, radix: 16)
            return "warning: font '\(f.asked)' has no glyphs for \(chars) (in "
                + f.texts.map { "'" + shown($0) + "'" }.joined(separator: ", ")
                + "): they are drawn in '\(f.used)' instead. Name a family that covers them (--font, or fonts: in a "
                + "style file; `fc-list ':charset=\(hex)' family` lists the installed ones)" + FontFallbacks.strictHint
        }
        found.removeAll()
        return out
    }

    static func family(of desc: OpaquePointer) -> String {
        pango_font_description_get_family(desc).map { String(cString: $0) } ?? ""
    }

    /// The family the layout's font description resolves to.
    private func primaryFamily(_ layout: OpaquePointer, asked: String) -> String {
        if let r = resolved[asked] { return r }
        var r = asked
        if let desc = pango_layout_get_font_description(layout),
           let font = pango_context_load_font(pango_layout_get_context(layout), desc) {
            let d = pango_font_describe(font)!
            r = FontFallbacks.family(of: d)
            pango_font_description_free(d)
            g_object_unref(UnsafeMutableRawPointer(font))
        }
        resolved[asked] = r
        return r
    }

    /// Records the characters of `layout` (holding `text`) drawn in another family than
    /// its own. Returns whether there were any.
    @discardableResult
    func check(_ layout: OpaquePointer, text: String) -> Bool {
        guard let desc = pango_layout_get_font_description(layout) else { return false }
        let asked = FontFallbacks.family(of: desc)
        if FontCheck.normalized(asked) == FontCheck.normalized(RenderOptions.defaultFont) { return false }
        lock.wait()
        defer { lock.signal() }
        let primary = FontCheck.normalized(primaryFamily(layout, asked: asked))
        guard let iter = pango_layout_get_iter(layout) else { return false }
        defer { pango_layout_iter_free(iter) }
        let bytes = pango_layout_get_text(layout)!
        var any = false
        repeat {
            guard let run = pango_layout_iter_get_run_readonly(iter), let item = run.pointee.item,
                  let font = item.pointee.analysis.font else { continue }
            let d = pango_font_describe(font)!
            let used = FontFallbacks.family(of: d)
            pango_font_description_free(d)
            if used.isEmpty || FontCheck.normalized(used) == primary { continue }
            let piece = String(decoding: UnsafeRawBufferPointer(start: UnsafeRawPointer(bytes + Int(item.pointee.offset)),
                                                                count: Int(item.pointee.length)), as: UTF8.self)
            let scalars = piece.unicodeScalars.filter { !$0.properties.isWhitespace && !$0.properties.isDefaultIgnorableCodePoint }
            if scalars.isEmpty { continue }
            any = true
            let i: Int
            if let k = found.firstIndex(where: { $0.asked == asked && $0.used == used }) {
                i = k
            } else {
                found.append((asked, used, [], []))
                i = found.count - 1
            }
            for s in scalars where !found[i].scalars.contains(s) && found[i].scalars.count < 64 { found[i].scalars.append(s) }
            if found[i].texts.count < 3 && !found[i].texts.contains(text) { found[i].texts.append(text) }
        } while pango_layout_iter_next_run(iter) != 0
        return any
    }
}
