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

        Output columns: the keys, then period, measure, low, best, high, events, estimate (the display form: 5,000–7,000, 12+, ~40) and covered (the days of the row's period the data covers: empty when all of them, 2019-11-01/2019-11-15 when in part, none). JSON adds approximate and best_stated. An open-ended high is empty in CSV and null in JSON. Read back, covered is each row's coverage, so the file is never more complete than the data.

        covered_by_input: when the input files cover the table's periods differently (one ends on 15 November, another runs to 31 December), the last column is written as covered_by_input, each row saying the days of its own inputs, and standard error says so. tally refuses to read such a file back (exit 65): rows cannot say that an input has no row in a period, so read back as one dataset a period one input does not reach would look covered by the other's rows. To get files tally reads back, aggregate each input to a file of its own and give those files together (each is then a dataset of its own). See docs/spec.md §2 and §4.

        --from/--to wholly before or after every row read match nothing: exit 65 naming the data's dates, nothing written. So does a run whose every input holds no record (a header alone, an API response with an empty list): exit 65, nothing written; an empty input beside others that hold records is noted and read.

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

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically: an existing file is replaced only by a complete result); - is standard output.", valueName: "file"))
    var output: String?

    /// The file `-o` names; `nil` for standard output (no `-o`, or `-o -`, as `-` is
    /// standard input among the inputs: a script's `-o -` expects the pipe, not a file
    /// named `-`).
    var outputFile: String? { output == "-" ? nil : output }

    func validate() throws {
        _ = try parseGrouping(by)
        if let output, output.isEmpty { throw ValidationError("-o: empty file name") }
    }

    func run() throws {
        let grouping = try parseGrouping(by)
        try checkOutput(outputFile, inputs: data.files)
        var request = data.request(grouping: grouping, period: period)
        // The window rule chart bar uses (review17 #7): an event whose date span reaches
        // outside --from/--to belongs to no period of the window, whatever --period
        // (a year-dated event is not 16,517 killed of 1-3 January 2016): left out, said.
        if request.filter.from != nil || request.filter.to != nil {
            let a = request.filter.from ?? CalendarDay(daysSinceEpoch: Int32.min / 2)
            let b = request.filter.to ?? CalendarDay(daysSinceEpoch: Int32.max / 2)
            if a <= b { request.config.window = a ... b }
            // Also one starting before --from whose span reaches into the window (a table's
            // `2023-03-15,2023-04-14` row with --from 2023-04-01): said with the others, as a
            // chart's footnote says it (N8: it was left out without a word, April 1 for 51).
            request.filter.overlappingSpans = true
        }
        var outcome = try Ingest.run(request)
        try checkSomeRecordRead(outcome, notes: data)
        try checkWindowMatches(outcome, from: request.filter.from, to: request.filter.to, asked: windowWords(from: data.from, to: data.to))
        let outside = outcome.result.spanning.filter(\.outsideWindow)
        outcome.result.spanning.removeAll(where: \.outsideWindow)
        // The long-gap rule: a period overlapping a long silence of a dataset's records
        // is covered only where its records are (its `covered` says so), as in charts
        // and reports; standard error names the gaps.
        outcome.markThinPeriods(kind: outcome.result.period)
        let fmt = format ?? defaultFormat()
        // The days of each row's period its data covers (the coverage rule), cut by
        // --from/--to as the rows are, so that the CSV read back is no more complete
        // than the rows it holds (June 2016 with --to 2016-06-15 is covered to the 15th).
        // Inputs covering the table's periods differently (review9d #1): the column is
        // `covered_by_input` and the file is refused when read back.
        let (from, to) = (data.from.flatMap(CalendarDay.init), data.to.flatMap(CalendarDay.init))
        let alike = outcome.coveredAlike(from: from, to: to)
        let bytes = outcome.written(as: fmt, from: from, to: to)
        if let output = outputFile {
            try AtomicOutput.write(bytes, to: output)
        } else {
            try writeStdout(bytes)
        }
        data.reportNotes(outcome)
        for line in windowNotes(outside) { writeStderr("tally: " + line + "\n") }
        // --count-at-start keeps them, at their date_start: said, not silent (a year-dated
        // event counted in a window of three days is the publisher's rule, not the data's).
        if request.config.window != nil {
            var sums: [String: (Estimate?, Int64)] = [:], order: [String] = []
            for t in outcome.result.countedAtStart {
                if sums[t.measure] == nil { order.append(t.measure); sums[t.measure] = (.zero, 0) }
                sums[t.measure]!.0 = sums[t.measure]!.0.flatMap { try? $0.adding(t.estimate) }
                sums[t.measure]!.1 += t.events
            }
            for m in order {
                let (e, n) = sums[m]!
                writeStderr("tally: \(e?.display ?? "a total past 2^53") \(m) (\(Estimate.grouped(n)) event\(n == 1 ? "" : "s")) dated only to "
                            + "spans \(period == .all ? "" : "longer than a \(period.rawValue) or ")reaching outside --from/--to are counted at their date_start "
                            + "(--count-at-start), though their spans reach past the period or the dates\n")
            }
        }
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
        if let output = outputFile {
            let lower = output.lowercased()
            if lower.hasSuffix(".json") { return .json }
            if lower.hasSuffix(".txt") { return .table }
            return .csv
        }
        return isatty(1) != 0 ? .table : .csv
    }
}

/// One line per measure of the events `tally aggregate` leaves out because their date
/// span reaches outside `--from`/`--to` (``AggregateRow/outsideWindow``): `16,517 killed
/// (6 events) dated only to spans that reach outside --from/--to (2016-01-01 to 2016-12-31, …)`.
func windowNotes(_ rows: [AggregateRow]) -> [String] {
    var order: [String] = []
    var sums: [String: (estimate: Estimate?, events: Int64)] = [:]
    for r in rows {
        if sums[r.measure] == nil { order.append(r.measure); sums[r.measure] = (.zero, 0) }
        sums[r.measure]!.estimate = sums[r.measure]!.estimate.flatMap { try? $0.adding(r.estimate) }
        sums[r.measure]!.events += r.events
    }
    return order.map { m in
        let s = sums[m]!
        let total = s.estimate?.display ?? "a total past 2^53 (\(Estimate.grouped(Estimate.maximumValue)))"
        return "\(total) \(m) (\(Estimate.grouped(s.events)) event\(s.events == 1 ? "" : "s")) dated only to spans that reach "
            + "outside --from/--to are left out of every row: they belong to no period of those dates; widen --from/--to to "
            + "hold their spans, or leave them out to count them in rows of the intervals they span"
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
