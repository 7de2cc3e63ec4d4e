import Foundation
import TallyCore

/// Key values as users see them: two values that print the same are one group.
///
/// A name typed with a trailing space, a joint region written `Syria;Iraq` or
/// `Iraq; Syria`, a measure typed `Members`, or a name whose accents were composed
/// differently (`Côte` as one code point or as `o` plus a combining circumflex) would
/// otherwise each become a group of their own, and a stock typed `Members` a new
/// *flow* summed over months. Every key value is brought to one canonical form before
/// it is interned (docs/aggregation.md, "Names"):
///
/// - controls, bidi embeddings and invisible characters are dropped, save a ZWNJ, ZWJ or
///   variation selector where it changes the drawing (``withoutInvisible``);
/// - surrounding white space (Unicode, including no-break spaces) is removed;
/// - Unicode NFC (canonical composition);
/// - a country tally knows (``CountryNames``) in any letter case is written as the list
///   spells it (`IRAQ` is `Iraq`), alone or as a member of a joint region;
/// - a country is a joint region when it holds `;`: its members are cleaned as above,
///   empty and repeated ones dropped, and sorted in UTF-8 byte order, joined by `;`;
/// - measure names are lower-cased after compatibility normalisation (NFKC), so
///   `ｍｅｍｂｅｒｓ` typed in a full-width input method, or a ligature `ﬁ`, is the
///   stock `members`, not a new flow: a measure name is a word from a short list,
///   never a name whose look carries meaning.
///
/// This file is the only one in TallyIO that imports Foundation (for NFC); the hot path
/// never reaches it for plain values (ASCII, nothing to trim, no `;` in a country, no
/// capital in a measure; a plain country's list spelling is looked up once per id), and
/// each distinct raw value is normalised once per parser. A misspelt member of a joint
/// region is found once the run is read (``JointRegionSlips``).
public enum KeyKind: Sendable {
    /// adm_1, adm_2, actor and the extra `--by` columns.
    case name
    /// `country`: may be a joint region.
    case region
    /// The measure name.
    case measure

    /// The canonical form of `value` (see ``KeyKind``).
    public func canonical(_ value: String) -> String {
        switch self {
        case .name:
            return KeyKind.cleaned(value)
        case .measure:
            // A measure name is a word: an invisible character anywhere in it (a soft
            // hyphen, a zero-width joiner, a byte-order mark pasted from a spreadsheet)
            // would make `members` a new flow that prints as `members`.
            // The same rule as other names (``withoutInvisible``): a zero-width non-joiner
            // between two letters is kept (`زخمی‌ها`, injured, is not `زخمیها`).
            return KeyKind.withoutInvisible(KeyKind.cleaned(value).precomposedStringWithCompatibilityMapping).lowercased()
        case .region:
            // A country tally knows, in another letter case (`IRAQ`, `iraq`) or another
            // of its spellings (`Irak`, `Syrian Arab Republic`), is keyed in the list's
            // key spelling (``CountryNames/spelling(_:)``), alone or as a member.
            let (spelt, joint) = KeyKind.regionSpellings(value)
            guard joint else { return CountryNames.spelling(spelt[0]) ?? spelt[0] }
            var members = spelt.map { CountryNames.spelling($0) ?? $0 }
            members.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            var unique: [String] = []
            for m in members where unique.last != m { unique.append(m) }
            return unique.joined(separator: ";")
        }
    }

    /// A name cleaned (``KeyKind``): invisible characters dropped, NFC, the Latin letters
    /// of Ossetian and Chuvash Cyrillic words made Cyrillic (``CyrillicOrthography``), runs
    /// of spaces as one, surrounding white space trimmed.
    static func cleaned<S: StringProtocol>(_ s: S) -> String {
        // Invisible characters go first, so `Bago` + soft hyphen + space + `region`
        // collapses to one space and `e` + ZWSP + U+0301 composes to `é`.
        // Trimmed of white space only: what invisible characters are left are kept
        // on purpose (a variation selector ending an emoji).
        KeyKind.trimmingWhiteSpace(KeyKind.collapsingSpaces(CyrillicOrthography.folded(
            KeyKind.withoutInvisible(KeyKind.withoutControls(String(s))).precomposedStringWithCanonicalMapping)))
    }

    /// A country value's names as the input spells them, cleaned, before any is keyed:
    /// the members of a joint region (between `;`, or the countries of a value joined
    /// with another separator, ``jointParts(_:)``; empty ones dropped) and `joint` true,
    /// or the value alone (cleaned, maybe empty) and `joint` false.
    static func regionSpellings(_ value: String) -> (names: [String], joint: Bool) {
        // A member joined by a comma, slash, `&`, `+` or `and` whose every part is a
        // country tally knows, and which is not itself one (`Bosnia and Herzegovina`),
        // is that joint region: `Iraq, Syria` is `Iraq;Syria`; so is one joined by
        // spaces only (`Iraq Syria`, ``spacedParts(_:)``).
        var members: [String] = []
        var joined = false
        for raw in value.split(separator: ";", omittingEmptySubsequences: false) {
            let m = cleaned(raw)
            guard !m.isEmpty else { continue }
            if let parts = KeyKind.jointParts(m) ?? KeyKind.spacedParts(m) ?? KeyKind.partedByInvisible(raw, cleaned: m) {
                members += parts
                joined = true
            } else {
                members.append(m)
            }
        }
        guard value.contains(";") || joined else { return ([spelledWhole(value)], false) }
        return (members, true)
    }

    /// A country value cleaned, or, where an invisible character stood for the space of a
    /// name the list spells with one (`Saudi` + soft hyphen + `Arabia`, review31 N2: merged
    /// with `Saudi Arabia` but printed `SaudiArabia`), that spelling.
    static func spelledWhole(_ value: String) -> String {
        let m = cleaned(value)
        guard value.unicodeScalars.contains(where: { Invisible.isIgnorable($0) || Invisible.isControl($0) }),
              !CountryNames.known.contains(CountryNames.folded(m)) else { return m }
        let spaced = cleaned(ignorableAsSpace(value))
        return spaced != m && CountryNames.known.contains(CountryNames.folded(spaced)) ? spaced : m
    }

    /// The countries a value joins with `,`, `/`, `&`, `+`, `،`, a dash, `|` or the word `and`
    /// (`Iraq, Syria`, `Iraq/Syria`, `Iraq & Syria`, `Syria-Iraq`, `Iraq and Syria`), when there are two
    /// or more, each is a country tally knows (``CountryNames``) and the whole is not one
    /// (`Trinidad and Tobago`, `Korea, Republic of`, `Serbia and Montenegro`); else nil,
    /// and the value is left as written. `text` is cleaned (trimmed, spaces collapsed).
    /// What stands between the countries of a joint value written without `;`.
    /// Dashes and the bar join too (`Syria-Iraq`, `Iraq – Syria`, `Iraq | Syria`: review28
    /// S13, each a group of its own before): a name that holds a hyphen (`Guinea-Bissau`,
    /// `Timor-Leste`) is known whole and never split, and a piece the list does not hold
    /// (`Deir ez-Zor`) leaves the value as written.
    static let jointSeparators: Set<Character> = listSeparators.union(dashSeparators)
    static let listSeparators: Set<Character> = [",", "/", "&", "+", "\u{060C}"]
    static let dashSeparators: Set<Character> = [
        "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "|",
        // Minus, full-width and small hyphen-minus (CJK keyboards), small em dash, hyphen
        // bullet, low line (review29 S3: `Iraq－Syria`, `Iraq_Syria` were groups apart).
        "\u{2212}", "\u{FF0D}", "\u{FE63}", "\u{FE58}", "\u{2043}", "_",
    ]

    /// Whether `text` holds a ``jointSeparators`` character (only ``listSeparators`` when
    /// `dashes` is false) or the word `and`: only then may it join countries
    /// (``jointParts(_:)``, ``misspeltPiece(_:near:)``).
    static func mayJoin(_ text: String, dashes: Bool = true) -> Bool {
        let separators = dashes ? jointSeparators : listSeparators
        return text.contains(where: { separators.contains($0) }) || text.lowercased().contains(" and ")
    }

    /// The longest run of characters a joined piece group may be and still be one
    /// country (the list's longest names, reworded, are under 70).
    static let longestJoinedName = 100

    /// The first piece a group ending with piece `last` may start at and stay within
    /// ``longestJoinedName`` (`last + 1`, no group, when that piece alone is longer).
    /// The most pieces a joint region may be written in: more is no list of countries
    /// (the longest joint regions of conflict data name four or five), and each piece
    /// costs look-ups of every group it may end (review29 P1: a value of 80 dash-joined
    /// pieces took half a second). Such a value is left as written, never a slip.
    static let maximumJointPieces = 12

    static func firstGroupStart(_ pieces: [Range<Int>], ending last: Int) -> Int {
        var first = last + 1
        while first > 0 && pieces[last].upperBound - pieces[first - 1].lowerBound <= longestJoinedName { first -= 1 }
        return first
    }

    static func jointParts(_ text: String, spaces: Bool = false) -> [String]? {
        guard spaces || mayJoin(text) else { return nil }
        if CountryNames.isKnown(text) { return nil }
        let chars = Array(text)
        let pieces = jointPieces(chars, spaces: spaces)
        guard pieces.count >= 2, pieces.count <= maximumJointPieces else { return nil }
        func name(_ a: Int, _ b: Int) -> String {
            trimmingInvisible(String(chars[pieces[a].lowerBound ..< pieces[b].upperBound]))
        }
        // best[j]: the fewest known names that pieces 0..<j split into (nil: none).
        var best: [(count: Int, from: Int)?] = Array(repeating: nil, count: pieces.count + 1)
        best[0] = (0, 0)
        for j in 1 ... pieces.count {
            // Only groups no longer than a listed name: a 100,000-character value of hyphens
            // (hostile step 10) made this cubic in its pieces and their length.
            for a in firstGroupStart(pieces, ending: j - 1) ..< j {
                // A code is no word of a value parted by spaces (`IRAQ AND SYRIA`, ``CountryCodes``).
                guard let before = best[a], !(spaces && CountryCodes.isCode(name(a, j - 1))), CountryNames.isKnown(name(a, j - 1))
                else { continue }
                if best[j] == nil || before.count + 1 < best[j]!.count { best[j] = (before.count + 1, a) }
            }
        }
        guard let last = best[pieces.count], last.count >= 2 else { return nil }
        var parts: [String] = []
        var j = pieces.count
        while j > 0 {
            let a = best[j]!.from
            parts.append(name(a, j - 1))
            j = a
        }
        return CountryNames.withoutAmbiguousBeside(parts.reversed())
    }

    /// The countries a value joins with spaces only (`Iraq Syria`, `Syria Iraq Turkey`,
    /// `Sudan South Sudan`: review29 S3, each a group apart beside `Iraq;Syria`), when
    /// the whole is no name tally knows (as a country, a place, loosely or reworded:
    /// `South Sudan`, `Sierra Leone`, `Guinea Bissau`, `Timor Leste`, `Bosnia Herzegovina`
    /// and `Papua New Guinea` stay one country each, and `Trinidad Tobago` or `Serbia
    /// Montenegro` are the state named with `and`, ``CountryNames/rewordedKey(_:)``) and its
    /// words group into two or more countries tally knows, each a run of whole words
    /// (`South Sudan` is one); else nil, and the value is left as written (`Lake Chad`,
    /// `Niger Delta`, `Gulf of Guinea`: a word that is no country). Other separators may
    /// stand between some of them (`Iraq Syria/Turkey`). At most ``maximumJointPieces``
    /// words and pieces.
    static func spacedParts(_ text: String) -> [String]? {
        guard text.contains(" "), !CountryNames.isPlace(text) else { return nil }
        return jointParts(text, spaces: true)
    }

    /// Two or more countries parted only by an invisible character (`Iraq` + soft hyphen
    /// + `Syria`, a zero-width space, a word joiner: review29 S3), which cleaning drops,
    /// gluing them into `IraqSyria`, a group apart: the countries, read as if parted by
    /// a space (``spacedParts(_:)``), when the glued whole (`m`, cleaned) is no name
    /// tally knows (`Guinea` + soft hyphen + `Bissau` is Guinea-Bissau, `Syr` + soft
    /// hyphen + `ia` is Syria); else nil.
    static func partedByInvisible<S: StringProtocol>(_ raw: S, cleaned m: String) -> [String]? {
        guard raw.unicodeScalars.contains(where: { Invisible.isIgnorable($0) || Invisible.isControl($0) }), !CountryNames.isPlace(m)
        else { return nil }
        return spacedParts(cleaned(ignorableAsSpace(String(raw))))
    }

    /// `text` with every run of default-ignorable characters and controls
    /// (``Invisible/isIgnorable``, ``Invisible/isControl``) written as one space: where such a run parts two names (`Iraq` + soft hyphen +
    /// `Syria`), the names are read apart (``regionSpellings(_:)``).
    static func ignorableAsSpace(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var inRun = false
        for u in text.unicodeScalars {
            if Invisible.isIgnorable(u) || Invisible.isControl(u) {
                if !inRun { out.append(" ") }
                inRun = true
            } else {
                out.append(u)
                inRun = false
            }
        }
        return String(out)
    }

    /// A footnote marker at the end of a country value or of one of its members, and the
    /// name before it: `Syria[1]`, `Syria [a]`, `Syria[note 2]`, `Syria (1)`, `Syria (a)`,
    /// `Syria*`, `Syria†`, `Syria‡`, `Syria§`, `Syria #`, `Syria¹`, `Syria⁽¹⁾`, `Syriaᵃ`, or
    /// several (`Syria[1][2]`), as kept when a table is pasted from Wikipedia or a report
    /// (review29 S10: each was a group apart beside `Syria`, or refused as a slip only when
    /// one character long). Such a value is refused (65), never read as the country: the
    /// note may say that its figure is not the country's alone. nil when there is none, or
    /// when nothing but markers is left (`[1]`, a value of its own). A name in parentheses
    /// is no marker (`Congo (Brazzaville)`, `Myanmar (Burma)`, `Cocos (Keeling) Islands`).
    static func footnoteMarker(_ value: String) -> (name: String, marker: String)? {
        for member in value.split(separator: ";") {
            var m = member
            while let last = m.last, last.isWhitespace { m.removeLast() }
            var rest = m
            while let cut = footnoteSuffix(rest) {
                rest = cut
                while let last = rest.last, last.isWhitespace { rest.removeLast() }
            }
            // A number after a space, as a superscript marker pasted as plain text leaves
            // it (`Syria 1`, review31 S10), when what is before it is a listed country.
            if rest.endIndex == m.endIndex, let d = m.lastIndex(where: { !($0.isASCII && $0.isNumber) }), d != m.index(before: m.endIndex),
               m.distance(from: d, to: m.endIndex) <= 4, m[d] == " ",
               CountryNames.isKnown(trimmingWhiteSpace(String(m[..<d]))) {
                rest = m[..<d]
            }
            guard rest.endIndex != m.endIndex, rest.contains(where: \.isLetter) else { continue }
            // The value without the marker: what the row would be read as without it.
            let name = trimmingWhiteSpace(String(value[..<rest.endIndex]) + String(value[m.endIndex...]))
            return (name, String(m[rest.endIndex...]).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// Characters that mark a footnote after a name: asterisks, daggers, section and
    /// pilcrow signs, `#`, superscript digits and parentheses, superscript small a–e.
    static let footnoteSigns: Set<Character> = [
        "*", "\u{2217}", "\u{204E}", "\u{2020}", "\u{2021}", "\u{271D}", "\u{00A7}", "\u{00B6}", "#",
        "\u{00B9}", "\u{00B2}", "\u{00B3}", "\u{2070}", "\u{2074}", "\u{2075}", "\u{2076}", "\u{2077}", "\u{2078}",
        "\u{2079}", "\u{207D}", "\u{207E}", "\u{1D43}", "\u{1D47}", "\u{1D9C}", "\u{1D48}", "\u{1D49}",
    ]

    /// `text` without one footnote marker at its end (``footnoteMarker(_:)``), or nil.
    private static func footnoteSuffix(_ text: Substring) -> Substring? {
        guard let last = text.last else { return nil }
        if footnoteSigns.contains(last) { return text.dropLast() }
        let close: Character = last == "]" ? "[" : last == ")" ? "(" : " "
        guard close != " ", let open = text.lastIndex(of: close) else { return nil }
        let body = text[text.index(after: open) ..< text.index(before: text.endIndex)].lowercased()
        func digits(_ s: Substring) -> Bool { (1 ... 3).contains(s.count) && s.allSatisfy { $0.isASCII && $0.isNumber } }
        func letters(_ s: Substring, _ n: Int) -> Bool { (1 ... n).contains(s.count) && s.allSatisfy { $0.isASCII && $0.isLetter } }
        let b = Substring(body)
        var marker = digits(b) || b.allSatisfy({ footnoteSigns.contains($0) }) && !b.isEmpty
        if close == "[" {
            // `[a]`, `[ab]`, `[note 1]`, `[n 3]`, `[nb 2]`, `[fn 4]`, `[citation needed]`; small
            // letters only (`[SY]`, `[KIA]` are codes, a name of their own).
            let written = text[text.index(after: open) ..< text.index(before: text.endIndex)]
            marker = marker || letters(b, 2) && written.allSatisfy(\.isLowercase) || b == "citation needed"
            for word in ["note ", "note", "nb ", "n ", "fn "] where b.hasPrefix(word) {
                let tail = b.dropFirst(word.count)
                if digits(tail) || letters(tail, 1) { marker = true }
            }
        } else {
            // `(1)`, `(a)`: one small letter only (`(B)` may name Brazzaville).
            marker = marker || b.count == 1 && body.first!.isLowercase && text[text.index(after: open)].isLowercase
        }
        return marker ? text[..<open] : nil
    }

    /// A place written with its country (`Amli, Norway`, `Aleppo, Syria`, `Mosul, Iraq`):
    /// one comma (or Arabic comma) with a country tally knows after it and, before it, a
    /// name that is not one and holds no other separator; nil otherwise. Such a value is
    /// no joint region (``jointParts(_:)`` leaves it as written, a name of its own), and
    /// a name before the comma one slip from a country (`Amli`, a swap of `Mali`) is read
    /// as a place, not refused as a misspelt member (``JointRegionSlips``), unless the
    /// input spells the joint region it would then be (`Syira, Iraq` beside `Iraq;Syria`).
    static func placeAndCountry(_ text: String) -> (place: String, country: String)? {
        let commas = text.indices.filter { text[$0] == "," || text[$0] == "\u{060C}" }
        guard commas.count == 1, let c = commas.first else { return nil }
        let place = trimmingInvisible(trimmingWhiteSpace(String(text[..<c])))
        let country = trimmingInvisible(trimmingWhiteSpace(String(text[text.index(after: c)...])))
        guard !place.isEmpty, !mayJoin(place, dashes: false), CountryNames.isKnown(country), !CountryNames.isKnown(place),
              !CountryNames.isKnown(text) else { return nil }
        return (place, country)
    }

    /// For a value written with `,`, `/`, `&`, `+`, `،` or `and` between pieces: the
    /// first misspelt piece, when the pieces group into two or more names each known or
    /// a slip (`near`: the name it is one slip from, nil when none), with at least one
    /// slip and one known name.
    static func misspeltPiece(_ text: String, near: (String) -> String?) -> (member: String, known: String)? {
        misspeltPieceAndNames(text, near: near).map { ($0.member, $0.known) }
    }

    /// ``misspeltPiece(_:near:)`` with the names the pieces group into, each known or
    /// the name its slip is near (`Iraq Syira` → `Iraq`, `Syria`); with `spaces`, a
    /// space parts pieces too (``spacedParts(_:)``).
    static func misspeltPieceAndNames(_ text: String, spaces: Bool = false, near: (String) -> String?)
        -> (member: String, known: String, names: [String])? {
        guard spaces ? text.contains(" ") : mayJoin(text) else { return nil }
        let chars = Array(text)
        let pieces = jointPieces(chars, spaces: spaces)
        guard pieces.count >= 2, pieces.count <= maximumJointPieces else { return nil }
        func name(_ a: Int, _ b: Int) -> String {
            trimmingInvisible(String(chars[pieces[a].lowerBound ..< pieces[b].upperBound]))
        }
        // best[j]: pieces 0..<j as names each known or a near miss, fewest near misses
        // first, then fewest names; `slip` the first near miss on the way.
        typealias Way = (slips: Int, names: Int, from: Int, slip: (String, String)?, name: String)
        var best: [Way?] = Array(repeating: nil, count: pieces.count + 1)
        best[0] = (0, 0, 0, nil, "")
        for j in 1 ... pieces.count {
            for a in firstGroupStart(pieces, ending: j - 1) ..< j {
                guard let before = best[a] else { continue }
                let n = name(a, j - 1)
                var way: Way
                if CountryNames.isKnown(n) && !(spaces && CountryCodes.isCode(n)) {
                    way = (before.slips, before.names + 1, a, before.slip, n)
                } else if let k = near(n) {
                    way = (before.slips + 1, before.names + 1, a, before.slip ?? (n, k), k)
                } else {
                    continue
                }
                if let b = best[j], (b.slips, b.names) <= (way.slips, way.names) { continue }
                best[j] = way
            }
        }
        guard let last = best[pieces.count], last.names >= 2, last.slips >= 1, last.names > last.slips,
              let slip = last.slip else { return nil }
        var names: [String] = []
        var j = pieces.count
        while j > 0, let w = best[j] {
            names.append(w.name)
            j = w.from
        }
        return (slip.0, slip.1, names.reversed())
    }

    /// Pieces between separators, as ranges of the characters: a group of consecutive
    /// pieces (with the separators between them) may be one country (`Bosnia and
    /// Herzegovina/Serbia` is two: the first holds `and`).
    /// With `spaces`, a space parts pieces too (``spacedParts(_:)``); pieces left empty
    /// between two separators (`Iraq - Syria`) are dropped then.
    static func jointPieces(_ chars: [Character], spaces: Bool = false) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = 0, i = 0
        while i < chars.count {
            if chars[i] == " ", i + 4 < chars.count, chars[i + 4] == " ",
               String(chars[i + 1 ... i + 3]).lowercased() == "and" {
                pieces.append(start ..< i)
                i += 5
                start = i
            } else if jointSeparators.contains(chars[i]) || spaces && chars[i] == " " {
                pieces.append(start ..< i)
                i += 1
                start = i
            } else {
                i += 1
            }
        }
        pieces.append(start ..< chars.count)
        return spaces ? pieces.filter { !$0.isEmpty } : pieces
    }

    /// `text` without invisible characters (``Invisible``: white space, Unicode's
    /// default-ignorable code points such as soft hyphen, zero-width space and joiners,
    /// word joiner, byte-order mark, Mongolian vowel separator, and controls) at either
    /// end: a name that prints the same is the same group.
    static func trimmingInvisible(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !Invisible.isInvisible($0) }),
              let last = scalars.lastIndex(where: { !Invisible.isInvisible($0) }) else { return "" }
        return String(scalars[first ... last])
    }

    /// `text` without the invisible characters that do not change how it is drawn, so
    /// that names which print the same are one group (docs/spec.md, "Invisible
    /// characters in names"). Every Unicode default-ignorable code point (soft hyphen,
    /// zero-width space, word joiner, byte-order mark, the marks LRM, RLM and ALM, Hangul
    /// fillers, Mongolian vowel separator, invisible operators, …) is dropped, except:
    ///
    /// - the zero-width non-joiner (U+200C) between two visible characters (Persian
    ///   `بی‌بی` is not `بیبی`; Indic half forms): kept once, whatever else is beside it;
    /// - the zero-width joiner (U+200D) between two visible characters where it selects
    ///   a form: after a virama (Indic conjuncts, Sinhala yansaya) or between emoji.
    ///   Elsewhere (inside Arabic script, where letters join anyway; beside a space) it
    ///   draws nothing and is dropped;
    /// - variation selectors (U+FE00–U+FE0F, U+E0100–U+E01EF, Mongolian U+180B–U+180D,
    ///   U+180F) and emoji tag characters (U+E0020–U+E007F) directly after a visible
    ///   character or one kept of these: they choose its glyph.
    ///
    /// A ZWNJ or ZWJ beside white space or at either end is dropped: it joins or parts
    /// nothing there.
    static func withoutInvisible(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: Invisible.isIgnorable) else { return text }
        func visible(_ u: Unicode.Scalar) -> Bool { !Invisible.isWhiteSpace(u) && !Invisible.isIgnorable(u) }
        func selector(_ v: UInt32) -> Bool {
            (0xFE00 ... 0xFE0F).contains(v) || (0xE0100 ... 0xE01EF).contains(v) || (0x180B ... 0x180D).contains(v)
                || v == 0x180F || (0xE0020 ... 0xE007F).contains(v)
        }
        func emoji(_ u: Unicode.Scalar) -> Bool { u.value > 0xFF && (u.properties.isEmoji || u.properties.isEmojiModifier) }
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let u = scalars[i]
            if !Invisible.isIgnorable(u) { out.append(u); i += 1; continue }
            // A run of invisible characters: what is drawn before and after it.
            var j = i
            while j < scalars.count, Invisible.isIgnorable(scalars[j]) { j += 1 }
            let before = i > 0 ? scalars[i - 1] : nil
            let after = j < scalars.count ? scalars[j] : nil
            let between = before.map(visible) == true && after.map(visible) == true
            var keptSelector = before.map(visible) == true
            var joiner: Unicode.Scalar? = nil
            for k in i ..< j {
                let v = scalars[k].value
                if selector(v) {
                    if keptSelector, let b = before, KeyKind.selects(v, after: b) { out.append(scalars[k]) } else { keptSelector = false }
                } else {
                    keptSelector = false
                    if v == 0x200C, between, KeyKind.nonJoinerParts(scalars, before: i, after: j) { joiner = scalars[k] }
                    if v == 0x200D, between, joiner == nil, let b = before, let a = after,
                       b.properties.canonicalCombiningClass.rawValue == 9
                        || (emoji(b) || scalars[i ..< k].contains(where: { selector($0.value) })) && emoji(a) {
                        joiner = scalars[k]
                    }
                }
            }
            if let joiner { out.append(joiner) }
            i = j
        }
        return String(out)
    }

    /// Whether the variation selector or tag `v`, right after `base` (or after a
    /// selector kept after it), chooses a glyph of it, so the name draws otherwise
    /// without it (review16 #11: `Bago` + U+FE0F, + U+180B or + U+E0020 drew as `Bago`
    /// and was a second group):
    ///
    /// - U+FE0E/U+FE0F (text or emoji presentation) after a character that has an
    ///   emoji form (emoji, digits, `#`, `*`, `©`, `™`, …);
    /// - U+FE00–U+FE0D after anything but a letter of Latin, Greek, Cyrillic, Armenian,
    ///   Hebrew or Arabic script (which have no standardized variants; mathematical
    ///   symbols, CJK, Myanmar and Phags-pa have);
    /// - ideographic variation selectors (U+E0100–U+E01EF) after an ideograph;
    /// - Mongolian free variation selectors (U+180B–U+180D, U+180F) after a Mongolian letter;
    /// - tag characters (U+E0020–U+E007F) after the black flag U+1F3F4 (a subdivision
    ///   flag: 🏴 with the tags of `gbsct` draws the flag of Scotland).
    static func selects(_ v: UInt32, after base: Unicode.Scalar) -> Bool {
        let b = base.value
        switch v {
        case 0xFE0E, 0xFE0F:
            return base.properties.isEmoji || base.properties.isEmojiPresentation
        case 0xFE00 ... 0xFE0D:
            let letter = base.properties.isAlphabetic
            return !(letter && (b < 0x0900 || (0x1E00 ... 0x1FFF).contains(b) || (0x2C60 ... 0x2C7F).contains(b)
                || (0xA720 ... 0xA7FF).contains(b) || (0xAB30 ... 0xAB6F).contains(b) || (0xFB00 ... 0xFDFF).contains(b)))
        case 0xE0100 ... 0xE01EF:
            return base.properties.isIdeographic
        case 0x180B ... 0x180D, 0x180F:
            return (0x1800 ... 0x18AF).contains(b) || (0x11660 ... 0x1167F).contains(b)
        case 0xE0020 ... 0xE007F:
            return b == 0x1F3F4
        default:
            return false
        }
    }

    /// Whether a zero-width non-joiner between `scalars[before - 1]` and `scalars[after]`
    /// parts two letters that would otherwise join. In Arabic script only a letter that
    /// joins the one after it (dual-joining: `ب`, `ی`, `ه`, not `ر`, `د`, `و`, `ا`, `ء`)
    /// followed by an Arabic letter is parted: `سر‌پل` draws as `سرپل` (review 9d: two
    /// bars that looked alike) while `بی‌بی` does not draw as `بیبی`. In other joining
    /// scripts and the Indic ones it is kept; between Latin, Greek, Cyrillic or CJK
    /// letters it is dropped.
    static func nonJoinerParts(_ scalars: [Unicode.Scalar], before: Int, after: Int) -> Bool {
        func arabic(_ v: UInt32) -> Bool {
            (0x0600 ... 0x06FF).contains(v) || (0x0750 ... 0x077F).contains(v) || (0x08A0 ... 0x08FF).contains(v)
                || (0xFB50 ... 0xFDFF).contains(v) || (0xFE70 ... 0xFEFF).contains(v)
        }
        // Arabic letters that join only the letter before them (Joining_Type R) or none (U).
        func joinsNoLetterAfter(_ v: UInt32) -> Bool {
            switch v {
            case 0x0621 ... 0x0625, 0x0627, 0x0629, 0x062F ... 0x0632, 0x0648, 0x0671 ... 0x0677, 0x0688 ... 0x0699,
                 0x06C0, 0x06C3 ... 0x06CB, 0x06CD, 0x06CF, 0x06D2, 0x06D3, 0x06D5, 0x06EE, 0x06EF, 0x0759 ... 0x075B,
                 0x076B, 0x076C, 0x0771, 0x0773, 0x0774, 0x0778, 0x0779, 0x08AA ... 0x08AC, 0x08AE, 0x08B1, 0x08B2, 0x08B9:
                return true
            default:
                return false
            }
        }
        // The letter before, past its vowel marks.
        var b = before - 1
        while b > 0, scalars[b].properties.generalCategory == .nonspacingMark { b -= 1 }
        let prev = scalars[b].value, next = scalars[after].value
        // Outside Arabic script: kept where letters join or form conjuncts (Syriac, N'Ko,
        // Mongolian, the Indic and South-East Asian scripts); between Latin, Greek,
        // Cyrillic or CJK letters it at most breaks a ligature (`fi`), the same name read,
        // and `Ba‌go` would be a group drawn as `Bago`.
        func joiningOrIndic(_ v: UInt32) -> Bool {
            (0x0700 ... 0x07FF).contains(v) || (0x0900 ... 0x0DFF).contains(v) || (0x0F00 ... 0x109F).contains(v)
                || (0x1700 ... 0x18AF).contains(v) || (0x1900 ... 0x1CFF).contains(v) || (0xA800 ... 0xABFF).contains(v)
                || (0x10A00 ... 0x10A5F).contains(v) || (0x11000 ... 0x11FFF).contains(v)
        }
        guard arabic(prev) || arabic(next) else { return joiningOrIndic(prev) || joiningOrIndic(next) }
        let letter = scalars[b].properties.generalCategory == .otherLetter
        return arabic(prev) && letter && !joinsNoLetterAfter(prev)
            && arabic(next) && scalars[after].properties.generalCategory == .otherLetter && next != 0x0621
    }

    /// `text` without white space at either end.
    static func trimmingWhiteSpace(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !Invisible.isWhiteSpace($0) }),
              let last = scalars.lastIndex(where: { !Invisible.isWhiteSpace($0) }) else { return "" }
        return String(scalars[first ... last])
    }

    /// `text` without what is no text (``Invisible/isControl``: controls other than
    /// white space, DEL, bidi embeddings, overrides and isolates, the interlinear
    /// annotation marks U+FFF9–U+FFFB, noncharacters such as U+FFFE): they mean nothing
    /// in a name, and drawn beside its figure an unclosed override reversed the figure's
    /// digits (`A\u{202E}B 12` drawn as `A21 B`, review 9c).
    static func withoutControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: Invisible.isControl) else { return text }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: text.unicodeScalars.filter { !Invisible.isControl($0) })
        return String(out)
    }

    /// `text` with every run of white space inside it (two spaces, a tab, a no-break
    /// space, a narrow no-break space) written as one space: `Bago  region` (as UCDP
    /// GED 19.1 itself writes it once), `Bago\tregion` and `Bago region` print alike
    /// and are one group.
    static func collapsingSpaces(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.contains(where: { Invisible.isWhiteSpace($0) && $0 != " " })
                || text.utf8.indices.dropFirst().contains(where: { text.utf8[$0] == 0x20 && text.utf8[text.utf8.index(before: $0)] == 0x20 })
        else { return text }
        var out = String.UnicodeScalarView()
        var inSpace = false
        for u in scalars {
            if Invisible.isWhiteSpace(u) {
                if !inSpace { out.append(" ") }
                inSpace = true
            } else {
                out.append(u)
                inSpace = false
            }
        }
        return String(out)
    }

    /// Whether the bytes are certainly canonical already: ASCII, no white space or
    /// control at either end, no control (a tab) or two spaces in a row inside, no `;`
    /// in a country, no capital in a measure.
    @inline(__always)
    func isPlain(_ p: UnsafeRawPointer, _ n: Int) -> Bool {
        if n == 0 { return true }
        if p.load(as: UInt8.self) <= 0x20 || p.load(fromByteOffset: n - 1, as: UInt8.self) <= 0x20 { return false }
        var i = 0
        var spaceBefore = false
        var hasSpace = false
        while i + 8 <= n {
            let w = p.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if w & 0x8080_8080_8080_8080 != 0 { return false }
            // Bytes below 0x20 (a tab) and two spaces in a row; a borrow may flag a byte
            // that is neither, which only sends the value the slow, exact way.
            if (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080 != 0 { return false }
            let del = w ^ 0x7F7F_7F7F_7F7F_7F7F
            if (del &- 0x0101_0101_0101_0101) & ~del & 0x8080_8080_8080_8080 != 0 { return false }
            let s = w ^ 0x2020_2020_2020_2020
            let spaces = (s &- 0x0101_0101_0101_0101) & ~s & 0x8080_8080_8080_8080
            if spaces & (spaces << 8) != 0 || spaceBefore && spaces & 0x80 != 0 { return false }
            spaceBefore = spaces >> 63 != 0
            switch self {
            case .name: break
            case .region:
                // `;`, `,`, `/`, `&`, `+`, `-`, `|`, `_`: a joint region, or one written with another
                // separator (``jointSeparators``).
                for c: UInt64 in [0x3B3B_3B3B_3B3B_3B3B, 0x2C2C_2C2C_2C2C_2C2C, 0x2F2F_2F2F_2F2F_2F2F,
                                  0x2626_2626_2626_2626, 0x2B2B_2B2B_2B2B_2B2B, 0x2D2D_2D2D_2D2D_2D2D,
                                  0x7C7C_7C7C_7C7C_7C7C, 0x5F5F_5F5F_5F5F_5F5F] {
                    let v = w ^ c
                    if (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080 != 0 { return false }
                }
                if spaces != 0 { hasSpace = true }
            case .measure:
                // Bytes 0x41…0x5A: adding 0x3F sets bit 7 from 0x41 up, adding 0x25 from 0x5B up.
                let up = (w &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(w &+ 0x2525_2525_2525_2525) & 0x8080_8080_8080_8080
                if up != 0 { return false }
            }
            i += 8
        }
        while i < n {
            let b = p.load(fromByteOffset: i, as: UInt8.self)
            if b >= 0x80 || b < 0x20 || b == 0x7F || b == 0x20 && spaceBefore { return false }
            spaceBefore = b == 0x20
            switch self {
            case .name: break
            case .region:
                if b == 0x3B || b == 0x2C || b == 0x2F || b == 0x26 || b == 0x2B || b == 0x2D || b == 0x7C || b == 0x5F { return false }
                if b == 0x20 { hasSpace = true }
            case .measure: if b >= 0x41 && b <= 0x5A { return false }
            }
            i += 1
        }
        // `Iraq and Syria`: the word `and` between spaces, looked for only in a region
        // with a space (the bytes are ASCII here). (`Iraq Syria`, spaces only, is found
        // once per spelling by ``KeyInterner``: ``spacedParts(_:)``.)
        if case .region = self, hasSpace, n >= 7 {
            for j in 0 ..< n - 4 where p.load(fromByteOffset: j, as: UInt8.self) == 0x20
                && p.load(fromByteOffset: j + 4, as: UInt8.self) == 0x20
                && p.load(fromByteOffset: j + 1, as: UInt8.self) | 0x20 == 0x61
                && p.load(fromByteOffset: j + 2, as: UInt8.self) | 0x20 == 0x6E
                && p.load(fromByteOffset: j + 3, as: UInt8.self) | 0x20 == 0x64 {
                return false
            }
        }
        // A country ending in `]`, `)`, `*` or `#` may end in a footnote marker
        // (``footnoteMarker(_:)``): read the slow way, once per spelling.
        if case .region = self {
            let last = p.load(fromByteOffset: n - 1, as: UInt8.self)
            if last == 0x5D || last == 0x29 || last == 0x2A || last == 0x23 || hasSpace && last >= 0x30 && last <= 0x39 { return false }
        }
        return true
    }
}

/// Interns key values in canonical form into one table, remembering for every raw
/// spelling that needed work which id it became, so each is normalised only once.
final class KeyInterner {
    let strings: Interner
    /// Raw spellings by kind (name, region, measure): three `let`s, not an array, so a
    /// look-up retains nothing.
    private let rawNames = Interner(capacity: 64), rawRegions = Interner(capacity: 64), rawMeasures = Interner(capacity: 16)
    /// The canonical id of each raw spelling, by kind. Behind a pointer the interner
    /// owns: a stored `var` of a class costs a dynamic exclusivity check per access,
    /// and data with accented or Arabic-script names takes this path on every row.
    private let ids: UnsafeMutablePointer<[[UInt32]]>

    init(strings: Interner) {
        self.strings = strings
        ids = .allocate(capacity: 1)
        ids.initialize(to: [[], [], []])
        plainRegions = .allocate(capacity: 1)
        plainRegions.initialize(to: [])
        spelt = .allocate(capacity: 1)
        spelt.initialize(to: Spelt())
        memo = .allocate(capacity: Memo.slots)
        memo.initialize(repeating: Memo.Entry(), count: Memo.slots)
    }

    deinit {
        ids.deinitialize(count: 1)
        ids.deallocate()
        plainRegions.deinitialize(count: 1)
        plainRegions.deallocate()
        spelt.deinitialize(count: 1)
        spelt.deallocate()
        memo.deinitialize(count: Memo.slots)
        memo.deallocate()
    }

    /// The canonical id of a raw spelling. A spelling of up to ``Memo/maxBytes`` bytes
    /// seen before is answered by ``memo`` (its bytes compared whole, no hashing, no
    /// look at its letters); others the long way (``internUncached(_:_:_:)``).
    @inline(__always)
    func intern(_ p: UnsafeRawPointer, _ n: Int, _ kind: KeyKind) -> UInt32 {
        guard n <= Memo.maxBytes else { return internUncached(p, n, kind).id }
        let key = Memo.Key(p, n, kind)
        let set = memo + key.set * Memo.ways
        for w in 0 ..< Memo.ways where set[w].key == key {
            count(set[w].counter)
            return set[w].id
        }
        let (id, counter) = internUncached(p, n, kind)
        // An empty way first, else the set's ways in turn.
        var way = 0
        while way < Memo.ways && set[way].key.lengthAndKind != 0 { way += 1 }
        if way == Memo.ways {
            way = Int(memoVictim & UInt32(Memo.ways - 1))
            memoVictim &+= 1
        }
        set[way] = Memo.Entry(key: key, id: id, counter: counter)
        return id
    }

    private var memoVictim: UInt32 = 0

    /// The spellings read lately (issue 9): a million generated rows spent a sixth of
    /// their reading in interning two short names a row, most of it asking again of
    /// each spelling whether it is canonical, and a country with an accent (`Triazkhôlia`)
    /// went the slow way (a second table, two arrays) on every row. Kept by the
    /// spelling's bytes, its kind and length; a hit does what the long way does for a
    /// spelling seen before: counts the row for the country's spelling (``Spelt``) and
    /// gives the same id. Four ways a set: direct-mapped, two of the 23 names of the 1M
    /// generated rows shared a slot and evicted each other on every row (a third of the
    /// look-ups went the long way).
    enum Memo {
        static let maxBytes = 24
        static let ways = 4
        static let slots = 1 << 10
        struct Key: Equatable {
            var w0: UInt64 = 0, w1: UInt64 = 0, w2: UInt64 = 0
            /// The length, and the kind above it; 0 never (an empty slot's).
            var lengthAndKind: UInt64 = 0

            @inline(__always)
            init() {}

            /// The bytes in words read inside the `n` bytes (no copy: a `memcpy` call a key
            /// cost more than the rest of the look-up), overlapping where `n` is not a
            /// multiple of 8: with `n` beside them they are the bytes, each one at a place
            /// of its own.
            @inline(__always)
            init(_ p: UnsafeRawPointer, _ n: Int, _ kind: KeyKind) {
                switch n {
                case 17...:
                    w0 = p.loadUnaligned(as: UInt64.self)
                    w1 = p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                    w2 = p.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
                case 8...:
                    w0 = p.loadUnaligned(as: UInt64.self)
                    w1 = p.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
                case 4...:
                    w0 = UInt64(p.loadUnaligned(as: UInt32.self)) | UInt64(p.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)) << 32
                case 1...:
                    w0 = UInt64(p.load(as: UInt8.self)) | UInt64(p.load(fromByteOffset: n >> 1, as: UInt8.self)) << 8
                        | UInt64(p.load(fromByteOffset: n - 1, as: UInt8.self)) << 16
                default:
                    break
                }
                lengthAndKind = UInt64(n) | (kind == .name ? 1 : kind == .region ? 2 : 3) << 8
            }

            @inline(__always)
            var set: Int {
                var h = (w0 &* 0x9E37_79B9_7F4A_7C15) ^ (w1 &* 0xC2B2_AE3D_27D4_EB4F) ^ (w2 &* 0x1656_67B1_9E37_79F9) ^ lengthAndKind
                h = (h ^ (h >> 31)) &* 0xBF58_476D_1CE4_E5B9
                return Int(truncatingIfNeeded: h >> 54) & (Memo.slots / Memo.ways - 1)
            }
        }
        struct Entry {
            var key = Key()
            var id: UInt32 = 0
            /// The row count a hit adds to: 0 none, i + 1 ``Spelt/plainRows``[i], -(r + 1) ``Spelt/rawRows``[r].
            var counter: Int32 = 0
        }
    }
    private let memo: UnsafeMutablePointer<Memo.Entry>

    @inline(__always)
    private func count(_ counter: Int32) {
        if counter > 0 {
            let i = Int(counter) - 1
            spelt.pointee.plainRows[i] &+= 1
            if spelt.pointee.plainBlock[i] != spelt.pointee.block { seenInBlock(plain: i) }
        } else if counter < 0 {
            let r = Int(-counter) - 1
            spelt.pointee.rawRows[r] &+= 1
            if spelt.pointee.rawBlock[r] != spelt.pointee.block { seenInBlock(raw: r) }
        }
    }

    /// review57 F4 (stdout changed between runs): a spelling's first row was the first
    /// row *this worker* read of it, never lowered. Inputs are read last first, so a
    /// worker that read tb.csv's block before ta.csv's kept `Burma` at tb.csv:3, and on a
    /// tie with `Myanmar` (ta.csv:3) the printed country went by which worker took which
    /// block. Rows of a block are read in order, so its first row of a spelling is the
    /// block's earliest: taken once a block (``beginBlock()``) and the smallest kept.
    @inline(never)
    private func seenInBlock(plain i: Int) {
        spelt.pointee.plainBlock[i] = spelt.pointee.block
        spelt.pointee.plainFirst[i] = min(spelt.pointee.plainFirst[i], position())
    }

    @inline(never)
    private func seenInBlock(raw r: Int) {
        spelt.pointee.rawBlock[r] = spelt.pointee.block
        spelt.pointee.rawFirst[r] = min(spelt.pointee.rawFirst[r], position())
    }

    /// Called before each block is read (``seenInBlock(plain:)``).
    func beginBlock() { spelt.pointee.block &+= 1 }

    /// The long way: a plain spelling (``KeyKind/isPlain(_:_:)``) by its id, a country's
    /// folded to the known name's once; any other normalised once per raw spelling
    /// (``slowIntern(_:_:_:)``). With the row count it added to (``Memo/Entry/counter``).
    private func internUncached(_ p: UnsafeRawPointer, _ n: Int, _ kind: KeyKind) -> (id: UInt32, counter: Int32) {
        if kind.isPlain(p, n) {
            let id = strings.intern(p, n)
            guard kind == .region else { return (id, 0) }
            // A plain country is canonical but for the letter case or spelling of a
            // known name (`IRAQ`, `Irak` are `Iraq`): looked up once per distinct spelling.
            let i = Int(id)
            if i < plainRegions.pointee.count, plainRegions.pointee[i] != 0 {
                // A joint region written with spaces (``KeyKind/spacedParts(_:)``) is read
                // the slow way, which counts its members' spellings.
                if plainRegions.pointee[i] == KeyInterner.spacedJoint { return slowIntern(p, n, kind) }
                count(Int32(i) + 1)
                return (plainRegions.pointee[i] &- 1, Int32(i) + 1)
            }
            return foldPlainRegion(id, p, n)
        }
        return slowIntern(p, n, kind)
    }

    /// Where the row being read is, `(sequence + 1) << 32 | line in block`: asked when a
    /// country spelling is first read (``regionSpellingRows()``).
    var position: () -> UInt64 = { 0 }

    /// Rows read of each spelling of a country or place tally knows (``CountryNames``):
    /// plain spellings by id in ``strings``, others by raw id, with the position of
    /// their first row. What a country is printed as (the spelling used most).
    private struct Spelt {
        var plainRows: [Int] = [], plainFirst: [UInt64] = []
        var rawRows: [Int] = [], rawFirst: [UInt64] = [], rawNames: [[String]] = []
        /// The block (``block``) in which each spelling's first position was last looked at.
        var plainBlock: [UInt32] = [], rawBlock: [UInt32] = []
        /// Counts the blocks read (``beginBlock()``); never 0 for a block read.
        var block: UInt32 = 0
    }
    private let spelt: UnsafeMutablePointer<Spelt>

    /// Each spelling of a country or place tally knows that the rows read (alone or as
    /// a member), the rows that spell it, and where the first of them is.
    func regionSpellingRows() -> [(spelling: String, rows: Int, first: UInt64)] {
        var out: [(spelling: String, rows: Int, first: UInt64)] = []
        let s = spelt.pointee
        for (i, rows) in s.plainRows.enumerated() where rows > 0 {
            let name = strings.string(UInt32(i))
            if CountryNames.spelling(name) != nil { out.append((name, rows, s.plainFirst[i])) }
        }
        for (r, rows) in s.rawRows.enumerated() where rows > 0 {
            for name in s.rawNames[r] { out.append((name, rows, s.rawFirst[r])) }
        }
        return out
    }

    /// By id of a plain country spelling: 1 + the id of its canonical form (the list's
    /// spelling of a known name, ``CountryNames/spelling(_:)``), 0 when not yet looked up.
    private let plainRegions: UnsafeMutablePointer<[UInt32]>

    /// In ``plainRegions``: the plain spelling is a joint region written with spaces.
    private static let spacedJoint = UInt32.max

    private func foldPlainRegion(_ id: UInt32, _ p: UnsafeRawPointer, _ n: Int) -> (id: UInt32, counter: Int32) {
        let name = strings.string(id)
        let known = CountryNames.spelling(name)
        let i = Int(id)
        if i >= plainRegions.pointee.count {
            let more = i + 1 - plainRegions.pointee.count
            plainRegions.pointee += Array(repeating: 0, count: more)
            spelt.pointee.plainRows += Array(repeating: 0, count: more)
            spelt.pointee.plainFirst += Array(repeating: 0, count: more)
            spelt.pointee.plainBlock += Array(repeating: 0, count: more)
        }
        if known == nil, name.contains(" "), KeyKind.spacedParts(name) != nil {
            plainRegions.pointee[i] = KeyInterner.spacedJoint
            return slowIntern(p, n, .region)
        }
        let canonical = known.map { strings.intern($0) } ?? id
        plainRegions.pointee[i] = canonical &+ 1
        spelt.pointee.plainRows[i] = 1
        spelt.pointee.plainFirst[i] = position()
        spelt.pointee.plainBlock[i] = spelt.pointee.block
        return (canonical, Int32(i) + 1)
    }

    private func slowIntern(_ p: UnsafeRawPointer, _ n: Int, _ kind: KeyKind) -> (id: UInt32, counter: Int32) {
        let k = kind == .name ? 0 : kind == .region ? 1 : 2
        let r = Int((k == 0 ? rawNames : k == 1 ? rawRegions : rawMeasures).intern(p, n))
        let counter: Int32 = k == 1 ? -(Int32(r) + 1) : 0
        if r < ids.pointee[k].count {
            if k == 1 { count(counter) }
            return (ids.pointee[k][r], counter)
        }
        let text = String(decoding: UnsafeRawBufferPointer(start: p, count: n), as: UTF8.self)
        let canonical = kind.canonical(text)
        if k == 1 {
            spelt.pointee.rawRows.append(1)
            spelt.pointee.rawFirst.append(position())
            spelt.pointee.rawBlock.append(spelt.pointee.block)
            spelt.pointee.rawNames.append(KeyKind.regionSpellings(text).names.filter { CountryNames.spelling($0) != nil })
        }
        // A character drawn as a blank that is neither white space nor ignorable
        // (``Invisible/drawnBlank``): refused (the caller says why), never a group apart
        // drawn like another.
        // A word mixing Latin with a look-alike script (``MixedScript``): refused too.
        let id = canonical.unicodeScalars.contains(where: Invisible.drawnBlank) ? KeyInterner.refused
            : Mojibake.repaired(text) != nil ? KeyInterner.mojibake
            : MixedScript.find(canonical) != nil ? KeyInterner.mixesScripts
            : kind == .region && KeyKind.footnoteMarker(KeyKind.cleaned(text)) != nil ? KeyInterner.footnote
            : strings.intern(canonical)
        ids.pointee[k].append(id)
        return (id, counter)
    }

    /// What ``intern(_:_:_:)`` returns for a value holding a character drawn as a
    /// blank (``Invisible/drawnBlank``): no id, the row is refused.
    static let refused = UInt32.max

    /// What ``intern(_:_:_:)`` returns for a value with a word that mixes scripts
    /// (``MixedScript``): no id, the row is refused.
    static let mixesScripts = UInt32.max - 1

    /// The spelling of the country value keyed `id` that this interner read first at
    /// row `line` of block `sequence` of input `input` (``BlockParser``'s countriesSeen),
    /// as the row spells it (`Bosnia-Herzegovina` for the key `Bosnia and Herzegovina`):
    /// a message quoting that row quotes what it holds (review29 N1). nil when none was.
    func countrySpelling(_ id: UInt32, input: Int, sequence: Int, line: Int) -> String? {
        let want = UInt64(UInt16(truncatingIfNeeded: input)) << 48 | UInt64(UInt32(truncatingIfNeeded: sequence + 1) & 0xFF_FFFF) << 24
            | UInt64(UInt32(truncatingIfNeeded: line) & 0xFF_FFFF)
        let s = spelt.pointee
        for (i, c) in plainRegions.pointee.enumerated() where c == id &+ 1 && i < s.plainFirst.count && s.plainFirst[i] == want {
            return strings.string(UInt32(i))
        }
        for (r, c) in ids.pointee[1].enumerated() where c == id && r < s.rawFirst.count && s.rawFirst[r] == want {
            return rawRegions.string(UInt32(r))
        }
        return nil
    }

    /// What ``intern(_:_:_:)`` returns for a value that is UTF-8 read as Windows-1252 and
    /// saved again (``Mojibake``): no id, the row is refused.
    static let mojibake = UInt32.max - 3

    /// What ``intern(_:_:_:)`` returns for a country value ending in a footnote marker
    /// (``KeyKind/footnoteMarker(_:)``): no id, the row is refused.
    static let footnote = UInt32.max - 2

}
