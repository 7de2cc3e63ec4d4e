import ArgumentParser
import TallyCore
import TallyIO

struct EstimateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "estimate",
        abstract: "Show how tally reads estimate text (\"5,000 to 7,000\", \"at least 12\").",
        discussion: """
        Each text is read as SPEC §1 describes; docs/estimates.md gives the grammar, the vocabulary of each language and the ranges tally gives vague words such as "dozens". Every text is reported: a text that is not an estimate gets a row saying why, its reason also goes to standard error, and the command exits 65 if any text was refused. A text that starts with a dash ("-5") is read as a text, not as an option.

        --locale says how the digits are written: "de" reads 5.000 as five thousand and 1,5 as one and a half, "fr" reads 12 000 as twelve thousand, "hi" reads 1,00,000 as one lakh. Without it, forms that differ between conventions (5.000, 1,5) are refused.

        --measure reads a text with one figure per measure word ("5 dead 3 wounded", "killed: 5 wounded: 3") for that measure: killed (or deaths, fatalities), injured (or wounded), ...; without it such a text is refused naming each figure's measure. In data the row's measure does the same.

        Examples:
          tally estimate "5,000 to 7,000 members" "at least 12" "about 40" six
          tally estimate --format json "dozens of fighters"
          tally estimate --locale de "mindestens 5.000 Tote"
          tally estimate --measure injured "5 dead 3 wounded"
          tally estimate -5
        """
    )

    enum Format: String, ExpressibleByArgument { case table, json }

    @Option(name: .long, help: "table (default) or json.")
    var format: Format = .table

    @Option(name: .long, help: ArgumentHelp("How digits are grouped: a language code such as en, de, es, fr, ar, hi, or de-CH.",
                                            valueName: "locale"))
    var locale: String? = nil

    @Option(name: .long, help: ArgumentHelp("Read the figure of this measure from a text with one per measure (\"5 dead 3 wounded\"): killed, injured, ...",
                                            valueName: "measure"))
    var measure: String? = nil

    // `.allUnrecognized` keeps "-5" (and any other text that looks like an option) as
    // a text, so a pasted negative figure gets the estimate answer, not a usage error.
    @Argument(parsing: .allUnrecognized,
              help: ArgumentHelp("Estimate text, one per argument (quote text with spaces).", valueName: "text"))
    var texts: [String] = []

    func validate() throws {
        if texts.filter({ $0 != "--" }).isEmpty {
            throw ValidationError("give at least one estimate text, e.g. tally estimate \"at least 12\"")
        }
        try validateLocale(locale)
    }

    /// The built-in stock (``MeasureCatalog/builtInStocks``) a text names by a noun of a
    /// group's size when the reader names no measure: "5,000 members" → members, "2,000
    /// fighters" → fighters, "3,000 troops" → strength (review38 N9: the table showed no
    /// measure for them, and "killed" for "5 killed"). For the reader of the table only: the
    /// reading itself is unchanged. Nouns of people who are also counted per event
    /// (soldiers, civilians, refugees) name no stock here.
    static func stockNamed(in text: String) -> String? {
        var found: Set<String> = []
        for piece in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            var w = String(piece)
            if w.hasPrefix("ال"), w.count > 4 { w = String(w.dropFirst(2)) }
            if let m = stockNouns[w] { found.insert(m) }
        }
        return found.count == 1 ? found.first : nil
    }
    /// The measure column of a text read (nil: `(not named)` in the table, `null` in JSON):
    /// with `--measure`, the measure asked for, whenever the text names one for its figure
    /// (review44 N1: `--measure members "300 fighters"` showed "fighters", `--measure killed
    /// "5,000 fighters"` "fighters", `--measure nkill "5 killed"` "killed", exit 0; the figure
    /// was read as the measure asked for, and a text that names another measure for it is
    /// refused by the reader); without, the measure the words beside the figure name, or the
    /// stock a noun of a group's size names.
    static func measureColumn(asked: String?, reading: EstimateReading, text: String) -> String? {
        guard let named = reading.measureNamed ?? stockNamed(in: text) else { return nil }
        guard let asked else { return named }
        return MeasureCatalog.canonicalName(asked)
    }
    /// One table with the reader's nouns of a group's people (``GroupPeopleWords``, measures9).
    static let stockNouns: [String: String] = GroupPeopleWords.stockNouns

    func run() throws {
        let convention = locale.flatMap { NumberConvention(locale: $0) } ?? .unspecified
        // A "--" that ends the options is not a text; a second one is.
        var inputs = texts
        if let first = inputs.firstIndex(of: "--") { inputs.remove(at: first) }
        var results: [(String, Result<EstimateReading, EstimateParseError>)] = []
        for t in inputs {
            do throws(EstimateParseError) {
                results.append((t, .success(try EstimateParser.reading(t, convention: convention, measure: measure))))
            } catch {
                results.append((t, .failure(error)))
            }
        }
        switch format {
        case .json:
            // "locale" is the convention the digits were read under (null: none given);
            // a refusal's "locale_readings" are what the message on standard error names
            // ("--locale de reads it as 5,000", "--locale de (or fr) reads it as 1,200,000"), one entry per reading.
            let localeField = "\"locale\": " + (locale == nil ? "null" : ResultWriter.jsonString(convention.name))
            var out = "["
            for (i, (t, result)) in results.enumerated() {
                out += i == 0 ? "\n  " : ",\n  "
                switch result {
                case let .success(r):
                    let e = r.estimate
                    out += "{\"text\": \(ResultWriter.jsonString(t)), \"low\": \(e.low), \"best\": \(e.best), "
                    out += "\"high\": \(e.high.map(String.init) ?? "null"), \"approximate\": \(e.approximate), "
                    out += "\"best_stated\": \(e.bestStated), "
                    out += "\"display\": \(ResultWriter.jsonString(e.display)), "
                    out += "\"measure\": \(EstimateCommand.measureColumn(asked: measure, reading: r, text: t).map(ResultWriter.jsonString) ?? "null"), \(localeField)}"
                case let .failure(error):
                    let readings = error.readings.map { r in
                        "{\"locales\": [" + r.locales.map(ResultWriter.jsonString).joined(separator: ", ")
                            + "], \"reading\": " + ResultWriter.jsonString(r.reading) + "}"
                    }
                    out += "{\"text\": \(ResultWriter.jsonString(t)), \"error\": \(ResultWriter.jsonString(error.reason)), "
                    out += "\(localeField), \"locale_readings\": [" + readings.joined(separator: ", ") + "]}"
                }
            }
            out += "\n]\n"
            try writeStdout(Array(out.utf8))
        case .table:
            // A measure column when one was asked for or a text names one: the measure
            // the words beside the figure name ("5 dead" → killed), the stock a noun of a
            // group's size names ("5,000 members" → members, review38 N9: no column), and
            // "(not named)" for a text that names none, whether --measure was given or
            // another text named one (it was left blank there); with --measure, the measure
            // asked for where the text names one (``measureColumn(asked:reading:text:)``).
            let named = results.contains { if case let .success(r) = $0.1 { return r.measureNamed ?? EstimateCommand.stockNamed(in: $0.0) != nil } else { return false } }
            let showMeasure = measure != nil || named
            let header = ["text", "low", "best", "high"] + (showMeasure ? ["measure"] : []) + ["display"]
            let rows = [header] + results.map { t, result in
                switch result {
                case let .success(r):
                    let e = r.estimate
                    let m = EstimateCommand.measureColumn(asked: measure, reading: r, text: t) ?? "(not named)"
                    return [TerminalText.escaped(t), Estimate.grouped(e.low), Estimate.grouped(e.best), e.high.map(Estimate.grouped) ?? "unbounded"]
                        + (showMeasure ? [TerminalText.escaped(m)] : []) + [e.display]
                case let .failure(error):
                    return [TerminalText.escaped(t), "", "", ""] + (showMeasure ? [""] : [])
                        + [TerminalText.escaped("refused: " + error.reason)]
                }
            }
            var widths = [Int](repeating: 0, count: header.count)
            for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], ResultWriter.displayWidth(c)) } }
            var out = ""
            for (n, r) in rows.enumerated() {
                let cells = r.enumerated().map { i, c in
                    let pad = String(repeating: " ", count: max(0, widths[i] - ResultWriter.displayWidth(c)))
                    return (1...3).contains(i) ? pad + c : c + pad
                }
                var line = cells.joined(separator: "  ")
                while line.hasSuffix(" ") { line.removeLast() }
                out += line + "\n"
                if n == 0 { out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n" }
            }
            try writeStdout(Array(out.utf8))
        }
        let refused = results.compactMap { _, result -> EstimateParseError? in
            if case let .failure(error) = result { return error }
            return nil
        }
        if !refused.isEmpty {
            for error in refused.dropLast() { writeStderr("tally: " + error.description + "\n") }
            throw TallyError.data(refused.last!.description)
        }
    }
}
