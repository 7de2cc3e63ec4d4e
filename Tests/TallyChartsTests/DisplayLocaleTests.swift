import Testing
import TallyCore
@testable import TallyCharts

/// Issue 15, item 3: the locale a chart or report is written in.
@Suite struct DisplayLocaleTests {
    @Test func shippedLocalesAndTheirDirection() throws {
        #expect(DisplayLocale.current == .english)
        for id in DisplayLocale.shipped {
            let l = try #require(DisplayLocale(identifier: id))
            // CLDR's likely script: Arabic for ar and fa, right to left; the others left to right.
            #expect(l.direction == (["ar", "fa"].contains(id) ? .rightToLeft : .leftToRight), "\(id)")
        }
        for id in ["hi", "fr-CA", "FR", "", "klingon"] { #expect(DisplayLocale(identifier: id) == nil, "\(id)") }
        #expect(DisplayLocale.unknownMessage("hi") == "--locale hi: charts and reports are written in en, ar, de, es, fa, fr, pt, ru, tr (language codes, lower case)")
    }

    @Test func currentIsSetForTheBodyOnly() throws {
        let fr = try #require(DisplayLocale(identifier: "fr"))
        let seen = DisplayLocale.with(fr) { DisplayLocale.current }
        #expect(seen == fr)
        #expect(DisplayLocale.current == .english)
    }

    /// CLDR's default numbering system (common/main/ar.xml and fa.xml, defaultNumberingSystem;
    /// ar has been latn since CLDR 42) and `native` (arab, arabext).
    @Test func digits() throws {
        #expect(try #require(DisplayLocale(identifier: "ar")).resolvedDigitsAreNative == false)
        #expect(try #require(DisplayLocale(identifier: "ar", digits: .native)).resolvedDigitsAreNative)
        #expect(try #require(DisplayLocale(identifier: "fa")).resolvedDigitsAreNative)
        #expect(try #require(DisplayLocale(identifier: "fa", digits: .latin)).resolvedDigitsAreNative == false)
        #expect(try #require(DisplayLocale(identifier: "fr", digits: .native)).resolvedDigitsAreNative == false)
        #expect(DisplayLocale.nativeNumberingSystem("ar") == "arab")
        #expect(DisplayLocale.nativeNumberingSystem("fa") == "arabext")
    }
}

/// Numbers, ranges and dates of every shipped locale against CLDR's own data. Where each
/// expected string comes from (CLDR 46, common/main/<lang>.xml, as shown in CLDR's
/// by-type charts https://www.unicode.org/cldr/charts/46/by_type/):
/// - numbers: `symbols numberSystem=latn|arab|arabext` (group, decimal) and
///   `decimalFormats` `#,##0.###`; es has `minimumGroupingDigits` 2 (5000 but 12.500);
///   fr's group is U+202F, ru's U+00A0; ar's arab group is U+066C, fa's arabext too.
/// - ranges: `miscPatterns range` `{0}–{1}` (U+2013) except es `{0}-{1}`.
/// - months: `months format abbreviated`/`wide`, in `dateFormatItem` yMMM / yMMMM
///   (`MMM y` in most; pt `MMM 'de' y`; ru `LLL y 'г'.`; es yMMMM `MMMM 'de' y`).
/// - quarters: `quarters format abbreviated` in yQQQ (`QQQ y`; tr `y QQQ`).
/// - defaultNumberingSystem: ar latn (since CLDR 42), fa arabext.
@Suite struct CLDRFormsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let id: String
        var digits: DisplayLocale.Digits? = nil
        let number: String      // 5000
        let big: String         // 12500
        let range: String       // 5000–7000
        let month: String       // January 2021, abbreviated
        let monthWide: String   // January 2021, wide
        let quarter: String     // Q1 2021
        var testDescription: String { id + (digits.map { " " + $0.rawValue } ?? "") }
    }

    static let cases: [Case] = [
        Case(id: "en", number: "5,000", big: "12,500", range: "5,000–7,000", month: "Jan 2021", monthWide: "January 2021", quarter: "Q1 2021"),
        Case(id: "fr", number: "5\u{202F}000", big: "12\u{202F}500", range: "5\u{202F}000–7\u{202F}000", month: "janv. 2021", monthWide: "janvier 2021", quarter: "T1 2021"),
        Case(id: "de", number: "5.000", big: "12.500", range: "5.000–7.000", month: "Jan. 2021", monthWide: "Januar 2021", quarter: "Q1 2021"),
        Case(id: "es", number: "5000", big: "12.500", range: "5000-7000", month: "ene 2021", monthWide: "enero de 2021", quarter: "T1 2021"),
        Case(id: "pt", number: "5.000", big: "12.500", range: "5.000–7.000", month: "jan. de 2021", monthWide: "janeiro de 2021", quarter: "T1 de 2021"),
        Case(id: "ru", number: "5\u{00A0}000", big: "12\u{00A0}500", range: "5\u{00A0}000–7\u{00A0}000", month: "янв. 2021\u{202F}г.", monthWide: "январь 2021\u{202F}г.", quarter: "1-й кв. 2021\u{202F}г."),
        Case(id: "tr", number: "5.000", big: "12.500", range: "5.000–7.000", month: "Oca 2021", monthWide: "Ocak 2021", quarter: "2021 Ç1"),
        Case(id: "ar", number: "5,000", big: "12,500", range: "5,000–7,000", month: "يناير 2021", monthWide: "يناير 2021", quarter: "الربع الأول 2021"),
        Case(id: "ar", digits: .native, number: "٥٬٠٠٠", big: "١٢٬٥٠٠", range: "٥٬٠٠٠–٧٬٠٠٠", month: "يناير ٢٠٢١", monthWide: "يناير ٢٠٢١", quarter: "الربع الأول ٢٠٢١"),
        Case(id: "fa", number: "۵٬۰۰۰", big: "۱۲٬۵۰۰", range: "۵٬۰۰۰–۷٬۰۰۰", month: "ژانویه ۲۰۲۱", monthWide: "ژانویهٔ ۲۰۲۱", quarter: "سه\u{200C}ماههٔ اول ۲۰۲۱"),
        Case(id: "fa", digits: .latin, number: "5,000", big: "12,500", range: "5,000–7,000", month: "ژانویه 2021", monthWide: "ژانویهٔ 2021", quarter: "سه\u{200C}ماههٔ اول 2021"),
    ]

    @Test(arguments: cases) func forms(c: Case) throws {
        let l = try #require(DisplayLocale(identifier: c.id, digits: c.digits))
        #expect(l.integer(5000) == c.number)
        #expect(l.integer(12500) == c.big)
        #expect(l.range(5000, 7000) == c.range)
        #expect(l.monthYear(year: 2021, month: 1, wide: false) == c.month)
        #expect(l.monthYear(year: 2021, month: 1, wide: true) == c.monthWide)
        #expect(l.quarterYear(year: 2021, quarter: 1) == c.quarter)
    }

    /// The figures of a chart under a locale: `at least` from the catalogue, the rest CLDR.
    @Test func figuresUnderALocale() throws {
        let fr = try #require(DisplayLocale(identifier: "fr"))
        let ar = try #require(DisplayLocale(identifier: "ar", digits: .native))
        func e(_ low: Int64, _ best: Int64, _ high: Int64?, approximate: Bool = false, bestStated: Bool = true) -> Estimate {
            Estimate(unchecked: low, best: best, high: high, approximate: approximate, bestStated: bestStated)
        }
        DisplayLocale.with(fr) {
            #expect(ChartWords.figure(e(5000, 6000, 7000, bestStated: false)) == "5\u{202F}000–7\u{202F}000")
            #expect(ChartWords.figure(e(1231, 1231, nil)) == "au moins 1\u{202F}231")
            #expect(ChartWords.figure(e(300, 307, 323)) == "307 (300–323)")
            // CLDR fr approximatelySign is U+2243.
            #expect(ChartWords.figure(e(40, 40, 40, approximate: true)) == "\u{2243}40")
            #expect(ChartWords.periodName(PeriodKind.month.parseLabel("2021-01")!, kind: .month) == "janvier 2021")
            #expect(ChartWords.periodName(PeriodKind.week.parseLabel("2023-W14")!, kind: .week) == "semaine 14 de 2023")
        }
        DisplayLocale.with(ar) {
            #expect(ChartWords.figure(e(1231, 1231, nil)) == "١٬٢٣١ على الأقل")
            #expect(ChartWords.figure(e(5000, 6000, 7000, bestStated: false)) == "٥٬٠٠٠–٧٬٠٠٠")
        }
        // English is what tally always printed.
        #expect(ChartWords.figure(e(40, 40, 40, approximate: true)) == "~40")
        #expect(ChartWords.figure(e(1231, 1231, nil)) == "at least 1,231")
    }

    /// Every shipped locale's label for an ISO week and a quarter, as charts and briefs
    /// print periods (review15 #9: de, pt, ru, tr and fa printed `2019-W1`). A language
    /// whose catalogue words the week (fr, es, ar, after CLDR's `yw`) says it its way;
    /// every other locale writes ISO 8601's zero-padded form in its digits. Quarters are
    /// CLDR's `yQQQ`. A new locale must add its row here.
    @Test func weekAndQuarterLabelsOfEveryShippedLocale() throws {
        let cases: [(id: String, digits: DisplayLocale.Digits?, week1: String, week48: String, quarter: String)] = [
            ("en", nil, "2019-W01", "2019-W48", "Q4 2019"),
            ("ar", nil, "الأسبوع 1 من سنة 2019", "الأسبوع 48 من سنة 2019", "الربع الرابع 2019"),
            ("ar", .native, "الأسبوع ١ من سنة ٢٠١٩", "الأسبوع ٤٨ من سنة ٢٠١٩", "الربع الرابع ٢٠١٩"),
            ("de", nil, "2019-W01", "2019-W48", "Q4 2019"),
            ("es", nil, "semana 1 de 2019", "semana 48 de 2019", "T4 2019"),
            ("fa", nil, "۲۰۱۹-W۰۱", "۲۰۱۹-W۴۸", "سه\u{200C}ماههٔ چهارم ۲۰۱۹"),
            ("fa", .latin, "2019-W01", "2019-W48", "سه\u{200C}ماههٔ چهارم 2019"),
            ("fr", nil, "semaine 1 de 2019", "semaine 48 de 2019", "T4 2019"),
            ("pt", nil, "2019-W01", "2019-W48", "T4 de 2019"),
            ("ru", nil, "2019-W01", "2019-W48", "4-й кв. 2019\u{202F}г."),
            ("tr", nil, "2019-W01", "2019-W48", "2019 Ç4"),
        ]
        #expect(Set(cases.map(\.id)) == Set(DisplayLocale.shipped))
        let w1 = try #require(PeriodKind.week.parseLabel("2019-W01")), w48 = try #require(PeriodKind.week.parseLabel("2019-W48"))
        let q4 = try #require(PeriodKind.quarter.parseLabel("2019-Q4"))
        for c in cases {
            let l = try #require(DisplayLocale(identifier: c.id, digits: c.digits))
            DisplayLocale.with(l) {
                #expect(ChartWords.periodName(w1, kind: .week) == c.week1, "\(l)")
                #expect(ChartWords.periodName(w48, kind: .week) == c.week48, "\(l)")
                #expect(ChartWords.periodName(q4, kind: .quarter) == c.quarter, "\(l)")
            }
        }
    }

    /// A sentence's first letter in upper case, the locale's way: French after a month
    /// name (review15 #11), Turkish dotted `i`; digits and Arabic are left alone.
    @Test func sentenceStarts() throws {
        let fr = try #require(DisplayLocale(identifier: "fr")), tr = try #require(DisplayLocale(identifier: "tr"))
        let ar = try #require(DisplayLocale(identifier: "ar"))
        #expect(fr.sentenceStart("juin 2023 n’est couvert") == "Juin 2023 n’est couvert")
        #expect(fr.sentenceStart("été") == "Été")
        #expect(tr.sentenceStart("ilk çeyrek") == "İlk çeyrek")
        #expect(fr.sentenceStart("12 tués") == "12 tués" && ar.sentenceStart("يونيو") == "يونيو")
        #expect(DisplayLocale.english.sentenceStart("killed") == "Killed")
    }

    /// Axis numbers: CLDR's short compact form where CLDR has one (fr `5 k`, es
    /// `5 mil`), the plain number where it has none (de thousands: pattern `0`).
    @Test func compactTicks() throws {
        let cases: [(String, String)] = [("fr", "5\u{00A0}k"), ("es", "5\u{00A0}mil"), ("de", "5000")]
        for (id, want) in cases {
            let l = try #require(DisplayLocale(identifier: id))
            DisplayLocale.with(l) { #expect(NumberFormat.compact(5000, step: 1000) == want, "\(id)") }
        }
        #expect(NumberFormat.compact(5000, step: 1000) == "5K")
    }

    /// ICU's plural rules (CLDR plurals.xml): ar has six categories, fr puts 0 and 1 in `one`.
    @Test func pluralCategories() throws {
        let ar = try #require(DisplayLocale(identifier: "ar"))
        #expect([0, 1, 2, 3, 11, 100].map { ar.pluralCategory($0) } == ["zero", "one", "two", "few", "many", "other"])
        let fr = try #require(DisplayLocale(identifier: "fr"))
        #expect([0, 1, 2].map { fr.pluralCategory($0) } == ["one", "one", "other"])
        DisplayLocale.with(fr) { #expect(Messages.plural("bar.others", 12) == "12 autres") }
    }
}

/// The message catalogue: every id English has is in each complete language.
@Suite struct MessageCatalogueTests {
    @Test(arguments: Messages.complete) func completeLanguagesMissNothing(language: String) {
        #expect(Messages.missing(language) == [], "\(language)")
    }

    /// A value is put in once: a source named "{n}" or "{list}" is printed as named,
    /// whatever order the placeholders are filled in.
    @Test func valuesAreNotSearchedAgain() throws {
        for _ in 0 ..< 20 {
            #expect(Messages.plural("source.more", 7, ["list": "{n}, {list} and {x"]) == "Sources: {n}, {list} and {x and 7 others")
        }
        #expect(Messages.fill("{a}{b}{", ["a": "{b}", "b": "B"]) == "{b}B{")
    }

    @Test func unknownIdsFallBackToEnglish() throws {
        let de = try #require(DisplayLocale(identifier: "de"))
        #expect(Messages.text("source.one", ["name": "UCDP"], locale: de) == "Source: UCDP")
        #expect(!Messages.missing("de").isEmpty)
        // Every placeholder of an English text is in each translation (a dropped {n}
        // would drop a figure), and no other.
        for lang in Messages.complete {
            for (id, english) in Messages.english {
                guard let t = Messages.catalogue[lang]?[id] else { continue }
                // English-only grammar (`periods`, `rows`: English plurals; `period_noun`)
                // may be left out, and `unnamed` (a count) may replace `rows`.
                // `measure_lower` is `measure` as a sentence holds it (the same words).
                let optional: Set<String> = ["periods", "rows", "period_noun"]
                func named(_ s: String) -> Set<String> { Set(placeholders(s).map { $0 == "measure_lower" ? "measure" : $0 }) }
                #expect(named(english).subtracting(optional).isSubset(of: named(t)), "\(lang) \(id)")
                #expect(named(t).isSubset(of: named(english).union(["unnamed"])), "\(lang) \(id)")
            }
        }
    }

    func placeholders(_ s: String) -> Set<String> {
        var out: Set<String> = [], current: String? = nil
        for ch in s {
            if ch == "{" { current = "" } else if ch == "}", let c = current { out.insert(c); current = nil } else if current != nil { current!.append(ch) }
        }
        return out
    }
}
