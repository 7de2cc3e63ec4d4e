import Testing
import TallyCore

/// review21 and stop 26's open list (issue 12): number words that begin a name at a
/// sentence's start, title-case scales in their own language, Arabic duals and "one of the
/// dead".
@Suite("Estimate text: names at a sentence start, scales, duals, one of the dead (review21)")
struct EstimateReview21Tests {
    @Test func aNumberWordBeginningAPluralNameBeforeANounIsNoCount() {
        // Had read 7, 3, 7, 2 (exit 0).
        refuses("Seven Sisters residents killed", containing: "\"Seven Sisters\" may be a name (a place) or a count")
        refuses("Three Rivers residents killed", containing: "\"Three Rivers\" may be a name")
        refuses("Seven Sisters Residents Killed", containing: "\"Seven Sisters\" may be a name")
        refuses("Police report: Three Rivers villagers killed", containing: "\"Three Rivers\" may be a name")
        // A capitalised noun of things in the name ("Hills", "Villages"): had read 7 and 9.
        refuses("Seven Hills residents killed", containing: "\"Seven Hills\" may be a name")
        refuses("Nine Villages residents killed", containing: "\"Nine Villages\" may be a name")
        reads("Seven Hills residents: 3 killed", 3, 3, 3)
        // All in capitals: read as title case (had read 7).
        refuses("SEVEN SISTERS RESIDENTS KILLED", containing: "\"SEVEN SISTERS\" may be a name")
        reads("THREE RIVERS RESIDENTS: 5 DEAD", 5, 5, 5)
        reads("TWENTY-NINE PALMS RESIDENTS: 4 KILLED", 4, 4, 4)
        reads("TWO KENYANS KILLED", 2, 2, 2)
        reads("SEVEN KILLED IN ATTACK", 7, 7, 7)
        // A casualty word right after the noun of people: the figure later may be another measure.
        refuses("Three Rivers residents killed, 3 injured", containing: "\"Three Rivers\" may be a name")
        // "Two Texas residents killed" reads 2 since phrases15 (EstimatePhrases15Tests): "Texas" is a place.
        // A figure later and no casualty word after the noun of people: the name's number.
        reads("Five Rivers shooting leaves 2 dead", 2, 2, 2)
        reads("Five Points shooting leaves 2 dead", 2, 2, 2)
        reads("In Texas, Three Rivers residents killed 4 people", 4, 4, 4)
    }

    @Test func aNameThenAColonThenTheFigureReadsTheFigure() {
        // Had been refused as two numbers.
        reads("Seven Sisters village: 3 killed", 3, 3, 3)
        reads("Twenty-Nine Palms residents: 4 killed", 4, 4, 4)
        reads("Three Rivers residents: 5 dead", 5, 5, 5)
        reads("Three Rivers Residents: 5 Dead", 5, 5, 5)
        reads("Nine Palms villagers: 4 killed", 4, 4, 4)
        reads("Nine Mile villagers: 4 killed", 4, 4, 4)
        reads("Seven Sisters: 3 killed", 3, 3, 3)
        // Without a figure it stays undecided.
        refuses("Seven Sisters: deaths reported", containing: "\"Seven Sisters\" may be a name")
    }

    @Test func countsAtASentenceStartStillRead() {
        reads("Seven killed in Seven Sisters", 7, 7, 7)
        reads("Three people killed", 3, 3, 3)
        reads("Two Kenyans killed", 2, 2, 2)
        reads("Two Kenyan soldiers killed", 2, 2, 2)
        reads("Four Iranians killed in Syria", 4, 4, 4)
        reads("Bangladesh: Two Islamist party workers killed after war crimes verdict", 2, 2, 2)
        reads("Two Bangladesh opposition supporters shot dead: police", 2, 2, 2)
        reads("Two Turkish soldiers killed in IS attack in Syria: TV", 2, 2, 2)
        reads("Three Turkish soldiers killed in Kurd mortar attack from Iraq: ministry", 3, 3, 3)
    }

    @Test func aTitleCaseScaleBeforeAWordOfItsOwnLanguageIsTheScale() {
        // Had been refused as "written with a capital".
        reads("2 Mil mortos", 2_000, 2_000, 2_000)
        reads("3 Mila morti", 3_000, 3_000, 3_000)
        reads("5 Ribu tewas", 5_000, 5_000, 5_000)
        reads("5 Ribu orang tewas", 5_000, 5_000, 5_000)
        reads("12 Mil muertos", 12_000, 12_000, 12_000)
        // Before an English word it stays undecided.
        refuses("2 Tausend killed", containing: "is written with a capital")
        refuses("12 Mila residents killed", containing: "is written with a capital")
        refuses("2 Mil people", containing: "is written with a capital")
    }

    @Test func arabicDualsCountTwoAndNameTheirMeasure() {
        reads("قتيلان", 2, 2, 2)
        reads("قتيلين", 2, 2, 2, measure: "killed")
        reads("جريحان", 2, 2, 2)
        reads("جريحين", 2, 2, 2, measure: "injured")
        reads("سقوط قتيلين", 2, 2, 2, measure: "killed")
        reads("ألفان", 2_000, 2_000, 2_000)
        reads("ألفين", 2_000, 2_000, 2_000)
        // Had read 2 for --measure injured (exit 0).
        refuses("قتيلان", containing: "counts killed, not injured", measure: "injured")
        refuses("جريحين", containing: "counts injured, not killed", measure: "killed")
        refuses("قتيلان و 3 جرحى", containing: "one per measure")
    }

    @Test func oneOfTheDeadIsAPart() {
        // Had been refused as no number, or read 1 ("Einer der Toten war ein Kind").
        refuses("Um dos mortos era uma criança", containing: "only a part of a total (\"Um dos mortos\")")
        refuses("Um dos feridos morreu", containing: "only a part of a total")
        refuses("Uma das vítimas era uma criança", containing: "only a part of a total")
        refuses("Einer der Toten war ein Kind", containing: "only a part of a total (\"Einer der Toten\")")
        refuses("Una de las víctimas era un niño", containing: "only a part of a total")
        refuses("Un des morts était un enfant", containing: "only a part of a total")
        refuses("Один из погибших был ребенком", containing: "only a part of a total")
        refuses("One of the dead was a child", containing: "only a part of a total")
        // A total in an earlier sentence stays the reading; "one of the arrested" is no part of the dead.
        reads("3 mortos. Um dos mortos era uma criança", 3, 3, 3)
        reads("One of the arrested was released", 1, 1, 1)
    }
}
