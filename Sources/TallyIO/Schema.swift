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

    /// Whether the schema's event ids are integers (UCDP GED's `id`), so an id written
    /// `214797.0` (a CSV that went through Excel or pandas) is the event 214797.
    /// ACLED's `event_id_cnty` (`SYR1234`) and native ids are text.
    var idsAreIntegers: Bool { self == .ucdpGED }

    /// Whether the schema's event ids are compared without ASCII letter case: ACLED's
    /// `event_id_cnty` is an ISO code and digits (`SYR1234`), so `syr1234` (a tool
    /// lower-cased it) is the same event (review28 S14: read twice, exit 0).
    var idsFoldCase: Bool { self == .acled }

    /// The schema a header belongs to. A file that looks like none of the datasets is
    /// read as native, so its missing columns are reported in native terms. UCDP,
    /// ACLED and HAPI headers are recognised in any letter case (older ACLED exports
    /// are upper case).
    ///
    /// A header missing one of a dataset's required columns (an ACLED export without
    /// `fatalities`, or with it renamed) is still that dataset's when it has at least
    /// three columns only that dataset has (``distinctive``): it is read as it, and the
    /// message names the dataset's missing column, not tally's native `date_start`.
    public static func detect(header: [String]) -> Schema {
        let exact = Set(header.map(\.trimmingSpaces))
        if exact.contains("measure") { return .native }
        let names = Set(header.map { $0.trimmingSpaces.lowercased() })
        if names.isSuperset(of: ["date_start", "side_a", "date_prec"])
            && (names.contains("best") || names.contains("best_est")) { return .ucdpGED }
        if names.isSuperset(of: ["event_date", "fatalities", "actor1"]) { return .acled }
        if names.isSuperset(of: ["location_code", "admin_level", "event_type", "events", "fatalities",
                                 "reference_period_start"]) { return .hapiConflict }
        var best: Schema = .native, bestCount = 2, tied = false
        for schema in [Schema.ucdpGED, .acled, .hapiConflict] {
            let columns: [String] = distinctive[schema] ?? []
            var count = 0
            for c in columns where names.contains(c) { count += 1 }
            if count > bestCount { (best, bestCount, tied) = (schema, count, false) } else if count == bestCount && count > 2 { tied = true }
        }
        return tied ? .native : best
    }

    /// Columns only one dataset has (lower case): none is tally's own, and none is
    /// another dataset's (`country`, `fatalities`, `event_type`, `latitude` are shared).
    public static let distinctive: [Schema: [String]] = {
        let ucdp: [String] = ["relid", "active_year", "code_status", "type_of_violence", "conflict_dset_id", "conflict_new_id",
                   "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a",
                   "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources", "source_article", "source_office",
                   "source_date", "source_headline", "source_original", "where_prec", "where_coordinates",
                   "where_description", "geom_wkt", "priogrid_gid", "country_id", "event_clarity", "date_prec", "deaths_a",
                   "deaths_b", "deaths_civilians", "deaths_unknown", "best_est", "low_est", "high_est", "gwnoa", "gwnob"]
        let acled: [String] = ["event_id_cnty", "event_id_no_cnty", "event_date", "time_precision", "disorder_type", "sub_event_type",
                 "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
                 "admin1", "admin2", "admin3", "geo_precision", "source_scale", "notes", "tags"]
        let hapi: [String] = ["location_code", "location_name", "location_ref", "admin1_ref", "admin1_code", "admin1_name",
                        "admin2_ref", "admin2_code", "admin2_name", "provider_admin1_name", "provider_admin2_name",
                        "admin_level", "reference_period_start", "reference_period_end", "resource_hdx_id", "has_hrp", "in_gho"]
        return [.ucdpGED: ucdp, .acled: acled, .hapiConflict: hapi]
    }()

    /// What a header read in this schema is called in a message about a workbook's sheets.
    var headerKind: String {
        switch self {
        case .native, .auto: "native (tally's own)"
        case .ucdpGED: "UCDP GED"
        case .acled: "ACLED"
        case .hapiConflict: "HDX HAPI"
        }
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
