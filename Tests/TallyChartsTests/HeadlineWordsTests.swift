import Testing
import TallyCore
@testable import TallyCharts

/// Issue 13, item 12: default headlines from what the columns are.
@Suite struct HeadlineWordsTests {
    @Test func sourceColumnsGetTheirSchemasNames() {
        #expect(ChartWords.barTitle(measure: "killed", grouping: Grouping([], extraColumns: ["side_b"])) == "Killed, by side B of the dyad")
        #expect(ChartWords.barTitle(measure: "killed", grouping: Grouping([], extraColumns: ["SIDE_A"])) == "Killed, by side A of the dyad")
        #expect(ChartWords.barTitle(measure: "fatalities", grouping: Grouping([.country], extraColumns: ["event_type"]))
                == "Fatalities, by event type and country")
        #expect(ChartWords.barTitle(measure: "killed", grouping: Grouping([], extraColumns: ["type_of_violence", "dyad_name"]))
                == "Killed, by type of violence and dyad")
        // An unknown column is named as a column, never left out.
        #expect(ChartWords.barTitle(measure: "killed", grouping: Grouping([], extraColumns: ["my_col"])) == "Killed, by column “my_col”")
        #expect(ChartWords.timelineTitle(measure: "killed", kind: .flow, period: .month, grouping: Grouping([], extraColumns: ["side_b"]))
                == "Killed per month, by side B of the dyad")
        // No title ends in "by".
        for column in Array(ColumnWords.known.keys) + ["x", "Ünïcode"] {
            let t = ChartWords.barTitle(measure: "killed", grouping: Grouping([], extraColumns: [column]))
            #expect(!t.hasSuffix(" by") && t.count > "Killed, by ".count, "\(t)")
        }
    }

    @Test func theDataSUnitReplacesProvince() {
        #expect(ChartWords.barTitle(measure: "killed", grouping: Grouping([.adm1])) == "Killed by province")
        #expect(ChartWords.barTitle(measure: "killed", grouping: Grouping([.adm1]), unit: ChartWords.unit(SharedSuffix(words: "Governorate")))
                == "Killed by governorate")
        #expect(ChartWords.barTitle(measure: "killed", grouping: Grouping([.adm2]), unit: ChartWords.unit(SharedSuffix(words: "district")))
                == "Killed by district")
        #expect(ChartWords.timelineTitle(measure: "members", kind: .stock, period: .month, grouping: Grouping([.adm1]), unit: "governorate")
                == "Members by governorate, as observed")
        // Actors are names, not units; and "Killed by actor" would say the actor killed
        // them (hostile review of issue 13: UCDP's actor is side A, and an event's deaths
        // include its own).
        #expect(ChartWords.barTitle(measure: "killed", grouping: Grouping([.actor]), unit: "governorate") == "Killed, by actor involved")
        #expect(ChartWords.timelineTitle(measure: "killed", kind: .flow, period: .month, grouping: Grouping([.adm1, .actor]))
                == "Killed per month, by actor involved and place")
        // UCDP's side A and ACLED's actor1 are the actor an event names first: an event of
        // A against B counts under A only (review46 N-d).
        #expect(ChartWords.barTitle(measure: "killed", grouping: Grouping([.actor]), firstNamedActor: true) == "Killed, by first-named actor")
        #expect(ChartWords.timelineTitle(measure: "killed", kind: .flow, period: .month, grouping: Grouping([.adm1, .actor]), firstNamedActor: true)
                == "Killed per month, by first-named actor and place")
        let fr = DisplayLocale.with(DisplayLocale(identifier: "fr")!) { ChartWords.groupNoun(Grouping([.actor]), firstNamedActor: true) }
        #expect(fr == "premier acteur nommé")
        #expect(ChartWords.barTitle(measure: "killed", grouping: Grouping([.country]), firstNamedActor: true) == "Killed by country")
    }
}
