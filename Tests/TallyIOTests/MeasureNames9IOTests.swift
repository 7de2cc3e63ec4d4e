import Foundation
import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// measures9 (review44 S5, silent): data measure names of standing counts, 3,000 and 4,000 at
/// two dates of a quarter, were summed to 7,000; refused now unless declared (`--stock`: 4,000,
/// the latest; `--flow`: 7,000). Their flow twins read 7,000.
@Suite struct MeasureNames9IO {
    func file(_ measure: String, column: String? = nil) -> String {
        let col = column.map { ",\($0)" } ?? ""
        let v1 = column == nil ? "" : ",1", v2 = column == nil ? "" : ",2"
        return writeFile("date_start,country,adm_1\(col),measure,best\n2023-01-15,Syria,Idlib\(v1),\(measure),3000\n"
            + "2023-03-15,Syria,Idlib\(v2),\(measure),4000\n")
    }

    var probe: MeasureNameProbe { MeasureNameProbe(file: { file($0, column: $1) }, latest: "4,000") }
    func quarter(_ f: String, stocks: [String] = [], flows: [String] = []) throws -> [String] { try probe.quarter(f, stocks: stocks, flows: flows) }
    func expectRefusedUnlessDeclared(_ names: [String], column: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        probe.expectRefusedUnlessDeclared(names, column: column, sourceLocation: sourceLocation)
    }
    func expectFlows(_ names: [String], column: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        probe.expectFlows(names, column: column, sourceLocation: sourceLocation)
    }

    /// The review's eight names, each read 7,000 before.
    @Test func theReviewsNamesAreRefusedUnlessDeclared() {
        expectRefusedUnlessDeclared(["backlog", "case_load", "cases_under_investigation", "cases_in_progress",
                                     "open_investigations", "pending", "desaparecidos_actuales", "people_missing_total"])
    }

    /// Their variants in English, French and Spanish, each read 7,000 before.
    @Test func theirVariantsAreRefusedUnlessDeclared() {
        expectRefusedUnlessDeclared(["court_backlog", "investigations_ongoing", "pending_investigations", "cases_under_review",
                                     "pending_applications", "total_missing", "missing_total", "total_desaparecidos",
                                     "disparus_actuels", "detenidos_actuales", "personas_detenidas_actualmente",
                                     "siguen_desaparecidos", "toujours_disparus", "enquêtes_en_cours", "investigaciones_abiertas",
                                     "en_attente", "pendientes"])
    }

    /// names9 (review45 S10): the review's names, each read 7,000 before (a running total, a
    /// count since a date, what waits in Spanish and Arabic, waiting lists and queues, the
    /// displaced for each wave); their twins read 7,000.
    @Test func namesOfReview45AreRefusedUnlessDeclared() {
        expectRefusedUnlessDeclared(["deaths_running_total", "running_total_deaths", "killed_running_total", "total_killed_since_2011",
                                     "killed_since_2011", "deaths_since_start", "casos_en_espera", "en_espera", "solicitudes_en_espera",
                                     "قيد_التحقيق", "قيد_الانتظار", "waiting_list", "waitlist", "queue", "undertrials", "on_remand",
                                     "displaced_per_wave", "displaced_per_cycle", "displaced_per_survey", "displaced_each_wave",
                                     "returnees_per_wave", "displaced_rnd", "displaced_r1"])
        expectFlows(["killed_2011", "deaths_in_wave", "killed_since_last_report", "killed_per_wave", "displaced_this_wave"])
    }

    /// The flow twins read as before: 7,000.
    @Test func flowTwinsRead() {
        expectFlows(["new_cases", "cases_opened", "cases_closed", "investigations_opened", "people_missing", "detained",
                     "people_detained", "desaparecidos", "killed_total", "total_deaths", "backlog_cleared",
                     "tués_mois_en_cours", "killed_pending_verification", "applications_lodged"])
    }

    /// A figure of the displaced for each round, with a column of rounds and without one (each
    /// read 7,000 before, beside rounds or without them: `displaced_per_round`,
    /// `displaced_each_round`, `returnees_per_round`, `households_displaced_per_round`); new
    /// ones and the round's own period read.
    @Test func aFigureOfTheDisplacedForEachRoundIsRefusedUnlessDeclared() {
        for col in ["round", nil] as [String?] {
            expectRefusedUnlessDeclared(["displaced_per_round", "displaced_by_round", "displaced_round", "round_displaced",
                                         "displaced_each_round", "returnees_per_round", "households_displaced_per_round"],
                                        column: col)
            expectFlows(["newly_displaced_per_round", "new_idps_per_round", "displaced_this_round", "displaced_since_last_round"],
                        column: col)
        }
    }

    /// review44 N1 in data: a row of members whose text names its people's fate
    /// (`"300 fighters defected"`) added 300 members, exit 0; refused now naming the row.
    /// A row of members reading "300 fighters" is read (the group's people).
    @Test func aRowOfMembersThatCountsDefectorsIsRefused() throws {
        let f = writeFile("date_start,country,adm_1,measure,estimate\n2023-01-15,Syria,Idlib,members,\"300 fighters defected\"\n")
        let e = errorOf { _ = try quarter(f) }
        #expect(e?.exitCode == 65, "\(e?.message ?? "read")")
        #expect(e?.message.contains("counts defected (\"defected\"), not members") == true, "\(e?.message ?? "read")")
        let ok = writeFile("date_start,country,adm_1,measure,estimate\n2023-01-15,Syria,Idlib,members,\"300 fighters\"\n")
        #expect(try quarter(ok) == ["300"])
    }
}
