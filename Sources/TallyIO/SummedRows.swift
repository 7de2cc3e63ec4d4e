import TallyCore

/// A table beside the events it was made from, found by its figures (review31 S1-S4,
/// S12; review30 S1, S2): a row of one input whose figure is the sum of two records or
/// more of another input of the same place, measure and period. The table's shape (dated
/// to a month's last day, "to date", with ids, one row a file) no longer matters.
extension Pipeline {
    struct SummedRow {
        /// Whether the earlier input holds the table's rows.
        var tableIsFirst: Bool
        var name: String
        var day: CalendarDay
        var tableRows: Int32
        var figure: Int64
        var records: Int32
        var period: String
        /// The table's first row in the group (``BlockParser/PeriodSum/at``).
        var at: UInt64
        /// For a row of several days (``summedSpan(_:_:)``): its last day.
        var last: CalendarDay? = nil
    }

    /// A table of one input beside the event records of the other, by their figures.
    /// A group is a place (country, or country and `adm_1`), measure and calendar month
    /// or ISO week; in it, one input's rows (the table's) are all of one day, the other's
    /// (the records) more rows, on two days or more, two of them above 0, and the table's
    /// day lies strictly inside the records' days of its country and measure, or (a
    /// month) is the month's 1st, 15th or last day, as tables date their months. It
    /// matches when the table's best figures add up to the records' (above 0). One input
    /// is a table beside the other when, of the groups that could match one way, at
    /// least one month does and at least half of them do (by week: two weeks, and half
    /// of them), and the matches' figures add up to 50 or there are three of them: a
    /// table made from the records matches in nearly every group; two event lists (one
    /// export split by type of violence, two monitors) agree only by chance, here and
    /// there, and mostly in small figures. Returns the first match (by the table's day,
    /// then name).
    /// `tableFirstOnly`: only `a` may be the table (`b` is several inputs' records together).
    static func summedRow(_ a: BlockParser.PeriodSums, spans sa: [UInt64: BlockParser.TableSpan],
                          _ b: BlockParser.PeriodSums, spans sb: [UInt64: BlockParser.TableSpan],
                          tableFirstOnly: Bool = false) -> SummedRow? {
        let aSmaller = a.sums.count <= b.sums.count
        let (small, large) = aSmaller ? (a, b) : (b, a)
        // Per direction (the table is a, or b) and kind (month, week): candidates, matches.
        var candidates = [[0, 0], [0, 0]]
        var matches: [[[(SummedRow, BlockParser.PeriodSumKey)]]] = [[[], []], [[], []]]
        for (k, x) in small.sums {
            guard let y = large.sums[k] else { continue }
            let (ya, yb) = aSmaller ? (x, y) : (y, x)
            for tableIsA in tableFirstOnly ? [true] : [true, false] {
                let (t, fit) = tableIsA ? (ya, yb) : (yb, ya)
                var e = fit
                guard t.first == t.last && e.first != e.last && e.rows > t.rows && e.counted >= 2 else { continue }
                guard let label = (tableIsA ? a : b).labels[k.label] ?? (tableIsA ? b : a).labels[k.label] else { continue }
                let day = CalendarDay(daysSinceEpoch: t.first)
                var inside = false
                if let r = (tableIsA ? sb : sa)[label.span] {
                    inside = r.first.daysSinceEpoch < t.first && t.first < r.last.daysSinceEpoch
                }
                let dd = day.components.day
                let monthEdge = !k.week && (dd == 1 || dd == 15 || day == DatePrecision.month.span(of: day).last)
                guard inside || monthEdge else { continue }
                let direction = tableIsA ? 0 : 1, kind = k.week ? 1 : 0
                candidates[direction][kind] += 1
                // The records by the month or week they start in, as a desk's table sums
                // (pandas' groupby of date_start, review32 S7; `resample('W')`, review33 S1),
                // or by the one they end in (review33 S2), when not by the days they fit.
                // Or of the rows of one day, or of at most 7 days by start (review33 S7: a desk's
                // table of the events dated to the day or the week, UCDP's date_prec <= 3).
                let records = tableIsA ? b : a
                for extra in [records.crossing[k], records.ending[k]] where t.sum != e.sum {
                    guard let extra else { continue }
                    var with = fit
                    with.merge(extra)
                    if with.sum == t.sum { e = with }
                }
                if t.sum != e.sum, let spanned = records.spanned[k] {
                    var oneDay = fit
                    oneDay.remove(spanned)
                    if oneDay.sum == t.sum && oneDay.rows >= 2 { e = oneDay }
                }
                // Of the rows of at most 5, 6 or 30 days by start: UCDP's date_prec <= 2, <= 3,
                // <= 4 (review35 S-h: a table of date_prec <= 2 beside the list read 6,574 for 3,588).
                for over in [records.over5[k], records.long[k], records.over30[k]] where t.sum != e.sum {
                    guard let over else { continue }
                    var short = fit
                    if let c = records.crossing[k] { short.merge(c) }
                    short.remove(over)
                    if short.sum == t.sum && short.rows >= 2 { e = short }
                }
                guard t.sum == e.sum && t.sum > 0 else { continue }
                let period: String
                if k.week {
                    let monday = CalendarDay(daysSinceEpoch: k.period * 7 - 3)
                    period = "in the week \(monday) to \(monday.adding(days: 6))"
                } else {
                    let m = DatePrecision.month.span(of: day)
                    period = "from \(m.first) to \(m.last)"
                }
                let found = SummedRow(tableIsFirst: tableIsA, name: label.name, day: day, tableRows: t.rows, figure: t.sum, records: e.rows, period: period, at: t.at)
                matches[direction][kind].append((found, k))
            }
        }
        var found: [(SummedRow, BlockParser.PeriodSumKey)] = []
        // Small figures agree by chance (7 = 3 + 4): one match counts when its figures
        // reach 50, or three matches of any size of which one sums three records or more
        // (review33 R2: the real UCDP Myanmar file cut in 30 files by row held one event of
        // 3 equal to two others' 1 + 2, three times, in small files: two records agree so).
        func enough(_ l: [(SummedRow, BlockParser.PeriodSumKey)]) -> Bool {
            Self.enoughMatches(l.map(\.0))
        }
        for direction in 0..<2 {
            let (m, w) = (matches[direction][0], matches[direction][1])
            if !m.isEmpty && m.count * 2 >= candidates[direction][0] && enough(m) { found += m }
            if w.count >= 2 && w.count * 2 >= candidates[direction][1] && enough(w) { found += w }
        }
        if let f = found.min(by: { ($0.0.day, $0.0.name, $0.1) < ($1.0.day, $1.0.name, $1.1) })?.0 { return f }
        return summedWindow(a, b, tableFirstOnly: tableFirstOnly)
    }

    /// A table by windows of days other than the calendar month and the ISO week (review32
    /// S5): weeks that start on another day (a Saturday, a Friday, a Sunday), dekads (the
    /// 1st to 10th, 11th to 20th, 21st to the month's end, as FAO and WFP publish) and
    /// half-months, each dated to its first day or its last. An input is such a table when
    /// every row of one day of it is on the same day of the week (weeks), or on the 1st,
    /// 11th and 21st (dekads: two of them at least; or the 10th, 20th and last), or the
    /// 1st and 16th (half-months; or the 15th and last). Each of its rows is matched with
    /// the other input's records of its place and measure that start in its window (all,
    /// or those of at most 0, 5, 6 or 30 days past their first: UCDP's date_prec <= 1, 2,
    /// 3, 4), with ``summedRow``'s rule: two windows match, at least half of those that
    /// could, and ``enoughMatches``.
    static func summedWindow(_ a: BlockParser.PeriodSums, _ b: BlockParser.PeriodSums, tableFirstOnly: Bool = false) -> SummedRow? {
        var found: [SummedRow] = []
        for tableIsA in tableFirstOnly ? [true] : [true, false] {
            let (t, e) = tableIsA ? (a, b) : (b, a)
            guard !t.days.isEmpty, !e.days.isEmpty || !e.starts.isEmpty else { continue }
            // The days of the week and of the month the table's rows are on.
            var weekdays = Set<Int>(), monthDays = Set<Int>()
            for k in t.days.keys {
                let day = CalendarDay(daysSinceEpoch: k.day)
                weekdays.insert(day.isoWeekday)
                monthDays.insert(day.components.day)
                if weekdays.count > 1 && monthDays.count > 3 { break }
            }
            // Windows of a row's day: (first, last) of the window it is dated in, or nil.
            var kinds: [(CalendarDay) -> (CalendarDay, CalendarDay)?] = []
            if weekdays.count == 1, let w = weekdays.first {
                // Monday-first and Sunday-last weeks are ISO weeks (``summedRow``).
                if w != 1 { kinds.append { ($0, $0.adding(days: 6)) } }
                if w != 7 { kinds.append { ($0.adding(days: -6), $0) } }
            }
            func monthEnd(_ d: CalendarDay) -> CalendarDay { DatePrecision.month.span(of: d).last }
            func on(_ d: CalendarDay, _ n: Int) -> CalendarDay { d.adding(days: n - d.components.day) }
            let ends = monthDays.filter { $0 < 28 }
            if monthDays.count >= 2 && monthDays.isSubset(of: [1, 11, 21]) {
                kinds.append { d in let n = d.components.day; return (d, n == 21 ? monthEnd(d) : d.adding(days: 9)) }
            }
            if monthDays.count >= 2 && ends.isSubset(of: [10, 20]) && !ends.isEmpty && monthDays.count > ends.count {
                kinds.append { d in let n = d.components.day; return n == 10 ? (on(d, 1), d) : n == 20 ? (on(d, 11), d) : d == monthEnd(d) ? (on(d, 21), d) : nil }
            }
            if monthDays.count >= 2 && monthDays.isSubset(of: [1, 16]) {
                kinds.append { d in (d, d.components.day == 1 ? d.adding(days: 14) : monthEnd(d)) }
            }
            if monthDays.count >= 2 && ends == [15] {
                kinds.append { d in d.components.day == 15 ? (on(d, 1), d) : d == monthEnd(d) ? (on(d, 16), d) : nil }
            }
            for window in kinds {
                var candidates = 0
                var matches: [SummedRow] = []
                for (k, row) in t.days {
                    let day = CalendarDay(daysSinceEpoch: k.day)
                    guard let (first, last) = window(day) else { continue }
                    // The records that start in the window: of one day, then by length class.
                    var upTo = [BlockParser.PeriodSum](repeating: BlockParser.PeriodSum(), count: 5)
                    for d in first.daysSinceEpoch...last.daysSinceEpoch {
                        let key = BlockParser.DaySumKey(label: k.label, day: d)
                        if let x = e.days[key] { upTo[0].merge(x) }
                        if let x = e.starts[key] { for i in 0..<4 { upTo[i + 1].merge(x.classes[i]) } }
                    }
                    for i in 1..<5 { upTo[i].merge(upTo[i - 1]) }
                    let all = upTo[4]
                    guard all.rows > row.rows && all.rows >= 2 && all.first != all.last && all.counted >= 2 else { continue }
                    candidates += 1
                    guard row.sum > 0, upTo.contains(where: { $0.sum == row.sum && $0.rows >= 2 }),
                          let label = t.labels[k.label] ?? e.labels[k.label] else { continue }
                    let n = upTo.first { $0.sum == row.sum && $0.rows >= 2 }!.rows
                    matches.append(SummedRow(tableIsFirst: tableIsA, name: label.name, day: day, tableRows: row.rows, figure: row.sum,
                                             records: n, period: "from \(first) to \(last)", at: row.at))
                }
                if matches.count >= 2 && matches.count * 2 >= candidates && Self.enoughMatches(matches) { found += matches }
            }
        }
        return found.min { ($0.day, $0.name, $0.at) < ($1.day, $1.name, $1.at) } ?? summedAnySpan(a, b, tableFirstOnly: tableFirstOnly)
    }

    /// One place and measure's records by the day they start on, with running sums
    /// (``summedAnySpan``): the sum of any span of days is two look-ups.
    struct DayRun {
        var days: [Int32] = []
        /// Before entry i: the sum of best figures, the rows, the rows above 0 (i = 0...count).
        var sum: [Int64] = [0]
        var rows: [Int32] = [0]
        var counted: [Int32] = [0]
        /// The first entry on or after `day`.
        func index(_ day: Int32) -> Int {
            var lo = 0, hi = days.count
            while lo < hi { let m = (lo + hi) / 2; if days[m] < day { lo = m + 1 } else { hi = m } }
            return lo
        }
        /// The first running sum at or above `x`, from `from`.
        func firstSum(atLeast x: Int64, from: Int = 0) -> Int {
            var lo = from, hi = sum.count
            while lo < hi { let m = (lo + hi) / 2; if sum[m] < x { lo = m + 1 } else { hi = m } }
            return lo
        }
        /// The records that start from `first` to `last`.
        func over(_ first: Int32, _ last: Int32) -> BlockParser.PeriodSum {
            let (i, j) = (index(first), index(last &+ 1))
            guard j > i else { return BlockParser.PeriodSum() }
            return BlockParser.PeriodSum(sum: sum[j] &- sum[i], rows: rows[j] - rows[i], counted: counted[j] - counted[i],
                                         first: days[i], last: days[j - 1])
        }
    }

    /// Per place and measure, an input's records by start day: all of them, or those of
    /// one day only (a table of the events dated to the day). Nil where a figure is below 0
    /// (the running sums would not rise).
    static func dayRuns(_ e: BlockParser.PeriodSums, oneDayOnly: Bool) -> [UInt64: DayRun]? {
        var byLabel: [UInt64: [(Int32, BlockParser.PeriodSum)]] = [:]
        for (k, x) in e.days { byLabel[k.label, default: []].append((k.day, x)) }
        if !oneDayOnly {
            for (k, x) in e.starts {
                var all = BlockParser.PeriodSum()
                for c in x.classes { all.merge(c) }
                byLabel[k.label, default: []].append((k.day, all))
            }
        }
        var runs: [UInt64: DayRun] = [:]
        for (label, entries) in byLabel {
            var merged: [Int32: BlockParser.PeriodSum] = [:]
            for (d, x) in entries { merged[d, default: BlockParser.PeriodSum()].merge(x) }
            var r = DayRun()
            r.days.reserveCapacity(merged.count)
            for (d, x) in merged.sorted(by: { $0.key < $1.key }) {
                guard x.sum >= 0 else { return nil }
                r.days.append(d)
                r.sum.append(r.sum.last! &+ x.sum)
                r.rows.append(r.rows.last! + x.rows)
                r.counted.append(r.counted.last! + x.counted)
            }
            runs[label] = r
        }
        return runs
    }

    /// A table whose rows are each dated to one day (its period's first or last day, or
    /// `date_end` left empty) by periods no other rule knows (review37 S6: quarters, years,
    /// blocks of 14 or 28 days from any day, rolling 10-day windows, one row a day), found
    /// by the span each row's figure sums: a row of one input on day d is the sum of the
    /// other input's records of its place and measure that start from d to d + n - 1, or
    /// from d - n + 1 to d, for one n (1 to ``anySpanLimit`` days) for the whole table, or
    /// in the calendar month, quarter or year of d; all records, or those of one day only.
    /// With running sums per place and measure, each row's n is found by halving (the sums
    /// rise with the days), and the n most rows agree on is then checked row by row: it
    /// matches when at least half of the rows whose span holds two records above 0 (and
    /// more rows than the table's), or that lie among the records' days of their place, are
    /// sums of it, two or more, with ``enoughMatches``.
    /// Memory: the other input's groups of one day (``BlockParser/PeriodSums/days``,
    /// ``BlockParser/PeriodSums/starts``), once more as running sums.
    static func summedAnySpan(_ a: BlockParser.PeriodSums, _ b: BlockParser.PeriodSums, tableFirstOnly: Bool = false) -> SummedRow? {
        let limit = Int32(Self.anySpanLimit)
        var found: [SummedRow] = []
        for tableIsA in tableFirstOnly ? [true] : [true, false] {
            let (t, e) = tableIsA ? (a, b) : (b, a)
            guard !t.days.isEmpty, !e.days.isEmpty || !e.starts.isEmpty else { continue }
            let rows = t.days.filter { $0.value.sum > 0 }.sorted { ($0.key.day, $0.key.label) < ($1.key.day, $1.key.label) }
            guard rows.count >= 2 else { continue }
            for oneDayOnly in [false, true] {
                if oneDayOnly && e.starts.isEmpty { continue }
                guard let runs = dayRuns(e, oneDayOnly: oneDayOnly) else { continue }
                // The spans to check: by n from the row's day, to it, or to the day before it (a
                // table dated the day after the span it sums: weekly sums on the next Monday,
                // review39 S5), and calendar periods, the row's and the one before it.
                // Those of the day before after the others (a table that matches both says its
                // spans as before).
                var spans: [(Int32) -> (Int32, Int32)] = [], later: [(Int32) -> (Int32, Int32)] = []
                for (toDay, before) in [(false, false), (true, false), (true, true)] {
                    // The last day of a span that ends on the row's day or the day before.
                    let end: (Int32) -> Int32 = before ? { $0 - 1 } : { $0 }
                    // Each row's n (a range of them, over days without records) counted.
                    var count = [Int32](repeating: 0, count: Int(limit) + 2)
                    for (k, row) in rows {
                        guard let r = runs[k.label], !r.days.isEmpty else { continue }
                        let d = k.day
                        var lowN: Int32, highN: Int32
                        if !toDay {
                            let i = r.index(d)
                            let target = r.sum[i] &+ row.sum
                            let j = r.firstSum(atLeast: target, from: i + 1)
                            guard j < r.sum.count, r.sum[j] == target else { continue }
                            var ju = j
                            while ju + 1 < r.sum.count && r.sum[ju + 1] == target { ju += 1 }
                            lowN = r.days[j - 1] - d + 1
                            highN = ju < r.days.count ? r.days[ju] - d : limit
                        } else {
                            let e = end(d)
                            let j = r.index(e &+ 1)
                            let target = r.sum[j] &- row.sum
                            guard target >= 0 else { continue }
                            let il = r.firstSum(atLeast: target)
                            guard il < j, r.sum[il] == target else { continue }
                            var iu = il
                            while iu + 1 < j && r.sum[iu + 1] == target { iu += 1 }
                            lowN = e - r.days[iu] + 1
                            highN = il > 0 ? e - r.days[il - 1] : limit
                        }
                        lowN = max(lowN, 1); highN = min(highN, limit)
                        guard lowN <= highN else { continue }
                        count[Int(lowN)] += 1
                        count[Int(highN) + 1] -= 1
                    }
                    var best = (n: Int32(0), c: Int32(0)), running: Int32 = 0
                    for n in 1...Int(limit) {
                        running += count[n]
                        if running > best.c { best = (Int32(n), running) }
                    }
                    guard best.c >= 2 else { continue }
                    let n = best.n
                    if before { later.append { (end($0) - n + 1, end($0)) } } else { spans.append(toDay ? { ($0 - n + 1, $0) } : { ($0, $0 + n - 1) }) }
                }
                for back in [Int32(0), 1] {
                    for kind in [DatePrecision.month, .quarter, .year] {
                        let span: (Int32) -> (Int32, Int32) = { d in
                            let s = kind.span(of: CalendarDay(daysSinceEpoch: d - back))
                            return (s.first.daysSinceEpoch, s.last.daysSinceEpoch)
                        }
                        if back == 0 { spans.append(span) } else { later.append(span) }
                    }
                }
                // The calendar periods before the row first (the plainer message), then n days to the day before.
                spans += later.suffix(3) + later.prefix(later.count - 3)
                for span in spans {
                    var candidates = 0
                    var matches: [SummedRow] = []
                    for (k, row) in rows {
                        guard let r = runs[k.label] else { continue }
                        let (first, last) = span(k.day)
                        let x = r.over(first, last)
                        guard x.rows > row.rows && x.rows >= 2 && x.counted >= 2 else {
                            // A row among the records' days counts against the match even so
                            // (lists split by place: a few rows of one that agree with long,
                            // sparse spans of the other, Myanmar 1989-2018 by state).
                            if let f = r.days.first, let l = r.days.last, f <= k.day && k.day <= l { candidates += 1 }
                            continue
                        }
                        candidates += 1
                        guard x.sum == row.sum, let label = t.labels[k.label] ?? e.labels[k.label] else { continue }
                        let (f, l) = (CalendarDay(daysSinceEpoch: first), CalendarDay(daysSinceEpoch: last))
                        matches.append(SummedRow(tableIsFirst: tableIsA, name: label.name, day: CalendarDay(daysSinceEpoch: k.day), tableRows: row.rows,
                                                 figure: row.sum, records: x.rows, period: "that start from \(f) to \(l)", at: row.at))
                    }
                    if matches.count >= 2 && matches.count * 2 >= candidates && Self.enoughMatches(matches) { found += matches; break }
                }
                if !found.isEmpty { break }
            }
        }
        return found.min { ($0.day, $0.name, $0.at) < ($1.day, $1.name, $1.at) }
    }

    /// The longest span of days ``summedAnySpan`` tries by its length (a year and a month:
    /// longer calendar periods are tried as quarters and years).
    static let anySpanLimit = 400

    /// A table of periods of several days (a sitrep by governorate, each governorate on
    /// its own cadence: review31 S6) beside the records it sums: a row of one input from
    /// `date_start` to `date_end` (under 92 days) whose best figure is the sum of the
    /// other input's records of one day each, of its place and measure, on those days
    /// (two rows or more, on two days or more, two of them above 0). As by month: at
    /// least half of the rows of several days that could match do, and their figures
    /// reach 50 or three match. Returns the first (by its first day, then name).
    static func summedSpan(_ a: BlockParser.PeriodSums, _ b: BlockParser.PeriodSums, tableFirstOnly: Bool = false) -> SummedRow? {
        var found: [SummedRow] = []
        for tableIsA in tableFirstOnly ? [true] : [true, false] {
            let (t, e) = tableIsA ? (a, b) : (b, a)
            guard !t.manySpans, !t.spans.isEmpty, !e.days.isEmpty else { continue }
            var candidates = 0
            var matches: [SummedRow] = []
            for r in t.spans {
                var sum = BlockParser.PeriodSum()
                for d in r.first...r.last {
                    if let x = e.days[BlockParser.DaySumKey(label: r.label, day: d)] { sum.merge(x) }
                }
                guard sum.rows >= 2 && sum.first != sum.last && sum.counted >= 2 else { continue }
                candidates += 1
                guard sum.sum == r.best && r.best > 0, let label = t.labels[r.label] ?? e.labels[r.label] else { continue }
                let (first, last) = (CalendarDay(daysSinceEpoch: r.first), CalendarDay(daysSinceEpoch: r.last))
                matches.append(SummedRow(tableIsFirst: tableIsA, name: label.name, day: first, tableRows: 1, figure: r.best,
                                         records: sum.rows, period: "from \(first) to \(last)", at: r.at, last: last))
            }
            if !matches.isEmpty && matches.count * 2 >= candidates
                && Self.enoughMatches(matches) {
                found += matches
            }
        }
        return found.min { ($0.day, $0.name, $0.at) < ($1.day, $1.name, $1.at) }
    }

    /// A place and measure (``BlockParser/PeriodSumKey/label``) and a figure: what a table
    /// row and the records it sums share (``SumKeys``).
    struct LabelFigure: Hashable {
        var label: UInt64
        var figure: Int64
    }

    /// The most days of one place and measure whose records' sums ``SumKeys`` lists (each
    /// run of consecutive days: at most 136 sums); an input with more is matched by the
    /// place and measure alone.
    static let sumRunDays = 16

    /// What one input may match as a table or as records, for ``SumIndex`` (issue 9: many
    /// inputs that share their days, `tally aggregate day/*.csv`, were compared pair by pair:
    /// 1,100 one-day files of 3 rows, 16 s). Every rule of a pair (``summedRow``,
    /// ``summedWindow``, ``summedAnySpan``, ``summedSpan``) matches a table row of one input
    /// (a group of one day by month or week, a day's rows, a row of several days) whose
    /// figure is above 0 with the sum of two records or more, two above 0, of the other
    /// input's records of the same place and measure. Where those records are each of one
    /// day (no row of several days), every sum a rule takes is that of a run of consecutive
    /// days of them (a month, a week, a window, a span of days), with more rows than the
    /// table row's (the span rule's row is one): those sums are listed, and a pair none of
    /// whose table figures meets one of them cannot match. Places and measures with rows of
    /// several days (the rules take parts of them: by start, by length) or more than
    /// ``sumRunDays`` days are matched by place and measure alone, as every pair was.
    struct SumKeys {
        /// The table rows' figures, each with the fewest rows of the table it is the sum of.
        var tables: [LabelFigure: Int32] = [:]
        var tableLabels: Set<UInt64> = []
        /// The sums of runs of days of records (two or more, two above 0), each with its most rows.
        var records: [LabelFigure: Int32] = [:]
        /// Places and measures whose records are matched whatever the figures.
        var anyRecords: Set<UInt64> = []

        init(_ s: BlockParser.PeriodSums) {
            func table(_ label: UInt64, _ figure: Int64, _ rows: Int32) {
                guard figure > 0 else { return }
                tableLabels.insert(label)
                let k = LabelFigure(label: label, figure: figure)
                tables[k] = Swift.min(tables[k] ?? .max, rows)
            }
            for (k, x) in s.sums where x.first == x.last { table(k.label, x.sum, x.rows) }
            for (k, x) in s.days { table(k.label, x.sum, x.rows) }
            if !s.manySpans { for r in s.spans { table(r.label, r.best, 1) } }
            // Records of several days: a rule may take some of them (by start, by length).
            for k in s.starts.keys { anyRecords.insert(k.label) }
            var byLabel: [UInt64: [(day: Int32, sum: BlockParser.PeriodSum)]] = [:]
            for (k, x) in s.days where !anyRecords.contains(k.label) { byLabel[k.label, default: []].append((k.day, x)) }
            for (label, days) in byLabel {
                guard days.count <= Pipeline.sumRunDays else { anyRecords.insert(label); continue }
                let sorted = days.sorted { $0.day < $1.day }
                for i in sorted.indices {
                    var run = BlockParser.PeriodSum()
                    for j in i..<sorted.count {
                        run.merge(sorted[j].sum)
                        guard run.rows >= 2 && run.counted >= 2 && run.sum > 0 else { continue }
                        let k = LabelFigure(label: label, figure: run.sum)
                        records[k] = Swift.max(records[k] ?? 0, run.rows)
                    }
                }
            }
        }
    }

    /// The earlier inputs' ``SumKeys`` by place, measure and figure: a new input is compared
    /// only with those that share a table figure with it one way or the other (``candidates``),
    /// not with every earlier input of its days. Memory: a few sums per input's group of one day.
    struct SumIndex {
        var tables: [LabelFigure: [(position: Int, rows: Int32)]] = [:]
        var tableLabels: [UInt64: [Int]] = [:]
        var records: [LabelFigure: [(position: Int, rows: Int32)]] = [:]
        var anyRecords: [UInt64: [Int]] = [:]

        mutating func add(_ k: SumKeys, position: Int) {
            for (f, rows) in k.tables { tables[f, default: []].append((position, rows)) }
            for l in k.tableLabels { tableLabels[l, default: []].append(position) }
            for (f, rows) in k.records { records[f, default: []].append((position, rows)) }
            for l in k.anyRecords { anyRecords[l, default: []].append(position) }
        }

        /// The positions of the earlier inputs that may be a table of `k`'s records or hold
        /// the records of its table rows, ascending; every other pair matches no rule.
        func candidates(_ k: SumKeys) -> [Int] {
            var found = Set<Int>()
            for (f, rows) in k.tables { for e in records[f] ?? [] where e.rows > rows { found.insert(e.position) } }
            for l in k.tableLabels { found.formUnion(anyRecords[l] ?? []) }
            for (f, rows) in k.records { for e in tables[f] ?? [] where rows > e.rows { found.insert(e.position) } }
            for l in k.anyRecords { found.formUnion(tableLabels[l] ?? []) }
            return found.sorted()
        }
    }

    /// Whether matches are a table's, not chance: their figures reach 50, or three match
    /// and one of them is the sum of three records or more.
    static func enoughMatches(_ l: [SummedRow]) -> Bool {
        l.reduce(Int64(0)) { $0 &+ $1.figure } >= 50 || (l.count >= 3 && l.contains { $0.records >= 3 })
    }

    /// `line`: where the table's first row of the group is (`tab.csv:2`), if known.
    static func summedRowMessage(_ f: SummedRow, table: String, records: String, line: String?) -> String {
        let rows = f.tableRows == 1 ? "its row" : "its \(f.tableRows) rows"
        let at = line.map { f.tableRows == 1 ? ", \($0)," : ", the first \($0)," } ?? ""
        let dated = f.last.map { "from \(f.day) to \($0)" } ?? "dated \(f.day)"
        return "\(table) reads as a table of figures by period beside the event records of \(records): \(rows) of \(f.name) \(dated) "
            + "(\(Estimate.grouped(f.figure)))\(at) \(f.tableRows == 1 ? "is" : "are") the sum of the \(Estimate.grouped(Int64(f.records))) records of "
            + "\(records) of \(f.name) \(f.period) (\(Estimate.grouped(f.figure))): a table's figures are sums of events, so read with the records "
            + "it was made from every event of those days would be counted twice; give one of them (the records, or the table), or records and "
            + "tables of other places or days; if the table counts other events than the records (another source's figures that agree), "
            + "give --overlap both (both counted whole)"
    }
}
