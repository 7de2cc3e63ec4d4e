import ArgumentParser
import TallyCore
import TallyIO
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct Aggregate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Sum casualties (flows) and size up groups (stocks) by region, actor and period.",
        discussion: """
        Flows (killed, injured, …) are summed: lows with lows, bests with bests, highs with highs; one open-ended figure ("at least 12") makes the total open-ended. Stocks (members, fighters, supporters, strength, or any --stock) take each place's latest observation in the period, never a sum over time.

        Output columns: the keys, then period, measure, low, best, high, events. An open-ended high is empty in CSV and null in JSON.

        Examples:
          tally aggregate events.csv
          tally aggregate events.csv --by adm1 --period month --measure killed
          tally aggregate a.csv b.csv --by actor --period all -o totals.json
          cat events.csv | tally aggregate - --country Syria --from 2023-01-01
          tally aggregate ged.csv --schema ucdp-ged --by country,type_of_violence --period year

        UCDP GED and ACLED files are recognised by their header (--schema auto). UCDP's low/best/high become `killed` and deaths_civilians `civilians_killed`; ACLED's fatalities become `killed`. Notes on rows with coarse dates, figures out of order or merged incident reports go to standard error.
        """
    )

    @OptionGroup var data: DataOptions

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Group by these keys: country, adm1 (implies country), adm2 (implies adm1), actor, and up to two source columns by name (side_b, type_of_violence, conflict_name).", valueName: "key[,key]"))
    var by: [String] = ["country"]

    @Option(name: .long, help: "Period: day, week (ISO 8601), month, quarter, year or all.")
    var period: PeriodKind = .year

    @Option(name: .long, help: "Output format: csv, json or table (default: from the -o extension, .json or .txt for a table, else csv; without -o, table on a terminal and csv otherwise).")
    var format: OutputFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically: an existing file is replaced only by a complete result).", valueName: "file"))
    var output: String?

    func validate() throws {
        _ = try parseGrouping(by)
        if let output, output.isEmpty { throw ValidationError("-o: empty file name") }
    }

    func run() throws {
        let grouping = try parseGrouping(by)
        try checkOutput(output, inputs: data.files)
        let outcome = try Ingest.run(data.request(grouping: grouping, period: period))
        let fmt = format ?? defaultFormat()
        // The days of each row's period its data covers (the coverage rule), cut by
        // --from/--to as the rows are, so that the CSV read back is no more complete
        // than the rows it holds (June 2016 with --to 2016-06-15 is covered to the 15th).
        // Inputs covering the table's periods differently (review9d #1): the column is
        // `covered_by_input` and the file is refused when read back.
        let (from, to) = (data.from.flatMap(CalendarDay.init), data.to.flatMap(CalendarDay.init))
        let alike = outcome.coveredAlike(from: from, to: to)
        let bytes = outcome.written(as: fmt, from: from, to: to)
        if let output {
            try AtomicOutput.write(bytes, to: output)
        } else {
            try writeStdout(bytes)
        }
        data.reportNotes(outcome)
        // Read back, one file is one dataset (review9d #1): rows of inputs covered
        // differently are refused.
        let all = outcome.datasets.datasets
        if fmt != .table, !alike, let d = all.first(where: { $0.coverage.runs != all[0].coverage.runs }) {
            writeStderr("tally: \(all[0].name) covers \(all[0].coverage.first) to \(all[0].coverage.last) and \(d.name) "
                        + "\(d.coverage.first) to \(d.coverage.last): each row's covered_by_input says its own input's days, "
                        + "and tally refuses to read this file back (as one dataset a period where one input has no row would "
                        + "read as covered by the other's rows); to read it back, aggregate each input to a file of its own and "
                        + "give those files together\n")
        }
    }

    private func defaultFormat() -> OutputFormat {
        if let output {
            let lower = output.lowercased()
            if lower.hasSuffix(".json") { return .json }
            if lower.hasSuffix(".txt") { return .table }
            return .csv
        }
        return isatty(1) != 0 ? .table : .csv
    }
}

/// Fails early, before reading gigabytes, when the output cannot be written or is one
/// of the inputs (however spelled: a symlink, a hard link, /dev/stdin, `-` redirected
/// from the file); without `-o`, when standard output is appended to an input.
func checkOutput(_ output: String?, inputs: [String]) throws(TallyError) {
    try AtomicOutput.checkStandardError(inputs: inputs)
    // An input that is one of a set a killed run was replacing (a report's CSV) is read
    // only once the set is whole: the renames are finished first (SetCommit).
    SetCommit.tell(try SetCommit.settle(inputs: inputs))
    if let output {
        try AtomicOutput.check(output: output, inputs: inputs)
    } else {
        try AtomicOutput.checkStandardOutput(inputs: inputs)
    }
}

/// Writes the requested result to standard output.
func writeStdout(_ bytes: [UInt8]) throws(TallyError) {
    try writeAll(1, bytes, path: "standard output")
}
