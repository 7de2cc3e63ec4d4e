import Foundation
import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// A stock of a place with no finer place beside stocks of places within it, in one
/// output group, is added by the contract's rule (docs/spec.md §3: the finest cells are
/// summed) and said on standard error (review30 S10: "6,000 members in Syria" with no
/// adm_1 and "1,500 in Idlib" printed 7,600 without a word, where the 6,000 may already
/// hold Idlib's). Places side by side add without a word; grouped by the finer column
/// they are rows apart; flows at two levels are different events and add.
@Suite struct StocksAtTwoLevels {
    static let rows = """
    date_start,country,adm_1,adm_2,measure,estimate
    2023-03-10,Syria,,,members,6000
    2023-03-15,Syria,Raqqa,,members,at least 100
    2023-04-10,Syria,Idlib,,members,about 1500

    """

    func said(_ o: IngestOutcome) -> [String] { o.notes.filter { $0.contains("are added into one figure") } }

    /// review58 P2: two actors' stocks of Iraq, each with a province's, grouped by
    /// country: the note's example was whichever group the hash seed put first.
    @Test func theExampleIsTheSameOnEveryRead() throws {
        let f = writeFile("""
        date_start,country,adm_1,actor,measure,best
        2021-01-01,Iraq,,Army,members,50
        2021-01-01,Iraq,,Police,members,37
        2021-01-01,Iraq,North,Army,members,21
        2021-01-01,Iraq,South,Police,members,22
        2021-01-01,Iraq,West,IS,members,5

        """)
        var texts = Set<[String]>()
        for _ in 0 ..< 12 { texts.insert(said(try read([f], by: [.country], period: .year))) }
        #expect(texts.count == 1, "\(texts)")
        #expect(texts.first?.first?.hasPrefix("Iraq, 2021, members: a stock of Iraq with no adm_1 (37) and stocks of places within it (South 22)") == true,
                "\(texts)")
    }

    @Test func aCountryBesideItsProvincesIsSaid() throws {
        let f = writeFile(Self.rows)
        let o = try read([f], by: [.country], period: .year)
        #expect(o.result.rows.map(\.estimate.best) == [7600])
        #expect(said(o) == ["Syria, 2023, members: a stock of Syria with no adm_1 (6,000) and stocks of places within it (Idlib ~1,500, "
                + "Raqqa 100+) are added into one figure (the finest cells are summed, docs/spec.md §3); if the first is a figure for all "
                + "of Syria, it already counts its parts' (the same people at two levels) and the sum is a figure no source gave: "
                + "--by adm1 shows them apart, or give one level's rows"], "\(o.notes)")
        // Handed to charts and reports (review32 N3).
        #expect(o.twoLevelStocks == [TwoLevelStock(place: "Syria", measure: "members", period: "2023")])
        // By month, March holds Syria and Raqqa.
        let m = try read([f], by: [.country], period: .month)
        #expect(said(m).first?.hasPrefix("Syria, 2023-03, members: a stock of Syria with no adm_1 (6,000) and stocks of places within it (Raqqa 100+)") == true, "\(m.notes)")
        // Grouped by province, rows apart, nothing said.
        let byAdm1 = try read([f], by: [.country, .adm1], period: .year)
        #expect(byAdm1.result.rows.map(\.estimate.best) == [6000, 1500, 100])
        #expect(said(byAdm1).isEmpty)
    }

    /// A country's stock written with a word for the whole, or the country's own name,
    /// as its adm_1 is the same (review32 S4: `National`, `Syria` as adm_1 said nothing).
    @Test(arguments: ["National", "TOTAL", " all ", "Nationwide",
                      // review33 S4 (silent on main): compound words, with or without the country's name.
                      "National total", "Total Syria", "Syria - National", "Syria (national)", "NATIONAL LEVEL", "SYR - National",
                      "Syrian Arab Republic (national)", "Total national", "الإجمالي"])
    func aWordForTheWholeIsTheWhole(adm1: String) throws {
        let f = writeFile("date_start,country,adm_1,measure,best\n2023-03-10,Syria,\"\(adm1)\",members,6000\n2023-03-15,Syria,Raqqa,members,100\n")
        let o = try read([f], by: [.country], period: .year)
        #expect(o.result.rows.map(\.estimate.best) == [6100])
        #expect(said(o).first?.hasPrefix("Syria, 2023, members: a stock of Syria with adm_1 \"\(adm1.trimmingCharacters(in: .whitespaces))\" (6,000) and stocks of places within it (Raqqa 100)") == true,
                "\(o.notes)")
    }

    /// The country's own name as adm_1, in any spelling tally's list knows (review33 S4:
    /// OCHA/HDX's `Syrian Arab Republic`, the ISO code, the Arabic name were silent on
    /// main), is the whole at the country level, and the note says it may as well be a
    /// province of that name (review33 N1: Guatemala department, Djibouti region).
    @Test(arguments: ["Syria", "Syrian Arab Republic", "SYR", "سوريا", "SYRIA", "Syrie"])
    func theCountrysOwnNameIsTheWholeOrAProvince(adm1: String) throws {
        let f = writeFile("date_start,country,adm_1,measure,best\n2023-03-10,Syria,\(adm1),members,6000\n2023-03-15,Syria,Raqqa,members,100\n")
        let o = try read([f], by: [.country], period: .year)
        #expect(o.result.rows.map(\.estimate.best) == [6100])
        #expect(said(o).first?.hasPrefix("Syria, 2023, members: a stock of Syria with adm_1 \"\(adm1)\" (6,000; the country's own name: "
                                         + "the whole country, or a province of that name) and stocks of places within it (Raqqa 100)") == true,
                "\(o.notes)")
    }

    /// A department named as its country (Guatemala) is still a place whose districts are
    /// compared with it: on main its adm_1-level note was lost (the value counted as the
    /// whole country only).
    @Test func aProvinceNamedAsItsCountryIsStillAProvince() throws {
        let f = writeFile("date_start,country,adm_1,adm_2,measure,best\n2023-03-01,Guatemala,Guatemala,,members,600\n2023-03-01,Guatemala,Guatemala,Mixco,members,100\n")
        for by: [GroupKey] in [[.country], [.country, .adm1]] {
            let o = try read([f], by: by, period: .year)
            #expect(o.result.rows.map(\.estimate.best) == [700])
            #expect(said(o).count == 1, "\(o.notes)")
        }
        let byAdm1 = said(try read([f], by: [.country, .adm1], period: .year)).first ?? "not said"
        #expect(byAdm1.contains("a stock of Guatemala (Guatemala) with no adm_2 (600) and stocks of places within it (Mixco 100)"), "\(byAdm1)")
    }

    /// Real provinces whose names hold a word for the whole are places (Philippines'
    /// National Capital Region, the Dominican Republic's Distrito Nacional, Antigua's
    /// Saint John/All Saints): nothing said.
    @Test(arguments: ["National Capital Region", "Distrito Nacional", "All Saints", "Raqqa total", "Whole Foods"])
    func aProvinceNamedWithAWordForTheWholeIsAPlace(adm1: String) throws {
        let f = writeFile("date_start,country,adm_1,measure,best\n2023-03-10,Syria,\(adm1),members,6000\n2023-03-15,Syria,Raqqa,members,100\n")
        #expect(said(try read([f], by: [.country], period: .year)).isEmpty)
    }

    /// A district of its governorate's name is a part, not the whole (Idlib district
    /// of Idlib governorate): nothing said.
    @Test func aDistrictOfItsProvincesNameIsAPart() throws {
        let f = writeFile("date_start,country,adm_1,adm_2,measure,best\n2023-03-10,Syria,Idlib,Idlib,fighters,3000\n2023-03-11,Syria,Idlib,Harim,fighters,800\n")
        let o = try read([f], by: [.country], period: .year)
        #expect(o.result.rows.map(\.estimate.best) == [3800])
        #expect(said(o).isEmpty, "\(o.notes)")
    }

    /// A province beside its districts, likewise, by country or by province.
    @Test func aProvinceBesideItsDistrictsIsSaid() throws {
        let f = writeFile("date_start,country,adm_1,adm_2,measure,best\n2023-03-10,Syria,Idlib,,fighters,3000\n2023-03-11,Syria,Idlib,Harim,fighters,800\n")
        for by: [GroupKey] in [[.country], [.country, .adm1]] {
            let o = try read([f], by: by, period: .year)
            #expect(o.result.rows.map(\.estimate.best) == [3800])
            let m = said(o).first ?? "not said"
            #expect(m.contains("a stock of Idlib (Syria) with no adm_2 (3,000) and stocks of places within it (Harim 800)"), "\(m)")
            #expect(m.hasSuffix("--by adm2 shows them apart, or give one level's rows"), "\(m)")
        }
        let apart = try read([f], by: [.adm2], period: .year)
        #expect(apart.result.rows.map(\.estimate.best).sorted() == [800, 3000])
        #expect(said(apart).isEmpty)
    }

    /// Places side by side, two countries, and flows at two levels: added as before.
    /// A whole country's stock of one actor beside provinces' stocks of no actor is
    /// not this rule's (actors are side by side, not parts of a place): by actor, rows apart.
    @Test func sideBySideAndFlowsAdd() throws {
        let f = writeFile("""
        date_start,country,adm_1,actor,measure,best
        2023-03-10,Syria,Raqqa,,members,100
        2023-03-11,Syria,Idlib,,members,1500
        2023-03-12,Iraq,,,members,2000
        2023-03-13,Syria,,,killed,5
        2023-03-14,Syria,Idlib,,killed,7

        """)
        let o = try read([f], by: [.country], period: .year)
        #expect(o.result.rows.map { "\($0.country ?? "") \($0.measure) \($0.estimate.best)" }
                == ["Iraq members 2000", "Syria killed 12", "Syria members 1600"])
        #expect(said(o).isEmpty, "\(o.notes)")
        let g = writeFile("date_start,country,adm_1,actor,measure,best\n2023-03-10,Syria,Raqqa,,members,100\n2023-03-13,Syria,,IS,members,6000\n")
        let byActor = try read([g], by: [.country, .actor], period: .year)
        #expect(byActor.result.rows.map(\.estimate.best) == [100, 6000])
    }
    /// review38 S1: a joint region's stock (`Iraq;Syria`) added to its member countries'
    /// stocks of the same actor, when not grouped by country, said as the place rule is
    /// (it was silent: `--by actor` printed ~9,000+ for figures that may count the same
    /// people twice). Grouped by country they are rows apart; other actors add unsaid.
    @Test func aJointRegionBesideItsMembersIsSaid() throws {
        let f = writeFile("""
        date_start,date_end,country,actor,measure,estimate
        2023-02-01,2023-02-28,Iraq;Syria,Islamic State,members,"5,000 to 7,000"
        2023-02-10,2023-02-10,Syria,Islamic State,members,"about 3,000"
        2023-02-12,2023-02-12,Iraq,Islamic State,members,"at least 1,000"

        """)
        func joint(_ o: IngestOutcome) -> [String] { o.notes.filter { $0.contains("joint region") } }
        for by: [GroupKey] in [[.actor], []] {
            let o = try read([f], by: by, period: .month)
            #expect(o.result.rows.map(\.estimate.low) == [9_000], "\(by)")
            let m = joint(o).first ?? "not said"
            #expect(m.contains("a stock of the joint region Iraq;Syria (5,000–7,000) and stocks of its member countries (Iraq 1,000+, Syria ~3,000) are added into one figure"), "\(m)")
            #expect(m.hasSuffix("--by country shows them apart"), "\(m)")
            #expect(o.twoLevelStocks == [TwoLevelStock(place: "Iraq;Syria", measure: "members", period: "2023-02", kind: .jointRegion)])
        }
        let byCountry = try read([f], by: [.country, .actor], period: .month)
        #expect(byCountry.result.rows.count == 3)
        #expect(joint(byCountry).isEmpty)
        // Another actor in a member country: not the same people by this rule.
        let g = writeFile("date_start,country,actor,measure,best\n2023-02-01,Iraq;Syria,IS,members,6000\n2023-02-10,Syria,HTS,members,3000\n")
        #expect(joint(try read([g], by: [], period: .month)).isEmpty)
        // Three members, one of them beside it (named by their keys, as the place rule's note names places).
        let h = writeFile("date_start,country,actor,measure,best\n2023-02-01,Iraq;Syria;Turkey,IS,members,6000\n2023-02-10,Turkey,IS,members,300\n")
        #expect(joint(try read([h], by: [], period: .year)).first?.contains("(Türkiye 300)") == true)
    }

    /// review38 S1b: a stock with no actor beside named actors' stocks in the same place,
    /// not grouped by actor, is said (a figure with no actor is often the place's whole:
    /// Idlib "about 50,000" beside HTS 10,000–15,000 and Hurras al-Din 2,000 printed
    /// ~62,000–67,000 without a word). By actor, rows apart; different places, unsaid.
    @Test func aStockWithNoActorBesideNamedActorsIsSaid() throws {
        let f = writeFile("""
        date_start,country,adm_1,actor,measure,estimate
        2023-02-10,Syria,Idlib,,fighters,"about 50,000"
        2023-02-10,Syria,Idlib,Hayat Tahrir al-Sham,fighters,"10,000 to 15,000"
        2023-02-10,Syria,Idlib,Hurras al-Din,fighters,"2,000"

        """)
        func noActor(_ o: IngestOutcome) -> [String] { o.notes.filter { $0.contains("with no actor") } }
        for by: [GroupKey] in [[.adm1], [.country], [.country, .adm1]] {
            let o = try read([f], by: by, period: .month)
            #expect(o.result.rows.map(\.estimate.low) == [62_000], "\(by)")
            let m = noActor(o).first ?? "not said"
            #expect(m.contains("a stock of Idlib (Syria) with no actor (~50,000) and stocks of named actors there (Hayat Tahrir al-Sham 10,000–15,000, Hurras al-Din 2,000) are added into one figure"), "\(m)")
            #expect(m.hasSuffix("--by actor shows them apart"), "\(m)")
            #expect(o.twoLevelStocks.map(\.kind) == [.noActor])
        }
        let byActor = try read([f], by: [.adm1, .actor], period: .month)
        #expect(byActor.result.rows.count == 3)
        #expect(noActor(byActor).isEmpty)
        // Side by side: no actor in Raqqa, a named actor in Idlib.
        let g = writeFile("date_start,country,adm_1,actor,measure,best\n2023-02-10,Syria,Raqqa,,fighters,500\n2023-02-10,Syria,Idlib,HTS,fighters,2000\n")
        #expect(noActor(try read([g], by: [.country], period: .month)).isEmpty)
    }

    /// review39 S6: an actor cell that names no one group (everyone there, or no one in
    /// particular) is a stock with no actor: `Total` "about 50,000" beside HTS and Hurras
    /// al-Din in Idlib printed ~62,000–67,000 with no note (only an empty actor cell
    /// was said). The whole cell is read (a bracketed tail left out), in English,
    /// French, Spanish and Arabic.
    /// The cells of the list below that say all actors together; the others name no actor.
    static let allActors: Set<String> = ["Total", "TOTAL", "All armed groups", "All groups", "All", "Tous les groupes armés", "المجموع"]

    @Test(arguments: ["Total", "TOTAL", "All armed groups", "All groups", "Various", "Unknown", "Unidentified armed group",
                      "Unidentified Armed Group (Syria)", "Multiple", "Others", "Other armed groups", "Unidentified gunmen",
                      "All", "-", "N/A", "Tous les groupes armés", "Groupes armés non identifiés", "Inconnu", "Divers",
                      "Desconocido", "Otros grupos armados", "المجموع", "جماعات مسلحة مجهولة", "غير معروف", "جهات متعددة"])
    func anActorForNoOneGroupIsAStockWithNoActor(actor: String) throws {
        let f = writeFile("""
        date_start,country,adm_1,actor,measure,estimate
        2023-02-10,Syria,Idlib,"\(actor)",fighters,"about 50,000"
        2023-02-10,Syria,Idlib,Hayat Tahrir al-Sham,fighters,"10,000 to 15,000"
        2023-02-10,Syria,Idlib,Hurras al-Din,fighters,"2,000"

        """)
        func said(_ o: IngestOutcome) -> [String] { o.notes.filter { $0.hasSuffix("--by actor shows them apart") } }
        for by: [GroupKey] in [[.adm1], [.country]] {
            // A cell for all actors together beside its parts is refused (stocks6 item 4).
            if Self.allActors.contains(actor) {
                let m = errorOf { _ = try read([f], by: by, period: .month) }.map { "\($0.exitCode) \($0.description)" } ?? "read"
                #expect(m.hasPrefix("65 ") && m.contains("a stock of Idlib (Syria) with actor \"\(actor)\" (~50,000), a figure for all actors "
                    + "together, would be added to the other stocks there (Hayat Tahrir al-Sham 10,000–15,000, Hurras al-Din 2,000): the total "
                    + "already counts them"), "\(m)")
                #expect(ActorWords.meansAll(actor))
                continue
            }
            let o = try read([f], by: by, period: .month)
            #expect(o.result.rows.map(\.estimate.low) == [62_000], "\(by)")
            let m = said(o).first ?? "not said"
            // What the cell says (review40): all actors together, or no actor named.
            let all = Self.allActors.contains(actor)
            #expect(m.contains("a stock of Idlib (Syria) with actor \"\(actor)\" (~50,000), "
                               + (all ? "a figure for all actors together," : "which names no actor,") + " and stocks of named actors "
                               + "there (Hayat Tahrir al-Sham 10,000–15,000, Hurras al-Din 2,000) are added into one figure"), "\(m)")
            #expect(o.twoLevelStocks.map(\.kind) == [.noActor], "\(actor)")
            #expect(o.twoLevelStocks.map(\.actor) == [all ? .allActors : .unnamed], "\(actor)")
            #expect(ActorWords.meansAll(actor) == all, "\(actor)")
        }
        // By actor, rows apart: nothing said.
        #expect(said(try read([f], by: [.adm1, .actor], period: .month)).isEmpty)
    }

    /// stocks6 item 4: `Total` 12,000 beside HTS 10,000 and Hurras al-Din 2,000 in Idlib
    /// read 24,000 by country (and by nothing) with a note: now refused, in each language's
    /// word for all actors; `--actor` keeps the named actors or the total (12,000 either
    /// way); by actor the rows are apart as written; a cell naming no actor still adds.
    @Test(arguments: ["Total", "All", "Overall", "Todos", "Ensemble", "المجموع", "Tous", "All groups"])
    func aTotalActorBesideItsPartsIsRefused(total: String) throws {
        let f = writeFile("date_start,country,adm_1,actor,measure,estimate\n2023-02-10,Syria,Idlib,HTS,members,\"10,000\"\n"
                          + "2023-02-11,Syria,Idlib,Hurras al-Din,members,\"2,000\"\n2023-02-12,Syria,Idlib,\(total),members,\"12,000\"\n")
        for by: [GroupKey] in [[.country], [], [.adm1]] {
            let m = errorOf { _ = try read([f], by: by, period: .month) }.map { "\($0.exitCode) \($0.description)" } ?? "read"
            #expect(m.hasPrefix("65 ") && m.contains("with actor \"\(total)\" (12,000), a figure for all actors together, would be added to the "
                + "other stocks there (HTS 10,000, Hurras al-Din 2,000)") && m.contains("--actor HTS --actor 'Hurras al-Din' for the named actors"),
                    "\(total) \(by): \(m)")
        }
        let byActor = try read([f], by: [.actor], period: .month)
        #expect(byActor.result.rows.map(\.estimate.best).sorted() == [2_000, 10_000, 12_000])
        #expect(byActor.totalStockRefusals.count == 1, "the headline of a report by actor would add them")
        for keep in [["HTS", "Hurras al-Din"], [total]] {
            let o = try read([f], by: [.country], period: .month, filter: RecordFilter(actors: keep))
            #expect(o.result.rows.map(\.estimate.best) == [12_000], "\(keep)")
        }
        // A cell naming no actor is other people: added, with its note, as before.
        let unknown = writeFile("date_start,country,adm_1,actor,measure,estimate\n2023-02-10,Syria,Idlib,HTS,members,\"10,000\"\n"
                                + "2023-02-12,Syria,Idlib,Unknown,members,\"1,000\"\n")
        #expect(try read([unknown], by: [.country], period: .month).result.rows.map(\.estimate.best) == [11_000])
    }

    /// The honest twins: real groups whose names hold such a word (`All Tripura Tiger
    /// Force`, `Unknown Soldiers Brigade`, `National Forces`, `Allied Democratic Forces`)
    /// are named actors: their stocks add unsaid, as before.
    @Test(arguments: ["All Tripura Tiger Force", "Unknown Soldiers Brigade", "National Forces", "Allied Democratic Forces",
                      "Islamic State", "All Burma Students' Democratic Front", "Others' Brigade of Idlib"])
    func aNamedGroupWithSuchAWordIsANamedActor(actor: String) throws {
        let f = writeFile("date_start,country,adm_1,actor,measure,best\n2023-02-10,Syria,Idlib,\"\(actor)\",fighters,5000\n"
                          + "2023-02-10,Syria,Idlib,Hurras al-Din,fighters,2000\n")
        let o = try read([f], by: [.adm1], period: .month)
        #expect(o.result.rows.map(\.estimate.best) == [7000])
        #expect(!o.notes.contains { $0.hasSuffix("--by actor shows them apart") }, "\(o.notes)")
        #expect(o.twoLevelStocks.isEmpty)
    }

    /// review40 N1: a figure with its own range or best printed inside a note's brackets
    /// nested them (`with no adm_2 (0 (0–1))`, `(HTS 12,000 (10,000–15,000), ...)`). A
    /// note's figure takes its range or best in square brackets (Estimate.inline), every
    /// kind of note, the figures as before.
    @Test func figuresInsideANoteDoNotNestBrackets() throws {
        // Idlib: HTS with no adm_2 beside HTS in two districts; Raqqa: no actor beside two
        // named actors; each cell two or three figures of one day (a best and a range).
        var rows = "date_start,country,adm_1,adm_2,actor,measure,estimate,source\n"
        func cell(_ adm1: String, _ adm2: String, _ actor: String, _ figures: [String]) {
            for (k, e) in figures.enumerated() { rows += "2023-02-10,Syria,\(adm1),\(adm2),\(actor),fighters,\"\(e)\",S\(k)\n" }
        }
        let small = ["5 to 8", "6"], range = ["10,000 to 15,000", "12,000"], open = ["at least 12", "16", "20"]
        cell("Idlib", "", "HTS", small); cell("Idlib", "Sarmada", "HTS", range); cell("Idlib", "Dana", "HTS", open)
        cell("Raqqa", "", "", small); cell("Raqqa", "", "HTS", range); cell("Raqqa", "", "Hurras al-Din", open)
        let f = writeFile(rows)
        let nested = try Regex(#"\([^()]*\("#)
        let adm1 = try read([f], by: [.adm1], period: .month)
        let levels = adm1.notes.first { $0.contains("stocks of places within it") } ?? "not said"
        #expect(levels.contains("a stock of Idlib (Syria) with no adm_2 (6 [5–8]) and stocks of places within it (Dana 12+ [best 16], "
                                + "Sarmada 12,000 [10,000–15,000]) are added"), "\(levels)")
        let noActor = adm1.notes.first { $0.hasSuffix("--by actor shows them apart") } ?? "not said"
        #expect(noActor.contains("a stock of Raqqa (Syria) with no actor (6 [5–8]) and stocks of named actors there "
                                 + "(HTS 12,000 [10,000–15,000], Hurras al-Din 12+ [best 16])"), "\(noActor)")
        // Each place: 5–8 best 6, 10,000–15,000 best 12,000, 12 and up best 16; the figures as before.
        #expect(adm1.result.rows.map(\.estimate.display) == ["10,017+ (best 12,022)", "10,017+ (best 12,022)"])
        var j = "date_start,country,actor,measure,estimate,source\n"
        for (k, e) in open.enumerated() { j += "2023-02-10,Iraq;Syria,IS,members,\"\(e)\",S\(k)\n" }
        for (k, e) in range.enumerated() { j += "2023-02-10,Syria,IS,members,\"\(e)\",S\(k)\n" }
        let joint = try read([writeFile(j)], by: [.actor], period: .month)
        let said = joint.notes.first { $0.contains("joint region") } ?? "not said"
        #expect(said.contains("a stock of the joint region Iraq;Syria (12+ [best 16]) and stocks of its member countries (Syria 12,000 [10,000–15,000])"), "\(said)")
        for o in [adm1, joint] {
            for n in o.notes where n.contains("are added into one figure") {
                #expect(n.firstMatch(of: nested) == nil, "\(n)")
            }
        }
    }

    /// review41 N2: names that carry their own brackets (ACLED's and UCDP's actors,
    /// `Idlib (province)`, UCDP's `Myanmar (Burma)`) still nested inside a note's brackets
    /// or stood against them: `(Hayat Tahrir al-Sham (HTS) 10,000–15,000, ...)`,
    /// `Idlib (province) (Syria)`. Such a name is quoted there; a plain name is not; every
    /// kind of note; the figures as before.
    @Test func namesCarryingBracketsAreQuotedInsideANote() throws {
        let nested = try Regex(#"\([^()"]*\("#)
        let actors = try read([writeFile("""
        id,date_start,country,adm_1,actor,measure,estimate
        1,2023-02-10,Syria,Idlib,,fighters,about 50000
        2,2023-02-10,Syria,Idlib,Hayat Tahrir al-Sham (HTS),fighters,"10,000 to 15,000"
        3,2023-02-10,Syria,Idlib,Military Forces of Syria (2000-),fighters,at least 2000
        4,2023-02-10,Syria,Idlib,Hurras al-Din,fighters,2000

        """)], by: [.adm1], period: .month)
        let a = actors.notes.first { $0.hasSuffix("--by actor shows them apart") } ?? "not said"
        #expect(a.contains("a stock of Idlib (Syria) with no actor (~50,000) and stocks of named actors there (\"Hayat Tahrir al-Sham (HTS)\" "
                           + "10,000–15,000, Hurras al-Din 2,000, \"Military Forces of Syria (2000-)\" 2,000+) are added"), "\(a)")
        // HTS's "10,000 to 15,000" gives no best (12,500 by rule), so the open sum shows its
        // floor alone (review46 S1); its best, 66,500, is kept.
        #expect(actors.result.rows.map(\.estimate.display) == ["~64,000+"])
        #expect(actors.result.rows.map(\.estimate.best) == [66_500])
        let places = try read([writeFile("""
        id,date_start,country,adm_1,adm_2,actor,measure,estimate
        1,2023-02-10,Syria,Idlib (province),,X,fighters,"5 to 8"
        2,2023-02-10,Syria,Idlib (province),Harim (district),X,fighters,"10 to 15"
        3,2023-02-10,Syria,,,,fighters,40
        4,2023-02-10,Syria,,,Arakan Army (AA),fighters,12

        """)], by: [.adm1], period: .month)
        let p = places.notes.first { $0.contains("stocks of places within it") } ?? "not said"
        #expect(p.contains("a stock of \"Idlib (province)\" (Syria) with no adm_2 (5–8) and stocks of places within it "
                           + "(\"Harim (district)\" 10–15) are added"), "\(p)")
        #expect(p.contains("if the first is a figure for all of \"Idlib (province)\" (Syria), it already"), "\(p)")
        // Charts and reports quote in their own language's marks.
        #expect(places.twoLevelStocks.first?.place(quote: { "«\($0)»" }) == "«Idlib (province)» (Syria)")
        let n = places.notes.first { $0.hasSuffix("--by actor shows them apart") } ?? "not said"
        #expect(n.contains("a stock of Syria with no actor (40) and stocks of named actors there (\"Arakan Army (AA)\" 12)"), "\(n)")
        var j = "date_start,country,actor,measure,estimate\n"
        j += "2023-02-10,India;Kashmir (disputed),IS,members,100\n2023-02-10,Kashmir (disputed),IS,members,40\n"
        let joint = try read([writeFile(j)], by: [.actor], period: .month)
        let said = joint.notes.first { $0.contains("joint region") } ?? "not said"
        #expect(said.contains("a stock of the joint region \"India;Kashmir (disputed)\" (100) and stocks of its member countries "
                              + "(\"Kashmir (disputed)\" 40)"), "\(said)")
        for o in [actors, places, joint] {
            for n in o.notes where n.contains("are added into one figure") {
                #expect(n.firstMatch(of: nested) == nil, "\(n)")
            }
        }
        // A name with no bracket is as it was.
        #expect(BracketedNames.within("Idlib", "Syria") == "Idlib (Syria)")
        #expect(BracketedNames.name("Hurras al-Din") == "Hurras al-Din")
        #expect(BracketedNames.within("Harim (district)", "Idlib (province)") == "\"Harim (district)\" (\"Idlib (province)\")")
        // review42 N2: a name with double quotes of its own is not put in more of them.
        #expect(BracketedNames.name("Hayat Tahrir al-Sham \"HTS\" (Idlib)") == "'Hayat Tahrir al-Sham \"HTS\" (Idlib)'")
        #expect(BracketedNames.name("Jaysh al-'Izza \"JAI\" (Hama)") == "“Jaysh al-'Izza \"JAI\" (Hama)”")
        // review43 N2: the names of one sentence take one quote, chosen by all of them (a
        // note listed “Aleppo's "A" (p)”, 'Hama "H" (p)' and "Idlib (province)").
        let names = ["Aleppo's \"A\" (p)", "Hama \"H\" (p)", "Idlib (province)"]
        let q = BracketedNames.straight(for: names)
        #expect(names.map { BracketedNames.name($0, quote: q) } == ["“Aleppo's \"A\" (p)”", "“Hama \"H\" (p)”", "“Idlib (province)”"])
        let two = BracketedNames.straight(for: ["Hama \"H\" (p)", "Idlib (province)"])
        #expect(BracketedNames.name("Idlib (province)", quote: two) == "'Idlib (province)'")
        #expect(BracketedNames.within("Harim \"H\" (district)", "Idlib (province)") == "'Harim \"H\" (district)' ('Idlib (province)')")
        // A name with no bracket is not quoted, and does not choose the quote.
        #expect(BracketedNames.straight(for: ["Al \"Q\"", "Idlib (province)"])("x") == "\"x\"")
    }

    /// review40: grouped by actor, an actor that is not one (`Total`, `Unknown`) was a row
    /// like any actor's, with no word. Said on standard error, once, naming each; a named
    /// group holding such a word (`All Tripura Tiger Force`) is not named; by country,
    /// nothing said. Figures unchanged.
    @Test func rowsByActorSayWhichActorsAreNotOne() throws {
        let f = writeFile("""
        date_start,country,adm_1,actor,measure,estimate
        2023-02-10,Syria,Idlib,Total,fighters,"about 50,000"
        2023-02-10,Syria,Idlib,Hayat Tahrir al-Sham,fighters,"10,000 to 15,000"
        2023-02-10,Syria,Raqqa,Unknown,killed,3
        2023-02-11,Syria,Raqqa,Various,killed,2
        2023-02-12,Syria,Raqqa,All Tripura Tiger Force,killed,4

        """)
        let o = try read([f], by: [.actor], period: .month)
        #expect(o.result.rows.map(\.estimate.display) == ["4", "10,000–15,000", "~50,000", "3", "2"], "\(o.result.rows.map(\.actor))")
        #expect(o.notes.filter { $0.hasPrefix("by actor, ") } == ["by actor, \"Total\" is not one actor: its rows are figures for all actors together; "
                + "\"Unknown\" and \"Various\" name no actor: their rows are figures of actors not named"], "\(o.notes)")
        // By country the `Total` stock beside HTS's is refused (stocks6 item 4); its flows say nothing of actors.
        #expect(errorOf { _ = try read([f], by: [.country], period: .month) }?.exitCode == 65)
        #expect(try read([f], by: [.country], period: .month, filter: RecordFilter(measures: ["killed"])).notes.allSatisfy { !$0.hasPrefix("by actor, ") })
        let honest = writeFile("date_start,country,actor,measure,best\n2023-02-10,India,All Tripura Tiger Force,killed,4\n2023-02-10,India,NSCN-IM,killed,2\n")
        #expect(try read([honest], by: [.actor], period: .month).notes.allSatisfy { !$0.hasPrefix("by actor, ") })
    }

    /// An empty actor beside one that names no one group (and no named actor): they may
    /// count the same people, said with "other stocks".
    @Test func twoStocksForNoOneGroupAreSaid() throws {
        let f = writeFile("date_start,country,actor,measure,estimate\n2023-02-10,Syria,,fighters,\"at least 40,000\"\n2023-02-10,Syria,Unknown,fighters,500\n")
        let o = try read([f], by: [.country], period: .month)
        #expect(o.result.rows.map(\.estimate.low) == [40_500])
        let m = o.notes.first { $0.hasSuffix("--by actor shows them apart") } ?? "not said"
        #expect(m.contains("a stock of Syria with no actor (40,000+) and other stocks there (Unknown 500) are added into one figure"), "\(m)")
    }
}

/// review38 S3, S4: a stock row of a table tally wrote is the sum of its groups' latest
/// observations in the table's period; the table says neither which groups nor when.
/// Re-cut to another period, the latest-per-cell rule kept the last row (a monthly table
/// by country read by year: 500 for 1,500, exit 0) or dated a week's figure to the
/// month the week began in, replacing that month's. Refused (65) saying what to do; read
/// at its own period, it reads as before; flows re-cut as before; `info` still reads it.
@Suite struct StockTablesReadBack {
    static let records = """
    id,date_start,date_end,country,actor,measure,estimate
    a,2023-01-15,2023-01-15,Syria,Group A,members,"1,000"
    b,2023-03-10,2023-03-10,Syria,Group B,members,500
    c,2023-01-05,2023-01-05,Syria,Group A,killed,3
    d,2023-03-20,2023-03-20,Syria,Group B,killed,2

    """

    func table(_ period: PeriodKind, _ text: String = Self.records) throws -> String {
        let first = try read([writeFile(text)], by: [.country], period: period)
        return writeFile(String(decoding: first.written(as: .csv), as: UTF8.self), name: "table-\(period.rawValue).csv")
    }

    func refusal(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch let e as TallyError { return "\(e.exitCode) \(e.description)" } catch { return "\(error)" }
    }

    @Test func aMonthlyTableReadByAnotherPeriodIsRefused() throws {
        // Direct: 1,500 in 2023 (both groups).
        #expect(try read([writeFile(Self.records)], by: [.country], period: .year).result.rows.filter { $0.measure == "members" }
                    .map(\.estimate.best) == [1500])
        let monthly = try table(.month)
        for kind in [PeriodKind.year, .quarter, .week, .day, .all] {
            let m = refusal { _ = try read([monthly], by: [.country], period: kind) } ?? "read"
            #expect(m.hasPrefix("65 "), "\(kind): \(m)")
            #expect(m.contains("a stock row (members) of a table by month cannot be read \(kind == .all ? "over all dates" : "by \(kind.rawValue)")"), "\(kind): \(m)")
            #expect(m.contains("or read this table by month (--period month; a bar chart: --period 2023-01)"), "\(kind): \(m)")
            // review40 N2: the table's flows read at that period.
            #expect(m.hasSuffix("its flows (--measure killed, say) read \(kind == .all ? "over all dates" : "by \(kind.rawValue)")"), "\(kind): \(m)")
            #expect(!m.contains("[…]"), "printed whole: \(m)")
        }
        // At its own period it reads as written; flows alone re-cut as before.
        let own = try read([monthly], by: [.country], period: .month)
        #expect(own.result.rows.filter { $0.measure == "members" }.map(\.estimate.best) == [1000, 500])
        let killed = try read([monthly], by: [.country], period: .year, filter: RecordFilter(measures: ["killed"]))
        #expect(killed.result.rows.map(\.estimate.best) == [5])
        // `info` reads at period all: it still reads the table (counts, not re-cut figures).
        var info = IngestRequest(files: [monthly], config: AggregationConfig(grouping: Grouping([.country]), period: .all))
        info.stockTablesAtAnyPeriod = true
        #expect(try Ingest.run(info).rowsRead == 4)
    }

    /// S3: a weekly table read by month dated the week of 30 January–5 February (a stock
    /// observed 3 February) to January, replacing January's 5,000: refused.
    @Test func aWeeklyTableReadByMonthIsRefused() throws {
        let weekly = try table(.week, """
        id,date_start,date_end,country,actor,measure,estimate
        a,2023-01-10,2023-01-10,Syria,A,members,"5,000"
        b,2023-02-03,2023-02-03,Syria,A,members,"at least 9,000"
        c,2023-01-02,2023-01-02,Syria,A,killed,1

        """)
        let m = refusal { _ = try read([weekly], by: [.country], period: .month) } ?? "read"
        #expect(m.hasPrefix("65 ") && m.contains("of a table by week cannot be read by month"), "\(m)")
        #expect(m.contains("read this table by week (--period week; a bar chart: --period 2023-W02)"), "\(m)")
        #expect(try read([weekly], by: [.country], period: .week).result.rows.filter { $0.measure == "members" }.map(\.estimate.display)
                == ["5,000", "9,000+"])
    }

    /// review40 S4 and hand-made tables: a file with `period` in place of dates but
    /// without tally's `events` and `covered` (tally's table cut to its numbers in a
    /// spreadsheet or with csvcut, or typed by hand) was not known as a table, and its
    /// stock rows re-cut by year printed 500 for 1,500 (Group A's January 1,000 dropped),
    /// exit 0. A row dated to a week, month, quarter or year stands for that period (a
    /// figure seen some day of it, or a sum of groups): read at its own period only.
    @Test func aTableCutOrTypedByHandIsReadOnlyAtItsOwnPeriod() throws {
        let cuts = [
            "country,period,measure,low,best,high\nSyria,2023-01,killed,3,3,3\nSyria,2023-01,members,1000,1000,1000\n"
                + "Syria,2023-03,killed,2,2,2\nSyria,2023-03,members,500,500,500\n",
            "country,period,measure,best\nSyria,2023-01,killed,3\nSyria,2023-01,members,1000\nSyria,2023-03,killed,2\nSyria,2023-03,members,500\n",
            "period,measure,estimate,country\n2023-01,members,\"1,000\",Syria\n2023-01,killed,3,Syria\n2023-03,members,500,Syria\n2023-03,killed,2,Syria\n",
        ]
        var files = cuts.enumerated().map { writeFile($1, name: "cut\($0).csv") }
        files.append(writeFile("""
        [{"country": "Syria", "period": "2023-01", "measure": "killed", "best": 3},
         {"country": "Syria", "period": "2023-01", "measure": "members", "best": 1000},
         {"country": "Syria", "period": "2023-03", "measure": "killed", "best": 2},
         {"country": "Syria", "period": "2023-03", "measure": "members", "best": 500}]
        """, name: "cut.json"))
        for f in files {
            for kind in [PeriodKind.year, .quarter, .week, .day, .all] {
                let asked = kind == .all ? "over all dates" : "by \(kind.rawValue)"
                let m = refusal { _ = try read([f], by: [.country], period: kind) } ?? "read"
                #expect(m.hasPrefix("65 "), "\(f) \(kind): \(m)")
                #expect(m.contains("\"2023-01\": a stock row (members) of a table by month cannot be read \(asked)"), "\(f) \(kind): \(m)")
                #expect(m.contains("or read this table by month (--period month; a bar chart: --period 2023-01)"), "\(f) \(kind): \(m)")
                #expect(m.hasSuffix("its flows (--measure killed, say) read \(asked)"), "\(f) \(kind): \(m)")
                #expect(!m.contains("[…]"), "printed whole: \(m)")
            }
            let own = try read([f], by: [.country], period: .month)
            #expect(own.result.rows.filter { $0.measure == "members" }.map(\.estimate.best) == [1000, 500], "\(f)")
            let killed = try read([f], by: [.country], period: .year, filter: RecordFilter(measures: ["killed"]))
            #expect(killed.result.rows.map(\.estimate.best) == [5], "\(f)")
        }
    }

    /// Stop 37's open list, decided: stock rows of records dated to a month (a
    /// `date_precision` of month, or date_start/date_end spanning the month) are
    /// observations of their cell (place and actor as written), as rows dated to a day
    /// are: read by year, one cell keeps its latest (Syria 1,000 in January, 500 in March:
    /// 500), and rows of different cells, as a table's rows by province or actor are,
    /// add up (Idlib 1,000 in January and Aleppo 500 in March: 1,500). A row that adds up
    /// groups without naming them is a table's, with a `period` column, read only at its
    /// own period (above); records with dates are not refused.
    @Test func monthDatedStockRecordsReadByYearAsDayDatedOnes() throws {
        let forms = [
            ("date_start,date_end", ["2023-01-01,2023-01-31", "2023-03-01,2023-03-31"]),
            ("date_start,date_precision", ["2023-01-01,month", "2023-03-01,month"]),
            ("date_start,date_end", ["2023-01-01,2023-01-01", "2023-03-01,2023-03-01"]),
        ]
        for (cells, expected) in [(["Syria,,", "Syria,,"], [500]), (["Syria,Idlib,", "Syria,Aleppo,"], [1500]),
                                  (["Syria,,Group A", "Syria,,Group B"], [1500])] as [([String], [Int64])] {
            var figures: [[Int64]] = []
            for (i, (header, dates)) in forms.enumerated() {
                let f = writeFile("id,\(header),country,adm_1,actor,measure,estimate\na,\(dates[0]),\(cells[0]),members,1000\n"
                                  + "b,\(dates[1]),\(cells[1]),members,500\n", name: "month-dated-\(i)-\(expected[0])-\(cells[1].count).csv")
                for kind in [PeriodKind.year, .quarter, .all] {
                    let rows = try read([f], by: [.country], period: kind).result.rows
                    #expect(rows.map(\.estimate.best) == expected, "\(header) \(cells) \(kind)")
                    figures.append(rows.map(\.estimate.best))
                }
                // By month each reads as written.
                #expect(try read([f], by: [.country], period: .month).result.rows.map(\.estimate.best) == [1000, 500], "\(header) \(cells)")
            }
            #expect(Set(figures).count == 1, "\(cells): \(figures)")
        }
    }

    /// review41 N1: the refusal names a flow the table holds, wherever its rows are
    /// (after the stock row refused too), and only one it holds: `killed` when there is
    /// one, else another flow (`injured`), and none for a table of stocks alone.
    @Test func theRefusalNamesOnlyFlowsTheTableHolds() throws {
        for (flows, named) in [(["killed", "injured"], "killed"), (["injured"], "injured"), ([], nil)] as [([String], String?)] {
            var text = "country,period,measure,best\nSyria,2023-01,members,1000\nSyria,2023-03,members,500\n"
            for f in flows { text += "Syria,2023-03,\(f),2\n" }
            let f = writeFile(text, name: "flows-\(flows.count)-\(named ?? "none").csv")
            let m = refusal { _ = try read([f], by: [.country], period: .year) } ?? "read"
            #expect(m.hasPrefix("65 ") && m.contains("a stock row (members) of a table by month cannot be read by year"), "\(m)")
            if let named {
                #expect(m.hasSuffix("; its flows (--measure \(named), say) read by year"), "\(flows): \(m)")
                let read1 = try read([f], by: [.country], period: .year, filter: RecordFilter(measures: [named]))
                #expect(read1.result.rows.map(\.estimate.best) == [2], "\(flows)")
            } else {
                #expect(m.hasSuffix("(--period month; a bar chart: --period 2023-01)"), "\(m)")
            }
            #expect(!m.contains("\u{1}"), "\(m)")
        }
    }

    /// Tables typed by hand by week, month, quarter and year, CSV and JSON: each reads at
    /// its own period as written and is refused at every other (a longer one drops the
    /// groups seen earlier; a shorter one would date the figure to a day nobody gave).
    @Test func handTablesOfEachPeriodKind() throws {
        let all: [PeriodKind] = [.day, .week, .month, .quarter, .year, .all]
        for (own, labels) in [(PeriodKind.week, ["2023-W02", "2023-W10"]), (.month, ["2023-01", "2023-03"]),
                              (.quarter, ["2023-Q1", "2023-Q3"]), (.year, ["2022", "2023"])] {
            let csv = writeFile("country,period,measure,best\nSyria,\(labels[0]),members,1000\nSyria,\(labels[1]),members,500\n",
                                name: "hand-\(own.rawValue).csv")
            let json = writeFile("[{\"country\": \"Syria\", \"period\": \"\(labels[0])\", \"measure\": \"members\", \"best\": 1000},\n"
                                 + " {\"country\": \"Syria\", \"period\": \"\(labels[1])\", \"measure\": \"members\", \"best\": 500}]\n",
                                 name: "hand-\(own.rawValue).json")
            for f in [csv, json] {
                let read1 = try read([f], by: [.country], period: own)
                #expect(read1.result.rows.map(\.estimate.best) == [1000, 500], "\(f)")
                #expect(read1.result.rows.map(\.period) == labels, "\(f)")
                for kind in all where kind != own {
                    let m = refusal { _ = try read([f], by: [.country], period: kind) } ?? "read"
                    #expect(m.hasPrefix("65 ") && m.contains("a stock row (members) of a table by \(own.rawValue) cannot be read"),
                            "\(f) \(kind): \(m)")
                    // review41 N1: a table of stock rows alone has no flows to point to
                    // (`--measure killed` would exit 64 "no such measure").
                    #expect(!m.contains("flows") && !m.contains("--measure") && m.hasSuffix("--period \(labels[0]))"), "\(f) \(kind): \(m)")
                    #expect(m.contains("read this table by \(own.rawValue) (--period \(own.rawValue); a bar chart: --period \(labels[0]))"),
                            "\(f) \(kind): \(m)")
                }
            }
        }
    }

    /// The honest twins: a `period` column holding a day (a hand file of dated
    /// observations) reads by any period, as the same rows with `date_start` do; tally's
    /// own table by day is still read by day only (its rows may sum groups).
    @Test func dayRowsOfAHandFileReadAsDatedRecords() throws {
        let hand = writeFile("country,period,measure,best\nSyria,2023-01-15,members,1000\nSyria,2023-03-10,members,500\nSyria,2023-03-12,killed,2\n",
                             name: "hand-days.csv")
        let dated = writeFile("country,date_start,measure,best\nSyria,2023-01-15,members,1000\nSyria,2023-03-10,members,500\nSyria,2023-03-12,killed,2\n",
                              name: "dated.csv")
        for kind in [PeriodKind.day, .week, .month, .quarter, .year, .all] {
            let a = try read([hand], by: [.country], period: kind).result.rows.map { "\($0.period) \($0.measure) \($0.estimate.display)" }
            let b = try read([dated], by: [.country], period: kind).result.rows.map { "\($0.period) \($0.measure) \($0.estimate.display)" }
            #expect(a == b, "\(kind)")
            #expect(a.contains { $0.hasSuffix("members 500") }, "\(kind): \(a)")
        }
        let daily = try table(.day)
        let m = refusal { _ = try read([daily], by: [.country], period: .month) } ?? "read"
        #expect(m.hasPrefix("65 ") && m.contains("a stock row (members) of a table by day cannot be read by month"), "\(m)")
        #expect(try read([daily], by: [.country], period: .day).result.rows.filter { $0.measure == "members" }.map(\.estimate.best) == [1000, 500])
    }
}

/// review38 S6: one group under several names in one place was summed as several groups
/// (`Islamic State` "5,000 to 7,000", `ISIS` "about 6,000", `Daesh` "at least 5,000" in
/// Syria in February: ~16,000+, best 17,000, exit 0, nothing said). Names of one group in
/// TallyCore's table, or one name written apart, are refused where a group adds them;
/// grouped by actor they are rows apart. Groups side by side add as before.
@Suite struct OneGroupUnderSeveralNames {
    func refusal(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch let e as TallyError { return "\(e.exitCode) \(e.description)" } catch { return "\(error)" }
    }

    func file(_ names: [String], adm1: [String]? = nil) -> String {
        let figures = ["\"5,000 to 7,000\"", "\"about 6,000\"", "\"at least 5,000\""]
        var text = "date_start,country,adm_1,actor,measure,estimate\n"
        for (i, n) in names.enumerated() {
            text += "2023-02-1\(i),Syria,\(adm1?[i] ?? ""),\"\(n)\",members,\(figures[i % 3])\n"
        }
        return writeFile(text + "2023-03-01,Syria,,Other,killed,3\n")
    }

    @Test(arguments: [["Islamic State", "ISIS", "Daesh"], ["ISIL", "Islamic State of Iraq and the Levant"], ["IS", "داعش"],
                      ["HTS", "Hayat Tahrir al-Sham"], ["Hay'at Tahrir al-Sham", "Tahrir al-Sham"], ["al-Shabaab", "Al Shabab"],
                      ["Hezbollah", "Hizballah"], ["Houthis", "Ansar Allah"], ["Hayat Tahrir al-Sham (HTS)", "HTS"],
                      ["Islamic State (ISIS)", "Daesh"], ["Group A (North)", "group a (north)"],
                      ["Group A", "group a"], ["Jaysh al-Izza", "Jaysh al Izza"], ["État islamique", "Etat Islamique"],
                      // stocks6 item 1 (summed before): the table's new rows and one name spelt two ways.
                      ["ISKP", "Islamic State Khorasan Province"], ["ISKP", "IS-K", "Islamic State - Khorasan"], ["ISIS-K", "ISKP"],
                      ["AQAP", "Al-Qaeda in the Arabian Peninsula"], ["Ansar al-Sharia", "Ansar ash-Sharia", "Ansar el-Sharia"],
                      ["Al-Qaida in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb"], ["Jaish al-Islam", "Jaysh al-Islam"]])
    func oneGroupUnderSeveralNamesIsRefused(names: [String]) throws {
        let f = file(names)
        for by: [GroupKey] in [[.country], [], [.adm1]] {
            let m = refusal { _ = try read([f], by: by, period: .month) } ?? "read"
            #expect(m.hasPrefix("65 "), "\(names) \(by): \(m)")
            #expect(m.contains("stocks of Syria with actors"), "\(m)")
            #expect(m.contains("added, one group is counted \(names.count) times"), "\(m)")
            #expect(m.contains("or --by actor to see them apart"), "\(m)")
        }
        // By actor: rows apart, as written; the totals of a report's headline refuse.
        let o = try read([f], by: [.actor], period: .month)
        #expect(o.result.rows.filter { $0.measure == "members" }.count == names.count)
        #expect(o.totalAliases?.contains("added, one group is counted \(names.count) times") == true, "\(o.totalAliases ?? "nil")")
    }

    @Test func theMessageNamesTheGroupAndHowToMerge() throws {
        let m = refusal { _ = try read([file(["Islamic State", "ISIS", "Daesh"])], by: [.country], period: .month) } ?? "read"
        #expect(m == "65 Syria, 2023-02, members: stocks of Syria with actors \"Daesh\" (5,000+), \"ISIS\" (~6,000) and \"Islamic State\" "
            + "(5,000–7,000) would be added into one figure, and these are names of one group (Islamic State): added, one group is counted "
            + "3 times. Write one name for it in the actor column of those records (\"Daesh\", \"ISIS\" as \"Islamic State\"; tally then "
            + "keeps the group's latest figure in each period), or --by actor to see them apart; if they are different groups, give them "
            + "names that tell them apart")
    }

    /// The honest twins: different groups side by side, the same names in different
    /// places (each place's people are its own), flows under several names, and groups
    /// whose names share words (`Islamic State` and `Islamic State West Africa Province`,
    /// `Taliban` and `Tehrik-i-Taliban Pakistan`) add as before.
    @Test func differentGroupsAndPlacesAddAsBefore() throws {
        for names in [["HTS", "Hurras al-Din", "Islamic State"], ["Islamic State", "ISWAP"], ["Taliban", "TTP"], ["Boko Haram", "ISWAP"],
                      ["Islamic State", "Islamic Front"], ["Military Forces of Syria (2000-2024)", "Military Forces of Syria (2024-)"]] {
            let o = try read([file(names)], by: [.country], period: .month)
            #expect(o.result.rows.contains { $0.measure == "members" }, "\(names)")
            #expect(o.totalAliases == nil)
        }
        let apart = try read([file(["Islamic State", "ISIS", "Daesh"], adm1: ["Raqqa", "Deir ez-Zor", "Homs"])], by: [.country], period: .month)
        #expect(apart.result.rows.first { $0.measure == "members" }?.estimate.low == 16_000)
        let flows = writeFile("date_start,country,actor,measure,estimate\n2023-02-10,Syria,Islamic State,killed,3\n2023-02-11,Syria,ISIS,killed,4\n")
        #expect(try read([flows], by: [.country], period: .month).result.rows.map(\.estimate.best) == [7])
    }

    /// stocks6 item 1: two names that only look like one group (an acronym of the
    /// other's words, one spelling but for vowels) are added as two groups, and said on
    /// standard error naming both; different groups say nothing.
    @Test func namesThatLookLikeOneGroupAreAddedAndSaid() throws {
        for (names, how) in [(["FSA", "Free Syrian Army"], "\"FSA\" may be an acronym of \"Free Syrian Army\""),
                             (["Mouvement national de libération de l'Azawad", "MNLA"],
                              "\"MNLA\" may be an acronym of \"Mouvement national de libération de l'Azawad\""),
                             (["Jabhat Fateh al-Sham", "Jabhat Fatah al-Sham"], "\"Jabhat Fatah al-Sham\" and \"Jabhat Fateh al-Sham\" may be one name spelt two ways")] {
            for by: [GroupKey] in [[.country], []] {
                let o = try read([file(names)], by: by, period: .month)
                #expect(o.result.rows.first { $0.measure == "members" }?.estimate.low == 11_000, "\(names)")
                let note = o.notes.first { $0.contains("are added into one figure as two groups") } ?? "none"
                #expect(note.contains(how) && note.contains("if they are one group, it is counted twice"), "\(names): \(note)")
                #expect(o.likelyAliases.map(\.names) == [names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }])
            }
            // By actor: rows apart, nothing said; the headline's totals keep them.
            let apart = try read([file(names)], by: [.actor], period: .month)
            #expect(apart.likelyAliases.isEmpty && apart.totalLikelyAliases.count == 1)
        }
        for names in [["HTS", "Hurras al-Din", "Islamic State"], ["Islamic State (West Africa)", "Islamic State (Sahel)"], ["Taliban", "TTP"],
                      ["Boko Haram", "ISWAP"], ["Jaysh al-Islam", "Jaysh al-Izza"]] {
            let o = try read([file(names)], by: [.country], period: .month)
            #expect(o.likelyAliases.isEmpty && !o.notes.contains { $0.contains("as two groups") }, "\(names): \(o.notes)")
        }
    }

    /// names9 (review45 S9): two names unknown to the table that differ only by small
    /// words (`of`, `in`, `the`, `de`, `en`, `في`), Arabic's article, hyphens or a
    /// province after a known group's name were added as two groups with no word (3,000
    /// for 1,000 and 2,000); now said as the acronym case is, and still added (they may be
    /// two groups). Their twins, other places' branches, say nothing.
    @Test func namesApartBySmallWordsAreAddedAndSaid() throws {
        for names in [["Islamic State of Iraq", "Islamic State in Iraq"], ["Al-Qaeda in Iraq", "Al-Qaeda of Iraq"],
                      ["Islamic State in Libya", "Islamic State of Libya"], ["Islamic State Libya Province", "ISIS-Libya"],
                      ["Etat islamique en Libye", "Etat islamique de Libye"], ["Estado Islámico en Libia", "Estado Islámico de Libia"],
                      ["Army of the Men of the Naqshbandi Order", "Army of Men of Naqshbandi Order"],
                      ["Islamic State in Iraq", "Islamic State (Iraq)"], ["al-Qaida in Iraq", "Al Qaeda of Iraq"]] {
            for by: [GroupKey] in [[.country], []] {
                let o = try read([file(names)], by: by, period: .month)
                #expect(o.result.rows.first { $0.measure == "members" }?.estimate.low == 11_000, "\(names)")
                let note = o.notes.first { $0.contains("are added into one figure as two groups") } ?? "none"
                #expect(note.contains("may be one name written with other small words") && note.contains("if they are one group, it is counted twice"),
                        "\(names): \(note)")
            }
        }
        for names in [["Islamic State in Iraq", "Islamic State in Syria"], ["Al-Qaeda in Iraq", "Al-Qaeda in Syria"],
                      ["Islamic State Libya Province", "Islamic State Sinai Province"], ["ISIS-Libya", "ISIS-Sinai"],
                      ["Islamic State in Iraq", "Islamic State"], ["Army of Islam", "Army of the Mujahideen"], ["Group A", "Group B"],
                      ["Islamic State (Khorasan)", "Islamic State (Pakistan)"], ["Free Syrian Army (Southern Front)", "Free Syrian Army (Northern Front)"]] {
            let o = try read([file(names)], by: [.country], period: .month)
            #expect(o.likelyAliases.isEmpty && !o.notes.contains { $0.contains("as two groups") }, "\(names): \(o.notes)")
        }
    }

    /// review43 R1: two names that differ in a bracketed tail are two names (ACLED's
    /// provinces and factions, `Islamic State (West Africa)` and `Islamic State (Sahel)`
    /// in Niger): they add, as they did before 34caa77 refused them as one name written
    /// two ways (advice that, followed, gave 2,000 where 5,000 is right). A tail is never
    /// folded away, a place's neither (`Islamic State (Syria)` beside `Islamic State`).
    @Test(arguments: [["Islamic State (West Africa)", "Islamic State (Sahel)"], ["Islamic State (Khorasan)", "Islamic State (Pakistan)"],
                      ["Popular Mobilization Forces (Kataib Hezbollah)", "Popular Mobilization Forces (Badr Organization)"],
                      ["Free Syrian Army (Southern Front)", "Free Syrian Army (Northern Front)"], ["al-Qaeda (AQIM)", "al-Qaeda (JNIM)"],
                      ["Giants Brigades (STC)", "Giants Brigades (UAE)"], ["Islamic State", "Islamic State (Syria)"],
                      ["Islamic State (ISWAP)", "Islamic State"]])
    func namesApartInABracketedTailAdd(names: [String]) throws {
        let f = writeFile("date_start,country,actor,measure,estimate\n2023-02-10,Niger,\"\(names[0])\",members,\"about 3,000\"\n"
            + "2023-02-12,Niger,\"\(names[1])\",members,\"about 2,000\"\n")
        for by: [GroupKey] in [[.country], []] {
            let o = try read([f], by: by, period: .month)
            let e = o.result.rows.first { $0.measure == "members" }?.estimate
            #expect(e?.low == 5_000 && e?.best == 5_000 && e?.high == 5_000, "\(names) \(by): \(String(describing: e))")
            #expect(o.totalAliases == nil)
        }
        let byActor = try read([f], by: [.actor], period: .month)
        #expect(byActor.totalAliases == nil, "\(names): \(byActor.totalAliases ?? "")")
    }
}
