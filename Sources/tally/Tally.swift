import ArgumentParser
import TallyIO
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@main
struct Tally: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tally",
        abstract: "Honest statistics, charts and reports from conflict-event records.",
        discussion: """
        Every figure is an estimate, often a range ("5,000 to 7,000 members", "at least 12 killed"); tally carries low, best and high through every sum instead of flattening them to one number.

        Examples:
          tally info events.csv
          tally aggregate Datasets/*.csv --by country --period month
          tally aggregate events.csv --by adm1 --measure killed --format json
          tally estimate "5,000 to 7,000 members" "at least 12 killed"
          tally chart bar events.csv --by country --measure killed -o killed.png
          tally report Reports/monthly.yml --out-dir out

        Exit codes (sysexits): 0 ok, 64 usage, 65 data error, 66 input missing or unreadable, 69 no usable font, 73 cannot create output, 74 I/O error.
        """,
        version: "0.1.0",
        subcommands: [Aggregate.self, EstimateCommand.self, Chart.self, Info.self, ReportCommand.self]
    )

    /// Runs the command and maps tally's errors to their sysexits codes; argument
    /// errors keep ArgumentParser's handling (exit 64 with usage).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as TallyError {
            fail(error)
        } catch {
            exit(withError: error)
        }
    }

    static func fail(_ error: TallyError) -> Never {
        writeStderr("tally: " + error.message + "\n")
        #if canImport(Glibc)
        Glibc.exit(error.exitCode)
        #else
        Darwin.exit(error.exitCode)
        #endif
    }
}
