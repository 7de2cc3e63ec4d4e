import CCairo
import CRsvg
import TallyCharts
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A style file's SVG logo, drawn with librsvg (issue 13, item 7).
///
/// The logo is drawn as what it is: vector paths in a PDF or SVG chart, rasterised at
/// the chart's own scale in a PNG, never a bitmap scaled up. librsvg parses the file
/// from memory with no base location, so it never reads another file or the network,
/// and its output depends on nothing but the file (same bytes every run).
///
/// Refused, each with what to do (``problem(_:)``):
/// - text (`<text>`): librsvg would draw it in whatever font this machine has under
///   that family's name, silently, where tally refuses a missing family; a logo's
///   lettering must be paths (Inkscape: Path > Object to Path);
/// - a reference to another file or address (`href="logo.png"`, `url(http…)`,
///   `@import`): it would be left out without a word; embed it (`data:`) instead;
/// - a file librsvg cannot read, one over ``maximumBytes``, or one with no size (no
///   `width`/`height` and no `viewBox`).
public enum SVGLogo {
    /// Logos are small; a larger file is more likely a map or a photo saved as SVG.
    public static let maximumBytes = 4 << 20

    /// The logo's size in CSS pixels (its `width` and `height`, or its `viewBox`), or
    /// why it cannot be a logo.
    public static func size(_ path: String) -> Result<Size, SVGLogoError> {
        switch load(path) {
        case let .failure(e): return .failure(e)
        case let .success(loaded):
            defer { g_object_unref(UnsafeMutableRawPointer(loaded.handle)) }
            return .success(loaded.size)
        }
    }

    /// The logo's size and the shape of what is drawn in it (``Loaded/drawn``), or why
    /// it cannot be a logo.
    public static func shape(_ path: String) -> Result<(size: Size, drawn: Size), SVGLogoError> {
        switch load(path) {
        case let .failure(e): return .failure(e)
        case let .success(loaded):
            defer { g_object_unref(UnsafeMutableRawPointer(loaded.handle)) }
            return .success((loaded.size, loaded.drawn))
        }
    }

    struct Loaded {
        let handle: OpaquePointer
        let size: Size
        /// The shape the marks are drawn in: the `viewBox`, fitted into `size` keeping
        /// its shape (any `preserveAspectRatio` but `none`), else `size` itself. A
        /// 100×100 logo with `viewBox="0 0 100000 1"` draws a 100×0.001 hairline.
        let drawn: Size
    }

    /// The root `<svg>` element's `preserveAspectRatio` value (lower case), if any.
    static func preserveAspectRatio(_ lower: String) -> String? {
        guard let open = lower.range(of: "<svg") ?? lower.range(of: ":svg") else { return nil }
        let tag = lower[open.upperBound...].prefix { $0 != ">" }
        guard let key = tag.range(of: "preserveaspectratio") else { return nil }
        let rest = tag[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard let q = rest.first, q == "\"" || q == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != q })
    }

    /// The parsed logo; the caller releases `handle` (`g_object_unref`).
    static func load(_ path: String) -> Result<Loaded, SVGLogoError> {
        guard let file = fopen(path, "rb") else { return .failure(.init("cannot be read")) }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n == 0 { break }
            bytes += buffer[0..<n]
            if bytes.count > maximumBytes {
                return .failure(.init("is larger than \(maximumBytes >> 20) MB, more than a logo needs; simplify it or use a PNG"))
            }
        }
        if let p = problem(bytes) { return .failure(p) }
        var error: UnsafeMutablePointer<GError>? = nil
        let handle = bytes.withUnsafeBufferPointer { rsvg_handle_new_from_data($0.baseAddress, gsize($0.count), &error) }
        guard let handle else {
            let message = (error.map { String(cString: $0.pointee.message) } ?? "unknown error")
                .split(whereSeparator: \.isNewline).joined(separator: " ")
            if let error { g_error_free(error) }
            return .failure(.init("is not an SVG file librsvg can read (\(message))"))
        }
        rsvg_handle_set_dpi(handle, 96)
        var w = 0.0, h = 0.0
        if rsvg_handle_get_intrinsic_size_in_pixels(handle, &w, &h) == 0 || !(w > 0 && h > 0) {
            var hasWidth: gboolean = 0, hasHeight: gboolean = 0, hasBox: gboolean = 0
            var width = RsvgLength(), height = RsvgLength(), box = RsvgRectangle()
            rsvg_handle_get_intrinsic_dimensions(handle, &hasWidth, &width, &hasHeight, &height, &hasBox, &box)
            if hasBox != 0 { (w, h) = (box.width, box.height) } else { (w, h) = (0, 0) }
        }
        guard w > 0, h > 0, w.isFinite, h.isFinite else {
            g_object_unref(UnsafeMutableRawPointer(handle))
            return .failure(.init("has no size: give its <svg> element width and height, or a viewBox"))
        }
        var hasWidth: gboolean = 0, hasHeight: gboolean = 0, hasBox: gboolean = 0
        var width = RsvgLength(), height = RsvgLength(), box = RsvgRectangle()
        rsvg_handle_get_intrinsic_dimensions(handle, &hasWidth, &width, &hasHeight, &height, &hasBox, &box)
        var drawn = Size(width: w, height: h)
        let aspect = preserveAspectRatio(withoutComments(String(decoding: bytes, as: UTF8.self).lowercased()))
        if hasBox != 0, box.width > 0, box.height > 0, box.width.isFinite, box.height.isFinite,
           !(aspect?.split(separator: " ").contains("none") ?? false) {
            drawn = Size(width: box.width, height: box.height)
        }
        return .success(Loaded(handle: OpaquePointer(handle), size: Size(width: w, height: h), drawn: drawn))
    }

    /// What in the file's text makes it unfit to be drawn as a logo, or `nil`.
    static func problem(_ bytes: [UInt8]) -> SVGLogoError? {
        // Comments say anything ("<text> is not allowed here"); they draw nothing.
        let lower = withoutComments(String(decoding: bytes, as: UTF8.self).lowercased())
        // `<text`, `<svg:text`, `<textPath`, `<tref`: lettering drawn from a font. A
        // CDATA section's text is character data, not elements (a style sheet or script
        // that mentions `<text>`), so it is left out here; its `url(…)` and `@import`
        // still count below, since a style sheet in CDATA is read.
        if elementNames(withoutSections(lower, open: "<![cdata[", close: "]]>")).contains(where: { ["text", "textpath", "tref"].contains($0) }) {
            return .init("has text (<text>), which would be drawn in whatever font this machine has; "
                         + "convert the text to paths (Inkscape: select all, Path > Object to Path; then save) or use a PNG")
        }
        // A reference to anything outside the file: drawn without it, silently.
        for reference in references(lower) where !(reference.hasPrefix("#") || reference.hasPrefix("data:") || reference.isEmpty) {
            return .init("refers to \"\(reference.prefix(80))\" outside the file, which would not be drawn; "
                         + "embed it in the SVG (as a data: URL) or use a PNG")
        }
        if lower.contains("@import") {
            return .init("imports a style sheet (@import), which would not be read; put the styles in the file or use a PNG")
        }
        return nil
    }

    /// `text` without its `<!-- … -->` comments.
    static func withoutComments(_ text: String) -> String {
        withoutSections(text, open: "<!--", close: "-->")
    }

    /// `text` without every section from `opening` to the next `closing` (an unclosed
    /// one runs to the end).
    static func withoutSections(_ text: String, open opening: String, close closing: String) -> String {
        let u = Array(text.utf8)
        let open = Array(opening.utf8), close = Array(closing.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(u.count)
        var i = 0
        while i < u.count {
            if u[i] == open[0], i + open.count <= u.count, Array(u[i..<(i + open.count)]) == open {
                var j = i + open.count
                while j + close.count <= u.count, Array(u[j..<(j + close.count)]) != close { j += 1 }
                i = j + close.count
            } else {
                out.append(u[i]); i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The local name of every element start tag (`<svg:text x=…>` is `text`).
    static func elementNames(_ lower: String) -> Set<String> {
        var names: Set<String> = []
        let u = Array(lower.utf8)
        var i = 0
        while i < u.count {
            if u[i] == UInt8(ascii: "<") {
                var j = i + 1
                while j < u.count, u[j] >= 0x61 && u[j] <= 0x7A || u[j] >= 0x30 && u[j] <= 0x39 || u[j] == UInt8(ascii: ":")
                    || u[j] == UInt8(ascii: "-") || u[j] == UInt8(ascii: "_") || u[j] == UInt8(ascii: ".") { j += 1 }
                if j > i + 1 {
                    let name = String(decoding: u[(i + 1)..<j], as: UTF8.self)
                    names.insert(String(name.split(separator: ":").last ?? ""))
                }
                i = j
            } else {
                i += 1
            }
        }
        return names
    }

    /// The values of `href` attributes and `url(…)` references, trimmed.
    static func references(_ lower: String) -> [String] {
        let u = Array(lower.utf8)
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }
        func matches(_ word: [UInt8], at i: Int) -> Bool { i + word.count <= u.count && Array(u[i..<(i + word.count)]) == word }
        func trimmed(_ bytes: ArraySlice<UInt8>) -> String {
            String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        let href = Array("href".utf8), url = Array("url(".utf8)
        var out: [String] = []
        var i = 0
        while i < u.count {
            if matches(href, at: i) {
                var j = i + href.count
                while j < u.count, isSpace(u[j]) { j += 1 }
                if j < u.count, u[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < u.count, isSpace(u[j]) { j += 1 }
                    if j < u.count, u[j] == UInt8(ascii: "\"") || u[j] == UInt8(ascii: "'") {
                        let quote = u[j]
                        var k = j + 1
                        while k < u.count, u[k] != quote { k += 1 }
                        out.append(trimmed(u[(j + 1)..<k]))
                        i = k
                        continue
                    }
                }
                i += href.count
            } else if matches(url, at: i) {
                var k = i + url.count
                while k < u.count, u[k] != UInt8(ascii: ")") { k += 1 }
                var value = trimmed(u[(i + url.count)..<k])
                if let q = value.first, q == "\"" || q == "'" { value = String(value.dropFirst().prefix { $0 != q }) }
                out.append(value)
                i = k
            } else {
                i += 1
            }
        }
        return out
    }

    /// Draws the logo into `rect` on `cr`, keeping its shape, centred (the SVG's own
    /// `preserveAspectRatio`, by default `xMidYMid meet`).
    static func draw(_ handle: OpaquePointer, on cr: OpaquePointer, in rect: Rect) {
        var viewport = RsvgRectangle(x: rect.x, y: rect.y, width: rect.width, height: rect.height)
        var error: UnsafeMutablePointer<GError>? = nil
        cairo_save(cr)
        _ = rsvg_handle_render_document(UnsafeMutablePointer<RsvgHandle>(handle), cr, &viewport, &error)
        cairo_restore(cr)
        if let error { g_error_free(error) }
    }
}

/// A style file's PNG logo, checked by decoding it as the canvas will.
public enum PNGLogo {
    /// Why Cairo cannot draw the PNG at `path` (a file cut short or damaged: the canvas
    /// would draw nothing, exit 0), or `nil` when it decodes whole.
    public static func problem(_ path: String) -> String? {
        guard let surface = cairo_image_surface_create_from_png(path) else { return "cannot be read" }
        defer { cairo_surface_destroy(surface) }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            // Cairo's status for a short file is often "out of memory": not said, it misleads.
            return "cannot be decoded whole: the file is cut short or damaged and would not be drawn; "
                + "export the logo again as PNG"
        }
        return nil
    }
}

/// Why an SVG cannot be a logo, said after its path.
public struct SVGLogoError: Error, Equatable, Sendable, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}

private extension Substring {
    var trimmingSpaces: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
