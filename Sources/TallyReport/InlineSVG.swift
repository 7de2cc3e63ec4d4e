/// Cairo's SVG of a chart made into an element of an HTML page (issue 15, item 1).
///
/// Every chart Cairo writes names its glyphs `glyph0-1`, `glyph0-2` … and its page group
/// `surface1`, and tally's own `<title>`, `<desc>` and text layer are `chart-title`,
/// `chart-desc`, `text-layer`: two charts inlined in one page would share those ids, and
/// a browser then draws the first chart's glyphs in the second (the wrong letters) and
/// reads the first chart's title for both. Every id of the SVG, and every reference to
/// one (`href="#…"`, `xlink:href="#…"`, `url(#…)`, `aria-labelledby`,
/// `aria-describedby`), gets a prefix unique to the chart in the page.
///
/// Only markup is rewritten: text between tags (labels, the title and description,
/// all escaped, so they hold no `<`) is copied as it is, even when it reads `url(#x)`.
enum InlineSVG {
    /// `svg` (as ``TallyCairo/ChartRenderer`` writes it) without its XML declaration and
    /// namespace declarations,
    /// its size in CSS pixels (`width="800" height="450"`, the units of its `viewBox`)
    /// and every id prefixed with `prefix` (which must be a valid id start, e.g. `c2w-`).
    static func element(_ svg: [UInt8], prefix: String) -> String {
        var text = String(decoding: svg, as: UTF8.self)
        if let start = text.range(of: "<svg") { text = String(text[start.lowerBound...]) }
        let ids = identifiers(in: text)
        var out = ""
        out.reserveCapacity(text.utf8.count + ids.count * 8)
        var rest = Substring(text)
        var first = true
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ">") else { out += rest[open...]; rest = ""; break }
            var tag = String(rest[open ... close])
            if first && tag.hasPrefix("<svg") {
                // The HTML parser puts `svg` and `xlink:href` in their namespaces itself.
                for ns in [" xmlns=\"http://www.w3.org/2000/svg\"", " xmlns:xlink=\"http://www.w3.org/1999/xlink\""] {
                    tag = tag.replacingOccurrences(of: ns, with: "")
                }
                tag = pixelSize(tag)
                first = false
            }
            out += rewrite(tag, ids: ids, prefix: prefix)
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        while out.hasSuffix("\n") { out.removeLast() }
        return out
    }

    /// The values of every `id="…"` attribute in the tags of `svg`.
    static func identifiers(in svg: String) -> Set<String> {
        var ids: Set<String> = []
        var rest = Substring(svg)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[open ... close]
            var t = tag
            while let r = t.range(of: " id=\"") {
                let valueStart = r.upperBound
                guard let end = t[valueStart...].firstIndex(of: "\"") else { break }
                ids.insert(String(t[valueStart ..< end]))
                t = t[t.index(after: end)...]
            }
            rest = rest[rest.index(after: close)...]
        }
        return ids
    }

    /// One tag with its ids and references to them prefixed.
    static func rewrite(_ tag: String, ids: Set<String>, prefix: String) -> String {
        guard tag.contains("id=") || tag.contains("#") || tag.contains("aria-") else { return tag }
        var out = ""
        var i = tag.startIndex
        // Attribute values: `name="value"`; tags Cairo writes quote every value with `"`.
        while i < tag.endIndex {
            guard let eq = tag[i...].range(of: "=\"") else { out += tag[i...]; break }
            let nameStart = tag[..<eq.lowerBound].lastIndex(where: { $0 == " " || $0 == "\n" || $0 == "\t" })
                .map { tag.index(after: $0) } ?? eq.lowerBound
            let name = tag[nameStart ..< eq.lowerBound]
            guard let end = tag[eq.upperBound...].firstIndex(of: "\"") else { out += tag[i...]; break }
            let value = String(tag[eq.upperBound ..< end])
            out += tag[i ..< eq.upperBound]
            switch name {
            case "id":
                out += prefix + value
            case "href", "xlink:href":
                out += value.hasPrefix("#") && ids.contains(String(value.dropFirst())) ? "#" + prefix + value.dropFirst() : value
            case "aria-labelledby", "aria-describedby":
                out += value.split(separator: " ").map { ids.contains(String($0)) ? prefix + $0 : String($0) }.joined(separator: " ")
            default:
                out += urlReferences(value, ids: ids, prefix: prefix)
            }
            out += "\""
            i = tag.index(after: end)
        }
        return out
    }

    /// `url(#x)` inside an attribute value (`clip-path`, `mask`, `fill`, `style`).
    static func urlReferences(_ value: String, ids: Set<String>, prefix: String) -> String {
        guard value.contains("url(#") else { return value }
        var out = ""
        var rest = Substring(value)
        while let r = rest.range(of: "url(#") {
            out += rest[..<r.upperBound]
            rest = rest[r.upperBound...]
            if let close = rest.firstIndex(of: ")"), ids.contains(String(rest[..<close])) { out += prefix }
        }
        out += rest
        return out
    }

    /// `width="800pt" height="450pt"` as CSS pixels: one SVG unit is one pixel at the
    /// page's widest, and the stylesheet scales it down on narrower screens.
    static func pixelSize(_ tag: String) -> String {
        var t = tag
        for name in [" width=\"", " height=\""] {
            guard let r = t.range(of: name), let end = t[r.upperBound...].firstIndex(of: "\"") else { continue }
            let value = t[r.upperBound ..< end]
            if value.hasSuffix("pt") { t.replaceSubrange(r.upperBound ..< end, with: value.dropLast(2)) }
        }
        return t
    }
}

/// The glyph outlines of every chart of a page, each distinct outline once.
///
/// Cairo writes a chart's glyphs as `<symbol>`s that its text `<use>`s; the charts of one
/// brief share fonts and sizes, and every chart is inlined twice (wide and narrow), so
/// most outlines repeat (the Syria brief: 864 symbols, 298 distinct, 648 KB of 1.0 MB).
/// ``take(_:)`` moves a chart's symbols here, keeps the first of each outline, and
/// points the chart's references at the kept one; ``markup`` is a hidden sprite `<svg>`
/// for the page to hold once (outside the charts, so a chart hidden at this width does
/// not hide the glyphs another chart uses).
struct GlyphSprite {
    private(set) var symbols: [String] = []
    /// A symbol's markup without its id → the id kept for it.
    private var kept: [String: String] = [:]

    /// `element` (from ``InlineSVG/element(_:prefix:)``) without its `<symbol>`s, its
    /// references to them pointing at the sprite's.
    mutating func take(_ element: String) -> String {
        // On UTF-8 bytes: searching a String's substrings went through UTF-16 offsets and
        // took 1.2 s of the Syria brief's 2.2 s.
        let bytes = Array(element.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var renamed: [String: String] = [:]
        var i = 0
        while let open = Self.find(Self.symbolOpen, in: bytes, from: i),
              let close = Self.find(Self.symbolClose, in: bytes, from: open) {
            let end = close + Self.symbolClose.count
            let symbol = bytes[open ..< end]
            guard let idAt = Self.find(Self.idAttribute, in: bytes, from: open), idAt < end,
                  let quote = bytes[(idAt + Self.idAttribute.count) ..< end].firstIndex(of: UInt8(ascii: "\"")) else {
                out += bytes[i ..< end]
                i = end
                continue
            }
            out += bytes[i ..< open]
            let id = String(decoding: bytes[(idAt + Self.idAttribute.count) ..< quote], as: UTF8.self)
            let body = String(decoding: bytes[open ..< idAt], as: UTF8.self) + String(decoding: bytes[(quote + 1) ..< end], as: UTF8.self)
            if let first = kept[body] {
                renamed[id] = first
            } else {
                kept[body] = id
                symbols.append(String(decoding: symbol, as: UTF8.self))
            }
            i = end
            // The line break after the symbol goes with it.
            if i < bytes.count, bytes[i] == UInt8(ascii: "\n") { i += 1 }
        }
        out += bytes[i...]
        guard !renamed.isEmpty else { return String(decoding: out, as: UTF8.self) }
        // References are whole attribute values (`xlink:href="#s2n-glyph0-3"`): matched
        // up to the closing quote, so `glyph0-1` never rewrites `glyph0-10`.
        var result: [UInt8] = []
        result.reserveCapacity(out.count)
        var j = 0
        while let h = Self.find(Self.reference, in: out, from: j) {
            let start = h + Self.reference.count
            result += out[j ..< start]
            j = start
            guard let quote = out[start...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            let id = String(decoding: out[start ..< quote], as: UTF8.self)
            if let kept = renamed[id] { result += Array(kept.utf8) } else { result += out[start ..< quote] }
            j = quote
        }
        result += out[j...]
        return String(decoding: result, as: UTF8.self)
    }

    static let symbolOpen = Array("<symbol ".utf8), symbolClose = Array("</symbol>".utf8)
    static let idAttribute = Array(" id=\"".utf8), reference = Array("href=\"#".utf8)

    /// Where `needle` first occurs in `bytes` at or after `from`.
    static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var i = from
        let last = bytes.count - needle.count
        while i <= last {
            if bytes[i] == first, bytes[i ..< i + needle.count].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// The sprite: an SVG of no size, hidden from screen readers, holding the kept
    /// symbols; empty when no chart had any.
    var markup: String {
        guard !symbols.isEmpty else { return "" }
        return "<svg class=\"glyphs\" width=\"0\" height=\"0\" aria-hidden=\"true\" focusable=\"false\">\n<defs>\n"
            + symbols.joined(separator: "\n") + "\n</defs>\n</svg>"
    }
}
