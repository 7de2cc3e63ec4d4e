import CCairo
import TallyCharts

/// Document-level facts a PDF reader shows in its properties dialog.
public struct PDFMetadata: Sendable, Equatable {
    public var title: String
    public var subject: String
    public var keywords: String
    public var creator: String
    /// ISO 8601 (`2023-05-01T00:00:00Z`). Reports derive it from the period they cover,
    /// never from the clock, so that the same data gives the same bytes.
    public var date: String

    public init(title: String, subject: String = "", keywords: String = "", creator: String = "tally",
                date: String) {
        self.title = title; self.subject = subject; self.keywords = keywords; self.creator = creator
        self.date = date
    }
}

/// A multi-page PDF written into memory: pages of any size, an outline (bookmarks),
/// internal links and metadata.
///
/// Reports need what a single chart does not: several pages, navigation, and a title
/// and subject a document archive can index. The document collects Cairo's output in
/// memory so that the caller decides when (and whether) a file is written.
public final class PDFDocument {
    let sink = ByteSink()
    let surface: OpaquePointer
    let cr: OpaquePointer
    let fontFamily: String
    /// The alt text of each tagged figure, in drawing order.
    let figures = FigureLog()
    public private(set) var pageCount = 0
    var pageOpen = false
    var finished = false
    /// Measures text before any page exists (layout runs before drawing).
    public let measuring: PDFPageCanvas
    /// Text drawn on any page with characters no installed font has: ``finish()``
    /// refuses the document when there is any.
    public let missingGlyphs = MissingGlyphs()

    public init(metadata: PDFMetadata, firstPageSize: Size, fontFamily: String = RenderOptions.defaultFont) {
        self.fontFamily = fontFamily
        surface = cairo_pdf_surface_create_for_stream(documentSinkWrite, Unmanaged.passUnretained(sink).toOpaque(),
                                                      firstPageSize.width, firstPageSize.height)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, DrawnText.sanitized(metadata.title))
        if !metadata.subject.isEmpty { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, DrawnText.sanitized(metadata.subject)) }
        if !metadata.keywords.isEmpty { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, DrawnText.sanitized(metadata.keywords)) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, DrawnText.sanitized(metadata.creator))
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, DrawnText.sanitized(metadata.date))
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, DrawnText.sanitized(metadata.date))
        cr = cairo_create(surface)!
        measuring = PDFPageCanvas(cr: cr, fontFamily: fontFamily, figures: figures, missingGlyphs: nil)
    }

    deinit {
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
    }

    /// Starts the next page (1-based number `pageCount` afterwards) and returns the canvas
    /// to draw it on; the previous page is emitted first.
    public func beginPage(size: Size) -> PDFPageCanvas {
        if pageOpen { cairo_show_page(cr) }
        cairo_pdf_surface_set_size(surface, size.width, size.height)
        pageCount += 1
        pageOpen = true
        return PDFPageCanvas(cr: cr, fontFamily: fontFamily, figures: figures, missingGlyphs: missingGlyphs)
    }

    /// Adds a bookmark pointing at `y` (points from the top) on `page` (1-based), under
    /// `parent` (0 is the top level); returns its id for children.
    @discardableResult
    public func addOutline(_ title: String, parent: Int32 = 0, page: Int, y: Double, open: Bool = false,
                           bold: Bool = false) -> Int32 {
        var flags: Int32 = 0
        if open { flags |= Int32(CAIRO_PDF_OUTLINE_FLAG_OPEN.rawValue) }
        if bold { flags |= Int32(CAIRO_PDF_OUTLINE_FLAG_BOLD.rawValue) }
        let target = "page=\(page) pos=[0 \(formatted(y))]"
        return cairo_pdf_surface_add_outline(surface, parent, DrawnText.sanitized(title), target,
                                             cairo_pdf_outline_flags_t(rawValue: UInt32(flags)))
    }

    /// Emits the last page and returns the file's bytes.
    public func finish() throws(RenderError) -> [UInt8] {
        precondition(!finished, "PDFDocument.finish called twice")
        finished = true
        if pageOpen { cairo_show_page(cr) }
        let drawStatus = cairo_status(cr)
        cairo_surface_finish(surface)
        guard missingGlyphs.isEmpty else { throw RenderError(missingGlyphs: missingGlyphs) }
        guard drawStatus == CAIRO_STATUS_SUCCESS else { throw RenderError(description: ChartRenderer.cairoMessage(drawStatus)) }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw RenderError(description: ChartRenderer.cairoMessage(status)) }
        return try Accessibility.addFigureAlt(figures.alts, to: sink.bytes)
    }
}

/// The descriptions of a document's figures, in the order they were tagged.
final class FigureLog {
    var alts: [String] = []
}

/// Cairo's stream callback for documents (the chart renderer keeps its own private).
private let documentSinkWrite: cairo_write_func_t = { closure, data, length in
    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
    sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    return CAIRO_STATUS_SUCCESS
}

/// Numbers in PDF link attributes: plain decimals, two places, no exponent.
func formatted(_ v: Double) -> String {
    let hundredths = Int((v * 100).rounded())
    let sign = hundredths < 0 ? "-" : ""
    let m = abs(hundredths)
    let frac = m % 100
    return sign + String(m / 100) + "." + (frac < 10 ? "0" : "") + String(frac)
}

/// One PDF page: a chart ``Canvas`` plus what documents need beyond charts (italic
/// text for emphasis, charts placed at a scale, links).
public final class PDFPageCanvas: Canvas {
    let cr: OpaquePointer
    let base: CairoCanvas
    let fontFamily: String
    let italicLayout: OpaquePointer
    let italicContext: OpaquePointer
    var italicFonts: [Font: OpaquePointer] = [:]

    let figures: FigureLog

    init(cr: OpaquePointer, fontFamily: String, figures: FigureLog, missingGlyphs: MissingGlyphs?) {
        self.cr = cr
        self.fontFamily = fontFamily
        self.figures = figures
        base = CairoCanvas(cairo: cr, fontFamily: fontFamily)
        base.missingGlyphs = missingGlyphs
        (italicContext, italicLayout) = makeTextLayout(cr)
    }

    deinit {
        for d in italicFonts.values { pango_font_description_free(d) }
        g_object_unref(UnsafeMutableRawPointer(italicLayout))
        g_object_unref(UnsafeMutableRawPointer(italicContext))
    }

    public func fill(_ rect: Rect, color: Color) { base.fill(rect, color: color) }
    public func line(from start: Point, to end: Point, color: Color, width: Double, dash: [Double]) {
        base.line(from: start, to: end, color: color, width: width, dash: dash)
    }
    public func stroke(_ points: [Point], color: Color, width: Double) { base.stroke(points, color: color, width: width) }
    public func fill(_ polygon: [Point], color: Color) { base.fill(polygon, color: color) }
    public func fillCircle(center: Point, radius: Double, color: Color) {
        base.fillCircle(center: center, radius: radius, color: color)
    }
    public func text(_ string: String, at point: Point, font: Font, color: Color, anchor: TextAnchor) {
        base.text(string, at: point, font: font, color: color, anchor: anchor)
    }
    public func measure(_ string: String, font: Font) -> TextMetrics { base.measure(string, font: font) }
    public func pushClip(_ rect: Rect) { base.pushClip(rect) }
    public func popClip() { base.popClip() }
    public func image(file: String, in rect: Rect) { base.image(file: file, in: rect) }

    func italicDescription(_ font: Font) -> OpaquePointer {
        if let d = italicFonts[font] { return d }
        let d = pango_font_description_new()!
        pango_font_description_set_family(d, font.family ?? fontFamily)
        pango_font_description_set_weight(d, font.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(d, PANGO_STYLE_ITALIC)
        pango_font_description_set_absolute_size(d, font.size * Double(PANGO_SCALE))
        italicFonts[font] = d
        return d
    }

    func italicExtents(_ string: String, _ font: Font) -> (x: Double, y: Double, width: Double, height: Double, baseline: Double) {
        pango_layout_set_font_description(italicLayout, italicDescription(font))
        pango_layout_set_text(italicLayout, DrawnText.sanitized(string), -1)
        var logical = PangoRectangle()
        pango_layout_get_extents(italicLayout, nil, &logical)
        let s = Double(PANGO_SCALE)
        return (Double(logical.x) / s, Double(logical.y) / s, Double(logical.width) / s, Double(logical.height) / s,
                Double(pango_layout_get_baseline(italicLayout)) / s)
    }

    /// Text in italics, for emphasis in report notes; otherwise like ``text(_:at:font:color:anchor:)``.
    public func text(_ string: String, at point: Point, font: Font, italic: Bool, color: Color, anchor: TextAnchor) {
        guard italic else { return text(string, at: point, font: font, color: color, anchor: anchor) }
        let e = italicExtents(string, font)
        let metrics = TextMetrics(width: e.width, ascent: e.baseline - e.y, descent: e.height - (e.baseline - e.y))
        let box = metrics.box(at: point, anchor: anchor)
        base.missingGlyphs?.check(italicLayout, text: DrawnText.sanitized(string))
        base.set(color)
        cairo_move_to(cr, box.x - e.x, box.y - e.y)
        pango_cairo_show_layout(cr, italicLayout)
        cairo_new_path(cr)
    }

    public func measure(_ string: String, font: Font, italic: Bool) -> TextMetrics {
        guard italic else { return measure(string, font: font) }
        return LongText.measure(string) { piece in
            let e = italicExtents(piece, font)
            return TextMetrics(width: e.width, ascent: e.baseline - e.y, descent: e.height - (e.baseline - e.y))
        }
    }

    /// Draws `body` with chart units mapped onto the page: `origin` is where the chart's
    /// top-left corner goes, `scale` how many points one chart unit takes. Charts are
    /// laid out at screen sizes (1200 units wide) and shrunk onto paper this way, so the
    /// PDF and the web PNG are the same chart.
    ///
    /// - Parameter alt: the drawing's description for readers who cannot see it: the
    ///   drawing becomes a `Figure` of the tagged PDF with this `/Alt`.
    public func drawScaled(origin: Point, scale: Double, alt: String? = nil, _ body: (Canvas) -> Void) {
        let tagged = alt != nil && Accessibility.pdfStructureTags
        if tagged, let alt {
            cairo_tag_begin(cr, "Figure", "")
            figures.alts.append(alt)
        }
        defer { if tagged { cairo_tag_end(cr, "Figure") } }
        cairo_save(cr)
        cairo_translate(cr, origin.x, origin.y)
        cairo_scale(cr, scale, scale)
        let inner = CairoCanvas(cairo: cr, fontFamily: fontFamily)
        inner.missingGlyphs = base.missingGlyphs
        body(inner)
        cairo_restore(cr)
    }

    /// Makes `rect` a link to `y` points from the top of `page` (1-based); tables of
    /// contents use it.
    public func link(_ rect: Rect, toPage page: Int, y: Double) {
        let attributes = "rect=[\(formatted(rect.x)) \(formatted(rect.y)) \(formatted(rect.width)) \(formatted(rect.height))] "
            + "page=\(page) pos=[0 \(formatted(y))]"
        cairo_tag_begin(cr, CAIRO_TAG_LINK, attributes)
        cairo_tag_end(cr, CAIRO_TAG_LINK)
    }
}
