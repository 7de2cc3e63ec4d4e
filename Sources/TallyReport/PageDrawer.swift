import TallyCharts
import TallyCore

/// Draws placed blocks, running headers and page numbers.
struct PageDrawer {
    let style: PageStyle
    let content: ReportContent

    var theme: Theme { style.theme }
    var left: Double { style.content.minX }
    var width: Double { style.content.width }

    /// Header on every page but the first (the cover carries the title), page number on all.
    func drawFrame(on canvas: DocumentCanvas, page: Int, of total: Int) {
        let size = style.size
        canvas.fill(Rect(x: 0, y: 0, width: size.width, height: size.height), color: theme.background)
        if page > 1 {
            let y = 40.0
            let right = canvas.measure(content.periodName, font: style.runningFont).width
            let title = LabelPlacement.truncate(content.title, toWidth: width - right - 24, font: style.runningFont, canvas: canvas)
            canvas.text(title, at: Point(x: left, y: y), font: style.runningFont, color: theme.mutedText,
                        anchor: TextAnchor(.left, .baseline))
            canvas.text(content.periodName, at: Point(x: left + width, y: y), font: style.runningFont,
                        color: theme.mutedText, anchor: TextAnchor(.right, .baseline))
            canvas.line(from: Point(x: left, y: y + 6), to: Point(x: left + width, y: y + 6), color: style.rule, width: 0.5)
        }
        canvas.text("\(page) / \(total)", at: Point(x: size.width / 2, y: size.height - 34), font: style.runningFont,
                    color: theme.mutedText, anchor: TextAnchor(.center, .baseline))
    }

    func draw(_ placed: PlacedBlock, on canvas: DocumentCanvas) {
        let y = placed.y
        switch placed.block {
        case let .cover(title, subtitle, meta):
            var cursor = y
            for line in title {
                canvas.text(line, at: Point(x: left, y: cursor), font: style.titleFont, color: theme.text,
                            anchor: TextAnchor(.left, .top))
                cursor += 27
            }
            cursor += 4
            canvas.text(subtitle, at: Point(x: left, y: cursor), font: style.subtitleFont, color: theme.primary.readable(on: theme.background),
                        anchor: TextAnchor(.left, .top))
            cursor += 22
            for m in meta {
                canvas.text(m, at: Point(x: left, y: cursor), font: style.metaFont, color: theme.mutedText,
                            anchor: TextAnchor(.left, .top))
                cursor += 12
            }
            cursor += 8
            canvas.line(from: Point(x: left, y: cursor), to: Point(x: left + width, y: cursor), color: theme.text, width: 1)
        case let .heading(text):
            let t = LabelPlacement.truncate(text, toWidth: width, font: style.headingFont, canvas: canvas)
            canvas.text(t, at: Point(x: left, y: y + 2), font: style.headingFont, color: theme.text, anchor: TextAnchor(.left, .top))
            canvas.line(from: Point(x: left, y: y + 22), to: Point(x: left + width, y: y + 22), color: style.rule, width: 0.6)
        case let .subheading(text):
            canvas.text(text, at: Point(x: left, y: y + 4), font: style.subheadingFont, color: theme.text,
                        anchor: TextAnchor(.left, .top))
        case let .line(line):
            drawLine(line, y: y, on: canvas)
        case .spacer, .pageBreak:
            break
        case let .message(text):
            canvas.text(text, at: Point(x: left, y: y + 2), font: style.bodyFont, italic: true, color: theme.mutedText,
                        anchor: TextAnchor(.left, .top))
        case let .headline(h):
            drawHeadline(h, y: y, height: placed.height, on: canvas)
        case let .chart(chart, units):
            let scale = style.chartScale
            canvas.drawScaled(origin: Point(x: left - PageStyle.chartMargin * scale, y: y - 10 * scale), scale: scale,
                              alt: chart.altText) { inner in
                chart.draw(on: inner, size: units, theme: theme)
            }
        case let .tableHeader(g):
            let h = style.tableRowHeight
            for (i, name) in g.columns.enumerated() {
                drawCell(name, geometry: g, column: i, y: y + 2, height: h, font: style.tableBold, color: theme.text, on: canvas)
            }
            canvas.line(from: Point(x: left, y: y + h + 2), to: Point(x: left + width, y: y + h + 2), color: theme.text, width: 0.8)
        case let .tableRow(g, cells, index):
            let h = style.tableRowHeight
            if index % 2 == 1 { canvas.fill(Rect(x: left, y: y, width: width, height: h), color: style.rowTint) }
            for (i, cell) in cells.enumerated() {
                drawCell(cell, geometry: g, column: i, y: y, height: h, font: style.tableFont, color: theme.text, on: canvas)
            }
        }
    }

    func drawCell(_ text: String, geometry g: TableGeometry, column i: Int, y: Double, height: Double, font: Font,
                  color: Color, on canvas: DocumentCanvas) {
        let pad = TableGeometry.padding
        let room = g.widths[i] - 2 * pad
        let shown = Bidi.isolate(LabelPlacement.truncate(text, toWidth: room, font: font, canvas: canvas))
        let x = g.numeric[i] ? left + g.x[i] + g.widths[i] - pad : left + g.x[i] + pad
        canvas.text(shown, at: Point(x: x, y: y + height / 2), font: font, color: color,
                    anchor: TextAnchor(g.numeric[i] ? .right : .left, .middle))
    }

    func drawLine(_ line: TextLine, y: Double, on canvas: DocumentCanvas) {
        var x = left + line.indent
        let baseline = y + line.font.size * 1.0
        if line.bullet {
            canvas.fillCircle(center: Point(x: x - 8, y: baseline - line.font.size * 0.32), radius: 1.6, color: line.color)
        }
        for run in line.runs {
            let font = Font(size: line.font.size, weight: run.bold ? .bold : line.font.weight)
            canvas.text(run.text, at: Point(x: x, y: baseline), font: font, italic: run.italic, color: line.color,
                        anchor: TextAnchor(.left, .baseline))
            x += canvas.measure(run.text, font: font, italic: run.italic).width
        }
    }

    func drawHeadline(_ h: Headline, y: Double, height: Double, on canvas: DocumentCanvas) {
        canvas.line(from: Point(x: left, y: y + height - 3), to: Point(x: left + width, y: y + height - 3), color: style.rule, width: 0.5)
        let nameWidth = width * 0.30
        let figureX = left + nameWidth
        let figureWidth = width * 0.33
        let compareX = figureX + figureWidth
        let top = y + 8
        let name = LabelPlacement.truncate(ReportWords.headline(h.measure), toWidth: nameWidth - 8, font: style.bodyBold, canvas: canvas)
        canvas.text(name, at: Point(x: left, y: top), font: style.bodyBold, color: theme.text, anchor: TextAnchor(.left, .top))
        let kindText = LabelPlacement.truncate(ReportWords.figureKind(h.measure, kind: h.kind, period: content.kind),
                                               toWidth: nameWidth - 8, font: style.smallFont, canvas: canvas)
        canvas.text(kindText, at: Point(x: left, y: top + 14), font: style.smallFont, color: theme.mutedText,
                    anchor: TextAnchor(.left, .top))

        let (figure, notes, muted) = PageDrawer.figureText(h, periodName: content.periodName)
        // The figure is never cut: a long range gets a smaller size instead.
        var font = style.figureFont
        while font.size > 9, canvas.measure(Bidi.isolate(figure), font: font).width > figureWidth - 10 {
            font = Font(size: font.size - 0.5, weight: .bold)
        }
        canvas.text(Bidi.isolate(figure), at: Point(x: figureX, y: top - 2), font: font,
                    color: muted ? theme.mutedText : theme.text, anchor: TextAnchor(.left, .top))
        for (i, note) in notes.enumerated() {
            let n = LabelPlacement.truncate(note, toWidth: figureWidth - 6, font: style.smallFont, canvas: canvas)
            canvas.text(n, at: Point(x: figureX, y: top + 22 + Double(i) * 11), font: style.smallFont, color: theme.mutedText,
                        anchor: TextAnchor(.left, .top))
        }
        var cy = top
        canvas.text("Compared with", at: Point(x: compareX, y: cy), font: style.smallFont, color: theme.mutedText,
                    anchor: TextAnchor(.left, .top))
        for c in h.comparisons {
            cy += 12.5
            let t = LabelPlacement.truncate(c, toWidth: left + width - compareX, font: style.smallFont, canvas: canvas)
            canvas.text(t, at: Point(x: compareX, y: cy), font: style.smallFont, color: theme.text, anchor: TextAnchor(.left, .top))
        }
    }

    /// The big figure of a headline, the small lines under it, and whether it is muted
    /// (not this period's figure).
    static func figureText(_ h: Headline, periodName: String) -> (String, [String], Bool) {
        if let f = h.figure {
            var notes: [String] = []
            if f.isRangeOnly { notes.append("range given, no best estimate") }
            notes.append(h.kind == .stock ? "observed in \(periodName)"
                : (h.events == 1 ? "1 record" : Estimate.grouped(h.events) + " records"))
            return (ChartWords.figure(f), notes, false)
        }
        if let last = h.lastObserved {
            return (ChartWords.figure(last.estimate), ["last observed \(last.period)", "(no observation in \(periodName))"], true)
        }
        return (h.kind == .stock ? "not observed" : "no records", [], true)
    }

    /// The contents page: one line per section with its page number, each a link.
    func drawContents(_ anchors: [Anchor], on canvas: DocumentCanvas) {
        var y = style.content.minY
        canvas.text("Contents", at: Point(x: left, y: y + 2), font: style.headingFont, color: theme.text,
                    anchor: TextAnchor(.left, .top))
        canvas.line(from: Point(x: left, y: y + 22), to: Point(x: left + width, y: y + 22), color: style.rule, width: 0.6)
        y += 36
        for a in anchors {
            let number = String(a.page)
            let nw = canvas.measure(number, font: style.bodyFont).width
            let title = LabelPlacement.truncate(a.title, toWidth: width - nw - 40, font: style.bodyFont, canvas: canvas)
            let tw = canvas.measure(title, font: style.bodyFont).width
            canvas.text(title, at: Point(x: left, y: y), font: style.bodyFont, color: theme.text, anchor: TextAnchor(.left, .top))
            canvas.text(number, at: Point(x: left + width, y: y), font: style.bodyFont, color: theme.text,
                        anchor: TextAnchor(.right, .top))
            let dotsStart = left + tw + 8, dotsEnd = left + width - nw - 8
            if dotsEnd > dotsStart {
                canvas.line(from: Point(x: dotsStart, y: y + 10), to: Point(x: dotsEnd, y: y + 10), color: style.rule,
                            width: 0.8, dash: [1, 3])
            }
            canvas.link(Rect(x: left, y: y - 2, width: width, height: 16), toPage: a.page, y: max(0, a.y - 8))
            y += 18
        }
    }
}
