import Foundation
import TallyCore

/// Actor cells that name no one group: a figure for everyone there or for no one in
/// particular (`Total`, `All armed groups`, `Various`, `Unknown`, `Unidentified armed
/// group`, `Others`, `Tous les groupes`, `مجهول`). A stock under such an actor beside
/// named actors' stocks of the same place is said as a stock with no actor is
/// (``Aggregator/stocksOverlapping(namesNoOne:)``, review39 S6): it may already hold
/// theirs.
///
/// The whole cell is read, never a word inside a name: every word of it must be one of
/// ``markers`` (at least one) or of ``beside`` (`armed`, `groups`, `of the`), so `All
/// Tripura Tiger Force` and `Unknown Soldiers Brigade`, real groups, are names. A
/// bracketed tail is left out (`Unidentified Armed Group (Syria)`, ACLED's form).
public enum ActorWords {
    /// Words that say "all of them" or "none named". The words for a total are
    /// TallyCore's (``TotalWords/ofAllActors``: `total`, `all`, `overall`, `الإجمالي`;
    /// not a country's whole), with the words for several, other and unknown actors in
    /// English, French, Spanish and Arabic.
    static let markers: Set<String> = folded(TotalWords.ofAllActors.union([
        "combined", "everyone", "everybody", "any", "none", "nobody", "various", "varied", "multiple", "several", "many",
        "mixed", "misc", "miscellaneous", "other", "others", "unknown", "unidentified", "unspecified", "unnamed",
        "unattributed", "unclaimed", "undetermined", "unclear", "anonymous", "na", "unk", "undisclosed", "not",
        // French
        "tous", "toutes", "tout", "ensemble", "divers", "diverses", "plusieurs", "multiples", "autre", "autres",
        "inconnu", "inconnus", "inconnue", "inconnues", "identifie", "identifies", "identifiee", "identifiees",
        "indetermine", "indetermines", "anonyme", "anonymes",
        // Spanish
        "todo", "todos", "todas", "varios", "varias", "diversos", "diversas", "otro", "otros", "otras",
        "desconocido", "desconocidos", "desconocida", "desconocidas", "identificado", "identificados",
        "identificar", "multiple",
        // Arabic
        "جميع", "كافة", "مجهول", "مجهولة", "مجهولون", "مجهولين", "معروف", "معروفة", "معروفين", "محدد", "محددة",
        "متعدد", "متعددة", "عدة", "أخرى", "اخرى", "آخرون", "آخرين", "أخرون", "مختلف", "مختلفة", "شتى", "الأخرى", "المجهولة", "المتعددة", "المختلفة",
    ]))

    /// Words that may stand beside them and name no group on their own (`armed`,
    /// `groups`, `of the`, `non-state`).
    static let beside: Set<String> = folded([
        "armed", "group", "groups", "actor", "actors", "party", "parties", "militia", "militias", "faction", "factions",
        "organization", "organizations", "organisation", "organisations", "force", "forces", "fighters", "combatants",
        "gunmen", "gunman", "assailants", "assailant", "attackers", "attacker", "perpetrator", "perpetrators",
        "individuals", "persons", "people", "men", "non", "state", "nonstate", "the", "of", "and", "or", "by", "in",
        "sources", "source", "known", "identified", "specified",
        // French, Spanish
        "groupe", "groupes", "arme", "armes", "acteur", "acteurs", "milice", "milices", "les", "des", "de", "du", "la",
        "le", "et", "non", "grupo", "grupos", "armado", "armados", "armada", "armadas", "actores", "fuerzas", "los",
        "las", "del", "y", "no", "sin",
        // Arabic
        "غير", "الجماعات", "جماعات", "جماعة", "الجماعة", "المسلحة", "مسلحة", "مسلح", "مسلحون", "مسلحين", "الفصائل",
        "فصائل", "فصيل", "جهات", "جهة", "الجهات", "أطراف", "الأطراف", "اطراف", "القوات", "قوات", "مجموعات",
        "المجموعات", "مجموعة", "و", "من",
    ])

    /// The form a word is compared in: folded as places are (``PlaceFolding/key(_:)``),
    /// without accents.
    static func fold(_ word: String) -> String {
        PlaceFolding.key(word).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }

    private static func folded(_ words: Set<String>) -> Set<String> { Set(words.map(fold)) }

    /// An actor cell's name, folded: a bracketed tail (a country, a note) is not the
    /// name; a name all in brackets is.
    private static func foldedName(_ actor: String) -> String {
        var text = Substring(actor)
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            let before = text[..<open]
            text = before.contains(where: { $0.isLetter || $0.isNumber }) ? before : text[text.index(after: open) ..< text.index(before: text.endIndex)]
        }
        return fold(String(text))
    }

    /// The words of a folded name: runs of letters and digits.
    private static func words(of folded: String) -> [String] {
        folded.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// Whether `actor` (trimmed, not empty) names no one group.
    public static func namesNoOne(_ actor: String) -> Bool {
        let lower = foldedName(actor)
        if ["n/a", "n.a.", "n. a."].contains(lower.trimmingCharacters(in: .whitespaces)) { return true }
        let words = words(of: lower)
        // Only marks (`-`, `?`, `—`): nothing named.
        guard !words.isEmpty else { return true }
        guard words.contains(where: markers.contains) else { return false }
        return words.allSatisfy { markers.contains($0) || beside.contains($0) }
    }

    /// Words among ``markers`` that say "all of them together" (`Total`, `All armed
    /// groups`, `Combined`, `Tous les groupes`, `المجموع`), not "none named".
    static let allMarkers: Set<String> = folded(TotalWords.ofAllActors.union([
        "combined", "everyone", "everybody", "tous", "toutes", "tout", "ensemble", "todo", "todos", "todas", "جميع", "كافة",
    ]))

    /// Whether `actor` names no one group because it is all actors together: every
    /// marker word of it says "all" (`Total`, `All armed groups`); a cell that also says
    /// other, unknown or several (`All other groups`, `Various`, `Unknown`, `-`) names
    /// no actor instead (review40: the footnote said "a figure with no actor" of both).
    public static func meansAll(_ actor: String) -> Bool {
        guard namesNoOne(actor) else { return false }
        let words = words(of: foldedName(actor)).filter { markers.contains($0) }
        return !words.isEmpty && words.allSatisfy(allMarkers.contains)
    }

    /// The actors of `names` that are not one actor (``namesNoOne(_:)``), empty cells
    /// aside, each once in the order given: those for all actors together and those
    /// that name no actor (`Unknown`, `Various`, `Others`).
    public static func notOne(_ names: [String]) -> (all: [String], unnamed: [String]) {
        var all: [String] = [], unnamed: [String] = [], seen: Set<String> = []
        for n in names where seen.insert(n).inserted {
            let t = n.trimmingCharacters(in: .whitespaces)
            guard !t.isEmpty, namesNoOne(t) else { continue }
            if meansAll(t) { all.append(n) } else { unnamed.append(n) }
        }
        return (all, unnamed)
    }

    /// The note said on standard error when the rows are grouped by actor and some
    /// actor is not one (review40: a `Total` actor was a row like any other, with no
    /// word): `by actor, "Total" is not one actor: its rows are figures for all actors
    /// together; "Unknown" names no actor: its rows are figures of actors not named`.
    /// nil when every actor is one.
    public static func notOneNote(_ names: [String]) -> String? {
        let (all, unnamed) = notOne(names)
        guard !all.isEmpty || !unnamed.isEmpty else { return nil }
        func list(_ ns: [String]) -> String {
            let q = ns.prefix(3).map { "\"\($0)\"" }
            if ns.count > 3 { return q.joined(separator: ", ") + " and \(ns.count - 3) more" }
            return q.count == 1 ? q[0] : q.dropLast().joined(separator: ", ") + " and " + q.last!
        }
        var parts: [String] = []
        if !all.isEmpty {
            parts.append(list(all) + (all.count == 1 ? " is not one actor: its rows are" : " are not one actor each: their rows are")
                         + " figures for all actors together")
        }
        if !unnamed.isEmpty {
            parts.append(list(unnamed) + (unnamed.count == 1 ? " names no actor: its rows are" : " name no actor: their rows are")
                         + " figures of actors not named")
        }
        return "by actor, " + parts.joined(separator: "; ")
    }
}
