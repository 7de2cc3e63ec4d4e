import Foundation
import TallyCore

/// HDX HAPI conflict events: monthly counts of ACLED events and fatalities by place
/// and event type, already aggregated. They are combined without double counting
/// (docs/aggregation.md, "HDX HAPI conflict events") and handed to the reader as
/// native rows:
///
/// - **Admin levels.** A row at a coarser level (admin1, country) that has rows at a
///   finer level under it for the same month and event type is their total: it must
///   equal their sum, and is then left out. When it does not, tally cannot tell what
///   overlaps and refuses the file, naming the row. A coarser row with nothing under
///   it is kept: it is the only figure for its place.
/// - **Event types.** HAPI's `civilian_targeting` is part of `political_violence`;
///   `demonstration` is separate. So `killed` is the fatalities of political violence
///   and demonstrations, `civilians_killed` those of civilian targeting (a part of
///   `killed`, as in UCDP), `conflict_events` the events of political violence and
///   demonstrations; `political_violence_events`, `civilian_targeting_events` and
///   `demonstration_events` keep each type's events.
/// - **Periods** are months; `--period day` or `week` cannot split them and is refused.
public enum HAPIConflict {
    static let eventTypes = ["political_violence", "civilian_targeting", "demonstration"]

    /// A row's place as written, shared by every row that writes it the same way (a
    /// unit's every month and event type): the row keeps one reference, not a dozen
    /// strings (about 15 strings a row were most of a run's memory, 928 MB at 540,000
    /// rows, and their copies a fifth of its time).
    final class Place: @unchecked Sendable {
        /// `location_code` upper-cased, the country as written (the code where none is),
        /// `admin1_name` and `admin2_name` as written (a row shows them to its level).
        let location: String, country: String, admin1: String, admin2: String
        /// The code (upper-cased) where given, else the name's canonical form (``KeyKind/name``).
        let admin1Key: String, admin2Key: String
        /// The codes (upper-cased) and names (``KeyKind/name``'s canonical form, lower-cased) of its
        /// admin1 and admin2, empty where not given: a parent is matched by code, and by
        /// name where either side has no code (``samePlace``).
        let admin1Code: String, admin1Name: String, admin2Code: String, admin2Name: String
        /// `provider_admin1_name` and `provider_admin2_name` as compared (``folded(_:)``),
        /// nil where the file has neither column. HAPI keys its rows by them too: one
        /// admin2 unit with two provider names is two counts, both summed.
        let providers: String?
        /// The provider names as written (`Ogun State / Ijebu Ode`), for messages only.
        let providersWritten: String
        /// A row's key (``Row/key``) up to its event type, by the row's admin level.
        let keyHeads: [String]

        init(location: String, country: String, admin1: String, admin2: String, admin1Key: String, admin2Key: String,
             admin1Code: String, admin1Name: String, admin2Code: String, admin2Name: String, providers: String?, providersWritten: String) {
            self.location = location; self.country = country; self.admin1 = admin1; self.admin2 = admin2
            self.admin1Key = admin1Key; self.admin2Key = admin2Key
            self.admin1Code = admin1Code; self.admin1Name = admin1Name; self.admin2Code = admin2Code; self.admin2Name = admin2Name
            self.providers = providers; self.providersWritten = providersWritten
            keyHeads = (0 ... 2).map { level in
                ["hapi", location, String(level), level >= 1 ? admin1Key : "", level >= 2 ? admin2Key : "", ""].joined(separator: "|")
            }
        }
    }

    struct Row {
        var line: Int
        let place: Place
        var level: Int
        /// One of ``eventTypes`` (the literal itself: no string of its own).
        var type: String
        var events: Int64
        var fatalities: Int64
        var month: CalendarDay
        /// What HAPI publishes one row for: place (to the row's level), admin level,
        /// event type and month, and the provider names where given (so a file without
        /// the columns keys its rows as before):
        /// `hapi|location|level|admin1 key|admin2 key|type|month[|providers]`, the keys
        /// of levels above the row's left empty. Also the converted rows' `id`, so an
        /// extract given twice, or two that overlap, counts each row once (the later
        /// file wins). Made once when the row is read (every check compares keys).
        var key: String

        init(line: Int, place: Place, level: Int, type: String, events: Int64, fatalities: Int64, month: CalendarDay, monthText: String) {
            self.line = line; self.place = place; self.level = level; self.type = type
            self.events = events; self.fatalities = fatalities; self.month = month
            var k = place.keyHeads[level] + type + "|" + monthText
            if let providers = place.providers, providers != "\u{1F}" { k += "|" + providers }
            key = k
        }

        var location: String { place.location }
        var country: String { place.country }
        var admin1: String { level >= 1 ? place.admin1 : "" }
        var admin2: String { level >= 2 ? place.admin2 : "" }
        var admin1Key: String { place.admin1Key }
        var admin2Key: String { place.admin2Key }
        var admin1Code: String { place.admin1Code }
        var admin1Name: String { place.admin1Name }
        var admin2Code: String { place.admin2Code }
        var admin2Name: String { place.admin2Name }
        var providers: String? { place.providers }
        var providersWritten: String { place.providersWritten }
    }

    /// What a file of HAPI rows became, for `tally info` and `--verbose`.
    public struct Reading: Sendable, Equatable {
        /// HAPI rows read (each a place, level, event type and month).
        public var rows = 0
        /// Rows that repeated an earlier row exactly (counted once).
        public var repeats = 0
        /// Coarser rows left out because they total the finer rows under them.
        public var rollUps = 0
        /// Rows a file given later also has (the same place, admin level, event type and
        /// month), with the same figures and with others: the later file's count.
        public var sameInLaterFile = 0
        public var replacedByLaterFile = 0
        /// Units (the same place by code, level, event type and month) a file given later
        /// gives under other provider names: one per unit, saying both names. Their rows
        /// are among ``sameInLaterFile`` and ``replacedByLaterFile``.
        public var renamedInLaterFile: [String] = []
        /// `reference_period_start` as written (`2024-01-01`, `2024-01-01T00:00:00`), by row.
        public var dateForms = DateFormCounts()
        /// Rows of other admin levels than `--admin-level` (or a dataset's `admin_level:`)
        /// names, left out; and what they held that no row kept holds (said on standard
        /// error: a figure left out of every total must not pass unsaid).
        public var otherLevels = 0
        public var levelNote: String?
        /// The months the rows count, first day of each, in order.
        public var months: [CalendarDay] = []
        /// Rows converted (``convert``'s `collectImplausible`) whose month is outside the
        /// plausible dates, and the native lines they became: the reader sets those lines
        /// aside, and the run counts them as these rows of the file.
        var implausibleRows = 0, implausibleLines = 0
        /// The native lines the kept rows became (one per measure each), which the run's
        /// ``IngestOutcome/rowsRead`` counts in place of the file's own rows.
        public var nativeLines = 0
        public init() {}
    }

    /// The rows as native CSV, and what was read.
    static func convert(_ bytes: [UInt8], layout: RowLayout, name: String, locator: RecordLocator,
                        period: PeriodKind, optionNames: OptionNames = .commandLine,
                        levels: Levels? = nil, plausible: PlausibleDates = .any,
                        collectImplausible: Bool = false, adminLevel: Int? = nil) throws(TallyError) -> (NativeRows, Reading) {
        if period == .day || period == .week {
            throw .usage("\(name): HDX HAPI conflict events are monthly counts; \(optionNames.period) \(period.rawValue) would split months the data cannot split; use month, quarter, year or all")
        }
        // One row a line: reserved, not grown by doubling (rows are a few hundred bytes each).
        let lines = bytes.withUnsafeBufferPointer { b in b.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } } + 1
        var rows: [Row] = []
        rows.reserveCapacity(lines)
        // Each place as written (the bytes of its columns), made once.
        var placeTable: [[UInt8]: Place] = [:]
        var placeBytes: [UInt8] = []
        placeBytes.reserveCapacity(256)
        let placeColumns = [layout.locationCode, layout.country, layout.admin1Code, layout.adm1, layout.admin2Code, layout.adm2,
                            layout.providerAdmin1, layout.providerAdmin2]
        var monthTexts: [CalendarDay: String] = [:]
        var reading = Reading()
        // Names repeat from row to row (a unit's every month and type): each spelling's
        // canonical and folded forms are worked out once (KeyKind's and Foundation's
        // calls were a fifth of a run's time).
        var canonicals: [String: String] = [:], foldings: [String: String] = [:]
        func canonical(_ s: String) -> String {
            if let c = canonicals[s] { return c }
            let c = KeyKind.name.canonical(s)
            canonicals[s] = c
            return c
        }
        func foldedOnce(_ s: String) -> String {
            if let f = foldings[s] { return f }
            let f = folded(s)
            foldings[s] = f
            return f
        }
        // What is wrong with a place name or code above ASCII, worked out once a spelling.
        var problems: [String: String?] = [:]
        func problem(_ s: String) -> String? {
            if let known = problems[s] { return known }
            let m = keyValueProblem(s, canonical: canonical(s))
            problems[s] = m
            return m
        }
        try bytes.withUnsafeBufferPointer { (buf) throws(TallyError) in
            guard let base = buf.baseAddress else { return }
            let capacity = layout.fieldCount + 1
            let spans = UnsafeMutablePointer<FieldSpan>.allocate(capacity: capacity)
            defer { spans.deallocate() }
            // Past Excel's `sep=,` line, when there is one (its header says it is line 2).
            var start = buf.count >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF ? 3 : 0
            var linesBefore = 0
            if let line = separatorLine(base, start: start, end: buf.count) { start = line.next; linesBefore = 1 }
            var scanner = CSVScanner(base: base, start: start, end: buf.count)
            var first = true
            while true {
                let line = scanner.lineFeeds + 1 + linesBefore
                let outcome = scanner.next(into: spans, capacity: capacity)
                func fail(_ m: String) -> TallyError { .data("\(name):\(locator.place(line)): \(m)") }
                var n = 0
                switch outcome {
                case .endOfBlock: return
                case let .malformed(p, _): throw fail(p.message)
                case let .record(k): n = k
                }
                if first { first = false; continue } // the header
                if n == 1 && spans[0].count == 0 { continue }
                func asWritten(_ i: Int) -> String {
                    guard i >= 0 && i < n else { return "" }
                    let s = spans[i]
                    let t = String(decoding: UnsafeBufferPointer(start: base + s.start, count: s.count), as: UTF8.self)
                    return (s.hasEscapes ? t.replacingDoubledQuotes : t).trimmingSpaces
                }
                func field(_ i: Int) -> String {
                    let v = asWritten(i)
                    // R's mark of a missing value (write.csv, readr), as an empty field
                    // (review48 F5, F14): no HAPI code, name or count is written NA.
                    return v == "NA" ? "" : v
                }
                // An HXL tag row under the header (after a row number where pandas or R
                // kept it as data: review48 F13).
                let tags = (0 ..< n).filter { spans[$0].count > 0 }
                if !tags.isEmpty, tags.allSatisfy({ field($0).hasPrefix("#") || ($0 == 0 && tags.count > 2 && field(0).allSatisfy { $0.isASCII && $0.isNumber }) }) { continue }
                guard n == layout.fieldCount || (n < layout.fieldCount && n >= layout.fieldCount - layout.trailingUnnamed) else {
                    throw fail("expected \(layout.fieldCount) fields as in the header, found \(n)")
                }
                func column(_ i: Int) -> String { "column '\(layout.names[i])': " }
                func count(_ i: Int, emptyIsZero: Bool) throws(TallyError) -> Int64 {
                    let t = field(i)
                    if t.isEmpty && emptyIsZero { return 0 }
                    let whole = t.hasSuffix(".0") ? String(t.dropLast(2)) : t
                    guard let v = Int64(whole) ?? BlockParser.scientificCount(t), v >= 0, v <= Estimate.maximumValue else {
                        // Quoted as written: an `NA` cell is R's missing value, not an empty one (review50 F6).
                        let shown = asWritten(i)
                        throw fail(column(i) + "\"\(shown)\" is not a count" + (shown == "NA" ? " (R's mark of a missing value)" : ""))
                    }
                    return v
                }
                let written = field(layout.eventType).lowercased()
                guard let type = eventTypes.first(where: { $0 == written }) else {
                    throw fail(column(layout.eventType) + "\"\(field(layout.eventType))\" is not a HAPI event type (\(eventTypes.joined(separator: ", ")))")
                }
                guard let level = Int(field(layout.adminLevel)), (0 ... 2).contains(level) else {
                    throw fail(column(layout.adminLevel) + "\"\(field(layout.adminLevel))\" is not an admin level (0, 1 or 2)")
                }
                // HAPI leaves a demonstration's deaths empty (it gives none); a political-violence
                // or civilian-targeting row always has them, so an empty or NA cell there is a
                // figure missing from the download, read as 0 deaths it would lower the total
                // with no word (review50 F6).
                func fatalities(_ type: String, events: Int64) throws(TallyError) -> Int64 {
                    // No event, no deaths to be missing (review51 F2: refused).
                    if type != "demonstration" && events > 0 && field(layout.best).isEmpty {
                        let cell = asWritten(layout.best).isEmpty ? "empty" : "\"\(asWritten(layout.best))\""
                        throw fail(column(layout.best) + "\(cell) in a \(type) row: HDX HAPI gives the deaths of every political_violence and "
                            + "civilian_targeting row (only a demonstration's are left empty), so this is a figure missing from the file, "
                            + "not 0 deaths; download the file again or fill the count from ACLED, or leave the row out")
                    }
                    return try count(layout.best, emptyIsZero: true)
                }
                let startText = field(layout.dateStart)
                var startBytes = Array(startText.utf8)
                guard let start = startBytes.withUnsafeMutableBufferPointer({ b -> CalendarDay? in
                    guard let p = b.baseAddress else { return nil }
                    return CalendarDay.parse(p, count: b.count) ?? CalendarDay.parseWithTime(p, count: b.count)
                }) else {
                    // A period starting at 23:00 UTC is a local midnight of the next day: never cut to its date.
                    if let why = CalendarDay.timeOfDayRefusal(startText) { throw fail(column(layout.dateStart) + "\"\(startText)\" " + why) }
                    throw fail(column(layout.dateStart) + "\"\(startText)\" is not a date" + CalendarDay.spreadsheetSerialAdvice(startText))
                }
                // The form as written, not the converted rows' YYYY-MM-DD.
                reading.dateForms.add(startBytes.count == 10 ? .iso : .isoWithTime)
                // A month outside the plausible dates, at the file's line and column (the
                // reader of the converted rows named a line of its own text); with
                // `collectImplausible`, left for that reader to set aside (counted below).
                if !collectImplausible, let why = BlockParser.implausible(start, plausible) {
                    throw fail(column(layout.dateStart) + why)
                }
                let (y, m, d) = start.components
                guard d == 1 else {
                    throw fail(column(layout.dateStart) + "\(start) is not the first day of a month; HAPI conflict periods are months")
                }
                if layout.periodEnd >= 0 {
                    var endBytes = Array(field(layout.periodEnd).utf8)
                    if !endBytes.isEmpty {
                        // The API ends a month at its last second (`2024-01-31T23:59:59`): that
                        // day; any other time is refused as a start's is.
                        let end = endBytes.withUnsafeMutableBufferPointer { b -> CalendarDay? in
                            if let d = CalendarDay.parse(b.baseAddress!, count: b.count) { return d }
                            guard let t = CalendarDay.parseDateTime(b.baseAddress!, count: b.count), t.isMidnightUTC || t.isEndOfDay else { return nil }
                            return t.day
                        }
                        if end == nil, let why = CalendarDay.timeOfDayRefusal(field(layout.periodEnd)) {
                            throw fail(column(layout.periodEnd) + "\"\(field(layout.periodEnd))\" " + why)
                        }
                        let nextMonth = m == 12 ? CalendarDay(year: y + 1, month: 1, day: 1) : CalendarDay(year: y, month: m + 1, day: 1)
                        let monthEnd = (nextMonth ?? start).adding(days: -1)
                        guard let end, end == monthEnd || end == monthEnd.adding(days: 1) else {
                            throw fail(column(layout.periodEnd) + "\"\(field(layout.periodEnd))\": the period \(start)..\(field(layout.periodEnd)) is not one month")
                        }
                    }
                }
                _ = startBytes.count
                // The place as written: its columns' bytes (and whether quotes were
                // doubled in them), each preceded by its length.
                placeBytes.removeAll(keepingCapacity: true)
                for i in placeColumns {
                    guard i >= 0 && i < n else { placeBytes.append(2); continue }
                    let s = spans[i]
                    placeBytes.append(s.hasEscapes ? 1 : 0)
                    withUnsafeBytes(of: UInt32(truncatingIfNeeded: s.count).littleEndian) { placeBytes.append(contentsOf: $0) }
                    placeBytes.append(contentsOf: UnsafeBufferPointer(start: base + s.start, count: s.count))
                }
                let place: Place
                if let known = placeTable[placeBytes] {
                    place = known
                } else {
                    // Place names and codes are checked as the key columns of the other
                    // schemas (``KeyInterner``), at this file's own line and column: a word
                    // mixing scripts, or a blank that is no space, is refused. (At the first
                    // row writing the place: any row holding a spelling is one.)
                    for i in placeColumns where i >= 0 && i < n {
                        let s = spans[i]
                        var high = false
                        for k in s.start ..< s.start + s.count where base[k] >= 0x80 { high = true; break }
                        if high, let m = problem(field(i)) { throw fail(column(i) + m) }
                    }
                    // ISO 3166 codes: `sdn` is SDN.
                    let location = field(layout.locationCode).uppercased()
                    // HAPI's `location_name` is OCHA's, whose `Congo` is the Republic of the
                    // Congo; bare `Congo` may be either state (``CountryNames/ambiguous``), so the
                    // row's own ISO code says which (COG: review33 S3, beside ACLED's `Republic
                    // of Congo` it was a country apart and the publishers' refusal did not fire).
                    let written = layout.country >= 0 ? field(layout.country) : location
                    let country = CountryNames.resolvedByCode(written, code: location) ?? written
                    let admin1 = field(layout.adm1), admin2 = field(layout.adm2)
                    let code1 = layout.admin1Code >= 0 ? field(layout.admin1Code).uppercased() : ""
                    let code2 = layout.admin2Code >= 0 ? field(layout.admin2Code).uppercased() : ""
                    let name1 = canonical(admin1), name2 = canonical(admin2)
                    let providers: String? = layout.providerAdmin1 < 0 && layout.providerAdmin2 < 0 ? nil
                        : foldedOnce(canonical(field(layout.providerAdmin1))) + "\u{1F}" + foldedOnce(canonical(field(layout.providerAdmin2)))
                    // Names matched case aside too: `KHARTOUM` beside `Khartoum` taken as two
                    // places would be summed (every event twice); taken as one, the totals
                    // are checked and a mismatch refused.
                    place = Place(location: location, country: country.isEmpty ? location : country, admin1: admin1, admin2: admin2,
                                  admin1Key: code1.isEmpty ? name1 : code1, admin2Key: code2.isEmpty ? name2 : code2,
                                  admin1Code: code1, admin1Name: foldedOnce(name1), admin2Code: code2, admin2Name: foldedOnce(name2),
                                  providers: providers,
                                  providersWritten: providers == nil ? "" : [layout.providerAdmin1, layout.providerAdmin2].map { i in
                                      i < 0 || field(i).isEmpty ? "(none)" : field(i)
                                  }.joined(separator: " / "))
                    placeTable[placeBytes] = place
                }
                let monthText: String
                if let t = monthTexts[start] { monthText = t } else { monthText = start.description; monthTexts[start] = monthText }
                let events = try count(layout.events, emptyIsZero: false), deaths = try fatalities(type, events: events)
                // Deaths in no event: one of the two cells is wrong, and which cannot be told.
                if events == 0 && deaths > 0 {
                    throw fail(column(layout.events) + "0 beside \(deaths) fatalities: deaths with no event; one of the two figures is wrong "
                        + "(download the file again, or correct the row from ACLED)")
                }
                rows.append(Row(line: line, place: place, level: level, type: type, events: events,
                                fatalities: deaths, month: start, monthText: monthText))
            }
        }
        placeTable = [:]
        var (distinct, repeats) = try withoutRepeats(rows, name: name, locator: locator)
        if let only = adminLevel {
            let other = distinct.filter { $0.level != only }
            distinct.removeAll { $0.level != only }
            reading.otherLevels = other.count
            reading.levelNote = try oneLevel(only, kept: distinct, other: other, name: name, locator: locator, optionNames: optionNames)
        }
        try checkPlacesWrittenOnce(distinct, name: name, locator: locator)
        try checkParts(distinct, name: name, locator: locator)
        var kept = try withoutRollUps(distinct, name: name, locator: locator, pending: levels.map { l in
            { (total: Row) in l.pend(total, file: name, line: locator.place(total.line)) }
        })
        reading.rows = rows.count
        reading.months = Set(distinct.map(\.month)).sorted()
        reading.repeats = repeats
        reading.rollUps = distinct.count - kept.count
        var own = distinct
        if let levels, levels.supersedes, !levels.single {
            // Files are read last first: rows a later file gave (a newer release) are its.
            let later = levels.laterRows(distinct, file: name)
            if let refusal = later.refusal { throw .data(refusal) }
            reading.sameInLaterFile = later.same
            reading.replacedByLaterFile = later.replaced.count
            reading.renamedInLaterFile = later.renamed
            if !later.keys.isEmpty {
                kept.removeAll { later.keys.contains($0.key) }
                own.removeAll { later.keys.contains($0.key) }
            }
        }
        if collectImplausible {
            for r in kept where BlockParser.implausible(r.month, plausible) != nil {
                reading.implausibleRows += 1
                reading.implausibleLines += NativeRows.lines(of: r)
            }
        }
        // The rows this file left out as totals (own, less kept: both in the rows' order).
        var totals: [Row] = []
        var next = 0
        for r in own {
            if next < kept.count && kept[next].key == r.key { next += 1 } else { totals.append(r) }
        }
        if let levels {
            // The one file of a run: the checks across files are skipped where they can
            // find nothing its own did not (``partsAcrossFilesFindNothing(_:)``).
            let alone = levels.single && partsAcrossFilesFindNothing(distinct)
            if !alone {
                levels.checksPartsAcrossFiles()
                levels.collectTotals(totals, file: name, locator: locator)
                levels.keepRollUps(totals, file: name, locator: locator)
            }
            if !alone || levels.hasPending { try levels.register(kept, given: distinct, file: name, locator: locator) }
        }
        reading.nativeLines = kept.reduce(0) { $0 + NativeRows.lines(of: $1) }
        return (NativeRows(kept, locator: locator, layout: layout), reading)
    }

    /// Where each line of the converted native text came from: line 1 is the header,
    /// then each kept row's measures, two or three lines a row (``NativeRows``), in the
    /// rows' order. A message about a converted line names the file's own line (a
    /// 540,433-line file was said to fail at line 1,119,746) and the file's column.
    /// Four bytes a kept row.
    final class ConvertedLines: Sendable {
        let inner: RecordLocator
        /// Per kept row: its line in the file, shifted left 2, or'ed with its native lines.
        private let rows: [UInt32]
        /// Native data lines before row `k * stride`.
        private let checkpoints: [Int]
        private static let stride = 256
        /// The native columns a message may name, and the file's column each was read from.
        let columns: [(native: String, file: String)]

        init(_ kept: [Row], inner: RecordLocator, columns: [(native: String, file: String)]) {
            self.inner = inner
            self.columns = columns
            var rows: [UInt32] = [], checkpoints: [Int] = []
            rows.reserveCapacity(kept.count)
            var lines = 0
            for (i, r) in kept.enumerated() {
                if i % Self.stride == 0 { checkpoints.append(lines) }
                let n = NativeRows.lines(of: r)
                rows.append(UInt32(truncatingIfNeeded: min(r.line, Int(UInt32.max >> 2))) << 2 | UInt32(n))
                lines += n
            }
            self.rows = rows
            self.checkpoints = checkpoints
        }

        /// The file's line for line `line` of the converted text (its header: the file's).
        func fileLine(_ line: Int) -> Int {
            let n = line - 2
            guard n >= 0, !rows.isEmpty else { return 1 }
            var lo = 0, hi = checkpoints.count
            while lo + 1 < hi {
                let mid = (lo + hi) / 2
                if checkpoints[mid] <= n { lo = mid } else { hi = mid }
            }
            var at = checkpoints[lo]
            for k in lo * Self.stride ..< rows.count {
                at += Int(rows[k] & 3)
                if n < at { return Int(rows[k] >> 2) }
            }
            return Int(rows[rows.count - 1] >> 2)
        }

        func renamingColumns(_ m: String) -> String {
            var m = m
            for (native, file) in columns where native != file {
                m = m.replacingOccurrences(of: "column '\(native)'", with: "column '\(file)'")
            }
            return m
        }
    }

    /// The rows kept, as native CSV written a few at a time as it is read (the whole
    /// text, about 360 bytes a row, was held through the reading: the largest part of a
    /// run's peak after the rows).
    final class NativeRows: ByteSource {
        private var rows: [Row]
        private var next = 0
        private var text = Array("id,date_start,date_precision,country,adm_1,adm_2,measure,best,events,source\n".utf8)
        private var position = 0
        /// Each row's fields before the measure, written once and repeated for its
        /// measures (a list of nine strings a measure was a fifth of a run's time).
        private var head: [UInt8] = []
        private var month: CalendarDay?, monthText = ""

        /// Where its lines came from, for messages.
        let lines: ConvertedLines

        init(_ rows: [Row], locator: RecordLocator, layout: RowLayout) {
            self.rows = rows
            let named = { (i: Int, otherwise: String) in i >= 0 && i < layout.names.count ? layout.names[i] : otherwise }
            lines = ConvertedLines(rows, inner: locator, columns: [
                ("date_start", named(layout.dateStart, "date_start")),
                ("country", named(layout.country, named(layout.locationCode, "country"))),
                ("adm_1", named(layout.adm1, "adm_1")), ("adm_2", named(layout.adm2, "adm_2")),
                ("measure", named(layout.eventType, "measure")),
                ("events", named(layout.events, "events")),
            ])
        }

        /// The native lines a row becomes (its measures, ``append(_:)``).
        static func lines(of r: Row) -> Int { r.type == "civilian_targeting" ? 2 : 3 }

        func read(into p: UnsafeMutablePointer<UInt8>, capacity: Int) throws(TallyError) -> Int {
            var filled = 0
            while filled < capacity {
                if position == text.count {
                    guard next < rows.count else { break }
                    text.removeAll(keepingCapacity: true)
                    position = 0
                    while next < rows.count && text.count < 1 << 16 { append(rows[next]); next += 1 }
                    if next == rows.count { rows = []; next = 0 }
                }
                let n = min(capacity - filled, text.count - position)
                text.withUnsafeBufferPointer { b in (p + filled).update(from: b.baseAddress! + position, count: n) }
                position += n
                filled += n
            }
            return filled
        }

        private func append(_ r: Row) {
            let measures: [(String, Int64)]
            switch r.type {
            case "political_violence":
                measures = [("killed", r.fatalities), ("conflict_events", r.events), ("political_violence_events", r.events)]
            case "civilian_targeting":
                measures = [("civilians_killed", r.fatalities), ("civilian_targeting_events", r.events)]
            default:
                measures = [("killed", r.fatalities), ("conflict_events", r.events), ("demonstration_events", r.events)]
            }
            if month != r.month { (month, monthText) = (r.month, r.month.description) }
            head.removeAll(keepingCapacity: true)
            APIJSON.appendFields([r.key, monthText, "month", r.country, r.admin1, r.admin2], to: &head)
            for (m, v) in measures {
                text.append(contentsOf: head)
                APIJSON.appendFields([m, String(v), String(r.events), "HDX HAPI"], to: &text, first: false)
                text.append(0x0A)
            }
        }
    }

    /// Why a place name or code (`text`, and its ``KeyKind/name`` canonical form) cannot
    /// be a key, as the other schemas' key columns are refused (``KeyInterner``,
    /// ``BlockParser``): a word mixing scripts (``MixedScript``: `Вakhmut` with a
    /// Cyrillic `В` would be a place apart from `Bakhmut`, its parent's rows unmatched),
    /// or U+2800, drawn as a space but none; nil when it can.
    static func keyValueProblem(_ text: String, canonical: String) -> String? {
        if canonical.unicodeScalars.contains(where: Invisible.drawnBlank) { return BlockParser.drawnBlankMessage(text) }
        guard let found = MixedScript.find(KeyKind.cleaned(text)) ?? MixedScript.find(canonical) else { return nil }
        return MixedScript.message(found)
    }

    enum PlaceMatch { case same, other, unknown }

    /// A name as places are compared: letter case, accents and width aside (`Bahri`,
    /// `BAHRI`, `Bahrí` are one name; spaces were collapsed by ``KeyKind/name``). Two
    /// spellings taken as one place are checked (their totals compared, or the pair
    /// refused); taken as two, their events would be added twice.
    static func folded(_ name: String) -> String {
        if name.isEmpty { return "" }
        // ASCII (nearly every HAPI name) only has case to fold: no Foundation call per row.
        // Spaces, hyphens and other punctuation aside too: `Al Jazirah`, `Al-Jazirah`,
        // `Al-Jazīrah` are one name. A name of punctuation only stays as it is.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            let kept = name.utf8.compactMap { b -> UInt8? in
                b >= 0x41 && b <= 0x5A ? b + 0x20 : (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) ? b : nil
            }
            return kept.isEmpty ? name.lowercased() : String(decoding: kept, as: UTF8.self)
        }
        let f = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: f.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
        return kept.isEmpty ? f : String(kept)
    }

    /// The parent an admin2 p-code carries (`SD08001` lies in `SD08`): a row with no
    /// admin1_code but an admin2_code beginning with another row's admin1_code is
    /// under that admin1 whatever its admin1_name is written as.
    static func underByCode(_ child: Row, _ parent: Row) -> Bool {
        child.admin1Code.isEmpty && !parent.admin1Code.isEmpty && child.admin2Code.utf8.count > parent.admin1Code.utf8.count
            && child.admin2Code.hasPrefix(parent.admin1Code)
    }

    /// Two rows whose admin1 is one place by the admin2 p-code's prefix but which name
    /// it two ways that do not fold to one (`SD08` `Sinnar` beside `SD08001` under
    /// `Sennar`): whether the code or the name is wrong cannot be told, so the pair is
    /// refused with this text rather than matched or summed.
    static func spellingClash(_ a: Row, _ b: Row) -> String? {
        guard underByCode(a, b) || underByCode(b, a), !a.admin1Name.isEmpty, !b.admin1Name.isEmpty,
              a.admin1Name != b.admin1Name else { return nil }
        let (child, parent) = underByCode(a, b) ? (a, b) : (b, a)
        return "admin2_code \(child.admin2Code) lies in admin1 \(parent.admin1Code) by its p-code, but one row names that admin1 \"\(parent.admin1)\" "
            + "and the other \"\(child.admin1)\" (spellings tally does not take as one name), so tally cannot tell whether the code or the name is wrong "
            + "nor whether they count the same events; give admin1_code in every row (or the same admin1_name)"
    }

    /// Whether two rows' admin1 (or admin2) is one place: by code (case aside) where both
    /// give one, else by name where both give one (``folded(_:)``). A file with codes
    /// beside one with names only is the same place, not two. Neither: unknown, and
    /// refused, never summed. `bareArePlaces` (rows of one file): a row with neither a
    /// code nor a name at a level is a place HAPI could not match to a unit (its own
    /// count, told apart by its provider names), not any named or coded place.
    static func samePlace(_ a: Row, _ b: Row, level: Int, bareArePlaces: Bool = false) -> PlaceMatch {
        func match(_ c1: String, _ n1: String, _ c2: String, _ n2: String) -> PlaceMatch {
            if bareArePlaces && ((c1.isEmpty && n1.isEmpty) || (c2.isEmpty && n2.isEmpty)) { return .other }
            if !c1.isEmpty && !c2.isEmpty { return c1 == c2 ? .same : .other }
            if !n1.isEmpty && !n2.isEmpty { return n1 == n2 ? .same : .other }
            return .unknown
        }
        var one = match(a.admin1Code, a.admin1Name, b.admin1Code, b.admin1Name)
        if one == .unknown || (one == .other && (a.admin1Code.isEmpty || b.admin1Code.isEmpty)),
           underByCode(a, b) || underByCode(b, a) {
            // The admin2 p-code names the parent: the same admin1 (names differing is refused).
            one = spellingClash(a, b) == nil ? .same : .unknown
        }
        if level < 2 || one == .other { return one }
        let two = match(a.admin2Code, a.admin2Name, b.admin2Code, b.admin2Name)
        return two == .same ? one : two
    }

    /// A row's unit across files: its key without the provider names, for a row whose
    /// file gives provider names and whose place has a code or a name at its level (a
    /// row with neither is told apart by its provider names alone). Two files giving one
    /// unit under other provider names (`Ogun` and `Ogun State` for NG028010: two
    /// downloads across a provider renaming) give one count twice: the later file's rows
    /// of the unit replace the earlier file's (``Levels/laterRows(_:file:)``).
    static func unitKey(_ r: Row) -> Substring? {
        guard let providers = r.providers else { return nil }
        switch r.level {
        case 2 where r.admin2Code.isEmpty && r.admin2Name.isEmpty: return nil
        case 1 where r.admin1Code.isEmpty && r.admin1Name.isEmpty: return nil
        default: break
        }
        // The key is the unit's, then `|` and the provider names where given (makeKey):
        // its prefix, without a string of its own.
        let u = r.key.utf8
        let cut = providers == "\u{1F}" ? u.count : u.count - providers.utf8.count - 1
        return Substring(u[u.startIndex ..< u.index(u.startIndex, offsetBy: cut)])
    }

    /// HAPI keys a row by its unit and the provider's names as well: two rows of one unit
    /// whose files give provider names, other ones, are two counts (ACLED places HAPI
    /// matched to one unit), not one place written two ways.
    static func toldApartByProviders(_ a: Row, _ b: Row) -> Bool {
        if let p = a.providers, let q = b.providers { return p != q }
        return false
    }

    /// Rows of one location, event type and month by admin level, indexed by code and by
    /// name, so that the rows that may be a row's place are found without comparing every
    /// pair (two 36,000-row admin2 files were compared pair by pair). Every row whose
    /// ``samePlace(_:_:level:bareArePlaces:)`` is not `.other` is among the candidates;
    /// the candidates are then compared exactly.
    struct PlaceIndex<Item> {
        struct Dimension {
            var byCode: [String: [Int]] = [:], byName: [String: [Int]] = [:]
            var uncoded: [Int] = [], bare: [Int] = [], codedUnnamed: [Int] = []
            /// Rows with no admin1 code by every proper prefix of their admin2 code
            /// (``underByCode(_:_:)``), and the admin2 codes looked up the other way.
            var byChildPrefix: [String: [Int]] = [:]
            var count = 0
            static func prefixes(_ child: String) -> [String] {
                let cs = Array(child)
                return cs.count < 2 ? [] : (1 ..< cs.count).map { String(cs[..<$0]) }
            }
            mutating func add(code: String, name: String, child: String = "") {
                let i = count
                count += 1
                if code.isEmpty { for p in Self.prefixes(child) { byChildPrefix[p, default: []].append(i) } }
                if !code.isEmpty {
                    byCode[code, default: []].append(i)
                    if name.isEmpty { codedUnnamed.append(i) }
                } else {
                    uncoded.append(i)
                    if name.isEmpty { bare.append(i) }
                }
                if !name.isEmpty { byName[name, default: []].append(i) }
            }
            /// The rows whose place at this level may be (code, name); nil: every row.
            func candidates(code: String, name: String, child: String = "") -> [[Int]]? {
                if !code.isEmpty {
                    return [byCode[code] ?? [], name.isEmpty ? uncoded : (byName[name] ?? []), name.isEmpty ? [] : bare, byChildPrefix[code] ?? []]
                }
                let parents = Self.prefixes(child).flatMap { byCode[$0] ?? [] }
                if !name.isEmpty { return [byName[name] ?? [], codedUnnamed, bare, parents] }
                return nil
            }
        }
        private(set) var items: [[(row: Row, item: Item)]] = [[], [], []]
        private var one = [Dimension(), Dimension(), Dimension()], two = Dimension()

        mutating func add(_ row: Row, _ item: Item) {
            let l = row.level
            items[l].append((row, item))
            if l >= 1 { one[l].add(code: row.admin1Code, name: row.admin1Name, child: row.admin2Code) }
            if l == 2 { two.add(code: row.admin2Code, name: row.admin2Name) }
        }

        /// The indexed rows of the row's unit (``unitKey(_:)``, `unit`) under other provider
        /// names: by its code (else name) at its level, then the unit compared exactly.
        ///
        /// A unit known by its code in one file and by its name only in the other (a code
        /// dropped across the renaming) is the same unit wherever ``samePlace`` says so;
        /// rows so matched of more than one unit (one key without the provider names) are
        /// all returned, and refused by ``Levels/laterRows(_:file:)``, never a guess between two.
        func sameUnit(as r: Row, unit: Substring) -> [(row: Row, item: Item)] {
            let l = r.level
            var list: [Int]
            switch l {
            case 0: list = Array(items[0].indices)
            case 1: list = (r.admin1Code.isEmpty ? [] : one[1].byCode[r.admin1Code] ?? []) + (r.admin1Name.isEmpty ? [] : one[1].byName[r.admin1Name] ?? [])
            default: list = (r.admin2Code.isEmpty ? [] : two.byCode[r.admin2Code] ?? []) + (r.admin2Name.isEmpty ? [] : two.byName[r.admin2Name] ?? [])
            }
            var seen = Set<Int>()
            list = list.filter { seen.insert($0).inserted }
            let renamed = list.map { items[l][$0] }.filter { e in e.row.providers != nil && e.row.providers != r.providers }
            let sameKey = renamed.filter { HAPIConflict.unitKey($0.row) == unit }
            if !sameKey.isEmpty { return sameKey }
            let samePlace = renamed.filter { HAPIConflict.unitKey($0.row) != nil && HAPIConflict.samePlace(r, $0.row, level: l) == .same }
            return samePlace
        }

        /// The indexed rows at the row's level with neither a code nor a name there (HAPI's
        /// unspecified units, told apart by provider names only), under an admin1 that
        /// is not another place for an admin2 row.
        func unspecified(like r: Row) -> [(row: Row, item: Item)] {
            switch r.level {
            case 1: return one[1].bare.map { items[1][$0] }
            case 2: return two.bare.map { items[2][$0] }.filter { HAPIConflict.samePlace(r, $0.row, level: 1) != .other }
            default: return []
            }
        }

        /// A row at the row's own level that is its place written another way (another
        /// key: a code in one, the name only in the other) or that cannot be matched to it.
        func samePlaceOtherKey(as r: Row, bareArePlaces: Bool) -> (row: Row, item: Item, match: PlaceMatch)? {
            let l = r.level
            guard l >= 1 else { return nil }
            let dimension = l == 1 ? one[1] : two
            let lists = l == 1 ? dimension.candidates(code: r.admin1Code, name: r.admin1Name, child: r.admin2Code)
                : dimension.candidates(code: r.admin2Code, name: r.admin2Name)
            func check(_ i: Int) -> (Row, Item, PlaceMatch)? {
                let e = items[l][i]
                if e.row.key == r.key || HAPIConflict.toldApartByProviders(r, e.row) { return nil }
                let m = HAPIConflict.samePlace(r, e.row, level: l, bareArePlaces: bareArePlaces)
                return m == .other ? nil : (e.row, e.item, m)
            }
            if let lists {
                for list in lists { for i in list { if let c = check(i) { return c } } }
            } else {
                for i in items[l].indices { if let c = check(i) { return c } }
            }
            return nil
        }

        /// An indexed row (another file's) of the row's admin level and name at that level
        /// (under the same admin1 for an admin2 row) under another code, where neither
        /// code is given by the other side (`hasHere`: whether the row's own file gives a
        /// code at a level in this group): one unit recoded between downloads (a boundary
        /// update) or two units of one name, which tally cannot tell apart (review20b H6).
        func sameNameOtherCode(as r: Row, hasHere: (Int, String) -> Bool) -> (row: Row, item: Item)? {
            let l = r.level
            guard l >= 1 else { return nil }
            let (code, name) = l == 1 ? (r.admin1Code, r.admin1Name) : (r.admin2Code, r.admin2Name)
            let d = l == 1 ? one[1] : two
            guard !code.isEmpty, !name.isEmpty, d.byCode[code] == nil else { return nil }
            for i in d.byName[name] ?? [] {
                let e = items[l][i]
                let c = l == 1 ? e.row.admin1Code : e.row.admin2Code
                guard !c.isEmpty, c != code, !hasHere(l, c) else { continue }
                if l == 2 && HAPIConflict.samePlace(r, e.row, level: 1) != .same { continue }
                return e
            }
            return nil
        }

        /// A row at another admin level over the same place: any other level beside a
        /// country row; an admin1 and an admin2 row whose admin1 is not another place.
        func otherLevel(than r: Row) -> (row: Row, item: Item, match: PlaceMatch)? {
            for l in 0 ... 2 where l != r.level {
                if l == 0 || r.level == 0 {
                    if let e = items[l].first { return (e.row, e.item, .same) }
                    continue
                }
                let lists = one[l].candidates(code: r.admin1Code, name: r.admin1Name, child: r.admin2Code)
                func check(_ i: Int) -> (Row, Item, PlaceMatch)? {
                    let e = items[l][i]
                    let m = HAPIConflict.samePlace(r, e.row, level: 1)
                    return m == .other ? nil : (e.row, e.item, m)
                }
                if let lists {
                    for list in lists { for i in list { if let c = check(i) { return c } } }
                } else if let e = items[l].first {
                    return (e.row, e.item, HAPIConflict.samePlace(r, e.row, level: 1))
                }
            }
            return nil
        }
    }

    static func levelName(_ l: Int) -> String { l == 0 ? "country" : "admin\(l)" }

    /// The way out of a file whose levels cannot be combined, said the same everywhere.
    static let oneLevelAdvice = "one admin level only (--admin-level 2 reads the admin2 rows alone, 1 or 0 a coarser level; "
        + "in a report spec, the dataset's admin_level:)"

    /// A row's place down to `level` (its own level at most), event type and month: the
    /// unit a row of another level shares with the rows kept.
    static func placeKey(_ r: Row, _ level: Int) -> String {
        let l = min(level, r.level)
        return r.location + "|" + (l >= 1 ? r.admin1Key : "") + "|" + (l >= 2 ? r.admin2Key : "") + "|" + r.type + "|" + r.month.description
    }

    /// What reading one admin level leaves out, or nil when nothing: the first row of
    /// another level (in the file's order) whose figures the kept rows do not hold, and
    /// how much they miss. A coarser row is held when the kept rows under it (its place,
    /// event type and month) add up to at least its events and fatalities; the finer rows
    /// under a kept row are held when they add up to no more than it (each finer level
    /// apart). Event types are compared apart (civilian targeting is a part of political
    /// violence, never added to it).
    static func levelLoss(_ level: Int, kept: [Row], other: [Row]) -> (row: Row, events: Int64, fatalities: Int64, held: (Int64, Int64)?)? {
        var under: [[String: (Int64, Int64)]] = [[:], [:], [:]]
        for r in kept {
            for l in 0 ... level {
                let k = placeKey(r, l)
                let s = under[l][k] ?? (0, 0)
                under[l][k] = (s.0 + r.events, s.1 + r.fatalities)
            }
        }
        // Finer rows left out, added by level and by the kept place they are in.
        var finer: [Int: [String: (Int64, Int64, Row)]] = [:]
        var losses: [(row: Row, events: Int64, fatalities: Int64, held: (Int64, Int64)?)] = []
        for o in other {
            if o.level < level {
                let held = under[o.level][placeKey(o, o.level)]
                let (e, f) = held ?? (0, 0)
                if e < o.events || f < o.fatalities { losses.append((o, o.events - min(e, o.events), o.fatalities - min(f, o.fatalities), held)) }
            } else {
                let k = placeKey(o, level)
                let s = finer[o.level, default: [:]][k]
                finer[o.level, default: [:]][k] = ((s?.0 ?? 0) + o.events, (s?.1 ?? 0) + o.fatalities, s.map { $0.2.line <= o.line ? $0.2 : o } ?? o)
            }
        }
        for (_, places) in finer {
            for (k, s) in places {
                let held = under[level][k]
                let (e, f) = held ?? (0, 0)
                if s.0 > e || s.1 > f { losses.append((s.2, s.0 - min(e, s.0), s.1 - min(f, s.1), held)) }
            }
        }
        return losses.min { $0.row.line < $1.row.line }
    }

    /// Reads one admin level (review46 R1, review48 F1/F8/F15): refused (65) when a row of
    /// another level holds figures the kept rows do not (an admin1 total above its admin2
    /// rows, a month given at admin1 only, admin2 rows under no kept admin1 row), naming the
    /// levels that read the file whole; else the note of what was left out.
    static func oneLevel(_ level: Int, kept: [Row], other: [Row], name: String, locator: RecordLocator,
                         optionNames: OptionNames) throws(TallyError) -> String? {
        guard !other.isEmpty else { return nil }
        let given = "\(optionNames.adminLevel) \(level)"
        if let loss = levelLoss(level, kept: kept, other: other) {
            let r = loss.row
            let all = kept + other
            let whole = Set(all.map(\.level)).sorted().filter { l in
                levelLoss(l, kept: all.filter { $0.level == l }, other: all.filter { $0.level != l }) == nil
            }
            let finerGroup = r.level > level
            let what = finerGroup
                ? "the \(levelName(r.level))-level rows under \(levelName(level)) \(r.location)\(shownTo(r, level)) (\(r.type) \(r.month))"
                : "this \(levelName(r.level))-level row (\(r.location)\(shown(r)), \(r.type) \(r.month), events \(r.events), fatalities \(r.fatalities))"
            let against = loss.held.map { finerGroup
                ? "add up to more than its \(levelName(level))-level row (events \($0.0), fatalities \($0.1))"
                : "is more than the \(levelName(level))-level rows under it (events \($0.0), fatalities \($0.1))" }
                ?? (finerGroup ? "have no \(levelName(level))-level row above them" : "has no \(levelName(level))-level row under it")
            let way = whole.isEmpty
                ? "no one admin level reads this file whole: give the file without \(optionNames.adminLevel) and mend the rows the refusal names"
                : "\(whole.map { "\(optionNames.adminLevel) \($0)" }.joined(separator: " or ")) reads this file whole"
            throw .data("\(name):\(locator.place(r.line)): \(given) would leave \(loss.events) events and \(loss.fatalities) fatalities out of every figure: "
                        + "\(what) \(against); \(way)")
        }
        var byLevel = [0, 0, 0]
        for r in other { byLevel[r.level] += 1 }
        let counts = (0 ... 2).filter { byLevel[$0] > 0 }.map { "\(byLevel[$0]) \(levelName($0))-level" }.joined(separator: ", ")
        return "\(name): HDX HAPI: \(given) read the \(levelName(level))-level rows; the \(other.count) of other levels (\(counts)) "
            + "hold nothing they do not, and are left out"
    }

    /// A row's place written down to `level`, for messages (``shown(_:)`` stops at the row's own).
    static func shownTo(_ r: Row, _ level: Int) -> String {
        level == 0 ? "" : " " + [r.admin1Code, r.place.admin1].filter { !$0.isEmpty }.joined(separator: " ")
            + (level >= 2 ? " / " + [r.admin2Code, r.place.admin2].filter { !$0.isEmpty }.joined(separator: " ") : "")
    }

    /// A row's place as messages show it: its codes and names as the file writes them.
    static func shown(_ r: Row) -> String {
        // The names as the file writes them (the folded forms compared, `kabulcity`, are
        // no name a reader would look for).
        let one = [r.admin1Code, r.place.admin1].filter { !$0.isEmpty }.joined(separator: " ")
        let two = [r.admin2Code, r.place.admin2].filter { !$0.isEmpty }.joined(separator: " ")
        return r.level == 0 ? "" : r.level == 1 ? " " + (one.isEmpty ? "no admin1 code or name" : one)
            : " " + (one.isEmpty ? "no admin1 code or name" : one) + " / " + (two.isEmpty ? "no admin2 code or name" : two)
    }

    /// One place, event type and month at one admin level, given twice in a file in two
    /// ways (its admin1 code in one row, its name only in the other; an admin2 row under
    /// its admin1's code and another under its name), is the rule across files applied
    /// within one: read as two places, its events would be added twice, so it is
    /// refused naming both lines, as is a row that cannot be matched to another (a code
    /// only beside a name only). A row with neither a code nor a name is a place HAPI
    /// could not match (told apart by its provider names) and stands alone.
    static func checkPlacesWrittenOnce(_ rows: [Row], name: String, locator: RecordLocator) throws(TallyError) {
        // By location, event type and month (a struct: a text made a row was a tenth of the check).
        struct Group: Hashable { var location: String; var type: String; var month: Int32 }
        var groups: [Group: PlaceIndex<Int>] = [:]
        for r in rows where r.level >= 1 {
            let g = Group(location: r.location, type: r.type, month: r.month.daysSinceEpoch)
            if let (e, _, m) = groups[g]?.samePlaceOtherKey(as: r, bareArePlaces: true) {
                let l = levelName(r.level)
                if m == .unknown, let clash = spellingClash(r, e) {
                    throw .data("\(name):\(locator.place(r.line)): this \(l)-level row (\(r.location)\(shown(r)), \(r.type) \(r.month)) and the row on line \(locator.place(e.line)) (\(shown(e).dropFirst())): " + clash)
                }
                if m == .unknown {
                    throw .data("\(name):\(locator.place(r.line)): this \(l)-level row (\(r.location)\(shown(r)), \(r.type) \(r.month)) and the row on line \(locator.place(e.line)) (\(shown(e).dropFirst())) "
                                + "cannot be matched: one gives an admin code and the other a name only, so tally cannot tell whether they count the same events; "
                                + "give the admin codes (or the names) in every row")
                }
                throw .data("\(name):\(locator.place(r.line)): this \(l)-level row (\(r.location)\(shown(r)), \(r.type) \(r.month)) and the row on line \(locator.place(e.line)) (\(shown(e).dropFirst())) "
                            + "are the same place written two ways (a code in one, the name only in the other), so adding them would count its events twice; "
                            + "give each place one way in every row (its code), or keep one of the two rows")
            }
            groups[g, default: PlaceIndex()].add(r, 0)
        }
    }

    /// Leaves out rows that repeat an earlier row's key with the same figures (a file
    /// pasted twice, an extract appended to itself), and refuses a key given twice with
    /// other figures: HAPI publishes one row per key, so two cannot both be true.
    static func withoutRepeats(_ rows: [Row], name: String, locator: RecordLocator) throws(TallyError) -> ([Row], Int) {
        // Nearly every file has no repeat: then the rows as they are (no second copy).
        var keys = Set<String>(minimumCapacity: rows.count)
        if rows.allSatisfy({ keys.insert($0.key).inserted }) { return (rows, 0) }
        keys = []
        var seen: [String: Int] = [:]
        var out: [Row] = []
        out.reserveCapacity(rows.count)
        for r in rows {
            if let i = seen[r.key] {
                let first = out[i]
                if first.events == r.events && first.fatalities == r.fatalities { continue }
                throw .data("\(name):\(locator.place(r.line)): this row repeats the place, admin level, event type and month of line \(locator.place(first.line)) (\(r.location) \(r.type) \(r.month), level \(r.level)) with other figures (events \(r.events), fatalities \(r.fatalities) against \(first.events), \(first.fatalities)); HAPI has one row for each, so tally cannot tell which is right: keep one")
            }
            seen[r.key] = out.count
            out.append(r)
        }
        return (out, rows.count - out.count)
    }

    /// The admin levels each HAPI file of a run gave, by place, event type and month.
    ///
    /// Within one file a coarser row that totals finer rows under it is left out
    /// (``withoutRollUps(_:name:locator:)``). Two files, one at admin1 and one at
    /// admin2 of the same place (two downloads of one country), were added together:
    /// every event counted twice, exit 0. A row whose place another file gives at a
    /// level above or below it is refused, naming both files.
    final class Levels: @unchecked Sendable {
        /// Where an indexed row came from (the row itself is the index's: a second copy
        /// of every row here was a quarter of a run's peak memory on 2 x 36k rows).
        struct Entry { var file: String; var line: String }
        private var groups: [String: PlaceIndex<Entry>] = [:]
        private let lock = Lock()
        /// Whether a row a later file gives replaces this file's (an event read from
        /// several files counts once, the later file's figures winning; files are then
        /// read last first).
        let supersedes: Bool
        /// Every row the files read so far published, by key, with its figures.
        private var published: [String: (events: Int64, fatalities: Int64)] = [:]

        /// Whether the run has one input only, so no other HAPI file will be read: then
        /// the checks across files cannot find anything the file's own checks did not
        /// (``checkParts(_:name:locator:)`` over the same rows), and its rows are neither
        /// published nor indexed, except that a file with a coarser row holding more than
        /// the finer ones under it (``pend(_:file:line:)``) is indexed for
        /// ``checkPendingTotals()`` as before. (This was a third of a one-file run's time
        /// and a copy of every row.)
        let single: Bool

        init(supersedes: Bool = true, single: Bool = false) {
            self.supersedes = supersedes
            self.single = single
        }

        private var partsAcrossFilesNeeded = false
        /// ``checkPartsAcrossFiles()`` is run even for the one file of a run.
        func checksPartsAcrossFiles() { lock.locked { partsAcrossFilesNeeded = true } }

        /// Whether a coarser row waits for ``checkPendingTotals()``.
        var hasPending: Bool { lock.locked { !pending.isEmpty } }

        /// The coarser rows each file left out as totals of its finer ones (political
        /// violence and civilian targeting only), with the file and line that gave them:
        /// with the rows of the index (``register(_:given:file:locator:)``), every file's rows
        /// that a later file did not replace, for ``checkPartsAcrossFiles()``.
        private var totalRows: [(row: Row, item: Entry)] = []

        /// Keeps a file's totals (rows it left out as the sum of finer rows) for
        /// ``checkPartsAcrossFiles()``; its other rows are the index's.
        func collectTotals(_ rows: [Row], file: String, locator: RecordLocator) {
            let kept = rows.filter { $0.type == "political_violence" || $0.type == "civilian_targeting" }
                .map { (row: $0, item: Entry(file: file, line: locator.place($0.line))) }
            lock.locked { totalRows.append(contentsOf: kept) }
        }

        /// ``checkParts(_:name:locator:)`` across files, by the same rule and the same
        /// place matching (``partAboveWhole(_:)`` over every file's rows once all are
        /// read): each political-violence row is compared with the civilian-targeting
        /// rows within it at its own admin level and at each finer one, whichever files
        /// they come from (extracts filtered by event type, an admin1 download beside an
        /// admin2 one, a name-only admin1 in one file under its code in another).
        /// Civilian targeting above the political violence it is part of is refused,
        /// naming both files. A civilian-targeting row coarser than the political
        /// violence of its place is not compared, in one file or several: finer rows may
        /// not be all of the place (an extract of some districts).
        func checkPartsAcrossFiles() throws(TallyError) {
            // One file: its own check over the same rows has passed (see convert).
            if single && !lock.locked({ partsAcrossFilesNeeded }) { return }
            let message: String? = lock.locked {
                // Only places and months with civilian targeting can clash. (Keyed by
                // location and day number: a text key made per row was a tenth of a
                // HAPI run's time.)
                struct LocationMonth: Hashable { var location: String; var month: Int32 }
                func key(_ r: Row) -> LocationMonth { LocationMonth(location: r.location, month: r.month.daysSinceEpoch) }
                var withParts = Set<LocationMonth>()
                for g in groups.values { for e in g.items.joined() where e.row.type == "civilian_targeting" { withParts.insert(key(e.row)) } }
                for e in totalRows where e.row.type == "civilian_targeting" { withParts.insert(key(e.row)) }
                guard !withParts.isEmpty else { return nil }
                var all: [(row: Row, item: Entry)] = []
                for g in groups.values {
                    for e in g.items.joined() where (e.row.type == "political_violence" || e.row.type == "civilian_targeting")
                        && withParts.contains(key(e.row)) { all.append(e) }
                }
                all += totalRows.filter { withParts.contains(key($0.row)) }
                // Files may be read in parallel: by file name, then line, whatever the order.
                let entries = all.sorted { ($0.item.file, $0.row.line) < ($1.item.file, $1.row.line) }.map { (row: $0.row, file: $0.item.file, line: $0.item.line) }
                guard let c = HAPIConflict.partAboveWhole(entries.map(\.row)) else { return nil }
                let whole = entries[c.wholes[0]], part = entries[c.parts[0]]
                var files: [String] = []
                for i in c.parts where !files.contains(entries[i].file) { files.append(entries[i].file) }
                let month = whole.row.month, location = whole.row.location
                let rest = "HAPI counts civilian targeting as part of political violence, so one of the two figures is wrong and tally "
                    + "cannot tell which: download the data again (or report it to HDX)"
                if c.partLevel == whole.row.level {
                    return "\(part.file):\(part.line): this \(HAPIConflict.levelName(c.partLevel))-level civilian_targeting row (\(location) \(month)) has column '\(c.column)' \(c.part), "
                        + "more than the political_violence row for the same place and month in \(whole.file) (line \(whole.line): \(c.column) \(c.whole)); " + rest
                }
                return "\(whole.file):\(whole.line): this \(HAPIConflict.levelName(whole.row.level))-level political_violence row (\(location) \(month)) has column '\(c.column)' \(c.whole), "
                    + "but the \(HAPIConflict.levelName(c.partLevel))-level civilian_targeting rows within it in \(files.joined(separator: " and ")) "
                    + "(from line \(part.line) of \(part.file)) add up to \(c.column) \(c.part), which is more than that; " + rest
            }
            if let message { throw .data(message) }
        }

        /// The rows of a file (every distinct row, totals included, as published) that
        /// files read before it, given later, already have: their keys, how many have
        /// the same figures and which have others. Then notes this file's rows, keeping
        /// the later figures where both have one.
        ///
        /// `unspecified`: a row with neither a code nor a name at its level (told apart by
        /// its provider names only) that no later row has, where a later file has such a row
        /// of that place, type and month under other provider names and every other row of
        /// this file is a later file's (the same extract downloaded twice, across a renaming:
        /// `Sea of Azov` then `Azov Sea`): whether they are one count or two cannot be told,
        /// so the caller refuses it, naming both. Likewise a unit matched (by code in one
        /// file, name only in the other) to more than one unit of the later files, or a
        /// later unit matched by more than one of this file's: which is the same count
        /// cannot be told.
        func laterRows(_ rows: [Row], file: String) -> (keys: Set<String>, same: Int, replaced: [String], renamed: [String], refusal: String?) {
            lock.locked {
                if readOrder[file] == nil { readOrder[file] = readOrder.count }
                var keys = Set<String>(), same = 0, replaced: [String] = [], renamed: [String] = []
                var unspecified: (row: Row, later: (row: Row, item: Entry))? = nil
                var others = 0
                // This file's rows of each unit a later file gives under other provider
                // names (found among the later files' rows in the index, which this
                // file's rows join after), with the later file's rows of the unit.
                var renamedUnits: [Substring: (rows: [Row], later: [(row: Row, item: Entry)])] = [:]
                var unitOrder: [Substring] = []
                for r in rows {
                    let k = r.key
                    if let p = published[k] {
                        keys.insert(k)
                        if p.events == r.events && p.fatalities == r.fatalities { same += 1 } else { replaced.append(k) }
                    } else if let u = HAPIConflict.unitKey(r),
                              let later = groups[r.location + "|" + r.type + "|" + r.month.description]?.sameUnit(as: r, unit: u), !later.isEmpty {
                        keys.insert(k)
                        if renamedUnits[u] == nil { unitOrder.append(u); renamedUnits[u] = ([], later) }
                        renamedUnits[u]!.rows.append(r)
                    }
                    let bare = r.providers != nil && r.level >= 1 && HAPIConflict.unitKey(r) == nil
                    if !bare { others += 1; continue }
                    if unspecified == nil, published[k] == nil,
                       let l = groups[r.location + "|" + r.type + "|" + r.month.description]?.unspecified(like: r).first(where: { $0.row.providers != nil && $0.row.providers != r.providers }) {
                        unspecified = (r, l)
                    }
                }
                // Only where the file is otherwise the later file's (every other row given later).
                var unspecifiedText: String? = nil
                if let (r, l) = unspecified, others > 0, rows.allSatisfy({ keys.contains($0.key) || ($0.providers != nil && $0.level >= 1 && HAPIConflict.unitKey($0) == nil) }) {
                    unspecifiedText = "\(file): this \(HAPIConflict.levelName(r.level))-level row (\(r.location), \(r.type) \(r.month)) has neither a code nor a name at its level "
                        + "(a unit HAPI could not match), provider names \(r.providersWritten), and line \(l.item.line) of \(l.item.file) is another such row of the same "
                        + "place, type and month, provider names \(l.row.providersWritten); every other row of \(file) is in \(l.item.file) (given later: the same extract "
                        + "downloaded twice, across a provider renaming?), but such rows are told apart by their provider names only, so tally cannot tell whether the "
                        + "two are one count renamed or two counts; give one of the files (the later download alone), or files that do not overlap"
                }
                var claimed: [Substring: Substring] = [:]
                for u in unitOrder {
                    let (mine, later) = renamedUnits[u]!
                    let laterUnits = Set(later.compactMap { HAPIConflict.unitKey($0.row) })
                    let twice = laterUnits.first { claimed[$0] != nil && claimed[$0] != u }
                    if laterUnits.count > 1 || twice != nil {
                        let r = mine[0]
                        let what = laterUnits.count > 1 ? "matches \(laterUnits.count) units of the files given later (by code in one file, by name only in the other)"
                            : "and another row of this file match the same unit of \(later[0].item.file) (by code in one file, by name only in the other)"
                        return (keys, same, replaced, renamed, "\(file): this \(HAPIConflict.levelName(r.level))-level row (\(r.location)\(HAPIConflict.shown(r)), \(r.type) \(r.month)) "
                                + "\(what), from line \(later[0].item.line) of \(later[0].item.file), under other provider names: tally cannot tell which is the same count "
                                + "(a renaming between downloads) and adding them may count events twice; give the admin codes in both files, or one of the files")
                    }
                    for l in laterUnits { claimed[l] = u }
                    let events = mine.reduce(Int64(0)) { $0 + $1.events }, fatalities = mine.reduce(Int64(0)) { $0 + $1.fatalities }
                    let laterEvents = later.reduce(Int64(0)) { $0 + $1.row.events }, laterFatalities = later.reduce(Int64(0)) { $0 + $1.row.fatalities }
                    let alike = events == laterEvents && fatalities == laterFatalities
                    if alike { same += mine.count } else { replaced.append(contentsOf: mine.map(\.key)) }
                    let r = mine[0]
                    let laterNames = later.map(\.row.providersWritten).joined(separator: ", ")
                    renamed.append("\(file): \(HAPIConflict.levelName(r.level)) \(r.location)\(HAPIConflict.shown(r)) \(r.type) \(r.month): provider names "
                                   + "\(mine.map(\.providersWritten).joined(separator: ", ")) here, \(laterNames) in \(later[0].item.file) "
                                   + "(given later)\(alike ? ", the same figures" : ", other figures (events \(events), fatalities \(fatalities) against \(laterEvents), \(laterFatalities))")")
                }
                for r in rows where published[r.key] == nil && !keys.contains(r.key) { published[r.key] = (r.events, r.fatalities) }
                return (keys, same, replaced, renamed, unspecifiedText)
            }
        }

        /// Coarser rows holding more than the finer rows under them in their own file,
        /// to be compared with the finer rows of every file (``checkPendingTotals()``).
        private var pending: [(total: Row, file: String, line: String)] = []

        /// Where each file came in the reading (files are read last first, so a file
        /// read later was given earlier), set by ``laterRows(_:file:)``.
        private var readOrder: [String: Int] = [:]

        /// Every file's coarser rows left out as the totals of its own finer rows, for
        /// ``checkTotalsAfterReplacement()``.
        private var rollUps: [(total: Row, file: String, line: String)] = []

        /// Keeps the totals a file left out (`totals`: rows `withoutRollUps` dropped
        /// that no later file replaced), when a later file can replace rows.
        func keepRollUps(_ totals: [Row], file: String, locator: RecordLocator) {
            guard supersedes, !single, !totals.isEmpty else { return }
            let entries = totals.map { (total: $0, file: file, line: locator.place($0.line)) }
            lock.locked { rollUps.append(contentsOf: entries) }
        }

        /// The indexed rows of every file under a coarser row `t` (finer levels, the same
        /// place, type and month), for ``checkPendingTotals()`` and
        /// ``checkTotalsAfterReplacement()``. Called under the lock.
        private func rowsUnder(_ t: Row) -> [(row: Row, item: Entry)] {
            let key: String = t.location + "|" + t.type + "|" + t.month.description
            let indexed: [(row: Row, item: Entry)] = groups[key].map { Array($0.items.joined()) } ?? []
            return indexed.filter { (e: (row: Row, item: Entry)) -> Bool in
                e.row.level > t.level && (t.level == 0 || HAPIConflict.samePlace(e.row, t, level: 1) != .other)
            }
        }

        /// A later download's admin1 (or country) row is the total of its own finer rows;
        /// the later file replaces an earlier one's rows unit by unit, so a unit the
        /// earlier download gives and the later one does not is still counted. Then the
        /// rows under the later total add up to more than it (review48 F6: Bahri 22 from
        /// the later pull, whose Khartoum total is 22, plus Omdurman 5 from the earlier
        /// one, was printed as Khartoum 27, exit 0). Either the later download dropped the
        /// unit (its events revised to none) or it is a part of the data (its total then
        /// not the whole): tally cannot tell which, so it refuses, naming both files.
        /// An earlier total whose finer rows a later file revised is not used: its
        /// figures are the older ones, and the later rows are the figures read. That the
        /// place's figure now differs from the total its own download gave is said, in the
        /// returned notes (review51 F1: h1.csv's Kabul total 20 beside y1.csv's revised
        /// district row read as 15 without a word), so a reader comparing with HAPI's
        /// admin1 figure knows why.
        func checkTotalsAfterReplacement() throws(TallyError) -> [String] {
            var notes: [String] = []
            let message: String? = lock.locked {
                // Files in the order given (read last first), rows in file order.
                let given = { (f: String) in -(self.readOrder[f] ?? 0) }
                for (t, file, line) in rollUps.sorted(by: { (given($0.file), $0.total.line) < (given($1.file), $1.total.line) }) {
                    guard let mine = readOrder[file] else { continue }
                    let under = rowsUnder(t)
                    let events = under.reduce(Int64(0)) { $0 + $1.row.events }
                    let fatalities = under.reduce(Int64(0)) { $0 + $1.row.fatalities }
                    if events == t.events && fatalities == t.fatalities { continue }
                    // Rows of files given earlier (read after this one) beside the total.
                    let earlier = under.filter { (readOrder[$0.item.file] ?? 0) > mine }
                    guard let first = earlier.first else {
                        // Rows of files given later (read before this one) in place of some of
                        // this file's: the later figures are read, and the total is not.
                        let later = under.filter { (readOrder[$0.item.file] ?? Int.max) < mine }
                        guard let revised = later.first else { continue }
                        // In the order the user gave them (read last first), not by path: a path's
                        // spelling is no order a reader recognises.
                        let files = Set(later.map(\.item.file)).sorted { given($0) < given($1) }.joined(separator: " and ")
                        let level = HAPIConflict.levelName(t.level)
                        let rows = later.count == 1 ? "1 of the rows under it" : "\(later.count) of the rows under it"
                        notes.append("\(file):\(line): this \(level)-level row (\(t.location)\(HAPIConflict.shown(t)), \(t.type) \(t.month), events \(t.events), "
                                     + "fatalities \(t.fatalities)) was the total of this file's rows under it; \(files) (given later) replaced or added \(rows) (line "
                                     + "\(revised.item.line) of \(revised.item.file): \(HAPIConflict.levelName(revised.row.level))\(HAPIConflict.shown(revised.row)), events "
                                     + "\(revised.row.events), fatalities \(revised.row.fatalities)), so the figures read for it are the later ones with this file's "
                                     + "other rows: events \(events), fatalities \(fatalities), not the \(t.events) and \(t.fatalities) of this older total")
                        continue
                    }
                    let level = HAPIConflict.levelName(t.level)
                    let partLevel = HAPIConflict.levelName(first.row.level)
                    let others = earlier.count == 1 ? "a row" : "\(earlier.count) rows"
                    return "\(file):\(line): this \(level)-level row (\(t.location)\(HAPIConflict.shown(t)), \(t.type) \(t.month), events \(t.events), "
                        + "fatalities \(t.fatalities)) is the total of this file's rows under it, but \(first.item.file) (given earlier) has \(others) under it "
                        + "that \(file) does not give (line \(first.item.line): \(partLevel)\(HAPIConflict.shown(first.row)), events \(first.row.events), "
                        + "fatalities \(first.row.fatalities)), so the rows read under it add up to events \(events), fatalities \(fatalities). Either the later "
                        + "download dropped that unit (its events revised to none) or it is a part of the data (its total then not the whole), and tally cannot "
                        + "tell which: give the later download alone, or two downloads that do not overlap"
                }
                return nil
            }
            if let message { throw .data(message) }
            return notes
        }

        func pend(_ total: Row, file: String, line: String) {
            lock.locked { pending.append((total, file, line)) }
        }

        /// An admin1 (or country) row and the finer rows under it may come in several
        /// files (an extract split in two): the row must be the total of the finer rows
        /// of every file, which are then counted and it left out; otherwise refused,
        /// naming the files, as within one file.
        func checkPendingTotals() throws(TallyError) {
            let message: String? = lock.locked {
                for (t, file, line) in pending.sorted(by: { ($0.file, $0.total.line) < ($1.file, $1.total.line) }) {
                    let under = rowsUnder(t)
                    let events = under.reduce(Int64(0)) { $0 + $1.row.events }
                    let fatalities = under.reduce(Int64(0)) { $0 + $1.row.fatalities }
                    if events == t.events && fatalities == t.fatalities { continue }
                    // The row's own file first, then the others by name (files may be
                    // read in parallel, so not in the order given).
                    var files = Set(under.map(\.item.file)).sorted()
                    if let k = files.firstIndex(of: file) { files.remove(at: k); files.insert(file, at: 0) }
                    let named = files == [file] || files.isEmpty ? "" : " in " + files.joined(separator: " and ")
                    return HAPIConflict.notTotal(t, at: "\(file):\(line)", parts: under.count, in: named, events: events, fatalities: fatalities)
                }
                return nil
            }
            if let message { throw .data(message) }
        }

        /// `given`: every distinct row of the file (`rows` less those a later file gave).
        func register(_ rows: [Row], given: [Row], file: String, locator: RecordLocator) throws(TallyError) {
            // The codes this file gives, by group and level (for ``PlaceIndex/sameNameOtherCode``).
            var codesHere = Set<String>()
            for r in given where r.level >= 1 {
                let c = r.level == 1 ? r.admin1Code : r.admin2Code
                if !c.isEmpty { codesHere.insert(r.location + "|" + r.type + "|" + r.month.description + "|\(r.level)|" + c) }
            }
            var recoded: (Row, (row: Row, item: Entry))? = nil
            let clash: (Row, (row: Row, item: Entry), PlaceMatch)? = lock.locked {
                // Every row of this file against the other files' rows (this file's are
                // added after), by the index: a place at another admin level, or at the
                // same level written another way, or not to be matched.
                for r in rows {
                    let g = r.location + "|" + r.type + "|" + r.month.description
                    guard let index = groups[g] else { continue }
                    if let (row, e, m) = index.otherLevel(than: r) { return (r, (row, e), m) }
                    if let (row, e, m) = index.samePlaceOtherKey(as: r, bareArePlaces: false) { return (r, (row, e), m) }
                    if let e = index.sameNameOtherCode(as: r, hasHere: { codesHere.contains(g + "|\($0)|" + $1) }) { recoded = (r, e); return nil }
                }
                for r in rows {
                    groups[r.location + "|" + r.type + "|" + r.month.description, default: PlaceIndex()]
                        .add(r, Entry(file: file, line: locator.place(r.line)))
                }
                return nil
            }
            if let (r, e) = recoded {
                let level = HAPIConflict.levelName(r.level)
                let providers = r.providers != nil || e.row.providers != nil
                    ? " (provider names \(r.providersWritten.isEmpty ? "none" : r.providersWritten) here, \(e.row.providersWritten.isEmpty ? "none" : e.row.providersWritten) there)" : ""
                throw .data("\(file):\(locator.place(r.line)): this \(level)-level row (\(r.location)\(HAPIConflict.shown(r)), \(r.type) \(r.month)) and "
                            + "\(e.item.file)'s row on line \(e.item.line) (\(HAPIConflict.shown(e.row).dropFirst())) give one \(level) name under two codes, each file "
                            + "only one of them\(providers): one unit recoded between downloads (a boundary update) would count its events twice if added, and "
                            + "two units of one name cannot be told from it; give one of the files (the later download alone), or files of other months")
            }
            guard let (r, e, m) = clash else { return }
            func name(_ l: Int) -> String { HAPIConflict.levelName(l) }
            func shown(_ r: Row) -> String { HAPIConflict.shown(r) }
            if m == .unknown, let clash = HAPIConflict.spellingClash(r, e.row) {
                throw .data("\(file):\(locator.place(r.line)): this \(name(r.level))-level row (\(r.location)\(shown(r)), \(r.type) \(r.month)) and "
                            + "\(e.item.file)'s \(name(e.row.level))-level row on line \(e.item.line) (\(shown(e.row).dropFirst())): " + clash)
            }
            if m == .unknown {
                throw .data("\(file):\(locator.place(r.line)): this \(name(r.level))-level row (\(r.location)\(shown(r)), \(r.type) \(r.month)) and "
                            + "\(e.item.file)'s \(name(e.row.level))-level row on line \(e.item.line) (\(shown(e.row).dropFirst())) cannot be matched: one gives an admin code "
                            + "and the other a name only (or neither), so tally cannot tell whether they count the same events; give the admin codes "
                            + "in both files, or " + HAPIConflict.oneLevelAdvice)
            }
            if e.row.level == r.level {
                throw .data("\(file):\(locator.place(r.line)): this \(name(r.level))-level row (\(r.location)\(shown(r)), \(r.type) \(r.month)) and "
                            + "\(e.item.file)'s row on line \(e.item.line) (\(shown(e.row).dropFirst())) are the same place written two ways (a code in one, the name in the "
                            + "other), so adding them would count its events twice; give one of the files, or the same columns in both")
            }
            throw .data("\(file):\(locator.place(r.line)): this \(name(r.level))-level row (\(r.location) \(r.type) \(r.month)) and "
                        + "\(e.item.file)'s \(name(e.row.level))-level rows count the same events at two admin levels, so adding them "
                        + "would count each twice; give " + HAPIConflict.oneLevelAdvice + ", or put both in one file, where a "
                        + "coarser row that totals the finer ones is left out")
        }
    }

    /// Civilian targeting is part of political violence (HAPI's documentation): its
    /// events and fatalities for a place and month can never exceed political
    /// violence's. A file where they do (civilian targeting 90 killed inside political
    /// violence 20) would publish more civilians killed than people killed, so it is
    /// refused, naming both rows. Each political-violence row is compared with the
    /// civilian-targeting rows within it at each admin level at or below its own (a
    /// country row with the admin1 rows of civilian targeting, and so on); a place
    /// whose political violence is not given is not compared.
    static func checkParts(_ rows: [Row], name: String, locator: RecordLocator) throws(TallyError) {
        guard let c = partAboveWhole(rows) else { return }
        let r = rows[c.wholes[0]], ct = rows[c.parts[0]]
        let which = c.partLevel == r.level ? "line \(locator.place(ct.line))'s civilian_targeting \(c.column) \(c.part)"
            : "the \(levelName(c.partLevel))-level civilian_targeting rows within it (from line \(locator.place(ct.line))) add up to \(c.column) \(c.part), which"
        throw .data("\(name):\(locator.place(r.line)): this \(levelName(r.level))-level political_violence row (\(r.location) \(r.month)) has column '\(c.column)' \(c.whole), but "
                    + "\(which) is more than that; HAPI counts civilian targeting as part of political violence, so one of the "
                    + "two figures is wrong and tally cannot tell which: download the data again (or report it to HDX)")
    }

    /// The rule of ``checkParts(_:name:locator:)`` on what is published: in a run of HAPI
    /// files (the message, nil when none; with `of`, the ``SourceSet`` of the HAPI datasets
    /// in a run with others, only the groups whose figures hold their rows alone: another
    /// source's `civilians_killed` and `killed` are its own), an output group whose `civilians_killed` is above its `killed`, or
    /// whose `civilian_targeting_events` is above its `political_violence_events`, is
    /// refused, naming the group, the two figures and what to do. The rows compare
    /// only where both types are given for one place; an extract filtered by event type
    /// or place can hold civilian targeting for places whose political violence it
    /// leaves out (Bahri's civilian targeting, 20 killed, beside Omdurman's political
    /// violence, 1), and summed by country the pair is 20 civilians killed of 1 killed,
    /// which cannot both be true. A group with only one of the two measures is not
    /// compared (an extract of civilian targeting alone is read as such).
    static func partAboveWholeInResult(_ result: AggregateResult, of hapiSets: UInt32? = nil) -> String? {
        struct Group: Hashable {
            var country, adm1, adm2, actor: String?
            var extras: [String]
            var period: Int32
            var last: Int32?
        }
        let pairs = [("civilians_killed", "killed"), ("civilian_targeting_events", "political_violence_events")]
        let wanted = Set(pairs.flatMap { [$0.0, $0.1] }), parts = Set(pairs.map(\.0))
        var figures: [Group: [String: (best: Int64, label: String, mixed: Bool)]] = [:]
        // A part of HAPI's rows alone above a whole that holds HAPI's rows and others'
        // is above HAPI's own whole too (the others only add to it): compared as well
        // (review31 S8: Sudan's January 20 civilians of 1 killed, published by year once
        // a native row of March joined the killed group). A part holding others' rows is not.
        for r in result.rows + result.spanning where wanted.contains(r.measure)
            && hapiSets.map({ r.sources != 0 && (parts.contains(r.measure) ? r.sources & ~$0 == 0 : r.sources & $0 != 0) }) ?? true {
            let g = Group(country: r.country, adm1: r.adm1, adm2: r.adm2, actor: r.actor, extras: r.extras, period: r.periodKey, last: r.lastPeriodKey)
            let label = ([r.country, r.adm1, r.adm2, r.actor].compactMap { $0 } + r.extras + [r.period]).filter { !$0.isEmpty }.joined(separator: ", ")
            figures[g, default: [:]][r.measure] = (r.estimate.best, label, hapiSets.map { r.sources & ~$0 != 0 } ?? false)
        }
        var clashes: [(label: String, part: String, p: Int64, whole: String, w: Int64)] = []
        for (_, m) in figures {
            for (part, whole) in pairs {
                guard let p = m[part], let w = m[whole], p.best > w.best else { continue }
                // A whole holding other inputs' rows is said so: HAPI's own is less still.
                clashes.append((p.label, part, p.best, w.mixed ? "\(whole) \(w.best) (with other inputs' rows)" : whole, w.mixed ? -1 : w.best))
            }
        }
        guard let c = clashes.min(by: { ($0.label, $0.part) < ($1.label, $1.part) }) else { return nil }
        // Both pairs of the group first shown; the other groups counted.
        let here = clashes.filter { $0.label == c.label }.sorted { $0.part < $1.part }
            .map { "\($0.part) \($0.p) is more than \($0.w < 0 ? $0.whole : "\($0.whole) \($0.w)")" }.joined(separator: " and ")
        let others = Set(clashes.map(\.label)).count - 1
        let more = others > 0 ? " (and in \(others) more group\(others == 1 ? "" : "s"))" : ""
        return "\(c.label): \(here)\(more), yet HDX HAPI counts civilian targeting as part of "
            + "political violence: the rows give civilian targeting for places whose political violence they leave out (an extract "
            + "filtered by event type or place). Download both event types for the same places, or ask for one measure "
            + "(--measure \(c.part) or --measure \(c.whole.prefix { $0 != " " }))"
    }

    /// Whether ``Levels/checkPartsAcrossFiles()`` over one file's rows (`rows`: every
    /// distinct row; ``checkParts(_:name:locator:)`` has passed on them) can find nothing.
    /// It compares the same political-violence and civilian-targeting rows by the same
    /// rule, but matches a row without a code at its level to a coded one using only
    /// those rows of the months with civilian targeting: where every row gives its codes
    /// no row is matched that way, and the answer is yes without a second pass;
    /// otherwise the rule is run over those rows (a clash found is left for the check
    /// across files to report, as before).
    static func partsAcrossFilesFindNothing(_ rows: [Row]) -> Bool {
        if rows.allSatisfy({ r in (r.level < 1 || !r.admin1Code.isEmpty) && (r.level < 2 || !r.admin2Code.isEmpty) }) { return true }
        struct LocationMonth: Hashable { var location: String; var month: Int32 }
        var withParts = Set<LocationMonth>()
        for r in rows where r.type == "civilian_targeting" { withParts.insert(LocationMonth(location: r.location, month: r.month.daysSinceEpoch)) }
        if withParts.isEmpty { return true }
        let compared = rows.filter { ($0.type == "political_violence" || $0.type == "civilian_targeting")
            && withParts.contains(LocationMonth(location: $0.location, month: $0.month.daysSinceEpoch)) }
        return partAboveWhole(compared) == nil
    }

    /// A place and month whose civilian targeting (summed at the level it is given) is
    /// above its political violence: the political-violence rows (several where HAPI
    /// gives a unit by provider names) and the civilian-targeting rows compared, in
    /// the rows' order, and the column and figures.
    struct PartClash { var wholes: [Int]; var parts: [Int]; var partLevel: Int; var column: String; var part: Int64; var whole: Int64 }

    /// The rule of ``checkParts(_:name:locator:)`` over any rows (one file's, or every
    /// file's of a run, ``Levels/checkPartsAcrossFiles()``), places matched as
    /// ``samePlace``: a row with no admin1 code is compared under the code of the admin1
    /// it is matched to (its admin2 p-code's prefix, or its name where one coded admin1
    /// of the rows has that name).
    static func partAboveWhole(_ rows: [Row]) -> PartClash? {
        struct Key: Hashable { var location: String; var month: Int32; var level: Int; var partLevel: Int; var place: String }
        func plus(_ a: Int64, _ b: Int64) -> Int64 { a > Int64.max - b ? Int64.max : a + b }
        var codedByName: [String: Set<String>] = [:], codes = Set<String>()
        for r in rows where r.level >= 1 && !r.admin1Code.isEmpty {
            codes.insert(r.location + "|" + r.admin1Code)
            if !r.admin1Name.isEmpty { codedByName[r.location + "|" + r.admin1Name, default: []].insert(r.admin1Code) }
        }
        func admin1(_ r: Row) -> String {
            guard r.admin1Code.isEmpty, r.level >= 1, !codes.isEmpty else { return r.admin1Key }
            for p in PlaceIndex<Int>.Dimension.prefixes(r.admin2Code) where codes.contains(r.location + "|" + p) { return p }
            if !r.admin1Name.isEmpty, let c = codedByName[r.location + "|" + r.admin1Name], c.count == 1 { return c.first! }
            return r.admin1Key
        }
        // An admin2 given by name only is compared under the code of the one coded admin2
        // of that name within the same admin1 (`Ijebu Ode` beside NG028010 `Ijebu Ode`).
        var coded2ByName: [String: Set<String>] = [:]
        for r in rows where r.level == 2 && !r.admin2Code.isEmpty && !r.admin2Name.isEmpty {
            coded2ByName[r.location + "|" + admin1(r) + "|" + r.admin2Name, default: []].insert(r.admin2Code)
        }
        func admin2(_ r: Row) -> String {
            guard r.admin2Code.isEmpty, !r.admin2Name.isEmpty, let c = coded2ByName[r.location + "|" + admin1(r) + "|" + r.admin2Name], c.count == 1 else { return r.admin2Key }
            return c.first!
        }
        func place(_ r: Row, at level: Int) -> String {
            level == 0 ? "" : level == 1 ? admin1(r) : admin1(r) + "\u{1F}" + admin2(r)
        }
        var sums: [Key: (events: Int64, fatalities: Int64)] = [:]
        for r in rows where r.type == "civilian_targeting" {
            for level in 0 ... r.level {
                let k = Key(location: r.location, month: r.month.daysSinceEpoch, level: level, partLevel: r.level, place: place(r, at: level))
                let old = sums[k] ?? (0, 0)
                sums[k] = (plus(old.events, r.events), plus(old.fatalities, r.fatalities))
            }
        }
        guard !sums.isEmpty else { return nil }
        // Political violence summed by place too: one unit may have several rows (HAPI's
        // rows by provider names), and the civilian targeting of all of them is compared
        // with the political violence of all of them.
        var wholes: [Key: (events: Int64, fatalities: Int64)] = [:]
        var order: [Key] = []
        for r in rows where r.type == "political_violence" {
            for partLevel in r.level ... 2 {
                let k = Key(location: r.location, month: r.month.daysSinceEpoch, level: r.level, partLevel: partLevel, place: place(r, at: r.level))
                guard sums[k] != nil else { continue }
                if let old = wholes[k] { wholes[k] = (plus(old.events, r.events), plus(old.fatalities, r.fatalities)) }
                else { wholes[k] = (r.events, r.fatalities); order.append(k) }
            }
        }
        for k in order {
            guard let whole = wholes[k], let part = sums[k] else { continue }
            let over: (String, Int64, Int64)? = part.fatalities > whole.fatalities ? ("fatalities", part.fatalities, whole.fatalities)
                : part.events > whole.events ? ("events", part.events, whole.events) : nil
            guard let (column, p, w) = over else { continue }
            let inPlace = { (r: Row) in r.location == k.location && r.month.daysSinceEpoch == k.month }
            let wholeRows = rows.indices.filter { rows[$0].type == "political_violence" && rows[$0].level == k.level && inPlace(rows[$0]) && place(rows[$0], at: k.level) == k.place }
            let partRows = rows.indices.filter { rows[$0].type == "civilian_targeting" && rows[$0].level == k.partLevel && inPlace(rows[$0]) && place(rows[$0], at: k.level) == k.place }
            return PartClash(wholes: wholeRows, parts: partRows, partLevel: k.partLevel, column: column, part: p, whole: w)
        }
        return nil
    }

    /// Leaves out coarser rows that total finer ones (after checking they do).
    ///
    /// `pending`: where a coarser row holds more than the finer rows under it in this
    /// file, and other files of the run may give the rest (an admin1 row and its admin2
    /// rows split over two files), the row is left out here and checked against the
    /// finer rows of every file once all are read (``Levels/checkPendingTotals()``).
    static func withoutRollUps(_ rows: [Row], name: String, locator: RecordLocator,
                               pending: ((Row) -> Void)? = nil) throws(TallyError) -> [Row] {
        struct Group: Hashable { var location: String; var type: String; var month: Int32 }
        // Groups in the order of their first row (a Dictionary's own order changes from
        // run to run with the hash seed: which of two totals that do not add up was named
        // varied between runs), and of the groups that fail, the total on the earliest
        // line is named.
        var groupIndex: [Group: Int] = [:], groups: [[Int]] = []
        for (i, r) in rows.enumerated() {
            let g = Group(location: r.location, type: r.type, month: r.month.daysSinceEpoch)
            if let k = groupIndex[g] { groups[k].append(i) } else { groupIndex[g] = groups.count; groups.append([i]) }
        }
        groupIndex = [:]
        var drop = Set<Int>()
        /// The group's totals checked and left out; where one fails, its line and the error.
        func dropRollUps(_ members: [Int]) -> (line: Int, error: TallyError)? {
            let byLevel = Dictionary(grouping: members, by: { rows[$0].level })
            // Admin1 rows with admin2 rows under them.
            for i in byLevel[1] ?? [] {
                let under = (byLevel[2] ?? []).filter { samePlace(rows[$0], rows[i], level: 1) != .other }
                if let j = under.first(where: { samePlace(rows[$0], rows[i], level: 1) == .unknown }) {
                    if let clash = spellingClash(rows[j], rows[i]) {
                        return (rows[i].line, .data("\(name):\(locator.place(rows[i].line)): this admin1-level row (\(rows[i].type), \(rows[i].month)) and the admin2-level row on line \(locator.place(rows[j].line)): " + clash))
                    }
                    return (rows[i].line, .data("\(name):\(locator.place(rows[i].line)): this admin1-level row (\(rows[i].type), \(rows[i].month)) and the admin2-level row on line \(locator.place(rows[j].line)) "
                                + "cannot be told apart or matched: neither both give admin1_code nor both admin1_name, so tally cannot tell whether the "
                                + "admin1 row is the total of the admin2 rows (adding them would count its events twice); give the admin1 codes or names, or " + oneLevelAdvice))
                }
                guard !under.isEmpty else { continue }
                do { try checkTotal(rows[i], of: under.map { rows[$0] }, name: name, locator: locator, pending: pending) }
                catch { return (rows[i].line, error) }
                drop.insert(i)
            }
            for i in byLevel[0] ?? [] {
                let under = members.filter { rows[$0].level > 0 && !drop.contains($0) }
                guard !under.isEmpty else { continue }
                do { try checkTotal(rows[i], of: under.map { rows[$0] }, name: name, locator: locator, pending: pending) }
                catch { return (rows[i].line, error) }
                drop.insert(i)
            }
            return nil
        }
        var failure: (line: Int, error: TallyError)?
        for members in groups {
            guard let f = dropRollUps(members) else { continue }
            if failure == nil || f.line < failure!.line { failure = f }
        }
        if let failure { throw failure.error }
        return drop.isEmpty ? rows : rows.indices.filter { !drop.contains($0) }.map { rows[$0] }
    }

    private static func checkTotal(_ total: Row, of parts: [Row], name: String, locator: RecordLocator,
                                   pending: ((Row) -> Void)? = nil) throws(TallyError) {
        let events = parts.reduce(Int64(0)) { $0 + $1.events }
        let fatalities = parts.reduce(Int64(0)) { $0 + $1.fatalities }
        if events != total.events || fatalities != total.fatalities {
            if let pending, events <= total.events, fatalities <= total.fatalities {
                pending(total)
                return
            }
            throw .data(notTotal(total, at: "\(name):\(locator.place(total.line))", parts: parts.count, in: "", events: events, fatalities: fatalities))
        }
    }

    static func notTotal(_ total: Row, at place: String, parts: Int, in files: String, events: Int64, fatalities: Int64) -> String {
        let level = total.level == 0 ? "country" : "admin1"
        return "\(place): this \(level)-level row (\(total.type), \(total.month), events \(total.events), fatalities \(total.fatalities)) is not the total of the \(parts) finer rows under it\(files) (events \(events), fatalities \(fatalities)), so tally cannot tell which events they share; give " + oneLevelAdvice
    }
}
