import Foundation
import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// Data measure names probed at two dates of a quarter (measures8, measures9): refused
/// unless declared (`--stock` gives `latest`, `--flow` the sum), or read as a flow.
struct MeasureNameProbe {
    let file: (String, String?) -> String
    let latest: String

    func quarter(_ f: String, stocks: [String] = [], flows: [String] = []) throws -> [String] {
        let r = try Ingest.run(IngestRequest(files: [f], config: AggregationConfig(
            period: .quarter, measures: MeasureCatalog(extraStocks: stocks, extraFlows: flows)))).result
        return r.rows.map { $0.estimate.display }
    }

    func expectRefusedUnlessDeclared(_ names: [String], column: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        for m in names {
            let f = file(m, column)
            let e = errorOf { _ = try quarter(f) }
            let key = MeasureCatalog.canonicalName(m)
            #expect(e?.exitCode == 65, "\(m): \(e?.message ?? "read")", sourceLocation: sourceLocation)
            #expect(e?.message.contains("--stock \"\(key)\"") == true && e?.message.contains("--flow \"\(key)\"") == true,
                    "\(m): \(e?.message ?? "read")", sourceLocation: sourceLocation)
            #expect((try? quarter(f, stocks: [m])) == [latest], "\(m)", sourceLocation: sourceLocation)
            #expect((try? quarter(f, flows: [m])) == ["7,000"], "\(m)", sourceLocation: sourceLocation)
        }
    }

    func expectFlows(_ names: [String], column: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        for m in names {
            let e = errorOf { _ = try quarter(file(m, column)) }
            #expect(e == nil, "\(m): \(e?.message ?? "")", sourceLocation: sourceLocation)
            #expect((try? quarter(file(m, column))) == ["7,000"], "\(m)", sourceLocation: sourceLocation)
        }
    }
}

/// measures8 (review43 S3, S4, R6, item 3, item 4; review42 R6): data measure names and
/// estimate texts, 3,500 at two dates of a quarter.
@Suite struct MeasureNames8 {
    func file(_ measure: String, column: String? = nil, estimate: String? = nil) -> String {
        let col = column.map { ",\($0)" } ?? "", e = estimate == nil ? "best" : "estimate"
        let v1 = column == nil ? "" : ",1", v2 = column == nil ? "" : ",2"
        let val = estimate.map { "\"\($0)\"" } ?? "3500"
        return writeFile("date_start,country,adm_1\(col),measure,\(e)\n2023-01-15,Syria,Idlib\(v1),\(measure),\(val)\n"
            + "2023-03-15,Syria,Idlib\(v2),\(measure),\(val)\n")
    }

    var probe: MeasureNameProbe { MeasureNameProbe(file: { file($0, column: $1) }, latest: "3,500") }
    func quarter(_ f: String, stocks: [String] = [], flows: [String] = []) throws -> [String] { try probe.quarter(f, stocks: stocks, flows: flows) }
    func expectRefusedUnlessDeclared(_ names: [String], column: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        probe.expectRefusedUnlessDeclared(names, column: column, sourceLocation: sourceLocation)
    }
    func expectFlows(_ names: [String], column: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        probe.expectFlows(names, column: column, sourceLocation: sourceLocation)
    }

    /// review43 S4 (silent): survivors of an event named before them, and cases open at a date
    /// in either word order or in French and Spanish, were summed (7,000 for 3,500).
    @Test func survivorsAndOpenCasesInAnyOrderAreRefusedUnlessDeclared() {
        expectRefusedUnlessDeclared(["torture_survivors", "gbv_survivors", "sgbv_survivors", "torture survivors", "survivors_of_torture",
                                     "cases_pending", "backlog_cases", "cases_backlog", "cases_active", "cases_open",
                                     "pending_cases", "outstanding_cases", "casos pendientes", "casos_abiertos",
                                     "dossiers en attente", "dossiers_en_cours", "expedientes_pendientes", "case_backlog"])
    }

    /// Their flow twins read: cases opened, closed or new; survivors rescued or killed.
    /// (Decided: `survivors_registered_this_month` stays refused: `registered` after people
    /// may be a register's total at the month; `--flow` reads it.)
    @Test func flowTwinsOfCasesAndSurvivorsRead() {
        expectFlows(["new_cases", "cases_opened", "cases_closed", "cases_resolved", "torture_cases", "cases_in_camps",
                     "survivors_rescued", "torture_victims", "cases_current_month"])
    }

    /// item 4: `_per_round`, `_each_round`, `_by_round` after people (a caseload found at
    /// each round) were summed beside rounds (`displaced_households_per_round`: 7,000);
    /// refused now with or without a rounds column. After an event they were read as what
    /// happened in each round until measures9, which refuses them too (a per-round figure of
    /// the displaced is the caseload each round found: MeasureNames9IO); new ones read.
    @Test func aCaseloadForEachRoundIsRefusedUnlessDeclared() {
        for col in ["round", "as_of", nil] as [String?] {
            expectRefusedUnlessDeclared(["displaced_households_per_round", "displaced_households_each_round",
                                         "displaced_households_by_round", "idp_individuals_per_round", "returnee_households_every_round",
                                         "idps_per_round"], column: col)
        }
        expectRefusedUnlessDeclared(["households_displaced_per_round", "displaced_per_round", "displaced_each_round",
                                     "idp_individuals_displaced_per_round", "returnees_per_round"], column: "round")
        expectFlows(["newly_displaced_per_round", "households_newly_displaced_per_round", "new_idps_per_round"], column: "round")
    }

    /// review42 R6: an incident feed (an `incident`, `event_type` or `event_id` column) with a
    /// `reporting_date` was refused as a caseload table; its `displaced` per event reads.
    /// With rounds, or a date-as-of column and no event column, still refused.
    @Test func anIncidentFeedsDisplacedReadsBesideAReportingDate() throws {
        for event in ["incident", "event_type", "event_id", "sub_event_type", "event_date"] {
            let f = writeFile("date_start,country,adm_1,\(event),reporting_date,measure,best\n"
                + "2023-01-15,Syria,Idlib,A1,2023-01-20,displaced,3500\n2023-03-15,Syria,Idlib,A2,2023-03-18,displaced,3500\n")
            #expect((try? quarter(f)) == ["7,000"], "\(event)")
        }
        expectRefusedUnlessDeclared(["displaced"], column: "reporting_date")
        let rounds = writeFile("date_start,country,adm_1,event_type,round,measure,best\n"
            + "2023-01-15,Syria,Idlib,x,1,displaced,3500\n2023-03-15,Syria,Idlib,y,2,displaced,3500\n")
        #expect(errorOf { _ = try quarter(rounds) }?.exitCode == 65)
    }

    /// review43 R6: one rule across languages for the missing: the word alone is a flow
    /// (`desaparecidos`, `disparus` were refused while `missing`, `disappeared` read); whom
    /// before it or a word of force makes the list of the missing at a date, refused unless
    /// declared, as `missing_persons`, `forcibly_disappeared` are.
    @Test func theMissingAloneAreAFlowInEveryLanguage() {
        // `total_desaparecidos` read here as a flow until measures9: the missing in all
        // (`total_missing`, `people_missing_total`) are a register's list at a date, refused
        // unless declared (MeasureNames9IO).
        expectFlows(["desaparecidos", "desaparecidas", "disparus", "disparues", "missing", "disappeared", "المفقودين"])
        expectRefusedUnlessDeclared(["personas_desaparecidas", "personnes disparues", "niños_desaparecidos",
                                     "desaparecidos_forzosamente", "missing_persons", "forcibly_disappeared", "disappeared_persons"])
    }

    /// review43 S3 and item 3 in data: a row's text giving its people another fate, or naming
    /// people of another kind, is refused (read before: 7,000 and 10,000).
    @Test func aRowsTextOfAnotherFateOrKindIsRefused() {
        for (m, text) in [("refugees", "5 refugees drowned"), ("displaced", "5,000 people returned home"),
                          ("kidnapped", "5 kidnapped people were freed"), ("idps", "5,000 members"), ("refugees", "300 fighters")] {
            let e = errorOf { _ = try quarter(file(m, estimate: text), stocks: ["refugees", "idps"]) }
            #expect(e?.exitCode == 65, "\(m) \(text): \(e?.message ?? "read")")
        }
        #expect((try? quarter(file("kidnapped", estimate: "5 people were kidnapped and later freed"))) == ["10"])
    }
}
