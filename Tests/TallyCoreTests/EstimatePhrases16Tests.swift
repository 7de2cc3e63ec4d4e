import Testing
import TallyCore

/// review26 (issue 12, helper phrases16): "<number> of the <dead>" in every language the
/// tables read, inflected and unaccented, and refused where no table reads the language;
/// the Arabic era letter glued to a year.
@Suite("Estimate text: one of the dead in every language, Arabic era letters (phrases16)")
struct EstimatePhrases16Tests {
    @Test func oneOfTheDeadIsAPartInEveryLanguageTheTablesRead() {
        // Had read 1, 1, 1, 2, 12 (exit 0).
        refuses("jedna z ofiar", containing: "only a part of a total (\"jedna z ofiar\")")
        refuses("واحد من القتلى", containing: "only a part of a total")
        refuses("اثنان من القتلى", containing: "only a part of a total")
        refuses("12 من الجرحى", containing: "only a part of a total")
        refuses("12 من الشهداء", containing: "only a part of a total")
        refuses("12 z ofiar", containing: "only a part of a total")
        refuses("12 z poległych", containing: "only a part of a total")
        refuses("satu dari korban", containing: "only a part of a total")
        refuses("12 dari korban tewas", containing: "only a part of a total")
        // Already refused; kept.
        refuses("dwóch z zabitych", containing: "only a part of a total")
        refuses("jeden z zabitych", containing: "only a part of a total")
        refuses("one of the dead", containing: "only a part of a total")
        refuses("один из погибших", containing: "only a part of a total")
        refuses("einer der Toten", containing: "only a part of a total")
    }

    @Test func theGroupsNounIsMatchedWithoutItsAccents() {
        // Had read 1, 12 (exit 0): the accented Czech spelling, the unaccented Portuguese one.
        refuses("jeden z zabitých", containing: "only a part of a total (\"jeden z zabitých\")")
        refuses("jeden z zabitých bylo dítě", containing: "only a part of a total")
        refuses("12 das vitimas", containing: "only a part of a total")
        refuses("12 de las victimas", containing: "only a part of a total")
        refuses("uno de los heridos", containing: "only a part of a total")
    }

    @Test func aGroupOfALanguageNoTableReadsIsRefusedNotReadAsTheNumber() {
        // Czech and Slovak: had read 1 (exit 0).
        refuses("jedna z obětí", containing: "unknown word \"obětí\" after \"jedna z\"")
        refuses("jeden z mŕtvych", containing: "unknown word \"mŕtvych\" after \"jeden z\"")
        refuses("Při útoku zemřel jeden z vojáků", containing: "unknown word \"vojáků\"")
        refuses("tři z obětí", containing: "no number")
        // Arabic construct state without من: a part since phrases17 (the Arabic table's `oneOf`).
        refuses("أحد القتلى", containing: "only a part of a total")
        refuses("إحدى الضحايا", containing: "only a part of a total")
    }

    @Test func aCountOfPeopleAfterOfStillReads() {
        // A verb before: "killed 12 of the village's people"; a place with a capital.
        reads("قتل 12 من سكان القرية", 12, 12, 12)
        reads("قتل 12 من المدنيين", 12, 12, 12)
        reads("12 z Gazy", 12, 12, 12)
    }

    @Test func anArabicEraLetterGluedToAYearIsNoLettersInANumber() {
        // Had been refused: "letters inside a number (2015م)".
        reads("قتل 3 في 2015م", 3, 3, 3)
        reads("قتل 3 في ١٤٣٦هـ", 3, 3, 3)
        reads("قتل 3 في 1436ه", 3, 3, 3)
        reads("قتل 3 في عام 2015م", 3, 3, 3)
        reads("قتل 12 شخصا في 2014م", 12, 12, 12)
        // Spaced, as before.
        reads("قتل 3 في 2015 م", 3, 3, 3)
        // "500م" is 500 metres as often: refused beside a count, and a year alone is no count.
        refuses("قتل 500م", containing: "unknown word \"م\" next to \"500\"")
        refuses("2015م", containing: "is a year")
    }

    @Test func aNumberWordOrAScaleOpeningANameBeforeAColonAndAFigureIsTheName() {
        // Had been refused as two numbers ("Sieben" and "2", "Mil" and "3").
        reads("Sieben Linden: 2 Tote", 2, 2, 2)
        reads("Mil Palmeras: 3 muertos", 3, 3, 3)
        reads("Siete Aguas: 2 heridos", 2, 2, 2)
        reads("Seven Sisters: 3 killed", 3, 3, 3)
        // A people the tables know, no name; a word alone, no colon or no figure: refused as before.
        refuses("Two Americans: 3 killed", containing: "more than one number")
        refuses("Mil: 3 muertos", containing: "more than one number")
        refuses("Sieben Linden: Tote", containing: "Linden")
        // A singular noun is no count elsewhere ("Chicago man killed" has no number): the name stays undecided.
        refuses("Seven Oaks man killed", containing: "\"Seven Oaks\" may be a name")
    }
}
