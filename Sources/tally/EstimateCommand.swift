import ArgumentParser
import TallyCore
import TallyIO

struct EstimateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "estimate",
        abstract: "Show how tally reads estimate text (\"5,000 to 7,000\", \"at least 12\").",
        discussion: """
        Each text is read as SPEC §1 describes; docs/estimates.md lists every form and the ranges tally gives vague words such as "dozens". Text that is not an estimate stops the command with exit 65 and prints nothing on standard output.

        Examples:
          tally estimate "5,000 to 7,000 members" "at least 12" "about 40" six
          tally estimate --format json "dozens of fighters"
        """
    )

    enum Format: String, ExpressibleByArgument { case table, json }

    @Argument(help: ArgumentHelp("Estimate text, one per argument (quote text with spaces).", valueName: "text"))
    var texts: [String] = []

    @Option(name: .long, help: "table (default) or json.")
    var format: Format = .table

    func validate() throws {
        if texts.isEmpty { throw ValidationError("give at least one estimate text, e.g. tally estimate \"at least 12\"") }
    }

    func run() throws {
        var parsed: [(String, Estimate)] = []
        for t in texts {
            do throws(EstimateParseError) {
                parsed.append((t, try EstimateParser.parse(t)))
            } catch {
                throw TallyError.data(error.description)
            }
        }
        switch format {
        case .json:
            var out = "["
            for (i, (t, e)) in parsed.enumerated() {
                out += i == 0 ? "\n  " : ",\n  "
                out += "{\"text\": \(ResultWriter.jsonString(t)), \"low\": \(e.low), \"best\": \(e.best), "
                out += "\"high\": \(e.high.map(String.init) ?? "null"), \"approximate\": \(e.approximate), "
                out += "\"display\": \(ResultWriter.jsonString(e.display))}"
            }
            out += "\n]\n"
            try writeStdout(Array(out.utf8))
        case .table:
            let rows = [["text", "low", "best", "high", "display"]] + parsed.map { t, e in
                [t, Estimate.grouped(e.low), Estimate.grouped(e.best), e.high.map(Estimate.grouped) ?? "unbounded",
                 e.display]
            }
            var widths = [Int](repeating: 0, count: 5)
            for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], ResultWriter.displayWidth(c)) } }
            var out = ""
            for (n, r) in rows.enumerated() {
                let cells = r.enumerated().map { i, c in
                    let pad = String(repeating: " ", count: widths[i] - ResultWriter.displayWidth(c))
                    return (1...3).contains(i) ? pad + c : c + pad
                }
                var line = cells.joined(separator: "  ")
                while line.hasSuffix(" ") { line.removeLast() }
                out += line + "\n"
                if n == 0 { out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n" }
            }
            try writeStdout(Array(out.utf8))
        }
    }
}
