import ArgumentParser
import Foundation
import TallyCharts
import TallyCore
import TallyIO
import TallyReport

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Build a multi-page PDF brief, web PNGs, a CSV and a web page from a YAML report spec.",
        discussion: """
        The spec names the datasets, the period and the sections (summary, bar, timeline, table, notes); see docs/reports.md. Files are NAME-PERIOD.pdf, NAME-PERIOD-CHART.png (2× scale) and NAME-PERIOD.csv in --out-dir, and with --format html (or html in the spec's formats:) NAME-PERIOD.html, the brief as one self-contained web page (inline SVG charts, tables, no script, nothing loaded from elsewhere); the paths written are printed one a line (--json: as one JSON object). All files are written to temporary files first and renamed together at the end, so a failed or killed run leaves the previous ones untouched; a run then removes the files an earlier run of the same spec and period wrote and it did not (a chart now without data, a dropped section or format), and says so on stderr. The same spec and data give byte-identical files.

        Examples:
          tally report Reports/monthly.yml --out-dir out
          tally report Reports/monthly.yml --period 2023-04 --format pdf --paper letter
          tally report Reports/syria-ucdp.yml --format pdf,html --out-dir out

        Exit codes: 0 written; 64 usage or spec error (the message names the spec line and key); 65 data error, or no records in the period (unless allow_empty: true); 66 spec or dataset missing; 73 output folder or file cannot be created; 74 I/O error.
        """
    )

    @Argument(help: ArgumentHelp("The report spec (YAML).", valueName: "spec.yml"))
    var spec: String

    @Option(name: .long, help: ArgumentHelp("latest (the last period the data covers completely and that has ended, the default) or a label such as 2023-04.", valueName: "period"))
    var period: String?

    @Option(name: .customLong("out-dir"), help: ArgumentHelp("Folder for the files (created when missing).", valueName: "dir"))
    var outDir: String = "."

    @Option(name: .long, help: ArgumentHelp("Which files: any of pdf, png, csv, html, comma-separated (default: the spec's formats:, else pdf,png,csv).", valueName: "pdf,png,csv,html"))
    var format: String?

    @Option(name: .long, help: "Paper size: a4 or letter.")
    var paper: PaperName = .a4

    @Flag(name: .long, help: "Print the written paths as a JSON object.")
    var json = false

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Take this day as today for 'latest' (default: the host's local date). For scripts and tests; an instant (2023-05-31T11:00Z, or with an offset such as +05:30) is taken as its date in the host's time zone, as the clock is.", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @OptionGroup var input: InputFlags

    @Option(name: .long, help: ArgumentHelp("Digits of a report written in ar or fa: latin or native (default: the spec's digits:, else CLDR's: latin for ar, Persian for fa).", valueName: "latin|native"))
    var digits: DisplayLocale.Digits?

    enum PaperName: String, ExpressibleByArgument, CaseIterable { case a4, letter }

    var formats: Set<ReportFormat>? {
        get throws {
            guard let format else { return nil }
            var out = Set<ReportFormat>()
            for part in format.split(separator: ",").map({ String($0).trimmingSpaces.lowercased() }) where !part.isEmpty {
                guard let f = ReportFormat(rawValue: part) else {
                    throw ValidationError("--format: unknown format '\(part)' (use pdf, png, csv, html)")
                }
                out.insert(f)
            }
            if out.isEmpty { throw ValidationError("--format: name at least one of pdf, png, csv, html") }
            return out
        }
    }

    func validate() throws {
        _ = try formats
        // `-` is standard input among the inputs; a script's `--out-dir -` would get a
        // folder named `-`, not the files it expected on a pipe.
        if outDir == "-" {
            throw ValidationError("--out-dir -: a report writes several files (the PDF, its charts' PNGs, the CSV, the web page) into a folder, and standard output cannot hold them apart; give a folder (--out-dir out), or --out-dir ./- for a folder named -")
        }
        if let bad = FileNames.unsafeScalar(in: outDir) {
            throw ValidationError("--out-dir contains \(FileNames.describe(bad)); the written paths are printed one a line, so choose a folder name without it")
        }
        if let asOf, ReportCommand.asOfDay(asOf) == nil {
            throw ValidationError("--as-of: \"\(asOf)\" is not a date (YYYY-MM-DD) or an instant (YYYY-MM-DDTHH:MMZ, or with an offset such as +05:30)")
        }
    }

    /// Today by the host's clock and time zone (cron runs in local time: a UTC+14 host
    /// on 1 June must report on May, not April), only to decide which periods are over
    /// for `latest`.
    static var today: CalendarDay { localDay(time(nil)) }

    /// `--as-of`: a day as written, or an instant (`2023-05-31T11:00Z`,
    /// `2023-05-31T23:30:00+05:30`) taken as its date in the host's time zone, the way
    /// ``today`` takes the clock's (so a script can pin the instant and still get the
    /// host's local date); `nil` for anything else.
    static func asOfDay(_ text: String) -> CalendarDay? {
        if let d = CalendarDay(text) { return d }
        let u = Array(text.utf8)
        guard u.count >= 17, u[10] == UInt8(ascii: "T"), let day = CalendarDay(String(decoding: u[0 ..< 10], as: UTF8.self)) else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= u.count, r.allSatisfy({ u[$0] >= 48 && u[$0] <= 57 }) else { return nil }
            return r.reduce(0) { $0 * 10 + Int(u[$1] - 48) }
        }
        guard let h = num(11 ..< 13), u[13] == UInt8(ascii: ":"), let m = num(14 ..< 16), h < 24, m < 60 else { return nil }
        var i = 16, s = 0
        if i < u.count, u[i] == UInt8(ascii: ":") {
            guard let sec = num(17 ..< 19), sec < 60 else { return nil }
            s = sec; i = 19
        }
        var offset = 0
        if i == u.count - 1 && u[i] == UInt8(ascii: "Z") {
            offset = 0
        } else if i + 6 == u.count, u[i] == UInt8(ascii: "+") || u[i] == UInt8(ascii: "-"), u[i + 3] == UInt8(ascii: ":"),
                  let oh = num(i + 1 ..< i + 3), let om = num(i + 4 ..< i + 6), oh <= 14, om < 60 {
            offset = (oh * 60 + om) * 60 * (u[i] == UInt8(ascii: "+") ? 1 : -1)
        } else {
            return nil  // an instant without its offset would be a guess at the zone
        }
        let seconds = Int(day.daysSinceEpoch) * 86400 + h * 3600 + m * 60 + s - offset
        return localDay(time_t(seconds))
    }

    /// The date of the instant `now` in the host's time zone.
    static func localDay(_ instant: time_t) -> CalendarDay {
        var now = instant
        var parts = tm()
        guard localtime_r(&now, &parts) != nil,
              let d = CalendarDay(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
        else { return CalendarDay(daysSinceEpoch: Int32(Int(now) / 86400)) }
        return d
    }

    func run() throws {
        var request = ReportRequest(specPath: spec, period: period, outDir: outDir, formats: try formats,
                                    paper: paper == .letter ? .letter : .a4,
                                    today: asOf.flatMap(ReportCommand.asOfDay) ?? ReportCommand.today, locale: input.locale)
        // For every dataset; a dataset's own encoding, sheet, date_order or date_range wins.
        request.input = FileInputOptions(encoding: input.encoding == "auto" ? nil : TextEncoding(name: input.encoding),
                                         sheet: input.sheet, dateOrder: input.dateOrder, plausibleDates: input.plausibleDates,
                                         overlap: input.overlap, adminLevel: input.adminLevel)
        request.printsToStandardOutput = true
        request.digits = digits
        let outputs = try Report.run(request)
        for w in outputs.warnings { writeStderr("tally: " + w + "\n") }
        var text = ""
        if json {
            var fields: [String] = ["\"period\": " + ResultWriter.jsonString(outputs.period)]
            if let pdf = outputs.pdf {
                fields.append("\"pdf\": " + ResultWriter.jsonString(pdf))
                fields.append("\"pages\": \(outputs.pageCount)")
            }
            let charts = outputs.charts.map { ResultWriter.jsonString($0.id) + ": " + ResultWriter.jsonString($0.path) }
            fields.append("\"png\": {" + charts.joined(separator: ", ") + "}")
            let alt = outputs.alt.map { ResultWriter.jsonString($0.id) + ": " + ResultWriter.jsonString($0.text) }
            fields.append("\"alt\": {" + alt.joined(separator: ", ") + "}")
            if let html = outputs.html { fields.append("\"html\": " + ResultWriter.jsonString(html)) }
            if let csv = outputs.csv { fields.append("\"csv\": " + ResultWriter.jsonString(csv)) }
            if !outputs.removed.isEmpty {
                fields.append("\"removed\": [" + outputs.removed.map(ResultWriter.jsonString).joined(separator: ", ") + "]")
            }
            text = "{" + fields.joined(separator: ", ") + "}\n"
        } else {
            text = outputs.paths.map { $0 + "\n" }.joined()
        }
        try writeStdout(Array(text.utf8))
    }
}
