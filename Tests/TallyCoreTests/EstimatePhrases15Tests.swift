import Testing
import TallyCore

/// Stop 26's open list (issue 12, helper phrases15): which capitalised word after a number
/// word at a sentence's start begins a name, and Arabic duals and plurals joined by و.
@Suite("Estimate text: words names are made of, Arabic duals with و (phrases15)")
struct EstimatePhrases15Tests {
    @Test func aNumberWordBeforeAWordNamesAreMadeOfBeginsAName() {
        // A singular word of a place's name: had read 40 (exit 0).
        refuses("Forty Fort residents killed", containing: "\"Forty Fort\" may be a name (a place) or a count")
        refuses("FORTY FORT RESIDENTS KILLED", containing: "\"FORTY FORT\" may be a name")
        refuses("Forty Fort Residents Killed", containing: "\"Forty Fort\" may be a name")
        refuses("Forty Fort man killed", containing: "\"Forty Fort\" may be a name")
        refuses("Police said: Forty Fort residents killed", containing: "\"Forty Fort\" may be a name")
        refuses("Three Mile Island residents killed", containing: "may be a name")
        refuses("Two Creek villagers killed", containing: "\"Two Creek\" may be a name")
        refuses("Seven Pines residents killed", containing: "\"Seven Pines\" may be a name")
        refuses("Three Forks villagers killed", containing: "\"Three Forks\" may be a name")
        refuses("Four Corners residents killed", containing: "\"Four Corners\" may be a name")
        refuses("Nine Elms residents killed", containing: "\"Nine Elms\" may be a name")
        refuses("Two Harbors residents killed", containing: "\"Two Harbors\" may be a name")
        // A possessive name is still a name.
        refuses("Three Rivers' residents killed", containing: "\"Three Rivers\" may be a name")
        refuses("Forty Fort's residents killed", containing: "\"Forty Fort\" may be a name")
        // A figure later and no casualty word after a noun of people: the figure is read
        // (had been refused as two numbers).
        reads("Forty Fort shooting leaves 2 dead", 2, 2, 2)
        reads("Forty Fort residents: 3 killed", 3, 3, 3)
        reads("FORTY FORT RESIDENTS: 3 KILLED", 3, 3, 3)
        reads("Forty-Mile residents: 3 killed", 3, 3, 3)
        reads("Three Rivers' residents: 3 killed", 3, 3, 3)
    }

    @Test func aNumberWordBeforeAPlaceOrAPeopleIsACount() {
        // Had been refused as "may be a name" since review21 (a plural-looking "Texas").
        reads("Two Texas residents killed", 2, 2, 2)
        reads("TWO TEXAS RESIDENTS KILLED", 2, 2, 2)
        reads("Two Texas Residents Killed", 2, 2, 2)
        reads("Two Kansas residents killed", 2, 2, 2)
        reads("Two Lagos residents killed", 2, 2, 2)
        reads("Three Gaza residents killed", 3, 3, 3)
        reads("Two Syrian soldiers killed", 2, 2, 2)
        reads("Two Kenyan villagers killed", 2, 2, 2)
        reads("Two Swiss residents killed", 2, 2, 2)
        reads("Police report: Two Texas residents killed", 2, 2, 2)
        // A place named with such a word: the last capitalised word says it (had read 2 and
        // been refused, as "Charles" looked plural).
        reads("Two Fort Hood soldiers killed", 2, 2, 2)
        reads("One Fort Hood soldier killed", 1, 1, 1)
        reads("Two Lake Charles residents killed", 2, 2, 2)
        // With a figure of another measure after it: one per measure.
        reads("Two Texas residents killed, 3 injured", 2, 2, 2, measure: "killed")
        reads("Two Texas residents killed, 3 injured", 3, 3, 3, measure: "injured")
        refuses("Two Texas residents killed, 3 injured", containing: "one per measure")
    }

    @Test func namesOfOtherLanguagesMadeOfSuchWords() {
        // A name alone before a colon and the figure: had been refused ("Fontane" is no English plural).
        reads("Tre Fontane: 2 morti", 2, 2, 2)
        reads("Cinque Terre: 4 morti", 4, 4, 4)
        reads("Dos Hermanas: 3 muertos", 3, 3, 3)
        reads("Tres Cantos: 2 muertos", 2, 2, 2)
        reads("Três Rios: 2 mortos", 2, 2, 2)
        // Before a noun of people: had read 2, 3, 3, 7 (exit 0).
        refuses("Dos Hermanas vecinos muertos", containing: "\"Dos Hermanas\" may be a name")
        refuses("Tres Cantos vecinos muertos", containing: "\"Tres Cantos\" may be a name")
        refuses("Três Rios moradores mortos", containing: "\"Três Rios\" may be a name")
        refuses("Sete Lagoas moradores mortos", containing: "\"Sete Lagoas\" may be a name")
        // Inside a sentence, as before.
        reads("un muerto en Dos Hermanas", 1, 1, 1)
        reads("3 morti alle Cinque Terre", 3, 3, 3)
        reads("Dos vecinos muertos", 2, 2, 2)
        reads("Três moradores mortos", 3, 3, 3)
    }

    @Test func arabicDualsAndPluralsJoinedByAndReadPerMeasure() {
        // Had been refused: "unknown word "وجريحان"".
        reads("قتيلان وجريحان", 2, 2, 2, measure: "killed")
        reads("قتيلان وجريحان", 2, 2, 2, measure: "injured")
        refuses("قتيلان وجريحان", containing: "one per measure")
        reads("سقوط قتيلين وجريحين", 2, 2, 2, measure: "killed")
        reads("سقوط قتيلين وجريحين", 2, 2, 2, measure: "injured")
        // Had been refused as "killed and injured together".
        reads("ثلاثة قتلى وجريحان", 3, 3, 3, measure: "killed")
        reads("ثلاثة قتلى وجريحان", 2, 2, 2, measure: "injured")
        // Had been refused for injured: "ثلاثة" counts killed.
        reads("ثلاثة قتلى وخمسة جرحى", 5, 5, 5, measure: "injured")
        reads("ثلاثة قتلى وخمسة جرحى", 3, 3, 3, measure: "killed")
        reads("5 قتلى وجريحان", 2, 2, 2, measure: "injured")
        // The parts of one number still compose.
        reads("خمسة وعشرون قتيلا", 25, 25, 25)
        reads("ألفين وخمسمائة قتيل", 2_500, 2_500, 2_500)
        reads("مئة وخمسون قتيلا", 150, 150, 150)
        // A dual of another measure is no count of this one.
        refuses("قتيلان وجريحان", containing: "no figure for measure missing", measure: "missing")
    }

    @Test func aModifierBeforeTheNounOfPeopleKeepsTheMeasure() {
        // Had been refused as two numbers: the measure word was three words after the figure
        // and "Kenyan", "Syrian", "rebel" are no nouns of people.
        reads("Two Kenyan soldiers killed, 3 injured", 2, 2, 2, measure: "killed")
        reads("Two Kenyan soldiers killed, 3 injured", 3, 3, 3, measure: "injured")
        refuses("Two Kenyan soldiers killed, 3 injured", containing: "one per measure")
        reads("Two Kenyan Soldiers Killed, 3 Injured", 2, 2, 2, measure: "killed")
        reads("12 Syrian soldiers were killed and 5 wounded", 12, 12, 12, measure: "killed")
        reads("12 Syrian soldiers were killed and 5 wounded", 5, 5, 5, measure: "injured")
        reads("3 rebel fighters killed, 5 injured", 3, 3, 3, measure: "killed")
        reads("Two Kenyan soldiers killed and three injured", 3, 3, 3, measure: "injured")
        // A noun of things between is no modifier of people: still two numbers.
        refuses("3 vehicles soldiers killed, 5 injured", containing: "more than one number")
    }
}
