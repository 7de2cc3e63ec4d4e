/// The column layouts tally reads: its own (SPEC §2) and the two event datasets
/// journalists download as they come.
public enum Schema: String, CaseIterable, Sendable {
    /// Recognise each file by its header (the default).
    case auto
    /// SPEC §2: one measure per row, `measure,low,best,high` or `estimate`.
    case native
    /// UCDP Georeferenced Event Dataset: `low,best,high` are deaths (`killed`),
    /// `deaths_civilians` the civilians among them, `side_a` the actor.
    case ucdpGED = "ucdp-ged"
    /// ACLED export: `event_date`, `admin1`, `admin2`, `actor1`, `fatalities`.
    case acled

    /// The schema a header belongs to. A file that looks like neither dataset is read
    /// as native, so its missing columns are reported in native terms.
    public static func detect(header: [String]) -> Schema {
        let names = Set(header.map(\.trimmingSpaces))
        if names.contains("measure") { return .native }
        if names.isSuperset(of: ["date_start", "best", "side_a", "date_prec"]) { return .ucdpGED }
        if names.isSuperset(of: ["event_date", "fatalities", "actor1"]) { return .acled }
        return .native
    }

    /// The name of the dataset for source lines: UCDP and ACLED data must be credited
    /// to them (UCDP's licence is CC BY 4.0), not to the newspapers they coded.
    var credit: String? {
        switch self {
        case .ucdpGED: "UCDP GED"
        case .acled: "ACLED"
        case .auto, .native: nil
        }
    }
}
