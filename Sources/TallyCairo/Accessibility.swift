import CCairo

/// Puts a chart's headline and alt text (``TallyCharts/AltText``) where a reader's
/// tools look for them in each format (issue 13, item 9).
///
/// Cairo writes none of them: its SVG has no `<title>`, its PNG writer no text chunks,
/// and cairo 1.16 accepts a `Figure` structure tag but drops every attribute, so the
/// `/Alt` entry is added to the bytes Cairo wrote. Every step is a pure function of the
/// bytes and the text, so the files stay byte-reproducible.
public enum Accessibility {
    // MARK: SVG

    /// Adds `role="img"` and `aria-labelledby` to the root `<svg>` element, and `<title>`
    /// and `<desc>` as its first children (SVG 2 §5.10 and WAI-ARIA graphics: a screen
    /// reader announces the title and reads the description).
    public static func labelSVG(_ svg: [UInt8], title: String, description: String) -> [UInt8] {
        let open = Array("<svg".utf8)
        guard let start = firstIndex(of: open, in: svg, from: 0),
              let close = svg[start...].firstIndex(of: UInt8(ascii: ">")) else { return svg }
        let selfClosing = close > start && svg[close - 1] == UInt8(ascii: "/")
        let attributeEnd = selfClosing ? close - 1 : close
        var out = Array(svg[..<attributeEnd])
        out += Array(" role=\"img\" aria-labelledby=\"chart-title chart-desc\"".utf8)
        if selfClosing { return svg }  // an empty drawing: nothing to describe
        out.append(UInt8(ascii: ">"))
        // Sanitised as every drawn text is (DrawnText): the file holds what the picture shows.
        out += Array(("\n<title id=\"chart-title\">" + SVGTextLayer.escape(DrawnText.sanitized(title))
                      + "</title>\n<desc id=\"chart-desc\">" + SVGTextLayer.escape(DrawnText.sanitized(description))
                      + "</desc>").utf8)
        out += svg[(close + 1)...]
        return out
    }

    static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard bytes.count >= needle.count, from <= bytes.count - needle.count else { return nil }
        var i = from
        while i <= bytes.count - needle.count {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    // MARK: PNG

    /// An international text chunk (`iTXt`, PNG 3rd edition §11.3.3.5): keyword, no
    /// compression, no language tag, UTF-8 text. Keywords are Latin-1 of 1–79 bytes
    /// (`Title`, `Description` are registered ones); the text holds no NUL.
    static func iTXt(keyword: String, text: String) -> [UInt8] {
        var body = Array(keyword.utf8.prefix(79))
        body += [0, 0, 0]        // keyword end, compression flag, compression method
        body += [0, 0]           // empty language tag, empty translated keyword
        body += Array(DrawnText.sanitized(text).utf8).filter { $0 != 0 }
        return body
    }

    // MARK: PDF

    /// cairo 1.16 is the first with structure tags (`cairo_tag_begin` with `Figure`).
    public static var pdfStructureTags: Bool { cairo_version() >= 1_16_00 }

    /// Adds `/Alt` to each `Figure` structure element Cairo wrote, in document order
    /// (Cairo writes the structure tree depth first, children in the order they were
    /// tagged), and rewrites the cross-reference table for the shifted offsets.
    ///
    /// - Throws: when the PDF does not hold exactly one `Figure` element per text, or its
    ///   cross-reference table is not the single classic table Cairo writes: a figure
    ///   must never carry another figure's description.
    public static func addFigureAlt(_ alts: [String], to pdf: [UInt8]) throws(RenderError) -> [UInt8] {
        guard !alts.isEmpty else { return pdf }
        let marker = Array("<< /Type /StructElem\n   /S /Figure\n".utf8)
        var positions: [Int] = []
        var i = 0
        while let at = firstIndex(of: marker, in: pdf, from: i) {
            positions.append(at + marker.count)
            i = at + marker.count
        }
        guard positions.count == alts.count else {
            throw RenderError(description: "pdf: \(alts.count) figure descriptions for \(positions.count) tagged figures")
        }
        guard let xrefAt = startXref(pdf), xrefAt > (positions.last ?? 0),
              firstIndex(of: Array("xref\n".utf8), in: pdf, from: xrefAt) == xrefAt else {
            throw RenderError(description: "pdf: no cross-reference table where Cairo writes one")
        }
        var insertions: [(at: Int, bytes: [UInt8])] = zip(positions, alts).map { p, alt in
            (p, Array(("   /Alt " + pdfTextString(DrawnText.sanitized(alt)) + "\n").utf8))
        }
        // Readers use the structure tree only in a PDF marked as tagged; cairo 1.16
        // marks one written to a file but not one written to a stream.
        let catalog = Array("<< /Type /Catalog\n".utf8)
        if let c = firstIndex(of: catalog, in: pdf, from: 0), c < xrefAt,
           firstIndex(of: Array("/MarkInfo".utf8), in: pdf, from: c).map({ $0 > xrefAt }) ?? true {
            insertions.append((c + catalog.count, Array("   /MarkInfo << /Marked true >>\n".utf8)))
        }
        insertions.sort { $0.at < $1.at }
        var out: [UInt8] = []
        out.reserveCapacity(pdf.count + insertions.reduce(0) { $0 + $1.bytes.count })
        var shifts: [(at: Int, by: Int)] = []
        var from = 0
        for (p, bytes) in insertions {
            out += pdf[from..<p]
            out += bytes
            shifts.append((p, bytes.count))
            from = p
        }
        out += pdf[from..<xrefAt]
        let newXref = out.count
        func moved(_ offset: Int) -> Int { offset + shifts.filter { $0.at <= offset }.reduce(0) { $0 + $1.by } }
        // The table: "xref", then subsections "first count" with 20-byte entries, then
        // the trailer, whose "startxref\nN" must name where the table now starts.
        var lines = Array(pdf[xrefAt...].split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false))
        var k = 1
        var table = "xref\n"
        while k < lines.count, !lines[k].starts(with: Array("trailer".utf8)) {
            let head = lines[k].split(separator: UInt8(ascii: " ")).compactMap { Int(String(decoding: $0, as: UTF8.self)) }
            guard head.count == 2, head[1] >= 0, k + head[1] < lines.count else {
                throw RenderError(description: "pdf: unreadable cross-reference table")
            }
            table += String(head[0]) + " " + String(head[1]) + "\n"
            for e in lines[(k + 1)..<(k + 1 + head[1])] {
                let s = String(decoding: e, as: UTF8.self)
                guard s.utf8.count >= 18, let offset = Int(s.prefix(10)) else {
                    throw RenderError(description: "pdf: unreadable cross-reference entry")
                }
                let value = s.dropFirst(17).hasPrefix("n") ? moved(offset) : offset
                let digits = String(value)
                table += String(repeating: "0", count: max(0, 10 - digits.count)) + digits + s.dropFirst(10) + "\n"
            }
            k += head[1] + 1
        }
        guard k < lines.count else { throw RenderError(description: "pdf: no trailer") }
        out += Array(table.utf8)
        let trailer = lines[k...].joined(separator: [UInt8(ascii: "\n")])
        var tail = Array(trailer)
        let key = Array("startxref\n".utf8)
        guard let sx = SVGTextLayer.lastIndex(of: key, in: tail) else { throw RenderError(description: "pdf: no startxref") }
        var end = sx + key.count
        while end < tail.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(tail[end]) { end += 1 }
        tail.replaceSubrange((sx + key.count)..<end, with: Array(String(newXref).utf8))
        out += tail
        lines.removeAll()
        return out
    }

    static func startXref(_ pdf: [UInt8]) -> Int? {
        let key = Array("startxref\n".utf8)
        guard let at = SVGTextLayer.lastIndex(of: key, in: pdf) else { return nil }
        var n = 0, j = at + key.count, digits = 0
        while j < pdf.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(pdf[j]), digits < 15 {
            n = n * 10 + Int(pdf[j] - UInt8(ascii: "0")); j += 1; digits += 1
        }
        return digits > 0 ? n : nil
    }

    /// A PDF text string in UTF-16BE with a byte-order mark, as hex: any language, and
    /// nothing to escape.
    static func pdfTextString(_ s: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = Array("<FEFF".utf8)
        for unit in s.utf16 {
            for shift in [12, 8, 4, 0] { out.append(hex[Int((unit >> UInt16(shift)) & 0xF)]) }
        }
        out.append(UInt8(ascii: ">"))
        return String(decoding: out, as: UTF8.self)
    }
}
