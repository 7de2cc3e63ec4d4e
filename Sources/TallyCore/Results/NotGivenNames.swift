import Foundation

/// The spellings sources and spreadsheets write in a cell that holds no name: `Unknown`,
/// `N/A`, `-`, `NaN` (pandas), `#N/A` (Excel), `Inconnu`, `غير معروف`. A group named so is
/// records whose place or actor the source could not give, exactly as an empty cell is, and
/// ranking it as a place or an actor would put "Unknown" at the top of a chart of
/// governorates (audit10 F2). The value is kept as written in every output; only the order
/// and colour of groups (``GroupOrder``) treat it as not given.
///
/// Only whole values are matched: `Unidentified Armed Group (Syria)` is an actor category a
/// source names and ranks, and `NA` (Namibia's code, and R's missing value, which tally
/// keeps as written: docs/aggregation.md) is no spelling of "none" here.
public enum NotGivenNames {
    /// Folded spellings (lower case, no accents, inner spaces single, surrounding brackets
    /// and spaces removed).
    static let spellings: Set<String> = [
        "unknown", "unk", "unkn", "not known", "n/a", "n.a.", "n. a.", "#n/a", "not available", "not applicable", "not given",
        "not stated", "not specified", "not reported", "not recorded", "unspecified", "unidentified", "unnamed", "null",
        "nil", "-", "--", "---", "—", "–", "?", "??", "???", ".", "..", "...",
        "inconnu", "inconnue", "inconnus", "non connu", "non precise", "non precisee", "non specifie", "non specifiee",
        "non renseigne", "non renseignee", "non disponible", "n.d.", "indetermine", "indeterminee",
        "desconocido", "desconocida", "no especificado", "no especificada", "sin especificar", "sin datos", "sin dato",
        "no disponible", "s/d", "s.d.", "sin informacion", "no consta", "sin identificar", "no identificado",
        "desconhecido", "desconhecida", "nao especificado", "nao especificada", "nao informado", "sem informacao", "ignorado",
        "unbekannt", "nicht angegeben", "k. a.", "k.a.", "keine angabe",
        "غير معروف", "غير معروفة", "مجهول", "مجهولة", "غير محدد", "غير محددة",
        "неизвестно", "неизвестный", "не указано", "невідомо", "bilinmiyor", "belirtilmemis", "tidak diketahui",
        "نامعلوم", "نامشخص", "sconosciuto", "non specificato", "nieznany",
    ]

    /// Whether `value` is a spelling of "no name" (an empty value is too).
    public static func contains(_ value: String) -> Bool {
        var t = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if t.isEmpty { return true }
        // pandas' and numpy's missing value, as they write it: never folded, since `Nan` is
        // a province of Thailand (review54 F6) and `None` a town of Piedmont.
        if t == "NaN" || t == "nan" { return true }
        // "(not given)", "[unknown]": a bracketed note.
        while let f = t.first, let l = t.last, t.count > 2, (f == "(" && l == ")") || (f == "[" && l == "]") {
            t = String(t.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
        }
        guard t.count <= 24 else { return false }
        let folded = t.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return spellings.contains(folded)
    }
}
