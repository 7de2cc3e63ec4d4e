import Testing
@testable import TallyCore

// audit10 F2 and audit9 F6 (stop 47): a group whose cell spells "no name" is ranked as an
// empty one is; stocks of one group under two names are never added into "N others".

private func e(_ v: Int64) -> Estimate { Estimate(unchecked: v, best: v, high: v) }

private func row(_ country: String, adm1: String? = nil, actor: String? = nil, measure: String = "killed", stock: Bool = false,
                 _ v: Int64) -> AggregateRow {
    AggregateRow(country: country, adm1: adm1, actor: actor, periodKey: 0, period: "all", measure: measure,
                 kind: stock ? .stock : .flow, estimate: e(v), events: 1)
}

@Suite struct NotGivenSpellingsTests {
    @Test func cellsThatSpellNoNameAreNotGiven() {
        for v in ["Unknown", "unknown", " UNKNOWN ", "N/A", "n/a", "#N/A", "NaN", "-", "—", "?", "(not given)", "[unknown]", "Not specified",
                  "Inconnu", "Desconocido", "desconhecido", "غير معروف", "Неизвестно", "Non précisé", ""] {
            #expect(GroupOrder.isNotGiven(["Syria", v]), "\(v)")
        }
        // Names, and spellings that are also names or codes, are named.
        for v in ["Idlib", "Unidentified Armed Group (Syria)", "Unknown Soldier Brigade", "NA", "Namibia", "None of the above party", "Others",
                  "Nan", "NAN", "None"] {
            #expect(!GroupOrder.isNotGiven(["Syria", v]), "\(v)")
        }
    }

    @Test func aGroupSpelledUnknownIsRankedAfterEveryNamedGroupAndNeverFolded() throws {
        let r = AggregateResult(grouping: Grouping([.adm1]), period: .all, rows: [
            row("Syria", adm1: "Unknown", 800), row("Syria", adm1: "Idlib", 40), row("Syria", adm1: "Aleppo", 50),
            row("Syria", adm1: "Hama", 10), row("Syria", adm1: "N/A", 900),
        ])
        let ranked = try r.ranking(of: "killed")
        #expect(ranked.groups.map { $0.adm1 ?? "" } == ["Aleppo", "Idlib", "Hama", "N/A", "Unknown"])
        let folded = try r.ranking(of: "killed", top: 1)
        #expect(folded.groups.map { $0.adm1 ?? "" } == ["Aleppo", "N/A", "Unknown"])
        #expect(folded.others?.count == 2)
        #expect(folded.others?.estimate.best == 50)
    }
}

@Suite struct FoldOfOneGroupUnderTwoNamesTests {
    func result() -> AggregateResult {
        AggregateResult(grouping: Grouping([.actor]), period: .all, rows: [
            row("Iraq", actor: "ISIS", measure: "members", stock: true, 5_000),
            row("Iraq", actor: "Daesh", measure: "members", stock: true, 6_000),
            row("Iraq", actor: "Islamic State", measure: "members", stock: true, 7_000),
            row("Iraq", actor: "PMF", measure: "members", stock: true, 9_000),
        ])
    }

    @Test func stocksOfOneGroupUnderTwoNamesAreNotFoldedIntoOthers() throws {
        var message = ""
        do { _ = try result().ranking(of: "members", top: 1) } catch { message = error.description }
        #expect(message.contains("names of one group (Islamic State)"), "\(message)")
        #expect(message.contains("stocks of actors \"Islamic State\", \"Daesh\" and \"ISIS\" would be added"), "\(message)")
        // Each as its own bar: no sum, nothing refused.
        let all = try result().ranking(of: "members", top: 4)
        #expect(all.others == nil)
        #expect(all.groups.map(\.estimate.best) == [9_000, 7_000, 6_000, 5_000])
        // A page that may fold checks its own fold (BarChart.fold); the check of every fold
        // a page may make is of overflow only, so bars that all fit are never refused.
        try all.checkEveryFold()
    }

    @Test func flowsOfOneGroupUnderTwoNamesAndStocksOfTwoGroupsAreFoldedAsBefore() throws {
        let flows = AggregateResult(grouping: Grouping([.actor]), period: .all, rows: [
            row("Iraq", actor: "ISIS", 5), row("Iraq", actor: "Daesh", 6), row("Iraq", actor: "PMF", 9),
        ])
        #expect(try flows.ranking(of: "killed", top: 1).others?.estimate.best == 11)
        let two = AggregateResult(grouping: Grouping([.actor]), period: .all, rows: [
            row("Iraq", actor: "ISIS", measure: "members", stock: true, 5_000), row("Iraq", actor: "PMF", measure: "members", stock: true, 9_000),
            row("Iraq", actor: "Peshmerga", measure: "members", stock: true, 7_000),
        ])
        #expect(try two.ranking(of: "members", top: 1).others?.estimate.best == 12_000)
    }
}
