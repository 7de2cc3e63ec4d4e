/// How well a record's date is known.
///
/// Real datasets hold events known only to the week, the month or the year (UCDP's
/// `date_prec`, ACLED's `time_precision`). Such a row is still counted at its
/// `date_start`, but a monthly table built from rows known only to the year is less
/// certain than it looks, so readers count these rows and commands report them.
public enum DatePrecision: UInt8, CaseIterable, Sendable, Comparable {
    case day = 0, week, month, quarter, year

    public static func < (a: DatePrecision, b: DatePrecision) -> Bool { a.rawValue < b.rawValue }

    /// The native schema's `date_precision` names (`day` … `year`); empty means `day`.
    public init?(name: String) {
        switch name.lowercased() {
        case "", "day": self = .day
        case "week": self = .week
        case "month": self = .month
        case "quarter": self = .quarter
        case "year": self = .year
        default: return nil
        }
    }

    /// UCDP GED `date_prec` (codebook 19.1): 1 exact day; 2 known within 2–6 days;
    /// 3 only the week; 4 within 8–30 days or only the month; 5 a longer span or only
    /// the year. Codes 2 and 3 are both "within a week", 5 is taken as the year.
    public init?(ucdpCode code: Int) {
        switch code {
        case 1: self = .day
        case 2, 3: self = .week
        case 4: self = .month
        case 5: self = .year
        default: return nil
        }
    }

    /// How a message says a row's date is known: `only to the month`. The coarsest kind
    /// holds UCDP's code 5 (a span longer than a month, most of them two to four months,
    /// or the year) as well as a year, so it says both (review46 N-b: Syria's 51 rows of
    /// code 5 were "only to the year" though most span a season).
    public var knownTo: String {
        self == .year ? "to more than a month (at most the year)" : "only to the \(name)"
    }

    /// ACLED `time_precision`: 1 the day, 2 the week, 3 the month.
    public init?(acledCode code: Int) {
        switch code {
        case 1: self = .day
        case 2: self = .week
        case 3: self = .month
        default: return nil
        }
    }

    /// Whether a date known this well may belong to another bucket of `period`.
    ///
    /// Weeks are not nested in months, but a week-precise date is at most a few days
    /// off, so week counts as finer than month; `all` has one bucket and nothing is
    /// ever coarser than it.
    public func isCoarser(than period: PeriodKind) -> Bool {
        let rank: UInt8
        switch period {
        case .day: rank = 0
        case .week: rank = 1
        case .month: rank = 2
        case .quarter: rank = 3
        case .year: rank = 4
        case .all: return false
        }
        return rawValue > rank
    }

    public var name: String {
        switch self {
        case .day: "day"
        case .week: "week"
        case .month: "month"
        case .quarter: "quarter"
        case .year: "year"
        }
    }
}

/// Rows counted by how well their dates are known; fixed size, so it costs nothing to
/// keep one per worker or per incident.
public struct PrecisionCounts: Sendable, Equatable {
    public private(set) var day = 0, week = 0, month = 0, quarter = 0, year = 0
    /// Rows of day precision whose dates span more than one day (`date_start` to
    /// `date_end`: a row of 1 to 30 April is no date known to the day).
    public private(set) var spanned = 0
    /// Of them, stock rows: a stock is counted at its `date_start`, not by the date-span
    /// rule (review38 N4: `info` said all were).
    public private(set) var spannedStocks = 0

    @inline(__always)
    public mutating func addSpanned(stock: Bool = false) {
        spanned += 1
        if stock { spannedStocks += 1 }
    }

    public init() {}

    @inline(__always)
    public mutating func add(_ p: DatePrecision, _ n: Int = 1) {
        switch p {
        case .day: day += n
        case .week: week += n
        case .month: month += n
        case .quarter: quarter += n
        case .year: year += n
        }
    }

    public mutating func add(_ other: PrecisionCounts) {
        day += other.day; week += other.week; month += other.month
        quarter += other.quarter; year += other.year; spanned += other.spanned
        spannedStocks += other.spannedStocks
    }

    public func count(_ p: DatePrecision) -> Int {
        switch p {
        case .day: day
        case .week: week
        case .month: month
        case .quarter: quarter
        case .year: year
        }
    }

    /// Rows whose date is known less well than `period` needs.
    public func coarser(than period: PeriodKind) -> Int {
        DatePrecision.allCases.filter { $0.isCoarser(than: period) }.reduce(0) { $0 + count($1) }
    }

    public var total: Int { day + week + month + quarter + year }
}
