import Foundation
import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// audit9 F1 (issue 9 item 7, silent): a table in tally's own shape (a `period` column in
/// place of dates) was read with periods `9999`, `9999-12`, `1850-Q1` and `2099-01`, and a
/// timeline by year was drawn from 2023 to 9999. A period's first day is held to the
/// plausible span as a date is.
@Suite struct PlausiblePeriodTests {
    static func table(_ period: String) -> String {
        writeFile("country,period,measure,low,best,high,events,estimate,covered\nSyria,2023,killed,5,5,5,1,5,\nIraq,\(period),killed,7,7,7,1,7,\n")
    }

    @Test func aPeriodOutsideThePlausibleSpanIsADataErrorWithFileAndLine() throws {
        for period in ["9999", "9999-12", "9999-W01", "1850-Q1", "2099-01", "1899/1900", "9998-12-31"] {
            let f = Self.table(period)
            let e = errorOf { _ = try read([f], by: [.country], period: .year) }
            #expect(e?.exitCode == 65, "\(period)")
            #expect(e?.message.hasPrefix(f + ":3: column 'period': \"\(period)\" starts on ") == true, "\(e?.message ?? "")")
            #expect(e?.message.contains("--date-range") == true)
        }
        // Widened for historical data, the row counts; tally info lists it.
        let old = Self.table("1850-Q1")
        let o = try read([old], by: [.country], period: .year, plausible: .any)
        #expect(o.rowsRead == 2)
        let c = try read([old], by: [.country], period: .year, collectImplausible: true)
        #expect(c.implausibleDateRows == 1)
    }

    /// hostile9 F1: an interval whose last period lies outside the span (`2023-01/9999-12`)
    /// was read, a row of 2023/9999.
    @Test func anIntervalRunningPastTheSpanIsADataError() throws {
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        for period in ["2023-01/9999-12", "2023/9999", "2020-Q1/2099-Q4", "2023-01/\(year + 1)-01"] {
            let f = Self.table(period)
            let e = errorOf { _ = try read([f], by: [.country], period: .year) }
            #expect(e?.exitCode == 65, "\(period)")
            #expect(e?.message.hasPrefix(f + ":3: column 'period': \"\(period)\" runs to a period starting on ") == true, "\(e?.message ?? "")")
        }
        // The current year's last month has begun or will within the year: read.
        let o = try read([Self.table("2023-01/\(year)-01")], by: [.country], period: .all)
        #expect(o.rowsRead == 2)
        let wide = try read([Self.table("2023-01/9999-12")], by: [.country], period: .all, plausible: .any)
        #expect(wide.rowsRead == 2)
    }

    /// audit9b (nit, needless refusal): `2026-12-01/2026-12-31` was refused on 7 December
    /// ("runs to a period starting on 2026-12-31") while `2026-12`, the same days, read.
    @Test func anIntervalToTheMonthInProgressReadsAsTheMonthDoes() throws {
        var span = PlausibleDates(first: CalendarDay(year: 1900, month: 1, day: 1)!, last: CalendarDay(year: 2026, month: 12, day: 8)!)
        span.refusesPlaceholders = true
        for period in ["2026-12", "2026-12-01/2026-12-31", "2026-11-01/2026-12-31", "2026-W01/2026-W52", "2026-12-01/2026-12-09"] {
            let o = try read([Self.table(period)], by: [.country], period: .all, plausible: span)
            #expect(o.rowsRead == 2, "\(period)")
        }
        for period in ["2026-12-01/2027-01-01", "2026-12/2027-01", "2026-W01/2027-W01", "2026-12-01/9999-12-31"] {
            let f = Self.table(period)
            let e = errorOf { _ = try read([f], by: [.country], period: .all, plausible: span) }
            #expect(e?.exitCode == 65, "\(period)")
            #expect(e?.message.hasPrefix(f + ":3: column 'period': \"\(period)\" runs to a period starting on ") == true, "\(e?.message ?? "")")
        }
    }

    @Test func periodsThatStartInTheSpanAreRead() throws {
        // The current year and month end after tomorrow but have begun; 1970 is a year,
        // not Unix time 0; an interval that starts in the span reads.
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        for period in ["\(year)", "1970", "1900", "1900-01/1901-12", "2016-01/2016-12"] {
            let o = try read([Self.table(period)], by: [.country], period: .all)
            #expect(o.rowsRead == 2, "\(period)")
        }
    }
}
