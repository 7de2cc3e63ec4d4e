import TallyCore

/// A calendar step between date ticks.
public enum DateStep: Equatable, Sendable, CustomStringConvertible {
    case days(Int)
    case weeks(Int)
    case months(Int)
    case years(Int)

    /// Finest first; the first that fits wins. Months come in divisors of 12 and years
    /// in 1-2-5 steps so ticks land on the same dates whatever the data range.
    public static let candidates: [DateStep] = [
        .days(1), .days(2), .weeks(1), .weeks(2), .months(1), .months(2), .months(3), .months(6),
        .years(1), .years(2), .years(5), .years(10), .years(20), .years(50), .years(100),
    ]

    /// The finest step worth marking for data of a period.
    public static func finest(for period: PeriodKind) -> DateStep {
        switch period {
        case .day: .days(1)
        case .week: .weeks(1)
        case .month: .months(1)
        case .quarter: .months(3)
        case .year, .all: .years(1)
        }
    }

    public var description: String {
        switch self {
        case .days(let n): "\(n)d"
        case .weeks(let n): "\(n)w"
        case .months(let n): n == 3 ? "quarter" : "\(n)mo"
        case .years(let n): "\(n)y"
        }
    }

    /// Tick dates in `first...last`, aligned to calendar boundaries (Mondays, the first of
    /// a month, January 1st).
    func ticks(from first: CalendarDay, to last: CalendarDay, limit: Int) -> [CalendarDay]? {
        var out: [CalendarDay] = []
        switch self {
        case .days(let n):
            var d = Int(first.daysSinceEpoch)
            d += (n - ((d % n) + n) % n) % n
            while d <= Int(last.daysSinceEpoch) {
                out.append(CalendarDay(daysSinceEpoch: Int32(d)))
                if out.count > limit { return nil }
                d += n
            }
        case .weeks(let n):
            var d = first.adding(days: (8 - first.isoWeekday) % 7)
            if n == 2, d.isoWeek.week % 2 == 0 { d = d.adding(days: 7) }
            while d <= last {
                out.append(d)
                if out.count > limit { return nil }
                d = d.adding(days: 7 * n)
            }
        case .months(let n):
            let c = first.components
            var index = c.year * 12 + (c.month - 1)
            if c.day > 1 { index += 1 }
            index += (n - (index % 12) % n) % n
            while let d = CalendarDay(year: index / 12, month: index % 12 + 1, day: 1), d <= last {
                out.append(d)
                if out.count > limit { return nil }
                index += n
            }
        case .years(let n):
            let c = first.components
            var year = c.year + ((c.month > 1 || c.day > 1) ? 1 : 0)
            year += (n - year % n) % n
            while let d = CalendarDay(year: year, month: 1, day: 1), d <= last {
                out.append(d)
                if out.count > limit { return nil }
                year += n
            }
        }
        return out
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Labels say only what changes: `2023` for years, `Apr` with the year added at the
    /// first tick and at each January, `3 Apr` likewise for days and weeks.
    func labels(_ days: [CalendarDay]) -> [String] {
        let locale = DisplayLocale.current
        if !locale.isEnglish { return localLabels(days, locale) }
        var previousYear: Int? = nil
        return days.map { day in
            let (y, m, d) = day.components
            defer { previousYear = y }
            let newYear = previousYear != y
            switch self {
            case .years: return String(y)
            case .months:
                let name = DateStep.monthNames[m - 1]
                return newYear ? name + " " + String(y) : name
            case .days, .weeks:
                let base = String(d) + " " + DateStep.monthNames[m - 1]
                return newYear ? base + " " + String(y) : base
            }
        }
    }
}

extension DateStep {
    /// The same labels in a locale's CLDR forms: `janv. 2021`, `févr.` (skeletons yMMM
    /// and MMM), `7 janv.` (MMMd), years in the locale's digits.
    func localLabels(_ days: [CalendarDay], _ locale: DisplayLocale) -> [String] {
        var previousYear: Int? = nil
        return days.map { day in
            let (y, m, _) = day.components
            defer { previousYear = y }
            let newYear = previousYear != y
            switch self {
            case .years: return locale.year(y)
            case .months: return newYear ? locale.monthYear(year: y, month: m, wide: false) : locale.month(m, wide: false)
            case .days, .weeks: return locale.dayMonth(day, withYear: newYear, wide: false)
            }
        }
    }
}

/// Maps calendar days onto a horizontal span.
public struct TimeScale: Equatable, Sendable {
    public let first: CalendarDay
    public let last: CalendarDay
    public let linear: LinearScale

    public init(first: CalendarDay, last: CalendarDay, range: (Double, Double)) {
        self.first = first
        self.last = last
        linear = LinearScale(domain: (Double(first.daysSinceEpoch), Double(last.daysSinceEpoch)), range: range)
    }

    public func callAsFunction(_ day: CalendarDay) -> Double { linear(Double(day.daysSinceEpoch)) }
}

/// Date ticks that fit: the finest calendar step whose labels do not collide.
public struct DateAxis: Sendable {
    public let step: DateStep
    public let days: [CalendarDay]
    public let labels: [String]

    /// - Parameter period: the data's period; ticks are never finer than it (monthly
    ///   ticks between yearly points would suggest observations that do not exist).
    public init(scale: TimeScale, font: Font, canvas: Canvas, spacing: Double = 18, period: PeriodKind = .day) {
        let finest = DateStep.candidates.firstIndex(of: DateStep.finest(for: period)) ?? 0
        for step in DateStep.candidates[finest...] {
            guard let days = step.ticks(from: scale.first, to: scale.last, limit: 400), !days.isEmpty else { continue }
            let labels = step.labels(days)
            if DateAxis.fits(days: days, labels: labels, scale: scale, font: font, canvas: canvas, spacing: spacing) {
                self.step = step; self.days = days; self.labels = labels
                return
            }
        }
        // A span too short for any calendar tick (one day) or too long for centuries:
        // label the ends.
        step = .days(1)
        days = scale.first == scale.last ? [scale.first] : [scale.first, scale.last]
        labels = days.map { DisplayLocale.current.isEnglish ? $0.description : DisplayLocale.current.isoDay($0) }
    }

    static func fits(days: [CalendarDay], labels: [String], scale: TimeScale, font: Font,
                     canvas: Canvas, spacing: Double) -> Bool {
        var previousRight = -Double.infinity
        for (day, label) in zip(days, labels) {
            let w = canvas.measure(label, font: font).width
            let left = scale(day) - w / 2
            if left < previousRight + spacing { return false }
            previousRight = left + w
        }
        return true
    }
}
