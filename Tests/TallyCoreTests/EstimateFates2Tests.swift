import Testing
import TallyCore

/// fates2: fates the first fate check (7018339) did not know, and the dead named as another
/// group after the figure. Each text refused here read its figure, exit 0, on 538b667
/// (`tally estimate --measure M TEXT`).
@Suite("Estimate text: other fates and who the dead are (fates2)")
struct EstimateFates2Tests {
    /// S2: returns home under a measure of the displaced.
    @Test func returnsHomeAreNoFigureOfTheDisplaced() {
        let texts: [(String, String)] = [
            ("5,000 displaced returned home", "returned"),
            ("5,000 displaced went home", "went home"),
            ("5,000 IDPs went back to their villages", "went back"),
            ("5,000 displaced persons came back", "came back"),
            ("5000 desplazados regresaron a sus hogares", "regresaron"),
            ("5000 desplazados volvieron a sus casas", "volvieron"),
            ("5000 déplacés sont rentrés chez eux", "rentrés"),
            ("5000 déplacés sont retournés dans leurs villages", "retournés"),
            ("5000 نازح عادوا إلى ديارهم", "عادوا"),
        ]
        for (text, word) in texts { refuses(text, containing: word, measure: "idps") }
        refuses("5,000 displaced went home", containing: "returns", measure: "idps")
        refuses("5,000 displaced went home", containing: "returns", measure: "displaced")
        // Returnees and returned IDPs are named as returns, not as an unknown word.
        refuses("5,000 returnees", containing: "returns", measure: "idps")
        refuses("5,000 returned IDPs", containing: "returns", measure: "idps")
        refuses("5,000 returnees", containing: "returns", measure: "refugees")
    }

    /// S2: deportation and push-backs under a measure of refugees; repatriation is a return
    /// (decided: refused).
    @Test func deportationsAreNoFigureOfRefugees() {
        let texts: [(String, String)] = [
            ("5 refugees were deported", "deported"),
            ("5 refugees were expelled", "expelled"),
            ("5 refugees were sent back", "sent back"),
            ("5 refugees were pushed back", "pushed back"),
            ("5 refugees were turned back", "turned back"),
            ("5 refugees deported", "deported"),
            ("authorities deported 5 refugees", "deported"),
            ("5 réfugiés ont été expulsés", "expulsés"),
            ("5 réfugiés ont été refoulés", "refoulés"),
            ("5 réfugiés expulsés", "expulsés"),
            ("5 refugiados fueron deportados", "deportados"),
            ("5 refugiados deportados", "deportados"),
            ("5 refugiados fueron expulsados", "expulsados"),
            ("5 لاجئين رُحّلوا", "deportations"),
            ("رحّلت السلطات 5 لاجئين", "deportations"),
        ]
        for (text, word) in texts { refuses(text, containing: word, measure: "refugees") }
        refuses("5 refugees were deported", containing: "deportations", measure: "refugees")
        refuses("5 refugees were repatriated", containing: "returns", measure: "refugees")
    }

    /// S2: the kidnapped found dead, escaped or released.
    @Test func theKidnappedFoundDeadOrEscapedAreNoFigureOfTheKidnapped() {
        let texts: [(String, String)] = [
            ("5 kidnapped were found dead", "found dead: a death count"),
            ("5 hostages were found dead", "killed"),
            ("5 otages ont été retrouvés morts", "retrouvés morts: a death count"),
            ("5 hostages escaped", "escaped"),
            ("5 hostages managed to escape", "escape"),
            ("5 otages se sont évadés", "évadés"),
            ("5 rehenes escaparon", "escaparon"),
            ("أفرج عن 5 مختطفين", "releases"),
            ("5 freed hostages", "freed"),
        ]
        for (text, word) in texts { refuses(text, containing: word, measure: "kidnapped") }
    }

    /// S2: a flow into or out of a group is no figure of its size.
    @Test func defectionsAndRecruitsAreNoFigureOfMembers() {
        let texts: [(String, String)] = [
            ("300 fighters defected", "defected"),
            ("300 fighters deserted", "deserted"),
            ("300 fighters joined", "joined"),
            ("300 fighters were recruited", "recruited"),
            ("300 fighters left the group", "left"),
            ("300 members quit", "quit"),
            ("300 combattants ont fait défection", "défection"),
            ("300 combattants ont déserté", "déserté"),
            ("300 combatientes desertaron", "desertaron"),
            ("300 combatientes se rindieron", "rindieron"),
            ("300 مقاتل انشقوا", "انشقوا"),
            ("انشق 300 مقاتل", "انشق"),
        ]
        for (text, word) in texts { refuses(text, containing: word, measure: "members") }
        refuses("300 fighters defected", containing: "not members", measure: "members")
        refuses("300 fighters defected", containing: "defected", measure: "killed")
    }

    /// S2 twins: the fates of the measure asked for, and figures with no fate, read.
    @Test func honestFiguresOfPeopleStillRead() {
        reads("5,000 displaced", 5000, 5000, 5000, measure: "idps")
        reads("5,000 people fled", 5000, 5000, 5000, measure: "idps")
        reads("5,000 people were displaced", 5000, 5000, 5000, measure: "idps")
        reads("5,000 IDPs arrived in the camp", 5000, 5000, 5000, measure: "idps")
        reads("5,000 civilians escaped the fighting", 5000, 5000, 5000, measure: "displaced")
        reads("5 refugees", 5, 5, 5, measure: "refugees")
        reads("5 refugees arrived", 5, 5, 5, measure: "refugees")
        reads("5 refugees crossed the border", 5, 5, 5, measure: "refugees")
        reads("5 hostages", 5, 5, 5, measure: "kidnapped")
        reads("5 people were kidnapped", 5, 5, 5, measure: "kidnapped")
        reads("gunmen kidnapped 5 people", 5, 5, 5, measure: "kidnapped")
        reads("300 fighters", 300, 300, 300, measure: "members")
        reads("the group has 300 fighters", 300, 300, 300, measure: "members")
        reads("5,000 to 7,000 members", 5000, 6000, 7000, measure: "members")
        // A measure named for the fate takes it.
        reads("5,000 people returned home", 5000, 5000, 5000, measure: "returnees")
        reads("5 refugees were deported", 5, 5, 5, measure: "deportations")
        reads("300 fighters defected", 300, 300, 300, measure: "defections")
    }

    /// S3: the dead named as combatants or security forces, all or a part of them, under a
    /// measure of civilians; civilians under a measure of the military.
    @Test func theDeadNamedAsAnotherGroupAreRefused() {
        let texts = [
            "12 killed, most of them soldiers",
            "12 killed, mostly soldiers",
            "12 killed, 2 of them soldiers",
            "12 police officers killed",
            "12 police killed",
            "12 members of the security forces killed",
            "12 killed; the dead were all soldiers",
            "12 killed. Most of them were soldiers.",
            "قتل 12 من عناصر الشرطة",
            "قتل 12 شخصا معظمهم من الجنود",
            "12 tués, pour la plupart des militaires",
            "12 tués, dont 2 gendarmes",
            "12 gendarmes tués",
            "12 muertos, la mayoría soldados",
            "12 muertos, en su mayoría policías",
            "12 muertos, 2 de ellos soldados",
            "12 muertos, entre ellos 2 policías",
            "12 killed, including 2 police officers",
            "قتل 12 شخصا كلهم من الشرطة",
            "قتل 12 شخصا بينهم 3 جنود",
            "12 killed, most of them members of the regime forces",
        ]
        for text in texts { refuses(text, containing: "a figure of one group is no figure of another", measure: "civilians_killed") }
        refuses("12 police officers killed", containing: "\"police officers\"", measure: "civilians_killed")
        refuses("12 members of the security forces killed", containing: "security forces", measure: "civilians_killed")
        refuses("12 killed, most of them civilians", containing: "a figure of one group is no figure of another", measure: "military_killed")
        refuses("12 killed, mostly civilians", containing: "civilians", measure: "military_killed")
    }

    /// S3 twins: civilians, their kinds and a bare figure read for civilians_killed; soldiers
    /// and their officers for military_killed; the police as a speaker or a place.
    @Test func theDeadOfTheGroupAskedForRead() {
        reads("12 civilians killed", 12, 12, 12, measure: "civilians_killed")
        reads("12 killed, including 3 children", 12, 12, 12, measure: "civilians_killed")
        reads("12 killed", 12, 12, 12, measure: "civilians_killed")
        reads("12 killed, most of them women and children", 12, 12, 12, measure: "civilians_killed")
        reads("12 civilians killed by police", 12, 12, 12, measure: "civilians_killed")
        reads("12 civilians killed near a police station", 12, 12, 12, measure: "civilians_killed")
        reads("police said 12 civilians were killed", 12, 12, 12, measure: "civilians_killed")
        reads("12 civilians were killed, police said", 12, 12, 12, measure: "civilians_killed")
        reads("12 killed. The dead were civilians.", 12, 12, 12, measure: "civilians_killed")
        reads("12 soldiers killed", 12, 12, 12, measure: "military_killed")
        reads("12 soldiers killed, including 2 officers", 12, 12, 12, measure: "military_killed")
        reads("12 killed, most of them soldiers", 12, 12, 12, measure: "killed")
    }
}
