// Chinese (zh), simplified and traditional characters. A small table (phrases18, issue 12):
// the qualifiers, scale words and casualty words of a Chinese report of the dead and the hurt
// ("至少12人死亡", "1.2万人", "造成8死4伤"). Chinese writes no spaces: the lexer splits a run of
// Han characters into the longest words this table lists, and any other character into a word
// of its own (``HanWords``), so that a character no table knows beside a figure is named in
// the refusal ("12多人" is listed; "已12人" is refused naming "已"). Numbers written in Chinese
// characters ("十二人") are not read: there is no figure in digits, and the text is refused.

extension Languages {
    static let chinese = LanguageTable(
        code: "zh",
        before: [
            ("至少", .atLeast), ("最少", .atLeast), ("起码", .atLeast), ("起碼", .atLeast),
            // "至少造成12人死亡" (caused at least 12 deaths): the qualifier before the verb.
            ("至少造成", .atLeast), ("至少导致", .atLeast), ("至少導致", .atLeast), ("至少有", .atLeast),
            ("至少已有", .atLeast), ("最少有", .atLeast), ("约有", .approximate), ("約有", .approximate),
            ("超过", .moreThan), ("超過", .moreThan), ("逾", .moreThan),
            ("约", .approximate), ("約", .approximate), ("大约", .approximate), ("大約", .approximate),
            ("近", .approximate), ("将近", .approximate), ("將近", .approximate), ("接近", .approximate),
            ("至多", .atMost), ("最多", .atMost),
            ("不到", .fewerThan), ("不足", .fewerThan),
        ],
        // "100多人", "100余人" ("a hundred-odd people"): more than 100, fewer than 200.
        after: [("多", .odd), ("余", .odd), ("餘", .odd)],
        // "12人以上" (12 or more), "12人左右" (about 12), after the figure's noun.
        trailing: [("以上", .atLeast), ("左右", .approximate)],
        // Scales after digits only: "1.2万" is 12,000; "数千人" ("thousands") holds no figure.
        scales: [("万", 10_000), ("萬", 10_000), ("千", 1_000), ("亿", 100_000_000), ("億", 100_000_000)],
        personWords: [
            "人", "名", "人士", "平民", "民众", "民眾", "居民", "村民", "儿童", "兒童", "妇女", "婦女", "士兵", "军人",
            "軍人", "警察", "乘客", "学生", "學生", "死者", "伤者", "傷者", "遇难者", "遇難者", "难民", "難民",
        ],
        casualtyWords: [
            "死亡", "死", "遇难", "遇難", "丧生", "喪生", "身亡", "罹难", "罹難", "遇害", "被杀", "被殺", "死难", "死難",
            "受伤", "受傷", "伤", "傷", "负伤", "負傷", "伤亡", "傷亡",
        ],
        // Dates and durations after digits: "8月30日" (30 August), "2024年", "12天" (12 days)
        // are no counts of people.
        timeWords: ["年", "月", "日", "号", "號", "时", "時", "点", "點", "分", "小时", "小時", "天", "周", "週"],
        // A breakdown before the figure: "其中包括6名儿童" (among them 6 children).
        partsBefore: ["其中包括", "其中", "包括"],
        // Words that may stand right before a figure: "造成12人死亡" (caused 12 deaths), "升至12人" (rose to 12).
        neutral: [
            "造成", "导致", "導致", "致", "共", "共有", "已有", "另有", "升至", "增至", "上升至", "增加至", "人数", "人數",
            "已", "已经", "已經",
        ],
        measures: [
            ("死亡", "killed"), ("死", "killed"), ("遇难", "killed"), ("遇難", "killed"), ("丧生", "killed"),
            ("喪生", "killed"), ("身亡", "killed"), ("罹难", "killed"), ("罹難", "killed"), ("遇害", "killed"),
            ("被杀", "killed"), ("被殺", "killed"), ("死难", "killed"), ("死難", "killed"),
            ("受伤", "injured"), ("受傷", "injured"), ("伤", "injured"), ("傷", "injured"), ("负伤", "injured"),
            ("負傷", "injured"), ("伤亡", "casualties"), ("傷亡", "casualties"),
        ]
    )
}

/// The words of the Chinese table, by which the lexer splits a run of Han characters (which
/// Chinese writes without spaces) into words: the longest listed word at each character,
/// else the character alone.
enum HanWords {
    static let words: Set<String> = {
        let t = Languages.chinese
        let lists: [[String]] = [
            t.before.map(\.0), t.after.map(\.0), t.trailing.map(\.0), t.scales.map(\.0), t.personWords, t.casualtyWords,
            t.partsBefore, t.neutral, t.measures.map(\.0), t.timeWords,
        ]
        return Set(lists.joined())
    }()
    static let longest: Int = words.map { $0.unicodeScalars.count }.max() ?? 1

    static func isHan(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: return true
        default: return false
        }
    }

    /// Hiragana and katakana (Japanese writes them among Han characters, without spaces).
    static func isKana(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: return true
        default: return false
        }
    }

    /// The scalars with a space between each word of a Han run (and a run of kana) and the
    /// letters and digits beside it: "至少12人死亡" is lexed as "至少 12 人 死亡", "1.2万人" as
    /// "1.2 万 人". No space is put before punctuation.
    static func spaced(_ s: [Unicode.Scalar], _ scripts: [DigitScript]) -> ([Unicode.Scalar], [DigitScript]) {
        guard s.contains(where: { isHan($0) || isKana($0) }) else { return (s, scripts) }
        var out: [Unicode.Scalar] = []
        var outScripts: [DigitScript] = []
        func space() {
            if let last = out.last, !last.properties.isWhitespace { out.append(" "); outScripts.append(.latin) }
        }
        var afterSegment = false
        var afterPunctuation = false
        var i = 0
        while i < s.count {
            let c = s[i]
            var end = i + 1
            if isHan(c) {
                var l = min(longest, s.count - i)
                while l >= 2 {
                    if s[i..<(i + l)].allSatisfy(isHan), words.contains(Lexer.string(s[i..<(i + l)])) { break }
                    l -= 1
                }
                end = i + max(l, 1)
            } else if isKana(c) {
                while end < s.count, isKana(s[end]) { end += 1 }
            } else {
                // "死亡,7名": a comma after a Han word and before digits separates them ("7"
                // is no group of "死亡,").
                if afterSegment || afterPunctuation, Lexer.isLetter(c) || Lexer.isDigit(c) { space() }
                afterPunctuation = afterSegment && !c.properties.isWhitespace && !Lexer.isLetter(c) && !Lexer.isDigit(c)
                afterSegment = false
                out.append(c); outScripts.append(scripts[i])
                i += 1
                continue
            }
            space()
            afterPunctuation = false
            out.append(contentsOf: s[i..<end]); outScripts.append(contentsOf: scripts[i..<end])
            afterSegment = true
            i = end
        }
        return (out, outScripts)
    }

    /// Chinese numerals ("十二", "两", "百"): the first run of them among the tokens, for the
    /// refusal of a text with no figure in digits ("十二人死亡").
    static func numerals(in tokens: [Token]) -> String? {
        var run = ""
        for t in tokens {
            if !t.text.isEmpty, t.text.unicodeScalars.allSatisfy({ numeralScalars.contains($0) }) {
                run += t.text
            } else if !run.isEmpty {
                break
            }
        }
        return run.isEmpty ? nil : run
    }
    static let numeralScalars: Set<Unicode.Scalar> = Set("零〇一二三四五六七八九十百千万萬亿億两兩".unicodeScalars)
}
