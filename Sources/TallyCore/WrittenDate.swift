extension CalendarDay {
    private static let monthNames: [[UInt8]] = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ].map { Array($0.utf8) }

    /// Parses `03 April 2023` or `3 Apr 2023` (English month names or their first three
    /// letters, any case), the form ACLED's export tool writes `event_date` in; `nil`
    /// for anything else, including impossible dates.
    public static func parseWritten(_ p: UnsafePointer<UInt8>, count n: Int) -> CalendarDay? {
        var i = 0
        var day = 0
        while i < n && i < 2, let d = digit(p[i]) { day = day * 10 + d; i += 1 }
        guard i > 0, i < n, p[i] == 0x20 else { return nil }
        i += 1
        let nameStart = i
        while i < n && isLetter(p[i]) { i += 1 }
        let nameLength = i - nameStart
        guard nameLength >= 3, i < n, p[i] == 0x20 else { return nil }
        i += 1
        var month = 0
        for (m, full) in monthNames.enumerated() where nameLength == 3 || nameLength == full.count {
            var same = true
            for k in 0 ..< nameLength where p[nameStart + k] | 0x20 != full[k] { same = false; break }
            if same { month = m + 1; break }
        }
        guard month > 0, n - i == 4 else { return nil }
        var year = 0
        while i < n { guard let d = digit(p[i]) else { return nil }; year = year * 10 + d; i += 1 }
        return CalendarDay(year: year, month: month, day: day)
    }

    @inline(__always)
    private static func digit(_ b: UInt8) -> Int? { b >= 0x30 && b <= 0x39 ? Int(b - 0x30) : nil }

    @inline(__always)
    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
}
