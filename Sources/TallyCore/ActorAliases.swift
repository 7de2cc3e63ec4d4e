/// Names under which one armed group is written (review38 S6: `Islamic State`
/// "5,000 to 7,000", `ISIS` "about 6,000" and `Daesh` "at least 5,000" in Syria in
/// February were three stocks, summed to 16,000+ with no word). A stock is summed over
/// the actors of an output group (docs/spec.md §3), which is right for groups side by
/// side and counts one group several times where two cells name it; the Aggregator
/// refuses such a sum (``Aggregator/stockAliases(totals:)``).
///
/// Two actor cells name one group when they are the same name written apart (case,
/// accents, hyphens, apostrophes, brackets, a leading `the`: `Al-Shabaab` and `al
/// Shabaab`), or both are in one row of ``groups``. A small table of the groups tally's
/// users write most under several names; a name in no row is compared by its spelling
/// only. A bracketed tail is part of the name, never left out (review43 R1: ACLED's
/// `Islamic State (West Africa)` and `Islamic State (Sahel)`, two provinces, and factions
/// written `Popular Mobilization Forces (Badr Organization)`, `Military Forces of Syria
/// (2000-2024)` and `(2024-)` are different groups; `Islamic State (Syria)` and `Islamic
/// State` are two names too). A name and a tail that are both names of one row
/// (`Hayat Tahrir al-Sham (HTS)`, `Islamic State (ISIS)`) are that row's group.
public enum ActorAliases {
    /// Each row: the group's usual name first, then its other names, written as
    /// ``folded(_:)`` leaves them (lower case, no accents, hyphens and apostrophes as
    /// spaces or nothing).
    static let groups: [[String]] = [
        ["Islamic State", "is", "isis", "isil", "daesh", "daish", "daech", "dawla", "islamic state of iraq and the levant",
         "islamic state of iraq and syria", "islamic state in iraq and syria", "islamic state in iraq and the levant",
         "islamic state of iraq and al sham", "islamic state of iraq and ash sham", "etat islamique", "ei", "eiil",
         "estado islamico", "daesh isis", "الدولة الاسلامية", "الدولة الإسلامية", "داعش", "تنظيم الدولة", "تنظيم داعش",
         "تنظيم الدولة الإسلامية", "تنظيم الدولة الاسلامية"],
        ["Hayat Tahrir al-Sham", "hts", "hayat tahrir al sham", "hayat tahrir ash sham", "hayat tahrir al shams", "haiat tahrir al sham",
         "hayaat tahrir al sham", "hayat tahrir alsham", "tahrir al sham", "hayat tahrir al sham hts", "hayeat tahrir al sham",
         "hayat tahrir as sham", "هيئة تحرير الشام", "تحرير الشام"],
        ["al-Shabaab", "al shabaab", "al shabab", "shabaab", "shabab", "alshabaab", "alshabab", "harakat al shabaab al mujahideen",
         "harakat al shabab al mujahidin", "harakat al shabaab al mujahidin", "hsm", "الشباب", "حركة الشباب", "حركة الشباب المجاهدين"],
        ["Boko Haram", "boko haram", "jas", "jamaatu ahlis sunna liddaawati wal jihad", "jamaatu ahl as sunnah lid dawah wal jihad"],
        ["Islamic State West Africa Province", "iswap", "islamic state west africa province", "islamic state west africa",
         "islamic state in west africa province", "islamic state west africa province iswap"],
        ["Jama'at Nusrat al-Islam wal-Muslimin", "jnim", "jamaat nusrat al islam wal muslimin", "jamaat nasr al islam wal muslimin",
         "group for the support of islam and muslims", "gsim"],
        ["Hezbollah", "hezbollah", "hizbollah", "hizballah", "hizbullah", "hezbolla", "حزب الله"],
        ["Houthis", "houthis", "houthi", "houthi movement", "ansar allah", "ansarallah", "ansar ullah", "الحوثيون", "أنصار الله", "انصار الله"],
        ["Syrian Democratic Forces", "sdf", "syrian democratic forces", "qsd", "قسد", "قوات سوريا الديمقراطية"],
        ["Kurdistan Workers' Party", "pkk", "kurdistan workers party", "partiya karkeren kurdistane"],
        ["Taliban", "taliban", "taleban", "talibans", "طالبان"],
        ["Wagner Group", "wagner", "wagner group", "pmc wagner", "wagner pmc"],
        ["Tatmadaw", "tatmadaw", "myanmar armed forces", "myanmar military"],
        ["Tehrik-i-Taliban Pakistan", "ttp", "tehrik i taliban pakistan", "tehreek e taliban pakistan", "tehrik e taliban pakistan",
         "pakistani taliban"],
        ["Allied Democratic Forces", "adf", "allied democratic forces", "adf nalu"],
        ["Mouvement du 23 mars", "m23", "m 23", "mouvement du 23 mars", "march 23 movement"],
        ["Rapid Support Forces", "rsf", "rapid support forces", "الدعم السريع", "قوات الدعم السريع"],
    ]

    /// A name written apart from its case, accents, hyphens, apostrophes, brackets and a
    /// leading `the`: `Al-Shabaab` → `al shabaab`, `Islamic State (Sahel)` → `islamic
    /// state sahel` (a bracket's words are kept: they tell groups apart).
    public static func folded(_ name: String) -> String {
        let s = name.lowercased()
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "'", "’", "‘", "`", "ʼ", "ʿ", "ʾ", ".": continue
            case "-", "_", "–", "—", "/", ",", ":", ";", "(", ")", "[", "]": out.unicodeScalars.append(" ")
            default:
                // Latin letters with accents as their base letter (é → e): a small fold, no Foundation.
                if let base = latinBase[scalar] { out.unicodeScalars.append(base) } else { out.unicodeScalars.append(scalar) }
            }
        }
        var words = out.split(separator: " ").map(String.init)
        if words.first == "the", words.count > 1 { words.removeFirst() }
        return words.joined(separator: " ")
    }

    private static let latinBase: [Unicode.Scalar: Unicode.Scalar] = {
        var m: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (base, accented) in [("a", "àáâãäåā"), ("e", "èéêëē"), ("i", "ìíîïī"), ("o", "òóôõöō"), ("u", "ùúûüū"), ("c", "ç"), ("n", "ñ")] {
            for a in accented.unicodeScalars { m[a] = base.unicodeScalars.first! }
        }
        return m
    }()

    private static let index: [String: Int] = {
        var m: [String: Int] = [:]
        for (i, row) in groups.enumerated() {
            for name in row { m[folded(name)] = i }
        }
        return m
    }()

    /// The row a name is in: the whole name folded, or a name with a bracketed tail whose
    /// head and tail are both names of that one row (`Hayat Tahrir al-Sham (HTS)`); a tail
    /// that names no group or another group (`Islamic State (Sahel)`, `Islamic State
    /// (ISWAP)`) leaves the name to its spelling.
    private static func row(_ name: String) -> Int? {
        if let i = index[folded(name)] { return i }
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "("), open != name.startIndex else { return nil }
        let head = name[..<open], tail = name[name.index(after: open)..<name.index(before: name.endIndex)]
        guard let h = index[folded(String(head))], index[folded(String(tail))] == h else { return nil }
        return h
    }

    /// The group a name is one of: its usual name (`ISIS` → `Islamic State`), or nil.
    public static func group(of name: String) -> String? {
        row(name).map { groups[$0][0] }
    }

    /// What two cells are compared by: the group's usual name for a known name, else the
    /// folded name (empty for an empty cell).
    public static func identity(_ name: String) -> String {
        row(name).map { "=" + groups[$0][0] } ?? folded(name)
    }
}
