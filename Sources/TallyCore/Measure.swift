/// Whether a measure's figures add up over time (SPEC §2).
///
/// Deaths in March and deaths in April add up; a group's 5,000 members in March and
/// 5,000 in April are the same people. Adding stocks like flows would double-count, so
/// every measure is classified before it is aggregated.
public enum MeasureKind: String, Sendable {
    /// Counted per event and summed: `killed`, `injured`, `displaced`, …
    case flow
    /// A standing size observed at a date: `members`, `fighters`, …
    case stock
}

/// Decides each measure's kind: the built-in stocks plus any the user declares.
public struct MeasureCatalog: Sendable, Equatable {
    public static let builtInFlows: [String] = ["killed", "injured", "wounded", "kidnapped", "displaced", "events"]
    public static let builtInStocks: Set<String> = ["members", "fighters", "supporters", "strength"]

    public private(set) var stocks: Set<String>
    /// Names declared flows with `--flow` (or a report spec's `flows:`): counted per
    /// event and summed, even where the name reads as a stock (`members_recruited` needs
    /// no declaring, `militants` counted per attack does; review36 S7a).
    public private(set) var flows: Set<String>

    /// - Parameter extraStocks: names declared with `--stock`; unknown measures are
    ///   otherwise flows.
    /// - Parameter extraFlows: names declared with `--flow`; a built-in stock declared
    ///   so is a flow.
    public init(extraStocks: [String] = [], extraFlows: [String] = []) {
        flows = Set(extraFlows.map(MeasureCatalog.canonicalName))
        stocks = MeasureCatalog.builtInStocks.union(extraStocks.map(MeasureCatalog.canonicalName)).subtracting(flows)
    }

    /// Words that name a standing size (a stock): of a group (`members`, `fighters`), of
    /// people living somewhere or held (`population`, `residents`, `idps`, `refugees`,
    /// `detainees`, `hostages`, `besieged`, people in `need`). A measure whose name holds
    /// one and no flow word (``flowWords``) and that is neither a stock tally knows nor
    /// declared is refused, since read as written it would be summed over time
    /// (`is_members` at 3,500 in January and March made 7,000 a quarter; review36 S7a;
    /// `population` and `refugees` likewise, measures3). Where the word names people who
    /// are sometimes counted per event too (`refugees`, `hostages`, `detainees`), a name
    /// with it alone is ambiguous, and refused for the same reason: declared, it reads.
    public static let stockWords: Set<String> = [
        "members", "member", "membership", "memberships", "fighters", "fighter", "combatants", "combatant",
        "troops", "troop", "personnel", "strength", "supporters", "supporter", "militants", "militant",
        "size", "cadres", "cadre", "soldiers", "effectives", "manpower", "headcount", "followers",
        "miembros", "combatientes", "efectivos", "membres", "combattants", "effectifs", "mitglieder", "kämpfer",
        // People living somewhere, or displaced, or held, at a date.
        "population", "populations", "pop", "inhabitants", "residents", "idps", "idp", "refugees", "refugee",
        "asylum", "stateless", "detainees", "detainee", "prisoners", "prisoner", "hostages", "hostage", "besieged",
        "need", "internally", "caseload",
        "población", "poblacion", "habitantes", "residentes", "refugiados", "internos", "internas", "rehenes",
        "réfugiés", "refugies", "internes", "détenus", "prisonniers", "otages", "assiégés",
        "bevölkerung", "einwohner", "geflüchtete", "flüchtlinge", "binnenvertriebene", "häftlinge", "gefangene", "geiseln",
        "السكان", "سكان", "لاجئين", "اللاجئين", "داخليا", "داخلياً", "المعتقلين", "معتقلين", "الرهائن", "رهائن",
        // A garrison, people on a roll or reached by aid at a date (measures4): summed, a
        // garrison of 800 in two months made 1,600; people reached, a running count, likewise.
        "garrison", "garrisons", "stationed", "enrolled", "enrollment", "enrolment", "staff", "employees", "workforce",
        "reached", "beneficiaries", "garnison", "guarnición", "guarnicion", "الحامية",
        // People held, deployed or orphaned at a date (review41 S8): `pows`, `inmates`,
        // `peacekeepers`, `deployed_forces` were summed, 7,000 for a standing 3,500.
        "pows", "pow", "inmates", "inmate", "internees", "internee", "peacekeepers", "peacekeeper", "forces", "contingent",
        "contingents", "mercenaries", "orphans",
        // Standing populations (measures6, stop 38's list): survivors of mines or of a war and
        // amputees, counted at a date by victim assistance, were summed (7,000 for 3,500).
        "survivors", "survivor", "amputees", "amputee", "survivants", "survivantes", "sobrevivientes", "supervivientes",
        "amputés", "amputées", "amputados", "amputadas",
        // Singulars and genders of French and Spanish words above, and Arabic twins, that were
        // summed where their plurals were refused (review42 S6: `membre`, `miembro`,
        // `combattant` read 7,000 for a standing 3,500; `soldats`, `elementos`, `عناصر` too).
        "membre", "miembro", "miembra", "miembras", "combattant", "combattante", "combattantes", "combatiente",
        "militante", "militantes", "effectif", "efectivo", "soldier", "soldat", "soldats", "soldado", "soldados",
        "tropas", "troupes", "fuerzas", "elementos", "عناصر", "العناصر", "مقاتلين", "المقاتلين", "مقاتلون", "المقاتلون",
        "أعضاء", "الأعضاء", "جنود", "الجنود",
    ]

    /// Words that say a figure stands at a date or runs up to it, whatever it counts
    /// (measures4): `cumulative_deaths`, `killed_to_date`, `still_missing`,
    /// `remaining_hostages`, `currently_detained`, `migrant_stock`. Summed over periods, a
    /// running total of 1,200 in January and 1,500 in March made 2,700. They make a name a
    /// stock even beside a flow word (`deaths`, `missing`, `detained`).
    static let standingWords: Set<String> = [
        "cumulative", "cumulated", "cumul", "cumulé", "cumulés", "cumulée", "cumulées", "acumulado", "acumulados",
        "acumulada", "acumuladas", "kumuliert", "kumulierte", "todate", "sofar", "ytd", "still", "currently", "current",
        "remaining", "remain", "stock", "stocks", "caseload", "caseloads", "outstanding", "تراكمي", "التراكمي", "تراكمية",
        // Standing counts of what waits or goes on (measures9, review44 S5: `backlog`, `pending`,
        // `desaparecidos_actuales`, `detenidos_actuales` were summed, 7,000 for a standing
        // 3,000 and 4,000): a backlog, what is pending, what is current or still so in French,
        // Spanish and Arabic. Not Spanish `actual` (English `actual_deaths` counts deaths),
        // nor `encore` (also "again").
        "backlog", "backlogs", "backlogged", "pending", "pendientes", "pendiente", "pendants", "pendantes", "unresolved",
        "actuales", "actuels", "actuelles", "actuel", "actuelle", "actualmente", "actuellement", "toujours", "todavía",
        "todavia", "aún", "siguen", "sigue", "permanecen", "continúan", "continuan", "restants", "restantes", "حاليا", "حالياً",
        "الحاليين",
        // names9 (review45 S10: each was summed, 7,000 for a standing 3,000 and 4,000): a
        // wait or a queue in English, French, Spanish and Arabic (`waitlist`, `queue`,
        // `casos_en_espera`, `liste_d_attente`, `قيد_الانتظار`, `قيد_التحقيق`: `قيد` is
        // "under", as in under investigation or awaiting), people held before their trial
        // (`undertrials`, `on_remand`), and a count since a date (`killed_since_2011`,
        // `deaths_since_start`: ``standsHere(_:_:)`` wants a year, a start or a month after it).
        "waiting", "awaiting", "waitlist", "waitlists", "waitlisted", "queue", "queues", "queued", "espera", "attente",
        "undertrials", "undertrial", "remand", "remandees", "قيد", "انتظار", "الانتظار", "بانتظار", "معلقة", "المعلقة",
        "since", "depuis", "desde", "منذ",
    ]

    /// ``standingWords`` read whole only, never as the end of a word run together (names9).
    static let wholeOnly: Set<String> = ["since", "depuis", "desde", "منذ", "espera", "attente", "remand", "waiting", "awaiting", "queue",
                                         "queues", "queued", "undertrial"]

    /// Words after `since` (`depuis`, `desde`, `منذ`) that make a figure run from a date up
    /// to the row's (names9): a start (`since_start`, `depuis_le_début`, `desde_el_inicio`,
    /// `منذ_بداية_الحرب`) or a month; a year is any four digits (`since_2011`). Not `last`
    /// or `previous` (`displaced_since_last_round`: the period since the last count, a flow).
    static let sinceStarts: Set<String> = [
        "start", "beginning", "outbreak", "onset", "inception", "war", "conflict", "records", "début", "debut", "commencement",
        "inicio", "comienzo", "principio", "بداية", "بدء", "اندلاع", "مطلع",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janvier", "février", "mars", "avril",
        "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "enero", "febrero", "marzo", "abril",
        "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ]

    /// Words of a period (`mes`, `mois`, `month`), before which `current` and its French and
    /// Spanish twins say which period a flow was counted in (`killed_current_month`,
    /// `tués_mois_actuel`, `muertos_año_en_curso`): not a figure standing at a date.
    static let periodNouns: Set<String> = [
        "day", "days", "week", "weeks", "month", "months", "quarter", "quarters", "year", "years", "period", "periods",
        "season", "round", "mois", "semaine", "semaines", "année", "annee", "an", "trimestre", "période", "periode", "mes",
        "año", "ano", "semana", "periodo", "jour", "día", "dia",
    ]

    /// Words of what is done to cases in a period (measures9): beside them a backlog or what
    /// is pending says which cases (`backlog_cleared`, `cases_closed_from_backlog`,
    /// `pending_cases_resolved`), a count per period, a flow.
    static let caseOutcomeWords: Set<String> = [
        "cleared", "closed", "resolved", "processed", "decided", "disposed", "completed", "adjudicated", "finalized",
        "finalised", "concluded", "dismissed", "opened", "filed", "received", "lodged", "registered", "added", "reduced",
        "clos", "clôturés", "clotures", "classés", "résolus", "traités", "cerrados", "resueltos", "tramitados", "archivados",
    ]

    /// Words of waiting, a queue or remand: beside a word of killed or injured, perhaps
    /// where the people were when it happened (``diedWhileWaiting(_:)``).
    static let waitWords: Set<String> = [
        "waiting", "awaiting", "waitlist", "waitlists", "waitlisted", "queue", "queues", "queued", "espera", "attente",
        "undertrials", "undertrial", "remand", "remandees", "انتظار", "الانتظار", "بانتظار",
    ]
    /// A queue (`killed_in_aid_queues`, `morts_file_d_attente`): where people were when an
    /// event befell them, killed or injured.
    static let queueWords: Set<String> = ["queue", "queues", "queued", "queuing", "queueing", "file"]
    /// What people queue or wait for at a distribution (`killed_waiting_for_aid`,
    /// `muertos_en_espera_de_ayuda`, `قتلى_بانتظار_المساعدات`), not a process done to the
    /// people counted (`injured_awaiting_evacuation`, `dead_awaiting_burial`: a standing list).
    static let distributedThings: Set<String> = [
        "aid", "food", "bread", "flour", "water", "rations", "distribution", "distributions", "assistance", "trucks", "convoy",
        "convoys", "handouts", "ayuda", "alimentos", "comida", "pan", "harina", "agua", "aide", "nourriture", "pain", "farine",
        "eau", "مساعدات", "المساعدات", "طحين", "الطحين", "خبز", "الخبز", "غذاء", "الغذاء", "ماء",
    ]

    /// Whether a name's wait, queue or remand says where the dead (or, in a queue, the
    /// injured) were when it happened, so the figure counts events (review47 R2:
    /// `killed_waiting_for_aid`, `killed_in_aid_queues`, `morts_file_d_attente`,
    /// `deaths_on_remand`), not people standing in a list at a date (review49 F15:
    /// `injured_awaiting_evacuation`, `dead_awaiting_burial`, `injured_waiting_for_treatment`
    /// stand). Death in a queue, on remand, or waiting for what is handed out; injury in a queue.
    static func diedWhileWaiting(_ w: [String]) -> Bool {
        let death = w.contains { MeasureFamilies.family(of: $0) == 0 }
        let injury = w.contains { MeasureFamilies.family(of: $0) == 1 }
        guard death || injury, !w.contains(where: processWords.contains) else { return false }
        let queued = w.contains(where: queueWords.contains) && (!w.contains("file") || w.contains("attente"))
        if death && (queued || w.contains(where: { ["remand", "remandees", "undertrial", "undertrials"].contains($0) })) { return true }
        return w.contains(where: distributedThings.contains)
    }

    /// What is done to the people a name counts, which they wait or queue for: the list
    /// of them stands at a date (review49 F15).
    static let processWords: Set<String> = [
        "burial", "buried", "evacuation", "evacuations", "medevac", "treatment", "surgery", "transfer", "transport",
        "identification", "release", "trial", "repatriation", "evacuación", "evacuacion", "entierro", "tratamiento", "traslado",
        "évacuation", "inhumation", "enterrement", "soins", "transfert", "الإجلاء", "اجلاء", "إجلاء", "الدفن", "دفن", "العلاج",
        "علاج", "نقل",
    ]

    /// Words after `pending` that say what the figure's events wait for (`killed_pending_verification`,
    /// deaths reported and not yet verified: per event, beside a word of the families).
    static let awaitedChecks: Set<String> = ["verification", "confirmation", "identification", "verificación", "vérification"]

    /// Whether the `i`th word of a name says it stands at a date (``standingWords``), where
    /// it says so of people (review40 R1: each was refused as a running total): `stock` only
    /// as what the name counts, its last word but fillers (`migrant_stock`, not
    /// `stocks_looted` or `stock_outs`); `still` not before a birth (`still_births`);
    /// `current` not before a period (`killed_current_month`).
    static func standsHere(_ w: [String], _ i: Int) -> Bool {
        guard standingWords.contains(w[i]) else { return false }
        // review47 R2: deaths and injuries are events wherever the people were waiting,
        // queuing or held (`killed_waiting_for_aid`, `killed_in_aid_queues`,
        // `morts_file_d_attente`, `deaths_on_remand`): beside a word of killed or injured,
        // a wait, a queue or remand says where it happened, not that the figure stands.
        if waitWords.contains(w[i]), diedWhileWaiting(w) { return false }
        let next = i + 1 < w.count ? w[i + 1] : ""
        switch w[i] {
        case "stock", "stocks": return w[(i + 1)...].allSatisfy { MeasureFamilies.fillers.contains($0) || $0.allSatisfy(\.isNumber) }
        case "still": return !["birth", "births", "born", "borns"].contains(next)
        case "current": return !["day", "days", "week", "weeks", "month", "months", "quarter", "quarters", "year", "years", "period",
                                 "periods", "season", "round"].contains(next)
        // `tués_mois_actuel`, `tués_actuel_mois`: the month counted over, a flow.
        case "actuel", "actuelle", "actuels", "actuelles", "actuales":
            return !(i > 0 && periodNouns.contains(w[i - 1])) && !periodNouns.contains(next)
        // `killed_pending_verification`: deaths per event awaiting a check, a word of the
        // families beside; `pending_cases`, `pending_applications`, `backlog_pending` stand.
        // names9: `killed_awaiting_verification` as `killed_pending_verification`.
        case "pending", "pendientes", "pendiente", "pendants", "pendantes", "waiting", "awaiting", "espera", "attente", "انتظار",
             "الانتظار", "بانتظار", "معلقة", "المعلقة":
            if w.contains(where: caseOutcomeWords.contains) { return false }
            return !(awaitedChecks.contains(next) && w.contains { MeasureFamilies.family(of: $0) != nil })
        // `backlog_cleared`, `cases_closed_from_backlog`: what was done to the backlog in a period.
        case "backlog", "backlogs", "backlogged", "unresolved", "waitlist", "waitlists", "waitlisted", "queue", "queues", "queued":
            return !w.contains(where: caseOutcomeWords.contains)
        // names9: a count since a year, a start or a month runs up to the row's date
        // (`killed_since_2011`, `deaths_since_start`, `muertos_desde_el_inicio`); since the
        // last count is the period's (`displaced_since_last_round`, a flow).
        case "since", "depuis", "desde", "منذ":
            var k = i + 1
            while k < w.count, ["the", "le", "la", "l", "el", "its", "their"].contains(w[k]) { k += 1 }
            guard k < w.count else { return false }
            let x = w[k]
            if x.count == 4, x.allSatisfy(\.isNumber), let y = Int(x), (1900 ... 2100).contains(y) { return true }
            return sinceStarts.contains(x)
        // `remaining_mines_cleared` (review40 R1's leftover): `remaining` says which mines,
        // the name counts what was done to them, its head word an event after a word of its
        // own; `remaining_hostages`, `hostages_remaining`, `remaining_people_missing` stand.
        case "remaining", "remain", "restants", "restantes":
            guard let h = head(of: w), h > i + 1, flowWords.contains(w[h]) else { return true }
            return w[(i + 1) ..< h].allSatisfy { MeasureFamilies.fillers.contains($0) || $0.allSatisfy(\.isNumber) }
        default: return true
        }
    }

    /// The index of the word that names what a name counts: its last but fillers
    /// (`total`, `persons`, `number`) and digits.
    static func head(of w: [String]) -> Int? {
        w.lastIndex(where: { !MeasureFamilies.fillers.contains($0) && !$0.allSatisfy(\.isNumber) })
    }

    /// The units a displacement tracker counts a caseload in (IOM DTM's mobility tracking:
    /// `IDP Households`, `Returnee Individuals`, `numPresentIdpInd`; review40 S2):
    /// `displaced_households`, `displaced_individuals`, `displaced_families`,
    /// `Displaced HH` name the people displaced at a date, where `households_displaced`
    /// says they were displaced, a count per event.
    static let caseloadUnits: Set<String> = [
        "households", "household", "hh", "hhs", "individuals", "individual", "ind", "inds", "indiv", "families", "family",
        "ménages", "menages", "hogares", "familias", "familles", "أسر", "الأسر", "عائلات", "أفراد",
    ]

    /// Whom a displacement tracker counts present at each round (review40 S2): the
    /// displaced (the displacement family's words: `displaced`, `idps`, `desplazados`,
    /// `النازحين`) and returnees (`Returnee Individuals`, DTM's `returneeIndividuals`).
    /// Not `displacements` (IDMC's new displacements, events).
    static let caseloadSubjects: Set<String> = {
        var s: Set<String> = ["idp", "idps", "returnee", "returnees", "retornados", "retornadas", "retournés", "retournes",
                              "rapatriés", "العائدين", "العائدون", "desplazadas", "déplacées", "deplaces", "deplacees", "pdi",
                              "pdis"]
        for w in MeasureFamilies.families.first(where: { $0.contains("displaced") }) ?? [] {
            s.formUnion(MeasureCatalog.words(of: w))
        }
        return s
    }()

    /// Words that say over what time a figure was counted (`displaced_this_week`,
    /// `idps_since_last_round`, `returnees_monthly`): a count of what happened in it, a flow.
    static let periodWords: Set<String> = [
        "day", "days", "daily", "week", "weeks", "weekly", "month", "months", "monthly", "year", "years", "yearly", "annual",
        "since", "between", "during", "per", "semaine", "mes", "mois",
        // review41 R2: `idp_individuals_displaced_in_period`, `displaced_this_quarter`.
        "period", "periods", "quarter", "quarterly", "fortnight", "fortnightly", "biweekly",
    ]

    /// Event words that, before a name's head word for people (a stock word or a unit),
    /// say in what state those people are (review40 S2, S3): `deployed_troops`,
    /// `detained_population`, `displaced_households`, as `displaced_population` does, where
    /// `population_detained` and `households_displaced` count events (`troops_deployed`, a
    /// strength, is read by ``deployedStrength(_:)``).
    static let stateParticiples: Set<String> = [
        "deployed", "detained", "stationed", "held", "imprisoned", "jailed", "interned", "besieged", "trapped", "stranded",
        "hosted", "sheltered", "encamped", "registered", "present",
    ]

    /// Words that say people are somewhere or in some state at a date, whatever they are
    /// called (review40 S3): `stranded_migrants`, `people_sheltering`, `refugees_hosted`,
    /// `active_fighters`, `people_present`. As stock words they give way to a flow word
    /// (`stranded_migrants_rescued`); unlike them they are read only as whole words.
    static let stateWords: Set<String> = [
        "stranded", "sheltering", "sheltered", "hosted", "hosting", "present", "residing", "living", "housed", "accommodated",
        "encamped", "trapped", "active", "unaccounted", "awaiting", "varados", "bloqués", "bloques", "hébergés", "heberges",
        "acogidos", "العالقين",
        // Without a home, or held (review41 S8); `people_left_homeless` is a flow (``madeWords``).
        "homeless", "shelterless", "unsheltered", "roofless", "incarcerated",
    ]

    /// Events that are no people (review41 R1): `births_in_camps`, `fires_in_camps`,
    /// `active_clashes` count what happened in a place or a state, per event, as
    /// `killed_in_camps` does. They are flow words of their own here: a name with one is
    /// no stock by ``stateWords``, ``placesOfStay`` or a stock word (`births_in_idp_camps`).
    static let eventNouns: Set<String> = [
        "births", "fires", "clashes", "protests", "demonstrations", "riots", "explosions", "outbreaks", "strikes", "airstrikes",
        "raids", "battles", "shootings", "bombings", "shelling", "shellings", "skirmishes", "firefights", "violations",
        "assaults", "rapes", "thefts", "robberies", "lootings", "floods", "crimes", "suicides", "naissances", "incendies",
        "affrontements", "manifestations", "nacimientos", "incendios", "enfrentamientos", "protestas",
        // review42 R2: `torture_in_detention`, `cholera_cases_in_camps` count what happened there.
        "torture", "cases",
    ]

    /// People named by an event they take part in (review41 R1): `protesters_present`,
    /// `demonstrators_present` count who came to each protest, not a standing size; they
    /// give way over a state or a place, not over a stock word.
    static let eventPeople: Set<String> = ["protesters", "demonstrators", "rioters", "attendees", "participants", "marchers"]

    /// Words that may come before an event noun heading a name (review42 S2): `total_births_in_camps`,
    /// `number_of_clashes_in_camps`, `new_fires_in_camps`, `active_clashes`. Any other word
    /// before it (`people_in_camps_after_fires`, `families_in_tents_after_fires`) makes the
    /// event a qualifier of what is counted, which does not give way.
    static let eventModifiers: Set<String> = MeasureFamilies.fillers.subtracting(["people", "persons", "person", "personas",
        "personnes", "pessoas"]).union(["new", "active", "recorded", "documented", "confirmed", "major", "armed", "violent",
        "deadly", "fatal", "ongoing", "nouveaux", "nouvelles", "nuevos", "nuevas"])

    /// Whether an event noun is what a name counts (review41 R1, review42 S2): one heading
    /// it, after only ``eventModifiers`` and digits (`births_in_camps`, `active_clashes`), or
    /// one just after `present at` (`people_present_at_protests`: who came to each; not
    /// `people_sheltering_at_protests`). An event after
    /// people, in what qualifies them (`people_in_areas_of_active_clashes`,
    /// `people_sheltering_after_bombings`), leaves them standing where they are.
    ///
    /// Words before a heading event other than ``eventModifiers`` (mend42b's leftovers:
    /// `large_fires_in_camps`, `tent_fires_in_camps`, `cholera_cases_in_camps`) say what
    /// kind of event it is, unless one names people (a stock word, a unit, whom a tracker
    /// counts, people named by an event, ``peopleNouns``), a state (``stateWords`` but
    /// `active`) or starts a qualifier (``qualifierWords``: `in`, `after`, `near`...): then
    /// the event is in what qualifies them (`girls_in_camps_after_fires`). Cases are
    /// standing when open (`active_cases`, `open_cases`, `pending_cases`: no event).
    static func countsAnEvent(_ w: [String]) -> Bool {
        for (i, x) in w.enumerated() where eventNouns.contains(x) {
            if i > 1 && w[i - 1] == "at" && w[i - 2] == "present" { return true }
            // Cases open at a date in either word order (review43 S4: `cases_pending`,
            // `cases_active` were summed where `pending_cases` was refused).
            if x == "cases", w.contains(where: openCaseWords.contains) { return false }
            // An event just before people names what they went through (review43 S4:
            // `torture_survivors`, `gbv_survivors` summed where `survivors_of_torture` was
            // refused): the people are counted, a standing population; the event heads nothing.
            if i + 1 < w.count, namesPeople(w[i + 1]) { continue }
            return w[..<i].allSatisfy { eventModifiers.contains($0) || $0.allSatisfy(\.isNumber) || !namesPeopleOrAQualifier($0) }
        }
        return false
    }

    /// Words that make cases a standing count (review42 R2's twin): `active_cases`; a backlog
    /// (review43 S4: `backlog_cases`), and the French and Spanish words (`casos pendientes`,
    /// `dossiers en attente`, `casos abiertos`).
    static let openCaseWords: Set<String> = [
        "active", "open", "pending", "ongoing", "unresolved", "current", "outstanding", "backlog", "backlogs", "backlogged",
        "undecided", "unprocessed", "pendientes", "pendiente", "abiertos", "abiertas", "activos", "activas", "rezago",
        "rezagados", "attente", "suspens", "pendants", "pendantes", "ouverts", "ouvertes", "actifs", "actives",
        "المعلقة", "العالقة",
    ]

    /// Words for cases (of courts, registers, protection): with an open-case word anywhere
    /// in a name and no flow word, the cases open at a date (``openCaseload(_:)``).
    static let caseWords: Set<String> = [
        "cases", "case", "casos", "caso", "expedientes", "causas", "dossiers", "dossier", "cas", "affaires", "القضايا", "قضايا",
        // Other proceedings opened and closed (measures9, review44 S5: `open_investigations`,
        // `investigations_ongoing`, `pending_applications` were summed where `open_cases` was
        // refused): investigations, inquiries, trials, claims and applications, requests.
        "investigations", "investigation", "inquiries", "inquiry", "enquiries", "probes", "proceedings", "prosecutions",
        "trials", "applications", "application", "claims", "complaints", "petitions", "appeals", "requests", "files",
        "enquêtes", "enquetes", "procédures", "procedures", "demandes", "plaintes", "procès", "investigaciones",
        "procedimientos", "solicitudes", "denuncias", "juicios", "التحقيقات", "تحقيقات",
    ]

    /// The words of a name that counts cases open at a date (review43 S4), or nil: a case word
    /// and an open-case word in either order (`pending_cases`, `cases_pending`,
    /// `backlog_cases`, `outstanding_cases`, `casos pendientes`, `dossiers en attente`,
    /// `dossiers en cours`), no flow word. `new_cases`, `cases_opened`, `cases_closed`
    /// name no open-case word and are flows.
    static func openCaseload(_ w: [String]) -> String? {
        // A proceeding that is a flow word itself (`applications`, `claims`) gives way: `pending_applications`.
        guard let c = w.firstIndex(where: caseWords.contains),
              !w.contains(where: { flowWords.contains($0) && !caseWords.contains($0) || caseOutcomeWords.contains($0) })
        else { return nil }
        // The words as the name writes them, from the first of the two to the last.
        func span(_ a: Int, _ b: Int) -> String { w[min(a, b) ... max(a, b)].joined(separator: " ") }
        let periods = ["day", "week", "month", "quarter", "year", "period", "round"]
        if let o = w.indices.first(where: { openCaseWords.contains(w[$0]) && !(w[$0] == "current" && $0 + 1 < w.count
                                                                               && periods.contains(w[$0 + 1])) }) {
            return span(o, c)
        }
        for (i, (a, b)) in zip(w, w.dropFirst()).enumerated() where a == "en" && ["cours", "instance", "trámite", "tramite", "curso"].contains(b) {
            return span(c, i + 1)
        }
        return nil
    }

    /// Whether a word names people (a stock word but those of ``notStockWords``, whom a
    /// tracker counts, a unit, ``peopleNouns``, people named by an event).
    static func namesPeople(_ x: String) -> Bool {
        (stockWords.contains(x) && !notStockWords.contains(x)) || peopleNouns.contains(x) || caseloadUnits.contains(x)
            || caseloadSubjects.contains(x) || eventPeople.contains(x)
            || ["girls", "boys", "youth", "minors", "students", "pupils", "workers", "orphans", "widows"].contains(x)
    }

    /// Words that start what qualifies people or an event (``countsAnEvent(_:)``).
    static let qualifierWords: Set<String> = [
        "in", "at", "near", "after", "by", "from", "during", "following", "since", "without", "lacking", "out", "with", "among",
        "inside", "around", "across", "within", "into", "on", "to", "for", "under", "affected", "hit", "before", "amid", "over",
        "behind", "en", "dans", "après", "tras", "después", "durante", "pendant",
    ]

    /// Whether a word before an event noun names people or a state, or starts a qualifier.
    static func namesPeopleOrAQualifier(_ x: String) -> Bool {
        qualifierWords.contains(x) || peopleNouns.contains(x) || stockWords.contains(x) || caseloadUnits.contains(x)
            || caseloadSubjects.contains(x) || eventPeople.contains(x) || (stateWords.contains(x) && x != "active")
            || ["people", "persons", "person", "personas", "personnes", "pessoas", "girls", "boys", "youth", "minors", "families",
                "households", "survivors", "victims", "detainees", "prisoners", "students", "pupils", "workers"].contains(x)
            || missingWords.contains(x) || flowWords.contains(x) || neutralWords.contains(x)
    }

    /// Places where people are held or hide (review42 S2): people named by an event in one
    /// (`protesters_in_prison`, as `protesters_in_detention`) are a standing size.
    static let placesOfHolding: Set<String> = [
        "prison", "prisons", "jail", "jails", "detention", "custody", "captivity", "hiding",
    ]

    /// Words that, just before a state word, say people were put in it by an event:
    /// `people_left_homeless`, `made_homeless` count per event (review41 S8's twins).
    static let madeWords: Set<String> = ["left", "made", "rendered", "became", "become", "newly"]
    /// Words that, just before `out of`, `without` or `lacking`, say people were put there by
    /// an event (review42 R2): `children_dropped_out_of_school`, `children_forced_out_of_school`.
    static let leavingWords: Set<String> = ["dropped", "dropping", "forced", "pushed", "driven", "kicked", "expelled", "thrown"]
    /// Words that, just before `in`, say people were put there by an event (review42 R2):
    /// `people_placed_in_detention`, as `people_taken_into_detention`. Whole words only
    /// (`placed` ends `displaced`).
    static let puttingWords: Set<String> = ["placed", "put", "sent", "thrown", "brought", "locked"]

    /// What people may be without, or out of, at a date (review41 S8): `people_without_shelter`,
    /// `households_without_adequate_shelter`, `children_out_of_school` are standing sizes.
    static let lackedThings: Set<String> = [
        "shelter", "shelters", "housing", "home", "homes", "roof", "school", "schooling", "education", "documentation",
        "documents", "nationality", "citizenship",
    ]

    /// Whom a list of the missing counts (review41 S8): `missing_persons`, `missing_migrants`,
    /// `disappeared_people` name people still missing at a date, where `people_missing`
    /// and `people_reported_missing` count the missing per event.
    static let missingWords: Set<String> = ["missing", "disappeared"]
    static let peopleNouns: Set<String> = [
        "persons", "person", "people", "individuals", "migrants", "children", "civilians", "soldiers", "journalists", "men",
        "women", "fishermen", "seafarers", "nationals", "combatants", "servicemen", "relatives",
    ]
    /// Words that make a disappearance a standing status, as the UN's working group
    /// counts it: `forcibly_disappeared`.
    static let disappearanceAdverbs: Set<String> = ["forcibly", "forcefully", "enforced", "involuntarily"]
    /// The missing as French and Spanish name them (measures6, stop 38's list): after whom
    /// (`personas_desaparecidas`, `personnes_disparues`) or with a word of force
    /// (`desaparecidos_forzosamente`), a list of the missing at a date, as Mexico's register
    /// counts them, refused unless declared, as `missing_persons` is. The word alone
    /// (`desaparecidos`, `disparus`) is a flow, as English `missing` and `disappeared` are
    /// (review43 R6: one rule across languages; an incident feed writes it beside `muertos`);
    /// with any other word but whom, fillers, a word of force and digits
    /// (`desaparecidos_nuevos`, `disparus_signalés`) they are left to the other rules.
    static let romanceMissingWords: Set<String> = [
        "desaparecidos", "desaparecidas", "desaparecido", "desaparecida", "disparus", "disparues", "disparu", "disparue",
    ]
    static let romancePeopleAndForce: Set<String> = [
        "personas", "personnes", "niños", "niñas", "mujeres", "hombres", "migrantes", "civiles", "enfants", "femmes", "hommes",
        "civils", "forzosamente", "forzadamente", "involuntariamente", "forzados", "forzadas", "forcés", "forcées", "force",
        "forcee", "forcees", "forces",
    ]
    /// Words that make a displacement a standing status, as UNHCR counts the forcibly
    /// displaced at a year's end (measures6, stop 38's list): `forcibly_displaced`.
    static let forcedWords: Set<String> = ["forcibly", "forcefully", "forced"]

    /// The words of a name that counts people still missing at a date (review41 S8), or nil:
    /// a missing word (``missingWords``) after an adverb of status (`forcibly_disappeared`)
    /// or before whom it counts (`missing_persons`, `disappeared_people`), with nothing else
    /// in the name but whom, fillers (not `reported`), digits, `total`. Run together as
    /// tally keys them (`missingpersons`, `forciblydisappeared`) alike.
    static func missingCaseload(_ w: [String]) -> String? {
        var v: [String] = []
        for word in w {
            if let m = (missingWords.union(disappearanceAdverbs)).first(where: { word.hasPrefix($0) && word.count > $0.count }) {
                let rest = String(word.dropFirst(m.count))
                if peopleNouns.contains(rest) || missingWords.contains(rest) { v += [m, rest]; continue }
            }
            v.append(word)
        }
        guard let i = v.firstIndex(where: { missingWords.contains($0) || romanceMissingWords.contains($0) }) else { return nil }
        let named: String
        if romanceMissingWords.contains(v[i]) {
            let whom = i > 0 && (peopleNouns.contains(v[i - 1]) || romancePeopleAndForce.contains(v[i - 1])
                                 || ["personas", "personnes", "pessoas", "people", "persons"].contains(v[i - 1]))
            // The word alone (`desaparecidos`, `disparus`; with `total`, ``missingTotal(_:)``) is a flow, as
            // `missing` and `disappeared` are (review43 R6: one rule across languages; an
            // incident feed's column beside `muertos`, `heridos`). Whom before it
            // (`personas_desaparecidas`, `niños_desaparecidos`, as `missing_persons`,
            // `disappeared_children`) or a word of force (`desaparecidos_forzosamente`, as
            // `forcibly_disappeared`) makes it a list of the missing at a date.
            let forced = v.contains { romancePeopleAndForce.contains($0) && !["personas", "personnes", "niños", "niñas", "mujeres",
                "hombres", "migrantes", "civiles", "enfants", "femmes", "hommes", "civils"].contains($0) }
            guard whom || forced else { return nil }
            named = whom ? "\(v[i - 1]) \(v[i])" : v[i]
            let allowed = peopleNouns.union(MeasureFamilies.fillers).union(romancePeopleAndForce).union(["overall"])
                .subtracting(["reported"])
            for (j, x) in v.enumerated() where j != i && !allowed.contains(x) && !x.allSatisfy(\.isNumber) { return nil }
            return named
        } else if i > 0, disappearanceAdverbs.contains(v[i - 1]) {
            named = "\(v[i - 1]) \(v[i])"
        } else if i + 1 < v.count, peopleNouns.contains(v[i + 1]) {
            named = "\(v[i]) \(v[i + 1])"
        } else {
            return nil
        }
        let allowed = peopleNouns.union(MeasureFamilies.fillers).union(disappearanceAdverbs).union(["overall"]).subtracting(["reported"])
        for (j, x) in v.enumerated() where j != i && !allowed.contains(x) && !x.allSatisfy(\.isNumber) { return nil }
        return named
    }

    /// The words of a name that counts the forcibly displaced at a date (measures6, stop 38's
    /// list), or nil: `forcibly`, `forcefully` or `forced` just before `displaced` or
    /// `displacement`, with nothing else but whom, fillers (not `reported`), digits:
    /// `forcibly_displaced`, `forcibly_displaced_people`, `ForciblyDisplaced`, UNHCR's standing
    /// total, were summed (7,000 for 3,500). `newly_forcibly_displaced` and
    /// `forcibly_displaced_this_month` are left to the other rules (flows).
    static func forcedDisplacement(_ w: [String]) -> String? {
        var v: [String] = []
        for word in w {
            if let m = forcedWords.first(where: { word.hasPrefix($0) && word.count > $0.count }),
               ["displaced", "displacement"].contains(String(word.dropFirst(m.count))) {
                v += [m, String(word.dropFirst(m.count))]
            } else {
                v.append(word)
            }
        }
        guard let i = v.indices.first(where: { $0 > 0 && forcedWords.contains(v[$0 - 1])
                                               && ["displaced", "displacement"].contains(v[$0]) }) else { return nil }
        let allowed = peopleNouns.union(MeasureFamilies.fillers).union(["overall"]).subtracting(["reported"])
        for (j, x) in v.enumerated() where j != i && j != i - 1 && !allowed.contains(x) && !x.allSatisfy(\.isNumber) { return nil }
        return "\(v[i - 1]) \(v[i])"
    }

    /// The words of a name that counts the missing in all (measures9, review44 S5:
    /// `people_missing_total` and `total_desaparecidos` were summed, 7,000 for a standing
    /// 3,000 and 4,000, where `missing_people_total` was refused), or nil: `total` or
    /// `overall` and a missing word in English, French or Spanish (`missing`, `disappeared`,
    /// `desaparecidos`, `disparus`), with nothing else but whom, fillers (not `reported`) and
    /// digits: a register's whole list at a date. `people_missing`, `desaparecidos` alone and
    /// `total_killed`, `deaths_total` (a sum of events) are flows.
    static func missingTotal(_ w: [String]) -> String? {
        guard let t = w.first(where: { ["total", "overall", "totales", "totaux"].contains($0) }),
              let m = w.first(where: { missingWords.contains($0) || romanceMissingWords.contains($0) }) else { return nil }
        let allowed = peopleNouns.union(MeasureFamilies.fillers).union(romancePeopleAndForce)
            .union(["overall", "totales", "totaux", "del", "los", "las", "les"]).subtracting(["reported"])
        for x in w where x != m && !allowed.contains(x) && !x.allSatisfy(\.isNumber) { return nil }
        return w.firstIndex(of: t)! < w.firstIndex(of: m)! ? "\(t) \(m)" : "\(m) \(t)"
    }

    /// The words of a name that gives whom a displacement tracker counts for each round
    /// (measures9), or nil: a word of ``caseloadSubjects`` (`displaced`, `idps`,
    /// `returnees`) and `round` (`ronda`) not after a word that makes the round the period
    /// counted over (`this`, `since`, `during`, `in`), with no flow word besides nor a
    /// period's: `displaced_per_round`, `displaced_by_round`, `displaced_round`,
    /// `round_displaced`, `households_displaced_per_round`, `returnees_per_round`. A
    /// per-round figure in a table of rounds is the caseload each round found, as
    /// `displaced_households_per_round` is (review43 item 4); review41 R2 had read those
    /// after an event as what happened in each round (7,000 for a standing 3,000 and
    /// 4,000). A name that says new (`newly_displaced_per_round`, `new_idps_per_round`) or
    /// the round's own period (`displaced_this_round`, `displaced_since_last_round`) is a flow.
    static func caseloadByRound(_ w: [String]) -> String? {
        guard let r = w.indices.first(where: { isRound(w, $0) }),
              let s = w.firstIndex(where: caseloadSubjects.contains) else { return nil }
        if r > 0, ["this", "since", "during", "in", "within", "between", "current", "esta", "cette", "ce"].contains(w[r - 1]) {
            return nil
        }
        guard !w.contains(where: { flowWords.contains($0) && !caseloadSubjects.contains($0)
            || periodWords.contains($0) && !roundEachWords.contains($0) }) else { return nil }
        return "\(w[s]) by round"
    }

    /// Words that make a deployment new, counted when it happens (`new_troops_deployed`,
    /// `additional_troops_deployed`), beside the flow and period words.
    static let addedWords: Set<String> = ["additional", "extra", "further", "more", "fresh", "reinforcements"]

    /// The words of a name that counts a force's deployed strength (review42 S6), or nil: a
    /// stock word for a force or people (`peacekeepers`, `troops`, `forces`, `personnel`,
    /// `soldiers`) before `deployed` as the name's head, and no flow word, period word or
    /// word of an addition besides: `peacekeepers_deployed`, `un_troops_deployed`, as the UN
    /// reports a mission's strength each month, were summed (7,000 for a standing 3,500).
    /// A deployment counted when it happens says so (`newly_deployed_troops`,
    /// `new_troops_deployed`, `troops_deployed_this_month`: flows); declared `--flow`, a
    /// name such as `troops_deployed` counted per announcement reads.
    static func deployedStrength(_ w: [String]) -> String? {
        guard let h = head(of: w), w[h] == "deployed",
              let s = w[..<h].first(where: { stockWords.contains($0) && !notStockWords.contains($0) }) else { return nil }
        for x in w where x != "deployed" {
            if flowWords.contains(x) || periodWords.contains(x) || neutralWords.contains(x) || addedWords.contains(x) { return nil }
        }
        return "\(s) deployed"
    }

    /// The words of a name that is a tracker's whole caseload (review41 S8: `total_displaced`,
    /// `displaced_total`, `total_returnees`, `total_displacement`, as IDMC's "Total
    /// Displacement" is the IDPs at the year's end), or nil: `total` or `overall` and whom
    /// a tracker counts (``caseloadSubjects``), with nothing else but fillers (not
    /// `reported`) and digits. `total_deaths`, `population_displaced_total` and IDMC's
    /// `total_displacements` (new ones, events) are not.
    static func caseloadTotal(_ w: [String]) -> String? {
        guard let t = w.first(where: { $0 == "total" || $0 == "overall" }),
              let s = w.first(where: caseloadSubjects.contains), !w.contains(where: stockWords.contains) else { return nil }
        let allowed = MeasureFamilies.fillers.union(caseloadSubjects).union(["overall"]).subtracting(["reported"])
        guard w.allSatisfy({ allowed.contains($0) || $0.allSatisfy(\.isNumber) }) else { return nil }
        return w.firstIndex(of: t)! < w.firstIndex(of: s)! ? "\(t) \(s)" : "\(s) \(t)"
    }

    /// The words of a name of people in a place or a state at a date (review40 S3, review41
    /// S8), or nil: a state word (``stateWords``: `stranded_migrants`, `homeless`) not just
    /// after a word of its making (``madeWords``: `people_left_homeless`); `in` and a place
    /// people stay in, up to two words apart (`people_in_camps`,
    /// `people_in_informal_settlements`, `families_in_tents`); `without` or `out of` and
    /// what they lack, up to two words apart (`people_without_shelter`, `children_out_of_school`).
    static func placeOrState(_ w: [String]) -> String? {
        // People named by an event they take part in give way over `present` and `active`
        // (`protesters_present`) and over `in` and a place they are not held in
        // (`protesters_in_camps`), not over a place of holding (`protesters_in_prison`) nor
        // another state (`protesters_trapped`) or lack (review42 S2).
        let byEvent = w.contains(where: eventPeople.contains)
        for (j, x) in w.enumerated() where stateWords.contains(x) && !(j > 0 && madeWords.contains(w[j - 1]))
            && !(byEvent && (x == "present" || x == "active")) { return x }
        for (j, x) in w.enumerated() where x == "in" || x == "without" || x == "lacking" || x == "out" && j + 1 < w.count && w[j + 1] == "of" {
            // Left without, dropped or forced out of (review42 R2): an event that put them there,
            // `households_left_without_shelter`, `children_dropped_out_of_school`, as `people_left_homeless`.
            if x != "in", j > 0, madeWords.union(leavingWords).contains(w[j - 1]) { continue }
            if x == "in", j > 0, puttingWords.contains(w[j - 1]) { continue }
            let from = x == "out" ? j + 2 : j + 1
            let things = x == "in" ? placesOfStay : lackedThings
            for k in from ..< min(w.count, from + 3) where things.contains(w[k]) && !(byEvent && x == "in" && !placesOfHolding.contains(w[k])) {
                return x == "out" ? "out of \(w[k])" : "\(x) \(w[k])"
            }
        }
        return nil
    }

    /// Places and states people stay in, after `in` (review40 S3): `people_in_camps`,
    /// `children_in_armed_groups`, `idps_in_sites`, `migrants_in_transit`: standing sizes.
    static let placesOfStay: Set<String> = [
        "camp", "camps", "site", "sites", "shelter", "shelters", "settlement", "settlements", "centre", "centres", "center",
        "centers", "hiding", "exile", "prison", "prisons", "jail", "jails", "armed", "groups", "ranks", "service", "transit",
        "host", "hospital", "hospitals", "limbo", "protracted",
        // review41 S8: `families_in_tents`, `people_in_unfinished_buildings`, `children_in_pretrial_detention`.
        "tents", "buildings", "schools", "caravans", "containers", "detention", "custody", "captivity", "open",
    ]

    /// Run-together words a displacement tracker writes (review40 S2: DTM's API column
    /// `numPresentIdpInd`, `idpIndividuals`, `returneeHouseholds`, `totalIdps`, keyed in
    /// lower case) cut into its words, where the whole word is made of them: fillers,
    /// units, whom a tracker counts (``caseloadSubjects``) and `present`, one of them
    /// at least a subject; or ending in `in` and a place people stay in (`peopleincamps`).
    /// Other words are as they were; a word over 40 letters is not cut.
    static func cutTrackerWords(_ w: [String]) -> [String] {
        guard w.contains(where: { $0.count >= 5 && $0.count <= 40 && !caseloadSubjects.contains($0) && $0.first?.isLetter == true })
        else { return w }
        let vocabulary = MeasureFamilies.fillers.union(caseloadUnits).union(placesOfStay)
            .union(["idp", "idps", "returnee", "returnees", "displaced", "present", "in"])
        var out: [String] = []
        for word in w {
            let c = Array(word)
            guard c.count >= 5, c.count <= 40, !vocabulary.contains(word) else { out.append(word); continue }
            // best[i]: the words of c[0..<i], where c[0..<i] is made of the vocabulary's.
            var best: [[String]?] = Array(repeating: nil, count: c.count + 1)
            best[0] = []
            for i in 0 ..< c.count where best[i] != nil {
                for j in stride(from: i + 2, through: min(c.count, i + 11), by: 1) where best[j] == nil {
                    let piece = String(c[i ..< j])
                    if vocabulary.contains(piece) { best[j] = best[i]! + [piece] }
                }
            }
            if let parts = best[c.count], parts.count > 1, parts.contains(where: caseloadSubjects.contains)
                || parts.dropLast().last == "in" && placesOfStay.contains(parts.last!) {
                out += parts
            } else {
                out.append(word)
            }
        }
        return out
    }

    /// The words of a name that reads as a tracker's caseload though an event word is in
    /// it (review40 S2, S3): a head word for people, a stock word (`troops`, `population`)
    /// or a unit (`households`, `individuals`) after a subject (`displaced`, `returnee`),
    /// with every event word in it a state before the head (``stateParticiples``: `deployed`,
    /// `detained`) or whom a tracker counts, and no word of a period. nil otherwise.
    static func caseloadWords(_ w: [String]) -> String? {
        guard let h = head(of: w), stockWords.contains(w[h]) || caseloadUnits.contains(w[h]) else { return nil }
        var first: Int?, subject: Int?
        for (j, x) in w.enumerated() {
            if periodWords.contains(x) { return nil }
            if j < h, caseloadSubjects.contains(x) || stateParticiples.contains(x) {
                if subject == nil, caseloadSubjects.contains(x) || x == "present" { subject = j }
                if first == nil { first = j }
                continue
            }
            if flowWords.contains(x) || neutralWords.contains(x) { return nil }
        }
        // A stock word's head with no event word before it is the rules' below as before.
        guard let f = first, caseloadUnits.contains(w[h]) ? subject != nil : w[..<h].contains(where: flowWords.contains)
        else { return nil }
        // The subject (`idp` of `numPresentIdpInd`), else the state (`deployed`).
        let named = w[...h].firstIndex(where: caseloadSubjects.contains) ?? f
        return "\(w[named]) \(w[h])"
    }

    /// Whether a measure counts whom a displacement tracker finds present at each round
    /// (review40 S2): a word of ``caseloadSubjects`` (`displaced`, `idps`, `returnees`,
    /// `desplazados`) and no event word besides, nor a period's (`newly_displaced`,
    /// `new_displacements`, `displacement_events`, `displaced_this_week`, `idp_arrivals`
    /// are flows): `displaced_households`, `Returnee Individuals`, `# IDPs`,
    /// `numPresentIdpInd`, `people_displaced`, `displacement`.
    public static func countsCaseload(_ measure: String) -> Bool {
        let w = roundEachSuffixCut(cutTrackerWords(words(of: measure)))
        guard w.contains(where: caseloadSubjects.contains) else { return false }
        // The round as the period counted over (review41 R2): `returnees_this_round`,
        // `individuals_displaced_this_round`, `displaced_per_round` count what happened in it.
        if w.indices.dropFirst().contains(where: { roundPeriodWords.contains(w[$0 - 1]) && isRound(w, $0) }) { return false }
        // A tracker's unit before the event (`households_displaced`, `individuals_displaced`)
        // was read as a flow here from 058cf32, while `displaced_households` was refused; DTM
        // writes both orders for the caseload it found at a round (review42 N1), so both are
        // refused unless declared, as any plain caseload name is: a name that says new
        // (`newly_`, `new_`, `_this_round`, `_since_last_round`) is a flow.
        return !w.contains { flowWords.contains($0) && !caseloadSubjects.contains($0) || periodWords.contains($0) }
    }

    /// Words that name a tracker's round (names9, review45 S10: `displaced_per_wave`,
    /// `displaced_per_cycle`, `displaced_per_survey`, `returnees_per_wave`, `displaced_rnd`
    /// were summed where `displaced_per_round` was refused), in English, French and
    /// Spanish; `r`, `rd` and `w` only before a number (`displaced_r1`, `idps_w2`).
    static let roundNames: Set<String> = [
        "round", "rounds", "ronda", "rondas", "rnd", "rnds", "wave", "waves", "cycle", "cycles", "survey", "surveys",
        "vague", "vagues", "cycles", "ola", "olas", "ciclo", "ciclos", "encuesta", "encuestas", "جولة", "الجولة",
    ]

    /// Whether the `i`th word of a name names a round (``roundNames``, or `r`, `rd`, `w`
    /// before a number).
    static func isRound(_ w: [String], _ i: Int) -> Bool {
        if roundNames.contains(w[i]) { return true }
        return ["r", "rd", "w"].contains(w[i]) && i + 1 < w.count && w[i + 1].allSatisfy(\.isNumber)
    }

    /// Words before `round` that make it the period a figure was counted over (review41 R2).
    static let roundPeriodWords: Set<String> = ["this", "per", "each", "every", "in", "during", "within"]

    /// Words before `round` that give a figure for each round (review43 item 4): after an
    /// event (`displaced_per_round`) what happened in each; after people
    /// (`displaced_households_per_round`) the caseload each round found.
    static let roundEachWords: Set<String> = ["per", "each", "every", "by"]

    /// A name's words without a last `per round`, `each round`, `every round`, `by round`
    /// whose word before (fillers aside) names no event: `displaced_households_per_round` is
    /// read as `displaced_households`; `displaced_per_round` is left whole.
    static func roundEachSuffixCut(_ w: [String]) -> [String] {
        guard w.count >= 3, isRound(w, w.count - 1), roundEachWords.contains(w[w.count - 2]) else { return w }
        let j = w.count - 2
        guard let e = w[..<j].lastIndex(where: { !MeasureFamilies.fillers.contains($0) }),
              !(flowWords.contains(w[e]) || displacementHeads.contains(w[e])) else { return w }
        return Array(w[..<j])
    }

    /// Whether `word` (as ``stockWord(in:)`` gives it) is one of ``standingWords`` or
    /// ``standingPairs``: a running total or a figure at a date, not a size of people.
    public static func isStandingWord(_ word: String) -> Bool {
        standingWords.contains(word) || standingPairs.contains(word.split(separator: " ").map(String.init))
    }

    /// Pairs of words that say the same as ``standingWords``: `to date`, `so far`, `as of`,
    /// `à ce jour`, `hasta la fecha`.
    static let standingPairs: Set<[String]> = [["to", "date"], ["so", "far"], ["as", "of"], ["ce", "jour"], ["la", "fecha"],
        // What goes on or waits at a date (measures9, review44 S5: `cases_in_progress`,
        // `cases_under_investigation`, `case_load` were summed where `cases_ongoing`,
        // `dossiers_en_cours`, `caseload` were refused), in English, French and Spanish.
        ["in", "progress"], ["under", "investigation"], ["under", "review"], ["under", "consideration"],
        ["under", "examination"], ["being", "processed"], ["being", "investigated"], ["in", "process"], ["case", "load"],
        ["case", "loads"], ["en", "cours"], ["en", "curso"], ["en", "trámite"], ["en", "tramite"], ["en", "attente"],
        ["en", "instance"], ["en", "suspens"], ["en", "proceso"], ["sous", "enquête"], ["bajo", "investigación"],
        ["en", "investigación"], ["awaiting", "trial"], ["awaiting", "decision"],
        // names9 (review45 S10): a running total (`deaths_running_total`, `running_total_deaths`),
        // a waiting list and people on remand (`waiting_list`, `on_remand`).
        ["running", "total"], ["running", "totals"], ["running", "tally"], ["running", "count"], ["waiting", "list"],
        ["on", "remand"]]

    /// Whether the pair of ``standingPairs`` at `i`, `i + 1` of a name stands at a date: not
    /// a period's (`tués_mois_en_cours`, `muertos_año_en_curso`: the month or year counted over).
    static func pairStandsHere(_ w: [String], _ i: Int) -> Bool {
        guard i + 1 < w.count, standingPairs.contains([w[i], w[i + 1]]) else { return false }
        if ["cours", "curso"].contains(w[i + 1]), i > 0, periodNouns.contains(w[i - 1]) { return false }
        // review47 R2: `deaths_on_remand`, `killed_en_attente`: where the dead were (``standsHere(_:_:)``).
        if waitWords.contains(w[i]) || waitWords.contains(w[i + 1]), diedWhileWaiting(w) { return false }
        return true
    }

    /// Names of people that hold a stock word but name no group's size (measures4): people
    /// counted per event as `civilians` are (`noncombatants`, `firefighters`). The pairs
    /// are the same written apart (`non-combatants`, `fire fighters`).
    static let notStockWords: Set<String> = [
        "noncombatants", "noncombatant", "noncombattants", "noncombattant", "noncombattante", "noncombattantes",
        "firefighters", "firefighter",
    ]
    static let notStockPairs: Set<[String]> = [
        ["non", "combatants"], ["non", "combatant"], ["non", "combattants"], ["non", "combattant"],
        ["fire", "fighters"], ["fire", "fighter"], ["non", "combattante"], ["non", "combattantes"]
    ]

    /// The displacement words that, ending an English name after a word for people, say
    /// what happened to them (measures4): `residents_displaced`, `idps_displaced`,
    /// `population_displaced` are counts per event, as `newly_displaced` is, where
    /// `displaced_population` and `internally_displaced` are standing sizes.
    static let displacementHeads: Set<String> = ["displaced", "displacement", "displacements"]

    /// Two words that name a standing size together (`people in displacement`, `under
    /// siege`, `in detention`), though neither does alone: the second is a stock word
    /// when the first comes just before it.
    static let stockPairs: Set<[String]> = [
        ["in", "displacement"], ["under", "siege"], ["in", "detention"], ["in", "captivity"], ["in", "custody"],
        // Aid's standing figures (measures4): people a plan targets, assists or serves.
        ["people", "targeted"], ["persons", "targeted"], ["individuals", "targeted"], ["people", "assisted"],
        ["persons", "assisted"], ["individuals", "assisted"], ["people", "served"], ["persons", "served"],
        ["individuals", "served"], ["people", "held"], ["persons", "held"],
        // review41 S8: `people_behind_bars`, UNHCR's `persons_of_concern`, `blue_helmets`.
        ["behind", "bars"], ["of", "concern"], ["blue", "helmets"],
        // Cases still open at a date (review42 R2's twins): `open_cases`, `pending_cases`.
        ["open", "cases"], ["pending", "cases"], ["unresolved", "cases"],
        // measures6, stop 38's list: `persons_with_disabilities`, a standing population.
        ["with", "disabilities"], ["with", "disability"], ["con", "discapacidad"], ["en", "situation"],
    ]

    /// ``stockPairs`` and ``standingPairs`` run together (`peopletargeted`, `todate`), as
    /// `PeopleTargeted` is keyed, to the pair as written apart.
    static let pairsRunTogether: [String: String] = {
        var d: [String: String] = [:]
        for p in stockPairs.union(standingPairs) { d[p.joined()] = p.joined(separator: " ") }
        return d
    }()

    /// Words that say what happened to people without saying whether per event or at a
    /// date (the displacement family, `displaced`, `desplazados`, `النازحين`, and
    /// `affected`): alone, a flow, as `displaced` is; beside a stock word
    /// (`displaced_population`, `desplazados internos`, `affected_population`) they do not
    /// make the name a flow. ``flowWords`` leaves them out.
    static let neutralWords: Set<String> = {
        var s: Set<String> = ["affected"]
        for w in MeasureFamilies.families.first(where: { $0.contains("displaced") }) ?? [] {
            s.formUnion(MeasureCatalog.words(of: w))
        }
        return s
    }()

    /// Words that name a count per event (a flow): every word of the measure families
    /// (``MeasureFamilies``: killed, deaths, injured, kidnapped, arrested, …) other than
    /// the stock words (`idps`, `hostages`) and the displacement words (``neutralWords``),
    /// and the ways groups gain and lose people (`recruited`, `recruits`, `defected`,
    /// `captured`, `new`…), people arrive or leave (`arrived`, `returned`, `newly`).
    /// `members_killed`, `fighters recruited`, `new_members`, `refugees_arrived` are flows.
    public static let flowWords: Set<String> = {
        var s: Set<String> = [
            "events", "event", "casualties", "casualty", "losses", "loss", "lost", "recruited", "recruits", "recruit",
            "recruitment", "recruitments", "recruiting", "enlisted", "enlistments", "joined", "joining", "new", "defected",
            "defectors", "defector", "defections", "deserted", "deserters", "desertions", "surrendered", "surrenders",
            "captured", "capture", "executed", "executions", "released", "freed", "rescued", "neutralized", "neutralised",
            "eliminated", "missing", "disappeared", "demobilized", "demobilised", "disarmed", "reintegrated", "kia", "wia",
            "attacks", "incidents", "victims", "evacuated", "fled", "returned", "returnees",
            "trained", "deployed", "withdrawn", "expelled", "mobilized", "mobilised",
            "newly", "arrived", "arrivals", "arrival", "arriving", "returns", "return", "returning", "taken", "seized",
            "departures", "departed", "crossings", "crossed", "influx", "inflow", "inflows", "outflow", "outflows",
            "relocated", "resettled", "resettlement", "fleeing", "exchanged", "nuevos", "nouveaux", "neue", "llegadas",
            "arrivées", "retornados", "rapatriés", "ankünfte",
            // What happens to people held, living or seeking refuge, per event or per year.
            "applications", "application", "claims", "decisions", "granted", "rejected", "lodged", "escaped", "escapes",
            "transferred", "transfers", "swaps", "tortured", "movements", "crossing", "attacked", "shelled", "bombed",
            "destroyed", "damaged",
            // What happens to people, per event (measures4): `refugees_drowned`, `prisoner_swap`,
            // `refugee_flows`, `population_movement`, `hostage_taking`.
            "drowned", "drownings", "drowning", "deported", "deportation", "deportations", "deportees", "deportee",
            "flows", "flow", "movement", "moved", "taking", "takings", "situations", "releases", "release",
            "exchange", "exchanges", "swap", "swapped", "repatriated", "repatriation", "repatriations",
            "withdrawals", "deployments", "intercepted", "interceptions", "pushbacks", "admissions", "admitted",
            "evacuations", "relocations", "expulsions", "registrations", "rescues", "rescue", "pushed", "pushback",
            "smuggled", "trafficked", "pardoned", "sentenced", "departing", "exodus", "transfer", "expulsion",
            "evicted", "eviction", "evictions",
            // review42 R2: `children_dropped_out_of_school`.
            "dropouts", "dropped",
            // What is done to mines and ordnance (review40 R1: `remaining_mines_cleared`).
            "cleared", "clearance", "demined", "defused", "detonated", "removed",
            "noyés", "déportés", "expulsés", "libérés", "libérations", "échange", "échanges", "flux", "rapatriements",
            // Genders of the families' words (measures7): `combattante_tuée`, `tropas_muertas` count
            // deaths, as `combattants_tués` does.
            "tuée", "tuées", "tué", "muerta", "muertas", "fallecidas", "fallecida", "asesinadas", "asesinada", "heridas",
            "herida", "herido", "blessées", "blessée", "detenidas", "enlevées", "secuestradas",
            "ahogados", "deportados", "expulsados", "liberados", "liberaciones", "canje", "intercambio", "flujos",
            "ertrunkene", "abgeschobene", "abschiebungen", "freigelassene", "austausch",
            "غرقى", "الغرقى", "المرحلين", "مرحلين", "ترحيل", "الإفراج", "المفرج", "تبادل",
        ]
        for f in MeasureFamilies.families where !f.contains("displaced") {
            for w in f { s.formUnion(MeasureCatalog.words(of: w)) }
        }
        return s.subtracting(stockWords).subtracting(neutralWords)
    }()

    /// A name's words, as keyed (lower case): its runs of letters (with their marks and
    /// the joiners inside Persian words) and its runs of digits, so `_`, `-`, `.`, spaces,
    /// brackets, slashes and any other sign part words, and so do digits after letters:
    /// `members2`, `members(est)`, `members/supporters`, `fighters_2023`.
    public static func words(of measure: String) -> [String] {
        var out: [String] = [], cur = "", curIsDigit = false
        for c in measure.lowercased() {
            let isDigit = c.isNumber
            let isWordChar = c.isLetter || isDigit
                || c.unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark
                    || $0.properties.generalCategory == .spacingMark || $0 == "\u{200C}" || $0 == "\u{200D}" }
            if !isWordChar || (!cur.isEmpty && isDigit != curIsDigit && (c.isLetter || isDigit)) {
                if !cur.isEmpty { out.append(cur) }
                cur = ""
            }
            if isWordChar { cur.append(c); if c.isLetter || isDigit { curIsDigit = isDigit } }
        }
        if !cur.isEmpty { out.append(cur) }
        return out
    }

    /// The length in characters of the longest word of ``stockWords`` and ``flowWords``.
    static let longestListedWord: Int = stockWords.union(flowWords).union(standingWords).map(\.count).max() ?? 0

    /// The stock word of a name that reads as a stock (a stock word and no flow word;
    /// ``stockWords``), or nil. A word run together from others (`ismembers`, as
    /// `ISmembers` and `isMembers` are keyed; `idppopulation`) reads as its parts: a stock
    /// word of five letters or more that ends it after two letters or more, or begins it
    /// before two or more (`fightersest`), and a flow word of three or more that begins
    /// or ends it (`newmembers`, `fighterskilled`).
    public static func stockWord(in measure: String) -> String? {
        var w = cutTrackerWords(words(of: measure))
        // A figure at a date or running up to it (`cumulative_deaths`, `killed_to_date`,
        // `still_missing`, `CumulativeDeaths`): a stock whatever it counts.
        if let i = w.indices.first(where: { standsHere(w, $0) }) { return w[i] }
        for i in w.indices where pairStandsHere(w, i) { return "\(w[i]) \(w[i + 1])" }
        // A figure of the displaced or returnees for each round (measures9): `displaced_per_round`,
        // `displaced_by_round`, `round_displaced`, `households_displaced_per_round`.
        if let s = caseloadByRound(w) { return s }
        // What happened in a round, the round as its period, the event just before it
        // (review41 R2, measures6): `idp_individuals_displaced_per_round`,
        // `households_displaced_this_round` are flows, as `displaced_per_round` is;
        // `idps_per_round` (the caseload found at each) is left to the rules below.
        for j in w.indices.dropFirst() where roundPeriodWords.contains(w[j]) && j + 1 < w.count && isRound(w, j + 1) {
            if let e = w[..<j].lastIndex(where: { !MeasureFamilies.fillers.contains($0) }),
               flowWords.contains(w[e]) || displacementHeads.contains(w[e]) { return nil }
        }
        // A caseload given for each round (review43 item 4): `displaced_households_per_round`,
        // `idps_by_round`, `returnee_households_each_round` name people, not an event, before
        // the round, so they are the caseload each round found: read without the suffix.
        w = roundEachSuffixCut(w)
        for word in w {
            if let pair = pairsRunTogether[word], standingPairs.contains(pair.split(separator: " ").map(String.init)) { return pair }
            // Not `livestock`, `concurrent`, `distilled`: those words end no name standing;
            // nor `stillbirths`, `stillborn` (review40 R1): births, counted per event.
            // names9's words that want the word after them or begin others (`sincere`,
            // `esperanza`, `remanded`, `waitingroom`) only whole.
            if !word.dropFirst(6).isEmpty, !word.hasPrefix("stillb"), let s = runTogetherEnds(word, heads: standingWords.subtracting(["stock", "stocks", "remain"]).subtracting(wholeOnly),
                                                        tails: standingWords.subtracting(["stock", "stocks", "current", "currently", "still", "cumul", "remain"]).subtracting(wholeOnly)) {
                // `remainingminescleared`: remaining mines, an event after them (as apart).
                if s == "remaining", word.hasPrefix(s),
                   let t = runTogetherEnds(word, heads: [], tails: flowWords), word.count >= s.count + t.count + 2 { continue }
                return s
            }
        }
        // A caseload though an event word is in it: `deployed_troops`, `detained_population`,
        // `displaced_households`, `Returnee Individuals` (review40 S2, S3).
        if let s = caseloadWords(w) { return s }
        // People still missing, and a tracker's whole caseload (review41 S8): `missing_persons`,
        // `forcibly_disappeared`, `total_displaced`, `total_returnees`, though `missing`,
        // `disappeared` and `returnees` are flow words.
        if let s = missingCaseload(w) ?? caseloadTotal(w) ?? forcedDisplacement(w) ?? missingTotal(w) { return s }
        // A force's deployed strength (review42 S6): `peacekeepers_deployed`, `troops_deployed`.
        if let s = deployedStrength(w) { return s }
        // Cases open at a date in either order, in English, French, Spanish (review43 S4).
        if let s = openCaseload(w) { return s }
        guard !w.contains(where: flowWords.contains), !countsAnEvent(w) else { return nil }
        // The word that names what is counted, the last but fillers and digits: a
        // displacement word there after people (`residents_displaced`, `idps_displaced`,
        // `population_displaced_total`) says they were displaced, a count per event;
        // `internally_displaced` and `people_in_displacement` stay standing sizes.
        if let i = w.lastIndex(where: { !MeasureFamilies.fillers.contains($0) && !$0.allSatisfy(\.isNumber) }),
           displacementHeads.contains(w[i]), !w.contains("internally"), !(i > 0 && stockPairs.contains([w[i - 1], w[i]])) {
            return nil
        }
        // Stock words in names of people that are no group's size (`non_combatants`,
        // `fire fighters`, `firefighters`) do not count.
        var apart = Set<Int>()
        for i in w.indices.dropFirst() where notStockPairs.contains([w[i - 1], w[i]]) { apart.insert(i) }
        if let s = w.indices.first(where: { !apart.contains($0) && !notStockWords.contains(w[$0]) && stockWords.contains(w[$0]) }) {
            return w[s]
        }
        for (i, (a, b)) in zip(w, w.dropFirst()).enumerated() where stockPairs.contains([a, b])
            && !(a == "in" && i > 0 && puttingWords.contains(w[i - 1])) { return "\(a) \(b)" }
        // People somewhere or in a state at a date (review40 S3): `stranded_migrants`,
        // `people_sheltering`, `people_in_camps`, `children_in_armed_groups`.
        if let s = placeOrState(w) { return s }
        for word in w where !neutralWords.contains(word) && !notStockWords.contains(word) {
            if let pair = pairsRunTogether[word] { return pair }
            // UNHCR's `PersonsOfConcern`, keyed `personsofconcern` (review41 S8).
            if word.hasSuffix("ofconcern"), word.count > 9 { return "of concern" }
            let letters = Array(word)
            guard letters.count >= 7, letters.allSatisfy(\.isLetter) else { continue }
            func part(_ range: Range<Int>) -> String { String(letters[range]) }
            // The longest stock word ending it and the longest beginning it, each with two
            // letters or more beside it (`membersx` is `members` and a slip, not `member`).
            var tailWord: String?, headWord: String?
            // Only heads and tails no longer than the longest listed word can be one: a
            // name of 1 MiB cut at every letter took minutes (CI: KeyNormalisation's key
            // value of 1 MiB as a measure).
            let n = letters.count, longest = longestListedWord
            let cuts = Array(1 ..< min(n, longest + 1)) + Array(max(longest + 1, n - longest) ..< max(longest + 1, n))
            for cut in cuts {
                let head = cut <= longest ? part(0 ..< cut) : "", tail = n - cut <= longest ? part(cut ..< n) : ""
                if flowWords.contains(head) && head.count >= 3 || flowWords.contains(tail) && tail.count >= 3 { return nil }
                // A displacement word ending it after people (`populationdisplaced`), not
                // after `internally`.
                if displacementHeads.contains(tail), head != "internally" { return nil }
                if tailWord == nil, tail.count >= 5, stockWords.contains(tail) { tailWord = cut >= 2 ? tail : "" }
                if head.count >= 5, stockWords.contains(head) { headWord = n - cut >= 2 ? head : "" }
            }
            if let found = [tailWord, headWord].compactMap({ $0 }).first(where: { !$0.isEmpty }) { return found }
        }
        return nil
    }

    /// The longest word of `tails` ending `word` or of `heads` beginning it, of five letters
    /// or more with two letters or more beside it, or nil. Only heads and tails no longer
    /// than ``longestListedWord`` are cut, so a long name costs little.
    static func runTogetherEnds(_ word: String, heads: Set<String>, tails: Set<String>) -> String? {
        // A word is all letters or all digits (``words(of:)``); only its two ends are read.
        guard word.first?.isLetter == true else { return nil }
        let longest = longestListedWord
        let front = Array(word.prefix(longest + 2)), back = Array(word.suffix(longest))
        // The word's length, or longest + 2 when it is longer: enough to leave two letters.
        let n = front.count
        for len in stride(from: min(longest, n - 2), through: 5, by: -1) {
            let tail = String(back[(back.count - len)...]), head = String(front[..<len])
            if tails.contains(tail) { return tail }
            if heads.contains(head) { return head }
        }
        return nil
    }

    /// The stock word of `measure` when it reads as a stock but is neither a stock
    /// (built-in or declared) nor declared a flow: such a measure is refused, not summed.
    /// The first of `stocks` also among `flows` (as tally keys names), which a command
    /// line or a spec may not declare both ways.
    public static func declaredBothWays(stocks: [String], flows: [String]) -> String? {
        let declaredFlows = Set(flows.map(canonicalName))
        return stocks.first { declaredFlows.contains(canonicalName($0)) }
    }

    public func undeclaredStockWord(in measure: String) -> String? {
        if stocks.contains(measure) || flows.contains(measure) { return nil }
        return MeasureCatalog.stockWord(in: measure)
    }

    /// Whether a column's name says its rows are rounds of an assessment, as IOM DTM's
    /// mobility tracking writes them: `round`, `Round Number`, `roundNumber`,
    /// `reporting_round`, `dtm_round`, `ronda`.
    public static func namesRoundsOfAssessment(_ column: String) -> Bool {
        words(of: column).contains { ["round", "rounds", "roundnumber", "roundno", "reportinground", "dtmround", "ronda"].contains($0) }
    }

    /// Whether a column's name says its rows are figures standing at a date, as a tracker
    /// writes its caseload without rounds (review41, stop 37's list: `displaced` beside
    /// `as_of` read 7,000 for 3,500): `as_of`, `asOfDate`, `snapshot_date`, `reporting_date`
    /// (DTM's `reportingDate`), `date_of_reporting`, `assessment_date`, `assessment_type`
    /// (HDX HAPI's IDPs: `BA`, `SA`), `fecha_de_corte`, `date_de_situation`. Not an event's
    /// `date_start`, `event_date`, `report_date` nor `source_date`.
    public static func namesCaseloadDate(_ column: String) -> Bool {
        let w = words(of: column)
        if w.contains(where: { $0.hasPrefix("asof") || $0.hasPrefix("snapshot") || $0.hasPrefix("assessment")
            || ["reportingdate", "reportingdates", "dateofreporting", "fechadecorte", "cutoff", "cutoffdate"].contains($0) }) {
            return true
        }
        for (a, b) in zip(w, w.dropFirst()) {
            if a == "as" && b == "of" || a == "reporting" && ["date", "dates", "day"].contains(b) || a == "of" && b == "reporting"
                || a == "de" && ["corte", "situation", "situación", "situacion"].contains(b) || a == "cut" && b == "off" {
                return true
            }
        }
        return false
    }

    /// Whether a column's name says each row is one event (review42 R6): its identity or its
    /// kind, as incident feeds write them: the native `incident`, `incident_id`, `event_id`,
    /// ACLED's `event_id_cnty`, GTD's `eventid`, `event_type`, `sub_event_type`,
    /// `incident_type`, `attack_type`, `event_date`, `incident_date`, `date_of_incident`.
    /// Beside such a column a `reporting_date` is when each event was reported, not a date a
    /// caseload stands at (``namesCaseloadDate(_:)``), so `displaced` there is per event.
    public static func namesAnEvent(_ column: String) -> Bool {
        let key = words(of: column).joined(separator: "_")
        return ["incident", "incident_id", "incidentid", "incident_type", "incidenttype", "incident_date", "incidentdate",
                "date_of_incident", "event_id", "eventid", "event_id_cnty", "event_type", "eventtype", "sub_event_type",
                "subeventtype", "sub_eventtype", "event_date", "eventdate", "date_of_event", "attack_type", "attacktype",
                "attacktype1", "type_of_violence", "tipo_de_evento", "type_d_événement", "type_d_evenement",
                "id_incidente", "id_evento"].contains(key)
    }

    /// A measure name as tally keys it: no surrounding white space, lower case, so a
    /// `--stock Members` declares the same stock as rows of `members ` (TallyIO brings
    /// the names in data to this form, with Unicode NFC besides).
    public static func canonicalName(_ name: String) -> String {
        let chars = Array(name)
        guard let first = chars.firstIndex(where: { !$0.isWhitespace }),
              let last = chars.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(chars[first ... last]).lowercased()
    }

    public func kind(of measure: String) -> MeasureKind {
        stocks.contains(measure) ? .stock : .flow
    }
}

/// Measure names that data writes for one count: `killed`, `deaths`, `dead`,
/// `fatalities`, `people killed`, `muertos`… A transcriber who wrote `deaths` on some rows
/// and `killed` on others has two measures, and tally never adds two measures (SPEC §2:
/// it cannot know they count the same people). So a run asked for one of them says the
/// others are there and left out, rather than print a `killed` total that is a part of
/// the deaths the file holds without a word (review28 N7).
public enum MeasureFamilies {
    /// One line per count: English, French, Spanish, Portuguese, German, Arabic,
    /// Persian, Indonesian and Turkish words, as monitors' spreadsheets head them.
    static let families: [[String]] = [
        ["killed", "kill", "kills", "killing", "killings", "deaths", "death", "dead", "fatalities", "fatality", "died",
         "muertos", "muertes", "muerto", "fallecidos", "asesinados", "morts", "mort", "tués", "décès", "mortos", "mortes",
         "óbitos", "tote", "todesopfer", "getötete", "قتلى", "القتلى", "وفيات", "کشته", "کشته‌ها", "tewas", "korban tewas",
         "ölü", "ölen"],
        ["injured", "injuries", "injury", "wounded", "hurt", "heridos", "lesionados", "blessés", "blessé", "feridos",
         "verletzte", "verwundete", "جرحى", "الجرحى", "مصابين", "زخمی", "زخمی‌ها", "luka", "luka-luka", "yaralı"],
        ["kidnapped", "kidnappings", "kidnapping", "abducted", "abductions", "abduction", "abductees", "hostages",
         "secuestrados", "secuestros", "enlevés", "enlèvements", "sequestrados", "entführte", "مختطفين", "المختطفين"],
        ["displaced", "idps", "displacement", "desplazados", "déplacés", "deslocados", "vertriebene", "نازحين", "النازحين"],
        ["arrested", "arrests", "detained", "detentions", "detenidos", "arrêtés", "arrestations", "presos", "festgenommene"],
    ]

    /// Words that name whom or how many, not what: `people killed`, `number of deaths`,
    /// `total_fatalities` are the family of their last word.
    static let fillers: Set<String> = ["people", "persons", "person", "total", "number", "of", "nb", "num", "no", "count",
                                       "reported", "personas", "personnes", "pessoas", "nombre", "número", "de", "des"]

    private static let familyOf: [String: Int] = {
        var d: [String: Int] = [:]
        for (i, f) in families.enumerated() { for w in f { d[w] = i } }
        return d
    }()

    /// The family of a measure name (as tally keys it: lower case, NFC), or nil. Separators
    /// `_`, `-` and spaces between words and the filler words are not part of the name.
    public static func family(of measure: String) -> Int? {
        if let i = familyOf[measure] { return i }
        let words = MeasureCatalog.words(of: measure)
        let named = words.filter { !fillers.contains($0) }
        guard !named.isEmpty, named.count < words.count || words.count > 1 else { return nil }
        return familyOf[named.joined(separator: " ")]
    }

    /// Whether `measure` is of the displacement family (`displaced`, `idps`,
    /// `desplazados`, `people displaced`).
    public static func isDisplacement(_ measure: String) -> Bool {
        guard let f = family(of: measure) else { return false }
        return families[f].contains("displaced")
    }

    /// The names in `present` other than `measure` that are of its family, in byte order.
    public static func alike(_ measure: String, among present: some Sequence<String>) -> [String] {
        guard let f = family(of: measure) else { return [] }
        return present.filter { $0 != measure && family(of: $0) == f }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// The groups of two or more names in `present` that are of one family, each in
    /// byte order, in the order of their first name.
    public static func groups(in present: some Sequence<String>) -> [[String]] {
        var byFamily: [Int: [String]] = [:]
        for m in present { if let f = family(of: m) { byFamily[f, default: []].append(m) } }
        return byFamily.values.filter { $0.count > 1 }
            .map { $0.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) } }
            .sorted { Array($0[0].utf8).lexicographicallyPrecedes(Array($1[0].utf8)) }
    }
}

/// A measure name one typing slip from another (review30 S22): `kiled` beside `killed`,
/// `injred`, `memebrs`. Read as written, a slip is a measure of its own, never added to
/// the one it misspells, and, unless declared, a **flow**: `memebrs` observed at 5,000
/// a month would be summed to 15,000 a quarter. Measures are a short vocabulary, not
/// names whose look carries meaning, so such a name is refused (docs/spec.md, "Slips
/// are refused") rather than read, as a misspelt country is.
public enum MeasureSlips {
    /// Measure names tally knows: the built-in flows and stocks and every name of the
    /// families (``MeasureFamilies``), with `event` beside `events`. Never slips.
    public static let known: Set<String> = {
        var s = Set(MeasureCatalog.builtInFlows).union(MeasureCatalog.builtInStocks)
        for f in MeasureFamilies.families { s.formUnion(f) }
        s.insert("event")
        s.insert("civilians_killed")
        return s
    }()

    /// The names a slip is looked for near when the input does not spell them, most
    /// used first: the built-in measures, then the families' words.
    static let listed: [String] = {
        var out = MeasureCatalog.builtInFlows + MeasureCatalog.builtInStocks.sorted()
        for f in MeasureFamilies.families { out += f.filter { !out.contains($0) } }
        return out
    }()

    public struct Slip: Equatable, Sendable {
        /// The name refused, as keyed (lower case, NFC).
        public var measure: String
        /// The name it is one slip from.
        public var near: String
        /// Whether the input spells `near` (else it is a name of tally's list).
        public var spelt: Bool
    }

    /// The first slip among `present`, the run's measure names in the order rows first
    /// spell them: a name that is neither known (``known``) nor declared (`declared`,
    /// `--stock`), one typing slip (``isOneSlip(_:_:)``) from a known or declared name the
    /// input spells, from another name the input spells earlier (where neither is known,
    /// the one read second is named), or from a name of tally's list. nil when none.
    public static func first(in present: [String], declared: Set<String> = []) -> Slip? {
        func isKnown(_ m: String) -> Bool { known.contains(m) || declared.contains(m) }
        // audit9b N1 (hang): every name was compared with every earlier one, so 16,000
        // names took 41 s (release). Only names one slip apart share a key of
        // ``slipKeys(_:)`` (the name, or it less one scalar), so each name is compared
        // with those alone; names too long for keys are compared by length, within a
        // budget. The known and the declared names are few: compared directly.
        let knownPresent = present.filter(isKnown)
        let sortedDeclared = declared.sorted()
        var byKey: [Int: [Int]] = [:]
        var longByLength: [Int: [Int]] = [:]
        var longBudget = 100_000
        for (i, m) in present.enumerated() {
            if !isKnown(m) {
                if let n = knownPresent.first(where: { $0 != m && isOneSlip(m, $0) }) {
                    return Slip(measure: m, near: n, spelt: true)
                }
                var earlier: [Int] = []
                let n = m.unicodeScalars.count
                // Names of the last indexed length and the first long one may be one slip apart.
                if n <= slipKeyLength + 1 {
                    for k in slipKeys(m, upTo: slipKeyLength + 1) ?? [] { earlier += byKey[k] ?? [] }
                }
                if n >= slipKeyLength {
                    var long: [Int] = []
                    for l in n - 1 ... n + 1 { long += longByLength[l] ?? [] }
                    if long.count > longBudget { long = Array(long.sorted().prefix(max(0, longBudget))) }
                    longBudget -= long.count
                    earlier += long
                }
                if let j = Set(earlier).sorted().first(where: { isOneSlip(m, present[$0]) }) {
                    return Slip(measure: m, near: present[j], spelt: true)
                }
                // Another number or gender of a listed flow (`mortas` of `mortos`, though one
                // slip from `morts` too) is that word, not a slip of any.
                let inflected = listed.contains { isInflection(m, of: $0) && !MeasureCatalog.builtInStocks.contains($0) }
                if let n = sortedDeclared.first(where: { isOneSlip(m, $0) })
                    ?? (inflected ? nil : listed.first(where: { isOneSlip(m, $0) })) {
                    return Slip(measure: m, near: n, spelt: false)
                }
            }
            if let keys = slipKeys(m) {
                for k in Set(keys) { byKey[k, default: []].append(i) }
            } else {
                longByLength[m.unicodeScalars.count, default: []].append(i)
            }
        }
        return nil
    }

    /// Names of at most this many scalars are indexed by ``slipKeys(_:)``.
    static let slipKeyLength = 64

    /// Hashes of the name and of the name less each one of its scalars: two names one
    /// slip apart (``isOneSlip(_:_:)``: a scalar changed, added, dropped, or two next to
    /// each other swapped) share one. nil for a name longer than ``slipKeyLength``.
    static func slipKeys(_ name: String, upTo limit: Int = slipKeyLength) -> [Int]? {
        let u = Array(name.unicodeScalars)
        guard u.count <= limit else { return nil }
        func key(skipping i: Int) -> Int {
            var h = Hasher()
            h.combine(i < 0 ? u.count : u.count - 1)
            for (j, c) in u.enumerated() where j != i { h.combine(c) }
            return h.finalize()
        }
        var keys = [key(skipping: -1)]
        keys.reserveCapacity(u.count + 1)
        for i in u.indices { keys.append(key(skipping: i)) }
        return keys
    }

    /// Whether `a` is `b` in another number or gender, as a language writes it, not a typing
    /// slip (review41, stop 37's list): an English plural or singular (`displacements`,
    /// IDMC's new displacements, beside `displacement`; `arrest`, `detention`), French
    /// feminine (`déplacées`, `tuées` beside `déplacés`, `tués`), Spanish or Portuguese
    /// feminine (`desplazadas`, `heridas`, `mortas` beside `desplazados`, `heridos`,
    /// `mortos`). Such a name beside none of the input's is read as written, a measure of
    /// its own (tally adds no two measures); beside its other form it stays refused.
    public static func isInflection(_ a: String, of b: String) -> Bool {
        let x = Array(a), y = Array(b)
        guard x.count >= 4, y.count >= 4, x != y else { return false }
        let (short, long) = x.count < y.count ? (x, y) : (y, x)
        if long.count == short.count + 1 {
            // A final `s` after a letter (not `s`, `d`: `killeds` is no plural).
            if Array(long.dropLast()) == short, long.last == "s", let l = short.last, l.isLetter, !"sd".contains(l) { return true }
            // French: `e` after `é`, before a final `s` or at the end (`déplacé`, `déplacée`).
            for i in 1 ..< long.count where long[i] == "e" && long[i - 1] == "é" {
                if Array(long[..<i] + long[(i + 1)...]) == short, i == long.count - 1 || i == long.count - 2 && long.last == "s" {
                    return true
                }
            }
            return false
        }
        // Spanish and Portuguese: `o` and `a` before a final `s` or at the end.
        guard x.count == y.count else { return false }
        let diff = x.indices.filter { x[$0] != y[$0] }
        guard diff.count == 1, let i = diff.first, Set([x[i], y[i]]) == ["o", "a"] else { return false }
        return i == x.count - 1 || i == x.count - 2 && x.last == "s"
    }

    /// Whether `a` and `b` differ by one typing slip (a letter added, dropped or
    /// replaced, or two neighbouring letters swapped) inside a word of four letters or
    /// more in both: `kiled`/`killed`, `memebrs`/`members`, `civilian_killed`/
    /// `civilians_killed`. A difference in a digit, a separator or a short word is no
    /// slip: `deaths_a` and `deaths_b`, `killed_1` and `killed_2` are two measures.
    public static func isOneSlip(_ a: String, _ b: String) -> Bool {
        // By scalar: a zero-width non-joiner that parts letters (`زخمی‌ها`, `زخمیها`) is no
        // letter, so the two are two measures, as drawn.
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        guard x != y, abs(x.count - y.count) <= 1, min(x.count, y.count) >= 4 else { return false }
        var p = 0
        while p < x.count, p < y.count, x[p] == y[p] { p += 1 }
        var s = 0
        while s < x.count - p, s < y.count - p, x[x.count - 1 - s] == y[y.count - 1 - s] { s += 1 }
        let dx = x[p ..< x.count - s], dy = y[p ..< y.count - s]
        let slip: Bool
        if x.count == y.count {
            slip = dx.count == 1 || dx.count == 2 && dx.first == dy.last && dx.last == dy.first
        } else {
            slip = dx.count + dy.count == 1
        }
        func letter(_ u: Unicode.Scalar) -> Bool { u.properties.isAlphabetic }
        guard slip, dx.allSatisfy(letter), dy.allSatisfy(letter) else { return false }
        // The word (run of letters) the slip is in, in each name.
        func wordLength(_ c: [Unicode.Scalar], _ from: Int, _ to: Int) -> Int {
            var lo = min(from, c.count), hi = max(lo, to)
            while lo > 0, letter(c[lo - 1]) { lo -= 1 }
            while hi < c.count, letter(c[hi]) { hi += 1 }
            return hi - lo
        }
        return wordLength(x, p, x.count - s) >= 4 && wordLength(y, p, y.count - s) >= 4
    }
}
