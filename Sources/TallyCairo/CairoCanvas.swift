import CCairo
import TallyCharts

/// The language every layout is shaped and matched in (see ``makeTextLayout(_:)``).
let fixedLanguage = "en"

/// A Pango context and layout on `cr` that measure text the same on every surface and
/// at every scale: metric hinting off, glyph positions not rounded to pixels.
func makeTextLayout(_ cr: OpaquePointer) -> (context: OpaquePointer, layout: OpaquePointer) {
    let context = pango_cairo_create_context(cr)!
    let options = cairo_font_options_create()
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
    pango_cairo_context_set_font_options(context, options)
    cairo_font_options_destroy(options)
    pango_context_set_round_glyph_positions(context, 0)
    // The same fonts whatever the locale: without a language of its own, Pango asks
    // fontconfig with the user's (LANG, LC_ALL), and under ar_SA or fa_IR fontconfig
    // prefers fonts covering Arabic, so the italic face and the PDF bytes changed.
    // Runs in another script still get that script's own language from Pango.
    pango_context_set_language(context, pango_language_from_string(fixedLanguage))
    pango_context_set_base_dir(context, PANGO_DIRECTION_LTR)
    return (context, pango_layout_new(context)!)
}

/// A ``Canvas`` drawing with Cairo, text shaped by Pango.
///
/// Text goes through Pango layouts rather than Cairo's toy text API: Pango shapes
/// Arabic and other complex scripts, falls back to other fonts for missing glyphs and
/// runs the bidi algorithm. Metric hinting is off so that a chart lays out identically
/// in PNG, PDF and SVG and at every `--scale`.
public final class CairoCanvas: Canvas {
    let cr: OpaquePointer
    let context: OpaquePointer
    let layout: OpaquePointer
    let family: String
    var fonts: [Font: OpaquePointer] = [:]
    var currentFont: Font?
    var currentText: String?
    /// Texts drawn (as drawn: ``DrawnText/sanitized(_:)``), with their boxes, when a
    /// caller wants them (the SVG text layer).
    var textLog: [(text: String, box: Rect, font: Font)]?
    /// Where drawn text with characters no font has is recorded, when the caller checks.
    var missingGlyphs: MissingGlyphs?

    /// - Parameter cr: a Cairo context whose transformation maps chart units to the surface.
    public init(cairo cr: OpaquePointer, fontFamily: String) {
        self.cr = cr
        family = fontFamily
        (context, layout) = makeTextLayout(cr)
    }

    deinit {
        for desc in fonts.values { pango_font_description_free(desc) }
        for surface in images.values { cairo_surface_destroy(surface) }
        for handle in svgLogos.values { g_object_unref(UnsafeMutableRawPointer(handle)) }
        g_object_unref(UnsafeMutableRawPointer(layout))
        g_object_unref(UnsafeMutableRawPointer(context))
    }

    func description(for font: Font) -> OpaquePointer {
        if let d = fonts[font] { return d }
        let d = pango_font_description_new()!
        pango_font_description_set_family(d, font.family ?? family)
        pango_font_description_set_weight(d, font.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_absolute_size(d, font.size * Double(PANGO_SCALE))
        fonts[font] = d
        return d
    }

    /// Sets the layout's text and font, skipping the work when they are unchanged
    /// (measuring a label and then drawing it is the common sequence). The text is
    /// ``DrawnText/sanitized(_:)`` first, as all text reaching Pango is.
    func prepare(_ string: String, _ font: Font) {
        if currentFont != font {
            pango_layout_set_font_description(layout, description(for: font))
            currentFont = font
            currentText = nil
        }
        if currentText != string {
            pango_layout_set_text(layout, DrawnText.sanitized(string), -1)
            currentText = string
        }
    }

    func logicalExtents() -> (x: Double, y: Double, width: Double, height: Double, baseline: Double) {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let s = Double(PANGO_SCALE)
        return (Double(logical.x) / s, Double(logical.y) / s, Double(logical.width) / s, Double(logical.height) / s,
                Double(pango_layout_get_baseline(layout)) / s)
    }

    public func measure(_ string: String, font: Font) -> TextMetrics {
        LongText.measure(string) { piece in
            prepare(piece, font)
            let e = logicalExtents()
            return TextMetrics(width: e.width, ascent: e.baseline - e.y, descent: e.height - (e.baseline - e.y))
        }
    }

    public func text(_ string: String, at point: Point, font: Font, color: Color, anchor: TextAnchor) {
        prepare(string, font)
        let e = logicalExtents()
        let metrics = TextMetrics(width: e.width, ascent: e.baseline - e.y, descent: e.height - (e.baseline - e.y))
        let box = metrics.box(at: point, anchor: anchor)
        if textLog != nil || missingGlyphs != nil {
            let drawn = DrawnText.sanitized(string)
            textLog?.append((drawn, Rect(x: box.x, y: box.y, width: box.width, height: box.height), font))
            missingGlyphs?.check(layout, text: drawn)
        }
        set(color)
        cairo_move_to(cr, box.x - e.x, box.y - e.y)
        pango_cairo_show_layout(cr, layout)
        cairo_new_path(cr)
    }

    func set(_ c: Color) {
        if c.alpha >= 1 {
            cairo_set_source_rgb(cr, c.red, c.green, c.blue)
        } else {
            cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha)
        }
    }

    public func fill(_ rect: Rect, color: Color) {
        guard rect.width > 0, rect.height > 0 else { return }
        set(color)
        cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
        cairo_fill(cr)
    }

    public func line(from start: Point, to end: Point, color: Color, width: Double, dash: [Double]) {
        set(color)
        cairo_set_line_width(cr, width)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        if !dash.isEmpty { cairo_set_dash(cr, dash, Int32(dash.count), 0) }
        cairo_move_to(cr, start.x, start.y)
        cairo_line_to(cr, end.x, end.y)
        cairo_stroke(cr)
        if !dash.isEmpty { cairo_set_dash(cr, nil, 0, 0) }
    }

    public func stroke(_ points: [Point], color: Color, width: Double) {
        guard let first = points.first else { return }
        set(color)
        cairo_set_line_width(cr, width)
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        cairo_move_to(cr, first.x, first.y)
        for p in points.dropFirst() { cairo_line_to(cr, p.x, p.y) }
        cairo_stroke(cr)
    }

    public func fill(_ polygon: [Point], color: Color) {
        guard let first = polygon.first else { return }
        set(color)
        cairo_move_to(cr, first.x, first.y)
        for p in polygon.dropFirst() { cairo_line_to(cr, p.x, p.y) }
        cairo_close_path(cr)
        cairo_fill(cr)
    }

    public func fillCircle(center: Point, radius: Double, color: Color) {
        set(color)
        cairo_new_sub_path(cr)
        cairo_arc(cr, center.x, center.y, radius, 0, 2 * Double.pi)
        cairo_fill(cr)
    }

    public func pushClip(_ rect: Rect) {
        cairo_save(cr)
        cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
        cairo_clip(cr)
    }

    public func popClip() { cairo_restore(cr) }

    /// Logos by file, loaded once per canvas.
    var images: [String: OpaquePointer] = [:]
    /// SVG logos by file (librsvg handles), loaded once per canvas.
    var svgLogos: [String: OpaquePointer] = [:]

    /// A PNG or SVG logo scaled into `rect` (keeping its aspect ratio, centred); an SVG
    /// is drawn as vectors (``SVGLogo``). A file that cannot be read draws nothing here:
    /// commands check the logo when they read the style file.
    public func image(file: String, in rect: Rect) {
        if file.lowercased().hasSuffix(".svg") {
            guard rect.width > 0, rect.height > 0 else { return }
            if svgLogos[file] == nil, case let .success(loaded) = SVGLogo.load(file) { svgLogos[file] = loaded.handle }
            if let handle = svgLogos[file] { SVGLogo.draw(handle, on: cr, in: rect) }
            return
        }
        let surface: OpaquePointer
        if let cached = images[file] {
            surface = cached
        } else {
            guard let loaded = cairo_image_surface_create_from_png(file) else { return }
            guard cairo_surface_status(loaded) == CAIRO_STATUS_SUCCESS else { cairo_surface_destroy(loaded); return }
            images[file] = loaded
            surface = loaded
        }
        let w = Double(cairo_image_surface_get_width(surface)), h = Double(cairo_image_surface_get_height(surface))
        guard w > 0, h > 0, rect.width > 0, rect.height > 0 else { return }
        let scale = min(rect.width / w, rect.height / h)
        cairo_save(cr)
        cairo_translate(cr, rect.midX - w * scale / 2, rect.midY - h * scale / 2)
        cairo_scale(cr, scale, scale)
        cairo_set_source_surface(cr, surface, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD)
        cairo_paint(cr)
        cairo_restore(cr)
    }
}

/// Measuring text too long for Pango's numbers.
///
/// Pango measures in 32-bit units of 1/1024 pixel, so a text wider than about two
/// million pixels wraps round to a small or negative width: a 400,000-character report
/// note measured about 100 px, was laid out as one short line, and all but a hundred
/// of its characters were lost with exit 0. A text longer than ``piece`` scalars is
/// measured in pieces of that many, the widths added: each piece stays far inside
/// Pango's range (4,096 glyphs of a 96 px font are under 800,000 px), and the sum errs
/// only by the kerning at a few joins. Such a text is never drawn whole (no chart or
/// page is that wide); it is measured to be wrapped or refused.
enum LongText {
    static let piece = 4_096

    static func measure(_ string: String, _ one: (String) -> TextMetrics) -> TextMetrics {
        let scalars = string.unicodeScalars
        guard string.utf8.count > piece, scalars.count > piece else { return one(string) }
        var width = 0.0, ascent = 0.0, descent = 0.0
        var start = scalars.startIndex
        while start < scalars.endIndex {
            let end = scalars.index(start, offsetBy: piece, limitedBy: scalars.endIndex) ?? scalars.endIndex
            let m = one(String(scalars[start..<end]))
            width += m.width
            ascent = max(ascent, m.ascent)
            descent = max(descent, m.descent)
            start = end
        }
        return TextMetrics(width: width, ascent: ascent, descent: descent)
    }
}
