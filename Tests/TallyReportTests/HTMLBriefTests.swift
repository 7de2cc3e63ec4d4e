import Foundation
import Testing
import TallyCairo
import TallyCharts
import TallyCore
import TallyIO
import TallyTestSupport
@testable import TallyReport

/// The brief as one web page (issue 15, item 1). The browser checks (layout at 320 to
/// 1280 px, axe-core) are tests/browser/check_html_brief.py.
@Suite struct HTMLBriefTests {
    func html(_ path: String) -> String { String(decoding: bytes(path)!, as: UTF8.self) }

    @Test func writesOneSelfContainedPageBesideTheOtherFiles() throws {
        let dir = temporaryFolder("html")
        write(newsSpec(), to: dir + "/brief.yml")
        let out = try run(dir + "/brief.yml", out: dir + "/out", formats: [.pdf, .png, .csv, .html])
        #expect(out.paths == [dir + "/out/brief-2023-04.pdf", dir + "/out/brief-2023-04-killed.png",
                              dir + "/out/brief-2023-04-killed-trend.png", dir + "/out/brief-2023-04.html",
                              dir + "/out/brief-2023-04.csv"])
        let page = html(out.html!)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(page.contains("<title>Test brief — April 2023</title>"))
        // Nothing to run and nothing to fetch: no script, no style sheet, font or image
        // from elsewhere (the news item's dataset has no URL, so no address at all).
        #expect(!page.lowercased().contains("<script"))
        #expect(!page.contains("<link"))
        #expect(!page.contains("@import"))
        #expect(!page.contains("http://") && !page.contains("https://"))
        #expect(!page.contains("<?xml"))
        // Two charts, each drawn wide and, for phones, narrow; and the glyph sprite.
        #expect(count("<svg ", in: page) == 5)
        #expect(count("<svg class=\"glyphs\"", in: page) == 1)
        #expect(page.contains("@media print"))
        #expect(page.contains(".scroll { overflow-x: auto;"))
        #expect(page.contains("svg { display: block; max-width: 100%; height: auto; }"))
    }

    @Test func theSpecsFormatsChooseTheFilesUnlessTheCommandSays() throws {
        let dir = temporaryFolder("html")
        write(newsSpec(extra: "formats: [html, csv]"), to: dir + "/brief.yml")
        let out = try run(dir + "/brief.yml", out: dir + "/a", formats: nil)
        #expect(files(in: dir + "/a") == ["brief-2023-04.csv", "brief-2023-04.html"])
        #expect(out.paths == [dir + "/a/brief-2023-04.html", dir + "/a/brief-2023-04.csv"])
        _ = try run(dir + "/brief.yml", out: dir + "/b", formats: [.pdf])
        #expect(files(in: dir + "/b") == ["brief-2023-04.pdf"])
        // Without either, the three files of before: html is asked for.
        write(newsSpec(), to: dir + "/plain.yml")
        _ = try run(dir + "/plain.yml", out: dir + "/c", formats: nil)
        #expect(files(in: dir + "/c") == ["brief-2023-04-killed-trend.png", "brief-2023-04-killed.png",
                                          "brief-2023-04.csv", "brief-2023-04.pdf"])
        write(newsSpec(extra: "formats: [pdf, docx]"), to: dir + "/bad.yml")
        #expect(throws: TallyError.self) { try run(dir + "/bad.yml", out: dir + "/d", formats: nil) }
        do {
            _ = try run(dir + "/bad.yml", out: dir + "/d", formats: nil)
        } catch {
            #expect(error.exitCode == 64)
            #expect(error.message.contains("formats: \"docx\" is not a format (pdf, png, csv, html)"))
        }
    }

    @Test func sameSpecAndDataGiveIdenticalBytes() throws {
        let dir = temporaryFolder("html")
        write(newsSpec(), to: dir + "/brief.yml")
        let a = try run(dir + "/brief.yml", out: dir + "/a", formats: [.html])
        let b = try run(dir + "/brief.yml", out: dir + "/b", formats: [.html, .pdf])
        #expect(bytes(a.html!)!.count > 10_000)
        #expect(bytes(a.html!) == bytes(b.html!))
    }

    /// A run that fails leaves the files of the run before as they were, the web page too.
    @Test func aFailedRunDamagesNoEarlierFile() throws {
        let dir = temporaryFolder("html")
        write(newsSpec(), to: dir + "/brief.yml")
        let first = try run(dir + "/brief.yml", out: dir + "/out", formats: [.pdf, .html])
        let pdf = bytes(first.pdf!)!, page = bytes(first.html!)!
        // The next run's data is refused halfway (a row with no country).
        write(newsSpec(dataset: dir + "/bad.csv"), to: dir + "/next.yml")
        write(csv(["2023-04-02,Syria,,A,killed,1,1,1", "2023-04-03,,,B,killed,1,1,1"]), to: dir + "/bad.csv")
        #expect(throws: TallyError.self) { try run(dir + "/next.yml", out: dir + "/out", formats: [.pdf, .html]) }
        // And a run whose web page cannot be written (a folder holds its name) writes
        // no PDF either.
        try FileManager.default.removeItem(atPath: first.html!)
        try FileManager.default.createDirectory(atPath: first.html!, withIntermediateDirectories: false)
        do {
            _ = try run(dir + "/brief.yml", out: dir + "/out", formats: [.pdf, .html])
            Issue.record("writing over a folder must fail")
        } catch {
            #expect(error.exitCode == 73)
        }
        #expect(bytes(first.pdf!) == pdf)
        #expect(files(in: dir + "/out") == ["brief-2023-04.html", "brief-2023-04.pdf"])
        try FileManager.default.removeItem(atPath: first.html!)
        _ = try run(dir + "/brief.yml", out: dir + "/out", formats: [.pdf, .html])
        #expect(bytes(first.html!) == page)
    }

    @Test func noIdRepeatsAndEveryReferenceResolves() throws {
        let dir = temporaryFolder("html")
        write(newsSpec(), to: dir + "/brief.yml")
        let page = html(try run(dir + "/brief.yml", out: dir, formats: [.html]).html!)
        let (ids, repeated, unresolved) = HTMLChecks.identifiers(page)
        #expect(ids.count > 100)
        #expect(repeated.isEmpty, "\(repeated.prefix(5))")
        #expect(unresolved.isEmpty, "\(unresolved.prefix(5))")
        // The glyph outlines are in one sprite, each once; the charts hold none.
        let sprite = try #require(page.range(of: "<svg class=\"glyphs\""))
        #expect(!page[..<sprite.lowerBound].contains("<symbol"))
        let symbols = page[sprite.lowerBound...].components(separatedBy: "<symbol ").dropFirst()
            .map { $0.replacingOccurrences(of: #"id="[^"]*""#, with: "", options: .regularExpression) }
        #expect(symbols.count > 20)
        #expect(Set(symbols).count == symbols.count)
        // The check sees what the prefixes prevent: two of Cairo's SVGs side by side
        // repeat their glyph ids.
        let content = try HTMLChecks.content(dir + "/brief.yml")
        guard case let .chart(chart) = content.sections[1].body, let drawing = chart.drawing else { Issue.record("no chart"); return }
        let raw = String(decoding: try HTMLBrief.svg(drawing, title: "t", width: 800, theme: .light,
                                                     fontFamily: RenderOptions.defaultFont, required: true)!, as: UTF8.self)
        let svg = String(raw[raw.range(of: "<svg")!.lowerBound...])
        let twice = "<div>" + svg + svg + "</div>"
        #expect(!HTMLChecks.identifiers(twice).repeated.isEmpty)
        #expect(HTMLChecks.identifiers(twice.replacingOccurrences(of: "xlink:href=\"#glyph0-1\"", with: "xlink:href=\"#nothing\"")).unresolved
            .contains("nothing"))
    }

    /// Only markup is rewritten: a label that reads like a reference stays as written.
    @Test func prefixingTouchesTagsNotText() {
        let svg = Array("""
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="800pt" height="450pt" viewBox="0 0 800 450" role="img" aria-labelledby="chart-title chart-desc">
        <title id="chart-title">url(#clip1) and href="#glyph0-1"</title><desc id="chart-desc">d</desc>
        <defs><g><symbol overflow="visible" id="glyph0-1"><path d="M 0 0"/></symbol></g><clipPath id="clip1"><rect/></clipPath></defs>
        <g clip-path="url(#clip1)"><use xlink:href="#glyph0-1" x="1"/><use href="#elsewhere"/></g>
        </svg>

        """.utf8)
        let out = InlineSVG.element(svg, prefix: "c1-")
        #expect(out == """
        <svg width="800" height="450" viewBox="0 0 800 450" role="img" aria-labelledby="c1-chart-title c1-chart-desc">
        <title id="c1-chart-title">url(#clip1) and href="#glyph0-1"</title><desc id="c1-chart-desc">d</desc>
        <defs><g><symbol overflow="visible" id="c1-glyph0-1"><path d="M 0 0"/></symbol></g><clipPath id="c1-clip1"><rect/></clipPath></defs>
        <g clip-path="url(#c1-clip1)"><use xlink:href="#c1-glyph0-1" x="1"/><use href="#elsewhere"/></g>
        </svg>
        """)
    }

    /// A dataset's web address is a link, whatever language the brief is in; nothing
    /// else from the spec is.
    @Test(arguments: ["en", "fr", "ar"]) func aDatasetsWebAddressIsALink(_ locale: String) throws {
        let dir = temporaryFolder("html")
        write(csv(["2023-04-02,Syria,Idlib,A,killed,1,2,3"]), to: dir + "/e.csv")
        write("""
        title: T
        locale: \(locale)
        period: 2023-04
        datasets:
          - path: e.csv
            source: https://example.org/source
            licence: CC0
            url: https://example.org/data?x=1&y=2
        sections:
          - type: summary
        """, to: dir + "/r.yml")
        let page = html(try run(dir + "/r.yml", out: dir + "/out", formats: [.html]).html!)
        // In an Arabic line the address is one left-to-right run (review15 item 3).
        let ltr = locale == "ar" ? " dir=\"ltr\"" : ""
        #expect(page.contains("<a href=\"https://example.org/data?x=1&amp;y=2\"" + ltr + ">https://example.org/data?x=1&amp;y=2</a>"))
        #expect(page.contains("<a href=\"https://example.org/source\"" + ltr + ">"))
        #expect(HTMLChecks.tags(page).filter { $0.hasPrefix("<a ") }.count == 2)
    }

    /// Each paragraph runs its own way, by the PDF's rule (its first letter), whichever
    /// way the page runs.
    @Test func paragraphsTakeTheDirectionOfTheirText() throws {
        #expect(HTMLBrief.dir("بلخ (Afghanistan)") == " dir=\"rtl\"")
        #expect(HTMLBrief.dir("Balkh (بلخ)") == "" && HTMLBrief.dir("7 (5–9)") == "")
        let arabic = try #require(DisplayLocale(identifier: "ar"))
        DisplayLocale.with(arabic) {
            #expect(HTMLBrief.dir("Source: UCDP") == " dir=\"ltr\"")
            #expect(HTMLBrief.dir("بلخ (Afghanistan)") == "" && HTMLBrief.dir("٧ (٥–٩)") == "")
        }
    }

    /// review15 items 3, 5, 6, 10: figures and runs in the other direction are isolated
    /// as in the PDF, figures never break, a left-to-right bullet keeps its marker inside.
    @Test func mixedDirectionTextIsIsolatedAsInThePDF() throws {
        let n = { (s: String) in "<span class=\"n\" dir=\"ltr\">" + s + "</span>" }
        // English: a figure is one unbreakable span; an Arabic name is isolated apart from it.
        #expect(HTMLBrief.text("Killed 1,267,621 (1,232,354–1,334,804)") == "Killed " + n("1,267,621") + " " + n("(1,232,354–1,334,804)"))
        #expect(HTMLBrief.text("Idlib 307; حلب 158 (156–163); دمشق 12")
                == "Idlib " + n("307") + "; <span dir=\"rtl\">حلب</span> " + n("158") + " " + n("(156–163)") + "; <span dir=\"rtl\">دمشق</span> " + n("12"))
        #expect(HTMLBrief.text("a <b> & 5") == "a &lt;b&gt; &amp; " + n("5"))
        let arabic = try #require(DisplayLocale(identifier: "ar"))
        DisplayLocale.with(arabic) {
            // "النطاق 805–892" was drawn 892–805; a bare figure inherits the page's direction.
            #expect(HTMLBrief.text("النطاق 805–892") == "النطاق " + n("805–892"))
            // Figures alone follow the sentence, each isolated: 839 first, from the right.
            #expect(HTMLBrief.text("839 (805–892)") == n("839") + " " + n("(805–892)"))
            // "CC BY 4.0" was drawn "4.0 CC BY".
            #expect(HTMLBrief.text("المصدر: CC BY 4.0") == "المصدر: <span dir=\"ltr\">CC BY " + n("4.0") + "</span>")
            // CLDR's minus keeps its mark and goes with its figure.
            let change = try! #require(ReportWords.change(from: 1154, to: 839))
            #expect(change.hasPrefix("\u{200E}-") && change.contains("27"), "\(change.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(HTMLBrief.text("أكتوبر (" + change + ")") == "أكتوبر " + n("(" + change + ")"))
            // A Latin bullet on an Arabic page: no dir on the item (its marker hung off the page).
            #expect(HTMLBrief.item("UCDP GED 19.1, CC BY 4.0") == "<li><span dir=\"ltr\">UCDP GED " + n("19.1") + ", CC BY " + n("4.0") + "</span></li>")
            #expect(HTMLBrief.item("ملاحظة") == "<li>ملاحظة</li>")
        }
        #expect(HTMLBrief.item("ملاحظة 5") == "<li dir=\"rtl\">ملاحظة " + n("5") + "</li>")
        let css = HTMLBrief.css(theme: .light, fontFamily: "DejaVu Sans")
        #expect(css.contains(".n { white-space: nowrap; }") && css.contains("li[dir] { list-style-position: inside; }"))
    }

    /// A second chart's copy of an outline is dropped and its uses point at the first;
    /// `glyph0-1` is renamed without touching `glyph0-10`.
    @Test func glyphOutlinesAreKeptOnce() {
        var sprite = GlyphSprite()
        let a = sprite.take("""
        <svg><defs><g>
        <symbol overflow="visible" id="a-glyph0-1"><path d="M 1"/></symbol>
        <symbol overflow="visible" id="a-glyph0-10"><path d="M 2"/></symbol>
        </g></defs><use xlink:href="#a-glyph0-1"/><use xlink:href="#a-glyph0-10"/></svg>
        """)
        let b = sprite.take("""
        <svg><defs><g>
        <symbol overflow="visible" id="b-glyph0-1"><path d="M 2"/></symbol>
        <symbol overflow="visible" id="b-glyph0-10"><path d="M 3"/></symbol>
        </g></defs><use xlink:href="#b-glyph0-1"/><use xlink:href="#b-glyph0-10"/><use href="#b-clip"/></svg>
        """)
        #expect(a == "<svg><defs><g>\n</g></defs><use xlink:href=\"#a-glyph0-1\"/><use xlink:href=\"#a-glyph0-10\"/></svg>")
        #expect(b == "<svg><defs><g>\n</g></defs><use xlink:href=\"#a-glyph0-10\"/><use xlink:href=\"#b-glyph0-10\"/><use href=\"#b-clip\"/></svg>")
        #expect(sprite.symbols == ["<symbol overflow=\"visible\" id=\"a-glyph0-1\"><path d=\"M 1\"/></symbol>",
                                   "<symbol overflow=\"visible\" id=\"a-glyph0-10\"><path d=\"M 2\"/></symbol>",
                                   "<symbol overflow=\"visible\" id=\"b-glyph0-10\"><path d=\"M 3\"/></symbol>"])
        #expect(sprite.markup.hasPrefix("<svg class=\"glyphs\" width=\"0\" height=\"0\" aria-hidden=\"true\" focusable=\"false\">"))
    }

    @Test func chartsAreLabelledImagesAndFiguresAreTables() throws {
        let dir = temporaryFolder("html")
        write(newsSpec(), to: dir + "/brief.yml")
        let out = try run(dir + "/brief.yml", out: dir, formats: [.html])
        let page = html(out.html!)
        for (n, chart) in out.alt.enumerated() {
            let id = "s\(n + 2)"
            for width in ["w", "n"] {
                #expect(page.contains("role=\"img\" aria-labelledby=\"\(id)\(width)-chart-title \(id)\(width)-chart-desc\""))
                #expect(page.contains("<desc id=\"\(id)\(width)-chart-desc\">" + HTMLBrief.escape(chart.text) + "</desc>"))
            }
        }
        #expect(page.contains("<title id=\"s2w-chart-title\">Killed by actor</title>"))
        #expect(page.contains("<h2 id=\"s2-h\" class=\"vh\">Killed by actor</h2>"))
        // The table: a caption, column and row headers, in a box that scrolls on its own.
        #expect(page.contains("<div class=\"scroll\" role=\"region\" aria-labelledby=\"s4-t-c\" tabindex=\"0\">\n<table id=\"s4-t\">\n<caption id=\"s4-t-c\" class=\"vh\">By place</caption>"))
        #expect(page.contains("<thead><tr><th scope=\"col\">Country</th><th scope=\"col\">Province</th><th scope=\"col\">Actor</th><th scope=\"col\" class=\"num\">Killed</th><th scope=\"col\" class=\"num\">Records</th></tr></thead>"))
        #expect(page.contains("<tr><th scope=\"row\">Afghanistan</th><td>Balkh</td><td>Taliban</td><td class=\"num\">6</td><td class=\"num\">1</td></tr>"))
        // The bar chart's figures as a table, the top bar first.
        #expect(page.contains("<tr><th scope=\"row\">Taliban</th><td class=\"num\">6</td></tr>"))
        // Headings: one h1, then h2 per section and h3 inside, never skipping a level.
        let levels = HTMLChecks.headingLevels(page)
        #expect(levels.first == 1 && levels.filter { $0 == 1 }.count == 1)
        #expect(zip(levels, levels.dropFirst()).allSatisfy { $1 <= $0 + 1 }, "\(levels)")
        #expect(levels.contains(3))
        #expect(page.contains("<section id=\"sources\">\n<h2 id=\"sources-h\">Sources and method</h2>"))
    }

    /// Every text from the spec or the data is text on the page, never markup.
    @Test func escapesEverythingFromTheSpecAndTheData() throws {
        let dir = temporaryFolder("html")
        write(csv(["2023-04-02,Syria,<b>Idlib</b>,<script>x()</script> & Sons,killed,1,2,3"]), to: dir + "/e.csv")
        write("""
        title: "<script>alert(1)</script> & Co's brief"
        subtitle: "A & B"
        period: 2023-04
        datasets:
          - path: e.csv
            name: "<img src=x onerror=alert(1)>"
            source: "Q&A"
            licence: "CC0 \\" onload=\\"x"
            url: "javascript:alert(1)"
        sections:
          - type: summary
          - type: bar
            id: b
            title: "Killed </svg></section><script>y()</script>"
            measure: killed
            by: actor
          - type: table
            by: [adm1, actor]
          - type: notes
            title: "Notes & <i>more</i>"
            text: "A <b>tag</b> & an **ampersand**"
        """, to: dir + "/r.yml")
        let page = html(try run(dir + "/r.yml", out: dir + "/out", formats: [.html]).html!)
        #expect(!page.lowercased().contains("<script"))
        #expect(!page.contains("<img src=x") && !page.contains("<b>") && !page.contains("<i>more"))
        #expect(!page.contains("href=\"javascript"))
        // A figure (here "(1)") is one span that never breaks (review15 item 10).
        #expect(page.contains("<h1>&lt;script&gt;alert<span class=\"n\" dir=\"ltr\">(1)</span>&lt;/script&gt; &amp; Co&#39;s brief</h1>"))
        #expect(page.contains("&lt;script&gt;x()&lt;/script&gt; &amp; Sons"))
        #expect(page.contains("<strong>URL:</strong> javascript:alert<span class=\"n\" dir=\"ltr\">(1)</span></p>"))
        #expect(page.contains("CC0 &quot; onload=&quot;x"))
        #expect(page.contains("<p>A &lt;b&gt;tag&lt;/b&gt; &amp; an <strong>ampersand</strong></p>"))
        #expect(page.contains("<h2 id=\"s2-h\" class=\"vh\">Killed &lt;/svg&gt;&lt;/section&gt;&lt;script&gt;y()&lt;/script&gt;</h2>"))
        #expect(HTMLChecks.identifiers(page).repeated.isEmpty)
        // A web address is a link; nothing else is.
        #expect(HTMLBrief.isWebAddress("https://ucdp.uu.se/downloads/"))
        #expect(!HTMLBrief.isWebAddress("https://x\" onclick=\"y") && !HTMLBrief.isWebAddress("https://"))
        // A style file's font name cannot end the style sheet.
        #expect(HTMLBrief.cssFamily("DejaVu Serif") == "\"DejaVu Serif\"")
        #expect(HTMLBrief.cssFamily("x</style><script>") == nil && HTMLBrief.cssFamily("a\"; }") == nil)
    }

    /// The figures the PDF prints are the figures the web page shows: every headline,
    /// lead figure, table cell and bar value of the content is in the PDF's text
    /// (pdftotext) and in the page's, and every number of the page's text outside the
    /// charts is a number the PDF prints.
    @Test(arguments: ["", "locale: fr", "locale: ar\ndigits: native"])
    func thePageAndThePDFGiveTheSameFigures(_ locale: String) throws {
        let dir = temporaryFolder("html")
        let data = dir + "/e.csv"
        write(csv(["2023-03-05,Syria,Idlib,A,killed,10,12,15", "2023-04-02,Syria,Idlib,A,killed,5,7,9",
                   "2023-04-09,Syria,Aleppo,B,killed,1000,1200,1500", "2023-04-12,Syria,Aleppo,C,killed,12,12,",
                   "2023-04-20,Syria,Homs,A,civilians_killed,3,4,6", "2023-04-30,Syria,Homs,B,killed,40,40,40"]), to: data)
        write(newsSpec(dataset: data, extra: locale), to: dir + "/brief.yml")
        let out = try run(dir + "/brief.yml", out: dir + "/out", formats: [.pdf, .html])
        let page = html(out.html!)
        let pdfText = try pdftotext(out.pdf!)
        let pageText = HTMLChecks.text(page)
        let spec = try Report.loadSpec(dir + "/brief.yml")
        // The figures as the run writes them: in the spec's locale.
        let figures = try DisplayLocale.with(spec.displayLocale) { () throws -> [String] in
            let content = try HTMLChecks.content(dir + "/brief.yml")
            var figures: [String] = []
            if let lead = content.cover.lead { figures.append(lead.figure) }
            for s in content.sections {
                switch s.body {
                case let .summary(h): figures += h.map { PageDrawer.figureText($0, periodName: content.periodName).0 }
                case let .table(t): figures += t.rows.flatMap { $0 }
                case let .chart(c): if let b = c.drawing as? BarChart { figures += b.bars.map(\.valueText) }
                default: break
                }
            }
            return figures
        }
        #expect(figures.count > 10)
        if locale.isEmpty {
            #expect(figures.contains("1,200 (1,000–1,500)"))
            #expect(figures.contains("1,259 (1,057–1,561)"))
            #expect(page.contains("<html lang=\"en\">"))
        } else if locale.hasPrefix("locale: fr") {
            #expect(page.contains("<html lang=\"fr\">"))
            #expect(figures.contains { $0.contains("1\u{202F}200") }, "\(figures)")
        } else {
            #expect(page.contains("<html lang=\"ar\" dir=\"rtl\">"))
            #expect(figures.contains { $0.contains("١٬٢٠٠") }, "\(figures)")
        }
        let pdfNumbers = numbers(flat(pdfText))
        for f in Set(figures) {
            // pdftotext gives right-to-left lines in the order drawn, so there only the
            // numbers of a figure are compared.
            if spec.displayLocale.direction == .rightToLeft {
                #expect(numbers(f).isSubset(of: pdfNumbers), "the PDF does not print \(f)")
            } else {
                #expect(flat(pdfText).contains(spaced(f)), "the PDF does not print \(f)")
            }
            #expect(pageText.contains(f), "the web page does not show \(f)")
        }
        let outside = HTMLChecks.text(page, dropping: ["svg", "details", "style", "head"])
        let missing = numbers(spaced(outside)).subtracting(pdfNumbers)
        #expect(missing.isEmpty, "numbers on the page the PDF does not print: \(missing.sorted())")
        #expect(numbers(outside).count > 10)
    }

    /// Lines joined: a figure the PDF wrapped after its dash is one figure again.
    func flat(_ s: String) -> String {
        spaced(s.split(whereSeparator: \.isNewline).joined(separator: " ").replacingOccurrences(of: "– ", with: "–"))
    }

    /// Narrow and plain no-break spaces as pdftotext writes them: spaces.
    func spaced(_ s: String) -> String {
        s.replacingOccurrences(of: "\u{202F}", with: " ").replacingOccurrences(of: "\u{00A0}", with: " ")
    }

    /// Every run of digits and grouping commas.
    func numbers(_ s: String) -> Set<String> {
        var out: Set<String> = []
        var current = ""
        for ch in s + " " {
            if ch.isNumber || ((ch == "," || ch == "\u{066C}") && !current.isEmpty) {
                current.append(ch)
            } else if !current.isEmpty {
                while current.hasSuffix(",") { current.removeLast() }
                out.insert(current)
                current = ""
            }
        }
        return out
    }

    func count(_ needle: String, in s: String) -> Int { s.components(separatedBy: needle).count - 1 }
}

/// Reading a page back, for the tests.
enum HTMLChecks {
    /// The content of a spec's April 2023 report, as `Report.run` builds it.
    static func content(_ path: String) throws -> ReportContent {
        let spec = try Report.loadSpec(path)
        var data = try ReportData.load(spec)
        guard case let .key(k)? = PeriodChoice.which("2023-04", every: .month) else { throw TallyError.usage("period") }
        try data.loadPeriod(k, spec: spec)
        return try ContentBuilder(spec: spec, data: data, key: k).build()
    }

    /// Every `id` of the page's tags, those repeated, and the references (`href="#…"`,
    /// `xlink:href`, `url(#…)`, `aria-labelledby`, `aria-describedby`) to no id.
    static func identifiers(_ page: String) -> (ids: [String], repeated: [String], unresolved: [String]) {
        var ids: [String] = []
        var refs: [String] = []
        for tag in tags(page) {
            for (name, value) in attributes(tag) {
                switch name {
                case "id": ids.append(value)
                case "href", "xlink:href": if value.hasPrefix("#") { refs.append(String(value.dropFirst())) }
                case "aria-labelledby", "aria-describedby": refs += value.split(separator: " ").map(String.init)
                default: break
                }
                var rest = Substring(value)
                while let r = rest.range(of: "url(#") {
                    rest = rest[r.upperBound...]
                    if let close = rest.firstIndex(of: ")") { refs.append(String(rest[..<close])) }
                }
            }
        }
        var seen: Set<String> = [], repeated: [String] = []
        for id in ids where !seen.insert(id).inserted { repeated.append(id) }
        return (ids, repeated, refs.filter { !seen.contains($0) })
    }

    static func tags(_ page: String) -> [Substring] {
        var out: [Substring] = []
        var rest = Substring(page)
        while let open = rest.firstIndex(of: "<"), let close = rest[open...].firstIndex(of: ">") {
            out.append(rest[open ... close])
            rest = rest[rest.index(after: close)...]
        }
        return out
    }

    static func attributes(_ tag: Substring) -> [(String, String)] {
        var out: [(String, String)] = []
        var rest = tag
        while let eq = rest.range(of: "=\"") {
            let before = rest[..<eq.lowerBound]
            let name = before.split(whereSeparator: { $0 == " " || $0 == "\n" }).last.map(String.init) ?? ""
            guard let end = rest[eq.upperBound...].firstIndex(of: "\"") else { break }
            out.append((name, String(rest[eq.upperBound ..< end])))
            rest = rest[rest.index(after: end)...]
        }
        return out
    }

    static func headingLevels(_ page: String) -> [Int] {
        tags(page).compactMap { t in
            guard t.count > 3, t.hasPrefix("<h"), let d = t.dropFirst(2).first, let n = d.wholeNumberValue, (1 ... 6).contains(n),
                  t.dropFirst(3).first == " " || t.dropFirst(3).first == ">" else { return nil }
            return n
        }
    }

    /// The page's text: elements named in `dropping` left out with what they hold, tags
    /// removed, character references read.
    static func text(_ page: String, dropping: [String] = ["style", "head"]) -> String {
        var s = page
        for name in dropping {
            while let open = s.range(of: "<" + name + (name == "head" ? ">" : "")),
                  let close = s.range(of: "</" + name + ">", range: open.upperBound ..< s.endIndex) {
                s.replaceSubrange(open.lowerBound ..< close.upperBound, with: " ")
            }
        }
        var out = ""
        var inTag = false
        for ch in s {
            if ch == "<" { inTag = true; out.append(" ") } else if ch == ">" { inTag = false } else if !inTag { out.append(ch) }
        }
        for (entity, ch) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            out = out.replacingOccurrences(of: entity, with: ch)
        }
        return out.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }
}
