import Testing
import TallyCore
@testable import TallyCharts

/// Issue 15, item 5: a chart for an Arabic or Persian brief reads right to left. Bars
/// grow leftward from a zero line at the right with their names right of them, time
/// runs from the right, the headline and source align right; whiskers and arrows stay
/// where their figures are. Checked on what is drawn (``RecordingCanvas``).
@Suite struct RightToLeftLayoutTests {
    static var rtl: Theme {
        var t = Theme.light
        t.direction = .rightToLeft
        return t
    }

    static let size = Size(width: 1200, height: 675)

    func bars(note: String? = nil) -> BarChart {
        var aleppo = BarChart.Bar(label: "حلب", estimate: est(5_000, 6_000, 7_000))
        aleppo.note = note
        return BarChart(bars: [aleppo,
                               BarChart.Bar(label: "إدلب", estimate: est(900, 1_200, 2_000)),
                               BarChart.Bar(label: "درعا", estimate: est(300, 300, nil))],
                        text: ChartText(title: "عدد القتلى حسب المحافظة", subtitle: "أفضل تقدير مع المدى", source: "المصدر: UCDP GED"))
    }

    func rects(_ canvas: RecordingCanvas, _ color: Color) -> [Rect] {
        canvas.operations.compactMap { if case let .fillRect(r, c) = $0, c == color { return r } else { return nil } }
    }

    func text(_ canvas: RecordingCanvas, _ needle: String) -> [(point: Point, anchor: TextAnchor, box: Rect)] {
        canvas.operations.compactMap {
            if case let .text(s, p, _, _, a, box) = $0, Bidi.stripped(s).contains(needle) { return (p, a, box) }
            return nil
        }
    }

    func lines(_ canvas: RecordingCanvas) -> [(Point, Point)] {
        canvas.operations.compactMap { if case let .line(a, b, _, _, _) = $0 { return (a, b) } else { return nil } }
    }

    @Test func barsGrowLeftwardFromAZeroLineAtTheRightWithNamesRightOfThem() throws {
        let canvas = RecordingCanvas()
        bars().draw(on: canvas, size: Self.size, theme: Self.rtl)
        let drawn = rects(canvas, Theme.light.primary)
        try #require(drawn.count == 3)
        // Every bar ends at one zero line in the right half; the longest reaches furthest left.
        let zero = drawn[0].maxX
        #expect(zero > Self.size.width / 2)
        for r in drawn { #expect(abs(r.maxX - zero) < 0.001) }
        #expect(drawn[0].minX < drawn[1].minX && drawn[1].minX < drawn[2].minX)
        for (name, bar) in zip(["حلب", "إدلب", "درعا"], drawn) {
            let label = try #require(text(canvas, name).first)
            #expect(label.box.minX > zero, "the name is right of its bar")
            #expect(label.box.maxX <= Self.size.width)
            _ = bar
        }
        // The value sits at the bar's far (left) end, past its whisker.
        let value = try #require(text(canvas, "6,000").first { $0.anchor.vertical == .middle })
        #expect(value.anchor.horizontal == .right)
        #expect(value.box.maxX < drawn[0].minX)
        // The headline and the source line end at the right margin.
        let title = try #require(text(canvas, "عدد القتلى").first)
        let source = try #require(text(canvas, "UCDP").first)
        #expect(abs(title.box.maxX - (Self.size.width - 28)) < 0.001)
        #expect(abs(source.box.maxX - (Self.size.width - 28)) < 0.001)
    }

    @Test func whiskersAndTheOpenEndsArrowStayOnTheirFigures() throws {
        let canvas = RecordingCanvas()
        let chart = bars()
        chart.draw(on: canvas, size: Self.size, theme: Self.rtl)
        let ltr = RecordingCanvas()
        chart.draw(on: ltr, size: Self.size, theme: .light)
        let layout = BarChartLayout(chart: chart, size: Self.size, theme: .light, canvas: RecordingCanvas())
        // Where a figure is on the left-to-right axis, it is as far from the zero line on
        // the right-to-left one: x(v) = width - x_ltr(v).
        let aleppo = layout.rows[0]
        let whisker = try #require(aleppo.whisker)
        let w = Self.size.width
        let horizontal = lines(canvas).filter { abs($0.0.y - $0.1.y) < 0.001 && abs($0.0.y - aleppo.centerY) < 0.001 }
        #expect(horizontal.contains { abs($0.0.x - (w - whisker.low)) < 0.001 && abs($0.1.x - (w - whisker.high)) < 0.001 },
                "the whisker runs from low (5,000) to high (7,000), high further left")
        #expect(w - whisker.high < w - whisker.low)
        // The "at least 300" arrow points left, the way its bar grows.
        let arrows = canvas.operations.compactMap { if case let .polygon(p, _) = $0 { return p } else { return nil } }
        let arrow = try #require(arrows.first)
        let tip = try #require(layout.rows[2].arrowTip)
        #expect(abs(arrow[0].x - (w - tip.x)) < 0.001)
        #expect(arrow[1].x > arrow[0].x && arrow[2].x > arrow[0].x)
        // Everything but text is the left-to-right chart mirrored.
        func shapes(_ c: RecordingCanvas) -> Int { c.operations.filter { if case .text = $0 { return false } else { return true } }.count }
        #expect(shapes(canvas) == shapes(ltr))
    }

    @Test func aNoteLeftOfItsValuePointsRightAtItsBar() throws {
        let canvas = RecordingCanvas()
        bars(note: "حصار").draw(on: canvas, size: Self.size, theme: Self.rtl)
        let value = try #require(text(canvas, "6,000").first { $0.anchor.vertical == .middle })
        let note = try #require(text(canvas, "حصار").first)
        let drawn = canvas.operations.compactMap { if case let .text(s, _, _, _, _, _) = $0, s.contains("حصار") { return s } else { return nil } }
        #expect(drawn.first?.hasPrefix(String(Bidi.rightToLeftMark) + BarChartLayout.rightToLeftNotePointer) == true,
                "laid out right to left, the arrow leads at the right end")
        #expect(note.box.maxX < value.box.minX)
        #expect(note.anchor.horizontal == .right)
    }

    @Test func namesAboveTheirBarsAlignRightOnANarrowChart() throws {
        let chart = BarChart(bars: [BarChart.Bar(label: "محافظة ريف دمشق الشمالية الشرقية البعيدة جدا عن المدينة القديمة", estimate: .exactly(50)),
                                    BarChart.Bar(label: "Idlib Governorate of the north and its countryside", estimate: .exactly(35))],
                             text: ChartText(title: "قتلى", source: "المصدر"))
        let canvas = RecordingCanvas()
        let size = Size(width: 400, height: 400)
        chart.draw(on: canvas, size: size, theme: Self.rtl)
        let layout = BarChartLayout(chart: chart, size: size, theme: Self.rtl.fitted(toWidth: 400), canvas: RecordingCanvas())
        #expect(layout.labelPosition == .above)
        let right = size.width - layout.frame.margin
        for row in layout.rows {
            for line in row.labelLines {
                let drawn = try #require(text(canvas, Bidi.stripped(line)).first)
                #expect(abs(drawn.box.maxX - right) < 0.001, "\(Bidi.stripped(line))")
            }
        }
    }

    func month(_ label: String) -> Int32 { PeriodKind.month.parseLabel(label)! }

    func series(_ name: String, from: Int, count: Int, base: Int64) -> TimelineChart.Series {
        TimelineChart.Series(name: name, kind: .flow, points: (0 ..< count).map { i in
            let k = month("2021-01") + Int32(from + i)
            let b = base + Int64(i * 10)
            return TimelineChart.Sample(periodKey: k, day: PeriodKind.month.firstDay(k), estimate: est(b - 5, b, b + 5))
        })
    }

    @Test func timeRunsFromTheRightWithTheValueAxisOnTheRight() throws {
        let chart = TimelineChart(period: .month, series: [series("حلب", from: 0, count: 12, base: 100), series("إدلب", from: 0, count: 12, base: 40)],
                                  annotations: [TimelineChart.Annotation(day: CalendarDay("2021-04-01")!, text: "هدنة")],
                                  text: ChartText(title: "القتلى شهريا", source: "المصدر: اختبار"))
        let canvas = RecordingCanvas()
        chart.draw(on: canvas, size: Self.size, theme: Self.rtl)
        let layout = TimelineLayout(chart: chart, size: Self.size, theme: .light, canvas: RecordingCanvas())
        let w = Self.size.width
        let polylines = canvas.operations.compactMap { if case let .polyline(p, _, _) = $0 { return p } else { return nil } }
        try #require(!polylines.isEmpty)
        for p in polylines { #expect(zip(p, p.dropFirst()).allSatisfy { $0.x > $1.x }, "later months are further left") }
        // January at the right end of the plot, December at the left.
        let jan = try #require(text(canvas, "Jan").first)
        #expect(abs(jan.point.x - (w - layout.xScale(CalendarDay("2021-01-01")!))) < 0.001)
        #expect(jan.point.x > w / 2)
        // Tick labels of the value axis right of the plot.
        let plotRight = w - layout.plot.minX
        for (label, _) in zip(layout.yAxis.labels, layout.yAxis.ticks.values) {
            let tick = try #require(text(canvas, label).first { $0.anchor.horizontal == .left })
            #expect(tick.box.minX > plotRight)
        }
        // The annotation's words are left of its dashed line (the side later dates are on).
        let mark = try #require(layout.annotations.first)
        let words = try #require(text(canvas, "هدنة").first)
        #expect(words.box.maxX <= w - mark.x)
        // Series names sit left of their lines' last points.
        for label in layout.directLabels {
            let drawn = try #require(text(canvas, Bidi.stripped(label.text)).first)
            #expect(drawn.box.maxX < w - label.anchor.x)
        }
    }

    @Test func approximateAndPartialMarksSitOnTheirPoints() throws {
        var s = series("حلب", from: 0, count: 6, base: 100)
        s.points[2].estimate = est(95, 110, 125, approximate: true)
        var chart = TimelineChart(period: .month, series: [s], text: ChartText(title: "t", source: "s"))
        chart.partial = [month("2021-06"): "partial: data to 20 June"]
        let ltr = RecordingCanvas(), rtl = RecordingCanvas()
        chart.draw(on: ltr, size: Self.size, theme: .light)
        chart.draw(on: rtl, size: Self.size, theme: Self.rtl)
        let a = text(ltr, "~"), b = text(rtl, "~")
        try #require(a.count == 1 && b.count == 1)
        #expect(abs(b[0].point.x - (Self.size.width - a[0].point.x)) < 0.001)
        #expect(abs(b[0].box.midX - (Self.size.width - a[0].box.midX)) < 0.001)
        // The partial month's hollow square on June's point, the last one, now the leftmost.
        let squares = { (c: RecordingCanvas) in
            c.operations.compactMap { if case let .fillRect(r, _) = $0, r.width == 10, r.height == 10 { return r } else { return nil } }
        }
        let l = squares(ltr), r = squares(rtl)
        try #require(l.count == 1 && r.count == 1)
        #expect(abs(r[0].midX - (Self.size.width - l[0].midX)) < 0.001 && r[0].midY == l[0].midY)
        let line = try #require(rtl.operations.compactMap { if case let .polyline(p, _, _) = $0 { return p } else { return nil } }.first)
        #expect(r[0].midX <= (line.map(\.x).min() ?? 0) + 0.001)
    }

    @Test func smallMultiplesStartAtTheTopRight() throws {
        let chart = TimelineChart(period: .month, series: (0 ..< 6).map { series("منطقة \($0 + 1)", from: 0, count: 12, base: Int64(50 + $0 * 20)) },
                                  text: ChartText(title: "القتلى", source: "المصدر"))
        let sm = SmallMultiples(chart)
        let canvas = RecordingCanvas()
        sm.draw(on: canvas, size: Self.size, theme: Self.rtl)
        let plots = sm.plots(size: Self.size, theme: .light, canvas: RecordingCanvas())
        let first = try #require(text(canvas, "منطقة 1").first)
        let second = try #require(text(canvas, "منطقة 2").first)
        #expect(first.box.minX > second.box.maxX, "the first panel is right of the second")
        #expect(first.box.maxX > Self.size.width / 2)
        #expect(abs(first.box.maxX - (Self.size.width - plots[0].minX)) < 40)
    }

    @Test func leftToRightIsTheDefaultAndDrawsAsBefore() {
        #expect(Theme.light.direction == .leftToRight && Theme.dark.direction == .leftToRight)
        let a = RecordingCanvas(), b = RecordingCanvas()
        bars(note: "حصار").draw(on: a, size: Self.size, theme: .light)
        bars(note: "حصار").draw(on: b, size: Self.size, theme: Self.rtl)
        // The same shapes, mirrored: nothing is added or lost by reading right to left.
        #expect(a.operations.count == b.operations.count)
        #expect(LayoutDirection.leftToRight.canvas(a, width: 10) === a)
    }
}
