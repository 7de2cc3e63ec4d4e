import Foundation
import Testing
import TallyTestSupport
import TallyCore
@testable import TallyIO

/// Three reports of one raid (killed), one of its injured, two reports of a bombing
/// that straddles a month end, and a row without an incident value.
let incidentFile = """
id,date_start,country,adm_1,actor,measure,low,best,high,source,incident
a1,2023-04-05,Afghanistan,Balkh,Taliban,killed,6,6,6,Taliban spokesman,raid-1
a2,2023-04-03,Afghanistan,Balkh,Taliban,killed,5,7,9,Police,raid-1
a3,2023-04-04,Afghanistan,Kabul,Taliban,killed,4,8,12,Wire,raid-1
b1,2023-04-30,Afghanistan,Balkh,IS,killed,1,1,1,x,bomb-2
b2,2023-05-01,Afghanistan,Balkh,IS,killed,2,3,4,y,bomb-2
c1,2023-04-10,Afghanistan,Balkh,IS,killed,10,10,10,z,
a4,2023-04-03,Afghanistan,Balkh,Taliban,injured,2,2,2,Police,raid-1

"""

@Suite struct IncidentMerging {
    @Test func reportsMergeBeforeSumming() throws {
        // raid-1 killed: low min(6,5,4)=4, high max(6,9,12)=12, bests 6,7,8 → 7, dated
        // 2023-04-03 (a2) in Balkh. bomb-2: low 1, high 4, bests 1,3 → lower median 1,
        // dated 2023-04-30 (April). c1: 10. Killed in April: 15/18/26 from 3 incidents.
        let f = writeFile(incidentFile)
        let o = try ingest([f], by: [.adm1], period: .month)
        #expect(csvText(o.result) == """
        country,adm_1,period,measure,low,best,high,events,estimate
        Afghanistan,Balkh,2023-04,injured,2,2,2,1,2
        Afghanistan,Balkh,2023-04,killed,15,18,26,3,18 (15–26)

        """)
        #expect(o.incidents == {
            var s = IncidentSummary()
            s.reports = 6; s.incidents = 3; s.incidentsInResult = 3; s.reportsInResult = 6
            return s
        }())
        #expect(o.rowsRead == 7)
    }

    @Test func actorAndPlaceComeFromTheEarliestReport() throws {
        let f = writeFile(incidentFile)
        let o = try ingest([f], by: [.actor], period: .all, filter: RecordFilter(measures: ["killed"]))
        #expect(o.result.rows.map { "\($0.actor!) \($0.estimate.low)/\($0.estimate.best)/\($0.estimate.high!) \($0.events)" }
                == ["IS 11/11/14 2", "Taliban 4/7/12 1"])
    }

    @Test func filtersApplyToTheMergedIncident() throws {
        let f = writeFile(incidentFile)
        // raid-1 starts 2023-04-03, before --from: all its reports drop out together,
        // even a3, dated 2023-04-04.
        let from = try ingest([f], period: .all, filter: RecordFilter(from: CalendarDay("2023-04-04")))
        #expect(from.result.rows.map { "\($0.measure) \($0.estimate.best) \($0.events)" } == ["killed 11 2"])
        #expect(from.incidents.incidentsInResult == 1)
        #expect(from.incidents.reportsInResult == 2)
        // Place filters see the merged incident's place (Balkh), not a3's Kabul.
        let kabul = try ingest([f], by: [.adm1], period: .all)
        #expect(!kabul.result.rows.contains { $0.adm1 == "Kabul" })
    }

    @Test func sameDayReportsPickKeysInByteOrderWhateverTheRowOrder() throws {
        let header = "date_start,country,adm_1,measure,best,incident\n"
        let rows = ["2023-01-01,Mali,Kidal,killed,3,x", "2023-01-01,Mali,Gao,killed,5,x", "2023-01-01,Mali,Timbuktu,killed,4,x"]
        for order in [[0, 1, 2], [2, 1, 0], [1, 2, 0]] {
            let f = writeFile(header + order.map { rows[$0] }.joined(separator: "\n") + "\n")
            let r = try ingest([f], by: [.adm1]).result
            #expect(r.rows.count == 1)
            #expect(r.rows[0].adm1 == "Gao")
            #expect(r.rows[0].estimate == Estimate(unchecked: 3, best: 4, high: 5))
        }
    }

    @Test func unboundedAndApproximateReportsCarryThrough() throws {
        let f = writeFile("date_start,country,measure,estimate,incident\n2023-01-01,Mali,killed,at least 12,k\n2023-01-02,Mali,killed,about 10,k\n2023-01-02,Mali,killed,8,\n")
        let r = try ingest([f]).result
        // Merged: low 10, bests 12,10 → 10, high unbounded, approximate; plus the exact 8.
        #expect(r.rows[0].estimate == Estimate(unchecked: 18, best: 18, high: nil, approximate: true))
        #expect(r.rows[0].events == 2)
    }

    /// review38 S2: reports "5 to 8" (7 by rule) and "10" merge to 7 of 5–10, a best no
    /// report gave: shown as the range, and no percentage is taken from it.
    @Test func aMidpointChosenAsTheMergedBestIsNotStated() throws {
        let h = "date_start,country,measure,estimate,incident\n"
        let two = try ingest([writeFile(h + "2023-02-10,Syria,killed,5 to 8,i1\n2023-02-10,Syria,killed,10,i1\n")]).result
        #expect(two.rows[0].estimate.best == 7)
        #expect(!two.rows[0].estimate.bestStated)
        #expect(two.rows[0].estimate.display == "5–10")
        let reversed = try ingest([writeFile(h + "2023-02-10,Syria,killed,10,i1\n2023-02-11,Syria,killed,5 to 8,i1\n")]).result
        #expect(!reversed.rows[0].estimate.bestStated)
        #expect(reversed.rows[0].estimate.best == 7)
        // A third report makes the lower median a stated figure.
        let three = try ingest([writeFile(h + "2023-02-10,Syria,killed,5 to 8,i1\n2023-02-10,Syria,killed,10,i1\n2023-02-10,Syria,killed,12,i1\n")]).result
        #expect(three.rows[0].estimate.display == "10 (5–12)")
        // A stock incident likewise.
        let stock = try ingest([writeFile(h + "2023-02-10,Syria,members,\"5,000 to 7,000\",u\n2023-02-10,Syria,members,\"10,000\",u\n")]).result
        #expect(stock.rows[0].estimate.display == "5,000–10,000")
    }

    @Test func stockIncidentIsOneObservation() throws {
        let f = writeFile("date_start,country,actor,measure,best,incident\n2023-02-01,Iraq;Syria,IS,members,5000,un\n2023-02-03,Iraq;Syria,IS,members,7000,un\n2023-02-02,Iraq;Syria,IS,members,6500,\n")
        let r = try ingest([f], period: .month).result
        // The incident is dated 2023-02-01 (its earliest report), so the latest
        // observation in February is the single 6,500 row of 2023-02-02.
        #expect(r.rows.map(\.estimate.best) == [6500])
        #expect(r.rows[0].events == 1)
    }

    @Test func incidentsAcrossFilesMerge() throws {
        let dir = scratchDirectory()
        let a = writeFile("date_start,country,measure,best,incident\n2023-03-01,Mali,killed,4,k\n", name: "a.csv", in: dir)
        let b = writeFile("incident,best,measure,country,date_start\nk,6,killed,Mali,2023-02-28\n", name: "b.csv", in: dir)
        let r = try ingest([a, b], period: .month).result
        #expect(r.rows.map { "\($0.period) \($0.estimate.low)/\($0.estimate.best)/\($0.estimate.high!) \($0.events)" }
                == ["2023-02 4/4/6 1"])
    }

    /// review30 S12: two monitors each numbering their incidents 1, 2 … were merged:
    /// Iraq's 50 deaths went into Syria's range (`Syria,2023,killed,22,22,50`), exit 0.
    @Test func twoMonitorsNumberingTheirIncidentsAreRefused() throws {
        let dir = scratchDirectory()
        let a = writeFile("date_start,country,measure,best,incident,source\n2023-04-01,Syria,killed,10,1,monitorA\n"
            + "2023-04-02,Syria,killed,12,2,monitorA\n", name: "a.csv", in: dir)
        let b = writeFile("date_start,country,measure,best,incident,source\n2023-05-01,Iraq,killed,20,1,monitorB\n"
            + "2023-05-02,Iraq,killed,30,2,monitorB\n", name: "b.csv", in: dir)
        let message = "\(a):2: incident \"1\" (measure killed) is reported in Syria here and in Iraq on \(b):2: reports of one "
            + "incident are one event in one place, and merged, one country's figures would go into the other's; make incident "
            + "values unique per source (two monitors each numbering their incidents 1, 2 … share no incident: prefix them, "
            + "A-1 and B-1), or leave the incident column out; if it is one event across a border, give every report of it "
            + "the same country (a joint region such as \"Syria;Iraq\")"
        // Whatever the order files are given or read in, the first row in file order is named.
        #expect(throws: TallyError.data(message)) { try ingest([a, b], period: .year) }
        for workers in [1, 3] {
            #expect(throws: TallyError.self) { try ingest([b, a], by: [.actor], period: .all, workers: workers) }
        }
        // Stocks too, and a measure on its own.
        let s1 = writeFile("date_start,country,measure,best,incident\n2023-04-01,Syria,members,100,1\n", name: "s1.csv", in: dir)
        let s2 = writeFile("date_start,country,measure,best,incident\n2023-04-01,Iraq,members,300,1\n", name: "s2.csv", in: dir)
        #expect(throws: TallyError.self) { try ingest([s1, s2], period: .month) }
        // In one file, months apart (and without source): refused naming both rows.
        let one = writeFile("date_start,country,measure,best,incident\n2023-04-01,Syria,killed,10,1\n"
            + "2023-04-03,Syria,injured,4,1\n2023-09-01,Syria,killed,500,1\n", name: "one.csv", in: dir)
        #expect(throws: TallyError.data("\(one):2: incident \"1\" (measure killed): the report here ends 2023-04-01, the one on "
            + "\(one):4 starts 2023-09-01, 153 days apart: reports of one incident are one event, and no report of it lies more "
            + "than 31 days from another; make incident values unique per source (two monitors each numbering their incidents "
            + "1, 2 … share no incident: prefix them, A-1 and B-1), or leave the incident column out")) {
            try ingest([one], period: .month)
        }
        // A joint region and one of its members are two places too: the report's country decides its group.
        let joint = writeFile("date_start,country,measure,best,incident\n2023-04-01,Iraq;Syria,killed,10,x\n"
            + "2023-04-01,Syria,killed,12,x\n", name: "joint.csv", in: dir)
        #expect(throws: TallyError.self) { try ingest([joint], period: .month) }
    }

    /// Reports days apart, a span that meets a later report, a report dated to its month,
    /// the same country spelt two ways: one event, merged as before.
    @Test func reportsOfOneEventStillMerge() throws {
        let f = writeFile("date_start,date_end,country,measure,best,date_precision,incident\n"
            + "2023-01-10,2023-03-01,Syria,killed,10,,siege\n2023-03-20,,Syrian Arab Republic,killed,14,,siege\n"
            + "2023-05-01,,Syria,killed,3,month,m\n2023-05-31,,Syria,killed,5,,m\n2023-06-25,,Syria,killed,7,,m\n")
        let r = try ingest([f], period: .all).result
        #expect(r.rows.map { "\($0.country!) \($0.estimate.low)/\($0.estimate.best)/\($0.estimate.high!) \($0.events)" }
                == ["Syria 13/15/21 2"])
    }

    @Test func nativeDatePrecisionColumn() throws {
        let f = writeFile("date_start,country,measure,best,date_precision,incident\n"
            + "2023-03-01,Mali,killed,1,,\n2023-03-01,Mali,killed,1,month,\n2023-01-01,Mali,killed,1,year,\n"
            + "2023-03-02,Mali,killed,1,week,i\n2023-03-03,Mali,killed,1,day,i\n")
        let o = try ingest([f], period: .month)
        #expect(o.coarseDateRows == 1)
        #expect(try ingest([f], period: .day).coarseDateRows == 3)
        let p = o.datePrecisions
        #expect([p.day, p.week, p.month, p.quarter, p.year] as [Int] == [2, 1, 1, 0, 1])
        let bad = writeFile("date_start,country,measure,best,date_precision\n2023-03-01,Mali,killed,1,fortnight\n")
        #expect(throws: TallyError.data("\(bad):2: column 'date_precision': \"fortnight\" is not a precision (use day, week, month, quarter or year)")) {
            try ingest([bad])
        }
    }
}

/// Random native rows with incident values shared across the file (so reports of one
/// incident land in different blocks) and every date precision.
func randomIncidentDataset(rows: Int, seed: UInt64) -> String {
    var rng = SplitMix64(seed: seed)
    let countries = ["Syria", "Iraq", "Iraq;Syria", "Mali"]
    let adm1s = ["Aleppo", "", "Kidal", "North, \"Upper\""]
    let actors = ["IS", "Taliban", "National Front for Liberation, SNA", ""]
    let measures = ["killed", "killed", "injured", "members"]
    let precisions = ["", "day", "week", "month", "quarter", "year"]
    func quote(_ s: String) -> String {
        s.contains(",") || s.contains("\"") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
    var out = "id,date_start,country,adm_1,actor,measure,low,best,high,date_precision,incident,source\n"
    for i in 0 ..< rows {
        var day = CalendarDay(year: 2020, month: 1, day: 1)!.adding(days: Int.random(in: 0 ..< 900, using: &rng))
        let best = Int.random(in: 0 ... 40, using: &rng)
        let low = best - Int.random(in: 0 ... best, using: &rng)
        let high = best + Int.random(in: 0 ... 9, using: &rng)
        let n = Int.random(in: 0 ..< 3, using: &rng) == 0 ? -1 : Int.random(in: 0 ..< rows / 4, using: &rng)
        let incident = n < 0 ? "" : "inc-\(n)"
        var country = countries.randomElement(using: &rng)!
        if n >= 0 {
            // Reports of one incident are one event: one country, days within a fortnight
            // (reports further apart, or in two countries, are refused: review30 S12).
            country = countries[n % countries.count]
            day = CalendarDay(year: 2020, month: 1, day: 1)!.adding(days: (n * 37) % 890 + Int.random(in: 0 ..< 14, using: &rng))
        }
        let fields = [String(i), day.description, quote(country),
                      quote(adm1s.randomElement(using: &rng)!), quote(actors.randomElement(using: &rng)!),
                      measures.randomElement(using: &rng)!, String(low), String(best), String(high),
                      precisions.randomElement(using: &rng)!, incident, "wire"]
        out += fields.joined(separator: ",") + "\n"
    }
    return out
}

@Suite struct IncidentProperties {
    @Test(arguments: [31, 32, 33])
    func chunkedParallelEqualsSequential(seed: UInt64) throws {
        let f = writeFile(randomIncidentDataset(rows: 2000, seed: seed))
        for keys in [[GroupKey.country], [.adm1, .actor]] {
            for period in [PeriodKind.week, .month, .year] {
                let filter = RecordFilter(from: CalendarDay("2020-03-01"), to: CalendarDay("2021-12-31"))
                let sequential = try ingest([f], by: keys, period: period, filter: filter, workers: 1)
                for (workers, size) in [(4, 257), (2, 1031), (3, 4096)] {
                    let chunked = try ingest([f], by: keys, period: period, filter: filter, workers: workers, blockSize: size)
                    #expect(sequential.result == chunked.result)
                    #expect(sequential.datePrecisions == chunked.datePrecisions)
                    #expect(sequential.coarseDateRows == chunked.coarseDateRows)
                    #expect(sequential.incidents == chunked.incidents)
                    #expect(sequential.sources == chunked.sources)
                }
                #expect(sequential.incidents.reports > sequential.incidents.incidents)
                #expect(sequential.coarseDateRows > 0 || period == .year)
            }
        }
    }

    @Test(arguments: [41, 42])
    func mergedIncidentsKeepLowBestHighOrderAndCountIncidents(seed: UInt64) throws {
        let f = writeFile(randomIncidentDataset(rows: 1500, seed: seed))
        let o = try ingest([f], by: [], period: .all, filter: RecordFilter(measures: ["killed"]))
        for row in o.result.rows {
            #expect(row.estimate.low <= row.estimate.best)
            #expect(row.estimate.best <= row.estimate.high!)
        }
        // events = incidents + rows without an incident value.
        let text = try String(contentsOfFile: f, encoding: .utf8)
        let killedRows = text.split(separator: "\n").dropFirst().filter { $0.contains(",killed,") }
        let plain = killedRows.filter { $0.hasSuffix(",,wire") }.count
        let incidents = Set(killedRows.filter { !$0.hasSuffix(",,wire") }.map { $0.split(separator: ",").reversed()[1] }).count
        #expect(o.result.rows.map(\.events) == [Int64(plain + incidents)])
    }
}

@Suite struct UCDPChunking {
    @Test func realSyriaFileChunkedEqualsSequential() throws {
        let f = datasetPath("ucdp/ucdp_ged_syria_2016_2019.csv")
        let sequential = try ingest([f], by: [.adm1], period: .month, workers: 1)
        let chunked = try ingest([f], by: [.adm1], period: .month, workers: 3, blockSize: 50_000)
        #expect(sequential.result == chunked.result)
        #expect(sequential.rangeQuirks == chunked.rangeQuirks)
        #expect(sequential.datePrecisions == chunked.datePrecisions)
    }
}
