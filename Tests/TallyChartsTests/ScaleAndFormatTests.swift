import Testing
import TallyCore
@testable import TallyCharts

@Suite struct NiceTicksTests {
    @Test func roundsOutToOneTwoFiveSteps() {
        let t = NiceTicks(min: 0, max: 7_200, targetCount: 5)
        #expect(t.step == 2_000)
        #expect(t.lower == 0)
        #expect(t.upper == 8_000)
        #expect(t.values == [0, 2_000, 4_000, 6_000, 8_000])
    }

    @Test func countsNeverGetFractionalSteps() {
        let t = NiceTicks(min: 0, max: 1.5, targetCount: 8, minimumStep: 1)
        #expect(t.step == 1)
        #expect(t.values == [0, 1, 2])
        let free = NiceTicks(min: 0, max: 1.5, targetCount: 8)
        #expect(free.step == 0.2)
        #expect(NumberFormat.format(0.4, step: free.step, style: .grouped) == "0.4")
    }

    @Test func emptyRangeStillHasTwoTicks() {
        let t = NiceTicks(min: 0, max: 0, targetCount: 5, minimumStep: 1)
        #expect(t.values.count >= 2)
        #expect(t.upper >= 1)
    }

    @Test func niceNumbers() {
        #expect(NiceTicks.niceNumber(0.0042, round: true) == 0.005)
        #expect(NiceTicks.niceNumber(140, round: true) == 100)
        #expect(NiceTicks.niceNumber(140, round: false) == 200)
        #expect(NiceTicks.niceNumber(6_000, round: false) == 10_000)
        #expect(NiceTicks.niceNumber(2_900, round: true) == 2_000)
    }

    @Test func linearScaleMapsEnds() {
        let s = LinearScale(domain: (0, 8_000), range: (100, 900))
        #expect(s(0) == 100)
        #expect(s(8_000) == 900)
        #expect(s(2_000) == 300)
        let inverted = LinearScale(domain: (0, 10), range: (500, 100))
        #expect(inverted(10) == 100)
    }
}

@Suite struct NumberFormatTests {
    @Test func groupedThousands() {
        #expect(NumberFormat.grouped(5_000) == "5,000")
        #expect(NumberFormat.grouped(1_234_567) == "1,234,567")
        #expect(NumberFormat.grouped(0) == "0")
        #expect(NumberFormat.grouped(2.5, decimals: 1) == "2.5")
        #expect(NumberFormat.grouped(-0.0001, decimals: 1) == "0.0")
    }

    @Test func compactUnitsFollowMagnitudeAndStep() {
        #expect(NumberFormat.compact(1_200_000, step: 200_000) == "1.2M")
        #expect(NumberFormat.compact(1_000_000, step: 500_000) == "1M")
        #expect(NumberFormat.compact(500_000, step: 500_000) == "500K")
        #expect(NumberFormat.compact(1_500_000, step: 500_000) == "1.5M")
        #expect(NumberFormat.compact(5_000, step: 5_000) == "5K")
        #expect(NumberFormat.compact(12_500, step: 2_500) == "12.5K")
        #expect(NumberFormat.compact(950, step: 50) == "950")
        #expect(NumberFormat.compact(3_000_000_000, step: 1_000_000_000) == "3B")
    }

    @Test func shortAxisEndsCloseToTheData() {
        // 250 units: Heckbert's three ticks would be 0, 2,000, 4,000 for a maximum of
        // 2,488, leaving 40 % of the bars' room empty.
        let canvas = RecordingCanvas()
        let font = Font(size: 13)
        let axis = ValueAxis(max: 2_488, length: 250, font: font, canvas: canvas)
        #expect(axis.labels == ["0", "1,000", "2,000", "3,000"])
        let pitch = 250 / Double(axis.labels.count - 1)
        #expect(axis.labels.map { canvas.measure($0, font: font).width }.max()! + 28 <= pitch)
        // A long axis keeps its ticks.
        #expect(ValueAxis(max: 7_200, length: 900, font: font, canvas: canvas).ticks.upper == 8_000)
    }

    @Test func crowdedAxisSwitchesToCompact() {
        let canvas = RecordingCanvas()
        let small = Font(size: 13), large = Font(size: 24)
        let roomy = ValueAxis(max: 7_200_000, length: 900, font: small, canvas: canvas)
        #expect(roomy.style == .grouped)
        #expect(roomy.labels.contains("2,000,000"))
        // 14.4 units per digit: "8,000,000" no longer fits between ticks 112 apart.
        let crowded = ValueAxis(max: 7_200_000, length: 900, font: large, canvas: canvas)
        #expect(crowded.style == .compact)
        #expect(crowded.labels.count == roomy.labels.count)
        #expect(crowded.labels.allSatisfy { $0 == "0" || $0.hasSuffix("M") })
        // Whatever was chosen, neighbouring labels keep their distance.
        for (axis, font) in [(roomy, small), (crowded, large)] {
            let pitch = 900 / Double(axis.labels.count - 1)
            let widest = axis.labels.map { canvas.measure($0, font: font).width }.max()!
            #expect(widest + 28 <= pitch)
        }
    }
}

@Suite struct DateTickTests {
    let canvas = RecordingCanvas()
    let font = Font(size: 13)

    func axis(_ first: String, _ last: String, width: Double) -> DateAxis {
        DateAxis(scale: TimeScale(first: CalendarDay(first)!, last: CalendarDay(last)!, range: (0, width)),
                 font: font, canvas: canvas)
    }

    @Test func fourYearsOnAWideAxisGetsQuarterTicksOnFirstDays() {
        let a = axis("2021-01-01", "2024-12-01", width: 1_000)
        #expect(a.step == .months(3))
        for d in a.days {
            #expect(d.components.day == 1)
            #expect((d.components.month - 1) % 3 == 0)
        }
        #expect(a.labels.first == "Jan 2021")
        #expect(a.labels.contains("Jan 2022"))
        #expect(a.labels.contains("Apr"))
    }

    @Test func narrowAxisFallsBackToYears() {
        let a = axis("2001-03-01", "2024-12-01", width: 400)
        guard case .years(let n) = a.step else { Issue.record("expected years, got \(a.step)"); return }
        #expect(n >= 2)
        #expect(a.days.allSatisfy { $0.components.month == 1 && $0.components.day == 1 && $0.components.year % n == 0 })
        #expect(a.labels.allSatisfy { $0.count == 4 })
    }

    @Test func shortSpanUsesDaysOrMondays() {
        let a = axis("2023-03-27", "2023-04-20", width: 1_000)
        #expect(a.step == .days(1) || a.step == .days(2) || a.step == .weeks(1))
        let b = axis("2023-01-02", "2023-06-30", width: 600)
        if case .weeks = b.step {
            #expect(b.days.allSatisfy { $0.isoWeekday == 1 })
        }
        #expect(b.labels.first!.hasSuffix("2023"))
    }

    @Test func labelsNeverOverlap() {
        for (f, l, w) in [("2020-01-01", "2020-12-31", 300.0), ("1990-01-01", "2023-01-01", 900), ("2023-01-01", "2023-01-20", 250)] {
            let a = axis(f, l, width: w)
            let scale = TimeScale(first: CalendarDay(f)!, last: CalendarDay(l)!, range: (0, w))
            let boxes = zip(a.days, a.labels).map { canvas.measure($0.1, font: font).box(at: Point(x: scale($0.0), y: 0), anchor: TextAnchor(.center, .top)) }
            for (x, y) in zip(boxes, boxes.dropFirst()) { #expect(!x.intersects(y)) }
        }
    }

    @Test func successorCrossesYearsAndWeek53() {
        let w53 = PeriodKind.week.parseLabel("2020-W53")!
        #expect(PeriodKind.week.label(PeriodKind.week.successor(w53)) == "2021-W01")
        #expect(PeriodKind.month.label(PeriodKind.month.successor(PeriodKind.month.parseLabel("2023-12")!)) == "2024-01")
        #expect(PeriodKind.quarter.label(PeriodKind.quarter.successor(PeriodKind.quarter.parseLabel("2023-Q4")!)) == "2024-Q1")
        #expect(PeriodKind.year.successor(2024) == 2025)
        #expect(PeriodKind.day.label(PeriodKind.day.successor(CalendarDay("2024-02-28")!.daysSinceEpoch)) == "2024-02-29")
    }
}

@Suite struct LabelPlacementTests {
    @Test func separatesCollidingLabelsKeepingOrder() throws {
        let centers = try #require(LabelPlacement.resolve(wanted: [100, 102, 101, 300], sizes: [16, 16, 16, 16],
                                                          bounds: (0, 400), gap: 2))
        let sorted = [0, 2, 1, 3].map { centers[$0] }
        for (a, b) in zip(sorted, sorted.dropFirst()) { #expect(b - a >= 18 - 1e-9) }
        #expect(centers[3] == 300)
        // Ties break by input order: label 0 wants 100 and stays first.
        #expect(centers[0] < centers[2] && centers[2] < centers[1])
    }

    @Test func pushesBackFromTheFarBound() throws {
        let centers = try #require(LabelPlacement.resolve(wanted: [98, 99, 100], sizes: [10, 10, 10], bounds: (0, 100), gap: 0))
        #expect(centers.max()! <= 95 + 1e-9)
        #expect(centers.sorted() == [75, 85, 95])
    }

    @Test func tooManyLabelsDoNotFit() {
        #expect(LabelPlacement.resolve(wanted: Array(repeating: 50, count: 10), sizes: Array(repeating: 12, count: 10),
                                       bounds: (0, 100)) == nil)
    }

    @Test func rowsAvoidOverlap() {
        let rows = LabelPlacement.rows(for: [(0, 100), (50, 150), (200, 260), (120, 195)], gap: 8)
        // (120, 195) comes within the gap of (200, 260) in row 0 and overlaps (50, 150) in row 1.
        #expect(rows == [0, 1, 0, 2])
        #expect(LabelPlacement.rows(for: [(0, 100), (120, 190)], gap: 8) == [0, 0])
    }

    @Test func truncatesWithEllipsis() {
        let canvas = RecordingCanvas()
        let font = Font(size: 10)
        let t = LabelPlacement.truncate("Islamic State Khorasan Province", toWidth: 60, font: font, canvas: canvas)
        #expect(t.hasSuffix("…"))
        #expect(canvas.measure(t, font: font).width <= 60)
        #expect(LabelPlacement.truncate("Vea", toWidth: 60, font: font, canvas: canvas) == "Vea")
    }

    @Test func wrapsAtSpacesAndEllipsizesOnlyTheLastLine() {
        let canvas = RecordingCanvas()
        let font = Font(size: 10) // 6 units a character: 10 characters in 60
        #expect(LabelPlacement.wrap("Killed in Balkh", toWidth: 60, font: font, canvas: canvas, maxLines: 2)
            == ["Killed in", "Balkh"])
        let lines = LabelPlacement.wrap("Killed in Balkh province in April", toWidth: 60, font: font, canvas: canvas, maxLines: 2)
        #expect(lines.count == 2)
        #expect(lines[0] == "Killed in")
        #expect(lines[1].hasPrefix("Balkh") && lines[1].hasSuffix("…"))
        #expect(lines.allSatisfy { canvas.measure($0, font: font).width <= 60 })
        #expect(LabelPlacement.wrap("Short", toWidth: 60, font: font, canvas: canvas, maxLines: 2) == ["Short"])
    }

    @Test func aLongHeadlineTakesTheLinesItNeedsAndPushesTheChartDown() {
        let canvas = RecordingCanvas()
        let size = Size(width: 600, height: 400)
        let short = FrameLayout(text: ChartText(title: "Killed", source: "Source: x"), size: size, theme: .light, canvas: canvas)
        let long = FrameLayout(text: ChartText(title: String(repeating: "Killed in Balkh ", count: 6), source: "Source: x"),
                               size: size, theme: .light, canvas: canvas)
        // 26-point bold at 0.66 em fits 31 characters in 544: "Killed in Balkh" twice a line.
        #expect(long.titleLines.count == 3)
        #expect(abs(long.titleBox.height - 3 * short.titleBox.height) < 1e-9)
        #expect(abs(long.content.y - (short.content.y + 2 * short.titleBox.height)) < 1e-9)
        #expect(long.titleLines.map(\.text).joined(separator: " ") == String(repeating: "Killed in Balkh ", count: 6).trimmingTrailingSpaces())
        #expect(long.titleBox.width <= size.width - 56)
    }

    @Test func isolatesWrapRuns() {
        #expect(Bidi.isolate("بلخ") == "\u{2068}بلخ\u{2069}")
        #expect(Bidi.join(["بلخ", "5,000–7,000"]) == "\u{2068}بلخ\u{2069} 5,000–7,000")
        // Left-to-right text cannot be reordered and is left alone.
        #expect(Bidi.isolate("Balkh 5,000–7,000") == "Balkh 5,000–7,000")
        // In right-to-left text every number run keeps its order in its own isolate.
        #expect(Bidi.isolate("بلخ 5,000–7,000") == "\u{2068}بلخ \u{2066}5,000–7,000\u{2069}\u{2069}")
        #expect(Bidi.protectingNumbers("عدد ~40 و 12+ في 2023-04") == "عدد \u{2066}~40\u{2069} و \u{2066}12+\u{2069} في \u{2066}2023-04\u{2069}")
        #expect(Bidi.protectingNumbers("a, b - c") == "a, b - c")
        #expect(Bidi.stripped(Bidi.isolate("بلخ 5")) == "بلخ 5")
    }
}

/// The pieces ``Bidi/segments(_:rightToLeft:)`` isolates (review15 items 2, 3, 6, 8, 10).
@Suite struct BidiSegmentTests {
    func shape(_ text: String, _ rtl: Bool) -> [String] {
        Bidi.segments(text, rightToLeft: rtl).map { s in
            switch s.kind {
            case .plain: "p:" + s.text
            case .number: "n:" + s.text
            case .opposite: "o:" + s.text
            case .isolate: "i:" + s.text
            }
        }
    }

    @Test func leftToRightIsolatesEachArabicNameApartFromItsFigures() {
        #expect(shape("Idlib 307 (300–323); حلب 158 (156–163); دمشق 12.", false)
                == ["p:Idlib ", "n:307", "p: ", "n:(300–323)", "p:; ", "o:حلب", "p: ", "n:158", "p: ", "n:(156–163)", "p:; ", "o:دمشق", "p: ", "n:12", "p:."])
        // A name's closing bracket goes with it; a name that opened none stops before one.
        #expect(shape("in بلخ (أفغانستان) 5", false) == ["p:in ", "o:بلخ (أفغانستان)", "p: ", "n:5"])
        #expect(shape("English only, 5,000–7,000", false) == ["p:English only, ", "n:5,000–7,000"])
    }

    @Test func rightToLeftIsolatesLatinRunsWithTheirFigures() {
        #expect(shape("مجموعها 239 (215–266). ثم", true) == ["p:مجموعها ", "n:239", "p: ", "n:(215–266)", "p:. ثم"])
        // The Arabic comma is a separator, as `,`: the citation stays one run.
        #expect(shape("المصدر: UCDP GED 19.1، CC BY 4.0.", true) == ["p:المصدر: ", "o:UCDP GED 19.1، CC BY 4.0", "p:."])
        // The Arabic semicolon is as strong as a letter: it ends a run.
        #expect(shape("ثبت ۸ records؛ ۶٬۰۱۲ (at least ۵٬۰۱۲)", true)
                == ["p:ثبت ", "o:۸ records", "p:؛ ", "o:۶٬۰۱۲ (at least ۵٬۰۱۲)"])
        // A run ends before a bracket it cannot close.
        #expect(shape("(at least ۵) ۶ قتيل", true) == ["p:(", "o:at least ۵", "p:) ", "n:۶", "p: قتيل"])
        // Signs with CLDR's direction marks, percent after, brackets glued to a figure.
        #expect(shape("تغير (\u{200E}-27\u{200E}%\u{200E}) و (\u{2212}40%) و 12+", true)
                == ["p:تغير ", "n:(\u{200E}-27\u{200E}%\u{200E})", "p: و ", "n:(\u{2212}40%)", "p: و ", "n:12+"])
        // The hyphen of a name is no minus sign.
        #expect(shape("COVID-19 ثم", true) == ["o:COVID-19", "p: ثم"])
        // Arabic-Indic and Persian digits with their separators are one figure.
        #expect(shape("النطاق ٨٠٥–٨٩٢ و ۱۲٬۳۴۵", true) == ["p:النطاق ", "n:٨٠٥–٨٩٢", "p: و ", "n:۱۲٬۳۴۵"])
    }

    /// Isolates the text held are kept; a mark cut from its partner by a line break
    /// (the wrapped summary of a Persian brief ended "…; ⁨حلب" and went on "2016–2019⁩
    /// (Syria) 6,722 …; 5 more") is dropped: it closed the run put around the line's
    /// Latin words, which then read right to left.
    @Test func isolatesInTheTextAreKeptAndStrayMarksDropped() {
        #expect(shape("2016–2019\u{2069} (Syria) ۶ (۵–۷); ۵ more ژوئن", true)
                == ["o:2016–2019 (Syria) ۶ (۵–۷); ۵ more", "p: ژوئن"])
        #expect(shape("x \u{2068}حلب 5\u{2069} (Syria)", false) == ["p:x ", "i:حلب 5", "p: (Syria)"])
        let inner = Bidi.segments("x \u{2068}حلب 5\u{2069}", rightToLeft: false)[1]
        #expect(inner.rightToLeft && inner.parts.map(\.kind) == [.plain, .number])
        #expect(Bidi.protecting("\u{2068}بلخ\u{2069} (Afghanistan)", rightToLeft: false) == "\u{2068}بلخ\u{2069} (Afghanistan)")
        #expect(Bidi.protecting("a \u{2068}بلخ", rightToLeft: false) == "a \u{2067}بلخ\u{2069}")
    }

    @Test func piecesGiveTheTextBack() {
        for text in ["a (b", "(حلب", "حلب)", "x) (y", "((5))", "~-", "5 (at least 3", "Syria (حلب (x", "‎-", "(", ""] {
            for rtl in [false, true] {
                let joined = Bidi.segments(text, rightToLeft: rtl).map(\.text).joined()
                #expect(joined == text, "\(text) \(rtl)")
                #expect(Bidi.stripped(Bidi.protecting(text, rightToLeft: rtl)) == Bidi.stripped(text))
            }
        }
    }
}
