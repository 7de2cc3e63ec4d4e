/// The date-span rule for flows (docs/aggregation.md, "Events dated only to a span").
///
/// An event known only to a span of days (`date_start`..`date_end`, or the week, month,
/// quarter or year its precision code names) is counted in the period of its start date
/// only when the span is no longer than the longest period of the kind asked for. A
/// longer one cannot be placed in any one of those periods without inventing a date, so
/// it goes to a row of its own whose period is the ISO 8601 interval of the periods it
/// spans (`2016-01/2016-12`): every figure stays in the output, and none is piled into
/// the first day of its span.
extension PeriodKind {
    /// Days in the longest period of this kind: day 1, week 7, month 31, quarter 92,
    /// year 366; `nil` for `all`, which holds every span.
    public var longestPeriodDays: Int32? {
        switch self {
        case .day: 1
        case .week: 7
        case .month: 31
        case .quarter: 92
        case .year: 366
        case .all: nil
        }
    }

    /// Whether an event spanning `first`...`last` (inclusive) fits in one period of
    /// this kind by the date-span rule.
    @inline(__always)
    public func holds(spanFrom first: CalendarDay, to last: CalendarDay) -> Bool {
        guard let longest = longestPeriodDays else { return true }
        return last.daysSinceEpoch &- first.daysSinceEpoch < longest
    }

    /// The ISO 8601 interval of the periods `first`…`last` (keys of this kind):
    /// `2016-01/2016-12`, `2023-W12/2023-W14`, `2023-03-25/2023-04-08`, `2016/2017`.
    /// Labels of one kind sort like their keys, and an interval sorts right after the
    /// period it starts in, so output sorted by period label stays in time order.
    public func intervalLabel(_ first: Int32, _ last: Int32) -> String {
        first == last ? label(first) : label(first) + "/" + label(last)
    }

    /// Parses a label of any kind (`2023-04`, `2023-W14`, `2023-Q2`, `2023`,
    /// `2023-04-03`) or an ISO 8601 interval of two labels of one kind
    /// (`2016-01/2016-12`) into the first and last day it covers; `nil` for anything
    /// else, including `all`, which names no dates.
    public static func days(ofLabel text: String) -> (first: CalendarDay, last: CalendarDay)? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        for kind in [PeriodKind.day, .week, .month, .quarter, .year] {
            guard let a = kind.parseLabel(String(parts[0])) else { continue }
            let b: Int32
            if parts.count == 2 {
                guard let k = kind.parseLabel(String(parts[1])), k > a else { return nil }
                b = k
            } else {
                b = a
            }
            return (kind.firstDay(a), kind.lastDay(b))
        }
        return nil
    }
}

extension DatePrecision {
    /// The span a date known only this well may fall in: its whole ISO week, month,
    /// quarter or year; the day itself for `.day`. Used when a record gives a
    /// precision but no `date_end` of its own ("2016-01-01, known to the year" is any
    /// day of 2016, not the first of January).
    public func span(of day: CalendarDay) -> (first: CalendarDay, last: CalendarDay) {
        let kind: PeriodKind
        switch self {
        case .day: return (day, day)
        case .week: kind = .week
        case .month: kind = .month
        case .quarter: kind = .quarter
        case .year: kind = .year
        }
        let k = kind.key(day)
        return (kind.firstDay(k), kind.lastDay(k))
    }
}
