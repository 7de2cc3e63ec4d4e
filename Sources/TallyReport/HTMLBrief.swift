import TallyCairo
import TallyCharts
import TallyCore
import TallyIO

/// The brief as one self-contained web page, `NAME-PERIOD.html` (issue 15, item 1).
///
/// Written from the same ``ReportContent`` as the PDF (and the same words, ``ReportText``):
/// the cover, the headlines, the charts, the tables, the notes and the sources page say
/// what the PDF says. The page needs nothing else: no script, no style sheet, font or
/// image from anywhere (the only addresses in it are the datasets' URLs, as links on
/// the sources page). Charts are inline SVG from Cairo's SVG surface, each with
/// `role="img"`, its headline as `<title>` and its alt text as `<desc>`, and their ids
/// made unique in the page (``InlineSVG``), their glyph outlines shared (``GlyphSprite``);
/// each chart's figures follow it as a table.
/// Every string from the spec or the data is escaped.
public enum HTMLBrief {
    /// The width charts are drawn at for screens from ``narrowBreakpoint`` up: one SVG
    /// unit is one CSS pixel at the page's widest (its column is as wide).
    public static let wideUnits = 800
    /// The width charts are drawn at for phones (up to ``narrowBreakpoint`` px), where
    /// the wide drawing scaled to 320 px would set its labels at 6 px; the chart type
    /// scales to its minimum size for this width (``Theme/fitted(toWidth:)``).
    public static let narrowUnits = 320
    public static let narrowBreakpoint = 600

    public static func render(_ content: ReportContent, spec: ReportSpec,
                              fontFamily: String = RenderOptions.defaultFont) throws(TallyError) -> [UInt8] {
        let theme = spec.theme // right to left for ar and fa: the charts too
        let words = ReportText(content)
        var page = Page()
        var glyphs = GlyphSprite()
        page.line("<!DOCTYPE html>")
        // The language the brief is written in (`locale:`), and its direction.
        let locale = spec.displayLocale
        page.line("<html lang=\"" + escape(locale.identifier) + "\"" + (locale.direction == .rightToLeft ? " dir=\"rtl\"" : "") + ">")
        page.line("<head>")
        page.line("<meta charset=\"utf-8\">")
        page.line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        page.line("<title>" + escape(content.title + " — " + content.periodName) + "</title>")
        let subject = spec.subject ?? ReportWords.defaultSubject(content.kind, periodName: content.periodName)
        page.line("<meta name=\"description\" content=\"" + escape(subject) + "\">")
        page.line("<meta name=\"generator\" content=\"tally\">")
        page.line("<style>\n" + css(theme: theme, fontFamily: fontFamily) + "</style>")
        page.line("</head>")
        page.line("<body>")
        try cover(content, words: words, theme: theme, spec: spec, into: &page)
        page.line("<main>")
        if let notice = words.emptyNotice { page.line("<p class=\"notice\"" + dir(notice.map(\.text).joined()) + ">" + runs(notice) + "</p>") }
        for (index, section) in content.sections.enumerated() {
            try self.section(section, number: index + 1, content: content, words: words, theme: theme,
                             fontFamily: fontFamily, glyphs: &glyphs, into: &page)
        }
        sources(words, into: &page)
        page.line("</main>")
        if !glyphs.markup.isEmpty { page.line(glyphs.markup) }
        page.line("</body>")
        page.line("</html>")
        return Array(page.text.utf8)
    }

    /// Lines of markup.
    struct Page {
        var text = ""
        mutating func line(_ s: String) { text += s; text += "\n" }
    }

    // MARK: Parts

    static func cover(_ content: ReportContent, words: ReportText, theme: Theme, spec: ReportSpec,
                      into page: inout Page) throws(TallyError) {
        page.line("<header class=\"cover\">")
        if let logo = theme.logo,
           let img = try logoImage(logo, alt: spec.organisation.map { words.logoOf.replacingOccurrences(of: "{name}", with: $0) } ?? words.logo) {
            page.line(img)
        }
        page.line("<h1" + dir(content.title) + ">" + text(content.title) + "</h1>")
        page.line("<p class=\"subtitle\"" + dir(content.subtitle) + ">" + text(content.subtitle) + "</p>")
        if !content.cover.byline.isEmpty {
            page.line("<p class=\"byline\"" + dir(content.cover.byline) + ">" + text(content.cover.byline) + "</p>")
        }
        if let lead = content.cover.lead {
            page.line("<div class=\"lead\"><p><span class=\"lead-figure\">" + text(lead.figure) + "</span> <span class=\"beside\""
                      + dir(lead.beside) + ">" + text(lead.beside) + "</span></p><p class=\"caption\"" + dir(lead.caption) + ">" + text(lead.caption) + "</p></div>")
        }
        if !content.cover.summary.isEmpty {
            page.line("<p class=\"summary\"" + dir(content.cover.summary) + ">" + text(content.cover.summary) + "</p>")
        }
        for m in words.coverMeta { page.line("<p class=\"meta\"" + dir(m) + ">" + text(m) + "</p>") }
        page.line("</header>")
    }

    static func section(_ section: SectionContent, number: Int, content: ReportContent, words: ReportText, theme: Theme,
                        fontFamily: String, glyphs: inout GlyphSprite, into page: inout Page) throws(TallyError) {
        let id = "s\(number)"
        let isChart: Bool = if case .chart(let c) = section.body, c.drawing != nil { true } else { false }
        // Sections are not labelled landmarks: a table's scroll box is one, named by the
        // table's caption, and a section named by the same heading would repeat it
        // (axe-core: landmark-unique). Headings give the outline.
        page.line("<section id=\"\(id)\"" + (isChart ? " class=\"chart\"" : "") + ">")
        // A drawn chart shows its headline itself, as in the PDF; the heading is there
        // for the outline a screen reader lists, not drawn a second time.
        page.line("<h2 id=\"\(id)-h\"" + (isChart ? " class=\"vh\"" : "") + dir(section.title) + ">" + text(section.title) + "</h2>")
        switch section.body {
        case let .summary(headlines):
            if headlines.isEmpty { page.line("<p class=\"message\"" + dir(words.noFigures) + ">" + text(words.noFigures) + "</p>") }
            for h in headlines { headline(h, content: content, words: words, into: &page) }
        case let .chart(chart):
            guard let drawing = chart.drawing else {
                page.line("<p class=\"message\"" + dir(chart.emptyMessage) + ">" + text(chart.emptyMessage) + "</p>")
                break
            }
            try figure(drawing, title: section.title, id: id, words: words, theme: theme, fontFamily: fontFamily,
                       glyphs: &glyphs, into: &page)
        case let .table(table):
            if table.rows.isEmpty {
                page.line("<p class=\"message\"" + dir(table.note) + ">" + text(table.note) + "</p>")
                break
            }
            self.table(columns: table.columns, numeric: table.numeric, rows: table.rows, caption: section.title,
                       captionHidden: true, id: id + "-t", into: &page)
            if !table.note.isEmpty { page.line("<p class=\"note\"" + dir(table.note) + ">" + text(table.note) + "</p>") }
        case let .notes(blocks):
            var inList = false
            for b in blocks {
                switch b {
                case let .paragraph(r):
                    if inList { page.line("</ul>"); inList = false }
                    page.line("<p" + dir(r.map(\.text).joined()) + ">" + runs(r) + "</p>")
                case let .bullet(r):
                    if !inList { page.line("<ul>"); inList = true }
                    page.line(item(r))
                }
            }
            if inList { page.line("</ul>") }
        }
        page.line("</section>")
    }

    /// A headline: its name, what kind of figure it is, the figure and the lines under
    /// it, and the comparisons, as the PDF's summary sets them (``PageDrawer/figureText(_:periodName:)``).
    static func headline(_ h: Headline, content: ReportContent, words: ReportText, into page: inout Page) {
        let (figure, notes, muted) = PageDrawer.figureText(h, periodName: content.periodName)
        page.line("<div class=\"headline\">")
        let name = ReportWords.headline(h.measure), kind = ReportWords.figureKind(h.measure, kind: h.kind, period: content.kind)
        page.line("<div class=\"name\"><h3" + dir(name) + ">" + text(name) + "</h3><p class=\"kind\"" + dir(kind) + ">"
                  + text(kind) + "</p></div>")
        page.line("<div class=\"figure\"><p class=\"value" + (muted ? " muted" : "") + "\"" + dir(figure) + ">" + text(figure) + "</p>"
                  + notes.map { "<p class=\"note\"" + dir($0) + ">" + text($0) + "</p>" }.joined() + "</div>")
        if !h.comparisons.isEmpty {
            page.line("<div class=\"compare\"><p class=\"note\"" + dir(words.comparedWith) + ">" + text(words.comparedWith) + "</p><ul>"
                      + h.comparisons.map { item($0) }.joined() + "</ul></div>")
        }
        page.line("</div>")
    }

    /// A chart: drawn wide, and narrow for phones when it fits that width, then its
    /// figures as a table.
    static func figure(_ drawing: any ChartDrawing, title: String, id: String, words: ReportText, theme: Theme, fontFamily: String,
                       glyphs: inout GlyphSprite, into page: inout Page) throws(TallyError) {
        let wide = try svg(drawing, title: title, width: wideUnits, theme: theme, fontFamily: fontFamily, required: true)!
        let narrow = try svg(drawing, title: title, width: narrowUnits, theme: theme, fontFamily: fontFamily, required: false)
        page.line("<figure>")
        page.line("<div class=\"" + (narrow == nil ? "drawn" : "drawn wide") + "\">"
                  + glyphs.take(InlineSVG.element(wide, prefix: id + "w-")) + "</div>")
        if let narrow {
            page.line("<div class=\"drawn narrow\">" + glyphs.take(InlineSVG.element(narrow, prefix: id + "n-")) + "</div>")
        }
        if let data = figures(of: drawing, words: words) {
            page.line("<details><summary" + dir(words.chartFigures) + ">" + text(words.chartFigures) + "</summary>")
            table(columns: data.columns, numeric: data.columns.indices.map { $0 > 0 }, rows: data.rows,
                  caption: words.chartFiguresCaption.replacingOccurrences(of: "{title}", with: title), captionHidden: true,
                  id: id + "-f", into: &page)
            page.line("</details>")
        }
        page.line("</figure>")
    }

    /// The chart as SVG `width` units wide, as high as its content needs (as the web
    /// PNG is sized), or `nil` when it does not fit that width and is not `required`.
    /// A bar chart that would sum bars to fit, or small multiples too small for their
    /// plots, do not fit: nothing is left out unsaid at either width.
    static func svg(_ drawing: any ChartDrawing, title: String, width: Int, theme: Theme, fontFamily: String,
                    required: Bool) throws(TallyError) -> [UInt8]? {
        let shownTitle = MessageText.excerpt(title, limit: 80)
        let fit = ChartRenderer.fit(drawing, width: width, theme: theme, fontFamily: fontFamily)
        if let p = fit.textProblem { throw TallyError(exitCode: p.inData ? 65 : 64, message: "chart '\(shownTitle)': " + p.message) }
        let height = Int(max(fit.minimumHeight, fit.naturalHeight).rounded(.up))
        let size = Size(width: Double(width), height: Double(height))
        let problem: String? = fit.problem(width: Double(width), height: Double(height))
            ?? ChartRenderer.measuring(fontFamily: fontFamily) { canvas -> String? in
                if let bars = drawing as? BarChart {
                    let folded = bars.foldedByLayout(size: size, theme: theme, canvas: canvas)
                    return folded > 0 ? "it would sum \(folded) of its \(bars.bars.count) bars in one" : nil
                }
                if let multiples = drawing as? SmallMultiples { return multiples.problem(size: size, theme: theme, canvas: canvas) }
                return nil
            }
        if let problem {
            guard required else { return nil }
            throw .usage("chart '\(shownTitle)' does not fit the web page's width (\(width) units): \(problem); "
                         + "shorten its title, subtitle or the names in the data")
        }
        do {
            return try ChartRenderer.render(drawing, format: .svg,
                                            options: RenderOptions(width: width, height: height, theme: theme, fontFamily: fontFamily),
                                            title: title)
        } catch {
            if error.isMissingGlyphs { throw TallyError(exitCode: FontChoice.noFontExitCode, message: "chart '\(shownTitle)': " + error.description) }
            throw .io("cannot render chart '\(shownTitle)' (\(error.description))")
        }
    }

    /// What a chart shows, as rows: each bar's label and figure as drawn at its end
    /// (``BarChart/Bar/valueText``), or each period of a timeline with every line's
    /// figure (`–` where a line has none; `, partial` where its period is marked).
    static func figures(of drawing: any ChartDrawing, words: ReportText) -> (columns: [String], rows: [[String]])? {
        if let bars = drawing as? BarChart {
            return ([words.groupColumn, words.figureColumn], bars.bars.map { [$0.label, $0.valueText] })
        }
        let timeline: TimelineChart
        if let t = drawing as? TimelineChart { timeline = t } else if let m = drawing as? SmallMultiples { timeline = m.chart } else { return nil }
        let keys = Set(timeline.series.flatMap { $0.points.map(\.periodKey) }).sorted()
        guard !keys.isEmpty else { return nil }
        let names = timeline.series.map(\.name)
        var rows: [[String]] = []
        for k in keys {
            var row = [ChartWords.periodName(k, kind: timeline.period)]
            for s in timeline.series {
                if let p = s.points.first(where: { $0.periodKey == k }) {
                    row.append(ChartWords.figure(p.estimate) + (s.partial[k] != nil || timeline.partial[k] != nil ? Messages.text("report.partial_mark") : ""))
                } else {
                    row.append("–")
                }
            }
            rows.append(row)
        }
        return ([words.periodColumn] + (timeline.series.count == 1 && !timeline.namesSeries ? [words.figureColumn] : names), rows)
    }

    /// A table in a box that scrolls sideways on its own when the screen is narrower
    /// than the table (the page never does), labelled by its caption for screen readers
    /// and reachable with the keyboard to scroll. The first column heads its row when it
    /// is a name (not a figure).
    static func table(columns: [String], numeric: [Bool], rows: [[String]], caption: String, captionHidden: Bool,
                      id: String, into page: inout Page) {
        page.line("<div class=\"scroll\" role=\"region\" aria-labelledby=\"\(id)-c\" tabindex=\"0\">")
        page.line("<table id=\"\(id)\">")
        page.line("<caption id=\"\(id)-c\"" + (captionHidden ? " class=\"vh\"" : "") + dir(caption) + ">" + text(caption) + "</caption>")
        page.line("<thead><tr>" + columns.enumerated().map { i, c in
            "<th scope=\"col\"" + (numeric[i] ? " class=\"num\"" : dir(c)) + ">" + (numeric[i] ? figureCell(c) : text(c)) + "</th>"
        }.joined() + "</tr></thead>")
        page.line("<tbody>")
        let rowHeads = !(numeric.first ?? true)
        for row in rows {
            page.line("<tr>" + row.enumerated().map { i, cell in
                let tag = i == 0 && rowHeads ? "th scope=\"row\"" : "td"
                let close = i == 0 && rowHeads ? "th" : "td"
                return "<" + tag + (numeric[i] ? " class=\"num\"" : dir(cell)) + ">" + (numeric[i] ? figureCell(cell) : text(cell))
                    + "</" + close + ">"
            }.joined() + "</tr>")
        }
        page.line("</tbody>")
        page.line("</table>")
        page.line("</div>")
    }

    static func sources(_ words: ReportText, into page: inout Page) {
        page.line("<section id=\"sources\">")
        page.line("<h2 id=\"sources-h\"" + dir(words.sourcesHeading) + ">" + text(words.sourcesHeading) + "</h2>")
        page.line("<h3" + dir(words.datasetsHeading) + ">" + text(words.datasetsHeading) + "</h3>")
        for d in words.datasets {
            page.line("<div class=\"dataset\">")
            page.line("<p class=\"dataset-name\"" + dir(d.name) + "><strong>" + text(d.name) + "</strong></p>")
            if !d.description.isEmpty { page.line("<p" + dir(d.description.map(\.text).joined()) + ">" + runs(d.description) + "</p>") }
            for fact in d.facts {
                // A dataset's address is a link when it is a web address; anything else
                // (a `javascript:` or `file:` address in a spec) stays text.
                // One paragraph, "label: value", in its own direction: an Arabic label
                // before "CC BY 4.0" runs right to left with the value isolated in it.
                let label = ReportText.factLabel(fact.label)
                let line = label + " " + fact.value
                let rtl = isRightToLeftElement(line)
                // A web address is one left-to-right run, whatever digits it holds.
                let value = isWebAddress(fact.value)
                    ? "<a href=\"" + escape(fact.value) + "\"" + (rtl ? " dir=\"ltr\"" : "") + ">" + escape(fact.value) + "</a>" : text(fact.value, rightToLeft: rtl)
                page.line("<p" + dir(line) + "><strong>" + text(label, rightToLeft: rtl) + "</strong> " + value + "</p>")
            }
            page.line("</div>")
        }
        for fact in words.recordFacts {
            let label = ReportText.factLabel(fact.label)
            let line = label + " " + fact.value
            let rtl = isRightToLeftElement(line)
            page.line("<p" + dir(line) + "><strong>" + text(label, rightToLeft: rtl) + "</strong> "
                      + text(fact.value, rightToLeft: rtl) + "</p>")
        }
        page.line("<h3" + dir(words.methodHeading) + ">" + text(words.methodHeading) + "</h3>")
        page.line("<ul class=\"method\">")
        for m in words.method { page.line(item(m)) }
        page.line("</ul>")
        page.line("</section>")
    }

    /// `http://` or `https://` followed by a host, with no white space or quote.
    static func isWebAddress(_ s: String) -> Bool {
        let lower = s.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return false }
        return !s.unicodeScalars.contains { $0.properties.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" || DrawnText.isControl($0) }
            && s.count > (lower.hasPrefix("https://") ? 8 : 7)
    }

    /// The style's logo as an image inside the page (a `data:` address, no request),
    /// `nil` when its file type is not one a browser shows.
    static func logoImage(_ logo: Logo, alt: String) throws(TallyError) -> String? {
        let lower = logo.file.lowercased()
        let type = lower.hasSuffix(".svg") ? "image/svg+xml" : lower.hasSuffix(".png") ? "image/png"
            : lower.hasSuffix(".jpg") || lower.hasSuffix(".jpeg") ? "image/jpeg" : nil
        guard let type else { return nil }
        guard let bytes = try InputFile.readAll(logo.file, what: "the style's logo", limit: 8 << 20) else {
            throw .usage("\(logo.file): the logo is larger than 8 MiB; use a smaller file")
        }
        return "<img class=\"logo\" src=\"data:" + type + ";base64," + base64(bytes) + "\" alt=\"" + escape(alt)
            + "\" width=\"" + String(Int(logo.width.rounded())) + "\" height=\"" + String(Int(logo.height.rounded())) + "\">"
    }

    static func base64(_ bytes: [UInt8]) -> String {
        let table = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i + 2 < bytes.count {
            let n = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
            out += [table[Int(n >> 18)], table[Int(n >> 12 & 63)], table[Int(n >> 6 & 63)], table[Int(n & 63)]]
            i += 3
        }
        let left = bytes.count - i
        if left == 1 {
            let n = UInt32(bytes[i]) << 16
            out += [table[Int(n >> 18)], table[Int(n >> 12 & 63)], UInt8(ascii: "="), UInt8(ascii: "=")]
        } else if left == 2 {
            let n = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8
            out += [table[Int(n >> 18)], table[Int(n >> 12 & 63)], table[Int(n >> 6 & 63)], UInt8(ascii: "=")]
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Text

    /// Text for an element or a quoted attribute: markup characters as references, and
    /// what the PDF draws as U+FFFD (controls, noncharacters; a tab as a space) the same.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in DrawnText.sanitized(s).unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// Styled runs as `<strong>` and `<em>`, each with its figures and opposite runs
    /// isolated in the paragraph's direction (``text(_:rightToLeft:)``).
    static func runs(_ runs: [StyledRun]) -> String {
        let rtl = isRightToLeftElement(runs.map(\.text).joined())
        return runs.map { r in
            var s = text(r.text, rightToLeft: rtl)
            if r.italic { s = "<em>" + s + "</em>" }
            if r.bold { s = "<strong>" + s + "</strong>" }
            return s
        }.joined()
    }

    static var pageRightToLeft: Bool { DisplayLocale.current.direction == .rightToLeft }

    /// Whether an element holding `text` with ``dir(_:)``'s attribute runs right to left.
    static func isRightToLeftElement(_ text: String) -> Bool {
        if Bidi.isRightToLeftParagraph(text, in: DisplayLocale.current.direction) { return true }
        return pageRightToLeft && !text.unicodeScalars.contains(where: \.properties.isAlphabetic)
    }

    /// Text of an element with ``dir(_:)``'s attribute for it (see ``text(_:rightToLeft:)``).
    static func text(_ s: String) -> String { text(s, rightToLeft: isRightToLeftElement(s)) }

    /// `s` escaped, as the PDF isolates it (``Bidi/segments(_:rightToLeft:)``) in an
    /// element that runs right to left or not: every figure in `<span class="n"
    /// dir="ltr">` (left to right, never broken across lines: "1,267,62⏎1" at 320 px,
    /// review15 item 10), every run in the other direction in a span of its own `dir`
    /// (an HTML `dir` isolates). An Arabic page drew "النطاق 805–892" as 892–805 and
    /// "CC BY 4.0" as "4.0 CC BY" where the PDF was right (review15 items 3, 6).
    static func text(_ s: String, rightToLeft: Bool) -> String {
        func html(_ seg: BidiSegment) -> String {
            switch seg.kind {
            case .plain: escape(seg.text)
            case .number: "<span class=\"n\" dir=\"ltr\">" + escape(seg.text) + "</span>"
            case .opposite, .isolate: "<span dir=\"" + (seg.rightToLeft ? "rtl" : "ltr") + "\">" + seg.parts.map(html).joined() + "</span>"
            }
        }
        return Bidi.segments(s, rightToLeft: rightToLeft).map(html).joined()
    }

    /// A cell of a figure column: already one line (`.num`), so isolated only on a
    /// right-to-left page, where its ranges need it.
    static func figureCell(_ s: String) -> String {
        pageRightToLeft ? text(s, rightToLeft: true) : escape(s)
    }

    /// A list item. On a right-to-left page a left-to-right item (an English citation
    /// in a note) keeps the page's direction, so its marker stays inside the list's
    /// padding at the right, and its words go in one left-to-right span: an `<li
    /// dir="ltr">` hung its marker left of the page, scrolling a 320 px screen sideways
    /// (review15 item 5). On a left-to-right page an Arabic item is `dir="rtl"` with its
    /// marker inside (CSS), right-aligned as the PDF sets it.
    static func item(_ s: String) -> String { item([StyledRun(s)]) }

    static func item(_ r: [StyledRun]) -> String {
        let joined = r.map(\.text).joined()
        if pageRightToLeft && !isRightToLeftElement(joined) {
            return "<li><span dir=\"ltr\">" + runs(r) + "</span></li>"
        }
        return "<li" + dir(joined) + ">" + runs(r) + "</li>"
    }

    /// Each paragraph's own direction, by the PDF's rule (``Bidi/isRightToLeftParagraph(_:in:)``:
    /// its first letter in a left-to-right brief, any Arabic letter in a right-to-left
    /// one): ` dir="rtl"` for Arabic text in a left-to-right brief, ` dir="ltr"` for
    /// English text in a right-to-left one; nothing when it runs the page's way or has
    /// no letter (a figure).
    static func dir(_ text: String) -> String {
        let pageRTL = DisplayLocale.current.direction == .rightToLeft
        if Bidi.isRightToLeftParagraph(text, in: DisplayLocale.current.direction) { return pageRTL ? "" : " dir=\"rtl\"" }
        return pageRTL && text.unicodeScalars.contains(where: \.properties.isAlphabetic) ? " dir=\"ltr\"" : ""
    }

    /// A CSS colour.
    static func css(_ c: Color) -> String {
        let (r, g, b) = c.rgb8
        let hex = Array("0123456789abcdef".utf8)
        return "#" + String(decoding: [r >> 4, r & 15, g >> 4, g & 15, b >> 4, b & 15].map { hex[Int($0)] }, as: UTF8.self)
    }

    /// `share` of `a` over `b`, for rules and the tint of every other table row.
    static func mix(_ a: Color, _ b: Color, _ share: Double) -> Color {
        Color(red: a.red * share + b.red * (1 - share), green: a.green * share + b.green * (1 - share),
              blue: a.blue * share + b.blue * (1 - share))
    }

    /// A font family name as a CSS string, or `nil` when it holds anything but letters,
    /// digits, spaces, `-` and `_` (a style file's name must not end the style sheet).
    static func cssFamily(_ name: String) -> String? {
        guard !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0" ... "9").contains($0)
            || $0 == " " || $0 == "-" || $0 == "_" }) else { return nil }
        return "\"" + name + "\""
    }

    // MARK: Style

    static func css(theme: Theme, fontFamily: String) -> String {
        let family = (cssFamily(fontFamily).map { $0 + ", " } ?? "") + "\"DejaVu Sans\", system-ui, sans-serif"
        return """
        :root { --text: \(css(theme.text)); --muted: \(css(theme.mutedText)); --bg: \(css(theme.background)); \
        --accent: \(css(theme.primary.readable(on: theme.background))); \
        --rule: \(css(mix(theme.text, theme.background, 0.22))); --tint: \(css(mix(theme.text, theme.background, 0.05))); }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0; background: var(--bg); color: var(--text); font-family: \(family); font-size: 1rem; line-height: 1.5; overflow-wrap: anywhere; }
        header, main { max-width: \(wideUnits + 32)px; margin: 0 auto; padding: 0 16px; }
        h1 { font-size: 1.9rem; line-height: 1.2; margin: 1.5rem 0 .4rem; }
        h2 { font-size: 1.35rem; line-height: 1.25; margin: 2.2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 1px solid var(--rule); }
        h3 { font-size: 1rem; margin: 1rem 0 .2rem; }
        p, li { max-width: 42em; }
        p { margin: .4rem 0; }
        .logo { float: inline-end; max-height: 64px; width: auto; margin-block: 1.5rem .5rem; margin-inline-start: 1rem; }
        .subtitle { color: var(--accent); font-size: 1.1rem; margin-top: 0; }
        .byline, .meta, .note, .kind, .message, .muted { color: var(--muted); }
        .meta, .note, .kind { font-size: .875rem; }
        .message { font-style: italic; }
        .lead { margin: 1.2rem 0; }
        .lead p { margin: 0; }
        .lead-figure { font-size: 3rem; font-weight: bold; line-height: 1.1; margin-inline-end: .4rem; }
        .caption { font-weight: bold; }
        .summary { font-size: 1.1rem; }
        .cover::after { content: ""; display: block; clear: both; border-bottom: 2px solid var(--text); padding-top: .8rem; }
        .headline { display: grid; grid-template-columns: 30% 33% 1fr; gap: .4rem 1rem; padding: .6rem 0; border-bottom: 1px solid var(--rule); }
        .headline h3 { margin: 0; }
        .headline p { margin: 0; }
        .headline .value { font-size: 1.6rem; font-weight: bold; line-height: 1.2; }
        .headline ul { margin: 0; padding: 0; list-style: none; font-size: .875rem; }
        figure { margin: 1rem 0; }
        svg { display: block; max-width: 100%; height: auto; }
        svg.glyphs { position: absolute; width: 0; height: 0; overflow: hidden; }
        .drawn.narrow { display: none; }
        details { margin: .4rem 0; }
        summary { cursor: pointer; color: var(--accent); }
        .scroll { overflow-x: auto; max-width: 100%; margin: .4rem 0; }
        .scroll:focus { outline: 2px solid var(--accent); outline-offset: 2px; }
        table { border-collapse: collapse; font-size: .9rem; overflow-wrap: normal; }
        th, td { padding: .3rem .5rem; text-align: start; vertical-align: top; overflow-wrap: break-word; }
        th[scope=col] { border-bottom: 2px solid var(--text); vertical-align: bottom; }
        tbody tr:nth-child(even) { background: var(--tint); }
        .num { text-align: end; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .n { white-space: nowrap; }
        li[dir] { list-style-position: inside; }
        .method li { margin-bottom: .4rem; }
        .dataset { margin-bottom: .8rem; }
        .dataset p:not(.dataset-name) { margin-inline-start: 1rem; }
        .vh { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
        @media (max-width: \(narrowBreakpoint - 1).98px) {
          header, main { padding: 0 12px; }
          h1 { font-size: 1.5rem; }
          .lead-figure { font-size: 2.4rem; }
          .headline { grid-template-columns: 1fr; }
          .headline .value { font-size: 1.25rem; }
          .drawn.wide { display: none; }
          .drawn.narrow { display: block; }
        }
        @media print {
          body { font-size: 10pt; background: #fff; }
          header, main { max-width: none; padding: 0; }
          .scroll { overflow: visible; }
          .drawn.narrow { display: none !important; }
          .drawn.wide { display: block !important; }
          figure, table, tr, .headline, .dataset { break-inside: avoid; page-break-inside: avoid; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
          #sources { break-before: page; page-break-before: always; }
          details > summary { display: none; }
          a { color: inherit; }
        }

        """
    }
}
