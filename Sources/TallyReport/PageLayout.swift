import TallyCairo
import TallyCharts
import TallyCore

/// Turns report content into measured blocks and the blocks into pages.
struct PageLayout {
    let style: PageStyle
    let canvas: DocumentCanvas

    // MARK: Measuring text

    func width(_ run: StyledRun, size: Double) -> Double {
        canvas.measure(run.text, font: Font(size: size, weight: run.bold ? .bold : .regular), italic: run.italic).width
    }

    /// A word and whether it follows the previous one without a space (`**3 April**:`).
    struct Word {
        var run: StyledRun
        var glued: Bool
    }

    /// Greedy word wrap of styled runs into lines no wider than `width`.
    func wrap(_ runs: [StyledRun], font: Font, width: Double) -> [[StyledRun]] {
        var words: [Word] = []
        var endedWithSpace = true
        for run in runs {
            let bold = run.bold || font.weight == .bold
            let pieces = run.text.split(separator: " ", omittingEmptySubsequences: true)
            for (i, piece) in pieces.enumerated() {
                let glued = i == 0 && !endedWithSpace && !run.text.hasPrefix(" ") && !words.isEmpty
                words.append(Word(run: StyledRun(String(piece), bold: bold, italic: run.italic), glued: glued))
            }
            if !run.text.isEmpty { endedWithSpace = run.text.hasSuffix(" ") || pieces.isEmpty }
        }
        let space = canvas.measure(" ", font: font).width
        var lines: [[Word]] = []
        var line: [Word] = []
        var x = 0.0
        for var word in words {
            var w = self.width(word.run, size: font.size)
            if w > width {
                // A word wider than the line (a long URL): cut it where it must be cut.
                if !line.isEmpty { lines.append(line); line = []; x = 0 }
                // Each piece is the longest prefix that fits, found in O(log n)
                // measurements of short prefixes (a 100,000-character title is cut in
                // milliseconds; measuring every prefix took minutes).
                let chars = Array(word.run.text)
                var start = 0
                var guess = 1
                while start < chars.count {
                    func run(_ n: Int) -> StyledRun {
                        StyledRun(String(chars[start..<(start + n)]), bold: word.run.bold, italic: word.run.italic)
                    }
                    let n = max(1, LabelPlacement.longestFittingPrefix(upTo: chars.count - start, near: guess) {
                        self.width(run($0), size: font.size) <= width
                    })
                    guess = n
                    let piece = Word(run: run(n), glued: false)
                    start += n
                    if start == chars.count { word = piece; w = self.width(piece.run, size: font.size) } else { lines.append([piece]) }
                }
            }
            let gap = line.isEmpty || word.glued ? 0 : space
            if !line.isEmpty && x + gap + w > width {
                // Glued words move together: punctuation never starts a line.
                var carried: [Word] = []
                if word.glued {
                    while let last = line.last, line.count > 1 {
                        carried.insert(last, at: 0)
                        line.removeLast()
                        if !last.glued { break }
                    }
                }
                lines.append(line)
                line = carried
                x = carried.enumerated().reduce(0.0) { sum, e in
                    sum + (e.offset > 0 && !e.element.glued ? space : 0) + self.width(e.element.run, size: font.size)
                }
                x += w
                word.glued = word.glued && !line.isEmpty
                line.append(word)
                continue
            }
            x += gap + w
            line.append(word)
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map { PageLayout.merge($0) }
    }

    /// Joins neighbouring words of the same style into runs to draw, with the spaces
    /// between them.
    static func merge(_ words: [Word]) -> [StyledRun] {
        var out: [StyledRun] = []
        for w in words {
            let sep = out.isEmpty || w.glued ? "" : " "
            if let last = out.last, last.bold == w.run.bold, last.italic == w.run.italic {
                out[out.count - 1].text += sep + w.run.text
            } else {
                if !out.isEmpty { out[out.count - 1].text += sep }
                out.append(w.run)
            }
        }
        return out
    }

    func paragraph(_ runs: [StyledRun], font: Font? = nil, color: Color? = nil, indent: Double = 0,
                   bullet: Bool = false, after: Double = 5) -> [FlowItem] {
        let f = font ?? style.bodyFont
        let lines = wrap(runs, font: f, width: style.content.width - indent)
        var items: [FlowItem] = lines.enumerated().map { i, words in
            FlowItem(block: .line(TextLine(runs: words, indent: indent, bullet: bullet && i == 0,
                                           font: f, color: color ?? style.theme.text)),
                     height: style.lineHeight * f.size / style.bodyFont.size)
        }
        // Keep a two-line paragraph together, and never leave a lone first line behind.
        if items.count >= 2 { items[0].keepWithNext = true }
        if after > 0 { items.append(FlowItem(block: .spacer(after), height: after)) }
        return items
    }

    // MARK: Content to blocks

    func items(for content: ReportContent) -> [FlowItem] {
        var items: [FlowItem] = []
        let titleLines = wrap([StyledRun(content.title)], font: style.titleFont, width: style.content.width)
            .map { $0.map(\.text).joined() }
        var meta = ["Period: \(content.periodName) (\(content.periodLabel))"]
        let names = content.sources.datasets.map(\.name)
        meta.append("Data: " + names.joined(separator: ", ") + " · " + Estimate.grouped(Int64(content.sources.rowsRead))
                    + " records read")
        // The forms the figures below are printed in (ChartWords.figure), so the key
        // reads the way the headlines, tables and bar labels do.
        meta.append("Figures are best estimates with their low–high ranges: 307 (300–323) is a best estimate and its range, 5,000–7,000 a range given with no best estimate, \"at least 12\" has no upper bound, ~40 is approximate.")
        var metaLines: [String] = []
        for m in meta {
            metaLines += wrap([StyledRun(m)], font: style.metaFont, width: style.content.width).map { $0.map(\.text).joined() }
        }
        let coverHeight = Double(titleLines.count) * 27 + 24 + Double(metaLines.count) * 12 + 22
        items.append(FlowItem(block: .cover(title: titleLines, subtitle: content.subtitle, meta: metaLines),
                              height: coverHeight))
        if content.isEmpty {
            items += paragraph([StyledRun("No records in \(content.periodName).", bold: true),
                                StyledRun(" The spec allows an empty report (allow_empty: true), so this one says so instead of failing.")],
                               after: 10)
        }
        for section in content.sections {
            items.append(FlowItem(block: .spacer(14), height: 14))
            // A chart carries its own headline; other sections get a heading.
            let isChart: Bool = if case .chart(let c) = section.body, c.drawing != nil { true } else { false }
            if !isChart {
                items.append(FlowItem(block: .heading(section.title), height: 26, keepWithNext: true, anchor: section.title))
            }
            switch section.body {
            case let .summary(headlines):
                if headlines.isEmpty {
                    items.append(FlowItem(block: .message("No figures in this period."), height: 16))
                }
                for h in headlines { items.append(FlowItem(block: .headline(h), height: headlineHeight(h))) }
            case let .chart(chart):
                if let drawing = chart.drawing {
                    let units = style.chartUnits(for: drawing)
                    items.append(FlowItem(block: .chart(drawing, units), height: units.height * style.chartScale,
                                          anchor: section.title))
                } else {
                    items.append(FlowItem(block: .message(chart.emptyMessage), height: 16))
                }
            case let .table(table):
                if table.rows.isEmpty {
                    items.append(FlowItem(block: .message(table.note), height: 16))
                    continue
                }
                let geometry = self.geometry(table)
                let headerHeight = style.tableRowHeight + 4
                items.append(FlowItem(block: .tableHeader(geometry), height: headerHeight, keepWithNext: true))
                // Short tables stay on one page; long ones break with at least three rows
                // on each side and the header repeated.
                let n = table.rows.count
                for (i, row) in table.rows.enumerated() {
                    let together = n <= 8 ? i < n - 1 : (i < 2 || i >= n - 3 && i < n - 1)
                    items.append(FlowItem(block: .tableRow(geometry, row, index: i), height: style.tableRowHeight,
                                          keepWithNext: together,
                                          repeatHeader: .tableHeader(geometry), repeatHeight: headerHeight))
                }
                if !table.note.isEmpty {
                    items.append(FlowItem(block: .spacer(4), height: 4))
                    items += paragraph([StyledRun(table.note)], font: style.smallFont, color: style.theme.mutedText, after: 0)
                }
            case let .notes(blocks):
                for b in blocks {
                    switch b {
                    case let .paragraph(runs): items += paragraph(runs)
                    case let .bullet(runs): items += paragraph(runs, indent: 14, bullet: true, after: 3)
                    }
                }
            }
        }
        items += sourcesItems(content)
        return items
    }

    func headlineHeight(_ h: Headline) -> Double {
        let notes = PageDrawer.figureText(h, periodName: "").1.count
        return max(8 + 22 + Double(notes) * 11 + 8, 14 + Double(h.comparisons.count + 1) * 12.5)
    }

    func sourcesItems(_ content: ReportContent) -> [FlowItem] {
        let s = content.sources
        var items: [FlowItem] = [FlowItem(block: .pageBreak, height: 0)]
        items.append(FlowItem(block: .heading("Sources and method"), height: 26, keepWithNext: true, anchor: "Sources and method"))
        items.append(FlowItem(block: .subheading("Datasets"), height: 20, keepWithNext: true))
        for d in s.datasets {
            // By title and source, never by the path the spec happens to use
            // (`../Datasets/…` says nothing to a reader and exposes a machine's folders).
            items += paragraph([StyledRun(d.name, bold: true)], after: 1)
            if !d.description.isEmpty { items += paragraph(MarkdownLite.inline(d.description), indent: 14, after: 1) }
            items += paragraph([StyledRun("Source: ", bold: true), StyledRun(d.source)], indent: 14, after: 1)
            items += paragraph([StyledRun("Licence: ", bold: true), StyledRun(d.licence)], indent: 14, after: 1)
            if !d.attribution.isEmpty {
                items += paragraph([StyledRun("Attribution: ", bold: true), StyledRun(d.attribution)], indent: 14, after: 1)
            }
            if !d.url.isEmpty { items += paragraph([StyledRun("URL: ", bold: true), StyledRun(d.url)], indent: 14, after: 1) }
            items.append(FlowItem(block: .spacer(5), height: 5))
        }
        var named = s.namedSources.prefix(12).joined(separator: "; ")
        if s.namedSources.count > 12 { named += "; and \(s.namedSources.count - 12) more" }
        items += paragraph([StyledRun("Sources named in the records: ", bold: true),
                            StyledRun(named.isEmpty ? "none (the source column is empty)" : named)])
        items += paragraph([StyledRun("Records read: ", bold: true),
                            StyledRun(Estimate.grouped(Int64(s.rowsRead)) + " in all datasets, of every date.")])
        items.append(FlowItem(block: .spacer(6), height: 6))
        items.append(FlowItem(block: .subheading("Method"), height: 20, keepWithNext: true))
        let method: [String] = [
            "**Ranges.** Every figure is an estimate with a low, a best and a high value. Sums add the lows, the bests and the highs separately, so a total keeps the full range of its parts; one open-ended figure (\"at least 12\") makes the total open-ended (12+), and one approximate figure makes it approximate (~).",
            "**Flows and stocks.** Counts of events such as killed or injured are flows: the figures of all records of the period are added. Sizes such as members or fighters are stocks: for each place and actor the latest observation in the period is taken, and those are added across places and actors. Stocks are never added over time and never carried into a period without an observation; the headline then shows the last observation and its period, marked as such.",
            "**Periods and places.** An event counts in the period of its start date when its date is known to within the period (for a month, a span of at most 31 days); one dated only to a longer span (a year-dated event in a monthly brief) is in no single period's figure. A stock counts at the date of its observation. A figure given for several countries together (for example Iraq;Syria) is its own joint region and is never split between them or counted in either.",
            "**Comparisons** use the best estimates of the period, the period before, and the same period a year earlier.",
            "**This report** covers \(content.periodName), \(s.periodRule). Its creation date (\(s.creationDate)) is the first day after the period, not the day it was run, so the same data always gives the same file.",
        ]
        for m in method { items += paragraph(MarkdownLite.inline(m), indent: 14, bullet: true, after: 3) }
        return items
    }

    func geometry(_ table: TableContent) -> TableGeometry {
        let pad = TableGeometry.padding
        var natural: [Double] = []
        for (i, name) in table.columns.enumerated() {
            var w = canvas.measure(name, font: style.tableBold).width
            for row in table.rows { w = max(w, canvas.measure(row[i], font: style.tableFont).width) }
            natural.append(w + 2 * pad)
        }
        let total = style.content.width
        let numericWidth = zip(natural, table.numeric).filter { $0.1 }.map(\.0).reduce(0, +)
        let textIndices = table.numeric.indices.filter { !table.numeric[$0] }
        let textNatural = textIndices.map { natural[$0] }.reduce(0, +)
        let available = max(60, total - numericWidth)
        var widths = natural
        if textNatural > available {
            // Water-filling: narrow columns keep their natural width, the wide ones
            // share what is left equally (and are truncated with an ellipsis).
            var open = textIndices
            var room = available
            while true {
                let share = room / Double(max(1, open.count))
                let fitting = open.filter { natural[$0] <= share }
                if fitting.isEmpty {
                    for i in open { widths[i] = share }
                    break
                }
                for i in fitting { widths[i] = natural[i]; room -= natural[i] }
                open.removeAll { fitting.contains($0) }
                if open.isEmpty { break }
            }
        } else if let last = textIndices.last {
            widths[last] += available - textNatural
        }
        var x: [Double] = []
        var cursor = 0.0
        for w in widths { x.append(cursor); cursor += w }
        return TableGeometry(columns: table.columns, numeric: table.numeric, x: x, widths: widths)
    }

    // MARK: Pagination

    /// Places items on pages; returns the pages and where each anchored heading went.
    func paginate(_ items: [FlowItem]) -> (pages: [[PlacedBlock]], anchors: [Anchor]) {
        let area = style.content
        var pages: [[PlacedBlock]] = [[]]
        var anchors: [Anchor] = []
        var y = area.minY
        func newPage() {
            pages.append([])
            y = area.minY
        }
        for (i, item) in items.enumerated() {
            if case .pageBreak = item.block {
                if !pages[pages.count - 1].isEmpty { newPage() }
                continue
            }
            if case .spacer = item.block, y == area.minY { continue }
            var needed = item.height
            var j = i
            while items[j].keepWithNext, j + 1 < items.count {
                j += 1
                needed += items[j].height
            }
            if y + needed > area.maxY + 0.01 && y > area.minY {
                newPage()
                if let header = item.repeatHeader {
                    pages[pages.count - 1].append(PlacedBlock(block: header, y: y, height: item.repeatHeight))
                    y += item.repeatHeight
                }
            }
            if case .spacer = item.block, y == area.minY { continue }
            if let title = item.anchor { anchors.append(Anchor(title: title, page: pages.count, y: y)) }
            pages[pages.count - 1].append(PlacedBlock(block: item.block, y: y, height: item.height))
            y += item.height
        }
        if pages.last?.isEmpty == true && pages.count > 1 { pages.removeLast() }
        return (pages, anchors)
    }
}
