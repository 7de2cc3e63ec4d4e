import TallyCore

/// The formats `tally aggregate` writes (SPEC §4).
public enum OutputFormat: String, CaseIterable, Sendable {
    case csv, json, table
}

/// Turns an aggregate into bytes. Writers build the whole output in memory: it is as
/// large as the number of groups, which is what the aggregate already holds, and a
/// complete buffer is what atomic output needs anyway.
public enum ResultWriter {
    public static func render(_ result: AggregateResult, as format: OutputFormat,
                              coveredColumn: String = "covered", covered: ((AggregateRow) -> String)? = nil) -> [UInt8] {
        switch format {
        case .csv: csv(result, coveredColumn: coveredColumn, covered: covered)
        case .json: json(result, coveredColumn: coveredColumn, covered: covered)
        case .table: Array(table(result, coveredColumn: coveredColumn, covered: covered).utf8)
        }
    }

    /// CSV as DuckDB's `COPY … TO 'x.csv' (HEADER)` writes the same rows: `\n` line
    /// ends, a field quoted only when it holds `,`, `"` or a line break, an unbounded
    /// high as an empty field. The last column, `estimate`, is the display form
    /// (`5,000–7,000`, `12+`, `~40`, `15+ (best 16)`): it keeps what the numbers alone
    /// lose (an open end reads back as "equal to best", the approximate flag is not a
    /// number), and tally's reader takes it back. The columns before it are
    /// byte-identical to DuckDB's for the same query.
    ///
    /// - Parameter partial: a report's CSV adds a last column, `partial`: for each row,
    ///   what the coverage rule says of its period for the datasets the row holds
    ///   (`data to 28 May`, `myanmar.csv data to 30 December`), empty when they cover it
    ///   completely. `nil`: no such column (`tally aggregate`).
    /// - Parameter covered: then a last column, `covered`: the days of the row's period
    ///   the data covers when only some (`2019-11-01/2019-11-15`), empty when all
    ///   (``DatasetCoverages/coveredText(of:kind:sources:)``); tally's reader takes it
    ///   back, so the file read back is no more complete than the data.
    /// - Parameter coveredColumn: its name: `covered_by_input` for the rows of inputs
    ///   covered differently (``DatasetCoverages/coveredColumn(periods:kind:)``), a
    ///   table tally refuses to read back.
    public static func csv(_ result: AggregateResult, partial: ((AggregateRow) -> String?)? = nil,
                           coveredColumn: String = "covered", covered: ((AggregateRow) -> String)? = nil) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 + result.rows.count * 48)
        let header = result.grouping.columns + ["period", "measure", "low", "best", "high", "events", "estimate"]
            + (partial == nil ? [] : ["partial"]) + (covered == nil ? [] : [coveredColumn])
        for (i, h) in header.enumerated() {
            if i > 0 { out.append(0x2C) }
            appendCSVField(h, to: &out)
        }
        out.append(0x0A)
        for row in result.outputRows {
            for value in row.keyValues(result.grouping) {
                appendCSVField(value, to: &out)
                out.append(0x2C)
            }
            appendCSVField(row.period, to: &out); out.append(0x2C)
            appendCSVField(row.measure, to: &out); out.append(0x2C)
            appendNumber(row.estimate.low, to: &out); out.append(0x2C)
            appendNumber(row.estimate.best, to: &out); out.append(0x2C)
            if let h = row.estimate.high { appendNumber(h, to: &out) }
            out.append(0x2C)
            appendNumber(row.events, to: &out); out.append(0x2C)
            appendCSVField(row.estimate.display, to: &out)
            if let partial {
                out.append(0x2C)
                if let note = partial(row) { appendCSVField(note, to: &out) }
            }
            if let covered {
                out.append(0x2C)
                appendCSVField(covered(row), to: &out)
            }
            out.append(0x0A)
        }
        return out
    }

    static func appendCSVField(_ s: String, to out: inout [UInt8]) {
        let needsQuotes = s.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        if !needsQuotes { out.append(contentsOf: s.utf8); return }
        out.append(0x22)
        for b in s.utf8 {
            if b == 0x22 { out.append(0x22) }
            out.append(b)
        }
        out.append(0x22)
    }

    static func appendNumber(_ n: Int64, to out: inout [UInt8]) {
        out.append(contentsOf: String(n).utf8)
    }

    /// A JSON array of objects with the CSV's column names; unbounded `high` is `null`,
    /// `approximate` says whether the figure is hedged ("about 40"), and `best_stated`
    /// whether a source stated the best (`false`: a range given with no best, whose
    /// best is the midpoint by rule, ``Estimate/bestStated``). tally reads the array
    /// back (a bare array of records is JSON input), `best_stated` included.
    /// - Parameter covered: then a last key, `covered`, as the CSV's column, which the
    ///   reader takes back as it takes the CSV's.
    public static func json(_ result: AggregateResult, coveredColumn: String = "covered",
                            covered: ((AggregateRow) -> String)? = nil) -> [UInt8] {
        var out = "["
        let keys = result.grouping.columns
        for (n, row) in result.outputRows.enumerated() {
            out += n == 0 ? "\n  {" : ",\n  {"
            for (k, v) in zip(keys, row.keyValues(result.grouping)) {
                out += jsonString(k) + ": " + jsonString(v) + ", "
            }
            out += "\"period\": " + jsonString(row.period)
            out += ", \"measure\": " + jsonString(row.measure)
            out += ", \"low\": \(row.estimate.low), \"best\": \(row.estimate.best), \"high\": "
            out += row.estimate.high.map(String.init) ?? "null"
            out += ", \"events\": \(row.events), \"approximate\": \(row.estimate.approximate)"
            out += ", \"best_stated\": \(row.estimate.bestStated)"
            out += ", \"estimate\": " + jsonString(row.estimate.display)
            if let covered { out += ", " + jsonString(coveredColumn) + ": " + jsonString(covered(row)) }
            out += "}"
        }
        out += result.outputRows.isEmpty ? "]\n" : "\n]\n"
        return Array(out.utf8)
    }

    /// A JSON string literal; non-ASCII text is written as UTF-8, control characters
    /// escaped.
    public static func jsonString(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// Aligned text for a terminal, estimates in display form (`5,000–7,000`, `12+`).
    /// `covered`: as the CSV's column; when some row's period is not covered whole, a
    /// last column `covered` says so for every row (empty when whole), since a person
    /// at a terminal was told a month cut on the 28th was whole while CSV and JSON said
    /// `2023-05-01/2023-05-28` (review36 S4). `coveredColumn`: its name, as the CSV's
    /// (`covered_by_input` when the inputs cover the periods differently: each row then
    /// says its own inputs' days, which under `covered` read as the days of the data,
    /// review37 N1).
    public static func table(_ result: AggregateResult, coveredColumn: String = "covered", covered: ((AggregateRow) -> String)? = nil) -> String {
        let days = covered.map { f in result.outputRows.map(f) } ?? []
        let showCovered = days.contains { !$0.isEmpty }
        let header = result.grouping.columns.map { TerminalText.escaped($0) } + ["period", "measure", "estimate", "events"]
            + (showCovered ? [coveredColumn] : [])
        var rows: [[String]] = [header]
        for (i, r) in result.outputRows.enumerated() {
            // Names from the data are shown, never acted on by the terminal (TerminalText).
            rows.append((r.keyValues(result.grouping) + [r.period, r.measure]).map { TerminalText.escaped($0) }
                        + [r.estimate.display, Estimate.grouped(r.events)] + (showCovered ? [days[i]] : []))
        }
        let rightAligned = showCovered ? Set([header.count - 3, header.count - 2]) : Set([header.count - 2, header.count - 1])
        var widths = [Int](repeating: 0, count: header.count)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], displayWidth(c)) } }
        var out = ""
        for (n, r) in rows.enumerated() {
            var line = ""
            for (i, c) in r.enumerated() {
                let padding = String(repeating: " ", count: widths[i] - displayWidth(c))
                if i > 0 { line += "  " }
                line += rightAligned.contains(i) ? padding + c : c + (i == r.count - 1 ? "" : padding)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
            if n == 0 {
                out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
            }
        }
        if result.outputRows.isEmpty { out += "(no rows)\n" }
        return out
    }

    /// Terminal columns a string takes: combining marks take none, and right-to-left
    /// letters take one each as left-to-right ones do.
    public static func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { n, u in
            let v = u.value
            let combining = (0x0300...0x036F).contains(v) || (0x064B...0x065F).contains(v) || v == 0x0670
                || (0x200B...0x200F).contains(v) || (0x2066...0x2069).contains(v)
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v) || (0x1F300...0x1FAFF).contains(v)
            return n + (combining ? 0 : wide ? 2 : 1)
        }
    }
}
