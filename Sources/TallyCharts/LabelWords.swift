import TallyCore

/// A word every place name of a chart ends with, said once instead of on every label
/// (issue 13, item 12): UCDP names Syria's provinces "Idlib Governorate", "Aleppo
/// Governorate", … and a chart repeating "Governorate" eleven times buries the names.
/// The labels keep "Idlib", "Aleppo"; the subtitle says "Governorates of Syria".
public struct SharedSuffix: Equatable, Sendable {
    /// The trailing words, without the space before them: `Governorate`.
    public let words: String
    /// Every form the last word may take in a name, lower case: the spellings of its
    /// unit in the languages ``UnitWords`` knows (`division`, `bibhag`, `বিভাগ`), or the
    /// word alone.
    let forms: Set<String>

    public init(words: String) {
        self.words = words
        let last = words.split(separator: " ").last.map { $0.lowercased() } ?? ""
        forms = Set(UnitWords.forms(of: last) ?? [last])
    }

    /// The longest run of whole trailing words that at least two names all end with,
    /// each keeping at least one word of its own; `nil` when there is none, when a word
    /// of it starts with a digit ("Zone 1" and "Zone 2" share nothing, "Sector 4" is a
    /// name), or when stripping it would make two names the same.
    ///
    /// Words are compared without case, and the last word as a unit of places in any
    /// spelling ``UnitWords`` knows: UCDP writes one of Bangladesh's divisions
    /// "Mymensingh division" beside "Dhaka Division", and that one name must not keep
    /// "Division" on eight labels. The suffix is printed as most names write it.
    public static func of(_ names: [String]) -> SharedSuffix? {
        guard names.count >= 2 else { return nil }
        let split = names.map { $0.split(separator: " ", omittingEmptySubsequences: false).map(String.init) }
        guard let shortest = split.map(\.count).min(), shortest >= 2 else { return nil }
        var k = 0
        while k < shortest - 1 {
            let words = split.map { $0[$0.count - 1 - k] }
            let word = words[0]
            guard !word.isEmpty, word.first?.isNumber == false, word.first?.isLetter == true else { break }
            if k == 0, let forms = UnitWords.forms(of: word.lowercased()) {
                guard words.allSatisfy({ forms.contains($0.lowercased()) }) else { break }
            } else {
                guard words.allSatisfy({ $0.lowercased() == word.lowercased() }) else { break }
            }
            k += 1
        }
        guard k > 0 else { return nil }
        // As most names write it ("Division", not the one "division").
        let tails = split.map { $0.suffix(k).joined(separator: " ") }
        var counts: [String: Int] = [:]
        for t in tails { counts[t, default: 0] += 1 }
        let printed = tails.first { counts[$0] == counts.values.max() }!
        let suffix = SharedSuffix(words: printed)
        let stripped = Set(names.map(suffix.strip))
        guard stripped.count == names.count, !stripped.contains(where: \.isEmpty) else { return nil }
        return suffix
    }

    /// `name` without the suffix (and the space before it); unchanged when it does not
    /// end with it. Case is ignored, and the unit word may be in any of its spellings, so
    /// a reader's "idlib governorate" strips too.
    public func strip(_ name: String) -> String {
        let own = words.split(separator: " ", omittingEmptySubsequences: false)
        var parts = name.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count > own.count, forms.contains(parts.last!.lowercased()),
              zip(parts.suffix(own.count).dropLast(), own.dropLast()).allSatisfy({ $0.lowercased() == $1.lowercased() })
        else { return name }
        parts.removeLast(own.count)
        return parts.joined(separator: " ")
    }

    /// The subtitle's words: `Governorates`, or `Governorates of Syria` when every name
    /// has the same parents. In another language the unit is the catalogue's plural
    /// where it has one (`Gouvernorats (Syria)`: `units.governorate`, `units.of`), else
    /// the data's own words, never an English "of".
    public func phrase(parents: String?) -> String {
        let locale = DisplayLocale.current
        if !locale.isEnglish {
            let last = words.split(separator: " ").last.map { $0.lowercased() } ?? ""
            let id = UnitWords.forms(of: last)?.first.map { "units." + $0 }
            let units = id.flatMap { Messages.has($0, locale: locale) ? Messages.text($0, locale: locale) : nil } ?? englishPhrase()
            return parents.map { Messages.text("units.of", ["units": units, "parents": $0], locale: locale) } ?? units
        }
        return englishPhrase() + (parents.map { " of " + $0 } ?? "")
    }

    /// `Governorates`: the data's words, the last one made plural the English way.
    func englishPhrase() -> String {
        var ws = words.split(separator: " ").map(String.init)
        ws[ws.count - 1] = SharedSuffix.plural(ws[ws.count - 1])
        // It opens the subtitle: "Districts of Syria · Total…", also when the data
        // writes the word in lower case ("Al Bab district").
        if let first = ws[0].first, first.isLowercase { ws[0] = first.uppercased() + ws[0].dropFirst() }
        return ws.joined(separator: " ")
    }

    /// English plural of a place word: Governorate → Governorates, County → Counties,
    /// Parish → Parishes; a word already plural or not English is left as it is rather
    /// than guessed at.
    static func plural(_ w: String) -> String {
        let lower = w.lowercased()
        if lower.hasSuffix("s") || lower.hasSuffix("x") || lower.hasSuffix("ch") || lower.hasSuffix("sh") {
            return lower.hasSuffix("s") ? w : w + "es"
        }
        if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) { return w.dropLast() + "ies" }
        return w + "s"
    }
}

/// The words data write after a place's name to say what kind of place it is, each
/// with its spellings in the languages and transliterations conflict data use (UCDP,
/// ACLED, HDX): a shared suffix is found whatever the case or spelling of each name's.
/// English first. Only words that follow the name: Arabic `محافظة` and Spanish
/// `Provincia de` come before it and are names' own words.
public enum UnitWords {
    static let classes: [[String]] = [
        ["governorate", "gouvernorat", "muhafazah", "muhafazat", "muhafaza"],
        ["province", "provincia", "provinz", "província", "provinsi", "ili"],
        ["district", "distrito", "distrikt", "zila", "zilla", "zillah", "jela", "জেলা"],
        ["division", "bibhag", "বিভাগ"],
        ["region", "région", "región", "regione", "região", "regiao"],
        ["state", "staat"],
        ["department", "département", "departamento", "departement"],
        ["county", "condado"],
        ["oblast", "область"],
        ["prefecture", "préfecture", "prefectura"],
        ["wilaya", "wilayah", "vilayet", "velayat"],
        ["municipality", "municipio", "município", "municipalité"],
        ["commune"],
        ["canton"],
        ["parish"],
        ["territory", "territoire"],
        ["subdistrict", "sub-district", "upazila", "upazilla", "nahiya", "nahia"],
    ]

    /// Every spelling of the unit `word` (lower case) names, or `nil` when it names none.
    public static func forms(of word: String) -> [String]? {
        classes.first { $0.contains(word) }
    }
}

/// A region several countries share, as UCDP writes it (`Iraq;Syria`), in a reader's
/// words: `Iraq and Syria (joint)`. Only `;` outside brackets separates.
public enum JointRegion {
    /// In the display locale's words (``Messages``: `Irak et Syrie (ensemble)` in
    /// French); `locale: .english` for matching names (``Highlight``), which must not
    /// depend on the language a chart is written in.
    public static func words(_ value: String, locale: DisplayLocale = DisplayLocale.current) -> String {
        let parts = split(value)
        guard parts.count > 1 else { return value }
        return Messages.text("joint.region", ["list": list(parts, locale: locale)], locale: locale)
    }

    /// A joint region as the parent of a name, inside that name's brackets: `Nineveh
    /// (Iraq and Syria, joint)`, not `Nineveh (Iraq and Syria (joint))`.
    public static func parentWords(_ value: String, locale: DisplayLocale = DisplayLocale.current) -> String {
        let parts = split(value)
        guard parts.count > 1 else { return value }
        return Messages.text("joint.parent", ["list": list(parts, locale: locale)], locale: locale)
    }

    /// `Iraq and Syria`, `Iraq, Syria and Turkey` in the locale's words.
    /// A member whose name carries brackets is quoted (`Bangladesh and “Myanmar (Burma)”
    /// (joint)`, review41 N2: UCDP's country names carry them).
    static func list(_ parts: [String], locale: DisplayLocale) -> String {
        let parts = parts.map { BracketedNames.name($0) { Messages.text("actor.quote", ["name": $0], locale: locale) } }
        let head = parts.dropLast().joined(separator: Messages.text("list.separator", locale: locale))
        return Messages.text("group.and", ["a": head, "b": parts.last!], locale: locale)
    }

    /// Whether `value` names several countries.
    public static func isJoint(_ value: String) -> Bool { split(value).count > 1 }

    /// `value` cut at each `;` outside brackets, each part trimmed, empty parts dropped.
    public static func split(_ value: String) -> [String] {
        // Most names have no `;`: one part, with no copy character by character.
        if !value.utf8.contains(UInt8(ascii: ";")) {
            let part = trimmed(value)
            return part.isEmpty ? [] : [part]
        }
        var parts: [String] = [], current = ""
        var depth = 0
        for c in value {
            switch c {
            case "(", "[": depth += 1; current.append(c)
            case ")", "]": depth = max(0, depth - 1); current.append(c)
            case ";" where depth == 0: parts.append(current); current = ""
            default: current.append(c)
            }
        }
        parts.append(current)
        return parts.map(trimmed).filter { !$0.isEmpty }
    }

    /// `part` without white space at either end, found by index: no reversed copy of a
    /// long name.
    static func trimmed(_ part: String) -> String {
        guard let first = part.firstIndex(where: { !$0.isWhitespace }),
              let last = part.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(part[first ... last])
    }
}

extension ChartWords {
    /// The source line from the data's `source` values (most frequent first) as a
    /// sentence, not a list of fragments: `Source: UCDP GED`, `Sources: hospital and
    /// wire`, `Sources: hospital, field report and NGO`, `Sources: hospital, field
    /// report, NGO and 7 others`. A value naming several sources (`ngo;wire`) counts as
    /// each of them; the same source under another case is named once.
    public static func sources(_ values: [String], named: Int = 3) -> String {
        var seen: Set<String> = [], names: [String] = []
        for v in values {
            for part in JointRegion.split(v) where seen.insert(part.lowercased()).inserted { names.append(part) }
        }
        if names.isEmpty { return Messages.text("source.none") }
        if names.count == 1 { return Messages.text("source.one", ["name": names[0]]) }
        let comma = Messages.text("list.separator")
        // "and 1 other" would hide a name in the room it takes to print it.
        if names.count <= named + 1 { return Messages.text("source.many", ["list": names.dropLast().joined(separator: comma), "last": names.last!]) }
        return Messages.plural("source.more", Int64(names.count - named), ["list": names.prefix(named).joined(separator: comma)])
    }
}

extension GroupLabel {
    /// The unit of the places `measure`'s groups name, for titles ("Killed by
    /// governorate"): the data's own (a suffix every name shares), else, for first-level
    /// places, the one every country among them calls them
    /// (``ChartWords/firstLevelUnit(ofCountry:)``); nil for the default noun.
    public static func placeUnit(in result: AggregateResult, measure: String) -> String? {
        if let shared = sharedSuffix(in: result, measure: measure) { return ChartWords.unit(shared.suffix) }
        let grouping = result.grouping
        guard grouping.keys.last == .adm1, grouping.extraColumns.isEmpty,
              let c = grouping.keys.firstIndex(of: .country) else { return nil }
        var units: Set<String?> = []
        for row in result.rows where row.measure == measure {
            units.insert(ChartWords.firstLevelUnit(ofCountry: row.keyValues(grouping)[c]))
            if units.count > 1 { return nil }
        }
        return units.first ?? nil
    }

    /// The suffix every name of `measure`'s groups shares, and the subtitle's words for
    /// it (`Governorates of Syria`); `nil` when they share none. Only place names
    /// (country, province, district) are read this way: an actor's name is a name.
    public static func sharedSuffix(in result: AggregateResult, measure: String) -> (suffix: SharedSuffix, phrase: String)? {
        let grouping = result.grouping
        guard let last = grouping.keys.last, last != .actor, grouping.extraColumns.isEmpty else { return nil }
        var seen: Set<[String]> = [], values: [[String]] = []
        for row in result.rows where row.measure == measure {
            let v = row.keyValues(grouping)
            if seen.insert(v).inserted { values.append(v) }
        }
        let names = values.compactMap(\.last).filter { !$0.isEmpty }
        guard let suffix = SharedSuffix.of(names) else { return nil }
        let parents = needsParents(values) ? nil : values.first.map { $0.dropLast().reversed().filter { !$0.isEmpty }.map { JointRegion.words($0) } }
        return (suffix, suffix.phrase(parents: parents.flatMap { $0.isEmpty ? nil : $0.joined(separator: ", ") }))
    }
}
