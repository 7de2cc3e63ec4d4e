import Testing
import TallyCore

/// review28 S6, S12, S10, R2, N6 (issue 12, helper phrases19): a part or "others" after the
/// figure's noun, vague words' bests by rule, "several hundred" in other languages, and the
/// misspelling hint on words of languages with no table.
@Suite("Estimate text: parts and others after the noun, vague bests, several hundred (phrases19)")
struct EstimatePhrases19Tests {
    @Test func aPartAfterItsNounAndAVerbIsRefused() {
        // Each had read 3 (exit 0): a verb, an adverb, "those", or a language that puts the
        // noun first stood between the figure and "among the dead".
        for text in [
            "3 children were among the dead", "three children were among those killed", "3 soldiers are among the dead",
            "3 children among those killed", "3 children were reportedly among the killed", "3 children were among the victims",
            "Two children were among the dead", "3 children were among those who died", "3 children were among them",
            "drei Kinder sind unter den Toten", "3 enfants figurent parmi les morts", "3 niños se encuentran entre los muertos",
            "3 crianças estão entre os mortos", "3 bambini sono tra i morti",
            "3 أطفال بين القتلى", "ثلاثة أطفال من بين القتلى",
            "3 anak termasuk korban tewas", "3 anak di antara korban tewas",
            "3 çocuk ölenler arasında", "3 çocuk da ölenler arasında",
            "۳ کودک در میان کشته‌شدگان", "گفته شده سه سرباز در میان زخمیان هستند.",
            // A bracket or a breakdown set off by commas between, a postposition after any noun.
            "3 children (aged 5-10) were among the dead", "Three Palestinians, including a child, were among the dead",
            "Three Palestinians, including 2 children, were among the dead", "3 çocuk da hayatını kaybedenler arasında",
            "3 soldiers were among those injured", "3 dzieci było wśród ofiar", "трое детей были среди погибших",
        ] {
            refuses(text, containing: "only a part of a total")
        }
        // As before: the part right after the noun, and the part first.
        refuses("3 children among the victims", containing: "only a part of a total")
        refuses("3 Kinder unter den Toten", containing: "only a part of a total")
        refuses("among the dead were three children", containing: "only a part of a total")
        refuses("ölenler arasında 3 çocuk", containing: "only a part of a total")
    }

    @Test func aTotalBrokenDownAfterItIsStillRead() {
        reads("12 people were killed including 3 children", 12, 12, 12)
        reads("40 people were killed, among them 3 children", 40, 40, 40)
        reads("12 people were killed among them 3 children", 12, 12, 12)
        reads("12 orang tewas termasuk 3 anak", 12, 12, 12)
        reads("12 orang tewas termasuk anak-anak", 12, 12, 12)
        reads("12 kişi öldü", 12, 12, 12)
        reads("۱۲ نفر کشته شدند", 12, 12, 12)
        reads("5 killed among civilians", 5, 5, 5)
        reads("40 people, including 3 children, were killed", 40, 40, 40)
        reads("12 kişi öldü ölenler arasında 3 çocuk var", 12, 12, 12)
        // A figure that ends the text (a range of words after it had crashed a first draft).
        reads("3", 3, 3, 3)
        reads("3 children (aged", 3, 3, 3)
        reads("3 children, including", 3, 3, 3)
    }

    @Test func othersAfterTheNounCountPeopleBesidesSomeone() {
        // Had read 3 (exit 0); the prefix form "مقتل 3 آخرين" was already refused.
        for text in ["3 قتلى آخرين", "ثلاثة قتلى آخرون", "3 کشته دیگر", "3 orang lainnya tewas", "مقتل 3 آخرين"] {
            refuses(text, containing: "counts people besides someone")
        }
        // Someone named before it and the figure's own measure asked for: read, as the prefix form is.
        reads("A soldier was killed and 5 others wounded", 5, 5, 5, measure: "injured")
        // Not "others": read as before.
        reads("3 قتلى", 3, 3, 3)
        reads("3 کشته", 3, 3, 3)
    }

    @Test func aVagueWordsBestIsTheMidpointByRuleNotStated() throws {
        // Each had best_stated true ("600 (300–900)").
        let cases: [(String, Int64, Int64, Int64, String)] = [
            ("several hundred dead", 300, 600, 900, "300–900"),
            ("several", 3, 6, 9, "3–9"),
            ("a few", 2, 3, 4, "2–4"),
            ("a handful", 3, 4, 5, "3–5"),
            ("several dozen", 36, 72, 108, "36–108"),
            ("a few thousand", 2_000, 3_000, 4_000, "2,000–4,000"),
            ("несколько сотен погибших", 300, 600, 900, "300–900"),
            ("несколько десятков", 30, 60, 90, "30–90"),
            ("kilkaset ofiar", 300, 600, 900, "300–900"),
            ("kilkanaście osób", 11, 15, 19, "11–19"),
            ("mehrere tausend Tote", 3_000, 6_000, 9_000, "3,000–9,000"),
            ("beberapa ratus orang", 300, 600, 900, "300–900"),
        ]
        for (text, low, best, high, display) in cases {
            let e = try EstimateParser.parse(text)
            #expect(e == Estimate(unchecked: low, best: best, high: high), "\(text)")
            #expect(!e.bestStated, "\(text)")
            #expect(e.display == display, "\(text): \(e.display)")
        }
        // Qualified, it keeps the rule's best unstated, as "hundreds" does.
        #expect(try !EstimateParser.parse("up to several hundred").bestStated)
        #expect(try EstimateParser.parse("about several hundred").display == "~300–900")
        // "a couple" says two: its best is the word's, not the midpoint.
        let couple = try EstimateParser.parse("a couple")
        #expect(couple.bestStated && couple.display == "2 (2–3)")
        #expect(try EstimateParser.parse("a couple of hundred").bestStated)
        // Every count word of every table: unstated exactly when its best is the midpoint.
        for text in ["several", "a few", "few", "a handful", "handful", "varios", "varias",
                     "algunos", "algunas", "plusieurs", "quelques", "mehrere", "einige", "ein paar", "vários", "várias",
                     "alguns", "algumas", "несколько", "декілька", "кілька", "عدة", "بضعة", "بضع", "چند", "چندین",
                     "birkaç", "beberapa", "kilka", "kilkanaście", "kilkadziesiąt"] {
            let e = try EstimateParser.parse(text)
            #expect(!e.bestStated, "\(text): \(e.display)")
        }
    }

    @Test func severalHundredInOtherLanguagesIsRead() throws {
        // Each had been refused as two numbers ("plusieurs" and "centaines"), or, for
        // "varios miles", read 2,000–9,999 with the count word dropped.
        let cases: [(String, Int64, Int64, Int64)] = [
            ("plusieurs centaines de morts", 300, 600, 900),
            ("varias decenas de muertos", 30, 60, 90),
            ("mehrere hundert Tote", 300, 600, 900),
            ("بضع مئات", 300, 600, 900),
            ("several hundreds dead", 300, 600, 900),
            ("plusieurs milliers de morts", 3_000, 6_000, 9_000),
            ("varios miles de muertos", 3_000, 6_000, 9_000),
            ("quelques centaines de morts", 200, 300, 400),
            ("einige hundert Tote", 200, 600, 900),
            ("birkaç yüz kişi", 200, 300, 400),
            ("چند صد نفر", 200, 300, 400),
        ]
        for (text, low, best, high) in cases {
            let e = try EstimateParser.parse(text)
            #expect(e == Estimate(unchecked: low, best: best, high: high), "\(text): \(e.display)")
            #expect(!e.bestStated, "\(text)")
        }
    }

    @Test func aWordOfALanguageWithNoTableIsNoMisspeltScale() {
        // "doden" (Dutch, the dead) had been "a misspelt dozen", "duizend" (Dutch, thousand) a
        // misspelt German "dutzend" (dozen).
        for text in ["nog 3 doden", "3 doden", "3 duizend doden", "3 miljon", "3 hundrede", "3 hundre", "3 millioner",
                     "3 milionů", "3 milioane", "3 miliona"] {
            refuses(text, containing: "unknown word")
        }
        // A real misspelling keeps its hint.
        refuses("3 hunderd killed", containing: "looks like a misspelt \"hundred\"")
        refuses("three dozzen", containing: "misspelt")
        refuses("3 thousnd killed", containing: "looks like a misspelt \"thousand\"")
    }
}
