import Foundation
import Testing
import TallyTestSupport

/// Issue 10 item 2 for workbooks: a table or an event list in `.xlsx` whose last month
/// is only partly covered (data to 28 May) is read with the coverage rule and `latest`
/// of the same rows in CSV: May's row says its days (`covered` 2023-05-01/2023-05-28),
/// and a report's `latest` as of 15 June is April; with the data to 31 May it is May.
/// Dates as a spreadsheet writes them: day serials in a date format (at midnight or the
/// day's last minute, which are the day; any other time of day is refused), ISO date cells (`t="d"`, Excel's strict form) and text.
@Suite struct XLSXCoverageAndLatest {
    /// Excel's day serial (1900 system) of `YYYY-MM-DD`.
    static func serial(_ day: String) -> Int {
        let p = day.split(separator: "-").map { Int($0)! }
        var (y, m) = (p[0], p[1])
        if m <= 2 { y -= 1; m += 12 }
        let era = y / 400, yoe = y - era * 400
        let doy = (153 * (m - 3) + 2) / 5 + p[2] - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468 + 25_569
    }

    enum Form: CaseIterable { case serial, serialWithTime, isoCell, text }

    /// A workbook of one sheet: dates (columns named `date…`) written in `form`, the
    /// other cells as inline strings.
    static func workbook(_ csv: String, form: Form, at path: String) throws {
        let lines = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = lines[0]
        func cell(_ v: String, column: String, row: Int) -> String {
            let text = textCell(v)
            guard row > 0, column.hasPrefix("date"), !v.isEmpty else { return text }
            switch form {
            case .serial: return numberCell(serial(v), style: 1)
            // 23:59 on the day (a period's end), or a thousandth of a second after
            // midnight (a float that came through a converter): the day written.
            case .serialWithTime: return numberCell("\(serial(v))\(column == "date_end" ? ".99930556" : ".0000000116")", style: 1)
            case .isoCell: return dateCell("\(v)T00:00:00", style: 1)
            case .text: return text
            }
        }
        let rows = lines.enumerated().map { i, fields in
            (i + 1, fields.enumerated().map { cell($0.element, column: header[$0.offset], row: i) })
        }
        try writeWorkbook([(name: "Data", xml: worksheetXML(rows))], styles: shortDateStyles, contentTypes: true, to: path)
    }

    /// Syria's killed every second day from 1 March to `last`.
    static func events(to last: Int) -> String {
        var s = "date_start,country,measure,best\n"
        for (month, days) in [(3, 31), (4, 30), (5, last)] {
            for d in stride(from: 1, through: days, by: 2) { s += "2023-0\(month)-\(d < 10 ? "0" : "")\(d),Syria,killed,\(d % 5 + 1)\n" }
            if month == 5 && last % 2 == 0 { s += "2023-05-\(last),Syria,killed,1\n" }
        }
        return s
    }

    /// A monthly table (every row a whole month) whose last row is May to `last`.
    static func table(to last: Int) -> String {
        "date_start,date_end,country,measure,best\n2023-01-01,2023-01-31,Syria,killed,120\n2023-02-01,2023-02-28,Syria,killed,90\n"
            + "2023-03-01,2023-03-31,Syria,killed,75\n2023-04-01,2023-04-30,Syria,killed,60\n2023-05-01,2023-05-\(last),Syria,killed,40\n"
    }

    func latest(_ path: String, in d: String) throws -> String {
        let spec = "title: T\nname: t\ndatasets:\n  - path: \(path)\n    source: S\n    licence: CC BY 4.0\nsections:\n  - type: summary\n"
        try spec.write(toFile: d + "/t.yml", atomically: false, encoding: .utf8)
        let r = try tally(["report", d + "/t.yml", "--out-dir", d, "--format", "csv", "--as-of", "2023-06-15"])
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout.replacingOccurrences(of: d + "/", with: "")
    }

    @Test func aWorkbookWhoseLastMonthIsPartReadsAsItsCSV() throws {
        for (name, text, last) in [("events", Self.events(to: 28), 28), ("events", Self.events(to: 31), 31),
                                   ("table", Self.table(to: 28), 28), ("table", Self.table(to: 31), 31)] {
            let d = tempDir()
            let csv = d + "/\(name).csv"
            try text.write(toFile: csv, atomically: false, encoding: .utf8)
            let want = try tally(["aggregate", csv, "--by", "country", "--period", "month", "--format", "csv"])
            #expect(want.status == 0, "\(want.stderr)")
            // May's row says its days when the data ends before 31 May, and only then.
            #expect(want.stdout.contains(",2023-05-01/2023-05-28\n") == (last == 28), "\(name) \(last): \(want.stdout)")
            let wantLatest = try latest(csv, in: d)
            #expect(wantLatest == (last == 28 ? "t-2023-04.csv\n" : "t-2023-05.csv\n"), "\(name) \(last)")
            for form in Form.allCases {
                let xlsx = d + "/\(name)-\(form).xlsx"
                try Self.workbook(text, form: form, at: xlsx)
                let got = try tally(["aggregate", xlsx, "--by", "country", "--period", "month", "--format", "csv"])
                #expect(got.status == 0, "\(form): \(got.stderr)")
                #expect(got.stdout == want.stdout, "\(name) \(last) \(form)")
                #expect(try latest(xlsx, in: d) == wantLatest, "\(name) \(last) \(form)")
            }
        }
    }

    /// The table rule of issue 10 holds for a workbook's dates too: a monthly table in
    /// `.xlsx` (its month ends at 23:59 of the last day, the time dropped) beside the
    /// records it sums, or beside a revision of it in CSV, is refused as in CSV; beside
    /// the same table in CSV it is a copy, and said so.
    @Test func aWorkbookTableBesideItsRecordsOrItselfIsRefused() throws {
        let d = tempDir()
        let records = d + "/records.csv", table = d + "/table.csv", copy = d + "/copy.csv"
        try Self.events(to: 28).write(toFile: records, atomically: false, encoding: .utf8)
        try Self.table(to: 31).replacingOccurrences(of: ",90\n", with: ",95\n").write(toFile: table, atomically: false, encoding: .utf8)
        try Self.table(to: 31).write(toFile: copy, atomically: false, encoding: .utf8)
        for form in Form.allCases {
            let xlsx = d + "/table-\(form).xlsx"
            try Self.workbook(Self.table(to: 31), form: form, at: xlsx)
            let beside = try tally(["aggregate", records, xlsx, "--by", "country", "--period", "month"])
            #expect(beside.status == 65, "\(form): \(beside.stdout)")
            #expect(beside.stderr.contains("\(xlsx) is a table by month"), "\(form): \(beside.stderr)")
            let twice = try tally(["aggregate", table, xlsx, "--by", "country", "--period", "month"])
            #expect(twice.status == 65, "\(form): \(twice.stdout)")
            #expect(twice.stderr.contains("\(table) and \(xlsx) are both tables by month"), "\(form): \(twice.stderr)")
            let same = try tally(["aggregate", copy, xlsx, "--by", "country", "--period", "month"])
            #expect(same.status == 65, "\(form): \(same.stdout)")
            #expect(same.stderr.contains("\(xlsx) holds the same 5 records as \(copy), written otherwise"), "\(form): \(same.stderr)")
        }
    }

    /// review29 S6: a date cell at 23:00 (a local midnight of the next day converted to
    /// UTC by the tool that wrote the workbook) or at 06:00 was cut to its date, so each
    /// event on the 1st moved to the month before, exit 0. Now it is refused as the same
    /// date written in a CSV is, with the time it carries and what to do; midnight and
    /// 23:59 still read (above).
    @Test func aDateCellWithATimeOfDayIsRefusedNotCut() throws {
        let d = tempDir()
        for (fraction, shown) in [(".95833333", "23:00"), (".25", "06:00"), (".5", "12:00")] {
            for iso in [false, true] {
                let xlsx = d + "/t\(shown.prefix(2))\(iso).xlsx"
                let date = iso ? dateCell("2023-02-28T\(shown):00", style: 1) : numberCell("\(Self.serial("2023-02-28"))\(fraction)", style: 1)
                let rows = "<row r=\"1\">" + ["date_start", "country", "measure", "best"].map { textCell($0) }.joined() + "</row>"
                    + "<row r=\"2\">" + [date, textCell("Syria"), textCell("killed"), numberCell(4)].joined() + "</row>"
                try Self.rawWorkbook(rows, at: xlsx)
                let r = try tally(["aggregate", xlsx, "--period", "month"])
                #expect(r.status == 65, "\(shown) \(iso): \(r.stdout)")
                #expect(r.stderr.contains("\"2023-02-28T\(shown):00\" carries the time \(shown): tally counts days and will not cut a time to its date"),
                        "\(shown) \(iso): \(r.stderr)")
                #expect(r.stdout.isEmpty)
            }
        }
    }

    /// A workbook of one sheet holding `rows` (`<row>` elements) as written.
    static func rawWorkbook(_ rows: String, at path: String) throws {
        try writeWorkbook([(name: "Data", xml: worksheetXML(rows: rows))], styles: shortDateStyles, contentTypes: true, to: path)
    }
}
