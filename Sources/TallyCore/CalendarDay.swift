/// A proleptic Gregorian calendar date stored as days since 1970-01-01.
///
/// Event files hold millions of dates; keeping them as one integer makes period
/// bucketing, comparisons and filters arithmetic instead of calendar look-ups, and
/// avoids Foundation's time-zone-dependent `Date` entirely (a day is a day, wherever
/// the report is run).
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let daysSinceEpoch: Int32

    public init(daysSinceEpoch: Int32) { self.daysSinceEpoch = daysSinceEpoch }

    /// `nil` for impossible dates (2023-02-30, month 13, year 0).
    /// Inlined into ``parse(_:count:)``, the reader's every date (issue 9, stop 54: called,
    /// with the month's length worked out for every day, it cost 22 M instructions and
    /// 1.2 M mispredicted branches more over 1M rows than c26f610's inlined checks).
    @inline(__always)
    public init?(year: Int, month: Int, day: Int) {
        // The month's length (and the leap-year rule) only for a 29th or later.
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= 28 || day <= CalendarDay.daysIn(month: month, year: year) else { return nil }
        daysSinceEpoch = CalendarDay.daysFromCivil(positiveYear: year, month, day)
    }

    /// Parses exactly `YYYY-MM-DD` from bytes; anything else (other lengths,
    /// separators, impossible dates) is `nil`. The byte form is what the CSV hot path
    /// calls, with no `String` allocated per row.
    @inlinable
    public static func parse(_ p: UnsafePointer<UInt8>, count: Int) -> CalendarDay? {
        guard count == 10 else { return nil }
        // The ten bytes as two words, checked and read in place (issue 9, stop 53: a cache
        // of dates seen lately cost a cache miss and a mispredicted branch a row, more
        // than reading the date again; digit by digit it was ~80 instructions).
        let raw = UnsafeRawPointer(p)
        let head = raw.loadUnaligned(as: UInt64.self).littleEndian
        let tail = UInt64(raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self).littleEndian)
        // `-` at bytes 4 and 7; the other bytes 0x30…0x39: high nibble 3, and still 3
        // with 6 added (no byte carries into the next: a high nibble of 3 is below 0x40).
        let dashes: UInt64 = 0xFF00_00FF_0000_0000
        guard head & dashes == 0x2D00_002D_0000_0000 else { return nil }
        let digits = head & ~dashes
        let highs: UInt64 = 0x00F0_F000_F0F0_F0F0, threes: UInt64 = 0x0030_3000_3030_3030
        guard digits & highs == threes, (digits &+ 0x0006_0600_0606_0606) & highs == threes,
              tail & 0xF0F0 == 0x3030, (tail &+ 0x0606) & 0xF0F0 == 0x3030 else { return nil }
        let d = digits &- threes, t = tail &- 0x3030
        @inline(__always) func byte(_ i: UInt64) -> Int { Int(truncatingIfNeeded: (d >> (i * 8)) & 0xFF) }
        let year = byte(0) * 1000 + byte(1) * 100 + byte(2) * 10 + byte(3)
        let month = byte(5) * 10 + byte(6)
        let day = Int(truncatingIfNeeded: t & 0xFF) * 10 + Int(truncatingIfNeeded: t >> 8)
        return CalendarDay(year: year, month: month, day: day)
    }

    /// ``daysFromCivil(_:_:_:)`` for years 1 to 9999 in unsigned arithmetic: its signed
    /// divisions by 400, 100 and 4 (for years before 0) cost ~90 instructions a date, read
    /// on every row (issue 9, stop 53). Days from 0000-03-01 (a year from March, so the
    /// leap day ends it), less those to 1970-01-01.
    @usableFromInline @inline(__always)
    static func daysFromCivil(positiveYear y0: Int, _ m: Int, _ d: Int) -> Int32 {
        let y = UInt32(truncatingIfNeeded: m <= 2 ? y0 - 1 : y0)
        let fromMarch = UInt32(truncatingIfNeeded: m > 2 ? m - 3 : m + 9)
        let dayOfYear = (153 * fromMarch + 2) / 5 + UInt32(truncatingIfNeeded: d) - 1
        let days = y * 365 + y / 4 - y / 100 + y / 400 + dayOfYear
        return Int32(bitPattern: days) - 719_468
    }

    public init?(_ text: String) {
        var t = text
        guard let d = t.withUTF8({ CalendarDay.parse($0.baseAddress!, count: $0.count) }) else { return nil }
        self = d
    }

    public var components: (year: Int, month: Int, day: Int) {
        CalendarDay.civilFromDays(Int(daysSinceEpoch))
    }

    /// ISO 8601 day of the week, Monday = 1 … Sunday = 7.
    public var isoWeekday: Int {
        // 1970-01-01 was a Thursday (4).
        let r = (Int(daysSinceEpoch) + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }

    /// ISO 8601 week-numbering year and week: the week belongs to the year that holds
    /// its Thursday, so 2021-01-03 is in 2020-W53.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = Int(daysSinceEpoch) - isoWeekday + 4
        let year = CalendarDay.civilFromDays(thursday).year
        let jan1 = CalendarDay.daysFromCivil(year, 1, 1)
        return (year, (thursday - jan1) / 7 + 1)
    }

    public var description: String {
        let (y, m, d) = components
        return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }

    /// The date a spreadsheet means by a number in a date cell that lost its date format
    /// (Excel's and LibreOffice's serial: days since 30 December 1899, `44931` for
    /// 5 January 2023, a fraction for the time of day), when it falls between 1950 and 2100;
    /// nil for any other text. Only for messages (review46 N-a): a number is never read as
    /// a date, as a column of counts holds such numbers too.
    public static func spreadsheetSerial(_ text: String) -> CalendarDay? {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        guard whole.count == 5, whole.utf8.allSatisfy({ (0x30 ... 0x39).contains($0) }),
              parts.count == 1 || (!parts[1].isEmpty && parts[1].utf8.allSatisfy { (0x30 ... 0x39).contains($0) }),
              let n = Int(whole), let epoch = CalendarDay(year: 1899, month: 12, day: 30) else { return nil }
        let day = epoch.adding(days: n)
        return (1950 ... 2100).contains(day.components.year) ? day : nil
    }

    /// readers19 (issue 11): a spreadsheet's date number as it may be written past a
    /// spreadsheet: plain (`44355`), with a thousands separator (`44,355`, `44.355`,
    /// `44 355`, a no-break or narrow no-break space, `44'355`; a date cell formatted as a
    /// number, `#,##0`, then saved as text), or after Excel's text mark (`'44355`, a cell
    /// typed as text); `plain`, the number as ``spreadsheetSerial`` reads it. Nil for any
    /// other text. Only for messages and for telling records from notes: never read as a
    /// date (a count may be such a number too).
    public static func spreadsheetSerialDressed(_ text: String) -> (day: CalendarDay, plain: String, grouped: Bool, marked: Bool)? {
        var t = Substring(text).drop(while: { $0 == " " || $0 == "\t" })
        while let last = t.last, last == " " || last == "\t" { t = t.dropLast() }
        let marked = t.hasPrefix("'")
        if marked { t = t.dropFirst() }
        if let day = spreadsheetSerial(String(t)) { return (day, String(t), false, marked) }
        // Two digits, one separator, three digits, and an optional fraction.
        let chars = Array(t)
        guard chars.count >= 6, chars[0].isASCII, chars[0].isNumber, chars[1].isASCII, chars[1].isNumber,
              [",", ".", " ", "\u{00A0}", "\u{202F}", "'", "\u{2019}"].contains(chars[2]),
              chars[3 ..< 6].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var plain = String(chars[0 ..< 2]) + String(chars[3 ..< 6])
        if chars.count > 6 {
            // The decimal mark is the other one: `44,355.5`, `44.355,5`.
            guard chars[6] != chars[2], chars[6] == "." || chars[6] == ",", chars.count > 7,
                  chars[7...].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            plain += "." + String(chars[7...])
        }
        return spreadsheetSerial(plain).map { ($0, plain, true, marked) }
    }

    /// readers19 (issue 11): the day a workbook's date number means, `day` being its
    /// reading in the 1900 system, said in the workbook's own system (`date1904`: its
    /// `<workbookPr date1904="1"/>`, the 1904 system of older Excel for Mac, which counts
    /// from 1 January 1904: 1,462 days later, review48 F11).
    public static func spreadsheetSerialDay(_ day: CalendarDay, date1904: Bool) -> String {
        date1904 ? "\(day.adding(days: 1462)) in the 1904 date system, this workbook's"
            : "\(day) in the 1900 date system, this workbook's"
    }

    /// What a message adds after a date it could not read that is a spreadsheet's serial.
    /// readers19 (issue 11): `date1904` is the workbook's own date system when the text
    /// is a workbook's cell (false: the 1900 system, Excel's default; true: the 1904
    /// system of older Excel for Mac), nil for a CSV, whose system cannot be known (both
    /// are said). A serial written with a thousands separator or after Excel's text mark
    /// `'` is said as such; a date in a form tally reads after that mark (`'2021-06-08`)
    /// is said to be one, the mark to remove.
    public static func spreadsheetSerialAdvice(_ text: String, date1904: Bool? = nil) -> String {
        guard let found = spreadsheetSerialDressed(text) else {
            var t = Substring(text).drop(while: { $0 == " " || $0 == "\t" })
            while let last = t.last, last == " " || last == "\t" { t = t.dropLast() }
            guard t.hasPrefix("'"), t.count > 1 else { return "" }
            var rest = Array(t.dropFirst().utf8)
            let isDate = rest.withUnsafeMutableBufferPointer { b -> Bool in
                guard let p = b.baseAddress else { return false }
                if CalendarDay.parseAnyForm(p, count: b.count, order: nil, thisYear: 2000) != nil { return true }
                switch CalendarDay.slashedEvidence(p, count: b.count, thisYear: 2000) {
                case .ambiguous, .dayFirst, .monthFirst, .sameEitherWay: return true
                case .notSlashed, .invalid: return false
                }
            }
            guard isDate else { return "" }
            return "; the ' in front is Excel's mark for a cell kept as text, not part of the date: remove it (Find and Replace ' "
                + "in the column) and save again"
        }
        let day = found.day, mac = day.adding(days: 1462)
        guard found.grouped || found.marked else {
            let systems = date1904.map { spreadsheetSerialDay(day, date1904: $0) }
                ?? "\(day) in the 1900 date system of Excel and LibreOffice, \(mac) in a workbook of the 1904 system"
            return "; it looks like a spreadsheet's date number (\(systems)), a date cell that lost its date format: format the column as dates (Format Cells > Date) "
                + "and save again, or write the dates as YYYY-MM-DD"
        }
        // Short: an ACLED message quotes its four date forms before this, within 400 bytes.
        let systems = date1904.map { spreadsheetSerialDay(day, date1904: $0) } ?? "\(day) in Excel's 1900 date system, \(mac) in its 1904 system"
        return "; it looks like a spreadsheet's date number, \(found.plain), \(serialDress(grouped: found.grouped, marked: found.marked)) (\(systems)): "
            + "format the column as dates (Format Cells > Date) and save again, or write YYYY-MM-DD"
    }

    /// readers19 (issue 11): how a date number was written, when not plain, for messages.
    public static func serialDress(grouped: Bool, marked: Bool) -> String {
        grouped && marked ? "with a thousands separator after Excel's text mark '" : grouped ? "with a thousands separator" : marked ? "after Excel's text mark '" : ""
    }

    public func adding(days: Int) -> CalendarDay { CalendarDay(daysSinceEpoch: daysSinceEpoch + Int32(days)) }

    @usableFromInline
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    // Howard Hinnant's days_from_civil / civil_from_days (public-domain algorithms).
    @usableFromInline
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civilFromDays(_ z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

@usableFromInline
func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
