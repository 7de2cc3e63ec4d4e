import Testing
@testable import TallyCore

/// `CalendarDay.parse` reads `YYYY-MM-DD` as two words (issue 9, stop 53). Pinned
/// against a plain reading, byte by byte, of every day of years 1 to 9999 and of every
/// byte in every place of a date, so the word arithmetic accepts exactly what the
/// digit-by-digit reader did.
@Suite struct CalendarDayParseTests {
    /// The reading the word form replaced: digits and dashes one by one.
    static func plain(_ b: [UInt8]) -> CalendarDay? {
        guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else { return nil }
        var n: [Int] = []
        for i in [0, 1, 2, 3, 5, 6, 8, 9] {
            guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
            n.append(Int(b[i]) - 0x30)
        }
        return CalendarDay(year: n[0] * 1000 + n[1] * 100 + n[2] * 10 + n[3], month: n[4] * 10 + n[5], day: n[6] * 10 + n[7])
    }

    static func parse(_ b: [UInt8]) -> CalendarDay? {
        b.withUnsafeBufferPointer { CalendarDay.parse($0.baseAddress!, count: $0.count) }
    }

    @Test func everyDayOfEveryYearReadsAsItsComponentsSay() {
        func pad(_ n: Int, _ w: Int) -> String { String(repeating: "0", count: max(0, w - String(n).count)) + String(n) }
        var checked = 0, read = 0, wrong: [String] = []
        for year in 1 ... 9999 where year < 2200 || year % 97 == 0 || year == 9999 {
            for month in 0 ... 13 {
                for day in 0 ... 32 {
                    let text = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
                    let got = Self.parse(Array(text.utf8))
                    checked += 1
                    if got != CalendarDay(year: year, month: month, day: day) { wrong.append(text); continue }
                    guard let got else { continue }
                    read += 1
                    let c = got.components
                    if c.year != year || c.month != month || c.day != day || got.description != text { wrong.append(text) }
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
        #expect(checked > 1_000_000)
        // 2,199 years and 80 more, each of 365 or 366 days.
        #expect(read > 800_000)
    }

    @Test func unsignedDaysAgreeWithTheSignedFormulaInEveryYear() {
        var wrong: [String] = []
        for year in 1 ... 9999 {
            for (month, day) in [(1, 1), (2, 28), (3, 1), (12, 31)] where
                Int(CalendarDay.daysFromCivil(positiveYear: year, month, day)) != CalendarDay.daysFromCivil(year, month, day) {
                wrong.append("\(year)-\(month)-\(day)")
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
    }

    @Test func knownDays() {
        #expect(Self.parse(Array("1970-01-01".utf8))?.daysSinceEpoch == 0)
        #expect(Self.parse(Array("2024-02-29".utf8))?.daysSinceEpoch == 19_782)
        #expect(Self.parse(Array("2023-02-29".utf8)) == nil)
        #expect(Self.parse(Array("1900-02-29".utf8)) == nil)
        #expect(Self.parse(Array("2000-02-29".utf8)) != nil)
        #expect(Self.parse(Array("0000-01-01".utf8)) == nil)
        #expect(Self.parse(Array("9999-12-31".utf8)) != nil)
    }

    @Test func everyByteInEveryPlaceAgreesWithTheDigitByDigitReading() {
        for base in ["2016-05-28", "1999-12-31", "2024-02-29", "0001-01-01", "9999-09-09"] {
            let bytes = Array(base.utf8)
            var wrong: [String] = []
            for i in 0 ..< 10 {
                for v in 0 ... 255 {
                    var b = bytes
                    b[i] = UInt8(v)
                    if Self.parse(b) != Self.plain(b) { wrong.append("\(base) with byte \(v) at \(i)") }
                }
            }
            // Two bytes changed at once, where a carry between neighbours could hide one.
            for i in 0 ..< 9 {
                for v in 0 ... 255 {
                    for w: UInt8 in [0x00, 0x2D, 0x2F, 0x30, 0x35, 0x39, 0x3A, 0x3F, 0x40, 0x7F, 0x80, 0xC9, 0xF0, 0xFA, 0xFF] {
                        var b = bytes
                        b[i] = UInt8(v)
                        b[i + 1] = w
                        if Self.parse(b) != Self.plain(b) { wrong.append("\(base) with \(v), \(w) at \(i)") }
                    }
                }
            }
            #expect(wrong.isEmpty, "\(wrong.prefix(10))")
        }
    }

    @Test func otherLengthsAreNotRead() {
        for text in ["2016-05-2", "2016-05-288", "", "2016-5-28", " 2016-05-28"] {
            #expect(Self.parse(Array(text.utf8)) == nil, "\(text)")
        }
    }
}
