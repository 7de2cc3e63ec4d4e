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
        version: BuildInfo.versionLine,
        subcommands: [Aggregate.self, EstimateCommand.self, Chart.self, Info.self, ReportCommand.self]
    )

    /// Runs the command and maps tally's errors to their sysexits codes; argument
    /// errors keep ArgumentParser's wording (exit 64 with usage). Nothing ends in a
    /// crash report: help that cannot be printed is an I/O error (74) like any output.
    static func main() {
        guardStandardDescriptors()
        MemoryPolicy.apply()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as TallyError {
            fail(error)
        } catch {
            let code = exitCode(for: error)
            var message = fullMessage(for: error)
            if code == .success {
                do {
                    try writeStdout(Array((message + "\n").utf8))
                } catch {
                    fail(error)
                }
                exitProcess(0)
            }
            // ArgumentParser quotes a bad argument whole; a 100 KB one is cut.
            message = MessageText.boundingWords(message)
            if !message.isEmpty { writeStderr(message + "\n") }
            exitProcess(code.rawValue)
        }
    }

    static func fail(_ error: TallyError) -> Never {
        // The last guard for a value echoed whole: no word over 1 KiB (paths are kept).
        writeStderr("tally: " + MessageText.boundingWords(error.message, limit: 1024) + "\n")
        exitProcess(error.exitCode)
    }

    /// Started with standard input, output or error closed (`>&-`), the first file
    /// tally opens would get that number, and a result meant for standard output would
    /// land in it. Each closed one is held by /dev/null opened the wrong way round, so
    /// reading standard input or writing standard output fails cleanly (66, 74) and
    /// messages to a closed standard error go nowhere.
    static func guardStandardDescriptors() {
        for (fd, flags) in [(Int32(0), O_WRONLY), (1, O_RDONLY), (2, O_WRONLY)] where fcntl(fd, F_GETFD) == -1 {
            let held = open("/dev/null", flags)
            if held >= 0 && held != fd {
                _ = dup2(held, fd)
                close(held)
            }
        }
    }
}

/// Ends the process with `code` (`exit` of the C library, which is `Glibc.exit` on
/// Linux and `Darwin.exit` on macOS).
func exitProcess(_ code: Int32) -> Never {
    #if canImport(Glibc)
    Glibc.exit(code)
    #elseif canImport(Darwin)
    Darwin.exit(code)
    #endif
}
