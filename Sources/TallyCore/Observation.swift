/// One record as the aggregator sees it: names already interned, dates as day numbers.
///
/// Readers fill it straight from their input buffers. Its figures are kept raw rather
/// than as an ``Estimate`` because some published datasets (UCDP GED) hold rows whose
/// `high` lies below `best`, and their totals must still equal the publisher's own.
public struct Observation: Sendable {
    /// Interned country, adm_1, adm_2, actor (use the aggregator's ``Aggregator/strings``).
    public var country: UInt32 = 0
    public var adm1: UInt32 = 0
    public var adm2: UInt32 = 0
    public var actor: UInt32 = 0
    /// Interned values of ``Grouping/extraColumns``, in order.
    public var extra0: UInt32 = 0
    public var extra1: UInt32 = 0
    /// Interned measure name.
    public var measure: UInt32 = 0
    public var day: CalendarDay = CalendarDay(daysSinceEpoch: 0)
    /// The span of days the event is known to fall in (`date_start`..`date_end`, or
    /// the week, month, quarter or year its precision names). Left equal (or unset)
    /// for an event of one known day; a flow whose span is longer than the period's
    /// longest goes to an interval row (``PeriodKind/holds(spanFrom:to:)``).
    public var spanFirst: CalendarDay = CalendarDay(daysSinceEpoch: 0)
    public var spanLast: CalendarDay = CalendarDay(daysSinceEpoch: 0)
    public var low: Int64 = 0
    public var best: Int64 = 0
    /// Ignored when ``unbounded``.
    public var high: Int64 = 0
    public var unbounded = false
    public var approximate = false
    /// `false` for a range given without a best ("5,000 to 7,000"): ``best`` is the
    /// midpoint by rule (``Estimate/bestStated``).
    public var bestStated = true
    /// Whether ``best`` is only a midpoint by rule above the low (``Estimate/invents``).
    @inline(__always)
    var invents: Bool { !bestStated && best > low }
    /// Events the record stands for: 1 for an event; a row of `tally aggregate`'s
    /// output read back carries its `events` column (flows sum it; a stock snapshot
    /// counts the events of the rows it is made of).
    public var events: Int64 = 1
    /// The input file(s) the record came from, as bits (``SourceSet``): bit *i* for the
    /// *i*-th input, the last bit for every input from the 32nd on. Results carry them
    /// so a chart can apply each dataset's coverage to the figures it adds to.
    public var sources: UInt32 = 0
    /// A row of a table tally wrote, read back: its figure is the total of events on
    /// every day of its span (a week, a month), not one event somewhere in it, so it
    /// counts in a period only when its span lies within that period. A week from 28
    /// October to 3 November read by month goes to the interval row `2019-10/2019-11`,
    /// never to October alone, whatever ``AggregationConfig/countAtStart`` says.
    public var wholeSpan = false

    /// Inlined: every reader makes one per row (issue 9: a call that zeroes 100 bytes).
    @inlinable public init() {}
}
