/// The calendar unit results are bucketed by (SPEC §3).
public enum PeriodKind: String, CaseIterable, Sendable {
    case day, week, month, quarter, year, all

    /// The bucket a day falls into, as an integer whose numeric order is the order of
    /// the labels; aggregation keys on this number and only the output formats it.
    @inlinable
    public func key(_ day: CalendarDay) -> Int32 {
        switch self {
        case .day: return day.daysSinceEpoch
        case .all: return 0
        case .week:
            let w = day.isoWeek
            return Int32(w.year * 64 + w.week)
        case .month, .quarter, .year:
            let c = day.components
            switch self {
            case .month: return Int32(c.year * 12 + c.month - 1)
            case .quarter: return Int32(c.year * 4 + (c.month - 1) / 3)
            default: return Int32(c.year)
            }
        }
    }

    /// The period's label: `2023-04-03`, `2023-W14`, `2023-04`, `2023-Q2`, `2023`, `all`.
    public func label(_ key: Int32) -> String {
        let k = Int(key)
        switch self {
        case .day: return CalendarDay(daysSinceEpoch: key).description
        case .week: return pad(k / 64, 4) + "-W" + pad(k % 64, 2)
        case .month: return pad(k / 12, 4) + "-" + pad(k % 12 + 1, 2)
        case .quarter: return pad(k / 4, 4) + "-Q" + String(k % 4 + 1)
        case .year: return pad(k, 4)
        case .all: return "all"
        }
    }

    /// The first day of the period with this key; used by charts to place periods on a
    /// time axis and by reports to find the previous period.
    public func firstDay(_ key: Int32) -> CalendarDay {
        // Computed without CalendarDay's 1...9999 check: the period after 9999-12 (which
        // `lastDay` needs for December 9999) starts in year 10000 and must not trap.
        func civil(_ y: Int, _ m: Int, _ d: Int) -> CalendarDay {
            CalendarDay(daysSinceEpoch: Int32(CalendarDay.daysFromCivil(y, m, d)))
        }
        let k = Int(key)
        switch self {
        case .day: return CalendarDay(daysSinceEpoch: key)
        case .week:
            let jan4 = civil(k / 64, 1, 4)
            return jan4.adding(days: -(jan4.isoWeekday - 1) + (k % 64 - 1) * 7)
        case .month: return civil(k / 12, k % 12 + 1, 1)
        case .quarter: return civil(k / 4, (k % 4) * 3 + 1, 1)
        case .year: return civil(k, 1, 1)
        case .all: return CalendarDay(daysSinceEpoch: 0)
        }
    }

    /// Parses a label back to its key (`2023-04` for months, …): how users name a
    /// period on the command line and in report specs.
    public func parseLabel(_ text: String) -> Int32? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        switch self {
        case .all: return text == "all" ? 0 : nil
        case .day: return CalendarDay(text).map { $0.daysSinceEpoch }
        case .year:
            guard parts.count == 1, text.count == 4, let y = Int(text), y >= 1 else { return nil }
            return Int32(y)
        case .month:
            guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
                  let y = Int(parts[0]), let m = Int(parts[1]), y >= 1, (1...12).contains(m) else { return nil }
            return Int32(y * 12 + m - 1)
        case .quarter:
            guard parts.count == 2, parts[0].count == 4, let y = Int(parts[0]), y >= 1,
                  parts[1].count == 2, parts[1].first == "Q", let q = Int(parts[1].dropFirst()),
                  (1...4).contains(q) else { return nil }
            return Int32(y * 4 + q - 1)
        case .week:
            guard parts.count == 2, parts[0].count == 4, let y = Int(parts[0]), y >= 1,
                  parts[1].count == 3, parts[1].first == "W", let w = Int(parts[1].dropFirst()),
                  (1...53).contains(w) else { return nil }
            // Week 53 exists only in years whose Dec 28 falls in it.
            if w == 53, CalendarDay(year: y, month: 12, day: 28)!.isoWeek.week != 53 { return nil }
            return Int32(y * 64 + w)
        }
    }

    /// The key of the period after `key`: adding the longest length of one period to
    /// its first day always lands inside the next one.
    public func successor(_ key: Int32) -> Int32 {
        let days: Int = switch self {
        case .day: 1
        case .week: 7
        case .month: 31
        case .quarter: 92
        case .year: 366
        case .all: 0
        }
        return self == .all ? key + 1 : self.key(firstDay(key).adding(days: days))
    }

    /// The last day of the period with this key (the day before the next period
    /// starts); `.all` has no last day of its own and answers its first.
    public func lastDay(_ key: Int32) -> CalendarDay {
        self == .all ? firstDay(key) : firstDay(successor(key)).adding(days: -1)
    }

    /// The kind and the first and last day of the period a label names, whatever its
    /// kind (`2023-04-03`, `2023-W14`, `2023-04`, `2023-Q2`, `2023`).
    public static func span(ofLabel label: String) -> (kind: PeriodKind, first: CalendarDay, last: CalendarDay)? {
        for kind in [PeriodKind.day, .week, .month, .quarter, .year] {
            if let key = kind.parseLabel(label) {
                return (kind, kind.firstDay(key), kind.lastDay(key))
            }
        }
        return nil
    }
}
