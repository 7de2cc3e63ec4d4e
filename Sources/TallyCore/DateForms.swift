/// The ways published event files write a day, beyond SPEC's `YYYY-MM-DD`.
///
/// ACLED's exports and the copies of them that went through Excel or pandas, and
/// UCDP's API and converters, write the same day in several forms. Each form here is
/// unambiguous except the all-numeric `28/05/2016`, whose day/month order is decided
/// once per file (``DayMonthOrder``), never per row.
public enum DateForm: Int, CaseIterable, Sendable, Comparable {
    /// `2016-05-28`
    case iso = 0
    /// `2009-02-20T00:00:00` or `2009-02-20 00:00:00.000` (a day with a time of day)
    case isoWithTime
    /// `28 May 2016`, `28 May 2016`, `20-April-2018` (English month names)
    case written
    /// `9-May-20` (a file saved through Excel: two-digit year)
    case writtenShortYear
    /// `28/05/2016` (day first)
    case dayMonthYear
    /// `05/28/2016` (month first)
    case monthDayYear

    public static func < (a: DateForm, b: DateForm) -> Bool { a.rawValue < b.rawValue }

    /// The form with `day` written in it (`YYYY-MM-DD (2023-04-01)`): `tally info`
    /// shows a file of one form with its first date, not a constant day of no file
    /// (review28 N10: "2016-05-28" for files of 2023).
    public func example(of day: CalendarDay) -> String {
        let c = day.components
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        switch self {
        case .iso: return "YYYY-MM-DD (\(day))"
        case .isoWithTime: return "YYYY-MM-DD with a time of day (\(day)T00:00:00 or another time)"
        case .written: return "day, month name, year (\(c.day) \(months[c.month - 1]) \(c.year))"
        case .writtenShortYear:
            return "day-month-two-digit year, as Excel saves it (\(c.day)-\(months[c.month - 1].prefix(3))-\(two(c.year % 100)); the most recent year ending in those digits, never a later one)"
        case .dayMonthYear: return "all-numeric, day first (\(two(c.day))/\(two(c.month))/\(c.year))"
        case .monthDayYear: return "all-numeric, month first (\(two(c.month))/\(two(c.day))/\(c.year))"
        }
    }

    /// An example of the form, for messages and `tally info`.
    public var example: String {
        switch self {
        case .iso: "YYYY-MM-DD (2016-05-28)"
        case .isoWithTime: "YYYY-MM-DD with a time of day (2009-02-20T00:00:00)"
        case .written: "day, month name, year (28 May 2016)"
        case .writtenShortYear: "day-month-two-digit year, as Excel saves it (9-May-20; the most recent year ending in those digits, never a later one)"
        case .dayMonthYear: "all-numeric, day first (28/05/2016)"
        case .monthDayYear: "all-numeric, month first (05/28/2016)"
        }
    }
}

/// The order of an all-numeric date like `05/06/2016`.
public enum DayMonthOrder: String, CaseIterable, Sendable {
    case dmy, mdy

    /// How messages name the order: "day first (dd/mm/yyyy)".
    public var words: String { self == .dmy ? "day first (dd/mm/yyyy)" : "month first (mm/dd/yyyy)" }
}

/// What the numbers of a slashed date allow.
public enum SlashedEvidence: Sendable, Equatable {
    /// Not a slashed date at all.
    case notSlashed
    /// Both orders give a valid day (`05/06/2016`).
    case ambiguous
    /// Only day-first is valid (`28/05/2016`).
    case dayFirst
    /// Only month-first is valid (`05/28/2016`).
    case monthFirst
    /// Both numbers are equal (`05/05/2016`): the same day in either order.
    case sameEitherWay
    /// Neither order is a date.
    case invalid
}

extension CalendarDay {
    /// A two-digit year as the most recent year ending in those digits that is not after
    /// `thisYear`: in 2026, `26` is 2026, `27`–`99` are 1927–1999 and `00`–`25` 2000–2025.
    ///
    /// Excel's own pivot is fixed at 29 (`30` is 1930), so from 2030 on it would put a
    /// year's events a century back, silently (1930 lies inside the plausible span). A
    /// file of events holds past days: the one reading of a two-digit year that is not
    /// in the future is the most recent one, and a day later than tomorrow in this
    /// year is refused as any other.
    @inline(__always)
    public static func expandTwoDigitYear(_ y: Int, thisYear: Int) -> Int {
        let candidate = thisYear - thisYear % 100 + y
        return candidate <= thisYear ? candidate : candidate - 100
    }

    /// Parses `YYYY-MM-DD` followed by a time of day at midnight UTC (`T00:00:00`,
    /// ` 00:00:00.000`, with no zone, `Z` or `+00:00`): the day as written. Any other
    /// time, or a zone other than UTC, is nil (``timeOfDayRefusal(_:count:)`` says why):
    /// cutting `2009-02-28T23:00:00Z` to its date would move a local midnight of
    /// 2009-03-01 in UTC+1 to the day, and the month, before.
    public static func parseWithTime(_ p: UnsafePointer<UInt8>, count n: Int) -> CalendarDay? {
        // readers12 (audit11 F10): Excel's own writing of the same midnight (`2009-02-20 0:00`, `… 12:00:00 AM`).
        if n > 10, p[10] == 0x20, let t = spreadsheetTime(p, count: n), t.dateLength == 10, t.seconds == 0, !t.fraction { return parse(p, count: 10) }
        guard let t = parseDateTime(p, count: n), t.isMidnightUTC else { return nil }
        return t.day
    }

    /// Parses `YYYY-MM-DD` followed by a time of day (`T` or a space, `hh:mm[:ss[.fff…]]`,
    /// then an optional `Z` or `±hh[:]mm`), whatever the time.
    public static func parseDateTime(_ p: UnsafePointer<UInt8>, count n: Int) -> WrittenDateTime? {
        guard n > 10, p[10] == 0x54 || p[10] == 0x20, let day = parse(p, count: 10) else { return nil }
        var i = 11
        func number(_ k: Int) -> Int? {
            guard i + k <= n else { return nil }
            var v = 0
            for j in 0 ..< k {
                guard p[i + j] >= 0x30 && p[i + j] <= 0x39 else { return nil }
                v = v * 10 + Int(p[i + j] - 0x30)
            }
            i += k
            return v
        }
        guard let hh = number(2), hh <= 23, i < n, p[i] == 0x3A else { return nil }
        i += 1
        guard let mm = number(2), mm <= 59 else { return nil }
        var ss = 0, fraction = false
        if i < n && p[i] == 0x3A {
            i += 1
            guard let s = number(2), s <= 60 else { return nil }
            ss = s
            if i < n && p[i] == 0x2E {
                i += 1
                let s = i
                while i < n && p[i] >= 0x30 && p[i] <= 0x39 { if p[i] != 0x30 { fraction = true }; i += 1 }
                guard i > s else { return nil }
            }
        }
        var offset: Int?
        if i < n && p[i] == 0x5A { i += 1; offset = 0 }
        else if i < n && (p[i] == 0x2B || p[i] == 0x2D) {
            let sign = p[i] == 0x2D ? -1 : 1
            i += 1
            guard let oh = number(2), oh <= 14 else { return nil }
            if i < n && p[i] == 0x3A { i += 1 }
            guard let om = number(2), om <= 59 else { return nil }
            offset = sign * (oh * 60 + om)
        }
        guard i == n else { return nil }
        return WrittenDateTime(day: day, seconds: hh * 3600 + mm * 60 + ss, fraction: fraction, offsetMinutes: offset)
    }

    /// Why a date written with a time of day other than midnight UTC is refused, and what
    /// to do, for a message after the quoted value; nil when the text is not such a date.
    public static func timeOfDayRefusal(_ p: UnsafePointer<UInt8>, count n: Int) -> String? {
        // readers12 (audit11 F10): a spreadsheet's date with a time other than midnight
        // (`5/28/2016 14:30`, `2016-05-28 9:30`), refused as `2016-05-28T14:30:00` is.
        if parseDateTime(p, count: n) == nil, n > 10, let t = spreadsheetTime(p, count: n), t.seconds != 0 || t.fraction,
           slashedParts(p, count: t.dateLength, thisYear: 2000) != nil || (t.dateLength == 10 && parse(p, count: 10) != nil)
            || parseWritten(p, count: t.dateLength) != nil || parseDashedWritten(p, count: t.dateLength, thisYear: 2000) != nil {
            let time = WrittenDateTime(day: CalendarDay(year: 2000, month: 1, day: 1)!, seconds: t.seconds, fraction: t.fraction, offsetMinutes: nil).timeText
            return "carries the time \(time): tally counts days and will not cut a time to its date (a time other than midnight may be "
                + "a local midnight converted to another zone); write the dates as days (YYYY-MM-DD) in the events' time zone"
        }
        guard let t = parseDateTime(p, count: n), !t.isMidnightUTC else { return nil }
        return t.refusal
    }

    /// readers12 (audit11 F10): a date followed by a time as a spreadsheet writes a
    /// date-time cell in a CSV (`2/20/2009 0:00`, `28/05/2016 00:00:00`, `5/28/2016
    /// 12:00:00 AM`, `2009-02-20 0:00`): the length of the date before the space, the
    /// time in seconds after midnight (12 AM is midnight) and whether it has a fraction
    /// other than zero. Nil when the text is not a date of no space and such a time.
    /// readers14: the date may also be written with a month name (`01-Jun-2016 0:00`,
    /// `28 May 2016 00:00`, as a custom date-time format writes it): the time is then
    /// after the date's last space.
    public static func spreadsheetTime(_ p: UnsafePointer<UInt8>, count n: Int) -> (dateLength: Int, seconds: Int, fraction: Bool)? {
        guard n <= 40 else { return nil }
        // The time after the first space that a time follows (a date of words has spaces
        // of its own; not past 20 bytes of date).
        var d = 5
        while d < n && d <= 20 {
            if p[d] == 0x20, let t = timeAfter(p, count: n, date: d) { return t }
            d += 1
        }
        return nil
    }

    private static func timeAfter(_ p: UnsafePointer<UInt8>, count n: Int, date d: Int) -> (dateLength: Int, seconds: Int, fraction: Bool)? {
        guard d >= 5, d <= 20, d < n else { return nil }
        var i = d + 1
        func digits(_ most: Int) -> Int? {
            var v = 0, k = 0
            while k < most && i < n && p[i] >= 0x30 && p[i] <= 0x39 { v = v * 10 + Int(p[i] - 0x30); i += 1; k += 1 }
            return k == 0 ? nil : v
        }
        guard var h = digits(2), i < n, p[i] == 0x3A else { return nil }
        i += 1
        let m0 = i
        guard let m = digits(2), i - m0 == 2, m <= 59 else { return nil }
        var sec = 0, fraction = false
        if i < n && p[i] == 0x3A {
            i += 1
            let s0 = i
            guard let s = digits(2), i - s0 == 2, s <= 59 else { return nil }
            sec = s
            if i < n && p[i] == 0x2E {
                i += 1
                let f0 = i
                while i < n && p[i] >= 0x30 && p[i] <= 0x39 { if p[i] != 0x30 { fraction = true }; i += 1 }
                guard i > f0 else { return nil }
            }
        }
        if i < n {
            if p[i] == 0x20 { i += 1 }
            guard i + 2 == n, p[i + 1] | 0x20 == 0x6D, p[i] | 0x20 == 0x61 || p[i] | 0x20 == 0x70, (1 ... 12).contains(h) else { return nil }
            h = (h % 12) + (p[i] | 0x20 == 0x70 ? 12 : 0)
        }
        guard h <= 23 else { return nil }
        return (d, h * 3600 + m * 60 + sec, fraction)
    }

    /// ``timeOfDayRefusal(_:count:)`` of a string.
    public static func timeOfDayRefusal(_ text: String) -> String? {
        var s = text
        return s.withUTF8 { b in b.baseAddress.flatMap { timeOfDayRefusal($0, count: b.count) } }
    }

    /// `20-April-2018`, `9-May-20`, `09-May-2020`: day, English month name (or its
    /// first three letters), year of four or two digits, joined by `-`. Returns the day
    /// and whether the year had two digits.
    public static func parseDashedWritten(_ p: UnsafePointer<UInt8>, count n: Int, thisYear: Int) -> (CalendarDay, shortYear: Bool)? {
        var i = 0
        var day = 0
        while i < n && i < 2, p[i] >= 0x30 && p[i] <= 0x39 { day = day * 10 + Int(p[i] - 0x30); i += 1 }
        guard i > 0, i < n, p[i] == 0x2D else { return nil }
        i += 1
        let nameStart = i
        while i < n && (p[i] | 0x20) >= 0x61 && (p[i] | 0x20) <= 0x7A { i += 1 }
        guard let month = monthNumber(p + nameStart, count: i - nameStart), i < n, p[i] == 0x2D else { return nil }
        i += 1
        let yearDigits = n - i
        guard yearDigits == 2 || yearDigits == 4 else { return nil }
        var year = 0
        while i < n { guard p[i] >= 0x30 && p[i] <= 0x39 else { return nil }; year = year * 10 + Int(p[i] - 0x30); i += 1 }
        if yearDigits == 2 { year = expandTwoDigitYear(year, thisYear: thisYear) }
        guard let d = CalendarDay(year: year, month: month, day: day) else { return nil }
        return (d, yearDigits == 2)
    }

    private static let monthNames: [[UInt8]] = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ].map { Array($0.utf8) }

    /// 1-12 for an English month name or its first three letters (`Sept` too), any case.
    static func monthNumber(_ p: UnsafePointer<UInt8>, count n: Int) -> Int? {
        guard n >= 3 else { return nil }
        for (m, full) in monthNames.enumerated() where n == 3 || n == full.count || (m == 8 && n == 4) {
            var same = true
            for k in 0 ..< n where p[k] | 0x20 != full[k] { same = false; break }
            if same { return m + 1 }
        }
        return nil
    }

    /// The two numbers and year of `28/05/2016`, `5/28/16` (one or two digits each,
    /// a year of four or two digits).
    static func slashedParts(_ p: UnsafePointer<UInt8>, count whole: Int, thisYear: Int) -> (Int, Int, Int)? {
        // readers12 (audit11 F10): Excel's CSV of a date-time column at midnight
        // (`2/20/2009 0:00`, `28/05/2016 00:00`, `5/28/2016 12:00:00 AM`) is the date.
        var n = whole
        if n > 10, let t = spreadsheetTime(p, count: n), t.seconds == 0, !t.fraction { n = t.dateLength }
        // `dd/mm/yyyy` is at most 10 bytes: a longer field is no such date, and a run of
        // digits past Int's range must not be multiplied (300,000 digits trapped).
        guard n >= 5, n <= 10 else { return nil }
        var parts = [0, 0, 0]
        var lengths = [0, 0, 0]
        var k = 0
        for i in 0 ..< n {
            let b = p[i]
            if b == 0x2F {
                k += 1
                if k > 2 { return nil }
            } else if b >= 0x30 && b <= 0x39 {
                parts[k] = parts[k] * 10 + Int(b - 0x30)
                lengths[k] += 1
            } else {
                return nil
            }
        }
        guard k == 2, (1 ... 2).contains(lengths[0]), (1 ... 2).contains(lengths[1]),
              lengths[2] == 4 || lengths[2] == 2 else { return nil }
        return (parts[0], parts[1], lengths[2] == 2 ? expandTwoDigitYear(parts[2], thisYear: thisYear) : parts[2])
    }

    /// What a slashed date's numbers allow about the day/month order.
    public static func slashedEvidence(_ p: UnsafePointer<UInt8>, count n: Int, thisYear: Int) -> SlashedEvidence {
        guard let (a, b, y) = slashedParts(p, count: n, thisYear: thisYear) else { return .notSlashed }
        let dayFirst = CalendarDay(year: y, month: b, day: a) != nil
        let monthFirst = CalendarDay(year: y, month: a, day: b) != nil
        switch (dayFirst, monthFirst) {
        case (true, true): return a == b ? .sameEitherWay : .ambiguous
        case (true, false): return .dayFirst
        case (false, true): return .monthFirst
        case (false, false): return .invalid
        }
    }

    /// A slashed date read in a known order.
    public static func parseSlashed(_ p: UnsafePointer<UInt8>, count n: Int, order: DayMonthOrder, thisYear: Int) -> CalendarDay? {
        guard let (a, b, y) = slashedParts(p, count: n, thisYear: thisYear) else { return nil }
        return order == .dmy ? CalendarDay(year: y, month: b, day: a) : CalendarDay(year: y, month: a, day: b)
    }

    /// Any of the forms in ``DateForm``; slashed dates need `order` (nil: refused).
    /// Returns the day and the form it was written in. `thisYear` places two-digit
    /// years (``expandTwoDigitYear(_:thisYear:)``).
    public static func parseAnyForm(_ p: UnsafePointer<UInt8>, count n: Int, order: DayMonthOrder?, thisYear: Int) -> (CalendarDay, DateForm)? {
        if let d = parse(p, count: n) { return (d, .iso) }
        if n > 10, let d = parseWithTime(p, count: n) { return (d, .isoWithTime) }
        if let d = parseWritten(p, count: n) { return (d, .written) }
        if let (d, short) = parseDashedWritten(p, count: n, thisYear: thisYear) { return (d, short ? .writtenShortYear : .written) }
        // readers14 (issue 11): a date with a month name at midnight (`01-Jun-2016 0:00`,
        // `28 May 2016 00:00`) is the date, as `5/28/2016 0:00` and `2016-05-28 0:00` are;
        // it was "not a valid date". Any other time is refused (``timeOfDayRefusal``).
        if n > 10, let t = spreadsheetTime(p, count: n), t.seconds == 0, !t.fraction {
            if let d = parseWritten(p, count: t.dateLength) { return (d, .written) }
            if let (d, short) = parseDashedWritten(p, count: t.dateLength, thisYear: thisYear) { return (d, short ? .writtenShortYear : .written) }
        }
        if let order, let d = parseSlashed(p, count: n, order: order, thisYear: thisYear) { return (d, order == .dmy ? .dayMonthYear : .monthDayYear) }
        return nil
    }
}

/// A day written with a time of day (`2009-02-28T23:00:00.000Z`), as written.
public struct WrittenDateTime: Sendable, Equatable {
    /// The day as written (before any zone).
    public var day: CalendarDay
    /// Seconds after midnight (`23:00:00` is 82,800).
    public var seconds: Int
    /// Whether a fraction of a second is written and not zero.
    public var fraction: Bool
    /// The zone offset in minutes: nil when none is written, 0 for `Z` or `+00:00`.
    public var offsetMinutes: Int?

    /// Midnight, with no zone or UTC's: the day is the one written, whoever wrote it.
    public var isMidnightUTC: Bool { seconds == 0 && !fraction && (offsetMinutes ?? 0) == 0 }

    /// The last minute of the day (`23:59`, `23:59:59`, `23:59:59.999`) with no zone or
    /// UTC's: the end of the day written, as period ends are written.
    public var isEndOfDay: Bool { seconds >= 23 * 3600 + 59 * 60 && (offsetMinutes ?? 0) == 0 }

    /// The time as `hh:mm` (`hh:mm:ss` when the seconds are not zero).
    public var timeText: String {
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60
        return two(h) + ":" + two(m) + (s != 0 || fraction ? ":" + two(s) + (fraction ? ".…" : "") : "")
    }

    /// Why tally does not take the written day of this date-time, and what to do.
    public var refusal: String {
        let toDays = "; write the dates as days (YYYY-MM-DD) in the events' time zone"
        if let o = offsetMinutes, o != 0 {
            let a = abs(o)
            let zone = (o < 0 ? "−" : "+") + (a % 60 == 0 ? "\(a / 60)" : "\(a / 60):\(a % 60 < 10 ? "0" : "")\(a % 60)")
            return "carries a time in UTC\(zone) (\(timeText)): tally counts days and cannot tell whether the day meant is the one written or UTC's" + toDays
        }
        var why = "carries the time \(timeText)\(offsetMinutes == 0 ? " UTC" : ""): tally counts days and will not cut a time to its date"
        // A whole hour on a day-only schema is as likely a midnight moved by a time zone.
        if seconds % 3600 == 0 && !fraction {
            let h = seconds / 3600
            why += h >= 12 ? "; if it is a local midnight converted to UTC, the day is \(day.adding(days: 1)) (UTC+\(24 - h))"
                : "; if it is a local midnight converted to UTC, the day is \(day) (UTC−\(h))"
        }
        return why + toDays
    }
}

/// Counts of rows by the form their date was written in.
public struct DateFormCounts: Sendable, Equatable {
    public var counts: [Int] = Array(repeating: 0, count: DateForm.allCases.count)
    public init() {}
    /// Inlined into the readers, which call it for every row (issue 9).
    @inlinable @inline(__always)
    public mutating func add(_ f: DateForm, _ n: Int = 1) { counts[f.rawValue] += n }
    public mutating func add(_ o: DateFormCounts) { for i in counts.indices { counts[i] += o.counts[i] } }
    public func count(_ f: DateForm) -> Int { counts[f.rawValue] }
    /// The forms seen, in ``DateForm`` order.
    public var seen: [DateForm] { DateForm.allCases.filter { counts[$0.rawValue] > 0 } }
}

/// The span of dates taken as plausible: outside it a date is a data error (a
/// placeholder like `9999-12-31`, a typo like year `0025`), so one row can never
/// stretch a chart or decide which period is the latest.
public struct PlausibleDates: Sendable, Equatable, CustomStringConvertible {
    public var first: CalendarDay
    public var last: CalendarDay
    /// Whether the placeholder days (``placeholders``) are refused inside the span: so
    /// for the default span, and for a `--date-range` that keeps the default's lower end
    /// (`..2100`); a range whose lower end the user gives (`1900..`, `any`) says the
    /// dates in it are meant.
    public var refusesPlaceholders = false

    public init(first: CalendarDay, last: CalendarDay) {
        self.first = first
        self.last = last
    }

    /// Days that exports write for "date unknown" and that lie inside the default span:
    /// 1900-01-01 (Excel's first day, a date cell left at zero), 1904-01-01 (the same in
    /// Excel for Mac's 1904 date system) and 1970-01-01 (Unix time 0). One of them would
    /// stretch a timeline back to 1900 or 1970 silently.
    public static let placeholders: [CalendarDay] = [CalendarDay(year: 1900, month: 1, day: 1)!, CalendarDay(year: 1904, month: 1, day: 1)!,
                                                     CalendarDay(year: 1970, month: 1, day: 1)!]

    /// Whether `d` is a placeholder this span refuses. Asked of every row's dates: the
    /// three days as day numbers (``placeholders``; a test pins them equal), inlined
    /// into the readers (issue 9: the array behind a lazy global cost ~16 instructions a row).
    @inlinable @inline(__always)
    public func isPlaceholder(_ d: CalendarDay) -> Bool {
        let n = d.daysSinceEpoch
        return refusesPlaceholders && (n == -25_567 || n == -24_107 || n == 0)
    }

    /// Every date tally can represent (years 1-9999).
    public static let any = PlausibleDates(first: CalendarDay(year: 1, month: 1, day: 1)!,
                                           last: CalendarDay(year: 9999, month: 12, day: 31)!)

    /// The default span: 1900-01-01 to the day after `today`.
    public static func standard(today: CalendarDay) -> PlausibleDates {
        var p = PlausibleDates(first: CalendarDay(year: 1900, month: 1, day: 1)!, last: today.adding(days: 1))
        p.refusesPlaceholders = true
        return p
    }

    @inline(__always)
    public func contains(_ d: CalendarDay) -> Bool { !(d < first) && !(last < d) }

    public var description: String { "\(first)..\(last)" }

    /// Parses `--date-range`: `any`, or `A..B` where each end is a year (`1800`) or a
    /// day (`1800-01-01`); an empty end keeps the default's (`..2100`, `1800..`).
    public static func parse(_ text: String, default d: PlausibleDates) -> PlausibleDates? {
        let t = text.trimmingCharacters(in: " ")
        if t.lowercased() == "any" || t.lowercased() == "all" { return .any }
        let u = Array(t.utf8)
        guard let dots = (0 ..< max(0, u.count - 1)).first(where: { u[$0] == 0x2E && u[$0 + 1] == 0x2E }) else { return nil }
        let a = String(decoding: u[..<dots], as: UTF8.self), b = String(decoding: u[(dots + 2)...], as: UTF8.self)
        func end(_ s: String, first: Bool, fallback: CalendarDay) -> CalendarDay? {
            if s.isEmpty { return fallback }
            if s.count <= 4, let y = Int(s), y >= 1, y <= 9999 {
                return first ? CalendarDay(year: y, month: 1, day: 1) : CalendarDay(year: y, month: 12, day: 31)
            }
            return CalendarDay(s)
        }
        guard let f = end(a, first: true, fallback: d.first), let l = end(b, first: false, fallback: d.last), !(l < f) else {
            return nil
        }
        var p = PlausibleDates(first: f, last: l)
        // Widening only the upper end (`..2100`) does not say a placeholder day is meant.
        p.refusesPlaceholders = a.isEmpty && d.refusesPlaceholders
        return p
    }
}

private extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s.removeFirst() }
        while s.last == set { s.removeLast() }
        return String(s)
    }
}
