import TallyCairo
import TallyCharts
import TallyCore
import TallyIO

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
        // The paragraph's direction, for every line of it (issue 13).
        let rtl = Bidi.isRightToLeftParagraph(runs.map(\.text).joined(), in: style.theme.direction)
        var items: [FlowItem] = lines.enumerated().map { i, words in
            FlowItem(block: .line(TextLine(runs: words, indent: indent, bullet: bullet && i == 0,
                                           font: f, color: color ?? style.theme.text, rightToLeft: rtl)),
                     height: style.lineHeight * f.size / style.bodyFont.size)
        }
        // Keep a two-line paragraph together, and never leave a lone first line behind.
        if items.count >= 2 { items[0].keepWithNext = true }
        if after > 0 { items.append(FlowItem(block: .spacer(after), height: after)) }
        return items
    }

    // MARK: Text that must fit

    /// `text` wrapped to `width`, or an error when it needs more than `room` of height
    /// at `step` a line: nothing on a page is cut with "…" (issue 13, item 2). A text
    /// from the data (`fromData`: a table's cells, a measure's name) is a data error (65),
    /// one from the spec or options a usage error (64), as README's limits say (audit9 F5:
    /// a long actor name in a table exited 64, the same name in a chart 65). A
    /// 100,000-character cell is measured only up to the lines that could fit.
    func lines(_ text: String, font: Font, width: Double, step: Double, room: Double, fromData: Bool = false,
               what: @autoclosure () -> String) throws(TallyError) -> [String] {
        let most = max(1, Int((room + 0.01) / step))
        let out = TextWrap.lines(text, width: max(1, width), font: font, canvas: canvas, maxLines: most)
        if out.count > most {
            let message = "\(what()) does not fit on a page: '\(MessageText.excerpt(text))' needs more than \(most) "
                + (most == 1 ? "line" : "lines") + " of \(Self.points(font.size)) pt text \(Int(width)) pt wide; "
                + (fromData ? "shorten it in the data" : "shorten it in the spec or the data")
            throw fromData ? .data(message) : .usage(message)
        }
        return out
    }

    static func points(_ size: Double) -> String {
        size == size.rounded() ? String(Int(size)) : String(size)
    }

    /// The running header's title, above the rule at the top of every page but the
    /// first: at most three lines in the top margin.
    func runningTitle(_ content: ReportContent) throws(TallyError) -> [String] {
        try lines(content.title, font: style.runningFont, width: style.runningTitleWidth(content, canvas: canvas),
                  step: PageStyle.runningStep, room: 3 * PageStyle.runningStep, what: "the title, in the running header,")
    }

    // MARK: Content to blocks

    func items(for content: ReportContent) throws(TallyError) -> [FlowItem] {
        var items: [FlowItem] = []
        _ = try runningTitle(content)
        let cover = try coverLines(content)
        items.append(FlowItem(block: .cover(cover), height: cover.height))
        let words = ReportText(content)
        if let notice = words.emptyNotice {
            items += paragraph(notice, after: 10)
        }
        for section in content.sections {
            items.append(FlowItem(block: .spacer(14), height: 14))
            // A chart carries its own headline; other sections get a heading.
            let isChart: Bool = if case .chart(let c) = section.body, c.drawing != nil { true } else { false }
            if !isChart {
                items.append(try heading(section.title))
            }
            switch section.body {
            case let .summary(headlines):
                if headlines.isEmpty {
                    items.append(try message(words.noFigures, section: section.title))
                }
                for h in headlines {
                    let l = try headlineLines(h, periodName: content.periodName, kind: content.kind)
                    items.append(FlowItem(block: .headline(h, l), height: l.height))
                }
            case let .chart(chart):
                if let drawing = chart.drawing {
                    let units = try chartUnits(drawing, title: section.title)
                    items.append(FlowItem(block: .chart(drawing, units), height: units.height * style.chartScale,
                                          anchor: section.title))
                } else {
                    items.append(try message(chart.emptyMessage, section: section.title))
                }
            case let .table(table):
                if table.rows.isEmpty {
                    items.append(try message(table.note, section: section.title))
                    continue
                }
                let geometry = try self.geometry(table, title: section.title)
                let headerHeight = geometry.headerHeight(minimum: style.tableRowHeight) + 4
                items.append(FlowItem(block: .tableHeader(geometry), height: headerHeight, keepWithNext: true))
                // Short tables stay on one page; long ones break with at least three rows
                // on each side and the header repeated.
                let n = table.rows.count
                // A row may take the page below the repeated header and the heading.
                let room = style.content.height - headerHeight - 40
                for (i, row) in table.rows.enumerated() {
                    let together = n <= 8 ? i < n - 1 : (i < 2 || i >= n - 3 && i < n - 1)
                    var cells: [[String]] = []
                    for (c, cell) in row.enumerated() {
                        cells.append(try lines(cell, font: style.tableFont,
                                               width: geometry.widths[c] - 2 * TableGeometry.padding,
                                               step: TableGeometry.lineStep, room: room - 4.5, fromData: true,
                                               what: "table '\(MessageText.excerpt(section.title, limit: 60))', row \(i + 1), column '\(MessageText.excerpt(table.columns[c], limit: 40))'"))
                    }
                    let height = TableGeometry.rowHeight(lines: cells.map(\.count).max() ?? 1, minimum: style.tableRowHeight)
                    items.append(FlowItem(block: .tableRow(geometry, cells, index: i), height: height,
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
        items += sourcesItems(words)
        return items
    }

    /// The cover (issue 13, item 11): title, subtitle, byline, the lead figure large with
    /// its range beside it, the summary paragraph, then what the data is and how its
    /// figures are written. The logo of the style sits at the top right, the title
    /// wrapping short of it.
    func coverLines(_ content: ReportContent) throws(TallyError) -> CoverLines {
        let full = style.content.width
        var logo: Logo?
        var titleWidth = full
        if let l = style.theme.logo {
            let h = min(l.height, PageStyle.coverLogoHeight)
            logo = Logo(file: l.file, width: l.width * h / l.height, height: h, placement: .topRight)
            titleWidth = full - logo!.width - 12
        }
        var c = CoverLines()
        c.logo = logo
        c.titleWidth = titleWidth
        c.titleStep = style.titleStep
        c.title = try lines(content.title, font: style.titleFont, width: titleWidth, step: style.titleStep,
                            room: style.content.height / 3, what: "the title")
        c.subtitle = try lines(content.subtitle, font: style.subtitleFont, width: full, step: PageStyle.subtitleStep,
                               room: style.content.height / 6, what: "the subtitle")
        if !content.cover.byline.isEmpty {
            c.byline = try lines(content.cover.byline, font: style.bodyFont, width: full, step: style.lineHeight,
                                 room: style.content.height / 8, what: "the byline (author, organisation, published)")
        }
        if let lead = content.cover.lead {
            // The number keeps its size unless the page's width cannot hold it.
            var size = style.leadFont.size
            let font = { (s: Double) in Font(size: s, weight: .bold) }
            while size > style.headingFont.size, canvas.measure(Bidi.isolate(lead.figure), font: font(size)).width > full * 0.6 {
                size -= 1
            }
            let figure = try lines(lead.figure, font: font(size), width: full * 0.6, step: size * 1.15,
                                   room: size * 1.15 * 2, what: "the cover's lead figure")
            let figureWidth = TextWrap.width(figure, font: font(size), canvas: canvas)
            let beside = try lines(lead.beside, font: style.bodyFont, width: max(80, full - figureWidth - 14), step: style.lineHeight,
                                   room: style.content.height / 8, what: "the range beside the cover's lead figure")
            // The caption names the measure, which comes from the data and may be long:
            // it takes the lines it needs, as the subtitle does (the cover as a whole is
            // checked below).
            let caption = try lines(lead.caption, font: style.bodyBold, width: full, step: style.lineHeight,
                                    room: style.content.height / 6, what: "the caption of the cover's lead figure")
            c.lead = CoverLines.Lead(figure: figure, size: size, figureWidth: figureWidth, beside: beside, caption: caption)
        }
        if !content.cover.summary.isEmpty {
            c.summary = wrap([StyledRun(content.cover.summary)], font: style.coverBodyFont, width: full)
                .map { $0.map(\.text).joined() }
            if Double(c.summary.count) * style.coverLineHeight > style.content.height / 3 {
                // The summary is the data's names and figures: a data error (65), as a
                // name too long for a chart is (audit9b F5b: it exited 64, usage).
                throw .data("the cover's summary does not fit on the cover (\(c.summary.count) lines); shorten the names in the data")
            }
        }
        for m in ReportText(content).coverMeta {
            c.meta += try lines(m, font: style.metaFont, width: full, step: PageStyle.metaStep, room: style.content.height / 4,
                                what: "the cover's data line (the datasets' names)")
        }
        if c.height > style.content.height {
            throw .usage("the cover does not fit on a page: its title, subtitle, summary and data line need \(Int(c.height)) pt, "
                         + "a page has \(Int(style.content.height)) pt; shorten the title or the datasets' names")
        }
        return c
    }

    /// The contents: a heading and one entry per anchored section, each as tall as its
    /// wrapped title (``PageDrawer/drawContents(_:at:on:)`` wraps the same way).
    /// A long contents breaks between entries like any flow.
    func contentsItems(_ titles: [String]) -> [FlowItem] {
        var items = [FlowItem(block: .contentsHeading, height: PageStyle.headingHeight(lines: 1) + 10, keepWithNext: true)]
        for (i, t) in titles.enumerated() {
            items.append(FlowItem(block: .contentsEntry(i), height: PageDrawer.contentsEntryHeight(t, style: style, canvas: canvas)))
        }
        items.append(FlowItem(block: .spacer(6), height: 6))
        return items
    }

    /// A section heading, wrapped; it stays with what follows.
    func heading(_ title: String) throws(TallyError) -> FlowItem {
        let l = try lines(title, font: style.headingFont, width: style.content.width, step: PageStyle.headingStep,
                          room: style.content.height / 4, what: "section heading")
        return FlowItem(block: .heading(l), height: PageStyle.headingHeight(lines: l.count), keepWithNext: true, anchor: title)
    }

    func message(_ text: String, section: String) throws(TallyError) -> FlowItem {
        let l = try lines(text, font: style.bodyFont, width: style.content.width, step: style.lineHeight,
                          room: style.content.height / 2,
                          what: "the message of section '\(MessageText.excerpt(section, limit: 60))'")
        return FlowItem(block: .message(l), height: Double(l.count) * style.lineHeight + 2.4)
    }

    /// The units a chart is laid out in: the page's width in chart units, and the
    /// height its content needs (a long headline makes it taller, never cut), at most a
    /// page. A bar chart takes the height its bars need; small multiples their natural
    /// height. What is drawn is checked on the layout itself: a bar chart that would fold
    /// bars here was not folded by ``fitBars(_:title:)`` first, and small multiples whose
    /// panels are too small for their plots, are refused (64) rather than cut.
    func chartUnits(_ drawing: any ChartDrawing, title: String) throws(TallyError) -> Size {
        var units = style.chartUnits(for: drawing)
        let fit = drawing.fit(width: units.width, theme: style.theme, canvas: canvas)
        if let p = fit.textProblem {
            throw TallyError(exitCode: p.inData ? 65 : 64, message: "chart '\(MessageText.excerpt(title, limit: 60))': " + p.message)
        }
        let tallest = (style.content.height / style.chartScale).rounded(.down)
        let refuse = { (problem: String) -> TallyError in
            .usage("chart '\(MessageText.excerpt(title, limit: 60))' does not fit on a page: \(problem); "
                   + "shorten its title, subtitle or the names in the data")
        }
        if let problem = fit.widthProblem ?? (fit.minimumHeight > tallest ? fit.problem(width: units.width, height: tallest) : nil) {
            throw refuse(problem)
        }
        // Bars take the height they need and small multiples their natural height (at the
        // minimum every panel's plot would be a sliver), each up to a page.
        let wanted = drawing is SmallMultiples || drawing is BarChart ? fit.naturalHeight : fit.minimumHeight
        units.height = min(tallest, max(units.height, wanted.rounded(.up)))
        if let bars = drawing as? BarChart {
            let folded = bars.foldedByLayout(size: units, theme: style.theme, canvas: canvas)
            if folded > 0 {
                throw refuse("a chart \(Int(units.width))×\(Int(units.height)) would sum \(folded) of its \(bars.bars.count) bars in one without saying so")
            }
        }
        if let multiples = drawing as? SmallMultiples, let problem = multiples.problem(size: units, theme: style.theme, canvas: canvas) {
            throw refuse(problem)
        }
        return units
    }

    /// A bar chart as a page can hold it: unchanged when every bar has its row on a page
    /// (the chart grows up to a page's height); else the smallest bars are summed in one
    /// "N others" bar, a footnote under the chart says so, and so does the returned
    /// message (for stderr). The chart's alt text and PNG are made from the result, so
    /// they describe the bars that are drawn (issue 13, items 2 and 4).
    func fitBars(_ chart: BarChart, title: String) throws(TallyError) -> (BarChart, String?) {
        let width = style.chartUnitsWide
        let tallest = (style.content.height / style.chartScale).rounded(.down)
        let size = Size(width: width, height: tallest)
        guard chart.foldedByLayout(size: size, theme: style.theme, canvas: canvas) > 0 else { return (chart, nil) }
        let name = MessageText.excerpt(title, limit: 60)
        let noted = { (bars: [BarChart.Bar]) -> (BarChart, String) in
            var c = chart
            c.bars = bars
            let others = bars.last(where: \.isOthers)
            let kept = bars.filter { !$0.isOthers }.count
            c.foldReason = Messages.text("alt.reason.page", ["n": (DisplayLocale.current.isEnglish ? String(kept) : DisplayLocale.current.integer(Int64(kept)))])
            let note = "A page holds \(kept) bars: the other \(others?.foldedCount ?? 0) groups are summed in \"\(AltText.plain(others?.label ?? "others"))\""
            let number = { (n: Int) in DisplayLocale.current.isEnglish ? String(n) : DisplayLocale.current.integer(Int64(n)) }
            c.text.source += "\n" + Messages.text("report.fold_note", ["kept": number(kept), "n": number(others?.foldedCount ?? 0),
                                                                         "others": AltText.plain(others?.label ?? "others")])
            return (c, note)
        }
        // The footnote takes room from the bars: fold, add it, and fold again until the
        // bars and the footnote fit together.
        var keeping = chart.bars.filter { !$0.isOthers && !$0.isNotGiven }.count
        for _ in 0 ..< 40 {
            let bars: [BarChart.Bar]
            do { bars = try BarChart.fold(chart.bars, keeping: keeping) } catch { throw .data(error.description) }
            let (c, note) = noted(bars)
            let folded = c.foldedByLayout(size: size, theme: style.theme, canvas: canvas)
            if folded == 0 {
                let lost = chart.highlighted.filter { h in !bars.contains { $0.label == h } }.map { ("highlight", $0) }
                    + chart.bars.filter { old in old.note != nil && !bars.contains { $0.label == old.label } }.map { ("annotate", $0.label) }
                if let (key, label) = lost.first {
                    throw .usage("chart '\(name)': \(key) \"\(AltText.plain(label))\": a page holds \(keeping) bars of this chart, "
                                 + "and that bar would be summed in \"others\"; use a smaller top:")
                }
                return (c, "chart '\(name)': " + note.prefix(1).lowercased() + note.dropFirst() + " (use a smaller top: to choose them)")
            }
            // The layout kept about `count - folded` rows: try that many bars next.
            let next = min(keeping - 1, max(1, c.bars.count - folded))
            guard next < keeping else { break }
            keeping = next
        }
        throw refuseBars(name)
    }

    func refuseBars(_ name: String) -> TallyError {
        .usage("chart '\(name)' does not fit on a page even with its smallest bars summed in one; shorten its title, subtitle or the names in the data")
    }

    /// The headline's texts wrapped to the three columns `PageDrawer` draws.
    func headlineLines(_ h: Headline, periodName: String, kind: PeriodKind) throws(TallyError) -> HeadlineLines {
        let width = style.content.width
        let nameWidth = width * 0.30 - 8
        let figureWidth = width * 0.33
        let compareWidth = width - width * 0.30 - figureWidth
        let room = style.content.height / 2
        let what = "the summary of '\(MessageText.excerpt(h.measure, limit: 40))'"
        let name = try lines(ReportWords.headline(h.measure), font: style.bodyBold, width: nameWidth,
                             step: HeadlineLines.nameStep, room: room, fromData: true, what: what + " (its name)")
        let kindLines = try lines(ReportWords.figureKind(h.measure, kind: h.kind, period: kind), font: style.smallFont,
                                  width: nameWidth, step: HeadlineLines.kindStep, room: room, what: what + " (its kind)")
        let (figure, notes, muted) = PageDrawer.figureText(h, periodName: periodName)
        // The figure is never cut: a long range gets a smaller size, and past the
        // smallest it wraps.
        var size = style.figureFont.size
        while size > 9, canvas.measure(Bidi.isolate(figure), font: Font(size: size, weight: .bold)).width > figureWidth - 10 {
            size -= 0.5
        }
        let figureLines = try lines(figure, font: Font(size: size, weight: .bold), width: figureWidth - 10, step: size + 3,
                                    room: room, what: what + " (its figure)")
        var noteLines: [[String]] = []
        for n in notes {
            noteLines.append(try lines(n, font: style.smallFont, width: figureWidth - 6, step: HeadlineLines.noteStep,
                                       room: room, what: what + " (a note under its figure)"))
        }
        var comparisons: [[String]] = []
        for c in h.comparisons {
            comparisons.append(try lines(c, font: style.smallFont, width: compareWidth, step: HeadlineLines.continuationStep,
                                         room: room, what: what + " (a comparison)"))
        }
        let out = HeadlineLines(name: name, kind: kindLines, figure: figureLines, figureSize: size, notes: noteLines,
                                comparisons: comparisons, muted: muted)
        if out.height > style.content.height {
            throw .usage(what + " does not fit on a page: its texts need \(Int(out.height)) pt, a page has \(Int(style.content.height)) pt")
        }
        return out
    }

    func sourcesItems(_ words: ReportText) -> [FlowItem] {
        var items: [FlowItem] = [FlowItem(block: .pageBreak, height: 0)]
        items.append(FlowItem(block: .heading([words.sourcesHeading]), height: PageStyle.headingHeight(lines: 1), keepWithNext: true,
                              anchor: words.sourcesHeading))
        items.append(FlowItem(block: .subheading(words.datasetsHeading), height: PageStyle.subheadingHeight, keepWithNext: true))
        for d in words.datasets {
            items += paragraph([StyledRun(d.name, bold: true)], after: 1)
            if !d.description.isEmpty { items += paragraph(d.description, indent: 14, after: 1) }
            for fact in d.facts {
                items += paragraph([StyledRun(ReportText.factLabel(fact.label) + " ", bold: true), StyledRun(fact.value)], indent: 14, after: 1)
            }
            items.append(FlowItem(block: .spacer(5), height: 5))
        }
        for fact in words.recordFacts {
            items += paragraph([StyledRun(ReportText.factLabel(fact.label) + " ", bold: true), StyledRun(fact.value)])
        }
        items.append(FlowItem(block: .spacer(6), height: 6))
        items.append(FlowItem(block: .subheading(words.methodHeading), height: PageStyle.subheadingHeight, keepWithNext: true))
        for m in words.method { items += paragraph(m, indent: 14, bullet: true, after: 3) }
        return items
    }

    func geometry(_ table: TableContent, title: String) throws(TallyError) -> TableGeometry {
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
        // Figures are never wrapped; text columns need some room beside them.
        let minimumText = 60.0 * Double(max(1, textIndices.count))
        if numericWidth + minimumText > total + 0.01 {
            throw .usage("table '\(MessageText.excerpt(title, limit: 60))' does not fit the page width: its \(table.numeric.filter { $0 }.count) "
                         + "figure columns need \(Int(numericWidth)) pt and its \(textIndices.count) name columns at least "
                         + "\(Int(minimumText)) pt, the page has \(Int(total)) pt; give the table fewer measures")
        }
        let available = total - numericWidth
        var widths = natural
        if textNatural > available {
            // Water-filling: narrow columns keep their natural width, the wide ones
            // share what is left equally (and their cells wrap).
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
        var header: [[String]] = []
        for (i, name) in table.columns.enumerated() {
            header.append(try lines(name, font: style.tableBold, width: widths[i] - 2 * pad, step: TableGeometry.lineStep,
                                    room: style.content.height / 4,
                                    what: "table '\(MessageText.excerpt(title, limit: 60))', the name of column \(i + 1)"))
        }
        return TableGeometry(columns: table.columns, header: header, numeric: table.numeric, x: x, widths: widths)
    }

    // MARK: Pagination

    /// Long reports (more than four pages) get contents (issue 13, item 10): on the
    /// cover, under its rule, or at the top of the next page when the cover is full; the
    /// sections flow on after it, so it never takes a page of its own. Returns the
    /// pages, the anchors and the page the contents is on.
    func paginateWithContents(_ flow: [FlowItem]) -> (pages: [[PlacedBlock]], anchors: [Anchor], contentsPage: Int?) {
        var items = flow
        var (pages, anchors) = paginate(items)
        guard pages.count > 4, !items.isEmpty else { return (pages, anchors, nil) }
        items.insert(contentsOf: contentsItems(anchors.map(\.title)), at: 1)
        (pages, anchors) = paginate(items)
        let page = pages.firstIndex { $0.contains { if case .contentsHeading = $0.block { true } else { false } } }.map { $0 + 1 }
        return (pages, anchors, page)
    }

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
