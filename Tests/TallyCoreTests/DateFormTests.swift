import Testing
@testable import TallyCore

@Suite struct DateForms {
    func any(_ s: String, _ order: DayMonthOrder? = nil, thisYear: Int = 2026) -> (String, DateForm)? {
        let bytes = Array(s.utf8) + [0]
        return bytes.withUnsafeBufferPointer { b in
            CalendarDay.parseAnyForm(b.baseAddress!, count: b.count - 1, order: order, thisYear: thisYear)
        }
            .map { ($0.0.description, $0.1) }
    }

    @Test(arguments: [
        ("2016-05-28", "2016-05-28", DateForm.iso),
        ("2009-02-20T00:00:00", "2009-02-20", .isoWithTime),
        ("2009-02-20 00:00:00.000", "2009-02-20", .isoWithTime),
        ("2009-02-20T00:00:00Z", "2009-02-20", .isoWithTime),
        ("2009-02-20T00:00:00.000Z", "2009-02-20", .isoWithTime),
        ("2009-02-20T00:00+00:00", "2009-02-20", .isoWithTime),
        ("2009-02-20 00:00:00-0000", "2009-02-20", .isoWithTime),
        ("28 May 2016", "2016-05-28", .written),
        ("3-Sept-2016", "2016-09-03", .written),
        ("20-April-2018", "2018-04-20", .written),
        ("09-May-2020", "2020-05-09", .written),
        ("9-May-20", "2020-05-09", .writtenShortYear),
        ("1-Jan-97", "1997-01-01", .writtenShortYear),
        ("31-Dec-25", "2025-12-31", .writtenShortYear),
        ("1-Jan-30", "1930-01-01", .writtenShortYear),
        // Excel's CSV of a date-time column at midnight (readers12, audit11 F10): the day.
        ("2009-02-20 0:00", "2009-02-20", .isoWithTime),
    ])
    func readsEachForm(_ text: String, _ day: String, _ form: DateForm) {
        #expect(any(text)?.0 == day, "\(text)")
        #expect(any(text)?.1 == form, "\(text)")
    }

    @Test(arguments: ["2009-02-20T", "2009-02-20T00:00:00.", "2009-02-30T00:00:00",
                      "30-Feb-20", "9-Mai-20", "9-May-2", "9 May 20", "28/05/2016", "2016/05/28", "", "May 28, 2016"])
    func refusesWhatIsNotOneOfThem(_ text: String) {
        #expect(any(text) == nil)
    }

    /// review29 S6: a time other than midnight, or a zone other than UTC, was cut to the
    /// written date: `2009-02-28T23:00:00.000Z`, a local midnight of 1 March in UTC+1,
    /// counted in February. It is no form of a day now, and the refusal says what it
    /// carries and what to do.
    @Test(arguments: [
        ("2009-02-28T23:00:00.000Z", "carries the time 23:00 UTC: tally counts days and will not cut a time to its date; if it is a local midnight converted to UTC, the day is 2009-03-01 (UTC+1)"),
        ("2009-02-28 23:00:00", "carries the time 23:00: tally counts days"),
        ("2009-02-28T05:00:00Z", "carries the time 05:00 UTC: tally counts days and will not cut a time to its date; if it is a local midnight converted to UTC, the day is 2009-02-28 (UTC−5)"),
        ("2009-02-28T14:30:15", "carries the time 14:30:15: tally counts days and will not cut a time to its date; write the dates as days"),
        ("2009-02-28T00:00:00.5", "carries the time 00:00:00.…"),
        ("2009-02-28T23:59:59Z", "carries the time 23:59:59 UTC"),
        ("2009-03-01T00:00:00+01:00", "carries a time in UTC+1 (00:00): tally counts days and cannot tell whether the day meant is the one written or UTC's; write the dates as days (YYYY-MM-DD)"),
        ("2009-02-28T19:00:00-05:00", "carries a time in UTC−5 (19:00)"),
        ("2009-02-28T00:00:00+0530", "carries a time in UTC+5:30 (00:00)"),
    ])
    func aTimeOtherThanMidnightUTCIsRefusedAndSaysWhy(_ text: String, _ why: String) {
        #expect(any(text) == nil, "\(text)")
        let reason = CalendarDay.timeOfDayRefusal(text)
        #expect(reason?.hasPrefix(why) == true, "\(text): \(reason ?? "nil")")
        #expect(reason?.hasSuffix("; write the dates as days (YYYY-MM-DD) in the events' time zone") == true)
    }

    @Test func midnightUTCAndWhatIsNoDateTimeHaveNoRefusal() {
        for t in ["2009-02-20T00:00:00", "2009-02-20 00:00:00.000", "2009-02-20T00:00Z", "2009-02-20", "28 May 2016", "2009-02-20T25:00:00", "2009-02-20T10:00+15:00"] {
            #expect(CalendarDay.timeOfDayRefusal(t) == nil, "\(t)")
        }
        let end = Array("2024-01-31T23:59:59".utf8)
        let t = end.withUnsafeBufferPointer { CalendarDay.parseDateTime($0.baseAddress!, count: $0.count) }
        #expect(t?.isEndOfDay == true && t?.day.description == "2024-01-31")
    }

    @Test func slashedDatesNeedAnOrderAndTellWhatTheyAllow() {
        func ev(_ s: String) -> SlashedEvidence {
            let bytes = Array(s.utf8) + [0]
            return bytes.withUnsafeBufferPointer { CalendarDay.slashedEvidence($0.baseAddress!, count: $0.count - 1, thisYear: 2026) }
        }
        #expect(ev("28/05/2016") == .dayFirst)
        #expect(ev("5/28/2016") == .monthFirst)
        #expect(ev("05/06/2016") == .ambiguous)
        #expect(ev("07/07/2016") == .sameEitherWay)
        #expect(ev("31/31/2016") == .invalid)
        #expect(ev("2016-05-28") == .notSlashed)
        #expect(ev("1/2/16") == .ambiguous)
        // A field of 300,000 digits (bench/hostile "long bad date") trapped in the
        // multiplication once UCDP and native dates were looked at too.
        #expect(ev(String(repeating: "2", count: 300_000)) == .notSlashed)
        #expect(ev(String(repeating: "9", count: 30) + "/1/2016") == .notSlashed)
        #expect(ev("1/1/" + String(repeating: "9", count: 30)) == .notSlashed)
        #expect(any("05/06/2016", .dmy)?.0 == "2016-06-05")
        #expect(any("05/06/2016", .dmy)?.1 == .dayMonthYear)
        #expect(any("05/06/2016", .mdy)?.0 == "2016-05-06")
        #expect(any("05/06/2016", .mdy)?.1 == .monthDayYear)
        #expect(any("28/05/2016", .mdy) == nil)
        #expect(any("29/02/2015", .dmy) == nil)
    }

    /// Two-digit years are the most recent year ending in those digits that is not
    /// after this year: Excel's fixed pivot (29) would read `9-May-30` as 1930 in 2030
    /// and every later year, a century back and inside the plausible span (review9c 19).
    @Test(arguments: [
        // (written, this year, read as)
        ("9-May-29", 2026, "1929-05-09"), ("9-May-30", 2026, "1930-05-09"),
        ("9-May-99", 2026, "1999-05-09"), ("9-May-00", 2026, "2000-05-09"),
        ("9-May-26", 2026, "2026-05-09"), ("9-May-27", 2026, "1927-05-09"),
        ("9-May-29", 2031, "2029-05-09"), ("9-May-30", 2030, "2030-05-09"),
        ("9-May-30", 2031, "2030-05-09"), ("9-May-31", 2031, "2031-05-09"),
        ("9-May-32", 2031, "1932-05-09"), ("9-May-99", 2031, "1999-05-09"),
        ("9-May-00", 2031, "2000-05-09"), ("9-May-00", 2099, "2000-05-09"),
        ("9-May-00", 2100, "2100-05-09"), ("9-May-99", 2100, "2099-05-09"),
        ("9/5/30", 2031, "2030-05-09"), ("9/5/99", 2031, "1999-05-09"),
        ("29/02/00", 2026, "2000-02-29"),
    ])
    func twoDigitYearsAreTheMostRecentPastYear(_ text: String, _ year: Int, _ day: String) {
        #expect(any(text, .dmy, thisYear: year)?.0 == day, "\(text) in \(year)")
    }
}

/// The placeholder check compares day numbers (issue 9, a row's cost): they are the days
/// ``PlausibleDates/placeholders`` lists, and only those, and only when refused.
@Suite struct PlaceholderDays {
    @Test func theCheckKnowsExactlyTheListedDays() {
        var span = PlausibleDates.standard(today: CalendarDay(year: 2026, month: 12, day: 7)!)
        for d in PlausibleDates.placeholders { #expect(span.isPlaceholder(d), "\(d)") }
        #expect(PlausibleDates.placeholders.map(\.description) == ["1900-01-01", "1904-01-01", "1970-01-01"])
        for (y, m, d) in [(1900, 1, 2), (1899, 12, 31), (1904, 1, 2), (1903, 12, 31), (1970, 1, 2), (1969, 12, 31), (2026, 1, 1)] {
            #expect(!span.isPlaceholder(CalendarDay(year: y, month: m, day: d)!), "\(y)-\(m)-\(d)")
        }
        span.refusesPlaceholders = false
        for d in PlausibleDates.placeholders { #expect(!span.isPlaceholder(d)) }
    }
}
