import Testing
import TallyCore
@testable import TallyCharts

/// Review 9c #17 (issue 9 item 10): a 50,000-character name wrapped into a 1200×9985 PNG
/// in 9 s. Every text a chart draws has a bound (``TextBounds``); past it the chart's fit
/// is refused before anything is measured, naming the text, its length and the bound,
/// and saying whether the data (65) or an option or spec (64) must change.
@Suite struct TextBoundsTests {
    let canvas = RecordingCanvas()
    func text(_ n: Int, _ c: Character = "x") -> String {
        // Words, as names are: wrapping them is what made the chart tall.
        String((0 ..< n).map { $0 % 7 == 6 ? " " : c })
    }
    func bars(_ label: String, title: String = "Killed", subtitle: String = "", source: String = "Source: S",
              note: String? = nil) -> BarChart {
        var b = BarChart.Bar(label: label, estimate: .exactly(5))
        b.note = note
        return BarChart(bars: [b, BarChart.Bar(label: "Mali", estimate: .exactly(3))],
                        text: ChartText(title: title, subtitle: subtitle, source: source))
    }
    func timeline(_ name: String, annotation: String = "x") -> TimelineChart {
        let day = CalendarDay(year: 2023, month: 1, day: 1)!
        let key = PeriodKind.month.key(day)
        let series = [TimelineChart.Series(name: name, kind: .flow,
                                           points: [.init(periodKey: key, day: day, estimate: .exactly(4))])]
        return TimelineChart(period: .month, series: series,
                             annotations: [.init(day: day, text: annotation)], text: ChartText(title: "T", source: "S"))
    }

    @Test func eachKindOfTextHasItsBound() {
        let cases: [(String, any ChartDrawing, any ChartDrawing, Bool)] = [
            ("name", bars(text(300)), bars(text(301)), true),
            ("headline", bars("Mali", title: text(400)), bars("Mali", title: text(401)), false),
            ("subtitle", bars("Mali", subtitle: text(400)), bars("Mali", subtitle: text(401)), false),
            ("source", bars("Mali", source: text(2_000)), bars("Mali", source: text(2_001)), false),
            ("note", bars("Mali", note: text(500)), bars("Mali", note: text(501)), false),
            ("series name", timeline(text(300)), timeline(text(301)), true),
            ("annotation", timeline("Mali", annotation: text(500)), timeline("Mali", annotation: text(501)), false),
            ("small multiples", SmallMultiples(timeline(text(300))), SmallMultiples(timeline(text(301))), true),
        ]
        for (what, within, past, inData) in cases {
            #expect(within.fit(width: 1200, theme: .light, canvas: canvas).textProblem == nil, "\(what)")
            let p = past.fit(width: 1200, theme: .light, canvas: canvas).textProblem
            #expect(p != nil, "\(what)")
            #expect(p?.inData == inData, "\(what)")
            #expect(p?.message.contains("characters long") == true, "\(what): \(p?.message ?? "")")
            #expect(past.fit(width: 1200, theme: .light, canvas: canvas).problem(width: 1200, height: 16_000) == p?.message)
        }
    }

    /// The review's 50,000- and 75,000-unit names are refused, whatever the script, with
    /// their length; a long bar name never grows the chart past what the bound allows.
    @Test func theReviewsNamesAreRefusedAndTheBoundKeepsChartsShort() {
        for n in [50_000, 75_000] {
            let p = bars(text(n, "ش")).fit(width: 1200, theme: .light, canvas: canvas).textProblem
            #expect(p?.message.contains(Estimate.grouped(Int64(n))) == true, "\(p?.message ?? "")")
        }
        let fit = bars(text(300)).fit(width: 1200, theme: .light, canvas: canvas)
        #expect(fit.naturalHeight < 1_200, "\(fit.naturalHeight)")
    }
}
