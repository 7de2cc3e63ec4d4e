import Testing
import TallyCore
@testable import TallyCharts

/// Alt text (issue 13, item 9): generated from the figures the chart draws.
@Suite struct AltTextTests {
    func e(_ low: Int64, _ best: Int64, _ high: Int64?, approx: Bool = false) -> Estimate {
        Estimate(unchecked: low, best: best, high: high, approximate: approx)
    }

    @Test func estimatesReadAsWordsWithTheirRanges() {
        #expect(AltText.words(e(300, 307, 323)) == "307 (range 300 to 323)")
        #expect(AltText.words(e(6, 6, 6)) == "6")
        #expect(AltText.words(e(40, 40, 40, approx: true)) == "about 40")
        #expect(AltText.words(e(12, 12, nil)) == "at least 12")
        #expect(AltText.words(e(12, 16, nil)) == "16 (at least 12, no upper limit)")
        #expect(AltText.words(e(5_000, 6_000, 7_000)) == "6,000 (range 5,000 to 7,000)")
        // A range given with no best is read as the range, as it is drawn (no midpoint).
        #expect(AltText.words(Estimate(unchecked: 5_000, best: 6_000, high: 7_000, bestStated: false))
            == "5,000 to 7,000 (no best estimate given)")
        // An open end whose best is no source's is read as its floor (review46 S1).
        let floorOnly = Estimate(unchecked: 5_012, best: 6_012, high: nil, bestStated: false)
        #expect(AltText.words(floorOnly) == "at least 5,012")
        #expect(ChartWords.figure(floorOnly) == "at least 5,012")
        let fr = DisplayLocale.with(DisplayLocale(identifier: "fr")!) { (ChartWords.figure(floorOnly), AltText.localWords(floorOnly)) }
        #expect(fr.0 == "au moins 5\u{202F}012" && fr.1 == "au moins 5\u{202F}012", "\(fr)")
        // An approximate floor is one figure, not "about at least 5,041" (review49).
        let aboutFloor = Estimate(unchecked: 5_041, best: 5_041, high: nil, approximate: true)
        #expect(AltText.words(aboutFloor) == "about 5,041 or more")
        #expect(AltText.words(Estimate(unchecked: 5_041, best: 6_041, high: nil, approximate: true, bestStated: false)) == "about 5,041 or more")
        #expect(AltText.words(e(12, 16, nil, approx: true)) == "about 16 (at least 12, no upper limit)")
        for (id, said) in [("en", "about 5,041 or more"), ("fr", "environ 5\u{202F}041 ou plus"), ("es", "unos 5041 o más"), ("ar", "نحو 5,041 أو أكثر")] {
            let local = DisplayLocale.with(DisplayLocale(identifier: id)!) { AltText.localWords(aboutFloor) }
            #expect(local == said, "\(id): \(local)")
        }
    }

    func bars(_ n: Int, others: Int = 0) -> BarChart {
        var bars: [BarChart.Bar] = []
        for i in 0..<n {
            let k = Int64(i) * 100
            bars.append(BarChart.Bar(label: "Place \(i + 1)", estimate: e(900 - k, 1000 - k, 1100 - k)))
        }
        if others > 0 { bars.append(BarChart.Bar(label: "\(others) others", estimate: e(10, 20, nil), foldedCount: others)) }
        return BarChart(bars: bars, text: ChartText(title: "Killed by \u{2066}province\u{2069}", subtitle: "Total; 2023", source: "Source: UCDP GED 23.1"))
    }

    @Test func aBarChartNamesWhatIsShownTheLargestBarsTheOthersOpenEndsAndTheSource() {
        let text = bars(7, others: 12).altText
        #expect(text.hasPrefix("Bar chart: Killed by province. Total; 2023. 19 groups, largest first; the 5 largest named are Place 1 1,000 (range 900 to 1,100), Place 2 900 (range 800 to 1,000),"))
        #expect(text.contains("and Place 5 600 (range 500 to 700)."))
        #expect(text.contains("2 more bars follow, each smaller."))
        #expect(text.contains("The other 12 groups together: 20 (at least 10, no upper limit)."))
        // review38 N7: the folded bar is one bar of 12 groups ("L, A and 6 others" read as
        // eight open-ended groups), in each language.
        #expect(text.contains("Open-ended (no upper limit in the sources, drawn with an arrow): the other 12 groups together (one bar)."), "\(text)")
        let fr = DisplayLocale.with(DisplayLocale(identifier: "fr")!) { bars(7, others: 12).altText }
        #expect(fr.contains("les 12 autres groupes ensemble (une barre)"), "\(fr)")
        #expect(text.hasSuffix("Source: UCDP GED 23.1."))
        #expect(!text.unicodeScalars.contains { (0x2066...0x2069).contains($0.value) })
    }

    /// Hostile review F3: a group whose name is not given is never ranked among the
    /// largest; it is described on its own, with its size, also when it is the largest.
    @Test func notGivenGroupsAreDescribedApartFromTheLargestNamed() {
        var chart = bars(7)
        chart.bars.append(BarChart.Bar(label: "Syria (district not given)", estimate: e(24_000, 24_751, 25_000), isNotGiven: true))
        chart.bars.append(BarChart.Bar(label: "Idlib (district not given)", estimate: e(700, 775, 800), isNotGiven: true))
        let text = chart.altText
        #expect(text.contains("9 groups, largest first, then the 2 whose names are not given; the 5 largest named are Place 1 1,000 (range 900 to 1,100), "))
        #expect(text.contains("and Place 5 600 (range 500 to 700). 2 more bars follow, each smaller."))
        #expect(text.contains("Plus Syria (district not given): 24,751 (range 24,000 to 25,000), more than any named group. "
                              + "Plus Idlib (district not given): 775 (range 700 to 800). Source"))
        let largest = text.split(separator: ";")[2].split(separator: ".")[0]
        #expect(largest.hasPrefix(" the 5 largest named are") && !largest.contains("not given"))
        // One named bar drawn before "N others": "the largest named is", not "the 1 largest".
        var one = bars(1, others: 4)
        one.bars.append(BarChart.Bar(label: "(province not given)", estimate: e(5, 5, 5), isNotGiven: true))
        #expect(one.altText.contains("6 groups, largest first, then the one whose name is not given; the largest named is Place 1 1,000 (range 900 to 1,100). The other 4 groups together"))
        // Two named bars and one not given: both named, the other apart.
        var few = bars(2)
        few.bars.append(BarChart.Bar(label: "(province not given)", estimate: e(5, 5, 5), isNotGiven: true))
        #expect(few.altText.contains("3 groups, largest first, then the one whose name is not given: Place 1 1,000 (range 900 to 1,100) and Place 2 900 (range 800 to 1,000). Plus (province not given): 5."))
    }

    @Test func fewBarsAreAllNamedAndOneBarIsSaidSo() {
        let two = bars(2).altText
        #expect(two.contains("2 groups, largest first: Place 1 1,000 (range 900 to 1,100) and Place 2 900 (range 800 to 1,000)."))
        #expect(!two.contains("more bars"))
        #expect(bars(1).altText.contains("One bar, Place 1: 1,000 (range 900 to 1,100)."))
    }

    @Test func anEditorsTextReplacesTheGeneratedOne() {
        var chart = bars(3)
        chart.text.alt = "Deaths fell in every province.\nSee the table."
        #expect(chart.altText == "Deaths fell in every province. See the table.")
    }

    /// `exact`: figures with no range (else each runs from v to 2v, wide enough that a
    /// fall from 217 to 70 in one month of six is no fall of the thirds' ranges).
    func timeline(_ values: [[Int64]], kind: MeasureKind = .flow, open: Bool = false, exact: Bool = false) -> TimelineChart {
        let k0 = PeriodKind.month.parseLabel("2022-11")!
        let series = values.enumerated().map { n, vs in
            TimelineChart.Series(name: "S\(n + 1)", kind: kind, points: vs.enumerated().map { i, v in
                .init(periodKey: k0 + Int32(i), day: PeriodKind.month.firstDay(k0 + Int32(i)),
                      estimate: e(v, v, open && i == 1 ? nil : exact ? v : v * 2))
            })
        }
        return TimelineChart(period: .month, series: series, text: ChartText(title: "Killed per month", source: "Source: test"))
    }

    /// Review 10c F7: a flat series whose last month is covered to the 10th read
    /// "falling overall", and a range given with no best (its midpoint a rule's) made a
    /// trend "from about 1,543 a month". The trend is over whole, stated figures only.
    @Test func theTrendLeavesOutPartialPeriodsAndRangesWithNoBest() {
        var chart = timeline([[217, 217, 217, 217, 217, 70]], exact: true)
        let last = chart.series[0].points[5].periodKey
        #expect(chart.altText.contains("falling overall"))
        chart.partial = [last: "partial: data to 10 April"]
        #expect(chart.altText.contains("about level overall, from about 217"), "\(chart.altText)")
        chart.partial = [:]
        chart.series[0].partial = [last: "partial: data to 10 April"]
        #expect(chart.altText.contains("about level overall"))
        var ranged = timeline([[10, 10, 10, 10, 10, 10]])
        ranged.series[0].points[5].estimate = Estimate(unchecked: 5_000, best: 6_000, high: 7_000, bestStated: false)
        #expect(ranged.altText.contains("about level overall, from about 10"), "\(ranged.altText)")
    }

    /// Review 15: the same rule in every language. The localised words read the trend
    /// from every point, so French, Spanish and Arabic alt text said "falling" (and, on
    /// ranges given with no best, "rising ... 238,168") where English said "level".
    @Test(arguments: ["fr", "es", "ar", "de"])
    func theTrendRuleHoldsInEveryLanguage(language: String) throws {
        let locale = try #require(DisplayLocale(identifier: language))
        let level = Messages.text("alt.trend.level", ["from": ""], locale: locale).trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
        let falling = Messages.text("alt.trend.falling", ["from": ""], locale: locale).trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
        DisplayLocale.with(locale) {
            var chart = timeline([[217, 217, 217, 217, 217, 70]], exact: true)
            let last = chart.series[0].points[5].periodKey
            #expect(chart.altText.contains(falling), "\(chart.altText)")
            chart.partial = [last: "partial"]
            #expect(chart.altText.contains(level) && !chart.altText.contains(falling), "\(chart.altText)")
            chart.partial = [:]
            chart.series[0].partial = [last: "partial"]
            #expect(chart.altText.contains(level), "\(chart.altText)")
            var ranged = timeline([[10, 10, 10, 10, 10, 10]])
            ranged.series[0].points[5].estimate = Estimate(unchecked: 5_000, best: 6_000, high: 7_000, bestStated: false)
            #expect(ranged.altText.contains(level), "\(ranged.altText)")
        }
    }

    @Test func aTimelineGivesItsSpanPeaksAndTrend() {
        let text = timeline([[10, 20, 30, 40, 50, 60], [60, 50, 40, 30, 20, 10], [5, 5, 5, 5, 5, 5]], open: true).altText
        #expect(text.contains("From November 2022 to April 2023, 6 months."))
        #expect(text.contains("3 series, largest first."))
        // Each second month has no upper bound ("at least 20"): the first third of S1 may
        // be the larger, so no direction (until 2026-12-04 "rising overall", from bests
        // alone); S2's last third lies below every value its first may take.
        #expect(text.contains("S1: highest 60 (range 60 to 120) in April 2023; no rise or fall can be given, as figures at the start have no upper bound."))
        #expect(text.contains("S2: highest 60 (range 60 to 120) in November 2022; falling overall; figures at the start have no upper bound, so no size is given."))
        #expect(text.contains("S3: highest 5 (range 5 to 10) in November 2022; no rise or fall can be given"))
        let bounded = timeline([[10, 20, 30, 40, 50, 60], [60, 50, 40, 30, 20, 10], [5, 5, 5, 5, 5, 5]]).altText
        #expect(bounded.contains("S1: highest 60 (range 60 to 120) in April 2023; rising overall, from about 15 a month at the start to about 55 at the end."))
        #expect(bounded.contains("S2: highest 60 (range 60 to 120) in November 2022; falling overall"))
        #expect(bounded.contains("S3: highest 5 (range 5 to 10) in November 2022; about level overall"))
        #expect(text.contains("3 figures are open-ended"))
        #expect(text.hasSuffix("Source: test."))
    }

    @Test func aStockSaysWhenItWasObservedAndItsLatestSize() {
        let text = timeline([[100, 300, 200]], kind: .stock).altText
        #expect(text.hasPrefix("Chart of observed sizes: Killed per month."))
        #expect(text.contains("S1: observed in 3 months; latest 200 (range 200 to 400) in January 2023; largest 300 (range 300 to 600) in December 2022"))
        // review38 N5: a stock is a size at a date, not an amount a month ("from about
        // 1,100 a month at the start"): its trend names no period, in each language.
        let rising = timeline([[10, 20, 30, 40, 50, 60]], kind: .stock).altText
        #expect(rising.contains("rising overall, from about 15 at the start to about 55 at the end"), "\(rising)")
        let es = DisplayLocale.with(DisplayLocale(identifier: "es")!) { timeline([[10, 20, 30, 40, 50, 60]], kind: .stock).altText }
        #expect(es.contains("de unos 15 al principio a unos 55 al final") && !es.contains("por periodo"), "\(es)")
        // A flow's keeps its period.
        #expect(timeline([[10, 20, 30, 40, 50, 60]]).altText.contains("from about 15 a month at the start"))
    }

    /// briefs10's open item (review28 S7's class): "rising/falling overall" was read
    /// from the bests of open-ended figures ("at least 12" every month was "about level";
    /// 100, 50, then at least 20 "falling"). Now the first and last thirds are compared
    /// by TallyCore's EstimateChange, as a brief's cover compares two periods.
    @Test func aTrendSaysADirectionOnlyWhenTheFiguresSupportIt() {
        func trend(_ es: [Estimate]) -> String? { AltText.trend(es, per: "month") }
        #expect(trend([e(12, 12, nil), e(12, 12, nil), e(12, 12, nil)])
                == "no rise or fall can be given, as figures at the start and at the end have no upper bound")
        #expect(trend([e(100, 100, 100), e(50, 50, 50), e(20, 20, nil)])
                == "no rise or fall can be given, as figures at the end have no upper bound")
        #expect(trend([e(10, 10, 10), e(10, 10, 10), e(50, 50, nil)])
                == "rising overall; figures at the end have no upper bound, so no size is given")
        #expect(trend([e(40, 50, 400), e(40, 50, 400), e(30, 100, 900)])
                == "best estimates from about 50 a month at the start to about 100 at the end; the ranges overlap, so no rise or fall is given")
        #expect(trend([e(10, 10, 10), e(10, 10, 10), e(20, 20, 20)]) == "rising overall, from about 10 a month at the start to about 20 at the end")
        // Overlapping ranges whose bests barely move stay "about level".
        #expect(trend([e(40, 50, 400), e(40, 50, 400), e(30, 52, 900)])?.hasPrefix("about level overall") == true)
        // The same rule in French.
        let fr = DisplayLocale(identifier: "fr")!
        DisplayLocale.with(fr) {
            #expect(AltText.localTrend([e(100, 100, 100), e(50, 50, 50), e(20, 20, nil)], per: "mois")
                    == "aucune hausse ni baisse ne peut être indiquée, car des chiffres de la fin n\u{2019}ont pas de borne supérieure")
        }
        // A timeline whose line is "at least 12" every month: no direction (was "about level overall").
        var open = timeline([[12, 12, 12, 12, 12, 12]])
        for i in open.series[0].points.indices { open.series[0].points[i].estimate = e(12, 12, nil) }
        #expect(open.altText.contains("no rise or fall can be given"), "\(open.altText)")
    }

    /// review29 S4 in alt text: approximate figures ("about 100" a month, then "about
    /// 110") are no rise; twice as many at the end is.
    @Test func approximateFiguresGiveATrendOnlyBeyondTheirMargin() {
        func about(_ v: Int64) -> Estimate { Estimate(unchecked: v, best: v, high: v, approximate: true) }
        #expect(AltText.trend([about(100), about(105), about(110)], per: "month")
                == "no rise or fall can be given, as figures at the start and at the end are approximate and too close to tell apart")
        #expect(AltText.trend([e(100, 100, 100), e(100, 100, 100), about(110)], per: "month")
                == "no rise or fall can be given, as figures at the end are approximate and too close to those at the start to tell apart")
        #expect(AltText.trend([about(100), about(150), about(200)], per: "month")
                == "rising overall, from about 100 a month at the start to about 200 at the end")
        for (id, words) in [("fr", "car des chiffres du début et de la fin sont approximatifs et trop proches pour être départagés"),
                            ("es", "ya que cifras del principio y del final son aproximadas y demasiado cercanas para distinguirlas"),
                            ("ar", "إذ بعض أرقام البداية والنهاية تقريبية ومتقاربة جدًا فلا يمكن التمييز بينها")] {
            DisplayLocale.with(DisplayLocale(identifier: id)!) {
                #expect(AltText.localTrend([about(100), about(105), about(110)], per: "x")?.hasSuffix(words) == true, "\(id)")
            }
        }
    }

    @Test func trendNeedsThreePoints() {
        #expect(AltText.trend([1, 2]) == nil)
        #expect(AltText.trend([0, 0, 0]) == "zero at the start and at the end")
        #expect(AltText.trend([100, 100, 110], per: "week")?.hasPrefix("about level") == true)
    }
}
