import TallyCharts
import TallyCore
import TallyIO
import Yams

/// Reads a report spec from YAML and checks it completely before any data is read.
///
/// A spec runs unattended, so a typo must fail loudly on the first run, not silently
/// drop a section: unknown keys are errors, and every error names the file, the line
/// and the key path (`monthly.yml:14: sections[2].measure: …`). Spec errors exit
/// with 64 (usage): the fix is in the invocation, not in the data.
/// Words the user writes for the reader (a spec's texts, `tally chart --title`).
public enum UserText {
    /// Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): any of
    /// them in a title, a note or a source would reorder what is drawn after it, in the
    /// PDF's title and the HTML `<title>` as on the page. The data's own names lose them
    /// as they are read (TallyIO); the user's words are refused, as `name:` refuses them.
    /// The marks U+200E, U+200F and U+061C are allowed.
    public static func reorders(_ u: Unicode.Scalar) -> Bool {
        (0x202A ... 0x202E).contains(u.value) || (0x2066 ... 0x2069).contains(u.value)
    }

    /// The first such character of `text`, described for a message (`a bidirectional
    /// formatting character (U+202E)`), or `nil`.
    public static func reordering(in text: String) -> String? {
        text.unicodeScalars.first(where: reorders).map(FileNames.describe)
    }
}

public enum SpecParser {
    /// - Parameters:
    ///   - text: the YAML.
    ///   - file: the spec's path, for messages and to resolve dataset paths.
    public static func parse(_ text: String, file: String) throws(TallyError) -> ReportSpec {
        let root = try YAMLDocument.compose(text, file: file, kind: "report spec")
        let reader = SpecReader(file: file)
        return try reader.spec(root)
    }
}

/// Walks the YAML tree with the key path at hand for messages.
struct SpecReader {
    let file: String

    var folder: String {
        guard let slash = file.lastIndex(of: "/") else { return "" }
        return String(file[..<slash])
    }

    var baseName: String {
        var name = file
        if let slash = name.lastIndex(of: "/") { name = String(name[name.index(after: slash)...]) }
        for ext in [".yml", ".yaml"] where name.hasSuffix(ext) { name = String(name.dropLast(ext.count)) }
        return name
    }

    func fail(_ node: Node?, _ path: String, _ message: String) -> TallyError {
        let line = node?.mark?.line ?? 1
        // A value quoted back is cut short (a 100 KB period label is no message).
        return TallyError.usage("\(file):\(line): \(path.isEmpty ? "" : path + ": ")\(MessageText.limited(message))")
    }

    /// `highlight:` names: one name, or a list (a name may hold a comma).
    func names(_ node: Node?, _ path: String) throws(TallyError) -> [String] {
        guard let node else { return [] }
        if let s = node.scalar?.string {
            guard !s.trimmed.isEmpty else { throw fail(node, path, "expected a name") }
            return [s]
        }
        guard let seq = node.sequence else { throw fail(node, path, "expected a name or a list of names") }
        var out: [String] = []
        for (i, item) in seq.enumerated() {
            guard let s = item.scalar?.string, !s.trimmed.isEmpty else { throw fail(item, "\(path)[\(i)]", "expected a name") }
            out.append(s)
        }
        return out
    }

    /// A chart's `annotate:` list, each item in the `form` `valid` accepts.
    func notes(_ node: Node?, _ path: String, form: String, valid: (String) -> Bool) throws(TallyError) -> [String] {
        guard let node else { return [] }
        guard let seq = node.sequence else { throw fail(node, path, "expected a list of " + form) }
        var out: [String] = []
        for (i, item) in seq.enumerated() {
            guard let text = item.scalar?.string, valid(text) else { throw fail(item, "\(path)[\(i)]", "expected " + form) }
            _ = try string(item, "\(path)[\(i)]")   // drawn on the chart: no bidi embeddings, overrides or isolates
            out.append(text)
        }
        return out
    }

    /// A chart's `alt:` text: words, not empty (an empty alt text marks an image as
    /// decoration, which a chart of figures never is).
    func altText(_ node: Node?, _ path: String) throws(TallyError) -> String? {
        guard let node else { return nil }
        guard let text = try string(node, path) else { return nil }
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw fail(node, path, "empty: write the chart in words, or leave out alt: for the generated description")
        }
        return text
    }

    /// A mapping's entries by key, rejecting keys not in `allowed`.
    func mapping(_ node: Node, _ path: String, allowed: [String]) throws(TallyError) -> [String: Node] {
        guard let map = node.mapping else {
            throw fail(node, path, "expected a mapping of keys (\(allowed.joined(separator: ", ")))")
        }
        var out: [String: Node] = [:]
        for (k, v) in map {
            guard let key = k.scalar?.string else { throw fail(k, path, "keys must be plain words") }
            let full = path.isEmpty ? key : path + "." + key
            guard allowed.contains(key) else {
                throw fail(k, full, "unknown key (expected one of: \(allowed.joined(separator: ", ")))")
            }
            if out[key] != nil { throw fail(k, full, "given twice") }
            out[key] = v
        }
        return out
    }

    func string(_ node: Node?, _ path: String, required: Bool = false, parent: Node? = nil) throws(TallyError) -> String? {
        guard let node else {
            if required { throw fail(parent, path, "missing (required)") }
            return nil
        }
        guard let s = node.scalar?.string else { throw fail(node, path, "expected text") }
        if required && s.trimmed.isEmpty { throw fail(node, path, "must not be empty") }
        // `name:` refuses these and more with its own message (it names files).
        if path != "name", let c = s.unicodeScalars.first(where: SpecReader.reorders) {
            throw fail(node, path, "contains \(FileNames.describe(c)), which reorders the text drawn after it (a title ending in U+202E "
                       + "reverses the ' — June 2023' the brief appends); remove it: locale: ar or fa lays a brief out right to left, "
                       + "and the marks U+200E and U+200F are allowed")
        }
        return s
    }

    static func reorders(_ u: Unicode.Scalar) -> Bool { UserText.reorders(u) }

    func strings(_ node: Node?, _ path: String) throws(TallyError) -> [String] {
        guard let node else { return [] }
        if let s = node.scalar?.string {
            return s.split(separator: ",").map { String($0).trimmed }.filter { !$0.isEmpty }
        }
        guard let seq = node.sequence else { throw fail(node, path, "expected a list of names") }
        var out: [String] = []
        for (i, item) in seq.enumerated() {
            guard let s = item.scalar?.string, !s.trimmed.isEmpty else {
                throw fail(item, "\(path)[\(i)]", "expected a name")
            }
            out.append(s.trimmed)
        }
        return out
    }

    func int(_ node: Node?, _ path: String, range: ClosedRange<Int>) throws(TallyError) -> Int? {
        guard let node else { return nil }
        guard let text = node.scalar?.string, let n = Int(text) else { throw fail(node, path, "expected a whole number") }
        guard range.contains(n) else {
            throw fail(node, path, "\(n) is out of range (\(range.lowerBound) to \(range.upperBound))")
        }
        return n
    }

    func bool(_ node: Node?, _ path: String) throws(TallyError) -> Bool? {
        guard let node else { return nil }
        switch node.scalar?.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw fail(node, path, "expected true or false")
        }
    }

    func keys(_ node: Node?, _ path: String) throws(TallyError) -> [GroupKey] {
        var out: [GroupKey] = []
        for name in try strings(node, path) {
            guard let k = GroupKey(name: name) else {
                throw fail(node, path, "unknown key '\(name)' (use country, adm1, adm2, actor)")
            }
            out.append(k)
        }
        return out
    }

    func spec(_ root: Node) throws(TallyError) -> ReportSpec {
        let top = try mapping(root, "", allowed: ["title", "subtitle", "name", "subject", "period", "allow_empty",
                                                  "stocks", "flows", "filter", "datasets", "sections", "style", "coverage", "locale", "digits",
                                                  "author", "organisation", "published", "count_at_start", "formats"])
        let title = try string(top["title"], "title", required: true, parent: root)!
        let name = try string(top["name"], "name") ?? baseName
        guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else {
            throw fail(top["name"], "name", "must be a plain file name prefix (no '/', not starting with '.')")
        }
        if let bad = FileNames.unsafeScalar(in: name) {
            throw fail(top["name"] ?? root, "name", "contains \(FileNames.describe(bad)); the name starts every output "
                       + "file name and the paths are printed one a line, so use letters, digits, '-', '_' or spaces")
        }
        var period = PeriodChoice()
        if let p = top["period"] {
            if let text = p.scalar?.string {
                guard let which = PeriodChoice.which(text, every: .month) else {
                    throw fail(p, "period", "\"\(text)\" is neither 'latest' nor a month such as 2023-04")
                }
                period.which = which
            } else {
                let m = try mapping(p, "period", allowed: ["every", "which"])
                if let every = try string(m["every"], "period.every") {
                    guard let kind = PeriodKind(rawValue: every.lowercased()), [.month, .quarter, .year].contains(kind) else {
                        throw fail(m["every"], "period.every", "\"\(every)\" is not month, quarter or year")
                    }
                    period.every = kind
                }
                if let which = try string(m["which"], "period.which") {
                    guard let w = PeriodChoice.which(which, every: period.every) else {
                        throw fail(m["which"], "period.which",
                                   "\"\(which)\" is neither 'latest' nor a \(period.every.rawValue) label")
                    }
                    period.which = w
                }
            }
        }
        var coverage = CoverageSpec()
        if let c = top["coverage"] {
            func day(_ node: Node?, _ path: String) throws(TallyError) -> CalendarDay? {
                guard let text = try string(node, path) else { return nil }
                guard let d = CalendarDay(text.trimmingSpaces) else {
                    throw fail(node, path, "\"\(text)\" is not a date (YYYY-MM-DD)")
                }
                return d
            }
            if c.scalar != nil {
                coverage.to = try day(c, "coverage")
            } else {
                let m = try mapping(c, "coverage", allowed: ["from", "to"])
                coverage.from = try day(m["from"], "coverage.from")
                coverage.to = try day(m["to"], "coverage.to")
                if let a = coverage.from, let b = coverage.to, b < a {
                    throw fail(c, "coverage", "to (\(b)) is before from (\(a))")
                }
            }
        }
        var filter = SpecFilter()
        if let f = top["filter"] {
            let m = try mapping(f, "filter", allowed: ["countries", "actors", "measures"])
            filter.countries = try strings(m["countries"], "filter.countries")
            filter.actors = try strings(m["actors"], "filter.actors")
            filter.measures = try strings(m["measures"], "filter.measures")
        }
        guard let datasetsNode = top["datasets"] else { throw fail(root, "datasets", "missing (required): list the data files") }
        guard let datasetList = datasetsNode.sequence, datasetList.count > 0 else {
            throw fail(datasetsNode, "datasets", "expected a list of datasets, each with path, source and licence")
        }
        var datasets: [DatasetSpec] = []
        for (i, d) in datasetList.enumerated() { datasets.append(try dataset(d, "datasets[\(i)]")) }
        // audit9b N3 (silent loss): options are kept by path, so one path given as two
        // datasets read differently (`sheet: Jan`, `sheet: Feb`) was read once, with one
        // dataset's options: the other's records were lost with exit 0.
        var readings: [String: (index: Int, input: FileInputOptions)] = [:]
        for (i, d) in datasets.enumerated() {
            for path in d.resolvedPaths {
                if let prior = readings[path], prior.input != d.input {
                    throw fail(datasetList[i], "datasets[\(i)]", "\(d.path) is also datasets[\(prior.index)], read there with other options "
                               + "(sheet, encoding, date_order, date_range or admin_level): a file is read once in a run, so one "
                               + "reading would be lost. Give each reading a file of its own (save each sheet as a CSV file) or "
                               + "make them one dataset")
                }
                readings[path] = (i, d.input)
            }
        }

        guard let sectionsNode = top["sections"] else { throw fail(root, "sections", "missing (required)") }
        guard let sectionList = sectionsNode.sequence, sectionList.count > 0 else {
            throw fail(sectionsNode, "sections", "expected a list of sections (summary, bar, timeline, table, notes)")
        }
        let stocks = try strings(top["stocks"], "stocks")
        let flows = try strings(top["flows"], "flows")
        if let both = MeasureCatalog.declaredBothWays(stocks: stocks, flows: flows) {
            throw fail(top["flows"] ?? root, "flows", "'\(both)' is declared both a stock and a flow; declare it one or the other")
        }
        var sections: [SectionSpec] = []
        var ids: [String: Node] = [:]
        // Ids given in the spec first: they are the user's and must be unique.
        for (i, s) in sectionList.enumerated() {
            let section = try self.section(s, "sections[\(i)]", index: i + 1, every: period.every, stocks: stocks, flows: flows)
            if s["id"] != nil, let id = section.chartID {
                if ids[id] != nil { throw fail(s, "sections[\(i)].id", "'\(id)' is used by two charts (it names the PNG)") }
                ids[id] = s
            }
            sections.append(section)
        }
        // Ids made from measure names: two measures may read alike once made safe for a
        // file name (`a/b`, `a b`), so later ones get -2, -3.
        for (i, s) in sectionList.enumerated() where s["id"] == nil {
            guard let id = sections[i].chartID else { continue }
            var unique = id
            var n = 2
            while ids[unique] != nil { unique = id + "-\(n)"; n += 1 }
            ids[unique] = s
            sections[i].chartID = unique
        }
        // A style file (docs/charts.md, "Style files"), relative to the spec.
        var style: ChartStyle? = nil
        var stylePath: String? = nil
        if let node = top["style"], let path = try string(node, "style") {
            let full = path.hasPrefix("/") ? path : (folder.isEmpty ? path : folder + "/" + path)
            stylePath = full
            do {
                style = try StyleFile.load(full)
            } catch {
                throw error.exitCode == 66 ? fail(node, "style", "cannot read the style file \(full)") : error
            }
        }
        var spec = ReportSpec(title: title, subtitle: try string(top["subtitle"], "subtitle") ?? "", name: name,
                              subject: try string(top["subject"], "subject"), period: period,
                              allowEmpty: try bool(top["allow_empty"], "allow_empty") ?? false,
                              stocks: stocks, filter: filter,
                              datasets: datasets, sections: sections, coverage: coverage)
        spec.flows = flows
        spec.style = style
        spec.stylePath = stylePath
        spec.countAtStart = try bool(top["count_at_start"], "count_at_start") ?? false
        spec.locale = try locale(top["locale"], "locale")
        // The report-wide locale is also the language the report is written in
        // (docs/localisation.md), so it must be one charts and reports are written in;
        // a language tally only reads (hi, it, nl) goes on each dataset instead.
        if let code = spec.locale, DisplayLocale(identifier: code) == nil {
            throw fail(top["locale"], "locale", "\"\(code)\": reports are written in " + DisplayLocale.shipped.joined(separator: ", ")
                       + "; to read a dataset's estimate text written the \(code) way, give that dataset `locale: \(code)`")
        }
        if let text = try string(top["digits"], "digits")?.trimmed {
            guard let digits = DisplayLocale.Digits(rawValue: text) else {
                throw fail(top["digits"], "digits", "\"\(text)\" is not a choice of digits: latin or native")
            }
            spec.digits = digits
        }
        if let node = top["formats"] {
            var formats = Set<ReportFormat>()
            for name in try strings(node, "formats") {
                guard let f = ReportFormat(rawValue: name.lowercased()) else {
                    throw fail(node, "formats", "\"\(name)\" is not a format (pdf, png, csv, html)")
                }
                formats.insert(f)
            }
            if formats.isEmpty { throw fail(node, "formats", "name at least one of pdf, png, csv, html") }
            spec.formats = formats
        }
        // The cover's byline (issue 13, item 11): who publishes the brief and when.
        // Nothing is invented: without `published:` the cover gives no date.
        spec.author = try string(top["author"], "author")
        spec.organisation = try string(top["organisation"], "organisation")
        if let text = try string(top["published"], "published") {
            guard let d = CalendarDay(text.trimmingSpaces) else {
                throw fail(top["published"], "published", "\"\(text)\" is not a date (YYYY-MM-DD)")
            }
            spec.published = d
        }
        return spec
    }

    func dataset(_ node: Node, _ path: String) throws(TallyError) -> DatasetSpec {
        let m = try mapping(node, path, allowed: ["path", "name", "description", "source", "licence", "license",
                                                  "attribution", "credit", "url", "schema", "continuous", "title", "locale",
                                                  "encoding", "sheet", "date_order", "date_range", "admin_level"])
        // `path:` one file, or a list of the files of one dataset split into parts.
        var written: [String] = []
        if let list = m["path"]?.sequence {
            for (i, item) in list.enumerated() {
                guard let s = item.scalar?.string, !s.trimmed.isEmpty else {
                    throw fail(item, "\(path).path[\(i)]", "expected a file path")
                }
                written.append(s)
            }
            guard !written.isEmpty else {
                throw fail(m["path"], path + ".path", "expected a file path, or a list of the files of one dataset")
            }
        } else {
            written = [try string(m["path"], path + ".path", required: true, parent: node)!]
        }
        func resolve(_ p: String) -> String { p.hasPrefix("/") || folder.isEmpty ? p : folder + "/" + p }
        let p = written[0]
        let resolved = resolve(p)
        let licence = try string(m["licence"] ?? m["license"], path + ".licence", required: true, parent: node)!
        var display = p
        if let slash = display.lastIndex(of: "/") { display = String(display[display.index(after: slash)...]) }
        let schema = try string(m["schema"], path + ".schema")
        if let schema, !["native", "auto", "ucdp-ged", "acled"].contains(schema) {
            throw fail(m["schema"], path + ".schema", "\"\(schema)\" is not a known schema (native, auto, ucdp-ged, acled)")
        }
        var input = FileInputOptions()
        if let e = try string(m["encoding"], path + ".encoding") {
            guard let enc = TextEncoding(name: e) else {
                throw fail(m["encoding"], path + ".encoding", "\"\(e)\" is not an encoding (\(TextEncoding.listed))")
            }
            input.encoding = enc
        }
        input.sheet = try string(m["sheet"], path + ".sheet")
        if let l = try string(m["admin_level"], path + ".admin_level") {
            guard let level = Int(l), (0 ... 2).contains(level) else {
                throw fail(m["admin_level"], path + ".admin_level", "\"\(l)\" is not an HDX HAPI admin level (0 country, 1 admin1, 2 admin2)")
            }
            input.adminLevel = level
        }
        if let o = try string(m["date_order"], path + ".date_order") {
            guard let order = DayMonthOrder(rawValue: o.lowercased()) else {
                throw fail(m["date_order"], path + ".date_order", "\"\(o)\" is not a date order (dmy: 28/05/2016, or mdy: 05/28/2016)")
            }
            input.dateOrder = order
        }
        if let r = try string(m["date_range"], path + ".date_range") {
            guard let span = PlausibleDates.parse(r, default: .standardToday) else {
                throw fail(m["date_range"], path + ".date_range", "\"\(r)\": expected FROM..TO with years or YYYY-MM-DD days (1800..2100, 1990-01-01..), or any")
            }
            input.plausibleDates = span
        }
        if m["name"] != nil, m["title"] != nil {
            throw fail(m["title"], path + ".title", "give the dataset's title once, as name or as title")
        }
        let given = try string(m["name"] ?? m["title"], path + (m["name"] != nil ? ".name" : ".title"))
        let named = given ?? schema.flatMap(Schema.init(rawValue:))?.title
        let source = try string(m["source"], path + ".source", required: true, parent: node)!
        var spec = DatasetSpec(path: p, resolvedPath: resolved, name: named ?? display,
                           description: try string(m["description"], path + ".description") ?? "",
                           source: source,
                           licence: licence, attribution: try string(m["attribution"], path + ".attribution") ?? "",
                           // With no name, the credit under charts is the source the spec
                           // gives, not the file's name (audit10 F1: "Source:
                           // acled_may28.csv" under a dataset whose source is ACLED).
                           credit: try string(m["credit"], path + ".credit") ?? (named == nil ? source : nil),
                           url: try string(m["url"], path + ".url") ?? "", schema: schema,
                           continuous: try bool(m["continuous"], path + ".continuous"),
                           locale: try locale(m["locale"], path + ".locale"))
        spec.nameGiven = named != nil
        spec.input = input
        spec.morePaths = Array(written.dropFirst())
        spec.resolvedMorePaths = spec.morePaths.map(resolve)
        return spec
    }

    /// A `locale:` value: a language code tally knows (`de`, `fr`, `hi`, `de-CH`).
    func locale(_ node: Node?, _ path: String) throws(TallyError) -> String? {
        guard let code = try string(node, path)?.trimmed else { return nil }
        guard NumberConvention(locale: code) != nil else {
            throw fail(node, path, "\"\(code)\" is not a locale tally knows (known languages: "
                       + NumberConvention.knownLanguages.joined(separator: ", ") + ")")
        }
        return code
    }

    func measure(_ m: [String: Node], _ path: String, parent: Node) throws(TallyError) -> String {
        let text = try string(m["measure"], path + ".measure", required: true, parent: parent)!.trimmed
        guard !text.contains(",") else { throw fail(m["measure"], path + ".measure", "a chart shows exactly one measure") }
        return KeyKind.measure.canonical(text)
    }

    func section(_ node: Node, _ path: String, index: Int, every: PeriodKind = .month, stocks: [String] = [], flows: [String] = []) throws(TallyError) -> SectionSpec {
        guard let map = node.mapping, let typeNode = map["type"] else {
            throw fail(node, path, "expected a mapping with 'type' (summary, bar, timeline, table or notes)")
        }
        guard let type = typeNode.scalar?.string else { throw fail(typeNode, path + ".type", "expected text") }
        switch type {
        case "summary":
            let m = try mapping(node, path, allowed: ["type", "title", "measures"])
            var summary = SummarySpec(title: try string(m["title"], path + ".title") ?? "Headline figures",
                                      measures: try strings(m["measures"], path + ".measures").map(KeyKind.measure.canonical))
            summary.titleGenerated = m["title"] == nil
            return .summary(summary)
        case "bar":
            let m = try mapping(node, path, allowed: ["type", "id", "title", "subtitle", "measure", "by", "top", "alt", "highlight", "annotate"])
            let measure = try self.measure(m, path, parent: node)
            let by = try keys(m["by"], path + ".by")
            let keysWord = by.isEmpty ? "country" : Grouping(by).keys.map(\.rawValue).joined(separator: "-")
            let id = try chartID(m["id"], path) ?? FileNames.chartID(measure) + "-by-\(keysWord)"
            var bar = BarSpec(id: id, title: try string(m["title"], path + ".title") ?? ChartWords.barTitle(measure: measure, grouping: Grouping(by.isEmpty ? [.country] : by)),
                                subtitle: try string(m["subtitle"], path + ".subtitle"), measure: measure,
                                by: by.isEmpty ? [.country] : by, top: try int(m["top"], path + ".top", range: 1...50) ?? 10,
                                alt: try altText(m["alt"], path + ".alt"), highlight: try names(m["highlight"], path + ".highlight"),
                                annotations: try notes(m["annotate"], path + ".annotate", form: "NAME=TEXT", valid: { BarChart.Note(argument: $0) != nil }))
            bar.titleGenerated = m["title"] == nil
            return .bar(bar)
        case "timeline":
            let m = try mapping(node, path, allowed: ["type", "id", "title", "subtitle", "measure", "by", "top",
                                                      "periods", "annotate", "annotate_outside", "alt", "highlight", "layout"])
            let measure = try self.measure(m, path, parent: node)
            let by = try keys(m["by"], path + ".by")
            let id = try chartID(m["id"], path) ?? (by.isEmpty ? FileNames.chartID(measure) + "-trend"
                : FileNames.chartID(measure) + "-trend-by-" + Grouping(by).keys.map(\.rawValue).joined(separator: "-"))
            let annotations = try notes(m["annotate"], path + ".annotate",
                                        form: "DATE=TEXT or LINE@DATE=TEXT with DATE as YYYY-MM-DD, YYYY-MM or YYYY",
                                        valid: { TimelineChart.Annotation(argument: $0) != nil })
            var timeline = TimelineSpec(id: id, title: try string(m["title"], path + ".title") ?? ChartWords.timelineTitle(measure: measure, kind: MeasureCatalog(extraStocks: stocks, extraFlows: flows).kind(of: measure),
                                                                                                 period: every, grouping: Grouping(by)),
                                          subtitle: try string(m["subtitle"], path + ".subtitle"), measure: measure, by: by,
                                          top: try int(m["top"], path + ".top", range: 1...8) ?? 5,
                                          periods: try int(m["periods"], path + ".periods", range: 2...240) ?? 24,
                                          annotations: annotations, alt: try altText(m["alt"], path + ".alt"),
                                          highlight: try names(m["highlight"], path + ".highlight"))
            timeline.titleGenerated = m["title"] == nil
            if let l = try string(m["layout"], path + ".layout"), l != "auto" {
                guard let a = TimelineChart.Arrangement(rawValue: l) else {
                    throw fail(m["layout"], path + ".layout", "\"\(l)\" (expected auto, overlay or small-multiples)")
                }
                timeline.layout = a
            }
            if let o = try string(m["annotate_outside"], path + ".annotate_outside") {
                guard let a = TimelineChart.OutsideAnnotations(rawValue: o) else {
                    throw fail(m["annotate_outside"], path + ".annotate_outside", "\"\(o)\" (expected refuse or skip)")
                }
                timeline.annotateOutside = a
            }
            return .timeline(timeline)
        case "table":
            let m = try mapping(node, path, allowed: ["type", "title", "by", "measures", "top"])
            let by = try keys(m["by"], path + ".by")
            guard !by.isEmpty else { throw fail(node, path + ".by", "missing (required): group rows by country, adm1, adm2 or actor") }
            let measures = try strings(m["measures"], path + ".measures").map(KeyKind.measure.canonical)
            if measures.count > 4 { throw fail(m["measures"], path + ".measures", "at most 4 measures fit across a page") }
            var table = TableSpec(title: try string(m["title"], path + ".title") ?? "By " + ReportWords.groupWord(Grouping(by)),
                                  by: by, measures: measures,
                                  top: try int(m["top"], path + ".top", range: 0...100_000) ?? 0)
            table.titleGenerated = m["title"] == nil
            return .table(table)
        case "notes":
            let m = try mapping(node, path, allowed: ["type", "title", "text"])
            var notes = NotesSpec(title: try string(m["title"], path + ".title") ?? "Notes",
                                  text: try string(m["text"], path + ".text", required: true, parent: node)!)
            notes.titleGenerated = m["title"] == nil
            return .notes(notes)
        default:
            throw fail(typeNode, path + ".type", "unknown section type '\(type)' (summary, bar, timeline, table, notes)")
        }
    }

    func chartID(_ node: Node?, _ path: String) throws(TallyError) -> String? {
        guard let id = try string(node, path + ".id") else { return nil }
        let ok = !id.isEmpty && id.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
        guard ok else { throw fail(node, path + ".id", "use letters, digits, '-' and '_' only (it is part of a file name)") }
        return id
    }
}

extension String {
    var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\n" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
