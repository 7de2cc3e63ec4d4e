import Testing
import TallyCore

/// review20b (issue 12): silent wrong readings of parts, subsets, names holding number
/// words, short misspellings and another language's scale in English text.
@Suite("Estimate text: parts, subsets of the dead, names and slips (review20b)")
struct EstimateReview20bTests {
    @Test func aFractionOfAStatedTotalIsAPartInEveryLanguage() {
        // Had read 240.
        refuses("la metà dei 240 sono morti", containing: "only a part of a total (\"la metà dei 240\")")
        refuses("La metà dei 240 morti erano bambini", containing: "only a part of a total")
        refuses("la metà di 240", containing: "only a part of a total")
        refuses("la maggior parte dei 240 morti", containing: "only a part of a total")
        refuses("نصف الـ 240 قتلوا", containing: "only a part of a total")
        refuses("نصف ال 240 قتلوا", containing: "only a part of a total")
        refuses("die Hälfte von 240 Toten", containing: "only a part of a total")
        refuses("metade de 240", containing: "only a part of a total")
        // Kin that were refused already stay so.
        refuses("la moitié des 240 sont morts", containing: "only a part of a total")
        refuses("metade dos 240 morreram", containing: "only a part of a total")
        refuses("la mitad de los 240 murieron", containing: "only a part of a total")
        refuses("die Hälfte der 240 starb", containing: "only a part of a total")
        refuses("half the 240 died", containing: "only a part of a total")
        // The total alone still reads.
        reads("240 morti", 240, 240, 240)
        reads("قتل 240", 240, 240, 240)
    }

    @Test func aPartInAppositionIsRefusedInGermanAndItalian() {
        // Had read 300.
        refuses("Die meisten Toten, 300, waren Zivilisten", containing: "only a part of a total (\"Die meisten Toten, 300\")")
        refuses("La maggior parte dei morti, 300, erano civili", containing: "only a part of a total")
        refuses("La metà dei morti, 300, erano civili", containing: "only a part of a total")
        refuses("Ein Großteil der Toten, 300, waren Zivilisten", containing: "only a part of a total")
        refuses("Most dead, 300, were civilians", containing: "only a part of a total (\"Most dead, 300\")")
        // As before.
        refuses("Die Hälfte der Toten, 300, waren Kinder", containing: "only a part of a total")
        refuses("A maioria dos mortos, 300, eram civis", containing: "only a part of a total")
        refuses("La plupart des morts, 300, étaient des civils", containing: "only a part of a total")
        // The group itself in apposition is the total.
        reads("the dead, 240, were mostly children", 240, 240, 240)
        reads("Die Toten, 300, waren Zivilisten", 300, 300, 300)
    }

    @Test func aCountOfSomeOfTheDeadIsNotTheToll() {
        // Had read 12, 1, 12, 12.
        refuses("Children accounted for 12 of the deaths", containing: "only a part of a total (\"12 of the deaths\")")
        refuses("Uno dei morti era un bambino", containing: "only a part of a total (\"Uno dei morti\")")
        refuses("12 of the dead were children", containing: "only a part of a total")
        refuses("Women made up 12 of the dead", containing: "only a part of a total")
        refuses("de los muertos, 12 eran niños", containing: "only a part of a total (\"de los muertos, 12\")")
        refuses("Of the dead, 12 were children", containing: "only a part of a total")
        refuses("Tra i morti, 12 bambini", containing: "only a part of a total")
        refuses("12 dei morti erano bambini", containing: "only a part of a total")
        refuses("12 der Toten waren Kinder", containing: "only a part of a total")
        refuses("12 des morts étaient des enfants", containing: "only a part of a total")
        refuses("Les enfants représentent 12 des morts", containing: "only a part of a total")
        // As before.
        refuses("Among the dead were 12 children", containing: "only a part of a total")
        refuses("Entre los muertos hay 12 niños", containing: "only a part of a total")
        // A count of the dead, and the deaths of a count, read.
        reads("12 dead", 12, 12, 12)
        reads("the deaths of 12 people", 12, 12, 12)
    }

    @Test func aNumberWordInsideANameIsNoFigure() {
        // Had read 9 and 7.
        refuses("Le Pont-Neuf: des morts", containing: "no number")
        refuses("Seven Sisters: deaths reported", containing: "\"Seven Sisters\" may be a name")
        // Beside a figure the name is no second number (had been "more than one number").
        reads("Le Pont-Neuf: 3 morts", 3, 3, 3)
        reads("3 morts à Sept-Îles", 3, 3, 3)
        reads("Two killed in Seven Sisters", 2, 2, 2)
        reads("un muerto en Dos Hermanas", 1, 1, 1)
        reads("3 morti alle Cinque Terre", 3, 3, 3)
        refuses("Sept-Îles: des morts", containing: "no number")
        refuses("Bataille de Quatre-Bras: des morts", containing: "no number")
        refuses("Dos Hermanas: muertos", containing: "may be a name")
        refuses("Tres Cantos: muertos", containing: "may be a name")
        // Numbers written with capitals stay numbers.
        reads("Vingt-Deux morts", 22, 22, 22)
        reads("Twenty-Two Killed", 22, 22, 22)
        reads("Seven Killed In Attack", 7, 7, 7)
        reads("Two Soldiers Killed", 2, 2, 2)
        reads("Two Kenyans killed", 2, 2, 2)
        reads("Seven killed in Aleppo", 7, 7, 7)
    }

    @Test func aShortMisspeltNumberWordAfterAndIsRefused() {
        // Had read 2,000, 2,000, 2,000, 200.
        refuses("two thousand and thee", containing: "\"thee\" after \"two thousand and\" looks like a misspelt \"three\"")
        refuses("two thousand and fiev", containing: "misspelt \"five\"")
        refuses("two thousand and sx", containing: "misspelt \"six\"")
        refuses("two hundred and fiev killed", containing: "misspelt \"five\"")
        // Words the tables know, and number words, are no slips.
        reads("two thousand and ten", 2_010, 2_010, 2_010)
        reads("two thousand and the", 2_000, 2_000, 2_000)
        reads("two thousand killed and two wounded", 2_000, 2_000, 2_000, measure: "killed")
    }

    @Test func anotherLanguagesScaleInEnglishTextIsRefused() {
        // Had read 12,000.
        refuses("12 mila residents", containing: "\"mila\" after \"12\" is a scale word of another language (it) in a text tally reads as English")
        refuses("12 mila residents killed", containing: "scale word of another language")
        refuses("12 mille residents", containing: "\"mille\" after \"12\" is a scale word of another language (fr")
        refuses("7 tysięcy residents", containing: "scale word of another language")
        // In its own language, or alone, the scale reads; English scales read.
        reads("12 mila morti", 12_000, 12_000, 12_000)
        reads("12 mila", 12_000, 12_000, 12_000)
        reads("7 mille morts", 7_000, 7_000, 7_000)
        reads("12 thousand residents", 12_000, 12_000, 12_000)
        reads("5 lakh people", 500_000, 500_000, 500_000)
        refuses("12 mil residents", containing: "is a thousand in Spanish or Portuguese and a million in English")
    }

    @Test func halvesOfAScaleOrADozenReadInOtherLanguages() {
        // Had been refused "no number".
        reads("medio millón de desplazados", 500_000, 500_000, 500_000)
        reads("eine halbe Million Menschen", 500_000, 500_000, 500_000)
        reads("mezzo milione di sfollati", 500_000, 500_000, 500_000)
        reads("un demi-million de déplacés", 500_000, 500_000, 500_000)
        reads("meio milhão de deslocados", 500_000, 500_000, 500_000)
        reads("نصف مليون", 500_000, 500_000, 500_000)
        reads("une demi-douzaine de morts", 6, 6, 6)
        reads("media docena de muertos", 6, 6, 6)
        reads("ein halbes Dutzend Tote", 6, 6, 6)
        // Number words that no flat list holds read in their own language (had been "no number").
        reads("tre morti", 3, 3, 3)
        reads("dodici morti", 12, 12, 12)
        reads("dezasseis mortos", 16, 16, 16)
        reads("dezesseis mortos", 16, 16, 16)
        reads("due to shelling, 5 killed", 5, 5, 5)
        reads("Al menos 13 muertos en un ataque", 13, 13, nil)
        // Qualified as any figure.
        reads("más de medio millón de desplazados", 500_001, 500_001, nil)
    }

    @Test func aMeasureWordAfterANounOfPeopleAndAnAuxiliaryNamesTheFigure() {
        // Had been refused "more than one number" under --measure killed.
        reads("At least 12 people were killed and dozens wounded", 12, 12, nil, measure: "killed")
        reads("5 people were killed and 3 wounded", 5, 5, 5, measure: "killed")
        reads("5 people were killed and 3 wounded", 3, 3, 3, measure: "injured")
        reads("12 civilians have been killed and 30 injured", 12, 12, 12, measure: "killed")
        // Without a measure it is one figure per measure, refused.
        refuses("At least 12 people were killed and dozens wounded", containing: "one per measure")
        // The figure asked for, a part of the later one, is no figure per measure; the whole reads.
        refuses("206 civilians were killed in bombardment out of 301 civilian casualties documented", containing: "more than one number",
                measure: "killed")
        reads("790 civilian casualties among more than 2700 people were killed", 2_701, 2_701, nil, measure: "killed")
        reads("146 civilian casualties out of 1048 were killed in October 2018", 1_048, 1_048, 1_048, measure: "killed")
        // A number word beside a word of its own language, and a designation before it.
        refuses("Report 328: tre morti", containing: "more than one number")
    }

    @Test func aLaterSentenceSayingTheTollIsHigherOrGrewLiftsTheCeiling() {
        // Had read a bounded 40.
        reads("40 killed. This figure is an undercount.", 40, 40, nil)
        reads("40 killed. The toll is likely underestimated.", 40, 40, nil)
        reads("40 killed. Deaths rose in the following days.", 40, 40, nil)
        // Casualties are another measure than killed: refused, not read.
        refuses("40 killed. Casualties mounted.", containing: "says there may be more than \"40\"")
        // Denied, or of things: as before.
        reads("40 killed. The figure is not an undercount.", 40, 40, 40)
        reads("40 killed. The toll is not higher.", 40, 40, 40)
        reads("40 killed, as the number of attacks rose", 40, 40, 40)
    }
}
