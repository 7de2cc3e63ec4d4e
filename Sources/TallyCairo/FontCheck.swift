import CCairo

/// Which font will actually draw a chart's text, asked of Pango and fontconfig before
/// anything is drawn.
///
/// Fontconfig never says no: asked for a family that is not installed it substitutes
/// the closest match (DejaVu Sans for "No Such Family"), and with no fonts at all
/// (an empty configuration) Pango draws every character as a hex box. A chart drawn
/// like that is wrong and must not leave tally with exit 0, so commands check first.
public enum FontCheck {
    public enum Outcome: Equatable, Sendable {
        /// The family asked for draws the text (or a generic name such as `sans-serif`
        /// that fontconfig maps to an installed family, named here).
        case available(family: String)
        /// Not installed; fontconfig would draw with `substitute` instead.
        case substituted(requested: String, substitute: String)
        /// No installed font draws even plain Latin letters and digits: text would be boxes.
        case noUsableFont(requested: String)
    }

    /// Names fontconfig resolves to a configured family rather than one font.
    static let genericFamilies: Set<String> = ["sans", "sansserif", "serif", "monospace", "mono", "systemui",
                                               "cursive", "fantasy", "emoji", "math"]

    /// Text every chart draws: Latin letters, digits and the range dash. If any of it
    /// has no glyph in any font, the chart would show boxes.
    static let probe = "Killed 5,000–7,000 Ag"

    /// Case and blanks do not matter in fontconfig family names ("DejaVuSans" is
    /// "DejaVu Sans").
    static func normalized(_ family: String) -> String {
        String(family.lowercased().unicodeScalars.filter { $0 != " " && $0 != "-" && $0 != "_" && $0 != "\t" })
    }

    public static func check(family: String) -> Outcome {
        let map = pango_cairo_font_map_get_default()!
        let context = pango_font_map_create_context(map)!
        defer { g_object_unref(UnsafeMutableRawPointer(context)) }
        pango_context_set_language(context, pango_language_from_string(fixedLanguage))
        let desc = pango_font_description_new()!
        defer { pango_font_description_free(desc) }
        pango_font_description_set_family(desc, family)
        pango_font_description_set_absolute_size(desc, 12 * Double(PANGO_SCALE))

        // Does anything draw the probe? (Pango falls back across fonts per character.)
        let layout = pango_layout_new(context)!
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        pango_layout_set_font_description(layout, desc)
        pango_layout_set_text(layout, probe, -1)
        guard pango_layout_get_unknown_glyphs_count(layout) == 0,
              let font = pango_font_map_load_font(map, context, desc) else {
            return .noUsableFont(requested: family)
        }
        defer { g_object_unref(UnsafeMutableRawPointer(font)) }
        let described = pango_font_describe(font)!
        defer { pango_font_description_free(described) }
        let resolved = pango_font_description_get_family(described).map { String(cString: $0) } ?? ""
        if resolved.isEmpty { return .noUsableFont(requested: family) }
        if normalized(resolved) == normalized(family) || genericFamilies.contains(normalized(family)) {
            return .available(family: resolved)
        }
        // Pango names a font by its first family only, but a font may answer to several
        // ("DejaVu Sans,DejaVu Sans Condensed" in `fc-list`), and fontconfig draws the
        // face the second name asks for (audit9 F3): a name `fc-list : family` shows is
        // installed, whichever place it has in the list.
        if fontconfigLists(family) { return .available(family: family) }
        return .substituted(requested: family, substitute: resolved)
    }

    /// Whether some installed font lists `family` among its family names, compared as
    /// fontconfig compares them (case and blanks aside), as `fc-list "family"` would.
    static func fontconfigLists(_ family: String) -> Bool {
        guard !family.isEmpty, let pattern = FcPatternCreate() else { return false }
        defer { FcPatternDestroy(pattern) }
        guard let objects = FcObjectSetCreate() else { return false }
        defer { FcObjectSetDestroy(objects) }
        _ = FcObjectSetAdd(objects, FC_FAMILY)
        let added = family.withCString { name in
            name.withMemoryRebound(to: FcChar8.self, capacity: family.utf8.count + 1) { FcPatternAddString(pattern, FC_FAMILY, $0) }
        }
        guard added != 0, let fonts = FcFontList(nil, pattern, objects) else { return false }
        defer { FcFontSetDestroy(fonts) }
        return fonts.pointee.nfont > 0
    }
}
