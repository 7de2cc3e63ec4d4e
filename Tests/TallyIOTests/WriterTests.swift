import Testing
import TallyCore
@testable import TallyIO

@Suite struct Writers {
    let result = AggregateResult(
        grouping: Grouping([.country, .actor]), period: .month,
        rows: [
            AggregateRow(country: "Iraq;Syria", actor: "Islamic State (Daesh)", periodKey: 0, period: "2023-02",
                         measure: "members", kind: .stock, estimate: Estimate(unchecked: 5000, best: 6000, high: 7000), events: 1),
            AggregateRow(country: "Syria", actor: "National Front for Liberation, SNA", periodKey: 0, period: "2023-04",
                         measure: "killed", kind: .flow, estimate: Estimate(unchecked: 12, best: 12, high: nil), events: 3),
            AggregateRow(country: "بلخ", actor: "Say \"no\"", periodKey: 0, period: "2023-04",
                         measure: "killed", kind: .flow, estimate: Estimate(unchecked: 40, best: 40, high: 40, approximate: true), events: 1),
        ])

    @Test func csvQuotesOnlyWhenNeededAndLeavesUnboundedHighEmpty() {
        #expect(String(decoding: ResultWriter.csv(result), as: UTF8.self) == #"""
        country,actor,period,measure,low,best,high,events,estimate
        Iraq;Syria,Islamic State (Daesh),2023-02,members,5000,6000,7000,1,"6,000 (5,000–7,000)"
        Syria,"National Front for Liberation, SNA",2023-04,killed,12,12,,3,12+
        بلخ,"Say ""no""",2023-04,killed,40,40,40,1,~40

        """#)
    }

    @Test func jsonUsesNullForUnboundedHigh() {
        #expect(String(decoding: ResultWriter.json(result), as: UTF8.self) == #"""
        [
          {"country": "Iraq;Syria", "actor": "Islamic State (Daesh)", "period": "2023-02", "measure": "members", "low": 5000, "best": 6000, "high": 7000, "events": 1, "approximate": false, "best_stated": true, "estimate": "6,000 (5,000–7,000)"},
          {"country": "Syria", "actor": "National Front for Liberation, SNA", "period": "2023-04", "measure": "killed", "low": 12, "best": 12, "high": null, "events": 3, "approximate": false, "best_stated": true, "estimate": "12+"},
          {"country": "بلخ", "actor": "Say \"no\"", "period": "2023-04", "measure": "killed", "low": 40, "best": 40, "high": 40, "events": 1, "approximate": true, "best_stated": true, "estimate": "~40"}
        ]

        """#)
    }

    @Test func tableShowsDisplayFormAligned() {
        let lines = ResultWriter.table(result).split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("country     actor"))
        #expect(lines[2].hasSuffix("members  6,000 (5,000–7,000)       1"))
        #expect(lines[3].hasSuffix("killed" + String(repeating: " ", count: 19) + "12+       3"))
        #expect(lines[4].hasSuffix("killed" + String(repeating: " ", count: 19) + "~40       1"))
    }
}
