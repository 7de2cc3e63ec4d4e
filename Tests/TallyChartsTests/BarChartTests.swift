import Testing
import TallyCore
@testable import TallyCharts

func est(_ low: Int64, _ best: Int64, _ high: Int64?, approximate: Bool = false) -> Estimate {
    Estimate(unchecked: low, best: best, high: high, approximate: approximate)
}

func row(_ country: String, adm1: String? = nil, period: Int32 = 0, measure: String = "killed",
         kind: MeasureKind = .flow, _ e: Estimate) -> AggregateRow {
    AggregateRow(country: country, adm1: adm1, periodKey: period, period: String(period), measure: measure,
                 kind: kind, estimate: e, events: 1)
}

@Suite struct BarModelTests {
    @Test func sortsByBestAndFoldsTheTail() throws {
        let result = AggregateResult(grouping: Grouping([.country]), period: .all, rows: [
            row("A", est(1, 1, 1)), row("B", est(5_000, 6_000, 7_000)), row("C", est(12, 12, nil)),
            row("D", est(30, 40, 50)), row("E", est(2, 3, 4)), row("F", est(0, 0, 0)),
            row("B", measure: "injured", est(99_999, 99_999, 99_999)),
        ])
        let bars = try BarChart.bars(from: result, measure: "killed", top: 3)
        #expect(bars.map(\.label) == ["B", "D", "C", "3 others"])
        let others = bars[3]
        #expect(others.foldedCount == 3)
        #expect(others.estimate == est(3, 4, 5))
        // Without a cut, nothing is folded; a cut that would fold a single bar shows it.
        #expect(try BarChart.bars(from: result, measure: "killed").count == 6)
        #expect(try BarChart.bars(from: result, measure: "killed", top: 5).map(\.label).last == "F")
    }

    /// Issue 9 review (c): 30 groups whose sum passes 2^53 were refused even with
    /// `--top 30`, with a message about "the 29 others folded into one bar", a fold
    /// nobody asked for. Only the fold that is made is checked, and the message counts
    /// it; a report page, which may fold later without stopping to check, checks the
    /// largest fold up front and says that is what it did.
    @Test func onlyTheFoldMadeIsCheckedForOverflow() throws {
        let tenth = Estimate.maximumValue / 10
        let result = AggregateResult(grouping: Grouping([.country]), period: .all,
                                     rows: (0 ..< 30).map { row("C\($0)", est(tenth, tenth, tenth)) })
        #expect(try BarChart.bars(from: result, measure: "killed", top: 30).count == 30)
        #expect(try BarChart.bars(from: result, measure: "killed").count == 30)
        do {
            _ = try BarChart.bars(from: result, measure: "killed", top: 12)
            Issue.record("a fold of 18 groups past 2^53 was summed")
        } catch { #expect(error.description.contains("the 18 others folded into one bar")) }
        do {
            _ = try BarChart.bars(from: result, measure: "killed", top: 30, everyFoldChecked: true)
            Issue.record("a page that may fold did not check the fold")
        } catch {
            #expect(error.description.contains("the 29 groups after the largest, which a page that cannot give every bar a row folds"))
        }
        // A page's check comes after the fold `top` asks for, so the refusal counts the
        // groups folded (18), not every group after the largest (29).
        do {
            _ = try BarChart.bars(from: result, measure: "killed", top: 12, everyFoldChecked: true)
            Issue.record("a fold of 18 groups past 2^53 was summed")
        } catch { #expect(error.description.contains("the 18 others folded into one bar")) }
        // A fold within 2^53 passes both ways.
        let small = AggregateResult(grouping: Grouping([.country]), period: .all,
                                    rows: (0 ..< 30).map { row("C\($0)", est(1, 2, 3)) })
        #expect(try BarChart.bars(from: small, measure: "killed", top: 3, everyFoldChecked: true).last?.estimate == est(27, 54, 81))
    }

    /// Hostile review of issue 13: "2473 others" had no thousands separator.
    @Test func othersAreCountedWithGrouping() throws {
        let result = AggregateResult(grouping: Grouping([.country]), period: .all,
                                     rows: (0 ..< 1_200).map { row("C\($0)", est(1, 1, 1)) })
        #expect(try BarChart.bars(from: result, measure: "killed", top: 10).last?.label == "1,190 others")
    }

    @Test func foldedUnboundedStaysUnbounded() throws {
        let result = AggregateResult(grouping: Grouping([.country]), period: .all, rows: [
            row("A", est(100, 100, 100)), row("B", est(12, 12, nil)), row("C", est(1, 2, 3)),
        ])
        let bars = try BarChart.bars(from: result, measure: "killed", top: 1)
        #expect(bars[1].estimate == est(13, 14, nil))
        #expect(bars[1].estimate.display == "13+ (best 14)")
    }

    @Test func flowsSumOverPeriodsStocksKeepTheLatest() throws {
        let flows = AggregateResult(grouping: Grouping([.country]), period: .year, rows: [
            row("A", period: 2022, est(1, 2, 3)), row("A", period: 2023, est(10, 20, 30)),
        ])
        #expect(try BarChart.bars(from: flows, measure: "killed")[0].estimate == est(11, 22, 33))
        let stocks = AggregateResult(grouping: Grouping([.country]), period: .year, rows: [
            row("A", period: 2022, measure: "members", kind: .stock, est(5_000, 6_000, 7_000)),
            row("A", period: 2023, measure: "members", kind: .stock, est(100, 200, 300)),
        ])
        #expect(try BarChart.bars(from: stocks, measure: "members")[0].estimate == est(100, 200, 300))
    }

    @Test func labelsNameTheMostSpecificPlaceFirst() throws {
        let result = AggregateResult(grouping: Grouping([.adm1]), period: .all, rows: [
            row("Afghanistan", adm1: "Balkh", est(6, 6, 6)), row("Afghanistan", adm1: "", est(1, 1, 1)),
            row("Syria", adm1: "Idlib", est(0, 0, 0)),
        ])
        #expect(try BarChart.bars(from: result, measure: "killed").map { Bidi.stripped($0.label) } == ["Balkh (Afghanistan)", "Idlib (Syria)", "Afghanistan (province not given)"])
        // Provinces of a single country do not repeat it.
        let one = AggregateResult(grouping: Grouping([.adm1]), period: .all, rows: [
            row("Afghanistan", adm1: "Balkh", est(6, 6, 6)), row("Afghanistan", adm1: "Kabul", est(1, 1, 1)),
        ])
        #expect(try BarChart.bars(from: one, measure: "killed").map(\.label) == ["Balkh", "Kabul"])
        #expect(try BarChart.bars(from: result, measure: "killed")[0].label == "Balkh (Afghanistan)")
        let arabic = AggregateResult(grouping: Grouping([.adm1]), period: .all, rows: [
            row("Afghanistan", adm1: "بلخ", est(6, 6, 6)), row("Syria", adm1: "Idlib", est(0, 0, 0)),
        ])
        #expect(try BarChart.bars(from: arabic, measure: "killed")[0].label == "\u{2068}بلخ\u{2069} (Afghanistan)")
    }
}

@Suite struct BarLayoutTests {
    let size = Size(width: 1_200, height: 675)

    func layout(_ bars: [BarChart.Bar], size: Size? = nil) -> (BarChartLayout, RecordingCanvas) {
        let canvas = RecordingCanvas()
        let chart = BarChart(bars: bars, text: ChartText(title: "Killed by province", subtitle: "2023", source: "Source: test"))
        chart.draw(on: canvas, size: size ?? self.size, theme: .light)
        // The layout the drawing used: type shrinks on narrow charts.
        let theme = Theme.light.fitted(toWidth: (size ?? self.size).width)
        return (BarChartLayout(chart: chart, size: size ?? self.size, theme: theme, canvas: RecordingCanvas()), canvas)
    }

    let sample: [BarChart.Bar] = [
        .init(label: "بلخ", estimate: est(5_000, 6_000, 7_000)),
        .init(label: "Kabul", estimate: est(3_000, 3_000, 3_000)),
        .init(label: "Kunduz", estimate: est(12, 12, nil)),
        .init(label: "Herat", estimate: est(40, 40, 40, approximate: true)),
        .init(label: "2 others", estimate: est(3, 5, 9), foldedCount: 2),
    ]

    @Test func whiskersSpanLowToHigh() throws {
        let (l, _) = layout(sample)
        let balkh = l.rows[0]
        let whisker = try #require(balkh.whisker)
        #expect(abs(whisker.low - l.scale(5_000)) < 1e-9)
        #expect(abs(whisker.high - l.scale(7_000)) < 1e-9)
        #expect(abs(balkh.barRect.maxX - l.scale(6_000)) < 1e-9)
        #expect(balkh.barRect.minX == l.scale(0))
        // Exact and approximate figures have no range to show.
        #expect(l.rows[1].whisker == nil)
        #expect(l.rows[3].whisker == nil)
        #expect(l.rows[3].value == "~40")
    }

    /// review46 S1: an open end whose best no source stated ("at least 12" + "5,000 to
    /// 7,000": 5,012/6,012/open, 6,000 of the best a midpoint by rule) was a solid bar to
    /// 6,012 labelled "6,012 (at least 5,012)". It is drawn to its floor with the arrow and
    /// labelled by its floor alone; the stated twin keeps its bar to its best.
    @Test func anOpenEndWithNoStatedBestIsDrawnToItsFloor() throws {
        let floorOnly = Estimate(unchecked: 5_012, best: 6_012, high: nil, bestStated: false)
        let (l, canvas) = layout([.init(label: "Syria", estimate: floorOnly), .init(label: "Iraq", estimate: est(5_500, 5_500, 5_500)),
                                  .init(label: "Mali", estimate: est(15, 16, nil))])
        let syria = l.rows[0]
        #expect(abs(syria.barRect.maxX - l.scale(5_012)) < 1e-9 && syria.barRect.minX == l.scale(0))
        let tip = try #require(syria.arrowTip)
        #expect(abs(tip.x - (l.scale(5_012) + BarChartLayout.arrowLength)) < 1e-9)
        #expect(syria.value == "at least 5,012")
        #expect(!canvas.operations.contains { if case let .text(s, _, _, _, _, _) = $0 { s.contains("6,012") } else { false } })
        // A stated best above the floor is drawn and named as before.
        #expect(abs(l.rows[2].barRect.maxX - l.scale(16)) < 1e-9 && l.rows[2].value == "16 (at least 15)")
        let chart = BarChart(bars: [.init(label: "Syria", estimate: floorOnly)], text: ChartText(title: "T", subtitle: "", source: "S"))
        #expect(chart.altText.contains("Syria: at least 5,012") && !chart.altText.contains("6,012"), "\(chart.altText)")
    }

    @Test func unboundedGetsAnArrowPastItsFloor() throws {
        let (l, canvas) = layout(sample)
        let kunduz = l.rows[2]
        let tip = try #require(kunduz.arrowTip)
        #expect(abs(tip.x - (l.scale(12) + BarChartLayout.arrowLength)) < 1e-9)
        #expect(tip.y == kunduz.centerY)
        #expect(l.rows.filter { $0.arrowTip != nil }.count == 1)
        // The arrow head is a triangle whose point is the tip.
        let heads = canvas.operations.compactMap { op -> [Point]? in
            if case let .polygon(points, _) = op { return points }
            return nil
        }
        #expect(heads.contains { $0.count == 3 && $0.contains(tip) })
        // Its value label starts after the arrow.
        #expect(kunduz.valueBox.minX > tip.x)
        #expect(Bidi.stripped(kunduz.value) == "at least 12")
    }

    @Test func valueLabelsSitAtBarEndsInDisplayForm() throws {
        let (l, canvas) = layout(sample)
        let texts = canvas.texts.map(\.string)
        for t in ["6,000 (5,000–7,000)", "3,000", "at least 12", "~40", "5 (3–9)", "Killed by province", "2023", "Source: test", "بلخ", "2 others"] {
            #expect(texts.contains(t), "missing \(t)")
        }
        for r in l.rows {
            let end = max(r.barRect.maxX, r.whisker?.high ?? 0)
            #expect(r.valueBox.minX >= end)
            #expect(r.valueBox.minX - end <= 10)
            #expect(abs(r.valueBox.midY - r.centerY) < 1e-9)
        }
    }

    @Test func ticksAreNiceAndUnderThePlot() throws {
        let (l, canvas) = layout(sample)
        #expect(l.axis.ticks.values.first == 0)
        #expect(l.axis.ticks.upper >= 7_000)
        #expect(l.axis.labels.contains("2,000") || l.axis.labels.contains("2K"))
        let tickTexts = canvas.texts.filter { l.axis.labels.contains($0.string) && $0.box.minY > l.plot.maxY }
        #expect(tickTexts.count >= l.axis.labels.count)
    }

    @Test func nothingOverlapsAndEverythingIsOnTheCanvas() throws {
        for size in [Size(width: 1_200, height: 675), Size(width: 600, height: 400), Size(width: 1_200, height: 300)] {
            var many: [BarChart.Bar] = []
            for i in 0..<14 {
                let n = Int64(i)
                let high: Int64? = i == 4 ? nil : 1_300 - n * 70
                many.append(BarChart.Bar(label: "Province number \(i) with a long name", estimate: est(900 - n * 50, 1_000 - n * 60, high)))
            }
            let (l, canvas) = layout(many, size: size)
            let page = Rect(x: 0, y: 0, width: size.width, height: size.height)
            let texts = canvas.texts
            for t in texts { #expect(page.contains(t.box), "\(t.string) off the canvas at \(String(describing: size))") }
            for (i, a) in texts.enumerated() {
                for b in texts[(i + 1)...] { #expect(!a.box.intersects(b.box), "\(a.string) overlaps \(b.string) at \(String(describing: size))") }
            }
            for r in l.rows {
                #expect(!r.valueBox.intersects(r.barRect))
                if l.labelPosition == .beside {
                    #expect(r.labelBox.maxX < r.barRect.minX)
                } else {
                    #expect(r.labelBox.maxY <= r.barRect.minY)
                }
            }
        }
    }

    @Test func longNamesWrapToTwoLinesWhenTheBandHasRoom() throws {
        let name = "Islamic State Khorasan Province in Balkh"
        let (l, canvas) = layout([BarChart.Bar(label: name, estimate: est(3, 3, 3)),
                                  BarChart.Bar(label: "Taliban", estimate: est(1, 2, 3))], size: Size(width: 800, height: 300))
        #expect(l.rows[0].labelLines.count == 2)
        #expect(l.rows[0].label == name)
        #expect(l.rows[1].labelLines == ["Taliban"])
        let drawn = canvas.texts.filter { name.contains($0.string) && $0.string != "" }
        #expect(drawn.count == 2)
        #expect(drawn.allSatisfy { $0.box.maxX < l.rows[0].barRect.minX && $0.box.width <= 0.32 * l.frame.content.width + 1e-9 })
        #expect(drawn[0].box.maxY <= drawn[1].box.minY)
        #expect(drawn.allSatisfy { l.rows[0].labelBox.contains($0.box) })
        // Rows never get too thin for their names: a short chart folds bars instead of
        // shortening a name.
        var many = (0..<20).map { BarChart.Bar(label: "Group \($0)", estimate: est(1, Int64(100 - $0), 200)) }
        many[0] = BarChart.Bar(label: name, estimate: est(1, 500, 600))
        let (thin, _) = layout(many, size: Size(width: 800, height: 400))
        #expect(thin.rows[0].label == name)
        #expect(thin.foldedByLayout > 0)
        #expect(thin.rows.allSatisfy { !$0.label.contains("…") })
        // A name that needs three lines beside its bar goes above it, whole.
        let huge = String(repeating: "National Front for Liberation ", count: 4) + "and Islamic groups"
        let (above, _) = layout([BarChart.Bar(label: huge, estimate: est(3, 3, 3)), BarChart.Bar(label: "Taliban", estimate: est(1, 2, 3))],
                                size: Size(width: 800, height: 400))
        #expect(above.labelPosition == .above)
        #expect(above.rows[0].label == huge)
        #expect(above.rows.allSatisfy { $0.labelBox.maxY <= $0.barRect.minY && $0.labelBox.minX == above.frame.content.x })
    }

    @Test func tooManyBarsAreFoldedUntilLabelsFit() throws {
        var bars: [BarChart.Bar] = (0..<97).map { BarChart.Bar(label: "Group \($0)", estimate: est(1, Int64(200 - $0), Int64(300 - $0))) }
        bars.append(BarChart.Bar(label: "3 others", estimate: est(1, 2, 3), foldedCount: 3))
        let (l, canvas) = layout(bars)
        #expect(l.rows.count < 40)
        let others = l.rows.last!.bar
        #expect(others.isOthers)
        // Every group is still counted, once.
        #expect(others.foldedCount + l.rows.count - 1 == 100)
        let kept = l.rows.dropLast().map(\.bar.estimate)
        let total = kept.reduce(others.estimate) { $0 + $1 }
        #expect(total == bars.dropFirst().reduce(bars[0].estimate) { $0 + $1.estimate })
        let texts = canvas.texts
        for (i, a) in texts.enumerated() {
            for b in texts[(i + 1)...] { #expect(!a.box.intersects(b.box), "\(a.string) overlaps \(b.string)") }
        }
    }

    @Test func arabicLabelIsIsolated() throws {
        let (l, _) = layout(sample)
        #expect(l.rows[0].label == "\u{2068}بلخ\u{2069}")
        #expect(l.rows[0].value == "6,000 (5,000–7,000)")
        #expect(l.rows[1].label == "Kabul")
    }
}

/// A fold past every bar (`--top` as large as Int.max) keeps them all (issue 9, item 14).
@Suite struct HugeTopTests {
    @Test func foldingWithIntMaxKeepsEveryBar() throws {
        let bars = (0 ..< 3).map { BarChart.Bar(label: "b\($0)", estimate: Estimate(unchecked: 1, best: 2, high: 3)) }
        #expect(try BarChart.fold(bars, keeping: Int.max) == bars)
        #expect(try BarChart.fold(bars, keeping: Int.max - 1) == bars)
        #expect(try BarChart.fold(bars, keeping: 1).count == 2)
    }
}


/// Labels say the number the bar shows: the best first, then the range (issue 10,
/// item 4: Idlib, November 2019 was drawn at 307 and labelled "300–323").
@Suite struct FigureLabelTests {
    @Test func bestFirstThenRange() {
        #expect(ChartWords.figure(est(300, 307, 323)) == "307 (300–323)")
        #expect(ChartWords.figure(est(268, 779, 792)) == "779 (268–792)")
        #expect(ChartWords.figure(est(6, 6, 6)) == "6")
        #expect(ChartWords.figure(est(40, 40, 40, approximate: true)) == "~40")
        #expect(ChartWords.figure(est(30, 40, 50, approximate: true)) == "~40 (30–50)")
        #expect(ChartWords.figure(est(1_231, 1_231, nil)) == "at least 1,231")
        #expect(ChartWords.figure(est(15, 16, nil)) == "16 (at least 15)")
        #expect(ChartWords.figure(est(12, 12, nil, approximate: true)) == "at least ~12")
    }

    @Test func aRangeWithNoBestIsLabelledByItsRange() throws {
        let given = try EstimateParser.parse("5,000 to 7,000")
        #expect(!given.bestStated && given.isRangeOnly)
        #expect(ChartWords.figure(given) == "5,000–7,000")
        let hedged = try EstimateParser.parse("about 5,000 to 7,000")
        #expect(ChartWords.figure(hedged) == "~5,000–7,000")
        // "(best N)" states a best: it is shown first.
        let stated = try EstimateParser.parse("5,000–7,000 (best 6,500)")
        #expect(stated.bestStated)
        #expect(ChartWords.figure(stated) == "6,500 (5,000–7,000)")
        #expect(!(try EstimateParser.parse("dozens")).bestStated)
        // A stated figure stays stated.
        #expect(try EstimateParser.parse("307").bestStated)
    }

    @Test func aRangeWithNoBestFloatsFromLowToHigh() throws {
        let bars: [BarChart.Bar] = [
            .init(label: "Given", estimate: est(5_000, 6_000, 7_000).withBestStated(false)),
            .init(label: "Stated", estimate: est(5_000, 6_000, 7_000)),
        ]
        let chart = BarChart(bars: bars, text: ChartText(title: "t", source: "s"))
        let canvas = RecordingCanvas()
        let l = BarChartLayout(chart: chart, size: Size(width: 800, height: 400), theme: .light, canvas: canvas)
        let floating = l.rows[0], solid = l.rows[1]
        #expect(floating.floats && !solid.floats)
        // From low to high, not from zero to the midpoint the rules chose.
        #expect(abs(floating.barRect.minX - l.scale(5_000)) < 1e-9)
        #expect(abs(floating.barRect.maxX - l.scale(7_000)) < 1e-9)
        #expect(floating.whisker == nil)
        #expect(floating.value == "5,000–7,000")
        #expect(solid.barRect.minX == l.scale(0))
        #expect(abs(solid.barRect.maxX - l.scale(6_000)) < 1e-9)
        #expect(solid.value == "6,000 (5,000–7,000)")
        l.draw(on: canvas, theme: .light)
        // No solid fill ends at the midpoint of the floating row.
        let fills = canvas.operations.compactMap { op -> Rect? in
            if case let .fillRect(r, c) = op, c.alpha == 1 { return r }
            return nil
        }
        #expect(!fills.contains { abs($0.midY - floating.centerY) < 1 && abs($0.maxX - l.scale(6_000)) < 1e-6 })
        #expect(fills.contains { abs($0.midY - solid.centerY) < 1 && abs($0.maxX - l.scale(6_000)) < 1e-6 })
    }
}

/// "(province not given)" is not a province: it never tops a ranking, is drawn grey after
/// every named group, and is never summed into "N others" (issue 10, item 6).
@Suite struct NotGivenBarTests {
    let result = AggregateResult(grouping: Grouping([.country, .adm1]), period: .all, rows: [
        row("Syria", adm1: "", est(16_564, 16_564, 16_590)),
        row("Syria", adm1: "Aleppo", est(514, 514, 514)),
        row("Syria", adm1: "Idlib", est(233, 233, 233)),
        row("Syria", adm1: "Homs", est(228, 228, 230)),
        row("Syria", adm1: "Daraa", est(177, 177, 177)),
        row("Iraq", adm1: "", est(3, 3, 3)),
    ])

    @Test func notGivenSortsAfterEveryNamedGroup() throws {
        let bars = try BarChart.bars(from: result, measure: "killed")
        #expect(bars.map(\.label) == ["Aleppo (Syria)", "Idlib (Syria)", "Homs (Syria)", "Daraa (Syria)",
                                      "Syria (governorate not given)", "Iraq (governorate not given)"])
        #expect(bars.map(\.isNotGiven) == [false, false, false, false, true, true])
        #expect(try result.ranking(of: "killed").groups.first?.adm1 == "Aleppo")
    }

    @Test func notGivenIsNeverFoldedIntoOthers() throws {
        let bars = try BarChart.bars(from: result, measure: "killed", top: 2)
        #expect(bars.map(\.label) == ["Aleppo (Syria)", "Idlib (Syria)", "2 others",
                                      "Syria (governorate not given)", "Iraq (governorate not given)"])
        #expect(bars[2].estimate == est(405, 405, 407))
        // The layout's own folding keeps them too.
        let folded = try BarChart.fold(bars, keeping: 1)
        #expect(folded.map(\.label) == ["Aleppo (Syria)", "3 others",
                                        "Syria (governorate not given)", "Iraq (governorate not given)"])
    }

    @Test func notGivenIsDrawnGrey() throws {
        let bars = try BarChart.bars(from: result, measure: "killed")
        let chart = BarChart(bars: bars, text: ChartText(title: "t", source: "s"))
        let canvas = RecordingCanvas()
        let l = BarChartLayout(chart: chart, size: Size(width: 800, height: 500), theme: .light, canvas: canvas)
        l.draw(on: canvas, theme: .light)
        let fills = canvas.operations.compactMap { op -> (Rect, Color)? in
            if case let .fillRect(r, c) = op { return (r, c) }
            return nil
        }
        for row in l.rows {
            let fill = try #require(fills.first { abs($0.0.midY - row.centerY) < 1 && $0.0 == row.barRect })
            #expect(fill.1 == (row.bar.isNotGiven ? Theme.light.others : Theme.light.primary), "\(row.label)")
        }
    }
}

/// A stock bar chart ranks observations made years apart: each bar older than the
/// period shown says when it was observed (issue 10, item 7).
@Suite struct StockAsOfTests {
    func result() throws -> AggregateResult {
        let agg = Aggregator(config: AggregationConfig(grouping: Grouping([.country]), period: .all))
        func add(_ country: String, _ day: String, _ n: Int64) throws {
            var o = Observation()
            o.country = agg.strings.intern(country)
            o.measure = agg.strings.intern("members")
            o.day = CalendarDay(day)!
            o.spanFirst = o.day; o.spanLast = o.day
            o.low = n; o.best = n; o.high = n
            try agg.add(o)
        }
        try add("Iraq", "2021-02-10", 9_000)
        try add("Iraq", "2023-02-14", 7_000)   // Iraq's latest
        try add("Syria", "2023-04-20", 5_000)
        try add("Mali", "2019-06-01", 8_000)
        return try agg.result()
    }

    @Test func stockRowsCarryTheirObservationDay() throws {
        let rows = try result().rows
        #expect(rows.map(\.country) == ["Iraq", "Mali", "Syria"])
        #expect(rows[0].observed == CalendarDay("2023-02-14")! ... CalendarDay("2023-02-14")!)
        #expect(rows[1].observed == CalendarDay("2019-06-01")! ... CalendarDay("2019-06-01")!)
    }

    @Test func barsOlderThanThePeriodShownSayAsOf() throws {
        let bars = BarChart.dated(try BarChart.bars(from: try result(), measure: "members"), shownFrom: nil)
        #expect(bars.map(\.label) == ["Mali", "Iraq", "Syria"])
        // All dates: the period shown is the month of the newest observation (April 2023).
        #expect(bars.map(\.valueText) == ["8,000, as of Jun 2019", "7,000, as of Feb 2023", "5,000"])
        // A chart from 2023-02-01: Iraq's February figure is within it.
        let from = BarChart.dated(try BarChart.bars(from: try result(), measure: "members"), shownFrom: CalendarDay("2023-02-01"))
        #expect(from.map(\.valueText) == ["8,000, as of Jun 2019", "7,000", "5,000"])
        // Places of one group observed at different dates say both.
        let sum = AggregateResult(grouping: Grouping([.country]), period: .all, rows: [
            AggregateRow(country: "A", periodKey: 0, period: "all", measure: "members", kind: .stock,
                         estimate: .exactly(3), events: 2, observed: CalendarDay("2021-02-01")! ... CalendarDay("2023-03-05")!),
        ])
        let mixed = BarChart.dated(try BarChart.bars(from: sum, measure: "members"), shownFrom: CalendarDay("2023-01-01"))
        #expect(mixed[0].valueText == "3, as of Feb 2021 to Mar 2023")
        // Flows have no observation day and are never dated.
        let flows = BarChart.dated([.init(label: "x", estimate: .exactly(4))], shownFrom: CalendarDay("2023-01-01"))
        #expect(flows[0].valueText == "4")
    }
}
