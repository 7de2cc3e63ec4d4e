/// Words that say a figure is a total or the whole of something, one home for the three
/// readers that had each its own overlapping list (stop 36's code list): a place's name
/// (TallyIO's `KeyNotes.totalMarkers`: `Raqqa total`, `All areas`, `National`), a short
/// cell of a row (`SameFileTotals.totalWords`: `Total`, `Monthly total`, `Raqqa (gesamt)`)
/// and an actor cell (`ActorWords.markers`: `Total`, `All armed groups`). Each reader
/// takes the parts that fit it; each list is as it was (pinned by TallyIOTests'
/// `TotalWordsHome`).
public enum TotalWords {
    /// A sum, in every reader: `total`, `sum`, `subtotal`, Arabic `المجموع`, `الإجمالي`.
    public static let sum: Set<String> = ["total", "totals", "subtotal", "sum",
                                          "المجموع", "مجموع", "الإجمالي", "اجمالي", "إجمالي", "الاجمالي"]

    /// More words for a sum, read in a short cell only (German, French, Dutch, Spanish,
    /// Italian; Arabic `الكلي`): `Raqqa (gesamt)`, `Totale`.
    public static let sumInACell: Set<String> = ["subtotals", "sums", "gesamt", "insgesamt", "summe", "gesamtzahl", "somme", "totaal",
                                                 "totale", "totales", "الكلي", "المجموع الكلي"]

    /// The whole of something: `all`, `whole`, `overall`, `entire`, `grand`, Arabic `كامل`, `كل`.
    public static let whole: Set<String> = ["all", "whole", "overall", "entire", "grand", "كامل", "كل"]

    /// A country's whole (`National`, `Countrywide`): said of a place, never of all
    /// actors (`National forces` is a name).
    public static let country: Set<String> = ["national", "nationwide", "countrywide", "country", "nation"]

    /// A place's name written as a total (`Raqqa total`, `All areas`, `National`).
    public static let ofAPlace: Set<String> = sum.union(whole).union(country)

    /// A short cell that says its row is a total (`Total`, `Monthly total`, `Raqqa (gesamt)`).
    public static let inACell: Set<String> = sum.union(sumInACell)

    /// An actor cell for all actors together (`Total`, `All armed groups`), before the
    /// actor reader's own words for several, other and unknown actors.
    public static let ofAllActors: Set<String> = sum.union(whole)
}
