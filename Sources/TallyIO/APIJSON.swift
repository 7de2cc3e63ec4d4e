/// ACLED and UCDP API responses saved to disk, turned into the CSV text of their
/// exports so they are read (and checked) exactly like a downloaded CSV.
///
/// - ACLED: `{"status":200,"success":true,"count":N,"data":[{…}, …]}`, every value a
///   string.
/// - UCDP: `{"TotalCount":N,"TotalPages":P,"PreviousPageUrl":…,"NextPageUrl":…,"Result":[{…}]}`.
/// - A bare array of flat records.
///
/// Several responses may follow each other in one input (`cat page*.json | tally
/// aggregate -`); their records are read in order. Keys become columns in the order
/// first seen; a record without a key leaves its column empty.
struct APIJSON {
    var format = ""
    var notes: [String] = []
    var ucdpPages: [UCDPPage] = []
    var acledPages: [ACLEDPage] = []
    private var csv: [UInt8] = []

    mutating func takeCSV() -> [UInt8] {
        defer { csv = [] }
        return csv
    }

    static func convert(_ bytes: [UInt8], name: String) throws(TallyError) -> APIJSON {
        var parser = JSONParser(bytes: bytes, name: name)
        var records: [[(String, String)]] = []
        var acledPages = 0, ucdpPages = 0, arrays = 0
        var out = APIJSON()
        repeat {
            let value = try parser.parseValue()
            let list: [JSONValue]
            switch value {
            case let .array(items):
                arrays += 1
                list = items
            case let .object(fields):
                let keys = Set(fields.map(\.0))
                if keys.contains("data") || (keys.contains("success") && !keys.isDisjoint(with: ["status", "error", "message", "messages"])) {
                    // readers12 (audit11 F11, message): HDX HAPI's API answers in the same
                    // envelope; it was called an ACLED response and told to add with_total=true.
                    if case let .array(items)? = fields.first(where: { $0.0 == "data" })?.1, case let .object(first)? = items.first,
                       Set(first.map { $0.0.lowercased() }).isSuperset(of: ["location_code", "admin_level", "event_type", "events"]) {
                        throw .data("\(name): an HDX HAPI API response (conflict events) in JSON, which tally does not read: its pages say "
                                    + "nothing of the records of the whole query, so a page missing could not be seen. Ask the API for "
                                    + "output_format=csv with a limit above the records of the query, or download the conflict events CSV from HDX; tally reads both")
                    }
                    acledPages += 1
                    let status = fields.first(where: { $0.0 == "status" })?.1.integer
                    if case let .bool(ok)? = fields.first(where: { $0.0 == "success" })?.1, !ok {
                        throw .data("\(name): the ACLED API answered with an error, not data: \(errorText(fields))")
                    }
                    if let status, status != 200 {
                        throw .data("\(name): the ACLED API answered with an error, not data: \(errorText(fields))")
                    }
                    guard case let .array(items)? = fields.first(where: { $0.0 == "data" })?.1 else {
                        throw .data("\(name): ACLED API response without a 'data' list: \(errorText(fields))")
                    }
                    // The rule for every API response (UCDP's TotalCount alike): it says
                    // how many records it holds, and holds them. Without the count a
                    // response cut short or edited cannot be told from a whole one.
                    let where_ = acledPages > 1 ? "\(name) (response \(acledPages))" : name
                    // `total_count`: the records of the whole query, whatever its limit and
                    // page (written with `with_total=true`, as `count` is, since ACLED's
                    // May 2026 change). Checked over every response of the run
                    // (``checkACLEDPages(_:)``): a page not given is seen.
                    var total: Int?
                    if let t = fields.first(where: { $0.0 == "total_count" })?.1, t != .null {
                        guard let v = t.integer, v >= 0 else {
                            throw .data("\(where_): the ACLED API response's 'total_count' is \(t.scalarText.map { "\"\($0)\"" } ?? "a JSON \(t.kind)"), not a number of records; save the response again as the API gives it")
                        }
                        total = v
                    }
                    out.acledPages.append(ACLEDPage(totalCount: total, response: acledPages - 1,
                                                    recordKeys: total == nil ? [] : items.map { recordKey($0, id: "event_id_cnty") },
                                                    days: total == nil ? nil : ACLEDPage.days(items)))
                    // Since May 2026 the API writes `count` (this response's records) and
                    // `total_count` only with `with_total=true`: a response with neither
                    // cannot show a page missing and is refused, saying so.
                    guard let c = fields.first(where: { $0.0 == "count" })?.1, c != .null else {
                        if total != nil { list = items; break }
                        throw .data("\(where_): ACLED API response without 'count' or 'total_count', so tally cannot tell whether it holds every record of its query "
                                    + "(since May 2026 the API writes them only when asked); download it again with with_total=true in the query")
                    }
                    guard let n = c.integer, n >= 0 else {
                        throw .data("\(where_): the ACLED API response's 'count' is \(c.scalarText.map { "\"\($0)\"" } ?? "a JSON \(c.kind)"), not a number of records; save the response again as the API gives it")
                    }
                    if n != items.count {
                        // More records than `count` (review26 N10): not cut short, but
                        // edited or two responses joined.
                        throw .data(n < items.count
                            ? "\(name): the ACLED API response says count \(n) but holds \(items.count) records, more than it says; the file looks edited or two responses joined into one, download it again"
                            : "\(name): the ACLED API response says count \(n) but holds \(items.count) records; the file looks cut short, download it again")
                    }
                    // `count` is the response's own records, not the query's (ACLED's
                    // with_total notice: "the number of rows returned in the current
                    // page"): without `total_count` a page not given cannot be seen.
                    // A response of a whole number of ACLED's pages (its limit, 500 by
                    // default in its API guides 2.9-3.4, 1,000 monadic; 5,000 now) is
                    // most likely page 1 of more, cut at the limit: refused, unless a
                    // shorter page of the same query (its last) is given beside it, its
                    // days meeting this one's (``checkACLEDPages(_:)``, review26 R6).
                    // Others are read with a note (``APIJSON/countOnlyNote(_:)``).
                    if total == nil, n > 0, n % 500 == 0 {
                        let i = out.acledPages.count - 1
                        out.acledPages[i].records = n
                        out.acledPages[i].days = ACLEDPage.days(items)
                        out.acledPages[i].fullPageRefusal = "\(where_): the ACLED API response holds \(n) records, a whole number of the API's pages (it sends a query in pages of its limit, "
                                    + "500 by default in its API guides, 5,000 now), and gives 'count' (the records of this response) but no 'total_count' (the records of the query), "
                                    + "so it is most likely the first page of more, and tally cannot tell: give the query's last page (fewer records, earlier days) after it, "
                                    + "or download the query again with with_total=true (tally then checks that every page is given), or with a limit above its records"
                    } else if total == nil {
                        let i = out.acledPages.count - 1
                        out.acledPages[i].records = n
                        out.acledPages[i].days = ACLEDPage.days(items)
                    }
                    // A response holding `count` rows of which some repeat others' event ids
                    // holds fewer records than it says: the repeats would be dropped as one
                    // event each and the rest of the response missed, silently.
                    // api20 (review60 F7, needless refusal): only rows with an id count; rows
                    // without one (not ACLED's own: a table wrapped in its envelope) that repeat
                    // another are read as a CSV's are, counted, with the reader's warning; they
                    // were refused as "a page pasted into itself", naming an id they lack.
                    let ids = items.map { recordKey($0, id: "event_id_cnty") }.filter { $0.hasPrefix("id\u{1F}") }
                    let distinct = Set(ids).count
                    if distinct != ids.count {
                        let repeats = ids.count - distinct
                        throw .data("\(where_): the ACLED API response says count \(n) and holds \(n) rows, but \(repeats) of them repeat\(repeats == 1 ? "s" : "") "
                                    + "another row's event id (event_id_cnty), so it holds \(n - repeats) of the \(n) records; the file looks "
                                    + "damaged (a page pasted into itself), download it again")
                    }
                    list = items
                } else if keys.contains("Result") {
                    ucdpPages += 1
                    guard case let .array(items)? = fields.first(where: { $0.0 == "Result" })?.1 else {
                        throw .data("\(name): UCDP API response whose 'Result' is not a list")
                    }
                    func link(_ key: String) -> String? {
                        if case let .string(u)? = fields.first(where: { $0.0 == key })?.1, !u.isEmpty { return u }
                        return nil
                    }
                    // A response without TotalCount cannot be checked for pages not
                    // given or a page cut short (checkUCDPPages), so it is not taken as
                    // the whole query: the API always writes it.
                    let where_ = ucdpPages > 1 ? "\(name) (response \(ucdpPages))" : name
                    let total = fields.first(where: { $0.0 == "TotalCount" })?.1
                    guard let total, total != .null else {
                        let pages = fields.first(where: { $0.0 == "TotalPages" })?.1.integer
                        let said = [link("NextPageUrl").map { "its NextPageUrl (\($0)) says another page follows" },
                                    pages.map { "it gives TotalPages \($0) but not the number of records" }].compactMap { $0 }
                        throw .data("\(where_): UCDP API response without TotalCount" + (said.isEmpty ? "" : " (" + said.joined(separator: "; ") + ")")
                                    + ", so tally cannot tell whether the pages given hold every record of the query, and a page not given "
                                    + "would leave its events out of every figure. Save the responses as the API gives them (TotalCount, "
                                    + "TotalPages, NextPageUrl and Result; every page, following NextPageUrl until it is empty)")
                    }
                    guard let totalCount = total.integer, totalCount >= 0 else {
                        throw .data("\(where_): the UCDP API response's TotalCount is \(total.scalarText.map { "\"\($0)\"" } ?? "a JSON \(total.kind)"), not a number of records; save the response again as the API gives it")
                    }
                    out.ucdpPages.append(UCDPPage(totalCount: totalCount,
                                                  totalPages: fields.first(where: { $0.0 == "TotalPages" })?.1.integer,
                                                  next: link("NextPageUrl"), previous: link("PreviousPageUrl"),
                                                  records: items.count, response: ucdpPages - 1,
                                                  recordKeys: items.map { recordKey($0, id: "id") }))
                    list = items
                } else {
                    let shown = fields.prefix(8).map(\.0).joined(separator: ", ")
                    throw .data("\(name): JSON, but neither an ACLED API response ('data') nor a UCDP API response ('Result'); its keys are: \(shown)")
                }
            default:
                throw .data("\(name): JSON holding a single \(value.kind), not records")
            }
            for (k, item) in list.enumerated() {
                guard case let .object(fields) = item else {
                    throw .data("\(name): record \(records.count + 1) is a JSON \(item.kind), expected an object (\(k + 1) in its list)")
                }
                var row: [(String, String)] = []
                row.reserveCapacity(fields.count)
                for (key, v) in fields {
                    guard let text = v.scalarText else {
                        throw .data("\(name): record \(records.count + 1): '\(key)' holds a JSON \(v.kind); expected text, a number or null")
                    }
                    row.append((key, text))
                }
                records.append(row)
            }
        } while parser.skipSpace()
        var parts: [String] = []
        if acledPages > 0 { parts.append("ACLED API JSON (\(acledPages) page\(acledPages == 1 ? "" : "s"))") }
        if ucdpPages > 0 { parts.append("UCDP API JSON (\(ucdpPages) page\(ucdpPages == 1 ? "" : "s"))") }
        if arrays > 0 { parts.append("JSON records") }
        out.format = parts.joined(separator: " + ") + ", \(records.count) record\(records.count == 1 ? "" : "s")"
        // Columns in the order first seen.
        var columns: [String] = []
        var index: [String: Int] = [:]
        for r in records {
            for (k, _) in r where index[k] == nil {
                index[k] = columns.count
                columns.append(k)
            }
        }
        if records.isEmpty {
            // A quiet week or a query that matched nothing: the API answers with an
            // empty list, which is data (no event), as a CSV export with its header
            // alone is. It is read as that dataset's header, so the run says it adds
            // no figure and covers no day (review32 R1). A bare `[]` names no dataset.
            guard arrays == 0 else {
                throw .data("\(name): an empty JSON list: it holds no record and names no dataset; leave it out of the run")
            }
            columns = ucdpPages > 0 ? Self.ucdpEmptyHeader : Self.acledEmptyHeader
        }
        var csv: [UInt8] = []
        csv.reserveCapacity(bytes.count)
        appendRow(columns, to: &csv)
        var values = [String](repeating: "", count: columns.count)
        for r in records {
            for i in values.indices { values[i] = "" }
            for (k, v) in r { values[index[k]!] = v }
            appendRow(values, to: &csv)
        }
        out.csv = csv
        return out
    }

    /// The columns an empty ACLED API response stands for: the fields the API
    /// documents for its `data` records, enough for the header to be ACLED's.
    static let acledEmptyHeader = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                                   "sub_event_type", "actor1", "actor2", "country", "admin1", "admin2", "admin3", "location",
                                   "latitude", "longitude", "source", "notes", "fatalities"]
    /// The columns an empty UCDP API response stands for (GED's own).
    static let ucdpEmptyHeader = ["id", "year", "type_of_violence", "conflict_name", "dyad_name", "side_a", "side_b", "country",
                                  "adm_1", "adm_2", "date_prec", "date_start", "date_end", "deaths_civilians", "best", "high", "low"]

    /// The rule ACLED's responses follow (a `count` other than the records held is
    /// refused), for UCDP's paged responses across every input of a run: the pages of
    /// one query (the same `TotalCount` and page links but for `page=`) must all be
    /// given, and together hold `TotalCount` records. A page cut short (TotalCount 400,
    /// TotalPages 1, 200 records) or a page not given (a `NextPageUrl` no input
    /// answers) would leave events out of every figure, silently; both are refused,
    /// saying which. A page given twice counts once (its events are one by id).
    /// ACLED's `total_count` (the query's records, ignoring limit and page) checked as
    /// UCDP's TotalCount: the responses of one query together hold that many distinct
    /// records (by event_id_cnty). Fewer: a page was not given (or the data moved
    /// between the pages' downloads), refused naming the inputs.
    ///
    /// ACLED's responses do not say their query, and two queries may give the same
    /// total (review19 F: India and Pakistan, 4 each, page 2 of each missing, read as
    /// one whole query of 4). So responses are taken as one query's pages only where
    /// the inputs say so: the responses of one input (`cat q_p*.json | tally aggregate -`),
    /// or inputs whose names differ only in the page number (``queryName(_:)``:
    /// `india_p1.json`, `india_p2.json`). Pages of one query hold no more records than
    /// its total; a group holding more is refused as not one query. A response whose
    /// records are exactly another whole query's response of the same total (a page
    /// given again under another name) is that page again.
    /// The note for inputs of ACLED API responses with `count` but no `total_count`
    /// (saved before ACLED's with_total change, or without it): read, but a page of
    /// their query not given cannot be seen. Nil when there are none.
    public static func countOnlyNote(_ inputs: [String]) -> String? {
        guard !inputs.isEmpty else { return nil }
        let names = inputs.count <= 3 ? inputs.joined(separator: ", ") : inputs.prefix(3).joined(separator: ", ") + " and \(inputs.count - 3) more"
        return "\(names): ACLED API response\(inputs.count == 1 ? "" : "s") with 'count' (the records of each response) but no 'total_count' "
            + "(the records of the query): a page of the query not given cannot be seen, and its events would be missing from every figure; "
            + "give every page, or download with with_total=true to have the pages checked"
    }

    static func checkACLEDPages(_ pages: [(input: String, page: ACLEDPage)]) throws(TallyError) {
        // A response with `count` only, of a whole number of pages, is read only beside
        // a shorter response of the same query given after it (one input, or names alike:
        // `read.json`, `read (1).json`) whose days end where its own begin (ACLED sends the latest
        // days first): the query's last page. A middle page not given still cannot be
        // seen (the note of ``countOnlyNote(_:)`` says so). Review26 R6.
        for (k, p) in pages.enumerated() {
            guard let refusal = p.page.fullPageRefusal else { continue }
            let q = queryName(p.input)
            let last = pages.indices.contains { j in
                let o = pages[j]
                guard j > k, o.page.totalCount == nil, o.page.fullPageRefusal == nil, queryName(o.input) == q else { return false }
                // An empty response (`count` 0) is no proof: it may be the page after the
                // last, or a page past pages lost (p1 and p4 given: review35 S-b, read 453
                // for 1,174), and without `total_count` nothing tells them apart.
                guard o.page.records > 0, o.page.records < p.page.records,
                      let mine = p.page.days, let theirs = o.page.days else { return false }
                return theirs.upperBound <= mine.lowerBound
            }
            if !last { throw .data(refusal) }
        }
        struct Group: Hashable { var total: Int; var query: String }
        var groups: [Group: [(input: String, page: ACLEDPage)]] = [:]
        var order: [Group] = []
        // A response holding its query's every record is that whole query (pages named
        // alike that are each whole are queries of their own, or one given twice).
        var wholePages: [Int: Set<Set<String>>] = [:]
        // Empty responses of a query with records (`total_count` 3, `data` []): the
        // page a paging loop ends on, past the last (review34 R1). Checked below: read
        // when the query's every record is given, else a page is missing.
        var emptyPages: [(input: String, page: ACLEDPage)] = []
        for p in pages {
            guard let t = p.page.totalCount else { continue }
            let records = Set(p.page.recordKeys)
            if records.isEmpty && t > 0 {
                emptyPages.append(p)
                continue
            }
            if records.count == t {
                wholePages[t, default: []].insert(records)
                continue
            }
            let g = Group(total: t, query: queryName(p.input))
            if groups[g] == nil { order.append(g) }
            groups[g, default: []].append(p)
        }
        func held(_ g: Group) -> Int { Set(groups[g]!.flatMap(\.page.recordKeys)).count }
        func inputs(_ g: Group) -> [String] {
            var out: [String] = []
            for p in groups[g]! where !out.contains(p.input) { out.append(p.input) }
            return out
        }
        // The responses of the queries that are whole, by total: a page given again
        // under another name holds exactly one of them.
        for g in order where held(g) == g.total {
            for p in groups[g]! { wholePages[g.total, default: []].insert(Set(p.page.recordKeys)) }
        }
        for e in emptyPages {
            let t = e.page.totalCount!
            let whole = wholePages[t]?.isEmpty == false || order.contains { $0.total == t && held($0) == t }
            guard !whole else { continue }
            throw .data("\(e.input): the ACLED API response says total_count \(t) (the records of the query) and holds none: it is a page past the "
                        + "query's last, and the pages holding its \(t) record\(t == 1 ? "" : "s") are not given; give every page of the query")
        }
        let hint = "ACLED's responses do not say their query, so tally takes responses as the pages of one query only when they are in one input "
            + "(cat q_p1.json q_p2.json | tally aggregate -) or their names differ only in the page number (q_p1.json, q_p2.json) "
            + "or a browser's copy number (read.json, read (1).json); give each query's pages so"
        for g in order {
            let members = groups[g]!
            let t = g.total, n = held(g)
            let names = inputs(g)
            let rows = members.reduce(0) { $0 + $1.page.recordKeys.count }
            let others = order.filter { $0 != g && $0.total == t }
            // Pages of one query (one input, or names alike but for the page number) that
            // give other totals: the query's records changed between the pages'
            // downloads (an update of ACLED's data), not a page left out.
            if n != t, let o = pages.first(where: { $0.page.totalCount.map { $0 != t } == true && queryName($0.input) == g.query }) {
                let other = o.page.totalCount!
                let theirs = o.input == names[0] ? "another response in it says \(other)" : "\(o.input) says total_count \(other)"
                throw .data("\(names.joined(separator: " and ")): the ACLED API response\(members.count == 1 ? " says" : "s say") total_count \(t) and \(theirs), "
                            + "for pages of one query: the totals differ, so ACLED's data changed between the pages' downloads and the pages "
                            + "do not fit together (records may be missing or counted twice); download every page of the query again, one after the other")
            }
            if n > t {
                throw .data("\(names.joined(separator: " and ")): the ACLED API responses say total_count \(t) (the records of the query), "
                            + "but together they hold \(n) distinct records, more than the query has: they are not the pages of one query "
                            + "(or the data changed between the pages' downloads). \(hint), or download the query again")
            }
            if n == t { try checkOneQuery(members, total: t, names: names, hint: hint) }
            guard n < t else { continue }
            if members.allSatisfy({ !$0.page.recordKeys.isEmpty && wholePages[t]?.contains(Set($0.page.recordKeys)) == true }) { continue }
            throw .data("\(names.joined(separator: " and ")): the ACLED API response\(members.count == 1 ? " says" : "s say") total_count \(t) (the records of the query), "
                        + "but \(members.count == 1 ? "it holds" : "together they hold") \(n) distinct record\(n == 1 ? "" : "s")\(rows != n ? " in \(rows) rows" : ""): "
                        + "a page of the query is missing (the API sends a query in pages of its limit: page=1, 2, …); give every page"
                        + (others.isEmpty ? "" : ". \(others.flatMap(inputs).joined(separator: " and ")) also say\(others.flatMap(inputs).count == 1 ? "s" : "") total_count \(t): "
                           + "tally cannot tell whether they are pages of the same query. " + hint))
        }
    }

    /// Responses taken as the pages of one query (one input, or names alike) that hold
    /// its every record may still be pages of two queries whose totals agree: page 1 of
    /// India and page 1 of Pakistan, 3 records each of 6, saved as page1.json and
    /// page2.json or piped as one input, read as one whole query (review20b P2). What
    /// the responses show of their query is checked:
    /// - ACLED sends a query's records in date order (latest first, its API guide), so
    ///   the pages of one query hold stretches of days that meet on one day at most;
    ///   page 1 of two queries over the same months each hold the latest days.
    /// - A query is sent in pages of its `limit`: every page but the last holds as many
    ///   records, so two pages holding fewer than the fullest are not one query's.
    /// A page given twice is one page. Dates not written `YYYY-MM-DD` are not compared.
    static func checkOneQuery(_ members: [(input: String, page: ACLEDPage)], total t: Int, names: [String], hint: String) throws(TallyError) {
        var distinct: [(input: String, page: ACLEDPage)] = []
        var seen: Set<Set<String>> = []
        for m in members where seen.insert(Set(m.page.recordKeys)).inserted { distinct.append(m) }
        guard distinct.count > 1 else { return }
        func name(_ m: (input: String, page: ACLEDPage)) -> String {
            members.contains { $0.input == m.input && $0.page.response != m.page.response } ? "\(m.input) (response \(m.page.response + 1))" : m.input
        }
        let lead = "\(names.joined(separator: " and ")): the ACLED API responses say total_count \(t) and together hold \(t) records, but they are not the pages of one query: "
        let tail = ". They look like pages of several queries whose totals happen to agree (page 1 of each, their other pages missing), and read as one "
            + "query each would be counted as whole. Give every page of each query. \(hint)"
        if distinct.allSatisfy({ $0.page.days != nil }) {
            let byDays = distinct.sorted { ($0.page.days!.upperBound, $0.page.days!.lowerBound) > ($1.page.days!.upperBound, $1.page.days!.lowerBound) }
            for (later, earlier) in zip(byDays, byDays.dropFirst()) where earlier.page.days!.upperBound > later.page.days!.lowerBound {
                func span(_ d: ClosedRange<String>) -> String { d.lowerBound == d.upperBound ? d.lowerBound : "\(d.lowerBound) to \(d.upperBound)" }
                throw .data(lead + "ACLED sends a query's records in date order, so the pages of one query hold stretches of days that meet on one day at most, "
                            + "and \(name(earlier)) holds events of \(span(earlier.page.days!)) while \(name(later)) holds events of \(span(later.page.days!))" + tail
                            + ". If they are one query's pages and the API no longer sends a query in date order, download the query in one response with a larger limit, or as a CSV export")
            }
        }
        let full = distinct.map(\.page.recordKeys.count).max()!
        let short = distinct.filter { $0.page.recordKeys.count < full }
        if short.count > 1, let fullest = distinct.first(where: { $0.page.recordKeys.count == full }) {
            throw .data(lead + "the API sends a query in pages of its limit, so every page but the last holds as many records, and \(name(fullest)) holds \(full) "
                        + "while " + short.map { "\(name($0)) holds \($0.page.recordKeys.count)" }.joined(separator: " and ") + tail)
        }
    }

    /// What names an input's query: its path with the page number of its file name
    /// (the digits after `page`, `pg` or `p` starting a word: `india_p2.json`,
    /// `acled page=3.json`) left out, so the pages of one query saved under names
    /// that differ only in it are one query; a name without a page number is its
    /// own query (its responses are the query's pages).
    /// A copy number a browser or downloader adds to a name already taken (`read (1).json`,
    /// `read(2).json`, wget's `read.json.1`) is left out too: ACLED's API answers at
    /// `…/acled/read`, so a browser saves every page of a query as `read.json`, then
    /// `read (1).json`, … (review20b P1). Whether such responses are one query's pages
    /// is then told by their records (``checkOneQuery``).
    static func queryName(_ input: String) -> String {
        let slash = input.lastIndex(of: "/").map { input.index(after: $0) } ?? input.startIndex
        let base = withoutCopyNumber(Array(input[slash...].utf8))
        var found: (Int, Int)? = nil
        var i = 0
        func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
        func isLetter(_ b: UInt8) -> Bool { (lower(b) >= 97 && lower(b) <= 122) || b >= 0x80 }
        while i < base.count {
            if lower(base[i]) == UInt8(ascii: "p") && (i == 0 || !isLetter(base[i - 1])) {
                var j = i + 1
                for word in ["age", "g"] {
                    let w = Array(word.utf8)
                    if j + w.count <= base.count && zip(base[j ..< j + w.count], w).allSatisfy({ lower($0) == $1 }) { j += w.count; break }
                }
                if j < base.count, [UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "="), UInt8(ascii: " "), UInt8(ascii: ".")].contains(base[j]),
                   j + 1 < base.count, base[j + 1] >= 48 && base[j + 1] <= 57 { j += 1 }
                var k = j
                while k < base.count, base[k] >= 48 && base[k] <= 57 { k += 1 }
                if k > j && (k == base.count || !isLetter(base[k])) { found = (j, k) }
            }
            i += 1
        }
        guard let (s, e) = found else { return String(input[..<slash]) + String(decoding: base, as: UTF8.self) }
        return String(input[..<slash]) + String(decoding: base[..<s], as: UTF8.self) + "#" + String(decoding: base[e...], as: UTF8.self)
    }

    /// A file name without the copy number a browser (` (1)`, `(1)` before the
    /// extension) or wget (`.1` after it) adds to a name already taken.
    static func withoutCopyNumber(_ name: [UInt8]) -> [UInt8] {
        func digits(_ s: ArraySlice<UInt8>) -> Bool { !s.isEmpty && s.allSatisfy { $0 >= 48 && $0 <= 57 } }
        // wget: name.json.1
        if let dot = name.lastIndex(of: UInt8(ascii: ".")), digits(name[(dot + 1)...]),
           let ext = name[..<dot].lastIndex(of: UInt8(ascii: ".")), !digits(name[(ext + 1) ..< dot]) {
            return Array(name[..<dot])
        }
        let ext = name.lastIndex(of: UInt8(ascii: ".")) ?? name.count
        let stem = name[..<ext]
        guard stem.last == UInt8(ascii: ")"), let open = stem.lastIndex(of: UInt8(ascii: "(")), open > stem.startIndex,
              digits(stem[(open + 1) ..< (stem.endIndex - 1)]) else { return name }
        let cut = stem[open - 1] == UInt8(ascii: " ") ? open - 1 : open
        guard cut > 0 else { return name }
        return Array(name[..<cut]) + Array(name[ext...])
    }

    static func checkUCDPPages(_ pages: [(input: String, page: UCDPPage)]) throws(TallyError) {
        struct Group: Hashable { var total: Int; var query: String }
        var groups: [Group: [(input: String, page: UCDPPage)]] = [:]
        var order: [Group] = []
        for (k, p) in pages.enumerated() {
            guard let total = p.page.totalCount else { continue }
            // A page without links is its own query (a response of one page).
            let g = Group(total: total, query: p.page.query ?? "#\(k)")
            if groups[g] == nil { order.append(g) }
            groups[g, default: []].append(p)
        }
        for g in order {
            let members = groups[g]!
            var byNumber: [Int: (input: String, page: UCDPPage)] = [:]
            for m in members {
                let n = m.page.number
                if let old = byNumber[n], old.page.records >= m.page.records { continue }
                byNumber[n] = m
            }
            let pageSize = members.lazy.compactMap(\.page.pageSize).first
            let count = members.lazy.compactMap(\.page.totalPages).max()
                ?? pageSize.map { $0 > 0 ? (g.total + $0 - 1) / $0 : 1 } ?? byNumber.count
            func where_(_ m: (input: String, page: UCDPPage)) -> String {
                members.filter({ $0.input == m.input }).count > 1 ? "\(m.input) (response \(m.page.response + 1))" : m.input
            }
            let held = byNumber.values.reduce(0) { $0 + $1.page.records }
            if let missing = (0 ..< max(count, 1)).first(where: { byNumber[$0] == nil }) {
                let pointing = members.first { $0.page.number + 1 == missing && $0.page.next != nil }
                let missingCount = (0 ..< count).filter { byNumber[$0] == nil }.count
                throw .data("\(pointing.map(where_) ?? where_(members[0])): UCDP API page=\(missing) is not given"
                            + (pointing.map { " (this page's NextPageUrl, \($0.page.next!))" } ?? "")
                            + ": \(missingCount) of the \(count) pages (TotalPages) \(missingCount == 1 ? "is" : "are") missing and the pages given hold \(held) "
                            + "of the \(g.total) records announced (TotalCount), so every figure would miss the rest. Save every page "
                            + "(follow NextPageUrl until it is empty) and give them all")
            }
            // Rows are not records: a page saved under another page's name (offsets
            // that shifted between downloads, a file copied) holds TotalCount rows, but
            // its records are another page's, dropped as repeats, and the query's other
            // records are missing from every figure.
            var seen: [String: String] = [:]
            var repeats: [(page: String, of: String, count: Int)] = []
            for n in byNumber.keys.sorted() {
                let m = byNumber[n]!
                var again: [String: Int] = [:]
                for k in m.page.recordKeys {
                    if let first = seen[k] { again[first, default: 0] += 1 } else { seen[k] = "\(where_(m)) (page=\(n))" }
                }
                for (first, c) in again.sorted(by: { $0.key < $1.key }) { repeats.append(("\(where_(m)) (page=\(n))", first, c)) }
            }
            if held == g.total && seen.count < g.total {
                let said = repeats.map { "\($0.count) record\($0.count == 1 ? "" : "s") of \($0.page) repeat\($0.count == 1 ? "s" : "") \($0.page == $0.of ? "others of the same page" : $0.of + "'s")" }
                throw .data("\(members.map(\.input).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.joined(separator: ", ")): the UCDP API announced \(g.total) records (TotalCount) in \(count) page\(count == 1 ? "" : "s") "
                            + "and the pages hold \(held) rows, but only \(seen.count) of the \(g.total) records (by id): \(said.joined(separator: "; ")), "
                            + "as when a page is saved under another page's name or the offsets moved between downloads, so every figure would miss "
                            + "the other \(g.total - seen.count). Download the pages again (follow NextPageUrl until it is empty)")
            }
            if held != g.total {
                var cut = byNumber.values.first { $0.page.records != expectedRecords($0.page.number, total: g.total, pageSize: pageSize, pages: count) }
                if cut == nil && byNumber.count == 1 { cut = byNumber.values.first }
                if let cut {
                    let expected = expectedRecords(cut.page.number, total: g.total, pageSize: pageSize, pages: count)
                    throw .data("\(where_(cut)): the UCDP API response announces \(g.total) records (TotalCount) in \(count) page\(count == 1 ? "" : "s") "
                                + "and holds \(cut.page.records)\(expected.map { count > 1 ? " where its page should hold \($0)" : "" } ?? ""); "
                                + "the file looks cut short, download it again")
                }
                throw .data("\(members.map(\.input).joined(separator: ", ")): the UCDP API announced \(g.total) records (TotalCount) in \(count) pages "
                            + "but the pages given hold \(held); a page looks cut short, download them again")
            }
        }
    }

    /// What tells one record from another: its id (`id`, `event_id_cnty`) as the reader
    /// compares ids (``idBounds``: without the invisible characters around it, `214797.0`
    /// as 214797), else the whole record as written.
    static func recordKey(_ item: JSONValue, id: String) -> String {
        guard case let .object(fields) = item else { return "" }
        if let v = fields.first(where: { $0.0 == id })?.1.scalarText {
            var bytes = Array(v.utf8)
            let key: String? = bytes.withUnsafeMutableBufferPointer { b in
                guard let p = b.baseAddress, b.count > 0 else { return nil }
                let (s, e) = eventIdBounds(p, b.count, integer: id == "id")
                return e > s ? String(decoding: UnsafeBufferPointer(start: p + s, count: e - s), as: UTF8.self) : nil
            }
            if let key { return "id\u{1F}" + key }
        }
        return "row\u{1F}" + fields.map { $0.0 + "\u{1E}" + ($0.1.scalarText ?? "") }.joined(separator: "\u{1F}")
    }

    /// Records page `n` (from 0) should hold: full pages, the rest on the last; nil when
    /// the page size is not known.
    private static func expectedRecords(_ n: Int, total: Int, pageSize: Int?, pages: Int) -> Int? {
        guard let size = pageSize, size > 0 else { return pages == 1 ? total : nil }
        return max(0, min(size, total - n * size))
    }

    /// What an API's error answer says, in its own words: `Invalid key (status 400)` from
    /// ACLED's `{"success":false,"error":[{"status":400,"message":"Invalid key"}]}`, an
    /// object or a list of them, a string, or the status alone (review46 N-m: "error: array").
    static func errorText(_ fields: [(String, JSONValue)]) -> String {
        func said(_ v: JSONValue) -> String? {
            switch v {
            case let .object(inner):
                let message = ["message", "messages", "error", "detail", "description"].lazy.compactMap { key in
                    inner.first(where: { $0.0 == key }).flatMap { said($0.1) }
                }.first
                let status = ["status", "code"].lazy.compactMap { key in inner.first(where: { $0.0 == key })?.1.scalarText }.first
                switch (message, status) {
                case let (m?, s?): return m.contains("status \(s)") ? m : "\(m) (status \(s))"
                case let (m?, nil): return m
                case let (nil, s?): return "status \(s)"
                case (nil, nil): return nil
                }
            case let .array(items):
                let each = items.compactMap(said)
                return each.isEmpty ? nil : each.joined(separator: "; ")
            case .null:
                return nil
            default:
                return v.scalarText
            }
        }
        let t = said(.object(fields)) ?? "no data"
        return t.count > 300 ? String(t.prefix(300)) + "…" : t
    }

    /// One CSV record, quoting fields that need it (RFC 4180).
    static func appendRow(_ values: [String], to out: inout [UInt8]) {
        appendFields(values, to: &out)
        out.append(0x0A)
    }

    /// ``appendRow(_:to:)``'s fields without the line end; `first: false` writes a comma
    /// before the first (the fields go on a row begun).
    static func appendFields(_ values: [String], to out: inout [UInt8], first: Bool = true) {
        for (i, v) in values.enumerated() {
            if i > 0 || !first { out.append(0x2C) }
            let u = v.utf8
            if u.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
                out.append(0x22)
                for b in u {
                    if b == 0x22 { out.append(0x22) }
                    out.append(b)
                }
                out.append(0x22)
            } else {
                out.append(contentsOf: u)
            }
        }
    }
}

indirect enum JSONValue: Equatable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    /// The number as written (`3`, `3.0`, `1e3`): converted by the CSV reader's rules.
    case number(String)
    case bool(Bool)
    case null

    static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case let (.object(x), .object(y)): x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        case let (.array(x), .array(y)): x == y
        case let (.string(x), .string(y)): x == y
        case let (.number(x), .number(y)): x == y
        case let (.bool(x), .bool(y)): x == y
        case (.null, .null): true
        default: false
        }
    }

    var kind: String {
        switch self {
        case .object: "object"
        case .array: "array"
        case .string: "string"
        case .number: "number"
        case .bool: "boolean"
        case .null: "null"
        }
    }

    var scalarText: String? {
        switch self {
        case let .string(s): s
        case let .number(n): n
        case let .bool(b): b ? "true" : "false"
        case .null: ""
        case .object, .array: nil
        }
    }

    /// The value as written in a message: text in quotes, cut at 40 characters.
    var shortText: String {
        switch self {
        case let .string(s): "\"" + (s.count > 40 ? String(s.prefix(40)) + "…" : s) + "\""
        case .object, .array: "a JSON \(kind)"
        default: scalarText ?? kind
        }
    }

    var integer: Int? {
        switch self {
        case let .number(n): Int(n)
        case let .string(s): Int(s)
        default: nil
        }
    }
}

/// A small strict JSON parser (RFC 8259) over bytes, with line:column in messages.
struct JSONParser {
    let bytes: [UInt8]
    let name: String
    var i = 0
    var depth = 0

    init(bytes: [UInt8], name: String) {
        self.bytes = bytes
        self.name = name
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
    }

    /// Skips white space; whether anything follows.
    mutating func skipSpace() -> Bool {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        return i < bytes.count
    }

    func error(_ what: String) -> TallyError {
        let p = position(i)
        return .data("\(name):\(p.line):\(p.column): malformed JSON: \(what)")
    }

    /// Line and column (in characters, from 1) of a byte offset.
    func position(_ offset: Int) -> (line: Int, column: Int) {
        var line = 1, col = 1
        for k in 0 ..< min(offset, bytes.count) {
            if bytes[k] == 0x0A { line += 1; col = 1 } else if bytes[k] & 0xC0 != 0x80 { col += 1 }
        }
        return (line, col)
    }

    mutating func parseValue() throws(TallyError) -> JSONValue {
        guard skipSpace() else { throw error(i == 0 ? "empty input" : "the input ends where a value was expected (cut short?)") }
        switch bytes[i] {
        case 0x7B: return try parseObject()
        case 0x5B: return try parseArray()
        case 0x22: return .string(try parseString())
        case 0x74: try literal("true"); return .bool(true)
        case 0x66: try literal("false"); return .bool(false)
        case 0x6E: try literal("null"); return .null
        case 0x2D, 0x30 ... 0x39: return .number(try parseNumber())
        default: throw error("unexpected '\(String(decoding: [bytes[i]], as: UTF8.self))'")
        }
    }

    private mutating func literal(_ word: String) throws(TallyError) {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count, Array(bytes[i ..< i + w.count]) == w else { throw error("expected \(word)") }
        i += w.count
    }

    private mutating func nest() throws(TallyError) {
        depth += 1
        if depth > 64 { throw error("nested more than 64 levels deep") }
    }

    private mutating func parseObject() throws(TallyError) -> JSONValue {
        try nest()
        defer { depth -= 1 }
        i += 1
        var fields: [(String, JSONValue)] = []
        guard skipSpace() else { throw error("the input ends inside an object (cut short?)") }
        if bytes[i] == 0x7D { i += 1; return .object(fields) }
        // Where each key started, for a repeated key's message, and each key's field:
        // a record may hold thousands of keys, so a repeat is found by hashing, not by
        // scanning the fields (that was quadratic: minutes for a 9 MB export).
        var keyStarts: [Int] = []
        var fieldOfKey: [String: Int] = [:]
        while true {
            guard skipSpace(), bytes[i] == 0x22 else { throw error("expected a key in quotes") }
            let keyStart = i
            let key = try parseString()
            guard skipSpace(), bytes[i] == 0x3A else { throw error("expected ':' after a key") }
            i += 1
            let value = try parseValue()
            // RFC 8259 leaves a repeated key's meaning open: parsers keep the first, the
            // last, or both. A record with `"fatalities":"3"` and `"fatalities":"30"`
            // has no one reading, so it is refused; the same value twice is harmless.
            if let k = fieldOfKey[key] {
                guard fields[k].1 != value else {
                    guard skipSpace() else { throw error("the input ends inside an object (cut short?)") }
                    if bytes[i] == 0x2C { i += 1; continue }
                    if bytes[i] == 0x7D { i += 1; return .object(fields) }
                    throw error("expected ',' or '}'")
                }
                let here = i
                i = keyStart
                let first = position(keyStarts[k])
                let e = error("the key \"\(key)\" appears twice in one object (first at line \(first.line), column \(first.column)) with different values (\(fields[k].1.shortText) and \(value.shortText)); tally cannot tell which is meant: fix the file or download it again")
                i = here
                throw e
            }
            fieldOfKey[key] = fields.count
            fields.append((key, value))
            keyStarts.append(keyStart)
            guard skipSpace() else { throw error("the input ends inside an object (cut short?)") }
            if bytes[i] == 0x2C { i += 1; continue }
            if bytes[i] == 0x7D { i += 1; return .object(fields) }
            throw error("expected ',' or '}'")
        }
    }

    private mutating func parseArray() throws(TallyError) -> JSONValue {
        try nest()
        defer { depth -= 1 }
        i += 1
        var items: [JSONValue] = []
        guard skipSpace() else { throw error("the input ends inside a list (cut short?)") }
        if bytes[i] == 0x5D { i += 1; return .array(items) }
        while true {
            items.append(try parseValue())
            guard skipSpace() else { throw error("the input ends inside a list (cut short?)") }
            if bytes[i] == 0x2C { i += 1; continue }
            if bytes[i] == 0x5D { i += 1; return .array(items) }
            throw error("expected ',' or ']'")
        }
    }

    private mutating func parseNumber() throws(TallyError) -> String {
        let start = i
        if bytes[i] == 0x2D { i += 1 }
        func digits() -> Int {
            let s = i
            while i < bytes.count, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
            return i - s
        }
        guard digits() > 0 else { throw error("a number without digits") }
        if i < bytes.count && bytes[i] == 0x2E { i += 1; guard digits() > 0 else { throw error("a number ends in '.'") } }
        if i < bytes.count && (bytes[i] == 0x65 || bytes[i] == 0x45) {
            i += 1
            if i < bytes.count && (bytes[i] == 0x2B || bytes[i] == 0x2D) { i += 1 }
            guard digits() > 0 else { throw error("an exponent without digits") }
        }
        return String(decoding: bytes[start ..< i], as: UTF8.self)
    }

    private mutating func hex4() throws(TallyError) -> UInt32 {
        guard i + 4 <= bytes.count else { throw error("a \\u escape is cut short") }
        var v: UInt32 = 0
        for _ in 0 ..< 4 {
            let b = bytes[i]
            let d: UInt32
            switch b {
            case 0x30 ... 0x39: d = UInt32(b - 0x30)
            case 0x41 ... 0x46: d = UInt32(b - 0x41 + 10)
            case 0x61 ... 0x66: d = UInt32(b - 0x61 + 10)
            default: throw error("a \\u escape with a non-hex digit")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }

    private mutating func parseString() throws(TallyError) -> String {
        i += 1
        var out: [UInt8] = []
        while true {
            guard i < bytes.count else { throw error("a string is never closed (cut short?)") }
            let b = bytes[i]
            if b == 0x22 { i += 1; break }
            if b < 0x20 { throw error("a control character inside a string (a line break must be written \\n)") }
            if b != 0x5C { out.append(b); i += 1; continue }
            i += 1
            guard i < bytes.count else { throw error("a string ends in '\\'") }
            let e = bytes[i]
            i += 1
            switch e {
            case 0x22: out.append(0x22)
            case 0x5C: out.append(0x5C)
            case 0x2F: out.append(0x2F)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                var scalar = try hex4()
                if (0xD800 ... 0xDBFF).contains(scalar) {
                    guard i + 6 <= bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75 else { throw error("an unpaired surrogate in a \\u escape") }
                    i += 2
                    let low = try hex4()
                    guard (0xDC00 ... 0xDFFF).contains(low) else { throw error("an unpaired surrogate in a \\u escape") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00 ... 0xDFFF).contains(scalar) {
                    throw error("an unpaired surrogate in a \\u escape")
                }
                out.append(contentsOf: String(Unicode.Scalar(scalar)!).utf8)
            default: throw error("an unknown escape '\\\(String(decoding: [e], as: UTF8.self))'")
            }
        }
        if let p = out.withUnsafeBufferPointer({ firstTextProblem($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) }) {
            throw error(p.kind == .nulByte ? "a NUL character inside a string" : "invalid UTF-8 inside a string")
        }
        return String(decoding: out, as: UTF8.self)
    }
}


/// One UCDP API response (a page), as its envelope describes it.
/// One ACLED API response: its `total_count` (the query's records, with
/// `with_total=true`) and, where it gives one, what tells its records apart.
public struct ACLEDPage: Sendable, Equatable {
    public var totalCount: Int?
    /// Its place among the responses of its input (from 0).
    public var response: Int
    public var recordKeys: [String] = []
    /// The first and last of its records' `event_date`s, where every one is written
    /// `YYYY-MM-DD` (the API's form): ACLED sends a query's records in date order, so
    /// the pages of one query hold stretches of days that meet at most on one day.
    public var days: ClosedRange<String>? = nil
    /// Without `total_count`: the records `count` says it holds.
    public var records = 0
    /// Without `total_count`, a whole number of the API's pages: the refusal given
    /// unless the query's last page is given beside it (``APIJSON/checkACLEDPages(_:)``).
    public var fullPageRefusal: String? = nil

    /// The ISO days of its records' `event_date`s, nil where one is missing or in another form.
    static func days(_ items: [JSONValue]) -> ClosedRange<String>? {
        var lo: String?, hi: String?
        for item in items {
            guard case let .object(fields) = item, let d = fields.first(where: { $0.0 == "event_date" })?.1.scalarText else { return nil }
            let u = Array(d.utf8)
            guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"),
                  u.enumerated().allSatisfy({ $0.offset == 4 || $0.offset == 7 || ($0.element >= 48 && $0.element <= 57) }) else { return nil }
            if lo == nil || d < lo! { lo = d }
            if hi == nil || d > hi! { hi = d }
        }
        guard let lo, let hi else { return nil }
        return lo ... hi
    }
}

public struct UCDPPage: Sendable, Equatable {
    public var totalCount: Int?
    public var totalPages: Int?
    public var next: String?
    public var previous: String?
    /// Records in its `Result`.
    public var records: Int
    /// Its place among the responses of its input (from 0).
    public var response: Int
    /// What tells its records apart (``APIJSON/recordKey(_:id:)``), in order: a page set
    /// must hold TotalCount distinct records, not only rows.
    public var recordKeys: [String] = []

    /// `page=` of a link (UCDP numbers pages from 0).
    static func parameter(_ name: String, of url: String) -> Int? {
        guard let q = url.firstIndex(of: "?") else { return nil }
        for part in url[url.index(after: q)...].split(separator: "&") {
            let kv = part.split(separator: "=", maxSplits: 1)
            if kv.count == 2, kv[0].lowercased() == name { return Int(kv[1]) }
        }
        return nil
    }

    /// The page's own number: one before its next page's, one after its previous
    /// page's, else 0 (the only page).
    var number: Int {
        if let n = next.flatMap({ UCDPPage.parameter("page", of: $0) }) { return n - 1 }
        if let p = previous.flatMap({ UCDPPage.parameter("page", of: $0) }) { return p + 1 }
        return 0
    }

    var pageSize: Int? { (next ?? previous).flatMap { UCDPPage.parameter("pagesize", of: $0) } }

    /// The query the page answers: a link without its `page=`; nil for a page without links.
    var query: String? {
        guard let url = next ?? previous, let q = url.firstIndex(of: "?") else { return next ?? previous }
        let kept = url[url.index(after: q)...].split(separator: "&").filter { !$0.lowercased().hasPrefix("page=") }
        return String(url[..<q]) + "?" + kept.sorted().joined(separator: "&")
    }
}
