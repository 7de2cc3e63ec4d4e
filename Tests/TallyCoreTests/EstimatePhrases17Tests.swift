import Testing
import TallyCore

/// Stop 27 open list (issue 12, helper phrases17): "N of the dead" and "one of the dead" in
/// Persian, Turkish, Indonesian and Arabic as in the other tables.
@Suite("Estimate text: parts of the dead in Persian, Turkish, Indonesian, Arabic (phrases17)")
struct EstimatePhrases17Tests {
    @Test func aCountedUnitBeforeOfKeepsThePart() {
        // Had read 12 and 20 (exit 0).
        refuses("۱۲ نفر از کشته شدگان", containing: "only a part of a total")
        refuses("۱۲ از کشته شدگان", containing: "only a part of a total")
        refuses("پیکر ۲۰ نفر از شهدا به تازگی از زیر آوار خارج شده", containing: "only a part of a total")
        refuses("12 orang dari korban tewas", containing: "only a part of a total")
        // The group named first, at the sentence's start (had been refused for "شدگان").
        refuses("از کشته شدگان ۱۲ نفر کودک بودند", containing: "only a part of a total")
    }

    @Test func oneOfWordsThatAreNoNumberWordsMakeAPart() {
        // Had been refused as no number, or for the unknown word "salah".
        refuses("یکی از کشته شدگان", containing: "only a part of a total")
        refuses("ölenlerden biri", containing: "only a part of a total (\"ölenlerden biri\")")
        refuses("Ölenlerden biri çocuk", containing: "only a part of a total")
        refuses("hayatını kaybedenlerden biri", containing: "only a part of a total")
        refuses("yaralılardan bir kişi", containing: "only a part of a total")
        refuses("salah satu korban tewas", containing: "only a part of a total (\"salah satu korban\")")
        refuses("salah seorang korban", containing: "only a part of a total")
        refuses("karena salah satu korban telah meninggal dunia", containing: "only a part of a total")
        refuses("أحد القتلى طفل", containing: "only a part of a total")
        refuses("ölenlerden 3 kişi çocuk", containing: "only a part of a total")
        // The other tables, as before.
        refuses("one of the dead", containing: "only a part of a total")
        refuses("один из погибших", containing: "only a part of a total")
        refuses("uno de los muertos", containing: "only a part of a total")
        refuses("l'un des morts", containing: "only a part of a total")
        refuses("einer der Toten", containing: "only a part of a total")
    }

    @Test func countsThatAreNoPartsStillRead() {
        reads("۱۲ نفر کشته شدند", 12, 12, 12)
        reads("۱۲ نفر از نیروهای ارتش کشته شدند", 12, 12, 12)
        reads("بیش از ۱۲ نفر کشته شدند", 13, 13, nil)
        reads("12 kişi öldü", 12, 12, 12)
        reads("12 orang tewas", 12, 12, 12)
        reads("مقتل أحد عشر", 11, 11, 11)
        reads("قتل أحد عشر شخصا", 11, 11, 11)
    }

    @Test func aNumberWordOpeningANameIsNotReadAsTheCount() {
        // Had read 9, 12, 5, 1 (exit 0).
        refuses("Nine Ladies residents killed", containing: "\"Nine Ladies\" may be a name")
        refuses("Twelve Apostles visitors injured", containing: "\"Twelve Apostles\" may be a name")
        refuses("Five Guys workers injured", containing: "\"Five Guys\" may be a name")
        refuses("One Direction fans injured", containing: "\"One Direction\" may be a name")
        refuses("NINE LADIES RESIDENTS KILLED", containing: "may be a name")
        refuses("Twelve Apostles Visitors Injured", containing: "may be a name")
        refuses("Nine Ladies residents killed", containing: "may be a name", measure: "killed")
    }

    @Test func theFigureBesideANameIsRead() {
        // Had been refused as two numbers, or as no number.
        reads("Six Flags ride injures 4", 4, 4, 4)
        reads("Nine Mile Point 2 injured", 2, 2, 2)
        reads("Nine Ladies residents: 12 killed", 12, 12, 12)
        reads("Three Rivers residents: 12 killed", 12, 12, 12)
        // Designations stay designations.
        refuses("Nine Mile Point 2 reactor shut", containing: "no number")
        refuses("Route 7 injured", containing: "no number")
    }

    @Test func aCountOfAPeopleAPlaceOrAGroupStillReads() {
        reads("Nine soldiers killed", 9, 9, 9)
        reads("Five Syrian soldiers killed", 5, 5, 5)
        reads("Two Turkish soldiers killed", 2, 2, 2)
        reads("TWO TURKISH SOLDIERS KILLED", 2, 2, 2)
        reads("Twelve Palestinians killed", 12, 12, 12)
        reads("Two Texas residents killed", 2, 2, 2)
        reads("Three Gaza residents killed", 3, 3, 3)
        reads("Two Kenyan soldiers killed", 2, 2, 2)
        reads("Two Fort Hood soldiers killed", 2, 2, 2)
        reads("Two Lake Charles residents killed", 2, 2, 2)
        reads("Two Bangladesh opposition supporters shot dead", 2, 2, 2)
        reads("Two DR Congo police killed in clash with cult members", 2, 2, 2)
        reads("Seven Myanmar soldiers sentenced", 7, 7, 7)
        reads("Four Hezbollah experts killed in Yemen", 4, 4, 4)
        reads("Two Islamist party workers killed", 2, 2, 2)
        reads("Twenty Islamic State militants killed", 20, 20, 20)
        reads("Two AL supporters killed", 2, 2, 2)
        refuses("Three children and two women killed", containing: "more than one number")
        refuses("Seven Sisters residents killed", containing: "may be a name")
    }

    @Test func aFigureOfAnotherMeasureIsRefusedNamingItsWord() {
        // Had quoted the figure alone ("\"22\" counts killed, not injured").
        refuses("Activistas elevan a 22 los muertos en un bombardeo", containing: "\"22 los muertos\" counts killed, not injured",
                measure: "injured")
        refuses("Two Turkish soldiers killed in Syria", containing: "\"Two Turkish soldiers killed\" counts killed, not injured",
                measure: "injured")
        refuses("killed: 5", containing: "\"killed: 5\" counts killed, not injured", measure: "injured")
        refuses("killed 5 people", containing: "\"killed 5\" counts killed, not injured", measure: "injured")
        refuses("5 wounded", containing: "\"5 wounded\" counts injured, not killed", measure: "killed")
        refuses("1200 refugees", containing: "\"1200 refugees\" counts", measure: "killed")
    }

    @Test func numberWordsThatComposeOrAQualifierOpeningANameAreNotReadApart() {
        // Had read 20, 0–4, 0–10, 5+, 21–29 (exit 0).
        refuses("Twenty One Pilots fans injured", containing: "\"Twenty One Pilots\" may be a name")
        refuses("Four Tops fans injured", containing: "\"Four Tops\" may be a name")
        refuses("Ten Max fans injured", containing: "\"Ten Max\" may be a name")
        refuses("Five Plus residents killed", containing: "\"Five Plus\" may be a name")
        refuses("Twenty Odd Fellows members injured", containing: "\"Twenty Odd\" may be a name")
        // Read as before.
        reads("Twenty one people killed", 21, 21, 21)
        // A lower-case number word of another table before a place ("on", Turkish ten; "Ein",
        // German one): a UCDP headline a draft refused.
        reads("About 10 persons were injured in targeting the capital with several shells and renewed shelling on Ein Tarma",
              10, 10, 10, approximate: true)
        reads("Twenty One Syrians killed", 21, 21, 21)
        reads("Twenty odd people killed", 21, 25, 29)
        reads("Four, tops", 0, 4, 4)
        reads("Five plus residents killed", 5, 5, nil)
    }
}
