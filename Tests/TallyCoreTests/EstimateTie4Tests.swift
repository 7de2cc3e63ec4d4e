import Testing
import TallyCore

/// fates4 (review47 S1, S5, S6, S12, R1, R3, N1-N3): a figure that counts the SIZE of a group
/// (members, fighters, an army, a militia, its ranks, its strength) is not read under a
/// measure of deaths or injuries unless a fate word is TIED to it. Each refusal below read its
/// figure as killed, exit 0, on main 769d7ed (a silent wrong number); each read is an honest twin.
@Suite("Estimate text: a group's size, losses and presence are no toll (fates4)")
struct EstimateTie4Tests {
    let fr = NumberConvention(locale: "fr")!
    let es = NumberConvention(locale: "es")!

    /// S6: a group losing people is attrition (killed, wounded, captured, deserted), not a
    /// death count, in a battle too.
    @Test func whatAGroupLostIsNoDeathCount() {
        for text in ["ISIS lost 5,000 members", "ISIS has lost 5,000 fighters", "ISIS lost 5,000 fighters in the battle",
                     "the group lost some 5,000 recruits", "Rebel factions lose about 25 of their members",
                     "ISIS is losing 5,000 fighters"] {
            refuses(text, containing: "counts the people a group lost", measure: "killed")
        }
        refuses("l'EI a perdu 5 000 membres", containing: "counts the people a group lost", convention: fr, measure: "killed")
        refuses("l'EI a perdu 5000 combattants", containing: "counts the people a group lost", measure: "killed")
        refuses("el EI perdió 5.000 miembros", containing: "counts the people a group lost", convention: es, measure: "killed")
        refuses("خسر التنظيم 5000 عنصر", containing: "counts the people a group lost", measure: "killed")
        refuses("ISIS lost 5,000 fighters", containing: "not injured", measure: "injured")
        // Under members a group's loss is read (the column of members says what it is).
        reads("ISIS lost 5,000 members", 5_000, 5_000, 5_000, measure: "members")
        // Twins: a life lost is a death; a tied fate keeps the figure.
        reads("12 members of the group lost their lives", 12, 12, 12, measure: "killed")
        reads("the group lost 12 fighters killed in the battle", 12, 12, 12, measure: "killed")
        reads("12 soldiers killed", 12, 12, 12, measure: "killed")
        reads("the SDF lost 5 fighters killed and 3 wounded", 5, 5, 5, measure: "killed")
        // A town losing residents is no group's attrition.
        reads("the town lost 12 residents in the shelling", 12, 12, 12, measure: "killed")
        // review49 F17 (read at 769d7ed, refused at 14223a7): a family's members, an agency's staff.
        for text in ["the family lost 12 members", "UNRWA has lost 12 staff members since October", "the household lost 12 members",
                     "MSF has lost 12 medical staff members"] {
            reads(text, 12, 12, 12, measure: "killed")
        }
    }

    /// review49 F16 (read at 769d7ed, refused at 9f2bded): the wounded a part names died after all.
    @Test func woundedWhoLaterDiedAreAmongTheDead() {
        reads("12 dead, including wounded who later died", 12, 12, 12, measure: "killed")
        reads("12 killed, including wounded who died in hospital", 12, 12, 12, measure: "killed")
        refuses("12 killed, including wounded", containing: "together", measure: "killed")
    }

    /// S1: nouns of a group's size before the figure, "N strong", "a N-man army", "numbering".
    @Test func sizeNounsOfAnArmyOrAMilitia() {
        for text in ["an army of 5,000", "a militia of 5,000 men", "The group, 5,000 strong, has killed civilians",
                     "the militia is 5,000 strong", "its ranks swelled to 5,000", "the group's size is estimated at 5,000",
                     "a 5,000-man army", "militia numbering 5,000", "a militia numbering some 5,000"] {
            refuses(text, containing: "(the size of a group), not killed", measure: "killed")
        }
        refuses("une milice de 5000 combattants", containing: "(the size of a group), not killed", measure: "killed")
        refuses("une armée de 5 000 hommes", containing: "(the size of a group), not killed", convention: fr, measure: "killed")
        refuses("un ejército de 5.000 hombres", containing: "(the size of a group), not killed", convention: es, measure: "killed")
        for text in ["an army of 5,000", "its ranks swelled to 5,000", "militia numbering 5,000", "the militia is 5,000 strong"] {
            reads(text, 5_000, 5_000, 5_000, measure: "members")
        }
        // Twins: a tied fate.
        reads("a militia of 5,000 men were killed", 5_000, 5_000, 5_000, measure: "killed")
        reads("5 militia fighters were killed", 5, 5, 5, measure: "killed")
    }

    /// S12: people standing where they are, or held by the group.
    @Test func peoplePresentOrHeldAreAGroupsSize() {
        for text in ["5,000 fighters are active in the area", "5,000 fighters operate in the region",
                     "an estimated 5,000 fighters remain in the area", "5,000 fighters are still at large",
                     "5,000 fighters under its command", "5,000 fighters in its ranks", "the group commands 5,000 fighters",
                     "the group fields 5,000 fighters", "the group can muster 5,000 fighters"] {
            refuses(text, containing: "(the size of a group), not killed", measure: "killed")
            reads(text, 5_000, 5_000, 5_000, measure: "members")
        }
        refuses("5000 combattants sont actifs dans la région", containing: "the size of a group", measure: "killed")
        refuses("5000 combatientes operan en la zona", containing: "the size of a group", measure: "killed")
        refuses("5000 combattants dans ses rangs", containing: "the size of a group", measure: "killed")
        // Twins: a bare figure of fighters in a killed column, a tied fate.
        reads("5,000 fighters", 5_000, 5_000, 5_000, measure: "killed")
        reads("5,000 fighters killed", 5_000, 5_000, 5_000, measure: "killed")
        reads("12 fighters killed in the area where they operate", 12, 12, 12, measure: "killed")
        reads("12 fighters under its command were killed", 12, 12, 12, measure: "killed")
        // Civilians are no group's people: their standing is not a group's size.
        reads("12 civilians remain trapped", 12, 12, 12, measure: "killed")
    }

    /// S5: the whole group, a part of which met the fate.
    @Test func aPartOfTheGroupIsNotItsWhole() {
        refuses("of its 5,000 fighters, many were killed", containing: "counts a whole group", measure: "killed")
        refuses("the death toll among the group's 5,000 fighters rose", containing: "counts a whole group", measure: "killed")
        refuses("out of its 5,000 fighters, many were killed", containing: "counts a whole group", measure: "killed")
        refuses("parmi ses 5000 combattants, beaucoup ont été tués", containing: "counts a whole group", measure: "killed")
        // Twins: the part is the figure.
        reads("of its fighters, 300 were killed", 300, 300, 300, measure: "killed")
        reads("5,000 fighters, all killed", 5_000, 5_000, 5_000, measure: "killed")
    }

    /// R1 (read before a006854): a bracketed or comma-joined participle after the people.
    @Test func aBracketedOrTrailingFateIsTied() {
        reads("5,000 members (killed)", 5_000, 5_000, 5_000, measure: "killed")
        reads("5,000 (members killed)", 5_000, 5_000, 5_000, measure: "killed")
        reads("5,000 members, killed in the fighting", 5_000, 5_000, 5_000, measure: "killed")
        reads("5 000 membres, tués dans les combats", 5_000, 5_000, 5_000, convention: fr, measure: "killed")
    }

    /// R3: the Arabic verb after its people; the members of a family are people.
    @Test func arabicVerbAfterThePeopleIsTied() {
        reads("300 عنصر من داعش قتلوا", 300, 300, 300, measure: "killed")
        reads("300 عنصرا قتلوا", 300, 300, 300, measure: "killed")
        reads("12 عنصرا من التنظيم قتلوا", 12, 12, 12, measure: "killed")
        reads("12 عنصرا من التنظيم لقوا حتفهم", 12, 12, 12, measure: "killed")
        reads("12 عنصرا أصيبوا", 12, 12, 12, measure: "injured")
        refuses("12 عنصرا أصيبوا", containing: "injured", measure: "killed")
        reads("12 membres d'une même famille tués", 12, 12, 12, measure: "killed")
        reads("12 members of one family killed", 12, 12, 12, measure: "killed")
        // Twin: the group's size stays refused.
        refuses("5000 عنصر", containing: "(the size of a group), not killed", measure: "killed")
    }

    /// N1: the object of "suffered"/"sustained" is the people's fate, in the measure column.
    @Test func sufferedInjuriesNamesInjured() throws {
        for text in ["12 people suffered injuries", "12 people sustained injuries", "12 people sustained serious injuries"] {
            let r = try EstimateParser.reading(text, convention: .unspecified, measure: nil)
            #expect(r.measureNamed == "injured", "\(text): \(String(describing: r.measureNamed))")
            let i = try EstimateParser.reading(text, convention: .unspecified, measure: "injured")
            #expect(i.measureNamed == "injured", "\(text): \(String(describing: i.measureNamed))")
        }
    }

    /// N2, N3: a refusal names what the figure counts, and gives an English example only for
    /// English text, never with a bracket cut in two.
    @Test func refusalsNameWhatIsCounted() {
        for (text, measure) in [("the group numbers 5,000", "killed"), ("troop strength of 5,000", "killed"), ("5000 عنصر", "killed")] {
            do {
                _ = try EstimateParser.parse(text, convention: .unspecified, measure: measure)
                Issue.record("\(text) was read")
            } catch {
                #expect(error.reason.contains("counts the people a group holds"), "\(text): \(error.reason)")
                #expect(!error.reason.contains("counts numbers") && !error.reason.contains("counts strength") && !error.reason.contains("counts عنصر"),
                        "\(text): \(error.reason)")
                #expect(!error.reason.contains("عنصر killed"), "\(text): \(error.reason)")
            }
        }
        refuses("5,000 members", containing: "counts members (the size of a group), not killed: give the figure of killed (\"5,000 members killed\")",
                measure: "killed")
    }
}
