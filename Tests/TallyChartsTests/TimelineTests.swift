import Testing
import TallyCore
@testable import TallyCharts

@Suite struct TimelineModelTests {
    func month(_ label: String) -> Int32 { PeriodKind.month.parseLabel(label)! }

    func mrow(_ country: String, _ m: String, _ e: Estimate, measure: String = "killed", kind: MeasureKind = .flow) -> AggregateRow {
        AggregateRow(country: country, periodKey: month(m), period: m, measure: measure, kind: kind, estimate: e, events: 1)
    }

    @Test func flowsAreFilledWithZeroOnlyBetweenRecordsOfAContinuousSource() throws {
        let result = AggregateResult(grouping: Grouping([.country]), period: .month, rows: [
            mrow("A", "2023-01", est(1, 1, 1)), mrow("A", "2023-04", est(2, 2, 2)),
            mrow("B", "2023-02", est(5_000, 6_000, 7_000), measure: "members", kind: .stock),
            mrow("B", "2023-04", est(4_000, 4_000, 4_000), measure: "members", kind: .stock),
        ])
        let flows = try TimelineChart.series(from: result, measure: "killed", reporting: .continuous)
        #expect(flows.series.count == 1)
        #expect(flows.series[0].points.map(\.estimate.best) == [1, 0, 0, 2])
        #expect(flows.series[0].points.map(\.day.description) == ["2023-01-01", "2023-02-01", "2023-03-01", "2023-04-01"])
        // The asked-for dates do not extend a line before the first record or after the last.
        let wide = try TimelineChart.series(from: result, measure: "killed", span: (CalendarDay("2022-12-15"), CalendarDay("2023-05-31")),
                                            reporting: .continuous)
        #expect(wide.series[0].points.map(\.periodKey) == (month("2023-01")...month("2023-04")).map { $0 })
        // Not known to be continuous: no zeros at all.
        #expect(try TimelineChart.series(from: result, measure: "killed").series[0].points.map(\.periodKey)
            == [month("2023-01"), month("2023-04")])
        #expect(try TimelineChart.series(from: result, measure: "members", span: (CalendarDay("2022-12-15"), nil)).series[0].points.count == 2)
        let stocks = try TimelineChart.series(from: result, measure: "members", reporting: .continuous)
        #expect(stocks.series[0].points.map(\.periodKey) == [month("2023-02"), month("2023-04")])
    }

    /// A flow's line is never drawn across a period without a point: one polyline per
    /// run of consecutive periods, a lone period as a dot.
    @Test func aFlowLineBreaksAtAGap() throws {
        let result = AggregateResult(grouping: Grouping([]), period: .month, rows: [
            AggregateRow(periodKey: month("2023-01"), period: "2023-01", measure: "killed", kind: .flow, estimate: est(1, 1, 1), events: 1),
            AggregateRow(periodKey: month("2023-02"), period: "2023-02", measure: "killed", kind: .flow, estimate: est(3, 3, 3), events: 1),
            AggregateRow(periodKey: month("2023-05"), period: "2023-05", measure: "killed", kind: .flow, estimate: est(2, 2, 2), events: 1),
        ])
        func polylines(_ reporting: Reporting) throws -> [Int] {
            let (series, _) = try TimelineChart.series(from: result, measure: "killed", reporting: reporting)
            let chart = TimelineChart(period: .month, series: series, text: ChartText(title: "t", subtitle: "s", source: "x"),
                                      namesSeries: false)
            let canvas = RecordingCanvas()
            chart.draw(on: canvas, size: Size(width: 800, height: 450), theme: Theme.light)
            return canvas.operations.compactMap { op in
                if case let .polyline(points, _, width) = op, width == 2.5 { return points.count }
                return nil
            }
        }
        #expect(try polylines(.sparse) == [2])
        #expect(try polylines(.continuous) == [5])
    }

    /// review38 S5 in charts: `chart timeline s7.csv --measure members --period month`
    /// drew 1,100, 110, 1,120 and 130 as one line, each figure adding up other groups
    /// than the one before (Group A is observed in January and March only). The line
    /// breaks where the next figure adds up other groups (TallyCore's ``StockCells``), the
    /// footer names the months, and the alt text gives no rise or fall.
    @Test func aStockLineBreaksWhereTheNextFigureAddsUpOtherGroups() throws {
        func row(_ m: String, _ best: Int64, cells: UInt64) -> AggregateRow {
            var r = mrow("Syria", m, est(best, best, best), measure: "members", kind: .stock)
            r.stockCells = cells
            return r
        }
        func chart(_ rows: [AggregateRow]) throws -> (TimelineChart, RecordingCanvas) {
            let (series, _) = try TimelineChart.series(from: AggregateResult(grouping: Grouping([]), period: .month, rows: rows),
                                                       measure: "members")
            var c = TimelineChart(period: .month, series: series, text: ChartText(title: "t", subtitle: "s", source: "x"), namesSeries: false)
            c.text.source = "x" + (c.regroupedKey.map { "\n" + $0 } ?? "")
            let canvas = RecordingCanvas()
            c.draw(on: canvas, size: Size(width: 800, height: 450), theme: Theme.light)
            return (c, canvas)
        }
        func joins(_ canvas: RecordingCanvas) -> Int {
            let color = Theme.light.seriesColor(0).withAlpha(0.6)
            return canvas.operations.filter { if case let .line(_, _, c, _, _) = $0 { return c == color }; return false }.count
        }
        let ab: UInt64 = 0xAB, b: UInt64 = 0xB
        let s7 = try chart([row("2023-01", 1_100, cells: ab), row("2023-02", 110, cells: b), row("2023-03", 1_120, cells: ab), row("2023-04", 130, cells: b)])
        #expect(joins(s7.1) == 0)
        #expect(s7.0.regroupedKey == "No line joins January 2023 and February 2023; February 2023 and March 2023; March 2023 and April 2023: "
                + "their figures add up different groups or places, some observed in one period only.")
        let alt = AltText.describe(s7.0)
        #expect(alt.contains("no rise or fall can be given, as figures at the start and at the end add up different groups or places"), "\(alt)")
        #expect(alt.contains("No line joins January 2023 and February 2023"), "\(alt)")
        // One break: joined January–February and March–April.
        let one = try chart([row("2023-01", 100, cells: b), row("2023-02", 110, cells: b), row("2023-03", 1_120, cells: ab), row("2023-04", 1_130, cells: ab)])
        #expect(joins(one.1) == 2)
        #expect(one.0.regroupedKey == "No line joins February 2023 and March 2023: their figures add up different groups or places, some observed in one period only.")
        // The same groups every month: one line, no note, a trend.
        let same = try chart([row("2023-01", 100, cells: b), row("2023-02", 110, cells: b), row("2023-03", 120, cells: b), row("2023-04", 130, cells: b)])
        #expect(joins(same.1) == 3)
        #expect(same.0.regroupedKey == nil)
        #expect(AltText.describe(same.0).contains("rising overall"))
    }

    @Test func topKeepsTheLargestAndCountsTheRest() throws {
        var rows: [AggregateRow] = []
        for (i, c) in ["A", "B", "C", "D"].enumerated() { rows.append(mrow(c, "2023-01", est(0, Int64(i * 10), Int64(i * 10)))) }
        let s = try TimelineChart.series(from: AggregateResult(grouping: Grouping([.country]), period: .month, rows: rows),
                                     measure: "killed", top: 2)
        #expect(s.series.map(\.name) == ["D", "C"])
        #expect(s.omitted == 2)
    }

    @Test func annotationsParse() throws {
        let a = TimelineChart.Annotation(argument: "2021-08-15=Taliban takeover")
        #expect(a?.day.description == "2021-08-15")
        #expect(a?.text == "Taliban takeover")
        #expect(TimelineChart.Annotation(argument: "2021-08=x")?.day.description == "2021-08-01")
        #expect(TimelineChart.Annotation(argument: "2021=a=b")?.text == "a=b")
        #expect(TimelineChart.Annotation(argument: "2021-13-01=x") == nil)
        #expect(TimelineChart.Annotation(argument: "2021-08-15") == nil)
        #expect(TimelineChart.Annotation(argument: "2021-08-15=") == nil)
    }
}

@Suite struct TimelineLayoutTests {
    let size = Size(width: 1_200, height: 675)

    func series(_ name: String, _ bests: [Int64], start: String = "2021-01", kind: MeasureKind = .flow, skip: Set<Int> = []) -> TimelineChart.Series {
        let k0 = PeriodKind.month.parseLabel(start)!
        let points = bests.enumerated().filter { !skip.contains($0.offset) }.map { i, b in
            TimelineChart.Sample(periodKey: k0 + Int32(i), day: PeriodKind.month.firstDay(k0 + Int32(i)),
                                 estimate: est(b * 8 / 10, b, b * 12 / 10))
        }
        return TimelineChart.Series(name: name, kind: kind, points: points)
    }

    func render(_ chart: TimelineChart, size: Size? = nil) -> (TimelineLayout, RecordingCanvas) {
        let canvas = RecordingCanvas()
        chart.draw(on: canvas, size: size ?? self.size, theme: .light)
        return (TimelineLayout(chart: chart, size: size ?? self.size, theme: .light, canvas: RecordingCanvas()), canvas)
    }

    func text(_ s: [TimelineChart.Series], annotations: [TimelineChart.Annotation] = []) -> TimelineChart {
        TimelineChart(period: .month, series: s, annotations: annotations,
                      text: ChartText(title: "Killed per month", subtitle: "By country", source: "Source: test"))
    }

    @Test func directLabelsAtLineEndsWithoutOverlap() throws {
        // Three series ending at nearly the same value.
        let chart = text([series("Aleppo", Array(repeating: 100, count: 24)),
                          series("Idlib", Array(repeating: 101, count: 24)),
                          series("Homs", Array(repeating: 99, count: 24))])
        let (l, canvas) = render(chart)
        #expect(l.naming == .direct)
        #expect(l.directLabels.count == 3)
        for (i, a) in l.directLabels.enumerated() {
            #expect(a.box.minX > l.plot.maxX)
            #expect(a.box.maxX <= size.width)
            for b in l.directLabels[(i + 1)...] { #expect(!a.box.intersects(b.box)) }
        }
        let texts = canvas.texts
        for (i, a) in texts.enumerated() {
            for b in texts[(i + 1)...] { #expect(!a.box.intersects(b.box), "\(a.string) overlaps \(b.string)") }
        }
        // A label that did not move sits exactly at its line's end.
        let far = text([series("A", Array(repeating: 10, count: 12)), series("B", Array(repeating: 500, count: 12))])
        let (lf, _) = render(far)
        for d in lf.directLabels { #expect(abs(d.box.midY - d.anchor.y) < 1e-9) }
    }

    @Test func seriesEndingEarlyOrCrowdedAtTheEndGetALegend() throws {
        // A stock last observed months before the end must not get a leader across the plot.
        let early = text([series("A", [10, 20, 30, 40]), series("B", [5, 6, 0, 0], kind: .stock, skip: [2, 3])])
        #expect(render(early).0.naming == .legend)
        // Eight series ending at the same value would push names far from their lines.
        let crowded = text((0..<8).map { series("S\($0)", Array(repeating: 10, count: 6)) })
        let (l, _) = render(crowded, size: Size(width: 1_200, height: 400))
        #expect(l.naming == .legend)
    }

    @Test func yearlyDataGetsYearTicks() throws {
        let k0: Int32 = 2015
        let points = (0..<10).map { TimelineChart.Sample(periodKey: k0 + Int32($0), day: PeriodKind.year.firstDay(k0 + Int32($0)), estimate: est(1, 2, 3)) }
        let chart = TimelineChart(period: .year, series: [TimelineChart.Series(name: "A", kind: .flow, points: points)],
                                  text: ChartText(title: "t", source: "s"), namesSeries: false)
        let (l, _) = render(chart)
        guard case .years = l.xAxis.step else { Issue.record("expected year ticks, got \(l.xAxis.step)"); return }
        #expect(l.xTicks.map(\.label).prefix(3) == ["2015", "2016", "2017"])
        #expect(l.naming == .none)
    }

    @Test func longNamesFallBackToALegend() throws {
        let names = (1...6).map { "Armed group number \($0) of the northern provinces coalition" }
        let chart = text(names.enumerated().map { series($1, Array(repeating: Int64(100 * ($0 + 1)), count: 12)) })
        let (l, canvas) = render(chart)
        #expect(l.naming == .legend)
        #expect(l.legend.count == 6)
        #expect(l.directLabels.isEmpty)
        for item in l.legend { #expect(item.box.maxY <= l.plot.minY) }
        let texts = canvas.texts
        for (i, a) in texts.enumerated() {
            for b in texts[(i + 1)...] { #expect(!a.box.intersects(b.box), "\(a.string) overlaps \(b.string)") }
        }
    }

    @Test func stocksArePointsWithRangeBarsAndNoLineAcrossGaps() throws {
        // Observed in months 0, 1, 2 and 6, 7: joined 0–1, 1–2, 6–7 only.
        let stock = series("Islamic State", [5_000, 5_500, 6_000, 0, 0, 0, 4_000, 4_500], kind: .stock, skip: [3, 4, 5])
        let (l, canvas) = render(text([stock]))
        let circles = canvas.operations.filter { if case .circle = $0 { return true }; return false }
        #expect(circles.count == 5)
        #expect(!canvas.operations.contains { if case .polyline = $0 { return true }; return false })
        let color = Theme.light.seriesColor(0).withAlpha(0.6)
        let joins = canvas.operations.compactMap { op -> (Point, Point)? in
            if case let .line(a, b, c, _, _) = op, c == color { return (a, b) }
            return nil
        }
        #expect(joins.count == 3)
        let gapStart = l.xScale(PeriodKind.month.firstDay(PeriodKind.month.parseLabel("2021-03")!))
        let gapEnd = l.xScale(PeriodKind.month.firstDay(PeriodKind.month.parseLabel("2021-07")!))
        #expect(!joins.contains { $0.0.x <= gapStart && $0.1.x >= gapEnd })
        // Range bars run from low to high at each observation.
        let x0 = l.xScale(stock.points[0].day)
        let bars = canvas.operations.contains {
            if case let .line(a, b, _, _, _) = $0 { return a.x == x0 && b.x == x0 && abs(a.y - l.yScale(4_000)) < 1e-9 && abs(b.y - l.yScale(6_000)) < 1e-9 }
            return false
        }
        #expect(bars)
    }

    @Test func flowsGetABandAndALine() throws {
        let (l, canvas) = render(text([series("A", [10, 20, 30, 40])]))
        let polylines = canvas.operations.compactMap { op -> [Point]? in if case let .polyline(p, _, _) = op { return p }; return nil }
        #expect(polylines.count == 1)
        #expect(polylines[0].count == 4)
        #expect(abs(polylines[0][3].y - l.yScale(40)) < 1e-9)
        let bands = canvas.operations.compactMap { op -> [Point]? in if case let .polygon(p, _) = op, p.count == 8 { return p }; return nil }
        #expect(bands.count == 1)
        #expect(abs(bands[0][3].y - l.yScale(48)) < 1e-9)   // high of the last point
        #expect(abs(bands[0][4].y - l.yScale(32)) < 1e-9)   // low of the last point
    }

    /// review46 S1: a month whose open-ended figure has no stated best ("at least 12" +
    /// "5,000 to 7,000", best 6,012 with 6,000 by rule) is a point at its floor with the
    /// open-end mark, never at its best; the stated twin stays at its best.
    @Test func anOpenEndWithNoStatedBestIsPlottedAtItsFloor() throws {
        let k0 = PeriodKind.month.parseLabel("2021-01")!
        let figures = [est(4_000, 4_000, 4_000), Estimate(unchecked: 5_012, best: 6_012, high: nil, bestStated: false), est(4_500, 4_500, 4_500)]
        let points = figures.enumerated().map { i, e in
            TimelineChart.Sample(periodKey: k0 + Int32(i), day: PeriodKind.month.firstDay(k0 + Int32(i)), estimate: e)
        }
        let (l, canvas) = render(text([TimelineChart.Series(name: "A", kind: .flow, points: points)]))
        let polylines = canvas.operations.compactMap { op -> [Point]? in if case let .polyline(p, _, _) = op { return p }; return nil }
        let all = polylines.flatMap { $0 }
        #expect(all.contains { abs($0.y - l.yScale(5_012)) < 1e-9 }, "\(polylines)")
        #expect(!all.contains { abs($0.y - l.yScale(6_012)) < 1e-9 })
        let texts = canvas.operations.compactMap { op -> String? in if case let .text(s, _, _, _, _, _) = op { return s }; return nil }
        #expect(!texts.contains { $0.contains("6,012") }, "\(texts)")
        let chart = text([TimelineChart.Series(name: "A", kind: .flow, points: points)])
        #expect(!chart.altText.contains("6,012") && chart.altText.contains("at least 5,012"), "\(chart.altText)")
    }

    /// Issue 10, a partly covered month (data to 28 May): its point is a hollow square
    /// and the line into it dashed, so the fall to a month missing three days does not
    /// read as a fall; the footer names the period. Stocks (snapshots) are unmarked.
    @Test func aPartlyCoveredPeriodIsMarkedOnItsPoint() throws {
        let may = PeriodKind.month.parseLabel("2021-05")!
        var chart = text([series("A", [10, 20, 30, 40, 12])])
        let coverage = Coverage(first: CalendarDay("2021-01-01")!, last: CalendarDay("2021-05-28")!)
        chart.partial = TimelineChart.partialPeriods(chart.series, period: .month, coverage: coverage)
        #expect(chart.partial == [may: "partial: data to 28 May"])
        #expect(chart.partialKey == "A hollow square, the line to it dashed, marks a month the data covers only in part (May 2021, partial: data to 28 May).")
        let (l, canvas) = render(chart)
        let polylines = canvas.operations.compactMap { op -> [Point]? in if case let .polyline(p, _, _) = op { return p }; return nil }
        #expect(polylines.map(\.count) == [4])
        let dashed = canvas.operations.compactMap { op -> (Point, Point)? in
            if case let .line(a, b, _, _, dash) = op, !dash.isEmpty, a.y != b.y { return (a, b) }
            return nil
        }
        #expect(dashed.count == 1)
        #expect(abs((dashed.first?.1.y ?? 0) - l.yScale(12)) < 1e-9)
        let squares = canvas.operations.compactMap { op -> Rect? in if case let .fillRect(r, _) = op, r.width == 10 { return r }; return nil }
        #expect(squares.count == 1)
        #expect(abs((squares.first?.midY ?? 0) - l.yScale(12)) < 1e-9)
        // A file starting on the 3rd: the first month too; and a stock is not marked.
        let both = Coverage(first: CalendarDay("2021-01-03")!, last: CalendarDay("2021-05-28")!)
        #expect(TimelineChart.partialPeriods(chart.series, period: .month, coverage: both).count == 2)
        #expect(TimelineChart.partialPeriods([series("S", [1, 2], kind: .stock)], period: .month, coverage: both).isEmpty)
        // Complete coverage, or none known: nothing marked, no footer line.
        #expect(TimelineChart.partialPeriods(chart.series, period: .month,
                                             coverage: Coverage(first: CalendarDay("2021-01-01")!, last: CalendarDay("2021-05-31")!)).isEmpty)
        #expect(text([series("A", [1])]).partialKey == nil)
    }

    /// review18 #9: the subtitle named only the latest partly covered period ("May 2021
    /// partial: …") while the footer listed April and May, so April read as whole there.
    /// The subtitle names the periods the footer names, in its order and number.
    @Test func theSubtitleNamesThePartialPeriodsTheFooterNames() {
        var chart = text([series("A", [10, 20, 30, 40, 12])])
        let keys = chart.series[0].points.map(\.periodKey)
        chart.partial = [keys[4]: "partial: data to 28 May"]
        #expect(chart.partialSubtitle == "May 2021 partial: data to 28 May")
        chart.partial[keys[3]] = "partial: no iraq.csv data"
        #expect(chart.partialSubtitle == "April 2021 partial: no iraq.csv data · May 2021 partial: data to 28 May", "\(String(describing: chart.partialSubtitle))")
        #expect(chart.partialKey?.contains("April 2021, partial: no iraq.csv data; May 2021, partial: data to 28 May") == true,
                "\(String(describing: chart.partialKey))")
        // Marked on a line rather than the chart: the same.
        var lines = text([series("A", [10, 20, 30, 40, 12])])
        lines.series[0].partial = [keys[1]: "partial: data from 3 February", keys[4]: "partial: data to 28 May"]
        #expect(lines.partialSubtitle == "February 2021 partial: data from 3 February · May 2021 partial: data to 28 May")
        // Past the footer's four, as many more as it says.
        for k in keys { lines.series[0].partial[k] = "partial: data for 1 day only" }
        #expect(lines.partialSubtitle == "January 2021, February 2021, March 2021, April 2021; and 1 more partial · May 2021 partial: data for 1 day only",
                "\(String(describing: lines.partialSubtitle))")
        #expect(lines.partialKey?.hasSuffix("; and 1 more).") == true)
        #expect(text([series("A", [1])]).partialSubtitle == nil)
    }

    /// review28 N1: one note per period, naming the lines that fall short there ("March
    /// 2023 and May 2023 partial · May 2023 partial: data to 28 May" said May twice and
    /// named no line for a March partial for Lebanon alone).
    @Test func eachPartialPeriodIsSaidOnceNamingItsLines() {
        var chart = text([series("Syria", [10, 20, 30, 40, 12]), series("Lebanon", [5, 6, 7])])
        let keys = chart.series[0].points.map(\.periodKey)
        chart.series[1].partial = [keys[2]: "partial: data to 10 March"]
        chart.series[0].partial = [keys[4]: "partial: data to 28 May"]
        #expect(chart.partialSubtitle == "March 2021 Lebanon partial: data to 10 March · May 2021 partial: data to 28 May",
                "\(String(describing: chart.partialSubtitle))")
        // Both lines short in March, differently: each named.
        chart.series[0].partial[keys[2]] = "partial: data to 20 March"
        #expect(chart.partialSubtitle == "March 2021 Syria partial: data to 20 March and Lebanon partial: data to 10 March · May 2021 partial: data to 28 May",
                "\(String(describing: chart.partialSubtitle))")
        // Both alike: the note once.
        chart.series[0].partial[keys[2]] = "partial: data to 10 March"
        #expect(chart.partialSubtitle == "March 2021 partial: data to 10 March · May 2021 partial: data to 28 May")
    }

    /// review28 N2: "top five governorates" drew six panels, the sixth "(governorate not
    /// given)": the footer says it is drawn as well as the largest.
    @Test func aLineNotGivenBesideTheTopIsSaid() {
        var unnamed = series("(governorate not given)", [1, 2])
        unnamed.isNotGiven = true
        let drawn = [series("A", [9]), series("B", [8]), unnamed]
        #expect(TimelineChart.omittedNote(3, drawn: drawn) == "3 smaller series not shown; (governorate not given) is drawn as well as the 2 largest")
        #expect(TimelineChart.omittedNote(3, drawn: Array(drawn.prefix(2))) == "3 smaller series not shown")
        #expect(TimelineChart.omittedNote(0, drawn: drawn) == nil)
    }

    /// review10c F10: 37 partly covered months made a 37-line footer at 400 px that
    /// left the plot 200 px; the key names four, then says how many more.
    @Test func aLongListOfPartialPeriodsIsCut() {
        var chart = text([series("A", [1, 2, 3, 4, 5, 6, 7])])
        let keys = chart.series[0].points.map(\.periodKey)
        for k in keys { chart.partial[k] = "partial: data for 1 day only" }
        let key = chart.partialKey ?? ""
        #expect(key.hasSuffix("; and 3 more)."), "\(key)")
        #expect(key.ranges(of: "partial: data for 1 day only").count == TimelineChart.partialNamed)
        chart.partial = [keys[0]: "partial: data to 3 May", keys[1]: "partial: data to 4 May"]
        #expect(!(chart.partialKey ?? "").contains("more"))
    }

    /// A footnote on events left out says something only when they hold a figure: the
    /// Syria brief printed "0 civilians killed in events dated only to spans longer
    /// than a month are not shown by month".
    @Test func aSpanFootnoteOfNothingIsNotPrinted() {
        #expect(ChartWords.spanFootnote(.exactly(0), measure: "civilians_killed", period: .month, countedAtStart: false) == nil)
        #expect(ChartWords.spanFootnote(Estimate(unchecked: 0, best: 0, high: 3), measure: "killed", period: .month,
                                        countedAtStart: false) == "0 (0–3) killed in events dated only to spans longer than a month are not shown by month")
        #expect(ChartWords.spanFootnote(Estimate(unchecked: 0, best: 0, high: nil), measure: "killed", period: .month,
                                        countedAtStart: false) != nil)
    }

    @Test func aSingleFlowPeriodShowsItsRangeAndOpenEnd() throws {
        // One period has no band: the range must still be drawn, and "at least" must
        // still point up, or "5,000–7,000" reads as an exact 6,000.
        func single(_ e: Estimate) -> TimelineChart {
            let k = PeriodKind.month.parseLabel("2023-04")!
            let s = TimelineChart.Series(name: "A", kind: .flow,
                                         points: [TimelineChart.Sample(periodKey: k, day: PeriodKind.month.firstDay(k), estimate: e)])
            return TimelineChart(period: .month, series: [s], text: ChartText(title: "t", source: "s"), namesSeries: false)
        }
        let (l, canvas) = render(single(est(5_000, 6_000, 7_000)))
        let verticals = canvas.operations.compactMap { op -> (Point, Point)? in
            if case let .line(a, b, _, _, _) = op, a.x == b.x, a.x > l.plot.minX { return (a, b) }
            return nil
        }
        #expect(verticals.contains { abs($0.0.y - l.yScale(5_000)) < 1e-9 && abs($0.1.y - l.yScale(7_000)) < 1e-9 })
        let (lu, open) = render(single(est(5_012, 6_012, nil)))
        let arrows = open.operations.compactMap { op -> [Point]? in if case let .polygon(p, _) = op, p.count == 3 { return p }; return nil }
        #expect(arrows.count == 1)
        #expect(arrows.first.map { $0[0].y < lu.yScale(6_012) } == true)
        #expect(open.operations.contains { if case let .line(a, _, _, _, _) = $0 { return abs(a.y - lu.yScale(5_012)) < 1e-9 }; return false })
        // An exact single value is a point alone.
        let (le, exact) = render(single(est(40, 40, 40)))
        #expect(!exact.operations.contains {
            if case let .line(a, b, _, _, _) = $0 { return a.x == b.x && a.y != b.y && max(a.y, b.y) < le.plot.maxY - 0.5 }
            return false
        })
    }

    /// An open-ended point on a line reads as "at least": an open ring at the figure and
    /// an arrow rising from it, not a small triangle like one more point (issue 10, item 8).
    @Test func openEndedPointsOnALineAreAnArrowFromAnOpenRing() throws {
        let k = PeriodKind.month.parseLabel("2023-04")!
        let points = [est(100, 100, 100), est(120, 120, nil), est(90, 90, 90)].enumerated().map { i, e in
            TimelineChart.Sample(periodKey: k + Int32(i), day: PeriodKind.month.firstDay(k + Int32(i)), estimate: e)
        }
        let chart = TimelineChart(period: .month, series: [TimelineChart.Series(name: "A", kind: .flow, points: points)],
                                  text: ChartText(title: "t", source: "s"), namesSeries: false)
        let (l, canvas) = render(chart)
        let p = Point(x: l.xScale(points[1].day), y: l.yScale(120))
        let arrows = canvas.operations.compactMap { op -> [Point]? in if case let .polygon(q, _) = op, q.count == 3 { return q }; return nil }
        #expect(arrows.count == 1)
        let tip = try #require(arrows.first?.min { $0.y < $1.y })
        #expect(abs(tip.x - p.x) < 1e-9)
        #expect(p.y - tip.y >= TimelineLayout.openEndLength - 1e-9)
        // A stem joins the point to the head.
        #expect(canvas.operations.contains {
            if case let .line(a, b, _, _, _) = $0 { return a.x == p.x && b.x == p.x && a.y > b.y && a.y - b.y >= 8 && a.y <= p.y }
            return false
        })
        // The ring: a filled circle in the series colour with the background inside.
        let circles = canvas.operations.compactMap { op -> (Point, Double, Color)? in
            if case let .circle(c, r, col) = op, c == p { return (c, r, col) }; return nil
        }
        #expect(circles.contains { $0.2 == Theme.light.background })
        // Closed points get no such mark.
        #expect(!canvas.operations.contains { if case let .circle(c, _, _) = $0 { return c.x == l.xScale(points[0].day) }; return false })
    }

    @Test func openEndedArrowsAtTheTopOfTheAxisAreNotClipped() throws {
        // "At least 10" as the largest value: 10 is a round axis top, and the arrow above
        // it would fall outside the plot's clip.
        let k = PeriodKind.month.parseLabel("2023-04")!
        func sample(_ key: Int32) -> TimelineChart.Sample {
            TimelineChart.Sample(periodKey: key, day: PeriodKind.month.firstDay(key), estimate: est(10, 10, nil))
        }
        let cases: [TimelineChart.Series] = [
            TimelineChart.Series(name: "flow, one period", kind: .flow, points: [sample(k)]),
            TimelineChart.Series(name: "flow", kind: .flow, points: [sample(k), sample(k + 1)]),
            TimelineChart.Series(name: "stock", kind: .stock, points: [sample(k), sample(k + 1)]),
        ]
        for s in cases {
            let (l, canvas) = render(TimelineChart(period: .month, series: [s], text: ChartText(title: "t", source: "s"),
                                                   namesSeries: false))
            let arrows = canvas.operations.compactMap { op -> [Point]? in if case let .polygon(p, _) = op, p.count == 3 { return p }; return nil }
            #expect(!arrows.isEmpty, "\(s.name)")
            for a in arrows { #expect(a.allSatisfy { $0.y >= l.plot.minY - 0.5 }, "\(s.name): arrow above the plot") }
        }
    }

    @Test func annotationsOutsideTheDataDoNotStretchTheAxis() throws {
        // Twelve months of 2021; 9/11 would stretch the axis over twenty years.
        let chart = text([series("A", Array(repeating: 50, count: 12))],
                         annotations: [TimelineChart.Annotation(argument: "2001-09-11=9/11")!,
                                       TimelineChart.Annotation(argument: "2021-12-20=Late in the last month")!,
                                       TimelineChart.Annotation(argument: "2022-01-01=After")!])
        #expect(chart.visibleAnnotations.map(\.text) == ["Late in the last month"])
        let (l, canvas) = render(chart)
        #expect(l.xScale.first == CalendarDay("2021-01-01")!)
        #expect(l.xScale.last == CalendarDay("2021-12-20")!)
        #expect(l.annotations.map { Bidi.stripped($0.text) } == ["Late in the last month"])
        #expect(!canvas.texts.contains { $0.string == "9/11" || $0.string == "After" })
        // Issue 13: left out, but never silently: the refusal names the first, its date
        // and the chart's span, and counts the rest.
        #expect(chart.outsideAnnotationsProblem == "2001-09-11=9/11: dated 11 September 2001, outside the chart's periods "
                + "(January 2021 to December 2021: 1 January 2021 to 31 December 2021), so it would not be drawn (and 1 more dated outside them)")
        let inside = text([series("A", Array(repeating: 50, count: 12))],
                          annotations: [TimelineChart.Annotation(argument: "2021-12-31=Last day")!])
        #expect(inside.outsideAnnotationsProblem == nil)
    }

    @Test func annotationsStackWhenTheyCollide() throws {
        let chart = text([series("A", Array(repeating: 50, count: 36))],
                         annotations: [TimelineChart.Annotation(argument: "2021-08-15=Taliban takeover of Kabul")!,
                                       TimelineChart.Annotation(argument: "2021-09-01=Last US flight leaves")!,
                                       TimelineChart.Annotation(argument: "2023-01-01=New year")!])
        let (l, canvas) = render(chart)
        #expect(l.annotations.count == 3)
        #expect(l.annotations[0].box.minY != l.annotations[1].box.minY)
        #expect(l.annotations[2].box.minY == l.annotations[0].box.minY)
        for a in l.annotations {
            #expect(a.box.maxY <= l.plot.minY)
            #expect(a.box.maxX <= size.width)
        }
        let rules = canvas.operations.filter { if case let .line(_, _, _, _, dash) = $0 { return !dash.isEmpty }; return false }
        #expect(rules.count == 3)
        #expect(abs(l.annotations[0].x - l.xScale(CalendarDay("2021-08-15")!)) < 1e-9)
    }

    @Test func xTicksFitAndDoNotOverlap() throws {
        for width in [1_200.0, 500] {
            let sz = Size(width: width, height: 400)
            let (l, _) = render(text([series("A", Array(repeating: 50, count: 60))]), size: sz)
            #expect(l.xTicks.count >= 2)
            for (a, b) in zip(l.xTicks, l.xTicks.dropFirst()) { #expect(!a.box.intersects(b.box)) }
            for t in l.xTicks { #expect(t.box.minX >= 0 && t.box.maxX <= width) }
        }
    }
}

/// Issue 10: a range given with no best ("5,000 to 7,000", best = the midpoint by
/// rule) is drawn on a timeline as its range alone, as bars draw it; an approximate
/// figure ("about 40") carries a `~` as its bar label does; the footer says once what
/// each means.
@Suite struct TimelineRangeOnlyAndApproximateTests {
    func month(_ label: String) -> Int32 { PeriodKind.month.parseLabel(label)! }

    func draw(_ points: [(String, Estimate)], kind: MeasureKind = .flow) -> (RecordingCanvas, TimelineChart, (Double) -> Double) {
        let series = TimelineChart.Series(name: "A", kind: kind, points: points.map {
            TimelineChart.Sample(periodKey: month($0.0), day: PeriodKind.month.firstDay(month($0.0)), estimate: $0.1)
        })
        var chart = TimelineChart(period: .month, series: [series], text: ChartText(title: "t", subtitle: "s", source: "x"),
                                  namesSeries: false)
        chart.text.source = "x" + (TimelineChart.rangeKey([series]).map { "\n" + $0 } ?? "")
        let canvas = RecordingCanvas()
        chart.draw(on: canvas, size: Size(width: 800, height: 450), theme: Theme.light)
        // The y of a value, from the layout the chart drew with.
        let layout = TimelineLayout(chart: chart, size: Size(width: 800, height: 450), theme: Theme.light, canvas: RecordingCanvas())
        return (canvas, chart, { layout.yScale($0) })
    }

    @Test func aRangeWithNoBestIsItsBarAloneOffTheLine() {
        let rangeOnly = Estimate(unchecked: 5_000, best: 6_000, high: 7_000, bestStated: false)
        let (canvas, chart, y) = draw([("2023-01", est(4_000, 4_000, 4_000)), ("2023-02", rangeOnly), ("2023-03", est(4_500, 4_500, 4_500))])
        let mid = y(6_000)
        // No line (width 2.5) reaches the midpoint; the two points either side are not joined through it.
        for op in canvas.operations {
            switch op {
            case let .polyline(points, _, width) where width == 2.5:
                #expect(!points.contains { abs($0.y - mid) < 0.5 }, "\(points)")
            case let .line(a, b, _, width, _) where width == 2.5:
                #expect(abs(a.y - mid) > 0.5 && abs(b.y - mid) > 0.5)
            case let .circle(c, _, _):
                #expect(abs(c.y - mid) > 0.5, "a point at the invented midpoint")
            default: break
            }
        }
        // Its range bar: a vertical line from low to high.
        #expect(canvas.operations.contains { op in
            if case let .line(a, b, _, width, _) = op, width == 2, a.x == b.x { return abs(a.y - y(5_000)) < 0.5 && abs(b.y - y(7_000)) < 0.5 }
            return false
        })
        #expect(chart.text.source.hasSuffix("\nA range bar with no point is a range given with no best estimate."), "\(chart.text.source)")
        // A figure between two ranges with no best is a point of its own, not lost.
        let (alone, _, ay) = draw([("2023-01", rangeOnly), ("2023-02", est(4_000, 4_000, 4_000)), ("2023-03", rangeOnly)])
        #expect(alone.operations.contains { op in
            if case let .circle(c, _, _) = op { return abs(c.y - ay(4_000)) < 0.5 }
            return false
        })
        // A stock with no best: the bar, no point.
        let (stock, _, sy) = draw([("2023-01", rangeOnly), ("2023-02", est(6_500, 6_500, 6_500))], kind: .stock)
        #expect(!stock.operations.contains { op in
            if case let .circle(c, _, _) = op { return abs(c.y - sy(6_000)) < 0.5 }
            return false
        })
        #expect(!stock.operations.contains { op in
            // A join (not the zero line, also 1.5 wide but level).
            if case let .line(a, b, _, width, _) = op { return width == 1.5 && a.y != b.y }
            return false
        })
    }

    @Test func anApproximateFigureCarriesATildeAndTheFooterSaysWhy() {
        let (canvas, chart, y) = draw([("2023-01", est(40, 40, 40, approximate: true)), ("2023-02", est(30, 30, 30)),
                                      ("2023-03", est(20, 20, 20, approximate: true))])
        let tildes = canvas.operations.compactMap { op -> Point? in
            if case let .text("~", p, _, _, _, _) = op { return p }
            return nil
        }
        #expect(tildes.count == 2)
        #expect(tildes.allSatisfy { t in [y(40), y(20)].contains { abs(t.y - ($0 - 7)) < 0.5 } })
        #expect(chart.text.source.hasSuffix("~ marks an approximate figure (\"about\")."), "\(chart.text.source)")
        // At the top of the axis (a figure, a range's high, an open end) the `~` is
        // inside the plot's clip, not cut away.
        for top in [est(100, 100, 100, approximate: true), Estimate(unchecked: 20, best: 60, high: 100, approximate: true, bestStated: false),
                    est(100, 100, nil, approximate: true)] {
            let (c, _, _) = draw([("2023-01", est(40, 40, 40)), ("2023-02", top), ("2023-03", est(45, 45, 45))])
            guard let clip = c.operations.lazy.compactMap({ op -> Rect? in if case let .pushClip(r) = op { return r } else { return nil } }).first,
                  let box = c.operations.lazy.compactMap({ op -> Rect? in if case let .text("~", _, _, _, _, b) = op { return b } else { return nil } }).first
            else { Issue.record("no clip or no ~"); continue }
            #expect(box.minY >= clip.minY, "\(box) \(clip)")
        }
        let exact = draw([("2023-01", est(40, 40, 40)), ("2023-02", est(30, 30, 30))])
        #expect(!exact.0.operations.contains { if case .text("~", _, _, _, _, _) = $0 { return true } else { return false } })
        #expect(exact.1.text.source == "x")
    }
}

/// The note of a figure several datasets add to names those that fall short, at most
/// three of them, and marks each line by its own datasets.
@Suite struct PartialNoteNamingTests {
    func d(_ s: String) -> CalendarDay { CalendarDay(s)! }

    @Test func theNoteNamesTheDatasetsThatFallShort() {
        let may = PeriodKind.month.parseLabel("2023-05")!
        let short: [(name: String, extent: Coverage.Extent)] = [("a.csv", .partial(first: d("2023-05-01"), last: d("2023-05-10"))), ("b.csv", .after)]
        #expect(ChartWords.partialNote(short, key: may, kind: .month, naming: true) == "partial: a.csv data to 10 May and no b.csv data")
        #expect(ChartWords.partialNote(short, key: may, kind: .month, naming: false) == "partial: data to 10 May")
        #expect(ChartWords.partialNote([], key: may, kind: .month, naming: true) == nil)
        let many = (0 ..< 5).map { (name: "f\($0).csv", extent: Coverage.Extent.after) }
        #expect(ChartWords.partialNote(many, key: may, kind: .month, naming: true)
                == "partial: no f0.csv data, no f1.csv data and 3 other datasets short of it")
    }

    /// review26 S7: a figure in a period its one dataset covers no day of (the total of
    /// Syria and a Lebanon silent for all of March: the days every country covers hold
    /// none of March) had no note and was drawn whole, a 19% fall that was Lebanon's
    /// silence. It is partial, "data incomplete", wherever the coverage does not reach:
    /// a gap, before, after or outside the data.
    @Test func aFigureInAPeriodItsDataDoesNotCoverIsPartial() {
        let march = PeriodKind.month.parseLabel("2024-03")!
        for extent: Coverage.Extent in [.gap(lastBefore: d("2024-02-29"), firstAfter: d("2024-04-01")), .after, .before, .outside] {
            #expect(ChartWords.partialNote([("cov.csv", extent)], key: march, kind: .month, naming: false) == "partial: data incomplete", "\(extent)")
            #expect(ChartWords.partialNote([("cov.csv", extent)], key: march, kind: .month, naming: true) == "partial: no cov.csv data", "\(extent)")
        }
        let c = Coverage(runs: [d("2024-01-01") ... d("2024-02-29"), d("2024-04-01") ... d("2024-06-30")])!
        let series = [TimelineChart.Series(name: "Syria and Lebanon", kind: .flow, points: [
            TimelineChart.Sample(periodKey: march, day: d("2024-03-01"), estimate: .exactly(163)),
            TimelineChart.Sample(periodKey: march + 1, day: d("2024-04-01"), estimate: .exactly(212))])]
        #expect(TimelineChart.partialPeriods(series, period: .month, coverage: c) == [march: "partial: data incomplete"])
    }

    /// Stop 26 gap: a line of one country in a file of several is judged by that
    /// country's days (``DatasetCoverages/seen(by:)``), not the file's: Lebanon stopped
    /// on 10 March, so its March is partial; Syria's March and April are whole; the
    /// total of both (no place) is partial in March, and in April, after the days every
    /// country covers, partial too (review26 S7: it was drawn whole, holding Syria's
    /// figures alone), naming Lebanon.
    @Test func eachCountryLineIsMarkedByItsOwnDays() {
        let march = PeriodKind.month.parseLabel("2023-03")!
        func line(_ name: String, _ place: String?, _ keys: [Int32]) -> TimelineChart.Series {
            var s = TimelineChart.Series(name: name, kind: .flow, points: keys.map {
                TimelineChart.Sample(periodKey: $0, day: PeriodKind.month.firstDay($0), estimate: est(1, 1, 1))
            })
            s.place = place
            return s
        }
        var file = DatasetCoverages.Dataset(index: 0, name: "stop.csv", coverage: Coverage(first: d("2023-01-01"), last: d("2023-03-10")))
        file.placeCoverages = ["Syria": Coverage(first: d("2023-01-01"), last: d("2023-04-30")),
                               "Lebanon": Coverage(first: d("2023-01-01"), last: d("2023-03-10"))]
        var chart = TimelineChart(period: .month, series: [line("Syria", "Syria", [march, march + 1]), line("Lebanon", "Lebanon", [march - 1, march]),
                                                           line("All", nil, [march, march + 1])],
                                  text: ChartText(title: "t", subtitle: "s", source: "x"))
        chart.markPartial(DatasetCoverages([file]))
        // The total names the country that falls short (review34 S2: "data to 10 March" of
        // a March whose Syria runs to the 31st; "data incomplete" of Syria's whole April).
        #expect(chart.series.map(\.partial) == [[:], [march: "partial: data to 10 March"],
                                                [march: "Lebanon partial: data to 10 March", march + 1: "partial: no Lebanon data"]])
        // A country with no days of its own goes by the file's.
        #expect(DatasetCoverages([file]).seen(by: "Iraq") == DatasetCoverages([file]))
        #expect(DatasetCoverages([file]).seen(by: "Syria").datasets[0].coverage == Coverage(first: d("2023-01-01"), last: d("2023-04-30")))
    }

    @Test func eachLineIsMarkedByItsOwnDatasets() {
        let may = PeriodKind.month.parseLabel("2023-05")!
        func line(_ name: String, _ sources: UInt32) -> TimelineChart.Series {
            var s = TimelineChart.Series(name: name, kind: .flow, points: [may - 1, may].map {
                TimelineChart.Sample(periodKey: $0, day: PeriodKind.month.firstDay($0), estimate: est(1, 1, 1))
            })
            s.sources = sources
            return s
        }
        var chart = TimelineChart(period: .month, series: [line("Syria", 0b01), line("Iraq", 0b10), line("Both", 0b11)],
                                  text: ChartText(title: "t", subtitle: "s", source: "x"))
        chart.markPartial(DatasetCoverages([
            .init(index: 0, name: "syria.csv", coverage: Coverage(first: d("2023-01-01"), last: d("2023-05-31"))),
            .init(index: 1, name: "iraq.csv", coverage: Coverage(first: d("2023-01-01"), last: d("2023-05-10"))),
        ]))
        #expect(chart.series.map(\.partial) == [[:], [may: "partial: iraq.csv data to 10 May"], [may: "partial: iraq.csv data to 10 May"]])
        #expect(chart.partialKey == "A hollow square, the line to it dashed, marks a month the data covers only in part "
                + "(Iraq and Both, May 2023, partial: iraq.csv data to 10 May).")
        #expect(chart.partialSubtitle(at: may) == "May 2023 partial: iraq.csv data to 10 May")
    }
}
