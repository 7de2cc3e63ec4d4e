import Testing
import TallyCore
@testable import TallyCharts

/// audit9 F6 (silent): the fold a layout makes when bars do not fit (`tally chart`, a
/// report page) added stocks of one group under two names into "N others", as `--top` did.
@Suite struct BarFoldOneGroupTests {
    func stock(_ actor: String, _ v: Int64) -> AggregateRow {
        AggregateRow(country: "Iraq", actor: actor, periodKey: 0, period: "all", measure: "members", kind: .stock,
                     estimate: Estimate(unchecked: v, best: v, high: v), events: 1)
    }

    @Test func aLayoutsFoldNeverAddsTwoNamesOfOneGroup() throws {
        let r = AggregateResult(grouping: Grouping([.actor]), period: .all,
                                rows: [stock("PMF", 9_000), stock("Islamic State", 7_000), stock("Daesh", 6_000), stock("Peshmerga", 5_500), stock("ISIS", 5_000)])
        let bars = try BarChart.bars(from: r, measure: "members", everyFoldChecked: true)
        #expect(bars.count == 5)
        var message = ""
        do { _ = try BarChart.fold(bars, keeping: 1, measure: "members") } catch { message = error.description }
        #expect(message.contains("names of one group (Islamic State)"), "\(message)")
        // audit9b (nits): every spelling named, and no advice of an option the user did not give.
        #expect(message.contains("stocks of actors \"Islamic State\", \"Daesh\" and \"ISIS\" would be added"), "\(message)")
        #expect(!message.contains("--top") && message.contains("no room for a bar each"), "\(message)")
        // A fold that keeps the names apart (each its own bar but one) is drawn.
        let kept = try BarChart.fold(bars, keeping: 3, measure: "members")
        #expect(kept.map(\.label) == ["PMF", "Islamic State", "Daesh", "2 others"])
    }
}
