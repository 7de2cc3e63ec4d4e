import Testing
import TallyCore

/// Ukrainian has its own table (`Languages/Ukrainian.swift`), as Russian does: before it,
/// "5 тисяч загиблих" read 5 and Ukrainian qualifiers were unknown words (review12b).
@Suite("Estimate text: Ukrainian (issue 12)")
struct EstimateUkrainianTests {
    @Test func scalesAndNumberWords() {
        reads("5 тисяч загиблих", 5_000, 5_000, 5_000)
        reads("від 5 до 7 тисяч бойовиків", 5_000, 6_000, 7_000)
        reads("2 мільйони переселенців", 2_000_000, 2_000_000, 2_000_000)
        reads("п'ять загиблих", 5, 5, 5)
        reads("п’ять загиблих", 5, 5, 5)
        reads("кілька сотень загиблих", 300, 600, 900)
    }

    @Test func qualifiers() {
        reads("щонайменше 12 загиблих", 12, 12, nil)
        reads("принаймні 12 людей загинули", 12, 12, nil)
        reads("12 загиблих щонайменше", 12, 12, nil)
        reads("12 і більше загиблих", 12, 12, nil)
        reads("понад 200 поранених", 201, 201, nil)
        reads("близько 40 загиблих", 40, 40, 40, approximate: true)
        reads("до 40 загиблих", 0, 40, 40)
        reads("менше 40 загиблих", 0, 39, 39)
        // "rose to 12" is the toll, not "up to 12".
        reads("кількість загиблих зросла до 12", 12, 12, 12)
    }

    @Test func negationsRatesAndThings() {
        reads("ніхто не загинув", 0, 0, 0)
        refuses("Росія спростувала загибель 12 цивільних", containing: "спростувала")
        refuses("40 відсотків", containing: "percentage")
        refuses("12 танків", containing: "counts танків")
        refuses("втрати ворога за добу: 1200", containing: "rate")
        refuses("12 нових загиблих", containing: "adds to an earlier count")
        refuses("12 березня", containing: "day of a month")
        refuses("5000 гривень", containing: "sum of money")
    }

    @Test func measures() {
        reads("5 загиблих і 12 поранених", 5, 5, 5, measure: "killed")
        reads("5 загиблих і 12 поранених", 12, 12, 12, measure: "injured")
        refuses("5 загиблих і 12 поранених", containing: "one per measure")
    }
}

/// Number words of other languages written as several words compose (review12c: "deux
/// cents morts" read 2, "mil quinientos" 500, "quatre-vingt-dix-sept" the range 4–20,
/// "on iki" 2, "خمسة وعشرين" 5).
@Suite("Estimate text: number words of several words (issue 12, review12c)")
struct EstimateComposedNumberWordsTests {
    @Test func theyCompose() {
        for (text, value) in [("quatre-vingt-dix-sept morts", 97), ("quatre-vingts morts", 80), ("soixante-dix morts", 70),
                              ("soixante-douze morts", 72), ("vingt et un morts", 21), ("cent un morts", 101),
                              ("deux cents morts", 200), ("mille cinq cents morts", 1_500), ("ciento cincuenta muertos", 150),
                              ("mil quinientos muertos", 1_500), ("treinta y cinco muertos", 35), ("cento e vinte mortos", 120),
                              ("on iki kişi öldü", 12), ("iki yüz kişi", 200), ("bin beş yüz kişi", 1_500),
                              ("خمسة وعشرين قتيلا", 25), ("مئة وخمسة وعشرين قتيلا", 125)] as [(String, Int64)] {
            reads(text, value, value, value)
        }
        reads("plus de cent vingt morts", 121, 121, nil)
        reads("environ trois cents morts", 300, 300, 300, approximate: true)
        reads("أكثر من خمسة وعشرين قتيلا", 26, 26, nil)
    }

    @Test func rangesStayRangesAndOtherWordsAreRefused() {
        reads("entre dos y tres muertos", 2, 3, 3)
        reads("deux-trois morts", 2, 3, 3)
        reads("dos mil muertos", 2_000, 2_000, 2_000)
        refuses("dos tres muertos", containing: "do not make one number")
        // A UCDP headline: the French "seize" (16) beside "two" read 16.
        // (Now "seize" is the English verb, and "two" counts villages, not people.)
        refuses("Opposition groups seize two DAESH-held villages in Syria", containing: "counts villages")
    }
}

/// review12c's bound and doubt classes: a negated qualifier read as its opposite, a toll
/// verb that bounds the figure dropped, trailing qualifiers of ten languages, retractions,
/// hypotheticals, questions, other minus signs, animals.
@Suite("Estimate text: negated qualifiers, toll verbs, doubt (issue 12, review12c)")
struct EstimateReview12cBoundsTests {
    @Test func negatedQualifiersMeanTheOppositeBound() {
        for text in ["nicht mehr als 37 Tote", "not over 37 people killed", "no greater than 37 deaths", "não mais de 37 mortos",
                     "не свыше 37 погибших", "لا يزيد عن 37 قتيلا", "نه بیش از 37 کشته", "tidak lebih dari 37 orang tewas",
                     "non più di 37 morti", "nie więcej niż 37 zabitych", "not exceeding 37 deaths", "ne dépassant pas 37 morts"] {
            reads(text, 0, 37, 37)
        }
        for text in ["nicht unter 37 Tote", "não menos de 37 mortos", "نه کمتر از 37 کشته", "tidak kurang dari 37 orang tewas",
                     "non meno di 37 morti", "nie mniej niż 37 zabitych"] {
            reads(text, 37, 37, nil)
        }
        // Any other negated qualifier is refused, never inverted.
        refuses("not nearly over 37 killed", containing: "negated qualifier")
        refuses("keine 37 Tote", containing: "negated qualifier")
        refuses("not even 12", containing: "negated qualifier")
        reads("no more than 40", 0, 40, 40)
    }

    @Test func tollVerbsBoundTheFigure() {
        reads("Death toll passes 1,000", 1_001, 1_001, nil)
        reads("Death toll climbs past 40", 41, 41, nil)
        reads("Le bilan dépasse les 500 morts", 501, 501, nil)
        reads("La cifra de muertos supera los 40", 41, 41, nil)
        reads("Death toll nears 1,000", 1_000, 1_000, 1_000, approximate: true)
        reads("Zahl der Toten nähert sich 500", 500, 500, 500, approximate: true)
        reads("Ölü sayısı 500'e yaklaştı", 500, 500, 500, approximate: true)
        reads("عدد القتلى يقترب من 40", 40, 40, 40, approximate: true)
    }

    @Test func trailingQualifiersOfTenLanguages() {
        reads("37 people killed at a minimum", 37, 37, nil)
        reads("37 morts au bas mot", 37, 37, nil)
        reads("37 muertos por lo menos", 37, 37, nil)
        reads("37 Tote, mindestens", 37, 37, nil)
        reads("37 Tote höchstens", 0, 37, 37)
        reads("37 mortos no máximo", 0, 37, 37)
        reads("37 погибших, примерно", 37, 37, 37, approximate: true)
        reads("37 قتيلا على الأكثر", 0, 37, 37)
        reads("37 کشته دست‌کم", 37, 37, nil)
    }

    @Test func retractionsHypotheticalsQuestionsSignsAnimals() {
        for text in ["Retracted: 12 killed", "Earlier reports of 12 dead were wrong", "could have killed 1,200", "threatened to kill 1,200",
                     "1,200 would have died", "Falschmeldung: 12 Tote", "12 ölü iddiası asılsız", "12? dead", "dead: 12?"] {
            refuses(text, containing: "may deny or doubt")
        }
        // A modal in another clause leaves the figure alone (a UCDP headline).
        reads("killed 5 Syrian Government forces as they tried to advance on the front", 5, 5, 5)
        refuses("－5", containing: "negative")
        refuses("⁻5", containing: "negative")
        refuses("±12 dead", containing: "margin")
        refuses("12 dead cattle", containing: "counts cattle")
        refuses("12 rhinos killed", containing: "counts rhinos")
        reads("12 dead soldiers", 12, 12, 12)
    }
}

/// A figure whose words name another outcome than death or injury is not read for killed
/// or injured (review12b, review12c: "1200 refugees", "12 people were saved" read 12 killed).
@Suite("Estimate text: other outcomes under a measure (issue 12, review12c)")
struct EstimateOtherOutcomeTests {
    @Test func otherOutcomesAreRefusedForKilledAndInjured() {
        for text in ["1200 refugees", "1200 hostages", "3 otages libérés contre rançon", "1200 Geiseln", "1200 заручників",
                     "12 people were saved", "all 12 hostages were freed unharmed", "3 terörist etkisiz hale getirildi",
                     "1200 desplazados", "Thousands flee as fighting intensifies"] {
            refuses(text, containing: "counts", measure: "killed")
        }
        refuses("1200 refugees", containing: "counts", measure: "injured")
        // Killed in other words, refused for injured.
        refuses("1,200 slain", containing: "counts killed", measure: "injured")
        refuses("1,200 martyred", containing: "counts killed", measure: "injured")
        // A measure word settles it; without a measure the figure is read.
        reads("12 refugees killed in an airstrike", 12, 12, 12, measure: "killed")
        reads("1200 refugees", 1_200, 1_200, 1_200)
        // "casualties" counts killed and injured together (numwords, review12b/12c): refused for killed.
        refuses("5 casualties", containing: "killed and injured together", measure: "killed")
    }
}

@Suite("Estimate text: money named with a demonym (issue 12, review12c)")
struct EstimateDemonymMoneyTests {
    @Test func aDemonymBeforeACurrencyNamesMoney() {
        refuses("5,000 Lebanese pounds", containing: "sum of money")
        refuses("paid 2 million Congolese francs in compensation", containing: "sum of money")
        refuses("5,000 S/.", containing: "sum of money")
        refuses("rançon de 2 millions de FCFA", containing: "sum of money")
        reads("12 Lebanese soldiers killed", 12, 12, 12)
    }
}
