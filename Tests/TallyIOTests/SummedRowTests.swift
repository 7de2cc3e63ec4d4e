import Foundation
import Testing
@testable import TallyCore
@testable import TallyIO

/// review31 S1-S4, S12 and review30 S1, S2: a table of figures by period (a monitor's own
/// "killed per month" sheet, tally's output re-read) beside the event list it was made
/// from was summed with it, every figure doubled, exit 0, whenever its shape escaped the
/// table rules: dated to month ends with a last row "to date", an empty `date_end`
/// column, ids (Excel's row numbers 2..N+1, `1.0`, labels), one month only (one row),
/// one file per month, months dated the 15th, weeks dated their Sunday. Now found by its
/// figures: a row whose best figure is the sum of the other input's records of its place,
/// measure and month (or week).
@Suite struct TablesBesideTheirEventsBySums {
    /// 60 events in April and May 2023 in three governorates, on days spread over each
    /// month, with figures that vary.
    static let events: [(day: String, place: String, best: Int)] = {
        var out: [(String, String, Int)] = []
        let places = ["Aleppo", "Homs", "Idlib"]
        for i in 0..<60 {
            let month = i < 30 ? 4 : 5
            let day = 1 + (i * 7) % 30
            out.append((String(format: "2023-%02d-%02d", month, day), places[i % 3], 1 + (i * 13) % 9))
        }
        return out
    }()
    static let eventList = "date_start,country,adm_1,measure,best\n"
        + events.map { "\($0.day),Syria,\($0.place),killed,\($0.best)\n" }.joined()
    static func sum(month: Int, place: String? = nil, through day: Int = 31) -> Int {
        events.filter {
            $0.day.hasPrefix(String(format: "2023-%02d", month)) && Int($0.day.suffix(2))! <= day && (place == nil || $0.place == place)
        }.map(\.best).reduce(0, +)
    }
    static var total: Int { events.map(\.best).reduce(0, +) }

    func run(_ files: [String], period: PeriodKind = .year, overlap: OverlapRule = .refuse) throws -> IngestOutcome {
        var request = IngestRequest(files: files, config: AggregationConfig(grouping: Grouping([.country]), period: period))
        request.overlap = overlap
        return try Ingest.run(request)
    }

    @Test func tablesOfEveryShapeBesideTheirEventsAreRefused() throws {
        let dir = scratchDirectory()
        let ev = writeFile(Self.eventList, name: "ev.csv", in: dir)
        let (apr, may) = (Self.sum(month: 4), Self.sum(month: 5))
        let tables: [(String, String)] = [
            // A month-end table whose last row is the month to date (review31 S1).
            ("todate.csv", "date_start,country,measure,best\n2023-04-30,Syria,killed,\(apr)\n2023-05-20,Syria,killed,\(Self.sum(month: 5, through: 20))\n"),
            // The same with a row of a stock off the month's end (review31 S1 variant).
            ("stock.csv", "date_start,country,measure,best\n2023-04-30,Syria,killed,\(apr)\n2023-05-31,Syria,killed,\(may)\n2023-05-15,Syria,members,900\n"),
            // An empty date_end column (review31 S2).
            ("emptyend.csv", "date_start,date_end,country,measure,best\n2023-04-30,,Syria,killed,\(apr)\n2023-05-31,,Syria,killed,\(may)\n"),
            // Ids: Excel's row numbers, whole numbers written 1.0, labels (review31 S3, review30 S2).
            ("excelids.csv", "id,date_start,country,measure,best\n2,2023-04-01,Syria,killed,\(apr)\n3,2023-05-01,Syria,killed,\(may)\n"),
            ("floatids.csv", "id,date_start,country,measure,best\n1.0,2023-04-30,Syria,killed,\(apr)\n2.0,2023-05-31,Syria,killed,\(may)\n"),
            ("labelids.csv", "id,date_start,date_end,country,measure,best\nSYR-2023-04,2023-04-01,2023-04-30,Syria,killed,\(apr)\n"),
            // One month, one row (review31 S4), on its first or last day.
            ("onelast.csv", "date_start,country,measure,best\n2023-04-30,Syria,killed,\(apr)\n"),
            ("onefirst.csv", "date_start,country,measure,best\n2023-05-01,Syria,killed,\(may)\n"),
            // Months dated the 15th (review30 S1).
            ("mid.csv", "date_start,country,measure,best\n2023-04-15,Syria,killed,\(apr)\n2023-05-15,Syria,killed,\(may)\n"),
        ]
        for (name, text) in tables {
            let tab = writeFile(text, name: name, in: dir)
            for files in [[ev, tab], [tab, ev]] {
                let e = errorOf { _ = try run(files) }
                #expect(e?.exitCode == 65 && e?.message.hasPrefix("\(tab) reads as a table of figures by period beside the event records of \(ev): ") == true,
                        "\(name): \(String(describing: e))")
            }
            // Alone it reads, and beside the events with --overlap both.
            #expect(try run([tab]).result.rows.isEmpty == false)
            #expect(try run([ev, tab], overlap: .both).result.rows.isEmpty == false)
        }
        // The message names the row, the place and the records' month.
        let one = writeFile("date_start,country,measure,best\n2023-04-30,Syria,killed,\(apr)\n", name: "named.csv", in: dir)
        let e = errorOf { _ = try run([ev, one]) }
        #expect(e?.message.contains("its row of Syria killed dated 2023-04-30 (\(apr)), \(one):2, is the sum of the 30 records of \(ev) of Syria killed from 2023-04-01 to 2023-04-30 (\(apr))") == true,
                "\(String(describing: e))")
    }

    /// review31 S12: a monthly table kept one file per month (README's cron shape), one
    /// row per governorate, beside the event list: each file alone is "one month", so the
    /// month-edge rule never held, and the event list and a table file were joined as
    /// "parts of one export".
    @Test func aTableKeptOneFilePerMonthByPlaceIsRefused() throws {
        let dir = scratchDirectory()
        let ev = writeFile(Self.eventList, name: "ev.csv", in: dir)
        var files = [ev]
        for (month, day) in [(4, 30), (5, 31)] {
            let rows = ["Aleppo", "Homs", "Idlib"].map { "2023-\(String(format: "%02d", month))-\(day),Syria,\($0),killed,\(Self.sum(month: month, place: $0))\n" }
            files.append(writeFile("date_start,country,adm_1,measure,best\n" + rows.joined(), name: "tab-2023-0\(month).csv", in: dir))
        }
        let e = errorOf { _ = try run(files) }
        #expect(e?.exitCode == 65 && e?.message.contains("reads as a table of figures by period beside the event records of \(ev): its row of Syria Aleppo killed") == true,
                "\(String(describing: e))")
    }

    /// review30 S1: weeks dated their Sunday (pandas' `resample('W')`) or their Monday.
    @Test func aWeeklyTableDatedOneDayAWeekIsRefused() throws {
        let dir = scratchDirectory()
        let ev = writeFile(Self.eventList, name: "ev.csv", in: dir)
        func week(_ monday: Int) -> Int {
            Self.events.filter { $0.day.hasPrefix("2023-04") && (monday...(monday + 6)).contains(Int($0.day.suffix(2))!) }.map(\.best).reduce(0, +)
        }
        let sundays = writeFile("date_start,country,measure,best\n" + [10, 17, 24].map { "2023-04-\($0 + 6),Syria,killed,\(week($0))\n" }.joined(), name: "sun.csv", in: dir)
        let mondays = writeFile("date_start,country,measure,best\n" + [10, 17, 24].map { "2023-04-\($0),Syria,killed,\(week($0))\n" }.joined(), name: "mon.csv", in: dir)
        for tab in [sundays, mondays] {
            let e = errorOf { _ = try run([ev, tab]) }
            #expect(e?.exitCode == 65 && e?.message.contains("in the week 2023-04-10 to 2023-04-16") == true, "\(String(describing: e))")
        }
    }

    /// review31 S6: a sitrep table by governorate, each governorate on its own cadence of
    /// periods of several days (crossing a month's end), one period a single day: its
    /// periods of a governorate overlap no other of theirs, but the table rules compared
    /// days per country, so other governorates' periods made them "events". Each period's
    /// figure is the sum of the governorate's events of its days: refused. The same list
    /// of periods with other figures (another source's) is read beside the events.
    @Test func aSitrepByPlaceOnItsOwnCadencesIsRefused() throws {
        let dir = scratchDirectory()
        let ev = writeFile(Self.eventList, name: "ev.csv", in: dir)
        func day(_ n: Int) -> String { n <= 30 ? String(format: "2023-04-%02d", n) : String(format: "2023-05-%02d", n - 30) }
        func sum(_ place: String, _ a: Int, _ b: Int) -> Int {
            Self.events.filter { e in e.place == place && (a...b).contains { day($0) == e.day } }.map(\.best).reduce(0, +)
        }
        let cadences = [("Aleppo", [(3, 11), (12, 17), (18, 27), (28, 36), (37, 46), (47, 56), (57, 60)]),
                        ("Homs", [(3, 9), (10, 19), (20, 28), (29, 40), (41, 50), (51, 56), (57, 59), (60, 60)]),
                        ("Idlib", [(3, 13), (14, 23), (24, 32), (33, 44), (45, 53), (54, 60)])]
        var rows = "", other = "", otherTotal = 0
        for (place, periods) in cadences {
            for (a, b) in periods {
                rows += "\(day(a)),\(b == a ? "" : day(b)),Syria,\(place),killed,\(sum(place, a, b))\n"
                other += "\(day(a)),\(b == a ? "" : day(b)),Syria,\(place),killed,\(sum(place, a, b) + 1)\n"
                otherTotal += sum(place, a, b) + 1
            }
        }
        let sitrep = writeFile("date_start,date_end,country,adm_1,measure,best\n" + rows, name: "sitrep.csv", in: dir)
        for files in [[ev, sitrep], [sitrep, ev]] {
            let e = errorOf { _ = try run(files) }
            #expect(e?.exitCode == 65 && e?.message.hasPrefix("\(sitrep) reads as a table of figures by period beside the event records of \(ev): its row of Syria Aleppo killed from 2023-04-03 to 2023-04-11 (") == true,
                    "\(String(describing: e))")
        }
        let another = writeFile("date_start,date_end,country,adm_1,measure,best\n" + other, name: "another.csv", in: dir)
        #expect(try run([ev, another]).result.rows.map(\.estimate.best) == [Int64(Self.total + otherTotal)])
    }

    /// Event lists that agree by chance here and there are read: the list split in two
    /// by governorate, by odd and even rows, by date, and two lists where one place's one
    /// event of a month equals the sum of the other list's two events there.
    @Test func eventListsAgreeingHereAndThereAreRead() throws {
        let dir = scratchDirectory()
        let header = "date_start,country,adm_1,measure,best\n"
        let rows = Self.events.map { "\($0.day),Syria,\($0.place),killed,\($0.best)\n" }
        let splits: [([String], [String])] = [
            (rows.enumerated().filter { $0.offset % 2 == 0 }.map(\.element), rows.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)),
            (rows.filter { $0.contains("Idlib") }, rows.filter { !$0.contains("Idlib") }),
            (Array(rows.prefix(40)), Array(rows.dropFirst(40))),
        ]
        for (k, (x, y)) in splits.enumerated() {
            let a = writeFile(header + x.joined(), name: "a\(k).csv", in: dir), b = writeFile(header + y.joined(), name: "b\(k).csv", in: dir)
            #expect(try run([a, b]).result.rows.map(\.estimate.best) == [Int64(Self.total)], "split \(k)")
        }
        // One monitor's Homs has one April event of 7; the other's two of 3 and 4; their
        // other places and months differ.
        let m1 = writeFile(header + "2023-04-05,Syria,Homs,killed,7\n2023-04-09,Syria,Aleppo,killed,2\n2023-04-20,Syria,Aleppo,killed,9\n2023-05-02,Syria,Idlib,killed,1\n2023-05-21,Syria,Idlib,killed,6\n",
                           name: "m1.csv", in: dir)
        let m2 = writeFile(header + "2023-04-03,Syria,Homs,killed,3\n2023-04-12,Syria,Homs,killed,4\n2023-04-14,Syria,Aleppo,killed,5\n2023-04-30,Syria,Aleppo,killed,8\n2023-05-08,Syria,Idlib,killed,2\n2023-05-30,Syria,Idlib,killed,2\n",
                           name: "m2.csv", in: dir)
        #expect(try run([m1, m2]).result.rows.map(\.estimate.best) == [49])
    }
}

/// review31 S5: a native column counting the events a row stands for, spelled otherwise
/// than `events` (`Events`, `n_events`, `incidents`), was ignored without a word: each
/// row one event, and tally's own `--period day` output with it renamed read beside its
/// records as more events, doubled. Refused at a row where it holds a whole number,
/// naming the column; `--by` keeps it. A column of text so named (descriptions) counts
/// nothing and is read (review32 R3: refused on main, and the message said it counts).
@Suite struct EventsColumnSpelledOtherwise {
    @Test func anEventsColumnInAnotherSpellingIsRefused() throws {
        let dir = scratchDirectory()
        for name in ["Events", "EVENTS", "n_events", "event_count", "number_of_events", "incidents", " Events "] {
            let f = writeFile("date_start,country,measure,best,\(name)\n2023-04-01,Syria,killed,5,2\n", name: "ev-\(name.trimmingCharacters(in: .whitespaces)).csv", in: dir)
            let e = errorOf { _ = try Ingest.run(IngestRequest(files: [f], config: AggregationConfig(grouping: Grouping([.country]), period: .month))) }
            #expect(e?.exitCode == 65 && e?.message.hasPrefix("\(f):2: column '\(name.trimmingCharacters(in: .whitespaces))': a whole number (2), not read: if the column gives how many events each row stands for, name it events") == true,
                    "\(name): \(String(describing: e))")
        }
        // Text in such a column: read as any other column; a whole number in a later row
        // of it is refused at that row.
        for name in ["Events", "Incidents", "incidents", "event_count"] {
            let text = "date_start,country,adm_1,measure,best,\(name)\n2023-04-01,Syria,Aleppo,killed,4,Airstrike on a market\n2023-04-02,Syria,Idlib,killed,2,\"Shelling, 2 villages\"\n2023-04-03,Syria,Idlib,killed,1,\n"
            let f = writeFile(text, name: "text-\(name).csv", in: dir)
            let r = try Ingest.run(IngestRequest(files: [f], config: AggregationConfig(grouping: Grouping([.country]), period: .month)))
            #expect(r.result.rows.map(\.estimate.best) == [7], "\(name)")
            let g = writeFile(text + "2023-04-04,Syria,Homs,killed,3, 12 \n", name: "mixed-\(name).csv", in: dir)
            let e = errorOf { _ = try Ingest.run(IngestRequest(files: [g], config: AggregationConfig(grouping: Grouping([.country]), period: .month))) }
            #expect(e?.message.hasPrefix("\(g):5: column '\(name)': a whole number (12), not read") == true, "\(String(describing: e))")
        }
        // `events` itself, `count` (it may count anything) and a --by key are read.
        for (header, extra) in [("events", [String]()), ("count", []), ("n_events", ["n_events"])] {
            let f = writeFile("date_start,country,measure,best,\(header)\n2023-04-01,Syria,killed,5,2\n", name: "ok-\(header).csv", in: dir)
            let r = try Ingest.run(IngestRequest(files: [f], config: AggregationConfig(grouping: Grouping([.country], extraColumns: extra), period: .month)))
            #expect(r.result.rows.map(\.estimate.best) == [5], "\(header)")
        }
    }
}

/// review35 S-i: a count column written as spreadsheets and other tools write it (`3.0`,
/// `"1,204"`, Arabic-Indic `٣`) was read as text: an `Events` column so written counted
/// nothing and each row stood for one event with no word, and `events` itself refused it.
/// The other spellings are refused as a whole number is (`3.5`, `1,5`: as a number that
/// is not whole); `events` reads them as the whole numbers they are.
@Suite struct EventsColumnWrittenOtherwise {
    func run(_ f: String) throws -> IngestOutcome {
        try Ingest.run(IngestRequest(files: [f], config: AggregationConfig(grouping: Grouping([.country]), period: .month)))
    }

    @Test(arguments: ["Events", "Incidents", "event_count"])
    func anotherSpellingIsRefusedHoweverTheCountIsWritten(name: String) throws {
        let dir = scratchDirectory()
        for (value, shown, kind) in [("3.0", "3.0", "a whole number"), ("\"1,204\"", "1,204", "a whole number"), ("٣", "٣", "a whole number"),
                                     ("۱۲", "۱۲", "a whole number"), ("\"١٬٢٠٤\"", "١٬٢٠٤", "a whole number"), (" 7.00 ", "7.00", "a whole number"),
                                     ("3.5", "3.5", "a number, not whole"), ("\"1,5\"", "1,5", "a number, not whole")] {
            let f = writeFile("date_start,country,measure,best,\(name)\n2023-04-01,Syria,killed,5,\(value)\n", name: "w-\(name).csv", in: dir)
            let e = errorOf { _ = try run(f) }
            #expect(e?.exitCode == 65 && e?.message.hasPrefix("\(f):2: column '\(name)': \(kind) (\(shown)), not read") == true, "\(value): \(String(describing: e))")
        }
        // Text is still read (a number inside words, a date, a code).
        for value in ["Airstrike on 3 villages", "2023-04-01", "3.5.1", "\"1,2,3\"", "-3", "N/A"] {
            let f = writeFile("date_start,country,measure,best,\(name)\n2023-04-01,Syria,killed,5,\(value)\n", name: "t-\(name).csv", in: dir)
            #expect(try run(f).result.rows.map(\.events) == [1], "\(value)")
        }
    }

    @Test func theEventsColumnReadsThemAsWholeNumbers() throws {
        let dir = scratchDirectory()
        for (value, events) in [("3.0", Int64(3)), ("\"1,204\"", 1204), ("٣", 3), ("۱۲", 12), ("\"١٬٢٠٤\"", 1204), ("\"12,345,678\"", 12_345_678)] {
            let f = writeFile("date_start,country,measure,best,events\n2023-04-01,Syria,killed,5,\(value)\n", name: "e.csv", in: dir)
            #expect(try run(f).result.rows.map(\.events) == [events], "\(value)")
        }
        for value in ["3.5", "\"1,5\"", "\"1,2045\"", "\"12,34,567\"", "٣.٥"] {
            let f = writeFile("date_start,country,measure,best,events\n2023-04-01,Syria,killed,5,\(value)\n", name: "e.csv", in: dir)
            let e = errorOf { _ = try run(f) }
            #expect(e?.exitCode == 65 && e?.message.hasPrefix("\(f):2: column 'events': ") == true, "\(value): \(String(describing: e))")
        }
        // Under a locale whose comma is the decimal mark, `1,204` is refused, not read as 1204.
        let f = writeFile("date_start,country,measure,best,events\n2023-04-01,Syria,killed,5,\"1,204\"\n", name: "de.csv", in: dir)
        var request = IngestRequest(files: [f], config: AggregationConfig(grouping: Grouping([.country]), period: .month))
        request.numberConvention = try #require(NumberConvention(locale: "de"))
        let e = errorOf { _ = try Ingest.run(request) }
        #expect(e?.exitCode == 65, "\(String(describing: e))")
    }
}
