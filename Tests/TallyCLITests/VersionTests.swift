import Foundation
import Testing
import TallyTestSupport

/// `tally --version` prints the one version constant and the build's commit
/// (docs/spec.md §6); `make dist` and `make deb` name their files from the same constant.
@Suite struct VersionTests {
    /// The version as written in Sources/tally/Version.swift, read the way the Makefile
    /// reads it (`static let version = "…"`).
    func versionConstant() throws -> String {
        let source = try String(contentsOfFile: packageRoot + "/Sources/tally/Version.swift", encoding: .utf8)
        let lines = source.split(separator: "\n").filter { $0.contains("static let version = \"") }
        #expect(lines.count == 1, "exactly one version constant, so the Makefile reads the one tally prints")
        let line = try #require(lines.first)
        return String(line.split(separator: "\"")[1])
    }

    @Test func printsTheVersionConstantAndTheCommit() throws {
        let version = try versionConstant()
        #expect(version.split(separator: ".").count == 3 && version.allSatisfy { $0.isNumber || $0 == "." },
                "a plain MAJOR.MINOR.PATCH, as archive and package names need")
        let r = try tally(["--version"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        // `swift test` builds without TALLY_COMMIT; a `make` build names the commit.
        let prefix = version + " (commit "
        #expect(r.stdout.hasPrefix(prefix) && r.stdout.hasSuffix(")\n"), "got \(r.stdout.debugDescription)")
        let commit = r.stdout.dropFirst(prefix.count).dropLast(2)
        #expect(commit == "unknown: built without make"
                || (!commit.isEmpty && commit.allSatisfy { $0.isHexDigit || $0.isLetter || $0 == "-" || $0 == "." }),
                "got commit \(commit.debugDescription)")
    }

    @Test func everySubcommandKnowsTheVersion() throws {
        let version = try versionConstant()
        for command in ["aggregate", "estimate", "info", "report"] {
            let r = try tally([command, "--version"])
            #expect(r.status == 0 && r.stdout.hasPrefix(version + " (commit "), "tally \(command) --version: \(r.stdout)")
        }
    }
}
