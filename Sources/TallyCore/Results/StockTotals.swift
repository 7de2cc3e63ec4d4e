/// The rule for a stock for all actors together summed with stocks of other actors in one
/// place and period (stocks6 item 4): `Total` 12,000 beside HTS 10,000 and Hurras al-Din
/// 2,000 in Idlib read 24,000 in `tally aggregate --by country` with only a note on
/// standard error, a figure no source gave (the total already counts its parts). A
/// silent wrong number is worse than a refusal, and which figure the user wants (the
/// total, or the named groups) only they can say, so the sum is refused wherever it would
/// be printed or drawn: `aggregate`, `chart` and a report's figures (each through
/// ``Aggregator/stocksOverlapping(totals:namesNoOne:meansAll:)``); grouped by actor the
/// rows stay apart, as written, and nothing is refused. A stock whose actor names no one
/// (`Unknown`, `Various`, an empty cell) beside named actors' is a figure of other
/// people: it adds, with the note it had.
public enum StockTotals {
    /// Whether a stock whose actor cell is `written` (the cell as written; `meansAll`
    /// TallyIO's word list: `Total`, `All`, `Overall`, `Todos`, `Ensemble`, `المجموع`)
    /// beside `parts` other stocks of its place is refused rather than summed.
    public static func refuses(written: String, meansAll: Bool, parts: Int) -> Bool {
        !written.isEmpty && meansAll && parts > 0
    }

    /// The refusal: where, the total's cell and figure, its parts, and the two ways out
    /// (`--actor` keeps only the actors named, `--by actor` shows them apart).
    /// `label`: the output group (`Idlib (Syria), 2023-02, members`); `place` the place
    /// said; `total` the actor cell (`"Total" (12,000)` is made here); `parts` each
    /// other stock as `name figure`.
    public static func message(label: String, place: String, total: String, figure: String, parts: [(name: String, figure: String)],
                               more: Int) -> String {
        let list = parts.prefix(3).map { "\($0.name.isEmpty ? "no actor" : BracketedNames.name($0.name)) \($0.figure)" }.joined(separator: ", ")
            + (parts.count > 3 ? " and \(parts.count - 3) more" : "")
        let others = parts.map(\.name).filter { !$0.isEmpty }
        let keep = others.prefix(3).map { "--actor \(shellWord($0))" }.joined(separator: " ") + (others.count > 3 ? " …" : "")
        let moreText = more > 0 ? " (and in \(more) more group\(more == 1 ? "" : "s"))" : ""
        return "\(label): a stock of \(place) with actor \"\(total)\" (\(figure)), a figure for all actors together, would be added to the "
            + "other stocks there (\(list))\(moreText): the total already counts them, so the sum counts them twice. Leave the total rows "
            + "out of the input, or keep only what you want to count: "
            + (keep.isEmpty ? "" : "\(keep) for the named actors, or ")
            + "--actor \(shellWord(total)) for the total; --by actor shows them apart"
    }

    /// A name as one shell word: quoted when it holds anything but letters, digits, `-`, `_`, `.`.
    static func shellWord(_ s: String) -> String {
        let plain = s.unicodeScalars.allSatisfy { ($0.properties.isAlphabetic || ("0" ... "9").contains($0) || "-_.".unicodeScalars.contains($0)) }
        guard !plain || s.isEmpty else { return s }
        var out = "'"
        for c in s { out += c == "'" ? "'\\''" : String(c) }
        return out + "'"
    }
}
