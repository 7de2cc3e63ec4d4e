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
         "islamic state in west africa province", "islamic state west africa province iswap", "islamic state in west africa",
         "is west africa", "is west africa province", "isis west africa", "wilayat gharb ifriqiya", "ولاية غرب أفريقيا"],
        // review44 S6: the group the UN list names ISGS (QDe.163), since 2022 the Islamic
        // State Sahel Province (a group apart from ISWAP: `Islamic State (Sahel)` and
        // `Islamic State (West Africa)` stay two groups).
        ["Islamic State Sahel Province", "isgs", "islamic state in the greater sahara", "islamic state greater sahara",
         "islamic state in greater sahara", "islamic state sahel province", "islamic state sahel", "islamic state in the sahel",
         "is sahel", "is sahel province", "issp", "etat islamique au grand sahara", "eigs", "etat islamique au sahel",
         "الدولة الإسلامية في الصحراء الكبرى", "ولاية الساحل"],
        // review44 S6: the Popular Mobilization Forces by their Arabic name (al-Hashd al-Shaabi).
        ["Popular Mobilization Forces", "pmf", "pmu", "popular mobilization forces", "popular mobilisation forces",
         "popular mobilization units", "popular mobilisation units", "hashd al shaabi", "al hashd al shaabi", "hashd al shabi",
         "al hashd al shabi", "hashd", "الحشد الشعبي", "هيئة الحشد الشعبي"],
        ["Jama'at Nusrat al-Islam wal-Muslimin", "jnim", "jamaat nusrat al islam wal muslimin", "jamaat nasr al islam wal muslimin",
         "jamaat nusrat al islam wa al muslimin", "jamaah nusrah al islam wal muslimin", "nusrat al islam", "nusrat al islam wal muslimin",
         "group for the support of islam and muslims", "group to support islam and muslims", "gsim",
         "groupe de soutien a lislam et aux musulmans", "gsim jnim", "جماعة نصرة الإسلام والمسلمين", "نصرة الإسلام والمسلمين"],
        // The rows below and the Khorasan, AQAP and TTP names: the aliases under which the
        // US State Department designates these groups (Foreign Terrorist Organizations
        // list: ISIS-K 2016, AQAP 2010, TTP 2010, JNIM 2018) and the UN Security Council's
        // ISIL (Da'esh) and Al-Qaida sanctions list entries (QDe.161 ISIL-K, QDe.129 AQAP,
        // QDe.132 TTP, QDe.159 JNIM, QDe.014 AQIM).
        ["Islamic State Khorasan Province", "iskp", "is k", "isk", "isis k", "isil k", "is kp", "islamic state khorasan province",
         "islamic state khorasan", "islamic state khurasan", "islamic state khurasan province", "islamic state of khorasan",
         "islamic state in khorasan", "islamic state khorasan province iskp", "islamic states khorasan province", "wilayat khorasan",
         "wilayah khorasan", "wilayat khurasan", "wilayah khurasan",
         "islamic state wilayat khorasan", "islamic state of iraq and the levant khorasan", "isil khorasan", "isis khorasan",
         "islamic state of iraq and syria khorasan", "daesh khorasan", "etat islamique au khorasan", "etat islamique province du khorasan",
         "estado islamico del jorasan", "estado islamico provincia de jorasan", "estado islamico khorasan", "ولاية خراسان", "داعش خراسان",
         "isil kp", "isis kp", "is khorasan", "is khorasan province", "isil khorasan province",
         "islamic state of iraq and the levant khorasan province", "islamic state of iraq and the levant khorasan"],
        ["Al-Qaeda in the Arabian Peninsula", "aqap", "al qaeda in the arabian peninsula", "al qaida in the arabian peninsula",
         "al qaeda in arabian peninsula", "al qaida in arabian peninsula", "al qaeda arabian peninsula", "alqaeda in the arabian peninsula",
         "tanzim qaidat al jihad fi jazirat al arab", "al qaida of jihad organization in the arabian peninsula",
         "al qaida dans la peninsule arabique", "al qaida dans la peninsule arabique aqpa", "aqpa", "al qaeda en la peninsula arabiga",
         "القاعدة في جزيرة العرب", "تنظيم القاعدة في جزيرة العرب", "قاعدة الجهاد في جزيرة العرب"],
        ["Al-Qaeda in the Islamic Maghreb", "aqim", "al qaeda in the islamic maghreb", "al qaida in the islamic maghreb",
         "al qaeda in islamic maghreb", "al qaida au maghreb islamique", "aqmi", "al qaeda en el magreb islamico",
         "al qaeda in the lands of the islamic maghreb", "al qaida in the lands of the islamic maghreb",
         "tanzim al qaida fi bilad al maghrib al islami",
         "القاعدة في بلاد المغرب الإسلامي", "تنظيم القاعدة في بلاد المغرب الإسلامي"],
        ["Hezbollah", "hezbollah", "hizbollah", "hizballah", "hizbullah", "hezbolla", "حزب الله"],
        ["Houthis", "houthis", "houthi", "houthi movement", "ansar allah", "ansarallah", "ansar ullah", "الحوثيون", "أنصار الله", "انصار الله"],
        ["Syrian Democratic Forces", "sdf", "syrian democratic forces", "qsd", "قسد", "قوات سوريا الديمقراطية"],
        ["Kurdistan Workers' Party", "pkk", "kurdistan workers party", "partiya karkeren kurdistane"],
        ["Taliban", "taliban", "taleban", "talibans", "طالبان"],
        ["Wagner Group", "wagner", "wagner group", "pmc wagner", "wagner pmc"],
        ["Tatmadaw", "tatmadaw", "myanmar armed forces", "myanmar military"],
        ["Tehrik-i-Taliban Pakistan", "ttp", "tehrik i taliban pakistan", "tehreek e taliban pakistan", "tehrik e taliban pakistan",
         "tehreek i taliban pakistan", "tehrik taliban pakistan", "tehrik i taliban", "tehreek e taliban", "tahrik i taliban pakistan",
         "pakistani taliban", "taliban pakistan", "تحریک طالبان پاکستان", "تحريك طالبان باكستان", "طالبان باكستان"],
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
        if let i = lookup(name) { return i }
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "("), open != name.startIndex else { return nil }
        let head = name[..<open], tail = name[name.index(after: open)..<name.index(before: name.endIndex)]
        guard let h = lookup(String(head)), lookup(String(tail)) == h else { return nil }
        return h
    }

    /// The row of a name folded, or of its ``loose(_:)`` form.
    private static func lookup(_ name: String) -> Int? {
        let f = folded(name)
        return index[f] ?? loose(f).flatMap { looseIndex[$0] }
    }

    /// A folded name of three words or more without `of`, `in` and `the`: long names are
    /// written with either preposition (review44 S6: the UN's `Islamic State of Iraq and
    /// the Levant – Khorasan Province` is also written `… in Iraq and the Levant …`), and
    /// no two groups of the table differ by them alone. Short names (`IS`, `Islamic
    /// State (Iraq)`) stay exact: nil.
    static func loose(_ folded: String) -> String? {
        let words = folded.split(separator: " ").filter { $0 != "of" && $0 != "in" && $0 != "the" }
        guard words.count >= 3 else { return nil }
        return words.joined(separator: " ")
    }

    /// The rows by ``loose(_:)`` names; a loose name two rows share names neither.
    private static let looseIndex: [String: Int] = {
        var m: [String: Int] = [:], shared: Set<String> = []
        for (i, row) in groups.enumerated() {
            for name in row {
                guard let key = loose(folded(name)) else { continue }
                if let j = m[key], j != i { shared.insert(key) } else { m[key] = i }
            }
        }
        for key in shared { m[key] = nil }
        return m
    }()

    /// The group a name is one of: its usual name (`ISIS` → `Islamic State`), or nil.
    public static func group(of name: String) -> String? {
        row(name).map { groups[$0][0] }
    }

    /// What two cells are compared by: the group's usual name for a known name, else the
    /// name as ``spelled(_:)`` writes it (empty for an empty cell): one name written with
    /// another article or spelling (`Ansar al-Sharia`, `Ansar ash-Sharia`; `al-Qaida in
    /// the Islamic Maghreb`, `al-Qaeda in the Islamic Maghreb`) is one group for sure.
    public static func identity(_ name: String) -> String {
        row(name).map { "=" + groups[$0][0] } ?? spelled(name)
    }

    /// A name's words: lower case, Latin accents as their base letter, split at spaces,
    /// hyphens and punctuation (brackets too: their words are kept); an apostrophe joins
    /// (`Jama'at` → `jamaat`) except after an elided article (`l'Azawad` → `l`, `azawad`).
    /// `joined`: the word was joined to the next one by a hyphen (`as-Sham`).
    static func tokens(_ name: String) -> [(word: String, joined: Bool)] {
        var out: [(word: String, joined: Bool)] = [], cur = ""
        func flush(_ joined: Bool) { if !cur.isEmpty { out.append((cur, joined)); cur = "" } }
        for scalar in name.lowercased().unicodeScalars {
            switch scalar {
            case "'", "’", "‘", "`", "ʼ", "ʿ", "ʾ": if cur == "l" || cur == "d" || cur == "qu" { flush(true) }
            case ".": continue
            case "-", "–", "—", "‐": flush(true)
            case " ", "_", "/", ",", ":", ";", "(", ")", "[", "]", "\t", "&", "+": flush(false)
            default: if let base = latinBase[scalar] { cur.unicodeScalars.append(base) } else { cur.unicodeScalars.append(scalar) }
            }
        }
        flush(false)
        return out
    }

    /// Arabic's article as it is transliterated before a word (`al-`, `el-`, `ash-`,
    /// `ad-`, `ar-`, `az-`, `adh-`, `ath-`, `ul-`); `as`, `at`, `an`, `es`, `ed`, `en`,
    /// `et`, `ez` only joined to the next word by a hyphen (`as-Sham`, `an-Nusra`), where
    /// they are no English or French word.
    private static let articles: Set<String> = ["al", "el", "ul", "ash", "adh", "ath", "az", "ad", "ar"]
    private static let joinedArticles: Set<String> = ["as", "at", "an", "es", "ed", "en", "et", "ez"]
    /// Transliterations of one word (Arabic, Pashto/Urdu) that groups' names are written
    /// with, as one spelling.
    private static let spellings: [String: String] = [
        "qaida": "qaeda", "qaidah": "qaeda", "qaedah": "qaeda", "kaida": "qaeda", "qaeda": "qaeda",
        "mujahideen": "mujahidin", "mujahedin": "mujahidin", "mujahedeen": "mujahidin", "mujaheddin": "mujahidin", "moudjahidine": "mujahidin",
        "jaish": "jaysh", "jeish": "jaysh", "jaich": "jaysh", "jaych": "jaysh",
        "shabab": "shabaab", "chabab": "shabaab", "chabaab": "shabaab",
        "tehreek": "tehrik", "tahrik": "tehrik", "tahreek": "tehrik",
        "jamaah": "jamaat", "jamaa": "jamaat", "jamat": "jamaat", "jammat": "jamaat",
        "nusrah": "nusra", "nosra": "nusra", "sharia": "sharia", "shariah": "sharia", "charia": "sharia",
        "hizb": "hizb", "hezb": "hizb", "islami": "islami", "islamiya": "islamiyya", "islamiyah": "islamiyya", "islamiyyah": "islamiyya",
    ]

    /// A name as one spelling: ``tokens(_:)`` without a leading `the`, each article
    /// (``articles``) as `al`, a hyphened izafe `-e-` as `-i-` (`Tehrik-e-Taliban`), each
    /// word of ``spellings`` as its one spelling, written with no spaces (`Al Shabaab`,
    /// `Alshabaab`). A bracket's words stay (review43 R1).
    public static func spelled(_ name: String) -> String {
        var ws = tokens(name)
        if ws.first?.word == "the", ws.count > 1 { ws.removeFirst() }
        var out = ""
        for (i, t) in ws.enumerated() {
            var w = t.word
            if i < ws.count - 1 {
                if articles.contains(w) || (t.joined && joinedArticles.contains(w)) { w = "al" } else if t.joined && w == "e" && i > 0 { w = "i" }
            }
            out += spellings[w] ?? w
        }
        return out
    }

    /// Why two names that are not one for sure (``identity(_:)`` differs) look like one
    /// group written two ways: one an acronym of the other's words (`PMF`, `Popular
    /// Mobilization Forces`), or one spelling apart from their vowels and doubled letters
    /// (`Jabhat Fateh al-Sham`, `Jabhat Fatah al-Sham`). Names of two rows of the table
    /// are different groups (nil).
    /// `wording`: the same words but for small ones (names9, review45 S9: `Islamic State of
    /// Iraq` and `Islamic State in Iraq`, ``wordingKey(_:)``).
    public enum Likeness: Sendable, Equatable { case acronym, spelling, wording }

    public static func likelyOneGroup(_ a: String, _ b: String) -> Likeness? {
        // Both known: the table says (one row is one group, for sure; two rows are two).
        if row(a) != nil, row(b) != nil { return nil }
        if identity(a) == identity(b) { return nil }
        if isAcronym(a, of: b) || isAcronym(b, of: a) { return .acronym }
        let sa = skeleton(spelled(a)), sb = skeleton(spelled(b))
        if sa.count >= 5, sa == sb { return .spelling }
        if let ka = wordingKey(a), ka == wordingKey(b) { return .wording }
        return nil
    }

    /// Small words a group's long name is written with or without, or one for another
    /// (names9, review45 S9): `of`, `in`, `the` and their French, Spanish and Arabic twins.
    private static let smallWords: Set<String> = [
        "of", "in", "the", "de", "du", "des", "d", "la", "le", "les", "l", "en", "au", "aux", "del", "el", "los", "las", "fi", "في",
    ]
    /// Arabic words of a kind of armed unit, as their English: `Liwa al-Quds` is the
    /// `al-Quds Brigade` (review47 S9).
    private static let unitWords: [String: String] = [
        "liwa": "brigade", "liwaa": "brigade", "katiba": "battalion", "katibat": "battalion", "katibah": "battalion",
        "jabhat": "front", "jabha": "front", "jabhah": "front", "harakat": "movement", "haraka": "movement", "harakah": "movement",
        "faylaq": "corps", "failaq": "corps", "brigade": "brigade", "brigades": "brigade", "battalion": "battalion",
        "front": "front", "movement": "movement", "corps": "corps",
    ]

    /// Words a group's branch is written with or without after the group's name (`Islamic
    /// State Libya Province`, `ISIS-Libya`).
    private static let branchWords: Set<String> = ["province", "wilayat", "wilayah", "branch", "provincia", "ولاية"]

    /// What two names of one group written with other small words share (names9, review45
    /// S9: `Islamic State of Iraq` and `Islamic State in Iraq`, `Al-Qaeda in Iraq` and
    /// `Al-Qaeda of Iraq`, summed as two groups with no word), or nil: a name of three
    /// words or more without ``smallWords`` (`of`, `in`, `the`, `de`, `en`, `في`…),
    /// without Arabic's article (`al-`) and hyphens, each word as one spelling
    /// (``spelled(_:)``). A name that begins with a name of the table and goes on with a
    /// place (`ISIS-Libya`, `Islamic State Libya Province`, `Islamic State in Libya`) is
    /// that group's name and the place, without `province` and its twins. Two groups
    /// that differ by such words alone are rare and their names unknown to tally, so two
    /// names with one key are said, never merged: like an acronym, a likeness.
    static func wordingKey(_ name: String) -> String? {
        var ws = tokens(name).filter { !smallWords.contains($0.word) }
        // The table's name it begins with, the longest (`islamic state` before `is`).
        var head = ""
        // review47 S9: `Wilayat Sinai`, `Wilayah Khorasan`: the Islamic State's own name
        // for its provinces, as `Islamic State Sinai Province` is.
        if ws.count >= 2, branchWords.contains(ws[0].word), let i = index[folded("islamic state")] {
            head = "=" + groups[i][0] + "/"
            ws = ws.dropFirst().filter { !branchWords.contains($0.word) }
        }
        if head.isEmpty && ws.count >= 2 {
            for n in stride(from: ws.count - 1, through: 1, by: -1) {
                if let i = index[folded(ws[..<n].map(\.word).joined(separator: " "))] {
                    head = "=" + groups[i][0] + "/"
                    ws = ws[n...].filter { !branchWords.contains($0.word) }
                    break
                }
            }
        }
        if head.isEmpty { guard ws.count >= 3 else { return nil } } else { guard !ws.isEmpty else { return nil } }
        var content = ws.filter { !articles.contains($0.word) && !($0.joined && joinedArticles.contains($0.word)) }
            .map { spellings[$0.word] ?? $0.word }.map { unitWords[$0] ?? $0 }
        // review47 S9: `Liwa al-Quds` and `Liwa al Quds Brigade` (liwa is brigade): a unit
        // named at both ends is one unit.
        if content.count >= 3, content.first == content.last, unitWords.values.contains(content[0]) { content.removeLast() }
        return content.isEmpty ? nil : head + content.joined(separator: " ")
    }

    /// Consonants only, a doubled letter once: `jabhatfatehalsham` → `jbhtfthlshm`.
    private static func skeleton(_ s: String) -> String {
        var out = "", last: Character? = nil
        for c in s where !"aeiouy".contains(c) {
            if c != last { out.append(c) }
            last = c
        }
        return out
    }

    /// Words of a long name that an acronym may leave out or keep (`Al-Qaeda in the
    /// Arabian Peninsula`: AQAP keeps `al`, leaves `in the`).
    private static let minorWords: Set<String> = [
        "al", "el", "ul", "ash", "as", "ad", "ar", "at", "az", "an", "adh", "ath", "of", "the", "in", "and", "for", "on", "to", "wa", "wal", "fi",
        "de", "du", "des", "la", "le", "les", "l", "d", "et", "y", "del", "i", "e", "a", "au", "aux", "en", "por", "para", "da", "do", "dos",
    ]

    /// Whether `short` (one word of 3 to 10 capital Latin letters, digits, dots and
    /// hyphens: `JNIM`, `IS-K`, `A.Q.A.P.`) is the initials of `long`'s words in order,
    /// every word but ``minorWords`` giving its first letter (`Jama'at Nusrat al-Islam
    /// wal-Muslimin` → JNIM).
    static func isAcronym(_ short: String, of long: String) -> Bool {
        let t = String(short.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        guard !t.contains(" ") else { return false }
        var letters: [Character] = []
        for u in t.unicodeScalars {
            switch u.value {
            case 0x41 ... 0x5A: letters.append(Character(String(u).lowercased()))
            case 0x30 ... 0x39, 0x2D, 0x2E: continue
            default: return false
            }
        }
        guard (3 ... 10).contains(letters.count) else { return false }
        let ws = tokens(long).map(\.word)
        guard ws.count >= 2 else { return false }
        func match(_ i: Int, _ j: Int) -> Bool {
            if j == ws.count { return i == letters.count }
            if minorWords.contains(ws[j]) && match(i, j + 1) { return true }
            guard i < letters.count, ws[j].first == letters[i] else { return false }
            return match(i + 1, j + 1)
        }
        return match(0, 0)
    }
}
