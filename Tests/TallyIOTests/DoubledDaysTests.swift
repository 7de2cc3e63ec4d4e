import Foundation
import Testing
import TallyCore
@testable import TallyIO

/// review30 S8 (issue 11 item 7): two overlapping exports joined into one file and then
/// sorted (by date, by country then date, by place), or the later one in any order, and
/// a "last 7 days" export appended every day and sorted, were read with every shared
/// figure doubled (January 719 killed for 157), exit 0, with only the note that rows
/// repeat an earlier row: each copy sat beside its first, so no stretch of repeated rows
/// was seen. A run of days on which every record is given twice or more is the same
/// evidence in any order (``RowFingerprints/doubledDays(_:)``).
@Suite struct DoubledDays {
    /// The body lines of `text` (its header first), rows ordered by `order`.
    static func reordered(_ text: String, _ order: ([String], [String]) -> Bool) -> String {
        let lines = text.split(separator: "\n").map(String.init)
        let rows = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let width = rows.map(\.count).min() ?? 0
        precondition(rows.allSatisfy { $0.count == width })
        return ([lines[0]] + rows.sorted(by: order).map { $0.joined(separator: ",") }).joined(separator: "\n") + "\n"
    }

    static func isDoubledRefusal(_ m: TallyError?, _ file: String) -> Bool {
        m?.exitCode == 65 && m?.message.hasPrefix("\(file) gives every row without an id of ") == true
    }

    /// The real UCDP GED rows of Syria whose date_start is in `from...to`, the `id`
    /// column cut, as fields (the header first).
    static func ged(_ from: String, _ to: String) -> [[String]] {
        let all = OverlapFiguresRevised.ged, header = all[0]
        let id = header.firstIndex(of: "id")!, date = header.firstIndex(of: "date_start")!
        let cut = { (r: [String]) in r.enumerated().filter { $0.offset != id }.map(\.element) }
        return [cut(header)] + all.dropFirst().filter { $0.count == header.count && $0[date] >= from && $0[date] <= to }.map(cut)
    }

    /// Rows as CSV, quoted where they hold a comma, a quote or a line end.
    static func csv(_ rows: [[String]], _ end: String = "\n") -> String {
        rows.map { r in
            r.map { f in f.contains(where: { ",\"\r\n".contains($0) }) ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f }
                .joined(separator: ",")
        }.joined(separator: end) + end
    }

    /// The real UCDP GED rows of Syria (ids cut) of January–March 2016 and of
    /// March–May joined, then sorted: every March row twice, each beside its copy.
    /// Before: read, March doubled, exit 0 (checked on main at 40d877e: every variant
    /// but the shuffle read).
    @Test func realExportsJoinedAndSortedAreRefusedInAnyOrder() throws {
        let a = Self.ged("2016-01-01", "2016-03-31"), b = Self.ged("2016-03-01", "2016-05-31")
        let header = a[0]
        let date = header.firstIndex(of: "date_start")!, adm1 = header.firstIndex(of: "adm_1")!, country = header.firstIndex(of: "country")!
        let joined = Array(a.dropFirst()) + b.dropFirst()
        // Sorted as `sort` sorts lines: by the keys, then the whole line (a copy beside its first).
        let line = { (r: [String]) in r.joined(separator: ",") }
        var s: UInt64 = 7
        // A deterministic shuffle of the later export's rows (a sheet in no order).
        let bShuffled = b.dropFirst().map { r -> (UInt64, [String]) in
            s = s &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (s >> 11, r)
        }.sorted { $0.0 < $1.0 }.map(\.1)
        let variants: [(String, String)] = [
            ("bydate.csv", Self.csv([header] + joined.sorted { ($0[date], line($0)) < ($1[date], line($1)) })),
            ("bycountrydate.csv", Self.csv([header] + joined.sorted { ($0[country], $0[date], line($0)) < ($1[country], $1[date], line($1)) })),
            ("byplace.csv", Self.csv([header] + joined.sorted { ($0[adm1], $0[date], line($0)) < ($1[adm1], $1[date], line($1)) })),
            ("laterbyplace.csv", Self.csv(a + b.dropFirst().sorted { ($0[adm1], line($0)) < ($1[adm1], line($1)) })),
            ("latershuffled.csv", Self.csv(a + bShuffled)),
            ("bydate-crlf.csv", Self.csv([header] + joined.sorted { ($0[date], line($0)) < ($1[date], line($1)) }, "\r\n")),
        ]
        for (name, text) in variants {
            let f = writeFile(text, name: name)
            let m = errorOf { _ = try OverlapFiguresRevised.read([f]) }
            // The later export in another order may also hold a stretch of repeats: refused either way.
            #expect(m?.exitCode == 65, "\(name): \(m?.message ?? "read")")
            if !name.hasPrefix("later") { #expect(Self.isDoubledRefusal(m, f), "\(name): \(m?.message ?? "read")") }
            #expect(m?.message.contains("give --overlap both") == true || m?.message.contains("(--overlap both also reads them") == true)
            // Beside another file, the same.
            let other = writeFile(OverlapFiguresRevised.ged("2016-09-01", "2016-09-30"), name: "sep-\(name)")
            #expect(errorOf { _ = try OverlapFiguresRevised.read([other, f]) }?.exitCode == 65, "\(name) beside another")
        }
        // --overlap both reads every row, the shared March twice.
        let sorted = writeFile(Self.csv([header] + joined.sorted { ($0[date], line($0)) < ($1[date], line($1)) }), name: "bydate-both.csv")
        let both = OverlappingExports.killed(try OverlapFiguresRevised.read([sorted], .both))
        let march = OverlappingExports.killed(try OverlapFiguresRevised.read([writeFile(Self.csv(Self.ged("2016-03-01", "2016-03-31")), name: "m.csv")]))
        let january = OverlappingExports.killed(try OverlapFiguresRevised.read([writeFile(Self.csv(a), name: "a.csv")]))
        #expect(both["2016-03"] == 2 * march["2016-03"]! && both["2016-01"] == january["2016-01"])
    }

    /// A "last 7 days" pull appended every day (a cron job's log), native rows naming a
    /// governorate: each day given up to 7 times. Sorted by date, read ×4.6–7 before.
    @Test func aLastSevenDaysLogSortedIsRefused() throws {
        var log = OverlappingExports.header
        for d in 7 ... 60 { log += OverlappingExports.rows(d - 6, d) }
        let sorted = writeFile(Self.reordered(log) { $0[0] < $1[0] }, name: "log-sorted.csv")
        let m = errorOf { _ = try OverlappingExports.read([sorted]) }
        #expect(Self.isDoubledRefusal(m, sorted), "\(m?.message ?? "read")")
        #expect(m?.message.contains("twice or more") == true)
        // Unsorted, refused as before (a stretch of repeats).
        #expect(errorOf { _ = try OverlappingExports.read([writeFile(log, name: "log.csv")]) }?.exitCode == 65)
    }

    /// Honest files: rows alike on one day here and there (two strikes on one village,
    /// each "2 killed") and the same figures on other days are read, with the note.
    @Test func honestRepeatsAreRead() throws {
        var text = OverlappingExports.header
        for d in 1 ... 60 {
            let day = CalendarDay(daysSinceEpoch: CalendarDay(year: 2023, month: 1, day: 1)!.daysSinceEpoch + Int32(d - 1))
            // Every day the same place and figure (other days: other records), and every
            // third day a second such event; a day's other event is its own.
            text += "\(day),Syria,Idlib,killed,2\n"
            if d % 3 == 0 { text += "\(day),Syria,Idlib,killed,2\n" } else { text += "\(day),Syria,Homs,killed,\(d % 5 + 1)\n" }
            if d % 3 == 0 { text += "\(day),Syria,Hama,killed,\(d % 7 + 1)\n" }
        }
        let o = try OverlappingExports.read([writeFile(Self.reordered(text) { $0[0] < $1[0] }, name: "honest.csv")])
        #expect(o.duplicates.sameRowsWithoutId == 20)
        // Whole days of two alike events, fewer than 8 places in a row: read too.
        var pairs = OverlappingExports.header
        for d in 1 ... 7 { pairs += "2023-02-0\(d),Syria,Idlib,killed,1\n2023-02-0\(d),Syria,Idlib,killed,1\n" }
        #expect(try OverlappingExports.read([writeFile(pairs, name: "pairs.csv")]).duplicates.sameRowsWithoutId == 7)
    }

    /// The rule itself: a run of doubled days, 8 records naming a place or 16 only a
    /// country, over two days or more; a day with one record given once breaks it.
    @Test func theRule() {
        typealias R = RowFingerprints.DayRepeats
        let doubledPlace = R(rows: 8, repeats: 4, repeatedRecords: 4, repeatedPlaces: 4)
        let oneSingle = R(rows: 9, repeats: 4, repeatedRecords: 4, repeatedPlaces: 4)
        #expect(doubledPlace.isDoubled && !oneSingle.isDoubled)
        let key = { (c: UInt32, d: Int32) in RowFingerprints.dayKey(country: c, day: d) }
        #expect(RowFingerprints.doubledDays([key(1, 10): doubledPlace, key(1, 11): doubledPlace]).repeated == 8)
        #expect(RowFingerprints.doubledDays([key(1, 10): doubledPlace, key(1, 11): oneSingle, key(1, 12): doubledPlace]).repeated == 0)
        #expect(RowFingerprints.doubledDays([key(1, 10): doubledPlace]).repeated == 0)
        // Two countries' days, each doubled: together a run (every country of each day).
        #expect(RowFingerprints.doubledDays([key(1, 10): R(rows: 4, repeats: 2, repeatedRecords: 2, repeatedPlaces: 2),
                                             key(2, 10): R(rows: 4, repeats: 2, repeatedRecords: 2, repeatedPlaces: 2),
                                             key(1, 11): R(rows: 4, repeats: 2, repeatedRecords: 2, repeatedPlaces: 2),
                                             key(3, 11): R(rows: 4, repeats: 2, repeatedRecords: 2, repeatedPlaces: 2)]).repeated == 8)
        // Country-level records: 16.
        let country = R(rows: 16, repeats: 8, repeatedRecords: 8, repeatedPlaces: 0)
        #expect(RowFingerprints.doubledDays([key(1, 10): country, key(1, 12): country]).repeated == 16)
        #expect(RowFingerprints.doubledDays([key(1, 10): R(rows: 14, repeats: 7, repeatedRecords: 7), key(1, 12): country]).repeated == 0)
    }
}
