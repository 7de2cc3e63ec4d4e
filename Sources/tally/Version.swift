import TallyBuildInfo

/// tally's version: this constant is the one place it is written. `make dist` and
/// `make deb` read it from here for the archive and package names.
enum BuildInfo {
    static let version = "0.1.0"

    /// The commit the binary was built from (`git describe --always --dirty`, passed by
    /// `make` as TALLY_COMMIT), or nil for a plain `swift build`. It is printed by
    /// `--version` only; no output file carries it, so charts, reports and CSVs stay
    /// byte-identical across builds.
    static var commit: String? {
        let commit = String(cString: tally_build_commit())
        return commit.isEmpty ? nil : commit
    }

    /// What `tally --version` prints, e.g. `0.1.0 (commit 131f991)`.
    static var versionLine: String {
        "\(version) (commit \(commit ?? "unknown: built without make"))"
    }
}
