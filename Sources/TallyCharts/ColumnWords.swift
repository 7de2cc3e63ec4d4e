/// Source columns a chart can be grouped by (`--by side_b`), in a reader's words, for
/// default headlines (issue 13, item 12): "Killed, by side B of the dyad", never
/// "Killed by" with nothing after it. Known columns of UCDP GED, ACLED and HDX HAPI
/// exports have a name; any other column is named as what it is, a column.
public enum ColumnWords {
    static let known: [String: String] = [
        // UCDP GED (codebook names; side A is the government in state-based conflict)
        "side_a": "side A of the dyad", "side_b": "side B of the dyad", "dyad_name": "dyad", "dyad_new_id": "dyad",
        "conflict_name": "conflict", "conflict_new_id": "conflict", "type_of_violence": "type of violence",
        "region": "region", "where_prec": "precision of the location", "date_prec": "precision of the date",
        "event_clarity": "clarity of the event", "source_office": "reporting agency", "source_original": "original source",
        "where_coordinates": "location", "active_year": "active year",
        // ACLED
        "event_type": "event type", "sub_event_type": "event sub-type", "disorder_type": "disorder type",
        "actor1": "first actor", "actor2": "second actor", "assoc_actor_1": "associated actor of the first",
        "assoc_actor_2": "associated actor of the second", "inter1": "type of the first actor",
        "inter2": "type of the second actor", "interaction": "interaction of actor types",
        "civilian_targeting": "civilian targeting", "admin3": "third administrative level", "location": "location",
        "source_scale": "scale of the source", "iso": "country code",
        // HDX HAPI conflict events
        "location_code": "location code", "admin1_name": "province", "admin2_name": "district",
        // tally's native schema
        "source": "source", "incident": "incident",
    ]

    /// `side_b` → `side B of the dyad`; an unknown column → `column "xyz"`.
    public static func name(_ column: String) -> String {
        known[column.lowercased()] ?? "column \u{201C}\(column)\u{201D}"
    }
}
