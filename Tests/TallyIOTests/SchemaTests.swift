import Foundation
import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// A UCDP GED-shaped file written by hand (a subset of GED's columns, in GED's order):
/// row 2 has high < best and row 3 low > best, as some real GED rows do; dates are
/// known to the day (1), the month (4), the year (5) and the week (2).
let gedHeader = "id,year,type_of_violence,conflict_name,side_a,side_b,adm_1,adm_2,country,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,low,best,high\n"
let gedRows = """
1,2017,1,Syria: Government,Government of Syria,"National Front for Liberation, SNA",Idlib Governorate,Ariha district,Syria,1,2017-03-02,2017-03-02,2,3,1,0,5,6,8
2,2017,3,IS - Civilians,IS,Civilians,Aleppo Governorate,,Syria,4,2017-03-10,2017-03-30,0,0,4,0,4,4,3
3,2017,1,Syria: Government,Government of Syria,"National Front for Liberation, SNA",Idlib Governorate,,Syria,5,2017-06-01,2017-12-31,1,1,0,0,3,2,2
4,2018,2,HTS - NFL,HTS,"National Front for Liberation, SNA",Idlib Governorate,,Syria,2,2018-01-05,2018-01-08,1,1,0,0,2,2,2

"""

func ingest(_ files: [String], by keys: [GroupKey] = [.country], extra: [String] = [], period: PeriodKind = .year,
            filter: RecordFilter = RecordFilter(), schema: Schema = .auto,
            workers: Int? = nil, blockSize: Int = 1 << 22) throws(TallyError) -> IngestOutcome {
    try Ingest.run(IngestRequest(files: files,
                                 config: AggregationConfig(grouping: Grouping(keys, extraColumns: extra), period: period),
                                 filter: filter, collectSources: true, workers: workers, blockSize: blockSize,
                                 schema: schema))
}

@Suite struct UCDPSchema {
    /// Issue 10: a GED row whose best lies outside its own range (real GED has best 2,
    /// low 3, high 2) is widened to the envelope of its figures as it is read, best
    /// unchanged, so no sum and no label ("2 (3–2)" before) shows a reversed range.
    @Test func rowsOutOfOrderAreWidenedToTheirEnvelope() throws {
        let f = writeFile(gedHeader + gedRows)
        let o = try ingest([f], schema: .ucdpGED)
        // Row 2: 4/4/3 → 3/4/4; row 3: 3/2/2 → 2/2/3. 2017: low 5+3+2, best 6+4+2, high 8+4+3.
        #expect(csvText(o.result) == """
        country,period,measure,low,best,high,events,estimate
        Syria,2017,civilians_killed,5,5,5,3,5
        Syria,2017,killed,10,12,15,3,12 (10–15)
        Syria,2018,civilians_killed,0,0,0,1,0
        Syria,2018,killed,2,2,2,1,2

        """)
        #expect(o.rangeQuirks.rows == 2)
        #expect(o.rangeQuirks.highBelowBest == 1)
        #expect(o.rangeQuirks.lowAboveBest == 1)
        #expect(o.rangeQuirks.lowLoweredBy == 1 + 1)
        #expect(o.rangeQuirks.highRaisedBy == 1 + 1)
        #expect(o.sources == ["UCDP GED"])
        #expect(o.files.map(\.schema) == [.ucdpGED])
    }

    /// Every way a best can lie outside its range, one row each, read alone: the
    /// cell is the envelope, its display never reversed, and what moved is counted.
    @Test(arguments: [
        // low, best, high → low, high of the cell, display
        (3, 2, 2, 2, 3, "2 (2–3)"),          // low above best (GED: 2, low 3, high 2)
        (4, 4, 3, 3, 4, "4 (3–4)"),          // high below best
        (6, 5, 4, 4, 6, "5 (4–6)"),          // both: low above, high below
        (2, 5, 2, 2, 5, "5 (2–5)"),          // low = high below best: was shown as "5"
        (9, 5, 9, 5, 9, "5 (5–9)"),          // low = high above best
        (0, 1, 0, 0, 1, "1 (0–1)"),
        (7, 7, 7, 7, 7, "7"),                // in order: unchanged
        (5, 6, 8, 5, 8, "6 (5–8)"),
    ])
    func eachRowOutOfOrderIsWidened(row: (Int, Int, Int, Int, Int, String)) throws {
        let (low, best, high, wantLow, wantHigh, shown) = row
        let f = writeFile(gedHeader + "1,2017,1,C,A,B,X,,Syria,1,2017-03-02,2017-03-02,0,0,0,0,\(low),\(best),\(high)\n")
        let o = try ingest([f], filter: RecordFilter(measures: ["killed"]), schema: .ucdpGED)
        let e = try #require(o.result.rows.first?.estimate)
        #expect(e == Estimate(unchecked: Int64(wantLow), best: Int64(best), high: Int64(wantHigh)))
        #expect(e.display == shown)
        let outOfOrder = low > best || high < best
        #expect(o.rangeQuirks.rows == (outOfOrder ? 1 : 0))
        #expect(o.rangeQuirks.lowLoweredBy == Int64(low - wantLow))
        #expect(o.rangeQuirks.highRaisedBy == Int64(wantHigh - high))
    }

    /// Random GED triples, summed by month: every cell is a valid estimate (low ≤ best
    /// ≤ high, which `Estimate.init` checks), its best the published sum, its low and
    /// high the sums of each row's least and largest figure.
    @Test func everyCellOfRandomTriplesIsAValidEstimate() throws {
        var rng = SplitMix64(seed: 0x5EED_0010)
        var text = gedHeader
        var sums: [String: (Int64, Int64, Int64)] = [:]
        for i in 0 ..< 400 {
            let (a, b, c) = (Int64(rng.next() % 6), Int64(rng.next() % 6), Int64(rng.next() % 6))
            let month = String(format: "2017-%02d", 1 + Int(rng.next() % 3))
            text += "\(i),2017,1,C,A,B,X,,Syria,1,\(month)-02,\(month)-02,0,0,0,0,\(a),\(b),\(c)\n"
            let s = sums[month, default: (0, 0, 0)]
            sums[month] = (s.0 + min(a, b, c), s.1 + b, s.2 + max(a, b, c))
        }
        let o = try ingest([writeFile(text)], period: .month, filter: RecordFilter(measures: ["killed"]), schema: .ucdpGED)
        #expect(o.result.rows.count == sums.count)
        for r in o.result.rows {
            let s = try #require(sums[r.period])
            let e = r.estimate
            #expect(try Estimate(low: e.low, best: e.best, high: e.high) == e)
            #expect(e.low == s.0 && e.best == s.1 && e.high == s.2)
        }
    }

    @Test func autoDetectsTheSchemaFromTheHeader() throws {
        #expect(Schema.detect(header: gedHeader.dropLast().split(separator: ",").map(String.init)) == .ucdpGED)
        #expect(Schema.detect(header: acledHeader.dropLast().split(separator: ",").map(String.init)) == .acled)
        #expect(Schema.detect(header: nativeHeader.dropLast().split(separator: ",").map(String.init)) == .native)
        #expect(Schema.detect(header: ["what", "ever"]) == .native)
        let f = writeFile(gedHeader + gedRows)
        #expect(try ingest([f]).result == ingest([f], schema: .ucdpGED).result)
    }

    @Test func actorIsSideAAndCoalitionsStayOneValue() throws {
        let f = writeFile(gedHeader + gedRows)
        let o = try ingest([f], by: [.actor], period: .all, filter: RecordFilter(measures: ["killed"]))
        #expect(csvText(o.result) == """
        actor,period,measure,low,best,high,events,estimate
        Government of Syria,all,killed,7,8,11,2,8 (7–11)
        HTS,all,killed,2,2,2,1,2
        IS,all,killed,3,4,4,1,4 (3–4)

        """)
        let b = try ingest([f], extra: ["side_b"], period: .all, filter: RecordFilter(measures: ["killed"]))
        #expect(csvText(b.result) == """
        country,side_b,period,measure,low,best,high,events,estimate
        Syria,Civilians,all,killed,3,4,4,1,4 (3–4)
        Syria,"National Front for Liberation, SNA",all,killed,9,10,13,3,10 (9–13)

        """)
    }

    @Test func byTwoSourceColumnsAfterTheCanonicalKeys() throws {
        let f = writeFile(gedHeader + gedRows)
        let o = try ingest([f], by: [.adm1], extra: ["type_of_violence", "side_b"], period: .all,
                           filter: RecordFilter(measures: ["civilians_killed"]))
        #expect(csvText(o.result) == """
        country,adm_1,type_of_violence,side_b,period,measure,low,best,high,events,estimate
        Syria,Aleppo Governorate,3,Civilians,all,civilians_killed,4,4,4,1,4
        Syria,Idlib Governorate,1,"National Front for Liberation, SNA",all,civilians_killed,1,1,1,2,1
        Syria,Idlib Governorate,2,"National Front for Liberation, SNA",all,civilians_killed,0,0,0,1,0

        """)
    }

    @Test func unknownByColumnIsAUsageError() throws {
        let f = writeFile(gedHeader + gedRows)
        #expect(throws: TallyError.self) { try ingest([f], extra: ["side_c"]) }
        do {
            _ = try ingest([f], extra: ["side_c"])
        } catch {
            #expect(error.exitCode == 64)
            #expect(error.message.contains("unknown key 'side_c'"))
        }
    }

    @Test func datePrecisionCoarserThanThePeriodIsCounted() throws {
        let f = writeFile(gedHeader + gedRows)
        // Precisions: day, month, year, week (one row each).
        #expect(try ingest([f], period: .day).coarseDateRows == 3)
        #expect(try ingest([f], period: .week).coarseDateRows == 2)
        #expect(try ingest([f], period: .month).coarseDateRows == 1)
        #expect(try ingest([f], period: .quarter).coarseDateRows == 1)
        #expect(try ingest([f], period: .year).coarseDateRows == 0)
        #expect(try ingest([f], period: .all).coarseDateRows == 0)
        // Only rows that went into the result count.
        let y2018 = try ingest([f], period: .day, filter: RecordFilter(from: CalendarDay("2018-01-01")))
        #expect(y2018.coarseDateRows == 1)
        let p = try ingest([f]).datePrecisions
        #expect([p.day, p.week, p.month, p.quarter, p.year] as [Int] == [1, 1, 1, 0, 1])
    }

    @Test func badPrecisionCodeNamesLineAndColumn() throws {
        let f = writeFile(gedHeader + gedRows.replacingOccurrences(of: "Syria,5,2017-06-01", with: "Syria,9,2017-06-01"))
        #expect(throws: TallyError.data("\(f):4: column 'date_prec': \"9\" is not a precision code (UCDP date_prec 1–5)")) {
            try ingest([f])
        }
    }

    @Test func hxlTagRowUnderTheHeaderIsSkipped() throws {
        let tags = ",,,,#group+name+first,#group+name+second,#adm1+name,#adm2+name,#country+name,,#date+start,#date+end,,,,,,#affected+killed,\n"
        let plain = writeFile(gedHeader + gedRows)
        let tagged = writeFile(gedHeader + tags + gedRows)
        let o = try ingest([tagged], by: [.adm2], period: .month)
        #expect(o.result == (try ingest([plain], by: [.adm2], period: .month)).result)
        #expect(o.files.map(\.skippedTagRow) == [true])
        #expect(o.rowsRead == 4)
        // Tiny blocks put the tag row in a block of its own.
        for size in [40, 64, 200, 300] {
            #expect(try ingest([tagged], period: .month, workers: 2, blockSize: size).result
                    == ingest([plain], period: .month).result)
        }
        // Line numbers still count the tag row.
        let bad = writeFile(gedHeader + tags + gedRows.replacingOccurrences(of: "2017-03-10", with: "2017-13-10"))
        #expect(throws: TallyError.data("\(bad):4: column 'date_start': \"2017-13-10\" is not a valid date (expected YYYY-MM-DD)")) {
            try ingest([bad])
        }
    }

    @Test func aTagRowIsOnlySkippedRightUnderTheHeader() throws {
        let f = writeFile(nativeHeader + "1,2023-01-01,,Mali,,,,killed,1,1,1,x\n#c,#d,,,,,,,,,,\n")
        #expect(throws: TallyError.self) { try ingest([f]) }
    }

    @Test func missingColumnsAreNamedWithTheSchema() throws {
        let f = writeFile(nativeHeader + "1,2023-01-01,,Mali,,,,killed,1,1,1,x\n")
        #expect(throws: TallyError.data("\(f):1: missing required column 'event_date' for --schema acled (the header has: \(nativeHeader.dropLast()))")) {
            try ingest([f], schema: .acled)
        }
    }

    @Test func ucdpAndNativeFilesFormOneDataset() throws {
        let dir = scratchDirectory()
        let a = writeFile(gedHeader + gedRows, name: "ged.csv", in: dir)
        let b = writeFile(nativeHeader + "9,2017-05-01,,Syria,,,,killed,1,1,1,x\n", name: "native.csv", in: dir)
        let o = try ingest([a, b], filter: RecordFilter(measures: ["killed"]))
        // 2017: the GED rows widened (10/12/15) and the native row (1/1/1).
        #expect(o.result.rows.first?.estimate == Estimate(unchecked: 11, best: 13, high: 16))
        #expect(o.files.map(\.schema) == [.ucdpGED, .native])
        #expect(o.sources == ["UCDP GED", "x"])
    }
}

/// An ACLED-shaped file written by hand (ACLED's column names; no ACLED data):
/// both date forms ACLED exports use, and time_precision 1 (day), 2 (week), 3 (month).
let acledHeader = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,actor1,actor2,country,admin1,admin2,location,source,notes,fatalities\n"
let acledRows = """
SYR1,2023-04-03,2023,1,Political violence,Battles,Military Forces of Syria (2000-),Hayat Tahrir al-Sham,Syria,Idlib,Ariha,Ariha,SOHR,"Clashes, shelling",3
SYR2,03 April 2023,2023,2,Political violence,Explosions/Remote violence,Islamic State (Syria),Civilians (Syria),Syria,Deir ez Zor,Al Mayadin,Al Mayadin,Syria Direct; SOHR,"An ""IED"" exploded",5
SYR3,15 May 2023,2023,3,Political violence,Violence against civilians,Islamic State (Syria),Civilians (Syria),Syria,Deir ez Zor,Al Mayadin,Thiban,SOHR,,0
AFG1,3 Apr 2023,2023,1,Political violence,Battles,Taliban,Islamic State (Afghanistan),Afghanistan,Balkh,Nahri Shahi,Mazar-e-Sharif,Tolo News,,6

"""

@Suite struct ACLEDSchema {
    @Test func readsBothDateFormsAndFatalitiesAsExactKilled() throws {
        let f = writeFile(acledHeader + acledRows)
        let o = try ingest([f], period: .month)
        #expect(o.files.map(\.schema) == [.acled])
        #expect(csvText(o.result) == """
        country,period,measure,low,best,high,events,estimate
        Afghanistan,2023-04,killed,6,6,6,1,6
        Syria,2023-04,killed,8,8,8,2,8
        Syria,2023-05,killed,0,0,0,1,0

        """)
        #expect(o.sources == ["ACLED"])
        #expect(o.firstDay == CalendarDay("2023-04-03"))
        #expect(o.lastDay == CalendarDay("2023-05-15"))
    }

    @Test func admin1Admin2AndActor1() throws {
        let f = writeFile(acledHeader + acledRows)
        let o = try ingest([f], by: [.adm2, .actor], period: .all, schema: .acled)
        #expect(o.result.rows.map { "\($0.adm1!)|\($0.adm2!)|\($0.actor!)|\($0.estimate.best)" } == [
            "Balkh|Nahri Shahi|Taliban|6",
            "Deir ez Zor|Al Mayadin|Islamic State (Syria)|5",
            "Idlib|Ariha|Military Forces of Syria (2000-)|3",
        ])
        #expect(try ingest([f], extra: ["event_type"], period: .all).result.rows.map(\.extras) == [
            ["Battles"], ["Battles"], ["Explosions/Remote violence"], ["Violence against civilians"],
        ])
    }

    @Test func timePrecisionCounts() throws {
        let f = writeFile(acledHeader + acledRows)
        #expect(try ingest([f], period: .day).coarseDateRows == 2)
        #expect(try ingest([f], period: .week).coarseDateRows == 1)
        #expect(try ingest([f], period: .month).coarseDateRows == 0)
    }

    @Test func badDateNamesTheFormsAccepted() throws {
        let f = writeFile(acledHeader + acledRows.replacingOccurrences(of: "15 May 2023", with: "May 15 2023"))
        #expect(throws: TallyError.data("\(f):4: column 'event_date': \"May 15 2023\" is not a valid date (expected 2016-05-28, 28 May 2016, 28/05/2016 or 28-May-16)")) {
            try ingest([f])
        }
    }
}
