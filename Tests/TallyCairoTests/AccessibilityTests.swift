import Foundation
import FoundationXML
import Testing
import TallyCharts
import TallyCore
@testable import TallyCairo

/// The chart's headline and alt text reach SVG, PNG and PDF (issue 13, item 9), and each
/// file stays valid: parsed back here by readers written from the formats' specs.
@Suite struct AccessibilityTests {
    /// CRC-32 as PNG defines it (ISO 3309), computed here rather than with zlib's.
    func crc(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes {
            c ^= UInt32(b)
            for _ in 0..<8 { c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        }
        return ~c
    }

    /// Every chunk of a PNG: type and body, after checking length and CRC.
    func chunks(_ png: [UInt8]) -> [(type: String, body: [UInt8])] {
        var out: [(String, [UInt8])] = []
        var i = 8
        while i + 12 <= png.count {
            let n = be32(png, i)
            let type = String(decoding: png[(i + 4)..<(i + 8)], as: UTF8.self)
            #expect(UInt32(be32(png, i + 8 + n)) == crc(png[(i + 4)..<(i + 8 + n)]), "CRC of \(type)")
            out.append((type, Array(png[(i + 8)..<(i + 8 + n)])))
            i += 12 + n
        }
        #expect(i == png.count)
        return out
    }

    @Test(arguments: [0, 1])
    func pngCarriesTitleAndDescriptionAsITXtBeforeTheImageData(which: Int) throws {
        let chart: any ChartDrawing = which == 0 ? sampleBars : sampleTimeline
        let png = try ChartRenderer.render(chart, format: .png, options: RenderOptions(height: 700), title: "Headline")
        let list = chunks(png)
        #expect(list.map(\.type) == ["IHDR", "iTXt", "iTXt", "IDAT", "IEND"])
        var texts: [String: String] = [:]
        for c in list where c.type == "iTXt" {
            // keyword NUL, compression flag 0, method 0, language NUL, translated NUL, text
            let parts = c.body.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false)
            let rest = Array(parts[1])
            #expect(rest.prefix(4) == [0, 0, 0, 0])
            texts[String(decoding: parts[0], as: UTF8.self)] = String(decoding: rest.dropFirst(4), as: UTF8.self)
        }
        #expect(texts["Title"] == "Headline")
        #expect(texts["Description"] == chart.altText)
        // The sample timeline's first and last thirds have ranges that overlap: since
        // 66d4033 (EstimateChange in alt text) it says no direction, where it said "rising".
        #expect(texts["Description"]!.contains(which == 0 ? "6,000 (range 5,000 to 7,000)" : "the ranges overlap, so no rise or fall is given"))
        // Deterministic: the same bytes again.
        #expect(try ChartRenderer.render(chart, format: .png, options: RenderOptions(height: 700), title: "Headline") == png)
    }

    @Test func svgHasRoleTitleAndDescReadByAnXMLParser() throws {
        var chart = sampleBars
        chart.text.alt = "Six thousand members in <Balkh> & more"
        let svg = try ChartRenderer.render(chart, format: .svg, options: RenderOptions(height: 700), title: "Members & more")
        let parsed = SVGOutline(svg)
        #expect(parsed.ok)
        let root = try #require(parsed.elements.first)
        #expect(root.name == "svg")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["aria-labelledby"] == "chart-title chart-desc")
        // The first two children of the root (depth 1).
        let children = parsed.elements.filter { $0.depth == 1 }
        #expect(children.prefix(2).map(\.name) == ["title", "desc"])
        #expect(children[0].attributes["id"] == "chart-title")
        #expect(children[0].text == "Members & more")
        #expect(children[1].attributes["id"] == "chart-desc")
        #expect(children[1].text == "Six thousand members in <Balkh> & more")
    }

    /// The `/Alt` strings of a PDF's Figure elements, in file order, after checking that
    /// every cross-reference entry points at its object.
    static func figureAlts(_ pdf: [UInt8]) -> [String] {
        let text = String(decoding: pdf, as: UTF8.self)
        let sx = text.range(of: "startxref\n", options: .backwards)!
        let start = Int(text[sx.upperBound...].prefix { $0.isNumber })!
        let table = Array(pdf[start...])
        #expect(table.starts(with: Array("xref\n".utf8)))
        let lines = String(decoding: table, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let head = lines[1].split(separator: " ").map { Int($0)! }
        for i in 0..<head[1] {
            let e = lines[2 + i]
            guard e.dropFirst(17).hasPrefix("n") else { continue }
            let offset = Int(e.prefix(10))!
            #expect(Array(pdf[offset...].prefix(20)).starts(with: Array("\(head[0] + i) 0 obj".utf8)), "object \(head[0] + i)")
        }
        var alts: [String] = []
        var rest = text[...]
        while let r = rest.range(of: "/S /Figure\n   /Alt <FEFF") {
            let hex = rest[r.upperBound...].prefix { $0 != ">" }
            var units: [UInt16] = []
            var h = hex[...]
            while !h.isEmpty { units.append(UInt16(h.prefix(4), radix: 16)!); h = h.dropFirst(4) }
            alts.append(String(decoding: units, as: UTF16.self))
            rest = rest[r.upperBound...]
        }
        #expect(alts.count == text.components(separatedBy: "/S /Figure\n").count - 1)
        return alts
    }

    @Test func pdfIsTaggedWithTheFigureAlt() throws {
        var chart = sampleTimeline
        chart.text.alt = "Killings rose in Balkh — بلخ — all year"
        let pdf = try ChartRenderer.render(chart, format: .pdf, options: RenderOptions(height: 700), title: "Killed")
        #expect(AccessibilityTests.figureAlts(pdf) == ["Killings rose in Balkh — بلخ — all year"])
        #expect(count("/MarkInfo << /Marked true >>", in: pdf) == 1)
        #expect(count("/StructTreeRoot", in: pdf) >= 1)
        #expect(try ChartRenderer.render(chart, format: .pdf, options: RenderOptions(height: 700), title: "Killed") == pdf)
    }

    @Test func aDocumentsFiguresGetTheirOwnAltInOrder() throws {
        let doc = PDFDocument(metadata: PDFMetadata(title: "t", date: "2023-05-01T00:00:00Z"), firstPageSize: Size(width: 595, height: 842))
        let alts = ["first figure", "second figure", "third, on page two"]
        var page = doc.beginPage(size: Size(width: 595, height: 842))
        for (i, alt) in alts.enumerated() {
            if i == 2 { page = doc.beginPage(size: Size(width: 595, height: 842)) }
            page.drawScaled(origin: Point(x: 20, y: 20 + Double(i % 2) * 400), scale: 0.4, alt: alt) { sampleBars.draw(on: $0, size: Size(width: 1200, height: 700), theme: .light) }
        }
        page.drawScaled(origin: Point(x: 0, y: 0), scale: 1, alt: nil) { $0.fill(Rect(x: 0, y: 0, width: 5, height: 5), color: Color(hex: 0x000000)) }
        let pdf = try doc.finish()
        #expect(AccessibilityTests.figureAlts(pdf) == alts)
    }

    @Test func aMismatchOfFiguresAndTextsIsRefused() throws {
        let pdf = try ChartRenderer.render(sampleBars, format: .pdf, options: RenderOptions(height: 700))
        #expect(throws: RenderError.self) { try Accessibility.addFigureAlt(["a", "b"], to: pdf) }
    }
}

/// Elements of an XML file in document order, with depth, attributes and direct text,
/// read with libxml2's SAX parser (Foundation's XMLParser).
final class SVGOutline: NSObject, XMLParserDelegate {
    struct Element { var name: String; var depth: Int; var attributes: [String: String]; var text = "" }
    var elements: [Element] = []
    var stack: [Int] = []
    var ok = false

    init(_ bytes: [UInt8]) {
        super.init()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = self
        ok = parser.parse()
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        stack.append(elements.count)
        elements.append(Element(name: name, depth: stack.count - 1, attributes: attributes))
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let i = stack.last { elements[i].text += string }
    }
}
