import TallyCore

/// Where each column tally reads sits in a file, found from its header row.
///
/// Column order is free and unknown columns are ignored (SPEC §2), so each file gets
/// its own layout; several files with different column orders, or even different
/// schemas, still form one dataset.
struct RowLayout {
    var names: [String]
    /// The schema the file is read in (never `.auto`).
    var schema: Schema
    /// The schema of the file these native rows were converted from (HDX HAPI), whose
    /// measure names `--measure` may use (`fatalities` for `killed`).
    var convertedFrom: Schema?
    /// The encoding the file was read with when it was given (`--encoding`, a spec's
    /// `encoding:`); nil when detected. Says what a bad byte's message advises.
    var encodingGiven: TextEncoding?
    /// readers19 (issue 11): the workbook's date system when the rows are a worksheet's
    /// (``InputDescription/date1904``), so that a date number is said in it; nil for a CSV.
    var date1904: Bool?
    var dateStart = -1, dateEnd = -1
    var country = -1, adm1 = -1, adm2 = -1, actor = -1
    var measure = -1, low = -1, best = -1, high = -1, estimate = -1
    /// `best_stated` (`true`/`false`), as `tally aggregate --format json` writes it:
    /// whether a source stated the best or the rules derived it (a range's midpoint).
    var bestStated = -1
    /// `approximate` (`true`/`false`) of a table tally wrote as JSON (a `period` column):
    /// with `best_stated` and a `high` left empty (`null`) for an open end it says all the
    /// `estimate` text says, so such a table reads without the text (audit10 F8: a jq or
    /// pandas step that keeps the numbers and flags was refused); beside the text it must
    /// agree with it.
    var approximate = -1
    var source = -1
    /// The source of rows whose `source` column is missing or empty, when declared
    /// (``IngestRequest/sourceOfFile``).
    var declaredSource: String?
    /// `period` in place of `date_start`: a result `tally aggregate` wrote, read back.
    var period = -1
    /// `covered` beside `period`: the days of the period the data covered when only
    /// some (`2019-11-01/2019-11-15`; `none`), empty when all.
    var covered = -1
    /// `partial` (a report's CSV: the same in words) in a file without `covered` (a
    /// tally before it): a row marked there is refused rather than read as complete.
    var partialWords = -1
    /// Whether the file is a table `tally aggregate` (or a report) wrote: a `period` in
    /// place of dates, with its `events` or `covered` column. Its figures are sums of
    /// events, never to be read with the records they were made from.
    var isTallyTable: Bool { period >= 0 && (events >= 0 || covered >= 0) }
    /// `date_precision` (native), `date_prec` (UCDP) or `time_precision` (ACLED).
    var datePrecision = -1
    /// Native `incident`: rows sharing a value are reports of one incident.
    var incident = -1
    /// UCDP `deaths_civilians`, read as the `civilians_killed` measure.
    var civilians = -1
    /// UCDP `deaths_a`, `deaths_b`, `deaths_unknown`: with `deaths_civilians` the parts
    /// of `best` (UCDP's codebook: best is their sum), checked never to exceed it.
    var deathsA = -1, deathsB = -1, deathsUnknown = -1
    /// Columns named in ``Grouping/extraColumns``.
    var extras: [Int] = []
    /// The event id (`id`, ACLED `event_id_cnty`): rows sharing one across files are
    /// one event read twice.
    var id = -1
    /// HDX HAPI conflict events: `location_code`, `admin_level`, `admin1_name`,
    /// `admin2_name`, `event_type`, `events`, `fatalities`, `reference_period_end`.
    var locationCode = -1, adminLevel = -1, eventType = -1, events = -1, periodEnd = -1
    /// A native column named as other tools name the events a row stands for (`Events`,
    /// `Incidents`, `n_events`, `event_count`) in a file with no `events` column: refused
    /// at a row where it holds a whole number, read as text where it does not.
    var eventsLike = -1
    /// How the grouping option is named where this file is read (`--by`, a report's `by:`).
    var byOption = "--by"
    var admin1Code = -1, admin2Code = -1
    /// HAPI's `provider_admin1_name` and `provider_admin2_name` (ACLED's own names), part
    /// of what HAPI publishes one row for: two rows of one admin2 unit with other provider
    /// names are two counts (places ACLED names apart that HAPI matched to one unit).
    var providerAdmin1 = -1, providerAdmin2 = -1
    /// Columns with empty names at the end of the header (a spreadsheet's stray
    /// columns): rows may leave them out.
    var trailingUnnamed = 0
    /// Whether the first column is unnamed (R's `write.csv` row names, pandas' index),
    /// so a field `NA` is R's missing value, an empty field, in every column (review48
    /// F14: an R-saved UCDP file's empty admin2 became a district named NA). pandas itself
    /// writes missing values empty, having read a literal NA as missing already. Without
    /// row numbers NA may be a value (Nigeria's Nasarawa state code: review50 F1).
    var rowNumbered: Bool { names.count > 1 && names[0].trimmingSpaces.isEmpty }

    /// The columns whose values the reader takes (dates, places, actor, figures, ids,
    /// codes, `--by` columns): a workbook's formula with no value saved is refused in
    /// these only (review52 F1).
    var readColumns: Set<Int> {
        var c: [Int] = [dateStart, dateEnd, country, adm1, adm2, actor, measure, low, best, high, estimate, bestStated, source,
                        period, covered, partialWords, datePrecision, incident, civilians, deathsA, deathsB, deathsUnknown, id,
                        locationCode, adminLevel, eventType, events, periodEnd, eventsLike, admin1Code, admin2Code,
                        providerAdmin1, providerAdmin2]
        c += extras
        return Set(c.filter { $0 >= 0 })
    }
    /// The order of all-numeric ACLED dates (`05/06/2016`), decided once per file;
    /// nil when the file's first block has none.
    var dayMonthOrder: DayMonthOrder?
    /// How the order was decided (for messages): "given with --date-order", "decided
    /// from line 7 (28/05/2016)".
    var dayMonthOrderReason = ""
    /// Whether the order was given (`--date-order`, a spec's `date_order:`), not decided
    /// from the file's own dates.
    var dayMonthOrderGiven = false
    /// readers12 (review54 F9, message): the first date of another form than all-numeric
    /// (`2018-05-01`, `28 May 2018`) seen in each date column (by index) at the start of
    /// the file (its first row, or the rows the order was decided from), with its line:
    /// a slashed date of that column is then refused without advising --date-order,
    /// which cannot settle a column of two forms (``Pipeline``'s `checkMixedDateForms`).
    var otherDateForm: [Int: (line: Int, text: String)] = [:]
    /// How digits in this file's estimate text are written (`--locale`, a report
    /// dataset's `locale:`).
    var convention: NumberConvention = .unspecified
    /// The plausible dates of this file when not the run-wide span (a report dataset's `date_range`).
    var plausible: PlausibleDates?
    var fieldCount: Int { names.count }
    /// The columns of a row's strict **shape** (``RowShape``, ``OverlapFinding``'s test
    /// of a re-export that revised the figures): every column but the figures, the id,
    /// the key columns the shape takes as the row rule reads them (dates, country,
    /// places, actor, measure, date precision) and ``volatileColumns``, each with its
    /// name's hash, and whether it is one of the **other** columns (not a `--by` column
    /// or a table's: `source`, `incident`, notes, a headline, any column tally does not
    /// read), whose values two independent sources would not write alike.
    var shapeColumns: [(index: Int, name: UInt64, other: Bool)] = []
    /// The columns that name the person a row is about (``personNames``), each with its
    /// name's hash: rows without an id that differ in one are two people, not a copy
    /// (review32 R2). No other column does: a pull's date stamp (`retrieved_at`), a
    /// pandas index or notes edited in a re-pull would make every row of two joined
    /// pulls differ, and the pulls were read doubled (review34 S5).
    var personColumns: [(index: Int, name: UInt64)] = []
    /// Header names (lower case) of a column naming a row's person.
    static let personNames: Set<String> = ["name", "names", "full_name", "fullname", "full name", "victim", "victim_name",
                                           "victim name", "person", "person_name", "first_name", "last_name", "surname",
                                           "given_name", "family_name", "nombre", "nom", "nome", "الاسم", "اسم", "نام"]
    /// Whether a header names a row's person, by a rule (review35 R-a: `Name of victim`,
    /// `name_ar`, `ФИО`, `Nom complet`, `victims` were outside ``personNames``, 23 of 29
    /// such headers refused): one of ``personNames`` whole, or a word of it (the header
    /// cut at every character that is not a letter) a word for a person's name or for a
    /// victim in some language (``personWords``), or an ASCII word ending in `name`
    /// after one of ``namePrefixes`` (`victimname`, `fullname`), and no word of a column that changes
    /// between two pulls of one list (``pullWords``: `file_name`, `user_name`,
    /// `export_name`, `version_name`, review34 S5: such a column made joined pulls read
    /// doubled, 1,803 for 1,222), nor of a count or category about the person.
    /// Every other word must qualify the name (``nameQualifiers``: `of`, `full`, `complet`,
    /// a language code): a name of something else, `village_name`, `reporter_name`,
    /// `perpetrator_name`, `camp_name`, `display_name`, made two pulls joined in one file
    /// read doubled (review37 S1: 1,436 for 718, exit 0, where they were refused before).
    static func namesPerson(_ header: String) -> Bool {
        let lower = header.trimmingSpaces.lowercased()
        if personNames.contains(lower) { return true }
        let words = lower.split { !$0.isLetter }.map(String.init)
        guard !words.isEmpty, !words.contains(where: { pullWords.contains($0) }) else { return false }
        func personWord(_ w: String) -> Bool {
            personWords.contains(w) || (w.hasSuffix("name") && namePrefixes.contains(String(w.dropLast(4))))
        }
        return words.contains(where: personWord) && words.allSatisfy { personWord($0) || nameQualifiers.contains($0) }
    }

    /// Words that may stand beside a name word in a person column's header
    /// (``namesPerson``): joining words, "full" and "first" in several languages, and
    /// the script or language the name is written in.
    static let nameQualifiers: Set<String> = [
        "of", "the", "s", "and", "de", "du", "des", "la", "le", "el", "del", "y", "e", "et", "und", "i", "и", "і", "ve", "di", "da",
        "do", "dos", "das", "van", "der", "het", "al",
        "full", "first", "last", "given", "family", "middle", "maiden", "complete", "complet", "complète", "completo", "completa",
        "ad", "الكامل", "كامل", "полное", "полное", "повне",
        "en", "ar", "fr", "es", "ru", "uk", "fa", "ku", "tr", "ur", "ps", "he", "my", "eng", "ara", "english", "arabic", "french",
        "latin", "local", "native", "original", "translit", "transliterated", "romanised", "romanized",
    ]

    /// Words for a person's name, or for the person killed (``namesPerson``).
    static let personWords: Set<String> = [
        "name", "names", "fullname", "firstname", "lastname", "surname", "surnames", "forename", "givenname", "familyname",
        "person", "victim", "victims", "martyr", "martyrs", "deceased",
        "nombre", "nombres", "apellido", "apellidos", "víctima", "victima",
        "nom", "noms", "prénom", "prenom", "prénoms", "victime",
        "nome", "nomi", "cognome", "vittima", "vítima", "vitima",
        "naam", "slachtoffer", "namen", "vorname", "nachname", "opfer", "isim", "adı", "adi", "soyad", "soyadı", "soyadi", "imię", "imie", "nazwisko", "ofiara",
        "фио", "имя", "фамилия", "отчество", "жертва", "ім", "імя", "прізвище",
        "اسم", "الاسم", "الأسم", "الضحية", "ضحية", "الشهيد", "شهيد", "نام", "قربانی", "نام_خانوادگی",
        "שם", "姓名", "名前", "氏名", "이름", "नाम", "ชื่อ", "tên",
    ]

    /// Words before `name` in one ASCII word (`fullname`, `victimname`).
    static let namePrefixes: Set<String> = ["full", "first", "last", "given", "family", "middle", "maiden", "sur", "fore", "victim", "person", "martyr"]

    /// Words of columns whose value a second pull of the same rows changes (``namesPerson``).
    static let pullWords: Set<String> = [
        "file", "filename", "sheet", "user", "username", "export", "pull", "batch", "run", "version", "retrieved", "index",
        "row", "notes", "note", "editor", "coder", "updated", "modified", "timestamp", "download", "query", "page",
        "source", "sources", "location", "place", "country", "admin", "adm", "region", "district", "province", "governorate",
        "event", "conflict", "dyad", "side", "actor", "org", "organisation", "organization", "group", "unit", "dataset", "project",
        // Not a name: a count, a category or a number about the person (two people of one
        // age and sex are told apart by nothing tally can check: refused, as before).
        "count", "number", "num", "total", "age", "sex", "gender", "type", "status", "id", "code",
    ]

    /// The columns of a row's stable shape (``RowShape``): those of ``stableNames``
    /// the file has, each with its name's hash; none for other schemas.
    var stableColumns: [(index: Int, name: UInt64)] = []
    /// readers15 (review56 F3): the column of an event's kind, ACLED's `event_type` or
    /// UCDP GED's `type_of_violence` (-1: none): an export per event type is no newer
    /// pull of another's events (``BlockParser/idKindDays``).
    var eventKind = -1

    /// What most often explains a missing column: a file saved in a spreadsheet's
    /// other CSV dialect, or a header in another case.
    static func exportHint(header: [String], missing: String) -> String {
        if header.count == 1, let only = header.first {
            if only.contains(";") { return "; the header looks ';'-separated: tally reads comma-separated CSV (save as \"CSV UTF-8\")" }
            if only.contains("\t") { return "; the header looks tab-separated: tally reads comma-separated CSV" }
        }
        // Published tables of counts rather than events: said as what they are.
        let names = Set(header.map { $0.trimmingSpaces.lowercased() })
        if names.isSuperset(of: ["week", "event_type", "events", "fatalities"]) && (names.contains("admin1") || names.contains("country")) {
            return "; this is ACLED's aggregated data (weekly counts of events and fatalities by admin1 and event type), not ACLED's events: "
                + "tally reads ACLED's event export (event_date, fatalities, actor1, …) and HDX HAPI's monthly conflict events, so download one of those"
        }
        // readers12 (audit11 F13): a desk's "prettified" ACLED header (`Event ID,Event Date,…`).
        let spelled = Set(header.map { $0.trimmingSpaces.lowercased().replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_") })
        if !names.contains("event_date") && spelled.isSuperset(of: ["event_date", "fatalities"]) {
            let shown = header.first { $0.trimmingSpaces.lowercased().replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_") == "event_date" } ?? "Event Date"
            return "; the header looks like ACLED's with its names reworded ('\(MessageText.excerpt(shown.trimmingSpaces, limit: 30))' for event_date): "
                + "rename the columns as ACLED writes them (event_id_cnty, event_date, fatalities, admin1, …), or download the export again"
        }
        // readers12 (audit11 F6): ACLED's monthly aggregated downloads on HDX
        // (`Country,Month,Year,Events,Fatalities`, by admin area on the HRP sheets).
        if names.isSuperset(of: ["country", "month", "year", "events"]) {
            return "; this is ACLED's aggregated data (monthly counts of events\(names.contains("fatalities") ? " and fatalities" : "") by country or admin area, "
                + "as ACLED publishes on HDX), not ACLED's events: tally reads ACLED's event export (event_date, fatalities, actor1, …) "
                + "and HDX HAPI's monthly conflict events, so download one of those"
        }
        if names.isSuperset(of: ["bd_best", "year"]) {
            return "; this is UCDP's Battle-Related Deaths dataset (one figure per conflict or dyad and year), not events: "
                + "tally reads UCDP GED (the georeferenced events, ged*.csv or GEDEvent_*.csv), so download that"
        }
        if let other = header.first(where: { $0.lowercased() == missing && $0 != missing }) {
            return "; found '\(other)': column names are lower case"
        }
        return ""
    }

    /// Every column name of the schemas tally reads, for telling a header that is
    /// merely incomplete from a first line that is no CSV header at all.
    static let knownColumns: Set<String> = [
        "id", "date_start", "date_end", "country", "adm_1", "adm_2", "actor", "measure", "low", "best", "high",
        "estimate", "source", "date_precision", "incident", "side_a", "side_b", "date_prec", "deaths_civilians",
        "type_of_violence", "conflict_name", "event_date", "best_stated", "admin1", "admin2", "actor1", "actor2", "fatalities",
        "time_precision", "event_type", "events",
    ]

    /// The header as messages show it: the names (each and all of them cut short) when
    /// some are known columns; only the column count when none is, since such a first
    /// line may be anything, a password hash included, and is not echoed.
    static func describe(_ header: [String]) -> String {
        // A ';'- or tab-separated header is one field holding the names.
        let known = header.contains { field in
            field.split(whereSeparator: { $0 == ";" || $0 == "\t" || $0 == "," })
                .contains { knownColumns.contains(String($0).trimmingSpaces.lowercased()) }
        }
        guard known else {
            return "the first line has \(header.count) field\(header.count == 1 ? "" : "s"), none of them a column tally knows; is this the right file?"
        }
        var shown = ""
        var count = 0
        for name in header {
            let part = MessageText.excerpt(name, limit: 40)
            if shown.utf8.count + part.utf8.count > 200 { break }
            shown += (count == 0 ? "" : ",") + part
            count += 1
        }
        if count < header.count { shown += ",… (\(header.count) columns)" }
        return "the header has: " + shown
    }

    /// Maps a header in the requested schema (`.auto` picks one from the header).
    init(header: [String], file: String, extraColumns: [String], schema requested: Schema = .auto,
         optionNames: OptionNames = .commandLine) throws(TallyError) {
        names = header
        schema = requested == .auto ? Schema.detect(header: header) : requested
        // UCDP, ACLED and HAPI names are matched in any case (older ACLED exports
        // write EVENT_DATE); native names are exact (SPEC §2).
        let foldCase = schema != .native
        var seen = [String: Int]()
        for (i, raw) in header.enumerated() {
            let name = foldCase ? raw.trimmingSpaces.lowercased() : raw.trimmingSpaces
            if name.isEmpty { continue }
            if let j = seen[name] {
                throw .data("\(file):1: column '\(raw.trimmingSpaces)' appears twice in the header (columns \(j + 1) and \(i + 1))")
            }
            seen[name] = i
        }
        while trailingUnnamed < header.count - 1 && header[header.count - 1 - trailingUnnamed].trimmingSpaces.isEmpty {
            trailingUnnamed += 1
        }
        func col(_ n: String) -> Int { seen[n] ?? -1 }
        let schemaName = schema.rawValue
        func require(_ columns: [String]) throws(TallyError) {
            for r in columns where col(r) < 0 {
                let own = Schema.distinctive[schema, default: []].filter { seen[$0] != nil }
                let which = requested == .auto && schema != .native
                    ? " (detected as \(schemaName): the header has \(own.prefix(4).joined(separator: ", "))\(own.count > 4 ? ", …" : ""))"
                    : schema == .native ? "" : " for \(optionNames.schema) \(schemaName)"
                throw .data("\(file):1: missing required column '\(r)'\(which) (\(RowLayout.describe(header)))"
                    + RowLayout.exportHint(header: header, missing: r))
            }
        }
        switch schema {
        case .native, .auto:
            // A result of `tally aggregate` has a period instead of dates.
            let readsPeriod = col("date_start") < 0 && col("period") >= 0
            // A table tally wrote holds the key columns it was grouped by, country
            // only when it was (`--by actor`, a report of summaries: review9d #15).
            try require(readsPeriod ? ["measure"] : ["date_start", "country", "measure"])
            if col("best") < 0 && col("estimate") < 0 {
                throw .data("\(file):1: missing required column 'best' (or 'estimate' with estimate text)")
            }
            if readsPeriod && col("covered_by_input") >= 0 {
                throw .data("\(file):1: the rows of this table are of inputs that cover different days (its column "
                            + "covered_by_input: `tally aggregate a.csv b.csv` wrote it from Syria to 31 October beside Iraq to "
                            + "31 December, say); read back, one file is one dataset, so a period where one input has no row would "
                            + "read as covered by the other's rows and a partial period as complete. Aggregate each input to a file "
                            + "of its own (tally aggregate a.csv -o a-agg.csv) and give those files together (each is then its own "
                            + "dataset), or read the original inputs")
            }
            if readsPeriod {
                period = col("period"); covered = col("covered")
                if covered < 0 { partialWords = col("partial") }
            }
            // A table `tally aggregate` wrote, cut to its numbers (csvcut, a pandas
            // subset): low, best and high alone would close "1,201+", give "5,000–7,000"
            // a best of 6,000 and drop "~", all silently.
            // JSON tally wrote keeps in `high` (null), `approximate` and `best_stated`
            // what the text says: with all three it reads without the text.
            let flagsStandIn = col("approximate") >= 0 && col("best_stated") >= 0 && col("high") >= 0
            if readsPeriod && col("events") >= 0 && col("estimate") < 0 && !flagsStandIn {
                throw .data("\(file):1: this is a table tally aggregate wrote (period and events columns) without its estimate "
                            + "column (or JSON key), which low, best and high alone cannot stand for: an open end (N+) has no upper "
                            + "bound, a range (N–M) may have no best of its own, ~N is approximate. Keep the estimate column (the one "
                            + "after events), or keep the approximate and best_stated columns (JSON keys) with high empty (null) for "
                            + "an open end, as tally writes them; or, when no figure is open-ended, approximate or a range without a "
                            + "best, add an empty estimate column")
            }
            if readsPeriod { approximate = col("approximate") }
            dateStart = col("date_start"); dateEnd = col("date_end")
            country = col("country"); adm1 = col("adm_1"); adm2 = col("adm_2"); actor = col("actor")
            measure = col("measure"); low = col("low"); best = col("best"); high = col("high")
            estimate = col("estimate"); source = col("source"); bestStated = col("best_stated")
            datePrecision = col("date_precision"); incident = col("incident")
            id = col("id")
            // A result of `tally aggregate` read back: each row stands for its `events`.
            events = col("events")
        case .ucdpGED:
            // GED releases before 17.1 call the estimates best_est, low_est, high_est.
            let suffix = col("best") < 0 && col("best_est") >= 0 ? "_est" : ""
            try require(["date_start", "country", "best" + suffix])
            dateStart = col("date_start"); dateEnd = col("date_end")
            country = col("country"); adm1 = col("adm_1"); adm2 = col("adm_2"); actor = col("side_a")
            low = col("low" + suffix); best = col("best" + suffix); high = col("high" + suffix)
            datePrecision = col("date_prec"); civilians = col("deaths_civilians")
            deathsA = col("deaths_a"); deathsB = col("deaths_b"); deathsUnknown = col("deaths_unknown")
            id = col("id")
        case .acled:
            try require(["event_date", "country", "fatalities"])
            dateStart = col("event_date")
            country = col("country"); adm1 = col("admin1"); adm2 = col("admin2"); actor = col("actor1")
            best = col("fatalities")
            datePrecision = col("time_precision")
            id = col("event_id_cnty")
        case .hapiConflict:
            try require(["location_code", "admin_level", "event_type", "events", "fatalities", "reference_period_start"])
            locationCode = col("location_code"); adminLevel = col("admin_level"); eventType = col("event_type")
            events = col("events"); best = col("fatalities")
            dateStart = col("reference_period_start"); periodEnd = col("reference_period_end")
            country = col("location_name") >= 0 ? col("location_name") : col("location_code")
            adm1 = col("admin1_name"); adm2 = col("admin2_name")
            admin1Code = col("admin1_code"); admin2Code = col("admin2_code")
            providerAdmin1 = col("provider_admin1_name"); providerAdmin2 = col("provider_admin2_name")
        }
        for e in extraColumns {
            guard let i = seen[foldCase ? e.lowercased() : e] else {
                throw .usage("\(file): \(optionNames.by): unknown key '\(MessageText.excerpt(e))': neither country, adm1, adm2, actor nor a column of this file (\(RowLayout.describe(header)))")
            }
            extras.append(i)
        }
        // A native column named as other tools name a key column (`admin1`, `province`,
        // `ADM_1`) was read by nothing: the area dropped silently, and two exports of
        // one source, one with adm_1 and one with `admin1`, not compared row by row
        // (review20a O6). Refused, unless the key column is there too or it is a --by key.
        if !foldCase {
            let aliases: [(String, [String])] = [
                ("adm_1", ["adm_1", "admin1", "admin_1", "adm1", "adm1_name", "admin1_name", "province", "governorate"]),
                ("adm_2", ["adm_2", "admin2", "admin_2", "adm2", "adm2_name", "admin2_name", "district"]),
                // The events a row stands for (review31 S5: `Events`, `n_events` were
                // ignored, each row one event, and a table of sums of events beside its
                // records read doubled). `count` alone may count anything: not here.
                ("events", ["events", "n_events", "nevents", "num_events", "number_of_events", "no_of_events", "event_count",
                            "events_count", "count_of_events", "incidents", "n_incidents", "num_incidents", "number_of_incidents",
                            "incident_count"]),
            ]
            for (key, names) in aliases where col(key) < 0 {
                for (i, raw) in header.enumerated() where names.contains(raw.trimmingSpaces.lowercased()) && !extraColumns.contains(raw.trimmingSpaces) {
                    if key == "events" {
                        // Refused only at a row whose cell is a whole number (BlockParser.record):
                        // a column of text (`Incidents`: "Airstrike on a market") counts nothing
                        // and is read as any other column (review32 R3).
                        if eventsLike < 0 { eventsLike = i; byOption = optionNames.by }
                        continue
                    }
                    throw .data("\(file):1: column '\(MessageText.excerpt(raw.trimmingSpaces, limit: 40))' (column \(i + 1)) is not read: tally reads "
                        + (key == "adm_1" ? "the first-level area (province, governorate)" : "the second-level area (district)")
                        + " from a column named \(key) (lower case), and this file has none, so its rows would be counted without their area "
                        + "and not matched with another export's; rename the column \(key), or give \(optionNames.by) \(MessageText.excerpt(raw.trimmingSpaces, limit: 40)) "
                        + "to group by it as it is")
                }
            }
        }
        findShapeColumns(foldCase: foldCase)
    }
}

extension RowLayout {
    /// Columns left out of a row's shapes by name (any letter case): coordinates,
    /// which a tool rounds or drops (`%.4f`, a WKT column cut), and what a revision
    /// changes by itself (`number_of_sources` rises as sources come in, ACLED's
    /// `timestamp` is the time of the last change; review28 S4).
    static let volatileColumns: Set<String> = [
        "latitude", "longitude", "lat", "lon", "lng", "long", "geom_wkt", "wkt", "geometry", "number_of_sources", "timestamp",
    ]

    /// The columns of the stable shape per schema (``RowShape``): columns every release
    /// of the schema has (GED since 5.0 and UCDP Candidate; ACLED's upper-case exports
    /// and today's), which a revision of the figures leaves as they were: not the
    /// sources, headline, notes, coordinates or precision codes, not the columns a
    /// release added (`where_description`, `iso3`, `civilian_targeting`), not the id
    /// columns a release renamed (`conflict_dset_id`, `conflict_new_id`).
    static let stableNames: [Schema: [String]] = [
        .ucdpGED: ["type_of_violence", "conflict_name", "dyad_name", "side_b", "where_coordinates", "region"],
        .acled: ["event_type", "sub_event_type", "actor2", "admin3", "location"],
    ]

    /// ``shapeColumns`` and ``stableColumns`` from the columns found.
    mutating func findShapeColumns(foldCase: Bool) {
        let figures: Set<Int> = [low, best, high, estimate, bestStated, civilians, deathsA, deathsB, deathsUnknown, events,
                                 covered, partialWords, id]
        // Taken as the row rule reads them (``BlockParser/rowShape``), not as written.
        let read: Set<Int> = [dateStart, dateEnd, country, adm1, adm2, actor, measure, datePrecision]
        let keys: Set<Int> = Set([period, periodEnd, locationCode, adminLevel, eventType, admin1Code, admin2Code,
                                  providerAdmin1, providerAdmin2] + extras)
        func hash(_ name: String) -> UInt64 { Array(name.utf8).withUnsafeBytes { Interner.hash($0.baseAddress!, $0.count) } }
        shapeColumns = []
        personColumns = []
        for (i, raw) in names.enumerated() where !figures.contains(i) && !read.contains(i) {
            let name = foldCase ? raw.trimmingSpaces.lowercased() : raw.trimmingSpaces
            guard !name.isEmpty, !Self.volatileColumns.contains(name.lowercased()) else { continue }
            shapeColumns.append((i, hash(name), !keys.contains(i)))
            // Of the other columns, those naming the row's person.
            if !keys.contains(i), Self.namesPerson(name) { personColumns.append((i, hash(name.lowercased()))) }
        }
        stableColumns = []
        let lower = names.map { $0.trimmingSpaces.lowercased() }
        eventKind = schema == .acled ? lower.firstIndex(of: "event_type") ?? -1 : schema == .ucdpGED ? lower.firstIndex(of: "type_of_violence") ?? -1 : -1
        for name in Self.stableNames[schema] ?? [] {
            if let i = lower.firstIndex(of: name), !read.contains(i) { stableColumns.append((i, hash(name))) }
        }
    }
}

extension String {
    /// Without the spaces, tabs (and a byte-order mark) around it: how header names and
    /// option values are compared.
    public var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\u{FEFF}" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
