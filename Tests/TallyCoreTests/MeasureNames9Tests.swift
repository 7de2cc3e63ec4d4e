import Testing
@testable import TallyCore

/// measures9 (review44 S5, silent): names of standing counts (a backlog, what is pending, open
/// or ongoing proceedings, a register's whole list of the missing, what is current or still
/// so in French and Spanish, a figure of the displaced for each round) read as flows and were
/// summed over periods (3,000 and 4,000 made 7,000 a quarter). Each now has a stock word, so a
/// run refuses it unless declared; its flow twins have none.
@Suite struct MeasureNames9 {
    func expectStanding(_ names: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for m in names {
            #expect(MeasureCatalog.stockWord(in: MeasureCatalog.canonicalName(m)) != nil, "\(m) read as a flow",
                    sourceLocation: sourceLocation)
        }
    }

    func expectFlows(_ names: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for m in names {
            let w = MeasureCatalog.stockWord(in: MeasureCatalog.canonicalName(m))
            #expect(w == nil, "\(m) read as a stock (\(w ?? ""))", sourceLocation: sourceLocation)
        }
    }

    /// The review's names (each was summed, 7,000): a backlog, a caseload written apart, cases
    /// in progress or under investigation, open investigations, what is pending.
    @Test func backlogsAndProceedingsGoingOnStand() {
        expectStanding(["backlog", "case_load", "Case Load", "cases_under_investigation", "cases_in_progress",
                        "open_investigations", "pending", "court_backlog", "asylum_backlog", "backlogs"])
        // Their variants: word orders, other proceedings, French and Spanish.
        expectStanding(["investigations_open", "investigations_ongoing", "ongoing_investigations", "pending_investigations",
                        "investigations_pending", "cases_under_review", "cases_being_processed", "cases_in_process",
                        "pending_applications", "applications_pending", "pending_claims", "claims_pending", "open_complaints",
                        "pending_appeals", "trials_in_progress", "investigations_in_progress", "people_under_investigation",
                        "unresolved_cases", "pending_deportations", "case_loads", "caseload_total"])
        expectStanding(["enquêtes_en_cours", "enquêtes_ouvertes", "procès_en_cours", "en_cours", "en_attente",
                        "dossiers en instance", "affaires_en_suspens", "plaintes_en_attente", "demandes_pendantes",
                        "investigaciones_abiertas", "investigaciones_en_curso", "pendientes", "solicitudes_pendientes",
                        "casos_en_proceso", "denuncias_en_trámite", "juicios_en_curso"])
    }

    /// The missing in all, and what is current or still so in French and Spanish.
    @Test func currentAndTotalCountsOfTheMissingAndHeldStand() {
        expectStanding(["desaparecidos_actuales", "people_missing_total", "missing_total", "total_missing",
                        "total_desaparecidos", "desaparecidos_total", "disparus_total", "total_disappeared",
                        "personas_desaparecidas_totales", "overall_missing"])
        expectStanding(["disparus_actuels", "personnes_disparues_actuelles", "detenidos_actuales", "détenus_actuellement",
                        "personas_detenidas_actualmente", "aún_desaparecidos", "siguen_desaparecidos", "toujours_disparus",
                        "personnes_toujours_disparues", "rehenes_restantes", "otages_restants", "المفقودين_حاليا"])
        // Already standing before; kept.
        expectStanding(["still_missing", "currently_detained", "detainees_held", "people_held", "current_detainees",
                        "people_still_missing", "missing_current"])
    }

    /// The flow twins read: cases and investigations opened, closed, new; the missing and
    /// detained alone (per event, decided in measures8 and kept); a total of events; what was
    /// done to a backlog; a current period in French and Spanish; deaths awaiting a check.
    @Test func flowTwinsStayFlows() {
        expectFlows(["new_cases", "cases_opened", "cases_closed", "cases_resolved", "cases_filed", "investigations_opened",
                     "investigations_closed", "investigations_launched", "new_investigations", "applications_lodged",
                     "asylum_applications", "new_applications", "claims_lodged", "complaints_received", "trials", "appeals",
                     "dossiers_clos", "casos_nuevos"])
        expectFlows(["people_missing", "people_reported_missing", "missing", "disappeared", "desaparecidos", "disparus",
                     "detained", "people_detained", "arrested", "detenidos"])
        expectFlows(["killed_total", "total_deaths", "total_killed", "total_injured", "total_arrested", "total_kidnapped",
                     "actual_deaths", "backlog_cleared", "cases_closed_from_backlog", "killed_current_month",
                     "cases_current_month", "tués_mois_en_cours", "muertos_año_en_curso", "tués_mois_actuel",
                     "killed_pending_verification", "deaths_pending_confirmation", "ongoing_clashes", "active_clashes",
                     "remaining_mines_cleared", "stillbirths"])
    }

    /// A figure of the displaced or returnees for each round is the caseload each round found,
    /// as `displaced_households_per_round` was (review43 item 4): both word orders, `by`,
    /// `each`, `per`, the round alone. New ones and the round's own period are flows.
    @Test func aFigureOfTheDisplacedForEachRoundStands() {
        expectStanding(["displaced_per_round", "displaced_by_round", "displaced_round", "round_displaced", "displaced_each_round",
                        "households_displaced_per_round", "idp_individuals_displaced_per_round", "returnees_per_round",
                        "returnees_by_round", "per_round_displaced", "desplazados_por_ronda", "displaced_households_per_round",
                        "idps_per_round"])
        expectFlows(["newly_displaced_per_round", "new_idps_per_round", "displaced_this_round", "displaced_since_last_round",
                     "returnees_during_round", "killed_per_round", "idp_arrivals_per_round", "displaced", "returnees"])
    }
}

/// measures9 (review44 N1, silent): under a stock (`members`, `fighters`, `strength`) a figure
/// whose clause names a fate with no measure word beside it (`300 fighters defected`, `5,000
/// members who joined`) read as the stock, exit 0 (`tally estimate` showed "surrendered" or
/// "recruited" in its measure column). Now refused, quoting the fate's word; a figure of
/// people the stock counts, with no fate, reads.
@Suite struct EstimateMeasureNames9 {
    @Test func aFigureOfPeopleWhoLeftOrJoinedIsNoSizeOfAGroup() {
        refuses("300 fighters defected", containing: "\"300 fighters defected\" counts defected (\"defected\"), not members",
                measure: "members")
        refuses("300 members defected", containing: "counts defected (\"defected\"), not fighters", measure: "fighters")
        refuses("300 combatants have defected", containing: "not members", measure: "members")
        refuses("300 militants defected to the army", containing: "(\"defected\"), not members", measure: "members")
        refuses("3,000 troops defected", containing: "not strength", measure: "strength")
        refuses("5,000 members who joined", containing: "counts recruited (\"joined\"), not members", measure: "members")
        refuses("300 fighters joined", containing: "counts recruited", measure: "members")
        refuses("300 fighters joined the group", containing: "counts recruited", measure: "fighters")
        refuses("5,000 members of the group joined the ceasefire", containing: "counts recruited", measure: "members")
        refuses("300 fighters were recruited", containing: "not members", measure: "members")
        refuses("300 fighters left the group", containing: "counts displaced (\"left\")", measure: "members")
    }

    /// Twins: a figure of people the stock counts, with no fate of theirs in its clause.
    @Test func aFigureOfTheGroupsPeopleReads() {
        reads("300 fighters", 300, 300, 300, measure: "members")
        reads("300 combatants", 300, 300, 300, measure: "members")
        reads("between 5,000 and 7,000 fighters", 5000, 6000, 7000, measure: "members")
        reads("5,000 members in besieged Ghouta", 5000, 5000, 5000, measure: "members")
        reads("5,000 members, 300 of whom were killed", 5000, 5000, 5000, measure: "members")
        reads("about 2,000 fighters, most of whom joined in 2014", 2000, 2000, 2000, approximate: true, measure: "fighters")
        reads("3,000 troops", 3000, 3000, 3000, measure: "strength")
        reads("5,000 fighters", 5000, 5000, 5000, measure: "killed")
    }
}

/// names9 (review45 S10, silent): standing counts the measures9 rule still read as flows and
/// summed over periods (3,000 and 4,000 made 7,000 a quarter): running totals and counts since
/// a date, what waits in Spanish and Arabic, waiting lists, queues and people on remand, and a
/// figure of the displaced for each wave, cycle or survey. Word tables, each now a stock word;
/// their flow twins have none.
@Suite struct MeasureNames10 {
    func expectStanding(_ names: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        MeasureNames9().expectStanding(names, sourceLocation: sourceLocation)
    }

    func expectFlows(_ names: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        MeasureNames9().expectFlows(names, sourceLocation: sourceLocation)
    }

    /// A running total or a count since a year, a start or a month (as the refused
    /// `cumulative_killed`, `killed_to_date`, `killed_ytd`), in four languages; since the last
    /// count, a year alone, a total of events are flows.
    @Test func runningTotalsAndCountsSinceADateStand() {
        expectStanding(["deaths_running_total", "running_total_deaths", "killed_running_total", "total_killed_since_2011",
                        "killed_since_2011", "deaths_since_start", "runningtotal_deaths", "deaths_running_tally",
                        "killed_since_the_start", "killed_since_beginning", "deaths_since_outbreak", "killed_since_january",
                        "killed_since_2011_total", "morts_depuis_le_début", "tués_depuis_2011", "muertos_desde_el_inicio",
                        "muertos_desde_2011", "قتلى_منذ_بداية_الحرب", "قتلى_منذ_2011", "deaths_since_war"])
        expectFlows(["killed_total", "total_deaths", "killed_2011", "deaths_2011", "killed_since_last_report",
                     "deaths_since_previous_update", "displaced_since_last_round", "killed_in_2011", "deaths_in_wave",
                     "killed_per_wave", "new_cases", "cases_closed", "sincere_thanks", "running_events"])
    }

    /// What waits: Spanish `en espera`, French `liste d'attente`, Arabic `قيد` (under, pending);
    /// waiting lists, queues, undertrials and people on remand; beside what is done to them in a
    /// period (`waitlist_cleared`) and deaths awaiting a check, flows.
    @Test func whatWaitsStands() {
        expectStanding(["casos_en_espera", "en_espera", "solicitudes_en_espera", "lista_de_espera", "personas_en_lista_de_espera",
                        "liste_d_attente", "dossiers_en_attente", "قيد_التحقيق", "قيد_الانتظار", "قضايا_قيد_النظر", "طلبات_قيد_الانتظار",
                        "القضايا_المعلقة", "waiting_list", "waitlist", "queue", "undertrials", "on_remand", "people_on_remand",
                        "remand_prisoners", "people_awaiting_trial", "asylum_seekers_awaiting_decision", "people_waiting",
                        "people_awaiting_resettlement", "waiting_list_total", "in_queue", "queued_applications"])
        expectFlows(["waitlist_cleared", "queue_cleared", "killed_awaiting_verification", "deaths_awaiting_confirmation",
                     "cases_closed", "new_cases", "esperanza_killed"])
    }

    /// review47 R2: deaths and injuries are events wherever the people were waiting,
    /// queuing or held (Gaza's aid-queue deaths are a common measure): flows. The people
    /// waiting, queuing or on remand themselves still stand, and a count of deaths since a
    /// date still runs up to the row's.
    @Test func deathsWhileWaitingAreEvents() {
        expectFlows(["killed_waiting_for_aid", "killed_while_waiting_for_aid", "killed_awaiting_aid", "killed_in_aid_queues",
                     "killed_in_bread_queues", "killed_at_aid_queue", "morts_file_d_attente", "deaths_on_remand",
                     "killed_remand_prisoners", "killed_queuing_for_aid", "muertos_esperando_ayuda", "tués_en_attendant_l_aide",
                     "injured_in_aid_queues", "muertos_en_espera_de_ayuda", "قتلى_بانتظار_المساعدات", "dead_waiting_for_food",
                     "wounded_waiting_for_aid", "heridos_en_espera_de_ayuda"])
        expectStanding(["people_waiting_for_aid", "remand_prisoners", "people_on_remand", "queue", "waiting_list",
                        "liste_d_attente", "killed_since_2011", "deaths_since_start", "قيد_الانتظار"])
        // review49 F15: the injured or dead waiting for what is done to them are a standing list.
        expectStanding(["injured_awaiting_evacuation", "wounded_awaiting_medical_evacuation", "injured_waiting_for_treatment",
                        "dead_awaiting_burial", "killed_awaiting_burial", "injured_queued_for_evacuation", "injured_awaiting_transfer",
                        "blessés_en_attente_d_évacuation", "heridos_en_espera_de_evacuacion", "جرحى_بانتظار_الإجلاء",
                        "dead_queued_for_burial", "injured_on_remand", "injured_waiting"])
    }

    /// A figure of the displaced or returnees for each wave, cycle, survey or round written
    /// short (`rnd`, `r1`), as `displaced_per_round`; killed per wave and the wave's own
    /// period are flows.
    @Test func aFigureOfTheDisplacedForEachWaveStands() {
        expectStanding(["displaced_per_wave", "displaced_per_cycle", "displaced_per_survey", "displaced_each_wave", "returnees_per_wave",
                        "displaced_rnd", "displaced_r1", "idps_r2", "displaced_by_wave", "wave_displaced", "desplazados_por_ola",
                        "déplacés_par_vague", "displaced_per_survey_round", "displaced_round_1", "returnees_by_cycle", "displaced_w3"])
        expectFlows(["newly_displaced_per_wave", "displaced_this_wave", "displaced_since_last_survey", "killed_per_wave",
                     "deaths_in_wave", "new_idps_per_cycle", "killed_r1"])
    }
}
