import Foundation
import Testing
@testable import TallyCore
@testable import TallyIO

/// review37 S6: the Syria file beside a table of itself by quarter, by year, by blocks of
/// 14 or 28 days, by rolling 10-day windows, or one row a day, each row dated to one day
/// (its first or last, or `date_end` empty), read 224,674 for 112,337, exit 0. Now each
/// row is matched with the other input's records of its place over the span of days its
/// figure sums (``Pipeline/summedAnySpan(_:_:tableFirstOnly:)``).
@Suite struct SummedAnySpanTests {
    static let start = CalendarDay(year: 2023, month: 1, day: 1)!
    /// 240 events over the 181 days of 2023's first half, in three governorates. Figures
    /// vary as a quadratic residue, not in a cycle: `1 + (i * 13) % 9` gave Idlib's events
    /// 3, 6 and 9 only, so that one event of a week was the sum of the others in 18 of its
    /// 23 weeks, which the same-file totals rule (e5136e5) rightly reads as totals typed in.
    static let events: [(day: CalendarDay, place: String, best: Int)] = (0..<240).map { i in
        (start.adding(days: (i * 37) % 181), ["Aleppo", "Homs", "Idlib"][i % 3], 1 + (i * i * 7 + i * 3) % 23)
    }
    static let eventList = "date_start,date_end,country,adm_1,measure,best\n"
        + events.map { "\($0.day),\($0.day),Syria,\($0.place),killed,\($0.best)\n" }.joined()
    static var total: Int { events.map(\.best).reduce(0, +) }

    /// A table by country of the events grouped by `window` (first and last day of a day's
    /// window), each row written by `dated` from its window.
    static func table(_ window: (CalendarDay) -> (CalendarDay, CalendarDay), place: Bool = false, header: String = "date_start,country,measure,best",
                      dated: (CalendarDay, CalendarDay) -> String, keep: (String) -> Bool = { _ in true },
                      revise: Set<Int> = []) -> String {
        var sums: [String: (CalendarDay, CalendarDay, String, Int)] = [:]
        for e in events where keep(e.place) {
            let (f, l) = window(e.day)
            let key = "\(f)\(place ? e.place : "")"
            sums[key, default: (f, l, e.place, 0)].3 += e.best
        }
        let rows = sums.values.sorted { ($0.0, $0.2) < ($1.0, $1.2) }
        return header + "\n" + rows.enumerated().map { i, r in
            "\(dated(r.0, r.1)),Syria,\(place ? "\(r.2)," : "")killed,\(r.3 + (revise.contains(i) ? 1 : 0))\n"
        }.joined()
    }
    static func block(_ n: Int) -> (CalendarDay) -> (CalendarDay, CalendarDay) {
        { d in let k = Int(d.daysSinceEpoch - start.daysSinceEpoch) / n; let f = start.adding(days: k * n); return (f, f.adding(days: n - 1)) }
    }
    static func quarter(_ d: CalendarDay) -> (CalendarDay, CalendarDay) { DatePrecision.quarter.span(of: d) }

    func run(_ files: [String], overlap: OverlapRule = .refuse) throws -> IngestOutcome {
        var request = IngestRequest(files: files, config: AggregationConfig(grouping: Grouping([.country]), period: .all))
        request.overlap = overlap
        return try Ingest.run(request)
    }
    func best(_ o: IngestOutcome) -> Int64 { o.result.rows.filter { $0.measure == "killed" }.map(\.estimate.best).reduce(0, +) }

    @Test func tablesByAnySpanBesideTheirEventsAreRefused() throws {
        let dir = scratchDirectory()
        let ev = writeFile(Self.eventList, name: "ev.csv", in: dir)
        #expect(try best(run([ev])) == Int64(Self.total))
        let first: (CalendarDay, CalendarDay) -> String = { f, _ in "\(f)" }
        let last: (CalendarDay, CalendarDay) -> String = { _, l in "\(l)" }
        let tables: [(String, String)] = [
            ("b14first.csv", Self.table(Self.block(14), dated: first)),
            ("b28last.csv", Self.table(Self.block(28), dated: last)),
            ("b14emptyend.csv", Self.table(Self.block(14), header: "date_start,date_end,country,measure,best", dated: { f, _ in "\(f)," })),
            ("quarteremptyend.csv", Self.table(Self.quarter, header: "date_start,date_end,country,measure,best", dated: { f, _ in "\(f)," })),
            // Rows by governorate beside records of the same.
            ("b14place.csv", Self.table(Self.block(14), place: true, header: "date_start,country,adm_1,measure,best", dated: first)),
            // Three of its 13 rows revised by one: it still matches mostly.
            ("b14revised.csv", Self.table(Self.block(14), dated: first, revise: [2, 5, 9])),
        ]
        for (name, text) in tables {
            let tab = writeFile(text, name: name, in: dir)
            // As it reads alone: the events' total, or a part of it.
            let alone = try best(run([tab]))
            #expect(alone > 0 && alone <= Int64(Self.total) + 3, "\(name): \(alone)")
            for files in [[ev, tab], [tab, ev]] {
                let e = errorOf { _ = try run(files) }
                #expect(e?.exitCode == 65 && e?.message.hasPrefix("\(tab) reads as a table of figures by period beside the event records of \(ev): ") == true,
                        "\(name) \(files == [ev, tab] ? "second" : "first"): \(String(describing: e))")
            }
            #expect(try best(run([ev, tab], overlap: .both)) == Int64(Self.total) + alone)
        }
        // Rolling 10-day windows, each row dated to its window's last day.
        var rolling = "date_start,country,measure,best\n"
        for d in 9..<181 {
            let day = Self.start.adding(days: d)
            let s = Self.events.filter { $0.day <= day && $0.day > day.adding(days: -10) }.map(\.best).reduce(0, +)
            if s > 0 { rolling += "\(day),Syria,killed,\(s)\n" }
        }
        let roll = writeFile(rolling, name: "rolling.csv", in: dir)
        let e = errorOf { _ = try run([ev, roll]) }
        #expect(e?.message.contains("is the sum of the") == true && e?.message.contains("that start from 2023-01-01 to 2023-01-10") == true, "\(String(describing: e))")
    }

    /// review39 S5: a table of sums dated the day after the span it sums (weekly sums on the
    /// next Monday, monthly on the 1st of the next month, by quarter on the 1st of the next,
    /// by blocks of 10 or 14 days on the day after) beside its events read 5,292 for 2,646,
    /// exit 0, in either order: the spans tried started or ended on the row's day.
    @Test func tablesDatedTheDayAfterTheirSpanAreRefused() throws {
        let dir = scratchDirectory()
        let ev = writeFile(Self.eventList, name: "ev.csv", in: dir)
        let dayAfter: (CalendarDay, CalendarDay) -> String = { _, l in "\(l.adding(days: 1)),\(l.adding(days: 1))" }
        let header = "date_start,date_end,country,measure,best"
        let isoWeek: (CalendarDay) -> (CalendarDay, CalendarDay) = { d in
            let monday = d.adding(days: -((Int(d.daysSinceEpoch) + 3) % 7 + 7) % 7)
            return (monday, monday.adding(days: 6))
        }
        let tables: [(String, String)] = [
            ("weeknext.csv", Self.table(isoWeek, header: header, dated: dayAfter)),
            ("monthnext.csv", Self.table({ DatePrecision.month.span(of: $0) }, header: header, dated: dayAfter)),
            ("quarternext.csv", Self.table(Self.quarter, header: header, dated: dayAfter)),
            ("b14next.csv", Self.table(Self.block(14), header: header, dated: dayAfter)),
            ("b10next.csv", Self.table(Self.block(10), header: header, dated: dayAfter)),
            ("weeknextplace.csv", Self.table(isoWeek, place: true, header: "date_start,date_end,country,adm_1,measure,best", dated: dayAfter)),
        ]
        for (name, text) in tables {
            let tab = writeFile(text, name: name, in: dir)
            let alone = try best(run([tab]))
            #expect(alone == Int64(Self.total), "\(name): \(alone)")
            for files in [[ev, tab], [tab, ev]] {
                let e = errorOf { _ = try run(files) }
                #expect(e?.exitCode == 65 && e?.message.hasPrefix("\(tab) reads as a table of figures by period beside the event records of \(ev): ") == true,
                        "\(name) \(files == [ev, tab] ? "second" : "first"): \(String(describing: e))")
            }
            // What was read before: both counted (5,292 for 2,646).
            #expect(try best(run([ev, tab], overlap: .both)) == 2 * Int64(Self.total))
        }
        let w = writeFile(Self.table(isoWeek, header: header, dated: dayAfter), name: "w.csv", in: dir)
        let e = errorOf { _ = try run([ev, w]) }
        #expect(e?.message.contains("its row of Syria killed dated 2023-01-02 (10), \(w):2, is the sum of the 2 records of \(ev) of Syria killed "
                                    + "that start from 2022-12-26 to 2023-01-01 (10)") == true, "\(String(describing: e))")
    }

    /// The honest twins: the events split by place, by cut day and by odd and even rows read
    /// as the whole, with no refusal.
    @Test func splitsOfTheEventsStillRead() throws {
        let dir = scratchDirectory()
        let lines = Self.eventList.split(separator: "\n").map(String.init)
        let (header, rows) = (lines[0], Array(lines.dropFirst()))
        let splits: [[[String]]] = [
            ["Aleppo", "Homs", "Idlib"].map { p in rows.filter { $0.contains(",\(p),") } },
            [rows.filter { $0 < "2023-03-15" }, rows.filter { $0 >= "2023-03-15" }],
            [rows.enumerated().filter { $0.offset % 2 == 0 }.map(\.element), rows.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)],
        ]
        for (s, parts) in splits.enumerated() {
            let files = parts.enumerated().map { i, p in writeFile(([header] + p).joined(separator: "\n") + "\n", name: "s\(s)_\(i).csv", in: dir) }
            #expect(try best(run(files)) == Int64(Self.total), "split \(s)")
        }
    }
}
