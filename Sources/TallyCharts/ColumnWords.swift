/// Source columns a chart can be grouped by (`--by side_b`), in a reader's words, for
/// default headlines (issue 13, item 12): "Killed, by side B of the dyad", never
/// "Killed by" with nothing after it. Known columns of UCDP GED, ACLED and HDX HAPI
/// exports have a name (message `column.ID` of the catalogue, so in the chart's
/// language); any other column is named as what it is, a column (`column.unknown`).
public enum ColumnWords {
    /// Column → message id (after `column.`); HDX's admin names are the group nouns.
    static let known: [String: String] = [
        // UCDP GED (codebook names; side A is the government in state-based conflict)
        "side_a": "column.side_a", "side_b": "column.side_b", "dyad_name": "column.dyad", "dyad_new_id": "column.dyad",
        "conflict_name": "column.conflict", "conflict_new_id": "column.conflict", "type_of_violence": "column.type_of_violence",
        "region": "column.region", "where_prec": "column.where_prec", "date_prec": "column.date_prec",
        "event_clarity": "column.event_clarity", "source_office": "column.source_office", "source_original": "column.source_original",
        "where_coordinates": "column.location", "active_year": "column.active_year",
        // ACLED
        "event_type": "column.event_type", "sub_event_type": "column.sub_event_type", "disorder_type": "column.disorder_type",
        "actor1": "column.actor1", "actor2": "column.actor2", "assoc_actor_1": "column.assoc_actor_1",
        "assoc_actor_2": "column.assoc_actor_2", "inter1": "column.inter1",
        "inter2": "column.inter2", "interaction": "column.interaction",
        "civilian_targeting": "column.civilian_targeting", "admin3": "column.admin3", "location": "column.location",
        "source_scale": "column.source_scale", "iso": "column.iso",
        // HDX HAPI conflict events
        "location_code": "column.location_code", "admin1_name": "group.province", "admin2_name": "group.district",
        // tally's native schema
        "source": "column.source", "incident": "column.incident",
    ]

    /// `side_b` → `side B of the dyad` (`camp B de la dyade` in French); an unknown
    /// column → `column “xyz”`.
    public static func name(_ column: String) -> String {
        known[column.lowercased()].map { Messages.text($0) } ?? Messages.text("column.unknown", ["name": column])
    }
}
