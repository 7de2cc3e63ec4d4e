import CCairo
import TallyCharts

/// The output formats a chart can be written in, chosen by the file's extension.
public enum ChartFormat: String, Sendable, CaseIterable {
    case png, pdf, svg

    /// `nil` for any other extension: the caller reports a usage error before any file
    /// is touched.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(rawValue: path[path.index(after: dot)...].lowercased())
    }
}

/// How to render: the size in chart units (PNG pixels at scale 1, PDF and SVG points).
public struct RenderOptions: Sendable, Equatable {
    public var width: Int
    public var height: Int
    /// PNG pixel density: a 1200×675 chart at scale 2 is 2400×1350 pixels. Ignored by
    /// the vector formats.
    public var scale: Int
    public var theme: Theme
    public var fontFamily: String

    public static let defaultFont = "DejaVu Sans"

    public init(width: Int = 1200, height: Int = 675, scale: Int = 1, theme: Theme = .light,
                fontFamily: String = RenderOptions.defaultFont) {
        self.width = width; self.height = height; self.scale = scale; self.theme = theme
        self.fontFamily = fontFamily
    }
}

public struct RenderError: Error, Sendable, CustomStringConvertible {
    public let description: String
    /// Whether the output was refused because some text has characters no installed
    /// font draws (commands exit 69, as for no usable font at all), rather than
    /// because drawing or encoding failed.
    public let isMissingGlyphs: Bool

    public init(description: String) {
        self.description = description
        isMissingGlyphs = false
    }

    init(missingGlyphs: MissingGlyphs) {
        description = missingGlyphs.message
        isMissingGlyphs = true
    }
}

/// Renders charts to PNG, PDF or SVG bytes.
///
/// Everything goes through Cairo's stream API into memory, so a file is only written
/// once the whole chart succeeded, and so the bytes can be made reproducible first
/// (PDF dates fixed, SVG ids renumbered).
public enum ChartRenderer {
    /// A fixed creation date: the same chart from the same data must give the same bytes,
    /// and a wall-clock date would differ on every run.
    public static let pdfDate = "2000-01-01T00:00:00Z"

    /// `pngText`: more `iTXt` chunks (keyword, text) for a PNG, after `Title` and
    /// `Description` (a report names the spec and period that wrote the chart).
    public static func render(_ chart: some ChartDrawing, format: ChartFormat, options: RenderOptions,
                              title: String = "", pngText: [(keyword: String, text: String)] = []) throws(RenderError) -> [UInt8] {
        guard options.width > 0, options.height > 0, options.scale > 0,
              options.width * options.scale <= 32767, options.height * options.scale <= 32767 else {
            throw RenderError(description: "chart size \(options.width)×\(options.height) at scale \(options.scale) is out of range")
        }
        if format == .png, let problem = pngSizeProblem(width: options.width, height: options.height, scale: options.scale) {
            throw RenderError(description: problem)
        }
        let sink = ByteSink()
        let size = Size(width: Double(options.width), height: Double(options.height))
        let surface: OpaquePointer
        switch format {
        case .png:
            surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(options.width * options.scale),
                                                 Int32(options.height * options.scale))
        case .pdf:
            surface = cairo_pdf_surface_create_for_stream(byteSinkWrite, Unmanaged.passUnretained(sink).toOpaque(),
                                                          size.width, size.height)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, pdfDate)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, pdfDate)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "tally")
            if !title.isEmpty { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, DrawnText.sanitized(title)) }
        case .svg:
            surface = cairo_svg_surface_create_for_stream(byteSinkWrite, Unmanaged.passUnretained(sink).toOpaque(),
                                                          size.width, size.height)
            cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PT)
        }
        defer { cairo_surface_destroy(surface) }
        // A PNG's top rows are compressed while its bottom rows are drawn; the surface
        // outlives those bands (this defer runs before the one above).
        var encoder: PNGWriter.Encoder? = nil
        defer { encoder?.wait() }
        let cr = cairo_create(surface)!
        if format == .png { cairo_scale(cr, Double(options.scale), Double(options.scale)) }
        var texts: [(text: String, box: Rect, font: Font)] = []
        var problem: String? = nil
        let missingGlyphs = MissingGlyphs()
        do {
            let canvas = CairoCanvas(cairo: cr, fontFamily: options.fontFamily)
            // Nothing is cut silently: a chart whose words or bars do not fit the size is
            // refused, not drawn over itself (the commands grow the size instead).
            problem = chart.fit(width: size.width, theme: options.theme, canvas: canvas)
                .problem(width: size.width, height: size.height)
            if problem == nil {
                if format == .svg { canvas.textLog = [] }
                // The whole chart is one figure of a tagged PDF, so its /Alt can be added.
                // The clip keeps Cairo from dropping the tag: an opaque fill of the whole
                // page (the background) otherwise discards every command recorded before
                // it, the tag's start too, and the PDF fails with "invalid nesting".
                let tagged = format == .pdf && Accessibility.pdfStructureTags
                if tagged {
                    cairo_tag_begin(cr, "Figure", "")
                    cairo_save(cr)
                    cairo_rectangle(cr, 0, 0, size.width, size.height)
                    cairo_clip(cr)
                }
                canvas.missingGlyphs = missingGlyphs
                let rows = options.height * options.scale
                if format == .png, chart is TimelineChart || chart is SmallMultiples,
                   let split = ParallelDeflate.pipelineSplit(rows: rows) {
                    // Drawn in two passes, each clipped to its rows (on pixel edges, so
                    // every pixel is what one pass draws); the top rows are compressed on
                    // another core while the bottom rows are drawn. Timelines only: their
                    // translucent bands make drawing cost as much as compressing (1200×675:
                    // 10.7 → 9.4 ms); a bar chart draws in a third of its time and the
                    // second pass cost it more than it saved (3.3 → 3.55 ms).
                    let e = PNGWriter.Encoder(surface)
                    encoder = e
                    drawRows(0 ..< split, width: options.width * options.scale, cr: cr) {
                        chart.draw(on: canvas, size: size, theme: options.theme)
                    }
                    e.rowsDrawn(split)
                    drawRows(split ..< rows, width: options.width * options.scale, cr: cr) {
                        chart.draw(on: canvas, size: size, theme: options.theme)
                    }
                } else {
                    chart.draw(on: canvas, size: size, theme: options.theme)
                }
                if tagged {
                    cairo_restore(cr)
                    cairo_tag_end(cr, "Figure")
                }
                texts = canvas.textLog ?? []
            }
        }
        if let problem {
            cairo_destroy(cr)
            throw RenderError(description: problem)
        }
        let drawStatus = cairo_status(cr)
        cairo_destroy(cr)
        guard missingGlyphs.isEmpty else { throw RenderError(missingGlyphs: missingGlyphs) }
        guard drawStatus == CAIRO_STATUS_SUCCESS else { throw RenderError(description: cairoMessage(drawStatus)) }
        if format == .png {
            let status = cairo_surface_status(surface)
            guard status == CAIRO_STATUS_SUCCESS else { throw RenderError(description: cairoMessage(status)) }
            let text = [("Title", title.isEmpty ? chart.headline : title), ("Description", chart.altText)] + pngText
            return try (encoder ?? PNGWriter.Encoder(surface)).finish(text: text)
        }
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw RenderError(description: cairoMessage(status)) }
        if format == .pdf {
            return Accessibility.pdfStructureTags ? try Accessibility.addFigureAlt([chart.altText], to: sink.bytes) : sink.bytes
        }
        let svg = SVGTextLayer.insert(texts, fontFamily: options.fontFamily, into: SVGIdentifiers.renumber(sink.bytes))
        return Accessibility.labelSVG(svg, title: title.isEmpty ? chart.headline : title, description: chart.altText)
    }

    /// The most pixels a PNG may have: 64 Mi (256 MiB of raster at 4 bytes a pixel, the
    /// bulk of the memory a render takes). 1200×675 at `--scale` 8 is 52 M; 16000×16000
    /// at scale 2 (1 G pixels, 4 GB) is refused before anything is allocated.
    public static let maxPNGPixels = 1 << 26

    /// Why a PNG of this size is refused, or `nil` when it is within ``maxPNGPixels``.
    public static func pngSizeProblem(width: Int, height: Int, scale: Int) -> String? {
        let (w, o1) = width.multipliedReportingOverflow(by: scale)
        let (h, o2) = height.multipliedReportingOverflow(by: scale)
        let (pixels, o3) = w.multipliedReportingOverflow(by: h)
        guard o1 || o2 || o3 || pixels > maxPNGPixels else { return nil }
        return "a PNG of \(width)×\(height) at scale \(scale) would have \(o3 ? "too many" : String(pixels)) pixels; "
            + "the limit is \(maxPNGPixels) (64 Mi pixels, 256 MiB of memory): use a smaller size or scale, "
            + "or a .pdf or .svg file, which have no pixels"
    }

    /// The room `chart` needs at `width`, measured with the fonts it will be drawn in.
    public static func fit(_ chart: some ChartDrawing, width: Int, theme: Theme,
                           fontFamily: String = RenderOptions.defaultFont) -> ChartFit {
        measuring(fontFamily: fontFamily) { chart.fit(width: Double(width), theme: theme, canvas: $0) }
    }

    /// Runs `body` with a canvas that measures text as the renderers will (Pango, the
    /// same font options), on a 1×1 surface nothing is drawn to.
    public static func measuring<T>(fontFamily: String = RenderOptions.defaultFont, _ body: (Canvas) -> T) -> T {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 1, 1)!
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        let canvas = CairoCanvas(cairo: cr, fontFamily: fontFamily)
        return body(canvas)
    }

    static func cairoMessage(_ status: cairo_status_t) -> String {
        "cairo: " + String(cString: cairo_status_to_string(status))
    }
}

/// Collects what Cairo writes through its stream callbacks.
final class ByteSink {
    var bytes: [UInt8] = []
    init() { bytes.reserveCapacity(64 * 1024) }
}

private let byteSinkWrite: cairo_write_func_t = { closure, data, length in
    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
    sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    return CAIRO_STATUS_SUCCESS
}

extension ChartRenderer {
    /// Runs `draw` clipped to device rows `rows` (whole pixels whatever the scale).
    static func drawRows(_ rows: Range<Int>, width: Int, cr: OpaquePointer, _ draw: () -> Void) {
        cairo_save(cr)
        var m = cairo_matrix_t()
        cairo_get_matrix(cr, &m)
        cairo_identity_matrix(cr)
        cairo_rectangle(cr, 0, Double(rows.lowerBound), Double(width), Double(rows.count))
        cairo_clip(cr)
        cairo_set_matrix(cr, &m)
        draw()
        cairo_restore(cr)
    }
}
