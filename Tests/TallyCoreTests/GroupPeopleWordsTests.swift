import Testing
@testable import TallyCore

/// measures9 item 3 (no change of behaviour): the three lists of nouns of a group's people,
/// `tally estimate`'s stock nouns (the measure column's `members`, `fighters`, `supporters`,
/// `strength`), the reader's nouns of a group's members (`peopleKindWords`, review43 item 3)
/// and its nouns of a group's size (`groupSizeWords`, review44 S1), are one table now
/// (``GroupPeopleWords``). Each use's set is pinned here as it was before the table.
@Suite struct GroupPeopleWordsPinned {
    @Test func theStockNounsAreAsBefore() {
        var expected: [String: String] = [:]
        for (m, ws) in [("members", "members member membership membres membre miembros miembro miembras mitglieder mitglied أعضاء عضو عضوا"),
                        ("fighters", "fighters combatants combattants combatientes kämpfer militants cadres مقاتل مقاتلين مقاتلون مقاتلا"),
                        ("supporters", "supporters followers partisans seguidores simpatizantes anhänger أنصار"),
                        ("strength", "troops personnel strength effectives manpower headcount effectifs efectivos tropas troupes")] {
            for w in ws.split(separator: " ") { expected[String(w)] = m }
        }
        #expect(GroupPeopleWords.stockNouns == expected)
    }

    @Test func theReadersNounsOfAGroupsMembersAreAsBefore() {
        let expected: Set<String> = [
            "members", "member", "membres", "membre", "miembros", "miembro", "fighters", "fighter", "combatants", "combatant",
            "combattants", "combattant", "combatientes", "combatiente", "troops", "soldiers", "militants", "supporters",
            "personnel", "cadres", "effectifs", "efectivos", "elementos", "recruits", "عناصر", "مقاتل", "مقاتلين", "مقاتلا",
            "أعضاء", "عضو", "strength", "mitglieder", "kämpfer",
        ]
        #expect(Set(PhraseReader.peopleKindWords.filter { $0.value == "a group's members" }.keys) == expected)
        // The other kinds are the reader's own, unchanged.
        #expect(PhraseReader.peopleKindWords["refugees"] == "displaced people")
        #expect(PhraseReader.peopleKindWords["hostages"] == "people held")
        #expect(PhraseReader.peopleKindWords["residents"] == "residents")
        #expect(PhraseReader.peopleKindWords.count == 76)
    }

    @Test func theReadersNounsOfAGroupsSizeAreAsBefore() {
        let expected: Set<String> = [
            "members", "member", "membres", "membre", "miembros", "miembro", "mitglieder", "أعضاء", "عضو", "supporters",
            "partisans", "seguidores", "simpatizantes", "أنصار", "strength", "effectifs", "efectivos", "manpower",
            "headcount", "membership",
        ]
        #expect(PhraseReader.groupSizeWords == expected)
    }

    /// The flag: a noun of people also counted per event (fighters, troops, soldiers) is no
    /// group's size; members, supporters, a force's strength are.
    @Test func theFlagSaysWhoIsAlsoCountedPerEvent() {
        #expect(GroupPeopleWords.alsoCountedPerEvent("fighters") == true)
        #expect(GroupPeopleWords.alsoCountedPerEvent("troops") == true)
        #expect(GroupPeopleWords.alsoCountedPerEvent("soldiers") == true)
        #expect(GroupPeopleWords.alsoCountedPerEvent("members") == false)
        #expect(GroupPeopleWords.alsoCountedPerEvent("supporters") == false)
        #expect(GroupPeopleWords.alsoCountedPerEvent("civilians") == nil)
    }
}
