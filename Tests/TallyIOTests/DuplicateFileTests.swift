import Foundation
import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// Issue 9 item 9: one file named twice is read once, however it is spelled.
@Suite struct DuplicateFiles {
    let text = nativeHeader + "1,2023-02-15,,Syria,,,IS,killed,5,5,5,x\n2,2023-02-16,,Iraq,,,IS,killed,2,2,2,x\n"

    func run(_ files: [String]) throws -> IngestOutcome {
        try Ingest.run(IngestRequest(files: files, config: AggregationConfig(grouping: Grouping([]), period: .all)))
    }

    /// Rows are compared without their actors (review20b O8), so two files of other
    /// events, three rows each of one day and place with the same small figures, are
    /// taken for a copy: refused, and the message gives --overlap both, which reads them.
    @Test func aCopyByChanceSaysHowToCountBoth() throws {
        let h = "id,date_start,date_end,country,adm_1,actor,measure,estimate\n"
        func rows(_ p: String, _ actors: [String]) -> String {
            zip(actors, [3, 4, 5]).enumerated().map { "\(p)\($0.offset),2023-05-06,2023-05-06,Syria,Idlib,\($0.element.0),killed,\($0.element.1)\n" }.joined()
        }
        let a = writeFile(h + rows("a", ["Army", "HTS", "HTS"]), name: "army.csv"), b = writeFile(h + rows("b", ["ISIS", "SDF", "SDF"]), name: "sdf.csv")
        let m = errorOf { _ = try run([a, b]) }?.message ?? "(no error)"
        #expect(m.hasPrefix("\(b) holds the same 3 rows as \(a)") && m.hasSuffix("a copy; read both, every event in them would be counted twice: give one of them; "
            + "rows are compared without their actors (which exports spell variously): if the two files' actors differ and they are other events only "
            + "alike in their dates, places, measures and figures, give --overlap both"), "\(m)")
        var r = IngestRequest(files: [a, b], config: AggregationConfig(grouping: Grouping([]), period: .all))
        r.overlap = .both
        #expect(try Ingest.run(r).result.rows.map(\.estimate.best) == [24])
    }

    @Test func everySpellingOfOneFileIsReadOnce() throws {
        let dir = scratchDirectory()
        let a = writeFile(text, name: "a.csv", in: dir)
        try FileManager.default.createSymbolicLink(atPath: dir + "/sym.csv", withDestinationPath: a)
        try FileManager.default.createSymbolicLink(atPath: dir + "/rel.csv", withDestinationPath: "a.csv")
        try FileManager.default.linkItem(atPath: a, toPath: dir + "/hard.csv")
        let spellings = [a, dir + "/./a.csv", dir + "//a.csv", dir + "/../" + (dir as NSString).lastPathComponent + "/a.csv",
                         dir + "/sym.csv", dir + "/rel.csv", dir + "/hard.csv"]
        for other in spellings {
            let o = try run([a, other])
            #expect(o.result.rows.map(\.estimate) == [.exactly(7)], "\(other)")
            #expect(o.rowsRead == 2)
            #expect(o.duplicateFiles == ["\(other) is the same file as \(a): read once"])
        }
        let all = try run(spellings)
        #expect(all.result.rows.map(\.estimate) == [.exactly(7)])
        #expect(all.duplicateFiles.count == spellings.count - 1)
    }

    /// Files of one size are compared by a hash of their bytes first (1,100 one-row
    /// files were each reopened once per file before them): a copy among many files of
    /// the same size is still found, and the others, one byte apart, are all read.
    @Test func aCopyAmongManyFilesOfOneSizeIsFound() throws {
        let dir = scratchDirectory()
        let files = (0 ..< 40).map { i in
            writeFile("id,date_start,country,measure,best\nr\(i % 10)\(i / 10),2023-04-03,Syria,killed,1\n", name: "f\(i).csv", in: dir)
        }
        let copy = writeFile(try String(contentsOfFile: files[17], encoding: .utf8), name: "copy.csv", in: dir)
        let o = try run(files + [copy])
        #expect(o.result.rows.map(\.estimate) == [.exactly(40)])
        #expect(o.duplicateFiles == ["\(copy) holds the same bytes as \(files[17]): read once"])
    }

    @Test func aCopyIsReadOnce() throws {
        let dir = scratchDirectory()
        // A byte-for-byte copy (a download saved twice) is the same file: read once and
        // said, ids or not (review 9c: without an id column nothing else could tell its
        // rows apart, and every figure was counted twice, with no note).
        let a = writeFile(text, name: "a.csv", in: dir)
        let b = writeFile(text, name: "b.csv", in: dir)
        let o = try run([a, b])
        #expect(o.rowsRead == 2)
        #expect(o.result.rows.map(\.estimate) == [.exactly(7)])
        #expect(o.duplicateFiles == ["\(b) holds the same bytes as \(a): read once"])
        let noIds = text.split(separator: "\n").map { $0.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)[1] }
            .joined(separator: "\n") + "\n"
        let c = writeFile(noIds, name: "c.csv", in: dir)
        let d = writeFile(noIds, name: "d.csv", in: dir)
        let p = try run([c, d])
        #expect(p.result.rows.map(\.estimate) == [.exactly(7)])
        #expect(p.duplicateFiles == ["\(d) holds the same bytes as \(c): read once"])
        // A file of other bytes with the same records (a CRLF copy): its ids settle it,
        // each event counted once (issue 11 item 7); only records without ids are
        // refused as a copy (review 9d #6: they were counted twice).
        let e = writeFile(text.replacingOccurrences(of: "\n", with: "\r\n"), name: "e.csv", in: dir)
        let crlf = try run([a, e])
        #expect(crlf.result.rows.map(\.estimate) == [.exactly(7)])
        #expect(crlf.duplicates.dropped == 2)
        let g = writeFile(noIds, name: "g.csv", in: dir)
        let h = writeFile(noIds.replacingOccurrences(of: "\n", with: "\r\n"), name: "h.csv", in: dir)
        #expect((errorOf { _ = try run([g, h]) })?.message.hasPrefix("\(h) holds the same 2 records as \(g)") == true)
        let f = writeFile(text + "3,2023-02-17,,Iraq,,,IS,killed,1,1,1,x\r\n", name: "f.csv", in: dir)
        let q = try run([a, f])
        #expect(q.result.rows.map(\.estimate) == [.exactly(8)])
        #expect(q.duplicates.dropped == 2)
    }
}

/// Review 10c F3 (remainder): rows repeated within one file without ids, the mark of a
/// file appended to another or to itself, counted twice with no word said.
@Suite struct RepeatsWithinOneFile {
    let header = "date_start,country,measure,best\n"

    func run(_ text: String, blockSize: Int = 1 << 22, workers: Int? = nil, overlap: OverlapRule = .refuse) throws -> IngestOutcome {
        var r = IngestRequest(files: [writeFile(text)], config: AggregationConfig(grouping: Grouping([]), period: .all),
                              workers: workers, blockSize: blockSize)
        r.overlap = overlap
        return try Ingest.run(r)
    }

    func refusal(_ text: String) -> String? {
        do { _ = try run(text); return nil } catch let error as TallyError { return "\(error.exitCode) \(error.description)" } catch { return "\(error)" }
    }

    /// `cat a.csv >> a.csv`: the header comes again mid-file. Refused (65) at its line,
    /// saying what happened, not "\"date_start\" is not a valid date"; a header of
    /// another file (its columns in another order) is refused too, since its rows would
    /// be read into the wrong columns.
    @Test func aHeaderLineMidFileIsRefusedNamingIt() throws {
        let a = header + "2023-01-01,Mali,killed,3\n2023-01-02,Mali,killed,4\n"
        let again = refusal(a + a)
        #expect(again?.hasPrefix("65 ") == true, "\(again ?? "accepted")")
        #expect(again?.contains(":4: this line repeats the header (the file's column names)") == true, "\(again ?? "")")
        #expect(again?.contains("cat a.csv >> b.csv") == true)
        // Spaces, case and a byte-order mark do not hide it; nor does CRLF.
        let loud = refusal(a + "\u{FEFF}DATE_START, Country,measure,best\r\n2023-01-03,Mali,killed,5\n")
        #expect(loud?.contains(":4: this line repeats the header") == true, "\(loud ?? "accepted")")
        let other = refusal(a + "country,date_start,best,measure\nMali,2023-01-05,9,killed\n")
        #expect(other?.contains(":4: this line is a header (column names) unlike the file's own") == true, "\(other ?? "accepted")")
        // With more columns than the header: still a header line, not "expected 4 fields".
        let wider = refusal(a + "date_start,country,measure,best,source\n")
        #expect(wider?.contains(":4: this line is a header") == true, "\(wider ?? "accepted")")
        // A row that merely holds one column's name is an ordinary bad row.
        let bad = refusal(a + "2023-01-03,country,killed,x\n")
        #expect(bad?.contains("header") == false, "\(bad ?? "accepted")")
        // UCDP appended to itself: refused at the second header (line 16,609).
        let syria = try String(contentsOfFile: packageRoot + "/Datasets/ucdp/ucdp_ged_syria_2016_2019.csv", encoding: .utf8)
        let twice = refusal(syria + syria)
        #expect(twice?.contains(".csv:16609: this line repeats the header") == true, "\(twice ?? "accepted")")
    }

    /// `tail -n +2 b.csv >> a.csv` of the same rows: no header to see. A stretch of days
    /// repeated row after row is refused (review28 S8: a run of 8 rows or more over two
    /// days or more, each repeating an earlier row); with `--overlap both`, rows without an
    /// id that repeat an earlier record (however spaced or quoted) are counted each time
    /// (two events can have the same figures) and counted in `duplicates`, across blocks
    /// and workers.
    @Test func exactRepeatsWithoutIdsAreCountedAndSaid() throws {
        var rows = ""
        for i in 0 ..< 3000 { rows += "2023-01-\(String(format: "%02d", 1 + i % 28)),Mali,killed,\(i)\n" }
        for blockSize in [1 << 22, 4096] {
            let refused = refusal(header + rows + rows)
            #expect(refused?.hasPrefix("65 ") == true && refused?.contains("each repeating an earlier row of the same input") == true, "\(refused ?? "read")")
            let o = try run(header + rows + rows + "2023-01-01,Mali,killed,0 \n", blockSize: blockSize, workers: 2, overlap: .both)
            #expect(o.rowsRead == 6001)
            // The last row, `0 ` with a space, is the same record as the first (review16 #4).
            #expect(o.duplicates.sameRowsWithoutId == 3001, "block \(blockSize)")
            #expect(o.duplicates.uncheckedWithoutId == 0)
            #expect(o.result.rows.first?.estimate.best == Int64(2 * (0 ..< 3000).reduce(0, +)))   // counted each time
        }
        let once = try run(header + rows)
        #expect(once.duplicates.sameRowsWithoutId == 0 && !once.duplicates.any)
        // Rows with ids are the id rule's: a repeat is counted once, as before.
        let ids = "id," + header + "1,2023-01-01,Mali,killed,3\n1,2023-01-01,Mali,killed,3\n"
        let withIds = try run(ids)
        #expect(withIds.duplicates.withinFile == 1 && withIds.duplicates.sameRowsWithoutId == 0)
        #expect(withIds.result.rows.first?.estimate.best == 3)
    }

    /// The table is bounded: past its slots rows are looked up but not added, and the
    /// count says it is a lower bound.
    @Test func theFingerprintTableIsBounded() {
        let table = RowFingerprints(maximumSlots: 64)
        let first = (1 ... 100).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        first.withUnsafeBufferPointer { table.add($0) }
        first.withUnsafeBufferPointer { table.add($0) }
        let d = table.drain()
        #expect(d.repeats == 48)       // 48 fit in 64 slots at three quarters full
        #expect(d.unchecked == 52 + 52)
        // Drained: the next input's rows are its own; the first input's are kept, so
        // its records are met (not repeats), and past the room nothing is added.
        first.prefix(3).withUnsafeBufferPointer { table.add($0) }
        let next = table.drain()
        #expect(next.repeats == 0 && next.unchecked == 3 && next.crossing == 3)
        #expect(next.shared == [.init(input: 0, rows: 3)])
        // The first input was not all in the table: "contains it" cannot be said.
        #expect(next.contains == nil && next.containedIn == 0)
    }

    /// Records of one input met in another: counted per earlier input, and an input
    /// whose every record is in another (either way round) is named.
    @Test func recordsOfOtherInputsAreCountedAndContainmentFound() {
        let key = { (i: Int) in UInt64(i) &* 0x9E37_79B9_7F4A_7C15 &+ 0x1234_5678 }
        let table = RowFingerprints(maximumSlots: 1024)
        let a = (0 ..< 10).map(key), b = (5 ..< 12).map(key), c = (0 ..< 4).map(key) + (0 ..< 4).map(key)
        a.withUnsafeBufferPointer { table.add($0) }
        #expect(table.drain() == RowFingerprints.Drained())
        b.withUnsafeBufferPointer { table.add($0) }
        let db = table.drain()
        #expect(db.crossing == 5 && db.shared == [.init(input: 0, rows: 5)] && db.containedIn == nil && db.contains == nil)
        // c: 4 records twice, all in a: contained in a (every row), and its repeats are its own.
        c.withUnsafeBufferPointer { table.add($0) }
        let dc = table.drain()
        #expect(dc.repeats == 4 && dc.crossing == 8 && dc.containedIn == 0)
        // d holds all of b's 7 records and one more: it contains b (input 1), whose
        // rows are not all in it the other way.
        let d = (5 ..< 13).map(key)
        d.withUnsafeBufferPointer { table.add($0) }
        let dd = table.drain()
        #expect(dd.contains == 1 && dd.containedIn == nil, "\(dd)")
        #expect(dd.shared == [.init(input: 0, rows: 5), .init(input: 1, rows: 7)])
    }

    /// Issue 9: the inputs' numbers are kept in 8 bits a slot for the first 255 inputs,
    /// then widened to 16: records of inputs read before and after the widening are still
    /// named by their input (an input over 255, one under, and one sharing both).
    @Test func ownersAreWidenedPastTwoHundredAndFiftyFiveInputs() {
        let key = { (i: Int) in UInt64(i) &* 0x9E37_79B9_7F4A_7C15 &+ 0x5151_0000 }
        let table = RowFingerprints(maximumSlots: 1 << 14)
        // Input k holds records 2k and 2k + 1 of its own.
        for k in 0 ..< 300 {
            [key(2 * k), key(2 * k + 1)].withUnsafeBufferPointer { table.add($0) }
            let d = table.drain()
            #expect(d.crossing == 0 && d.repeats == 0, "input \(k)")
        }
        // One record each of inputs 3, 254, 255 and 299, and one new.
        [key(6), key(508), key(510), key(598), key(5_000)].withUnsafeBufferPointer { table.add($0) }
        let d = table.drain()
        #expect(d.crossing == 4)
        #expect(d.shared == [.init(input: 3, rows: 1), .init(input: 254, rows: 1), .init(input: 255, rows: 1), .init(input: 299, rows: 1)], "\(d.shared)")
        // Both records of input 200 (read before the widening): contained in it.
        [key(400), key(401)].withUnsafeBufferPointer { table.add($0) }
        let e = table.drain()
        #expect(e.shared == [.init(input: 200, rows: 2)] && e.containedIn == 200, "\(e)")
    }
}

/// Review16 #4 (within one input): a repeat quoted otherwise (`"2023-04-01","Syria",…`
/// after `2023-04-01,Syria,…`, a headerless append of an R-style copy) got no note.
@Suite struct RepeatsWrittenOtherwise {
    @Test func aQuotedOrSpacedRepeatIsNoted() throws {
        let h = "date_start,country,adm_1,measure,best\n"
        let rows = "2023-04-01,Syria,Alep \u{E9},killed,10\n2023-04-02,Syria,Idlib,killed,20\n"
        let quoted = "\"2023-04-01\",\"Syria\",\"Alep \u{E9}\",\"killed\",10\n\"2023-04-02\",\"Syria\",\"Idlib\",\"killed\",20\n"
        let spaced = "2023-04-01, Syria, Alep \u{E9} ,killed, 10\n"
        for (w, bs) in [(1, 1 << 20), (2, 48)] {
            let o = try Ingest.run(IngestRequest(files: [writeFile(h + rows + quoted + spaced)],
                                                 config: AggregationConfig(grouping: Grouping([.country]), period: .all), workers: w, blockSize: bs))
            #expect(o.result.rows.map(\.estimate.best) == [70])    // counted each time
            #expect(o.duplicates.sameRowsWithoutId == 3, "workers \(w)")
            #expect(o.duplicateCountNotes.contains { $0.hasPrefix("3 rows without an id repeat an earlier row of the same input (the same date, place, measure and figures") })
        }
        // Another figure or day is another record.
        let other = try Ingest.run(IngestRequest(files: [writeFile(h + rows + "2023-04-01,Syria,Alep \u{E9},killed,11\n2023-04-03,Syria,Idlib,killed,20\n")],
                                                 config: AggregationConfig(grouping: Grouping([.country]), period: .all)))
        #expect(other.duplicates.sameRowsWithoutId == 0)
    }
}

/// The canonical names in a record's key are looked up by the bytes as written
/// (``NameHashCache``, room for 8,192 spellings a parser): past that room, and across
/// workers, an NFD spelling is still the NFC record and one other letter another record.
@Suite struct RecordKeysPastTheNameCache {
    static let count = 10_000
    static func rows(nfd: Bool, changeLast: Bool = false) -> String {
        (0 ..< count).reversed().map { i in
            let accent = changeLast && i == count - 1 ? "a" : nfd ? "e\u{301}" : "\u{E9}"
            return "2020-01-\(String(format: "%02d", 1 + i % 28)),Mali,Lieu \(accent) \(i),D\(i),killed,\(i % 7)\n"
        }.joined()
    }
    let h = "date_start,country,adm_1,adm_2,measure,best\n"

    func run(_ files: [String], overlap: OverlapRule = .refuse) throws -> IngestOutcome {
        var r = IngestRequest(files: files, config: AggregationConfig(grouping: Grouping([.country]), period: .all),
                              workers: 2, blockSize: 1 << 16)
        r.overlap = overlap
        return try Ingest.run(r)
    }

    @Test func spellingsPastTheCacheAreStillTheirRecords() throws {
        let nfc = writeFile(h + Self.rows(nfd: false))
        let nfd = writeFile(h + Self.rows(nfd: true))
        let e = errorOf { _ = try run([nfc, nfd]) }
        #expect(e?.exitCode == 65 && e?.message.contains(" holds the same ") == true, "\(String(describing: e))")
        // One letter other in one row (dated 2020-01-04; not an accent, which the overlap
        // check's place comparison folds, ``LoosePlace``): the two read as overlapping
        // exports that differ on that day only (refused by default); read both
        // (`--overlap both`), 9,999 rows are records of the first input.
        let other = writeFile(h + Self.rows(nfd: true, changeLast: true))
        let refused = errorOf { _ = try run([nfc, other]) }
        #expect(refused?.message.contains("differ on 1 day: 2020-01-04") == true, "\(String(describing: refused))")
        let o = try run([nfc, other], overlap: .both)
        #expect(o.duplicates.acrossInputsWithoutId == Self.count - 1)
        #expect(o.duplicates.sameRowsWithoutId == 0)
        // Both spellings in one input: every NFD row repeats an NFC record (a stretch of
        // days repeated: refused unless --overlap both, review28 S8).
        let joined = writeFile(h + Self.rows(nfd: false) + Self.rows(nfd: true))
        #expect(errorOf { _ = try run([joined]) }?.message.contains("each repeating an earlier row of the same input") == true)
        let both = try run([joined], overlap: .both)
        #expect(both.duplicates.sameRowsWithoutId == Self.count)
        #expect(both.rowsRead == 2 * Self.count)
    }
}

/// Review16 #6: tally's own output read back by a glob (`tally aggregate data/*.csv`
/// after `-o data/total.csv`) was added to the records it was made from: April 70 for 35.
@Suite struct TablesWithRecords {
    let table = "country,period,measure,low,best,high,events,estimate,covered\nSyria,2023-04,killed,35,35,35,3,35,2023-04-01/2023-04-03\n"
    let records = "date_start,country,measure,best\n2023-04-01,Syria,killed,10\n2023-04-02,Syria,killed,20\n2023-04-03,Syria,killed,5\n"

    func run(_ files: [String], period: PeriodKind = .month, by: [GroupKey] = [.country]) throws -> IngestOutcome {
        try Ingest.run(IngestRequest(files: files, config: AggregationConfig(grouping: Grouping(by), period: period)))
    }

    @Test func aTableWithRecordsIsRefusedNamingIt() throws {
        let dir = scratchDirectory()
        let t = writeFile(table, name: "total.csv", in: dir), r = writeFile(records, name: "a.csv", in: dir)
        let json = writeFile("[{\"country\":\"Syria\",\"period\":\"2023-05\",\"measure\":\"killed\",\"low\":1,\"best\":1,\"high\":1,\"events\":1,\"estimate\":\"1\",\"covered\":\"\"}]\n",
                             name: "t.json", in: dir)
        let json4 = writeFile("[{\"country\":\"Syria\",\"period\":\"2023-04\",\"measure\":\"killed\",\"low\":35,\"best\":35,\"high\":35,\"events\":3,\"estimate\":\"35\",\"covered\":\"\"}]\n",
                              name: "t4.json", in: dir)
        for (tab, files) in [(t, [r, t]), (t, [t, r]), (json4, [r, json4])] {
            let e = errorOf { _ = try run(files) }
            #expect(e?.exitCode == 65, "\(files)")
            #expect(e?.message.hasPrefix("\(tab) is a table (a period column, as tally aggregate writes) and \(files.first { $0 != tab }!) holds event records, both with figures for Syria killed from 2023-04-01 to 2023-04-03") == true, "\(String(describing: e))")
        }
        // Alone, each reads.
        #expect(try run([t]).result.rows.map(\.estimate.best) == [35])
        #expect(try run([r]).result.rows.map(\.estimate.best) == [35])
        // A table of other days than the records' (May beside April; April beside June)
        // cannot hold their events: read together (refused before 2026-12-04).
        #expect(try run([r, json]).result.rows.map(\.estimate.best) == [35, 1])
        let june = writeFile(records.replacingOccurrences(of: "2023-04", with: "2023-06"), name: "b.csv", in: dir)
        #expect(try run([june, t]).result.rows.map(\.estimate.best) == [35, 35])
    }

    /// Review18 #9: a table like tally's own without its `events` and `covered` columns
    /// (cut in a spreadsheet, or made by hand), beside the records it was made from, was
    /// read as records: every event counted twice, exit 0. Any table (a `period` column)
    /// sharing a country and measure and some days with event records is refused; by
    /// month, quarter or week, with an actor column or without a country column.
    @Test func aTableWithoutEventsOrCoveredBesideItsRecordsIsRefused() throws {
        let dir = scratchDirectory()
        let r = writeFile(records, name: "a.csv", in: dir)
        let withActor = writeFile("date_start,country,actor,measure,best\n2023-04-01,Syria,A,killed,10\n2023-04-02,Syria,B,killed,20\n2023-04-03,Syria,A,killed,5\n",
                                  name: "actors.csv", in: dir)
        let tables: [(name: String, text: String, records: String, period: PeriodKind)] = [
            ("cut.csv", "country,period,measure,low,best,high,estimate\nSyria,2023-04,killed,35,35,35,35\n", r, .month),
            ("hand.csv", "period,country,measure,best\n2023-04,Syria,killed,35\n", r, .month),
            ("quarter.csv", "period,country,measure,best\n2023-Q2,Syria,killed,35\n", r, .quarter),
            ("week.csv", "period,country,measure,best\n2023-W13,Syria,killed,35\n", r, .week),
            ("actor.csv", "country,actor,period,measure,best\nSyria,A,2023-04,killed,15\nSyria,B,2023-04,killed,20\n", withActor, .month),
            ("nocountry.csv", "actor,period,measure,best\nA,2023-04,killed,15\nB,2023-04,killed,20\n", withActor, .month),
        ]
        for t in tables {
            let tab = writeFile(t.text, name: t.name, in: dir)
            for files in [[t.records, tab], [tab, t.records]] {
                let e = errorOf { _ = try run(files, period: t.period, by: t.name == "nocountry.csv" ? [.actor] : [.country]) }
                #expect(e?.exitCode == 65, "\(t.name) \(files)")
                #expect(e?.message.hasPrefix("\(tab) is a table (a period column, as tally aggregate writes) and \(t.records) holds event records, both with figures for ") == true,
                        "\(String(describing: e))")
                #expect(e?.message.contains("--overlap both") == true)
            }
            // Alone it reads: 35.
            #expect(try run([tab], period: t.period, by: t.name == "nocountry.csv" ? [.actor] : [.country]).result.rows.map(\.estimate.best).reduce(0, +) == 35, "\(t.name)")
        }
        // Honest mixes read: a table of another country, measure or month; and, given
        // --overlap both, a table of another source's figures for the same days.
        let others = [
            "period,country,measure,best\n2023-04,Iraq,killed,7\n",
            "period,country,measure,best\n2023-04,Syria,wounded,7\n",
            "period,country,measure,best\n2023-03,Syria,killed,7\n",
            "period,country,measure,best\n2023-W15,Syria,killed,7\n",
        ]
        for (i, text) in others.enumerated() {
            let tab = writeFile(text, name: "other\(i).csv", in: dir)
            let o = try run([r, tab], period: .year)
            #expect(o.result.rows.map(\.estimate.best).reduce(0, +) == 42, "\(text)")
        }
        let source = writeFile("period,country,measure,best\n2023-04,Syria,killed,50\n", name: "source.csv", in: dir)
        var request = IngestRequest(files: [r, source], config: AggregationConfig(grouping: Grouping([.country]), period: .month))
        request.overlap = .both
        let both = try Ingest.run(request)
        #expect(both.result.rows.map(\.estimate.best) == [85])
    }

    /// Issue 10: a table made by hand without a `period` column, one row per country and
    /// month with `date_start` the first and `date_end` the last day of the month, beside
    /// the records it sums, read every figure doubled (April 70 for 35, exit 0). A file
    /// whose every row spans a whole month, quarter or year, or 7 days (none of one day,
    /// none with an event id) is a table: refused beside records of its countries,
    /// measures and days, in either order, naming both.
    @Test func aTableDatedByWholePeriodsBesideItsRecordsIsRefused() throws {
        let dir = scratchDirectory()
        let r = writeFile(records, name: "a.csv", in: dir)
        let h = "date_start,date_end,country,measure,best\n"
        let tables: [(name: String, text: String, kind: String)] = [
            ("month.csv", h + "2023-04-01,2023-04-30,Syria,killed,35\n", "month"),
            ("events.csv", "date_start,date_end,country,measure,best,events\n2023-04-01,2023-04-30,Syria,killed,35,3\n", "month"),
            ("precision.csv", "date_start,date_precision,country,measure,best\n2023-04-01,month,Syria,killed,35\n", "month"),
            ("week.csv", h + "2023-03-27,2023-04-02,Syria,killed,30\n2023-04-03,2023-04-09,Syria,killed,5\n", "week"),
            // Weeks from Saturday (ACLED's) or Sunday (epidemiological weeks).
            ("saturday.csv", h + "2023-03-25,2023-03-31,Syria,killed,0\n2023-04-01,2023-04-07,Syria,killed,35\n", "week"),
            ("sunday.csv", h + "2023-03-26,2023-04-01,Syria,killed,10\n2023-04-02,2023-04-08,Syria,killed,25\n", "week"),
            ("quarter.csv", h + "2023-04-01,2023-06-30,Syria,killed,35\n", "quarter"),
            ("year.csv", h + "2023-01-01,2023-12-31,Syria,killed,35\n", "year"),
            ("mixed.csv", h + "2023-03-01,2023-03-31,Syria,killed,0\n2023-04-01,2023-06-30,Syria,killed,35\n", "month or quarter"),
        ]
        for t in tables {
            let tab = writeFile(t.text, name: t.name, in: dir)
            for files in [[r, tab], [tab, r]] {
                let e = errorOf { _ = try run(files, period: .year) }
                #expect(e?.exitCode == 65, "\(t.name) \(files)")
                // The days of the table's first figure that the records share (a week to
                // 2 April: 1 and 2 April; until review28 R4, the table's first to last day).
                let to = ["week.csv": "02", "sunday.csv": "01"][t.name] ?? "03"
                #expect(e?.message.hasPrefix("\(tab) is a table by \(t.kind) (every row's date_start to date_end is a whole \(t.kind) and none has an event id) and \(r) holds event records, both with figures for Syria killed from 2023-04-01 to 2023-04-\(to): ") == true,
                        "\(String(describing: e))")
                #expect(e?.message.contains("--overlap both") == true)
            }
            // Alone it reads: 35.
            #expect(try run([tab], period: .year).result.rows.map(\.estimate.best) == [35], "\(t.name)")
        }
        // Read as before: another country's, measure's or year's table; --overlap both
        // (another source's monthly figures); rows with event ids (a UCDP extract whose
        // events are dated only to their months); one file of both kinds (read as
        // records: tally cannot tell a month's total from an event dated to its month).
        for text in [h + "2023-04-01,2023-04-30,Iraq,killed,7\n", h + "2023-04-01,2023-04-30,Syria,wounded,7\n",
                     h + "2022-01-01,2022-12-31,Syria,killed,7\n",
                     "id,date_start,date_end,country,measure,best\n9,2023-04-01,2023-04-30,Syria,killed,7\n",
                     h + "2023-04-01,2023-04-30,Syria,killed,4\n2023-04-05,2023-04-05,Syria,killed,3\n2023-04-06,2023-04-06,Syria,killed,0\n"] {
            let tab = writeFile(text, name: "other.csv", in: dir)
            #expect(try run([r, tab], period: .all).result.rows.map(\.estimate.best).reduce(0, +) == 42, "\(text)")
            #expect(try run([tab, r], period: .all).result.rows.map(\.estimate.best).reduce(0, +) == 42, "\(text)")
        }
        let month = writeFile(h + "2023-04-01,2023-04-30,Syria,killed,50\n", name: "source.csv", in: dir)
        var request = IngestRequest(files: [r, month], config: AggregationConfig(grouping: Grouping([.country]), period: .month))
        request.overlap = .both
        #expect(try Ingest.run(request).result.rows.map(\.estimate.best) == [85])
        // Two tables by month of other countries or months read together.
        let another = writeFile(h + "2023-05-01,2023-05-31,Syria,killed,1\n2023-04-01,2023-04-30,Iraq,killed,2\n", name: "another.csv", in: dir)
        #expect(try run([month, another], period: .year).result.rows.map(\.estimate.best) == [2, 51])
    }

    /// Issue 10, review28 S1: a table by period was seen only when every row spanned a
    /// whole calendar period, so a month to date, a first month begun mid-month, weeks
    /// to date, fortnights, dekads, exclusive ends (`04-01..05-01`), two months, a half
    /// year, a quarter or year to date, a correction row of one day, or months written
    /// as their 1st days made it "records", and beside its own events every figure was
    /// doubled, exit 0 (main at 2faa9bc: each of these read 35 + the table's figure).
    /// Now a file at least half of whose rows each give one figure for a span of days
    /// with no id, or whose every row is the 1st of a month (no end date, no id) in two
    /// months or more, is a table too: refused beside records of its days, in either
    /// order, with native records and with an ACLED export.
    @Test func aTableOfSpansOfDaysBesideItsRecordsIsRefused() throws {
        let dir = scratchDirectory()
        let r = writeFile(records, name: "a.csv", in: dir)
        let acled = writeFile("""
            event_id_cnty,event_date,year,time_precision,disorder_type,event_type,actor1,actor2,country,admin1,admin2,location,source,notes,fatalities
            SYR1,2023-04-01,2023,1,Political violence,Battles,X,,Syria,Idlib,Idlib,Idlib,Local,n1,10
            SYR2,2023-04-02,2023,1,Political violence,Battles,X,,Syria,Idlib,Idlib,Idlib,Local,n2,20
            SYR3,2023-04-03,2023,1,Political violence,Battles,X,,Syria,Idlib,Idlib,Idlib,Local,n3,5

            """, name: "acled.csv", in: dir)
        let h = "date_start,date_end,country,measure,best\n"
        let spans = "a table of figures by period ("
        let tail = " one figure for a span of days, date_start to date_end, with no event id: "
        let tables: [(name: String, text: String, what: String, from: String, to: String)] = [
            ("mtd.csv", h + "2023-03-01,2023-03-31,Syria,killed,9\n2023-04-01,2023-04-03,Syria,killed,35\n", spans + "both its rows give" + tail, "04-01", "04-03"),
            ("midmonth.csv", h + "2023-03-15,2023-03-31,Syria,killed,9\n2023-04-01,2023-04-30,Syria,killed,35\n", spans + "both its rows give" + tail, "04-01", "04-03"),
            ("wtd.csv", h + "2023-03-27,2023-04-02,Syria,killed,30\n2023-04-03,2023-04-04,Syria,killed,5\n", spans + "both its rows give" + tail, "04-01", "04-02"),
            ("fortnight.csv", h + "2023-04-01,2023-04-14,Syria,killed,35\n2023-04-15,2023-04-28,Syria,killed,0\n", spans + "both its rows give" + tail, "04-01", "04-03"),
            ("dekad.csv", h + "2023-04-01,2023-04-10,Syria,killed,35\n2023-04-11,2023-04-20,Syria,killed,0\n2023-04-21,2023-04-30,Syria,killed,0\n",
             spans + "all 3 of its rows give" + tail, "04-01", "04-03"),
            ("exclusive.csv", h + "2023-03-01,2023-04-01,Syria,killed,9\n2023-04-01,2023-05-01,Syria,killed,35\n", spans + "both its rows give" + tail, "04-01", "04-01"),
            ("twomonths.csv", h + "2023-04-01,2023-05-31,Syria,killed,35\n", spans + "its one row gives" + tail, "04-01", "04-03"),
            ("half.csv", h + "2023-01-01,2023-06-30,Syria,killed,35\n", spans + "its one row gives" + tail, "04-01", "04-03"),
            ("qtd.csv", h + "2023-04-01,2023-05-28,Syria,killed,35\n", spans + "its one row gives" + tail, "04-01", "04-03"),
            ("ytd.csv", h + "2023-01-01,2023-04-03,Syria,killed,44\n", spans + "its one row gives" + tail, "04-01", "04-03"),
            ("correction.csv", h + "2023-04-01,2023-04-30,Syria,killed,34\n2023-05-01,2023-05-31,Syria,killed,0\n2023-04-15,2023-04-15,Syria,killed,1\n",
             spans + "2 of its 3 rows give" + tail, "04-01", "04-03"),
            ("precision.csv", "date_start,date_precision,country,measure,best\n2023-04-01,month,Syria,killed,34\n2023-05-01,day,Syria,killed,1\n",
             spans + "1 of its 2 rows gives" + tail, "04-01", "04-03"),
            ("rownumbers.csv", "id,date_start,date_end,country,measure,best\n1,2023-04-01,2023-04-30,Syria,killed,35\n2,2023-05-01,2023-05-31,Syria,killed,0\n",
             spans + "both its rows give one figure for a span of days, date_start to date_end, with no event id (its ids, 1 to 2, are the rows' numbers, not events'): ",
             "04-01", "04-03"),
            ("firstdays.csv", "date_start,country,measure,best\n2023-03-01,Syria,killed,9\n2023-04-01,Syria,killed,35\n",
             "a table by month written as its first days (every row is dated to the 1st of a month, with no date_end and no event id)", "04-01", "04-03"),
        ]
        for t in tables {
            let tab = writeFile(t.text, name: t.name, in: dir)
            for rec in [r, acled] {
                for files in [[rec, tab], [tab, rec]] {
                    let e = errorOf { _ = try run(files, period: .year) }
                    #expect(e?.exitCode == 65, "\(t.name) \(files)")
                    #expect(e?.message.hasPrefix("\(tab) is \(t.what)") == true, "\(String(describing: e))")
                    #expect(e?.message.contains(" and \(rec) holds event records, both with figures for Syria killed from 2023-\(t.from) to 2023-\(t.to): ") == true,
                            "\(String(describing: e))")
                    #expect(e?.message.contains("--overlap both") == true)
                }
            }
            var request = IngestRequest(files: [r, tab], config: AggregationConfig(grouping: Grouping([.country]), period: .all))
            request.overlap = .both
            #expect(try Ingest.run(request).result.rows.map(\.estimate.best).reduce(0, +) > 35, "\(t.name)")
        }
        // Read as before: events of one day with a few of several days among them (a
        // UCDP export with its ids cut: 64 of 16,566 rows), a table of other days or
        // countries, two events on one 1st (not months written as their first days).
        let controls = [
            h + "2023-04-01,2023-04-02,Syria,killed,1\n2023-04-05,2023-04-05,Syria,killed,1\n2023-04-06,2023-04-06,Syria,killed,1\n",
            h + "2023-05-01,2023-05-28,Syria,killed,3\n2023-04-01,2023-04-30,Iraq,killed,0\n",
            "date_start,country,measure,best\n2023-04-01,Syria,killed,1\n2023-04-01,Syria,killed,2\n2023-04-09,Syria,killed,0\n",
            // Ids that are not the rows' numbers: events' (a UCDP extract of events known
            // only to their months).
            "id,date_start,date_end,country,measure,best\n7,2023-04-01,2023-04-30,Syria,killed,1\n8,2023-04-01,2023-04-30,Syria,killed,2\n",
        ]
        for (i, text) in controls.enumerated() {
            let tab = writeFile(text, name: "control\(i).csv", in: dir)
            #expect(try run([r, tab], period: .all).result.rows.map(\.estimate.best).reduce(0, +) == 38, "\(text)")
            #expect(try run([tab, r], period: .all).result.rows.map(\.estimate.best).reduce(0, +) == 38, "\(text)")
        }
    }

    /// CI's fuzz-ingest (stop 29): an id-less event list whose rows often carry a
    /// `date_end` a few days on (events known to a span), split over two files, was
    /// refused as "a table of figures by period" beside its own other half: half its rows
    /// were spans of days. Spans that fall anywhere, none from a 1st or to a month's end,
    /// none of 7, 8, 14 or 15 days, none meeting another of its country and measure or
    /// repeating another row's days, are events: read, both halves summed, in either order.
    /// Tables whose spans are irregular but meet (weeks to date begun mid-week) or are
    /// shared (one reporting period for two countries), or whose every row is a span, stay
    /// tables, refused beside records of their days.
    @Test func anEventListOfSpansAnywhereCutInTwoIsRead() throws {
        let dir = scratchDirectory()
        let h = "date_start,date_end,country,measure,best\n"
        let a = writeFile(h + "2023-05-03,2023-05-06,Syria,killed,1\n2023-05-05,2023-05-09,Iraq,killed,2\n2023-05-07,,Syria,killed,4\n"
                          + "2023-05-30,2023-06-02,Yemen,killed,8\n2023-05-13,,Iraq,killed,16\n", name: "part1.csv", in: dir)
        let b = writeFile(h + "2023-05-04,,Syria,killed,32\n2023-05-05,,Syria,killed,64\n2023-05-08,2023-05-10,Syria,killed,128\n",
                          name: "part2.csv", in: dir)
        for files in [[a, b], [b, a]] {
            #expect(try run(files, period: .year).result.rows.map(\.estimate.best).reduce(0, +) == 255, "\(files)")
        }
        // review30 R5: a monitor's dense daily list, half its rows "between the 3rd and the
        // 5th", exported by start date in two files: its spans meet and repeat by chance,
        // and overlap one another, as a table's never do. Read, both summed.
        func dense(_ days: ClosedRange<Int>) -> String {
            func day(_ d: Int) -> String { d <= 30 ? String(format: "2023-04-%02d", d) : String(format: "2023-05-%02d", d - 30) }
            return h + days.map { d in "\(day(d)),\(day(d + 2)),Syria,killed,1\n\(day(d)),,Syria,killed,2\n" }.joined()
        }
        let early = writeFile(dense(20...29), name: "early.csv", in: dir), late = writeFile(dense(30...39), name: "late.csv", in: dir)
        for files in [[early, late], [late, early]] {
            #expect(try run(files, period: .year).result.rows.map(\.estimate.best).reduce(0, +) == 60, "\(files)")
        }
        let r = writeFile(records, name: "a.csv", in: dir)
        let tables = [
            // Weeks to date from a Wednesday: the 2nd and 3rd meet the one before.
            h + "2023-03-29,2023-04-04,Syria,killed,30\n2023-04-05,2023-04-06,Syria,killed,5\n2023-04-07,2023-04-09,Syria,killed,5\n2023-04-10,,Syria,killed,1\n2023-04-11,,Syria,killed,1\n",
            // One reporting period for two countries, and a day's correction each.
            h + "2023-03-27,2023-04-12,Syria,killed,35\n2023-03-27,2023-04-12,Iraq,killed,3\n2023-04-13,,Syria,killed,1\n",
            // Every row a span.
            h + "2023-03-27,2023-04-12,Syria,killed,35\n",
            // A pandas table by governorate and month, each row from its first to its last event
            // day, one governorate of a single event (review31 S11: read doubled after e0e8c6d):
            // no span crosses a month's end.
            "date_start,date_end,country,adm_1,measure,best\n2023-04-01,2023-04-03,Syria,Idlib,killed,30\n2023-04-02,2023-04-29,Syria,Aleppo,killed,9\n"
                + "2023-04-12,2023-04-12,Syria,Daraa,killed,3\n2023-05-04,2023-05-20,Syria,Idlib,killed,12\n",
        ]
        for (i, text) in tables.enumerated() {
            let tab = writeFile(text, name: "table\(i).csv", in: dir)
            for files in [[r, tab], [tab, r]] {
                let e = errorOf { _ = try run(files, period: .year) }
                #expect(e?.exitCode == 65 && e?.message.contains("\(tab) is a table of figures by period") == true, "\(i): \(String(describing: e))")
            }
        }
    }

    /// review30 S1 and S9: a table written one date a period other than the 1st (months
    /// as their last days: pandas' `resample('M')`, Excel's `EOMONTH`), or whose rows stand
    /// for several events each by an `events` column (tally's own `--period day` output
    /// with `period` renamed `date_start`, a hand-made weekly table of event counts), was
    /// read beside its own events, every figure doubled, exit 0. Refused now, in either
    /// order; a file whose rows all stand for one event is read as records.
    @Test func monthEndsAndSumsOfEventsBesideTheirRecordsAreRefused() throws {
        let dir = scratchDirectory()
        let r = writeFile(records, name: "a.csv", in: dir)
        let tables = [
            ("lastdays.csv", "date_start,country,measure,best\n2023-03-31,Syria,killed,9\n2023-04-30,Syria,killed,35\n",
             "is a table by month written as its last days (every row is dated to the last day of a month, with no date_end and no event id)"),
            ("days.csv", "country,date_start,measure,low,best,high,events,estimate,covered\nSyria,2023-04-01,killed,10,10,10,2,10,\nSyria,2023-04-02,killed,20,20,20,1,20,\n",
             "is a table of sums of events (a row without an event id stands for two events or more each, by its events column: a table's sums)"),
            ("weekly.csv", "date_start,country,adm_1,event_type,events,measure,best\n2023-04-03,Syria,Idlib,Battles,3,killed,7\n",
             "is a table of sums of events (a row without an event id stands for two events"),
        ]
        for (name, text, what) in tables {
            let tab = writeFile(text, name: name, in: dir)
            for files in [[r, tab], [tab, r]] {
                let e = errorOf { _ = try run(files, period: .year) }
                #expect(e?.exitCode == 65 && e?.message.hasPrefix("\(tab) \(what)") == true, "\(name): \(String(describing: e))")
            }
        }
        let ones = writeFile("date_start,country,measure,best,events\n2023-04-30,Syria,killed,1,1\n2023-04-05,Syria,killed,2,\n", name: "ones.csv", in: dir)
        #expect(try run([r, ones], period: .year).result.rows.map(\.estimate.best) == [38])
    }

    /// review28 R4: a monthly table with a gap beside records of the gap was refused
    /// ("both with figures for Syria killed from 2023-04-01 to 2023-04-03"), though no day
    /// is counted twice: the check kept one first..last span per table. Now each of the
    /// table's figures is compared with the records' days, in either order, for a table
    /// by whole months and for one with a `period` column.
    @Test func aTableWithAGapBesideRecordsOfTheGapIsRead() throws {
        let dir = scratchDirectory()
        let r = writeFile(records, name: "a.csv", in: dir)
        let h = "date_start,date_end,country,measure,best\n"
        for (name, text) in [("gap.csv", h + "2023-03-01,2023-03-31,Syria,killed,1\n2023-05-01,2023-05-31,Syria,killed,2\n"),
                             ("gapperiod.csv", "period,country,measure,best\n2023-03,Syria,killed,1\n2023-05,Syria,killed,2\n")] {
            let tab = writeFile(text, name: name, in: dir)
            for files in [[r, tab], [tab, r]] {
                #expect(try run(files, period: .year).result.rows.map(\.estimate.best) == [38], "\(name) \(files)")
            }
        }
    }

    /// Issue 10: two tables without a period column (every row a whole month, week,
    /// quarter or year, none with an id) of the same country, measure and days were
    /// summed, exit 0: a monthly table given twice with one figure changed read Syria
    /// January 250 for 130 (or 120); one by month beside one by quarter of the same
    /// data read the quarter twice; HDX HAPI beside a hand-made table of its months the
    /// same. The rule (docs/aggregation.md): two tables of figures by period that give
    /// one country and measure figures over some of the same days are refused naming
    /// both files and the days, in either order; `--overlap both` adds them (two
    /// sources' figures); tables of other days, countries or measures are read together,
    /// cell by cell (January and March beside February). Two HDX HAPI files keep HAPI's
    /// own rule (a unit given twice counts once, the later file's figures).
    @Test func twoTablesOfTheSameDaysAreRefused() throws {
        let dir = scratchDirectory()
        let h = "date_start,date_end,country,measure,best\n"
        let month = h + "2023-01-01,2023-01-31,Syria,killed,120\n2023-02-01,2023-02-28,Syria,killed,90\n2023-01-01,2023-01-31,Iraq,killed,30\n"
        let a = writeFile(month, name: "a.csv", in: dir)
        let byMonth = "by month (every row's date_start to date_end a whole month, none with an event id)"
        let pairs: [(name: String, text: String, kind: String, figures: String)] = [
            // One figure revised: the row-by-row check counts it as another source's.
            ("revised.csv", month.replacingOccurrences(of: ",120", with: ",130"), byMonth, "Iraq killed from 2023-01-01 to 2023-01-31"),
            // Every figure revised.
            ("allrevised.csv", h + "2023-01-01,2023-01-31,Syria,killed,121\n2023-02-01,2023-02-28,Syria,killed,91\n2023-01-01,2023-01-31,Iraq,killed,31\n",
             byMonth, "Iraq killed from 2023-01-01 to 2023-01-31"),
            // One month of one country only.
            ("one.csv", h + "2023-02-01,2023-02-28,Syria,killed,95\n", byMonth, "Syria killed from 2023-02-01 to 2023-02-28"),
            // The same data by quarter, or by precision.
            ("quarter.csv", h + "2023-01-01,2023-03-31,Syria,killed,210\n",
             "by quarter (every row's date_start to date_end a whole quarter, none with an event id)", "Syria killed from 2023-01-01 to 2023-01-31"),
            ("precision.csv", "date_start,date_precision,country,measure,best\n2023-02-01,month,Syria,killed,95\n", byMonth,
             "Syria killed from 2023-02-01 to 2023-02-28"),
            // A table with a period column of those days.
            ("period.csv", "period,country,measure,best\n2023-02,Syria,killed,95\n", "with a period column, as tally aggregate writes",
             "Syria killed from 2023-02-01 to 2023-02-28"),
        ]
        for p in pairs {
            let b = writeFile(p.text, name: p.name, in: dir)
            for (x, y) in [((a, byMonth), (b, p.kind)), ((b, p.kind), (a, byMonth))] {
                let e = errorOf { _ = try run([x.0, y.0], period: .year) }
                #expect(e?.exitCode == 65, "\(p.name) \(x.0)")
                let what = x.1 == y.1 ? "tables \(x.1)" : "tables of figures by period (\(x.0) \(x.1); \(y.0) \(y.1))"
                #expect(e?.message.hasPrefix("\(x.0) and \(y.0) are both \(what), both with figures for \(p.figures): read together") == true,
                        "\(String(describing: e))")
                #expect(e?.message.contains("--overlap both") == true)
            }
            // With --overlap both the two are added (not a table with a period column
            // beside one that repeats its rows: a copy, refused).
            var request = IngestRequest(files: [a, b], config: AggregationConfig(grouping: Grouping([.country]), period: .year))
            request.overlap = .both
            if p.name != "period.csv" {
                let both = try Ingest.run(request).result.rows.map(\.estimate.best).reduce(0, +)
                let alone = try run([a], period: .year).result.rows.map(\.estimate.best).reduce(0, +)
                    + run([b], period: .year).result.rows.map(\.estimate.best).reduce(0, +)
                #expect(both == alone, "\(p.name)")
            }
        }
        // Weeks (ACLED's from Saturday) given twice.
        let weeks = h + "2023-04-01,2023-04-07,Syria,killed,35\n2023-04-08,2023-04-14,Syria,killed,5\n"
        let w1 = writeFile(weeks, name: "w1.csv", in: dir), w2 = writeFile(weeks.replacingOccurrences(of: ",5\n", with: ",6\n"), name: "w2.csv", in: dir)
        let we = errorOf { _ = try run([w1, w2], period: .month) }
        #expect(we?.message.hasPrefix("\(w1) and \(w2) are both tables by week (every row's date_start to date_end a whole week, none with an event id), both with figures for Syria killed from 2023-04-01 to 2023-04-07") == true,
                "\(String(describing: we))")
        // HDX HAPI beside a hand-made table of its country and months.
        let hapi = fixture("hapi-conflict-events.csv")
        let sudan = writeFile(h + "2024-01-01,2024-01-31,Sudan,killed,5\n", name: "sudan.csv", in: dir)
        for files in [[hapi, sudan], [sudan, hapi]] {
            let e = errorOf { _ = try run(files, period: .month) }
            #expect(e?.exitCode == 65)
            #expect(e?.message.contains("both with figures for Sudan killed from 2024-01-01 to 2024-01-31") == true, "\(String(describing: e))")
            #expect(e?.message.contains("\(hapi) HDX HAPI conflict data (monthly sums of ACLED events)") == true, "\(String(describing: e))")
        }
        // Read together: other months of one country, cell by cell (January and March
        // beside February; with a period column too), other countries or measures, a
        // table beside another that revises none of its days.
        let janMar = writeFile(h + "2023-01-01,2023-01-31,Syria,killed,9\n2023-03-01,2023-03-31,Syria,killed,9\n", name: "janmar.csv", in: dir)
        let feb = writeFile(h + "2023-02-01,2023-02-28,Syria,killed,4\n", name: "feb.csv", in: dir)
        let pJanMar = writeFile("period,country,measure,best\n2023-01,Syria,killed,9\n2023-03,Syria,killed,9\n", name: "pjanmar.csv", in: dir)
        let pFeb = writeFile("period,country,measure,best\n2023-02,Syria,killed,4\n", name: "pfeb.csv", in: dir)
        let lebanon = writeFile(h + "2023-01-01,2023-01-31,Lebanon,killed,3\n", name: "lebanon.csv", in: dir)
        let wounded = writeFile(h + "2023-01-01,2023-01-31,Syria,wounded,3\n", name: "wounded.csv", in: dir)
        for (files, total) in [([janMar, feb], 22), ([feb, janMar], 22), ([janMar, pFeb], 22), ([pFeb, janMar], 22), ([pJanMar, feb], 22),
                               ([pJanMar, pFeb], 22), ([pFeb, pJanMar], 22), ([a, lebanon], 243), ([a, wounded], 243), ([janMar, feb, lebanon], 25)] {
            #expect(try run(files, period: .year).result.rows.map(\.estimate.best).reduce(0, +) == total, "\(files)")
        }
        // Two HDX HAPI files (two pulls of the same months): HAPI's unit rule, read.
        let pull = writeFile(try String(contentsOfFile: hapi, encoding: .utf8), name: "pull2.csv", in: dir)
        let pulls = try run([hapi, pull], period: .month).result.rows.filter { $0.measure == "killed" }.map(\.estimate.best)
        #expect(pulls == [37, 0])
    }

    /// Two tables: refused when both give figures for one country and measure over some
    /// of the same days (two versions of a table, one by month and one by quarter);
    /// read together when their countries, measures or days differ.
    @Test func twoTablesOverlappingAreRefusedOthersRead() throws {
        let h = "country,period,measure,low,best,high,events,estimate,covered\n"
        let april = writeFile(table)
        let later = writeFile(h + "Syria,2023-04,killed,36,36,36,4,36,2023-04-01/2023-04-04\n")
        let quarter = writeFile(h + "Syria,2023-Q2,killed,36,36,36,4,36,2023-04-01/2023-04-04\n")
        for (x, y) in [(april, later), (later, april), (april, quarter)] {
            let e = errorOf { _ = try run([x, y], period: .quarter) }
            #expect(e?.exitCode == 65)
            #expect(e?.message.hasPrefix("\(x) and \(y) are both tables tally wrote with figures for Syria killed from 2023-04-01 to 2023-04-03") == true,
                    "\(String(describing: e))")
        }
        let may = writeFile(h + "Syria,2023-05,killed,7,7,7,1,7,\n")
        let iraq = writeFile(h + "Iraq,2023-04,killed,4,4,4,1,4,\n")
        let wounded = writeFile(h + "Syria,2023-04,wounded,4,4,4,1,4,\n")
        let o = try run([april, may, iraq, wounded], period: .year)
        #expect(o.result.rows.map { "\($0.country ?? "") \($0.measure) \($0.estimate.best)" } == ["Iraq killed 4", "Syria killed 42", "Syria wounded 4"])
    }
}
