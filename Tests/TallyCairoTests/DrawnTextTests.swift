import Foundation
import Testing
import TallyCharts
import TallyCore
@testable import TallyCairo

private func bars(_ name: String) -> BarChart {
    BarChart(bars: [.init(label: name, estimate: est(5, 6, 7)),
                    .init(label: "Kabul", estimate: est(3, 3, 3))],
             text: ChartText(title: "Killed in " + name, subtitle: name, source: "Source: " + name))
}

/// Issue 9 review, item 1: one noncharacter in a name made every PDF fail with exit 74
/// ("cairo: input string not valid UTF-8") while PNG and SVG drew. All text reaching
/// Cairo and Pango goes through `DrawnText.sanitized`, so every format draws U+FFFD.
@Suite struct DrawnTextTests {
    /// (Swift source cannot spell most of them as literals.)
    static let noncharacters: [Unicode.Scalar] = [0xFFFE, 0xFFFF, 0x1FFFE, 0x1FFFF, 0x5FFFE, 0x10FFFE, 0x10FFFF,
                                                  0xFDD0, 0xFDE7, 0xFDEF].map { Unicode.Scalar($0)! }

    @Test func sanitizedReplacesNoncharactersAndControlsOnly() {
        for n in Self.noncharacters {
            #expect(DrawnText.isNoncharacter(n), "\(n.value)")
            #expect(DrawnText.sanitized("Ma" + String(n) + "li") == "Ma\u{FFFD}li")
        }
        #expect(DrawnText.sanitized("a\u{1B}]0;x\u{7}b\r\u{85}") == "a\u{FFFD}]0;x\u{FFFD}b\u{FFFD}\u{FFFD}")
        // A tab is white space to whoever typed it: a space, not a replacement character.
        #expect(DrawnText.sanitized("Killed\tby country") == "Killed by country")
        for fine in ["\u{FFFD}", "\u{FDCF}", "\u{FDF0}", "\u{FFFC}", "\u{E000}", "\u{1FFFD}", "مرحبا", "Kabul – 5,000"] {
            #expect(DrawnText.sanitized(fine) == fine)
        }
    }

    /// The drawing with a noncharacter is byte for byte the drawing with U+FFFD, in
    /// every format (the PDF was refused before).
    @Test(arguments: noncharacters)
    func everyFormatDrawsTheReplacementCharacter(_ n: Unicode.Scalar) throws {
        for format in ChartFormat.allCases {
            let odd = try ChartRenderer.render(bars("Ma" + String(n) + "li"), format: format, options: RenderOptions(),
                                               title: "Killed in Ma" + String(n) + "li")
            let replaced = try ChartRenderer.render(bars("Ma\u{FFFD}li"), format: format, options: RenderOptions(),
                                                    title: "Killed in Ma\u{FFFD}li")
            if format == .svg {
                // U+FDD0–U+FDEF lie in the Arabic Presentation Forms block, so the chart
                // isolates such a label as right-to-left (invisible U+2067…U+2069 in the
                // text layer, and a left-to-right mark before a headline line holding
                // it); the drawn outlines are the same.
                func visible(_ b: [UInt8]) -> String {
                    String(String.UnicodeScalarView(String(decoding: b, as: UTF8.self).unicodeScalars.filter {
                        !(0x2066 ... 0x2069).contains($0.value) && $0 != "\u{200E}"
                    }))
                }
                #expect(visible(odd) == visible(replaced), "svg U+\(String(n.value, radix: 16))")
            } else {
                #expect(odd == replaced, "\(format) U+\(String(n.value, radix: 16))")
            }
        }
    }

    /// A report PDF: metadata, bookmarks, plain and italic text with noncharacters.
    @Test func aDocumentWithNoncharactersEverywhereFinishes() throws {
        let odd = "Brief \u{FFFE}" + String(Unicode.Scalar(0x10FFFF)!) + String(Unicode.Scalar(0xFDD0)!)
        let doc = PDFDocument(metadata: PDFMetadata(title: odd, subject: odd, keywords: odd, date: "2023-05-01T00:00:00Z"),
                              firstPageSize: Size(width: 595, height: 842))
        let page = doc.beginPage(size: Size(width: 595, height: 842))
        page.text(odd, at: Point(x: 40, y: 40), font: Font(size: 12), color: Theme.OkabeIto.black, anchor: TextAnchor(.left, .top))
        page.text(odd, at: Point(x: 40, y: 80), font: Font(size: 12), italic: true, color: Theme.OkabeIto.black, anchor: TextAnchor(.left, .top))
        page.drawScaled(origin: Point(x: 0, y: 100), scale: 0.5) { bars(odd).draw(on: $0, size: Size(width: 1200, height: 675), theme: .light) }
        let root = doc.addOutline(odd, page: 1, y: 0)
        doc.addOutline(odd, parent: root, page: 1, y: 40)
        let bytes = try doc.finish()
        #expect(bytes.count > 1000)
        #expect(String(decoding: bytes.prefix(5), as: UTF8.self) == "%PDF-")
    }
}

/// Issue 9 review, item 7 (issue 9 item 15): text with a character no installed font
/// draws was drawn as hex boxes with exit 0. Pango's unknown-glyph count is checked for
/// every text drawn; the render is refused naming the characters and the text.
@Suite struct MissingGlyphTests {
    /// Private-use characters are in no standard font, wherever the tests run.
    static let privateUse = ["\u{E000}", "Kabul\u{F8FF}", "\u{F0000}x", "\u{10FFFD}"]

    @Test(arguments: privateUse)
    func aChartWithACharacterNoFontHasIsRefusedInEveryFormat(_ name: String) throws {
        for format in ChartFormat.allCases {
            do {
                _ = try ChartRenderer.render(bars(name), format: format, options: RenderOptions())
                Issue.record("\(format): drawn with boxes")
            } catch {
                #expect(error.isMissingGlyphs)
                let scalar = name.unicodeScalars.first { $0.properties.generalCategory == .privateUse }!
                #expect(error.description.contains(MissingGlyphs.codePoint(scalar)), "\(error.description)")
                #expect(error.description.contains("'" + name + "'"), "\(error.description)")
                #expect(error.description.contains("fonts-noto-core"))
            }
        }
    }

    /// Scripts DejaVu does not cover (Devanagari, Han, Tibetan), when no installed font
    /// covers them either (fontconfig is asked, so a machine with Noto still passes).
    @Test(arguments: [("नमस्ते", 0x928), ("北京", 0x5317), ("ཀ", 0xF40)])
    func aScriptWithoutAnyInstalledFontIsRefused(_ name: String, _ probe: Int) throws {
        let fc = Process()
        fc.executableURL = URL(fileURLWithPath: "/usr/bin/fc-list")
        fc.arguments = [":charset=" + String(probe, radix: 16)]
        let out = Pipe()
        fc.standardOutput = out
        guard (try? fc.run()) != nil else { return }
        let listed = out.fileHandleForReading.readDataToEndOfFile()
        fc.waitUntilExit()
        guard listed.isEmpty else { return }
        #expect(throws: RenderError.self) { try ChartRenderer.render(bars(name), format: .png, options: RenderOptions()) }
    }

    @Test func scriptsTheBundledFontsCoverStillRender() throws {
        for name in ["مرحبا", "Ελλάδα", "Україна", "Afghanistan – 5,000", "ქართული", "עברית", "\u{FFFD}"] {
            for format in ChartFormat.allCases {
                #expect(try ChartRenderer.render(bars(name), format: format, options: RenderOptions()).count > 1000)
            }
        }
    }

    @Test func aDocumentWithACharacterNoFontHasIsRefused() throws {
        for italic in [false, true] {
            let doc = PDFDocument(metadata: PDFMetadata(title: "Brief", date: "2023-05-01T00:00:00Z"),
                                  firstPageSize: Size(width: 595, height: 842))
            let page = doc.beginPage(size: Size(width: 595, height: 842))
            page.text("Kabul", at: Point(x: 40, y: 40), font: Font(size: 12), color: Theme.OkabeIto.black, anchor: TextAnchor(.left, .top))
            page.text("note \u{E123}", at: Point(x: 40, y: 80), font: Font(size: 12), italic: italic, color: Theme.OkabeIto.black, anchor: TextAnchor(.left, .top))
            do {
                _ = try doc.finish()
                Issue.record("drawn with boxes (italic: \(italic))")
            } catch {
                #expect(error.isMissingGlyphs && error.description.contains("U+E123") && error.description.contains("'note \u{E123}'"))
            }
        }
        // In a chart placed on a page.
        let doc = PDFDocument(metadata: PDFMetadata(title: "Brief", date: "2023-05-01T00:00:00Z"),
                              firstPageSize: Size(width: 595, height: 842))
        let page = doc.beginPage(size: Size(width: 595, height: 842))
        page.drawScaled(origin: Point(x: 0, y: 0), scale: 0.4) { bars("\u{E000}").draw(on: $0, size: Size(width: 1200, height: 675), theme: .light) }
        #expect(throws: RenderError.self) { try doc.finish() }
    }
}

/// Review 9c #9 (issue 9 item 15): Arabic and Hebrew names under `--font "DejaVu Serif"`
/// were drawn in DejaVu Sans with no word. Each run of drawn text is checked against the
/// family asked for; what another family drew is said (``FontFallbacks``).
@Suite(.serialized) struct FontFallbackTests {
    @Test func textInAScriptTheChosenFamilyLacksIsReported() throws {
        for format in ChartFormat.allCases {
            _ = try ChartRenderer.render(bars("سوريا"), format: format, options: RenderOptions(fontFamily: "DejaVu Serif"))
            // The record is one per process: other tests may add to it, so look for ours.
            let said = FontFallbacks.shared.drain().filter { $0.contains("'سوريا'") }
            #expect(said.count == 1, "\(format)")
            #expect(said.first?.contains("font 'DejaVu Serif' has no glyphs for U+0633 'س'") == true, "\(said)")
            #expect(said.first?.contains("drawn in 'DejaVu Sans' instead") == true, "\(said)")
            #expect(said.first?.contains("\u{2068}") == false)
        }
        // In a document too, italic or not.
        for italic in [false, true] {
            let doc = PDFDocument(metadata: PDFMetadata(title: "Brief", date: "2023-05-01T00:00:00Z"),
                                  firstPageSize: Size(width: 595, height: 842), fontFamily: "DejaVu Serif")
            let page = doc.beginPage(size: Size(width: 595, height: 842))
            page.text("ישראל note", at: Point(x: 40, y: 80), font: Font(size: 12), italic: italic,
                      color: Theme.OkabeIto.black, anchor: TextAnchor(.left, .top))
            _ = try doc.finish()
            #expect(FontFallbacks.shared.drain().contains { $0.contains("'ישראל note'") && $0.contains("U+05D9") }, "italic \(italic)")
        }
    }

    @Test func textTheChosenFamilyCoversAndTheDefaultFamilyAreNotReported() throws {
        for (name, family) in [("Kabul Ελλάδα Україна", "DejaVu Serif"), ("سوريا Kabul", RenderOptions.defaultFont),
                               ("Kabul 5,000–7,000", "serif")] {
            _ = try ChartRenderer.render(bars(name), format: .png, options: RenderOptions(fontFamily: family))
            #expect(!FontFallbacks.shared.drain().contains { $0.contains(name) }, "\(name) in \(family)")
        }
    }
}
