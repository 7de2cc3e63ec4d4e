import Testing
@testable import TallyCore

/// The coverage rule (docs/aggregation.md): runs of records, the days every dataset
/// covers, a declared `coverage:`, and how far one record reaches.
@Suite struct CoverageTests {
    func d(_ s: String) -> CalendarDay { CalendarDay(s)! }
    func ends(_ days: [String], span: Int32 = 0) -> [Int32: Int32] {
        var out: [Int32: Int32] = [:]
        for s in days { out[d(s).daysSinceEpoch] = d(s).daysSinceEpoch + span }
        return out
    }

    /// review18 #6: a year with a gap between two runs of records is split (its first and
    /// last covered day alone read as all of 2023), and a table's claims read back are not joined
    /// by the run rule (row starts a year apart made its quiet spell 10 years).
    @Test func aPeriodWithAGapBetweenRunsKeepsItsHole() {
        let c = Coverage(runs: [d("2022-01-01") ... d("2023-02-28"), d("2023-12-01") ... d("2023-12-31")])!
        let y = PeriodKind.year.parseLabel("2023")!
        #expect(c.extent(of: y, kind: .year) == .split(parts: [d("2023-01-01") ... d("2023-02-28"), d("2023-12-01") ... d("2023-12-31")]))
        #expect(c.extent(of: y - 1, kind: .year) == .complete)
        let sets = DatasetCoverages([.init(index: 0, name: "Iraq monitor", coverage: c)])
        // The covered column names each stretch (review20b L9: the longest alone hid the
        // rows of the others, which the figure holds), as an interval row over the gap.
        #expect(sets.coveredText(of: y, kind: .year, sources: 0) == "2023-01-01/2023-02-28;2023-12-01/2023-12-31")
        // A row of `all` says the hole too (review20b L8: it was empty); a dataset
        // without a hole, or two apart without one each, leave it empty.
        #expect(sets.coveredText(of: 0, kind: .all, sources: 0) == "2022-01-01/2023-02-28;2023-12-01/2023-12-31")
        let whole = DatasetCoverages([.init(index: 0, name: "a", coverage: Coverage(first: d("2020-01-01"), last: d("2020-12-31"))),
                                      .init(index: 1, name: "b", coverage: Coverage(first: d("2023-01-01"), last: d("2023-12-31")))])
        #expect(whole.coveredText(of: 0, kind: .all, sources: 0) == "")
        // Beside one with a hole, every dataset's days less every hole.
        let mixed = DatasetCoverages([.init(index: 0, name: "a", coverage: c),
                                      .init(index: 1, name: "b", coverage: Coverage(first: d("2022-06-01"), last: d("2024-01-31")))])
        #expect(mixed.coveredText(of: 0, kind: .all, sources: 0) == "2022-01-01/2023-02-28;2023-12-01/2024-01-31")
        #expect(mixed.coveredText(of: 0, kind: .all, sources: SourceSet.bit(1)) == "")
        // The same days as a table's claims (a row per year) stay two runs.
        let claims: [Int32: Int32] = [d("2022-01-01").daysSinceEpoch: d("2022-12-31").daysSinceEpoch,
                                      d("2023-01-01").daysSinceEpoch: d("2023-02-28").daysSinceEpoch,
                                      d("2023-12-01").daysSinceEpoch: d("2023-12-31").daysSinceEpoch]
        #expect(Coverage.claimedRuns(claims)?.runs == c.runs)
        #expect(Coverage.runsOfRecords(claims)?.runs.count == 1)
    }

    @Test func aLongGapWithoutRecordsSplitsTheRuns() {
        var days = ["2022-05-01"]
        var day = d("2023-01-01")
        while day <= d("2023-03-31") { days.append(day.description); day = day.adding(days: 1) }
        let c = Coverage.ofRecords(ends(days))!
        #expect(c.runs == [d("2022-05-01") ... d("2022-05-01"), d("2023-01-01") ... d("2023-03-31")])
        #expect(c.extent(of: PeriodKind.month.key(d("2022-08-01")), kind: .month)
                == .gap(lastBefore: d("2022-05-01"), firstAfter: d("2023-01-01")))
        #expect(!c.extent(of: PeriodKind.month.key(d("2022-08-01")), kind: .month).isCovered)
        // A sparse source keeps its runs: a record every 40 days is one run.
        let sparse = (0 ..< 10).map { d("2020-01-01").adding(days: $0 * 40).description }
        #expect(Coverage.ofRecords(ends(sparse))!.runs.count == 1)
        // A gap of a quarter or less never splits.
        #expect(Coverage.ofRecords(ends(["2023-01-01", "2023-01-02", "2023-01-03", "2023-04-04"]))!.runs.count == 1)
        #expect(Coverage.maxGap([1, 2, 3, 4]) == 92)
    }

    func daily(_ first: String, _ last: String, every step: Int = 1) -> [String] {
        var out: [String] = [], day = d(first)
        while day <= d(last) { out.append(day.description); day = day.adding(days: step) }
        return out
    }

    /// The long-gap rule (review17 #1): daily records to 31 March and one straggler on
    /// 30 May are one run (60 quiet days are under the run rule's 92), so April and May
    /// read complete. A period overlapping a silence far longer than the dataset's
    /// ordinary interval between record days is cut to the days its records speak for,
    /// for every period kind.
    @Test func aPeriodInALongGapIsNotCovered() {
        let days = daily("2023-01-01", "2023-03-31")
        let straggler = DatasetCoverages.Dataset(index: 1, name: "Iraq", recordEnds: ends(days + ["2023-05-30"]), continuous: false)!
        #expect(straggler.coverage.runs == [d("2023-01-01") ... d("2023-05-30")])
        #expect(straggler.ordinaryInterval == 1 && straggler.longGapDays == 7)
        let april = PeriodKind.month.key(d("2023-04-01")), may = april + 1
        let (byMonth, thin) = straggler.withoutThinPeriods(straggler.coverage, kind: .month)
        #expect(thin.map(\.first) == [d("2023-04-01"), d("2023-05-01")], "\(thin)")
        #expect(thin.map(\.silent) == [[d("2023-04-01") ... d("2023-04-30")], [d("2023-05-01") ... d("2023-05-29")]])
        #expect(byMonth?.extent(of: april, kind: .month).isCovered == false)
        #expect(byMonth?.extent(of: may, kind: .month) == .partial(first: d("2023-05-30"), last: d("2023-05-30")))
        #expect(byMonth?.extent(of: april - 1, kind: .month) == .complete)
        // By week the weeks the silence reaches go (W13 holds 1-2 April), the others stay.
        let (byWeek, weeks) = straggler.withoutThinPeriods(straggler.coverage, kind: .week)
        #expect(weeks.count == 10, "\(weeks)")
        #expect(byWeek?.extent(of: PeriodKind.week.key(d("2023-04-12")), kind: .week).isCovered == false)
        #expect(byWeek?.extent(of: PeriodKind.week.key(d("2023-03-15")), kind: .week) == .complete)
        // Dates that are not one period (a bar chart's --from/--to).
        let (window, _) = straggler.withoutThinSpans(straggler.coverage, spans: [d("2023-04-01") ... d("2023-04-30")])
        #expect(window?.runs == [d("2023-01-01") ... d("2023-03-31"), d("2023-05-01") ... d("2023-05-30")])
        // The year holds the silence too: its data is to 31 March and on 30 May, split.
        let (byYear, years) = straggler.withoutThinPeriods(straggler.coverage, kind: .year)
        #expect(years.count == 1)
        #expect(byYear?.extent(of: PeriodKind.year.key(d("2023-01-01")), kind: .year)
                == .split(parts: [d("2023-01-01") ... d("2023-03-31"), d("2023-05-30") ... d("2023-05-30")]))
        // A continuous source's quiet spell is no events (the gap rule); one record is no
        // rhythm; a weekly source's weeks are its ordinary interval.
        let continuous = DatasetCoverages.Dataset(index: 1, name: "Iraq", recordEnds: ends(days + ["2023-05-30"]), continuous: true)!
        #expect(continuous.withoutThinPeriods(continuous.coverage, kind: .month).thin.isEmpty)
        let one = DatasetCoverages.Dataset(index: 0, name: "one", recordEnds: ends(["2023-03-02"]), continuous: false)!
        #expect(one.withoutThinPeriods(Coverage(first: d("2023-03-02"), last: d("2023-04-30")), kind: .month).thin.isEmpty)
        let weekly = (0 ..< 20).map { d("2023-01-06").adding(days: $0 * 7).description }
        let w = DatasetCoverages.Dataset(index: 0, name: "w", recordEnds: ends(weekly), continuous: false)!
        #expect(w.withoutThinPeriods(w.coverage, kind: .month).thin.isEmpty && w.withoutThinPeriods(w.coverage, kind: .week).thin.isEmpty)
    }

    /// review36 S1, S2: in a continuous source, a record dated to a long span (a
    /// month-dated UCDP event, an ACLED row of `time_precision` 3 or 2) ended the coverage
    /// at its span's end: an export cut on 15 May read May whole. It ends at the source's
    /// other records; its first day counts. S3: two stray rows on 1 and 31 May 2022 before
    /// an export of 2023 covered all May 2022; now their own days.
    @Test func aContinuousSourceEndsWithItsOrdinaryRecordsAndStrayRowsCoverTheirDays() {
        let may = PeriodKind.month.parseLabel("2023-05")!
        var e = ends(daily("2023-01-01", "2023-05-15"))
        e[d("2023-05-10").daysSinceEpoch] = d("2023-05-31").daysSinceEpoch    // a month-dated row starting on 10 May
        let monthRow = DatasetCoverages.Dataset(index: 0, name: "a", recordEnds: e, continuous: true)!
        #expect(monthRow.coverage.extent(of: may, kind: .month) == .partial(first: d("2023-05-01"), last: d("2023-05-15")))
        // Starting on the last day, it counts that day (the end is never later than the data).
        var late = ends(daily("2023-01-01", "2023-05-15"))
        late[d("2023-05-15").daysSinceEpoch] = d("2023-05-21").daysSinceEpoch    // a week-dated row
        #expect(DatasetCoverages.Dataset(index: 0, name: "a", recordEnds: late, continuous: true)!.coverage.last == d("2023-05-15"))
        // A UCDP event dated to April (1..30 April) in an export cut on 15 April.
        var april = ends(daily("2019-01-01", "2019-04-15"))
        april[d("2019-04-01").daysSinceEpoch] = d("2019-04-30").daysSinceEpoch
        #expect(DatasetCoverages.Dataset(index: 0, name: "u", recordEnds: april, continuous: true)!.coverage.last == d("2019-04-15"))
        // A file of month-dated rows alone: they are its ordinary records, whole months.
        var months: [Int32: Int32] = [:]
        for m in ["2023-01-01", "2023-02-01", "2023-03-01", "2023-04-01", "2023-05-01"] {
            months[d(m).daysSinceEpoch] = PeriodKind.month.lastDay(PeriodKind.month.key(d(m))).daysSinceEpoch
        }
        #expect(DatasetCoverages.Dataset(index: 0, name: "m", recordEnds: months, continuous: true)!.coverage.last == d("2023-05-31"))
        // Not continuous: the long-gap rule's own business, unchanged.
        #expect(DatasetCoverages.Dataset(index: 0, name: "a", recordEnds: e, continuous: false)!.coverage.last == d("2023-05-31"))
        // Stray rows: their own days.
        let stray = DatasetCoverages.Dataset(index: 0, name: "s", recordEnds: ends(["2022-05-01", "2022-05-31"] + daily("2023-01-01", "2023-06-03")),
                                             continuous: true)!
        #expect(stray.coverage.runs == [d("2022-05-01") ... d("2022-05-01"), d("2022-05-31") ... d("2022-05-31"), d("2023-01-01") ... d("2023-06-03")])
        #expect(stray.coverage.extent(of: PeriodKind.month.parseLabel("2022-05")!, kind: .month)
                == .split(parts: [d("2022-05-01") ... d("2022-05-01"), d("2022-05-31") ... d("2022-05-31")]))
        // A stray row dated to a month (a UCDP event of June 2015 before an export from
        // 2016) covers its first day alone, not June whole (review37 S4); a stray
        // single-day row beside it keeps its day.
        var june = ends(daily("2016-01-01", "2016-12-31"))
        june[d("2015-06-01").daysSinceEpoch] = d("2015-06-30").daysSinceEpoch
        june[d("2015-07-09").daysSinceEpoch] = d("2015-07-09").daysSinceEpoch
        let strayMonth = DatasetCoverages.Dataset(index: 0, name: "u", recordEnds: june, continuous: true)!
        #expect(strayMonth.coverage.extent(of: PeriodKind.month.parseLabel("2015-06")!, kind: .month)
                == .partial(first: d("2015-06-01"), last: d("2015-06-01")))
        #expect(strayMonth.coverage.extent(of: PeriodKind.month.parseLabel("2015-07")!, kind: .month)
                == .partial(first: d("2015-07-09"), last: d("2015-07-09")))
        #expect(strayMonth.coverage.last == d("2016-12-31"))
    }

    /// review19 B1-B5: a source that stopped and left stragglers, by month, quarter and
    /// for a weekly source, and a healthy sparse source with a quiet April (B4), which
    /// stays complete. Each of B1, B2, B3 and B5 was complete here under the old rule
    /// (fewer than a quarter of the ordinary record days).
    @Test func aSourceThatStoppedAndLeftStragglersIsPartialForEveryPeriodKind() {
        func extents(_ days: [String], _ kind: PeriodKind, _ periods: [String]) -> [Coverage.Extent?] {
            let ds = DatasetCoverages.Dataset(index: 0, name: "Iraq", recordEnds: ends(days), continuous: false)!
            let c = ds.withoutThinPeriods(ds.coverage, kind: kind).coverage
            return periods.map { c?.extent(of: kind.key(d($0)), kind: kind) }
        }
        // B1: daily to 10 April, stragglers on 3 and 20 May: April is its data to 10 April.
        let b1 = extents(daily("2023-01-01", "2023-04-10") + ["2023-05-03", "2023-05-20"], .month, ["2023-03-01", "2023-04-01", "2023-05-01"])
        #expect(b1 == [.complete, .partial(first: d("2023-04-01"), last: d("2023-04-10")),
                       .split(parts: [d("2023-05-03") ... d("2023-05-03"), d("2023-05-20") ... d("2023-05-20")])], "\(b1)")
        // B2: daily to 15 May, one row on 20 June: the second quarter's data runs to 15 May.
        let b2 = extents(daily("2023-01-01", "2023-05-15") + ["2023-06-20"], .quarter, ["2023-01-01", "2023-04-01"])
        #expect(b2 == [.complete, .split(parts: [d("2023-04-01") ... d("2023-05-15"), d("2023-06-20") ... d("2023-06-20")])], "\(b2)")
        // B3: weekly (Mondays) to 27 March, one row on 29 May: March whole (4 silent days,
        // under its 7), April none of it, May its 29 May only; by week the silent weeks go.
        let weekly = daily("2023-01-02", "2023-03-27", every: 7) + ["2023-05-29"]
        let b3 = extents(weekly, .month, ["2023-03-01", "2023-04-01", "2023-05-01"])
        #expect(b3[0] == .complete && b3[1]?.isCovered == false && b3[2] == .partial(first: d("2023-05-29"), last: d("2023-05-29")), "\(b3)")
        let b3w = extents(weekly, .week, ["2023-03-27", "2023-04-10", "2023-05-22"])
        #expect(b3w[0] == .complete && b3w[1]?.isCovered == false && b3w[2]?.isCovered == false, "\(b3w)")
        // A short weekly source (10 Mondays to 6 March, then 29 May): its one long silence
        // among 10 intervals is not its own ordinary interval.
        let short = daily("2023-01-02", "2023-03-06", every: 7) + ["2023-05-29"]
        #expect(DatasetCoverages.Dataset(index: 0, name: "w", recordEnds: ends(short), continuous: false)!.ordinaryInterval == 7)
        #expect(extents(short, .month, ["2023-04-01"])[0]?.isCovered == false)
        // Rows that each cover their month (month-dated), with March and April missing:
        // the records' reach, not their start days, sets the ordinary interval (1), so
        // the two silent months are a long gap (by start days it was 31, and 61 silent
        // days were under 124).
        var monthly: [Int32: Int32] = [:]
        for m in [1, 2, 5, 6, 7, 8, 9, 10, 11, 12] {
            let first = d("2022-\(m < 10 ? "0" : "")\(m)-01")
            monthly[first.daysSinceEpoch] = PeriodKind.month.lastDay(PeriodKind.month.key(first)).daysSinceEpoch
        }
        let months = DatasetCoverages.Dataset(index: 0, name: "m", recordEnds: monthly, continuous: false)!
        #expect(months.ordinaryInterval == 1)
        let mc = months.withoutThinPeriods(months.coverage, kind: .month).coverage
        #expect(mc?.extent(of: PeriodKind.month.key(d("2022-03-01")), kind: .month).isCovered == false)
        #expect(mc?.extent(of: PeriodKind.month.key(d("2022-02-01")), kind: .month) == .complete)
        #expect(mc?.extent(of: PeriodKind.month.key(d("2022-05-01")), kind: .month) == .complete)
        // B5: one record every 5 days to 31 March, one straggler on 30 May.
        let b5 = extents(daily("2023-01-01", "2023-03-31", every: 5) + ["2023-05-30"], .month, ["2023-03-01", "2023-04-01", "2023-05-01"])
        #expect(b5[0] == .complete && b5[1]?.isCovered == false && b5[2] == .partial(first: d("2023-05-30"), last: d("2023-05-30")), "\(b5)")
        // B4: about 8 record days a month, 90% of its intervals 7 days or less; April has
        // one record after 26 silent days (under its 28): complete, as are its neighbours.
        let sparse = ["2023-01-03", "2023-01-04", "2023-01-05", "2023-01-09", "2023-01-16", "2023-01-19", "2023-01-25", "2023-01-26",
                      "2023-02-04", "2023-02-07", "2023-02-13", "2023-02-15", "2023-02-16", "2023-02-21", "2023-02-25", "2023-02-26",
                      "2023-03-01", "2023-03-09", "2023-03-13", "2023-03-14", "2023-03-15", "2023-03-20", "2023-03-27", "2023-03-28",
                      "2023-04-24", "2023-05-01", "2023-05-04", "2023-05-08", "2023-05-11", "2023-05-19", "2023-05-22", "2023-05-23", "2023-05-26"]
        let b4 = extents(sparse, .month, ["2023-03-01", "2023-04-01", "2023-05-01"])
        // (May is its data to 26 May, its last record: the coverage rule, no gap.)
        #expect(b4 == [.complete, .complete, .partial(first: d("2023-05-01"), last: d("2023-05-26"))], "\(b4)")
        #expect(DatasetCoverages.Dataset(index: 0, name: "s", recordEnds: ends(sparse), continuous: false)!.longGapDays == 28)
        // The same silence as B1 in a continuous source is no gap.
        let cont = DatasetCoverages.Dataset(index: 0, name: "c", recordEnds: ends(daily("2023-01-01", "2023-04-10") + ["2023-05-03"]), continuous: true)!
        #expect(cont.withoutThinPeriods(cont.coverage, kind: .month).thin.isEmpty)
    }

    /// The cadence rule (review20b L4, L5, L5b): a source whose records come at a regular
    /// step and that misses a report is missing data, though the silence is under four
    /// times its ordinary interval; and one with 4 to 7 record spans is checked at all.
    /// Each of these read the period whole (Q1 at -67%, April at -75%, half a month).
    @Test func aSourceWithACadenceThatMissesAReportIsPartial() {
        func dataset(_ ends: [Int32: Int32]) -> DatasetCoverages.Dataset {
            DatasetCoverages.Dataset(index: 0, name: "Iraq", recordEnds: ends, continuous: false)!
        }
        func extents(_ ends: [Int32: Int32], _ kind: PeriodKind, _ periods: [String]) -> [Coverage.Extent?] {
            let ds = dataset(ends)
            let c = ds.withoutThinPeriods(ds.coverage, kind: kind).coverage
            return periods.map { c?.extent(of: kind.key(d($0)), kind: kind) }
        }
        func months(_ list: [String]) -> [Int32: Int32] {
            var out: [Int32: Int32] = [:]
            for m in list { let f = d(m + "-01"); out[f.daysSinceEpoch] = PeriodKind.month.lastDay(PeriodKind.month.key(f)).daysSinceEpoch }
            return out
        }
        // L4: 7 month-dated rows, October to June without February and March.
        let l4 = months(["2022-10", "2022-11", "2022-12", "2023-01", "2023-04", "2023-05", "2023-06"])
        #expect(dataset(l4).cadence == 1 && dataset(l4).ordinaryInterval == 1)
        #expect(extents(l4, .quarter, ["2022-10-01", "2023-01-01", "2023-04-01"])
                == [.complete, .partial(first: d("2023-01-01"), last: d("2023-01-31")), .complete])
        // Five month-dated rows with one month missing, and the same by month.
        let five = months(["2023-01", "2023-02", "2023-04", "2023-05", "2023-06"])
        #expect(extents(five, .month, ["2023-02-01", "2023-03-01", "2023-04-01"])[1]?.isCovered == false)
        // L5: weekly Mondays with 3 of April's 4 missing (27 silent days, under 4 x 7).
        let weekly = daily("2023-01-02", "2023-06-26", every: 7).filter { !["2023-04-03", "2023-04-10", "2023-04-17"].contains($0) }
        #expect(dataset(ends(weekly)).cadence == 7 && dataset(ends(weekly)).longGapDays == 10)
        #expect(extents(ends(weekly), .month, ["2023-03-01", "2023-04-01", "2023-05-01"])
                == [.complete, .partial(first: d("2023-04-24"), last: d("2023-04-30")), .complete])
        // Its note speaks of a missed report, not of a silence "far longer" than its 7 days.
        let l5 = dataset(ends(weekly))
        let l5thin = l5.withoutThinPeriods(l5.coverage, kind: .month).thin
        let l5note = DatasetCoverages.thinNote(name: "Iraq", periods: l5thin, kind: .month)
        #expect(l5note.contains("though its records come every 7 days or so (3 steps in 4 or more), so at least one report is missing: 2023-04 is partial"), "\(l5note)")
        #expect(!l5note.contains("far longer"))
        // Month-dated rows (a step of 1 day from their reach, 5 records): the limit is
        // their regular step's, and the note says so, not "9 times in 10" (there are
        // too few steps for a 90th percentile).
        let l4ds = dataset(l4)
        let l4note = DatasetCoverages.thinNote(name: "Iraq", periods: l4ds.withoutThinPeriods(l4ds.coverage, kind: .quarter).thin, kind: .quarter)
        #expect(l4note.contains("far longer than its regular step between record days (1 day, 3 steps in 4 or more): 2023-Q1 is partial"), "\(l4note)")
        #expect(!l4note.contains("9 times in 10"))
        // One week missing is a gap (13 silent days), by week and by month.
        let oneWeek = daily("2023-01-02", "2023-06-26", every: 7).filter { $0 != "2023-04-10" }
        #expect(extents(ends(oneWeek), .week, ["2023-04-10"])[0]?.isCovered == false)
        // L5b: fortnightly Fridays losing the batch of 14 April: April is its 28 April on.
        let fortnightly = daily("2023-01-06", "2023-08-31", every: 14).filter { $0 != "2023-04-14" }
        #expect(dataset(ends(fortnightly)).cadence == 14 && dataset(ends(fortnightly)).longGapDays == 21)
        #expect(extents(ends(fortnightly), .month, ["2023-03-01", "2023-04-01", "2023-05-01"])
                == [.complete, .partial(first: d("2023-04-28"), last: d("2023-04-30")), .complete])
        // Monthly single days (the 15th) missing June: 60 silent days, under 4 x 31.
        let fifteenth = (1 ... 12).filter { $0 != 6 }.map { "2023-\($0 < 10 ? "0" : "")\($0)-15" }
        #expect(dataset(ends(fifteenth)).cadence != nil)
        #expect(extents(ends(fifteenth), .month, ["2023-05-01", "2023-06-01", "2023-07-01"])[1]?.isCovered == false)
        // Healthy: every week there, every fortnight there, all months there: whole.
        let allWeeks = daily("2023-01-02", "2023-06-26", every: 7)
        #expect(dataset(ends(allWeeks)).withoutThinPeriods(dataset(ends(allWeeks)).coverage, kind: .month).thin.isEmpty)
        let allMonths = months(["2022-10", "2022-11", "2022-12", "2023-01", "2023-02", "2023-03"])
        #expect(dataset(allMonths).withoutThinPeriods(dataset(allMonths).coverage, kind: .quarter).thin.isEmpty)
        // No cadence: irregular steps (1, 9, 3, 20, 2, 6 days), and 3 record spans, no check.
        let irregular = ["2023-01-01", "2023-01-02", "2023-01-11", "2023-01-14", "2023-02-03", "2023-02-05", "2023-02-11"]
        #expect(dataset(ends(irregular)).cadence == nil && dataset(ends(irregular)).ordinaryInterval == nil)
        #expect(dataset(months(["2023-01", "2023-04", "2023-05"])).ordinaryInterval == nil)
        // Nor records on neighbouring days (10, 11 March, 10 to 12 April: steps 1, 30, 1,
        // 1): events close together, not a daily report with a month missing.
        let clustered = dataset(ends(["2023-03-10", "2023-03-11", "2023-04-10", "2023-04-11", "2023-04-12"]))
        #expect(clustered.cadence == nil && clustered.ordinaryInterval == nil)
        // A daily monitor's rule is as before (a cadence of 1 changes no limit).
        #expect(dataset(ends(daily("2023-01-01", "2023-03-31"))).longGapDays == 7)
    }

    /// The long-gap rule per country (review20b L3): one file with Syria daily and Iraq
    /// daily to 10 April plus a straggler on 20 May read April Iraq whole, and a report's
    /// latest month was May. A country's silence from its own first record to the file's
    /// last day cuts the file's coverage (the days every country covers: its totals'),
    /// and that country's own; the note names the country.
    @Test func aCountrySilentInsideAMultiCountryFileMakesItsPeriodsPartial() {
        func file(_ byCountry: [String: [String]], continuous: Bool = false) -> DatasetCoverages.Dataset {
            var all: [Int32: Int32] = [:]
            for (_, days) in byCountry { all.merge(ends(days)) { max($0, $1) } }
            var ds = DatasetCoverages.Dataset(index: 0, name: "both.csv", recordEnds: all, continuous: continuous)!
            ds.places = byCountry.keys.sorted().map { .init(name: $0, records: .init(index: 0, name: $0, recordEnds: ends(byCountry[$0]!), continuous: false)!) }
            return ds
        }
        let syria = daily("2023-01-01", "2023-05-31")
        let iraq = daily("2023-01-01", "2023-04-10") + ["2023-05-20"]
        let ds = file(["Syria": syria, "Iraq": iraq])
        // The file alone has no gap (Syria fills every day).
        #expect(ds.longGaps(within: ds.coverage).isEmpty)
        let (c, thin) = ds.withoutThinPeriods(ds.coverage, kind: .month)
        #expect(c?.extent(of: PeriodKind.month.key(d("2023-03-01")), kind: .month) == .complete)
        #expect(c?.extent(of: PeriodKind.month.key(d("2023-04-01")), kind: .month) == .partial(first: d("2023-04-01"), last: d("2023-04-10")))
        // May: its 20 May alone (Iraq has no record after it, 11 days to the file's end).
        #expect(c?.extent(of: PeriodKind.month.key(d("2023-05-01")), kind: .month) == .partial(first: d("2023-05-20"), last: d("2023-05-20")))
        #expect(thin.map(\.place) == ["Iraq", "Iraq"])
        let note = DatasetCoverages.thinNote(name: "both.csv", periods: thin, kind: .month)
        #expect(note.hasPrefix("Iraq in both.csv has no record from 2023-04-11 to 2023-05-19 (39 days), 2023-05-21 to 2023-05-31 (11 days)"), "\(note)")
        #expect(note.contains("2023-04, 2023-05 are partial for Iraq's figures and for totals of its file's countries"), "\(note)")
        // By quarter the second quarter is split; by week the silent weeks go.
        let q = ds.withoutThinPeriods(ds.coverage, kind: .quarter).coverage
        #expect(q?.extent(of: PeriodKind.quarter.key(d("2023-04-01")), kind: .quarter)
                == .split(parts: [d("2023-04-01") ... d("2023-04-10"), d("2023-05-20") ... d("2023-05-20")]))
        // A weekly country in the file missing three weeks (its cadence), beside daily Syria.
        let weeklyIraq = daily("2023-01-02", "2023-05-29", every: 7).filter { !["2023-04-03", "2023-04-10", "2023-04-17"].contains($0) }
        let w = file(["Syria": syria, "Iraq": weeklyIraq])
        #expect(w.withoutThinPeriods(w.coverage, kind: .month).coverage?.extent(of: PeriodKind.month.key(d("2023-04-01")), kind: .month)
                == .partial(first: d("2023-04-24"), last: d("2023-04-30")))
        // Not cut: a country that starts later, one that stops within its own long-gap
        // limit of the file's end, a sparse country with no rhythm, a continuous file.
        for other in [daily("2023-03-01", "2023-05-31"), daily("2023-01-01", "2023-05-25"), ["2023-01-05", "2023-02-20", "2023-05-02"]] {
            let f = file(["Syria": syria, "Iraq": other])
            #expect(f.withoutThinPeriods(f.coverage, kind: .month).thin.isEmpty, "\(other.first!)")
        }
        let cont = file(["Syria": syria, "Iraq": iraq], continuous: true)
        #expect(cont.withoutThinPeriods(cont.coverage, kind: .month).thin.isEmpty)
        // Through DatasetCoverages (what aggregate and charts use), and for `all`.
        let sets = DatasetCoverages([ds])
        let (byMonth, named) = sets.withoutThinPeriods(kind: .month)
        #expect(named.count == 1 && byMonth.coveredText(of: PeriodKind.month.key(d("2023-04-01")), kind: .month, sources: 0) == "2023-04-01/2023-04-10")
        let (all, _) = sets.withoutThinPeriods(kind: .all)
        #expect(all.coveredText(of: 0, kind: .all, sources: 0) == "2023-01-01/2023-04-10;2023-05-20")
    }

    /// L3 over-marking (stop 26): in a daily Syria + Lebanon file where Lebanon is
    /// silent 11-19 March, Syria's rows read March as covered 1-10 and 20-31 March, and a
    /// Syria-only report's `latest` moved. Each country's rows have its own coverage;
    /// the file's (its totals') is partial wherever any country's is.
    @Test func eachCountryOfAFileHasItsOwnCoverage() {
        func file(_ byCountry: [String: [String]]) -> DatasetCoverages.Dataset {
            var all: [Int32: Int32] = [:]
            for (_, days) in byCountry { all.merge(ends(days)) { max($0, $1) } }
            var ds = DatasetCoverages.Dataset(index: 0, name: "both.csv", recordEnds: all, continuous: false)!
            ds.places = byCountry.keys.sorted().map { .init(name: $0, records: .init(index: 0, name: $0, recordEnds: ends(byCountry[$0]!), continuous: false)!) }
            return ds
        }
        let syria = daily("2023-01-01", "2023-04-30")
        let lebanon = daily("2023-01-01", "2023-04-30").filter { !($0 >= "2023-03-11" && $0 <= "2023-03-19") }
        let march = PeriodKind.month.key(d("2023-03-01"))
        for kind in [PeriodKind.month, .quarter] {
            let key = kind.key(d("2023-03-01"))
            let (sets, thin) = DatasetCoverages([file(["Syria": syria, "Lebanon": lebanon])]).withoutThinPeriods(kind: kind)
            #expect(thin.count == 1 && thin[0].periods.map(\.place) == ["Lebanon"])
            let parts = kind == .month ? "2023-03-01/2023-03-10;2023-03-20/2023-03-31" : "2023-01-01/2023-03-10;2023-03-20/2023-03-31"
            #expect(sets.coveredText(of: key, kind: kind, sources: 0, place: "Syria") == "", "\(kind)")
            #expect(sets.coveredText(of: key, kind: kind, sources: 0, place: "Lebanon") == parts, "\(kind)")
            #expect(sets.coveredText(of: key, kind: kind, sources: 0) == parts, "\(kind)")
            #expect(sets.shortfalls(of: key, kind: kind, sources: 0, place: "Syria").isEmpty)
            #expect(sets.shortfalls(of: key, kind: kind, sources: 0, place: "Lebanon").count == 1)
        }
        // For `all`: Syria whole, Lebanon and the total with the hole.
        let (all, _) = DatasetCoverages([file(["Syria": syria, "Lebanon": lebanon])]).withoutThinPeriods(kind: .all)
        #expect(all.coveredText(of: 0, kind: .all, sources: 0, place: "Syria") == "")
        #expect(all.coveredText(of: 0, kind: .all, sources: 0, place: "Lebanon") == "2023-01-01/2023-03-10;2023-03-20/2023-04-30")
        // A row of Syria (AggregateRow.country) is written with Syria's days, cut to a window too.
        let (sets, _) = DatasetCoverages([file(["Syria": syria, "Lebanon": lebanon])]).withoutThinPeriods(kind: .month)
        let row = AggregateRow(country: "Syria", periodKey: march, period: "2023-03", measure: "killed", kind: .flow,
                               estimate: Estimate(unchecked: 1, best: 1, high: 1), events: 1)
        #expect(sets.coveredText(of: row, kind: .month) == "")
        let cutSets = sets.cut(from: nil, to: d("2023-03-25"))
        #expect(cutSets.coveredText(of: row, kind: .month) == "2023-03-01/2023-03-25")
        var lebanonRow = row; lebanonRow.country = "Lebanon"
        #expect(cutSets.coveredText(of: lebanonRow, kind: .month) == "2023-03-01/2023-03-10;2023-03-20/2023-03-25")
        // A file of Syria alone (the countries asked for): nothing cut.
        let alone = file(["Syria": syria, "Lebanon": lebanon])
        var asked = alone; asked.places = asked.places.filter { $0.name == "Syria" }
        #expect(DatasetCoverages([asked]).withoutThinPeriods(kind: .month).thin.isEmpty)
    }

    /// A country that stops while the others go on (no straggler after) was not checked:
    /// Lebanon daily to 10 March in a file whose Syria goes on to 30 April read April
    /// Lebanon (and the total) as whole. Its silence from its last record to the file's
    /// last day is a long gap when longer than its own limit: its periods after are
    /// partial for its figures and the total's; Syria's own stay whole.
    @Test func aCountryThatStopsBeforeTheOthersIsPartialAfter() {
        func file(_ byCountry: [String: [String]]) -> DatasetCoverages.Dataset {
            var all: [Int32: Int32] = [:]
            for (_, days) in byCountry { all.merge(ends(days)) { max($0, $1) } }
            var ds = DatasetCoverages.Dataset(index: 0, name: "both.csv", recordEnds: all, continuous: false)!
            ds.places = byCountry.keys.sorted().map { .init(name: $0, records: .init(index: 0, name: $0, recordEnds: ends(byCountry[$0]!), continuous: false)!) }
            return ds
        }
        let syria = daily("2023-01-01", "2023-04-30")
        let (sets, thin) = DatasetCoverages([file(["Syria": syria, "Lebanon": daily("2023-01-01", "2023-03-10")])]).withoutThinPeriods(kind: .month)
        let march = PeriodKind.month.key(d("2023-03-01")), april = march + 1
        #expect(sets.coveredText(of: march, kind: .month, sources: 0, place: "Lebanon") == "2023-03-01/2023-03-10")
        #expect(sets.coveredText(of: april, kind: .month, sources: 0, place: "Lebanon") == "none")
        #expect(sets.coveredText(of: april, kind: .month, sources: 0) == "none")
        #expect(sets.coveredText(of: april, kind: .month, sources: 0, place: "Syria") == "")
        let note = DatasetCoverages.thinNote(name: "both.csv", periods: thin[0].periods, kind: .month)
        #expect(note.hasPrefix("Lebanon in both.csv has no record from 2023-03-11 to 2023-04-30 (51 days)"), "\(note)")
        // A table of these rows: Lebanon has no April row to say its April is not
        // covered, so April's rows are written with the days every country covers;
        // March, where both have rows, each its own (Syria's March was partial until
        // 2026-12-04: the whole table fell back).
        func row(_ country: String, _ key: Int32) -> AggregateRow {
            AggregateRow(country: country, periodKey: key, period: "", measure: "killed", kind: .flow,
                         estimate: Estimate(unchecked: 1, best: 1, high: 1), events: 1)
        }
        let table = sets.forTable([row("Lebanon", march), row("Syria", march), row("Syria", april)], kind: .month)
        #expect(table.coveredText(of: row("Syria", april), kind: .month) == "none")
        #expect(table.coveredText(of: row("Syria", march), kind: .month) == "")
        #expect(table.coveredText(of: row("Lebanon", march), kind: .month) == "2023-03-01/2023-03-10")
        // Without Lebanon's March row, March falls back too.
        let noMarch = sets.forTable([row("Syria", march), row("Syria", april)], kind: .month)
        #expect(noMarch.coveredText(of: row("Syria", march), kind: .month) == "2023-03-01/2023-03-10")
        #expect(noMarch.coveredText(of: row("Syria", april), kind: .month) == "none")
        // An inner silence within a period both countries have rows in: each its own.
        let lebanon = daily("2023-01-01", "2023-04-30").filter { !($0 >= "2023-03-11" && $0 <= "2023-03-19") }
        let (l3, _) = DatasetCoverages([file(["Syria": syria, "Lebanon": lebanon])]).withoutThinPeriods(kind: .month)
        let l3table = l3.forTable([row("Lebanon", march), row("Syria", march)], kind: .month)
        #expect(l3table.coveredText(of: row("Syria", march), kind: .month) == "")
        // Lebanon silent for the whole of April (rows in March and May): no April row.
        let april0 = daily("2023-01-01", "2023-05-31").filter { !$0.hasPrefix("2023-04") }
        let (whole, _) = DatasetCoverages([file(["Syria": daily("2023-01-01", "2023-05-31"), "Lebanon": april0])]).withoutThinPeriods(kind: .month)
        #expect(whole.coveredText(of: april, kind: .month, sources: 0, place: "Syria") == "")
        #expect(whole.forTable([row("Lebanon", march), row("Syria", april)], kind: .month).coveredText(of: row("Syria", april), kind: .month) == "none")
        // A weekly country whose last report is its step before the file's end: whole.
        let weekly = daily("2023-01-06", "2023-04-28", every: 7)
        #expect(DatasetCoverages([file(["Syria": syria, "Iraq": weekly])]).withoutThinPeriods(kind: .month).thin.isEmpty)
        // Missing its last two reports (from 14 April): April partial for Iraq.
        let (w, _) = DatasetCoverages([file(["Syria": syria, "Iraq": weekly.filter { $0 < "2023-04-14" }])]).withoutThinPeriods(kind: .month)
        #expect(w.coveredText(of: april, kind: .month, sources: 0, place: "Iraq") == "2023-04-01/2023-04-07")
        #expect(w.coveredText(of: april, kind: .month, sources: 0, place: "Syria") == "")
    }

    /// `periods(of:touching:)` is walked, not held: by day over years 1 to 9998 it
    /// built 3.65 million periods (88 MB) for a 2-row file. It yields only the periods
    /// holding a day of the coverage's runs, in order.
    @Test func thePeriodsOfACoverageAreWalkedOnlyWhereItsRunsAre() {
        let c = Coverage(runs: [d("0001-01-01") ... d("0001-01-02"), d("9998-12-31") ... d("9998-12-31")])!
        let days = Array(DatasetCoverages.Dataset.periods(of: .day, touching: c).map(\.days.lowerBound))
        #expect(days == [d("0001-01-01"), d("0001-01-02"), d("9998-12-31")])
        let months = Array(DatasetCoverages.Dataset.periods(of: .month, touching: Coverage(runs: [d("2023-01-15") ... d("2023-02-02"), d("2023-05-31") ... d("2023-06-01")])!)
            .map(\.key))
        #expect(months == ["2023-01", "2023-02", "2023-05", "2023-06"].map { PeriodKind.month.parseLabel($0)! })
        // A 2-row file by day: no rhythm, so nothing cut and nothing listed.
        let two = DatasetCoverages.Dataset(index: 0, name: "x", recordEnds: [d("0001-01-01").daysSinceEpoch: d("0001-01-01").daysSinceEpoch,
                                                                             d("9998-12-31").daysSinceEpoch: d("9998-12-31").daysSinceEpoch], continuous: false)!
        #expect(two.withoutThinPeriods(two.coverage, kind: .day).thin.isEmpty)
    }

    /// Review20b L1/L2: a row dated to a span (April, 1..31 May, a quarter) among daily
    /// rows says an event happened somewhere in those days, not that the source reported
    /// on each: it fills no long gap. Daily to 10 April plus a row dated April read April
    /// whole; plus a row dated 1..31 May, May read complete.
    @Test func aRowDatedToASpanFillsNoGap() {
        func extents(_ ends: [Int32: Int32], _ periods: [String]) -> [Coverage.Extent?] {
            let ds = DatasetCoverages.Dataset(index: 0, name: "Iraq", recordEnds: ends, continuous: false)!
            let c = ds.withoutThinPeriods(ds.coverage, kind: .month).coverage
            return periods.map { c?.extent(of: PeriodKind.month.key(d($0)), kind: .month) }
        }
        let base = ends(daily("2023-01-01", "2023-04-10"))
        var april = base; april[d("2023-04-01").daysSinceEpoch] = d("2023-04-30").daysSinceEpoch
        let a = extents(april, ["2023-03-01", "2023-04-01"])
        #expect(a[0] == .complete && a[1] == .partial(first: d("2023-04-01"), last: d("2023-04-10")), "\(a)")
        var may = base; may[d("2023-05-01").daysSinceEpoch] = d("2023-05-31").daysSinceEpoch
        let m = extents(may, ["2023-04-01", "2023-05-01"])
        #expect(m[0] == .partial(first: d("2023-04-01"), last: d("2023-04-10")) && m[1]?.isCovered == false, "\(m)")
        var quarter = base; quarter[d("2023-04-01").daysSinceEpoch] = d("2023-06-30").daysSinceEpoch
        let q = extents(quarter, ["2023-04-01", "2023-05-01", "2023-06-01"])
        #expect(q[0] != .complete && q[1]?.isCovered == false && q[2]?.isCovered == false, "\(q)")
        // The span rows still count as records of the dataset's own rhythm when every
        // row is one (the month-dated case above): only a span longer than twice the
        // median of its records' spans is set aside.
        let ds = DatasetCoverages.Dataset(index: 0, name: "Iraq", recordEnds: may, continuous: false)!
        #expect(ds.gapSpans.count == ds.recordSpans.count - 1 && ds.ordinaryInterval == 1)
    }

    /// A declared `coverage:` end far past a dataset's last record is no record: the
    /// silence before it is a long gap like one between records.
    @Test func aDeclaredEndDoesNotCompleteALongSilence() {
        let ds = DatasetCoverages.Dataset(index: 0, name: "Iraq", recordEnds: ends(daily("2023-01-01", "2023-04-10")), continuous: false)!
        let declared = ds.coverage.declaring(from: nil, to: d("2023-05-31"))!
        let (c, thin) = ds.withoutThinPeriods(declared, kind: .month)
        #expect(thin.count == 2)
        #expect(c?.extent(of: PeriodKind.month.key(d("2023-04-01")), kind: .month) == .partial(first: d("2023-04-01"), last: d("2023-04-10")))
        // Records to 28 May: 3 quiet days are no gap, May stays declared whole.
        let near = DatasetCoverages.Dataset(index: 0, name: "Iraq", recordEnds: ends(daily("2023-01-01", "2023-05-28")), continuous: false)!
        #expect(near.withoutThinPeriods(near.coverage.declaring(from: nil, to: d("2023-05-31"))!, kind: .month).thin.isEmpty)
    }

    @Test func datasetsCoverOnlyTheDaysTheyShare() {
        let a = Coverage(first: d("2023-01-01"), last: d("2023-05-31"))
        let b = Coverage(runs: [d("2022-12-01") ... d("2023-02-10"), d("2023-03-01") ... d("2023-05-10")])!
        let both = Coverage.intersection([a, b])!
        #expect(both.runs == [d("2023-01-01") ... d("2023-02-10"), d("2023-03-01") ... d("2023-05-10")])
        #expect(both.extent(of: PeriodKind.month.key(d("2023-05-01")), kind: .month)
                == .partial(first: d("2023-05-01"), last: d("2023-05-10")))
        #expect(both.extent(of: PeriodKind.month.key(d("2023-02-01")), kind: .month)
                == .partial(first: d("2023-02-01"), last: d("2023-02-10")))
        #expect(Coverage.intersection([a, Coverage(first: d("2024-01-01"), last: d("2024-02-01"))]) == nil)
    }

    @Test func aDeclaredCoverageReplacesOrCutsTheRecords() {
        let c = Coverage(runs: [d("2022-05-01") ... d("2022-05-01"), d("2023-01-01") ... d("2023-05-28")])!
        #expect(c.declaring(from: d("2023-01-01"), to: d("2023-05-31"))!.runs == [d("2023-01-01") ... d("2023-05-31")])
        let to = c.declaring(from: nil, to: d("2023-05-31"))!
        #expect(to.runs == [d("2022-05-01") ... d("2022-05-01"), d("2023-01-01") ... d("2023-05-31")])
        #expect(to.declared)
        #expect(c.declaring(from: d("2022-12-01"), to: nil)!.runs == [d("2022-12-01") ... d("2023-05-28")])
    }

    @Test func aRecordCoversItsSpanUpToAQuarter() {
        #expect(Coverage.coveredEnd(start: d("2024-02-01"), spanLast: d("2024-02-29")) == d("2024-02-29").daysSinceEpoch)
        #expect(Coverage.coveredEnd(start: d("2024-01-01"), spanLast: d("2024-03-31")) == d("2024-03-31").daysSinceEpoch)
        #expect(Coverage.coveredEnd(start: d("2024-01-01"), spanLast: d("2024-12-31")) == d("2024-01-01").daysSinceEpoch)
        #expect(Coverage.coveredEnd(start: d("2024-01-01"), spanLast: d("2024-01-01")) == d("2024-01-01").daysSinceEpoch)
    }
}

extension CoverageTests {
    /// Two records alone are one run however far apart (the hostile run's
    /// `flow-long-gap --continuous`: January and July, zeros between).
    @Test func twoRecordsAreOneRun() {
        #expect(Coverage.ofRecords(ends(["2023-01-10", "2023-07-10"]))!.runs == [d("2023-01-10") ... d("2023-07-10")])
    }
}

/// The coverage rule per dataset: every row carries the inputs it holds, and a period
/// is partial for a figure only when a dataset it holds does not cover it.
@Suite struct PerDatasetCoverageTests {
    func d(_ s: String) -> CalendarDay { CalendarDay(s)! }

    func add(_ agg: Aggregator, _ day: String, _ country: String, input: Int, measure: String = "killed") throws {
        var o = Observation()
        o.country = agg.strings.intern(country)
        o.adm1 = agg.strings.intern(""); o.adm2 = o.adm1; o.actor = o.adm1
        o.measure = agg.strings.intern(measure)
        o.day = d(day); o.spanFirst = o.day; o.spanLast = o.day
        o.low = 1; o.best = 1; o.high = 1
        o.sources = SourceSet.bit(input)
        try agg.add(o)
    }

    @Test func rowsCarryTheirInputsThroughMergesAndRollUps() throws {
        let a = Aggregator(config: AggregationConfig(grouping: Grouping([.country]), period: .month,
                                                     measures: MeasureCatalog(extraStocks: ["members"])))
        let b = Aggregator(config: a.config)
        try add(a, "2023-05-02", "Syria", input: 0)
        try add(b, "2023-05-03", "Syria", input: 1)
        try add(b, "2023-05-03", "Iraq", input: 1)
        try add(b, "2023-05-03", "Iraq", input: 40, measure: "members")  // past the 32nd: the last bit
        try a.merge(b)
        let r = try a.result()
        #expect(r.rows.map { "\($0.country!) \($0.measure) \($0.sources)" } == ["Iraq killed 2", "Iraq members 2147483648", "Syria killed 3"])
        let total = try r.rolledUp(to: Grouping([]), measure: "killed")
        #expect(total.rows.map(\.sources) == [3])
        #expect(SourceSet.contains(1 << 31, 45) && SourceSet.contains(0, 3) && !SourceSet.contains(2, 0))
    }

    @Test func aPeriodIsPartialOnlyForTheDatasetsAFigureHolds() throws {
        let datasets = DatasetCoverages([
            .init(index: 0, name: "syria.csv", coverage: Coverage(first: d("2016-01-01"), last: d("2019-11-30"))),
            .init(index: 1, name: "mmr.csv", coverage: Coverage(first: d("1989-01-01"), last: d("2018-12-30"))),
        ])
        let y2018 = PeriodKind.year.key(d("2018-06-01")), y2019 = y2018 + 1
        #expect(datasets.shortfalls(of: y2018, kind: .year, sources: 0b01).isEmpty)
        #expect(datasets.shortfalls(of: y2019, kind: .year, sources: 0b01).map(\.name) == ["syria.csv"])
        #expect(datasets.shortfalls(of: y2018, kind: .year, sources: 0b10).map(\.name) == ["mmr.csv"])
        #expect(datasets.shortfalls(of: y2019, kind: .year, sources: 0).map(\.extent)
                == [.partial(first: d("2019-01-01"), last: d("2019-11-30")), .after])
        #expect(datasets.coverage(of: 0b11)?.last == d("2018-12-30"))
    }

    /// The rule of a bar chart by country of several datasets (`tally chart bar` and a
    /// report's bar chart): each country by the datasets its bar holds, seen by its own
    /// days; a dataset that falls short of another for the same country is to be named;
    /// what has no bar is named by country, or by the dataset's name when one of its
    /// countries has a bar of another dataset's.
    @Test func aBarChartOfSeveralDatasetsIsJudgedCountryByCountry() throws {
        var sl = DatasetCoverages.Dataset(index: 0, name: "sl.csv", coverage: Coverage(first: d("2023-01-01"), last: d("2023-03-10")))
        sl.placeCoverages = ["Syria": Coverage(first: d("2023-01-01"), last: d("2023-05-28")),
                             "Lebanon": Coverage(first: d("2023-01-01"), last: d("2023-03-10"))]
        sl.countries = ["Lebanon", "Syria"]
        var iq = DatasetCoverages.Dataset(index: 1, name: "iq.csv", coverage: Coverage(first: d("2023-01-01"), last: d("2023-05-31")))
        iq.countries = ["Iraq"]
        var old = DatasetCoverages.Dataset(index: 2, name: "old.csv", coverage: Coverage(first: d("2022-01-01"), last: d("2022-12-31")))
        old.countries = ["Jordan"]
        var sy2 = DatasetCoverages.Dataset(index: 3, name: "sy2.csv", coverage: Coverage(first: d("2023-01-01"), last: d("2023-03-10")))
        sy2.countries = ["Syria"]
        let all = DatasetCoverages([sl, iq, old, sy2])
        let march = d("2023-03-01") ... d("2023-03-31"), may = d("2023-05-01") ... d("2023-05-31")
        // March: Syria's bar holds sl.csv (whole for Syria) and sy2.csv (to 10 March): named.
        let m = all.countryBars([("Syria", 0b1001), ("Iraq", 0b10), ("Lebanon", 0b1)], sources: 0b1011, shown: march,
                                askedCountries: false, askedActors: false)
        #expect(m.countries.map(\.place) == ["Syria", "Iraq", "Lebanon"])
        #expect(m.countries.map(\.namesDatasets) == [true, false, false])
        #expect(m.countries[0].datasets.map(\.coverage.last) == [d("2023-05-28"), d("2023-03-10")])
        #expect(m.countries[2].datasets.map(\.coverage.last) == [d("2023-03-10")])
        // old.csv has nothing in March: named by its country.
        #expect(m.absent == ["Jordan"])
        // May: Lebanon (of sl.csv, which has Syria's bar) has no day; sy2.csv has none
        // and its Syria has a bar of sl.csv's, so it is named by its file.
        let y = all.countryBars([("Syria", 0b1), ("Iraq", 0b10)], sources: 0b11, shown: may, askedCountries: false, askedActors: false)
        #expect(y.absent == ["Lebanon", "Jordan", "sy2.csv"])
        #expect(y.countries.map(\.namesDatasets) == [false, false])
        // A filter of actors may be what leaves a country out; nothing shown, nothing absent.
        #expect(all.countryBars([("Syria", 0b1)], sources: 0b1, shown: may, askedCountries: false, askedActors: true).absent.isEmpty)
        #expect(all.countryBars([("Syria", 0b1)], sources: 0b1, shown: nil, askedCountries: false, askedActors: false).absent.isEmpty)
        // A dataset whose countries are not known is named by its file, unless countries were asked for.
        var anon = old; anon.countries = []
        let noNames = DatasetCoverages([sl, anon])
        #expect(noNames.countryBars([("Syria", 0b1)], sources: 0b1, shown: may, askedCountries: false, askedActors: false).absent == ["Lebanon", "old.csv"])
        #expect(noNames.countryBars([("Syria", 0b1)], sources: 0b1, shown: may, askedCountries: true, askedActors: false).absent == ["Lebanon"])
    }

    /// A continuous source's line is zero in a quiet period its own datasets cover,
    /// even when another dataset of the chart has ended (the days all datasets cover
    /// would cut it short), and not past its own dataset's end.
    @Test func theGapRuleUsesTheDatasetsOfEachLine() throws {
        let agg = Aggregator(config: AggregationConfig(grouping: Grouping([.country]), period: .month))
        try add(agg, "2023-01-05", "Syria", input: 0)
        try add(agg, "2023-04-05", "Syria", input: 0)
        try add(agg, "2023-01-05", "Iraq", input: 1)
        let r = try agg.result()
        let datasets = DatasetCoverages([
            .init(index: 0, name: "a", coverage: Coverage(first: d("2023-01-01"), last: d("2023-04-30"))),
            .init(index: 1, name: "b", coverage: Coverage(first: d("2023-01-01"), last: d("2023-01-31"))),
        ])
        let set = try r.series(of: "killed", reporting: .continuous, datasets: datasets)
        let syria = set.series.first { $0.keyValues == ["Syria"] }!
        #expect(syria.points.map(\.estimate.best) == [1, 0, 0, 1])
        #expect(syria.sources == 1)
        let iraq = set.series.first { $0.keyValues == ["Iraq"] }!
        #expect(iraq.points.map(\.estimate.best) == [1])
        // With the days both cover, Syria's quiet February and March were not zero.
        let both = try r.series(of: "killed", reporting: .continuous, coverage: datasets.coverage(of: 0))
        #expect(both.series.first { $0.keyValues == ["Syria"] }!.points.count == 2)
    }

    /// A line of one country carries its country (``GroupSeries/place``), by which
    /// its periods are judged (``DatasetCoverages/seen(by:)``); a line of several
    /// countries (by actor) none.
    @Test func aSeriesByCountryKnowsItsPlace() throws {
        for (keys, places) in [([GroupKey.country], ["Iraq", "Syria"]), ([.adm1], ["Iraq", "Syria"]), ([.actor], [nil])] as [([GroupKey], [String?])] {
            let agg = Aggregator(config: AggregationConfig(grouping: Grouping(keys), period: .month))
            try add(agg, "2023-01-05", "Syria", input: 0)
            try add(agg, "2023-02-05", "Iraq", input: 0)
            let set = try agg.result().series(of: "killed")
            #expect(set.series.map(\.place).sorted { ($0 ?? "") < ($1 ?? "") } == places, "\(keys)")
        }
    }
}

/// coverage10 F10 (silent): the stray-row rule of a continuous source at both ends.
extension CoverageTests {
    func daily10(_ a: String, _ b: String) -> [String] {
        var out: [String] = [], x = d(a)
        while x <= d(b) { out.append(x.description); x = x.adding(days: 1) }
        return out
    }

    @Test func strayRowsAtTheEndOfAContinuousSourceCoverTheirOwnDays() {
        let may = PeriodKind.month.parseLabel("2023-05")!
        let export = daily10("2023-01-01", "2023-05-28")
        // One row 48 days after an export to 28 May: May is its data to 28 May, June no day.
        let tail = DatasetCoverages.Dataset(index: 0, name: "a", recordEnds: ends(export + ["2023-07-15"]), continuous: true)!
        #expect(tail.coverage.runs == [d("2023-01-01") ... d("2023-05-28"), d("2023-07-15") ... d("2023-07-15")])
        #expect(tail.coverage.extent(of: may, kind: .month) == .partial(first: d("2023-05-01"), last: d("2023-05-28")))
        #expect(tail.coverage.extent(of: may + 1, kind: .month) == .gap(lastBefore: d("2023-05-28"), firstAfter: d("2023-07-15")))
        // Both ends at once, and a stray row dated to a month covers its first day.
        var both = ends(["2022-05-10", "2022-05-20"] + export)
        both[d("2023-09-01").daysSinceEpoch] = d("2023-09-30").daysSinceEpoch
        #expect(DatasetCoverages.Dataset(index: 0, name: "b", recordEnds: both, continuous: true)!.coverage.runs
                == [d("2022-05-10") ... d("2022-05-10"), d("2022-05-20") ... d("2022-05-20"), d("2023-01-01") ... d("2023-05-28"),
                    d("2023-09-01") ... d("2023-09-01")])
        // Not stray: a silence of 30 days (a lull of a daily source), ...
        let lull = DatasetCoverages.Dataset(index: 0, name: "c", recordEnds: ends(export + ["2023-06-28"]), continuous: true)!
        #expect(lull.coverage.runs == [d("2023-01-01") ... d("2023-06-28")])
        // ... an end holding 2% of the record days or more (3 of 151), ...
        let many = DatasetCoverages.Dataset(index: 0, name: "e", recordEnds: ends(daily10("2023-01-01", "2023-05-27") + ["2023-07-15", "2023-07-16", "2023-07-17"]),
                                            continuous: true)!
        #expect(many.coverage.runs == [d("2023-01-01") ... d("2023-07-17")])
        // ... a full last week after a 54-day lull (review54 F8: 7 record days, under 2% of
        // ~670, had been set apart): a stray end is a row or two, not a run, ...
        let lastWeek = (0 ..< 730).map { d("2021-01-01").adding(days: $0).description }
            .filter { $0 < "2022-11-01" || $0 >= "2022-12-25" }
        #expect(DatasetCoverages.Dataset(index: 0, name: "h", recordEnds: ends(lastWeek), continuous: true)!.coverage.runs.count == 1)
        // ... or a sparse source's ordinary quiet (weekly records, a 63-day silence: under 10 × 7).
        let weekly = (0 ..< 60).map { d("2020-01-06").adding(days: $0 * 7).description }
        let sparse = DatasetCoverages.Dataset(index: 0, name: "f", recordEnds: ends(weekly + [d(weekly.last!).adding(days: 63).description]),
                                              continuous: true)!
        #expect(sparse.coverage.runs.count == 1)
        // ... or a source silent as long inside (UCDP's Bangladesh file): 60 daily records,
        // 120 days without one, 60 more, then 100 days and a last record.
        let bursts = daily10("2016-01-01", "2016-02-29") + daily10("2016-06-28", "2016-08-26") + ["2016-12-05"]
        #expect(DatasetCoverages.Dataset(index: 0, name: "g", recordEnds: ends(bursts), continuous: true)!.coverage.runs
                == [d("2016-01-01") ... d("2016-12-05")])
        #expect(Coverage.strayEdges([]) == (0, 0) && Coverage.strayEdges([5 ... 5, 500 ... 500]) == (0, 0))
    }

    /// coverage10 F5 (silent): a declared `from` and `to` together replaced the runs, so
    /// the silence between two stray rows and an export was covered (zeros, a percentage).
    @Test func aDeclaredWindowKeepsTheSilencesBetweenRuns() {
        let c = Coverage(runs: [d("2022-05-10") ... d("2022-05-10"), d("2022-05-20") ... d("2022-05-20"), d("2023-01-01") ... d("2023-05-28")])!
        let w = c.declaring(from: d("2022-05-01"), to: d("2023-05-31"))!
        #expect(w.runs == [d("2022-05-01") ... d("2022-05-10"), d("2022-05-20") ... d("2022-05-20"), d("2023-01-01") ... d("2023-05-31")])
        #expect(w.declared)
        #expect(w.extent(of: PeriodKind.month.parseLabel("2022-06")!, kind: .month) == .gap(lastBefore: d("2022-05-20"), firstAfter: d("2023-01-01")))
    }
}
