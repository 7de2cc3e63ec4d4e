import Foundation
import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// Issue 10, review9d #15, #16 and #1: every table `tally aggregate` writes reads back
/// to the same estimates and coverage, or is refused saying why and what to do.
@Suite struct OwnTablesReadBack {
    /// Generated events 1 January to 12 June 2019 (the data ends inside a week, a month
    /// and a quarter): two countries, provinces, districts, actors, a source column,
    /// open ends, `~`, ranges without a best, month-dated events (interval rows by
    /// week and day) and a stock.
    static let events: String = {
        var rng = SplitMix64(seed: 1015)
        var out = "id,date_start,date_end,date_precision,country,adm_1,adm_2,actor,type_of_violence,measure,estimate\n"
        var day = CalendarDay("2019-01-01")!
        var n = 0
        let estimates = ["3", "12+", "~40", "5 to 7", "1", "at least 2", "15+ (best 16)", "8"]
        while day <= CalendarDay("2019-06-12")! {
            for _ in 0 ..< Int.random(in: 1 ... 3, using: &rng) {
                n += 1
                let country = Bool.random(using: &rng) ? "Syria" : "Iraq"
                let adm1 = ["Aleppo", "Idlib", ""][Int.random(in: 0 ... 2, using: &rng)]
                let adm2 = adm1.isEmpty ? "" : ["North", "South"][Int.random(in: 0 ... 1, using: &rng)]
                let actor = ["ISIS", "HTS", ""][Int.random(in: 0 ... 2, using: &rng)]
                let type = String(Int.random(in: 1 ... 3, using: &rng))
                let estimate = estimates[Int.random(in: 0 ..< estimates.count, using: &rng)]
                // Month-dated events cover their month (the coverage rule): none in June,
                // so the data ends on 12 June.
                let monthDated = n % 17 == 0 && day < CalendarDay("2019-06-01")!
                out += "e\(n),\(day),,\(monthDated ? "month" : ""),\(country),\(adm1),\(adm2),\(actor),\(type),killed,\"\(estimate)\"\n"
            }
            if day.components.day == 15 { out += "s\(day),\(day),,,Syria,Aleppo,North,ISIS,1,members,\(Int.random(in: 100 ... 900, using: &rng))\n" }
            day = day.adding(days: 1)
        }
        return out
    }()

    struct Shape: CustomStringConvertible {
        var keys: [GroupKey]
        var extras: [String] = []
        var grouping: Grouping { Grouping(keys, extraColumns: extras) }
        var description: String { (keys.map(\.rawValue) + extras).joined(separator: ",") }
    }

    static let shapes: [Shape] = [Shape(keys: [.country]), Shape(keys: [.adm1]), Shape(keys: [.adm2]), Shape(keys: [.actor]),
                                  Shape(keys: [.country, .actor]), Shape(keys: []), Shape(keys: [], extras: ["type_of_violence"]),
                                  Shape(keys: [.actor], extras: ["type_of_violence"])]

    /// Each --by dimension × each period kind, CSV and JSON: the file read back with the
    /// same keys and period gives the same rows (keys, period, estimate with its open
    /// ends, `~` and stated best, events) and each row the same `covered`. Before: a
    /// table without a country column was refused ("missing required column 'country'").
    @Test(arguments: [PeriodKind.day, .week, .month, .quarter, .year])
    func everyShapeReadsBackToTheSameRowsAndCoverage(kind: PeriodKind) throws {
        let source = writeFile(Self.events, name: "gen.csv")
        for shape in Self.shapes {
            let config = AggregationConfig(grouping: shape.grouping, period: kind)
            let first = try Ingest.run(IngestRequest(files: [source], config: config))
            #expect(first.coveredAlike())
            for format in [OutputFormat.csv, .json] {
                let text = String(decoding: first.written(as: format), as: UTF8.self)
                let again = try Ingest.run(IngestRequest(files: [writeFile(text, name: "back.\(format.rawValue)")], config: config))
                func rows(_ o: IngestOutcome) -> [String] {
                    o.result.outputRows.map { r in
                        (r.keyValues(o.result.grouping) + [r.period, r.measure, r.estimate.display, "\(r.estimate.approximate)",
                                                           "\(r.estimate.bestStated)", "\(r.events)",
                                                           o.datasets.coveredText(of: r, kind: kind)])
                            .joined(separator: "|")
                    }
                }
                let (a, b) = (rows(first), rows(again))
                #expect(a == b, "\(shape) by \(kind) in \(format): \(zip(a, b).first { $0 != $1 }.map { "\($0) became \($1)" } ?? "\(a.count) rows became \(b.count)")")
                #expect(again.coverage == first.coverage, "\(shape) by \(kind) in \(format)")
            }
        }
        // The data ends inside the period: its last one reads back partial, not complete.
        let back = try Ingest.run(IngestRequest(files: [writeFile(String(decoding: try Ingest.run(IngestRequest(files: [source],
            config: AggregationConfig(grouping: Grouping([.actor]), period: kind))).written(as: .csv), as: UTF8.self), name: "actor.csv")],
            config: AggregationConfig(grouping: Grouping([.actor]), period: kind)))
        #expect(back.coverage?.last == CalendarDay("2019-06-12")!)
    }

    /// A table without a key column cannot be grouped or filtered by that key: every
    /// row would be "(country not given)" (which no table reads back) or dropped.
    /// Refused, naming the keys the file has.
    @Test func aKeyTheTableLacksIsRefusedNamingTheKeysItHas() throws {
        let source = writeFile(Self.events, name: "gen.csv")
        let byActor = try Ingest.run(IngestRequest(files: [source], config: AggregationConfig(grouping: Grouping([.actor]), period: .month)))
        let file = writeFile(String(decoding: byActor.written(as: .csv), as: UTF8.self), name: "actor.csv")
        for (keys, filter) in [([GroupKey.country], RecordFilter()), ([.adm1], RecordFilter()),
                               ([.actor], RecordFilter(countries: ["Syria"]))] {
            #expect {
                try Ingest.run(IngestRequest(files: [file], config: AggregationConfig(grouping: Grouping(keys), period: .month), filter: filter))
            } throws: { error in
                let text = (error as? TallyError)?.description ?? ""
                return text.contains("without a 'country' column") && (text.contains("--by actor") || text.contains("--country"))
            }
        }
        // By the keys it has, or none, it reads: the totals are the source's (by its own
        // period: its stock rows are read at no other, review38 S3, S4).
        let none = try Ingest.run(IngestRequest(files: [file], config: AggregationConfig(grouping: Grouping([]), period: .month)))
        let direct = try Ingest.run(IngestRequest(files: [source], config: AggregationConfig(grouping: Grouping([]), period: .month)))
        #expect(none.result.outputRows.map(\.estimate) == direct.result.outputRows.map(\.estimate))
    }

    /// review9d #16: `covered` = `none` read back claimed the period's first day
    /// ("partial: data for 1 April only"); an interval row claimed its first day too,
    /// a day the data need not cover. Both claim no day now.
    @Test func noneAndIntervalRowsClaimNoDay() throws {
        let head = "country,period,measure,low,best,high,events,estimate,covered\n"
        let config = AggregationConfig(grouping: Grouping([.country]), period: .month)
        let none = try Ingest.run(IngestRequest(files: [writeFile(head + "Syria,2023-03,killed,5,5,5,5,5,\nSyria,2023-04,killed,35,35,35,3,35,none\n")],
                                                config: config))
        #expect(none.coverage == Coverage(first: CalendarDay("2023-03-01")!, last: CalendarDay("2023-03-31")!))
        let april = none.result.rows.first { $0.period == "2023-04" }!
        #expect(none.datasets.coveredText(of: april.periodKey, kind: .month, sources: april.sources) == "none")
        #expect(String(decoding: none.written(as: .csv), as: UTF8.self).hasSuffix("Syria,2023-04,killed,35,35,35,3,35,none\n"))
        // A file of `none` rows alone covers nothing, and says so again.
        let alone = try Ingest.run(IngestRequest(files: [writeFile(head + "Syria,2023-04,killed,35,35,35,3,35,none\n")], config: config))
        #expect(alone.coverage == nil)
        #expect(String(decoding: alone.written(as: .csv), as: UTF8.self).hasSuffix(",none\n"))
        // An interval row with an empty covered (as tally wrote them before) claims no
        // day; tally now writes the days, read back as written.
        let interval = try Ingest.run(IngestRequest(files: [writeFile(head + "Syria,2019-10/2019-12,killed,9,9,9,1,9,\nSyria,2019-11,killed,4,4,4,4,4,\n")],
                                                    config: config))
        #expect(interval.coverage == Coverage(first: CalendarDay("2019-11-01")!, last: CalendarDay("2019-11-30")!))
        let said = try Ingest.run(IngestRequest(files: [writeFile(head + "Syria,2019-10/2019-12,killed,9,9,9,1,9,2019-10-20/2019-12-05\n")],
                                                config: config))
        #expect(said.coverage == Coverage(first: CalendarDay("2019-10-20")!, last: CalendarDay("2019-12-05")!))
        #expect(String(decoding: said.written(as: .csv), as: UTF8.self).hasSuffix("Syria,2019-10/2019-12,killed,9,9,9,1,9,2019-10-20/2019-12-05\n"))
    }

    /// Review20b L10: a monthly table whose March row says covered 1..10 March (a
    /// source silent 11..31 March) read back by quarter made Q1 complete (the runs
    /// joined 10 March to 1 April). The days a row's covered leaves out of its period
    /// stay uncovered, so every longer period holding them is partial.
    @Test func aPeriodCoveredInPartStaysPartialInALongerPeriod() throws {
        let head = "country,period,measure,low,best,high,events,estimate,covered\n"
        let rows = "Iraq,2023-01,killed,310,310,310,31,310,\nIraq,2023-02,killed,280,280,280,28,280,\n"
            + "Iraq,2023-03,killed,100,100,100,10,100,2023-03-01/2023-03-10\nIraq,2023-04,killed,300,300,300,30,300,\n"
        let config = AggregationConfig(grouping: Grouping([.country]), period: .quarter)
        let out = try Ingest.run(IngestRequest(files: [writeFile(head + rows)], config: config))
        let d = CalendarDay.init(_:)
        #expect(out.coverage?.runs == [d("2023-01-01")! ... d("2023-03-10")!, d("2023-04-01")! ... d("2023-04-30")!])
        let q1 = out.result.rows.first { $0.period == "2023-Q1" }!
        #expect(out.datasets.coveredText(of: q1.periodKey, kind: .quarter, sources: q1.sources) == "2023-01-01/2023-03-10")
        // Read back by month, March says again what it said.
        let byMonth = try Ingest.run(IngestRequest(files: [writeFile(head + rows)], config: AggregationConfig(grouping: Grouping([.country]), period: .month)))
        #expect(String(decoding: byMonth.written(as: .csv), as: UTF8.self).contains("Iraq,2023-03,killed,100,100,100,10,100,2023-03-01/2023-03-10\n"))
        #expect(DatasetCoverages.unclaimed(periods: [d("2023-03-01")! ... d("2023-03-31")!, d("2023-04-01")! ... d("2023-04-30")!],
                                           claimed: [d("2023-03-01")! ... d("2023-03-10")!, d("2023-03-16")! ... d("2023-04-30")!])
                == [d("2023-03-11")! ... d("2023-03-15")!])
    }

    /// review9d #16: a weekly table read back by month put 2019-W44 (28 October to
    /// 3 November) in October while November claimed coverage from 1 November. A row
    /// of a table is the total of every day of its period: it counts in a period only
    /// when it lies within it, else it goes to the interval row (the date-span rule's),
    /// with --count-at-start too; sums are unchanged.
    @Test func aTableRowAcrossTwoPeriodsGoesToAnIntervalRow() throws {
        let head = "country,period,measure,low,best,high,events,estimate,covered\n"
        let weeks = writeFile(head + "Syria,2019-W43,killed,10,10,10,10,10,\nSyria,2019-W44,killed,7,7,7,7,7,\n"
                              + "Syria,2019-W45,killed,5,5,5,5,5,\nSyria,2020-W01,killed,3,3,3,3,3,\n", name: "weeks.csv")
        for atStart in [false, true] {
            let monthly = try aggregate([weeks], period: .month, countAtStart: atStart)
            #expect(monthly.outputRows.map { "\($0.period)=\($0.estimate.best)" }
                    == ["2019-10=10", "2019-10/2019-11=7", "2019-11=5", "2019-12/2020-01=3"], "count at start: \(atStart)")
            let yearly = try aggregate([weeks], period: .year, countAtStart: atStart)
            #expect(yearly.outputRows.map { "\($0.period)=\($0.estimate.best)" } == ["2019=22", "2019/2020=3"])
        }
        // A month read by week was counted in its first week with --count-at-start.
        let month = writeFile(head + "Syria,2019-11,killed,30,30,30,30,30,\n", name: "month.csv")
        #expect(try aggregate([month], period: .week, countAtStart: true).outputRows.map(\.period) == ["2019-W44/2019-W48"])
    }

    /// review9d #1: inputs ending in different months in one table. Rows alone cannot
    /// say that an input has no row in a period, so read back as one dataset Iraq's
    /// November made Syria's look covered. Such a table is written with
    /// `covered_by_input` (CSV and JSON) and refused when read back; inputs that cover
    /// the table's periods alike keep `covered`.
    @Test func inputsCoveredDifferentlyAreRefusedOnReadBack() throws {
        func days(_ country: String, from: String, to last: String) -> String {
            var rows = "id,date_start,country,measure,best\n"
            var day = CalendarDay(from)!
            while day <= CalendarDay(last)! { rows += "\(country)\(day),\(day),\(country),killed,3\n"; day = day.adding(days: 1) }
            return rows
        }
        let syria = writeFile(days("Syria", from: "2019-09-01", to: "2019-10-31"), name: "syria.csv")
        let iraq = writeFile(days("Iraq", from: "2019-09-01", to: "2019-12-31"), name: "iraq.csv")
        let config = AggregationConfig(grouping: Grouping([.country]), period: .month)
        let both = try Ingest.run(IngestRequest(files: [syria, iraq], config: config))
        #expect(!both.coveredAlike())
        for format in [OutputFormat.csv, .json] {
            let text = String(decoding: both.written(as: format), as: UTF8.self)
            #expect(text.contains("covered_by_input"))
            #expect(!text.contains("\"covered\"") && !text.contains(",covered\n"))
            #expect {
                try Ingest.run(IngestRequest(files: [writeFile(text, name: "two.\(format.rawValue)")], config: config))
            } throws: { error in
                let text = (error as? TallyError)?.description ?? ""
                return text.contains("cover different days") && text.contains("file of its own")
            }
        }
        // Whole months alike (both to 31 October): `covered`, read back as written.
        let iraqOct = writeFile(days("Iraq", from: "2019-09-01", to: "2019-10-31"), name: "iraq10.csv")
        let alike = try Ingest.run(IngestRequest(files: [syria, iraqOct], config: config))
        #expect(alike.coveredAlike())
        let text = String(decoding: alike.written(as: .csv), as: UTF8.self)
        #expect(text.hasPrefix("country,period,measure,low,best,high,events,estimate,covered\n"))
        #expect(try Ingest.run(IngestRequest(files: [writeFile(text, name: "alike.csv")], config: config)).coverage
                == Coverage(first: CalendarDay("2019-09-01")!, last: CalendarDay("2019-10-31")!))
    }

    /// review9d #16: a dataset of stocks alone (members observed 15 February and
    /// 15 June) held the run's coverage at 15 June although the killed records cover
    /// June to its last day, so `latest` was May. Stocks hold back no flow's coverage;
    /// alone, they are the coverage.
    @Test func aStocksOnlyDatasetDoesNotHoldBackTheFlows() throws {
        var flows = "date_start,country,actor,measure,best\n"
        var day = CalendarDay("2023-01-01")!
        while day <= CalendarDay("2023-06-30")! { flows += "\(day),Syria,ISIS,killed,1\n"; day = day.adding(days: 1) }
        let stocks = "date_start,country,actor,measure,best\n2023-02-15,Syria,ISIS,members,5000\n2023-06-15,Syria,ISIS,members,6000\n"
        let config = AggregationConfig(grouping: Grouping([.actor]), period: .month)
        let both = try Ingest.run(IngestRequest(files: [writeFile(flows, name: "fl.csv"), writeFile(stocks, name: "stk.csv")], config: config))
        #expect(both.coverage == Coverage(first: CalendarDay("2023-01-01")!, last: CalendarDay("2023-06-30")!))
        // The stock row still says its own days.
        let june = both.result.rows.first { $0.period == "2023-06" && $0.measure == "members" }!
        #expect(both.datasets.coveredText(of: june.periodKey, kind: .month, sources: june.sources) == "2023-06-01/2023-06-15")
        let alone = try Ingest.run(IngestRequest(files: [writeFile(stocks, name: "stk.csv")], config: config))
        #expect(alone.coverage == Coverage(first: CalendarDay("2023-02-15")!, last: CalendarDay("2023-06-15")!))
    }
}
