import Foundation
import Testing
@testable import TallyCore
import TallyTestSupport
@testable import TallyIO

/// determ51: notes and refusals whose text changed with the read order (review57 F5, the
/// same-file totals refusal of a file read by several workers), a joint region's stock note
/// that did not say whose figures it quotes (review57 F2), and a note per country with a long
/// gap (review56 F10).

private let d51Header = "date_start,date_end,country,adm_1,adm_2,measure,best,notes\n"

private func d51Refusal(_ f: String, workers: Int, blockSize: Int) -> String {
    var request = IngestRequest(files: [f], config: AggregationConfig(grouping: Grouping([.country]), period: .month),
                                workers: workers, blockSize: blockSize)
    request.overlap = .refuse
    return errorOf { _ = try Ingest.run(request) }.map { "\($0.exitCode) \($0.message)" } ?? "read"
}

private func d51Tail(_ input: String) -> String {
    "; read as an event, a total row (a \"Total\" row under each month, a country or governorate row that sums the rows beside it) counts every "
        + "event it sums twice, whatever --by says; remove the total rows and keep the events (or give the events in one file and the totals in none); "
        + "if that row is an event of its own that its cells call a total, give --overlap both (every row counted as written)"
}

@Suite struct Determ51SameFileTotals {
    /// review57 F5: a month's `monthly total` (100, line 2) over 300 events of 2, and ten
    /// rows of 5 that say `total` on its day, never the largest of a group after it. A row
    /// was asked whether it says it is a total only when it was the largest of a group so far
    /// in its worker: one worker never asked the rows of 5 and counted them among the
    /// total's "other rows" (310, 650 together); a worker whose blocks did not hold line 2
    /// asked them and took them out (300, 600), so the text went by how the blocks were
    /// shared out. Every row of 2 or more is asked now: the rows that say they are totals
    /// are never among the others.
    @Test func theTotalsRefusalIsOneTextWhateverTheWorkersAndBlocks() throws {
        let dir = scratchFolder("determ51-totals")
        var rows = ["2023-01-31,2023-01-31,Syria,,,killed,100,monthly total"]
        for i in 0 ..< 300 {
            let day = String(format: "2023-01-%02d", i % 28 + 1)
            rows.append("\(day),\(day),Syria,Aleppo,Azaz \(i),killed,2,clash")
            if i % 30 == 29 { rows.append("2023-01-31,2023-01-31,Syria,,V\(i),killed,5,total") }
        }
        let f = dir + "/t.csv"
        try (d51Header + rows.joined(separator: "\n") + "\n").write(toFile: f, atomically: true, encoding: .utf8)
        let want = "65 \(f) holds totals typed among its events: the row of Syria killed (\(f):2) with 100 says it is a total and is the largest of the 300 other "
            + "rows above 0 of Syria killed from 2023-01-01 to 2023-01-31 (600 together), a figure of the order of their sums, not of one event among them"
            + d51Tail(f)
        for workers in [1, 2, 3, 8] {
            for blockSize in [1 << 10, 1 << 12, 1 << 22] {
                for _ in 0 ..< (workers == 1 ? 1 : 6) {
                    #expect(d51Refusal(f, workers: workers, blockSize: blockSize) == want, "workers \(workers), blocks \(blockSize)")
                }
            }
        }
    }

    /// The place a refusal names is spelled as the first row of that place spells it
    /// (`Aleppo`, line 2), whichever worker read `Aleppo total` (line 100) first: it was
    /// the first row of the place read by the worker that made the group.
    @Test func thePlaceARefusalNamesIsSpelledAsItsFirstRow() throws {
        let dir = scratchFolder("determ51-place")
        var rows: [String] = []
        for i in 0 ..< 200 {
            let day = String(format: "2023-02-%02d", i % 28 + 1)
            // Three events of Aleppo (2 each) among 197 of Homs (3 each): the country's
            // month (597 + 12) is too large for the row of 12 to total.
            rows.append(i % 90 == 0 ? "\(day),\(day),Syria,Aleppo,Azaz \(i),killed,2,clash" : "\(day),\(day),Syria,Homs,Rastan \(i),killed,3,clash")
            if i == 98 { rows.append("2023-02-27,2023-02-27,Syria,Aleppo total,,killed,12,") }
        }
        let f = dir + "/p.csv"
        try (d51Header + rows.joined(separator: "\n") + "\n").write(toFile: f, atomically: true, encoding: .utf8)
        let want = "65 \(f) holds totals typed among its events: the row of Syria Aleppo killed (\(f):101) with 12 says it is a total and is the largest of the 3 other "
            + "rows above 0 of Syria Aleppo killed from 2023-02-01 to 2023-02-28 (6 together), a figure of the order of their sums, not of one event among them"
            + d51Tail(f)
        for workers in [1, 2, 3, 8] {
            for blockSize in [1 << 10, 1 << 12, 1 << 22] {
                for _ in 0 ..< (workers == 1 ? 1 : 6) {
                    #expect(d51Refusal(f, workers: workers, blockSize: blockSize) == want, "workers \(workers), blocks \(blockSize)")
                }
            }
        }
    }

    /// Past ``SameFileTotals/markedLimit`` rows that say they are totals, those kept are the
    /// first by line, whatever order the workers' tables were merged in.
    @Test func theMarkedRowsKeptAreTheFirstByLine() {
        func marked(_ line: UInt64) -> SameFileTotals.Marked {
            let day = CalendarDay(year: 2023, month: 1, day: 1)!
            return SameFileTotals.Marked(at: 1 << 32 | line, label: 3, place: 0, day: day, last: day, figure: 2, strong: true, world: 5)
        }
        let n = UInt64(SameFileTotals.markedLimit)
        var a = SameFileTotals(), b = SameFileTotals()
        // Worker a read the later half first, b the earlier half in reverse.
        for line in stride(from: 3 * n, to: n, by: -1) { a.noteMarked(marked(line)) }
        for line in (1 ... n).reversed() { b.noteMarked(marked(line)) }
        for (x, y) in [(a, b), (b, a)] {
            var m = x
            m.merge(y)
            #expect(m.markedRows.map { $0.at & 0xFFFF_FFFF }.sorted() == Array(1 ... n))
        }
    }
}

@Suite struct Determ51StockNotes {
    /// review57 F2: the joint region's note quoted `Iraq 6 [3–10], Iraq 1 [0–4]`, stocks
    /// of Iraq in P4 and P5 with nothing to tell them apart. Each figure now says its place
    /// when the output does not (here by actor), its adm_2 or else its adm_1 (quoted when it
    /// carries brackets), in the order of determ50 (name, then place).
    @Test func aJointRegionsStockNoteSaysWhereEachFigureIs() throws {
        let dir = scratchFolder("determ51-stocks")
        let path = dir + "/nd2.csv"
        var text = "id,date_start,date_end,country,adm_1,adm_2,actor,measure,low,best,high,source\n"
        for (i, r) in [("Iraq;Syria", "P1", "", 4, 5, 9), ("Iraq;Syria", "P2", "", 4, 7, 9), ("Iraq;Syria", "P3", "", 3, 9, 12), ("Iraq", "P4", "", 3, 6, 10),
                       ("Iraq", "P5", "Q (old)", 0, 1, 4), ("Iraq", "P6", "", 2, 3, 4), ("Iraq", "P7", "", 3, 10, 13), ("Syria", "P8", "", 1, 2, 3)].enumerated() {
            text += "\(i + 1),2023-01-0\(i + 1),2023-01-0\(i + 1),\(r.0),\(r.1),\"\(r.2)\",AAAA,members,\(r.3),\(r.4),\(r.5),s\n"
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        for workers in [1, 2, 3, 8] {
            let byActor = try read([path], by: [.actor], workers: workers).notes.first { $0.contains("a stock of the joint region") }
            #expect(byActor?.hasPrefix("AAAA, all, members: a stock of the joint region Iraq;Syria (5 [4–9] in P1) and stocks of its member countries "
                + "(Iraq 6 [3–10] in P4, Iraq 1 [0–4] in \"Q (old)\", Iraq 3 [2–4] in P6 and 2 more) are added into one figure (and in 2 more groups)") == true,
                    "\(byActor ?? "none")")
            // By adm_1 and actor each stock is a row of its own place: no note.
            let byAdm1 = try read([path], by: [.adm1, .actor], workers: workers).notes.first { $0.contains("a stock of the joint region") }
            #expect(byAdm1 == nil, "\(byAdm1 ?? "none")")
        }
    }

    /// The same without places (StockLevelsTests' form): nothing is added to the note.
    @Test func aJointRegionsStockNoteWithoutPlacesIsAsBefore() throws {
        let dir = scratchFolder("determ51-stocks2")
        let path = dir + "/j.csv"
        let text = "id,date_start,date_end,country,adm_1,adm_2,actor,measure,low,best,high,source\n"
            + "1,2023-01-01,2023-01-01,Iraq;Syria,,,AAAA,members,4,5,9,s\n2,2023-01-02,2023-01-02,Iraq,,,AAAA,members,3,6,10,s\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let note = try read([path], by: [.actor]).notes.first { $0.contains("a stock of the joint region") }
        #expect(note?.hasPrefix("AAAA, all, members: a stock of the joint region Iraq;Syria (5 [4–9]) and stocks of its member countries "
            + "(Iraq 6 [3–10]) are added into one figure (the finest cells") == true, "\(note ?? "none")")
    }

    /// Two groups written two ways in one place and month (`ISIS`/`Daesh`, `HTS`/`Hayat
    /// Tahrir al-Sham`): the refusal names the first by its group's name, on every run
    /// (the two tied and kept a Dictionary's order).
    @Test func twoGroupsOfAliasesInOnePlaceAreRefusedInOneOrder() throws {
        let dir = scratchFolder("determ51-aliases")
        let path = dir + "/a.csv"
        var text = "date_start,country,adm_1,actor,measure,estimate\n"
        for (i, n) in ["ISIS", "HTS", "Daesh", "Hayat Tahrir al-Sham"].enumerated() { text += "2023-02-1\(i),Syria,,\(n),members,\(1000 * (i + 1))\n" }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        var seen: Set<String> = []
        for workers in [1, 2, 3, 8] {
            for _ in 0 ..< 3 { seen.insert(errorOf { _ = try read([path], by: [.country], period: .month, workers: workers) }.map { "\($0.exitCode) \($0.message)" } ?? "read") }
        }
        #expect(seen.count == 1, "\(seen)")
        #expect(seen.first?.hasPrefix("65 Syria, 2023-02, members: stocks of Syria with actors \"HTS\" (2,000) and \"Hayat Tahrir al-Sham\" (4,000) would be added "
            + "into one figure (and in 1 more group), and these are names of one group (Hayat Tahrir al-Sham)") == true, "\(seen)")
    }
}

@Suite struct Determ51LongGaps {
    /// review56 F10: a note for each country with a long gap, all on one line (5,000
    /// countries over a century wrote 1.4 MB). Now the first 10 by name, then how many more;
    /// `--verbose` (``IngestOutcome/inFull(_:)``) names every one.
    @Test func aFileOfManyCountriesNamesTheFirstTenOfThoseWithLongGaps() throws {
        let dir = scratchFolder("determ51-gaps")
        let countries = ["Yemen", "Afghanistan", "Burkina Faso", "Chad", "Colombia", "Ethiopia", "Iraq", "Kenya", "Lebanon", "Libya", "Mali", "Niger",
                         "Nigeria", "Somalia", "Sudan", "Syria"]
        var text = "id,date_start,date_end,country,measure,best\n"
        let first = CalendarDay(year: 2023, month: 1, day: 1)!
        var id = 0
        for (k, c) in countries.enumerated() {
            // Daily all year, but for 20 days of its own (each country's in another month).
            for d in 0 ..< 365 where !(20 * k + 10 ..< 20 * k + 30).contains(d) {
                id += 1
                let day = first.adding(days: d)
                text += "\(id),\(day),\(day),\(c),killed,1\n"
            }
        }
        let f = dir + "/gaps.csv"
        try text.write(toFile: f, atomically: true, encoding: .utf8)
        var seen: Set<String> = []
        for workers in [1, 2, 3, 8] {
            var o = try read([f], by: [.country], period: .month, workers: workers)
            o.markThinPeriods(kind: .month) // as aggregate does
            let notes = o.notes.filter { $0.contains("has no record from") }
            #expect(notes.count == 1, "\(notes)")
            guard let note = notes.first else { continue }
            seen.insert(note)
            let named = countries.filter { note.contains("\($0) in gaps.csv has no record from") }
            #expect(named == ["Afghanistan", "Burkina Faso", "Chad", "Colombia", "Ethiopia", "Iraq", "Kenya", "Lebanon", "Libya", "Mali"], "\(named)")
            #expect(note.hasSuffix("; and 6 more countries in gaps.csv have long gaps in their records, their figures partial likewise (--verbose lists them)"), "\(note)")
            let full = o.inFull(note)
            #expect(countries.allSatisfy { full.contains("\($0) in gaps.csv has no record from") }, "\(full)")
            #expect(!full.contains("more countries"))
            // The note is the full one cut after its tenth country.
            let cut = note.range(of: "; and 6 more countries")!.lowerBound
            #expect(full.hasPrefix(String(note[..<cut]) + "; Niger in "), "\(full)")
            #expect(o.inFull("another note") == "another note")
        }
        #expect(seen.count == 1)
    }

    /// Ten countries or fewer: every one, as before.
    @Test func tenCountriesAreAllNamed() throws {
        let periods = (0 ..< 10).map { k in
            DatasetCoverages.Dataset.ThinPeriod(first: CalendarDay(year: 2023, month: 2, day: 1)!, last: CalendarDay(year: 2023, month: 2, day: 28)!,
                               silent: [CalendarDay(year: 2023, month: 2, day: 1)! ... CalendarDay(year: 2023, month: 2, day: 20)!],
                               gaps: [CalendarDay(year: 2023, month: 1, day: 25)! ... CalendarDay(year: 2023, month: 2, day: 20)!], ordinary: 1, place: "C\(9 - k)")
        }
        let all = DatasetCoverages.thinNote(name: "f.csv", periods: periods, kind: .month)
        #expect(DatasetCoverages.thinNote(name: "f.csv", periods: periods, kind: .month, most: 10) == all)
        #expect(all.hasPrefix("C0 in f.csv has no record from 2023-01-25 to 2023-02-20 (27 days)"), "\(all)")
        let cut = DatasetCoverages.thinNote(name: "f.csv", periods: periods + [DatasetCoverages.Dataset.ThinPeriod(first: periods[0].first, last: periods[0].last, silent: periods[0].silent,
                                                                                                   gaps: periods[0].gaps, ordinary: 1)], kind: .month, most: 3)
        // The file's own gap first, then three countries by name, then the count.
        #expect(cut.hasPrefix("f.csv has no record from"), "\(cut)")
        #expect(cut.components(separatedBy: " has no record from").count == 5, "\(cut)")
        #expect(cut.hasSuffix("; and 7 more countries in f.csv have long gaps in their records, their figures partial likewise (--verbose lists them)"), "\(cut)")
    }
}
