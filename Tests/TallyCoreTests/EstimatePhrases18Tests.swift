import Testing
import TallyCore

/// Stop 28 open list (issue 12, helper phrases18): a number word before a name of several
/// capitalised words, in title case too.
@Suite("Estimate text: number words before names in title case (phrases18)")
struct EstimatePhrases18Tests {
    @Test func aNumberWordBeforeANameOfSeveralWordsIsNoCount() {
        // Had read 21, 21, 3, 3, 5, 5, 9, 30, 0–21 (exit 0).
        refuses("Twenty One Pilots Fans Killed", containing: "\"Twenty One Pilots\" may be a name")
        refuses("TWENTY ONE PILOTS FANS KILLED", containing: "may be a name")
        refuses("Three Doors Down Fans Hurt", containing: "\"Three Doors Down\" may be a name")
        refuses("Three Doors Down fans hurt", containing: "\"Three Doors Down\" may be a name")
        refuses("Five Finger Death Punch Fans Hurt", containing: "\"Five Finger Death Punch\" may be a name")
        refuses("Five Finger Death Punch fans hurt", containing: "\"Five Finger Death Punch\" may be a name")
        refuses("Nine Inch Nails Fans Hurt", containing: "\"Nine Inch Nails\" may be a name")
        refuses("Thirty Seconds To Mars Fans Hurt", containing: "\"Thirty Seconds To Mars\" may be a name")
        refuses("Twenty One Tops Fans Killed", containing: "\"Twenty One Tops\" may be a name")
        refuses("Five Finger Death Punch Fans Hurt", containing: "may be a name", measure: "injured")
    }

    @Test func aNumberWordBeforeANameOfKnownWordsIsNoCount() {
        // A brand of a number and a word the tables know, before a noun of people: had read
        // 9, 4, 5 (exit 0).
        refuses("Nine Network Staff Injured", containing: "\"Nine Network\" may be a name")
        refuses("Four Seasons Staff Killed", containing: "\"Four Seasons\" may be a name")
        refuses("Five Below Workers Injured", containing: "\"Five Below\" may be a name")
        refuses("Four Seasons staff killed", containing: "\"Four Seasons\" may be a name")
    }

    @Test func aNumberWordBeforeANameInsideAHeadlineIsNoCount() {
        // Inside a title-case headline, and in a short headline most of whose words have a
        // capital: had read 21, 5, 3, 3, 7 (exit 0).
        refuses("Crush At Twenty One Pilots Show Injures Fans", containing: "\"Twenty One Pilots")
        refuses("Stampede At Five Finger Death Punch Gig Kills Fan", containing: "\"Five Finger Death Punch")
        refuses("Three Doors Down Fan Hurt", containing: "\"Three Doors Down\" may be a name")
        refuses("Fans of Three Doors Down hurt", containing: "\"Three Doors\" may be a name")
        refuses("Residents of Seven Sisters hurt", containing: "\"Seven Sisters\" may be a name")
        // As before.
        refuses("the Seven Sisters states", containing: "is part of a name")
        reads("Two killed in Seven Sisters", 2, 2, 2)
        reads("Mob Kills Four Arakanese", 4, 4, 4)
        reads("Tatmadaw Kills Three Villagers", 3, 3, 3)
        reads("Militants Kill Three Kenyan soldiers", 3, 3, 3)
        reads("Clashes Kill Two Fort Hood Soldiers", 2, 2, 2)
        reads("Gunmen Kill Three Aid Workers", 3, 3, 3)
        reads("Suicide Bomber Kills Two Al Jazeera Journalists", 2, 2, 2)
        reads("Landmine Injures Two Children in Shan State", 2, 2, 2)
    }

    @Test func titleCaseCountsStillRead() {
        reads("Nine Soldiers Killed In Attack", 9, 9, 9)
        reads("Five Syrian Soldiers Killed", 5, 5, 5)
        reads("Two Turkish Soldiers Killed", 2, 2, 2)
        reads("Twelve Palestinians Killed", 12, 12, 12)
        reads("Twenty One Soldiers Killed", 21, 21, 21)
        reads("Twenty One Pilots Killed", 21, 21, 21)
        reads("Two Women Journalists Killed", 2, 2, 2)
        reads("Three Child Soldiers Killed", 3, 3, 3)
        reads("Two Police Officers Killed", 2, 2, 2)
        reads("Four Army Soldiers Killed", 4, 4, 4)
        reads("Five Rebel Fighters Killed", 5, 5, 5)
        reads("Two Regime Forces Members Killed", 2, 2, 2)
        reads("Two regime forces members killed", 2, 2, 2)
        reads("Twenty Odd Soldiers Killed", 21, 25, 29)
        reads("Two Fort Hood Soldiers Killed", 2, 2, 2)
        reads("Two Lake Charles Residents Killed", 2, 2, 2)
        reads("Twenty Islamic State Militants Killed", 20, 20, 20)
        reads("Six Female Medics Murdered in Captivity by Tatmadaw, TNLA Claims", 6, 6, 6)
        reads("Four Burma Army Soldiers Dead in Maungdaw Clash", 4, 4, 4)
        reads("Two Dead Soldiers Found", 2, 2, 2)
        reads("Nine Ladies residents: 12 killed", 12, 12, 12)
        refuses("Three Children And Two Women Killed", containing: "more than one number")
    }

    @Test func listedOrganisationsAndTradesBeforePeopleRead() {
        // Had been refused as names ("Four Aid", "Two Red", "Two Uber") or for the short
        // unknown word ("aid", "Red").
        reads("Four Aid Workers Killed", 4, 4, 4)
        reads("Four aid workers killed", 4, 4, 4)
        reads("4 aid workers killed", 4, 4, 4)
        reads("Two Red Cross workers killed", 2, 2, 2)
        reads("Two Red Cross workers were killed in a strike in Khan Yunis, Gaza.", 2, 2, 2)
        reads("Two Red Crescent Volunteers Killed", 2, 2, 2)
        reads("Two White Helmets volunteers killed", 2, 2, 2)
        reads("Two Uber drivers killed", 2, 2, 2)
        reads("Five Health Workers Killed", 5, 5, 5)
        // Entries of several words are matched whole.
        refuses("Two Red fans hurt", containing: "\"Two Red\" may be a name")
        refuses("Two Red Hot Chili Peppers Fans Hurt", containing: "may be a name")
        refuses("Two Cross residents killed", containing: "may be a name")
        // Other words before an increment or "others" keep their own messages.
        refuses("Two More Soldiers Killed", containing: "adds to an earlier count")
        refuses("Two Other Soldiers Killed", containing: "counts people besides")
    }

    @Test func chineseFiguresAreRead() {
        // Had been refused: "no number", "letters inside a number".
        reads("至少12人死亡", 12, 12, nil)
        reads("最少12人死亡", 12, 12, nil)
        reads("1.2万人死亡", 12_000, 12_000, 12_000)
        reads("12万", 120_000, 120_000, 120_000)
        reads("3万5千人", 35_000, 35_000, 35_000)
        reads("超过1000人死亡", 1_001, 1_001, nil)
        reads("约12人死亡", 12, 12, 12, approximate: true)
        reads("约有12人死亡", 12, 12, 12, approximate: true)
        reads("12人以上死亡", 12, 12, nil)
        reads("100多人死亡", 101, 150, 199)
        reads("20余人受伤", 21, 25, 29)
        reads("至少造成12人死亡", 12, 12, nil)
        reads("造成至少12人死亡,其中包括6名儿童", 12, 12, nil)
        reads("巴基斯坦山体滑坡造成12人死亡", 12, 12, 12)
        reads("遇難人數已升至12人", 12, 12, 12)
        reads("造成8死4傷", 8, 8, 8, measure: "killed")
        reads("造成至少12名兒童死亡,7名兒童受傷", 7, 7, 7, measure: "injured")
        reads("已造成该国至少265人死亡、477人受伤", 265, 265, nil, measure: "killed")
        refuses("造成8死4傷", containing: "one per measure")
        // Dates and durations after digits are no counts.
        reads("7月以来季风暴雨引发的洪水、山体滑坡等各类灾害已造成该国至少265人死亡、477人受伤", 265, 265, nil, measure: "killed")
        refuses("巴基斯坦國家災害管理局29日發表聲明", containing: "is a time")
        refuses("12人伤亡", containing: "casualties", measure: "killed")
    }

    @Test func chineseTextTallyCannotReadIsRefusedNamingWhy() {
        refuses("十二人死亡", containing: "\"十二\" is written in Chinese numerals")
        refuses("数千人死亡", containing: "Chinese numerals")
        refuses("两人死亡", containing: "Chinese numerals")
        refuses("至少已造成12人死亡", containing: "\"至少\" stands before")
        refuses("至少造成12人死亡，另有60人被送往醫院進行救治", containing: "more than one number")
        refuses("少なくとも12人が死亡", containing: "unknown word")
    }

    @Test func aQualifierBeforeAVerbIsNotDropped() {
        // Had read exactly 12 (exit 0).
        refuses("al menos murieron 12 personas", containing: "\"al menos\" stands before \"murieron\"")
        refuses("pelo menos morreram 12 pessoas", containing: "\"pelo menos\" stands before")
        reads("murieron al menos 12 personas", 12, 12, nil)
    }
}
