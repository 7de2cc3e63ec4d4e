import Testing
import TallyCore

/// review28 S2, S3, S15, R3, R5 and the phrases18/19 leftovers (issue 12, helper phrases20):
/// days written in number words, number words opening names, names and abbreviations right
/// before a figure, a qualifier before an English verb, French "redoutés", and the digits of
/// every script.
@Suite("Estimate text: days in words, names before and around figures, digits of every script (phrases20)")
struct EstimatePhrases20Tests {
    @Test func aDayInNumberWordsIsNoCount() {
        // Each had read the day (exit 0); the same with digits ("el 3 de febrero") was refused.
        for text in [
            "el tres de febrero murieron personas", "murieron el tres de febrero vecinos", "el dos de mayo, vecinos muertos",
            "el veinticinco de mayo, muertos", "vecinos muertos el nueve de julio", "el treinta y uno de diciembre, muertos",
            "le trois mars, morts", "le vingt-cinq mai, morts", "o três de março, mortos", "il tre marzo morti",
            "on May three, villagers killed",
        ] {
            refuses(text, containing: "is a day of a month")
        }
        // A count elsewhere in the text is read, as with the day in digits.
        reads("el tres de febrero murieron cinco personas", 5, 5, 5)
        reads("le trois mars, cinq morts", 5, 5, 5)
        reads("el 3 de febrero murieron cinco personas", 5, 5, 5)
        // Ordinals were no counts already; a month before a count of people stays a count.
        refuses("the third of May, villagers killed", containing: "no number")
        refuses("am dritten Mai Tote", containing: "no number")
        reads("on the third of May five people died", 5, 5, 5)
        reads("In May three soldiers were killed", 3, 3, 3)
        reads("tres muertos en febrero", 3, 3, 3)
        reads("two may have died", 2, 2, 2)
    }

    @Test func aNumberWordOpeningANameIsRefused() {
        // Each had read the number (exit 0): 33, 1,000, 3, 66; the date names 25, 9, 3, 5.
        refuses("Treinta y Tres vecinos heridos", containing: "\"Treinta y Tres\" may be a name")
        refuses("Mil Palmeras vecinos heridos", containing: "\"Mil Palmeras\" may be a name")
        refuses("Drei Annen Hohne Wanderer verletzt", containing: "may be a name")
        refuses("Sixty Six gang member killed", containing: "\"Sixty Six\" may be a name")
        for text in ["Veinticinco de Mayo vecinos muertos", "Nueve de Julio vecinos muertos", "Tres de Febrero vecinos heridos",
                     "Cinco de Mayo festival goers killed", "Vingt-Cinq Août habitants tués"] {
            refuses(text, containing: "is a day of a month")
        }
        // A number in lower case, German nouns the tables know, title case: counts, as before.
        reads("Treinta y tres vecinos heridos", 33, 33, 33)
        reads("Sixty six gang members killed", 66, 66, 66)
        reads("Mil vecinos heridos", 1_000, 1_000, 1_000)
        reads("Drei Soldaten getötet", 3, 3, 3)
        reads("Nine Soldiers Killed In Attack", 9, 9, 9)
        reads("Twenty One Soldiers Killed", 21, 21, 21)
        refuses("Tres Cantos vecinos heridos", containing: "may be a name")
    }

    @Test func aNameOpenedByANumberBeforeAColonLeavesTheCountAfterIt() {
        // Each was refused as two numbers.
        reads("Seven Kings station stabbing: one dead", 1, 1, 1)
        reads("Treinta y Tres: dos heridos", 2, 2, 2)
        reads("One World Trade Center: 3 hurt", 3, 3, 3)
        reads("Forty Thieves gang: 2 killed", 2, 2, 2)
        reads("Tres de Febrero: 4 muertos", 4, 4, 4)
        reads("Veinticinco de Mayo: 4 muertos", 4, 4, 4)
        reads("Mil Palmeras: 3 muertos", 3, 3, 3)
        // A count of people before the colon is still a second figure.
        refuses("Three Kenyans killed: five wounded", containing: "more than one number")
        refuses("Two Soldiers Killed: 3 Wounded", containing: "more than one number")
    }

    @Test func aNameOrAbbreviationRightBeforeAFigureNamesIt() {
        // Each had read the figure (exit 0).
        for text in ["Bde 35 soldiers killed", "Bn 92 fighters killed", "OMB 10 soldiers killed", "PD 6 residents hurt",
                     "Kabul's PD 6 residents hurt", "residents of PD 6 hurt", "crew of Apollo 13 hurt", "fans of Blink 182 hurt",
                     "members of G 7 hurt"] {
            refuses(text, containing: "names something")
        }
        // A word of the tables, a long word opening the text, a listed people, a headline in capitals.
        reads("About 20 killed by airstrike", 20, 20, 20, approximate: true)
        reads("Slider 19 people were killed yesterday", 19, 19, 19)
        reads("DEVELOPING 17 killed in insurgent clashes", 17, 17, 17)
        reads("BANGLADESH 15 KILLED IN SKIRMISH", 15, 15, 15)
        reads("Airstrike in Syria Kills 20", 20, 20, 20)
    }

    @Test func anEventNounAfterAFigureNamesTheThing() {
        // Refused as two numbers before.
        reads("Boeing 737 crash: 157 dead", 157, 157, 157)
        reads("737 crash kills 157", 157, 157, 157)
        // A noun of people after the event noun: a count.
        reads("12 blast victims killed", 12, 12, 12)
    }

    @Test func aQualifierBeforeAnEnglishVerbIsRefused() {
        // Had read exactly 12.
        refuses("at least killed 12", containing: "\"at least\" stands before \"killed\"")
        refuses("about wounded 30", containing: "stands before")
        reads("killed at least 12", 12, 12, nil)
        reads("at least 12 killed", 12, 12, nil)
    }

    @Test func fearedInFrenchIsAHedge() {
        // "300 morts redoutés" had read exactly 300; "300 feared dead" reads ~300.
        reads("300 morts redoutés", 300, 300, 300, approximate: true)
        reads("300 feared dead", 300, 300, 300, approximate: true)
        let e = try? EstimateParser.parse("des centaines de morts redoutés")
        #expect(e?.approximate == true && e?.low == 200 && e?.high == 999)
    }

    @Test func digitsOfEveryScriptAreDigits() {
        // Each was "no number".
        for text in ["၁၂", "๑๒", "១២", "໑໒", "༡༢", "૧૨", "௧௨", "੧੨", "೧೨", "൧൨", "᠑᠒", "𝟏𝟐"] {
            reads(text, 12, 12, 12)
        }
        // Beside words of a language with no table: refused, the word named.
        refuses("၁၂ ဦး သေဆုံး", containing: "unknown word")
        // Years of the Buddhist Era and the Myanmar era, alone.
        refuses("๒๕๖๗", containing: "is a year of another calendar")
        refuses("၁၃၈၆", containing: "is a year of another calendar")
        // Superscripts are no digits of a count.
        refuses("¹²", containing: "no number")
    }
}
