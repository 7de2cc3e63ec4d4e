import TallyCharts
import TallyCore

/// Draws placed blocks, running headers and page numbers.
struct PageDrawer {
    let style: PageStyle
    let content: ReportContent

    var theme: Theme { style.theme }
    var left: Double { style.content.minX }
    var width: Double { style.content.width }
    /// Right to left (``LayoutDirection``), the page is laid out left to right and drawn
    /// mirrored (``MirroredDocumentCanvas``): every line then aligns at the right.
    var direction: LayoutDirection { theme.direction }
    var mirrored: Bool { direction.isRightToLeft }

    /// A line of `paragraph` (the line itself when not given) as drawn (``Bidi/isolate(_:direction:paragraph:)``).
    func isolated(_ line: String, paragraph: String? = nil) -> String {
        Bidi.isolate(line, direction: direction, paragraph: paragraph)
    }

    /// The report's own words: isolated right to left; left to right, a line of a
    /// left-to-right paragraph (``Bidi/leftToRightRun(_:)``), so an Arabic name inside
    /// keeps the figures beside it in order ("By place: … حلب 158 (156–163)" was drawn
    /// "(163–156) 158 حلب", review15 item 2). Text without right-to-left letters is
    /// drawn as it is.
    func plain(_ line: String, paragraph: String? = nil) -> String {
        mirrored ? isolated(line, paragraph: paragraph) : Bidi.leftToRightRun(line)
    }

    /// Whether a block of `lines` aligns at the far end of its box (the right, before a
    /// right-to-left page is mirrored): a right-to-left paragraph on a left-to-right page.
    /// On a right-to-left page every line aligns at the start (the right once mirrored).
    func alignsAtEnd(_ lines: [String]) -> Bool {
        !mirrored && Bidi.isRightToLeftParagraph(lines.joined(separator: " "))
    }

    /// Header on every page but the first (the cover carries the title), page number on all.
    func drawFrame(on canvas: DocumentCanvas, page: Int, of total: Int) {
        let size = style.size
        canvas.fill(Rect(x: 0, y: 0, width: size.width, height: size.height), color: theme.background)
        if page > 1 {
            let y = PageStyle.runningBaseline
            // Wrapped, never cut: the lines rise from the rule (PageLayout refuses a
            // title that needs more than three).
            let title = TextWrap.lines(content.title, width: style.runningTitleWidth(content, canvas: canvas),
                                       font: style.runningFont, canvas: canvas, maxLines: 3)
            for (i, line) in title.enumerated() {
                canvas.text(isolated(line, paragraph: content.title), at: Point(x: left, y: y - Double(title.count - 1 - i) * PageStyle.runningStep),
                            font: style.runningFont, color: theme.mutedText, anchor: TextAnchor(.left, .baseline))
            }
            canvas.text(plain(content.periodName), at: Point(x: left + width, y: y), font: style.runningFont,
                        color: theme.mutedText, anchor: TextAnchor(.right, .baseline))
            canvas.line(from: Point(x: left, y: y + 6), to: Point(x: left + width, y: y + 6), color: style.rule, width: 0.5)
        }
        canvas.text(plain(Messages.text("report.page", ["page": DisplayLocale.current.integer(Int64(page)), "total": DisplayLocale.current.integer(Int64(total))])), at: Point(x: size.width / 2, y: size.height - 34), font: style.runningFont,
                    color: theme.mutedText, anchor: TextAnchor(.center, .baseline))
    }

    func draw(_ placed: PlacedBlock, on canvas: DocumentCanvas) {
        let y = placed.y
        switch placed.block {
        case let .cover(c):
            drawCover(c, y: y, on: canvas)
        case .contentsHeading, .contentsEntry:
            break // drawn by drawContents once the pages are known
        case let .heading(lines):
            let rtl = alignsAtEnd(lines)
            for (i, line) in lines.enumerated() {
                canvas.text(isolated(line, paragraph: lines.joined(separator: " ")), at: Point(x: rtl ? left + width : left, y: y + 2 + Double(i) * PageStyle.headingStep),
                            font: style.headingFont, color: theme.text, anchor: TextAnchor(rtl ? .right : .left, .top))
            }
            let rule = y + placed.height - 4
            canvas.line(from: Point(x: left, y: rule), to: Point(x: left + width, y: rule), color: style.rule, width: 0.6)
        case let .subheading(text):
            canvas.text(plain(text), at: Point(x: left, y: y + 4), font: style.subheadingFont, color: theme.text,
                        anchor: TextAnchor(.left, .top))
        case let .line(line):
            drawLine(line, y: y, on: canvas)
        case .spacer, .pageBreak:
            break
        case let .message(lines):
            for (i, line) in lines.enumerated() {
                canvas.text(plain(line, paragraph: lines.joined(separator: " ")), at: Point(x: left, y: y + 2 + Double(i) * style.lineHeight),
                            font: style.bodyFont, italic: true,
                            color: theme.mutedText, anchor: TextAnchor(.left, .top))
            }
        case let .headline(h, lines):
            drawHeadline(h, lines, y: y, height: placed.height, on: canvas)
        case let .chart(chart, units):
            let scale = style.chartScale
            let origin = Point(x: left - PageStyle.chartMargin * scale, y: y - 10 * scale)
            if let page = canvas as? MirroredDocumentCanvas {
                // The chart mirrors itself (its theme reads right to left): not twice.
                page.drawUnmirrored(origin: origin, scale: scale, width: units.width, alt: chart.altText) { inner in
                    chart.draw(on: inner, size: units, theme: theme)
                }
            } else {
                canvas.drawScaled(origin: origin, scale: scale, alt: chart.altText) { inner in
                    chart.draw(on: inner, size: units, theme: theme)
                }
            }
        case let .tableHeader(g):
            let h = placed.height - 4
            let names = g.header.isEmpty ? g.columns.map { [$0] } : g.header
            for (i, name) in names.enumerated() {
                drawCell(name, geometry: g, column: i, y: y + 2, height: h, font: style.tableBold, color: theme.text, on: canvas)
            }
            canvas.line(from: Point(x: left, y: y + h + 2), to: Point(x: left + width, y: y + h + 2), color: theme.text, width: 0.8)
        case let .tableRow(g, cells, index):
            let h = placed.height
            if index % 2 == 1 { canvas.fill(Rect(x: left, y: y, width: width, height: h), color: style.rowTint) }
            for (i, cell) in cells.enumerated() {
                drawCell(cell, geometry: g, column: i, y: y, height: h, font: style.tableFont, color: theme.text, on: canvas)
            }
        }
    }

    func drawCover(_ c: CoverLines, y: Double, on canvas: DocumentCanvas) {
        if let logo = c.logo {
            canvas.image(file: logo.file, in: Rect(x: left + width - logo.width, y: y, width: logo.width, height: logo.height))
        }
        // A right-to-left title, subtitle or byline aligns right, every line of it; the
        // title ends short of the logo, as it wrapped (`c.titleWidth`).
        func x(_ lines: [String], width w: Double) -> (Double, TextAnchor.Horizontal) {
            alignsAtEnd(lines) ? (left + w, .right) : (left, .left)
        }
        let (tx, ta) = x(c.title, width: c.titleWidth)
        for (i, line) in c.title.enumerated() {
            canvas.text(isolated(line, paragraph: c.title.joined(separator: " ")), at: Point(x: tx, y: y + Double(i) * c.titleStep), font: style.titleFont,
                        color: theme.text, anchor: TextAnchor(ta, .top))
        }
        let (sx, sa) = x(c.subtitle, width: width)
        for (i, line) in c.subtitle.enumerated() {
            canvas.text(isolated(line, paragraph: c.subtitle.joined(separator: " ")), at: Point(x: sx, y: y + c.subtitleTop + Double(i) * PageStyle.subtitleStep),
                        font: style.subtitleFont, color: theme.primary.readable(on: theme.background), anchor: TextAnchor(sa, .top))
        }
        let (bx, ba) = x(c.byline, width: width)
        for (i, line) in c.byline.enumerated() {
            canvas.text(isolated(line, paragraph: c.byline.joined(separator: " ")), at: Point(x: bx, y: y + c.bylineTop + Double(i) * style.lineHeight),
                        font: style.bodyFont, color: theme.mutedText, anchor: TextAnchor(ba, .top))
        }
        if let lead = c.lead {
            let font = Font(size: lead.size, weight: .bold)
            let top = y + c.leadTop
            for (i, line) in lead.figure.enumerated() {
                canvas.text(Bidi.isolate(line), at: Point(x: left, y: top + Double(i) * lead.size * 1.15), font: font,
                            color: theme.text, anchor: TextAnchor(.left, .top))
            }
            // The range beside the number, its lines centred on the number's first line.
            let middle = top + lead.size * 0.55
            let besideTop = middle - Double(lead.beside.count) * style.lineHeight / 2
            for (i, line) in lead.beside.enumerated() {
                canvas.text(isolated(line, paragraph: lead.beside.joined(separator: " ")),
                            at: Point(x: left + lead.figureWidth + 14, y: besideTop + Double(i) * style.lineHeight),
                            font: style.bodyFont, color: theme.mutedText, anchor: TextAnchor(.left, .top))
            }
            let captionTop = top + Double(lead.figure.count) * lead.size * 1.15 + 4
            for (i, line) in lead.caption.enumerated() {
                canvas.text(isolated(line, paragraph: lead.caption.joined(separator: " ")), at: Point(x: left, y: captionTop + Double(i) * style.lineHeight),
                            font: style.bodyBold, color: theme.text, anchor: TextAnchor(.left, .top))
            }
        }
        for (i, line) in c.summary.enumerated() {
            canvas.text(plain(line, paragraph: c.summary.joined(separator: " ")), at: Point(x: left, y: y + c.summaryTop + Double(i) * PageStyle.coverLineStep),
                        font: style.coverBodyFont, color: theme.text, anchor: TextAnchor(.left, .top))
        }
        for (i, line) in c.meta.enumerated() {
            canvas.text(plain(line), at: Point(x: left, y: y + c.metaTop + Double(i) * PageStyle.metaStep), font: style.metaFont,
                        color: theme.mutedText, anchor: TextAnchor(.left, .top))
        }
        canvas.line(from: Point(x: left, y: y + c.ruleY), to: Point(x: left + width, y: y + c.ruleY), color: theme.text, width: 1)
    }

    /// A cell's wrapped lines, centred as a block in the row's height.
    func drawCell(_ lines: [String], geometry g: TableGeometry, column i: Int, y: Double, height: Double, font: Font,
                  color: Color, on canvas: DocumentCanvas) {
        let pad = TableGeometry.padding
        // Figures align right; so does a right-to-left name, every line of it. On a
        // right-to-left page (mirrored) every cell aligns at the right: names at their
        // start, figures so that their units line up.
        let right = !mirrored && (g.numeric[i] || Bidi.isRightToLeftParagraph(lines.joined(separator: " ")))
        let x = right ? left + g.x[i] + g.widths[i] - pad : left + g.x[i] + pad
        let middle = Double(lines.count - 1) / 2
        for (n, line) in lines.enumerated() {
            canvas.text(isolated(line, paragraph: lines.joined(separator: " ")), at: Point(x: x, y: y + height / 2 + (Double(n) - middle) * TableGeometry.lineStep),
                        font: font, color: color, anchor: TextAnchor(right ? .right : .left, .middle))
        }
    }

    func drawLine(_ line: TextLine, y: Double, on canvas: DocumentCanvas) {
        let baseline = y + line.font.size * 1.0
        if mirrored {
            drawMirroredLine(line, baseline: baseline, on: canvas)
            return
        }
        if line.rightToLeft {
            // From the right edge (less the indent), the runs right to left.
            var x = left + width - line.indent
            if line.bullet {
                canvas.fillCircle(center: Point(x: x + 8, y: baseline - line.font.size * 0.32), radius: 1.6, color: line.color)
            }
            for run in line.runs {
                let font = Font(size: line.font.size, weight: run.bold ? .bold : line.font.weight)
                // Isolated right to left: a range in an Arabic sentence drawn as it is
                // came out reversed ("7,000–5,000" for 5,000–7,000).
                let text = Bidi.rightToLeftRun(run.text)
                canvas.text(text, at: Point(x: x, y: baseline), font: font, italic: run.italic, color: line.color,
                            anchor: TextAnchor(.right, .baseline))
                x -= canvas.measure(text, font: font, italic: run.italic).width
            }
            return
        }
        var x = left + line.indent
        if line.bullet {
            canvas.fillCircle(center: Point(x: x - 8, y: baseline - line.font.size * 0.32), radius: 1.6, color: line.color)
        }
        for run in line.runs {
            let font = Font(size: line.font.size, weight: run.bold ? .bold : line.font.weight)
            // An Arabic name inside an English sentence keeps the figures after it in order.
            let text = Bidi.leftToRightRun(run.text)
            canvas.text(text, at: Point(x: x, y: baseline), font: font, italic: run.italic, color: line.color,
                        anchor: TextAnchor(.left, .baseline))
            x += canvas.measure(text, font: font, italic: run.italic).width
        }
    }

    /// A line on a right-to-left page, laid out for the mirror. A right-to-left
    /// paragraph's runs go from the start (the right once mirrored) onwards, each isolated
    /// right to left so that its figures keep their order; a left-to-right paragraph's
    /// line also ends at the right, but its runs keep their left-to-right order.
    func drawMirroredLine(_ line: TextLine, baseline: Double, on canvas: DocumentCanvas) {
        let paragraph = line.rightToLeft
        let fonts = line.runs.map { Font(size: line.font.size, weight: $0.bold ? .bold : line.font.weight) }
        let texts = line.runs.map { paragraph ? Bidi.rightToLeftRun($0.text) : Bidi.leftToRightRun($0.text) }
        let widths = zip(zip(texts, fonts), line.runs).map { canvas.measure($0.0, font: $0.1, italic: $1.italic).width }
        if line.bullet {
            canvas.fillCircle(center: Point(x: left + line.indent - 8, y: baseline - line.font.size * 0.32), radius: 1.6, color: line.color)
        }
        if paragraph {
            var x = left + line.indent
            for (i, run) in line.runs.enumerated() {
                canvas.text(texts[i], at: Point(x: x, y: baseline), font: fonts[i], italic: run.italic, color: line.color,
                            anchor: TextAnchor(.left, .baseline))
                x += widths[i]
            }
        } else {
            var x = left + line.indent + widths.reduce(0, +)
            for (i, run) in line.runs.enumerated() {
                canvas.text(texts[i], at: Point(x: x, y: baseline), font: fonts[i], italic: run.italic, color: line.color,
                            anchor: TextAnchor(.right, .baseline))
                x -= widths[i]
            }
        }
    }

    func drawHeadline(_ h: Headline, _ l: HeadlineLines, y: Double, height: Double, on canvas: DocumentCanvas) {
        canvas.line(from: Point(x: left, y: y + height - 3), to: Point(x: left + width, y: y + height - 3), color: style.rule, width: 0.5)
        let nameWidth = width * 0.30
        let figureX = left + nameWidth
        let figureWidth = width * 0.33
        let compareX = figureX + figureWidth
        let top = y + 8
        for (i, line) in l.name.enumerated() {
            canvas.text(plain(line, paragraph: l.name.joined(separator: " ")), at: Point(x: left, y: top + Double(i) * HeadlineLines.nameStep), font: style.bodyBold,
                        color: theme.text, anchor: TextAnchor(.left, .top))
        }
        let kindTop = top + 14 + Double(l.name.count - 1) * HeadlineLines.nameStep
        for (i, line) in l.kind.enumerated() {
            canvas.text(plain(line, paragraph: l.kind.joined(separator: " ")), at: Point(x: left, y: kindTop + Double(i) * HeadlineLines.kindStep), font: style.smallFont,
                        color: theme.mutedText, anchor: TextAnchor(.left, .top))
        }
        let font = Font(size: l.figureSize, weight: .bold)
        for (i, line) in l.figure.enumerated() {
            canvas.text(isolated(line), at: Point(x: figureX, y: top - 2 + Double(i) * (l.figureSize + 3)), font: font,
                        color: l.muted ? theme.mutedText : theme.text, anchor: TextAnchor(.left, .top))
        }
        var ny = top + l.notesTop
        for line in l.notes.joined() {
            canvas.text(plain(line), at: Point(x: figureX, y: ny), font: style.smallFont, color: theme.mutedText,
                        anchor: TextAnchor(.left, .top))
            ny += HeadlineLines.noteStep
        }
        var cy = top
        canvas.text(plain(ReportText(content).comparedWith), at: Point(x: compareX, y: cy), font: style.smallFont, color: theme.mutedText,
                    anchor: TextAnchor(.left, .top))
        cy += HeadlineLines.comparisonStep
        for c in l.comparisons {
            for (i, line) in c.enumerated() {
                canvas.text(plain(line, paragraph: c.joined(separator: " ")), at: Point(x: compareX, y: cy + Double(i) * HeadlineLines.continuationStep), font: style.smallFont,
                            color: theme.text, anchor: TextAnchor(.left, .top))
            }
            cy += HeadlineLines.comparisonStep + Double(c.count - 1) * HeadlineLines.continuationStep
        }
    }

    /// The big figure of a headline, the small lines under it, and whether it is muted
    /// (not this period's figure).
    static func figureText(_ h: Headline, periodName: String) -> (String, [String], Bool) {
        if let f = h.figure {
            var notes: [String] = []
            if f.isRangeOnly { notes.append(Messages.text("report.figure.range_only")) }
            notes.append(h.kind == .stock ? Messages.text("report.figure.observed_in", ["period": periodName])
                : Messages.plural(h.eventsCounted ? "report.figure.events" : "report.figure.records", Int64(h.events)))
            return (ChartWords.figure(f), notes, false)
        }
        if let last = h.lastObserved {
            return (ChartWords.figure(last.estimate), [Messages.text("report.figure.last_observed", ["period": last.period]),
                                                       Messages.text("report.figure.no_observation", ["period": periodName])], true)
        }
        return (Messages.text(h.kind == .stock ? "report.figure.not_observed" : "report.figure.no_records"), [], true)
    }

    /// The room a contents entry's title has: the page number (up to three digits) and
    /// the dots take the rest.
    static func contentsTitleWidth(style: PageStyle, canvas: Canvas) -> Double {
        style.content.width - canvas.measure("999", font: style.bodyFont).width - 40
    }

    static func contentsEntryHeight(_ title: String, style: PageStyle, canvas: Canvas) -> Double {
        let n = TextWrap.lines(title, width: contentsTitleWidth(style: style, canvas: canvas), font: style.bodyFont, canvas: canvas).count
        return Double(n - 1) * PageStyle.contentsStep + 18
    }

    /// The contents: one line per section with its page number, each a link; at `top`
    /// (the top of the page when not given). `Report` draws the same parts where
    /// pagination put them.
    func drawContents(_ anchors: [Anchor], at top: Double? = nil, on canvas: DocumentCanvas) {
        var y = top ?? style.content.minY
        drawContentsHeading(at: y, on: canvas)
        y += PageStyle.headingHeight(lines: 1) + 10
        for a in anchors {
            drawContentsEntry(a, at: y, on: canvas)
            y += PageDrawer.contentsEntryHeight(a.title, style: style, canvas: canvas)
        }
    }

    func drawContentsHeading(at y: Double, on canvas: DocumentCanvas) {
        canvas.text(plain(Messages.text("report.contents")), at: Point(x: left, y: y + 2), font: style.headingFont, color: theme.text,
                    anchor: TextAnchor(.left, .top))
        let rule = y + PageStyle.headingHeight(lines: 1) - 4
        canvas.line(from: Point(x: left, y: rule), to: Point(x: left + width, y: rule), color: style.rule, width: 0.6)
    }

    /// One entry: its title wrapped, never cut; the page number and the dots on the last line.
    func drawContentsEntry(_ a: Anchor, at top: Double, on canvas: DocumentCanvas) {
        var y = top
        let number = DisplayLocale.current.isEnglish ? String(a.page) : DisplayLocale.current.digitsOf(String(a.page))
        let nw = canvas.measure(number, font: style.bodyFont).width
        let title = TextWrap.lines(a.title, width: PageDrawer.contentsTitleWidth(style: style, canvas: canvas),
                                   font: style.bodyFont, canvas: canvas)
        for (i, line) in title.enumerated() {
            canvas.text(isolated(line, paragraph: a.title), at: Point(x: left, y: y), font: style.bodyFont, color: theme.text,
                        anchor: TextAnchor(.left, .top))
            if i < title.count - 1 { y += PageStyle.contentsStep }
        }
        let tw = canvas.measure(isolated(title.last ?? "", paragraph: a.title), font: style.bodyFont).width
        canvas.text(number, at: Point(x: left + width, y: y), font: style.bodyFont, color: theme.text,
                    anchor: TextAnchor(.right, .top))
        let dotsStart = left + tw + 8, dotsEnd = left + width - nw - 8
        if dotsEnd > dotsStart {
            canvas.line(from: Point(x: dotsStart, y: y + 10), to: Point(x: dotsEnd, y: y + 10), color: style.rule,
                        width: 0.8, dash: [1, 3])
        }
        canvas.link(Rect(x: left, y: top - 2, width: width, height: y - top + 16), toPage: a.page, y: max(0, a.y - 8))
    }
}
