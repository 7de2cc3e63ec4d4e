/// Whether a measure's figures add up over time (SPEC §2).
///
/// Deaths in March and deaths in April add up; a group's 5,000 members in March and
/// 5,000 in April are the same people. Adding stocks like flows would double-count, so
/// every measure is classified before it is aggregated.
public enum MeasureKind: String, Sendable {
    /// Counted per event and summed: `killed`, `injured`, `displaced`, …
    case flow
    /// A standing size observed at a date: `members`, `fighters`, …
    case stock
}

/// Decides each measure's kind: the built-in stocks plus any the user declares.
public struct MeasureCatalog: Sendable, Equatable {
    public static let builtInFlows: [String] = ["killed", "injured", "wounded", "kidnapped", "displaced", "events"]
    public static let builtInStocks: Set<String> = ["members", "fighters", "supporters", "strength"]

    public private(set) var stocks: Set<String>

    /// - Parameter extraStocks: names declared with `--stock`; unknown measures are
    ///   otherwise flows.
    public init(extraStocks: [String] = []) {
        stocks = MeasureCatalog.builtInStocks.union(extraStocks.map(MeasureCatalog.canonicalName))
    }

    /// A measure name as tally keys it: no surrounding white space, lower case, so a
    /// `--stock Members` declares the same stock as rows of `members ` (TallyIO brings
    /// the names in data to this form, with Unicode NFC besides).
    public static func canonicalName(_ name: String) -> String {
        let chars = Array(name)
        guard let first = chars.firstIndex(where: { !$0.isWhitespace }),
              let last = chars.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(chars[first ... last]).lowercased()
    }

    public func kind(of measure: String) -> MeasureKind {
        stocks.contains(measure) ? .stock : .flow
    }
}
