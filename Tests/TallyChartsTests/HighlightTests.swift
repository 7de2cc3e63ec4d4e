import Testing
import TallyCore
@testable import TallyCharts

/// `--highlight` and notes pointing at a bar or a point (issue 13, item 8).
@Suite struct HighlightTests {
    let places = ["Balkh (Afghanistan)", "Kabul (Afghanistan)", "Balkh (Pakistan)", "Idlib", "Ar Raqqah", "3 others"]

    func error(_ wanted: String, _ labels: [String]) -> String? {
        if case let .failure(e) = Highlight.match(wanted, in: labels) { return e.description }
        return nil
    }

    @Test(arguments: [("idlib", "Idlib"), ("IDLIB", "Idlib"), ("Idlib", "Idlib"), ("kabul", "Kabul (Afghanistan)"),
                      ("balkh (pakistan)", "Balkh (Pakistan)"), ("ar  raqqah", "Ar Raqqah")])
    func namesMatchAsAReaderTypesThem(wanted: String, label: String) {
        #expect(try! Highlight.match(wanted, in: places).get().map { places[$0] } == [label])
    }

    @Test func aNameOfSeveralGroupsAsksForTheWholeName() throws {
        let e = try #require(error("Balkh", places))
        #expect(e.contains("names 2 of them") && e.contains("\"Balkh (Afghanistan)\"") && e.contains("\"Balkh (Pakistan)\""))
    }

    /// Typos, a part of the name and a name with a suffix left off all get the nearest names.
    @Test(arguments: [("Idleb", "Idlib"), ("Raqqa", "Ar Raqqah"), ("Kabol", "Kabul (Afghanistan)"), ("Raqah", "Ar Raqqah")])
    func aNearNameIsSuggested(wanted: String, suggestion: String) throws {
        let e = try #require(error(wanted, places))
        #expect(e.contains("did you mean") && e.contains("\"\(suggestion)\""), "\(e)")
    }

    @Test func aNameFarFromEveryOneListsTheChartsNames() throws {
        let e = try #require(error("Damascus", places))
        #expect(e.contains("is not one of the chart's 6 names") && e.contains("\"Idlib\""))
        let many = (1...12).map { "Place \($0)" }
        #expect(try #require(error("Xyzzy", many)).contains(", …)"))
    }

    @Test func aNameInTheDataButNotDrawnSaysHowToDrawIt() throws {
        let drawn = ["Idlib", "2 others"], all = ["Idlib", "Aleppo", "Hama"]
        let r = Highlight.labels(["Hama"], in: drawn, all: all) { label, rank in "\(label) ranks \(rank)" }
        guard case let .failure(e) = r else { Issue.record("Hama is not drawn"); return }
        #expect(e.description == "\"Hama\" Hama ranks 3")
        #expect(try Highlight.labels(["idlib"], in: drawn, all: all).get() == ["Idlib"])
    }

    func bars() -> [BarChart.Bar] {
        [BarChart.Bar(label: "Idlib", estimate: est(300, 307, 323)), BarChart.Bar(label: "Aleppo", estimate: est(66, 89, 97)),
         BarChart.Bar(label: "Hama", estimate: est(5, 5, 5)), BarChart.Bar(label: "2 others", estimate: est(4, 4, 4), foldedCount: 2)]
    }

    func fills(_ chart: BarChart) -> [Color] {
        let canvas = RecordingCanvas()
        chart.draw(on: canvas, size: Size(width: 1200, height: 500), theme: .light)
        return canvas.operations.compactMap {
            if case let .fillRect(r, c) = $0, r.height > 10, r.height < 60 { return c }
            return nil
        }
    }

    @Test func highlightedBarsTakeTheAccentAndTheRestTurnGrey() {
        var chart = BarChart(bars: bars(), text: ChartText(title: "t", source: "s"))
        let theme = Theme.light
        #expect(fills(chart) == [theme.primary, theme.primary, theme.primary, theme.others])
        chart.highlighted = ["Aleppo"]
        #expect(fills(chart) == [theme.others, theme.accent, theme.others, theme.others])
        chart.highlighted = ["Idlib", "Hama"]
        #expect(fills(chart) == [theme.accent, theme.others, theme.accent, theme.others])
        #expect(AltText.describe(chart).contains("Highlighted: Idlib and Hama."))
    }

    @Test(arguments: [("Idlib=Offensive", "Idlib", "Offensive"), (" Idlib = Offensive = south ", "Idlib", "Offensive = south"),
                      ("Balkh (Afghanistan)=Raid", "Balkh (Afghanistan)", "Raid")])
    func barNotesParse(argument: String, name: String, text: String) {
        #expect(BarChart.Note(argument: argument) == BarChart.Note(name: name, text: text))
    }

    @Test(arguments: ["Idlib", "Idlib=", "=Offensive", " = ", "Idlib=  "])
    func aBarNoteWithoutNameOrTextIsRefused(argument: String) {
        #expect(BarChart.Note(argument: argument) == nil)
    }

    @Test func aNoteIsDrawnAfterItsBarsValueInsideTheChart() throws {
        var chart = BarChart(bars: bars(), text: ChartText(title: "t", source: "s"))
        #expect(chart.attach([BarChart.Note(name: "aleppo", text: "Siege lifted")]) == nil)
        #expect(chart.bars[1].note == "Siege lifted")
        for width in [400.0, 800, 1200] {
            let canvas = RecordingCanvas()
            let layout = BarChartLayout(chart: chart, size: Size(width: width, height: 600), theme: Theme.light.fitted(toWidth: width), canvas: canvas)
            let row = layout.rows[1]
            let box = try #require(row.noteBox)
            #expect(row.note == BarChartLayout.notePointer + Bidi.isolate("Siege lifted"))
            if width >= 800 {
                #expect(row.noteLines == [BarChartLayout.notePointer + Bidi.isolate("Siege lifted")])
                #expect(box.minX > row.valueBox.maxX && abs(box.midY - row.centerY) < 1)
            } else {
                // At 400 the note after the value would leave the plot under half the width: under the bar.
                #expect(row.noteLines == [BarChartLayout.noteUnderPointer + Bidi.isolate("Siege lifted")])
                #expect(box.minY >= row.barRect.maxY && abs(box.minX - row.barRect.minX) < 1e-9)
            }
            #expect(box.maxX <= width, "note leaves a \(width)-wide chart")
            for other in layout.rows where other.bar.label != "Aleppo" {
                #expect(!box.intersects(other.valueBox) && !box.intersects(other.labelBox))
            }
        }
        #expect(AltText.describe(chart).contains("Note at Aleppo: Siege lifted."))
    }

    @Test func aNoteOnNoBarOrTwoOnOneIsRefused() {
        var chart = BarChart(bars: bars(), text: ChartText(title: "t", source: "s"))
        #expect(chart.attach([BarChart.Note(name: "Alepo", text: "x")])?.description.contains("did you mean \"Aleppo\"") == true)
        #expect(chart.attach([BarChart.Note(name: "Hama", text: "a"), BarChart.Note(name: "hama", text: "b")])?.description
            == "\"hama\" has two notes; join them into one")
    }

    /// A note too wide to follow its value wraps under its bar (issue 13 review F7), never
    /// a cut note and never a plot squeezed to a sliver; at 4000 wide it still follows the value.
    @Test func aNoteTooWideForTheChartWrapsUnderItsBar() throws {
        var chart = BarChart(bars: bars(), text: ChartText(title: "t", source: "s"))
        let text = Array(repeating: "very long note", count: 8).joined(separator: " ")
        _ = chart.attach([BarChart.Note(name: "Idlib", text: text)])
        let fit = chart.fit(width: 800, theme: .light, canvas: RecordingCanvas())
        #expect(fit.widthProblem == nil)
        let layout = BarChartLayout(chart: chart, size: Size(width: 800, height: fit.naturalHeight), theme: .light, canvas: RecordingCanvas())
        let row = try #require(layout.rows.first { $0.bar.label == "Idlib" })
        #expect(row.noteLines.count == 2 && row.noteLines[0].hasPrefix(BarChartLayout.noteUnderPointer))
        #expect(layout.plot.width >= 0.5 * layout.frame.content.width)
        let wide = BarChartLayout(chart: chart, size: Size(width: 4000, height: 600), theme: .light, canvas: RecordingCanvas())
        #expect(wide.rows.first { $0.bar.label == "Idlib" }?.noteLines.count == 1)
        #expect(wide.rows.first { $0.bar.label == "Idlib" }?.noteLines.first?.hasPrefix(BarChartLayout.notePointer) == true)
    }
}

@Suite struct PointNoteTests {
    func month(_ label: String) -> Int32 { PeriodKind.month.parseLabel(label)! }

    func line(_ name: String, _ months: [String], best: Int64) -> TimelineChart.Series {
        TimelineChart.Series(name: name, kind: .flow, points: months.enumerated().map { i, m in
            TimelineChart.Sample(periodKey: month(m), day: PeriodKind.month.firstDay(month(m)), estimate: est(best + Int64(i), best + Int64(i), best + Int64(i)))
        })
    }

    var months: [String] { (1...12).map { "2019-" + ($0 < 10 ? "0" : "") + String($0) } }

    func chart(_ annotations: [String], lines: [TimelineChart.Series]? = nil) -> TimelineChart {
        TimelineChart(period: .month, series: lines ?? [line("Idlib", months, best: 100), line("Aleppo", Array(months.prefix(6)), best: 40)],
                      annotations: annotations.compactMap(TimelineChart.Annotation.init(argument:)),
                      text: ChartText(title: "t", source: "s"))
    }

    @Test func annotationsParseAsRulesOrPointNotes() throws {
        let rule = try #require(TimelineChart.Annotation(argument: "2019-12=Talks"))
        #expect(!rule.atPoint && rule.series == nil && rule.day.description == "2019-12-01")
        let point = try #require(TimelineChart.Annotation(argument: "Idlib (Syria)@2019-12-15=Offensive @ night = worst"))
        #expect(point.atPoint && point.series == "Idlib (Syria)" && point.day.description == "2019-12-15")
        #expect(point.text == "Offensive @ night = worst")
        let only = try #require(TimelineChart.Annotation(argument: "@2019=Start"))
        #expect(only.atPoint && only.series == nil && only.day.description == "2019-01-01")
        for bad in ["Idlib@=x", "Idlib@2019-13=x", "@2019-12=", "Idlib@2019-12= "] {
            #expect(TimelineChart.Annotation(argument: bad) == nil, "\(bad)")
        }
    }

    @Test func pointNotesResolveTheirLineOrSayWhyNot() {
        var c = chart(["idlib@2019-03=Offensive"])
        #expect(c.resolveNotes() == nil)
        #expect(c.annotations[0].series == "Idlib")
        var typo = chart(["Alepo@2019-03=x"])
        #expect(typo.resolveNotes()?.contains("did you mean \"Aleppo\"") == true)
        var unnamed = chart(["@2019-03=x"])
        #expect(unnamed.resolveNotes()?.contains("the chart has 2 lines; name one") == true)
        var single = chart(["@2019-03=x"], lines: [line("killed", months, best: 10)])
        #expect(single.resolveNotes() == nil)
        // Aleppo's line ends in June: a note in October points at nothing.
        var gap = chart(["Aleppo@2019-10=x"])
        #expect(gap.resolveNotes() == "Aleppo@2019-10-01=x: \"Aleppo\" has no figure for 2019-10 (its figures run from 2019-01 to 2019-06)")
        // Outside the chart's periods a note is not drawn, like a rule there.
        var outside = chart(["Aleppo@2021-01=x"])
        #expect(outside.resolveNotes() == nil)
        #expect(!outside.visibleAnnotations.contains { $0.atPoint })
    }

    @Test func pointNotesSitInThePlotBesideTheirFigureWithoutOverlapping() throws {
        var c = chart(["Idlib@2019-03=Offensive begins", "Aleppo@2019-03=Siege", "Idlib@2019-12=Ceasefire at the end of the year",
                       "Idlib@2019-04=Second wave"])
        #expect(c.resolveNotes() == nil)
        for (w, h) in [(1200.0, 675.0), (800, 450), (400, 400)] {
            let canvas = RecordingCanvas()
            let layout = TimelineLayout(chart: c, size: Size(width: w, height: h), theme: Theme.light.fitted(toWidth: w), canvas: canvas)
            #expect(layout.pointNotes.count == 4)
            for (i, n) in layout.pointNotes.enumerated() {
                #expect(layout.plot.insetBy(dx: -0.5, dy: -0.5).contains(n.box), "note \(i) leaves the plot at \(w)×\(h)")
                #expect(!n.box.insetBy(dx: -4, dy: -4).contains(Rect(x: n.point.x, y: n.point.y, width: 0, height: 0)),
                        "note \(i) covers its own point")
                for m in layout.pointNotes[(i + 1)...] { #expect(!n.box.intersects(m.box), "notes overlap at \(w)×\(h)") }
            }
            // The December note would pass the right edge: it goes left of its point.
            let december = layout.pointNotes[2]
            #expect(december.box.maxX < december.point.x)
            #expect(layout.annotations.isEmpty, "a point note is not a date rule")
        }
        #expect(AltText.describe(c).contains("Note at Idlib, March 2019: Offensive begins."))
    }

    /// Issue 10, item 6: a line whose name is not given is grey (its line, band and
    /// legend swatch), as its bar is, and the named lines keep the palette in order.
    @Test func notGivenLinesAreGrey() throws {
        let jan = PeriodKind.month.parseLabel("2019-01")!
        let r = AggregateResult(grouping: Grouping([.adm1]), period: .month, rows: (0 ..< 3).flatMap { i in
            [("Idlib", 9), ("", 90), ("Aleppo", 5)].map { name, n in
                AggregateRow(country: "Syria", adm1: name, periodKey: jan + Int32(i), period: PeriodKind.month.label(jan + Int32(i)),
                             measure: "killed", kind: .flow, estimate: Estimate.exactly(Int64(n + i)), events: 1)
            }
        })
        let (series, _) = try TimelineChart.series(from: r, measure: "killed", top: 5)
        #expect(series.map(\.isNotGiven) == [false, false, true])
        #expect(series.last?.name.contains("not given") == true)
        let c = TimelineChart(period: .month, series: series, annotations: [],
                              text: ChartText(title: "T", subtitle: "S", source: "src"), namesSeries: true)
        for theme in [Theme.light, Theme.dark] {
            let canvas = RecordingCanvas()
            c.draw(on: canvas, size: Size(width: 1200, height: 675), theme: theme)
            let strokes = canvas.operations.compactMap { op -> Color? in
                if case let .polyline(points, color, width) = op, width == 2.5, points.count > 1 { return color }
                return nil
            }
            // Drawn last first: the grey line lies under the named ones.
            #expect(strokes == [theme.others, theme.series[1], theme.series[0]])
        }
    }

    @Test func highlightedLinesTakeTheAccentAndAreDrawnOnTop() {
        var c = chart([])
        c.highlighted = ["Aleppo"]
        let canvas = RecordingCanvas()
        c.draw(on: canvas, size: Size(width: 1200, height: 675), theme: .light)
        let strokes = canvas.operations.compactMap { op -> Color? in
            if case let .polyline(points, color, width) = op, width == 2.5, points.count > 1 { return color }
            return nil
        }
        #expect(strokes == [Theme.light.others, Theme.light.accent])
    }
}
