import TallyCore

/// The column layouts tally reads: its own (SPEC §2) and the event datasets
/// analysts download as they come.
public enum Schema: String, CaseIterable, Sendable {
    /// Recognise each file by its header (the default).
    case auto
    /// SPEC §2: one measure per row, `measure,low,best,high` or `estimate`.
    case native
    /// UCDP Georeferenced Event Dataset (every release since 5.0, and the monthly UCDP
    /// Candidate events): `low,best,high` (`low_est,best_est,high_est` in older
    /// releases) are deaths (`killed`), `deaths_civilians` the civilians among them,
    /// `side_a` the actor.
    case ucdpGED = "ucdp-ged"
    /// ACLED export: `event_date`, `admin1`, `admin2`, `actor1`, `fatalities`, in lower
    /// or upper case.
    case acled
    /// HDX HAPI conflict events: monthly counts of events and fatalities by location
    /// and event type (already aggregated; see docs/aggregation.md).
    case hapiConflict = "hapi-conflict"

    /// The schema a header belongs to. A file that looks like none of the datasets is
    /// read as native, so its missing columns are reported in native terms. UCDP,
    /// ACLED and HAPI headers are recognised in any letter case (older ACLED exports
    /// are upper case).
    public static func detect(header: [String]) -> Schema {
        let exact = Set(header.map(\.trimmingSpaces))
        if exact.contains("measure") { return .native }
        let names = Set(header.map { $0.trimmingSpaces.lowercased() })
        if names.isSuperset(of: ["date_start", "side_a", "date_prec"])
            && (names.contains("best") || names.contains("best_est")) { return .ucdpGED }
        if names.isSuperset(of: ["event_date", "fatalities", "actor1"]) { return .acled }
        if names.isSuperset(of: ["location_code", "admin_level", "event_type", "events", "fatalities",
                                 "reference_period_start"]) { return .hapiConflict }
        return .native
    }

    /// The name of the dataset for source lines: UCDP and ACLED data must be credited
    /// to them (UCDP's licence is CC BY 4.0), not to the newspapers they coded.
    var credit: String? {
        switch self {
        case .ucdpGED: "UCDP GED"
        case .acled: "ACLED"
        case .hapiConflict: "HDX HAPI (ACLED)"
        case .auto, .native: nil
        }
    }

    /// The dataset's title as its publisher gives it, for a report's sources page when
    /// the spec names none (never the file's path).
    public var title: String? {
        switch self {
        case .ucdpGED: "UCDP Georeferenced Event Dataset (GED)"
        case .acled: "ACLED, Armed Conflict Location & Event Data"
        case .hapiConflict: "HDX HAPI conflict events (ACLED)"
        case .auto, .native: nil
        }
    }

    /// How the dataset reports (the gap rule, docs/aggregation.md): UCDP GED and
    /// ACLED code every event they know of in the span they cover, so a month without
    /// a record of a flow is a month with none recorded; HAPI's tables are ACLED's. A
    /// native CSV may be a few transcribed news items: not known to be continuous, so a
    /// period without a record is left without a point unless the user says otherwise
    /// (`--continuous`, a report dataset's `continuous: true`).
    public var reporting: Reporting {
        switch self {
        case .ucdpGED, .acled, .hapiConflict: .continuous
        case .auto, .native: .sparse
        }
    }

    /// The column that identifies an event: rows sharing a value are one event read
    /// twice (overlapping files), counted once.
    var idColumn: String? {
        switch self {
        case .native, .ucdpGED: "id"
        case .acled: "event_id_cnty"
        case .hapiConflict, .auto: nil
        }
    }

    /// The measures a measure name given by users means in this schema: ACLED's and
    /// HAPI's `fatalities` are tally's `killed`.
    static func canonicalMeasure(_ name: String, in schema: Schema) -> String {
        switch (schema, name.lowercased()) {
        case (.acled, "fatalities"), (.hapiConflict, "fatalities"), (.ucdpGED, "fatalities"),
             (.ucdpGED, "deaths"), (.ucdpGED, "best"): "killed"
        case (.ucdpGED, "deaths_civilians"): "civilians_killed"
        default: name
        }
    }
}
