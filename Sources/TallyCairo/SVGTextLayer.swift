import TallyCharts

/// Adds the chart's words to an SVG as real, invisible `<text>`.
///
/// Cairo's SVG surface draws text as glyph outlines (`<symbol>` paths): the look is
/// exact on every machine because the font travels with the file, but a reader cannot
/// select, search or hear the words. A transparent text layer over the outlines, each
/// string stretched to its drawn box with `textLength`, gives them back, the same way
/// scanned PDFs carry an invisible text layer over the image.
enum SVGTextLayer {
    static func insert(_ texts: [(text: String, box: Rect, font: Font)], fontFamily: String, into svg: [UInt8]) -> [UInt8] {
        let closing = Array("</svg>".utf8)
        guard !texts.isEmpty, let end = lastIndex(of: closing, in: svg) else { return svg }
        // Left to right whatever the page around it says: each string starts at its
        // box's left edge, the anchor `start` means. Inline in a right-to-left page an
        // inherited `direction: rtl` made `start` the right end, and every string lay
        // its own width left of its glyphs (review15 item 4). The words inside keep
        // their order: they carry their own isolates and marks.
        var layer = "<g id=\"text-layer\" style=\"fill:#000000;fill-opacity:0;direction:ltr;font-family:"
        layer += escape(fontFamily) + "\">\n"
        for t in texts {
            // The text as drawn: `DrawnText.sanitized` already put U+FFFD for controls
            // and noncharacters, so the layer says what the outlines show; `escape`
            // still guards what XML cannot hold.
            let visible = t.text
            guard !visible.isEmpty else { continue }
            let baseline = t.box.y + t.box.height * 0.78
            layer += "<text x=\"" + number(t.box.x) + "\" y=\"" + number(baseline) + "\" font-size=\"" + number(t.font.size) + "\""
            if t.font.weight == .bold { layer += " font-weight=\"bold\"" }
            layer += " textLength=\"" + number(t.box.width) + "\" lengthAdjust=\"spacingAndGlyphs\">"
            layer += escape(visible) + "</text>\n"
        }
        layer += "</g>\n"
        var out = Array(svg[..<end])
        out.append(contentsOf: layer.utf8)
        out.append(contentsOf: svg[end...])
        return out
    }

    static func lastIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        var i = bytes.count - needle.count
        while i >= 0 {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i -= 1
        }
        return nil
    }

    /// Two decimals, no trailing zeros: stable text for stable bytes.
    static func number(_ v: Double) -> String {
        let hundredths = Int64((v * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let m = hundredths.magnitude
        let whole = String(m / 100)
        let frac = m % 100
        if frac == 0 { return sign + whole }
        let two = frac < 10 ? "0" + String(frac) : String(frac)
        return sign + whole + "." + (two.hasSuffix("0") ? String(two.dropLast()) : two)
    }

    /// Escapes markup and replaces every character XML 1.0 cannot hold, even as a
    /// character reference (C0 controls other than tab, LF and CR; U+FFFE and U+FFFF),
    /// with U+FFFD: a name with such a character still gives an SVG every parser and
    /// browser reads. (Swift strings never hold lone surrogates, the other excluded range.)
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                if isXMLCharacter(ch) { out.unicodeScalars.append(ch) } else { out.unicodeScalars.append("\u{FFFD}") }
            }
        }
        return out
    }

    /// XML 1.0 `Char`: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
    static func isXMLCharacter(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
