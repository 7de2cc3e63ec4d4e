import Testing
@testable import TallyCore

/// The date-span rule (issue 10, item 1): a flow counts in the period of its start
/// date only when its date span fits the longest period of the kind; a longer one goes
/// to a row of its own under the ISO 8601 interval of the periods it spans.
@Suite struct DateSpanRule {
    func day(_ s: String) -> CalendarDay { CalendarDay(s)! }

    func observe(_ agg: Aggregator, _ first: String, _ last: String, best: Int64, measure: String = "killed",
                 country: String = "Syria") throws {
        var o = Observation()
        o.country = agg.strings.intern(country)
        o.measure = agg.strings.intern(measure)
        o.day = day(first)
        o.spanFirst = day(first)
        o.spanLast = day(last)
        o.low = best; o.best = best; o.high = best
        try agg.add(o)
    }

    @Test func longestPeriods() {
        #expect(PeriodKind.allCases.map(\.longestPeriodDays) == [1, 7, 31, 92, 366, nil])
        // Exactly the longest period fits; one day more does not.
        #expect(PeriodKind.month.holds(spanFrom: day("2023-01-01"), to: day("2023-01-31")))
        #expect(PeriodKind.month.holds(spanFrom: day("2023-01-25"), to: day("2023-02-24")))
        #expect(!PeriodKind.month.holds(spanFrom: day("2023-01-25"), to: day("2023-02-25")))
        #expect(PeriodKind.week.holds(spanFrom: day("2023-03-20"), to: day("2023-03-26")))
        #expect(!PeriodKind.week.holds(spanFrom: day("2023-03-20"), to: day("2023-03-27")))
        #expect(!PeriodKind.day.holds(spanFrom: day("2023-03-20"), to: day("2023-03-21")))
        #expect(PeriodKind.year.holds(spanFrom: day("2016-01-01"), to: day("2016-12-31")))
        #expect(PeriodKind.quarter.holds(spanFrom: day("2023-01-01"), to: day("2023-04-02")))
        #expect(!PeriodKind.quarter.holds(spanFrom: day("2023-01-01"), to: day("2023-04-03")))
        #expect(PeriodKind.all.holds(spanFrom: day("1900-01-01"), to: day("2023-04-03")))
    }

    /// Review 10c F1: dates that are not one period (`chart bar --from --to`) follow the
    /// same rule: a span reaching outside the window is not counted in it (it goes to a
    /// spanning row the chart leaves out and footnotes); one inside it is.
    @Test func aWindowLeavesOutSpansReachingPastIt() throws {
        var config = AggregationConfig(grouping: Grouping([.country]), period: .all)
        config.window = day("2016-01-01") ... day("2016-01-31")
        let agg = Aggregator(config: config)
        try observe(agg, "2016-01-01", "2016-12-31", best: 1000)   // year-dated: out
        try observe(agg, "2016-01-30", "2016-02-02", best: 7)      // past the end: out
        try observe(agg, "2016-01-10", "2016-01-12", best: 3)      // inside: in
        try observe(agg, "2016-01-31", "2016-01-31", best: 5)      // one day: in
        let r = try agg.result()
        #expect(r.rows.map(\.estimate.best) == [8])
        #expect(r.spanning.map(\.estimate.best).reduce(0, +) == 1007)
        #expect(r.spanning.allSatisfy { $0.isSpanning })
        #expect(try r.spanTally(of: "killed")?.tally.estimate.best == 1007)
        // Without a window (period all) every one of them is in.
        let plain = Aggregator(config: AggregationConfig(grouping: Grouping([.country]), period: .all))
        try observe(plain, "2016-01-01", "2016-12-31", best: 1000)
        try observe(plain, "2016-01-10", "2016-01-12", best: 3)
        #expect(try plain.result().rows.map(\.estimate.best) == [1003])
    }

    /// Review 10c F6: what the dates a figure shows leave out is every too-long span that
    /// **overlaps** them, wherever it starts (a report counted those; `chart bar
    /// --period 2016-02` counted only the ones starting in February: 51, not 16,615).
    /// One rule for both: the events it keeps are the interval rows a report's
    /// `spanTally(periods:)` counts for the same period.
    @Test func whatThePeriodLeavesOutOverlapsIt() throws {
        let config = AggregationConfig(grouping: Grouping([.country]), period: .month)
        let (feb1, feb29) = (day("2016-02-01"), day("2016-02-29"))
        let spans: [(String, String, Int64, Bool)] = [
            ("2016-01-01", "2016-12-31", 16_517, true),   // year-dated, starts in January: left out of February
            ("2016-02-10", "2016-06-30", 51, true),       // starts in February
            ("2015-06-01", "2016-02-01", 3, true),        // ends on February's first day
            ("2015-01-01", "2016-01-31", 5, false),       // ends before February
            ("2016-03-01", "2016-12-31", 7, false),       // starts after it
            ("2016-01-20", "2016-02-05", 11, false),      // fits a month: counted in January, not left out
            ("2016-02-03", "2016-02-03", 13, false),      // one day: counted in February
        ]
        for (a, b, _, out) in spans {
            #expect(config.leftOut(spanFrom: day(a), to: day(b), overlapping: feb1, feb29) == out, "\(a)..\(b)")
        }
        // The same rule as the report's tally of interval rows over February.
        let agg = Aggregator(config: config)
        for (a, b, best, _) in spans { try observe(agg, a, b, best: best) }
        let feb = PeriodKind.month.key(feb1)
        #expect(try agg.result().spanTally(of: "killed", periods: feb ... feb)?.tally.estimate.best
                == spans.filter(\.3).map(\.2).reduce(0, +))
        // With count-at-start nothing is left out, and a stock is never a span.
        var atStart = config
        atStart.countAtStart = true
        #expect(!atStart.leftOut(spanFrom: day("2016-01-01"), to: day("2016-12-31"), overlapping: feb1, feb29))
        // A window (--from/--to) leaves out a span reaching outside it, from either side.
        var window = AggregationConfig(grouping: Grouping([.country]), period: .all)
        window.window = feb1 ... feb29
        #expect(window.leftOut(spanFrom: day("2016-01-28"), to: day("2016-02-02"), overlapping: feb1, feb29))
        #expect(!window.leftOut(spanFrom: day("2016-01-28"), to: day("2016-01-31"), overlapping: feb1, feb29))
        #expect(!window.leftOut(spanFrom: day("2016-02-03"), to: day("2016-02-09"), overlapping: feb1, feb29))
    }

    @Test func intervalLabelsAndTheirDays() {
        let m = PeriodKind.month
        #expect(m.intervalLabel(m.parseLabel("2016-01")!, m.parseLabel("2016-12")!) == "2016-01/2016-12")
        let w = PeriodKind.week
        #expect(w.intervalLabel(w.parseLabel("2023-W12")!, w.parseLabel("2023-W14")!) == "2023-W12/2023-W14")
        let d = PeriodKind.day
        #expect(d.intervalLabel(d.key(day("2023-03-25")), d.key(day("2023-04-08"))) == "2023-03-25/2023-04-08")
        #expect(PeriodKind.days(ofLabel: "2016-01/2016-12")! == (day("2016-01-01"), day("2016-12-31")))
        #expect(PeriodKind.days(ofLabel: "2023-W12/2023-W14")! == (day("2023-03-20"), day("2023-04-09")))
        #expect(PeriodKind.days(ofLabel: "2024-Q1")! == (day("2024-01-01"), day("2024-03-31")))
        #expect(PeriodKind.days(ofLabel: "2024-02")! == (day("2024-02-01"), day("2024-02-29")))
        #expect(PeriodKind.days(ofLabel: "2016/2017")! == (day("2016-01-01"), day("2017-12-31")))
        #expect(PeriodKind.days(ofLabel: "all") == nil)
        #expect(PeriodKind.days(ofLabel: "2016-12/2016-01") == nil)
        #expect(PeriodKind.days(ofLabel: "2016-01/2016") == nil)
        #expect(PeriodKind.days(ofLabel: "2016-01/2016-02/2016-03") == nil)
    }

    @Test func precisionNamesItsWholeUnit() {
        #expect(DatePrecision.year.span(of: day("2016-05-10")) == (day("2016-01-01"), day("2016-12-31")))
        #expect(DatePrecision.month.span(of: day("2016-02-10")) == (day("2016-02-01"), day("2016-02-29")))
        #expect(DatePrecision.week.span(of: day("2021-01-03")) == (day("2020-12-28"), day("2021-01-03")))
        #expect(DatePrecision.quarter.span(of: day("2023-05-10")) == (day("2023-04-01"), day("2023-06-30")))
        #expect(DatePrecision.day.span(of: day("2023-05-10")) == (day("2023-05-10"), day("2023-05-10")))
    }

    /// The UCDP Syria case in miniature: a year-dated event starting in January is not
    /// piled into January of a monthly table; the sum over all rows is unchanged.
    @Test func aYearDatedEventIsNotPiledIntoItsFirstMonth() throws {
        let agg = Aggregator(config: AggregationConfig(grouping: Grouping([.country]), period: .month))
        try observe(agg, "2016-01-05", "2016-01-05", best: 10)
        try observe(agg, "2016-01-01", "2016-12-31", best: 1000)
        try observe(agg, "2016-01-20", "2016-02-15", best: 7)   // 27 days: fits a month, counted in January
        try observe(agg, "2016-02-01", "2016-03-31", best: 3)   // 60 days: an interval of two months
        try observe(agg, "2016-02-02", "2016-02-02", best: 5)
        let r = try agg.result()
        #expect(r.rows.map(\.period) == ["2016-01", "2016-02"])
        #expect(r.rows.map(\.estimate.best) == [17, 5])
        #expect(r.spanning.map(\.period) == ["2016-01/2016-12", "2016-02/2016-03"])
        #expect(r.spanning.map(\.estimate.best) == [1000, 3])
        #expect(r.spanning.allSatisfy { $0.isSpanning })
        #expect(r.spanning.map(\.lastPeriodKey) == [PeriodKind.month.parseLabel("2016-12"), PeriodKind.month.parseLabel("2016-03")])
        // Output order is label order: an interval right after the period it starts in.
        #expect(r.outputRows.map(\.period) == ["2016-01", "2016-01/2016-12", "2016-02", "2016-02/2016-03"])
        #expect(r.outputRows.reduce(0) { $0 + $1.estimate.best } == 1025)
        // The same events by year: every span fits, nothing changes.
        let y = Aggregator(config: AggregationConfig(grouping: Grouping([.country]), period: .year))
        try observe(y, "2016-01-01", "2016-12-31", best: 1000)
        try observe(y, "2016-02-01", "2016-03-31", best: 3)
        #expect(try y.result().spanning.isEmpty)
        #expect(try y.result().rows.map(\.estimate.best) == [1003])
    }

    @Test func countAtStartKeepsThePublishersRule() throws {
        let agg = Aggregator(config: AggregationConfig(grouping: Grouping([]), period: .month, countAtStart: true))
        try observe(agg, "2016-01-01", "2016-12-31", best: 1000)
        try observe(agg, "2016-01-05", "2016-01-05", best: 10)
        let r = try agg.result()
        #expect(r.spanning.isEmpty)
        #expect(r.rows.map(\.period) == ["2016-01"])
        #expect(r.rows[0].estimate.best == 1010)
    }

    @Test func stocksCountAtTheirStartDate() throws {
        let agg = Aggregator(config: AggregationConfig(grouping: Grouping([.country]), period: .month))
        try observe(agg, "2016-01-01", "2016-12-31", best: 5000, measure: "members")
        let r = try agg.result()
        #expect(r.spanning.isEmpty)
        #expect(r.rows.map(\.period) == ["2016-01"])
    }

    /// Weeks and days, and an unset span (readers that give none) counts as one day.
    @Test func weeksDaysAndUnsetSpans() throws {
        let w = Aggregator(config: AggregationConfig(grouping: Grouping([]), period: .week))
        try observe(w, "2023-03-20", "2023-04-05", best: 4)
        try observe(w, "2023-03-20", "2023-03-26", best: 1)
        #expect(try w.result().spanning.map(\.period) == ["2023-W12/2023-W14"])
        #expect(try w.result().rows.map(\.period) == ["2023-W12"])
        let d = Aggregator(config: AggregationConfig(grouping: Grouping([]), period: .day))
        try observe(d, "2023-03-25", "2023-04-08", best: 2)
        var o = Observation()
        o.measure = d.strings.intern("killed")
        o.day = day("2023-03-25"); o.best = 1; o.low = 1; o.high = 1
        try d.add(o)
        #expect(try d.result().spanning.map(\.period) == ["2023-03-25/2023-04-08"])
        #expect(try d.result().rows.map(\.period) == ["2023-03-25"])
    }

    /// Merging workers keeps interval rows apart and sums them like any cell.
    @Test func mergeKeepsIntervalRows() throws {
        let config = AggregationConfig(grouping: Grouping([.country]), period: .month)
        let a = Aggregator(config: config), b = Aggregator(config: config)
        try observe(a, "2016-01-01", "2016-12-31", best: 10)
        try observe(b, "2016-01-01", "2016-12-31", best: 20, country: "Iraq")
        try observe(b, "2016-01-01", "2016-12-31", best: 5)
        try a.merge(b)
        let r = try a.result()
        #expect(r.spanning.map { "\($0.country!) \($0.period) \($0.estimate.best) \($0.events)" }
                == ["Iraq 2016-01/2016-12 20 1", "Syria 2016-01/2016-12 15 2"])
    }
}


/// The last periods of year 9999 (the calendar's end) have a last day and a successor:
/// charts asked for `--period 9999-12` trapped on the unrepresentable 10000-01 before.
@Suite struct CalendarEndTests {
    @Test(arguments: [PeriodKind.month, .quarter, .year, .week])
    func lastPeriodOf9999HasALastDay(kind: PeriodKind) throws {
        let label = switch kind {
        case .month: "9999-12"
        case .quarter: "9999-Q4"
        case .week: "9999-W52"
        default: "9999"
        }
        let key = try #require(kind.parseLabel(label))
        let last = kind.lastDay(key)
        if kind == .week {
            // ISO week 52 of 9999 runs Monday to Sunday and may end in January 10000.
            #expect(last == kind.firstDay(key).adding(days: 6))
        } else {
            #expect(last == CalendarDay(year: 9999, month: 12, day: 31)!)
        }
        #expect(kind.successor(key) > key)
    }
}

/// review46 N-a: the date a spreadsheet means by a number in a date cell that lost its
/// format, for messages only (Excel's and LibreOffice's 1900 system).
@Suite struct SpreadsheetSerialTests {
    @Test func serialsOfTheseYearsAreNamedAndNothingElse() {
        #expect(CalendarDay.spreadsheetSerial("44931")?.description == "2023-01-05")
        #expect(CalendarDay.spreadsheetSerial("45292.75")?.description == "2024-01-01")
        #expect(CalendarDay.spreadsheetSerial("18264")?.description == "1950-01-01")
        for text in ["18263", "12345", "4493", "449310", "44931.", "44,931", "-44931", "4493l", "2023-01-05", ""] {
            #expect(CalendarDay.spreadsheetSerial(text) == nil, "\(text)")
        }
        #expect(CalendarDay.spreadsheetSerialAdvice("12") == "")
    }
}
