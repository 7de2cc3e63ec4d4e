#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TallyCore

/// A data error found in a block, located relative to the block; the ingest turns it
/// into a message with the absolute line once the lines of earlier blocks are known.
struct BlockError: Error {
    /// 0-based line within the block where the offending record starts.
    var lineInBlock: Int
    /// The message after `file:line: `.
    var message: String
    /// The block the line is in, when not the block being parsed (a repeated id is
    /// reported at its first row, which another worker may have read).
    var sequence: Int?
    /// Another row the message names: ``BlockError/otherLineMark`` in `message`
    /// becomes "line n" (or "record n", "row n") once line numbers are known.
    var otherRow: (sequence: Int, line: Int)?

    static let otherLineMark = "\u{1}line\u{1}"
}

/// Reads the records of one block into an aggregator: checks every field the schema
/// defines, applies the filter, and adds what passes.
///
/// One parser per worker thread; it owns its aggregator, so workers share nothing
/// while they run and are merged at the end.
final class BlockParser: @unchecked Sendable {
    let aggregator: Aggregator
    let filter: RecordFilter
    let collectSources: Bool
    let sources = Interner(capacity: 64)
    var sourceCounts: [Int] = []
    /// Reports carrying an `incident` value; they wait here until all workers are done.
    let incidents: IncidentMerger
    /// Counts kept while reading; a local copy is updated per row and stored back
    /// once per block, keeping the per-row cost to register arithmetic.
    private(set) var tally = RowTally()
    /// The input file of the block being parsed (set before ``parse``).
    var fileIndex = 0
    /// The input file's own index (``fileIndex`` is its dataset's).
    var inputIndex = 0
    var rows: Int { tally.rows }
    var incidentRows: Int { tally.incidentRows }
    var precisions: PrecisionCounts { tally.precisions }
    var rangeQuirks: RangeQuirks { tally.rangeQuirks }
    var firstDay: CalendarDay { CalendarDay(daysSinceEpoch: tally.firstDay) }
    var lastDay: CalendarDay { CalendarDay(daysSinceEpoch: tally.lastDay) }
    var lastSpanDay: CalendarDay { CalendarDay(daysSinceEpoch: max(tally.lastDay, tally.lastSpanDay)) }
    private let killedMeasure: UInt32
    /// Key values in canonical form (KeyNormalisation.swift).
    private let keyInterner: KeyInterner
    private let emptyName: UInt32
    private let civiliansMeasure: UInt32
    /// Dates outside this span are data errors (or, when `collectImplausible`, rows
    /// set aside for `tally info`).
    let plausible: PlausibleDates
    let collectImplausible: Bool
    /// Where two-digit years end (``CalendarDay/expandTwoDigitYear(_:thisYear:)``).
    var thisYear = Clock.thisYear
    /// How the user names a locale, for the refusal of `5.000` without one.
    let localeAdvice: LocaleAdvice
    /// Rows set aside for their implausible dates: (line in block, message).
    var implausible: [(line: Int, message: String)] = []
    var implausibleCount = 0
    /// Event ids: those read from files given later (read first; shared, unchanged
    /// while a file is read), and this parser's from the file being read.
    var laterIds: IdTable?
    /// The sums of the record keys without ids of the last block parsed
    /// (``ContentHash``), and their number: two inputs of the same records in other bytes
    /// or another order are found from these.
    var contentA: UInt64 = 0, contentB: UInt64 = 0
    var contentRows = 0
    /// Whether the row being read wants its record key (it has no id), and the key once
    /// the record function has read the row (``noteRowKey``). Unchecked, as ``idOrder``.
    @exclusivity(unchecked) private var wantsRowKey = false
    @exclusivity(unchecked) private var rowKey: UInt64?
    /// The row's day, beside ``rowKey`` (runs of repeated rows, ``RowFingerprints/RepeatedRun``).
    @exclusivity(unchecked) private var rowDay: Int32 = 0
    /// What the row's record can tell apart, beside ``rowDay`` (``RowFingerprints/RowKind``):
    /// a zero row, a row naming only its country, a row naming a place.
    @exclusivity(unchecked) private var rowKind: UInt8 = 0
    /// The row's country (32 bits of its hash), beside ``rowDay`` (``RowFingerprints/DayRepeats``).
    @exclusivity(unchecked) private var rowCountry: UInt32 = 0
    /// The row's stable shape with its country (``shapeFingerprints``), 0 when it has none.
    @exclusivity(unchecked) private var rowStableShape: UInt64 = 0
    /// The row's person columns (``RowLayout/personColumns``: a name), 0 when none is
    /// written: part of what makes a row without an id a copy of another
    /// (``RowFingerprints``), never of its record key.
    @exclusivity(unchecked) private var rowOthers: UInt64 = 0
    /// Whether the row being read has no id (``wantsRowKey`` is also set for rows with
    /// one when ``tracksDays``).
    @exclusivity(unchecked) private var rowWithoutId = false
    /// The row's id as a whole number of up to 18 digits, or -1 (``RecordDates/rowNumbers``).
    @exclusivity(unchecked) private var rowIdNumber: Int64 = -1
    /// Several inputs are read: each row's record key goes to the input's rows by
    /// country and day (``DayTable``: rows without an id, and rows with one, apart), so
    /// two exports of one source that overlap are found (``OverlapFinding``).
    var tracksDays = false
    /// Totals typed into the same file as their events (``SameFileTotals``): the groups of
    /// the rows read since the last ``drainSameFileTotals()``; kept when the pipeline
    /// says so (not under `--overlap both`).
    var checksSameFileTotals = false
    /// ``IngestRequest/stockTablesAtAnyPeriod``.
    var stockTablesAtAnyPeriod = false
    @exclusivity(unchecked) var sameFileTotals = SameFileTotals()
    @exclusivity(unchecked) private var totalsOn = false
    @exclusivity(unchecked) private var totalsBase: UnsafePointer<UInt8>? = nil
    @exclusivity(unchecked) private var totalsPlaces: (country: Int, adm1: Int, adm2: Int) = (-1, -1, -1)
    @exclusivity(unchecked) private var totalsColumns: [(index: Int, cell: SameFileTotals.Cell)] = []
    /// adm_1 spellings (their bytes' hash) → the place's key (``noteSameFileTotal(_:)``).
    /// A spelling that lost its way is worked out again, to the same key. A Dictionary
    /// cost a SipHash a row.
    private let totalsPlaceKeys = FourWayCache(sets: 1 << 10)
    /// Cells' bytes (their hash, and their kind) → whether and how they say a total (``cellSaysTotal(_:_:_:)``).
    private let totalTextKnown = FourWayCache(sets: 1 << 11)
    /// Days and their months (``monthOf(_:)``): day above month; a month of all ones
    /// marks an empty slot (no day of years 0 to 9999 has it).
    @exclusivity(unchecked) private var recentMonths = [UInt64](repeating: 0xFFFF_FFFF, count: 1 << 13)
    @exclusivity(unchecked) var daysWithoutId = DayTable()
    @exclusivity(unchecked) var daysWithId = DayTable()
    /// readers15 (review56 F3): an ACLED or UCDP GED input's rows with ids the id rule
    /// did not match (not zero rows), by country, event kind (``RowLayout/eventKind``,
    /// 0 when not written) and day: one entry per distinct (country, kind, day), taken
    /// with the input's tables (``takeIdKindDays()``).
    @exclusivity(unchecked) var idKindDays: [IdKindDay: Int32] = [:]
    /// The input's place spellings by loose name (``LoosePlace``, ``PlaceSpelling``):
    /// noted once per spelling (``looseHashes``), taken and cleared with each input's
    /// tables (``takePlaceSpellings()``).
    @exclusivity(unchecked) var placeSpellings: [UInt64: PlaceSpelling] = [:]
    /// The last input read is not kept: its rows go to ``streamWithoutId`` and
    /// ``streamWithId`` instead, matched with the earlier inputs' tables (``DayProbe``).
    var streamsDays = false
    @exclusivity(unchecked) var streamWithoutId = DayStream()
    @exclusivity(unchecked) var streamWithId = DayStream()
    /// `--overlap later`: the days (by country) that files given later cover, with rows
    /// of any kind and with rows without an id; a row of this input on such a day that
    /// the id rule cannot match (a row without an id; a row with one on a day a later
    /// file has rows without one) is left out and counted here.
    var laterDays: [DayTable] = []
    var laterDaysWithoutId: [DayTable] = []
    @exclusivity(unchecked) var overlapLeftOut = 0
    /// `--overlap later`: rows naming no first-level place kept on days a later file's
    /// span of their country holds, since that file has no such rows of the country
    /// (``DayTable/covers(country:place:day:placeless:)``): how many, and their best
    /// figures by measure (said on standard error).
    @exclusivity(unchecked) var placelessKept = 0
    @exclusivity(unchecked) var placelessKeptBest: [UInt32: Int64] = [:]
    /// For a table (a `period` column, as tally writes: its figures are sums of events)
    /// per country and measure, the days its rows span and how to name them (two tables
    /// overlapping are refused); for event records when several inputs are read
    /// (``tracksDays``), the same of theirs (a table beside records of its countries,
    /// measures and days is refused, review18 #9).
    struct TableSpan {
        var first: CalendarDay
        var last: CalendarDay
        var label: String
        /// The country's hash; nil for a table without a country column (its rows may
        /// be any country's).
        var country: UInt64?
        var measure: UInt64
    }
    private var tableSpans: [UInt64: TableSpan] = [:]
    private var recordSpans: [UInt64: TableSpan] = [:]
    /// One figure's cell of a table: its country and measure (``TableSpan``'s key) and
    /// the days its row claims. Two tables are compared cell by cell, so tables of
    /// January and March and of February of one country are read together (issue 10).
    struct TableCell: Hashable, Comparable {
        var key: UInt64
        var first: CalendarDay
        var last: CalendarDay
        static func < (a: TableCell, b: TableCell) -> Bool { (a.key, a.first, a.last) < (b.key, b.first, b.last) }
    }
    /// The cells of a table's rows (a `period` column): as many as the table's figures
    /// by country, measure and days, not its rows.
    private var tableCells: Set<TableCell> = []
    /// The cells of record rows without an id of two days or more, and of months written
    /// as their 1st days (the input may be a table by period, ``RecordDates``): at most
    /// ``cellLimit`` in a file not of whole periods.
    private var wholeCells: Set<TableCell> = []
    /// Of those cells, the spans not ``RecordDates/isPeriodLike(first:last:)``, with their
    /// rows (``RecordDates/tiledRows(_:among:)``).
    private var unalignedCells: [TableCell: Int] = [:]
    /// The last record's key and span, kept out of ``recordSpans`` until another key
    /// comes (rows of one country and measure follow each other).
    private var recentRecordKey: UInt64 = 0
    private var recentRecordSpan: TableSpan?

    /// The table spans of the rows read since the last call.
    func drainTableSpans() -> (spans: [UInt64: TableSpan], cells: Set<TableCell>) {
        defer { tableSpans.removeAll(); tableCells.removeAll() }
        return (tableSpans, tableCells)
    }

    /// What the dates of an input's record rows say of it (issue 10, review28 S1): a file
    /// of figures by period with no `period` column. It is one when every row spans a
    /// whole calendar period (a month, quarter or year, or 7 days; no row of one day, none
    /// with an event id), and also, by a looser test, when every row gives one figure for
    /// a span of days with no event id, or at least half of its rows give one for a span
    /// that a table by period writes (``isPeriodLike(first:last:)``, or meeting another
    /// span of its country and measure end to start, or the same days as another row):
    /// a month to date, a first month begun mid-month, weeks to date, fortnights,
    /// dekads, two months, a quarter or year to date, end dates written exclusive, a
    /// table with a correction row of one day; or when every row, with no end date and
    /// no id, is dated to the 1st of a month (months written as their first day) in two
    /// months or more. HDX HAPI's rows are monthly sums of ACLED events.
    ///
    /// Spans that fall anywhere (`1995-09-19..1995-09-28`, `1997-10-15..1997-11-22`), none
    /// meeting another, beside as many rows of one day, are an event list's events known
    /// to a span of days (UCDP's `date_prec`), not a table's figures: counting every span
    /// made such a list, cut in two files, "a table" beside its other half (CI's
    /// fuzz-ingest, stop 29).
    struct RecordDates: Equatable {
        /// A row of one day, of a span that is not a whole period, or with an id.
        var notWhole = false
        /// The periods whole rows span (bit ``DatePrecision/rawValue``).
        var kinds: UInt8 = 0
        /// Rows of an HDX HAPI file (``HAPIConflict``).
        var hapi = false
        /// Rows of an ACLED export: beside HAPI, the check of HAPI against ACLED says more
        /// (HAPI's figures are ACLED's events, whatever the countries).
        var acled = false
        /// Record rows noted; those without an id spanning two days or more; those of
        /// them from the 1st of a month to the 1st of a later one, or of 8 days (an end
        /// written exclusive, `[start, end)`).
        var rows = 0
        var spanRows = 0
        var exclusiveRows = 0
        /// Rows without an id whose span is one a table by period writes: by its own days
        /// (``isPeriodLike(first:last:)``), or, set by the pipeline from the file's cells,
        /// meeting another span of its country and measure or of the same days as another
        /// row (``tiledRows(_:among:)``).
        var periodSpanRows = 0
        var tiledSpanRows = 0
        /// Rows without an id spanning days of two calendar months (`03-28..04-02`): an
        /// event's span may cross a month's end; a table by month's figure never does
        /// (review31 S11: a pandas table by governorate and month, each row dated from its
        /// first to its last event day, was read doubled beside its events).
        var crossingSpanRows = 0
        /// Rows without an id or an end date, of one day, the 1st of a month; the first
        /// and last such day.
        var firstDays = MonthEdgeDays()
        /// The same for the last day of a month (`2023-04-30`: pandas' `resample('M')`,
        /// Excel's `EOMONTH`; review30 S1).
        var lastDays = MonthEdgeDays()
        /// Rows without an id whose `events` column says they stand for two events or
        /// more: sums of events, a table's figures (tally's own `--period day` output with
        /// `period` renamed `date_start`; review30 S9).
        var summedRows = 0
        /// Set when the cells of rows of several days grew past ``BlockParser/cellLimit``
        /// in a file not of whole periods: many spans of their own are events, not a
        /// table's figures (a table folds into its countries, measures and periods).
        var manySpans = false
        /// Rows with an id; those whose id is a whole number, its least and greatest; those
        /// of them spanning two days or more. Ids that are the numbers 1 to N (or 0 to
        /// N − 1) of N rows are a table's row numbers (`id` 1, 2, … of a database export),
        /// not events' (review28 S1): its rows of several days count as spans without an id.
        var idRows = 0
        var numberIdRows = 0
        var idMin = Int64.max
        var idMax = Int64.min
        var idSpanRows = 0
        /// The first row (by its first day) counted in ``exclusiveRows``.
        var exclusiveFirst = CalendarDay(daysSinceEpoch: .max)
        var exclusiveLast = CalendarDay(daysSinceEpoch: .max)

        mutating func merge(_ o: RecordDates) {
            notWhole = notWhole || o.notWhole
            kinds |= o.kinds
            hapi = hapi || o.hapi
            acled = acled || o.acled
            rows += o.rows
            spanRows += o.spanRows
            exclusiveRows += o.exclusiveRows
            periodSpanRows += o.periodSpanRows
            tiledSpanRows += o.tiledSpanRows
            crossingSpanRows += o.crossingSpanRows
            firstDays.merge(o.firstDays)
            lastDays.merge(o.lastDays)
            summedRows += o.summedRows
            manySpans = manySpans || o.manySpans
            idRows += o.idRows
            numberIdRows += o.numberIdRows
            idMin = min(idMin, o.idMin)
            idMax = max(idMax, o.idMax)
            idSpanRows += o.idSpanRows
            if o.exclusiveFirst < exclusiveFirst { (exclusiveFirst, exclusiveLast) = (o.exclusiveFirst, o.exclusiveLast) }
        }

        /// Every row a whole calendar period, none with an id.
        var isWholePeriods: Bool { !notWhole && kinds != 0 }
        /// The ids are the rows' numbers, 1 to N or 0 to N − 1.
        var rowNumbers: Bool { idRows > 0 && numberIdRows == idRows && idMin <= 1 && idMax - idMin + 1 == Int64(idRows) }
        /// Rows of several days without an id, or whose id is a row number.
        var spansWithoutEvents: Int { spanRows + (rowNumbers ? idSpanRows : 0) }
        /// Of them, those whose span is one a table writes (row numbers count whole).
        var periodSpans: Int { periodSpanRows + tiledSpanRows + (rowNumbers ? idSpanRows : 0) }
        /// Every row a span of days without an id; at least half the rows spans a table
        /// writes; or at least half the rows spans without an id, none crossing a month's end.
        var isSpans: Bool {
            !manySpans && spansWithoutEvents > 0 && (spansWithoutEvents == rows || periodSpans * 2 >= rows
                || (spansWithoutEvents * 2 >= rows && crossingSpanRows == 0))
        }
        /// Every row the 1st of a month, without an end date or an id, in two months or more.
        var isFirstDays: Bool { firstDays.holdsEvery(rows) }
        /// Every row the last day of a month, the same way.
        var isLastDays: Bool { lastDays.holdsEvery(rows) }
        /// A row without an id standing for two events or more.
        var isSums: Bool { summedRows > 0 }

        /// Whether the input is a table of figures by period.
        var isTable: Bool { hapi || isWholePeriods || isSpans || isFirstDays || isLastDays || isSums }

        /// The periods its rows span, for a message: "month", "month or quarter".
        var periodNames: String {
            let names = [DatePrecision.week, .month, .quarter, .year].filter { kinds & 1 << $0.rawValue != 0 }
                .map(\.name)
            return names.count <= 1 ? names.first ?? "month" : names.dropLast().joined(separator: ", ") + " or " + names.last!
        }

        /// What the input is read as, and why, for a message: "by month", "every row's
        /// date_start to date_end is a whole month and none has an event id".
        var tableName: String {
            isWholePeriods ? "by \(periodNames)" : isFirstDays ? "by month written as its first days"
                : isLastDays ? "by month written as its last days" : isSums && !isSpans ? "of sums of events" : "of figures by period"
        }
        var tableReason: String {
            if isWholePeriods {
                return "every row's date_start to date_end is a whole \(periodNames) and none has an event id"
            }
            if isFirstDays {
                return "every row is dated to the 1st of a month, with no date_end and no event id"
            }
            if isLastDays {
                return "every row is dated to the last day of a month, with no date_end and no event id"
            }
            if isSums && !isSpans {
                let n = summedRows == 1 ? "a row" : "\(summedRows) rows"
                return "\(n) without an event id \(summedRows == 1 ? "stands" : "stand") for two events or more each, by its events column: a table's sums"
            }
            let k = spansWithoutEvents == rows || periodSpans * 2 < rows ? spansWithoutEvents : periodSpans
            let n = rows != k ? "\(k) of its \(rows) rows" : rows == 1 ? "its one row" : rows == 2 ? "both its rows" : "all \(rows) of its rows"
            let ids = rowNumbers && idSpanRows > 0 ? " (its ids, \(idMin) to \(idMax), are the rows' numbers, not events')" : ""
            return "\(n) \(k == 1 ? "gives" : "give") one figure for a span of days, date_start to date_end, with no event id\(ids): "
                + "months or weeks to date, fortnights, dekads, a quarter or year to date, or a table with a correction row"
        }
        var tableDescription: String { "a table \(tableName) (\(tableReason))" }

        /// Whether a span of two days or more is one a table by period writes, by its own
        /// days: from a 1st (a month, quarter, year, two months, the first dekad or
        /// fortnight, a month, quarter or year to date, an end written exclusive), to a
        /// month's last day (a month begun mid-month, the last dekad or fortnight), the
        /// middle dekad (11th to 20th), or 7, 8, 14 or 15 days (a week from any day, a
        /// fortnight, with an end written exclusive or not). A span of any other days is
        /// a table's only when it meets another (weeks to date) or repeats another's days.
        static func isPeriodLike(first: CalendarDay, last: CalendarDay) -> Bool {
            let a = first.components, b = last.components
            if a.day == 1 || b.day == DatePrecision.month.span(of: last).last.components.day { return true }
            if a.day == 11 && b.day == 20 && a.month == b.month && a.year == b.year { return true }
            let days = last.daysSinceEpoch - first.daysSinceEpoch + 1
            return days == 7 || days == 8 || days == 14 || days == 15
        }

        /// The rows of `unaligned` (cells of spans not ``isPeriodLike(first:last:)``, with
        /// their rows) whose span meets another cell of its country and measure end to
        /// start (`2023-04-03..04-09` after `..04-02`: weeks to date), or whose days are
        /// another row's too (a table of one irregular span, `2023-10-07..2023-11-12`, for
        /// several countries, measures or places).
        ///
        /// A span that shares some days with another of its country and measure (not the
        /// same days) is an event's: a table gives one figure a period, and its periods
        /// do not overlap. In a dense event list (a monitor's daily rows, many "between 8
        /// and 12 April") spans meet and repeat by chance, and they overlap (review30 R5:
        /// two monthly exports of such a list were refused against each other).
        static func tiledRows(_ unaligned: [TableCell: Int], among cells: Set<TableCell>) -> Int {
            guard !unaligned.isEmpty else { return 0 }
            struct KeyDay: Hashable { var key: UInt64; var day: Int32 }
            var starts = Set<KeyDay>(), ends = Set<KeyDay>()
            var byKey: [UInt64: [TableCell]] = [:]
            for c in cells {
                starts.insert(KeyDay(key: c.key, day: c.first.daysSinceEpoch))
                ends.insert(KeyDay(key: c.key, day: c.last.daysSinceEpoch))
                byKey[c.key, default: []].append(c)
            }
            // Cells (distinct spans) of a key sharing a day with another: sorted by first
            // day, a cell overlaps an earlier one when the latest end before it reaches it.
            var overlapping = Set<TableCell>()
            for (_, list) in byKey where list.count > 1 {
                let sorted = list.sorted()
                var reach = sorted[0].last, reacher = sorted[0]
                for c in sorted.dropFirst() {
                    if reach >= c.first { overlapping.insert(c); overlapping.insert(reacher) }
                    if c.last > reach { (reach, reacher) = (c.last, c) }
                }
            }
            var rowsBySpan: [Int64: Int] = [:]
            func span(_ c: TableCell) -> Int64 { Int64(c.first.daysSinceEpoch) << 32 | Int64(UInt32(bitPattern: c.last.daysSinceEpoch)) }
            for (c, n) in unaligned { rowsBySpan[span(c), default: 0] += n }
            var tiled = 0
            for (c, n) in unaligned where !overlapping.contains(c) {
                let meets = c.last.daysSinceEpoch < Int32.max && starts.contains(KeyDay(key: c.key, day: c.last.daysSinceEpoch + 1))
                    || c.first.daysSinceEpoch > Int32.min && ends.contains(KeyDay(key: c.key, day: c.first.daysSinceEpoch - 1))
                if meets || rowsBySpan[span(c), default: 0] >= 2 { tiled += n }
            }
            return tiled
        }
    }
    /// Rows of one day on one edge of a month (its 1st, or its last day), and the first
    /// and last such day: a table by month written one date a month (``RecordDates``).
    struct MonthEdgeDays: Equatable {
        var rows = 0
        var first = Int32.max
        var last = Int32.min

        mutating func note(_ day: CalendarDay) {
            rows += 1
            first = min(first, day.daysSinceEpoch)
            last = max(last, day.daysSinceEpoch)
        }

        mutating func merge(_ o: MonthEdgeDays) {
            rows += o.rows
            first = min(first, o.first)
            last = max(last, o.last)
        }

        /// Every one of an input's `rows` rows, in two months or more.
        func holdsEvery(_ rows: Int) -> Bool { rows >= 2 && self.rows == rows && first != last }
    }
    /// Per place (country, or country and `adm_1`), measure and calendar month or ISO
    /// week: the sum of the best figures of an input's flow rows, how many rows, and their
    /// first and last day (``PeriodSums``). Kept only when several inputs are read: a row
    /// of one input that is the sum of two records or more of another input of the same
    /// place, measure and period is a table's figure beside its own events (review31).
    struct PeriodSumKey: Hashable, Comparable {
        /// The place and measure (``PeriodSumLabel``).
        var label: UInt64
        /// The month (year × 12 + month − 1) or the ISO week (Monday-based, from the epoch).
        var period: Int32
        var week: Bool
        static func < (a: PeriodSumKey, b: PeriodSumKey) -> Bool { (a.label, a.week ? 1 : 0, a.period) < (b.label, b.week ? 1 : 0, b.period) }
    }
    struct PeriodSum: Equatable {
        var sum: Int64 = 0
        var rows: Int32 = 0
        /// Rows whose best figure is above 0.
        var counted: Int32 = 0
        var first = Int32.max
        var last = Int32.min
        /// The first row's block and line in it (block + 1 in the top half).
        var at = UInt64.max
        mutating func merge(_ o: PeriodSum) {
            sum = sum &+ o.sum
            rows += o.rows
            counted += o.counted
            at = min(at, o.at)
            first = min(first, o.first)
            last = max(last, o.last)
        }
        /// Leaves out rows merged in before (their figures and counts; the days and the
        /// first row are kept as they were).
        mutating func remove(_ o: PeriodSum) {
            sum = sum &- o.sum
            rows -= o.rows
            counted -= o.counted
        }
    }
    /// A place and measure of ``PeriodSumKey``: its name for a message, and the key of
    /// its country and measure (``TableSpan``'s).
    struct PeriodSumLabel {
        var name: String
        var span: UInt64
        var place: Bool
    }
    /// A place and measure (``PeriodSumLabel``'s key) and a day.
    struct DaySumKey: Hashable {
        var label: UInt64
        var day: Int32
    }
    /// A row of several days (`date_start` to `date_end`, at most 92): a sitrep's period
    /// for one place (review31 S6), matched with another input's records of those days.
    struct SpanRow {
        var label: UInt64
        var first: Int32
        var last: Int32
        var best: Int64
        var at: UInt64
    }
    struct PeriodSums {
        var sums: [PeriodSumKey: PeriodSum] = [:]
        var labels: [UInt64: PeriodSumLabel] = [:]
        /// The same of rows of one day, by day; the rows of several days (at most
        /// ``spanLimit``: more are an event list's, not a table's, and none is kept).
        var days: [DaySumKey: PeriodSum] = [:]
        /// By month and ISO week (``PeriodSumKey``): the rows that start in it and end past
        /// its last day, which ``sums`` leaves out (they fit in no month or week): with them
        /// the sum is by the period of `date_start`, as a desk's table sums (pandas' groupby
        /// of the month of date_start, review32 S7; `resample('W')` of date_start, review33 S1).
        var crossing: [PeriodSumKey: PeriodSum] = [:]
        /// The same of the rows that end in a month or week and start before it: with them
        /// the sum is by the period of `date_end` (review33 S2).
        var ending: [PeriodSumKey: PeriodSum] = [:]
        /// Of the rows in ``sums``, those of two days or more: the rest are the rows of one
        /// day (a table of the events dated to the day, review33 S7).
        var spanned: [PeriodSumKey: PeriodSum] = [:]
        /// The rows of more than 7 days by the month or week they start in: the rest of the
        /// rows that start in it are those dated to a week or better (UCDP's `date_prec`
        /// 1 to 3, the codebook's advice before a monthly series; review33 S7).
        var long: [PeriodSumKey: PeriodSum] = [:]
        /// The same of the rows of more than 5 days (the rest: UCDP's `date_prec` 1 and 2)
        /// and of more than 30 (the rest: `date_prec` 1 to 4), review35 S-h: a table of any
        /// of these subsets beside the whole list.
        var over5: [PeriodSumKey: PeriodSum] = [:]
        var over30: [PeriodSumKey: PeriodSum] = [:]
        /// The rows of several days by the day they start on, by their length (review32 S5:
        /// with ``days``, the sums by start of any window of days, as a table by weeks that
        /// start on a Saturday, by dekads or by half-months sums them).
        var starts: [DaySumKey: StartSums] = [:]
        var spans: [SpanRow] = []
        var manySpans = false
        /// The first day a noted row starts on and the last day one ends on: two inputs
        /// whose days lie more than ``reach`` apart share no month, week, window or span,
        /// so ``Pipeline``'s pairwise comparison passes them over (review46 H1: 1,500
        /// one-day files compared every pair, 111 s).
        var firstDay = Int32.max, lastDay = Int32.min
        /// Days apart beyond which no group of ``Pipeline/summedRow`` (a month, an ISO week,
        /// a window of a month at most dated to its first or last day) nor a row of several
        /// days (``Pipeline/summedSpan``, inside its own days) can hold rows of both inputs.
        static let reach: Int32 = 62
        /// Whether the rows of `self` and `o` may fall in one group (``reach``).
        func mayMeet(_ o: PeriodSums) -> Bool {
            firstDay != .max && o.firstDay != .max
                && Int64(firstDay) - Int64(Self.reach) <= Int64(o.lastDay) && Int64(o.firstDay) - Int64(Self.reach) <= Int64(lastDay)
        }
        static let spanLimit = 4096
        /// Set when the groups grew past ``BlockParser/cellLimit``: the input is not compared.
        var tooMany = false
        mutating func merge(_ o: PeriodSums) {
            tooMany = tooMany || o.tooMany
            guard !tooMany else { self = PeriodSums(tooMany: true); return }
            firstDay = min(firstDay, o.firstDay)
            lastDay = max(lastDay, o.lastDay)
            sums.merge(o.sums) { var a = $0; a.merge($1); return a }
            labels.merge(o.labels) { a, _ in a }
            days.merge(o.days) { var a = $0; a.merge($1); return a }
            crossing.merge(o.crossing) { var a = $0; a.merge($1); return a }
            ending.merge(o.ending) { var a = $0; a.merge($1); return a }
            spanned.merge(o.spanned) { var a = $0; a.merge($1); return a }
            long.merge(o.long) { var a = $0; a.merge($1); return a }
            over5.merge(o.over5) { var a = $0; a.merge($1); return a }
            over30.merge(o.over30) { var a = $0; a.merge($1); return a }
            starts.merge(o.starts) { var a = $0; a.merge($1); return a }
            manySpans = manySpans || o.manySpans || spans.count + o.spans.count > Self.spanLimit
            spans = manySpans ? [] : spans + o.spans
            if cells > BlockParser.cellLimit { self = PeriodSums(tooMany: true) }
        }
        /// The groups kept, against ``BlockParser/cellLimit``.
        var cells: Int { sums.count + days.count + crossing.count + ending.count + spanned.count + long.count + over5.count + over30.count + starts.count }
    }
    /// The rows of several days that start on one day, by length in days past the first
    /// (``PeriodSums/starts``): 1 to 5 (UCDP's `date_prec` 2), 6 (3), 7 to 30 (4), longer (5).
    struct StartSums {
        var classes = [PeriodSum](repeating: PeriodSum(), count: 4)
        static func of(length: Int32) -> Int { length <= 5 ? 0 : length == 6 ? 1 : length <= 30 ? 2 : 3 }
        mutating func merge(_ o: StartSums) { for i in 0..<4 { classes[i].merge(o.classes[i]) } }
    }
    private var periodSums = PeriodSums()

    /// The period sums of the rows read since the last call.
    func drainPeriodSums() -> PeriodSums {
        defer { periodSums = PeriodSums() }
        return periodSums
    }

    /// Adds a flow row's best figure to its place's month and ISO week (those its days
    /// fit in), by country and, when it names one, by `adm_1` (loosely, as the overlap
    /// test compares it).
    @inline(__always)
    private func notePeriodSum(country: UInt32, measure: UInt32, adm1: UInt64, adm1Text: () -> String, day: CalendarDay, last: CalendarDay,
                                best: Int64) {
        guard !periodSums.tooMany else { return }
        periodSums.firstDay = min(periodSums.firstDay, day.daysSinceEpoch)
        periodSums.lastDay = max(periodSums.lastDay, last.daysSinceEpoch)
        let s = aggregator.strings
        let c = s.storedHash(country), m = s.storedHash(measure)
        let span = Self.spanKey(country: c, measure: m)
        let (y, mo, _) = day.components
        let month = Int32(y * 12 + mo - 1)
        let d = day.daysSinceEpoch
        let week = Int32((Int64(d) + 3 - ((Int64(d) + 3) % 7 + 7) % 7) / 7)
        // A row counts in the month or week its days fit in, as the figures do (a span
        // longer goes to an interval row of its own).
        let inMonth = last <= DatePrecision.month.span(of: day).last
        let inWeek = Int64(last.daysSinceEpoch) + 3 < (Int64(week) + 1) * 7
        let length = last.daysSinceEpoch - d
        let at = UInt64(sequence + 1) << 32 | UInt64(UInt32(truncatingIfNeeded: currentLine))
        // A row past its month's (week's) end, by the period it starts in: a desk's table
        // summed by the month of date_start (pandas' groupby, review32 S7) or its week
        // (`resample('W')`, review33 S1) holds it there; by the period it ends in, a
        // table summed by date_end (review33 S2).
        if !inMonth || !inWeek {
            let (ly, lmo, _) = last.components
            let ld = Int64(last.daysSinceEpoch)
            let lastWeek = Int32((ld + 3 - ((ld + 3) % 7 + 7) % 7) / 7)
            let one = PeriodSum(sum: best, rows: 1, counted: best > 0 ? 1 : 0, first: d, last: d, at: at)
            for placeKey in adm1 == 0 ? [span] : [span, span ^ (adm1 &* 0xD6E8_FEB8_6659_FD93)] {
                if !inMonth {
                    periodSums.crossing[PeriodSumKey(label: placeKey, period: month, week: false), default: PeriodSum()].merge(one)
                    periodSums.ending[PeriodSumKey(label: placeKey, period: Int32(ly * 12 + lmo - 1), week: false), default: PeriodSum()].merge(one)
                }
                if !inWeek {
                    periodSums.crossing[PeriodSumKey(label: placeKey, period: week, week: true), default: PeriodSum()].merge(one)
                    periodSums.ending[PeriodSumKey(label: placeKey, period: lastWeek, week: true), default: PeriodSum()].merge(one)
                }
            }
        }
        if length > 5 {
            let one = PeriodSum(sum: best, rows: 1, counted: best > 0 ? 1 : 0, first: d, last: d, at: at)
            for placeKey in adm1 == 0 ? [span] : [span, span ^ (adm1 &* 0xD6E8_FEB8_6659_FD93)] {
                for (over, days) in [(\PeriodSums.over5, Int32(5)), (\PeriodSums.long, 6), (\PeriodSums.over30, 30)] where length > days {
                    periodSums[keyPath: over][PeriodSumKey(label: placeKey, period: month, week: false), default: PeriodSum()].merge(one)
                    periodSums[keyPath: over][PeriodSumKey(label: placeKey, period: week, week: true), default: PeriodSum()].merge(one)
                }
            }
        }
        if length > 0 {
            let one = PeriodSum(sum: best, rows: 1, counted: best > 0 ? 1 : 0, first: d, last: d, at: at)
            for placeKey in adm1 == 0 ? [span] : [span, span ^ (adm1 &* 0xD6E8_FEB8_6659_FD93)] {
                periodSums.starts[DaySumKey(label: placeKey, day: d), default: StartSums()].classes[StartSums.of(length: length)].merge(one)
            }
        }
        guard inMonth || inWeek || length < 92 else { return }
        for placeKey in adm1 == 0 ? [span] : [span, span ^ (adm1 &* 0xD6E8_FEB8_6659_FD93)] {
            if periodSums.labels[placeKey] == nil {
                let name = placeKey == span ? "\(s.string(country)) \(s.string(measure))"
                    : "\(s.string(country)) \(adm1Text()) \(s.string(measure))"
                periodSums.labels[placeKey] = PeriodSumLabel(name: name, span: span, place: placeKey != span)
            }
            if length == 0 {
                periodSums.days[DaySumKey(label: placeKey, day: d), default: PeriodSum()]
                    .merge(PeriodSum(sum: best, rows: 1, counted: best > 0 ? 1 : 0, first: d, last: d, at: at))
            } else if length < 92 && !periodSums.manySpans && (adm1 == 0 || placeKey != span) {
                // At its place only: a governorate's period beside the records of every
                // governorate is no sum of them, and would count against the matches.
                periodSums.spans.append(SpanRow(label: placeKey, first: d, last: last.daysSinceEpoch, best: best, at: at))
                if periodSums.spans.count > PeriodSums.spanLimit { periodSums.manySpans = true; periodSums.spans = [] }
            }
            if inMonth { periodSums.sums[PeriodSumKey(label: placeKey, period: month, week: false), default: PeriodSum()].merge(PeriodSum(sum: best, rows: 1, counted: best > 0 ? 1 : 0, first: d, last: d, at: at)) }
            if inWeek { periodSums.sums[PeriodSumKey(label: placeKey, period: week, week: true), default: PeriodSum()].merge(PeriodSum(sum: best, rows: 1, counted: best > 0 ? 1 : 0, first: d, last: d, at: at)) }
            if length > 0 {
                let one = PeriodSum(sum: best, rows: 1, counted: best > 0 ? 1 : 0, first: d, last: d, at: at)
                if inMonth { periodSums.spanned[PeriodSumKey(label: placeKey, period: month, week: false), default: PeriodSum()].merge(one) }
                if inWeek { periodSums.spanned[PeriodSumKey(label: placeKey, period: week, week: true), default: PeriodSum()].merge(one) }
            }
        }
        if periodSums.cells > Self.cellLimit { periodSums = PeriodSums(tooMany: true) }
    }

    private var recordDates = RecordDates()
    /// The most cells of rows of several days kept for a file not of whole periods
    /// (``RecordDates/manySpans``).
    static let cellLimit = 1 << 18

    /// The record spans of the rows read since the last call, and what their dates say.
    func drainRecordSpans() -> (spans: [UInt64: TableSpan], dates: RecordDates, cells: Set<TableCell>, idCells: Set<TableCell>,
                                unaligned: [TableCell: Int]) {
        flushRecentRecordSpan()
        defer { recordSpans.removeAll(); recordDates = RecordDates(); wholeCells.removeAll(); idCells.removeAll(); unalignedCells.removeAll() }
        return (recordSpans, recordDates, wholeCells, idCells, unalignedCells)
    }

    /// Notes what a record row's span says of its input (``RecordDates``): whether it is
    /// a whole calendar period, a span of days, the 1st of a month; its cell.
    /// `ends`: whether the input writes an end date or a precision.
    @inline(__always)
    private func noteRecordDates(country: UInt32, measure: UInt32, first: CalendarDay, last: CalendarDay, ends: Bool,
                                 events: Int64, summing: Bool) {
        recordDates.rows += 1
        guard rowWithoutId else {
            recordDates.notWhole = true
            recordDates.idRows += 1
            let n = rowIdNumber
            guard n >= 0 else { return }
            recordDates.numberIdRows += 1
            recordDates.idMin = min(recordDates.idMin, n)
            recordDates.idMax = max(recordDates.idMax, n)
            // Row numbers are few: past the cell limit these are events' ids.
            guard last > first && n <= Int64(Self.cellLimit) else { return }
            recordDates.idSpanRows += 1
            insertIdCell(country: country, measure: measure, first: first, last: last)
            return
        }
        if events >= 2 { recordDates.summedRows += 1 }
        // In a file with an `events` column each row's own days are a cell: beside a row
        // of sums, its rows of one event are a table's too.
        if summing && last == first { insertCell(country: country, measure: measure, first: first, last: last) }
        if last == first {
            recordDates.notWhole = true
            guard !ends else { return }
            let month = DatePrecision.month.span(of: first)
            if first == month.last && first != month.first {
                recordDates.lastDays.note(first)
                insertCell(country: country, measure: measure, first: month.first, last: first)
            }
            guard first == month.first else { return }
            recordDates.firstDays.note(first)
            insertCell(country: country, measure: measure, first: first, last: month.last)
            return
        }
        guard last > first else { recordDates.notWhole = true; return }
        recordDates.spanRows += 1
        if DatePrecision.month.span(of: first).last < last { recordDates.crossingSpanRows += 1 }
        let length = last.daysSinceEpoch - first.daysSinceEpoch
        noteExclusive(first: first, last: last)
        insertCell(country: country, measure: measure, first: first, last: last)
        if RecordDates.isPeriodLike(first: first, last: last) {
            recordDates.periodSpanRows += 1
        } else if !recordDates.manySpans {
            let s = aggregator.strings
            unalignedCells[TableCell(key: Self.spanKey(country: s.storedHash(country), measure: s.storedHash(measure)), first: first, last: last), default: 0] += 1
        }
        guard !recordDates.notWhole else { return }
        // A week from any day (ISO's Monday, an epidemiological week's Sunday, ACLED's
        // Saturday): 7 days.
        if length == 6 {
            recordDates.kinds |= 1 << DatePrecision.week.rawValue
            return
        }
        for p in [DatePrecision.month, .quarter, .year] {
            let s = p.span(of: first)
            if s.first == first && s.last == last {
                recordDates.kinds |= 1 << p.rawValue
                return
            }
        }
        recordDates.notWhole = true
    }

    /// Counts a row of several days without an id that runs from a 1st to the 1st of a
    /// later month, or over 8 days: an end written exclusive (``RecordDates/exclusiveRows``).
    @inline(__always)
    private func noteExclusive(first: CalendarDay, last: CalendarDay) {
        guard last.daysSinceEpoch - first.daysSinceEpoch == 7 || (first.components.day == 1 && last.components.day == 1) else { return }
        recordDates.exclusiveRows += 1
        if first < recordDates.exclusiveFirst { (recordDates.exclusiveFirst, recordDates.exclusiveLast) = (first, last) }
    }

    /// The cells of rows of several days whose ids may be row numbers (``RecordDates/rowNumbers``).
    private var idCells: Set<TableCell> = []

    @inline(__always)
    private func insertIdCell(country: UInt32, measure: UInt32, first: CalendarDay, last: CalendarDay) {
        guard idCells.count <= Self.cellLimit else { return }
        let s = aggregator.strings
        idCells.insert(TableCell(key: Self.spanKey(country: s.storedHash(country), measure: s.storedHash(measure)), first: first, last: last))
    }

    @inline(__always)
    private func insertCell(country: UInt32, measure: UInt32, first: CalendarDay, last: CalendarDay) {
        guard !recordDates.manySpans else { return }
        let s = aggregator.strings
        wholeCells.insert(TableCell(key: Self.spanKey(country: s.storedHash(country), measure: s.storedHash(measure)), first: first, last: last))
        if wholeCells.count > Self.cellLimit && recordDates.notWhole {
            recordDates.manySpans = true
            wholeCells = []
            unalignedCells = [:]
        }
    }

    /// The key of a country and measure in ``TableSpan``s and ``TableCell``s.
    @inline(__always)
    static func spanKey(country: UInt64?, measure: UInt64) -> UInt64 { (country ?? 0x5EED) &* 0x9E37_79B9_7F4A_7C15 ^ measure }

    private func flushRecentRecordSpan() {
        guard let r = recentRecordSpan else { return }
        recentRecordSpan = nil
        if var t = recordSpans[recentRecordKey] {
            if r.first < t.first { t.first = r.first }
            if r.last > t.last { t.last = r.last }
            recordSpans[recentRecordKey] = t
        } else {
            recordSpans[recentRecordKey] = r
        }
    }

    /// Notes the days of an event record of one country and measure.
    @inline(__always)
    private func noteRecordSpan(country: UInt32, measure: UInt32, first: CalendarDay, last: CalendarDay) {
        let s = aggregator.strings
        let c = s.storedHash(country), m = s.storedHash(measure)
        let k = Self.spanKey(country: c, measure: m)
        if recentRecordSpan != nil && k == recentRecordKey {
            if first < recentRecordSpan!.first { recentRecordSpan!.first = first }
            if last > recentRecordSpan!.last { recentRecordSpan!.last = last }
            return
        }
        flushRecentRecordSpan()
        recentRecordKey = k
        if let t = recordSpans[k] {
            recentRecordSpan = t
            if first < t.first { recentRecordSpan!.first = first }
            if last > t.last { recentRecordSpan!.last = last }
        } else {
            recentRecordSpan = TableSpan(first: first, last: last, label: "\(s.string(country)) \(s.string(measure))", country: c, measure: m)
        }
    }
    /// The inputs as given (to name the later file in a refusal).
    var inputNames: [String] = []
    /// The ids of the input being read (shared by all workers).
    var inputIds: InputIds?
    /// Instead of ``inputIds``, for one regular file: whether this block's ids rise
    /// (``IdOrder``); the pipeline checks the blocks follow each other.
    var checksIdOrder = false
    /// Updated on every row: unchecked, as a class's stored `var` would otherwise cost a
    /// dynamic exclusivity check (a runtime call) per row; one thread uses a parser.
    @exclusivity(unchecked) var idOrder = IdOrder()
    /// The block being parsed, and the fields of the record being read.
    var sequence = 0
    private var currentLine = 0
    private var currentFields = 0
    /// A repeated id found in the record being read; thrown by `parse` as it is.
    private var repeatError: BlockError?
    var duplicates = DuplicateCounts()
    /// The fingerprints of the input's rows without an id (shared by all workers), and
    /// this block's, handed over at its end.
    var rowFingerprints: RowFingerprints?
    /// The table of the stable shapes of rows without an id (``RowShape/stable``: UCDP
    /// and ACLED rows but for their figures, ids and volatile columns), by input: a
    /// revision appended to the export it revised repeats them (review30 S14).
    var shapeFingerprints: RowFingerprints?
    /// How many fingerprints the last block held (the next block's buffer is made as large).
    private var lastFingerprintCount = 0
    /// Whether ACLED's/UCDP's `killed` and UCDP's `civilians_killed` pass the measure
    /// filter (names as users type them: `fatalities` is `killed`).
    private let killedKept: [Schema: Bool]
    private let civiliansKept: Bool

    private var spans: UnsafeMutablePointer<FieldSpan>
    /// ``valuesHash``'s buffers, kept from row to row.
    private var valueBytes: [UInt8] = [], valueJoined: [UInt8] = []
    private var valueRanges: [(Int, Int)] = []
    /// ``nameHash``'s table, behind a pointer (no exclusivity check per row).
    private let nameHashes: UnsafeMutablePointer<NameHashCache> = {
        let p = UnsafeMutablePointer<NameHashCache>.allocate(capacity: 1)
        p.initialize(to: NameHashCache())
        return p
    }()
    /// ``looseNameHash``'s table (by the bytes as written), cleared with each input so
    /// each input's spellings are noted (``placeSpellings``).
    private let looseHashes: UnsafeMutablePointer<NameHashCache> = {
        let p = UnsafeMutablePointer<NameHashCache>.allocate(capacity: 1)
        p.initialize(to: NameHashCache())
        return p
    }()
    private var spanCapacity = 0
    private var scratch: [UInt8] = []

    private let measureFilter: [UInt32]
    /// ``measureFilter`` for HDX HAPI rows (converted to native rows of `killed`, …):
    /// `--measure fatalities` is HAPI's name for `killed` (Schema.canonicalMeasure), and
    /// filtering the converted rows by the typed name dropped them all with exit 0.
    private let hapiMeasureFilter: [UInt32]
    /// The one measure `--measure` names (``measureFilter`` of one id; `.max` otherwise),
    /// compared without the array on every row (issue 9).
    private let onlyMeasure: UInt32
    private let countryFilter: [UInt32]
    private let actorFilter: [UInt32]
    private let internAdm1: Bool, internAdm2: Bool, internActor: Bool

    init(config: AggregationConfig, filter: RecordFilter, collectSources: Bool,
         plausible: PlausibleDates = .any, collectImplausible: Bool = false, localeAdvice: LocaleAdvice = .option) {
        self.localeAdvice = localeAdvice
        aggregator = Aggregator(config: config)
        incidents = IncidentMerger(strings: aggregator.strings)
        self.filter = filter
        self.collectSources = collectSources
        keyInterner = KeyInterner(strings: aggregator.strings)
        emptyName = aggregator.strings.intern("")
        self.plausible = plausible
        self.collectImplausible = collectImplausible
        killedMeasure = aggregator.strings.intern("killed")
        civiliansMeasure = aggregator.strings.intern("civilians_killed")
        var kk: [Schema: Bool] = [:]
        for schema in [Schema.ucdpGED, .acled] {
            kk[schema] = filter.measures.isEmpty || filter.measures.contains { Schema.canonicalMeasure($0, in: schema) == "killed" }
        }
        killedKept = kk
        civiliansKept = filter.measures.isEmpty
            || filter.measures.contains { Schema.canonicalMeasure($0, in: .ucdpGED) == "civilians_killed" }
        let g = config.grouping
        internAdm1 = g.contains(.adm1)
        internAdm2 = g.contains(.adm2)
        internActor = g.contains(.actor) || !filter.actors.isEmpty
        spanCapacity = 64
        spans = .allocate(capacity: spanCapacity)
        let s = aggregator.strings
        measureFilter = filter.measures.map { s.intern(KeyKind.measure.canonical($0)) }
        hapiMeasureFilter = filter.measures.map { s.intern(Schema.canonicalMeasure(KeyKind.measure.canonical($0), in: .hapiConflict)) }
        onlyMeasure = Set(measureFilter).count == 1 ? measureFilter[0] : .max
        countryFilter = filter.countries.map { s.intern(KeyKind.region.canonical($0)) }
        actorFilter = filter.actors.map { s.intern(KeyKind.name.canonical($0)) }
        // Input first (in the order given), then block, then line: the last input is read
        // in a pass of its own whose blocks count from 0 again, so without its index a
        // spelling on its line 2 came "before" one on the first input's line 9 (CI fuzz,
        // seed 1: `Syria` in part2.csv printed where `سوريا` in part1.csv was first read).
        keyInterner.position = { [unowned self] in
            UInt64(UInt16(truncatingIfNeeded: self.inputIndex)) << 48 | UInt64(UInt32(truncatingIfNeeded: self.sequence + 1) & 0xFF_FFFF) << 24
                | UInt64(UInt32(truncatingIfNeeded: self.currentLine) & 0xFF_FFFF)
        }
    }

    /// Each spelling of a country tally knows that this worker read, its rows and its
    /// first row (``KeyInterner/regionSpellingRows()``): a country is printed as the
    /// input spelt it most.
    func countrySpellings() -> [(spelling: String, rows: Int, first: UInt64)] { keyInterner.regionSpellingRows() }

    /// The spelling of country `id` on the row where this worker first read it
    /// (``countriesSeen``), as that row holds it (``KeyInterner/countrySpelling(_:input:sequence:line:)``).
    func countrySpelling(_ id: UInt32, input: Int, sequence: Int, line: Int) -> String? {
        keyInterner.countrySpelling(id, input: input, sequence: sequence, line: line)
    }

    deinit {
        spans.deallocate()
        nameHashes.pointee.release()
        nameHashes.deallocate()
        looseHashes.pointee.release()
        looseHashes.deallocate()
    }

    /// The place spellings of the input just read (``placeSpellings``), cleared with
    /// the loose names' table, so the next input's are noted afresh.
    func takeIdKindDays() -> [IdKindDay: Int32] {
        defer { idKindDays = [:] }
        return idKindDays
    }

    func takePlaceSpellings() -> [UInt64: PlaceSpelling] {
        defer { placeSpellings = [:]; looseHashes.pointee.clear() }
        return placeSpellings
    }

    /// Parses records from `start` to `end` of `base`. Returns the number of line
    /// feeds consumed (for the line numbers of later blocks).
    func parse(_ base: UnsafePointer<UInt8>, start: Int, end: Int, layout: RowLayout,
               textProblem: TextProblem?) throws(BlockError) -> Int {
        if layout.fieldCount + 1 > spanCapacity {
            spans.deallocate()
            spanCapacity = layout.fieldCount + 1
            spans = .allocate(capacity: spanCapacity)
        }
        var scanner = CSVScanner(base: base, start: start, end: end)
        // Moved out, not copied: left in `tally`, the first row of each block that changes
        // one of its tables (the long-gap rule's ``RowTally/places``: 1.5 MiB a worker
        // for the 1M generated rows) made a copy of it, held beside the original until
        // the block ended (issue 9).
        var t = tally
        tally = RowTally()
        defer { tally = t }
        // review57 F4: each block's first row of a country spelling is looked at (``noteCountry(_:)``).
        keyInterner.beginBlock()
        blocksBegun &+= 1
        lastCountry = .max
        t.beginFile(fileIndex)
        t.beginInput(inputIndex)
        // A local buffer and flag: a class's stored `var` costs a dynamic exclusivity
        // check per access, and these are reached on every row.
        let fingerprints = rowFingerprints
        let fingerprinting = fingerprints != nil
        let idColumn = layout.id
        var blockFingerprints: [UInt64] = [], blockDays: [Int32] = [], blockKinds: [UInt8] = [], blockCountries: [UInt32] = []
        // The rows' stable shapes (``shapeFingerprints``), with their days, kinds and countries.
        let shapeTable = layout.stableColumns.isEmpty ? nil : shapeFingerprints
        var shapeKeys: [UInt64] = [], shapeDays: [Int32] = [], shapeKinds: [UInt8] = [], shapeCountries: [UInt32] = []
        if fingerprinting {
            blockFingerprints.reserveCapacity(lastFingerprintCount); blockDays.reserveCapacity(lastFingerprintCount)
            blockKinds.reserveCapacity(lastFingerprintCount); blockCountries.reserveCapacity(lastFingerprintCount)
        }
        let problemAt = textProblem?.offset ?? Int.max
        let expected = layout.fieldCount
        // Once a block, not a row: the property trims a String (issue 9: 9% of the 1M
        // generated rows' time went to it).
        let rowNumbered = layout.rowNumbered
        totalsOn = checksSameFileTotals && layout.period < 0 && !layout.isTallyTable
            && layout.schema != .hapiConflict && layout.convertedFrom != .hapiConflict
        totalsBase = totalsOn ? base : nil
        if totalsOn {
            totalsPlaces = (layout.country, layout.adm1, layout.adm2)
            totalsColumns = SameFileTotals.textColumns(layout)
        }
        contentA = 0
        contentB = 0
        contentRows = 0
        while true {
            let line = scanner.lineFeeds
            let recordStart = scanner.position
            let outcome = scanner.next(into: spans, capacity: spanCapacity)
            let fields: Int
            switch outcome {
            case .endOfBlock:
                if let table = shapeTable, !shapeKeys.isEmpty {
                    shapeKeys.withUnsafeBufferPointer { f in
                        shapeDays.withUnsafeBufferPointer { d in
                            shapeKinds.withUnsafeBufferPointer { k in shapeCountries.withUnsafeBufferPointer { table.add(f, days: d, kinds: k, countries: $0) } }
                        }
                    }
                }
                if let table = fingerprints, !blockFingerprints.isEmpty {
                    blockFingerprints.withUnsafeBufferPointer { f in
                        blockDays.withUnsafeBufferPointer { d in
                            blockKinds.withUnsafeBufferPointer { k in blockCountries.withUnsafeBufferPointer { table.add(f, days: d, kinds: k, countries: $0) } }
                        }
                    }
                    lastFingerprintCount = blockFingerprints.count
                }
                return scanner.lineFeeds
            case let .malformed(problem, field):
                if recordStart <= problemAt && problemAt < max(scanner.position, recordStart + 1), let tp = textProblem {
                    throw BlockError(lineInBlock: line + countLineFeeds(base, from: recordStart, to: tp.offset),
                                     message: textMessage(tp.kind, base[tp.offset], layout))
                }
                let name = field < layout.names.count ? "column '\(layout.names[field])': " : ""
                throw BlockError(lineInBlock: line, message: name + problem.message)
            case let .record(n):
                fields = n
            }
            if scanner.position > problemAt, let tp = textProblem {
                throw BlockError(lineInBlock: line + countLineFeeds(base, from: recordStart, to: tp.offset),
                                 message: textMessage(tp.kind, base[tp.offset], layout))
            }
            if fields == 1 && spans[0].count == 0 && expected > 1 { continue } // blank line
            // A row of empty fields (`,,,,,,`: what Excel writes for rows it once
            // formatted at the end of a sheet) holds nothing to count: blank too.
            if fields > 1 && spans[0].count == 0 && (0 ..< min(fields, spanCapacity)).allSatisfy({ spans[$0].count == 0 }) { continue }
            if rowNumbered {
                // R's write.csv (its row names) writes a missing value as NA in every column:
                // an empty field (``RowLayout/rowNumbered``).
                for i in 0 ..< min(fields, spanCapacity) where isRMissing(base, i) { spans[i].count = 0 }
            }
            currentLine = line
            currentFields = fields
            guard fields == expected || (fields < expected && fields >= expected - layout.trailingUnnamed) else {
                throw BlockError(lineInBlock: line, message: headerLineMessage(base, fields: fields, layout: layout)
                                 ?? "expected \(expected) fields as in the header, found \(fields)" + noteLineMessage(base, fields: fields))
            }
            // A record without an id gets a key: what tally reads of it, in canonical
            // form (``noteRowKey``), for both checks on it: the copy check (ids already
            // settle a copy with them, the same id read twice is counted once, issue 11
            // item 7; HDX HAPI rows are known by their place, level, type and month) and
            // the count of records repeated within the input or met in another input.
            let withoutId = !hasId(base, idColumn)
            rowWithoutId = withoutId
            if tracksDays && !withoutId { rowIdNumber = idNumber(base, idColumn) }
            wantsRowKey = (withoutId || tracksDays) && layout.schema != .hapiConflict && layout.convertedFrom != .hapiConflict
            rowKey = nil
            do {
                switch layout.schema {
                case .ucdpGED: try ucdpRecord(base, layout, &t)
                case .acled: try acledRecord(base, layout, &t)
                case .native, .auto, .hapiConflict: try record(base, layout, &t)
                }
            } catch let message {
                if let e = repeatError { repeatError = nil; throw e }
                if message.implausibleDate && collectImplausible {
                    implausibleCount += 1
                    if implausible.count < BlockParser.implausibleListed { implausible.append((line, message.text)) }
                    continue
                }
                throw BlockError(lineInBlock: line, message: headerLineMessage(base, fields: fields, layout: layout) ?? message.text + noteLineMessage(base, fields: fields))
            }
            // A row without an id: its key, in the input's content hash and the table
            // of records (repeats within the input, records of other inputs).
            if withoutId, let k = rowKey {
                let (x, y) = ContentHash.mixes(k)
                contentA = contentA &+ x
                contentB = contentB &+ y
                contentRows += 1
                if fingerprinting {
                    // Rows naming different people are not copies (review32 R2: a
                    // per-victim list, one row per person, was refused as joined
                    // exports): the person columns go into the key the table compares,
                    // not into the record key (``ContentHash``, the overlap prints).
                    blockFingerprints.append(rowOthers == 0 ? k : Self.withOthers(k, rowOthers)); blockDays.append(rowDay); blockKinds.append(rowKind); blockCountries.append(rowCountry)
                }
                if shapeTable != nil && rowStableShape != 0 {
                    shapeKeys.append(rowStableShape); shapeDays.append(rowDay); shapeKinds.append(rowKind); shapeCountries.append(rowCountry)
                }
            }
        }
    }

    /// A record that is a header line, in the middle of a file: the mark of a file
    /// appended to another or to itself (`cat a.csv >> a.csv`), after which rows are
    /// counted twice or read into the wrong columns. At least two of its fields, and
    /// half of them, are the file's column names (compared as header names are).
    /// Looked at only for a record already refused, so it costs nothing otherwise.
    private func headerLineMessage(_ base: UnsafePointer<UInt8>, fields: Int, layout: RowLayout) -> String? {
        let n = min(fields, spanCapacity)
        guard n >= 2 else { return nil }
        let names = layout.names.map { $0.trimmingSpaces.lowercased() }
        let known = Set(names.filter { !$0.isEmpty })
        let row = (0 ..< n).map { text(base, $0).trimmingSpaces.lowercased() }
        let named = row.filter(known.contains).count
        guard named >= 2 && named * 2 >= n else { return nil }
        if row == Array(names.prefix(n)) && fields == names.count {
            return "this line repeats the header (the file's column names): the file looks like a CSV file appended to another "
                + "or to itself (cat a.csv >> b.csv), and the rows after it may repeat rows before it, which would be counted twice; "
                + "remove this line and any rows it brings twice, or give the files to tally separately (a copy is read once, an id counted once)"
        }
        return "this line is a header (column names) unlike the file's own: the file looks like another CSV file appended to it, "
            + "whose rows would be read into the wrong columns; give the files to tally separately, each with its own header"
    }

    /// readers19 (issue 11, message): a refused record of text alone, every field it fills
    /// holding a letter and no digit ("Checked,by,desk" right under the header): no date
    /// and no figure, a note, not a record. Its refusal said only the field count, or
    /// `"by" is not a valid date`; it says what the row is and what to do. Empty for any
    /// other record. Looked at only for a record already refused.
    private func noteLineMessage(_ base: UnsafePointer<UInt8>, fields: Int) -> String {
        let n = min(fields, spanCapacity)
        let cells = (0 ..< n).map { text(base, $0).trimmingSpaces }.filter { !$0.isEmpty }
        guard !cells.isEmpty, cells.allSatisfy({ $0.contains(where: \.isLetter) && !$0.contains(where: \.isNumber) }) else { return "" }
        let shown = cells.prefix(4).map { "\"\(MessageText.excerpt($0, limit: 30))\"" }.joined(separator: ", ") + (cells.count > 4 ? ", …" : "")
        return "; this row holds text alone (\(shown)), no date and no figure: a note written among the records, not a record; "
            + "delete it (in a workbook, delete the row: notes belong in a sheet of their own)"
    }

    private func textMessage(_ kind: TextProblem.Kind, _ byte: UInt8, _ layout: RowLayout) -> String {
        switch kind {
        case .invalidUTF8: BlockParser.notUTF8Message(byte, given: layout.encodingGiven)
        case .nulByte: "NUL byte: this is not a text CSV file"
        }
    }

    /// A byte that is not UTF-8 in text read as UTF-8: what it most likely is and what
    /// reads it. With `--encoding utf-8` given, the option that reads it; detected, the
    /// text before it was UTF-8 (a UTF-8 letter or byte-order mark came first), so the
    /// file mixes two encodings and no single `--encoding` reads all of it.
    static func notUTF8Message(_ byte: UInt8, given: TextEncoding?) -> String {
        let what = "invalid UTF-8: \(LikelyEncoding.byteText(byte))"
        guard let option = LikelyEncoding.option(for: byte) else {
            return what + " is text in no encoding tally reads: is this a CSV file, and was it damaged in transfer?"
        }
        if given == .utf8 {
            return what + " is not UTF-8 as --encoding utf-8 says; the file looks like Windows-1252 (an older Windows export): give \(option) instead"
        }
        return what + ", but the text before it is UTF-8 (a UTF-8 letter or byte-order mark comes first): the file mixes two encodings, "
            + "which no --encoding reads whole (\(option) would read this line and turn the UTF-8 letters into pairs like \"Ã©\"); "
            + "re-save the file as UTF-8 from the program that made it, or correct this line"
    }

    /// A field's text for messages (unescaped, lossless).
    private func text(_ base: UnsafePointer<UInt8>, _ i: Int) -> String {
        let s = spans[i]
        let str = String(decoding: UnsafeBufferPointer(start: base + s.start, count: s.count), as: UTF8.self)
        return s.hasEscapes ? str.replacingDoubledQuotes : str
    }

    /// The measure spelling read last (its bytes as the key memo keeps them) and its id.
    @exclusivity(unchecked) private var lastMeasureKey = KeyInterner.Memo.Key()
    @exclusivity(unchecked) private var lastMeasureId: UInt32 = 0

    /// A row's measure id. A file holds a few measures, most rows the one before's: the
    /// same bytes give the same id (a measure's interning counts nothing and depends on
    /// its bytes alone), so the key memo's look-up is skipped (issue 9, stop 52: on 1M
    /// generated rows interning's 239 instructions a row fell to 170, and this costs 57 of
    /// them back, not being inlined: a gain of about 12).
    @inline(__always)
    private func measureId(_ base: UnsafePointer<UInt8>, _ layout: RowLayout) throws(RowMessage) -> UInt32 {
        let s = spans[layout.measure]
        guard !s.hasEscapes && s.count <= KeyInterner.Memo.maxBytes else { return try intern(base, layout.measure, key: .measure, layout) }
        let key = KeyInterner.Memo.Key(base + s.start, s.count, .measure)
        if key == lastMeasureKey { return lastMeasureId }
        let id = try intern(base, layout.measure, key: .measure, layout)
        lastMeasureKey = key
        lastMeasureId = id
        return id
    }

    /// The longest key value (place, actor, measure, `--by` column) tally groups by. No
    /// real name comes near it; past it a value is a quote left open or a binary blob,
    /// and normalising it costs time that grows faster than its length (7 MB of combining
    /// marks took 100 s in NFC).
    static let maximumKeyBytes = 1 << 20

    /// Interns a key value in canonical form (see ``KeyKind``), undoing `""` escapes
    /// first when the field has any.
    @inline(__always)
    private func intern(_ base: UnsafePointer<UInt8>, _ i: Int, key kind: KeyKind, _ layout: RowLayout) throws(RowMessage) -> UInt32 {
        let s = spans[i]
        if s.count > BlockParser.maximumKeyBytes {
            throw RowMessage(column(layout, i) + "a value of \(Estimate.grouped(Int64(s.count))) bytes; a name tally groups by may be at most "
                             + "\(Estimate.grouped(Int64(BlockParser.maximumKeyBytes))) bytes (1 MiB): check the column (a quote left open?)")
        }
        let id: UInt32
        if !s.hasEscapes {
            id = keyInterner.intern(base + s.start, s.count, kind)
        } else {
            unescape(base, s)
            id = scratch.withUnsafeBytes { keyInterner.intern($0.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, $0.count, kind) }
        }
        if id == KeyInterner.mixesScripts {
            let value = text(base, i)
            let found = MixedScript.find(KeyKind.cleaned(value)) ?? MixedScript.find(kind.canonical(value))
            throw RowMessage(column(layout, i) + (found.map { MixedScript.message($0) }
                ?? "\"\(MessageText.excerpt(value, limit: 60))\" mixes scripts in a word: write it in one script"))
        }
        if id == KeyInterner.refused { throw RowMessage(column(layout, i) + BlockParser.drawnBlankMessage(text(base, i))) }
        if id == KeyInterner.footnote { throw RowMessage(column(layout, i) + BlockParser.footnoteMessage(text(base, i))) }
        if id == KeyInterner.mojibake {
            let value = text(base, i)
            throw RowMessage(column(layout, i) + Mojibake.message(value, repaired: Mojibake.repaired(value) ?? value))
        }
        return id
    }

    /// What is wrong with a key value holding U+2800 (``Invisible/drawnBlank``).
    static func drawnBlankMessage(_ value: String) -> String {
        "\"\(MessageText.excerpt(value, limit: 60))\" holds U+2800 (braille pattern blank), which draws "
            + "as a space but is not one: it would make a group apart, drawn like the name written with a space; "
            + "write a space in its place (or nothing)"
    }

    /// What is wrong with a country value ending in a footnote marker (``KeyKind/footnoteMarker(_:)``).
    static func footnoteMessage(_ value: String) -> String {
        let found = KeyKind.footnoteMarker(KeyKind.cleaned(value))
        let name = MessageText.excerpt(found?.name ?? value, limit: 60), marker = MessageText.excerpt(found?.marker ?? "", limit: 20)
        return "\"\(MessageText.excerpt(value, limit: 60))\" ends in \"\(marker)\", a footnote marker (as kept when a table is pasted "
            + "from Wikipedia or a report): read as written it would be a group apart from \"\(name)\", and a note may say its figure is "
            + "not that country's alone; remove the marker from the data (a note belongs in a column of its own)"
    }

    private func unescape(_ base: UnsafePointer<UInt8>, _ s: FieldSpan) {
        scratch.removeAll(keepingCapacity: true)
        var k = s.start
        while k < s.start + s.count {
            scratch.append(base[k])
            k += base[k] == 0x22 ? 2 : 1
        }
    }

    /// Interns a field as written (sources, incident ids), undoing `""` escapes first
    /// when the field has any.
    @inline(__always)
    private func intern(_ base: UnsafePointer<UInt8>, _ i: Int, into table: Interner) -> UInt32 {
        let s = spans[i]
        if !s.hasEscapes { return table.intern(base + s.start, s.count) }
        scratch.removeAll(keepingCapacity: true)
        var k = s.start
        while k < s.start + s.count {
            scratch.append(base[k])
            k += base[k] == 0x22 ? 2 : 1
        }
        return scratch.withUnsafeBytes { table.intern($0.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, $0.count) }
    }

    @inline(__always)
    private func isEmpty(_ i: Int) -> Bool { i < 0 || spans[i].count == 0 }

    /// Whether field `i` is ASCII digits, spaces around them aside (`3`, ` 12 `).
    private func isWholeNumber(_ base: UnsafePointer<UInt8>, _ i: Int) -> Bool {
        let s = spans[i]
        var digits = 0, k = s.start
        let end = s.start + s.count
        while k < end && base[k] == 0x20 { k += 1 }
        while k < end && base[k] >= 0x30 && base[k] <= 0x39 { k += 1; digits += 1 }
        while k < end && base[k] == 0x20 { k += 1 }
        if digits > 0 && k == end { return true }
        // Written otherwise (review35 S-i: `3.0`, `1,204`, `٣` were read as text, and the
        // row as one event): any number, whole or not (`3.5` is no count either).
        return Self.countText(text(base, i)) != nil
    }

    /// A count as spreadsheets and other tools write it: ASCII, Arabic-Indic (`٣`) or
    /// Extended Arabic-Indic (`۳`) digits, with `,` or `٬` grouping thousands (`1,204`),
    /// or a decimal point or `٫` (`3.0`, `3.5`). `whole`: its value when it is a whole
    /// number (`3.0` is 3), nil for `3.5`. Nil for anything else (text, `1,5`).
    static func countText(_ raw: String) -> (text: String, whole: Int64?)? {
        var ascii = ""
        for u in raw.trimmingSpaces.unicodeScalars {
            switch u.value {
            case 0x30...0x39, 0x2C, 0x2E: ascii.unicodeScalars.append(u)
            case 0x660...0x669: ascii.unicodeScalars.append(Unicode.Scalar(u.value - 0x660 + 0x30)!)
            case 0x6F0...0x6F9: ascii.unicodeScalars.append(Unicode.Scalar(u.value - 0x6F0 + 0x30)!)
            case 0x66C: ascii += ","
            case 0x66B: ascii += "."
            default: return nil
            }
        }
        let parts = ascii.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count <= 2, let wholePart = parts.first, !wholePart.isEmpty else { return nil }
        let groups = wholePart.split(separator: ",", omittingEmptySubsequences: false)
        // `1,5`: a decimal comma, no count.
        if parts.count == 1, groups.count == 2, groups[0].count >= 1, groups[1].count >= 1, groups[1].count != 3,
           groups.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) { return (ascii, nil) }
        guard let head = groups.first, (1...(groups.count > 1 ? 3 : 16)).contains(head.count),
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        let digits = groups.joined()
        if parts.count == 2 {
            let fraction = parts[1]
            guard !fraction.isEmpty, !fraction.contains(","), fraction.allSatisfy(\.isNumber) else { return nil }
            if fraction.contains(where: { $0 != "0" }) { return (ascii, nil) }
        }
        let significant = digits.drop { $0 == "0" }
        guard significant.count <= 16, let v = Int64(significant.isEmpty ? "0" : significant), v <= Estimate.maximumValue else { return nil }
        return (ascii, v)
    }

    private func column(_ layout: RowLayout, _ i: Int) -> String { "column '\(layout.names[i])': " }

    /// Parses a count: digits only, at most 2^53.
    @inline(__always)
    /// `events`: the `events` column, which also takes the forms of ``countText(_:)``.
    /// ``Estimate/maximumValue`` as a constant of this module, which the row's figures are
    /// checked against without a call (TallyCore's stored global costs one a figure across
    /// modules: issue 9). A test pins the two equal.
    static let countLimit: Int64 = 1 << 53

    private func count(_ base: UnsafePointer<UInt8>, _ i: Int, _ layout: RowLayout, events: Bool = false) throws(RowMessage) -> Int64 {
        let s = spans[i]
        var p = base + s.start
        var n = s.count
        // Tolerate spaces around a number, as spreadsheets often leave them.
        while n > 0 && p[0] == 0x20 { p += 1; n -= 1 }
        while n > 0 && p[n - 1] == 0x20 { n -= 1 }
        if n > 0 && n <= 16 {
            var v: Int64 = 0
            var k = 0
            while k < n {
                let d = Int64(p[k]) &- 0x30
                if d < 0 || d > 9 { break }
                v = v &* 10 &+ d
                k += 1
            }
            if k == n && v <= BlockParser.countLimit { return v }
        }
        return try countSlowPath(text(base, i), column: column(layout, i), convention: layout.convention, events: events)
    }

    /// Counts the fast path turned down: whole numbers written with decimals or
    /// leading zeros, as spreadsheets and pandas export them (`5.0`, `007`), are
    /// accepted; everything else gets a message saying what is wrong with it.
    ///
    /// Under a locale that groups digits with dots (`de`, `es`, …) a `5.000` in a numeric
    /// column is refused rather than read as 5: the user said the data is written that
    /// way, and a spreadsheet saved in it may well mean five thousand. With no locale at
    /// all it is refused too (it could be either); `--locale en` reads it as 5.
    private func countSlowPath(_ raw: String, column c: String, convention: NumberConvention, events: Bool = false) throws(RowMessage) -> Int64 {
        var t = raw.trimmingSpaces
        if t.isEmpty { throw RowMessage(c + "empty, expected a number") }
        // In the `events` column (review35 S-i): Arabic-Indic digits and separators (`٣`, `١٬٢٠٤`) are read as ASCII's (review35 S-i).
        if events, t.unicodeScalars.contains(where: { (0x660...0x66C).contains($0.value) || (0x6F0...0x6F9).contains($0.value) }),
           let n = Self.countText(t) {
            t = n.text
        }
        // Thousands grouped with commas (`1,204`, as spreadsheets export a count) where a
        // comma groups digits: a count has no decimals, so the comma is no decimal mark.
        if events, t.contains(","), convention.groupSeparators.contains(","), !t.contains("."), let n = Self.countText(t), let v = n.whole {
            return v
        }
        let isDigits = { (s: Substring) in !s.isEmpty && s.allSatisfy { $0.isASCII && $0.isNumber } }
        let parts = t.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        let fraction = parts.count > 1 ? parts[1] : ""
        if convention.groupSeparators.contains("."), parts.count > 1, fraction.count == 3, isDigits(fraction),
           isDigits(whole), (1...3).contains(whole.count) {
            throw RowMessage(c + "\"\(raw)\" could be \(whole) or \(whole)\(fraction): the locale \(convention.name) groups digits with dots; numeric columns take digits only (write \(whole)\(fraction), or put the text in the estimate column)")
        }
        if convention == .unspecified, parts.count > 1, fraction == "000", isDigits(whole), (1...3).contains(whole.count),
           whole.contains(where: { $0 != "0" }) {
            // `5.0` is pandas' float; `5.000` is as likely a thousands group (de, es, tr, id…).
            throw RowMessage(c + "\"\(raw)\" could be \(whole) or \(whole)000 (a dot groups thousands in many locales); write \(whole) or \(whole)000, or say how the file writes numbers with --locale (en: the dot is a decimal point; de: it groups thousands)")
        }
        if isDigits(whole) && (parts.count == 1 || (isDigits(fraction) && fraction.allSatisfy { $0 == "0" })) {
            let significant = whole.drop { $0 == "0" }
            if significant.count <= 16, let v = Int64(significant.isEmpty ? "0" : significant), v <= Estimate.maximumValue {
                return v
            }
            throw RowMessage(c + "\"\(raw)\" is larger than 2^53 (9,007,199,254,740,992)")
        }
        if let v = Self.scientificCount(t) { return v }
        if t.hasPrefix("-"), Double(t.dropFirst()) != nil {
            throw RowMessage(c + "\"\(raw)\" is negative; counts cannot be negative")
        }
        if t.hasPrefix("+"), Double(t.dropFirst()) != nil {
            throw RowMessage(c + "\"\(raw)\" has a sign; write the count as digits only")
        }
        if isDigits(whole) && isDigits(fraction) { throw RowMessage(c + "\"\(raw)\" is not a whole number") }
        if t.contains(",") && t.allSatisfy({ $0 == "," || ($0.isASCII && $0.isNumber) }) {
            throw RowMessage(c + "\"\(raw)\" is not a number: write digits only (no thousands separator), or put estimate text in the estimate column")
        }
        throw RowMessage(c + "\"\(raw)\" is not a number")
    }

    /// A whole count in scientific notation, as R writes a round number of a double
    /// column (`write.csv`, readr's `write_csv`: `1e+05` for 100000, `1.2e+07`):
    /// review48 F12, refused as "not a number". Read only when the value is a whole
    /// number exactly (`1.5e+01` is 15; `1.25e+01` is no count) within 2^53.
    static func scientificCount(_ text: String) -> Int64? {
        let b = Array(text.utf8)
        guard let e = b.firstIndex(where: { $0 == 0x65 || $0 == 0x45 }), e > 0 else { return nil }
        let mantissa = b[..<e], exponentBytes = b[(e + 1)...].drop { $0 == 0x2B }
        guard !exponentBytes.isEmpty, exponentBytes.count <= 2, exponentBytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              let exponent = Int(String(decoding: exponentBytes, as: UTF8.self)) else { return nil }
        let parts = mantissa.split(separator: 0x2E, maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count <= 2, !parts[0].isEmpty else { return nil }
        let fraction = parts.count == 2 ? Array(parts[1].reversed().drop { $0 == 0x30 }.reversed()) : []
        let digits = Array(parts[0]) + fraction
        guard digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), fraction.count <= exponent, digits.count <= 16 else { return nil }
        guard var v = Int64(String(decoding: digits, as: UTF8.self)) else { return nil }
        for _ in 0 ..< (exponent - fraction.count) {
            guard v <= Estimate.maximumValue / 10 else { return nil }
            v *= 10
        }
        return v <= Estimate.maximumValue ? v : nil
    }

    /// Rows with implausible dates listed (per parser) for `tally info`.
    static let implausibleListed = 20

    /// Refuses a date outside the plausible span (a placeholder like 9999-12-31, a
    /// typo like year 0025): it would stretch charts and decide `period: latest`.
    @inline(__always)
    private func checkPlausible(_ d: CalendarDay, _ layout: RowLayout, _ i: Int) throws(RowMessage) {
        let plausible = layout.plausible ?? self.plausible
        if !plausible.isPlaceholder(d) && plausible.contains(d) { return }
        var m = RowMessage(column(layout, i) + Self.implausible(d, plausible)!)
        m.implausibleDate = true
        throw m
    }

    /// audit9 F1 (silent): a table's `period` (`9999`, `9999-12`, `1850-Q1`, `2099-01`: a
    /// placeholder, a typo, or a table another tool wrote) is held to the plausible span as
    /// a date is: it would stretch a timeline to the year 9999 as a date would. The
    /// period's first day is what must lie in the span (the current year's period ends
    /// after tomorrow and is plausible); placeholders of single days (1970-01-01) are no
    /// placeholders as the first day of a period.
    private func checkPlausiblePeriod(_ first: CalendarDay, _ base: UnsafePointer<UInt8>, _ layout: RowLayout) throws(RowMessage) {
        let plausible = layout.plausible ?? self.plausible
        // hostile9 F1: an interval's last period too (`2023-01/9999-12` was read, a row of
        // 2023/9999): its first day must lie in the span as the interval's does.
        // audit9b (nit, needless refusal): a last period that begins in the month the span
        // ends in is the period in progress, read as that month is (`2026-12-01/2026-12-31`
        // on 7 December as `2026-12`; `2026-W01/2026-W52` as the year).
        let label = text(base, layout.period).trimmingSpaces
        if plausible.contains(first), let slash = label.lastIndex(of: "/"),
           let last = PeriodKind.days(ofLabel: String(label[label.index(after: slash)...]))?.first, !plausible.contains(last),
           !(last > plausible.last && last <= PeriodKind.month.lastDay(PeriodKind.month.key(plausible.last))) {
            var m = RowMessage(column(layout, layout.period) + "\"\(label)\" runs to a period starting on \(last), outside the "
                               + "plausible dates \(plausible) (a placeholder or a typo?); --date-range widens the span for historical data "
                               + "(e.g. --date-range 1800..2100, or any)")
            m.implausibleDate = true
            throw m
        }
        if plausible.contains(first) { return }
        var m = RowMessage(column(layout, layout.period) + "\"\(text(base, layout.period).trimmingSpaces)\" starts on \(first), outside the "
                           + "plausible dates \(plausible) (a placeholder or a typo?); --date-range widens the span for historical data "
                           + "(e.g. --date-range 1800..2100, or any)")
        m.implausibleDate = true
        throw m
    }

    /// Why `d` is refused as a date of an event (after the column's name), nil when it is
    /// plausible (``PlausibleDates``): a placeholder, or outside the span.
    static func implausible(_ d: CalendarDay, _ plausible: PlausibleDates) -> String? {
        if plausible.isPlaceholder(d) {
            return "\(d) is a placeholder exports write for a date not known (1900-01-01 is Excel's "
                + "first day, 1904-01-01 that of Excel for Mac's 1904 date system, 1970-01-01 Unix time 0): it would stretch charts back to \(d.components.year); give the real date or "
                + "leave the row out, or give --date-range (e.g. --date-range 1900..) if the event did happen on that day"
        }
        if plausible.contains(d) { return nil }
        return "\(d) is outside the plausible dates \(plausible) (a placeholder or a typo?); "
            + "--date-range widens the span for historical data (e.g. --date-range 1800..2100, or any)"
    }

    /// Names of the measures seen in the rows read.
    var measuresSeen: [String] { measuresFirstRead.map(\.name) }

    /// The measures seen in the rows read, with where this worker first read each,
    /// `(sequence + 1) << 32 | line in block`.
    var measuresFirstRead: [(name: String, at: UInt64)] {
        tally.measureSeen.indices.filter { tally.measureSeen[$0] != 0 }
            .map { (aggregator.strings.string(UInt32($0)), tally.measureSeen[$0]) }
    }

    /// Whether the row is not to be counted here: its id was read from a file given
    /// later (the later file's figures win), or the same row came earlier in this input
    /// (counted once). The same id with other contents in one input is refused.
    @inline(__always)
    ///
    /// `o`'s figures (and `salt`) make the row's fingerprint; `identity`: whether its
    /// date, country and source tell its events apart (``nativeIdentity(_:_:_:)``). Both
    /// are worked out only past the rising-id path (no autoclosures: their contexts cost
    /// a retain and release a row, issue 9, stop 52).
    private func isSuperseded(_ base: UnsafePointer<UInt8>, _ layout: RowLayout, measure: UInt32?, _ o: Observation,
                              salt: UInt64 = 0, identity withIdentity: Bool = false) throws(RowMessage) -> Bool {
        guard hasId(base, layout.id) else { return false }
        let s = spans[layout.id]
        if layout.schema.idsAreIntegers, integerIdForm(base + s.start, s.count) == .other {
            throw RowMessage(column(layout, layout.id) + "\"\(MessageText.excerpt(text(base, layout.id), limit: 40))\" is not a UCDP GED id, which is a whole number written in digits "
                + "(a fraction, an exponent form such as 2.446570e+05, or a sign: a spreadsheet rewrote the ids and may have lost digits, "
                + "so an event could not be matched with its id in another file); export the ids again as whole numbers (the column "
                + "formatted as text, or as a number without decimals) or use the file as UCDP gives it")
        }
        if checksIdOrder {
            idOrder.note(base + s.start, s.count, measure: measure, integer: layout.schema.idsAreIntegers, foldsCase: layout.schema.idsFoldCase)
            return false
        }
        // Worked out only here: a row without an id, and the one input whose ids rise,
        // never use them (they were 6-7% of the CPU time of reading such a file).
        let fingerprint = fingerprint(o) &+ salt, identity = withIdentity ? nativeIdentity(base, layout, o) : 0
        var key = EventKey(base + s.start, s.count, namespace: layout.schema.rawValue, integer: layout.schema.idsAreIntegers, foldsCase: layout.schema.idsFoldCase)
        if let m = measure { key.mix(aggregator.strings.string(m)) }
        if let later = laterIds, let previous = later[key] {
            // Native ids are often row numbers each source starts at 1: the same id for
            // another date or country, or from another source, is another event, not a
            // newer version of this one.
            if identity != 0 && previous.identity != 0 && previous.identity != identity {
                let place = previous.identity >> 32 != identity >> 32
                // Neither row names a source (``nativeIdentity``): another adm_1, adm_2 or actor.
                let unsourced = !place && identity & 3 == 3 && previous.identity & 3 == 3
                let what = place ? "another date or country"
                    : "another source (here \(sourceHere(base, layout)))"
                let f = Int(previous.file)
                let later = f < inputNames.count ? (inputNames[f] == "-" ? "standard input" : inputNames[f]) : "a file given later"
                let id = "the id \"\(text(base, layout.id))\"\(measure.map { " (measure \(aggregator.strings.string($0)))" } ?? "") is in \(later), given later, "
                // Short: the way out must fit the message's 400 bytes with long paths.
                if unsourced {
                    throw RowMessage(column(layout, layout.id) + id + "with another place or actor, and no source is named: a row number each file "
                        + "starts at 1, not one event; give each file's ids a prefix (a-1, b-1), or name the source (a source column or "
                        + "the spec's source:) if the later file corrects these events")
                }
                throw RowMessage(column(layout, layout.id) + id + "with \(what), so it cannot be a newer version of this event "
                    + "(a later file replaces only rows of the same date, country and source): "
                    + "an id must name one event in every file given; give each source's ids a prefix of its own (a-1, b-1), "
                    + (place ? "or correct the date or country in one of the files"
                       : layout.declaredSource != nil && !namesSource(base, layout)
                       ? "or, if both files are releases of one source, give their datasets the same source: in the spec"
                       : "or correct the source in one of the files"))
            }
            // An event read twice in this input is one event replaced once: its repeat
            // counts as a repeat within the input (an input that holds id 1 twice, and a
            // later file with id 1, is 1 repeat and 1 replaced, not 2 replaced). Another
            // version in this input is replaced by the later file's too, and not counted again.
            if let ids = inputIds {
                let row = rowHash(base, layout)
                switch ids.add(key, InputIds.Entry(fingerprint: fingerprint, identity: identity, row: row, sequence: sequence, line: currentLine)) {
                case .first: break
                case .repeated:
                    duplicates.withinFile += 1
                    return true
                case .differs: return true
                }
            }
            if previous.fingerprint == UInt32(truncatingIfNeeded: fingerprint ^ (fingerprint >> 32)) { duplicates.dropped += 1 } else { duplicates.replaced += 1 }
            return true
        }
        guard let ids = inputIds else { return false }
        let row = rowHash(base, layout)
        switch ids.add(key, InputIds.Entry(fingerprint: fingerprint, identity: identity, row: row, sequence: sequence, line: currentLine)) {
        case .first:
            return false
        case .repeated:
            duplicates.withinFile += 1
            return true
        case let .differs(other):
            // Reported at the earlier row, naming the later: the same message whichever
            // worker reads which row first.
            let here = (sequence, currentLine)
            let (early, late) = (other.sequence, other.line) < here ? ((other.sequence, other.line), here) : (here, (other.sequence, other.line))
            let what = measure.map { " (measure \(aggregator.strings.string($0)))" } ?? ""
            // Each line's own spelling of the id (readers18, review58 P3: the earlier
            // line's `SYR1` was quoted as the later's `syr1`). Only what both rows know of
            // each other is said, so the message is the same whichever worker met which
            // row first (review58 P1): whether the two are written alike (then this
            // row's spelling is both's), and whether each is written as the id is
            // compared (then that is its spelling); another spelling is not quoted.
            let spelt = InputIds.spellingBits, exact = InputIds.writtenAsCompared
            let said: String
            if other.row & spelt == row & spelt {
                said = "the id \"\(text(base, layout.id))\"\(what) is on \(BlockError.otherLineMark) again with other contents"
            } else {
                let compared = MessageText.excerpt(comparedId(base, layout), limit: 60)
                let how = layout.schema.idsFoldCase ? "ids are compared without letter case"
                    : layout.schema.idsAreIntegers ? "ids are compared as whole numbers" : "ids of digits are compared without leading zeros"
                let hereEarly = here == early
                let earlyExact = (hereEarly ? row : other.row) & exact != 0, lateExact = (hereEarly ? other.row : row) & exact != 0
                if earlyExact {
                    said = "the id \"\(compared)\"\(what) is on \(BlockError.otherLineMark) again with other contents, written another way there (\(how))"
                } else if lateExact {
                    said = "the id of this line\(what) is on \(BlockError.otherLineMark) again with other contents, written \"\(compared)\" there and another way here (\(how))"
                } else {
                    said = "the id \"\(compared)\"\(what) (as \(how)) is on \(BlockError.otherLineMark) again with other contents, written another way on each line"
                }
            }
            let message = column(layout, layout.id) + said + "; "
                + "one input cannot say which version to count: keep one row, or give the versions as separate files (the later file wins)"
            repeatError = BlockError(lineInBlock: early.1, message: MessageText.limited(message), sequence: early.0,
                                     otherRow: (late.0, late.1))
            throw RowMessage("repeated id")
        }
    }

    /// The id in column `i` as a whole number, digits only (up to 18), or -1.
    @inline(__always)
    private func idNumber(_ base: UnsafePointer<UInt8>, _ i: Int) -> Int64 {
        let c = spans[i]
        guard c.count > 0 && c.count <= 18 else { return -1 }
        var v: Int64 = 0
        for j in c.start ..< c.start + c.count {
            let d = base[j] &- 0x30
            guard d < 10 else { return -1 }
            v = v * 10 + Int64(d)
        }
        return v
    }

    /// Whether the row has an id in column `i`: not empty, nor only invisible characters
    /// (``idBounds``). An id of a space or an LRM alone names no event; read as one, every
    /// such row would be one event (replaced by a later file's, silently).
    @inline(__always)
    private func hasId(_ base: UnsafePointer<UInt8>, _ i: Int) -> Bool {
        guard i >= 0 else { return false }
        let c = spans[i]
        guard c.count > 0 else { return false }
        let first = base[c.start], last = base[c.start + c.count - 1]
        // Plain ASCII at both ends: an id (the usual case, without decoding).
        if first > 0x20 && first < 0x7F && last > 0x20 && last < 0x7F { return true }
        let (s, e) = idBounds(base + c.start, c.count)
        return e > s
    }

    /// A hash of a row's contents, to tell a row repeated within an input from another
    /// version of its id: the id as it is compared (``idBounds``: without its quotes and
    /// the invisible characters around it; `214797.0` as 214797 where ids are integers),
    /// the other fields by their values, up to the last non-empty one: a field's value
    /// is what it holds without its quotes (`""` read as `"`) and without the invisible
    /// characters around it, as key values are read (spec.md, "Key values"). `a-1,…` and
    /// `"a-1\t",…` with the rest alike are one row given twice, not two versions
    /// (review16 #10), and so are `Aleppo` and `"Aleppo"` or ` Aleppo` (review17 #9),
    /// and rows that differ only in trailing empty columns. A row none of whose fields
    /// is quoted or has white space at an end (the usual case) is hashed from its bytes
    /// as they are, which are then its values joined by commas: three hashes of the row's
    /// bytes, not one per field (that cost a quarter more CPU on 1M rows with ids read
    /// as two files); other rows spell their values out the same way (``valuesHash``).
    @inline(__always)
    private func rowHash(_ base: UnsafePointer<UInt8>, _ layout: RowLayout) -> UInt64 {
        let k = layout.id
        var last = currentFields - 1
        while last > k, spans[last].count == 0 { last -= 1 }
        let id = spans[k]
        let (s, e) = eventIdBounds(base + id.start, id.count, integer: layout.schema.idsAreIntegers)
        var h: UInt64
        let integer = layout.schema.idsAreIntegers, folds = layout.schema.idsFoldCase
        if idChangesWhenCompared(base + id.start + s, e - s, integer: integer, foldsCase: folds) {
            // Thousands separators left out (``integerIdForm``); an ACLED id's letters
            // in one case, as ``EventKey`` compares them (readers18, review58 P3: `SYR1`
            // then `syr1` with every other field equal was refused as "another version
            // with other contents"; it is the row given twice).
            let digits = comparedIdBytes(base + id.start + s, e - s, integer: integer, foldsCase: folds)
            h = digits.withUnsafeBufferPointer { recordHash($0.baseAddress!, $0.count, 0x5851_F42D_4C95_7F2D) }
        } else {
            h = recordHash(base + id.start + s, e - s, 0x5851_F42D_4C95_7F2D)
        }
        if k > 0 {
            h = (h &* 0x9E37_79B9_7F4A_7C15) ^ valuesHash(base, 0, k - 1, 0x94D0_49BB_1331_11EB)
        }
        if last > k {
            h = (h &* 0xBF58_476D_1CE4_E5B9) ^ valuesHash(base, k + 1, last, 0x2545_F491_4F6C_DD1D, trailing: true)
        }
        return (h & ~InputIds.spellingBits) | idSpelling(base, layout, compared: (s, e))
    }

    /// The high bits of a row's ``rowHash``: how its id is written, which the
    /// comparison leaves out (an ACLED id's letter case, a UCDP id's `.0`, `+`, thousands
    /// separators and leading zeros, a native id's leading zeros), for the message of an
    /// id given twice with other contents to quote each line's own spelling
    /// (readers18, review58 P3: it quoted the later line's `syr1` for the earlier
    /// line's `SYR1`). ``InputIds/spellingBits``: a 15-bit hash of the id's bytes as
    /// written (without the invisible characters around it), and a bit set when they
    /// are the id as compared (``comparedId(_:_:)``).
    @inline(__always)
    /// `compared`: the id's ``eventIdBounds``, as `rowHash` found them.
    private func idSpelling(_ base: UnsafePointer<UInt8>, _ layout: RowLayout, compared: (Int, Int)) -> UInt64 {
        let id = spans[layout.id]
        let (a, z) = idBounds(base + id.start, id.count)
        let (s, e) = compared
        let plain = a == s && z == e
            && !idChangesWhenCompared(base + id.start + s, e - s, integer: layout.schema.idsAreIntegers, foldsCase: layout.schema.idsFoldCase)
        // The top bits of a hash that mixes every byte into every bit (review59 F1:
        // ``recordHash``'s low bits left out an id's first byte below 8 bytes, so
        // `syr1000` and `Syr1000` looked written alike, and a line was quoted the other's
        // spelling).
        let tag = (Interner.hash(base + id.start + a, z - a) >> 49) << 48
        return tag | (plain ? InputIds.writtenAsCompared : 0)
    }

    /// A row's id as ids are compared (``EventKey``): without the invisible characters
    /// around it, a UCDP id's `.0`, `+`, thousands separators and an all-digit id's
    /// leading zeros; an ACLED id's letters in upper case.
    private func comparedId(_ base: UnsafePointer<UInt8>, _ layout: RowLayout) -> String {
        let id = spans[layout.id]
        let (s, e) = eventIdBounds(base + id.start, id.count, integer: layout.schema.idsAreIntegers)
        let bytes = comparedIdBytes(base + id.start + s, e - s, integer: layout.schema.idsAreIntegers, foldsCase: layout.schema.idsFoldCase)
        let text = String(decoding: bytes, as: UTF8.self)
        return id.hasEscapes ? text.replacingDoubledQuotes : text
    }

    /// The hash of fields `from...to` by their values (``rowHash``). When every field is
    /// written as its value (not quoted, nothing invisible at either end), the bytes
    /// from the first to the last are the values joined by commas and are hashed as they
    /// are. Otherwise the values are joined by commas in ``scratch`` and hashed the same
    /// way, so `"Aleppo"` hashes as `Aleppo`; values holding a comma, a quote or a line
    /// end (which only a quoted field can hold, so no unquoted row has them) are written
    /// with their lengths instead and hashed under another seed, so `"a,b",c` is not
    /// `a,"b,c"`. `trailing`: fields empty once trimmed at the end are left out (the
    /// caller already left out those with no bytes at all).
    @inline(__always)
    private func valuesHash(_ base: UnsafePointer<UInt8>, _ from: Int, _ to: Int, _ seed: UInt64, trailing: Bool = false) -> UInt64 {
        let rangeFrom = spans[from].start, rangeTo = spans[to].start + spans[to].count
        // A quote anywhere in the bytes: some field is quoted (an unquoted field holding
        // a quote is refused by the scanner), even an empty one (`a,"",b`).
        var plain = memchr(base + rangeFrom, 0x22, rangeTo - rangeFrom) == nil
        if plain {
            for i in from ... to {
                let sp = spans[i]
                guard sp.count > 0 else { continue }
                let a = base[sp.start], z = base[sp.start + sp.count - 1]
                if a <= 0x20 || z <= 0x20 || a == 0x7F || z == 0x7F
                    || (a > 0x7F && Invisible.length(at: base, sp.start, sp.start + sp.count) > 0)
                    || (z > 0x7F && Invisible.length(endingAt: base, sp.start, sp.start + sp.count) > 0) { plain = false; break }
            }
        }
        if plain { return recordHash(base + rangeFrom, rangeTo - rangeFrom, seed) }
        // The values, trimmed, with `""` undone (buffers kept: an R-style file quotes
        // every field of every row).
        valueBytes.removeAll(keepingCapacity: true)
        valueRanges.removeAll(keepingCapacity: true)
        valueJoined.removeAll(keepingCapacity: true)
        var bytes = valueBytes, values = valueRanges, joined = valueJoined
        defer { valueBytes = bytes; valueRanges = values; valueJoined = joined }
        var needsLengths = false
        for i in from ... to {
            let sp = spans[i]
            let start = bytes.count
            var k = sp.start
            while k < sp.start + sp.count {
                bytes.append(base[k])
                k += (sp.hasEscapes && base[k] == 0x22) ? 2 : 1
            }
            let (a, e) = bytes.withUnsafeBufferPointer { b -> (Int, Int) in
                guard let p = b.baseAddress, b.count > start else { return (0, 0) }
                return idBounds(p + start, b.count - start)
            }
            values.append((start + a, start + e))
        }
        var n = values.count
        if trailing { while n > 1, values[n - 1].0 == values[n - 1].1 { n -= 1 } }
        for (j, v) in values.prefix(n).enumerated() {
            if j > 0 { joined.append(0x2C) }
            for b in bytes[v.0 ..< v.1] {
                if b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D { needsLengths = true }
                joined.append(b)
            }
        }
        if needsLengths {
            joined.removeAll(keepingCapacity: true)
            for v in values.prefix(n) {
                let len = v.1 - v.0
                for shift in stride(from: 0, to: 32, by: 8) { joined.append(UInt8(truncatingIfNeeded: len >> shift)) }
                joined.append(contentsOf: bytes[v.0 ..< v.1])
            }
            return joined.withUnsafeBufferPointer { recordHash($0.baseAddress!, $0.count, seed ^ 0x6C62_272E_07BB_0142) }
        }
        return joined.withUnsafeBufferPointer { b in
            guard let p = b.baseAddress else { return recordHash(base, 0, seed) }
            return recordHash(p, b.count, seed)
        }
    }

    @inline(__always)
    private func date(_ base: UnsafePointer<UInt8>, _ i: Int, _ layout: RowLayout) throws(RowMessage) -> CalendarDay {
        let s = spans[i]
        if let d = CalendarDay.parse(base + s.start, count: s.count) { return d }
        // readers14 (issue 11, refusal): a native file's midnight (`2016-05-28 00:00:00`,
        // `2016-05-28T00:00:00`, `2016-05-28 00:00`) was refused while UCDP's, ACLED's,
        // HAPI's and a workbook's date-time cells at midnight read as the day: every
        // reader takes midnight as the day now; any other time is still refused below.
        if s.count > 10, let d = CalendarDay.parseWithTime(base + s.start, count: s.count) { return d }
        // A spreadsheet's re-save (`5/11/2015`), in the order of the file
        // (``Pipeline/decideDateOrder``: its days above 12, or --date-order).
        if let order = layout.dayMonthOrder, let d = CalendarDay.parseSlashed(base + s.start, count: s.count, order: order, thisYear: thisYear) { return d }
        let t = text(base, i)
        if t.isEmpty { throw RowMessage(column(layout, i) + "empty, expected a date (YYYY-MM-DD)") }
        if let why = CalendarDay.timeOfDayRefusal(base + s.start, count: s.count) {
            throw RowMessage(column(layout, i) + "\"\(t)\" " + why)
        }
        switch CalendarDay.slashedEvidence(base + s.start, count: s.count, thisYear: thisYear) {
        case .notSlashed, .invalid: break
        case .ambiguous, .sameEitherWay, .dayFirst, .monthFirst:
            if let order = layout.dayMonthOrder {
                throw RowMessage(column(layout, i) + "\"\(t)\" is not a valid date read \(order.words), the order \(layout.dayMonthOrderReason); --date-order sets it")
            }
            // readers12 (review54 F9, message): a column that began in another form; --date-order cannot settle it.
            if let o = layout.otherDateForm[i] {
                throw RowMessage(Pipeline.twoFormsAtStart(column: layout.names[i], slashed: (nil, t), other: o))
            }
            throw RowMessage(column(layout, i) + "\"\(t)\" is a date as a spreadsheet writes it, and the start of the file has no such date with a day above 12 to say which number is the day; give --date-order dmy (28/05/2016) or --date-order mdy (05/28/2016), or write YYYY-MM-DD")
        }
        throw RowMessage(column(layout, i) + "\"\(t)\" is not a valid date (expected YYYY-MM-DD)" + CalendarDay.spreadsheetSerialAdvice(t, date1904: layout.date1904))
    }

    /// Notes where the row's `date_start` form was first read in its input (readers11 F8),
    /// and its `date_end`'s when it has one (readers12, review54 F9 (silent): ISO cells
    /// beside `28/05/2018` in UCDP's `date_end`, the column UCDP counts at, were read
    /// under --date-order dmy and landed in August). Each date column is held apart.
    private func noteDateForm(_ form: DateForm, _ base: UnsafePointer<UInt8>, _ layout: RowLayout, _ t: inout RowTally) {
        let at = UInt64(sequence + 1) << 32 | UInt64(UInt32(truncatingIfNeeded: currentLine))
        t.sawDateForm(form, input: inputIndex, at: at, text: text(base, layout.dateStart))
        guard layout.dateEnd >= 0, !isEmpty(layout.dateEnd) else { return }
        let s = spans[layout.dateEnd]
        let end: DateForm = Self.isSlashed(base, s) ? (layout.dayMonthOrder == .mdy ? .monthDayYear : .dayMonthYear)
            : s.count == 10 ? .iso : .isoWithTime
        t.sawDateForm(end, input: inputIndex, slot: 1, at: at, text: text(base, layout.dateEnd))
    }

    /// How the row's `date_start` is written, for `tally info`'s date forms.
    private func startForm(_ base: UnsafePointer<UInt8>, _ layout: RowLayout) -> DateForm {
        let s = spans[layout.dateStart]
        if let order = layout.dayMonthOrder, Self.isSlashed(base, s) { return order == .dmy ? .dayMonthYear : .monthDayYear }
        return s.count == 10 ? .iso : .isoWithTime
    }

    /// Whether `date_end` holds the same bytes as `date_start` (most events last one
    /// day): then it is already checked, and needs no second parse.
    @inline(__always)
    private func endRepeatsStart(_ base: UnsafePointer<UInt8>, _ layout: RowLayout) -> Bool {
        let a = spans[layout.dateStart], b = spans[layout.dateEnd]
        guard a.count == b.count else { return false }
        let n = a.count
        if n >= 8 && n <= 16 {
            // Two words each (overlapping for fewer than 16 bytes), all within the field:
            // no call for the common `YYYY-MM-DD` (issue 9).
            let pa = UnsafeRawPointer(base + a.start), pb = UnsafeRawPointer(base + b.start)
            return pa.loadUnaligned(as: UInt64.self) == pb.loadUnaligned(as: UInt64.self)
                && pa.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) == pb.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
        }
        return memcmp(base + a.start, base + b.start, n) == 0
    }

    /// `date_end`, when given, must be a date no earlier than `date_start` (SPEC §2).
    /// Returns it (`start` when not given).
    @inline(__always)
    private func checkDateEnd(_ base: UnsafePointer<UInt8>, _ layout: RowLayout, start: CalendarDay) throws(RowMessage) -> CalendarDay {
        guard !isEmpty(layout.dateEnd) && !endRepeatsStart(base, layout) else { return start }
        let e = try date(base, layout.dateEnd, layout)
        // An end of 9999-12-31 ("date unknown") would stretch the event's span to it.
        try checkPlausible(e, layout, layout.dateEnd)
        if e < start {
            throw RowMessage(column(layout, layout.dateEnd) + "\(e) is before date_start \(start)" + orderHint(base, layout, end: e, start: start))
        }
        return e
    }

    /// When both dates were read in a spreadsheet's order (`5/11/2015`) and the other
    /// order puts them right (the end no earlier than the start): the order read, and
    /// how to give the other (review50: a wrong `--date-order` said only that the end
    /// came first). Empty otherwise.
    private func orderHint(_ base: UnsafePointer<UInt8>, _ layout: RowLayout, end: CalendarDay, start: CalendarDay) -> String {
        guard let order = layout.dayMonthOrder else { return "" }
        let a = spans[layout.dateStart], b = spans[layout.dateEnd]
        guard Self.isSlashed(base, a) || Self.isSlashed(base, b) else { return "" }
        let other: DayMonthOrder = order == .dmy ? .mdy : .dmy
        func read(_ s: FieldSpan, _ fallback: CalendarDay) -> CalendarDay? {
            !Self.isSlashed(base, s) ? fallback : CalendarDay.parseSlashed(base + s.start, count: s.count, order: other, thisYear: thisYear)
        }
        guard let s2 = read(a, start), let e2 = read(b, end), s2 <= e2 else {
            return " (the dates read \(order.words), the order \(layout.dayMonthOrderReason))"
        }
        // An order the file's own dates decided: the other cannot be given (the deciding line
        // would not read), so this row is the odd one (review51 F8: --date-order dmy was advised).
        if !layout.dayMonthOrderGiven {
            return " (the dates read \(order.words), the order \(layout.dayMonthOrderReason); read \(other.words) they would be \(s2) to \(e2), "
                + "but that line cannot be read so: the file mixes orders, or this row's dates are wrong)"
        }
        return " (the dates read \(order.words), the order \(layout.dayMonthOrderReason); read \(other.words) they are \(s2) to \(e2): "
            + "if the file writes them so, give --date-order \(other.rawValue))"
    }

    /// The span of days the event is known to fall in: `date_start`..`date_end` when
    /// they differ, else the whole week, month, quarter or year a coarse precision
    /// names, else the one day (docs/aggregation.md, the date-span rule).
    @inline(__always)
    private func setSpan(_ o: inout Observation, end: CalendarDay, precision: DatePrecision) {
        if end > o.day {
            o.spanFirst = o.day; o.spanLast = end
        } else if precision != .day {
            (o.spanFirst, o.spanLast) = precision.span(of: o.day)
        } else {
            o.spanFirst = o.day; o.spanLast = o.day
        }
    }

    @inline(__always)
    private func record(_ base: UnsafePointer<UInt8>, _ layout: RowLayout, _ t: inout RowTally) throws(RowMessage) {
        if layout.eventsLike >= 0 && !isEmpty(layout.eventsLike) && isWholeNumber(base, layout.eventsLike) {
            let name = MessageText.excerpt(layout.names[layout.eventsLike].trimmingSpaces, limit: 40)
            let raw = text(base, layout.eventsLike)
            let kind = Self.countText(raw).map { $0.whole == nil ? "a number, not whole" : "a whole number" } ?? "a whole number"
            throw RowMessage(column(layout, layout.eventsLike) + "\(kind) (\(MessageText.excerpt(raw.trimmingSpaces, limit: 20))), "
                + "not read: if the column gives how many events each row stands for, name it events (else each row is one event, "
                + "and a table of sums beside its events reads as more events); if it holds something else, rename it to say what, "
                + "or give \(layout.byOption) \(name) to group by it")
        }
        var o = Observation()
        o.sources = t.sourceBit
        let end: CalendarDay
        // The days the row claims for the coverage rule, when a `covered` column says;
        // `claimsNone`: it says no day (`none`, or an interval row).
        var claimed: (CalendarDay, CalendarDay)?
        // Its runs when it says several (`2023-01-01/2023-02-28;2023-12-01/2023-12-31`).
        var claimedSpans: [ClosedRange<CalendarDay>] = []
        var claimsNone = false
        if layout.dateStart >= 0 {
            o.day = try date(base, layout.dateStart, layout)
            try checkPlausible(o.day, layout, layout.dateStart)
            end = try checkDateEnd(base, layout, start: o.day)
        } else {
            (o.day, end) = try periodDays(base, layout)
            try checkPlausiblePeriod(o.day, base, layout)
            // A table row's figure is the total of every day of its period: it counts
            // in a period only when it lies within it (a week across two months does not).
            o.wholeSpan = true
            if layout.covered >= 0 {
                claimedSpans = try coveredDays(base, layout, first: o.day, last: end) ?? []
                claimed = claimedSpans.first.map { ($0.lowerBound, claimedSpans[claimedSpans.count - 1].upperBound) }
                claimsNone = claimed == nil
                // Interval rows are not checked against the rows of a period.
                // By country: each country's rows say their own days (the long-gap rule
                // per country gives each its own coverage).
                if !text(base, layout.period).contains("/") {
                    let country = layout.country < 0 ? UInt32.max : (try? intern(base, layout.country, key: .region, layout)) ?? .max
                    t.notePeriodClaim(period: (o.day, end), claim: claimed, country: country,
                                      spans: claimedSpans.count > 1 ? claimedSpans : [])
                }
            }
            if layout.partialWords >= 0 && !isEmpty(layout.partialWords) {
                throw RowMessage(column(layout, layout.partialWords) + "\"\(text(base, layout.partialWords))\": the row's period is "
                    + "covered only in part, and the file has no covered column saying which days (a tally before 2026-12 wrote it); "
                    + "write the report's CSV again with this tally, or add a covered column (YYYY-MM-DD/YYYY-MM-DD, the days covered)")
            }
        }
        if isEmpty(layout.measure) { throw RowMessage(column(layout, layout.measure) + "empty, expected a measure name") }
        // A table tally wrote without a country column (`--by actor`, a report of
        // summaries) has none to give (review9d #15); any other row must.
        if layout.country >= 0 && isEmpty(layout.country) { throw RowMessage(column(layout, layout.country) + "empty, expected a country") }
        try figures(base, layout, into: &o)
        let precision = layout.datePrecision < 0 ? DatePrecision.day : try namedPrecision(base, layout)
        setSpan(&o, end: end, precision: precision)
        let isIncident = layout.incident >= 0 && spans[layout.incident].count > 0
        if layout.events >= 0 && !isEmpty(layout.events) {
            // A row of `tally aggregate`'s output stands for its events: re-aggregated,
            // they are summed, not counted as one row each.
            o.events = try count(base, layout.events, layout, events: true)
            // No events and no figure is a place and period counted and found empty (HDX
            // HAPI's monthly counts give such rows; their events are carried as the file's,
            // review46 N-j): it adds nothing. Events 0 beside a figure is refused.
            if o.events == 0 && (o.best != 0 || o.low != 0 || o.high != 0 || o.unbounded) {
                throw RowMessage(column(layout, layout.events) + "0 beside a figure: a row that stands for no event has no figure (0); leave it empty for 1 event")
            }
            if isIncident && o.events != 1 {
                throw RowMessage(column(layout, layout.events) + "\(o.events) in a report of an incident ('incident' is given): "
                    + "an incident is one event; give one report a row, or leave 'incident' empty")
            }
        }

        o.measure = try measureId(base, layout)
        if o.measure == emptyName { throw RowMessage(column(layout, layout.measure) + "only white space, expected a measure name") }
        t.sawMeasure(o.measure, at: UInt64(sequence + 1) << 32 | UInt64(UInt32(truncatingIfNeeded: currentLine)))
        // HAPI rows converted to native say how HAPI wrote its dates (FileSummary.hapi).
        if layout.convertedFrom != .hapiConflict {
            // readers14: a native midnight (`2016-05-28 00:00:00`, read since readers14) is
            // said as a date with a time, as UCDP's is (it was said as YYYY-MM-DD).
            if layout.dayMonthOrder == nil || layout.dateStart < 0 { t.dateForms.add(layout.dateStart >= 0 && spans[layout.dateStart].count > 10 ? .isoWithTime : .iso) } else {
                let form = startForm(base, layout)
                t.dateForms.add(form)
                noteDateForm(form, base, layout, &t)
            }
        }
        // A stock observation (members on 15 May) says nothing of the events of the
        // days around it: it covers days for the coverage rule only in a dataset
        // without flows (review10c F11: it bridged a gap in the killed records).
        let isStock = aggregator.isStock(measure: o.measure)
        if try isSuperseded(base, layout, measure: o.measure, o, identity: true) {
            let country = layout.country < 0 || layout.isTallyTable ? UInt32.max : (try? intern(base, layout.country, key: .region, layout)) ?? .max
            noteDays(o, isStock: isStock, claimed: claimedSpans, claimsNone: claimsNone, country: country, &t)
            return
        }
        // Stocks and incident reports keep their finest keys: stocks take snapshots per
        // finest cell, incidents keep the keys of their earliest report.
        try keys(base, layout, &o, allKeys: isIncident || isStock)
        if o.country == emptyName && layout.country >= 0 { throw RowMessage(column(layout, layout.country) + "only white space, expected a country") }
        if layout.period >= 0 {
            // The days the row counts events of: those its covered column says (two
            // parts of one export, each its own half of a month, do not overlap), the
            // whole span of an interval row (it claims only its first day for coverage).
            // Any table, with tally's events and covered columns or without them (cut in
            // a spreadsheet, made by hand: review18 #9).
            let (first, last) = claimed.flatMap { c in text(base, layout.period).contains("/") ? nil : c } ?? (o.day, end)
            let s = aggregator.strings
            let c: UInt64? = layout.country < 0 ? nil : s.storedHash(o.country), m = s.storedHash(o.measure)
            let k = Self.spanKey(country: c, measure: m)
            tableCells.insert(TableCell(key: k, first: first, last: last))
            if var t = tableSpans[k] {
                if first < t.first { t.first = first }
                if last > t.last { t.last = last }
                tableSpans[k] = t
            } else {
                tableSpans[k] = TableSpan(first: first, last: last,
                                          label: layout.country < 0 ? s.string(o.measure) : "\(s.string(o.country)) \(s.string(o.measure))",
                                          country: c, measure: m)
            }
        } else if layout.convertedFrom == .hapiConflict && tracksDays {
            // HDX HAPI: monthly sums of ACLED events, a table of them (issue 10).
            noteRecordSpan(country: o.country, measure: o.measure, first: o.day, last: max(o.day, end))
            recordDates.hapi = true
            let s = aggregator.strings
            wholeCells.insert(TableCell(key: Self.spanKey(country: s.storedHash(o.country), measure: s.storedHash(o.measure)),
                                        first: o.spanFirst, last: max(o.spanFirst, o.spanLast)))
        }
        if wantsRowKey && noteRowKey(base, layout, o, measure: o.measure, extra: claimed.map { UInt64(bitPattern: Int64($0.0.daysSinceEpoch) << 32 | Int64($0.1.daysSinceEpoch)) } ?? 0) {
            // Left out: a file given later covers its day (--overlap later); its day is
            // still the file's (coverage), as for a row a later file's id replaces.
            noteDays(o, isStock: isStock, claimed: claimedSpans, claimsNone: claimsNone, country: placeOf(o, layout), &t)
            return
        }
        noteDays(o, isStock: isStock, claimed: claimedSpans, claimsNone: claimsNone, country: placeOf(o, layout), &t)

        if !measureWanted(o.measure, hapi: layout.convertedFrom == .hapiConflict) { return }
        if isIncident {
            // Filters other than the measure apply to the merged incident, whose date
            // and place are only known once every report is in.
            if layout.extras.count < 1 { o.extra0 = IncidentMerger.absent }
            if layout.extras.count < 2 { o.extra1 = IncidentMerger.absent }
            incidents.add(incident: intern(base, layout.incident, into: incidents.incidentNames), o, precision: precision,
                          at: UInt64(sequence + 1) << 32 | UInt64(UInt32(truncatingIfNeeded: currentLine)))
            t.incidentRows += 1
            if collectSources && passes(o) { countSource(base, layout) }
            return
        }
        if !passes(o) { return }
        if isStock && layout.period >= 0 && !stockTablesAtAnyPeriod { try checkStockTablePeriod(base, layout, o, end: end) }
        if collectSources { countSource(base, layout) }
        if inResult(o) {
            t.precisions.add(precision)
            if precision == .day && o.spanLast > o.spanFirst { t.precisions.addSpanned(stock: isStock) }
        }
        try add(o)
    }

    /// A stock row of a table (a file with `period` in place of dates: tally's own, cut
    /// to some of its columns, or made by hand) is read only at the row's own period
    /// (review38 S3, S4; review40 S4). Its figure stands for its period: the sum of its
    /// groups' latest observations there (tally's table by country), or one figure seen
    /// on some day of it, and the row says neither which groups nor which day. Re-cut by
    /// a longer period, the latest-per-cell rule keeps the table's last row and drops the
    /// groups observed earlier (a monthly table by country read by year: 500 for 1,500);
    /// by a crossing one it dates a week's figure to the month the week began in,
    /// replacing that month's (5,000 in January became 9,000+); a shorter one would place
    /// it on a day nobody gave. Refused, with what to do, rather than guessed. A row of a
    /// file not tally's (no `events`, no `covered`) whose period is one day is a dated
    /// observation and reads by any period, as a record does. Flows are sums and re-cut
    /// as before; the message says so (review40 N2).
    @inline(never)
    private func checkStockTablePeriod(_ base: UnsafePointer<UInt8>, _ layout: RowLayout, _ o: Observation, end: CalendarDay) throws(RowMessage) {
        if !layout.isTallyTable && end == o.day { return }
        let kind = aggregator.config.period
        if kind != .all {
            let k = kind.key(o.day)
            if kind.firstDay(k) == o.day && kind.lastDay(k) == end { return }
        }
        // Short enough to be printed whole (``TallyError``'s 400 bytes with the file and line).
        let label = text(base, layout.period).trimmingSpaces
        let own = PeriodKind.span(ofLabel: label)?.kind
        let ownWord = own.map { $0 == .day ? "day" : $0.rawValue } ?? "period"
        let asked = kind == .all ? "over all dates" : "by \(kind.rawValue)"
        let readOwn = own.map { "read this table by \($0.rawValue) (--period \($0.rawValue); a bar chart: --period \(label))" }
            ?? "read this table by its own period"
        let stands = own == .day ? "a sum of groups' figures that day" : "a figure of some day of that \(ownWord), or a sum of groups"
        throw RowMessage(column(layout, layout.period) + "\"\(label)\": a stock row (\(aggregator.strings.string(o.measure))) of a table by "
            + "\(ownWord) cannot be read \(asked) (\(stands)): aggregate the records \(kind == .all ? "for those dates" : asked), "
            + "or \(readOwn)" + BlockParser.stockTableFlowsHint + " read \(asked)")
    }

    /// Where a stock table's refusal says which of the table's flows read at the period
    /// asked: ``Ingest/run(_:)`` names one of them in its place, or drops the clause
    /// when the table holds none (review41 N1: a table of stock rows alone was told "its
    /// flows (--measure killed, say) read by year", and `--measure killed` then exits 64).
    static let stockTableFlowsHint = "; its flows (--measure \u{1}, say)"


    /// The days a native row covers for the coverage rule: a stock its day (for a
    /// dataset of stocks alone), a row of tally's own table the days its `covered` says
    /// (none for `none`: its record is read, its period stays uncovered, review9d #16),
    /// any other row its date span.
    @inline(__always)
    private func noteDays(_ o: Observation, isStock: Bool, claimed: [ClosedRange<CalendarDay>], claimsNone: Bool,
                          country: UInt32 = .max, _ t: inout RowTally) {
        if claimsNone { t.readUncovered(o.day) }
        else if isStock { t.readStock(claimed.first?.lowerBound ?? o.day) }
        else if !claimed.isEmpty {
            for (i, c) in claimed.enumerated() { t.claim(c.lowerBound, through: c.upperBound, counting: i == 0) }
        }
        else {
            t.read(o.day, spanFirst: o.spanFirst, spanLast: o.spanLast)
            if country != UInt32.max { t.readPlace(country, o.spanFirst, spanLast: o.spanLast) }
            t.noteTableRow(o.spanFirst, o.spanLast, withoutId: rowWithoutId, country: country)
        }
    }

    /// The country a native record adds to the long-gap rule per country (`.max`: none,
    /// a table tally wrote, whose rows claim their days).
    @inline(__always)
    private func placeOf(_ o: Observation, _ layout: RowLayout) -> UInt32 {
        layout.country < 0 || layout.isTallyTable ? .max : o.country
    }

    /// Whether `--measure` keeps a row of measure `m` (every row when it names none).
    @inline(__always)
    private func measureWanted(_ m: UInt32, hapi: Bool) -> Bool {
        if hapi { return hapiMeasureFilter.isEmpty || hapiMeasureFilter.contains(m) }
        if onlyMeasure != .max { return m == onlyMeasure }
        return measureFilter.isEmpty || measureFilter.contains(m)
    }

    /// Country, actor and date filters (the measure filter is checked separately).
    @inline(__always)
    func passes(_ o: Observation) -> Bool {
        if !countryFilter.isEmpty && !countryFilter.contains(o.country) { return false }
        if !actorFilter.isEmpty && !actorFilter.contains(o.actor) { return false }
        if (filter.from.map { o.day >= $0 } ?? true) && (filter.to.map { o.day <= $0 } ?? true) { return true }
        // Starts outside the dates: kept only as what those dates leave out.
        return filter.overlappingSpans && !aggregator.isStock(measure: o.measure)
            && aggregator.config.leftOut(spanFrom: o.spanFirst, to: o.spanLast, overlapping: filter.from, filter.to, whole: o.wholeSpan)
    }


    /// Whether a row that ``passes(_:)`` is counted in the result's rows: not one
    /// starting before `--from` kept only as what the dates leave out, nor a flow whose
    /// span reaches outside the window (left out of every row, unless counted at its
    /// start). What the "dates known less precisely" line counts: before, it counted
    /// the events `--from`/`--to` left out too.
    @inline(__always)
    func inResult(_ o: Observation) -> Bool {
        guard (filter.from.map { o.day >= $0 } ?? true) && (filter.to.map { o.day <= $0 } ?? true) else { return false }
        // The config's fields read one by one: a copy of it retained its tables.
        guard o.spanLast > o.spanFirst, let w = aggregator.config.window, o.spanFirst < w.lowerBound || o.spanLast > w.upperBound,
              !aggregator.isStock(measure: o.measure) else { return true }
        return aggregator.config.countAtStart && !o.wholeSpan
    }

    /// The groups of totals typed into the input (``SameFileTotals``) since the last call.
    func drainSameFileTotals() -> SameFileTotals {
        defer { sameFileTotals = SameFileTotals() }
        return sameFileTotals
    }

    /// A row the run counts, in the groups of ``SameFileTotals`` (a flow of records).
    @inline(__always)
    private func noteSameFileTotal(_ o: Observation) {
        // A row of 0 is no total of three rows above 0 and adds nothing to a sum: passed
        // over (half the rows of an events file; the check's cost is paid by every input).
        guard o.best > 0, let base = totalsBase, !sameFileTotals.tooMany, !aggregator.isStock(measure: o.measure) else { return }
        // Unowned: a retain and release a row otherwise (issue 9, stop 52); the parser's
        // aggregator holds its strings for the parser's life.
        unowned(unsafe) let s = aggregator.strings
        let measureHash = s.storedHash(o.measure)
        var label = (s.storedHash(o.country) ^ (measureHash &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        label ^= label >> 31
        label |= 1 // never 0, ``SameFileTotals/GroupTable``'s empty slot
        let a1 = totalsPlaces.adm1
        var place: UInt64 = 0
        if a1 >= 0 && a1 < currentFields && spans[a1].count > 0 {
            // The place a total names is the place (`Raqqa total` with `Raqqa`), loosely
            // as the overlap check compares places; worked out once per spelling.
            let raw = Interner.hash(base + spans[a1].start, spans[a1].count)
            let key: UInt64
            if let known = totalsPlaceKeys.find(raw) { key = known } else {
                let name = text(base, a1)
                let t = SameFileTotals.totalled(name)
                var folded = LoosePlace.key(t ?? name).key
                key = t == "" || folded.isEmpty ? raw : folded.withUTF8 { Interner.hash($0.baseAddress!, $0.count) }
                totalsPlaceKeys.put(raw, key)
            }
            place = SameFileTotals.placeLabel(label, key)
        }
        let at = UInt64(sequence + 1) << 32 | UInt64(UInt32(truncatingIfNeeded: currentLine))
        let last = max(o.day, o.spanLast)
        let series = UInt32(truncatingIfNeeded: measureHash)
        let unnamed = sameFileTotals.add(label: label, place: place, series: series, day: o.day, last: last, best: o.best, at: at,
                                         month: last == o.day ? monthOf(o.day) : 0, mark: o.best >= 2 ? rowSaysTotal(base) : 0)
        guard unnamed != 0 else { return }
        // A group new to its label: the label's name, as the refusal says it.
        if unnamed & SameFileTotals.unnamedBit(0) != 0 {
            sameFileTotals.name(label, "\(s.string(o.country)) \(s.string(o.measure))", series: series, at: at)
        }
        if unnamed & SameFileTotals.unnamedBit(4) != 0 {
            sameFileTotals.name(place, "\(s.string(o.country)) \(text(base, a1)) \(s.string(o.measure))", series: series, at: at)
        }
        if unnamed & SameFileTotals.unnamedBit(8) != 0 {
            sameFileTotals.name(SameFileTotals.worldLabel(series), "all countries' \(s.string(o.measure))", series: series, at: at)
        }
    }

    /// The month (`year * 12 + month - 1`) of a day, kept by day (``recentMonths``).
    @inline(__always)
    private func monthOf(_ day: CalendarDay) -> Int32 {
        let d = day.daysSinceEpoch
        let slot = Int(UInt32(bitPattern: d)) & (recentMonths.count - 1)
        let e = recentMonths[slot]
        if Int32(truncatingIfNeeded: e >> 32) == d && e & 0xFFFF_FFFF != 0xFFFF_FFFF { return Int32(truncatingIfNeeded: e) }
        let (y, m, _) = day.components
        let month = Int32(y * 12 + m - 1)
        recentMonths[slot] = UInt64(UInt32(bitPattern: d)) << 32 | UInt64(UInt32(bitPattern: month))
        return month
    }

    /// Whether a short cell of the row says it is a total, and how (``SameFileTotals/totalStrength(_:_:)``):
    /// 0 not, 1 a note that may describe an event, 2 a place, an actor or a note that says nothing else.
    private func rowSaysTotal(_ base: UnsafePointer<UInt8>) -> UInt8 {
        let places = totalsPlaces, fields = currentFields
        if places.country >= 0 && places.country < fields && cellSaysTotal(base, places.country, .place) > 0 { return 2 }
        if places.adm1 >= 0 && places.adm1 < fields && cellSaysTotal(base, places.adm1, .place) > 0 { return 2 }
        if places.adm2 >= 0 && places.adm2 < fields && cellSaysTotal(base, places.adm2, .place) > 0 { return 2 }
        var says: UInt8 = 0
        for (i, cell) in totalsColumns where i < currentFields {
            says = max(says, cellSaysTotal(base, i, cell))
            if says > 1 { return says }
        }
        return says
    }

    /// One cell of ``rowSaysTotal(_:)``. Asked of every row of 2 or more (determ51; before,
    /// of a row that became the largest of a group in its worker), so a cell whose bytes hold none of
    /// the words is passed over without making a String, and the answer for a spelling
    /// seen before (places, actors, sources repeat) is kept: the check cost 4 s of a
    /// million rows' 5 when every such row folded its cells into words.
    @inline(__always)
    private func cellSaysTotal(_ base: UnsafePointer<UInt8>, _ i: Int, _ cell: SameFileTotals.Cell) -> UInt8 {
        let span = spans[i]
        guard span.count > 0 && span.count <= 200 else { return 0 }
        // Cached by the bytes' hash and the cell's kind (issue 9: the way a spelling took
        // was fixed by its hash, so a third of the 3,300 names of the 1M generated rows
        // evicted another's answer on every row, a String each time: ``FourWayCache``).
        let h = Interner.hash(base + span.start, span.count) ^ (cell == .place ? 0x5EED_0F_91AC_E5 : cell == .actor ? 0xAC7_0F_5EED_91 : 0)
        if let known = totalTextKnown.find(h) { return UInt8(truncatingIfNeeded: known) }
        let says = SameFileTotals.mayHoldTotalWord(base + span.start, span.count) ? SameFileTotals.totalStrength(text(base, i), cell) : 0
        totalTextKnown.put(h, UInt64(says))
        return says
    }

    @inline(__always)
    private func add(_ o: Observation) throws(RowMessage) {
        if totalsOn { noteSameFileTotal(o) }
        do {
            try aggregator.add(o)
        } catch {
            // A limit's own reason (too many stock bests) or the 2^53 overflow.
            throw RowMessage(error.description)
        }
    }

    private func countSource(_ base: UnsafePointer<UInt8>, _ layout: RowLayout) {
        let id: Int
        if let credit = layout.schema.credit {
            id = Int(sources.intern(credit))
        } else {
            guard layout.source >= 0 && spans[layout.source].count > 0 else { return }
            id = Int(intern(base, layout.source, into: sources))
        }
        if id == sourceCounts.count { sourceCounts.append(0) }
        sourceCounts[id] += 1
    }

    /// The country id of the row before (a run of one country costs one compare a row).
    @exclusivity(unchecked) private var lastCountry = UInt32.max
    /// By country id: where this worker first read it, `(sequence + 1) << 32 | line in
    /// block`; 0 when not read. The run's country values, for the joint-region slip rule
    /// (``JointRegionSlips``), which needs every value the input spells.
    /// (Exclusivity unchecked, as the other per-row state: issue 9, its dynamic check
    /// cost a row of a new country ~60 instructions.)
    @exclusivity(unchecked) private(set) var countriesSeen: [UInt64] = []
    /// review57 F4: by country id, the block (``blocksBegun``) it was last noted in, and
    /// its row's place in reading order (``KeyInterner/position``: input, block, line).
    /// A worker may read a later input's block before an earlier one's (inputs are read
    /// last first): the first row of each block is compared and the earliest kept, so
    /// the row named is the input's first whichever worker read it, and the one
    /// ``KeyInterner/countrySpelling(_:input:sequence:line:)`` finds.
    @exclusivity(unchecked) private var countriesBlock: [UInt32] = [], countriesOrder: [UInt64] = []
    @exclusivity(unchecked) private var blocksBegun: UInt32 = 0

    private func noteCountry(_ id: UInt32) {
        lastCountry = id
        let i = Int(id)
        if i >= countriesSeen.count {
            let more = i + 1 - countriesSeen.count
            countriesSeen += Array(repeating: 0, count: more)
            countriesBlock += Array(repeating: 0, count: more)
            countriesOrder += Array(repeating: 0, count: more)
        }
        guard countriesBlock[i] != blocksBegun else { return }
        countriesBlock[i] = blocksBegun
        let order = keyInterner.position()
        if countriesSeen[i] == 0 || order < countriesOrder[i] {
            countriesSeen[i] = UInt64(sequence + 1) << 32 | UInt64(UInt32(truncatingIfNeeded: currentLine))
            countriesOrder[i] = order
        }
    }

    /// Interns the keys every schema shares: country, and adm1/adm2/actor/extras when
    /// the query needs them.
    @inline(__always)
    private func keys(_ base: UnsafePointer<UInt8>, _ layout: RowLayout, _ o: inout Observation, allKeys: Bool) throws(RowMessage) {
        if layout.country >= 0 && isRMissing(base, layout.country) {
            throw RowMessage(column(layout, layout.country) + "NA (how R writes a missing value), expected a country; "
                             + "give the row's country (if NA is Namibia's two-letter code here, write Namibia)")
        }
        o.country = layout.country < 0 ? emptyName
            : layout.schema == .ucdpGED && isUCDPCongo(base, layout.country) ? ucdpCongo
            : try intern(base, layout.country, key: .region, layout)
        if o.country != lastCountry { noteCountry(o.country) }
        if internAdm1 || allKeys { o.adm1 = layout.adm1 < 0 ? emptyName : try intern(base, layout.adm1, key: .name, layout) }
        if internAdm2 || allKeys { o.adm2 = layout.adm2 < 0 ? emptyName : try intern(base, layout.adm2, key: .name, layout) }
        if internActor || allKeys { o.actor = layout.actor < 0 ? emptyName : try intern(base, layout.actor, key: .name, layout) }
        if layout.extras.count > 0 { o.extra0 = try intern(base, layout.extras[0], key: .name, layout) }
        if layout.extras.count > 1 { o.extra1 = try intern(base, layout.extras[1], key: .name, layout) }
    }

    /// Whether a field is exactly `NA`, as R writes a missing value. A country NA is
    /// refused in any file (it may be Namibia's ISO code, or R's missing value: which
    /// cannot be told). In other columns NA is a missing value only in a file with R's
    /// row names (``RowLayout/rowNumbered``); elsewhere it may be a code of its own
    /// (Nigeria's Nasarawa state is NA: review50 F1).
    private func isRMissing(_ base: UnsafePointer<UInt8>, _ i: Int) -> Bool {
        Self.isNA(base + spans[i].start, count: spans[i].count)
    }

    /// Whether `count` bytes at `p` are exactly `NA` (R's missing value; the pipeline's look
    /// for HDX's tag row asks it too).
    static func isNA(_ p: UnsafePointer<UInt8>, count: Int) -> Bool {
        count == 2 && p[0] == 0x4E && p[1] == 0x41
    }

    /// Whether a field holds a `/`, as a spreadsheet's date does (`5/11/2015`).
    static func isSlashed(_ base: UnsafePointer<UInt8>, _ s: FieldSpan) -> Bool {
        memchr(base + s.start, 0x2F, s.count) != nil
    }

    /// UCDP GED's `Congo` is the Republic of the Congo (Gleditsch–Ward 484; UCDP names
    /// the DRC `DR Congo (Zaire)`), where bare `Congo` elsewhere may be either state
    /// (``CountryNames/ambiguous``): read so, it was a country apart from ACLED's
    /// `Republic of Congo`, and the two publishers' counts of one war were added with no
    /// refusal (review33 S3). Such a value is keyed and printed `Republic of Congo`.
    private func isUCDPCongo(_ base: UnsafePointer<UInt8>, _ i: Int) -> Bool {
        // Bytes compared in place (no text made per row): `congo` in any ASCII case,
        // spaces around it aside.
        let s = spans[i]
        guard s.count >= 5 && s.count <= 16 else { return false }
        var a = s.start, b = s.start + s.count
        while a < b && base[a] == 0x20 { a += 1 }
        while b > a && base[b - 1] == 0x20 { b -= 1 }
        guard b - a == 5 else { return false }
        let word: [UInt8] = [0x63, 0x6F, 0x6E, 0x67, 0x6F] // congo
        for k in 0 ..< 5 where base[a + k] | 0x20 != word[k] { return false }
        return true
    }

    private lazy var ucdpCongo: UInt32 = {
        let name = Array(BlockParser.ucdpCongoName.utf8)
        return name.withUnsafeBytes { keyInterner.intern($0.baseAddress!, $0.count, .region) }
    }()

    static let ucdpCongoName = "Republic of Congo"

    /// A `period` column in place of `date_start` (a file `tally aggregate` wrote, read
    /// back): the first and last day of the period or interval it names.
    private func periodDays(_ base: UnsafePointer<UInt8>, _ layout: RowLayout) throws(RowMessage) -> (CalendarDay, CalendarDay) {
        let t = text(base, layout.period)
        guard let span = PeriodKind.days(ofLabel: t.trimmingSpaces) else {
            if t.trimmingSpaces == "all" {
                throw RowMessage(column(layout, layout.period) + "\"all\" names no dates; aggregate with --period year (or finer) to read the result back")
            }
            throw RowMessage(column(layout, layout.period) + "\"\(t)\" is not a period (2023, 2023-Q2, 2023-04, 2023-W14, 2023-04-03, or an interval such as 2016-01/2016-12)")
        }
        return (span.first, span.last)
    }

    /// The `covered` column of a row tally wrote (docs/spec.md): empty, the whole
    /// period; `2019-11-01/2019-11-15` or one day, those days of it; `none`, no day
    /// (`nil`: the row's period is not covered by it, review9d #16; it used to claim
    /// its first day and read back as "data for 1 April only"). An interval row
    /// (`2019-10/2019-11`: events dated to a longer span) claims the days it names;
    /// empty, none (what tally wrote on interval rows before 2026-12-03).
    private func coveredDays(_ base: UnsafePointer<UInt8>, _ layout: RowLayout, first: CalendarDay,
                             last: CalendarDay) throws(RowMessage) -> [ClosedRange<CalendarDay>]? {
        let t = text(base, layout.covered).trimmingSpaces
        if t.isEmpty { return text(base, layout.period).contains("/") ? nil : [first ... last] }
        if t == "none" { return nil }
        // Runs with holes between them, ascending, separated by `;` (as tally writes a
        // year whose data has a gap: `2023-01-01/2023-02-28;2023-12-01/2023-12-31`).
        var out: [ClosedRange<CalendarDay>] = []
        for run in t.split(separator: ";", omittingEmptySubsequences: false) {
            let parts = run.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count <= 2, let a = CalendarDay(String(parts[0]).trimmingSpaces),
                  let b = parts.count == 2 ? CalendarDay(String(parts[1]).trimmingSpaces) : a,
                  first <= a, a <= b, b <= last, out.last.map({ $0.upperBound.adding(days: 1) < a }) ?? true else {
                throw RowMessage(column(layout, layout.covered) + "\"\(t)\" is not the days of the period covered (empty for all of it, "
                                 + "YYYY-MM-DD/YYYY-MM-DD or one day within \(first)..\(last), several in order separated by ;, or none)")
            }
            out.append(a ... b)
        }
        return out
    }

    /// The native `date_precision` column: `day` … `year`, empty for `day`.
    private func namedPrecision(_ base: UnsafePointer<UInt8>, _ layout: RowLayout) throws(RowMessage) -> DatePrecision {
        if spans[layout.datePrecision].count == 0 { return .day }
        let t = text(base, layout.datePrecision)
        guard let p = DatePrecision(name: t.trimmingSpaces) else {
            throw RowMessage(column(layout, layout.datePrecision) + "\"\(t)\" is not a precision (use day, week, month, quarter or year)")
        }
        return p
    }

    /// A numeric precision code (UCDP `date_prec`, ACLED `time_precision`); empty is `day`.
    private func codedPrecision(_ base: UnsafePointer<UInt8>, _ layout: RowLayout,
                                _ decode: (Int) -> DatePrecision?, _ codes: String) throws(RowMessage) -> DatePrecision {
        let s = spans[layout.datePrecision]
        if s.count == 0 { return .day }
        if s.count == 1, let p = decode(Int(base[s.start]) - 0x30) { return p }
        // A whole-valued float (`1.0`, `3.00`): what pandas writes for an integer column
        // that once held a missing value, as it writes fatalities `12.0`, which reads as
        // 12 (review46 R3). Only zeros after the point: `1.5` names no code.
        if s.count >= 3, base[s.start + 1] == 0x2E, (2 ..< s.count).allSatisfy({ base[s.start + $0] == 0x30 }),
           let p = decode(Int(base[s.start]) - 0x30) { return p }
        throw RowMessage(column(layout, layout.datePrecision) + "\"\(text(base, layout.datePrecision))\" is not a precision code (\(codes))")
    }

    /// One UCDP GED event: `low,best,high` as the `killed` estimate, and
    /// `deaths_civilians` as an exact `civilians_killed` figure.
    ///
    /// A row whose best lies outside its own range (`best 2, low 3, high 2`: 101 of
    /// the 16,566 Syria rows, 6 of the GED 19.1 Myanmar/Bangladesh extract) is widened
    /// here, the one place tally reads UCDP figures, to the envelope of its three
    /// figures (low = the least, high = the largest, best unchanged): an estimate is
    /// `low ≤ best ≤ high` (SPEC §1), every figure the source gave stays inside it, and
    /// the best, the figure UCDP's totals and every chart use, is as published. The
    /// rows and how far the lows and highs moved are counted for standard error.
    private func ucdpRecord(_ base: UnsafePointer<UInt8>, _ layout: RowLayout, _ t: inout RowTally) throws(RowMessage) {
        var o = Observation()
        o.sources = t.sourceBit
        o.day = try date(base, layout.dateStart, layout)
        try checkPlausible(o.day, layout, layout.dateStart)
        let end = try checkDateEnd(base, layout, start: o.day)
        if isEmpty(layout.country) { throw RowMessage(column(layout, layout.country) + "empty, expected a country") }
        let best = try count(base, layout.best, layout)
        var low = isEmpty(layout.low) ? best : try count(base, layout.low, layout)
        var high = isEmpty(layout.high) ? best : try count(base, layout.high, layout)
        let highBelowBest = high < best, lowAboveBest = low > best
        let published = (low: low, high: high)
        if highBelowBest || lowAboveBest {
            (low, high) = (min(low, best, high), max(low, best, high))
        }
        let precision = layout.datePrecision < 0 ? DatePrecision.day
            : try codedPrecision(base, layout, { DatePrecision(ucdpCode: $0) }, "UCDP date_prec 1–5")
        setSpan(&o, end: end, precision: precision)
        let civilians: Int64? = isEmpty(layout.civilians) ? nil : try count(base, layout.civilians, layout)
        try checkUCDPParts(base, layout, best: best, civilians: civilians)
        let form = startForm(base, layout)
        t.dateForms.add(form)
        if layout.dayMonthOrder != nil { noteDateForm(form, base, layout, &t) }
        if layout.id >= 0 {
            o.low = low; o.best = best; o.high = high
            if try isSuperseded(base, layout, measure: nil, o, salt: UInt64(bitPattern: civilians ?? -1)) {
                t.read(o.day, spanFirst: o.spanFirst, spanLast: o.spanLast)
                return
            }
        }
        t.sawMeasure(killedMeasure, at: UInt64(sequence + 1) << 32 | UInt64(UInt32(truncatingIfNeeded: currentLine)))
        if layout.civilians >= 0 { t.sawMeasure(civiliansMeasure, at: UInt64(sequence + 1) << 32 | UInt64(UInt32(truncatingIfNeeded: currentLine))) }
        let allKeys = aggregator.isStock(measure: killedMeasure) || aggregator.isStock(measure: civiliansMeasure)
        try keys(base, layout, &o, allKeys: allKeys)
        if wantsRowKey {
            var k = o
            k.low = low; k.best = best; k.high = high
            if noteRowKey(base, layout, k, measure: killedMeasure, extra: civilians.map { UInt64($0) &+ 1 } ?? 0) {
                t.read(o.day, spanFirst: o.spanFirst, spanLast: o.spanLast)
                return
            }
        }
        t.read(o.day, spanFirst: o.spanFirst, spanLast: o.spanLast)
        t.readCountry(o.country)
        if !passes(o) { return }
        t.readPublished(o.country, day: o.spanFirst, spanLast: o.spanLast)
        var added = false
        if killedKept[.ucdpGED]! {
            o.measure = killedMeasure
            o.low = low; o.best = best; o.high = high
            try add(o)
            added = true
            if highBelowBest || lowAboveBest {
                t.rangeQuirks.rows += 1
                if highBelowBest { t.rangeQuirks.highBelowBest += 1 }
                if lowAboveBest { t.rangeQuirks.lowAboveBest += 1 }
                t.rangeQuirks.lowLoweredBy += published.low - low
                t.rangeQuirks.highRaisedBy += high - published.high
            }
        }
        if let civilians, civiliansKept {
            o.measure = civiliansMeasure
            o.low = civilians; o.best = civilians; o.high = civilians
            try add(o)
            added = true
        }
        if added {
            if inResult(o) { t.precisions.add(precision) }
            if collectSources { countSource(base, layout) }
        }
    }

    /// UCDP's codebook: `best` is the sum of `deaths_a`, `deaths_b`, `deaths_civilians`
    /// and `deaths_unknown`. A part above its whole (`deaths_civilians` 50 in an event
    /// of best 4) has no reading that makes both true, and would publish more civilians
    /// killed than people killed: refused, naming the columns and figures. (A best
    /// outside its own low–high range is different: that reading is documented and
    /// counted, see ``ucdpRecord``.) Empty parts are not known and not added.
    private func checkUCDPParts(_ base: UnsafePointer<UInt8>, _ layout: RowLayout, best: Int64, civilians: Int64?) throws(RowMessage) {
        if let civilians, civilians > best {
            throw RowMessage(column(layout, layout.civilians) + "\(civilians) civilians killed is more than column '\(layout.names[layout.best])' "
                + "(\(best)), the event's deaths of which they are a part; one of the two figures is wrong: correct the row or download the release again")
        }
        var parts: [(Int, Int64)] = []
        for i in [layout.deathsA, layout.deathsB, layout.civilians, layout.deathsUnknown] where !isEmpty(i) {
            parts.append((i, i == layout.civilians ? civilians ?? 0 : try count(base, i, layout)))
        }
        guard parts.count > 1 else { return }
        let sum = parts.reduce(Int64(0)) { $0 + $1.1 }
        if sum > best {
            let shown = parts.map { "\(layout.names[$0.0]) \($0.1)" }.joined(separator: " + ")
            throw RowMessage("columns \(shown) = \(sum) is more than column '\(layout.names[layout.best])' (\(best)); "
                + "UCDP's best is the sum of these parts, so one of the figures is wrong: correct the row or download the release again")
        }
    }

    /// One ACLED event: `fatalities` as an exact `killed` figure; `event_date` as
    /// `2023-04-03` or `03 April 2023`.
    private func acledRecord(_ base: UnsafePointer<UInt8>, _ layout: RowLayout, _ t: inout RowTally) throws(RowMessage) {
        var o = Observation()
        o.sources = t.sourceBit
        let s = spans[layout.dateStart]
        let day: CalendarDay
        if let d = CalendarDay.parse(base + s.start, count: s.count) {
            day = d
            t.dateForms.add(.iso)
            if layout.dayMonthOrder != nil { noteDateForm(.iso, base, layout, &t) }
        } else if let (d, form) = CalendarDay.parseAnyForm(base + s.start, count: s.count, order: layout.dayMonthOrder, thisYear: thisYear) {
            day = d
            t.dateForms.add(form)
            if layout.dayMonthOrder != nil { noteDateForm(form, base, layout, &t) }
        } else {
            throw acledDateProblem(base, layout)
        }
        o.day = day
        try checkPlausible(o.day, layout, layout.dateStart)
        t.readACLED(day)
        if isEmpty(layout.country) { throw RowMessage(column(layout, layout.country) + "empty, expected a country") }
        let fatalities = try count(base, layout.best, layout)
        let precision = layout.datePrecision < 0 ? DatePrecision.day
            : try codedPrecision(base, layout, { DatePrecision(acledCode: $0) }, "ACLED time_precision 1–3")
        setSpan(&o, end: day, precision: precision)
        if layout.id >= 0 {
            o.low = fatalities; o.best = fatalities; o.high = fatalities
            if try isSuperseded(base, layout, measure: nil, o) {
                t.read(o.day, spanFirst: o.spanFirst, spanLast: o.spanLast)
                return
            }
        }
        t.sawMeasure(killedMeasure, at: UInt64(sequence + 1) << 32 | UInt64(UInt32(truncatingIfNeeded: currentLine)))
        try keys(base, layout, &o, allKeys: aggregator.isStock(measure: killedMeasure))
        if wantsRowKey {
            var k = o
            k.low = fatalities; k.best = fatalities; k.high = fatalities
            if noteRowKey(base, layout, k, measure: killedMeasure, extra: 0) {
                t.read(o.day, spanFirst: o.spanFirst, spanLast: o.spanLast)
                return
            }
        }
        t.read(o.day, spanFirst: o.spanFirst, spanLast: o.spanLast)
        t.readCountry(o.country)
        if !passes(o) || !killedKept[.acled]! { return }
        t.readPublished(o.country, day: o.spanFirst, spanLast: o.spanLast)
        o.measure = killedMeasure
        o.low = fatalities; o.best = fatalities; o.high = fatalities
        try add(o)
        if inResult(o) { t.precisions.add(precision) }
        if collectSources { countSource(base, layout) }
    }

    /// Why an ACLED `event_date` could not be read, saying what settles it.
    private func acledDateProblem(_ base: UnsafePointer<UInt8>, _ layout: RowLayout) -> RowMessage {
        let s = spans[layout.dateStart]
        let t = text(base, layout.dateStart)
        let c = column(layout, layout.dateStart)
        if t.isEmpty { return RowMessage(c + "empty, expected a date") }
        if let why = CalendarDay.timeOfDayRefusal(base + s.start, count: s.count) { return RowMessage(c + "\"\(t)\" " + why) }
        switch CalendarDay.slashedEvidence(base + s.start, count: s.count, thisYear: thisYear) {
        case .notSlashed, .invalid:
            return RowMessage(c + "\"\(t)\" is not a valid date (expected 2016-05-28, 28 May 2016, 28/05/2016 or 28-May-16)"
                              + CalendarDay.spreadsheetSerialAdvice(t, date1904: layout.date1904))
        case .ambiguous, .sameEitherWay, .dayFirst, .monthFirst:
            if let order = layout.dayMonthOrder {
                return RowMessage(c + "\"\(t)\" is not a valid date read \(order.words), the order \(layout.dayMonthOrderReason); --date-order sets it")
            }
            if let o = layout.otherDateForm[layout.dateStart] {
                return RowMessage(Pipeline.twoFormsAtStart(column: layout.names[layout.dateStart], slashed: (nil, t), other: o))
            }
            return RowMessage(c + "\"\(t)\" could be day/month or month/day, and no date at the start of the file decides it; give --date-order dmy (28/05/2016) or --date-order mdy (05/28/2016)")
        }
    }

    /// The row's source as a message names it: its `source` column's value, or the
    /// source declared for its file.
    private func sourceHere(_ base: UnsafePointer<UInt8>, _ layout: RowLayout) -> String {
        let column = layout.source >= 0 ? text(base, layout.source) : ""
        if namesSource(base, layout) || layout.declaredSource == nil { return "column 'source' \"\(MessageText.excerpt(column, limit: 60))\"" }
        return "source: \"\(MessageText.excerpt(layout.declaredSource!, limit: 60))\" of its dataset in the spec"
    }

    /// Whether the row's `source` column names its source (not missing, not empty or
    /// invisible only).
    @inline(__always)
    private func namesSource(_ base: UnsafePointer<UInt8>, _ layout: RowLayout) -> Bool {
        guard layout.source >= 0 else { return false }
        let c = spans[layout.source]
        let (s, e) = idBounds(base + c.start, c.count)
        return e > s
    }

    /// The key of a row without an id: what tally reads of it, in canonical form, so that
    /// the same record written otherwise (quoted, spaced, its columns in another order, an
    /// empty column more, `10.0` for `10`, a name in NFD or with a no-break space, another
    /// date form ACLED allows) has the same key. Columns tally does not read are not in
    /// it. Made of the dates and the span they give, the figures and their flags, the
    /// events a row stands for, the measure, country, adm_1, adm_2, actor and `--by`
    /// columns (as they are grouped), source and incident (without the white space
    /// around), and `extra` (a covered claim, UCDP's civilians).
    ///
    /// When several inputs are read (``tracksDays``) the key also goes to the input's
    /// rows by country and day; returns true when the row is to be left out instead
    /// (`--overlap later`: a file given later covers its country and day).
    @inline(__always) @discardableResult
    private func noteRowKey(_ base: UnsafePointer<UInt8>, _ layout: RowLayout, _ o: Observation, measure: UInt32, extra: UInt64) -> Bool {
        var h: UInt64 = 0x6A09_E667_F3BC_C908
        @inline(__always) func put(_ v: UInt64) {
            h = (h ^ v) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
        }
        put(UInt64(bitPattern: Int64(o.day.daysSinceEpoch)) << 32 | UInt64(UInt32(bitPattern: o.spanLast.daysSinceEpoch)))
        put(UInt64(bitPattern: Int64(o.spanFirst.daysSinceEpoch)))
        put(UInt64(bitPattern: o.best))
        put((o.unbounded ? 1 : 0) | (o.approximate ? 2 : 0) | (o.bestStated ? 4 : 0) | UInt64(bitPattern: o.events) << 3)
        let s = aggregator.strings
        put(s.storedHash(measure))
        put(s.storedHash(o.country))
        let beforeAdm1 = h
        let adm1 = nameHash(base, layout.adm1, layout)
        put(adm1)
        // The core of the key (``DayTable``: the columns every export has), for the
        // overlap check; the rest of the columns after it.
        let core = h
        // The columns after the core but adm_2, for the overlap prints (``rest``).
        var rest: UInt64 = 0x3C6E_F372_FE94_F82B
        @inline(__always) func putRest(_ v: UInt64) {
            put(v)
            rest = (rest ^ v) &* 0xBF58_476D_1CE4_E5B9
            rest ^= rest >> 31
        }
        // low and high after the core: an export beside one with low/high columns
        // added is compared on best (review20a O5).
        putRest(UInt64(bitPattern: o.low)); putRest(UInt64(bitPattern: o.high))
        var named = adm1
        @inline(__always) func putNamed(_ v: UInt64) { named |= v; putRest(v) }
        let adm2 = nameHash(base, layout.adm2, layout)
        named |= adm2; put(adm2)
        // The actor is left out of the overlap prints: exports spell actors variously
        // (`ISIS`, `Islamic State`, `IS`), and a re-export that renamed one was read
        // doubled (review20b O8); rows alike in all else are the same rows.
        let actor = nameHash(base, layout.actor, layout)
        named |= actor; put(actor)
        for e in layout.extras { putNamed(nameHash(base, e, layout)) }
        putNamed(trimmedHash(base, layout.source))
        putNamed(trimmedHash(base, layout.incident))
        putRest(extra)
        rowKey = h
        rowOthers = 0
        if rowWithoutId {
            for c in layout.personColumns {
                let v = personHash(base, c.index)
                if v != 0 { rowOthers = rowOthers &+ Self.withOthers(v, c.name) }
            }
        }
        rowDay = o.day.daysSinceEpoch
        rowCountry = UInt32(truncatingIfNeeded: s.storedHash(o.country) >> 16)
        rowKind = named != 0 ? RowFingerprints.RowKind.place
            : o.low == 0 && o.best == 0 && o.high == 0 && !o.unbounded ? RowFingerprints.RowKind.zero : RowFingerprints.RowKind.country
        rowStableShape = 0
        if rowWithoutId && shapeFingerprints != nil && !layout.stableColumns.isEmpty && rowKind != RowFingerprints.RowKind.zero {
            // The stable shape within one input: the first-level place exact (one file
            // writes it one way), no second-level place and no actor (a re-pull re-codes
            // them: review32 S6), with the country.
            let stable = rowShape(base, layout, o, measure: s.storedHash(measure), actor: 0, places: adm1, stableOnly: true).stable
            if stable != 0 {
                var x = (stable ^ s.storedHash(o.country)) &* 0xBF58_476D_1CE4_E5B9
                x ^= x >> 31
                rowStableShape = x | 1
            }
        }
        guard tracksDays else {
            if layout.period < 0 && rowWithoutId && o.spanLast > o.spanFirst {
                recordDates.spanRows += 1
                noteExclusive(first: o.spanFirst, last: o.spanLast)
            }
            return false
        }
        if layout.period < 0 {
            noteRecordSpan(country: o.country, measure: measure, first: o.day, last: max(o.day, o.spanLast))
            noteRecordDates(country: o.country, measure: measure, first: o.spanFirst, last: o.spanLast,
                            ends: layout.schema != .native || layout.dateEnd >= 0 || layout.datePrecision >= 0,
                            events: o.events, summing: layout.events >= 0)
            if layout.schema == .acled || layout.convertedFrom == .acled { recordDates.acled = true }
        }
        let day = o.day.daysSinceEpoch
        let key = DayTable.key(country: s.storedHash(o.country), day: day)
        // Every row is the input's, left out or not: the pipeline compares the input's
        // days with those of the inputs given after it (`--overlap later` of another
        // source of the same country is refused, not a silent loss). A zero row (figures
        // 0, naming nothing but its country) records no event: prints 0.
        let zero = named == 0 && o.low == 0 && o.best == 0 && o.high == 0 && !o.unbounded
        // The prints compare adm_1 and adm_2 as written loosely (``looseNameHash``): a
        // re-export that writes `ALEPPO` or `Aleppo Governorate` for `Aleppo` is the same
        // rows (review20b O3/O4: read doubled, 908 for 454). The row key stays exact.
        @inline(__always) func mixed(_ a: UInt64, _ b: UInt64) -> UInt64 {
            var x = (a ^ b) &* 0xBF58_476D_1CE4_E5B9
            x ^= x >> 31
            return x
        }
        // Bits 0-1 of a loose name: written with an area word, of which kind (``DayTable/print``).
        // Spellings are noted per country (``looseNameHash``).
        let countryHash = s.storedHash(o.country)
        let loose1 = adm1 == 0 ? 0 : looseNameHash(base, layout.adm1, layout, country: countryHash)
        let loose2 = adm2 == 0 ? 0 : looseNameHash(base, layout.adm2, layout, country: countryHash)
        // Only the rows the run's filters keep (review33 S6: a regional export made the
        // sums too many to keep, and the check gave up, when --country named one).
        if layout.period < 0 && !zero && !aggregator.isStock(measure: measure) && passes(o)
            && measureWanted(measure, hapi: false) {
            notePeriodSum(country: o.country, measure: measure, adm1: loose1 & ~3, adm1Text: { self.text(base, layout.adm1) },
                          day: o.day, last: max(o.day, o.spanLast), best: o.best)
        }
        let looseCore = mixed(beforeAdm1, loose1 & ~3)
        // The row's shapes (``RowShape``): its columns but the figures and the id, in
        // any order, when one of its other columns (source, notes, a headline, a place
        // description) is written: a re-export that revised every figure has no row
        // alike, but each of its days the same shapes (``OverlapFinding/isRevised``).
        // The dates, places, actor and measure go in as the row rule reads them (review28
        // S4: a revision that also wrote the dates with a time, the country or the
        // governorate otherwise, was read doubled).
        let shape = zero ? RowShape() : rowShape(base, layout, o, measure: s.storedHash(measure), actor: actor,
                                                 places: mixed(loose1 & ~3, (loose2 & ~3) ^ 0x9E37_79B9_7F4A_7C15))
        // The row without its figures, when it names a place (``EdgeDays``: a cut day
        // repeated with revised figures in a later export).
        let edge = zero || loose1 & ~3 == 0 ? 0
            : mixed(mixed(mixed(UInt64(bitPattern: Int64(o.spanFirst.daysSinceEpoch)) << 32 | UInt64(UInt32(bitPattern: o.spanLast.daysSinceEpoch)),
                                s.storedHash(measure)), loose1 & ~3), (loose2 & ~3) ^ 0x2545_F491_4F6C_DD1D) | 1
        let c = mixed(looseCore, extra)
        let full = mixed(mixed(looseCore, rest), loose2 & ~3)
        let area1 = UInt32(truncatingIfNeeded: loose1 & 3), area2 = UInt32(truncatingIfNeeded: loose2 & 3) << 2
        let corePrint = zero ? 0 : DayTable.print(c, place: named != 0, areaWords: area1)
        let fullPrint = zero ? 0 : DayTable.print(full, place: named != 0, areaWords: area1 | area2)
        let columns = (layout.adm2 >= 0 ? 1 : 0) | (layout.actor >= 0 ? 2 : 0) | (layout.source >= 0 ? 4 : 0)
            | (layout.incident >= 0 ? 8 : 0) | UInt32(truncatingIfNeeded: layout.extras.count) << 4
            | (layout.low >= 0 || layout.high >= 0 || layout.estimate >= 0 ? 1 << 31 : 0)
        if !rowWithoutId && !zero && (layout.schema == .acled || layout.schema == .ucdpGED) {
            idKindDays[IdKindDay(country: DayTable.country(key), kind: trimmedHash(base, layout.eventKind), day: day), default: 0] += 1
        }
        if streamsDays {
            if rowWithoutId {
                streamWithoutId.columns |= columns
                streamWithoutId.add(key, core: corePrint, full: fullPrint, shape: shape, edge: edge) { s.string(o.country) }
            } else {
                streamWithId.columns |= columns
                streamWithId.add(key, core: corePrint, full: fullPrint, shape: shape, edge: edge) { s.string(o.country) }
            }
        } else if rowWithoutId {
            daysWithoutId.columns |= columns
            daysWithoutId.add(key, core: corePrint, full: fullPrint, shape: shape, place: loose1 & ~3, edge: edge) { s.string(o.country) }
        } else {
            daysWithId.columns |= columns
            daysWithId.add(key, core: corePrint, full: fullPrint, shape: shape, place: loose1 & ~3, edge: edge) { s.string(o.country) }
        }
        if !laterDays.isEmpty {
            let c = DayTable.country(key)
            // By country and first-level place (review30 S17): a later file's rows of
            // one governorate leave out only that governorate's rows.
            let place = zero ? 0 : loose1 & ~3
            let later = rowWithoutId ? laterDays : laterDaysWithoutId
            if later.contains(where: { $0.covers(country: c, place: place, day: day, placeless: !zero) }) {
                rowKey = nil
                overlapLeftOut += 1
                return true
            }
            if place == 0 && !zero && later.contains(where: { $0.covers(country: c, day: day) }) {
                placelessKept += 1
                let (sum, over) = placelessKeptBest[measure, default: 0].addingReportingOverflow(o.best)
                placelessKeptBest[measure] = over ? Int64.max : sum
            }
        }
        return false
    }

    /// A key mixed with another hash (a row's other columns, ``rowOthers``; a column's
    /// value with its name).
    @inline(__always)
    static func withOthers(_ k: UInt64, _ o: UInt64) -> UInt64 {
        var x = (k ^ (o &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        x ^= x >> 31
        return x | 1
    }

    /// The hash of a name column's value as it is grouped (``KeyKind/name``, canonical:
    /// NFC, spaces), the hash its interned form has; 0 when absent or empty.
    ///
    /// The row's shapes (``RowShape``): for each kind, a sum over its columns
    /// (``RowLayout/shapeColumns``, ``RowLayout/stableColumns``), each written (not
    /// empty), of a mix of the column's name and its value as ``shapeHash(_:_:)`` reads
    /// it, so the order of the columns does not matter and an empty column more is none;
    /// and the same sum over the kind's other columns only (how varied they are,
    /// ``OtherValues``). The key columns go in as the row rule reads them: the days the
    /// row spans (`2016-03-01 00:00:00.000` is `2016-03-01`), its measure and actor as
    /// grouped, its places without letter case, accents or area words (`places`); the
    /// country is the day's. A kind's sums are 0 when none of its other columns is
    /// written.
    @inline(__always)
    private func rowShape(_ base: UnsafePointer<UInt8>, _ layout: RowLayout, _ o: Observation, measure: UInt64, actor: UInt64,
                          places: UInt64, stableOnly: Bool = false) -> RowShape {
        @inline(__always) func mix(_ v: UInt64, _ name: UInt64) -> UInt64 {
            var x = (v ^ name) &* 0xBF58_476D_1CE4_E5B9
            x ^= x >> 31
            x = x &* 0x94D0_49BB_1331_11EB
            x ^= x >> 29
            return x
        }
        let dated = mix(UInt64(bitPattern: Int64(o.spanFirst.daysSinceEpoch)) << 32 | UInt64(UInt32(bitPattern: o.spanLast.daysSinceEpoch)),
                        0x2545_F491_4F6C_DD1D) &+ mix(measure, 0x5851_F42D_4C95_7F2D)
        let keys = dated &+ mix(actor, 0x1405_7B7E_F767_814F) &+ mix(places, 0xD6E8_FEB8_6659_FD93)
        var shape = RowShape()
        var sum = keys, other: UInt64 = 0
        for c in layout.shapeColumns where !stableOnly {
            let v = shapeHash(base, c.index)
            guard v != 0 else { continue }
            let x = mix(v, c.name)
            sum = sum &+ x
            if c.other { other = other &+ x }
        }
        if other != 0 { shape.strict = sum | 1; shape.strictOther = other | 1; shape.loose = (dated &+ other) | 1 }
        guard !layout.stableColumns.isEmpty else { return shape }
        other = 0
        // Within one input (`stableOnly`: ``rowStableShape``), the columns naming no
        // actor, with the dates, the measure and the place given alone.
        for c in layout.stableColumns where !stableOnly || !Self.stableActorNames.contains(c.name) {
            let v = shapeHash(base, c.index)
            guard v != 0 else { continue }
            other = other &+ mix(v, c.name)
        }
        let keyed = stableOnly ? dated &+ mix(places, 0xD6E8_FEB8_6659_FD93) : keys
        if other != 0 { shape.stable = (keyed &+ other) | 1; shape.stableOther = other | 1 }
        return shape
    }

    /// The hashes of the stable columns (``RowLayout/stableNames``) naming an actor,
    /// left out of the stable shape within one input: a re-pull re-codes the actors
    /// (review32 S6: an ACLED re-pull without ids, `admin2` and actors re-coded,
    /// joined to the first pull, was read doubled).
    private static let stableActorNames: Set<UInt64> = Set(["dyad_name", "side_b", "actor2"].map { name in
        Array(name.utf8).withUnsafeBytes { Interner.hash($0.baseAddress!, $0.count) }
    })

    /// A value's hash in a row's shape (``rowShape``): without the white space around
    /// it, and, when it is at most ``shapeNormalisedBytes`` long with printable ASCII at
    /// both ends and no `""` escape, without ASCII letter case or runs of white space
    /// inside (`SYRIA:  GOVERNMENT` is `Syria: Government`), a number without zeros
    /// that do not change it (`230.0` is `230`, as pandas writes an integer column with
    /// a gap); 0 when absent or empty. Longer texts (headlines, articles) are hashed as
    /// written.
    @inline(__always)
    private func shapeHash(_ base: UnsafePointer<UInt8>, _ i: Int) -> UInt64 {
        guard i >= 0 else { return 0 }
        let sp = spans[i]
        guard sp.count > 0 else { return 0 }
        let p = base + sp.start
        let first = p[0], last = p[sp.count - 1]
        guard !sp.hasEscapes, sp.count <= Self.shapeNormalisedBytes, first > 0x20 && first < 0x7F && last > 0x20 && last < 0x7F else {
            return trimmedHash(base, i)
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.shapeNormalisedBytes) { b -> UInt64 in
            let q = b.baseAddress!
            var n = 0
            if let k = Self.canonicalNumber(p, sp.count, into: q) { return Interner.hash(q, k) }
            var space = false
            for k in 0 ..< sp.count {
                var c = p[k]
                if c == 0x20 || c == 0x09 {
                    if space { continue }
                    space = true; c = 0x20
                } else {
                    space = false
                    if c >= 0x41 && c <= 0x5A { c |= 0x20 }
                }
                q[n] = c; n += 1
            }
            return Interner.hash(q, n)
        }
    }

    /// Values longer than this are hashed as written in a row's shape.
    static let shapeNormalisedBytes = 64

    /// A decimal number (`-12`, `230.0`, `007.50`) written without the zeros that do not
    /// change it (`230`, `7.5`) into `q`: its length; nil when the bytes are no such
    /// number.
    @inline(__always)
    static func canonicalNumber(_ p: UnsafePointer<UInt8>, _ count: Int, into q: UnsafeMutablePointer<UInt8>) -> Int? {
        var i = 0, n = 0
        if p[0] == 0x2D { q[0] = 0x2D; n = 1; i = 1 }
        let intStart = i
        while i < count && p[i] >= 0x30 && p[i] <= 0x39 { i += 1 }
        let intEnd = i
        guard intEnd > intStart else { return nil }
        var fracEnd = intEnd
        if i < count {
            guard p[i] == 0x2E else { return nil }
            i += 1
            while i < count && p[i] >= 0x30 && p[i] <= 0x39 { i += 1 }
            guard i == count else { return nil }
            fracEnd = count
            while fracEnd > intEnd + 1 && p[fracEnd - 1] == 0x30 { fracEnd -= 1 }
        }
        var s = intStart
        while s < intEnd - 1 && p[s] == 0x30 { s += 1 }
        for k in s ..< intEnd { q[n] = p[k]; n += 1 }
        if fracEnd > intEnd + 1 { for k in intEnd ..< fracEnd { q[n] = p[k]; n += 1 } }
        return n
    }

    /// Looked up by the hash of the bytes as written (``NameHashCache``): every row
    /// without an id asks for adm_1, adm_2 and actor whether they are grouped or not,
    /// and working the canonical form out again (the plain-text test, then for an
    /// accented name the interner of raw spellings) cost more than the rest of the row
    /// key (cachegrind, 200k id-less rows: about 600 instructions a row).
    @inline(__always)
    private func nameHash(_ base: UnsafePointer<UInt8>, _ i: Int, _ layout: RowLayout) -> UInt64 {
        guard i >= 0 else { return 0 }
        let sp = spans[i]
        guard sp.count > 0 else { return 0 }
        if sp.hasEscapes { return canonicalNameHash(base, i, layout, raw: nil) }
        let raw = Interner.hash(base + sp.start, sp.count)
        if let h = nameHashes.pointee.find(raw) { return h }
        let h = canonicalNameHash(base, i, layout, raw: raw)
        nameHashes.pointee.insert(raw, h)
        return h
    }

    /// ``nameHash`` worked out: `raw` is the hash of the value's bytes when it has no
    /// `""` escapes (a plain value's canonical form is its bytes).
    private func canonicalNameHash(_ base: UnsafePointer<UInt8>, _ i: Int, _ layout: RowLayout, raw: UInt64?) -> UInt64 {
        let sp = spans[i]
        if let raw, KeyKind.name.isPlain(base + sp.start, sp.count) { return raw }
        guard let id = try? intern(base, i, key: .name, layout), id != emptyName else { return 0 }
        return aggregator.strings.storedHash(id)
    }

    /// A place name's hash as two exports may write it otherwise (``LoosePlace/key(_:)``:
    /// letter case, accents, spaces, punctuation and quotes aside, and without a last
    /// word naming the kind of area after another word), with bits 0-1 saying whether
    /// an area word was dropped and of which kind (1 an area, 2 a city); 0 when empty. `ALEPPO`, `Aleppo`, `Ḥalab` and `Halab` have one
    /// (`Aleppo Governorate` that with bit 0). For the overlap prints only (when several
    /// inputs are read), never for grouping. Worked out once per spelling as written
    /// (``looseHashes``), when the input's spellings are noted (``placeSpellings``).
    @inline(__always)
    private func looseNameHash(_ base: UnsafePointer<UInt8>, _ i: Int, _ layout: RowLayout, country: UInt64) -> UInt64 {
        guard i >= 0 else { return 0 }
        let sp = spans[i]
        guard sp.count > 0 else { return 0 }
        if sp.count > LoosePlace.maximumBytes { return nameHash(base, i, layout) & ~3 }
        // Spellings are noted per level (adm_1 `Aleppo` beside adm_2 `Aleppo District`
        // is no place written two ways) and per country (issue 11: Zambia's `Central
        // Province` beside Kenya's `Central` is no place written two ways either; taken
        // for one, a re-export writing `Central` for both kept Zambia's area word
        // compared, and its rows were not alike).
        var level: UInt64 = i == layout.adm1 ? 0 : 0x9E37_79B9_7F4A_7C14
        level ^= (country ^ (country >> 29)) &* 0xBF58_476D_1CE4_E5B9
        if sp.hasEscapes { return looseHash(text(base, i), level: level) }
        let raw = Interner.hash(base + sp.start, sp.count) ^ level
        if let h = looseHashes.pointee.find(raw) { return h }
        let h = looseHash(String(decoding: UnsafeBufferPointer(start: base + sp.start, count: sp.count), as: UTF8.self), level: level)
        looseHashes.pointee.insert(raw, h)
        return h
    }

    /// ``looseNameHash`` of a name's text, noting its spelling at its level (`level`:
    /// 0 for adm_1, another for adm_2).
    private func looseHash(_ name: String, level: UInt64) -> UInt64 {
        let (key, area, city) = LoosePlace.key(name)
        guard !key.isEmpty else { return 0 }
        let h = Array(key.utf8).withUnsafeBytes { Interner.hash($0.baseAddress!, $0.count) } & ~3
        placeSpellings[h ^ level, default: PlaceSpelling()].note(name.trimmingSpaces, areaWord: area)
        return h | (city ? 2 : area ? 1 : 0)
    }

    /// The hash of a text column's value without the white space around it and with
    /// `""` escapes undone; 0 when absent or empty.
    @inline(__always)
    /// The hash of a person column's value as a re-pull may rewrite it: ASCII letters
    /// in one case, and only letters, digits and bytes past ASCII kept (`Ahmad A.`,
    /// `AHMAD A`, `ahmad  a` are one name; review35 S-a: a second pull with its names
    /// upper-cased was every row "another person", read doubled); 0 when empty.
    private func personHash(_ base: UnsafePointer<UInt8>, _ i: Int) -> UInt64 {
        guard i >= 0 else { return 0 }
        let sp = spans[i]
        guard sp.count > 0 else { return 0 }
        var folded: [UInt8] = []
        folded.reserveCapacity(sp.count)
        func fold(_ b: UInt8) {
            switch b {
            case 0x30 ... 0x39, 0x61 ... 0x7A, 0x80 ... 0xFF: folded.append(b)
            case 0x41 ... 0x5A: folded.append(b | 0x20)
            default: break
            }
        }
        if sp.hasEscapes {
            unescape(base, sp)
            for b in scratch { fold(b) }
        } else {
            for k in 0 ..< sp.count { fold(base[sp.start + k]) }
        }
        guard !folded.isEmpty else { return 0 }
        return folded.withUnsafeBufferPointer { Interner.hash($0.baseAddress!, $0.count) }
    }

    private func trimmedHash(_ base: UnsafePointer<UInt8>, _ i: Int) -> UInt64 {
        guard i >= 0 else { return 0 }
        let sp = spans[i]
        guard sp.count > 0 else { return 0 }
        if sp.hasEscapes {
            unescape(base, sp)
            return scratch.withUnsafeBufferPointer { b -> UInt64 in
                guard let p = b.baseAddress else { return 0 }
                let (a, e) = idBounds(p, b.count)
                return e > a ? Interner.hash(p + a, e - a) : 0
            }
        }
        // Printable ASCII at both ends: nothing to trim (``Invisible/length(at:_:_:)``
        // takes no byte 0x21…0x7E), the common case, without the scalar decoding.
        let p = base + sp.start
        let first = p[0], last = p[sp.count - 1]
        if first > 0x20 && first < 0x7F && last > 0x20 && last < 0x7F { return Interner.hash(p, sp.count) }
        let (a, e) = idBounds(p, sp.count)
        return e > a ? Interner.hash(p + a, e - a) : 0
    }

    /// What event a native row is, never 0: its date and country (high half) and its
    /// `source` (low half). The same native id in two files for two events (another
    /// date or country, or another source numbering its rows 1, 2 …) must be refused,
    /// not replaced.
    @inline(__always)
    private func nativeIdentity(_ base: UnsafePointer<UInt8>, _ layout: RowLayout, _ o: Observation) -> UInt64 {
        var h = (UInt64(bitPattern: Int64(o.day.daysSinceEpoch)) ^ 0x2545_F491_4F6C_DD1D) &* 0xBF58_476D_1CE4_E5B9
        if layout.country >= 0 {
            let c = spans[layout.country]
            h ^= recordHash(base + c.start, c.count, 0x94D0_49BB_1331_11EB)
        }
        // The row's source, however it has one: its `source` column, else the source
        // declared for its file (a report dataset's `source:`; review16 #1: two monitors'
        // ids 1 and 2 replaced each other in a report). Compared without the invisible
        // characters around it.
        var source: UInt64 = 0
        if namesSource(base, layout) {
            let c = spans[layout.source]
            let (s, e) = idBounds(base + c.start, c.count)
            source = recordHash(base + c.start + s, e - s, 0x5851_F42D_4C95_7F2D)
        } else if let declared = layout.declaredSource {
            var d = declared
            source = d.withUTF8 { u in
                let (s, e) = idBounds(u.baseAddress!, u.count)
                return recordHash(u.baseAddress! + s, e - s, 0x5851_F42D_4C95_7F2D)
            }
        }
        // Without any source the rows say nothing of whose numbering the id is, and native
        // ids are in practice row numbers local to a file (review46 S6: two colleagues'
        // sheets numbered 1-3, Idlib's rows and Aleppo's on the same days, the second
        // "replaced" the first and Idlib's 60 killed vanished): then the place below
        // country and the actor must be the same too for the later row to be a newer
        // version of the event. Bit 1 marks such an identity (``isSuperseded`` names the
        // place or actor then); a source's hash keeps it clear.
        guard source == 0 else {
            return ((h ^ (h >> 32)) << 32) | ((source ^ (source >> 32)) & 0xFFFF_FFFC) | 1
        }
        var place: UInt64 = 0x2127_599B_F432_5C37
        for (i, seed) in [(layout.adm1, UInt64(0x9FB2_1C65_1E98_DF25)), (layout.adm2, 0x8CB9_2BA7_2F3D_8DD7), (layout.actor, 0xC2B2_AE3D_27D4_EB4F)] where i >= 0 {
            place = (place ^ foldedHash(base, i, seed)) &* 0xBF58_476D_1CE4_E5B9
            place ^= place >> 31
        }
        return ((h ^ (h >> 32)) << 32) | ((place ^ (place >> 32)) & 0xFFFF_FFFC) | 3
    }

    /// A hash of field `i` as names are compared loosely for ``nativeIdentity``: without
    /// the invisible characters around it, ASCII letters in either case
    /// alike (`Idlib`, `"IDLIB "`), so a file re-typed by hand is still the same event.
    @inline(__always)
    private func foldedHash(_ base: UnsafePointer<UInt8>, _ i: Int, _ seed: UInt64) -> UInt64 {
        let c = spans[i]
        let (s, e) = idBounds(base + c.start, c.count)
        var h = seed
        var j = c.start + s
        while j < c.start + e {
            var b = base[j]
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
            j += 1
        }
        return h ^ (h >> 29)
    }

    /// What identifies a row's figures, to tell a repeated event from a corrected one.
    @inline(__always)
    private func fingerprint(_ o: Observation) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15
        @inline(__always) func mix(_ v: Int64) {
            h = (h ^ UInt64(bitPattern: v)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
        }
        mix(Int64(o.day.daysSinceEpoch)); mix(o.low); mix(o.best); mix(o.high)
        return h
    }

    /// Reads low/best/high or the estimate text (SPEC §2): numbers win when `best` is
    /// given; estimate text, when given too, must agree with them, and carries what the
    /// numbers cannot: an open end (`12+` with an empty `high`) and the approximate
    /// flag (`~40`). So the CSV `tally aggregate` writes reads back as it was.
    @inline(__always)
    private func figures(_ base: UnsafePointer<UInt8>, _ layout: RowLayout, into o: inout Observation) throws(RowMessage) {
        let parsed: Estimate?
        if !isEmpty(layout.estimate) {
            let t = text(base, layout.estimate)
            do throws(EstimateParseError) {
                // The row's measure picks the figure of a text with one per measure
                // ("5 dead 3 wounded" in a row of `killed` is 5).
                parsed = try EstimateParser.parse(t, convention: layout.convention, measure: text(base, layout.measure))
            } catch {
                throw RowMessage(column(layout, layout.estimate) + error.description(advising: localeAdvice))
            }
        } else {
            parsed = nil
        }
        if isEmpty(layout.best) {
            if !isEmpty(layout.low) || !isEmpty(layout.high) {
                throw RowMessage("column 'best': empty while 'low'/'high' are given; give best too")
            }
            guard let e = parsed else {
                throw RowMessage("column 'best': empty, and no estimate text either; give one of them")
            }
            o.low = e.low; o.best = e.best; o.high = e.high ?? 0; o.unbounded = e.high == nil
            o.approximate = e.approximate
            o.bestStated = e.bestStated
            try statedBest(base, layout, into: &o, fromText: true)
            return
        }
        let best = try count(base, layout.best, layout)
        let low = isEmpty(layout.low) ? best : try count(base, layout.low, layout)
        let high = isEmpty(layout.high) ? best : try count(base, layout.high, layout)
        let approximate = try approximateFlag(base, layout)
        if low > best {
            throw RowMessage("column 'low': \(low) is greater than best (\(best))")
        }
        if best > high {
            throw RowMessage("column 'high': \(high) is less than best (\(best))")
        }
        if let e = parsed {
            let highAgrees = e.high == nil ? isEmpty(layout.high) : e.high == high
            // A bounded range with no best of its own ("5,000–7,000") leaves the best to
            // the column (the parser's midpoint is a rule, not a figure); a text that
            // states one ("307 (300–323)", as `tally aggregate` writes it) must agree.
            let rangeOnly = !e.bestStated && e.high != nil && e.low != e.high
            // An open end shown as its floor alone (`5,012+`) beside a best above it is
            // the same: a sum with no stated best ("at least 12" and "5,000 to 7,000",
            // best 6,012 in the column), whose best the text does not show (review46 S1).
            let floorOnly = e.high == nil && e.best == e.low && best > low
            let bestAgrees = e.best == best || rangeOnly || floorOnly
            if e.low != low || !bestAgrees || !highAgrees {
                throw RowMessage(column(layout, layout.estimate)
                    + "\"\(text(base, layout.estimate))\" (\(e.low)/\(e.best)/\(e.high.map(String.init) ?? "unbounded")) disagrees with low/best/high (\(low)/\(best)/\(isEmpty(layout.high) ? "empty" : String(high)))")
            }
            o.unbounded = e.high == nil
            o.approximate = e.approximate
            // Whether the best was stated travels in the text: `5,000–7,000` beside best
            // 6,000 is a range given with no best (its midpoint), so a chart of the file
            // read back draws the floating range bar it drew before. Beside a best off
            // the midpoint it is the same: a sum holding such a range has the sum of its
            // parts' bests (`6–8` beside 8: two "3 to 4"; `12–75` beside 38: "34 (9 to
            // 70)" and "3 to 5"), which the column keeps and the text does not show, so
            // a coarser period summed from the file adds the bests the records gave
            // (review30 S21).
            o.bestStated = floorOnly ? false : !rangeOnly
            if let a = approximate, a != e.approximate {
                throw RowMessage(column(layout, layout.approximate) + "\(a) disagrees with the estimate text \"\(text(base, layout.estimate))\", "
                                 + "which is " + (e.approximate ? "approximate" : "not approximate"))
            }
        } else if let a = approximate {
            // A table tally wrote as JSON, read without its text (audit10 F8): `high`
            // null is an open end, `approximate` and `best_stated` the rest.
            o.unbounded = isEmpty(layout.high)
            o.approximate = a
        }
        o.low = low; o.best = best; o.high = high
        try statedBest(base, layout, into: &o, fromText: parsed != nil)
    }

    /// The `approximate` column of a table tally wrote (``RowLayout/approximate``): nil
    /// when the file has none or the cell is empty.
    @inline(__always)
    private func approximateFlag(_ base: UnsafePointer<UInt8>, _ layout: RowLayout) throws(RowMessage) -> Bool? {
        guard layout.approximate >= 0, !isEmpty(layout.approximate) else { return nil }
        switch text(base, layout.approximate) {
        case "true": return true
        case "false": return false
        case let t: throw RowMessage(column(layout, layout.approximate) + "\"\(t)\" is not true or false")
        }
    }

    /// The `best_stated` column (`true`/`false`, as `tally aggregate --format json`
    /// writes it). It matters only for a bounded range (low below high): there it says
    /// whether the best is a source's figure or the rules' midpoint, and must agree with
    /// the estimate text when the row has one (`5,000–7,000` states no best, `6,000
    /// (5,000–7,000)` does); without the text it decides. The same for an open end whose
    /// best lies above its floor (`5,012+` states no best, `5,012+ (best 6,012)` does).
    /// For an exact figure or a bare floor it is kept as given: it changes no number and
    /// no label.
    @inline(__always)
    private func statedBest(_ base: UnsafePointer<UInt8>, _ layout: RowLayout, into o: inout Observation,
                            fromText: Bool) throws(RowMessage) {
        guard layout.bestStated >= 0, !isEmpty(layout.bestStated) else { return }
        let t = text(base, layout.bestStated)
        let stated: Bool
        switch t {
        case "true": stated = true
        case "false": stated = false
        default: throw RowMessage(column(layout, layout.bestStated) + "\"\(t)\" is not true or false")
        }
        let rangeMatters = o.unbounded ? o.low < o.best : o.low < o.high
        if rangeMatters && fromText && stated != o.bestStated {
            throw RowMessage(column(layout, layout.bestStated) + "\(t) disagrees with the estimate text \"\(text(base, layout.estimate))\", which "
                + (o.bestStated ? "states its best" : o.unbounded ? "gives its floor alone, no best" : "gives a range with no best"))
        }
        o.bestStated = stated
    }
}

/// What a parser counts besides the aggregate.
struct RowTally {
    /// Records read and checked (before filtering).
    var rows = 0
    var incidentRows = 0
    /// Rows that went into the result, by how well their dates are known (incident
    /// reports are added when their incident is).
    var precisions = PrecisionCounts()
    /// Rows that went into the result with figures out of order (UCDP).
    var rangeQuirks = RangeQuirks()
    /// Rows by the form their date was written in.
    var dateForms = DateFormCounts()
    /// readers11 F8 (silent): where each form of `date_start` was first read, by input
    /// (its index), in a file whose all-numeric dates have an order (the only files where
    /// two forms can disagree about which number is the day): `(sequence + 1) << 32 |
    /// line in block`, 0 when not read, with the text. The pipeline refuses a column of
    /// all-numeric dates beside another form (``Pipeline``'s `checkMixedDateForms`).
    /// readers12 (review54 F9): `date_end` too, in the second half of each input's array
    /// (slot 1: entry `DateForm.allCases.count + form`); each column is checked alone.
    private(set) var formSightings: [Int: [(at: UInt64, text: String)]] = [:]
    private var formInput = -1
    private var formAt: [(at: UInt64, text: String)] = []

    /// The date column `slot` (0 `date_start`, 1 `date_end`) of the row at `at` (in input
    /// `input`) is written in form `f`.
    mutating func sawDateForm(_ f: DateForm, input: Int, slot: Int = 0, at: UInt64, text: @autoclosure () -> String) {
        if input != formInput {
            if formInput >= 0 { formSightings[formInput] = formAt }
            formInput = input
            formAt = formSightings[input] ?? Array(repeating: (0, ""), count: 2 * DateForm.allCases.count)
        }
        let k = slot * DateForm.allCases.count + f.rawValue
        let old = formAt[k].at
        if old == 0 || at < old { formAt[k] = (at, text()) }
    }

    /// ``formSightings`` including the input being read.
    var allFormSightings: [Int: [(at: UInt64, text: String)]] {
        var c = formSightings
        if formInput >= 0 { c[formInput] = formAt }
        return c
    }
    /// First and last `date_start` of all rows read, as day numbers.
    var firstDay = Int32.max
    var lastDay = Int32.min
    /// The last day any row's date span reaches (`date_end`, or the end of the week,
    /// month, quarter or year its precision names; a table row's claimed days).
    var lastSpanDay = Int32.min

    /// Measures seen in any row read (before filters), by interned id: where this
    /// worker first read each, `(sequence + 1) << 32 | line in block`, 0 when not read
    /// (for `--measure` names that match nothing, and the slip rule, ``MeasureSlips``).
    /// Kept here, in the parser's per-block local copy, rather than in a stored `var`
    /// of the parser class: that would cost two dynamic exclusivity checks per row.
    var measureSeen: [UInt64] = []

    /// Marks a measure as present in the data, first read at `at`.
    @inline(__always)
    mutating func sawMeasure(_ id: UInt32, at: UInt64) {
        let i = Int(id)
        // Read first: a write on every row paid the array's uniqueness check (issue 9).
        if i < measureSeen.count && measureSeen[i] != 0 { return }
        if i >= measureSeen.count { measureSeen += Array(repeating: 0, count: i + 1 - measureSeen.count) }
        measureSeen[i] = at
    }

    /// For the coverage rule, per input file (by index): each record start day and
    /// the latest day a record starting then covers (``Coverage/coveredEnd``).
    var fileEnds: [Int: [Int32: Int32]] = [:]
    private var currentFile = -1
    /// The file being read: latest covered day by start day, in a flat array from
    /// `base` (`Int32.min` for none) while the days span at most `flatLimit`, and in
    /// `ends` beyond (a hash per row costs more than the row's parse in debug).
    private var flat: [Int32] = []
    private var base: Int32 = 0
    private var ends: [Int32: Int32] = [:]
    private static let flatLimit = 200_000

    /// The input's bit (``SourceSet``) for the records of the file being read.
    var sourceBit: UInt32 = 0

    /// First and last day of the ACLED events read, by input file (its index among the
    /// inputs, not its dataset's): HDX HAPI's conflict events are ACLED's, so a HAPI
    /// file whose months overlap these is refused (``Pipeline``).
    private(set) var acledSpans: [Int: ClosedRange<Int32>] = [:]
    private var currentInput = -1
    private var acledFirst = Int32.max, acledLast = Int32.min

    /// Records from now on are of input file `index` (for ``acledSpans``).
    mutating func beginInput(_ index: Int) {
        guard index != currentInput else { return }
        flushACLEDSpan()
        currentInput = index
        if let r = acledSpans[index] { (acledFirst, acledLast) = (r.lowerBound, r.upperBound) } else { (acledFirst, acledLast) = (.max, .min) }
    }

    private mutating func flushACLEDSpan() {
        if currentInput >= 0 && acledFirst <= acledLast { acledSpans[currentInput] = acledFirst ... acledLast }
    }

    @inline(__always)
    mutating func readACLED(_ day: CalendarDay) {
        let d = day.daysSinceEpoch
        if d < acledFirst { acledFirst = d }
        if d > acledLast { acledLast = d }
    }

    /// ``acledSpans`` including the file being read.
    var allACLEDSpans: [Int: ClosedRange<Int32>] {
        var copy = self
        copy.flushACLEDSpan()
        return copy.acledSpans
    }

    /// Records from now on are of input `index`.
    mutating func beginFile(_ index: Int) {
        sourceBit = SourceSet.bit(index)
        guard index != currentFile else { return }
        if currentFile >= 0 {
            fileEnds[currentFile] = currentEnds()
            // A file read: its entries in an array (16 bytes each), not the dictionary
            // (about 30 with its free buckets: issue 9, 1.5 MiB a worker and file of
            // the 1M generated rows).
            filePlaces[currentFile] = places.entries
            fileWhole[currentFile] = whole
            fileYears[currentFile] = whole && !yearEnds.isEmpty ? (yearEnds, yearPlaces) : nil
        }
        whole = fileWhole[index] ?? true
        yearEnds = fileYears[index]?.ends ?? [:]; yearPlaces = fileYears[index]?.places ?? [:]
        currentFile = index
        ends = fileEnds[index] ?? [:]
        places = CountryDayEnds(filePlaces[index] ?? []); lastPlace = (.max, .min)
        filePlaces[index] = nil
        flat = []; base = 0
    }

    /// For the long-gap rule per country (``DatasetCoverages/Dataset/places``), per input
    /// file: the latest day a flow record covers by its country (this parser's id) and
    /// start day, `country << 32 | day` (one entry a country and day, not a row).
    var filePlaces: [Int: [(key: UInt64, end: Int32)]] = [:]
    private var places = CountryDayEnds()
    private var lastPlace: (key: UInt64, end: Int32) = (.max, .min)

    @inline(__always)
    mutating func readPlace(_ country: UInt32, _ day: CalendarDay, spanLast: CalendarDay) {
        let k = UInt64(country) << 32 | UInt64(UInt32(bitPattern: day.daysSinceEpoch))
        let end = Coverage.coveredEnd(start: day, spanLast: spanLast)
        // Rows of one country and day in a row cost no hash.
        if k == lastPlace.key && end <= lastPlace.end { return }
        places.note(country, day: day.daysSinceEpoch, end: end)
        lastPlace = (k, end)
    }

    /// A table by year (review28 N3): a file whose every row is a whole calendar period
    /// (a month, quarter or year, or 7 days) without an id is a table of figures by
    /// period, and its year rows cover their years, where an event known only to its
    /// year covers its first day alone (``Coverage/coveredEnd(start:spanLast:)``): a
    /// table of 2014 and 2015 beside records of 2016 read "2015 partial: data to 1
    /// January". Per input: whether every row so far is such a row, and the year rows'
    /// starts with their last days, alone and by country (as ``filePlaces``); the
    /// pipeline adds them to the coverage when no worker saw another row of the input.
    private(set) var fileWhole: [Int: Bool] = [:]
    private var whole = true
    private var fileYears: [Int: (ends: [Int32: Int32], places: [UInt64: Int32])] = [:]
    private var yearEnds: [Int32: Int32] = [:]
    private var yearPlaces: [UInt64: Int32] = [:]

    /// A native flow row of the file being read, for ``fileWhole``.
    @inline(__always)
    mutating func noteTableRow(_ first: CalendarDay, _ last: CalendarDay, withoutId: Bool, country: UInt32) {
        guard whole else { return }
        if withoutId && last > first {
            if last.daysSinceEpoch &- first.daysSinceEpoch == 6 { return }
            for p in [DatePrecision.month, .quarter, .year] {
                let span = p.span(of: first)
                guard span.first == first && span.last == last else { continue }
                if p == .year {
                    yearEnds[first.daysSinceEpoch] = last.daysSinceEpoch
                    if country != .max { yearPlaces[UInt64(country) << 32 | UInt64(UInt32(bitPattern: first.daysSinceEpoch))] = last.daysSinceEpoch }
                }
                return
            }
        }
        whole = false; yearEnds = [:]; yearPlaces = [:]
    }

    /// Each input's year rows (``noteTableRow``) while every row it read was whole, the
    /// file being read included; and ``fileWhole`` likewise.
    var allYearTables: (whole: [Int: Bool], years: [Int: (ends: [Int32: Int32], places: [UInt64: Int32])]) {
        var w = fileWhole, y = fileYears
        if currentFile >= 0 { w[currentFile] = whole; y[currentFile] = (yearEnds, yearPlaces) }
        return (w, y)
    }

    /// The countries of each input's records (this parser's string ids) when they
    /// feed no per-country days (UCDP GED, ACLED: ``filePlaces`` is of native files):
    /// a chart by country of countries asked for names one with no figure (review28 N5).
    var fileCountries: [Int: Set<UInt32>] = [:]
    private var lastCountry: (file: Int, country: UInt32) = (-1, .max)

    /// A record of `country` in the file being read (one hash a change of country).
    @inline(__always)
    mutating func readCountry(_ country: UInt32) {
        if lastCountry == (currentFile, country) { return }
        lastCountry = (currentFile, country)
        fileCountries[currentFile, default: []].insert(country)
    }

    /// The days of each input's UCDP GED and ACLED records that pass the filters, by
    /// country (this parser's string ids): first start to last day spanned. Two
    /// publishers' counts of one country on the same days are refused, not added
    /// (``Pipeline``, review30 S19). Kept per run of one country (a hash a change of
    /// country, as ``readCountry(_:)``).
    private var publishedSpans: [Int: [UInt32: ClosedRange<Int32>]] = [:]
    private var publishedRun: (file: Int, country: UInt32, first: Int32, last: Int32) = (-1, .max, .max, .min)

    @inline(__always)
    mutating func readPublished(_ country: UInt32, day: CalendarDay, spanLast: CalendarDay) {
        let (a, b) = (day.daysSinceEpoch, max(day.daysSinceEpoch, spanLast.daysSinceEpoch))
        if publishedRun.file == currentFile && publishedRun.country == country {
            if a < publishedRun.first { publishedRun.first = a }
            if b > publishedRun.last { publishedRun.last = b }
            return
        }
        flushPublished()
        publishedRun = (currentFile, country, a, b)
    }

    private mutating func flushPublished() {
        let r = publishedRun
        guard r.file >= 0, r.first <= r.last else { return }
        let old = publishedSpans[r.file]?[r.country]
        publishedSpans[r.file, default: [:]][r.country] = min(old?.lowerBound ?? r.first, r.first) ... max(old?.upperBound ?? r.last, r.last)
    }

    /// ``publishedSpans`` including the run being read.
    var allPublishedSpans: [Int: [UInt32: ClosedRange<Int32>]] {
        var copy = self
        copy.flushPublished()
        return copy.publishedSpans
    }

    /// The input files of ``filePlaces`` and the file being read.
    var placeFiles: [Int] { Array(filePlaces.keys) + (currentFile >= 0 && filePlaces[currentFile] == nil ? [currentFile] : []) }

    /// ``filePlaces`` including the file being read: `body` is given each entry of
    /// input `file` (key, latest day).
    func eachPlace(of file: Int, _ body: (UInt64, Int32) -> Void) {
        if file == currentFile { places.forEach(body) }
        else { for e in filePlaces[file] ?? [] { body(e.key, e.end) } }
    }

    private func currentEnds() -> [Int32: Int32] {
        var all = ends
        for (i, e) in flat.enumerated() where e != .min {
            let d = base &+ Int32(i)
            all[d] = max(all[d] ?? e, e)
        }
        return all
    }

    /// ``fileEnds`` including the file being read.
    var allFileEnds: [Int: [Int32: Int32]] {
        var all = fileEnds
        if currentFile >= 0 { all[currentFile] = currentEnds() }
        return all
    }

    /// Stock observations by input (as ``fileEnds``, each covering its own day): the
    /// coverage of an input with no flow records.
    var stockDays: [Int: Set<Int32>] = [:]

    /// A stock observation on `day` of the file being read.
    mutating func readStock(_ day: CalendarDay) {
        rows += 1
        let d = day.daysSinceEpoch
        firstDay = min(firstDay, d)
        lastDay = max(lastDay, d)
        stockDays[max(currentFile, 0), default: []].insert(d)
    }

    /// The `covered` claim of each period's rows, by input file (not dataset: parts of
    /// one export may each cover part of a month) and country (this parser's id, `.max`
    /// for a table without one): period (first day << 32 | last) to claim (first << 32 |
    /// last). Rows of one period and country in one file must claim the same days: a
    /// file whose rows claim different days holds several datasets' rows (`tally
    /// aggregate a.csv b.csv`), and read back as one dataset the union of their claims
    /// would mark the less covered rows complete (review9d #1). Countries of one file
    /// may differ (the long-gap rule per country).
    var periodClaims: [Int: [UInt32: [Int64: Int64]]] = [:]
    /// The first disagreement met: input, period, the two claims.
    var claimConflict: (input: Int, period: Int64, a: Int64, b: Int64)?

    static func pack(_ a: CalendarDay, _ b: CalendarDay) -> Int64 {
        Int64(a.daysSinceEpoch) << 32 | Int64(UInt32(bitPattern: b.daysSinceEpoch))
    }

    static func unpack(_ v: Int64) -> (CalendarDay, CalendarDay) {
        (CalendarDay(daysSinceEpoch: Int32(truncatingIfNeeded: v >> 32)),
         CalendarDay(daysSinceEpoch: Int32(bitPattern: UInt32(truncatingIfNeeded: v))))
    }

    /// The claim of a row that covers no day of its period (`covered` = `none`).
    static let claimsNone = Int64.min

    /// A claim of several stretches (`2023-05-03;2023-05-20/2023-05-31`), by input,
    /// country and period as ``periodClaims``: its stretches (the claim there is their
    /// first to last day).
    var periodClaimParts: [Int: [UInt32: [Int64: [ClosedRange<CalendarDay>]]]] = [:]

    mutating func notePeriodClaim(period: (CalendarDay, CalendarDay), claim: (CalendarDay, CalendarDay)?, country: UInt32 = .max,
                                  spans: [ClosedRange<CalendarDay>] = []) {
        let k = Self.pack(period.0, period.1), v = claim.map { Self.pack($0.0, $0.1) } ?? Self.claimsNone
        let input = max(currentInput, 0)
        if let old = periodClaims[input]?[country]?[k] {
            if old != v && claimConflict == nil { claimConflict = (input, k, old, v) }
        } else {
            periodClaims[input, default: [:]][country, default: [:]][k] = v
            if !spans.isEmpty { periodClaimParts[input, default: [:]][country, default: [:]][k] = spans }
        }
    }

    /// A row of tally's own output whose `covered` says the data covered no day of its
    /// period: a record read, on no covered day.
    mutating func readUncovered(_ day: CalendarDay) {
        rows += 1
        let d = day.daysSinceEpoch
        firstDay = min(firstDay, d)
        lastDay = max(lastDay, d)
    }

    /// A row of tally's own output that says which days of its period the data
    /// covered (`covered`): those days, however long.
    mutating func claim(_ first: CalendarDay, through last: CalendarDay, counting: Bool = true) {
        read(first, spanFirst: first, spanLast: first)
        if !counting { rows -= 1 }
        lastSpanDay = max(lastSpanDay, last.daysSinceEpoch)
        let d = first.daysSinceEpoch, e = last.daysSinceEpoch
        let i = Int(d) - Int(base)
        if i >= 0 && i < flat.count {
            if flat[i] < e { flat[i] = e }
        } else {
            place(d, e)
        }
    }

    /// A record dated `day` whose span runs from `spanFirst` to `spanLast`: its date is
    /// the data's first or last as published (`info`, messages), and its span, from its
    /// first day, what it covers (review46 S4: an ACLED row known only to the month, dated
    /// 31 May, covered from 31 May, and an export of daily rows to 15 May read May whole).
    @inline(__always)
    mutating func read(_ day: CalendarDay, spanFirst: CalendarDay, spanLast: CalendarDay) {
        rows += 1
        firstDay = min(firstDay, day.daysSinceEpoch)
        lastDay = max(lastDay, day.daysSinceEpoch)
        let d = spanFirst.daysSinceEpoch
        lastSpanDay = max(lastSpanDay, spanLast.daysSinceEpoch)
        let end = Coverage.coveredEnd(start: spanFirst, spanLast: spanLast)
        let i = Int(d) - Int(base)
        if i >= 0 && i < flat.count {
            if flat[i] < end { flat[i] = end }
        } else {
            place(d, end)
        }
    }

    /// A day outside the flat array: widen it when the span stays small, else hash.
    private mutating func place(_ d: Int32, _ end: Int32) {
        if flat.isEmpty {
            base = d &- 366
            flat = Array(repeating: .min, count: 732 + 366)
        } else {
            let lo = min(Int(base), Int(d) - 366), hi = max(Int(base) + flat.count, Int(d) + 367)
            guard hi - lo <= RowTally.flatLimit else {
                ends[d] = max(ends[d] ?? end, end)
                return
            }
            var grown = Array(repeating: Int32.min, count: hi - lo)
            let offset = Int(base) - lo
            for (j, e) in flat.enumerated() { grown[offset + j] = e }
            flat = grown; base = Int32(lo)
        }
        let i = Int(d) - Int(base)
        if flat[i] < end { flat[i] = end }
    }
}

/// UCDP rows whose published best lies outside their own range (`high < best` or
/// `low > best`), each widened to the envelope of its figures as it is read: how many
/// went into the result, and how far the widening moved the sums of their lows and
/// highs from the columns as published (the bests are unchanged).
public struct RangeQuirks: Sendable, Equatable {
    /// Rows with `high < best` or `low > best` (or both).
    public var rows = 0
    public var highBelowBest = 0
    public var lowAboveBest = 0
    /// How much lower the sum of these rows' lows is than as published.
    public var lowLoweredBy: Int64 = 0
    /// How much higher the sum of these rows' highs is than as published.
    public var highRaisedBy: Int64 = 0

    public init() {}

    mutating func add(_ o: RangeQuirks) {
        rows += o.rows; highBelowBest += o.highBelowBest; lowAboveBest += o.lowAboveBest
        lowLoweredBy += o.lowLoweredBy; highRaisedBy += o.highRaisedBy
    }

    /// What standard error and `tally info` say of them: `101 rows in the result have
    /// figures out of order as published (high < best: 71, low > best: 30); each is
    /// widened to the envelope of its figures, best unchanged: in all, lows 187 lower
    /// and highs 173 higher than as published`.
    /// - Parameter rows: the subject, `101 rows in the result have`.
    public static func sentence(_ q: RangeQuirks, rows: String) -> String {
        "\(rows) figures out of order as published (high < best: \(Estimate.grouped(Int64(q.highBelowBest))), low > best: \(Estimate.grouped(Int64(q.lowAboveBest))))"
            + "; each is widened to the envelope of its figures, best unchanged: in all, lows \(Estimate.grouped(q.lowLoweredBy)) lower and highs \(Estimate.grouped(q.highRaisedBy)) higher than as published"
    }
}

/// The text of a row-level error, before the file and line are known.
struct RowMessage: Error {
    let text: String
    /// A date outside the plausible span: `tally info` lists such rows instead of stopping.
    var implausibleDate = false
    /// Values quoted in `text` are cut to a few dozen bytes (see ``MessageText``).
    init(_ text: String) { self.text = MessageText.limited(text) }
}

extension String {
    var replacingDoubledQuotes: String {
        var out = ""
        var lastWasQuote = false
        for ch in self {
            if ch == "\"" && lastWasQuote { lastWasQuote = false; continue }
            lastWasQuote = ch == "\""
            out.append(ch)
        }
        return out
    }
}

/// The canonical hash of a name (``BlockParser``'s `nameHash`) by the hash of its bytes
/// as written: a parser sees a few thousand spellings over millions of rows. Open
/// addressing over ``slotCount`` pairs (256 KiB, taken from calloc when the first
/// id-less row asks, its pages resident as they are written); at most half full, past
/// that names are worked out each time, as before. A key is the 64-bit byte hash the
/// row key already takes for a plain name, so two spellings are told apart exactly as
/// far as the row key itself tells them apart; a byte hash of 0 is never stored.
struct NameHashCache {
    static let slotCount = 1 << 14
    private var slots: UnsafeMutablePointer<UInt64>?
    private var count = 0
    private var full = false

    @inline(__always)
    func find(_ raw: UInt64) -> UInt64? {
        guard let slots else { return nil }
        var i = Int(truncatingIfNeeded: raw) & (NameHashCache.slotCount - 1)
        while true {
            let k = slots[2 * i]
            if k == raw { return raw == 0 ? nil : slots[2 * i + 1] }
            if k == 0 { return nil }
            i = (i + 1) & (NameHashCache.slotCount - 1)
        }
    }

    mutating func insert(_ raw: UInt64, _ canonical: UInt64) {
        guard raw != 0, !full else { return }
        if slots == nil {
            guard let p = calloc(2 * NameHashCache.slotCount, MemoryLayout<UInt64>.stride) else { full = true; return }
            slots = p.assumingMemoryBound(to: UInt64.self)
        }
        guard let slots else { return }
        var i = Int(truncatingIfNeeded: raw) & (NameHashCache.slotCount - 1)
        while slots[2 * i] != 0 {
            if slots[2 * i] == raw { return }
            i = (i + 1) & (NameHashCache.slotCount - 1)
        }
        slots[2 * i] = raw
        slots[2 * i + 1] = canonical
        count += 1
        if count * 2 >= NameHashCache.slotCount { full = true }
    }

    mutating func release() {
        free(slots)
        slots = nil
    }

    /// Empty again (its memory given back until the next insert).
    mutating func clear() {
        release()
        count = 0
        full = false
    }
}

/// readers15 (review56 F3): a country (``DayTable/country(_:)``), an event kind's hash
/// (0: not written) and a day (``BlockParser/idKindDays``).
struct IdKindDay: Hashable {
    var country: UInt64
    var kind: UInt64
    var day: Int32
}
